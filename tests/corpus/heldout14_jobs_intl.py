"""Job mail of the fourteenth held-out corpus: Portugal, Spain and Germany (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

WET, WEST, CET, CEST = "+0000", "+0100", "+0100", "+0200"

HA = "Hospital Atlântico"
EGI = "Enfermeira Gestora de Sistemas de Informação"
SL = "SaúdeLink"
EIC = "Especialista de Implementação Clínica"
CMV = "Clínica Mediterránea"
CE = "Coordinadora de Enfermería"
GA = "Grupo Hospitalario Alborán"
RCA = "Responsable de Calidad Asistencial"
KN = "Klinikum Nordhafen"
PMP = "Pflegemanagerin Pflegeinformatik"
VD = "Vitalis Digital Health"
CIS = "Clinical Informatics Specialist"

MAIL: list[dict[str, Any]] = [
    # 18 Hospital Atlântico (Lisboa), direct/HR mail domain differs (grupo-atlantico-saude.pt):
    #    confirmation, interview, rejection
    m(
        "14301",
        "2026-01-26 10:40",
        "Recrutamento GAS <recrutamento@grupo-atlantico-saude.pt>",
        "Candidatura recebida - Ref.ª HA-SI-2026-04",
        ("confirmation", HA, EGI, 18, "direct", "pt"),
        text="""Exma. Senhora Enfermeira Aoife Brennan,

Acusamos a receção da sua candidatura à função de Enfermeira Gestora de Sistemas de
Informação (Ref.ª HA-SI-2026-04) para o Hospital Atlântico, em Lisboa.

A sua candidatura será analisada pela equipa de Recursos Humanos e pela Direção de
Enfermagem. Caso o seu perfil seja selecionado para a fase seguinte, entraremos em contacto
consigo.

Relembramos que a inscrição na Ordem dos Enfermeiros é requisito obrigatório para o
exercício da função.

Com os melhores cumprimentos,
Departamento de Recrutamento
Grupo Atlântico Saúde
""",
        tz=WET,
    ),
    m(
        "14302",
        "2026-02-12 15:05",
        "Marta Figueiredo <marta.figueiredo@grupo-atlantico-saude.pt>",
        "Entrevista por videochamada - Hospital Atlântico",
        ("interview", HA, EGI, 18, "direct", "pt"),
        text="""Cara Aoife,

Na sequência da sua candidatura, gostaríamos de a convidar para uma entrevista por
videochamada com a Enf.ª Diretora Paula Cerqueira e comigo, no dia 19 de fevereiro
(quinta-feira), às 11h00 (hora de Lisboa). A entrevista poderá decorrer em inglês,
embora uma parte seja em português, para avaliarmos o seu nível de língua.

Agradecemos que confirme a sua disponibilidade.

Melhores cumprimentos,
Marta Figueiredo
Técnica de Recursos Humanos
Grupo Atlântico Saúde
""",
        ics={
            "uid": "gas-entrevista-brennan-0219@grupo-atlantico-saude.pt",
            "start": "2026-02-19 11:00:00 +0000",
            "minutes": 45,
            "organizer": ("Marta Figueiredo", "marta.figueiredo@grupo-atlantico-saude.pt"),
            "attendees": [("Paula Cerqueira", "paula.cerqueira@grupo-atlantico-saude.pt")],
            "summary": "Entrevista - Aoife Brennan - Enf. Gestora SI",
            "location": "Microsoft Teams",
        },
        tz=WET,
    ),
    m(
        "14303",
        "2026-02-13 09:20",
        "Marta Figueiredo <marta.figueiredo@grupo-atlantico-saude.pt>",
        "RE: Entrevista por videochamada - Hospital Atlântico",
        ("interview", HA, EGI, 18, "direct", "pt"),
        text="""Cara Aoife,

Obrigada pela confirmação. Até dia 19!

Marta

> Bom dia Marta, confirmo a minha presença. Obrigada!
""",
        tz=WET,
        **reply("14302", "marta.figueiredo@grupo-atlantico-saude.pt"),
    ),
    m(
        "14304",
        "2026-03-05 17:48",
        "Marta Figueiredo <marta.figueiredo@grupo-atlantico-saude.pt>",
        "Processo de recrutamento Ref.ª HA-SI-2026-04",
        ("rejection", HA, EGI, 18, "direct", "pt"),
        text="""Cara Aoife,

