# ruff: noqa: E501
"""Job mail of the twenty-sixth held-out corpus, in Portuguese, Spanish and French (measured, never tuned on)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

LIS_S, LIS_W, CET_S, CET_W = "+0100", "+0000", "+0200", "+0100"

GA = "Grupo Atlântida Hotéis"
CM = "Câmara Municipal de Vila Serena"
MR = "Mercadal Retalho"
TP = "TejoPort Aeroportos"
CL = "Casa Lusitana Decor"
RA = "Grupo Restaurantes Almendro"
BM = "Hoteles Brisamar"
MCH = "Maison Colbert Hôtels"
GV = "Galeries Verdier"
CSR = "Le Comptoir Saint-Roch"
HM = "Red de Hoteles Meseta"
FC = "Feria Castellana"

MAIL: list[dict[str, Any]] = [
    # 13 Grupo Atlântida Hotéis (marca Atlântida Collection, Palácio Alecrim) via Net-Empregos -> offer accepted
    m(
        "26101",
        "2025-10-06 10:25",
        "Net-Empregos <naoresponder@net-empregos.com>",
        "Candidatura enviada - Diretor(a) de Operações (M/F)",
        ("confirmation", GA, "Diretor(a) de Operações - Palácio Alecrim", 13, "other", "pt"),
        text="""Olá Inês Carvalho,

A sua candidatura ao anúncio "Diretor(a) de Operações (M/F) - Hotel 5* Lisboa" (Ref. 8821347) foi enviada com sucesso ao anunciante.

O anunciante irá analisar o seu currículo. Boa sorte!

Net-Empregos - o maior site de emprego em Portugal
""",
        tz=LIS_S,
    ),
    m(
        "26102",
        "2025-10-14 12:10",
        "Recursos Humanos | Atlântida Collection <rh@atlantidahoteis.pt>",
        "Convite para entrevista - Palácio Alecrim",
        ("interview", GA, "Diretor(a) de Operações - Palácio Alecrim", 13, "direct", "pt"),
        text="""Exma. Senhora Inês Carvalho,

Na sequência da sua candidatura à função de Diretor(a) de Operações para o nosso hotel Palácio Alecrim, gostaríamos de a convidar para uma entrevista presencial com a Direção Geral e a Direção de Pessoas.

Propomos terça-feira, dia 21 de outubro, às 15h00, no hotel (Rua do Alecrim 54, Lisboa). Agradecemos confirmação por resposta a este e-mail.

Com os melhores cumprimentos,

Joana Pestana
Direção de Pessoas
Grupo Atlântida Hotéis, S.A. - Atlântida Collection
""",
        tz=LIS_S,
    ),
    m(
        "26103",
        "2025-10-14 16:48",
        "Recursos Humanos | Atlântida Collection <rh@atlantidahoteis.pt>",
        "RE: Convite para entrevista - Palácio Alecrim",
        ("interview", GA, "Diretor(a) de Operações - Palácio Alecrim", 13, "direct", "pt"),
        text="""Cara Inês,

Obrigada pela confirmação. Até terça-feira! Na receção basta dizer que vem falar com a Dra. Joana.

Joana Pestana

-----Mensagem original-----
De: Inês Carvalho
Enviada: 14 de outubro de 2025 15:02
Assunto: RE: Convite para entrevista - Palácio Alecrim

Boa tarde, confirmo a minha presença na terça, dia 21, às 15h. Obrigada, Inês
""",
        headers=reply("26102", "rh@atlantidahoteis.pt"),
        tz=LIS_S,
    ),
    m(
        "26104",
        "2025-10-28 09:30",
        "Miguel Sobral <miguel.sobral@atlantidahoteis.pt>",
        "Segunda conversa + referências",
        ("interview", GA, "Diretor(a) de Operações - Palácio Alecrim", 13, "direct", "pt"),
        text="""Olá Inês,

Gostei muito da nossa conversa. Gostava de a apresentar à nossa administradora, Dra. Helena Atlântida Reis, numa segunda conversa mais curta, na próxima segunda às 10h, no escritório do grupo na Avenida da Liberdade.

Entretanto, pode enviar-me os contactos de duas referências profissionais?

Abraço,
Miguel Sobral
Diretor Geral | Palácio Alecrim
""",
        tz=LIS_W,
    ),
    m(
        "26105",
        "2025-11-05 15:20",
        "Joana Pestana <joana.pestana@atlantidahoteis.pt>",
        "Referências - Inês Carvalho",
        ("other_job", GA, "Diretor(a) de Operações - Palácio Alecrim", None, "direct", "pt"),
        text="""Cara Inês,

Só para a informar que já falámos com o Sr. Paulo Teixeira e com a Sra. Ana Lobo. Muito obrigada pela disponibilidade de ambos.

