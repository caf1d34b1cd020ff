# ruff: noqa: E501
"""Corpus 78, the rest of a Québec City inbox (data only): see heldout78.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    return "-0400" if day < "2025-11-02" or day >= "2026-03-08" else "-0500"


m = partial(dated_spec, tz)
FR, EN = ("not_job", "fr"), ("not_job", "en")


def at(day_time: str) -> str:
    return f"{day_time}:00 {tz(day_time[:10])}"


def ev(start, org, uid, summary, minutes=60, **kw):
    return {
        "start": at(start),
        "organizer": org,
        "uid": uid,
        "summary": summary,
        "minutes": minutes,
        **kw,
    }


def reply(key: str, when: str, dom: str, subject: str) -> dict[str, str]:
    mid = f"<{key}.{when[:10].replace('-', '')}.{len(subject)}@{dom}>"
    return {"In-Reply-To": mid, "References": mid}


ME = "Maude Bélanger-Côté <maude.bcote@videotron.ca>"
SIG = "\n\nMaude"

MONTHS = [
    ("2025-10", "octobre 2025"),
    ("2025-11", "novembre 2025"),
    ("2025-12", "décembre 2025"),
    ("2026-01", "janvier 2026"),
    ("2026-02", "février 2026"),
    ("2026-03", "mars 2026"),
]


def _monthly() -> list[dict[str, Any]]:
    out = []
    for i, (ym, label) in enumerate(MONTHS):
        out.append(
            m(
                f"81{i}1",
                f"{ym}-04 06:12",
                "Desjardins <ne-pas-repondre@desjardins.com>",
                "Votre relevé de compte est disponible",
                FR,
                f"Bonjour Maude Bélanger-Côté,\n\nLe relevé de votre compte avec opérations de {label.split()[0]} est maintenant disponible dans AccèsD.\n\nPour le consulter, connectez-vous à AccèsD ou à l'application Services mobiles Desjardins.\n\nCaisse Desjardins de Limoilou\n\nCe courriel est envoyé automatiquement. Desjardins ne vous demandera jamais vos renseignements personnels par courriel.",
            )
        )
        amount = ["96,42", "96,42", "101,17", "101,17", "101,17", "104,80"][i]
        out.append(
            m(
                f"81{i}2",
                f"{ym}-09 03:40",
                "Vidéotron <facturation@videotron.com>",
                f"Votre facture Vidéotron – {label}",
                FR,
                html=f"<p>Bonjour Maude,</p><p>Votre facture de {label} est prête.</p><p>Montant : <b>{amount} $</b><br>Date d'échéance : le 28 du mois</p><p>Le montant sera prélevé automatiquement.</p><p>Vidéotron</p>",
            )
        )
        out.append(
            m(
                f"81{i}3",
                f"{ym}-{22 if i != 2 else 18} 12:00",
                "RTC – Réseau de transport de la Capitale <infolettre@rtcquebec.ca>",
                [
                    "L'info RTC – octobre : nouveau parcours 800 prolongé",
                    "L'info RTC – novembre : horaires d'hiver",
                    "L'info RTC – horaire des Fêtes",
                    "L'info RTC – janvier : Tramway, on avance",
                    "L'info RTC – février : Carnaval, service bonifié",
                    "L'info RTC – mars : relâche scolaire",
                ][i],
                FR,
                html=[
                    "<p>Le parcours 800 est prolongé jusqu'au terminus Beauport dès le 27 octobre.</p><p>Rappel : votre titre mensuel de novembre est en vente dès le 20.</p>",
                    "<p>Les horaires d'hiver entrent en vigueur le 24 novembre. Consultez la planification de trajet dans l'application Nomade.</p>",
                    "<p>Le 24 et le 31 décembre, le service se termine plus tôt. Le transport est gratuit le soir du 31 décembre!</p>",
                    "<p>Entrevue avec la directrice du chantier du tramway : où en sont les travaux sur le boulevard René-Lévesque?</p>",
                    "<p>Pendant le Carnaval, des navettes supplémentaires desserviront les plaines d'Abraham. Offre spéciale : le laissez-passer 3 jours à 15 $.</p>",
                    "<p>Semaine de relâche : les jeunes de 6 à 11 ans voyagent gratuitement avec un adulte.</p>",
                ][i],
            )
        )
    return out


HEADLINES = [
    (
        "2025-10-13",
        "Action de grâce : ce qui est ouvert et fermé",
        "Les commerces, les bibliothèques et la collecte des ordures pour le congé de l'Action de grâce.",
    ),
    (
        "2025-10-20",
        "Élections municipales : les candidats de Limoilou",
        "Portrait des candidats dans les districts de Limoilou et de Maizerets, avec une entrevue de chacun.",
    ),
    (
        "2025-10-27",
        "Halloween : la météo sera clémente",
        "Nos suggestions de maisons hantées dans la région, et un mot sur la sécurité des enfants.",
    ),
    (
        "2025-11-17",
        "Premier gros redoux, premiers nids-de-poule",
        "La Ville promet de colmater plus vite que l'an dernier.",
    ),
    (
        "2025-12-08",
        "Patinoire de la place D'Youville : ouverture devancée",
        "Aussi : nos idées cadeaux de chez nous.",
    ),
    (
        "2025-12-15",
        "Les meilleurs livres québécois de l'année",
        "Notre chroniqueuse littéraire en entrevue avec trois autrices de la région.",
    ),
    (
        "2026-01-05",
        "Bonne année! Ce qui change en 2026",
        "Hausse des tarifs d'Hydro, nouvelles règles pour les locataires, et le salaire minimum.",
    ),
    (
        "2026-01-26",
        "Le Carnaval dévoile sa programmation",
        "Soirées de danse, défilés de nuit et la nouvelle course de canot à glace.",
    ),
    (
        "2026-02-23",
        "Relâche : 20 idées pour occuper les enfants",
        "Glissades, musées, cabanes à sucre hâtives.",
    ),
    (
        "2026-03-02",
        "Salon de l'emploi de Québec : à quoi s'attendre",
        "Plus de 120 employeurs au Centre des congrès. Nos conseils pour préparer son CV, reportage et entrevue avec une conseillère en orientation.",
    ),
]


def _weekly() -> list[dict[str, Any]]:
    out = []
    for i, (day, title, body) in enumerate(HEADLINES):
        out.append(
            m(
                f"93{i:02d}",
                f"{day} 06:30",
                "La Capitale Matin <infolettre@lacapitalematin.ca>",
                f"La Capitale Matin – {title}",
                FR,
                html=f"<h2>La Capitale Matin</h2><p>{body}</p><p>Bonne journée!</p>",
            )
        )
    games = [
        "2025-10-14",
        "2025-10-28",
        "2025-11-11",
        "2025-11-25",
        "2025-12-09",
        "2026-01-13",
        "2026-01-27",
        "2026-02-10",
        "2026-02-24",
        "2026-03-10",
    ]
    opp = [
        "Frimas",
        "Boréals",
        "Lynx de Vanier",
        "Patriotes",
        "Frimas",
        "Boréals",
        "Lynx de Vanier",
        "Patriotes",
        "Frimas",
        "Boréals",
    ]
    for i, day in enumerate(games):
        out.append(
            m(
                f"94{i:02d}",
                f"{day} 08:00",
                "Ligue de hockey récréative de Sainte-Foy <info@lhrsf.ca>",
                f"Rappel : match ce soir – Castors c. {opp[i]}",
                FR,
                f"Rappel : votre équipe joue ce soir à 21 h 15 à l'aréna Jean-Denis-Giguère (glace {1 + i % 2}), contre les {opp[i]}. Chandails {'foncés' if i % 2 else 'pâles'}.\n\nLHRSF",
            )
        )
    senders = [
        ("Simon Labrecque", "cotisation hockey", "385,00"),
        ("Catherine Poulin", "souper Sacrilège", "42,50"),
        ("Maman", "cadeau papa", "60,00"),
        ("Julie Marchand", "billets spectacle", "89,00"),
        ("Simon Labrecque", "tournoi des Fêtes", "25,00"),
        ("Marie-Pier Gagnon", "party jour de l'An", "30,00"),
    ]
    days = ["2025-10-15", "2025-10-11", "2025-12-12", "2026-02-07", "2025-12-19", "2026-01-02"]
    for i, (who, why, amt) in enumerate(senders):
        out.append(
            m(
                f"95{i:02d}",
                f"{days[i]} 19:2{i}",
                "Interac <notify@payments.interac.ca>",
                f"Virement INTERAC : {who} vous a envoyé {amt} $"
                if i % 2
                else f"Virement INTERAC : votre virement de {amt} $ à {who} a été accepté",
                FR,
                f"Bonjour Maude Bélanger-Côté,\n\nMontant : {amt} $ (CAD)\nMessage : {why}\n\nLe virement a été déposé automatiquement.\n\nInterac e-Transfer / Virement INTERAC",
            )
        )
    for i, (ym, label) in enumerate(MONTHS):
        if i < 5:
            out.append(
                m(
                    f"96{i:02d}",
                    f"{ym}-27 15:00",
                    "Garderie Les Petits Pas <info@petitspas-limoilou.ca>",
                    f"Menu et nouvelles – {label.split()[0]}",
                    FR,
                    "Chers parents,\n\nVoici le menu du mois prochain et quelques nouvelles : la sortie au parc Cartier-Brébeuf, les vêtements de rechange à renouveler et la collecte de denrées pour le comptoir alimentaire.\n\nL'équipe des Petits Pas",
                )
            )
        out.append(
            m(
                f"97{i:02d}",
                f"{ym}-19 12:1{i}",
                "RTC – Réseau de transport de la Capitale <ne-pas-repondre@rtcquebec.ca>",
                "Reçu d'achat – carte OPUS",
                FR,
                "Merci pour votre achat en ligne. Titre : laissez-passer mensuel régulier. Montant : 97,00 $. Votre titre sera chargé sur votre carte OPUS lors de votre prochaine validation.",
            )
        )
        if i > 0:
            out.append(
                m(
                    f"98{i:02d}",
                    f"{ym}-24 22:18",
                    "Spotify <no-reply@spotify.com>",
                    "Votre reçu Spotify",
                    FR,
                    "Merci pour votre paiement. Spotify Premium Individuel : 12,64 $ (taxes incluses).",
                )
            )
    return out


MAIL: list[dict[str, Any]] = [
    *_monthly(),
    *_weekly(),
    # --- logement ---------------------------------------------------------------------------
    m(
        "8201",
        "2025-10-02 19:30",
        "Gestion Immobilière Rocheleau <location@gestionrocheleau.ca>",
        "Votre demande de location – 4½, 1re Avenue, Limoilou",
        FR,
        "Bonjour Madame Bélanger-Côté,\n\nNous avons bien reçu votre demande de location pour le logement 4½ situé au 1645, 1re Avenue, app. 3, disponible le 1er décembre.\n\nPour compléter votre dossier, veuillez nous faire parvenir : une preuve de revenu (deux derniers talons de paie ou avis de cotisation), une pièce d'identité et l'autorisation d'enquête de crédit signée.\n\nNotez que plusieurs demandes ont été reçues pour ce logement.\n\nGestion Immobilière Rocheleau inc.",
    ),
    m(
        "8202",
        "2025-10-09 11:15",
        "Gestion Immobilière Rocheleau <location@gestionrocheleau.ca>",
        "Demande acceptée – 1645, 1re Avenue app. 3",
        FR,
        "Bonjour Madame Bélanger-Côté,\n\nBonne nouvelle : votre demande de location a été acceptée! Nous vous invitons à venir signer le bail le samedi 18 octobre à 10 h au bureau. Apportez un spécimen de chèque pour les prélèvements.\n\nAu plaisir,\n\nLouise Rocheleau",
    ),
    m(
        "8203",
        "2025-10-09 13:02",
        ME,
        "Re: Demande acceptée – 1645, 1re Avenue app. 3",
        FR,
        "Merci beaucoup! Je serai là samedi à 10 h." + SIG,
        to="Gestion Immobilière Rocheleau <location@gestionrocheleau.ca>",
        **reply(
            "8202",
            "2025-10-09 11:15",
            "gestionrocheleau.ca",
            "Demande acceptée – 1645, 1re Avenue app. 3",
        ),
    ),
    m(
        "8204",
        "2025-11-28 09:00",
        "Déménagements Capitale Express <reservations@capitaleexpress.ca>",
        "Confirmation de réservation – déménagement du 1er décembre",
        FR,
        "Bonjour Maude,\n\nNous confirmons votre déménagement le lundi 1er décembre 2025, à 8 h. Équipe de 3 déménageurs, camion de 26 pieds. Tarif : 165 $/h, minimum 3 heures.\n\nDéménagements Capitale Express",
        ics=ev(
            "2025-12-01 08:00",
            ("Capitale Express", "reservations@capitaleexpress.ca"),
            "dem-20251201-4471@capitaleexpress.ca",
            "Déménagement – Bélanger-Côté",
            240,
        ),
    ),
    m(
        "8205",
        "2026-02-27 16:40",
        "Gestion Immobilière Rocheleau <location@gestionrocheleau.ca>",
        "Avis de modification du bail – renouvellement 2026",
        FR,
        "Madame,\n\nConformément au Code civil du Québec, vous trouverez ci-joint l'avis de modification du bail pour le renouvellement au 1er juillet 2026 : le loyer passera de 1 285 $ à 1 342 $ par mois. Vous disposez d'un mois pour nous faire part de votre réponse.\n\nGestion Immobilière Rocheleau inc.",
        attach=[
            (
                "Avis_modification_bail.txt",
                "text/plain",
                "Avis de modification du bail\nLoyer actuel : 1 285 $\nNouveau loyer : 1 342 $\n",
            )
        ],
    ),
    # --- Revenu Québec, Service Canada ----------------------------------------------------------
    m(
        "8211",
        "2025-10-15 08:22",
        "Revenu Québec <ne-pas-repondre@revenuquebec.ca>",
        "Nouveau message dans Mon dossier",
        FR,
        "Bonjour,\n\nUn nouveau document est disponible dans votre espace Mon dossier pour les citoyens : Avis concernant le crédit d'impôt pour solidarité.\n\nPour le consulter, connectez-vous à Mon dossier.\n\nRevenu Québec",
    ),
    m(
        "8212",
        "2026-02-20 08:22",
        "Revenu Québec <ne-pas-repondre@revenuquebec.ca>",
        "Votre relevé 1 est disponible",
        FR,
        "Bonjour,\n\nVos relevés fiscaux pour l'année d'imposition 2025 sont maintenant disponibles dans Mon dossier pour les citoyens. La date limite pour produire votre déclaration est le 30 avril 2026.\n\nRevenu Québec",
    ),
    m(
        "8213",
        "2026-01-08 10:05",
        "Service Canada <noreply-pasdereponse@servicecanada.gc.ca>",
        "Demande de passeport – accusé de réception / Passport application – acknowledgement",
        FR,
        "Nous avons reçu votre demande de passeport (référence QC-25-118204). Le délai de traitement normal est de 10 jours ouvrables pour une demande présentée en personne.\n\nWe have received your passport application. Standard processing time is 10 business days for in-person applications.",
    ),
    m(
        "8214",
        "2026-01-21 14:30",
        "Service Canada <noreply-pasdereponse@servicecanada.gc.ca>",
        "Votre passeport est prêt / Your passport is ready",
        FR,
        "Votre passeport est prêt à être récupéré au Centre Service Canada de Québec (Place Fleur de Lys). Apportez votre reçu et une pièce d'identité.\n\nYour passport is ready for pickup.",
    ),
    # --- Desjardins look-alikes ------------------------------------------------------------------
    m(
        "8221",
        "2025-10-28 10:00",
        "Desjardins <offres@desjardins.com>",
        "Une offre exclusive pour vous, Maude",
        FR,
        html="<h2>Maude, profitez de 0 % sur les transferts de solde</h2><p>Une offre présélectionnée : carte Visa Desjardins Odyssée, 0 % d'intérêt pendant 10 mois sur les transferts de solde. Faites votre demande en ligne en 5 minutes!</p><p>Offre valide jusqu'au 30 novembre 2025. Certaines conditions s'appliquent.</p>",
    ),
    m(
        "8222",
        "2025-11-02 21:14",
        "Desjardins <ne-pas-repondre@desjardins.com>",
        "Nous avons bien reçu votre demande de carte de crédit",
        FR,
        "Bonjour Maude Bélanger-Côté,\n\nNous avons bien reçu votre demande de carte de crédit Visa Desjardins. Nous l'analysons et vous communiquerons notre décision sous peu.\n\nNuméro de demande : 7720-551-028\n\nDesjardins",
    ),
    m(
        "8223",
        "2025-11-04 09:30",
        "Desjardins <ne-pas-repondre@desjardins.com>",
        "Votre demande a été approuvée",
        FR,
        "Bonjour Maude Bélanger-Côté,\n\nFélicitations! Votre demande de carte de crédit Visa Desjardins a été approuvée. Votre carte vous sera postée dans les 7 à 10 jours ouvrables. Limite de crédit : 4 000 $.\n\nDesjardins",
    ),
    m(
        "8224",
        "2026-01-15 10:00",
        "Desjardins <offres@desjardins.com>",
        "Saison REER : votre conseillère vous offre un rendez-vous",
        FR,
        html="<p>Maude, la date limite de cotisation REER est le 2 mars 2026. Prenez rendez-vous avec une conseillère pour faire le point sur votre épargne. Offre : taux bonifié sur les CPG REER d'un an.</p>",
    ),
    m(
        "8225",
        "2026-02-18 11:30",
        "Caisse Desjardins de Limoilou <rendezvous@desjardins.com>",
        "Confirmation de rendez-vous – conseillère en finances personnelles",
        FR,
        "Bonjour Maude,\n\nVotre rendez-vous avec Mme Isabelle Giguère, conseillère en finances personnelles, est confirmé le mardi 24 février 2026 à 17 h 15 (centre de services 3e Avenue).\n\nSujet : cotisation REER et CELI.",
        ics=ev(
            "2026-02-24 17:15",
            ("Caisse Desjardins de Limoilou", "rendezvous@desjardins.com"),
            "rdv-55180-2026@desjardins.com",
            "Rendez-vous – Desjardins (REER/CELI)",
            45,
            style="outlook",
            location="Centre de services 3e Avenue",
        ),
    ),
    m(
        "8226",
        "2025-12-12 15:48",
        "Desjardins <alertes@desjardins.com>",
        "Alerte : transaction de plus de 500 $",
        FR,
        "Une transaction de 1 642,75 $ a été effectuée avec votre carte Visa se terminant par 4419 chez DÉMÉNAGEMENTS CAPITALE EXPR.\n\nSi vous ne reconnaissez pas cette transaction, communiquez avec nous.",
    ),
    # --- école / CPE ---------------------------------------------------------------------------
    m(
        "8231",
        "2025-10-12 20:05",
        "Université du Cap-Diamant – Admission <admission@ucapdiamant.ca>",
        "Accusé de réception – demande d'admission hiver 2026",
        FR,
        "Bonjour Maude,\n\nNous avons bien reçu votre demande d'admission au Certificat en gestion des ressources humaines (cheminement à temps partiel, à distance), trimestre d'hiver 2026.\n\nFrais de demande : 30 $ (payés). Décision attendue d'ici 4 à 6 semaines.\n\nBureau du registraire",
    ),
    m(
        "8232",
        "2025-11-21 10:18",
        "Université du Cap-Diamant – Admission <admission@ucapdiamant.ca>",
        "Offre d'admission – Certificat en gestion des ressources humaines",
        FR,
        "Bonjour Maude,\n\nFélicitations! Nous avons le plaisir de vous offrir une admission au Certificat en gestion des ressources humaines, trimestre d'hiver 2026. Pour accepter l'offre d'admission, rendez-vous dans votre dossier étudiant d'ici le 5 décembre.\n\nBureau du registraire\nUniversité du Cap-Diamant",
    ),
    m(
        "8233",
        "2025-11-22 09:40",
        "Université du Cap-Diamant <registraire@ucapdiamant.ca>",
        "Offre d'admission acceptée",
        FR,
        "Bonjour Maude,\n\nVous avez accepté votre offre d'admission. L'inscription aux cours de l'hiver 2026 débute le 1er décembre. Cours suggérés : GRH-1000 Gestion des RH, GRH-1210 Dotation et sélection.\n\nBureau du registraire",
    ),
    m(
        "8234",
        "2026-01-12 08:00",
        "GRH-1210 Dotation et sélection <monportail@ucapdiamant.ca>",
        "GRH-1210 : bienvenue et plan de cours",
        FR,
        "Bonjour à toutes et à tous,\n\nBienvenue dans le cours Dotation et sélection! Semaine 1 : analyse de poste et affichage. Semaine 3 : l'entrevue structurée (lectures au portail). Le travail 1 (grille d'entrevue) est à remettre le 9 février.\n\nProf. Hugo Levasseur",
    ),
    m(
        "8235",
        "2026-02-06 22:50",
        "monPortail <monportail@ucapdiamant.ca>",
        "Rappel : remise du travail 1 – GRH-1210",
        FR,
        "Rappel : le travail 1 « Grille d'entrevue structurée » est à remettre le lundi 9 février à 23 h 59 dans la boîte de dépôt du cours.",
    ),
    m(
        "8236",
        "2025-10-17 12:00",
        "La Place 0-5 <nepasrepondre@laplace0-5.com>",
        "Votre demande d'inscription a été mise à jour",
        FR,
        "Bonjour,\n\nVotre demande d'inscription pour l'enfant Léo Bélanger-Côté a été mise à jour. Milieux de garde sélectionnés : 4. Date de besoin : 2026-08-31.\n\nLa Place 0-5",
    ),
    m(
        "8237",
        "2026-03-10 14:15",
        "CPE Les Lucioles <direction@cpeleslucioles.ca>",
        "Offre de place – septembre 2026",
        FR,
        "Bonjour Madame Bélanger-Côté,\n\nNous avons le plaisir de vous offrir une place pour Léo à compter du 31 août 2026, groupe des 2-3 ans. Merci de confirmer votre acceptation d'ici le 20 mars. Une rencontre d'accueil aura lieu en juin.\n\nMarie-Josée Paquin\nDirectrice générale, CPE Les Lucioles",
    ),
    m(
        "8238",
        "2026-03-10 20:01",
        ME,
        "RE: Offre de place – septembre 2026",
        FR,
        "Bonjour Madame Paquin,\n\nQuelle bonne nouvelle! J'accepte la place avec grand plaisir."
        + SIG,
        to="CPE Les Lucioles <direction@cpeleslucioles.ca>",
        **reply("8237", "2026-03-10 14:15", "cpeleslucioles.ca", "Offre de place – septembre 2026"),
    ),
    # --- hockey ---------------------------------------------------------------------------------
    m(
        "8241",
        "2025-10-01 18:30",
        "Ligue de hockey récréative de Sainte-Foy <info@lhrsf.ca>",
        "Calendrier saison 2025-2026 – division B mixte",
        FR,
        "Salut tout le monde!\n\nLe calendrier de la saison est en ligne. Votre équipe, les Castors de Limoilou, joue le mardi soir à l'aréna Jean-Denis-Giguère. Premier match : 7 octobre, 21 h 15 contre les Boréals.\n\nRappel : la cotisation de 385 $ est due le 15 octobre.\n\nLHRSF",
    ),
    m(
        "8242",
        "2025-10-20 22:40",
        "Simon Labrecque <simon.labrecque@gmail.com>",
        "Castors - match mardi + bière après",
        FR,
        "Salut la gang,\n\nMatch mardi 21 h 15. On est juste 9 patineurs confirmés, Maude t'es là? Sinon je demande à mon beau-frère.\n\nBière au Bal du Lézard après comme d'habitude.\n\nSim",
    ),
    m(
        "8243",
        "2025-10-20 23:05",
        ME,
        "Re: Castors - match mardi + bière après",
        FR,
        "Je suis là! Par contre je pars tôt, j'ai une entrevue mercredi matin." + SIG,
        to="Simon Labrecque <simon.labrecque@gmail.com>",
        **reply("8242", "2025-10-20 22:40", "gmail.com", "Castors - match mardi + bière après"),
    ),
    m(
        "8244",
        "2025-11-17 10:00",
        "Ligue de hockey récréative de Sainte-Foy <info@lhrsf.ca>",
        "L'Infolettre de la LHRSF – novembre",
        FR,
        html="<h3>L'Infolettre de la LHRSF</h3><p><b>En entrevue ce mois-ci :</b> Geneviève Roy, gardienne des Boréals depuis 12 saisons, nous parle de son masque peint à la main.</p><p>Classement division B : 1. Boréals 2. Castors de Limoilou 3. Frimas.</p><p>Offre de notre commanditaire Sports Expert-ise : 20 % sur l'aiguisage.</p>",
    ),
    m(
        "8245",
        "2025-12-16 09:10",
        "Ligue de hockey récréative de Sainte-Foy <info@lhrsf.ca>",
        "Tournoi des Fêtes – inscription des équipes",
        FR,
        "Le tournoi des Fêtes aura lieu le 27 décembre. Les capitaines doivent inscrire leur équipe d'ici le 20. Formulaire de demande d'inscription en ligne.\n\nLHRSF",
    ),
    m(
        "8246",
        "2026-01-27 21:55",
        "Simon Labrecque <simon.labrecque@gmail.com>",
        "Castors - séries",
        FR,
        "On est en séries! Premier match le 17 mars. Gardez votre soirée libre. Aussi : Karine a besoin d'un lift de Charlesbourg.\n\nSim",
    ),
    m(
        "8247",
        "2026-03-12 08:15",
        "Ligue de hockey récréative de Sainte-Foy <info@lhrsf.ca>",
        "Séries 2026 – horaire",
        FR,
        "Horaire des séries, division B mixte : Castors de Limoilou c. Frimas, mardi 17 mars, 20 h, aréna Jean-Denis-Giguère.",
        ics=ev(
            "2026-03-17 20:00",
            ("LHRSF", "info@lhrsf.ca"),
            "serie-b-2026-03-17@lhrsf.ca",
            "Séries : Castors c. Frimas",
            75,
            location="Aréna Jean-Denis-Giguère",
        ),
    ),
    # --- amis, famille ---------------------------------------------------------------------------
    m(
        "8251",
        "2025-10-08 20:44",
        "Catherine Poulin <cath.poulin88@gmail.com>",
        "Devine quoi",
        FR,
        "Maude!!!\n\nJ'ai eu le poste au ministère! Je commence le 3 novembre comme conseillère en communication. L'entrevue était vraiment intense, ils m'ont fait faire un examen de rédaction en plus. Faut qu'on fête ça.\n\nToi, ça avance les recherches?\n\nCath xx",
    ),
    m(
        "8252",
        "2025-10-08 21:30",
        ME,
        "Re: Devine quoi",
        FR,
        "Wow félicitations!!! Tellement contente pour toi. Moi j'ai envoyé plein de candidatures, j'ai un examen à la Ville bientôt. 5 à 7 vendredi au Sacrilège?"
        + SIG,
        to="Catherine Poulin <cath.poulin88@gmail.com>",
        **reply("8251", "2025-10-08 20:44", "gmail.com", "Devine quoi"),
    ),
    m(
        "8253",
        "2025-11-25 19:12",
        "Julie Marchand <julie.marchand@outlook.com>",
        "Petite question RH",
        FR,
        "Salut Maude,\n\nToi qui t'y connais en RH : mon boss veut que je fasse passer les entrevues pour une commis au comptoir. As-tu une grille d'entrevue ou des questions types à me prêter? Je n'ai aucune idée par où commencer.\n\nMerci!!\nJulie",
    ),
    m(
        "8254",
        "2025-11-26 07:45",
        ME,
        "Re: Petite question RH",
        FR,
        "Salut Julie! Oui, je t'envoie ma grille ce soir. Truc : pose les mêmes questions à tout le monde et prends des notes tout de suite après."
        + SIG,
        to="Julie Marchand <julie.marchand@outlook.com>",
        **reply("8253", "2025-11-25 19:12", "outlook.com", "Petite question RH"),
    ),
    m(
        "8255",
        "2025-12-07 17:20",
        "Maman <francine.belanger@videotron.ca>",
        "Souper de Noël",
        FR,
        "Coucou ma belle,\n\nOn fait le souper le 24 chez nous à Saint-Georges. Ton frère vient avec sa nouvelle blonde. Il a eu une promotion à l'usine, il est contremaître maintenant!\n\nApporte ta tarte au sucre.\n\nBisous, Maman",
    ),
    m(
        "8256",
        "2026-01-05 12:30",
        "Olivier Bélanger <obelanger.beauce@gmail.com>",
        "Réf pour ma chum",
        FR,
        "Salut sis,\n\nAudrey applique sur un poste d'adjointe chez Desjardins à Lévis. Tu pourrais relire son CV? Elle a une entrevue jeudi.\n\nMerci!\nOli",
    ),
    m(
        "8257",
        "2026-02-11 21:10",
        "Catherine Poulin <cath.poulin88@gmail.com>",
        "Re: Nouvelle job!!",
        FR,
        "YESSS Maude!! Je savais que ça finirait par débloquer. Génie-conseil, c'est parfait pour toi. On célèbre samedi?\n\nCath",
    ),
    m(
        "8258",
        "2026-03-09 18:05",
        "Julie Marchand <julie.marchand@outlook.com>",
        "Première journée?",
        FR,
        "Pis, ta première journée chez GCL? Raconte!! Moi j'ai finalement engagé la fille que tu m'avais dit de rappeler, elle est super.\n\nJulie",
    ),
    m(
        "8259",
        "2025-10-31 16:30",
        "Garderie Les Petits Pas <info@petitspas-limoilou.ca>",
        "Fête d'Halloween – rappel",
        FR,
        "Chers parents,\n\nN'oubliez pas : vendredi, les enfants peuvent venir déguisés. Collation sans noix svp!\n\nL'équipe des Petits Pas",
    ),
    m(
        "8260",
        "2026-01-30 13:00",
        "Garderie Les Petits Pas <info@petitspas-limoilou.ca>",
        "Rencontre de parents – février",
        FR,
        "Les rencontres de parents auront lieu la semaine du 9 février. Votre rendez-vous : mardi 10 février à 17 h 30 avec Nancy (groupe des Coccinelles).",
        ics=ev(
            "2026-02-10 17:30",
            ("Garderie Les Petits Pas", "info@petitspas-limoilou.ca"),
            "parents-2026-02-10-1730@petitspas-limoilou.ca",
            "Rencontre de parents – Léo",
            20,
        ),
    ),
    # --- santé ----------------------------------------------------------------------------------
    m(
        "8261",
        "2025-11-12 09:00",
        "Clinique dentaire Place Limoilou <rendezvous@dentairelimoilou.ca>",
        "Rappel de rendez-vous",
        FR,
        "Bonjour Maude,\n\nRappel de votre rendez-vous de nettoyage le mercredi 19 novembre à 8 h avec Andrée-Anne, hygiéniste dentaire. Merci de nous aviser 24 h à l'avance en cas d'annulation.",
        ics=ev(
            "2025-11-19 08:00",
            ("Clinique dentaire Place Limoilou", "rendezvous@dentairelimoilou.ca"),
            "rdv-88213@dentairelimoilou.ca",
            "Nettoyage dentaire",
            60,
        ),
    ),
    m(
        "8262",
        "2026-01-22 18:40",
        "Clic Santé <ne-pas-repondre@clicsante.ca>",
        "Confirmation de rendez-vous",
        FR,
        "Votre rendez-vous est confirmé : prise de sang, CLSC Limoilou, le 29 janvier 2026 à 7 h 20. Apportez votre carte d'assurance maladie et la requête de votre médecin.",
    ),
    # --- achats, services -------------------------------------------------------------------------
    m(
        "8271",
        "2025-10-25 14:12",
        "Boutique Plein Air Laurentide <commandes@pleinairlaurentide.ca>",
        "Confirmation de commande #PAL-220418",
        FR,
        "Merci pour votre commande!\n\n1 x Manteau d'hiver isolé, femme, taille M – 289,99 $\n1 x Mitaines en laine mérinos – 39,99 $\nTotal avec taxes : 378,40 $\n\nLivraison prévue : 29 octobre.",
    ),
    m(
        "8272",
        "2025-10-28 09:30",
        "Postes Canada <ne-pas-repondre@postescanada.ca>",
        "Votre colis est en route",
        FR,
        "Votre colis (numéro de suivi 7316 2281 0044 5912) de Boutique Plein Air Laurentide est en route. Livraison prévue : 29 octobre.",
    ),
    m(
        "8273",
        "2025-11-28 07:00",
        "Boutique Plein Air Laurentide <infolettre@pleinairlaurentide.ca>",
        "Vendredi fou : nos meilleures offres de l'année",
        FR,
        html="<h1>Vendredi fou</h1><p>Jusqu'à 40 % sur les manteaux, bottes et skis de fond. Offre d'une journée seulement!</p>",
    ),
    m(
        "8274",
        "2025-12-26 08:00",
        "Boutique Plein Air Laurentide <infolettre@pleinairlaurentide.ca>",
        "Soldes d'après-Noël",
        FR,
        html="<p>Les soldes d'après-Noël sont commencés : raquettes, crampons, pantalons de neige. Offre valide en magasin et en ligne jusqu'au 4 janvier.</p>",
    ),
    m(
        "8275",
        "2025-11-09 16:45",
        "Épicerie Clé des Champs <commandes@cledeschamps.ca>",
        "Votre commande en ligne est prête pour la cueillette",
        FR,
        "Bonjour Maude, votre commande #88120 est prête. Cueillette au comptoir de la 4e Avenue entre 17 h et 19 h.",
    ),
    m(
        "8276",
        "2026-02-01 16:45",
        "Épicerie Clé des Champs <commandes@cledeschamps.ca>",
        "Votre commande en ligne est prête pour la cueillette",
        FR,
        "Bonjour Maude, votre commande #91477 est prête. Cueillette au comptoir de la 4e Avenue entre 17 h et 19 h.",
    ),
    m(
        "8277",
        "2025-12-02 12:00",
        "Gym Énergie Limoilou <info@gymenergie.ca>",
        "Offre de janvier : 3 mois pour le prix de 2",
        FR,
        html="<p>Prenez de l'avance sur vos résolutions! Abonnement 3 mois au prix de 2, cours de groupe inclus. Offre valide jusqu'au 15 janvier.</p>",
    ),
    m(
        "8278",
        "2026-01-03 10:20",
        "Gym Énergie Limoilou <info@gymenergie.ca>",
        "Bienvenue au Gym Énergie!",
        FR,
        "Bonjour Maude, bienvenue! Votre abonnement est actif jusqu'au 3 avril 2026. Réservez vos cours de groupe dans l'application.",
    ),
    m(
        "8279",
        "2026-01-06 19:00",
        "Gym Énergie Limoilou <reservations@gymenergie.ca>",
        "Réservation confirmée : Spinning – jeudi 18 h",
        FR,
        "Votre place est réservée : Spinning avec Max, jeudi 8 janvier 18 h, studio 2.",
        ics=ev(
            "2026-01-08 18:00",
            ("Gym Énergie", "reservations@gymenergie.ca"),
            "cours-spin-20260108@gymenergie.ca",
            "Spinning – Gym Énergie",
            45,
        ),
    ),
    m(
        "8280",
        "2025-12-20 10:00",
        "Carnaval de Québec <info@carnaval.qc.ca>",
        "Effigie 2026 : la prévente commence!",
        FR,
        html="<p>L'effigie du Carnaval 2026 est en prévente : 20 $ jusqu'au 15 janvier. Offre spéciale familles : 2 effigies + 2 chocolats chauds.</p>",
    ),
    m(
        "8281",
        "2026-02-06 15:22",
        "Réseau Billets Capitale <billets@reseaubillets.ca>",
        "Vos billets – Les Cowboys Fringants Hommage, Grand Théâtre",
        FR,
        "Merci pour votre achat! 2 billets, samedi 14 mars 2026, 20 h, Grand Théâtre de Québec, salle Louis-Fréchette, rangée K.\n\nVos billets électroniques sont joints.",
    ),
    m(
        "8282",
        "2025-10-16 11:00",
        "SAAQclic <ne-pas-repondre@saaq.gouv.qc.ca>",
        "Rappel : paiement de l'immatriculation",
        FR,
        "Le paiement annuel de l'immatriculation de votre véhicule est dû le 31 octobre 2025. Payez en ligne dans SAAQclic.",
    ),
    m(
        "8283",
        "2025-12-05 08:00",
        "Pneus Vachon Charlesbourg <rdv@pneusvachon.ca>",
        "Rappel : pose des pneus d'hiver demain",
        FR,
        "Rappel : votre rendez-vous pour la pose des pneus d'hiver est demain, samedi 6 décembre à 9 h.",
    ),
    # --- newsletters, podcasts, professional -----------------------------------------------
    m(
        "8291",
        "2025-10-06 06:30",
        "La Capitale Matin <infolettre@lacapitalematin.ca>",
        "La Capitale Matin – Le tramway, la rentrée culturelle et une entrevue avec la mairesse",
        FR,
        html="<h2>La Capitale Matin</h2><p>Bonjour! Ce matin : les travaux du tramway sur René-Lévesque, la programmation du Grand Théâtre, et notre entrevue avec la mairesse sur le logement abordable.</p>",
    ),
    m(
        "8292",
        "2025-11-03 06:30",
        "La Capitale Matin <infolettre@lacapitalematin.ca>",
        "La Capitale Matin – Pénurie de main-d'œuvre : les employeurs de Québec recrutent",
        FR,
        html="<h2>La Capitale Matin</h2><p>Le taux de chômage dans la région de Québec reste parmi les plus bas au pays. Nous avons passé une semaine avec une équipe de recrutement d'un CIUSSS : affichages, entrevues en rafale, offres d'emploi conditionnelles. Aussi : la météo du week-end.</p>",
    ),
    m(
        "8293",
        "2025-12-01 06:30",
        "La Capitale Matin <infolettre@lacapitalematin.ca>",
        "La Capitale Matin – Marché de Noël allemand, ouverture ce vendredi",
        FR,
        html="<h2>La Capitale Matin</h2><p>Le Marché de Noël ouvre vendredi. En entrevue : l'artisane derrière les boules de verre soufflé de Baie-Saint-Paul.</p>",
    ),
    m(
        "8294",
        "2026-01-12 06:30",
        "La Capitale Matin <infolettre@lacapitalematin.ca>",
        "La Capitale Matin – Fonction publique : gel d'embauche?",
        FR,
        html="<h2>La Capitale Matin</h2><p>Québec annonce un resserrement des embauches dans la fonction publique. Les syndicats réagissent. Une entrevue exclusive avec le président du Conseil du trésor.</p>",
    ),
    m(
        "8295",
        "2026-02-09 06:30",
        "La Capitale Matin <infolettre@lacapitalematin.ca>",
        "La Capitale Matin – Carnaval : Bonhomme fête ses 72 ans",
        FR,
        html="<h2>La Capitale Matin</h2><p>Le Carnaval bat son plein. Entrevue avec le plus vieux coureur du canot à glace, et nos suggestions de sorties.</p>",
    ),
    m(
        "8296",
        "2026-03-16 06:30",
        "La Capitale Matin <infolettre@lacapitalematin.ca>",
        "La Capitale Matin – Printemps hâtif et nids-de-poule",
        FR,
        html="<h2>La Capitale Matin</h2><p>Le dégel arrive tôt cette année. La Ville promet une brigade anti-nids-de-poule. En entrevue : un ingénieur municipal.</p>",
    ),
    m(
        "8297",
        "2025-10-21 12:00",
        "APRHQ – Association des professionnels RH du Québec <communications@aprhq.org>",
        "Le Fil RH – octobre : l'entrevue structurée, mode d'emploi",
        FR,
        html="<h3>Le Fil RH</h3><p>Dossier du mois : pourquoi l'entrevue structurée réduit les biais. Étude : 62 % des candidats abandonnent une candidature trop longue. Offres d'emploi de nos membres : voir le babillard.</p>",
    ),
    m(
        "8298",
        "2025-11-18 12:00",
        "APRHQ – Association des professionnels RH du Québec <communications@aprhq.org>",
        "Le Fil RH – novembre : dotation dans le secteur public",
        FR,
        html="<h3>Le Fil RH</h3><p>Dotation dans le réseau de la santé : les banques de candidatures sont-elles efficaces? Entrevue avec une directrice RH d'un CISSS.</p>",
    ),
    m(
        "8299",
        "2026-01-20 12:00",
        "APRHQ – Association des professionnels RH du Québec <communications@aprhq.org>",
        "Webinaire : les tendances en acquisition de talents 2026",
        FR,
        "Inscription confirmée : Webinaire « Tendances en acquisition de talents 2026 », jeudi 29 janvier, 12 h à 13 h, sur Zoom. Lien dans l'invitation.",
        ics=ev(
            "2026-01-29 12:00",
            ("APRHQ", "communications@aprhq.org"),
            "webinaire-ta-2026@aprhq.org",
            "Webinaire APRHQ – Tendances en acquisition de talents 2026",
            60,
            location="Zoom",
        ),
    ),
    m(
        "8300",
        "2025-11-05 05:00",
        "Balado Les Gens d'ici <balado@lesgensdici.ca>",
        "Nouvel épisode : entrevue avec une chasseuse de têtes",
        FR,
        html="<p>Épisode 88 : entrevue avec une chasseuse de têtes de Montréal. Comment les recruteurs lisent-ils vraiment un CV? Écoutez sur votre plateforme préférée.</p>",
    ),
    m(
        "8301",
        "2026-01-14 05:00",
        "Balado Les Gens d'ici <balado@lesgensdici.ca>",
        "Nouvel épisode : la vie d'une gardienne de phare",
        FR,
        html="<p>Épisode 94 : entrevue avec la dernière gardienne de phare des Îles-de-la-Madeleine.</p>",
    ),
    m(
        "8302",
        "2026-02-25 05:00",
        "Balado Les Gens d'ici <balado@lesgensdici.ca>",
        "Nouvel épisode : changer de carrière à 40 ans",
        FR,
        html="<p>Épisode 98 : trois personnes racontent leur réorientation de carrière, de l'entrevue ratée à l'offre inattendue.</p>",
    ),
    m(
        "8303",
        "2025-12-10 09:00",
        "The Daily Ledger <hello@dailyledger.news>",
        "☕ Hiring slowdown hits tech",
        EN,
        html="<p>Good morning. Canadian tech firms posted 14% fewer openings in November. Plus: an interview with a Montreal founder on remote work.</p>",
    ),
    # --- LinkedIn social --------------------------------------------------------------------
    m(
        "8311",
        "2025-11-03 09:15",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Félicitez Catherine Poulin pour son nouveau poste",
        FR,
        html="<p>Catherine Poulin a commencé un nouveau poste : Conseillère en communication au ministère. Dites-lui félicitations!</p>",
    ),
    m(
        "8312",
        "2025-11-19 13:20",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Votre profil a été consulté par 7 personnes",
        FR,
        html="<p>Maude, votre profil a été consulté par 7 personnes cette semaine, dont un(e) recruteur(e) chez Hydro-Boréal.</p>",
    ),
    m(
        "8313",
        "2025-12-22 18:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Stéphanie Morin a aimé votre publication",
        FR,
        html="<p>Stéphanie Morin et 12 autres personnes ont réagi à votre publication « Trois choses apprises en coordination RH cette année ».</p>",
    ),
    m(
        "8314",
        "2026-02-14 10:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Maude, ajoutez votre nouveau poste à votre profil",
        FR,
        html="<p>Vous avez changé de poste? Mettez votre profil à jour pour que votre réseau le sache.</p>",
    ),
    m(
        "8315",
        "2026-03-11 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "23 personnes ont félicité Maude pour son nouveau poste",
        FR,
        html="<p>Annie Lemieux-Roberge, Julie Marchand et 21 autres personnes vous ont félicitée pour votre nouveau poste chez Groupe Conseil Lemieux.</p>",
    ),
    m(
        "8316",
        "2026-01-08 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Julie Marchand souhaite se connecter",
        FR,
        html="<p>Julie Marchand, Gérante chez Café du Faubourg, souhaite faire partie de votre réseau.</p>",
    ),
    # --- misc ------------------------------------------------------------------------------
    m(
        "8321",
        "2025-10-29 20:00",
        "Bibliothèque de Québec <bibliotheque@quebec-biblio.ca>",
        "Document réservé disponible",
        FR,
        "Le document « Mener une entrevue de sélection efficace » que vous avez réservé est disponible à la bibliothèque Saint-Charles jusqu'au 5 novembre.",
    ),
    m(
        "8322",
        "2026-02-03 20:00",
        "Bibliothèque de Québec <bibliotheque@quebec-biblio.ca>",
        "Avis de retard",
        FR,
        "Le document « Le guide du gestionnaire RH » est en retard depuis le 1er février. Merci de le rapporter dès que possible.",
    ),
    m(
        "8323",
        "2025-11-14 17:30",
        "Club de lecture Saint-Roch <clubdelecture.stroch@gmail.com>",
        "Club de lecture – novembre",
        FR,
        "Bonjour à toutes! La prochaine rencontre est le jeudi 27 novembre à 19 h au café Nektar. On discute de « Kukum ». Apportez vos questions!\n\nAnnie-Claude",
        ics=ev(
            "2025-11-27 19:00",
            ("Annie-Claude Robitaille", "clubdelecture.stroch@gmail.com"),
            "clublecture-2025-11@google.com",
            "Club de lecture – Kukum",
            120,
            location="Café Nektar, Saint-Roch",
        ),
    ),
    m(
        "8324",
        "2026-01-23 17:30",
        "Club de lecture Saint-Roch <clubdelecture.stroch@gmail.com>",
        "Club de lecture – janvier (changement de date)",
        FR,
        "On déplace la rencontre au mercredi 4 février, même heure. Le livre : « La femme qui fuit ».\n\nAnnie-Claude",
    ),
    m(
        "8325",
        "2025-10-24 08:00",
        "Air Canada <confirmation@aircanada.ca>",
        "Confirmation de réservation – Québec (YQB) à Montréal (YUL)",
        FR,
        "Merci d'avoir choisi Air Canada. Réservation HQ7T2P : YQB → YUL, jeudi 30 octobre 2025, 7 h 00; YUL → YQB, jeudi 30 octobre, 18 h 25. Passagère : Maude Bélanger-Côté.",
    ),
    m(
        "8326",
        "2025-10-29 07:05",
        "Air Canada <info@aircanada.ca>",
        "Enregistrez-vous maintenant pour votre vol AC8903",
        FR,
        "L'enregistrement est ouvert pour votre vol AC8903 Québec – Montréal du 30 octobre à 7 h 00.",
    ),
    m(
        "8327",
        "2026-03-03 13:00",
        "Hôtel Le Vieux-Port Gatineau <reservations@hotelvieuxportgatineau.ca>",
        "Votre réservation est confirmée",
        FR,
        "Merci Maude! Chambre Queen, du 20 au 22 mars 2026. Nous avons hâte de vous accueillir pour le Festival de l'érable.",
    ),
    m(
        "8328",
        "2025-12-15 10:00",
        "Ville de Québec <info311@ville.quebec.qc.ca>",
        "Opération déneigement – stationnement interdit ce soir",
        FR,
        "Avis de déneigement : le stationnement est interdit ce soir de 23 h à 7 h dans votre secteur (Limoilou). Les feux clignotants orange sont allumés.",
    ),
    m(
        "8329",
        "2026-01-19 10:00",
        "Ville de Québec <info311@ville.quebec.qc.ca>",
        "Opération déneigement – stationnement interdit ce soir",
        FR,
        "Avis de déneigement : le stationnement est interdit ce soir de 23 h à 7 h dans votre secteur (Limoilou).",
    ),
    m(
        "8331",
        "2025-12-30 16:20",
        "Marie-Pier Gagnon <mariepier.gagnon@hotmail.com>",
        "Party du jour de l'An",
        FR,
        "Salut! Party chez nous le 31, à partir de 20 h. Apporte ton maillot, le spa est ouvert. Mon chum a une entrevue pour un poste de prof à Montréal la semaine prochaine alors on fête en masse avant, haha.\n\nMP",
    ),
    m(
        "8332",
        "2026-03-20 11:40",
        "Annie Lemieux-Roberge <alroberge@gcl-ingenierie.ca>",
        "Dîner d'équipe vendredi",
        FR,
        "Bonjour l'équipe,\n\nDîner d'équipe vendredi midi au Cercle pour souligner l'arrivée de Maude et la fin de l'année financière. C'est la compagnie qui paie!\n\nAnnie",
    ),
    m(
        "8333",
        "2026-03-24 08:30",
        "Mathieu Gosselin <mgosselin@gcl-ingenierie.ca>",
        "Affichage – technicien(ne) en génie civil",
        FR,
        "Salut Maude,\n\nComme on en a parlé, pourrais-tu publier l'affichage pour le poste de technicien en génie civil sur Jobboom et Indeed cette semaine? Les entrevues pourraient commencer mi-avril. Je t'envoie la description ce soir.\n\nMerci!\nMathieu",
    ),
]
