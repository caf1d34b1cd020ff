# ruff: noqa: E501
"""Corpus 30: the ordinary São Paulo inbox, look-alikes included (see heldout30.py)."""

from __future__ import annotations

from heldout3_util import m


def n(key, date, frm, subject, lang, text=None, html=None, **kw):
    return m(key, date, frm, subject, ("not_job", lang), text, html, tz=kw.pop("tz", "-0300"), **kw)


def h(body: str) -> str:
    return f'<html><body style="font-family:Helvetica,Arial">{body}</body></html>'


NUBANK = "Nubank <todomundo@nubank.com.br>"
IFOOD = "iFood <news@news.ifood.com.br>"
MAE = "Regina Fonseca <regina.fonseca58@hotmail.com>"
CAROL = "Carol Antunes <carolantunes.mkt@gmail.com>"
LINKEDIN = "LinkedIn <messages-noreply@linkedin.com>"

MAIL = [
    # --- look-alikes: "candidatura", "proposta", "entrevista", "oferta", calendar parts -------
    n(
        "30-501",
        "2025-09-02 10:30",
        "Cartão Aurora Platinum <contato@cartaoaurora.com.br>",
        "Sua solicitação de cartão está em análise",
        "pt",
        "Olá, Larissa!\n\nRecebemos sua solicitação do Cartão Aurora Platinum. Nossa análise de crédito\n"
        "leva até 5 dias úteis. Você pode acompanhar o status da proposta pelo app.\n\nEquipe Aurora\n",
    ),
    n(
        "30-502",
        "2025-09-08 16:10",
        "Cartão Aurora Platinum <contato@cartaoaurora.com.br>",
        "Proposta aprovada! Seu cartão está a caminho",
        "pt",
        html=h(
            "<p>Parabéns, Larissa! Sua proposta foi <b>aprovada</b> com limite de R$ 8.500.</p>"
            "<p>Seu cartão chega em até 10 dias úteis. Desbloqueie pelo app.</p>"
        ),
    ),
    n(
        "30-503",
        "2025-09-11 09:00",
        "QuintoAndar <naoresponda@quintoandar.com.br>",
        "Sua proposta para o apartamento na Rua Harmonia foi enviada",
        "pt",
        html=h(
            "<p>Oi Larissa, sua proposta de aluguel de R$ 3.200 para o apartamento na Rua Harmonia, "
            "Vila Madalena, foi enviada ao proprietário.</p><p>Assim que ele responder, te avisamos.</p>"
        ),
    ),
    n(
        "30-504",
        "2025-09-13 11:45",
        "QuintoAndar <naoresponda@quintoandar.com.br>",
        "O proprietário recusou sua proposta",
        "pt",
        html=h(
            "<p>Oi Larissa, infelizmente o proprietário não aceitou sua proposta para o imóvel da Rua "
            "Harmonia. Que tal ver imóveis parecidos?</p>"
        ),
    ),
    n(
        "30-505",
        "2025-09-14 20:20",
        "QuintoAndar <naoresponda@quintoandar.com.br>",
        "Visita agendada: Rua Fradique Coutinho, 1200",
        "pt",
        "Sua visita está confirmada para terça, 16/09, às 18h30. O corretor Alan vai te encontrar na portaria.\n",
        ics={
            "start": "2025-09-16 18:30:00 -0300",
            "minutes": 30,
            "organizer": ("QuintoAndar", "visitas@quintoandar.com.br"),
            "uid": "visita-88121-qa@quintoandar.com.br",
            "summary": "Visita - Rua Fradique Coutinho, 1200 apto 54",
            "location": "Rua Fradique Coutinho, 1200 - Pinheiros, São Paulo",
        },
    ),
    n(
        "30-506",
        "2025-09-25 14:00",
        "Contrato QuintoAndar <contratos@quintoandar.com.br>",
        "Contrato de locação pronto para assinatura",
        "pt",
        "Olá Larissa,\n\nO contrato do apartamento na Rua Fradique Coutinho está pronto. Assine digitalmente\n"
        "até 27/09 para garantir a data de entrada em 01/10.\n\nQuintoAndar\n",
    ),
    n(
        "30-507",
        "2025-09-19 08:30",
        "Podcast Growth Talks <contato@growthtalks.com.br>",
        "Episódio 142: entrevista com a head de CRM da Pague Menos Online",
        "pt",
        html=h(
            "<p>Nesta semana, entrevistamos a Fernanda Luz sobre como montar um time de CRM do zero, "
            "quais ferramentas escolher e como contratar bem.</p><p>Ouça no Spotify ou Apple Podcasts.</p>"
        ),
    ),
    n(
        "30-508",
        "2025-10-03 18:00",
        "RD Station <eventos@rdstation.com>",
        "Confirmado: Webinar Réguas de Relacionamento que Convertem",
        "pt",
        "Olá Larissa!\n\nSua inscrição está confirmada. O webinar acontece dia 09/10 às 19h.\n"
        "Adicione à sua agenda pelo convite anexo.\n\nTime RD Station\n",
        ics={
            "start": "2025-10-09 19:00:00 -0300",
            "minutes": 60,
            "organizer": ("RD Station Eventos", "eventos@rdstation.com"),
            "uid": "webinar-reguas-2025-rd@rdstation.com",
            "summary": "Webinar: Réguas de Relacionamento que Convertem",
            "location": "https://eventos.rdstation.com/webinar/reguas",
        },
    ),
    n(
        "30-509",
        "2025-10-05 09:10",
        "Exame <newsletter@exame.com>",
        "Contratações de fim de ano: varejo deve abrir 120 mil vagas temporárias",
        "pt",
        html=h(
            "<h2>Exame Carreira</h2><p>Varejo projeta 120 mil vagas temporárias. Veja como se candidatar "
            "e o que os recrutadores procuram nas entrevistas de fim de ano.</p>"
        ),
    ),
    n(
        "30-510",
        "2025-10-12 10:00",
        "Magalu <ofertas@magazineluiza.com.br>",
        "Oferta imperdível: Air Fryer com 40% OFF só hoje",
        "pt",
        html=h("<p>Lu separou ofertas especiais pra você! Air fryer 5L de R$ 599 por R$ 359.</p>"),
    ),
    n(
        "30-511",
        "2025-10-18 13:20",
        "Consulado Geral de Portugal <agendamentos@consuladoportugalsp.pt>",
        "Pedido de visto: agendamento confirmado",
        "pt",
        "Exma. Sra. Larissa Fonseca,\n\nO seu pedido de visto de estada temporária foi registado. Compareça\n"
        "no dia 04/11/2025, às 10h15, com passaporte e comprovativos.\n\nConsulado Geral de Portugal em São Paulo\n",
    ),
    n(
        "30-512",
        "2025-10-22 15:40",
        "Admissões FGV <admissoes.mba@fgv.edu.example>",
        "Recebemos sua inscrição no MBA em Marketing Digital",
        "pt",
        "Prezada Larissa,\n\nSua inscrição para o processo seletivo do MBA em Marketing Digital (turma março/2026)\n"
        "foi recebida. A próxima etapa é a entrevista com a coordenação, agendada por e-mail.\n\n"
        "Secretaria de Admissões\n",
    ),
    n(
        "30-513",
        "2025-11-06 10:00",
        "Admissões FGV <admissoes.mba@fgv.edu.example>",
        "Entrevista de admissão - MBA Marketing Digital",
        "pt",
        "Prezada Larissa,\n\nSua entrevista de admissão está agendada para 12/11, 18h, por Zoom.\n"
        "Link: https://zoom.us/j/8812233445\n\nCoordenação MBA\n",
    ),
    n(
        "30-514",
        "2025-11-28 17:00",
        "Admissões FGV <admissoes.mba@fgv.edu.example>",
        "Resultado do processo seletivo - MBA",
        "pt",
        "Prezada Larissa,\n\nTemos o prazer de informar que você foi aprovada no processo seletivo do MBA em\n"
        "Marketing Digital. A matrícula deve ser feita até 15/12.\n\nSecretaria de Admissões\n",
    ),
    n(
        "30-515",
        "2025-11-09 09:00",
        LINKEDIN,
        "Dê os parabéns a Gabriel Santos pelo novo cargo",
        "pt",
        html=h(
            "<p>Gabriel Santos começou um novo cargo como Gerente de Growth na Frete Já.</p>"
            "<p><a href='https://www.linkedin.com/feed/'>Dar os parabéns</a></p>"
        ),
    ),
    n(
        "30-516",
        "2025-11-29 07:00",
        "Amazon.com.br <ofertas@amazon.com.br>",
        "Black Friday: ofertas que terminam hoje",
        "pt",
        html=h(
            "<p>As ofertas da Black Friday acabam à meia-noite. Kindle, fones e eletroportáteis.</p>"
        ),
    ),
    n(
        "30-517",
        "2025-12-01 12:00",
        "Meetup CRM SP <noreply@sympla.com.br>",
        "Seu ingresso: CRM Meetup SP #18 - Contratando no time de dados",
        "pt",
        "Olá Larissa,\n\nSeu ingresso para o CRM Meetup SP #18 foi emitido. Tema: como empresas de varejo estão\n"
        "contratando para times de CRM e dados. 10/12, 19h, Google for Startups Campus.\n\nSympla\n",
        ics={
            "start": "2025-12-10 19:00:00 -0300",
            "minutes": 150,
            "organizer": ("Sympla", "noreply@sympla.com.br"),
            "uid": "sympla-ingresso-2219931@sympla.com.br",
            "summary": "CRM Meetup SP #18",
            "location": "Rua Coronel Oscar Porto, 70 - Paraíso, São Paulo",
        },
    ),
    n(
        "30-518",
        "2025-12-05 14:30",
        "Dra. Helena Prates - Consultório <agenda@draprates.com.br>",
        "Confirmação de consulta - 11/12 às 15h",
        "pt",
        "Olá Larissa, sua consulta com a Dra. Helena Prates (dermatologia) está confirmada para 11/12 às 15h.\n"
        "Responda SIM para confirmar ou NÃO para remarcar.\n",
    ),
    n(
        "30-519",
        "2025-12-08 10:10",
        "Bradesco Seguros <comunicado@bradescoseguros.com.br>",
        "Proposta de seguro residencial nº 7781223",
        "pt",
        "Prezada cliente,\n\nSua proposta de seguro residencial foi emitida. Pague o boleto até 15/12 para ativar\n"
        "a cobertura.\n\nBradesco Seguros\n",
    ),
    n(
        "30-520",
        "2025-12-13 11:00",
        "Voluntários Casa do Sol <voluntariado@casadosol.org.br>",
        "Sua inscrição como voluntária foi aprovada!",
        "pt",
        "Oi Larissa!\n\nA sua candidatura para voluntária no mutirão de Natal da Casa do Sol foi aprovada. Te\n"
        "esperamos no sábado, 20/12, às 9h. Traga roupa confortável!\n\nCoordenação de Voluntariado\n",
    ),
    n(
        "30-521",
        "2026-01-10 09:30",
        "Revista Meio & Mensagem <news@meioemensagem.com.br>",
        "As agências que mais contrataram em 2025",
        "pt",
        html=h(
            "<p>Ranking: as 20 agências que mais abriram vagas em 2025 e o que buscam em profissionais de "
            "mídia e performance. Mais: entrevista exclusiva com o CEO da Nação Digital.</p>"
        ),
    ),
    n(
        "30-522",
        "2026-01-15 18:00",
        "Hotmart <noreply@hotmart.com>",
        "Oferta especial: Curso Gestor de Tráfego PRO com 60% OFF",
        "pt",
        html=h(
            "<p>Última chance! Vire gestora de tráfego em 30 dias. Oferta válida até domingo.</p>"
        ),
    ),
    n(
        "30-523",
        "2026-01-21 10:00",
        "Google Calendar <calendar-notification@google.com>",
        "Convite: Aniversário da Bia - churrasco @ sáb 31 de jan 13:00",
        "pt",
        "Carol Antunes convidou você.\n\nAniversário da Bia - churrasco\nsáb 31 de jan. de 2026 13:00 - 18:00\n"
        "Rua Aimberê, 455 - Perdizes\n",
        ics={
            "start": "2026-01-31 13:00:00 -0300",
            "minutes": 300,
            "organizer": ("Carol Antunes", "carolantunes.mkt@gmail.com"),
            "uid": "3b1f0aniverbia2026@google.com",
            "summary": "Aniversário da Bia - churrasco",
            "location": "Rua Aimberê, 455 - Perdizes",
        },
    ),
    n(
        "30-524",
        "2026-02-09 09:00",
        "Detran-SP <naoresponda@detran.sp.gov.br>",
        "Requerimento de renovação de CNH recebido",
        "pt",
        "Seu requerimento de renovação da CNH foi recebido. Agende o exame médico em até 30 dias.\n",
    ),
    n(
        "30-525",
        "2025-10-25 08:00",
        "Salesforce Trailhead <trailhead@salesforce.com>",
        "Interview with a Trailblazer: how Camila became a Marketing Cloud Architect",
        "en",
        html=h(
            "<p>This month's Trailblazer interview: from email analyst to Marketing Cloud architect. "
            "Plus: 5 new badges on Data Cloud.</p>"
        ),
    ),
    n(
        "30-526",
        "2025-11-18 15:00",
        "HubSpot Academy <academy@hubspot.com>",
        "You're registered: Lifecycle Marketing Masterclass",
        "en",
        "Hi Larissa,\n\nYou're registered for the Lifecycle Marketing Masterclass on November 25 at 1 PM ET.\n"
        "Add it to your calendar with the attached invite.\n\nHubSpot Academy\n",
        ics={
            "start": "2025-11-25 15:00:00 -0300",
            "minutes": 60,
            "organizer": ("HubSpot Academy", "academy@hubspot.com"),
            "uid": "hs-lifecycle-masterclass-1125@hubspot.com",
            "summary": "Lifecycle Marketing Masterclass",
            "location": "https://academy.hubspot.com/live",
        },
    ),
    n(
        "30-527",
        "2025-12-11 10:00",
        "Booking.com <noreply@booking.com>",
        "Special offer: 25% off your next stay in Buenos Aires",
        "en",
        html=h(
            "<p>Larissa, your Genius discount just got better. 25% off stays in Buenos Aires until Jan 31.</p>"
        ),
    ),
    n(
        "30-528",
        "2025-10-29 11:00",
        "User Research | Braze <research@braze.com>",
        "Would you join a 30-min interview about Braze Canvas?",
        "en",
        "Hi Larissa,\n\nWe're talking to marketers who use Canvas every day. Would you join a 30-minute research\n"
        "interview? Participants receive a US$75 gift card.\n\nBraze UX Research\n",
    ),
    # --- banks, bills, shopping, delivery ----------------------------------------------------
    n(
        "30-531",
        "2025-09-01 08:00",
        NUBANK,
        "Sua fatura de setembro fechou",
        "pt",
        html=h("<p>Larissa, sua fatura fechou em R$ 2.384,17. Vencimento: 08/09.</p>"),
    ),
    n(
        "30-532",
        "2025-10-01 08:00",
        NUBANK,
        "Sua fatura de outubro fechou",
        "pt",
        html=h("<p>Larissa, sua fatura fechou em R$ 1.972,40. Vencimento: 08/10.</p>"),
    ),
    n(
        "30-533",
        "2025-11-01 08:00",
        NUBANK,
        "Sua fatura de novembro fechou",
        "pt",
        html=h("<p>Fatura fechada: R$ 2.611,03. Vence em 08/11. Pague com Pix e evite juros.</p>"),
    ),
    n(
        "30-534",
        "2025-12-01 08:00",
        NUBANK,
        "Sua fatura de dezembro fechou",
        "pt",
        html=h("<p>Sua fatura de dezembro: R$ 3.140,88. Vencimento 08/12.</p>"),
    ),
    n(
        "30-535",
        "2026-01-01 08:00",
        NUBANK,
        "Sua fatura de janeiro fechou",
        "pt",
        html=h("<p>Fatura de janeiro fechada em R$ 2.905,12. Vencimento: 08/01.</p>"),
    ),
    n(
        "30-536",
        "2026-02-01 08:00",
        NUBANK,
        "Sua fatura de fevereiro fechou",
        "pt",
        html=h("<p>Larissa, sua fatura fechou em R$ 1.688,50. Vencimento: 08/02.</p>"),
    ),
    n(
        "30-537",
        "2025-09-20 14:12",
        NUBANK,
        "Pix recebido de Regina Fonseca",
        "pt",
        html=h('<p>Você recebeu um Pix de R$ 150,00 de Regina Fonseca. "pro presente da tia"</p>'),
    ),
    n(
        "30-538",
        "2025-10-15 21:40",
        "Itaú <itau@comunicacao.itau.com.br>",
        "Comprovante de transferência",
        "pt",
        "Transferência Pix de R$ 3.200,00 para QuintoAndar Pagamentos realizada em 15/10/2025.\n",
    ),
    n(
        "30-539",
        "2025-11-05 09:00",
        "Enel <faturadigital@enel.com>",
        "Sua conta de energia chegou",
        "pt",
        "Olá, Larissa. Sua conta de energia de outubro: R$ 187,33, vencimento 15/11.\n",
    ),
    n(
        "30-540",
        "2025-12-05 09:00",
        "Enel <faturadigital@enel.com>",
        "Sua conta de energia chegou",
        "pt",
        "Olá, Larissa. Sua conta de energia de novembro: R$ 203,90, vencimento 15/12.\n",
    ),
    n(
        "30-541",
        "2026-01-05 09:00",
        "Enel <faturadigital@enel.com>",
        "Sua conta de energia chegou",
        "pt",
        "Olá, Larissa. Conta de dezembro: R$ 241,15. Vencimento: 15/01.\n",
    ),
    n(
        "30-542",
        "2025-10-10 10:00",
        "Vivo <vivo@comunicacao.vivo.com.br>",
        "Sua conta Vivo Fibra está disponível",
        "pt",
        html=h("<p>Conta Vivo Fibra 500 Mega: R$ 129,99. Vencimento: 20/10.</p>"),
    ),
    n(
        "30-543",
        "2025-11-10 10:00",
        "Vivo <vivo@comunicacao.vivo.com.br>",
        "Sua conta Vivo Fibra está disponível",
        "pt",
        html=h("<p>Conta Vivo Fibra 500 Mega: R$ 129,99. Vencimento: 20/11.</p>"),
    ),
    n(
        "30-544",
        "2025-09-06 20:15",
        IFOOD,
        "Seu pedido saiu para entrega",
        "pt",
        html=h("<p>Seu pedido do Sushi Kento saiu para entrega! Chega em 25-35 min.</p>"),
    ),
    n(
        "30-545",
        "2025-10-04 21:02",
        IFOOD,
        "Pedido entregue - avalie o Pizzaria Bráz Elettrica",
        "pt",
        html=h("<p>Como foi seu pedido? Avalie e ganhe cupom.</p>"),
    ),
    n(
        "30-546",
        "2025-11-22 13:30",
        IFOOD,
        "Cupom de R$ 20 pra você pedir hoje",
        "pt",
        html=h("<p>Oferta relâmpago: R$ 20 OFF em pedidos acima de R$ 50. Só hoje!</p>"),
    ),
    n(
        "30-547",
        "2025-12-20 19:44",
        IFOOD,
        "Seu pedido foi confirmado",
        "pt",
        html=h("<p>O restaurante Mocotó confirmou seu pedido #4481. Previsão: 40 min.</p>"),
    ),
    n(
        "30-548",
        "2025-09-09 11:00",
        "Mercado Livre <noreply@mercadolivre.com>",
        "Você comprou Suporte para notebook ajustável",
        "pt",
        html=h(
            "<p>Compra confirmada! Suporte para notebook ajustável - R$ 89,90. Chega quinta-feira.</p>"
        ),
    ),
    n(
        "30-549",
        "2025-09-11 16:00",
        "Mercado Livre <noreply@mercadolivre.com>",
        "Seu pacote foi entregue",
        "pt",
        html=h("<p>Entregamos seu Suporte para notebook ajustável. Conte o que achou!</p>"),
    ),
    n(
        "30-550",
        "2025-10-28 09:30",
        "Mercado Livre <noreply@mercadolivre.com>",
        "Você comprou Cafeteira italiana 6 xícaras",
        "pt",
        html=h("<p>Compra aprovada: Cafeteira italiana 6 xícaras - R$ 119,00.</p>"),
    ),
    n(
        "30-551",
        "2025-12-15 18:00",
        "Amazon.com.br <confirmacao-de-pedido@amazon.com.br>",
        'Seu pedido Amazon.com.br de "O Poder do Hábito"',
        "pt",
        "Olá Larissa,\nObrigado pelo seu pedido. Previsão de entrega: 18/12.\nTotal: R$ 54,90\n",
    ),
    n(
        "30-552",
        "2025-12-18 14:00",
        "Correios <rastreamento@correios.com.br>",
        "Objeto entregue ao destinatário",
        "pt",
        "Seu objeto AB123456789BR foi entregue ao destinatário em 18/12/2025.\n",
    ),
    n(
        "30-553",
        "2026-01-27 10:15",
        "Shopee <info@mail.shopee.com.br>",
        "Seu pedido foi enviado",
        "pt",
        html=h("<p>Pedido 260127ABC enviado: Kit organizadores de gaveta (6 un.).</p>"),
    ),
    n(
        "30-554",
        "2025-09-27 08:00",
        "Uber <noreply@uber.com>",
        "Seu recibo da viagem de sábado de manhã",
        "pt",
        html=h(
            "<p>Obrigado por viajar com a Uber, Larissa. Total: R$ 27,40. Pinheiros → Vila Olímpia.</p>"
        ),
    ),
    n(
        "30-555",
        "2025-10-06 16:20",
        "Uber <noreply@uber.com>",
        "Seu recibo da viagem de segunda-feira à tarde",
        "pt",
        html=h("<p>Total: R$ 38,90. Vila Madalena → Bela Vista.</p>"),
    ),
    n(
        "30-556",
        "2026-01-14 12:10",
        "99 <recibo@99app.com>",
        "Recibo da sua corrida",
        "pt",
        html=h("<p>Corrida de R$ 31,50 - Pinheiros → Vila Olímpia. Obrigado por usar a 99!</p>"),
    ),
    n(
        "30-557",
        "2025-11-12 09:00",
        "Smart Fit <contato@smartfit.com.br>",
        "Sua mensalidade foi paga",
        "pt",
        "Olá Larissa, confirmamos o pagamento da mensalidade Plano Black de novembro: R$ 149,90.\n",
    ),
    n(
        "30-558",
        "2025-09-30 07:00",
        "Netflix <info@account.netflix.com>",
        "Atualizamos seu plano",
        "pt",
        html=h("<p>A partir do próximo mês, o valor do seu plano Padrão será R$ 44,90.</p>"),
    ),
    n(
        "30-559",
        "2025-10-20 10:00",
        "Spotify <no-reply@spotify.com>",
        "Seu recibo do Spotify",
        "pt",
        html=h("<p>Premium Duo - R$ 27,90. Obrigado por assinar!</p>"),
    ),
    n(
        "30-560",
        "2025-11-03 12:00",
        "Drogasil <contato@drogasil.com.br>",
        "Seu pedido está pronto para retirada",
        "pt",
        "Olá Larissa, seu pedido #882211 está pronto para retirada na loja Teodoro Sampaio.\n",
    ),
    n(
        "30-561",
        "2025-12-26 09:00",
        "LATAM Airlines <latam@info.latam.com>",
        "Confirmação de compra - São Paulo para Buenos Aires",
        "pt",
        "Olá Larissa,\n\nSua compra está confirmada. Código de reserva: XKQ7TB.\nGRU → AEP, 14/02/2026, 08:10.\nAEP → GRU, 18/02/2026, 19:40.\n",
    ),
    n(
        "30-562",
        "2026-02-13 08:10",
        "LATAM Airlines <latam@info.latam.com>",
        "Check-in disponível: GRU → AEP",
        "pt",
        "Faça seu check-in para o voo LA8010 de amanhã, 14/02, às 08:10.\n",
    ),
    n(
        "30-563",
        "2025-12-27 14:00",
        "Airbnb <automated@airbnb.com>",
        "Reserva confirmada em Palermo, Buenos Aires",
        "pt",
        html=h(
            "<p>Sua reserva de 14 a 18 de fev. em Palermo Soho está confirmada. Anfitrião: Julián.</p>"
        ),
    ),
    n(
        "30-564",
        "2026-02-10 10:00",
        "Airbnb <automated@airbnb.com>",
        "Julián te enviou uma mensagem",
        "pt",
        html=h(
            '<p>"Hola Larissa! Te dejo las instrucciones para el check-in. Cualquier cosa me escribís."</p>'
        ),
    ),
    n(
        "30-565",
        "2025-09-04 11:00",
        "Prefeitura de São Paulo <nfe@prefeitura.sp.gov.br>",
        "IPTU 2025 - lembrete de parcela",
        "pt",
        "Lembrete: a parcela 8/10 do IPTU vence em 10/09.\n",
    ),
    n(
        "30-566",
        "2025-10-30 09:30",
        "Receita Federal <naoresponda@receita.fazenda.gov.br>",
        "Consulta de restituição do IRPF",
        "pt",
        "A restituição do seu IRPF 2025 foi disponibilizada no lote de 30/10/2025.\n",
    ),
    n(
        "30-567",
        "2026-01-29 11:00",
        "Condomínio Ed. Fradique <administracao@adm-pinheiros.com.br>",
        "Boleto condomínio fevereiro",
        "pt",
        "Prezados moradores, segue boleto do condomínio de fevereiro. Vencimento 10/02. Assembleia em 19/02.\n",
    ),
    n(
        "30-568",
        "2025-11-14 16:00",
        "Condomínio Ed. Fradique <administracao@adm-pinheiros.com.br>",
        "Manutenção do elevador - 18/11",
        "pt",
        "Informamos que o elevador social ficará parado das 9h às 13h no dia 18/11 para manutenção.\n",
    ),
    # --- SaaS, newsletters, social -----------------------------------------------------------
    n(
        "30-571",
        "2025-09-10 07:00",
        "The News <contato@thenewscc.com.br>",
        "☕ o café tá servido",
        "pt",
        html=h(
            "<p>Bom dia! Hoje: Selic, o novo iPhone e por que o varejo está demitindo e contratando ao mesmo tempo.</p>"
        ),
    ),
    n(
        "30-572",
        "2025-10-08 07:00",
        "The News <contato@thenewscc.com.br>",
        "☕ o mercado acordou nervoso",
        "pt",
        html=h(
            "<p>Dólar, Copom e a entrevista do presidente do BC. E um guia rápido de finanças pessoais.</p>"
        ),
    ),
    n(
        "30-573",
        "2025-11-19 07:00",
        "The News <contato@thenewscc.com.br>",
        "☕ quarta-feira com cara de sexta",
        "pt",
        html=h(
            "<p>Feriado chegando, Black Friday e a lista das startups que mais contrataram no ano.</p>"
        ),
    ),
    n(
        "30-574",
        "2026-01-07 07:00",
        "The News <contato@thenewscc.com.br>",
        "☕ ano novo, notícias novas",
        "pt",
        html=h(
            "<p>O que esperar da economia em 2026 e as tendências para o mercado de trabalho.</p>"
        ),
    ),
    n(
        "30-575",
        "2025-09-18 10:00",
        "Mailchimp <no-reply@mailchimp.com>",
        "Your campaign has been sent",
        "en",
        'Your campaign "Newsletter Clube do Livro - Setembro" was sent to 84 recipients.\n',
    ),
    n(
        "30-576",
        "2025-10-02 12:00",
        "Canva <marketing@engage.canva.com>",
        "Novos modelos para apresentações",
        "pt",
        html=h(
            "<p>Crie apresentações incríveis com os novos modelos do Canva. Experimente grátis o Canva Pro.</p>"
        ),
    ),
    n(
        "30-577",
        "2025-10-23 08:00",
        "Think with Google <thinkwithgoogle-noreply@google.com>",
        "Tendências de consumo para o Natal 2025",
        "pt",
        html=h(
            "<p>Dados de busca mostram que o consumidor começa a pesquisar presentes cada vez mais cedo.</p>"
        ),
    ),
    n(
        "30-578",
        "2025-11-07 09:00",
        "Google Ads <ads-noreply@google.com>",
        "Sua conta de teste foi desativada",
        "pt",
        "Olá, a conta de teste 412-998-1123 foi desativada por inatividade.\n",
    ),
    n(
        "30-579",
        "2025-12-02 18:00",
        "Notion <team@makenotion.com>",
        "What's new in Notion: December",
        "en",
        html=h(
            "<p>Notion Mail, new database layouts and more. Here's what shipped this month.</p>"
        ),
    ),
    n(
        "30-580",
        "2025-09-23 22:00",
        "Instagram <no-reply@mail.instagram.com>",
        "carol.antunes e mais 3 pessoas curtiram sua foto",
        "pt",
        html=h("<p>carol.antunes, biazinha e outras 2 pessoas curtiram sua publicação.</p>"),
    ),
    n(
        "30-581",
        "2025-10-11 19:00",
        LINKEDIN,
        "Larissa, você apareceu em 38 pesquisas nesta semana",
        "pt",
        html=h(
            "<p>Você apareceu em 38 pesquisas. Pessoas de Mercantia e Banco Cinco olharam seu perfil.</p>"
        ),
    ),
    n(
        "30-582",
        "2025-10-26 11:30",
        LINKEDIN,
        "Juliana Prado quer se conectar",
        "pt",
        html=h("<p>Juliana Prado, Analista de R&S Sr., quer se conectar com você.</p>"),
    ),
    n(
        "30-583",
        "2025-12-04 18:20",
        LINKEDIN,
        "Carol Antunes comentou sua publicação",
        "pt",
        html=h(
            '<p>Carol Antunes comentou: "Que orgulho, amiga! Esse case de reativação ficou incrível"</p>'
        ),
    ),
    n(
        "30-584",
        "2026-01-16 09:00",
        LINKEDIN,
        "Comemore o aniversário de trabalho de Rodrigo Amaral",
        "pt",
        html=h("<p>Rodrigo Amaral está comemorando 5 anos na Fóton. Dê os parabéns!</p>"),
    ),
    n(
        "30-585",
        "2026-02-05 20:00",
        LINKEDIN,
        "Sua publicação está fazendo sucesso",
        "pt",
        html=h('<p>Sua publicação "Novo capítulo!" recebeu 214 reações e 57 comentários.</p>'),
    ),
    n(
        "30-586",
        "2025-11-26 10:00",
        "Medium Daily Digest <noreply@medium.com>",
        "How we rebuilt our CRM stack in 90 days",
        "en",
        html=h(
            "<p>Today's highlights: How we rebuilt our CRM stack in 90 days · The interview question I always ask PMs</p>"
        ),
    ),
    n(
        "30-587",
        "2025-12-17 06:00",
        "Lenny's Newsletter <lenny@substack.com>",
        "How the best growth teams hire",
        "en",
        html=h(
            "<p>This week: a deep dive into how top growth teams structure interviews and what they look for.</p>"
        ),
    ),
    n(
        "30-588",
        "2026-01-22 06:00",
        "Lenny's Newsletter <lenny@substack.com>",
        "The state of lifecycle marketing in 2026",
        "en",
        html=h(
            "<p>Survey results from 1,200 lifecycle marketers: tools, team sizes and salaries.</p>"
        ),
    ),
    n(
        "30-589",
        "2025-09-26 08:00",
        "Duolingo <hello@duolingo.com>",
        "Não deixe sua ofensiva acabar! 🔥",
        "pt",
        html=h("<p>Você está a um passo de perder sua ofensiva de 212 dias de espanhol.</p>"),
    ),
    n(
        "30-590",
        "2025-12-29 08:00",
        "Duolingo <hello@duolingo.com>",
        "Seu ano no Duolingo 🦉",
        "pt",
        html=h("<p>Em 2025 você aprendeu 1.420 palavras em espanhol!</p>"),
    ),
    n(
        "30-591",
        "2025-10-14 12:00",
        "Zoom <no-reply@zoom.us>",
        "Sua gravação na nuvem já está disponível",
        "pt",
        'A gravação "Clube do Livro - outubro" está disponível por 30 dias.\n',
    ),
    n(
        "30-592",
        "2025-11-02 09:00",
        "Google <no-reply@accounts.google.com>",
        "Alerta de segurança",
        "pt",
        "Novo login na sua Conta do Google em um dispositivo Windows. Se foi você, não é necessário fazer nada.\n",
    ),
    n(
        "30-593",
        "2026-02-11 09:00",
        "Google One <googleone-noreply@google.com>",
        "Seu armazenamento está quase cheio",
        "pt",
        html=h("<p>Você usou 93% dos seus 15 GB. Faça upgrade para 100 GB por R$ 7,99/mês.</p>"),
    ),
    n(
        "30-594",
        "2025-09-12 09:00",
        "Sympla <noreply@sympla.com.br>",
        "Eventos em São Paulo neste fim de semana",
        "pt",
        html=h("<p>Shows, peças e feiras gastronômicas para você curtir.</p>"),
    ),
    n(
        "30-595",
        "2025-10-17 17:00",
        "Livraria Cultura <news@livrariacultura.com.br>",
        "Lançamentos de outubro",
        "pt",
        html=h("<p>Novos títulos de ficção e negócios com 15% de desconto.</p>"),
    ),
    # --- friends, family, personal ---------------------------------------------------------
    n(
        "30-601",
        "2025-09-07 19:30",
        MAE,
        "fotos do almoço de domingo",
        "pt",
        "Filha, segue as fotos do almoço. Teu pai ficou ótimo nessa aqui né. Beijos da mãe\n",
        attach=[("IMG_2201.txt", "text/plain", "(foto)\n")],
    ),
    n(
        "30-602",
        "2025-09-29 21:10",
        MAE,
        "Re: mudança",
        "pt",
        "Oi filha, teu tio consegue emprestar a kombi dia 1º de manhã. Me fala o horário certinho.\n"
        "E o apartamento novo, já tem cortina? Bjs\n",
    ),
    n(
        "30-603",
        "2025-10-19 18:00",
        MAE,
        "receita do bolo de fubá",
        "pt",
        "Lari, a receita que você pediu:\n3 ovos, 2 xícaras de fubá, 1 de açúcar, 1 de leite, meia de óleo,\n"
        "1 colher de fermento. Forno 180 por 40 min. Bjs mãe\n",
    ),
    n(
        "30-604",
        "2025-11-16 20:45",
        MAE,
        "natal em Campinas?",
        "pt",
        "Filha, esse ano o natal vai ser lá em casa em Campinas. Tua vó pediu pra você trazer aquela farofa.\n"
        "Vem dia 24 cedo? Te amo\n",
    ),
    n(
        "30-605",
        "2026-01-02 11:00",
        MAE,
        "Feliz ano novo 🎆",
        "pt",
        "Que 2026 traga aquele emprego dos sonhos, filha! Orgulho de você. Beijos, mãe\n",
    ),
    n(
        "30-606",
        "2025-09-15 13:00",
        CAROL,
        "almoço quinta?",
        "pt",
        "Amiga, bora almoçar quinta no Ici Bistrô? Quero te contar da minha chefe nova kkkk\n",
    ),
    n(
        "30-607",
        "2025-10-21 22:30",
        CAROL,
        "Re: entrevista hoje",
        "pt",
        "E aí, como foi??? Me conta tudo amanhã no café. Tô torcendo!!\n\n"
        "Em ter., 21 de out. Larissa escreveu:\n> Amiga, to nervosa, daqui a pouco é a call\n",
    ),
    n(
        "30-608",
        "2025-11-10 19:10",
        CAROL,
        "passei teu contato pro Rodrigo",
        "pt",
        "Lari, passei teu contato pro Rodrigo da Fóton, tá? Ele é gente boa demais. Se ele te chamar, fala\n"
        "que foi eu que indiquei 😉\n",
    ),
    n(
        "30-609",
        "2025-12-22 16:00",
        CAROL,
        "amigo secreto - lista",
        "pt",
        "Gente, segue a lista de desejos do amigo secreto do grupo da facul. Valor até R$ 100!\n",
    ),
    n(
        "30-610",
        "2026-02-03 21:00",
        CAROL,
        "Re: NOVIDADE",
        "pt",
        "AAAAAAA AMIGAAA PARABÉNS!!! Pilar Pay é top demais. Merece muito. Sexta é comemoração, não aceito não!\n",
    ),
    n(
        "30-611",
        "2025-09-21 10:20",
        "Felipe Okamoto <felipe.okamoto@outlook.com>",
        "Clube do Livro - setembro",
        "pt",
        'Pessoal, o livro de outubro vai ser "Torto Arado". Encontro dia 14/10 por Zoom, 20h.\n',
    ),
    n(
        "30-612",
        "2025-11-25 11:40",
        "Felipe Okamoto <felipe.okamoto@outlook.com>",
        "Re: Clube do Livro - dezembro",
        "pt",
        "Fechado! Dezembro fazemos presencial lá em casa, cada um leva um prato.\n",
    ),
    n(
        "30-613",
        "2025-10-09 15:00",
        "Marcela Fonseca <marcela.fonseca@unicamp.br>",
        "Re: aniversário da mãe",
        "pt",
        "Mana, vou comprar o bolo. Você fica com as flores? A gente divide o resto no pix.\n",
    ),
    n(
        "30-614",
        "2026-01-18 17:20",
        "Marcela Fonseca <marcela.fonseca@unicamp.br>",
        "defesa do mestrado!",
        "pt",
        "Lari, minha defesa é dia 27/02 às 14h! Vai ser online também. Vou mandar o link. Tô surtando.\n",
    ),
    n(
        "30-615",
        "2025-11-30 10:00",
        "Julián Pereyra <julianpereyra.ba@gmail.com>",
        "Hola! consulta por el depto",
        "es",
        "Hola Larissa, ¿cómo andás? Vi tu consulta en Airbnb por el depto en Palermo. Para febrero está libre, "
        "avisame si querés que lo bloquee.\nSaludos, Julián\n",
    ),
    n(
        "30-616",
        "2025-10-01 12:30",
        "Ana Paula Lisboa <anapaula.lisboa@yahoo.com.br>",
        "Re: reencontro turma ESPM",
        "pt",
        "Fizemos o formulário! Reencontro dia 08/11 no bar da Mooca. Confirma presença até dia 25.\n",
    ),
    n(
        "30-617",
        "2025-12-09 08:15",
        "Escola de Dança Passo a Passo <contato@passoapassodanca.com.br>",
        "Ensaio do espetáculo",
        "pt",
        "Alunas do forró intermediário: ensaio geral dia 13/12 às 15h. Figurino preto e vermelho.\n",
    ),
    n(
        "30-618",
        "2026-02-16 22:00",
        "Sofía Ledesma <sofi.ledesma@gmail.com>",
        "¡Qué lindo verte!",
        "es",
        "Lari, ¡qué lindo fue cenar con vos en Buenos Aires! Te paso las fotos. Volvé pronto. Besos\n",
    ),
    n(
        "30-619",
        "2025-11-21 09:00",
        "Veterinária Amigo Fiel <agenda@amigofielvet.com.br>",
        "Lembrete de vacina - Paçoca",
        "pt",
        "Olá! A vacina V10 do Paçoca vence em 28/11. Agende pelo WhatsApp.\n",
    ),
    n(
        "30-620",
        "2026-02-20 10:00",
        "Patrícia Lemos <patricia.lemos.mkt@gmail.com>",
        "Parabéns pela Pilar!",
        "pt",
        "Oi Larissa, vi no LinkedIn que você foi para a Pilar Pay. Parabéns! Vamos manter contato.\nPatrícia\n",
    ),
]

