# ruff: noqa: E501, RUF100
"""Corpus 123, the ordinary inbox from December 2025 to February 2026 (data only): see heldout123.py."""

from __future__ import annotations

from typing import Any

from heldout123_jobs import N, ics, m, reply

_casa_proposta = m(
    "l011",
    "2025-12-11 15:48",
    "Sandra Lima – Casa Certa <sandra.lima@casacerta.example>",
    "Proposta de crédito habitação aprovada – FINE em anexo",
    N(),
    """Olá Marta e Tiago,

Ótimas notícias: o Banco Lusitano aprovou a vossa proposta de crédito habitação!

 - Montante: 254.700 € (90% do valor de avaliação de 283.000 €)
 - Prazo: 40 anos
 - Taxa mista: 2 anos fixa a 2,60%, depois Euribor 12M + 0,75%
 - Prestação estimada: 951,20 €
 - TAEG: 3,3%

Em anexo segue a FINE (Ficha de Informação Normalizada Europeia). A aprovação é válida por 90
dias e fica condicionada à apresentação, pela Marta, do contrato de trabalho ou declaração da
entidade patronal antes da escritura.

Qualquer dúvida liguem-me.

Sandra Lima
Casa Certa – Intermediários de Crédito
""",
    attach=[("FINE_CC-25-08831.pdf", "application/pdf", "%PDF-1.4\n% FINE\n%%EOF\n")],
)

_hugo_job = m(
    "l016",
    "2025-12-16 21:30",
    "Hugo Maia <hugomaia.dev@gmail.com>",
    "primeiras semanas",
    N(),
    """Então Marta!

Já lá vão duas semanas no emprego novo. Isto é outra coisa: ninguém me liga às 23h, há
testes automáticos a sério (tinhas gostado) e o meu chefe até agradece quando se faz code
review. A primeira reunião de equipa em Braga foi engraçada, são quase todos miúdos.

Ainda não recebi o primeiro ordenado, mas já fiz contas para as férias 😎

E do teu lado? O banco deu notícias?

Abraço,
Hugo
""",
)

_cat_aceitei = m(
    "l030",
    "2026-01-16 19:02",
    "Catarina Vidigal <catarina.vidigal@outlook.pt>",
    "ACEITEI!!!",
    N(),
    """Martaaa

Lembras-te do headhunter que me ligou em dezembro? Fiz as duas entrevistas e hoje recebi a
proposta da seguradora: chefe de equipa de operações, mais 400 € e híbrido. ACEITEI! 🥳
Começo a 1 de março e ainda tenho de dar o pré-aviso no banco amanhã (que medo).

Temos de celebrar. Tu também estás quase, sinto isso.

Cat
""",
)

