# ruff: noqa: E501
"""Corpus 40, job mail from abroad and in other languages, and more Brazilian applications (17-27)."""

from __future__ import annotations

from typing import Any

from heldout40_jobs import m

APPS = {
    17: ("Nordwell Nutrition", "Food Safety Specialist"),
    18: ("Frescos do Tejo", "Técnica de Segurança Alimentar"),
    19: ("Cantinas Lusas", "Nutricionista"),
    20: ("Agrícola Los Maitenes", "Analista de Inocuidad Alimentaria"),
    21: ("Nutrisur Chile", "Nutricionista de Producto"),
    22: ("Plateful Health", "Clinical Nutrition Content Specialist"),
    23: ("Grupo Mandacaru Refeições", "Nutricionista de Produção"),
    24: ("Análise Certa Laboratório", "Analista de Microbiologia de Alimentos"),
    25: ("Clínica Vida Leve", "Nutricionista Clínica"),
    26: ("Doce Pernambuco", "Analista de Qualidade"),
    27: ("Hotel Maré Alta", "Nutricionista de UAN"),
}


def T(cat: str, app: int, src: str, lang: str = "pt") -> tuple[Any, ...]:
    company, role = APPS[app]
    return (cat, company, role, app, src, lang)


# --- 17: Nordwell Nutrition (SuccessFactors), São Paulo, English ------------------------------

_nw1 = m(
    "nw17a",
    "2025-09-26 15:03:00 +0200",
    "Nordwell Careers <noreply@successfactors.eu>",
    "Nordwell Nutrition: Thank you for your application",
    T("confirmation", 17, "other", "en"),
    """Dear Thaís,

Thank you for your interest in Nordwell Nutrition and for applying to the position of
Food Safety Specialist - São Paulo (Req ID 41277).

We have successfully received your application. Our recruiting team will carefully review your
profile against the requirements of the role. Should your qualifications match our needs, we will
contact you to discuss next steps.

You can review the status of your application at any time in our career portal.

Kind regards,
Talent Acquisition Team
Nordwell Nutrition

This is an automatically generated e-mail. Please do not reply.""",
)

_nw2 = m(
    "nw17b",
    "2025-10-09 11:30:00 -0300",
    "Mariana Kowalski <mariana.kowalski@nordwell-nutrition.com>",
    "Nordwell | Interview invitation - Food Safety Specialist",
    T("interview", 17, "direct", "en"),
    """Hi Thaís,

Thanks for your time on the phone yesterday. As discussed, I'd like to invite you to a panel
interview with Guilherme Haddad (Quality Manager, Latin America) and me. The interview will be in
English, with a short technical part in Portuguese. Please find the Teams invitation attached.

Best regards,
Mariana Kowalski
Talent Acquisition Partner LATAM | Nordwell Nutrition
Av. Dr. Chucri Zaidan, 1240 - São Paulo""",
    ics={
        "style": "outlook",
        "uid": "040000008200E00074C5B7101A82E008000000001F77C2",
        "start": "2025-10-15 14:00:00 -0300",
        "minutes": 60,
        "organizer": ("Mariana Kowalski", "mariana.kowalski@nordwell-nutrition.com"),
        "attendees": [("Guilherme Haddad", "guilherme.haddad@nordwell-nutrition.com")],
        "summary": "Interview: Food Safety Specialist - Thaís Albuquerque Nogueira",
        "location": "Microsoft Teams Meeting",
    },
)

_nw3 = m(
    "nw17c",
    "2025-11-04 13:55:00 +0100",
    "Nordwell Careers <noreply@successfactors.eu>",
    "Your application for Food Safety Specialist - São Paulo",
    T("rejection", 17, "other", "en"),
    """Dear Thaís,

Thank you for taking the time to meet with our team and for the interest you have shown in
Nordwell Nutrition.

We were impressed by your background in HACCP and clinical nutrition, and the decision was not an
easy one. However, we have decided to move forward with a candidate whose experience more closely
matches the current needs of the role.

We will keep your details on file and encourage you to apply for future openings.

With best wishes,
Talent Acquisition Team
Nordwell Nutrition""",
)

# --- 18: Frescos do Tejo (Teamtailor), Lisbon, European Portuguese ----------------------------

