# ruff: noqa: E501
"""Corpus 60, ordinary mail of a Brussels inbox (data only): see heldout60.py."""

from __future__ import annotations

from typing import Any

from heldout60_jobs import _tz


def n(key, when, frm, subject, lang, text=None, html=None, **kw: Any) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec: dict[str, Any] = {
        "id": f"<{key}.{when[:10].replace('-', '')}@{dom}>",
        "date": f"{when}:00 {_tz(when[:10])}",
        "from": frm,
        "subject": subject,
        "t": ("not_job", lang),
    }
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


MATH = "Mathieu Moreau <mathieu.moreau.be@gmail.com>"
MAMAN = "Annick Van den Broeck <annick.vdbroeck@skynet.be>"
CLARA = "Clara Dubois <clara.dubois.bxl@gmail.com>"
KOEN = "Koen Verhaegen <koen.verhaegen@telenet.be>"
YASMINE = "Yasmine Benali <yasmine.benali@outlook.be>"
COMMUNE = "Commune d'Ixelles - Population <population@ixelles.brussels>"
IMMO = "Immo Lambermont <location@immo-lambermont.be>"
BANK = "Banque Solvay Crédit <noreply@solvaycredit.be>"
SNCB = "SNCB <noreply@sncb-tickets.be>"
MUT = "Mutualité Sainte-Claire <info@mutsainteclaire.be>"
CRECHE = "Inscriptions crèches - Ixelles <creches@ixelles.brussels>"
TEL = "Telenova <factures@telenova.be>"
SOIR = "La Gazette de Bruxelles <newsletter@gazettebxl.be>"
EUC = "EU Insider Brief <brief@euinsiderbrief.eu>"
LI = "LinkedIn <notifications-noreply@linkedin.com>"