Cumprimentos,
Joana Pestana
Direção de Pessoas
""",
        tz=LIS_W,
    ),
    m(
        "26106",
        "2025-11-12 18:02",
        "Miguel Sobral <miguel.sobral@atlantidahoteis.pt>",
        "Proposta",
        ("offer", GA, "Diretor(a) de Operações - Palácio Alecrim", 13, "direct", "pt"),
        text="""Olá Inês,

Tenho o prazer de lhe fazer chegar a nossa proposta para se juntar à equipa do Palácio Alecrim como Diretora de Operações:

- contrato sem termo, com período experimental de 180 dias
- 2.900 € brutos mensais x 14, mais prémio anual até 15 %
- seguro de saúde, refeições em serviço, 25 dias de férias
- início a 5 de janeiro de 2026

Em anexo segue a minuta do contrato. Se estiver de acordo, basta devolver assinada à Joana.

Um abraço e espero mesmo que diga que sim,
Miguel
""",
        attach=[("Minuta_Contrato_ICarvalho.pdf", "application/pdf", "%PDF-1.4 minuta")],
        tz=LIS_W,
    ),
    m(
        "26107",
        "2025-11-17 11:41",
        "Joana Pestana <joana.pestana@atlantidahoteis.pt>",
        "RE: Proposta",
        ("offer", GA, "Diretor(a) de Operações - Palácio Alecrim", 13, "direct", "pt"),
        text="""Cara Inês,

Recebemos o contrato assinado, muito obrigada. Bem-vinda ao Palácio Alecrim! Enviaremos em breve a informação do acolhimento.

Joana

> Em 17/11/2025, às 10:02, Inês Carvalho escreveu:
> Bom dia Joana, segue em anexo o documento assinado. Cumprimentos, Inês
""",
        headers=reply("26106", "miguel.sobral@atlantidahoteis.pt"),
        st="accepted",
        tz=LIS_W,
    ),
    m(
        "26108",
        "2025-12-10 14:00",
        "Joana Pestana <joana.pestana@atlantidahoteis.pt>",
        "Acolhimento 5 de janeiro - documentos",
        ("other_job", GA, "Diretor(a) de Operações - Palácio Alecrim", None, "direct", "pt"),
        text="""Cara Inês,

Para o seu primeiro dia precisamos de: cópia do Cartão de Cidadão, NIF, NISS, IBAN, certificado de habilitações e a ficha de aptidão da medicina do trabalho (a consulta está marcada para 2 de janeiro, 9h30, na clínica Medilab Baixa).

O programa de acolhimento começa às 9h no Palácio Alecrim.

Até breve!
Joana
""",
        tz=LIS_W,
    ),
    # 14 Câmara Municipal de Vila Serena (Posto de Turismo): procedimento concursal, prova, ghosted
    m(
        "26109",
        "2025-09-15 10:00",
        "Recrutamento CM Vila Serena <recrutamento@cm-vilaserena.pt>",
        "Procedimento concursal n.º 14/2025 - Lista de admitidos",
        (
            "confirmation",
            CM,
            "Técnico Superior - Coordenação do Posto de Turismo",
            14,
            "direct",
            "pt",
        ),
        text="""Exma. Senhora,

Notifica-se V. Exa. de que foi admitida ao procedimento concursal comum para preenchimento de um posto de trabalho na carreira de Técnico Superior (Coordenação do Posto de Turismo), aberto pelo Aviso n.º 18220/2025.

A lista de candidatos admitidos e excluídos encontra-se afixada no edifício dos Paços do Concelho e publicada em www.cm-vilaserena.pt.

Com os melhores cumprimentos,
Divisão de Recursos Humanos
Câmara Municipal de Vila Serena
""",
        tz=LIS_S,
    ),
    m(
        "26110",
        "2025-10-01 10:00",
        "Recrutamento CM Vila Serena <recrutamento@cm-vilaserena.pt>",
        "Procedimento concursal n.º 14/2025 - Convocatória para Prova de Conhecimentos",
        (
            "assessment",
            CM,
            "Técnico Superior - Coordenação do Posto de Turismo",
            14,
            "direct",
            "pt",
        ),
        text="""Exma. Senhora,

Fica V. Exa. convocada para a realização da Prova Escrita de Conhecimentos, a realizar no dia 18 de outubro de 2025, às 10h00, no Auditório Municipal. A prova tem a duração de 90 minutos e é permitida a consulta da legislação não anotada.

Deverá fazer-se acompanhar de documento de identificação válido.

