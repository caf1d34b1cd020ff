"""Ordinary mail of the twelfth held-out corpus, look-alikes included (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

WET, WEST, CET, CEST = "+0000", "+0100", "+0100", "+0200"
EST, EDT, BRT = "-0500", "-0400", "-0300"


def n(
    key: str,
    date: str,
    frm: str,
    subject: str,
    lang: str,
    text: str | None = None,
    tz: str = WET,
    **kw: Any,
) -> dict[str, Any]:
    """A message that is not about a job."""
    return m(key, date, frm, subject, ("not_job", lang), text, tz=tz, **kw)


MAE = "Graça Lopes <gracinha.lopes58@sapo.pt>"
MANA = "Leonor Ferraz <leonor.ferraz@gmail.com>"
DIOGO = "Diogo Marinho <diogo.marinho.pt@gmail.com>"

MAIL: list[dict[str, Any]] = [
    # --- January, Porto ---------------------------------------------------------------------
    n(
        "12201",
        "2026-01-02 11:04",
        MAE,
        "Bolo-rei",
        "pt",
        """Filha,

Sobrou imenso bolo-rei, passa cá no domingo para levares metade. O teu pai diz que também
quer ver o tal apartamento de Madrid no computador.

Beijinhos da mãe
""",
    ),
    n(
        "12202",
        "2026-01-03 09:15",
        "EDP Comercial <faturas@edp.pt>",
        "A sua fatura de eletricidade de dezembro",
        "pt",
        html="""<html><body><p>Olá Beatriz,</p><p>A sua fatura de dezembro já está disponível.</p>
<p>Valor: <b>62,37 €</b><br>Data limite de pagamento: 20/01/2026<br>Débito direto: sim</p>
<p><a href="https://www.edp.pt/particulares/area-cliente">Ver fatura</a></p><p>EDP</p></body></html>""",
    ),
    n(
        "12203",
        "2026-01-05 18:20",
        "GitHub <noreply@github.com>",
        "[bferraz/idempotency-kit] Issue #14: Support Redis cluster mode",
        "en",
        """@pbrandt opened an issue in bferraz/idempotency-kit:

When running against a Redis cluster the lock key and the response key hash to different slots,
so the MULTI fails. Would you accept a PR that uses hash tags?

View it on GitHub: https://github.com/bferraz/idempotency-kit/issues/14
""",
    ),
    n(
        "12204",
        "2026-01-07 20:11",
        "Idealista <noreply@idealista.com>",
        "Nuevos pisos en Chamberí que encajan con tu búsqueda",
        "es",
        """Hola Beatriz,

Hay 9 pisos nuevos en tu búsqueda "Chamberí, Madrid - hasta 1.300 €":

- Piso en Calle de Ponzano, 2 hab., 68 m², 1.250 €/mes
- Ático en Calle de Santa Engracia, 1 hab., 52 m², 1.180 €/mes
- Piso en Calle de Cardenal Cisneros, 2 hab., 75 m², 1.300 €/mes

Ver todos: https://www.idealista.com/alquiler-viviendas/madrid/chamberi/
""",
        tz=CET,
    ),
    n(
        "12205",
        "2026-01-08 08:30",
        "Millennium bcp <millenniumbcp@millenniumbcp.pt>",
        "Movimento na sua conta",
        "pt",
        """Informamos que foi efetuado um movimento na sua conta à ordem terminada em 4471:

Transferência recebida: 2.412,80 EUR
Ordenante: TRINDADE ENERGIA SA
Data: 08-01-2026

Millennium bcp
""",
    ),
    n(
        "12206",
        "2026-01-09 13:45",
        DIOGO,
        "jantar sexta?",
        "pt",
        """Bia! Jantar de despedida do pessoal da Trindade na sexta, no Cufra? Eu reservo para 8.
Confirma até quarta.

D.
""",
    ),
    n(
        "12207",
        "2026-01-10 10:00",
        "Código Aberto Podcast <ola@codigoaberto.example>",
        "Convite para entrevista no Código Aberto",
        "pt",
        """Olá Beatriz,

Somos o Código Aberto, um podcast português sobre engenharia de software (episódio novo de
duas em duas semanas). Adorámos a tua talk na PyCon Portugal e gostávamos de te entrevistar
sobre idempotência e pagamentos.

A gravação dura cerca de uma hora e pode ser online. Tens disponibilidade no final de janeiro?

Abraço,
Inês e Gonçalo
Código Aberto
""",
    ),
    n(
        "12208",
        "2026-01-11 09:10",
        "Amazon.es <confirmar-envio@amazon.es>",
        "Tu pedido de Amazon.es se ha enviado",
        "es",
        """Hola Beatriz,

Tu paquete con "Designing Data-Intensive Applications, 2nd Edition" está en camino.

Llegada estimada: martes, 13 de enero
Dirección: Rua de Cedofeita 211, 4050-179 Porto, Portugal

Seguimiento: https://www.amazon.es/gp/your-account/order-history
""",
        tz=CET,
    ),
    n(
        "12209",
        "2026-01-12 15:30",
        "Universidade do Porto - FEUP <candidaturas@fe.up.pt>",
        "Candidatura submetida - Pós-Graduação em Engenharia de Dados",
        "pt",
        """Exma. Senhora Beatriz Lopes Ferraz,

Confirmamos a submissão da sua candidatura à Pós-Graduação em Engenharia de Dados (edição
2026/2027), com o número 2026-PG-0412.

A lista de candidatos admitidos será publicada a 27 de fevereiro. O pagamento da taxa de
candidatura (50 €) deve ser efetuado até 19 de janeiro.

Serviços Académicos da FEUP
""",
    ),
    n(
        "12210",
        "2026-01-13 19:00",
        MANA,
        "Re: Madrid!!",
        "pt",
        """Ainda não acredito que vais mesmo! 😭 O Afonso já perguntou se pode ir passar a Páscoa
contigo. Já viste escolas de espanhol? A Rita fez um curso intensivo na Complutense e adorou.

Leo
""",
    ),
    n(
        "12211",
        "2026-01-14 08:00",
        "Revolut <no-reply@revolut.com>",
        "O seu resumo mensal de dezembro",
        "pt",
        """Olá Beatriz,

Em dezembro gastou 1.104 € com o seu cartão Revolut. Categoria principal: Restaurantes (28 %).

Veja os detalhes na app.
""",
    ),
    n(
        "12212",
        "2026-01-15 12:20",
        "Cofidis <noreply@cofidis.pt>",
        "A sua simulação de crédito pessoal",
        "pt",
        """Olá Beatriz,

Obrigado por ter simulado o seu Crédito Pessoal Cofidis.

Montante: 5.000 €  |  Prazo: 36 meses  |  Prestação: 156,40 €/mês  |  TAEG: 9,8 %

Para avançar com o pedido de crédito basta submeter a sua candidatura online com o
comprovativo de rendimentos. A decisão é dada em 24 horas.

Cofidis
""",
    ),
    n(
        "12213",
        "2026-01-16 17:40",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Congratulate Rui Antunes on starting a new position",
        "en",
        """Rui Antunes started a new position as Engineering Manager at Farol Analytics.

Say congrats: https://www.linkedin.com/feed/update/urn:li:activity:7284
""",
    ),
    n(
        "12214",
        "2026-01-18 10:12",
        "Continente <noreply@continente.pt>",
        "A sua fatura Continente Online",
        "pt",
        """Olá Beatriz,

Obrigado pela sua encomenda n.º 73411289. Segue em anexo a fatura-recibo.

Total: 84,19 €  |  Cartão Continente: 4,21 € acumulados

Continente Online
""",
        attach=[
            (
                "fatura_73411289.txt",
                "text/plain",
                "Fatura-recibo FR 2026/73411289 - Total 84,19 EUR",
            )
        ],
    ),
    n(
        "12215",
        "2026-01-19 07:30",
        "Backend Weekly <newsletter@backendweekly.example>",
        "Backend Weekly #212: Who's hiring, and the death of the leetcode interview?",
        "en",
        """BACKEND WEEKLY #212

This week:
- Are leetcode interviews finally dying? We asked 40 hiring managers how they interview in 2026.
- Postgres 18: asynchronous I/O in practice
- Who's hiring: 14 companies with remote backend roles (see our jobs board)
- Idempotency keys done right (a talk from PyCon Portugal)

Read online: https://backendweekly.example/issues/212
You're receiving this because you subscribed at backendweekly.example.
""",
    ),
    n(
        "12216",
        "2026-01-20 14:00",
        "MEO <faturaeletronica@meo.pt>",
        "Fatura MEO disponível - janeiro 2026",
        "pt",
        """Cara cliente,

A sua fatura de janeiro de 2026 está disponível. Valor: 44,99 €. Pagamento por débito direto a
02-02-2026.

MEO
""",
    ),
    n(
        "12217",
        "2026-01-21 21:05",
        "Código Aberto Podcast <ola@codigoaberto.example>",
        "Re: Convite para entrevista no Código Aberto",
        "pt",
        """Boa! Fica então marcado para dia 28, 19h, no Riverside. Enviamos um convite com o link e
algumas perguntas para preparares. Não te preocupes, é uma conversa descontraída.

Inês
""",
        headers=reply("12207", "Código Aberto Podcast <ola@codigoaberto.example>"),
        ics={
            "uid": "cab-ep58-rec@codigoaberto.example",
            "start": "2026-01-28 19:00:00 +0000",
            "minutes": 75,
            "organizer": ("Inês Couto", "ola@codigoaberto.example"),
            "summary": "Gravação Código Aberto #58 - entrevista Beatriz",
            "location": "riverside.fm/studio/codigo-aberto",
        },
    ),
    n(
        "12218",
        "2026-01-22 09:45",
        "CTT Expresso <notificacoes@ctt.pt>",
        "A sua encomenda DA123847112PT está a caminho",
        "pt",
        """A sua encomenda DA123847112PT está em distribuição e será entregue hoje entre as 10h e as
