# ruff: noqa: E501
"""Corpus 40, the ordinary Recife inbox, with look-alikes of job mail on purpose."""

from __future__ import annotations

import hashlib
from typing import Any


def n(
    key: str, date: str, frm: str, subject: str, lang: str, text: str | None = None, **kw: Any
) -> dict[str, Any]:
    domain = frm.rsplit("@", 1)[1].rstrip(">")
    digest = hashlib.sha1(f"{key}|{date}".encode()).hexdigest()[:18]
    spec: dict[str, Any] = {
        "id": f"<{digest}.{key}@{domain}>",
        "date": date,
        "from": frm,
        "subject": subject,
        "t": ("not_job", lang),
    }
    if text:
        spec["text"] = text
    spec.update(kw)
    return spec


MAIL = [
    # --- look-alikes: credit "proposta", university "inscrição", condominium "candidatura" ---
    n(
        "lk01",
        "2025-09-03 10:00:00 -0300",
        "Banco Itaú <comunicado@itau-unibanco.com.br>",
        "Thaís, sua proposta de crédito pessoal foi pré-aprovada",
        "pt",
        """Thaís, temos uma proposta especial pra você:

Crédito pessoal de até R$ 15.000,00 com taxa a partir de 1,89% a.m. e primeira parcela para 60 dias.
Sua proposta está pré-aprovada e pode ser contratada direto no app, em poucos minutos.

Oferta válida até 30/09/2025, sujeita a análise de crédito. CET e condições no app Itaú.
Este é um e-mail automático. Itaú Unibanco S.A.""",
    ),
    n(
        "lk02",
        "2025-09-18 15:22:00 -0300",
        "Nubank <todomundo@nubank.com.br>",
        "Sua proposta de aumento de limite foi aprovada 💜",
        "pt",
        """Oi, Thaís!

Analisamos sua proposta e temos uma boa notícia: seu limite do cartão de crédito aumentou para
R$ 4.800. O novo limite já está disponível no app.

Com carinho,
Nubank""",
    ),
    n(
        "lk03",
        "2025-10-06 08:00:00 -0300",
        "Pós-Graduação UFPE <posgraduacao@ufpe.br>",
        "Confirmação de inscrição - Seleção Especialização em Nutrição Clínica 2026",
        "pt",
        """Prezada candidata,

Sua inscrição no processo seletivo do Curso de Especialização em Nutrição Clínica Funcional
(turma 2026) foi recebida. Número de inscrição: 2026-NCF-0183.

A análise documental ocorrerá até 31/10 e a entrevista com a coordenação entre 10 e 14/11.
O resultado será divulgado no site do programa.

Coordenação do Curso de Especialização""",
    ),
    n(
        "lk04",
        "2025-11-07 11:30:00 -0300",
        "Pós-Graduação UFPE <posgraduacao@ufpe.br>",
        "Convocação para entrevista - Especialização em Nutrição Clínica Funcional",
        "pt",
        """Prezada Thaís Albuquerque Nogueira,

Você está convocada para a entrevista da seleção do Curso de Especialização em Nutrição Clínica
Funcional, no dia 12/11/2025, às 14h20, na sala 3 do Departamento de Nutrição (CCS/UFPE).

Traga o projeto de TCC impresso.

Coordenação""",
    ),
    n(
        "lk05",
        "2025-12-05 17:45:00 -0300",
        "Pós-Graduação UFPE <posgraduacao@ufpe.br>",
        "Resultado final - Seleção Especialização 2026",
        "pt",
        """Prezada candidata,

Temos a satisfação de informar que você foi APROVADA na seleção do Curso de Especialização em
Nutrição Clínica Funcional (turma 2026). A matrícula deverá ser realizada de 12 a 16/01/2026.

Parabéns e seja bem-vinda!
Coordenação""",
    ),
    n(
        "lk06",
        "2025-10-01 20:10:00 -0300",
        "Administração Residencial Jardim das Graças <adm@residencialjardimdasgracas.com.br>",
        "Candidaturas para o Conselho Fiscal - Assembleia 28/10",
        "pt",
        """Prezados condôminos,

Estão abertas as candidaturas para o Conselho Fiscal e Consultivo do Residencial Jardim das Graças
(gestão 2026-2027). Interessados devem enviar nome e unidade até 20/10 para este e-mail.

A eleição acontecerá na Assembleia Geral Ordinária de 28/10, às 19h30, no salão de festas.
Pauta: prestação de contas, previsão orçamentária 2026, eleição de síndico e conselho.

Atenciosamente,
Administração - Roberto Almeida, síndico""",
    ),
    n(
        "lk07",
        "2025-10-21 09:05:00 -0300",
        "Administração Residencial Jardim das Graças <adm@residencialjardimdasgracas.com.br>",
        "Re: Candidatura Conselho Fiscal - apto 802",
        "pt",
        """Olá Thaís, sua candidatura ao Conselho Fiscal foi registrada. Seu nome constará na cédula da
assembleia do dia 28/10.

Obrigado por se dispor a ajudar o condomínio!
Roberto""",
    ),
    n(
        "lk08",
        "2025-10-29 22:00:00 -0300",
        "Administração Residencial Jardim das Graças <adm@residencialjardimdasgracas.com.br>",
        "Ata da AGO e resultado da eleição",
        "pt",
        """Prezados,

Segue a ata da Assembleia Geral Ordinária. Eleitos para o Conselho Fiscal: Sr. Mauro (apto 301),
Sra. Thaís Nogueira (apto 802) e Sra. Célia (apto 1103). Parabéns aos eleitos!

Reajuste da taxa condominial aprovado: 6,5% a partir de janeiro.""",
        attach=[("ata_AGO_2025.pdf", "application/pdf", "%PDF-1.4 ata")],
    ),
    n(
        "lk09",
        "2025-09-14 09:00:00 -0300",
        "Smart Fit <novidades@smartfit.com.br>",
        "OFERTA RELÂMPAGO: plano Black com matrícula zero 🔥",
        "pt",
        html="""<html><body style="background:#000;color:#fff;font-family:Arial">
<h1 style="color:#ffc700">SÓ ATÉ DOMINGO</h1><p>Plano Black com matrícula ZERO e o primeiro mês por R$ 9,90.</p>
<p>Treine em mais de 1.600 academias. Esta oferta é por tempo limitado!</p>
<p><a href="https://www.smartfit.com.br/planos">GARANTIR MINHA OFERTA</a></p>
<p style="font-size:10px">Descadastre-se aqui.</p></body></html>""",
    ),
    n(
        "lk10",
        "2025-11-28 06:00:00 -0300",
        "Smart Fit <novidades@smartfit.com.br>",
        "Black Friday: sua oferta exclusiva expira hoje",
        "pt",
        html="""<html><body><h2>Thaís, última chance!</h2><p>50% OFF nos 3 primeiros meses do plano Black. Oferta exclusiva para ex-alunos.</p>
<p><a href="https://www.smartfit.com.br/bf">Quero voltar a treinar</a></p></body></html>""",
    ),
    n(
        "lk11",
        "2025-09-30 07:00:00 -0300",
        "Nutrição em Pauta <newsletter@nutricaoempauta.com.br>",
        "Entrevista: Dra. Lúcia Fontes fala sobre o novo Guia Alimentar",
        "pt",
        """NUTRIÇÃO EM PAUTA · edição 112

ENTREVISTA DO MÊS
A pesquisadora Lúcia Fontes conta, em entrevista exclusiva, como os ultraprocessados entraram na
pauta da revisão do Guia Alimentar e o que muda no atendimento ambulatorial.

TAMBÉM NESTA EDIÇÃO
• Rotulagem frontal: um ano depois
• Mercado de trabalho: as áreas que mais contratam nutricionistas em 2025
• Vagas da semana: confira oportunidades em UAN e nutrição clínica

Cancelar assinatura · Ver no navegador""",
    ),
    n(
        "lk12",
        "2025-11-25 07:00:00 -0300",
        "Nutrição em Pauta <newsletter@nutricaoempauta.com.br>",
        "Como se sair bem em uma entrevista para UAN + 5 dicas de currículo",
        "pt",
        """NUTRIÇÃO EM PAUTA · edição 120

Carreira: recrutadores de três grandes empresas de refeições coletivas contam o que avaliam numa
entrevista para nutricionista de produção, e por que o teste de perfil não é bicho de sete cabeças.

Ciência: suplementação de vitamina D em idosos institucionalizados — o que diz a nova meta-análise.

Até a próxima!""",
    ),
    n(
        "lk13",
        "2025-10-08 14:00:00 -0300",
        "Food Safety Brazil <eventos@foodsafetybrazil.org>",
        "Convite: Webinar gratuito - FSSC 22000 versão 6 na prática",
        "pt",
        """Olá Thaís,

Sua inscrição no webinar "FSSC 22000 v6 na prática: cultura de segurança de alimentos" está
confirmada! Adicione o evento à sua agenda (convite anexo).

Data: 16/10/2025, 19h (Brasília)
Link da transmissão: https://zoom.us/j/91883301244

Até lá!
Food Safety Brazil""",
        ics={
            "uid": "fsb-webinar-1610@foodsafetybrazil.org",
            "start": "2025-10-16 19:00:00 -0300",
            "minutes": 90,
            "organizer": ("Food Safety Brazil", "eventos@foodsafetybrazil.org"),
            "summary": "Webinar: FSSC 22000 v6 na prática",
            "location": "https://zoom.us/j/91883301244",
            "description": "Webinar gratuito com certificado de participação.",
        },
    ),
    n(
        "lk14",
        "2025-12-03 10:00:00 -0300",
        "CRN-6 <comunicacao@crn6.org.br>",
        "Live CRN-6: Mercado de trabalho e processos seletivos para nutricionistas",
        "pt",
        """Conselho Regional de Nutricionistas - 6ª Região

Convidamos você para a live "Mercado de trabalho: como se preparar para processos seletivos,
concursos e entrevistas", com a conselheira Ana Karla Vasconcelos.

Dia 10/12, às 19h, no YouTube do CRN-6. Convite para sua agenda em anexo.""",
        ics={
            "uid": "crn6-live-1012@crn6.org.br",
            "start": "2025-12-10 19:00:00 -0300",
            "minutes": 60,
            "organizer": ("CRN-6", "comunicacao@crn6.org.br"),
            "summary": "Live CRN-6: Mercado de trabalho",
            "location": "https://youtube.com/@crn6",
        },
    ),
    n(
        "lk15",
        "2025-10-17 12:11:00 -0300",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Parabenize Juliana Araújo pelo novo cargo",
        "pt",
        """Juliana Araújo começou um novo cargo como Nutricionista Clínica no Real Hospital Português.

Parabenize Juliana: https://www.linkedin.com/feed/update/urn:li:activity:7384

Você recebe notificações de atualizações da sua rede.""",
    ),
    n(
        "lk16",
        "2025-11-01 09:40:00 -0300",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Você apareceu em 23 pesquisas esta semana",
        "pt",
        """Thaís, você apareceu em 23 pesquisas nesta semana.

Recrutadores e empresas como Velmora Foods e Nutrilar encontraram seu perfil.
Veja quem pesquisou: https://www.linkedin.com/me/search-appearances""",
    ),
    n(
        "lk17",
        "2025-12-22 18:00:00 -0300",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Rodrigo Menezes e mais 14 pessoas reagiram à sua publicação",
        "pt",
        """Sua publicação "Novo ciclo começando: em janeiro entro para o time da Nutrilar 💚" está bombando!

Rodrigo Menezes, Camila Rocha e mais 14 pessoas reagiram. 6 comentários.

Ver publicação: https://www.linkedin.com/feed/""",
    ),
    n(
        "lk18",
        "2025-11-19 08:00:00 -0300",
        "RH Pra Você <news@rhpravoce.com.br>",
        "Contratações no varejo alimentar batem recorde no fim de ano",
        "pt",
        """RH PRA VOCÊ - Newsletter semanal

Varejo alimentar deve abrir 98 mil vagas temporárias até dezembro; supermercados e atacarejos
lideram. Especialistas explicam como funcionam as dinâmicas de grupo em contratação em massa.

Leia mais: https://rhpravoce.com.br/noticias/varejo-recorde""",
    ),
    n(
        "lk19",
        "2025-09-23 13:00:00 -0300",
        "Hotmart <noreply@hotmart.com>",
        "Sua inscrição no curso Rotulagem Nutricional na Prática foi confirmada",
        "pt",
        """Olá, Thaís!

Sua compra foi aprovada e seu acesso ao curso "Rotulagem Nutricional na Prática 2025" já está
liberado.

Acesse a área de membros: https://hotmart.com/pt-br/club

Pedido: HP1829371022 - R$ 297,00 (3x sem juros)""",
    ),
    n(
        "lk20",
        "2025-12-12 09:00:00 -0300",
        "Zé Delivery <ofertas@ze.delivery>",
        "Oferta de fim de ano: sua cerveja gelada com 20% off",
        "pt",
        html="""<html><body><h2>Bateu aquela vontade? 🍻</h2><p>Só hoje: 20% off em packs selecionados. Oferta válida até 23h59.</p>
<p><a href="https://www.ze.delivery">Pedir agora</a></p><p style="font-size:9px">Beba com moderação. Venda proibida para menores de 18 anos.</p></body></html>""",
    ),
    n(
        "lk21",
        "2026-01-08 10:30:00 -0300",
        "Portal Único Gov.br <naoresponda@gov.br>",
        "Sua inscrição no Sisu foi recebida",
        "pt",
        """Prezado(a) usuário(a),

Confirmamos a inscrição de PEDRO ALBUQUERQUE NOGUEIRA no Sisu 2026 (1ª opção: Engenharia Civil - UFPE).
Acompanhe as notas de corte parciais no portal acessounico.mec.gov.br.

Ministério da Educação""",
    ),
    n(
        "lk22",
        "2026-02-02 15:00:00 -0300",
        "Caixa Econômica Federal <caixa@caixa.gov.br>",
        "Proposta de financiamento habitacional - documentação pendente",
        "pt",
        """Prezada cliente,

Sua proposta de financiamento habitacional nº 8.4410.0091553-2 está aguardando documentação.
Envie pelo app Habitação CAIXA: comprovante de renda atualizado e certidão de estado civil.

Caixa Econômica Federal""",
    ),
    n(
        "lk23",
        "2025-10-24 16:45:00 -0300",
        "Leticia Barros <leticia.barros.pesquisa@gmail.com>",
        "Convite para entrevista - pesquisa de mestrado sobre nutricionistas em UAN",
        "pt",
        """Oi Thaís, tudo bem? Sou mestranda no PPGN da UFPE e estou fazendo uma pesquisa qualitativa
sobre a rotina de nutricionistas que trabalham com segurança dos alimentos.

Você aceitaria participar de uma entrevista de uns 40 minutos, online? É totalmente anônima, com
TCLE aprovado pelo comitê de ética.

Obrigada!
Letícia Barros""",
    ),
    n(
        "lk24",
        "2026-01-22 11:00:00 -0300",
        "Sympla <noreply@sympla.com.br>",
        "Sua inscrição no 6º Congresso Nordestino de Nutrição está confirmada",
        "pt",
        """Oba, Thaís! Sua inscrição está confirmada.

Evento: 6º Congresso Nordestino de Nutrição - CONUNE
Data: 19 a 21/03/2026 - Centro de Convenções de Pernambuco, Olinda
Ingresso: Profissional - 1º lote

Seu ingresso está disponível no app Sympla.""",
    ),
    n(
        "lk25",
        "2026-02-10 19:00:00 -0300",
        "Airbnb <automated@airbnb.com>",
        "Oferta especial do anfitrião para sua viagem a Porto de Galinhas",
        "pt",
        """Fábio enviou uma oferta especial para Chalé Pé na Areia, 13 a 17 de fevereiro.

Preço: R$ 1.840 total (antes R$ 2.120). A oferta expira em 24 horas.

Reservar: https://www.airbnb.com.br/special_offer/88121""",
    ),
    # --- family and friends --------------------------------------------------------------------
    n(
        "fm01",
        "2025-09-06 20:14:00 -0300",
        "Mainha <socorro.albuquerque58@hotmail.com>",
        "fotos do aniversario de vovó",
        "pt",
        """filha segue as fotos do aniversário de vovó, tá linda né? manda pra tua irmã que eu não sei mandar pelo zap essas grandes

beijo mainha""",
        attach=[("IMG_20250906_1912.jpg", "image/jpeg", "jpegdata")],
    ),
    n(
        "fm02",
        "2025-09-27 09:33:00 -0300",
        "Pedro Nogueira <pedronogueira.eng@gmail.com>",
        "Re: churrasco sábado",
        "pt",
        """Fechou, levo o carvão e a farofa. Tu leva aquele vinagrete?

Pedro

Em sex., 26 de set. de 2025 às 21:02, Thaís escreveu:
> Sábado lá em casa 13h, traz o carvão!""",
    ),
    n(
        "fm03",
        "2025-10-11 15:40:00 -0300",
        "Bia Lacerda <bialacerda.doces@gmail.com>",
        "obrigada pelo contato da Madalena!",
        "pt",
        """Amiga, passei teu contato pra Madalena do restaurante, ela tava doida atrás de nutri. Depois me
conta se deu certo!! E bora marcar aquele café na Cafeína? Saudades

Bia""",
    ),
    n(
        "fm04",
        "2025-10-25 18:20:00 -0300",
        "Mainha <socorro.albuquerque58@hotmail.com>",
        "Re: entrevista",
        "pt",
        """que bom minha filha!!! deus vai abençoar, tu merece. me liga depois que eu to na casa de tia Nena

> mainha a entrevista lá na fábrica foi boa, depois te conto""",
    ),
    n(
        "fm05",
        "2025-11-22 08:15:00 -0300",
        "Rafa Teixeira <rafa.teixeira@outlook.com>",
        "PARABÉNS!!!",
        "pt",
        """Thaaaa!!! Vi teu story! Nutrilar!!!! Que orgulho, amiga. Remoto ainda por cima, agora tu vem pra
Floripa trabalhar daqui 😂

Vamos comemorar quando eu for pro Recife no Natal.
Rafa""",
    ),
    n(
        "fm06",
        "2025-12-20 11:00:00 -0300",
        "Tia Nena <nena.albuquerque@yahoo.com.br>",
        "Natal na casa de Olinda",
        "pt",
        """Queridos, o Natal esse ano vai ser aqui em Olinda. Cada um traz um prato. Thaís, tu que é
nutricionista faz aquela salada de grão de bico que todo mundo gostou. Chegar 20h.

Beijos, Nena""",
    ),
    n(
        "fm07",
        "2026-01-04 21:30:00 -0300",
        "Pedro Nogueira <pedronogueira.eng@gmail.com>",
        "nota do enem",
        "pt",
        """Thá, saiu a nota, 742 de média. Acho que dá pra civil na UFPE. Mainha tá chorando aqui kkkk

Pedro""",
    ),
    n(
        "fm08",
        "2026-02-14 10:10:00 -0300",
        "Bia Lacerda <bialacerda.doces@gmail.com>",
        "bloco sábado de zé pereira",
        "pt",
        """Bora pro Galo? Vou com o pessoal, saída da Ponte Duarte Coelho às 7h. Leva protetor e um
pochete, nada de celular no bolso de trás!!""",
    ),
    n(
        "fm09",
        "2025-11-09 14:00:00 -0300",
        "Grupo Corrida Capibaribe <corridacapibaribe@gmail.com>",
        "Treino de domingo e inscrição da corrida Eu Amo Recife",
        "pt",
        """Galera, treino domingo 5h30 no Parque da Jaqueira. Quem vai correr a Eu Amo Recife (07/12)
precisa fazer a inscrição até sexta, o kit sai por R$ 120 no nosso grupo.

Bora!
Coach Neto""",
    ),
    n(
        "fm10",
        "2025-09-12 19:45:00 +0100",
        "Catarina Moura <catarina.moura@sapo.pt>",
        "Saudades e uma dica de Lisboa",
        "pt",
        """Olá querida Thaís!

Que bom saber que estás a pensar em vir para Lisboa. Se precisares de um sítio para ficar nos
primeiros tempos, cá em casa há sempre um quarto. E vê o site do Net-Empregos, é onde a malta
procura trabalho por cá.

Um beijinho grande,
Catarina""",
    ),
    n(
        "fm11",
        "2025-12-28 16:00:00 -0300",
        "Rafa Teixeira <rafa.teixeira@outlook.com>",
        "Re: réveillon",
        "pt",
        """Confirmado! Vou chegar dia 30 à noite. Tu busca no aeroporto? Meu voo chega 22h40.

> Réveillon em Boa Viagem, tu vem né?""",
    ),
    # --- shopping, delivery, bills, banks ------------------------------------------------------
    n(
        "sh01",
        "2025-09-05 12:44:00 -0300",
        "iFood <noreply@ifood.com.br>",
        "Seu pedido foi entregue 😋",
        "pt",
        """Pedido #8841 - Poke Recife

1x Poke Salmão Grande ........ R$ 48,90
Taxa de entrega .............. R$ 5,99
Total ........................ R$ 54,89

Avalie seu pedido no app.""",
    ),
    n(
        "sh02",
        "2025-09-19 10:00:00 -0300",
        "Amazon.com.br <auto-confirm@amazon.com.br>",
        'Seu pedido Amazon.com.br de "Tabela de Composição de Alimentos..."',
        "pt",
        """Olá Thaís,

Obrigado pelo seu pedido. Vamos avisar quando seus itens forem enviados.

Pedido nº 701-8813244-5519210
Tabela de Composição de Alimentos - TACO (4ª ed.) - R$ 89,90
Chegada estimada: 24 de setembro

Amazon.com.br""",
    ),
    n(
        "sh03",
        "2025-09-22 16:12:00 -0300",
        "Correios <rastreamento@correios.com.br>",
        "Seu objeto saiu para entrega",
        "pt",
        """Objeto: QH881204553BR
Status: Objeto saiu para entrega ao destinatário
Local: CDD Graças - Recife/PE

Acompanhe em rastreamento.correios.com.br""",
    ),
    n(
        "sh04",
        "2025-10-05 08:00:00 -0300",
        "Neoenergia Pernambuco <faturadigital@neoenergia.com>",
        "Sua fatura de energia chegou",
        "pt",
        """Olá, THAIS A NOGUEIRA

Sua fatura de outubro está disponível.
Valor: R$ 187,42 | Vencimento: 15/10/2025
Consumo: 201 kWh

Pague com Pix pelo código na fatura.""",
    ),
    n(
        "sh05",
        "2025-11-05 08:00:00 -0300",
        "Neoenergia Pernambuco <faturadigital@neoenergia.com>",
        "Sua fatura de energia chegou",
        "pt",
        """Olá, THAIS A NOGUEIRA

Sua fatura de novembro está disponível.
Valor: R$ 214,09 | Vencimento: 17/11/2025
Consumo: 236 kWh (bandeira amarela)""",
    ),
    n(
        "sh06",
        "2025-12-05 08:00:00 -0300",
        "Neoenergia Pernambuco <faturadigital@neoenergia.com>",
        "Sua fatura de energia chegou",
        "pt",
        """Olá, THAIS A NOGUEIRA

Sua fatura de dezembro está disponível.
Valor: R$ 229,77 | Vencimento: 15/12/2025""",
    ),
    n(
        "sh07",
        "2025-10-10 09:30:00 -0300",
        "Compesa <atendimento@compesa.com.br>",
        "Conta de água - outubro/2025",
        "pt",
        """Prezado cliente, sua conta de água referente a outubro/2025 está disponível.
Matrícula 3318720-4 | Valor R$ 96,13 | Vencimento 20/10/2025""",
    ),
    n(
        "sh08",
        "2025-10-02 14:00:00 -0300",
        "Nubank <todomundo@nubank.com.br>",
        "Sua fatura fechou",
        "pt",
        """A fatura do seu cartão fechou em R$ 1.932,57 e vence em 09/10.

Pague pelo app com Pix ou boleto. Você também pode parcelar a fatura.""",
    ),
    n(
        "sh09",
        "2025-11-02 14:00:00 -0300",
        "Nubank <todomundo@nubank.com.br>",
        "Sua fatura fechou",
        "pt",
        """A fatura do seu cartão fechou em R$ 2.410,03 e vence em 09/11.""",
    ),
    n(
        "sh10",
        "2025-12-02 14:00:00 -0300",
        "Nubank <todomundo@nubank.com.br>",
        "Sua fatura fechou",
        "pt",
        """A fatura do seu cartão fechou em R$ 1.688,90 e vence em 09/12. Compras parceladas: 3.""",
    ),
    n(
        "sh11",
        "2026-01-02 14:00:00 -0300",
        "Nubank <todomundo@nubank.com.br>",
        "Sua fatura fechou",
        "pt",
        """A fatura do seu cartão fechou em R$ 3.105,44 e vence em 09/01. Boas festas! 💜""",
    ),
    n(
        "sh12",
        "2025-10-15 11:20:00 -0300",
        "Mercado Livre <info@mercadolivre.com>",
        "Você comprou Balança de bioimpedância digital",
        "pt",
        """Thaís, a sua compra foi confirmada!

Balança de bioimpedância digital Bluetooth - 1 unidade - R$ 159,90
Chega entre sexta e segunda.

Mercado Livre""",
    ),
    n(
        "sh13",
        "2025-10-18 17:01:00 -0300",
        "Mercado Livre <info@mercadolivre.com>",
        "Seu pacote foi entregue",
        "pt",
        """Entregamos seu pacote na portaria. Balança de bioimpedância digital Bluetooth.

Deu tudo certo? Avalie o produto.""",
    ),
    n(
        "sh14",
        "2025-11-29 09:15:00 -0300",
        "Magalu <magalu@emails.magazineluiza.com.br>",
        "Black Friday Magalu: ofertas imperdíveis pra você",
        "pt",
        html="""<html><body><h1>BLACK DAS BLACKS</h1><p>Air fryer, geladeira, smartphone com até 70% OFF e frete grátis.</p>
<p><a href="https://www.magazineluiza.com.br/selecao/blackfriday/">Ver ofertas</a></p></body></html>""",
    ),
    n(
        "sh15",
        "2025-12-18 13:33:00 -0300",
        "Shopee <info@mail.shopee.com.br>",
        "Pedido 251218KQ88 enviado",
        "pt",
        """Seu pedido 251218KQ88 foi enviado pelo vendedor loja.festas.recife.

Itens: Kit 50 forminhas douradas, Vela número 3. Previsão: 22/12.""",
    ),
    n(
        "sh16",
        "2026-01-10 10:00:00 -0300",
        "Unimed Recife <boleto@unimedrecife.com.br>",
        "Boleto plano de saúde - janeiro/2026",
        "pt",
        """Prezada beneficiária, segue o boleto do plano de saúde referente a janeiro/2026.
Valor: R$ 498,60 | Vencimento: 20/01/2026.

Lembramos que o reajuste anual foi aplicado conforme contrato.""",
    ),
    n(
        "sh17",
        "2026-01-30 15:50:00 -0300",
        "Unimed Recife <atendimento@unimedrecife.com.br>",
        "Confirmação de cancelamento do plano",
        "pt",
        """Prezada Thaís,

Confirmamos o recebimento da sua solicitação de cancelamento do plano individual, com efeitos a
partir de 01/02/2026. Protocolo: 20260130-77120.

Unimed Recife""",
    ),
    n(
        "sh18",
        "2025-09-29 11:02:00 -0300",
        "Itaú <comunicado@itau-unibanco.com.br>",
        "Comprovante de transferência Pix",
        "pt",
        """Pix enviado com sucesso

Valor: R$ 350,00
Para: ADMINISTRACAO RESIDENCIAL JARDIM DAS GRACAS
Data: 29/09/2025 11:01

Itaú Unibanco""",
    ),
    n(
        "sh19",
        "2025-11-10 11:00:00 -0300",
        "Itaú <comunicado@itau-unibanco.com.br>",
        "Comprovante de transferência Pix",
        "pt",
        """Pix enviado com sucesso

Valor: R$ 350,00
Para: ADMINISTRACAO RESIDENCIAL JARDIM DAS GRACAS
Data: 10/11/2025 10:58""",
    ),
    n(
        "sh20",
        "2025-12-23 19:30:00 -0300",
        "iFood <noreply@ifood.com.br>",
        "Seu pedido foi entregue 😋",
        "pt",
        """Pedido #2203 - Padaria Santa Rita

1x Bolo de rolo goiaba 500g ..... R$ 42,00
1x Pão de queijo (12un) ........ R$ 22,00
Total ........................... R$ 69,99""",
    ),
    n(
        "sh21",
        "2026-02-06 08:10:00 -0300",
        "Claro <faturaonline@claro.com.br>",
        "Sua conta Claro está disponível",
        "pt",
        """Olá Thaís, sua conta Claro residencial (internet 500 Mega) de fevereiro está disponível.
Valor: R$ 119,90. Vencimento: 15/02/2026.""",
    ),
    n(
        "sh22",
        "2025-10-03 08:10:00 -0300",
        "Claro <faturaonline@claro.com.br>",
        "Sua conta Claro está disponível",
        "pt",
        """Olá Thaís, sua conta Claro residencial de outubro está disponível. Valor: R$ 119,90.""",
    ),
    n(
        "sh23",
        "2026-01-15 09:00:00 -0300",
        "Prefeitura do Recife <iptu@recife.pe.gov.br>",
        "IPTU 2026 - boletos disponíveis",
        "pt",
        """Contribuinte, os boletos do IPTU/TLP 2026 estão disponíveis. Pagamento em cota única com 10% de
desconto até 10/02/2026.

Sequencial do imóvel: 4.188.302-1""",
    ),
    # --- services, SaaS, professional life ---------------------------------------------------
    n(
        "sv01",
        "2025-09-08 07:00:00 -0300",
        "CRN-6 <anuidade@crn6.org.br>",
        "Anuidade 2026 - desconto para pagamento antecipado",
        "pt",
        """Prezada nutricionista,

A anuidade 2026 do CRN-6 pode ser paga com 15% de desconto até 31/01/2026. Acesse o Sistema CFN/CRN
para emitir o boleto. Mantenha seu endereço atualizado.

Conselho Regional de Nutricionistas 6ª Região (AL, PB, PE, RN)""",
    ),
    n(
        "sv02",
        "2025-09-11 12:00:00 -0300",
        "Google <no-reply@accounts.google.com>",
        "Alerta de segurança",
        "pt",
        """Novo login na sua Conta do Google

thais.nogueira.nutri@gmail.com
Detectamos um novo login em um dispositivo Windows. Se foi você, não é necessário fazer nada.

Verificar atividade""",
    ),
    n(
        "sv03",
        "2025-09-15 10:30:00 -0300",
        "Canva <marketing@engage.canva.com>",
        "Thaís, crie materiais educativos com os novos modelos",
        "pt",
        """Novos modelos para nutricionistas: cardápios, plano alimentar, infográficos de porções.
Experimente o Canva Pro grátis por 30 dias.""",
    ),
    n(
        "sv04",
        "2025-10-20 18:00:00 -0300",
        "Google Drive <drive-shares-dm-noreply@google.com>",
        'Camila Rocha compartilhou "Case Nutrilar - modelo" com você',
        "pt",
        """Camila Rocha (camila.rocha@nutrilar.com.br) compartilhou um documento com você.

Case Nutrilar - modelo
Abrir: https://docs.google.com/document/d/1aQx

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
    ),
    n(
        "sv05",
        "2025-10-31 09:00:00 -0300",
        "Spotify <no-reply@spotify.com>",
        "Seu recibo do Spotify",
        "pt",
        """Obrigado por assinar o Spotify Premium Individual.
Valor: R$ 21,90 | Período: 31/10 a 30/11/2025 | Cartão final 4471""",
    ),
    n(
        "sv06",
        "2025-11-30 09:00:00 -0300",
        "Spotify <no-reply@spotify.com>",
        "Seu recibo do Spotify",
        "pt",
        """Obrigado por assinar o Spotify Premium Individual.
Valor: R$ 21,90 | Período: 30/11 a 30/12/2025""",
    ),
    n(
        "sv07",
        "2025-12-03 20:00:00 -0300",
        "Spotify <no-reply@spotify.com>",
        "Seu Wrapped 2025 chegou 🎉",
        "pt",
        """Thaís, seu ano em música chegou. Você ouviu 41.882 minutos — e sua artista mais ouvida foi
Duda Beat. Veja o seu Wrapped no app.""",
    ),
    n(
        "sv08",
        "2025-11-13 14:40:00 -0300",
        "Dietbox <contato@dietbox.me>",
        "Sua assinatura Dietbox foi renovada",
        "pt",
        """Olá Thaís, sua assinatura do Dietbox (plano Profissional) foi renovada.
Valor: R$ 59,90/mês. Próxima cobrança: 13/12/2025.""",
    ),
    n(
        "sv09",
        "2026-01-05 08:30:00 -0300",
        "Dietbox <contato@dietbox.me>",
        "Novidade: prescrição de suplementos com assinatura digital",
        "pt",
        """Agora você pode emitir prescrições de suplementos com assinatura digital ICP-Brasil direto no
Dietbox. Confira o passo a passo no nosso blog.""",
    ),
    n(
        "sv10",
        "2025-09-25 11:11:00 -0300",
        "Dra. Cláudia Ventura - Odontologia <agenda@claudiaventura.odo.br>",
        "Lembrete de consulta - 30/09 às 8h",
        "pt",
        """Olá Thaís! Lembramos sua consulta de manutenção no dia 30/09, às 8h.
Responda SIM para confirmar. Em caso de atraso superior a 15 min, a consulta poderá ser remarcada.""",
        ics={
            "uid": "odo-3009@claudiaventura.odo.br",
            "start": "2025-09-30 08:00:00 -0300",
            "minutes": 40,
            "organizer": ("Clínica Dra. Cláudia Ventura", "agenda@claudiaventura.odo.br"),
            "summary": "Consulta odontológica - manutenção",
            "location": "Rua das Pernambucanas, 407 - Graças",
        },
    ),
    n(
        "sv11",
        "2026-01-13 16:22:00 -0300",
        "Laboratório Gilson Cidrim <resultados@gilsoncidrim.com.br>",
        "Seus resultados de exames estão disponíveis",
        "pt",
        """Prezada Thaís, os resultados dos exames coletados em 09/01/2026 estão disponíveis no site.
Protocolo 88120155. Senha: a mesma cadastrada no atendimento.""",
    ),
    n(
        "sv12",
        "2026-01-14 09:00:00 -0300",
        "Clínica Ocupacional Saúde Mais <agendamento@saudemaisocupacional.com.br>",
        "Seu exame foi concluído - pesquisa de satisfação",
        "pt",
        """Olá! Obrigado por realizar seu atendimento na Saúde Mais. Avalie nossa unidade Boa Vista de 0 a
10 respondendo este e-mail. Sua opinião é muito importante.""",
    ),
    n(
        "sv13",
        "2025-10-26 21:00:00 -0300",
        "Netflix <info@mailer.netflix.com>",
        "Novidades para assistir nesta semana",
        "pt",
        """Thaís, chegaram novidades: a nova temporada de um dos seus favoritos e um documentário sobre
a cozinha do sertão. Assista agora.""",
    ),
    n(
        "sv14",
        "2025-12-16 07:30:00 -0300",
        "Duolingo <hello@duolingo.com>",
        "🦉 Você vai perder sua ofensiva!",
        "pt",
        """Seu espanhol está te esperando. Faça uma lição de 5 minutos para manter sua ofensiva de 64 dias.""",
    ),
    n(
        "sv15",
        "2026-02-12 07:30:00 -0300",
        "Duolingo <hello@duolingo.com>",
        "Seu relatório semanal",
        "pt",
        """Você aprendeu 42 palavras novas esta semana em Espanhol. Siga assim!""",
    ),
    n(
        "sv16",
        "2025-09-21 10:00:00 -0300",
        "Zoom <no-reply@zoom.us>",
        "Atualize seu aplicativo Zoom Workplace",
        "pt",
        """Uma nova versão do Zoom Workplace está disponível. Atualize para ter os recursos mais recentes
e correções de segurança.""",
    ),
    n(
        "sv17",
        "2026-01-05 08:55:00 -0300",
        "Slack <feedback@slack.com>",
        "Você entrou no workspace Nutrilar",
        "pt",
        """Bem-vinda ao Slack, Thaís! Você entrou no workspace Nutrilar (nutrilar.slack.com).

Canais sugeridos: #geral, #nutri-clinica, #conteudo, #random""",
    ),
    n(
        "sv18",
        "2026-01-06 09:14:00 -0300",
        "Google Calendar <calendar-notification@google.com>",
        "Convite: Onboarding semana 1 - Produto & Conteúdo",
        "pt",
        """Você foi convidada para o evento:
Onboarding semana 1 - Produto & Conteúdo
qua 7 jan 2026 10:00 - 11:30 (BRT)
Organizador: diego.arantes@nutrilar.com.br

Participar com o Google Meet""",
        ics={
            "uid": "onb-w1-0701@google.com",
            "start": "2026-01-07 10:00:00 -0300",
            "minutes": 90,
            "organizer": ("Diego Arantes", "diego.arantes@nutrilar.com.br"),
            "summary": "Onboarding semana 1 - Produto & Conteúdo",
            "location": "Google Meet",
        },
    ),
    n(
        "sv19",
        "2026-01-19 17:02:00 -0300",
        "Paula Mesquita <paula.mesquita@nutrilar.com.br>",
        "Revisão trilha DM2 - comentários",
        "pt",
        """Thaís, deixei comentários no doc da trilha de DM2. No geral tá ótimo! Só ajusta a parte de
índice glicêmico (simplificar) e revisa as referências da SBD 2025. Podemos falar amanhã na 1:1.

Paula""",
    ),
    n(
        "sv20",
        "2026-02-04 12:30:00 -0300",
        "Diego Arantes <diego.arantes@nutrilar.com.br>",
        "Release notes app 4.12 - conteúdos novos no ar",
        "pt",
        """Time,

A versão 4.12 subiu hoje com as novas trilhas de diabetes e hipertensão. Obrigado Thaís e Paula
pelo conteúdo caprichado! Métricas de engajamento na próxima sprint review.

Diego""",
    ),
    n(
        "sv21",
        "2025-10-29 13:00:00 -0300",
        "Instagram <no-reply@mail.instagram.com>",
        "madalena.cozinha mencionou você em um story",
        "pt",
        """madalena.cozinha mencionou você em um story. Veja antes que ele desapareça em 24 horas.""",
    ),
    n(
        "sv22",
        "2025-11-15 10:00:00 -0300",
        "Gov.br <naoresponda@gov.br>",
        "Declaração de Imposto de Renda - restituição",
        "pt",
        """Consta crédito de restituição para o CPF ***.481.227-** no lote residual de novembro.
Valor disponível a partir de 28/11/2025 no banco informado na declaração.""",
    ),
    # --- travel -------------------------------------------------------------------------------
    n(
        "tr01",
        "2025-11-06 20:00:00 -0300",
        "LATAM Airlines <latam@info.latam.com>",
        "Confirmação de compra - Recife > Salvador",
        "pt",
        """Olá THAIS,

Sua compra foi confirmada. Código de reserva: KXQ8RL

LA3391 - Recife (REC) 21/11 07:35 > Salvador (SSA) 08:50
LA3394 - Salvador (SSA) 23/11 19:20 > Recife (REC) 20:30

Faça o check-in a partir de 48h antes do voo.""",
    ),
    n(
        "tr02",
        "2025-11-19 07:35:00 -0300",
        "LATAM Airlines <latam@info.latam.com>",
        "Check-in disponível para seu voo para Salvador",
        "pt",
        """THAIS, o check-in do voo LA3391 já está disponível. Escolha seu assento e baixe o cartão de
embarque no app.""",
    ),
    n(
        "tr03",
        "2025-11-07 09:30:00 -0300",
        "Booking.com <noreply@booking.com>",
        "Reserva confirmada: Pousada Sol do Rio Vermelho",
        "pt",
        """Obrigado, Thaís! Sua reserva em Salvador está confirmada.

Pousada Sol do Rio Vermelho
Check-in: sex, 21 nov 2025 (a partir das 14:00)
Check-out: dom, 23 nov 2025 (até 12:00)
Total: R$ 612 (pagamento no local)

Número da confirmação: 4120.887.551""",
    ),
    n(
        "tr04",
        "2025-11-25 12:00:00 -0300",
        "Booking.com <noreply@booking.com>",
        "Como foi sua estadia na Pousada Sol do Rio Vermelho?",
        "pt",
        """Thaís, conte pra gente como foi! Sua avaliação ajuda outros viajantes.""",
    ),
    n(
        "tr05",
        "2025-12-01 08:00:00 -0300",
        "Azul Linhas Aéreas <noreply@voeazul.com.br>",
        "Oferta de verão: Recife para Lisboa a partir de R$ 3.199",
        "pt",
        html="""<html><body><h2>Europa no verão? Voa Azul!</h2><p>Recife → Lisboa ida e volta a partir de R$ 3.199 em até 10x. Oferta por tempo limitado.</p>
<p><a href="https://www.voeazul.com.br/ofertas">Comprar</a></p></body></html>""",
    ),
    n(
        "tr06",
        "2026-02-09 18:40:00 -0300",
        "Uber <noreply@uber.com>",
        "Seu recibo da viagem de domingo à noite",
        "pt",
        """Obrigado por viajar com a Uber, Thaís.
Total: R$ 23,84 | UberX | Recife Antigo → Graças | 6,1 km""",
    ),
    n(
        "tr07",
        "2025-12-30 23:10:00 -0300",
        "99 <recibos@99app.com>",
        "Recibo da sua corrida",
        "pt",
        """Corrida 99Pop: Aeroporto do Recife → Boa Viagem. Total: R$ 18,20. Pagamento: cartão final 4471.""",
    ),
    # --- newsletters and community ------------------------------------------------------------
    n(
        "nw01",
        "2025-09-10 06:30:00 -0300",
        "The News <contato@thenewscc.com.br>",
        "☕ selic, vacinas e o café mais caro",
        "pt",
        """Bom dia! Aqui é o the news, e hoje: Copom deve manter a Selic; nova campanha de vacinação;
o preço do café bate recorde nos supermercados. Leitura de 4 minutos.""",
    ),
    n(
        "nw02",
        "2025-10-15 06:30:00 -0300",
        "The News <contato@thenewscc.com.br>",
        "☕ eleições, IA e o mercado de trabalho",
        "pt",
        """Bom dia! Hoje: o desemprego cai para o menor nível da série histórica; empresas de
tecnologia voltam a contratar; e uma entrevista rápida com uma economista sobre o 13º salário.""",
    ),
    n(
        "nw03",
        "2025-11-20 06:30:00 -0300",
        "The News <contato@thenewscc.com.br>",
        "☕ feriado, black friday e café",
        "pt",
        """Bom dia! Feriado da Consciência Negra, o que abre e fecha; como não cair em golpes na Black
Friday; e os supermercados que mais reajustaram preços.""",
    ),
    n(
        "nw04",
        "2025-09-17 08:00:00 -0300",
        "Medium Daily Digest <noreply@medium.com>",
        "Nutrition science isn’t settled — and that’s okay",
        "en",
        """Today's highlights

Nutrition science isn't settled — and that's okay · 7 min read
How I built a meal-planning habit that stuck · 5 min read
The hidden cost of ultra-processed foods · 9 min read""",
    ),
    n(
        "nw05",
        "2025-10-27 08:00:00 -0300",
        "Medium Daily Digest <noreply@medium.com>",
        "What I learned from 100 job interviews",
        "en",
        """Today's highlights

What I learned from 100 job interviews (as the interviewer) · 11 min read
Fermentation at home: a food-safety primer · 6 min read""",
    ),
    n(
        "nw06",
        "2025-12-08 09:00:00 -0300",
        "Food Safety News <newsletter@foodsafetynews.com>",
        "Listeria outbreak linked to deli meats; FDA updates traceability rule",
        "en",
        """FOOD SAFETY NEWS — Daily Update

• Listeria outbreak linked to sliced deli meats grows to 19 cases
• FDA extends compliance date for the Food Traceability Rule
• EU RASFF: aflatoxin notifications for pistachios rise

Read more at foodsafetynews.com""",
    ),
    n(
        "nw07",
        "2026-01-12 09:00:00 -0300",
        "Food Safety News <newsletter@foodsafetynews.com>",
        "Interview: A regulator on the future of food-safety culture",
        "en",
        """FOOD SAFETY NEWS — Weekend Edition

In this week's interview, a former food-safety regulator talks about why culture matters more
than paperwork, and what auditors will look for in 2026.""",
    ),
    n(
        "nw08",
        "2025-10-04 10:00:00 -0300",
        "Comunidade Nutri Empreendedora <contato@nutriempreendedora.com.br>",
        "Aula aberta: como precificar sua consultoria",
        "pt",
        """Nutri, sua consultoria vale mais do que você cobra! Na aula aberta de quinta (09/10, 20h) vamos
mostrar como montar proposta comercial para restaurantes e indústrias. Vagas limitadas, inscreva-se.""",
    ),
    n(
        "nw09",
        "2026-01-28 10:00:00 -0300",
        "Comunidade Nutri Empreendedora <contato@nutriempreendedora.com.br>",
        "Mentoria 2026: inscrições abertas (últimas vagas)",
        "pt",
        """As inscrições para a Mentoria Nutri Empreendedora 2026 estão abertas! Faça sua candidatura
até 05/02 preenchendo o formulário. Selecionamos 30 nutricionistas por turma.""",
    ),
    n(
        "nw10",
        "2025-11-03 08:00:00 -0300",
        "Jornal do Commercio <newsletter@jc.com.br>",
        "JC Manhã: Porto de Suape anuncia nova fábrica e 1.200 empregos",
        "pt",
        """JC MANHÃ

Porto de Suape anuncia nova indústria de alimentos com 1.200 empregos diretos; Recife terá
faixas exclusivas na Av. Caxangá; Sport e Náutico: a reta final.""",
    ),
    n(
        "nw11",
        "2025-12-15 08:00:00 -0300",
        "Jornal do Commercio <newsletter@jc.com.br>",
        "JC Manhã: programação do Réveillon e trânsito no Centro",
        "pt",
        """JC MANHÃ

Réveillon: shows no Marco Zero e em Boa Viagem; bloqueios no Centro; previsão de chuva fraca.""",
    ),
    n(
        "nw12",
        "2025-09-28 18:00:00 -0300",
        "Substack - Prato Cheio <pratocheio@substack.com>",
        "Prato Cheio #44: o que a merenda escolar ensina",
        "pt",
        """Nesta edição: uma conversa com merendeiras de Caruaru sobre a agricultura familiar no PNAE, e
por que a comida de verdade na escola ainda é uma luta.

Curtir · Comentar · Compartilhar""",
    ),
    n(
        "nw13",
        "2025-11-30 18:00:00 -0300",
        "Substack - Prato Cheio <pratocheio@substack.com>",
        "Prato Cheio #48: entrevista com uma cozinheira de terreiro",
        "pt",
        """A entrevista desta edição é com Mãe Dalva, cozinheira de terreiro em Olinda, sobre comida,
memória e saúde. Leitura de 12 minutos.""",
    ),
    n(
        "nw14",
        "2026-02-01 09:00:00 -0300",
        "Glassdoor Community <community@glassdoor.com>",
        "Your weekly Bowls: 'Salary talk in Brazil'",
        "en",
        """Trending in your Bowls this week:
'Salary talk in Brazil' — is PJ worth it compared to CLT? 84 comments
'Nutritionists & dietitians' — remote roles in Portugal, anyone? 21 comments""",
    ),
    n(
        "nw15",
        "2025-12-19 19:00:00 -0300",
        "Grupo Corrida Capibaribe <corridacapibaribe@gmail.com>",
        "Confraternização e resultados da Eu Amo Recife",
        "pt",
        """Galera, parabéns a todos que correram! Resultados no anexo. Confraternização sábado 20/12 no
Bar Central, a partir das 17h. Amigo secreto de até R$ 50!""",
        attach=[("resultados_eu_amo_recife.pdf", "application/pdf", "%PDF-1.4 resultados")],
    ),
    # --- Lisbon / Chile / English bits of life -------------------------------------------------
    n(
        "ex01",
        "2025-10-09 11:00:00 +0100",
        "AIMA <nao-responder@aima.gov.pt>",
        "Pedido de informação - vistos de procura de trabalho",
        "pt",
        """Exma. Senhora,

Acusamos a receção do seu pedido de informação. Os vistos para procura de trabalho qualificado são
solicitados junto do posto consular da área de residência (Consulado-Geral de Portugal no Recife).
Consulte ainda o portal vistos.mne.gov.pt.

Com os melhores cumprimentos,
AIMA""",
    ),
    n(
        "ex02",
        "2025-10-23 19:00:00 -0300",
        "Sernatur Chile <noticias@sernatur.cl>",
        "Descubre Chile este verano: ofertas en el sur",
        "es",
        """¡Hola! Este verano, recorre la Carretera Austral y los lagos del sur con ofertas especiales en
alojamiento y transporte. Revisa las promociones en chile.travel.""",
    ),
    n(
        "ex03",
        "2025-11-11 10:00:00 -0300",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Your certificate is ready: Food Safety Management Systems",
        "en",
        """Congratulations, Thaís! You've completed Food Safety Management Systems (HACCP & ISO 22000).
Share your certificate on LinkedIn: https://coursera.org/verify/8QZK2""",
    ),
    n(
        "ex04",
        "2025-09-24 12:00:00 -0300",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Special offer: 40% off Coursera Plus",
        "en",
        """For a limited time, get 40% off Coursera Plus annual. Unlimited access to 7,000+ courses.
Offer ends September 30.""",
    ),
    n(
        "ex05",
        "2025-12-11 14:30:00 -0300",
        "IELTS Brasil <ielts@idp.com>",
        "Your IELTS test booking is confirmed",
        "en",
        """Dear THAIS ALBUQUERQUE NOGUEIRA,

Your IELTS Academic (computer-delivered) test is booked for 17 January 2026 at the Recife test
centre (Av. Agamenon Magalhães, 4760). Please arrive 30 minutes early with your passport.

IDP IELTS""",
    ),
    n(
        "ex06",
        "2026-01-29 16:00:00 -0300",
        "IELTS Brasil <ielts@idp.com>",
        "Your IELTS results are available",
        "en",
        """Dear Candidate, your IELTS test results are now available online. Log in to the Test Taker
Portal to view your Test Report Form.""",
    ),
    n(
        "ex07",
        "2025-10-19 21:00:00 -0300",
        "Catalina Fuentes <catafuentes.nutri@gmail.com>",
        "¡Hola desde Santiago!",
        "es",
        """¡Hola Thaís! Qué bueno que estés postulando por acá. Si te llaman para entrevista, avísame y
te cuento cómo es el tema de convalidar el título de nutricionista en Chile, es harto trámite
pero se puede. Un abrazo grande,
Cata""",
    ),
    n(
        "ex08",
        "2025-11-16 09:00:00 -0300",
        "Catalina Fuentes <catafuentes.nutri@gmail.com>",
        "Re: ¡Hola desde Santiago!",
        "es",
        """Oye, qué lata lo de Los Maitenes, pero no te desanimes. Acá igual el mercado está difícil.
Te mando el link del grupo de nutris extranjeras en Chile. ¡Cariños!""",
    ),
    n(
        "ex09",
        "2026-02-16 11:00:00 +0000",
        "Catarina Moura <catarina.moura@sapo.pt>",
        "Re: Saudades e uma dica de Lisboa",
        "pt",
        """Parabéns pelo novo emprego, Thaís! Remoto e no Brasil, também é bom. Mas a oferta do quarto
mantém-se para quando vieres de férias. Beijinhos""",
    ),
    n(
        "ex10",
        "2025-09-16 15:00:00 -0300",
        "Eventbrite <noreply@eventbrite.com>",
        "Your ticket for Women in Food Tech Meetup - Recife",
        "en",
        """You're going to Women in Food Tech Meetup - Recife!

Thu, Sep 25, 2025 · 6:30 PM
Porto Digital - Armazém 14, Recife Antigo

Order #9920114. Add to calendar.""",
        ics={
            "uid": "eb-9920114@eventbrite.com",
            "start": "2025-09-25 18:30:00 -0300",
            "minutes": 150,
            "organizer": ("Eventbrite", "noreply@eventbrite.com"),
            "summary": "Women in Food Tech Meetup - Recife",
            "location": "Porto Digital - Armazém 14, Recife Antigo",
        },
    ),
    n(
        "ex11",
        "2026-02-18 10:00:00 -0300",
        "Google Scholar Alerts <scholaralerts-noreply@google.com>",
        'Novos resultados para "food safety culture"',
        "pt",
        """[HTML] Measuring food safety culture in Brazilian food services: a validation study
... the interviews with food handlers showed that ...

[PDF] Food safety culture maturity in small dairies of Northeast Brazil""",
    ),
    n(
        "ex12",
        "2025-12-07 07:00:00 -0300",
        "Strava <no-reply@strava.com>",
        "Parabéns pela corrida Eu Amo Recife 10K!",
        "pt",
        """Você completou 10,02 km em 58:41. Novo recorde pessoal nos 10K! 🏅""",
    ),
    # --- more of an ordinary inbox -------------------------------------------------------------
    n(
        "zz01",
        "2025-09-09 08:20:00 -0300",
        "Drogasil <ofertas@drogasil.com.br>",
        "Sua oferta personalizada: protetor solar com 30% off",
        "pt",
        """Thaís, separamos ofertas do seu jeito: protetor solar FPS 50 com 30% off e frete grátis acima de R$ 99.""",
    ),
    n(
        "zz02",
        "2025-09-13 11:00:00 -0300",
        "Livraria Jaqueira <contato@livrariajaqueira.com.br>",
        "Lançamento e noite de autógrafos",
        "pt",
        """Quinta, 18/09, às 19h: lançamento de "Comer é político", com bate-papo e entrevista com a autora. Entrada franca.""",
    ),
    n(
        "zz03",
        "2025-09-20 19:00:00 -0300",
        "Mainha <socorro.albuquerque58@hotmail.com>",
        "receita do bolo de macaxeira",
        "pt",
        """Thaís a receita que tu pediu: 1kg macaxeira ralada, 1 coco, 3 ovos, 2 xícaras de açúcar, 1 colher de manteiga. Forno 180 uns 50 min. Beijo""",
    ),
    n(
        "zz04",
        "2025-10-07 07:10:00 -0300",
        "Google Maps Timeline <noreply-maps-timeline@google.com>",
        "Sua atualização de setembro na Linha do tempo",
        "pt",
        """Em setembro você visitou 14 lugares em 2 cidades e percorreu 312 km. Veja seus destaques.""",
    ),
    n(
        "zz05",
        "2025-10-12 09:45:00 -0300",
        "Rappi <no-reply@rappi.com>",
        "Oferta: Rappi Prime por R$ 9,90",
        "pt",
        """Frete grátis ilimitado por 3 meses a R$ 9,90/mês. Oferta válida para novos assinantes.""",
    ),
    n(
        "zz06",
        "2025-10-14 13:00:00 -0300",
        "Pedro Nogueira <pedronogueira.eng@gmail.com>",
        "redação do enem",
        "pt",
        """Thá, lê minha redação e me diz se tá boa? Tema que o professor passou: insegurança alimentar no Brasil. Tu é da área kkkk""",
        attach=[("redacao_pedro.docx", "application/octet-stream", "docx")],
    ),
    n(
        "zz07",
        "2025-10-16 19:40:00 -0300",
        "Food Safety Brazil <eventos@foodsafetybrazil.org>",
        "Obrigado por participar! Seu certificado do webinar",
        "pt",
        """Olá! Obrigado por participar do webinar FSSC 22000 v6. Seu certificado está disponível em https://foodsafetybrazil.org/certificados.""",
    ),
    n(
        "zz08",
        "2025-10-20 12:00:00 -0300",
        "Itaú <comunicado@itau-unibanco.com.br>",
        "Seu extrato mensal está disponível",
        "pt",
        """O extrato da sua conta corrente referente a setembro/2025 está disponível no app e no internet banking.""",
    ),
    n(
        "zz09",
        "2025-10-28 07:00:00 -0300",
        "Nubank <todomundo@nubank.com.br>",
        "Oferta especial: empréstimo com taxa reduzida",
        "pt",
        """Thaís, você tem uma oferta de empréstimo de até R$ 8.000 com taxa reduzida. Simule no app e receba na hora.""",
    ),
    n(
        "zz10",
        "2025-11-04 18:30:00 -0300",
        "Residencial Jardim das Graças <portaria@residencialjardimdasgracas.com.br>",
        "Encomenda na portaria",
        "pt",
        """Olá, apto 802. Há uma encomenda (Mercado Livre) aguardando retirada na portaria. Horário: 7h às 22h.""",
    ),
    n(
        "zz11",
        "2025-11-08 10:00:00 -0300",
        "Feira Orgânica Graças <feiraorganicagracas@gmail.com>",
        "Cestas da semana + novidade: queijo coalho artesanal",
        "pt",
        """Bom dia, freguesia! Cesta pequena R$ 55, grande R$ 90. Novidade: queijo coalho de Cachoeirinha. Pedidos até quinta pelo WhatsApp.""",
    ),
    n(
        "zz12",
        "2025-11-12 20:00:00 -0300",
        "Bia Lacerda <bialacerda.doces@gmail.com>",
        "encomenda de brigadeiros",
        "pt",
        """Amiga, tu pode me ajudar com a tabela nutricional dos meus brigadeiros gourmet? Quero botar no rótulo direitinho. Te pago em brigadeiro kkkk""",
    ),
    n(
        "zz13",
        "2025-11-17 08:00:00 -0300",
        "Apple <no_reply@email.apple.com>",
        "Seu recibo da Apple",
        "pt",
        """Recibo. iCloud+ 50 GB. R$ 5,90. Data: 17 nov 2025.""",
    ),
    n(
        "zz14",
        "2025-11-24 21:00:00 -0300",
        "Rafa Teixeira <rafa.teixeira@outlook.com>",
        "amigo secreto da turma",
        "pt",
        """Sorteio feito pelo app! Confere lá quem tu tirou e não conta pra ninguém. Limite R$ 80. Encontro dia 27/12 no Recife.""",
    ),
    n(
        "zz15",
        "2025-11-26 15:00:00 -0300",
        "Sympla <noreply@sympla.com.br>",
        "Lembrete: Show de Lenine amanhã",
        "pt",
        """Seu evento é amanhã! Lenine - Teatro Guararapes, 27/11, 21h. Portões 20h. Apresente o QR Code na entrada.""",
    ),
    n(
        "zz16",
        "2025-12-04 09:30:00 -0300",
        "Google <no-reply@accounts.google.com>",
        "Seu armazenamento está quase cheio",
        "pt",
        """Você usou 14,2 GB de 15 GB. Libere espaço ou faça upgrade para o Google One.""",
    ),
    n(
        "zz17",
        "2025-12-09 16:00:00 -0300",
        "Drogasil <ofertas@drogasil.com.br>",
        "Pedido retirado na loja",
        "pt",
        """Seu pedido #55120 foi retirado na loja Rosa e Silva. Obrigado pela preferência!""",
    ),
    n(
        "zz18",
        "2025-12-14 11:00:00 -0300",
        "Pedro Nogueira <pedronogueira.eng@gmail.com>",
        "Re: presente de mainha",
        "pt",
        """Fechado, racho contigo a air fryer. Te mando o pix de 180 agora.

> Pedro bora dar uma air fryer pra mainha?""",
    ),
    n(
        "zz19",
        "2025-12-26 10:00:00 -0300",
        "Magalu <magalu@emails.magazineluiza.com.br>",
        "Seu pedido foi entregue",
        "pt",
        """Pedido 1288871 entregue: Fritadeira elétrica sem óleo 5,5L. Avalie sua compra.""",
    ),
    n(
        "zz20",
        "2026-01-03 13:00:00 -0300",
        "Booking.com <noreply@booking.com>",
        "Ofertas de última hora para Porto de Galinhas",
        "pt",
        """Carnaval chegando! Encontre hospedagens em Porto de Galinhas com até 25% de desconto.""",
    ),
    n(
        "zz21",
        "2026-01-07 07:30:00 -0300",
        "Smart Fit <novidades@smartfit.com.br>",
        "Bem-vinda de volta! Sua matrícula está ativa",
        "pt",
        """Olá Thaís, sua matrícula no plano Black foi ativada. Baixe o app para montar seu treino. Unidade: Graças.""",
    ),
    n(
        "zz22",
        "2026-01-16 19:00:00 -0300",
        "Feira Orgânica Graças <feiraorganicagracas@gmail.com>",
        "Recesso de Carnaval",
        "pt",
        """Freguesia, não teremos entrega na semana do Carnaval (12 a 18/02). Voltamos dia 19! Bom Carnaval!""",
    ),
    n(
        "zz23",
        "2026-01-21 10:30:00 -0300",
        "Pós-Graduação UFPE <posgraduacao@ufpe.br>",
        "Matrícula confirmada - Especialização 2026",
        "pt",
        """Prezada aluna, sua matrícula foi confirmada. Aula inaugural: 07/03/2026, 8h, Auditório do CCS. Calendário em anexo.""",
        attach=[("calendario_2026.pdf", "application/pdf", "%PDF-1.4 calendario")],
    ),
    n(
        "zz24",
        "2026-01-25 09:00:00 -0300",
        "Strava <no-reply@strava.com>",
        "Seu resumo semanal",
        "pt",
        """Semana passada: 3 atividades, 21,4 km, 2h08 de movimento. Continue assim!""",
    ),
    n(
        "zz25",
        "2026-01-26 14:00:00 -0300",
        "Nubank <todomundo@nubank.com.br>",
        "Pix recebido",
        "pt",
        """Você recebeu um Pix de R$ 6.034,12 de NUTRILAR TECNOLOGIA EM SAUDE LTDA.""",
    ),
    n(
        "zz26",
        "2026-02-03 20:00:00 -0300",
        "Mainha <socorro.albuquerque58@hotmail.com>",
        "carnaval",
        "pt",
        """filha tu vem pro almoço de domingo de carnaval? tua tia vai fazer feijoada. avisa que eu compro as coisas""",
    ),
    n(
        "zz27",
        "2026-02-05 08:00:00 -0300",
        "Itaú <comunicado@itau-unibanco.com.br>",
        "Proposta de portabilidade de salário",
        "pt",
        """Thaís, traga seu salário para o Itaú e ganhe isenção de tarifas por 12 meses. Faça sua proposta de portabilidade no app.""",
    ),
    n(
        "zz28",
        "2026-02-11 12:00:00 -0300",
        "Netflix <info@mailer.netflix.com>",
        "Alterações no seu plano",
        "pt",
        """Seu plano Padrão com anúncios passa a custar R$ 20,90 a partir de março.""",
    ),
    n(
        "zz29",
        "2026-02-13 09:00:00 -0300",
        "Prefeitura do Recife <noreply@recife.pe.gov.br>",
        "Carnaval do Recife 2026: programação oficial",
        "pt",
        """Confira a programação completa dos polos do Carnaval do Recife 2026, o esquema de trânsito e os serviços de saúde.""",
    ),
    n(
        "zz30",
        "2026-02-19 18:00:00 -0300",
        "Bia Lacerda <bialacerda.doces@gmail.com>",
        "Re: encomenda de brigadeiros",
        "pt",
        """AMIGA o rótulo ficou lindo!!! Já vendi 40 caixinhas. Te devo um jantar, tá?""",
    ),
    n(
        "zz31",
        "2026-02-20 10:00:00 -0300",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Recommended for you: Nutrition and Health",
        "en",
        """Based on your interests: Nutrition and Health: Food Risks (Wageningen), Public Health Nutrition. Enroll for free.""",
    ),
    n(
        "zz32",
        "2026-02-23 07:00:00 -0300",
        "The News <contato@thenewscc.com.br>",
        "☕ volta às aulas e preços do material escolar",
        "pt",
        """Bom dia! Volta às aulas pesa no bolso; o que muda no Imposto de Renda 2026; e uma entrevista com o novo presidente do IBGE.""",
    ),
    n(
        "zz33",
        "2026-02-24 15:30:00 -0300",
        "Claudia Ventura - Odontologia <agenda@claudiaventura.odo.br>",
        "Hora de agendar sua manutenção",
        "pt",
        """Olá Thaís, já faz 5 meses desde sua última consulta. Que tal agendar sua manutenção? Responda este e-mail.""",
    ),
    n(
        "zz34",
        "2026-02-26 19:20:00 -0300",
        "Pedro Nogueira <pedronogueira.eng@gmail.com>",
        "PASSEI!!!!",
        "pt",
        """THÁ EU PASSEI EM CIVIL NA UFPE!!!! Saiu a chamada agora. Mainha tá gritando aqui""",
    ),
    n(
        "zz35",
        "2025-09-02 21:00:00 -0300",
        "Grupo Corrida Capibaribe <corridacapibaribe@gmail.com>",
        "Planilha de treinos de setembro",
        "pt",
        """Segue a planilha de setembro. Foco em base aeróbica. Rodagem longa aos domingos.""",
        attach=[("planilha_setembro.xlsx", "application/octet-stream", "xlsx")],
    ),
    n(
        "zz36",
        "2025-09-30 16:00:00 -0300",
        "Residencial Jardim das Graças <portaria@residencialjardimdasgracas.com.br>",
        "Manutenção dos elevadores - 02/10",
        "pt",
        """Informamos que na quinta, 02/10, das 9h às 12h, o elevador social passará por manutenção preventiva.""",
    ),
    n(
        "zz37",
        "2025-12-31 10:00:00 -0300",
        "Rappi <no-reply@rappi.com>",
        "Seu pedido chegou",
        "pt",
        """Pedido do Pão de Açúcar Boa Viagem entregue: 14 itens, total R$ 286,40. Feliz Ano Novo!""",
    ),
]