MAIL: list[dict[str, Any]] = [
    m(
        "l001",
        "2025-12-01 06:45",
        "Banco Lusitano Direto <extratos@bancolusitano.example>",
        "O seu extrato de novembro está disponível",
        N(),
        """Banco Lusitano Direto

O extrato integrado da conta à ordem n.º ***4471 referente a novembro de 2025 já está
disponível no Homebanking.

Banco Lusitano, S.A.
""",
    ),
    m(
        "l002",
        "2025-12-02 09:00",
        "Gescondo Lisboa <administracao@gescondo.example>",
        "Aviso de quota – 4.º trimestre 2025",
        N(),
        """Exmo(a). Condómino(a),

Fração: 3.º Esq. – Rua Morais Soares, 112
Período: outubro a dezembro de 2025
Valor: 87,00 €

Entidade 21 312 · Referência 448 117 052 · Montante 87,00 €
Data limite: 31/12/2025

A Administração
""",
    ),
    m(
        "l003",
        "2025-12-03 12:15",
        "Avaliações Tejo <agenda@avaliacoestejo.example>",
        "Avaliação bancária agendada – Rua Heróis de Quionga",
        N(),
        """Exma. Sra. Marta Teixeira Lobo,

Na sequência do pedido do Banco Lusitano, informamos que a vistoria para avaliação do imóvel
ficou agendada:

Data: 05/12/2025, 14h30
Morada: Rua Heróis de Quionga, Lisboa – T2, 4.º Dto.
Perito avaliador: Eng. Carlos Beirão (registado na CMVM)

Por favor garanta o acesso a todas as divisões e tenha disponível a caderneta predial e a
certidão de teor.

Avaliações Tejo, Lda.
""",
        ics=ics(
            "avaliacao-20251205-lusitano-887@avaliacoestejo.example",
            "2025-12-05 14:30",
            "Vistoria – avaliação bancária (Rua Heróis de Quionga)",
            ("Avaliações Tejo", "agenda@avaliacoestejo.example"),
            location="Rua Heróis de Quionga, Lisboa",
        ),
    ),
    m(
        "l004",
        "2025-12-04 08:30",
        "Luzitel <faturas@luzitel.example>",
        "A sua fatura de dezembro já está disponível",
        N(),
        """Olá Marta,

A sua fatura n.º FT 2025/12380119 está disponível na Área de Cliente.
Valor: 54,99 € · Débito em 22/12/2025

Este Natal, ofereça um telemóvel com 50% de desconto na 2.ª mensalidade. Veja as ofertas.

Luzitel Comunicações, S.A.
""",
    ),
    m(
        "l005",
        "2025-12-05 07:00",
        "Shift Left PT <newsletter@shiftleft.example>",
        "#44 – Entrevista: o primeiro SDET de uma start-up portuguesa",
        N(),
        """SHIFT LEFT PT · Edição #44

→ Entrevista: Rohan Mehta, Staff SDET na Veltrac, conta como montou a plataforma de testes
  de uma scale-up de telemática – e o que pergunta nas entrevistas técnicas.
→ Artigo convidado: "Testes de contrato sem drama", por Marta Teixeira Lobo
→ Balanço do ano: as ferramentas de teste que mais cresceram em 2025

Ler online: https://shiftleft.example/44
Anular subscrição: https://shiftleft.example/unsubscribe?u=mtl
""",
        headers={"List-Unsubscribe": "<https://shiftleft.example/unsubscribe?u=mtl>"},
    ),
    m(
        "l006",
        "2025-12-06 13:40",
        "MB WAY <naoresponder@mbway.pt>",
        "Recebeu uma transferência MB WAY",
        N(),
        """MB WAY

Recebeu 20,00 € de SOFIA REIS.
Mensagem: "amigo secreto 🎁"
Data: 06/12/2025 13:39
""",
    ),
    m(
        "l007",
        "2025-12-08 18:22",
        "Graça Teixeira <gracateixeira58@sapo.pt>",
        "Natal",
        N(),
        """Filha

Então este ano a consoada é cá em casa no dia 24 e vocês vão para a Madeira no dia 26, é
isso? A tia Lurdes traz o bacalhau e eu faço as rabanadas. Diz ao Tiago que a mãe dele também
é bem-vinda.

O pai pergunta se já há notícias da casa.

Beijinhos
Mãe
""",
    ),
    m(
        "l008",
        "2025-12-09 10:20",
        "Sandra Lima – Casa Certa <sandra.lima@casacerta.example>",
        "Relatório de avaliação recebido",
        N(),
        """Olá Marta,

O relatório de avaliação chegou: imóvel avaliado em 283.000 €, exatamente o valor de compra.
O processo segue agora para a decisão de crédito do Banco Lusitano. Dou notícias assim que as
tiver.

Sandra
""",
    ),
    m(
        "l009",
        "2025-12-10 12:45",
        "CTT <notificacoes@ctt.pt>",
        "Objeto retido na alfândega – pagamento de imposições aduaneiras",
        N(),
        """CTT – Correios de Portugal

O objeto CN118700255CN, proveniente de um país terceiro, está a aguardar o pagamento de
imposições aduaneiras e do serviço de desalfandegamento.

Valor a pagar: 6,79 € (IVA 3,79 € + serviço CTT 3,00 €)

Efetue o pagamento em https://www.ctt.pt/feapl_2/app/open/alfandega/ no prazo de 20 dias,
com o número do objeto. Após o pagamento, a entrega será feita na morada indicada.

Atenção: os CTT nunca pedem pagamentos através de SMS com links encurtados.
""",
    ),
    m(
        "l010",
        "2025-12-10 19:50",
        "Voa Atlântico <reservas@voaatlantico.example>",
        "Prepare a sua viagem para o Funchal ✈️",
        N(),
        """Olá Marta,

Faltam 16 dias para a sua viagem (ABX7QK). Já pensou em:
 • Escolher lugar por 6,00 €
 • Adicionar bagagem de porão extra
 • Reservar carro no Funchal com 15% de desconto

Gerir reserva: https://voaatlantico.example/reserva/ABX7QK
""",
    ),
    _casa_proposta,
    m(
        "l012",
        "2025-12-12 17:05",
        "Marta Teixeira Lobo <marta.tlobo@gmail.com>",
        "Re: Proposta de crédito habitação aprovada – FINE em anexo",
        N(),
        """Olá Sandra,

Que alegria, obrigada! Quanto ao contrato, estou em fase final de um processo e espero ter
novidades em janeiro. Se for preciso um prazo maior para a escritura avisamos o proprietário.

Marta
""",
        to="Sandra Lima – Casa Certa <sandra.lima@casacerta.example>",
        cc="Tiago Ramalho <tiago.ramalho.arq@gmail.com>",
        **reply(_casa_proposta),
    ),
    m(
        "l013",
        "2025-12-12 20:00",
        "Ritmo Club <ola@ritmoclub.example>",
        "Aulas especiais de Natal 🎅 reserva já",
        N(),
        """Olá Marta!

Dezembro no Ritmo Club: aulas especiais de Natal, com música temática e muitos gorros.
 · Sáb. 20/12 – Spinning Jingle Bells (10h)
 · Dom. 21/12 – Zumba Natalícia (11h)

Reserva na app. Vagas limitadas!
""",
    ),
    m(
        "l014",
        "2025-12-15 10:00",
        "Segurança Social Direta <naoresponder@seg-social.pt>",
        "Pagamento de prestação",
        N(),
        """SEGURANÇA SOCIAL DIRETA

Foi processado o pagamento da prestação de Subsídio de Desemprego referente a novembro de
2025.

Instituto da Segurança Social, I.P.
""",
    ),
    m(
        "l015",
        "2025-12-15 16:30",
        "Associação Mãos Dadas <voluntariado@maosdadas.example>",
        "A sua candidatura a voluntária foi aceite!",
        N(),
        """Olá Marta,

Obrigada por se ter candidatado ao voluntariado da campanha de Natal da Associação Mãos Dadas.
Temos o prazer de informar que a sua candidatura foi aceite. 💛

Turno atribuído: Armazém de Marvila – separação de cabazes
Sábado, 20 de dezembro, 9h00–13h00

Antes do turno haverá uma breve sessão de acolhimento (15 min). Traga roupa confortável.

Até breve,
Coordenação de Voluntariado
Associação Mãos Dadas – IPSS
""",
    ),
    _hugo_job,
    m(
        "l017",
        "2025-12-17 09:00",
        "Energia Solaris <clientes@energiasolaris.example>",
        "Fatura de eletricidade e gás – dezembro 2025",
        N(),
        """Cara Cliente,

A sua fatura de dezembro já se encontra disponível. Valor total: 68,92 €.
Débito direto: 05/01/2026.

Energia Solaris – Comercialização de Energia, S.A.
""",
    ),
    m(
        "l018",
        "2025-12-18 11:40",
        "Zona Livros <encomendas@zonalivros.example>",
        "O seu cartão-presente Zona Livros",
        N(),
        """Olá Marta,

Aqui está o seu cartão-presente digital de 25,00 €, para oferecer a Graça Teixeira.

Código: ZL-GIFT-8K2Q-MM71
Válido até 18/12/2026

Mensagem: "Para a melhor mãe, que lê mais do que eu. Feliz Natal!"

Zona Livros
""",
    ),
    m(
        "l019",
        "2025-12-19 22:18",
        "Sofia Reis <sofiareis@gmail.com>",
        "amigo secreto – sorteio feito!",
        N(),
        """Olá pessoal,

Sorteio feito no site, cada um já deve ter recebido o nome por email. Limite 20 €, jantar dia
22 no Pitéu da Graça às 20h30. Não se esqueçam das mesas: reservei para 9.

Sofia
""",
        to="Marta <marta.tlobo@gmail.com>, Catarina Vidigal <catarina.vidigal@outlook.pt>, Hugo Maia <hugomaia.dev@gmail.com>",
    ),
    m(
        "l020",
        "2025-12-22 09:30",
        "Banco Lusitano <ofertas@bancolusitano.example>",
        "Marta, tem um Cartão de Crédito pré-aprovado à sua espera",
        N(),
        html="""<html><body style="font-family:Arial;color:#003a70">
<h2>Cartão Lusitano Gold – pré-aprovado</h2>
<p>Olá Marta,</p>
<p>Como cliente Banco Lusitano, tem um cartão de crédito com limite até <b>2.500 €</b> pré-aprovado. Sem anuidade no 1.º ano e 5% de cashback em restaurantes até 31 de janeiro.</p>
<p><a href="https://www.bancolusitano.example/cartoes/gold/adesao?c=nat25">Aderir em 3 minutos</a></p>
<p style="font-size:10px;color:#666">TAN 15,9% · TAEG 19,2% para um limite de 1.500 € a 12 meses. A adesão está sujeita a análise. Banco Lusitano, S.A.</p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.bancolusitano.example/unsubscribe?c=nat25>"},
    ),
    m(
        "l021",
        "2025-12-23 14:00",
        "Lisbon QA Meetup <organizers@lisbonqa.example>",
        "Call for speakers 2026 – candidaturas abertas!",
        N(),
        """Olá comunidade!

Estão abertas as candidaturas para oradores do Lisbon QA Meetup em 2026. Procuramos talks
de 20 min e lightning talks de 5 min – primeira vez a falar em público é muito bem-vinda.

Submete a tua proposta até 31 de janeiro: https://lisbonqa.example/cfp-2026

Boas festas e obrigado por mais um ano!
A organização
""",
    ),
    m(
        "l022",
        "2025-12-24 20:35",
        "Voa Atlântico <checkin@voaatlantico.example>",
        "O check-in do seu voo VA 1627 está aberto",
        N(),
        """Olá Marta,

O check-in online para o voo VA 1627 Lisboa → Funchal de 26/12/2025 às 08:35 já está aberto.

Faça check-in: https://voaatlantico.example/checkin?pnr=ABX7QK

O embarque fecha 20 minutos antes da partida.
""",
    ),
    m(
        "l023",
        "2025-12-30 10:00",
        "Mercado Rio <novidades@mercadorio.example>",
        "Tudo para a passagem de ano – ofertas até 31/12",
        N(),
        """Mercado Rio

Espumante, marisco e passas: as ofertas para a passagem de ano já estão na loja.
 · Espumante Bruto 75 cl – 3,49 €
 · Camarão 40/60 1 kg – 9,99 €
 · Passas 250 g – 0,99 €

Válido até 31/12. Cancelar subscrição: https://mercadorio.example/unsubscribe
""",
    ),
    m(
        "l024",
        "2026-01-02 06:45",
        "Banco Lusitano Direto <extratos@bancolusitano.example>",
        "O seu extrato de dezembro está disponível",
        N(),
        """Banco Lusitano Direto

O extrato integrado da conta à ordem n.º ***4471 referente a dezembro de 2025 já está
disponível no Homebanking.

Banco Lusitano, S.A.
""",
    ),
    m(
        "l025",
        "2026-01-05 08:30",
        "Luzitel <faturas@luzitel.example>",
        "A sua fatura de janeiro já está disponível",
        N(),
        """Olá Marta,

A sua fatura n.º FT 2026/01320045 está disponível na Área de Cliente.
Valor: 56,49 € (atualização anual de preços de 2,7%) · Débito em 22/01/2026

Luzitel Comunicações, S.A.
""",
    ),
    m(
        "l026",
        "2026-01-07 07:00",
        "Shift Left PT <newsletter@shiftleft.example>",
        "#45 – O mercado de QA em 2026: salários, vagas e o que os recrutadores pedem",
        N(),
        """SHIFT LEFT PT · Edição #45

→ Inquérito da comunidade: 412 respostas sobre salários de QA em Portugal (mediana em Lisboa:
  32k para automação, 26k para testes manuais)
→ "Não me chamaram para entrevista": o que os ATS fazem ao teu CV
→ Lisbon QA Meetup #29 – 15 de janeiro

Ler online: https://shiftleft.example/45
Anular subscrição: https://shiftleft.example/unsubscribe?u=mtl
""",
        headers={"List-Unsubscribe": "<https://shiftleft.example/unsubscribe?u=mtl>"},
    ),
    m(
        "l027",
        "2026-01-09 12:00",
        "Ritmo Club <ola@ritmoclub.example>",
        "Ano novo, plano novo: 20% de desconto no upgrade para Full",
        N(),
        """Olá Marta,

Começa 2026 com tudo: faz upgrade do Flex Manhãs para o plano Full e paga menos 20% durante
3 meses. Oferta válida até 31 de janeiro.

Fazer upgrade: https://ritmoclub.example/upgrade?u=mtl
""",
    ),
    m(
        "l028",
        "2026-01-12 21:10",
        "Graça Teixeira <gracateixeira58@sapo.pt>",
        "fotografias da Madeira",
        N(),
        """Filha, recebi as fotografias, que bonitas! O Tiago está mais magro, não está?

A vizinha do 2.º pediu-me o teu contacto, o filho dela está a acabar o curso de informática e
queria conselhos para arranjar trabalho. Pode ligar-te?

Beijinhos
Mãe
""",
    ),
    m(
        "l029",
        "2026-01-15 18:00",
        "Lisbon QA Meetup <organizers@lisbonqa.example>",
        "Hoje! Lisbon QA Meetup #29 – Testes com IA: hype ou ajuda?",
        N(),
        """Olá Marta,

É já hoje às 18h30 na Startup Lisboa! Mesa redonda "Testes com IA: hype ou ajuda?" com quatro
QAs de empresas de Lisboa.

Não podes ir? Liberta o lugar para alguém da lista de espera: https://lisbonqa.example/29/cancel
""",
        ics=ics(
            "lqa-29-2026@lisbonqa.example",
            "2026-01-15 18:30",
            "Lisbon QA Meetup #29 – Testes com IA",
            ("Lisbon QA Meetup", "organizers@lisbonqa.example"),
            minutes=150,
            location="Startup Lisboa, Rua da Prata, 80, Lisboa",
        ),
    ),
    _cat_aceitei,
    m(
        "l031",
        "2026-01-14 09:00",
        "Energia Solaris <clientes@energiasolaris.example>",
        "Fatura de eletricidade e gás – janeiro 2026",
        N(),
        """Cara Cliente,

A sua fatura de janeiro já se encontra disponível. Valor total: 74,10 €.
Débito direto: 02/02/2026.

Energia Solaris – Comercialização de Energia, S.A.
""",
    ),
    m(
        "l032",
        "2026-01-19 10:00",
        "Gescondo Lisboa <administracao@gescondo.example>",
        "Orçamento 2026 e quota extra – obras na fachada",
        N(),
        """Exmos. Condóminos,

Conforme deliberado, a quota extraordinária para as obras na fachada será de 420,00 € por
fração (T3 Esq.), a pagar em 3 prestações (fevereiro, março e abril).

Recordamos que, em caso de venda ou arrendamento da fração, o condómino deve informar a
Administração.

A Administração
""",
    ),
    m(
        "l033",
        "2026-01-20 15:20",
        "Banco Lusitano <seguros@bancolusitano.example>",
        "Proposta de Seguro de Vida – Crédito Habitação",
        N(),
        """Cara Marta Teixeira Lobo,

Junto enviamos a proposta de Seguro de Vida associada ao seu crédito habitação (processo
CC-25-08831), com as seguintes condições:

Pessoas seguras: Marta Teixeira Lobo, Tiago Ramalho
Capital seguro: 254.700 € (por cabeça, 100%)
Coberturas: Morte e Invalidez Total e Permanente
Prémio mensal estimado: 23,40 € (ambas as pessoas)

Para aceitar a proposta, assine digitalmente através do link: https://seguros.bancolusitano.example/aceitar?p=VH-441102
Recorde que pode contratar o seguro noutra seguradora, desde que cumpra as condições exigidas.

Banco Lusitano, S.A. – Agente de seguros
""",
    ),
    m(
        "l034",
        "2026-01-21 04:10",
        "Zappi <billing@zappi-streaming.example>",
        "Your Zappi receipt",
        N("en"),
        """Hi Marta,

We've charged €12.99 for your Zappi Standard plan. Next billing date: February 19, 2026.

Zappi Streaming B.V.
""",
    ),
    m(
        "l035",
        "2026-01-22 10:30",
        "Autoridade Tributária e Aduaneira <naoresponder@at.gov.pt>",
        "e-Fatura: verifique as suas faturas até 25 de fevereiro",
        N(),
        """AUTORIDADE TRIBUTÁRIA E ADUANEIRA

Caro contribuinte,

Já pode consultar no e-Fatura as faturas emitidas com o seu NIF em 2025. Verifique as faturas
pendentes e confirme a classificação das despesas (saúde, educação, habitação, etc.) até 25 de
fevereiro de 2026.

Aceda em https://faturas.portaldasfinancas.gov.pt

A AT nunca lhe pedirá dados bancários por email.
""",
    ),
    m(
        "l036",
        "2026-01-23 08:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Dê os parabéns ao Hugo Maia pelo novo cargo",
        N(),
        """Hugo Maia começou um novo cargo como Backend Engineer na Granito Software

Dar os parabéns: https://www.linkedin.com/feed/update/urn:li:activity:74011/

Outras novidades da sua rede:
· Catarina Vidigal atualizou o perfil
· Rita Alves publicou: "Estamos a contratar QA na Helix Ledger – remote EU"

© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "l037",
        "2026-01-26 22:48",
        "Tiago Ramalho <tiago.ramalho.arq@gmail.com>",
        "mudanças",
        N(),
        """Pedi orçamentos a duas empresas de mudanças, a Mudanças Alfama é mais barata (480 € com
montagem dos móveis). Marquei para 21 de fevereiro, sábado, depois da escritura.

Já agora: se aceitares a do banco, a Sandra precisa da declaração da entidade patronal até ao
dia 4.

bjs
""",
    ),
    m(
        "l038",
        "2026-01-27 11:10",
        "Mudanças Alfama <geral@mudancasalfama.example>",
        "Orçamento n.º 2026/0147 – mudança Morais Soares → Heróis de Quionga",
        N(),
        """Exmo. Sr. Tiago Ramalho / Exma. Sra. Marta Lobo,

Conforme solicitado, enviamos o orçamento para a mudança de habitação:

Origem: Rua Morais Soares, 112, 3.º Esq. (com elevador)
Destino: Rua Heróis de Quionga, 4.º Dto. (com elevador)
Data: 21/02/2026, início às 8h30
Equipa: 3 homens + viatura de 20 m³
Inclui: desmontagem e montagem de móveis, embalagem de loiça

Valor: 480,00 € + IVA. Adjudicação com sinal de 30%.

Mudanças Alfama, Lda.
""",
    ),
    m(
        "l039",
        "2026-01-28 17:25",
        "Clínica Estrela <resultados@clinicaestrela.example>",
        "Os seus resultados de análises estão disponíveis",
        N(),
        """Exma. Sra. Marta Teixeira Lobo,

Os resultados das análises clínicas efetuadas em 22/01/2026 já estão disponíveis na Área de
Cliente. Por razões de confidencialidade, não são enviados por email.

Código de acesso: 7Q4-K9M

Clínica Estrela
""",
    ),
    m(
        "l040",
        "2026-01-29 13:05",
        "MB WAY <naoresponder@mbway.pt>",
        "Pagamento MB WAY efetuado",
        N(),
        """MB WAY

Efetuou um pagamento de 144,00 € a MUDANCAS ALFAMA LDA.
Data: 29/01/2026 13:04
""",
    ),
    m(
        "l041",
        "2026-01-30 16:00",
        "Tranquilidade Lar Seguros <simulacoes@tranquilidadelar.example>",
        "A sua simulação de Seguro Multirriscos Habitação",
        N(),
        """Olá Marta,

Obrigado pela simulação do Seguro Multirriscos Habitação para o imóvel na Rua Heróis de
Quionga, Lisboa.

Capital do edifício: 180.000 € · Recheio: 25.000 €
Prémio anual: 214,60 € (ou 18,45 €/mês)

Esta simulação é válida por 30 dias. Para subscrever, responda a este email ou ligue 213 400 900.
""",
    ),
    m(
        "l042",
        "2026-02-02 06:45",
        "Banco Lusitano Direto <extratos@bancolusitano.example>",
        "O seu extrato de janeiro está disponível",
        N(),
        """Banco Lusitano Direto

O extrato integrado da conta à ordem n.º ***4471 referente a janeiro de 2026 já está
disponível no Homebanking.

Banco Lusitano, S.A.
""",
    ),
    m(
        "l043",
        "2026-02-03 10:12",
        "Luzitel <apoio@luzitel.example>",
        "Pedido de mudança de morada recebido – n.º 66120483",
        N(),
        """Olá Marta,

Recebemos o seu pedido de mudança de morada do serviço Fibra 500 + TV + Móvel.

Nova morada: Rua Heróis de Quionga, 4.º Dto., Lisboa
Instalação: 23/02/2026, entre as 9h e as 13h

O técnico vai ligar-lhe no dia anterior. A mudança de morada não tem custos nem altera o
período de fidelização.

Luzitel Comunicações, S.A.
""",
    ),
    m(
        "l044",
        "2026-02-04 09:40",
        "Energia Solaris <contratos@energiasolaris.example>",
        "Novo contrato de fornecimento – confirmação",
        N(),
        """Cara Cliente,

Confirmamos o pedido de contrato de eletricidade e gás para a nova instalação:
CPE: PT0002000 0987 6621 4KM · Morada: Rua Heróis de Quionga, 4.º Dto.
Início previsto: 20/02/2026

O contrato da morada antiga será terminado na mesma data, com leitura final.

Energia Solaris
""",
    ),
    m(
        "l045",
        "2026-02-04 14:22",
        "Sandra Lima – Casa Certa <sandra.lima@casacerta.example>",
        "Escritura marcada – 18 de fevereiro",
        N(),
        """Olá Marta e Tiago,

Recebi a declaração da entidade patronal, obrigada (e parabéns pelo novo emprego, Marta!).

A escritura ficou marcada para dia 18/02/2026 às 15h00, no Balcão Casa Pronta da Conservatória
do Registo Predial de Lisboa (Rua Castilho). Vai o convite para o calendário.

Devem levar os documentos de identificação e o comprovativo do pagamento do IMT e do Imposto
do Selo.

Sandra
""",
        ics=ics(
            "escritura-cc2508831-20260218@casacerta.example",
            "2026-02-18 15:00",
            "Escritura – T2 Heróis de Quionga",
            ("Sandra Lima", "sandra.lima@casacerta.example"),
            minutes=90,
            location="Conservatória do Registo Predial de Lisboa – Rua Castilho",
        ),
    ),
    m(
        "l046",
        "2026-02-05 07:00",
        "Shift Left PT <newsletter@shiftleft.example>",
        "#46 – Entrevista: de tester manual a QA Lead em 4 anos",
        N(),
        """SHIFT LEFT PT · Edição #46

→ Entrevista: Duarte Silvestre (Pluma Software) conta como passou de testes manuais a liderar
  uma equipa de Qualidade – e que perguntas faz quando recruta.
→ Guia: preparar a primeira semana num emprego novo (acessos, ambientes, a suite herdada)
→ CFP do Lisbon QA Meetup fecha a 31 de janeiro – últimas horas!

Ler online: https://shiftleft.example/46
""",
        headers={"List-Unsubscribe": "<https://shiftleft.example/unsubscribe?u=mtl>"},
    ),
    m(
        "l047",
        "2026-02-06 20:30",
        "Graça Teixeira <gracateixeira58@sapo.pt>",
        "PARABÉNS",
        N(),
        """Filha!!!

O Tiago contou-me! Estou tão contente, bem te disse que a Santa Rita não falhava. Um banco,
com contrato efetivo, o pai até chorou.

Domingo vêm cá almoçar para festejarmos. Faço cabrito.

Muitos beijinhos
Mãe
""",
    ),
    m(
        "l048",
        "2026-02-09 11:15",
        "Autoridade Tributária e Aduaneira <naoresponder@at.gov.pt>",
        "Pagamento de IMT e Imposto do Selo – documento emitido",
        N(),
        """AUTORIDADE TRIBUTÁRIA E ADUANEIRA

Foi emitida a declaração de liquidação de IMT (Modelo 1) relativa à aquisição do prédio
urbano inscrito na matriz sob o artigo 2217 da freguesia da Penha de França.

N.º de documento: 161 2026 0044 1877
Valor a pagar: IMT 2.347,40 € + Imposto do Selo 2.264,00 €
Prazo: até à data da escritura

Pague no Multibanco, homebanking ou balcão da AT.
""",
    ),
    m(
        "l049",
        "2026-02-10 07:05",
        "Ritmo Club <faturacao@ritmoclub.example>",
        "Pedido de alteração de plano recebido",
        N(),
        """Olá Marta,

Recebemos o teu pedido de alteração do plano Flex Manhãs para o plano Noite (acesso 18h–23h),
a partir de 1 de março. A nova mensalidade é de 27,90 €.

Bons treinos!
Ritmo Club
""",
    ),
    m(
        "l050",
        "2026-02-12 14:48",
        "CTT <notificacoes@ctt.pt>",
        "Serviço Siga-me ativado – redirecionamento de correspondência",
        N(),
        """CTT – Correios de Portugal

O seu pedido de redirecionamento de correspondência (Siga-me) foi ativado.

De: R MORAIS SOARES 112 3 ESQ, 1900-347 LISBOA
Para: R HEROIS DE QUIONGA 4 DTO, LISBOA
Período: 21/02/2026 a 20/08/2026 (6 meses)

Obrigado por escolher os CTT.
""",
    ),
    m(
        "l051",
        "2026-02-13 18:20",
        "Gescondo Lisboa <administracao@gescondo.example>",
        "Re: Saída da fração 3.º Esq.",
        N(),
        """Cara D. Marta,

Tomámos nota da saída da fração a 21 de fevereiro. Informamos que a quota extraordinária de
fevereiro é da responsabilidade do senhorio, conforme o contrato de arrendamento. Deixamos o
acerto de contas com o proprietário.

Desejamos as maiores felicidades na nova casa.

A Administração
""",
    ),
    m(
        "l052",
        "2026-02-16 10:00",
        "Segurança Social Direta <naoresponder@seg-social.pt>",
        "Cessação da prestação de desemprego",
        N(),
        """SEGURANÇA SOCIAL DIRETA

Tem uma nova mensagem na Segurança Social Direta.

Assunto: Cessação do Subsídio de Desemprego – início de atividade profissional

Tendo comunicado o início de atividade por conta de outrem em 02-03-2026, o pagamento do
subsídio de desemprego cessa nessa data. Os valores referentes a fevereiro serão pagos na data
habitual.

Instituto da Segurança Social, I.P.
""",
    ),
    m(
        "l053",
        "2026-02-18 19:40",
        "Sandra Lima – Casa Certa <sandra.lima@casacerta.example>",
        "Parabéns pela casa nova! 🔑",
        N(),
        """Olá Marta e Tiago,

Escritura feita, parabéns! Foi um gosto acompanhar o vosso processo.

A primeira prestação será debitada a 23 de março. O Banco Lusitano vai enviar-vos o contrato e
o plano de pagamentos por correio.

Se gostaram do nosso serviço, deixem-nos uma avaliação: https://casacerta.example/avaliar?p=CC-25-08831

Sandra
""",
    ),
    m(
        "l054",
        "2026-02-19 09:00",
        "Zona Livros <encomendas@zonalivros.example>",
        "Recomendações para si: novidades de fevereiro",
        N(),
        """Olá Marta,

Com base nas suas compras, achamos que vai gostar de:
 · Accelerate – Nicole Forsgren
 · A Biblioteca da Meia-Noite – Matt Haig
 · Lessons Learned in Software Testing – Kaner, Bach & Pettichord

Portes grátis acima de 20 €. Cancelar subscrição: https://zonalivros.example/unsub
""",
        headers={"List-Unsubscribe": "<https://zonalivros.example/unsub>"},
    ),
    m(
        "l055",
        "2026-02-20 12:30",
        "Casa Nórdica <entregas@casanordica.example>",
        "A sua entrega está agendada – encomenda 4400187712",
        N(),
        """Olá Marta,

A entrega da sua encomenda está agendada:

Data: 24/02/2026, entre as 14h e as 18h
Morada: Rua Heróis de Quionga, 4.º Dto., Lisboa
Artigos: sofá 3 lugares, estante, 2 candeeiros (serviço de montagem incluído)

Receberá uma SMS com a janela de 1 hora no próprio dia.

Casa Nórdica
""",
    ),
    m(
        "l056",
        "2026-02-21 20:10",
        "Hugo Maia <hugomaia.dev@gmail.com>",
        "Re: primeiras semanas",
        N(),
        """Soube pela Cat que vais para o banco, grande Marta!! 🎉 E casa nova no mesmo mês, és
doida. Vou a Lisboa no fim de semana de 7 de março, faço questão de conhecer o T2 e levar uma
garrafa.

Abraço,
H.
""",
        **reply(_hugo_job),
    ),
    m(
        "l057",
        "2026-02-23 09:15",
        "Banco Lusitano Direto <avisos@bancolusitano.example>",
        "Autorização de débito direto – Crédito Habitação",
        N(),
        """Banco Lusitano Direto

Cara Cliente,

Foi criada uma autorização de débito direto (ADD) associada ao contrato de crédito habitação
n.º 0447-2026-000812, para a conta ***4471.

Primeiro débito: 23/03/2026 · Valor estimado: 951,20 €

Banco Lusitano, S.A.
""",
    ),
    m(
        "l058",
        "2026-02-24 16:00",
        "Carga Labs <events@cargalabs.example>",
        "Invitation: Load testing GraphQL APIs – live workshop (Mar 5)",
        N("en"),
        """Hi Marta,

You attended one of our webinars last year, so we thought you'd like this one:

Load testing GraphQL APIs – live workshop
Thursday, March 5, 2026 · 17:00 WET · 90 min

Register: https://cargalabs.example/workshops/graphql-load?src=email

Carga Labs
""",
        headers={"List-Unsubscribe": "<https://cargalabs.example/unsubscribe>"},
    ),
    m(
        "l059",
        "2026-02-25 08:30",
        "Luzitel <faturas@luzitel.example>",
        "A sua fatura de fevereiro já está disponível",
        N(),
        """Olá Marta,

A sua fatura n.º FT 2026/02311902 está disponível na Área de Cliente.
Valor: 56,49 € · Débito em 22/03/2026

Luzitel Comunicações, S.A.
""",
    ),
    m(
        "l060",
        "2026-02-27 21:45",
        "Catarina Vidigal <catarina.vidigal@outlook.pt>",
        "segunda-feira!",
        N(),
        """Boa sorte para segunda, amiga! As duas a começar no mesmo dia, quem diria. Manda mensagem
ao almoço a contar como é o banco por dentro 😂

Beijinhos e dorme bem,
Cat
""",
        **reply(_cat_aceitei),
    ),
]