_ft1 = m(
    "ft18a",
    "2025-10-01 18:44:00 +0100",
    "Frescos do Tejo <no-reply@teamtailor.com>",
    "Candidatura recebida – Técnica/o de Segurança Alimentar",
    T("confirmation", 18, "teamtailor"),
    """Olá Thaís,

Obrigado pela tua candidatura à função de Técnico/a de Segurança Alimentar (HACCP) na Frescos do
Tejo, em Loures.

A nossa equipa de Pessoas vai analisar o teu perfil com atenção e entraremos em contacto contigo
nas próximas semanas, seja qual for o resultado.

Até breve!
Equipa de Recrutamento
Frescos do Tejo, S.A.""",
)

_ft2 = m(
    "ft18b",
    "2025-10-14 10:20:00 +0100",
    "Inês Sobral <ines.sobral@frescosdotejo.pt>",
    "Entrevista por videochamada – Frescos do Tejo",
    T("interview", 18, "direct"),
    """Cara Thaís,

Gostaríamos de a convidar para uma entrevista por videochamada, no âmbito da sua candidatura à
função de Técnica de Segurança Alimentar.

Proposta: dia 21 de outubro, às 15h00 (hora de Lisboa), 11h00 no Recife, pela Zoom.
Caso o horário não lhe seja conveniente, indique-nos por favor duas alternativas.

Com os melhores cumprimentos,
Inês Sobral
Recursos Humanos | Frescos do Tejo, S.A.
Zona Industrial da Bobadela, Lote 12 · 2695-066 Loures""",
)

_ft3 = m(
    "ft18c",
    "2025-11-05 09:07:00 +0000",
    "Inês Sobral <ines.sobral@frescosdotejo.pt>",
    "Processo de recrutamento – Técnica de Segurança Alimentar",
    T("rejection", 18, "direct"),
    """Cara Thaís,

Agradecemos a disponibilidade e o interesse demonstrado durante o processo de recrutamento.

Após uma análise cuidada, informamos que optámos por avançar com outra candidatura, sobretudo pela
necessidade de início imediato e de residência em Portugal, condições que neste momento não
conseguimos flexibilizar.

Desejamos-lhe as maiores felicidades profissionais.

Com os melhores cumprimentos,
Inês Sobral""",
)

# --- 19: Cantinas Lusas, Lisbon, own careers site; ghosted ------------------------------------

_cl1 = m(
    "cl19a",
    "2025-10-03 12:02:00 +0100",
    "Recrutamento Cantinas Lusas <recrutamento@cantinaslusas.pt>",
    "Confirmação de receção de candidatura",
    T("confirmation", 19, "direct"),
    """Exma. Sra. Thaís Albuquerque Nogueira,

Acusamos a receção da sua candidatura à oferta de emprego "Nutricionista - Restauração Coletiva
(Grande Lisboa)", ref.ª CL-NUT-2509.

Informamos que, caso o seu perfil seja selecionado, será contactada pelos nossos serviços. Os seus
dados serão tratados nos termos do RGPD e conservados por um período de 12 meses.

Melhores cumprimentos,
Departamento de Recursos Humanos
Cantinas Lusas - Restauração Coletiva, Lda.""",
)

# --- 20: Agrícola Los Maitenes, Santiago, Trabajando.com then HR ------------------------------

_lm1 = m(
    "lm20a",
    "2025-10-08 22:30:00 -0300",
    "Trabajando.com <notificaciones@trabajando.com>",
    "Postulación exitosa: Analista de Inocuidad Alimentaria",
    T("confirmation", 20, "other", "es"),
    """¡Hola Thaís!

Tu postulación al cargo Analista de Inocuidad Alimentaria en Agrícola Los Maitenes S.A.
(Región Metropolitana, Buin) fue enviada con éxito.

Recuerda mantener tu CV actualizado. Puedes revisar el estado de tus postulaciones en
https://www.trabajando.cl/mis-postulaciones

Equipo Trabajando.com""",
)

_lm2 = m(
    "lm20b",
    "2025-10-20 09:15:00 -0300",
    "Constanza Muñoz <cmunoz@losmaitenes.cl>",
    "Entrevista - cargo Analista de Inocuidad",
    T("interview", 20, "direct", "es"),
    """Estimada Thaís, junto con saludar,

Te escribo de parte del área de Personas de Agrícola Los Maitenes. Revisamos tu postulación y nos
gustaría agendar una entrevista por Teams con nuestro Jefe de Calidad, don Patricio Vergara.

¿Te acomoda el jueves 23 a las 10:00 hrs de Chile? Quedo atenta a tu confirmación, y si necesitas
otro horario, avísame no más.

Saludos cordiales,
Constanza Muñoz Reyes
Analista de Personas
Agrícola Los Maitenes S.A. · Camino Padre Hurtado 4120, Buin""",
)

