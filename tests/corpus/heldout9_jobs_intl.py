"""Job mail of the ninth held-out corpus in Portuguese, Spanish and French, with remote roles
in Brazil, Portugal, Spain and France (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

BRT, WET, WEST, CET, CEST = "-0300", "+0000", "+0100", "+0100", "+0200"

NC = "Nuvem Clara"
AOP = "Analista de Operações de Produto"
PP = "Paloma Pay"

MAIL: list[dict[str, Any]] = [
    # 21 Paloma Pay (Lisbon), Teamtailor in European Portuguese: confirmation, interview, rejection
    m(
        "9201",
        "2025-02-13 18:20",
        "Paloma Pay <no-reply@teamtailor.com>",
        "Obrigado pela tua candidatura, Priya!",
        ("confirmation", PP, "Product Operations Specialist (Remote)", 21, "teamtailor", "pt"),
        text="""Olá Priya,

Obrigado pela tua candidatura à vaga de Product Operations Specialist (Remote) na Paloma Pay!

A nossa equipa vai analisar o teu perfil com atenção e entraremos em contacto contigo nas
próximas duas semanas, seja qual for o resultado.

Entretanto, podes conhecer melhor a nossa cultura em palomapay.pt/carreiras.

Um abraço,
Equipa de Talento da Paloma Pay
""",
        tz=WET,
    ),
    m(
        "9202",
        "2025-02-20 11:05",
        "Beatriz Sequeira <beatriz.sequeira@palomapay.pt>",
        "Paloma Pay | Próximos passos",
        ("interview", PP, "Product Operations Specialist (Remote)", 21, "direct", "pt"),
        text="""Olá Priya,

Espero que estejas bem! Gostámos muito do teu perfil e gostaríamos de marcar uma primeira
conversa de 30 minutos com a nossa Head of Product, a Marta Lobo. A conversa pode ser em inglês,
sem problema nenhum.

Tens disponibilidade na próxima terça-feira (25/02) às 10h00 ou às 15h00 (hora de Lisboa, que é
igual à de Londres)?

Obrigada,
Beatriz Sequeira
Talent Acquisition | Paloma Pay
""",
        tz=WET,
    ),
    m(
        "9203",
        "2025-02-20 15:47",
        "Beatriz Sequeira <beatriz.sequeira@palomapay.pt>",
        "RE: Paloma Pay | Próximos passos",
        ("interview", PP, "Product Operations Specialist (Remote)", 21, "direct", "pt"),
        text="""Perfeito, fica marcado para terça às 15h00. Vais receber o convite do Google Meet
daqui a pouco.

Até breve!
Beatriz
""",
        headers=reply("9202", "beatriz.sequeira@palomapay.pt"),
        tz=WET,
    ),
    m(
        "9204",
        "2025-03-07 12:30",
        "Paloma Pay <no-reply@teamtailor.com>",
        "A tua candidatura na Paloma Pay",
        ("rejection", PP, "Product Operations Specialist (Remote)", 21, "teamtailor", "pt"),
        text="""Olá Priya,

Muito obrigado pelo tempo que dedicaste ao nosso processo e pela conversa com a Marta. Ficámos
bem impressionados com a tua experiência em customer success.

Depois de muita reflexão, decidimos avançar com outra pessoa cujo perfil está mais alinhado com
as necessidades atuais da equipa, nomeadamente a experiência com pagamentos em Portugal.

Desejamos-te muita sorte e esperamos voltar a cruzar-nos no futuro.

Um abraço,
Equipa de Talento da Paloma Pay
""",
        tz=WET,
    ),
    # 22 Nuvem Clara (São Paulo), Gupy: confirmation, online test, rejection
    m(
        "9205",
        "2025-02-26 14:12",
        "Nuvem Clara <naoresponda@gupy.com.br>",
        "Candidatura recebida: Analista de Operações de Produto Sr (Remoto)",
        ("confirmation", NC, AOP, 22, "other", "pt"),
        html="""<html><body style="font-family:Arial">
