# ruff: noqa: E501, RUF100
"""Corpus 123, the ordinary inbox from September to November 2025 (data only): see heldout123.py."""

from __future__ import annotations

from typing import Any

from heldout123_jobs import N, ics, m, reply

_tiago_casas = m(
    "n006",
    "2025-09-06 13:48",
    "Tiago Ramalho <tiago.ramalho.arq@gmail.com>",
    "casas para ver sábado",
    N(),
    """Vi estas três, a da Penha parece a melhor mas o preço está puxado:

https://www.idealista.pt/imovel/33871204/ – T2 Penha de França, 2.º andar sem elevador, 295k
https://www.idealista.pt/imovel/33902655/ – T2 Arroios, remodelado, 318k
https://www.imovirtual.com/pt/anuncio/t2-graca-ID1hT9q – T2 Graça, precisa obras, 259k

Marquei visita à da Penha para sábado às 11h. Vens?

bjs
T.
""",
)

_cat_ent = m(
    "n014",
    "2025-09-16 22:37",
    "Catarina Vidigal <catarina.vidigal@outlook.pt>",
    "adivinha...",
    N(),
    """Martinha!!

Tive ontem a entrevista no outro banco – correu lindamente, acho eu. Perguntaram-me imenso
sobre a migração do core e eu a falar que nem uma metralhadora 😂 Agora dizem que dão resposta
em duas semanas. Se me oferecerem a proposta, saio finalmente da agência de Benfica.

E tu, como vai a caça? Já tens alguma coisa em vista? Não desanimes, que o mercado de QA está
estranho mas tu és das melhores que conheço.

Jantar na sexta? Pode ser no Zé da Mouraria.

Beijinhos,
Cat
""",
)

_condo_conv = m(
    "n029",
    "2025-10-07 10:12",
    "Gescondo Lisboa <administracao@gescondo.example>",
    "Convocatória – Assembleia Geral Ordinária de Condóminos – Rua Morais Soares, 112",
    N(),
    """CONVOCATÓRIA

Nos termos dos artigos 1431.º e 1432.º do Código Civil, são convocados todos os condóminos do
prédio sito na Rua Morais Soares, n.º 112, 1900-347 Lisboa, para a Assembleia Geral Ordinária,
a realizar no dia 23 de outubro de 2025, pelas 20h30, no átrio do prédio, com a seguinte
ordem de trabalhos:

1. Apreciação e votação das contas do exercício de 2024/2025;
2. Aprovação do orçamento para 2025/2026 e do valor das quotas;
3. Obras na fachada – apresentação de três orçamentos;
4. Outros assuntos de interesse para o condomínio.

Não comparecendo o número de condóminos suficiente, a assembleia reunirá em segunda
convocatória, no mesmo local, meia hora depois, com qualquer número de presenças.

Os condóminos podem fazer-se representar mediante procuração (minuta em anexo).

A Administração
Gescondo – Gestão de Condomínios, Lda.
""",
    attach=[
        ("Procuracao_AG_out2025.txt", "text/plain", "Procuração para a Assembleia de 23/10/2025\n")
    ],
)

_hugo_oferta = m(
    "n020",
    "2025-09-25 23:50",
    "Hugo Maia <hugomaia.dev@gmail.com>",
    "Re: novidades?",
    N(),
    """Epá recebi a oferta da empresa de Braga!! 😱 Mais 600 paus por mês e full remote, só tenho
de ir lá uma vez por mês. Vou aceitar amanhã, já falei com o meu chefe e ele ficou meio
chateado mas pronto.

Quando fores ao Porto avisa, pago-te um jantar à conta do aumento.

Abraço
H.

Em qui., 25/09/2025 às 19:11, Marta Teixeira Lobo <marta.tlobo@gmail.com> escreveu:
> Então, já há novidades da entrevista de Braga? Conta tudo!
""",
)