Divisão de Recursos Humanos
""",
        tz=LIS_S,
    ),
    # 15 Mercadal Retalho via SuccessFactors: rejection pt
    m(
        "26111",
        "2025-09-22 21:10",
        "Mercadal Carreiras <noreply@successfactors.eu>",
        "Recebemos a sua candidatura",
        ("confirmation", MR, "Gestor(a) de Loja - Colombo", 15, "other", "pt"),
        text="""Olá Inês,

Obrigado pelo seu interesse em fazer parte da equipa Mercadal! Recebemos a sua candidatura para Gestor(a) de Loja - Colombo (ID 20931).

Iremos analisar o seu perfil e, caso avance no processo, entraremos em contacto.

Equipa de Recrutamento Mercadal
""",
        tz=LIS_S,
    ),
    m(
        "26112",
        "2025-10-09 09:45",
        "Mercadal Carreiras <noreply@successfactors.eu>",
        "A sua candidatura na Mercadal",
        ("rejection", MR, "Gestor(a) de Loja - Colombo", 15, "other", "pt"),
        text="""Olá Inês,

Agradecemos o tempo que dedicou à sua candidatura. O seu percurso é muito interessante, e foi analisado com atenção.

Neste momento, optámos por avançar com outros candidatos cujo perfil está mais alinhado com as necessidades da função. Manteremos os seus dados na nossa base para futuras oportunidades.

Equipa de Recrutamento Mercadal
""",
        tz=LIS_S,
    ),
    # 16 TejoPort Aeroportos, own careers site: video interview, then rejection
    m(
        "26113",
        "2025-09-26 14:30",
        "TejoPort Carreiras <carreiras@tejoport.pt>",
        "Candidatura recebida - Duty Manager Terminal 1",
        ("confirmation", TP, "Duty Manager Terminal 1", 16, "other", "pt"),
        text="""Cara Inês,

Obrigado pela sua candidatura à função Duty Manager Terminal 1 (REF TP-2025-077). Pode acompanhar o processo em https://carreiras.tejoport.pt/candidato.

Equipa de Talento
TejoPort Aeroportos, S.A.
""",
        tz=LIS_S,
    ),
    m(
        "26114",
        "2025-10-08 11:00",
        "Carla Nunes <carla.nunes@tejoport.pt>",
        "Entrevista por Teams - Duty Manager T1",
        ("interview", TP, "Duty Manager Terminal 1", 16, "direct", "pt"),
        text="""Reunião do Microsoft Teams
Participe a partir do seu computador ou da aplicação móvel
Clique aqui para participar na reunião
ID da reunião: 372 118 904 556
Código de acesso: Tp9xQ3
""",
        ics={
            "start": "2025-10-13 10:30:00 +0100",
            "minutes": 45,
            "organizer": ("Carla Nunes", "carla.nunes@tejoport.pt"),
            "uid": "040000008200E00074C5B7101A82E00800000000C11A77D2B538DC01",
            "summary": "Entrevista - Inês Carvalho - Duty Manager T1",
            "location": "Reunião do Microsoft Teams",
            "style": "outlook",
        },
        tz=LIS_S,
    ),
    m(
        "26115",
        "2025-10-10 16:12",
        "Carla Nunes <carla.nunes@tejoport.pt>",
        "Entrevista por Teams - Duty Manager T1 (nova hora)",
        ("interview", TP, "Duty Manager Terminal 1", 16, "direct", "pt"),
        text="""Olá Inês, peço desculpa pela alteração: o diretor de operações só está disponível às 14h. Atualizei o convite. Obrigada, Carla""",
        ics={
            "start": "2025-10-13 14:00:00 +0100",
            "minutes": 45,
            "organizer": ("Carla Nunes", "carla.nunes@tejoport.pt"),
            "uid": "040000008200E00074C5B7101A82E00800000000C11A77D2B538DC01",
            "summary": "Entrevista - Inês Carvalho - Duty Manager T1",
            "location": "Reunião do Microsoft Teams",
            "sequence": 1,
            "style": "outlook",
        },
        tz=LIS_S,
    ),
    m(
        "26116",
        "2025-11-04 17:40",
        "Carla Nunes <carla.nunes@tejoport.pt>",
        "Processo Duty Manager T1",
        ("rejection", TP, "Duty Manager Terminal 1", 16, "direct", "pt"),
        text="""Olá Inês,

Obrigada mais uma vez pela entrevista. A equipa ficou com ótima impressão da sua experiência na gestão de equipas em turnos.

Infelizmente, decidimos avançar com outra candidata com experiência prévia em ambiente aeroportuário. Desejamos-lhe as maiores felicidades.

Carla Nunes
Talento & Cultura | TejoPort Aeroportos
""",
        tz=LIS_W,
    ),
    # 17 Casa Lusitana Decor via LinkedIn (ghosted)
    m(
        "26117",
        "2025-10-20 22:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Inês, a sua candidatura foi enviada para Casa Lusitana Decor",
        ("confirmation", CL, "Gerente de Loja", 17, "linkedin", "pt"),
        text="""A sua candidatura foi enviada para Casa Lusitana Decor

