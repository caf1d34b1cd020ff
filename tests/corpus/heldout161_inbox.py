# ruff: noqa: E501, RUF100
"""Corpus 161, the ordinary inbox part one (data only): see heldout161.py.

Look-alikes (a flat-rental "candidatura", Porta 65, credit, a pós-graduação with a selection
"entrevista"), shops, bills, public services, newsletters and appointments."""

from __future__ import annotations

from typing import Any

from heldout161_jobs import N, ics, m

_CD = "Casa Douro Imobiliária <arrendamento@casadouro-imobiliaria.example>"
_BR = "Banco Ribeira <comunicacoes@bancoribeira.example>"
_IP = "IPDL – Pós-Graduações <posgraduacoes@ipdl.example>"
_OE = "Ordem dos Engenheiros – Região Norte <comunicacao@oern.pt>"
_UNSUB = {"List-Unsubscribe": "<mailto:unsubscribe@news.example?subject=unsubscribe>"}

MAIL: list[dict[str, Any]] = [
    # --- the flat: a rental "candidatura", DocuSign, Porta 65 ----------------------------------
    m(
        "aa1c4",
        "2025-09-02 14:26",
        "idealista <noreply@idealista.com>",
        "Resposta ao seu contacto: T2 renovado no Bonfim",
        N(),
        """idealista

O anunciante respondeu à sua mensagem sobre:
T2 renovado na Rua do Heroísmo, Bonfim, Porto – 950 €/mês

"Boa tarde Inês, o apartamento ainda está disponível. Pode visitá-lo quinta às 18h30?
Para avançar com a candidatura precisamos de alguns documentos, envio por email. Cumprimentos,
Casa Douro Imobiliária"

Responder: https://www.idealista.pt/conversas/8817264

idealista.pt – encontre a sua casa
""",
    ),
    m(
        "ab9x2",
        "2025-09-05 10:03",
        _CD,
        "Candidatura ao arrendamento – T2 Rua do Heroísmo",
        N(),
        """Cara Inês Marques,

Obrigado pela visita de ontem. Para submeter a sua candidatura ao arrendamento do T2 da Rua do
Heroísmo à apreciação do proprietário, pedimos que nos envie:

  - Cartão de Cidadão (frente e verso) ou autorização de cópia
  - Última declaração de IRS e respetiva nota de liquidação
  - Três últimos recibos de vencimento OU, na ausência de contrato de trabalho, declaração
    de rendimentos/subsídio e um fiador com rendimentos comprováveis
  - Ficha de candidatura preenchida e assinada (em anexo)

O proprietário pede 2 rendas de caução e 1 renda adiantada.

Com os melhores cumprimentos,
Vera Salgado
Consultora Imobiliária – Casa Douro
AMI 00000
""",
        attach=[
            ("Ficha_candidatura_arrendamento.txt", "text/plain", "Nome: ... NIF: ... Fiador: ...\n")
        ],
    ),
    m(
        "ac4k7",
        "2025-09-12 12:47",
        _CD,
        "Candidatura aprovada – T2 Rua do Heroísmo",
        N(),
        """Olá Inês,

Boas notícias: o proprietário aprovou a sua candidatura (com a sua mãe como fiadora).
Vou preparar o contrato de arrendamento para assinatura digital — segue pela DocuSign até
segunda-feira. Entrada prevista a 1 de outubro.

Parabéns pela nova casa!
Vera Salgado
""",
    ),
    m(
        "ad0v3",
        "2025-09-15 17:30",
        "Vera Salgado via Docusign <dse@eumail.docusign.net>",
        "Por favor, assine com DocuSign: Contrato de Arrendamento Habitacional – Rua do Heroísmo 2.º Esq.",
        N(),
        None,
        """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="DocuSign" width="116">
<div style="background:#1e4ca1;color:#fff;padding:28px;text-align:center;font-size:16px">
Vera Salgado enviou-lhe um documento para rever e assinar.<br><br>
<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=4c6e2b&amp;etti=24" style="background:#ffc423;color:#000;padding:10px 18px;text-decoration:none">REVER DOCUMENTO</a></div>
<p><b>Vera Salgado</b><br>arrendamento@casadouro-imobiliaria.example</p>
<p>Inês, segue o contrato de arrendamento e o anexo com o inventário do recheio. Assinaturas: arrendatária e fiadora.</p>
<p style="font-size:11px;color:#666">Não partilhe este email: contém uma ligação segura para a DocuSign.
<br>Acerca da DocuSign: assine documentos eletronicamente em minutos. É seguro.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "ae6n8",
        "2025-09-16 09:14",
        "Docusign <dse@eumail.docusign.net>",
        "Concluído: Contrato de Arrendamento Habitacional – Rua do Heroísmo 2.º Esq.",
        N(),
        """Todas as partes concluíram o envelope.

Contrato de Arrendamento Habitacional – Rua do Heroísmo 2.º Esq.

Pode ver e transferir o documento concluído:
https://eu.docusign.net/Signing/EmailStart.aspx?a=9a0d71&etti=24&acct=casadouro

Enviado por: Vera Salgado (arrendamento@casadouro-imobiliaria.example)
Signatários: Inês Carvalhal Sousa Marques, Maria da Graça Carvalhal, José Manuel Ferraz

Não partilhe este email.
Docusign. A forma acordada de fazer negócio.
""",
    ),
    m(
        "af2r5",
        "2025-10-03 21:55",
        "Porta 65 Jovem <porta65@portaldahabitacao.pt>",
        "Porta 65 Jovem – Candidatura submetida",
        N(),
        """Porta 65 Jovem – Programa de apoio ao arrendamento jovem

Caro(a) candidato(a),

A sua candidatura n.º P65-2025-0931127 foi submetida com sucesso no período de candidaturas
de outubro de 2025.

Morada do locado: Rua do Heroísmo, Porto
Renda mensal declarada: 950,00 €
Composição do agregado: 1 elemento

Os resultados serão divulgados no Portal da Habitação até ao final do mês seguinte ao fecho
do período de candidaturas.

IHRU – Instituto da Habitação e da Reabilitação Urbana, I.P.
""",
    ),
    m(
        "ag8p1",
        "2025-11-20 16:12",
        "Porta 65 Jovem <porta65@portaldahabitacao.pt>",
        "Porta 65 Jovem – Resultado da candidatura",
        N(),
        """Caro(a) candidato(a),

Informamos que a sua candidatura n.º P65-2025-0931127 foi APROVADA.

Valor mensal da subvenção: 285,00 €
Período: 12 meses, com início em novembro de 2025

O primeiro pagamento será efetuado por transferência bancária para o IBAN indicado até ao dia
8 de dezembro. Lembramos que deve manter o contrato de arrendamento e os recibos de renda
eletrónicos regularizados.

IHRU, I.P.
""",
    ),
    # --- banks: a credit card and a home-loan simulation ---------------------------------------
    m(
        "ah3z9",
        "2025-10-10 13:40",
        _BR,
        "Recebemos o seu pedido de Cartão Viva+",
        N(),
        """Olá Inês,

Recebemos o seu pedido de adesão ao Cartão de Crédito Viva+ (TAN 15,9%, TAEG 19,8%).
O pedido está em análise e daremos uma resposta no prazo de 5 dias úteis.

Pode acompanhar o estado do pedido na App Banco Ribeira > Cartões > Pedidos.

Banco Ribeira, S.A. – Sede: Av. dos Aliados 100, Porto
""",
    ),
    m(
        "ai1f6",
        "2025-10-15 09:05",
        _BR,
        "O seu pedido de cartão",
        N(),
        """Olá Inês,

Agradecemos o interesse no Cartão Viva+. Após a análise do seu pedido, lamentamos informar
que, de momento, não nos é possível aprovar a atribuição de um limite de crédito, tendo em conta
os rendimentos comprovados.

Poderá voltar a submeter o pedido quando a sua situação se alterar. Continuamos disponíveis
para a ajudar através do seu Gestor ou da linha 220 000 100.

Banco Ribeira
""",
    ),
    m(
        "aj7w0",
        "2026-02-07 11:21",
        "Banco Ribeira – Simulador <simulador@bancoribeira.example>",
        "A sua simulação de Crédito Habitação",
        N(),
        None,
        """<html><body style="font-family:Arial,sans-serif;color:#123">
<h3>Obrigado pela sua simulação, Inês</h3>
<table cellpadding="4" style="font-size:13px">
<tr><td>Valor do imóvel</td><td>235.000 €</td></tr>
<tr><td>Montante do empréstimo</td><td>211.500 € (90%)</td></tr>
<tr><td>Prazo</td><td>40 anos</td></tr>
<tr><td>Taxa</td><td>Mista – 3,05% fixa nos 3 primeiros anos, depois Euribor 12M + 0,85%</td></tr>
<tr><td>Prestação estimada</td><td>748,30 €</td></tr>
<tr><td>TAEG</td><td>3,6%</td></tr>
</table>
<p>Com a Garantia Pública para jovens até 35 anos poderá financiar até 100%.
<a href="https://www.bancoribeira.example/credito-habitacao/marcar">Marque uma reunião com um gestor</a>.</p>
<p style="font-size:10px;color:#777">Simulação meramente indicativa, não vinculativa. Sujeita a avaliação do imóvel e análise de risco.</p>
</body></html>""",
        headers=_UNSUB,
    ),
    m(
        "ak5e2",
        "2026-02-11 15:48",
        "Gonçalo Teixeira <goncalo.teixeira@bancoribeira.example>",
        "Reunião – Crédito Habitação",
        N(),
        """Boa tarde Inês,

Na sequência da sua simulação, confirmo a nossa reunião na agência de Santa Catarina na terça,
17/02, às 18h00. Para avançarmos com uma proposta de crédito habitação e a respetiva FINE,
traga, por favor, o novo contrato de trabalho (ou a declaração da entidade patronal), a última
declaração de IRS e os extratos dos últimos 3 meses.

Cumprimentos,
Gonçalo Teixeira
Gestor de Cliente – Banco Ribeira, Agência Santa Catarina
""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC01",
            "2026-02-17 18:00",
            "Reunião Crédito Habitação – Inês Marques",
            ("Gonçalo Teixeira", "goncalo.teixeira@bancoribeira.example"),
            style="outlook",
            minutes=45,
            location="Banco Ribeira – Agência Santa Catarina",
        ),
    ),
    # --- the pós-graduação (a candidatura with an "entrevista") ---------------------------------
    m(
        "al0q8",
        "2025-09-09 23:12",
        _IP,
        "Candidatura submetida – Pós-Graduação em Gestão e Economia da Água",
        N(),
        """Exma. Senhora Inês Carvalhal Sousa Marques,

Confirmamos a submissão da sua candidatura n.º 2025/PG-GEA/047 à Pós-Graduação em Gestão e
Economia da Água (2025/2026, regime pós-laboral, 60 ECTS).

A seriação será feita com base na análise curricular e numa entrevista de seleção. Os
candidatos serão convocados por email.

Serviços Académicos – Instituto Politécnico do Douro Litoral
""",
    ),
    m(
        "am6h4",
        "2025-09-17 12:30",
        "Prof.ª Carla Vidal <carla.vidal@ipdl.example>",
        "Entrevista de seleção – PG Gestão e Economia da Água",
        N(),
        """Cara Inês,

No âmbito da sua candidatura à Pós-Graduação em Gestão e Economia da Água, convido-a para uma
breve entrevista de seleção (15 minutos, por Zoom) na terça-feira, 23 de setembro, às 18h45.

O objetivo é conhecermos a sua motivação e a sua experiência profissional. Não é necessária
preparação.

Com os melhores cumprimentos,
Carla Vidal
Coordenadora da Pós-Graduação
""",
        ics=ics(
            "2f8s0dl3nq6c9v1b7khr4ao5ex@google.com",
            "2025-09-23 18:45",
            "Entrevista seleção PG-GEA – Inês Marques",
            ("Carla Vidal", "carla.vidal@ipdl.example"),
            minutes=15,
            location="https://ipdl.zoom.us/j/86120033311",
        ),
    ),
    m(
        "an2b7",
        "2025-09-26 17:05",
        _IP,
        "Resultados da seriação – 1.ª fase",
        N(),
        """Exma. Senhora,

Informamos que, concluída a seriação da 1.ª fase, foi ADMITIDA à Pós-Graduação em Gestão e
Economia da Água (2025/2026), em 4.º lugar entre 22 candidatos.

A matrícula decorre online de 29 de setembro a 8 de outubro. A propina anual é de 1.650 €,
podendo ser paga em 6 prestações.

Serviços Académicos – IPDL
""",
    ),
    m(
        "ao9t3",
        "2025-10-06 10:40",
        _IP,
        "Matrícula confirmada – referência Multibanco",
        N(),
        """Cara estudante,

A sua matrícula foi registada. Para concluir a inscrição efetue o pagamento da 1.ª prestação
da propina e da taxa de matrícula:

  Entidade: 21000 · Referência: 482 119 307 · Valor: 325,00 € · Prazo: 13/10/2025

As aulas começam a 17 de outubro (sextas 18h30-22h e sábados de manhã, quinzenalmente).

Serviços Académicos – IPDL
""",
    ),
    m(
        "ap4y6",
        "2025-11-14 08:02",
        "Moodle IPDL <noreply@moodle.ipdl.example>",
        "PG-GEA: Novo trabalho - Regulação económica dos serviços de águas",
        N(),
        """Regulação e Tarifários (PG-GEA 2025/26)

Foi publicado um novo trabalho: "Análise do tarifário de uma entidade gestora em baixa"
Data limite de entrega: 5 de dezembro de 2025, 23:59

Ver: https://moodle.ipdl.example/mod/assign/view.php?id=11832

Recebeu esta mensagem porque está inscrito em Regulação e Tarifários.
""",
    ),
    # --- shops and marketing "offers" --------------------------------------------------------
    m(
        "aq7d1",
        "2025-09-04 08:15",
        "Continente <news@news.continente.pt>",
        "Esta semana: -50% em cartão nos iogurtes e no azeite",
        N(),
        None,
        """<html><body style="font-family:Arial,sans-serif">
<p style="color:#e30613;font-size:22px"><b>Promoções da semana</b></p>
<p>De 4 a 10 de setembro, no Continente e em continente.pt:</p>
<ul><li>-50% em Cartão Continente em todos os iogurtes Mimosa</li>
<li>Azeite Gallo 750ml: 6,99 €</li><li>Leve 3, pague 2 em detergente Skip</li></ul>
<p><a href="https://www.continente.pt/campanhas/semana">Ver folheto</a></p>
<p style="font-size:10px;color:#888">Modelo Continente Hipermercados, S.A. · Não deseja receber? <a href="https://www.continente.pt/unsubscribe">Cancelar</a></p>
</body></html>""",
        headers=_UNSUB,
    ),
    m(
        "ar3n9",
        "2025-11-27 07:45",
        "Continente <news@news.continente.pt>",
        "Black Friday 🖤 As melhores ofertas do ano começam hoje",
        N(),
        None,
        """<html><body><h1>BLACK FRIDAY</h1><p>Até 28 de novembro: ofertas exclusivas em
eletrodomésticos, tecnologia e brinquedos. Acumule 25% em Cartão.</p>
<p><a href="https://www.continente.pt/black-friday?utm_source=email&amp;utm_campaign=bf25">Aproveitar</a></p>
<p style="font-size:10px">Campanha válida nas lojas aderentes. Cancelar subscrição.</p></body></html>""",
        headers=_UNSUB,
    ),
    m(
        "as0c5",
        "2026-01-06 09:30",
        "Cartão Continente <cartao@news.continente.pt>",
        "Inês, tem 7,40 € em Cartão a expirar",
        N(),
        """Olá Inês,

Tem 7,40 € de saldo no seu Cartão Continente que expira a 31 de janeiro de 2026.
Use-o em qualquer loja Continente, Continente Bom Dia ou em continente.pt.

Cartão Continente
""",
        headers=_UNSUB,
    ),
    m(
        "at8k2",
        "2025-09-30 19:00",
        "Pingo Doce <newsletter@pingodoce.pt>",
        "Folheto: promoções de 30 de setembro a 6 de outubro",
        N(),
        """Pingo Doce – sabe bem pagar tão pouco

Promoções desta semana:
  Bacalhau graúdo: -30%
  Pera Rocha do Oeste: 0,99 €/kg
  Vinho Verde Muralhas: 3,49 €

Ver o folheto completo: https://www.pingodoce.pt/folhetos/
Poupe Mais: ative os seus cupões na app.

Para deixar de receber esta newsletter clique aqui.
""",
        headers=_UNSUB,
    ),
    m(
        "au5g0",
        "2025-12-18 18:20",
        "Pingo Doce <newsletter@pingodoce.pt>",
        "A sua ceia de Natal com a nossa proposta especial",
        N(),
        """Pingo Doce

A nossa proposta para a ceia de Natal: bacalhau, couves, batata e um bolo-rei, tudo por menos
de 25 € para 4 pessoas. Encomende o bolo-rei na loja até dia 22.

Horários especiais: 24 de dezembro até às 18h; 25 de dezembro encerrado.
""",
        headers=_UNSUB,
    ),
    m(
        "av1m7",
        "2025-11-21 12:00",
        "Worten <news@worten.pt>",
        "Oferta especial só para si, Inês 🎁",
        N(),
        None,
        """<html><body><p>Olá Inês,</p><p>Por ser cliente Worten Resolve, temos uma <b>oferta exclusiva</b>:
10 € de desconto em compras acima de 75 € até domingo. Código: WRT10INES</p>
<p><a href="https://www.worten.pt/promocoes?utm_campaign=oferta">Ver campanhas</a></p>
<p style="font-size:10px">Worten – Equipamentos para o Lar, S.A. Cancelar subscrição</p></body></html>""",
        headers=_UNSUB,
    ),
    m(
        "aw6x3",
        "2025-10-24 10:10",
        "MEO <comunicacoes@meo.pt>",
        "Inês, temos uma proposta à sua espera",
        N(),
        """Olá Inês,

Mude para MEO Fibra e ganhe 3 meses grátis. Proposta exclusiva para a sua morada na Rua do
Heroísmo: Internet 1 Giga + TV 140 canais + telemóvel 10GB por 39,99 €/mês.

Ligue 16200 ou adira em meo.pt. Proposta válida até 15 de novembro.

Não quer receber comunicações? Responda REMOVER.
""",
        headers=_UNSUB,
    ),
    m(
        "ax2j8",
        "2025-12-02 13:33",
        "Decathlon <noreply@decathlon.pt>",
        "A sua encomenda está pronta para levantamento",
        N(),
        """Olá Inês,

A sua encomenda n.º PT25-4418732 está pronta para levantamento na loja Decathlon Porto
(Alameda Shop & Spot).

  1x Luvas de remo Forclaz
  1x Garrafa térmica 0,7 L

Leve o código QR ou o número da encomenda. Prazo: 10 dias.
""",
    ),
    m(
        "ay9b4",
        "2025-10-19 20:41",
        "Amazon.es <confirmar-envio@amazon.es>",
        'Su pedido de Amazon.es de "Manual de depuración de aguas residuales..."',
        N("es"),
        """Hola Inês,

Gracias por tu pedido. Te enviaremos un correo electrónico cuando se envíe el artículo.

Pedido n.º 404-8812077-3310766
  Manual de depuración de aguas residuales urbanas (Tapa blanda) – 38,50 €
Entrega estimada: jueves, 23 de octubre

Dirección de envío: Inês Marques, Rua do Heroísmo, Porto, Portugal

Amazon.es
""",
    ),
    m(
        "az4p0",
        "2025-10-21 06:58",
        "Amazon.es <confirmar-envio@amazon.es>",
        'Enviado: "Manual de depuración de aguas residuales..."',
        N("es"),
        """Hola Inês, tu paquete está en camino.

Seguimiento: https://www.amazon.es/progress-tracker/package/ref=pe_envio?orderId=404-8812077-3310766
Transportista: CTT Expresso

Amazon.es
""",
    ),
    m(
        "ba7s6",
        "2025-10-22 08:44",
        "CTT <notificacoes@ctt.pt>",
        "O seu objeto EA918273645PT está em distribuição",
        N(),
        """CTT – Correios de Portugal

O objeto EA918273645PT (remetente: AMAZON EU SARL) está em distribuição e será entregue hoje.
Se não estiver em casa, poderá levantá-lo na Loja CTT Heroísmo a partir de amanhã.

Seguir objeto: https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects=EA918273645PT
""",
    ),
    m(
        "bb3e1",
        "2025-12-10 22:16",
        "Wook <encomendas@wook.pt>",
        "Confirmação da encomenda n.º 11729905",
        N(),
        """Olá Inês,

Obrigado pela sua encomenda na WOOK.

  "A Água que Comemos" – Tony Allan – 17,91 €
  "Torto Arado" – Itamar Vieira Junior – 16,92 €
  Portes: grátis

Entrega prevista: 2 a 3 dias úteis.
WOOK – a maior livraria online portuguesa
""",
    ),
    m(
        "bc0w5",
        "2026-01-15 19:03",
        "Vinted <no-reply@vinted.pt>",
        "Vendeste um artigo! 🎉",
        N(),
        """Olá inesmarq,

Parabéns! "Casaco impermeável Quechua M" foi vendido por 18,00 €.
Envia o artigo até 20/01 com a etiqueta pré-paga que encontras na app.

Equipa Vinted
""",
    ),
    m(
        "bd6r9",
        "2025-11-05 21:37",
        "OLX <noreply@olx.pt>",
        'Nova mensagem sobre "Bicicleta estática Domyos"',
        N(),
        """Olá Inês,

Tens uma nova mensagem de Ricardo sobre o teu anúncio "Bicicleta estática Domyos":

"Boa noite, ainda está disponível? Faz 60€ e vou buscar amanhã."

Responder no OLX: https://www.olx.pt/myaccount/answer/771823
""",
    ),
    # --- bills and public services -----------------------------------------------------------
    m(
        "be2t4",
        "2025-10-08 11:10",
        "EDP <faturas@edp.pt>",
        "A sua fatura EDP já está disponível",
        N(),
        """Olá Inês,

A sua fatura de eletricidade de setembro já está disponível.

  Valor: 23,18 €
  Data-limite de pagamento: 28/10/2025 (débito direto)
  CPE: PT 0002 0000 4418 2290 TB

Consulte o detalhe em edp.pt/area-cliente ou na app EDP.
EDP Comercial – Comercialização de Energia, S.A.
""",
    ),
    m(
        "bf9l1",
        "2025-12-09 11:22",
        "EDP <faturas@edp.pt>",
        "A sua fatura EDP já está disponível",
        N(),
        """Olá Inês,

A sua fatura de eletricidade de novembro já está disponível.

  Valor: 51,74 €
  Data-limite de pagamento: 29/12/2025 (débito direto)

Dica: no inverno, baixar o aquecimento 1 °C pode poupar até 7% na fatura.
EDP Comercial
""",
    ),
    m(
        "bg4c8",
        "2025-10-12 03:41",
        "NOS <faturaeletronica@nos.pt>",
        "Fatura NOS – outubro 2025",
        N(),
        """A sua fatura NOS está disponível.

Cliente n.º 2.118.904.332 · Fatura FT 2025/88120071
Valor: 34,99 € · Débito em conta a 27/10/2025

Área de Cliente: https://www.nos.pt/particulares/area-cliente
""",
    ),
    m(
        "bh1v6",
        "2026-01-12 03:39",
        "NOS <faturaeletronica@nos.pt>",
        "Fatura NOS – janeiro 2026",
        N(),
        """A sua fatura NOS está disponível.

Cliente n.º 2.118.904.332 · Fatura FT 2026/01033982
Valor: 36,49 € (inclui atualização de preços de 2026) · Débito em conta a 27/01/2026
""",
    ),
    m(
        "bi8f3",
        "2025-11-06 10:00",
        "ASP – Águas e Saneamento do Porto <faturas@asp-porto.example>",
        "Fatura da água disponível – Contrato 40211873",
        N(),
        """Caro(a) cliente,

A sua fatura de água, saneamento e resíduos urbanos (outubro 2025) está disponível:

  Consumo: 3 m³ (leitura real)
  Valor total: 19,62 €
  Pagamento por débito direto em 21/11/2025

Comunique a leitura do contador entre os dias 20 e 25 de cada mês em www.asp-porto.example.

ASP – Águas e Saneamento do Porto
""",
    ),
    m(
        "bj5q0",
        "2025-09-08 15:20",
        "Segurança Social Direta <ssdireta@seg-social.pt>",
        "Prestações de desemprego – decisão",
        N(),
        """Segurança Social

Exma. Senhora,

Informamos que o seu requerimento de prestações de desemprego foi DEFERIDO.

  Prestação: Subsídio de desemprego
  Montante diário: 35,80 €
  Período de concessão: 540 dias, com início a 22/08/2025

Lembramos que deve comunicar à Segurança Social, no prazo de 5 dias úteis, o início de
qualquer atividade profissional. Consulte a decisão completa na Segurança Social Direta.

Instituto da Segurança Social, I.P.
""",
    ),
    m(
        "bk0n7",
        "2026-02-20 09:45",
        "Segurança Social Direta <ssdireta@seg-social.pt>",
        "Nova mensagem na Segurança Social Direta",
        N(),
        """Tem uma nova mensagem na sua caixa da Segurança Social Direta:

"Comunicação de admissão de trabalhador – registo efetuado pela entidade empregadora com data
de início 02/03/2026. As prestações de desemprego cessam na véspera dessa data."

Aceda em https://app.seg-social.pt
""",
    ),
    m(
        "bl7h2",
        "2026-01-30 12:00",
        "Portal das Finanças <info@at.gov.pt>",
        "IRS – Comunicação do agregado familiar até 16 de fevereiro",
        N(),
        """Autoridade Tributária e Aduaneira

Caro(a) contribuinte,

Recordamos que a comunicação da composição do agregado familiar, para efeitos do IRS de 2025,
deve ser feita até 16 de fevereiro no Portal das Finanças. Se não houver alterações, não tem
de fazer nada.

Verifique também até 25 de fevereiro as faturas pendentes no e-fatura (despesas de saúde,
educação, imóveis e lares).

Esta mensagem foi enviada automaticamente. Não responda.
""",
    ),
    m(
        "bm3b5",
        "2026-02-10 08:30",
        "e-fatura <e-fatura@at.gov.pt>",
        "Tem faturas pendentes de verificação",
        N(),
        """Caro(a) contribuinte (NIF 2xx xxx 691),

Existem 4 faturas emitidas em 2025 com o seu NIF que necessitam de verificação da atividade do
emissor. O prazo termina a 25 de fevereiro de 2026.

https://faturas.portaldasfinancas.gov.pt
""",
    ),
    m(
        "bn0z8",
        "2025-11-03 06:00",
        "Via Verde <extratos@viaverde.pt>",
        "Extrato Via Verde – outubro 2025",
        N(),
        """O seu extrato de outubro está disponível.

Total: 27,35 € (A1, A25, A29 – 9 passagens)
Débito em conta: 15/11/2025

viaverde.pt
""",
    ),
    m(
        "bo5k1",
        "2025-12-19 22:04",
        "CP – Comboios de Portugal <bilhetes@cp.pt>",
        "Bilhete eletrónico – Alfa Pendular 125",
        N(),
        """CP – Comboios de Portugal

Obrigado pela sua compra.

  Alfa Pendular 125 · 23/12/2025
  Porto Campanhã 09:09 → Coimbra-B 10:08
  Carruagem 21, lugar 64 (Turística)
  Preço: 16,40 € (desconto Jovem -25%)

Apresente o bilhete em formato digital ou impresso.
""",
    ),
    m(
        "bp8x4",
        "2025-12-01 14:26",
        "Ryanair <itinerary@ryanair.com>",
        "Confirmação da sua reserva – ORHK7Q",
        N(),
        """Obrigado por reservar com a Ryanair.

Código de reserva: ORHK7Q
Porto (OPO) → Barcelona (BCN) · sex 16 jan 2026 · 06:25 – 09:20
Barcelona (BCN) → Porto (OPO) · dom 18 jan 2026 · 21:40 – 22:45

Passageira: MS INES MARQUES · Bagagem: 1 artigo pessoal

Faça o check-in online a partir de 24 horas antes.
""",
    ),
    m(
        "bq2g9",
        "2025-10-11 01:52",
        "Bolt <receipts-portugal@bolt.eu>",
        "O seu recibo de viagem Bolt",
        N(),
        """Obrigado por viajar com a Bolt, Inês!

Sáb, 11 out 2025, 01:31 · Galerias de Paris → Rua do Heroísmo
Total: 7,20 € · Visa ••4471
Motorista: Nelson · Toyota Corolla

Bolt Operations OÜ
""",
    ),
    m(
        "br6y3",
        "2025-11-15 20:48",
        "Glovo <noreply@glovoapp.com>",
        "O teu pedido foi entregue 🍕",
        N(),
        """Bom apetite, Inês!

O teu pedido de Pizzaria Lusitana foi entregue às 20:47.
Total: 19,40 € (inclui taxa de entrega 1,99 €)

Avalia o teu pedido na app.
""",
    ),
    m(
        "bs3u7",
        "2025-09-25 16:30",
        "Google <no-reply@accounts.google.com>",
        "Alerta de segurança",
        N(),
        """Novo início de sessão no Windows

ines.carvalhal.marques@gmail.com

Detetámos um novo início de sessão na sua Conta Google num dispositivo Windows. Se foi
você, não precisa de fazer nada. Caso contrário, vamos ajudar a proteger a sua conta.

Verificar atividade: https://accounts.google.com/AccountChooser?Email=ines.carvalhal.marques@gmail.com&continue=https://myaccount.google.com/alert/nt/

Recebeu este email para o informar sobre alterações importantes na sua Conta Google.
""",
    ),
    m(
        "bt0p2",
        "2025-10-30 04:11",
        "Spotify <no-reply@spotify.com>",
        "O teu recibo do Spotify",
        N(),
        """Obrigado pela tua compra!

Spotify Premium Individual · 30/10/2025 – 29/11/2025
Total: 8,99 € (IVA incluído)

Spotify AB
""",
    ),
    m(
        "bu9c6",
        "2026-01-20 17:00",
        "Netflix <info@mailer.netflix.com>",
        "Atualização do preço da sua assinatura",
        N(),
        """Olá Inês,

Estamos a escrever para informar que o preço do seu plano Padrão vai aumentar para 13,99 €
por mês a partir da sua faturação de 20 de fevereiro de 2026.

Pode alterar o plano ou cancelar a qualquer momento.
A equipa Netflix
""",
    ),
    m(
        "bv4d0",
        "2026-01-02 10:00",
        "Revolut <no-reply@revolut.com>",
        "O teu 2025 em números 📊",
        N(),
        """Olá Inês,

Em 2025 fizeste 612 pagamentos com o Revolut, visitaste 4 países e poupaste 640 € nos teus
Cofres. A categoria onde mais gastaste: Supermercados.

Vê o teu resumo completo na app.
Revolut Bank UAB
""",
    ),
    m(
        "bw1k5",
        "2025-12-23 13:15",
        "MB WAY <naoresponder@mbway.pt>",
        "Recebeu dinheiro",
        N(),
        """MB WAY

Recebeu 25,00 € de DUARTE C. S. MARQUES.
Mensagem: "prenda do Zé 🎄"

SIBS
""",
    ),
    # --- newsletters, professional associations, webinars ------------------------------------
    m(
        "bx7b8",
        "2025-10-15 12:00",
        _OE,
        "Newsletter OERN | outubro · Entrevista a Eng.ª Helena Moura",
        N(),
        None,
        """<html><body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<h2 style="color:#003a70">Ordem dos Engenheiros · Região Norte</h2>
<h3>Entrevista a Eng.ª Helena Moura, coordenadora do Colégio de Engenharia do Ambiente</h3>
<p>"Precisamos de mais engenheiros nas entidades gestoras: a próxima década vai ser a da
reutilização de água." A nova coordenadora fala dos desafios da profissão, da falta de técnicos
nas câmaras municipais e dos concursos que ficam desertos.
<a href="https://www.oern.pt/newsletter/2025-10/entrevista-helena-moura">Ler a entrevista</a></p>
<h3>Agenda</h3>
<ul><li>23 out – Cerimónia de Admissão de Novos Membros</li>
<li>6 nov – Curso: Licenciamento de Utilização de Recursos Hídricos (vagas limitadas)</li></ul>
<p style="font-size:10px;color:#777">Recebe esta newsletter por ser membro da OE. <a href="https://www.oern.pt/newsletter/sair">Sair</a></p>
</body></html>""",
        headers=_UNSUB,
    ),
    m(
        "by2r6",
        "2025-12-12 12:00",
        _OE,
        "Newsletter OERN | dezembro",
        N(),
        """Ordem dos Engenheiros – Região Norte · Newsletter de dezembro

ENTREVISTA
"A água é o grande desafio da próxima década" – conversa com o Eng. Álvaro Pestana, antigo
administrador de uma entidade gestora multimunicipal, sobre perdas de água, tarifários e
recrutamento de jovens engenheiros.
https://www.oern.pt/newsletter/2025-12/entrevista

NOTÍCIAS
- Aprovadas as novas regras de acesso à especialização em Engenharia Sanitária
- Bolsa de emprego da OE: 37 ofertas publicadas em novembro

Boas Festas!
""",
        headers=_UNSUB,
    ),
    m(
        "bz8w2",
        "2026-01-09 15:30",
        "Ordem dos Engenheiros <quotas@ordemengenheiros.pt>",
        "Quotas 2026 – aviso de débito direto",
        N(),
        """Caro(a) Membro n.º 8xxx7,

Informamos que a quota anual de 2026 (Membro Efetivo), no valor de 126,00 €, será cobrada por
débito direto em duas prestações, a 31 de janeiro e 31 de julho.

Ordem dos Engenheiros – Serviços Financeiros
""",
    ),
    m(
        "ca5n4",
        "2025-11-06 10:45",
        "Ordem dos Engenheiros – Região Norte <eventos@oern.pt>",
        "Convite: Sessão técnica – Reutilização de água para fins não potáveis (ApR)",
        N(),
        """Caro(a) colega,

O Colégio de Engenharia do Ambiente convida-o(a) para a sessão técnica "Reutilização de água
para fins não potáveis – do licenciamento à operação", no dia 20 de novembro, às 18h00, no
Auditório da Sede Regional (Rua Rodrigues Sampaio, 123, Porto). Entrada livre, sujeita a
inscrição. Segue convite para o calendário.

Programa: enquadramento (DL 119/2019), casos de ETAR com produção de ApR, mesa-redonda.
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC01",
            "2025-11-20 18:00",
            "Sessão técnica OERN – Reutilização de água (ApR)",
            ("OERN Eventos", "eventos@oern.pt"),
            style="outlook",
            minutes=120,
            location="Auditório da Sede Regional Norte, Rua Rodrigues Sampaio 123, Porto",
        ),
    ),
    m(
        "cb0h9",
        "2025-10-16 14:00",
        "APDA <eventos@apda.pt>",
        "Webinar APDA | Perdas de água e eficiência energética – 28 out",
        N(),
        """Webinar APDA – Associação Portuguesa de Distribuição e Drenagem de Águas

"Perdas de água e eficiência energética nos sistemas de abastecimento"
28 de outubro de 2025 · 14h30-16h00 · Online (Zoom)

Oradores: Comissão Especializada de Perdas de Água. Participação gratuita para associados.
A sua inscrição está confirmada; adicione o evento ao seu calendário.
""",
        ics=ics(
            "apda-webinar-20251028@apda.pt",
            "2025-10-28 14:30",
            "Webinar APDA – Perdas de água e eficiência energética",
            ("APDA Eventos", "eventos@apda.pt"),
            minutes=90,
            location="Zoom – https://us06web.zoom.us/j/81100220033",
        ),
    ),
    m(
        "cc6t1",
        "2025-10-05 07:00",
        "PÚBLICO <newsletter@publico.pt>",
        'Entrevista: "Vamos ter de pagar a água pelo que ela vale"',
        N(),
        """PÚBLICO – A manhã

ENTREVISTA · A secretária de Estado do Ambiente fala da seca no Algarve, da dessalinizadora
e do novo regime tarifário. "Vamos ter de pagar a água pelo que ela vale."

TAMBÉM HOJE
- Autárquicas: o que prometem os candidatos no Porto
- Desemprego jovem volta a descer, mas salários continuam baixos

Ler no site: https://www.publico.pt/newsletters
Deixar de receber: https://www.publico.pt/newsletters/gerir
""",
        headers=_UNSUB,
    ),
    m(
        "cd3m7",
        "2026-01-24 07:30",
        "Expresso <newsletters@expresso.pt>",
        "Expresso Curto | Sábado, 24 de janeiro",
        N(),
        """Expresso Curto

Bom dia. As presidenciais, a tempestade que obrigou a fechar o Douro à navegação e uma
entrevista ao novo presidente da ERSAR sobre a fusão de entidades gestoras de água.

Leia tudo em expresso.pt
""",
        headers=_UNSUB,
    ),
    m(
        "ce9c3",
        "2025-12-03 09:00",
        "Ambiente Magazine <newsletter@ambientemagazine.example>",
        "Edição 118: Entrevista ao diretor da ETAR do Freixo e o boom das ApR",
        N(),
        None,
        """<html><body><h2>Ambiente Magazine – Newsletter semanal</h2>
<p><b>Entrevista</b> – "Uma ETAR é uma fábrica de recursos": falámos com o diretor de uma das
maiores ETAR do país sobre lamas, biogás e reutilização.</p>
<p><b>Mercado</b> – Setor da água vai precisar de 2.000 técnicos até 2030, diz estudo.</p>
<p><b>Eventos</b> – ENEG 2025, Figueira da Foz, 10 a 12 de dezembro.</p>
<p style="font-size:10px"><a href="https://ambientemagazine.example/unsubscribe">Anular subscrição</a></p></body></html>""",
        headers=_UNSUB,
    ),
    m(
        "cf2a5",
        "2025-11-12 09:30",
        "PARTICIPA <noreply@participa.gov.pt>",
        "Nova consulta pública: AIA – Ampliação do Aterro de Montes Altos",
        N(),
        """participa.gov.pt

Foi publicada uma nova consulta pública que corresponde aos seus interesses (Ambiente – Norte):

  Avaliação de Impacte Ambiental – Ampliação da célula 4 do Aterro Sanitário de Montes Altos
  Proponente: VALORMONTES, S.A.
  Autoridade de AIA: CCDR Norte
  Período: 12/11/2025 a 23/12/2025

Consulte o EIA e o Resumo Não Técnico e participe:
https://participa.gov.pt/base/consultas/7701
""",
    ),
    m(
        "cg7p0",
        "2025-12-20 11:00",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Your certificate is ready!",
        N("en"),
        """Congratulations, Inês!

You have completed "Water Resources Management and Policy" offered by the University of
Geneva. Your certificate is ready to share on LinkedIn or add to your CV.

View certificate: https://coursera.org/verify/Q7XK2MP9ER3T
""",
    ),
    # --- health ------------------------------------------------------------------------------
    m(
        "ch4x8",
        "2025-11-10 12:19",
        "Clínica Boavista Saúde <marcacoes@clinicaboavista.example>",
        "Confirmação de marcação – Medicina Geral e Familiar",
        N(),
        """Exma. Senhora Inês Marques,

Confirmamos a sua consulta:

  Especialidade: Medicina Geral e Familiar
  Médico: Dr. Henrique Barros
  Data: 18/11/2025, 09h20
  Local: Clínica Boavista Saúde, Av. da Boavista 2201, piso 1

Chegue 10 minutos antes e traga o cartão de cidadão. Para desmarcar, ligue 226 000 900 com
24 horas de antecedência.
""",
        ics=ics(
            "cbs-consulta-20251118-0920-77812@clinicaboavista.example",
            "2025-11-18 09:20",
            "Consulta Medicina Geral – Dr. Henrique Barros",
            ("Clínica Boavista Saúde", "marcacoes@clinicaboavista.example"),
            minutes=20,
            location="Clínica Boavista Saúde, Av. da Boavista 2201, Porto",
        ),
    ),
    m(
        "ci0e3",
        "2025-11-17 10:00",
        "Clínica Boavista Saúde <lembretes@clinicaboavista.example>",
        "Lembrete: consulta amanhã",
        N(),
        """Lembrete: tem consulta amanhã, 18/11, às 09h20 com Dr. Henrique Barros.
Para confirmar responda SIM. Para desmarcar ligue 226 000 900.
""",
    ),
    m(
        "cj6r2",
        "2025-11-18 10:12",
        "SNS 24 <naoresponder@spms.min-saude.pt>",
        "Receita Sem Papel",
        N(),
        """Serviço Nacional de Saúde

Foi emitida uma receita em seu nome.
N.º da receita: 2011000xxxxxxx8112 · Código de acesso: 4471 · Código de opção: 2905

Apresente estes códigos na farmácia.
""",
    ),
    m(
        "ck3d6",
        "2026-01-13 16:48",
        "Dentalporto <geral@dentalporto.example>",
        "Marcação confirmada – Higiene oral",
        N(),
        """Olá Inês,

A sua consulta de higiene oral está marcada para 29/01/2026 às 18h30 com a Dra. Sílvia.
Adicionámos o convite ao seu calendário.

Dentalporto – Rua de Santa Catarina 800
""",
        ics=ics(
            "dentalporto-20260129-1830-inesm@dentalporto.example",
            "2026-01-29 18:30",
            "Higiene oral – Dentalporto",
            ("Dentalporto", "geral@dentalporto.example"),
            minutes=40,
            location="Dentalporto, Rua de Santa Catarina 800, Porto",
        ),
    ),
]
