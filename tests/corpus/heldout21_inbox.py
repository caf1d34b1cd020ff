# ruff: noqa: E501
"""Everything else in the twenty-first corpus: an ordinary inbox (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

BRT, WEST = "-0300", "+0100"


def n(
    key: str, date: str, frm: str, subject: str, lang: str, text: str, **kw: Any
) -> dict[str, Any]:
    """A message that is not about jobs (Brazilian time unless ``tz`` says otherwise)."""
    kw.setdefault("tz", BRT)
    return m(key, date, frm, subject, ("not_job", lang), text=text, **kw)


MAIL: list[dict[str, Any]] = [
    # look-alikes: rental, credit, loan, visa, university
    n(
        "21201",
        "2025-02-03 10:15",
        "QuintoAndar <nao-responda@quintoandar.com.br>",
        "Sua proposta de aluguel foi enviada",
        "pt",
        """Oi Larissa!

Sua proposta para o apartamento na Rua Cardeal Arcoverde, 1120 - Pinheiros foi enviada ao proprietário. Agora vamos fazer a análise de crédito da sua ficha.

Você receberá uma resposta em até 48 horas.

QuintoAndar
""",
    ),
    n(
        "21202",
        "2025-02-05 16:40",
        "QuintoAndar <nao-responda@quintoandar.com.br>",
        "Proposta aceita! 🎉",
        "pt",
        """Larissa, o proprietário aceitou sua proposta!

Próximo passo: assinar o contrato digitalmente. Você receberá o link em instantes.

QuintoAndar
""",
    ),
    n(
        "21203",
        "2025-02-06 09:00",
        "Clicksign <noreply@clicksign.com>",
        "Documento para assinar: Contrato de Locação - Pinheiros",
        "pt",
        """Olá Larissa Nogueira Campos,

QuintoAndar Serviços Imobiliários enviou um documento para você assinar: Contrato de Locação Residencial.

Assinar: https://app.clicksign.com/sign/8b1f

Clicksign
""",
    ),
    n(
        "21204",
        "2025-02-09 11:20",
        "Nubank <todomundo@nubank.com.br>",
        "Seu pedido de aumento de limite foi analisado",
        "pt",
        """Oi, Larissa!

Analisamos seu pedido e aumentamos seu limite do cartão de crédito para R$ 6.500. O novo limite já está disponível no app.

Nubank
""",
    ),
    n(
        "21205",
        "2025-02-14 14:33",
        "Banco Inter <noreply@bancointer.com.br>",
        "Proposta de empréstimo pré-aprovada para você",
        "pt",
        """Larissa, você tem uma proposta de crédito pessoal pré-aprovada de até R$ 15.000, com taxas a partir de 1,49% a.m.

Simule no app e contrate em minutos.

Banco Inter
""",
    ),
    n(
        "21206",
        "2025-02-20 09:12",
        "Creditas <contato@creditas.com>",
        "Sua solicitação de crédito está em análise",
        "pt",
        """Olá Larissa,

Recebemos sua solicitação de empréstimo com garantia de veículo. Nosso time de análise está avaliando a documentação e retornaremos em até 3 dias úteis.

Etapas: Cadastro ✔  Análise de crédito ⏳  Proposta  Contrato

Creditas
""",
    ),
    n(
        "21207",
        "2025-02-25 10:00",
        "Creditas <contato@creditas.com>",
        "Infelizmente não conseguimos aprovar seu crédito",
        "pt",
        """Olá Larissa,

Após análise, não foi possível aprovar sua solicitação neste momento. Você poderá fazer uma nova solicitação em 90 dias.

Agradecemos a confiança.
Creditas
""",
    ),
    n(
        "21208",
        "2025-03-03 13:00",
        "VFS Global Portugal <noreply@vfsglobal.com>",
        "Confirmação de agendamento - Visto para procura de trabalho",
        "pt",
        """Prezada Larissa Nogueira Campos,

Seu agendamento para entrega de documentos do pedido de visto (Visto de Procura de Trabalho) foi confirmado.

Data: 18/03/2025
Hora: 10:30
Local: Centro de Solicitação de Vistos de Portugal - Av. Paulista, 1842, São Paulo

Leve passaporte, comprovante de meios de subsistência e seguro de viagem.

VFS Global
""",
    ),
    n(
        "21209",
        "2025-03-18 12:40",
        "VFS Global Portugal <noreply@vfsglobal.com>",
        "Seu pedido de visto foi recebido",
        "pt",
        """Prezada Larissa,

Seu pedido de visto (referência PTSP/250318/0442) foi recebido e encaminhado ao Consulado-Geral de Portugal em São Paulo para decisão.

Acompanhe em https://visa.vfsglobal.com/bra/pt/prt/track-application
""",
    ),
    n(
        "21210",
        "2025-04-10 17:05",
        "VFS Global Portugal <noreply@vfsglobal.com>",
        "Atualização do pedido: passaporte pronto para retirada",
        "pt",
        """Prezada Larissa,

Seu passaporte referente ao pedido PTSP/250318/0442 está disponível para retirada no Centro de Solicitação de Vistos.

VFS Global
""",
    ),
    n(
        "21211",
        "2025-02-17 15:30",
        "Pós-Graduação Mackenzie <posgraduacao@mackenzie.br>",
        "Inscrição confirmada - MBA em Data Science",
        "pt",
        """Olá Larissa,

Sua inscrição no processo seletivo do MBA em Data Science e Analytics (turma agosto/2025) foi confirmada. A entrevista com a coordenação será agendada por e-mail.

Secretaria de Pós-Graduação
""",
    ),
    n(
        "21212",
        "2025-03-06 10:10",
        "Pós-Graduação Mackenzie <posgraduacao@mackenzie.br>",
        "Resultado do processo seletivo - MBA",
        "pt",
        """Parabéns, Larissa!

Você foi aprovada no processo seletivo do MBA em Data Science e Analytics. Para garantir sua vaga, realize a matrícula até 20/03.

Secretaria de Pós-Graduação
""",
    ),
    n(
        "21213",
        "2025-03-12 09:00",
        "Pós-Graduação Mackenzie <posgraduacao@mackenzie.br>",
        "Entrevista com a coordenação - MBA",
        "pt",
        """Olá Larissa,

Como parte da matrícula, a coordenação convida você para uma conversa de boas-vindas (15 min) no dia 14/03 às 19h, pelo Zoom: https://mackenzie.zoom.us/j/88120

Secretaria de Pós-Graduação
""",
    ),
    n(
        "21214",
        "2025-03-21 18:00",
        "Pós-Graduação Mackenzie <posgraduacao@mackenzie.br>",
        "Matrícula cancelada a pedido",
        "pt",
        """Olá Larissa,

Confirmamos o cancelamento da sua matrícula no MBA em Data Science, conforme solicitado. O valor da taxa será estornado em até 30 dias.

Secretaria
""",
    ),
    n(
        "21215",
        "2025-04-25 10:30",
        "Idealista <noreply@idealista.pt>",
        "O seu pedido de visita foi enviado",
        "pt",
        """Olá Larissa,

