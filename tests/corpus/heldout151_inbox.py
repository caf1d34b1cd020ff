# ruff: noqa: E501, RUF100
"""Corpus 151, the ordinary inbox part one (data only): see heldout151.py.

Taxes, social security, the bank, shops, deliveries, bills, the dentist, a master's programme and
a flat in Aveiro: the mail a Porto engineer gets besides his job search, look-alikes included."""

from __future__ import annotations

from typing import Any

from heldout151_jobs import N, ics, m, reply

AT = "Portal das Finanças <no-reply@at.gov.pt>"
BANCO = "Banco Atlântico Digital <info@bancoatlantico.example>"
GESTORA = "Carla Teixeira – Banco Atlântico <carla.teixeira@bancoatlantico.example>"
CLINICA = "Clínica Dentária do Bonfim <marcacoes@clinicabonfim.example>"
EEGP = "EEGP – Admissões <admissoes@eegp.example>"
RIANOVA = "Imobiliária Ria Nova <arrendamento@rianova.example>"
CONTINENTE = "Continente <newsletter@continente.pt>"
PINGODOCE = "Pingo Doce <noticias@pingodoce.pt>"
CTT = "CTT <notificacoes@ctt.pt>"

MAIL: list[dict[str, Any]] = [
    # --- Finanças and Segurança Social -----------------------------------------------------------
    m(
        "a0b1",
        "2025-09-04 09:12",
        AT,
        "Recibo de renda eletrónico emitido",
        N(),
        text="""\
Exmo(a). Senhor(a),

Informamos que foi emitido um recibo de renda eletrónico em que V. Exa. figura como arrendatário:

Recibo n.º 118
Senhorio: ARMANDO J*** C*** S***
Imóvel: PORTO – BONFIM – U-0xxxx-F
Período: 2025-09-01 a 2025-09-30
Valor: 750,00 €

Pode consultar o recibo no Portal das Finanças em Cidadãos > Serviços > Arrendamento > Recibos de Renda > Consultar.

Esta mensagem foi enviada automaticamente. Por favor não responda.
Autoridade Tributária e Aduaneira
""",
    ),
    m(
        "a2c3",
        "2025-10-30 10:40",
        AT,
        "Documento de cobrança do IUC disponível",
        N(),
        text="""\
Exmo(a). Senhor(a),

Informamos que se encontra disponível no Portal das Finanças o documento de cobrança do Imposto Único de Circulação (IUC) relativo ao veículo 45-XX-71, com data limite de pagamento 30-11-2025.

Valor: 36,21 €
Referência para pagamento: consulte o documento em Cidadãos > Pagar > Documentos de cobrança.

Para evitar o pagamento de coimas, efetue o pagamento dentro do prazo.

Autoridade Tributária e Aduaneira
""",
    ),
    m(
        "a4d5",
        "2026-02-06 18:22",
        AT,
        "Alteração de morada – confirmação",
        N(),
        text="""\
Exmo(a). Senhor(a),

Confirmamos a alteração da morada fiscal associada ao NIF 2xxxxxx81, com efeitos a partir de 06-02-2026.

Se não reconhece esta alteração, contacte-nos através do e-balcão.

Autoridade Tributária e Aduaneira
""",
    ),
    m(
        "a6e7",
        "2026-02-23 08:05",
        AT,
        "e-fatura: verifique as suas faturas até 25 de fevereiro",
        N(),
        html="""\
<html><body style="font-family:Arial;font-size:13px">
<p><b>Portal das Finanças – e-fatura</b></p>
<p>Exmo(a). Senhor(a),</p>
<p>Relembramos que o prazo para verificar as faturas pendentes de 2025 e indicar despesas com atividade profissional ou setor de atividade termina a <b>25 de fevereiro de 2026</b>.</p>
<p>Tem 7 faturas pendentes de confirmação.</p>
<p><a href="https://faturas.portaldasfinancas.gov.pt/painelAdquirente.action">Aceder ao e-fatura</a></p>
<p style="color:#666">A AT nunca lhe pede dados de pagamento por e-mail.</p>
</body></html>
""",
    ),
    m(
        "b1f2",
        "2025-09-24 15:30",
        "Segurança Social Direta <nao-responder@seg-social.pt>",
        "Tem uma nova mensagem na Segurança Social Direta",
        N(),
        text="""\
Caro(a) Tiago Magalhães Pereira,

Tem uma nova mensagem disponível na sua caixa de mensagens da Segurança Social Direta.

Assunto: Declaração de situação contributiva – pedido concluído

Para consultar, aceda a https://app.seg-social.pt com as suas credenciais.

Instituto da Segurança Social, I.P.
Não responda a este e-mail.
""",
    ),
    m(
        "b3g4",
        "2026-02-11 11:14",
        "Segurança Social Direta <nao-responder@seg-social.pt>",
        "Tem uma nova mensagem na Segurança Social Direta",
        N(),
        text="""\
Caro(a) Tiago Magalhães Pereira,

Tem uma nova mensagem disponível na sua caixa de mensagens da Segurança Social Direta.

Assunto: Atualização da sua carreira contributiva

Para consultar, aceda a https://app.seg-social.pt com as suas credenciais.

Instituto da Segurança Social, I.P.
""",
    ),
    # --- Bank: a mortgage simulation, a credit-card "pedido", marketing "propostas" ---------------
    m(
        "c0h5",
        "2025-10-02 21:33",
        BANCO,
        "A sua simulação de Crédito Habitação – SIM-2025-88412",
        N(),
        html="""\
<html><body style="font-family:Arial;font-size:13px;color:#0b2545">
<h2>A sua simulação de Crédito Habitação</h2>
<p>Olá Tiago,</p>
<p>Obrigado pelo seu interesse. Guardámos a simulação que fez no nosso site:</p>
<table cellpadding="4">
<tr><td>Valor do imóvel</td><td>210.000 €</td></tr>
<tr><td>Montante do empréstimo</td><td>189.000 € (90%)</td></tr>
<tr><td>Prazo</td><td>40 anos</td></tr>
<tr><td>Taxa</td><td>Mista – 3,10% fixa nos primeiros 3 anos</td></tr>
<tr><td>Prestação estimada</td><td>737,42 €</td></tr>
<tr><td>TAEG</td><td>3,6%</td></tr>
</table>
<p>Quer avançar com uma proposta? Um gestor de crédito pode contactá-lo em 24 horas. <a href="https://www.bancoatlantico.example/credito-habitacao/pedido?sim=88412">Pedir contacto</a></p>
<p style="font-size:10px;color:#555">Simulação meramente indicativa, não constitui proposta contratual. Exemplo representativo: TAEG 3,6% para um empréstimo de 150.000 € a 30 anos... Banco Atlântico Digital, S.A., registado no Banco de Portugal com o n.º 0xxx.</p>
</body></html>
""",
    ),
    m(
        "c2i7",
        "2025-10-21 13:50",
        BANCO,
        "Recebemos o seu pedido de cartão de crédito",
        N(),
        text="""\
Olá Tiago,

Recebemos o seu pedido de cartão de crédito Atlântico Classic (pedido n.º CC-7713209).

A análise do pedido demora, em regra, até 5 dias úteis. Poderemos pedir-lhe documentos adicionais, como o último recibo de vencimento ou a declaração de IRS.

Acompanhe o estado do pedido na app Atlântico, em Cartões > Pedidos.

Obrigado por escolher o Banco Atlântico Digital.
""",
    ),
    m(
        "c4j9",
        "2025-10-28 10:06",
        BANCO,
        "O seu pedido de cartão foi aprovado 🎉",
        N(),
        text="""\
Olá Tiago,

Boas notícias: o seu pedido de cartão de crédito Atlântico Classic foi aprovado, com um limite de 2.500 €.

O cartão será enviado por correio para a morada registada nos próximos 5 a 7 dias úteis. O PIN chega em carta separada.

Banco Atlântico Digital
""",
    ),
    m(
        "c6k1",
        "2025-11-05 07:00",
        BANCO,
        "O seu extrato de outubro já está disponível",
        N(),
        text="""\
Olá Tiago,

O extrato da sua conta à ordem PT50 xxxx xxxx xxxx 4417 referente a outubro de 2025 já está disponível na app e no homebanking.

Banco Atlântico Digital
""",
    ),
    m(
        "c8l3",
        "2025-12-18 12:00",
        BANCO,
        "Tiago, tem uma proposta pré-aprovada à sua espera",
        N(),
        html="""\
<html><body style="font-family:Arial;background:#f4f7fb">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px">
<h1 style="color:#0b2545">Crédito Pessoal até 15.000 €</h1>
<p>Tiago, tem uma <b>proposta pré-aprovada</b> com resposta imediata e dinheiro na conta no próprio dia. Este Natal, realize os seus projetos!</p>
<p><a href="https://www.bancoatlantico.example/cp?utm_campaign=natal25" style="background:#f2a900;padding:10px 18px;color:#000;text-decoration:none">Ver a minha proposta</a></p>
<p style="font-size:10px;color:#666">TAN 8,9%, TAEG 10,8%. Exemplo para 10.000 € a 72 meses. Sujeito a aprovação. Se não pretende receber comunicações comerciais, <a href="https://www.bancoatlantico.example/preferencias">clique aqui</a>.</p>
</div></body></html>
""",
        headers={"List-Unsubscribe": "<https://www.bancoatlantico.example/preferencias>"},
    ),
    m(
        "d0m5",
        "2026-01-21 16:48",
        GESTORA,
        "Processo de crédito habitação – documentação",
        N(),
        text="""\
Boa tarde Sr. Tiago,

Na sequência da nossa conversa, para avançarmos com a avaliação do seu processo de crédito habitação (Ref.ª CH-2026-00317) necessito dos seguintes documentos:

- Contrato de trabalho com a nova entidade patronal (ou declaração da empresa com a data de início e o tipo de contrato);
- Últimos 3 recibos de vencimento (da entidade atual);
- Declaração de IRS 2024 e nota de liquidação;
- Mapa de responsabilidades do Banco de Portugal.

Chamo a atenção de que, estando em período experimental, a aprovação poderá ficar condicionada. Podemos voltar a falar quando tiver os documentos.

Com os melhores cumprimentos,
Carla Teixeira
Gestora de Crédito Habitação | Agência Porto – Campo 24 de Agosto
Banco Atlântico Digital
""",
    ),
    m(
        "d2n7",
        "2026-02-20 17:15",
        GESTORA,
        "RE: Processo de crédito habitação – documentação",
        N(),
        text="""\
Sr. Tiago,

Obrigada, recebi o contrato e os recibos. O processo CH-2026-00317 seguiu para análise de risco. Assim que tiver resposta da equipa de decisão, ligo-lhe – previsivelmente dentro de duas semanas.

Cumprimentos,
Carla Teixeira
""",
        **reply("<CAH5xq9Zm4credito@mail.gmail.com>"),
    ),
    # --- A master's programme (an "entrevista" and an "admissão" that are not jobs) --------------
    m(
        "e1o2",
        "2025-09-19 23:20",
        EEGP,
        "Candidatura submetida – Mestrado Executivo em Lean Operations (2026)",
        N(),
        text="""\
Caro(a) Tiago Magalhães Pereira,

Confirmamos a receção da sua candidatura ao Mestrado Executivo em Lean Operations – edição 2026 (1.ª fase de candidaturas).

N.º de candidatura: MELO26-0143

A sua candidatura será avaliada pelo júri com base no CV, na carta de motivação e numa entrevista de seleção. Os candidatos pré-selecionados serão convocados por e-mail.

Com os melhores cumprimentos,
Gabinete de Admissões
EEGP – Escola de Engenharia e Gestão do Porto
""",
    ),
    m(
        "e3p4",
        "2025-10-09 11:25",
        EEGP,
        "Convocatória para entrevista de seleção – MELO 2026",
        N(),
        text="""\
Caro Tiago,

Temos o prazer de o convocar para a entrevista de seleção do Mestrado Executivo em Lean Operations, que terá lugar por Zoom no dia 16 de outubro, às 18h30, com o Prof. Doutor Luís Ventura (Diretor do Programa).

A entrevista dura cerca de 20 minutos e incide sobre a sua motivação, a sua experiência profissional e a forma como pretende conciliar o mestrado com o trabalho.

Segue o convite para o seu calendário.

Gabinete de Admissões – EEGP
""",
        ics=ics(
            "melo26-0143-entrevista@eegp.example",
            "2025-10-16 18:30",
            "Entrevista de seleção MELO 2026 – Tiago Magalhães Pereira",
            ("EEGP Admissões", "admissoes@eegp.example"),
            minutes=20,
            attendees=[("Luís Ventura", "lventura@eegp.example")],
            location="Zoom – https://eegp.zoom.example/j/83512094477",
        ),
    ),
    m(
        "e5q6",
        "2025-11-07 17:02",
        EEGP,
        "Resultados da 1.ª fase – Mestrado Executivo em Lean Operations",
        N(),
        text="""\
Caro Tiago,

É com satisfação que informamos que foi ADMITIDO ao Mestrado Executivo em Lean Operations – edição 2026.

A matrícula decorre entre 1 e 19 de dezembro. Receberá as instruções de matrícula e pagamento por e-mail.

Parabéns e bem-vindo à EEGP!

Gabinete de Admissões
""",
    ),
    m(
        "e7r8",
        "2025-12-16 14:31",
        EEGP,
        "RE: Pedido de adiamento da matrícula – MELO26-0143",
        N(),
        text="""\
Caro Tiago,

Recebemos o seu pedido. Compreendemos perfeitamente que, com a mudança de funções e de cidade, este não seja o melhor momento.

Confirmamos que a sua admissão fica válida para a edição de 2027, sem necessidade de nova entrevista. Em setembro de 2026 voltaremos a contactá-lo.

Votos de sucesso no novo desafio profissional!

Gabinete de Admissões – EEGP
""",
        **reply("<CAH5xq9Ya1eegp@mail.gmail.com>"),
    ),
    # --- A flat in Aveiro (a rental "candidatura") -----------------------------------------------
    m(
        "f0s1",
        "2026-01-08 20:14",
        "idealista <noreply@idealista.pt>",
        "Resposta do anunciante: T1 na Glória e Vera Cruz, Aveiro",
        N(),
        text="""\
Olá Tiago,

O anunciante Imobiliária Ria Nova respondeu à sua mensagem sobre o anúncio:

T1 renovado na Glória e Vera Cruz, Aveiro – 690 €/mês

"Boa noite, o imóvel ainda está disponível. Podemos agendar visita para sábado às 11h. Para avançar com a candidatura ao arrendamento precisamos de alguns documentos, que envio por email. Cumprimentos, Rosa."

Responder: https://www.idealista.pt/conversas/71122093

idealista
""",
    ),
    m(
        "f2t3",
        "2026-01-12 09:55",
        RIANOVA,
        "Candidatura ao arrendamento – ref. RN-1187",
        N(),
        text="""\
Bom dia Sr. Tiago,

Obrigada pela visita de sábado. Para submetermos a sua candidatura ao senhorio, pedimos o envio dos seguintes documentos:

1. Cartão de Cidadão;
2. Última declaração de IRS e nota de liquidação;
3. Contrato de trabalho ou declaração da entidade empregadora (pode ser da nova empresa, com a data de início);
4. Três últimos recibos de vencimento;
5. Indicação de fiador, caso aplicável.

A renda é de 690 €, com caução de dois meses e uma renda adiantada.

Com os melhores cumprimentos,
Rosa Pimentel
Imobiliária Ria Nova · Aveiro · AMI 1xxxx
""",
    ),
    m(
        "f4u5",
        "2026-01-19 12:38",
        RIANOVA,
        "RE: Candidatura ao arrendamento – ref. RN-1187",
        N(),
        text="""\
Sr. Tiago,

Tenho boas notícias: o senhorio aprovou a sua candidatura! Podemos avançar com o contrato de arrendamento com início a 1 de fevereiro. Vou enviar o contrato para assinatura digital ainda esta semana.

Cumprimentos,
Rosa Pimentel
Imobiliária Ria Nova
""",
    ),
    m(
        "f6v7",
        "2026-01-23 15:12",
        "Rosa Pimentel via DocuSign <dse@eumail.docusign.net>",
        "Por favor assine com DocuSign: Contrato de Arrendamento – RN-1187",
        N(),
        html="""\
<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="640" style="background:#fff;padding:24px">
<tr><td style="background:#1e4ca1;color:#fff;text-align:center;padding:28px">
<p>Rosa Pimentel enviou-lhe um documento para rever e assinar.</p>
<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=e2a1f0&amp;etti=24&amp;acct=91b" style="background:#ffc820;color:#333;padding:10px 20px;text-decoration:none;font-weight:bold">REVER DOCUMENTO</a>
</td></tr>
<tr><td style="padding:20px"><p>Rosa Pimentel<br>arrendamento@rianova.example</p>
<p>Sr. Tiago, segue o contrato de arrendamento do T1 da Rua do Gravito para assinatura. Os inquilinos assinam primeiro, depois o senhorio. Obrigada!</p></td></tr>
<tr><td style="font-size:11px;color:#666;padding:20px">Não partilhe este e-mail. Este e-mail contém um link seguro para o DocuSign.<br>Este e-mail foi enviado por DocuSign Electronic Signature Service.</td></tr>
</table></body></html>
""",
    ),
    m(
        "f8w9",
        "2026-01-27 19:40",
        "Armando Sousa <armando.sousa1954@gmail.com>",
        "Re: saída do apartamento",
        N(),
        text="""\
Boa noite Tiago

Recebi a sua mensagem. Tenho pena que saia, foi sempre um bom inquilino. Fica combinado a entrega das chaves no dia 28 de fevereiro, vejo o apartamento nesse dia e devolvo a caução se estiver tudo bem como estou certo que estará.

Muitas felicidades para o novo emprego em Águeda.

Armando Sousa
""",
        **reply("<CAH5xq9Xo7casa@mail.gmail.com>"),
    ),
    m(
        "g0x1",
        "2026-01-22 10:30",
        "Mudanças Ria & Douro <orcamentos@mudancasriadouro.example>",
        "Orçamento de mudança Porto → Aveiro",
        N(),
        text="""\
Exmo. Sr. Tiago Pereira,

Conforme solicitado, enviamos orçamento para mudança de um T1 (Porto – Bonfim, 2.º andar sem elevador) para Aveiro (Glória):

- Viatura de 20 m³ com 2 operadores: 380,00 €
- Embalagem de loiça e materiais: 60,00 €
- Desmontagem/montagem de 1 cama e 1 roupeiro: incluído
Total: 440,00 € + IVA

Data proposta: 31 de janeiro (sábado), a partir das 8h.

Com os melhores cumprimentos,
Mudanças Ria & Douro, Lda.
""",
    ),
    m(
        "g2y3",
        "2026-01-30 11:22",
        "Energia Clara <clientes@energiaclara.example>",
        "Bem-vindo! Contrato de eletricidade para o novo local de consumo",
        N(),
        text="""\
Olá Tiago,

O seu pedido de contrato de eletricidade para o local de consumo CPE PT0002000xxxxxxxxxxJ (Rua do Gravito, Aveiro) foi aceite. A ativação está prevista para 02-02-2026.

Potência contratada: 4,6 kVA | Tarifa simples

Energia Clara
""",
    ),
    m(
        "g4z5",
        "2026-02-03 09:10",
        "IKEA Portugal <noreply@ikea.pt>",
        "A sua encomenda n.º 1429876633 está a caminho",
        N(),
        text="""\
Olá Tiago,

A sua encomenda está a caminho e será entregue amanhã, 4 de fevereiro, entre as 14h e as 18h, na morada:
Rua do Gravito, Aveiro

1 x Secretária MICKE branco
1 x Cadeira MARKUS
2 x Candeeiro FORSÅ

Acompanhe a entrega: https://www.ikea.com/pt/pt/purchases/tracking/1429876633

IKEA Portugal
""",
    ),
    # --- Shops and deliveries ----------------------------------------------------------------------
    m(
        "h0a1",
        "2025-09-18 08:00",
        CONTINENTE,
        "Folheto da semana: até 50% em talho e peixaria",
        N(),
        html="""\
<html><body style="font-family:Arial">
<p style="background:#e30613;color:#fff;padding:10px;font-size:20px">Continente</p>
<p>Olá Tiago, as promoções desta semana já chegaram!</p>
<ul><li>Peito de frango: -50% em Cartão</li><li>Salmão fresco: 9,99 €/kg</li><li>Leve 3 pague 2 em detergentes</li></ul>
<p><a href="https://www.continente.pt/folhetos?utm_source=email&amp;utm_campaign=folheto38">Ver folheto</a></p>
<p style="font-size:10px">Modelo Continente Hipermercados, S.A. · <a href="https://www.continente.pt/newsletter/cancelar">Cancelar subscrição</a></p>
</body></html>
""",
        headers={"List-Unsubscribe": "<https://www.continente.pt/newsletter/cancelar>"},
    ),
    m(
        "h2b3",
        "2025-10-23 08:30",
        PINGODOCE,
        "Esta semana poupe mais: promoções até domingo",
        N(),
        text="""\
Promoções Pingo Doce, válidas de 23 a 26 de outubro:

- Azeite virgem extra Pingo Doce 1 L: 6,49 €
- Pera Rocha do Oeste: 1,29 €/kg
- 2.ª unidade a -50% em iogurtes

Veja o folheto completo em https://www.pingodoce.pt/folhetos

Pingo Doce – Sabe bem pagar tão pouco.
Deixar de receber: https://www.pingodoce.pt/newsletter/remover
""",
    ),
    m(
        "h4c5",
        "2025-11-27 07:45",
        CONTINENTE,
        "Black Friday Continente: ofertas imperdíveis só até domingo",
        N(),
        html="""\
<html><body style="font-family:Arial">
<h1 style="color:#e30613">BLACK FRIDAY</h1>
<p>Ofertas até 50% em eletrodomésticos, tecnologia e brinquedos. Exclusivo para clientes Cartão Continente: mais 10% em cartão nas compras acima de 50 €.</p>
<p><a href="https://www.continente.pt/black-friday?utm_source=crm">Aproveitar ofertas</a></p>
<p style="font-size:10px"><a href="https://www.continente.pt/newsletter/cancelar">Cancelar subscrição</a></p>
</body></html>
""",
        headers={"List-Unsubscribe": "<https://www.continente.pt/newsletter/cancelar>"},
    ),
    m(
        "h6d7",
        "2025-12-11 18:00",
        PINGODOCE,
        "Receitas de Natal e a nossa oferta especial de bacalhau",
        N(),
        text="""\
Este Natal, a mesa é de todos.

Bacalhau da Noruega crescido 2 kg+: 11,99 €/kg
Bolo-rei Pingo Doce: 6,99 €
Receita da semana: Bacalhau com broa e grelos.

https://www.pingodoce.pt/receitas/natal

Pingo Doce
""",
    ),
    m(
        "h8e9",
        "2026-01-15 13:04",
        "Cartão Continente <cartao@continente.pt>",
        "Tem 14,30 € em cartão para gastar",
        N(),
        text="""\
Olá Tiago,

O seu saldo Cartão Continente é de 14,30 €. Os descontos acumulados em janeiro expiram a 28 de fevereiro.

Use-os nas lojas Continente, Continente Modelo, Continente Bom Dia ou em continente.pt.

Cartão Continente
""",
    ),
    m(
        "i0f1",
        "2025-10-14 10:22",
        CTT,
        "O seu objeto está em distribuição",
        N(),
        text="""\
Olá,

O objeto RR431228867PT encontra-se em distribuição e será entregue hoje na morada indicada.

Remetente: AMAZON EU SARL
Acompanhe em https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects=RR431228867PT

CTT – Correios de Portugal
""",
    ),
    m(
        "i2g3",
        "2025-12-19 16:50",
        CTT,
        "Aviso: o seu objeto aguarda levantamento",
        N(),
        text="""\
Olá,

Não foi possível entregar o objeto DA117733025PT por ausência do destinatário. O objeto ficará disponível para levantamento durante 10 dias úteis na Loja CTT Bonfim (Rua do Heroísmo), a partir de amanhã às 10h.

Leve consigo o código de levantamento 771 402 e um documento de identificação.

CTT – Correios de Portugal
""",
    ),
    m(
        "i4h5",
        "2025-10-12 19:31",
        "Amazon.es <confirmar-envio@amazon.es>",
        'Tu pedido de "Sony WH-CH720N Auriculares..." ha sido enviado',
        N("es"),
        text="""\
Hola Tiago:

Tu paquete va de camino. Puedes seguir tu envío a continuación.

Llegada: martes, 14 de octubre
Pedido n.º 407-3318820-1127543

Sony WH-CH720N Auriculares inalámbricos con Noise Cancelling
Cantidad: 1  -  89,99 €

Se entregará en: Tiago Magalhães Pereira, Porto, 4300-xxx

Amazon.es
""",
    ),
    m(
        "i6i7",
        "2025-11-28 09:15",
        "Worten <news@worten.pt>",
        "Oferta exclusiva para si, Tiago: -25% em portáteis",
        N(),
        html="""\
<html><body style="font-family:Arial">
<p style="background:#e4002b;color:#fff;padding:8px;font-size:18px">WORTEN · Black Friday</p>
<p>Tiago, esta oferta é só para si: <b>-25% em portáteis</b> selecionados com o código BF25WRT, até domingo.</p>
<p><a href="https://www.worten.pt/black-friday?utm_source=crm&amp;utm_medium=email">Ver ofertas</a></p>
<p style="font-size:10px">Worten – Equipamentos para o Lar, S.A. <a href="https://www.worten.pt/newsletter/unsubscribe">Anular subscrição</a></p>
</body></html>
""",
        headers={"List-Unsubscribe": "<https://www.worten.pt/newsletter/unsubscribe>"},
    ),
    # --- Bills and services -----------------------------------------------------------------------
    m(
        "j0j1",
        "2025-09-22 08:40",
        "Águas do Porto <faturacao@aguasdoporto.pt>",
        "A sua fatura de setembro",
        N(),
        text="""\
Caro(a) cliente,

Já está disponível a sua fatura da água referente a setembro de 2025.

Conta-cliente: 20xxxx33
Valor: 21,87 €
Data limite de pagamento: 09-10-2025 (débito direto)

Consulte a fatura em https://balcaodigital.aguasdoporto.pt

Águas e Energia do Porto, EM
""",
    ),
    m(
        "j2k3",
        "2025-10-09 07:15",
        "NOS <faturas@nos.pt>",
        "A sua fatura NOS de outubro está disponível",
        N(),
        text="""\
Olá Tiago,

A sua fatura de outubro já está disponível na App NOS e em nos.pt.

Valor: 42,99 €
Data de débito: 24-10-2025

NOS Comunicações, S.A.
""",
    ),
    m(
        "j4l5",
        "2026-02-03 18:30",
        "NOS <apoio@nos.pt>",
        "Mudança de morada: instalação agendada",
        N(),
        text="""\
Olá Tiago,

Confirmamos o agendamento da instalação dos serviços NOS na nova morada (Rua do Gravito, Aveiro) para o dia 7 de fevereiro, entre as 9h e as 13h.

O técnico irá contactá-lo 30 minutos antes.

NOS
""",
    ),
    m(
        "j6m7",
        "2025-11-21 04:12",
        "Spotify <no-reply@spotify.com>",
        "O teu recibo do Spotify",
        N(),
        text="""\
Olá Tiago,

Obrigado por seres Premium.

Spotify Premium Individual – 21/11/2025 – 21/12/2025
Total: 7,99 € (IVA incluído)
Pago com Visa ···· 0935

Spotify AB, Regeringsgatan 19, 111 53 Estocolmo, Suécia
""",
    ),
    m(
        "j8n9",
        "2025-12-05 09:00",
        "Via Verde <extratos@viaverde.pt>",
        "Extrato Via Verde – novembro 2025",
        N(),
        text="""\
Olá Tiago,

O seu extrato de novembro está disponível.

Total de movimentos: 63,40 €
A1 Porto/Feira: 14 passagens
A29 Ovar/Feira: 4 passagens

Consulte o detalhe em https://www.viaverde.pt/particulares/extratos

Via Verde Portugal
""",
    ),
    m(
        "k0o1",
        "2025-09-26 12:05",
        "Fidelidade <apolices@fidelidade.pt>",
        "Renovação da sua apólice automóvel",
        N(),
        text="""\
Caro Cliente,

A sua apólice automóvel n.º AU6xxxx812 (veículo 45-XX-71) renova-se no dia 15-10-2025.

Prémio anual: 287,44 € (débito direto)

Se pretender alterar coberturas, contacte o seu mediador ou aceda a MyFidelidade.

Fidelidade – Companhia de Seguros, S.A.
""",
    ),
    m(
        "k2p3",
        "2025-11-18 10:00",
        "Centro de Inspeções Bonfim <lembretes@cibonfim.example>",
        "Lembrete: inspeção periódica obrigatória – 45-XX-71",
        N(),
        text="""\
Caro cliente,

A inspeção periódica da sua viatura 45-XX-71 deve ser realizada até 12-12-2025.

Marque já online e evite filas: https://www.cibonfim.example/marcacoes

Centro de Inspeções Bonfim
""",
    ),
    m(
        "k4q5",
        "2025-10-01 07:30",
        "Fitness Campanhã <socios@fitnesscampanha.example>",
        "Quota de outubro – débito",
        N(),
        text="""\
Olá Tiago,

Informamos que a quota de outubro (29,90 €) será debitada no dia 5.

Novidade: aulas de mobilidade às terças e quintas às 19h!

Fitness Campanhã
""",
    ),
    m(
        "k6r7",
        "2026-01-26 10:02",
        "Fitness Campanhã <socios@fitnesscampanha.example>",
        "RE: cancelamento da inscrição",
        N(),
        text="""\
Olá Tiago,

Confirmamos o cancelamento da sua inscrição com efeitos a 31 de janeiro. Não haverá mais débitos.

Obrigado por ter treinado connosco e boa sorte em Aveiro!

Fitness Campanhã
""",
        **reply("<CAH5xq9Ub2gym@mail.gmail.com>"),
    ),
    # --- The dentist (calendar parts) -------------------------------------------------------------
    m(
        "l0s1",
        "2025-10-01 12:47",
        CLINICA,
        "Confirmação de consulta – 9 de outubro",
        N(),
        text="""\
Olá Tiago,

A sua consulta está marcada:

Dr.ª Patrícia Nogueira – Medicina Dentária
Quinta-feira, 9 de outubro de 2025, às 18h30
Rua de Santos Pousada, Porto

Em caso de impossibilidade, pedimos que desmarque com 24 h de antecedência.

Clínica Dentária do Bonfim
""",
        ics=ics(
            "cdb-20251009-1830-tmp@clinicabonfim.example",
            "2025-10-09 18:30",
            "Consulta – Clínica Dentária do Bonfim",
            ("Clínica Dentária do Bonfim", "marcacoes@clinicabonfim.example"),
            minutes=30,
            location="Rua de Santos Pousada, Porto",
        ),
    ),
    m(
        "l2t3",
        "2025-10-08 10:00",
        CLINICA,
        "Lembrete: consulta amanhã às 18h30",
        N(),
        text="""\
Olá Tiago, lembramos a sua consulta amanhã, 09/10, às 18h30 com a Dr.ª Patrícia Nogueira. Responda SIM para confirmar ou NÃO para desmarcar.

Clínica Dentária do Bonfim
""",
    ),
    m(
        "l4u5",
        "2026-01-13 15:21",
        CLINICA,
        "Marcação: higiene oral – 20 de janeiro",
        N(),
        text="""\
Olá Tiago,

Conforme pedido por telefone, marcámos a sua higienização oral para terça-feira, 20 de janeiro, às 18h00, com a higienista Marta.

Até lá!
Clínica Dentária do Bonfim
""",
        ics=ics(
            "cdb-20260120-1800-tmp@clinicabonfim.example",
            "2026-01-20 18:00",
            "Higiene oral – Clínica Dentária do Bonfim",
            ("Clínica Dentária do Bonfim", "marcacoes@clinicabonfim.example"),
            minutes=45,
            location="Rua de Santos Pousada, Porto",
        ),
    ),
    m(
        "l6v7",
        "2026-02-17 11:45",
        "Unilabs <resultados@unilabs.pt>",
        "Os seus resultados estão disponíveis",
        N(),
        text="""\
Caro(a) utente,

Os resultados das análises clínicas realizadas a 13-02-2026 já estão disponíveis.

Consulte-os em https://resultados.unilabs.pt com o código enviado por SMS.

Unilabs Portugal
""",
    ),
    # --- Travel ---------------------------------------------------------------------------------------
    m(
        "m0w1",
        "2025-10-21 22:05",
        "FlixBus <noreply@flixbus.com>",
        "A tua reserva #3021884775 está confirmada",
        N(),
        text="""\
Olá Tiago,

Obrigado por viajares com a FlixBus!

Ida: sex., 31/10/2025 – 18:15 Porto (Campanhã) → 21:40 Vigo (Estación de Autobuses)
Volta: dom., 02/11/2025 – 17:00 Vigo → 18:25 Porto (Campanhã)
Passageiros: 1 adulto
Total: 27,98 €

Mostra o código QR no telemóvel ao embarcar.

FlixBus
""",
    ),
    m(
        "m2x3",
        "2025-12-20 10:11",
        "CP – Comboios de Portugal <bilheteira@cp.pt>",
        "Bilhete Alfa Pendular – Porto Campanhã > Coimbra-B",
        N(),
        text="""\
Bilhete eletrónico

Serviço: Alfa Pendular 121
Data: 23/12/2025 – Partida 17:52 Porto Campanhã – Chegada 18:53 Coimbra-B
Carruagem 5, Lugar 42, 2.ª classe
Preço: 17,25 €

Apresente este bilhete em formato digital ou impresso.
CP – Comboios de Portugal, E.P.E.
""",
    ),
    m(
        "m4y5",
        "2025-11-09 21:44",
        "Uber Receipts <noreply@uber.com>",
        "A tua viagem de domingo à noite com a Uber",
        N(),
        text="""\
Obrigado por viajares connosco, Tiago

Total: 8,62 €
Campanhã → Rua do Heroísmo
2,8 km | 11 min

Pago com Visa ···· 0935
""",
    ),
    m(
        "m6z7",
        "2025-12-08 14:30",
        "Ticketline <bilhetes@ticketline.pt>",
        "Os seus bilhetes – Coliseu Porto Ageas",
        N(),
        text="""\
Obrigado pela sua compra!

Evento: Clã – 30 anos
Local: Coliseu Porto Ageas
Data: 17/01/2026, 21h30
Bilhetes: 2 x Plateia – 25,00 €

Os bilhetes seguem em anexo em PDF.

Ticketline
""",
        attach=[("bilhetes_3301994.pdf", "application/pdf", "%PDF-1.4 bilhetes")],
    ),
    m(
        "n0a1",
        "2025-10-05 11:00",
        "Google <no-reply@accounts.google.com>",
        "Alerta de segurança",
        N(),
        text="""\
Foi iniciada uma nova sessão na sua Conta Google

tiago.mpereira@gmail.com

Detetámos um novo início de sessão na sua Conta Google num dispositivo Windows. Se foi o utilizador, não precisa de fazer nada. Caso contrário, ajudamos a proteger a sua conta.

Verificar atividade: https://accounts.google.com/AccountChooser?Email=tiago.mpereira@gmail.com&continue=https://myaccount.google.com/alert/nt/

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    ),
    m(
        "n2b3",
        "2025-12-02 20:05",
        "Vinted <no-reply@vinted.pt>",
        'Vendido! O teu artigo "Casaco Quechua M" foi comprado',
        N(),
        text="""\
Boas notícias, Tiago!

O teu artigo "Casaco Quechua M" foi vendido por 18,00 €. Envia-o nos próximos 5 dias úteis com a etiqueta de envio que já está disponível na app.

Vinted
""",
    ),
    # --- More bills, shops and health -------------------------------------------------------------
    m(
        "o0c1",
        "2025-11-21 08:40",
        "Águas do Porto <faturacao@aguasdoporto.pt>",
        "A sua fatura de novembro",
        N(),
        text="""\
Caro(a) cliente,

Já está disponível a sua fatura da água referente a novembro de 2025.

Conta-cliente: 20xxxx33
Valor: 19,42 €
Data limite de pagamento: 09-12-2025 (débito direto)

Águas e Energia do Porto, EM
""",
    ),
    m(
        "o2d3",
        "2025-12-02 09:02",
        AT,
        "Recibo de renda eletrónico emitido",
        N(),
        text="""\
Exmo(a). Senhor(a),

Informamos que foi emitido um recibo de renda eletrónico em que V. Exa. figura como arrendatário:

Recibo n.º 121
Senhorio: ARMANDO J*** C*** S***
Período: 2025-12-01 a 2025-12-31
Valor: 750,00 €

Autoridade Tributária e Aduaneira
""",
    ),
    m(
        "o4e5",
        "2025-10-10 14:22",
        "SNS 24 <naoresponder@sns24.gov.pt>",
        "Vacinação sazonal: o seu agendamento",
        N(),
        text="""\
Caro(a) utente,

Foi agendada a sua vacinação contra a gripe e a COVID-19:

Data: 17-10-2025, 17h40
Local: Farmácia Bonfim, Rua do Heroísmo, Porto

Se não puder comparecer, reagende em https://www.sns24.gov.pt/servico/vacinacao-sazonal

SNS 24
""",
        ics=ics(
            "sns24-vacinacao-20251017-1740@sns24.gov.pt",
            "2025-10-17 17:40",
            "Vacinação sazonal – Farmácia Bonfim",
            ("SNS 24", "naoresponder@sns24.gov.pt"),
            minutes=15,
            location="Farmácia Bonfim, Rua do Heroísmo, Porto",
        ),
    ),
    m(
        "o6f7",
        "2025-11-03 12:12",
        "Decathlon <noreply@decathlon.pt>",
        "A tua encomenda foi enviada",
        N(),
        html="""\
<html><body style="font-family:Arial">
<p style="background:#3643ba;color:#fff;padding:10px">DECATHLON</p>
<p>Olá Tiago, a tua encomenda n.º PT2511-448120 já está a caminho!</p>
<p>1 x Raquete de padel Kuikma PR 990 Power · 1 x Bolas de padel x3</p>
<p>Entrega prevista: 5 de novembro · <a href="https://www.decathlon.pt/conta/encomendas">Seguir encomenda</a></p>
</body></html>
""",
    ),
    m(
        "o8g9",
        "2025-12-24 03:10",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        N("en"),
        text="""\
Receipt

Apple Account: tiago.mpereira@gmail.com
Date: 24 Dec 2025
Order ID: MT9QX2LB71

iCloud+ with 50 GB storage (Monthly)      €0.99

Billed to Visa ···· 0935
""",
    ),
    m(
        "p0h1",
        "2025-10-17 21:02",
        "Glovo <noreply@glovoapp.com>",
        "O teu pedido foi entregue 🛵",
        N(),
        text="""\
Bom apetite, Tiago!

O teu pedido da Pizzaria Bonfim foi entregue às 20:58.

1 x Pizza Margherita · 1 x Pizza Diavola · 2 x Super Bock
Total: 27,40 €

Glovo
""",
    ),
    # --- After starting: benefits and payroll of the new employer (not about applications) -------
    m(
        "p2i3",
        "2026-02-09 10:30",
        "Edenred Portugal <noreply@edenred.pt>",
        "O seu cartão refeição foi ativado",
        N(),
        text="""\
Olá Tiago,

O seu cartão Ticket Restaurant, atribuído pela entidade CVS – COMPONENTES METÁLICOS DO VOUGA, S.A., foi ativado. O primeiro carregamento do subsídio de alimentação será feito no final do mês.

Descarregue a app MyEdenred para consultar o saldo.

Edenred Portugal
""",
    ),
    m(
        "p4j5",
        "2026-02-12 15:48",
        "Saúde Prima Seguros <boasvindas@saudeprima.example>",
        "Bem-vindo ao seu seguro de saúde",
        N(),
        text="""\
Caro Tiago Magalhães Pereira,

Bem-vindo à Saúde Prima! Foi incluído na apólice de grupo n.º GS-20415 (Grupo Carvalhosa), com início a 02-02-2026.

O seu cartão digital está disponível na app Saúde Prima. Pode incluir o seu agregado familiar até 30 dias após a adesão.

Saúde Prima Seguros
""",
    ),
    m(
        "p6k7",
        "2026-02-26 18:05",
        "Processamento Salarial – Grupo Carvalhosa <salarios@grupocarvalhosa.example>",
        "Recibo de vencimento – fevereiro 2026",
        N(),
        text="""\
Caro(a) colaborador(a),

Encontra-se disponível no Portal do Colaborador o seu recibo de vencimento referente a fevereiro de 2026.

Empresa: CVS – Componentes Metálicos do Vouga, S.A.
N.º mecanográfico: 1187

https://portal.grupocarvalhosa.example/recibos

Processamento Salarial – Grupo Carvalhosa
Mensagem automática.
""",
    ),
]