_lm3 = m(
    "lm20c",
    "2025-11-12 16:40:00 -0300",
    "Constanza Muñoz <cmunoz@losmaitenes.cl>",
    "Resultado proceso de selección",
    T("rejection", 20, "direct", "es"),
    """Estimada Thaís:

Agradecemos sinceramente tu interés y el tiempo dedicado a nuestro proceso. Fue muy grato
conocerte y destacamos tu preparación técnica.

Sin embargo, te informamos que hemos decidido continuar con otros postulantes cuyo perfil se ajusta
de mejor manera a los requerimientos actuales del cargo, en particular la experiencia con normativa
SAG y exportación de fruta fresca.

Te deseamos mucho éxito.

Saludos cordiales,
Constanza Muñoz R.
Área de Personas""",
)

# --- 21: Nutrisur Chile via Greenhouse, Spanish ------------------------------------------------

_ns1 = m(
    "ns21a",
    "2025-11-20 13:13:00 -0300",
    "Nutrisur Chile <no-reply@us.greenhouse-mail.io>",
    "Gracias por postular a Nutrisur",
    T("confirmation", 21, "greenhouse", "es"),
    """Hola Thaís,

¡Gracias por tu interés en Nutrisur! Recibimos tu postulación para Nutricionista de Producto
(Santiago, híbrido).

Nuestro equipo revisará tu perfil y, si hay match, te contactaremos para coordinar una primera
conversación.

Un abrazo,
Equipo de Talento Nutrisur Chile SpA""",
)

_ns2 = m(
    "ns21b",
    "2025-12-16 11:00:00 -0300",
    "Nutrisur Chile <no-reply@us.greenhouse-mail.io>",
    "Actualización de tu postulación en Nutrisur",
    T("rejection", 21, "greenhouse", "es"),
    """Hola Thaís,

Muchas gracias por postular a Nutricionista de Producto. Después de revisar todas las
postulaciones, lamentamos contarte que no seguiremos adelante con la tuya en esta oportunidad.

Nos encantaría que sigas atenta a nuestras próximas vacantes.

Saludos,
Equipo de Talento Nutrisur""",
)

# --- 22: Plateful Health via Lever, English, remote; praise before no -------------------------

_pf1 = m(
    "pf22a",
    "2025-09-29 10:05:00 -0700",
    "Plateful Health <no-reply@hire.lever.co>",
    "Thanks for applying to Plateful Health",
    T("confirmation", 22, "lever", "en"),
    """Hi Thaís,

Thanks for applying for the Clinical Nutrition Content Specialist (Remote - LATAM) role at
Plateful Health! We've received your application and our team is reviewing it.

We're a small team, so it may take us a couple of weeks to get back to you, but we will get back
to you either way.

Cheers,
The Plateful Health team""",
)

_pf2 = m(
    "pf22b",
    "2025-10-16 14:22:00 -0700",
    "Jenna Whitfield <jenna@platefulhealth.com>",
    "Re: Clinical Nutrition Content Specialist",
    T("rejection", 22, "lever", "en"),
    """Hi Thaís,

Thank you so much for your application and for the thoughtful note about culturally adapted meal
plans — it genuinely stood out, and a couple of us on the team shared it around.

This was a tough decision. We ended up moving forward with candidates who have US-licensed RD
credentials, which our clinical partners require for this role right now. I'm sorry this isn't
better news.

I hope our paths cross again.

Warmly,
Jenna Whitfield
Head of Clinical Content, Plateful Health

Sent via Lever""",
)

# --- 23: Grupo Mandacaru Refeições via Sólides; profile test, then nothing --------------------

_gm1 = m(
    "gm23a",
    "2025-09-10 11:48:00 -0300",
    "Sólides Vagas <naoresponda@solides.com.br>",
    "Você se candidatou para Nutricionista de Produção",
    T("confirmation", 23, "other"),
    """Olá Thaís!

Parabéns, sua candidatura foi realizada para a vaga Nutricionista de Produção no
Grupo Mandacaru Refeições Coletivas (Cabo de Santo Agostinho - PE).

Acompanhe: https://vagas.solides.com.br/minhas-candidaturas

Equipe Sólides""",
)

