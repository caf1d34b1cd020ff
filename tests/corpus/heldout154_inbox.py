# ruff: noqa: E501, RUF100
"""Corpus 154, the ordinary inbox (data only): see heldout154.py.

Her CHU's own mail (planning, notes de service, entretien professionnel, disponibilité), the
Ordre and the DPC, the crèche and the school, the flat purchase, bank, CAF, insurance, shops,
Doctolib, a webinar and nursing newsletters. None of it is job mail."""

from __future__ import annotations

from typing import Any

from heldout154_jobs import N, ics, m, re_

_MLB = "LE BIHAN Morgane <morgane.lebihan@chu-atlantique.example>"
_CHU_SIG = """Morgane Le Bihan
Cadre de santé – Chirurgie digestive et viscérale, 3e Est
CHU Atlantique – site Hôtel-Dieu
Poste 4 •• 27"""

# --- her CHU --------------------------------------------------------------------------

_chu01 = m(
    "aa1c",
    "2025-09-04 07:02",
    _MLB,
    "Planning d'octobre – Chir. dig. 3e Est",
    N(),
    to="3est-soignants@chu-atlantique.example",
    text="""Bonjour à toutes et à tous,

Le planning d'octobre est validé ; il est affiché en salle de soins et disponible sous GTT.
Les demandes d'échange sont à saisir avant le 20/09, après accord entre collègues.

Rappel : 2 postes de nuit restent à pourvoir les 11 et 12/10, merci de vous signaler si vous
êtes volontaires (heures supplémentaires majorées).

Bonne journée,

"""
    + _CHU_SIG
    + "\n",
    attach=[
        (
            "Planning_3Est_octobre2025.csv",
            "text/csv",
            "Agent;01/10;02/10;03/10\nGUILLOU-BENHAMOU M.;N;N;RH\nMOREL B.;M;M;S\n",
        )
    ],
)

_chu02 = m(
    "bb2d",
    "2025-09-23 16:30",
    "Direction des soins – CHU Atlantique <direction.soins@chu-atlantique.example>",
    "Note de service n° 2025-DS-041 : campagne de vaccination antigrippale",
    N(),
    to="tous-personnels-soignants@chu-atlantique.example",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p><b>NOTE DE SERVICE n° 2025-DS-041</b><br>Objet : campagne de vaccination antigrippale 2025-2026</p>
<p>La campagne de vaccination contre la grippe saisonnière à destination des professionnels débutera le
<b>lundi 13 octobre 2025</b>. Des vacations sont organisées par le service de santé au travail du personnel
dans chaque site ; des équipes mobiles passeront dans les unités de nuit.</p>
<p>La vaccination est fortement recommandée pour tous les professionnels en contact avec les patients.</p>
<p>La Coordinatrice générale des soins – Le Directeur des ressources humaines</p>
</body></html>""",
)

_chu03 = m(
    "cc3e",
    "2025-10-14 03:48",
    "MOREL Bastien <bastien.morel@chu-atlantique.example>",
    "Échange de nuit le 25/10 ?",
    N(),
    text="""Salut Maëlle,

Tu pourrais me prendre ma nuit du samedi 25/10 ? Je te rends celle du 8/11 (ou une autre
si tu préfères). C'est pour le mariage de ma cousine à Vannes.

Dis-moi, je fais la demande sur GTT si c'est ok.
Merci !!
Bastien
""",
)

_chu04 = m(
    "dd4f",
    "2025-11-06 13:12",
    _MLB,
    "Convocation – entretien professionnel annuel 2025",
    N(),
    text="""Bonjour Maëlle,

Dans le cadre de la campagne d'entretiens professionnels 2025, je te propose de nous retrouver
le jeudi 20 novembre à 14h00 dans mon bureau. Pense à remplir ta fiche de préparation
(bilan de l'année, objectifs, souhaits de formation et de mobilité) sur l'espace RH avant le
rendez-vous.

Je t'envoie l'invitation Outlook.

Morgane
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DA01000000000000000010000000EPA20",
        "2025-11-20 14:00",
        "Entretien professionnel annuel – Mme GUILLOU-BENHAMOU",
        ("LE BIHAN Morgane", "morgane.lebihan@chu-atlantique.example"),
        style="outlook",
        minutes=60,
        location="Bureau cadre de santé - 3e Est",
    ),
)

