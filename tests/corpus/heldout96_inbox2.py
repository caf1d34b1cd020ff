# ruff: noqa: E501
"""Corpus 96, more of the ordinary inbox (data only): see heldout96.py."""

from __future__ import annotations

from typing import Any

from heldout96_inbox import MESES, n
from heldout96_jobs import ev, thread

MAIL: list[dict[str, Any]] = []

# --- monthly: water bill, phone/internet bill, Nota Paraná ---------------------------------------
for i, (month, year, agua, net) in enumerate(
    [
        (8, 2025, "87,14", "139,90"),
        (9, 2025, "92,60", "139,90"),
        (10, 2025, "90,03", "139,90"),
        (11, 2025, "101,77", "149,90"),
        (12, 2025, "110,25", "149,90"),
        (1, 2026, "98,40", "149,90"),
    ]
):
    ym = f"{year}-{month:02d}"
    MAIL.append(
        n(
            f"96{i}1",
            f"{ym}-12 05:20",
            "Águas do Iguaçu <conta.digital@aguasdoiguacu.example>",
            f"Conta digital de água - {MESES[month]}/{year}",
            text=f"""Prezada cliente RAFAELA T BORGES,

Sua conta de água e esgoto de {MESES[month]}/{year} já está disponível.
Matrícula: 0388127-4 | Consumo: {9 + i} m³ | Valor: R$ {agua} | Vencimento: 22/{month:02d}/{year}

Pague com Pix ou código de barras. Economize água!
""",
        )
    )
    MAIL.append(
        n(
            f"96{i}2",
            f"{ym}-15 09:00",
            "Conecta Fibra <faturas@conectafibra.com.br>",
            f"Fatura Conecta Fibra - vencimento 25/{month:02d}",
            html=f"""<html><body><p>Olá, Rafaela!</p><p>Sua fatura do plano Fibra 600 Mega + Móvel 20GB está disponível.</p><p>Valor: <b>R$ {net}</b> | Vencimento: 25/{month:02d}/{year}</p><p>Conecta Fibra Telecomunicações Ltda.</p></body></html>""",
        )
    )