MAIL: list[dict[str, Any]] = [
    m(
        "n001",
        "2025-09-01 09:14",
        "Segurança Social Direta <naoresponder@seg-social.pt>",
        "Requerimento de prestações de desemprego – recebido",
        N(),
        """SEGURANÇA SOCIAL DIRETA

Exma. Senhora Marta Sofia Teixeira Lobo,

Informamos que o seu requerimento de Prestações de Desemprego, submetido em 01-09-2025, foi
recebido com o número 2025/PD/4418872.

O requerimento será analisado pelos serviços. A decisão ser-lhe-á comunicada através da
Segurança Social Direta, na área "Mensagens".

Pode consultar o estado do requerimento em https://app.seg-social.pt

Instituto da Segurança Social, I.P.
Esta mensagem é automática. Não responda.
""",
    ),
    m(
        "n002",
        "2025-09-02 16:05",
        "Sílvia Rocha <silvia.rocha@softway-consulting.example>",
        "Documentação de cessação do contrato",
        N(),
        """Olá Marta,

Conforme falámos, segue em anexo:
 - Declaração de situação de desemprego (Mod. RP 5044-DGSS), já assinada;
 - Certificado de trabalho;
 - Recibo final com os créditos laborais e a compensação.

A compensação foi transferida hoje para o IBAN habitual. Qualquer dúvida diz.

Foi um prazer trabalhar contigo todos estes anos. Custou-me muito este processo.

Um beijinho,
Sílvia
Recursos Humanos – Softway Consulting
""",
        attach=[
            ("RP5044_MartaLobo.pdf", "application/pdf", "%PDF-1.4\n% RP 5044\n%%EOF\n"),
            ("Certificado_Trabalho.pdf", "application/pdf", "%PDF-1.4\n% certificado\n%%EOF\n"),
        ],
    ),
    m(
        "n003",
        "2025-09-02 19:30",
        "Ritmo Club <ola@ritmoclub.example>",
        "Bem-vinda de volta, Marta! 💪",
        N(),
        html="""<html><body style="font-family:Montserrat,Arial;background:#111;color:#fff;padding:20px">
<h1 style="color:#ff5a1f">Bem-vinda de volta!</h1>
<p>O teu plano <b>Flex Manhãs</b> (acesso 7h–14h) está ativo no clube Ritmo Arroios a partir de hoje.</p>
<p>Mensalidade: 29,90 € · Débito direto no dia 8 de cada mês.</p>
<p>Descarrega a app para reservar aulas: <a style="color:#ff5a1f" href="https://app.ritmoclub.example">app.ritmoclub.example</a></p>
<p style="font-size:11px;color:#888">Ritmo Club – Ginásios, S.A. · Av. Almirante Reis, 101, Lisboa</p>
</body></html>""",
    ),
    m(
        "n004",
        "2025-09-04 23:02",
        "MB WAY <naoresponder@mbway.pt>",
        "Recebeu uma transferência MB WAY",
        N(),
        """MB WAY

Recebeu 18,50 € de CATARINA VIDIGAL.
Mensagem: "jantar tasca 🍷"
Data: 04/09/2025 23:01

Este email é meramente informativo. O MB WAY nunca lhe pede códigos ou dados por email.
""",
    ),
    m(
        "n005",
        "2025-09-05 12:40",
        "Programa Renda Acessível <rendaacessivel@cm-lisboa.pt>",
        "Candidatura submetida – Concurso PRA 2025/09",
        N(),
        """CÂMARA MUNICIPAL DE LISBOA
Programa Renda Acessível

Exma. Senhora Marta Sofia Teixeira Lobo,

A sua candidatura ao 9.º concurso do Programa Renda Acessível (PRA 2025/09) foi submetida com
sucesso.

N.º de candidatura: PRA-09-2025-017733
Tipologias: T1, T2
Agregado: 2 pessoas

O sorteio realiza-se a 29 de setembro de 2025 e os resultados serão publicados em
habitarlisboa.cm-lisboa.pt. Será notificada por email.

Habitar Lisboa
""",
    ),
    _tiago_casas,
    m(
        "n007",
        "2025-09-06 14:20",
        "Marta Teixeira Lobo <marta.tlobo@gmail.com>",
        "Re: casas para ver sábado",
        N(),
        """Vou! Mas a sem elevador nem pensar, imagina as compras 😅 Marca também a de Arroios se
conseguires.

Em sáb., 6/09/2025 às 13:48, Tiago Ramalho <tiago.ramalho.arq@gmail.com> escreveu:
> Vi estas três, a da Penha parece a melhor mas o preço está puxado:
> Marquei visita à da Penha para sábado às 11h. Vens?
""",
        to="Tiago Ramalho <tiago.ramalho.arq@gmail.com>",
        **reply(_tiago_casas),
    ),
    m(
        "n008",
        "2025-09-08 09:00",
        "Gescondo Lisboa <administracao@gescondo.example>",
        "Aviso de quota – 3.º trimestre 2025",
        N(),
        """Exmo(a). Condómino(a),

Fração: 3.º Esq. – Rua Morais Soares, 112
Período: julho a setembro de 2025
Valor: 87,00 € (quota ordinária 72,00 € + fundo comum de reserva 15,00 €)

Pagamento por referência Multibanco:
Entidade 21 312 · Referência 448 102 937 · Montante 87,00 €
Data limite: 30/09/2025

A Administração
""",
    ),
    m(
        "n009",
        "2025-09-09 08:31",
        "Luzitel <faturas@luzitel.example>",
        "A sua fatura de setembro já está disponível",
        N(),
        html="""<html><body style="font-family:Arial">
<p>Olá Marta,</p>
<p>A sua fatura n.º FT 2025/9918271 está disponível na Área de Cliente.</p>
<table border="0" cellpadding="4"><tr><td>Pacote</td><td>Fibra 500 + TV + Móvel</td></tr>
<tr><td>Valor</td><td><b>54,99 €</b></td></tr><tr><td>Débito em</td><td>22/09/2025</td></tr></table>
<p><a href="https://areacliente.luzitel.example/faturas">Ver fatura</a></p>
<p style="font-size:11px;color:#777">Luzitel Comunicações, S.A.</p></body></html>""",
    ),
    m(
        "n010",
        "2025-09-10 07:00",
        "Shift Left PT <newsletter@shiftleft.example>",
        '#41 – Entrevista: Rita Calado (Head of QA) e o fim do "testador manual"',
        N(),
        """SHIFT LEFT PT – a newsletter portuguesa sobre qualidade de software
Edição #41 · 10 de setembro de 2025

NESTA EDIÇÃO
→ Entrevista: Rita Calado, Head of QA numa fintech do Porto, fala connosco sobre como
  reorganizou 12 testers em equipas de produto e porque acha que "o testador manual não morreu,
  mudou de nome".
→ Playwright 1.55: o que muda nos fixtures
→ Evento: Lisbon QA Meetup #27 – Contract testing na prática (18 set)
→ Ferramenta da semana: Schemathesis

"O que procuro quando entrevisto alguém? Curiosidade. O resto ensina-se." – Rita Calado

Ler online: https://shiftleft.example/41
Anular subscrição: https://shiftleft.example/unsubscribe?u=mtl
""",
        headers={"List-Unsubscribe": "<https://shiftleft.example/unsubscribe?u=mtl>"},
    ),
    m(
        "n011",
        "2025-09-11 10:42",
        "CTT <notificacoes@ctt.pt>",
        "O seu objeto LX208711453PT está em distribuição",
        N(),
        """CTT – Correios de Portugal

O seu objeto LX208711453PT está em distribuição e será entregue hoje.

Remetente: ZONA LIVROS
Morada de entrega: R MORAIS SOARES 112 3 ESQ, 1900-347 LISBOA

Acompanhe em https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects=LX208711453PT

Não responda a este email.
""",
    ),
    m(
        "n012",
        "2025-09-12 20:15",
        "Graça Teixeira <gracateixeira58@sapo.pt>",
        "fim de semana",
        N(),
        """Filha

Eu e o pai vamos a Tomar no fim de semana de 27 para a festa da tia Lurdes. Vens connosco?
Podias aproveitar para descansar dessa coisa dos empregos. Não estejas preocupada que tudo se
arranja.

Leva o Tiago se ele quiser.

Beijinhos da mãe
""",
    ),
    m(
        "n013",
        "2025-09-15 18:00",
        "Lisbon QA Meetup <organizers@lisbonqa.example>",
        "Lisbon QA Meetup #27: Contract testing na prática – 18 set",
        N(),
        """Olá Marta,

Estás inscrita no Lisbon QA Meetup #27!

📍 Startup Lisboa, Rua da Prata, 80
🕢 Quinta-feira, 18 de setembro, 18h30
🎤 "Contract testing na prática com Pact" – Daniela Moura
🍕 Pizza e bebidas por conta do anfitrião

O convite para o calendário vai em anexo.

Até quinta!
Organização Lisbon QA Meetup
""",
        ics=ics(
            "lqa-27-2025@lisbonqa.example",
            "2025-09-18 18:30",
            "Lisbon QA Meetup #27 – Contract testing",
            ("Lisbon QA Meetup", "organizers@lisbonqa.example"),
            minutes=150,
            location="Startup Lisboa, Rua da Prata, 80, Lisboa",
        ),
    ),
    _cat_ent,
    m(
        "n015",
        "2025-09-18 11:23",
        "Autoridade Tributária e Aduaneira <naoresponder@at.gov.pt>",
        "Portal das Finanças – Nova mensagem na Caixa Postal Eletrónica",
        N(),
        """AUTORIDADE TRIBUTÁRIA E ADUANEIRA

Tem uma nova mensagem na sua Caixa Postal Eletrónica (ViaCTT / e-Balcão).

Assunto: Liquidação de IRS 2024 – reembolso
Contribuinte: 2** *** *17

Para consultar, aceda ao Portal das Finanças com as suas credenciais:
https://www.portaldasfinancas.gov.pt

A AT nunca solicita dados de cartões bancários ou pagamentos através de links enviados por email.
""",
    ),
    m(
        "n016",
        "2025-09-19 04:12",
        "Zappi <billing@zappi-streaming.example>",
        "Your Zappi subscription has been renewed",
        N("en"),
        """Hi Marta,

Your Zappi Standard plan has been renewed.

Amount: €11.99
Next billing date: October 19, 2025
Payment method: Visa ending in 4410

Manage your subscription: https://zappi-streaming.example/account

Zappi Streaming B.V.
""",
    ),
    m(
        "n017",
        "2025-09-20 10:30",
        "Segurança Social Direta <naoresponder@seg-social.pt>",
        "Decisão – Prestações de Desemprego",
        N(),
        """SEGURANÇA SOCIAL DIRETA

Tem uma nova mensagem na Segurança Social Direta.

Assunto: Deferimento do requerimento 2025/PD/4418872 – Subsídio de desemprego

O seu requerimento foi deferido. O montante diário e o período de concessão podem ser
consultados na Segurança Social Direta, em Emprego > Prestações de desemprego.

Recorda-se que, durante o período de concessão, deve cumprir o dever de procura ativa de
emprego e comparecer às convocatórias do Serviço de Emprego.

Instituto da Segurança Social, I.P.
""",
    ),
    m(
        "n018",
        "2025-09-22 21:47",
        "Udemy <no-reply@e.udemy.com>",
        "Your receipt from Udemy – Playwright with TypeScript: from Zero to CI",
        N("en"),
        """Thanks for your purchase, Marta!

Order #: 101877523
Date: Sep 22, 2025

Playwright with TypeScript: from Zero to CI ........ €12.99
Total: €12.99 (VAT included)

Start learning: https://www.udemy.com/course/playwright-ts-zero-to-ci/learn/

Udemy, Inc., 600 Harrison Street, San Francisco, CA 94107
""",
    ),
    m(
        "n019",
        "2025-09-24 09:15",
        "Energia Solaris <clientes@energiasolaris.example>",
        "Fatura de eletricidade e gás – setembro 2025",
        N(),
        """Cara Cliente Marta Teixeira Lobo,

A sua fatura de setembro já se encontra disponível.

CPE eletricidade: PT0002000 1138 2271 9JX
Consumo: 187 kWh (leitura real)
Valor total: 47,33 €
Débito direto: 09/10/2025

Poupe mais: adira à fatura eletrónica e ganhe 10 € de desconto. Aproveite a oferta de outono!

Energia Solaris – Comercialização de Energia, S.A.
""",
    ),
    _hugo_oferta,
    m(
        "n021",
        "2025-09-26 10:02",
        "Clínica Estrela <marcacoes@clinicaestrela.example>",
        "Confirmação de consulta – Medicina Geral e Familiar",
        N(),
        """Exma. Sra. Marta Teixeira Lobo,

Confirmamos a sua consulta:

Especialidade: Medicina Geral e Familiar
Médico: Dr. Rui Pimentel
Data: 01/10/2025 às 15:40
Local: Clínica Estrela – Rua Saraiva de Carvalho, 170, Lisboa

Por favor chegue com 10 minutos de antecedência e traga o seu cartão de seguro.
Para desmarcar, responda a este email ou ligue 213 960 442.
""",
        ics=ics(
            "clinicaestrela-mg-8812390@clinicaestrela.example",
            "2025-10-01 15:40",
            "Consulta Medicina Geral – Dr. Rui Pimentel",
            ("Clínica Estrela", "marcacoes@clinicaestrela.example"),
            minutes=20,
            location="Rua Saraiva de Carvalho, 170, Lisboa",
        ),
    ),
    m(
        "n022",
        "2025-09-27 07:30",
        "Ritmo Club <reservas@ritmoclub.example>",
        "Reserva confirmada: Pilates Reformer – sáb. 27/09, 10:00",
        N(),
        """Reserva confirmada ✅

Aula: Pilates Reformer
Clube: Ritmo Arroios
Sábado, 27/09/2025 – 10:00 (50 min)
Instrutora: Leonor

Lembra-te: cancelamentos com menos de 6 horas de antecedência contam como falta.
""",
    ),
    m(
        "n023",
        "2025-09-29 18:20",
        "Programa Renda Acessível <rendaacessivel@cm-lisboa.pt>",
        "Resultado do sorteio – Concurso PRA 2025/09",
        N(),
        """CÂMARA MUNICIPAL DE LISBOA
Programa Renda Acessível

Exma. Senhora,

Informamos que se realizou hoje o sorteio do concurso PRA 2025/09.

Lamentamos informar que a sua candidatura n.º PRA-09-2025-017733 não foi contemplada com
nenhuma das habitações a concurso. A sua candidatura ficou em lista de reserva, na posição 412.

Agradecemos o seu interesse e convidamos a candidatar-se aos próximos concursos, que serão
divulgados em habitarlisboa.cm-lisboa.pt.

Habitar Lisboa
""",
    ),
    m(
        "n024",
        "2025-09-30 13:11",
        "MB WAY <naoresponder@mbway.pt>",
        "Pagamento MB WAY efetuado",
        N(),
        """MB WAY

Efetuou um pagamento de 87,00 € a GESCONDO LDA.
Data: 30/09/2025 13:10

Se não reconhece este movimento, contacte o seu banco.
""",
    ),
    m(
        "n025",
        "2025-10-01 06:45",
        "Banco Lusitano Direto <extratos@bancolusitano.example>",
        "O seu extrato de setembro está disponível",
        N(),
        """Banco Lusitano Direto

Cara Cliente,

O extrato integrado da conta à ordem n.º ***4471 referente a setembro de 2025 já está
disponível no Homebanking, em Documentos.

Por razões de segurança, não enviamos extratos em anexo.

Banco Lusitano, S.A.
""",
    ),
    m(
        "n026",
        "2025-10-02 22:40",
        "Tiago Ramalho <tiago.ramalho.arq@gmail.com>",
        "números do crédito",
        N(),
        """Fiz umas contas no simulador. Para a de Arroios (318k) com 10% de entrada:
 - 286k a 35 anos, Euribor 6M + 0,85 → prestação ~1.190 €
 - taxa mista 3 anos 2,9% → ~1.170 €

Com o teu subsídio ainda não sei se algum banco aprova... talvez seja melhor esperar até
teres contrato. Ou vamos à intermediária que a Inês recomendou (Casa Certa), eles tratam
de tudo com vários bancos.

T.
""",
    ),
    m(
        "n027",
        "2025-10-03 11:25",
        "Casa Certa – Intermediários de Crédito <processos@casacerta.example>",
        "Pedido de análise de crédito habitação recebido – Processo CC-25-08831",
        N(),
        """Olá Marta e Tiago,

Obrigado por confiarem na Casa Certa. O vosso pedido de análise de crédito habitação foi
recebido e tem o número CC-25-08831.

A vossa gestora de processo é a Dra. Sandra Lima, que vos vai contactar nas próximas 48 horas
para pedir a documentação (últimos recibos de vencimento, IRS, mapa de responsabilidades do
Banco de Portugal).

Casa Certa – Intermediários de Crédito, Lda.
Intermediário de crédito vinculado registado no Banco de Portugal sob o n.º 0004127
""",
    ),
    m(
        "n028",
        "2025-10-06 08:34",
        "Luzitel <faturas@luzitel.example>",
        "A sua fatura de outubro já está disponível",
        N(),
        """Olá Marta,

A sua fatura n.º FT 2025/10402155 está disponível na Área de Cliente.
Valor: 54,99 € · Débito em 22/10/2025

Luzitel Comunicações, S.A.
""",
    ),
    _condo_conv,
    m(
        "n030",
        "2025-10-08 07:00",
        "Shift Left PT <newsletter@shiftleft.example>",
        "#42 – Contratar QAs em 2025: 5 perguntas a quem recruta",
        N(),
        """SHIFT LEFT PT · Edição #42

→ "Recebo 300 candidaturas por vaga de QA" – falámos com três recrutadoras de Lisboa sobre o
  que mudou no mercado. Spoiler: o CV com "ISTQB" já não chega.
→ Como preparar uma entrevista técnica de automação (e o que NÃO fazer no live coding)
→ Vagas da comunidade: 14 ofertas partilhadas pelos leitores (link no fim)
→ Lisbon QA Meetup #28 – inscrições abertas

Ler online: https://shiftleft.example/42
Anular subscrição: https://shiftleft.example/unsubscribe?u=mtl
""",
        headers={"List-Unsubscribe": "<https://shiftleft.example/unsubscribe?u=mtl>"},
    ),
    m(
        "n031",
        "2025-10-09 12:02",
        "CTT <notificacoes@ctt.pt>",
        "Aviso de chegada – objeto disponível para levantamento",
        N(),
        """CTT – Correios de Portugal

Não foi possível entregar o seu objeto RN552018764PT (correio registado).

O objeto está disponível para levantamento a partir de 10/10/2025 na:
Loja CTT Praça do Chile – Av. Almirante Reis, 124, Lisboa
Prazo de levantamento: 7 dias úteis.

Remetente: AUTORIDADE TRIBUTARIA

Leve este aviso e um documento de identificação.
""",
    ),
    m(
        "n032",
        "2025-10-10 15:00",
        "Carga Labs <events@cargalabs.example>",
        "You're registered: Performance testing with k6 in CI (Oct 16)",
        N("en"),
        """Hi Marta,

Thanks for registering for our live webinar!

Performance testing with k6 in CI – from smoke to soak
Thursday, October 16, 2025 · 17:00 WEST (Lisbon) · 60 min
Speakers: Ana Lopes (Developer Advocate), Mark Evans (SRE)

Join link: https://cargalabs.example/webinar/k6-ci/join?reg=77f1

Add it to your calendar with the attached invite. Can't make it? We'll send you the recording.

The Carga Labs team
""",
        ics=ics(
            "webinar-k6-ci-20251016@cargalabs.example",
            "2025-10-16 17:00",
            "Webinar: Performance testing with k6 in CI",
            ("Carga Labs Events", "events@cargalabs.example"),
            location="https://cargalabs.example/webinar/k6-ci/join",
        ),
    ),
    m(
        "n033",
        "2025-10-12 19:55",
        "Graça Teixeira <gracateixeira58@sapo.pt>",
        "receita do bolo de bolacha",
        N(),
        """Aqui vai a receita que me pediste

2 pacotes de bolacha Maria
250g de manteiga
200g de açúcar
2 gemas
1 chávena de café forte

Bate a manteiga com o açucar, junta as gemas. Molha as bolachas no café e vai fazendo camadas.
Frigorífico de um dia para o outro.

Beijinhos
Mãe
""",
    ),
    m(
        "n034",
        "2025-10-14 17:44",
        "Zona Livros <encomendas@zonalivros.example>",
        "A sua encomenda #ZL-771203 foi enviada",
        N(),
        """Olá Marta,

Boas notícias! A sua encomenda foi enviada por CTT Expresso.

• Explore It! – Elisabeth Hendrickson (1x) ....... 34,90 €
• O Pintassilgo – Donna Tartt (1x) ................ 19,95 €
Portes: grátis

Código de seguimento: LX208997004PT

Zona Livros – livraria online
""",
    ),
    m(
        "n035",
        "2025-10-15 16:20",
        "Sandra Lima – Casa Certa <sandra.lima@casacerta.example>",
        "Simulações de crédito habitação – 3 bancos",
        N(),
        """Olá Marta, olá Tiago,

Conforme conversado, junto as simulações para um empréstimo de 286.000 € a 35 anos
(imóvel de 318.000 €):

Banco Lusitano – taxa mista (2 anos fixa 2,65%) – prestação 1.142 € – TAEG 3,4%
Banco Meridional – taxa variável (Euribor 12M + 0,80%) – prestação 1.176 € – TAEG 3,6%
Caixa Atlântica – taxa fixa 30 anos 3,25% – prestação 1.244 € – TAEG 3,8%

Nota: os bancos vão pedir, no caso da Marta, o novo contrato de trabalho (ou pelo menos uma
proposta assinada), dado que atualmente está a receber subsídio. Com o Tiago como primeiro
titular o processo pode avançar, mas o montante aprovado será menor.

Estas simulações não constituem proposta vinculativa.

Cumprimentos,
Sandra Lima
Gestora de Processo – Casa Certa
""",
    ),
    m(
        "n036",
        "2025-10-17 12:00",
        "Ritmo Club <ola@ritmoclub.example>",
        "Oferta de outubro: traz um amigo e ganham os dois 1 mês grátis",
        N(),
        html="""<html><body style="font-family:Montserrat,Arial;text-align:center">
<h2>Treinar a dois sabe melhor 🧡</h2>
<p>Até 31 de outubro, traz um amigo para o Ritmo Club e <b>ganham os dois um mês grátis</b>.</p>
<p>Oferta válida para novas inscrições nos planos Full e Flex. Sem taxa de inscrição.</p>
<p><a href="https://ritmoclub.example/traz-um-amigo?utm_source=email&amp;utm_campaign=out25">Quero a oferta</a></p>
<p style="font-size:10px;color:#999">Não queres receber ofertas? <a href="https://ritmoclub.example/unsub">Cancelar subscrição</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://ritmoclub.example/unsub>"},
    ),
    m(
        "n037",
        "2025-10-19 09:20",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Rita Alves on her new job",
        N("en"),
        """Rita Alves started a new position as Senior QA Engineer at Helix Ledger

Congratulate Rita: https://www.linkedin.com/feed/update/urn:li:activity:73859/

Other updates from your network:
· João Pestana shared a post: "We're hiring a QA at Bússola!"
· Beatriz Quental reacted to a post

This email was intended for Marta Teixeira Lobo.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "n038",
        "2025-10-20 10:05",
        "Segurança Social Direta <naoresponder@seg-social.pt>",
        "Pagamento de prestação",
        N(),
        """SEGURANÇA SOCIAL DIRETA

Foi processado o pagamento da prestação de Subsídio de Desemprego referente a setembro de
2025, por transferência bancária para o IBAN PT50 **** **** **** ***4 471 0.

Pode consultar o detalhe em Conta-corrente > Pagamentos.

Instituto da Segurança Social, I.P.
""",
    ),
    m(
        "n039",
        "2025-10-21 09:00",
        "Energia Solaris <clientes@energiasolaris.example>",
        "Fatura de eletricidade e gás – outubro 2025",
        N(),
        """Cara Cliente,

A sua fatura de outubro já se encontra disponível. Valor total: 52,18 €.
Débito direto: 06/11/2025.

Energia Solaris – Comercialização de Energia, S.A.
""",
    ),
    m(
        "n040",
        "2025-10-23 13:15",
        "Catarina Vidigal <catarina.vidigal@outlook.pt>",
        "Re: adivinha...",
        N(),
        """Afinal desisti do processo do outro banco 🙄 Queriam que eu fosse para Oeiras 5 dias por
semana e com o miúdo na escola em Benfica não dá. Fico onde estou mais uns tempos.

Sábado vamos à feira da ladra? Preciso de uma distração.

Cat
""",
        **reply(_cat_ent),
    ),
    m(
        "n041",
        "2025-10-24 14:37",
        "Banco Lusitano Direto <simulacoes@bancolusitano.example>",
        "A sua simulação de Crédito Pessoal",
        N(),
        """Banco Lusitano Direto

Olá Marta,

Obrigado por ter simulado o Crédito Pessoal Projetos no nosso site. Eis o resumo:

Montante: 8.000 € · Prazo: 60 meses
Prestação mensal: 158,41 €
TAN: 8,90% · TAEG: 10,7%
MTIC: 9.702,34 €

Esta simulação é válida por 10 dias e não constitui uma proposta contratual. A concessão do
crédito está sujeita a análise e aprovação.

Quer avançar? Conclua o pedido em 5 minutos: https://www.bancolusitano.example/credito-pessoal/pedido?sim=88213

Banco Lusitano, S.A. – Intermediário e mutuante de crédito registado no Banco de Portugal.
""",
    ),
    m(
        "n042",
        "2025-10-26 08:00",
        "Mercado Rio <novidades@mercadorio.example>",
        "As ofertas da semana já chegaram 🛒",
        N(),
        html="""<html><body style="font-family:Arial;color:#222">
<h2 style="color:#c8102e">Ofertas da semana</h2>
<ul><li>Azeite virgem extra 750 ml – <b>4,99 €</b></li><li>Bacalhau graúdo – <b>-30%</b></li><li>Café em grão 1 kg – <b>leve 2 pague 1</b></li></ul>
<p>Com o cartão Mercado Rio acumula 10% em saldo. Válido de 27/10 a 02/11.</p>
<p style="font-size:10px">Mercado Rio – Distribuição Alimentar, S.A. · <a href="https://mercadorio.example/unsubscribe">Cancelar subscrição</a></p>
</body></html>""",
    ),
    m(
        "n043",
        "2025-10-27 10:50",
        "Autoridade Tributária e Aduaneira <naoresponder@at.gov.pt>",
        "Imposto Único de Circulação – documento de cobrança",
        N(),
        """AUTORIDADE TRIBUTÁRIA E ADUANEIRA

Encontra-se disponível no Portal das Finanças o documento de cobrança do Imposto Único de
Circulação (IUC) relativo ao veículo 48-UX-17.

Prazo de pagamento: 31/10/2025
Valor: 41,72 €

Consulte em Portal das Finanças > Cidadãos > Serviços > IUC > Emitir Documento de Cobrança.
""",
    ),
    m(
        "n044",
        "2025-10-28 18:30",
        "Gescondo Lisboa <administracao@gescondo.example>",
        "Ata n.º 31 – Assembleia Geral de 23/10/2025",
        N(),
        """Exmos. Condóminos,

Junto remetemos a Ata n.º 31 da Assembleia Geral Ordinária realizada a 23/10/2025.

Principais deliberações:
 - Contas de 2024/2025 aprovadas por unanimidade;
 - Quota trimestral mantém-se em 87,00 € (T3 Esq.);
 - Obras na fachada: aprovado o orçamento da Construções Sapateira, Lda., com quota extra a
   definir em próxima assembleia.

Eventuais reclamações devem ser apresentadas no prazo de 30 dias.

A Administração
""",
        attach=[("Ata31_AG_20251023.pdf", "application/pdf", "%PDF-1.4\n% ata 31\n%%EOF\n")],
    ),
    m(
        "n045",
        "2025-10-30 21:12",
        "Voa Atlântico <reservas@voaatlantico.example>",
        "Confirmação de reserva – Lisboa ⇄ Funchal (ABX7QK)",
        N(),
        """Obrigado por voar connosco, Marta!

Código de reserva: ABX7QK

IDA   VA 1627  Lisboa (LIS) 26/12/2025 08:35 → Funchal (FNC) 10:25
VOLTA VA 1634  Funchal (FNC) 02/01/2026 18:40 → Lisboa (LIS) 20:25

Passageiros: MARTA TEIXEIRA LOBO, TIAGO RAMALHO
Tarifa: Classic (1 mala de 23 kg) · Total pago: 312,40 €

O check-in online abre 36 horas antes da partida.
""",
    ),
    m(
        "n046",
        "2025-10-31 11:05",
        "Certtest Iberia <exames@certtest.example>",
        "Inscrição confirmada – ISTQB® Advanced Level Test Automation Engineering",
        N(),
        """Cara Marta Teixeira Lobo,

A sua inscrição no exame abaixo está confirmada:

Exame: ISTQB® CTAL-TAE v2.0 (Test Automation Engineering) – português
Data: 22/11/2025, 10:00 (duração 90 min + 25% para não nativos em inglês, se aplicável)
Local: Centro de exames Certtest – Av. Duque de Ávila, 46, Lisboa
Valor pago: 240,00 €

Deve apresentar-se 30 minutos antes, com documento de identificação com fotografia.

Certtest Iberia – Centro de Exames acreditado
""",
        ics=ics(
            "certtest-ctaltae-20251122-MTL@certtest.example",
            "2025-11-22 10:00",
            "Exame ISTQB CTAL-TAE",
            ("Certtest Iberia", "exames@certtest.example"),
            minutes=120,
            location="Av. Duque de Ávila, 46, Lisboa",
        ),
    ),
    m(
        "n047",
        "2025-11-02 19:40",
        "MB WAY <naoresponder@mbway.pt>",
        "Pedido de dinheiro MB WAY",
        N(),
        """MB WAY

HUGO MAIA enviou-lhe um pedido de 22,00 €.
Mensagem: "bilhete concerto 🎸"

Aceite ou recuse o pedido na app MB WAY. O pedido expira em 48 horas.
""",
    ),
    m(
        "n048",
        "2025-11-03 06:45",
        "Banco Lusitano Direto <extratos@bancolusitano.example>",
        "O seu extrato de outubro está disponível",
        N(),
        """Banco Lusitano Direto

O extrato integrado da conta à ordem n.º ***4471 referente a outubro de 2025 já está
disponível no Homebanking.

Banco Lusitano, S.A.
""",
    ),
    m(
        "n049",
        "2025-11-04 17:02",
        "Sandra Lima – Casa Certa <sandra.lima@casacerta.example>",
        "Documentos em falta – Processo CC-25-08831",
        N(),
        """Olá Marta,

Para submetermos o processo aos bancos ainda faltam:
 - Declaração de IRS 2024 e nota de liquidação (Marta);
 - Mapa de Responsabilidades de Crédito do Banco de Portugal (ambos);
 - Extratos bancários dos últimos 3 meses (Tiago).

Podem enviar por resposta a este email ou carregar na plataforma.

Obrigada,
Sandra
""",
    ),
    m(
        "n050",
        "2025-11-05 08:30",
        "Luzitel <faturas@luzitel.example>",
        "A sua fatura de novembro já está disponível",
        N(),
        """Olá Marta,

A sua fatura n.º FT 2025/11388410 está disponível na Área de Cliente.
Valor: 54,99 € · Débito em 22/11/2025

Luzitel Comunicações, S.A.
""",
    ),
    m(
        "n051",
        "2025-11-06 07:00",
        "Shift Left PT <newsletter@shiftleft.example>",
        '#43 – "Fui despedida e isto foi o que aprendi": testemunhos da comunidade',
        N(),
        """SHIFT LEFT PT · Edição #43

→ Testemunhos: quatro profissionais de QA contam como foi a procura de emprego depois de um
  despedimento coletivo em 2025. Entrevistas, testes técnicos, propostas e o que mudariam.
→ Tutorial: visual regression com Playwright sem ferramentas pagas
→ Comunidade: Lisbon QA Meetup #28 a 13 de novembro

Ler online: https://shiftleft.example/43
Anular subscrição: https://shiftleft.example/unsubscribe?u=mtl
""",
        headers={"List-Unsubscribe": "<https://shiftleft.example/unsubscribe?u=mtl>"},
    ),
    m(
        "n052",
        "2025-11-07 18:00",
        "Lisbon QA Meetup <organizers@lisbonqa.example>",
        "Lisbon QA Meetup #28: Flaky tests anonymous – 13 nov",
        N(),
        """Olá Marta,

Estás inscrita no Lisbon QA Meetup #28!

📍 Tagus Mobility HQ, Hub Criativo do Beato, Edifício B
🕢 Quinta-feira, 13 de novembro, 18h30
🎤 "Flaky tests anonymous: 12 passos para a recuperação" – Gonçalo Reis
🎤 Lightning talks abertas – inscreve-te no dia

Até quinta!
""",
        ics=ics(
            "lqa-28-2025@lisbonqa.example",
            "2025-11-13 18:30",
            "Lisbon QA Meetup #28 – Flaky tests anonymous",
            ("Lisbon QA Meetup", "organizers@lisbonqa.example"),
            minutes=150,
            location="Hub Criativo do Beato, Edifício B, Lisboa",
        ),
    ),
    m(
        "n053",
        "2025-11-10 11:18",
        "CTT <notificacoes@ctt.pt>",
        "O seu objeto LX209440812PT foi entregue",
        N(),
        """CTT – Correios de Portugal

O seu objeto LX209440812PT foi entregue em 10/11/2025 às 11:14.
Recebido por: MARTA LOBO

Obrigado por escolher os CTT.
""",
    ),
    m(
        "n054",
        "2025-11-11 20:22",
        "Graça Teixeira <gracateixeira58@sapo.pt>",
        "S. Martinho",
        N(),
        """Filha, o pai assou castanhas e sobrou imenso. Passas cá amanhã buscar? Trazes também a
travessa que levaste no domingo.

E aquela entrevista do banco, ainda não disseram nada? Rezei à Santa Rita.

Mãe
""",
    ),
    m(
        "n055",
        "2025-11-12 07:02",
        "Ritmo Club <faturacao@ritmoclub.example>",
        "Mensalidade de novembro – recibo",
        N(),
        """Olá Marta,

Recebemos o pagamento da mensalidade de novembro.

Plano: Flex Manhãs – Ritmo Arroios
Valor: 29,90 € · Débito direto em 08/11/2025
Recibo n.º RC-2025/118441 disponível na app.

Bons treinos!
Ritmo Club
""",
    ),
    m(
        "n056",
        "2025-11-13 23:10",
        "Tiago Ramalho <tiago.ramalho.arq@gmail.com>",
        "T2 Penha – fotos",
        N(),
        """Voltei lá hoje com o meu pai. Afinal tem elevador, é que estava avariado no dia 😂
O proprietário aceita baixar para 285k. Diz-me o que achas das fotos, sobretudo da cozinha.

T.
""",
        attach=[("penha_cozinha.jpg", "image/jpeg", "JPEGDATA")],
    ),
    m(
        "n057",
        "2025-11-14 10:00",
        "Casa Lisboeta Imobiliária <visitas@casalisboeta.example>",
        "Visita agendada – T2 Penha de França (ref. CL-4471)",
        N(),
        """Olá Marta,

Confirmamos a segunda visita ao imóvel:

T2 – Rua Heróis de Quionga, Penha de França · Ref. CL-4471
Sábado, 15 de novembro, 11h00
Consultor: Filipe Araújo – 915 402 338

Convite em anexo para o seu calendário.

Casa Lisboeta Imobiliária – AMI 14882
""",
        ics=ics(
            "visita-cl4471-20251115@casalisboeta.example",
            "2025-11-15 11:00",
            "Visita T2 Penha de França (CL-4471)",
            ("Filipe Araújo", "visitas@casalisboeta.example"),
            minutes=45,
            location="Rua Heróis de Quionga, Lisboa",
        ),
    ),
    m(
        "n058",
        "2025-11-17 10:00",
        "Segurança Social Direta <naoresponder@seg-social.pt>",
        "Pagamento de prestação",
        N(),
        """SEGURANÇA SOCIAL DIRETA

Foi processado o pagamento da prestação de Subsídio de Desemprego referente a outubro de
2025.

Instituto da Segurança Social, I.P.
""",
    ),
    m(
        "n059",
        "2025-11-18 12:30",
        "Clínica Dentária Sorriso Azul <lembretes@sorrisoazul.example>",
        "Lembrete: consulta amanhã às 15h00",
        N(),
        """Olá Marta,

Lembramos a sua consulta de higiene oral amanhã, 19/11, às 15h00, com a Dra. Mafalda Serra.

Responda SIM para confirmar ou NÃO para desmarcar.

Clínica Dentária Sorriso Azul – Rua Morais Soares, 40
""",
    ),
    m(
        "n060",
        "2025-11-19 09:10",
        "Energia Solaris <clientes@energiasolaris.example>",
        "Fatura de eletricidade e gás – novembro 2025",
        N(),
        """Cara Cliente,

A sua fatura de novembro já se encontra disponível. Valor total: 61,04 €.
Débito direto: 04/12/2025.

Energia Solaris – Comercialização de Energia, S.A.
""",
    ),
    m(
        "n061",
        "2025-11-20 19:05",
        "Filipe Araújo <filipe.araujo@casalisboeta.example>",
        "Proposta aceite! – T2 Penha de França",
        N(),
        """Boa tarde Marta e Tiago,

Tenho o prazer de vos informar que o proprietário aceitou a vossa proposta de 283.000 € para
o T2 da Rua Heróis de Quionga. Parabéns! 🎉

Próximos passos:
 1. Assinatura do contrato-promessa de compra e venda (CPCV) – proponho 28/11;
 2. Sinal de 10% no CPCV;
 3. Escritura até 60 dias, dependente da aprovação do crédito.

Vou pedir à Casa Certa que avance com a avaliação bancária.

Cumprimentos,
Filipe Araújo
Consultor Imobiliário – Casa Lisboeta
""",
    ),
    m(
        "n062",
        "2025-11-22 16:45",
        "Certtest Iberia <exames@certtest.example>",
        "Resultado do exame ISTQB® CTAL-TAE",
        N(),
        """Cara Marta Teixeira Lobo,

Temos o prazer de informar que foi APROVADA no exame ISTQB® Advanced Level Test Automation
Engineering, realizado a 22/11/2025, com a classificação de 78%.

O seu certificado digital será emitido pelo PSTQB no prazo de 15 dias úteis e ficará também
registado no ISTQB® Successful Candidate Register.

Parabéns!
Certtest Iberia
""",
    ),
    m(
        "n063",
        "2025-11-24 09:00",
        "Boxa <promo@boxa.example>",
        "BLACK FRIDAY: ofertas até -60% só esta semana",
        N(),
        html="""<html><body style="background:#000;color:#fff;font-family:Arial;text-align:center">
<h1 style="font-size:40px">BLACK FRIDAY</h1>
<p>Portáteis, monitores e auscultadores com <b>até -60%</b>.</p>
<p>Ofertas exclusivas para clientes registados até domingo.</p>
<p><a style="color:#ffd200" href="https://boxa.example/blackfriday?utm_source=nl">Ver todas as ofertas</a></p>
<p style="font-size:10px;color:#777">Boxa – Comércio de Eletrónica, S.A. · <a href="https://boxa.example/unsub" style="color:#777">Não quero receber mais emails</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://boxa.example/unsub>"},
    ),
    m(
        "n064",
        "2025-11-27 14:12",
        "Catarina Vidigal <catarina.vidigal@outlook.pt>",
        "Jantar de Natal do grupo 🎄",
        N(),
        """Meninas e meninos,

Bora marcar o jantar de Natal? Pus um Doodle com 3 datas:
https://doodle.com/meeting/participate/id/eX7kQ2ma

Sugestões de sítio: O Pitéu da Graça ou A Taberna do Largo. E amigo secreto com limite de 20€!

Beijos,
Cat
""",
        to="Marta <marta.tlobo@gmail.com>, Hugo Maia <hugomaia.dev@gmail.com>, Sofia Reis <sofiareis@gmail.com>",
    ),
    m(
        "n065",
        "2025-11-28 08:15",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Marta, apareceu em 23 pesquisas esta semana",
        N(),
        """Apareceu em 23 pesquisas esta semana

Quem a procurou trabalha em: Tecnologia da Informação, Serviços Financeiros, Seguros
Palavras-chave usadas: "QA automation", "Cypress", "ISTQB"

Veja quem visitou o seu perfil com o Premium – experimente grátis durante 1 mês.

© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "n066",
        "2025-11-29 10:30",
        "Zappi <billing@zappi-streaming.example>",
        "A change to your Zappi plan price",
        N("en"),
        """Hi Marta,

From January 19, 2026, the price of your Standard plan will change from €11.99 to €12.99 per
month. You don't need to do anything; if you'd like to change or cancel your plan, visit
your account.

Thanks for watching,
Zappi
""",
    ),
]