_gm2 = m(
    "gm23b",
    "2025-09-12 09:30:00 -0300",
    "Grupo Mandacaru Refeições <naoresponda@solides.com.br>",
    "Responda o Teste de Perfil Comportamental - Grupo Mandacaru",
    T("assessment", 23, "other"),
    """Olá, Thaís!

O Grupo Mandacaru Refeições Coletivas convidou você a responder o Teste de Perfil Comportamental
(Profiler) como parte do processo seletivo da vaga Nutricionista de Produção.

O teste é rápido (cerca de 10 minutos). Escolha um momento tranquilo para responder.

Responder agora: https://profiler.solides.com.br/t/K2nV8

Atenciosamente,
Equipe Sólides""",
)

# --- 24: Análise Certa Laboratório via Gupy; interview booked, then withdrawal ------------------

_ac1 = m(
    "ac24a",
    "2025-11-17 20:20:00 -0300",
    "Análise Certa Laboratório <no-reply@gupy.io>",
    "Candidatura concluída - Analista de Microbiologia de Alimentos",
    T("confirmation", 24, "other"),
    """Olá, Thaís!

Sua candidatura para Analista de Microbiologia de Alimentos foi concluída. Nosso time de RH vai
analisar as informações e você será avisada por aqui sobre os próximos passos.

Análise Certa - Laboratório de Análises de Alimentos e Água
Recife - PE""",
)

_ac2 = m(
    "ac24b",
    "2025-11-24 10:40:00 -0300",
    "Análise Certa Laboratório <no-reply@gupy.io>",
    "Agende sua entrevista - Análise Certa",
    T("interview", 24, "other"),
    """Oi Thaís!

Você avançou para a etapa de Entrevista com o RH e a Gestora Técnica da vaga Analista de
Microbiologia de Alimentos.

Escolha um horário disponível na agenda:
https://analisecerta.gupy.io/candidates/schedule/77129

Horários entre 01/12 e 05/12. A entrevista será online.

Equipe Análise Certa""",
)

_ac3 = m(
    "ac24c",
    "2025-11-28 15:00:00 -0300",
    "Bruna Siqueira <bruna.siqueira@analisecerta.com.br>",
    "Re: Desistência - entrevista Analista de Microbiologia",
    T("confirmation", 24, "direct"),
    """Olá Thaís,

Que notícia boa, parabéns pela nova fase! Já cancelei a entrevista de terça e registrei sua
desistência no processo.

Muito sucesso na Nutrilar!

Bruna Siqueira
RH | Análise Certa

Em 27/11/2025 21:03, Thaís Albuquerque Nogueira escreveu:
> Boa noite Bruna! Gostaria de agradecer o convite para a entrevista, mas aceitei uma proposta
> e por isso vou retirar minha candidatura. Obrigada pela atenção!""",
    st="withdrawn",
)

# --- 25: Clínica Vida Leve, direct; interview, rejection with neutral subject ---------------

_vl1 = m(
    "vl25a",
    "2025-09-18 12:25:00 -0300",
    "Clínica Vida Leve <contato@clinicavidaleve.com.br>",
    "Currículo - Nutricionista",
    T("confirmation", 25, "direct"),
    """Olá Thaís, recebemos seu currículo, obrigada!

A Dra. Heloísa vai olhar com calma essa semana e, se for o caso, entramos em contato para marcar
uma conversa.

Atenciosamente,
Recepção - Clínica Vida Leve
Av. Conselheiro Aguiar, 2738, sala 504 - Boa Viagem""",
)

_vl2 = m(
    "vl25b",
    "2025-09-25 18:02:00 -0300",
    "Heloísa Brandão <dra.heloisa@clinicavidaleve.com.br>",
    "Conversa sexta?",
    T("interview", 25, "direct"),
    """Thaís, boa tarde.

Gostei do seu currículo, principalmente da experiência com nutrição comportamental. Podemos
conversar na sexta, 03/10, às 11h aqui na clínica? Vou te mostrar como funciona o atendimento.

Heloísa Brandão
Nutricionista CRN-6 4421 | Clínica Vida Leve""",
)