13h.

Acompanhe em https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx
""",
    ),
    n(
        "12219",
        "2026-01-23 16:25",
        "Mudanças Ibéricas <orcamentos@mudancasibericas.example>",
        "Orçamento mudança Porto - Madrid",
        "pt",
        """Cara Beatriz,

Conforme solicitado, enviamos orçamento para a mudança de Porto (Cedofeita) para Madrid
(Chamberí):

- Volume estimado: 18 m³
- Embalagem de frágeis, desmontagem e montagem de 2 móveis
- Data: 27 ou 28 de fevereiro
- Valor: 1.650 € + IVA

A proposta é válida por 15 dias.

Mudanças Ibéricas, Lda.
""",
    ),
    n(
        "12220",
        "2026-01-24 11:30",
        "Clínica Dentária da Boavista <marcacoes@clinicaboavista.example>",
        "Consulta marcada: 3 de fevereiro, 9h30",
        "pt",
        """Olá Beatriz,

Confirmamos a sua consulta de higiene oral com a Dra. Sofia Antunes no dia 3 de fevereiro às
9h30. Em caso de impossibilidade, avise com 24h de antecedência.

Clínica Dentária da Boavista
""",
        ics={
            "uid": "cdb-20260203-0930-bferraz@clinicaboavista.example",
            "start": "2026-02-03 09:30:00 +0000",
            "minutes": 45,
            "organizer": ("Clínica Dentária da Boavista", "marcacoes@clinicaboavista.example"),
            "summary": "Consulta de higiene oral - Dra. Sofia Antunes",
            "location": "Av. da Boavista 2300, Porto",
        },
    ),
    n(
        "12221",
        "2026-01-25 10:00",
        "Worten <news@worten.pt>",
        "Oferta exclusiva para si: até 30 % em portáteis",
        "pt",
        """Só este fim de semana: ofertas até 30 % em portáteis e monitores. Entrega grátis em 24h.
Não perca esta oferta!

Ver campanha: https://www.worten.pt/campanhas/portateis
Para deixar de receber, clique aqui.
""",
    ),
    n(
        "12222",
        "2026-01-27 18:44",
        "Idealista <noreply@idealista.com>",
        "Has enviado tu solicitud para el piso de Calle de Ponzano",
        "es",
        """Hola Beatriz,

Hemos enviado tu mensaje al anunciante del piso en Calle de Ponzano (2 hab., 1.250 €/mes).

Para que tu solicitud destaque, completa tu perfil de inquilino: situación laboral, ingresos y
si tienes mascota.

idealista
""",
        tz=CET,
    ),
    n(
        "12223",
        "2026-01-29 09:00",
        "PyCon Portugal <program@pycon.pt>",
        "Your proposal has been accepted!",
        "en",
        """Hi Beatriz,

Congratulations! Your proposal "Exactly once is a lie: idempotency keys in payment APIs" has
been accepted for PyCon Portugal 2026 (Porto, 18-20 September).

Please confirm your participation by 15 February and tell us if you need travel support.

The PyCon Portugal program committee
""",
    ),
    n(
        "12224",
        "2026-01-30 20:00",
        MAE,
        "Re: Bolo-rei",
        "pt",
        """O teu pai já fez as contas: de Madrid ao Porto são 6 horas de carro. Ele diz que vem buscar-te
no Natal, não há discussão. 😄

Beijinhos
""",
        headers=reply("12201", MAE),
    ),
    n(
        "12225",
        "2026-01-31 12:00",
        "Spotify <no-reply@spotify.com>",
        "O teu recibo do Spotify",
        "pt",
        """Obrigado por seres Premium. Cobrámos 8,99 € no cartão terminado em 4471.
""",
    ),
    # --- February, still Porto, preparing the move -------------------------------------------
    n(
        "12226",
        "2026-02-02 10:30",
        "Sede Electrónica - Policía Nacional <no-reply@policia.es>",
        "Justificante de cita previa: Certificado de registro de ciudadano de la UE",
        "es",
        """CITA PREVIA - EXTRANJERÍA

Nombre: BEATRIZ LOPES FERRAZ
Documento: Pasaporte / DNI UE
Trámite: ASIGNACIÓN DE NIE Y CERTIFICADO DE REGISTRO DE CIUDADANO UE
Oficina: CNP - Comisaría de Aluche, Madrid
Día: 10/03/2026  Hora: 10:24
Número de cita: 17F3C0A2

Presente este justificante y la documentación requerida (formulario EX-18, justificante de la
tasa 790-012, contrato de trabajo o medios económicos suficientes).
""",
        tz=CET,
    ),
    n(
        "12227",
        "2026-02-03 13:14",
        DIOGO,
        "Re: jantar sexta?",
        "pt",
        """Fotos do jantar no drive: https://photos.app.goo.gl/zP3kq

Já estou com saudades tuas e ainda nem foste.
""",
        headers=reply("12206", DIOGO),
    ),
    n(
        "12228",
        "2026-02-04 08:05",
        "Zoom <no-reply@zoom.us>",
        "Webinar: Hiring engineers in 2026 - what interviewers actually look for",
        "en",
        """Hi Beatriz,

Thank you for registering for "Hiring engineers in 2026 - what interviewers actually look for",
hosted by DevTalent Summit.

Date & time: Feb 11, 2026 06:00 PM Lisbon
Join from a PC, Mac, iPad or Android: https://us06web.zoom.us/w/8391023?tk=aZq

Add to calendar attached.
""",
        ics={
            "uid": "zoomwebinar8391023@zoom.us",
            "start": "2026-02-11 18:00:00 +0000",
            "minutes": 60,
            "organizer": ("DevTalent Summit", "no-reply@zoom.us"),
            "summary": "Hiring engineers in 2026 - what interviewers actually look for",
            "location": "https://us06web.zoom.us/w/8391023",
        },
    ),
    n(
        "12229",
        "2026-02-05 11:00",
        "Idealista <noreply@idealista.com>",
        "El anunciante ha respondido a tu solicitud",
        "es",
        """Hola Beatriz,

Alberto (particular) ha respondido sobre el piso en Calle de Ponzano:

"Hola Beatriz, gracias por tu interés. Para valorar tu solicitud necesito las tres últimas
nóminas o el contrato de trabajo en España, y un mes de fianza más dos de garantía. ¿Podrías
venir a verlo el sábado 14?"

Responder en idealista: https://www.idealista.com/mensajes
""",
        tz=CET,
    ),
    n(
        "12230",
        "2026-02-06 09:40",
        "Universidade do Porto - FEUP <candidaturas@fe.up.pt>",
        "Referência de pagamento - taxa de candidatura",
        "pt",
        """Exma. Senhora,

Não registámos ainda o pagamento da taxa de candidatura (50 €) referente à candidatura
2026-PG-0412. Entidade 21345, Referência 882 114 903, Valor 50,00 €.

Serviços Académicos
""",
    ),
    n(
        "12231",
        "2026-02-07 19:20",
        "Leonor Ferraz <leonor.ferraz@gmail.com>",
        "caixas",
        "pt",
        """Tenho 15 caixas de cartão da mudança da Sofia, queres? Deixo-as na tua garagem no sábado.
""",
    ),
    n(
        "12232",
        "2026-02-09 12:00",
        "Ryanair <itinerary@ryanair.com>",
        "Your booking confirmation - OPO to MAD",
        "en",
        """Booking reference: KQ8T4M

Passenger: MS BEATRIZ LOPES FERRAZ
Flight FR5436  Porto (OPO) -> Madrid (MAD)
Sat 14 Feb 2026  dep 07:05  arr 09:15

Check-in opens 24 hours before departure (free seat) or now with a reserved seat.
""",
    ),
    n(
        "12233",
        "2026-02-10 07:45",
        "Backend Weekly <newsletter@backendweekly.example>",
        "Backend Weekly #215: interviewing the interviewers",
        "en",
        """BACKEND WEEKLY #215

- Interview: Ana Ribeiro on scaling Postgres at a European neobank
- The offer letter: what staff engineers should negotiate (opinion)
- Jobs: 9 new remote backend roles on our board

Read online: https://backendweekly.example/issues/215
""",
    ),
    n(
        "12234",
        "2026-02-12 17:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Beatriz, you appeared in 23 searches this week",
        "en",
        """You appeared in 23 searches this week.
Your profile was found by people from Tramontana Software, Farol Analytics and 5 others.

See all searches: https://www.linkedin.com/me/search-appearances/
""",
    ),
    n(
        "12235",
        "2026-02-13 22:10",
        "Alberto Mena <albertomena1964@gmail.com>",
        "Visita piso Ponzano",
        "es",
        """Hola Beatriz, te confirmo la visita mañana sábado a las 12:00 en Ponzano 41, 3º B. Llámame al
llegar, el portero no está los sábados.

Alberto
""",
        tz=CET,
    ),
    n(
        "12236",
        "2026-02-16 10:05",
        "Alberto Mena <albertomena1964@gmail.com>",
        "Re: Visita piso Ponzano",
        "es",
        """Hola Beatriz, he hablado con mi mujer y aceptamos tu solicitud aunque todavía no tengas
contrato en España, con el aval bancario que comentaste. Te paso el borrador del contrato de
arrendamiento para que lo revises. Entrada el 1 de marzo.