O anunciante do T1 na Rua de Cedofeita, Porto, recebeu o seu pedido de contacto. Normalmente responde em 24 horas.

idealista
""",
        tz=WEST,
    ),
    n(
        "21216",
        "2025-05-03 19:20",
        "Joana Brito <joana.brito.imoveis@gmail.com>",
        "Re: T1 Cedofeita",
        "pt",
        """Olá Larissa,

O proprietário aceitou a sua candidatura ao arrendamento! Precisamos agora de um fiador ou de 3 rendas de caução, dado que ainda não tem recibos de vencimento em Portugal.

Podemos marcar a assinatura para dia 10?

Cumprimentos,
Joana Brito
""",
        tz=WEST,
    ),
    # marketing "ofertas", "propostas", webinars, podcast interviews
    n(
        "21217",
        "2025-02-08 08:30",
        "Magazine Luiza <ofertas@magazineluiza.com.br>",
        "Oferta imperdível só hoje: até 60% OFF",
        "pt",
        """Larissa, ofertas exclusivas pra você!

Notebooks, celulares e eletrodomésticos com até 60% de desconto + frete grátis para todo o Brasil.

Aproveite: https://www.magazineluiza.com.br/selecao/ofertasdodia
""",
    ),
    n(
        "21218",
        "2025-02-22 07:45",
        "iFood <news@ifood.com.br>",
        "Uma proposta irrecusável pro seu almoço 🍔",
        "pt",
        """Oi Larissa! Cupom de R$ 15 nos restaurantes parceiros até domingo. Use o código ALMOCO15.

iFood
""",
    ),
    n(
        "21219",
        "2025-03-14 12:00",
        "Alura <contato@alura.com.br>",
        "Webinar: como se preparar para entrevistas de dados",
        "pt",
        """Olá, Larissa!

Nesta quinta às 19h, ao vivo: "Do currículo à entrevista técnica: carreira em dados em 2025", com especialistas de grandes empresas.

Inscreva-se grátis: https://www.alura.com.br/eventos/carreira-dados
""",
    ),
    m(
        "21220",
        "2025-03-15 09:00",
        "Alura Eventos <eventos@alura.com.br>",
        "Convite: Carreira em Dados 2025 (ao vivo)",
        ("not_job", "pt"),
        text="""Sua inscrição está confirmada! Adicione o evento à sua agenda.

Quinta, 20/03, 19h - 20h30
https://www.alura.com.br/eventos/carreira-dados/live
""",
        ics={
            "uid": "alura-live-0320@alura.com.br",
            "start": "2025-03-20 19:00:00 -0300",
            "minutes": 90,
            "organizer": ("Alura Eventos", "eventos@alura.com.br"),
            "summary": "Live: Carreira em Dados 2025",
            "location": "YouTube Alura",
        },
        tz=BRT,
    ),
    n(
        "21221",
        "2025-04-04 10:10",
        "Podcast Dados na Mesa <contato@dadosnamesa.com.br>",
        "Convite para entrevista no podcast",
        "pt",
        """Oi Larissa!

Acompanhamos seus posts sobre Power BI no LinkedIn e adoraríamos te entrevistar para um episódio do Dados na Mesa sobre dashboards no varejo. A gravação leva cerca de 1 hora, remota.

Topa? Temos datas em abril.

Abraços,
Ana e Léo - Dados na Mesa
""",
    ),
    n(
        "21222",
        "2025-04-05 09:33",
        "Podcast Dados na Mesa <contato@dadosnamesa.com.br>",
        "Re: Convite para entrevista no podcast",
        "pt",
        """Que demais! Então fica marcado quarta 16/04 às 20h. Mandamos o link do Riverside na véspera.

Ana
""",
        **reply("21221", "contato@dadosnamesa.com.br"),
    ),
    m(
        "21223",
        "2025-04-07 14:00",
        "Clínica Sorriso Pleno <agenda@sorrisopleno.com.br>",
        "Consulta confirmada - Dra. Fernanda Yamamoto",
        ("not_job", "pt"),
        text="""Olá Larissa,

Sua consulta de avaliação odontológica está confirmada para 15/04 às 8h30.
Endereço: Rua Teodoro Sampaio, 744 - cj. 52.

Em caso de desistência, avise com 24h de antecedência.
""",
        ics={
            "uid": "sorriso-0415-lcampos",
            "start": "2025-04-15 08:30:00 -0300",
            "minutes": 40,
            "organizer": ("Clínica Sorriso Pleno", "agenda@sorrisopleno.com.br"),
            "summary": "Consulta - Dra. Fernanda Yamamoto",
            "location": "Rua Teodoro Sampaio, 744 - cj. 52",
        },
        tz=BRT,
    ),
    m(
        "21224",
        "2025-02-26 08:00",
        "Fleury Medicina e Saúde <agendamento@fleury.com.br>",
        "Agendamento confirmado: exames de rotina",
        ("not_job", "pt"),
        text="""Larissa, seu agendamento está confirmado.

Exames: hemograma, glicemia, TSH
Data: 28/02/2025 às 7h15 - Unidade Paraíso
Jejum de 8 horas.
""",
        ics={
            "uid": "fleury-0228-88123",
            "start": "2025-02-28 07:15:00 -0300",
            "minutes": 30,
            "organizer": ("Fleury", "agendamento@fleury.com.br"),
            "summary": "Exames Fleury - Unidade Paraíso",
            "location": "Rua Cubatão, 1010",
        },
        tz=BRT,
    ),
    # LinkedIn social
    n(
        "21225",
        "2025-02-12 18:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Parabenize Júlio Menezes pelo novo emprego",
        "pt",
        """Júlio Menezes começou um novo cargo como Coordenador de Dados na Lumen Retail.

Envie os parabéns: https://www.linkedin.com/feed/
""",
    ),
    n(
        "21226",
        "2025-03-09 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Você apareceu em 23 pesquisas esta semana",
        "pt",
        """Larissa, você apareceu em 23 pesquisas esta semana.

Pessoas de Banco Meridiano, Lumen Retail e 4 outras empresas encontraram seu perfil.

Ver todas: https://www.linkedin.com/me/search-appearances/
""",
    ),
    n(
        "21227",
        "2025-04-18 20:15",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Fábio Serrano e outras 12 pessoas reagiram à sua publicação",
        "pt",
        """Sua publicação "5 dicas de DAX que eu queria ter aprendido antes" está fazendo sucesso!

Fábio Serrano, Camila Toledo e outras 11 pessoas reagiram.
""",
    ),
    n(
        "21228",
        "2025-05-30 09:00",
        "LinkedIn <invitations@linkedin.com>",
        "Inês Carvalho quer se conectar",
        "pt",
        """Inês Carvalho
Talent Acquisition na Tejo Digital

Aceitar: https://www.linkedin.com/mynetwork/invitation-manager/
""",
        tz=WEST,
    ),
    n(
        "21229",
        "2025-06-21 10:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Larissa, parabéns pelo novo cargo!",
        "pt",
        """Suas conexões estão parabenizando você pelo novo cargo de Analista de Dados na Cortinorte.

