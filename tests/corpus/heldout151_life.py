# ruff: noqa: E501, RUF100
"""Corpus 151, the ordinary inbox part two (data only): see heldout151.py.

Friends and family (several talking about their own jobs), the padel group, the Ordem dos
Engenheiros, newsletters that interview an industrial director, webinars with calendar parts,
volunteering, races and LinkedIn's social mail."""

from __future__ import annotations

from typing import Any

from heldout151_jobs import N, ics, m, reply

RUI = "Rui Tavares <ruitavares.eng@gmail.com>"
INES = "Inês Couto <ines.couto@sapo.pt>"
BRUNO = "Bruno Saraiva <bruno_saraiva88@hotmail.com>"
MAE = "Fernanda Magalhães <fernanda.magalhaes58@sapo.pt>"
SOFIA = "Sofia Pereira <sofiamp.pereira@gmail.com>"
JAVIER = "Javier Otero <javi.otero.vgo@gmail.com>"
LENA = "Lena Hoffmann <lena.hoffmann@gmx.de>"
MARCO = "Marco Pinto <marcopinto.padel@gmail.com>"
HUGO = "Hugo Ferreira <hugoferreira.mntc@gmail.com>"
PEDRO = "Pedro Alves <pedro.alves.mec@gmail.com>"
OE = "Ordem dos Engenheiros <comunicacao@ordemengenheiros.pt>"
OERN = "Ordem dos Engenheiros – Região Norte <eventos@oern.pt>"
FOCO = "Indústria em Foco <newsletter@industriaemfoco.example>"
LI = "LinkedIn <notifications-noreply@linkedin.com>"

_RUI_OUT = "<CAH5xq9Ab3rui@mail.gmail.com>"
_INES_OUT = "<CAH5xq9Cd4ines@mail.gmail.com>"
_BRUNO_1 = "<DB7PR02MB4410A1C2@DB7PR02MB4410.eurprd02.prod.outlook.com>"
_CURSO_1 = "<CAKs0pT2jantar10anos@mail.gmail.com>"

