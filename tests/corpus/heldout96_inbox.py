# ruff: noqa: E501
"""Corpus 96, the rest of the inbox (data only): see heldout96.py."""

from __future__ import annotations

from typing import Any

from heldout96_jobs import ev, m, thread

PT, EN = ("not_job", "pt"), ("not_job", "en")
MESES = (
    "",
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)


def n(
    key: str,
    when: str,
    frm: str,
    subject: str,
    text: str = "",
    html: str = "",
    lang: str = "pt",
    **kw: Any,
) -> dict[str, Any]:
    return m(key, when, frm, subject, ("not_job", lang), text or None, html or None, **kw)


MAIL: list[dict[str, Any]] = []

# --- monthly: condomínio boleto, energy bill, gym, phone ------------------------------------------
for i, (month, year, valor, luz) in enumerate(
    [
        (8, 2025, "612,40", "148,92"),
        (9, 2025, "612,40", "171,35"),
        (10, 2025, "612,40", "163,08"),
        (11, 2025, "655,10", "189,77"),
        (12, 2025, "655,10", "210,41"),
        (1, 2026, "655,10", "198,60"),
    ]
):
    ym = f"{year}-{month:02d}"
    MAIL.append(
        n(
            f"90{i}1",
            f"{ym}-02 06:15",
            "Condomínio Residencial Araucárias <boletos@adm-condominiosul.com.br>",
            f"Boleto da taxa condominial - {MESES[month]}/{year} - Apto 804 Bl. B",
            html=f"""<html><body><p>Prezado(a) condômino(a),</p>
<p>Segue o boleto da taxa condominial referente a <b>{MESES[month]}/{year}</b>, unidade 804 - Bloco B.</p>
<p>Valor: <b>R$ {valor}</b> | Vencimento: 10/{month:02d}/{year}</p>
<p>Pague pelo Pix copia e cola disponível no portal do condômino. Após o vencimento, multa de 2% e juros de 1% ao mês.</p>
<p>Administradora Condomínio Sul Ltda.</p></body></html>""",
            attach=[
                (
                    f"boleto_{ym}.pdf",
                    "application/pdf",
                    f"%PDF-1.4 boleto condominio {ym} R$ {valor}",
                )
            ],
        )
    )
    MAIL.append(
        n(
            f"90{i}2",
            f"{ym}-07 03:40",
            "Luz Paraná Distribuidora <fatura@luzparana.example>",
            f"Sua fatura de energia chegou - {MESES[month].capitalize()}",
            text=f"""Olá, RAFAELA TONETTI BORGES,

Sua fatura de energia elétrica do mês de {MESES[month]} está disponível.

Unidade consumidora: 71.448.092-3
Valor: R$ {luz}
Vencimento: 18/{month:02d}/{year}
Bandeira tarifária: {"vermelha patamar 1" if month in (8, 9, 10) else "amarela"}

Cadastre o débito automático e evite esquecimentos.

Luz Paraná - Distribuição de Energia S.A.
""",
        )
    )
    MAIL.append(
        n(
            f"90{i}3",
            f"{ym}-05 10:00",
            "Academia Pinhão Fit <contato@pinhaofit.com.br>",
            f"Sua mensalidade de {MESES[month]} foi paga ✅",
            text=f"""Oi, Rafaela!

Confirmamos o pagamento da sua mensalidade do plano Anual Fit referente a {MESES[month]}/{year} (R$ 129,90, cartão final 4417).

Bora treinar! Confira a grade de aulas coletivas no app.

Pinhão Fit - Unidade Água Verde
""",
        )
    )

