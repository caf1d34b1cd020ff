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
        # a teachers' board relays the application to the school it names
        (
            "noreply@tes.com",
            "Tes",
            "Your application has been submitted",
            "Hi Ffion,\n\nYour application for Science Teacher at Llanwern High School, Newport "
            "has been sent to the school.\n\nGood luck! The Tes Jobs team\n\nTes Global Ltd, "
            "London. You are receiving this because you applied for a job on tes.com.",
            "en",
            "Llanwern High School",
        ),
        # a group's member named with its Spanish legal form after a comma
        (
            "careers@grupoebro.example",
            "Grupo Ebro - Talent Acquisition",
            "Confirmación de recepción de su candidatura - Req ID 5120",
            "Estimada Ane:\n\nLe confirmamos que hemos recibido su candidatura para la posición "
            "Planificadora (Req ID 5120) en Ebro Componentes Industriales, S.L.U. – planta de "
            "Tudela.\n\nGracias por su interés en formar parte del Grupo Ebro.\n\nTalent "
            "Acquisition\nGrupo Ebro",
            "es",
            "Ebro Componentes Industriales",
        ),
        # a group whose ATS account lists its brands names the one applied to after the title
        (
            "naoresponda@gupy.io",
            "Grupo Maré",
            "Recebemos sua inscrição - Analista de CS | Corvina",
            "Olá, Rita!\n\nSua inscrição para Analista de CS | Corvina foi concluída com sucesso."
            "\n\nO Grupo Maré reúne marcas digitais como Corvina, Tainha Pay e Robalo.\n\nGente "
            "Grupo Maré",
            "pt",
            "Corvina",
        ),
        # made-up mail writes a university's "ac" second level under .example
        (
            "no-reply@jobs.tamarside.ac.example",
            "Recruitment Team",
            "Application received - Learning Technologist (ACAD2201)",
            "Dear Ms Evans\n\nThank you for your application for the post of Learning "
            "Technologist (ACAD2201).\n\nHR Recruitment Team",
            "en",
            "Tamarside",
        ),
    ],
)
def test_the_employer_a_board_a_group_or_a_domain_names(
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


def test_a_foundation_running_a_hospital_has_the_hospitals_key() -> None:
    assert company_key("Stiftung Spital Seeland") == company_key("Spital Seeland")


def test_a_british_schools_domain_names_the_school_not_its_authority() -> None:
    from jobtracker.classifiers.rules.names import load_name_book

    book = load_name_book()
    assert book.domain_label("head.brookfield.leeds.sch.uk") == "brookfield"
    assert book.domain_label("jobs.tamarside.ac.uk") == "tamarside"