Gerente de Loja
Casa Lusitana Decor · Lisboa, Portugal (Presencial)
Candidatura a 20 de outubro de 2025
""",
        tz=LIS_S,
    ),
    # 18 Grupo Restaurantes Almendro via InfoJobs, Madrid
    m(
        "26118",
        "2025-09-10 13:12",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura a Jefe/a de Operaciones se ha enviado",
        ("confirmation", RA, "Jefe/a de Operaciones", 18, "other", "es"),
        text="""Hola Inês,

Tu candidatura a la oferta Jefe/a de Operaciones - Restauración Organizada (Madrid) de Grupo Restaurantes Almendro se ha inscrito correctamente.

Te avisaremos cuando la empresa lea tu CV o cambie el estado de tu candidatura.

El equipo de InfoJobs
""",
        tz=CET_S,
    ),
    m(
        "26119",
        "2025-09-12 09:03",
        "InfoJobs <noreply@infojobs.net>",
        "Grupo Restaurantes Almendro ha leído tu CV",
        ("viewed", RA, "Jefe/a de Operaciones", 18, "other", "es"),
        text="""¡Buenas noticias, Inês!

Grupo Restaurantes Almendro ha leído tu CV para la oferta Jefe/a de Operaciones - Restauración Organizada.

Estado: CV leído
""",
        tz=CET_S,
    ),
    m(
        "26120",
        "2025-09-18 10:40",
        "Lucía Ferrer <lferrer@tabernaalmendro.es>",
        "Entrevista en Madrid",
        ("interview", RA, "Jefe/a de Operaciones", 18, "direct", "es"),
        text="""Hola Inês:

Te escribo de parte del departamento de Personas de Grupo Almendro (Taberna Almendro y La Nube). Nos ha gustado mucho tu perfil y nos gustaría conocerte. ¿Podrías venir a nuestras oficinas de Calle Ponzano 31 el jueves 25 a las 12:00? Si te viene mejor, podemos hacerla por videollamada.

Un saludo,
Lucía Ferrer
Responsable de Selección
""",
        tz=CET_S,
    ),
    m(
        "26121",
        "2025-09-18 12:15",
        "Lucía Ferrer <lferrer@tabernaalmendro.es>",
        "RE: Entrevista en Madrid",
        ("interview", RA, "Jefe/a de Operaciones", 18, "direct", "es"),
        text="""Perfecto Inês, entonces por videollamada el jueves a las 12:00 (hora de Madrid). Te mando el enlace de Google Meet: https://meet.google.com/qxe-prma-tkd

Lucía
""",
        headers=reply("26120", "lferrer@tabernaalmendro.es"),
        tz=CET_S,
    ),
    m(
        "26122",
        "2025-10-07 17:30",
        "InfoJobs <noreply@infojobs.net>",
        "Novedades sobre tu candidatura",
        ("rejection", RA, "Jefe/a de Operaciones", 18, "other", "es"),
        text="""Hola Inês,

La empresa Grupo Restaurantes Almendro ha actualizado el estado de tu candidatura a Jefe/a de Operaciones - Restauración Organizada.

Estado: Descartado

No te desanimes: tenemos 3.412 ofertas nuevas de hostelería esta semana.
""",
        tz=CET_S,
    ),
    # 19 Hoteles Brisamar (Brisamar Diagonal, Barcelona) via Hosco: video, assessment day, offer declined
    m(
        "26123",
        "2025-09-29 11:55",
        "Hosco <no-reply@hosco.com>",
        "Application sent!",
        ("confirmation", BM, "Rooms Division Manager - Brisamar Diagonal", 19, "other", "en"),
        text="""Hi Inês,

Your application for Rooms Division Manager at Brisamar Diagonal (Barcelona, Spain) has been sent.

Hoteles Brisamar will review your profile. Make sure your Hosco profile is complete: profiles with a video introduction get 3x more views.

The Hosco team
""",
        tz=CET_S,
    ),
    m(
        "26124",
        "2025-10-06 09:50",
        "Marta Casals <mcasals@brisamarhotels.com>",
        "Videoentrevista - Rooms Division Manager",
        ("interview", BM, "Rooms Division Manager - Brisamar Diagonal", 19, "direct", "es"),
        text="""Hola Inês,

Gracias por tu candidatura a través de Hosco. Te propongo una primera videoentrevista con nuestra directora del Brisamar Diagonal, Núria Pons.

Te he enviado una invitación de calendario para el miércoles 8 a las 16:00 (hora de Barcelona).

