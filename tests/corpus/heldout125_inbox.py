# ruff: noqa: E501, RUF100
"""Corpus 125, the household and service part of the inbox (data only): see heldout125.py."""

from __future__ import annotations

from typing import Any

from heldout125_jobs import N, ics, m

FR, EN = N("fr"), N("en")
HQ = "Hydro-Québec <ne-pas-repondre@hydroquebec.com>"
STM = "STM <ne-pas-repondre@stm.info>"
RQ = "Revenu Québec <ne-pas-repondre@revenuquebec.ca>"
LAUR = "Mouvement Laurentide <ne-pas-repondre@laurentide.example>"
CASTEL = "Gestion immobilière Castelneau <location@castelneau.example>"
HRPP = "Habitations Rosemont–Petite-Patrie <location@hrpp.example>"
HIBOUX = "CPE Les Petits Hiboux <direction@cpepetitshiboux.example>"
FIBRE = "Fibrenet <facturation@fibrenet.example>"
UXMTL = "UXMtl Hebdo <bonjour@uxmtl.example>"
FIELD = "Field Notes <hello@fieldnotes-research.example>"

_HQ_FOOT = """Hydro-Québec
Espace client : https://session.hydroquebec.com/portail/fr/web/clientele/espace-client
Ce courriel vous est envoyé à titre de client d'Hydro-Québec. Merci de ne pas y répondre."""


def _hq_bill(key: str, when: str, period: str, amount: str, due: str, kwh: str) -> dict[str, Any]:
    return m(
        key,
        when,
        HQ,
        "Votre facture Hydro-Québec est prête",
        FR,
        f"""Bonjour Noémie Bergeron-Haddad,

Votre nouvelle facture est disponible dans votre Espace client.

Numéro de compte : 2990 4471 0318
Période de consommation : {period}
Consommation : {kwh} kWh
Montant à payer : {amount}
Date d'échéance : {due}

Vous êtes inscrite au paiement préautorisé : le montant sera prélevé automatiquement à la date d'échéance.

Consulter ma facture : https://session.hydroquebec.com/portail/fr/web/clientele/espace-client/factures

{_HQ_FOOT}
""",
    )


