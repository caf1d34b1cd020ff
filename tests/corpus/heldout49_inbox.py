# ruff: noqa: E501  (hand-written mail keeps the line lengths its senders would use)
"""Corpus 49 data: the rest of Rafael's inbox, with look-alikes on purpose (see heldout49.py)."""

from __future__ import annotations

import re
from typing import Any

_IDS: dict[str, str] = {}


def n(
    key: str,
    date: str,
    frm: str,
    subject: str,
    text: str | None = None,
    html: str | None = None,
    lang: str = "pt",
    re_: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    dom = re.search(r"@([\w.-]+)", frm).group(1)
    mid = f"<{key}.{re.sub(r'[^0-9]', '', date)[:12]}@{dom}>"
    _IDS[key] = mid
    spec: dict[str, Any] = {
        "id": mid,
        "date": date,
        "from": frm,
        "subject": subject,
        "t": ("not_job", lang),
    }
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    if re_:
        spec["In-Reply-To"] = _IDS[re_]
        spec["References"] = _IDS[re_]
    spec.update(kw)
    return spec


MAIL: list[dict[str, Any]] = [
    # --- look-alikes -----------------------------------------------------------------------------
    n(
        "cc-1",
        "2025-10-04 10:00:00 -0300",
        "Banco Andorinha <comunicacao@andorinha-email.com.br>",
        "Rafael, sua proposta de cartão foi pré-aprovada 💳",
        html="""<html><body><h2>Sua proposta está pronta, Rafael!</h2><p>O cartão Andorinha Platinum com anuidade zero e 1,5 ponto por dólar foi pré-aprovado para você. Limite inicial de até R$ 12.000.</p><p><a href="https://andorinha.com.br/cartao/proposta">Ver minha proposta</a></p><p style="font-size:10px">Sujeito a análise de crédito.</p></body></html>""",
    ),
    n(
        "cc-2",
        "2025-10-09 08:12:00 -0300",
        "Banco Andorinha <comunicacao@andorinha-email.com.br>",
        "Última chance: aceite sua proposta até domingo",
        html="""<html><body><p>Rafael, sua proposta do cartão Andorinha Platinum expira no domingo. Aceite em 2 minutos pelo app.</p></body></html>""",
    ),
    n(
        "alug-1",
        "2025-10-14 16:30:00 -0300",
        "QuintoLar <nao-responda@quintolar.com.br>",
        "Análise de cadastro aprovada! 🏠",
        text="""Oi Rafael,

Boa notícia: sua análise de cadastro para o apartamento na Rua Cardeal Arcoverde, 1200 (Pinheiros)
foi aprovada! A garantia escolhida foi o seguro-fiança.

Próximo passo: revisar e assinar o contrato de locação digitalmente. O proprietário já aceitou
sua proposta de R$ 3.450 + condomínio.

Equipe QuintoLar
""",
    ),
    n(
        "alug-2",
        "2025-10-17 11:00:00 -0300",
        "QuintoLar <nao-responda@quintolar.com.br>",
        "Contrato assinado - próximos passos da mudança",
        text="""Rafael, contrato assinado por todas as partes! A vistoria de entrada está marcada para
25/10 às 10h. As chaves serão entregues no mesmo dia.

Equipe QuintoLar
""",
    ),
    n(
        "pos-1",
        "2025-10-21 09:00:00 -0300",
        "Secretaria Pós-Graduação <posgrad@fiap-sul.edu.br>",
        "Inscrição confirmada - MBA em Engenharia de Dados e IA",
        text="""Prezado(a) Rafael Nogueira Tanaka,

Confirmamos sua inscrição no processo seletivo do MBA em Engenharia de Dados e IA (turma
março/2026). A entrevista de admissão com a coordenação será agendada por telefone.

Documentos pendentes: diploma de graduação e RG.

Secretaria Acadêmica - Instituto Paulista de Tecnologia
""",
    ),
    n(
        "pos-2",
        "2025-11-06 14:00:00 -0300",
        "Secretaria Pós-Graduação <posgrad@fiap-sul.edu.br>",
        "Resultado do processo seletivo - MBA",
        text="""Parabéns, Rafael! Você foi aprovado no processo seletivo do MBA em Engenharia de Dados e
IA. Para garantir sua vaga, realize a matrícula até 20/11 com 15% de desconto.

Secretaria Acadêmica
""",
    ),
    n(
        "news-1",
        "2025-10-23 07:00:00 -0300",
        "Dados na Veia <newsletter@dadosnaveia.substack.com>",
        "Entrevista: como a Cardume migrou 2 PB para o lakehouse",
        html="""<html><body><h1>Dados na Veia #87</h1><p>Nesta edição, uma <b>entrevista</b> com a Letícia Amaral, staff engineer na Cardume, sobre a migração de 2 PB para Iceberg, os erros que cometeram e o que fariam diferente.</p><p>Também: o mercado de dados está contratando de novo? Os números de vagas do trimestre.</p><p><a href="https://dadosnaveia.substack.com/p/87">Ler no Substack</a></p></body></html>""",
    ),
    n(
        "news-2",
        "2025-11-20 07:00:00 -0300",
        "Dados na Veia <newsletter@dadosnaveia.substack.com>",
        "As perguntas de entrevista técnica que ninguém deveria fazer",
        html="""<html><body><h1>Dados na Veia #91</h1><p>Conversei com 12 tech leads sobre como eles conduzem entrevistas técnicas. Spoiler: leetcode está saindo de moda.</p><p>Mais: dbt 1.10, DuckDB na borda e uma vaga ou outra no fim.</p></body></html>""",
    ),
    n(
        "meetup-1",
        "2025-10-27 12:00:00 -0300",
        "Meetup <info@meetup.com>",
        "Novo evento: Kafka SP #34 - Exactly-once na prática",
        text="""Kafka SP anunciou um novo evento

Kafka SP #34 - Exactly-once na prática
Quinta, 13 de novembro de 2025, 19:00
Auditório Cubo Itaú-like, Vila Olímpia

3 palestras + pizza. Vagas limitadas.
RSVP: https://www.meetup.com/kafka-sp/events/311200442/
""",
    ),
    n(
        "meetup-2",
        "2025-11-06 18:00:00 -0300",
        "Kafka SP <info@meetup.com>",
        "Você confirmou presença: Kafka SP #34",
        text="""Tudo certo, Rafael! Você vai ao Kafka SP #34 - Exactly-once na prática.
Adicione à sua agenda (convite anexo).
""",
        ics={
            "start": "2025-11-13 19:00:00 -0300",
            "minutes": 150,
            "organizer": ("Kafka SP", "info@meetup.com"),
            "uid": "event_311200442@meetup.com",
            "summary": "Kafka SP #34 - Exactly-once na prática",
            "location": "Vila Olímpia, São Paulo",
        },
    ),
    n(
        "web-1",
        "2025-11-25 10:00:00 -0300",
        "Databricks Brasil <events@databricks.com>",
        "Convite: Webinar Lakehouse para Serviços Financeiros",
        html="""<html><body><p>Olá Rafael,</p><p>Junte-se a nós no webinar <b>Lakehouse para Serviços Financeiros</b> em 03/12 às 11h. Cases de bancos brasileiros, governança e IA.</p><p>O convite está anexado para sua agenda.</p></body></html>""",
        ics={
            "start": "2025-12-03 11:00:00 -0300",
            "minutes": 60,
            "style": "outlook",
            "organizer": ("Databricks Events", "events@databricks.com"),
            "uid": "dbx-webinar-fsi-1203",
            "summary": "Webinar: Lakehouse para Serviços Financeiros",
            "location": "Online",
        },
    ),
    n(
        "curso-1",
        "2025-11-28 09:00:00 -0300",
        "Alura <contato@alura.com.br>",
        "Black Friday: oferta imperdível de 40% na assinatura",
        html="""<html><body><h1>Oferta Black Friday</h1><p>Rafael, só até segunda: 40% de desconto no plano anual. Mais de 1.500 cursos de programação, dados e IA.</p><p><a href="https://www.alura.com.br/black-friday">Quero a oferta</a></p></body></html>""",
    ),
    n(
        "curso-2",
        "2025-12-01 20:00:00 -0300",
        "Udemy <no-reply@e.udemy.com>",
        "Rafael, ofertas de Cyber Monday em cursos de Kubernetes",
        html="""<html><body><p>Cursos a partir de R$ 27,90. A oferta termina hoje à meia-noite.</p><ul><li>Kubernetes do zero ao avançado</li><li>Terraform para AWS</li></ul></body></html>""",
    ),
    n(
        "amigo-ind-1",
        "2025-11-03 21:10:00 -0300",
        "Diego Matsumoto <diego.matsumoto@gmail.com>",
        "me indica aí? rs",
        text="""Fala Rafa!

Vi que abriu vaga de QA no teu antigo time na Cardume. Você ainda tem contato com alguém lá?
Se puder me dar uma indicação eu agradeço demais, tô há 4 meses procurando.

CV em anexo caso ajude. Valeu mano!
Diego
""",
        attach=[("CV_Diego_Matsumoto.pdf", "application/pdf", "%PDF-1.4 cv diego")],
    ),
    n(
        "amigo-ind-2",
        "2025-11-05 08:40:00 -0300",
        "Diego Matsumoto <diego.matsumoto@gmail.com>",
        "Re: me indica aí? rs",
        re_="amigo-ind-1",
        text="""valeu demais Rafa!!! te devo uma cerveja 🍻

Em ter., 4 de nov. de 2025 às 22:03, Rafael escreveu:
> Mandei seu CV pra Paula, ela é gestora lá. Falei bem de você hein haha
""",
    ),
    n(
        "li-social-1",
        "2025-10-12 09:00:00 -0300",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Parabenize Bianca Okimoto pelo novo emprego",
        text="""Bianca Okimoto começou um novo cargo como Staff Engineer na Cardume.

Dê os parabéns: https://www.linkedin.com/feed/update/urn:li:activity:7381
""",
    ),
    n(
        "li-social-2",
        "2025-11-16 09:30:00 -0300",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Rafael, você apareceu em 34 pesquisas esta semana",
        text="""Seu perfil apareceu em 34 pesquisas

Você foi encontrado por pessoas que trabalham em: Bancos, Serviços Financeiros, Software.
Veja quem pesquisou: https://www.linkedin.com/me/search-appearances
""",
    ),
    n(
        "li-social-3",
        "2025-12-14 10:10:00 -0300",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Thiago Albuquerque comentou na sua publicação",
        text="""Thiago Albuquerque comentou: "Excelente post sobre outbox pattern! Salvei aqui."

Ver comentário: https://www.linkedin.com/feed/
""",
    ),
    n(
        "li-social-4",
        "2026-01-05 09:00:00 -0300",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Parabéns pelo novo emprego, Rafael! 🎉 12 pessoas reagiram",
        text="""Sua atualização "Começando um novo cargo como Engenheiro Backend Sênior na Moeda Viva" teve
12 reações e 5 comentários.
""",
    ),
    n(
        "rh-news",
        "2025-12-05 08:00:00 -0300",
        "RH Pra Você <news@rhpravoce.com.br>",
        "Contratações em tecnologia devem crescer 18% em 2026",
        html="""<html><body><h2>Boletim RH Pra Você</h2><p>Empresas de tecnologia planejam ampliar o quadro em 2026, segundo pesquisa com 400 gestores. Fintechs lideram as contratações; salários de engenheiros de dados sobem 9%.</p><p>Leia também: como conduzir um processo seletivo mais humano.</p></body></html>""",
    ),
    n(
        "vol-1",
        "2025-12-18 19:00:00 -0300",
        "ONG Código Aberto <contato@codigoabertoong.org.br>",
        "Sua inscrição como mentor voluntário foi recebida",
        text="""Oi Rafael! Obrigada por se inscrever como mentor voluntário no programa Primeira Linha de
Código 2026. Vamos analisar as candidaturas e em janeiro enviamos o resultado e a agenda de
formação.

Equipe Código Aberto
""",
    ),
    n(
        "tdc-cfp",
        "2025-10-30 10:00:00 -0300",
        "TDC <cfp@thedevconf.com.br>",
        "Sua palestra foi aprovada no TDC Future 2025",
        text="""Olá Rafael! Parabéns, a palestra "Consumidores Kafka idempotentes sem dor" foi aprovada na
trilha Arquitetura do TDC Future. Confirme sua presença até 05/11.
""",
    ),
]

_P = [
    (
        "nu-fatura",
        "2025-10-05 07:30:00 -0300",
        "Banco Andorinha <faturas@andorinha-email.com.br>",
        "Sua fatura de outubro fechou: R$ 2.318,44",
        "Olá Rafael, sua fatura fechou. Vencimento 12/10. Pague pelo app ou com o código de barras anexo.",
    ),
    (
        "ifood-1",
        "2025-10-05 20:41:00 -0300",
        "iFood <pedidos@ifood.com.br>",
        "Seu pedido foi entregue 🍕",
        "Pedido #8841 da Pizzaria Bella Mooca entregue. Avalie sua experiência.",
    ),
    (
        "mae-1",
        "2025-10-06 12:15:00 -0300",
        "Keiko Tanaka <keikotanaka58@yahoo.com.br>",
        "almoço domingo",
        "Filho, domingo vai ter almoço aqui, sua tia Emiko vem de Mogi. Traz aquele pudim da padaria? Beijos, mãe",
    ),
    (
        "uber-1",
        "2025-10-07 23:10:00 -0300",
        "Uber Receipts <noreply@uber.com>",
        "Sua viagem de terça à noite com a Uber",
        "Total: R$ 28,90. Pinheiros → Vila Mariana. Obrigado por viajar com a Uber.",
    ),
    (
        "ml-1",
        "2025-10-08 15:00:00 -0300",
        "Mercado Livre <info@mercadolivre.com.br>",
        "Seu pacote chega amanhã",
        "O teclado mecânico Keychron K2 está a caminho. Previsão: 09/10.",
    ),
    (
        "github-1",
        "2025-10-08 16:20:00 -0300",
        "GitHub <noreply@github.com>",
        "[rafaeltanaka/kafka-outbox] New issue: Support for Postgres 17 (#42)",
        "@joaolima opened this issue: Getting an error when running the migrations on PG17...",
    ),
    (
        "sabesp",
        "2025-10-10 09:00:00 -0300",
        "Conta Digital Águas <conta@aguaspaulistas.com.br>",
        "Sua conta de água chegou",
        "Referência 09/2025. Valor: R$ 96,12. Vencimento 20/10.",
    ),
    (
        "spotify-1",
        "2025-10-11 10:00:00 -0300",
        "Spotify <no-reply@spotify.com>",
        "Seu recibo do Spotify",
        "Premium Individual - R$ 21,90. Obrigado!",
    ),
    (
        "irmao-1",
        "2025-10-11 18:30:00 -0300",
        "Kenji Tanaka <kenji.tanaka@outlook.com>",
        "fotos da viagem",
        "Rafa, subi as fotos de Ilhabela no drive. Tem umas suas dormindo na balsa kkkk https://photos.app.goo.gl/xyz",
    ),
    (
        "gympass-1",
        "2025-10-13 07:00:00 -0300",
        "Wellhub <noreply@wellhub.com>",
        "Seu plano foi renovado",
        "Plano Silver renovado. Valor debitado: R$ 149,90.",
    ),
    (
        "github-2",
        "2025-10-15 09:10:00 -0300",
        "GitHub <noreply@github.com>",
        "[rafaeltanaka/kafka-outbox] PR #43 merged",
        "Merged #43 into main. Add PG17 to CI matrix.",
    ),
    (
        "ifood-2",
        "2025-10-18 21:00:00 -0300",
        "iFood <pedidos@ifood.com.br>",
        "Pedido confirmado - Temakeria Liberdade",
        "Seu pedido está sendo preparado. Tempo estimado: 40-50 min.",
    ),
    (
        "aws-1",
        "2025-10-02 05:00:00 -0300",
        "Amazon Web Services <aws-billing@amazon.com>",
        "AWS Billing Statement Available [Account: 4412****]",
        "Your AWS bill for September 2025 is USD 4.82.",
    ),
    (
        "condo-1",
        "2025-10-20 14:00:00 -0300",
        "Administradora Predial Sampa <avisos@predialsampa.com.br>",
        "Comunicado: manutenção do elevador",
        "Prezados moradores, na quinta-feira o elevador social ficará parado das 9h às 15h.",
    ),
    (
        "latam-1",
        "2025-10-22 11:00:00 -0300",
        "LATAM Airlines <latam@info.latam.com>",
        "Confirmação de compra - GRU → FLN",
        "Reserva LXQ8PZ. Ida 14/11 07:05. Volta 17/11 20:40. Passageiro: RAFAEL NOGUEIRA TANAKA.",
    ),
    (
        "airbnb-1",
        "2025-10-22 11:40:00 -0300",
        "Airbnb <automated@airbnb.com>",
        "Reserva confirmada em Florianópolis",
        "Você vai para Lagoa da Conceição! Check-in 14/11. Anfitriã: Renata.",
    ),
    (
        "renata-1",
        "2025-10-29 10:00:00 -0300",
        "Renata Schmitt <renataschmitt.floripa@gmail.com>",
        "Check-in Lagoa",
        "Oi Rafael! A chave fica no cofre, código 4471. Wi-fi: Lagoa2025. Qualquer coisa me chama no zap.",
    ),
    (
        "nf-1",
        "2025-10-24 13:00:00 -0300",
        "Kabum <nfe@kabum.com.br>",
        "Nota fiscal eletrônica - Pedido 99120331",
        'Segue em anexo a NF-e do seu pedido (monitor 27").',
    ),
    (
        "mae-2",
        "2025-10-26 19:50:00 -0300",
        "Keiko Tanaka <keikotanaka58@yahoo.com.br>",
        "Re: almoço domingo",
        "Adorei o pudim! Leva o pote de volta semana que vem. Como foram as entrevistas? Beijo",
    ),
    (
        "mudanca",
        "2025-10-24 10:00:00 -0300",
        "Mudanças Rápidas <orcamento@mudancasrapidas.com.br>",
        "Orçamento de mudança - Pinheiros",
        "Conforme visita técnica, o orçamento é R$ 1.850,00 com embalagem. Data: 25/10, 8h.",
    ),
    (
        "vivo-1",
        "2025-10-25 08:00:00 -0300",
        "Claro Fibra <fatura@clarofibra-email.com.br>",
        "Instalação agendada: Internet 600 Mega",
        "Olá Rafael, a instalação no novo endereço está agendada para 27/10 entre 8h e 12h.",
    ),
    (
        "github-3",
        "2025-11-01 12:00:00 -0300",
        "GitHub <noreply@github.com>",
        "Your GitHub Sponsors payout",
        "You received USD 15.00 from 3 sponsors in October.",
    ),
    (
        "nu-fatura2",
        "2025-11-05 07:30:00 -0300",
        "Banco Andorinha <faturas@andorinha-email.com.br>",
        "Fatura de novembro disponível",
        "Valor: R$ 3.901,20 (inclui parcelas da mudança). Vencimento 12/11.",
    ),
    (
        "gov-1",
        "2025-11-07 10:00:00 -0300",
        "Receita Federal <naoresponda@receita.fazenda.gov.br>",
        "Abertura de CNPJ MEI deferida",
        "Seu CNPJ 58.221.904/0001-12 foi registrado. Atividade: desenvolvimento de software.",
    ),
    (
        "contador-1",
        "2025-11-10 11:20:00 -0300",
        "Contabilizei <atendimento@contabilizei.com.br>",
        "Bem-vindo! Vamos migrar seu MEI para ME?",
        "Olá Rafael, para faturar acima do limite do MEI como PJ, recomendamos abrir uma ME no Simples. Agende uma conversa com seu contador.",
    ),
    (
        "ifood-3",
        "2025-11-09 13:00:00 -0300",
        "iFood <pedidos@ifood.com.br>",
        "Cupom de R$ 15 pra você",
        "Só hoje: R$ 15 off em pedidos acima de R$ 40.",
    ),
    (
        "github-4",
        "2025-11-12 17:40:00 -0300",
        "GitHub <noreply@github.com>",
        "[rafaeltanaka/kafka-outbox] Release v0.4.0 published",
        "Release notes: idempotency keys, metrics, Go 1.25.",
    ),
    (
        "latam-2",
        "2025-11-13 09:00:00 -0300",
        "LATAM Airlines <latam@info.latam.com>",
        "Faça seu check-in - voo LA3302",
        "Seu voo GRU → FLN sai amanhã às 07:05. Check-in já disponível.",
    ),
    (
        "irmao-2",
        "2025-11-15 22:00:00 -0300",
        "Kenji Tanaka <kenji.tanaka@outlook.com>",
        "Re: fotos da viagem",
        "E aí, curtindo Floripa? Manda foto da lagoa!",
    ),
    (
        "uber-2",
        "2025-11-17 21:50:00 -0300",
        "Uber Receipts <noreply@uber.com>",
        "Sua viagem de segunda à noite com a Uber",
        "Total: R$ 54,10. Aeroporto GRU → Pinheiros.",
    ),
    (
        "condo-2",
        "2025-11-18 09:00:00 -0300",
        "Administradora Predial Sampa <avisos@predialsampa.com.br>",
        "Boleto do condomínio - novembro",
        "Valor: R$ 812,00. Vencimento 10/12.",
    ),
    (
        "spotify-2",
        "2025-11-11 10:00:00 -0300",
        "Spotify <no-reply@spotify.com>",
        "Seu recibo do Spotify",
        "Premium Individual - R$ 21,90. Renovado em 11/11.",
    ),
    (
        "amiga-1",
        "2025-11-22 16:00:00 -0300",
        "Carolina Vidal <carolvidal@hotmail.com>",
        "churras sábado 29?",
        "Gente, churras lá em casa sábado 29 a partir das 13h. Cada um leva uma bebida. Rafa, leva o violão!",
    ),
    (
        "amiga-2",
        "2025-11-23 09:10:00 -0300",
        "Carolina Vidal <carolvidal@hotmail.com>",
        "Re: churras sábado 29?",
        "Confirmados até agora: Rafa, Diego, Lu, Paulinho. Vou fazer a lista do mercado.",
    ),
    (
        "ml-2",
        "2025-11-26 18:00:00 -0300",
        "Mercado Livre <info@mercadolivre.com.br>",
        "Ofertas da Black Friday que você favoritou",
        "A cadeira ergonômica que você salvou está 35% off.",
    ),
    (
        "nu-fatura3",
        "2025-12-05 07:30:00 -0300",
        "Banco Andorinha <faturas@andorinha-email.com.br>",
        "Sua fatura de dezembro fechou",
        "Valor: R$ 1.744,03. Vencimento 12/12.",
    ),
    (
        "aws-2",
        "2025-12-02 05:00:00 -0300",
        "Amazon Web Services <aws-billing@amazon.com>",
        "AWS Billing Statement Available [Account: 4412****]",
        "Your AWS bill for November 2025 is USD 6.11.",
    ),
    (
        "notebook",
        "2025-12-03 14:00:00 -0300",
        "Transportadora Veloz <rastreio@veloztransportes.com.br>",
        "Sua encomenda saiu para entrega",
        "Remetente: MVX Instituição de Pagamento. Objeto VZ77310BR saiu para entrega.",
    ),
    (
        "mae-3",
        "2025-12-08 20:00:00 -0300",
        "Keiko Tanaka <keikotanaka58@yahoo.com.br>",
        "primeiro dia",
        "Como foi o primeiro dia no trabalho novo filho? Seu pai tá todo orgulhoso. Beijo",
    ),
    (
        "github-5",
        "2025-12-10 11:00:00 -0300",
        "GitHub <noreply@github.com>",
        "[rafaeltanaka/kafka-outbox] New discussion: Roadmap 2026",
        "@marinafx started a discussion: Would love exactly-once sinks for ClickHouse...",
    ),
    (
        "natal-1",
        "2025-12-12 12:00:00 -0300",
        "Carolina Vidal <carolvidal@hotmail.com>",
        "amigo secreto 🎁",
        "Sorteio feito! Abre o link pra ver quem você tirou: https://amigosecreto.app/s/88kq. Valor: até R$ 100.",
    ),
    (
        "ifood-4",
        "2025-12-13 20:20:00 -0300",
        "iFood <pedidos@ifood.com.br>",
        "Seu pedido foi entregue",
        "Pedido #9921 - Hamburgueria Augusta. Bom apetite!",
    ),
    (
        "condo-3",
        "2025-12-15 09:00:00 -0300",
        "Administradora Predial Sampa <avisos@predialsampa.com.br>",
        "Assembleia ordinária - convocação",
        "Convocamos para assembleia em 18/12 às 19h30 no salão de festas. Pauta: orçamento 2026.",
    ),
    (
        "gov-2",
        "2025-12-16 10:00:00 -0300",
        "Prefeitura de São Paulo <nfse@prefeitura.sp.gov.br>",
        "NFS-e emitida - nº 000001",
        "Nota fiscal de serviço eletrônica emitida para MVX Instituição de Pagamento S.A. Valor R$ 24.500,00.",
    ),
    (
        "spotify-3",
        "2025-12-11 10:00:00 -0300",
        "Spotify <no-reply@spotify.com>",
        "Sua retrospectiva 2025 chegou 🎧",
        "Você ouviu 48.211 minutos este ano. Seu artista mais ouvido: Tim Maia.",
    ),
    (
        "latam-3",
        "2025-12-17 11:00:00 -0300",
        "LATAM Airlines <latam@info.latam.com>",
        "Confirmação de compra - GRU → CWB",
        "Reserva PQ2HHA. Ida 26/12 09:10 para Curitiba. Volta 02/01.",
    ),
    (
        "irmao-3",
        "2025-12-20 19:00:00 -0300",
        "Kenji Tanaka <kenji.tanaka@outlook.com>",
        "natal em curitiba",
        "Vó pediu pra você levar o jogo de go. Chega dia 26 né?",
    ),
    (
        "nu-fatura4",
        "2026-01-05 07:30:00 -0300",
        "Banco Andorinha <faturas@andorinha-email.com.br>",
        "Sua fatura de janeiro fechou",
        "Valor: R$ 4.012,77. Vencimento 12/01.",
    ),
    (
        "ipva",
        "2026-01-08 09:00:00 -0300",
        "Secretaria da Fazenda SP <naoresponda@fazenda.sp.gov.br>",
        "IPVA 2026 - valores disponíveis",
        "O IPVA 2026 do veículo placa FRT-2J81 está disponível. Cota única com 3% de desconto até 13/01.",
    ),
    (
        "aws-3",
        "2026-01-02 05:00:00 -0300",
        "Amazon Web Services <aws-billing@amazon.com>",
        "AWS Billing Statement Available [Account: 4412****]",
        "Your AWS bill for December 2025 is USD 5.37.",
    ),
    (
        "github-6",
        "2026-01-09 15:00:00 -0300",
        "GitHub <noreply@github.com>",
        "[rafaeltanaka/kafka-outbox] CI failed on main",
        "Run #212 failed: test_consumer_rebalance (flaky).",
    ),
    (
        "contador-2",
        "2026-01-12 10:00:00 -0300",
        "Contabilizei <atendimento@contabilizei.com.br>",
        "DAS de janeiro disponível",
        "Guia do Simples Nacional: R$ 1.470,00. Vencimento 20/01.",
    ),
    (
        "wellhub-2",
        "2026-01-13 07:00:00 -0300",
        "Wellhub <noreply@wellhub.com>",
        "Você treinou 14 vezes em dezembro 💪",
        "Continue assim! Novas academias perto de você em Pinheiros.",
    ),
    (
        "amiga-3",
        "2026-01-15 12:00:00 -0300",
        "Luana Ferraz <lu.ferraz@gmail.com>",
        "carona pro casamento da Bia",
        "Rafa, você vai de carro pro casamento em Campinas dia 7/2? Posso ir junto?",
    ),
    (
        "casamento",
        "2026-01-16 10:00:00 -0300",
        "Bia & Gui <casamento.biaegui@gmail.com>",
        "Confirmação de presença - Casamento Bia & Gui",
        "Oi Rafael! Confirme sua presença até 20/01 no site: https://biaegui.casar.com/rsvp. Traje: esporte fino.",
    ),
    (
        "ifood-5",
        "2026-01-17 21:30:00 -0300",
        "iFood <pedidos@ifood.com.br>",
        "Seu pedido foi entregue",
        "Pedido #10288 - Restaurante Sushi Kenzo. Avalie!",
    ),
    (
        "nu-fatura5",
        "2026-02-05 07:30:00 -0300",
        "Banco Andorinha <faturas@andorinha-email.com.br>",
        "Fatura de fevereiro disponível",
        "Valor: R$ 2.201,90. Vencimento 12/02.",
    ),
    (
        "aws-4",
        "2026-02-02 05:00:00 -0300",
        "Amazon Web Services <aws-billing@amazon.com>",
        "AWS Billing Statement Available [Account: 4412****]",
        "Your AWS bill for January 2026 is USD 4.90.",
    ),
    (
        "condo-4",
        "2026-02-03 09:00:00 -0300",
        "Administradora Predial Sampa <avisos@predialsampa.com.br>",
        "Obras na fachada a partir de 09/02",
        "Informamos que a pintura da fachada começa dia 09/02. Mantenham as janelas fechadas.",
    ),
    (
        "carnaval",
        "2026-02-10 18:00:00 -0300",
        "Diego Matsumoto <diego.matsumoto@gmail.com>",
        "bloco sábado!!",
        "Rafa, bora no bloco da Vila Madalena sábado? Concentração 10h. PS: comecei na Cardume semana passada, valeu pela força!!",
    ),
    (
        "github-7",
        "2026-02-12 10:00:00 -0300",
        "GitHub <noreply@github.com>",
        "[rafaeltanaka/kafka-outbox] New issue: Docs typo (#57)",
        "@newcontrib opened: The README says 'idempotente' in the English section.",
    ),
    (
        "mae-4",
        "2026-02-14 19:00:00 -0300",
        "Keiko Tanaka <keikotanaka58@yahoo.com.br>",
        "aniversário do seu pai",
        "Dia 22 é aniversário do seu pai. Vamos jantar no Liberdade, reservei pra 8 pessoas.",
    ),
    (
        "latam-4",
        "2026-02-18 11:00:00 -0300",
        "LATAM Airlines <latam@info.latam.com>",
        "Ganhe pontos em dobro no Carnaval",
        "Só até domingo: compre passagens e ganhe pontos em dobro.",
    ),
    (
        "ifood-6",
        "2026-02-21 20:00:00 -0300",
        "iFood <pedidos@ifood.com.br>",
        "Pedido confirmado - Padaria Bella Paulista",
        "Seu pedido está sendo preparado.",
    ),
    (
        "nu-fatura6",
        "2026-03-05 07:30:00 -0300",
        "Banco Andorinha <faturas@andorinha-email.com.br>",
        "Sua fatura de março fechou",
        "Valor: R$ 1.933,10. Vencimento 12/03.",
    ),
    (
        "aws-5",
        "2026-03-02 05:00:00 -0300",
        "Amazon Web Services <aws-billing@amazon.com>",
        "AWS Billing Statement Available [Account: 4412****]",
        "Your AWS bill for February 2026 is USD 5.02.",
    ),
    (
        "irpf",
        "2026-03-09 10:00:00 -0300",
        "Contabilizei <atendimento@contabilizei.com.br>",
        "Declaração de IR 2026: envie seus documentos",
        "Rafael, o prazo do IRPF começa dia 16/03. Envie informes de rendimentos até 31/03.",
    ),
    (
        "irmao-4",
        "2026-03-11 22:00:00 -0300",
        "Kenji Tanaka <kenji.tanaka@outlook.com>",
        "Re: aniversário",
        "Valeu por organizar o presente do pai! Te passo minha parte no pix amanhã.",
    ),
    (
        "condo-5",
        "2026-03-16 09:00:00 -0300",
        "Administradora Predial Sampa <avisos@predialsampa.com.br>",
        "Boleto do condomínio - março",
        "Valor: R$ 812,00. Vencimento 10/04.",
    ),
    (
        "wellhub-3",
        "2026-03-20 07:00:00 -0300",
        "Wellhub <noreply@wellhub.com>",
        "Novidade: aulas de yoga online",
        "Agora seu plano Silver inclui aulas ao vivo de yoga e pilates.",
    ),
    (
        "github-8",
        "2026-03-24 16:00:00 -0300",
        "GitHub <noreply@github.com>",
        "[rafaeltanaka/kafka-outbox] Release v0.5.0 published",
        "Release notes: ClickHouse sink (thanks @marinafx!).",
    ),
]

MAIL += [n(k, d, f, s, text=t + "\n") for k, d, f, s, t in _P]

_Q = [
    (
        "nubank-pix1",
        "2025-10-03 13:20:00 -0300",
        "Banco Andorinha <avisos@andorinha-email.com.br>",
        "Pix recebido: R$ 350,00",
        "Você recebeu um Pix de KENJI TANAKA. Mensagem: metade do presente da mãe",
    ),
    (
        "stack-1",
        "2025-10-04 09:00:00 -0300",
        "Stack Overflow <do-not-reply@stackoverflow.email>",
        "Your answer was accepted",
        "Your answer on 'How to make a Kafka consumer idempotent with Postgres' was accepted. +15 reputation.",
    ),
    (
        "yt-1",
        "2025-10-06 19:00:00 -0300",
        "YouTube <noreply@youtube.com>",
        "Fabio Akita enviou um novo vídeo",
        "Novo vídeo: 'Por que sua arquitetura de microsserviços é um monolito distribuído'.",
    ),
    (
        "medium-1",
        "2025-10-08 08:00:00 -0300",
        "Medium Daily Digest <noreply@medium.com>",
        "Designing Data-Intensive Pipelines in 2025 | Kenzo Arai",
        "Today's highlights: Designing Data-Intensive Pipelines in 2025; Why we left Airflow; Go generics, two years later.",
    ),
    (
        "drogasil-1",
        "2025-10-09 18:00:00 -0300",
        "Drogaria Paulista Online <pedidos@drogariapaulista.com.br>",
        "Pedido enviado",
        "Seu pedido #55120 (protetor solar, vitamina D) foi enviado.",
    ),
    (
        "bradesco-seg",
        "2025-10-12 10:00:00 -0300",
        "Auto Seguro Fácil <contato@autosegurofacil.com.br>",
        "Cotação do seu seguro auto",
        "Rafael, a cotação para seu HB20 2019 ficou em 12x de R$ 189,00. Oferta válida por 7 dias.",
    ),
    (
        "dentista-1",
        "2025-10-13 09:00:00 -0300",
        "Clínica Sorriso Pinheiros <agenda@sorrisopinheiros.com.br>",
        "Lembrete: consulta dia 16/10 às 8h",
        "Olá Rafael, lembramos da sua consulta de limpeza com a Dra. Akemi. Responda SIM para confirmar.",
    ),
    (
        "steam-1",
        "2025-10-16 22:00:00 -0300",
        "Steam <noreply@steampowered.com>",
        "Um item da sua lista de desejos está em promoção!",
        "Hades II está com 20% de desconto.",
    ),
    (
        "gh-copilot",
        "2025-10-18 12:00:00 -0300",
        "GitHub <noreply@github.com>",
        "Your GitHub Copilot trial ends in 3 days",
        "Your free trial ends on October 21. Add a payment method to keep using Copilot.",
    ),
    (
        "pai-1",
        "2025-10-19 11:00:00 -0300",
        "Hiroshi Tanaka <hiroshi.tanaka.sp@uol.com.br>",
        "Documentos do carro",
        "Rafael, o documento do carro chegou aqui em casa. Passa pra pegar. Pai",
    ),
    (
        "infomoney",
        "2025-10-21 07:00:00 -0300",
        "InfoMoney <newsletter@infomoney.com.br>",
        "Abertura de mercado: Ibovespa futuro sobe",
        "Resumo do dia: juros futuros recuam, dólar a R$ 5,38, balanços de bancos nesta semana.",
    ),
    (
        "zoom-1",
        "2025-10-22 14:00:00 -0300",
        "Zoom <no-reply@zoom.us>",
        "Your Zoom account password was changed",
        "The password for your Zoom account was changed. If this wasn't you, reset it now.",
    ),
    (
        "coursera",
        "2025-10-24 08:00:00 -0300",
        "Coursera <no-reply@t.mail.coursera.org>",
        "Rafael, you're 70% through Deep Learning Specialization",
        "Keep going! Your next lesson: Sequence Models, week 2.",
    ),
    (
        "livraria",
        "2025-10-25 17:00:00 -0300",
        "Livraria da Vila <loja@livrariadavila.com.br>",
        "Seu pedido está pronto para retirada",
        "Designing Data-Intensive Applications (2ª ed.) disponível na loja Fradique Coutinho.",
    ),
    (
        "bilhete",
        "2025-10-28 08:00:00 -0300",
        "Bilhete Único <naoresponda@sptrans.com.br>",
        "Recarga confirmada",
        "Recarga de R$ 50,00 no cartão final 8812 confirmada.",
    ),
    (
        "docker-1",
        "2025-10-30 18:00:00 -0300",
        "Docker <noreply@notify.docker.com>",
        "Docker Desktop 4.49 is available",
        "Update now to get the latest features and security fixes.",
    ),
    (
        "enel",
        "2025-11-02 09:00:00 -0300",
        "Enel Distribuição SP <conta@enel-sp-email.com.br>",
        "Sua conta de energia está disponível",
        "Valor: R$ 187,33. Vencimento: 14/11. Consumo: 212 kWh.",
    ),
    (
        "amazon-1",
        "2025-11-04 16:00:00 -0300",
        "Amazon.com.br <confirmar-envio@amazon.com.br>",
        "Seu pedido foi enviado: Kindle Paperwhite",
        "Chegará quinta-feira, 6 de novembro.",
    ),
    (
        "tdc-2",
        "2025-11-08 10:00:00 -0300",
        "TDC <cfp@thedevconf.com.br>",
        "Informações para palestrantes - TDC Future",
        "Seu slot: 27/11, 14h10, sala Arquitetura. Envie os slides até 24/11.",
    ),
    (
        "dentista-2",
        "2025-11-10 09:00:00 -0300",
        "Clínica Sorriso Pinheiros <agenda@sorrisopinheiros.com.br>",
        "Como foi seu atendimento?",
        "Avalie sua última consulta com a Dra. Akemi em 30 segundos.",
    ),
    (
        "pai-2",
        "2025-11-11 20:00:00 -0300",
        "Hiroshi Tanaka <hiroshi.tanaka.sp@uol.com.br>",
        "Re: Documentos do carro",
        "Deixei com o porteiro do seu prédio novo. Abraço",
    ),
    (
        "medium-2",
        "2025-11-14 08:00:00 -0300",
        "Medium Daily Digest <noreply@medium.com>",
        "The interview that changed how I hire engineers | Sara K.",
        "Today's highlights: The interview that changed how I hire engineers; Rust in production at a bank.",
    ),
    (
        "hn-1",
        "2025-11-15 07:00:00 -0300",
        "Hacker Newsletter <kale@hackernewsletter.com>",
        "Hacker Newsletter #768",
        "Top links: Postgres 18 async I/O; Who is hiring? (November); A Kafka alternative in 2k lines.",
    ),
    (
        "seguro-auto2",
        "2025-11-19 10:00:00 -0300",
        "Auto Seguro Fácil <contato@autosegurofacil.com.br>",
        "Sua proposta de seguro foi aceita ✅",
        "Apólice 7712-22 emitida. Vigência a partir de 20/11/2025. Bem-vindo, Rafael!",
    ),
    (
        "amazon-2",
        "2025-11-21 09:00:00 -0300",
        "Amazon.com.br <ofertas@amazon.com.br>",
        "Black Friday: ofertas relâmpago escolhidas para você",
        "Fones, SSDs e cafeteiras com até 60% off. Só hoje.",
    ),
    (
        "enel-2",
        "2025-12-02 09:00:00 -0300",
        "Enel Distribuição SP <conta@enel-sp-email.com.br>",
        "Sua conta de energia está disponível",
        "Valor: R$ 203,10. Vencimento: 14/12.",
    ),
    (
        "coursera-2",
        "2025-12-04 08:00:00 -0300",
        "Coursera <no-reply@t.mail.coursera.org>",
        "Congratulations on completing your course!",
        "You earned your certificate for Sequence Models. Share it on LinkedIn.",
    ),
    (
        "zoom-2",
        "2025-12-06 12:00:00 -0300",
        "Slack <feedback@slack.com>",
        "Junte-se ao workspace da Moeda Viva no Slack",
        "Gustavo Lemos convidou você para o workspace moedaviva.slack.com.",
    ),
    (
        "bolsa-1",
        "2025-12-09 09:00:00 -0300",
        "Corretora Prisma <relatorios@prismainvest.com.br>",
        "Seu extrato mensal de investimentos",
        "Patrimônio em 30/11: consulte no app. Rendimento do mês: 1,02%.",
    ),
    (
        "stack-2",
        "2025-12-11 09:00:00 -0300",
        "Stack Overflow <do-not-reply@stackoverflow.email>",
        "Developer Survey 2025 results are here",
        "See what 65,000 developers said about AI tools, salaries and remote work.",
    ),
    (
        "hn-2",
        "2025-12-13 07:00:00 -0300",
        "Hacker Newsletter <kale@hackernewsletter.com>",
        "Hacker Newsletter #772",
        "Top links: Ask HN: Who is hiring? (December); SQLite as an application file format; Go 1.26 preview.",
    ),
    (
        "yt-2",
        "2025-12-19 19:00:00 -0300",
        "YouTube <noreply@youtube.com>",
        "Código Fonte TV enviou um novo vídeo",
        "Novo vídeo: 'Entrevista com um engenheiro que ganha em dólar morando no Brasil'.",
    ),
    (
        "natal-2",
        "2025-12-22 12:00:00 -0300",
        "Luana Ferraz <lu.ferraz@gmail.com>",
        "Re: amigo secreto 🎁",
        "Quem me tirou capricha hein! Lista de desejos: livro, planta, vinho. Bjs",
    ),
    (
        "enel-3",
        "2026-01-03 09:00:00 -0300",
        "Enel Distribuição SP <conta@enel-sp-email.com.br>",
        "Sua conta de energia está disponível",
        "Valor: R$ 221,77. Vencimento: 14/01.",
    ),
    (
        "bolsa-2",
        "2026-01-09 09:00:00 -0300",
        "Corretora Prisma <relatorios@prismainvest.com.br>",
        "Informe de rendimentos 2025 disponível",
        "Seu informe para a declaração do IR já está no app.",
    ),
    (
        "amazon-3",
        "2026-01-14 15:00:00 -0300",
        "Amazon.com.br <confirmar-envio@amazon.com.br>",
        "Entregue: Suporte para notebook",
        "Seu pacote foi entregue na portaria.",
    ),
    (
        "pai-3",
        "2026-01-18 10:00:00 -0300",
        "Hiroshi Tanaka <hiroshi.tanaka.sp@uol.com.br>",
        "viagem pro japão",
        "Filho, estamos pensando em ir pra Okinawa em outubro visitar os primos. Você consegue férias? Pai",
    ),
    (
        "medium-3",
        "2026-01-21 08:00:00 -0300",
        "Medium Daily Digest <noreply@medium.com>",
        "I got 5 offers in 30 days. Here's the playbook | Alex P.",
        "Today's highlights: I got 5 offers in 30 days; How we cut our Snowflake bill by 60%.",
    ),
    (
        "duolingo",
        "2026-01-23 20:00:00 -0300",
        "Duolingo <hello@duolingo.com>",
        "Você está prestes a perder sua ofensiva de 120 dias!",
        "Faça uma lição de japonês agora para manter sua ofensiva 🔥",
    ),
    (
        "dentista-3",
        "2026-01-27 09:00:00 -0300",
        "Clínica Sorriso Pinheiros <agenda@sorrisopinheiros.com.br>",
        "Hora de agendar sua revisão semestral",
        "Já faz 6 meses da sua última limpeza. Agende pelo WhatsApp.",
    ),
    (
        "enel-4",
        "2026-02-03 09:00:00 -0300",
        "Enel Distribuição SP <conta@enel-sp-email.com.br>",
        "Sua conta de energia está disponível",
        "Valor: R$ 246,02. Vencimento: 14/02.",
    ),
    (
        "hn-3",
        "2026-02-07 07:00:00 -0300",
        "Hacker Newsletter <kale@hackernewsletter.com>",
        "Hacker Newsletter #780",
        "Top links: DuckDB 2.0; The case against microservices, again; Who wants to be hired? (February).",
    ),
    (
        "seguro-viagem",
        "2026-02-09 10:00:00 -0300",
        "Viaje Seguro <apolice@viajeseguro.com.br>",
        "Sua apólice de seguro viagem",
        "Cobertura: Japão, 02/10 a 20/10/2026. Apólice em anexo.",
    ),
    (
        "pai-4",
        "2026-02-11 21:00:00 -0300",
        "Hiroshi Tanaka <hiroshi.tanaka.sp@uol.com.br>",
        "Re: viagem pro japão",
        "Ótimo! Sua mãe já está planejando o roteiro.",
    ),
    (
        "steam-2",
        "2026-02-20 22:00:00 -0300",
        "Steam <noreply@steampowered.com>",
        "Obrigado pela sua compra!",
        "Hades II - R$ 71,99. Recibo em anexo.",
    ),
    (
        "enel-5",
        "2026-03-03 09:00:00 -0300",
        "Enel Distribuição SP <conta@enel-sp-email.com.br>",
        "Sua conta de energia está disponível",
        "Valor: R$ 231,40. Vencimento: 14/03.",
    ),
    (
        "medium-4",
        "2026-03-06 08:00:00 -0300",
        "Medium Daily Digest <noreply@medium.com>",
        "Postgres is enough | Diana M.",
        "Today's highlights: Postgres is enough; A field guide to CDC.",
    ),
    (
        "duolingo-2",
        "2026-03-12 20:00:00 -0300",
        "Duolingo <hello@duolingo.com>",
        "Parabéns! 160 dias de ofensiva",
        "Você está no top 5% da Liga Diamante.",
    ),
    (
        "bilhete-2",
        "2026-03-18 08:00:00 -0300",
        "Bilhete Único <naoresponda@sptrans.com.br>",
        "Recarga confirmada",
        "Recarga de R$ 80,00 no cartão final 8812 confirmada.",
    ),
    (
        "yt-3",
        "2026-03-22 19:00:00 -0300",
        "YouTube <noreply@youtube.com>",
        "Fabio Akita enviou um novo vídeo",
        "Novo vídeo: 'Dá pra viver de open source no Brasil?'",
    ),
    (
        "amiga-4",
        "2026-03-26 18:00:00 -0300",
        "Carolina Vidal <carolvidal@hotmail.com>",
        "trilha domingo?",
        "Bora fazer a Pedra Grande em Atibaia domingo? Saio 6h de Pinheiros, tenho 2 lugares no carro.",
    ),
]
_EN = {
    "stack-1",
    "medium-1",
    "gh-copilot",
    "zoom-1",
    "coursera",
    "docker-1",
    "medium-2",
    "hn-1",
    "coursera-2",
    "stack-2",
    "hn-2",
    "medium-3",
    "hn-3",
    "medium-4",
}
MAIL += [n(k, d, f, s, text=t + "\n", lang="en" if k in _EN else "pt") for k, d, f, s, t in _Q]
for _k in (
    "aws-1",
    "aws-2",
    "aws-3",
    "aws-4",
    "aws-5",
    "github-1",
    "github-2",
    "github-3",
    "github-4",
    "github-5",
    "github-6",
    "github-7",
    "github-8",
):
    for _s in MAIL:
        if _s["id"] == _IDS[_k]:
            _s["t"] = ("not_job", "en")

MAIL += [
    n(
        "pos-3",
        "2025-11-18 10:00:00 -0300",
        "Secretaria Pós-Graduação <posgrad@fiap-sul.edu.br>",
        "Últimos dias: matrícula com desconto no MBA",
        html="""<html><body><p>Rafael, sua vaga no MBA em Engenharia de Dados e IA está reservada até 20/11. Após essa data, a oferta de 15% expira.</p></body></html>""",
    ),
    n(
        "cc-3",
        "2025-12-10 09:00:00 -0300",
        "Banco Andorinha <comunicacao@andorinha-email.com.br>",
        "Proposta aprovada: seu limite aumentou",
        html="""<html><body><p>Boa notícia, Rafael! Analisamos seu perfil e aprovamos um novo limite de R$ 18.000 no seu cartão.</p></body></html>""",
    ),
    n(
        "pesquisa-ux",
        "2026-01-20 15:00:00 -0300",
        "Pesquisa Moedor <pesquisa@moedor.app>",
        "Convite para entrevista sobre o app Moedor (R$ 100 em vale)",
        text="""Oi Rafael! Estamos conversando com usuários do Moedor para entender como vocês organizam as
finanças. A entrevista dura 40 min, é online, e você ganha R$ 100 em vale-presente.

Escolha um horário: https://calendly.com/pesquisa-moedor/40min
""",
    ),
    n(
        "vol-2",
        "2026-01-22 10:00:00 -0300",
        "ONG Código Aberto <contato@codigoabertoong.org.br>",
        "Resultado: você foi selecionado como mentor! 🎉",
        text="""Oi Rafael! Você foi selecionado para a turma 2026 do Primeira Linha de Código. A formação de
mentores será em 07/02, online. Em breve enviamos o convite.
""",
    ),
    n(
        "alug-3",
        "2026-02-25 10:00:00 -0300",
        "QuintoLar <nao-responda@quintolar.com.br>",
        "Reajuste anual do aluguel",
        text="""Rafael, informamos que o reajuste pelo IPCA será aplicado a partir de outubro/2026. Nenhuma ação é necessária agora.
""",
    ),
    n(
        "meetup-3",
        "2026-03-04 12:00:00 -0300",
        "Meetup <info@meetup.com>",
        "Golang SP: vagas, pizza e um painel sobre entrevistas técnicas",
        text="""Golang SP anunciou um novo evento: "Contratando e sendo contratado em Go", painel com tech leads
sobre como funcionam as entrevistas técnicas hoje. 19/03, 19h, Pinheiros.
RSVP: https://www.meetup.com/golang-sp/events/312990011/
""",
    ),
    n(
        "gcal-1",
        "2026-01-28 10:00:00 -0300",
        "Luana Ferraz <lu.ferraz@gmail.com>",
        "Convite: Aniversário da Lu 🎂 - sáb 14 fev 2026 20:00",
        text="""Luana Ferraz convidou você para: Aniversário da Lu, Bar Brahma, sábado 14/02 às 20h.
""",
        ics={
            "start": "2026-02-14 20:00:00 -0300",
            "minutes": 240,
            "organizer": ("Luana Ferraz", "lu.ferraz@gmail.com"),
            "uid": "lu-niver-2026@google.com",
            "summary": "Aniversário da Lu 🎂",
            "location": "Bar Brahma, Av. São João 677",
        },
    ),
    n(
        "insta",
        "2026-03-14 13:00:00 -0300",
        "Instagram <security@mail.instagram.com>",
        "Novo login na sua conta",
        text="""Detectamos um login na sua conta a partir de um Chrome no Windows, em Campinas, SP. Foi você?
""",
    ),
]