_vl3 = m(
    "vl25c",
    "2025-10-13 08:30:00 -0300",
    "Heloísa Brandão <dra.heloisa@clinicavidaleve.com.br>",
    "Sobre nossa conversa",
    T("rejection", 25, "direct"),
    """Bom dia, Thaís.

Foi um prazer te receber aqui. Pensei bastante e decidi, por enquanto, ficar com uma colega que já
atende pacientes bariátricos, que é a maior demanda da clínica hoje. Não foi fácil, viu?

Se abrir outra agenda no ano que vem, lembro de você.

Um abraço,
Heloísa""",
)

# --- 26: Doce Pernambuco via Catho; ghosted ------------------------------------------------------

_dp1 = m(
    "dp26a",
    "2025-12-08 21:10:00 -0300",
    "Catho <noreply@catho.com.br>",
    "Currículo enviado com sucesso!",
    T("confirmation", 26, "other"),
    """Thaís, seu currículo foi enviado!

Analista de Qualidade
Doce Pernambuco Indústria de Confeitos Ltda
Paulista - PE

Boa sorte! Fique atenta ao seu e-mail e telefone.

Catho - Encontre o emprego certo pra você""",
)

# --- 27: Hotel Maré Alta via InfoJobs ----------------------------------------------------------

_ma1 = m(
    "ma27a",
    "2025-10-27 09:51:00 -0300",
    "InfoJobs <noreply@infojobs.com.br>",
    "Você se inscreveu na vaga Nutricionista de UAN",
    T("confirmation", 27, "other"),
    """Olá Thaís,

Sua inscrição na vaga "Nutricionista de UAN" da empresa Hotel Maré Alta Resort (Ipojuca - PE)
foi realizada com sucesso.

Acompanhe a situação do seu currículo em "Minhas inscrições": https://www.infojobs.com.br/candidate/

Equipe InfoJobs""",
)

_ma2 = m(
    "ma27b",
    "2025-11-03 10:02:00 -0300",
    "InfoJobs <noreply@infojobs.com.br>",
    "Atualização no processo: Nutricionista de UAN",
    T("viewed", 27, "other"),
    """Olá Thaís,

Seu currículo para a vaga "Nutricionista de UAN" - Hotel Maré Alta Resort mudou de situação:

Situação atual: Em processo de seleção

Acompanhe em https://www.infojobs.com.br/candidate/

Equipe InfoJobs""",
)

_ma3 = m(
    "ma27c",
    "2025-11-26 10:02:00 -0300",
    "InfoJobs <noreply@infojobs.com.br>",
    "Atualização no processo: Nutricionista de UAN",
    T("rejection", 27, "other"),
    """Olá Thaís,

Seu currículo para a vaga "Nutricionista de UAN" - Hotel Maré Alta Resort mudou de situação:

Situação atual: Processo encerrado - não selecionado

Não desanime! Há muitas vagas esperando por você: https://www.infojobs.com.br/vagas-de-emprego-nutricionista

Equipe InfoJobs""",
)

# --- alerts, outreach and other job mail from abroad ------------------------------------------