Salutacions,
Marta Casals
Talent & Culture - Hoteles Brisamar
""",
        ics={
            "start": "2025-10-08 16:00:00 +0200",
            "minutes": 45,
            "organizer": ("Marta Casals", "mcasals@brisamarhotels.com"),
            "uid": "6b2f0c1e8a4d@google.com",
            "summary": "Videoentrevista Inês Carvalho - RDM Brisamar Diagonal",
            "location": "https://meet.google.com/vtu-okzw-bgn",
            "attendees": [("Núria Pons", "npons@brisamarhotels.com")],
        },
        tz=CET_S,
    ),
    m(
        "26125",
        "2025-10-15 13:20",
        "Marta Casals <mcasals@brisamarhotels.com>",
        "Assessment day en Barcelona - 23 de octubre",
        ("interview", BM, "Rooms Division Manager - Brisamar Diagonal", 19, "direct", "es"),
        text="""Hola Inês,

¡Enhorabuena, pasas a la fase final! Te invitamos a nuestro assessment day el jueves 23 de octubre, de 9:30 a 14:00, en el Brisamar Diagonal (Av. Diagonal 512). Habrá una dinámica de grupo con otros tres candidatos, un role play con un huésped y una entrevista final con la dirección.

Nosotros cubrimos el vuelo desde Lisboa y una noche de hotel. Confírmame, por favor, y te envío los billetes.

Marta
""",
        tz=CET_S,
    ),
    m(
        "26126",
        "2025-11-03 12:00",
        "Marta Casals <mcasals@brisamarhotels.com>",
        "Propuesta Brisamar Diagonal",
        ("offer", BM, "Rooms Division Manager - Brisamar Diagonal", 19, "direct", "es"),
        text="""Hola Inês,

Nos alegra muchísimo comunicarte que queremos que te unas a Hoteles Brisamar como Rooms Division Manager del Brisamar Diagonal.

Condiciones: contrato indefinido, 52.000 € brutos anuales en 14 pagas, variable del 10 %, ayuda de reubicación de 3.000 € y dos meses de alojamiento en el hotel. Incorporación prevista: 12 de enero.

Tienes una semana para pensarlo. Cualquier duda, llámame.

Un abrazo,
Marta
""",
        tz=CET_W,
    ),
    m(
        "26127",
        "2025-11-14 10:30",
        "Marta Casals <mcasals@brisamarhotels.com>",
        "RE: Propuesta Brisamar Diagonal",
        ("offer", BM, "Rooms Division Manager - Brisamar Diagonal", 19, "direct", "es"),
        text="""Hola Inês,

Lo entendemos perfectamente, aunque nos da pena. Enhorabuena por el nuevo puesto en Lisboa y ojalá nuestros caminos se crucen de nuevo.

Un abrazo,
Marta

De: Inês Carvalho
Enviado: jueves, 13 de noviembre de 2025 22:15
Asunto: RE: Propuesta Brisamar Diagonal
Querida Marta, muchas gracias por la confianza. Finalmente he decidido quedarme en Lisboa, así que tengo que rechazar la propuesta.
""",
        headers=reply("26126", "mcasals@brisamarhotels.com"),
        st="declined",
        tz=CET_W,
    ),
    # 20 Maison Colbert Hôtels (mail domain mch-group.fr) via Welcome to the Jungle
    m(
        "26128",
        "2025-10-02 15:35",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre candidature a bien été envoyée",
        ("confirmation", MCH, "Responsable d'exploitation hôtelière", 20, "other", "fr"),
        text="""Bonjour Inês,

Votre candidature pour le poste Responsable d'exploitation hôtelière (H/F) chez Maison Colbert Hôtels a bien été envoyée.

L'entreprise reviendra vers vous si votre profil correspond. En attendant, découvrez d'autres offres qui pourraient vous plaire.

L'équipe Welcome to the Jungle
""",
        tz=CET_S,
    ),
    m(
        "26129",
        "2025-10-10 11:05",
        "Claire Morand <c.morand@mch-group.fr>",
        "Échange téléphonique",
        ("interview", MCH, "Responsable d'exploitation hôtelière", 20, "direct", "fr"),
        text="""Bonjour Inês,

Merci pour votre candidature. Je vous propose un premier échange en visio le mardi 14 octobre à 11h (heure de Paris), avec notre directeur des opérations.

Je vous envoie l'invitation.

