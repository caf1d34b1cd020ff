# ruff: noqa: E501, RUF100
"""Corpus 141, the ordinary inbox part one (data only): see heldout141.py.

Banks, cards, a consórcio, the contador and the IRPF, bills, shopping and delivery, travel,
newsletters (some of them "interview" people or talk about hiring) and a webinar invitation."""

from __future__ import annotations

from typing import Any

from heldout141_jobs import N, ics, m

_NU = "Nubank <todomundo@nubank.com.br>"
_ITAU = "Itaú <comunicados@itau.com.br>"
_CPFL = "CPFL Paulista <contadigital@cpfl.com.br>"
_VIVO = "Vivo <faturadigital@vivo.com.br>"
_IFOOD = "iFood <ifood@news.ifood.com.br>"
_ML = "Mercado Livre <noreply@mercadolivre.com.br>"
_UBER = "Uber Receipts <noreply@uber.com>"
_PAUTA = "Suprimentos em Pauta <newsletter@suprimentosempauta.example>"
_CONS = "Consórcio Horizonte <relacionamento@consorciohorizonte.example>"
_CONTADOR = "Márcio Tavares | Tavares Contabilidade <marcio@tavarescontabil.example>"


def _fatura(month: str, close: str, due: str, total: str) -> str:
    return f"""<html><body style="font-family:Graphik,Helvetica,Arial,sans-serif;color:#111">
<div style="max-width:520px;margin:auto;padding:24px">
<img src="https://nubank.com.br/images/nu-icon.png" alt="Nubank" height="32">
<h2 style="color:#820ad1">Sua fatura de {month} fechou</h2>
<p>Oi, Rafaela,</p>
<p>A fatura do seu cartão fechou em {close} no valor de <b>R$ {total}</b>, com vencimento em <b>{due}</b>.</p>
<p>Você pode pagar com Pix, boleto ou débito automático direto pelo app. Se preferir, também dá pra parcelar.</p>
<p><a href="https://nubank.com.br/app?utm_source=email&amp;utm_campaign=fatura_fechada" style="background:#820ad1;color:#fff;padding:10px 20px;border-radius:20px;text-decoration:none">Ver fatura no app</a></p>
<p style="font-size:11px;color:#777">Nu Pagamentos S.A. – Instituição de Pagamento. CNPJ 18.236.120/0001-58. Rua Capote Valente, 39 – São Paulo, SP. Nunca pedimos sua senha por e-mail.</p>
</div></body></html>"""


def _cpfl(ref: str, value: str, due: str, kwh: str) -> str:
    return f"""CPFL Paulista – Conta Digital

Olá, RAFAELA NOGUEIRA BITTENCOURT

Sua conta de energia referente a {ref} já está disponível.

Instalação: 4003817266
Consumo: {kwh} kWh
Valor: R$ {value}
Vencimento: {due}

Pague com Pix pelo QR Code da conta ou use o código de barras no app CPFL Energia.
Acesse a conta completa: https://www.cpfl.com.br/agencia-virtual/conta-digital?utm_source=email

Bandeira tarifária do mês: consulte em cpfl.com.br.
Este é um e-mail automático. Não responda.
"""


def _vivo(month: str, value: str, due: str) -> str:
    return f"""<html><body style="font-family:Arial,sans-serif">
<table width="560" align="center"><tr><td style="background:#660099;color:#fff;padding:14px;font-size:18px">Vivo</td></tr>
<tr><td style="padding:16px">
<p>Olá, Rafaela!</p>
<p>A fatura da sua <b>Vivo Fibra 600 Mega</b> de {month} chegou.</p>
<p>Valor: <b>R$ {value}</b> · Vencimento: <b>{due}</b></p>
<p><a href="https://meuvivo.vivo.com.br/fatura?utm_source=email_fatura">Ver e pagar a fatura</a> · Código de barras e Pix disponíveis no app Vivo.</p>
<p style="font-size:11px;color:#888">Telefônica Brasil S.A. · Esta é uma mensagem automática.</p>
</td></tr></table></body></html>"""


