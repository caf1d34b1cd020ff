# ruff: noqa: E501, RUF100
"""Corpus 137, job mail part two (data only): see heldout137.py.

Applications 13 to 23, then the job mail that belongs to no application: alerts, talent
communities, incomplete-application nudges, recruiter and agency outreach, portal codes, a
survey, an auto-reply and the onboarding after the accepted offer."""

from __future__ import annotations

from typing import Any

from heldout137_jobs import (
    AA,
    AAR,
    CA,
    CAR,
    CF,
    CFR,
    FR,
    FRR,
    HP,
    HP1,
    HP2,
    LI_JOBS,
    PC,
    PCR,
    PV,
    PVR,
    QV,
    QVR,
    RD,
    RDR,
    RT,
    RTR,
    RV,
    RVR,
    ST,
    STR,
    TT_CONV,
    TT_NOREPLY,
    TW,
    TWR,
    WORKABLE,
    A,
    J,
    ics,
    li_html,
    m,
    re_,
    tt_html,
    workable_html,
)

TEMPO = "Patrícia Moreira <patricia.moreira@tempocerto-rh.example>"
_TEMPO_SIG = """Patrícia Moreira
Consultora de Recrutamento | Tempo Certo – Trabalho Temporário e Recursos Humanos, Lda.
Rua de Santa Catarina, 1126, 3.º Esq. · 4000-447 Porto
T. +351 222 081 655 · M. +351 936 114 280
Alvará n.º 512/2009 · www.tempocerto-rh.example

Antes de imprimir este e-mail pense bem se é mesmo necessário. Informação confidencial."""

_tempo_out = m(
    "TC-2026-0608-11",
    "2026-06-08 11:04",
    TEMPO,
    "Oportunidade – Coordenador/a de Equipa (Apoio ao Cliente – Viagens), Porto",
    J("outreach", "agency", None, AAR),
    f"""Bom dia Tiago,

O meu nome é Patrícia Moreira e sou consultora na Tempo Certo. Encontrei o seu perfil na nossa base de dados (inscreveu-se connosco em 2022) e no LinkedIn, e creio que pode ter interesse numa oportunidade que estamos a gerir.

Trata-se de uma multinacional do setor das viagens e assistência em viagem, com um centro de operações no Grande Porto, que procura um/a Coordenador/a de Equipa para a área de Apoio ao Cliente:
- Coordenação de uma equipa de 18 assistentes (PT, ES, EN);
- Gestão de escalas, KPIs de qualidade e de tempos de resposta;
- Gestão de casos escalados e de clientes corporate;
- Contrato direto com o cliente, sem termo; pacote salarial competitivo + prémios trimestrais.

Pela sua experiência na gestão de equipas de receção e reservas, parece-me um perfil muito interessante. Teria disponibilidade para uma breve conversa telefónica esta semana?

Com os melhores cumprimentos,

{_TEMPO_SIG}""",
)

_rv_inv = m(
    "rc-ev-71b0d2",
    "2026-05-28 13:05",
    "Clara Benítez <clara.benitez@reservalia.example>",
    "Entrevista para Account Manager Hoteles – Reservalia",
    A("interview", RV, RVR, 13, "recruitee", "es"),
    """¡Hola Tiago!

Gracias por tu candidatura para Account Manager Hoteles (España y Portugal). Nos ha encantado tu perfil, sobre todo tu experiencia con clientes españoles en el hotel.

Me gustaría tener una primera entrevista contigo por videollamada el jueves 4 de junio a las 13:00 (hora peninsular, las 12:00 en Portugal). Durará unos 45 minutos y la haremos en español, aunque si en algún momento prefieres cambiar al portugués, no pasa nada: yo me defiendo 😉

Te envío la invitación del calendario.

Un saludo,
Clara Benítez
Talent Acquisition · Reservalia
Calle de Orense 34, 28020 Madrid""",
    ics=ics(
        "3k0a9s8d7f6g5h4j2l1reservalia@google.com",
        "2026-06-04 12:00",
        "Entrevista Reservalia – Tiago Carvalho Sousa",
        ("Clara Benítez", "clara.benitez@reservalia.example"),
        minutes=45,
        location="https://meet.google.com/hwo-mkzr-fjd",
        description="Entrevista para Account Manager Hoteles (España y Portugal)\nUnirse con Google Meet: https://meet.google.com/hwo-mkzr-fjd",
    ),
)

_aa_inv = m(
    "TC-2026-0623-16",
    "2026-06-23 16:40",
    TEMPO,
    "Entrevista no cliente – Atlantic Assist",
    A("interview", AA, AAR, 14, "agency"),
    f"""Olá Tiago,

Boas notícias: o cliente gostou muito do seu perfil e gostaria de o conhecer pessoalmente!

Entrevista com a Eng.ª Mónica Salgado (Customer Operations Director) e com o Sr. Jordi Puig (Head of Service Delivery Iberia):
Data: segunda-feira, 29 de junho, às 09h30
Local: Atlantic Assist Portugal – Edifício Aurora, Av. da República 2250, Matosinhos (receção do piso 0)
Duração prevista: 1h15; parte da entrevista será em inglês e em espanhol.

Envio convite para a sua agenda. Depois da entrevista ligue-me, por favor, para me dar o seu feedback.

Boa sorte!

{_TEMPO_SIG}""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000020D7E7C1A301DD01000000000000000010000000C0FFEE42",
        "2026-06-29 09:30",
        "Entrevista Atlantic Assist – Tiago Carvalho Sousa (Tempo Certo)",
        ("Patrícia Moreira", "patricia.moreira@tempocerto-rh.example"),
        style="outlook",
        minutes=75,
        location="Atlantic Assist Portugal - Edifício Aurora, Av. da República 2250, Matosinhos",
    ),
)

_rd_inv = m(
    "DB8PR09MB3310",
    "2026-05-19 12:26",
    "Helena Vaz <helena.vaz@riodoiro.example>",
    "Entrevista | Customer Experience Manager",
    A("interview", RD, RDR, 20, "direct"),
    """Caro Tiago,

Agradecemos a sua candidatura através do LinkedIn à função de Customer Experience Manager.

Gostaríamos de o receber para uma entrevista nos nossos escritórios no Cais de Gaia, na sexta-feira, 22 de maio, às 15h00, com a nossa Diretora Comercial e de Experiência do Cliente, Dra. Isabel Correia.

Segue convite em anexo. Agradecemos que confirme a sua disponibilidade.

Com os melhores cumprimentos,

Helena Vaz
Recursos Humanos
RIO DOIRO – Cruzeiros Fluviais, S.A.
Cais de Gaia, Armazém 8 · 4400-111 Vila Nova de Gaia
www.riodoiro.example""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000605E2B7E9AE6DC01000000000000000010000000D15C0A11",
        "2026-05-22 15:00",
        "Entrevista | Customer Experience Manager | Tiago Carvalho Sousa",
        ("Helena Vaz", "helena.vaz@riodoiro.example"),
        style="outlook",
        minutes=60,
        location="Rio Doiro - Cais de Gaia, Armazém 8 (sala de reuniões 1.º piso)",
        attendees=[("Isabel Correia", "isabel.correia@riodoiro.example")],
    ),
)