MAIL: list[dict[str, Any]] = [
    # --- commune ---------------------------------------------------------------------------
    n(
        "80001",
        "2025-10-02 10:14",
        COMMUNE,
        "Votre demande de composition de ménage - dossier 2025/88412",
        "fr",
        "Madame,\n\nVotre demande de certificat de composition de ménage a été traitée. Le document est "
        "disponible dans votre espace IRISbox pendant 30 jours.\n\nAdministration communale d'Ixelles - "
        "Service Population",
    ),
    n(
        "80002",
        "2025-11-13 09:00",
        COMMUNE,
        "Rappel : rendez-vous carte d'identité",
        "fr",
        "Madame Van den Broeck-Moreau,\n\nNous vous rappelons votre rendez-vous au guichet Population le "
        "jeudi 20 novembre à 11h20 pour le renouvellement de votre carte d'identité électronique. "
        "Apportez une photo récente conforme et votre ancienne carte.\n\nAdministration communale d'Ixelles",
        ics={
            "uid": "rdv-population-44718@ixelles.brussels",
            "start": "2025-11-20 11:20:00 +0100",
            "minutes": 20,
            "summary": "Rendez-vous Population - carte d'identité",
            "organizer": ("Commune d'Ixelles", "population@ixelles.brussels"),
            "location": "Chaussée d'Ixelles 168, 1050 Ixelles",
        },
    ),
    n(
        "80003",
        "2025-12-04 14:30",
        COMMUNE,
        "Votre carte d'identité est prête",
        "fr",
        "Madame,\n\nVotre nouvelle carte d'identité est disponible. Vous avez reçu vos codes PIN et PUK par "
        "courrier. Présentez-vous au guichet avec cette lettre.\n\nService Population",
    ),
    n(
        "80004",
        "2026-02-16 11:05",
        COMMUNE,
        "Candidature - budget participatif 2026 : accusé de réception",
        "fr",
        "Madame,\n\nNous accusons réception de votre candidature au comité citoyen du budget participatif "
        "2026 de la commune d'Ixelles. Le tirage au sort aura lieu le 10 mars. Les personnes retenues seront "
        "contactées par téléphone.\n\nService Participation citoyenne",
    ),
    # --- rental application -----------------------------------------------------------------
    n(
        "80010",
        "2025-10-05 18:22",
        IMMO,
        "Visite appartement rue du Page 41 - confirmation",
        "fr",
        "Bonjour Madame,\n\nJe vous confirme la visite de l'appartement 2 chambres rue du Page 41 (Ixelles) "
        "le mardi 7 octobre à 18h15. Loyer 1.290 EUR + 120 EUR de charges.\n\nCordialement,\nSophie Lambermont\n"
        "Immo Lambermont SRL - IPI 508.442",
    ),
    n(
        "80011",
        "2025-10-08 09:40",
        IMMO,
        "Votre dossier de candidature locataire",
        "fr",
        "Bonjour,\n\nSuite à la visite, le propriétaire est intéressé par votre candidature. Merci de "
        "compléter votre dossier : 3 dernières fiches de paie (ou attestation Actiris/ONEM), composition de "
        "ménage, copie des cartes d'identité. Les candidatures sont examinées dans l'ordre de réception.\n\n"
        "Sophie Lambermont",
    ),
    n(
        "80012",
        "2025-10-14 16:12",
        IMMO,
        "RE: Votre dossier de candidature locataire",
        "fr",
        "Bonjour Madame,\n\nJ'ai le regret de vous informer que le propriétaire a retenu une autre "
        "candidature pour l'appartement rue du Page. Je garde votre dossier pour nos prochains biens à "
        "Ixelles / Saint-Gilles.\n\nCordialement,\nSophie Lambermont",
    ),
    n(
        "80013",
        "2025-11-22 10:02",
        "Logic-Immo Belgique <alertes@logic-immo.be>",
        "3 nouveaux biens correspondent à votre recherche",
        "fr",
        html="<html><body><p>Appartement 2 ch. - Saint-Gilles - 1.250 €</p><p>Duplex - Forest - 1.340 €</p>"
        "<p>Appartement - Etterbeek - 1.190 €</p></body></html>",
    ),
    n(
        "80014",
        "2025-12-06 13:30",
        "Marc Devos <marc.devos.proprio@gmail.com>",
        "Appartement avenue de la Couronne - votre candidature",
        "fr",
        "Bonjour Madame Van den Broeck-Moreau,\n\nMerci pour votre dossier très complet. Nous avons le plaisir "
        "d'accepter votre candidature pour l'appartement du 2e étage. Je vous propose de signer le bail le "
        "samedi 13 décembre à 10h et de procéder à l'état des lieux d'entrée le 31 janvier.\n\nBien à vous,\nMarc Devos",
    ),
    n(
        "80015",
        "2026-01-27 08:50",
        "DocuSign <dse_na4@docusign.net>",
        "Completed: Bail de résidence principale - Av. de la Couronne 212",
        "fr",
        html="<html><body><p>All parties have completed <b>Bail de résidence principale - Av. de la Couronne "
        "212</b>.</p><p>VIEW COMPLETED DOCUMENT</p></body></html>",
    ),
    n(
        "80016",
        "2026-01-28 10:11",
        "Korfine - Garantie locative <noreply@korfine.be>",
        "Votre demande de garantie locative est acceptée",
        "fr",
        "Madame,\n\nVotre demande de garantie locative bancaire (2 mois de loyer, 2.580 EUR) a été acceptée. "
        "Le certificat a été transmis à votre bailleur.\n\nKorfine",
    ),
    # --- bank credit --------------------------------------------------------------------------
    n(
        "80020",
        "2025-10-16 12:00",
        BANK,
        "Votre demande de crédit n° 7741-2209",
        "fr",
        "Madame,\n\nNous avons bien reçu votre demande de crédit à tempérament (prêt travaux, 12.000 EUR sur "
        "48 mois). Votre conseiller l'analysera et vous contactera sous 5 jours ouvrables.\n\nBanque Solvay "
        "Crédit SA",
    ),
    n(
        "80021",
        "2025-10-22 15:44",
        BANK,
        "Votre demande de crédit n° 7741-2209 : décision",
        "fr",
        "Madame,\n\nNous avons le regret de vous informer que nous ne pouvons donner une suite favorable à "
        "votre demande de crédit en l'absence de revenus professionnels réguliers. N'hésitez pas à réintroduire "
        "une demande dès votre prochain contrat de travail.\n\nBanque Solvay Crédit SA",
    ),
    n(
        "80022",
        "2026-03-09 09:15",
        BANK,
        "Offre de crédit - signature électronique",
        "fr",
        "Madame,\n\nSuite à votre nouvelle demande et à la réception de votre contrat de travail, nous avons "
        "le plaisir de vous transmettre notre offre de crédit (12.000 EUR, TAEG 5,49 %). Signez-la via itsme "
        "dans votre espace client.\n\nBanque Solvay Crédit SA",
    ),
    n(
        "80023",
        "2025-11-03 08:00",
        "Banque Solvay <info@solvaycredit.be>",
        "Votre extrait de compte d'octobre est disponible",
        "fr",
        "Madame, votre extrait mensuel est disponible dans Solvay Online.",
    ),
    n(
        "80024",
        "2025-12-01 08:00",
        "Banque Solvay <info@solvaycredit.be>",
        "Votre extrait de compte de novembre est disponible",
        "fr",
        "Madame, votre extrait mensuel est disponible dans Solvay Online.",
    ),
    n(
        "80025",
        "2026-02-02 08:00",
        "Banque Solvay <info@solvaycredit.be>",
        "Offre exclusive : carte Visa Gold gratuite la 1re année",
        "fr",
        html="<html><body><h2>Une offre rien que pour vous</h2><p>Demandez maintenant la carte Visa Gold : "
        "assurance voyage, cashback 1 %. Votre demande en 3 minutes.</p></body></html>",
    ),
    # --- SNCB ----------------------------------------------------------------------------------
    n(
        "80030",
        "2025-11-20 07:12",
        SNCB,
        "Votre billet : Bruxelles-Central - Luxembourg",
        "fr",
        "Merci pour votre achat.\n\nBillet aller-retour Bruxelles-Central -> Luxembourg, 2e classe, le "
        "20/11/2025. Prix : 49,20 EUR. Votre e-ticket est en pièce jointe.\n\nSNCB",
    ),
    n(
        "80031",
        "2026-01-22 06:40",
        SNCB,
        "Votre billet : Bruxelles-Central - Liège-Guillemins",
        "fr",
        "Merci pour votre achat.\n\nBillet aller-retour Bruxelles-Central -> Liège-Guillemins, 2e classe, "
        "le 22/01/2026. Prix : 31,60 EUR.\n\nSNCB",
    ),
    n(
        "80032",
        "2025-12-22 17:05",
        SNCB,
        "Perturbations : grève nationale du 23 décembre",
        "fr",
        "Chère voyageuse, cher voyageur,\n\nEn raison d'un préavis de grève, le service de trains sera "
        "fortement perturbé le 23 décembre. Consultez le planificateur d'itinéraire.\n\nSNCB",
    ),
    n(
        "80033",
        "2026-02-25 10:00",
        SNCB,
        "Demande de compensation - dossier 2026-118734",
        "fr",
        "Madame,\n\nVotre demande de compensation pour retard (train IC 1525 du 22/01) a été acceptée. Un "
        "e-voucher de 7,90 EUR vous a été envoyé.\n\nService clientèle SNCB",
    ),
    n(
        "80034",
        "2025-10-10 12:00",
        "STIB-MIVB <noreply@stib.brussels>",
        "Votre abonnement MOBIB expire bientôt",
        "fr",
        "Bonjour, votre abonnement annuel expire le 31/10/2025. Renouvelez-le dans l'e-shop STIB.",
    ),
    # --- Mutualité ------------------------------------------------------------------------------
    n(
        "80040",
        "2025-10-21 11:30",
        MUT,
        "Remboursement effectué",
        "fr",
        "Madame,\n\nNous avons effectué un remboursement de 24,90 EUR (consultation kinésithérapie du "
        "10/10/2025) sur votre compte BE68 ****4921.\n\nMutualité Sainte-Claire",
    ),
    n(
        "80041",
        "2025-12-12 09:20",
        MUT,
        "Votre attestation pour le congé de maternité : information",
        "fr",
        "Madame,\n\nVous nous avez signalé votre grossesse. Vous trouverez ci-joint les informations sur "
        "vos droits (repos de maternité, indemnités si vous êtes demandeuse d'emploi) et les documents à "
        "nous renvoyer.\n\nMutualité Sainte-Claire - service Indemnités",
    ),
    n(
        "80042",
        "2026-03-16 14:02",
        MUT,
        "Changement de situation : nouvel employeur",
        "fr",
        "Madame,\n\nPour mettre à jour votre dossier, merci de nous communiquer les coordonnées de votre "
        "futur employeur et la date de début de votre contrat via votre espace membre.\n\nMutualité Sainte-Claire",
    ),
    n(
        "80043",
        "2026-01-15 19:00",
        MUT,
        "Webinaire : bien préparer l'arrivée de bébé",
        "fr",
        "Chère membre,\n\nInscrivez-vous à notre webinaire gratuit le 3 février à 20h avec une sage-femme et "
        "une puéricultrice. Questions-réponses en direct.\n\nMutualité Sainte-Claire",
        ics={
            "uid": "webinaire-bebe-0302@mutsainteclaire.be",
            "start": "2026-02-03 20:00:00 +0100",
            "minutes": 60,
            "summary": "Webinaire : préparer l'arrivée de bébé",
            "organizer": ("Mutualité Sainte-Claire", "info@mutsainteclaire.be"),
        },
    ),
    # --- crèche ---------------------------------------------------------------------------------
    n(
        "80050",
        "2025-12-15 10:40",
        CRECHE,
        "Inscription en crèche - accusé de réception",
        "fr",
        "Madame,\n\nNous accusons réception de votre demande d'inscription pour un enfant à naître (date "
        "prévue : juillet 2026) dans les crèches communales d'Ixelles. Votre demande a été enregistrée sous "
        "le n° C-2025-1183. Vous devez confirmer votre demande chaque mois via le guichet électronique "
        "jusqu'au 3e mois de grossesse + 3 mois.\n\nService Petite Enfance",
    ),
    n(
        "80051",
        "2026-01-15 10:40",
        CRECHE,
        "Rappel : confirmation mensuelle de votre demande de place",
        "fr",
        "Madame,\n\nN'oubliez pas de confirmer votre demande n° C-2025-1183 avant le 20 janvier, sans quoi "
        "elle sera annulée.\n\nService Petite Enfance",
    ),
    n(
        "80052",
        "2026-03-11 15:55",
        "Crèche Les Petits Pas ASBL <direction@lespetitspas-bxl.be>",
        "Votre demande de place - septembre 2026",
        "fr",
        "Bonjour Madame,\n\nNous avons bien reçu votre candidature pour une place en septembre 2026. Nous "
        "aurions le plaisir de vous rencontrer lors d'un entretien d'accueil le mercredi 25 mars à 17h30 "
        "pour visiter la crèche et parler de votre projet.\n\nLa direction - Crèche Les Petits Pas ASBL",
    ),
    n(
        "80053",
        "2026-02-10 12:00",
        "ONE <newsletter@one.be>",
        "Les vaccins recommandés pendant la grossesse",
        "fr",
        "Bonjour,\n\nCe mois-ci : la coqueluche, la grippe et le RSV. Parlez-en à votre médecin ou sage-femme.\n\nOffice de la Naissance et de l'Enfance",
    ),
    # --- family, friends -----------------------------------------------------------------------
    n(
        "80060",
        "2025-10-04 20:11",
        MAMAN,
        "Dimanche",
        "fr",
        "Coucou ma chérie, vous venez dimanche à midi ? Papa fait son vol-au-vent. Dis à Mathieu d'apporter "
        "le tire-bouchon qu'il nous a emprunté :-)\nBisous, Maman",
    ),
    n(
        "80061",
        "2025-10-26 19:33",
        CLARA,
        "Re: apéro jeudi ?",
        "fr",
        "Jeudi c'est parfait ! Place Flagey 19h ? J'ai une nouvelle à vous annoncer... (non, pas ça, "
        "j'ai eu le poste à la Commission ! Contrat agent temporaire 4 ans). Je te raconte.\n\nClara\n\n"
        "> Ça te dit un apéro jeudi ?",
    ),
    n(
        "80062",
        "2025-11-09 11:20",
        KOEN,
        "Re: jouw cv",
        "en",
        "Hi Sofie,\n\nI had a look at your CV as promised - looks solid. Two things: put the budget figures "
        "of the Interreg project up front, and cut the 2014 internship. And in English please say 'managed' not "
        "'was responsible for'. Good luck with all the interviews!\n\nKoen",
    ),
    n(
        "80063",
        "2025-11-15 21:02",
        YASMINE,
        "j'ai démissionné !!!",
        "fr",
        "Sofie, ça y est, j'ai remis ma démission ce matin. Trois mois de préavis, et après je pars chez "
        "leur concurrent à Gand. Mon boss a fait une tête... Tu as des nouvelles de tes candidatures ?\nYas",
    ),
    n(
        "80064",
        "2025-11-29 10:00",
        MATH,
        "Sinterklaas chez tes parents",
        "fr",
        "Ta mère demande si on vient le 6. Je suis libre. On prend le train de 10h08 ?\nM.",
    ),
    n(
        "80065",
        "2025-12-11 18:44",
        MAMAN,
        "Re: Grande nouvelle",
        "fr",
        "Oh ma chérie !!! Papa a pleuré. On est tellement heureux pour vous deux. Ne porte rien de lourd "
        "pendant le déménagement !!\nMaman",
    ),
    n(
        "80066",
        "2025-12-20 15:15",
        "Thomas Renard <thomas.renard@proton.me>",
        "Réveillon 31",
        "fr",
        "Salut la bande, on fait le 31 chez nous à Uccle ? Chacun apporte un plat. Sofie et Mathieu, vous "
        "prenez le dessert ?\nThomas",
    ),
    n(
        "80067",
        "2026-01-08 08:50",
        KOEN,
        "vacature bij ons - interesse?",
        "en",
        "Hi Sofie, happy new year! We're hiring a project manager in my team at the Flemish agency but it "
        "requires the Dutch language certificate from the federal selection office, so probably not for you... I'll forward it anyway if you "
        "want. How's the search going?\nKoen",
    ),
    n(
        "80068",
        "2026-02-27 21:30",
        CLARA,
        "Félicitations !!!",
        "fr",
        "Mathieu m'a dit que tu as signé chez ENDI !!! Trop contente pour toi. Apéro de célébration "
        "vendredi, c'est moi qui invite.\nClara",
    ),
    n(
        "80069",
        "2026-03-05 12:40",
        YASMINE,
        "Re: j'ai démissionné !!!",
        "fr",
        "Premier mois à Gand : les collègues sont super mais le train tous les jours, aïe. Toi tu commences "
        "quand ?\nYas",
    ),
    n(
        "80070",
        "2026-01-30 17:05",
        MATH,
        "Déménagement samedi",
        "fr",
        "J'ai réservé la camionnette chez Locamat, 8h rue Gray. Ton frère vient à 9h. Il faut encore "
        "acheter du papier bulle.\nM.",
    ),
    n(
        "80071",
        "2025-10-18 09:12",
        "Papa <jp.vandenbroeck@skynet.be>",
        "Article sur les fonds européens",
        "fr",
        "Sofie, j'ai vu cet article dans le journal sur les projets européens en Wallonie, ça devrait "
        "t'intéresser pour tes entretiens. Je te le scanne.\nPapa",
        attach=[("article.txt", "text/plain", "scan article")],
    ),
    n(
        "80072",
        "2026-03-20 19:20",
        MATH,
        "Re: liste de naissance",
        "fr",
        "J'ai créé la liste chez Bébé9, je t'envoie le lien. On y met la poussette ou tes parents veulent "
        "l'offrir ?\nM.",
    ),
    # --- newsletters ----------------------------------------------------------------------------
    n(
        "80080",
        "2025-10-07 06:30",
        SOIR,
        "Le briefing du matin : Bruxelles, la grande pénurie de profils IT",
        "fr",
        html="<html><body><h1>Le briefing</h1><p>Les administrations bruxelloises peinent à recruter : 300 "
        "postes IT vacants. Nous avons interviewé trois DRH.</p><p>Mobilité : le piétonnier s'étend.</p></body></html>",
    ),
    n(
        "80081",
        "2025-11-04 06:30",
        SOIR,
        "Le briefing du matin : les offres d'emploi dans le secteur public en chute",
        "fr",
        html="<html><body><h1>Le briefing</h1><p>Gel des recrutements au fédéral : les sélections "
        "continuent mais les engagements ralentissent.</p></body></html>",
    ),
    n(
        "80082",
        "2025-12-02 06:30",
        SOIR,
        "Le briefing du matin : budget bruxellois, toujours pas d'accord",
        "fr",
        html="<html><body><h1>Le briefing</h1><p>Sans gouvernement, les organismes régionaux gèlent leurs "
        "embauches.</p></body></html>",
    ),
    n(
        "80083",
        "2026-01-13 06:30",
        SOIR,
        "Le briefing du matin : soldes, neige et STIB",
        "fr",
        html="<html><body><h1>Le briefing</h1><p>Les soldes démarrent ; la neige perturbe le réseau STIB.</p></body></html>",
    ),
    n(
        "80084",
        "2026-02-17 06:30",
        SOIR,
        "Le briefing du matin : interview exclusive de la ministre de l'Emploi",
        "fr",
        html="<html><body><h1>Le briefing</h1><p>« Nous devons rendre les carrières publiques plus "
        "attractives » : notre interview de la ministre.</p></body></html>",
    ),
    n(
        "80085",
        "2026-03-17 06:30",
        SOIR,
        "Le briefing du matin : crèches, le casse-tête des parents",
        "fr",
        html="<html><body><h1>Le briefing</h1><p>Il manque 4.000 places d'accueil à Bruxelles.</p></body></html>",
    ),
    n(
        "80086",
        "2025-10-13 07:00",
        EUC,
        "EU Insider Brief: Who's hiring in the bubble this autumn",
        "en",
        "Good morning,\n\nThe Commission's new digital omnibus lands Wednesday. Plus: our quarterly look "
        "at who's hiring in the Brussels bubble - trade associations are on a spree, NGOs are freezing.\n\n"
        "Jobs board: Policy Officer at Verdance Network; Head of Comms at Aquanet Europe.\n\nEU Insider Brief",
    ),
    n(
        "80087",
        "2025-11-17 07:00",
        EUC,
        "EU Insider Brief: Interview - the MEP who wants to fix EU recruitment",
        "en",
        "Good morning,\n\nThis week's interview: an MEP on why EU competitions take 18 months and how to fix "
        "them. Plus the cohesion policy reform and what it means for regions.",
    ),
    n(
        "80088",
        "2025-12-15 07:00",
        EUC,
        "EU Insider Brief: the last Council of the year",
        "en",
        "Good morning,\n\nLeaders meet Thursday. Budget talks, Ukraine, and the cohesion mid-term review.",
    ),
    n(
        "80089",
        "2026-01-19 07:00",
        EUC,
        "EU Insider Brief: Moves - who's going where",
        "en",
        "Good morning,\n\nMoves: a new Secretary-General at DigiInclusion Europe's sister network; Altamira "
        "hires two partners from a rival consultancy; the Parliament's digital committee gets new staff.",
    ),
    n(
        "80090",
        "2026-02-23 07:00",
        EUC,
        "EU Insider Brief: offers, counter-offers and the MFF",
        "en",
        "Good morning,\n\nThe Commission's MFF offer meets the net payers' counter-offer. Also: a job offer "
        "you can't refuse? We asked recruiters how salaries in the bubble have moved.",
    ),
    n(
        "80091",
        "2026-03-23 07:00",
        EUC,
        "EU Insider Brief: Spring cleaning of the acquis",
        "en",
        "Good morning,\n\nSimplification packages keep coming. Plus: our event invite for April.",
    ),
    n(
        "80092",
        "2025-10-28 18:00",
        "Brussels Expat Times <news@brusselsexpattimes.be>",
        "This week in Brussels: strikes, markets and a job fair",
        "en",
        html="<html><body><p>National strike day: what to expect.</p><p>Christmas markets open early.</p><p>"
        "EU Careers Fair at the Square: 60 employers, free entry.</p></body></html>",
    ),
    n(
        "80093",
        "2025-12-09 18:00",
        "Brussels Expat Times <news@brusselsexpattimes.be>",
        "This week in Brussels: Plaisirs d'Hiver, rents up 6 %",
        "en",
        html="<html><body><p>Rents up 6 % in Ixelles and Saint-Gilles.</p><p>Plaisirs d'Hiver highlights.</p></body></html>",
    ),
    n(
        "80094",
        "2026-02-03 18:00",
        "Brussels Expat Times <news@brusselsexpattimes.be>",
        "This week in Brussels: how to register a birth at the commune",
        "en",
        html="<html><body><p>Step by step: registering a birth at your commune.</p><p>New tram line 10.</p></body></html>",
    ),
    n(
        "80095",
        "2025-11-26 12:00",
        "Devex Newswire <newswire@devex-news.org>",
        "Hiring freeze hits development NGOs",
        "en",
        "Today: the funding cliff continues; three Brussels NGOs announce hiring freezes. Career advice: how "
        "to answer 'why are you leaving?' in an interview.",
    ),
    n(
        "80096",
        "2026-01-29 12:00",
        "Devex Newswire <newswire@devex-news.org>",
        "The top 10 employers in development - and who's recruiting",
        "en",
        "Today: our annual ranking. Plus the podcast: an interview with a former EIB director.",
    ),
    n(
        "80097",
        "2025-10-20 09:00",
        "Policy Pod <hello@policypod.fm>",
        "New episode: interview with the head of the Brussels regional data office",
        "en",
        "This week on Policy Pod, we sit down for an interview with the head of the Brussels regional data "
        "office about open data, interoperability and why public projects fail.\n\nListen now.",
    ),
    n(
        "80098",
        "2026-02-09 09:00",
        "Policy Pod <hello@policypod.fm>",
        "Would you come on the show? Interview request",
        "en",
        "Hi Sofie,\n\nI host Policy Pod, a small podcast on public policy in Belgium. A listener told me "
        "about your work on e-inclusion in the communes. Would you be up for a 40-minute interview for an "
        "episode in March? We record at a studio in Saint-Gilles.\n\nBest,\nDries, Policy Pod",
    ),
    n(
        "80099",
        "2026-02-12 16:10",
        "Policy Pod <hello@policypod.fm>",
        "Invitation: Policy Pod recording - Sofie VdB-M @ Thu 12 Mar 2026 14:00",
        "en",
        "Calendar invite for the recording. Studio Brel, Rue de Moscou 8.",
        ics={
            "uid": "policypod-rec-0312@policypod.fm",
            "start": "2026-03-12 14:00:00 +0100",
            "minutes": 90,
            "summary": "Policy Pod recording - interview Sofie Van den Broeck-Moreau",
            "organizer": ("Dries Maes", "hello@policypod.fm"),
            "location": "Studio Brel, Rue de Moscou 8, 1060 Saint-Gilles",
        },
    ),
    # --- LinkedIn social --------------------------------------------------------------------
    n(
        "80100",
        "2025-10-11 13:00",
        LI,
        "Clara Dubois started a new position",
        "en",
        html="<html><body><p>Congratulate Clara Dubois on starting a new position as Policy Assistant at "
        "the European Commission.</p><p>Say congrats</p></body></html>",
    ),
    n(
        "80101",
        "2025-10-30 18:20",
        LI,
        "You appeared in 18 searches this week",
        "en",
        html="<html><body><p>You appeared in 18 searches this week.</p><p>Top job titles of searchers: "
        "Recruiter, Project Manager.</p></body></html>",
    ),
    n(
        "80102",
        "2025-11-12 08:15",
        LI,
        "Koen Verhaegen and 3 others commented on a post",
        "en",
        html="<html><body><p>Koen Verhaegen commented on Jonas Peeters' post: 'Great piece on digital "
        "inclusion in the EU'</p></body></html>",
    ),
    n(
        "80103",
        "2025-12-03 19:02",
        LI,
        "Sofie, you have 4 new invitations",
        "en",
        html="<html><body><p>Inès Carvalho, Talent Acquisition Partner at Altamira, wants to connect</p>"
        "<p>Marta Kowalczyk, People &amp; Operations Manager, wants to connect</p></body></html>",
    ),
    n(
        "80104",
        "2026-01-05 10:00",
        LI,
        "Try Premium for free: get hired faster",
        "en",
        html="<html><body><p>Candidates with Premium get hired 2x faster on average. Start your free trial "
        "- 1 month free.</p></body></html>",
    ),
    n(
        "80105",
        "2026-03-02 12:45",
        LI,
        "Congratulate Yasmine Benali on her work anniversary",
        "en",
        html="<html><body><p>Yasmine Benali - 1 month at Orbiscom Gent</p></body></html>",
    ),
    n(
        "80106",
        "2026-03-06 09:10",
        LI,
        "Your post is getting attention",
        "en",
        html="<html><body><p>Your post 'Happy to share that I'm starting a new position as Policy Officer "
        "at DigiInclusion Europe!' has 212 reactions.</p></body></html>",
    ),
    # --- household & shopping ------------------------------------------------------------------
    n(
        "80110",
        "2025-10-09 09:00",
        TEL,
        "Votre facture Telenova d'octobre",
        "fr",
        "Madame, votre facture de 64,50 EUR (internet + mobile) est disponible. Domiciliation le 20/10.",
    ),
    n(
        "80111",
        "2025-11-09 09:00",
        TEL,
        "Votre facture Telenova de novembre",
        "fr",
        "Madame, votre facture de 64,50 EUR est disponible. Domiciliation le 20/11.",
    ),
    n(
        "80112",
        "2025-12-09 09:00",
        TEL,
        "Votre facture Telenova de décembre",
        "fr",
        "Madame, votre facture de 64,50 EUR est disponible. Domiciliation le 20/12.",
    ),
    n(
        "80113",
        "2026-01-09 09:00",
        TEL,
        "Déménagement : transférez votre abonnement",
        "fr",
        "Madame, vous déménagez ? Demandez le transfert de votre ligne en ligne, installation gratuite.",
    ),
    n(
        "80114",
        "2026-02-09 09:00",
        TEL,
        "Votre facture Telenova de février",
        "fr",
        "Madame, votre facture de 64,50 EUR est disponible.",
    ),
    n(
        "80115",
        "2026-03-09 09:00",
        TEL,
        "Offre spéciale : la fibre à -50 % pendant 6 mois",
        "fr",
        html="<html><body><p>Passez à la fibre : offre limitée, -50 % pendant 6 mois.</p></body></html>",
    ),
    n(
        "80116",
        "2025-10-23 18:30",
        "bpost <noreply@bpost.be>",
        "Votre colis arrive demain",
        "fr",
        "Votre colis 323299887711 sera livré demain entre 9h et 13h.",
    ),
    n(
        "80117",
        "2025-12-16 18:30",
        "bpost <noreply@bpost.be>",
        "Votre colis est disponible au point d'enlèvement",
        "fr",
        "Votre colis est disponible au Point Poste Chaussée de Wavre 120 jusqu'au 30/12.",
    ),
    n(
        "80118",
        "2026-02-26 18:30",
        "bpost <noreply@bpost.be>",
        "Votre colis arrive demain",
        "fr",
        "Votre colis 323299901455 sera livré demain entre 13h et 18h.",
    ),
    n(
        "80119",
        "2025-11-30 11:00",
        "Librairie Filigranes <newsletter@filigranes-shop.be>",
        "Black Friday : -20 % sur les BD",
        "fr",
        html="<html><body><p>Ce week-end seulement : -20 % sur toute la bande dessinée.</p></body></html>",
    ),
    n(
        "80120",
        "2025-12-18 11:12",
        "Librairie Filigranes <commandes@filigranes-shop.be>",
        "Confirmation de commande n° 558120",
        "fr",
        "Merci pour votre commande : 'Le grand livre de la grossesse', 'Astérix - tome 41'. Total 46,40 EUR.",
    ),
    n(
        "80121",
        "2025-11-08 10:00",
        "Sibelga <noreply@sibelga.be>",
        "Relevé de compteur : c'est le moment",
        "fr",
        "Madame, merci de nous communiquer votre relevé d'index avant le 22/11.",
    ),
    n(
        "80122",
        "2026-01-12 15:20",
        "Engiva Energie <clients@engiva.be>",
        "Votre demande de déménagement a bien été reçue",
        "fr",
        "Madame, nous avons bien reçu votre demande de transfert de contrat énergie vers l'avenue de la "
        "Couronne 212 au 01/02/2026. Pensez au relevé des compteurs avec votre propriétaire.",
    ),
    n(
        "80123",
        "2026-02-14 10:00",
        "Engiva Energie <clients@engiva.be>",
        "Votre facture de clôture",
        "fr",
        "Madame, votre facture de clôture pour l'ancienne adresse est disponible : remboursement de 88,12 EUR.",
    ),
    n(
        "80124",
        "2025-10-29 20:00",
        "Carrefive <info@carrefive.be>",
        "Vos promos de la semaine",
        "fr",
        html="<html><body><p>1+1 gratuit sur les yaourts, -30 % sur le café.</p></body></html>",
    ),
    n(
        "80125",
        "2025-12-23 20:00",
        "Carrefive <info@carrefive.be>",
        "Vos promos de fêtes",
        "fr",
        html="<html><body><p>Foie gras, bulles et chocolats : nos meilleures offres de fin d'année.</p></body></html>",
    ),
    n(
        "80126",
        "2026-03-04 20:00",
        "Carrefive <info@carrefive.be>",
        "Offre de printemps : -25 % sur les couches",
        "fr",
        html="<html><body><p>Préparez l'arrivée de bébé : -25 % sur les couches et lingettes.</p></body></html>",
    ),
    n(
        "80127",
        "2025-11-18 14:00",
        "Villo! <noreply@villo.be>",
        "Votre abonnement Villo! a été renouvelé",
        "fr",
        "Votre abonnement annuel Villo! a été renouvelé (39,40 EUR). Bonnes balades !",
    ),
    # --- health ------------------------------------------------------------------------------
    n(
        "80130",
        "2025-10-24 17:30",
        "Doctena <noreply@doctena.be>",
        "Rappel : rendez-vous chez Dr Pirard (dentiste)",
        "fr",
        "Rappel : rendez-vous le lundi 27 octobre à 8h30 chez Dr Anne Pirard, dentiste, Rue Lesbroussart 22.",
        ics={
            "uid": "doctena-8841207@doctena.be",
            "start": "2025-10-27 08:30:00 +0100",
            "minutes": 30,
            "summary": "Dr Anne Pirard - dentiste",
            "organizer": ("Doctena", "noreply@doctena.be"),
            "location": "Rue Lesbroussart 22, 1050 Ixelles",
        },
    ),
    n(
        "80131",
        "2025-12-08 08:00",
        "Doctena <noreply@doctena.be>",
        "Rendez-vous confirmé : échographie - Hôpital d'Ixelles",
        "fr",
        "Votre rendez-vous du 12/12/2025 à 15h15 (échographie du premier trimestre) est confirmé.",
        ics={
            "uid": "doctena-8913355@doctena.be",
            "start": "2025-12-12 15:15:00 +0100",
            "minutes": 30,
            "summary": "Échographie T1",
            "organizer": ("Doctena", "noreply@doctena.be"),
            "location": "Hôpital d'Ixelles - Rue Jean Paquot 63",
        },
    ),
    n(
        "80132",
        "2026-02-18 08:00",
        "Doctena <noreply@doctena.be>",
        "Rendez-vous confirmé : sage-femme",
        "fr",
        "Votre rendez-vous du 24/02/2026 à 17h00 avec Mme Lise Henrard, sage-femme, est confirmé.",
    ),
    n(
        "80133",
        "2026-01-03 10:00",
        "Pharmacie Flagey <info@pharmaflagey.be>",
        "Votre préparation est prête",
        "fr",
        "Bonjour, votre commande est prête à être retirée.",
    ),
    # --- misc services, travel, leisure ----------------------------------------------------
    n(
        "80140",
        "2025-10-31 12:00",
        "RailTrips Booking <booking@railtrips.eu>",
        "Your booking: Brussels - Vienna, 26 Dec",
        "en",
        "Booking confirmed: Night train NJ 425 Brussels-Midi - Wien Hbf, 26 Dec 2025, couchette for 2. "
        "Reference RTX-88412.",
    ),
    n(
        "80141",
        "2025-11-02 09:00",
        "Hotel am Naschmarkt <reservierung@hotel-naschmarkt.at>",
        "Ihre Reservierung 27.-30.12.2025",
        "de",
        "Sehr geehrte Frau Van den Broeck-Moreau,\n\nwir bestätigen Ihre Reservierung vom 27. bis 30. "
        "Dezember 2025 für ein Doppelzimmer mit Frühstück. Check-in ab 15 Uhr.\n\nMit freundlichen Grüßen\nHotel am Naschmarkt",
    ),
    n(
        "80142",
        "2026-01-02 18:00",
        "Hotel am Naschmarkt <reservierung@hotel-naschmarkt.at>",
        "Wie war Ihr Aufenthalt?",
        "de",
        "Liebe Gäste, wir hoffen, Sie hatten einen schönen Aufenthalt in Wien. Bewerten Sie uns!",
    ),
    n(
        "80143",
        "2025-11-01 10:00",
        "Flagey <tickets@flagey.be>",
        "Vos billets : Brussels Philharmonic, 14 nov.",
        "fr",
        "Merci pour votre achat : 2 places, Studio 4, vendredi 14 novembre 20h15.",
    ),
    n(
        "80144",
        "2026-02-20 10:00",
        "Palais des Arts <tickets@palaisdesarts.be>",
        "Vos billets : exposition Magritte",
        "fr",
        "Votre réservation pour le samedi 7 mars, 11h00 : 2 entrées.",
    ),
    n(
        "80145",
        "2025-12-01 09:00",
        "SPF Finances - MyMinfin <noreply@minfin.fgov.be>",
        "Un nouveau document est disponible dans MyMinfin",
        "fr",
        "Madame, un nouveau document (avertissement-extrait de rôle, exercice d'imposition 2025) est "
        "disponible dans votre espace MyMinfin.",
    ),
    n(
        "80146",
        "2026-03-02 09:00",
        "ONEM <noreply@onem.be>",
        "Votre carte de contrôle électronique - rappel",
        "fr",
        "Madame, n'oubliez pas de compléter votre carte de contrôle électronique de février avant le 5 mars.",
    ),
    n(
        "80147",
        "2025-10-15 13:00",
        "ONEM <noreply@onem.be>",
        "Votre carte de contrôle électronique - rappel",
        "fr",
        "Madame, n'oubliez pas de compléter votre carte de contrôle électronique de septembre.",
    ),
    n(
        "80148",
        "2026-01-24 11:00",
        "Ligue des Familles <info@liguedesfamilles.be>",
        "Votre adhésion est confirmée",
        "fr",
        "Bienvenue à la Ligue des Familles ! Votre carte de membre arrive par la poste.",
    ),
    n(
        "80149",
        "2025-11-24 19:00",
        "Coursera <no-reply@coursera.org>",
        "Your certificate: Project Management Principles",
        "en",
        "Congratulations Sofie! You've completed Project Management Principles. Share your certificate on LinkedIn.",
    ),
    n(
        "80150",
        "2025-10-12 10:00",
        "ReadCircle <hello@readcircle.app>",
        "Your October reading recap",
        "en",
        "You read 3 books in October. Top genre: crime.",
    ),
    n(
        "80151",
        "2026-01-31 09:00",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - Ardennes cabin, 20-22 Feb",
        "en",
        "You're going to Bouillon! Your reservation for 20-22 Feb 2026 is confirmed. Host: Michel.",
    ),
    n(
        "80152",
        "2026-02-23 09:00",
        "Airbnb <automated@airbnb.com>",
        "Leave a review for Michel",
        "en",
        "How was your stay in Bouillon? Leave a review.",
    ),
    n(
        "80153",
        "2025-11-27 12:00",
        "Webex <messenger@webex.com>",
        "Webinar invitation: Interreg 2028+ - what changes for project managers",
        "en",
        "You are invited to the webinar 'Interreg 2028+ - what changes for project managers', 9 December "
        "2025, 14:00 CET. Organised by the Interact programme.",
        ics={
            "uid": "webex-interreg-0912@webex.com",
            "start": "2025-12-09 14:00:00 +0100",
            "minutes": 90,
            "summary": "Webinar: Interreg 2028+",
            "organizer": ("Interact Programme", "events@interact-webinars.eu"),
            "location": "https://interact.webex.com/weblink/register/r3a9",
        },
    ),
    n(
        "80154",
        "2026-03-18 18:00",
        "Bébé9 Ixelles <info@bebe9-ixelles.be>",
        "Votre liste de naissance est créée",
        "fr",
        "Félicitations ! Votre liste de naissance n° 44812 est en ligne. Partagez-la avec vos proches.",
    ),
    n(
        "80155",
        "2026-02-05 09:30",
        "Locamat <reservations@locamat.be>",
        "Confirmation de réservation - camionnette 12 m³",
        "fr",
        "Réservation confirmée pour le samedi 31/01... erreur : nouvelle date samedi 7 février 8h00, rue Gray 88.",
    ),
    n(
        "80156",
        "2026-01-20 14:00",
        "Protectas Assurances <contact@protectas.be>",
        "Votre demande d'assurance habitation",
        "fr",
        "Madame, nous avons bien reçu votre demande d'assurance incendie locataire pour l'avenue de la "
        "Couronne 212. Votre contrat prendra cours le 01/02/2026. Vous trouverez l'offre en pièce jointe.",
    ),
]