Priscila Ramos: "Arrasou, amiga!! 🇵🇹"
""",
        tz=WEST,
    ),
    # newsletters about hiring
    n(
        "21230",
        "2025-02-18 07:00",
        "The News <newsletter@thenewscc.com.br>",
        "☕ Big techs voltam a contratar?",
        "pt",
        """Bom dia! Hoje no the news:

- Mercado de tecnologia: empresas voltam a abrir vagas, mas com processos seletivos mais longos
- Dólar fecha em queda
- Entrevista exclusiva com o CEO de uma fintech unicórnio

Leia em 5 minutos.
""",
    ),
    n(
        "21231",
        "2025-03-25 07:00",
        "Data Hackers <newsletter@datahackers.com.br>",
        "Data Hackers News #142: salários em dados 2025",
        "pt",
        """Nesta edição:
- Pesquisa State of Data Brazil: quanto ganha um Analista de Dados Pleno?
- Dicas para o teste técnico de SQL
- Vagas da semana dos nossos parceiros

Boa leitura!
""",
    ),
    n(
        "21232",
        "2025-05-20 08:00",
        "Observador <newsletter@observador.pt>",
        "Macroscópio: Portugal precisa de mais trabalhadores qualificados",
        "pt",
        """Bom dia. Empresas portuguesas dizem ter dificuldade em recrutar perfis tecnológicos; o governo prepara novo regime de vistos. Entrevista ao ministro da Economia.

Observador
""",
        tz=WEST,
    ),
    # receipts, deliveries, banks, services
    n(
        "21233",
        "2025-02-02 19:12",
        "Mercado Livre <compras@mercadolivre.com.br>",
        "Você comprou: Suporte para notebook ajustável",
        "pt",
        """Obrigado pela compra, Larissa!

Suporte para notebook ajustável em alumínio - R$ 89,90
Pagamento aprovado. Chega entre 5 e 7 de fevereiro.
""",
    ),
    n(
        "21234",
        "2025-02-06 14:20",
        "Mercado Livre <envios@mercadolivre.com.br>",
        "Seu pacote chegou!",
        "pt",
        """Entregamos seu pacote em Rua Cardeal Arcoverde, 1120.

Suporte para notebook ajustável
""",
    ),
    n(
        "21235",
        "2025-02-10 06:00",
        "Nubank <todomundo@nubank.com.br>",
        "Sua fatura de fevereiro fechou",
        "pt",
        """Oi, Larissa! Sua fatura fechou em R$ 2.347,18 e vence em 17/02.

Pague pelo app ou pelo boleto.
""",
    ),
    n(
        "21236",
        "2025-03-10 06:00",
        "Nubank <todomundo@nubank.com.br>",
        "Sua fatura de março fechou",
        "pt",
        """Oi, Larissa! Sua fatura fechou em R$ 1.982,40 e vence em 17/03.
""",
    ),
    n(
        "21237",
        "2025-04-10 06:00",
        "Nubank <todomundo@nubank.com.br>",
        "Sua fatura de abril fechou",
        "pt",
        """Oi, Larissa! Sua fatura fechou em R$ 3.110,05 e vence em 17/04. Inclui passagem aérea parcelada em 6x.
""",
    ),
    n(
        "21238",
        "2025-02-15 11:00",
        "Enel Distribuição São Paulo <contaporemail@enel.com>",
        "Sua conta de energia chegou",
        "pt",
        """Cliente: LARISSA N CAMPOS
Instalação: 7711023
Valor: R$ 142,37 - Vencimento: 25/02/2025
""",
    ),
    n(
        "21239",
        "2025-03-15 11:00",
        "Enel Distribuição São Paulo <contaporemail@enel.com>",
        "Sua conta de energia chegou",
        "pt",
        """Cliente: LARISSA N CAMPOS
Valor: R$ 158,90 - Vencimento: 25/03/2025
""",
    ),
    n(
        "21240",
        "2025-02-28 21:30",
        "Uber Receipts <noreply@uber.com>",
        "Seu recibo da viagem de sexta-feira à noite",
        "pt",
        """Obrigado por viajar com a Uber, Larissa.

Total: R$ 27,40
Pinheiros → Vila Madalena
""",
    ),
    n(
        "21241",
        "2025-03-07 23:10",
        "99 <recibos@99app.com>",
        "Recibo da sua corrida",
        "pt",
        """Corrida finalizada: Vila Mariana → Pinheiros
Valor: R$ 31,20 (Pix)
""",
    ),
    n(
        "21242",
        "2025-03-20 09:00",
        "TAP Air Portugal <booking@flytap.com>",
        "A sua reserva: GRU → LIS, 22 abril",
        "pt",
        """Olá Larissa,

Obrigado por voar com a TAP. Reserva: K7QX2M
Voo TP 82 - São Paulo (GRU) 22/04 17:05 → Lisboa (LIS) 23/04 06:40

Faça check-in online 36 horas antes.
""",
    ),
    n(
        "21243",
        "2025-04-21 10:00",
        "TAP Air Portugal <checkin@flytap.com>",
        "Check-in disponível - TP 82",
        "pt",
        """Larissa, já pode fazer o check-in para o voo TP 82 de amanhã. Reserva K7QX2M.
""",
    ),
    n(
        "21244",
        "2025-04-24 15:00",
        "Booking.com <noreply@booking.com>",
        "Confirmação: Hostel Baixa Lisboa, 23-30 abril",
        "pt",
        """Obrigado, Larissa! A sua reserva no Hostel Baixa Lisboa está confirmada.
Check-in: 23 abr · Check-out: 30 abr
Total: 245 EUR
""",
        tz=WEST,
    ),
    n(
        "21245",
        "2025-04-29 12:00",
        '"AIMA - Agência para a Integração, Migrações e Asilo" <noreply@aima.gov.pt>',
        "Pedido de agendamento recebido",
        "pt",
        """Exma. Senhora,

Informamos que o seu pedido de agendamento para autorização de residência foi recebido. Será contactada oportunamente com data e local.

AIMA
""",
        tz=WEST,
    ),
    n(
        "21246",
        "2025-05-05 09:30",
        "Portal das Finanças <naoresponder@at.gov.pt>",
        "Atribuição de NIF",
        "pt",
        """Foi atribuído o Número de Identificação Fiscal solicitado. Pode consultar os dados no Portal das Finanças.

Autoridade Tributária e Aduaneira
""",
        tz=WEST,
    ),
    n(
        "21247",
        "2025-05-07 17:00",
        "Millennium bcp <info@millenniumbcp.pt>",
        "Bem-vinda ao Millennium: a sua conta está aberta",
        "pt",
        """Olá Larissa,

A sua conta à ordem foi aberta com sucesso. O seu cartão de débito chegará à morada indicada em 5 dias úteis.