Bien cordialement,
Claire Morand
Chargée de recrutement
Maison Colbert - Hôtels de Paris
""",
        ics={
            "start": "2025-10-14 11:00:00 +0200",
            "minutes": 30,
            "organizer": ("Claire Morand", "c.morand@mch-group.fr"),
            "uid": "a91c22fe04b7@google.com",
            "summary": "Entretien Inês Carvalho - Resp. exploitation",
            "location": "https://meet.google.com/hzd-qqpw-ynf",
        },
        tz=CET_S,
    ),
    m(
        "26130",
        "2025-10-13 18:20",
        "Claire Morand <c.morand@mch-group.fr>",
        "Annulé : Entretien Inês Carvalho - Resp. exploitation",
        ("interview", MCH, "Responsable d'exploitation hôtelière", 20, "direct", "fr"),
        text="""Bonjour Inês, notre directeur est retenu demain. Je reviens vers vous rapidement avec de nouveaux créneaux. Toutes mes excuses. Claire""",
        ics={
            "start": "2025-10-14 11:00:00 +0200",
            "minutes": 30,
            "organizer": ("Claire Morand", "c.morand@mch-group.fr"),
            "uid": "a91c22fe04b7@google.com",
            "summary": "Entretien Inês Carvalho - Resp. exploitation",
            "method": "CANCEL",
        },
        tz=CET_S,
    ),
    m(
        "26131",
        "2025-11-06 09:12",
        "Claire Morand <c.morand@mch-group.fr>",
        "Suite à notre échange",
        ("rejection", MCH, "Responsable d'exploitation hôtelière", 20, "direct", "fr"),
        text="""Bonjour Inês,

Merci encore pour le temps que vous nous avez consacré lors de votre entretien avec M. Vasseur. Votre parcours international et votre sens du service ont été très appréciés.

Nous avons toutefois fait le choix de poursuivre avec un candidat disposant d'une expérience plus longue de l'hôtellerie parisienne.

Nous vous souhaitons pleine réussite dans vos projets.

Claire Morand
""",
        tz=CET_W,
    ),
    # 21 Galeries Verdier via Workday: test, withdrawal
    m(
        "26132",
        "2025-10-16 08:44",
        "Galeries Verdier <galeriesverdier@myworkday.com>",
        "Merci pour votre candidature",
        ("confirmation", GV, "Directeur adjoint de magasin", 21, "workday", "fr"),
        text="""Bonjour Inês,

Nous avons bien reçu votre candidature au poste de Directeur adjoint de magasin - Paris Haussmann (R0019922). Notre équipe recrutement l'étudie avec attention.

Suivez votre candidature depuis votre espace candidat.

L'équipe Talents Galeries Verdier
""",
        tz=CET_S,
    ),
    m(
        "26133",
        "2025-10-21 10:00",
        "Galeries Verdier <galeriesverdier@myworkday.com>",
        "Prochaine étape : questionnaire de personnalité",
        ("assessment", GV, "Directeur adjoint de magasin", 21, "workday", "fr"),
        text="""Bonjour Inês,

Dans le cadre de votre candidature, nous vous invitons à compléter un questionnaire en ligne (environ 25 minutes) avant le 28 octobre :
https://tests.galeriesverdier.fr/evaluation/3f2a91

L'équipe Talents Galeries Verdier
""",
        tz=CET_S,
    ),
    m(
        "26134",
        "2025-11-19 14:35",
        "Galeries Verdier <galeriesverdier@myworkday.com>",
        "Confirmation du retrait de votre candidature",
        ("confirmation", GV, "Directeur adjoint de magasin", 21, "workday", "fr"),
        text="""Bonjour Inês,

Nous confirmons le retrait de votre candidature au poste de Directeur adjoint de magasin - Paris Haussmann. Nous vous remercions de l'intérêt porté à Galeries Verdier.

L'équipe Talents
""",
        st="withdrawn",
        tz=CET_W,
    ),
    # 22 Le Comptoir Saint-Roch via Indeed (ghosted)
    m(
        "26135",
        "2025-10-24 21:18",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Manager de restaurant",
        ("confirmation", CSR, "Manager de restaurant", 22, "indeed", "fr"),
        text="""Candidature envoyée

Manager de restaurant
Le Comptoir Saint-Roch - 75001 Paris

Les éléments suivants ont été envoyés à l'employeur : CV.

Bonne chance, Inês !
""",
        tz=CET_S,
    ),
    # 23 Red de Hoteles Meseta, own careers site: on hold
    m(
        "26136",
        "2025-11-20 12:00",
        "Empleo Hoteles Meseta <empleo@hotelesmeseta.es>",
        "Hemos recibido tu candidatura",
        ("confirmation", HM, "Subdirector/a de Hotel - Madrid Retiro", 23, "other", "es"),
        text="""Hola Inês,

Gracias por inscribirte en la oferta Subdirector/a de Hotel - Meseta Madrid Retiro a través de nuestro portal de empleo. Revisaremos tu candidatura y, si encaja, te contactaremos.

