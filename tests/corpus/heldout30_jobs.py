# ruff: noqa: E501
"""Corpus 30: applications in Brazil, mail in Brazilian Portuguese (see heldout30.py)."""

from __future__ import annotations

from heldout3_util import m, reply

TZ = "-0300"
APPS = {
    1: ("Brilho", "Analista de CRM Pleno"),
    2: ("Brilho", "Especialista de Mídia de Performance"),
    3: ("Banco Veredas", "Coordenadora de CRM"),
    5: ("Mercantia", "Analista de Performance Sênior"),
    6: ("Mercantia", "Analista de Performance Sênior"),
    7: ("Cardume", "Analista de Mídia Paga"),
    8: ("Trilha Educação", "Head de CRM"),
    12: ("Vale Verde", "Analista de CRM"),
    13: ("Passo Firme", "Analista de Marketing Digital Pleno"),
    14: ("Pinhão Supermercados", "Coordenadora de Marketing de Performance"),
    15: ("Ondina", "Gerente de CRM"),
    16: ("Vitrine", "Analista de CRM"),
    17: ("Bem Viver", "Analista de Marketing de Relacionamento"),
    18: ("Onda Carioca", "Especialista em CRM e Lifecycle"),
    19: ("Fóton", "Coordenadora de Performance"),
    21: ("Conta Lume", "CRM Manager"),
    22: ("Eletro Casa", "Especialista em Mídia Programática"),
    23: ("Colmeia Atacadista", "Analista de CRM"),
}


def t(cat: str, app: int, source: str, lang: str = "pt") -> tuple:
    company, role = APPS[app]
    return (cat, company, role, app, source, lang)


def j(key, date, frm, subject, tt, text=None, html=None, **kw):
    return m(key, date, frm, subject, tt, text, html, tz=TZ, **kw)


FOTON_PERSONAL = "Rodrigo Amaral <rodrigo.amaral.mkt@gmail.com>"
ONDINA_CONSULT = "Priscila Moura | Vértice Talentos <priscila.moura@verticetalentos.com.br>"
TRILHA = "Bianca Teixeira <bianca@trilhaeducacao.com.br>"

