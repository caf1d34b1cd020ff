# ruff: noqa: E501, RUF100
"""Corpus 141, the ordinary inbox part two (data only): see heldout141.py.

Family and friends (some talking about their own jobs), the flat hunt on QuintoAndar (a proposal
turned down, a visit, a counter-offer, an approved credit check, a DocuSign lease), the old and the
new condomínio, Theo's school admission ("entrevista com a família", "aprovado", matrícula),
Unimed and doctors' appointments with calendar parts, a car bought with the consórcio letter."""

from __future__ import annotations

from typing import Any

from heldout141_jobs import N, ics, m, reply

_GUS = "Gustavo Alves <gustavo.h.alves@gmail.com>"
_CAMILA = "Camila Prado <camilaprado.rp@gmail.com>"
_DIEGO = "Diego Arantes <diego_arantes85@hotmail.com>"
_PATI = "Patrícia Yamamoto <patyamamoto@uol.com.br>"
_MAE = "Aparecida Nogueira <cida.nogueira1958@bol.com.br>"
_LUANA = "Luana Nogueira <luanabittencourt.n@gmail.com>"
_FE = "Fernanda Lopes <fernandalopes.compras@outlook.com>"
_QA = "QuintoAndar <naoresponda@quintoandar.com.br>"
_IPE = "Colégio Ipê Amarelo – Secretaria <secretaria@colegioipeamarelo.example>"
_HAB = "Habitare Administração de Condomínios <atendimento@habitareadm.example>"
_ALI = "Residencial Ipês do Taquaral – Administração <condominio.ipes@aliancaadm.example>"
_UNIMED = "Unimed Campinas <naoresponda@unimedcampinas.com.br>"
_DOC = "Doctoralia <no-reply@doctoralia.com.br>"

_R9 = "<CAH7kq2gT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5mQ7wE9rT@mail.gmail.com>"
_R10 = "<CAH7kq2hK8jH0gF2dS4aP6oI8uY0tR2eW4qQ6zX8cV0bN2mM@mail.gmail.com>"

