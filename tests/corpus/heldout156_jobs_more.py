# ruff: noqa: E501, RUF100
"""Corpus 156, job mail part two (data only): see heldout156.py."""

from __future__ import annotations

from typing import Any

from heldout156_jobs import GUPY_FOOTER, IP, A, J, ics, m, m_mt, reply

PA, PAR = "Precisão Agro", "Consultor de Agricultura de Precisão"
VO, VOR = "Voa Drones", "Especialista Agronômico – Pulverização com Drones"
SV, SVR = "Solo Vivo Consultoria", "Consultor Agronômico"
NU, NUR = "Nutrion Fertilizantes", "Agrônomo(a) de Desenvolvimento de Mercado"
FA, FAR = "Fundação Cerrado Sul", "Pesquisador(a) de Campo – Fitopatologia"
SU, SUR = "Surcos", "Agrónomo de Desarrollo de Mercado – Brasil"
BI, BIR = "Bionatus", "Especialista de Desenvolvimento de Mercado – Biológicos"
CM, CMR = "Cerrado Máquinas", "Especialista em Agricultura de Precisão"
AC, ACR = "AgroChapada", "Agrônomo de Campo – Algodão"
LA, LAR = "Lagoa Azul Agropecuária", "Coordenador de Campo Experimental"
SP, SPR = "Sementes Prata", "Supervisor de Produção de Sementes"
GU, GUR = "Sementes Guaporé", "RTV Sementes"

MARCELA = "Marcela Prado <marcela.prado@raizexec.example>"
MARCELA_SIG = """
Marcela Prado
Sócia | Raiz Executive Search
Agronegócio · Alimentos · Bioenergia
+55 62 3097-2210 | +55 62 98155-0433
www.raizexec.example"""
MARTIN = "Martín Echeverría <martin@surcos.example>"
KATIA = "Kátia Lopes <katia.lopes@cerradomaquinas.example>"
DANIELA = "Daniela Rocha | Semear RH <daniela.rocha@semearrh.example>"

LINKEDIN_FOOTER = """
Este e-mail foi enviado para Gustavo Henrique Borba Lemes (Engenheiro Agrônomo | RTV | Manejo de soja, milho e algodão)
Saiba por que incluímos isso: https://www.linkedin.com/help/linkedin/answer/4788
Você está recebendo e-mails de notificação de vagas.
Cancelar inscrição: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
LinkedIn e o logotipo do LinkedIn são marcas registradas da LinkedIn Corporation."""