<p>Olá, Priya!</p>
<p>Recebemos sua candidatura para a vaga <b>Analista de Operações de Produto Sr (Remoto)</b> na
Nuvem Clara. Que bom ter você por aqui!</p>
<p>Fique de olho no seu e-mail e na sua área do candidato: as próximas etapas do processo
seletivo serão comunicadas por lá.</p>
<p>Boa sorte!<br>Time de Gente &amp; Gestão - Nuvem Clara</p>
<p style="font-size:11px;color:#777">Este e-mail foi enviado pela Gupy. Por favor, não responda.</p>
</body></html>""",
        tz=BRT,
    ),
    m(
        "9206",
        "2025-03-03 09:40",
        "Nuvem Clara <naoresponda@gupy.com.br>",
        "Nova etapa no seu processo seletivo",
        ("assessment", NC, AOP, 22, "other", "pt"),
        html="""<html><body style="font-family:Arial">
<p>Olá, Priya!</p>
<p>Você avançou para a etapa <b>Teste de Lógica e Estudo de Caso</b> da vaga Analista de
Operações de Produto Sr (Remoto).</p>
<p>O teste leva cerca de 40 minutos e precisa ser concluído até 10/03/2025 às 23h59 (horário de
Brasília).</p>
<p><a href="https://nuvemclara.gupy.io/candidates/jobs/7712/steps">Fazer o teste agora</a></p>
<p>Time de Gente &amp; Gestão - Nuvem Clara</p>
</body></html>""",
        tz=BRT,
    ),
    m(
        "9207",
        "2025-03-21 17:02",
        "Nuvem Clara <naoresponda@gupy.com.br>",
        "Retorno sobre o processo seletivo - Nuvem Clara",
        ("rejection", NC, AOP, 22, "other", "pt"),
        html="""<html><body style="font-family:Arial">
<p>Olá, Priya, tudo bem?</p>
<p>Agradecemos muito seu interesse em fazer parte da Nuvem Clara e o tempo dedicado ao nosso
processo seletivo.</p>
<p>Neste momento, optamos por seguir com outros candidatos cujo perfil está mais aderente ao que
buscamos para a vaga. Seu currículo continuará em nosso banco de talentos para futuras
oportunidades.</p>
<p>Desejamos sucesso na sua jornada!<br>Time de Gente &amp; Gestão - Nuvem Clara</p>
</body></html>""",
        tz=BRT,
    ),
    # 23 Kenoby: confirmation only (ghosted)
    m(
        "9208",
        "2025-03-05 22:15",
        "Trilha Saúde <no-reply@kenoby.com>",
        "Confirmação de inscrição - Product Ops Sênior",
        ("confirmation", "Trilha Saúde", "Product Ops Sênior", 23, "other", "pt"),
        text="""Olá Priya Natarajan,

Sua inscrição para a vaga Product Ops Sênior (100% remoto) foi realizada com sucesso.

Agradecemos seu interesse em trabalhar com a gente. Caso seu perfil seja selecionado para as
próximas etapas, entraremos em contato.

Atenciosamente,
Equipe de Recrutamento - Trilha Saúde
""",
        tz=BRT,
    ),
    # 24 InfoJobs Brasil: confirmation, CV viewed
    m(
        "9209",
        "2025-03-12 10:48",
        "InfoJobs <noreply@infojobs.com.br>",
        "Você se candidatou à vaga Gerente de Produto (Remoto)",
        ("confirmation", "Grupo Varanda", "Gerente de Produto (Remoto)", 24, "other", "pt"),
        html="""<html><body style="font-family:Arial">
<p>Olá Priya,</p>
<p>Sua candidatura para a vaga <b>Gerente de Produto (Remoto)</b> foi enviada com sucesso para a
empresa Grupo Varanda.</p>
<p>Acompanhe o status da sua candidatura em <a href="https://www.infojobs.com.br/candidate/">Minhas
candidaturas</a>.</p>
<p>Equipe InfoJobs</p>
</body></html>""",
        tz=BRT,
    ),
    m(
        "9210",
        "2025-03-18 08:30",
        "InfoJobs <noreply@infojobs.com.br>",
        "Seu currículo foi visualizado!",
        ("viewed", "Grupo Varanda", "Gerente de Produto (Remoto)", 24, "other", "pt"),
        html="""<html><body style="font-family:Arial">