MAIL = [
    # --- 1, 2: Brilho (Comércio de Cosméticos Brilho Ltda.), two roles, Gupy ------------------
    j(
        "30-101",
        "2025-09-03 10:12",
        "Brilho <noreply@gupy.io>",
        "Candidatura realizada: Analista de CRM Pleno",
        t("confirmation", 1, "other"),
        html="""<html><body style="font-family:Arial">
<p>Olá, Larissa!</p>
<p>Recebemos sua candidatura para a vaga <b>Analista de CRM Pleno</b> na <b>Brilho</b>. 💜</p>
<p>Agora é com a gente: nosso time de Atração vai analisar seu perfil com carinho. Você pode
acompanhar cada etapa do processo seletivo pelo painel da candidata.</p>
<p><a href="https://brilho.gupy.io/candidates/applications/8812734">Acompanhar minha candidatura</a></p>
<p>Enquanto isso, que tal conhecer mais sobre a nossa cultura? Somos mais de 900 lojas e
acreditamos que beleza é para todo mundo.</p>
<p>Um abraço,<br>Time de Gente Brilho</p>
<hr><p style="font-size:11px;color:#888">Comércio de Cosméticos Brilho Ltda. - CNPJ 12.345.678/0001-90.
Este e-mail foi enviado pela Gupy em nome da Brilho. Não responda esta mensagem.</p>
</body></html>""",
    ),
    j(
        "30-102",
        "2025-09-04 19:40",
        "Brilho <noreply@gupy.io>",
        "Nova etapa disponível no seu processo seletivo",
        t("assessment", 1, "other"),
        html="""<html><body>
<p>Oi, Larissa, tudo bem?</p>
<p>Você avançou no processo seletivo para <b>Analista de CRM Pleno</b>! 🎉</p>
<p>A próxima <b>Etapa</b> é o <b>Teste de Perfil Comportamental</b>. Leva uns 15 minutos e não existe
resposta certa ou errada — responda com sinceridade, pensando em como você age no dia a dia.</p>
<p>Prazo: até 08/09, às 23h59.</p>
<p><a href="https://brilho.gupy.io/candidates/applications/8812734/steps">Fazer o teste</a></p>
<p>Boa sorte!<br>Time de Gente Brilho</p>
</body></html>""",
    ),
    j(
        "30-103",
        "2025-09-15 14:05",
        "Brilho <noreply@gupy.io>",
        "Convite: Dinâmica de grupo - Analista de CRM Pleno",
        t("interview", 1, "other"),
        html="""<html><body>
<p>Olá, Larissa!</p>
<p>Parabéns por chegar até aqui. Gostaríamos de te convidar para a <b>dinâmica de grupo</b> da vaga
Analista de CRM Pleno.</p>
<ul><li><b>Data:</b> quinta-feira, 18/09</li><li><b>Horário:</b> 9h30 às 11h30</li>
<li><b>Local:</b> Google Meet (link no convite)</li></ul>
<p>Participarão outras pessoas candidatas e duas pessoas do nosso time de CRM. Deixe a câmera ligada
e, se possível, esteja em um lugar tranquilo.</p>
<p>Confirme sua presença clicando abaixo.</p>
<p><a href="https://brilho.gupy.io/candidates/applications/8812734/schedule">Confirmar presença</a></p>
<p>Até lá!<br>Camila Rezende<br>Analista de Atração e Seleção | Brilho</p>
</body></html>""",
        ics={
            "start": "2025-09-18 09:30:00 -0300",
            "minutes": 120,
            "organizer": ("Camila Rezende", "camila.rezende@brilhocosmeticos.com.br"),
            "uid": "b7c1a0e2-brilho-dinamica-crm@google.com",
            "summary": "Dinâmica de grupo | Analista de CRM Pleno | Brilho",
            "description": "Dinâmica de grupo online. Link: https://meet.google.com/xqe-hbta-kor",
            "location": "https://meet.google.com/xqe-hbta-kor",
        },
    ),
    j(
        "30-104",
        "2025-09-26 17:31",
        "Brilho <noreply@gupy.io>",
        "Devolutiva do processo seletivo",
        t("rejection", 1, "other"),
        html="""<html><body>
<p>Olá, Larissa.</p>
<p>Queremos agradecer de verdade pela sua participação no processo para <b>Analista de CRM Pleno</b>.
Sua energia na dinâmica foi muito elogiada pelo time!</p>
<p>Depois de muita conversa, optamos por seguir com outra candidata, cujo perfil está mais alinhado ao
momento da área. Sabemos que essa não é a notícia que você esperava.</p>
<p>Seu currículo ficará no nosso banco de talentos e, surgindo uma nova oportunidade, lembraremos de
você.</p>
<p>Com carinho,<br>Time de Gente Brilho</p>
</body></html>""",
    ),
    j(
        "30-105",
        "2025-10-02 08:47",
        "Brilho <noreply@gupy.io>",
        "Candidatura realizada: Especialista de Mídia de Performance",
        t("confirmation", 2, "other"),
        html="""<html><body>
<p>Olá, Larissa!</p>
<p>Sua candidatura para <b>Especialista de Mídia de Performance</b> foi concluída com sucesso.</p>
<p>Que bom te ver de novo por aqui! Acompanhe as próximas etapas pela sua área na Gupy.</p>
<p><a href="https://brilho.gupy.io/candidates/applications/9120455">Ver candidatura</a></p>
<p>Time de Gente Brilho</p>
<p style="font-size:11px">Comércio de Cosméticos Brilho Ltda.</p>
</body></html>""",
    ),
    j(
        "30-106",
        "2025-10-21 11:20",
        "Brilho <noreply@gupy.io>",
        "Atualização sobre sua candidatura",
        t("rejection", 2, "other"),
        html="""<html><body>
<p>Oi, Larissa!</p>
<p>Antes de tudo: obrigada pelo interesse em fazer parte da Brilho mais uma vez. Seu histórico com
mídia paga em varejo chamou a nossa atenção.</p>
<p>Neste momento, porém, decidimos não avançar com a sua candidatura para Especialista de Mídia de
Performance. A vaga pedia experiência mais profunda com programática, e recebemos muitos perfis
com esse foco.</p>
<p>Desejamos muito sucesso na sua jornada.</p>
<p>Time de Gente Brilho</p>
</body></html>""",
    ),
    # --- 3: Banco Veredas S.A., Kenoby; offer declined -------------------------------------
    j(
        "30-111",
        "2025-09-08 09:02",
        "Banco Veredas <no-reply@kenoby.com>",
        "Banco Veredas | Confirmação de inscrição",
        t("confirmation", 3, "other"),
        """Olá Larissa Fonseca,

Confirmamos o recebimento da sua inscrição para a vaga Coordenadora de CRM (Ref. BV-2025-0417),
Diretoria de Marketing - São Paulo/SP.

Nosso time de Recrutamento & Seleção fará a triagem dos currículos nas próximas semanas.
Caso seu perfil seja selecionado, entraremos em contato por e-mail ou telefone.

Atenciosamente,
Recrutamento & Seleção
Banco Veredas S.A.

Esta é uma mensagem automática enviada pela plataforma Kenoby. Por favor, não responda.
""",
    ),
    j(
        "30-112",
        "2025-09-19 16:44",
        "Recrutamento Banco Veredas <selecao@bancoveredas.com.br>",
        "Case técnico - Coordenação de CRM",
        t("assessment", 3, "direct"),
        """Boa tarde, Larissa!

Obrigada pela conversa de triagem por telefone na quarta. Como combinado, segue o case da próxima
etapa.

Contexto: nossa base de correntistas pessoa física tem 2,1 milhões de clientes ativos, e a
adesão ao cartão de crédito caiu 12% no último trimestre. Monte uma régua de relacionamento
(e-mail, push e SMS) para reativar esse público, com segmentação, KPIs e um plano de testes A/B.

Formato livre (PPT ou PDF, até 10 slides). Prazo: segunda-feira, 29/09, até 12h.
Você vai apresentar o case para a gestora na etapa seguinte.

Qualquer dúvida, pode me chamar.

Abraços,
Juliana Prado
Analista de R&S Sr. | Banco Veredas S.A.
(11) 3004-5521
""",
        attach=[
            (
                "Case_CRM_BancoVeredas.txt",
                "text/plain",
                "Case CRM - Banco Veredas. Base PF 2,1 mi. Objetivo: reativação cartão.\n",
            )
        ],
    ),
    j(
        "30-113",
        "2025-10-01 10:15",
        "Juliana Prado <juliana.prado@bancoveredas.com.br>",
        "Entrevista com a gestora - Banco Veredas",
        t("interview", 3, "direct"),
        """Olá Larissa,

Recebemos seu case, obrigada! A Renata Siqueira, Superintendente de CRM, gostaria de conversar
com você para a apresentação do case e entrevista com o gestor.

Data: 06/10 (segunda-feira), das 15h às 16h
Local: Av. Paulista, 1.100 - 14º andar (levar documento com foto)

Enviei o convite pelo Outlook. Por favor, aceite para confirmar.

Abs,
Juliana Prado
Banco Veredas S.A.
""",
        ics={
            "style": "outlook",
            "start": "2025-10-06 15:00:00 -0300",
            "minutes": 60,
            "organizer": ("Juliana Prado", "juliana.prado@bancoveredas.com.br"),
            "attendees": [("Renata Siqueira", "renata.siqueira@bancoveredas.com.br")],
            "uid": "040000008200E00074C5B7101A82E0080000000010B2C3A4F1C5DB01",
            "summary": "Entrevista - Coordenação de CRM - Larissa Fonseca",
            "location": "Av. Paulista, 1.100 - 14º andar - Sala Ipê",
        },
    ),
    j(
        "30-114",
        "2025-10-14 18:03",
        "Juliana Prado <juliana.prado@bancoveredas.com.br>",
        "Proposta - Coordenadora de CRM",
        t("offer", 3, "direct"),
        """Larissa, boa noite!

Que alegria escrever este e-mail. A Renata adorou sua apresentação e gostaríamos de te fazer uma
proposta para a posição de Coordenadora de CRM.

- Salário: R$ 14.800,00 mensais (CLT)
- PLR: até 3 salários, conforme resultado
- VR/VA: R$ 2.150,00 por mês
- Plano de saúde e odontológico Bradesco, extensivo a dependentes
- Modelo híbrido: 3 dias presenciais na Paulista
- Início previsto: 03/11

A carta-proposta formal segue anexa. Conseguimos um retorno até sexta-feira, 17/10?

Um abraço,
Juliana Prado
Analista de R&S Sr. | Banco Veredas S.A.
""",
        attach=[
            (
                "Carta_Proposta_Larissa_Fonseca.txt",
                "text/plain",
                "Banco Veredas S.A. - Carta-proposta. Cargo: Coordenadora de CRM. R$ 14.800,00.\n",
            )
        ],
    ),
    j(
        "30-115",
        "2025-10-17 11:26",
        "Larissa Fonseca <larissa.fonseca.crm@gmail.com>",
        "Re: Proposta - Coordenadora de CRM",
        t("offer", 3, "direct"),
        st="declined",
        text="""Oi Juliana, bom dia!

Muito obrigada pela proposta e por todo o cuidado no processo. Pensei bastante nesses dias e,
infelizmente, vou declinar. O modelo de 3 dias presenciais não funciona para mim neste momento,
e a empresa onde estou fez uma contraproposta que acabei aceitando.

Gostei muito de conhecer a Renata e o time, e espero que a gente se cruze de novo.

Um abraço,
Larissa

Em ter., 14 de out. de 2025 às 18:03, Juliana Prado <juliana.prado@bancoveredas.com.br> escreveu:
> Larissa, boa noite!
>
> Que alegria escrever este e-mail. A Renata adorou sua apresentação e gostaríamos de te fazer uma
> proposta para a posição de Coordenadora de CRM.
""",
        to="Juliana Prado <juliana.prado@bancoveredas.com.br>",
        **reply("30-114", "x@bancoveredas.com.br"),
    ),
    j(
        "30-116",
        "2025-10-17 14:50",
        "Juliana Prado <juliana.prado@bancoveredas.com.br>",
        "RE: Proposta - Coordenadora de CRM",
        t("offer", 3, "direct"),
        st="declined",
        text="""Oi Larissa,

Entendo perfeitamente, obrigada pela transparência. Vou registrar aqui e comunicar a Renata.
Que bom que deu certo aí! As portas ficam abertas.

Juliana

-----Mensagem original-----
De: Larissa Fonseca <larissa.fonseca.crm@gmail.com>
Enviada em: sexta-feira, 17 de outubro de 2025 11:26
Para: Juliana Prado <juliana.prado@bancoveredas.com.br>
Assunto: Re: Proposta - Coordenadora de CRM

Oi Juliana, bom dia! Muito obrigada pela proposta e por todo o cuidado no processo.
""",
    ),
    # --- 5, 6: Mercantia marketplace, Lever, rejected then re-application --------------------
    j(
        "30-121",
        "2025-09-10 13:30",
        "Mercantia <no-reply@hire.lever.co>",
        "Obrigado por se candidatar à Mercantia",
        t("confirmation", 5, "lever"),
        """Oi Larissa,

Obrigado por se candidatar para a vaga de Analista de Performance Sênior aqui na Mercantia!

Recebemos sua aplicação e nosso time está revisando os perfis. Se houver fit com a vaga,
alguém do time de Talent entrará em contato para os próximos passos.

Enquanto isso, conheça um pouco mais sobre como é trabalhar no maior marketplace de casa e
decoração do Brasil: https://jobs.lever.co/mercantia

Abraços,
Time de Talent | Mercantia
""",
    ),
    j(
        "30-122",
        "2025-09-24 09:55",
        "Mercantia <no-reply@hire.lever.co>",
        "Sua candidatura na Mercantia",
        t("rejection", 5, "lever"),
        """Olá Larissa,

Agradecemos o seu interesse na posição de Analista de Performance Sênior e o tempo dedicado à
sua candidatura.

Após revisar cuidadosamente o seu perfil, decidimos seguir com outros candidatos cujas
experiências estão mais próximas dos requisitos desta vaga neste momento.

Vamos manter suas informações em nossa base e, caso surjam posições compatíveis, poderemos
entrar em contato.

Atenciosamente,
Time de Talent | Mercantia
""",
    ),
    j(
        "30-123",
        "2026-01-12 21:14",
        "Mercantia <no-reply@hire.lever.co>",
        "Obrigado por se candidatar à Mercantia",
        t("confirmation", 6, "lever"),
        """Oi Larissa,

Obrigado por se candidatar para a vaga de Analista de Performance Sênior aqui na Mercantia!

Recebemos sua aplicação e nosso time está revisando os perfis. Se houver fit com a vaga,
alguém do time de Talent entrará em contato para os próximos passos.

Abraços,
Time de Talent | Mercantia
""",
    ),
    j(
        "30-124",
        "2026-01-20 15:08",
        "Thiago Barros <thiago.barros@mercantia.com.br>",
        "Mercantia - bate-papo sobre a vaga de Performance",
        t("interview", 6, "direct"),
        """Oi Larissa, tudo bem?

Sou o Thiago, Tech Recruiter aqui na Mercantia. Vi que você se candidatou de novo para a vaga de
Analista de Performance Sênior — a vaga foi reaberta com um escopo maior em Google Ads e Meta
para sellers, e seu perfil tem muito a ver.

Topa um bate-papo de 30 minutos? Pode escolher um horário na minha agenda:
https://calendly.com/thiago-barros-mercantia/30min

Abraço,
Thiago Barros
Tech Recruiter | Mercantia
""",
    ),
    j(
        "30-125",
        "2026-01-22 10:02",
        "Thiago Barros <thiago.barros@mercantia.com.br>",
        "Convite: Larissa <> Mercantia | Bate-papo Performance",
        t("interview", 6, "direct"),
        """Convite do Google Agenda.

Larissa <> Mercantia | Bate-papo Performance
sex., 23 de jan. de 2026 · 11:00 até 11:30 (horário de Brasília)
Participar com o Google Meet: https://meet.google.com/ryd-okcm-tpa
""",
        ics={
            "start": "2026-01-23 11:00:00 -0300",
            "minutes": 30,
            "organizer": ("Thiago Barros", "thiago.barros@mercantia.com.br"),
            "uid": "5s1fjb1vmc0sj6k0ng8d9mercantia@google.com",
            "summary": "Larissa <> Mercantia | Bate-papo Performance",
            "location": "https://meet.google.com/ryd-okcm-tpa",
        },
    ),
    # --- 7: Cardume (agência), Vagas.com; viewed, ghosted -------------------------------------
    j(
        "30-131",
        "2025-09-12 22:18",
        "VAGAS.com <noreply@vagas.com.br>",
        "Candidatura enviada com sucesso",
        t("confirmation", 7, "other"),
        html="""<html><body><table width="600"><tr><td>
<h2>Pronto, Larissa! Você se candidatou.</h2>
<p>Vaga: <b>Analista de Mídia Paga</b><br>Empresa: <b>Cardume Comunicação</b><br>Local: São Paulo / SP</p>
<p>Acompanhe o andamento em <a href="https://www.vagas.com.br/minhas-candidaturas">Minhas candidaturas</a>.</p>
<p>Dica VAGAS: mantenha seu currículo atualizado para aparecer mais nas buscas das empresas.</p>
<p style="font-size:10px">VAGAS.com - Você recebeu este e-mail porque se candidatou a uma vaga.</p>
</td></tr></table></body></html>""",
    ),
    j(
        "30-132",
        "2025-09-18 07:40",
        "VAGAS.com <noreply@vagas.com.br>",
        "A Cardume Comunicação visualizou seu currículo",
        t("viewed", 7, "other"),
        html="""<html><body>
<p>Olá, Larissa</p>
<p>Boas notícias: a empresa <b>Cardume Comunicação</b> visualizou o seu currículo para a vaga
<b>Analista de Mídia Paga</b>.</p>
<p>Isso não significa que você foi selecionada, mas é um bom sinal de que o processo está andando.</p>
<p><a href="https://www.vagas.com.br/minhas-candidaturas">Ver minhas candidaturas</a></p>
</body></html>""",
    ),
    # --- 8: Trilha Educação (startup), Workable; withdrawn ----------------------------------
    j(
        "30-141",
        "2025-10-06 12:11",
        "Trilha Educação <noreply@candidates.workablemail.com>",
        "Recebemos sua candidatura para Head de CRM",
        t("confirmation", 8, "workable"),
        """Olá Larissa,

Obrigada pelo seu interesse na Trilha Educação! Recebemos sua candidatura para a vaga de
Head de CRM e vamos analisá-la com atenção.

Somos uma startup pequena, então às vezes demoramos um pouquinho — mas respondemos todo mundo.

Abraços,
Equipe Trilha Educação

Powered by Workable
""",
    ),
    j(
        "30-142",
        "2025-10-09 18:22",
        TRILHA,
        "Conversa com a founder - Trilha",
        t("interview", 8, "direct"),
        """Oi Larissa!

Bianca aqui, cofundadora da Trilha. Li seu currículo e adorei a parte de automação de jornadas
no varejo. Queria muito conversar com você sobre a vaga de Head de CRM.

Pode ser terça (14/10) às 17h? Mando o link do Meet assim que você confirmar.

Bjs,
Bianca Teixeira
Cofundadora & CEO | Trilha Educação
enviado do celular
""",
    ),
    j(
        "30-143",
        "2025-10-16 09:30",
        "Larissa Fonseca <larissa.fonseca.crm@gmail.com>",
        "Re: Conversa com a founder - Trilha",
        t("confirmation", 8, "direct"),
        st="withdrawn",
        text="""Oi Bianca, bom dia!

Obrigada de novo pela conversa de terça, gostei muito de conhecer a proposta da Trilha.
Pensei muito e, como a vaga seria de PJ com a maior parte da remuneração em equity, prefiro
retirar minha candidatura agora para não ocupar o processo de vocês. Torço demais pelo sucesso de vocês!

Beijos,
Larissa

Em qui., 9 de out. de 2025 às 18:22, Bianca Teixeira <bianca@trilhaeducacao.com.br> escreveu:
> Oi Larissa!
> Bianca aqui, cofundadora da Trilha.
""",
        to=TRILHA,
        **reply("30-142", "x@trilhaeducacao.com.br"),
    ),
    j(
        "30-144",
        "2025-10-16 10:05",
        TRILHA,
        "Re: Conversa com a founder - Trilha",
        t("confirmation", 8, "direct"),
        st="withdrawn",
        text="""Poxa, que pena! Mas entendo total. Vou arquivar sua candidatura aqui no Workable.
Sucesso, Larissa, e vamos manter contato 🙂

Bianca
""",
    ),
    # --- 12: Drogarias Vale Verde (Rede Vale Verde Farmácias Ltda.), Catho ------------------
    j(
        "30-151",
        "2025-09-16 20:03",
        "Catho <noreply@catho.com.br>",
        "Candidatura realizada - Analista de CRM",
        t("confirmation", 12, "other"),
        html="""<html><body>
<p>Larissa, sua candidatura foi enviada!</p>
<p><b>Analista de CRM</b><br>Rede Vale Verde Farmácias Ltda.<br>São Paulo - SP</p>
<p>Agora é só aguardar o contato da empresa. Enquanto isso, que tal se candidatar a vagas parecidas?</p>
<p><a href="https://www.catho.com.br/vagas/analista-de-crm/">Ver vagas parecidas</a></p>
<p style="font-size:10px">Catho Online - Alameda Santos. Você está recebendo este e-mail porque é cadastrada na Catho.</p>
</body></html>""",
    ),
    j(
        "30-152",
        "2025-09-23 12:47",
        "Catho <noreply@catho.com.br>",
        "Seu currículo foi visualizado!",
        t("viewed", 12, "other"),
        html="""<html><body>
<p>Oba, Larissa!</p>
<p>A empresa <b>Rede Vale Verde Farmácias Ltda.</b> acabou de visualizar seu currículo na vaga
<b>Analista de CRM</b>.</p>
<p>Quer saber quem mais viu seu currículo? Assine o plano Catho Pro.</p>
</body></html>""",
    ),
    j(
        "30-153",
        "2025-10-08 15:15",
        "Recrutamento Vale Verde <rh@drogariasvaleverde.com.br>",
        "Processo seletivo Vale Verde",
        t("rejection", 12, "direct"),
        """Prezada Larissa,

Agradecemos sua participação no processo seletivo para Analista de CRM das Drogarias Vale Verde.

Informamos que, neste momento, seu perfil não foi selecionado para as próximas etapas. Seu
currículo permanecerá em nosso banco de talentos por 6 meses.

Atenciosamente,
Gente & Gestão
Drogarias Vale Verde
""",
    ),
    # --- 13: Passo Firme (Calçados Passo Firme S.A.), InfoJobs; ghosted --------------------
    j(
        "30-161",
        "2025-09-22 08:31",
        "InfoJobs <noreply@infojobs.com.br>",
        "Você se inscreveu na vaga Analista de Marketing Digital Pleno",
        t("confirmation", 13, "other"),
        html="""<html><body>
<p>Olá Larissa,</p>
<p>Sua inscrição na vaga <b>Analista de Marketing Digital Pleno</b> da empresa <b>Calçados Passo Firme S.A.</b>
(Curitiba - PR, híbrido) foi realizada.</p>
<p>Acompanhe o status da sua inscrição: Currículo recebido → Em processo de seleção → Finalista</p>
<p><a href="https://www.infojobs.com.br/candidato/minhas-inscricoes">Minhas inscrições</a></p>
<p>InfoJobs</p></body></html>""",
    ),
    # --- 14: Pinhão Supermercados, Solides; Profiler, entrevista, rejeição -------------------
    j(
        "30-171",
        "2025-10-13 10:40",
        "Pinhão Supermercados <no-reply@solides.com.br>",
        "Candidatura confirmada | Pinhão Supermercados",
        t("confirmation", 14, "other"),
        """Olá, Larissa Fonseca!

Sua candidatura para a vaga Coordenadora de Marketing de Performance (Curitiba/PR) foi
registrada com sucesso.

Para continuar no processo, é importante responder ao Profiler, nosso teste de perfil
comportamental. Você receberá o link em seguida.

Equipe de Recrutamento
Pinhão Supermercados Ltda.
Vagas gerenciadas por Solides
""",
    ),
    j(
        "30-172",
        "2025-10-13 10:41",
        "Pinhão Supermercados <no-reply@solides.com.br>",
        "Responda seu Profiler - Pinhão Supermercados",
        t("assessment", 14, "other"),
        """Olá, Larissa!

Falta só uma etapa: responda o Profiler, o mapeamento de perfil comportamental (DISC) que
usamos em nossos processos. Você leva cerca de 10 minutos.

Acesse: https://profiler.solides.com.br/teste/7H2KX9

Dica: responda de forma espontânea, sem pensar muito em cada palavra.

Equipe de Recrutamento - Pinhão Supermercados
""",
    ),
    j(
        "30-173",
        "2025-10-22 16:12",
        "Everton Kowalski <everton.kowalski@pinhaosuper.com.br>",
        "Entrevista - Coordenação de Marketing de Performance",
        t("interview", 14, "direct"),
        """Boa tarde Larissa,

Sou o Everton, gerente de Marketing aqui no Pinhão. Gostei do seu resultado no Profiler e da
sua experiência com mídia para varejo alimentar.

Podemos fazer uma entrevista por Teams na segunda, 27/10, às 10h? A vaga é baseada em Curitiba,
então também quero conversar sobre mudança.

Atenciosamente,
Everton Kowalski
Gerente de Marketing | Pinhão Supermercados
(41) 3322-7810
""",
    ),
    j(
        "30-174",
        "2025-11-04 09:18",
        "Everton Kowalski <everton.kowalski@pinhaosuper.com.br>",
        "Retorno - Pinhão",
        t("rejection", 14, "direct"),
        """Bom dia Larissa,

Obrigado pelo tempo na entrevista e pela conversa franca sobre a mudança para Curitiba.

Depois de avaliar os finalistas, decidimos seguir com uma candidata que já mora na região e
pode começar imediatamente. Foi uma decisão difícil, você tem um perfil muito forte.

Desejo sucesso!
Everton
""",
    ),
    # --- 15: Ondina (Ondina Magazine S.A.) via consultoria Vértice Talentos ------------------
    j(
        "30-181",
        "2025-10-20 11:03",
        ONDINA_CONSULT,
        "Oportunidade confidencial - Gerente de CRM (varejo)",
        ("outreach", None, "Gerente de CRM", None, "agency", "pt"),
        """Olá Larissa, tudo bem?

Sou a Priscila, consultora da Vértice Talentos, consultoria de RH especializada em marketing e
varejo. Estou conduzindo uma posição de Gerente de CRM para um cliente do varejo de moda e
casa, uma rede com mais de 300 lojas e forte operação de e-commerce.

Por se tratar de um processo confidencial, só consigo revelar o nome da empresa nas próximas
etapas. Faixa: R$ 18 a 22 mil + bônus. Modelo híbrido em São Paulo.

Teria interesse em conversar? Se sim, me mande seu CV atualizado e sua pretensão salarial.

Obrigada!
Priscila Moura
Consultora Sênior | Vértice Talentos
(11) 98877-4410
""",
    ),
    j(
        "30-182",
        "2025-10-29 17:55",
        ONDINA_CONSULT,
        "Re: Oportunidade confidencial - Gerente de CRM (varejo)",
        t("interview", 15, "agency"),
        """Larissa, boa tarde!

Boas notícias: o cliente gostou muito do seu perfil. Agora já posso abrir: trata-se da Ondina
(Ondina Magazine S.A.). A próxima etapa é uma entrevista com a Diretora de Marketing, Patrícia
Lemos, presencial na sede em Barueri.

Sugestão: 05/11, às 14h30. Te confirmo o endereço certinho assim que você der ok.

Beijos,
Priscila

Em 21/10/2025 09:12, Larissa Fonseca escreveu:
> Oi Priscila! Tenho interesse sim, segue meu CV. Pretensão: R$ 20 mil CLT.
""",
        **reply("30-181", "x@verticetalentos.com.br"),
    ),
    j(
        "30-183",
        "2025-11-07 13:20",
        ONDINA_CONSULT,
        "Ondina - próximos passos",
        t("interview", 15, "agency"),
        """Oi Larissa!

A Patrícia adorou a conversa. O cliente pediu uma última etapa: entrevista com o VP de
Marketing e Digital, Fernando Quintela, por vídeo, na quarta 12/11 às 9h.

Te mando o link do Teams pelo WhatsApp também, tá?

Priscila Moura | Vértice Talentos
""",
    ),
    j(
        "30-184",
        "2025-11-21 19:02",
        ONDINA_CONSULT,
        "Ondina - devolutiva",
        t("rejection", 15, "agency"),
        """Oi Larissa,

Te devo a devolutiva da Ondina. Conversei hoje com o cliente: eles decidiram seguir com uma
candidata interna que já conhecia a operação de lojas. O Fernando elogiou muito sua visão de
dados e disse que você estava entre as duas finalistas.

Sei que é chato, mas vou continuar de olho em posições para você.

Beijo,
Priscila
""",
    ),
    # --- 16: Vitrine (Vitrine Confecções Ltda.), LinkedIn Easy Apply -------------------------
    j(
        "30-191",
        "2025-10-15 12:33",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Larissa, sua candidatura foi enviada para Vitrine",
        t("confirmation", 16, "linkedin"),
        html="""<html><body>
<p>Sua candidatura foi enviada para Vitrine</p>
<table><tr><td><b>Analista de CRM</b><br>Vitrine · São Paulo, São Paulo, Brasil (Híbrido)<br>
Candidatura enviada em 15 de out. de 2025</td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4113920577/">Ver vaga</a></p>
<p>Agora, aguarde o contato da empresa. Enquanto isso, veja outras vagas que podem te interessar.</p>
<p style="font-size:11px">Este e-mail foi enviado para Larissa Fonseca (Especialista em CRM e Performance).
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</body></html>""",
    ),
    j(
        "30-192",
        "2025-10-20 09:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura foi visualizada por Vitrine",
        t("viewed", 16, "linkedin"),
        html="""<html><body>
<p>Sua candidatura foi visualizada por Vitrine</p>
<p><b>Analista de CRM</b> · Vitrine · São Paulo</p>
<p>O recrutador visualizou sua candidatura. Boa sorte!</p>
<p><a href="https://www.linkedin.com/jobs/view/4113920577/">Ver vaga</a></p>
</body></html>""",
    ),
    j(
        "30-193",
        "2025-11-03 14:48",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura para Analista de CRM na Vitrine",
        t("rejection", 16, "linkedin"),
        html="""<html><body>
<p>Sua atualização de Vitrine</p>
<p>Agradecemos seu interesse no cargo de Analista de CRM na Vitrine. Infelizmente, a empresa
decidiu não seguir com a sua candidatura.</p>
<p>Continue se candidatando! Confira vagas semelhantes que combinam com você.</p>
</body></html>""",
    ),
    # --- 17: Bem Viver, Indeed; ghosted -------------------------------------------------------
    j(
        "30-201",
        "2025-10-27 23:05",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Analista de Marketing de Relacionamento",
        t("confirmation", 17, "indeed"),
        html="""<html><body>
<p><b>Candidatura enviada</b></p>
<p>Analista de Marketing de Relacionamento<br>Rede Bem Viver Saúde - São Paulo, SP</p>
<p>Os itens a seguir foram enviados para Rede Bem Viver Saúde: Currículo, Informações de contato.</p>
<p>Boa sorte com sua candidatura! Acompanhe o status em <a href="https://br.indeed.com/myjobs">Minhas vagas</a>.</p>
</body></html>""",
    ),
    # --- 18: Onda Carioca (Bebidas Onda Carioca S.A.), Gupy; test, interview, rejection -------
    j(
        "30-211",
        "2025-11-05 10:20",
        "Onda Carioca <noreply@gupy.io>",
        "Sua candidatura foi recebida! 🌊",
        t("confirmation", 18, "other"),
        html="""<html><body>
<p>Oi, Larissa!</p>
<p>Que demais ter você no nosso processo seletivo para <b>Especialista em CRM e Lifecycle</b> (Rio de Janeiro - híbrido).</p>
<p>Fique de olho no seu e-mail e na sua área de candidata: as próximas etapas aparecem por lá.</p>
<p>Galera da Onda Carioca</p>
<p style="font-size:10px">Bebidas Onda Carioca S.A. | via Gupy</p></body></html>""",
    ),
    j(
        "30-212",
        "2025-11-10 09:00",
        "Onda Carioca <noreply@gupy.io>",
        "Lembrete: você tem um teste pendente",
        t("assessment", 18, "other"),
        html="""<html><body>
<p>Oi, Larissa!</p>
<p>Notamos que você ainda não respondeu a etapa <b>Teste de Conhecimentos - CRM</b> (20 questões,
40 minutos) do processo Especialista em CRM e Lifecycle.</p>
<p>O prazo termina amanhã, 11/11, às 23h59.</p>
<p><a href="https://ondacarioca.gupy.io/candidates/applications/9348811/steps">Responder agora</a></p>
</body></html>""",
    ),
    j(
        "30-213",
        "2025-11-18 15:35",
        "Marina Vasconcellos <marina.vasconcellos@ondacarioca.com.br>",
        "Entrevista | Especialista em CRM e Lifecycle",
        t("interview", 18, "direct"),
        """Olá Larissa, tudo bem?

Parabéns pelo resultado no teste! Gostaria de agendar a entrevista com a gestora da área,
Luana Ribeiro (Coordenadora de CRM), por Teams.

Segue convite para 24/11, às 16h. Se não puder, me avise que remarcamos.

Abraços,
Marina Vasconcellos
Business Partner de Atração | Onda Carioca
""",
        ics={
            "style": "outlook",
            "start": "2025-11-24 16:00:00 -0300",
            "minutes": 45,
            "organizer": ("Marina Vasconcellos", "marina.vasconcellos@ondacarioca.com.br"),
            "attendees": [("Luana Ribeiro", "luana.ribeiro@ondacarioca.com.br")],
            "uid": "040000008200E00074C5B7101A82E00800000000A0F3B9C72B5DDB01",
            "summary": "Entrevista Larissa Fonseca - Especialista CRM e Lifecycle",
            "location": "Reunião do Microsoft Teams",
        },
    ),
    j(
        "30-214",
        "2025-12-09 10:44",
        "Onda Carioca <noreply@gupy.io>",
        "Obrigado por participar do nosso processo",
        t("rejection", 18, "other"),
        html="""<html><body>
<p>Oi, Larissa.</p>
<p>Obrigado por ter topado essa onda com a gente! Foi muito bom conhecer sua trajetória.</p>
<p>Depois de avaliar todas as etapas, seguimos com outra pessoa para Especialista em CRM e Lifecycle.
Esse processo foi encerrado para você, mas a gente espera te ver em outras vagas.</p>
<p>Galera da Onda Carioca</p></body></html>""",
    ),
    # --- 19: Fóton (agência), hiring manager from personal Gmail -----------------------------
    j(
        "30-221",
        "2025-11-11 22:40",
        FOTON_PERSONAL,
        "Indicação da Carol - vaga de coordenação de performance",
        t("interview", 19, "direct"),
        """Oi Larissa, tudo certo?

Aqui é o Rodrigo, sócio da Fóton (agência de performance aqui na Vila Madalena). A Carol
Antunes me passou teu contato e disse que você manda muito bem em Meta e GA4.

Tô montando o time e preciso de uma coordenadora de performance pra cuidar de 6 contas de
e-commerce. Bora tomar um café essa semana? Quinta 8h30 na padaria da Aspicuelta funciona?

Te mando meu zap também: (11) 99712-3345

Abs
Rodrigo Amaral
(escrevo do pessoal porque o e-mail da agência tá fora hoje, hehe)
""",
    ),
    j(
        "30-222",
        "2025-11-13 11:15",
        FOTON_PERSONAL,
        "Re: Indicação da Carol - vaga de coordenação de performance",
        t("interview", 19, "direct"),
        """Lari, foi ótimo o papo hoje!

Como falei, o próximo passo é você conversar com a Nanda, nossa head de mídia. Ela vai te mandar
um horário pra segunda ou terça. Vou te adicionar no grupo do whats com ela.

Abs
Rodrigo
""",
        **reply("30-221", "x@gmail.com"),
    ),
    j(
        "30-223",
        "2025-11-28 20:07",
        FOTON_PERSONAL,
        "Re: Indicação da Carol - vaga de coordenação de performance",
        t("rejection", 19, "direct"),
        """Oi Lari,

Queria te dar um retorno com calma, não só pelo whats. Perdemos uma conta grande essa semana e
eu vou ter que segurar a contratação. Na prática a gente não vai seguir com a vaga agora, e não
quero te deixar esperando sem data.

Fico muito chateado porque você era nossa primeira opção. Se mudar algo eu te procuro primeiro.

Abraço
Rodrigo
""",
    ),
    # --- 21: Conta Lume (Lume Instituição de Pagamento S.A.), Greenhouse pt; ghosted --------
    j(
        "30-231",
        "2025-11-19 14:02",
        "Conta Lume <no-reply@us.greenhouse-mail.io>",
        "Recebemos sua candidatura - CRM Manager",
        t("confirmation", 21, "greenhouse"),
        """Oi Larissa,

Obrigado por se candidatar para a vaga de CRM Manager na Conta Lume!

Nosso time de People vai analisar sua candidatura. Infelizmente, devido ao grande volume de
candidaturas, não conseguimos dar retorno individual a todas as pessoas; se seu perfil
avançar, entraremos em contato em até 15 dias.

Obrigado,
Time de People | Conta Lume
Lume Instituição de Pagamento S.A.
""",
    ),
    # --- 22: Eletro Casa (Eletro Casa Comércio Varejista Ltda.), Vagas.com; withdrawn -------
    j(
        "30-241",
        "2025-11-24 21:30",
        "VAGAS.com <noreply@vagas.com.br>",
        "Candidatura enviada com sucesso",
        t("confirmation", 22, "other"),
        html="""<html><body><table width="600"><tr><td>
<h2>Larissa, sua candidatura foi enviada.</h2>
<p>Vaga: <b>Especialista em Mídia Programática</b><br>Empresa: <b>Eletro Casa</b><br>Local: São Paulo / SP</p>
<p>Para acompanhar, acesse <a href="https://www.vagas.com.br/minhas-candidaturas">Minhas candidaturas</a>.</p>
</td></tr></table></body></html>""",
    ),
    j(
        "30-242",
        "2025-12-02 13:10",
        "Seleção Eletro Casa <selecao@eletrocasa.com.br>",
        "Agendamento de entrevista - Mídia Programática",
        t("interview", 22, "direct"),
        """Olá Larissa,

Seu currículo foi pré-selecionado para a vaga de Especialista em Mídia Programática.
Gostaríamos de agendar uma entrevista online com a coordenação de Mídia. Por favor, responda
este e-mail com 2 opções de horário entre 08/12 e 10/12.

Atenciosamente,
Seleção Eletro Casa
Eletro Casa Comércio Varejista Ltda.
""",
    ),
    j(
        "30-243",
        "2025-12-04 10:55",
        "Seleção Eletro Casa <selecao@eletrocasa.com.br>",
        "RES: Agendamento de entrevista - Mídia Programática",
        t("confirmation", 22, "direct"),
        st="withdrawn",
        text="""Olá Larissa,

Recebemos sua mensagem informando a desistência do processo. Sua candidatura foi encerrada
conforme solicitado. Agradecemos o retorno e desejamos sucesso!

Atenciosamente,
Seleção Eletro Casa

De: Larissa Fonseca <larissa.fonseca.crm@gmail.com>
Enviado: quarta-feira, 3 de dezembro de 2025 19:41
Assunto: Re: Agendamento de entrevista - Mídia Programática

Olá! Agradeço o contato, mas gostaria de retirar minha candidatura. Abs, Larissa
""",
    ),
    # --- 23: Colmeia Atacadista, Gupy; incomplete nudge then application ------------------
    j(
        "30-250",
        "2025-12-10 19:00",
        "Colmeia Atacadista <noreply@gupy.io>",
        "Falta pouco! Finalize sua candidatura",
        ("alert", "Colmeia Atacadista", "Analista de CRM", None, "other", "pt"),
        html="""<html><body>
<p>Oi, Larissa!</p>
<p>Você começou a se candidatar para <b>Analista de CRM</b> na Colmeia Atacadista, mas ainda não
concluiu. Faltam só algumas perguntas!</p>
<p><a href="https://colmeia.gupy.io/jobs/10022841/apply">Continuar candidatura</a></p>
</body></html>""",
    ),
    j(
        "30-251",
        "2025-12-11 08:14",
        "Colmeia Atacadista <noreply@gupy.io>",
        "Candidatura realizada: Analista de CRM",
        t("confirmation", 23, "other"),
        html="""<html><body>
<p>Olá, Larissa!</p>
<p>Deu tudo certo: sua candidatura para <b>Analista de CRM</b> na <b>Colmeia Atacadista</b> foi enviada.</p>
<p>Acompanhe o processo seletivo pela sua área de candidata.</p>
<p>Time de Recrutamento Colmeia</p></body></html>""",
    ),
    j(
        "30-252",
        "2026-01-08 16:30",
        "Colmeia Atacadista <noreply@gupy.io>",
        "Informações sobre a vaga Analista de CRM",
        t("confirmation", 23, "other"),
        st="on_hold",
        html="""<html><body>
<p>Olá, Larissa.</p>
<p>Passando para dar uma atualização: a vaga de <b>Analista de CRM</b> está temporariamente
congelada por uma revisão de orçamento da área de Marketing. Sua candidatura continua ativa e
avisaremos assim que o processo for retomado.</p>
<p>Agradecemos a compreensão.<br>Time de Recrutamento Colmeia</p></body></html>""",
    ),
    # --- job alerts, talent communities, outreach, other job mail (pt) ---------------------
    j(
        "30-261",
        "2025-09-05 07:02",
        "Gupy <vagas@gupy.io>",
        "Vagas de CRM que combinam com você",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body>
<p>Larissa, separamos vagas para você</p>
<ul><li>Analista de CRM Sr. - Farmácias Nova Aliança - São Paulo</li>
<li>Especialista em Automação de Marketing - Bancoop Digital - Remoto</li>
<li>Analista de Growth - Petiscão - São Paulo</li></ul>
<p><a href="https://portal.gupy.io/job-search/term=crm">Ver todas as vagas</a></p>
</body></html>""",
    ),
    j(
        "30-262",
        "2025-09-29 06:30",
        "Catho <alertas@catho.com.br>",
        "12 novas vagas de Analista de Marketing Digital",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body><p>Larissa, estas vagas foram publicadas hoje:</p>
<p>Analista de Marketing Digital Pleno - Grupo Roda Viva - São Paulo<br>
Coordenador de Mídia Paga - Atlas Imóveis - Curitiba<br>Analista de CRM - Varejão Bom Preço - Guarulhos</p>
<p><a href="https://www.catho.com.br/vagas/">Ver as 12 vagas</a></p></body></html>""",
    ),
    j(
        "30-263",
        "2025-10-24 07:15",
        "LinkedIn Vagas <jobalerts-noreply@linkedin.com>",
        "“especialista crm”: Mercado Sol e mais 9 vagas",
        ("alert", None, None, None, "linkedin", "pt"),
        html="""<html><body><p>Seu alerta de vaga para especialista crm em São Paulo</p>
<p><b>Especialista CRM</b> · Mercado Sol · São Paulo (Híbrido) · Candidatura simplificada<br>
<b>CRM Specialist</b> · Frete Já · Remoto<br><b>Especialista de Retenção</b> · Banco Cinco · São Paulo</p>
<p><a href="https://www.linkedin.com/jobs/search/?keywords=especialista%20crm">Ver todas as vagas</a></p></body></html>""",
    ),
    j(
        "30-264",
        "2025-11-14 08:00",
        "Indeed <alert@indeed.com>",
        "Vagas de analista de performance em São Paulo, SP",
        ("alert", None, None, None, "indeed", "pt"),
        html="""<html><body><p>Novas vagas para <b>analista de performance</b></p>
<p>Analista de Performance Pleno - Moveis Lar Feliz - São Paulo, SP - R$ 7.500 por mês<br>
Analista de Mídia Performance - Agência Tucano - Remoto<br>Growth Analyst - Pix Fácil - São Paulo, SP</p>
<p><a href="https://br.indeed.com/jobs?q=analista+de+performance">Ver mais vagas</a></p></body></html>""",
    ),
    j(
        "30-265",
        "2025-12-19 09:10",
        "InfoJobs <noreply@infojobs.com.br>",
        "Novas vagas para você: Marketing de Relacionamento",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body><p>Olá Larissa, encontramos 7 vagas parecidas com as suas inscrições.</p>
<p>Analista de Marketing de Relacionamento - Óticas Visão Clara - São Paulo<br>
Analista de CRM Jr - Rede Pague Pouco - Campinas</p></body></html>""",
    ),
    j(
        "30-266",
        "2025-10-30 12:00",
        "Banco Veredas Carreiras <no-reply@kenoby.com>",
        "Bem-vinda à Comunidade de Talentos Banco Veredas",
        ("alert", "Banco Veredas", None, None, "other", "pt"),
        """Olá Larissa,

Obrigado por se cadastrar na Comunidade de Talentos do Banco Veredas. A partir de agora você
receberá novidades sobre vagas, eventos e programas da nossa Diretoria de Marketing e
Tecnologia.

Você pode atualizar suas preferências a qualquer momento.

Banco Veredas S.A. - Atração de Talentos
""",
    ),
    j(
        "30-267",
        "2026-01-26 10:30",
        "Gupy <vagas@gupy.io>",
        "Larissa, 5 empresas estão contratando para CRM",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body><p>As empresas abaixo abriram vagas esta semana:</p>
<p>Casa Nobre Decor · Analista de CRM Pleno<br>Sabor do Campo Alimentos · Especialista em CRM<br>
Pet Amigo · Coordenadora de Relacionamento</p>
<p><a href="https://portal.gupy.io/">Explorar vagas</a></p></body></html>""",
    ),
    j(
        "30-271",
        "2025-09-25 15:21",
        "Henrique Salles <henrique.salles@cifrafin.com.br>",
        "Vaga de Lifecycle Marketing na Cifra",
        ("outreach", "Cifra", "Lifecycle Marketing Specialist", None, "direct", "pt"),
        """Oi Larissa, tudo bem?

Sou o Henrique, Talent Acquisition da Cifra (fintech de crédito consignado). Vi seu perfil no
LinkedIn e achei que você tem tudo a ver com uma vaga de Lifecycle Marketing Specialist que
abrimos, focada em régua de retenção e Braze.

Topa uma conversa rápida essa semana?

Abraço,
Henrique Salles
Talent Acquisition | Cifra
""",
    ),
    j(
        "30-272",
        "2025-12-15 11:48",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Larissa, uma oportunidade de Head de Performance",
        ("outreach", "Grão Mestre Cafés", "Head de Performance", None, "linkedin", "pt"),
        html="""<html><body>
<p><b>Gustavo Pacheco</b> enviou uma mensagem para você</p>
<p>Olá Larissa! Sou headhunter e estou buscando uma Head de Performance para a Grão Mestre Cafés,
marca de cafés especiais em expansão no digital. Vi sua experiência em e-commerce e gostaria de
apresentar a vaga. Podemos falar?</p>
<p><a href="https://www.linkedin.com/messaging/">Responder</a></p></body></html>""",
    ),
    j(
        "30-273",
        "2026-02-03 09:25",
        "Talita Nunes | Ápice RH <talita@apicerh.com.br>",
        "Posição de Especialista em CRM - cliente do setor financeiro",
        ("outreach", None, "Especialista em CRM", None, "agency", "pt"),
        """Bom dia Larissa,

Trabalho na Ápice RH e estou com uma posição de Especialista em CRM para um cliente do setor
financeiro (instituição de médio porte, SP, híbrido). Remuneração compatível com mercado + PLR.

Posso te ligar hoje à tarde?

Att,
Talita Nunes
Ápice RH - Consultoria em Recrutamento
""",
    ),
    j(
        "30-281",
        "2025-09-03 10:13",
        "Gupy <noreply@gupy.io>",
        "Código de verificação Gupy: 482913",
        ("other_job", None, None, None, "other", "pt"),
        """Olá, Larissa!

Seu código de verificação é: 482913

Ele é válido por 10 minutos. Se você não solicitou este código, ignore este e-mail.

Gupy
""",
    ),
    j(
        "30-282",
        "2025-10-10 14:00",
        "Pesquisa Brilho <noreply@gupy.io>",
        "Como foi sua experiência no processo seletivo da Brilho?",
        ("other_job", "Brilho", None, None, "other", "pt"),
        html="""<html><body><p>Oi, Larissa!</p>
<p>Sua opinião ajuda a gente a melhorar. Responda 3 perguntas rápidas sobre sua experiência no
processo seletivo da Brilho (é anônimo).</p>
<p><a href="https://brilho.gupy.io/survey/ce1a">Responder pesquisa</a></p></body></html>""",
    ),
    j(
        "30-283",
        "2025-11-20 08:00",
        "Juliana Prado <juliana.prado@bancoveredas.com.br>",
        "Resposta automática: Indicação - Analista de CRM",
        ("other_job", "Banco Veredas", None, None, "direct", "pt"),
        """Olá! Estou em férias até 01/12, com acesso limitado ao e-mail.
Para assuntos de recrutamento, procure selecao@bancoveredas.com.br.

Juliana Prado | Banco Veredas S.A.
""",
    ),
]
