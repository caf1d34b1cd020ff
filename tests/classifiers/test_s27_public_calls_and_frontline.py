"""Mail of the kinds corpora 153-157 missed: public calls with their own steps (a lottery among
the applicants, a written test, a call declared void), a public body's offices in a display
name, replacement apps and freelance project agents, frontline hiring's paperwork, and friends
telling their own news."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.correlator.names import company_key
from jobtracker.pipeline.contracts import Category, Classification
from tests.classifiers.mail_cases import Case, EmployerCase, category_test, employer_test

Classify = Callable[..., Classification]

CASES: list[Case] = [
    # a friend's own invitation and new job, told in the first person
    (
        "lena.brandt@posteo.example",
        "Lena Brandt",
        "Rate mal!",
        "Hey du,\n\nich hab tatsächlich eine Einladung zum Vorstellungsgespräch für die "
        "Stadtbücherei bekommen! Donnerstag um 10. Hast du Tipps?\n\nLena",
        "de",
        Category.NOT_JOB,
    ),
    (
        "jan.ott@web.example",
        "Jan Ott",
        "Einstand",
        "Hallo,\n\nich hab's geschafft: Seit Montag bin ich beim Landesamt im Referat IT. Nach dem "
        "Auswahlverfahren mit schriftlichem Test war ich fix und fertig. Freitag Einstand?\n\nJan",
        "de",
        Category.NOT_JOB,
    ),
    # a public body's procedure stopped, in a subordinate clause
    (
        "bewerbung@uni-nord.example",
        "Bewerbungen Dezernat 4",
        "Stellenausschreibung 12/26",
        "Sehr geehrte Frau Doe,\n\nSie hatten sich auf die o. g. Stellenausschreibung beworben. "
        "Wir müssen Ihnen leider mitteilen, dass das Stellenbesetzungsverfahren eingestellt "
        "wurde.\n\nMit freundlichen Grüßen\nIm Auftrag",
        "de",
        Category.REJECTION,
    ),
    # papers passed to the department that hires
    (
        "no-reply@dvinci-hr.com",
        "Nordlicht Versicherung Karriere",
        "Neuigkeiten zu Ihrer Bewerbung",
        "Sehr geehrte Frau Doe,\n\nIhre Unterlagen haben die erste Sichtung durchlaufen und wurden "
        "an die Fachabteilung weitergeleitet. Wir bitten noch um etwas Geduld.",
        "de",
        Category.VIEWED,
    ),
    # a freelance agency's project for an unnamed client
    (
        "m.kraus@projektwerk-it.example",
        "Marco Kraus",
        "Projektanfrage: Intune-Rollout (remote)",
        "Hallo Frau Doe,\n\nich möchte Ihnen folgendes Projekt vorstellen: Intune-Rollout für "
        "einen Handelskunden, 4 Monate, 80 % remote. Schicken Sie mir gern Ihren Stundensatz."
        "\n\nBeste Grüße\nMarco Kraus",
        "de",
        Category.OUTREACH,
    ),
    # a nurse's yearly review with her own manager, with its invite
    (
        "cadre.3est@chu-ouest.example",
        "MARTIN Sophie",
        "Convocation – entretien professionnel annuel 2025",
        "Bonjour Jane,\n\nDans le cadre de la campagne d'entretiens professionnels, je te propose "
        "jeudi 14h dans mon bureau.\n\nSophie",
        "fr",
        Category.NOT_JOB,
    ),
    # someone else chosen, said plainly after an interview
    (
        "direction@sante-travail.example",
        "Paul Renaud",
        "Suite à votre entretien",
        "Bonjour Madame,\n\nJe vous remercie pour notre échange. Nous avons retenu la candidature "
        "d'une infirmière résidant à proximité.\n\nCordialement,\nPaul Renaud",
        "fr",
        Category.REJECTION,
    ),
    # a replacement app's missions near the reader
    (
        "no-reply@hublo.com",
        "Hublo",
        "4 nouvelles missions près de chez vous",
        "Bonjour Jane,\n\nDe nouvelles missions correspondant à votre profil IDE sont disponibles :"
        "\nSam. 27/09 7h00 – 19h00 Chirurgie – Clinique du Lac\n\nJe postule",
        "fr",
        Category.ALERT,
    ),
    # Uruguay's public calls: the lottery, the written test, the interview stage, the void call
    (
        "no-responder@uruguayconcursa.gub.uy",
        "Uruguay Concursa",
        "Llamado N° 0101/2026 - Resultado del sorteo",
        "Estimado/a postulante:\n\nLe informamos que en el sorteo realizado para el Llamado N° "
        "0101/2026 usted HA RESULTADO SORTEADO/A y continúa en el proceso.",
        "es",
        Category.VIEWED,
    ),
    (
        "no-responder@uruguayconcursa.gub.uy",
        "Uruguay Concursa",
        "Llamado N° 0101/2026 - Convocatoria a prueba",
        "Estimado/a postulante:\n\nSe le convoca a la PRUEBA ESCRITA de conocimientos del Llamado "
        "N° 0101/2026.\nFecha: sábado 7/3, 9:00.",
        "es",
        Category.ASSESSMENT,
    ),
    (
        "no-responder@uruguayconcursa.gub.uy",
        "Uruguay Concursa",
        "Llamado N° 0101/2026 - Resultado de méritos",
        "Estimado/a postulante:\n\nUsted ha superado el puntaje mínimo requerido y pasa a la etapa "
        "de ENTREVISTA con el Tribunal.",
        "es",
        Category.INTERVIEW,
    ),
    (
        "llamados@intendencia-sur.example",
        "Llamados Intendencia",
        "Llamado N.º 2201 - Comunicado",
        "Se comunica a los postulantes del Llamado 2201 que el llamado ha sido DECLARADO "
        "DESIERTO por el Tribunal actuante.",
        "es",
        Category.REJECTION,
    ),
    # a board's note that the employer closed the process
    (
        "no-reply@computrabajo.com",
        "Computrabajo",
        "Novedades en tu proceso",
        "Hola Jane,\n\nLa empresa Conservas Norte S.A. finalizó el proceso de selección de la "
        "oferta Analista de Calidad y en esta ocasión tu candidatura no continuará.\n\n¡No te "
        "desanimes! Hay nuevas ofertas esperándote.",
        "es",
        Category.REJECTION,
    ),
    # Brazil: a LinkedIn no in Portuguese, a public competition's exam card, an alumni list post
    (
        "jobs-noreply@linkedin.com",
        "LinkedIn",
        "Sua candidatura para Agrônomo na Campo Forte",
        "Campo Forte\n\nOlá Jane,\n\nAgradecemos pelo interesse na Campo Forte. Após "
        "analisarmos sua candidatura, decidimos não dar continuidade com ela neste momento."
        "\n\nPrincipais vagas para você: https://www.linkedin.com/comm/jobs/",
        "pt",
        Category.REJECTION,
    ),
    (
        "naoresponda@banca-exemplo.example",
        "Banca Exemplo",
        "Cartão de confirmação disponível",
        "Prezado(a) JANE DOE,\n\nSeu cartão de confirmação de inscrição já está disponível.\n"
        "Prova objetiva e discursiva – Analista A\nData: 16/11/2025",
        "pt",
        Category.ASSESSMENT,
    ),
    (
        "egressos@googlegroups.com",
        "'Ana Lima' via Egressos",
        "[egressos] Vaga RTV em Jataí",
        "Oi gente!\n\nA Agro Sul Insumos está abrindo vaga de RTV na região. Quem tiver interesse "
        "manda currículo pra rh@agrosul.example.\n\nBjs, Ana",
        "pt",
        Category.ALERT,
    ),
    # US frontline hiring: the state's unemployment claim, a new hire's tax-credit form
    (
        "donotreply@jfs.ohio.gov",
        "Ohio Department of Job and Family Services",
        "Your Application for Unemployment Benefits Has Been Received",
        "Dear JANE DOE,\n\nYour Application for Unemployment Benefits was received on 09/02/2025. "
        "Register with OhioMeansJobs.com within 30 days.",
        "en",
        Category.NOT_JOB,
    ),
    (
        "wotc-noreply@equifax.com",
        "Equifax Workforce Solutions",
        "Acme Logistics - New Hire Tax Credit Questionnaire",
        "Dear Jane,\n\nWelcome to Acme Logistics! As part of the hiring process, your new "
        "employer asks all new hires to complete a brief questionnaire for the Work Opportunity "
        "Tax Credit (WOTC).",
        "en",
        Category.OTHER_JOB,
    ),
]

test_public_calls_frontline_and_friends = category_test(CASES)


EMPLOYER_CASES: list[EmployerCase] = [
    # a public body's office after its name in the display name
    (
        "personal@bfsd.example",
        "BFSD Referat Z 2",
        "Ihre Bewerbung – Kennzahl BFSD-2025-07",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen "
        "mitteilen, dass die Wahl auf eine andere Bewerberin gefallen ist.",
        "de",
        "BFSD",
    ),
    # a public board names the hospital that published the post
    (
        "ne-pas-repondre@fhf.fr",
        "FHF Emploi",
        "Votre candidature a bien été transmise",
        "Bonjour,\n\nVotre candidature à l'offre « Infirmier(e) – Hôpital de jour » (réf. "
        "CH-118), publiée par le Centre Hospitalier du Littoral (44), a bien été transmise à "
        "l'établissement.",
        "fr",
        "Centre Hospitalier du Littoral",
    ),
]

test_the_employer_behind_offices_and_boards = employer_test(EMPLOYER_CASES)


def test_a_selection_panel_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="no-responder@uruguayconcursa.gub.uy",
        name="Uruguay Concursa",
        subject="Llamado N° 0101/2026 - Resultado de méritos",
        body="Estimado/a postulante:\n\nUsted pasa a la etapa de ENTREVISTA con el Tribunal. El "
        "organismo se comunicará con usted.",
        language="es",
    )
    assert result.company is None or company_key(result.company) != "tribunal", result.evidence