_chu05 = m(
    "ee5a",
    "2025-11-25 11:40",
    _MLB,
    "Réunion de service – 3e Est – mardi 9 décembre",
    N(),
    to="3est-soignants@chu-atlantique.example",
    text="""Bonjour à tous,

La réunion de service aura lieu le mardi 9 décembre de 14h00 à 15h30 en salle de staff.
Ordre du jour : nouveau protocole RAAC, bilan des événements indésirables, organisation des
fêtes, questions diverses. Les collègues de nuit peuvent se connecter en visio.

Morgane
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DA01000000000000000010000000RS09",
        "2025-12-09 14:00",
        "Réunion de service 3e Est",
        ("LE BIHAN Morgane", "morgane.lebihan@chu-atlantique.example"),
        style="outlook",
        minutes=90,
        location="Salle de staff - 3e Est",
    ),
)

_chu06 = m(
    "ff6b",
    "2025-12-03 08:15",
    _MLB,
    "Planning de janvier",
    N(),
    text="""Bonjour Maëlle,

Le planning de janvier est en ligne. J'ai bien noté ta demande de passage en poste de jour :
ce ne sera malheureusement pas possible avant le printemps, le pool de jour est complet et je
n'ai aucun départ prévu avant mars. On en reparle à l'occasion, ma porte est ouverte.

Morgane

"""
    + _CHU_SIG
    + "\n",
)

_chu07 = m(
    "gg7c",
    "2025-10-01 12:00",
    "La Lettre du CHU <communication@chu-atlantique.example>",
    "La Lettre du CHU – octobre 2025",
    N(),
    html="""<html><body style="font-family:Georgia,serif;background:#eef2f5">
<table width="620" align="center" style="background:#fff;padding:20px">
<tr><td><h1 style="color:#00539f">La Lettre du CHU</h1><p style="color:#666">n° 112 – octobre 2025</p></td></tr>
<tr><td><h3>Le nouveau plateau de chirurgie ambulatoire ouvre ses portes</h3>
<p>Après 18 mois de travaux, 24 places de chirurgie ambulatoire accueillent leurs premiers patients…</p>
<h3>Attractivité : le CHU recrute 120 infirmiers en 2026</h3>
<p>Prime d'engagement, logement temporaire, crèche hospitalière : la direction présente son plan
d'attractivité pour les métiers soignants…</p>
<h3>Octobre rose</h3><p>Une course solidaire le 19 octobre sur l'île de Nantes.</p></td></tr>
<tr><td style="font-size:11px;color:#888">Direction de la communication – diffusion interne</td></tr>
</table></body></html>""",
)

_chu08 = m(
    "hh8d",
    "2025-12-29 06:30",
    "Espace RH – CHU Atlantique <espace-rh@chu-atlantique.example>",
    "Votre bulletin de salaire de décembre est disponible",
    N(),
    text="""Bonjour,

Votre bulletin de salaire du mois de décembre 2025 est disponible dans votre espace RH.

Consulter : https://espace-rh.chu-atlantique.example/bulletins

Message automatique – ne pas répondre.
""",
)

_chu09 = m(
    "ii9e",
    "2026-01-09 10:22",
    "DRH – Gestion des carrières <carrieres.drh@chu-atlantique.example>",
    "Votre demande de mise en disponibilité",
    N(),
    text="""Madame,

Nous accusons réception de votre demande de mise en disponibilité pour convenances
personnelles à compter du 1er mars 2026, pour une durée d'un an.

Conformément aux dispositions applicables à la fonction publique hospitalière, votre demande a
été transmise pour avis à votre cadre de santé et à la Direction des soins. Un arrêté vous sera
adressé à l'issue. Nous vous rappelons que la réintégration devra être sollicitée au moins
trois mois avant la fin de la période de disponibilité.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Bureau de la gestion des carrières – Personnels non médicaux
Direction des ressources humaines – CHU Atlantique
""",
)

_chu10 = m(
    "jj0f",
    "2026-01-22 15:05",
    "DRH – Gestion des carrières <carrieres.drh@chu-atlantique.example>",
    "Arrêté n° 2026-0187 – mise en disponibilité",
    N(),
    text="""Madame,

Veuillez trouver ci-joint l'arrêté vous plaçant en disponibilité pour convenances personnelles
du 1er mars 2026 au 28 février 2027.

Votre solde de congés et de CET sera régularisé avant votre départ ; merci de vous rapprocher
de votre cadre pour le planning de février.

Bureau de la gestion des carrières
""",
    attach=[
        (
            "Arrete_2026-0187_GUILLOU-BENHAMOU.pdf",
            "application/pdf",
            "%PDF-1.4\n% CHU Atlantique - arrete de mise en disponibilite\n%%EOF\n",
        )
    ],
)

_chu11 = m(
    "kk1a",
    "2026-02-19 14:47",
    "MOREL Bastien <bastien.morel@chu-atlantique.example>",
    "Pot de départ de Maëlle 🎉 vendredi 27/02",
    N(),
    to="3est-soignants@chu-atlantique.example",
    text="""Coucou l'équipe,

Comme vous le savez, notre Maëlle nous quitte fin février (snif). On organise un petit pot
le vendredi 27/02 à 14h30 en salle de staff, à la relève.

Cagnotte pour le cadeau : https://www.leetchi.com/c/depart-maelle-3est
Chacun apporte un truc salé ou sucré, je m'occupe des boissons.

Chut, c'est une surprise pour le cadeau 🤫
Bastien
""",
    cc="LE BIHAN Morgane <morgane.lebihan@chu-atlantique.example>",
)

# --- Ordre, DPC ------------------------------------------------------------------------

_ONI = "Ordre National des Infirmiers <ne-pas-repondre@ordre-infirmiers.fr>"

_oni1 = m(
    "ll2b",
    "2025-09-05 10:14",
    _ONI,
    "Votre attestation d'inscription au Tableau",
    N(),
    text="""Madame GUILLOU-BENHAMOU Maëlle,

Vous trouverez ci-joint l'attestation d'inscription au Tableau de l'Ordre national des
infirmiers que vous avez demandée depuis votre espace personnel.

Numéro ordinal : 44•••••2
Conseil départemental de Loire-Atlantique

Ce document est valable trois mois.

Ordre National des Infirmiers
""",
    attach=[
        (
            "Attestation_inscription_ONI.pdf",
            "application/pdf",
            "%PDF-1.4\n% ONI - attestation d'inscription au tableau\n%%EOF\n",
        )
    ],
)

_oni2 = m(
    "mm3c",
    "2026-01-12 09:00",
    _ONI,
    "Appel de cotisation 2026",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Madame,</p>
<p>L'appel de cotisation ordinale pour l'année <b>2026</b> est disponible dans votre espace personnel.</p>
<p>Montant pour un exercice salarié : <b>30 €</b>. Date limite de paiement : 31 mars 2026.</p>
<p><a href="https://espace.ordre-infirmiers.fr/cotisation">Payer ma cotisation</a></p>
<p>La cotisation est obligatoire pour tout infirmier inscrit au Tableau (article L. 4312-7 du code de la santé publique).</p>
<p>Ordre National des Infirmiers</p>
</body></html>""",
)

_oni3 = m(
    "nn4d",
    "2026-01-16 21:40",
    _ONI,
    "Confirmation de paiement – cotisation 2026",
    N(),
    text="""Madame,

Nous vous confirmons la bonne réception de votre paiement de 30,00 € au titre de la cotisation
ordinale 2026. Votre reçu est disponible dans votre espace personnel.

Merci de penser également à mettre à jour votre situation d'exercice en cas de changement
d'employeur.

Ordre National des Infirmiers
""",
)

_dpc1 = m(
    "oo5e",
    "2025-09-12 14:02",
    "Agence nationale du DPC <ne-pas-repondre@agencedpc.fr>",
    "Confirmation de votre inscription à une action de DPC",
    N(),
    text="""Bonjour,

Votre inscription à l'action de DPC suivante a bien été enregistrée sur mondpc.fr :

Référence : 9•••2500031
Intitulé : Plaies chroniques et cicatrisation dirigée : évaluer, choisir, transmettre
Organisme : Formasoins Ouest
Dates : 13 et 14 novembre 2025 – Nantes

Votre inscription sera validée définitivement par l'organisme. Vous pouvez consulter votre
forfait restant dans votre compte.

L'Agence nationale du DPC
""",
)

