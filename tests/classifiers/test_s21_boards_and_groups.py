"""Employer names boards and groups write beside other words: a French board's title, employer
and place between dashes, a Latin-American board's card without "la vacante", US federal
notices naming the hiring agency after its department, a group naming its own subsidiary or
chain, a search firm naming its client after "unserer Mandantin", and a public body's name
that reads like a person's before "of" (corpora 115-122)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.correlator.names import company_key
from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "company"),
    [
        (
            "candidatures@apec.fr",
            "Apec",
            "Votre candidature a bien été transmise",
            "Bonjour Paul Martin,\n\nVotre candidature à l'offre Chef de quai H/F - TRANSPORTS "
            "MOREAU - Rouen (76) a bien été transmise au recruteur.\n\nL'équipe Apec",
            "fr",
            "Transports Moreau",
        ),
        (
            "ne-pas-repondre@francetravail.fr",
            "France Travail",
            "Votre candidature a été envoyée",
            "Bonjour Monsieur MARTIN,\n\nVotre candidature pour l'offre n° 201QXZB « Magasinier "
            "cariste (H/F) » - ENTREPOTS DELMAS - 33 - BORDEAUX a bien été envoyée au "
            "recruteur.\n\nVotre conseiller France Travail",
            "fr",
            "Entrepots Delmas",
        ),
        (
            "noreply@multitrabajos.com",
            "Multitrabajos",
            "Postulación enviada: Auxiliar Contable",
            "¡Listo, Andrés! Te postulaste a Auxiliar Contable\nComercial Andes Cía. Ltda. · "
            "Cuenca, Azuay · Tiempo completo\n\nLa empresa recibirá tu CV.",
            "es",
            "Comercial Andes",
        ),
        (
            "no-reply@usastaffing.gov",
            "USA Staffing",
            "Application Received: Biologist",
            "Dear Sam Lee,\n\nThank you for applying to Biologist, GS-0401-11, Department of the "
            "Interior, Fish and Wildlife Service, Lakewood, Colorado (Announcement "
            "R6-26-1234567-AB).\n\nYour application has been received.",
            "en",
            "Fish and Wildlife Service",
        ),
        (
            "vantal@myworkday.com",
            "Groupe Vantal",
            "Merci pour votre candidature",
            "Bonjour Paul,\n\nNous vous remercions de l'intérêt que vous portez au Groupe Vantal "
            "et pour votre candidature au poste de Magasinier H/F (réf. R-0912) au sein de notre "
            "filiale Berthier Logistique SAS, Vénissieux (69200).\n\nL'équipe Talent Acquisition"
            "\nGroupe Vantal",
            "fr",
            "Berthier Logistique",
        ),
        (
            "seleccion@corpsolar.example",
            "Selección Corporación Solar",
            "Citación a entrevista",
            "Buenos días Andrés,\n\nLe invitamos a una entrevista para el cargo de Jefe de Tienda "
            "de nuestra cadena Farmacias Girasol, el lunes 3 de noviembre a las 10:00.\n\n"
            "Atentamente,\nJefatura de Selección\nCorporación Solar S.A.",
            "es",
            "Farmacias Girasol",
        ),
        (
            "m.kessler@kessler-search.example",
            "Maren Kessler",
            "Vorstellung bei Elbwerk",
            "Hallo Herr Brandt,\n\nwie besprochen habe ich Ihr Profil heute bei unserer "
            "Mandantin, der Elbwerk Versicherung AG, vorgestellt. Ich melde mich, sobald ich "
            "Feedback habe.\n\nViele Grüße\nMaren Kessler",
            "de",
            "Elbwerk Versicherung",
        ),
        (
            "noreply@governmentjobs.com",
            "State of Nevada Job Opportunities",
            "Nevada Department of Transportation: Application Received",
            "Dear Sam,\n\nWe have received your application for Civil Engineer I at the Nevada "
            "Department of Transportation. Your application will be reviewed to determine if you "
            "meet the minimum qualifications.",
            "en",
            "Nevada Department of Transportation",
        ),
    ],
)
def test_the_employer_a_board_or_group_names(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    company: str,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.company is not None, result.evidence
    assert company_key(result.company) == company_key(company), result.evidence
