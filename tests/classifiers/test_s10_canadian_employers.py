"""Canadian job mail: boards that print the employer on a card with its province, federal and
Québec public-service sites that name the department in their sentence, French institutions
written in sentence case, bilingual signatures, a federation writing for one of its caisses,
and competition numbers that tie the mails of one competition together."""

from __future__ import annotations

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.vocabulary import Category as C


@pytest.mark.parametrize(
    ("sender", "name", "body", "employer"),
    [
        (
            "noreply@jobboom.com",
            "Jobboom",
            "Bravo Jeanne!\n\nVotre candidature a bien été transmise à l'employeur.\n\n"
            "Technicienne en administration\nCentre de santé des Érablières\nSherbrooke, QC\n\n"
            "Jobboom, une division de Groupe Jobboom inc.",
            "Centre de santé des Érablières",
        ),
        (
            "ne-pas-repondre@guichetemplois.gc.ca",
            "Guichet-Emplois",
            "Bonjour Jeanne,\n\nVotre candidature a été envoyée à l'employeur suivant :\n\n"
            "Commis comptable\nCoopérative forestière de la Matawinie\nJoliette (QC)\n"
            "Numéro de l'offre : 2918374\n\nGuichet-Emplois",
            "Coopérative forestière de la Matawinie",
        ),
    ],
)
def test_a_canadian_boards_card_names_the_employer_not_the_board(
    classifier: RuleClassifier, message, sender: str, name: str, body: str, employer: str
) -> None:
    result = classifier.classify(
        message(sender=sender, name=name, subject="Votre candidature a été envoyée", body=body)
    )
    assert result.category is C.CONFIRMATION
    assert result.company == employer


@pytest.mark.parametrize(
    ("mail", "category", "company", "requisition_id"),
    [
        pytest.param(
            {
                "sender": "noreply-pasdereponse@cfp-psc.gc.ca",
                "name": "Emplois GC / GC Jobs",
                "subject": "Emplois GC - Confirmation / Confirmation",
                "body": (
                    "Merci d'avoir postulé au processus de sélection 25-XYZ-EA-ON-0042 : "
                    "Agente de programme (PM-03), Agence canadienne des parcs marins, "
                    "Ottawa (Ontario).\n\n---\n\nThank you for applying to selection "
                    "process 25-XYZ-EA-ON-0042: Program Officer (PM-03), Canadian Marine "
                    "Parks Agency, Ottawa (Ontario)."
                ),
            },
            C.CONFIRMATION,
            "Agence canadienne des parcs marins",
            "25-XYZ-EA-ON-0042",
            id="gc-jobs-names-the-agency-of-the-selection-process",
        ),
        pytest.param(
            {
                "sender": "luc.bourque@maritimesante.example",
                "name": "Luc Bourque",
                "subject": "Concours MS-26-0044 – offre d'emploi",
                "body": (
                    "Bonjour Jeanne,\n\nAu nom du Réseau de santé Maritime, je suis "
                    "heureux de vous offrir le poste d'analyste.\n"
                ),
                "signature": "Luc Bourque\nRéseau de santé Maritime | Maritime Health Network",
            },
            C.OFFER,
            "Réseau de santé Maritime",
            "MS-26-0044",
            id="a-bilingual-signature-gives-the-name-in-the-letters-language",
        ),
    ],
)
def test_canadian_mail_gives_category_and_company_and_requisition_id(
    classifier: RuleClassifier,
    message,
    mail: dict[str, str],
    category: C,
    company: str,
    requisition_id: str,
) -> None:
    result = classifier.classify(message(**mail))
    assert result.category is category
    assert result.company == company
    assert result.requisition_id == requisition_id