Millennium bcp
""",
        tz=WEST,
    ),
    n(
        "21248",
        "2025-05-11 10:00",
        "Vodafone Portugal <noreply@vodafone.pt>",
        "Bem-vinda à Vodafone - o seu tarifário",
        "pt",
        """Olá Larissa! O seu cartão pré-pago está ativo. Tarifário Yorn X: 10GB por 12,99 EUR/mês.
""",
        tz=WEST,
    ),
    n(
        "21249",
        "2025-06-01 12:00",
        "Continente <online@continente.pt>",
        "A sua encomenda está a caminho",
        "pt",
        """Encomenda n.º 4410292 - entrega hoje entre 18h e 20h na Rua de Cedofeita.
""",
        tz=WEST,
    ),
    n(
        "21250",
        "2025-06-25 09:00",
        "Metro do Porto <andante@metrodoporto.pt>",
        "Assinatura Andante mensal ativada",
        "pt",
        """O seu passe Andante Z2 para julho foi carregado com sucesso. Valor: 40,00 EUR.
""",
        tz=WEST,
    ),
    # family and friends
    n(
        "21251",
        "2025-02-02 21:40",
        "Mãe <sandra.nogueira61@hotmail.com>",
        "fotos do almoço",
        "pt",
        """Filha, segue as fotos do almoço de domingo. A tia Cida pediu pra você mandar a receita do bolo de fubá.

Beijos, mãe
""",
        attach=[("IMG_2031.jpg", "image/jpeg", "jpeg-bytes")],
    ),
    n(
        "21252",
        "2025-02-16 10:05",
        "Pai <jcampos.contab@uol.com.br>",
        "IRPF 2025",
        "pt",
        """Lari,

Já separei os informes de rendimento. Me manda o informe do teu antigo emprego e o recibo do aluguel que eu faço tua declaração junto com a minha, como no ano passado.

Pai
""",
    ),
    n(
        "21253",
        "2025-02-16 14:22",
        "Pai <jcampos.contab@uol.com.br>",
        "Re: IRPF 2025",
        "pt",
        """Recebi, obrigado. Falta o informe do Nubank, mas esse eu puxo do app.

Pai
""",
        **reply("21252", "jcampos.contab@uol.com.br"),
    ),
    n(
        "21254",
        "2025-03-01 19:00",
        "Priscila Ramos <pri.ramos@gmail.com>",
        "carnaval!!!",
        "pt",
        """Amigaaa, bloco amanhã 14h na Vila Madalena, encontro na frente do metrô. Leva protetor e glitter 💃

Pri
""",
    ),
    n(
        "21255",
        "2025-03-16 11:30",
        "Fábio Serrano <fabio.serrano@gmail.com>",
        "aquela indicação",
        "pt",
        """Oi Lari!

Passei teu CV pro Tiago da Pagaí, como combinamos. Ele é gente boa, o time é pequeno mas muito bom. Depois me conta como foi!

Abs, Fábio
""",
    ),
    n(
        "21256",
        "2025-04-02 22:10",
        "Mãe <sandra.nogueira61@hotmail.com>",
        "Portugal",
        "pt",
        """Filha, eu e teu pai conversamos e vamos te ajudar com a passagem. Fica tranquila. Só promete que vai ligar todo domingo!

Te amo
""",
    ),
    n(
        "21257",
        "2025-04-20 16:00",
        "Tia Cida <cida.nogueira@bol.com.br>",
        "Despedida",
        "pt",
        """Larissa querida, vamos fazer um churrasquinho de despedida sábado lá em casa, 13h. Todo mundo vai. Traz a Pri!

Beijo da tia
""",
    ),
    n(
        "21258",
        "2025-05-04 20:30",
        "Mãe <sandra.nogueira61@hotmail.com>",
        "saudades",
        "pt",
        """Como está o frio aí? Teu pai quer saber se você já abriu conta no banco e se o quarto é seguro. Manda foto da rua!

Beijos
""",
    ),
    n(
        "21259",
        "2025-05-18 09:15",
        "Priscila Ramos <pri.ramos@gmail.com>",
        "Re: Porto é lindo demais",
        "pt",
        """Que inveja boa!!! Quero ir te visitar em setembro. Já tá falando "autocarro" e "pequeno-almoço"? kkkkk

bjs
""",
    ),
    n(
        "21260",
        "2025-06-08 18:45",
        "Beatriz Campos <bia.campos.03@gmail.com>",
        "mana, preciso de ajuda com TCC",
        "pt",
        """Lari, meu orientador pediu uma análise estatística no TCC e eu tô perdida. Você me ajuda com o R ou Python? Te mando a planilha.

Bia
""",
        attach=[
            (
                "dados_tcc.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "xlsx",
            )
        ],
    ),
    n(
        "21261",
        "2025-06-22 21:00",
        "Beatriz Campos <bia.campos.03@gmail.com>",
        "Re: mana, preciso de ajuda com TCC",
        "pt",
        """VOCÊ É A MELHOR IRMÃ DO MUNDO. O orientador amou os gráficos. Te devo um pastel de nata kkk
""",
        tz=WEST,
        **reply("21260", "bia.campos.03@gmail.com"),
    ),
    n(
        "21262",
        "2025-07-06 12:00",
        "Pai <jcampos.contab@uol.com.br>",
        "Restituição",
        "pt",
        """Lari, caiu tua restituição do IR no primeiro lote: R$ 1.214,00. Transferi pra tua conta do Inter.

Pai
""",
    ),
    n(
        "21263",
        "2025-07-13 11:00",
        "Condomínio Ed. Arcoverde <adm@lellocondominios.com.br>",
        "Vaga de garagem disponível para locação",
        "pt",
        """Prezados condôminos,

Informamos que há uma vaga de garagem disponível para locação no subsolo 2 (vaga 41). Interessados devem enviar proposta à administração até 20/07. A seleção será por ordem de chegada.

Administração
""",
    ),
    n(
        "21264",
        "2025-02-19 20:00",
        "Condomínio Ed. Arcoverde <adm@lellocondominios.com.br>",
        "Convocação - Assembleia Geral Ordinária",
        "pt",
        """Prezados,

Fica convocada a AGO para o dia 10/03, às 19h30, no salão de festas. Pauta: prestação de contas, eleição de síndico e obras da fachada.

Administração
""",
    ),
    # services, SaaS, subscriptions (pt and en)
    n(
        "21265",
        "2025-02-01 09:00",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium receipt",
        "en",
        """Hi Larissa,

Thanks for your payment. Premium Individual - R$ 21,90
Next billing date: March 1, 2025.
""",
    ),
    n(
        "21266",
        "2025-03-01 09:00",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium receipt",
        "en",
        """Hi Larissa,

Thanks for your payment. Premium Individual - R$ 21,90
""",
    ),
    n(
        "21267",
        "2025-02-23 15:00",
        "GitHub <noreply@github.com>",
        "[GitHub] A third-party OAuth application has been added to your account",
        "en",
        """Hey larinc!

A third-party OAuth application (Hex Notebooks) with read:user scope was recently authorized to access your account.