Un saludo,
Alberto
""",
        tz=CET,
        headers=reply("12235", "Alberto Mena <albertomena1964@gmail.com>"),
        attach=[
            (
                "contrato_arrendamiento_Ponzano41.txt",
                "text/plain",
                "CONTRATO DE ARRENDAMIENTO DE VIVIENDA - borrador",
            )
        ],
    ),
    n(
        "12237",
        "2026-02-17 09:30",
        "Millennium bcp <millenniumbcp@millenniumbcp.pt>",
        "Pedido de garantia bancária - em análise",
        "pt",
        """Cara Cliente,

Recebemos o seu pedido de garantia bancária no valor de 2.500,00 EUR a favor de ALBERTO MENA
RUIZ. O pedido encontra-se em análise; receberá uma resposta em até 3 dias úteis.

Millennium bcp
""",
    ),
    n(
        "12238",
        "2026-02-19 15:15",
        "Docusign <dse@docusign.net>",
        "Alberto Mena le ha enviado un documento para firmar: Contrato de arrendamiento Ponzano 41",
        "es",
        """Alberto Mena le ha enviado un documento para revisar y firmar.

REVISAR DOCUMENTO: https://na3.docusign.net/Signing/EmailStart.aspx?a=91fe22

Alberto Mena
albertomena1964@gmail.com
Hola Beatriz, aquí está el contrato definitivo para firmar. ¡Bienvenida a Madrid!
""",
        tz=CET,
    ),
    n(
        "12239",
        "2026-02-20 18:30",
        "Cofidis <noreply@cofidis.pt>",
        "Ainda está a tempo: conclua o seu pedido de crédito",
        "pt",
        """Olá Beatriz,

O seu pedido de Crédito Pessoal ficou por concluir. Falta apenas carregar o comprovativo de
rendimentos. Conclua a sua candidatura em 5 minutos e receba o dinheiro em 48h.

https://www.cofidis.pt/retomar-pedido
""",
    ),
    n(
        "12240",
        "2026-02-22 11:11",
        MAE,
        "a tia Fernanda",
        "pt",
        """Filha, a tia Fernanda foi operada ontem à vesícula e correu tudo bem. Liga-lhe quando
puderes que ela fica contente.

Mãe
""",
    ),
    n(
        "12241",
        "2026-02-24 09:00",
        "Vodafone <info@vodafone.pt>",
        "Beatriz, temos uma oferta especial para si",
        "pt",
        """Mudar de casa? Leve a Vodafone consigo. Oferta de 3 meses de mensalidade na nova morada.
Esta oferta é válida até 31 de março.
""",
    ),
    n(
        "12242",
        "2026-02-26 14:30",
        "Universidade do Porto - FEUP <candidaturas@fe.up.pt>",
        "Resultados da candidatura - Pós-Graduação em Engenharia de Dados",
        "pt",
        """Exma. Senhora Beatriz Lopes Ferraz,

Informamos que a sua candidatura à Pós-Graduação em Engenharia de Dados foi admitida. Para
garantir a vaga, deve efetuar a matrícula até 13 de março.

Serviços Académicos da FEUP
""",
    ),
    n(
        "12243",
        "2026-02-27 08:00",
        "Mudanças Ibéricas <orcamentos@mudancasibericas.example>",
        "Confirmação: recolha amanhã às 8h",
        "pt",
        """Bom dia Beatriz, confirmamos a recolha amanhã, 28/02, às 8h00, na Rua de Cedofeita 211. A
equipa chega num camião de 20 m³. Entrega em Madrid prevista para 2/03 de manhã.
""",
    ),
    n(
        "12244",
        "2026-02-28 21:00",
        DIOGO,
        "boa viagem!!",
        "pt",
        """Boa viagem, Bia. Manda fotos da casa nova. E não te esqueças: o Porto é sempre a tua casa.
""",
    ),
]

MAIL += [
    # --- March, Madrid ------------------------------------------------------------------------
    n(
        "12245",
        "2026-03-02 12:40",
        "Mudanças Ibéricas <orcamentos@mudancasibericas.example>",
        "Fatura FT 2026/311 - mudança Porto/Madrid",
        "pt",
        """Cara Beatriz,

Segue em anexo a fatura da mudança. Obrigado pela preferência e boa estadia em Madrid!
""",
        tz=CET,
        attach=[("FT2026-311.txt", "text/plain", "Fatura FT 2026/311 - 2.029,50 EUR")],
    ),
    n(
        "12246",
        "2026-03-03 09:20",
        "Iberdrola <clientes@iberdrola.es>",
        "Bienvenida a Iberdrola: tu contrato de luz está activo",
        "es",
        """Hola Beatriz,

Tu contrato de suministro eléctrico en C/ Ponzano 41, 3º B, Madrid ya está activo.
Tarifa: Plan Estable. Potencia: 3,45 kW.

Iberdrola Clientes
""",
        tz=CET,
    ),
    n(
        "12247",
        "2026-03-04 18:05",
        "Lola Fernández <lola.fdez.arq@gmail.com>",
        "¡Bienvenida vecina!",
        "es",
        """¡Hola Beatriz! Soy Lola, la del 3º A. Alberto me dio tu correo. Si necesitas cualquier cosa
(taladro, wifi mientras te lo instalan, recomendaciones de bares...) llama a mi puerta.

Este jueves hacemos vermut en la azotea con los del edificio, ¡apúntate!
""",
        tz=CET,
    ),
    n(
        "12248",
        "2026-03-05 10:00",
        "Digi <noreply@digimobil.es>",
        "Instalación de fibra: cita confirmada",
        "es",
        """Hola Beatriz,

Tu cita de instalación de fibra está confirmada para el lunes 9 de marzo entre las 9:00 y las
13:00. Nuestro técnico te llamará 30 minutos antes.
""",
        tz=CET,
    ),
    n(
        "12249",
        "2026-03-06 19:40",
        MAE,
        "Então???",
        "pt",
        """Então, já tens internet? O teu pai quer fazer videochamada para ver a casa. Domingo às 18h?

Beijinhos
""",
        tz=CET,
    ),
    n(
        "12250",
        "2026-03-07 11:20",
        "Banco Sabadell <noreply@bancsabadell.com>",
        "Solicitud de apertura de cuenta recibida",
        "es",
        """Hola Beatriz,

Hemos recibido tu solicitud de apertura de Cuenta Online. Para completarla, necesitamos tu NIE
o el certificado de registro de ciudadano de la UE. Puedes subirlo desde la app cuando lo
tengas.

Banco Sabadell
""",
        tz=CET,
    ),
    n(
        "12251",
        "2026-03-08 08:30",
        "El País <newsletter@elpais.es>",
        "Las claves del día: el paro baja en Madrid y la IA cambia las entrevistas de trabajo",
        "es",
        """Buenos días. Estas son las claves del día:

- El paro registrado baja un 2,1 % en la Comunidad de Madrid
- Así usan las empresas la inteligencia artificial en las entrevistas de trabajo
- Entrevista: la ministra de Vivienda responde sobre el precio del alquiler

Leer más en elpais.com
""",
        tz=CET,
    ),
    n(
        "12252",
        "2026-03-10 11:05",
        "Sede Electrónica - Policía Nacional <no-reply@policia.es>",
        "Certificado de registro expedido",
        "es",
        """Se le informa de que su solicitud de Certificado de Registro de Ciudadano de la Unión ha
sido resuelta favorablemente. NIE asignado: Y-1234567-X (ficticio). Recoja el certificado en la
oficina indicada.
""",
        tz=CET,
    ),
    n(
        "12253",
        "2026-03-11 16:45",
        "Escuela Oficial de Idiomas Madrid-Jesús Maestro <secretaria@eoi-jmaestro.example>",
        "Solicitud de admisión - curso intensivo de español C1",
        "es",
        """Estimada alumna,

Hemos recibido su solicitud de admisión para el curso intensivo de español C1 (abril-junio). La
lista provisional de admitidos se publicará el 20 de marzo en el tablón de anuncios y en la web.

Secretaría EOI Jesús Maestro
""",
        tz=CET,
    ),
    n(
        "12254",
        "2026-03-12 12:30",
        "Amazon.es <confirmar-envio@amazon.es>",
        "Entregado: Lámpara de pie LED y 2 productos más",
        "es",
        """Tu paquete se ha entregado. Lo ha recibido: conserje.

Dirección: C/ Ponzano 41, 3º B, Madrid
""",
        tz=CET,
    ),
    n(
        "12255",
        "2026-03-13 09:00",
        "Backend Weekly <newsletter@backendweekly.example>",
        "Backend Weekly #220: salary bands, and a founder on hiring her first engineer",
        "en",
        """BACKEND WEEKLY #220

- A founder on hiring her first backend engineer (interview)
- Salary bands for backend engineers in Lisbon, Madrid and Berlin
- Who's hiring: 11 new roles

Read online: https://backendweekly.example/issues/220
""",
        tz=CET,
    ),
    n(
        "12256",
        "2026-03-14 20:20",
        MANA,
        "Páscoa",
        "pt",
        """O Afonso e eu compramos bilhetes para 2 a 6 de abril! Podemos ficar no teu sofá? Ele quer
ir ao Bernabéu, claro.
""",
        tz=CET,
    ),
    n(
        "12257",
        "2026-03-16 10:00",
        "Banco Sabadell <noreply@bancsabadell.com>",
        "¡Tu cuenta ya está abierta!",
        "es",
        """Hola Beatriz, tu Cuenta Online ya está activa. Tu tarjeta de débito llegará en 5-7 días