_dpc2 = m(
    "pp6f",
    "2025-10-02 11:35",
    "Formasoins Ouest <inscriptions@formasoins-ouest.example>",
    "Votre inscription – Plaies chroniques et cicatrisation (13-14/11)",
    N(),
    text="""Madame,

Nous avons le plaisir de vous confirmer votre inscription à la formation « Plaies chroniques et
cicatrisation dirigée », les 13 et 14 novembre 2025 de 9h à 17h, à notre centre de Nantes
(4 rue Lamoricière).

Merci de compléter le questionnaire de positionnement avant le 6 novembre :
https://formasoins-ouest.example/questionnaire/plaies-2511

Le déjeuner est libre. Une attestation vous sera remise à l'issue de la formation.

Le service formation
Formasoins Ouest – organisme de DPC enregistré
""",
)

_dpc3 = m(
    "qq7a",
    "2025-11-20 16:20",
    "Formasoins Ouest <inscriptions@formasoins-ouest.example>",
    "Votre attestation de formation",
    N(),
    text="""Madame,

Veuillez trouver ci-jointe votre attestation de participation à la formation « Plaies chroniques
et cicatrisation dirigée » (13 et 14 novembre 2025, 14 heures).

Nous vous remercions de prendre 3 minutes pour évaluer la formation :
https://formasoins-ouest.example/evaluation/plaies-2511

Le service formation
""",
    attach=[
        (
            "Attestation_DPC_plaies_GUILLOU-BENHAMOU.pdf",
            "application/pdf",
            "%PDF-1.4\n% Formasoins Ouest - attestation\n%%EOF\n",
        )
    ],
)

# --- crèche, school ---------------------------------------------------------------------

_PM = "Les P'tits Mousses <direction@ptitsmousses-nantes.example>"

_cr1 = m(
    "rr8b",
    "2025-09-08 17:45",
    _PM,
    "Votre dossier de candidature – multi-accueil Les P'tits Mousses",
    N(),
    text="""Bonjour Madame Guillou-Benhamou,

Nous avons bien reçu le dossier de candidature de Noé pour une place en accueil régulier
(4 jours par semaine) à compter de janvier 2026.

Votre dossier est complet. Il sera présenté à la commission d'attribution des places du
15 octobre. La décision vous sera communiquée par mail dans les jours qui suivent.

Bien cordialement,

Hélène Rousset
Directrice – Multi-accueil associatif Les P'tits Mousses
Île de Nantes
""",
)

_cr2 = m(
    "ss9c",
    "2025-10-17 10:05",
    _PM,
    "Commission d'attribution – décision",
    N(),
    text="""Bonjour Madame, Monsieur,

Nous avons le plaisir de vous informer que votre demande a été retenue par la commission
d'attribution du 15 octobre : une place en accueil régulier est proposée à Noé à compter du
lundi 5 janvier 2026, les lundis, mardis, jeudis et vendredis.

Merci de nous confirmer votre acceptation avant le vendredi 24 octobre. Sans réponse de votre
part, la place sera proposée à la famille suivante sur liste d'attente.

Un rendez-vous d'inscription vous sera ensuite proposé (contrat d'accueil, règlement de
fonctionnement, vaccinations).

Bien cordialement,
Hélène Rousset
""",
)

_cr3 = m(
    "tt0d",
    "2025-12-12 13:30",
    _PM,
    "Période d'adaptation de Noé",
    N(),
    text="""Bonjour,

Voici le planning d'adaptation proposé pour Noé :
- lundi 5/01 : 1h avec un parent (9h30-10h30)
- mardi 6/01 : 1h seul (9h30-10h30)
- jeudi 8/01 : matinée avec repas (9h-12h30)
- vendredi 9/01 : journée jusqu'à 16h

N'oubliez pas le doudou, une tenue de rechange et le carnet de santé.

À bientôt,
L'équipe des P'tits Mousses
""",
    **re_(_cr2),
)

_ecole = m(
    "uu1e",
    "2026-01-27 20:12",
    "Ville de Nantes <ne-pas-repondre@nantes.fr>",
    "Inscription scolaire rentrée 2026 : votre demande a bien été enregistrée",
    N(),
    text="""Bonjour,

Votre demande d'inscription scolaire pour l'enfant Noé BENHAMOU (petite section, rentrée de
septembre 2026) a bien été enregistrée sous le numéro INS-2026-048213.

L'affectation dans une école sera communiquée par courrier à partir d'avril 2026, selon le
secteur scolaire de votre domicile. Pensez à signaler tout changement d'adresse.

Direction de l'éducation – Ville de Nantes
""",
)

# --- the flat: broker, bank, notary; landlord; parking -------------------------------------

_CLH = "Élise Carré – Courtage Loire Habitat <e.carre@courtage-loire-habitat.example>"

_pret1 = m(
    "vv2f",
    "2025-10-03 18:20",
    _CLH,
    "Votre demande de financement – dossier n° CLH-25-0917",
    N(),
    text="""Bonjour Madame Guillou-Benhamou, bonjour Monsieur Benhamou,

Merci pour votre confiance. Votre demande de financement pour l'acquisition de l'appartement
du 8 rue Arsène-Leloup est enregistrée sous la référence CLH-25-0917.

Pour présenter le dossier aux banques, il me manque encore :
- vos trois derniers bulletins de salaire (Maëlle : avec la mention titulaire FPH) ;
- vos deux derniers avis d'imposition ;
- le compromis de vente signé ;
- les relevés de compte des trois derniers mois.

Dès réception, je sollicite trois établissements ; comptez environ trois semaines pour un
accord de principe.

Bien à vous,
Élise Carré
Courtière en crédit immobilier – ORIAS 2•••••81
""",
)

_pret2 = m(
    "ww3a",
    "2025-11-07 12:51",
    _CLH,
    "Accord de principe de Banque Loire Océan 🎉",
    N(),
    text="""Bonjour à tous les deux,

Très bonne nouvelle : Banque Loire Océan a donné son accord de principe pour votre
financement : 238 000 € sur 25 ans au taux nominal de 3,12 % hors assurance, avec domiciliation
des salaires.

Petit point d'attention : la banque m'a demandé si le changement de poste évoqué par Maëlle
interviendrait avant l'offre. Un CDI hors période d'essai ou le statut de titulaire sont
nécessaires au moment de l'émission de l'offre : on en reparle de vive voix.

Prochaine étape : l'étude de l'assurance emprunteur, puis l'émission de l'offre de prêt.

Élise
""",
)

