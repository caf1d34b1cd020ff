# ruff: noqa: E501, RUF100
"""Corpus 149, job mail part one (data only): see heldout149.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, the calendar
helper and the employer / role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Paris's offset on ``day`` (CEST until 26 October 2025 and again from 29 March 2026)."""
    return "+0200" if day < "2025-10-26" or day >= "2026-03-29" else "+0100"


m = partial(dated_spec, tz)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "fr") -> tuple[Any, ...]:
    """Application mail."""
    return (cat, co, role, app, src, lang)


def J(
    cat: str, src: str, co: str | None = None, role: str | None = None, lang: str = "fr"
) -> tuple[Any, ...]:
    """Job mail that belongs to no application (alerts, outreach, other job mail)."""
    return (cat, co, role, None, src, lang)


def N(lang: str = "fr") -> tuple[Any, ...]:
    """Mail that is not about jobs."""
    return ("not_job", lang)


def ics(
    uid: str, start: str, summary: str, organizer: tuple[str, str], **kw: Any
) -> dict[str, Any]:
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" plus offset from :func:`tz`)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def after(*earlier: dict[str, Any]) -> dict[str, str]:
    """Threading headers of a reply to the last of ``earlier`` (oldest first)."""
    ids = [spec["id"] for spec in earlier]
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


ME_ADDR = "yasmine.belkacem.rousseau@gmail.com"
ME_FULL = f"Yasmine Belkacem-Rousseau <{ME_ADDR}>"
SCHOOL_ADDR = "y.belkacem-rousseau@etu.ilm-lille.example"

RIV, RIVR = "Rivéa Logistique", "Alternant(e) Gestionnaire des flux"
TRA, TRAR = "Transalys", "Pilote des flux en alternance (H/F)"
VAL, VALR = "Valmonde", "Apprenti(e) Approvisionneur(se) H/F"
COL, COLR = "Colibri Home", "Alternance - Supply Chain & Operations (F/H)"
DEL, DEL1, DEL2 = (
    "Maison Delcourt",
    "Alternant(e) Planificateur(trice) de la demande",
    "Stage - Assistant(e) Approvisionnement (H/F)",
)
GHA, GHAR = "Groupe Hospitalier Artois-Flandres", "Apprenti(e) acheteur(se)"
VAN, VANR = "Transports Vanhoutte", "Alternant(e) Assistant(e) d'exploitation transport"
OPE, OPER = "Opérae Conseil", "Consultant(e) Supply Chain en alternance"
FRI, FRIR = "Frigonord", "Alternant(e) Approvisionneur(se)"
HAL, HALR = "Halvorsen Packaging", "Supply Chain Apprentice (Alternance)"
SCA, SCAR = "Scaldis Logistique", "Stagiaire Supply Chain"
DNE, DNER = "Distri-Nord Emballages", "Alternance Assistant logistique H/F"
DLP, DLPR = "Deleplanque Matériaux", "Alternance - Gestionnaire de stock H/F"
CFL, CFLR = "Coopérative Flandre-Lys", "Apprenti(e) agent(e) d'approvisionnement"
PHN, PHNR = "Pharmadis Nord", "Alternance - Assistant(e) logistique"
FER, FERR = "Ferronor", "Approvisionneur en alternance H/F"
SPO, SPOR = "Sportéo", "Alternant(e) Analyste Supply Chain"
NEB, NEBR = "Nébuleuse Cosmétiques", "Alternance - Approvisionnement & Achats (F/H)"
VER, VERR = "Vertbois Ameublement", "Alternant Planification de production"
CAS, CASR = "Castelmont Boissons", "Assistant(e) ADV / Logistique en alternance"
AXI, AXIR = "Axiflow", "Alternance - Business Analyst Supply Chain"

RE_ILM = "Relations Entreprises ILM Lille <relations.entreprises@ilm-lille.example>"
SANDRINE = "Sandrine Caudron <sandrine.caudron@ilm-lille.example>"
ILM_SIG = """--
Sandrine Caudron
Chargée de relations entreprises & alternance
Institut Lillois de Management (ILM) – Campus Euralille
03 20 55 41 08 | www.ilm-lille.example
Suivez-nous sur LinkedIn : ILM Lille Business School"""

# --- 1 Rivéa Logistique (the group's recrutement mailbox writes for its entrepôt) ---------------

RIVEA_GROUP = "Recrutement Groupe Rivéa <recrutement@groupe-rivea.example>"
WATTEZ = "Delphine Wattez <d.wattez@groupe-rivea.example>"
WATTEZ_SIG = """Delphine WATTEZ
Chargée de recrutement & relations écoles
Direction des Ressources Humaines – Groupe Rivéa
Rivéa Market · Rivéa Proxi · Rivéa Logistique
Tél. 03 28 09 77 14

Rivéa Logistique France SAS – Entrepôt de Lesquin – Rue de la Haute Borne, 59810 Lesquin
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires."""

_riv_school = m(
    "q3vT1",
    "2025-10-22 16:40",
    SANDRINE,
    "Candidature alternance – Gestionnaire des flux Lesquin – Yasmine Belkacem-Rousseau",
    A("confirmation", RIV, RIVR, 1, "other"),
    f"""Madame, Monsieur,

Suite à l'offre que vous nous avez adressée le 20 octobre, j'ai le plaisir de vous transmettre la candidature de Yasmine Belkacem-Rousseau, étudiante en Master 1 Management de la supply chain à l'ILM, pour le poste d'alternant(e) gestionnaire des flux sur votre entrepôt de Lesquin (contrat d'apprentissage à partir de septembre 2026, 12 mois, rythme 3 semaines en entreprise / 1 semaine à l'école).

Yasmine est en copie de ce message ; vous trouverez en pièce jointe son CV et sa lettre de motivation. Son calendrier d'alternance 2026-2027 est également joint pour information.

Je reste à votre disposition pour toute question sur le cursus ou les modalités du contrat (l'ILM travaille avec le CFA Nord Commerce & Services).

Bien cordialement,

{ILM_SIG}
""",
    to=RIVEA_GROUP,
    cc=ME_FULL,
    attach=[
        (
            "CV_Yasmine_Belkacem-Rousseau.pdf",
            "application/pdf",
            "%PDF-1.5\n% CV Yasmine Belkacem-Rousseau\n",
        ),
        ("Calendrier_alternance_M2_2026-2027.pdf", "application/pdf", "%PDF-1.5\n% calendrier\n"),
    ],
)

_riv_ack = m(
    "Lw09z",
    "2025-10-27 10:05",
    RIVEA_GROUP,
    "RE: Candidature alternance – Gestionnaire des flux Lesquin – Yasmine Belkacem-Rousseau",
    A("confirmation", RIV, RIVR, 1, "direct"),
    f"""Bonjour Madame Caudron,

Nous accusons bonne réception de la candidature de Mme Belkacem-Rousseau et vous en remercions.

Son dossier a été transmis au service RH de notre entrepôt de Lesquin (Rivéa Logistique France), qui reviendra vers elle directement si son profil correspond aux besoins de l'équipe. Compte tenu du nombre de candidatures reçues, le délai de réponse peut être de quelques semaines.

Bien cordialement,

Pôle Recrutement
Groupe Rivéa – Direction des Ressources Humaines
Rivéa Market · Rivéa Proxi · Rivéa Logistique

-----Message d'origine-----
De : Sandrine Caudron <sandrine.caudron@ilm-lille.example>
Envoyé : mercredi 22 octobre 2025 16:40
À : Recrutement Groupe Rivéa <recrutement@groupe-rivea.example>
Cc : Yasmine Belkacem-Rousseau <{ME_ADDR}>
Objet : Candidature alternance – Gestionnaire des flux Lesquin – Yasmine Belkacem-Rousseau

Madame, Monsieur,

Suite à l'offre que vous nous avez adressée le 20 octobre, j'ai le plaisir de vous transmettre la candidature de Yasmine Belkacem-Rousseau, étudiante en Master 1 Management de la supply chain à l'ILM, pour le poste d'alternant(e) gestionnaire des flux sur votre entrepôt de Lesquin [...]
""",
    to=SANDRINE,
    cc=ME_FULL,
    **after(_riv_school),
)