hábiles. IBAN: ES12 0081 **** **** **** 3319.
""",
        tz=CET,
    ),
    n(
        "12258",
        "2026-03-17 19:30",
        "Lola Fernández <lola.fdez.arq@gmail.com>",
        "Re: ¡Bienvenida vecina!",
        "es",
        """¡Qué bien lo pasamos el jueves! Te paso el contacto de la médica de cabecera que te dije y el
del fontanero. Y el grupo de WhatsApp del edificio: te añado yo.
""",
        tz=CET,
        headers=reply("12247", "Lola Fernández <lola.fdez.arq@gmail.com>"),
    ),
    n(
        "12259",
        "2026-03-18 08:15",
        "Sanitas <citas@sanitas.example>",
        "Cita confirmada: medicina general",
        "es",
        """Hola Beatriz,

Tu cita con la Dra. Marta Iglesias (Medicina General) queda confirmada:
Lunes 23 de marzo, 18:20 - Centro Médico Sanitas Chamberí, C/ Santa Engracia 25.

Añádela a tu calendario con el archivo adjunto.
""",
        tz=CET,
        ics={
            "uid": "sanitas-cita-77412@sanitas.example",
            "start": "2026-03-23 18:20:00 +0100",
            "minutes": 20,
            "organizer": ("Sanitas Citas", "citas@sanitas.example"),
            "summary": "Cita Medicina General - Dra. Marta Iglesias",
            "location": "C/ Santa Engracia 25, Madrid",
        },
    ),
    n(
        "12260",
        "2026-03-19 12:00",
        "Seguridad Social <noreply@seg-social.es>",
        "Solicitud de número de afiliación - registro",
        "es",
        """Se ha registrado su solicitud de asignación de número de la Seguridad Social a través de
Import@ss. Número de registro: 2026/0398812. Recibirá la resolución en su carpeta ciudadana.
""",
        tz=CET,
    ),
    n(
        "12261",
        "2026-03-20 17:10",
        "Escuela Oficial de Idiomas Madrid-Jesús Maestro <secretaria@eoi-jmaestro.example>",
        "Lista de admitidos publicada",
        "es",
        """Estimada alumna, ya se ha publicado la lista provisional de admitidos. Su solicitud figura
como ADMITIDA en el grupo C1-INT-03 (lunes y miércoles, 19:00-21:00).
""",
        tz=CET,
    ),
    n(
        "12262",
        "2026-03-22 10:30",
        "Glovo <no-reply@glovoapp.com>",
        "Tu pedido de La Tagliatella",
        "es",
        """¡Gracias por tu pedido! Total: 24,80 €. Repartidor: Jhon. Valora tu experiencia en la app.
""",
        tz=CET,
    ),
    n(
        "12263",
        "2026-03-24 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Marta Quintela and 14 others reacted to your post",
        "en",
        """Marta Quintela and 14 others reacted to your post: "Porto -> Madrid. New city, same coffee
addiction. ☕"

See all reactions: https://www.linkedin.com/feed/
""",
        tz=CET,
    ),
    n(
        "12264",
        "2026-03-26 21:00",
        "Netflix <info@mailer.netflix.com>",
        "Actualización de tu plan",
        "es",
        """Hola Beatriz,

El precio de tu plan Estándar pasará a ser de 13,99 €/mes a partir del 26 de abril.
""",
        tz=CET,
    ),
    n(
        "12265",
        "2026-03-28 11:45",
        "U.S. Customs and Border Protection <noreply@esta.cbp.dhs.gov>",
        "ESTA Application - Authorization Approved",
        "en",
        """Your ESTA application has been reviewed and your authorization was approved.

Application Number: 2M7K4Q0ZR1A9XX
Authorization expires: 28 March 2028

Please keep this application number for your records.
""",
        tz=EDT,
    ),
    n(
        "12266",
        "2026-03-29 19:00",
        "PyCon Portugal <program@pycon.pt>",
        "Speaker dinner and travel support",
        "en",
        """Hi speakers,

A quick note on the speaker dinner (19 September, Porto) and travel support: if you asked for
help with your flights, please send your receipts by 1 August.

The PyCon Portugal team
""",
        tz=WEST,
    ),
    # --- April --------------------------------------------------------------------------------
    n(
        "12267",
        "2026-04-01 08:00",
        "Iberdrola <clientes@iberdrola.es>",
        "Tu factura de luz de marzo",
        "es",
        """Importe: 38,42 €. Se cargará en tu cuenta el 8 de abril. Consumo: 142 kWh.
""",
        tz=CEST,
    ),
    n(
        "12268",
        "2026-04-02 13:00",
        MANA,
        "Re: Páscoa",
        "pt",
        """Aterrámos! Estamos na fila do táxi. Até já ❤️
""",
        tz=CEST,
        headers=reply("12256", MANA),
    ),
    n(
        "12269",
        "2026-04-03 10:20",
        "Real Madrid <tickets@realmadrid.example>",
        "Tus entradas - Real Madrid vs. Sevilla",
        "es",
        """Entradas: 2  |  Sector: Lateral Este, Fila 22  |  Sábado 4 de abril, 21:00
Presenta el QR desde la app en el acceso.
""",
        tz=CEST,
    ),
    n(
        "12270",
        "2026-04-06 17:40",
        "Revolut <no-reply@revolut.com>",
        "Your Revolut Metal offer",
        "en",
        """Beatriz, upgrade to Metal today and get 3 months free. This offer ends on 15 April.
Terms apply.
""",
        tz=CEST,
    ),
    n(
        "12271",
        "2026-04-08 09:10",
        "BBVA <bbva@comunicaciones.bbva.es>",
        "Tu solicitud de tarjeta de crédito",
        "es",
        """Hola Beatriz,

Hemos recibido tu solicitud de Tarjeta Aqua. Tras analizarla, lamentamos comunicarte que en
este momento no podemos concederla, ya que no tienes historial crediticio en España ni
ingresos domiciliados.

Puedes volver a solicitarla dentro de 3 meses.

BBVA
""",
        tz=CEST,
    ),
    n(
        "12272",
        "2026-04-09 20:15",
        "Diogo Marinho <diogo.marinho.pt@gmail.com>",
        "Lisboa em maio?",
        "pt",
        """Vou a Lisboa no fim de semana de 16 de maio para o casamento do Zé. Se vieres também
apanhamos boleia juntos do Porto? Ou já és madrilena demais? 😛
""",
        tz=WEST,
    ),
    n(
        "12273",
        "2026-04-11 10:00",
        "Código Aberto Podcast <ola@codigoaberto.example>",
        "O teu episódio já saiu! 🎙️",
        "pt",
        """Olá Beatriz,

O episódio #58 — "Exatamente uma vez é mentira", a nossa entrevista contigo — já está no ar
em todas as plataformas. Obrigado mais uma vez!

https://codigoaberto.example/58
""",
        tz=WEST,
    ),
    n(
        "12274",
        "2026-04-13 18:00",
        "Escuela Oficial de Idiomas Madrid-Jesús Maestro <secretaria@eoi-jmaestro.example>",
        "Inicio de curso y material",
        "es",
        """Estimados alumnos del grupo C1-INT-03: el curso comienza el lunes 20 de abril. Traed el libro
"Abanico C1" y un cuaderno.
""",
        tz=CEST,
    ),
    n(
        "12275",
        "2026-04-15 12:30",
        "Ayuntamiento de Madrid <noreply@madrid.es>",
        "Cita previa: Empadronamiento - Línea Madrid Chamberí",
        "es",
        """Su cita ha sido reservada.

Servicio: Padrón - alta por cambio de residencia
Oficina: Línea Madrid Chamberí, C/ Rafael Calvo 1
Fecha: 22/04/2026  Hora: 08:45
Localizador: MAD-9921-4471
""",
        tz=CEST,
        ics={
            "uid": "mad-9921-4471@madrid.es",
            "start": "2026-04-22 08:45:00 +0200",
            "minutes": 15,
            "organizer": ("Ayuntamiento de Madrid", "noreply@madrid.es"),
            "summary": "Cita previa - Padrón (alta)",
            "location": "Línea Madrid Chamberí, C/ Rafael Calvo 1",
        },
    ),
    n(
        "12276",
        "2026-04-17 09:30",
        "Universidade do Porto - FEUP <candidaturas@fe.up.pt>",
        "Matrícula não efetuada - desistência",
        "pt",
        """Exma. Senhora,

Informamos que, não tendo sido efetuada a matrícula no prazo, a sua vaga na Pós-Graduação em
Engenharia de Dados foi atribuída ao candidato seguinte. Obrigado pelo seu interesse.
""",
        tz=WEST,
    ),
    n(
        "12277",
        "2026-04-19 21:10",
        MAE,
        "o teu aniversário",
        "pt",
        """Filha, para o teu aniversário o que queres? O teu pai diz que uma cafeteira italiana porque
"os espanhóis não sabem fazer café". Não lhe ligues.

Beijinhos
""",
        tz=WEST,
    ),
    n(
        "12278",
        "2026-04-21 08:20",
        "Renfe <venta@renfe.es>",
        "Confirmación de compra - Madrid a Valencia",
        "es",
        """Localizador: Y4PQ8T
Madrid Pta. Atocha - Valencia Joaquín Sorolla
Sábado 9 mayo, 09:40 - 11:32
Coche 6, plaza 9B
""",
        tz=CEST,
    ),
    n(
        "12279",
        "2026-04-23 14:00",
        "Mentoria Tech PT <mentoria@mentoriatech.example>",
        "Candidatura a mentora aceite!",
        "pt",
        """Olá Beatriz,

Temos o prazer de informar que a tua candidatura a mentora voluntária no programa Mentoria
Tech PT (edição primavera) foi aceite! Vais acompanhar duas pessoas em reconversão para
backend durante 10 semanas.