Thanks,
The GitHub Team
""",
    ),
    n(
        "21268",
        "2025-03-22 10:11",
        "GitHub <noreply@github.com>",
        "[larinc/powerbi-templates] New star from a visitor",
        "en",
        """Your repository larinc/powerbi-templates was starred by 3 users this week.
""",
    ),
    n(
        "21269",
        "2025-02-27 12:00",
        "Microsoft <msa@communication.microsoft.com>",
        "Your Power BI Pro trial ends in 7 days",
        "en",
        """Hi Larissa,

Your Power BI Pro trial ends on March 6. Upgrade to keep sharing your reports.

Microsoft
""",
    ),
    n(
        "21270",
        "2025-03-05 08:00",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Congratulations on completing Google Advanced Data Analytics",
        "en",
        """Congratulations, Larissa!

You've completed the Google Advanced Data Analytics Professional Certificate. Share your certificate on LinkedIn to show employers what you've learned.
""",
    ),
    n(
        "21271",
        "2025-04-12 08:00",
        "Duolingo <hello@duolingo.com>",
        "Larissa, you're on a 30 day streak! 🔥",
        "en",
        """Keep it going! Your Portuguese (Portugal) lessons are waiting.
""",
    ),
    n(
        "21272",
        "2025-03-30 18:00",
        "Netflix <info@mailer.netflix.com>",
        "Novidades desta semana na Netflix",
        "pt",
        """Séries e filmes novos esta semana. Assista agora.
""",
    ),
    n(
        "21273",
        "2025-02-11 13:40",
        "Google <no-reply@accounts.google.com>",
        "Alerta de segurança",
        "pt",
        """Novo login na sua Conta do Google em um dispositivo Windows.

larissa.ncampos@gmail.com
Se foi você, não precisa fazer nada.
""",
    ),
    n(
        "21274",
        "2025-04-28 02:15",
        "Google <no-reply@accounts.google.com>",
        "Alerta de segurança: novo login em Lisboa",
        "pt",
        """Novo login na sua Conta do Google em um dispositivo Android perto de Lisboa, Portugal.

Se foi você, não precisa fazer nada.
""",
        tz=WEST,
    ),
    n(
        "21275",
        "2025-05-25 10:00",
        "Google Drive <drive-shares-dm-noreply@google.com>",
        'Priscila Ramos compartilhou "Roteiro Porto setembro" com você',
        "pt",
        """Priscila Ramos compartilhou uma planilha com você: Roteiro Porto setembro.

Abrir: https://docs.google.com/spreadsheets/d/1Xr
""",
        tz=WEST,
    ),
    n(
        "21276",
        "2025-02-07 18:00",
        "Smart Fit <contato@smartfit.com.br>",
        "Seu plano Black foi renovado",
        "pt",
        """Olá Larissa! Seu plano Black foi renovado: R$ 139,90/mês.
""",
    ),
    n(
        "21277",
        "2025-04-15 10:00",
        "Smart Fit <contato@smartfit.com.br>",
        "Cancelamento do plano confirmado",
        "pt",
        """Olá Larissa, confirmamos o cancelamento do seu plano. Sentiremos sua falta! Volte quando quiser.
""",
    ),
    n(
        "21278",
        "2025-03-27 14:00",
        "Porto Seguro <atendimento@portoseguro.com.br>",
        "Proposta de seguro viagem",
        "pt",
        """Olá Larissa,

Segue a proposta de seguro viagem Europa (cobertura de 30 mil euros, exigida para o visto Schengen). Validade da proposta: 7 dias.

Proposta nº 88.1120.4401

Porto Seguro
""",
        attach=[("proposta_seguro_viagem.pdf", "application/pdf", "%PDF-1.4 seguro")],
    ),
    n(
        "21279",
        "2025-03-28 09:00",
        "Porto Seguro <atendimento@portoseguro.com.br>",
        "Apólice emitida - Seguro Viagem",
        "pt",
        """Sua apólice foi emitida. Vigência: 22/04/2025 a 21/07/2025.
""",
    ),
    n(
        "21280",
        "2025-02-20 12:00",
        "Amazon.com.br <pedido-confirmado@amazon.com.br>",
        'Seu pedido foi confirmado: "Storytelling com Dados"',
        "pt",
        """Olá Larissa,

Pedido #702-9917134-1109: Storytelling com Dados - Cole Nussbaumer Knaflic.
Entrega prevista: 24 de fevereiro.
""",
    ),
    n(
        "21281",
        "2025-04-16 10:00",
        "Amazon.com.br <pedido-confirmado@amazon.com.br>",
        "Seu pedido foi enviado: Mala de bordo 10kg",
        "pt",
        """Pedido #702-1129931-8810 foi enviado. Rastreio: BR22190311.
""",
    ),
    n(
        "21282",
        "2025-04-17 15:30",
        "Correios <rastreamento@correios.com.br>",
        "Objeto saiu para entrega",
        "pt",
        """O objeto BR22190311 saiu para entrega ao destinatário.
""",
    ),
    n(
        "21283",
        "2025-02-24 11:00",
        "Banco Inter <noreply@bancointer.com.br>",
        "Pix recebido",
        "pt",
        """Você recebeu um Pix de R$ 850,00 de JOSE CARLOS CAMPOS.
""",
    ),
    n(
        "21284",
        "2025-03-05 10:00",
        "Banco Inter <noreply@bancointer.com.br>",
        "Comprovante de transferência",
        "pt",
        """Pix enviado: R$ 2.350,00 para QUINTOANDAR - aluguel março.
""",
    ),
    n(
        "21285",
        "2025-04-05 10:00",
        "Banco Inter <noreply@bancointer.com.br>",
        "Comprovante de transferência",
        "pt",
        """Pix enviado: R$ 2.350,00 para QUINTOANDAR - aluguel abril.
""",
    ),
    n(
        "21286",
        "2025-04-08 16:00",
        "QuintoAndar <nao-responda@quintoandar.com.br>",
        "Aviso de desocupação recebido",
        "pt",
        """Oi Larissa, recebemos seu aviso de saída do imóvel. A vistoria de saída ficou marcada para 19/04 às 10h.
""",
    ),
    n(
        "21287",
        "2025-04-19 14:00",
        "QuintoAndar <nao-responda@quintoandar.com.br>",
        "Vistoria de saída concluída",
        "pt",
        """A vistoria foi concluída sem pendências. O contrato será encerrado e a caução devolvida em até 30 dias.
""",
    ),
    n(
        "21288",
        "2025-02-13 19:00",
        "Sympla <noreply@sympla.com.br>",
        "Seu ingresso: Meetup Power BI SP",
        "pt",
        """Larissa, seu ingresso está confirmado!

Meetup Power BI São Paulo - 27/02 às 19h - Av. Paulista, 1374
Apresente o QR code na entrada.
""",
    ),
    n(
        "21289",
        "2025-03-04 08:00",
        "Sympla <noreply@sympla.com.br>",
        "Como foi o Meetup Power BI SP? Dê seu feedback",
        "pt",
        """Conte pra gente como foi sua experiência no evento. Leva 1 minuto.