_misc = [
    m(
        "ia01",
        "2025-09-20 08:00:00 +0100",
        "Net-Empregos <alertas@net-empregos.com>",
        "Novas ofertas de emprego: Nutricionista (Lisboa)",
        ("alert", None, None, None, "other", "pt"),
        """Olá,

Existem 5 novas ofertas de emprego que correspondem ao seu alerta "Nutricionista - Lisboa":

- Nutricionista - Restauração Coletiva - Cantinas Lusas - Lisboa
- Técnico/a de Qualidade Alimentar - Loures
- Nutricionista para Lar de Idosos - Oeiras

Ver ofertas: https://www.net-empregos.com/pesquisa-empregos.asp?categoria=0&zona=14

Para anular o alerta clique aqui.""",
    ),
    m(
        "ia02",
        "2025-10-30 07:30:00 -0300",
        "Laborum <alertas@laborum.cl>",
        "Nuevos avisos para ti: inocuidad alimentaria",
        ("alert", None, None, None, "other", "es"),
        """Hola Thaís, estos avisos coinciden con tu búsqueda:

• Jefe/a de Aseguramiento de Calidad - Empresa agroindustrial - Rancagua
• Analista de Calidad e Inocuidad - Planta de alimentos - Quilicura
• Nutricionista Servicio de Alimentación - Santiago Centro

https://www.laborum.cl/empleos-busqueda-inocuidad.html

Puedes dejar de recibir estos correos desde tu cuenta.""",
    ),
    m(
        "ia03",
        "2025-11-14 09:12:00 -0800",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Plateful Health is hiring: Nutrition Operations Associate",
        ("alert", "Plateful Health", "Nutrition Operations Associate", None, "linkedin", "en"),
        """Plateful Health, a company you follow, posted a new job:

Nutrition Operations Associate
Remote · Latin America

See job: https://www.linkedin.com/jobs/view/4120088712/

Unsubscribe · Help""",
    ),
    m(
        "ia04",
        "2025-10-22 12:00:00 +0100",
        "Nordwell Talent Community <talent@nordwell-nutrition.com>",
        "Welcome to the Nordwell Talent Community",
        ("alert", "Nordwell Nutrition", None, None, "other", "en"),
        html="""<html><body style="font-family:Arial">
<h2>Welcome, Thaís!</h2>
<p>Thanks for joining the Nordwell Nutrition Talent Community. You'll be the first to hear about
roles in Quality, Regulatory and R&amp;D that match your interests, plus stories from our teams
around the world.</p>
<p><a href="https://careers.nordwell-nutrition.com/talentcommunity/profile">Update your preferences</a></p>
<p style="font-size:11px">Nordwell Nutrition AG · You can unsubscribe at any time.</p>
</body></html>""",
    ),
    m(
        "ia05",
        "2025-10-10 12:47:00 -0300",
        "Mariana Kowalski <mariana.kowalski@nordwell-nutrition.com>",
        "Automatic reply: Nordwell | Interview invitation - Food Safety Specialist",
        ("other_job", "Nordwell Nutrition", "Food Safety Specialist", None, "direct", "en"),
        """Thank you for your message. I am out of the office until Monday, 13 October, with limited
access to e-mail. For urgent matters, please contact talent.latam@nordwell-nutrition.com.

Obrigada pela mensagem! Estou fora do escritório até segunda, 13/10.

Mariana""",
    ),
    m(
        "ia06",
        "2025-10-25 17:30:00 -0700",
        "Plateful Health <no-reply@hire.lever.co>",
        "How was your candidate experience with Plateful Health?",
        ("other_job", "Plateful Health", None, None, "lever", "en"),
        """Hi Thaís,

We're always trying to improve how we hire. Would you take 2 minutes to tell us about your
experience applying to Plateful Health? Your answers are anonymous.

Take the survey: https://jobs.lever.co/platefulhealth/survey/3c0e

Thanks!""",
    ),
    m(
        "ia07",
        "2026-01-19 10:25:00 +0000",
        "Rui Tavares <rui.tavares@hrlink-portugal.pt>",
        "Quality & Food Safety role - Lisbon (relocation support)",
        ("outreach", None, "Quality & Food Safety Lead", None, "agency", "en"),
        """Hi Thaís,

I hope this finds you well. I'm a recruiter at HR Link Portugal, and I'm working on a Quality &
Food Safety Lead position for a fast-growing plant-based food producer near Lisbon. They are open
to relocation from Brazil and would support the visa process.

Your mix of clinical nutrition and HACCP / FSSC experience caught my eye. Would you be open to a
short call next week? Happy to share more details, including the client's name, once we speak.

Best,
Rui Tavares
Senior Consultant | HR Link Portugal
+351 912 448 071""",
    ),
    m(
        "ia08",
        "2026-02-03 16:05:00 -0300",
        "Valentina Rojas <valentina.rojas@talentandes.cl>",
        "Oportunidad: Jefa de Calidad - industria alimentaria (Santiago)",
        ("outreach", None, "Jefa de Calidad", None, "agency", "es"),
        """Hola Thaís, ¿cómo estás?

Soy Valentina, de Talent Andes. Estamos buscando una Jefa de Calidad para una empresa líder del
rubro alimentos en Santiago (planta en Pudahuel). Vi tu perfil y tu postulación anterior en el
sector agro, y creo que podrías calzar muy bien.

¿Tendrías 20 minutos esta semana para conversar por Meet?

Saludos,
Valentina Rojas
Consultora Senior · Talent Andes""",
    ),
]

MAIL = [
    _nw1, _nw2, _nw3,
    _ft1, _ft2, _ft3,
    _cl1,
    _lm1, _lm2, _lm3,
    _ns1, _ns2,
    _pf1, _pf2,
    _gm1, _gm2,
    _ac1, _ac2, _ac3,
    _vl1, _vl2, _vl3,
    _dp1,
    _ma1, _ma2, _ma3,
    *_misc,
]  # fmt: skip