A sessão de boas-vindas é dia 30 de abril às 19h (Lisboa).
""",
        tz=WEST,
    ),
    n(
        "12280",
        "2026-04-25 11:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Joana Rebelo viewed your profile",
        "en",
        """Joana Rebelo, Talent Partner at Lumen Pagamentos, viewed your profile.

See who's viewed your profile: https://www.linkedin.com/me/profile-views/
""",
        tz=CEST,
    ),
    n(
        "12281",
        "2026-04-27 19:45",
        "Lola Fernández <lola.fdez.arq@gmail.com>",
        "¡Feliz cumple!",
        "es",
        """¡Feliz cumpleaños, vecina! 🎉 Te he dejado una tarta de queso en el felpudo. Esta noche
cañas en el Ponzano, ¿no?
""",
        tz=CEST,
    ),
    n(
        "12282",
        "2026-04-29 10:00",
        "Booking.com <email.campaign@sg.booking.com>",
        "Beatriz, tu oferta de fin de semana te espera",
        "es",
        """Ofertas de fin de semana: hasta un 25 % de descuento en Valencia, Sevilla y Lisboa.
Reserva antes del domingo.
""",
        tz=CEST,
    ),
    n(
        "12283",
        "2026-04-30 08:00",
        "Backend Weekly <newsletter@backendweekly.example>",
        "Backend Weekly #227: the take-home test debate",
        "en",
        """BACKEND WEEKLY #227

- Take-home tests: fair or free labour? 300 engineers answer our survey
- An interview with the maintainers of Litestar
- Jobs board: 17 new remote roles

Read online: https://backendweekly.example/issues/227
""",
        tz=CEST,
    ),
]

MAIL += [
    # --- May to July --------------------------------------------------------------------------
    n(
        "12284",
        "2026-05-02 10:00",
        "Iberdrola <clientes@iberdrola.es>",
        "Tu factura de luz de abril",
        "es",
        """Importe: 31,07 €. Se cargará en tu cuenta el 9 de mayo.
""",
        tz=CEST,
    ),
    n(
        "12285",
        "2026-05-03 19:30",
        MAE,
        "Re: o teu aniversário",
        "pt",
        """Então, já tens contrato! O teu pai abriu um espumante. Estamos tão orgulhosos de ti, filha.
Diz quando começas para te ligarmos no primeiro dia.

Beijinhos
""",
        tz=WEST,
        headers=reply("12277", MAE),
    ),
    n(
        "12286",
        "2026-05-04 12:00",
        "Docusign <dse@docusign.net>",
        "Completado: Contrato de arrendamiento Ponzano 41 - anexo garaje",
        "es",
        """Todas las partes han completado "Contrato de arrendamiento Ponzano 41 - anexo garaje".

VER DOCUMENTO COMPLETADO: https://na3.docusign.net/Signing/EmailStart.aspx?a=b1c922

Alberto Mena
""",
        tz=CEST,
    ),
    n(
        "12287",
        "2026-05-05 09:00",
        "BBVA <bbva@comunicaciones.bbva.es>",
        "Tu solicitud de préstamo coche: simulación",
        "es",
        """Hola Beatriz, esta es la simulación que solicitaste: 12.000 € a 60 meses, cuota 232,10 €,
TIN 6,45 %. Para tramitar la solicitud necesitarás tu contrato de trabajo y las dos últimas
nóminas.
""",
        tz=CEST,
    ),
    n(
        "12288",
        "2026-05-06 16:30",
        "Lola Fernández <lola.fdez.arq@gmail.com>",
        "¿Planta?",
        "es",
        """Me voy 10 días a Asturias. ¿Me riegas el potus? Te dejo la llave en tu buzón. ¡Te debo una!
""",
        tz=CEST,
    ),
    n(
        "12289",
        "2026-05-07 08:00",
        "Backend Weekly <newsletter@backendweekly.example>",
        "Backend Weekly #228: offers, counter-offers and exploding deadlines",
        "en",
        """BACKEND WEEKLY #228

- Offers, counter-offers and exploding deadlines: a recruiter explains
- Interview: how Tessela Robotics runs Postgres on the factory floor
- Who's hiring: 12 new roles

Read online: https://backendweekly.example/issues/228
""",
        tz=CEST,
    ),
    n(
        "12290",
        "2026-05-08 14:20",
        "Seguridad Social <noreply@seg-social.es>",
        "Resolución: número de afiliación asignado",
        "es",
        """Su solicitud ha sido resuelta. Número de la Seguridad Social: 28/1234567/89 (ficticio).
Puede descargar la resolución desde su carpeta ciudadana.
""",
        tz=CEST,
    ),
    n(
        "12291",
        "2026-05-10 18:00",
        DIOGO,
        "Re: Lisboa em maio?",
        "pt",
        """Pena não vires ao casamento! Vamos ter saudades. Manda um vídeo para os noivos que eu
passo no telemóvel.
""",
        tz=WEST,
        headers=reply("12272", DIOGO),
    ),
    n(
        "12292",
        "2026-05-12 11:11",
        "Amazon.es <confirmar-envio@amazon.es>",
        'Tu pedido: Monitor 27" y soporte',
        "es",
        """Hemos recibido tu pedido 408-2213456. Llegada estimada: jueves 14 de mayo.
""",
        tz=CEST,
    ),
    n(
        "12293",
        "2026-05-14 09:30",
        "Mentoria Tech PT <mentoria@mentoriatech.example>",
        "Sessão 3: entrevistas simuladas",
        "pt",
        """Olá mentoras e mentores,

Esta semana as sessões são dedicadas a entrevistas simuladas com as vossas mentorandas.
Deixamos um guião de perguntas técnicas e comportamentais em anexo.
""",
        tz=WEST,
        attach=[
            (
                "guiao_entrevistas_simuladas.txt",
                "text/plain",
                "Guião: 1) Fala-me de um projeto... 2) Desenha um encurtador de URLs...",
            )
        ],
    ),
    n(
        "12294",
        "2026-05-16 20:40",
        MANA,
        "fotos da Páscoa",
        "pt",
        """Finalmente passei as fotos: https://photos.app.goo.gl/r8Kx2 . O Afonso ainda fala do
Bernabéu todos os dias.
""",
        tz=WEST,
    ),
    n(
        "12295",
        "2026-05-18 10:00",
        "Sanitas <citas@sanitas.example>",
        "Recordatorio: cita mañana 9:10 - Dermatología",
        "es",
        """Te recordamos tu cita de Dermatología con el Dr. Pablo Serrano mañana, 19 de mayo, a las
9:10 en Centro Médico Sanitas Chamberí.
""",
        tz=CEST,
        ics={
            "uid": "sanitas-cita-80133@sanitas.example",
            "start": "2026-05-19 09:10:00 +0200",
            "minutes": 20,
            "organizer": ("Sanitas Citas", "citas@sanitas.example"),
            "summary": "Cita Dermatología - Dr. Pablo Serrano",
            "location": "C/ Santa Engracia 25, Madrid",
        },
    ),
    n(
        "12296",
        "2026-05-20 13:00",
        "Vinted <no-reply@vinted.es>",
        "Has recibido una oferta por tu artículo",
        "es",
        """¡Hola Beatriz! Un miembro te ha hecho una oferta de 25 € por "Bicicleta estática plegable".
Acéptala o haz una contraoferta en la app.
""",
        tz=CEST,
    ),
    n(
        "12297",
        "2026-05-22 17:45",
        "TAP Air Portugal <noreply@flytap.com>",
        "A sua reserva: MAD - OPO",
        "pt",
        """Código de reserva: 7XKQ2M
TP1015  Madrid (MAD) -> Porto (OPO)  Sex 26 jun 2026  19:55 - 20:15
""",
        tz=CEST,
    ),
    n(
        "12298",
        "2026-05-25 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "47 people reacted to your update about your new job",
        "en",
        """47 people reacted to your update: "Starting a new position as Backend Engineer at Tramontana
Software".

See all: https://www.linkedin.com/feed/
""",
        tz=CEST,
    ),
    n(
        "12299",
        "2026-05-27 19:10",
        "Lola Fernández <lola.fdez.arq@gmail.com>",
        "Re: ¿Planta?",
        "es",
        """¡El potus está más verde que nunca! Gracias, te traje fabada y sidra de Asturias.
""",
        tz=CEST,
        headers=reply("12288", "Lola Fernández <lola.fdez.arq@gmail.com>"),
    ),
    n(
        "12300",
        "2026-05-29 10:30",
        "Escuela Oficial de Idiomas Madrid-Jesús Maestro <secretaria@eoi-jmaestro.example>",
        "Calendario de exámenes de certificación",
        "es",
        """Los exámenes de certificación C1 serán el 10 y 11 de junio. Consulte su aula y hora en la
secretaría virtual.
""",
        tz=CEST,
    ),
    n(
        "12301",
        "2026-06-01 07:30",
        MAE,
        "Primeiro dia!",
        "pt",
        """Bom primeiro dia, filha!!! Vais arrasar. Liga logo à noite.

Mãe e pai
""",
        tz=WEST,
    ),
    n(
        "12302",
        "2026-06-03 08:00",
        "Iberdrola <clientes@iberdrola.es>",
        "Tu factura de luz de mayo",
        "es",
        """Importe: 27,90 €. Se cargará en tu cuenta el 10 de junio.
""",
        tz=CEST,
    ),
    n(
        "12303",
        "2026-06-05 12:40",
        "Revolut <no-reply@revolut.com>",
        "You received 120 € from Leonor Ferraz",
        "en",
        """Leonor Ferraz sent you 120 €. Note: "bilhete do concerto"