MAIL += [
    n(
        "80200",
        "2025-10-01 19:40",
        MATH,
        "courses",
        "fr",
        "Tu peux prendre du pain et des œufs en rentrant ? Je cuisine ce soir.\nM.",
    ),
    n(
        "80201",
        "2025-10-03 08:15",
        "Medium Daily Digest <noreply@medium.com>",
        "How I landed a policy job in Brussels in 3 months",
        "en",
        html="<html><body><p>Today's highlights</p><p>How I landed a policy job in Brussels in 3 months - 6 min read</p><p>Why your CV gets rejected by ATS - 4 min read</p></body></html>",
    ),
    n(
        "80202",
        "2025-10-06 12:30",
        "Framadate <noreply@framadate.org>",
        "Nouveau vote sur le sondage « Anniversaire Clara »",
        "fr",
        "Yasmine Benali a voté sur le sondage « Anniversaire Clara - quelle date ? ».",
    ),
    n(
        "80203",
        "2025-10-07 17:02",
        CLARA,
        "Re: tes candidatures",
        "fr",
        "Pour l'EUPSB, entraîne-toi sur les tests de raisonnement abstrait, c'est là que tout le monde se "
        "plante. Je t'envoie les liens que j'ai utilisés. Et pour ENDI, j'ai une copine qui y bosse, je lui "
        "demande ce qu'elle en pense.\nBises, Clara\n\n> Tu as des conseils pour le concours ?",
    ),
    n(
        "80204",
        "2025-10-11 10:45",
        "Commune d'Ixelles <info@ixelles.brussels>",
        "Ixelles Infos - octobre",
        "fr",
        html="<html><body><h1>Ixelles Infos</h1><p>Travaux place Fernand Cocq. La commune recrute : "
        "10 offres d'emploi sur ixelles.brussels/emploi.</p><p>Fête des voisins.</p></body></html>",
    ),
    n(
        "80205",
        "2025-10-13 20:30",
        "StreamBox <info@streambox.tv>",
        "Nouveau sur StreamBox : la série « Le Concours »",
        "fr",
        html="<html><body><p>Huit candidats, un seul poste : la nouvelle série « Le Concours » est disponible.</p></body></html>",
    ),
    n(
        "80206",
        "2025-10-16 09:30",
        "Oxfam-Magasins du Monde <benevolat@oxfam-mdm.be>",
        "Votre candidature comme bénévole",
        "fr",
        "Bonjour Sofie,\n\nMerci pour votre candidature comme bénévole au magasin de la Chaussée de Wavre. "
        "Nous vous proposons une séance d'accueil le samedi 25 octobre à 10h.\n\nL'équipe bénévolat",
    ),
    n(
        "80207",
        "2025-10-19 18:00",
        MAMAN,
        "Photos de la Toussaint",
        "fr",
        "Voici les photos du week-end à Namur. Ta tante te fait dire bonjour.\nMaman",
        attach=[("photos.txt", "text/plain", "photos")],
    ),
    n(
        "80208",
        "2025-10-22 13:11",
        "Nuvo Bank <no-reply@nuvobank.eu>",
        "Your card application",
        "en",
        "Hi Sofie, thanks for applying for the Nuvo Metal card. We'll let you know once your application has been reviewed.",
    ),
    n(
        "80209",
        "2025-10-23 09:02",
        "Nuvo Bank <no-reply@nuvobank.eu>",
        "Your card is on its way",
        "en",
        "Good news! Your application was approved and your Metal card is on its way. It should arrive in 3-5 working days.",
    ),
    n(
        "80210",
        "2025-10-30 07:45",
        "Spotify <no-reply@spotify.com>",
        "Your Premium Duo receipt",
        "en",
        "Receipt: Premium Duo, 17,99 EUR, October 2025.",
    ),
    n(
        "80211",
        "2025-11-02 15:10",
        KOEN,
        "Re: Re: jouw cv",
        "en",
        "No problem! And tell me when you get the EUPSB results, fingers crossed.\nKoen",
    ),
    n(
        "80212",
        "2025-11-05 19:20",
        YASMINE,
        "Entretien demain",
        "fr",
        "Moi aussi j'ai un entretien demain, chez le concurrent à Gand. On se souhaite bonne chance ? 🍀\nYas",
    ),
    n(
        "80213",
        "2025-11-07 16:00",
        "Université de Liège - Alumni <alumni@uliege-alumni.be>",
        "Soirée networking des alumni - 27 novembre",
        "fr",
        "Chers alumni, rejoignez-nous pour la soirée networking 'Carrières européennes' le 27 novembre à Bruxelles. Inscription gratuite.",
    ),
    n(
        "80214",
        "2025-11-10 12:00",
        "Eventbrite <noreply@eventbrite.com>",
        "Your tickets for 'Carrières européennes - soirée alumni'",
        "en",
        "Order #9981224: 1 ticket, Thursday 27 November 2025, 18:30, Résidence Palace, Brussels.",
        ics={
            "uid": "eventbrite-9981224@eventbrite.com",
            "start": "2025-11-27 18:30:00 +0100",
            "minutes": 150,
            "summary": "Carrières européennes - soirée alumni",
            "organizer": ("Eventbrite", "noreply@eventbrite.com"),
            "location": "Résidence Palace, Rue de la Loi 155, Bruxelles",
        },
    ),
    n(
        "80215",
        "2025-11-14 18:05",
        "Flagey <tickets@flagey.be>",
        "Ce soir : informations pratiques",
        "fr",
        "Portes à 19h30. Le bar est ouvert.",
    ),
    n(
        "80216",
        "2025-11-19 10:12",
        MATH,
        "Re: entretien ENDI",
        "fr",
        "Tu vas être super. Pense à leur parler du projet avec les 19 communes. Je t'appelle à midi.\nM.\n\n> ils m'ont appelée pour un entretien !",
    ),
    n(
        "80217",
        "2025-11-21 08:00",
        "Spotify <no-reply@spotify.com>",
        "Your Premium Duo receipt",
        "en",
        "Receipt: Premium Duo, 17,99 EUR, November 2025.",
    ),
    n(
        "80218",
        "2025-11-23 11:30",
        "Agenda Bruxelles <agenda@agendabxl.be>",
        "Ce week-end à Bruxelles",
        "fr",
        html="<html><body><p>Marchés de Noël, expo Hergé, brocante des Marolles.</p></body></html>",
    ),
    n(
        "80219",
        "2025-12-05 21:10",
        CLARA,
        "Re: apéro ?",
        "fr",
        "Ce vendredi je ne peux pas, formation à la Commission jusqu'à 19h. La semaine prochaine ?\nC.",
    ),
    n(
        "80220",
        "2025-12-08 14:40",
        "Vinted <no-reply@vinted.be>",
        "Ton article a été vendu !",
        "fr",
        "Bonne nouvelle : « Manteau laine camel T38 » a été vendu. Envoie-le dans les 5 jours.",
    ),
    n(
        "80221",
        "2025-12-10 09:00",
        "Commune d'Ixelles <info@ixelles.brussels>",
        "Ixelles Infos - décembre",
        "fr",
        html="<html><body><h1>Ixelles Infos</h1><p>Plaisirs d'hiver à Flagey, collecte des sapins.</p></body></html>",
    ),
    n(
        "80222",
        "2025-12-14 12:00",
        MAMAN,
        "Re: Noël",
        "fr",
        "On fait Noël chez nous le 24 au soir, puis vous partez à Vienne le 26 c'est bien ça ?\nMaman",
    ),
    n(
        "80223",
        "2025-12-21 08:00",
        "Spotify <no-reply@spotify.com>",
        "Your Premium Duo receipt",
        "en",
        "Receipt: Premium Duo, 17,99 EUR, December 2025.",
    ),
    n(
        "80224",
        "2025-12-29 18:00",
        "Wiener Linien <noreply@wienerlinien.at>",
        "Ihr Ticket: 72-Stunden Wien",
        "de",
        "Vielen Dank für Ihren Einkauf. Ihr 72-Stunden-Ticket ist gültig ab 27.12.2025, 10:12 Uhr.",
    ),
    n(
        "80225",
        "2026-01-02 10:00",
        "La Gazette de Bruxelles <abonnements@gazettebxl.be>",
        "Votre abonnement numérique : offre de renouvellement",
        "fr",
        "Renouvelez votre abonnement au prix préférentiel de 9,90 EUR / mois pendant un an. Offre valable jusqu'au 15 janvier.",
    ),
    n(
        "80226",
        "2026-01-06 19:30",
        YASMINE,
        "Galette des rois",
        "fr",
        "Galette samedi chez moi ? J'ai trouvé une frangipane sans alcool pour toi 😉\nYas",
    ),
    n(
        "80227",
        "2026-01-10 10:10",
        "Immoweb <alerts@immoweb.be>",
        "Nouvelle annonce : appartement 2 ch. à Ixelles",
        "fr",
        html="<html><body><p>Appartement 2 chambres - Avenue de la Couronne - 1.320 €/mois</p></body></html>",
    ),
    n(
        "80228",
        "2026-01-21 08:00",
        "Spotify <no-reply@spotify.com>",
        "Your Premium Duo receipt",
        "en",
        "Receipt: Premium Duo, 17,99 EUR, January 2026.",
    ),
    n(
        "80229",
        "2026-01-23 19:02",
        MATH,
        "Re: Liège",
        "fr",
        "Alors l'entretien à Seraing ? Le train était à l'heure au moins ?\nM.",
    ),
    n(
        "80230",
        "2026-01-25 11:00",
        "Commune d'Ixelles - Population <population@ixelles.brussels>",
        "Déclaration de changement d'adresse - enquête de domicile",
        "fr",
        "Madame,\n\nNous avons bien reçu votre déclaration de changement d'adresse. Un agent de quartier "
        "passera à votre nouvelle adresse dans les prochaines semaines pour l'enquête de domicile.\n\nService Population",
    ),
    n(
        "80231",
        "2026-02-04 16:22",
        "Commune d'Ixelles - Population <population@ixelles.brussels>",
        "Changement d'adresse : inscription effectuée",
        "fr",
        "Madame,\n\nSuite à l'enquête, votre inscription avenue de la Couronne 212 est effective. Présentez-vous au guichet pour la mise à jour de votre carte d'identité.\n\nService Population",
    ),
    n(
        "80232",
        "2026-02-08 17:45",
        KOEN,
        "Re: vacature bij ons - interesse?",
        "en",
        "Ha, no worries. Sounds like ENDI is going well then - keep me posted!\nKoen",
    ),
    n(
        "80233",
        "2026-02-13 11:00",
        "Vinted <no-reply@vinted.be>",
        "Nouveau message de Lea_bxl",
        "fr",
        "Lea_bxl : bonjour, la poussette est toujours dispo ?",
    ),
    n("80234", "2026-02-19 18:55", MATH, "!!!!", "fr", "Elle t'a appelée ?? Raconte !!!\nM."),
    n(
        "80235",
        "2026-02-21 08:00",
        "Spotify <no-reply@spotify.com>",
        "Your Premium Duo receipt",
        "en",
        "Receipt: Premium Duo, 17,99 EUR, February 2026.",
    ),
    n(
        "80236",
        "2026-02-28 10:30",
        "Commune d'Ixelles <info@ixelles.brussels>",
        "Ixelles Infos - mars",
        "fr",
        html="<html><body><h1>Ixelles Infos</h1><p>Budget participatif : tirage au sort le 10 mars. Semaine de la petite enfance.</p></body></html>",
    ),
    n(
        "80237",
        "2026-03-10 18:00",
        "Commune d'Ixelles - Participation <participation@ixelles.brussels>",
        "Budget participatif 2026 : résultat du tirage au sort",
        "fr",
        "Madame,\n\nNous avons le plaisir de vous informer que vous avez été tirée au sort pour siéger au "
        "comité citoyen du budget participatif 2026. La première réunion aura lieu le mardi 24 mars à 19h "
        "à la Maison communale.\n\nService Participation citoyenne",
    ),
    n(
        "80238",
        "2026-03-13 20:12",
        CLARA,
        "Re: podcast",
        "fr",
        "Je viens d'écouter l'extrait sur Insta, tu étais géniale !!\nC.",
    ),
    n(
        "80239",
        "2026-03-19 09:40",
        "CinéBrux <info@cinebrux.be>",
        "Vos places pour samedi",
        "fr",
        "2 places, samedi 21 mars, 20h30, salle 4.",
    ),
    n(
        "80240",
        "2026-03-21 08:00",
        "Spotify <no-reply@spotify.com>",
        "Your Premium Duo receipt",
        "en",
        "Receipt: Premium Duo, 17,99 EUR, March 2026.",
    ),
    n(
        "80241",
        "2026-03-26 12:10",
        "Papa <jp.vandenbroeck@skynet.be>",
        "Pâques",
        "fr",
        "Pour Pâques on pensait aller à la mer, à Knokke. Vous venez ? Ta mère a déjà réservé.\nPapa",
    ),
    n(
        "80242",
        "2026-03-27 15:00",
        "Korfine - Garantie locative <noreply@korfine.be>",
        "Attestation fiscale disponible",
        "fr",
        "Madame, votre attestation est disponible dans votre espace client.",
    ),
]

# Replies to mail she sent (her own messages are not in this mailbox).
_REPLIES = {
    "80012": "<e2b0c5a1-dossier-locataire@mailbox.org>",
    "80061": "<5c1d3e77-apero@mailbox.org>",
    "80069": "<a9f0e4b2-yas@mailbox.org>",
    "80203": "<71be0c33-conseils@mailbox.org>",
    "80211": "<c04d9e12-cv-koen@mailbox.org>",
    "80216": "<0e7f2a90-endi-news@mailbox.org>",
    "80232": "<4d2b8c61-vacature@mailbox.org>",
}
for _spec in MAIL:
    _key = _spec["id"][1:].split(".", 1)[0]
    if _key in _REPLIES:
        _spec["In-Reply-To"] = _spec["References"] = _REPLIES[_key]