""",
    ),
    n(
        "21290",
        "2025-05-14 19:00",
        "Meetup <info@meetup.com>",
        "New event: Porto Data Community - June meetup",
        "en",
        """Porto Data Community has scheduled a new event: "dbt in production" - June 12, 18:30, UPTEC.

RSVP: https://www.meetup.com/porto-data/
""",
        tz=WEST,
    ),
    n(
        "21291",
        "2025-06-12 08:00",
        "Meetup <info@meetup.com>",
        "Reminder: dbt in production is today",
        "en",
        """Porto Data Community - today at 18:30, UPTEC, Rua Alfredo Allen 455.
""",
        tz=WEST,
    ),
    n(
        "21292",
        "2025-05-26 11:00",
        "Universidade do Porto <candidaturas@up.pt>",
        "Candidatura a Curso de Português Língua Estrangeira - submetida",
        "pt",
        """Exma. Senhora Larissa Nogueira Campos,

A sua candidatura ao Curso Anual de Português para Estrangeiros (ano letivo 2025/26) foi submetida com sucesso. Os resultados serão publicados em julho.

Serviços Académicos
""",
        tz=WEST,
    ),
    n(
        "21293",
        "2025-07-15 10:00",
        "Universidade do Porto <candidaturas@up.pt>",
        "Resultados da candidatura",
        "pt",
        """Informamos que a sua candidatura foi aceite. Deverá efetuar a inscrição até 31 de julho.

Serviços Académicos
""",
        tz=WEST,
    ),
    n(
        "21294",
        "2025-06-03 09:00",
        "Junta de Freguesia de Cedofeita <geral@jf-cedofeita.pt>",
        "Atestado de residência - pedido recebido",
        "pt",
        """O seu pedido de atestado de residência foi recebido. Pode levantá-lo a partir de 6 de junho.
""",
        tz=WEST,
    ),
    n(
        "21295",
        "2025-06-09 18:00",
        "Glovo <no-reply@glovoapp.com>",
        "O teu pedido foi entregue",
        "pt",
        """Francesinha + batatas - Café Santiago. Total 14,80 EUR.
""",
        tz=WEST,
    ),
    n(
        "21296",
        "2025-06-30 09:00",
        "EDP Comercial <faturas@edp.pt>",
        "A sua fatura de eletricidade",
        "pt",
        """Fatura n.º FT 2025/188123 - 38,42 EUR - débito direto a 15/07.
""",
        tz=WEST,
    ),
    n(
        "21297",
        "2025-07-02 10:00",
        "MEO <noreply@meo.pt>",
        "Instalação do serviço MEO Fibra agendada",
        "pt",
        """Olá Larissa, a instalação está marcada para 5 de julho entre as 9h e as 13h.
""",
        tz=WEST,
    ),
    n(
        "21298",
        "2025-07-10 08:00",
        "Observador <newsletter@observador.pt>",
        "Macroscópio: o calor, a inflação e o turismo",
        "pt",
        """Bom dia. Hoje: onda de calor no Alentejo, inflação de junho, o recorde de turistas no Porto.
""",
        tz=WEST,
    ),
    n(
        "21299",
        "2025-07-20 15:00",
        "Priscila Ramos <pri.ramos@gmail.com>",
        "passagens compradas!!!",
        "pt",
        """COMPREI! Chego dia 6/9 no Porto 🎉 Me espera no aeroporto com pastel de nata, combinado?
""",
        tz=BRT,
    ),
    n(
        "21300",
        "2025-07-27 20:00",
        "Mãe <sandra.nogueira61@hotmail.com>",
        "primeiro mês",
        "pt",
        """Filha, como foi o primeiro mês no trabalho novo? Teu pai mostrou tua foto com o crachá pra família toda kkk

Beijos
""",
    ),
    # more look-alikes
    n(
        "21301",
        "2025-02-04 12:00",
        "Escola Britânica de Idiomas <matriculas@ebidiomas.com.br>",
        "Últimas vagas para a turma de inglês avançado!",
        "pt",
        """Larissa, restam apenas 3 vagas na turma de Business English (terças e quintas, 19h). Garanta a sua com 20% de desconto até sexta.

Escola Britânica de Idiomas
""",
    ),
    n(
        "21302",
        "2025-02-26 17:00",
        "Voluntários Teto Brasil <voluntariado@teto.org.br>",
        "Recebemos sua inscrição para o processo seletivo de voluntários",
        "pt",
        """Olá Larissa!

Que alegria! Recebemos sua inscrição para ser voluntária na construção de março. A próxima etapa é uma dinâmica online de integração no sábado, 8/3, às 10h.

Equipe de Voluntariado TETO
""",
    ),
    n(
        "21303",
        "2025-03-08 15:00",
        "Voluntários Teto Brasil <voluntariado@teto.org.br>",
        "Você foi selecionada! Construção 22-23/03",
        "pt",
        """Parabéns, Larissa! Você foi selecionada para a construção em Guarulhos. Enviaremos as orientações de transporte na próxima semana.
""",
    ),
    n(
        "21304",
        "2025-03-11 10:00",
        "Folha de S.Paulo <newsletter@folha.com.br>",
        "Entrevista: 'Inteligência artificial vai mudar o recrutamento', diz executiva",
        "pt",
        """Nesta edição da newsletter Mercado: entrevista com a diretora de RH de uma varejista sobre IA em processos seletivos; desemprego cai para 6,5%; Ibovespa sobe.
""",
    ),
    n(
        "21305",
        "2025-04-01 08:00",
        "Você S/A <newsletter@vocesa.com.br>",
        "7 erros que eliminam candidatos na entrevista de emprego",
        "pt",
        """Nesta semana: o que recrutadores mais observam em entrevistas, como negociar salário e as profissões em alta em 2025.

Leia mais no site.
""",
    ),
    n(
        "21306",
        "2025-05-08 13:00",
        "Avila Spaces <membros@avilaspaces.pt>",
        "A sua candidatura a membro foi aprovada",
        "pt",
        """Olá Larissa,

Temos o prazer de informar que a sua candidatura ao plano Hot Desk do Avila Spaces Porto foi aprovada. O seu primeiro dia experimental é grátis.

Equipa Avila Spaces
""",
        tz=WEST,
    ),
    n(
        "21307",
        "2025-06-06 10:00",
        "Airbnb <automated@airbnb.com>",
        "Oferta especial do anfitrião para Lagos",
        "pt",
        """O Miguel enviou-lhe uma oferta especial: 3 noites em Lagos, 18-21 julho, por 270 EUR. A oferta expira em 24 horas.
""",
        tz=WEST,
    ),
    n(
        "21308",
        "2025-06-13 09:30",
        "Clínica CUF Porto <marcacoes@cuf.pt>",
        "Consulta marcada: Medicina Geral",
        "pt",
        """Exma. Sra. Larissa Campos, a sua consulta de Medicina Geral (exame médico) está marcada para 24/06 às 9h40, Hospital CUF Porto, Piso 2.