MAIL += [
    n(
        "9701a",
        "2025-08-04 19:30",
        "Nota Paraná <naoresponda@notaparana.example>",
        "Você tem créditos disponíveis no Nota Paraná",
        text="""Olá, contribuinte.

Você possui R$ 47,82 em créditos do programa Nota Paraná disponíveis para transferência para sua conta bancária ou abatimento do IPVA.

Programa Nota Paraná - Secretaria da Fazenda""",
    ),
    n(
        "9702a",
        "2025-11-21 19:30",
        "Nota Paraná <naoresponda@notaparana.example>",
        "Resultado do sorteio de novembro",
        text="""O sorteio mensal do Nota Paraná foi realizado. Infelizmente, desta vez você não foi contemplada. Continue pedindo CPF na nota!""",
    ),
    n(
        "9703a",
        "2026-01-08 10:00",
        "Secretaria da Fazenda PR <ipva@fazenda.pr.example>",
        "IPVA 2026 - valores e calendário de vencimento",
        text="""O IPVA 2026 do veículo placa BEX-2F31 está disponível. Valor integral: R$ 1.612,45. Pagamento à vista com 6% de desconto até 16/01 ou em até 5 parcelas.""",
    ),
    n(
        "9704a",
        "2025-08-29 10:31",
        "Banco Araucária <nao-responda@bancoaraucaria.com.br>",
        "Pix recebido: R$ 1.284,17",
        text="""Você recebeu um Pix de R$ 1.284,17 de SECRETARIA DA RECEITA FEDERAL em 29/08/2025 às 10:31.""",
    ),
    n(
        "9705a",
        "2025-09-20 15:02",
        "Banco Araucária <nao-responda@bancoaraucaria.com.br>",
        "Pix enviado: R$ 95,00 para Bianca Lorenzetti",
        text="""Pix enviado com sucesso: R$ 95,00 para BIANCA LORENZETTI em 20/09/2025 às 15:02. Identificação: rateio churrasco.""",
    ),
    n(
        "9706a",
        "2026-01-30 08:10",
        "Banco Araucária <nao-responda@bancoaraucaria.com.br>",
        "Você recebeu um crédito em conta",
        text="""Crédito recebido em 30/01/2026: R$ 4.118,90 - TED KESSLER AUTOMOTIVE DO BRASIL LTDA - adiantamento/salário. Consulte o extrato no app.""",
    ),
    n(
        "9707a",
        "2025-09-05 22:40",
        "Roda Já <recibos@rodaja.app>",
        "Seu recibo de viagem - sexta à noite",
        html="""<html><body><p>Obrigado por viajar com a Roda Já, Rafaela.</p><p>Batel → Água Verde | 6,2 km | R$ 21,40</p><p>Motorista: Jefferson ★ 4,93</p></body></html>""",
    ),
    n(
        "9708a",
        "2025-11-17 07:05",
        "Roda Já <recibos@rodaja.app>",
        "Seu recibo de viagem - segunda de manhã",
        html="""<html><body><p>Água Verde → São José dos Pinhais (Av. Rui Barbosa) | 18,9 km | R$ 52,80</p></body></html>""",
    ),
    n(
        "9709a",
        "2025-10-18 17:00",
        "Ticketeria <pedidos@ticketeria.com.br>",
        "Hoje é o dia! Noite do Rock Curitiba",
        html="""<html><body><p>Os portões abrem às 17h. Não esqueça seu documento com foto e o QR code do ingresso.</p></body></html>""",
    ),
    n(
        "9710a",
        "2025-09-25 12:05",
        "Clínica Odonto Batel <agenda@odontobatel.com.br>",
        "Orçamento do tratamento",
        text="""Olá Rafaela, segue o orçamento apresentado na consulta: clareamento a laser R$ 1.200,00 em até 6x. A proposta tem validade de 30 dias.

Clínica Odonto Batel""",
    ),
    n(
        "9711a",
        "2025-08-21 20:15",
        "Imobiliária Cidade Sorriso <locacao@cidadesorrisoimoveis.com.br>",
        "Ficha cadastral - apartamento Rua Brigadeiro Franco",
        text="""Olá Rafaela,

Recebemos sua ficha cadastral para locação do apartamento na Rua Brigadeiro Franco, 2240. A análise cadastral leva até 48h. Para seguir, precisamos do comprovante de renda dos últimos 3 meses e da apólice de seguro fiança ou título de capitalização.

Atenciosamente,
Setor de Locação | Imobiliária Cidade Sorriso""",
    ),
    n(
        "9712a",
        "2025-08-26 11:40",
        "Imobiliária Cidade Sorriso <locacao@cidadesorrisoimoveis.com.br>",
        "Re: Ficha cadastral - apartamento Rua Brigadeiro Franco",
        text="""Olá Rafaela, infelizmente o proprietário optou por outra proposta de locação que chegou antes. Temos outros imóveis semelhantes no Batel, posso te enviar?

Setor de Locação""",
    ),
    n(
        "9713a",
        "2025-09-03 08:00",
        "Gazeta do Pinhão <newsletter@gazetadopinhao.com.br>",
        "Curitiba amanhece com 3°C; veja a previsão",
        html="""<html><body><p>Frente fria derruba temperaturas no Paraná. Também: obras na Linha Verde, o novo ligeirinho e a programação cultural do fim de semana.</p></body></html>""",
    ),
    n(
        "9714a",
        "2025-10-15 08:00",
        "Gazeta do Pinhão <newsletter@gazetadopinhao.com.br>",
        "Montadoras da região anunciam contratações para 2026",
        html="""<html><body><p>Fábricas de São José dos Pinhais devem abrir 1.200 vagas no próximo ano, segundo o sindicato. Em entrevista, o secretário de Indústria comenta o novo polo logístico de Araucária.</p></body></html>""",
    ),
    n(
        "9715a",
        "2025-11-26 08:00",
        "Gazeta do Pinhão <newsletter@gazetadopinhao.com.br>",
        "Desemprego no Paraná cai ao menor nível da série",
        html="""<html><body><p>Taxa de desocupação recua para 4,1% no trimestre. Setores de logística e comércio lideram as contratações com carteira assinada.</p></body></html>""",
    ),
    n(
        "9716a",
        "2025-12-17 08:00",
        "Gazeta do Pinhão <newsletter@gazetadopinhao.com.br>",
        "Natal de Luz: programação completa",
        html="""<html><body><p>Coral no Palácio Avenida, árvore iluminada no Tanguá e feira de Natal no Largo da Ordem.</p></body></html>""",
    ),
    n(
        "9717a",
        "2025-10-24 18:10",
        "Voluntários Bom Prato <contato@bomprato.org.example>",
        "Inscrição recebida - mutirão de Natal",
        text="""Oi Rafaela! Recebemos sua inscrição como voluntária no mutirão de montagem de cestas de Natal (13/12, das 8h às 12h). Em breve mandamos as orientações.

Associação Bom Prato""",
    ),
    n(
        "9718a",
        "2025-12-10 18:10",
        "Voluntários Bom Prato <contato@bomprato.org.example>",
        "Orientações - mutirão de sábado",
        text="""Oi, voluntária! Sábado, 13/12, às 8h, no galpão da Rua Tapajós, 410. Use sapato fechado. Vamos montar 600 cestas!""",
        ics=ev(
            "bomprato-mutirao-1213@bomprato.org.example",
            "2025-12-13 08:00",
            "Mutirão de Natal - Bom Prato",
            ("Voluntários Bom Prato", "contato@bomprato.org.example"),
            minutes=240,
            location="Rua Tapajós, 410 - Curitiba",
        ),
    ),
    n(
        "9719a",
        "2025-09-01 09:30",
        "Diego Ramalho <diego.ramalho@gmail.com>",
        "viagem pra SP",
        text="""Rafa, tu vai mesmo pra SP dia 4? Se quiser posso te levar no aeroporto 5h. Boa sorte na reunião com a tua amiga do mestrado.

D.""",
    ),
    n(
        "9720a",
        "2025-10-05 20:00",
        "Grupo Trilhas PR <trilhaspr@googlegroups.com>",
        "[Trilhas PR] Pico Paraná - saída 19/10",
        text="""Galera, confirmada a subida do Pico Paraná dia 19/10. Saída 4h30 do posto da BR-116. Quem vai confirma aqui até quarta. Levar 3L de água e lanterna.

Renato (organizador)""",
    ),
    n(
        "9721a",
        "2025-10-06 07:12",
        "Renato Guimarães <renato.trilhas@gmail.com>",
        "Re: [Trilhas PR] Pico Paraná - saída 19/10",
        text="""Rafa confirmada! Tu consegue levar mais dois no teu carro?

> Confirmo! Rafaela""",
    ),
    n(
        "9722a",
        "2025-11-14 10:00",
        "Academia Pinhão Fit <contato@pinhaofit.com.br>",
        "Desafio de verão: inscrições abertas",
        text="""Inscreva-se no Desafio de Verão Pinhão Fit! 8 semanas de treinos, avaliação inicial e final, prêmios para os 3 primeiros. Inscrições na recepção até 30/11.""",
    ),
    n(
        "9723a",
        "2026-01-02 09:00",
        "Spotlist <no-reply@spotlist.example>",
        "Sua retrospectiva 2025 chegou",
        html="""<html><body><p>Você ouviu 31.482 minutos de música em 2025. Seu artista mais ouvido foi Lagum. Seu podcast favorito: Ponto Certo.</p></body></html>""",
    ),
    n(
        "9724a",
        "2025-12-26 14:00",
        "Bianca Lorenzetti <bia.lorenzetti@gmail.com>",
        "fotos do churras",
        text="""Amiga, subi as fotos no drive: https://drive.example/churras-kessler

Tá liberada pra postar, menos aquela que eu tô de olho fechado kkkk

Bia""",
    ),
    n(
        "9725a",
        "2025-08-11 18:44",
        "Faculdade Araucária de Negócios <marketing@fanegocios.edu.example>",
        "Últimas vagas: MBA com 30% de desconto",
        html="""<html><body><p>Inscrições abertas para as turmas 2026/1 de MBA. Até 30% de desconto para inscrições até 30/09. Processo seletivo com análise de currículo e entrevista.</p></body></html>""",
    ),
    n(
        "9726a",
        "2025-11-25 19:00",
        "Síndica Res. Araucárias <sindica.araucarias@gmail.com>",
        "Confraternização de fim de ano do condomínio",
        text="""Queridos moradores, nossa confraternização será dia 13/12 às 17h no salão de festas. Cada apartamento leva um prato doce ou salgado. Teremos amigo secreto para as crianças.

Márcia""",
    ),
]

REPLIES = {"9712a": "9711a", "9721a": "9720a"}
thread(MAIL, REPLIES)