_pret3 = m(
    "xx4b",
    "2025-12-02 09:10",
    "Banque Loire Océan <offres-pret@banqueloireocean.example>",
    "Votre offre de prêt immobilier est disponible",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#002b49">
<p>Madame, Monsieur,</p>
<p>Votre <b>offre de prêt immobilier</b> n° PI-2025-118734 a été émise ce jour et est disponible dans votre espace client
pour signature électronique.</p>
<p>Conformément à l'article L. 313-34 du code de la consommation, vous ne pouvez pas l'accepter avant un délai de
<b>10 jours</b> à compter de sa réception. L'offre est valable 30 jours.</p>
<p><a href="https://clients.banqueloireocean.example/offres/PI-2025-118734">Consulter mon offre</a></p>
<p>Votre conseiller, Antoine Pelletier – agence Nantes Graslin</p>
<p style="font-size:11px;color:#666">Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.</p>
</body></html>""",
)

_notaire = m(
    "yy5c",
    "2026-01-15 11:44",
    "Office notarial Lemoine & Associés <accueil@lemoine-notaires.example>",
    "Vente RAULT / GUILLOU-BENHAMOU – rendez-vous de signature",
    N(),
    cc="Sami Benhamou <sami.benhamou@gmail.com>",
    text="""Madame, Monsieur,

Nous avons le plaisir de vous confirmer le rendez-vous de signature de l'acte authentique de
vente de l'appartement situé 8 rue Arsène-Leloup à Nantes :

le jeudi 29 janvier 2026 à 10h00, en notre office, 3 place Royale.

Merci de procéder au virement des fonds (apport et frais) au plus tard cinq jours ouvrés avant
la signature ; nous vous rappelons de ne jamais tenir compte d'un changement de RIB reçu par
mail.

Maître Anne Lemoine
Notaire
""",
)

_loyer1 = m(
    "zz6d",
    "2025-10-27 08:00",
    "Agence Erdre Immobilier <gestion@erdre-immobilier.example>",
    "Votre quittance de loyer – octobre 2025",
    N(),
    text="""Madame, Monsieur,

Votre quittance de loyer pour le mois d'octobre 2025 (lot 12, 27 rue de Coulmiers) est
disponible dans votre espace locataire.

Montant réglé : 1 040,00 € (dont 90,00 € de charges).

Agence Erdre Immobilier – Gestion locative
""",
)

_parking1 = m(
    "ab7e",
    "2025-11-02 18:31",
    "Agence Erdre Immobilier <location@erdre-immobilier.example>",
    "Votre candidature – parking n° 17, 14 rue Paul-Bert",
    N(),
    text="""Bonjour Madame,

Suite à votre candidature pour la location de l'emplacement de parking n° 17 (sous-sol,
14 rue Paul-Bert), nous avons le plaisir de vous informer que votre dossier a été retenu par
le propriétaire.

Loyer : 85 € par mois, dépôt de garantie de 85 €. Merci de nous indiquer vos disponibilités
pour la signature du bail et la remise du bip.

Cordialement,
Justine Marchal
Agence Erdre Immobilier – Location
""",
)

_parking2 = m(
    "bc8f",
    "2025-11-12 10:02",
    "Agence Erdre Immobilier <location@erdre-immobilier.example>",
    "RE: Votre candidature – parking n° 17, 14 rue Paul-Bert",
    N(),
    text="""Bonjour Madame,

C'est noté pour samedi 15 novembre à 11h à l'agence, pour la signature du bail et la remise
du bip. Prévoir une pièce d'identité et un RIB.

Bon week-end,
Justine Marchal
""",
    **re_(_parking1),
)

_loyer2 = m(
    "cd9a",
    "2026-02-09 14:16",
    "Agence Erdre Immobilier <gestion@erdre-immobilier.example>",
    "Votre préavis de départ – état des lieux de sortie",
    N(),
    text="""Madame, Monsieur,

Nous accusons réception de votre congé pour le logement du 27 rue de Coulmiers. Votre préavis
prendra fin le 28 février 2026.

L'état des lieux de sortie est fixé au samedi 28 février à 9h30. Merci de restituer l'ensemble
des clés et badges, ainsi que le bip du parking n° 17 si vous résiliez également ce bail.

Agence Erdre Immobilier – Gestion locative
""",
)

# --- bank, card, CAF, insurance, taxes, utilities ------------------------------------------

_CLG = "Crédit Ligérien <service-client@credit-ligerien.example>"

_cb1 = m(
    "de0b",
    "2025-09-27 10:44",
    _CLG,
    "Votre demande de carte Visa Premier",
    N(),
    text="""Madame,

Nous avons bien reçu votre demande de carte Visa Premier sur le compte n° •••• 3318.

Votre demande est en cours d'étude par votre agence ; vous recevrez une réponse sous 48 heures
ouvrées. En cas d'acceptation, votre carte vous sera adressée par courrier sous 7 jours, et son
code confidentiel séparément.

Crédit Ligérien – Votre banque en ligne
""",
)

_cb2 = m(
    "ef1c",
    "2025-10-04 08:20",
    _CLG,
    "Votre carte est en route",
    N(),
    text="""Madame,

Bonne nouvelle : votre demande de carte Visa Premier a été acceptée. Votre carte a été expédiée
et vous parviendra sous quelques jours. Pensez à l'activer en effectuant un premier paiement
avec votre code.

Crédit Ligérien
""",
)

_releve = m(
    "fg2d",
    "2025-12-23 06:15",
    _CLG,
    "Votre relevé de compte de décembre est disponible",
    N(),
    text="""Madame,

Votre relevé de compte du mois de décembre 2025 est disponible dans votre espace client,
rubrique e-Documents.

Crédit Ligérien
""",
)

_blo = m(
    "gh3e",
    "2026-01-30 17:02",
    "Banque Loire Océan <bienvenue@banqueloireocean.example>",
    "Bienvenue chez Banque Loire Océan",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Madame Guillou-Benhamou,</p>
<p>Votre compte joint est ouvert ! Vous pouvez dès à présent activer votre accès à la banque en ligne et
télécharger votre RIB pour la domiciliation de vos salaires.</p>
<p>Pensez à transmettre votre nouveau RIB à votre employeur et à vos organismes (CAF, impôts, mutuelle).</p>
<p><a href="https://clients.banqueloireocean.example/activation">Activer mon espace</a></p>
</body></html>""",
)

_CAF = "Caf de Loire-Atlantique <ne-pas-repondre@caf.fr>"