""",
        tz=CEST,
    ),
    n(
        "12304",
        "2026-06-08 18:00",
        "Meetup <info@meetup.com>",
        "Python Madrid: Junio - charlas y cañas",
        "es",
        """Nuevo evento en Python Madrid:

Charlas de junio: "Django asíncrono en producción" y "Entrevista a los organizadores de PyConES"
Jueves 18 de junio, 19:00 - Campus Madrid

Apúntate: https://www.meetup.com/python-madrid/events/305512
""",
        tz=CEST,
    ),
    n(
        "12305",
        "2026-06-10 09:15",
        "Hacienda - Agencia Tributaria <notificaciones@agenciatributaria.es>",
        "Aviso de notificación en su Dirección Electrónica Habilitada",
        "es",
        """Tiene una nueva notificación en su Dirección Electrónica Habilitada única (DEHú).
Emisor: Agencia Tributaria. Asunto: Comunicación sobre residencia fiscal 2026.
""",
        tz=CEST,
    ),
    n(
        "12306",
        "2026-06-12 16:00",
        "Escuela Oficial de Idiomas Madrid-Jesús Maestro <secretaria@eoi-jmaestro.example>",
        "Calificaciones provisionales",
        "es",
        """Ya puede consultar sus calificaciones provisionales del examen de certificación C1 en la
secretaría virtual. Resultado: APTO.
""",
        tz=CEST,
    ),
    n(
        "12307",
        "2026-06-15 20:30",
        DIOGO,
        "São João!!",
        "pt",
        """Bia, vens ao São João? Dia 23 à noite, martelinhos, sardinhas, o costume. Já tens o voo?
""",
        tz=WEST,
    ),
    n(
        "12308",
        "2026-06-17 10:10",
        "Idealista <noreply@idealista.com>",
        "¿Cuánto vale tu casa? Oferta de valoración gratuita",
        "es",
        """Descubre cuánto vale tu vivienda con nuestra valoración gratuita. Oferta válida para nuevos
propietarios. (Estás recibiendo este email porque tienes una cuenta en idealista.)
""",
        tz=CEST,
    ),
    n(
        "12309",
        "2026-06-19 14:00",
        "Airbnb <automated@airbnb.com>",
        "Solicitud de reserva enviada - Sintra",
        "es",
        """Has enviado una solicitud de reserva a Manuela para "Casa com jardim em Sintra" (3-5 jul).
El anfitrión tiene 24 horas para responder a tu solicitud.
""",
        tz=CEST,
    ),
    n(
        "12310",
        "2026-06-20 09:00",
        "Airbnb <automated@airbnb.com>",
        "Solicitud de reserva aceptada",
        "es",
        """¡Buenas noticias! Manuela ha aceptado tu solicitud. Tu reserva en Sintra (3-5 jul) está
confirmada. Código: HMQ2P8ZR.
""",
        tz=CEST,
    ),
    n(
        "12311",
        "2026-06-22 19:00",
        "Tramontana Social Club <social@tramontana.example>",
        "Viernes: paella de verano 🥘",
        "es",
        """¡Hola equipo! Este viernes celebramos la paella de verano en la terraza a las 14:00.
Apuntaos en el hilo de #madrid-office para que Luisa calcule las raciones.
""",
        tz=CEST,
    ),
    n(
        "12312",
        "2026-06-24 11:00",
        "Mentoria Tech PT <mentoria@mentoriatech.example>",
        "Obrigado, mentora! Certificado em anexo",
        "pt",
        """Olá Beatriz, a edição de primavera terminou. Uma das tuas mentorandas já conseguiu o primeiro
emprego como backend developer! Segue o teu certificado de participação.
""",
        tz=WEST,
        attach=[
            (
                "certificado_mentora.txt",
                "text/plain",
                "Certificado de participação - Beatriz Lopes Ferraz",
            )
        ],
    ),
    n(
        "12313",
        "2026-06-28 10:00",
        "Backend Weekly <newsletter@backendweekly.example>",
        "Backend Weekly #235: your first 90 days in a new job",
        "en",
        """BACKEND WEEKLY #235

- Your first 90 days in a new backend job
- Interview: the team behind a Spanish instant payments network
- Jobs board: 10 new roles

Read online: https://backendweekly.example/issues/235
""",
        tz=CEST,
    ),
    n(
        "12314",
        "2026-07-01 09:00",
        "Banco Sabadell <noreply@bancsabadell.com>",
        "Hemos recibido tu nómina",
        "es",
        """Hola Beatriz, hemos recibido un ingreso de nómina en tu Cuenta Online:
TRAMONTANA SOFTWARE SL - 3.412,55 €.
""",
        tz=CEST,
    ),
    n(
        "12315",
        "2026-07-03 13:30",
        "BBVA <bbva@comunicaciones.bbva.es>",
        "Ahora sí: tu tarjeta preconcedida",
        "es",
        """Hola Beatriz, ya tienes una tarjeta de crédito preconcedida con un límite de 3.000 €.
Solicítala en 2 minutos desde la app. Oferta válida hasta el 31 de julio.
""",
        tz=CEST,
    ),
    n(
        "12316",
        "2026-07-06 21:00",
        MANA,
        "Re: fotos da Páscoa",
        "pt",
        """Fotos de Sintra também!! Que inveja. Para o ano vamos todos.
""",
        tz=WEST,
        headers=reply("12294", MANA),
    ),
    n(
        "12317",
        "2026-07-09 08:30",
        "PyCon Portugal <program@pycon.pt>",
        "Schedule published - your talk is on Saturday",
        "en",
        """Hi Beatriz,

The schedule is live! Your talk "Exactly once is a lie" is on Saturday 19 September at 11:30
in Room A. Slides due 10 September.
""",
        tz=WEST,
    ),
    n(
        "12318",
        "2026-07-12 12:00",
        "Lola Fernández <lola.fdez.arq@gmail.com>",
        "Agosto",
        "es",
        """¿Te quedas en Madrid en agosto? Yo me voy a Gijón todo el mes, si quieres venir unos días
hay sitio en casa de mis padres.
""",
        tz=CEST,
    ),
    n(
        "12319",
        "2026-07-15 10:20",
        "Glovo <no-reply@glovoapp.com>",
        "Tu pedido de Honest Greens",
        "es",
        """¡Gracias por tu pedido! Total: 16,40 €.
""",
        tz=CEST,
    ),
    n(
        "12320",
        "2026-07-18 18:00",
        MAE,
        "Natal",
        "pt",
        """Já sei que é cedo, mas o teu pai quer saber se este ano vens de carro ou de avião no Natal.
Eu disse-lhe que estamos em julho. 🙄

Beijinhos
""",
        tz=WEST,
    ),
]

CAMILA = "Camila Duarte <camiladuarte.sp@gmail.com>"

MAIL += [
    n(
        "12321",
        "2026-01-04 16:00",
        "Uber Receipts <noreply@uber.com>",
        "A sua viagem de domingo à tarde com a Uber",
        "pt",
        """Obrigado por viajar, Beatriz. Total: 7,82 €. Trindade -> Foz do Douro, 6,1 km.
""",
    ),
    n(
        "12322",
        "2026-01-06 12:30",
        CAMILA,
        "saudade!",
        "pt",
        """Oi Bia!! Quanto tempo! Vi no Insta que você vai morar em Madri, que demais! Eu e o Rafa
vamos pra Europa em maio, vai dar pra gente se ver? Me conta tudo!!

Beijão, Cami
""",
        tz=BRT,
    ),
    n(
        "12323",
        "2026-01-09 07:55",
        "Portal das Finanças <notificacoes@at.gov.pt>",
        "Nova mensagem na sua caixa postal eletrónica",
        "pt",
        """Tem uma nova mensagem na sua caixa postal eletrónica do Portal das Finanças. Assunto:
Nota de cobrança - IUC 2026.
""",
    ),
    n(
        "12324",
        "2026-01-11 18:30",
        "Fitness Hut <ola@fitnesshut.example>",
        "Pedido de cancelamento recebido",
        "pt",
        """Olá Beatriz, recebemos o teu pedido de cancelamento da adesão. O último débito será a
1 de março. Tens pena? Temos uma oferta de 2 meses grátis se ficares connosco.
""",
    ),
    n(
        "12325",
        "2026-01-14 10:05",
        "Google <no-reply@accounts.google.com>",
        "Alerta de segurança",
        "pt",
        """Novo início de sessão na sua Conta Google (beatriz.lferraz@gmail.com) num dispositivo
Windows. Se foi você, não precisa de fazer nada.
""",
    ),
    n(
        "12326",
        "2026-01-17 09:00",
        "Público <newsletter@publico.pt>",
        "Manhã P: desemprego jovem sobe, e a entrevista ao ministro da Economia",
        "pt",
        """Bom dia. Hoje no PÚBLICO:
- Desemprego jovem sobe pelo terceiro mês consecutivo
- Entrevista: o ministro da Economia sobre salários e a fuga de talento para Espanha
- Porto: metro até Gondomar abre em setembro
""",
    ),
    n(
        "12327",
        "2026-01-20 20:20",
        "Condomínio Cedofeita 211 <admin.cedofeita211@gmail.com>",
        "Assembleia de condóminos - convocatória",
        "pt",
        """Exmos. Condóminos,

Convocam-se para a assembleia ordinária no dia 5 de fevereiro às 21h, na garagem. Ordem de
trabalhos: contas de 2025, obras na cobertura, elevador.

A administração
""",
    ),
    n(
        "12328",
        "2026-01-23 13:00",
        "AWS Billing <no-reply-aws@amazon.com>",
        "Amazon Web Services Billing Statement Available",
        "en",
        """Greetings from Amazon Web Services,