MAIL += [
    n(
        "30-701",
        "2025-09-03 07:30",
        "Folha de S.Paulo <newsletter@folha.com.br>",
        "Primeira Página: destaques de quarta",
        "pt",
        html=h(
            "<p>Governo anuncia pacote; entrevista com o ministro da Fazenda; o trânsito na marginal.</p>"
        ),
    ),
    n(
        "30-702",
        "2025-10-15 07:30",
        "Folha de S.Paulo <newsletter@folha.com.br>",
        "Primeira Página: destaques de quarta",
        "pt",
        html=h("<p>Desemprego cai ao menor nível da série; startups voltam a contratar.</p>"),
    ),
    n(
        "30-703",
        "2025-12-03 07:30",
        "Folha de S.Paulo <newsletter@folha.com.br>",
        "Primeira Página: destaques de quarta",
        "pt",
        html=h("<p>Câmara aprova orçamento; o calor em São Paulo; crônica de domingo.</p>"),
    ),
    n(
        "30-704",
        "2025-09-17 12:00",
        "Renner <novidades@lojasrenner.com.br>",
        "Nova coleção primavera chegou 🌸",
        "pt",
        html=h("<p>Vestidos, linho e cores da estação. Frete grátis acima de R$ 199.</p>"),
    ),
    n(
        "30-705",
        "2025-11-27 12:00",
        "Renner <novidades@lojasrenner.com.br>",
        "Black Friday: até 70% OFF",
        "pt",
        html=h("<p>A maior oferta do ano começou. Aproveite antes que acabe!</p>"),
    ),
    n(
        "30-706",
        "2025-10-07 10:00",
        "Sephora <sephora@news.sephora.com.br>",
        "Uma oferta exclusiva para você, Larissa",
        "pt",
        html=h(
            "<p>Ganhe um necessaire nas compras acima de R$ 250. Só para clientes Sephora Black.</p>"
        ),
    ),
    n(
        "30-707",
        "2025-12-12 10:00",
        "Natura <natura@comunicacao.natura.com.br>",
        "Presentes de Natal com até 30% off",
        "pt",
        html=h(
            "<p>Kits presenteáveis e frete grátis. Sua consultora está pronta para te atender.</p>"
        ),
    ),
    n(
        "30-708",
        "2025-09-24 18:00",
        "Claro <claro@comunicacao.claro.com.br>",
        "Proposta especial: Claro Pós 50GB",
        "pt",
        html=h(
            "<p>Larissa, temos uma proposta para você: portabilidade com 50GB por R$ 69,90/mês.</p>"
        ),
    ),
    n(
        "30-709",
        "2025-10-31 11:00",
        "Banco Inter <comunicacao@bancointer.com.br>",
        "Sua solicitação de crédito imobiliário",
        "pt",
        "Olá Larissa,\n\nRecebemos sua simulação de crédito imobiliário. Para seguir com a análise, envie os\n"
        "documentos pelo app. Nosso especialista entrará em contato.\n\nBanco Inter\n",
    ),
    n(
        "30-710",
        "2025-11-13 14:00",
        "Banco Inter <comunicacao@bancointer.com.br>",
        "Análise de crédito concluída",
        "pt",
        "Sua análise de crédito imobiliário foi concluída. Infelizmente, neste momento não foi possível aprovar\n"
        "o valor solicitado. Você pode simular novamente em 90 dias.\n",
    ),
    n(
        "30-711",
        "2025-09-30 10:00",
        "XP Investimentos <comunicados@xpi.com.br>",
        "Relatório mensal da sua carteira",
        "pt",
        html=h("<p>Sua carteira rendeu 1,02% em setembro. Confira o relatório completo.</p>"),
    ),
    n(
        "30-712",
        "2025-12-31 10:00",
        "XP Investimentos <comunicados@xpi.com.br>",
        "Relatório mensal da sua carteira",
        "pt",
        html=h("<p>Sua carteira rendeu 0,98% em dezembro e 12,4% no ano.</p>"),
    ),
    n(
        "30-713",
        "2025-10-13 09:00",
        "Coursera <no-reply@m.mail.coursera.org>",
        "You're enrolled: Marketing Analytics with SQL",
        "en",
        html=h("<p>Welcome to Marketing Analytics with SQL! Your first week starts today.</p>"),
    ),
    n(
        "30-714",
        "2025-11-24 09:00",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Congratulations on your certificate!",
        "en",
        html=h(
            "<p>You've earned your certificate for Marketing Analytics with SQL. Share it on LinkedIn.</p>"
        ),
    ),
    n(
        "30-715",
        "2025-10-16 19:00",
        "Strava <no-reply@strava.com>",
        "Felipe Okamoto deu kudos na sua corrida",
        "pt",
        html=h('<p>Felipe Okamoto deu kudos em "Corrida no Ibirapuera" - 7,2 km.</p>'),
    ),
    n(
        "30-716",
        "2025-11-30 19:00",
        "Strava <no-reply@strava.com>",
        "Seu resumo de novembro",
        "pt",
        html=h("<p>Em novembro você correu 54 km em 9 atividades.</p>"),
    ),
    n(
        "30-717",
        "2025-12-06 10:00",
        "Corrida Pão de Açúcar <inscricoes@circuitodecorridas.com.br>",
        "Inscrição confirmada - Corrida de Reis 10K",
        "pt",
        "Olá Larissa, sua inscrição na Corrida de Reis 10K foi confirmada. Retire o kit em 10/01.\n",
    ),
    n(
        "30-718",
        "2025-09-16 09:00",
        "Unimed <atendimento@unimed.coop.br>",
        "Resultado de exame disponível",
        "pt",
        "Seu resultado de exame (hemograma) já está disponível no app Unimed.\n",
    ),
    n(
        "30-719",
        "2026-01-12 09:00",
        "Unimed <atendimento@unimed.coop.br>",
        "Boleto do plano de saúde - janeiro",
        "pt",
        "Seu boleto de janeiro está disponível: R$ 612,40, vencimento 20/01.\n",
    ),
    n(
        "30-720",
        "2025-10-24 08:45",
        "Consulado Geral de Portugal <agendamentos@consuladoportugalsp.pt>",
        "Lembrete: atendimento 04/11",
        "pt",
        "Recordamos que o seu atendimento está marcado para 04/11/2025 às 10h15. Traga os documentos originais.\n",
    ),
    n(
        "30-721",
        "2025-11-19 16:00",
        "Consulado Geral de Portugal <agendamentos@consuladoportugalsp.pt>",
        "Pedido de visto - decisão",
        "pt",
        "Exma. Sra., informamos que o seu pedido de visto foi deferido. O passaporte pode ser levantado a partir de 24/11.\n",
    ),
    n(
        "30-722",
        "2025-09-22 14:00",
        "TAP Air Portugal <no-reply@flytap.com>",
        "Oferta: Lisboa a partir de R$ 3.299",
        "pt",
        html=h(
            "<p>Voe para Lisboa com tarifas especiais. Oferta válida para viagens até março.</p>"
        ),
    ),
    n(
        "30-723",
        "2025-10-27 20:00",
        "Google Maps <noreply-maps-timeline@google.com>",
        "Sua retrospectiva de outubro",
        "pt",
        html=h("<p>Você visitou 14 lugares em 3 cidades em outubro.</p>"),
    ),
    n(
        "30-724",
        "2025-11-08 10:00",
        "Airbnb <automated@airbnb.com>",
        "Uma oferta especial para sua próxima viagem",
        "pt",
        html=h("<p>Acomodações com desconto para o réveillon. Confira as opções no litoral.</p>"),
    ),
    n(
        "30-725",
        "2025-12-19 12:00",
        "Ticketmaster <noreply@ticketmaster.com.br>",
        "Seus ingressos: Marisa Monte - Allianz Parque",
        "pt",
        "Pedido 99812: 2 ingressos, pista, 07/02/2026. Apresente o QR code na entrada.\n",
    ),
    n(
        "30-726",
        "2026-02-06 09:00",
        "Ticketmaster <noreply@ticketmaster.com.br>",
        "Falta 1 dia! Informações do evento",
        "pt",
        "Portões abrem às 17h. Proibida a entrada com garrafas e guarda-chuvas.\n",
    ),
    n(
        "30-727",
        "2025-09-28 11:00",
        "Tok&Stok <contato@tokstok.com.br>",
        "Sua compra foi aprovada",
        "pt",
        "Pedido 118233: Sofá 3 lugares Lina. Entrega agendada para 06/10, período da manhã.\n",
    ),
    n(
        "30-728",
        "2025-10-06 08:00",
        "Tok&Stok <contato@tokstok.com.br>",
        "Entrega hoje: pedido 118233",
        "pt",
        "Sua entrega está prevista para hoje entre 8h e 12h.\n",
    ),
    n(
        "30-729",
        "2026-01-05 10:00",
        "Wise <noreply@wise.com>",
        "Your transfer to Julián Pereyra is complete",
        "en",
        html=h("<p>You sent 380.000 ARS to Julián Pereyra. It should arrive today.</p>"),
    ),
    n(
        "30-730",
        "2026-02-15 12:30",
        "Mercado Pago <info@mercadopago.com.ar>",
        "Recibiste un pago",
        "es",
        html=h('<p>Sofía Ledesma te envió $ 25.000 - "la cena de ayer".</p>'),
    ),
    n(
        "30-731",
        "2025-11-04 21:00",
        "Felipe Okamoto <felipe.okamoto@outlook.com>",
        "entrevista que comentei",
        "pt",
        'Lari, essa é a entrevista com a autora de "Torto Arado" que eu falei no clube: '
        "https://www.youtube.com/watch?v=xY12ab. Vale muito!\n",
    ),
    n(
        "30-732",
        "2025-12-14 09:30",
        MAE,
        "Re: natal em Campinas?",
        "pt",
        "Que bom que vem! Teu pai já comprou o pernil. Traz o Paçoca também. Bjs\n",
    ),
    n(
        "30-733",
        "2026-02-04 08:10",
        MAE,
        "Re: novidade!!",
        "pt",
        "Filhaaa que notícia maravilhosa!!! Teu pai chorou. Vamos comemorar no domingo. Te amo muito\n",
    ),
    n(
        "30-734",
        "2025-10-30 17:00",
        "Marcela Fonseca <marcela.fonseca@unicamp.br>",
        "fotos do aniversário",
        "pt",
        "Segue o link do álbum: https://photos.app.goo.gl/abc123\n",
    ),
    n(
        "30-735",
        "2025-09-05 15:00",
        "Slack <feedback@slack.com>",
        "Você tem mensagens não lidas em Freelas Mkt",
        "pt",
        html=h("<p>3 mensagens não lidas no canal #oportunidades-freela.</p>"),
    ),
    n(
        "30-736",
        "2025-11-11 13:00",
        "Workana <noreply@workana.com>",
        "Seu projeto foi aprovado pelo cliente",
        "pt",
        html=h(
            '<p>O cliente Doce Ateliê aprovou a entrega do projeto "Configuração de automação de e-mails". '
            "O pagamento de R$ 1.800 será liberado em 3 dias.</p>"
        ),
    ),
    n(
        "30-737",
        "2025-09-25 10:00",
        "Doce Ateliê <contato@doceatelie.com.br>",
        "Orçamento automação de e-mails",
        "pt",
        "Oi Larissa! Gostamos da proposta de R$ 1.800 para configurar a automação. Podemos fechar?\nBeijos, Lia\n",
    ),
    n(
        "30-738",
        "2026-01-23 18:00",
        "Apple <no_reply@email.apple.com>",
        "Seu recibo da Apple",
        "pt",
        "iCloud+ 50 GB - R$ 5,90. Recibo de 23/01/2026.\n",
    ),
    n(
        "30-739",
        "2025-12-23 12:00",
        "Pão de Açúcar <clube@paodeacucar.com.br>",
        "Suas ofertas personalizadas de Natal",
        "pt",
        html=h(
            "<p>Panetone, espumante e bacalhau com preços exclusivos do Clube Pão de Açúcar.</p>"
        ),
    ),
    n(
        "30-740",
        "2026-02-24 10:00",
        "Admissões FGV <admissoes.mba@fgv.edu.example>",
        "Boas-vindas à turma de março",
        "pt",
        "Prezada Larissa, seja bem-vinda ao MBA em Marketing Digital! A aula inaugural é em 07/03, às 9h.\n",
    ),
]