<p>Olá Priya,</p>
<p>Boa notícia: a empresa responsável pela vaga <b>Gerente de Produto (Remoto)</b> visualizou o
seu currículo.</p>
<p>Mantenha seu perfil atualizado para aumentar suas chances.</p>
<p>Equipe InfoJobs</p>
</body></html>""",
        tz=BRT,
    ),
    # 25 Sólides: confirmation, interview by Google Meet, rejection
    m(
        "9211",
        "2025-04-03 15:20",
        "Aurora Cobranças <naoresponda@solides.com.br>",
        "Recebemos sua candidatura!",
        (
            "confirmation",
            "Aurora Cobranças",
            "Coordenadora de Customer Success Ops",
            25,
            "other",
            "pt",
        ),
        text="""Olá, Priya!

Obrigado por se candidatar à vaga de Coordenadora de Customer Success Ops na Aurora Cobranças.
Seu perfil comportamental já foi recebido e será analisado pelo nosso time.

Até breve!
Aurora Cobranças - Recrutamento e Seleção
Enviado via Sólides Vagas
""",
        tz=BRT,
    ),
    m(
        "9212",
        "2025-04-10 11:00",
        "Juliana Prates <juliana.prates@auroracob.com.br>",
        "Convite: Entrevista Aurora Cobranças - Priya @ qua 16 abr 2025 10:00 - 11:00 (BRT)",
        (
            "interview",
            "Aurora Cobranças",
            "Coordenadora de Customer Success Ops",
            25,
            "direct",
            "pt",
        ),
        text="""Oi Priya, tudo bem?

Como conversamos pelo WhatsApp, segue o convite para a nossa entrevista. Será em inglês e
português, fique tranquila!

Entrevista Aurora Cobranças - Priya
quarta-feira, 16 de abril de 2025 10:00 - 11:00 (Horário Padrão de Brasília)
Participar com o Google Meet: https://meet.google.com/aur-bxwz-kjt

Convite do Google Agenda
""",
        ics={
            "start": "2025-04-16 10:00:00 -0300",
            "uid": "0hk2v9auroraentrev@google.com",
            "organizer": ("Juliana Prates", "juliana.prates@auroracob.com.br"),
            "summary": "Entrevista Aurora Cobranças - Priya",
            "location": "https://meet.google.com/aur-bxwz-kjt",
        },
        tz=BRT,
    ),
    m(
        "9213",
        "2025-04-29 18:45",
        "Juliana Prates <juliana.prates@auroracob.com.br>",
        "Retorno - Aurora Cobranças",
        (
            "rejection",
            "Aurora Cobranças",
            "Coordenadora de Customer Success Ops",
            25,
            "direct",
            "pt",
        ),
        text="""Oi Priya,

Muito obrigada pela conversa e pela disponibilidade com o fuso horário! Gostamos muito da sua
experiência, mas decidimos seguir com uma candidata baseada em Curitiba, porque a posição vai
exigir algumas viagens para o escritório.

Desejo muito sucesso e vamos manter contato pelo LinkedIn.

Abraços,
Juliana Prates
Gerente de Customer Success | Aurora Cobranças
""",
        tz=BRT,
    ),
    # 26 Fluxa Labs (Barcelona), Workable in Spanish: confirmation, ghosted
    m(
        "9214",
        "2025-04-15 09:35",
        "Fluxa Labs <noreply@candidates.workablemail.com>",
        "Gracias por tu candidatura a Fluxa Labs",
        (
            "confirmation",
            "Fluxa Labs",
            "Product Operations Manager (remoto, UE/UK)",
            26,
            "workable",
            "es",
        ),
        text="""Hola Priya,