@pytest.mark.parametrize(
    ("mail", "company"),
    [
        pytest.param(
            {
                "sender": "ne-pas-repondre@carrieres.gouv.qc.ca",
                "name": "Carrières - Gouvernement du Québec",
                "subject": "Confirmation d'inscription – Appel de candidatures 30411AB00000007",
                "body": (
                    "Madame, Monsieur,\n\nNous confirmons la réception de votre "
                    "inscription à l'appel de candidatures 30411AB00000007 en vue de "
                    "pourvoir des emplois de conseillère en gestion (professionnel) au "
                    "ministère des Forêts et des Lacs.\n"
                ),
            },
            "Ministère des Forêts et des Lacs",
            id="the-quebec-careers-site-names-the-ministry-capitalised",
        ),
        pytest.param(
            {
                "sender": "carrieres@successfactors.com",
                "name": "Fédération des caisses du Fjord",
                "subject": "Confirmation de candidature - Conseillère, finances personnelles",
                "body": (
                    "Bonjour Jeanne,\n\nNous vous remercions d'avoir postulé à l'offre "
                    "Conseillère, finances personnelles (réquisition 70412) de la Caisse "
                    "du Fjord de Chicoutimi.\n\nL'équipe Carrières\nFédération des "
                    "caisses du Fjord"
                ),
            },
            "Caisse du Fjord de Chicoutimi",
            id="a-federation-of-caisses-writes-for-the-member-caisse",
        ),
        pytest.param(
            {
                "sender": "mgirard@girardcadres.example",
                "name": "Maxime Girard",
                "subject": "Poste de directrice des finances",
                "body": (
                    "Bonjour Jeanne,\n\nJe recrute pour la Fondation Santé Boréale une "
                    "directrice des finances (poste permanent). Auriez-vous un moment "
                    "pour en parler?"
                ),
            },
            "Fondation Santé Boréale",
            id="a-headhunter-names-who-it-recruits-for",
        ),
        pytest.param(
            {
                "sender": "oqtr@tbe.taleo.net",
                "name": "OQTR - Acquisition de talents",
                "subject": "OQTR - Accusé de réception de votre candidature",
                "body": (
                    "Bonjour Jeanne,\n\nNous accusons réception de votre candidature au "
                    "poste de technicienne en documentation (réf. 2604411).\n\n"
                    "Acquisition de talents\nOQTR"
                ),
            },
            "OQTR",
            id="an-ats-team-in-quebec-french-is-no-part-of-the-name",
        ),
        pytest.param(
            {
                "sender": "jtardif@qualitesoins.example",
                "name": "Julie Tardif",
                "subject": "IQS – exercice écrit",
                "body": (
                    "Bonjour Jeanne,\n\nMerci pour votre candidature au poste de "
                    "conseillère qualité. Comme prochaine étape du processus, nous vous "
                    "demandons de réaliser un court exercice écrit (étude de cas) d'ici "
                    "vendredi."
                ),
                "signature": (
                    "Julie Tardif\nCheffe d'équipe\nInstitut de la qualité des soins (IQS)"
                ),
            },
            "Institut de la qualité des soins",
            id="a-domain-may-leave-out-the-institutions-kind",
        ),
    ],
)
def test_canadian_mail_gives_company(
    classifier: RuleClassifier, message, mail: dict[str, str], company: str
) -> None:
    result = classifier.classify(message(**mail))
    assert result.company == company


def test_a_public_notice_names_the_ministry_in_its_field(
    classifier: RuleClassifier, message
) -> None:
    result = classifier.classify(
        message(
            sender="dotation@centredotation.example",
            name="Service de la dotation",
            subject="Convocation à l'examen – concours 44120CD0000012",
            body=(
                "Madame,\n\nVous êtes convoquée à l'examen écrit du processus de qualification "
                "mentionné en objet.\n\nMinistère ou organisme : Ministère de la Mer et des "
                "Pêcheries\nEmploi : conseillère en politiques\nLieu : Québec\n"
            ),
        )
    )
    assert result.company == "Ministère de la Mer et des Pêcheries"
    assert result.requisition_id == "44120CD0000012"


@pytest.mark.parametrize(
    ("mail", "category", "company"),
    [
        pytest.param(
            {
                "sender": "indeedapply@indeed.com",
                "name": "Indeed",
                "subject": "Candidature envoyée : Commis aux achats",
                "body": (
                    "Candidature envoyée\n\nCommis aux achats\nQuincaillerie du "
                    "Vieux-Port\nQuébec, QC\n\nLes éléments suivants ont été envoyés à "
                    "l'employeur : CV."
                ),
            },
            C.CONFIRMATION,
            "Quincaillerie du Vieux-Port",
            id="indeed-canadas-french-card-puts-the-place-on-its-own-line",
        ),
        pytest.param(
            {
                "sender": "direction@coopsanteboisjoli.example",
                "name": "Hélène Roy",
                "subject": "Invitation à une entrevue – coordonnatrice",
                "body": (
                    "Bonjour Jeanne,\n\nMerci pour votre candidature au poste de "
                    "coordonnatrice. Nous aimerions vous rencontrer en entrevue mardi "
                    "prochain à 10 h."
                ),
                "signature": "Hélène Roy\nDirectrice générale\nCoopérative de santé du Bois-Joli",
            },
            C.INTERVIEW,
            "Coopérative de santé du Bois-Joli",
            id="a-domain-may-clip-the-institutions-kind",
        ),
    ],
)
def test_canadian_mail_gives_category_and_company(
    classifier: RuleClassifier, message, mail: dict[str, str], category: C, company: str
) -> None:
    result = classifier.classify(message(**mail))
    assert result.category is category
    assert result.company == company