MAIL: list[dict[str, Any]] = [
    m(
        "gu0001",
        "2025-09-02 12:44",
        _GUS,
        "apê",
        N(),
        text="""amor olha esse, perto do Taquaral, 3 quartos, tem vaga coberta e o condomínio é ok. Dá pra ir a pé na escola que a Lu indicou

https://www.quintoandar.com.br/imovel/893317542?utm_source=share

o do Cambuí que a gente mandou proposta ainda não responderam né?

bj
""",
    ),
    m(
        "un0001",
        "2025-09-04 08:20",
        _UNIMED,
        "Boleto disponível – Unimed Campinas – 09/2025",
        N(),
        text="""Prezada beneficiária RAFAELA NOGUEIRA BITTENCOURT,

O boleto referente à mensalidade de 09/2025 do seu plano Unimed Estilo Enfermaria (contrato 0004.8812.331) está disponível.

Valor: R$ 1.284,66 (titular + 2 dependentes)
Vencimento: 10/09/2025

Baixe a 2ª via pelo app Cliente Unimed Campinas ou em https://www.unimedcampinas.com.br/segunda-via

Unimed Campinas – Cooperativa de Trabalho Médico
ANS nº 33.525-1
""",
    ),
    m(
        "cm0001",
        "2025-09-07 21:33",
        _CAMILA,
        "sumidaaaa",
        N(),
        text="""Rafaaaa, quanto tempo!!

Tô te devendo notícia: lembra que eu te falei da vaga de gerente de trade na Bellacosta? Passei pra última fase!! Fiz a entrevista com a diretora quinta e ela falou que me dá um retorno até o fim do mês. Tô roendo as unhas kkkkk

E vc, ainda pensando em sair da Castellani? Bora marcar um café no Cambuí? Sábado que vem eu tô livre de manhã.

Beijo
Ca
""",
    ),
    m(
        "ip0001",
        "2025-09-09 15:10",
        _IPE,
        "Processo de Admissão 2026 – inscrição recebida",
        N(),
        html="""<div style="font-family:Trebuchet MS,Arial,sans-serif;font-size:14px;color:#333;max-width:600px">
<img src="https://colegioipeamarelo.example/img/logo.png" alt="Colégio Ipê Amarelo" height="60">
<p>Prezada família,</p>
<p>Recebemos a inscrição de <b>THEO BITTENCOURT ALVES</b> no <b>Processo de Admissão 2026 – 1º ano do Ensino Fundamental</b>.</p>
<p>As próximas etapas são:</p>
<ol><li>Entrevista com a família (coordenação pedagógica)</li><li>Momento de vivência da criança (atividade lúdica em grupo, 1h30)</li><li>Divulgação do resultado e matrícula</li></ol>
<p>Em breve você receberá o link para agendar a entrevista.</p>
<p>Atenciosamente,<br>Secretaria Escolar – Colégio Ipê Amarelo<br>Rua Dr. Emílio Ribas, 410 – Taquaral – Campinas/SP · (19) 3254-1170</p>
</div>""",
    ),
    m(
        "hb0001",
        "2025-09-10 09:00",
        _HAB,
        "Condomínio Edifício Jequitibá – boleto 09/2025 – apto 52",
        N(),
        text="""Prezado(a) condômino(a),

Segue o boleto da taxa condominial de setembro/2025.

Unidade: 52
Valor: R$ 912,40 (taxa ordinária R$ 786,00 + fundo de reserva R$ 78,60 + água rateio R$ 47,80)
Vencimento: 15/09/2025

Linha digitável: 34191.09008 12345.671234 56789.012345 1 10470000091240

Comunicado: a limpeza da caixa d'água será no dia 27/09, com interrupção do fornecimento das 8h às 14h.

Habitare Administração de Condomínios
Av. Coronel Silva Telles, 977 – Cambuí – Campinas/SP
""",
    ),
    m(
        "qa0001",
        "2025-09-12 19:22",
        _QA,
        "Sua proposta para o apartamento na Rua Santos Dumont não foi aceita",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#1f1f1f">
<div style="max-width:560px;margin:auto">
<img src="https://www.quintoandar.com.br/img/logo-quintoandar.png" alt="QuintoAndar" height="28">
<h2>Sua proposta não foi aceita</h2>
<p>Oi, Rafaela.</p>
<p>Infelizmente o proprietário do apartamento na <b>Rua Santos Dumont, Cambuí</b> decidiu seguir com outra proposta.</p>
<p>Sabemos que é frustrante, mas temos mais de 300 imóveis parecidos em Campinas. Que tal dar uma olhada?</p>
<p><a href="https://www.quintoandar.com.br/alugar/imovel/campinas-sp-brasil/cambui?utm_source=email&amp;utm_campaign=proposta_recusada">Ver imóveis parecidos</a></p>
<p style="font-size:11px;color:#888">QuintoAndar Serviços Imobiliários Ltda. · CRECI 28.578-J</p>
</div></body></html>""",
    ),
    m(
        "qa0002",
        "2025-09-13 10:41",
        _QA,
        "Visita confirmada: sábado, 20/09 às 10h",
        N(),
        text="""Oi, Rafaela! Sua visita está confirmada.

Imóvel: Apartamento 3 quartos – Rua Hermantino Coelho, Mansões Santo Antônio, Campinas
Aluguel + condomínio + IPTU: R$ 4.380/mês
Quando: sábado, 20/09/2025, às 10h00
Corretor parceiro: Wellington (ele te manda mensagem no WhatsApp no dia)

Adicionamos a visita à sua agenda. Se precisar remarcar, faça pelo app.

QuintoAndar
""",
        ics=ics(
            "visita-893317542-20250920@quintoandar.com.br",
            "2025-09-20 10:00",
            "Visita QuintoAndar – Rua Hermantino Coelho (ap. 3 quartos)",
            ("QuintoAndar", "naoresponda@quintoandar.com.br"),
            minutes=30,
            location="Rua Hermantino Coelho, Mansões Santo Antônio, Campinas - SP",
        ),
    ),
    m(
        "ip0002",
        "2025-09-16 11:05",
        _IPE,
        "Agendamento da entrevista com a família – Admissão 2026",
        N(),
        text="""Prezados Rafaela e Gustavo,

Dando continuidade ao processo de admissão do Theo, convidamos vocês para a entrevista com a família, conduzida pela coordenadora pedagógica do Fundamental I, Profa. Regina Saldanha.

Na conversa falaremos sobre a rotina do Theo, a trajetória escolar, expectativas da família e a proposta pedagógica do colégio. Duração aproximada: 50 minutos. A presença da criança não é necessária nesta etapa.

Por favor, escolham um horário pelo link: https://colegioipeamarelo.example/admissao/agendar?i=2026-1A-0417

Atenciosamente,
Secretaria Escolar – Colégio Ipê Amarelo
""",
    ),
    m(
        "ip0003",
        "2025-09-18 08:52",
        "Regina Saldanha <regina.saldanha@colegioipeamarelo.example>",
        "Convite: Entrevista família – Theo Bittencourt Alves (1º ano 2026) @ qui., 25 de set. de 2025 17:30 - 18:20 (BRT)",
        N(),
        text="""Você foi convidado para o seguinte evento.

Entrevista família – Theo Bittencourt Alves (1º ano 2026)
Quando: quinta-feira, 25 de setembro de 2025 17:30 – 18:20 (Horário Padrão de Brasília)
Onde: Colégio Ipê Amarelo – Sala da Coordenação (bloco B)

Convidados:
Regina Saldanha - organizador
rafaela.nbittencourt@gmail.com
gustavo.h.alves@gmail.com

Convite do Google Agenda: https://calendar.google.com/calendar/
""",
        ics=ics(
            "0a7kq2m9x4vd1bp6hc3t8er5wn@google.com",
            "2025-09-25 17:30",
            "Entrevista família – Theo Bittencourt Alves (1º ano 2026)",
            ("Regina Saldanha", "regina.saldanha@colegioipeamarelo.example"),
            minutes=50,
            location="Colégio Ipê Amarelo – Sala da Coordenação (bloco B)",
            attendees=[("Gustavo Alves", "gustavo.h.alves@gmail.com")],
        ),
    ),
    m(
        "qa0003",
        "2025-09-21 18:00",
        _QA,
        "Como foi a visita, Rafaela?",
        N(),
        text="""Oi, Rafaela!

Você visitou o apartamento da Rua Hermantino Coelho ontem. Gostou?

Se o imóvel tem tudo a ver com você, faça uma proposta pelo app: é rápido, sem burocracia e sem fiador.

Fazer proposta: https://www.quintoandar.com.br/imovel/893317542/proposta?utm_source=email

QuintoAndar
""",
    ),
    m(
        "ma0001",
        "2025-09-24 10:15",
        _MAE,
        "fotos do aniversario do vo",
        N(),
        text="""Filha segue as fotos do aniversario do seu avo, ficou lindo o bolo que a Luana encomendou. O Theo saiu sapeca em todas kkk

Seu pai mandou dizer que o conserto do portao ficou 380 reais, pagamos ja.

Quando voces vem pra Piracicaba de novo?

beijos da mae

Enviado do meu celular
""",
        attach=[
            (
                "fotos_niver_vo.txt",
                "text/plain",
                "(3 fotos anexadas: IMG_20250921_1632.jpg, IMG_20250921_1640.jpg, IMG_20250921_1702.jpg)\n",
            )
        ],
    ),
    m(
        "cm0002",
        "2025-09-26 22:07",
        _CAMILA,
        "RECEBI A PROPOSTA 😭😭",
        N(),
        text="""RAFA!!!! A Bellacosta me ligou hoje e mandou a proposta por e-mail! Gerente de trade marketing, 30% a mais do que eu ganho hoje, carro e bônus. Vou aceitar né?? Só tô com dó de sair da equipe aqui.

Me liga amanhã que eu quero te contar tudo. E quero saber das suas entrevistas também!

Bjs
Ca

Em dom., 7 de set. de 2025 às 22:15, Rafaela Nogueira Bittencourt <rafaela.nbittencourt@gmail.com> escreveu:
> Caaa que demais!!! Tô torcendo muito. Sábado 10h na Padaria Brasileira? Bj
""",
        **reply("<CAJpR4v1bW3d@mail.gmail.com>", _R9),
    ),
    m(
        "qa0004",
        "2025-09-27 16:30",
        _QA,
        "Proposta enviada! Agora é com o proprietário",
        N(),
        text="""Oi, Rafaela!

Sua proposta para o apartamento na Rua Hermantino Coelho foi enviada ao proprietário.

Aluguel proposto: R$ 3.300 (anunciado: R$ 3.500)
Início do contrato: 01/11/2025
Prazo: 30 meses

O proprietário tem até 72 horas para aceitar, recusar ou fazer uma contraproposta. Avisaremos você por aqui e pelo app.

QuintoAndar
""",
    ),
    m(
        "qa0005",
        "2025-09-30 09:12",
        _QA,
        "O proprietário fez uma contraproposta",
        N(),
        text="""Oi, Rafaela!

O proprietário do apartamento na Rua Hermantino Coelho respondeu à sua proposta com uma contraproposta:

Aluguel: R$ 3.420/mês
Início: 01/11/2025
Ele aceita pintar os quartos antes da entrada.

Você pode aceitar, recusar ou enviar uma nova proposta pelo app em até 48h.

QuintoAndar
""",
    ),
    m(
        "ip0004",
        "2025-10-02 17:40",
        _IPE,
        "Resultado do Processo de Admissão 2026 – Theo Bittencourt Alves",
        N(),
        html="""<div style="font-family:Trebuchet MS,Arial,sans-serif;font-size:14px;color:#333;max-width:600px">
<p>Prezada família,</p>
<p>É com alegria que informamos que <b>Theo Bittencourt Alves</b> foi <b>aprovado</b> no Processo de Admissão 2026 para o 1º ano do Ensino Fundamental. 🌼</p>
<p>A vaga fica reservada até <b>20/10/2025</b>. Para efetivar a matrícula, acompanhem as orientações que enviaremos nos próximos dias (documentos, contrato de prestação de serviços educacionais e pagamento da 1ª parcela da anuidade).</p>
<p>Seja bem-vindo, Theo!</p>
<p>Secretaria Escolar – Colégio Ipê Amarelo</p>
</div>""",
    ),
    m(
        "qa0006",
        "2025-10-03 11:25",
        _QA,
        "Proposta aceita! 🎉 Próximo passo: análise de cadastro",
        N(),
        text="""Parabéns, Rafaela! Vocês chegaram a um acordo.

Apartamento: Rua Hermantino Coelho, 501 – apto 84 – Mansões Santo Antônio, Campinas
Aluguel: R$ 3.420 · Início: 01/11/2025

Agora precisamos fazer a análise de cadastro (sem fiador e sem caução). Envie pelo app:
- Documento com foto dos moradores maiores de 18 anos
- Comprovante de renda dos últimos 3 meses (holerite ou extrato)

O resultado sai em até 1 dia útil.

QuintoAndar
""",
    ),
    m(
        "qa0007",
        "2025-10-06 14:48",
        _QA,
        "Sua análise foi aprovada ✅",
        N(),
        text="""Oi, Rafaela!

Boa notícia: a análise de cadastro foi APROVADA. 

Em breve você vai receber o contrato de locação para assinatura digital. Depois que todos assinarem, agendaremos a vistoria de entrada e a entrega das chaves.

QuintoAndar
""",
    ),
    m(
        "hb0002",
        "2025-10-08 13:20",
        _HAB,
        "RE: Agendamento de mudança – apto 52",
        N(),
        text="""Prezada Sra. Rafaela,

Confirmamos o agendamento da mudança (saída) da unidade 52 para o dia 01/11/2025 (sábado), das 8h às 17h, com uso exclusivo do elevador de serviço. O zelador Sr. Edson fará a proteção do elevador.

Lembramos que a caminhonete/caminhão deve estacionar na Rua Maria Monteiro, pois a garagem não comporta veículos acima de 2,10 m.

A vistoria das áreas comuns será feita ao término da mudança.

Atenciosamente,
Josiane – Atendimento
Habitare Administração de Condomínios

-----Mensagem original-----
De: Rafaela Nogueira Bittencourt
Enviada em: terça-feira, 7 de outubro de 2025 21:10
Assunto: Agendamento de mudança – apto 52

Boa noite, gostaria de agendar a mudança de saída do apto 52 para o dia 01/11. Obrigada, Rafaela
""",
        **reply(_R10),
    ),
    m(
        "qa0008",
        "2025-10-09 10:02",
        "QuintoAndar via DocuSign <dse_NA2@docusign.net>",
        "Assine: Contrato de Locação Residencial – Rua Hermantino Coelho, 501 apto 84",
        N(),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://na2.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" height="30">
<div style="background:#1e4ca1;color:#fff;padding:26px;text-align:center">
QuintoAndar enviou um documento para revisão e assinatura.<br><br>
<a href="https://na2.docusign.net/Signing/EmailStart.aspx?a=6f2d91b0-4c3e-4a08-b7d1-2c9e5f803a17&amp;etti=24" style="background:#ffc820;color:#333;padding:10px 22px;text-decoration:none;font-weight:bold">REVISAR DOCUMENTO</a>
</div>
<p><b>QuintoAndar – Contratos</b></p>
<p>Olá, Rafaela! Segue o contrato de locação do seu novo lar para assinatura. Qualquer dúvida, fale com a gente pelo app.</p>
<p style="font-size:12px;color:#666">Não compartilhe este e-mail. Este e-mail contém um link seguro para a DocuSign.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "ip0005",
        "2025-10-13 09:30",
        _IPE,
        "Matrícula 2026 – documentos e contrato",
        N(),
        text="""Prezados responsáveis pelo aluno THEO BITTENCOURT ALVES,

Para efetivar a matrícula 2026 (1º ano – período integral), pedimos que enviem até 20/10:

1. Certidão de nascimento do aluno
2. RG e CPF dos responsáveis
3. Comprovante de residência atualizado (pode ser o contrato de locação do novo endereço)
4. Carteira de vacinação atualizada
5. Declaração de transferência da escola de origem (a ser entregue até janeiro)
6. Contrato de prestação de serviços educacionais assinado (segue anexo)

Anuidade 2026: 12 parcelas de R$ 2.640,00 (desconto de 5% até o dia 5 de cada mês). A 1ª parcela (reserva de vaga) vence em 20/10.

Atenciosamente,
Secretaria Escolar – Colégio Ipê Amarelo
""",
    ),
    m(
        "mu0001",
        "2025-10-16 14:02",
        "Barão Mudanças <orcamento@baraomudancas.example>",
        "Orçamento de mudança – Cambuí x Mansões Santo Antônio – 01/11",
        N(),
        text="""Boa tarde Sra. Rafaela,

Conforme visita técnica realizada ontem, segue orçamento:

Origem: Rua Maria Monteiro, 830 apto 52 – Cambuí (elevador de serviço)
Destino: Rua Hermantino Coelho, 501 apto 84 – Mansões Santo Antônio (elevador)
Data: 01/11/2025 (sábado), início 8h
Serviço: embalagem de louças e frágeis, desmontagem e montagem de 3 camas, 2 guarda-roupas e rack, caminhão baú 6 m, 4 ajudantes
Valor: R$ 3.150,00 (50% no agendamento, 50% na conclusão) – seguro de carga incluso

Validade do orçamento: 10 dias.

Atenciosamente,
Valter Mendes
Barão Mudanças e Transportes – Campinas
(19) 3289-4471 | WhatsApp (19) 98811-2020
""",
    ),
    m(
        "dg0001",
        "2025-10-19 11:48",
        _DIEGO,
        "churras sábado + desabafo",
        N(),
        text="""E aí Rafa, blz?

Sábado 25 vai ter churras aqui em casa, chama o Gu e traz o Theo que a Bia vai adorar.

Aproveitando, um desabafo: a transportadora fez corte na semana passada e eu entrei na lista 😩 Tô mandando currículo pra tudo quanto é lugar de logística, se souber de alguma coisa me fala. Pelo menos saí com o FGTS e 3 meses de convênio.

Abraço
Diego
""",
    ),
    m(
        "dc0001",
        "2025-10-21 19:13",
        _DOC,
        "Consulta confirmada com Dra. Helena Vasconcellos",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<div style="max-width:560px;margin:auto">
<img src="https://www.doctoralia.com.br/img/logo-doctoralia.png" alt="Doctoralia" height="28">
<h2>Sua consulta está confirmada ✅</h2>
<p><b>Dra. Helena Vasconcellos</b> – Ginecologista e Obstetra (CRM-SP 118.432)</p>
<p>📅 Quarta-feira, 29 de outubro de 2025, às 08:30<br>
📍 Clínica Vita Mulher – Av. Júlio de Mesquita, 1111, sala 204 – Cambuí, Campinas<br>
💳 Convênio: Unimed Campinas</p>
<p>Chegue com 15 minutos de antecedência e leve a carteirinha do convênio e um documento com foto.</p>
<p><a href="https://www.doctoralia.com.br/minhas-consultas?utm_source=email">Gerenciar consulta</a> · Precisa cancelar? Faça com pelo menos 24h de antecedência.</p>
<p style="font-size:11px;color:#888">Doctoralia Internet S.L. · Este e-mail foi enviado porque você agendou uma consulta.</p>
</div></body></html>""",
        ics=ics(
            "doctoralia-appt-55810274@doctoralia.com.br",
            "2025-10-29 08:30",
            "Consulta: Dra. Helena Vasconcellos (Ginecologia)",
            ("Doctoralia", "no-reply@doctoralia.com.br"),
            minutes=30,
            location="Clínica Vita Mulher – Av. Júlio de Mesquita, 1111, sala 204 – Cambuí, Campinas",
        ),
    ),
    m(
        "lu0001",
        "2025-10-23 22:40",
        _LUANA,
        "FUI PROMOVIDA 🎉🎉",
        N(),
        text="""Maninhaaa

Não aguentei esperar pra contar no domingo: fui promovida a coordenadora de atendimento!! Depois de 3 anos de analista finalmente. Vou ter uma equipe de 9 pessoas, socorro kkkk

O chefe falou que foi pelo projeto do novo CRM. Tô muito feliz.

Conta pra mãe não que eu quero contar pessoalmente!

Bjs
Lu
""",
    ),
    m(
        "dc0002",
        "2025-10-28 08:30",
        _DOC,
        "Lembrete: sua consulta é amanhã às 08:30",
        N(),
        text="""Olá, Rafaela!

Lembrete: amanhã, quarta-feira 29/10, às 08:30, você tem consulta com Dra. Helena Vasconcellos (Ginecologia) na Clínica Vita Mulher – Av. Júlio de Mesquita, 1111, sala 204, Cambuí.

Confirmar presença: https://www.doctoralia.com.br/confirmar/55810274
Cancelar: https://www.doctoralia.com.br/cancelar/55810274

Doctoralia
""",
    ),
    m(
        "qa0009",
        "2025-10-31 17:55",
        _QA,
        "Chaves entregues! Bem-vinda ao novo lar 🏡",
        N(),
        text="""Oi, Rafaela!

A vistoria de entrada foi concluída e as chaves do apartamento na Rua Hermantino Coelho, 501 – apto 84 foram entregues. O laudo de vistoria (com 142 fotos) está no app. Você tem 30 dias para contestar qualquer item.

Seu primeiro boleto (proporcional) vence em 05/12/2025.

Bem-vinda ao novo lar!
QuintoAndar
""",
    ),
    m(
        "al0001",
        "2025-11-04 10:30",
        _ALI,
        "Bem-vindos ao Residencial Ipês do Taquaral – apto 84",
        N(),
        text="""Prezados novos moradores do apto 84,

Sejam bem-vindos ao Residencial Ipês do Taquaral!

Seguem algumas informações úteis:
- Portaria 24h: (19) 3256-0184
- Síndica: Sra. Marta (apto 121) – atendimento às terças, 19h–20h, no salão de festas
- Horário de obras/reformas: seg a sex 8h–17h, sáb 8h–12h
- Reserva do salão e da churrasqueira pelo app Aliança Condomínio
- Coleta seletiva: terças e sextas

Solicitamos o cadastro de todos os moradores, veículos e pets no app em até 15 dias.

Atenciosamente,
Aliança Administradora – Gestão do Residencial Ipês do Taquaral
""",
    ),
    m(
        "pt0001",
        "2025-11-09 16:20",
        _PATI,
        "Re: notícias da Julinha",
        N(),
        text="""Rafa querida,

Que bom que você gostou do bolo de fubá, a receita era da minha sogra.

Tenho novidade: a Julinha passou no processo de estágio da Aerotec! Foram 4 etapas, teste online, dinâmica e entrevista com o gestor em inglês, ela ficou nervosíssima mas foi super bem. Começa em janeiro, na área de engenharia de produto em Gavião Peixoto. Vai morar em Araraquara com duas amigas. Coração de mãe apertado mas muito orgulhosa!

E o Theo, já acostumou com o apartamento novo?

Beijos
Patrícia

-----Mensagem Original-----
De: "Rafaela Nogueira Bittencourt" <rafaela.nbittencourt@gmail.com>
Para: patyamamoto@uol.com.br
Assunto: notícias da Julinha
Data: 04/11/2025 20:11

Pati, e a Julinha, como foi no processo de estágio? Ah, e me passa a receita daquele bolo!
""",
    ),
    m(
        "un0002",
        "2025-11-10 15:44",
        _UNIMED,
        "Sua solicitação de autorização foi aprovada",
        N(),
        text="""Prezada beneficiária RAFAELA NOGUEIRA BITTENCOURT,

Informamos que a solicitação de autorização nº 2025.11.448120 foi APROVADA.

Procedimento: Ultrassonografia transvaginal + Mamografia bilateral
Prestador: Centro de Diagnóstico Imagem Campinas
Validade da autorização: 30 dias

Agende o exame diretamente com o prestador.

Unimed Campinas – Cooperativa de Trabalho Médico · ANS nº 33.525-1
""",
    ),
    m(
        "vt0001",
        "2025-11-12 09:00",
        "Clínica Veterinária Pet Taquaral <contato@pettaquaral.example>",
        "Lembrete: vacina anual do Paçoca 🐶",
        N(),
        text="""Olá, Rafaela!

Está chegando a hora da vacina anual (V10 + antirrábica) do Paçoca. A última dose foi em 18/11/2024.

Agende pelo WhatsApp (19) 99130-4471 ou responda este e-mail. Aproveite: em novembro o banho é por R$ 45 para pacientes vacinados.

Clínica Veterinária Pet Taquaral
Av. Heitor Penteado, 1830 – Taquaral – Campinas
""",
    ),
    m(
        "ip0006",
        "2025-11-18 14:15",
        _IPE,
        "Matrícula 2026 confirmada – Theo Bittencourt Alves",
        N(),
        text="""Prezados responsáveis,

Confirmamos a matrícula de THEO BITTENCOURT ALVES para o ano letivo de 2026, 1º ano B – período integral.

Início das aulas: 02/02/2026 (segunda-feira), às 7h30
Reunião de boas-vindas com as famílias: 30/01/2026, às 18h (convite será enviado)

A lista de materiais e as informações sobre uniforme serão enviadas em janeiro.

Bem-vindos à família Ipê Amarelo!
Secretaria Escolar
""",
    ),
    m(
        "ci0001",
        "2025-11-24 12:30",
        "Escola Cirandinha <contato@escolacirandinha.example>",
        "Formatura do Infantil V – 13/12 – informações",
        N(),
        text="""Queridas famílias do Infantil V,

A formatura da turma será no sábado, 13/12, às 10h, no Teatro do Centro de Convivência (Cambuí).

- As crianças devem chegar às 9h15, com a camiseta da formatura (será entregue na mochila dia 05/12)
- Cada família tem direito a 4 convites; convites extras a R$ 20
- Após a cerimônia, confraternização na escola com mesa de frutas (colaboração: 1 fruta por família)

Contamos com vocês para esse momento tão especial!

Com carinho,
Equipe Cirandinha
""",
    ),
    m(
        "fe0001",
        "2025-11-27 13:02",
        _FE,
        "amigo secreto ex-Castellani 🎁",
        N(),
        text="""Gente!!

Bora fazer o amigo secreto das ex-Castellani de novo? Ano passado foi muito bom.

Data: sexta 12/12, 19h30, no Bar do Alemão (Cambuí)
Valor: R$ 80
Sorteio pelo site, vou mandar o link até sábado.

Rafa, você ainda tá lá mas é ex-honorária kkkk vem!
Aqui na Termoflex tá uma loucura de fechamento de ano, inventário de estoque, auditoria... preciso desse happy hour.

Bjs
Fê
""",
        cc="Juliana Moretti <jumoretti@gmail.com>, Sandra Pires <sandrapires.sp@hotmail.com>",
    ),
    m(
        "cm0003",
        "2025-12-01 20:12",
        "Camila & Rodrigo <casamentocamilaerodrigo@gmail.com>",
        "Save the date 💍 16.05.2026",
        N(),
        html="""<div style="font-family:Georgia,serif;text-align:center;color:#5b4636;max-width:520px;margin:auto">
<p style="font-size:13px;letter-spacing:3px">SAVE THE DATE</p>
<h1 style="font-weight:normal">Camila &amp; Rodrigo</h1>
<p>16 de maio de 2026 · 16h30<br>Fazenda Santa Maria – Jaguariúna/SP</p>
<p>O convite oficial chega em breve. Reserve a data e venha celebrar com a gente!</p>
<p><a href="https://casamentocamilaerodrigo.example">Nosso site</a></p>
</div>""",
    ),
    m(
        "un0003",
        "2025-12-04 08:25",
        _UNIMED,
        "Boleto disponível – Unimed Campinas – 12/2025",
        N(),
        text="""Prezada beneficiária RAFAELA NOGUEIRA BITTENCOURT,

O boleto referente à mensalidade de 12/2025 do seu plano Unimed Estilo Enfermaria (contrato 0004.8812.331) está disponível.

Valor: R$ 1.284,66
Vencimento: 10/12/2025

Baixe a 2ª via pelo app Cliente Unimed Campinas.

Unimed Campinas – Cooperativa de Trabalho Médico · ANS nº 33.525-1
""",
    ),
    m(
        "fe0002",
        "2025-12-06 10:17",
        "Amigo Secreto Online <sorteio@amigosecretonline.example>",
        'Seu amigo secreto do grupo "Ex-Castellani 2025" foi sorteado!',
        N(),
        text="""Olá, Rafaela!

O sorteio do grupo "Ex-Castellani 2025" foi realizado por Fernanda Lopes.

🎁 Seu amigo secreto é: SANDRA PIRES

Lista de desejos da Sandra: livro da Carla Madeira, vela aromática, caneca térmica.

Valor sugerido: R$ 80
Data da revelação: 12/12/2025

Shhh... não conte para ninguém!
Amigo Secreto Online
""",
    ),
    m(
        "ma0002",
        "2025-12-09 19:40",
        _MAE,
        "natal",
        N(),
        text="""Filha, entao voces vao mesmo pra Recife no natal? Seu pai ficou meio chateado mas eu expliquei que a familia do Gustavo tambem quer ver o Theo.

Vou fazer o almoco de ano novo aqui entao, dia 4 voces voltam ne? Faz o seguinte, vem dia 10 de janeiro que eu faco o tender.

Manda foto da formatura do Theo!!!

beijo da mae
""",
    ),
    m(
        "al0002",
        "2025-12-11 16:00",
        _ALI,
        "Convocação – Assembleia Geral Ordinária 2026",
        N(),
        html="""<div style="font-family:Arial,sans-serif;font-size:13px;max-width:640px">
<p><b>RESIDENCIAL IPÊS DO TAQUARAL</b><br>EDITAL DE CONVOCAÇÃO – ASSEMBLEIA GERAL ORDINÁRIA</p>
<p>Ficam convocados os senhores condôminos para a Assembleia Geral Ordinária a realizar-se no dia <b>27 de janeiro de 2026 (terça-feira)</b>, no salão de festas, às 19h30 em primeira convocação e às 20h em segunda convocação, com qualquer número de presentes, para deliberar sobre:</p>
<ol><li>Prestação de contas do exercício 2025;</li><li>Previsão orçamentária 2026;</li><li>Eleição de síndico, subsíndico e conselho fiscal;</li><li>Obras de impermeabilização da garagem (3 orçamentos);</li><li>Assuntos gerais.</li></ol>
<p>Procurações deverão ter firma reconhecida. Unidades inadimplentes não poderão votar.</p>
<p>Campinas, 11 de dezembro de 2025.<br>Marta Lucchesi – Síndica</p>
</div>""",
        ics=ics(
            "ago-2026-ipes-taquaral@aliancaadm.example",
            "2026-01-27 19:30",
            "AGO 2026 – Residencial Ipês do Taquaral",
            ("Aliança Administradora", "condominio.ipes@aliancaadm.example"),
            minutes=120,
            location="Salão de festas – Residencial Ipês do Taquaral",
        ),
    ),
    m(
        "dg0002",
        "2025-12-15 21:58",
        _DIEGO,
        "CONSEGUI!!!",
        N(),
        text="""Rafaaaa

Deu certo!!! Fui aprovado na Translog, analista de logística sênior, CD de Jacareí. Começo dia 05/01. Salário um pouco menor do que era mas tem home office 2x por semana e a gente vai morar perto da família da Bia em São José.

Obrigado pelas dicas da entrevista, aquela de contar os resultados em números funcionou demais.

Bora comemorar antes da mudança! Semana que vem?

Abração
Diego

Enviado do Outlook para Android
""",
    ),
    m(
        "ts0001",
        "2025-12-19 12:40",
        "Ticket Sports <contato@ticketsports.com.br>",
        "Inscrição confirmada – Corrida de Reis Campinas 2026",
        N(),
        text="""Olá RAFAELA NOGUEIRA BITTENCOURT,

Sua inscrição foi confirmada!

Evento: Corrida de Reis Campinas 2026
Data: 11/01/2026 – largada às 6h30 – Lagoa do Taquaral
Modalidade: 5 km – Feminino – 35 a 39 anos
Número de peito: será divulgado em 05/01
Kit: camiseta tamanho M + medalha de participação

Retirada do kit: 09 e 10/01, das 10h às 19h, no Shopping Galleria.

Pedido: TS-2025-8841720
Valor: R$ 119,90

Ticket Sports – boa corrida!
""",
    ),
    m(
        "lu0002",
        "2026-01-05 09:21",
        _LUANA,
        "fotos recife",
        N(),
        text="""Rafa manda as fotos de Recife que o Gu tirou na praia de Carneiros, a mãe tá me cobrando kkk

E o Theo, tá animado pra escola nova? A Duda não para de perguntar do primo.

bjs
""",
    ),
    m(
        "cr0001",
        "2026-01-08 15:32",
        "Porto Seguro <naoresponda@portoseguro.com.br>",
        "Sua proposta de seguro auto foi aceita",
        N(),
        text="""Olá, RAFAELA NOGUEIRA BITTENCOURT!

Sua proposta de Porto Seguro Auto nº 4471-2026-00318 foi ACEITA e a apólice está em emissão.

Veículo: Chevrolet Onix Plus 1.0 Turbo LTZ 2026 – placa a definir (0 km)
Vigência: 09/01/2026 a 09/01/2027
Prêmio total: R$ 3.980,40 em 10x sem juros no cartão

A apólice digital estará disponível no app Porto em até 5 dias úteis. Em caso de sinistro ou assistência 24h: 333 PORTO (3337 6786).

Porto Seguro Companhia de Seguros Gerais
""",
    ),
    m(
        "cr0002",
        "2026-01-09 11:10",
        "Vendas Taquaral Chevrolet <vendas@taquaralchevrolet.example>",
        "Seu Onix Plus está pronto para retirada!",
        N(),
        text="""Olá Rafaela,

Que alegria! Seu Chevrolet Onix Plus LTZ 2026 (cor Cinza Satin Steel) está pronto para entrega técnica.

Data sugerida: sábado, 10/01, às 10h, na loja da Av. Heitor Penteado.
Documentos: CNH e comprovante de pagamento/carta de crédito do consórcio (já recebemos a liberação do Consórcio Horizonte).

Na entrega técnica nosso consultor vai te apresentar todos os recursos do carro e o app myChevrolet.

Qualquer dúvida, estou à disposição.

Thiago Ramalho
Consultor de Vendas – Taquaral Chevrolet
(19) 99877-1023
""",
    ),
    m(
        "gu0002",
        "2026-01-15 11:47",
        _GUS,
        "sexta",
        N(),
        text="""Reservei o Tábua pra sexta às 20h pra gente comemorar 🥂 a Lu fica com o Theo.

Te amo, tô muito orgulhoso de vc

Enviado do meu iPhone
""",
    ),
    m(
        "ip0007",
        "2026-01-19 10:00",
        _IPE,
        "Lista de materiais 2026 – 1º ano",
        N(),
        html="""<div style="font-family:Trebuchet MS,Arial,sans-serif;font-size:14px;max-width:600px">
<p>Prezadas famílias do 1º ano,</p>
<p>Segue a lista de materiais para 2026. Os materiais devem ser entregues identificados na semana de 26 a 30/01, das 8h às 17h.</p>
<ul>
<li>1 caderno brochurão capa dura 96 folhas (quadriculado 1 cm)</li>
<li>2 caixas de lápis de cor (24 cores)</li>
<li>1 estojo com 3 lápis grafite nº 2, borracha e apontador com depósito</li>
<li>1 pasta polionda azul com elástico</li>
<li>1 livro de literatura infantil (sugestões no site)</li>
<li>Kit de higiene: escova, creme dental, toalha de mão</li>
</ul>
<p>Apostilas do Sistema de Ensino: compra pelo site da escola até 25/01.</p>
<p>Secretaria Escolar – Colégio Ipê Amarelo</p>
</div>""",
    ),
    m(
        "al0003",
        "2026-01-22 09:00",
        _ALI,
        "Residencial Ipês – boleto 02/2026 e aviso de obras",
        N(),
        text="""Prezado(a) condômino(a) – apto 84,

Segue o boleto da taxa condominial de fevereiro/2026: R$ 758,20, vencimento 10/02/2026.

AVISO: a partir de 02/02 teremos obras de impermeabilização no 1º subsolo (garagem), previstas para 45 dias, caso aprovadas na AGO de 27/01. Os veículos do 1º subsolo serão remanejados temporariamente para as vagas de visitantes.

Aliança Administradora
""",
    ),
    m(
        "ip0008",
        "2026-01-26 18:30",
        "Colégio Ipê Amarelo <eventos@colegioipeamarelo.example>",
        "Convite: Reunião de boas-vindas – famílias do 1º ano (30/01, 18h)",
        N(),
        text="""Queridas famílias,

Convidamos vocês para a Reunião de boas-vindas do 1º ano, na sexta-feira, 30/01, às 18h, no auditório do colégio. Vamos apresentar as professoras, a rotina do período integral e o projeto de alfabetização.

O convite para a sua agenda segue anexo.

Até lá!
Coordenação do Fundamental I
""",
        ics=ics(
            "reuniao-boasvindas-1ano-2026@colegioipeamarelo.example",
            "2026-01-30 18:00",
            "Reunião de boas-vindas – 1º ano 2026",
            ("Colégio Ipê Amarelo", "eventos@colegioipeamarelo.example"),
            minutes=90,
            location="Auditório – Colégio Ipê Amarelo, Rua Dr. Emílio Ribas, 410 – Taquaral",
        ),
    ),
    m(
        "sp0003",
        "2026-01-28 16:02",
        "Sem Parar <naoresponda@semparar.com.br>",
        "Sua tag Sem Parar foi ativada 🚗",
        N(),
        text="""Oi, Rafaela!

Sua tag Sem Parar já está ativada no veículo Chevrolet Onix Plus, placa SFK7C41.

Agora é só passar direto nos pedágios (a Rodovia dos Bandeirantes e a Anhanguera aceitam) e em mais de 900 estacionamentos.

Plano: Sem Parar Mensal – R$ 24,90/mês
Forma de pagamento: cartão final 0926

Sem Parar Instituição de Pagamento Ltda.
""",
    ),
    m(
        "ip0009",
        "2026-02-02 06:45",
        _IPE,
        "Bom dia e bem-vindos ao ano letivo de 2026! ☀️",
        N(),
        text="""Bom dia, famílias!

Hoje começa o ano letivo de 2026. Lembretes para o primeiro dia:
- Entrada do Fundamental I pelo portão 2 (Rua Dr. Emílio Ribas), a partir das 7h15
- Nos primeiros 3 dias, os responsáveis do 1º ano podem acompanhar as crianças até a sala
- Lanche coletivo do integral começa na quarta

Desejamos a todos um ótimo ano!
Colégio Ipê Amarelo
""",
    ),
    m(
        "dc0003",
        "2026-02-09 20:30",
        _DOC,
        "Consulta confirmada com Dr. Paulo Henrique Salles",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<h2>Sua consulta está confirmada ✅</h2>
<p><b>Dr. Paulo Henrique Salles</b> – Pediatra (CRM-SP 97.310)</p>
<p>Paciente: Theo Bittencourt Alves</p>
<p>📅 Sexta-feira, 13 de fevereiro de 2026, às 17:40<br>📍 Pediatria Taquaral – Rua Ciro Rocha, 220 – Taquaral, Campinas<br>💳 Particular</p>
<p><a href="https://www.doctoralia.com.br/minhas-consultas">Gerenciar consulta</a></p>
</div></body></html>""",
        ics=ics(
            "doctoralia-appt-61022940@doctoralia.com.br",
            "2026-02-13 17:40",
            "Consulta: Dr. Paulo Henrique Salles (Pediatria) – Theo",
            ("Doctoralia", "no-reply@doctoralia.com.br"),
            minutes=30,
            location="Pediatria Taquaral – Rua Ciro Rocha, 220 – Taquaral, Campinas",
        ),
    ),
    m(
        "cm0004",
        "2026-02-14 11:05",
        _CAMILA,
        "madrinha?? 💛",
        N(),
        text="""Rafa, eu e o Rô queremos muito que você e o Gu sejam nossos padrinhos!!! Aceitam?? 🥹

A cor das madrinhas vai ser verde oliva, depois te mando a paleta.

Ah e a Bellacosta tá demais, a equipe é ótima, só o trânsito pra Itupeva que é chato.

Beijão
""",
    ),
    m(
        "un0004",
        "2026-02-18 10:20",
        _UNIMED,
        "Recebemos sua solicitação de cancelamento do plano",
        N(),
        text="""Prezada beneficiária RAFAELA NOGUEIRA BITTENCOURT,

Recebemos a sua solicitação de cancelamento do contrato 0004.8812.331 (titular e dependentes), registrada sob o protocolo 3352520260218004471.

Conforme a Resolução Normativa ANS nº 561/2022, o cancelamento tem efeito imediato a partir da data da solicitação. Eventuais valores proporcionais serão cobrados no próximo boleto. As carteirinhas deixam de ser válidas a partir de hoje.

Sentiremos sua falta!

Unimed Campinas – Cooperativa de Trabalho Médico · ANS nº 33.525-1
""",
    ),
    m(
        "pt0002",
        "2026-02-21 15:48",
        _PATI,
        "aposentei!!!",
        N(),
        text="""Rafa, saiu minha aposentadoria! Depois de 31 anos de Banco do Brasil, agora é só neto (que ainda não tenho kkkk), pilates e viagem.

Vou fazer um almoço em março pra comemorar, te mando o convite.

Beijos
Patrícia
""",
    ),
    m(
        "fe0003",
        "2026-02-25 12:31",
        _FE,
        "almoço?",
        N(),
        text="""Rafa, bora almoçar quinta? Tô indo pra Jundiaí visitar um fornecedor de manhã, a gente se encontra em algum lugar no caminho.

Bjs
Fê

Obter o Outlook para Android
""",
    ),
]
