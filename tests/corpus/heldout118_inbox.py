# ruff: noqa: E501, RUF100
"""Corpus 118, Luana's everyday Florianópolis inbox (data only): see heldout118.py."""

from __future__ import annotations

from typing import Any

from heldout118_jobs import N, ev, m

MAIL: list[dict[str, Any]] = [
    # --- aluguel / moradia -----------------------------------------------------------------------
    m(
        "118201",
        "2025-09-02 10:14",
        "Imobiliária Ilha Bela <locacao@ilhabelaimoveis.com.br>",
        "Sua proposta de locação - Apto 203, Rua Lauro Linhares",
        N(),
        text="""Olá, Luana!

Recebemos sua proposta de locação para o apartamento 203 da Rua Lauro Linhares, 1840 (Trindade). Para seguir com a análise cadastral, precisamos de:

- Comprovante de renda dos últimos 3 meses
- Extrato do FGTS ou declaração de IR
- Dados do fiador ou opção pelo seguro-fiança

A análise leva até 3 dias úteis.

Atenciosamente,
Setor de Locação | Ilha Bela Imóveis
""",
    ),
    m(
        "118202",
        "2025-09-05 16:40",
        "Imobiliária Ilha Bela <locacao@ilhabelaimoveis.com.br>",
        "Análise cadastral aprovada 🎉",
        N(),
        text="""Olá, Luana! Sua análise cadastral para o Apto 203 foi APROVADA com seguro-fiança. O contrato será enviado para assinatura eletrônica pelo Clicksign ainda hoje.

Vistoria de entrada: 10/09 às 14h.

Ilha Bela Imóveis""",
    ),
    m(
        "118203",
        "2025-09-05 17:02",
        "Clicksign <naoresponda@clicksign.com>",
        "Ilha Bela Imóveis enviou um documento para você assinar",
        N(),
        html="""<html><body><p>Olá Luana Prestes Vieira,</p><p>Ilha Bela Imóveis solicitou a sua assinatura no documento <b>Contrato de Locação Residencial - Apto 203.pdf</b>.</p><p><a href="https://app.clicksign.com/sign/abc">Visualizar para assinar</a></p></body></html>""",
    ),
    m(
        "118204",
        "2025-09-06 09:15",
        "Clicksign <naoresponda@clicksign.com>",
        "Documento finalizado: Contrato de Locação Residencial - Apto 203.pdf",
        N(),
        html="""<html><body><p>Todas as partes assinaram o documento <b>Contrato de Locação Residencial - Apto 203.pdf</b>. O arquivo assinado está anexo.</p></body></html>""",
    ),
    m(
        "118205",
        "2025-09-08 11:30",
        "Ilha Bela Imóveis <agenda@ilhabelaimoveis.com.br>",
        "Agendamento de vistoria - Apto 203",
        N(),
        text="Vistoria de entrada agendada. Leve documento com foto. Duração aprox. 1h.",
        ics=ev(
            "vistoria-203@ilhabelaimoveis.com.br",
            "2025-09-10 14:00",
            "Vistoria de entrada - Apto 203 Lauro Linhares",
            ("Ilha Bela Imóveis", "agenda@ilhabelaimoveis.com.br"),
            60,
            location="Rua Lauro Linhares, 1840 - Trindade",
        ),
    ),
    m(
        "118206",
        "2025-10-05 08:00",
        "Ilha Bela Imóveis <financeiro@ilhabelaimoveis.com.br>",
        "Boleto aluguel outubro/2025 - Apto 203",
        N(),
        text="Segue o boleto do aluguel de outubro/2025 no valor de R$ 2.450,00 + condomínio R$ 620,00, vencimento 10/10. Pague também via Pix pelo QR code do boleto.",
        attach=[("boleto_out2025.pdf", "application/pdf", "%PDF boleto outubro")],
    ),
    m(
        "118207",
        "2025-11-05 08:00",
        "Ilha Bela Imóveis <financeiro@ilhabelaimoveis.com.br>",
        "Boleto aluguel novembro/2025 - Apto 203",
        N(),
        text="Segue o boleto do aluguel de novembro/2025 no valor de R$ 2.450,00 + condomínio R$ 640,00, vencimento 10/11.",
        attach=[("boleto_nov2025.pdf", "application/pdf", "%PDF boleto novembro")],
    ),
    m(
        "118208",
        "2025-12-05 08:00",
        "Ilha Bela Imóveis <financeiro@ilhabelaimoveis.com.br>",
        "Boleto aluguel dezembro/2025 - Apto 203",
        N(),
        text="Segue o boleto do aluguel de dezembro/2025 no valor de R$ 2.450,00 + condomínio R$ 640,00, vencimento 10/12. Lembramos que em janeiro haverá o reajuste anual pelo IPCA.",
        attach=[("boleto_dez2025.pdf", "application/pdf", "%PDF boleto dezembro")],
    ),
    m(
        "118209",
        "2026-01-05 08:00",
        "Ilha Bela Imóveis <financeiro@ilhabelaimoveis.com.br>",
        "Boleto aluguel janeiro/2026 - Apto 203 (com reajuste)",
        N(),
        text="Segue o boleto de janeiro/2026: aluguel reajustado para R$ 2.561,00 (IPCA 4,53%) + condomínio R$ 640,00, vencimento 10/01.",
        attach=[("boleto_jan2026.pdf", "application/pdf", "%PDF boleto janeiro")],
    ),
    m(
        "118210",
        "2026-02-05 08:00",
        "Ilha Bela Imóveis <financeiro@ilhabelaimoveis.com.br>",
        "Boleto aluguel fevereiro/2026 - Apto 203",
        N(),
        text="Segue o boleto de fevereiro/2026: R$ 2.561,00 + condomínio R$ 655,00, vencimento 10/02.",
        attach=[("boleto_fev2026.pdf", "application/pdf", "%PDF boleto fevereiro")],
    ),
    m(
        "118211",
        "2025-10-21 19:44",
        "Síndico Residencial Jacarandá <sindico.jacaranda@gmail.com>",
        "Assembleia extraordinária - 28/10",
        N(),
        text="""Prezados condôminos,

Convocamos assembleia extraordinária no salão de festas dia 28/10 às 19h30. Pauta: troca do portão da garagem e contratação de portaria remota.

Pedimos a presença de todos (inquilinos podem participar com procuração).

Carlos - Síndico""",
    ),
    m(
        "118212",
        "2025-12-18 13:05",
        "CASAN <faturadigital@casan.com.br>",
        "Sua fatura digital CASAN chegou",
        N(),
        text="Matrícula 2287114-0. Valor: R$ 98,43. Vencimento: 29/12/2025. Referência: 12/2025.",
    ),
    m(
        "118213",
        "2025-10-16 13:05",
        "Celesc <fatura@celesc.com.br>",
        "Fatura de energia - outubro/2025",
        N(),
        text="Unidade consumidora 41.221.870. Valor: R$ 187,61. Vencimento 27/10/2025. Bandeira tarifária: vermelha patamar 1.",
    ),
    m(
        "118214",
        "2026-01-15 13:05",
        "Celesc <fatura@celesc.com.br>",
        "Fatura de energia - janeiro/2026",
        N(),
        text="Unidade consumidora 41.221.870. Valor: R$ 241,09 (ar-condicionado, né?). Vencimento 26/01/2026. Bandeira tarifária: amarela.",
    ),
    # --- bancos, cartões, financiamento --------------------------------------------------------
    m(
        "118215",
        "2025-09-09 10:00",
        "Nuvia <ola@nuvia.com.br>",
        "Luana, seu limite aumentou! 💜",
        N(),
        html="""<html><body><p>Boas notícias, Luana! Seu limite do cartão Nuvia agora é de <b>R$ 6.800</b>. Aproveite com responsabilidade.</p></body></html>""",
    ),
    m(
        "118216",
        "2025-09-20 14:22",
        "Nuvia <ola@nuvia.com.br>",
        "Oferta exclusiva: empréstimo pré-aprovado",
        N(),
        html="""<html><body><p>Luana, você tem uma <b>oferta</b> de empréstimo pré-aprovado de até R$ 15.000 com taxa a partir de 2,1% a.m. Parcele em até 24x. Proposta válida até 30/09.</p></body></html>""",
    ),
    m(
        "118217",
        "2025-10-03 09:12",
        "Banco Meridional <atendimento@bancomeridional.com.br>",
        "Recebemos sua solicitação de cartão Meridional Platinum",
        N(),
        text="""Olá, Luana.

Recebemos sua solicitação de cartão de crédito Meridional Platinum. Sua proposta está em análise e você receberá uma resposta em até 5 dias úteis.

Caso sua solicitação não seja aprovada, você será informada por este canal.

Banco Meridional S.A.""",
    ),
    m(
        "118218",
        "2025-10-07 11:48",
        "Banco Meridional <atendimento@bancomeridional.com.br>",
        "Sua proposta foi aprovada!",
        N(),
        text="Parabéns, Luana! Sua proposta do cartão Meridional Platinum foi aprovada com limite de R$ 8.000. O cartão chega em até 10 dias úteis no endereço cadastrado.",
    ),
    m(
        "118219",
        "2025-10-25 09:00",
        "Nuvia <fatura@nuvia.com.br>",
        "Sua fatura de outubro fechou",
        N(),
        text="Sua fatura fechou em R$ 3.214,77. Vencimento: 02/11. Pague pelo app com Pix ou boleto.",
    ),
    m(
        "118220",
        "2025-11-25 09:00",
        "Nuvia <fatura@nuvia.com.br>",
        "Sua fatura de novembro fechou",
        N(),
        text="Sua fatura fechou em R$ 2.890,12. Vencimento: 02/12. Parcelamento disponível no app.",
    ),
    m(
        "118221",
        "2025-12-25 09:00",
        "Nuvia <fatura@nuvia.com.br>",
        "Sua fatura de dezembro fechou",
        N(),
        text="Sua fatura fechou em R$ 4.102,50. Vencimento: 02/01. Feliz Natal! 🎄",
    ),
    m(
        "118222",
        "2026-01-25 09:00",
        "Nuvia <fatura@nuvia.com.br>",
        "Sua fatura de janeiro fechou",
        N(),
        text="Sua fatura fechou em R$ 2.377,40. Vencimento: 02/02.",
    ),
    m(
        "118223",
        "2025-11-12 15:30",
        "CAIXA <simulador.habitacao@caixa.gov.br>",
        "Resultado da sua simulação de financiamento imobiliário",
        N(),
        text="""Olá, Luana Prestes Vieira.

Confira o resultado da sua simulação:
Valor do imóvel: R$ 520.000,00
Entrada: R$ 104.000,00
Prazo: 420 meses (SAC)
Primeira parcela estimada: R$ 4.318,22

Para dar entrada na proposta de financiamento, procure uma agência ou um correspondente Caixa Aqui.
""",
    ),
    m(
        "118224",
        "2025-11-20 10:10",
        "Corretora Morada Sul <contato@moradasul.com.br>",
        "Sua proposta pelo apê no Itacorubi",
        N(),
        text="""Oi Luana,

O proprietário recebeu sua proposta de R$ 495 mil pelo apê do Itacorubi e fez uma contraproposta de R$ 510 mil, com entrada de 20% e o restante via financiamento. Ele pede resposta até sexta. Me diz o que acha?

Abraço,
Gilmar - Corretor CRECI 31.408""",
    ),
    m(
        "118225",
        "2025-11-22 18:02",
        "Corretora Morada Sul <contato@moradasul.com.br>",
        "Re: Sua proposta pelo apê no Itacorubi",
        N(),
        text="""Tudo certo, Luana, entendo. Vamos esperar o começo do ano então, quando você tiver o emprego novo definido fica mais fácil aprovar o financiamento. Qualquer coisa me chama.

Gilmar

> Gilmar, por enquanto vou recusar, quero primeiro resolver a parte do trabalho.""",
    ),
    m(
        "118226",
        "2025-09-30 20:00",
        "Meridional Invest <investimentos@bancomeridional.com.br>",
        "Rendimento do seu CDB em setembro",
        N(),
        text="Seu CDB Liquidez Diária rendeu R$ 83,14 em setembro (100% do CDI).",
    ),
    m(
        "118227",
        "2025-12-12 12:00",
        "Serasa <contato@serasa.com.br>",
        "Luana, seu Score subiu!",
        N(),
        html="""<html><body><p>Seu Score agora é <b>812</b>. Veja ofertas de cartão de crédito com aprovação facilitada para o seu perfil.</p></body></html>""",
    ),
    # --- governo / impostos ----------------------------------------------------------------------
    m(
        "118228",
        "2025-09-15 08:30",
        "Receita Federal <naoresponda@receita.fazenda.gov.br>",
        "Restituição do IRPF 2025 - 5º lote",
        N(),
        text="""Prezada contribuinte,

Informamos que a sua restituição do Imposto de Renda Pessoa Física 2025 foi disponibilizada no 5º lote, no valor de R$ 1.247,30, creditada na conta indicada na declaração (chave Pix CPF).

Receita Federal do Brasil""",
    ),
    m(
        "118229",
        "2026-02-20 09:00",
        "gov.br <naoresponda@acesso.gov.br>",
        "Seu nível de conta gov.br foi atualizado para Ouro",
        N(),
        text="Olá, LUANA PRESTES VIEIRA. Sua conta gov.br agora é nível Ouro. Você pode acessar a declaração pré-preenchida do IRPF 2026.",
    ),
    m(
        "118230",
        "2025-10-30 14:15",
        "Prefeitura de Florianópolis <naoresponda@pmf.sc.gov.br>",
        "Requerimento nº 2025/118.442 - Cadastro de bicicleta no Floripa Pedala",
        N(),
        text="Seu requerimento de cadastro no programa Floripa Pedala foi DEFERIDO. Retire seu cartão na estação do Centro.",
    ),
    m(
        "118231",
        "2026-01-08 10:00",
        "Detran SC <naoresponda@detran.sc.gov.br>",
        "Lembrete: vencimento da CNH",
        N(),
        text="Sua CNH vence em 14/03/2026. Agende a renovação e o exame médico pelo portal.",
    ),
    m(
        "118232",
        "2025-12-01 09:20",
        "Polícia Federal - Passaporte <naoresponda@pf.gov.br>",
        "Agendamento de atendimento - emissão de passaporte",
        N(),
        text="Atendimento agendado para 09/12/2025 às 10h40, no posto do Aeroporto Hercílio Luz. Protocolo 2025.118.33471. Leve o comprovante da GRU paga.",
        ics=ev(
            "pf-passaporte-1209",
            "2025-12-09 10:40",
            "Emissão de passaporte - PF Aeroporto",
            ("Polícia Federal", "naoresponda@pf.gov.br"),
            30,
            location="Aeroporto Internacional Hercílio Luz",
        ),
    ),
    # --- compras, entregas, apps ------------------------------------------------------------------
    m(
        "118233",
        "2025-09-12 19:05",
        "iFood <pedidos@ifood.com.br>",
        "Seu pedido foi entregue 🍕",
        N(),
        text="Pizzaria Bella Lagoa - R$ 78,90. Avalie seu pedido!",
    ),
    m(
        "118234",
        "2025-10-10 20:44",
        "iFood <pedidos@ifood.com.br>",
        "Seu pedido foi entregue 🍣",
        N(),
        text="Sushi do Pântano - R$ 96,50. Avalie seu pedido!",
    ),
    m(
        "118235",
        "2025-11-28 20:12",
        "iFood <pedidos@ifood.com.br>",
        "Seu pedido foi entregue 🍔",
        N(),
        text="Burger da Costeira - R$ 54,00. Avalie seu pedido!",
    ),
    m(
        "118236",
        "2026-01-30 21:02",
        "iFood <pedidos@ifood.com.br>",
        "Seu pedido foi entregue 🥗",
        N(),
        text="Verde Bowl Trindade - R$ 42,30. Avalie seu pedido!",
    ),
    m(
        "118237",
        "2025-09-22 11:10",
        "Mercado Livre <compras@mercadolivre.com.br>",
        "Você comprou: Cadeira ergonômica Flexform",
        N(),
        text="Compra aprovada. Chega entre 26 e 29 de setembro.",
    ),
    m(
        "118238",
        "2025-09-27 15:33",
        "Mercado Livre <envios@mercadolivre.com.br>",
        "Seu pacote foi entregue",
        N(),
        text="Cadeira ergonômica Flexform entregue na portaria.",
    ),
    m(
        "118239",
        "2025-11-28 07:00",
        "Amazon.com.br <ofertas@amazon.com.br>",
        "Black Friday: as melhores ofertas começaram",
        N(),
        html="<html><body><p>Até 60% OFF em eletrônicos, livros e casa. Ofertas por tempo limitado!</p></body></html>",
    ),
    m(
        "118240",
        "2025-11-29 10:22",
        "Amazon.com.br <confirmar-envio@amazon.com.br>",
        'Seu pedido de "Kindle Paperwhite" foi enviado',
        N(),
        text="Pedido 702-4418821 enviado. Previsão: 3 de dezembro.",
    ),
    m(
        "118241",
        "2025-12-17 09:15",
        "Uber <noreply@uber.com>",
        "Seu recibo de viagem de quarta-feira",
        N(),
        text="Total R$ 31,80 - Trindade → Aeroporto Hercílio Luz.",
    ),
    m(
        "118242",
        "2025-12-22 14:30",
        "LATAM Airlines <latam@info.latam.com>",
        "Confirmação de compra - FLN → POA",
        N(),
        text="Reserva LXQ7PT. 23/12 FLN 08:05 → POA 09:10. Volta 02/01 POA 18:40 → FLN 19:45. Passageira: LUANA PRESTES VIEIRA.",
    ),
    m(
        "118243",
        "2025-12-22 07:00",
        "LATAM Airlines <latam@info.latam.com>",
        "Check-in aberto para o seu voo LA3301",
        N(),
        text="Faça seu check-in e evite filas. Portão fecha 20 min antes.",
    ),
    m(
        "118244",
        "2025-10-01 06:00",
        "Spotify <no-reply@spotify.com>",
        "Seu recibo do Spotify Premium",
        N(),
        text="Premium Individual - R$ 21,90 cobrado no cartão final 4471.",
    ),
    m(
        "118245",
        "2025-11-01 06:00",
        "Spotify <no-reply@spotify.com>",
        "Seu recibo do Spotify Premium",
        N(),
        text="Premium Individual - R$ 21,90 cobrado no cartão final 4471.",
    ),
    m(
        "118246",
        "2025-12-03 12:00",
        "Spotify <no-reply@spotify.com>",
        "Sua Retrospectiva 2025 chegou 🎧",
        N(),
        html="<html><body><p>Você ouviu 41.203 minutos. Sua artista nº 1: Marisa Monte.</p></body></html>",
    ),
    m(
        "118247",
        "2025-10-14 18:00",
        "Netflix <info@mailer.netflix.com>",
        "Novidades desta semana na Netflix",
        N(),
        html="<html><body><p>Estreias: séries, documentários e uma entrevista exclusiva com o elenco.</p></body></html>",
    ),
    m(
        "118248",
        "2025-09-18 08:20",
        "Smart Fit <contato@smartfit.com.br>",
        "Seu plano Black foi renovado",
        N(),
        text="Renovação mensal de R$ 139,90 aprovada. Bons treinos!",
    ),
    m(
        "118249",
        "2026-01-02 10:00",
        "Smart Fit <contato@smartfit.com.br>",
        "Oferta de Ano Novo: traga um amigo",
        N(),
        html="<html><body><p>Traga um amigo e ganhe 1 mês grátis. Oferta válida até 31/01.</p></body></html>",
    ),
    m(
        "118250",
        "2025-10-19 08:45",
        "Clínica Sorriso Trindade <agenda@sorrisotrindade.com.br>",
        "Confirmação de consulta - limpeza",
        N(),
        text="Olá Luana, sua consulta com Dra. Patrícia está confirmada para 22/10 às 17h. Responda SIM para confirmar.",
        ics=ev(
            "sorriso-1022",
            "2025-10-22 17:00",
            "Dentista - limpeza (Dra. Patrícia)",
            ("Clínica Sorriso Trindade", "agenda@sorrisotrindade.com.br"),
            45,
        ),
    ),
    m(
        "118251",
        "2025-11-27 16:00",
        "Unimed Grande Florianópolis <naoresponda@unimedflorianopolis.com.br>",
        "Resultado de exames disponível",
        N(),
        text="Os resultados dos seus exames laboratoriais já estão disponíveis no app Unimed Cliente.",
    ),
    m(
        "118252",
        "2026-01-22 17:30",
        "Unimed Grande Florianópolis <naoresponda@unimedflorianopolis.com.br>",
        "Bem-vinda ao plano empresarial",
        N(),
        text="Olá Luana! Seu plano empresarial (contratante: Nuvelo Tecnologia Ltda.) terá vigência a partir de 02/02/2026. Sua carteirinha digital estará no app.",
    ),
    # --- newsletters com 'entrevista', 'contratação', 'oferta' ------------------------------------
    m(
        "118253",
        "2025-09-07 07:00",
        "The News <newsletter@thenewscc.example.com.br>",
        "☕ Bom dia! O que rolou no fim de semana",
        N(),
        html="<html><body><p>Bom dia! Hoje: Selic, dólar, a entrevista do ministro da Fazenda e por que as big techs estão contratando menos.</p></body></html>",
    ),
    m(
        "118254",
        "2025-09-21 07:00",
        "The News <newsletter@thenewscc.example.com.br>",
        "☕ Bom dia! Desemprego em queda",
        N(),
        html="<html><body><p>O desemprego caiu para 5,6%, menor taxa da série. E mais: entrevista com uma economista sobre o mercado de trabalho.</p></body></html>",
    ),
    m(
        "118255",
        "2025-10-08 12:00",
        "Mulheres em CS <newsletter@mulheresemcs.com.br>",
        "Entrevista do mês: como a Gabi virou Head de CS aos 29",
        N(),
        html="<html><body><h2>Entrevista do mês</h2><p>Conversamos com Gabriela Torres sobre carreira, negociação salarial e como ela montou um time de CS do zero. Também: 5 dicas para sua próxima entrevista de emprego.</p></body></html>",
    ),
    m(
        "118256",
        "2025-11-12 12:00",
        "Mulheres em CS <newsletter@mulheresemcs.com.br>",
        "Processos seletivos em CS: o que mudou em 2025",
        N(),
        html="<html><body><p>Os cases ficaram maiores? As empresas estão pedindo mais testes? Reunimos respostas de 300 profissionais de Customer Success sobre processos seletivos, devolutivas e ghosting.</p></body></html>",
    ),
    m(
        "118257",
        "2025-12-10 12:00",
        "Mulheres em CS <newsletter@mulheresemcs.com.br>",
        "Retrospectiva: o ano do CS",
        N(),
        html="<html><body><p>Churn, IA e contratações: o que 2025 ensinou para quem trabalha com clientes.</p></body></html>",
    ),
    m(
        "118258",
        "2025-09-25 09:00",
        "UX Escrita <ola@uxescrita.com.br>",
        "Carta #88: microcopy de erro sem culpar a pessoa",
        N(),
        html="<html><body><p>Nesta carta: uma entrevista com a UX writer de um banco digital, 10 mensagens de erro reescritas e vagas da semana da comunidade.</p></body></html>",
    ),
    m(
        "118259",
        "2025-10-23 09:00",
        "UX Escrita <ola@uxescrita.com.br>",
        "Carta #90: voz e tom em pt-BR",
        N(),
        html="<html><body><p>Como construir um guia de voz e tom que o time de produto realmente usa.</p></body></html>",
    ),
    m(
        "118260",
        "2025-11-20 09:00",
        "UX Escrita <ola@uxescrita.com.br>",
        "Carta #92: o portfólio de UX writing que recrutadores querem ver",
        N(),
        html="<html><body><p>Perguntamos a 12 recrutadoras o que faz um portfólio passar da triagem. Spoiler: mostre o antes e depois.</p></body></html>",
    ),
    m(
        "118261",
        "2026-01-15 09:00",
        "UX Escrita <ola@uxescrita.com.br>",
        "Carta #95: IA e o futuro do UX writing",
        N(),
        html="<html><body><p>Entrevistamos três líderes de conteúdo sobre o que muda com IA generativa.</p></body></html>",
    ),
    m(
        "118262",
        "2025-10-29 18:00",
        "Podcast Sucesso do Cliente <contato@podcastsucessodocliente.com.br>",
        "Convite para entrevista no podcast",
        N(),
        text="""Oi Luana!

A gente acompanha seus posts no LinkedIn sobre onboarding e adoraria te entrevistar no Podcast Sucesso do Cliente. O episódio dura uns 40 minutos e a gravação é remota. Topa?

Abraço,
Léo - Podcast Sucesso do Cliente""",
    ),
    m(
        "118263",
        "2025-11-04 10:30",
        "Leo Baptista <leo@podcastsucessodocliente.com.br>",
        "Gravação do episódio - Luana Vieira",
        N(),
        text="Show! Convite enviado para a gravação. Use fone de ouvido, por favor 🎙️",
        ics=ev(
            "podcast-gravacao-1112",
            "2025-11-12 19:00",
            "Gravação Podcast Sucesso do Cliente - ep. 74 (Luana)",
            ("Leo Baptista", "leo@podcastsucessodocliente.com.br"),
            60,
            location="https://riverside.fm/studio/sucesso-do-cliente",
        ),
    ),
    m(
        "118264",
        "2025-10-02 11:00",
        "ACATE <eventos@acate.org.br>",
        "Inscrição confirmada: Meetup de Customer Success Floripa",
        N(),
        text="Sua inscrição no Meetup de Customer Success Floripa está confirmada. 16/10, 19h, Centro de Inovação ACATE Primavera.",
        ics=ev(
            "acate-meetup-cs-1016",
            "2025-10-16 19:00",
            "Meetup de Customer Success Floripa",
            ("ACATE Eventos", "eventos@acate.org.br"),
            150,
            location="Centro de Inovação ACATE Primavera, Rod. SC-401",
        ),
    ),
    m(
        "118265",
        "2025-11-03 09:00",
        "Sympla <naoresponda@sympla.com.br>",
        "Seu ingresso: UX Floripa Conf 2025",
        N(),
        text="Pedido confirmado! UX Floripa Conf 2025 - 21/11 - CentroSul. Ingresso: meia-entrada profissional.",
    ),
    m(
        "118266",
        "2025-09-11 17:00",
        "Hotmart <noreply@hotmart.com>",
        "Compra aprovada: Curso Escrita para Interfaces",
        N(),
        text="Seu acesso ao curso Escrita para Interfaces está liberado. Bons estudos!",
    ),
    m(
        "118267",
        "2025-12-01 08:00",
        "Alura <contato@alura.com.br>",
        "Cyber Monday: oferta de 40% no plano anual",
        N(),
        html="<html><body><p>Oferta imperdível: 40% de desconto no plano anual. Só até hoje!</p></body></html>",
    ),
    m(
        "118268",
        "2025-10-15 07:30",
        "Exame <newsletter@exame.example.com.br>",
        "As empresas que mais contratam em SC",
        N(),
        html="<html><body><p>Ranking: as startups catarinenses que mais abriram vagas em 2025. E mais: entrevista com o presidente da ACATE.</p></body></html>",
    ),
    # --- LinkedIn social, Google, GitHub ----------------------------------------------------------
    m(
        "118269",
        "2025-09-14 18:20",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Parabenize Júlia pelo novo cargo",
        N(),
        html="<html><body><p>Júlia Nascimento começou em um novo cargo como Coordenadora de CS na Cardume. Diga parabéns!</p></body></html>",
    ),
    m(
        "118270",
        "2025-10-09 12:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Sua publicação está em alta 🔥",
        N(),
        html="<html><body><p>Sua publicação “3 coisas que aprendi escrevendo onboarding” teve 4.210 impressões.</p></body></html>",
    ),
    m(
        "118271",
        "2025-10-27 08:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Você apareceu em 37 pesquisas esta semana",
        N(),
        html="<html><body><p>Veja quem está procurando por você. Experimente o Premium grátis por 1 mês.</p></body></html>",
    ),
    m(
        "118272",
        "2025-11-15 09:05",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Rafaela enviou uma mensagem para você",
        N(),
        html="<html><body><p>Rafaela Duarte: Luaaa, vi teu post! Bora almoçar semana que vem?</p></body></html>",
    ),
    m(
        "118273",
        "2025-12-20 10:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Comemore o aniversário de trabalho de Marcos",
        N(),
        html="<html><body><p>Marcos Pacheco comemora 5 anos na Orla Cloud. Envie seus parabéns.</p></body></html>",
    ),
    m(
        "118274",
        "2026-02-02 19:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "42 pessoas reagiram à sua atualização",
        N(),
        html="<html><body><p>Sua atualização “Começando hoje como Customer Success Manager na Nuvelo!” recebeu 42 reações e 17 comentários.</p></body></html>",
    ),
    m(
        "118275",
        "2025-09-19 13:00",
        "Google <no-reply@accounts.google.com>",
        "Alerta de segurança",
        N(),
        text="Novo login na sua conta Google em um dispositivo Windows em Florianópolis, SC. Se foi você, ignore.",
    ),
    m(
        "118276",
        "2025-12-28 10:00",
        "Google One <googleone-noreply@google.com>",
        "Seu armazenamento está quase cheio",
        N(),
        text="Você está usando 14,2 GB de 15 GB. Assine o Google One 100 GB por R$ 7,99/mês.",
    ),
    m(
        "118277",
        "2025-11-06 18:00",
        "Notion <team@makenotion.com>",
        "Seu espaço de trabalho: novidades de novembro",
        N(),
        html="<html><body><p>Notion Mail, novos templates e mais.</p></body></html>",
    ),
    # --- amigos e família -------------------------------------------------------------------------
    m(
        "118278",
        "2025-09-13 21:30",
        "Rafaela Duarte <rafa.duarte88@gmail.com>",
        "passei na entrevista!!!",
        N(),
        text="""Luaaa

PASSEI!!! A entrevista final foi hoje e já me ligaram com a proposta. Vou ser coordenadora de marketing lá na agência do Estreito. Tô chorando aqui kkkk

Vamos comemorar sábado no Box 32? Chama o Bruno.

beijo
Rafa""",
    ),
    m(
        "118279",
        "2025-10-04 10:05",
        "Mãe <sonia.prestes@hotmail.com>",
        "Almoço de domingo",
        N(),
        text="""Filha, domingo vai ter almoço aqui em casa, seu tio Jorge vem de Lages. Traz aquela torta de limão?

E como estão as entrevistas? Reza que dá certo. Beijos da mãe""",
    ),
    m(
        "118280",
        "2025-10-20 22:14",
        "Bruno Kowalski <bruno.kowalski@proton.me>",
        "CV do meu primo",
        N(),
        text="""Lu, tudo bom?

Meu primo tá se candidatando para vaga de suporte em Floripa e pediu para alguém de CS dar uma olhada no currículo dele. Você consegue? Anexei aqui. Sem pressa!

Valeu,
Bruno""",
        attach=[("CV_Gustavo_Kowalski.pdf", "application/pdf", "%PDF CV Gustavo")],
    ),
    m(
        "118281",
        "2025-11-09 11:40",
        "Thaís Moreira <thais.moreira@gmail.com>",
        "Fwd: vaga de UX na empresa do meu namorado",
        N(),
        text="""Lu, olha isso, não sei se tem a ver contigo mas encaminhei rs. Ele disse que o processo lá é rápido.

---------- Forwarded message ---------
De: Pedro Arruda
Assunto: vaga

Thá, fala pra tua amiga que a gente abriu vaga de UX Writer, o link tá no LinkedIn da empresa.""",
    ),
    m(
        "118282",
        "2025-11-30 16:20",
        "Rafaela Duarte <rafa.duarte88@gmail.com>",
        "Re: trilha da Lagoinha do Leste",
        N(),
        text="""Fechado! Sábado 6h30 no ponto do Pântano do Sul. Leva protetor e lanche.

> Rafa, bora fazer a trilha da Lagoinha do Leste no sábado?""",
    ),
    m(
        "118283",
        "2025-12-24 19:00",
        "Tio Jorge <jorge.vieira.lages@gmail.com>",
        "Feliz Natal família!",
        N(),
        text="Feliz Natal a todos! Que 2026 traga saúde e emprego novo pra Luana 🙏🎄",
    ),
    m(
        "118284",
        "2026-01-16 20:45",
        "Rafaela Duarte <rafa.duarte88@gmail.com>",
        "Re: ACEITEI!",
        N(),
        text="""AAAAAAA que orgulho!!! Nuvelo é top demais. Sexta a gente comemora, sem desculpa.

> Rafa, aceitei a proposta da Nuvelo!! Começo dia 2!""",
    ),
    m(
        "118285",
        "2026-01-28 13:10",
        "Bruno Kowalski <bruno.kowalski@proton.me>",
        "notícia: fui demitido 😬",
        N(),
        text="""Lu, a startup fez um layoff de 30% hoje e eu entrei na lista. Tô bem, recebi rescisão certinho. Mas vou precisar de dicas de Gupy e LinkedIn, tu é a expert agora kkk

Café semana que vem?""",
    ),
    m(
        "118286",
        "2026-02-14 10:00",
        "Mãe <sonia.prestes@hotmail.com>",
        "Fotos do carnaval",
        N(),
        text="Filha olha as fotos do bloco em Santo Antônio de Lisboa! Seu pai fantasiado de pirata kkkk. Beijos",
    ),
    # --- clube, voluntariado, curso ---------------------------------------------------------------
    m(
        "118287",
        "2025-09-23 09:30",
        "Clube de Remo Aldo Luz <secretaria@aldoluz.example.org.br>",
        "Sua inscrição na turma de remo foi aceita",
        N(),
        text="Olá Luana! Sua inscrição na turma de iniciação ao remo (terças e quintas, 6h30) foi aceita. Primeira aula: 30/09. Traga atestado médico.",
    ),
    m(
        "118288",
        "2025-10-11 14:00",
        "Voluntários Floripa <contato@voluntariosfloripa.org.br>",
        "Candidatura para voluntariado recebida",
        N(),
        text="""Oi Luana!

Recebemos sua candidatura para o voluntariado de mentoria de carreira com jovens do Maciço do Morro da Cruz. Vamos marcar uma conversa de acolhimento em breve.

Obrigada por querer fazer parte!
Equipe Voluntários Floripa""",
    ),
    m(
        "118289",
        "2025-10-24 10:00",
        "Voluntários Floripa <contato@voluntariosfloripa.org.br>",
        "Entrevista de acolhimento - voluntariado",
        N(),
        text="Oi Luana, sua conversa de acolhimento ficou para 29/10 às 18h, online. Até lá!",
        ics=ev(
            "voluntarios-acolhimento-1029",
            "2025-10-29 18:00",
            "Acolhimento voluntária - Luana",
            ("Voluntários Floripa", "contato@voluntariosfloripa.org.br"),
            30,
        ),
    ),
    m(
        "118290",
        "2025-11-05 12:00",
        "Voluntários Floripa <contato@voluntariosfloripa.org.br>",
        "Você foi aprovada como voluntária! 💛",
        N(),
        text="Que alegria, Luana! Você foi aprovada para a mentoria de carreira. A formação de voluntários acontece dia 15/11.",
    ),
    m(
        "118291",
        "2025-09-29 08:00",
        "Cultura Inglesa Floripa <matriculas@culturainglesafloripa.example.com.br>",
        "Resultado do teste de nivelamento",
        N(),
        text="Olá Luana, seu resultado no teste de nivelamento foi C1. Temos turmas de Business English às quartas à noite. Matrículas com 20% de desconto até 10/10.",
    ),
    m(
        "118292",
        "2025-12-14 18:30",
        "Clube de Remo Aldo Luz <secretaria@aldoluz.example.org.br>",
        "Confraternização de fim de ano",
        N(),
        text="Confraternização dia 20/12 às 11h na garagem de barcos. Traga um prato!",
    ),
    # --- misc marketing / 'oferta' / 'proposta' ---------------------------------------------------
    m(
        "118293",
        "2025-10-17 10:00",
        "Vivo <vivo@comunicacao.vivo.com.br>",
        "Luana, uma proposta especial para você",
        N(),
        html="<html><body><p>Fibra 600 Mega + Vivo Pós por R$ 189,90/mês. Proposta exclusiva para clientes. Aceite até 31/10.</p></body></html>",
    ),
    m(
        "118294",
        "2025-11-21 18:00",
        "Booking.com <email.campaign@sg.booking.com>",
        "Ofertas de Black Friday para o verão",
        N(),
        html="<html><body><p>Até 40% de desconto em pousadas em Garopaba, Bombinhas e Praia do Rosa.</p></body></html>",
    ),
    m(
        "118295",
        "2025-12-27 15:00",
        "Airbnb <automated@airbnb.com>",
        "Reserva confirmada: Casa na Guarda do Embaú",
        N(),
        text="Sua reserva de 09 a 11 de janeiro está confirmada. Anfitriã: Neide.",
    ),
    m(
        "118296",
        "2025-10-26 12:00",
        "Porto Seguro <naoresponda@portoseguro.com.br>",
        "Sua cotação de seguro auto",
        N(),
        text="Cotação nº 88412: Seguro auto para HB20 2019 - R$ 2.190,00/ano em até 10x. Contrate online.",
    ),
    m(
        "118297",
        "2026-02-11 09:00",
        "Nuvia <ola@nuvia.com.br>",
        "Recebemos sua portabilidade de salário",
        N(),
        text="Oi Luana! Seu pedido de portabilidade de salário (empregador: NUVELO TECNOLOGIA LTDA) foi recebido e será concluído em até 10 dias úteis.",
    ),
    m(
        "118298",
        "2025-09-04 16:00",
        "Correios <naoresponda@correios.com.br>",
        "Objeto aguardando retirada",
        N(),
        text="O objeto QB447812339BR aguarda retirada na agência Trindade até 14/09.",
    ),
    m(
        "118299",
        "2025-10-31 17:00",
        "Centauro <ofertas@centauro.com.br>",
        "Oferta relâmpago: tênis de corrida",
        N(),
        html="<html><body><p>Só hoje: até 50% OFF em tênis de corrida.</p></body></html>",
    ),
    m(
        "118300",
        "2026-01-19 08:30",
        "Zoom <no-reply@zoom.us>",
        "Sua assinatura Zoom Pro foi cancelada",
        N(),
        text="Conforme solicitado, sua assinatura Zoom Pro foi cancelada. Você ainda pode usar o plano Basic.",
    ),
    m(
        "118301",
        "2025-09-03 12:10",
        "Thaís Moreira <thais.moreira@gmail.com>",
        "Re: mudança",
        N(),
        text="""Lu, consigo te ajudar com a mudança sábado de manhã sim! Levo a Fiorino do meu pai. 8h tá bom?

> Thá, vou mudar pro apê da Trindade dia 13, tu consegue me dar uma força?""",
    ),
    m(
        "118302",
        "2025-09-06 10:30",
        "Mercado Livre <compras@mercadolivre.com.br>",
        "Você comprou: Kit 10 caixas de papelão para mudança",
        N(),
        text="Compra aprovada. Chega amanhã.",
    ),
    m(
        "118303",
        "2025-09-10 19:45",
        "Vivo <naoresponda@vivo.com.br>",
        "Instalação da sua fibra agendada",
        N(),
        text="A instalação da Vivo Fibra na Rua Lauro Linhares, 1840, apto 203 está agendada para 12/09, entre 8h e 12h.",
    ),
    m(
        "118304",
        "2025-09-27 08:00",
        "Nuvia <ola@nuvia.com.br>",
        "Seu Pix de R$ 450,00 foi enviado",
        N(),
        text="Pix enviado para THAIS MOREIRA. Valor: R$ 450,00. Mensagem: mudança + gasolina.",
    ),
    m(
        "118305",
        "2025-10-06 21:10",
        "Meetup <info@meetup.com>",
        "Novo evento: UX Writers Floripa - happy hour",
        N(),
        html="<html><body><p>UX Writers Floripa marcou um happy hour no dia 14/10 no Armazém Vieira.</p></body></html>",
    ),
    m(
        "118306",
        "2025-10-13 07:45",
        "Clube de Remo Aldo Luz <secretaria@aldoluz.example.org.br>",
        "Mensalidade de outubro",
        N(),
        text="A mensalidade de outubro (R$ 180,00) vence dia 15. Pix: financeiro@aldoluz.example.org.br",
    ),
    m(
        "118307",
        "2025-10-18 18:00",
        "Glassdoor Comunidade <noreply@glassdoor.com>",
        "Salários de CSM em Florianópolis: veja o que mudou",
        N(),
        html="<html><body><p>Confira salários médios informados por profissionais de Customer Success em Florianópolis e compare com a sua remuneração.</p></body></html>",
    ),
    m(
        "118308",
        "2025-11-02 09:00",
        "Hospital Baía Sul <agendamento@baiasul.example.com.br>",
        "Consulta confirmada: dermatologia",
        N(),
        text="Consulta com Dr. Felipe Assunção confirmada para 06/11 às 15h20.",
        ics=ev(
            "baiasul-derma-1106",
            "2025-11-06 15:20",
            "Consulta dermatologia - Dr. Felipe",
            ("Hospital Baía Sul", "agendamento@baiasul.example.com.br"),
            30,
        ),
    ),
    m(
        "118309",
        "2025-11-10 14:00",
        "Mulheres em CS <eventos@mulheresemcs.com.br>",
        "Mentoria de carreira: inscrições abertas",
        N(),
        html="<html><body><p>Abrimos inscrições para o programa de mentoria de carreira em CS. Selecionaremos 30 mentoradas; o resultado sai em 05/12.</p></body></html>",
    ),
    m(
        "118310",
        "2025-11-18 11:00",
        "Rafaela Duarte <rafa.duarte88@gmail.com>",
        "ajuda com proposta de salário",
        N(),
        text="""Lu, me ajuda? O RH da agência mandou a proposta formal e o valor veio menor do que falaram na entrevista. Tu acha que eu devo negociar ou aceitar logo? Tô insegura.

Rafa""",
    ),
    m(
        "118311",
        "2025-11-21 08:00",
        "Sympla <naoresponda@sympla.com.br>",
        "Hoje é o dia! UX Floripa Conf 2025",
        N(),
        text="Seu ingresso está no app. Credenciamento a partir das 8h no CentroSul.",
    ),
    m(
        "118312",
        "2025-12-02 16:40",
        "Bruno Kowalski <bruno.kowalski@proton.me>",
        "Re: CV do meu primo",
        N(),
        text="""Lu, ele amou as dicas! Já mandou para três vagas. Te devo uma cerveja.

> Bruno, segue o CV com comentários. O resumo tava muito longo.""",
    ),
    m(
        "118313",
        "2025-12-08 10:00",
        "Banco Meridional <atendimento@bancomeridional.com.br>",
        "Solicitação de aumento de limite negada",
        N(),
        text="Olá, Luana. Informamos que, neste momento, não foi possível aprovar o aumento de limite solicitado. Você pode fazer uma nova solicitação em 90 dias.",
    ),
    m(
        "118314",
        "2025-12-11 09:30",
        "Polícia Federal - Passaporte <naoresponda@pf.gov.br>",
        "Passaporte pronto para retirada",
        N(),
        text="Seu passaporte está disponível para retirada no posto do Aeroporto Hercílio Luz.",
    ),
    m(
        "118315",
        "2025-12-19 19:00",
        "Thaís Moreira <thais.moreira@gmail.com>",
        "amigo secreto 🎁",
        N(),
        text="Gente, sorteio do amigo secreto feito! Valor até R$ 80. Confraternização dia 21 lá em casa no Campeche.",
    ),
    m(
        "118316",
        "2026-01-03 11:00",
        "Airbnb <automated@airbnb.com>",
        "Lembrete: sua viagem para a Guarda do Embaú é na próxima semana",
        N(),
        text="Check-in a partir das 14h. Endereço e instruções no app.",
    ),
    m(
        "118317",
        "2026-01-09 08:00",
        "Mercado Livre <compras@mercadolivre.com.br>",
        "Oferta do dia para você",
        N(),
        html="<html><body><p>Fone bluetooth com cancelamento de ruído com 35% OFF.</p></body></html>",
    ),
    m(
        "118318",
        "2026-01-21 10:10",
        "Clínica Medtrab Centro <agenda@medtrabcentro.com.br>",
        "Confirmação de agendamento - ASO",
        N(),
        text="Olá Luana Prestes Vieira, confirmamos seu agendamento de exame ocupacional para 28/01/2026 às 08:00. Venha em jejum de 4 horas.",
    ),
    m(
        "118319",
        "2026-01-27 19:00",
        "Meridional Corretora <invest@meridionalcorretora.com.br>",
        "Sua oferta pública: reserva confirmada",
        N(),
        text="Sua reserva de R$ 1.000,00 no CRA Agro Sul foi confirmada. A liquidação ocorre em 03/02.",
    ),
    m(
        "118320",
        "2026-02-01 09:00",
        "Google Agenda <calendar-notification@google.com>",
        "Lembrete: Primeiro dia na Nuvelo 🎉 - seg 2 de fev 2026 09:00",
        N(),
        text='Este é um lembrete do evento "Primeiro dia na Nuvelo 🎉" criado por você em sua agenda pessoal.',
    ),
    m(
        "118321",
        "2026-02-04 12:30",
        "Thaís Moreira <thais.moreira@gmail.com>",
        "e o trabalho novo??",
        N(),
        text="Conta tudo! Como foi a primeira semana? O pessoal é legal? Tem café bom?",
    ),
    m(
        "118322",
        "2026-02-09 15:00",
        "Smart Fit <contato@smartfit.com.br>",
        "Sentimos sua falta!",
        N(),
        html="<html><body><p>Faz 3 semanas que você não treina. Volta pra gente?</p></body></html>",
    ),
    m(
        "118323",
        "2026-02-17 10:45",
        "Booking.com <noreply@booking.com>",
        "Sua reserva em Porto Alegre está confirmada",
        N(),
        text="Hotel Moinhos Centro - 05 a 07/03. Número de confirmação 4471.882.113.",
    ),
    m(
        "118324",
        "2026-02-23 20:00",
        "Receita Federal <naoresponda@receita.fazenda.gov.br>",
        "IRPF 2026: prazo de entrega",
        N(),
        text="O prazo para entrega da Declaração de Ajuste Anual do IRPF 2026 vai de 16/03 a 29/05. Use a declaração pré-preenchida.",
    ),
    m(
        "118325",
        "2025-10-28 21:30",
        "Síndico Residencial Jacarandá <sindico.jacaranda@gmail.com>",
        "Ata da assembleia - portaria remota aprovada",
        N(),
        text="Segue a ata. Aprovada a portaria remota a partir de dezembro. Cada morador receberá a tag de acesso.",
    ),
    m(
        "118326",
        "2025-12-30 18:00",
        "Mulheres em CS <newsletter@mulheresemcs.com.br>",
        "Vagas da comunidade: edição de fim de ano",
        N(),
        html="<html><body><p>Bônus de fim de ano: a comunidade compartilhou 14 vagas de CS e Suporte, incluindo posições remotas. Acesse o mural no Discord.</p></body></html>",
    ),
    m(
        "118327",
        "2026-01-24 10:00",
        "Mãe <sonia.prestes@hotmail.com>",
        "Re: ACEITEI",
        N(),
        text="""Minha filha que orgulho!!! Seu pai já contou pra rua inteira kkkk. Deus abençoe esse novo emprego.

> Mãe, aceitei a proposta da Nuvelo! Começo dia 2 de fevereiro.""",
    ),
    m(
        "118328",
        "2025-09-16 20:20",
        "Duolingo <hello@duolingo.com>",
        "Não perca sua ofensiva de 212 dias! 🦉",
        N(),
        text="Uma lição rapidinha mantém sua ofensiva.",
    ),
    m(
        "118329",
        "2025-11-25 07:00",
        "The News <newsletter@thenewscc.example.com.br>",
        "☕ Bom dia! Layoffs e contratações no fim do ano",
        N(),
        html="<html><body><p>Fintechs anunciam cortes, enquanto SaaS do Sul seguem contratando. E: entrevista com a CEO de uma unicórnio catarinense.</p></body></html>",
    ),
    m(
        "118330",
        "2026-02-25 12:00",
        "Unimed Grande Florianópolis <naoresponda@unimedflorianopolis.com.br>",
        "Sua carteirinha digital está disponível",
        N(),
        text="Baixe o app Unimed Cliente para acessar sua carteirinha digital.",
    ),
]