MAIL: list[dict[str, Any]] = [
    # --- alerts and boards -------------------------------------------------------------------
    m(
        "ca1a",
        "2025-09-01 07:00",
        "Concursos Agro <boletim@concursosagro.example>",
        "Edital publicado: IPAC abre 62 vagas para Analista e Assistente (até R$ 12,9 mil)",
        J("alert", "other", IP),
        headers={"List-Unsubscribe": "<https://concursosagro.example/descadastrar?u=7714>"},
        html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<h2>Edital publicado: IPAC abre 62 vagas</h2>
<p>O Instituto de Pesquisa Agropecuária do Cerrado (IPAC) publicou o edital do concurso público com 62 vagas imediatas e cadastro
de reserva para os cargos de Analista A (nível superior, R$ 12.912,40) e Assistente (nível médio, R$ 5.438,17). A banca é o
Instituto Meridiano de Seleção.</p>
<p><b>Inscrições:</b> 8 a 22 de setembro · <b>Taxa:</b> R$ 145 (Analista) e R$ 95 (Assistente) · <b>Provas:</b> 16 de novembro</p>
<p>Entre as áreas de Analista estão Fitotecnia, Fitopatologia, Entomologia, Ciência do Solo, Zootecnia e Geotecnologias. Lotação em
Goiânia, Rio Verde, Sinop e Dourados.</p>
<p><a href="https://concursosagro.example/ipac-2025-edital">Leia a análise completa do edital</a> · <a href="https://concursosagro.example/cursos/ipac">Curso preparatório com 30% de desconto</a></p>
<p style="font-size:11px">Você recebe o Boletim Concursos Agro porque se cadastrou em nosso site.</p>
</body></html>""",
    ),
    m(
        "li1a",
        "2025-09-02 06:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“engenheiro agrônomo”: 12 oportunidades em Goiás, Brasil",
        J("alert", "linkedin"),
        text="""Seu alerta de vaga para engenheiro agrônomo em Goiás, Brasil
12 novas vagas correspondem às suas preferências.

Engenheiro Agrônomo - Assistência Técnica
Cooperativa Agroindustrial dos Produtores do Oeste
Mineiros, GO
Candidatura simplificada
Ver vaga: https://www.linkedin.com/comm/jobs/view/4287115320/?trackingId=pQ3fW2

Technical Sales Representative - Rio Verde (GO)
Veridia Crop Science
Rio Verde, GO
Ver vaga: https://www.linkedin.com/comm/jobs/view/4286920117/?trackingId=pQ3fW2

Especialista Agronômico - Pulverização com Drones
Voa Drones
Goiânia, GO (híbrido)
8 ex-alunos trabalham aqui
Ver vaga: https://www.linkedin.com/comm/jobs/view/4288301245/?trackingId=pQ3fW2

Coordenador Agrícola
Grupo Buriti Bioenergia
Quirinópolis, GO
Ver vaga: https://www.linkedin.com/comm/jobs/view/4283377610/?trackingId=pQ3fW2

Ver todas as vagas: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1887734201
"""
        + LINKEDIN_FOOTER,
    ),
    m(
        "in1a",
        "2025-09-16 05:44",
        "Indeed <alert@indeed.com>",
        "30+ novas vagas de rtv agronomia em Rio Verde, GO",
        J("alert", "indeed"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>rtv agronomia</b> em <b>Rio Verde, GO</b></p>
<table cellpadding="6">
<tr><td><a href="https://br.indeed.com/rc/clk?jk=5a2f1c0d8e7b4a11&amp;from=ja"><b>Representante Técnico de Vendas - RTV</b></a><br>Agro Jataí Insumos - Jataí, GO<br>R$ 7.000 - R$ 9.500 por mês · Fácil candidatura</td></tr>
<tr><td><a href="https://br.indeed.com/rc/clk?jk=9c1b7e2a4d3f6e08&amp;from=ja"><b>Consultor de Agricultura de Precisão</b></a><br>Precisão Agro Serviços - Jataí, GO<br>Responde normalmente em até 3 dias</td></tr>
<tr><td><a href="https://br.indeed.com/rc/clk?jk=1e8d4b6f2c7a9d35&amp;from=ja"><b>Engenheiro Agrônomo Júnior</b></a><br>Fazenda Bom Retiro - Montividiu, GO<br>Novo</td></tr>
<tr><td><a href="https://br.indeed.com/rc/clk?jk=7f3a9e1c5b2d8e46&amp;from=ja"><b>Vendedor Externo Agro</b></a><br>Agromaq Implementos - Rio Verde, GO</td></tr>
</table>
<p><a href="https://br.indeed.com/jobs?q=rtv+agronomia&amp;l=Rio+Verde%2C+GO&amp;from=ja">Ver todas as vagas</a></p>
<p style="font-size:11px;color:#767676">Você recebeu este e-mail porque se inscreveu para receber alertas de vagas do Indeed.
<a href="https://br.indeed.com/alert/unsubscribe?id=8e1c">Cancelar inscrição</a> · Indeed Brasil, Av. das Nações Unidas, 12.901 – São Paulo/SP</p>
</body></html>""",
    ),
    m(
        "ct3a",
        "2025-10-09 09:30",
        "Catho <vagas@catho.com.br>",
        "Gustavo, separamos 8 vagas com a sua cara",
        J("alert", "other"),
        headers={"List-Unsubscribe": "<mailto:descadastro@catho.com.br?subject=unsubscribe>"},
        html="""<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Vagas recomendadas para <b>Engenheiro Agrônomo</b>:</p>
<ul>
<li><a href="https://www.catho.com.br/vagas/engenheiro-agronomo/30412871/?origem=email_rec">Engenheiro Agrônomo de Campo</a> – Grupo Buriti Bioenergia – Quirinópolis/GO</li>
<li><a href="https://www.catho.com.br/vagas/gerente-de-fazenda/30399115/?origem=email_rec">Gerente de Fazenda</a> – Confidencial – Sorriso/MT</li>
<li><a href="https://www.catho.com.br/vagas/consultor-tecnico-agricola/30408004/?origem=email_rec">Consultor Técnico Agrícola</a> – Nutrion Fertilizantes – Lucas do Rio Verde/MT</li>
<li><a href="https://www.catho.com.br/vagas/coordenador-de-armazem/30410552/?origem=email_rec">Coordenador de Armazém</a> – Graneza – Rio Verde/GO</li>
</ul>
<p>Assinantes Catho se candidatam sem limites. <a href="https://www.catho.com.br/assinatura/?origem=email_rec">Conheça os planos</a></p>
<p style="font-size:11px;color:#999">Não quer mais receber? <a href="https://www.catho.com.br/preferencias-email/">Altere suas preferências</a></p>
</body></html>""",
    ),
    m(
        "cq1a",
        "2025-10-20 06:30",
        "CampoTalento <vagas@campotalento.example>",
        "Vagas da semana no agro 🌾 | 20/10",
        J("alert", "other"),
        headers={"List-Unsubscribe": "<https://campotalento.example/descadastrar?c=55c1>"},
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d3a1e">
<h3>Vagas da semana – Centro-Oeste</h3>
<p><b>Coordenador(a) de Campo Experimental</b> · Lagoa Azul Agropecuária · Cristalina/GO<br><a href="https://campotalento.example/vaga/88172">Quero me candidatar</a></p>
<p><b>Técnico(a) Agrícola – Algodão</b> · Empresa confidencial · Campo Verde/MT<br><a href="https://campotalento.example/vaga/88140">Quero me candidatar</a></p>
<p><b>Analista de Sustentabilidade (CAR/PRA)</b> · Ambiental Cerrado · Goiânia/GO<br><a href="https://campotalento.example/vaga/88166">Quero me candidatar</a></p>
<p><b>Operador(a) de Drone Agrícola</b> · Voa Drones · Rio Verde/GO<br><a href="https://campotalento.example/vaga/88101">Quero me candidatar</a></p>
<hr><p><i>Dica da semana:</i> como se preparar para a entrevista de campo? Leia no blog.</p>
<p style="font-size:11px">CampoTalento – empregos no agronegócio. Você recebe este e-mail porque criou um alerta.</p>
</body></html>""",
    ),
    m(
        "li2b",
        "2025-11-11 12:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sementes Guaporé está contratando: RTV Sementes",
        J("alert", "linkedin", GU, GUR),
        text="""Sementes Guaporé está contratando

RTV Sementes
Sementes Guaporé · Sorriso, MT (presencial)
Publicada há 2 dias · 41 candidaturas

Você tem interesse nesta vaga?
Ver vaga: https://www.linkedin.com/comm/jobs/view/4319227051/?refId=hiring_alert

Com base no seu perfil e nas empresas que você segue.
"""
        + LINKEDIN_FOOTER,
    ),
    m(
        "eg2v",
        "2025-11-26 20:17",
        "'Priscila Andrade' via Egressos Agronomia <egressos-agronomia@googlegroups.com>",
        "[egressos-agro] RTV para revenda em Jataí",
        J("alert", "other", "Agro Jataí Insumos", "RTV"),
        to="Egressos Agronomia <egressos-agronomia@googlegroups.com>",
        reply_to="priscila.andrade.agro@gmail.com",
        headers={"List-ID": "<egressos-agronomia.googlegroups.com>", "Precedence": "list"},
        text="""Oi gente!

A Agro Jataí Insumos (onde eu trabalho) está abrindo vaga de RTV pra carteira de soja/milho
na região de Jataí e Serranópolis. Salário fixo + comissão, carro e celular. Preferência
pra quem já tem carteira na região.

Currículos pra rh@agrojatai.example com o assunto "RTV Jataí".

Bjs, Priscila (turma 2016)

--
Você está recebendo esta mensagem porque está inscrito no grupo "Egressos Agronomia" dos Grupos do Google.
Para cancelar inscrição nesse grupo e parar de receber e-mails dele, envie um e-mail para egressos-agronomia+unsubscribe@googlegroups.com.""",
    ),
    m(
        "gp7h",
        "2025-12-18 14:00",
        "Agrícola Horizonte <noreply@gupy.io>",
        "Falta pouco! Finalize sua candidatura para Analista Agrícola",
        J("alert", "other", "Agrícola Horizonte", "Analista Agrícola"),
        html="""<html><body style="background:#f2f4f7;font-family:'Open Sans',Arial,sans-serif">
<table align="center" width="600" style="background:#fff;padding:32px;font-size:15px"><tr><td>
<p>Olá, Gustavo Henrique!</p>
<p>Notamos que você começou a se candidatar para a vaga <b>Analista Agrícola - Primavera do Leste/MT</b>, mas ainda não finalizou. 😉</p>
<p>Faltam apenas algumas etapas. As inscrições para esta vaga se encerram em <b>22/12</b>.</p>
<p style="text-align:center"><a href="https://agricolahorizonte.gupy.io/jobs/9612004/apply?utm_campaign=incomplete_application" style="background:#1e6f3a;color:#fff;padding:12px 26px;border-radius:22px;text-decoration:none">Continuar candidatura</a></p>
<p>Time de Pessoas | Agrícola Horizonte</p>
</td></tr></table>
"""
        + GUPY_FOOTER
        + "</body></html>",
    ),
    m(
        "vg3c",
        "2026-01-08 08:00",
        "VAGAS.com.br <vagas@vagas.com.br>",
        "Novas vagas para Engenheiro Agrônomo em Goiás",
        J("alert", "other"),
        text="""VAGAS.com.br – Vagas para você

Olá, Gustavo Henrique! Encontramos novas vagas parecidas com as que você buscou:

• Engenheiro(a) Agrônomo(a) - Assistência Técnica – Cooperativa Agroindustrial dos Produtores do Oeste – Chapadão do Céu/GO
  https://www.vagas.com.br/vagas/v2804461?utm_source=alerta
• Coordenador(a) de Produção Agrícola – Grupo Buriti Bioenergia – Quirinópolis/GO
  https://www.vagas.com.br/vagas/v2801190?utm_source=alerta
• Analista de Originação Jr – Empresa do setor de grãos – Rio Verde/GO
  https://www.vagas.com.br/vagas/v2803377?utm_source=alerta

Para deixar de receber estes e-mails, acesse https://www.vagas.com.br/preferencias""",
    ),
    m(
        "li3c",
        "2026-02-05 06:20",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“agricultura de precisão”: 7 oportunidades em Mato Grosso, Brasil",
        J("alert", "linkedin"),
        text="""Seu alerta de vaga para agricultura de precisão em Mato Grosso, Brasil

Especialista em Agricultura Digital
Agrícola Horizonte · Primavera do Leste, MT
Ver vaga: https://www.linkedin.com/comm/jobs/view/4351102774/?trackingId=z8Rk1q

Customer Success – Agro
Sinapse Agro · Cuiabá, MT (remoto)
Ver vaga: https://www.linkedin.com/comm/jobs/view/4350098823/?trackingId=z8Rk1q

Coordenador de Geotecnologias
Fazendas Tessaro · Campo Novo do Parecis, MT
Ver vaga: https://www.linkedin.com/comm/jobs/view/4349917760/?trackingId=z8Rk1q

Ver todas as vagas: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1887734299
"""
        + LINKEDIN_FOOTER,
    ),
    # --- outreach ----------------------------------------------------------------------------
    m(
        "li4d",
        "2025-10-16 19:22",
        "Fernanda Lustosa via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidade RTV Nutrição Vegetal - Sul de Goiás",
        J("outreach", "linkedin", "Terraviva Nutrição", "RTV – Nutrição Vegetal"),
        text="""Fernanda Lustosa
Tech Recruiter & Agro | Terraviva Nutrição

Olá Gustavo, tudo bem?

Encontrei seu perfil e achei sua experiência como RTV no Sudoeste Goiano muito alinhada com uma
posição que estamos abrindo na Terraviva Nutrição: RTV – Nutrição Vegetal (foliares e
biológicos), atendendo Rio Verde, Jataí e Mineiros.

Teria disponibilidade para uma conversa rápida esta semana?

Abraço,
Fernanda

Responder: https://www.linkedin.com/messaging/thread/2-ZTQxNjc4/?lipi=inmail
Não tem interesse? Avise Fernanda: https://www.linkedin.com/messaging/decline/2-ZTQxNjc4
"""
        + LINKEDIN_FOOTER,
    ),
    m(
        "rz1a",
        "2025-10-22 11:02",
        MARCELA,
        "Oportunidade confidencial - Desenvolvimento de Mercado | Biológicos (GO/MT)",
        J("outreach", "agency", None, BIR),
        text="""Olá, Gustavo, bom dia!

Sou a Marcela, sócia da Raiz Executive Search, consultoria especializada em posições de média e
alta gestão no agronegócio. Chegamos até você por indicação de um profissional do mercado de
biológicos que conhece seu trabalho em Rio Verde.

Estou conduzindo, de forma confidencial, um processo para uma empresa nacional de soluções
biológicas (inoculantes, bionematicidas e biofungicidas) em forte crescimento, que está
estruturando a área de Desenvolvimento de Mercado no Centro-Oeste. A posição é de
Especialista de Desenvolvimento de Mercado – Biológicos, cobrindo GO e MT, com foco em
ensaios em rede, posicionamento técnico junto a revendas e grandes grupos produtores.

Pacote competitivo (fixo + variável + veículo). Num primeiro momento não posso abrir o nome
do cliente, mas posso contar mais numa conversa rápida de 20-30 minutos. Você teria interesse?
"""
        + MARCELA_SIG,
    ),
    m(
        "rz2b",
        "2025-10-24 09:40",
        MARCELA,
        "Convite: Conversa Raiz x Gustavo Lemes @ seg 27 de out de 2025 18:00 - 18:30 (BRT) (gustavo.hblemes@gmail.com)",
        J("outreach", "agency", None, BIR),
        text="""Marcela Prado convidou você para participar de uma reunião do Google Meet.

Conversa Raiz x Gustavo Lemes
segunda-feira, 27 de outubro de 2025⋅18:00 – 18:30
Fuso horário: America/Sao_Paulo

Participar com o Google Meet
https://meet.google.com/xan-opbw-tiq

Descrição:
Gustavo, obrigada pelo retorno! Conversa inicial sobre a posição de Desenvolvimento de Mercado
– Biológicos. Se puder, me mande seu CV atualizado antes.

Convite do Google Agenda
Você está recebendo este e-mail porque é um convidado do evento.""",
        ics=ics(
            "7qv1f0k3t9m2s8c5p4ba@google.com",
            "2025-10-27 18:00",
            "Conversa Raiz x Gustavo Lemes",
            ("Marcela Prado", "marcela.prado@raizexec.example"),
            minutes=30,
            description="Google Meet: https://meet.google.com/xan-opbw-tiq",
        ),
    ),
    m(
        "pl1a",
        "2025-11-28 21:35",
        "Rodrigo Beltrame <rodrigobeltrame.agro@gmail.com>",
        "conversa",
        J("outreach", "direct", "Plantar Insumos", "RTV"),
        text="""Fala Gustavo, tudo certo?

Rodrigo da Plantar aqui (a gente se viu no dia de campo da Fazenda Boa Vista em agosto).
Fiquei sabendo por um passarinho que vc ta olhando outras oportunidades... Estamos abrindo
uma carteira nova em Montividiu/Paraúna e queria muito alguem com o teu perfil. Condição é
melhor que a da tua revenda atual, te garanto.

Topa tomar um café semana que vem pra gente conversar? Sem compromisso.

Abraço
Rodrigo Beltrame
Gerente Comercial - Plantar Insumos Agrícolas
(64) 99670-1182""",
    ),
    m(
        "ex1a",
        "2025-12-02 10:18",
        "Exacta RH <selecao@exactarh.example>",
        "Vaga temporária: RTV safrista - Sorriso/MT (início imediato)",
        J("outreach", "agency", None, "RTV Safrista"),
        html="""<html><body style="font-family:Tahoma,sans-serif;font-size:14px">
<p>Prezado(a) Gustavo Henrique,</p>
<p>A <b>Exacta RH – Trabalho Temporário e Terceirização</b> está selecionando profissionais para atuar em <b>cliente do segmento
de revenda de insumos agrícolas</b> na região de Sorriso/MT:</p>
<p><b>Cargo:</b> RTV Safrista (contrato temporário de 6 meses – Lei 6.019/74)<br>
<b>Requisitos:</b> Engenharia Agronômica, CREA ativo, CNH B<br>
<b>Oferecemos:</b> R$ 8.500,00 + ajuda de custo moradia + veículo</p>
<p>Identificamos seu currículo em nossa base de dados. Caso tenha interesse, responda este e-mail com sua pretensão salarial e
disponibilidade de início.</p>
<p>Atenciosamente,<br>Equipe de Seleção – Exacta RH<br>Cuiabá · Rondonópolis · Sorriso</p>
<p style="font-size:10px;color:#888">Para não receber mais oportunidades da Exacta RH, responda com "REMOVER".</p>
</body></html>""",
    ),
    m(
        "li5e",
        "2026-02-12 20:44",
        "Carlos Menegatti via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Posição de Gerente Regional - multinacional de defensivos",
        J("outreach", "linkedin", None, "Gerente Regional de Vendas"),
        text="""Carlos Menegatti
Headhunter | Hunter Agro Executive

Gustavo, boa noite! Vi que você assumiu nova posição recentemente, parabéns.

Mesmo assim, gostaria de te apresentar uma oportunidade de Gerente Regional de Vendas (GO/DF)
em uma multinacional de defensivos agrícolas. Sei que o momento pode não ser ideal, mas se
quiser conversar, estou à disposição.

Abs,
Carlos

Responder: https://www.linkedin.com/messaging/thread/2-NmE3Y2I4/?lipi=inmail
"""
        + LINKEDIN_FOOTER,
    ),
    # --- 6. Precisão Agro (Indeed) -------------------------------------------------------------
    m(
        "in2b",
        "2025-09-19 13:27",
        "Indeed Apply <indeedapply@indeed.com>",
        "Candidatura enviada: Consultor de Agricultura de Precisão",
        A("confirmation", PA, PAR, 6, "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
<table width="600" align="center"><tr><td>
<p style="font-size:20px"><b>Candidatura enviada</b></p>
<p><b>Consultor de Agricultura de Precisão</b><br>Precisão Agro Serviços Ltda. - Jataí, GO</p>
<p>Sua candidatura foi enviada para o empregador. Se ele tiver interesse, entrará em contato por meio das mensagens do Indeed, por e-mail ou por telefone.</p>
<p>Estes itens foram incluídos na sua candidatura:<br>• Currículo: Curriculo_Gustavo_Lemes_2025.pdf<br>• Respostas às perguntas do empregador (3)</p>
<p><a href="https://myjobs.indeed.com/applied?hl=pt_BR&amp;co=BR">Acompanhar suas candidaturas</a></p>
<p style="font-size:11px;color:#767676">© 2025 Indeed - <a href="https://br.indeed.com/legal/privacy">Privacidade</a>. Você recebeu este e-mail porque se candidatou a uma vaga no Indeed.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "in3c",
        "2025-10-08 16:40",
        "Precisão Agro Serviços via Indeed <noreply@indeed.com>",
        "Nova mensagem de Precisão Agro Serviços",
        A("rejection", PA, PAR, 6, "indeed"),
        reply_to="Precisão Agro Serviços <reply-7f21c0a99e@indeedemail.com>",
        text="""Precisão Agro Serviços enviou uma mensagem sobre a vaga Consultor de Agricultura de Precisão

Olá Gustavo,

Obrigado pelo interesse na vaga e pelo tempo dedicado à candidatura. Analisamos com atenção
o seu currículo, que é muito bom na parte de agronomia, mas para este momento optamos por
candidatos com experiência prática em operação de piloto automático, calibração de
plantadeiras e softwares de mapeamento (FieldView / Operations Center).

Boa sorte na sua busca!
Equipe Precisão Agro

Responder: https://br.indeed.com/conversations/9f8c7b21?from=email
Indeed não participa do processo de seleção do empregador.""",
    ),
    # --- 8. Voa Drones (LinkedIn) --------------------------------------------------------------
    m(
        "li6f",
        "2025-09-25 22:11",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Gustavo, sua candidatura foi enviada para Voa Drones",
        A("confirmation", VO, VOR, 8, "linkedin"),
        text="""Sua candidatura foi enviada para Voa Drones

Especialista Agronômico – Pulverização com Drones
Voa Drones · Goiânia, GO (híbrido)
Candidatura enviada em 25 de set. de 2025

Agora, fique atento: você receberá uma notificação se a empresa visualizar sua candidatura.

Ver candidatura: https://www.linkedin.com/comm/jobs/view/4288301245/?trk=eml-jobs_applied
"""
        + LINKEDIN_FOOTER,
    ),
    m(
        "li7g",
        "2025-09-29 14:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura foi visualizada por Voa Drones",
        A("viewed", VO, VOR, 8, "linkedin"),
        text="""Sua candidatura foi visualizada

A Voa Drones visualizou sua candidatura para Especialista Agronômico – Pulverização com Drones.

Enquanto isso, veja vagas parecidas: https://www.linkedin.com/comm/jobs/collections/similar-jobs/?referenceJobId=4288301245
"""
        + LINKEDIN_FOOTER,
    ),
    m(
        "li8h",
        "2025-10-10 18:27",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura para Especialista Agronômico – Pulverização com Drones na Voa Drones",
        A("rejection", VO, VOR, 8, "linkedin"),
        text="""Voa Drones
Especialista Agronômico – Pulverização com Drones · Goiânia, GO

Olá Gustavo,

Agradecemos pelo interesse na Voa Drones. Após analisarmos sua candidatura, decidimos não
dar continuidade com ela neste momento.

Desejamos sucesso na sua busca.

Atenciosamente,
Voa Drones

Principais vagas para você: https://www.linkedin.com/comm/jobs/?trk=eml-jobs_reject
"""
        + LINKEDIN_FOOTER,
    ),
    # --- 9. Solo Vivo Consultoria (owner from Hotmail) -----------------------------------------
    m(
        "sv1a",
        "2025-09-30 07:48",
        "Edson Carvalho <edsoncarvalho.agro@hotmail.com>",
        "RE: Currículo - Engenheiro Agrônomo",
        A("rejection", SV, SVR, 9, "direct"),
        **reply("<CAH7pX2q0Nc1@mail.gmail.com>"),
        text="""Gustavo, bom dia.

Agradeço o envio do currículo, muito bom por sinal, e a lembrança da nossa conversa no
Show Rural. No momento nossa equipe de consultores está completa e não temos previsão de
abertura de vaga para 2026, principalmente com o preço da soja do jeito que está.

Vou deixar seu currículo arquivado no nosso banco de talentos e, se surgir algo, entro em
contato.

Sucesso!

Edson Carvalho
Eng. Agr. – Diretor Técnico
Solo Vivo Consultoria Agronômica – Cascavel/PR
(45) 99902-6615

________________________________
De: Gustavo Henrique Borba Lemes <gustavo.hblemes@gmail.com>
Enviado: sexta-feira, 26 de setembro de 2025 19:03
Para: edsoncarvalho.agro@hotmail.com
Assunto: Currículo - Engenheiro Agrônomo

Boa noite, Edson!

Conversamos rapidamente no Show Rural em fevereiro. Estou buscando uma mudança de carreira
para consultoria e gostaria de deixar meu currículo à disposição da Solo Vivo, caso haja
alguma oportunidade, inclusive no Paraná.

Att.
Gustavo Henrique B. Lemes""",
    ),
    # --- 13. Nutrion Fertilizantes (Taleo) ----------------------------------------------------
    m(
        "tl1a",
        "2025-10-20 20:55",
        "Nutrion Fertilizantes <noreply@taleo.net>",
        "Confirmação de candidatura - Agrônomo(a) de Desenvolvimento de Mercado - MT (250008RN)",
        A("confirmation", NU, NUR, 13, "taleo"),
        text="""Prezado(a) Gustavo Henrique Borba Lemes,

Agradecemos o seu interesse na Nutrion Fertilizantes.

Confirmamos o recebimento da sua candidatura para o cargo de Agrônomo(a) de Desenvolvimento
de Mercado - MT (Requisição 250008RN). Nossa equipe de Recrutamento irá analisar seu perfil e,
caso ele atenda aos requisitos da posição, entraremos em contato.

Para acompanhar suas candidaturas, acesse:
https://nutrionfert.taleo.net/careersection/ext_br/mysubmissions.ftl?lang=pt_BR

Atenciosamente,
Recrutamento e Seleção
Nutrion Fertilizantes S.A.

***Esta é uma mensagem automática. Por favor, não responda.***""",
    ),
    m(
        "tl2b",
        "2025-12-03 13:14",
        "Nutrion Fertilizantes <noreply@taleo.net>",
        "Retorno - Requisição 250008RN",
        A("rejection", NU, NUR, 13, "taleo"),
        text="""Prezado(a) Gustavo Henrique Borba Lemes,

Agradecemos a sua participação no processo seletivo para a posição de Agrônomo(a) de
Desenvolvimento de Mercado - MT.

Informamos que, após análise criteriosa, seu perfil não foi selecionado para as próximas
etapas. Seus dados permanecerão em nosso banco de talentos por 12 meses.

Desejamos sucesso em seus projetos profissionais.

Atenciosamente,
Recrutamento e Seleção
Nutrion Fertilizantes S.A.

***Esta é uma mensagem automática. Por favor, não responda.***""",
    ),
    # --- 14. Fundação Cerrado Sul (Gupy; first mail forwarded from the work address) -----------
    m(
        "fw1a",
        "2025-10-28 12:36",
        "Gustavo Henrique B. Lemes | Agrocampo <gustavo.lemes@agrocampo-insumos.example>",
        "ENC: Recebemos sua candidatura - Pesquisador(a) de Campo - Fitopatologia",
        A("confirmation", FA, FAR, 14, "other"),
        text="""

________________________________
De: Fundação Cerrado Sul <noreply@gupy.io>
Enviado: terça-feira, 28 de outubro de 2025 12:31
Para: Gustavo Henrique B. Lemes | Agrocampo <gustavo.lemes@agrocampo-insumos.example>
Assunto: Recebemos sua candidatura - Pesquisador(a) de Campo - Fitopatologia

Olá, Gustavo Henrique!

Sua candidatura para a vaga Pesquisador(a) de Campo - Fitopatologia (Rio Verde/GO) foi
recebida com sucesso pela Fundação de Apoio à Pesquisa Agrícola Cerrado Sul.

Nossa equipe vai analisar seu currículo e, se houver aderência, você receberá as próximas
etapas por e-mail. Acompanhe o processo em https://fundacaocerradosul.gupy.io/candidates.

Boa sorte!
Equipe de RH – Fundação Cerrado Sul

Você está recebendo este e-mail porque se candidatou a uma vaga publicada na plataforma Gupy.


AVISO: Esta mensagem e seus anexos são de uso exclusivo de seu destinatário e podem conter
informações confidenciais da AGROCAMPO DISTRIBUIDORA DE INSUMOS LTDA.""",
    ),
    m(
        "fc2b",
        "2025-10-30 09:05",
        "Fundação Cerrado Sul <noreply@gupy.io>",
        "Etapa de testes | Pesquisador(a) de Campo - Fitopatologia",
        A("assessment", FA, FAR, 14, "other"),
        html="""<html><body style="background:#f2f4f7;font-family:'Open Sans',Arial,sans-serif">
<table align="center" width="600" style="background:#fff;padding:32px;font-size:15px"><tr><td>
<p>Olá, Gustavo Henrique,</p>
<p>Você foi aprovado(a) na triagem curricular! A próxima etapa do processo <b>Pesquisador(a) de Campo - Fitopatologia</b> é uma prova
online de conhecimentos específicos (doenças da soja e do milho, delineamento experimental e estatística básica), com duração de 40 minutos.</p>
<p>Prazo: <b>03/11/2025, 23h59</b>.</p>
<p><a href="https://fundacaocerradosul.gupy.io/candidates/tests/5518?utm_source=email">Acessar teste</a></p>
<p>Equipe de RH – Fundação Cerrado Sul</p>
</td></tr></table>
"""
        + GUPY_FOOTER
        + "</body></html>",
    ),
    m(
        "fc3c",
        "2025-11-20 16:31",
        "Fundação Cerrado Sul <noreply@gupy.io>",
        "Retorno sobre o processo seletivo",
        A("rejection", FA, FAR, 14, "other"),
        html="""<html><body style="background:#f2f4f7;font-family:'Open Sans',Arial,sans-serif">
<table align="center" width="600" style="background:#fff;padding:32px;font-size:15px"><tr><td>
<p>Olá, Gustavo Henrique!</p>
<p>Agradecemos sinceramente sua participação no processo seletivo para Pesquisador(a) de Campo - Fitopatologia. Seu desempenho na
prova foi muito bom e ficamos felizes em conhecer sua experiência de campo.</p>
<p>No entanto, para esta posição optamos por seguir com candidatos com mestrado em Fitopatologia e experiência na condução de ensaios
de eficiência agronômica, conforme requisito do nosso credenciamento junto ao MAPA.</p>
<p>Seguimos com seu currículo em nosso banco de talentos. Desejamos sucesso!</p>
<p>Equipe de RH – Fundação Cerrado Sul</p>
</td></tr></table>
"""
        + GUPY_FOOTER
        + "</body></html>",
    ),
    # --- 15. Surcos (LinkedIn, then the Argentine founders in Spanish) -------------------------
    m(
        "li9i",
        "2025-11-03 10:46",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Gustavo, sua candidatura foi enviada para Surcos",
        A("confirmation", SU, SUR, 15, "linkedin"),
        text="""Sua candidatura foi enviada para Surcos

Agrónomo de Desarrollo de Mercado – Brasil
Surcos · Brasil (remoto)
Candidatura enviada em 3 de nov. de 2025

Ver candidatura: https://www.linkedin.com/comm/jobs/view/4310088217/?trk=eml-jobs_applied
"""
        + LINKEDIN_FOOTER,
    ),
    m(
        "su1a",
        "2025-11-10 17:20",
        MARTIN,
        "Hola Gustavo - Surcos / posición Brasil",
        A("interview", SU, SUR, 15, "direct", "es"),
        text="""Hola Gustavo, ¿cómo estás?

Soy Martín, cofundador de Surcos. Vi tu postulación por LinkedIn para la posición de
Agrónomo de Desarrollo de Mercado en Brasil y me encantaría que charlemos.

Te cuento rápido: Surcos es una plataforma de monitoreo de cultivos con imágenes satelitales
y modelos de rendimiento que nació en Rosario hace 4 años. Hoy tenemos más de 2 millones de
hectáreas en Argentina y Uruguay y estamos arrancando en Brasil con los primeros clientes en
Goiás y Mato Grosso. Buscamos a alguien que conozca al productor brasileño, que haga los
ensayos de validación a campo y que sea la cara técnica de Surcos allá.

¿Te queda bien el viernes 14 a las 11 (hora de Brasilia, es la misma que acá)? Te mando la
invitación. Podemos hablar en portuñol, no hay problema. 😄

Abrazo,
Martín Echeverría
Co-founder & CEO | Surcos
Rosario, Santa Fe – Argentina""",
        ics=ics(
            "2b6qe0rk4f9t1h7cn5wu@google.com",
            "2025-11-14 11:00",
            "Charla Surcos - Gustavo Lemes",
            ("Martín Echeverría", "martin@surcos.example"),
            minutes=45,
            description="Unirse con Google Meet: https://meet.google.com/fzr-hqcn-opd",
        ),
    ),
    m(
        "su2b",
        "2025-12-02 19:08",
        "Lucía Ferraro <lucia@surcos.example>",
        "Invitación: Surcos | Charla técnica con Lucía @ mar 9 dic 2025 11:00 - 12:00 (BRT) (gustavo.hblemes@gmail.com)",
        A("interview", SU, SUR, 15, "direct", "es"),
        text="""Lucía Ferraro te ha invitado a una reunión de Google Meet.

Surcos | Charla técnica con Lucía
martes, 9 de diciembre de 2025⋅11:00 – 12:00
Zona horaria: America/Argentina/Buenos_Aires

Unirse con Google Meet
https://meet.google.com/uvb-kpdr-yez

Descripción:
Hola Gustavo! Martín me contó que les fue muy bien. En esta charla vamos a repasar cómo
validamos los modelos de rendimiento a campo y te voy a pedir que nos cuentes cómo armarías
una red de ensayos en soja en GO/MT. No hace falta preparar nada. ¡Nos vemos!

Invitación de Google Calendar
Recibes este correo electrónico porque eres un invitado del evento.""",
        ics=ics(
            "6hn3v8c1qk0e5r2t9zpa@google.com",
            "2025-12-09 11:00",
            "Surcos | Charla técnica con Lucía",
            ("Lucía Ferraro", "lucia@surcos.example"),
            attendees=[("Martín Echeverría", "martin@surcos.example")],
            description="Unirse con Google Meet: https://meet.google.com/uvb-kpdr-yez",
        ),
    ),
    m(
        "su3c",
        "2026-01-15 09:31",
        MARTIN,
        "Re: Surcos - próximos pasos",
        A("confirmation", SU, SUR, 15, "direct", "es"),
        st="withdrawn",
        **reply("<CAGf0Yt1M@mail.gmail.com>", "<CAH7pX2zR8wK@mail.gmail.com>"),
        text="""Gustavo, ¡qué lástima para nosotros y qué bueno para vos! Entiendo perfectamente, es una gran
oportunidad. Retiramos tu postulación del proceso, quedate tranquilo.

Seguimos en contacto; cuando Surcos crezca en Brasil capaz nos volvemos a cruzar. Mucha suerte
en la nueva etapa.

Abrazo grande,
Martín

El mié, 14 ene 2026 a las 21:47, Gustavo Henrique Borba Lemes (<gustavo.hblemes@gmail.com>) escribió:
> Hola Martín, ¿qué tal?
>
> Primero, muchas gracias por el tiempo de ustedes y por las charlas, aprendí mucho. Les
> quería avisar que acepté una propuesta de una empresa de protección de cultivos acá en
> Rio Verde y empiezo en febrero, por eso prefiero retirar mi candidatura para no ocupar el
> lugar de otro candidato.
>
> Espero que sigamos en contacto. ¡Éxitos con Surcos en Brasil!
>
> Abrazo,
> Gustavo""",
    ),
    # --- 16. Bionatus (Raiz Executive Search names the client) ---------------------------------
    m(
        "rz3c",
        "2025-11-04 15:12",
        MARCELA,
        "Próximos passos - Desenvolvimento de Mercado Biológicos",
        A("confirmation", BI, BIR, 16, "agency"),
        text="""Oi, Gustavo, tudo bem?

Obrigada mais uma vez pela conversa da semana passada. Como combinamos, apresentei seu perfil
ao cliente e agora já posso abrir o nome: trata-se da Bionatus Soluções Biológicas, de
Uberlândia/MG, que deve dobrar de tamanho no Centro-Oeste em 2026.

O Diretor Comercial gostou muito do seu histórico com manejo de nematoides e quer agendar uma
entrevista ainda em novembro. Vou te passar as opções de horário nos próximos dias.

Também envio em anexo a descrição completa da posição. Por favor, trate essas informações com
confidencialidade.
"""
        + MARCELA_SIG,
        attach=[
            (
                "JD_Bionatus_Especialista_DM_Biologicos.txt",
                "text/plain",
                "Bionatus Soluções Biológicas\nEspecialista de Desenvolvimento de Mercado – Biológicos (GO/MT)\nReporta a: Gerente de Desenvolvimento de Mercado\nBase: Rio Verde/GO ou Sinop/MT\nResponsabilidades: rede de ensaios, treinamentos técnicos, suporte a KAs\n",
            )
        ],
    ),
    m(
        "rz4d",
        "2025-11-19 10:25",
        MARCELA,
        "Entrevista com a Bionatus - 25/11 às 16h",
        A("interview", BI, BIR, 16, "agency"),
        text="""Gustavo, bom dia!

Confirmado: sua entrevista com o Henrique Sallas (Diretor Comercial) e a Paula Guedes (Gerente
de Desenvolvimento de Mercado) será na terça, 25/11, às 16h, pelo Teams. Te mandei o convite.

Algumas dicas: eles valorizam muito números (área atendida, ensaios conduzidos, resultado de
vendas) e exemplos de como você convence o produtor a adotar uma tecnologia nova. Vão perguntar
também sobre sua disponibilidade para morar em Sinop, caso necessário.

Me liga depois pra me contar como foi!
"""
        + MARCELA_SIG,
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A2B7C4D59A59DC01000000000000000010000000E441",
            "2025-11-25 16:00",
            "Bionatus | Entrevista Gustavo Lemes (Raiz)",
            ("Marcela Prado", "marcela.prado@raizexec.example"),
            style="outlook",
            location="Reunião do Microsoft Teams",
            attendees=[
                ("Henrique Sallas", "henrique.sallas@bionatus.example"),
                ("Paula Guedes", "paula.guedes@bionatus.example"),
            ],
            description="Reunião do Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGM1OTA2\nID: 274 009 316 552  Senha: c2Vd8p",
        ),
    ),
    m(
        "rz5e",
        "2025-12-12 18:03",
        MARCELA,
        "Retorno",
        A("rejection", BI, BIR, 16, "agency"),
        text="""Oi, Gustavo!

Tive hoje o retorno da Bionatus. Eles gostaram bastante de você: o Henrique comentou sobre sua
clareza técnica e a forma como você explica resultados de ensaio para o produtor.

Infelizmente, porém, decidiram seguir com outro finalista, que já morava em Sinop e tinha uma
rede de relacionamento grande no Médio-Norte do MT, que acabou pesando na decisão.

Sei que é frustrante chegar até a final. Vou manter você no radar para outras posições que
estou conduzindo no setor, inclusive uma que deve abrir em março em Goiás.

Um abraço,
"""
        + MARCELA_SIG,
    ),
    # --- 17. Cerrado Máquinas (dealer's HR, interview cancelled) -------------------------------
    m(
        "cm1a",
        "2025-11-05 08:50",
        "RH Cerrado Máquinas <rh@cerradomaquinas.example>",
        "Re: Currículo - Especialista em Agricultura de Precisão (AMS)",
        A("confirmation", CM, CMR, 17, "direct"),
        **reply("<CAH7pX2nK4ab@mail.gmail.com>"),
        text="""Bom dia, Gustavo!

Recebemos seu currículo para a vaga de Especialista em Agricultura de Precisão (AMS) da nossa
loja de Rio Verde. Assim que o gestor fizer a triagem, retornamos com as próximas etapas.

Atenciosamente,
Kátia Lopes
Recursos Humanos – Cerrado Máquinas Agrícolas Ltda.
Rio Verde · Jataí · Mineiros · Chapadão do Céu""",
    ),
    m(
        "cm2b",
        "2025-11-13 14:15",
        KATIA,
        "Convite: Entrevista Especialista AMS - Gustavo @ ter 18 de nov de 2025 09:00 - 10:00 (BRT) (gustavo.hblemes@gmail.com)",
        A("interview", CM, CMR, 17, "direct"),
        text="""Kátia Lopes convidou você para um evento.

Entrevista Especialista AMS - Gustavo
terça-feira, 18 de novembro de 2025⋅09:00 – 10:00
Fuso horário: America/Sao_Paulo

Local: Cerrado Máquinas - Loja Rio Verde, BR-060 km 388 (sala de treinamento)

Participantes
Kátia Lopes - organizador
rodrigo.tavares@cerradomaquinas.example
gustavo.hblemes@gmail.com

Descrição:
Entrevista presencial com Rodrigo Tavares (Gerente de Soluções Integradas). Trazer documento.

Convite do Google Agenda
Você está recebendo este e-mail porque é um convidado do evento.""",
        ics=ics(
            "1cm8t3jq7v0a2d6x9rbk@google.com",
            "2025-11-18 09:00",
            "Entrevista Especialista AMS - Gustavo",
            ("Kátia Lopes", "katia.lopes@cerradomaquinas.example"),
            location="Cerrado Máquinas - Loja Rio Verde, BR-060 km 388",
            attendees=[
                (
                    "rodrigo.tavares@cerradomaquinas.example",
                    "rodrigo.tavares@cerradomaquinas.example",
                )
            ],
        ),
    ),
    m(
        "cm3c",
        "2025-11-17 17:42",
        KATIA,
        "Evento cancelado: Entrevista Especialista AMS - Gustavo @ ter 18 de nov de 2025 09:00 - 10:00 (BRT) (gustavo.hblemes@gmail.com)",
        A("interview", CM, CMR, 17, "direct"),
        text="""Este evento foi cancelado e removido da sua agenda.

Entrevista Especialista AMS - Gustavo
terça-feira, 18 de novembro de 2025⋅09:00 – 10:00

Mensagem de Kátia Lopes:
Gustavo, o Rodrigo precisou viajar de última hora para Chapadão do Céu (problema numa
colheitadeira de cliente). Te ligo essa semana para remarcarmos. Desculpe!

Convite do Google Agenda""",
        ics=ics(
            "1cm8t3jq7v0a2d6x9rbk@google.com",
            "2025-11-18 09:00",
            "Entrevista Especialista AMS - Gustavo",
            ("Kátia Lopes", "katia.lopes@cerradomaquinas.example"),
            method="CANCEL",
            location="Cerrado Máquinas - Loja Rio Verde, BR-060 km 388",
        ),
    ),
    m(
        "cm4d",
        "2025-12-09 10:10",
        KATIA,
        "Vaga Especialista AMS",
        A("rejection", CM, CMR, 17, "direct"),
        text="""Bom dia, Gustavo, tudo bem?

Peço desculpas pela demora em retornar. Acabamos não conseguindo remarcar sua entrevista com
o Rodrigo antes do fim do mês e, nesse meio tempo, a vaga de Especialista AMS foi preenchida
por um colaborador da loja de Jataí que foi transferido.

Agradecemos muito o seu interesse e mantemos seu currículo para futuras oportunidades.

Atenciosamente,
Kátia Lopes
Recursos Humanos – Cerrado Máquinas Agrícolas Ltda.""",
    ),
    # --- 18. AgroChapada (Indeed post by Semear RH, client named late) ------------------------
    m(
        "in4d",
        "2025-11-17 21:02",
        "Indeed Apply <indeedapply@indeed.com>",
        "Candidatura enviada: Agrônomo de Campo - Algodão",
        A("confirmation", AC, ACR, 18, "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
<table width="600" align="center"><tr><td>
<p style="font-size:20px"><b>Candidatura enviada</b></p>
<p><b>Agrônomo de Campo - Algodão</b><br>Semear Consultoria em RH - Chapadão do Céu, GO</p>
<p>Sua candidatura foi enviada para o empregador.</p>
<p>Próximos passos: o empregador pode entrar em contato com você por e-mail, telefone ou pelas mensagens do Indeed.</p>
<p><a href="https://myjobs.indeed.com/applied?hl=pt_BR&amp;co=BR">Acompanhar suas candidaturas</a></p>
<p style="font-size:11px;color:#767676">© 2025 Indeed</p>
</td></tr></table></body></html>""",
    ),
    m(
        "se1a",
        "2025-11-24 11:34",
        DANIELA,
        "Vaga Agrônomo de Campo (algodão) - entrevista inicial",
        A("interview", AC, ACR, 18, "agency"),
        text="""Olá, Gustavo. Tudo bem?

Sou a Daniela, da Semear Consultoria em RH, especializada em recrutamento para o agronegócio.
Recebemos sua candidatura pelo Indeed para a vaga de Agrônomo de Campo – Algodão.

Nosso cliente é um grupo produtor de algodão, soja e milho com sede em Chapadão do Céu/GO
(cerca de 22 mil hectares). Gostaria de fazer uma entrevista inicial com você por vídeo no
WhatsApp na quarta-feira, 26/11, às 11h. Pode ser?

Se possível, me informe também sua pretensão salarial.

Atenciosamente,
Daniela Rocha
Consultora de Recrutamento | Semear Consultoria em RH
Goiânia – GO | (62) 3921-0077""",
    ),
    m(
        "se2b",
        "2025-12-04 16:58",
        DANIELA,
        "Entrevista com o cliente - AgroChapada - 09/12",
        A("interview", AC, ACR, 18, "agency"),
        text="""Oi, Gustavo!

Boa notícia: o cliente aprovou seu perfil para a etapa final. Agora já posso revelar: é a
AgroChapada (Chapadão Agrícola S.A.).

A entrevista será presencial com o Gerente de Produção, Sr. Jairo Menin, no escritório da
fazenda sede:
Data: 09/12 (terça), às 8h
Local: Fazenda Chapada Alta – Rod. GO-302, km 18, Chapadão do Céu/GO

Mandei o convite para a sua agenda. A AgroChapada reembolsa o combustível.

Abraço,
Daniela Rocha
Semear Consultoria em RH""",
        ics=ics(
            "4se0m8d2rq1v7k3c9xta@google.com",
            "2025-12-09 08:00",
            "Entrevista AgroChapada - Gustavo Lemes (Semear)",
            ("Daniela Rocha", "daniela.rocha@semearrh.example"),
            minutes=120,
            location="Fazenda Chapada Alta - Rod. GO-302 km 18, Chapadão do Céu/GO",
            attendees=[("Jairo Menin", "jairo.menin@agrochapada.example")],
        ),
    ),
    # --- 20. Lagoa Azul Agropecuária (CampoTalento) --------------------------------------------
    m(
        "cq2b",
        "2025-12-01 19:40",
        "CampoTalento <vagas@campotalento.example>",
        "Candidatura enviada: Coordenador(a) de Campo Experimental",
        A("confirmation", LA, LAR, 20, "other"),
        text="""Olá, Gustavo Henrique!

Sua candidatura foi enviada com sucesso.

Vaga: Coordenador(a) de Campo Experimental
Empresa: Lagoa Azul Agropecuária
Local: Cristalina/GO

A empresa recebe seu perfil CampoTalento e o currículo anexado. Caso seja selecionado(a),
você será contatado(a) diretamente pela empresa.

Acompanhe suas candidaturas: https://campotalento.example/minhas-candidaturas

Equipe CampoTalento – empregos no agronegócio""",
    ),
    # --- 21. Sementes Prata (InfoJobs) ---------------------------------------------------------
    m(
        "ij1a",
        "2025-12-08 22:15",
        "InfoJobs <noreply@infojobs.com.br>",
        "Inscrição realizada na vaga Supervisor de Produção de Sementes",
        A("confirmation", SP, SPR, 21, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Olá Gustavo Henrique,</p>
<p>Você se inscreveu na vaga <b>Supervisor de Produção de Sementes</b> da empresa <b>Sementes Prata Ltda</b> (Cristalina - GO).</p>
<p>Agora é só aguardar. Você pode acompanhar o status da sua candidatura (Inscrito, Currículo lido, Em processo de seleção, Finalista) em
<a href="https://www.infojobs.com.br/candidate/applications.aspx">Minhas candidaturas</a>.</p>
<p>Equipe InfoJobs</p>
</body></html>""",
    ),
    m(
        "ij2b",
        "2025-12-11 10:03",
        "InfoJobs <noreply@infojobs.com.br>",
        "Seu currículo foi lido",
        A("viewed", SP, SPR, 21, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Olá Gustavo Henrique,</p>
<p>A empresa <b>Sementes Prata Ltda</b> leu o seu currículo para a vaga <b>Supervisor de Produção de Sementes</b>.</p>
<p>Status atual: <b>Currículo lido</b></p>
<p><a href="https://www.infojobs.com.br/candidate/applications.aspx">Ver candidatura</a></p>
<p>Equipe InfoJobs</p>
</body></html>""",
    ),
    # --- 22. Sementes Guaporé (Gupy tenant "grupoguapore", Sorriso/MT) -------------------------
    m(
        "gu1a",
        "2025-12-15 08:44",
        "Carreiras Guaporé <noreply@gupy.io>",
        "Sua candidatura foi recebida 🌱",
        A("confirmation", GU, GUR, 22, "other"),
        html="""<html><body style="background:#f2f4f7;font-family:'Open Sans',Arial,sans-serif">
<table align="center" width="600" style="background:#fff;padding:32px;font-size:15px"><tr><td>
<img src="https://grupoguapore.gupy.io/static/logo.png" alt="Sementes Guaporé" height="40">
<p>Olá, Gustavo Henrique!</p>
<p>Recebemos sua candidatura para a vaga <b>RTV Sementes – Sorriso/MT</b>. Agradecemos por escolher crescer com a gente!</p>
<p>Nosso processo tem as etapas: análise de currículo, entrevista com RH, entrevista com a gestão comercial e proposta. Você será
avisado(a) a cada avanço.</p>
<p>Equipe de Gente | Sementes Guaporé</p>
</td></tr></table>
"""
        + GUPY_FOOTER
        + "</body></html>",
    ),
    m_mt(
        "gu2b",
        "2026-01-06 09:12",
        "Aline Zanatta <aline.zanatta@sementesguapore.example>",
        "Convite: Entrevista RH - RTV Sementes (Gustavo) @ sex 9 de jan de 2026 10:00 - 10:45 (BRT) (gustavo.hblemes@gmail.com)",
        A("interview", GU, GUR, 22, "direct"),
        text="""Aline Zanatta convidou você para participar de uma reunião do Google Meet.

Entrevista RH - RTV Sementes (Gustavo)
sexta-feira, 9 de janeiro de 2026⋅10:00 – 10:45 (horário de Brasília; 09:00 em Sorriso/MT)
Participar com o Google Meet: https://meet.google.com/ywq-eeuv-rmd

Descrição:
Olá Gustavo, tudo bem? Conforme conversamos por telefone, segue o convite para a entrevista
com o RH. Qualquer imprevisto me avise. Aline – Gente | Sementes Guaporé

Convite do Google Agenda""",
        ics=ics(
            "9gu4p1e7b2w0n6k3ra5m@google.com",
            "2026-01-09 10:00",
            "Entrevista RH - RTV Sementes (Gustavo)",
            ("Aline Zanatta", "aline.zanatta@sementesguapore.example"),
            minutes=45,
            description="Google Meet: https://meet.google.com/ywq-eeuv-rmd",
        ),
    ),
    m(
        "gu3c",
        "2026-01-21 15:20",
        "Carreiras Guaporé <noreply@gupy.io>",
        "Processo seletivo",
        A("rejection", GU, GUR, 22, "other"),
        text="""Olá, Gustavo Henrique.

Obrigado por participar do processo seletivo da Sementes Guaporé para a vaga de RTV
Sementes – Sorriso/MT e pelo tempo dedicado à entrevista.

Após avaliarmos todos os perfis, decidimos seguir com outros candidatos para as próximas
etapas. Esperamos contar com sua participação em outras oportunidades.

Um abraço,
Equipe de Gente | Sementes Guaporé

Esta é uma mensagem automática enviada pela Gupy.""",
    ),
]