_caf1 = m(
    "hi4f",
    "2025-09-15 05:40",
    _CAF,
    "Un nouveau document est disponible dans votre espace Mon Compte",
    N(),
    text="""Bonjour,

Un nouveau document est disponible dans votre espace Mon Compte sur caf.fr :
Attestation de paiement – août 2025.

Pour le consulter, connectez-vous sur caf.fr ou sur l'application Caf – Mon Compte.

Votre Caf
""",
)

_caf2 = m(
    "ij5a",
    "2026-01-06 05:40",
    _CAF,
    "Changement de situation : pensez à nous informer",
    N(),
    text="""Bonjour,

Un déménagement, une reprise ou un changement d'activité, une modification du mode de garde de
votre enfant ? Déclarez vos changements de situation sans attendre dans votre espace Mon
Compte, rubrique « Déclarer un changement ».

Vos droits seront ainsi calculés au plus juste.

Votre Caf
""",
)

_AAM = "Assurances Atlantique Mutuelle <moncontrat@aam-assurances.example>"

_auto1 = m(
    "jk6b",
    "2025-09-20 09:30",
    _AAM,
    "Votre avis d'échéance 2025-2026 – assurance auto",
    N(),
    text="""Madame,

Votre contrat auto n° AUT-4471902 (Peugeot 208, immatriculation GH-•••-QL) sera renouvelé le
1er octobre 2025.

Cotisation annuelle : 612,40 € TTC, prélevée en 12 mensualités de 51,03 €.
Votre bonus : 0,50.

Votre avis d'échéance et votre nouvelle attestation d'assurance sont disponibles dans votre
espace client.

Assurances Atlantique Mutuelle
""",
)

_auto2 = m(
    "kl7c",
    "2025-11-18 12:00",
    "Assurances Atlantique Mutuelle <offres@aam-assurances.example>",
    "Offre spéciale sociétaires : -20 % sur votre assurance habitation",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#c8102e">Nouveau logement ? On vous suit !</h2>
<p>Offre réservée à nos sociétaires auto : <b>-20 % la première année</b> sur votre assurance habitation,
et votre attestation en 5 minutes pour la signature chez le notaire.</p>
<p><a href="https://www.aam-assurances.example/habitation/devis?utm_campaign=offre_hab_nov">Obtenir mon devis</a></p>
<p style="font-size:11px;color:#777">Offre valable jusqu'au 31/12/2025 pour toute nouvelle souscription. <a href="https://www.aam-assurances.example/desabonnement">Se désabonner</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.aam-assurances.example/desabonnement>"},
)

_impots = m(
    "lm8d",
    "2025-09-02 12:10",
    "DGFiP <ne-pas-repondre@dgfip.finances.gouv.fr>",
    "Votre avis d'impôt 2025 est disponible",
    N(),
    text="""Madame, Monsieur,

Votre avis d'impôt sur les revenus 2024 est disponible dans votre espace particulier sur
impots.gouv.fr.

Pour le consulter, connectez-vous à votre espace particulier, rubrique « Documents ».

La Direction générale des Finances publiques
""",
)

_free = m(
    "mn9e",
    "2025-09-18 04:12",
    "Free <facture@free.fr>",
    "Votre facture Freebox est disponible",
    N(),
    text="""Bonjour,

Votre facture Freebox du mois de septembre est disponible dans votre Espace Abonné.
Montant : 39,99 € TTC, prélevé le 24/09/2025.

Free
""",
)

_edf = m(
    "no0f",
    "2025-10-18 07:22",
    "EDF <ne-pas-repondre@edf.fr>",
    "Votre facture d'électricité est disponible",
    N(),
    text="""Bonjour Madame Guillou-Benhamou,

Votre facture d'électricité est disponible dans votre Espace Client.
Montant : 78,35 € – prélèvement le 02/11/2025.

Découvrez vos conseils personnalisés pour réduire votre consommation cet hiver.

EDF
""",
)

_ameli = m(
    "op1a",
    "2025-11-19 16:01",
    "l'Assurance Maladie <ne-pas-repondre@assurance-maladie.fr>",
    "Vous avez un nouveau message dans votre compte ameli",
    N(),
    text="""Bonjour,

Un nouveau message vous attend dans la messagerie de votre compte ameli.

Pour le lire, connectez-vous sur ameli.fr ou sur l'application ameli.

L'Assurance Maladie
""",
)

_mutuelle = m(
    "pq2b",
    "2026-01-04 10:00",
    "Mutuelle des Soignants de l'Ouest <adherents@mso-mutuelle.example>",
    "Votre carte de tiers payant 2026",
    N(),
    text="""Madame,

Votre carte de tiers payant 2026 est disponible dans votre espace adhérent et dans
l'application MSO. Elle couvre également Noé et Sami, bénéficiaires de votre contrat.

Attention : en cas de changement d'employeur, votre contrat collectif peut être résilié ; pensez
à nous prévenir pour étudier la portabilité ou un contrat individuel.

Mutuelle des Soignants de l'Ouest
""",
)

# --- shops --------------------------------------------------------------------------------

_LEC = "E.Leclerc Nantes Est <infos@emailing.e-leclerc.com>"

