# ruff: noqa: E501
"""Job mail of the twenty-second corpus: Dublin, Amsterdam and Paris (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

GMT, BST, IST, CET, CEST = "+0000", "+0100", "+0100", "+0100", "+0200"

FP = "Fennick Payments"
SPM = "Senior Product Manager, Merchant Growth"
OL = "Orbitline"
GPM = "Group Product Manager"
ML = "Maison Lavelle"
DSP = "Directeur·rice Stratégie Produit"
CH = "Corrig Health"
HOP = "Head of Product"
KP = "Keizer Payments"
SPL = "Senior Product Lead, Platform"
LT = "Aoife Brennan <aoife@liffeytalent.ie>"
NIAMH = "Niamh Doyle <niamh.doyle@fnkpay.com>"

MAIL: list[dict[str, Any]] = [
    # 18 Fennick Payments (Dublin), Greenhouse + recruiter thread, rejection
    m(
        "22201",
        "2026-02-16 20:44",
        "Fennick <no-reply@greenhouse.io>",
        "Thank you for applying to Fennick",
        ("confirmation", FP, SPM, 18, "greenhouse", "en"),
        text="""Hi Harriet,

Thanks for your interest in Fennick! We've received your application for Senior Product
Manager, Merchant Growth (Dublin - Hybrid) and our team will review it over the coming days.

If there's a fit, a member of our Talent team will reach out.

Best,
The Fennick Talent Team
https://boards.greenhouse.io/fennick/jobs/7120331
""",
        tz=GMT,
    ),
    m(
        "22202",
        "2026-02-24 11:15",
        NIAMH,
        "Fennick - Merchant Growth",
        ("interview", FP, SPM, 18, "direct", "en"),
        text="""Hi Harriet,

Niamh here from the Talent team. Your background in subscriptions and pricing is really
interesting for our Merchant Growth team. Would you be free for a 30-min intro call with me
early next week? Mon 2 or Tue 3 March, anytime after 2pm Irish time?

Thanks,
Niamh
Talent Partner | Fennick
""",
        tz=GMT,
    ),
    m(
        "22203",
        "2026-02-24 13:02",
        NIAMH,
        "RE: Fennick - Merchant Growth",
        ("interview", FP, SPM, 18, "direct", "en"),
        text="""Great, Tuesday 3pm works. Invite sent with a Meet link.

Niamh

From: Harriet Okonjo-Price
Sent: Tuesday, February 24, 2026 12:40 PM
> Tuesday at 3 would be ideal.
""",
        **reply("22202", "niamh.doyle@fnkpay.com"),
        ics={
            "start": "2026-03-03 15:00:00 +0000",
            "minutes": 30,
            "organizer": ("Niamh Doyle", "niamh.doyle@fnkpay.com"),
            "uid": "7c1d2e3b4a5f@google.com",
            "summary": "Harriet / Niamh - intro call",
            "description": "Join with Google Meet: https://meet.google.com/fxk-qpra-mzu",
        },
        tz=GMT,
    ),
    m(
        "22204",
        "2026-03-12 10:30",
        NIAMH,
        "Fennick: Merchant Growth panel",
        ("interview", FP, SPM, 18, "direct", "en"),
        text="""Hi Harriet,

Thanks for a great chat. The team would like to move you to the panel stage: a product-sense
session (60 min) with Ciarán (Director of Product) and a data deep-dive (45 min) with Elena.
Both on Zoom, Thursday 19 March from 10:00 Irish time. Calendar holds to follow.

Niamh
""",
        tz=GMT,
    ),
    m(
        "22205",
        "2026-03-26 17:50",
        "Fennick <no-reply@greenhouse.io>",
        "Your application at Fennick",
        ("rejection", FP, SPM, 18, "greenhouse", "en"),
        text="""Hi Harriet,

Thank you so much for the time you spent with the Fennick team. Everyone enjoyed meeting you,
and the product-sense session was one of the strongest we've seen.

Unfortunately we've decided to move forward with a candidate whose payments-infrastructure
experience is a closer match for where the team is right now. This was a hard decision.

We'd welcome an application from you for future roles.

Warmly,
Niamh and the Fennick Talent Team
""",
        tz=GMT,
    ),
    # 19 Orbitline (Amsterdam), Lever
    m(
        "22206",
        "2026-03-02 08:03",
        "Orbitline <no-reply@hire.lever.co>",
        "Orbitline - application received",
        ("confirmation", OL, GPM, 19, "lever", "en"),
        text="""Hi Harriet,

Thank you for your interest in Orbitline! We've received your application for the Group Product
Manager position in Amsterdam and will be reviewing it shortly.

Note: this role requires the right to work in the Netherlands, or eligibility for the highly
skilled migrant scheme, which we can sponsor.

Best,
Orbitline Recruiting
jobs.lever.co/orbitline
""",
        tz=CET,
    ),
    m(
        "22207",
        "2026-03-24 15:41",
        "Sanne de Vries <no-reply@hire.lever.co>",
        "Following up on your Orbitline application",
        ("rejection", OL, GPM, 19, "lever", "en"),
        reply_to="sanne.devries@orbitline.nl",
        text="""Hi Harriet,

Thanks again for applying for Group Product Manager. We've had a lot of strong applications
and after reviewing yours against the role's requirements we've decided not to move forward at
this stage. We appreciate your interest and wish you the best in your search.