Your AWS statement for the billing period December 1 - December 31, 2025 is available.
Total: USD 4.17
""",
    ),
    n(
        "12329",
        "2026-01-26 08:45",
        "MB WAY <mbway@sibs.pt>",
        "Recebeu 23,50 € de Diogo Marinho",
        "pt",
        """Diogo Marinho enviou-lhe 23,50 €. Mensagem: "jantar cufra"
""",
    ),
    n(
        "12330",
        "2026-01-28 11:00",
        "Hospital da Luz Arrábida <marcacoes@hospitaldaluz.example>",
        "Confirmação de consulta - Oftalmologia",
        "pt",
        """Exma. Senhora Beatriz Lopes Ferraz,

Confirmamos a sua consulta de Oftalmologia a 10/02/2026 às 14:40 com o Dr. Henrique Matos.
Traga o cartão de cidadão e os óculos que usa.
""",
        ics={
            "uid": "hla-oft-20260210-1440@hospitaldaluz.example",
            "start": "2026-02-10 14:40:00 +0000",
            "minutes": 30,
            "organizer": ("Hospital da Luz Arrábida", "marcacoes@hospitaldaluz.example"),
            "summary": "Consulta de Oftalmologia - Dr. Henrique Matos",
            "location": "Hospital da Luz Arrábida, V. N. de Gaia",
        },
    ),
    n(
        "12331",
        "2026-02-01 10:10",
        "Duolingo <hello@duolingo.com>",
        "¡Tu racha de 30 días te espera!",
        "es",
        """¡Hola Beatriz! No pierdas tu racha de 30 días de español. 5 minutos bastan.
""",
        tz=CET,
    ),
    n(
        "12332",
        "2026-02-03 19:00",
        CAMILA,
        "Re: saudade!",
        "pt",
        """Aeee, então fechou! A gente chega em Madri dia 14 de maio e fica 4 dias. Você indica um
hotel perto da sua casa? E me fala dos restaurantes, o Rafa quer comer jamón todo dia kkkk
""",
        tz=BRT,
        headers=reply("12322", CAMILA),
    ),
    n(
        "12333",
        "2026-02-08 15:30",
        "Idealista <noreply@idealista.com>",
        "El anunciante ha elegido a otro inquilino",
        "es",
        """Hola Beatriz,

Lamentamos comunicarte que el anunciante del ático en Calle de Santa Engracia ha alquilado la
vivienda a otra persona. ¡No te desanimes! Hay 14 pisos nuevos en tu zona de búsqueda.

idealista
""",
        tz=CET,
    ),
    n(
        "12334",
        "2026-02-10 09:00",
        "Coursera <no-reply@coursera.org>",
        "Your Financial Aid application has been approved",
        "en",
        """Hi Beatriz,

Good news! Your Financial Aid application for "Cloud Computing Concepts" has been approved.
You now have full access to the course, including graded assignments and the certificate.
""",
    ),
    n(
        "12335",
        "2026-02-12 12:00",
        "Uber Receipts <noreply@uber.com>",
        "A sua viagem de quinta-feira de manhã com a Uber",
        "pt",
        """Obrigado por viajar, Beatriz. Total: 14,20 €. Cedofeita -> Aeroporto Francisco Sá Carneiro.
""",
    ),
    n(
        "12336",
        "2026-02-14 20:00",
        "Alberto Mena <albertomena1964@gmail.com>",
        "Gracias por venir",
        "es",
        """Hola Beatriz, encantado de conocerte hoy. Cualquier duda sobre el piso, me dices. La
caldera es nueva y el casero de abajo (mi primo) tiene llaves de repuesto.
""",
        tz=CET,
    ),
    n(
        "12337",
        "2026-02-18 08:00",
        "Millennium bcp <millenniumbcp@millenniumbcp.pt>",
        "Garantia bancária aprovada",
        "pt",
        """Cara Cliente, informamos que o seu pedido de garantia bancária (2.500,00 EUR) foi aprovado.
O documento foi enviado para o beneficiário.
""",
    ),
    n(
        "12338",
        "2026-02-21 11:30",
        "Wallapop <noreply@wallapop.com>",
        'Tienes un mensaje nuevo sobre "Sofá cama 2 plazas"',
        "es",
        """Marisa: "¡Hola! ¿Sigue disponible? Puedo recogerlo el 3 de marzo en Chamberí."
""",
        tz=CET,
    ),
    n(
        "12339",
        "2026-02-25 17:30",
        "Revolut Research <research@revolut.com>",
        "Share your thoughts: 30-min interview, €40 voucher",
        "en",
        """Hi Beatriz,

We're talking to customers who recently moved country to learn how we can make relocating
easier. Would you join a 30-minute video interview with our research team? As a thank-you
you'll get a €40 voucher.

Pick a slot: https://calendly.com/revolut-research/relocation
""",
    ),
    n(
        "12340",
        "2026-03-01 10:00",
        "Correos <notificaciones@correos.es>",
        "Tu envío PQ4F2B0712345 está en camino",
        "es",
        """Tu envío procedente de Portugal está en reparto. Entrega prevista hoy.
""",
        tz=CET,
    ),
    n(
        "12341",
        "2026-03-03 12:15",
        "IKEA <noreply@ikea.es>",
        "Tu pedido se entregará el 6 de marzo entre las 8:00 y las 14:00",
        "es",
        """Pedido 1190233471: cama MALM 160x200, colchón VESTMARKA, 2 mesillas. Recibirás un SMS el día
de la entrega.
""",
        tz=CET,
    ),
    n(
        "12342",
        "2026-03-06 09:20",
        "Consorcio Regional de Transportes <noreply@crtm.es>",
        "Solicitud de Tarjeta Transporte Público recibida",
        "es",
        """Hemos recibido su solicitud de Tarjeta Transporte Público personal. Número de solicitud:
TTP-26-0931884. La tarjeta estará disponible en 10 días hábiles en la oficina elegida.
""",
        tz=CET,
    ),
    n(
        "12343",
        "2026-03-09 14:30",
        "Digi <noreply@digimobil.es>",
        "¡Tu fibra ya está activa!",
        "es",
        """¡Bienvenida a Digi! Tu fibra 1Gb ya funciona. Primera factura: 20 €.
""",
        tz=CET,
    ),
    n(
        "12344",
        "2026-03-12 20:00",
        "Lola Fernández <lola.fdez.arq@gmail.com>",
        "Invitación: Vermut azotea @ jue 12 mar 2026 20:30",
        "es",
        """Lola Fernández te ha invitado a este evento. Vermut azotea Ponzano 41. ¡Trae algo de picar!
""",
        tz=CET,
        ics={
            "uid": "1v7q8b0oazotea@google.com",
            "start": "2026-03-12 20:30:00 +0100",
            "minutes": 150,
            "organizer": ("Lola Fernández", "lola.fdez.arq@gmail.com"),
            "summary": "Vermut azotea",
            "location": "Azotea, C/ Ponzano 41",
        },
    ),
    n(
        "12345",
        "2026-03-15 10:45",
        "Mapfre <clientes@mapfre.example>",
        "Tu solicitud de seguro de hogar",
        "es",
        """Hola Beatriz,

Hemos recibido tu solicitud de Seguro de Hogar para inquilinos (C/ Ponzano 41). Prima anual:
96,40 €. En 24 horas recibirás la póliza para firmar.
""",
        tz=CET,
    ),
    n(
        "12346",
        "2026-03-21 18:00",
        "Basic-Fit <info@basic-fit.com>",
        "¡Bienvenida a Basic-Fit, Beatriz!",
        "es",
        """Tu inscripción en Basic-Fit Madrid Cuatro Caminos está confirmada. Descarga la app para
reservar clases.
""",
        tz=CET,
    ),
    n(
        "12347",
        "2026-03-25 11:20",
        "El Confidencial <redaccion@elconfidencial.example>",
        "Petición de entrevista - mujeres en ingeniería",
        "es",
        """Hola Beatriz,

Soy Irene Soto, periodista de la sección de Tecnología. Estoy preparando un reportaje sobre
ingenieras portuguesas que se mudan a Madrid y me gustaría entrevistarte 20 minutos por
teléfono esta semana. ¿Te animarías?

Irene Soto
""",
        tz=CET,
    ),
    n(
        "12348",
        "2026-03-27 09:40",
        "Wallapop <noreply@wallapop.com>",
        'Has vendido "Sofá cama 2 plazas"',
        "es",
        """¡Enhorabuena! Venta completada. Recibirás 85,00 € en tu monedero.
""",
        tz=CET,
    ),
    n(
        "12349",
        "2026-03-31 19:30",
        CAMILA,
        "hotel",
        "pt",
        """Bia, reservamos aquele hotel na Calle Fuencarral que você falou! Obrigada!! Falta pouco 😍
""",
        tz=BRT,
    ),
    n(
        "12350",
        "2026-04-04 08:30",
        "Cabify <no-reply@cabify.com>",
        "Tu viaje con Cabify",
        "es",
        """Viaje Ponzano 41 -> Estadio Santiago Bernabéu. Total: 9,35 €.
""",
        tz=CEST,
    ),
    n(
        "12351",
        "2026-04-07 16:00",
        "Banco de Alimentos de Madrid <voluntariado@bamadrid.example>",
        "Hemos recibido tu solicitud de voluntariado",
        "es",
        """Gracias por querer colaborar con el Banco de Alimentos de Madrid. Hemos recibido tu solicitud
