# ruff: noqa: E501
"""Corpus 73, Québec French job mail (data only): see heldout73.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    if day < "2025-11-02" or day >= "2026-03-08":
        return "-0400"
    return "-0500"


m = partial(H.dated_spec, _tz)


def F(cat: str, co: str | None, role: str | None, app: int | None, src: str) -> tuple:
    return (cat, co, role, app, src, "fr")


GC, GCR = "Groupe Conseil Brassard-Vigneault", "Ingénieure junior en mécanique du bâtiment (CVC)"
RS, RSR = "Rivemont Structures", "Ingénieur(e) civil(e) junior - CPI"
NX, NXR = "Nordexa", "Ingénieur(e) mécanique - CPI / EIT"

MAIL: list[dict[str, Any]] = [
    m(
        "736001",
        "2025-10-20 07:45",
        "Jobboom <alertes@jobboom.com>",
        "Vos alertes-emploi : 11 nouveaux postes « ingénieur mécanique » à Montréal",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><h3>11 nouveaux postes correspondent à votre recherche</h3><p><b>Ingénieur(e) junior en mécanique du bâtiment</b> - GCBV - Montréal (QC)</p><p><b>Chargé(e) de projets, CVC</b> - Climatisation Laurentides - Laval (QC)</p><p><b>Ingénieur(e) mécanique - CPI</b> - Technologies Nordexa - Montréal (QC)</p><p><a href='https://www.jobboom.com/'>Voir toutes les offres</a></p><p style='font-size:11px'>Pour vous désabonner de cette alerte, cliquez ici.</p></body></html>",
    ),
    m(
        "736002",
        "2025-12-01 08:10",
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Nouveaux emplois pour « ingénieur civil » à Montréal",
        ("alert", None, None, None, "linkedin", "fr"),
        "Votre alerte emploi pour ingénieur civil à Montréal et environs\n\nIngénieur(e) civil(e) junior - CPI - Rivemont Structures - Montréal (QC)\nIngénieur de chantier - Construction Belval - Longueuil (QC)\n\nVoir tous les emplois\n\nVous recevez des alertes emploi. Se désabonner",
    ),
    m(
        "736003",
        "2025-11-10 10:22",
        "Mathieu Gagnon <mgagnon@recrutementgenieplus.ca>",
        "Poste d'ingénieur CPI - firme de génie-conseil reconnue (Montréal)",
        ("outreach", None, "Ingénieur CPI, mécanique du bâtiment", None, "agency", "fr"),
        "Bonjour Nadia,\n\nJe me permets de vous écrire au sujet d'un poste d'ingénieur(e) CPI en mécanique du bâtiment pour une firme de génie-conseil bien établie au centre-ville de Montréal (projets institutionnels, hôpitaux, écoles).\n\nSeriez-vous disponible pour un court appel cette semaine? Le poste exige un bon français parlé et écrit ainsi qu'un permis de l'OIQ ou une demande en cours.\n\nAu plaisir,\nMathieu Gagnon\nConseiller principal en recrutement\nRecrutement Génie Plus",
    ),
    # --- 6 Groupe Conseil Brassard-Vigneault inc. (GCBV), direct, rejected ----------------------
    m(
        "736101",
        "2025-10-23 11:05",
        "Carrières GCBV <carrieres@gcbv.qc.ca>",
        "Accusé de réception - Ingénieure junior en mécanique du bâtiment (CVC)",
        F("confirmation", GC, GCR, 6, "direct"),
        "Bonjour Nadia,\n\nNous accusons réception de votre candidature pour le poste d'ingénieur(e) junior en mécanique du bâtiment (CVC) au sein du Groupe Conseil Brassard-Vigneault inc.\n\nNotre équipe des ressources humaines analysera votre dossier dans les prochains jours. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées.\n\nNous vous remercions de l'intérêt que vous portez à GCBV.\n\nL'équipe Talents et culture\nGroupe Conseil Brassard-Vigneault inc.\n1250, boul. René-Lévesque Ouest, Montréal (Québec)",
    ),
    m(
        "736102",
        "2025-11-06 14:30",
        "Isabelle Vigneault <ivigneault@gcbv.qc.ca>",
        "Invitation à une entrevue - poste CVC junior",
        F("interview", GC, GCR, 6, "direct"),
        "Bonjour Nadia,\n\nÀ la suite de l'analyse de votre candidature, nous aimerions vous rencontrer en entrevue virtuelle (Teams) pour le poste d'ingénieure junior en mécanique du bâtiment. L'entrevue durera environ une heure, avec Étienne Brassard, ing., directeur de la discipline mécanique, et moi-même.\n\nL'entrevue se déroulera principalement en français; une partie pourra se faire en anglais. Vous trouverez l'invitation ci-jointe. Merci de confirmer votre présence par courriel.\n\nCordialement,\nIsabelle Vigneault\nConseillère principale, talents et culture\nGCBV | Brassard-Vigneault",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000gcbv-1113",
            "start": "2025-11-13 10:00:00 -0500",
            "minutes": 60,
            "summary": "Entrevue - Nadia Ferreira-Mackenzie - Ing. junior CVC",
            "organizer": ("Isabelle Vigneault", "ivigneault@gcbv.qc.ca"),
            "attendees": [("Étienne Brassard", "ebrassard@gcbv.qc.ca")],
            "location": "Réunion Microsoft Teams",
        },
    ),
    m(
        "736103",
        "2025-11-27 16:15",
        "Isabelle Vigneault <ivigneault@gcbv.qc.ca>",
        "Suivi de votre candidature",
        F("rejection", GC, GCR, 6, "direct"),
        "Bonjour Nadia,\n\nNous tenons à vous remercier sincèrement du temps que vous nous avez accordé lors de votre entrevue. Étienne a particulièrement apprécié votre expérience en mise en service et la clarté de vos explications.\n\nAprès mûre réflexion, nous avons retenu une candidature dont le profil correspond davantage à nos besoins actuels, notamment en ce qui concerne la maîtrise du français technique pour la rédaction de devis.\n\nNous conserverons votre dossier et n'hésiterons pas à communiquer avec vous si un poste correspondant à votre profil s'ouvre.\n\nNous vous souhaitons beaucoup de succès dans vos démarches.\n\nIsabelle Vigneault\nGroupe Conseil Brassard-Vigneault inc.",
    ),
    # --- 7 Rivemont Structures (Indeed, French), ghosted --------------------------------------
    m(
        "736201",
        "2025-12-02 21:40",
        "Indeed <indeedapply@indeed.com>",
        "Candidature Indeed : Ingénieur(e) civil(e) junior - CPI",
        F("confirmation", RS, RSR, 7, "indeed"),
        html="<html><body><p><b>Candidature envoyée</b></p><p>Ingénieur(e) civil(e) junior - CPI<br>Rivemont Structures - Montréal (QC)</p><p>Les éléments suivants ont été envoyés à <b>Rivemont Structures</b> :</p><ul><li>Candidature</li><li>CV</li></ul><p>Bonne chance!</p><p style='font-size:11px'>&copy; 2025 Indeed</p></body></html>",
    ),
    # --- 23 Technologies Nordexa inc. (Workday, French), referral forwarded, rejected ------------
    m(
        "736301",
        "2026-01-12 13:05",
        "Technologies Nordexa <nordexa@myworkday.com>",
        "Nous avons bien reçu votre candidature",
        F("confirmation", NX, NXR, 23, "workday"),
        "Bonjour Nadia,\n\nMerci d'avoir postulé au poste Ingénieur(e) mécanique - CPI / EIT (R2026-014) chez Technologies Nordexa inc. Votre candidature a été transmise à notre équipe d'acquisition de talents.\n\nSi votre profil correspond à nos besoins, nous communiquerons avec vous. Dans le cas contraire, nous conserverons votre candidature pour de futurs postes.\n\nL'équipe Talents Nordexa",
    ),
    m(
        "736302",
        "2026-01-12 19:48",
        "Kevin Lachance <kevin.lachance@gmail.com>",
        "TR: Recommandation reçue - Nadia Ferreira-Mackenzie",
        F("confirmation", NX, NXR, 23, "workday"),
        "Salut Nadia!\n\nC'est fait, ta candidature est liée à ma recommandation. Croise les doigts, Sophie (la gestionnaire) est super.\n\nKev\n\n---------- Message transféré ---------\nDe : Technologies Nordexa <nordexa@myworkday.com>\nDate : lun. 12 janv. 2026 à 14 h 10\nObjet : Recommandation reçue - Nadia Ferreira-Mackenzie\nÀ : Kevin Lachance <kevin.lachance@nordexa.com>\n\nBonjour Kevin,\n\nMerci pour votre recommandation! Nadia Ferreira-Mackenzie a postulé au poste Ingénieur(e) mécanique - CPI / EIT (R2026-014). Si elle est embauchée et complète sa période de probation, vous serez admissible à la prime de recommandation.\n\nL'équipe Talents Nordexa",
    ),
    m(
        "736303",
        "2026-01-26 10:20",
        "Sophie Tremblay-Roy <sophie.tremblay-roy@nordexa.com>",
        "Entrevue - Ingénieur(e) mécanique CPI",
        F("interview", NX, NXR, 23, "direct"),
        "Bonjour Nadia,\n\nMerci pour votre intérêt envers Nordexa. J'aimerais vous rencontrer pour une entrevue en panel (45 minutes, Zoom) avec deux membres de l'équipe d'ingénierie. Vous pouvez choisir une plage horaire ici : https://calendly.com/stremblayroy-nordexa/entrevue\n\nÀ bientôt,\nSophie Tremblay-Roy, ing.\nGestionnaire, Ingénierie mécanique\nTechnologies Nordexa",
    ),
    m(
        "736304",
        "2026-01-26 20:02",
        "Calendly <notifications@calendly.com>",
        "Nouvel événement : Nadia Ferreira-Mackenzie - 09 h 30 jeu. 29 janv. 2026 - Entrevue",
        F("interview", NX, NXR, 23, "other"),
        "Bonjour Nadia Ferreira-Mackenzie,\n\nUn nouvel événement a été planifié.\n\nType d'événement : Entrevue\nInvité : Sophie Tremblay-Roy\nDate/heure : 09 h 30 - 10 h 15 (heure de l'Est - États-Unis et Canada) jeudi 29 janvier 2026\nLieu : Zoom\n\nAnnuler ou replanifier",
        ics={
            "uid": "calendly-nordexa-0129@calendly.com",
            "start": "2026-01-29 09:30:00 -0500",
            "minutes": 45,
            "summary": "Entrevue entre Sophie Tremblay-Roy et Nadia Ferreira-Mackenzie",
            "organizer": ("Sophie Tremblay-Roy", "sophie.tremblay-roy@nordexa.com"),
            "location": "https://nordexa.zoom.us/j/84120093315",
        },
    ),
    m(
        "736305",
        "2026-02-10 15:30",
        "Technologies Nordexa <nordexa@myworkday.com>",
        "Mise à jour - R2026-014",
        F("rejection", NX, NXR, 23, "workday"),
        "Bonjour Nadia,\n\nNous vous remercions de l'intérêt que vous avez manifesté pour le poste Ingénieur(e) mécanique - CPI / EIT et du temps consacré à votre entrevue. L'équipe a beaucoup apprécié votre approche structurée.\n\nNous avons toutefois décidé de poursuivre le processus avec d'autres candidat(e)s. Nous vous invitons à consulter régulièrement notre site carrières.\n\nL'équipe Talents Nordexa",
    ),
    m(
        "736306",
        "2026-02-10 18:12",
        "Kevin Lachance <kevin.lachance@gmail.com>",
        "Re: Nordexa",
        ("not_job", "fr"),
        "Ah non, plate! Sophie m'a dit que c'était serré entre toi et une autre candidate qui parle joual mieux que nous deux. On se reprend avec une bière quand tu passes à Montréal?\n\nKev",
    ),
]