MAIL: list[dict[str, Any]] = [
    # --- Friends and family ----------------------------------------------------------------------
    m(
        "aa01",
        "2025-09-06 11:48",
        RUI,
        "Novidades!!",
        N(),
        text="""\
Tiago!!

Tenho de te contar: a fábrica de pás eólicas em Viana ligou-me ontem e fizeram-me a proposta. Foram três entrevistas, uma delas em inglês com um dinamarquês que não sorriu uma única vez 😂 mas correu bem.

Começo em outubro como engenheiro de qualidade. Vou ter de mudar para Viana, mas a Catarina está contente porque fica mais perto dos pais dela.

E tu, ainda estás aí com a cortiça? Tens mandado CVs?

Abraço,
Rui
""",
    ),
    m(
        "aa02",
        "2025-09-08 08:12",
        RUI,
        "Re: Novidades!!",
        N(),
        text="""\
Obrigado pá! Bora jantar antes de eu ir, sábado 20?

Quanto às candidaturas: manda para todo o lado, mesmo as que achas que não tens hipótese. A minha acabou por ser uma dessas.

R.

On Sun, 7 Sep 2025 at 22:10, Tiago Magalhães Pereira <tiago.mpereira@gmail.com> wrote:
> Grande Rui, parabéns!! Mereces. Aqui continua tudo igual, mas já comecei a mandar umas candidaturas.
""",
        **reply("<CAH5xq9Ab1rui@mail.gmail.com>", _RUI_OUT),
    ),
    m(
        "aa03",
        "2025-09-14 10:05",
        MAE,
        "almoço",
        N(),
        text="""\
Olá filho

Então vens almoçar no domingo dia 21? O pai vai fazer cabrito. A tua irmã também vem com o Martim.

Traz o casaco que deixaste cá no verão.

Beijinhos
Mãe
""",
    ),
    m(
        "aa04",
        "2025-09-27 19:20",
        BRUNO,
        "futsal sexta?",
        N(),
        text="""\
Boas malta

Sexta dia 3 às 21h no pavilhão de Campanhã, falta 1. Tiago alinhas?

Bruno
""",
        cc="Marco Pinto <marcopinto.padel@gmail.com>, Hugo Ferreira <hugoferreira.mntc@gmail.com>",
    ),
    m(
        "aa05",
        "2025-10-04 23:02",
        INES,
        "preciso de um conselho",
        N(),
        text="""\
Olá Tiago,

Desculpa a hora. Preciso de uma opinião de alguém que não seja da minha família 😅

Recebi ontem uma proposta de uma consultora em Lisboa (engenharia de processos para farmacêuticas). Pagam mais 400 € do que aqui, têm seguro de saúde e é contrato sem termo logo desde o início. Mas teria de deixar o Porto e o Miguel não pode mudar já.

Na entrevista final disseram-me que posso fazer dois dias por semana remoto. Achas que vale a pena? Tu mudavas?

Beijinho,
Inês
""",
    ),
    m(
        "aa06",
        "2025-10-06 21:37",
        INES,
        "Re: preciso de um conselho",
        N(),
        text="""\
Aceitei!!! 🙈 Começo a 3 de novembro. Obrigada pela conversa de ontem, ajudou mesmo.

Vamos beber um copo antes de eu ir?

Inês

Em dom., 5/10/2025 às 12:15, Tiago Magalhães Pereira <tiago.mpereira@gmail.com> escreveu:
> Inês, acho que deves aceitar. Dois dias remoto + sem termo não aparece todos os dias. O Miguel vai perceber.
""",
        **reply(_INES_OUT),
    ),
    m(
        "aa07",
        "2025-10-20 20:44",
        JAVIER,
        "¿Vienes a Vigo?",
        N("es"),
        text="""\
¡Hola Tiago!

¿Qué tal todo por Oporto? Oye, el puente de Todos los Santos tengo libre (por fin, con el curro de la planta no paro, estamos con el lanzamiento del modelo nuevo y hago turnos de noche).

¿Te animas a venir a Vigo del 31 al 2? Te quedas en casa, hay sofá cama. Cenamos en el Berbés y el sábado vamos a Cíes si no llueve (lloverá).

Un abrazo,
Javi
""",
    ),
    m(
        "aa08",
        "2025-11-03 22:16",
        JAVIER,
        "fotos 📸",
        N("es"),
        text="""\
¡Qué buen finde! Te paso las fotos del Berbés y de la subida al Castro.

Dile a tu jefe que te deje venir más veces 😜

Javi
""",
        attach=[("IMG_20251101_WA0012.jpg", "image/jpeg", "JFIF fake image data")],
    ),
    m(
        "aa09",
        "2025-11-02 18:55",
        BRUNO,
        "lay-off",
        N(),
        text="""\
Tiago

Sabes que isto na fábrica está mal. Ontem a administração anunciou lay-off de 3 meses a partir de dezembro, metade da produção parada. Vou receber 2/3 do ordenado.

Já estou a mandar CV para tudo, Net-Empregos, Indeed, até para o IEFP. Se souberes de alguma coisa na tua zona em manutenção avisa-me.

Abraço
Bruno

Enviado do Outlook para Android
""",
    ),
    m(
        "aa10",
        "2025-11-16 13:30",
        SOFIA,
        "Batizado do Martim – 13 dez",
        N(),
        text="""\
Mano,

Está decidido: batizado do Martim dia 13 de dezembro às 11h na igreja de São José, em Viseu, e almoço na quinta dos tios do Nuno. Vais ser padrinho, portanto não há desculpas 😄

Diz-me se queres que reserve quarto para sexta.

Sofia
""",
    ),
    m(
        "aa11",
        "2025-11-22 17:03",
        PEDRO,
        "Save the date 💍 Pedro & Mariana – 13.06.2026",
        N(),
        html="""\
<html><body style="font-family:Georgia,serif;text-align:center;color:#444">
<h1 style="font-weight:normal">Pedro &amp; Mariana</h1>
<p>Reservem a data</p>
<p style="font-size:24px">13 de junho de 2026</p>
<p>Quinta da Aveleda, Penafiel</p>
<p>O convite formal segue mais tarde. Confirmem a presença até 28 de fevereiro em <a href="https://pedroemariana.example/rsvp">pedroemariana.example/rsvp</a>.</p>
</body></html>
""",
    ),
    m(
        "aa12",
        "2025-12-01 21:10",
        LENA,
        "job news from Munich :)",
        N("en"),
        text="""\
Hey Tiago,

long time no hear! Quick update: I finally left the consultancy – starting at a medical device company in Munich in January, as a quality engineer. The interview process was insane (five rounds and a presentation), but they were really nice.

How's the cork life? Still thinking about moving to Germany? If you ever come to Munich there's a couch for you.

Liebe Grüße,
Lena
""",
    ),
    m(
        "aa13",
        "2025-12-11 09:32",
        RUI,
        "Re: notícia",
        N(),
        text="""\
GRANDE! Parabéns Tiago!! Águeda é já ali, e melhoria contínua é mesmo a tua cena.

Temos de celebrar. Quando vens a Viana?

Rui

On Wed, 10 Dec 2025 at 22:40, Tiago Magalhães Pereira <tiago.mpereira@gmail.com> wrote:
> Rui, aceitei a proposta da Metalvouga! Começo a 2 de fevereiro. Depois conto tudo.
""",
        **reply("<CAH5xq9Ef6rui@mail.gmail.com>"),
    ),
    m(
        "aa14",
        "2025-12-20 19:40",
        MAE,
        "Natal",
        N(),
        text="""\
Filho

Chegas dia 23 a que horas? O pai vai buscar-te a Coimbra. Diz à tua irmã para trazer a cadeirinha do Martim.

Já sabe a tia Graça do emprego novo, ficou toda contente. O teu primo Zé também teve entrevista num banco em Viseu, ainda não sabe nada.

Beijinhos
Mãe
""",
    ),
    m(
        "aa15",
        "2025-12-27 15:08",
        SOFIA,
        "fotos do Natal",
        N(),
        text="""\
Aqui vão as fotos. A do Martim com o gorro do pai é a melhor 😂

Bj
S.
""",
        attach=[
            ("natal2025_1.jpg", "image/jpeg", "JFIF fake"),
            ("natal2025_2.jpg", "image/jpeg", "JFIF fake"),
        ],
    ),
    m(
        "aa16",
        "2026-01-09 22:51",
        BRUNO,
        "RE: lay-off",
        N(),
        text="""\
Afinal houve novidades: fui chamado para entrevista numa empresa de manutenção industrial em Paredes, segunda-feira. Pediram-me para levar o certificado de habilitações e o CAP. Torce por mim!

Tu já estás a arrumar as coisas para Aveiro?

Bruno

________________________________
De: Tiago Magalhães Pereira <tiago.mpereira@gmail.com>
Enviado: 3 de novembro de 2025 09:20
Para: Bruno Saraiva <bruno_saraiva88@hotmail.com>
Assunto: Re: lay-off

Força Bruno. Vou estar atento e mando-te o que vir. Na Feira está sempre a aparecer coisa de manutenção.
""",
        **reply(_BRUNO_1),
    ),
    m(
        "aa17",
        "2026-01-23 12:15",
        HUGO,
        "jantar de despedida – sexta 30",
        N(),
        text="""\
Pessoal da manutenção (e mais uns infiltrados da produção),

Como sabem, o nosso Eng. Tiago vai-nos abandonar 😢. Jantar de despedida na sexta-feira, dia 30, às 20h30, na Tasca do Zé em Lourosa. 20€ por cabeça, paguem-me até quarta.

Não digam ao Tiago que há bolo.

Hugo
(sim, estou a mandar do gmail porque o email da empresa não deixa mandar para fora 🙄)
""",
        to="Tiago Magalhães Pereira <tiago.mpereira@gmail.com>, manutencao.amigos@googlegroups.com",
    ),
    m(
        "aa18",
        "2026-01-31 11:40",
        HUGO,
        "Re: jantar de despedida – sexta 30",
        N(),
        text="""\
Que noite! Ficam as fotos. Tiago, vê lá se não te esqueces de nós lá em Águeda.

Hugo
""",
        attach=[("jantar_despedida.jpg", "image/jpeg", "JFIF fake")],
    ),
    m(
        "aa19",
        "2026-02-03 20:05",
        MAE,
        "então?",
        N(),
        text="""\
Então filho, como correu o primeiro dia? Gostaste das pessoas? Já comeste como deve ser?

Liga quando puderes.

Mãe
""",
    ),
    m(
        "aa20",
        "2026-02-05 10:50",
        "Recursos Humanos – Corkpack <rh@corkpack.example>",
        "Documentos de cessação do contrato – Tiago Magalhães Pereira",
        N(),
        text="""\
Caro Tiago,

Conforme solicitado, seguem em anexo os documentos relativos à cessação do seu contrato de trabalho, por denúncia do trabalhador, com efeitos a 30 de janeiro de 2026:

- Certificado de trabalho;
- Recibo de vencimento de janeiro (inclui férias não gozadas e proporcionais de subsídios);
- Declaração de rendimentos para efeitos de IRS.

Desejamos-lhe os maiores sucessos.

Cumprimentos,
Paula Rocha
Recursos Humanos
Corkpack – Indústria de Cortiça e Embalagem, Lda. · Lourosa, Santa Maria da Feira
""",
        attach=[("Certificado_trabalho_TPereira.pdf", "application/pdf", "%PDF-1.4 certificado")],
    ),
    m(
        "aa21",
        "2026-02-14 12:00",
        PEDRO,
        "RSVP – lembrete 😊",
        N(),
        text="""\
Tiago, ainda não confirmaste no site! Vens com acompanhante? Preciso de saber até dia 28 por causa da quinta.

Ah, e a despedida de solteiro é em maio, no Gerês. Mais info em breve.

Pedro
""",
    ),
    m(
        "aa22",
        "2026-02-21 16:25",
        LENA,
        "Re: job news from Munich :)",
        N("en"),
        text="""\
Congrats on the new job!! Continuous improvement in a metal plant sounds like exactly your thing. Mine is going well, lots of paperwork (medical devices...) but a great team.

Let's do a call some Sunday?

Lena

Am 18.02.2026 um 21:02 schrieb Tiago Magalhães Pereira <tiago.mpereira@gmail.com>:
> Hi Lena! Sorry for the late reply, it's been a crazy two months. I changed jobs too: started on 2 February at a metal components plant near Aveiro.
""",
        **reply("<CAH5xq9Gh8lena@mail.gmail.com>"),
    ),
    m(
        "aa23",
        "2026-01-16 19:02",
        "Zé Magalhães <zemagalhaes.vis@gmail.com>",
        "entrei!",
        N(),
        text="""\
Primo!

Só para te dizer que fiquei com o lugar no banco em Viseu, começo em março no balcão do Rossio. A tia já te deve ter dito mas queria ser eu a contar 😄

E parabéns também pelo teu, a tua mãe não fala de outra coisa.

Zé
""",
    ),
    m(
        "aa24",
        "2025-09-03 21:15",
        "Armando Sousa <armando.sousa1954@gmail.com>",
        "esquentador",
        N(),
        text="""\
Boa noite Tiago

O técnico do esquentador pode ir aí na segunda-feira de manhã entre as 9 e as 12. Consegue deixar a chave com a D. Albertina do rés-do-chão?

Obrigado
Armando Sousa
""",
    ),
    # --- MIEM class dinner -------------------------------------------------------------------------
    m(
        "ab01",
        "2025-09-20 15:30",
        "Carolina Reis <carolina.reis.mec@gmail.com>",
        "Jantar 10 anos MIEM 2015 🎉",
        N(),
        text="""\
Olá a todos!

Faz este ano 10 anos que acabámos o curso (assustador, eu sei). Estou a organizar um jantar no sábado, 15 de novembro, no Porto. Respondam a este email a dizer se vêm, para eu reservar.

Carolina
""",
        to="miem2015@googlegroups.com",
        headers={"List-Id": "<miem2015.googlegroups.com>"},
    ),
    m(
        "ab02",
        "2025-10-11 00:14",
        "André Lopes <andrelopes.eng@gmail.com>",
        "Re: Jantar 10 anos MIEM 2015 🎉",
        N(),
        text="""\
Conto comigo! Se for em Matosinhos melhor, que eu estou em Leça. Já agora, alguém conhece pessoal na Bosch Braga? Tenho entrevista lá para a semana para ir para a área de testes e queria saber como é o ambiente.

André

Em sáb., 20/09/2025 às 15:30, Carolina Reis <carolina.reis.mec@gmail.com> escreveu:
> Olá a todos!
>
> Faz este ano 10 anos que acabámos o curso (assustador, eu sei). Estou a organizar um jantar no sábado, 15 de novembro, no Porto. Respondam a este email a dizer se vêm, para eu reservar.
>
> Carolina
""",
        to="miem2015@googlegroups.com",
        headers={"List-Id": "<miem2015.googlegroups.com>"},
        **reply(_CURSO_1),
    ),
    m(
        "ab03",
        "2025-11-10 13:05",
        "Carolina Reis <carolina.reis.mec@gmail.com>",
        "Re: Jantar 10 anos MIEM 2015 🎉",
        N(),
        text="""\
Ficou: sábado 15/11, 20h, Restaurante O Gaveto, Matosinhos. Somos 23! 25€ sinal por MBWay para 91x xxx xxx até quarta.

Carolina
""",
        to="miem2015@googlegroups.com",
        headers={"List-Id": "<miem2015.googlegroups.com>"},
        **reply(_CURSO_1),
    ),
    # --- Padel ------------------------------------------------------------------------------------
    m(
        "ac01",
        "2025-09-10 12:20",
        MARCO,
        "padel quinta 20h?",
        N(),
        text="""\
Quem alinha quinta às 20h no Padel Campanhã? Já reservei o campo 3. Tiago, Hugo, Bruno?

M.
""",
    ),
    m(
        "ac02",
        "2025-09-10 12:18",
        "Playtomic <no-reply@playtomic.io>",
        "Reserva confirmada – Padel Campanhã",
        N(),
        text="""\
Reserva confirmada

Padel Campanhã – Campo 3
Quinta-feira, 11 de setembro de 2025, 20:00 – 21:30
Organizador: Marco Pinto
Jogadores: Marco P., Tiago M. P.

A tua parte: 7,00 € (pago)

Playtomic
""",
    ),
    m(
        "ac03",
        "2025-10-01 09:45",
        MARCO,
        "Torneio interno – sábado 18",
        N(),
        text="""\
Malta, o clube vai fazer um torneio interno no sábado 18/10, a partir das 10h. Inscrevi-nos como dupla (eu e o Tiago), os outros formem as vossas até sexta. Mando convite para ninguém se esquecer.

Marco
""",
        ics=ics(
            "torneio-padel-campanha-20251018@google.com",
            "2025-10-18 10:00",
            "Torneio interno Padel Campanhã",
            ("Marco Pinto", "marcopinto.padel@gmail.com"),
            minutes=360,
            attendees=[
                ("Hugo Ferreira", "hugoferreira.mntc@gmail.com"),
                ("Bruno Saraiva", "bruno_saraiva88@hotmail.com"),
            ],
            location="Padel Campanhã, Rua de Justino Teixeira, Porto",
        ),
    ),
    m(
        "ac04",
        "2025-11-12 18:03",
        "Playtomic <no-reply@playtomic.io>",
        "Reserva confirmada – Padel Campanhã",
        N(),
        text="""\
Reserva confirmada

Padel Campanhã – Campo 1
Quinta-feira, 13 de novembro de 2025, 21:00 – 22:30
Organizador: Tiago Magalhães Pereira

Total: 28,00 € (pago com Visa ···· 0935)

Convida os teus amigos para dividirem o pagamento na app.

Playtomic
""",
    ),
    m(
        "ac05",
        "2025-12-03 10:30",
        MARCO,
        "jantar de natal do padel 🎄",
        N(),
        text="""\
Jantar de Natal do grupo: sexta 19/12, 20h30, Cervejaria Gazela. Quem vem? Levem 10€ para o amigo secreto.

Marco
""",
    ),
    m(
        "ac06",
        "2026-01-14 17:48",
        MARCO,
        "último jogo do Tiago 😢",
        N(),
        text="""\
Pessoal, quinta 22 é o último jogo do Tiago antes de ir para Aveiro. Campo reservado às 20h. Depois cerveja, ele paga 😂

Marco
""",
        cc="Hugo Ferreira <hugoferreira.mntc@gmail.com>, Bruno Saraiva <bruno_saraiva88@hotmail.com>",
    ),
    # --- Ordem dos Engenheiros ---------------------------------------------------------------------
    m(
        "ad01",
        "2025-09-16 10:00",
        OE,
        "Quotas 2025 – pagamento do 2.º semestre",
        N(),
        text="""\
Caro(a) Membro,

Informamos que se encontra disponível a referência Multibanco para pagamento das quotas do 2.º semestre de 2025.

Membro n.º 8xxxx – Tiago Magalhães Pereira
Entidade: 20xxx  Referência: 118 442 907  Valor: 60,00 €
Data limite: 31-10-2025

Pode também pagar na Área Reservada do Portal da Ordem.

Ordem dos Engenheiros
""",
    ),
    m(
        "ad02",
        "2025-10-07 11:30",
        OERN,
        "Webinar: Manutenção Preditiva e Indústria 4.0 – 23 de outubro",
        N(),
        html="""\
<html><body style="font-family:Arial;font-size:13px">
<p><b>Colégio de Engenharia Mecânica – Região Norte</b></p>
<h2>Webinar: Manutenção Preditiva e Indústria 4.0</h2>
<p>23 de outubro · 18h00 · online</p>
<p>Oradores: Eng.ª Sara Valente (Predikt Sensors) e Prof. Rui Gomes (FEUP). Moderação: Eng. Álvaro Mendes.</p>
<p>Sessão gratuita para membros. Atribui 0,2 créditos de formação contínua.</p>
<p><a href="https://www.oern.pt/eventos/webinar-manutencao-preditiva/inscricao">Inscrever-me</a></p>
<p style="font-size:10px;color:#666">Ordem dos Engenheiros – Região Norte · Rua Rodrigues Sampaio, 123, Porto</p>
</body></html>
""",
    ),
    m(
        "ad03",
        "2025-10-14 16:40",
        OERN,
        "Inscrição confirmada – Webinar Manutenção Preditiva e Indústria 4.0",
        N(),
        text="""\
Caro(a) Eng. Tiago Magalhães Pereira,

A sua inscrição no webinar "Manutenção Preditiva e Indústria 4.0" está confirmada.

Data: 23 de outubro de 2025, 18h00–19h30
Plataforma: Zoom (link no convite em anexo)

Ordem dos Engenheiros – Região Norte
""",
        ics=ics(
            "oern-webinar-mp40-20251023@oern.pt",
            "2025-10-23 18:00",
            "Webinar OERN: Manutenção Preditiva e Indústria 4.0",
            ("OERN Eventos", "eventos@oern.pt"),
            minutes=90,
            location="Zoom – https://oern.zoom.example/j/91288430012",
            description="Webinar do Colégio de Engenharia Mecânica. Link de acesso: https://oern.zoom.example/j/91288430012",
        ),
    ),
    m(
        "ad04",
        "2025-11-25 09:15",
        OERN,
        "Dia Regional Norte do Engenheiro 2025 – 6 de dezembro",
        N(),
        text="""\
Caro(a) Membro,

O Dia Regional Norte do Engenheiro 2025 realiza-se a 6 de dezembro, na Alfândega do Porto, com a cerimónia de entrega de cédulas aos novos membros efetivos, seguida de jantar.

Inscrições até 1 de dezembro na Área Reservada.

Ordem dos Engenheiros – Região Norte
""",
    ),
    m(
        "ad05",
        "2025-12-15 08:30",
        OE,
        "Ingenium n.º 190 já disponível",
        N(),
        text="""\
Nesta edição da INGENIUM:

- Tema de capa: Reindustrialização da Europa – que papel para Portugal?
- Entrevista ao Bastonário sobre a valorização da profissão
- Dossier: Hidrogénio verde na indústria cerâmica e vidreira
- Caso de estudo: Lean na metalomecânica do Vouga

Leia online em https://www.ordemengenheiros.pt/pt/centro-de-informacao/revista-ingenium/

Ordem dos Engenheiros
""",
    ),
    m(
        "ad06",
        "2026-01-20 10:10",
        OERN,
        "Formação: Lean Six Sigma Green Belt – inscrições abertas",
        N(),
        text="""\
Curso de Formação Lean Six Sigma Green Belt
Porto · 6 sábados, de 7 de março a 11 de abril · 48 horas
Preço para membros: 690 € (não membros: 890 €)

Inclui exame de certificação e projeto prático.

Inscrições: https://www.oern.pt/formacao/lss-green-belt-2026

Ordem dos Engenheiros – Região Norte
""",
    ),
    # --- Newsletters (one of them "interviews" an industrial director) ------------------------------
    m(
        "ae01",
        "2025-10-30 07:00",
        FOCO,
        'Entrevista ao diretor industrial da Vidreira do Vouga: "A automação não tira empregos, muda-os"',
        N(),
        html="""\
<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto;color:#222">
<p style="font-size:12px;color:#888">INDÚSTRIA EM FOCO · Newsletter semanal · n.º 212</p>
<h1 style="font-size:24px">"A automação não tira empregos, muda-os"</h1>
<p><i>Entrevista ao Eng. Joaquim Neves, diretor industrial da Vidreira do Vouga</i></p>
<p>Com dois fornos a funcionar 24 horas por dia e 480 trabalhadores, a Vidreira do Vouga investiu 18 milhões de euros em inspeção automática e robótica de paletização. Falámos com o diretor industrial sobre falta de mão de obra, eficiência energética e o que procura quando recruta engenheiros.</p>
<p><b>Que perfil procuram hoje nos engenheiros?</b><br>Gente que goste de estar na fábrica. Os melhores candidatos que entrevistei vinham da manutenção: conhecem as máquinas por dentro...</p>
<p><a href="https://industriaemfoco.example/entrevistas/vidreira-do-vouga?utm_source=newsletter">Ler a entrevista completa</a></p>
<hr>
<p><b>Também nesta edição:</b> Exportações da metalomecânica crescem 6%; Cortiça: o novo centro de I&amp;D em Santa Maria da Feira; Agenda: EMAF 2026.</p>
<p style="font-size:10px;color:#999">Recebe esta newsletter porque se inscreveu em industriaemfoco.example. <a href="https://industriaemfoco.example/unsubscribe?e=tmp">Cancelar</a></p>
</body></html>
""",
        headers={"List-Unsubscribe": "<https://industriaemfoco.example/unsubscribe?e=tmp>"},
    ),
    m(
        "ae02",
        "2025-12-04 07:00",
        FOCO,
        "Falta de engenheiros: a indústria do Norte disputa talento",
        N(),
        html="""\
<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<p style="font-size:12px;color:#888">INDÚSTRIA EM FOCO · n.º 217</p>
<h1>Falta de engenheiros: a indústria do Norte disputa talento</h1>
<p>Salários de entrada acima dos 1.600 €, seguros de saúde e trabalho híbrido: as empresas industriais de Aveiro e Braga estão a mudar a forma como recrutam. Os centros de engenharia de grupos alemães no Porto agravam a concorrência.</p>
<p>"Já não basta pôr um anúncio e esperar", diz a diretora de recursos humanos de um grupo de Águeda, que recebeu 40% menos candidaturas do que em 2022.</p>
<p><a href="https://industriaemfoco.example/artigos/falta-de-engenheiros">Ler mais</a></p>
<p style="font-size:10px;color:#999"><a href="https://industriaemfoco.example/unsubscribe?e=tmp">Cancelar subscrição</a></p>
</body></html>
""",
        headers={"List-Unsubscribe": "<https://industriaemfoco.example/unsubscribe?e=tmp>"},
    ),
    m(
        "ae03",
        "2026-01-29 07:00",
        FOCO,
        "Grupo Carvalhosa investe 12 M€ em Águeda – entrevista ao CEO",
        N(),
        html="""\
<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<p style="font-size:12px;color:#888">INDÚSTRIA EM FOCO · n.º 224</p>
<h1>Grupo Carvalhosa investe 12 M€ em Águeda</h1>
<p><i>Entrevista a Alberto Carvalhosa, presidente executivo</i></p>
<p>A Metalvouga, empresa de componentes metálicos do grupo, vai receber uma nova linha de estampagem progressiva e um armazém automático. "Vamos contratar mais 35 pessoas este ano, a maioria técnicos e engenheiros", revela o CEO.</p>
<p><a href="https://industriaemfoco.example/entrevistas/grupo-carvalhosa">Ler a entrevista</a></p>
<p style="font-size:10px;color:#999"><a href="https://industriaemfoco.example/unsubscribe?e=tmp">Cancelar subscrição</a></p>
</body></html>
""",
        headers={"List-Unsubscribe": "<https://industriaemfoco.example/unsubscribe?e=tmp>"},
    ),
    m(
        "ae04",
        "2025-11-19 06:30",
        "Chão de Fábrica <chaodefabrica@substack.com>",
        "Ep. 42 – Entrevista com a responsável de Lean de uma fábrica de pneus",
        N(),
        text="""\
Chão de Fábrica · o podcast da indústria portuguesa

Episódio 42: conversámos com a Eng.ª Teresa Dias, responsável de Lean numa fábrica de pneus, sobre como implementar o TPM sem transformar tudo num exercício de papel, e porque é que os kaizen falham quando não há tempo protegido para a equipa.

Ouvir: https://chaodefabrica.substack.com/p/ep-42-teresa-dias

Gostaste? Partilha com um colega.

Unsubscribe: https://chaodefabrica.substack.com/action/disable_email
""",
        headers={"List-Unsubscribe": "<https://chaodefabrica.substack.com/action/disable_email>"},
    ),
    m(
        "ae05",
        "2026-01-07 06:30",
        "Chão de Fábrica <chaodefabrica@substack.com>",
        "Ep. 45 – SMED na prática: de 90 para 12 minutos",
        N(),
        text="""\
Chão de Fábrica · Episódio 45

Como uma fábrica de moldes da Marinha Grande reduziu as mudanças de ferramenta de 90 para 12 minutos. Com o chefe de produção Vítor Leal.

Ouvir: https://chaodefabrica.substack.com/p/ep-45-smed

Unsubscribe: https://chaodefabrica.substack.com/action/disable_email
""",
        headers={"List-Unsubscribe": "<https://chaodefabrica.substack.com/action/disable_email>"},
    ),
    m(
        "ae06",
        "2025-09-30 07:10",
        "Diário do Porto <manha@diariodoporto.example>",
        "Manhã: obras na Rua de Santa Catarina, Metro da Boavista e o tempo para hoje",
        N(),
        text="""\
Bom dia. Eis o que precisa de saber esta terça-feira:

1. Obras na Rua de Santa Catarina condicionam trânsito até dezembro.
2. Linha Rubi do Metro: primeiros testes em 2026.
3. Tempo: céu nublado, máxima de 22 °C.
4. Cultura: Serralves abre exposição sobre design industrial português.

Leia mais em diariodoporto.example
""",
    ),
    m(
        "ae07",
        "2025-11-28 07:10",
        "Diário do Porto <manha@diariodoporto.example>",
        "Manhã: Black Friday, luzes de Natal na Aliados e greve no Metro",
        N(),
        text="""\
Bom dia. Eis o que precisa de saber esta sexta-feira:

1. Iluminação de Natal acende hoje na Avenida dos Aliados.
2. Metro do Porto com serviços mínimos por greve parcial.
3. Black Friday: associação de consumidores deixa conselhos.

diariodoporto.example
""",
    ),
    # --- Webinars and events with calendar parts ------------------------------------------------
    m(
        "af01",
        "2025-10-15 14:00",
        "Predikt Sensors <eventos@prediktsensors.example>",
        'Convite: webinar "Análise de vibrações em 45 minutos" – 29 out',
        N(),
        text="""\
Olá Tiago,

Obrigado pelo interesse no nosso webinar. A sessão "Análise de vibrações em 45 minutos: do sensor à ordem de trabalho" realiza-se a 29 de outubro às 11h00 (Lisboa). Adicione o convite ao seu calendário.

Até lá,
Equipa Predikt Sensors
""",
        ics=ics(
            "predikt-webinar-2025-10-29@prediktsensors.example",
            "2025-10-29 11:00",
            "Webinar Predikt: Análise de vibrações em 45 minutos",
            ("Predikt Sensors", "eventos@prediktsensors.example"),
            minutes=45,
            location="https://prediktsensors.example/live",
        ),
    ),
    m(
        "af02",
        "2026-01-08 09:30",
        "Lean Summit Porto <info@leansummitporto.example>",
        "Early bird: Lean Summit Porto 2026 – 40% até 31 de janeiro",
        N(),
        html="""\
<html><body style="font-family:Arial">
<h2>Lean Summit Porto 2026</h2>
<p>21–22 de maio · Alfândega do Porto · 30 oradores · visitas a fábricas</p>
<p>Bilhete early bird: <b>240 €</b> (em vez de 400 €) até 31 de janeiro.</p>
<p><a href="https://leansummitporto.example/bilhetes?utm_source=mail">Garantir bilhete</a></p>
<p style="font-size:10px"><a href="https://leansummitporto.example/unsubscribe">Cancelar subscrição</a></p>
</body></html>
""",
        headers={"List-Unsubscribe": "<https://leansummitporto.example/unsubscribe>"},
    ),
    m(
        "af03",
        "2025-10-06 18:20",
        "Meetup <info@meetup.com>",
        "Novo evento: Lean Coffee Porto #18",
        N(),
        text="""\
Lean Coffee Porto

Lean Coffee Porto #18 – "Gestão visual no chão de fábrica"
Quinta-feira, 16 de outubro, 18:30
Café Candelabro, Rua da Conceição, Porto

12 pessoas vão. Vais?
https://www.meetup.com/lean-coffee-porto/events/3115520/

Meetup
""",
    ),
    # --- Alumni magazine: an "entrevista" that is not a job ------------------------------------------
    m(
        "ag01",
        "2025-11-05 15:45",
        "Alumni Engenharia Porto <alumni@engenhariaporto.example>",
        "Pedido de entrevista – revista Alumni",
        N(),
        text="""\
Caro Eng. Tiago Pereira,

Estamos a preparar a próxima edição da revista Alumni, dedicada aos engenheiros mecânicos que trabalham na indústria tradicional do Norte (cortiça, calçado, têxtil, metalomecânica).

O seu nome foi-nos sugerido pelo Prof. Rui Gomes. Teria disponibilidade para uma curta entrevista (30 min, por videochamada) sobre o seu percurso na manutenção industrial?

Com os melhores cumprimentos,
Beatriz Faria
Gabinete de Alumni e Comunicação
""",
    ),
    m(
        "ag02",
        "2025-11-10 10:12",
        "Alumni Engenharia Porto <alumni@engenhariaporto.example>",
        "Re: Pedido de entrevista – revista Alumni",
        N(),
        text="""\
Caro Tiago,

Muito obrigada! Fica então marcada a entrevista para quinta-feira, 13 de novembro, às 13h00, por Teams. Envio convite.

Beatriz Faria
""",
        ics=ics(
            "alumni-entrevista-tpereira-20251113@engenhariaporto.example",
            "2025-11-13 13:00",
            "Entrevista revista Alumni – Tiago Pereira",
            ("Beatriz Faria", "alumni@engenhariaporto.example"),
            minutes=30,
            location="Microsoft Teams",
        ),
        **reply("<CAH5xq9Kl1alumni@mail.gmail.com>"),
    ),
    m(
        "ag03",
        "2025-12-10 12:00",
        "Alumni Engenharia Porto <alumni@engenhariaporto.example>",
        "A revista Alumni n.º 31 já saiu – obrigado!",
        N(),
        text="""\
Caro Tiago,

A nova edição da revista Alumni já está online, com o seu testemunho na página 14 ("Da cortiça à Indústria 4.0"). Obrigada mais uma vez pela disponibilidade.

https://engenhariaporto.example/alumni/revista-31

Beatriz Faria
""",
    ),
    # --- Volunteering, races, learning ---------------------------------------------------------------
    m(
        "ah01",
        "2025-10-03 12:00",
        "Banco Alimentar Contra a Fome do Porto <voluntariado@bancoalimentar-porto.example>",
        "Campanha de novembro: inscreva-se como voluntário",
        N(),
        text="""\
Caro amigo,

Nos dias 29 e 30 de novembro realiza-se mais uma Campanha de Recolha de Alimentos. Precisamos de si!

Inscreva-se como voluntário num turno de 3 horas num supermercado perto de si: https://bancoalimentar-porto.example/voluntariado/inscricao

Obrigado por ajudar a ajudar.
Banco Alimentar Contra a Fome do Porto
""",
    ),
    m(
        "ah02",
        "2025-11-26 19:30",
        "Banco Alimentar Contra a Fome do Porto <voluntariado@bancoalimentar-porto.example>",
        "Inscrição confirmada – turno de sábado",
        N(),
        text="""\
Olá Tiago,

A sua inscrição como voluntário está confirmada:

Sábado, 29 de novembro, 14h00–17h00
Continente Bom Dia – Bonfim

Apresente-se ao chefe de equipa 10 minutos antes. Obrigado!
""",
    ),
    m(
        "ah03",
        "2025-12-09 20:10",
        "São Silvestre do Porto <inscricoes@saosilvestreporto.example>",
        "Inscrição confirmada – São Silvestre do Porto 2025",
        N(),
        text="""\
Olá Tiago,

A tua inscrição na São Silvestre do Porto (10 km, 27 de dezembro) está confirmada.

Dorsal: 4471
Levantamento do kit: 26/12, 10h–20h, Praça D. João I

Boa corrida!
""",
    ),
    m(
        "ah04",
        "2025-12-29 11:00",
        "São Silvestre do Porto <inscricoes@saosilvestreporto.example>",
        "Os teus resultados e diploma",
        N(),
        text="""\
Parabéns Tiago!

Tempo oficial: 49:37 · Posição: 2314 / 9120 · Escalão M35: 388

Descarrega o diploma: https://saosilvestreporto.example/resultados/4471

Até para o ano!
""",
    ),
    m(
        "ah05",
        "2025-11-30 20:00",
        "Duolingo <hello@duolingo.com>",
        "Não percas a tua série de 45 dias! 🦉",
        N(),
        text="""\
Olá Tiago,

Ainda não fizeste a tua lição de alemão hoje. Bastam 5 minutos para manteres a tua série de 45 dias!

Continuar: https://www.duolingo.com/learn

Duolingo
""",
    ),
    m(
        "ah06",
        "2025-10-25 16:40",
        "Coursera <no-reply@t.mail.coursera.org>",
        "Congratulations, Tiago! You earned a certificate",
        N("en"),
        text="""\
Congratulations on completing Six Sigma Principles!

You earned a certificate from the University System of Georgia on Coursera. Share it on LinkedIn to showcase your achievement.

View certificate: https://coursera.org/verify/8QZ3T7LMN2XP

The Coursera Team
""",
    ),
    # --- LinkedIn social mail ----------------------------------------------------------------------
    m(
        "ai01",
        "2025-10-21 09:05",
        LI,
        "Dê os parabéns à Inês Couto pelo novo cargo",
        N(),
        text="""\
Inês Couto começou um novo cargo: Process Engineer na Vectra Consulting.

Dê os parabéns à Inês: https://www.linkedin.com/comm/feed/update/urn:li:activity:7251/

Tiago, também tem 3 notificações por ler.

© 2025 LinkedIn Ireland Unlimited Company
""",
    ),
    m(
        "ai02",
        "2025-09-25 18:35",
        LI,
        "Rui Tavares comentou a sua publicação",
        N(),
        text="""\
Rui Tavares comentou: "Grande trabalho, Tiago! Esse quadro de TPM está top 👏"

Na sua publicação: "Seis meses de TPM na linha de rolhas técnicas: o que aprendemos..."

Ver comentário: https://www.linkedin.com/comm/feed/update/urn:li:activity:7240/

© 2025 LinkedIn Ireland Unlimited Company
""",
    ),
    m(
        "ai03",
        "2026-02-09 08:20",
        LI,
        "Rui Tavares e mais 37 pessoas reagiram à sua publicação",
        N(),
        text="""\
A sua publicação "Primeira semana na Metalvouga! Obrigado a todos os que me ajudaram..." está a ter impacto.

Rui Tavares, Inês Couto e mais 36 pessoas reagiram. 12 comentários.

Ver publicação: https://www.linkedin.com/comm/feed/update/urn:li:activity:7296/

© 2026 LinkedIn Ireland Unlimited Company
""",
    ),
    m(
        "ai04",
        "2025-12-22 09:00",
        LI,
        "Dê os parabéns ao Hugo Ferreira pelo aniversário de trabalho",
        N(),
        text="""\
Hugo Ferreira celebra 8 anos na Corkpack.

Dê os parabéns: https://www.linkedin.com/comm/in/hugoferreira-mntc/

© 2025 LinkedIn Ireland Unlimited Company
""",
    ),
    # --- A booking and a couple of odds and ends -----------------------------------------------------
    m(
        "aj01",
        "2025-12-14 21:30",
        "FC Porto <bilheteira@fcporto.pt>",
        "Os seus bilhetes – FC Porto x Sporting CP",
        N(),
        text="""\
Obrigado pela sua compra!

FC Porto x Sporting CP · Estádio do Dragão
Domingo, 4 de janeiro de 2026, 20:30
Bancada Nascente, Piso 1, Setor 12, Fila 18, Lugares 7–8

Os bilhetes digitais estão disponíveis na app FC Porto.
""",
    ),
    m(
        "aj02",
        "2025-11-18 22:14",
        "Booking.com <noreply@booking.com>",
        "Obrigado, Tiago! A sua reserva em Viseu está confirmada",
        N(),
        text="""\
A sua reserva está confirmada.

Hotel Avenida Viseu – 1 noite (sexta 12 para sábado 13 de dezembro)
Quarto individual · Total: 58 €

Número de confirmação: 4129.778.302

Booking.com
""",
    ),
]