MAIL += [
    # --- banking and credit: 'proposta aprovada' look-alikes --------------------------------------
    n(
        "9501",
        "2025-08-09 13:22",
        "Banco Araucária <nao-responda@bancoaraucaria.com.br>",
        "Sua proposta de cartão foi aprovada! 🎉",
        html="""<html><body><p>Rafaela, temos uma ótima notícia!</p>
<p>Sua proposta para o <b>Cartão Araucária Platinum</b> foi <b>aprovada</b> com limite inicial de R$ 6.500,00.</p>
<p>O cartão chega em até 10 dias úteis no endereço cadastrado. Enquanto isso, já pode usar o cartão virtual pelo app.</p>
<p>Banco Araucária S.A.</p></body></html>""",
    ),
    n(
        "9502",
        "2025-08-08 09:10",
        "Banco Araucária <nao-responda@bancoaraucaria.com.br>",
        "Recebemos sua solicitação de cartão",
        html="""<html><body><p>Olá, Rafaela!</p>
<p>Recebemos sua solicitação do Cartão Araucária Platinum. Estamos analisando sua proposta e em até 2 dias úteis você recebe a resposta por e-mail e no app.</p>
<p>Banco Araucária</p></body></html>""",
    ),
    n(
        "9503",
        "2025-10-21 16:02",
        "Financeira Rota Sul <propostas@rotasulfinanceira.com.br>",
        "Proposta de financiamento nº 88310455 - em análise",
        text="""Olá, Rafaela Tonetti Borges.

Recebemos sua proposta de financiamento de veículo enviada pela loja Sulcar Seminovos (Curitiba/PR).

Veículo: HB20 1.0 2021 | Valor financiado: R$ 42.000,00 | Prazo: 48 meses

Sua proposta está em análise de crédito. Você será avisada do resultado em breve.

Rota Sul Crédito, Financiamento e Investimento S.A.
""",
    ),
    n(
        "9504",
        "2025-10-22 11:47",
        "Financeira Rota Sul <propostas@rotasulfinanceira.com.br>",
        "Parabéns! Sua proposta de financiamento foi aprovada",
        text="""Olá, Rafaela!

Sua proposta de financiamento nº 88310455 foi APROVADA.

Taxa: 1,79% a.m. | 48 parcelas de R$ 1.318,22 | 1º vencimento: 25/11/2025

O contrato será enviado para assinatura eletrônica. Procure a loja Sulcar Seminovos para concluir a compra.

Rota Sul Financeira
""",
    ),
    n(
        "9505",
        "2025-10-23 15:30",
        "Rota Sul via DocuSign <dse_na4@docusign.net>",
        "Concluído: Contrato de Financiamento CCB 88310455",
        text="""Todas as partes concluíram o envelope "Contrato de Financiamento CCB 88310455".

Rota Sul Crédito, Financiamento e Investimento S.A.

Você pode visualizar o documento concluído no DocuSign.
""",
    ),
    n(
        "9506",
        "2025-09-14 10:05",
        "Serasa <noreply@serasa.com.br>",
        "Seu Score subiu! Veja sua nova pontuação",
        html="""<html><body><p>Oi, Rafaela!</p><p>Boa notícia: seu Serasa Score subiu <b>38 pontos</b> e agora está em 812. Pontuação considerada <b>Excelente</b>.</p>
<p>Continue pagando as contas em dia e mantendo o Cadastro Positivo ativo.</p></body></html>""",
    ),
    n(
        "9507",
        "2025-11-19 10:05",
        "Serasa <noreply@serasa.com.br>",
        "Oferta exclusiva: empréstimo com taxa reduzida pré-aprovado",
        html="""<html><body><p>Rafaela, você tem uma <b>oferta pré-aprovada</b> de empréstimo pessoal de até R$ 15.000 com parceiros do Serasa eCred.</p>
<p>Compare propostas de vários bancos sem afetar seu Score.</p></body></html>""",
    ),
    n(
        "9508",
        "2025-12-11 08:45",
        "Banco Araucária <nao-responda@bancoaraucaria.com.br>",
        "Fatura do cartão fechada - vence em 20/12",
        text="""Olá, Rafaela.

A fatura do seu Cartão Araucária Platinum final 4417 fechou.
Valor total: R$ 2.914,36 | Pagamento mínimo: R$ 437,15 | Vencimento: 20/12/2025

Banco Araucária
""",
    ),
    n(
        "9509",
        "2025-11-28 09:00",
        "Banco Araucária <ofertas@bancoaraucaria.com.br>",
        "Black Friday: ofertas imperdíveis no Araucária Shopping",
        html="""<html><body><h2>É Black Friday no app!</h2><p>Até 60% de cashback em eletrônicos, viagens e moda. Ofertas por tempo limitado.</p></body></html>""",
    ),
    # --- government: Receita Federal, Detran-PR, gov.br -----------------------------------------------
    n(
        "9601",
        "2025-08-22 14:00",
        "Receita Federal <nao-responda@receita.fazenda.example>",
        "Restituição do IRPF 2025 - 4º lote",
        text="""Prezada contribuinte,

Informamos que sua Declaração de Ajuste Anual do IRPF 2025 foi processada e está incluída no 4º lote de restituição.

Valor: R$ 1.284,17
Data do crédito: 29/08/2025
Banco: 341 / Agência 0219 / Conta com chave Pix CPF

Esta é uma mensagem automática. A Receita Federal não envia links nem solicita dados por e-mail.
""",
    ),
    n(
        "9602",
        "2025-09-04 11:30",
        "Detran-PR <naoresponda@detran.pr.example>",
        "Licenciamento 2025 - veículo placa BEX-2F31",
        text="""Prezado(a) proprietário(a),

O licenciamento anual do veículo placa BEX-2F31 vence em setembro (final de placa 1). O CRLV digital estará disponível no app Carteira Digital de Trânsito após a quitação da taxa e do IPVA.

Departamento de Trânsito do Paraná
""",
    ),
    n(
        "9603",
        "2025-11-06 13:15",
        "Detran-PR <naoresponda@detran.pr.example>",
        "Agendamento confirmado - Renovação de CNH",
        text="""Seu agendamento foi confirmado.

Serviço: Renovação de CNH - exame médico
Data: 13/11/2025 às 14h20
Local: Clínica credenciada Visão Sul - Rua XV de Novembro, 1230 - Centro

Compareça com documento de identidade original e óculos/lentes, se usar.

Detran-PR
""",
        ics=ev(
            "detranpr-ag-55120931@detran.pr.example",
            "2025-11-13 14:20",
            "Detran-PR: exame médico renovação CNH",
            ("Detran-PR", "naoresponda@detran.pr.example"),
            minutes=30,
            location="Rua XV de Novembro, 1230 - Centro, Curitiba",
        ),
    ),
    n(
        "9604",
        "2025-12-01 08:00",
        "gov.br <naoresponda@acesso.gov.example>",
        "Sua conta gov.br agora é nível ouro",
        text="""Olá, RAFAELA TONETTI BORGES.

O nível da sua conta gov.br foi alterado para OURO após validação facial. Agora você tem acesso a todos os serviços digitais do governo.

Se não foi você, altere sua senha imediatamente.
""",
    ),
    n(
        "9605",
        "2025-09-30 17:12",
        "Receita Federal <nao-responda@receita.fazenda.example>",
        "Pendência na sua declaração? Consulte o extrato",
        text="""Prezada contribuinte,

Lembramos que o extrato do processamento da sua declaração pode ser consultado no e-CAC. Nenhuma pendência foi identificada até o momento.

Receita Federal do Brasil
""",
    ),
    # --- pós-graduação (MBA) application: its own 'processo seletivo' -----------------------------
    n(
        "9701",
        "2025-09-17 19:40",
        "Faculdade Araucária de Negócios <posgraduacao@fanegocios.edu.example>",
        "Inscrição recebida - MBA em Gestão da Cadeia de Suprimentos",
        text="""Olá, Rafaela!

Recebemos sua inscrição no processo seletivo do MBA em Gestão da Cadeia de Suprimentos e Logística (turma 2026/1, aulas aos sábados, Campus Batel).

Próximas etapas:
1. Envio de documentos (diploma e histórico) até 30/09
2. Entrevista com a coordenação do curso
3. Resultado e matrícula

Central de Atendimento - Pós-Graduação FAN
""",
    ),
    n(
        "9702",
        "2025-10-03 10:20",
        "Coordenação MBA Supply Chain <mba.supply@fanegocios.edu.example>",
        "Entrevista de seleção - MBA Supply Chain",
        text="""Prezada Rafaela,

Sua documentação foi aprovada. Agendamos sua entrevista de seleção com o Prof. Dr. Otávio Zanlorenzi, coordenador do MBA, para 08/10 às 19h, pelo Google Meet.

A conversa dura cerca de 20 minutos e serve para conhecermos sua trajetória e expectativas com o curso.

Coordenação do MBA em Gestão da Cadeia de Suprimentos
Faculdade Araucária de Negócios
""",
        ics=ev(
            "fan-mba-sel-1008@google.com",
            "2025-10-08 19:00",
            "Entrevista de seleção MBA - Rafaela Tonetti Borges",
            ("Coordenação MBA Supply Chain", "mba.supply@fanegocios.edu.example"),
            minutes=20,
            location="https://meet.google.com/fan-mbas-ozx",
        ),
    ),
    n(
        "9703",
        "2025-10-20 18:00",
        "Faculdade Araucária de Negócios <posgraduacao@fanegocios.edu.example>",
        "Resultado do processo seletivo - você foi aprovada!",
        text="""Parabéns, Rafaela!

Você foi APROVADA no processo seletivo do MBA em Gestão da Cadeia de Suprimentos e Logística - turma 2026/1.

Realize sua matrícula até 14/11 pelo portal do aluno e garanta o desconto de 15% para pagamento em dia.

Pós-Graduação FAN
""",
    ),
    n(
        "9704",
        "2025-11-10 20:05",
        "Faculdade Araucária de Negócios <financeiro@fanegocios.edu.example>",
        "Matrícula confirmada - contrato de prestação de serviços",
        text="""Olá, Rafaela,

Sua matrícula no MBA em Gestão da Cadeia de Suprimentos e Logística foi confirmada. O contrato segue em anexo e o primeiro boleto vence em 10/02/2026.

Início das aulas: 07/03/2026.

Financeiro - FAN
""",
        attach=[
            (
                "contrato_MBA_2026-1.pdf",
                "application/pdf",
                "%PDF-1.4 contrato prestacao de servicos educacionais",
            )
        ],
    ),
    # --- newsletters, some with 'entrevista' ------------------------------------------------------
    n(
        "9801",
        "2025-08-12 07:00",
        "Logística em Pauta <newsletter@logisticaempauta.com.br>",
        "Entrevista: como a Drava reduziu 30% do estoque sem ruptura",
        html="""<html><body><h1>Logística em Pauta #142</h1>
<p><b>ENTREVISTA</b> | Conversamos com a diretora de Supply Chain da Drava Componentes sobre S&OP integrado, estoque de segurança dinâmico e a relação com fornecedores asiáticos.</p>
<p><b>Mercado</b> | Frete rodoviário sobe 4% no semestre.</p>
<p><b>Vagas da semana</b> | 12 oportunidades em logística no Sul.</p>
<p>Você recebe esta newsletter porque se inscreveu em logisticaempauta.com.br. Cancelar inscrição.</p></body></html>""",
    ),
    n(
        "9802",
        "2025-09-09 07:00",
        "Logística em Pauta <newsletter@logisticaempauta.com.br>",
        "O apagão de mão de obra nos CDs e o que as empresas estão fazendo",
        html="""<html><body><h1>Logística em Pauta #146</h1>
<p>Operadores logísticos relatam dificuldade para contratar conferentes e operadores de empilhadeira. Empresas apostam em programas de formação e processos seletivos mais rápidos.</p>
<p><b>Entrevista</b> com o presidente da associação dos transportadores do Paraná.</p></body></html>""",
    ),
    n(
        "9803",
        "2025-10-14 07:00",
        "Logística em Pauta <newsletter@logisticaempauta.com.br>",
        "Especial: salários em supply chain 2025",
        html="""<html><body><h1>Logística em Pauta #151</h1>
<p>Nossa pesquisa salarial mostra que analistas plenos de planejamento no Sul ganham entre R$ 6.000 e R$ 8.500. Veja a tabela completa e dicas para negociar a proposta na hora da contratação.</p></body></html>""",
    ),
    n(
        "9804",
        "2025-11-18 07:00",
        "Logística em Pauta <newsletter@logisticaempauta.com.br>",
        "Entrevista exclusiva: o futuro dos portos de Santa Catarina",
        html="""<html><body><h1>Logística em Pauta #156</h1>
<p><b>ENTREVISTA</b> | O superintendente do porto de Itajaí fala sobre dragagem, concessões e o crescimento da cabotagem.</p></body></html>""",
    ),
    n(
        "9805",
        "2025-12-16 07:00",
        "Logística em Pauta <newsletter@logisticaempauta.com.br>",
        "Retrospectiva 2025 e o que esperar de 2026",
        html="""<html><body><h1>Logística em Pauta #160</h1><p>Os fatos que marcaram a logística brasileira em 2025 e as apostas de especialistas para o próximo ano.</p></body></html>""",
    ),
    n(
        "9806",
        "2025-08-25 06:30",
        "Café com Dados <contato@cafecomdados.news>",
        "☕ Entrevistamos uma cientista de dados do agro",
        html="""<html><body><p>Bom dia! No café de hoje:</p><p>📌 Entrevista: a cientista de dados que prevê safra com imagens de satélite.<br>📌 Power BI ganha novos visuais.<br>📌 Curso gratuito de Python para analistas.</p></body></html>""",
    ),
    n(
        "9807",
        "2025-09-29 06:30",
        "Café com Dados <contato@cafecomdados.news>",
        "☕ Como montar um portfólio que passa no processo seletivo",
        html="""<html><body><p>Bom dia! Hoje: dicas de recrutadores para montar um portfólio de análise de dados, os erros mais comuns na entrevista técnica e uma planilha de controle de candidaturas para baixar.</p></body></html>""",
    ),
    n(
        "9808",
        "2025-10-27 06:30",
        "Café com Dados <contato@cafecomdados.news>",
        "☕ SQL window functions sem mistério",
        html="""<html><body><p>Bom dia! Hoje explicamos ROW_NUMBER, LAG e LEAD com exemplos de estoque e vendas.</p></body></html>""",
    ),
    n(
        "9809",
        "2025-11-24 06:30",
        "Café com Dados <contato@cafecomdados.news>",
        "☕ Entrevista: de auxiliar de estoque a gerente de analytics",
        html="""<html><body><p>Bom dia! A entrevista da semana é com uma profissional que começou no chão do CD e hoje lidera um time de analytics. Ela conta como se preparou para cada processo seletivo.</p></body></html>""",
    ),
    n(
        "9810",
        "2026-01-05 06:30",
        "Café com Dados <contato@cafecomdados.news>",
        "☕ 10 metas de estudo para 2026",
        html="""<html><body><p>Feliz ano novo! Para começar 2026: 10 metas de estudo para quem trabalha com dados.</p></body></html>""",
    ),
    n(
        "9811",
        "2025-09-20 09:00",
        "Medium Daily Digest <noreply@medium.com>",
        "How I prepared for my supply chain analyst interview at a Fortune 500",
        html="""<html><body><p>Today's highlights</p><p><b>How I prepared for my supply chain analyst interview at a Fortune 500</b> - 6 min read</p><p><b>Forecasting intermittent demand with Croston</b> - 9 min read</p></body></html>""",
        lang="en",
    ),
    n(
        "9812",
        "2025-11-02 09:00",
        "Medium Daily Digest <noreply@medium.com>",
        "Inventory optimization in Python: a practical guide",
        html="""<html><body><p>Today's highlights</p><p><b>Inventory optimization in Python: a practical guide</b> - 12 min read</p></body></html>""",
        lang="en",
    ),
    # --- friends and family, some talking about their jobs ---------------------------------------
    n(
        "9901",
        "2025-08-16 21:14",
        "Bianca Lorenzetti <bia.lorenzetti@gmail.com>",
        "Novidade!!",
        text="""Amiga!!!

Passei na entrevista da Volvo... digo, da Drava! Recebi a proposta hoje e já aceitei, começo dia 1º. Vou ser analista de compras sênior, finalmente saindo do varejo kkkk

Vamos comemorar sábado no Bar do Alemão? Chama o Thiago e a Lu.

Bjs
Bia
""",
    ),
    n(
        "9902",
        "2025-08-17 10:30",
        "Thiago Moretti <thiago.moretti@hotmail.com>",
        "Re: Novidade!!",
        text="""Parabéns Bia!!! Sábado tô dentro.

Rafa, e tuas entrevistas, como estão? Qualquer coisa te indico lá na firma, tão contratando pro CD novo.

Thiago
""",
        cc="Bianca Lorenzetti <bia.lorenzetti@gmail.com>",
    ),
    n(
        "9903",
        "2025-09-27 18:02",
        "Mãe <sonia.tonetti@uol.com.br>",
        "receita do bolo de fubá",
        text="""Filha, segue a receita que você pediu

3 ovos, 2 xícaras de fubá, 1 de farinha, 2 de açúcar, 1 de óleo, 2 de leite, 1 colher de fermento. Forno 180 graus uns 40 min.

E aquela vaga de São Paulo? Seu pai disse que não quer você longe rsrs. Beijo da mãe
""",
    ),
    n(
        "9904",
        "2025-10-11 12:40",
        "Luana Pacheco <lu.pacheco@outlook.com>",
        "ajuda com currículo",
        text="""Rafa, oi!

Tô tentando sair do call center e queria ir pra logística também. Tu consegue dar uma olhada no meu currículo? Não sei o que colocar em "objetivo". Também tenho uma entrevista numa transportadora semana que vem e tô nervosa.

Te pago um café!
Lu
""",
        attach=[
            (
                "Curriculo_Luana_Pacheco.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "curriculo luana",
            )
        ],
    ),
    n(
        "9905",
        "2025-10-12 09:15",
        "Luana Pacheco <lu.pacheco@outlook.com>",
        "Re: ajuda com currículo",
        text="""Obrigadaaa! Vou tirar o "objetivo" e colocar o resumo como você falou. Te conto como foi!

> Em 11/10/2025 22:03, Rafaela Tonetti escreveu:
> Lu, tira o objetivo e coloca um resumo de 3 linhas. E na entrevista fala dos números que você bateu no call center!
""",
    ),
    n(
        "9906",
        "2025-11-30 20:12",
        "Bianca Lorenzetti <bia.lorenzetti@gmail.com>",
        "KESSLER?!?!",
        text="""Vi teu post no LinkedIn!!! Que orgulho, amiga! Os freios do mundo estão em boas mãos kkkk

A gente precisa comemorar. Dia 6 na minha casa, vou fazer um churrasco. Leva o Diego.

Bia
""",
    ),
    n(
        "9907",
        "2025-12-20 15:55",
        "Tia Lurdes <lurdes.borges52@gmail.com>",
        "Natal em Ponta Grossa",
        text="""Oi querida!

O Natal vai ser aqui em casa de novo. Cada um traz um prato, você fica com a farofa e a maionese, pode ser? Chegar às 20h.

Fiquei sabendo do emprego novo, Deus abençoe!

Beijos tia Lurdes
""",
    ),
    n(
        "9908",
        "2026-01-09 19:21",
        "Thiago Moretti <thiago.moretti@hotmail.com>",
        "saí da firma",
        text="""Rafa, acredita que pedi as contas? Recebi proposta de uma startup de SP, 100% remoto. Começo dia 19. Tô com medo e animado ao mesmo tempo kkk

Depois me conta como é a Kessler, se tem vaga pro meu primo que é técnico de manutenção.

Abraço
""",
    ),
    n(
        "9909",
        "2025-09-06 11:00",
        "Diego Ramalho <diego.ramalho@gmail.com>",
        "ingressos show",
        text="""Amor, comprei os ingressos pro show na Pedreira dia 18/10. Tá no teu e-mail também pela Ticketeria. Já reservei a mesa no japonês antes.

Te amo
D.
""",
    ),
    # --- shopping, deliveries, subscriptions --------------------------------------------------------
    n(
        "9910",
        "2025-08-19 18:33",
        "Ticketeria <pedidos@ticketeria.com.br>",
        "Pedido confirmado: Noite do Rock Curitiba - Pedreira Paulo Leminski",
        html="""<html><body><p>Pedido #TK-4455201 confirmado!</p><p>Noite do Rock Curitiba - 18/10/2025 - Pista<br>2 ingressos - R$ 380,00</p><p>Seus ingressos estarão disponíveis no app 48h antes do evento.</p></body></html>""",
    ),
    n(
        "9911",
        "2025-08-27 12:10",
        "Rango Delivery <pedidos@rango.app>",
        "Seu pedido está a caminho 🛵",
        html="""<html><body><p>Oba! O pedido do Sushi Batel saiu para entrega. Previsão: 12h40 - 12h55.</p></body></html>""",
    ),
    n(
        "9912",
        "2025-10-30 20:41",
        "Rango Delivery <pedidos@rango.app>",
        "Seu pedido foi entregue. Avalie!",
        html="""<html><body><p>Como foi o pedido da Pizzaria Bom Jesus? Avalie de 1 a 5 estrelas.</p></body></html>""",
    ),
    n(
        "9913",
        "2025-09-12 08:20",
        "Mercado Sul <pedidos@mercadosul.com.br>",
        "Compra aprovada! Pedido 2000011742",
        html="""<html><body><p>Rafaela, sua compra foi aprovada.</p><p>Cadeira ergonômica Home Office Pro - R$ 899,00 em 10x sem juros.</p><p>Entrega prevista: 16 a 18 de setembro.</p></body></html>""",
    ),
    n(
        "9914",
        "2025-09-17 14:50",
        "Mercado Sul <pedidos@mercadosul.com.br>",
        "Seu pacote foi entregue",
        html="""<html><body><p>Seu pacote com <b>Cadeira ergonômica Home Office Pro</b> foi entregue na portaria. Tudo certo? Avalie o produto.</p></body></html>""",
    ),
    n(
        "9915",
        "2025-11-27 22:01",
        "Mercado Sul <ofertas@mercadosul.com.br>",
        "🔥 BLACK FRIDAY: a oferta que você esperava",
        html="""<html><body><h2>Só hoje!</h2><p>Air fryers com até 50% OFF, smartphones com frete grátis. Oferta válida até 23h59.</p></body></html>""",
    ),
    n(
        "9916",
        "2025-12-08 13:13",
        "Correios <rastreamento@correios.example>",
        "Objeto OY442198315BR saiu para entrega",
        text="""Seu objeto OY442198315BR saiu para entrega ao destinatário em CURITIBA/PR.

Acompanhe pelo app Correios.
""",
    ),
    n(
        "9917",
        "2025-08-30 10:00",
        "StreamFlix <info@streamflix.example>",
        "Novidades de setembro no StreamFlix",
        html="""<html><body><p>Chegam em setembro: a nova temporada de 'Fronteira Sul' e o documentário 'Porto Seco'.</p></body></html>""",
    ),
    n(
        "9918",
        "2025-10-01 10:00",
        "StreamFlix <info@streamflix.example>",
        "Seu pagamento foi recusado - atualize seus dados",
        html="""<html><body><p>Não conseguimos processar o pagamento da sua assinatura. Atualize a forma de pagamento para continuar assistindo.</p></body></html>""",
    ),
    # --- condomínio: assembleia, obras; gym class calendar -----------------------------------------
    n(
        "9920",
        "2025-09-15 18:30",
        "Síndica Res. Araucárias <sindica.araucarias@gmail.com>",
        "Convocação - Assembleia Geral Ordinária 25/09",
        text="""Prezados condôminos,

Convocamos para a Assembleia Geral Ordinária no dia 25/09/2025, às 19h30 em primeira chamada e 20h em segunda, no salão de festas.

Pauta:
1. Prestação de contas do 1º semestre
2. Aprovação da proposta de orçamento para 2026
3. Proposta da empresa de portaria remota
4. Assuntos gerais

Contamos com a presença de todos.
Márcia Hoffmann - Síndica
""",
    ),
    n(
        "9921",
        "2025-09-27 09:10",
        "Síndica Res. Araucárias <sindica.araucarias@gmail.com>",
        "Ata da AGO e resultado das votações",
        text="""Prezados,

Segue a ata da assembleia. A proposta de portaria remota da Vigília Sistemas foi aprovada por 32 votos a 11, com implantação prevista para novembro. A taxa condominial terá reajuste de 7% a partir de novembro.

Márcia
""",
        attach=[("ata_AGO_2025.pdf", "application/pdf", "%PDF-1.4 ata AGO residencial araucarias")],
    ),
    n(
        "9922",
        "2025-11-03 17:00",
        "Administradora Condomínio Sul <avisos@adm-condominiosul.com.br>",
        "Aviso: cadastro de biometria para a portaria remota",
        text="""Prezado(a) morador(a),

A partir de 17/11 o acesso ao condomínio será por biometria facial. Cadastre-se no salão de festas entre 10 e 14/11, das 18h às 21h.

Administradora Condomínio Sul
""",
    ),
    n(
        "9923",
        "2025-10-06 07:00",
        "Academia Pinhão Fit <contato@pinhaofit.com.br>",
        "Avaliação física agendada",
        text="""Oi, Rafaela!

Sua reavaliação física está agendada para 09/10 às 7h com o professor Caio. Venha com roupa leve e sem ter treinado no dia.

Pinhão Fit
""",
        ics=ev(
            "pinhaofit-aval-1009@pinhaofit.com.br",
            "2025-10-09 07:00",
            "Reavaliação física - Pinhão Fit",
            ("Pinhão Fit", "contato@pinhaofit.com.br"),
            minutes=40,
            location="Pinhão Fit - Água Verde",
        ),
    ),
    n(
        "9924",
        "2025-12-29 10:00",
        "Academia Pinhão Fit <contato@pinhaofit.com.br>",
        "Horário especial de fim de ano",
        text="""Atenção, alunos: nos dias 31/12 e 01/01 a academia estará fechada. Em 02/01 funcionamos das 8h às 14h. Boas festas!""",
    ),
    # --- social networks, meetup, health --------------------------------------------------------
    n(
        "9930",
        "2025-08-26 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Dê parabéns a Bianca Lorenzetti pelo novo cargo",
        html="""<html><body><p>Bianca Lorenzetti começou um novo cargo como Analista de Compras Sênior na Drava Componentes.</p><p><a href="https://www.linkedin.com/feed/">Dar parabéns</a></p></body></html>""",
    ),
    n(
        "9931",
        "2025-09-08 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Você apareceu em 23 pesquisas nesta semana",
        html="""<html><body><p>Rafaela, você apareceu em 23 pesquisas esta semana. Recrutadores da área de Logística encontraram seu perfil.</p></body></html>""",
    ),
    n(
        "9932",
        "2025-10-18 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Marcus Feld aceitou seu convite",
        html="""<html><body><p>Marcus Feld, Head of Operations at Aurea, aceitou seu convite. Envie uma mensagem.</p></body></html>""",
    ),
    n(
        "9933",
        "2025-11-29 19:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Sua publicação teve 148 reações",
        html="""<html><body><p>Sua publicação "Feliz em compartilhar que estou começando uma nova posição como Analista de Planejamento de Materiais na Kessler Automotive" teve 148 reações e 57 comentários.</p></body></html>""",
    ),
    n(
        "9934",
        "2026-01-07 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Dê parabéns a Thiago Moretti pelo novo cargo",
        html="""<html><body><p>Thiago Moretti começou um novo cargo como Analista de Operações na Pallas Freightworks.</p></body></html>""",
    ),
    n(
        "9935",
        "2025-10-02 20:00",
        "Meetup <info@meetup.com>",
        "Novo evento: Supply Chain Curitiba #18 - IA no planejamento de demanda",
        html="""<html><body><p>Supply Chain Curitiba publicou um novo evento:</p><p><b>#18 - IA no planejamento de demanda</b><br>Quinta, 16 de outubro, 19h - Hub de Inovação Rebouças</p><p>Palestra e painel com profissionais de Drava, Sabor da Serra e Ferronorte. Vagas limitadas.</p></body></html>""",
    ),
    n(
        "9936",
        "2025-10-03 08:30",
        "Meetup <info@meetup.com>",
        "Você vai! Supply Chain Curitiba #18",
        html="""<html><body><p>Sua presença está confirmada em <b>#18 - IA no planejamento de demanda</b> - 16/10, 19h.</p></body></html>""",
        ics=ev(
            "meetup-scc18@meetup.com",
            "2025-10-16 19:00",
            "Supply Chain Curitiba #18 - IA no planejamento de demanda",
            ("Supply Chain Curitiba", "info@meetup.com"),
            minutes=150,
            location="Hub de Inovação Rebouças, Curitiba",
        ),
    ),
    n(
        "9937",
        "2025-09-23 09:00",
        "Clínica Odonto Batel <agenda@odontobatel.com.br>",
        "Lembrete de consulta - 25/09 às 18h",
        text="""Olá Rafaela, lembramos sua consulta de limpeza com a Dra. Fernanda no dia 25/09 às 18h. Responda SIM para confirmar.

Clínica Odonto Batel""",
    ),
    n(
        "9938",
        "2025-12-15 06:50",
        "Laboratório Vitalis <resultados@labvitalis.com.br>",
        "Seus resultados de exames estão disponíveis",
        text="""Olá, Rafaela.

Os resultados dos exames realizados em 12/12/2025 (hemograma, colesterol, vitamina D) já estão disponíveis no portal. Protocolo: 7710-2291.

Laboratório Vitalis""",
    ),
    n(
        "9939",
        "2025-11-13 16:40",
        "Detran-PR <naoresponda@detran.pr.example>",
        "Exame médico concluído - CNH em produção",
        text="""O resultado do seu exame médico para renovação de CNH foi APTO. A CNH digital estará disponível no app em até 5 dias úteis.

Detran-PR""",
    ),
    # --- travel --------------------------------------------------------------------------------------
    n(
        "9940",
        "2025-12-10 14:22",
        "Viação Sul Expresso <bilhetes@sulexpresso.com.br>",
        "Sua passagem: Curitiba → Ponta Grossa 24/12",
        text="""Bilhete confirmado!

Curitiba (Rodoferroviária) → Ponta Grossa
24/12/2025 às 14h30 | Poltrona 22 | R$ 68,50

Apresente o QR code no embarque.
""",
    ),
    n(
        "9941",
        "2025-08-31 16:00",
        "Voa Brasil Linhas Aéreas <reservas@voabrasil.example>",
        "Sua reserva está confirmada - CWB → GRU",
        text="""Olá, Rafaela,

Reserva QX7PLM confirmada.
Ida: 04/09/2025 06:05 CWB → GRU
Volta: 04/09/2025 21:40 GRU → CWB

Faça o check-in pelo app a partir de 48h antes do voo.
""",
    ),
    n(
        "9942",
        "2026-01-16 10:10",
        "Pousada Mar de Guaratuba <reservas@pousadamarguaratuba.com.br>",
        "Confirmação de reserva 31/01 a 02/02",
        text="""Olá Rafaela e Diego,

Sua reserva está confirmada: suíte com vista para o mar, 31/01 a 02/02, café da manhã incluso. Valor R$ 960,00 (sinal de 50% pago via Pix).

Até breve!
Pousada Mar de Guaratuba""",
    ),
    # --- work-adjacent but not a job: Kessler IT onboarding after starting? (no: personal) -----
    n(
        "9950",
        "2025-09-02 11:11",
        "Curso Excel Avançado <alunos@planilhando.com.br>",
        "Seu certificado está pronto!",
        text="""Parabéns, Rafaela! Você concluiu o curso Excel Avançado para Logística (24h). Baixe seu certificado na área do aluno.""",
    ),
    n(
        "9951",
        "2025-10-09 15:00",
        "Planilhando <alunos@planilhando.com.br>",
        "Oferta para ex-alunos: Power BI com 40% off",
        text="""Oferta especial para ex-alunos: curso Power BI para Supply Chain com 40% de desconto até domingo. Use o cupom EXALUNO40.""",
    ),
    n(
        "9952",
        "2025-08-14 18:00",
        "CRA-PR <comunicacao@crapr.example>",
        "Anuidade 2025 - última chamada com desconto",
        text="""Prezada profissional, a anuidade 2025 do Conselho Regional de Administração pode ser paga com 10% de desconto até 31/08. Regularize e mantenha seu registro ativo.""",
    ),
    n(
        "9953",
        "2025-12-22 09:00",
        "Pedro Tonetti <pedrotonetti@gmail.com>",
        "Amigo secreto da família",
        text="""Pessoal, sorteio feito pelo app! Cada um já recebeu o nome por lá. Valor até R$ 100. Rafa, a mãe pediu pra você trazer o Diego.

Pedro""",
    ),
    n(
        "9954",
        "2026-01-22 08:30",
        "Banco Araucária <nao-responda@bancoaraucaria.com.br>",
        "Portabilidade de salário: proposta recebida",
        text="""Olá, Rafaela.

Recebemos seu pedido de portabilidade de salário vindo da conta salário aberta pelo empregador KESSLER AUTOMOTIVE DO BRASIL LTDA. A partir do próximo crédito, o valor será transferido automaticamente para sua conta no Banco Araucária.

Banco Araucária""",
    ),
    n(
        "9955",
        "2025-11-04 12:12",
        "Ponto Certo Podcast <ola@pontocertopodcast.com.br>",
        "Novo episódio: entrevista com uma recrutadora de 15 anos de carreira",
        html="""<html><body><p>No episódio 88 do Ponto Certo, entrevistamos uma recrutadora com 15 anos em consultorias de RH. Ela conta o que olha primeiro no currículo, por que tanta gente some do processo seletivo e como responder à pergunta da pretensão salarial.</p><p>Ouça no seu app de podcasts.</p></body></html>""",
    ),
    n(
        "9956",
        "2025-12-02 12:12",
        "Ponto Certo Podcast <ola@pontocertopodcast.com.br>",
        "Episódio 92: feedback negativo - como pedir e como dar",
        html="""<html><body><p>Neste episódio falamos sobre feedback: por que as empresas mandam 'infelizmente seguiremos com outros candidatos' sem explicação e como pedir um retorno mais útil.</p></body></html>""",
    ),
]

REPLIES = {"9902": "9901", "9905": "9904", "9921": "9920"}
thread(MAIL, REPLIES)
