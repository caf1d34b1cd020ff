"""Latin American job boards' receipts name the employer: on a card line under the title, in a
labelled field, in a sentence ("La empresa X leyó tu CV") or in the subject."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Category, Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "company", "role", "category"),
    [
        (
            "avisos@occ.com.mx",
            "OCC Mundial",
            "Tu postulación fue enviada",
            "¡Hola Marisol!\n\nTe postulaste a la vacante Jefe de Almacén\n\n"
            "Distribuidora Cuauhtli, S.A. de C.V. · Iztapalapa, Ciudad de México\n\n"
            "Sueldo: $30,000 Mensual\n\nEquipo OCC",
            "Distribuidora Cuauhtli",
            "Jefe de Almacén",
            Category.CONFIRMATION,
        ),
        (
            "avisos@occ.com.mx",
            "OCC Mundial",
            "Una empresa revisó tu CV",
            "Marisol, la empresa Distribuidora Cuauhtli, S.A. de C.V. revisó tu CV para la "
            "vacante Jefe de Almacén.\n\nVer estatus",
            "Distribuidora Cuauhtli",
            "Jefe de Almacén",
            Category.VIEWED,
        ),
        (
            "alertas@computrabajo.com.pe",
            "Computrabajo",
            "Postulación realizada: Planificador de Producción",
            "Marisol, ¡tu postulación se realizó correctamente!\n\nPlanificador de Producción\n"
            "PANIFICADORA LOS ANDES S.A.C.\nArequipa\n\nVer mis postulaciones",
            "Panificadora los Andes",
            "Planificador de Producción",
            Category.CONFIRMATION,
        ),
        (
            "alertas@computrabajo.com.pe",
            "Computrabajo",
            "La empresa vio tu hoja de vida",
            "Marisol, PANIFICADORA LOS ANDES S.A.C. vio tu hoja de vida para la oferta "
            "Planificador de Producción.\n\nSi tu perfil les interesa, te contactarán.",
            "Panificadora los Andes",
            "Planificador de Producción",
            Category.VIEWED,
        ),
        (
            "avisos@bumeran.com.ar",
            "Bumeran",
            "¡Te postulaste! Jefe de Compras",
            "¡Hola Marisol!\n\nTu postulación para Jefe de Compras en Vinos del Cuyo S.A. "
            "(Godoy Cruz, Mendoza) fue enviada.\n\nSeguí el estado de tus postulaciones.",
            "Vinos del Cuyo",
            "Jefe de Compras",
            Category.CONFIRMATION,
        ),
        (
            "avisos@bumeran.com.ar",
            "Bumeran",
            "Vinos del Cuyo S.A. leyó tu CV",
            "Marisol, ¡buenas noticias! La empresa Vinos del Cuyo S.A. leyó tu CV para el aviso "
            "Jefe de Compras.\n\nVer postulación",
            "Vinos del Cuyo",
            "Jefe de Compras",
            Category.VIEWED,
        ),
        (
            "avisos@zonajobs.com.ar",
            "ZonaJobs",
            "Postulación enviada: Encargado de Expedición",
            "¡Listo Marisol! Te postulaste a Encargado de Expedición.\n\n"
            "Empresa: Frigorífico Las Lomas S.R.L. - Quilmes, Buenos Aires\n",
            "Frigorífico Las Lomas",
            None,
            Category.CONFIRMATION,
        ),
        (
            "indeedapply@indeed.com",
            "Indeed",
            "Postulación enviada: Auxiliar de Inventarios",
            "Postulación enviada\n\nAuxiliar de Inventarios\n"
            "Ferretería Tonalá, S.A. de C.V. - Guadalajara, Jal.\n\n"
            "Los siguientes elementos se enviaron al empleador: CV.",
            "Ferretería Tonalá",
            "Auxiliar de Inventarios",
            Category.CONFIRMATION,
        ),
        (
            "jobs-noreply@linkedin.com",
            "LinkedIn",
            "Marisol, tu solicitud se envió a Cerámica Puebla",
            "Tu solicitud se envió a Cerámica Puebla\n\nAnalista de Costos\n"
            "Cerámica Puebla · Puebla (Presencial)\n\nVer empleo",
            "Cerámica Puebla",
            "Analista de Costos",
            Category.CONFIRMATION,
        ),
    ],
)
def test_latam_board_receipts_name_the_employer(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    company: str,
    role: str | None,
    category: Category,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language="es")
    assert result.category == category
    assert result.company == company
    if role:
        assert result.role is not None and result.role.startswith(role)


def test_indeed_interview_scheduling_subject_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@indeed.com",
        name="Indeed",
        subject="Cementos Atoyac quiere agendar una entrevista contigo",
        body="Marisol, Cementos Atoyac te invitó a una entrevista por video para Jefe de "
        "Embarques.\n\nElige un horario disponible:\nlun 7 jul, 9:00\n\nElegir horario",
        language="es",
    )
    assert result.category == Category.INTERVIEW
    assert result.company == "Cementos Atoyac"


def test_a_board_is_never_the_employer(classify: Classify) -> None:
    result = classify(
        sender="notificaciones@elempleo.com",
        name="elempleo.com",
        subject="Te postulaste a: Auxiliar Logístico",
        body="Hola Marisol,\n\nTu hoja de vida fue enviada a la oferta Auxiliar Logístico.\n\n"
        "Empresa: TEXTILES DEL CAUCA S.A.S.\n\nConsulta el estado de tu postulación.",
        language="es",
    )
    assert result.company == "Textiles del Cauca"


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("Calzado Bajío S.A. de C.V. vio tu CV", "Calzado Bajío"),
        ("Lácteos Serranos revisó tu hoja de vida", "Lácteos Serranos"),
        ("¡Buenas noticias! Una empresa vio tu CV", None),
    ],
)
def test_a_board_subject_says_who_opened_the_cv(
    classify: Classify, subject: str, company: str | None
) -> None:
    result = classify(
        sender="avisos@occ.com.mx",
        name="OCC Mundial",
        subject=subject,
        body="Hola Marisol, tu perfil está siendo considerado. Mantente atenta a tu correo.",
        language="es",
    )
    assert result.company == company