""",
        tz=WEST,
    ),
    m(
        "21309",
        "2025-06-14 09:00",
        "Clínica CUF Porto <marcacoes@cuf.pt>",
        "Convite: Consulta Medicina Geral - 24/06 09:40",
        ("not_job", "pt"),
        text="""Adicione a sua consulta ao calendário.
""",
        ics={
            "uid": "cuf-porto-0624-0940-lcampos",
            "style": "outlook",
            "start": "2025-06-24 10:40:00 +0200",
            "minutes": 20,
            "organizer": ("CUF Porto", "marcacoes@cuf.pt"),
            "summary": "Consulta Medicina Geral - Dr. Nuno Faria",
            "location": "Hospital CUF Porto, Piso 2",
        },
        tz=WEST,
    ),
    m(
        "21310",
        "2025-05-06 15:00",
        "Hex Events <events@hex.tech>",
        "Invitation: Hex Webinar - Notebooks for BI teams",
        ("not_job", "en"),
        text="""You're registered! Join us on May 13 at 16:00 WEST for a live demo.
""",
        ics={
            "uid": "hex-webinar-0513@hex.tech",
            "start": "2025-05-13 16:00:00 +0100",
            "minutes": 45,
            "organizer": ("Hex Events", "events@hex.tech"),
            "summary": "Hex Webinar: Notebooks for BI teams",
            "location": "https://zoom.us/j/9911",
        },
        tz=WEST,
    ),
    n(
        "21311",
        "2025-03-13 09:00",
        "Serasa <noreply@serasa.com.br>",
        "Seu Score subiu!",
        "pt",
        """Boa notícia, Larissa! Seu Serasa Score subiu para 812. Veja ofertas de cartão de crédito com aprovação facilitada.
""",
    ),
    n(
        "21312",
        "2025-03-29 11:00",
        "C6 Bank <naoresponda@c6bank.com.br>",
        "Sua conta global em euro foi aprovada",
        "pt",
        """Larissa, sua solicitação da Conta Global em EUR foi aprovada! Agora você pode converter reais e usar o cartão na Europa.
""",
    ),
    n(
        "21313",
        "2025-04-11 16:30",
        "Wise <noreply@wise.com>",
        "Your transfer to Larissa Nogueira Campos is complete",
        "en",
        """Your money's arrived. R$ 9.300,00 was converted and 1.500,00 EUR is now in your Wise EUR balance.

Transfer #938211004
""",
    ),
    n(
        "21314",
        "2025-05-09 11:10",
        "Wise <noreply@wise.com>",
        "Your transfer is on its way",
        "en",
        """You sent 800,00 EUR to Joana Brito (caução). It should arrive by tomorrow.
""",
        tz=WEST,
    ),
    n(
        "21315",
        "2025-02-09 09:00",
        "Substack <no-reply@substack.com>",
        "Analytics at Work: The interview loop is broken",
        "en",
        """This week on Analytics at Work: why five-round interview loops drive away good data candidates, and what hiring managers can do instead. Plus: our favourite dbt macros.
""",
    ),
    n(
        "21316",
        "2025-04-27 09:00",
        "Substack <no-reply@substack.com>",
        "Analytics at Work: Semantic layers, one year later",
        "en",
        """A look back at semantic layers in 2025, reader questions, and a short interview with a BI lead at a logistics startup.
""",
    ),
    n(
        "21317",
        "2025-06-29 09:00",
        "Substack <no-reply@substack.com>",
        "Analytics at Work: What I learned from 100 dashboards",
        "en",
        """Lessons from reviewing 100 dashboards submitted by readers.
""",
    ),
    n(
        "21318",
        "2025-02-21 18:00",
        "Steam <noreply@steampowered.com>",
        "Um item da sua lista de desejos está em oferta!",
        "pt",
        """Stardew Valley está com 50% de desconto. Oferta válida até 27/02.
""",
    ),
    n(
        "21319",
        "2025-05-31 12:00",
        "Zara <noreply@zara.com>",
        "Encomenda confirmada",
        "pt",
        """Obrigado pela sua compra! Casaco impermeável - 49,95 EUR. Levantamento em loja: Santa Catarina, Porto.
""",
        tz=WEST,
    ),
    n(
        "21320",
        "2025-06-02 15:00",
        "CTT <notificacoes@ctt.pt>",
        "A sua encomenda foi entregue",
        "pt",
        """Objeto RR118233PT entregue em Rua de Cedofeita.
""",
        tz=WEST,
    ),
    n(
        "21321",
        "2025-02-12 08:00",
        "Prefeitura de São Paulo <naoresponda@prefeitura.sp.gov.br>",
        "IPTU 2025 - boleto disponível",
        "pt",
        """Prezado(a) contribuinte, o carnê do IPTU 2025 está disponível para impressão.
""",
    ),
    n(
        "21322",
        "2025-03-17 17:20",
        "Detran-SP <noreply@detran.sp.gov.br>",
        "Agendamento confirmado - Renovação da CNH",
        "pt",
        """Seu atendimento para renovação da CNH está agendado: 19/03/2025 às 14h, Poupatempo Sé. Leve documento original.
""",
    ),
    n(
        "21323",
        "2025-03-19 16:00",
        "Detran-SP <noreply@detran.sp.gov.br>",
        "CNH renovada",
        "pt",
        """Sua CNH digital já está disponível no app Carteira Digital de Trânsito.
""",
    ),
    n(
        "21324",
        "2025-04-13 20:00",
        "Consulado-Geral de Portugal em São Paulo <consulado@saopaulo.mne.gov.pt>",
        "Decisão sobre pedido de visto",
        "pt",
        """Exma. Senhora,

Informamos que o seu pedido de Visto para Procura de Trabalho foi deferido. Poderá levantar o passaporte no centro VFS Global.

Com os melhores cumprimentos,
Secção Consular
""",
    ),
    n(
        "21325",
        "2025-02-08 13:00",
        "Priscila Ramos <pri.ramos@gmail.com>",
        "Re: rolê sábado",
        "pt",
        """Fechou! 20h no bar da Rua Aspicuelta. O Léo vai levar a namorada nova kkk
""",
    ),
    n(
        "21326",
        "2025-03-23 21:00",
        "Fábio Serrano <fabio.serrano@gmail.com>",
        "Re: aquela indicação",
        "pt",
        """Que pena, Lari! Mas o Tiago me disse que você arrasou. Bora tomar uma cerveja semana que vem pra esquecer?
""",
        **reply("21255", "fabio.serrano@gmail.com"),
    ),
    n(
        "21327",
        "2025-04-06 10:00",
        "Grupo Família Nogueira <sandra.nogueira61@hotmail.com>",
        "Aniversário da vó Lurdes - 90 anos",
        "pt",
        """Família, a festa da vó vai ser dia 13/04 no salão da igreja, a partir das 12h. Cada um leva um prato. Confirmem!
""",
    ),
    n(
        "21328",
        "2025-05-15 19:00",
        "Beatriz Campos <bia.campos.03@gmail.com>",
        "olha isso kkkk",
        "pt",
        """o gato da mãe aprendeu a abrir a geladeira 😂 vídeo em anexo
