"""Mail of the kinds corpora 158-162 missed: a therapist's own trade word read as a doctor's
appointment, Austrian and Portuguese public procedures, small employers' few-word invitations
and offers, boards' weekly picks, and look-alikes (an RSVP, a course, a business school)."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Category, Classification
from tests.classifiers.mail_cases import Case, EmployerCase, category_test, employer_test

Classify = Callable[..., Classification]

CASES: list[Case] = [
    # a physiotherapist's trade is no appointment at a practice
    (
        "personal@reha-achental.example",
        "Reha Achental Personal",
        "Einladung zum Bewerbungsgespräch – Physiotherapie",
        "Sehr geehrte Frau Doe,\n\ngerne laden wir Sie zu einem Bewerbungsgespräch für die Stelle "
        "in unserer Physiotherapie ein: Montag, 3. März, 10 Uhr.\n\nMit freundlichen Grüßen\n"
        "Personalabteilung",
        "de",
        Category.INTERVIEW,
    ),
    (
        "praxis.berger@mail.example",
        "Physiotherapie Berger",
        "Ihr Termin",
        "Guten Tag,\n\nIhr Termin zur Physiotherapie ist am Dienstag um 8:30. Bitte bringen Sie "
        "die Verordnung mit.\n\nIhr Praxisteam",
        "de",
        Category.NOT_JOB,
    ),
    (
        "termine@physio-am-markt.example",
        "Physio am Markt",
        "Terminbestätigung: Physiotherapie ab 3.3.",
        "Liebe Frau Doe,\n\nwir bestätigen Ihre Termine für die Physiotherapie: Di 3.3. und Di "
        "10.3., jeweils 9 Uhr. Den ersten Termin schicken wir als Kalendereinladung.\n\nIhr Team",
        "de",
        Category.NOT_JOB,
    ),
    # a doctor's check-up, now that "Dr. med." alone only leans
    (
        "praxis@hausarzt-muster.example",
        "Praxis Dr. Muster",
        "Ihr Termin am 4. Mai",
        "Guten Tag\n\nWir bestätigen Ihren Termin für den Check-up bei Dr. med. Anna Muster am "
        "Montag um 8 Uhr. Bitte kommen Sie nüchtern.\n\nIhr Praxisteam",
        "de",
        Category.NOT_JOB,
    ),
    (
        "i.lechner@vitalhaus.example",
        "Lechner Iris",
        "Unser Angebot",
        "Sehr geehrte Frau Doe,\n\nwir freuen uns, Ihnen nach den Gesprächen die Stelle als "
        "Physiotherapeutin in unserem Haus anbieten zu dürfen. Bitte geben Sie uns bis Freitag "
        "Bescheid.\n\nMit freundlichen Grüßen\nIris Lechner",
        "de",
        Category.OFFER,
    ),
    # Austria's ranked public posts: the post went to the first-ranked candidate
    (
        "personal@lkh-sued.example",
        "LKH Süd Personal",
        "Dienstposten 2026/04",
        "Sehr geehrte Frau Doe,\n\nSie wurden nach dem Hearing auf Platz 3 gereiht. Der "
        "Dienstposten wurde der erstgereihten Bewerberin angeboten.\n\nMit freundlichen Grüßen",
        "de",
        Category.REJECTION,
    ),
    # a small practice's owner, two lines
    (
        "tom.auer@gmx.example",
        "Tom Auer",
        "Re: Bewerbung",
        "Hi Jane,\n\ndanke für den Lebenslauf! Magst du nächste Woche mal in der Praxis "
        "vorbeischauen? Mittwoch geht gut.\n\nTom",
        "de",
        Category.INTERVIEW,
    ),
    # an RSVP and a course are no refusal and no interview
    (
        "team.sommerfest@gmail.example",
        "Team Sommerfest",
        "Sommerfest am 14.6.",
        "Hallo zusammen,\n\nunser Sommerfest ist am 14.6. ab 17 Uhr. Bitte bis Montag zu- oder "
        "absagen!\n\nLG Eva",
        "de",
        Category.NOT_JOB,
    ),
    # a small firm's offer after the interview
    (
        "p.morel@bluewin.example",
        "P. Morel",
        "Suite à notre rencontre",
        "Madame,\n\nSuite à notre entretien de mardi, je peux vous proposer un poste à 60 % dès "
        "le 1er avril. Merci de me répondre d'ici la fin de la semaine.\n\nSalutations\nP. Morel",
        "fr",
        Category.OFFER,
    ),
    # the post named with its reference in brackets
    (
        "noreply@refline.ch",
        "HRL – Recrutement",
        "Votre candidature – réf. 2207",
        "Madame,\n\nNous vous remercions du temps consacré à l'entretien. Nous vous informons "
        "que le poste d'analyste financier-ère (réf. 2207) a été pourvu.\n\nMeilleures "
        "salutations",
        "fr",
        Category.REJECTION,
    ),
    # a letting agency's no is about a flat
    (
        "location@regie-du-lac.example",
        "Régie du Lac SA",
        "Votre dossier de candidature",
        "Madame,\n\nNous avons reçu de nombreuses candidatures pour l'objet de la Rue du Port 3. "
        "Après examen, le bailleur a retenu un autre dossier. Nous ne pouvons donc pas donner "
        "suite à votre demande.\n\nService location",
        "fr",
        Category.NOT_JOB,
    ),
    # a spontaneous application answered with no post free
    (
        "rh@atelier-rolle.example",
        "RH Atelier Rolle",
        "Votre postulation spontanée",
        "Madame,\n\nVotre profil a retenu notre attention. Malheureusement, nous ne disposons "
        "actuellement d'aucun poste vacant dans notre service financier.\n\nMeilleures salutations",
        "fr",
        Category.REJECTION,
    ),
    # a search firm's first approach
    (
        "c.dubois@dubois-search.example",
        "Claire Dubois",
        "Confidentiel – Directeur financier",
        "Madame,\n\nVotre nom m'a été recommandé par une ancienne collègue. Je conduis un mandat "
        "de recherche pour un groupe industriel et serais heureuse d'en parler avec vous.\n\n"
        "Claire Dubois\nDubois Search Sàrl",
        "fr",
        Category.OUTREACH,
    ),
    # a board's status: the CV does not go on
    (
        "avisos@tablero-empleo.example",
        "Tablero Empleo",
        "Novedades en tu proceso con Ferretería Andina",
        "Hola Ana,\n\nLa empresa Ferretería Andina finalizó el proceso de selección y tu hoja de "
        "vida no continúa en esta ocasión.\n\n¡Hay nuevas ofertas que encajan con tu perfil!",
        "es",
        Category.REJECTION,
    ),
    # a calendar invitation's note from the employer
    (
        "marta@brisa-labs.example",
        "Marta Vidal",
        "Invitación: Conversación Brisa Labs + Ana @ jue 9 oct 10am",
        "¡Hola Ana! Te dejo agendada una primera conversación con el equipo; si no te sirve, lo "
        "movemos.\n\nInvitación de Google Calendar",
        "es",
        Category.INTERVIEW,
    ),
    # Portuguese public procedures: a receipt, a suspension
    (
        "rh@aguas-do-lima.example",
        "Águas do Lima – Recursos Humanos",
        "Ref.ª B/3/2026 – Receção de candidatura",
        "Exma. Senhora,\n\nAcusamos a receção da candidatura de V. Exa. ao procedimento de "
        "recrutamento Ref.ª B/3/2026.\n\nCom os melhores cumprimentos",
        "pt",
        Category.CONFIRMATION,
    ),
    (
        "rh@cm-vale-verde.example",
        "Município de Vale Verde",
        "Aviso n.º 1234/2026 - Informação aos candidatos",
        "Exmos. Candidatos,\n\nInforma-se que foi determinada a suspensão do procedimento "
        "concursal até à aprovação do orçamento. A prova de conhecimentos fica sem efeito.\n\n"
        "Divisão de Recursos Humanos",
        "pt",
        Category.CONFIRMATION,
    ),
    # a small firm's partner, from his own address
    (
        "joao.pires.amb@gmail.example",
        "João Pires",
        "CV",
        "Boa tarde Ana\nVi o seu CV. Pode vir cá ao escritório na quinta às 10h?\nJoão Pires",
        "pt",
        Category.INTERVIEW,
    ),
    (
        "rh@granito-norte.example",
        "Sara Lopes",
        "Proposta | Técnica de Ambiente",
        "Olá Ana,\n\nEnvio-lhe, em nome da Granito Norte, S.A., a nossa proposta para a função de "
        "Técnica de Ambiente: 1.900 € x 14, contrato sem termo.\n\nCumprimentos,\nSara Lopes",
        "pt",
        Category.OFFER,
    ),
    # a board's weekly picks
    (
        "notifications@instahyre.com",
        "Instahyre",
        "Here are this week's top opportunities",
        "Hi Sam,\n\nHere are this week's top opportunities for you:\n- Data Engineer · Acme\n- "
        "Senior Data Engineer · Borealis\n- Staff Data Engineer · Cobalt\n\nShow interest in "
        "one click: https://www.instahyre.com/candidate/opportunities/\nManage preferences · "
        "Unsubscribe",
        "en",
        Category.ALERT,
    ),
    # a business school's programme and a sports league's registration are no job
    (
        "admissions@school.example",
        "Admissions Office",
        "Application received - Executive Post Graduate Programme",
        "Dear Sam,\n\nThank you for applying to the Executive Post Graduate Programme in "
        "Management. Your application will be reviewed.\n\nOffice of Admissions",
        "en",
        Category.NOT_JOB,
    ),
    (
        "registrations@league.example",
        "City Cricket League",
        "Team registration application received",
        "Dear Sam,\n\nThank you for registering your team. Your application is under review and "
        "teams will be confirmed after the draw.\n\nOrganising Committee",
        "en",
        Category.NOT_JOB,
    ),
]

test_trades_public_services_and_lookalikes = category_test(CASES)


EMPLOYER_CASES: list[EmployerCase] = [
    # a board's card with the title after the colon of its sentence
    (
        "notificaciones@computrabajo.com",
        "Computrabajo",
        "Postulación exitosa: Auxiliar Contable",
        "¡Te postulaste correctamente!\n\nHola Ana, tu hoja de vida fue enviada a la oferta:\n"
        "Auxiliar Contable\nLácteos del Valle S.A.S. · Cali, Valle\n\nVer mis postulaciones",
        "es",
        "Lácteos del Valle",
    ),
    # a board's receipt naming the post and the employer
    (
        "notifications@getonbrd.com",
        "Get on Board",
        "Tu postulación a Data Analyst en Brisa Labs fue enviada",
        "¡Hola Ana!\n\nEnviamos tu postulación a Data Analyst en Brisa Labs (Bogotá · Remoto).\n\n"
        "Equipo Get on Board",
        "es",
        "Brisa Labs",
    ),
    # a clinic's display name, not the operating company its footer names
    (
        "noreply@softgarden.io",
        "Klinik Seeblick",
        "Vielen Dank für Ihre Bewerbung",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als Pflegefachkraft. Wir "
        "melden uns in Kürze.\n\nMit freundlichen Grüßen\nPersonalmanagement\n\nSeeblick "
        "Betriebs GmbH · Klinik Seeblick · Uferweg 2 · 6020 Innsbruck",
        "de",
        "Klinik Seeblick",
    ),
    # a search firm names its client once it may
    (
        "rita@lusa-search.example",
        "Rita Sousa",
        "Apresentação de candidatura",
        "Olá Ana,\n\nApresentei hoje a sua candidatura ao nosso cliente. Agora que posso dizê-lo: "
        "trata-se da Cerâmica do Liz, S.A., em Leiria.\n\nRita Sousa\nLusa Search",
        "pt",
        "Cerâmica do Liz",
    ),
]

test_boards_and_search_firms_name_the_employer = employer_test(EMPLOYER_CASES)