Departamento de Personas
Red de Hoteles Meseta
""",
        tz=CET_W,
    ),
    m(
        "26137",
        "2025-12-03 16:45",
        "Empleo Hoteles Meseta <empleo@hotelesmeseta.es>",
        "Proceso Subdirector/a de Hotel - Madrid Retiro",
        ("confirmation", HM, "Subdirector/a de Hotel - Madrid Retiro", 23, "other", "es"),
        text="""Hola Inês,

Te escribimos para informarte de que el proceso de selección para esta posición queda en pausa temporalmente debido a la reestructuración del hotel. Conservamos tu candidatura y retomaremos el contacto en cuanto se reactive.

Gracias por tu paciencia.
Departamento de Personas
""",
        st="on_hold",
        tz=CET_W,
    ),
    # 24 agency (ES): Temporis Eventos for Feria Castellana
    m(
        "26138",
        "2025-09-24 10:20",
        "Raúl Gómez - Temporis <raul.gomez@temporis-rrhh.es>",
        "Coordinador/a de hospitality para feria (temporal, Madrid)",
        ("outreach", None, "Coordinador/a de Hospitality (temporal)", None, "agency", "es"),
        text="""Hola Inês,

Soy Raúl, de Temporis. Estamos seleccionando para un cliente del sector ferial en Madrid un/a Coordinador/a de Hospitality para un contrato de obra de 6 semanas (noviembre-diciembre), con equipo de 40 azafatos/as y catering VIP.

¿Te interesaría? Si es así, envíame tu CV actualizado y te llamo.

Raúl Gómez
Consultor Eventos | Temporis Recursos Humanos ETT
""",
        tz=CET_S,
    ),
    m(
        "26139",
        "2025-09-30 13:05",
        "Raúl Gómez - Temporis <raul.gomez@temporis-rrhh.es>",
        "RE: Coordinador/a de hospitality para feria (temporal, Madrid)",
        ("interview", FC, "Coordinador/a de Hospitality (temporal)", 24, "agency", "es"),
        text="""Hola Inês,

Te confirmo entrevista con el cliente, que es Feria Castellana (el recinto de IFECA), el viernes 3 a las 10:00 por Teams con su jefa de eventos, Pilar Roldán. Te llegará la invitación de su parte.

¡Suerte!
Raúl
""",
        headers=reply("26138", "raul.gomez@temporis-rrhh.es"),
        tz=CET_S,
    ),
    m(
        "26140",
        "2025-10-06 11:00",
        "Raúl Gómez - Temporis <raul.gomez@temporis-rrhh.es>",
        "RE: Coordinador/a de hospitality para feria (temporal, Madrid)",
        ("interview", FC, "Coordinador/a de Hospitality (temporal)", 24, "agency", "es"),
        text="""Inês, buenas noticias: el cliente quiere verte en una jornada de prueba el lunes 13 en el montaje de la feria Intur (pagada, de 8:00 a 16:00). ¿Puedes venir a Madrid? Temporis cubre el desplazamiento.

Raúl
""",
        headers=reply("26139", "raul.gomez@temporis-rrhh.es"),
        tz=CET_S,
    ),
    m(
        "26141",
        "2025-10-08 09:15",
        "Raúl Gómez - Temporis <raul.gomez@temporis-rrhh.es>",
        "RE: Coordinador/a de hospitality para feria (temporal, Madrid)",
        ("confirmation", FC, "Coordinador/a de Hospitality (temporal)", 24, "agency", "es"),
        text="""Vale Inês, sin problema, se lo traslado al cliente. Entiendo que ahora mismo no puedes instalarte seis semanas en Madrid. Cuenta conmigo para la próxima.

Raúl
""",
        headers=reply("26140", "raul.gomez@temporis-rrhh.es"),
        st="withdrawn",
        tz=CET_S,
    ),
    # alerts, outreach, other job mail (pt/es/fr)
    m(
        "26142",
        "2025-09-14 08:00",
        "Net-Empregos <alertas@net-empregos.com>",
        "Novas ofertas: Hotelaria / Turismo - Lisboa",
        ("alert", None, None, None, "other", "pt"),
        text="""Novas ofertas de emprego que correspondem ao seu alerta:

- Rececionista Noturno (M/F) - Lisboa
- Governanta Geral - Hotel 4* - Cascais
- Gerente de Restaurante - Parque das Nações
- Diretor(a) de Alojamento - Lisboa

Ver todas: https://www.net-empregos.com
""",
        tz=LIS_S,
    ),
    m(
        "26143",
        "2025-10-11 09:00",
        "InfoJobs <alertas@infojobs.net>",
        "15 ofertas nuevas de Director de hotel en Barcelona",
        ("alert", None, None, None, "other", "es"),
        text="""Hola Inês, estas son las nuevas ofertas de tu alerta "Director de hotel - Barcelona":