Gracias por tu interés en el puesto de Product Operations Manager (remoto, UE/UK) en Fluxa Labs.
Hemos recibido tu candidatura y nuestro equipo la revisará en los próximos días.

Si tu perfil encaja, nos pondremos en contacto contigo.

Un saludo,
El equipo de Fluxa Labs
""",
        tz=CEST,
    ),
    # 27 Maison Levain (Paris) via Welcome to the Jungle: confirmation, rejection in French
    m(
        "9215",
        "2025-03-19 20:22",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Votre candidature a bien été envoyée",
        ("confirmation", "Maison Levain", "Product Ops Manager - Anglophone", 27, "other", "fr"),
        html="""<html><body style="font-family:Arial">
<p>Bonjour Priya,</p>
<p>Votre candidature pour le poste <b>Product Ops Manager - Anglophone</b> chez <b>Maison
Levain</b> a bien été envoyée.</p>
<p>L'entreprise reviendra vers vous directement. En attendant, découvrez d'autres offres qui
pourraient vous plaire.</p>
<p>L'équipe Welcome to the Jungle</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "9216",
        "2025-04-01 10:14",
        "Camille Roussel <camille.roussel@maisonlevain.fr>",
        "Votre candidature chez Maison Levain",
        ("rejection", "Maison Levain", "Product Ops Manager - Anglophone", 27, "direct", "fr"),
        text="""Bonjour Priya,

Merci pour l'intérêt que vous portez à Maison Levain et pour votre candidature au poste de
Product Ops Manager. Votre parcours en customer success nous a beaucoup plu.

Malheureusement, nous avons finalement décidé de recruter une personne basée à Paris, le poste
nécessitant une présence au bureau trois jours par semaine. Nous ne pourrons donc pas donner
suite à votre candidature.

Nous vous souhaitons une très belle continuation.

Bien cordialement,
Camille Roussel
Talent Acquisition - Maison Levain
""",
        tz=CEST,
    ),
    # alerts, talent pools and other job mail in Portuguese / French / Spanish
    m(
        "9217",
        "2025-03-22 08:00",
        "Gupy <naoresponda@gupy.com.br>",
        "Vagas que combinam com você",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body style="font-family:Arial">
<p>Olá, Priya!</p>
<p>Separamos algumas vagas com base no seu perfil:</p>
<ul>
<li>Product Operations Manager - Loja Pitanga - Remoto</li>
<li>Analista de Produto Sênior - Bancorb - Remoto</li>
<li>Especialista em Customer Success Ops - Vetor Log - São Paulo/SP</li>
</ul>
<p><a href="https://portal.gupy.io/job-search">Ver todas as vagas</a></p>
<p>Gupy - Você no centro da sua carreira</p>
</body></html>""",
        tz=BRT,
    ),
    m(
        "9218",
        "2025-03-22 17:14",
        "Nuvem Clara <naoresponda@gupy.com.br>",
        "Bem-vinda ao banco de talentos da Nuvem Clara",
        ("alert", NC, None, None, "other", "pt"),
        text="""Olá, Priya!

Agora você faz parte do nosso banco de talentos. Sempre que abrirmos uma vaga compatível com o
seu perfil, você será avisada por e-mail.

Time de Gente & Gestão - Nuvem Clara
""",
        tz=BRT,
    ),
    m(
        "9219",
        "2025-04-08 07:30",
        "InfoJobs <alertas@infojobs.com.br>",
        "5 novas vagas de Gerente de Produto para você",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body style="font-family:Arial">
<p>Novas vagas para o seu alerta: <b>gerente de produto - remoto</b></p>
<ol>
<li>Gerente de Produto Pleno - Fintech Brisa - Remoto</li>
<li>Product Manager - Sertão Agro Digital - Remoto</li>
<li>Gerente de Produto Digital - Rede Farol - Recife/PE</li>
<li>PM de Operações - Lume Energia - Remoto</li>
<li>Coordenador de Produto - CasaFácil - Remoto</li>
</ol>
<p><a href="https://www.infojobs.com.br/alertas">Gerenciar alertas</a></p>
</body></html>""",
        tz=BRT,
    ),
    m(
        "9220",
        "2025-04-12 09:15",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Priya, 8 nouvelles offres pour vous",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body style="font-family:Arial">
<p>Bonjour Priya,</p>
<p>Voici les offres publiées cette semaine qui correspondent à votre recherche
« Product Ops - télétravail » :</p>
<ul>
<li>Product Operations Lead - Alba Santé - Lyon / Télétravail</li>
<li>Product Ops Manager - Colibri Paie - Paris</li>
<li>Chef de projet produit - Verrière - Télétravail total</li>
</ul>
<p><a href="https://www.welcometothejungle.com/fr/jobs">Voir toutes les offres</a></p>
</body></html>""",
        tz=CEST,
    ),
    m(
        "9221",
        "2025-04-02 13:00",
        "Sólides Vagas <naoresponda@solides.com.br>",
        "Complete seu perfil comportamental",
        ("alert", "Aurora Cobranças", None, None, "other", "pt"),
        text="""Olá, Priya!

Notamos que você iniciou sua candidatura na Aurora Cobranças mas ainda não concluiu o teste de
perfil comportamental. Leva menos de 10 minutos!

Concluir agora: https://vagas.solides.com.br/perfil/continuar

Equipe Sólides
""",
        tz=BRT,
    ),
    m(
        "9222",
        "2025-02-26 14:05",
        "Gupy <naoresponda@gupy.com.br>",
        "Seu código de verificação Gupy",
        ("other_job", None, None, None, "other", "pt"),
        text="""Olá!

Seu código de verificação é: 483 910

Ele expira em 10 minutos. Se você não solicitou este código, ignore este e-mail.

Gupy
""",
        tz=BRT,
    ),
    m(
        "9223",
        "2025-05-06 11:30",
        "Marta Lobo <marta.lobo@palomapay.pt>",
        "Olá Priya - nova vaga na Paloma Pay",
        ("outreach", PP, "Product Operations Lead", None, "direct", "pt"),
        text="""Olá Priya,

Lembras-te de mim? Falámos em fevereiro sobre a vaga de Product Operations Specialist. Acabámos
de abrir uma posição de Product Operations Lead, mais sénior, e lembrei-me logo de ti - desta
vez a experiência com pagamentos não é obrigatória.

Terias interesse em conversar? Posso enviar-te a descrição da função.

Beijinhos,
Marta Lobo
Head of Product | Paloma Pay
""",
        tz=WEST,
    ),
    m(
        "9224",
        "2025-05-29 12:02",
        "Marta Lobo <marta.lobo@palomapay.pt>",
        "Re: Olá Priya - nova vaga na Paloma Pay",
        ("outreach", PP, "Product Operations Lead", None, "direct", "pt"),
        text="""Que pena, mas fico muito contente por ti! Parabéns pelo novo trabalho. Fica a porta
aberta para o futuro.

Marta

Em qua., 28/05/2025 às 21:10, Priya Natarajan escreveu:
> Olá Marta, muito obrigada por te lembrares de mim! Infelizmente acabei de aceitar uma oferta
> em Manchester, por isso não vou avançar. Um abraço, Priya
""",
        headers=reply("9223", "marta.lobo@palomapay.pt"),
        tz=WEST,
    ),
    m(
        "9225",
        "2025-06-18 16:40",
        "Infojobs <noreply@infojobs.net>",
        "Ofertas de empleo que te pueden interesar",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body style="font-family:Arial">
<p>Hola Priya,</p>
<p>Estas ofertas encajan con tu búsqueda «product operations - teletrabajo»:</p>
<ul>
<li>Product Operations Specialist - Bravia Seguros - 100% remoto</li>
<li>Product Ops Lead - Tejo Mobility - Madrid (híbrido)</li>
</ul>
<p><a href="https://www.infojobs.net/ofertas-trabajo">Ver ofertas</a></p>
<p>Si no quieres recibir más alertas, puedes darte de baja aquí.</p>
</body></html>""",
        tz=CEST,
    ),
]