_riv_offer = m(
    "Fh2Ua",
    "2026-01-20 17:31",
    WATTEZ,
    "Proposition d'alternance – Rivéa Logistique France",
    A("offer", RIV, RIVR, 1, "direct"),
    f"""Bonjour Yasmine,

Suite à vos échanges avec Julien Desmet et l'équipe ordonnancement, j'ai le grand plaisir de vous proposer de rejoindre Rivéa Logistique France en contrat d'apprentissage, au poste de gestionnaire des flux sur notre entrepôt de Lesquin.

Les principaux éléments :
- début du contrat : 31 août 2026, pour 12 mois (fin le 31 août 2027) ;
- rythme : 3 semaines en entreprise / 1 semaine à l'ILM, selon le calendrier de l'école ;
- horaires de journée (pas de travail de nuit), 35 h hebdomadaires ;
- rémunération selon la grille légale de l'apprentissage (âge et année d'exécution du contrat), complétée par la prime d'équipe de l'entrepôt ;
- tuteur : Julien Desmet, responsable d'exploitation.

Vous trouverez ci-joint la promesse d'embauche. Je vous remercie de me faire part de votre décision avant le vendredi 30 janvier ; une fois votre accord reçu, nous lancerons le CERFA avec votre CFA et la demande de prise en charge auprès de l'OPCO.

Toute l'équipe espère vous compter parmi nous !

Bien cordialement,

{WATTEZ_SIG}
""",
    attach=[("Promesse_embauche_YBR_RLF.pdf", "application/pdf", "%PDF-1.6\n% promesse\n")],
)

_riv_call = m(
    "cN8pe",
    "2025-11-07 14:22",
    WATTEZ,
    "Votre candidature – Entrepôt de Lesquin",
    A("interview", RIV, RIVR, 1, "direct"),
    f"""Bonjour Yasmine,

Votre candidature pour l'alternance de gestionnaire des flux au sein de notre entrepôt de Lesquin a retenu notre attention.

Je vous propose un premier échange téléphonique d'une vingtaine de minutes le mercredi 12 novembre, entre 9h et 12h. Pourriez-vous m'indiquer le créneau qui vous convient le mieux et le numéro auquel vous joindre ?

Belle journée,

{WATTEZ_SIG}
""",
)

_riv_onsite = m(
    "dE51o",
    "2025-11-19 11:03",
    WATTEZ,
    "Entretien alternance Gestionnaire des flux – Rivéa Logistique Lesquin",
    A("interview", RIV, RIVR, 1, "direct"),
    f"""Bonjour Yasmine,

Comme convenu lors de notre échange téléphonique, je vous confirme votre entretien avec Julien Desmet (responsable d'exploitation) et moi-même le mercredi 26 novembre à 14h, sur le site.

Le site est sécurisé : merci de vous présenter à l'accueil du bâtiment A avec une pièce d'identité, et de prévoir des chaussures fermées, nous ferons un tour de l'entrepôt après l'entretien.

Accès : sortie 2 « Lesquin – Centre d'affaires » sur l'A1, parking visiteurs devant le poste de garde.

À très bientôt,

{WATTEZ_SIG}
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000090C3F1A2D759DC01000000000000000010000000A1B27C",
        "2025-11-26 14:00",
        "Entretien alternance – Gestionnaire des flux – Y. Belkacem-Rousseau",
        ("Wattez Delphine", "d.wattez@groupe-rivea.example"),
        style="outlook",
        minutes=90,
        location="Rivéa Logistique – Entrepôt de Lesquin, Bât. A, rue de la Haute Borne, 59810 Lesquin",
        attendees=[("Desmet Julien", "julien.desmet@rivea-logistique.example")],
    ),
)

_riv_immersion = m(
    "tY7mw",
    "2025-12-12 09:47",
    "Julien Desmet <julien.desmet@rivea-logistique.example>",
    "Suite à notre rencontre",
    A("interview", RIV, RIVR, 1, "direct"),
    """Bonjour Yasmine,

Merci encore pour votre venue le 26/11, l'équipe a apprécié vos questions sur le réappro des cellules et le suivi des ruptures.

Avant de finaliser notre décision, je vous propose de revenir une demi-journée le jeudi 8 janvier au matin pour passer du temps avec l'équipe ordonnancement (Karima et Bastien) et voir concrètement le pilotage des flux entrants. Je vous envoie l'invitation dans la foulée.

Bonnes fêtes de fin d'année si on ne se reparle pas d'ici là,

Julien Desmet
Responsable d'exploitation – Entrepôt de Lesquin
Rivéa Logistique France
06 71 33 20 85

Envoyé de mon iPhone""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C0A9D2318A6ADC01000000000000000010000000F7E6D1",
        "2026-01-08 08:30",
        "Immersion équipe ordonnancement – Y. Belkacem-Rousseau",
        ("Desmet Julien", "julien.desmet@rivea-logistique.example"),
        style="outlook",
        minutes=210,
        location="Entrepôt de Lesquin – bureau exploitation (1er étage)",
    ),
)

_riv_accepted = m(
    "a0RtQ",
    "2026-01-26 10:12",
    WATTEZ,
    "RE: Proposition d'alternance – Rivéa Logistique France",
    A(
        "offer",
        RIV,
        RIVR,
        1,
        "direct",
    ),
    f"""Bonjour Yasmine,

Quelle bonne nouvelle, merci pour votre retour ! Julien et toute l'équipe sont ravis.

Prochaines étapes :
1. je transmets dès aujourd'hui les informations à votre CFA pour l'établissement du CERFA (contrat d'apprentissage) ; vous le recevrez pour signature électronique d'ici trois semaines environ ;
2. la demande de prise en charge sera ensuite déposée auprès de l'OPCO ;
3. Julien souhaiterait par ailleurs vous accueillir dès le mois d'avril en stage (dans le cadre de votre stage de M1) pour une prise de poste en douceur : je vous envoie la convention à faire signer par l'ILM.

Bien cordialement,

{WATTEZ_SIG}

________________________________
De : Yasmine Belkacem-Rousseau <{ME_ADDR}>
Envoyé : dimanche 25 janvier 2026 21:48
À : Delphine Wattez <d.wattez@groupe-rivea.example>
Objet : Re: Proposition d'alternance – Rivéa Logistique France

Bonjour Madame Wattez,

Je vous remercie pour cette proposition, que j'accepte avec un grand plaisir. Vous trouverez ci-joint la promesse d'embauche signée.

Je me tiens à votre disposition pour les démarches liées au contrat.

Bien cordialement,
Yasmine Belkacem-Rousseau
""",
    st="accepted",
    **after(_riv_offer),
)

