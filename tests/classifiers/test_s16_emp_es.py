"""Employer and role of Spanish hiring mail (Spain and Latin America), as the world writes it.

ATS and HR-system receipts whose sender is a vendor or a no-reply address, people at the
employer writing from the company or a personal mailbox, job boards' receipts (the board is
never the employer), agencies and consultancies for a client (or themselves when the client is
confidential), the public sector and groups, and roles in subjects and bodies.
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from tests.classifiers.probes import employer_test

Classify = Callable[..., Classification]

# (family, sender, display name, subject, body, signature, employer, role or "")
PROBES: list[tuple[str, str, str, str, str, str, str, str]] = [
    # --- (a) ATS and HR-system mail from a vendor or a no-reply address ---
    (
        "ats",
        "no-reply@successfactors.example",
        "Talento Grupo Iberaceite",
        "Confirmación de tu candidatura",
        "Hola Lucía,\n\nGracias por tu interés en formar parte de nuestro equipo. Hemos "
        "recibido correctamente tu candidatura para el puesto de Técnico/a de Calidad "
        "Alimentaria.\n\nRevisaremos tu perfil y, si encaja, nos pondremos en contacto "
        "contigo.\n\nUn saludo,\nEquipo de Talento",
        "",
        "Grupo Iberaceite",
        "Técnico/a de Calidad Alimentaria",
    ),
    (
        "ats",
        "noreply@myworkday.example",
        "Empleo Seguros Alcázar",
        "Hemos recibido tu solicitud",
        "Estimada Lucía:\n\nTe confirmamos la recepción de tu solicitud para la vacante "
        "Gestor/a de Siniestros (Ref. 4471). Nuestro equipo de Selección la revisará en los "
        "próximos días.\n\nAtentamente,\nSelección",
        "",
        "Seguros Alcázar",
        "Gestor/a de Siniestros",
    ),
    (
        "ats",
        "notificaciones@factorial.example",
        "",
        "Tu candidatura en Cafés Mondéjar - Barista",
        "Hola,\n\nTu candidatura se ha registrado correctamente. Te escribiremos pronto.\n\n"
        "Saludos",
        "",
        "Cafés Mondéjar",
        "Barista",
    ),
    (
        "ats",
        "no-reply@hiringroom.example",
        "Selección",
        "Actualización sobre tu postulación",
        "Hola Lucía,\n\nQueremos agradecerte por postularte al puesto de Analista de "
        "Créditos. Luego de revisar tu perfil, decidimos avanzar con otros candidatos.\n\n"
        "Te deseamos éxito.\n\nEl equipo de Selección de Financiera Del Plata",
        "",
        "Financiera Del Plata",
        "Analista de Créditos",
    ),
    (
        "ats",
        "no-reply@talentclue.example",
        "Recursos Humanos | Hoteles Marazul",
        "Entrevista - Recepcionista de noche",
        "Hola Lucía,\n\nNos gustaría conocerte. Te proponemos una entrevista por videollamada el "
        "jueves 6 a las 12:00.\n\nConfirma tu asistencia desde el enlace.\n\nRecursos Humanos",
        "",
        "Hoteles Marazul",
        "Recepcionista de noche",
    ),
    (
        "ats",
        "no-reply@greenhouse.example",
        "Ardilla Labs Recruiting",
        "Prueba técnica",
        "Hola Lucía,\n\nGracias por tu interés en el puesto de Ingeniera de Datos. El siguiente "
        "paso es una prueba técnica que puedes hacer en 72 horas.\n\nSuerte,\nArdilla Labs",
        "",
        "Ardilla Labs",
        "Ingeniera de Datos",
    ),
    (
        "ats",
        "noreply@cornerstone.example",
        "RRHH",
        "Tu candidatura",
        "Estimada candidata:\n\nAgradecemos tu participación en el proceso de selección para "
        "Responsable de Tienda - Zaragoza. En esta ocasión no continuarás en el proceso.\n\n"
        "Atentamente,\nDepartamento de Personas de Calzados Berlanga S.L.",
        "",
        "Calzados Berlanga",
        "Responsable de Tienda",
    ),
    (
        "ats",
        "empleo@notificaciones.example",
        "Trabaja con nosotros - Viveros Almenara",
        "Oferta de empleo",
        "Hola Lucía,\n\nNos complace ofrecerte el puesto de Encargada de Vivero. Adjuntamos la "
        "propuesta con las condiciones.\n\nUn saludo,",
        "",
        "Viveros Almenara",
        "Encargada de Vivero",
    ),
    (
        "ats",
        "no-reply@pandape.example",
        "",
        "Proceso de selección",
        "Hola Lucía,\n\nDistribuciones Galán te invita a realizar una prueba de inglés en línea "
        "para la vacante de Administrativo/a de Exportación.\n\nTienes hasta el viernes.",
        "",
        "Distribuciones Galán",
        "Administrativo/a de Exportación",
    ),
    # --- (b) a person at the employer, company domain or personal mailbox ---
    (
        "person",
        "jorge.pena@hotmail.es",
        "Jorge Peña",
        "Tu candidatura",
        "Buenas Lucía,\n\nTe escribo porque nos interesa tu perfil para el puesto de "
        "administrativa contable. ¿Te vendría bien una llamada el martes?\n\nUn saludo,\n\n"
        "Jorge Peña\nGerente\nAsesoría Peña y Asociados",
        "",
        "Asesoría Peña y Asociados",
        "administrativa contable",
    ),
    (
        "person",
        "c.vidal@transvidal.example",
        "Carmen Vidal",
        "Siguiente paso",
        "Hola Lucía,\n\nGracias por la entrevista de ayer. Nos gustaría que conocieras al "
        "director de operaciones para el puesto de Jefa de Tráfico. ¿Te viene bien el jueves a "
        "las 10:00?",
        "Carmen Vidal\nResponsable de Selección\nTransportes Vidal e Hijos, S.A.",
        "Transportes Vidal e Hijos",
        "Jefa de Tráfico",
    ),
    (
        "person",
        "diego.ramos@outlook.com",
        "Diego Ramos",
        "Oferta desarrollador",
        "Hola Lucía,\n\nSoy Diego, cofundador de Quetzal Pay. Te escribo para ofrecerte el puesto "
        "de desarrolladora backend; te adjunto la propuesta.\n\nAbrazo,\nDiego",
        "",
        "Quetzal Pay",
        "desarrolladora backend",
    ),
    (
        "person",
        "recursoshumanos.clinicasanrafael@gmail.com",
        "Recursos Humanos",
        "Entrevista enfermería",
        "Buenos días Lucía,\n\nLe escribimos desde la Clínica San Rafael de Cádiz. Hemos "
        "recibido su currículum para el puesto de enfermera y nos gustaría citarla el lunes "
        "a las 9:30.\n\nSaludos cordiales",
        "",
        "Clínica San Rafael",
        "enfermera",
    ),
    (
        "person",
        "ana.soto@grupolumbre.example",
        "Ana Soto",
        "Proceso Analista Financiero",
        "Hola Lucía,\n\nLamentablemente hemos decidido continuar con otra persona para la "
        "posición de Analista Financiero. Te agradezco mucho tu tiempo.\n\nSaludos,",
        "Ana Soto\nTalent Partner @ Lumbre Energía\nMadrid",
        "Lumbre Energía",
        "Analista Financiero",
    ),
    (
        "person",
        "fer.mendez@yahoo.com.mx",
        "Fernanda Méndez",
        "Vacante auxiliar de almacén",
        "Hola Lucía, buen día.\n\nTe contacto de Abarrotes La Ceiba por tu solicitud a la vacante "
        "de auxiliar de almacén. ¿Puedes venir a entrevista el miércoles a las 11?\n\n"
        "Saludos\nFernanda Méndez\nRH",
        "",
        "Abarrotes La Ceiba",
        "auxiliar de almacén",
    ),
    (
        "person",
        "pablo.ortega@ortegaabogados.example",
        "Pablo Ortega",
        "Entrevista - Abogada junior",
        "Estimada Lucía:\n\nLe propongo una entrevista el viernes a las 12:00 en nuestro "
        "despacho para la posición de abogada junior.\n\nAtentamente,",
        "Pablo Ortega\nSocio Director | Ortega & Lasa Abogados",
        "Ortega & Lasa Abogados",
        "abogada junior",
    ),
    # --- (c) job boards and career sites ---
    (
        "board",
        "noreply@infojobs.net",
        "InfoJobs",
        "Tu candidatura ha sido vista",
        "Hola Lucía,\n\nLa empresa Talleres Arriaga ha leído tu candidatura a la oferta "
        "Mecánico/a de Vehículos Industriales.\n\nSigue el estado en tu área personal.",
        "",
        "Talleres Arriaga",
        "Mecánico/a de Vehículos Industriales",
    ),
    (
        "board",
        "noreply@infojobs.net",
        "InfoJobs",
        "Tu CV sigue en proceso",
        "Hola Lucía,\n\nTu candidatura para Comercial de Zona en Bodegas Irache sigue en "
        "proceso.\n\nEl equipo de InfoJobs",
        "",
        "Bodegas Irache",
        "Comercial de Zona",
    ),
    (
        "board",
        "no-reply@computrabajo.com",
        "Computrabajo",
        "Proceso finalizado",
        "Hola Lucía,\n\nLa empresa Laboratorios Andinos S.A.C. ha finalizado el proceso de "
        "selección para el puesto Químico Farmacéutico y tu postulación no continuará.\n\n"
        "¡No te desanimes!",
        "",
        "Laboratorios Andinos",
        "Químico Farmacéutico",
    ),
    (
        "board",
        "noreply@indeed.com",
        "Indeed",
        "Solicitud enviada: Camarero/a de sala",
        "Tu solicitud se envió a Restaurante El Fogón de Luis.\n\nCamarero/a de sala\n"
        "Restaurante El Fogón de Luis - Sevilla\n\nPuedes ver tus solicitudes en Mis empleos.",
        "",
        "Restaurante El Fogón de Luis",
        "Camarero/a de sala",
    ),
    (
        "board",
        "jobs-noreply@linkedin.com",
        "LinkedIn",
        "Lucía, tu solicitud se ha enviado a Nubeteca",
        "Tu solicitud se ha enviado a Nubeteca\n\nDesarrolladora Frontend\nNubeteca · Barcelona "
        "(En remoto)\n\nSolicitud enviada el 12 de abril",
        "",
        "Nubeteca",
        "Desarrolladora Frontend",
    ),
    (
        "board",
        "noreply@tecnoempleo.com",
        "Tecnoempleo",
        "Novedades en tu candidatura",
        "Hola Lucía,\n\nLa empresa Sistemas Bética ha marcado tu candidatura como preseleccionada "
        "para la oferta Administrador de Sistemas Linux.",
        "",
        "Sistemas Bética",
        "Administrador de Sistemas Linux",
    ),
    # --- (d) agencies and recruitment firms ---
    (
        "agency",
        "i.navarro@seleccion-norte.example",
        "Irene Navarro",
        "Oportunidad: Jefe/a de Producción para nuestro cliente Conservas Arosa",
        "Hola Lucía,\n\nTe escribo desde Selección Norte. Estamos buscando un/a Jefe/a de "
        "Producción para nuestro cliente Conservas Arosa en Vigo. ¿Te interesaría?\n\n"
        "Irene Navarro\nConsultora | Selección Norte",
        "",
        "Conservas Arosa",
        "Jefe/a de Producción",
    ),
    (
        "agency",
        "laura.campos@headhunt-iberia.example",
        "Laura Campos",
        "Entrevista en Aceros del Cantábrico",
        "Hola Lucía,\n\nAceros del Cantábrico quiere entrevistarte para el puesto de Ingeniera "
        "de Procesos el martes a las 16:00 en sus oficinas de Santander.\n\nLaura Campos\n"
        "Headhunter - Iberia Executive Search",
        "",
        "Aceros del Cantábrico",
        "Ingeniera de Procesos",
    ),
    # --- (e) public sector, health, education, groups ---
    (
        "public",
        "rrhh@ayto-alcorcon.example",
        "Ayuntamiento de Alcorcón",
        "Bolsa de empleo - Auxiliar Administrativo",
        "Estimada Lucía:\n\nLe comunicamos que ha sido admitida en el proceso de selección para "
        "la bolsa de empleo de Auxiliar Administrativo. La prueba tendrá lugar el 14 de "
        "octubre.\n\nDepartamento de Recursos Humanos",
        "",
        "Ayuntamiento de Alcorcón",
        "Auxiliar Administrativo",
    ),
    (
        "public",
        "rrhh@hospitalsantelmo.example",
        "Hospital San Telmo",
        "Su candidatura",
        "Estimada Lucía:\n\nAgradecemos su interés en el puesto de Fisioterapeuta. Tras valorar "
        "las candidaturas, lamentamos comunicarle que no ha sido seleccionada.\n\nDirección de "
        "Recursos Humanos",
        "",
        "Hospital San Telmo",
        "Fisioterapeuta",
    ),
    (
        "public",
        "talento@grupo-moncayo.example",
        "Grupo Moncayo",
        "Tu candidatura",
        "Hola Lucía,\n\nGracias por tu candidatura al puesto de Jefa de Almacén en Moncayo "
        "Logística, empresa del Grupo Moncayo. Te proponemos una entrevista el lunes.\n\n"
        "Talento Grupo Moncayo",
        "",
        "Moncayo Logística",
        "Jefa de Almacén",
    ),
    (
        "public",
        "seleccion@colegiosantaana.example",
        "Colegio Santa Ana",
        "Entrevista profesora de Primaria",
        "Hola Lucía,\n\nNos gustaría entrevistarte para la plaza de Profesora de Primaria el "
        "jueves a las 13:00.\n\nDirección\nColegio Santa Ana - Valencia",
        "",
        "Colegio Santa Ana",
        "Profesora de Primaria",
    ),
    (
        "public",
        "convocatorias@municipalidad-rosario.example",
        "Municipalidad de Rosario",
        "Concurso - Analista de Sistemas",
        "Estimada Lucía:\n\nLe informamos que su postulación al concurso de Analista de Sistemas "
        "fue recibida.\n\nDirección General de Personal",
        "",
        "Municipalidad de Rosario",
        "Analista de Sistemas",
    ),
    # --- (f) roles in subjects and bodies ---
    (
        "role",
        "seleccion@aguasdelsur.example",
        "Aguas del Sur",
        "Candidatura al puesto de Técnico/a de Redes de Abastecimiento",
        "Hola Lucía,\n\nHemos recibido tu candidatura. Te contactaremos si avanzas.\n\n"
        "Aguas del Sur",
        "",
        "Aguas del Sur",
        "Técnico/a de Redes de Abastecimiento",
    ),
    (
        "role",
        "empleo@lacasadelpan.example",
        "La Casa del Pan",
        "Ref. 2231 - Dependiente/a (jornada parcial) - Logroño",
        "Hola Lucía,\n\nGracias por tu candidatura. Queremos conocerte el martes a las 10:00.\n\n"
        "La Casa del Pan",
        "",
        "La Casa del Pan",
        "Dependiente/a",
    ),
    (
        "role",
        "rrhh@finverde.example",
        "Finverde",
        "Tu postulación: Analista de Riesgos Sr. – Equipo Banca Empresas",
        "Hola Lucía,\n\nGracias por postularte. Estamos revisando tu perfil.\n\nFinverde",
        "",
        "Finverde",
        "Analista de Riesgos Sr.",
    ),
    (
        "role",
        "seleccion@ortopedia-levante.example",
        "Ortopedia Levante",
        "Entrevista",
        "Hola Lucía,\n\nEn relación con tu candidatura como Técnica Ortopédica, te invitamos a "
        "una entrevista el jueves a las 9:00.\n\nOrtopedia Levante",
        "",
        "Ortopedia Levante",
        "Técnica Ortopédica",
    ),
    (
        "role",
        "talento@vertice.example",
        "Vértice Ingeniería",
        "Vacante 10234 | Ingeniero/a de Estructuras",
        "Hola Lucía,\n\nTu candidatura ha sido registrada.\n\nVértice Ingeniería",
        "",
        "Vértice Ingeniería",
        "Ingeniero/a de Estructuras",
    ),
    (
        "role",
        "rrhh@olivarsa.example",
        "Olivar S.A.",
        "Proceso de selección",
        "Hola Lucía,\n\nTe informamos que la vacante de Coordinadora de Exportaciones ha sido "
        "cubierta. Gracias por tu interés.\n\nOlivar S.A.",
        "",
        "Olivar",
        "Coordinadora de Exportaciones",
    ),
    (
        "role",
        "seleccion@grupotorrent.example",
        "Grupo Torrent",
        "Tu solicitud",
        "Hola Lucía,\n\nHemos recibido tu solicitud para la posición de Responsable de "
        "Mantenimiento (Planta de Alzira). Te informaremos de los siguientes pasos.\n\n"
        "Grupo Torrent",
        "",
        "Grupo Torrent",
        "Responsable de Mantenimiento",
    ),
    (
        "role",
        "empleo@mercaoeste.example",
        "Merca Oeste",
        "Invitación a entrevista: Cajero/a Reponedor/a",
        "Hola Lucía,\n\nTe esperamos el viernes a las 11:00 en nuestra tienda de Badajoz.\n\n"
        "Merca Oeste",
        "",
        "Merca Oeste",
        "Cajero/a Reponedor/a",
    ),
]


test_employer_and_role_es = employer_test(PROBES, language="es")