_lec1 = m(
    "qr3c",
    "2025-09-10 06:30",
    _LEC,
    "Les offres de la semaine dans votre magasin",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;background:#f0f4fa">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:16px">
<img src="https://img.e-leclerc.com/newsletter/logo.png" alt="E.Leclerc" height="40">
<h2 style="color:#0066b3">Rentrée : les offres de la semaine</h2>
<p>🍎 Fruits et légumes : 2e à -50 %<br>🧃 Goûters : -30 % en avantage carte<br>📚 Fournitures : jusqu'à -40 %</p>
<p><a href="https://www.e-leclerc.com/catalogue?magasin=nantes-est&amp;utm_source=crm">Voir le catalogue</a></p>
<p style="font-size:10px;color:#999">Offres valables du 10 au 16/09/2025 dans la limite des stocks. <a href="https://www.e-leclerc.com/desabonnement">Se désabonner</a></p>
</td></tr></table></body></html>""",
    headers={"List-Unsubscribe": "<https://www.e-leclerc.com/desabonnement>"},
)

_lec2 = m(
    "rs4d",
    "2025-10-01 06:30",
    _LEC,
    "Foire aux vins : jusqu'à -30 % 🍷",
    N(),
    text="""Foire aux vins d'automne chez E.Leclerc Nantes Est

Du 1er au 14 octobre : plus de 600 références, jusqu'à -30 % en avantage carte.
Coup de cœur : Muscadet Sèvre-et-Maine sur lie, 5,40 € au lieu de 7,20 €.

Voir les offres : https://www.e-leclerc.com/foire-aux-vins?magasin=nantes-est
L'abus d'alcool est dangereux pour la santé, à consommer avec modération.
""",
)

_lec3 = m(
    "st5e",
    "2025-11-26 06:30",
    _LEC,
    "Black Friday : des offres exceptionnelles jusqu'à dimanche",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;background:#000;color:#fff">
<div style="max-width:600px;margin:auto;padding:20px">
<h1 style="color:#ffd200">BLACK FRIDAY</h1>
<p>Offres exceptionnelles sur le high-tech, l'électroménager et les jouets : jusqu'à <b>-50 %</b>.</p>
<p><a style="color:#ffd200" href="https://www.e-leclerc.com/black-friday?utm_source=crm">J'en profite</a></p>
<p style="font-size:10px;color:#aaa"><a href="https://www.e-leclerc.com/desabonnement" style="color:#aaa">Se désabonner</a></p>
</div></body></html>""",
)

_lec4 = m(
    "tu6f",
    "2026-01-07 06:30",
    _LEC,
    "Soldes : c'est parti !",
    N(),
    text="""Les soldes d'hiver commencent aujourd'hui dans votre magasin E.Leclerc Nantes Est :
textile, maison, sport, jusqu'à -50 %.

https://www.e-leclerc.com/soldes?magasin=nantes-est
""",
)

_DKT = "Decathlon <news@info.decathlon.fr>"

_dkt1 = m(
    "uv7a",
    "2025-09-28 09:00",
    _DKT,
    "Offre exclusive membre : -15 % sur le running",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#3643ba">Maëlle, une offre rien que pour vous</h2>
<p>En tant que membre Decathlon, profitez de <b>-15 % sur toutes les chaussures de running</b> jusqu'au 5 octobre.</p>
<p><a href="https://www.decathlon.fr/sports/running/chaussures?utm_source=email&amp;utm_campaign=membre_running">J'en profite</a></p>
<p style="font-size:11px;color:#888">Vous recevez cet e-mail car vous êtes membre Decathlon. <a href="https://www.decathlon.fr/account/preferences">Préférences</a></p>
</body></html>""",
)

_dkt2 = m(
    "vw8b",
    "2025-12-08 09:00",
    _DKT,
    "Cadeaux de Noël : nos meilleures offres 🎁",
    N(),
    text="""Des idées cadeaux pour tous les sportifs : vélos enfant, trottinettes, montres GPS…
Jusqu'à -30 % sur une sélection, et retrait gratuit en magasin en 2h.

https://www.decathlon.fr/noel?utm_source=email&utm_campaign=noel2025
""",
)

_dkt3 = m(
    "wx9c",
    "2026-02-05 15:42",
    "Decathlon <commande@decathlon.fr>",
    "Votre commande n° FR-8837120 est prête en magasin",
    N(),
    text="""Bonjour Maëlle,

Votre commande est prête ! Vous pouvez la retirer au magasin Decathlon Nantes Atout Sud
pendant 7 jours, muni(e) de ce mail et d'une pièce d'identité.

- Chaussures de trail EVADICT MT CUSHION 2 – taille 39
- Gourde souple 500 ml

Decathlon
""",
)

_vinted = m(
    "xy0d",
    "2025-11-30 20:14",
    "Vinted <no-reply@vinted.fr>",
    "Ta vente est confirmée : Gigoteuse 6-18 mois",
    N(),
    text="""Bonne nouvelle ! Ton article « Gigoteuse 6-18 mois » a été vendu 12,00 €.

Envoie-le dans les 5 jours ouvrés avec le bordereau disponible dans l'application.
L'équipe Vinted
""",
)

_amazon = m(
    "yz1e",
    "2025-12-15 14:33",
    "Amazon.fr <expedition@amazon.fr>",
    "Livré : votre colis Amazon",
    N(),
    text="""Bonjour Maëlle,

Votre colis a été livré. Il a été remis dans votre boîte aux lettres.

Commande n° 405-8812093-••••
Livre : « Infirmier(e) en santé au travail – le guide pratique »

Suivre vos commandes : https://www.amazon.fr/gp/css/order-history
""",
)

_lbc = m(
    "za2f",
    "2026-01-18 19:58",
    "leboncoin <messagerie@leboncoin.fr>",
    "Nouveau message concernant « Poussette Yoyo + nacelle »",
    N(),
    text="""Bonjour,

Vous avez reçu un nouveau message de Clémence au sujet de votre annonce « Poussette Yoyo +
nacelle » :

« Bonjour, la poussette est-elle toujours disponible ? Je peux passer samedi matin. »

Répondre : https://www.leboncoin.fr/messages

leboncoin
""",
)

_sncf = m(
    "ab3a",
    "2025-09-26 21:07",
    "SNCF Connect <noreply@sncf-connect.com>",
    "Votre e-billet : Nantes → Angers Saint-Laud, lundi 29 septembre",
    N(),
    text="""Bonjour Maëlle,

Votre voyage est confirmé.

Aller : lundi 29 septembre 2025
Nantes 12:39 → Angers Saint-Laud 13:17 – TER Aléop – voiture 2, place 64
Retour : lundi 29 septembre 2025
Angers Saint-Laud 17:43 → Nantes 18:24 – TER Aléop

Total payé : 26,80 €

Votre e-billet est disponible dans l'application SNCF Connect.
""",
)

# --- health: Doctolib ----------------------------------------------------------------------

_DOC = "Doctolib <no-reply@doctolib.fr>"

_doc1 = m(
    "bc4b",
    "2025-10-08 13:05",
    _DOC,
    "Votre rendez-vous avec Dr Lemaire est confirmé",
    N(),
    text="""Bonjour Maëlle,

Votre rendez-vous est confirmé :

Dr Pauline Lemaire – Chirurgien-dentiste
Jeudi 23 octobre 2025 à 17h30
12 rue Crébillon, 44000 Nantes
Motif : détartrage / contrôle

Pensez à apporter votre carte Vitale. Vous pouvez annuler ou déplacer ce rendez-vous jusqu'à
24 heures avant.

Doctolib
""",
    ics=ics(
        "doctolib-rdv-3302817456@doctolib.fr",
        "2025-10-23 17:30",
        "RDV Dr Pauline Lemaire - Chirurgien-dentiste",
        ("Doctolib", "no-reply@doctolib.fr"),
        minutes=30,
        location="12 rue Crébillon, 44000 Nantes",
    ),
)

_doc2 = m(
    "cd5c",
    "2025-10-20 09:40",
    _DOC,
    "Votre rendez-vous a été déplacé par Dr Lemaire",
    N(),
    text="""Bonjour Maëlle,

Le cabinet du Dr Pauline Lemaire a dû déplacer votre rendez-vous.

Nouvelle date : jeudi 30 octobre 2025 à 17h30 (au lieu du jeudi 23 octobre).

Si ce créneau ne vous convient pas, vous pouvez choisir un autre horaire dans votre compte.

Doctolib
""",
    ics=ics(
        "doctolib-rdv-3302817456@doctolib.fr",
        "2025-10-30 17:30",
        "RDV Dr Pauline Lemaire - Chirurgien-dentiste",
        ("Doctolib", "no-reply@doctolib.fr"),
        minutes=30,
        sequence=1,
        location="12 rue Crébillon, 44000 Nantes",
    ),
)

_doc3 = m(
    "de6d",
    "2025-10-29 17:30",
    _DOC,
    "Rappel : votre rendez-vous demain à 17h30",
    N(),
    text="""Rappel : vous avez rendez-vous demain, jeudi 30 octobre à 17h30, avec Dr Pauline Lemaire
(chirurgien-dentiste), 12 rue Crébillon, Nantes.

Un empêchement ? Annulez en ligne pour libérer le créneau.
Doctolib
""",
)

_doc4 = m(
    "ef7e",
    "2026-01-14 20:48",
    _DOC,
    "Rendez-vous confirmé pour Noé avec Dr Fournier",
    N(),
    text="""Bonjour Maëlle,

Le rendez-vous de Noé est confirmé :

Dr Mathieu Fournier – Pédiatre
Mercredi 21 janvier 2026 à 16h15
Cabinet médical de l'Île, 5 quai François-Mitterrand, Nantes

Pensez au carnet de santé.
Doctolib
""",
    ics=ics(
        "doctolib-rdv-3311940022@doctolib.fr",
        "2026-01-21 16:15",
        "RDV Noé - Dr Mathieu Fournier - Pédiatre",
        ("Doctolib", "no-reply@doctolib.fr"),
        minutes=20,
        location="5 quai François-Mitterrand, 44200 Nantes",
    ),
)

# --- webinar, newsletters ------------------------------------------------------------------

_LIVE = "Fondation Soignants & Santé <no-reply@livestorm.co>"

_web1 = m(
    "fg8f",
    "2025-10-28 12:00",
    _LIVE,
    "Invitation : Prévenir l'épuisement professionnel des soignants – jeudi 13 novembre",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour Maëlle,</p>
<p>Vous êtes inscrite au webinaire <b>« Prévenir l'épuisement professionnel des soignants : travail de nuit,
charge mentale et récupération »</b>.</p>
<p>📅 Jeudi 13 novembre 2025, 13h00 – 14h00<br>🎙️ Avec Dr Claire Besnard, médecin du travail, et Yann Le Roux, IDE et formateur</p>
<p><a href="https://app.livestorm.co/fondation-soignants-sante/epuisement-soignants/live?s=4e1b7">Rejoindre le webinaire</a></p>
<p>Ajoutez l'événement à votre agenda grâce à l'invitation jointe.</p>
<p style="font-size:11px;color:#888">Propulsé par Livestorm</p>
</body></html>""",
    ics=ics(
        "livestorm-4e1b7-epuisement-soignants@livestorm.co",
        "2025-11-13 13:00",
        "Webinaire : Prévenir l'épuisement professionnel des soignants",
        ("Fondation Soignants & Santé", "no-reply@livestorm.co"),
        location="https://app.livestorm.co/fondation-soignants-sante/epuisement-soignants/live?s=4e1b7",
    ),
)