_tl_verify = m(
    "Zk4cB",
    "2025-10-06 20:41",
    "TL Group Carrières <tlg@myworkday.com>",
    "Vérifiez votre adresse e-mail",
    J("other_job", "workday", TRA),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Bonjour Yasmine,</p>
<p>Merci d'avoir créé un compte candidat sur le site carrières de TL Group.</p>
<p>Pour activer votre compte, cliquez sur le lien ci-dessous dans les 24 heures :</p>
<p><a href="https://tlg.wd3.myworkdayjobs.com/fr-FR/TLG_Careers/activate/3c9e1f0a5b7d4e62a8f1">Activer mon compte</a></p>
<p>Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer ce message.</p>
<p style="color:#888;font-size:11px">Transalys Logistics France SAS – membre de TL Group. Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
</body></html>""",
)

MAIL: list[dict[str, Any]] = [
    # --- 1 Rivéa Logistique ------------------------------------------------------------------
    m(
        "p8kXs",
        "2025-10-21 09:12",
        RE_ILM,
        "[Alternance] Rivéa Logistique – Gestionnaire des flux (Lesquin) – rentrée 2026",
        J("alert", "other", RIV, RIVR),
        """Bonjour à toutes et à tous,

Le Groupe Rivéa (enseignes Rivéa Market et Rivéa Proxi) recrute pour sa filiale logistique un(e) alternant(e) gestionnaire des flux sur l'entrepôt de Lesquin (produits secs et DPH, 42 000 m²).

Missions : suivi des flux entrants et sortants, ordonnancement des réceptions avec les transporteurs, suivi des indicateurs (taux de service magasins, ruptures, productivité), participation aux inventaires tournants, amélioration continue.
Profil : M1/M2 supply chain, à l'aise avec Excel (TCD, RECHERCHEX), curiosité terrain.
Contrat : apprentissage 12 ou 24 mois à compter de septembre 2026, rythme ILM (3 semaines / 1 semaine).

Pour postuler : répondez à ce message avec votre CV et une lettre de motivation avant le 31 octobre. Nous transmettrons les candidatures à l'entreprise.

L'équipe Relations Entreprises & Alternance
ILM Lille – Campus Euralille

Vous recevez ce message car vous êtes inscrit(e) en M1 MSC. Ne pas transférer à l'extérieur de l'école.""",
        to="promo-m1-msc@ilm-lille.example",
        headers={"Precedence": "bulk"},
    ),
    _riv_school,
    _riv_ack,
    _riv_call,
    _riv_onsite,
    _riv_immersion,
    _riv_offer,
    _riv_accepted,
    m(
        "Gd6Hn",
        "2026-02-16 15:02",
        "Rivéa Logistique France via DocuSign <dse@eumail.docusign.net>",
        "Complété : Contrat d'apprentissage (CERFA FA13) – Belkacem-Rousseau Yasmine",
        A("offer", RIV, RIVR, 1, "docusign"),
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff;padding:24px"><tr><td>
<img src="https://eu.docusign.net/Member/Images/email/docComplete-white.png" alt="DocuSign" width="75">
<p style="font-size:20px;color:#333">Votre document est complété</p>
<p><a href="https://eu.docusign.net/Member/EmailStart.aspx?a=8f1c27e4-3b0a-4d11-9e25-a55c0c7f9e01&amp;er=5e1a">AFFICHER LE DOCUMENT COMPLÉTÉ</a></p>
<p>Tous les signataires ont signé <b>Contrat d'apprentissage (CERFA FA13) – Belkacem-Rousseau Yasmine</b>.</p>
<p>Signataires : Yasmine Belkacem-Rousseau ; Julien Desmet (maître d'apprentissage) ; Service Administration du Personnel – Rivéa Logistique France SAS ; CFA Nord Commerce &amp; Services.</p>
<p style="font-size:11px;color:#666">Ne partagez pas ce message. Ce message contient un lien sécurisé vers DocuSign. Veuillez ne pas partager ce message ou ce code d'accès avec d'autres personnes.</p>
<p style="font-size:11px;color:#666">À propos de DocuSign : signez vos documents par voie électronique en quelques minutes. C'est sûr et sécurisé.</p>
</td></tr></table></body></html>""",
        st="accepted",
    ),
    m(
        "Vb3Ys",
        "2026-02-03 12:20",
        "Service Alternance ILM <alternance@ilm-lille.example>",
        "Votre contrat d'apprentissage : les démarches à réaliser",
        J("other_job", "other", RIV, RIVR),
        """Bonjour Yasmine,

Félicitations pour la signature de votre promesse d'embauche avec Rivéa Logistique France !

Pour que votre contrat puisse être enregistré, merci de compléter avant le 20 février :
- la fiche de renseignements apprenti (lien ci-dessous, 10 minutes) ;
- le formulaire de sécurité sociale (copie de l'attestation de droits) ;
- l'accord de votre maître d'apprentissage sur le calendrier 2026-2027.

Le CFA Nord Commerce & Services rédigera la convention de formation et le CERFA FA13, que l'entreprise vous fera signer électroniquement. La demande de prise en charge auprès de l'OPCO est faite par l'employeur.

→ Fiche de renseignements : https://alternance.ilm-lille.example/apprenti/fiche?token=5b2d71e0

Le service alternance
ILM Lille – Campus Euralille – alternance@ilm-lille.example""",
        to=SCHOOL_ADDR,
    ),
    m(
        "Pe5Wd",
        "2026-03-04 08:55",
        "Rivéa Logistique – Intégration <integration@rivea-logistique.example>",
        "Bienvenue chez Rivéa Logistique : votre parcours d'intégration",
        J("other_job", "direct", RIV, RIVR),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Bonjour Yasmine,</p>
<p>Nous sommes heureux de vous accueillir prochainement au sein de l'entrepôt de Lesquin !</p>
<ul>
<li><b>Stage (M1)</b> : du 7 avril au 29 août 2026 – convention signée par l'ILM le 27/02, merci.</li>
<li><b>Contrat d'apprentissage</b> : à partir du 31 août 2026. Le dossier a été déposé auprès de l'OPCO Commerce le 24/02 ; l'accord de prise en charge nous sera notifié sous 20 jours.</li>
<li><b>Premier jour</b> : 7 avril à 8h30, accueil sécurité (1h) puis remise des EPI.</li>
</ul>
<p>Merci de compléter votre dossier administratif (RIB, carte vitale, pièce d'identité) sur notre portail : <a href="https://rivea.flowbase.example/onboarding/aY29Q">mon espace intégration</a>.</p>
<p>À très bientôt,<br>Le service Administration du Personnel<br>Rivéa Logistique France SAS – filiale du Groupe Rivéa</p>
</body></html>""",
    ),
    # --- 2 / 3 Transalys (Workday tenant "tlg"): rejected, then a re-application --------------
    _tl_verify,
    m(
        "Ra7Jq",
        "2025-10-06 20:58",
        "TL Group Carrières <tlg@myworkday.com>",
        "Merci pour votre candidature – Pilote des flux en alternance (H/F) – R-0014573",
        A("confirmation", TRA, TRAR, 2, "workday"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour Yasmine,</p>
<p>Nous vous remercions pour l'intérêt que vous portez à Transalys et vous confirmons la bonne réception de votre candidature au poste de <b>Pilote des flux en alternance (H/F)</b> (réf. R-0014573) – site de Lauwin-Planque.</p>
<p>Notre équipe Talent Acquisition étudie chaque candidature avec attention. Vous pouvez suivre l'avancement de votre dossier à tout moment depuis votre <a href="https://tlg.wd3.myworkdayjobs.com/fr-FR/TLG_Careers/userHome">espace candidat</a>.</p>
<p>Cordialement,<br>L'équipe Talent Acquisition Transalys</p>
<hr><p style="font-size:11px;color:#777">Transalys Logistics France SAS · TL Group · Vos données sont traitées conformément à notre politique de confidentialité candidats.</p>
</body></html>""",
    ),
    m(
        "Mi2Fo",
        "2025-11-05 08:15",
        "TL Group Carrières <tlg@myworkday.com>",
        "Votre candidature",
        A("rejection", TRA, TRAR, 2, "workday"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour Yasmine,</p>
<p>Nous vous remercions pour le temps consacré à votre candidature au poste de Pilote des flux en alternance (H/F).</p>
<p>Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable. Cette décision ne remet pas en cause vos qualités ; nous avons reçu de nombreuses candidatures pour ce poste.</p>
<p>Nous vous invitons à consulter régulièrement nos offres et à créer une alerte emploi sur notre site carrières.</p>
<p>Nous vous souhaitons une pleine réussite dans vos projets.</p>
<p>L'équipe Talent Acquisition Transalys</p>
</body></html>""",
    ),
    m(
        "Ue6Ck",
        "2026-01-12 19:30",
        "TL Group Carrières <tlg@myworkday.com>",
        "Candidature reçue : Pilote des flux en alternance (H/F) – Lauwin-Planque",
        A("confirmation", TRA, TRAR, 3, "workday"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour Yasmine,</p>
<p>Merci d'avoir postulé à l'offre <b>Pilote des flux en alternance (H/F)</b> (réf. R-0016102), Lauwin-Planque (59).</p>
<p>Votre candidature a bien été enregistrée. Si votre profil correspond à nos attentes, un membre de l'équipe recrutement prendra contact avec vous. Certaines offres comprennent une évaluation en ligne : surveillez votre messagerie (y compris vos courriers indésirables).</p>
<p>Cordialement,<br>Transalys – Talent Acquisition</p>
<p style="font-size:11px;color:#777">Ne répondez pas à ce message. Gérer mon compte : https://tlg.wd3.myworkdayjobs.com/fr-FR/TLG_Careers</p>
</body></html>""",
    ),
    m(
        "Ws9Ax",
        "2026-01-16 11:02",
        "SHL <no-reply@shl.com>",
        "Transalys – Invitation à passer une évaluation en ligne",
        A("assessment", TRA, TRAR, 3, "other"),
        """Bonjour Yasmine Belkacem-Rousseau,

Dans le cadre de votre candidature au poste de Pilote des flux en alternance (H/F), Transalys vous invite à compléter les évaluations suivantes :

  • Verify Interactive – Raisonnement numérique (environ 18 minutes)
  • Questionnaire de style comportemental OPQ (environ 25 minutes)

Date limite : 23/01/2026 23:59 (heure de Paris)

Commencer l'évaluation : https://eu.shl.com/candidate/launch?invitation=TLG-7d81e22c-0f41

Conseils : utilisez un ordinateur et une connexion stable, et prévoyez un moment au calme. Vous pouvez interrompre le questionnaire OPQ et le reprendre plus tard, mais pas le test de raisonnement.

En cas de difficulté technique, contactez l'assistance SHL depuis la page de l'évaluation.

Cordialement,
L'équipe SHL pour Transalys

Ce message a été envoyé par SHL au nom de Transalys. Pour en savoir plus sur la manière dont vos données sont traitées, consultez la politique de confidentialité SHL.""",
    ),
    m(
        "Ws9Ay",
        "2026-01-21 07:30",
        "SHL <no-reply@shl.com>",
        "Rappel : votre évaluation Transalys expire bientôt",
        A("assessment", TRA, TRAR, 3, "other"),
        """Bonjour Yasmine Belkacem-Rousseau,

Il vous reste des évaluations à terminer pour votre candidature chez Transalys :

  • Questionnaire de style comportemental OPQ – non commencé

Date limite : 23/01/2026 23:59 (heure de Paris)

Reprendre : https://eu.shl.com/candidate/launch?invitation=TLG-7d81e22c-0f41

Si vous avez déjà terminé, ignorez ce message.

SHL""",
    ),
    # --- 4 Valmonde: Taleo, then Oracle Recruiting Cloud after a migration ----------------------
    m(
        "Hn1Kc",
        "2025-10-13 18:04",
        "Valmonde Recrutement <no-reply@taleo.net>",
        "Accusé de réception de votre candidature - Apprenti(e) Approvisionneur(se) H/F - 2500318",
        A("confirmation", VAL, VALR, 4, "taleo"),
        """Madame Belkacem-Rousseau,

Nous avons bien reçu votre candidature pour le poste Apprenti(e) Approvisionneur(se) H/F (numéro de référence 2500318) et nous vous remercions de l'intérêt que vous portez à notre Groupe.

Votre candidature va être étudiée avec la plus grande attention par nos équipes Ressources Humaines du site de Douai. Si votre profil correspond à nos besoins, nous vous contacterons afin de convenir d'un entretien.

Vous pouvez à tout moment consulter l'état de votre candidature en vous connectant à votre profil : https://valmonde.taleo.net/careersection/ext_fr/mysubmissions.ftl

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Direction des Ressources Humaines
VALMONDE AUTOMOTIVE SYSTEMS FRANCE SAS – Site de Lambres-lez-Douai

*** Ce message a été généré automatiquement. Merci de ne pas y répondre. ***""",
    ),
    m(
        "Hn1Kd",
        "2025-10-13 18:05",
        "Valmonde Recrutement <no-reply@taleo.net>",
        "Bienvenue dans la communauté Talents Valmonde",
        J("alert", "taleo", VAL),
        html="""<html><body style="font-family:Arial;font-size:13px">
<p>Bonjour Yasmine,</p>
<p>Vous faites désormais partie de la <b>communauté Talents Valmonde</b>. Vous recevrez nos offres correspondant à vos préférences (Supply Chain – Hauts-de-France – Alternance) ainsi que des actualités sur nos sites et nos métiers.</p>
<p>Valmonde en bref : 38 sites dans 14 pays, des modules de sièges et de portes pour les constructeurs européens.</p>
<p><a href="https://valmonde.taleo.net/careersection/ext_fr/jobsearch.ftl">Voir toutes nos offres</a> · <a href="https://valmonde.taleo.net/careersection/ext_fr/profile.ftl?unsubscribe=1">Modifier mes préférences</a></p>
</body></html>""",
    ),
    m(
        "Xo4Qp",
        "2025-11-17 09:41",
        "Valmonde Talent Acquisition <no-reply@ekxa.fa.em2.oraclecloud.com>",
        "Invitation à planifier un entretien : Apprenti(e) Approvisionneur(se) H/F",
        A("interview", VAL, VALR, 4, "oracle"),
        html="""<html><body style="font-family:'Oracle Sans',Arial,sans-serif;font-size:14px;color:#161513">
<p>Bonjour Yasmine,</p>
<p>Valmonde a récemment changé d'outil de recrutement : votre candidature au poste <b>Apprenti(e) Approvisionneur(se) H/F</b> (2500318) a été transférée vers notre nouveau site carrières.</p>
<p>Bonne nouvelle : l'équipe RH du site de Douai souhaite s'entretenir avec vous. Merci de choisir un créneau pour un entretien en visioconférence (Microsoft Teams, 45 minutes) :</p>
<p><a href="https://ekxa.fa.em2.oraclecloud.com/hcmUI/CandidateExperience/fr/sites/CX_2/my-profile/interview/8812">Planifier mon entretien</a></p>
<p>Cordialement,<br>Talent Acquisition – Valmonde Automotive Systems</p>
</body></html>""",
    ),
]

_val_invite = m(
    "Bq7Nz",
    "2025-11-18 14:36",
    "Marion Lefebvre <marion.lefebvre@valmonde-as.example>",
    "Entretien Teams – Apprenti(e) Approvisionneur(se) – Y. Belkacem-Rousseau",
    A("interview", VAL, VALR, 4, "direct"),
    """Bonjour Madame Belkacem-Rousseau,

Suite à votre réservation, veuillez trouver ci-joint l'invitation pour votre entretien du mardi 25 novembre à 10h30 avec Franck Dhainaut (responsable approvisionnements) et moi-même.

Rejoindre la réunion Microsoft Teams :
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE2YmQ4@thread.v2/0?context=%7b%22Tid%22%3a%22c0a1%22%7d
ID de la réunion : 372 118 904 55 – Code secret : q9Xm2T

Cordialement,

Marion Lefebvre
HR Business Partner – Site de Lambres-lez-Douai
Valmonde Automotive Systems France
+33 3 27 94 61 20""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000E4F19B7D3958DC01000000000000000010000000C93A11",
        "2025-11-25 10:30",
        "Entretien Teams – Apprenti(e) Approvisionneur(se) – Y. Belkacem-Rousseau",
        ("Lefebvre Marion", "marion.lefebvre@valmonde-as.example"),
        style="outlook",
        minutes=45,
        location="Réunion Microsoft Teams",
        attendees=[("Dhainaut Franck", "franck.dhainaut@valmonde-as.example")],
    ),
)

MAIL += [
    _val_invite,
    m(
        "Bq7Oa",
        "2025-11-21 16:12",
        "Marion Lefebvre <marion.lefebvre@valmonde-as.example>",
        "Entretien décalé : jeudi 27/11 à 14h00",
        A("interview", VAL, VALR, 4, "direct"),
        """Bonjour Madame Belkacem-Rousseau,

Franck Dhainaut doit se rendre chez un client mardi prochain ; nous sommes contraints de décaler votre entretien au jeudi 27 novembre à 14h00 (même lien Teams). Je vous prie de nous excuser pour ce changement.

Si ce nouveau créneau ne vous convenait pas, n'hésitez pas à me le dire.

Cordialement,
Marion Lefebvre
HR Business Partner – Valmonde Automotive Systems France""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000E4F19B7D3958DC01000000000000000010000000C93A11",
            "2025-11-27 14:00",
            "Entretien Teams – Apprenti(e) Approvisionneur(se) – Y. Belkacem-Rousseau",
            ("Lefebvre Marion", "marion.lefebvre@valmonde-as.example"),
            style="outlook",
            minutes=45,
            sequence=1,
            location="Réunion Microsoft Teams",
            attendees=[("Dhainaut Franck", "franck.dhainaut@valmonde-as.example")],
        ),
        **after(_val_invite),
    ),
    m(
        "Xo5Rt",
        "2025-12-15 10:18",
        "Valmonde Talent Acquisition <no-reply@ekxa.fa.em2.oraclecloud.com>",
        "Votre candidature chez Valmonde",
        A("rejection", VAL, VALR, 4, "oracle"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#161513">
<p>Bonjour Yasmine,</p>
<p>Nous tenons à vous remercier pour le temps que vous nous avez consacré lors de votre entretien pour le poste Apprenti(e) Approvisionneur(se) H/F.</p>
<p>Malgré la qualité de votre profil et l'intérêt de nos échanges, nous avons retenu une candidature dont l'expérience en environnement industriel correspond plus étroitement à nos besoins actuels.</p>
<p>Nous conservons votre candidature dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.</p>
<p>Nous vous souhaitons une excellente continuation.</p>
<p>Talent Acquisition – Valmonde Automotive Systems</p>
<p style="font-size:11px;color:#6f6f6f">Vous recevez cet e-mail suite à votre candidature. <a href="https://ekxa.fa.em2.oraclecloud.com/hcmUI/CandidateExperience/fr/sites/CX_2/my-profile">Gérer mon profil</a></p>
</body></html>""",
    ),
]

# --- 5 Colibri Home (Welcome to the Jungle + Teamtailor, tutoiement) --------------------------

LEA = "Léa Martin <lea@colibri-home.example>"
THOMAS = "Thomas Roussel <thomas@colibri-home.example>"

_col_offer = m(
    "jU3Sb",
    "2025-11-28 18:47",
    THOMAS,
    "Bonne nouvelle 🎉",
    A("offer", COL, COLR, 5, "direct"),
    """Hello Yasmine,

Je ne vais pas te faire attendre : on a adoré ta restitution de vendredi dernier (mention spéciale pour ton idée de seuils de réappro différenciés par saison 👌), et on aimerait beaucoup t'avoir avec nous à la rentrée prochaine !

Concrètement :
- contrat d'apprentissage de 12 mois à partir de septembre 2026 ;
- rattachée à moi, dans l'équipe Ops (4 personnes + les entrepôts partenaires) ;
- tu serais sur le suivi des stocks chez notre 3PL, les réassorts fournisseurs et pas mal de service client "niveau 2" pendant les pics (Black Friday, soldes) ;
- bureau à Roubaix (la Condition Publique), télétravail possible 1 j/semaine ;
- rémunération : grille légale + 150 € brut/mois de notre part, tickets resto, mutuelle prise à 100 %.

Léa t'envoie le récap écrit via notre outil RH la semaine prochaine. Dis-moi si tu as des questions, ou si tu veux en parler de vive voix, je suis dispo.

À très vite j'espère,
Thomas

--
Thomas Roussel · Head of Operations
Colibri Home – la déco qui a du sens
colibri-home.example · Roubaix""",
)

MAIL += [
    m(
        "rG5wt",
        "2025-10-15 21:10",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ta candidature a bien été envoyée ✔",
        A("confirmation", COL, COLR, 5, "other"),
        html="""<html><body style="font-family:'Work Sans',Arial,sans-serif;background:#fdf7ee">
<table width="600" align="center" style="background:#fff;padding:28px"><tr><td>
<p style="font-size:22px;font-weight:700">Candidature envoyée !</p>
<p>Hello Yasmine,</p>
<p><b>Colibri Home</b> a bien reçu ta candidature pour le poste <b>Alternance - Supply Chain &amp; Operations (F/H)</b>, Roubaix.</p>
<p>Et maintenant ? L'équipe de recrutement va étudier ton profil. Tu recevras sa réponse directement par e-mail.</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications?utm_source=transactional&amp;utm_medium=email&amp;utm_campaign=application_sent">Suivre mes candidatures</a></p>
<p style="color:#777;font-size:12px">En attendant, découvre d'autres entreprises qui recrutent dans la supply chain.</p>
<p style="color:#aaa;font-size:11px">Welcome to the Jungle · 8 rue du Sentier, 75002 Paris</p>
</td></tr></table></body></html>""",
    ),
    m(
        "rG5wu",
        "2025-10-15 21:11",
        "Colibri Home <no-reply@teamtailor.com>",
        "Merci pour ta candidature, Yasmine !",
        A("confirmation", COL, COLR, 5, "teamtailor"),
        """Hello Yasmine,

Merci d'avoir postulé chez Colibri Home pour le poste Alternance - Supply Chain & Operations (F/H) ! 🐦

On lit toutes les candidatures (vraiment). Si ton profil colle à ce qu'on cherche, Léa de l'équipe People te recontactera dans les 15 jours pour un premier échange.

En attendant, tu peux jeter un œil à nos coulisses sur Instagram @colibri.home.

À bientôt,
L'équipe Colibri Home

---
Tu peux gérer tes données personnelles ici : https://colibri-home.teamtailor.com/connect/privacy""",
        reply_to="Colibri Home <reply+c7b1f2e9@inbound.teamtailor.com>",
    ),
    m(
        "kP0eL",
        "2025-10-24 12:34",
        "Léa de Colibri Home <no-reply@teamtailor.com>",
        "On s'appelle ?",
        A("interview", COL, COLR, 5, "teamtailor"),
        """Salut Yasmine,

Ta candidature pour l'alternance Supply Chain & Operations nous a beaucoup plu ! J'aimerais qu'on prenne 30 minutes en visio pour faire connaissance et te présenter Colibri Home.

Tu peux choisir directement un créneau qui t'arrange ici :
https://colibri-home.teamtailor.com/meetings/b47cde21?candidate=9902114

Belle fin de semaine,
Léa
People & Talent – Colibri Home""",
        reply_to="Léa Martin <reply+c7b1f2e9@inbound.teamtailor.com>",
    ),
    m(
        "kP1eM",
        "2025-10-27 09:02",
        LEA,
        "Invitation: Colibri Home x Yasmine - 1er échange @ jeu. 30 oct. 2025 11:00 - 11:30 (CET) (yasmine.belkacem.rousseau@gmail.com)",
        A("interview", COL, COLR, 5, "direct"),
        """Colibri Home x Yasmine - 1er échange
jeudi 30 oct. 2025 ⋅ 11:00 – 11:30
Heure normale d'Europe centrale - Paris

Participer avec Google Meet
meet.google.com/hzx-qkwb-tpa

Invités
Léa Martin - organisateur
yasmine.belkacem.rousseau@gmail.com

Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=NmQ0M2Ix

Invitation de Google Agenda
Vous recevez cet e-mail, car vous êtes invité à cet événement.""",
        ics=ics(
            "6d43b1e0a7c2@google.com",
            "2025-10-30 11:00",
            "Colibri Home x Yasmine - 1er échange",
            ("Léa Martin", "lea@colibri-home.example"),
            minutes=30,
            location="meet.google.com/hzx-qkwb-tpa",
            description="Premier échange visio : présentation de Colibri Home et de l'alternance Supply Chain & Operations.",
        ),
    ),
    m(
        "dS4vH",
        "2025-11-04 17:55",
        THOMAS,
        "Petit cas pratique 🙂",
        A("assessment", COL, COLR, 5, "direct"),
        """Salut Yasmine,

Léa m'a fait un super retour de votre échange, merci ! Comme prochaine étape, je te propose un petit cas pratique (2-3 h max, promis) :

Dans le fichier joint, tu trouveras 12 mois de ventes sur 40 références de notre gamme "Lin lavé" + les délais fournisseurs. Question : quelles commandes passerais-tu pour janvier, et quelles règles de réappro nous proposerais-tu ? Pas besoin d'un roman, 3-4 slides ou un onglet Excel commenté suffisent.

Retour idéalement d'ici le mardi 18/11, et on en parle ensemble avec l'équipe ensuite.

Bon courage et amuse-toi bien,
Thomas

Thomas Roussel · Head of Operations · Colibri Home""",
        attach=[
            (
                "cas_pratique_colibri_reappro.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "PK\x03\x04 cas pratique",
            )
        ],
    ),
    m(
        "dS5wJ",
        "2025-11-18 10:20",
        "Colibri Home <no-reply@teamtailor.com>",
        "Rencontre avec l'équipe Ops – vendredi 21/11",
        A("interview", COL, COLR, 5, "teamtailor"),
        """Hello Yasmine,

Merci pour ton cas pratique, Thomas l'a trouvé très clair ! On t'invite à venir nous le présenter dans nos bureaux le vendredi 21 novembre à 14h (45 min de restitution + un café avec l'équipe).

Adresse : Colibri Home, La Condition Publique, 14 place Faidherbe, 59100 Roubaix – sonne à "Colibri", on est au 2e.

Tu trouveras l'invitation en pièce jointe. À vendredi !

Léa – People & Talent""",
        reply_to="Léa Martin <reply+c7b1f2e9@inbound.teamtailor.com>",
        ics=ics(
            "tt-interview-55172@teamtailor.com",
            "2025-11-21 14:00",
            "Colibri Home – Restitution cas pratique (Yasmine Belkacem-Rousseau)",
            ("Léa Martin", "lea@colibri-home.example"),
            minutes=75,
            location="Colibri Home, 14 place Faidherbe, 59100 Roubaix",
            attendees=[("Thomas Roussel", "thomas@colibri-home.example")],
        ),
    ),
    _col_offer,
    m(
        "jU4Tc",
        "2025-12-12 13:05",
        THOMAS,
        "Re: Bonne nouvelle 🎉",
        A("offer", COL, COLR, 5, "direct"),
        f"""Hello Yasmine,

Merci pour ton message honnête, je comprends tout à fait. C'est vrai que le poste a une bonne part d'opérationnel et de service client sur les pics, et si tu veux vraiment faire de la planification, c'est cohérent.

Dommage pour nous ! Si jamais tu changes d'avis dans les prochains jours, ou pour un stage plus tard, la porte reste ouverte. Bonne chance pour la suite de tes recherches 🍀

Thomas

Le ven. 12 déc. 2025 à 09:14, Yasmine Belkacem-Rousseau <{ME_ADDR}> a écrit :
> Bonjour Thomas,
>
> Merci encore pour ta proposition et pour tout le process, j'ai vraiment apprécié l'équipe.
> Après beaucoup de réflexion, j'ai décidé de décliner : je cherche une alternance davantage
> centrée sur la planification et les approvisionnements, et je crains que la part de service
> client soit trop importante pour mon mémoire de M2.
>
> Je vous souhaite le meilleur pour la suite,
> Yasmine
>
> Le ven. 28 nov. 2025 à 18:47, Thomas Roussel <thomas@colibri-home.example> a écrit :
>> Hello Yasmine,
>> Je ne vais pas te faire attendre : on a adoré ta restitution de vendredi dernier""",
        st="declined",
        **after(_col_offer),
    ),
]