MAIL: list[dict[str, Any]] = [
    m(
        "nb0001",
        "2025-09-01 08:12",
        _NU,
        "Sua fatura de setembro fechou",
        N(),
        html=_fatura("setembro", "01/09", "08/09", "3.284,17"),
    ),
    m(
        "cp0001",
        "2025-09-05 06:40",
        _CPFL,
        "Sua conta de energia de agosto chegou",
        N(),
        text=_cpfl("08/2025", "187,42", "15/09/2025", "214"),
    ),
    m(
        "if0001",
        "2025-09-06 17:55",
        _IFOOD,
        "Sextou com R$ 15 OFF 🍔 só hoje",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;text-align:center">
<img src="https://static.ifood.com.br/email/header-sextou.png" alt="iFood" width="560">
<h1 style="color:#ea1d2c">Bateu aquela fome de sexta?</h1>
<p>Use o cupom <b>SEXTOU15</b> e ganhe R$ 15 OFF em pedidos acima de R$ 40 nos restaurantes participantes.</p>
<p><a href="https://ifood.com.br/cupom/SEXTOU15?utm_source=crm&amp;utm_medium=email" style="background:#ea1d2c;color:#fff;padding:12px 26px;border-radius:6px;text-decoration:none">Pedir agora</a></p>
<p style="font-size:10px;color:#999">Oferta válida até 06/09/2025, 23h59, uma vez por CPF. iFood.com Agência de Restaurantes Online S.A. – Osasco/SP. <a href="https://ifood.com.br/descadastrar">Descadastrar</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://ifood.com.br/descadastrar?e=rb19>"},
    ),
    m(
        "ml0001",
        "2025-09-09 14:21",
        _ML,
        "Seu pacote chegou! 📦",
        N(),
        text="""Olá Rafaela,

Entregamos seu pacote:
Organizador de gavetas kit 6 peças - cinza

Entregue em Rua Coronel Quirino, Cambuí - Campinas, às 14:03.
Recebido por: portaria.

Algum problema? Você tem até 30 dias para devolver: https://www.mercadolivre.com.br/minhas-compras

Mercado Livre
""",
    ),
    m(
        "it0001",
        "2025-09-10 10:33",
        _ITAU,
        "Boa notícia, Rafaela: seu cartão foi aprovado!",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<div style="max-width:560px;margin:auto">
<div style="background:#ec7000;color:#fff;padding:18px;font-size:20px">Itaú</div>
<p>Olá, Rafaela.</p>
<p>Sua proposta para o <b>cartão Itaú Azul Visa Platinum</b> foi <b>aprovada</b>! 🎉</p>
<p>Limite inicial: R$ 12.000,00<br>Anuidade: isenta no 1º ano e depois com gastos a partir de R$ 4 mil/mês<br>Pontos: 1,5 ponto Azul por dólar gasto</p>
<p>O cartão será enviado para o endereço cadastrado em até 10 dias úteis. Enquanto isso, você já pode usar o cartão virtual no app.</p>
<p style="font-size:11px;color:#888">Itaú Unibanco S.A. · Nunca pedimos senhas, tokens ou códigos por e-mail. SAC 0800 728 0728 · Ouvidoria 0800 570 0011.</p>
</div></body></html>""",
    ),
    m(
        "vv0001",
        "2025-09-11 09:02",
        _VIVO,
        "Sua fatura Vivo de setembro chegou",
        N(),
        html=_vivo("setembro", "129,90", "20/09/2025"),
    ),
    m(
        "ub0001",
        "2025-09-14 23:48",
        _UBER,
        "Seu recibo de viagem da Uber de domingo à noite",
        N(),
        text="""Obrigado por viajar com a Uber, Rafaela

Total R$ 23,86

Viagem: UberX
22:59 Rua Maria Monteiro, 830 - Cambuí, Campinas - SP
23:17 Av. Albino José Barbosa de Oliveira, 1210 - Barão Geraldo, Campinas - SP

Distância: 7,9 km | Duração: 18 min
Motorista: Cleber | Chevrolet Onix prata

Forma de pagamento: Nubank ••••4471

Baixe o PDF do recibo: https://riders.uber.com/trips/7b1e5f0c-2d94
Uber do Brasil Tecnologia Ltda.
""",
    ),
    m(
        "pa0001",
        "2025-09-16 07:00",
        _PAUTA,
        "Entrevista: a CPO que cortou 18% do spend sem trocar um fornecedor",
        N(),
        html="""<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto;color:#222">
<p style="font-family:Arial;font-size:12px;color:#888">Suprimentos em Pauta · edição #112 · 16/09/2025</p>
<h1>“Negociar não é espremer o fornecedor”</h1>
<p><i>Em entrevista exclusiva, Lúcia Barreto, Chief Procurement Officer de uma fabricante de eletrodomésticos, conta como o time de compras reduziu 18% do gasto endereçável em dois anos sem trocar os principais fornecedores.</i></p>
<p><b>Suprimentos em Pauta: Por onde vocês começaram?</b><br>Lúcia Barreto: Pela base de dados. Metade das nossas categorias tinha código de material duplicado no SAP…</p>
<p><b>SP: E o papel das pessoas?</b><br>LB: Contratei compradores que entendem de engenharia. Na entrevista eu peço que desenhem o custo de uma peça no quadro.</p>
<p><a href="https://suprimentosempauta.example/edicao-112/entrevista-lucia-barreto?utm_source=newsletter">Leia a entrevista completa</a></p>
<hr><h3>Também nesta edição</h3>
<ul><li>Aço: preços devem subir 6% no 4º tri, diz consultoria</li><li>Reforma tributária: o que muda para o comprador com o IBS/CBS</li><li>Agenda: webinars de setembro</li></ul>
<p style="font-family:Arial;font-size:11px;color:#999">Você recebe esta newsletter porque se inscreveu em suprimentosempauta.example. <a href="https://suprimentosempauta.example/unsubscribe?u=rnb">Cancelar</a></p>
</body></html>""",
        headers={
            "List-Unsubscribe": "<mailto:sair@suprimentosempauta.example>",
            "List-Id": "<pauta.suprimentosempauta.example>",
        },
    ),
    m(
        "cs0001",
        "2025-09-17 12:10",
        _CONS,
        "Rafaela, e se seu carro novo viesse sem juros? 🚗",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;text-align:center">
<h2>Consórcio Horizonte: planeje sua conquista</h2>
<p>Cartas de crédito de R$ 60 mil a R$ 250 mil para automóveis, parcelas a partir de R$ 689/mês, <b>sem juros</b> e com assembleias mensais.</p>
<p><a href="https://consorciohorizonte.example/simulador?utm_source=email&amp;utm_campaign=auto_set">Simular agora</a></p>
<p style="font-size:10px;color:#999">Administradora de Consórcio Horizonte Ltda. – autorizada pelo Banco Central do Brasil. Taxa de administração de 16% no plano de 80 meses. Contemplação por sorteio ou lance não garantida.</p>
</body></html>""",
    ),
    m(
        "ct0001",
        "2025-09-19 16:22",
        _CONTADOR,
        "IRPF 2025 – sua restituição saiu no lote de setembro",
        N(),
        text="""Olá Rafaela, boa tarde!

Conforme consultamos hoje no e-CAC, sua declaração de IRPF 2025 foi liberada no 5º lote de restituição (lote residual), com crédito previsto para 30/09/2025 na conta Itaú informada na declaração.

Valor a restituir: R$ 2.318,64 (com correção pela Selic).

Lembrando que a declaração tinha ficado retida por conta da divergência no informe do plano de saúde, que retificamos em junho. Agora está tudo certo, não precisa fazer nada.

Qualquer dúvida estou à disposição.

Abraço,
Márcio Tavares
Tavares Contabilidade – CRC 1SP 214.889/O-3
Rua Barão de Jaguara, 1150, sala 71 – Centro – Campinas/SP
(19) 3236-4410
""",
    ),
    m(
        "gg0001",
        "2025-09-20 08:47",
        "Google <no-reply@accounts.google.com>",
        "Alerta de segurança",
        N(),
        text="""Novo login na sua Conta do Google

rafaela.nbittencourt@gmail.com

Detectamos um novo login na sua Conta do Google em um dispositivo Windows. Se foi você, não é necessário fazer nada. Caso contrário, ajudaremos a proteger sua conta.

Verificar atividade: https://accounts.google.com/AccountChooser?Email=rafaela.nbittencourt@gmail.com&continue=https://myaccount.google.com/alert/nt/1758368820

Você também pode conferir a atividade de segurança em https://myaccount.google.com/notifications

Este e-mail foi enviado para informar você sobre mudanças importantes na sua Conta do Google e nos serviços.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    ),
    m(
        "sy0001",
        "2025-09-22 13:05",
        "Sympla <noreply@sympla.com.br>",
        "Inscrição confirmada: Webinar – Negociação com fornecedores em 2026",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<img src="https://www.sympla.com.br/images/logo-sympla.png" alt="Sympla" height="28">
<h2>Sua inscrição está confirmada! ✅</h2>
<p>Olá Rafaela,</p>
<p><b>Webinar – Negociação com fornecedores em 2026: inflação, câmbio e reforma tributária</b><br>
Organizado por: Procura Academy<br>
Quando: quinta, 02 de outubro · 19h00 às 20h30<br>
Onde: Online (Zoom – o link será enviado 1h antes)</p>
<p>Número do pedido: 7F3K9QZ · Ingresso: Gratuito</p>
<p>Adicione à sua agenda pelo arquivo em anexo.</p>
<p style="font-size:11px;color:#888">Sympla Internet Soluções S.A. · Este e-mail foi enviado porque você se inscreveu em um evento na Sympla.</p>
</div></body></html>""",
        ics=ics(
            "sympla-7F3K9QZ-2754812@sympla.com.br",
            "2025-10-02 19:00",
            "Webinar – Negociação com fornecedores em 2026",
            ("Procura Academy", "eventos@procuraacademy.example"),
            minutes=90,
            location="Online (Zoom)",
            description="Webinar gratuito da Procura Academy. O link do Zoom será enviado 1h antes.",
        ),
    ),
    m(
        "az0001",
        "2025-09-28 21:16",
        "Amazon.com.br <confirmacao-envio@amazon.com.br>",
        'Seu pedido de "Box Harry Potter Edição..." foi enviado',
        N(),
        text="""Olá Rafaela,

Seu pedido foi enviado e chegará até quinta-feira, 2 de outubro.

Pedido nº 701-8839204-5521647
Box Harry Potter Edição Premium Capa Dura (7 livros)
Quantidade: 1

Enviar para: Rafaela Nogueira Bittencourt, Campinas - SP

Acompanhe sua entrega: https://www.amazon.com.br/progress-tracker/package/ref=pe_2823010_771230900_TE_typ?orderId=701-8839204-5521647

Esperamos vê-la novamente em breve.
Amazon.com.br
""",
    ),
    m(
        "it0002",
        "2025-09-30 09:41",
        _ITAU,
        "Crédito em conta: restituição do Imposto de Renda",
        N(),
        text="""Itaú

Olá, Rafaela.

Foi creditado hoje na sua conta corrente (ag. 3471) o valor de R$ 2.318,64 referente à restituição do Imposto de Renda Pessoa Física – exercício 2025.

Que tal fazer esse dinheiro render? No app Itaú você encontra opções de investimento com liquidez diária a partir de R$ 1.

Itaú Unibanco S.A.
Nunca pedimos senhas, tokens ou códigos por e-mail, SMS ou telefone.
""",
    ),
    m(
        "nb0002",
        "2025-10-01 08:05",
        _NU,
        "Sua fatura de outubro fechou",
        N(),
        html=_fatura("outubro", "01/10", "08/10", "2.971,60"),
    ),
    m(
        "rf0001",
        "2025-10-02 03:17",
        "Receita Federal do Brasil <notificacao@rf-regularizacao.example>",
        "NOTIFICAÇÃO: CPF 3**.***.***-** COM PENDÊNCIA – REGULARIZE EM 48H",
        N(),
        html="""<html><body style="font-family:Arial">
<p><img src="http://rf-regularizacao.example/img/brasao.png" alt="Receita Federal"></p>
<p>Prezado(a) Contribuinte,</p>
<p>Identificamos inconsistências na sua Declaração de Imposto de Renda que podem levar ao <b>BLOQUEIO DO SEU CPF</b> e de suas contas bancárias.</p>
<p>Para evitar multa de até 75% e suspensão do CPF, regularize sua situação em até 48 horas pelo link abaixo:</p>
<p><a href="http://rf-regularizacao.example/consulta/?cpf=pendente">CONSULTAR PENDÊNCIA</a></p>
<p>Atenciosamente,<br>Secretaria Especial da Receita Federal do Brasil</p>
</body></html>""",
    ),
    m(
        "if0002",
        "2025-10-04 20:52",
        "iFood <noreply@ifood.com.br>",
        "Seu pedido foi entregue – Bráz Pizzaria Campinas",
        N(),
        text="""Pedido entregue! 🍕

Bráz Pizzaria - Campinas
Pedido #4821

1x Pizza Margherita grande ........ R$ 89,00
1x Guaraná Antarctica 2L .......... R$ 14,00
Taxa de entrega ................... R$ 6,99
Cupom ............................. -R$ 10,00
Total ............................. R$ 99,99

Pago com cartão Nubank final 4471.

Avalie o pedido no app iFood.
iFood.com Agência de Restaurantes Online S.A.
""",
    ),
    m(
        "ml0002",
        "2025-10-06 11:00",
        "Mercado Livre <ofertas@mercadolivre.com.br>",
        "Ofertas do dia: até 60% OFF em casa e decoração",
        N(),
        html="""<html><body style="font-family:Proxima Nova,Arial,sans-serif;background:#ededed">
<div style="max-width:600px;margin:auto;background:#fff">
<div style="background:#fff159;padding:14px"><img src="https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/logo.png" alt="Mercado Livre" height="34"></div>
<h2 style="padding:0 16px">Rafaela, separamos ofertas para o seu novo lar 🏠</h2>
<p style="padding:0 16px">Jogo de panelas antiaderente 10 peças – <b>R$ 249</b> <s>R$ 599</s><br>
Cortina blackout 2,80 x 2,30 – <b>R$ 79</b><br>
Guarda-roupa casal 6 portas – <b>10x R$ 119,90 sem juros</b></p>
<p style="padding:0 16px"><a href="https://www.mercadolivre.com.br/ofertas?utm_source=email&amp;utm_campaign=ofertas_do_dia">Ver todas as ofertas</a></p>
<p style="font-size:10px;color:#999;padding:16px">Ofertas válidas enquanto durarem os estoques. Ebazar.com.br Ltda. · <a href="https://www.mercadolivre.com.br/preferencias">Preferências de e-mail</a></p>
</div></body></html>""",
    ),
    m(
        "cp0002",
        "2025-10-07 06:35",
        _CPFL,
        "Sua conta de energia de setembro chegou",
        N(),
        text=_cpfl("09/2025", "203,15", "15/10/2025", "231"),
    ),
    m(
        "sn0001",
        "2025-10-09 10:12",
        "SANASA Campinas <faturadigital@sanasa.com.br>",
        "Sua fatura de água e esgoto – outubro/2025",
        N(),
        text="""SANASA – Sociedade de Abastecimento de Água e Saneamento S.A.

Prezado(a) cliente,

Sua fatura digital está disponível.

Matrícula (código do imóvel): 0031.774.022-8
Referência: 10/2025
Consumo: 9 m³
Valor: R$ 118,37
Vencimento: 20/10/2025

Acesse a segunda via em https://www.sanasa.com.br/agencia-virtual

Economize água: um banho de 15 minutos gasta até 135 litros.
""",
    ),
    m(
        "hm0001",
        "2025-10-11 22:40",
        "Hotmart <noreply@hotmart.com>",
        "Compra aprovada! Seu acesso a Excel Avançado para Compradores está liberado",
        N(),
        text="""Parabéns, Rafaela! Sua compra foi aprovada.

Produto: Excel Avançado para Compradores – Dashboards, PROCX e Power Query
Produtor(a): Rodrigo Saraiva
Valor: R$ 197,00 (à vista no Pix)
Código da transação: HP18273640019

Acesse agora na área de membros: https://hotmart.com/pt-br/club/excel-para-compradores

Você tem 7 dias de garantia incondicional.

Hotmart – Boa sorte nos estudos!
""",
    ),
    m(
        "it0003",
        "2025-10-12 11:30",
        "Itaú <ofertas@itau.com.br>",
        "Rafaela, você tem R$ 25.000 de crédito pré-aprovado",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<div style="background:#ec7000;color:#fff;padding:18px;font-size:20px">Itaú</div>
<p>Rafaela, seu <b>empréstimo pessoal pré-aprovado</b> está disponível no app:</p>
<p style="font-size:26px;color:#ec7000"><b>R$ 25.000,00</b></p>
<p>Em até 48x, primeira parcela para daqui a 60 dias. Contrate em poucos cliques, sem sair de casa.</p>
<p style="font-size:10px;color:#888">Crédito sujeito a análise e aprovação. Taxa a partir de 1,89% a.m. (CET a partir de 26,1% a.a.). Exemplo: R$ 10.000 em 24x de R$ 531,40, total R$ 12.753,60. Itaú Unibanco S.A.</p>
</div></body></html>""",
    ),
    m(
        "li0001",
        "2025-10-14 07:30",
        "LinkedIn Notícias <editors-noreply@linkedin.com>",
        "Em entrevista, CEO da Vitória Aço fala sobre tarifas e o futuro da indústria",
        N(),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="560" align="center"><tr><td>
<p style="color:#666;font-size:13px">LinkedIn Notícias · Os destaques de hoje</p>
<h2>Em entrevista, CEO da Vitória Aço fala sobre tarifas e o futuro da indústria</h2>
<p>Em conversa com o LinkedIn Notícias, Renato Falcão diz que a sobretaxa americana “acelera a busca por mercados na América Latina” e que o setor deve investir R$ 12 bilhões até 2028. <a href="https://www.linkedin.com/news/story/ceo-da-vitoria-aco-fala-sobre-tarifas-7112904/">Leia mais</a> · 4.218 leitores</p>
<h3>Também em alta</h3>
<ul><li>Vendas de veículos crescem 9% em setembro</li><li>Como responder “qual é seu maior defeito?” – profissionais opinam</li><li>Fintechs ampliam oferta de crédito consignado privado</li></ul>
<p style="font-size:12px;color:#666">Você está recebendo os destaques do LinkedIn Notícias. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Cancelar inscrição</a><br>© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "vv0002",
        "2025-10-15 09:04",
        _VIVO,
        "Sua fatura Vivo de outubro chegou",
        N(),
        html=_vivo("outubro", "129,90", "20/10/2025"),
    ),
    m(
        "cs0002",
        "2025-10-18 15:27",
        _CONS,
        "Proposta de adesão recebida – Grupo 3041, cota 188",
        N(),
        text="""Olá, RAFAELA NOGUEIRA BITTENCOURT.

Recebemos a sua proposta de adesão ao Consórcio Horizonte:

Grupo: 3041 (Automóveis)
Cota: 188
Crédito: R$ 90.000,00
Prazo: 80 meses
Parcela inicial: R$ 1.327,50 (com seguro prestamista)

A sua proposta passará por análise cadastral em até 2 dias úteis. Após a aprovação e o pagamento da 1ª parcela, você passa a participar das assembleias mensais (sorteio e lance).

Dúvidas: 0800 771 3041 ou WhatsApp (11) 4003-3041.

Administradora de Consórcio Horizonte Ltda.
""",
    ),
    m(
        "cs0003",
        "2025-10-21 09:12",
        _CONS,
        "Parabéns! Sua proposta foi aprovada 🎉",
        N(),
        text="""Olá, Rafaela!

Sua proposta de adesão ao grupo 3041, cota 188, foi APROVADA.

O boleto da 1ª parcela (R$ 1.327,50) vence em 28/10/2025 e está disponível na Área do Consorciado. Depois do pagamento você participa da próxima assembleia, no dia 19/11.

Seja bem-vinda ao Consórcio Horizonte!

Área do Consorciado: https://consorciohorizonte.example/area-do-cliente
""",
    ),
    m(
        "ub0002",
        "2025-10-20 18:32",
        _UBER,
        "Seu recibo de viagem da Uber de segunda-feira",
        N(),
        text="""Obrigado por viajar com a Uber, Rafaela

Total R$ 41,20

Viagem: UberX
17:48 Aeroporto Internacional de Viracopos - Campinas
18:29 Rua Maria Monteiro, 830 - Cambuí, Campinas - SP

Forma de pagamento: Itaú Visa ••••0926

Uber do Brasil Tecnologia Ltda.
""",
    ),
    m(
        "sf0001",
        "2025-10-22 05:01",
        "Smart Fit <naoresponda@smartfit.com.br>",
        "Seu plano Black foi renovado",
        N(),
        text="""Oi, Rafaela!

Seu plano Black na Smart Fit foi renovado automaticamente.

Valor da mensalidade: R$ 149,90
Cartão: final 4471
Próxima cobrança: 22/11/2025

Com o Black você treina em qualquer unidade do Brasil e pode levar um convidado 5x por mês.

Bora treinar? 💛
Smart Fit Academia Ltda.
""",
    ),
    m(
        "dr0001",
        "2025-10-24 12:14",
        "Drogasil <contato@drogasil.com.br>",
        "Seu pedido está pronto para retirada",
        N(),
        text="""Olá Rafaela,

Seu pedido #DS-3318274 já está pronto para retirada na loja Drogasil Av. Júlio de Mesquita, 655 - Cambuí.

Itens: Dipirona 1g 10 comp, Protetor solar FPS 50 200ml, Vitamina D 2000UI 60 caps.

Apresente este e-mail ou o código de retirada 8821 no balcão. Prazo para retirada: 5 dias.

Drogasil – Raia Drogasil S.A.
""",
    ),
    m(
        "av0001",
        "2025-10-27 20:09",
        "Azul Linhas Aéreas <azul@voeazul.com.br>",
        "Sua reserva está confirmada: Campinas (VCP) ✈ Recife (REC)",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<div style="max-width:600px;margin:auto">
<div style="background:#0d2b5c;color:#fff;padding:16px;font-size:20px">Azul</div>
<p>Olá, Rafaela! Sua viagem está confirmada. Código da reserva (localizador): <b>QX7TRB</b></p>
<table width="100%" style="border:1px solid #ddd;padding:10px">
<tr><td><b>Ida</b> · sáb, 20/12/2025 · AD 4086<br>VCP 07:05 → REC 10:15</td></tr>
<tr><td><b>Volta</b> · dom, 04/01/2026 · AD 4091<br>REC 15:40 → VCP 19:05</td></tr>
</table>
<p>Passageiros: RAFAELA NOGUEIRA BITTENCOURT · GUSTAVO HENRIQUE ALVES · THEO BITTENCOURT ALVES</p>
<p>Total pago: R$ 3.845,22 em 10x no cartão.</p>
<p style="font-size:11px;color:#888">Check-in disponível 48h antes do voo pelo app Azul. Azul Linhas Aéreas Brasileiras S.A.</p>
</div></body></html>""",
    ),
    m(
        "pa0002",
        "2025-10-30 07:00",
        _PAUTA,
        "As 5 perguntas que todo comprador deveria fazer antes de uma RFQ",
        N(),
        text="""SUPRIMENTOS EM PAUTA · edição #115

Olá, leitora!

1) Quem é o dono da especificação?
2) O volume é firme ou é previsão?
3) Qual é o custo total, não só o preço?
4) Quem vai medir a qualidade no recebimento?
5) O que acontece se o fornecedor quebrar?

Leia o artigo completo: https://suprimentosempauta.example/edicao-115/5-perguntas-rfq

AGENDA
- 06/11 · Encontro de Compradores do Interior – Campinas (Hotel Vitória)
- 13/11 · Webinar: IA generativa em procurement, hype ou ferramenta?

Para cancelar: https://suprimentosempauta.example/unsubscribe?u=rnb
""",
        headers={"List-Unsubscribe": "<mailto:sair@suprimentosempauta.example>"},
    ),
    m(
        "nb0003",
        "2025-11-01 08:10",
        _NU,
        "Sua fatura de novembro fechou",
        N(),
        html=_fatura("novembro", "01/11", "08/11", "4.102,88"),
    ),
    m(
        "if0003",
        "2025-11-05 12:02",
        _IFOOD,
        "Clube iFood: seu 1º mês é por nossa conta",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;text-align:center">
<h1 style="color:#ea1d2c">Entregas grátis, cupons exclusivos</h1>
<p>Assine o <b>Clube iFood</b> e ganhe o primeiro mês grátis. Depois, R$ 5,95/mês. Cancele quando quiser.</p>
<p><a href="https://ifood.com.br/clube?utm_source=crm" style="background:#ea1d2c;color:#fff;padding:12px 26px;border-radius:6px;text-decoration:none">Quero o Clube</a></p>
<p style="font-size:10px;color:#999">iFood.com Agência de Restaurantes Online S.A. <a href="https://ifood.com.br/descadastrar">Descadastrar</a></p>
</body></html>""",
    ),
    m(
        "ml0003",
        "2025-11-07 19:44",
        _ML,
        "Compra aprovada! Fritadeira Air Fryer 5,5L",
        N(),
        text="""Oba! Sua compra foi aprovada.

Fritadeira Air Fryer Mondial 5,5L Family Inox
R$ 429,90 em 10x de R$ 42,99 sem juros

Vendedor: MONDIAL OFICIAL
Chega entre 10 e 12 de novembro em Rua Hermantino Coelho, 501 - apto 84 - Mansões Santo Antônio - Campinas

Acompanhe: https://www.mercadolivre.com.br/minhas-compras

Mercado Livre
""",
    ),
    m(
        "cp0003",
        "2025-11-07 06:38",
        _CPFL,
        "Sua conta de energia de outubro chegou",
        N(),
        text=_cpfl("10/2025", "174,80", "17/11/2025", "198"),
    ),
    m(
        "vv0003",
        "2025-11-14 09:06",
        _VIVO,
        "Sua fatura Vivo de novembro chegou",
        N(),
        html=_vivo("novembro", "139,90", "20/11/2025"),
    ),
    m(
        "cs0004",
        "2025-11-19 21:10",
        _CONS,
        "Resultado da assembleia de novembro – Grupo 3041",
        N(),
        text="""Olá, Rafaela.

A assembleia geral ordinária do grupo 3041 aconteceu hoje, 19/11/2025.

Cotas contempladas por sorteio (Loteria Federal): 0077 e 0412
Cotas contempladas por lance: 0220 (lance de 38,5%) e 0169 (lance de 35,0%)

Sua cota (188) não foi contemplada desta vez. A próxima assembleia será em 17/12/2025; você pode ofertar lance até 16/12 pela Área do Consorciado.

Consórcio Horizonte
""",
    ),
    m(
        "ml0004",
        "2025-11-21 08:00",
        "Mercado Livre <ofertas@mercadolivre.com.br>",
        "BLACK FRIDAY começou: até 70% OFF + frete grátis",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;background:#000;color:#fff;text-align:center">
<h1 style="color:#fff159">BLACK FRIDAY</h1>
<p>Até 70% OFF em milhares de produtos, parcelamento em até 18x e frete grátis acima de R$ 79.</p>
<p><a style="color:#fff159" href="https://www.mercadolivre.com.br/black-friday?utm_source=email">Aproveitar agora</a></p>
<p style="font-size:10px;color:#aaa">Ebazar.com.br Ltda. · Ofertas sujeitas a disponibilidade.</p>
</body></html>""",
    ),
    m(
        "az0002",
        "2025-11-25 13:30",
        "Amazon.com.br <ofertas@amazon.com.br>",
        "Ofertas da Black Friday selecionadas para você, Rafaela",
        N(),
        text="""Olá Rafaela,

Com base no seu histórico, achamos que você vai gostar destas ofertas da Black Friday:

- Kindle Paperwhite 16 GB – R$ 699,00 (-22%)
- Echo Dot 5ª geração – R$ 249,00 (-38%)
- Livro "Compras Estratégicas: construa parcerias com fornecedores" – R$ 59,90

Ver todas: https://www.amazon.com.br/blackfriday?ref_=pe_bf25

Amazon.com.br – Você recebeu este e-mail porque ativou recomendações por e-mail.
""",
    ),
    m(
        "if0004",
        "2025-11-28 11:11",
        _IFOOD,
        "Black Friday iFood: 50% OFF nos seus favoritos",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;text-align:center">
<h1 style="color:#ea1d2c">É Black Friday no iFood! 🖤</h1>
<p>Até 50% OFF em restaurantes e mercados, hoje e amanhã.</p>
<p><a href="https://ifood.com.br/blackfriday?utm_source=crm">Ver ofertas</a></p>
<p style="font-size:10px;color:#999">Promoção limitada. Consulte o regulamento no app. <a href="https://ifood.com.br/descadastrar">Descadastrar</a></p>
</body></html>""",
    ),
    m(
        "nb0004",
        "2025-12-01 08:08",
        _NU,
        "Sua fatura de dezembro fechou",
        N(),
        html=_fatura("dezembro", "01/12", "08/12", "5.217,45"),
    ),
    m(
        "sp0001",
        "2025-12-03 10:00",
        "Spotify <no-reply@spotify.com>",
        "Sua Retrospectiva 2025 chegou 🎧",
        N(),
        html="""<html><body style="font-family:Circular,Helvetica,Arial,sans-serif;background:#121212;color:#fff;text-align:center">
<h1>Rafaela, sua Retrospectiva 2025 está pronta</h1>
<p>Você ouviu 38.211 minutos de música este ano. Sua artista mais ouvida: Marisa Monte. Seu gênero: MPB.</p>
<p><a href="https://open.spotify.com/wrapped?utm_source=email" style="color:#1ed760">Ver minha Retrospectiva</a></p>
<p style="font-size:10px;color:#aaa">Spotify AB, Regeringsgatan 19, 111 53 Estocolmo, Suécia.</p>
</body></html>""",
    ),
    m(
        "pc0001",
        "2025-12-05 14:20",
        "Procura Academy <eventos@procuraacademy.example>",
        "Convite: Café com Compradores – fechamento de 2025 (online)",
        N(),
        text="""Olá, Rafaela!

Você participou do nosso webinar de outubro e por isso queremos te convidar para o último encontro do ano:

CAFÉ COM COMPRADORES – o que aprendemos em 2025
Quinta, 11/12, das 8h às 9h, online
Convidados: Ana Paula Greco (Head de Compras, setor de bebidas) e Tiago Vilhena (Supply Chain, agronegócio)

O convite para a agenda está anexado. Basta aceitar.

Até lá!
Equipe Procura Academy
procuraacademy.example
""",
        ics=ics(
            "cafe-compradores-20251211@procuraacademy.example",
            "2025-12-11 08:00",
            "Café com Compradores – fechamento de 2025",
            ("Procura Academy", "eventos@procuraacademy.example"),
            location="https://us06web.zoom.us/j/83310274455",
            description="Encontro online gratuito com Ana Paula Greco e Tiago Vilhena.",
        ),
    ),
    m(
        "cp0004",
        "2025-12-08 06:41",
        _CPFL,
        "Sua conta de energia de novembro chegou",
        N(),
        text=_cpfl("11/2025", "221,07", "16/12/2025", "249"),
    ),
    m(
        "ub0003",
        "2025-12-10 08:12",
        _UBER,
        "Seu recibo de viagem da Uber de quarta-feira de manhã",
        N(),
        text="""Obrigado por viajar com a Uber, Rafaela

Total R$ 18,40

Viagem: UberX
07:43 Rua Hermantino Coelho, 501 - Mansões Santo Antônio, Campinas - SP
07:58 Av. Dr. Moraes Salles, 1136 - Centro, Campinas - SP

Forma de pagamento: Nubank ••••4471
Uber do Brasil Tecnologia Ltda.
""",
    ),
    m(
        "vv0004",
        "2025-12-12 09:01",
        _VIVO,
        "Sua fatura Vivo de dezembro chegou",
        N(),
        html=_vivo("dezembro", "139,90", "20/12/2025"),
    ),
    m(
        "av0002",
        "2025-12-18 07:05",
        "Azul Linhas Aéreas <azul@voeazul.com.br>",
        "Check-in aberto: Campinas → Recife, sábado 20/12",
        N(),
        text="""Olá, Rafaela!

O check-in do seu voo AD 4086 (VCP 07:05 → REC 10:15, sábado 20/12) já está disponível.

Localizador: QX7TRB

Faça o check-in no app Azul ou em voeazul.com.br e evite filas. Lembre-se: chegue ao aeroporto com 1h30 de antecedência e tenha em mãos documento oficial com foto. Menores de 16 anos viajando com os pais precisam de certidão de nascimento ou RG.

Boa viagem!
Azul Linhas Aéreas Brasileiras S.A.
""",
    ),
    m(
        "cs0005",
        "2025-12-17 21:00",
        _CONS,
        "Resultado da assembleia de dezembro – Grupo 3041",
        N(),
        text="""Olá, Rafaela.

Resultado da assembleia do grupo 3041 em 17/12/2025:

Sorteio: cotas 0301 e 0058
Lance: cotas 0144 (40,2%) e 0188 (36,0%)

🎉 Sua cota 0188 foi CONTEMPLADA por lance! Você tem até 5 dias úteis para pagar o lance embutido/ofertado e iniciar a análise de crédito para utilizar sua carta de R$ 90.000,00.

Acesse a Área do Consorciado para os próximos passos.
Consórcio Horizonte
""",
    ),
    m(
        "nb0005",
        "2025-12-22 16:48",
        "Nubank <todomundo@nubank.com.br>",
        "Você recebeu um Pix de R$ 300,00",
        N(),
        text="""Oi, Rafaela!

Você recebeu uma transferência via Pix.

Valor: R$ 300,00
De: MARIA APARECIDA NOGUEIRA
Instituição: Banco do Brasil
Mensagem: presente do Theo, compra um lego pra ele 😘

O valor já está disponível na sua conta.

Nu Pagamentos S.A. – Instituição de Pagamento
""",
    ),
    m(
        "nb0006",
        "2026-01-02 08:14",
        _NU,
        "Sua fatura de janeiro fechou",
        N(),
        html=_fatura("janeiro", "02/01", "09/01", "6.033,19"),
    ),
    m(
        "cp0005",
        "2026-01-08 06:44",
        _CPFL,
        "Sua conta de energia de dezembro chegou",
        N(),
        text=_cpfl("12/2025", "196,33", "16/01/2026", "221"),
    ),
    m(
        "if0005",
        "2026-01-10 19:20",
        "iFood <noreply@ifood.com.br>",
        "Seu pedido foi entregue – Sushi Kenzo Taquaral",
        N(),
        text="""Pedido entregue! 🍣

Sushi Kenzo - Taquaral
Pedido #1187

1x Combinado Kenzo 40 peças ........ R$ 139,90
1x Temaki salmão ................... R$ 32,00
Taxa de entrega .................... R$ 0,00 (Clube iFood)
Total .............................. R$ 171,90

Pago com Pix.
iFood.com Agência de Restaurantes Online S.A.
""",
    ),
    m(
        "pa0003",
        "2026-01-13 07:00",
        _PAUTA,
        "Especial: as empresas que mais vão contratar compradores em 2026",
        N(),
        html="""<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<p style="font-family:Arial;font-size:12px;color:#888">Suprimentos em Pauta · edição #121</p>
<h1>Mercado aquecido: quem vai contratar em compras em 2026</h1>
<p>Levantamento com 40 consultorias de recrutamento aponta alta de 14% na demanda por compradores técnicos e analistas de strategic sourcing, puxada por autopeças, agronegócio e saúde. Salários para analista sênior variam de R$ 9 mil a R$ 13 mil no interior paulista.</p>
<p><b>Entrevista:</b> a headhunter Sandra Kwon explica o que as empresas perguntam nas entrevistas de compras – e o que fazer quando a proposta vem abaixo do esperado.</p>
<p><a href="https://suprimentosempauta.example/edicao-121/mercado-2026">Leia a edição completa</a></p>
<p style="font-family:Arial;font-size:11px;color:#999"><a href="https://suprimentosempauta.example/unsubscribe?u=rnb">Cancelar inscrição</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<mailto:sair@suprimentosempauta.example>"},
    ),
    m(
        "vv0005",
        "2026-01-14 09:03",
        _VIVO,
        "Sua fatura Vivo de janeiro chegou",
        N(),
        html=_vivo("janeiro", "139,90", "20/01/2026"),
    ),
    m(
        "gg0002",
        "2026-01-27 10:15",
        "Google One <google-one-noreply@google.com>",
        "Seu armazenamento está quase cheio",
        N(),
        text="""Olá, Rafaela,

Você está usando 14,3 GB (95%) dos 15 GB do seu armazenamento da Conta do Google. Quando ele estiver cheio, você não poderá enviar nem receber e-mails no Gmail.

Libere espaço ou faça upgrade para o Google One 100 GB por R$ 7,99/mês.

Gerenciar armazenamento: https://one.google.com/storage?utm_source=email

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    ),
    m(
        "sp0002",
        "2026-01-19 15:00",
        "Spotify <no-reply@spotify.com>",
        "Your Premium Family plan price is changing",
        N("en"),
        text="""Hi Rafaela,

We're writing to let you know that the price of your Premium Family subscription will change from R$ 40,90/month to R$ 43,90/month starting with your billing date in March 2026.

We're always working to bring you more of the music and podcasts you love. If you don't want to continue, you can cancel at any time in your account page: https://www.spotify.com/br-pt/account/

Thanks for being part of Spotify.

Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden
""",
    ),
    m(
        "nb0007",
        "2026-02-01 08:09",
        _NU,
        "Sua fatura de fevereiro fechou",
        N(),
        html=_fatura("fevereiro", "01/02", "08/02", "3.660,02"),
    ),
    m(
        "li0002",
        "2026-02-04 18:22",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Parabenize Diego Arantes pelo novo cargo",
        N(),
        text="""Diego Arantes começou em um novo cargo

Analista de Logística Sênior na Translog Vale do Paraíba

Dê os parabéns: https://www.linkedin.com/comm/feed/update/urn:li:activity:7293184471/?lipi=urn%3Ali%3Apage%3Aemail_notifications_work_anniversary

----------------------------------------
Este e-mail foi enviado para Rafaela Nogueira Bittencourt (Comprador(a) Estratégico(a) na Vossberg do Brasil)
Cancelar inscrição: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "cp0006",
        "2026-02-06 06:39",
        _CPFL,
        "Sua conta de energia de janeiro chegou",
        N(),
        text=_cpfl("01/2026", "239,58", "18/02/2026", "268"),
    ),
    m(
        "if0006",
        "2026-02-12 17:30",
        _IFOOD,
        "Bloquinho em casa? 🎉 Cupom de Carnaval",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;text-align:center">
<h1 style="color:#ea1d2c">Carnaval com delivery</h1>
<p>Use <b>FOLIA20</b> e ganhe R$ 20 OFF em pedidos acima de R$ 60 de 13 a 17/02.</p>
<p><a href="https://ifood.com.br/cupom/FOLIA20?utm_source=crm">Usar cupom</a></p>
<p style="font-size:10px;color:#999"><a href="https://ifood.com.br/descadastrar">Descadastrar</a></p>
</body></html>""",
    ),
    m(
        "sn0002",
        "2026-02-13 10:08",
        "SANASA Campinas <faturadigital@sanasa.com.br>",
        "Sua fatura de água e esgoto – fevereiro/2026",
        N(),
        text="""SANASA – Sociedade de Abastecimento de Água e Saneamento S.A.

Prezado(a) cliente,

Sua fatura digital está disponível.

Matrícula (código do imóvel): 0058.213.904-1
Referência: 02/2026
Consumo: 12 m³
Valor: R$ 152,90
Vencimento: 23/02/2026

Acesse a segunda via em https://www.sanasa.com.br/agencia-virtual
""",
    ),
    m(
        "it0004",
        "2026-02-20 09:00",
        _ITAU,
        "Seu informe de rendimentos 2025 já está disponível",
        N(),
        text="""Itaú

Olá, Rafaela.

O informe de rendimentos financeiros do ano-calendário 2025 já está disponível no app e no internet banking, em Menu > Imposto de Renda > Informe de rendimentos.

Use esse documento para a sua declaração do IRPF 2026.

Itaú Unibanco S.A.
Nunca pedimos senhas, tokens ou códigos por e-mail, SMS ou telefone.
""",
    ),
    m(
        "ct0002",
        "2026-02-24 11:37",
        _CONTADOR,
        "IRPF 2026 – documentos para a declaração",
        N(),
        text="""Olá Rafaela, tudo bem?

Já vamos começar a organizar a declaração deste ano (o prazo deve ir de meados de março até o fim de maio). Desta vez temos algumas novidades no seu caso:

- Informe de rendimentos da Castellani (ano todo de 2025). A rescisão e a Vossberg são de 2026, então só entram na declaração do ano que vem, mas guarde o TRCT
- Consórcio Horizonte: informe com os valores pagos em 2025 (vai em Bens e Direitos)
- Recibos do aluguel novo e o contrato do QuintoAndar (para a declaração do proprietário bater)
- Despesas médicas e escola do Theo (a escola tem limite de dedução)

Pode me mandar tudo até 15/03? Fica mais tranquilo.

Abraço,
Márcio Tavares
Tavares Contabilidade
""",
    ),
    m(
        "ub0004",
        "2026-02-26 22:10",
        _UBER,
        "Seu recibo de viagem da Uber de quinta-feira à noite",
        N(),
        text="""Obrigado por viajar com a Uber, Rafaela

Total R$ 27,15

Viagem: Uber Comfort
21:39 Shopping Parque Dom Pedro - Campinas
22:04 Rua Hermantino Coelho, 501 - Mansões Santo Antônio, Campinas - SP

Forma de pagamento: Itaú Visa ••••0926
Uber do Brasil Tecnologia Ltda.
""",
    ),
    m(
        "sap001",
        "2025-11-12 16:00",
        "SAP Learning <learning@sap.com>",
        "New learning journey: Sourcing and Procurement in SAP S/4HANA",
        N("en"),
        html="""<html><body style="font-family:72,Arial,sans-serif">
<div style="max-width:600px;margin:auto">
<h2>Build your SAP S/4HANA Sourcing and Procurement skills</h2>
<p>Hi Rafaela,</p>
<p>A new free learning journey is available on SAP Learning: <b>Exploring Sourcing and Procurement in SAP S/4HANA</b>. Learn about purchase requisitions, central procurement and supplier evaluation in around 9 hours, at your own pace.</p>
<p><a href="https://learning.sap.com/learning-journeys/exploring-sourcing-and-procurement-in-sap-s-4hana?utm_source=newsletter">Start learning</a></p>
<p style="font-size:11px;color:#777">SAP SE, Dietmar-Hopp-Allee 16, 69190 Walldorf, Germany. <a href="https://www.sap.com/about/legal/privacy.html">Privacy</a> · <a href="https://www.sap.com/unsubscribe">Unsubscribe</a></p>
</div></body></html>""",
    ),
    m(
        "sh0001",
        "2025-12-06 09:33",
        "Shopee <info@mail.shopee.com.br>",
        "12.12 chegando: frete grátis + cupons de até R$ 50",
        N(),
        text="""Shopee 12.12 Aniversário 🛍️

Rafaela, seus cupons já estão na carteira:
- Frete grátis acima de R$ 19
- R$ 20 OFF acima de R$ 120
- R$ 50 OFF acima de R$ 300 (limitado)

Válidos de 12/12 00h até 12/12 23h59.
Abrir o app: https://shopee.com.br/m/12-12

Shopee Brasil – você recebeu este e-mail porque tem conta na Shopee.
""",
    ),
    m(
        "it0005",
        "2025-11-26 14:02",
        _ITAU,
        "Seu cartão Itaú Azul chegou? Desbloqueie pelo app",
        N(),
        text="""Itaú

Olá, Rafaela.

Consta em nosso sistema que o seu cartão Itaú Azul Visa Platinum final 0926 foi entregue. Para começar a usar o cartão físico, desbloqueie pelo app Itaú em Cartões > Desbloquear.

Itaú Unibanco S.A.
""",
    ),
    m(
        "nb0008",
        "2025-09-26 12:03",
        _NU,
        "Boa notícia: seu limite aumentou 💜",
        N(),
        text="""Oi, Rafaela!

Analisamos seu histórico e aprovamos um aumento no limite do seu cartão de crédito Nubank.

Limite anterior: R$ 9.500,00
Novo limite: R$ 13.200,00

O novo limite já está disponível no app. Se preferir um limite menor, é só ajustar em Cartão de crédito > Ajustar limite.

Nu Pagamentos S.A. – Instituição de Pagamento
""",
    ),
    m(
        "nf0001",
        "2025-10-25 18:30",
        "Netflix <info@mailer.netflix.com>",
        "Rafaela, chegou um novo episódio de uma série que você assiste",
        N(),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#000;color:#fff">
<div style="max-width:560px;margin:auto;padding:24px">
<p style="color:#e50914;font-size:26px;font-weight:bold">NETFLIX</p>
<p>Novos episódios de <b>Sintonia</b> já estão disponíveis.</p>
<p><a href="https://www.netflix.com/title/80213050?s=a&amp;trkid=13747225" style="background:#e50914;color:#fff;padding:10px 20px;text-decoration:none">Assistir</a></p>
<p style="font-size:11px;color:#999">Netflix Entretenimento Brasil Ltda. · <a href="https://www.netflix.com/notificationsettings" style="color:#999">Preferências de notificação</a></p>
</div></body></html>""",
    ),
    m(
        "co0001",
        "2025-11-13 02:44",
        "Correios <rastreamento@correios-taxacao.example>",
        "Sua encomenda NB847120334BR está retida – pague a taxa para liberar",
        N(),
        html="""<html><body style="font-family:Arial">
<p><img src="http://correios-taxacao.example/logo-correios.png" alt="Correios"></p>
<p>Prezado cliente,</p>
<p>Sua encomenda <b>NB847120334BR</b> foi tributada pela Receita Federal e está aguardando pagamento da taxa de importação de <b>R$ 67,90</b>.</p>
<p>Caso o pagamento não seja realizado em até 24 horas, a encomenda será devolvida ao remetente.</p>
<p><a href="http://correios-taxacao.example/pagar?obj=NB847120334BR">PAGAR VIA PIX</a></p>
<p>Correios – Empresa Brasileira de Correios e Telégrafos</p>
</body></html>""",
    ),
    m(
        "sy0002",
        "2025-10-02 18:00",
        "Sympla <noreply@sympla.com.br>",
        "Começa em 1 hora: Webinar – Negociação com fornecedores em 2026",
        N(),
        text="""Olá Rafaela,

Seu evento começa em 1 hora!

Webinar – Negociação com fornecedores em 2026: inflação, câmbio e reforma tributária
Hoje, 02/10, às 19h00

Link de acesso (Zoom): https://us06web.zoom.us/j/81120943378?pwd=cHJvY3VyYTI2
Senha: 2026

Organizado por Procura Academy. Dúvidas: eventos@procuraacademy.example

Sympla
""",
    ),
    m(
        "mg0001",
        "2025-10-29 13:15",
        "Magalu <magalu@comunicacao.magazineluiza.com.br>",
        "Pedido aprovado! Lavadora Electrolux 13kg",
        N(),
        text="""Oi, Rafaela! Aqui é a Lu do Magalu 💙

Seu pagamento foi aprovado e o pedido já está sendo separado.

Pedido: 1287734401
Lavadora de Roupas Electrolux 13kg Essential Care LED13 – Branca
Valor: R$ 2.199,00 em 10x sem juros

Entrega agendada: 03/11/2025 no endereço Rua Hermantino Coelho, 501 – apto 84 – Campinas/SP

Acompanhe: https://www.magazineluiza.com.br/meus-pedidos

Magazine Luiza S.A.
""",
    ),
    m(
        "cu0001",
        "2025-11-03 15:05",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Rafaela, your course starts today: Supply Chain Management Specialization",
        N("en"),
        text="""Hi Rafaela,

Welcome to Supply Chain Logistics, the first course of the Supply Chain Management Specialization offered by Rutgers University on Coursera.

Week 1: Introduction to logistics – 5 videos, 2 readings, 1 quiz (about 3 hours)

Start learning: https://www.coursera.org/learn/supply-chain-logistics/home/welcome

Tip: learners who set a weekly goal are 75% more likely to finish.

Coursera, Inc. | 2440 W. El Camino Real, Suite 500, Mountain View, CA 94040 USA
Unsubscribe: https://www.coursera.org/account-settings
""",
    ),
    m(
        "az0003",
        "2026-01-21 17:40",
        "Amazon.com.br <entrega@amazon.com.br>",
        'Entregue: "Mochila infantil escolar..." e mais 1 item',
        N(),
        text="""Olá Rafaela,

Seu pacote foi entregue.

Mochila infantil escolar com rodinhas – Dinossauros
Lancheira térmica infantil azul

Entregue na portaria do Residencial Ipês do Taquaral às 17:32.

Algum problema? Devoluções gratuitas em até 30 dias: https://www.amazon.com.br/gp/css/order-history

Amazon.com.br
""",
    ),
    m(
        "it0006",
        "2026-01-06 10:05",
        _ITAU,
        "Rafaela, sua fatura Itaú Azul de janeiro está disponível",
        N(),
        text="""Itaú

Olá, Rafaela.

A fatura do seu cartão Itaú Azul Visa Platinum final 0926 já está disponível.

Valor total: R$ 4.870,12
Vencimento: 15/01/2026
Pagamento mínimo: R$ 730,52

Pontos Azul acumulados no mês: 2.914

Veja os detalhes e pague pelo app Itaú.

Itaú Unibanco S.A.
""",
    ),
]