_web2 = m(
    "gh9a",
    "2025-11-12 12:00",
    _LIVE,
    "C'est demain ! Prévenir l'épuisement professionnel des soignants",
    N(),
    text="""Bonjour Maëlle,

Le webinaire « Prévenir l'épuisement professionnel des soignants » commence demain à 13h00.

Rejoindre : https://app.livestorm.co/fondation-soignants-sante/epuisement-soignants/live?s=4e1b7

À demain !
""",
)

_web3 = m(
    "hi0b",
    "2025-11-14 10:00",
    _LIVE,
    "Le replay est disponible",
    N(),
    text="""Bonjour Maëlle,

Merci d'avoir participé ! Le replay du webinaire et le support de présentation sont disponibles
pendant 30 jours :
https://app.livestorm.co/fondation-soignants-sante/epuisement-soignants/replay

La Fondation Soignants & Santé
""",
)

_ICOM = "Infirmiers.com <newsletter@infirmiers.com>"

_nl1 = m(
    "ij1c",
    "2025-09-17 11:00",
    _ICOM,
    "La lettre d'Infirmiers.com – rentrée 2025",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif">
<h2>La lettre d'Infirmiers.com</h2>
<ul>
<li><a href="https://www.infirmiers.com/actualites/reforme-referentiel-formation?utm_source=nl">Réforme de la formation infirmière : ce qui change à la rentrée</a></li>
<li><a href="https://www.infirmiers.com/profession-ide/travail-de-nuit-sante?utm_source=nl">Travail de nuit : quels effets sur la santé des soignants ?</a></li>
<li><a href="https://www.infirmiers.com/emploi?utm_source=nl">Emploi : les établissements qui recrutent cet automne</a></li>
</ul>
<p style="font-size:11px"><a href="https://www.infirmiers.com/desinscription">Se désinscrire</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.infirmiers.com/desinscription>"},
)

