# ruff: noqa: E501, RUF100
"""Corpus 104, Moroccan job mail (data only): see heldout104.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    return "+0000" if day >= "2026-02-15" else "+0100"  # Morocco: GMT+1, GMT during Ramadan


m = partial(H.dated_spec, _tz)


def F(cat, co, role, app, src):
    return (cat, co, role, app, src, "fr")


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def ev(
    uid,
    start,
    summary,
    org,
    location="",
    minutes=60,
    style="outlook",
    method="REQUEST",
    description="",
):
    return {
        "uid": uid,
        "start": start,
        "summary": summary,
        "organizer": org,
        "location": location,
        "minutes": minutes,
        "style": style,
        "method": method,
        "description": description,
    }


SIG = "\n\n--\nYasmine El Ouazzani\nContrôleuse de gestion | +212 6 61 24 87 30\n"

AC, ACR = "Atlas Ciments Industries", "Contrôleur de gestion industriel"
ACR2 = "Analyste FP&A"
SO, SOR = "Sofrimar Agro", "Responsable contrôle de gestion"
TA, TAR = "Tangerauto Systems", "Contrôleur de gestion usine"
AM, AMR = "Amarys Immobilier", "Contrôleur de gestion"
BM, BMR = "Banque Al Mouwafaq", "Contrôleur de gestion bancaire"
DI, DIR = "Distrimar", "Contrôleur de gestion"
NO, NOR = "Noorsol Énergie", "Responsable contrôle budgétaire"
AS, ASR = "Assaada", "Contrôleur de gestion retail"
SM, SMR = "SMLP", "Contrôleur de gestion"
FI, FIR = "Fidaris Audit", "Auditeur financier senior"
FL, FLR = "Flousy", "Responsable administratif et financier"
SD, SDR = "Sodeprim", "Comptable contrôleur de gestion"
YA, YAR = "Yallo Logistics", "Contrôleur de gestion"

MAIL: list[dict[str, Any]] = [
    # --- 1 Atlas Ciments Industries SA (ReKrute) ---------------------------------------
    m(
        "71003",
        "2025-09-08 11:42",
        "ReKrute <noreply@rekrute.com>",
        "Confirmation de votre candidature - Contrôleur de gestion industriel",
        F("confirmation", AC, ACR, 1, "other"),
        html="<html><body><p>Bonjour Yasmine,</p><p>Votre candidature à l'offre <b>Contrôleur de gestion industriel (H/F) - Casablanca</b> publiée par <b>ATLAS CIMENTS INDUSTRIES SA</b> a bien été transmise au recruteur.</p><p>Vous pouvez suivre l'état de vos candidatures depuis votre espace candidat.</p><p>Bonne chance !<br>L'équipe ReKrute.com</p><p style='font-size:10px'>Vous recevez cet e-mail car vous êtes inscrit(e) sur ReKrute.com. Gérer mes notifications</p></body></html>",
    ),
    m(
        "71019",
        "2025-09-17 09:15",
        "Recrutement ACI <recrutement@atlasciments.ma>",
        "Convocation - tests psychotechniques",
        F("assessment", AC, ACR, 1, "direct"),
        "Madame El Ouazzani,\n\nSuite à l'examen de votre dossier pour le poste de Contrôleur de gestion industriel, nous avons le plaisir de vous convier à une session de tests psychotechniques (raisonnement numérique, logique et questionnaire de personnalité).\n\nDate : mardi 23 septembre 2025 à 9h00\nLieu : siège d'Atlas Ciments, 112 boulevard Zerktouni, Casablanca, 4e étage\nDurée : environ 2h30\n\nMerci de vous munir de votre CIN et de confirmer votre présence par retour de mail.\n\nCordialement,\n\nNadia Berrada\nChargée de recrutement\nDirection des Ressources Humaines\nATLAS CIMENTS INDUSTRIES S.A.\nCapital social : 420 000 000 MAD - RC Casablanca 78 431",
    ),
    m(
        "71027",
        "2025-09-17 12:40",
        "Yasmine El Ouazzani <yasmine.elouazzani@gmail.com>",
        "RE: Convocation - tests psychotechniques",
        F("assessment", AC, ACR, 1, "direct"),
        "Bonjour Madame Berrada,\n\nJe vous confirme ma présence mardi 23 septembre à 9h00.\n\nBien cordialement,"
        + SIG,
        to="Recrutement ACI <recrutement@atlasciments.ma>",
        **{
            "In-Reply-To": f"<71019.20250917.{len('Convocation - tests psychotechniques')}@atlasciments.ma>"
        },
    ),
    m(
        "71041",
        "2025-10-02 16:05",
        "Nadia Berrada <n.berrada@atlasciments.ma>",
        "Entretien - Contrôleur de gestion industriel",
        F("interview", AC, ACR, 1, "direct"),
        "Bonjour Madame,\n\nVous avez réussi les tests et nous souhaitons vous rencontrer. Vous trouverez ci-joint une invitation pour un entretien avec M. Karim Tazi, Directeur Contrôle de Gestion, et moi-même, le mercredi 8 octobre à 10h30 au siège.\n\nCordialement,\nNadia Berrada\nACI - DRH",
        ics=ev(
            "aci-ent-0810@atlasciments.ma",
            "2025-10-08 10:30:00 +0100",
            "Entretien Y. El Ouazzani - CDG industriel",
            ("Nadia Berrada", "n.berrada@atlasciments.ma"),
            "Siège ACI, salle Toubkal",
            90,
        ),
    ),
    m(
        "71066",
        "2025-10-21 17:48",
        "Recrutement ACI <recrutement@atlasciments.ma>",
        "Votre candidature",
        F("rejection", AC, ACR, 1, "direct"),
        "Madame El Ouazzani,\n\nNous vous remercions pour l'intérêt que vous portez à Atlas Ciments et pour le temps que vous avez consacré à nos tests et entretiens. Votre parcours et votre maîtrise des outils de reporting ont été très appréciés par nos équipes.\n\nToutefois, après une étude approfondie, nous avons retenu une candidature dont le profil correspond plus étroitement aux exigences du poste.\n\nNous conservons votre dossier dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité se présentait.\n\nNous vous souhaitons plein succès dans vos recherches.\n\nLa Direction des Ressources Humaines\nAtlas Ciments Industries SA",
    ),
    # --- 2 Atlas Ciments, Analyste FP&A --------------------------------------------------
    m(
        "71071",
        "2025-11-04 10:02",
        "ReKrute <noreply@rekrute.com>",
        "Confirmation de votre candidature - Analyste FP&A",
        F("confirmation", AC, ACR2, 2, "other"),
        html="<html><body><p>Bonjour Yasmine,</p><p>Votre candidature à l'offre <b>Analyste FP&amp;A - Siège (H/F)</b> publiée par <b>ACI - Atlas Ciments</b> a bien été transmise au recruteur.</p><p>L'équipe ReKrute.com</p></body></html>",
    ),
    m(
        "71088",
        "2025-11-19 08:31",
        "Recrutement ACI <recrutement@atlasciments.ma>",
        "Suite à votre candidature",
        F("rejection", AC, ACR2, 2, "direct"),
        "Madame,\n\nNous avons bien reçu votre candidature au poste d'Analyste FP&A et vous en remercions. Nous avons été ravis de retrouver votre dossier.\n\nCependant, ce poste étant orienté vers un profil plus junior, nous ne pouvons donner une suite favorable à votre candidature.\n\nBien cordialement,\nDRH - Atlas Ciments Industries SA",
    ),
    # --- 3 Sofrimar Agro via cabinet Talentis Conseil ----------------------------------
    m(
        "71012",
        "2025-09-12 14:20",
        "Hicham Lamrani <h.lamrani@talentis-conseil.ma>",
        "Opportunité - Responsable contrôle de gestion - groupe industriel de référence",
        ("outreach", None, SOR, None, "agency", "fr"),
        "Bonjour Madame El Ouazzani,\n\nJe me permets de vous contacter au sujet d'une mission que nous a confiée un groupe industriel de référence au Maroc (agroalimentaire, plus de 2 000 collaborateurs, 5 sites). Il recherche son/sa Responsable contrôle de gestion, rattaché(e) au DAF, basé(e) à Casablanca.\n\nVotre parcours chez un industriel m'a semblé correspondre. Seriez-vous disponible pour un premier échange téléphonique cette semaine ?\n\nBien à vous,\n\nHicham Lamrani\nSenior Consultant Finance\nTalentis Conseil - Cabinet de recrutement\nTwin Center, Tour Ouest, Casablanca",
    ),
    m(
        "71014",
        "2025-09-15 18:02",
        "Hicham Lamrani <h.lamrani@talentis-conseil.ma>",
        "RE: Opportunité - Responsable contrôle de gestion",
        ("outreach", None, SOR, None, "agency", "fr"),
        "Merci Yasmine pour cet échange très agréable. Comme convenu, pouvez-vous m'envoyer votre CV à jour en format Word ? Je vous présenterai le nom du client lors de notre entretien au cabinet.\n\nHicham\n\n-----Message d'origine-----\nDe : Yasmine El Ouazzani\nEnvoyé : lundi 15 septembre 2025 11:20\nObjet : RE: Opportunité\n\nBonjour Monsieur Lamrani, volontiers, je suis disponible demain après-midi.",
    ),
    m(
        "71023",
        "2025-09-22 11:00",
        "Hicham Lamrani <h.lamrani@talentis-conseil.ma>",
        "Entretien cabinet + présentation client Sofrimar",
        F("interview", SO, SOR, 3, "agency"),
        "Bonjour Yasmine,\n\nJe peux désormais vous le dire : notre client est Sofrimar Agro (groupe Sofrimar, conserves et produits laitiers). Je vous propose un entretien au cabinet jeudi 25 septembre à 15h pour préparer la rencontre avec leur DAF. Invitation ci-jointe.\n\nHicham Lamrani\nTalentis Conseil",
        ics=ev(
            "talentis-0925-yeo",
            "2025-09-25 15:00:00 +0100",
            "Entretien Talentis / Y. El Ouazzani (Sofrimar)",
            ("Hicham Lamrani", "h.lamrani@talentis-conseil.ma"),
            "Twin Center, Tour Ouest, 14e étage",
        ),
    ),
    m(
        "71036",
        "2025-10-01 09:40",
        "Hicham Lamrani <h.lamrani@talentis-conseil.ma>",
        "Sofrimar - étude de cas",
        F("assessment", SO, SOR, 3, "agency"),
        "Bonjour Yasmine,\n\nBonne nouvelle : le DAF de Sofrimar souhaite poursuivre. Avant l'entretien, il vous demande de préparer une étude de cas (fichier joint) : analyse des écarts budget/réel d'une usine laitière et proposition d'un tableau de bord mensuel. À rendre d'ici lundi 6 octobre, 18h, et à présenter en 20 minutes.\n\nBon courage !\nHicham",
        attach=[
            (
                "Etude_de_cas_Sofrimar.txt",
                "text/plain",
                "Cas : usine de Berrechid - budget 2025 vs réel S1. Questions 1 à 4.",
            )
        ],
    ),
    m(
        "71049",
        "2025-10-09 13:15",
        "Sofrimar Agro - RH <rh@sofrimar.ma>",
        "Invitation : entretien avec M. Alaoui (DAF)",
        F("interview", SO, SOR, 3, "direct"),
        "Madame El Ouazzani,\n\nSuite à la réception de votre étude de cas, M. Omar Alaoui, Directeur Administratif et Financier, vous recevra le mardi 14 octobre à 11h00 à notre siège d'Aïn Sebaâ pour la présentation de votre travail.\n\nCordialement,\nService RH\nSOFRIMAR AGRO S.A.",
        ics=ev(
            "sofrimar-daf-1014",
            "2025-10-14 11:00:00 +0100",
            "Présentation étude de cas - Y. El Ouazzani",
            ("RH Sofrimar", "rh@sofrimar.ma"),
            "Sofrimar Agro, Zone industrielle Aïn Sebaâ",
            75,
        ),
    ),
    m(
        "71073",
        "2025-11-05 19:22",
        "Hicham Lamrani <h.lamrani@talentis-conseil.ma>",
        "Proposition Sofrimar",
        F("offer", SO, SOR, 3, "agency"),
        "Yasmine,\n\nJe vous appelle demain mais je voulais vous l'écrire : Sofrimar vous fait une proposition ! Package : 32 000 MAD brut mensuel sur 13 mois, voiture de fonction, AMO complémentaire. La promesse d'embauche vous sera envoyée par leur DRH.\n\nFélicitations,\nHicham",
    ),
    m(
        "71077",
        "2025-11-07 10:30",
        "Sofrimar Agro - RH <rh@sofrimar.ma>",
        "Promesse d'embauche - Responsable contrôle de gestion",
        F("offer", SO, SOR, 3, "direct"),
        "Madame,\n\nNous avons le plaisir de vous adresser ci-joint la promesse d'embauche relative au poste de Responsable contrôle de gestion. Nous vous remercions de nous la retourner signée avant le 17 novembre 2025.\n\nCordialement,\nLa DRH - Sofrimar Agro SA",
        attach=[
            ("Promesse_embauche_YElOuazzani.pdf", "application/pdf", "%PDF-1.4 promesse d'embauche")
        ],
    ),
    m(
        "71084",
        "2025-11-14 17:55",
        "Hicham Lamrani <h.lamrani@talentis-conseil.ma>",
        "RE: Proposition Sofrimar",
        F("offer", SO, SOR, 3, "agency"),
        "Bonjour Yasmine,\n\nJ'ai bien reçu votre message et j'en ai informé Sofrimar. Je comprends votre choix ; le DAF regrette mais respecte votre décision et vous souhaite le meilleur. Ne fermons pas la porte, restons en contact.\n\nHicham\n\n> Monsieur Lamrani, après mûre réflexion, je ne donnerai pas suite à la proposition de Sofrimar, le périmètre et la mobilité ne me conviennent pas.",
        st="declined",
    ),
    # --- 4 Tangerauto Systems SARL AU (SmartRecruiters) -----------------------------------
    m(
        "71031",
        "2025-12-01 08:12",
        "Tangerauto Systems <noreply@smartrecruiters.com>",
        "Merci pour votre candidature chez Tangerauto Systems",
        F("confirmation", TA, TAR, 4, "smartrecruiters"),
        "Bonjour Yasmine,\n\nMerci d'avoir postulé au poste de Contrôleur de gestion usine (Tanger Automotive City). Notre équipe examine chaque candidature avec attention. Si votre profil ne correspond pas, nous vous en informerons par e-mail.\n\nTangerauto Systems SARL AU - a Kessler Autoteile company\nPowered by SmartRecruiters",
    ),
    m(
        "71058",
        "2025-12-15 14:48",
        "Leila Chraibi <leila.chraibi@tangerauto.ma>",
        "Entretien Teams - Contrôleur de gestion usine",
        F("interview", TA, TAR, 4, "direct"),
        "Bonjour Yasmine,\n\nJe suis HR Business Partner chez Tangerauto. Je vous propose un premier entretien via Microsoft Teams le vendredi 19 décembre à 14h, avec le Plant Controller. Le lien est dans l'invitation.\n\nBien à vous,\nLeila Chraibi\nHRBP - Tangerauto Systems SARL AU",
        ics=ev(
            "ta-teams-1219",
            "2025-12-19 14:00:00 +0100",
            "Entretien Teams - Y. El Ouazzani / Plant Controller",
            ("Leila Chraibi", "leila.chraibi@tangerauto.ma"),
            "Réunion Microsoft Teams",
            45,
            description="Rejoindre la réunion Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_TA1020",
        ),
    ),
    m(
        "71075",
        "2026-01-02 09:20",
        "Leila Chraibi <leila.chraibi@tangerauto.ma>",
        "2e entretien sur site - Tanger",
        F("interview", TA, TAR, 4, "direct"),
        "Bonjour Yasmine,\n\nSuite à votre échange avec M. Brandt, nous vous invitons sur site à Tanger Automotive City le jeudi 8 janvier à 10h (visite de l'usine puis entretien avec le Directeur d'usine et le CFO Afrique du Nord). Vos frais de train Al Boraq seront remboursés.\n\nLeila",
        ics=ev(
            "ta-site-0108",
            "2026-01-08 10:00:00 +0100",
            "Entretien sur site - Y. El Ouazzani",
            ("Leila Chraibi", "leila.chraibi@tangerauto.ma"),
            "Tangerauto Systems, Tanger Automotive City, lot 47",
            180,
        ),
    ),
    m(
        "71095",
        "2026-01-22 18:10",
        "Leila Chraibi <leila.chraibi@tangerauto.ma>",
        "Proposition d'embauche - Tangerauto Systems",
        F("offer", TA, TAR, 4, "direct"),
        "Chère Yasmine,\n\nJ'ai le plaisir de vous transmettre notre proposition d'embauche pour le poste de Contrôleur de gestion usine : CDI, 30 000 MAD brut mensuel, prime annuelle sur objectifs, logement de fonction les 3 premiers mois. Vous trouverez la lettre en pièce jointe.\n\nAu plaisir de vous compter parmi nous,\nLeila Chraibi\nHRBP | Tangerauto Systems SARL AU",
        attach=[("Offer_Letter_Tangerauto.pdf", "application/pdf", "%PDF-1.4 offer")],
    ),
    m(
        "71101",
        "2026-01-27 11:26",
        "Leila Chraibi <leila.chraibi@tangerauto.ma>",
        "RE: Proposition d'embauche - Tangerauto Systems",
        F("offer", TA, TAR, 4, "direct"),
        "Yasmine,\n\nMerci pour votre retour signé, c'est une excellente nouvelle ! Bienvenue chez Tangerauto. Votre date d'entrée est confirmée au 2 mars 2026. Je vous envoie le dossier administratif (CNSS, RIB, diplômes) la semaine prochaine.\n\nLeila\n\n> Bonjour Leila, veuillez trouver ci-joint la proposition signée. Je suis ravie de rejoindre l'équipe.",
        st="accepted",
    ),
    m(
        "71118",
        "2026-02-05 10:05",
        "Tangerauto Systems RH <rh@tangerauto.ma>",
        "Dossier d'embauche - pièces à fournir",
        ("other_job", TA, TAR, None, "direct", "fr"),
        "Bonjour Madame El Ouazzani,\n\nAfin de préparer votre intégration du 2 mars, merci de nous faire parvenir : copie CIN, attestation d'affiliation CNSS, RIB, copies des diplômes, 2 photos. Une visite médicale d'embauche sera programmée.\n\nService RH - Tangerauto Systems",
    ),
    m(
        "71199",
        "2026-02-24 16:30",
        "Tangerauto Systems RH <rh@tangerauto.ma>",
        "Votre programme d'intégration",
        ("other_job", TA, TAR, None, "direct", "fr"),
        "Bonjour Yasmine,\n\nVoici votre programme pour la première semaine : accueil lundi 8h30 à la réception, remise du badge et du PC, formation sécurité, puis rencontre avec l'équipe finance.\n\nÀ lundi !\nService RH",
    ),
    # --- 5 Amarys Immobilier SA, Rabat (direct) -> withdrawn ---------------------------
    m(
        "71034",
        "2025-09-30 15:44",
        "DRH Amarys <drh@amarys-immobilier.ma>",
        "Accusé de réception - candidature contrôleur de gestion",
        F("confirmation", AM, AMR, 5, "direct"),
        "Madame,\n\nNous accusons réception de votre candidature spontanée / à notre annonce pour le poste de Contrôleur de gestion basé à Rabat (Hay Riad). Elle sera étudiée avec attention. En l'absence de réponse de notre part sous quatre semaines, veuillez considérer que votre candidature n'a pas été retenue.\n\nAMARYS IMMOBILIER S.A.\nDirection des Ressources Humaines",
    ),
    m(
        "71055",
        "2025-10-14 10:00",
        "Samira Bennis <s.bennis@amarys-immobilier.ma>",
        "Rendez-vous entretien - Rabat",
        F("interview", AM, AMR, 5, "direct"),
        "Bonjour Madame El Ouazzani,\n\nPourriez-vous vous présenter à nos bureaux de Hay Riad le vendredi 24 octobre à 15h pour un entretien avec notre Directeur financier ?\n\nBien à vous,\nSamira Bennis\nResponsable RH - Amarys",
    ),
    m(
        "71063",
        "2025-10-20 21:12",
        "Yasmine El Ouazzani <yasmine.elouazzani@gmail.com>",
        "RE: Rendez-vous entretien - Rabat",
        F("interview", AM, AMR, 5, "direct"),
        "Bonjour Madame Bennis,\n\nJe vous remercie pour cette invitation. Après réflexion, je préfère retirer ma candidature : j'ai avancé sur un autre processus et un poste à Rabat impliquerait un déménagement que je ne peux envisager à court terme.\n\nAvec mes excuses et mes remerciements,"
        + SIG,
        to="Samira Bennis <s.bennis@amarys-immobilier.ma>",
        st="withdrawn",
    ),
    m(
        "71064",
        "2025-10-21 09:03",
        "Samira Bennis <s.bennis@amarys-immobilier.ma>",
        "RE: RE: Rendez-vous entretien - Rabat",
        F("confirmation", AM, AMR, 5, "direct"),
        "Bonjour Madame,\n\nC'est bien noté, nous retirons votre dossier du processus. Merci de nous avoir prévenus et bonne continuation.\n\nSamira Bennis",
        st="withdrawn",
    ),
    # --- 6 Banque Al Mouwafaq (Taleo) -> ghosted -------------------------------------------
    m(
        "71045",
        "2025-10-06 22:10",
        "Banque Al Mouwafaq - Carrières <bam-carrieres@taleo.net>",
        "Banque Al Mouwafaq - Accusé de réception de votre candidature",
        F("confirmation", BM, BMR, 6, "taleo"),
        "Chère candidate, cher candidat,\n\nNous vous remercions pour votre candidature au poste Contrôleur de gestion bancaire (Réf. BAM-FIN-0912). Votre dossier a bien été enregistré.\n\nSeuls les candidats présélectionnés seront contactés. Malheureusement, nous ne sommes pas en mesure de répondre individuellement à chaque candidature.\n\nDirection du Capital Humain\nBanque Al Mouwafaq",
    ),
    # --- 7 Distrimar SARL (Emploi.ma) ---------------------------------------------------------
    m(
        "71050",
        "2025-10-10 13:33",
        "Emploi.ma <noreply@emploi.ma>",
        "Votre candidature a bien été envoyée",
        F("confirmation", DI, DIR, 7, "other"),
        html="<html><body><h3>Votre candidature a bien été envoyée</h3><p>Offre : <b>Contrôleur de gestion - Casablanca</b><br>Recruteur : DISTRIMAR SARL</p><p>Astuce : complétez votre profil pour augmenter votre visibilité auprès des recruteurs.</p><p>Emploi.ma</p></body></html>",
    ),
    m(
        "71067",
        "2025-10-22 12:14",
        "Younes Filali <direction@distrimar.ma>",
        "Candidature contrôleur de gestion",
        F("interview", DI, DIR, 7, "direct"),
        "Bonjour,\n\nSuite à votre candidature sur Emploi.ma, je vous propose de passer nous voir lundi 27/10 à 9h30 à notre entrepôt de Lissasfa (route d'El Jadida, km 11). Merci de confirmer.\n\nYounes Filali\nGérant - Distrimar SARL\n0522 65 41 80",
    ),
    # --- 8 Noorsol Énergie SA (ReKrute) -------------------------------------------------
    m(
        "71079",
        "2025-11-10 10:40",
        "ReKrute <noreply@rekrute.com>",
        "Confirmation de votre candidature - Responsable contrôle budgétaire",
        F("confirmation", NO, NOR, 8, "other"),
        html="<html><body><p>Bonjour Yasmine,</p><p>Votre candidature à l'offre <b>Responsable contrôle budgétaire</b> publiée par <b>NOORSOL ENERGIE</b> a bien été transmise au recruteur.</p><p>L'équipe ReKrute.com</p></body></html>",
    ),
    m(
        "71108",
        "2025-12-08 15:00",
        "Noorsol Énergie <talents@noorsol.ma>",
        "Votre candidature",
        F("rejection", NO, NOR, 8, "direct"),
        "Madame,\n\nNous tenons à vous remercier sincèrement pour votre candidature. Votre expérience en contrôle de gestion industriel a retenu toute notre attention et nous avons apprécié la qualité de votre dossier.\n\nNéanmoins, nous avons le regret de vous informer que nous avons privilégié des profils disposant d'une expérience dans le secteur de l'énergie.\n\nNous vous souhaitons une excellente continuation.\n\nL'équipe Talents - Noorsol Énergie SA",
    ),
    # --- 9 Assaada (brand of Holding Nour Invest, SuccessFactors) -> on hold --------------
    m(
        "71082",
        "2025-11-12 07:58",
        "Nour Invest - Carrières <careers@successfactors.eu>",
        "Nour Invest : confirmation de réception de votre candidature",
        F("confirmation", AS, ASR, 9, "other"),
        "Bonjour Yasmine,\n\nNous vous remercions pour votre candidature au poste « Contrôleur de gestion retail - Hypermarchés Assaada » (Req. 40127). Votre dossier va être étudié par nos équipes.\n\nCordialement,\nHolding Nour Invest - Capital Humain\n\nCet e-mail a été envoyé automatiquement, merci de ne pas y répondre.",
    ),
    m(
        "71097",
        "2025-11-28 11:30",
        "Rim Essaidi <rim.essaidi@nourinvest.ma>",
        "Assaada - entretien Teams",
        F("interview", AS, ASR, 9, "direct"),
        "Bonjour Yasmine,\n\nJe vous propose un entretien Teams avec la Directrice contrôle de gestion d'Assaada le mercredi 3 décembre à 16h. Invitation ci-jointe.\n\nRim Essaidi\nTalent Acquisition - Nour Invest (Assaada, Nour Immobilier, Nour Mobility)",
        ics=ev(
            "nour-assaada-1203",
            "2025-12-03 16:00:00 +0100",
            "Entretien - Contrôleur de gestion retail Assaada",
            ("Rim Essaidi", "rim.essaidi@nourinvest.ma"),
            "Réunion Microsoft Teams",
            60,
            description="Participer à la réunion Teams https://teams.microsoft.com/l/meetup-join/assaada1203",
        ),
    ),
    m(
        "71115",
        "2025-12-12 17:20",
        "Rim Essaidi <rim.essaidi@nourinvest.ma>",
        "Point d'étape - poste Assaada",
        F("confirmation", AS, ASR, 9, "direct"),
        "Bonjour Yasmine,\n\nJe reviens vers vous comme promis : suite à la réorganisation en cours au sein du pôle retail, le recrutement du poste de Contrôleur de gestion retail est suspendu jusqu'à nouvel ordre. Votre candidature reste active et je vous recontacterai dès que nous aurons de la visibilité, probablement pas avant le deuxième trimestre.\n\nMerci pour votre compréhension,\nRim",
        st="on_hold",
    ),
    # --- 10 SMLP (Société Marocaine de Logistique Portuaire, Taleo) --------------------------
    m(
        "71090",
        "2025-11-20 09:12",
        "Société Marocaine de Logistique Portuaire <smlp@taleo.net>",
        "Accusé de réception - Contrôleur de gestion (Tanger Med)",
        F("confirmation", SM, SMR, 10, "taleo"),
        "Madame El Ouazzani,\n\nLa Société Marocaine de Logistique Portuaire accuse réception de votre candidature au poste de Contrôleur de gestion - Tanger Med (Réf. 25-CG-044).\n\nSi votre candidature n'est pas retenue, vous en serez informée par e-mail.\n\nSMLP - Direction Capital Humain",
    ),
    m(
        "71103",
        "2025-12-04 14:00",
        "SMLP Recrutement <recrutement@smlp.ma>",
        "SMLP - Invitation aux tests en ligne",
        F("assessment", SM, SMR, 10, "direct"),
        "Madame,\n\nDans le cadre de votre candidature, nous vous invitons à passer une batterie de tests psychotechniques en ligne (aptitudes numériques, verbales et inventaire de personnalité) avant le 10 décembre.\n\nLien personnel : https://assess.smlp.ma/t/8Kq2xZ\nDurée : 75 minutes environ.\n\nSMLP - Recrutement",
    ),
    m(
        "71121",
        "2025-12-18 10:44",
        "SMLP Recrutement <recrutement@smlp.ma>",
        "Convocation entretien - SMLP Tanger Med",
        F("interview", SM, SMR, 10, "direct"),
        "Madame,\n\nVous êtes convoquée à un entretien avec le comité de recrutement le lundi 5 janvier 2026 à 10h00 au siège de la SMLP, zone franche Tanger Med (bâtiment administratif B2).\n\nCordialement,\nSMLP",
        ics=ev(
            "smlp-comite-0105",
            "2026-01-05 10:00:00 +0100",
            "Comité de recrutement - Y. El Ouazzani",
            ("SMLP Recrutement", "recrutement@smlp.ma"),
            "SMLP, Tanger Med, bâtiment B2",
        ),
    ),
    m(
        "71146",
        "2026-01-16 12:05",
        "SMLP Recrutement <recrutement@smlp.ma>",
        "Suite à votre candidature",
        F("rejection", SM, SMR, 10, "direct"),
        "Madame El Ouazzani,\n\nNous vous remercions de votre participation à notre processus de recrutement. Le comité a salué la clarté de votre présentation et la solidité de votre expérience.\n\nNous sommes cependant au regret de vous informer que votre candidature n'a pas été retenue à l'issue de cette étape.\n\nNous vous souhaitons pleine réussite.\n\nDirection Capital Humain\nSociété Marocaine de Logistique Portuaire",
    ),
    # --- 11 Fidaris Audit SARL (forwarded from old hotmail) ---------------------------------
    m(
        "71026",
        "2025-09-24 20:41",
        "Yasmine El Ouazzani <yasmine.ouazzani@hotmail.fr>",
        "TR: Accusé de réception de votre candidature",
        F("confirmation", FI, FIR, 11, "direct"),
        "\n\n________________________________\nDe : Fidaris Audit <recrutement@fidaris.ma>\nEnvoyé : mercredi 24 septembre 2025 17:02\nÀ : yasmine.ouazzani@hotmail.fr\nObjet : Accusé de réception de votre candidature\n\nBonjour,\n\nNous avons bien reçu votre candidature au poste d'Auditeur financier senior et vous en remercions. Notre équipe revient vers vous dans les meilleurs délais.\n\nFidaris Audit SARL - Expertise comptable & audit\n47 rue Ibnou Mounir, Maârif, Casablanca",
    ),
    m(
        "71037",
        "2025-10-01 11:22",
        "Fidaris Audit <recrutement@fidaris.ma>",
        "Votre candidature - Fidaris",
        F("rejection", FI, FIR, 11, "direct"),
        "Bonjour Madame,\n\nMerci pour l'intérêt porté à notre cabinet. Votre profil, orienté contrôle de gestion en entreprise, est de grande qualité mais s'éloigne des besoins de notre pôle audit légal. Nous ne donnerons donc pas suite.\n\nBien cordialement,\nFidaris Audit",
        to="Yasmine El Ouazzani <yasmine.ouazzani@hotmail.fr>",
    ),
    # --- 12 Flousy (founder from gmail) -> ghosted after interview ---------------------------
    m(
        "71110",
        "2025-12-09 23:05",
        "Mehdi Sqalli <mehdi.sqalli@gmail.com>",
        "RAF chez Flousy ?",
        F("interview", FL, FLR, 12, "direct"),
        "Salut Yasmine (je me permets le tutoiement, on a un ami commun, Anas),\n\nJe suis cofondateur de Flousy, on fait du paiement fractionné pour les commerçants. On lève notre série A et il nous faut quelqu'un pour tenir les finances : budget, reporting investisseurs, relation avec la banque et la DGI. Anas m'a transmis ton CV que tu lui avais envoyé pour le poste.\n\nOn se prend un café jeudi 11 à 18h au Starbucks Morocco Mall ? Sinon un Google Meet.\n\nMehdi\nCo-founder & CEO, Flousy",
    ),
    m(
        "71112",
        "2025-12-10 08:20",
        "Yasmine El Ouazzani <yasmine.elouazzani@gmail.com>",
        "Re: RAF chez Flousy ?",
        F("interview", FL, FLR, 12, "direct"),
        "Bonjour Mehdi,\n\nAvec plaisir, jeudi 18h me convient. À jeudi !\n\nYasmine\n\nLe mar. 9 déc. 2025 à 23:05, Mehdi Sqalli <mehdi.sqalli@gmail.com> a écrit :\n> On se prend un café jeudi 11 à 18h au Starbucks Morocco Mall ?",
        to="Mehdi Sqalli <mehdi.sqalli@gmail.com>",
    ),
    # --- 13 Sodeprim via ANAPEC -> ghosted --------------------------------------------------
    m(
        "71060",
        "2025-10-17 10:10",
        "ANAPEC <ne-pas-repondre@anapec.org>",
        "ANAPEC - Votre candidature à l'offre n° 2025-CA-18342",
        F("confirmation", SD, SDR, 13, "other"),
        "Madame EL OUAZZANI Yasmine,\n\nVotre candidature à l'offre n° 2025-CA-18342 « Comptable contrôleur de gestion » (employeur : SODEPRIM SARL, Casablanca - Sidi Maârouf) a été enregistrée et transmise à l'employeur.\n\nVotre conseiller ANAPEC : agence Casablanca Anfa.\n\nAgence Nationale de Promotion de l'Emploi et des Compétences",
    ),
    # --- 14 Yallo Logistics (Teamtailor) -------------------------------------------------
    m(
        "71129",
        "2025-12-29 10:30",
        "Yallo Logistics <no-reply@teamtailor-mail.com>",
        "Merci pour ta candidature !",
        F("confirmation", YA, YAR, 14, "teamtailor"),
        html="<html><body><p>Hello Yasmine 👋</p><p>Merci d'avoir postulé au poste de <b>Contrôleur de gestion</b> chez Yallo ! On lit toutes les candidatures et on revient vers toi sous 2 semaines.</p><p>L'équipe People de Yallo</p><p><small>Yallo Logistics SARL AU · Casablanca</small></p></body></html>",
    ),
    m(
        "71142",
        "2026-01-13 15:15",
        "Yallo Logistics <no-reply@teamtailor-mail.com>",
        "Ta candidature chez Yallo",
        F("rejection", YA, YAR, 14, "teamtailor"),
        html="<html><body><p>Hello Yasmine,</p><p>Merci encore pour ton intérêt pour Yallo et pour le temps pris à candidater. On a adoré découvrir ton parcours !</p><p>Après beaucoup d'hésitation, on a décidé de poursuivre avec d'autres candidats dont l'expérience en start-up est plus proche de nos besoins actuels.</p><p>On te souhaite le meilleur pour la suite,<br>L'équipe People</p></body></html>",
    ),
    m(
        "71069",
        "2025-10-22 18:30",
        "Yasmine El Ouazzani <yasmine.elouazzani@gmail.com>",
        "RE: Candidature contrôleur de gestion",
        F("interview", DI, DIR, 7, "direct"),
        "Bonjour Monsieur Filali,\n\nJe vous remercie et vous confirme ma présence lundi 27 octobre à 9h30 à Lissasfa.\n\nBien cordialement,"
        + SIG,
        to="Younes Filali <direction@distrimar.ma>",
    ),
    m(
        "71042",
        "2025-10-03 09:12",
        "Nadia Berrada <n.berrada@atlasciments.ma>",
        "Réponse automatique : Entretien - Contrôleur de gestion industriel",
        ("other_job", AC, ACR, None, "direct", "fr"),
        "Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 6 octobre inclus. Pour toute urgence, merci de contacter recrutement@atlasciments.ma.\n\nCordialement,\nNadia Berrada",
    ),
]