# --- 6 / 7 Maison Delcourt (SmartRecruiters tenant "BiscuiterieDelcourt"): two posts --------

DELCOURT_SR = "Maison Delcourt <no-reply@smartrecruiters.com>"
CLAIRE_V = "Claire Verhaeghe <claire.verhaeghe@maison-delcourt.example>"

_del_stage_apply = m(
    "nZ2Hb",
    "2026-01-08 22:16",
    DELCOURT_SR,
    "Nous avons bien reçu votre candidature : Stage - Assistant(e) Approvisionnement (H/F)",
    A("confirmation", DEL, DEL2, 7, "smartrecruiters"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Bonjour Yasmine,</p>
<p>Merci pour votre candidature au poste <b>Stage - Assistant(e) Approvisionnement (H/F)</b> à Bailleul (59).</p>
<p>Nous avons bien noté que vous étiez déjà en contact avec nos équipes pour une autre offre : chaque candidature est étudiée séparément par le manager concerné.</p>
<p>Cordialement,<br>L'équipe Talents – Biscuiterie Delcourt SAS</p>
<p style="font-size:11px;color:#999">Powered by SmartRecruiters · <a href="https://jobs.smartrecruiters.com/BiscuiterieDelcourt">Nos offres</a></p>
</body></html>""",
)

MAIL += [
    m(
        "nZ0Ca",
        "2025-10-30 13:47",
        DELCOURT_SR,
        "Merci d'avoir postulé chez Biscuiterie Delcourt",
        A("confirmation", DEL, DEL1, 6, "smartrecruiters"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/5f1e7c/huge?r=s3-eu-central-1&amp;_1612" alt="Maison Delcourt – depuis 1921" width="160">
<p>Bonjour Yasmine,</p>
<p>Nous vous remercions pour votre candidature au poste d'<b>Alternant(e) Planificateur(trice) de la demande</b> basé à Bailleul.</p>
<p>Notre équipe va examiner votre profil. Si votre candidature est retenue pour la suite du processus, vous serez contacté(e) par e-mail dans les prochaines semaines ; le processus comprend des tests en ligne et un entretien vidéo.</p>
<p>Belle journée,<br>L'équipe Talents Maison Delcourt</p>
<p style="font-size:11px;color:#999">Biscuiterie Delcourt SAS · 1 rue des Moulins, 59270 Bailleul · Powered by SmartRecruiters</p>
</body></html>""",
    ),
    m(
        "yF7Gk",
        "2025-11-03 10:30",
        "AssessFirst <no-reply@assessfirst.com>",
        "Maison Delcourt vous invite à compléter votre profil AssessFirst",
        A("assessment", DEL, DEL1, 6, "other"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Bonjour Yasmine,</p>
<p><b>Maison Delcourt</b> souhaite mieux vous connaître dans le cadre de votre candidature <i>Alternant(e) Planificateur(trice) de la demande</i>.</p>
<p>Nous vous invitons à compléter les 3 questionnaires AssessFirst :</p>
<ul><li>SWIPE – votre personnalité (10 min)</li><li>DRIVE – votre motivation (10 min)</li><li>BRAIN – votre style de raisonnement (20 min)</li></ul>
<p>Il n'y a pas de bonne ou de mauvaise réponse. Vous recevrez vos propres résultats à la fin.</p>
<p><a href="https://app.assessfirst.com/invitation/accept?token=dlcrt-88e1f0c4">Commencer</a></p>
<p style="font-size:11px;color:#888">AssessFirst SAS – Paris. Vous recevez cet e-mail à la demande de Maison Delcourt.</p>
</body></html>""",
    ),
    m(
        "bV6Lr",
        "2025-11-12 15:10",
        "easyRecrue <no-reply@easyrecrue.com>",
        "Votre entretien vidéo différé – Alternance Planification de la demande",
        A("assessment", DEL, DEL1, 6, "other"),
        """Bonjour Yasmine,

Suite à votre candidature chez Maison Delcourt, nous avons le plaisir de vous inviter à un entretien vidéo différé.

Comment ça marche ?
Vous découvrirez 4 questions à l'écran et enregistrerez vos réponses avec la webcam de votre ordinateur ou de votre smartphone (2 minutes maximum par question, 30 secondes de préparation). Vous pouvez vous entraîner avec une question test avant de commencer.

Date limite : dimanche 23 novembre 2025 à 23h59

Accéder à mon entretien : https://app.easyrecrue.com/fr/candidat/entretien/DLC-5c1277

Besoin d'aide ? Consultez notre FAQ candidat.

Bonne chance !
L'équipe easyRecrue, pour Maison Delcourt""",
    ),
    m(
        "iT3Qw",
        "2025-11-26 11:48",
        DELCOURT_SR,
        "Invitation – Journée de recrutement Alternance du mardi 9 décembre",
        A("interview", DEL, DEL1, 6, "smartrecruiters"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Bonjour Yasmine,</p>
<p>Félicitations, votre candidature a été retenue pour la prochaine étape ! Nous avons le plaisir de vous convier à notre <b>Journée de recrutement Alternance</b>, le <b>mardi 9 décembre 2025 de 9h00 à 16h30</b>, sur notre site de Bailleul.</p>
<p>Au programme : présentation de la Maison et visite de la biscuiterie, mise en situation collective, entretien individuel avec le responsable Supply Chain et un membre de l'équipe RH. Le déjeuner est offert.</p>
<p>Merci de confirmer votre présence en cliquant <a href="https://www.smartrecruiters.com/app/candidate/event/8a3b1d/confirm">ici</a>. Pour des raisons d'hygiène alimentaire, bijoux et vernis sont à éviter lors de la visite de production.</p>
<p>À bientôt,<br>L'équipe Talents Maison Delcourt</p>
</body></html>""",
        ics=ics(
            "sr-event-8a3b1d-ybr@smartrecruiters.com",
            "2025-12-09 09:00",
            "Journée de recrutement Alternance – Maison Delcourt",
            ("Maison Delcourt Talents", "recrutement@maison-delcourt.example"),
            minutes=450,
            location="Biscuiterie Delcourt, 1 rue des Moulins, 59270 Bailleul",
        ),
    ),
    m(
        "hC9Ns",
        "2025-12-19 09:05",
        DELCOURT_SR,
        "Votre candidature – Maison Delcourt",
        A("rejection", DEL, DEL1, 6, "smartrecruiters"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Bonjour Yasmine,</p>
<p>Merci pour votre participation à notre journée de recrutement du 9 décembre et pour l'énergie que vous y avez mise : les retours de l'équipe sur votre mise en situation ont été très positifs.</p>
<p>Nous avons toutefois le regret de vous informer que le poste d'alternant(e) planificateur(trice) de la demande a été pourvu.</p>
<p>Nous espérons avoir l'occasion de vous recroiser, et vous souhaitons de belles fêtes de fin d'année.</p>
<p>L'équipe Talents Maison Delcourt</p>
</body></html>""",
    ),
    m(
        "hC9Nt",
        "2025-12-22 19:00",
        DELCOURT_SR,
        "Vous n'avez pas terminé votre candidature",
        J("alert", "smartrecruiters", DEL, "Technicien(ne) Méthodes Logistiques (H/F)"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Bonjour Yasmine,</p>
<p>Vous avez commencé à postuler au poste <b>Technicien(ne) Méthodes Logistiques (H/F)</b> chez Biscuiterie Delcourt, mais votre candidature n'a pas été envoyée.</p>
<p><a href="https://jobs.smartrecruiters.com/BiscuiterieDelcourt/744000097311-technicien-ne-methodes-logistiques-h-f?continue=1">Terminer ma candidature</a></p>
<p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
</body></html>""",
    ),
    m(
        "hD0Ou",
        "2026-01-07 14:20",
        DELCOURT_SR,
        "Votre avis sur notre processus de recrutement (2 minutes)",
        J("other_job", "smartrecruiters", DEL, DEL1),
        """Bonjour Yasmine,

Vous avez récemment participé à un processus de recrutement chez Maison Delcourt. Votre avis nous aide à améliorer l'expérience de nos candidats : pourriez-vous répondre à 5 questions ?

https://www.smartrecruiters.com/survey/candidate/BiscuiterieDelcourt?sid=e81c

Les réponses sont anonymes.

Merci !
L'équipe Talents Maison Delcourt""",
    ),
    _del_stage_apply,
    m(
        "nZ3Ic",
        "2026-02-02 09:31",
        CLAIRE_V,
        "RE: Retrait de ma candidature – Stage Assistant(e) Approvisionnement",
        A("confirmation", DEL, DEL2, 7, "direct"),
        f"""Bonjour Yasmine,

Merci de nous avoir prévenus, c'est très appréciable. Nous avons bien pris en compte le retrait de votre candidature et clôturé votre dossier pour ce stage.

Tous nos vœux de réussite pour la suite de votre parcours !

Bien à vous,

Claire Verhaeghe
Chargée de recrutement – Maison Delcourt
Biscuiterie Delcourt SAS · Bailleul

De : Yasmine Belkacem-Rousseau <{ME_ADDR}>
Envoyé : samedi 31 janvier 2026 11:02
À : Claire Verhaeghe <claire.verhaeghe@maison-delcourt.example>
Objet : Retrait de ma candidature – Stage Assistant(e) Approvisionnement

Bonjour Madame Verhaeghe,

J'ai postulé le 8 janvier au stage d'assistante approvisionnement. Ayant accepté entre-temps une proposition de stage et d'alternance dans une autre entreprise, je retire ma candidature afin de ne pas mobiliser vos équipes inutilement.

Je vous remercie pour votre considération, et pour la journée de recrutement de décembre que j'avais beaucoup appréciée.

Bien cordialement,
Yasmine Belkacem-Rousseau""",
        st="withdrawn",
    ),
]

# --- 8 Groupe Hospitalier Artois-Flandres (candidature spontanée, achats publics) -------------

GHAF_RH = "DRH – Recrutement GHAF <recrutement@gh-artois-flandres.example>"
DUQ = "DUQUESNOY Nathalie <nathalie.duquesnoy@gh-artois-flandres.example>"
DUQ_SIG = """Nathalie DUQUESNOY
Directrice adjointe – Direction des Achats, de la Logistique et des Travaux
Groupe Hospitalier Artois-Flandres (GHAF) – établissement support du GHT Artois-Flandres
Site de Béthune – 03 21 64 40 00 (standard) – poste 4471

« Pour le respect de l'environnement, n'imprimez ce courriel que si nécessaire. »"""

_ghaf_meet = m(
    "uM4Dx",
    "2025-12-03 15:40",
    DUQ,
    "Votre candidature spontanée – Direction des Achats",
    A("interview", GHA, GHAR, 8, "direct"),
    f"""Madame,

Votre candidature spontanée pour un contrat d'apprentissage au sein de la Direction des Achats a retenu notre attention.

Dans le cadre de la mutualisation des achats du GHT, nous accueillons chaque année un(e) apprenti(e) sur la préparation des consultations (rédaction des cahiers des charges, analyse des offres, suivi de l'exécution des marchés et des commandes via l'UGAP et les centrales d'achat).

Je vous propose de nous rencontrer le jeudi 11 décembre à 14h30, dans mon bureau (bâtiment administratif, 2e étage, site de Béthune), en présence de M. Ledoux, acheteur référent. Une invitation vous est adressée par ailleurs ; merci de bien vouloir confirmer votre présence.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

{DUQ_SIG}""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A0D22E4C4C64DC01000000000000000010000000B0771F",
        "2025-12-11 14:30",
        "Entretien apprentissage Direction des Achats – Mme Belkacem-Rousseau",
        ("DUQUESNOY Nathalie", "nathalie.duquesnoy@gh-artois-flandres.example"),
        style="outlook",
        minutes=60,
        location="GHAF – Bâtiment administratif, 2e étage, bureau 214 (site de Béthune)",
        attendees=[("LEDOUX Pascal", "pascal.ledoux@gh-artois-flandres.example")],
    ),
)

MAIL += [
    m(
        "uM3Cw",
        "2025-11-14 08:12",
        GHAF_RH,
        "Accusé de réception – candidature spontanée",
        A("confirmation", GHA, GHAR, 8, "direct"),
        """Madame,

Nous accusons réception de votre candidature spontanée, adressée le 13 novembre 2025 à la Direction des Ressources Humaines, pour un contrat d'apprentissage au sein de la Direction des Achats.

Votre dossier a été transmis à la direction concernée pour étude. En l'absence de réponse de notre part dans un délai de deux mois, vous voudrez bien considérer que nous ne sommes pas en mesure de donner une suite favorable à votre demande.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le bureau du recrutement
Direction des Ressources Humaines et des Affaires Médicales
Groupe Hospitalier Artois-Flandres

Ce courriel est envoyé depuis une boîte non surveillée. Conformément au RGPD, vos données sont conservées deux ans.""",
    ),
    _ghaf_meet,
    m(
        "uM5Ey",
        "2026-01-14 11:26",
        DUQ,
        "Suite à notre entretien du 11 décembre",
        A("confirmation", GHA, GHAR, 8, "direct"),
        f"""Madame,

Je vous remercie à nouveau pour notre entretien du 11 décembre, qui nous avait laissé une très bonne impression.

Je suis malheureusement au regret de vous informer que le recrutement des apprentis pour la rentrée 2026 est suspendu, dans l'attente des arbitrages budgétaires de l'établissement (EPRD 2026) et de la confirmation du financement par l'ANFH. Nous ne sommes donc pas en mesure de nous engager à ce stade.

Je ne manquerai pas de revenir vers vous si le recrutement est rouvert, a priori pas avant le mois d'avril. Je comprendrais tout à fait que vous poursuiviez vos démarches d'ici là.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

{DUQ_SIG}""",
        st="on_hold",
        **after(_ghaf_meet),
    ),
    # --- 9 Transports Vanhoutte (Lever) ----------------------------------------------------
    m(
        "wB2Ka",
        "2025-10-08 12:03",
        "Transports Vanhoutte <no-reply@hire.lever.co>",
        "Merci pour votre candidature chez Transports Vanhoutte",
        A("confirmation", VAN, VANR, 9, "lever"),
        """Bonjour Yasmine,

Merci pour votre intérêt pour Transports Vanhoutte ! Nous avons bien reçu votre candidature pour le poste Alternant(e) Assistant(e) d'exploitation transport – Seclin.

Nous prenons le temps de lire chaque candidature. Si votre profil correspond, un membre de notre équipe vous contactera.

Bonne journée,
L'équipe RH – Groupe Vanhoutte
Transport routier · Messagerie · Logistique – depuis 1962

Vous ne souhaitez plus recevoir d'e-mails liés à cette candidature ? https://hire.lever.co/candidate/unsubscribe/vanhoutte-groupe/8b6f""",
    ),
    m(
        "wB3Lb",
        "2025-10-17 16:44",
        "Transports Vanhoutte <no-reply@hire.lever.co>",
        "Suite à votre candidature",
        A("rejection", VAN, VANR, 9, "lever"),
        """Bonjour Yasmine,

Nous vous remercions de l'intérêt que vous portez à notre groupe.

Votre candidature a retenu toute notre attention ; cependant, pour ce poste, nous recherchons un(e) alternant(e) préparant un BTS ou un Bachelor transport avec une première expérience en exploitation, et nous ne pourrons donc pas y donner une suite favorable.

Nous vous souhaitons une pleine réussite dans vos recherches.

Cordialement,
Le service Ressources Humaines
Groupe Vanhoutte – Seclin""",
    ),
]

# --- 10 Opérae Conseil (JobTeaser; an interview cancelled, then another slot) ---------------

HADDAD = "Guillaume Haddad <g.haddad@operae-conseil.example>"
HADDAD_SIG = """Guillaume HADDAD
Manager – Practice Supply Chain & Opérations
OPÉRAE Conseil | Paris · Lille
+33 6 22 48 91 07"""
_OPE_UID = "040000008200E00074C5B7101A82E008000000002E9D41A7A35CDC01000000000000000010000000D1F0A9"

_ope_invite = m(
    "eR6Tq",
    "2025-11-20 19:12",
    HADDAD,
    "Échange – alternance Consultant(e) Supply Chain",
    A("interview", OPE, OPER, 10, "direct"),
    f"""Bonjour Yasmine,

J'ai bien reçu votre candidature via JobTeaser pour notre alternance de consultant(e) supply chain, merci. Je vous propose un premier échange en visio le jeudi 27 novembre à 18h (30 minutes) : présentation du cabinet, de nos missions (S&OP, dimensionnement d'entrepôts, appels d'offres transport) et de votre projet.

Invitation Teams ci-jointe.

Bien cordialement,

{HADDAD_SIG}""",
    ics=ics(
        _OPE_UID,
        "2025-11-27 18:00",
        "Échange alternance – Yasmine Belkacem-Rousseau",
        ("Guillaume Haddad", "g.haddad@operae-conseil.example"),
        style="outlook",
        minutes=30,
        location="Réunion Microsoft Teams",
    ),
)

_ope_cancel = m(
    "eR7Ur",
    "2025-11-26 22:37",
    HADDAD,
    "Annulé : Échange alternance – Yasmine Belkacem-Rousseau",
    A("interview", OPE, OPER, 10, "direct"),
    """Bonjour Yasmine,

Toutes mes excuses : je suis bloqué demain soir chez un client (atelier qui déborde). Je dois annuler notre échange, je reviens vers vous rapidement pour trouver un autre créneau.

Guillaume""",
    ics=ics(
        _OPE_UID,
        "2025-11-27 18:00",
        "Annulé : Échange alternance – Yasmine Belkacem-Rousseau",
        ("Guillaume Haddad", "g.haddad@operae-conseil.example"),
        style="outlook",
        method="CANCEL",
        minutes=30,
        location="Réunion Microsoft Teams",
    ),
)

MAIL += [
    m(
        "eR5Sp",
        "2025-11-06 23:08",
        "JobTeaser <noreply@jobteaser.com>",
        "Candidature envoyée : Consultant(e) Supply Chain en alternance – Opérae Conseil",
        A("confirmation", OPE, OPER, 10, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
<p><img src="https://cdn.jobteaser.com/email/logo-ilm-career-center.png" alt="ILM Career Center" height="32"></p>
<p>Bonjour Yasmine,</p>
<p>Ta candidature a bien été envoyée à <b>Opérae Conseil</b> pour l'offre <b>Consultant(e) Supply Chain en alternance</b> (Lille, septembre 2026).</p>
<p>Tu peux retrouver toutes tes candidatures dans ton <a href="https://www.jobteaser.com/fr/users/applications?utm_source=email&amp;utm_campaign=application_confirmation">suivi de candidatures</a>.</p>
<p>Conseil : prépare-toi aux entretiens avec les fiches de ton Career Center.</p>
<p style="font-size:11px;color:#888">JobTeaser SA, 30 rue Notre-Dame-des-Victoires, 75002 Paris. Tu reçois cet e-mail car tu as un compte sur le Career Center de ton école.</p>
</body></html>""",
    ),
    _ope_invite,
    _ope_cancel,
    m(
        "eR8Vs",
        "2025-11-28 08:02",
        HADDAD,
        "Réponse automatique : Re: Annulé : Échange alternance – Yasmine Belkacem-Rousseau",
        J("other_job", "direct", OPE, OPER),
        """Bonjour,

Je suis en mission chez un client jusqu'au lundi 1er décembre inclus, avec un accès limité à ma messagerie. Je vous répondrai dès mon retour.

Pour toute urgence, vous pouvez contacter l'assistante du bureau de Lille : contact-lille@operae-conseil.example.

Cordialement,
Guillaume Haddad""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        **after(_ope_cancel),
    ),
    m(
        "eR9Wt",
        "2025-12-02 09:15",
        HADDAD,
        "Échange alternance – nouveau créneau vendredi 5/12",
        A("interview", OPE, OPER, 10, "direct"),
        f"""Bonjour Yasmine,

Merci pour votre patience. Je vous propose de nous appeler ce vendredi 5 décembre à 12h30 (même format, Teams). Ma collègue Pauline Carpentier, consultante senior au bureau de Lille, se joindra à nous.

Bien cordialement,

{HADDAD_SIG}""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000B4E9C1E93A63DC01000000000000000010000000E2A8B0",
            "2025-12-05 12:30",
            "Échange alternance (reprogrammé) – Yasmine Belkacem-Rousseau",
            ("Guillaume Haddad", "g.haddad@operae-conseil.example"),
            style="outlook",
            minutes=45,
            location="Réunion Microsoft Teams",
            attendees=[("Pauline Carpentier", "p.carpentier@operae-conseil.example")],
        ),
    ),
    m(
        "fS0Xu",
        "2025-12-16 18:49",
        HADDAD,
        "Suite à notre échange",
        A("rejection", OPE, OPER, 10, "direct"),
        f"""Bonjour Yasmine,

Merci encore pour notre échange du 5 décembre, Pauline et moi avons apprécié votre motivation et votre clarté.

Nous avons finalement décidé de poursuivre avec un(e) candidat(e) dont le profil est plus orienté data (Python, Power BI), ce qui correspond aux missions prévues l'an prochain. Ce n'est donc pas une question de potentiel, et je serais ravi de rester en contact sur LinkedIn.

Je vous souhaite de trouver rapidement une belle alternance.

Bien cordialement,

{HADDAD_SIG}""",
    ),
]

# --- 11 Frigonord, through the cabinet Nordtalents (client named late) -----------------------

DESCAMPS = "Aurélie Descamps <a.descamps@nordtalents.example>"
DESCAMPS_SIG = """Aurélie Descamps
Consultante recrutement – Supply Chain & Industrie
NORDTALENTS – Cabinet de recrutement
12 rue Esquermoise, 59000 Lille – 07 68 14 52 30"""

_nt_outreach = m(
    "gT1Yv",
    "2025-10-23 11:26",
    DESCAMPS,
    "Alternance Approvisionnement – opportunité sur la métropole lilloise",
    J("outreach", "agency", None, FRIR),
    f"""Bonjour Yasmine,

J'ai découvert votre profil sur la CVthèque de votre école et je me permets de vous contacter.

Je recrute pour le compte d'un de mes clients, acteur régional reconnu de la distribution alimentaire sous température dirigée (environ 400 collaborateurs), un(e) alternant(e) approvisionneur(se) pour la rentrée de septembre 2026. Le poste est basé au sud de Lille, au sein du service achats-approvisionnements (5 personnes).

Missions : passation et suivi des commandes fournisseurs, suivi des ruptures et des DLC, participation au paramétrage du nouvel outil de prévision.

Seriez-vous disponible pour un rapide appel cette semaine ? Si le poste vous intéresse, vous pouvez aussi me répondre directement avec votre CV à jour.

Belle journée,

{DESCAMPS_SIG}""",
)

_nt_ack = m(
    "gT2Zw",
    "2025-10-28 09:40",
    DESCAMPS,
    "RE: Alternance Approvisionnement – opportunité sur la métropole lilloise",
    A("confirmation", FRI, FRIR, 11, "agency"),
    f"""Bonjour Yasmine,

Merci pour votre retour rapide et votre CV, et ravie de notre échange téléphonique d'hier !

Comme convenu, je présente votre candidature à mon client cette semaine. Je vous tiens informée de son retour, en principe sous 10 jours.

Belle journée,

{DESCAMPS_SIG}

> Le 24/10/2025 à 08:17, Yasmine Belkacem-Rousseau <{ME_ADDR}> a écrit :
> Bonjour Madame Descamps,
> Merci pour votre message, le poste m'intéresse beaucoup. Vous trouverez mon CV en pièce jointe ;
> je suis disponible pour un appel lundi après 17h.
> Bien cordialement, Yasmine""",
    **after(_nt_outreach),
)

MAIL += [
    _nt_outreach,
    _nt_ack,
    m(
        "gT3Ax",
        "2025-11-13 17:58",
        DESCAMPS,
        "Entretien client jeudi 20/11 – Frigonord (Arras)",
        A("interview", FRI, FRIR, 11, "agency"),
        f"""Bonjour Yasmine,

Bonne nouvelle : mon client souhaite vous rencontrer ! Je peux maintenant vous le dire, il s'agit de Frigonord (Frigonord Distribution SAS), sur leur plateforme de Tilloy-lès-Mofflaines, près d'Arras.

Entretien le jeudi 20 novembre à 10h avec Mme Bocquet (responsable approvisionnements) et M. Lenglet (DRH). Comptez 1h15, avec une courte visite de la chambre froide négative : prévoyez une tenue chaude.

Je vous appelle mardi pour préparer l'entretien ensemble. Invitation ci-jointe.

{DESCAMPS_SIG}""",
        ics=ics(
            "2c6b0e1d9f8a@google.com",
            "2025-11-20 10:00",
            "Entretien Frigonord – Yasmine Belkacem-Rousseau (alternance approvisionnement)",
            ("Aurélie Descamps", "a.descamps@nordtalents.example"),
            minutes=75,
            location="Frigonord Distribution, ZA des Bonnettes, 62217 Tilloy-lès-Mofflaines",
        ),
        **after(_nt_outreach, _nt_ack),
    ),
    m(
        "gT4By",
        "2025-12-05 12:11",
        DESCAMPS,
        "Retour de Frigonord",
        A("rejection", FRI, FRIR, 11, "agency"),
        f"""Bonjour Yasmine,

Je reviens vers vous comme promis. Frigonord a beaucoup apprécié votre entretien (votre aisance sur Excel et vos questions sur la gestion des DLC ont été remarquées), mais a finalement fait le choix d'une candidate qui effectue actuellement un CDD chez eux et connaît déjà leurs outils.

Je suis sincèrement désolée pour cette issue. Je garde évidemment votre profil en tête pour d'autres postes en alternance ou, plus tard, en CDI.

Bien à vous,

{DESCAMPS_SIG}""",
    ),
]