Director/a de Hotel - Hotel Mirador Gràcia
Subdirector/a - Aparthotel Poblenou
Jefe/a de Recepción - Hoteles Brisamar
""",
        tz=CET_S,
    ),
    m(
        "26144",
        "2025-10-19 18:30",
        "Welcome to the Jungle <jobs@welcometothejungle.com>",
        "Inês, ces entreprises recrutent près de chez vous",
        ("alert", None, None, None, "other", "fr"),
        text="""Votre sélection de la semaine

Maison Colbert Hôtels recrute : Responsable Front Office (Paris 8e)
Les Cantines Vertes recrute : Responsable de site (Paris 11e)
Boutique Aline & Co recrute : Store Manager (Paris 3e)
""",
        tz=CET_S,
    ),
    m(
        "26145",
        "2025-09-03 16:10",
        "Hosco <no-reply@hosco.com>",
        "Welcome to Hosco, Inês!",
        ("other_job", None, None, None, "other", "en"),
        text="""Welcome to Hosco, the hospitality community.

Please confirm your email address to activate your account:
https://www.hosco.com/en/confirm/5c9e0f

Your verification code: 448201
""",
        tz=CET_S,
    ),
    m(
        "26146",
        "2025-10-30 12:25",
        "Inês Gouveia | Talent Lab <ines.gouveia@talentlab.pt>",
        "Oportunidade - Diretor(a) de Loja Flagship, Chiado",
        ("outreach", None, "Diretor(a) de Loja Flagship", None, "agency", "pt"),
        text="""Olá Inês,

Chamo-me Inês também :) e sou consultora na Talent Lab. Estou a recrutar para uma marca internacional de moda que vai abrir a sua flagship no Chiado em março: procuram um(a) Diretor(a) de Loja com experiência em equipas grandes.

Teria disponibilidade para uma chamada breve esta semana?

Obrigada,
Inês Gouveia
Senior Consultant - Retail | Talent Lab Executive Recruitment
""",
        tz=LIS_W,
    ),
    m(
        "26147",
        "2025-11-02 10:00",
        "Empleo Hoteles Meseta <empleo@hotelesmeseta.es>",
        "Has empezado tu inscripción",
        ("alert", HM, "Subdirector/a de Hotel - Madrid Retiro", None, "other", "es"),
        text="""Hola Inês,

Vemos que empezaste tu inscripción en la oferta Subdirector/a de Hotel - Madrid Retiro pero no la terminaste. Te quedan 2 pasos: subir tu CV y responder al cuestionario.

Continuar: https://empleo.hotelesmeseta.es/candidatura/continuar
""",
        tz=CET_W,
    ),
    m(
        "26148",
        "2025-10-18 13:00",
        "Câmara Municipal de Vila Serena <recrutamento@cm-vilaserena.pt>",
        "Resposta automática: Procedimento concursal n.º 14/2025",
        ("other_job", CM, None, None, "direct", "pt"),
        text="""Agradecemos o seu contacto. A sua mensagem foi recebida e será tratada com a maior brevidade possível. Este é um e-mail automático, por favor não responda.

Divisão de Recursos Humanos
""",
        tz=LIS_S,
    ),
]

MAIL += [
    m(
        "26149",
        "2025-11-20 09:40",
        "Joana Pestana <joana.pestana@atlantidahoteis.pt>",
        "Certificado de registo criminal",
        ("other_job", GA, "Diretor(a) de Operações - Palácio Alecrim", None, "direct", "pt"),
        text="""Cara Inês,

Para concluirmos o seu processo de admissão, pedimos que nos envie o certificado de registo criminal (pode pedi-lo online em justica.gov.pt, finalidade "emprego") até 19 de dezembro.

Obrigada,
Joana""",
        tz=LIS_W,
    ),
    m(
        "26150",
        "2025-11-07 09:00",
        "Claire Morand <c.morand@mch-group.fr>",
        "Réponse automatique : Suite à notre échange",
        ("other_job", MCH, None, None, "direct", "fr"),
        text="""Bonjour,

Je suis absente jusqu'au 12 novembre inclus. Pour toute question urgente concernant un recrutement, merci d'écrire à recrutement@mch-group.fr.

Claire Morand""",
        tz=CET_W,
    ),
    m(
        "26151",
        "2025-10-20 12:00",
        "InfoJobs <encuestas@infojobs.net>",
        "¿Qué tal tu experiencia con Grupo Restaurantes Almendro?",
        ("other_job", RA, None, None, "other", "es"),
        text="""Hola Inês,

Hace poco participaste en un proceso de selección de Grupo Restaurantes Almendro. Cuéntanos en 2 minutos cómo fue: tu opinión ayuda a otros candidatos.

Valorar la empresa: https://www.infojobs.net/valoraciones
""",
        tz=CET_S,
    ),
]
