# ruff: noqa: E501, RUF100
"""Corpus 118, more Brazilian job mail (data only): see heldout118.py."""

from __future__ import annotations

from typing import Any

from heldout118_jobs import A, O, ev, m, reply

PI, PIR = "Pinhão Saúde", "Analista de Customer Success"
BR, BRR = "Bravar Educação", "Customer Success Lead"
OC, OCR = "Oceânica CRM", "UX Writer Pleno"
GU, GUR = "Guará", "Customer Success Manager"
LU, LUR = "Lumen", "Content Designer"
PE, PER = "Peoplin", "Customer Success Manager Sênior"
VE, VER = "Ventara", "UX Writer Sênior"
HA, HAR = "Haldane AI", "Customer Success Manager (Brazil)"
AC, ACR = "Acará Tech", "Customer Success Specialist"
BU, BUR = "Bússola Contábil", "UX Writer"
CA, CAR = "Cardume", "Customer Success Manager"
SA, SAR = "Sambaqui Software", "UX Writer"
OR, ORR = "Orla Cloud", "Customer Success Manager"
IP, IPR = "Ipê Seguros", "UX Writer"
TM, TMR = "Trama", "Customer Success Manager"
PO, POR = "Polen", "Analista de Customer Success"

MAIL: list[dict[str, Any]] = [
    # --- 8 Pinhão Saúde (Sólides) -> ghost -------------------------------------------------------
    m(
        "118101",
        "2025-09-17 11:02",
        "Sólides Vagas <naoresponda@solides.com.br>",
        "Sua candidatura foi registrada - Pinhão Saúde",
        A("confirmation", PI, PIR, 8, "other"),
        html="""<html><body>
<p>Olá, Luana!</p>
<p>Sua candidatura para a vaga <b>Analista de Customer Success</b> em <b>Pinhão Saúde</b> (Porto Alegre/RS - Remoto) foi registrada.</p>
<p>Para aumentar suas chances, complete o seu <b>Perfil Comportamental</b> na plataforma. Leva menos de 10 minutos!</p>
<p><a href="https://vagas.solides.com.br/candidato/perfil">Fazer meu perfil comportamental</a></p>
<p>Boa sorte!<br>Equipe Sólides</p>
</body></html>""",
    ),
    # --- 9 Bravar Educação (InfoJobs) -> rejection -------------------------------------------------
    m(
        "118102",
        "2025-09-18 09:15",
        "InfoJobs <noreply@infojobs.com.br>",
        "Você se candidatou à vaga Customer Success Lead",
        A("confirmation", BR, BRR, 9, "other"),
        html="""<html><body>
<p>Luana, sua candidatura foi enviada!</p>
<p><b>Customer Success Lead</b><br>Bravar Educação S.A. - São Paulo, SP</p>
<p>Você pode acompanhar o status (Inscrito, Currículo visto, Em processo, Finalizado) na área <a href="https://www.infojobs.com.br/candidate/applications">Minhas candidaturas</a>.</p>
<p>InfoJobs</p>
</body></html>""",
    ),
    m(
        "118103",
        "2025-10-02 18:44",
        "Recrutamento Bravar <recrutamento@bravar.edu.br>",
        "Processo seletivo",
        A("rejection", BR, BRR, 9, "direct"),
        text="""Olá, Luana! Tudo bem?

Passando para agradecer sua participação no processo seletivo para Customer Success Lead aqui na Bravar. Gostamos muito de conhecer sua trajetória e ficamos felizes em ver tanta gente talentosa querendo transformar a educação com a gente.

Neste momento, porém, seguiremos com outra pessoa candidata, com experiência prévia em liderança de times de CS com mais de 10 pessoas.

Desejamos sucesso e esperamos cruzar o seu caminho em breve!

Equipe de Recrutamento Bravar
""",
    ),
    # --- 10 Oceânica CRM (Kenoby) -> writing test -> rejection --------------------------------------
    m(
        "118104",
        "2025-09-19 15:33",
        "Oceânica CRM <vagas@kenoby.com>",
        "Oceânica CRM - Inscrição confirmada",
        A("confirmation", OC, OCR, 10, "other"),
        html="""<html><body style="font-family:Arial">
<p>Olá Luana,</p>
<p>Confirmamos sua inscrição na vaga <b>UX Writer Pleno</b>. Obrigado pelo interesse em fazer parte da nossa tripulação! 🌊</p>
<p>Todas as atualizações do processo serão enviadas para este e-mail.</p>
<p>Abraços,<br>Oceânica CRM</p>
<p style="font-size:10px">Powered by Kenoby</p>
</body></html>""",
    ),
    m(
        "118105",
        "2025-09-29 10:08",
        "Oceânica CRM <vagas@kenoby.com>",
        "Etapa: Teste de Escrita - UX Writer Pleno",
        A("assessment", OC, OCR, 10, "other"),
        html="""<html><body style="font-family:Arial">
<p>Olá Luana,</p>
<p>Você foi selecionada para a etapa de <b>Teste de Escrita</b>!</p>
<p>O teste é online, tem duração máxima de 90 minutos e deve ser feito até 03/10. Ele inclui: revisão de mensagens de erro, criação de uma notificação push e um exercício de voz e tom.</p>
<p><a href="https://oceanica.kenoby.com/teste/ux-writer-pleno/lpv">Iniciar teste</a></p>
<p>Oceânica CRM</p>
</body></html>""",
    ),
    m(
        "118106",
        "2025-10-16 17:20",
        "Oceânica CRM <vagas@kenoby.com>",
        "Oceânica CRM - Retorno do processo seletivo",
        A("rejection", OC, OCR, 10, "other"),
        html="""<html><body style="font-family:Arial">
<p>Olá Luana,</p>
<p>Obrigado por ter realizado o teste de escrita. Seu texto ficou claro e bem estruturado, e nosso time de design gostou especialmente da sua notificação push.</p>
<p>Infelizmente, nesta oportunidade, você não foi selecionada para a próxima etapa. Sabemos que esse não é o retorno que você esperava, mas torcemos muito pelo seu sucesso.</p>
<p>Abraços,<br>Time de Pessoas Oceânica CRM</p>
</body></html>""",
    ),
    # --- 11 Guará (Indeed) -> ghost -------------------------------------------------------------
    m(
        "118107",
        "2025-09-24 21:47",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Customer Success Manager",
        A("confirmation", GU, GUR, 11, "indeed"),
        html="""<html><body>
<p><b>Candidatura enviada</b></p>
<p>Customer Success Manager<br>Guará Sistemas Logísticos Ltda. - Florianópolis, SC</p>
<p>Os próximos passos ficam por conta do empregador. Enquanto isso, veja outras vagas parecidas:</p>
<ul><li>Analista de Sucesso do Cliente - Palhoça, SC</li><li>Customer Success Pleno - São José, SC</li></ul>
<p>Indeed</p>
</body></html>""",
    ),
    # --- 12 Lumen (LinkedIn InMail, Lever) -> interview -> rejection --------------------------------
    m(
        "118108",
        "2025-10-01 12:31",
        "Caio Monteverde via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidade: Content Designer na Lumen",
        O("outreach", LU, LUR, "linkedin"),
        html="""<html><body>
<p>Oi Luana, tudo bem?</p>
<p>Sou o Caio, tech recruiter na Lumen. Estamos montando o time de Content Design do nosso app de investimentos e o seu perfil (CS + UX writing) me pareceu bem interessante, principalmente essa mistura de conhecer o cliente de perto e escrever para ele.</p>
<p>A vaga é remota, CLT, com encontros trimestrais em SP. Topa conversar? Se sim, te mando o link para se inscrever.</p>
<p>Abs, Caio</p>
<p style="font-size:11px">Responder · Não tenho interesse</p>
</body></html>""",
    ),
    m(
        "118109",
        "2025-10-03 09:10",
        "Lumen <no-reply@hire.lever.co>",
        "Obrigado por se candidatar na Lumen",
        A("confirmation", LU, LUR, 12, "lever"),
        text="""Olá Luana,

Recebemos sua candidatura para Content Designer. Nosso time vai olhar com carinho e retornaremos em breve.

Time Lumen
Lumen Serviços Financeiros S.A.
""",
    ),
    m(
        "118110",
        "2025-10-06 16:45",
        "Caio Monteverde <caio.monteverde@lumen.com.br>",
        "Lumen | Agendamento de entrevista",
        A("interview", LU, LUR, 12, "direct"),
        text="""Oi Luana!

Tudo certo? Vi que você se inscreveu, obrigado! Vamos marcar a conversa com a nossa Head de Design, a Júlia Sant'Anna?

Escolha um horário por aqui: https://calendly.com/caio-lumen/entrevista-content

Abs,
Caio Monteverde
Tech Recruiter | Lumen
""",
    ),
    m(
        "118111",
        "2025-10-07 08:12",
        "Calendly <notifications@calendly.com>",
        "Confirmado: Entrevista Content Design - Lumen com Caio Monteverde em 10/10/2025",
        A("interview", LU, LUR, 12, "other"),
        text="""Olá Luana Prestes Vieira,

Seu evento foi agendado.

Entrevista Content Design - Lumen
sexta-feira, 10 de outubro de 2025
14:00 - 15:00 (Horário de Brasília)

Local: Google Meet (o link estará no convite)

Precisa fazer alterações? Reagendar ou cancelar.
""",
        ics=ev(
            "calendly-lumen-1010",
            "2025-10-10 14:00",
            "Entrevista Content Design - Lumen",
            ("Caio Monteverde", "caio.monteverde@lumen.com.br"),
            60,
        ),
    ),
    m(
        "118112",
        "2025-10-21 11:55",
        "Lumen <no-reply@hire.lever.co>",
        "Atualização sobre sua candidatura",
        A("rejection", LU, LUR, 12, "lever"),
        text="""Olá Luana,

Gostaríamos de agradecer pelo tempo e pela conversa com o nosso time de Design. Foi muito bom conhecer seus projetos e sua visão sobre conteúdo em produtos financeiros.

Depois de avaliar todas as pessoas participantes, decidimos não avançar com a sua candidatura para a vaga de Content Designer neste momento.

Sabemos que esse retorno pode ser frustrante e agradecemos de verdade a sua participação.

Um abraço,
Time de Talent Acquisition Lumen
""",
    ),
    # --- 13 agency Talentos Sul for Peoplin ---------------------------------------------------------
    m(
        "118113",
        "2025-10-09 10:40",
        "Fernanda Lisboa | Talentos Sul <fernanda@talentossul.com.br>",
        "Vaga CSM Sênior - SaaS de RH em Porto Alegre (remoto)",
        O("outreach", None, PER, "agency"),
        text="""Olá Luana, bom dia!

Me chamo Fernanda e sou consultora na Talentos Sul, consultoria de recrutamento especializada em tecnologia no Sul do país.

Estou conduzindo, com exclusividade, uma posição de Customer Success Manager Sênior para um cliente nosso: um SaaS de gestão de pessoas de Porto Alegre, em forte crescimento (Série A), com carteira de clientes mid-market. Modelo remoto, CLT, faixa de R$ 11 a 13 mil + bônus.

Por questão de confidencialidade ainda não posso divulgar o nome do cliente, mas posso contar mais detalhes em uma ligação rápida. Teria disponibilidade esta semana?

Abraço,
Fernanda Lisboa
Consultora de Recrutamento | Talentos Sul
(51) 99812-3047
""",
    ),
    m(
        "118114",
        "2025-10-15 15:22",
        "Fernanda Lisboa | Talentos Sul <fernanda@talentossul.com.br>",
        "RE: Vaga CSM Sênior - SaaS de RH em Porto Alegre (remoto)",
        A("confirmation", PE, PER, 13, "agency"),
        text="""Oi Luana!

Obrigada pela conversa de ontem. Conforme combinado, apresentei o seu currículo ao cliente, que agora posso revelar: é a Peoplin (Peoplin Tecnologia em Gestão de Pessoas Ltda.).

Eles devem analisar os perfis até o fim da semana que vem e eu te retorno assim que tiver novidades.

Abraço,
Fernanda Lisboa
Talentos Sul
""",
        **reply("<118113.20251009.53@talentossul.com.br>"),
    ),
    m(
        "118115",
        "2025-10-27 09:05",
        "Fernanda Lisboa | Talentos Sul <fernanda@talentossul.com.br>",
        "Entrevista Peoplin - quinta 30/10",
        A("interview", PE, PER, 13, "agency"),
        text="""Oi Luana, bom dia!

Boas notícias: a Peoplin gostou do seu perfil e quer te conhecer! A entrevista será com o Rodrigo Bassani (VP de Customer Experience) na quinta, 30/10, às 11h, pelo Google Meet. O convite vai sair do e-mail dele.

Dica: eles valorizam muito experiência com redução de churn e expansão de receita, então leva números!

Boa sorte!
Fernanda
""",
    ),
    m(
        "118116",
        "2025-10-27 11:30",
        "Rodrigo Bassani <rodrigo.bassani@peoplin.com.br>",
        "Convite: Entrevista CSM Sênior - Luana Prestes Vieira @ qui 30 de out de 2025 11:00 - 12:00 (BRT)",
        A("interview", PE, PER, 13, "direct"),
        text="""Você recebeu um convite para o seguinte evento.

Entrevista CSM Sênior - Luana Prestes Vieira
Quando: qui 30 de out de 2025 11:00 – 12:00 Horário Padrão de Brasília
Participar com o Google Meet: https://meet.google.com/hqo-ztyu-mwe
Organizador: rodrigo.bassani@peoplin.com.br

Convidado pelo Google Agenda.
""",
        ics=ev(
            "peoplin-csm-1030@google.com",
            "2025-10-30 11:00",
            "Entrevista CSM Sênior - Luana Prestes Vieira",
            ("Rodrigo Bassani", "rodrigo.bassani@peoplin.com.br"),
            60,
            location="https://meet.google.com/hqo-ztyu-mwe",
        ),
    ),
    m(
        "118117",
        "2025-11-07 17:50",
        "Fernanda Lisboa | Talentos Sul <fernanda@talentossul.com.br>",
        "Retorno Peoplin",
        A("rejection", PE, PER, 13, "agency"),
        text="""Oi Luana, tudo bem?

Recebi hoje o retorno da Peoplin. O Rodrigo elogiou muito a sua comunicação e a forma como você estruturou os cases de renovação. Mesmo assim, eles decidiram avançar com uma candidata que já atuou em SaaS de RH, por conta da curva de aprendizado do produto.

Sei que não é a notícia que você queria. Vou manter seu perfil no radar, tenho outras posições de CS chegando e lembro de você com certeza.

Um abraço,
Fernanda Lisboa
Talentos Sul
""",
    ),
    m(
        "118118",
        "2025-11-10 08:01",
        "Fernanda Lisboa | Talentos Sul <fernanda@talentossul.com.br>",
        "Resposta automática: Re: Retorno Peoplin",
        O("other_job", PE, PER, "agency"),
        text="""Olá! Estou em férias até 17/11, com acesso limitado ao e-mail. Em caso de urgência, fale com a Priscila Moura: priscila@talentossul.com.br.

Obrigada!
Fernanda Lisboa | Talentos Sul
""",
    ),
    # --- 14 Ventara (mail from Grupo Ondina S.A.) -> on hold -----------------------------------------
    m(
        "118119",
        "2025-10-14 13:12",
        "Grupo Ondina <naoresponda@gupy.io>",
        "Recebemos sua inscrição - UX Writer Sênior | Ventara",
        A("confirmation", VE, VER, 14, "other"),
        html="""<html><body>
<p>Olá, Luana!</p>
<p>Sua inscrição para <b>UX Writer Sênior | Ventara</b> foi concluída com sucesso.</p>
<p>O Grupo Ondina reúne marcas digitais como Ventara, Brisa Pay e Remanso. Acompanhe as próximas etapas em <a href="https://grupoondina.gupy.io/">grupoondina.gupy.io</a>.</p>
<p>Até breve,<br>Gente Grupo Ondina</p>
<p style="font-size:11px">Grupo Ondina S.A. - CNPJ 12.345.678/0001-90</p>
</body></html>""",
    ),
    m(
        "118120",
        "2025-10-28 10:20",
        "Beatriz Ramalho <beatriz.ramalho@grupoondina.com.br>",
        "Entrevista - UX Writer Sênior (Ventara)",
        A("interview", VE, VER, 14, "direct"),
        text="""Prezada Luana,

Bom dia. Sou Beatriz Ramalho, Business Partner de RH do Grupo Ondina, responsável pelos processos da Ventara.

Gostaríamos de convidá-la para uma entrevista com a área de Produto da Ventara no dia 04/11/2025, às 16h, em formato online (Microsoft Teams). O convite segue anexo.

Permaneço à disposição.

Atenciosamente,
Beatriz Ramalho
Business Partner RH | Grupo Ondina S.A.
""",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000ONDINA1104",
            "2025-11-04 16:00",
            "Entrevista UX Writer Sr - Ventara",
            ("Beatriz Ramalho", "beatriz.ramalho@grupoondina.com.br"),
            60,
            location="Reunião do Microsoft Teams",
        ),
    ),
    m(
        "118121",
        "2025-11-19 14:35",
        "Beatriz Ramalho <beatriz.ramalho@grupoondina.com.br>",
        "Atualização - processo UX Writer Sênior",
        A("confirmation", VE, VER, 14, "direct"),
        st="on_hold",
        text="""Prezada Luana,

Espero que esteja bem. Gostaria de agradecer novamente sua participação na entrevista com o time de Produto, que teve uma impressão muito positiva.

Informamos que, em razão de uma revisão do planejamento orçamentário para 2026, a vaga de UX Writer Sênior da Ventara está temporariamente congelada. Não se trata de uma decisão sobre o seu perfil: assim que a posição for reaberta, retomaremos o contato com você em prioridade.

Agradecemos a compreensão.

Atenciosamente,
Beatriz Ramalho
Business Partner RH | Grupo Ondina S.A.
""",
    ),
    # --- 15 Haldane AI (Lever, EN) -> ghost ---------------------------------------------------------
    m(
        "118122",
        "2025-10-20 23:10",
        "Haldane AI <no-reply@hire.lever.co>",
        "Your application to Haldane AI",
        A("confirmation", HA, HAR, 15, "lever", "en"),
        text="""Hi Luana,

Thanks for applying for the Customer Success Manager (Brazil) position at Haldane AI. We've got your application!

Our team reviews applications on a rolling basis. If you are not selected for an interview, we'll let you know by email, though given the volume this can take a few weeks.

Thanks again,
Haldane AI Recruiting
""",
    ),
    # --- 16 Acará Tech (Gupy) -> rejection -----------------------------------------------------------
    m(
        "118123",
        "2025-10-22 10:44",
        "Acará Tech <naoresponda@gupy.io>",
        "Sua candidatura para Customer Success Specialist foi recebida",
        A("confirmation", AC, ACR, 16, "other"),
        html="""<html><body>
<p>Olá, Luana!</p>
<p>Obrigado por se candidatar para <b>Customer Success Specialist</b> na Acará Tech.</p>
<p>Recebemos um volume muito grande de candidaturas e, infelizmente, nem sempre conseguimos dar um retorno individual para cada pessoa em todas as etapas. Mas fica tranquila: o status da sua candidatura estará sempre atualizado no Painel do Candidato.</p>
<p>Time Acará</p>
</body></html>""",
    ),
    m(
        "118124",
        "2025-11-05 19:02",
        "Acará Tech <naoresponda@gupy.io>",
        "Acará Tech - Customer Success Specialist",
        A("rejection", AC, ACR, 16, "other"),
        html="""<html><body>
<p>Olá, Luana!</p>
<p>Agradecemos muito o seu interesse na Acará Tech. Analisamos seu perfil com atenção e vimos que você tem uma trajetória muito bacana em Customer Success.</p>
<p>Neste momento, optamos por seguir com outras candidaturas para esta vaga. Mas não desanime: novas oportunidades surgem o tempo todo na nossa <a href="https://acaratech.gupy.io">página de carreiras</a>.</p>
<p>Time Acará</p>
</body></html>""",
    ),
    # --- 17 Bússola Contábil (Workable) -> interview -> rejection ----------------------------------
    m(
        "118125",
        "2025-10-23 14:18",
        "Bússola Contábil <noreply@candidates.workablemail.com>",
        "Obrigado por se candidatar para UX Writer",
        A("confirmation", BU, BUR, 17, "workable"),
        text="""Olá Luana,

Obrigado por se candidatar para a vaga de UX Writer na Bússola Contábil. Sua candidatura foi recebida e será analisada pela equipe de contratação.

Atenciosamente,
Bússola Contábil
""",
    ),
    m(
        "118126",
        "2025-11-03 10:00",
        "Henrique Assis <henrique@bussolacontabil.com.br>",
        "Bússola | conversa sobre a vaga de UX Writer",
        A("interview", BU, BUR, 17, "direct"),
        text="""Olá Luana,

Sou Henrique, Product Manager aqui na Bússola. Gostaria de marcar uma conversa de 1h com você e com a Carla (nossa designer sênior) para falarmos da vaga de UX Writer. Pode ser na sexta, 07/11, às 10h?

Nosso escritório fica no Centro de Floripa (Rua Jerônimo Coelho), mas pode ser online se preferir.

Abraço,
Henrique Assis
Product Manager | Bússola Contábil
""",
        ics=ev(
            "bussola-ux-1107@bussolacontabil.com.br",
            "2025-11-07 10:00",
            "UX Writer - Luana x Bússola",
            ("Henrique Assis", "henrique@bussolacontabil.com.br"),
            60,
            location="Bússola Contábil - Rua Jerônimo Coelho, Centro, Florianópolis / ou Google Meet",
        ),
    ),
    m(
        "118127",
        "2025-11-14 16:26",
        "Bússola Contábil <noreply@candidates.workablemail.com>",
        "Sua candidatura na Bússola Contábil",
        A("rejection", BU, BUR, 17, "workable"),
        text="""Olá Luana,

Muito obrigado pelo tempo que você dedicou ao nosso processo e pela ótima conversa com o Henrique e a Carla.

Após bastante reflexão, decidimos seguir com outra pessoa candidata para a vaga de UX Writer. Foi uma decisão difícil, pois o seu perfil foi muito bem avaliado.

Desejamos sucesso em seus próximos passos.

Atenciosamente,
Equipe Bússola Contábil
""",
    ),
    # --- 19 Cardume (LinkedIn) -> viewed -> rejection --------------------------------------------------
    m(
        "118128",
        "2025-11-04 08:32",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Luana, sua candidatura foi enviada para Cardume",
        A("confirmation", CA, CAR, 19, "linkedin"),
        html="""<html><body>
<p>Sua candidatura foi enviada para Cardume</p>
<p><b>Customer Success Manager</b><br>Cardume · Florianópolis, SC (Híbrido)</p>
<p>Candidatura enviada em 4 de nov. de 2025</p>
</body></html>""",
    ),
    m(
        "118129",
        "2025-11-06 12:14",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura foi visualizada por Cardume",
        A("viewed", CA, CAR, 19, "linkedin"),
        html="""<html><body>
<p>Sua candidatura para <b>Customer Success Manager</b> foi visualizada por Cardume.</p>
<p><a href="https://www.linkedin.com/jobs/view/4201184459">Ver vaga</a></p>
</body></html>""",
    ),
    m(
        "118130",
        "2025-11-20 10:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura para Customer Success Manager na Cardume",
        A("rejection", CA, CAR, 19, "linkedin"),
        html="""<html><body>
<p>Olá Luana,</p>
<p>Obrigado pelo seu interesse na vaga Customer Success Manager na Cardume. Revisamos sua candidatura com atenção e, infelizmente, decidimos não seguir adiante com ela.</p>
<p>Te desejamos boa sorte na sua busca.</p>
<p>Cardume Marketplace Ltda.</p>
<p style="font-size:11px">Esta mensagem foi enviada pelo LinkedIn em nome de Cardume.</p>
</body></html>""",
    ),
    # --- 20 Sambaqui Software (founder, gmail) -> interview -> rejection ---------------------------
    m(
        "118131",
        "2025-11-11 21:37",
        "Otávio Becker <otavio.becker.dev@gmail.com>",
        "Vaga de UX Writer no Sambaqui",
        A("interview", SA, SAR, 20, "direct"),
        text="""Oi Luana, boa noite!

Desculpa o e-mail tarde e do Gmail pessoal, nosso domínio está migrando. Sou o Otávio, um dos fundadores do Sambaqui (software para escolas de surfe e kitesurfe, a gente é pequeno: 9 pessoas). Recebemos o seu currículo pelo formulário do site para a vaga de UX Writer.

Topa tomar um café comigo e com a Lia (nossa designer) na próxima terça, 18/11, às 9h? Pode ser no Café Cultura da Lagoa.

Abraço,
Otávio
Sambaqui Software · Campeche, Floripa
""",
    ),
    m(
        "118132",
        "2025-11-26 19:15",
        "Otávio Becker <otavio.becker.dev@gmail.com>",
        "Re: Vaga de UX Writer no Sambaqui",
        A("rejection", SA, SAR, 20, "direct"),
        text="""Oi Luana,

Obrigado de novo pelo café, foi muito bom conversar contigo. A Lia saiu de lá fã do teu trabalho.

Vou ser direto porque acho que tu merece: a gente decidiu não contratar agora. Fechamos as contas do trimestre e não vamos conseguir pagar um salário justo para a vaga, então vamos adiar a contratação e, por enquanto, dividir o conteúdo entre o time.

Desculpa por isso. Se a gente reabrir em 2026, tu vai ser a primeira pessoa que eu vou chamar.

Abraço,
Otávio

Em ter., 18 de nov. de 2025 às 11:20, Luana Prestes Vieira <luana.pvieira@gmail.com> escreveu:
> Oi Otávio, obrigada pelo café hoje! Adorei conhecer vocês.
""",
    ),
    # --- 21 Orla Cloud (InHire), forwarded from old address -> ghost -----------------------------
    m(
        "118133",
        "2025-11-13 18:22",
        "Luana Vieira <luana.vieira@outlook.com>",
        "ENC: Orla Cloud | Candidatura recebida",
        A("confirmation", OR, ORR, 21, "other"),
        text="""

________________________________
De: Orla Cloud <notificacoes@inhire.app>
Enviado: quinta-feira, 13 de novembro de 2025 14:05
Para: luana.vieira@outlook.com
Assunto: Orla Cloud | Candidatura recebida

Olá, Luana!

Recebemos sua candidatura para Customer Success Manager na Orla Cloud. Nosso time de Talent vai analisar seu perfil e você receberá o retorno por e-mail.

Obrigado pelo interesse!
Time Orla Cloud
Enviado via InHire
""",
    ),
    # --- 22 Ipê Seguros (Gupy) -> test -> rejection -------------------------------------------------
    m(
        "118134",
        "2025-11-25 09:50",
        "Ipê Seguros Digital <naoresponda@gupy.io>",
        "Candidatura realizada - UX Writer",
        A("confirmation", IP, IPR, 22, "other"),
        html="""<html><body>
<p>Olá Luana, tudo bem?</p>
<p>Sua candidatura para <b>UX Writer</b> na Ipê Seguros Digital foi realizada. 🌳</p>
<p>Acompanhe pelo <a href="https://ipeseguros.gupy.io/candidates">Painel do Candidato</a>.</p>
</body></html>""",
    ),
    m(
        "118135",
        "2025-11-27 13:00",
        "Ipê Seguros Digital <naoresponda@gupy.io>",
        "Nova etapa disponível: Teste de Português e Lógica",
        A("assessment", IP, IPR, 22, "other"),
        html="""<html><body>
<p>Olá Luana!</p>
<p>Você tem uma nova etapa disponível no processo <b>UX Writer</b>: <b>Teste de Português e Lógica</b> (online, 40 minutos).</p>
<p>Prazo: 01/12/2025. <a href="https://ipeseguros.gupy.io/candidates/steps">Fazer teste agora</a></p>
<p>Boa sorte! 🍀</p>
</body></html>""",
    ),
    m(
        "118136",
        "2025-12-09 15:40",
        "Ipê Seguros Digital <naoresponda@gupy.io>",
        "Atualização sobre sua candidatura",
        A("rejection", IP, IPR, 22, "other"),
        html="""<html><body>
<p>Olá Luana,</p>
<p>Muito obrigado por participar do nosso processo. Você teve um ótimo desempenho no teste de Português, e isso não passou despercebido!</p>
<p>No entanto, a vaga de UX Writer foi preenchida por uma pessoa candidata com o perfil mais próximo ao que buscamos agora. Seu cadastro segue ativo no nosso banco de talentos.</p>
<p>Abraço,<br>Ipê Seguros Digital</p>
</body></html>""",
    ),
    # --- 23 Trama (Sólides) -> RH interview -> rejection -----------------------------------------
    m(
        "118137",
        "2025-12-01 10:25",
        "Sólides Vagas <naoresponda@solides.com.br>",
        "Sua candidatura foi registrada - Trama Dados",
        A("confirmation", TM, TMR, 23, "other"),
        html="""<html><body>
<p>Olá, Luana!</p>
<p>Sua candidatura para a vaga <b>Customer Success Manager</b> em <b>Trama Dados Ltda.</b> (São Paulo/SP - Híbrido) foi registrada.</p>
<p>Equipe Sólides</p>
</body></html>""",
    ),
    m(
        "118138",
        "2025-12-04 17:05",
        "Amanda Teles <amanda.teles@trama.com.br>",
        "Trama - entrevista com RH",
        A("interview", TM, TMR, 23, "direct"),
        text="""Oi Luana, tudo bem?

Sou a Amanda, do RH da Trama. Gostaria de marcar uma conversa inicial sobre a vaga de CSM. Você teria disponibilidade na segunda (08/12) às 15h? Seria uma call de 30 minutos pelo Meet.

Abs,
Amanda Teles
People | Trama
""",
    ),
    m(
        "118139",
        "2025-12-15 11:11",
        "Amanda Teles <amanda.teles@trama.com.br>",
        "Processo seletivo - CSM Trama",
        A("rejection", TM, TMR, 23, "direct"),
        text="""Oi Luana,

Obrigada pelo papo da semana passada! Foi ótimo conhecer sua experiência com onboarding de clientes.

Como comentei, a vaga tem a expectativa de 3 dias presenciais em São Paulo, e o gestor acabou optando por alguém que já está na cidade. Por isso, não vamos seguir com sua candidatura desta vez.

Agradeço demais e desejo muito sucesso!

Amanda
""",
    ),
    # --- 24 Polen (Vagas.com) -> ghost -------------------------------------------------------------
    m(
        "118140",
        "2025-12-03 20:30",
        "VAGAS.com.br <naoresponda@vagas.com.br>",
        "Candidatura realizada com sucesso",
        A("confirmation", PO, POR, 24, "other"),
        html="""<html><body>
<p>Olá, Luana Prestes Vieira</p>
<p>Sua candidatura à vaga <b>Analista de Customer Success</b> da empresa <b>Polen Marketing Digital S.A.</b> foi realizada com sucesso!</p>
<p>Código da vaga: v2788102</p>
<p>Equipe VAGAS.com.br</p>
</body></html>""",
    ),
    # --- alerts, talent pools, nudges, outreach, other job mail ----------------------------------
    m(
        "118141",
        "2025-09-02 07:30",
        "LinkedIn Vagas <jobalerts-noreply@linkedin.com>",
        "“customer success manager”: 18 vagas novas em Florianópolis",
        O("alert", None, None, "linkedin"),
        html="""<html><body>
<p>Suas vagas de hoje para <b>customer success manager</b> em Florianópolis, Santa Catarina, Brasil</p>
<ul><li>Customer Success Manager - Trilha · São Paulo (Remoto)</li><li>CS Specialist - Cardume · Florianópolis</li><li>Analista de Customer Success Sr - NTI · Florianópolis</li></ul>
<p><a href="https://www.linkedin.com/jobs/search/?keywords=customer%20success">Ver todas as vagas</a></p>
</body></html>""",
    ),
    m(
        "118142",
        "2025-09-15 06:45",
        "Indeed <alert@indeed.com>",
        "12 novas vagas de ux writer",
        O("alert", None, None, "indeed"),
        html="""<html><body>
<p>Novas vagas para <b>ux writer</b> em Remoto</p>
<p>UX Writer Pleno - Oceânica CRM - Remoto<br>Redator UX - Agência Fictor - São Paulo, SP<br>Content Designer - Lumen - Remoto</p>
<p>Indeed</p>
</body></html>""",
    ),
    m(
        "118143",
        "2025-09-26 08:00",
        "Gupy <naoresponda@gupy.io>",
        "Vagas que combinam com você 💜",
        O("alert", None, None, "other"),
        html="""<html><body>
<p>Oi, Luana! Separamos algumas vagas com a sua cara:</p>
<p>• Analista de Sucesso do Cliente - Acará Tech<br>• UX Writer Sênior - Grupo Ondina<br>• Customer Success Specialist - Nuvelo</p>
<p><a href="https://portal.gupy.io">Ver vagas no portal</a></p>
</body></html>""",
    ),
    m(
        "118144",
        "2025-10-05 09:12",
        "Gupy <naoresponda@gupy.io>",
        "Falta pouco! Finalize sua candidatura",
        O("alert", "Remanso", "Analista de Onboarding", "other"),
        html="""<html><body>
<p>Oi, Luana!</p>
<p>Você começou a se candidatar para <b>Analista de Onboarding</b> na <b>Remanso</b>, mas ainda não finalizou. A vaga pode encerrar a qualquer momento!</p>
<p><a href="https://grupoondina.gupy.io/jobs/77120">Continuar candidatura</a></p>
</body></html>""",
    ),
    m(
        "118145",
        "2025-10-12 07:35",
        "InfoJobs <alertas@infojobs.com.br>",
        "Novas ofertas de emprego: Customer Success - SP",
        O("alert", None, None, "other"),
        html="""<html><body>
<p>Olá Luana, há 9 novas ofertas para o seu alerta <b>Customer Success - São Paulo</b>:</p>
<p>Customer Success Lead - Bravar Educação<br>Analista CS - Polen Marketing Digital<br>Coordenador(a) de Relacionamento - Banco Fictus</p>
</body></html>""",
    ),
    m(
        "118146",
        "2025-10-18 10:00",
        "Oceânica CRM <vagas@kenoby.com>",
        "Bem-vinda ao Talent Pool da Oceânica!",
        O("alert", OC, None, "other"),
        html="""<html><body>
<p>Oi Luana! Agora você faz parte do nosso Talent Pool 🌊. Quando abrirmos vagas com o seu perfil, você será a primeira a saber.</p>
</body></html>""",
    ),
    m(
        "118147",
        "2025-10-24 12:02",
        "Camille Durand via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Customer Success role, Brazil - Pallas Health",
        O("outreach", "Pallas Health", "Customer Success Manager", "linkedin", "en"),
        html="""<html><body>
<p>Hi Luana,</p>
<p>I'm a recruiter at Pallas Health, a Berlin-based health-tech expanding to Brazil. We're hiring our first Customer Success Manager in São Paulo or remote, and your SaaS background caught my eye. Would you be open to a 20-minute chat next week?</p>
<p>Best, Camille</p>
</body></html>""",
    ),
    m(
        "118148",
        "2025-11-01 08:00",
        "VAGAS.com.br <alertas@vagas.com.br>",
        "Luana, 7 vagas para o seu perfil",
        O("alert", None, None, "other"),
        html="""<html><body>
<p>Vagas selecionadas para você: Analista de Customer Success (Polen), Consultor de Implantação (NTI), Analista de Suporte N2 (Guará).</p>
</body></html>""",
    ),
    m(
        "118149",
        "2025-11-08 14:40",
        "Gupy <naoresponda@gupy.io>",
        "Como foi sua experiência no processo da Acará Tech?",
        O("other_job", AC, ACR, "other"),
        html="""<html><body>
<p>Olá, Luana! Sua opinião é muito importante. De 0 a 10, o quanto você recomendaria o processo seletivo da Acará Tech para um amigo?</p>
<p>0 1 2 3 4 5 6 7 8 9 10</p>
</body></html>""",
    ),
    m(
        "118150",
        "2025-11-16 07:30",
        "LinkedIn Vagas <jobalerts-noreply@linkedin.com>",
        "“ux writer”: 9 vagas novas (Remoto)",
        O("alert", None, None, "linkedin"),
        html="""<html><body>
<p>Suas vagas de hoje para <b>ux writer</b>, Brasil (Remoto)</p>
<ul><li>UX Writer - Ipê Seguros Digital</li><li>Content Designer Pleno - Maresia</li><li>UX Writer - Fictor Agência</li></ul>
</body></html>""",
    ),
    m(
        "118151",
        "2025-11-22 11:45",
        "Rafael Quintela <rafael@huntersul.com.br>",
        "Posição de Head de CS - confidencial",
        O("outreach", None, "Head de Customer Success", "agency"),
        text="""Olá, Luana.

Sou headhunter na Hunter Sul Executive Search e estou com uma posição de Head de Customer Success em uma scale-up de software B2B de Joinville. A remuneração é atrativa e o modelo é híbrido.

Imagino que seja um passo acima da sua posição atual, mas vale uma conversa. Posso te ligar?

Rafael Quintela
Hunter Sul Executive Search
""",
    ),
    m(
        "118152",
        "2025-12-06 09:00",
        "Indeed <alert@indeed.com>",
        "Vagas de customer success em Florianópolis, SC",
        O("alert", None, None, "indeed"),
        html="""<html><body>
<p>CSM - Nuvelo - Florianópolis, SC · Analista de Sucesso do Cliente - Orla Cloud · Implantação - Serrana Sistemas</p>
</body></html>""",
    ),
    m(
        "118153",
        "2025-12-10 16:12",
        "Gupy <naoresponda@gupy.io>",
        "Seu código de verificação Gupy",
        O("other_job", None, None, "other"),
        text="""Seu código de verificação é 482913. Ele expira em 10 minutos.

Se você não solicitou, ignore este e-mail.
""",
    ),
    m(
        "118154",
        "2026-01-05 07:30",
        "LinkedIn Vagas <jobalerts-noreply@linkedin.com>",
        "“customer success manager”: 23 vagas novas em Florianópolis",
        O("alert", None, None, "linkedin"),
        html="""<html><body>
<p>Comece 2026 com novas oportunidades: Customer Success Manager - Nuvelo, CS Lead - Cardume, Account Manager - Orla Cloud.</p>
</body></html>""",
    ),
    m(
        "118155",
        "2026-01-12 10:25",
        "Thiago Lemos via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Vaga de CSM na Zeladoria.io",
        O("outreach", "Zeladoria.io", "Customer Success Manager", "linkedin"),
        html="""<html><body>
<p>Fala Luana! Sou o Thiago, co-fundador da Zeladoria.io (gestão de condomínios). Vi teu perfil e achei que tem tudo a ver com a vaga de CSM que abrimos. Bora trocar uma ideia?</p>
</body></html>""",
    ),
    m(
        "118156",
        "2026-01-26 08:00",
        "Gupy <naoresponda@gupy.io>",
        "Vagas que combinam com você 💜",
        O("alert", None, None, "other"),
        html="""<html><body>
<p>Oi, Luana! Novas vagas: Analista de Conteúdo - Brisa Pay, Customer Success - Ipê Seguros Digital.</p>
</body></html>""",
    ),
    m(
        "118159",
        "2026-02-10 14:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Luana, você tem 3 candidaturas sem resposta há mais de 30 dias",
        O("other_job", None, None, "linkedin"),
        html="""<html><body>
<p>Quer arquivar candidaturas antigas? Guará, Polen, Orla Cloud.</p>
</body></html>""",
    ),
]
