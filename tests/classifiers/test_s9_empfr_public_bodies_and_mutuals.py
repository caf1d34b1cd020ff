"""Employers in French mail: public-sector boards relaying to a collectivité, institutions
written the French way with lower-case words, short names made of initials and shortened
words (display name or domain) that the letter signs in full, a domain holding the words of
the name the letter signs with, and hiring departments that are no employer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.abbrev import expansion, written_in_label
from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


EMPLOYER_NAMED = [
    # A public-sector board names the collectivité in a labelled field.
    pytest.param(
        {
            "sender": "ne-pas-repondre@emploi-territorial.fr",
            "name": "Emploi-Territorial",
            "subject": "Accusé de réception de votre candidature - Offre O074250300011122",
            "body": (
                "Monsieur Perrot,\n\nNous accusons réception de votre candidature à l'offre "
                "suivante :\n\nCollectivité : Ville de Montbrison-sur-Lize\nIntitulé du poste : "
                "Chargé de mission finances (F/H)\nRéférence : O074250300011122\n\n"
                "Ceci est un message automatique.\n"
            ),
            "language": "fr",
        },
        "Ville de Montbrison-sur-Lize",
        id="territorial-board-collectivite-field",
    ),
    # The board for the State and hospitals names the recruiter after a colon, written the
    # French way.
    pytest.param(
        {
            "sender": "ne-pas-repondre@place-emploi-public.gouv.fr",
            "name": "Place de l'emploi public",
            "subject": "Votre candidature a bien été envoyée",
            "body": (
                "Bonjour Jules Perrot,\n\nVotre candidature pour l'offre Analyste financier "
                "(H/F) - réf. 2025-12-3344 a bien été envoyée au recruteur : Centre hospitalier "
                "intercommunal Vallée-du-Gier.\n\nL'équipe de la Place de l'emploi public\n"
            ),
            "language": "fr",
        },
        "Centre hospitalier intercommunal Vallée-du-Gier",
        id="state-board-recruiter-after-colon",
    ),
    # A display name of initials and a department: the signature spells the body out.
    pytest.param(
        {
            "sender": "direction@transports-vercors.fr",
            "name": "SITV - Direction générale",
            "subject": "Votre candidature",
            "body": (
                "Monsieur,\n\nNous avons bien reçu votre candidature au poste d'analyste "
                "financier. Nous ne pouvons malheureusement pas y donner une suite favorable."
                "\n\nLe Directeur général\nSyndicat intercommunal des transports du Vercors\n"
            ),
            "language": "fr",
        },
        "Syndicat intercommunal des transports du Vercors",
        id="initials-and-department-signed-in-full",
    ),
    # A domain of initials: the writer signs with the mutual society's whole name.
    pytest.param(
        {
            "sender": "p.garnier@mspb.fr",
            "name": "Pauline Garnier",
            "subject": "Entretien - analyste financier",
            "body": (
                "Bonjour Monsieur Perrot,\n\nVotre candidature a retenu notre attention. Je vous "
                "propose un entretien jeudi 12 juin à 10h dans nos locaux.\n\nPauline Garnier\n"
                "Mutuelle Santé Pays Basque - Ressources humaines\n"
            ),
            "language": "fr",
        },
        "Mutuelle Santé Pays Basque",
        id="initials-domain-signed-in-full",
    ),
    # "Agglo" and initials: the Communauté d'agglomération signs in full.
    pytest.param(
        {
            "sender": "rh@agglo-pmd.fr",
            "name": "Pôle RH Agglo PMD",
            "subject": "Résultat de votre audition",
            "body": (
                "Madame,\n\nPour faire suite à votre audition, nous vous informons que le jury n'a "
                "pas retenu votre candidature.\n\nPôle Ressources humaines\nCommunauté "
                "d'agglomération Plaine-du-Mont Doré\n"
            ),
            "language": "fr",
        },
        "Communauté d'agglomération Plaine-du-Mont Doré",
        id="agglo-and-initials-signed-in-full",
    ),
    # The domain holds the words of the name the letter signs with, in another order.
    pytest.param(
        {
            "sender": "recrutement@grandnantes-region.fr",
            "name": "Direction des Ressources Humaines - Recrutement",
            "subject": "Votre candidature - Réf. 2025-FIN-042",
            "body": (
                "Madame,\n\nVotre candidature au poste d'analyste budgétaire a retenu notre "
                "attention. Nous vous convions à un entretien le mardi 3 juin à 14h.\n\n"
                "Claire Moreau\nChargée de recrutement\nRégion de Nantes\n"
            ),
            "language": "fr",
        },
        "Région de Nantes",
        id="domain-holds-the-signed-name",
    ),
    # A group's HR mailbox, signed by the member company with its legal form: the member hires.
    pytest.param(
        {
            "sender": "rh@groupe-maurel.fr",
            "name": "Ressources Humaines Groupe Maurel",
            "subject": "Analyste financier",
            "body": (
                "Monsieur,\n\nVous avez bien voulu nous adresser votre candidature et nous vous "
                "en remercions. Nous sommes au regret de ne pouvoir y donner une suite favorable, "
                "le poste étant pourvu.\n\nService RH - Conserveries Maurel SAS\n"
            ),
            "language": "fr",
        },
        "Conserveries Maurel",
        id="group-mailbox-signed-by-member-company",
    ),
    # The place in brackets after a name written in the text is no part of it.
    pytest.param(
        {
            "sender": "lunar@digitalrecruiters.com",
            "name": "Lunar Recrutement",
            "subject": "Nous avons bien reçu votre candidature",
            "body": (
                "Bonjour Jules,\n\nMerci pour votre candidature au poste d'analyste financier H/F "
                "chez Lunar Logistique (Lyon 7e).\n\nNous revenons vers vous sous 15 jours.\n"
            ),
            "language": "fr",
        },
        "Lunar Logistique",
        id="bracketed-place-is-no-part-of-the-name",
    ),
    # A search firm names its client late: "il s'agit du groupe X".
    pytest.param(
        {
            "sender": "m.lenoir@ardent-conseil.fr",
            "name": "Marc Lenoir",
            "subject": "Votre dossier - présentation à notre client",
            "body": (
                "Bonjour Jules,\n\nComme convenu, j'ai présenté votre candidature à notre client "
                "ce matin. Je peux désormais vous le dire : il s'agit du groupe Varennes, à "
                "Villeurbanne.\n\nMarc Lenoir\nArdent Conseil\n"
            ),
            "language": "fr",
        },
        "Varennes",
        id="search-firm-names-its-client-late",
    ),
    # A board passes the application on "à l'entreprise X".
    pytest.param(
        {
            "sender": "ne-pas-repondre@apec.fr",
            "name": "Apec",
            "subject": "Confirmation de votre candidature",
            "body": (
                "Bonjour Jules Perrot,\n\nVotre candidature à l'offre « Analyste financier H/F » "
                "(réf. 181234567W) a bien été transmise à l'entreprise Orvane Conseil.\n\n"
                "L'Apec\n"
            ),
            "language": "fr",
        },
        "Orvane Conseil",
        id="board-transmits-to-the-company",
    ),
    # A "no reply" display name in French is no employer.
    pytest.param(
        {
            "sender": "ne-pas-repondre@crediloire.fr",
            "name": "Ne pas répondre",
            "subject": "Suite de votre candidature R25-0042",
            "body": (
                "Madame,\n\nNous vous remercions de votre participation à notre processus de "
                "recrutement. Votre candidature ne sera pas retenue.\n\nCrédiloire - "
                "Direction des ressources humaines\n"
            ),
            "language": "fr",
        },
        "Crédiloire",
        id="ne-pas-repondre-is-no-employer",
    ),
]


@pytest.mark.parametrize(("mail", "company"), EMPLOYER_NAMED)
def test_employer_named(classify: Classify, mail: dict[str, str], company: str) -> None:
    assert classify(**mail).company == company


@pytest.mark.parametrize(
    ("short", "text", "full"),
    [
        (
            "CFPA",
            "Jean Roux\nCaisse Fédérale de Prévoyance Alpine - Finances",
            "Caisse Fédérale de Prévoyance Alpine",
        ),
        (
            "Cfp AL",
            "Caisse Fédérale de Prévoyance Alpes-Léman, Finances",
            "Caisse Fédérale de Prévoyance Alpes-Léman",
        ),
        (
            "SEVE",
            "SEVE - Société d'économie mixte Sud Énergies Val d'Erdre",
            "Sud Énergies Val d'Erdre",
        ),
        ("SEMV", "SEMV - Société d'économie mixte Énergies du Vexin", None),
        ("CFPA", "La Caisse Fédérale de Prévoyance Alpine recrute 3 analystes.", None),
        ("Acme", "Acme Corp - Engineering", None),
    ],
)
def test_expansion_reads_initials_and_shortened_words(
    short: str, text: str, full: str | None
) -> None:
    assert expansion(short, [text]) == full


def test_written_in_label_needs_most_of_the_label() -> None:
    assert written_in_label("villedebrest-emploi", ["Ville de Brest"]) is None
    assert written_in_label("mairie-brest", ["Brest Mairie"]) == "Brest Mairie"