Kind regards,
Sanne de Vries
Talent Acquisition, Orbitline
""",
        tz=CET,
    ),
    # 20 Maison Lavelle (Paris), French
    m(
        "22208",
        "2026-03-14 18:22",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre candidature a bien été envoyée",
        ("confirmation", ML, DSP, 20, "other", "fr"),
        text="""Bonjour Harriet,

Votre candidature pour le poste Directeur·rice Stratégie Produit (H/F) chez Maison Lavelle à
Paris a bien été transmise.

L'entreprise reviendra vers vous directement. Vous pouvez suivre l'avancement de vos
candidatures depuis votre espace.

À bientôt,
L'équipe Welcome to the Jungle
""",
        tz=CET,
    ),
    m(
        "22209",
        "2026-03-27 10:05",
        "Claire Mercier <claire.mercier@lavelle-groupe.fr>",
        "Votre candidature - Stratégie Produit",
        ("interview", ML, DSP, 20, "direct", "fr"),
        text="""Bonjour Harriet,

Merci pour votre candidature. Votre parcours à Londres a retenu notre attention et nous
souhaiterions échanger avec vous lors d'un premier entretien en visio (45 minutes), en anglais
et en français.

Seriez-vous disponible mardi 7 avril à 11h (heure de Paris) ou jeudi 9 avril à 15h ?

Bien cordialement,
Claire Mercier
Responsable Talent Acquisition
Groupe Lavelle SA - Maison Lavelle, 14 rue du Faubourg Saint-Honoré, 75008 Paris
""",
        tz=CET,
    ),
    m(
        "22210",
        "2026-03-27 16:40",
        "Claire Mercier <claire.mercier@lavelle-groupe.fr>",
        "RE: Votre candidature - Stratégie Produit",
        ("interview", ML, DSP, 20, "direct", "fr"),
        text="""Parfait, c'est noté pour jeudi 9 avril à 15h. Je vous envoie le lien Teams.

Belle journée,
Claire
""",
        **reply("22209", "claire.mercier@lavelle-groupe.fr"),
        tz=CET,
    ),
    m(
        "22211",
        "2026-04-21 09:12",
        "Claire Mercier <claire.mercier@lavelle-groupe.fr>",
        "Suite à notre échange",
        ("rejection", ML, DSP, 20, "direct", "fr"),
        text="""Bonjour Harriet,

Je vous remercie encore pour le temps que vous nous avez consacré. Nous avons beaucoup apprécié
votre vision et la qualité de nos échanges.

Après réflexion, nous avons décidé de poursuivre le processus avec un profil disposant d'une
expérience plus directe du secteur du luxe. Cette décision ne remet pas en cause vos qualités.

Je vous souhaite une très belle continuation.

Bien cordialement,
Claire Mercier
""",
        tz=CEST,
    ),
    # 21 Corrig Health via Liffey Talent (Dublin agency)
    m(
        "22212",
        "2026-02-10 12:20",
        LT,
        "Head of Product - Dublin healthtech (Series C)",
        ("outreach", None, HOP, None, "agency", "en"),
        text="""Hi Harriet,

Hope you don't mind the direct approach. I'm working exclusively with a Series C healthtech in
Dublin 2 on a Head of Product (patient apps + B2B portal). They'd consider 2 days a week in
Dublin for the right person. 130-145k EUR + equity.

Open to a chat?

Aoife Brennan
Director | Liffey Talent | Product & Tech Search
+353 1 555 0182
""",
        tz=GMT,
    ),
    m(
        "22213",
        "2026-02-13 09:45",
        LT,
        "RE: Head of Product - Dublin healthtech (Series C)",
        ("confirmation", CH, HOP, 21, "agency", "en"),
        text="""Hi Harriet,

Thanks for the call yesterday and for the go-ahead. I've now sent your CV over to Corrig Health
(that's the client - corrig.health if you want to have a look) with a note on your pricing
work. I'll come back to you as soon as I hear from their CPO.

Aoife
""",
        **reply("22212", "aoife@liffeytalent.ie"),
        tz=GMT,
    ),
    m(
        "22214",
        "2026-02-20 16:01",
        LT,
        "Corrig - interview",
        ("interview", CH, HOP, 21, "agency", "en"),
        text="""Great news Harriet - Corrig want to meet you. First round is with Seán Keogh (CPO) on
Zoom, Wed 25 Feb at 10:30 Irish time. I'll forward the Zoom link. Let me know you can make it.

Aoife
""",
        tz=GMT,
    ),
    m(
        "22215",
        "2026-03-06 12:33",
        LT,
        "Corrig feedback",
        ("rejection", CH, HOP, 21, "agency", "en"),
        text="""Hi Harriet,

Feedback from Seán: he really liked you, but in the end they want someone who'll be in Dublin
at least 4 days a week, and they've decided to go with a local candidate. Sorry - I know the
commute question came up late. Let's keep talking, I have a couple of other briefs coming.

Aoife
""",
        tz=GMT,
    ),
    # 22 Keizer Payments (Amsterdam), Greenhouse EU (ghosted)
    m(
        "22216",
        "2026-04-28 21:15",
        "Keizer Payments <no-reply@eu.greenhouse-mail.io>",
        "Bedankt! We've received your application",
        ("confirmation", KP, SPL, 22, "greenhouse", "en"),
        text="""Hi Harriet,

Thank you for applying for Senior Product Lead, Platform at Keizer. Our working language is
English and the role is based at our office on the Keizersgracht, Amsterdam.

We aim to respond to everyone within two weeks.

Team Keizer
https://job-boards.eu.greenhouse.io/keizerpayments/jobs/4550012
""",
        tz=CEST,
    ),
]
