# ruff: noqa: E501, RUF100
"""Corpus 137, people (data only): see heldout137.py.

Marta, family in Porto and Lyon, friends talking about their own jobs and interviews, colleagues
at the hotel he works in, a wedding, padel, Duarte's school and the new employer's mail once he
has started (not job mail any more)."""

from __future__ import annotations

from typing import Any

from heldout137_jobs import N, ics, m, re_

PT, EN, ES = N("pt"), N("en"), N("es")

MARTA = "Marta Ribeiro <marta.ribeiro.83@gmail.com>"
MAE = "Fernanda Carvalho <fernanda.carvalho56@hotmail.com>"
CAT = "Catarina Sousa <catarina.sousa.lyon@outlook.fr>"
RUI = "Rui Magalhães <ruimagalhaes.porto@gmail.com>"
JOANA = "Joana Pires <joanapires.jp@gmail.com>"
ALVARO = "Álvaro Iglesias <alvaro.iglesias.vigo@gmail.com>"
FILIPE = "Filipe Azevedo <filipe.azevedo@miragaiariverside.example>"
HOTEL_SIG = """--
Filipe Azevedo
Chefe de Receção | Front Office Manager
HOTEL MIRAGAIA RIVERSIDE ****
Rua de Miragaia 102, 4050-387 Porto"""

_rui_prop = m(
    "CAKr7u1Pq",
    "2026-05-29 23:02",
    RUI,
    "recebi a proposta!!",
    PT,
    """Tiagoooo

Recebi a proposta da Nexo Digital!! 42k + carro + seguro. Mas querem que comece já a 15 de junho e eu ainda tenho 30 dias de pré-aviso na Sonora... Achas que lhes peço para começar a 1 de julho ou arrisco? E achas que dá para negociar o salário? Tu percebes mais disto de propostas, já recebeste umas quantas este ano ahah

Liga-me amanhã
Rui""",
)

_cat_job = m(
    "CAT-0513-lyon",
    "2026-05-13 21:50",
    CAT,
    "novidades de Lyon",
    PT,
    """Mano,

Tenho novidades: passei à última fase para o lugar de engenheira de processo na fábrica de Clermont-Ferrand! A entrevista final é dia 27, com o diretor da fábrica, em francês claro. Estou nervosa. Se ficar, mudamo-nos em setembro (o Julien já disse que sim, coitado).

E vocês, já encontraram casa? E tu, novidades das tuas entrevistas?

Beijinhos aos três,
Cat

Envoyé de mon iPhone""",
)

