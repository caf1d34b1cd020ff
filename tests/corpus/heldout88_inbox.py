# ruff: noqa: E501
"""Corpus 88, mail that is not about jobs (data only): see heldout88.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    return "+0200" if day < "2025-10-26" else "+0100"


m = partial(dated_spec, _tz)


def N(lang):
    return ("not_job", lang)


def ics(start, org, uid, summary, minutes=60, style="google", **kw):
    ev = {"start": f"{start}:00 {_tz(start[:10])}", "organizer": org, "uid": uid}
    ev.update(summary=summary, minutes=minutes, style=style, **kw)
    return ev


MONTHS = [
    ("2025-09", "septembre", "September"),
    ("2025-10", "octobre", "Oktober"),
    ("2025-11", "novembre", "November"),
    ("2025-12", "décembre", "Dezember"),
    ("2026-01", "janvier", "Januar"),
    ("2026-02", "février", "Februar"),
]
MOBILE = ["32,90", "32,90", "41,15", "32,90", "36,40", "32,90"]
POWER = ["68,00", "68,00", "74,00", "74,00", "74,00", "74,00"]
CNS = ["38,20", "112,45", "0", "54,60", "21,90", "76,10"]

MAIL: list[dict[str, Any]] = []

for i, (ym, fr, de) in enumerate(MONTHS):
    MAIL.append(
        m(
            f"90{i}1",
            f"{ym}-0{3 + i % 3} 06:1{i}",
            "Lëtzmobil <facturation@letzmobil.example>",
            f"Votre facture Lëtzmobil de {fr} est disponible",
            N("fr"),
            f"Bonjour Laure Kieffer,\n\nVotre facture de {fr} d'un montant de {MOBILE[i]} EUR est disponible dans votre espace client. Elle sera prélevée le 15 du mois sur votre compte.\n\nMerci de votre confiance,\nLëtzmobil S.A.",
        )
    )
    MAIL.append(
        m(
            f"90{i}2",
            f"{ym}-1{i} 07:02",
            "Banque du Mullerthal <noreply@bdm-online.example>",
            "Nouveau relevé de compte disponible",
            N("fr"),
            "Madame Kieffer,\n\nUn nouveau relevé de votre compte courant (LU28 0041 …7730) est disponible dans BDM Online pour le mois précédent.\n\nPour des raisons de sécurité, nous ne vous demandons jamais vos codes par e-mail.\n\nBanque du Mullerthal S.A.",
        )
    )
    MAIL.append(
        m(
            f"90{i}3",
            f"{ym}-2{i} 19:30",
            "Lux Business Daily <newsletter@luxbusinessdaily.example>",
            [
                "Weekly: the CSSF's new AML priorities, plus an interview with a fund CEO",
                "Weekly: Kirchberg office vacancies hit 8% | Interview: the founder of a Belval fintech",
                "Weekly: budget 2026 explained | Who's hiring in the funds industry?",
                "Weekly: a year in review | Interview with the Finance Minister",
                "Weekly: salary survey 2026 | 'We interview 40 people for every hire' - an HR director",
                "Weekly: cross-border telework rules, what changes | Interview: a CCO on burnout",
            ][i],
            N("en"),
            html=f"<html><body><h1>Lux Business Daily - Weekly</h1><p>Good evening. Here is what moved the Grand Duchy's economy this week ({de} edition).</p><ul><li>Top story: see subject</li><li>Markets, property and people moves</li><li>Events: Finance Breakfast next Thursday</li></ul><p>You receive this newsletter as a registered reader. <a href='https://luxbusinessdaily.example/unsub'>Unsubscribe</a></p></body></html>",
        )
    )
    MAIL.append(
        m(
            f"90{i}4",
            f"{ym}-0{7 + i % 2} 11:0{i}",
            "Enovia Énergie <clients@enovia-energie.example>",
            f"Votre acompte électricité - {fr}",
            N("fr"),
            f"Chère cliente,\n\nNous vous informons que l'acompte de {POWER[i]} EUR pour votre contrat d'électricité (point de fourniture LU0000…4431) sera prélevé le 20 {fr}.\n\nEnovia Énergie S.A.",
        )
    )
    if CNS[i] != "0":
        MAIL.append(
            m(
                f"90{i}5",
                f"{ym}-1{5 + i % 3} 10:2{i}",
                "CNS - Caisse nationale de santé <no-reply@cns-mycns.example>",
                "Nouveau décompte de remboursement disponible sur MyGuichet",
                N("fr"),
                f"Madame,\n\nUn nouveau décompte de remboursement de la Caisse nationale de santé est disponible dans votre espace. Montant remboursé : {CNS[i]} EUR.\n\nCeci est un message automatique, merci de ne pas y répondre.",
            )
        )
    MAIL.append(
        m(
            f"90{i}6",
            f"{ym}-0{2 + i} 20:15",
            "Chorale Sainte-Cécile Bonnevoie <chorale.bonnevoie@gmail.com>",
            [
                "Reprise des répétitions le mardi 9 septembre !",
                "Répétition de mardi + partitions du Requiem",
                "Concert de la Sainte-Cécile : infos pratiques",
                "Concert de Noël - horaires et tenue",
                "Bonne année ! Reprise le 13 janvier",
                "Cotisation 2026 et audition des nouveaux choristes",
            ][i],
            N("fr"),
            [
                "Chers choristes,\n\nLa saison reprend le mardi 9 septembre à 20h, salle paroissiale rue de Bonnevoie. On attaque le Requiem de Fauré !\n\nÀ mardi,\nMarie-Paule",
                "Bonsoir à tous,\n\nPensez à imprimer les pages 12 à 30. Les altos, répétition partielle à 19h30.\n\nMarie-Paule",
                "Chers choristes,\n\nLe concert aura lieu le dimanche 23 novembre à 17h en l'église de Bonnevoie. Raccord à 15h. Tenue noire, foulard rouge.\n\nMarie-Paule",
                "Bonsoir,\n\nConcert de Noël le 14 décembre à 16h, puis vin chaud offert par la commune. Merci d'arriver à 14h45.\n\nMarie-Paule",
                "Chers amis,\n\nBonne et heureuse année à tous ! Reprise le mardi 13 janvier, nouveau programme : Haendel.\n\nMarie-Paule",
                "Bonjour,\n\nLa cotisation 2026 reste à 60 EUR (IBAN dans le PDF). Nous auditionnons deux nouveaux ténors le 10 février : venez les accueillir !\n\nLe comité",
            ][i],
        )
    )
    MAIL.append(
        m(
            f"90{i}7",
            f"{ym}-1{3 + i % 4} 12:00",
            "LinkedIn <notifications-noreply@linkedin.com>",
            [
                "Congratulate Sarah Muller on her new position",
                "You appeared in 12 searches this week",
                "Jonas Weber commented on your post",
                "Congratulate Tom Schmit for starting a new position as Risk Manager",
                "Your network is talking: 'How I prepared for my CSSF interview'",
                "Congratulate Emma O'Brien on 3 years at Eurosettle",
            ][i],
            N("en"),
            "LinkedIn\n\nSee what's happening in your network: https://www.linkedin.com/feed/\n\nYou are receiving LinkedIn notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email\n© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.",
        )
    )

MAIL += [
    # --- flat: rental application, lease, move -------------------------------------------------
    m(
        "9101",
        "2025-09-06 10:33",
        "Immo Hollerich <location@immo-hollerich.example>",
        "Votre candidature pour l'appartement rue de Hollerich",
        N("fr"),
        "Madame Kieffer,\n\nNous vous remercions pour votre visite de samedi et avons bien reçu votre candidature pour l'appartement 2 chambres, 62 rue de Hollerich (loyer 1.850 EUR + charges).\n\nMerci de compléter votre dossier avec : vos trois dernières fiches de salaire, une copie de votre contrat de travail et une pièce d'identité. Le propriétaire prendra sa décision d'ici la fin de la semaine prochaine.\n\nCordialement,\nImmo Hollerich S.à r.l.",
    ),
    m(
        "9102",
        "2025-09-15 16:10",
        "Immo Hollerich <location@immo-hollerich.example>",
        "Candidature acceptée - 62 rue de Hollerich",
        N("fr"),
        "Madame Kieffer,\n\nBonne nouvelle : le propriétaire a retenu votre candidature ! Nous vous proposons la signature du bail le 25 septembre à 18h dans notre agence. La garantie locative (3 mois) est à verser avant la remise des clés.\n\nCordialement,\nImmo Hollerich",
    ),
    m(
        "9103",
        "2025-09-16 09:00",
        "Immo Hollerich <location@immo-hollerich.example>",
        "Signature du bail - L. Kieffer",
        N("fr"),
        "Rendez-vous pour la signature du contrat de bail.",
        ics=ics(
            "2025-09-25 18:00",
            ("Immo Hollerich", "location@immo-hollerich.example"),
            "bail-8813@immo-hollerich.example",
            "Signature bail - 62 rue de Hollerich - Kieffer",
            location="Immo Hollerich, 10 route d'Esch",
        ),
    ),
    m(
        "9104",
        "2025-09-29 08:40",
        "Banque du Mullerthal <garanties@bdm-online.example>",
        "Votre demande de garantie locative bancaire",
        N("fr"),
        "Madame Kieffer,\n\nNous accusons réception de votre demande de garantie locative bancaire de 5.550 EUR. Votre dossier est en cours d'analyse par notre service crédits ; vous recevrez une réponse sous 48h.\n\nBanque du Mullerthal S.A.",
    ),
    m(
        "9105",
        "2025-10-01 14:12",
        "Banque du Mullerthal <garanties@bdm-online.example>",
        "Votre garantie locative est accordée",
        N("fr"),
        "Madame Kieffer,\n\nVotre demande a été acceptée. L'acte de garantie a été envoyé directement à Immo Hollerich.\n\nBanque du Mullerthal S.A.",
    ),
    m(
        "9106",
        "2025-10-03 11:00",
        "Déménagements Kremer <info@demenagements-kremer.example>",
        "Devis déménagement Bonnevoie → Hollerich",
        N("fr"),
        "Bonjour Madame,\n\nSuite à votre demande, voici notre offre pour votre déménagement du 18 octobre : 3 déménageurs, camion 20 m³, 4 heures, 780 EUR TTC. Offre valable 15 jours.\n\nCordialement,\nDéménagements Kremer",
    ),
    m(
        "9107",
        "2025-10-21 10:15",
        "Ville de Luxembourg <biergeramt@vdl-guichet.example>",
        "Confirmation de votre déclaration de changement d'adresse",
        N("fr"),
        "Madame,\n\nNous vous confirmons l'enregistrement de votre changement d'adresse au 62, rue de Hollerich, L-1741 Luxembourg, avec effet au 18 octobre 2025. Votre certificat de résidence est disponible sur MyGuichet.\n\nBierger-Center\nVille de Luxembourg",
    ),
    m(
        "9108",
        "2025-10-24 09:30",
        "Ville de Luxembourg <dechets@vdl-guichet.example>",
        "Vos jours de collecte des déchets - Hollerich",
        N("fr"),
        "Madame,\n\nSuite à votre emménagement, voici votre calendrier de collecte : déchets ménagers le mardi, papier le jeudi (semaines paires), Valorlux le vendredi. Les poubelles de 80 l peuvent être commandées en ligne.\n\nService d'hygiène - Ville de Luxembourg",
    ),
    m(
        "9109",
        "2025-11-03 17:45",
        "Syndic Résidence Hollerich <syndic@gestion-habitat.example>",
        "Assemblée générale des copropriétaires - convocation",
        N("fr"),
        "Madame, Monsieur,\n\nVous êtes convoqués à l'assemblée générale ordinaire le 26 novembre à 19h (salle de la Résidence). En tant que locataire, vous êtes invitée à la partie informative sur les travaux d'ascenseur.\n\nGestion Habitat S.à r.l.",
    ),
    # --- bank, cards, loans, offers ------------------------------------------------------------
    m(
        "9110",
        "2025-09-20 12:00",
        "Banque du Mullerthal <marketing@bdm-online.example>",
        "Une offre exclusive sur votre prêt personnel",
        N("fr"),
        html="<html><body><h2>Votre projet mérite notre meilleure offre</h2><p>Jusqu'au 31 octobre, profitez d'un taux de 3,9 % sur les prêts personnels pour vos travaux et votre déménagement. Simulez votre prêt en 2 minutes.</p><p><small>Sous réserve d'acceptation de votre dossier. Un crédit vous engage et doit être remboursé.</small></p></body></html>",
    ),
    m(
        "9111",
        "2025-11-08 09:15",
        "Banque du Mullerthal <cartes@bdm-online.example>",
        "Votre demande de carte Visa Gold",
        N("fr"),
        "Madame Kieffer,\n\nNous avons bien reçu votre demande de carte Visa Gold. Votre candidature est en cours d'étude ; en cas d'accord, la carte vous parviendra sous 10 jours ouvrables.\n\nBanque du Mullerthal S.A.",
    ),
    m(
        "9112",
        "2025-11-14 15:30",
        "Banque du Mullerthal <cartes@bdm-online.example>",
        "Votre carte Visa Gold est en route",
        N("fr"),
        "Madame Kieffer,\n\nVotre demande a été acceptée. Votre nouvelle carte et son code PIN vous seront envoyés séparément par courrier.\n\nBanque du Mullerthal S.A.",
    ),
    m(
        "9113",
        "2025-11-28 08:00",
        "Maison Ferber <news@maisonferber.example>",
        "Black Friday : jusqu'à -40 % sur une sélection - offres valables ce week-end",
        N("fr"),
        html="<html><body><h1>BLACK FRIDAY</h1><p>Nos meilleures offres de l'année sur le linge de maison et la décoration. Livraison gratuite au Luxembourg dès 50 EUR.</p><p><small>Se désinscrire</small></p></body></html>",
    ),
    m(
        "9114",
        "2025-12-05 18:20",
        "Lëtzmobil <offres@letzmobil.example>",
        "Laure, une offre spéciale fêtes pour vous",
        N("fr"),
        "Bonjour Laure,\n\nPour les fêtes, passez à la fibre 1 Gbit/s à 39 EUR/mois pendant 12 mois, installation offerte. Offre réservée aux clients mobiles.\n\nLëtzmobil",
    ),
    m(
        "9115",
        "2026-01-08 10:40",
        "Assurances Moselle Vie <contact@am-vie.example>",
        "Votre offre d'assurance habitation",
        N("fr"),
        "Madame Kieffer,\n\nSuite à votre demande en ligne, veuillez trouver votre offre d'assurance habitation pour le 62, rue de Hollerich : prime annuelle 214,30 EUR, franchise 250 EUR. Offre valable 30 jours.\n\nAssurances Moselle Vie S.A.",
    ),
    # --- health: CNS, complementary insurance, dentist ----------------------------------------
    m(
        "9116",
        "2025-09-25 09:00",
        "Mutuelle Santé Lux <service@mutuelle-sante-lux.example>",
        "Votre demande de remboursement n° 2025-88412",
        N("fr"),
        "Madame Kieffer,\n\nNous avons bien reçu votre demande de remboursement (soins dentaires, 180 EUR). Elle sera traitée sous 3 semaines après réception du décompte CNS.\n\nMutuelle Santé Lux",
    ),
    m(
        "9117",
        "2025-10-08 17:05",
        "Cabinet dentaire Dr Hansen <rdv@dentiste-hansen.example>",
        "Rappel : votre rendez-vous du 13 octobre",
        N("fr"),
        "Bonjour Madame Kieffer,\n\nNous vous rappelons votre rendez-vous le lundi 13 octobre à 8h00 (détartrage). En cas d'empêchement, merci de prévenir 24h à l'avance.\n\nCabinet dentaire Dr Hansen",
    ),
    m(
        "9118",
        "2025-12-12 11:20",
        "CNS - Caisse nationale de santé <no-reply@cns-mycns.example>",
        "Votre carte européenne d'assurance maladie",
        N("fr"),
        "Madame,\n\nVotre nouvelle carte européenne d'assurance maladie a été émise et vous sera envoyée par voie postale. Elle est valable jusqu'au 31 décembre 2030.\n\nCaisse nationale de santé",
    ),
    m(
        "9119",
        "2026-01-15 08:30",
        "Laboratoire Ketterthill-Nord <resultats@labo-nord.example>",
        "Vos résultats d'analyse sont disponibles",
        N("fr"),
        "Bonjour,\n\nVos résultats d'analyses du 13/01/2026 sont disponibles sur votre espace patient sécurisé.\n\nLaboratoire Nord",
    ),
    # --- car: entretien = servicing ----------------------------------------------------------
    m(
        "9120",
        "2025-10-28 09:05",
        "Garage Hoffmann Bertrange <atelier@garage-hoffmann.example>",
        "Votre entretien est programmé",
        N("fr"),
        "Bonjour Madame Kieffer,\n\nNous confirmons le rendez-vous pour l'entretien annuel de votre véhicule (Peugeot 208, LK 4471) le samedi 8 novembre à 8h30. Durée estimée : 2 heures. Un véhicule de courtoisie est disponible sur demande.\n\nGarage Hoffmann",
    ),
    m(
        "9121",
        "2025-11-08 11:02",
        "Garage Hoffmann Bertrange <atelier@garage-hoffmann.example>",
        "Votre véhicule est prêt",
        N("fr"),
        "Bonjour,\n\nL'entretien de votre véhicule est terminé. Montant : 289,40 EUR. Prochain contrôle technique SNCT à prévoir en mars.\n\nGarage Hoffmann",
    ),
    m(
        "9122",
        "2026-02-04 14:00",
        "SNCT <rdv@snct-online.example>",
        "Confirmation de rendez-vous contrôle technique",
        N("fr"),
        "Votre rendez-vous au centre de Sandweiler est confirmé le 21/02/2026 à 10:40. Véhicule LK 4471.\n\nSNCT",
    ),
    # --- language course, commune, taxes -------------------------------------------------------
    m(
        "9123",
        "2025-09-09 13:00",
        "INL - Institut national des langues <inscriptions@inll-courses.example>",
        "Confirmation de votre inscription - Luxembourgeois A2",
        N("fr"),
        "Madame Kieffer,\n\nVotre candidature au cours de luxembourgeois niveau A2 (mardi et jeudi 18h15-19h45) a été acceptée. Le test de placement est prévu le 22 septembre. Les frais d'inscription de 100 EUR sont à régler avant le début des cours.\n\nInstitut national des langues",
    ),
    m(
        "9124",
        "2026-01-20 09:00",
        "INL - Institut national des langues <inscriptions@inll-courses.example>",
        "Sproochentest : convocation à l'épreuve orale",
        N("fr"),
        "Madame Kieffer,\n\nVous êtes convoquée à l'épreuve d'expression orale (entretien de 10 minutes avec deux examinateurs) du test de langue luxembourgeoise le 7 février 2026 à 9h30.\n\nMerci de vous munir d'une pièce d'identité.\n\nINL",
    ),
    m(
        "9125",
        "2025-12-01 10:30",
        "Administration des contributions directes <guichet@acd-lu.example>",
        "Message de l'ACD : nouveau document dans votre espace",
        N("fr"),
        "Un nouveau document (bulletin d'imposition 2024) a été déposé dans votre espace professionnel MyGuichet.\n\nAdministration des contributions directes",
    ),
    m(
        "9126",
        "2026-02-10 16:00",
        "Ville de Luxembourg <info@vdl-guichet.example>",
        "Fuesend 2026 : fermetures de routes et navettes",
        N("fr"),
        "Madame,\n\nÀ l'occasion de la cavalcade du dimanche 15 février, plusieurs rues du centre seront fermées de 12h à 18h. Les bus seront déviés.\n\nVille de Luxembourg",
    ),
    # --- travel to Brussels ------------------------------------------------------------------
    m(
        "9127",
        "2025-12-04 20:40",
        "Benelux Rail Tickets <tickets@beneluxrail.example>",
        "Your e-ticket: Luxembourg → Bruxelles-Midi, 12 December",
        N("en"),
        "Booking reference: QX7-22LM\n\nFri 12 Dec 2025\nLuxembourg 06:47 → Bruxelles-Midi 09:58\nReturn: Bruxelles-Luxembourg 15:33 → Luxembourg 18:45\n\nPassenger: Laure Kieffer\nTotal: 74.80 EUR\n\nShow the attached QR code on board.",
    ),
    m(
        "9128",
        "2025-12-11 19:00",
        "Benelux Rail Tickets <tickets@beneluxrail.example>",
        "Service disruption on your journey tomorrow",
        N("en"),
        "Due to works near Arlon, your train on 12 December will be replaced by a bus between Luxembourg and Arlon. Please allow 25 extra minutes.",
    ),
    m(
        "9129",
        "2025-11-15 10:00",
        "Hôtel Léopold Bruxelles <reservations@hotel-leopold-bxl.example>",
        "Confirmation de réservation n° 55120",
        N("fr"),
        "Madame Kieffer,\n\nNous confirmons votre réservation d'une chambre double du 5 au 7 décembre 2025. Arrivée à partir de 15h.\n\nHôtel Léopold",
    ),
    # --- newsletters that interview, podcasts, webinars ---------------------------------------
    m(
        "9130",
        "2025-09-18 07:00",
        "Brussels Morning Brief <brief@brusselsmorning.example>",
        "Morning Brief: AMLA gets its building | Interview with an MEP on the single rulebook",
        N("en"),
        html="<html><body><h2>Brussels Morning Brief</h2><p>The Anti-Money Laundering Authority moves into its Frankfurt HQ; in our interview, an MEP explains why the single rulebook will change hiring in compliance teams across Europe.</p><p><a href='#'>Read in browser</a> | <a href='#'>Unsubscribe</a></p></body></html>",
    ),
    m(
        "9131",
        "2025-10-16 07:00",
        "Brussels Morning Brief <brief@brusselsmorning.example>",
        "Morning Brief: Commission job cuts? | The EU staff selection debate",
        N("en"),
        html="<html><body><h2>Brussels Morning Brief</h2><p>Should the EU reform how it recruits? Competitions, reserve lists and laureates waiting years: our deep dive.</p><p><a href='#'>Unsubscribe</a></p></body></html>",
    ),
    m(
        "9132",
        "2025-11-20 07:00",
        "Brussels Morning Brief <brief@brusselsmorning.example>",
        "Morning Brief: payments package deal | Interview: the head of a supervisory agency",
        N("en"),
        html="<html><body><h2>Brussels Morning Brief</h2><p>Trilogue agreement on the payments package; plus our interview with the head of a supervisory agency on talent shortages.</p></body></html>",
    ),
    m(
        "9133",
        "2025-10-09 12:00",
        "Compliance Matters Podcast <hello@compliancematters.example>",
        "New episode: entretien avec une CCO sur la culture de conformité",
        N("fr"),
        "Bonjour,\n\nDans l'épisode 47, nous nous entretenons avec la Chief Compliance Officer d'une banque de la place : culture de conformité, recrutement d'analystes, et comment elle mène ses entretiens d'embauche.\n\nÀ écouter sur toutes les plateformes.\n\nCompliance Matters",
    ),
    m(
        "9134",
        "2025-11-26 12:00",
        "Compliance Matters Podcast <hello@compliancematters.example>",
        "Episode 50: interview special - your questions answered",
        N("en"),
        "Hi,\n\nFor our 50th episode we interview ourselves! Your questions about careers in AML, the AMLA and the new Luxembourg RBE rules.\n\nListen now.\n\nCompliance Matters",
    ),
    m(
        "9135",
        "2025-10-02 09:00",
        "ALCO Luxembourg <events@alco-lux.example>",
        "Invitation : conférence annuelle AML/CFT - 13 novembre",
        N("fr"),
        "Chers membres,\n\nNous avons le plaisir de vous inviter à notre conférence annuelle le 13 novembre à la Chambre de Commerce. Au programme : évaluation nationale des risques, table ronde avec la CRF.\n\nInscription en ligne.\n\nL'association des compliance officers",
    ),
    m(
        "9136",
        "2025-11-13 08:15",
        "ALCO Luxembourg <events@alco-lux.example>",
        "Votre badge pour la conférence de ce jour",
        N("fr"),
        "Bonjour, voici votre badge nominatif (QR code) pour la conférence. Accueil à partir de 8h30.",
    ),
    m(
        "9137",
        "2025-12-03 12:00",
        "Lëtz Talks Podcast <hello@letztalks.example>",
        "Wir sprechen mit einer Personalchefin über Vorstellungsgespräche",
        N("de"),
        "Hallo,\n\nin der neuen Folge interviewen wir die Personalchefin eines Luxemburger Versicherers: Was wirklich im Vorstellungsgespräch zählt, und warum Grenzgänger anders verhandeln.\n\nJetzt reinhören.\n\nLëtz Talks",
    ),
    # --- family and friends --------------------------------------------------------------------
    m(
        "9138",
        "2025-09-12 21:14",
        "Sarah Muller <sarah.muller87@gmail.com>",
        "Mon nouveau job !!",
        N("fr"),
        "Coucou Laure,\n\nÇa y est, j'ai signé ! Je commence chez le Big Four de Cloche d'Or le 1er octobre, en audit IT. Le dernier entretien était un peu stressant (un associé très froid) mais ils m'ont fait une offre le lendemain.\n\nEt toi, tes candidatures ? On fête ça vendredi au Kinnekswiss ?\n\nBisous,\nSarah",
    ),
    m(
        "9139",
        "2025-09-13 09:02",
        "Laure Kieffer <laure.kieffer.lu@gmail.com>",
        "Re: Mon nouveau job !!",
        N("fr"),
        "Bravo !!! Trop contente pour toi. Vendredi 19h c'est parfait. De mon côté ça avance doucement, plein de candidatures envoyées, on en parle vendredi.\n\nBises\nL.",
        to="Sarah Muller <sarah.muller87@gmail.com>",
    ),
    m(
        "9140",
        "2025-10-05 18:30",
        "Maman <christiane.kieffer@pt-mail.example>",
        "Déménagement samedi",
        N("fr"),
        "Ma chérie,\n\nPapa viendra avec la remorque samedi à 8h. Je ferai des sandwichs pour les déménageurs. Tu as bien pensé à prévenir la commune et la CNS pour ta nouvelle adresse ?\n\nGros bisous,\nMaman",
    ),
    m(
        "9141",
        "2025-10-30 22:05",
        "Jonas Weber <jonas.weber.trier@web-post.example>",
        "Neuer Job in Trier",
        N("de"),
        "Hallo Laure,\n\nkurze Info von deinem Lieblingscousin: ich habe das Angebot von der Sparkasse angenommen und fange im Januar als Firmenkundenberater an. Das Vorstellungsgespräch war übrigens total locker.\n\nWie läuft's bei dir mit den Bewerbungen? Hast du schon was von der Bank in Kirchberg gehört?\n\nLiebe Grüße\nJonas",
    ),
    m(
        "9142",
        "2025-10-31 07:40",
        "Laure Kieffer <laure.kieffer.lu@gmail.com>",
        "Re: Neuer Job in Trier",
        N("de"),
        "Hallo Jonas,\n\nglückwunsch!! Bei mir: eine Absage, ein Angebot abgelehnt, und einige Gespräche laufen noch. Ich erzähl dir alles an Weihnachten.\n\nLG Laure",
        to="Jonas Weber <jonas.weber.trier@web-post.example>",
    ),
    m(
        "9143",
        "2025-11-09 11:18",
        "Emma O'Brien <emma.obrien.bxl@gmail.com>",
        "Brussels weekend + flat hunting horror",
        N("en"),
        "Hey Laure!\n\nAre you still coming to Brussels on 5-7 Dec? You can totally crash at mine, but warning: I'm mid flat-hunt. I've sent 14 rental applications in Ixelles and got 2 viewings. The agencies want a 'dossier' thicker than my PhD.\n\nAlso work is mad, my team has three open positions and I'm interviewing candidates every day this week. If you ever want to move to Brussels, just saying...\n\nxx Emma",
    ),
    m(
        "9144",
        "2025-11-09 20:02",
        "Laure Kieffer <laure.kieffer.lu@gmail.com>",
        "Re: Brussels weekend + flat hunting horror",
        N("en"),
        "Haha yes, still coming! Already booked a hotel near Louise so no worries. Good luck with the applications, fingers crossed for Ixelles.\n\nL\n\n> Are you still coming to Brussels on 5-7 Dec?",
        to="Emma O'Brien <emma.obrien.bxl@gmail.com>",
    ),
    m(
        "9145",
        "2025-12-19 18:10",
        "Tom Schmit <tom.schmit@gmail.com>",
        "Drinks before Christmas?",
        N("en"),
        "Hi Laure,\n\nFinally survived my first month as Risk Manager, the onboarding was brutal (8 trainings on Workday, ironically). Drinks on Tuesday at the Urban? Max and Sarah are in.\n\nTom",
    ),
    m(
        "9146",
        "2026-01-19 21:00",
        "Sarah Muller <sarah.muller87@gmail.com>",
        "Re: NORVANE !!!",
        N("fr"),
        "Aaaah félicitations !!! Une fintech à Belval, tu vas adorer. On fête ça quand ? Je te dois bien un verre après toutes ces lettres de refus.\n\nS.\n\n> Le 19 janv. 2026 à 20:32, Laure Kieffer a écrit :\n> J'ai accepté l'offre de Norvane ce matin !",
    ),
    m(
        "9147",
        "2025-12-20 12:00",
        "Emma O'Brien <emma.obrien.bxl@gmail.com>",
        "Invitation: Emma's birthday dinner",
        N("en"),
        "Emma has invited you to an event.",
        ics=ics(
            "2026-01-10 19:30",
            ("Emma O'Brien", "emma.obrien.bxl@gmail.com"),
            "emmabday2026@google.com",
            "Emma's birthday dinner 🎂",
            minutes=180,
            location="Le Petit Rouge, Ixelles",
        ),
    ),
    m(
        "9148",
        "2025-11-17 19:45",
        "Chorale Sainte-Cécile Bonnevoie <chorale.bonnevoie@gmail.com>",
        "Invitation: Répétition générale - concert Sainte-Cécile",
        N("fr"),
        "Répétition générale avant le concert.",
        ics=ics(
            "2025-11-22 14:00",
            ("Chorale Sainte-Cécile Bonnevoie", "chorale.bonnevoie@gmail.com"),
            "chorale-rg-2025@google.com",
            "Répétition générale - concert Sainte-Cécile",
            minutes=150,
            location="Église de Bonnevoie",
        ),
    ),
    m(
        "9149",
        "2026-02-02 10:00",
        "Sarah Muller <sarah.muller87@gmail.com>",
        "Week-end ski ?",
        N("fr"),
        "Coucou ! Avant que tu commences chez Norvane, un week-end ski à La Bresse fin février ? On a un chalet pour 6.\n\nS.",
    ),
    # --- shopping and services -----------------------------------------------------------------
    m(
        "9150",
        "2025-09-27 15:22",
        "Maison Ferber <commandes@maisonferber.example>",
        "Confirmation de commande n° MF-227190",
        N("fr"),
        "Merci pour votre commande ! Rideaux occultants x2, tringle 200 cm. Total : 164,80 EUR. Livraison prévue entre le 1er et le 3 octobre.",
    ),
    m(
        "9151",
        "2025-10-15 10:10",
        "Luxlogistics <tracking@luxlogistics.example>",
        "Votre colis arrive aujourd'hui",
        N("fr"),
        "Votre colis n° LX882100334LU sera livré aujourd'hui entre 13h et 17h au 62, rue de Hollerich.",
    ),
    m(
        "9152",
        "2025-12-08 21:45",
        "Bookshop Ernster-Nord <shop@ernster-nord.example>",
        "Ihre Bestellung wurde versandt",
        N("de"),
        'Guten Tag Frau Kieffer,\n\nIhre Bestellung (2 Artikel: "Luxemburgisch für Fortgeschrittene", "Das Geldwäschegesetz - Kommentar") wurde heute versandt.\n\nIhr Ernster-Nord Team',
    ),
    m(
        "9153",
        "2025-12-29 09:30",
        "Vël'Lux <noreply@vellux-bikes.example>",
        "Votre abonnement annuel arrive à échéance",
        N("fr"),
        "Bonjour, votre abonnement annuel Vël'Lux expire le 15 janvier. Renouvelez-le pour 18 EUR.",
    ),
    m(
        "9154",
        "2026-01-05 08:00",
        "Mobiliteit Info <info@mobiliteit-info.example>",
        "Travaux tram avenue de la Liberté : horaires modifiés",
        N("fr"),
        "Du 5 au 25 janvier, le tram ne circulera pas entre la Gare et Hamilius. Des bus de remplacement sont mis en place.",
    ),
    m(
        "9155",
        "2025-10-12 10:05",
        "Stream+ <no-reply@streamplus.example>",
        "New on Stream+: 'The Interview' season 2",
        N("en"),
        html="<html><body><h2>New this week</h2><p>The Interview, season 2: the gripping drama about a job interview that goes very wrong. Watch now.</p></body></html>",
    ),
    m(
        "9156",
        "2026-02-18 19:00",
        "Cinéma Utopia-Nord <prog@cinema-nord.example>",
        "Cette semaine : avant-première et entretien avec la réalisatrice",
        N("fr"),
        "Jeudi 26 février : avant-première suivie d'un entretien avec la réalisatrice. Réservez vos places.",
    ),
    m(
        "9157",
        "2025-09-22 19:30",
        "Marathon de Luxembourg <inscriptions@lux-marathon.example>",
        "Votre candidature au tirage au sort du semi-marathon",
        N("fr"),
        "Bonjour Laure,\n\nVotre candidature au tirage au sort pour le semi-marathon de mai 2026 est bien enregistrée. Résultats le 15 octobre.",
    ),
    m(
        "9158",
        "2025-10-15 12:00",
        "Marathon de Luxembourg <inscriptions@lux-marathon.example>",
        "Résultat du tirage au sort : félicitations !",
        N("fr"),
        "Bonne nouvelle : vous avez été tirée au sort ! Finalisez votre inscription avant le 31 octobre (frais : 65 EUR).",
    ),
    m(
        "9159",
        "2026-01-29 17:00",
        "Banque du Mullerthal <noreply@bdm-online.example>",
        "Changement d'employeur : pensez à mettre à jour vos informations",
        N("fr"),
        "Madame Kieffer,\n\nConformément à nos obligations de connaissance client, merci de mettre à jour votre situation professionnelle dans BDM Online si celle-ci a changé.\n\nBanque du Mullerthal S.A.",
    ),
    m(
        "9160",
        "2026-02-12 08:45",
        "Caisse pour l'avenir des enfants <info@cae-lu.example>",
        "Information : allocation familiale - aucun droit ouvert",
        N("fr"),
        "Madame, nous avons bien reçu votre demande d'information. Aucun droit n'est ouvert à votre nom. Ce message ne nécessite aucune action.",
    ),
]

GYM = [
    "Nouveau : cours de yoga le dimanche",
    "Horaires des vacances de Toussaint",
    "Défi novembre : 12 séances = 1 mois offert",
    "Horaires de Noël et du Nouvel An",
    "Janvier : votre bilan forme offert",
    "Nouveaux cours de Pilates",
]
WIRT = [
    "Tageblatt-Brief: Wohnungsmarkt, Grenzgänger und die Tripartite",
    "Tageblatt-Brief: Was bringt die Steuerreform?",
    "Tageblatt-Brief: Interview mit dem Bürgermeister zur Tram",
    "Tageblatt-Brief: Weihnachtsmärkte im Überblick",
    "Tageblatt-Brief: Mindestlohn steigt - was Arbeitnehmer wissen müssen",
    "Tageblatt-Brief: Fuesend, Streiks und ein Gespräch mit einer Winzerin",
]
MUSIC = ["9,99", "9,99", "9,99", "9,99", "10,99", "10,99"]
QUIZ = [
    "Quiz de l'Urban mardi : on a gagné (presque)",
    "Quiz d'octobre - qui vient ?",
    "Quiz spécial Halloween + photos",
    "Quiz de Noël : déguisement obligatoire",
    "Quiz de janvier, nouvelle équipe ?",
    "Quiz février : thème Eurovision",
]
CLOUD = [
    "Your storage is 80% full",
    "Your monthly photo memories",
    "Your receipt from Nimbus Drive",
    "Your receipt from Nimbus Drive",
    "New sign-in from Chrome on Windows",
    "Your receipt from Nimbus Drive",
]
TENNIS = [
    "Reservation confirmed: court 3, Thursday 18:00",
    "Reservation confirmed: court 1, Tuesday 19:00",
    "Reservation confirmed: court 2, Thursday 18:00",
    "Your reservation was cancelled (rain)",
    "Reservation confirmed: indoor court A, Saturday 10:00",
    "Reservation confirmed: indoor court B, Thursday 19:00",
]
TASKS = [
    "Rappel : vignette fiscale de votre véhicule",
    "Votre relevé de points fidélité",
    "Votre avis de débit carte",
    "Votre avis de débit carte",
    "Vos points fidélité expirent bientôt",
    "Votre avis de débit carte",
]

for i, (ym, _fr, de) in enumerate(MONTHS):
    MAIL += [
        m(
            f"92{i}1",
            f"{ym}-0{4 + i % 3} 08:0{i}",
            "Fitness Gare <info@fitnessgare.example>",
            GYM[i],
            N("fr"),
            f"Bonjour Laure,\n\n{GYM[i]}. Tous les détails sur l'application du club.\n\nSportivement,\nL'équipe Fitness Gare",
        ),
        m(
            f"92{i}2",
            f"{ym}-1{1 + i % 5} 06:30",
            "Tageblatt-Brief <newsletter@tageblatt-brief.example>",
            WIRT[i],
            N("de"),
            html=f"<html><body><h2>{WIRT[i]}</h2><p>Guten Morgen! Die wichtigsten Nachrichten aus Luxemburg und der Großregion, kompakt zusammengefasst.</p><p><a href='#'>Abmelden</a></p></body></html>",
        ),
        m(
            f"92{i}3",
            f"{ym}-2{2 + i % 3} 04:12",
            "Sonora Music <receipts@sonora-music.example>",
            "Your Sonora Premium receipt",
            N("en"),
            f"Thanks for your payment.\n\nSonora Premium Individual - {de} - EUR {MUSIC[i]}\nPaid with Visa ending 4411.\n\nSonora Music AB",
        ),
        m(
            f"92{i}4",
            f"{ym}-0{1 + i} 22:30",
            "Max Reuter <max.reuter@posteo-mail.example>",
            QUIZ[i],
            N("fr"),
            f"Salut la team,\n\n{QUIZ[i]}. Rendez-vous à 20h comme d'hab. Laure, tu nous ramènes tes connaissances en droit européen ?\n\nMax",
        ),
        m(
            f"92{i}5",
            f"{ym}-1{8 - i % 3} 03:00",
            "Nimbus Drive <no-reply@nimbusdrive.example>",
            CLOUD[i],
            N("en"),
            f"Hi Laure,\n\n{CLOUD[i]}. Manage your account at https://nimbusdrive.example/account.\n\nThe Nimbus Drive team",
        ),
        m(
            f"92{i}6",
            f"{ym}-2{i % 4} 09:15",
            "TC Hollerich <booking@tc-hollerich.example>",
            TENNIS[i],
            N("en"),
            f"{TENNIS[i]}.\n\nMember: Laure Kieffer\nPartner: Sarah Muller\n\nPlease cancel at least 12 hours in advance.",
        ),
        m(
            f"92{i}7",
            f"{ym}-2{5 - i % 3} 13:40",
            "Banque du Mullerthal <noreply@bdm-online.example>",
            TASKS[i],
            N("fr"),
            f"Madame Kieffer,\n\n{TASKS[i]} : le détail est disponible dans BDM Online, rubrique Documents.\n\nBanque du Mullerthal S.A.",
        ),
        m(
            f"92{i}8",
            f"{ym}-1{i} 18:00",
            "Maman <christiane.kieffer@pt-mail.example>",
            [
                "Dimanche midi ?",
                "Photos du déménagement",
                "Anniversaire de Mamie",
                "Noël chez nous",
                "Galette des rois",
                "Tante Josée",
            ][i],
            N("fr"),
            [
                "Coucou, tu viens manger dimanche à Esch ? Papa fait son judd mat gaardebounen.\nBisous",
                "Voici les photos de samedi, ton appartement est superbe ! Tu as eu des nouvelles de tes entretiens ?\nMaman",
                "N'oublie pas l'anniversaire de Mamie le 22, on se retrouve à Dudelange à midi.\nBisous",
                "On sera 11 le 24. Tu peux apporter le dessert ?\nMaman",
                "Galette des rois dimanche, ton frère vient avec les enfants.\nBisous",
                "Tante Josée demande si tu peux l'aider avec sa déclaration d'impôts, tu es la spécialiste de la paperasse !\nMaman",
            ][i],
        ),
    ]