MAIL: list[dict[str, Any]] = [
    # --- Hydro-Québec ---------------------------------------------------------------------------
    _hq_bill(
        "hq01",
        "2025-09-15 05:12",
        "du 11 juillet au 9 septembre 2025",
        "98,44 $",
        "6 octobre 2025",
        "1 022",
    ),
    _hq_bill(
        "hq02",
        "2025-10-16 05:09",
        "du 10 septembre au 9 octobre 2025",
        "61,07 $",
        "6 novembre 2025",
        "604",
    ),
    m(
        "hq03",
        "2025-10-24 13:47",
        HQ,
        "Confirmation de votre déménagement",
        FR,
        f"""Bonjour Noémie Bergeron-Haddad,

Nous avons bien enregistré votre déménagement.

Ancienne adresse : 4820, rue Bélanger, app. 2, Montréal – fin de l'abonnement le 31 octobre 2025
Nouvelle adresse : 7415, rue De Gaspé, app. 3, Montréal – début de l'abonnement le 1er novembre 2025

Le relevé du compteur sera fait à distance. Votre dernière facture pour l'ancienne adresse vous sera transmise dans votre Espace client.

Numéro de confirmation : DM-25-8841027

{_HQ_FOOT}
""",
    ),
    m(
        "hq04",
        "2025-11-05 10:30",
        "Hydro-Québec | Solutions efficaces <solutions@communication.hydroquebec.com>",
        "Offre exclusive : jusqu'à 400 $ pour votre thermostat électronique",
        FR,
        html="""<html><body style="font-family:Arial,sans-serif">
<p><img src="https://www.hydroquebec.com/images/logo-hq.png" alt="Hydro-Québec"></p>
<h2>L'hiver approche : économisez dès maintenant!</h2>
<p>Bonjour Noémie,</p>
<p>Remplacez vos vieux thermostats par des thermostats électroniques programmables et obtenez une <b>aide financière jusqu'à 400 $</b>. Offre exclusive aux clients résidentiels, valide jusqu'au 31 décembre.</p>
<p><a href="https://www.hydroquebec.com/residentiel/mieux-consommer/?utm_source=courriel&amp;utm_campaign=thermostats_nov25">Je profite de l'offre</a></p>
<p style="font-size:11px;color:#777">Vous recevez ce courriel parce que vous êtes cliente d'Hydro-Québec. <a href="https://www.hydroquebec.com/desabonnement?c=nbh">Se désabonner</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.hydroquebec.com/desabonnement?c=nbh>"},
    ),
    _hq_bill(
        "hq05",
        "2025-11-14 05:21",
        "du 10 octobre au 31 octobre 2025 (fin d'abonnement)",
        "44,90 $",
        "5 décembre 2025",
        "402",
    ),
    m(
        "hq06",
        "2025-12-03 16:05",
        HQ,
        "Interruption de service planifiée – 7415, rue De Gaspé",
        FR,
        f"""Bonjour,

Pour permettre des travaux sur le réseau, nous devons interrompre l'alimentation électrique à votre adresse :

Date : mardi 9 décembre 2025
Heure : de 8 h 30 à 12 h 30 (environ)

Nous vous recommandons de débrancher vos appareils électroniques sensibles. Pour suivre l'état des pannes : https://pannes.hydroquebec.com

Merci de votre compréhension.

{_HQ_FOOT}
""",
    ),
    _hq_bill(
        "hq07",
        "2025-12-15 05:10",
        "du 1er novembre au 10 décembre 2025",
        "112,38 $",
        "6 janvier 2026",
        "1 531",
    ),
    _hq_bill(
        "hq08",
        "2026-01-15 05:14",
        "du 11 décembre 2025 au 12 janvier 2026",
        "168,52 $",
        "5 février 2026",
        "2 214",
    ),
    _hq_bill(
        "hq09",
        "2026-02-13 05:07",
        "du 13 janvier au 10 février 2026",
        "184,09 $",
        "6 mars 2026",
        "2 403",
    ),
    # --- STM ----------------------------------------------------------------------------------------
    m(
        "st01",
        "2025-09-02 07:41",
        STM,
        "Reçu – Recharge de votre carte OPUS",
        FR,
        """Merci d'avoir utilisé la recharge en ligne OPUS.

Date : 2025-09-02 07:40
Titre : Mensuel – Tous modes A
Période : septembre 2025
Montant : 104,00 $ (Visa se terminant par 4417)
No de carte OPUS : ****-****-8812

Conservez ce reçu. Le titre sera disponible sur votre carte après l'avoir présentée à un lecteur.

Société de transport de Montréal
""",
    ),
    m(
        "st02",
        "2025-10-01 07:22",
        STM,
        "Reçu – Recharge de votre carte OPUS",
        FR,
        """Merci d'avoir utilisé la recharge en ligne OPUS.

Date : 2025-10-01 07:21
Titre : Mensuel – Tous modes A
Période : octobre 2025
Montant : 104,00 $ (Visa se terminant par 4417)
No de carte OPUS : ****-****-8812

Société de transport de Montréal
""",
    ),
    m(
        "st03",
        "2025-11-06 15:00",
        "STM Info <info@stm.info>",
        "Ligne orange : fermeture entre Jean-Talon et Côte-Vertu les 15 et 16 novembre",
        FR,
        html="""<html><body style="font-family:Arial,sans-serif">
<p style="background:#009ee0;color:#fff;padding:10px"><b>STM Info</b></p>
<p>Pour permettre des travaux de réfection majeurs, le service sera interrompu sur la <b>ligne orange entre les stations Jean-Talon et Côte-Vertu</b>, le samedi 15 et le dimanche 16 novembre, toute la journée.</p>
<p>Des navettes par autobus (ligne 410) desserviront toutes les stations fermées. Prévoyez 20 minutes supplémentaires.</p>
<p><a href="https://www.stm.info/fr/infos/etat-du-service?utm_source=infolettre">État du service en temps réel</a></p>
<p style="font-size:11px;color:#777">Vous recevez ce courriel car vous êtes abonnée aux alertes STM Info. <a href="https://www.stm.info/fr/desabonnement">Se désabonner</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.stm.info/fr/desabonnement>"},
    ),
    m(
        "st04",
        "2026-01-20 11:11",
        "STM <sondages@stm.info>",
        "Votre avis compte : sondage sur votre expérience client",
        FR,
        """Bonjour,

La STM souhaite mieux comprendre l'expérience de sa clientèle régulière. Vous avez été sélectionnée au hasard pour répondre à un court sondage (8 minutes).

Répondre au sondage : https://sondages.stm.info/s/exp-clientele-2026?id=R7tq2

Vos réponses sont anonymes et seront traitées de manière confidentielle.

Merci!
Service de l'expérience client, STM
""",
    ),
    # --- Revenu Québec, ARC ------------------------------------------------------------------------
    m(
        "rq01",
        "2025-09-19 12:02",
        RQ,
        "Vous avez un nouveau message dans Mon dossier",
        FR,
        """Bonjour,

Un nouveau message a été déposé dans votre dossier en ligne Mon dossier pour les citoyens.

Pour le consulter, ouvrez une session à l'adresse revenuquebec.ca, rubrique « Mon dossier ».

Pour votre sécurité, nous n'inscrivons jamais de renseignements personnels dans nos courriels et nous ne vous demanderons jamais de fournir des renseignements personnels par courriel ou par message texte.

Revenu Québec
""",
    ),
    m(
        "rq02",
        "2025-11-07 09:36",
        RQ,
        "Confirmation de votre changement d'adresse",
        FR,
        """Bonjour,

Nous avons bien reçu votre changement d'adresse effectué au moyen du Service québécois de changement d'adresse. Les ministères et organismes que vous avez sélectionnés en seront informés.

Numéro de confirmation : SQCA-2025-1107-44812

Revenu Québec
""",
    ),
    m(
        "rq03",
        "2026-02-20 12:15",
        RQ,
        "Vous avez un nouveau message dans Mon dossier",
        FR,
        """Bonjour,

Un nouveau message a été déposé dans votre dossier en ligne Mon dossier pour les citoyens : vos relevés fiscaux de l'année 2025 sont maintenant disponibles.

Revenu Québec
""",
    ),
    m(
        "cra1",
        "2026-01-05 08:48",
        "Agence du revenu du Canada / Canada Revenue Agency <notification@cra-arc.gc.ca>",
        "ARC - Nouveau courrier / CRA - New mail",
        FR,
        """Le texte anglais suit le texte français. / The English text follows the French text.

Vous avez du nouveau courrier dans Mon dossier. Ouvrez une session pour le consulter : canada.ca/mon-dossier-arc

You have new mail in My Account. Sign in to view it: canada.ca/my-cra-account

Ne répondez pas à ce courriel. / Do not reply to this email.
""",
    ),
    # --- the apartment: a rental application refused, a lease transfer accepted ------------------
    m(
        "ap01",
        "2025-09-20 14:18",
        CASTEL,
        "Demande de location reçue – 4½, rue Bélanger (unité 6)",
        FR,
        """Bonjour Madame Bergeron-Haddad,

Nous accusons réception de votre demande de location pour le logement suivant :

4½ – 6455, rue Bélanger, unité 6 – 1 650 $/mois, chauffé, libre le 1er novembre

Pour compléter votre dossier, vous recevrez sous peu une demande de consentement pour l'enquête de crédit de la part de notre partenaire Locataire Sûr. Les dossiers incomplets ne sont pas analysés.

Nous communiquerons avec vous dans un délai de 5 à 7 jours ouvrables.

Gestion immobilière Castelneau
Service de location
""",
    ),
    m(
        "ap02",
        "2025-09-22 09:05",
        "Locataire Sûr <dossiers@locatairesur.example>",
        "Action requise : consentement à l'enquête de crédit",
        FR,
        """Bonjour Noémie,

Gestion immobilière Castelneau vous demande de compléter une vérification locative (dossier de crédit, référence de l'ancien propriétaire, preuve de revenu).

Compléter ma demande : https://app.locatairesur.example/candidat/9xR4-77Lp

Documents demandés : deux derniers relevés de paie ou avis de cotisation, pièce d'identité.

Locataire Sûr – vérification de locataires
""",
    ),
    m(
        "ap03",
        "2025-09-29 16:40",
        CASTEL,
        "Votre demande de location",
        FR,
        """Bonjour Madame Bergeron-Haddad,

Nous vous remercions de l'intérêt que vous avez porté au logement du 6455, rue Bélanger.

Nous avons reçu de nombreuses demandes pour ce logement. Après analyse, le propriétaire a retenu une autre candidature. Nous conservons votre dossier pendant 60 jours si un logement semblable devenait disponible.

Bonne chance dans vos recherches,
Gestion immobilière Castelneau
""",
    ),
    m(
        "ap04",
        "2025-10-03 20:14",
        "Luc Bouchard <luc.bouchard.gaspe@gmail.com>",
        "Re: Cession de bail 5½ De Gaspé",
        FR,
        """Bonsoir Noémie,

Oui le logement est toujours disponible. Le bail court jusqu'au 30 juin 2026, 1 725 $ non chauffé, et le propriétaire est d'accord pour la cession (il veut juste que vous remplissiez sa demande de location).

Vous pouvez venir visiter samedi à 11 h? Je serai là jusqu'à midi. 7415 De Gaspé, app. 3, sonnez deux fois la sonnette est capricieuse.

Luc

Le ven. 3 oct. 2025, à 18 h 02, Noémie Bergeron-Haddad <nbergeronhaddad@gmail.com> a écrit :
> Bonjour, j'ai vu votre annonce sur Marketplace pour la cession de bail. Est-ce encore disponible?
> Nous sommes un couple avec une enfant de 2 ans.
""",
    ),
    m(
        "ap05",
        "2025-10-09 11:26",
        HRPP,
        "Félicitations! Votre demande de location est acceptée",
        FR,
        """Bonjour Madame Bergeron-Haddad, bonjour Monsieur Khalil,

Bonne nouvelle : votre demande de location pour le 7415, rue De Gaspé, app. 3 est acceptée, dans le cadre de la cession du bail de M. Luc Bouchard.

Prochaines étapes :
1. Vous recevrez l'avis de cession et l'annexe au bail par DocuSign aujourd'hui ou demain.
2. Remise des clés : vendredi 31 octobre, à partir de 18 h.
3. Pensez à transférer votre abonnement à Hydro-Québec et à faire votre changement d'adresse.

Bienvenue parmi nos locataires!

Habitations Rosemont–Petite-Patrie
Service à la clientèle
""",
    ),
    m(
        "ap06",
        "2025-10-10 09:58",
        "Habitations Rosemont–Petite-Patrie via DocuSign <dse_NA3@docusign.net>",
        "Veuillez signer : Cession de bail – 7415, rue De Gaspé, app. 3",
        FR,
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="560" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116">
<p style="background:#1e4ca1;color:#fff;padding:24px;text-align:center;font-size:16px">Habitations Rosemont–Petite-Patrie vous a envoyé un document à examiner et à signer.<br><br>
<a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d&amp;acct=9a8b7c6d" style="background:#ffc820;color:#000;padding:10px 20px;text-decoration:none">EXAMINER LE DOCUMENT</a></p>
<p>Bonjour, voici l'avis de cession de bail et l'annexe (règlements de l'immeuble). Merci de signer tous les deux.</p>
<p style="font-size:11px;color:#666">Ne partagez pas ce courriel : il contient un lien sécurisé vers DocuSign.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "ap07",
        "2025-10-11 22:03",
        "DocuSign <dse_NA3@docusign.net>",
        "Terminé : Cession de bail – 7415, rue De Gaspé, app. 3",
        FR,
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="560" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116">
<p style="background:#1e4ca1;color:#fff;padding:24px;text-align:center;font-size:16px">Tous les signataires ont terminé l'enveloppe « Cession de bail – 7415, rue De Gaspé, app. 3 ».</p>
<p>Les documents terminés sont joints à ce courriel.</p>
<p style="font-size:11px;color:#666">Ce message a été envoyé par DocuSign pour le compte de Habitations Rosemont–Petite-Patrie.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "ap08",
        "2025-11-03 10:12",
        HRPP,
        "Bienvenue au 7415, rue De Gaspé – informations utiles",
        FR,
        """Bonjour,

Bienvenue dans votre nouveau logement! Quelques informations utiles :

- Collecte des ordures : jeudi matin; recyclage : mercredi; compost : lundi.
- Buanderie au sous-sol : carte à recharger au bureau de la conciergerie.
- Pour toute réparation, remplissez une demande dans le portail locataire : https://portail.hrpp.example
- Rappel : le Relevé 31 vous sera remis au plus tard le dernier jour de février.

Le concierge, M. Da Silva, est joignable au 514 555-0161 en cas d'urgence.

Habitations Rosemont–Petite-Patrie
""",
    ),
    m(
        "ap09",
        "2026-02-26 13:30",
        HRPP,
        "Votre Relevé 31 – année 2025",
        FR,
        """Bonjour,

Vous trouverez en pièce jointe votre Relevé 31 (Renseignements sur l'occupation d'un logement) pour l'année 2025. Vous en aurez besoin pour demander le crédit d'impôt pour solidarité dans votre déclaration de revenus.

Numéro de logement (no de référence) : 7415GASPE03-RL31

Habitations Rosemont–Petite-Patrie
""",
        attach=[
            (
                "Releve31_2025_Bergeron-Haddad.pdf",
                "application/pdf",
                "%PDF-1.4\n% Releve 31 - 2025\n%%EOF\n",
            )
        ],
    ),
    # --- home insurance -----------------------------------------------------------------------------
    m(
        "as01",
        "2025-10-14 17:20",
        "Assurances Belvédère <soumissions@belvedere-assurances.example>",
        "Votre soumission d'assurance habitation (locataire) no SB-2025-77310",
        FR,
        """Bonjour Noémie,

Merci d'avoir demandé une soumission en ligne. Voici votre offre pour une assurance locataire au 7415, rue De Gaspé :

- Biens personnels : 45 000 $
- Responsabilité civile : 2 000 000 $
- Franchise : 500 $
- Prime annuelle : 287,40 $ (ou 24,95 $/mois)

Cette soumission est valide 30 jours. Pour l'accepter, répondez à ce courriel ou appelez-nous au 1 855 555-0140.

Assurances Belvédère – cabinet en assurance de dommages
""",
    ),
    m(
        "as02",
        "2025-10-30 09:44",
        "Assurances Belvédère <service@belvedere-assurances.example>",
        "Votre police d'assurance locataire est en vigueur",
        FR,
        """Bonjour Noémie,

Votre police d'assurance habitation (locataire) no HB-3390-0218 entre en vigueur le 1er novembre 2025 à 0 h 01.

Vos documents (contrat, conditions particulières, preuve d'assurance pour votre propriétaire) sont disponibles dans votre espace client.

Merci de votre confiance!
Assurances Belvédère
""",
    ),
    # --- Mouvement Laurentide credit card --------------------------------------------------------
    m(
        "cc01",
        "2025-10-20 21:35",
        LAUR,
        "Nous avons reçu votre demande de carte de crédit",
        FR,
        """Bonjour Noémie,

Merci d'avoir choisi le Mouvement Laurentide. Nous avons bien reçu votre demande pour la carte Visa Laurentide Remises.

Numéro de demande : CC-25-10-3381472

Notre équipe l'analysera dans les prochains jours. Vous recevrez une réponse par courriel et dans Laurentide en ligne. Aucune action n'est requise de votre part pour le moment.

Mouvement Laurentide
Coopérer, c'est avancer.
""",
    ),
    m(
        "cc02",
        "2025-10-22 10:08",
        LAUR,
        "Bonne nouvelle : votre demande est approuvée!",
        FR,
        html="""<html><body style="font-family:'Segoe UI',Arial,sans-serif">
<div style="background:#006a4e;padding:14px"><img src="https://www.laurentide.example/img/logo-blanc.png" alt="Mouvement Laurentide" height="34"></div>
<div style="padding:20px">
<p>Bonjour Noémie,</p>
<p>Félicitations! Votre demande de carte <b>Visa Laurentide Remises</b> est approuvée.</p>
<p>Limite de crédit : 5 000 $<br>Taux d'intérêt annuel : 20,99 % (achats)<br>Remises : 1,5 % sur l'épicerie et le transport en commun, 0,5 % sur tout le reste</p>
<p>Votre carte vous sera postée dans les 7 à 10 jours ouvrables. Vous pourrez l'activer dans Laurentide en ligne.</p>
<p>Mouvement Laurentide</p>
</div>
<div style="font-size:11px;color:#6b7780;padding:0 20px 20px">Sous réserve des conditions du contrat de carte de crédit. Visa Int./Usager lic. Pour ne plus recevoir de communications promotionnelles, <a href="https://www.laurentide.example/preferences">gérez vos préférences</a>.</div>
</body></html>""",
    ),
    m(
        "cc03",
        "2025-10-30 14:51",
        LAUR,
        "Votre carte est en route",
        FR,
        """Bonjour Noémie,

Votre carte Visa Laurentide Remises a été postée le 29 octobre à l'adresse au dossier. N'oubliez pas de mettre votre adresse à jour si vous déménagez!

Dès sa réception, activez-la dans Laurentide en ligne ou au 1 800 555-0176.

Mouvement Laurentide
""",
    ),
    m(
        "cc04",
        "2025-12-05 06:31",
        LAUR,
        "Votre relevé Visa est disponible",
        FR,
        """Bonjour Noémie,

Votre relevé de compte Visa Laurentide Remises (se terminant par 2290) du 4 décembre 2025 est disponible dans Laurentide en ligne.

Solde : 1 248,63 $
Paiement minimum : 37,00 $
Date d'échéance : 25 décembre 2025

Mouvement Laurentide
""",
    ),
    # --- Interac ------------------------------------------------------------------------------------------
    m(
        "ia01",
        "2025-09-12 00:17",
        "Interac e-Transfer <notify@payments.interac.ca>",
        "Virement INTERAC : Karine Lefebvre vous a envoyé un virement de 42,50 $ (CAD) et le dépôt a été effectué automatiquement.",
        FR,
        """Bonjour Noémie Bergeron-Haddad,

Karine Lefebvre vous a envoyé un virement de 42,50 $ (CAD) et les fonds ont été déposés automatiquement dans votre compte à Mouvement Laurentide.

Message : ta part des nachos pis de la 2e tournée 🍻

Numéro de référence : CA1MRk7eQp2z

Ceci est un courriel sécuritaire d'Interac Corp. Pour en savoir davantage sur la façon de reconnaître l'hameçonnage : interac.ca/securite
""",
    ),
    m(
        "ia02",
        "2026-01-10 18:44",
        "Interac e-Transfer <notify@payments.interac.ca>",
        "Virement INTERAC : Yasmine Haddad vous a envoyé un virement de 120,00 $ (CAD) et le dépôt a été effectué automatiquement.",
        FR,
        """Bonjour Noémie Bergeron-Haddad,

Yasmine Haddad vous a envoyé un virement de 120,00 $ (CAD) et les fonds ont été déposés automatiquement dans votre compte à Mouvement Laurentide.

Message : cadeau de papa, ma moitié

Numéro de référence : CA1MRa3fJx8w
""",
    ),
    # --- daycare ----------------------------------------------------------------------------------------
    m(
        "gd01",
        "2025-09-25 08:00",
        "La Place 0-5 <ne-pas-repondre@laplace0-5.com>",
        "Rappel – Mettez à jour l'inscription de votre enfant",
        FR,
        """Bonjour,

Afin de conserver l'inscription de votre enfant sur la liste d'attente du Guichet unique d'accès aux places en services de garde, vous devez confirmer ou mettre à jour son dossier.

Enfant : Léa Khalil-Bergeron
Date d'inscription : 2023-11-02
Services de garde choisis : 6

Mettre à jour mon dossier : https://www.laplace0-5.com/parent/connexion

Sans mise à jour de votre part d'ici 30 jours, l'inscription pourrait être désactivée.

La Place 0-5
""",
    ),
    m(
        "gd02",
        "2025-11-20 13:25",
        HIBOUX,
        "Offre de place pour Léa – CPE Les Petits Hiboux",
        FR,
        """Bonjour Madame Bergeron-Haddad,

Nous avons le plaisir de vous offrir une place à contribution réduite pour votre fille Léa, au CPE Les Petits Hiboux (installation De Gaspé), à compter du lundi 5 janvier 2026, dans le groupe des 18 mois – 3 ans.

Pour accepter l'offre, veuillez nous répondre au plus tard le jeudi 27 novembre, 16 h. Sans réponse de votre part, la place sera offerte à la famille suivante sur la liste de La Place 0-5.

Nous vous inviterons ensuite à une rencontre d'accueil.

Au plaisir,
Josée Dubé
Directrice générale
CPE Les Petits Hiboux
""",
    ),
    m(
        "gd03",
        "2025-11-24 15:10",
        HIBOUX,
        "Rencontre d'accueil – mercredi 3 décembre",
        FR,
        """Bonjour Madame Bergeron-Haddad,

Merci d'avoir accepté notre offre! Nous vous invitons, avec Léa et son autre parent, à une rencontre d'accueil au CPE :

Mercredi 3 décembre, 16 h 30
CPE Les Petits Hiboux, 7600, rue De Gaspé

Nous visiterons le local des Lucioles, vous rencontrerez l'éducatrice Amina et nous remplirons ensemble la fiche d'inscription. Apportez le carnet de vaccination et la carte d'assurance maladie de Léa.

Josée Dubé
""",
        ics=ics(
            "cpe-hiboux-accueil-20251203@cpepetitshiboux.example",
            "2025-12-03 16:30",
            "Rencontre d'accueil – Léa (CPE Les Petits Hiboux)",
            ("Josée Dubé", "direction@cpepetitshiboux.example"),
            location="CPE Les Petits Hiboux, 7600 rue De Gaspé, Montréal",
        ),
    ),
    m(
        "gd04",
        "2025-12-12 10:02",
        HIBOUX,
        "Entente de services et documents à signer",
        FR,
        """Bonjour,

Vous trouverez ci-joint l'entente de services de garde éducatifs à contribution réduite ainsi que la fiche santé et l'autorisation d'administrer l'acétaminophène. Merci de nous les rapporter signées au plus tard le 19 décembre.

Bon temps des Fêtes!
L'équipe du CPE Les Petits Hiboux
""",
        attach=[
            (
                "Entente_services_Lea.pdf",
                "application/pdf",
                "%PDF-1.4\n% Entente de services - CPE\n%%EOF\n",
            )
        ],
    ),
    m(
        "gd05",
        "2026-01-05 18:22",
        "Amina Diallo <lucioles@cpepetitshiboux.example>",
        "Première journée de Léa 🌟",
        FR,
        """Bonsoir Noémie et Samir,

Léa a passé une super première journée d'intégration! Elle a pleuré 2 minutes à votre départ puis elle a découvert le bac à sable intérieur… Elle a bien mangé (deux portions de pâtes!) et fait une sieste d'une heure.

Demain, on peut allonger jusqu'à 14 h. N'oubliez pas les bottes de neige et une paire de mitaines de rechange.

Amina
Éducatrice, groupe des Lucioles
""",
    ),
    # --- telecom, mail, shopping, mobility -------------------------------------------------------------
    m(
        "tl01",
        "2025-10-08 04:30",
        FIBRE,
        "Votre facture Fibrenet d'octobre est disponible",
        FR,
        """Bonjour Noémie,

Votre facture d'octobre est disponible.

Numéro de compte : 700 418 552
Montant : 96,58 $ (Internet 500 + forfait mobile 20 Go)
Prélèvement automatique le 22 octobre 2025

Consulter ma facture : https://client.fibrenet.example/factures

Fibrenet
""",
    ),
    m(
        "tl02",
        "2025-11-27 12:00",
        "Fibrenet <offres@fibrenet.example>",
        "Vendredi fou : une offre exclusive pour vous, Noémie",
        FR,
        html="""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#e4002b">VENDREDI FOU 🔥</h1>
<p>Noémie, passez à l'<b>Internet 1 Gbit/s pour seulement 55 $/mois pendant 12 mois</b>. Offre exclusive aux clients actuels, valide jusqu'au 1er décembre.</p>
<p><a href="https://www.fibrenet.example/offres/vendredi-fou?utm_source=email&amp;utm_campaign=bf25">J'en profite</a></p>
<p style="font-size:10px;color:#999">Certaines conditions s'appliquent. <a href="https://www.fibrenet.example/desabonnement">Se désabonner</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.fibrenet.example/desabonnement>"},
    ),
    m(
        "tl03",
        "2026-01-08 04:30",
        FIBRE,
        "Votre facture Fibrenet de janvier est disponible",
        FR,
        """Bonjour Noémie,

Votre facture de janvier est disponible.

Numéro de compte : 700 418 552
Montant : 101,18 $ (Internet 500 + forfait mobile 20 Go + frais d'appels interurbains)
Prélèvement automatique le 22 janvier 2026

Fibrenet
""",
    ),
    m(
        "cp01",
        "2025-10-25 11:05",
        "Postes Canada <ne-pas-repondre@postescanada.ca>",
        "Confirmation de votre demande de réacheminement du courrier",
        FR,
        """Bonjour Noémie Bergeron-Haddad,

Votre demande de réacheminement du courrier a été traitée.

Numéro de commande : 8024-6617-3390
Ancienne adresse : 4820 RUE BELANGER APP 2, MONTREAL QC
Nouvelle adresse : 7415 RUE DE GASPE APP 3, MONTREAL QC
Début : 2025-11-01 – Durée : 12 mois

Postes Canada
""",
    ),
    m(
        "cp02",
        "2025-12-04 14:38",
        "Postes Canada <ne-pas-repondre@postescanada.ca>",
        "Votre colis sera livré aujourd'hui",
        FR,
        """Votre colis 7023 2104 9981 5527 provenant de LIBRAIRIE LE FIL sera livré aujourd'hui entre 14 h et 18 h.

Suivre le colis : https://www.postescanada.ca/track-reperage/fr#/details/7023210499815527

Postes Canada
""",
    ),
    m(
        "sh01",
        "2025-12-02 22:13",
        "Librairie Le Fil <commandes@librairielefil.example>",
        "Confirmation de commande #LF-48817",
        FR,
        """Merci pour votre commande, Noémie!

Commande #LF-48817 – 2 décembre 2025

1 × Just Enough Research (2e éd.) – Erika Hall – 34,95 $
1 × Le grand livre des couleurs (album jeunesse) – 24,95 $
1 × Agenda 2026 – papeterie – 19,99 $

Sous-total : 79,89 $
TPS + TVQ : 5,25 $ (livres détaxés de la TVQ)
Livraison : gratuite
Total : 85,14 $

Librairie Le Fil – librairie indépendante, avenue du Mont-Royal
""",
    ),
    m(
        "sh02",
        "2025-11-27 07:00",
        "Boutique Kokoro <bonjour@boutiquekokoro.example>",
        "Offre exclusive Vendredi fou : -30 % sur tout 🖤",
        FR,
        html="""<html><body style="font-family:Georgia,serif;text-align:center">
<h1>-30 % SUR TOUT</h1>
<p>Une offre exclusive pour notre communauté, du jeudi au lundi.<br>Code : <b>NOIR30</b></p>
<p><a href="https://boutiquekokoro.example/?utm_source=klaviyo&amp;utm_campaign=bf">Magasiner maintenant</a></p>
<p style="font-size:10px">Boutique Kokoro, 5200 boul. Saint-Laurent · <a href="https://boutiquekokoro.example/unsubscribe">Se désabonner</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://boutiquekokoro.example/unsubscribe>"},
    ),
    m(
        "sh03",
        "2025-09-30 15:20",
        "La Maison du Vélo <atelier@maisonduvelo.example>",
        "Votre vélo est prêt!",
        FR,
        """Bonjour Noémie,

Votre vélo cargo (mise au point + changement des plaquettes de frein) est prêt à être récupéré.

Total : 142,60 $ taxes incluses. On ferme à 18 h ce soir, 10 h à 17 h samedi.

L'atelier de La Maison du Vélo
""",
    ),
    m(
        "sh04",
        "2026-01-18 10:41",
        "Marché Frontenac Livraison <commandes@marchefrontenac.example>",
        "Votre commande est en route 🥕",
        FR,
        """Bonjour Noémie,

Votre commande #MF-20944 (23 articles) a quitté le marché. Livraison prévue entre 11 h et 12 h.

Article remplacé : lait 2 % Natrel 2 L → lait 2 % Québon 2 L.

Bon appétit!
Marché Frontenac Livraison
""",
    ),
    m(
        "mo01",
        "2025-10-29 19:12",
        "Communauto <no-reply@communauto.com>",
        "Confirmation de réservation – 31 octobre",
        FR,
        """Bonjour Noémie,

Votre réservation est confirmée.

Véhicule : Toyota Sienna (minifourgonnette) – station Bélanger / Saint-Denis
Du vendredi 31 octobre 2025, 17 h au samedi 1er novembre 2025, 13 h
Estimation : 98,40 $ (forfait longue distance, 60 km inclus)

Bon déménagement!
Communauto
""",
    ),
    m(
        "mo02",
        "2025-11-15 09:00",
        "BIXI Montréal <info@bixi.com>",
        "Merci pour cette saison 2025! 🚲",
        FR,
        html="""<html><body style="font-family:Arial,sans-serif">
<p><img src="https://bixi.com/img/logo.png" alt="BIXI"></p>
<p>Bonjour Noémie,</p>
<p>La saison régulière BIXI s'est terminée le 15 novembre. Cette année, vous avez fait <b>87 trajets</b> et parcouru <b>214 km</b>. Bravo!</p>
<p>Les vélos électriques restent disponibles tout l'hiver dans certaines stations.</p>
<p style="font-size:11px;color:#777"><a href="https://bixi.com/fr/desabonnement">Se désabonner</a></p>
</body></html>""",
    ),
    m(
        "vi01",
        "2025-12-10 20:36",
        "VIA Rail Canada <confirmation@viarail.ca>",
        "Votre confirmation de voyage – Montréal → Québec",
        FR,
        """Merci d'avoir choisi VIA Rail.

Numéro de réservation : QZ8K4T

Mardi 23 décembre 2025
Train 23 – Montréal (Gare Centrale) 11 h 15 → Québec (Gare du Palais) 14 h 29
Passagers : Noémie Bergeron-Haddad, Samir Khalil, Léa Khalil-Bergeron (enfant de moins de 2 ans… ou presque!)

Dimanche 28 décembre 2025
Train 34 – Québec 15 h 00 → Montréal 18 h 20

Total : 247,86 $

VIA Rail Canada
""",
    ),
    # --- newsletters, events, the UX community -----------------------------------------------------
    m(
        "nl01",
        "2025-09-23 07:00",
        UXMTL,
        "UXMtl Hebdo #142 – Entrevue avec Léa Ferland, chercheuse principale",
        FR,
        html="""<html><body style="font-family:Georgia,serif;max-width:620px">
<h1>UXMtl Hebdo #142</h1>
<h2>L'entrevue de la semaine : Léa Ferland</h2>
<p>Léa Ferland dirige la recherche dans une grande banque montréalaise depuis quatre ans. On a parlé de dépôts de recherche, de participants difficiles à recruter et de la fois où un test d'utilisabilité a fait changer d'avis un vice-président.</p>
<p><em>« La meilleure entrevue que j'ai menée, c'est celle où j'ai posé trois questions et écouté pendant 50 minutes. »</em></p>
<p><a href="https://uxmtl.example/hebdo/142/entrevue-lea-ferland?utm_source=hebdo">Lire l'entrevue complète</a></p>
<h3>Aussi cette semaine</h3>
<ul><li>Offres d'emploi de la communauté : 6 nouveaux postes (recherche, design, rédaction UX)</li>
<li>Retour sur la soirée « Accessibilité et IA » au Centre Phi</li></ul>
<p style="font-size:11px;color:#888">Vous recevez UXMtl Hebdo parce que vous êtes membre de la communauté UX Montréal. <a href="https://uxmtl.example/desabonnement?m=nbh">Se désabonner</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://uxmtl.example/desabonnement?m=nbh>"},
    ),
    m(
        "nl02",
        "2025-11-18 07:00",
        UXMTL,
        "UXMtl Hebdo #150 – Le marché de l'emploi en UX : on fait le point",
        FR,
        """UXMtl Hebdo #150

LE DOSSIER : le marché de l'emploi en UX à Montréal
Nous avons sondé 180 membres : 38 % cherchent activement un emploi, les délais de réponse s'allongent (5 semaines en moyenne) et les contrats de 6 à 12 mois se multiplient. Conseils de trois gestionnaires d'embauche pour se démarquer en entrevue.
https://uxmtl.example/hebdo/150/marche-emploi?utm_source=hebdo

À L'AGENDA
- 26 novembre : atelier « Portfolio de recherche », Espace Ada
- 10 décembre : party des Fêtes de la communauté

Se désabonner : https://uxmtl.example/desabonnement?m=nbh
""",
        headers={"List-Unsubscribe": "<https://uxmtl.example/desabonnement?m=nbh>"},
    ),
    m(
        "nl03",
        "2026-01-27 07:00",
        UXMTL,
        "UXMtl Hebdo #158 – Appel à bénévoles pour le Sommet UX Québec",
        FR,
        """UXMtl Hebdo #158

Le Sommet UX Québec revient le 14 mai 2026! L'appel de conférences est ouvert jusqu'au 28 février et on cherche des bénévoles pour l'accueil.

Aussi : la recension du livre « Research That Matters », et un fil de discussion animé sur les outils de synthèse assistée par IA.

https://uxmtl.example/hebdo/158?utm_source=hebdo
Se désabonner : https://uxmtl.example/desabonnement?m=nbh
""",
        headers={"List-Unsubscribe": "<https://uxmtl.example/desabonnement?m=nbh>"},
    ),
    m(
        "nl04",
        "2025-10-10 12:00",
        FIELD,
        "We interviewed 40 research leads about hiring in 2026",
        EN,
        """FIELD NOTES · Issue 61

We interviewed 40 research leads about hiring in 2026

The short version: fewer headcount, more "player-coach" roles, and a clear preference for researchers who can run mixed-methods studies without a data team. Three leads told us they now ask for a written exercise before the first interview.

Read the full piece: https://fieldnotes-research.example/61/hiring-2026?ref=email

Also in this issue
- A template for research ops intake forms
- Why your screener is lying to you

You're receiving this because you subscribed at fieldnotes-research.example. Unsubscribe: https://fieldnotes-research.example/unsubscribe?u=8812
""",
        headers={"List-Unsubscribe": "<https://fieldnotes-research.example/unsubscribe?u=8812>"},
    ),
    m(
        "nl05",
        "2026-01-16 12:00",
        FIELD,
        "Your 2025 in research: the reader survey results",
        EN,
        """FIELD NOTES · Issue 68

Thank you to the 2,114 of you who answered our reader survey. Highlights: 61% of you ran at least one diary study in 2025, 44% changed jobs or were laid off, and "synthesis" is still the most dreaded word in the field.

Full results: https://fieldnotes-research.example/68/reader-survey?ref=email

Unsubscribe: https://fieldnotes-research.example/unsubscribe?u=8812
""",
        headers={"List-Unsubscribe": "<https://fieldnotes-research.example/unsubscribe?u=8812>"},
    ),
    m(
        "ev01",
        "2025-10-03 10:30",
        "UX Montréal via Meetup <info@meetup.com>",
        "Nouvel événement : Soirée recherche – « Les entrevues qui dérapent »",
        FR,
        """UX Montréal a publié un nouvel événement

Soirée recherche – « Les entrevues qui dérapent » : histoires vraies de terrain
Mercredi 15 octobre 2025, 18 h 30
Espace Ada, 3700 rue Saint-Patrick, Montréal

Trois chercheuses racontent leurs pires entrevues utilisateurs (et ce qu'elles en ont appris), suivi d'un réseautage.

Participer : https://www.meetup.com/ux-montreal/events/311248905/?utm_medium=email

Meetup, PO Box 4668 #37895, New York, NY 10163-4668
""",
    ),
    m(
        "ev02",
        "2025-10-06 21:14",
        "Meetup <info@meetup.com>",
        "Vous participez! Soirée recherche – « Les entrevues qui dérapent »",
        FR,
        """Vous participez à cet événement.

Soirée recherche – « Les entrevues qui dérapent »
Mercredi 15 octobre 2025, 18 h 30 – 21 h 00
Espace Ada, 3700 rue Saint-Patrick, Montréal

Ajoutez-le à votre calendrier (fichier joint).
""",
        ics=ics(
            "event_311248905@meetup.com",
            "2025-10-15 18:30",
            "Soirée recherche – « Les entrevues qui dérapent » (UX Montréal)",
            ("UX Montréal", "info@meetup.com"),
            minutes=150,
            location="Espace Ada, 3700 rue Saint-Patrick, Montréal",
        ),
    ),
    m(
        "ev03",
        "2025-11-12 14:00",
        "Recrutement Participants Pro <webinaires@rpp-research.example>",
        "Invitation : Webinaire – recruter des participants difficiles à joindre (19 novembre)",
        FR,
        """Bonjour Noémie,

Votre inscription au webinaire est confirmée!

« Recruter des participants difficiles à joindre : aînés, nouveaux arrivants, personnes en situation de handicap »
Mercredi 19 novembre 2025, 12 h à 13 h (HNE), sur Zoom

Lien de connexion : https://rpp-research.example/webinaire/join?t=Hq81
L'invitation de calendrier est jointe.

Recrutement Participants Pro
""",
        ics=ics(
            "webinaire-20251119-rpp@rpp-research.example",
            "2025-11-19 12:00",
            "Webinaire : recruter des participants difficiles à joindre",
            ("Recrutement Participants Pro", "webinaires@rpp-research.example"),
            location="Zoom – https://rpp-research.example/webinaire/join?t=Hq81",
        ),
    ),
    m(
        "ev04",
        "2025-11-19 10:58",
        "Recrutement Participants Pro <webinaires@rpp-research.example>",
        "Ça commence dans 1 heure : recruter des participants difficiles à joindre",
        FR,
        """Le webinaire commence à midi. Rejoignez-nous : https://rpp-research.example/webinaire/join?t=Hq81

Recrutement Participants Pro
""",
    ),
    m(
        "pn01",
        "2025-12-01 15:30",
        "Panel Opinio <etudes@panelopinio.example>",
        "Invitation : étude rémunérée – entrevue de 45 min (100 $)",
        FR,
        """Bonjour Noémie,

Selon votre profil, vous êtes admissible à une étude rémunérée menée pour une entreprise de services financiers.

Format : entrevue individuelle en visioconférence, 45 minutes
Sujet : l'utilisation des applications bancaires pour gérer un budget familial
Compensation : 100 $ (carte-cadeau ou virement)
Dates : du 3 au 5 décembre

Répondez au questionnaire de sélection (3 minutes) : https://panelopinio.example/s/FIN-2511-Q7?p=44812

Les places sont limitées.

Panel Opinio
""",
    ),
    m(
        "pn02",
        "2025-12-02 11:14",
        "Panel Opinio <etudes@panelopinio.example>",
        "Confirmation de votre entrevue – jeudi 4 décembre, 19 h",
        FR,
        """Bonjour Noémie,

Vous avez été sélectionnée! Votre entrevue est confirmée :

Jeudi 4 décembre 2025, 19 h à 19 h 45
Lien Zoom : https://panelopinio.example/zoom/FIN-2511-044
Votre animatrice : Claire

Prévoyez un endroit calme et votre téléphone à portée de main (nous regarderons ensemble votre application bancaire, sans aucune donnée personnelle).

Votre compensation de 100 $ sera versée dans les 10 jours suivant l'entrevue.

Panel Opinio
""",
        ics=ics(
            "fin-2511-044@panelopinio.example",
            "2025-12-04 19:00",
            "Entrevue – étude FIN-2511 (Panel Opinio)",
            ("Panel Opinio", "etudes@panelopinio.example"),
            minutes=45,
            location="https://panelopinio.example/zoom/FIN-2511-044",
        ),
    ),
    m(
        "mm01",
        "2025-10-22 06:00",
        "Montréal Matin <infolettre@montrealmatin.example>",
        "Le marché de l'emploi ralentit au Québec · Le REM · Météo",
        FR,
        """MONTRÉAL MATIN – mercredi 22 octobre 2025

1. Le marché de l'emploi ralentit au Québec : le taux de chômage grimpe à 5,9 % en septembre, les offres d'emploi affichées reculent pour un sixième mois.
2. REM : la branche de l'aéroport repoussée à 2027.
3. Météo : 12 °C, averses en après-midi.

Lire l'infolettre en ligne : https://montrealmatin.example/infolettre/2025-10-22
Se désabonner : https://montrealmatin.example/desabonnement
""",
        headers={"List-Unsubscribe": "<https://montrealmatin.example/desabonnement>"},
    ),
    m(
        "mm02",
        "2026-01-14 06:00",
        "Montréal Matin <infolettre@montrealmatin.example>",
        "Tempête de neige : ce qu'il faut savoir · Offres d'emploi saisonnières · Canadiens",
        FR,
        """MONTRÉAL MATIN – mercredi 14 janvier 2026

1. Tempête de neige : jusqu'à 30 cm attendus, opérations de déneigement dès ce soir.
2. Les entreprises québécoises embauchent moins en ce début d'année, selon un sondage de la FCEI.
3. Canadiens : une quatrième victoire de suite.

Lire l'infolettre en ligne : https://montrealmatin.example/infolettre/2026-01-14
Se désabonner : https://montrealmatin.example/desabonnement
""",
        headers={"List-Unsubscribe": "<https://montrealmatin.example/desabonnement>"},
    ),
    m(
        "yg01",
        "2026-01-08 13:00",
        "Studio Yoga Mile-End <info@yogamileend.example>",
        "Nouvelle année : forfait 10 cours à 120 $ 🧘",
        FR,
        """Bonjour Noémie,

Pour commencer 2026 en douceur, profitez de notre forfait 10 cours à 120 $ (au lieu de 160 $) jusqu'au 31 janvier. Nouveau : yoga parent-enfant le samedi à 9 h 30!

Réserver : https://yogamileend.example/forfaits?promo=JANV26

Namasté,
Studio Yoga Mile-End
""",
    ),
]