_nl2 = m(
    "jk2d",
    "2025-10-15 11:00",
    _ICOM,
    "Interview : la directrice des soins du CH Val-de-Moine « Fidéliser avant de recruter »",
    N(),
    html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<h2>Interview : la directrice des soins du CH Val-de-Moine</h2>
<p><i>« Fidéliser avant de recruter »</i></p>
<p>Face aux postes vacants, Catherine Roy, directrice des soins du Centre hospitalier Val-de-Moine, a misé sur
les plannings en 12h choisis, un pool de remplacement interne et des entretiens de départ systématiques.
Elle revient pour nous sur trois ans de politique d'attractivité : « Un recrutement coûte plus cher qu'une
infirmière qu'on a su garder. »</p>
<p><a href="https://www.infirmiers.com/interview/directrice-soins-val-de-moine?utm_source=nl">Lire l'interview</a></p>
<p>Aussi cette semaine : <a href="https://www.infirmiers.com/actualites/ipa?utm_source=nl">IPA : le nombre de diplômés a doublé</a></p>
<p style="font-size:11px"><a href="https://www.infirmiers.com/desinscription">Se désinscrire</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.infirmiers.com/desinscription>"},
)

_ACTU = "ActuSoins <newsletter@actusoins.com>"

_nl3 = m(
    "kl3e",
    "2025-12-10 07:00",
    _ACTU,
    "Salaires, reprise d'ancienneté, primes : ce qui change en 2026",
    N(),
    text="""ActuSoins – l'actualité infirmière

À LA UNE
Salaires, reprise d'ancienneté, primes de nuit : ce qui change pour les infirmiers en 2026, à
l'hôpital public comme dans le privé.
https://www.actusoins.com/2026-ce-qui-change?utm_source=newsletter

AUSSI
- Santé au travail : les infirmiers de plus en plus recherchés par les SPSTI
- Témoignage : « J'ai quitté la réa pour l'HAD »
- Formation : le DU plaies et cicatrisation ouvre à Angers

Se désinscrire : https://www.actusoins.com/desinscription
""",
)

_nl4 = m(
    "lm4f",
    "2026-02-04 07:00",
    _ACTU,
    "Interview : « Je suis passée des nuits en chirurgie à la santé au travail »",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif">
<h2>Interview : « Je suis passée des nuits en chirurgie à la santé au travail »</h2>
<p>Après dix ans de nuit en chirurgie, Nadia, 38 ans, a rejoint un service de prévention et de santé au
travail. Entretiens infirmiers, visites d'information et de prévention, actions en entreprise : elle raconte
sa reconversion, la formation et ce qui lui manque (un peu) de l'hôpital.</p>
<p><a href="https://www.actusoins.com/interview-nuits-sante-au-travail?utm_source=newsletter">Lire l'interview</a></p>
<p style="font-size:11px"><a href="https://www.actusoins.com/desinscription">Se désinscrire</a></p>
</body></html>""",
)

_li_congrats = m(
    "mn5a",
    "2025-10-30 18:40",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Félicitez Soizic Le Dantec pour son nouveau poste",
    N(),
    text="""Soizic Le Dantec a commencé un nouveau poste : Infirmière clinicienne au CISSS des Trois-Lacs.

Félicitez Soizic : https://www.linkedin.com/feed/update/urn:li:activity:73890012/?trk=eml-notification_congrats

Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
""",
)

# --- odds and ends ----------------------------------------------------------------------

_cr4 = m(
    "no6b",
    "2026-02-03 09:15",
    _PM,
    "Facture de janvier – Noé BENHAMOU",
    N(),
    text="""Bonjour,

Veuillez trouver ci-jointe la facture du mois de janvier pour l'accueil de Noé (adaptation
comprise) : 58 heures facturées, soit 127,60 € selon le barème de la CNAF.

Règlement par prélèvement le 10 février.

Le secrétariat des P'tits Mousses
""",
    attach=[
        ("Facture_2026-01_BENHAMOU.pdf", "application/pdf", "%PDF-1.4\n% facture janvier\n%%EOF\n")
    ],
)

_google = m(
    "op7c",
    "2025-09-01 21:04",
    "Google <no-reply@accounts.google.com>",
    "Alerte de sécurité",
    N(),
    text="""Nouvelle connexion sur Windows

maelle.guillou.benhamou@gmail.com

Nous avons détecté une nouvelle connexion à votre compte Google depuis un appareil Windows. Si
c'est bien vous, vous n'avez rien à faire. Dans le cas contraire, nous vous aiderons à sécuriser
votre compte.

Vérifier l'activité : https://accounts.google.com/AccountChooser?Email=maelle.guillou.benhamou@gmail.com&continue=https://myaccount.google.com/alert/nt/1756753440000

Vous avez reçu cet e-mail pour vous informer des modifications importantes apportées à votre
compte et aux services Google que vous utilisez.
""",
)

_colis = m(
    "pq8d",
    "2025-12-17 08:51",
    "Suivi Colis <info@suivi-livraison-fr.example>",
    "Votre colis est en attente : frais de réexpédition de 1,99 €",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Cher client,</p>
<p>Votre colis n° FR82910377 n'a pas pu être livré car l'adresse est incomplète. Pour programmer une nouvelle
livraison, veuillez régler les frais de réexpédition (1,99 €) sous 48h.</p>
<p><a href="https://suivi-livraison-fr.example/reprogrammer?id=FR82910377">Programmer la livraison</a></p>
<p>Service client</p>
</body></html>""",
)

_biblio = m(
    "qr9e",
    "2025-10-10 14:00",
    "Bibliothèque municipale de Nantes <ne-pas-repondre@bm.nantes.fr>",
    "Votre réservation est disponible",
    N(),
    text="""Bonjour,

Le document que vous avez réservé est disponible à la médiathèque Jacques-Demy jusqu'au
24/10/2025 :

« Le Bruit des nuits » – roman

Bibliothèque municipale de Nantes
""",
)


MAIL: list[dict[str, Any]] = [
    _chu01, _chu02, _chu03, _chu04, _chu05, _chu06, _chu07, _chu08, _chu09, _chu10, _chu11,
    _oni1, _oni2, _oni3, _dpc1, _dpc2, _dpc3,
    _cr1, _cr2, _cr3, _ecole,
    _pret1, _pret2, _pret3, _notaire, _loyer1, _parking1, _parking2, _loyer2,
    _cb1, _cb2, _releve, _blo, _caf1, _caf2, _auto1, _auto2, _impots, _free, _edf, _ameli,
    _mutuelle,
    _lec1, _lec2, _lec3, _lec4, _dkt1, _dkt2, _dkt3, _vinted, _amazon, _lbc, _sncf,
    _doc1, _doc2, _doc3, _doc4,
    _web1, _web2, _web3, _nl1, _nl2, _nl3, _nl4, _li_congrats,
    _cr4, _google, _colis, _biblio,
]  # fmt: skip