_pc_ack = m(
    "pcdmc-0427-a",
    "2026-04-27 15:52",
    "Portus Cale DMC <jobs@portuscale-dmc.example>",
    "Re: Operations Manager – candidatura Tiago Carvalho Sousa",
    A("confirmation", PC, PCR, 22, "direct", "en"),
    """Dear Tiago,

Thank you for your email and for your interest in joining Portus Cale DMC as Operations Manager. We confirm we have received your CV and cover letter.

We are currently reviewing applications and will be in touch with shortlisted candidates over the coming weeks. Due to the high season, please bear with us if our reply takes a little longer than usual.

Kind regards,

Operations & People
Portus Cale DMC · Destination Management Company
Incentives · Events · Tailor-made journeys in Porto & the Douro Valley
Rua de Mouzinho da Silveira 88, 4050-416 Porto""",
    **re_("<CAHtcs0Sv5kE2r=Qp8Hj@mail.gmail.com>"),
)

MAIL: list[dict[str, Any]] = [
    # --- 13. Reservalia (Madrid): Recruitee in Spanish, cancelled and moved, rejected --------
    m(
        "rc-ap-71b0d2",
        "2026-05-21 10:17",
        "Reservalia <noreply@recruitee.com>",
        "Hemos recibido tu candidatura",
        A("confirmation", RV, RVR, 13, "recruitee", "es"),
        html="""<html><body style="background:#f2f4f7;font-family:Inter,Helvetica,Arial,sans-serif;color:#1d2939">
<div style="max-width:580px;margin:32px auto;background:#fff;border-radius:8px;padding:32px">
<img src="https://recruitee-main.s3.eu-central-1.amazonaws.com/companies/58211/logo.png" alt="Reservalia" height="40">
<p>Hola Tiago,</p>
<p>¡Gracias por presentar tu candidatura al puesto de <b>Account Manager Hoteles (España y Portugal)</b>!</p>
<p>Nuestro equipo revisará tu perfil en los próximos días. Si encajas con lo que buscamos, nos pondremos en contacto contigo para concertar una entrevista.</p>
<p>Mientras tanto, puedes conocer un poco más sobre cómo trabajamos en <a href="https://reservaliahotels.recruitee.com/?utm_source=confirmation_email">nuestra página de empleo</a>.</p>
<p>Un saludo,<br>El equipo de People de Reservalia</p>
<p style="font-size:12px;color:#667085;border-top:1px solid #eaecf0;padding-top:12px">Reservalia Hotel Solutions, S.L. · Calle de Orense 34, 28020 Madrid<br>
Tratamos tus datos conforme a nuestra <a href="https://reservaliahotels.recruitee.com/privacy">política de privacidad</a>. Powered by Recruitee.</p>
</div></body></html>""",
    ),
    _rv_inv,
    m(
        "rc-ev-71b0d3",
        "2026-06-03 18:54",
        "Clara Benítez <clara.benitez@reservalia.example>",
        "Invitación cancelada: Entrevista Reservalia – Tiago Carvalho Sousa @ jue 4 jun 2026 13:00 - 13:45 (CEST)",
        A("interview", RV, RVR, 13, "direct", "es"),
        """Tiago, lo siento muchísimo: me ha surgido un tema médico y mañana no voy a estar. Te escribo en cuanto tenga nueva fecha, seguramente la semana que viene. ¡Perdona las molestias!
Clara

Se ha cancelado este evento y se ha eliminado de tu calendario.
Entrevista Reservalia – Tiago Carvalho Sousa
jueves, 4 de junio de 2026 13:00 – 13:45 (hora de verano de Europa central - Madrid)
Organizador: Clara Benítez

Invitación de Google Calendar""",
        ics=ics(
            "3k0a9s8d7f6g5h4j2l1reservalia@google.com",
            "2026-06-04 12:00",
            "Entrevista Reservalia – Tiago Carvalho Sousa",
            ("Clara Benítez", "clara.benitez@reservalia.example"),
            method="CANCEL",
            minutes=45,
        ),
        **re_(_rv_inv["id"]),
    ),
    m(
        "rc-ev-71b0d4",
        "2026-06-05 09:30",
        "Clara Benítez <clara.benitez@reservalia.example>",
        "Invitación: Entrevista Reservalia (nueva fecha) @ mar 9 jun 2026 10:00 - 10:45 (CEST)",
        A("interview", RV, RVR, 13, "direct", "es"),
        """¡Hola de nuevo! ¿Te viene bien el martes 9 a las 10:00 (9:00 en Portugal)? Si no, dime y buscamos otro hueco.

Entrevista Reservalia (nueva fecha)
martes, 9 de junio de 2026 10:00 – 10:45 (hora de verano de Europa central - Madrid)
Unirse con Google Meet: meet.google.com/hwo-mkzr-fjd
Invitados: Clara Benítez (organizador), tiago.carvalho.sousa@gmail.com

¿Vas a asistir? Sí - Quizás - No  https://calendar.google.com/calendar/event?action=RESPOND&eid=NmI1

Invitación de Google Calendar""",
        ics=ics(
            "8q7w6e5r4t3y2u1i0reservalia@google.com",
            "2026-06-09 09:00",
            "Entrevista Reservalia (nueva fecha)",
            ("Clara Benítez", "clara.benitez@reservalia.example"),
            minutes=45,
            location="https://meet.google.com/hwo-mkzr-fjd",
        ),
    ),
    m(
        "rc-dq-71b0d2",
        "2026-06-19 12:40",
        "Reservalia <noreply@recruitee.com>",
        "Tu proceso con Reservalia",
        A("rejection", RV, RVR, 13, "recruitee", "es"),
        """Hola Tiago,

Queríamos darte las gracias por el tiempo que has dedicado al proceso y por la conversación con Clara. Nos quedamos con muy buena impresión de ti.

Después de valorar todas las candidaturas, hemos decidido continuar con un perfil que ya tiene cartera de clientes hoteleros en Andalucía y Canarias, que es donde más vamos a crecer este año.

Guardaremos tus datos por si en el futuro abrimos una posición más centrada en Portugal.

Te deseamos mucha suerte,
El equipo de People de Reservalia

Reservalia Hotel Solutions, S.L. · Powered by Recruitee""",
    ),
    # --- 14. Atlantic Assist through Tempo Certo (agency names its client late) --------------
    _tempo_out,
    m(
        "TC-2026-0610-09",
        "2026-06-10 09:12",
        TEMPO,
        "RE: Oportunidade – Coordenador/a de Equipa (Apoio ao Cliente – Viagens), Porto",
        A("interview", AA, AAR, 14, "agency"),
        f"""Olá Tiago,

Muito obrigada pela resposta rápida e pelo CV atualizado.

Como combinado, fica agendada a nossa entrevista telefónica para sexta-feira, 12 de junho, às 11h00. Ligo-lhe para o 912 *** 604. Será uma conversa de cerca de 30 minutos para conhecer melhor o seu percurso e as suas expectativas, e para lhe dar mais detalhes sobre a função.

Até sexta,

{_TEMPO_SIG}

-----Original Message-----
From: Tiago Carvalho Sousa <tiago.carvalho.sousa@gmail.com>
Sent: terça-feira, 9 de junho de 2026 22:47
To: Patrícia Moreira <patricia.moreira@tempocerto-rh.example>
Subject: Re: Oportunidade – Coordenador/a de Equipa (Apoio ao Cliente – Viagens), Porto

Boa noite Patrícia, tenho interesse, sim. Envio em anexo o CV atualizado. Tenho disponibilidade sexta de manhã.
Cumprimentos, Tiago""",
        **re_(_tempo_out["id"], "<CAHtcs0Ry4dA0t=Wq1Ns@mail.gmail.com>"),
    ),
    m(
        "TC-2026-0617-14",
        "2026-06-17 14:03",
        TEMPO,
        "Apresentação da sua candidatura ao cliente",
        A("confirmation", AA, AAR, 14, "agency"),
        f"""Olá Tiago,

Obrigada pela conversa de sexta-feira. Como lhe tinha dito, apresentei hoje a sua candidatura ao cliente, com a sua autorização.

Já posso revelar o nome: trata-se da Atlantic Assist, empresa do grupo Atlantic Mutual que presta assistência em viagem a seguradoras e companhias aéreas em toda a Europa. O centro de operações do Porto (Matosinhos) tem cerca de 300 pessoas e está em crescimento.

O cliente compromete-se a dar feedback até ao final da próxima semana. Dou-lhe notícias logo que as tenha.

Cumprimentos,

{_TEMPO_SIG}""",
        st="interviewing",
    ),
    _aa_inv,
    m(
        "TC-2026-0714-10",
        "2026-07-14 10:26",
        TEMPO,
        "Feedback – processo Atlantic Assist",
        A("rejection", AA, AAR, 14, "agency"),
        f"""Bom dia Tiago,

Como prometido, venho dar-lhe o feedback do cliente.

A Eng.ª Mónica e o Sr. Puig gostaram bastante da sua postura e da sua experiência de gestão de equipas. No entanto, acabaram por optar por um candidato interno, que já conhece as ferramentas e os procedimentos da Atlantic Assist, uma vez que a equipa vai ter de arrancar um novo contrato com uma companhia aérea já em setembro.

Sei que não é a notícia que esperava. O seu perfil fica ativo na nossa base e volto a contactá-lo em próximas oportunidades nesta área — tenho pena de não ter sido desta vez.

Com os melhores cumprimentos,

{_TEMPO_SIG}""",
    ),
    # --- 15. Staylio: LinkedIn, a recruiter, Calendly, a polite no in English ------------------
    m(
        "li.ja.6204",
        "2026-05-25 07:55",
        LI_JOBS,
        "Tiago, a sua candidatura foi enviada para Staylio",
        A("confirmation", ST, STR, 15, "linkedin"),
        html=li_html(
            "A sua candidatura foi enviada para Staylio",
            [
                "<b style='color:#191919'>Customer Success Manager, Southern Europe</b>",
                "Staylio · Portugal (Remoto)",
                "Candidatura enviada em 25 de mai.",
            ],
            "Ver vaga",
            "https://www.linkedin.com/comm/jobs/view/4139020561/?trackingId=pT3%2Bh9zQR6Kq0b%3D%3D&refId=e4a2",
        ),
    ),
    m(
        "stl-hk-0609",
        "2026-06-09 15:21",
        "Hannah Kerr <hannah.kerr@staylio.example>",
        "Staylio – Customer Success Manager, Southern Europe",
        A("interview", ST, STR, 15, "direct", "en"),
        """Hi Tiago,

Thanks for applying to the Customer Success Manager, Southern Europe role at Staylio via LinkedIn! I'm Hannah, I look after recruitment for our Go-To-Market team.

I'd love to set up a 30-minute intro call to learn more about you and tell you a bit more about Staylio and the role. Could you grab a slot that works for you here?

https://calendly.com/hannah-kerr-staylio/intro-call-30

Speak soon,
Hannah

Hannah Kerr | Talent Acquisition Partner
Staylio — guest messaging for independent hotels
London · Barcelona · Remote""",
    ),
    m(
        "cal-evt-0610-9f2",
        "2026-06-10 08:03",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Intro call with Hannah Kerr on Friday, June 12, 2026",
        A("interview", ST, STR, 15, "other", "en"),
        """Hi Tiago Carvalho Sousa,

A new event has been scheduled.

Event Type:
Intro call (30 min)

Invitee:
Tiago Carvalho Sousa
tiago.carvalho.sousa@gmail.com

Event Date/Time:
14:00 - 14:30 (Western European Time), Friday, June 12, 2026

Location:
This is a Google Meet web conference.
Join now: https://meet.google.com/tqc-xnzw-bvu

Questions:
What would you like to discuss? — My move from hotel operations into customer success

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/6e3d0c1f-2b7a-4f21
Reschedule: https://calendly.com/reschedulings/6e3d0c1f-2b7a-4f21

Powered by Calendly.com""",
        ics=ics(
            "6e3d0c1f-2b7a-4f21-9a14-5b0c7e2d8f11@calendly.com",
            "2026-06-12 14:00",
            "Intro call: Hannah Kerr and Tiago Carvalho Sousa",
            ("Hannah Kerr", "hannah.kerr@staylio.example"),
            minutes=30,
            location="https://meet.google.com/tqc-xnzw-bvu",
        ),
    ),
    m(
        "stl-hk-0701",
        "2026-07-01 16:44",
        "Hannah Kerr <hannah.kerr@staylio.example>",
        "Following up",
        A("rejection", ST, STR, 15, "direct", "en"),
        """Hi Tiago,

I hope you've had a good week. Thank you again for taking the time to speak with me and with Marco — you clearly know the hotel world inside out, and Marco really enjoyed hearing how you run a front office.

I wanted to let you know that we've decided to progress with other candidates whose experience is closer to what we need right now, specifically managing a book of SaaS accounts in Italy and Spain.

I know this isn't the news you were hoping for. I'll keep your details on file, and I'd be happy to reach out if something closer to your background opens up.

All the best,
Hannah""",
    ),
    # --- 16. Tripwise: Workable, an assessment, then silence ----------------------------------
    m(
        "wk9Tw2",
        "2026-06-29 12:09",
        f"Tripwise <{WORKABLE}>",
        "Thanks for applying to Tripwise",
        A("confirmation", TW, TWR, 16, "workable", "en"),
        html=workable_html(
            "Tripwise",
            """Hi Tiago,

Thank you for applying for the Customer Success Associate position at Tripwise. We have received your application.

We review every application personally, so it may take us a few days to get back to you.

Kind regards,
Tripwise Talent Team""",
            "tripwise-lda",
            "3AC90E71F2",
        ),
    ),
    m(
        "wk9Tw5",
        "2026-07-02 10:31",
        f"Tripwise <{WORKABLE}>",
        "Tripwise: please complete your assessment",
        A("assessment", TW, TWR, 16, "workable", "en"),
        """Hi Tiago,

As part of your application for Customer Success Associate at Tripwise, we'd like you to complete a short assessment. It includes a few scenario questions about handling traveller complaints and a short written exercise (in English).

It takes around 30 minutes. Please complete it within 5 days.

Take the assessment: https://apply.workable.com/tripwise-lda/assessments/7d0e2f1c9a

Kind regards,
Tripwise Talent Team

Powered by Workable""",
    ),
    # --- 17. Frescura (Frescura – Distribuição Hoteleira, S.A.): Personio, quick no -----------
    m(
        "prs-77f019",
        "2026-05-14 09:06",
        "Frescura – Distribuição Hoteleira, S.A. <noreply@personio.de>",
        "Confirmação de candidatura – Key Account Manager HORECA (Norte)",
        A("confirmation", FR, FRR, 17, "personio"),
        """Olá Tiago,

Obrigado pela sua candidatura para a posição de Key Account Manager HORECA (Norte).

Recebemos o seu CV e vamos analisá-lo nos próximos dias.

Cumprimentos,
Equipa de Pessoas
Frescura – Distribuição Hoteleira, S.A.

https://frescura-dh.jobs.personio.com""",
    ),
    m(
        "prs-77f0a4",
        "2026-05-16 10:31",
        "Frescura – Distribuição Hoteleira, S.A. <noreply@personio.de>",
        "A sua candidatura na Frescura",
        A("rejection", FR, FRR, 17, "personio"),
        """Olá Tiago,

Obrigado pelo interesse em fazer parte da Frescura.

Analisámos a sua candidatura com atenção e, infelizmente, não vamos avançar com ela neste momento: para esta posição procuramos experiência comercial em distribuição alimentar.

Desejamos-lhe o maior sucesso.

Cumprimentos,
Equipa de Pessoas
Frescura – Distribuição Hoteleira, S.A.""",
    ),
    # --- 18. Casa Amora Hostels: Teamtailor, interview, withdrawn after the Hospy offer -------
    m(
        "tt-ca-1c7e",
        "2026-07-06 20:40",
        f"Casa Amora Hostels <{TT_NOREPLY}>",
        "Obrigado pela tua candidatura a Head of Guest Operations 💚",
        A("confirmation", CA, CAR, 18, "teamtailor"),
        """Olá Tiago,

Obrigado por quereres fazer parte da família Casa Amora! Recebemos a tua candidatura para Head of Guest Operations.

Vamos ler tudo com carinho e damos notícias em breve.

Beijinhos e abraços,
Equipa Casa Amora

Casa Amora Hostels · Porto · Lisboa · Coimbra
https://casaamora.teamtailor.com""",
    ),
    m(
        "tt-ca-2f90",
        "2026-07-15 11:02",
        f"Bruno Couto <{TT_CONV}>",
        "Vamos conversar? – Head of Guest Operations",
        A("interview", CA, CAR, 18, "teamtailor"),
        """Olá Tiago!

Sou o Bruno, diretor de operações da Casa Amora. Adorei o teu CV — sobretudo a parte do programa de fidelização que montaste no hotel.

Que tal conversarmos na segunda-feira, 20 de julho, às 15h, no nosso hostel da Rua das Flores? Assim vês a casa a funcionar. Mandei-te o convite.

Abraço,
Bruno""",
        html=tt_html(
            "Casa Amora Hostels",
            """Olá Tiago!

Sou o Bruno, diretor de operações da Casa Amora. Adorei o teu CV — sobretudo a parte do programa de fidelização que montaste no hotel.

Que tal conversarmos na segunda-feira, 20 de julho, às 15h, no nosso hostel da Rua das Flores? Assim vês a casa a funcionar. Mandei-te o convite.

Abraço,
Bruno""",
            "#e4572e",
            "Casa Amora Hostels, Lda. · Rua das Flores 212, 4050-266 Porto",
            "casaamora",
        ),
        ics=ics(
            "tt-meeting-4601553@teamtailor.com",
            "2026-07-20 15:00",
            "Casa Amora | Conversa com Tiago Carvalho Sousa",
            ("Bruno Couto", "bruno@casaamora.example"),
            minutes=60,
            location="Casa Amora Flores, Rua das Flores 212, Porto",
        ),
        reply_to="Bruno Couto <reply+0ab4c51e9d@message.teamtailor.com>",
    ),
    m(
        "tt-ca-3a11",
        "2026-08-04 09:47",
        f"Bruno Couto <{TT_CONV}>",
        "Re: Vamos conversar? – Head of Guest Operations",
        A("confirmation", CA, CAR, 18, "teamtailor"),
        """Olá Tiago,

Obrigado por avisares, e muitos parabéns pelo novo desafio! Tenho pena, mas percebo perfeitamente — o customer success ganhou um bom reforço.

Já retirei a tua candidatura do processo. Quando vieres ao Porto velho, passa cá para um café.

Abraço,
Bruno

----
Tiago Carvalho Sousa escreveu:
> Olá Bruno, queria agradecer-te a conversa de dia 20 e avisar que aceitei
> uma proposta noutra empresa, por isso retiro a minha candidatura. Foi um
> gosto conhecer a equipa. Abraço, Tiago""",
        st="withdrawn",
        reply_to="Bruno Couto <reply+0ab4c51e9d@message.teamtailor.com>",
    ),
    # --- 19. Payvo (Payvo Payments, S.A.): Recruitee in English, rejected ---------------------
    m(
        "rc-ap-9920ee",
        "2026-06-15 13:58",
        "Payvo Payments S.A. <noreply@recruitee.com>",
        "Application received – Customer Success Manager (PT market)",
        A("confirmation", PV, PVR, 19, "recruitee", "en"),
        """Hi Tiago,

Thanks for applying for Customer Success Manager (PT market) at Payvo! We're happy you'd like to help Portuguese merchants get paid faster.

What's next? Our People team reads every application. If we'd like to move forward, we'll invite you to a first call within two weeks.

Cheers,
Payvo People Team

Payvo Payments, S.A. · Avenida da Liberdade 110, Lisboa
Careers: https://payvopayments.recruitee.com""",
    ),
    m(
        "rc-dq-9920ee",
        "2026-06-30 09:14",
        "Payvo Payments S.A. <noreply@recruitee.com>",
        "Your application",
        A("rejection", PV, PVR, 19, "recruitee", "en"),
        """Hi Tiago,

Thank you for your interest in Payvo and for the time you put into your application.

We've now reviewed all applications for this role and, unfortunately, we won't be moving forward with yours. We were looking for experience in payments or fintech, which we felt was key for this particular position.

We appreciate your interest and wish you every success in your search.

Best regards,
Payvo People Team""",
    ),
    # --- 20. Rio Doiro Cruzeiros: LinkedIn, interview cancelled, filled internally ------------
    m(
        "li.ja.5803",
        "2026-05-08 18:16",
        LI_JOBS,
        "Tiago, a sua candidatura foi enviada para Rio Doiro Cruzeiros",
        A("confirmation", RD, RDR, 20, "linkedin"),
        "A sua candidatura foi enviada para Rio Doiro Cruzeiros\n\nCustomer Experience Manager\nRio Doiro Cruzeiros · Vila Nova de Gaia, Porto (Presencial)\nCandidatura enviada em 8 de mai.\n\nVer vaga: https://www.linkedin.com/comm/jobs/view/4118830002/?trackingId=Qm2%2Fj8aL0vF7s%3D%3D\n\n----------------------------------------\nEste e-mail foi enviado para Tiago Carvalho Sousa.\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.",
    ),
    _rd_inv,
    m(
        "DB8PR09MB3398",
        "2026-05-21 18:02",
        "Helena Vaz <helena.vaz@riodoiro.example>",
        "Cancelado: Entrevista | Customer Experience Manager | Tiago Carvalho Sousa",
        A("interview", RD, RDR, 20, "direct"),
        """Caro Tiago,

Pedimos imensa desculpa, mas a Dra. Isabel Correia teve de se deslocar a Lisboa amanhã por motivos inadiáveis, pelo que somos obrigados a cancelar a entrevista. Voltaremos a contactá-lo logo que possível com uma nova data.

Com os melhores cumprimentos,
Helena Vaz""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000605E2B7E9AE6DC01000000000000000010000000D15C0A11",
            "2026-05-22 15:00",
            "Cancelado: Entrevista | Customer Experience Manager | Tiago Carvalho Sousa",
            ("Helena Vaz", "helena.vaz@riodoiro.example"),
            style="outlook",
            method="CANCEL",
            minutes=60,
        ),
        **re_(_rd_inv["id"]),
    ),
    m(
        "DB8PR09MB4021",
        "2026-06-15 17:35",
        "Helena Vaz <helena.vaz@riodoiro.example>",
        "Customer Experience Manager – ponto de situação",
        A("rejection", RD, RDR, 20, "direct"),
        """Caro Tiago,

Em primeiro lugar, as nossas desculpas por não termos conseguido reagendar a entrevista.

Informamos que, entretanto, a Administração decidiu preencher a função de Customer Experience Manager por recrutamento interno, pelo que o processo foi encerrado.

Agradecemos a sua compreensão e o interesse demonstrado na Rio Doiro.

Com os melhores cumprimentos,

Helena Vaz
Recursos Humanos
RIO DOIRO – Cruzeiros Fluviais, S.A.""",
    ),
    # --- 21. Caves Almeida Ferreira: forwarded from the old sapo.pt address -------------------
    m(
        "fwd-caf-0421",
        "2026-04-21 08:33",
        "Tiago Sousa <tiago.sousa@sapo.pt>",
        "Fwd: Candidatura – Visitor Experience Manager",
        A("confirmation", CF, CFR, 21, "direct"),
        """guardar

-------- Mensagem reencaminhada --------
Assunto: Candidatura – Visitor Experience Manager
Data: Seg, 20 Abr 2026 18:12:09 +0100
De: Recursos Humanos – Caves Almeida Ferreira <rh@cavesalmeidaferreira.example>
Para: Tiago Sousa <tiago.sousa@sapo.pt>

Exmo.(a) Candidato(a),

Agradecemos o envio da sua candidatura para a função de Visitor Experience Manager nas nossas Caves, em Vila Nova de Gaia.

Todas as candidaturas serão analisadas com a devida atenção. Apenas os candidatos pré-selecionados serão contactados.

Com os nossos melhores cumprimentos,

Recursos Humanos
CAVES ALMEIDA FERREIRA · Vinhos do Porto desde 1868
Rua Cândido dos Reis, 412 · 4400-071 Vila Nova de Gaia""",
        to="tiago.carvalho.sousa@gmail.com",
    ),
    # --- 22. Portus Cale DMC: an e-mailed application, a short no from a phone ----------------
    _pc_ack,
    m(
        "pcdmc-0609-r",
        "2026-06-09 22:17",
        "Rodrigo Sampaio <rodrigo@portuscale-dmc.example>",
        "Re: Operations Manager – candidatura Tiago Carvalho Sousa",
        A("rejection", PC, PCR, 22, "direct"),
        """Caro Tiago, obrigado pela paciência. Acabámos por fechar a posição com uma pessoa que já trabalhava connosco como freelancer nos incentivos. Fica o seu contacto para a época alta do próximo ano, se se mantiver interessado.
Abraço,
Rodrigo Sampaio
Managing Partner

Enviado do meu iPhone""",
        **re_(_pc_ack["id"]),
    ),
    # --- 23. Quinta do Vale Lameira: an IEFP job offer ---------------------------------------
    m(
        "iefp-cand-588412377",
        "2026-04-29 10:05",
        "IEFP Online <noreply@iefp.pt>",
        "Candidatura a oferta de emprego n.º 588412377",
        A("confirmation", QV, QVR, 23, "other"),
        """Caro(a) Utente,

Informamos que a sua candidatura à oferta de emprego abaixo identificada foi registada com sucesso.

Oferta n.º: 588412377
Profissão: Rececionista de hotel / Gestor(a) de reservas (4221.1)
Entidade: Quinta do Vale Lameira – Turismo Rural, Lda.
Local de trabalho: Mesão Frio
Serviço de Emprego: Serviço de Emprego de Peso da Régua

A sua candidatura será analisada pelo Serviço de Emprego, que poderá encaminhá-lo(a) para a entidade empregadora.

Pode acompanhar o estado das suas candidaturas na área pessoal do portal iefponline, em https://iefponline.iefp.pt

Com os melhores cumprimentos,
Instituto do Emprego e Formação Profissional, I.P.

Esta mensagem foi gerada automaticamente. Por favor não responda.""",
    ),
    m(
        "iefp-enc-588412377",
        "2026-05-06 15:20",
        "IEFP Online <noreply@iefp.pt>",
        "Encaminhamento para oferta de emprego",
        A("viewed", QV, QVR, 23, "other"),
        """Caro(a) Tiago Carvalho Sousa,

Informamos que foi encaminhado(a) para a oferta de emprego n.º 588412377 (Quinta do Vale Lameira – Turismo Rural, Lda.).

A entidade empregadora recebeu os seus dados e poderá contactá-lo(a) diretamente para agendar uma entrevista. Caso seja contactado(a), deverá comparecer na data indicada. O resultado da apresentação será comunicado pela entidade ao Serviço de Emprego.

Instituto do Emprego e Formação Profissional, I.P.
Serviço de Emprego de Peso da Régua""",
    ),
    m(
        "CAqvl2026b",
        "2026-05-27 19:44",
        "Quinta do Vale Lameira <quintavalelameira@gmail.com>",
        "Resposta à sua candidatura",
        A("rejection", QV, QVR, 23, "direct"),
        """Exmo. Sr. Tiago Sousa

Recebemos a sua candidatura através do IEFP e agradecemos o interesse na nossa Quinta.

Infelizmente a vaga exige residência na zona de Mesão Frio / Régua, uma vez que o horário inclui fins de semana e noites com hóspedes, e pela sua morada percebemos que reside no Porto. Por esse motivo não vamos dar seguimento.

Desejamos as maiores felicidades.

Maria do Céu Lameira
Quinta do Vale Lameira – Turismo Rural
Mesão Frio · 254 *** 118""",
    ),
    # === job mail outside the applications =====================================================
    # --- alerts, talent communities, nudges ------------------------------------------------
    m(
        "li.alert.0408",
        "2026-04-08 06:30",
        "Alertas de emprego do LinkedIn <jobalerts-noreply@linkedin.com>",
        "“customer success manager”: 14 novas vagas em Porto",
        J("alert", "linkedin"),
        html="""<html><body style="background:#f3f2ef;font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif">
<table width="512" align="center" style="background:#fff"><tr><td style="padding:20px">
<p style="font-size:18px;font-weight:600">As suas vagas para “customer success manager” em Porto</p>
<p style="color:#666">14 novas vagas correspondem às suas preferências.</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4098811207/?trackingId=a1&amp;refId=alert">Customer Success Manager</a><br>Hospy · Porto (Híbrido)<br><span style="color:#057642">A sua rede: 2 ligações trabalham aqui</span></p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4099002315/?trackingId=a2&amp;refId=alert">Customer Success Specialist</a><br>SGT – Soluções de Gestão Turística · Porto (Híbrido)</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4097655018/?trackingId=a3&amp;refId=alert">Customer Success Manager (Iberia)</a><br>Roteiro · Porto (Híbrido) · Candidatura simplificada</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4096300122/?trackingId=a4&amp;refId=alert">Technical Customer Success Manager</a><br>Critical Path Software · Porto (Presencial)</p>
<p><a href="https://www.linkedin.com/comm/jobs/search/?keywords=customer%20success%20manager&amp;location=Porto&amp;trk=eml-jobs_alert">Ver todas as vagas</a></p>
<p style="font-size:12px;color:#666">Recebe este alerta porque o criou. <a href="https://www.linkedin.com/comm/jobs/alerts">Gerir alertas</a> · <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Anular subscrição</a><br>© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</td></tr></table></body></html>""",
        headers={
            "List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=jobalert>"
        },
    ),
    m(
        "ne-alerta-0415",
        "2026-04-15 07:10",
        "Net-Empregos <alertas@net-empregos.com>",
        "Alerta de Emprego: 9 novas ofertas - Hotelaria / Turismo - Porto",
        J("alert", "other"),
        """Olá Tiago,

Existem 9 novas ofertas de emprego que correspondem ao seu alerta "Hotelaria / Turismo - Porto":

- DIRETOR/A DE ALOJAMENTO (M/F) - Porto - 14-04-2026
- SUBDIRETOR DE HOTEL 4* - Matosinhos - 14-04-2026
- RECECIONISTA BILINGUE (PT/EN) - Porto - 14-04-2026
- GOVERNANTA GERAL - Vila Nova de Gaia - 13-04-2026
- GESTOR DE RESERVAS / REVENUE - Porto - 13-04-2026
- F&B MANAGER - Porto - 13-04-2026
- COORDENADOR DE TURNO - HOSTEL - Porto - 13-04-2026
- GUEST RELATIONS (M/F) - Porto - 12-04-2026
- CHEFE DE RECEÇÃO - Póvoa de Varzim - 12-04-2026

Ver todas: https://www.net-empregos.com/pesquisa-empregos.asp?categoria=18&zona=13

Para cancelar este alerta aceda a https://www.net-empregos.com/alertas.asp

Net-Empregos""",
    ),
    m(
        "sr-tc-0419",
        "2026-04-19 11:25",
        "Tâmega Hotéis Careers <noreply@smartrecruiters.com>",
        "Bem-vindo(a) à Comunidade de Talento Tâmega Hotéis",
        J("alert", "smartrecruiters", "Tâmega Hotéis"),
        """Olá Tiago,

Obrigado por se juntar à Comunidade de Talento da Tâmega Hotéis!

A partir de agora, será o primeiro a saber das novas oportunidades nos nossos 11 hotéis no Norte de Portugal e na Galiza. Quando surgir uma vaga compatível com os seus interesses (Operações, Receção, Guest Experience), enviar-lhe-emos um e-mail.

Pode atualizar as suas preferências a qualquer momento: https://careers.smartrecruiters.com/TamegaHoteis1/talent-community

Até breve,
Equipa de Recrutamento Tâmega Hotéis

Powered by SmartRecruiters · Política de Privacidade""",
    ),
    m(
        "sr-nudge-0502",
        "2026-05-02 18:00",
        "Tâmega Hotéis Careers <noreply@smartrecruiters.com>",
        "Ainda está interessado? Conclua a sua candidatura",
        J(
            "alert",
            "smartrecruiters",
            "Tâmega Hotéis",
            "Diretor(a) de Alojamento – Hotel Amarante Rio",
        ),
        """Olá Tiago,

Reparámos que começou uma candidatura para Diretor(a) de Alojamento – Hotel Amarante Rio mas ainda não a concluiu.

Só faltam alguns passos! Continue de onde parou:
https://jobs.smartrecruiters.com/TamegaHoteis1/744000061227915-diretor-a-de-alojamento-hotel-amarante-rio?resume=true

A sua candidatura incompleta será guardada durante 30 dias.

Equipa de Recrutamento Tâmega Hotéis""",
    ),
    m(
        "sapo-alert-0511",
        "2026-05-11 08:05",
        "SAPO Emprego <noreply@sapo.pt>",
        "Ofertas recomendadas para si",
        J("alert", "other"),
        """Olá Tiago,

Com base no seu perfil e nas suas últimas pesquisas, selecionámos estas ofertas:

» Customer Success Manager – Maia – Empresa de software
» Gestor/a de Cliente – Porto – Telecomunicações
» Responsável de Apoio ao Cliente – Gaia – Retalho
» Account Manager Hotelaria – Porto – Distribuição

Ver ofertas: https://emprego.sapo.pt/ofertas/recomendadas?utm_source=newsletter

Boa sorte na sua procura!
SAPO Emprego

Não quer receber estes emails? https://emprego.sapo.pt/candidato/alertas""",
    ),
    m(
        "ind-alert-0519",
        "2026-05-19 07:44",
        "Indeed <alert@indeed.com>",
        "Customer Success - Porto: 23 novas vagas",
        J("alert", "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<p style="font-size:18px"><b>23 novas vagas</b> para Customer Success em Porto</p>
<p><a href="https://pt.indeed.com/rc/clk?jk=9a1c3f&amp;from=ja">Customer Experience Lead</a><br>Autolis Rent-a-Car · Maia<br><span style="color:#767676">Candidatura fácil</span></p>
<p><a href="https://pt.indeed.com/rc/clk?jk=5d22b0&amp;from=ja">Customer Success Associate</a><br>Tripwise · Lisboa (Remoto)</p>
<p><a href="https://pt.indeed.com/rc/clk?jk=71ee04&amp;from=ja">Técnico/a de Apoio ao Cliente (m/f)</a><br>Empresa de Trabalho Temporário · Porto<br>900 € - 1.100 € por mês</p>
<p><a href="https://pt.indeed.com/jobs?q=Customer+Success&amp;l=Porto&amp;from=ja">Ver todas as vagas</a></p>
<p style="font-size:11px;color:#767676">Recebe este e-mail porque subscreveu alertas de emprego. <a href="https://pt.indeed.com/alert/unsubscribe?from=ja">Cancelar subscrição</a></p>
</div></body></html>""",
    ),
    m(
        "lj-weekly-0526",
        "2026-05-26 09:00",
        "Landing.jobs <hello@landing.jobs>",
        "Jobs picked for you this week 🎯",
        J("alert", "other", lang="en"),
        """Hey Tiago,

Here are this week's jobs that match your profile (Customer Success · Porto / Remote):

→ Customer Success Manager @ Fieldwise — Porto (hybrid) — €30k-38k
→ Customer Onboarding Specialist @ Quaybridge — Remote (PT) — €28k-34k
→ Account Manager (Hospitality) @ Nuvem Labs — Lisboa — €32k-40k
→ Support Team Lead @ Nortebyte — Maia — €26k-32k

See all matches: https://landing.jobs/jobs?utm_source=weekly_matches&utm_medium=email

Happy job hunting!
The Landing.jobs team

Unsubscribe from weekly matches: https://landing.jobs/settings/notifications""",
        headers={"List-Unsubscribe": "<https://landing.jobs/settings/notifications>"},
    ),
    m(
        "ind-nudge-0607",
        "2026-06-07 19:30",
        "Indeed <donotreply@match.indeed.com>",
        "Ainda não terminou a sua candidatura",
        J("alert", "indeed", "Lusoviagens", "Gestor/a de Conta – Agências de Viagens"),
        """Tiago, falta pouco!

Começou a candidatar-se a Gestor/a de Conta – Agências de Viagens na Lusoviagens, mas não terminou.

Continuar candidatura: https://pt.indeed.com/viewjob?jk=c71f09e2&from=applyresume

Indeed""",
    ),
    m(
        "itj-alert-0616",
        "2026-06-16 07:15",
        "ITJobs.pt <alertas@itjobs.pt>",
        '5 novas ofertas para o seu alerta "customer success"',
        J("alert", "other"),
        """Olá Tiago,

Há 5 novas ofertas para o seu alerta "customer success" (Porto, Braga, Remoto):

1. Customer Success Manager – Hospy (Porto) – https://www.itjobs.pt/oferta/779011
2. Onboarding Specialist (PT/ES) – Hospy (Porto) – https://www.itjobs.pt/oferta/779055
3. Customer Success Consultant – Grupo Vórtice (Braga) – https://www.itjobs.pt/oferta/778932
4. Technical Support Engineer – Nortebyte (Maia) – https://www.itjobs.pt/oferta/778870
5. Customer Success Manager – Remote – https://www.itjobs.pt/oferta/778801

Gerir alertas: https://www.itjobs.pt/conta/alertas

ITJobs.pt""",
    ),
    m(
        "li.alert.0702",
        "2026-07-02 12:03",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Roteiro está a contratar: Customer Success Manager (Iberia)",
        J("alert", "linkedin", RT, RTR),
        html=li_html(
            "Uma empresa que segue está a contratar",
            [
                "<b style='color:#191919'>Customer Success Manager (Iberia)</b>",
                "Roteiro · Porto, Portugal (Híbrido)",
                "Publicada há 1 dia · 31 candidatos",
            ],
            "Ver vaga",
            "https://www.linkedin.com/comm/jobs/view/4151220398/?trackingId=Rw0%3D&refId=company_hiring",
        ),
    ),
    m(
        "li.alert.0826",
        "2026-08-26 06:31",
        "Alertas de emprego do LinkedIn <jobalerts-noreply@linkedin.com>",
        "“customer success manager”: 9 novas vagas em Porto",
        J("alert", "linkedin"),
        """As suas vagas para “customer success manager” em Porto

Customer Success Manager – Payvo – Lisboa (Híbrido)
Customer Success Manager, Iberia – Staylio – Portugal (Remoto)
Senior Customer Success Manager – Quaybridge – Porto (Remoto)
Customer Success Lead – Nuvem Labs – Lisboa

Ver todas as vagas: https://www.linkedin.com/comm/jobs/search/?keywords=customer%20success%20manager&location=Porto

Recebe este alerta porque o criou. Gerir alertas: https://www.linkedin.com/comm/jobs/alerts""",
    ),
    m(
        "ind-alert-0917",
        "2026-09-17 07:40",
        "Indeed <alert@indeed.com>",
        "Vagas de Customer Success em Porto",
        J("alert", "indeed"),
        """8 novas vagas para Customer Success em Porto

Customer Success Manager - Fieldwise - Porto
Customer Care Team Leader - Transnorte Expressos - Porto
Gestor de Cliente - Empresa de Software - Maia

Ver todas: https://pt.indeed.com/jobs?q=Customer+Success&l=Porto&from=ja

Cancelar subscrição: https://pt.indeed.com/alert/unsubscribe""",
    ),
    # --- outreach ---------------------------------------------------------------------------
    m(
        "li.inmail.0514",
        "2026-05-14 20:12",
        "Beatriz Lemos via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Hotel General Manager – Madeira (confidencial)",
        J("outreach", "linkedin", None, "Hotel General Manager"),
        """Beatriz Lemos
Partner na Lumen Executive Search

Boa noite Tiago,

Estou a conduzir, em regime de exclusividade, a pesquisa de um(a) Diretor(a)-Geral para um resort 5* de um grupo hoteleiro de referência, no Funchal (220 quartos, abertura prevista após renovação total em março de 2027).

O seu percurso em operações hoteleiras no Porto e a experiência com mercados alemão e espanhol chamaram-me a atenção. O pacote inclui habitação e viatura.

Teria disponibilidade para uma conversa confidencial na próxima semana?

Cumprimentos,
Beatriz

Responder: https://www.linkedin.com/comm/messaging/thread/2-ZmM1Y2Q0/?lipi=inmail

Está a receber e-mails de mensagens InMail. Anular subscrição · © 2026 LinkedIn Ireland Unlimited Company""",
    ),
    m(
        "tlnt-0620-lo",
        "2026-06-20 10:48",
        "Lucía Ortega <lucia.ortega@talentiaiberia.example>",
        "Oportunidad: Customer Success Manager Portugal – SaaS hotelero",
        J("outreach", "agency", "Roomwise", "Customer Success Manager Portugal", "es"),
        """Hola Tiago, ¿qué tal?

Soy Lucía, consultora en Talentia Iberia, una firma de selección especializada en perfiles de tecnología para el sector turístico.

Estoy ayudando a Roomwise, una plataforma de revenue management para hoteles con sede en Valencia, a encontrar a su primer/a Customer Success Manager para Portugal. El puesto es 100 % remoto desde Portugal, con viajes puntuales a Valencia, y buscan a alguien que venga de la operación hotelera y hable portugués y español.

Salario: 35-40 k€ + variable. ¿Te apetece que hablemos 15 minutos esta semana o la que viene?

Un abrazo,
Lucía Ortega
Senior Consultant · Talentia Iberia
+34 611 402 778""",
    ),
    m(
        "CAF2pj1Ss",
        "2026-06-15 09:30",
        "Sara Pinheiro <sara.pinheiro@hospy.example>",
        "a vaga de que te falei",
        J("outreach", "direct", HP, HP2),
        """Olá Tiago!

Como prometido: a vaga de Onboarding Specialist (PT/ES) já está publicada, aqui: https://hcs.teamtailor.com/jobs/6021944-onboarding-specialist-pt-es

Candidata-te por lá, para ficar tudo registado, e eu trato de passar o teu perfil ao Tomás logo que chegue.

Beijinhos,
Sara""",
    ),
    m(
        "li.msg.0818",
        "2026-08-18 14:02",
        "Daniel O'Connor via LinkedIn <messages-noreply@linkedin.com>",
        "Daniel sent you a message",
        J("outreach", "linkedin", "Quaybridge", "Customer Success Lead", "en"),
        """Daniel O'Connor
Senior Recruiter at Quaybridge

Hi Tiago — I came across your profile and noticed you're moving into customer success from hospitality. We're hiring a Customer Success Lead to look after our hotel and serviced-apartment clients in Portugal and Spain (remote, €45-55k). Would you be open to a quick chat?

View message: https://www.linkedin.com/comm/messaging/thread/2-YjA5ZDk4/?lipi=msg

You are receiving Messages notification emails. Unsubscribe · © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
    ),
    m(
        "lj-int-0908",
        "2026-09-08 16:20",
        "Landing.jobs <no-reply@landing.jobs>",
        "Nuvem Labs wants to talk to you! 🙌",
        J("outreach", "other", "Nuvem Labs", "Account Manager (Hospitality)", "en"),
        """Hey Tiago,

Great news: Nuvem Labs saw your profile on Landing.jobs and would like to invite you to apply for Account Manager (Hospitality) — Lisboa / hybrid — €32k-40k.

"Hi Tiago, your background in hotel operations is exactly what we're looking for. Would you like to chat?" — Marta, Talent @ Nuvem Labs

Accept or decline the invitation: https://landing.jobs/dashboard/invitations/91023

The Landing.jobs team""",
    ),
    # --- other job mail: codes, IEFP, a survey, an auto-reply, onboarding ---------------------
    m(
        "iefp-cod-0410",
        "2026-04-10 22:14",
        "IEFP Online <noreply@iefp.pt>",
        "iefponline – código de ativação da conta",
        J("other_job", "other"),
        """Caro(a) utilizador(a),

Para concluir o registo no portal iefponline, utilize o seguinte código de ativação:

    482915

Este código é válido durante 30 minutos. Se não efetuou este pedido, ignore esta mensagem.

Instituto do Emprego e Formação Profissional, I.P.""",
    ),
    m(
        "iefp-conv-0504",
        "2026-05-04 11:30",
        "IEFP – Serviço de Emprego do Porto <se.porto@iefp.pt>",
        "Convocatória – Sessão de informação para candidatos a emprego",
        J("other_job", "other"),
        """Exmo.(a) Senhor(a) Tiago Carvalho Sousa,

Na qualidade de candidato(a) a emprego inscrito(a) neste Serviço, fica V. Exa. convocado(a) para comparecer numa sessão coletiva de informação sobre medidas de apoio ao emprego e à formação profissional:

Data: 14 de maio de 2026
Hora: 09h30
Local: Serviço de Emprego do Porto – Rua Álvares Cabral, 1.º piso, sala 3

Uma vez que se encontra inscrito(a) na situação de "empregado(a)", a sua presença é facultativa. Caso pretenda comparecer, deverá fazer-se acompanhar do Cartão de Cidadão.

Com os melhores cumprimentos,
O Diretor do Serviço de Emprego do Porto""",
    ),
    m(
        "tt-nps-0609",
        "2026-06-09 10:00",
        f"Hospitality Cloud Systems <{TT_NOREPLY}>",
        "Como foi a tua experiência connosco?",
        J("other_job", "teamtailor", HP, HP1),
        """Olá Tiago,

Participaste recentemente no nosso processo de recrutamento para Customer Success Manager – Hospitality. Queremos melhorar a experiência de quem se candidata à Hospy e a tua opinião ajuda-nos muito.

Numa escala de 0 a 10, qual a probabilidade de recomendares a Hospy a um amigo como empresa onde se candidatar?

0 1 2 3 4 5 6 7 8 9 10
https://hcs.teamtailor.com/survey/nps/5c1a9e?score=

A resposta é anónima e demora menos de um minuto.

Obrigado!
Equipa de Talent da Hospy""",
    ),
    m(
        "CAGmx80ar",
        "2026-08-06 08:01",
        "Miguel Antunes <miguel@roteiro-travel.example>",
        "Resposta automática: Re: Conversa sobre a vaga de CSM",
        J("other_job", "direct", RT),
        """Olá! Estou de férias até 24 de agosto, com acesso muito limitado ao e-mail.

Para assuntos urgentes de clientes, fala com a Joana (joana@roteiro-travel.example). Para recrutamento, com a Inês (ines@roteiro-travel.example).

Obrigado,
Miguel
Roteiro""",
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    ),
    m(
        "prs-onb-0914",
        "2026-09-14 10:12",
        "Personio <noreply@personio.de>",
        "You've been invited to join Hospitality Cloud Systems on Personio",
        J("other_job", "personio", HP, HP2, "en"),
        """Hi Tiago,

Pedro Amaral has invited you to join Hospitality Cloud Systems, S.A. on Personio, the HR software your new employer uses.

Before your first day, please log in and complete your onboarding:
• Personal data (NIF, NISS, IBAN)
• Upload your Cartão de Cidadão
• Emergency contact
• Read and sign the Code of Conduct

Accept invitation: https://hcs.personio.de/invitation/accept?token=8f0d3c1b7a

This invitation link expires in 14 days.

Personio SE & Co. KG · Seidlstraße 3, 80335 München, Germany""",
    ),
    m(
        "hcs-ppl-0928",
        "2026-09-28 16:45",
        "People Team Hospy <people@hospy.example>",
        "O teu primeiro dia na Hospy — quinta, 1 de outubro ☀️",
        J("other_job", "direct", HP, HP2),
        """Olá Tiago!

Faltam 3 dias! Aqui fica tudo o que precisas para o teu primeiro dia:

🕘 09h30 – Pequeno-almoço de boas-vindas no 3.º piso (Rua do Heroísmo 211). Pergunta pela Rita na receção.
💻 10h30 – Entrega do portátil e configuração de contas com o IT.
🤝 12h00 – Almoço com o Tomás e a equipa de Onboarding.
📚 14h30 – Hospy 101: produto e clientes.

Vais receber o convite para o pequeno-almoço na tua agenda. Traz o Cartão de Cidadão e a tua melhor disposição.

Até quinta!
Rita, pela equipa de People""",
        ics=ics(
            "welcome-breakfast-20261001-tcs@google.com",
            "2026-10-01 09:30",
            "Pequeno-almoço de boas-vindas – Tiago Carvalho Sousa",
            ("Rita Queirós", "rita.queiros@hospy.example"),
            minutes=60,
            location="Hospy, Rua do Heroísmo 211, 3.º piso",
        ),
    ),
]