para la Gran Recogida de mayo. Te escribiremos para asignarte un turno y un supermercado.
""",
        tz=CEST,
    ),
    n(
        "12352",
        "2026-04-10 10:30",
        "Mapfre <clientes@mapfre.example>",
        "Tu póliza de hogar está lista para firmar",
        "es",
        """Firma tu póliza antes del 17 de abril: https://firma.mapfre.example/p/8841
""",
        tz=CEST,
    ),
    n(
        "12353",
        "2026-04-14 21:30",
        "Apple <no_reply@email.apple.com>",
        "Tu recibo de Apple",
        "es",
        """iCloud+ 50 GB - 0,99 €. Fecha: 14 abr 2026.
""",
        tz=CEST,
    ),
    n(
        "12354",
        "2026-04-18 09:00",
        "Hacker Digest <digest@hackerdigest.example>",
        "Top stories: Ask HN: Who is hiring? (April 2026)",
        "en",
        """Your daily digest

1. Ask HN: Who is hiring? (April 2026) - 812 comments
2. Postgres 18 released
3. Show HN: I built a queue on top of SQLite
4. The interview process at a 10-person startup

Unsubscribe: https://hackerdigest.example/u
""",
        tz=CEST,
    ),
    n(
        "12355",
        "2026-04-20 12:00",
        "HR Brew Webinars <webinars@hrbrew.example>",
        "Webinar: Entrevistas por competencias que funcionan",
        "es",
        """Te esperamos el jueves 23 de abril a las 17:00 (CEST) en nuestro webinar gratuito para
equipos de RRHH: "Entrevistas por competencias que funcionan". Añade el evento a tu calendario.
""",
        tz=CEST,
        ics={
            "uid": "hrbrew-web-0423@hrbrew.example",
            "start": "2026-04-23 17:00:00 +0200",
            "minutes": 45,
            "organizer": ("HR Brew Webinars", "webinars@hrbrew.example"),
            "summary": "Webinar: Entrevistas por competencias que funcionan",
            "location": "https://hrbrew.example/live",
        },
    ),
    n(
        "12356",
        "2026-04-24 08:00",
        "Consorcio Regional de Transportes <noreply@crtm.es>",
        "Tu abono transporte ha sido recargado",
        "es",
        """Recarga de Abono 30 días Zona A: 8,00 € (tarifa joven). Válido hasta 23/05/2026.
""",
        tz=CEST,
    ),
    n(
        "12357",
        "2026-04-26 18:40",
        "El Confidencial <redaccion@elconfidencial.example>",
        "Re: Petición de entrevista - mujeres en ingeniería",
        "es",
        """¡Gracias Beatriz! Ya está publicado el reportaje, sales en el tercer bloque:
https://elconfidencial.example/tecnologia/ingenieras-portuguesas-madrid
""",
        tz=CEST,
        headers=reply("12347", "El Confidencial <redaccion@elconfidencial.example>"),
    ),
    n(
        "12358",
        "2026-05-01 12:30",
        "Banco de Alimentos de Madrid <voluntariado@bamadrid.example>",
        "Tu turno en la Gran Recogida",
        "es",
        """Tu turno: sábado 9 de mayo, 10:00-14:00, Carrefour Market C/ Bravo Murillo 120.
""",
        tz=CEST,
    ),
    n(
        "12359",
        "2026-05-09 22:00",
        "Renfe <venta@renfe.es>",
        "Tu billete de vuelta Valencia - Madrid",
        "es",
        """Localizador: Y9ZT2K. Valencia Joaquín Sorolla - Madrid Pta. Atocha. Domingo 10 mayo 18:10.
""",
        tz=CEST,
    ),
    n(
        "12360",
        "2026-05-13 17:00",
        CAMILA,
        "chegamos!!!",
        "pt",
        """Bia, chegamos!!! Amanhã à noite tá de pé aquele jantar? Manda o endereço!!
""",
        tz=CEST,
    ),
    n(
        "12361",
        "2026-05-19 11:00",
        "PayPal <service@paypal.es>",
        "Has enviado un pago a Vinted",
        "es",
        """Has enviado 4,50 € EUR a Vinted UAB. Id. de transacción: 7KL90231ZX.
""",
        tz=CEST,
    ),
    n(
        "12362",
        "2026-05-23 08:30",
        "Strava <no-reply@strava.com>",
        "Tu resumen semanal",
        "es",
        """Esta semana: 3 carreras, 21,4 km. ¡Tu mejor 5K en el Retiro: 26:12!
""",
        tz=CEST,
    ),
    n(
        "12363",
        "2026-05-26 10:00",
        "Pluralsight <offers@pluralsight.example>",
        "Last chance: 40% off your annual plan",
        "en",
        """This offer ends Sunday. Get 40% off Pluralsight Standard and master Go, Kubernetes and
system design interviews.
""",
        tz=CEST,
    ),
    n(
        "12364",
        "2026-05-28 14:00",
        "BBVA <bbva@comunicaciones.bbva.es>",
        "Tu préstamo coche: solicitud aprobada",
        "es",
        """Hola Beatriz, tu solicitud de Préstamo Coche por 12.000 € ha sido aprobada. Firma el contrato
en la app para recibir el dinero en tu cuenta.
""",
        tz=CEST,
    ),
    n(
        "12365",
        "2026-06-02 19:00",
        "Lola Fernández <lola.fdez.arq@gmail.com>",
        "¿Qué tal el primer día?",
        "es",
        """¡Cuéntame qué tal el primer día en el curro nuevo! Esta noche bajo con una botella.
""",
        tz=CEST,
    ),
    n(
        "12366",
        "2026-06-06 10:00",
        "Doctoralia <no-reply@doctoralia.es>",
        "Cita confirmada: Fisioterapia - Clínica Arapiles",
        "es",
        """Tu cita con Álvaro Gil (fisioterapeuta) es el martes 9 de junio a las 19:30 en Clínica
Arapiles, C/ Arapiles 12.
""",
        tz=CEST,
        ics={
            "uid": "doctoralia-55120931@doctoralia.es",
            "start": "2026-06-09 19:30:00 +0200",
            "minutes": 45,
            "organizer": ("Doctoralia", "no-reply@doctoralia.es"),
            "summary": "Fisioterapia - Álvaro Gil",
            "location": "Clínica Arapiles, C/ Arapiles 12, Madrid",
        },
    ),
    n(
        "12367",
        "2026-06-09 17:30",
        "Doctoralia <no-reply@doctoralia.es>",
        "Cita cancelada: Fisioterapia - Clínica Arapiles",
        "es",
        """Tu cita del martes 9 de junio a las 19:30 ha sido cancelada por el centro. Reserva una nueva
cita en la app.
""",
        tz=CEST,
        ics={
            "uid": "doctoralia-55120931@doctoralia.es",
            "start": "2026-06-09 19:30:00 +0200",
            "minutes": 45,
            "method": "CANCEL",
            "organizer": ("Doctoralia", "no-reply@doctoralia.es"),
            "summary": "Fisioterapia - Álvaro Gil",
            "location": "Clínica Arapiles, C/ Arapiles 12, Madrid",
        },
    ),
    n(
        "12368",
        "2026-06-13 09:00",
        "GitHub <noreply@github.com>",
        "[bferraz/idempotency-kit] Release v0.9.0",
        "en",
        """bferraz published v0.9.0: Redis cluster support (hash tags), async client, Python 3.14.

https://github.com/bferraz/idempotency-kit/releases/tag/v0.9.0
""",
        tz=CEST,
    ),
    n(
        "12369",
        "2026-06-18 13:00",
        CAMILA,
        "Re: chegamos!!!",
        "pt",
        """Bia, já no Brasil de novo 😭 Obrigada por tudo, a viagem foi incrível! Agora é sua vez de vir
pra São Paulo, hein.
""",
        tz=BRT,
        headers=reply("12360", CAMILA),
    ),
    n(
        "12370",
        "2026-06-23 09:30",
        "TAP Air Portugal <noreply@flytap.com>",
        "Check-in disponível: MAD - OPO",
        "pt",
        """O check-in para o voo TP1015 de sexta, 26 de junho, já está disponível.
""",
        tz=CEST,
    ),
    n(
        "12371",
        "2026-06-27 11:00",
        "Uber Receipts <noreply@uber.com>",
        "A sua viagem de sábado de manhã com a Uber",
        "pt",
        """Total: 11,60 €. Aeroporto -> Rua de Cedofeita.
""",
        tz=WEST,
    ),
    n(
        "12372",
        "2026-07-04 20:00",
        "Airbnb <automated@airbnb.com>",
        "Escribe una reseña sobre tu estancia en Sintra",
        "es",
        """¿Qué tal tu estancia en casa de Manuela? Tienes 14 días para escribir una reseña.
""",
        tz=CEST,
    ),
    n(
        "12373",
        "2026-07-10 09:00",
        "Iberdrola <clientes@iberdrola.es>",
        "Tu factura de luz de junio",
        "es",
        """Importe: 41,88 €. Aire acondicionado, ¿eh? Se cargará el 17 de julio.
""",
        tz=CEST,
    ),
    n(
        "12374",
        "2026-07-16 18:20",
        "Meetup <info@meetup.com>",
        "Python Madrid: ¿quieres dar una charla en septiembre?",
        "es",
        """Estamos buscando ponentes para septiembre. Envía tu propuesta antes del 15 de agosto.
""",
        tz=CEST,
    ),
    n(
        "12375",
        "2026-07-19 10:00",
        "Backend Weekly <newsletter@backendweekly.example>",
        "Backend Weekly #238: summer reading",
        "en",
        """BACKEND WEEKLY #238 - summer reading list, and an interview with a payments engineer who
moved from Porto to Madrid.
""",
        tz=CEST,
    ),
]
