"""Stage wording of Canadian public employers, Brazilian and Spanish boards, search firms and
small employers, and the look-alikes that stay what they are.

Québec French says "entrevue" and "dotation"; a competition sends a written exam and a pool of
qualified people; Brazilian boards ask for a behavioural profile; search firms write "we have
been retained by" or "im Auftrag eines Herstellers suchen wir"; a shop's domain may look like an
agency's and a network's upsell may mention who viewed a profile.
"""

from __future__ import annotations

import pytest

from jobtracker.pipeline.vocabulary import Category

CASES = [
    (
        "qc interview invitation",
        "jmarois@ville-sainte-luce.example",
        "Julien Marois",
        "Poste 2024-118 – entrevue",
        "Bonjour Mme Doe,\n\nNous aimerions vous rencontrer en entrevue pour le poste de "
        "technicienne en loisirs, le mardi 4 mars à 10 h à l'hôtel de ville.\n\nJulien Marois\n"
        "Conseiller en ressources humaines",
        Category.INTERVIEW,
    ),
    (
        "public service written exam",
        "dotation-staffing@agence-sol.example",
        "Dotation ASN / Staffing",
        "24-ASN-0091 - Examen écrit / Written exam",
        "Bonjour,\n\nVous avez satisfait aux critères de présélection du processus 24-ASN-0091. "
        "Vous êtes invité(e) à un examen écrit en ligne le 12 mars.\n\nÉquipe de dotation",
        Category.ASSESSMENT,
    ),
    (
        "public service pool of qualified people",
        "ne-pas-repondre@carrieres.province.example",
        "Carrières - Province",
        "Résultat – Appel de candidatures 5520",
        "Madame,\n\nVous avez réussi l'examen de l'appel de candidatures 5520. Votre nom est "
        "inscrit dans le bassin de personnes qualifiées pour les emplois de technicienne.",
        Category.ASSESSMENT,
    ),
    (
        "public employer offers the job",
        "r.boivin@ministere.example",
        "Rachel Boivin",
        "Emploi de conseillère",
        "Bonjour Jane,\n\nJ'ai le plaisir de vous offrir l'emploi régulier de conseillère à "
        "compter du 3 mars. Pourriez-vous confirmer votre décision d'ici vendredi?\n\nRachel",
        Category.OFFER,
    ),
    (
        "pt behavioural profile test",
        "no-reply@portal-vagas.example",
        "Mercado Serra Verde",
        "Responda seu Profiler - Mercado Serra Verde",
        "Olá, Jane!\n\nFalta só uma etapa: responda o Profiler, nosso mapeamento de perfil "
        "comportamental. Leva cerca de 10 minutos.\n\nEquipe de Recrutamento - Mercado Serra Verde",
        Category.ASSESSMENT,
    ),
    (
        "pt founder proposes a slot",
        "marina@brisa-edu.example",
        "Marina Lopes",
        "Conversa sobre a vaga - Brisa",
        "Oi Jane!\n\nLi seu currículo e gostei muito. Queria muito conversar com você sobre a vaga "
        "de Analista de CRM. Pode ser quinta (20/11) às 15h?\n\nMarina",
        Category.INTERVIEW,
    ),
    (
        "es recorded video interview is a test",
        "noreply@video-screen.example",
        "Hoteles Brisa",
        "Hoteles Brisa te invita a una videoentrevista",
        "Hola Jane,\n\nTe invitamos a grabar una videoentrevista diferida de 3 preguntas para el "
        "puesto de recepcionista. Accede antes del viernes.",
        Category.ASSESSMENT,
    ),
    (
        "es competition calls to its first exercise",
        "seleccion@consorcio-turismo.example",
        "Selección Consorcio Turismo",
        "Convocatoria primer ejercicio TC-2025-03",
        "Estimada aspirante:\n\nPublicada la lista definitiva de admitidos, se le convoca a la "
        "realización del primer ejercicio del proceso TC-2025-03 el sábado 14 a las 10:00.",
        Category.ASSESSMENT,
    ),
    (
        "es agency relays the client's no",
        "mruiz@talentohostel.example",
        "Marta Ruiz",
        "Feedback Hotel Albarracín",
        "Hola Jane,\n\nYa tengo respuesta del cliente: se han decantado por una candidata interna "
        "del grupo, así que no seguimos adelante en este proceso.\n\nUn abrazo,\nMarta",
        Category.REJECTION,
    ),
    (
        "de online potential analysis",
        "bewerbung@volksbank-tal.example",
        "Volksbank Tal",
        "Nächster Schritt: Online-Potenzialanalyse",
        "Sehr geehrte Frau Doe,\n\nim nächsten Schritt bitten wir Sie, eine "
        "Online-Potenzialanalyse zu bearbeiten. Die Ergebnisse besprechen wir im anschließenden "
        "Auswahlgespräch.",
        Category.ASSESSMENT,
    ),
    (
        "de search firm for an unnamed client",
        "k.brandt@brandt-partner.example",
        "Dr. Kai Brandt",
        "Vertrauliche Anfrage: Leitung Finanzen",
        "Sehr geehrte Frau Doe,\n\nim Auftrag eines familiengeführten Maschinenbauers suchen wir "
        "eine Leitung Finanzen. Ich würde Ihnen die Position gern telefonisch näher erläutern.",
        Category.OUTREACH,
    ),
    (
        "en search firm retained by a client",
        "o.marsh@marshpartners.example",
        "Owen Marsh",
        "CFO - listed engineering group",
        "Dear Jane,\n\nWe have been retained by a listed engineering group (c. £500m revenue) to "
        "appoint a Group CFO. Would you have 20 minutes for a call this week?\n\nOwen",
        Category.OUTREACH,
    ),
    (
        "en board status changed to not selected",
        "no-reply@hospitality-board.example",
        "Hotel Board",
        "Update on your application at Casa Lumen",
        "Hi Jane,\n\nThe status of your application for Night Manager at Casa Lumen has changed to "
        "Not selected.\n\nThere are 800 new jobs in Spain this week.",
        Category.REJECTION,
    ),
    (
        "de career network weekly profile views",
        "service@karriere-netz.example",
        "Karriere-Netz",
        "4 Headhunter haben Ihr Profil diese Woche angesehen",
        "Sehr geehrte Frau Doe,\n\ndiese Woche haben sich 4 Headhunter Ihr Profil angesehen. "
        "Außerdem gibt es 9 neue Top-Positionen in Ihrer Region.",
        Category.ALERT,
    ),
    (
        "employer regrets the reader's no to an offer",
        "k.auer@auer-werke.example",
        "Karl Auer",
        "AW: Ihr Vertragsangebot",
        "Sehr geehrte Frau Doe,\n\nnatürlich bedauern wir Ihre Entscheidung, respektieren sie "
        "aber. Falls sich die Dinge ändern, wissen Sie, wo Sie uns finden.\n\nKarl Auer",
        Category.OFFER,
    ),
    (
        "en onboarding before the first day",
        "welcome@harbourline.example",
        "Harbourline People Team",
        "Welcome to Harbourline - your first day",
        "Hi Jane,\n\nOn your first day please come to 3 Quay Street at 9:00 and bring your "
        "passport. Complete your onboarding tasks here: https://harbourline.example/onboard",
        Category.OTHER_JOB,
    ),
    (
        "es owner asks the applicant over",
        "noreply@jobtoday.com",
        "JOB TODAY",
        "Nuevo mensaje de Tasca Norte",
        "Marta (Tasca Norte) te ha enviado un mensaje:\n\nHola Jane, gracias por aplicar. ¿Te "
        "vienes el jueves 9 a las 17h a nuestra oficina y lo hablamos?",
        Category.INTERVIEW,
    ),
    (
        "recruiter passes on that the CEO wants to meet",
        "inmail-hit-reply@linkedin.com",
        "Ian Frost via LinkedIn",
        "RE: Head of Data opportunity",
        "Ian Frost\nTalent Partner at Quarry Bank\n\nThanks Jane. I've shared your profile "
        "with our CEO, Ada Lind, and she'd like to meet. I'll send an invite next week.",
        Category.INTERVIEW,
    ),
    (
        "fr new staff account before the first day",
        "noreply-si@hopital-lac.example",
        "Hôpital du Lac - Informatique",
        "Création de votre compte collaborateur",
        "Madame Doe,\n\nVotre compte collaborateur a été créé. Votre mot de passe vous sera "
        "remis le jour de votre arrivée avec votre badge.",
        Category.OTHER_JOB,
    ),
    (
        "fr board reminds of an unfinished application",
        "no-reply@emploi-board.example",
        "Emploi Board",
        "Votre candidature n'est pas terminée",
        "Bonjour Jane,\n\nVous avez commencé à postuler à l'offre « Acheteuse H/F » mais n'avez "
        "pas finalisé votre candidature.",
        Category.ALERT,
    ),
    (
        "fr search firm signals another mission",
        "m.roux@roux-conseil.example",
        "Marc Roux",
        "Une autre opportunité à Nantes",
        "Bonjour Madame Doe,\n\nJe vous signale une autre mission que je mène pour un industriel "
        "près de Nantes : acheteuse projets (CDI). Cela pourrait-il vous intéresser ?\n\nMarc Roux",
        Category.OUTREACH,
    ),
    (
        "pt board nudges an unfinished application",
        "catho@catho.com.br",
        "Catho",
        "Você não terminou sua candidatura",
        "Olá Jane, você começou a se candidatar à vaga de Analista Fiscal mas não terminou sua "
        "candidatura. Finalize agora.",
        Category.ALERT,
    ),
    (
        "pt admission paperwork after the yes",
        "rh@ceramica-sol.example",
        "Rita Matos",
        "Documentação para admissão",
        "Olá Jane,\n\nPara avançarmos com a sua admissão precisamos de cópia do NIF e do IBAN."
        "\n\nRita Matos\nRecursos Humanos",
        Category.OTHER_JOB,
    ),
    (
        "es search firm conducting a confidential search",
        "p.vidal@vidal-search.example",
        "Pablo Vidal",
        "Confidencial - Gerente de Compras",
        "Estimada Jane:\n\nEstamos conduciendo una búsqueda confidencial de Gerente de Compras "
        "para una multinacional. Me gustaría conversar con usted esta semana.\n\nPablo Vidal",
        Category.OUTREACH,
    ),
    (
        "de employment agency's job proposal",
        "noreply@arbeitsagentur.de",
        "Bundesagentur für Arbeit",
        "Neuer Vermittlungsvorschlag in Ihrem Postfach",
        "Sehr geehrte Frau Doe,\n\nin Ihrem Postfach liegt eine neue Nachricht für Sie bereit: "
        "Vermittlungsvorschlag - Sachbearbeiterin Einkauf (m/w/d), Reutlingen.",
        Category.ALERT,
    ),
    (
        "de onboarding paperwork before the first day",
        "onboarding@kessel-werke.example",
        "Kessel Werke Onboarding",
        "Willkommen - Ihre Onboarding-Unterlagen",
        "Hallo Frau Doe,\n\ndamit an Ihrem ersten Arbeitstag alles bereit ist, laden Sie bitte "
        "den Personalfragebogen über unser Onboarding-Portal hoch.",
        Category.OTHER_JOB,
    ),
    (
        "de saved search on a public job board",
        "noreply@stellen-portal.example",
        "Stellenportal",
        "Neue Stellenangebote zu Ihrem Suchauftrag",
        'Sehr geehrte Frau Doe,\n\nzu Ihrem Suchauftrag "Controlling Bayern" gibt es 4 neue '
        "Stellenangebote.",
        Category.ALERT,
    ),
    (
        "de search firm names an unnamed company's search",
        "w.berg@berg-partner.example",
        "Dr. Wim Berg",
        "Neue Mandatsanfrage",
        "Sehr geehrte Frau Doe,\n\nein mittelständisches Industrieunternehmen im Raum Graz sucht "
        "eine:n CFO. Ich wollte Sie informieren, falls es passt.\n\nWim Berg",
        Category.OUTREACH,
    ),
    (
        "es board nudges an unfinished registration",
        "noreply@empleo-board.example",
        "Empleo Board",
        "Te falta poco para completar tu inscripción",
        "Hola Jane,\n\nEmpezaste a inscribirte en la oferta Analista de Compras, pero no "
        "respondiste a las preguntas. Termina tu inscripción antes de que cierre la oferta.",
        Category.ALERT,
    ),
    (
        "shop whose domain looks like an agency's",
        "ofertas@quesoseleccion.example",
        "Quesoselección",
        "Oferta del mes: tabla de quesos",
        "Este mes te ofrecemos una tabla de quesos con un 20 % de descuento. Envío gratis.",
        Category.NOT_JOB,
    ),
    (
        "school registration receipt",
        "schulanmeldung@stadt.example",
        "Schulamt – Anmeldung",
        "Eingangsbestätigung Ihrer Schulanmeldung",
        "Sehr geehrte Frau Doe,\n\nwir bestätigen den Eingang der Schulanmeldung. Die Bewerbung "
        "für die Wunschschule wird nach dem Ende der Anmeldefrist geprüft.",
        Category.NOT_JOB,
    ),
]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_category(
    classify, sender: str, name: str, subject: str, body: str, expected: Category
) -> None:
    found = classify(sender=sender, name=name, subject=subject, body=body)
    assert found.category is expected
