# ruff: noqa: E501, RUF100
"""Corpus 116, job mail part 1 and the shared helpers (data only): see heldout116.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def zone(day: str) -> str:
    """Europe/Paris: summer time ends on 26 October 2025."""
    return "+0200" if day < "2025-10-26" else "+0100"


m = partial(H.dated_spec, zone)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "fr") -> tuple:
    return (cat, co, role, app, src, lang)


def J(
    cat: str, src: str, co: str | None = None, role: str | None = None, lang: str = "fr"
) -> tuple:
    return (cat, co, role, None, src, lang)


def N(lang: str = "fr") -> tuple:
    return ("not_job", lang)


def ev(start: str, summary: str, organizer: tuple[str, str], **kw: Any) -> dict[str, Any]:
    """A calendar invitation starting at "YYYY-MM-DD HH:MM" Paris time."""
    out: dict[str, Any] = {
        "start": f"{start}:00 {zone(start[:10])}",
        "summary": summary,
        "organizer": organizer,
        "uid": f"{start[:10].replace('-', '')}{len(summary)}{organizer[1].split('@')[0]}@cal",
    }
    out.update(kw)
    return out


def thread(mid: str) -> dict[str, str]:
    return {"In-Reply-To": mid, "References": mid}


SIG = "\n\n--\nNadia Belkacem\n06 41 27 83 90\nDéclarante en douane - RDE\n"

TM, TM1, TM2 = "Transmar", "Déclarant en douane H/F", "Coordinateur transit maritime H/F"
PDT, PDTR = "Phocéenne de Transit", "Agent de transit import/export"
NS, NS1, NS2 = (
    "Nautilia Shipping",
    "Déclarant(e) en douane - Fos-sur-Mer",
    "Agent de transit export (H/F)",
)
SOD, SODR = "Sodimar", "Déclarant en douane (intérim)"
LAV, LAVR = "Lavandière Freight", "Coordinateur transit import"
DK, DKR = "Dockly", "Customs Ops Lead"
KG, KGR = "Kestrel Global Logistics", "Customs Compliance Specialist"
HDC, HDCR = "Havraise de Consignation", "Déclarant en douane confirmé"

MAIL: list[dict[str, Any]] = [
    # --- 1 Transmar (Groupe Méridia, Workday tenant "meridia") ------------------------------
    m(
        "88101",
        "2025-11-05 21:14",
        "Groupe Méridia <meridia@myworkday.com>",
        "Merci pour votre candidature",
        A("confirmation", TM, TM1, 1, "workday"),
        "Bonjour Nadia,\n\n"
        "Nous vous remercions de l'intérêt que vous portez au Groupe Méridia et pour votre candidature au poste de Déclarant en douane H/F (réf. R-04417) au sein de notre filiale Transmar Logistique SAS, Marseille (13002).\n\n"
        "Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond à nos besoins, nous reviendrons vers vous rapidement. Dans le cas contraire, vous recevrez une réponse par e-mail.\n\n"
        "Vous pouvez suivre l'état de votre candidature à tout moment depuis votre espace candidat.\n\n"
        "Cordialement,\nL'équipe Talent Acquisition\nGroupe Méridia\n\n"
        "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
    ),
    m(
        "88102",
        "2025-11-05 21:40",
        "Lucas Perrin <lucas.perrin@gmail.com>",
        "Re: tu postules où en ce moment ?",
        N(),
        "Salut Nadia,\n\nTransmar c'est bien, mon cousin y était en magasin sous douane, ils sont sérieux. Par contre c'est Méridia derrière, donc process de grand groupe, faut être patiente.\n\nBon courage, on se fait un verre au Cours Ju jeudi ?\n\nLucas",
    ),
    m(
        "88103",
        "2025-11-18 10:02",
        "Sabrina Costes <sabrina.costes@meridia-group.fr>",
        "Transmar - échange téléphonique pour le poste de déclarant",
        A("interview", TM, TM1, 1, "direct"),
        "Bonjour Madame Belkacem,\n\n"
        "Je suis chargée de recrutement pour le Groupe Méridia et je reviens vers vous concernant votre candidature chez Transmar.\n\n"
        "Votre parcours (RDE, 5 ans en commission de transport, Delta G et Soprano) a retenu notre attention. Je vous propose un premier échange téléphonique d'une trentaine de minutes jeudi 20 novembre à 11h. Je vous ai envoyé une invitation, n'hésitez pas à me proposer un autre créneau si besoin.\n\n"
        "Bien cordialement,\n\nSabrina Costes\nChargée de recrutement - Pôle Logistique\nGroupe Méridia | 14 quai d'Arenc, 13002 Marseille\nTél. 04 91 00 00 00",
        ics=ev(
            "2025-11-20 11:00",
            "Echange téléphonique - Nadia Belkacem / Transmar",
            ("Sabrina Costes", "sabrina.costes@meridia-group.fr"),
            minutes=30,
            style="outlook",
            location="Appel téléphonique (06 41 27 83 90)",
        ),
    ),
    m(
        "88104",
        "2025-11-24 16:45",
        "Sabrina Costes <sabrina.costes@meridia-group.fr>",
        "Invitation : entretien sur site - Transmar Logistique",
        A("interview", TM, TM1, 1, "direct"),
        "Bonjour Nadia,\n\n"
        "Suite à notre échange de jeudi, j'ai le plaisir de vous convier à un entretien sur site avec M. Olivier Santini, responsable du service douane, et moi-même :\n\n"
        "Jeudi 4 décembre 2025 à 14h00\nTransmar Logistique SAS - Bâtiment B, 14 quai d'Arenc, 13002 Marseille\n\n"
        "Merci de vous présenter à l'accueil avec une pièce d'identité (site portuaire). Prévoyez environ 1h15, un court exercice pratique sur une DAU import vous sera proposé.\n\n"
        "Bien à vous,\nSabrina Costes\nGroupe Méridia",
        ics=ev(
            "2025-12-04 14:00",
            "Entretien Nadia Belkacem - Déclarant en douane Transmar",
            ("Sabrina Costes", "sabrina.costes@meridia-group.fr"),
            minutes=75,
            style="outlook",
            location="Transmar Logistique, Bât. B, 14 quai d'Arenc, 13002 Marseille",
            attendees=[("Olivier Santini", "olivier.santini@transmar-logistique.fr")],
        ),
    ),
    m(
        "88105",
        "2026-01-13 18:20",
        "Olivier Santini <olivier.santini@transmar-logistique.fr>",
        "Proposition",
        A("offer", TM, TM1, 1, "direct"),
        "Bonjour Nadia,\n\n"
        "Comme je vous l'ai dit au téléphone tout à l'heure, nous souhaitons vous accueillir dans l'équipe douane de Transmar.\n\n"
        "Pour récapituler : CDI, statut agent de maîtrise, 34 000 € bruts annuels sur 13 mois, prime de bilan, tickets restaurant, mutuelle groupe. Prise de poste souhaitée le 2 mars.\n\n"
        "Sabrina va vous adresser la promesse d'embauche par voie électronique dans les prochains jours.\n\n"
        "Au plaisir,\nOlivier Santini\nResponsable Service Douane\nTransmar - Groupe Méridia",
    ),
    m(
        "88106",
        "2026-01-15 09:31",
        "Sabrina Costes via Docusign <dse_NA4@docusign.net>",
        "Veuillez signer : Promesse d'embauche - Nadia Belkacem",
        A("offer", TM, TM1, 1, "docusign"),
        html="<html><body><table width='100%'><tr><td style='font-family:Arial'>"
        "<p><b>Sabrina Costes</b> vous a envoyé un document à vérifier et à signer.</p>"
        "<p><a href='https://eu.docusign.net/Signing/EmailStart.aspx?a=7f1c'>EXAMINER LE DOCUMENT</a></p>"
        "<p>Bonjour Nadia,<br>Vous trouverez ci-joint votre promesse d'embauche pour le poste de Déclarant en douane au sein de Transmar Logistique SAS. Merci de la retourner signée avant le 23/01.<br>Sabrina</p>"
        "<p style='font-size:11px;color:#666'>Ne partagez pas ce courriel. Ce message contient un lien d'accès sécurisé à DocuSign.</p>"
        "</td></tr></table></body></html>",
    ),
    m(
        "88107",
        "2026-01-16 20:03",
        "Docusign NA4 System <dse_NA4@docusign.net>",
        "Terminé : Promesse d'embauche - Nadia Belkacem",
        A("offer", TM, TM1, 1, "docusign"),
        html="<html><body><p>Tous les signataires ont terminé <b>Promesse d'embauche - Nadia Belkacem</b>.</p>"
        "<p><a href='https://eu.docusign.net/Member/EmailStart.aspx?d=91aa'>AFFICHER LE DOCUMENT TERMINÉ</a></p>"
        "<p style='font-size:11px'>Transmar Logistique SAS - via DocuSign</p></body></html>",
        st="accepted",
    ),
    m(
        "88108",
        "2026-02-03 11:12",
        "Groupe Méridia - Onboarding <onboarding@meridia-group.fr>",
        "Bienvenue ! Préparez votre arrivée le 2 mars",
        J("other_job", "direct", TM, TM1),
        "Bonjour Nadia,\n\n"
        "Toute l'équipe se réjouit de votre arrivée chez Transmar le lundi 2 mars à 9h00.\n\n"
        "Afin de préparer votre dossier administratif, merci de déposer avant le 20 février sur le portail onboarding : pièce d'identité, carte Vitale, RIB, justificatif de domicile, copie de vos diplômes et de votre habilitation RDE.\n\n"
        "Votre badge d'accès au port vous sera remis le premier jour.\n\nÀ très vite,\nService RH - Groupe Méridia",
    ),
    # --- 19 Transmar, second role (before the offer) ------------------------------------------
    m(
        "88110",
        "2025-09-09 08:55",
        "Groupe Méridia <meridia@myworkday.com>",
        "Merci pour votre candidature",
        A("confirmation", TM, TM2, 19, "workday"),
        "Bonjour Nadia,\n\n"
        "Nous vous remercions de l'intérêt que vous portez au Groupe Méridia et pour votre candidature au poste de Coordinateur transit maritime H/F (réf. R-04502) au sein de notre filiale Transmar Logistique SAS, Fos-sur-Mer (13270).\n\n"
        "Votre dossier va être étudié avec attention par nos équipes.\n\n"
        "Cordialement,\nL'équipe Talent Acquisition\nGroupe Méridia",
    ),
    m(
        "88111",
        "2025-10-02 07:10",
        "Groupe Méridia <meridia@myworkday.com>",
        "Mise à jour de votre candidature R-04502",
        A("rejection", TM, TM2, 19, "workday"),
        "Bonjour Nadia,\n\n"
        "Nous vous informons que le poste de Coordinateur transit maritime H/F (R-04502) a été pourvu. Votre candidature à ce poste est donc clôturée.\n\n"
        "Cette décision ne concerne que cette offre : vos autres candidatures au sein du Groupe Méridia restent actives.\n\n"
        "Cordialement,\nL'équipe Talent Acquisition\nGroupe Méridia",
    ),
    # --- 2 Phocéenne de Transit (Indeed) -------------------------------------------------------
    m(
        "88120",
        "2025-09-04 13:22",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Agent de transit import/export",
        A("confirmation", PDT, PDTR, 2, "indeed"),
        html="<html><body><h2>Votre candidature a bien été envoyée</h2>"
        "<p><b>Agent de transit import/export</b><br>Phocéenne de Transit - Marseille 15e (13)</p>"
        "<p>Les éléments suivants ont été envoyés à l'employeur : CV, coordonnées, réponses aux questions.</p>"
        "<p>Conseil : les employeurs répondent généralement dans les 2 semaines. Si vous ne recevez pas de réponse, cela peut signifier que votre candidature n'a pas été retenue.</p>"
        "<p><a href='https://fr.indeed.com/myjobs'>Voir mes candidatures</a></p></body></html>",
    ),
    m(
        "88121",
        "2025-09-15 17:48",
        "PDT Recrutement <recrutement@pdt-transit.fr>",
        "Votre candidature - rendez-vous",
        A("interview", PDT, PDTR, 2, "direct"),
        "Bonjour Madame,\n\n"
        "Nous avons bien reçu votre candidature au poste d'agent de transit et souhaiterions vous rencontrer dans nos locaux, 52 chemin de la Madrague-Ville, 13015 Marseille, le lundi 22 septembre à 9h30.\n\n"
        "Merci de nous confirmer votre présence par retour de mail.\n\n"
        "Cordialement,\n\nMartine Giordano\nAssistante de direction\nPDT - Phocéenne de Transit\nCommissionnaire en douane agréé",
    ),
    m(
        "88122",
        "2025-09-15 19:02",
        "Nadia Belkacem <nadia.belkacem@laposte.net>",
        "Re: Votre candidature - rendez-vous",
        A("interview", PDT, PDTR, 2, "direct"),
        "Bonjour Madame Giordano,\n\nJe vous confirme ma présence le lundi 22 septembre à 9h30.\n\nBien cordialement,\nNadia Belkacem\n\n"
        "Le lun. 15 sept. 2025 à 17:48, PDT Recrutement <recrutement@pdt-transit.fr> a écrit :\n"
        "> Bonjour Madame,\n> Nous avons bien reçu votre candidature au poste d'agent de transit et souhaiterions vous rencontrer...",
        to="PDT Recrutement <recrutement@pdt-transit.fr>",
    ),
    m(
        "88123",
        "2025-10-01 10:15",
        "PDT Recrutement <recrutement@pdt-transit.fr>",
        "Suite à votre candidature",
        A("rejection", PDT, PDTR, 2, "direct"),
        "Madame,\n\n"
        "Nous vous remercions pour le temps que vous nous avez accordé lors de notre rencontre du 22 septembre. Vos connaissances en réglementation douanière et votre aisance relationnelle ont été très appréciées par M. Aubert.\n\n"
        "Nous avons toutefois fait le choix d'un candidat disposant d'une expérience plus longue sur les flux Maghreb, qui correspondait davantage à l'organisation actuelle de notre service.\n\n"
        "Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité se présentait.\n\n"
        "Nous vous prions d'agréer, Madame, nos salutations distinguées.\n\nLa Direction\nPhocéenne de Transit SARL",
    ),
    # --- 3 Nautilia Shipping (Taleo, NSA) --------------------------------------------------------
    m(
        "88130",
        "2025-09-05 15:30",
        "NSA Recrutement <nsa@taleo.net>",
        "Accusé de réception de votre candidature",
        A("confirmation", NS, NS1, 3, "taleo"),
        "Madame Belkacem,\n\n"
        "Nous accusons réception de votre candidature pour le poste Déclarant(e) en douane - Fos-sur-Mer (numéro de référence 2500381).\n\n"
        "Nous l'examinerons avec attention. Si votre profil ne correspondait pas aux critères recherchés, nous vous en informerions par courriel.\n\n"
        "Nous vous remercions de l'intérêt que vous portez à NSA Nautilia Shipping Agencies.\n\n"
        "Le Service Recrutement\n\n*** Ce message est généré automatiquement. Merci de ne pas y répondre. ***",
    ),
    m(
        "88131",
        "2025-09-24 08:05",
        "NSA Recrutement <nsa@taleo.net>",
        "Votre candidature",
        A("rejection", NS, NS1, 3, "taleo"),
        "Madame Belkacem,\n\n"
        "Nous avons pris connaissance avec intérêt de votre candidature au poste Déclarant(e) en douane - Fos-sur-Mer (2500381) et vous remercions de la confiance que vous nous avez témoignée.\n\n"
        "Votre expérience est solide et votre dossier a été examiné avec soin. Après étude, nous avons cependant retenu des profils plus proches des exigences de ce poste.\n\n"
        "Nous vous souhaitons pleine réussite dans vos recherches.\n\n"
        "Le Service Recrutement\nNSA Nautilia Shipping Agencies SAS",
    ),
    # --- 20 Nautilia Shipping again, another role ------------------------------------------
    m(
        "88135",
        "2025-10-20 12:44",
        "NSA Recrutement <nsa@taleo.net>",
        "Accusé de réception de votre candidature",
        A("confirmation", NS, NS2, 20, "taleo"),
        "Madame Belkacem,\n\n"
        "Nous accusons réception de votre candidature pour le poste Agent de transit export (H/F) (numéro de référence 2500467).\n\n"
        "Nous l'examinerons avec attention. Si votre profil ne correspondait pas aux critères recherchés, nous vous en informerions par courriel.\n\n"
        "Nous vous remercions de l'intérêt que vous portez à NSA Nautilia Shipping Agencies.\n\nLe Service Recrutement",
    ),
    # --- 4 Sodimar through Provalis Intérim -------------------------------------------------
    m(
        "88140",
        "2025-09-08 09:12",
        "Élodie Marchetti <e.marchetti@provalis-interim.fr>",
        "Mission déclarant(e) en douane - Fos-sur-Mer",
        J("outreach", "agency", role=SODR),
        "Bonjour Nadia,\n\n"
        "Je me permets de vous contacter suite à la consultation de votre CV sur HelloWork. Nous recherchons pour l'un de nos clients, commissionnaire en douane implanté sur la zone de Fos-Distriport, un(e) déclarant(e) en douane pour une mission d'intérim de 3 mois renouvelable, avec possibilité d'embauche.\n\n"
        "Horaires 8h-16h30, taux horaire selon profil + IFM/ICCP 10 % + 10 %.\n\n"
        "Seriez-vous disponible pour un échange téléphonique cette semaine ?\n\n"
        "Élodie Marchetti\nChargée de recrutement\nProvalis Intérim - Agence de Martigues\n04 42 00 00 00",
    ),
    m(
        "88141",
        "2025-09-10 16:40",
        "Élodie Marchetti <e.marchetti@provalis-interim.fr>",
        "RE: Mission déclarant(e) en douane - Fos-sur-Mer",
        A("confirmation", SOD, SODR, 4, "agency"),
        "Bonjour Nadia,\n\n"
        "Merci pour notre échange de ce matin. Comme convenu, j'ai présenté votre candidature à notre client, la société Sodimar (Fos-Distriport). Je vous tiens informée de leur retour dès que possible.\n\n"
        "Pensez à compléter votre inscription sur notre application Provalis (pièces justificatives).\n\n"
        "Belle journée,\nÉlodie\n\n"
        "-----Message d'origine-----\nDe : Nadia Belkacem\nEnvoyé : mercredi 10 septembre 2025 08:52\nObjet : RE: Mission déclarant(e) en douane - Fos-sur-Mer\n\n"
        "Bonjour Élodie, je suis disponible ce matin à partir de 10h. Cordialement, Nadia",
    ),
    m(
        "88142",
        "2025-09-17 11:05",
        "Élodie Marchetti <e.marchetti@provalis-interim.fr>",
        "Entretien chez Sodimar vendredi",
        A("interview", SOD, SODR, 4, "agency"),
        "Bonjour Nadia,\n\n"
        "Bonne nouvelle : Sodimar souhaite vous rencontrer vendredi 19 septembre à 10h, sur site (ZI du Caban, Fos-sur-Mer). Vous serez reçue par Mme Rey, chef de service dédouanement.\n\n"
        "N'hésitez pas à m'appeler après l'entretien pour me faire un retour.\n\nÉlodie",
    ),
    m(
        "88143",
        "2025-09-26 14:18",
        "Élodie Marchetti <e.marchetti@provalis-interim.fr>",
        "Retour Sodimar",
        A("rejection", SOD, SODR, 4, "agency"),
        "Bonjour Nadia,\n\n"
        "J'ai eu Mme Rey au téléphone. Elle a beaucoup apprécié votre rigueur et votre connaissance du statut OEA, mais le client a finalement retenu un candidat déjà formé sur leur logiciel de dédouanement, disponible immédiatement.\n\n"
        "Je suis désolée pour ce retour. Je garde bien sûr votre profil en tête pour nos prochaines missions sur le secteur.\n\n"
        "Bien à vous,\nÉlodie Marchetti\nProvalis Intérim",
    ),
    # --- 5 Lavandière Freight through Arcane RH (withdrawn) ------------------------------------
    m(
        "88150",
        "2025-11-28 10:30",
        "Julien Abitbol <julien.abitbol@arcane-rh.fr>",
        "Opportunité - Coordinateur transit import (Marseille)",
        J("outreach", "agency", role=LAVR),
        "Bonjour Nadia,\n\n"
        "Julien Abitbol, consultant chez Arcane RH, cabinet spécialisé supply chain et transport. Je vous contacte de manière confidentielle pour un poste de Coordinateur transit import chez l'un de nos clients, un commissionnaire de transport indépendant d'une centaine de personnes basé à Marseille (Euroméditerranée).\n\n"
        "Le poste : coordination des opérations import maritime (Asie principalement), encadrement de 3 déclarants, interface avec la douane de Marseille-Port. Rémunération 38-42 K€ selon profil.\n\n"
        "Auriez-vous quelques minutes pour en parler ?\n\n"
        "Bien à vous,\nJulien Abitbol\nConsultant Senior - Arcane RH\n07 00 00 00 00",
    ),
    m(
        "88151",
        "2025-12-03 18:12",
        "Julien Abitbol <julien.abitbol@arcane-rh.fr>",
        "Présentation de votre candidature - Lavandière Freight",
        A("confirmation", LAV, LAVR, 5, "agency"),
        "Bonjour Nadia,\n\n"
        "Merci pour notre échange. Avec votre accord, je présente votre candidature à notre client : il s'agit de Lavandière Freight. Je vous ai joint la fiche de poste détaillée.\n\n"
        "Je reviens vers vous dès que j'ai un retour de la DRH.\n\nJulien",
        attach=[
            (
                "FDP_Coordinateur_transit_import_Lavandiere.txt",
                "text/plain",
                "Fiche de poste - Coordinateur transit import - Lavandière Freight SAS\nMissions : ...\n",
            )
        ],
    ),
    m(
        "88152",
        "2025-12-10 09:00",
        "Julien Abitbol <julien.abitbol@arcane-rh.fr>",
        "Entretien Lavandière Freight - mardi 16/12",
        A("interview", LAV, LAVR, 5, "agency"),
        "Bonjour Nadia,\n\n"
        "Lavandière Freight souhaite vous rencontrer : mardi 16 décembre à 17h30 avec Mme Castel (DRH) et M. Lavandière (directeur des opérations), dans leurs locaux au 40 boulevard de Dunkerque.\n\nInvitation ci-jointe.\n\nJulien",
        ics=ev(
            "2025-12-16 17:30",
            "Entretien N. Belkacem - Lavandière Freight",
            ("Julien Abitbol", "julien.abitbol@arcane-rh.fr"),
            minutes=60,
            location="40 boulevard de Dunkerque, 13002 Marseille",
        ),
    ),
    m(
        "88153",
        "2026-01-19 12:30",
        "Julien Abitbol <julien.abitbol@arcane-rh.fr>",
        "RE: Désistement - poste Lavandière Freight",
        A("confirmation", LAV, LAVR, 5, "agency"),
        "Bonjour Nadia,\n\n"
        "Merci de m'avoir prévenu rapidement, c'est apprécié. Je comprends tout à fait votre choix et je transmets votre désistement à Lavandière Freight, qui était très positive à l'issue de l'entretien.\n\n"
        "Félicitations pour votre nouveau poste, et au plaisir de recroiser votre route.\n\nJulien\n\n"
        "> Bonjour Julien,\n> Je vous informe que j'ai accepté une autre proposition et je retire donc ma candidature pour le poste chez Lavandière Freight.\n> Merci pour votre accompagnement.\n> Nadia",
        st="withdrawn",
    ),
    # --- 6 Dockly (start-up, Aix; Teamtailor; founder on Gmail, tu) ------------------------
    m(
        "88160",
        "2025-10-13 22:07",
        "Dockly <no-reply@teamtailor-mail.com>",
        "Merci pour ta candidature chez Dockly 🚢",
        A("confirmation", DK, DKR, 6, "teamtailor"),
        html="<html><body><div style='max-width:560px;font-family:Helvetica'>"
        "<h1 style='color:#0b3d91'>Hello Nadia !</h1>"
        "<p>Merci d'avoir postulé au poste de <b>Customs Ops Lead</b> chez Dockly. On a bien reçu ton CV.</p>"
        "<p>On est une petite équipe (14 personnes) qui construit la plateforme de dédouanement des PME : chaque candidature est lue par un humain, promis. On revient vers toi sous 10 jours max, même si c'est pour te dire non.</p>"
        "<p>En attendant, tu peux jeter un œil à notre page carrière.</p>"
        "<p>L'équipe Dockly</p>"
        "<p style='font-size:11px;color:#999'>Propulsé par Teamtailor · <a href='https://dockly.teamtailor.com/connect'>Gérer mes données</a></p>"
        "</div></body></html>",
    ),
    m(
        "88161",
        "2025-10-16 08:41",
        "Thomas Vidal <thomas.vidal.dk@gmail.com>",
        "Dockly - on s'appelle ?",
        A("interview", DK, DKR, 6, "direct"),
        "Salut Nadia,\n\n"
        "Thomas, cofondateur de Dockly (je t'écris de mon perso, notre Google Workspace fait des siennes ce matin). J'ai lu ton CV, ton expérience sur les régimes particuliers et l'entrepôt sous douane nous intéresse beaucoup.\n\n"
        "Dispo pour un visio de 45 min lundi 20 à 18h ? Je te mets l'invit.\n\n"
        "Thomas\n\nEnvoyé de mon iPhone",
        ics=ev(
            "2025-10-20 18:00",
            "Dockly x Nadia",
            ("Thomas Vidal", "thomas.vidal.dk@gmail.com"),
            minutes=45,
            location="https://meet.google.com/kvp-xtrd-mzs",
        ),
    ),
    m(
        "88162",
        "2025-10-21 10:15",
        "Thomas Vidal <thomas@dockly.fr>",
        "Cas pratique Dockly",
        A("assessment", DK, DKR, 6, "direct"),
        "Hello Nadia,\n\n"
        "Merci pour hier soir, super échange ! Comme promis, voici la prochaine étape : un petit cas pratique (compte 2h max, pas plus).\n\n"
        "Le contexte : un client e-commerce importe des trottinettes électriques de Shenzhen en DDP. Propose-nous le classement tarifaire, les droits et taxes, les points de vigilance (antidumping, conformité CE) et comment tu automatiserais le process dans l'outil.\n\n"
        "Tu peux nous renvoyer ça d'ici lundi 27. Si tu as des questions, écris-moi.\n\n"
        "Thomas\nCo-fondateur & CEO - Dockly\nLe Mansard, Aix-en-Provence",
    ),
    m(
        "88163",
        "2025-11-04 19:30",
        "Thomas Vidal <thomas@dockly.fr>",
        "Re: Cas pratique Dockly",
        A("rejection", DK, DKR, 6, "direct"),
        "Salut Nadia,\n\n"
        "Merci encore pour ton cas pratique, vraiment propre, notamment la partie sur l'antidumping : Inès et moi on a appris des trucs.\n\n"
        "On a pris beaucoup de temps pour décider, et on a finalement choisi quelqu'un qui vient du produit SaaS en plus de la douane, parce que ce poste va vite basculer côté produit. C'est un vrai crève-cœur parce que ton profil métier était le plus solide.\n\n"
        "Si tu es OK, je garde ton contact pour la suite (on va ouvrir un poste ops pur en 2026).\n\n"
        "Bonne continuation et encore merci,\nThomas\n\n"
        "Le lun. 27 oct. 2025 à 21:12, Nadia Belkacem <nadia.belkacem@laposte.net> a écrit :\n> Bonsoir Thomas,\n> Voici mon cas pratique en PJ.\n> Belle soirée,\n> Nadia",
    ),
    # --- 7 Kestrel Global Logistics (SmartRecruiters, English) -----------------------------
    m(
        "88170",
        "2025-09-22 14:03",
        "Kestrel Global Logistics <noreply@smartrecruiters.com>",
        "Thank you for your application to Kestrel Global Logistics",
        A("confirmation", KG, KGR, 7, "smartrecruiters", "en"),
        "Dear Nadia,\n\n"
        "Thank you for applying for the Customs Compliance Specialist position in Fos-sur-Mer, France. We have received your application and our Talent Acquisition team is currently reviewing it.\n\n"
        "Due to the high number of applications, we are unfortunately not able to respond to each candidate individually. If your profile matches the requirements, a member of our team will contact you.\n\n"
        "Best regards,\nKestrel Global Logistics Talent Acquisition\n\n"
        "Powered by SmartRecruiters",
    ),
    m(
        "88171",
        "2025-10-09 09:44",
        "Kestrel Global Logistics <noreply@smartrecruiters.com>",
        "Your application for Customs Compliance Specialist",
        A("rejection", KG, KGR, 7, "smartrecruiters", "en"),
        "Dear Nadia,\n\n"
        "Thank you for your interest in Kestrel Global Logistics and for the time you took to apply.\n\n"
        "We were impressed by your background in French customs procedures. After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs for this role.\n\n"
        "We encourage you to follow our careers page and apply for future openings.\n\n"
        "Kind regards,\nKestrel Global Logistics - EMEA Talent Acquisition",
    ),
    # --- 8 Havraise de Consignation (Le Havre; Flatchr) -------------------------------------
    m(
        "88180",
        "2025-09-29 11:20",
        "Havraise de Consignation <noreply@flatchr.io>",
        "Confirmation de candidature - Déclarant en douane confirmé",
        A("confirmation", HDC, HDCR, 8, "other"),
        "Bonjour Nadia,\n\n"
        "Votre candidature pour l'offre « Déclarant en douane confirmé » (Le Havre - 76600) a bien été enregistrée.\n\n"
        "Notre équipe RH l'étudiera dans les meilleurs délais. Si votre profil est retenu pour la suite du processus, nous vous contacterons pour convenir d'un entretien.\n\n"
        "L'équipe HDC\n\nCet e-mail vous a été envoyé via Flatchr.",
    ),
    m(
        "88181",
        "2025-10-08 15:02",
        "Manon Lefebvre <m.lefebvre@hdc-lehavre.fr>",
        "Entretien téléphonique - HDC",
        A("interview", HDC, HDCR, 8, "direct"),
        "Bonjour Madame Belkacem,\n\n"
        "Je vous remercie pour votre candidature. Votre profil nous intéresse, mais je note que vous êtes basée à Marseille : avant d'aller plus loin, je vous propose un entretien téléphonique jeudi 9 octobre à 14h pour faire connaissance et parler de votre projet de mobilité au Havre.\n\n"
        "Cordialement,\nManon Lefebvre\nResponsable RH\nHavraise de Consignation - HDC\nQuai de Southampton, 76600 Le Havre",
    ),
    m(
        "88182",
        "2025-10-22 09:10",
        "Manon Lefebvre <m.lefebvre@hdc-lehavre.fr>",
        "Votre candidature chez HDC",
        A("rejection", HDC, HDCR, 8, "direct"),
        "Bonjour Madame Belkacem,\n\n"
        "Je vous remercie encore pour notre échange de la semaine dernière, qui a été très agréable. Votre maîtrise des procédures de dédouanement centralisé est réelle.\n\n"
        "Après réflexion, nous avons préféré privilégier une candidature locale, disponible rapidement, compte tenu des contraintes de notre service. Je suis consciente que ce n'est pas la réponse que vous espériez.\n\n"
        "Je vous souhaite une belle réussite dans vos recherches.\n\nManon Lefebvre\nHDC",
    ),
]