Gostaríamos de lhe agradecer, mais uma vez, o tempo dedicado ao nosso processo. A Enf.ª
Diretora ficou muito bem impressionada com a sua experiência em projetos de registo
eletrónico e com o seu esforço no português.

Contudo, após ponderação, decidimos avançar com uma candidata com experiência prévia no
sistema de informação utilizado no hospital, pelo que não daremos seguimento à sua
candidatura neste momento.

Desejamos-lhe as maiores felicidades profissionais.

Com os melhores cumprimentos,
Marta Figueiredo
""",
        tz=WET,
    ),
    # 19 SaúdeLink (Porto), Personio: confirmation only, ghosted
    m(
        "14305",
        "2026-02-09 13:02",
        "SaúdeLink <no-reply@jobs.personio.de>",
        "A sua candidatura na SaúdeLink",
        ("confirmation", SL, EIC, 19, "personio", "pt"),
        text="""Olá Aoife,

Obrigado pela sua candidatura à vaga de Especialista de Implementação Clínica (Porto /
remoto).

Recebemos os seus documentos e vamos analisá-los com atenção. Entraremos em contacto
assim que possível.

Cumprimentos,
Equipa de Pessoas da SaúdeLink
""",
        tz=WET,
    ),
    # 20 Clínica Mediterránea (Valencia), InfoJobs: confirmation, CV read, rejection
    m(
        "14306",
        "2026-02-02 19:40",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta: Coordinadora de Enfermería",
        ("confirmation", CMV, CE, 20, "other", "es"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hola Aoife,</p>
<p>Te has inscrito correctamente en la oferta <b>Coordinador/a de Enfermería - Planta de
Hospitalización</b> de <b>Clínica Mediterránea</b> (Valencia).</p>
<p>Puedes seguir el estado de tu candidatura en <a href="https://www.infojobs.net/candidate/applications">Mis candidaturas</a>.</p>
<p>¡Mucha suerte!<br>El equipo de InfoJobs</p></body></html>""",
        tz=CET,
    ),
    m(
        "14307",
        "2026-02-05 09:12",
        "InfoJobs <noreply@infojobs.net>",
        "Han leído tu CV",
        ("viewed", CMV, CE, 20, "other", "es"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hola Aoife,</p>
<p>La empresa <b>Clínica Mediterránea</b> ha leído tu CV para la oferta Coordinador/a de
Enfermería - Planta de Hospitalización.</p>
<p>Estado: <b>CV leído</b></p></body></html>""",
        tz=CET,
    ),
    m(
        "14308",
        "2026-02-23 12:30",
        "InfoJobs <noreply@infojobs.net>",
        "Actualización de tu candidatura",
        ("rejection", CMV, CE, 20, "other", "es"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hola Aoife,</p>
<p>Te informamos de que el proceso de selección de la oferta Coordinador/a de Enfermería de
Clínica Mediterránea ha avanzado y tu candidatura <b>no continúa en el proceso</b>.</p>
<p>No te desanimes: tenemos miles de ofertas nuevas cada día.</p></body></html>""",
        tz=CET,
    ),
    # 21 Grupo Hospitalario Alborán (Málaga), SmartRecruiters: confirmation, interview, on hold
    m(
        "14309",
        "2026-02-25 11:15",
        "Grupo Hospitalario Alborán <no-reply@smartrecruiters.com>",
        "Gracias por tu candidatura",
        ("confirmation", GA, RCA, 21, "smartrecruiters", "es"),
        text="""Hola Aoife:

Gracias por tu interés en formar parte de Grupo Hospitalario Alborán. Hemos recibido tu
candidatura para el puesto de Responsable de Calidad Asistencial (Málaga).

Nuestro equipo de Selección revisará tu perfil y se pondrá en contacto contigo si encaja
con lo que buscamos.

Un saludo,
Equipo de Talento - Grupo Hospitalario Alborán
""",
        tz=CET,
    ),
    m(
        "14310",
        "2026-03-06 10:02",
        "Lucía Ortega Ruiz <lucia.ortega@ghalboran.es>",
        "Entrevista - Responsable de Calidad Asistencial",
        ("interview", GA, RCA, 21, "direct", "es"),
        text="""Hola Aoife:

Encantada de saludarte. Nos gustaría conocerte en una primera entrevista por Teams con la
Directora de Enfermería, Inmaculada Vega. ¿Te vendría bien el jueves 12 de marzo a las
16:00 (hora peninsular, las 15:00 en Irlanda)? Te envío la convocatoria.

Un saludo,
Lucía Ortega Ruiz
Técnica de Selección
Grupo Hospitalario Alborán
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000GHA0312B",
            "style": "outlook",
            "start": "2026-03-12 16:00:00 +0100",
            "minutes": 45,
            "organizer": ("Lucía Ortega Ruiz", "lucia.ortega@ghalboran.es"),
            "attendees": [("Inmaculada Vega", "inmaculada.vega@ghalboran.es")],
            "summary": "Entrevista Aoife Brennan - Responsable de Calidad",
            "location": "Reunión de Microsoft Teams",
        },
        tz=CET,
    ),
    m(
        "14311",
        "2026-04-07 13:20",
        "Lucía Ortega Ruiz <lucia.ortega@ghalboran.es>",
        "Proceso Responsable de Calidad",
        ("confirmation", GA, RCA, 21, "direct", "es"),
        st="on_hold",
        text="""Hola Aoife:

Te escribo para contarte que, por una reorganización interna de la Dirección de
Enfermería, el proceso de Responsable de Calidad Asistencial queda en pausa de momento.
No sabemos aún cuándo se retomará; en cuanto tengamos novedades te lo haremos saber.

Gracias por tu paciencia y disculpa las molestias.

Un saludo,
Lucía
""",
        tz=CEST,
    ),
    # 22 German agency MediPersonal for Klinikum Nordhafen: outreach, named + submitted,
    #    interview, rejection
    m(
        "14312",
        "2026-03-04 08:30",
        "Jana Lehmann <j.lehmann@medipersonal-gmbh.de>",
        "Spannende Position im Pflegemanagement - Hamburg",
        ("outreach", None, PMP, None, "agency", "de"),
        text="""Sehr geehrte Frau Brennan,

über LinkedIn bin ich auf Ihr Profil aufmerksam geworden. Für einen unserer Mandanten,
ein Krankenhaus der Maximalversorgung in Hamburg, suchen wir eine Pflegemanagerin
(m/w/d) mit Schwerpunkt Pflegeinformatik. Englisch ist im Projektteam Arbeitssprache,
Deutschkenntnisse auf B2-Niveau wären wünschenswert.

Die Anerkennung Ihrer irischen Pflegeausbildung würden wir gemeinsam mit dem Haus
begleiten.

Hätten Sie Interesse an einem kurzen Telefonat?

Mit freundlichen Grüßen
Jana Lehmann
Senior Personalberaterin Healthcare
MediPersonal GmbH | Hamburg
""",
        tz=CET,
    ),
    m(
        "14313",
        "2026-03-10 16:45",
        "Jana Lehmann <j.lehmann@medipersonal-gmbh.de>",
        "AW: Spannende Position im Pflegemanagement - Hamburg",
        ("confirmation", KN, PMP, 22, "agency", "de"),
        text="""Liebe Frau Brennan,

vielen Dank für das angenehme Gespräch. Wie besprochen habe ich Ihre Unterlagen heute an das
Klinikum Nordhafen weitergeleitet. Die Pflegedirektion meldet sich in der Regel innerhalb
von zwei Wochen.

Herzliche Grüße
Jana Lehmann
""",
        tz=CET,
        **reply("14312", "j.lehmann@medipersonal-gmbh.de"),
    ),
    m(
        "14314",
        "2026-03-20 11:05",
        "Jana Lehmann <j.lehmann@medipersonal-gmbh.de>",
        "Termin Klinikum Nordhafen",
        ("interview", KN, PMP, 22, "agency", "de"),
        text="""Liebe Frau Brennan,

gute Nachrichten: Das Klinikum Nordhafen möchte Sie gern kennenlernen. Vorgeschlagen ist
ein Videogespräch mit Herrn Dr. Brandt (Pflegedirektor) und Frau Özdemir (Leitung
Pflegeinformatik) am Donnerstag, 26. März, um 14:00 Uhr (deutsche Zeit).

Passt Ihnen der Termin?

Herzliche Grüße
Jana Lehmann
""",
        tz=CET,
    ),
    m(
        "14315",
        "2026-04-03 10:20",
        "Jana Lehmann <j.lehmann@medipersonal-gmbh.de>",
        "Rückmeldung",
        ("rejection", KN, PMP, 22, "agency", "de"),
        text="""Liebe Frau Brennan,

ich habe heute Rückmeldung vom Klinikum Nordhafen erhalten. Man war von Ihrer Erfahrung
mit der Einführung der elektronischen Pflegedokumentation sehr angetan. Leider hat sich
das Haus für eine Kandidatin entschieden, die bereits fließend Deutsch spricht, da die
Rolle viel Schulung auf den Stationen umfasst.

Es tut mir leid, Ihnen keine bessere Nachricht geben zu können. Gern bleibe ich mit Ihnen
in Kontakt.

Herzliche Grüße
Jana Lehmann
""",
        tz=CEST,
    ),
    # 23 Vitalis Digital Health (Berlin), Personio: confirmation, assessment, rejection (en+de)
    m(
        "14316",
        "2026-02-27 14:12",
        "Vitalis Digital Health GmbH <no-reply@jobs.personio.de>",
        "Ihre Bewerbung bei Vitalis Digital Health",
        ("confirmation", VD, CIS, 23, "personio", "de"),
        text="""Hallo Aoife,

vielen Dank für Ihre Bewerbung als Clinical Informatics Specialist (m/w/d) - Berlin oder
remote (EU). Wir haben Ihre Unterlagen erhalten und melden uns so bald wie möglich bei
Ihnen.

Viele Grüße
Ihr People-Team von Vitalis Digital Health
""",
        tz=CET,
    ),
    m(
        "14317",
        "2026-03-09 10:30",
        "Felix Hartmann <felix.hartmann@vitalis-health.de>",
        "Next step: short case study",
        ("assessment", VD, CIS, 23, "direct", "en"),
        text="""Hi Aoife,

thanks again for the intro call. As a next step we'd like you to work on a short case study:
map the nursing documentation workflow for an admission on a medical ward and highlight
where our app could save time. Please send us your slides within 7 days - a maximum of 5.

Looking forward to it!

Best,
Felix
--
Felix Hartmann | Head of Clinical Product
Vitalis Digital Health GmbH | Torstraße 88, 10119 Berlin
""",
        tz=CET,
    ),
    m(
        "14318",
        "2026-03-31 17:05",
        "Vitalis Digital Health GmbH <no-reply@jobs.personio.de>",
        "Ihre Bewerbung bei Vitalis Digital Health",
        ("rejection", VD, CIS, 23, "personio", "de"),
        text="""Hallo Aoife,

vielen Dank für Ihr Interesse an Vitalis Digital Health und die Zeit, die Sie in Ihre
Fallstudie investiert haben. Sie hat uns gut gefallen.

Nach sorgfältiger Prüfung haben wir uns jedoch entschieden, den Prozess mit anderen
Kandidat:innen fortzusetzen. Wir wünschen Ihnen für Ihre weitere Suche alles Gute.

Viele Grüße
Ihr People-Team von Vitalis Digital Health
""",
        tz=CEST,
    ),
    # alerts / outreach / other_job, abroad
    m(
        "14319",
        "2026-02-08 07:00",
        "Net-Empregos <alertas@net-empregos.com>",
        "Novas ofertas: enfermeiro gestor - Lisboa",
        ("alert", None, None, None, "other", "pt"),
        text="""Olá Aoife,

Há 5 novas ofertas de emprego que correspondem ao seu alerta "enfermeiro gestor":

- Enfermeiro(a) Gestor(a) - Unidade de Cuidados Continuados - Lisboa
- Enfermeiro(a) Coordenador(a) - Clínica privada - Cascais
- Gestor(a) de Projeto Clínico - Empresa de software de saúde - Porto

Ver todas: https://www.net-empregos.com/alertas

Para deixar de receber estes alertas, altere as suas preferências.
""",
        tz=WET,
    ),
    m(
        "14320",
        "2026-03-01 08:00",
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas para ti: coordinadora enfermería",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hola Aoife, estas son las ofertas nuevas de tu alerta <b>coordinadora enfermería</b>:</p>
<ul><li>Supervisor/a de Enfermería - Hospital privado - Madrid</li>
<li>Responsable de Calidad Asistencial - Grupo Hospitalario Alborán - Málaga</li>
<li>Coordinador/a de Enfermería Quirúrgica - Barcelona</li></ul></body></html>""",
        tz=CET,
    ),
    m(
        "14321",
        "2026-03-14 09:00",
        "StepStone Jobagent <jobagent@stepstone.de>",
        '7 neue Jobs für "Pflegeinformatik"',
        ("alert", None, None, None, "other", "de"),
        text="""Hallo Aoife Brennan,

Ihr Jobagent hat 7 neue Stellenangebote für Sie gefunden:

Pflegeexperte Digitalisierung (m/w/d) - Universitätsmedizin - Mainz
Projektleitung Pflegedokumentation (m/w/d) - Klinikverbund Süd - München
Clinical Application Specialist (m/w/d) - Medizintechnik - Hamburg

Alle Jobs ansehen: https://www.stepstone.de/jobagent
""",
        tz=CET,
    ),
    m(
        "14322",
        "2026-04-20 12:12",
        "Pablo Serrano <pablo.serrano@nexohealth.es>",
        "Oportunidad: Nurse Lead para proyecto de historia clínica electrónica",
        ("outreach", "Nexo Health", "Nurse Lead", None, "direct", "es"),
        text="""Hola Aoife,

Soy Pablo, CTO de Nexo Health (Barcelona). Estamos desplegando nuestra historia clínica
electrónica en tres hospitales y buscamos una Nurse Lead con experiencia en implantaciones,
en remoto con viajes ocasionales. He visto tu perfil y creo que encajarías muy bien.

¿Te apetecería tener una llamada de 20 minutos?

Saludos,
Pablo Serrano
CTO - Nexo Health
""",
        tz=CEST,
    ),
    m(
        "14323",
        "2026-02-09 13:01",
        "SaúdeLink <no-reply@jobs.personio.de>",
        "Confirme o seu endereço de e-mail",
        ("other_job", SL, None, None, "personio", "pt"),
        text="""Olá Aoife,

Para concluir a sua candidatura, confirme o seu endereço de e-mail clicando no link abaixo:
https://saudelink.jobs.personio.de/confirm?t=e81c2a

Se não foi você, ignore esta mensagem.
""",
        tz=WET,
    ),
    m(
        "14324",
        "2026-03-11 09:30",
        "Jana Lehmann <j.lehmann@medipersonal-gmbh.de>",
        "Datenschutzeinwilligung MediPersonal",
        ("other_job", None, None, None, "agency", "de"),
        text="""Liebe Frau Brennan,

damit wir Ihre Daten weiterhin für die Vermittlung nutzen dürfen, bitten wir Sie, die
angehängte Datenschutzeinwilligung (DSGVO) zu unterschreiben und an uns zurückzusenden.

Vielen Dank!
Jana Lehmann
""",
        attach=[("Einwilligung_Datenschutz.txt", "text/plain", "Einwilligungserklärung...\n")],
        tz=CET,
    ),
]

MAIL += [
    m(
        "14325",
        "2026-02-25 11:10",
        "SmartRecruiters <no-reply@smartrecruiters.com>",
        "Confirma tu dirección de correo electrónico",
        ("other_job", GA, None, None, "smartrecruiters", "es"),
        text="""Hola Aoife:

Para terminar de crear tu perfil de candidato y seguir el estado de tu candidatura en
Grupo Hospitalario Alborán, confirma tu correo electrónico:

https://my.smartrecruiters.com/confirm?token=Qm81Lx

Si no has solicitado esto, ignora este mensaje.
""",
        tz=CET,
    ),
]