MAIL: list[dict[str, Any]] = [
    # --- Marta -----------------------------------------------------------------------------
    m(
        "mrt-0406",
        "2026-04-06 13:22",
        MARTA,
        "sábado",
        PT,
        """Não te esqueças que sábado é o aniversário da Inês, às 16h no parque da Cidade. Compras tu a prenda? Ela anda obcecada com dinossauros.

bjs""",
    ),
    m(
        "mrt-0419",
        "2026-04-19 09:51",
        MARTA,
        "Re: documentos para o T3 Costa Cabral",
        PT,
        """Juntei os meus recibos e a declaração de IRS na pasta partilhada. Falta o teu último recibo do hotel. Achas que o senhorio aceita sem fiador se dermos 3 rendas de caução? É muito dinheiro de uma vez...

M.

No dom., 19/04/2026 às 09:12, Tiago Carvalho Sousa escreveu:
> Ele pede tudo até sexta. Vou juntar os meus documentos hoje à noite.""",
        **re_("<CAHtcs0Qp3vF8s=Tn2Ad@mail.gmail.com>"),
    ),
    m(
        "mrt-0526",
        "2026-05-26 12:40",
        MARTA,
        "🍀🍀🍀",
        PT,
        """Boa sorte hoje à tarde na entrevista final!! Vais arrasar. Lembra-te de respirar e de não falar tão depressa 😘

Logo ao jantar contas-me tudo.""",
    ),
    m(
        "mrt-0604",
        "2026-06-04 20:16",
        MARTA,
        "fotos",
        PT,
        """As fotos do fim de semana em Ponte de Lima. A do Duarte com o burro está hilariante.

https://photos.app.goo.gl/Xq8nR4tWz9vLp2Ke7""",
    ),
    m(
        "mrt-0724",
        "2026-07-24 17:41",
        MARTA,
        "!!!!!!!",
        PT,
        """Acabei de ver a tua mensagem!!! PARABÉNS meu amor 🎉🎉 Eu sabia!!!

Hoje jantamos fora, já liguei à minha mãe para ficar com o Duarte. Escolhe tu o sítio.

Vê lá se lês a proposta com calma antes de responder, ok? Mas estou tão orgulhosa de ti.""",
    ),
    m(
        "mrt-0811",
        "2026-08-11 10:03",
        MARTA,
        "lista IKEA parte 2",
        PT,
        """- cortinas para o quarto do Duarte (as azuis)
- 2 candeeiros de mesa de cabeceira
- cabides (muitos)
- tapete para a sala (medir antes!!)
- caixas para a despensa

Vamos sábado de manhã?""",
    ),
    m(
        "mrt-0909",
        "2026-09-09 08:35",
        MARTA,
        "reunião da escola",
        PT,
        """Recebeste o email da escola? A reunião de acolhimento é sexta às 18h. Eu tenho reunião até às 18h30, consegues ir tu? Já sais às 17h do hotel agora, não é?""",
    ),
    m(
        "mrt-1001",
        "2026-10-01 19:52",
        MARTA,
        "então?",
        PT,
        """Como correu o primeiro dia?? Liga quando saíres 😘""",
    ),
    # --- mother -----------------------------------------------------------------------------
    m(
        "mae-0411",
        "2026-04-11 11:08",
        MAE,
        "almoço domingo",
        PT,
        """Filho

Domingo almoçam cá? Vou fazer cabrito no forno. Traz o Duarte que o avô tem saudades dele. A tia Lurdes também vem.

Beijinhos da mãe""",
    ),
    m(
        "mae-0503",
        "2026-05-03 16:45",
        MAE,
        "fotos da avó",
        PT,
        """Aqui vão as fotos dos 90 anos da avó. Estavam todos tão bonitos. A Catarina ligou por vídeo, a avó chorou.

Beijinhos""",
        attach=[("IMG_20260503_142211.jpg", "image/jpeg", "JPEG placeholder")],
    ),
    m(
        "mae-0618",
        "2026-06-18 22:10",
        MAE,
        "o teu pai",
        PT,
        """Tiago, o teu pai foi hoje ao cardiologista e está tudo bem, só tem de tomar o comprimido da tensão todos os dias (o que ele não faz...). Não te preocupes.

O primo Henrique arranjou emprego na Alemanha, numa fábrica de automóveis, vai em agosto. A tia está desfeita.

Boa viagem para Lyon, dá um beijinho à tua irmã.

Mãe""",
    ),
    m(
        "mae-0725",
        "2026-07-25 10:30",
        MAE,
        "Parabéns filho",
        PT,
        """A Marta contou-me!! Estou tão contente por ti filho, tanto trabalho que tiveste. O teu pai diz que não percebe bem o que é "customer success" mas que está orgulhoso na mesma 😂

Vem cá jantar para festejar.

Muitos beijinhos da mãe""",
    ),
    m(
        "mae-0913",
        "2026-09-13 19:20",
        MAE,
        "Re: casa nova",
        PT,
        """Adorámos a casa, ficou muito bonita. O quarto do Duarte está um mimo. Esqueci-me lá do tupperware do arroz doce, guarda-mo.

Mãe

Em dom., 13 de set. de 2026 às 18:02, Tiago Carvalho Sousa escreveu:
> Obrigado por terem vindo mãe! Chegaram bem?""",
        **re_("<CAHtcs0Pz8mK1q=Vr4Bg@mail.gmail.com>"),
    ),
    # --- sister in Lyon ----------------------------------------------------------------------
    _cat_job,
    m(
        "CAT-0601-lyon",
        "2026-06-01 07:58",
        CAT,
        "Re: novidades de Lyon",
        PT,
        """FIQUEI!!! Ligaram-me sexta à noite. Começo a 1 de setembro em Clermont. O Julien vai tentar transferência para lá.

Quando vierem em junho já vos mostro tudo por fotos, vamos festejar com um bom vinho.

Bjs
Cat

Le mer. 13 mai 2026 à 23:40, Tiago Carvalho Sousa a écrit :
> Boa sorte Cat!! Vais conseguir. Por aqui ainda nada de casa, e nas entrevistas
> vai-se andando, conto-te tudo ao telefone.""",
        **re_(_cat_job["id"], "<CAHtcs0Ok2rT6n=Hw9Xe@mail.gmail.com>"),
    ),
    m(
        "CAT-0615-lyon",
        "2026-06-15 12:12",
        CAT,
        "para quinta",
        PT,
        """Vou buscar-vos ao aeroporto às 9h40, à saída das chegadas do terminal 1. O Julien fica com a cama de campismo para o Duarte. Trazem um casaco, que aqui ainda arrefece à noite!

Cat""",
    ),
    m(
        "CAT-0902-cler",
        "2026-09-02 20:40",
        CAT,
        "primeiro dia",
        PT,
        """Primeiro dia feito! A fábrica é enorme e toda a gente fala super rápido. O meu chefe parece simpático. A casa de Clermont ainda está cheia de caixas.

E tu, quando começas mesmo? 1 de outubro?

Bjs""",
    ),
    # --- Rui: his own interviews and offer ----------------------------------------------------
    m(
        "CAKr7t9Xw",
        "2026-04-23 18:30",
        RUI,
        "2.ª entrevista",
        PT,
        """Então, fui hoje à 2.ª entrevista na Nexo Digital. Correu bem acho eu, fizeram-me um case study de 1 hora sobre uma campanha de retenção, fiquei com a cabeça a fumegar. Dizem qualquer coisa daqui a 2 semanas.

Jantar na quinta com a malta no Gazela? O Pedro também vem.

Abraço""",
    ),
    _rui_prop,
    m(
        "CAKr7u4Hn",
        "2026-06-06 11:15",
        RUI,
        "Re: recebi a proposta!!",
        PT,
        """Afinal aceitaram começar a 1 de julho e subiram para 44k. Obrigado pelas dicas pá, és o maior. Fica a dever-te um jantar.

Rui

> Pede 1 de julho e tenta 45, o pior que podem dizer é que não.""",
        **re_(_rui_prop["id"], "<CAHtcs0Nn5wJ0d=Ys7Fr@mail.gmail.com>"),
    ),
    m(
        "CAKr7v0Zb",
        "2026-07-30 14:02",
        RUI,
        "Despedida de solteiro do Pedro 🍻",
        PT,
        """Malta,

A despedida do Pedro fica marcada para 12 de setembro. Plano: manhã de rafting em Arouca, almoço, e à noite jantar e copos no Porto. Orçamento por cabeça ~120€. Transfiram até dia 20 para o meu IBAN: PT50 0035 0000 1234 5678 9013 2.

Quem não puder avise já.

Rui""",
        to="Tiago Carvalho Sousa <tiago.carvalho.sousa@gmail.com>, Nuno Faria <nunofaria@gmail.com>, Hélder Costa <heldercosta.hc@gmail.com>",
    ),
    m(
        "CAKr7v2Lm",
        "2026-08-29 22:48",
        RUI,
        "futebol",
        PT,
        """Terça às 21h há futebol no Inatel, falta 1. Vens?""",
    ),
    # --- Joana: laid off, asks for help with her CV ----------------------------------------
    m(
        "jp-0507",
        "2026-05-07 20:55",
        JOANA,
        "notícias não muito boas",
        PT,
        """Olá Tiago,

Não sei se já soubeste, mas o grupo fechou o hotel da Ribeira para obras de 18 meses e dispensaram metade da equipa, incluindo eu. Recebi a carta na segunda. Estou meio em choque ainda.

Já me candidatei a umas 20 vagas de receção e revenue, mas até agora nada. Posso pedir-te um favor? Podes dar uma vista de olhos ao meu CV? Tu que andas nisto das candidaturas deves saber melhor o que funciona agora.

Beijinho e obrigada,
Joana""",
        attach=[
            ("CV_Joana_Pires_2026.pdf", "application/pdf", "%PDF-1.4\n% CV Joana Pires\n%%EOF\n")
        ],
    ),
    m(
        "jp-0512",
        "2026-05-12 09:20",
        JOANA,
        "Re: notícias não muito boas",
        PT,
        """Muito obrigada pelas notas!! Já mudei o resumo e tirei a parte das línguas que estava a mais. Fiz também o perfil no LinkedIn como disseste.

Tenho uma entrevista na sexta num hotel em Matosinhos 🤞

Jo""",
        **re_("<CAHtcs0Mm4vH9c=Xr6Eq@mail.gmail.com>"),
    ),
    m(
        "jp-0620",
        "2026-06-20 13:33",
        JOANA,
        "consegui!",
        PT,
        """Fiquei com o lugar de Revenue Assistant em Matosinhos! Começo dia 1. Obrigada por tudo, a sério. Um café por minha conta quando quiseres.

Jo""",
    ),
    # --- Álvaro, in Vigo (Spanish) -------------------------------------------------------------
    m(
        "alv-0428",
        "2026-04-28 19:12",
        ALVARO,
        "¿Pádel en mayo?",
        ES,
        """¡Buenas Tiago!

¿Cuándo te escapas a Vigo? Tenemos pista reservada todos los sábados a las 11 en el club de Bouzas. Si venís en mayo, os quedáis en casa, que hay sitio de sobra.

Un abrazo,
Álvaro""",
    ),
    m(
        "alv-0615",
        "2026-06-15 22:40",
        ALVARO,
        "¡Me han ascendido!",
        ES,
        """Tío, por fin: desde el lunes soy jefe de planta en Stellantis. Más responsabilidad, más turnos de noche, pero también más pasta. Mi madre está que no cabe en sí.

¿Y tú qué? ¿Sigues con lo de dejar el hotel? Cuéntame.

Abrazo""",
    ),
    m(
        "alv-0801",
        "2026-08-01 21:05",
        ALVARO,
        "fotos de hoy",
        ES,
        """Qué buen día. Aquí van las fotos de las Cíes, la de Duarte saltando las olas es la mejor. Volved pronto.

https://photos.app.goo.gl/Lw7pQ2mZx9RtY4vB8

Álvaro""",
    ),
    m(
        "alv-0925",
        "2026-09-25 18:30",
        ALVARO,
        "Re: fotos de hoy",
        ES,
        """¡Enhorabuena por el curro nuevo! Me lo contó Marta por WhatsApp. Ya me contarás qué tal en octubre. Y a ver si montamos ese torneo de pádel Porto–Vigo antes de Navidad.

Abrazo fuerte""",
    ),
    # --- colleagues at Hotel Miragaia Riverside (his current job, not a job search) ---------------
    m(
        "hmr-0414",
        "2026-04-14 23:10",
        FILIPE,
        "Escala de maio – receção",
        PT,
        f"""Tiago, boa noite.

Envio a proposta de escala de maio para validares. A Sónia pediu folga nos dias 9 e 10 (casamento da irmã) e o Ricardo só pode fazer noites até dia 15. Com o congresso de cardiologia de 20 a 23 vamos precisar de reforço no check-in, talvez um extra da agência?

Abraço
{HOTEL_SIG}""",
        attach=[
            (
                "Escala_Rececao_Maio2026.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "PK placeholder",
            )
        ],
    ),
    m(
        "hmr-0521",
        "2026-05-21 08:02",
        FILIPE,
        "queixa quarto 312",
        PT,
        f"""Bom dia Tiago,

A hóspede do 312 (Sra. Hoffmann, reserva Booking) deixou avaliação de 4/10 a queixar-se do barulho das obras na rua e do ar condicionado. Já lhe respondi em nome do hotel mas acho que devíamos oferecer-lhe o late check-out na próxima estadia. Concordas?

{HOTEL_SIG}""",
    ),
    m(
        "hmr-0617",
        "2026-06-17 16:20",
        "Direção Hotel Miragaia Riverside <direcao@miragaiariverside.example>",
        "Jantar de homenagem – Sr. Armando Cunha",
        PT,
        """Caros colaboradores,

Após 38 anos ao serviço do Hotel, o nosso Sr. Armando Cunha (porteiro) vai reformar-se no final de junho. Para lhe agradecer, organizamos um jantar de homenagem no dia 26 de junho, às 20h30, no restaurante do hotel.

Contamos com todos! Confirmem presença até dia 22 junto da Direção.

A Direção""",
        to="Colaboradores HMR <todos@miragaiariverside.example>",
    ),
    m(
        "hmr-0806",
        "2026-08-06 12:48",
        FILIPE,
        "agosto",
        PT,
        f"""Tiago, a ocupação de agosto está a 96 %. Os grupos franceses da 2.ª quinzena confirmaram. Vou ter de te pedir para ficares com as manhãs de sábado de 15 e 22, ok? Sei que estás de férias a 22, vê lá se trocas com o Ricardo.

{HOTEL_SIG}""",
    ),
    m(
        "hmr-0915",
        "2026-09-15 17:55",
        "Sónia Freitas <sonia.freitas.hmr@gmail.com>",
        "despedida do chefe 🍻",
        PT,
        """Pessoal da receção + housekeeping,

O Tiago vai deixar-nos no fim do mês (snif 😢). Vamos fazer-lhe uma despedida surpresa no dia 25 às 22h no Bonaparte (Foz). NÃO CONTEM NADA AO TIAGO.

Sónia

(ups, Tiago, se estás a ler isto: esquece 🙈 reencaminhei para a lista errada. Mas aparece na mesma!)""",
        to="Tiago Carvalho Sousa <tiago.carvalho.sousa@gmail.com>, Receção HMR <rececao@miragaiariverside.example>",
    ),
    # --- a wedding, padel, the running club ---------------------------------------------------
    m(
        "wed-0420",
        "2026-04-20 20:00",
        "Pedro & Sofia <pedroesofia2026@gmail.com>",
        "Vamos casar! 💍 Guarda a data: 3 de outubro",
        PT,
        """Queridos amigos,

Depois de 9 anos, decidimos finalmente dar o nó! A cerimónia será no dia 3 de outubro de 2026, às 15h, na Igreja de Santa Marinha (Gaia), seguida de copo-d'água na Quinta da Pacheca.

Pedimos que confirmem a presença até 31 de julho no nosso site: https://pedroesofia2026.example/rsvp

Com muito amor,
Pedro & Sofia""",
        ics=ics(
            "casamento-pedro-sofia-20261003@gmail.com",
            "2026-10-03 15:00",
            "Casamento Pedro & Sofia 💍",
            ("Pedro & Sofia", "pedroesofia2026@gmail.com"),
            minutes=600,
            location="Igreja de Santa Marinha, Vila Nova de Gaia",
        ),
    ),
    m(
        "wed-0720",
        "2026-07-20 10:10",
        "Pedro & Sofia <pedroesofia2026@gmail.com>",
        "Lembrete: confirmação de presença até 31 de julho",
        PT,
        """Olá! Ainda não recebemos a vossa confirmação para o nosso casamento (3 de outubro). Ajudem os noivos nervosos 😅

https://pedroesofia2026.example/rsvp

Beijinhos, P&S""",
    ),
    m(
        "pdl-0502",
        "2026-05-02 09:14",
        "Padel Campus Porto <reservas@padelcampusporto.example>",
        "Reserva confirmada – Campo 3, 7 de maio 20:00",
        PT,
        """Olá Tiago,

A tua reserva está confirmada:
Campo 3 (coberto) · quinta-feira, 7 de maio · 20:00 – 21:30
Jogadores: Tiago Sousa, Rui Magalhães, Nuno Faria, Hélder Costa
Preço: 32,00 € (8,00 € por jogador)

Cancelamento gratuito até 24h antes.

Padel Campus Porto""",
        ics=ics(
            "reserva-77120-c3-20260507@padelcampusporto.example",
            "2026-05-07 20:00",
            "Padel – Campo 3",
            ("Padel Campus Porto", "reservas@padelcampusporto.example"),
            minutes=90,
            location="Padel Campus Porto, Rua do Freixo 1071",
        ),
    ),
    m(
        "pdl-0903",
        "2026-09-03 12:01",
        "Padel Campus Porto <reservas@padelcampusporto.example>",
        "Torneio de Outono – inscrições abertas",
        PT,
        """Olá Tiago,

Estão abertas as inscrições para o Torneio de Outono de Pares (nível M3/M4), de 9 a 11 de outubro. Inscrição: 25 € por jogador, inclui t-shirt e jantar de encerramento.

Inscreve a tua dupla na app até 30 de setembro.

Padel Campus Porto""",
    ),
    m(
        "run-0609",
        "2026-06-09 08:00",
        "Corrida de São João <inscricoes@corridasaojoao.example>",
        "Inscrição confirmada – Corrida de São João 10 km",
        PT,
        """Olá Tiago Carvalho Sousa,

A tua inscrição na Corrida de São João 2026 (10 km) foi confirmada.

Dorsal: 4418
Partida: 23 de junho, 21h00, Avenida dos Aliados
Levantamento do kit: 21 e 22 de junho, Mercado do Bolhão, das 10h às 20h

Bons treinos!
Organização Corrida de São João""",
    ),
    # --- Duarte's school and doctor -----------------------------------------------------------
    m(
        "esc-0908",
        "2026-09-08 17:30",
        "EB Costa Cabral – Coordenação <coordenacao.ebcc@aecm-porto.example>",
        "Reunião de acolhimento – 1.º ano – 11 de setembro",
        PT,
        """Exmos. Encarregados de Educação,

Convidamos V. Exas. para a reunião de acolhimento aos alunos do 1.º ano, no dia 11 de setembro (sexta-feira), às 18h00, no refeitório da escola. Será apresentada a professora titular de turma, a Prof.ª Helena Amorim, e serão dadas informações sobre horários, AEC e refeições.

Segue em anexo o convite para o calendário.

A Coordenação de Estabelecimento""",
        ics=ics(
            "reuniao-acolhimento-1ano-20260911@aecm-porto.example",
            "2026-09-11 18:00",
            "Reunião de acolhimento 1.º ano – EB Costa Cabral",
            ("Coordenação EB Costa Cabral", "coordenacao.ebcc@aecm-porto.example"),
            minutes=60,
            location="EB Costa Cabral – refeitório",
        ),
    ),
    m(
        "esc-0922",
        "2026-09-22 15:10",
        "Helena Amorim <helena.amorim@aecm-porto.example>",
        "1.º A – material e visita de estudo",
        PT,
        """Caros pais,

Agradeço que, até sexta, os meninos tragam: 2 cadernos pautados A4, 1 caixa de lápis de cor, tesoura de pontas redondas e uma muda de roupa identificada.

No dia 2 de outubro vamos visitar o Jardim Botânico. Segue autorização em anexo para assinarem.

Obrigada,
Helena Amorim""",
        attach=[("Autorizacao_visita_Jardim_Botanico.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n")],
    ),
    m(
        "ped-0828",
        "2026-08-28 11:00",
        "Centro Pediátrico da Boavista <agenda@cpboavista.example>",
        "Consulta de rotina – Duarte Ribeiro Sousa – 4 de setembro",
        PT,
        """Olá,

Confirmamos a consulta de rotina (6 anos) do Duarte com a Dra. Margarida Leite, no dia 4 de setembro, às 17h15.

Traga o boletim de vacinas e o boletim de saúde infantil.

Centro Pediátrico da Boavista""",
        ics=ics(
            "cpb-20260904-1715-drs@cpboavista.example",
            "2026-09-04 17:15",
            "Consulta Duarte – Dra. Margarida Leite",
            ("Centro Pediátrico da Boavista", "agenda@cpboavista.example"),
            minutes=30,
            location="Centro Pediátrico da Boavista, Av. da Boavista 2012",
        ),
    ),
    # --- reading club, a neighbour ---------------------------------------------------------------
    m(
        "clb-0505",
        "2026-05-05 21:00",
        "Clube de Leitura da Biblioteca Almeida Garrett <clubeleitura.bag@gmail.com>",
        'Próxima sessão: "O Retorno", de Dulce Maria Cardoso',
        PT,
        """Olá a todos,

A próxima sessão do clube será no dia 20 de maio, às 19h, na sala polivalente da Biblioteca Almeida Garrett. Vamos discutir "O Retorno", de Dulce Maria Cardoso.

Tragam as vossas passagens preferidas!

Ana (moderadora)""",
        to="undisclosed-recipients:;",
    ),
    m(
        "clb-0827",
        "2026-08-27 20:30",
        "Clube de Leitura da Biblioteca Almeida Garrett <clubeleitura.bag@gmail.com>",
        "Regresso em setembro + votação",
        PT,
        """Olá leitores,

Voltamos a 16 de setembro. Votem no próximo livro até dia 5: https://forms.gle/Bq7Zp2kT9xLr4Wd86

Boas férias!
Ana""",
        to="undisclosed-recipients:;",
    ),
    m(
        "viz-0628",
        "2026-06-28 18:40",
        "Luísa Moreira <luisa.moreira.porto@sapo.pt>",
        "chaves",
        PT,
        """Boa tarde vizinho,

Soube pela senhora do 1.º que se vão mudar esta semana. Vamos ter saudades do Duarte a correr nas escadas! Se precisarem que eu fique com as chaves para o senhorio, é só dizer.

Felicidades na casa nova,
Luísa (2.º Esq.)""",
    ),
    # --- after he starts at Hospy: mail from the new employer is not job-search mail ------------
    m(
        "slk-1001",
        "2026-10-01 11:05",
        "Slack <no-reply@slack.com>",
        "Pedro Amaral invited you to join Hospy on Slack",
        EN,
        """Join your team on Slack

Pedro Amaral (pedro.amaral@hospy.example) has invited you to use Slack with them, in a workspace called Hospy.

Join now: https://join.slack.com/t/hospy/invite/zt-2m8k4q1x9-Wn3Pq8LrT0aZ

Slack Technologies, LLC, a Salesforce company · 415 Mission Street, San Francisco""",
    ),
    m(
        "hcs-it-1002",
        "2026-10-02 09:10",
        "Hospy IT <it@hospy.example>",
        "A tua conta Google Workspace e o portátil",
        PT,
        """Olá Tiago,

A tua conta tiago.sousa@hospy.example já está ativa. A palavra-passe temporária foi-te entregue em mão; tens de a mudar no primeiro acesso e ativar a verificação em dois passos até sexta.

O portátil (MacBook Air, n.º de inventário HCS-0418) fica associado ao teu nome.

Qualquer problema: #it-help no Slack.

Equipa de IT""",
    ),
    m(
        "hcs-cal-1005",
        "2026-10-05 08:40",
        "Tomás Rocha <tomas.rocha@hospy.example>",
        "Convite: Onboarding sync semanal @ seg. semanalmente das 10:00 às 10:30 (WEST)",
        PT,
        """Tomás Rocha convidou-o para este evento recorrente.

Onboarding sync semanal
Quando: semanalmente às segundas-feiras, 10:00 – 10:30 (Hora de verão da Europa Ocidental - Lisboa)
Participar com o Google Meet: https://meet.google.com/vkt-qbsn-wpa
Convidados: Tomás Rocha - organizador, equipa-onboarding@hospy.example, tiago.carvalho.sousa@gmail.com

Convite do Google Calendar""",
        ics=ics(
            "onb-sync-weekly-2026@google.com",
            "2026-10-05 10:00",
            "Onboarding sync semanal",
            ("Tomás Rocha", "tomas.rocha@hospy.example"),
            minutes=30,
            location="https://meet.google.com/vkt-qbsn-wpa",
        ),
    ),
    # --- a few more from people ---------------------------------------------------------------
    m(
        "mrt-0427",
        "2026-04-27 18:05",
        MARTA,
        "Re: jantar sexta com os Ferreiras",
        PT,
        """Eles confirmaram, sexta às 20h30 em casa deles. Levamos o tinto do Douro que sobrou da Páscoa e a sobremesa. A babysitter vem às 20h.

Em seg., 27/04/2026 às 17:40, Tiago Carvalho Sousa escreveu:
> Por mim sexta é ótimo. Levamos alguma coisa?""",
        **re_("<CAHtcs0Lk1uG3b=Zp5Cw@mail.gmail.com>"),
    ),
    m(
        "mrt-0703",
        "2026-07-03 07:48",
        MARTA,
        "chaves + contagem da luz",
        PT,
        """Não te esqueças de tirar foto ao contador da luz da casa velha antes de entregares as chaves ao senhorio, às 18h. E deixa o comando da garagem na caixa do correio da D. Luísa.

Eu fico na casa nova à espera da IKEA.""",
    ),
    m(
        "CAT-0820-cler",
        "2026-08-20 19:33",
        CAT,
        "a casa de Clermont",
        PT,
        """Aqui vão umas fotos da casa nova. Tem um jardim pequenino e fica a 10 min de bicicleta da fábrica. O Julien já arranjou transferência, começa em outubro.

Quando é que vêm cá? No Natal?

Bjs""",
        attach=[("clermont_casa_1.jpg", "image/jpeg", "JPEG placeholder")],
    ),
    m(
        "CAKr7u8Jq",
        "2026-06-27 12:04",
        RUI,
        "jantar?",
        PT,
        """Hoje há jantar de despedida da Sonora para mim, no Cafeína. Se quiseres aparecer para o café às 23h, aparece! Trago-te o livro que te prometi.""",
    ),
    m(
        "alv-0518",
        "2026-05-18 13:20",
        ALVARO,
        "Cumple de Lucía",
        ES,
        """¡Hola familia!

El 6 de junio celebramos el cumple de Lucía (7 años) en casa, con piscina hinchable y barbacoa. Si podéis venir, genial, Duarte está invitadísimo.

Álvaro y Carmen""",
    ),
    m(
        "mae-0905",
        "2026-09-05 10:12",
        MAE,
        "receita",
        PT,
        """A receita do bacalhau com broa que a Marta pediu:

- 4 postas de bacalhau demolhado
- 1/2 broa de milho esfarelada
- 6 dentes de alho, salsa, azeite q.b.
- batatinhas a murro

Forno a 200 graus, 25 minutos. Não ponhas sal!!

Beijinhos""",
    ),
    m(
        "hcs-lunch-1006",
        "2026-10-06 12:30",
        "Rita Queirós <rita.queiros@hospy.example>",
        "Almoço de equipa sexta 🍝",
        PT,
        """Olá novatos de outubro (Tiago, Inês e Karl)!

Sexta-feira almoçamos todos juntos no Tasquinho da Rua do Heroísmo, às 13h, para vos darmos as boas-vindas como deve ser. A Hospy paga!

Rita""",
        to="Tiago Carvalho Sousa <tiago.carvalho.sousa@gmail.com>, Inês Valente <ines.valente@hospy.example>, Karl Lindqvist <karl.lindqvist@hospy.example>",
    ),
]