""",
        attach=[("VID_20250515.mp4", "video/mp4", "mp4")],
    ),
    n(
        "21329",
        "2025-06-28 10:00",
        "Ana Luísa Moreira <analuisa.moreira@sapo.pt>",
        "Jantar de boas-vindas",
        "pt",
        """Olá Larissa! Sou a vizinha do 2.º esquerdo. Vamos fazer um jantar no terraço no sábado e gostávamos que viesse. Traga só a boa disposição!

Ana Luísa
""",
        tz=WEST,
    ),
    n(
        "21330",
        "2025-07-04 18:00",
        "Pedro Almeida <pedro.almeida@corticanorte.pt>",
        "almoço sexta?",
        "pt",
        """Olá Larissa, o pessoal do Controlo de Gestão vai almoçar ao Rei dos Leitões na sexta para te dar as boas-vindas. Alinhas?

Pedro
""",
        tz=WEST,
    ),
    n(
        "21331",
        "2025-07-08 09:00",
        "Service Desk Cortinorte <servicedesk@corticanorte.pt>",
        "O seu pedido #4411 foi resolvido",
        "pt",
        """O seu pedido "Acesso ao Power BI Service" foi resolvido. Já tem licença Pro atribuída.

Service Desk
""",
        tz=WEST,
    ),
    n(
        "21332",
        "2025-07-15 12:30",
        "Rui Magalhães <rui.magalhaes@corticanorte.pt>",
        "Dashboard de vendas - revisão",
        "pt",
        """Larissa, vi o protótipo do dashboard. Está muito bom! Só ajustava as cores da margem e acrescentava o filtro por mercado. Falamos amanhã na reunião das 10h.

Rui
""",
        tz=WEST,
    ),
    n(
        "21333",
        "2025-07-22 17:00",
        "Sónia Pereira <sonia.pereira@corticanorte.pt>",
        "Recibo de vencimento - julho",
        "pt",
        """Olá Larissa, o seu recibo de vencimento de julho já está disponível no portal do colaborador.

RH
""",
        tz=WEST,
    ),
    n(
        "21334",
        "2025-02-25 08:00",
        "Data Hackers <newsletter@datahackers.com.br>",
        "Data Hackers News #140",
        "pt",
        """Nesta edição: novidades do Fabric, um guia de window functions e a agenda de meetups de março.
""",
    ),
    n(
        "21335",
        "2025-04-22 07:00",
        "The News <newsletter@thenewscc.com.br>",
        "☕ Juros, Copom e o preço do café",
        "pt",
        """Bom dia! Copom sinaliza nova alta; café fica 30% mais caro em 12 meses.
""",
    ),
    n(
        "21336",
        "2025-06-10 07:00",
        "Público <newsletter@publico.pt>",
        "P24: greve dos comboios, Santos Populares e calor",
        "pt",
        """As notícias do dia em 5 minutos.
""",
        tz=WEST,
    ),
    n(
        "21337",
        "2025-05-22 18:00",
        "Uber <noreply@uber.com>",
        "Your Tuesday trip with Uber",
        "en",
        """Thanks for riding, Larissa. Total: €7.80. Trindade → Matosinhos.
""",
        tz=WEST,
    ),
    n(
        "21338",
        "2025-02-18 12:00",
        "Hotmart <noreply@hotmart.com>",
        "Compra aprovada: Curso Power BI do Zero ao Avançado",
        "pt",
        """Sua compra foi aprovada! Acesse o curso na área de membros.
""",
    ),
    n(
        "21339",
        "2025-03-02 20:00",
        "Canva <marketing@engage.canva.com>",
        "Crie um currículo que se destaca",
        "pt",
        """Modelos de currículo prontos para personalizar. Impressione recrutadores com um design profissional.
""",
    ),
    n(
        "21340",
        "2025-04-30 11:00",
        "Revolut <no-reply@revolut.com>",
        "Welcome to Revolut 🎉",
        "en",
        """Your account is ready. Order your free card and start spending in 150+ currencies.
""",
        tz=WEST,
    ),
    n(
        "21341",
        "2025-06-15 16:00",
        "Idealista <noreply@idealista.pt>",
        "Novos anúncios: T1 no Porto até 800 EUR",
        "pt",
        """3 novos imóveis correspondem à sua pesquisa.
""",
        tz=WEST,
    ),
    n(
        "21342",
        "2025-02-28 10:00",
        "LinkedIn <editors-noreply@linkedin.com>",
        "Top Voices: como a IA está mudando as entrevistas de emprego",
        "pt",
        """LinkedIn Notícias: recrutadores contam como usam IA para triagem; o que muda para candidatos.
""",
    ),
    n(
        "21343",
        "2025-05-12 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Larissa, você tem 3 novas notificações",
        "pt",
        """Camila Toledo comentou na publicação de Fábio Serrano. Veja o que seus contatos estão falando.
""",
        tz=WEST,
    ),
    n(
        "21344",
        "2025-07-01 09:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Parabenize Bruna Sasaki pelo aniversário de trabalho",
        "pt",
        """Bruna Sasaki está comemorando 2 anos na Nuvix Tecnologia.
""",
        tz=WEST,
    ),
    n(
        "21345",
        "2025-03-31 14:00",
        "Zoom <no-reply@zoom.us>",
        "Your Zoom subscription has been cancelled",
        "en",
        """Your Zoom Pro plan will end on April 30, 2025.
""",
    ),
    n(
        "21346",
        "2025-04-23 12:00",
        "Uber Eats <uber.portugal@uber.com>",
        "Bem-vinda a Portugal: 50% no primeiro pedido",
        "pt",
        """Use o código OLAPT no seu primeiro pedido.
""",
        tz=WEST,
    ),
    n(
        "21347",
        "2025-05-02 10:00",
        "Segurança Social <naoresponder@seg-social.pt>",
        "Atribuição de NISS",
        "pt",
        """Foi atribuído o Número de Identificação de Segurança Social. Pode consultar na Segurança Social Direta.
""",
        tz=WEST,
    ),
    n(
        "21348",
        "2025-06-26 14:00",
        "AIMA <noreply@aima.gov.pt>",
        "Agendamento: autorização de residência",
        "pt",
        """Exma. Senhora, foi agendado o seu atendimento para 15/07/2025 às 11h00, Loja AIMA Porto. Traga o contrato de trabalho e o comprovativo de morada.
""",
        tz=WEST,
    ),
    n(
        "21349",
        "2025-07-16 13:00",
        "AIMA <noreply@aima.gov.pt>",
        "Pedido de autorização de residência registado",
        "pt",
        """O seu pedido foi registado. O título de residência será enviado por correio.
""",
        tz=WEST,
    ),
    n(
        "21350",
        "2025-02-14 20:00",
        "Cinemark <cinemark@cinemark.com.br>",
        "Seu ingresso: sessão 21h30",
        "pt",
        """Sala 5 - Shopping Eldorado - poltronas F7, F8.
""",
    ),
]
