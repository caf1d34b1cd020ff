# ruff: noqa: E501
"""Corpus 33: alerts, outreach, other job mail and the ordinary inbox of Tiago. See heldout33.py."""

from __future__ import annotations

import hashlib

from heldout33_util import spec_writer


def _mid(key: str, domain: str) -> str:
    h = hashlib.sha1(("c33x/" + key).encode()).hexdigest()
    return f"<{h[:20]}@{domain}>"


MAIL, m, reply = spec_writer(_mid)


def X(
    cat: str, source: str, lang: str, company: str | None = None, role: str | None = None
) -> tuple:
    return (cat, company, role, None, source, lang)


def N(lang: str = "pt") -> tuple:
    return ("not_job", lang)


# ============================ job mail that is not an application ============================

m(
    "a-net1",
    "2025-09-04 07:30:00 +0100",
    "Net-Empregos <alertas@net-empregos.com>",
    "Alerta de emprego: 6 novas ofertas - Engenheiro Logística - Porto",
    X("alert", "other", "pt"),
    """Novas ofertas para o seu alerta "Engenheiro Logística - Porto":

1. Responsável de Armazém (m/f) - Maia - Lusocarga Logística, S.A.
2. Engenheiro de Processos - Indústria Automóvel - Vila Nova de Gaia
3. Técnico de Logística - Trofa
4. Supply Chain Analyst - Porto
5. Planeador de Produção e Logística - Paredes
6. Gestor de Stocks - Matosinhos

Ver todas: https://www.net-empregos.com/alertas/8813022

Para deixar de receber este alerta, clique aqui: https://www.net-empregos.com/alertas/remover/8813022
""",
)

m(
    "a-net2",
    "2025-11-18 07:30:00 +0000",
    "Net-Empregos <alertas@net-empregos.com>",
    "Alerta de emprego: 4 novas ofertas - Engenheiro Logística - Porto",
    X("alert", "other", "pt"),
    """Novas ofertas para o seu alerta "Engenheiro Logística - Porto":

1. Responsável de Armazém - Maia (Ref. LC-MAIA-11)
2. Coordenador de Expedição - Valongo
3. Engenheiro Industrial / Logística Interna - Santo Tirso
4. Key User SAP MM/WM - Porto

Ver todas: https://www.net-empregos.com/alertas/8813022
Remover alerta: https://www.net-empregos.com/alertas/remover/8813022
""",
)

m(
    "a-sapo",
    "2025-10-09 08:05:12 +0100",
    "SAPO Emprego <emprego@sapo.pt>",
    "Tiago, temos 12 ofertas que podem ser para ti",
    X("alert", "other", "pt"),
    html="""<html><body><table width="600" align="center" style="font-family:Arial">
<tr><td style="background:#5fbf00;color:#fff;padding:10px">SAPO Emprego</td></tr>
<tr><td><p>Olá Tiago, estas são as ofertas recomendadas com base no teu perfil:</p>
<ul><li><a href="https://emprego.sapo.pt/oferta/3321">Engenheiro de Logística (m/f) - Braga</a></li>
<li><a href="https://emprego.sapo.pt/oferta/3340">Supervisor de Operações Logísticas - Guimarães</a></li>
<li><a href="https://emprego.sapo.pt/oferta/3358">Lean Engineer - Aveiro</a></li>
<li><a href="https://emprego.sapo.pt/oferta/3362">Técnico de Compras e Logística - Barcelos</a></li></ul>
<p><a href="https://emprego.sapo.pt/ofertas">Ver as 12 ofertas</a></p></td></tr></table></body></html>""",
)

m(
    "a-itj",
    "2025-10-22 09:00:00 +0100",
    "ITJobs <noreply@itjobs.pt>",
    "Novas ofertas: supply chain, logística",
    X("alert", "other", "pt"),
    """Olá Tiago,

Há 3 ofertas novas que correspondem à tua pesquisa guardada "supply chain, logística":

- Supply Chain Data Engineer @ Lisboa (Remoto)
- Consultor SAP EWM @ Porto
- Logistics Product Analyst @ Braga

Ver ofertas: https://www.itjobs.pt/emprego?q=supply+chain

--
ITJobs.pt
""",
)

m(
    "a-li1",
    "2025-09-27 18:00:00 +0100",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    '"logistics engineer": 14 vagas novas em Porto',
    X("alert", "linkedin", "pt"),
    """Vagas de emprego novas que correspondem às suas preferências

Logistics Engineer
Valtorre · Ovar (Presencial)
Candidatura simplificada

Operations Engineer
Rotafy · Porto (Híbrido)
Recrutamento ativo

Especialista de Logística E-commerce
Kasa Moda · Vila Nova de Gaia

Ver todas as vagas: https://www.linkedin.com/jobs/search/?savedSearchId=1733441

Está a receber alertas de vagas de emprego de "logistics engineer". Cancelar subscrição: https://www.linkedin.com/jobs/alerts
""",
)

m(
    "a-li2",
    "2026-01-20 18:00:00 +0000",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    '"supply chain": Atlantis Line e mais 9 empresas estão a contratar',
    X("alert", "linkedin", "pt"),
    """Vagas novas em Lisboa e Porto

Operations Engineer - Equipment & Logistics
Atlantis Line · Lisboa (Híbrido)
Publicada há 2 dias

Supply Chain Planner
Valtorre · Estarreja

Demand Planner
Mundo Têxtil · Guimarães

Ver todas: https://www.linkedin.com/jobs/search/?savedSearchId=1733512
""",
)

m(
    "a-ind",
    "2025-10-15 06:12:40 +0100",
    "Indeed <alert@indeed.com>",
    "25 novas vagas de engenheiro logística em Porto",
    X("alert", "indeed", "pt"),
    """Engenheiro de Logística - Paços de Ferreira
Mobiliário Ferreirense, Lda. - Paços de Ferreira
Candidate-se facilmente

Engenheiro de Processos Logísticos - Braga
Transportes Rodocerto, Lda.

Planeador de Transportes - Maia
Expeditrans

Ver todas as vagas: https://pt.indeed.com/jobs?q=engenheiro+log%C3%ADstica&l=Porto

Cancelar a subscrição deste alerta: https://pt.indeed.com/alert/unsubscribe
""",
)

m(
    "a-inf",
    "2025-10-29 07:45:00 +0100",
    "InfoJobs <alertas@infojobs.net>",
    "Nuevas ofertas: ingeniero logística en Pontevedra",
    X("alert", "other", "es"),
    """Hola Tiago,

Hay 7 ofertas nuevas para tu alerta "ingeniero logística - Pontevedra":

- Ingeniero/a de Procesos Logísticos - Vigo
- Jefe/a de Turno Almacén - O Porriño
- Técnico/a de Planificación (sector automoción) - Vigo
- Responsable de Almacén y Expediciones - O Porriño

Ver ofertas: https://www.infojobs.net/jobsearch/search-results/list.xhtml?alert=55120

Gestionar alertas: https://www.infojobs.net/candidate/alerts
""",
)

m(
    "a-land",
    "2025-12-10 11:00:00 +0000",
    "Landing.jobs <hello@landing.jobs>",
    "Hand-picked for you: 5 logistics-tech roles",
    X("alert", "other", "en"),
    """Hey Tiago,

Here's this week's selection of roles that match your profile:

- Operations Engineer @ Rotafy (Porto, Hybrid) - €32-40k
- Implementation Consultant, WMS @ Stockwise (Remote PT)
- Supply Chain Analyst @ Freshbox (Lisbon)
- Solutions Engineer @ Cargoflux (Madrid / Remote)

See all: https://landing.jobs/jobs?utm_source=weekly_digest

The Landing.jobs team
""",
)

m(
    "a-bep",
    "2025-11-25 08:00:00 +0000",
    "Bolsa de Emprego Público <naoresponder@bep.gov.pt>",
    "BEP - Novas ofertas de acordo com o seu perfil",
    X("alert", "other", "pt"),
    """Exmo.(a) Senhor(a) Tiago Fernandes Lopes,

Foram publicitadas novas ofertas na BEP que correspondem aos critérios definidos no seu alerta:

OE202511/1120 - Técnico Superior (Engenharia) - Município de Matosinhos - Procedimento concursal comum
OE202511/1188 - Técnico Superior - Logística Hospitalar - ULS de Santo António - Aviso de abertura
OE202511/1204 - Técnico Superior (Gestão de Frota) - Município de Vila do Conde

Consulte as ofertas em www.bep.gov.pt

BEP - Bolsa de Emprego Público
""",
)

m(
    "a-iefp",
    "2025-12-15 10:00:00 +0000",
    "IEFP <noreply@iefp.pt>",
    "iefponline: ofertas de emprego compatíveis com o seu perfil",
    X("alert", "other", "pt"),
    """Caro(a) utente,

Identificámos ofertas de emprego compatíveis com o seu perfil profissional no iefponline:

- Técnico de Logística (m/f) - Maia - Oferta 602332025
- Engenheiro de Produção - Santa Maria da Feira - Oferta 601987025

Para manifestar interesse, aceda ao portal https://iefponline.iefp.pt com as suas credenciais.

Instituto do Emprego e Formação Profissional, I.P.
""",
)

m(
    "a-pinhal-tc",
    "2025-10-21 08:31:00 +0100",
    "Arcada Retalho <arcada@myworkday.com>",
    "Junte-se à nossa Comunidade de Talento",
    X("alert", "workday", "pt", "Pinhal Market"),
    """Olá Tiago,

Mesmo que esta oportunidade não tenha avançado, gostaríamos de continuar em contacto. Junte-se à Comunidade de Talento do Grupo Arcada Retalho e receba alertas de novas vagas no Pinhal Market e nas nossas lojas de conveniência.

Aderir: https://arcada.wd3.myworkdayjobs.com/pt-PT/Pinhal_Careers/introduceYourself

Equipa de Recrutamento
""",
)

m(
    "a-vt-nudge",
    "2025-09-09 09:15:00 +0100",
    "Valtorre Careers <noreply@successfactors.eu>",
    "Lembrete: candidatura por concluir",
    X("alert", "other", "pt", "Valtorre", "Técnico de Melhoria Contínua"),
    """Caro(a) Tiago,

Tem uma candidatura guardada e ainda não submetida para a vaga Técnico de Melhoria Contínua - Estarreja (Req. 4490).

Apenas as candidaturas submetidas são consideradas. Inicie sessão para concluir:
https://career5.successfactors.eu/career?company=grupovaltor&career_ns=job_application_list

Talent Acquisition
Grupo Valtorre
""",
)

m(
    "o-li1",
    "2025-09-30 14:22:17 +0100",
    "Carlos Ferraz via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Oportunidade Head of Logistics - setor farmacêutico",
    X("outreach", "linkedin", "pt", role="Head of Logistics"),
    """Carlos Ferraz
Executive Search Partner na Ferraz & Vidal Executive Search

Olá Tiago, tudo bem?

Estou a conduzir um processo confidencial para um cliente do setor farmacêutico com centro de distribuição na zona de Coimbra. A função é Head of Logistics, com equipa de 40 pessoas. O seu percurso chamou-me a atenção. Teria disponibilidade para uma chamada de 20 minutos esta semana?

Cumprimentos,
Carlos

Responder: https://www.linkedin.com/messaging/thread/2-ZmQ1/
Esta é uma mensagem InMail do LinkedIn.
""",
)

m(
    "o-hunt",
    "2025-11-26 17:05:40 +0000",
    "Marina Costa <marina.costa@talentbridge-search.pt>",
    "Supply Chain Manager | Aveiro | grupo industrial",
    X("outreach", "agency", "pt", role="Supply Chain Manager"),
    """Caro Tiago,

Sou consultora na TalentBridge Search e estou a recrutar um Supply Chain Manager para uma unidade industrial de um grupo português (SGPS) na região de Aveiro, com forte componente de exportação.

Pacote competitivo (50-60k), viatura e bónus. Se fizer sentido, gostaria de lhe apresentar a oportunidade em detalhe. Quando lhe daria jeito falarmos?

Melhores cumprimentos,
Marina Costa
Senior Consultant | TalentBridge Search
Av. da Boavista 3265, Porto
""",
)

m(
    "o-ett-es",
    "2026-01-14 10:40:12 +0100",
    "Noa Varela | Atlántica Empleo ETT <noa.varela@atlanticaempleo.es>",
    "Oferta Jefe/a de Logística - Ourense",
    X("outreach", "agency", "es", role="Jefe/a de Logística"),
    """Hola Tiago:

Desde Atlántica Empleo ETT estamos seleccionando un/a Jefe/a de Logística para una empresa cliente del sector alimentario en Ourense (San Cibrao das Viñas). Contrato indefinido con la empresa cliente tras un periodo de puesta a disposición.

He visto tu perfil en InfoJobs y creo que podrías encajar. ¿Te interesa? Si es así, dime cuándo podemos hablar por teléfono.

Un saludo,
Noa Varela
Consultora de Selección | Atlántica Empleo ETT
""",
)

m(
    "o-li2",
    "2026-02-03 12:10:55 +0000",
    "Sara Vieira via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Logistics Engineer na Norventa - interessado?",
    X("outreach", "linkedin", "pt", "Norventa", "Logistics Engineer"),
    """Sara Vieira
Talent Acquisition na Norventa

Olá Tiago! Vi que está agora na Lusocarga, parabéns pela nova função. Sei que é recente, mas estamos a abrir uma vaga de Logistics Engineer na nossa fábrica de Valongo e o seu perfil encaixa muito bem. Se um dia estiver aberto a conversar, diga!

Sara
""",
)

m(
    "oj-survey",
    "2025-11-05 11:00:00 +0000",
    "Grupo Valtorre <inquerito@valtorre.pt>",
    "Como foi a sua experiência como candidato?",
    X("other_job", "direct", "pt", "Valtorre"),
    """Caro Tiago,

Recentemente participou num processo de recrutamento do Grupo Valtorre. A sua opinião ajuda-nos a melhorar.

Responda a um breve inquérito (3 minutos): https://forms.valtorre.pt/candidato/nps?r=4471

Obrigado!
Talent Acquisition | Grupo Valtorre
""",
)

m(
    "oj-ooo",
    "2025-09-19 13:40:00 +0100",
    "Fernando Leite <fernando.leite@logitrofa.pt>",
    "Resposta Automática: Candidatura espontânea - Tiago Lopes",
    X("other_job", "direct", "pt", "Logitrofa"),
    """Estarei ausente do escritório até dia 29 de setembro, com acesso limitado ao e-mail.
Para assuntos urgentes, contacte a D. Glória pelo 252 000 190.

Fernando Leite
Logitrofa - Armazenagem e Distribuição, Lda.
""",
)

m(
    "oj-iefp",
    "2025-09-15 09:30:00 +0100",
    "IEFP <noreply@iefp.pt>",
    "Inscrição para emprego - confirmação",
    X("other_job", "other", "pt"),
    """Exmo.(a) Senhor(a) Tiago Fernandes Lopes,

A sua inscrição para emprego no Serviço de Emprego do Porto Ocidental foi registada com o n.º de utente 7710452.

Deve manter a sua inscrição atualizada no iefponline e comparecer às convocatórias que lhe forem dirigidas. A sessão de acolhimento realiza-se no dia 23-09-2025, às 9h30.

Instituto do Emprego e Formação Profissional, I.P.
""",
)

m(
    "oj-iefp2",
    "2026-01-08 09:00:00 +0000",
    "IEFP <noreply@iefp.pt>",
    "Anulação da inscrição para emprego",
    X("other_job", "other", "pt"),
    """Exmo.(a) Senhor(a),

Informamos que, na sequência da comunicação de início de atividade profissional, a sua inscrição para emprego foi anulada a 05-01-2026.

Desejamos-lhe os maiores sucessos profissionais.

Instituto do Emprego e Formação Profissional, I.P.
""",
)

m(
    "oj-inf-acct",
    "2025-09-22 21:30:00 +0200",
    "InfoJobs <noreply@infojobs.net>",
    "Bienvenido a InfoJobs, Tiago",
    X("other_job", "other", "es"),
    """Hola Tiago,

¡Ya tienes tu cuenta en InfoJobs! Completa tu CV para que las empresas te encuentren: los candidatos con CV completo reciben hasta 5 veces más contactos.

Completar mi CV: https://www.infojobs.net/candidate/cv/view/index.xhtml

El equipo de InfoJobs
""",
)

m(
    "oj-land-acct",
    "2025-10-28 21:50:00 +0000",
    "Landing.jobs <hello@landing.jobs>",
    "Confirm your email address",
    X("other_job", "other", "en"),
    """Hi Tiago,

Please confirm your email address to activate your Landing.jobs account:
https://landing.jobs/users/confirmation?confirmation_token=zx8Qe1

If you didn't sign up, just ignore this email.

Landing.jobs
""",
)

m(
    "oj-bretema-code",
    "2025-11-19 22:31:10 +0100",
    "Grupo Brétema <bretema@myworkday.com>",
    "Verifica tu cuenta de candidato",
    X("other_job", "workday", "es", "Brétema"),
    """Hola:

Utiliza el siguiente enlace para verificar tu cuenta de candidato en Grupo Brétema:
https://bretema.wd3.myworkdayjobs.com/es-ES/Bretema_Careers/activate/7c1d

El enlace caduca en 24 horas.
""",
)

m(
    "oj-pl-news",
    "2025-12-04 12:00:00 +0000",
    "Prolabor <newsletter@prolabor-ett.pt>",
    "Prolabor Notícias: salários na logística em 2026",
    X("other_job", "agency", "pt"),
    html="""<html><body style="font-family:Arial"><h2>Prolabor Notícias - dezembro</h2>
<p>Estudo salarial 2026: quanto ganha um coordenador de logística no Norte? Descarregue o guia gratuito.</p>
<p>Também nesta edição: as 5 perguntas mais comuns numa entrevista para chefe de armazém.</p>
<p><a href="https://prolabor-ett.pt/estudo-salarial-2026">Ler mais</a></p>
<p style="font-size:10px">Prolabor, Lda. - Empresa de Trabalho Temporário, Alvará n.º 612. Anular subscrição.</p></body></html>""",
)

# ====================================== not job ===============================================

_NJ = [
    # (key, date, from, subject, lang, text)
    (
        "mae1",
        "2025-09-01 20:14:00 +0100",
        "Rosa Fernandes <rosa.fernandes1958@sapo.pt>",
        "Domingo",
        "pt",
        "Filho,\n\nNo domingo vens almoçar? O teu pai quer fazer o cabrito no forno. Traz a Catarina se ela puder.\n\nBeijinhos da mãe",
    ),
    (
        "edp1",
        "2025-09-03 10:02:00 +0100",
        "EDP Comercial <faturas@edp.pt>",
        "A sua fatura de eletricidade e gás já está disponível",
        "pt",
        "Olá Tiago,\n\nA sua fatura n.º FT 2025/118742 no valor de 64,18 EUR já está disponível na app EDP.\nData limite de pagamento: 22-09-2025 (débito direto).\n\nEDP Comercial",
    ),
    (
        "mb1",
        "2025-09-05 13:20:00 +0100",
        "Millennium bcp <alertas@millenniumbcp.pt>",
        "Movimento na sua conta",
        "pt",
        "Informamos que foi efetuado um débito de 42,90 EUR na conta n.º ****3381 - COMPRA CONTINENTE BOM DIA.\n\nMillennium bcp",
    ),
    (
        "catarina1",
        "2025-09-06 11:33:00 +0100",
        "Catarina Reis <catarina.reis.arq@gmail.com>",
        "fds em Ponte de Lima?",
        "pt",
        "Amor, a Joana perguntou se queremos ir a Ponte de Lima no fim de semana de 20. Ela tem a casa dos avós livre. Diz-me algo!\n\nbeijo",
    ),
    (
        "ctt1",
        "2025-09-08 09:11:00 +0100",
        "CTT Expresso <notificacoes@ctt.pt>",
        "A sua encomenda RR512887340PT está a caminho",
        "pt",
        "Olá,\n\nA sua encomenda RR512887340PT saiu para distribuição e será entregue hoje entre as 14h e as 18h.\n\nSiga a encomenda em https://www.ctt.pt/feapl_2/app/open/objectSearch",
    ),
    (
        "wortem1",
        "2025-09-08 15:45:00 +0100",
        "Worten <noreply@worten.pt>",
        "A sua encomenda foi enviada",
        "pt",
        'Olá Tiago,\n\nA sua encomenda n.º 90021544 (Monitor 27" Samsung) foi enviada pela CTT Expresso.\n\nObrigado por comprar na Worten!',
    ),
    (
        "ginasio1",
        "2025-09-10 07:00:00 +0100",
        "Fitness Boavista <geral@fitnessboavista.pt>",
        "A sua mensalidade de setembro",
        "pt",
        "Olá Tiago, informamos que a mensalidade de setembro (34,90 EUR) será debitada a 12/09. Novas aulas de cycling às 7h a partir de outubro!",
    ),
    (
        "at1",
        "2025-09-11 12:00:00 +0100",
        "Portal das Finanças <reply@portaldasfinancas.gov.pt>",
        "Nota de cobrança IRS 2024 - reembolso",
        "pt",
        "Exmo.(a) Senhor(a),\n\nInformamos que foi emitido o reembolso de IRS do ano 2024 no valor de 812,33 EUR, a transferir para o IBAN registado.\n\nAutoridade Tributária e Aduaneira\nNão responda a esta mensagem.",
    ),
    (
        "vodafone1",
        "2025-09-12 08:30:00 +0100",
        "Vodafone <faturaeletronica@vodafone.pt>",
        "Fatura Vodafone setembro 2025",
        "pt",
        "Caro cliente, a sua fatura de setembro no valor de 47,99 EUR está disponível na área My Vodafone.",
    ),
    (
        "amigos1",
        "2025-09-13 22:40:00 +0100",
        "Bruno Antunes <brunoantunes84@gmail.com>",
        "Futebol terça",
        "pt",
        "Malta, terça às 21h no campo do Bessa XXI. Já somos 9, falta 1. Tiago alinhas?\n\nBruno",
    ),
    (
        "mae2",
        "2025-09-15 19:02:00 +0100",
        "Rosa Fernandes <rosa.fernandes1958@sapo.pt>",
        "fotos",
        "pt",
        "Vê as fotos do batizado do Duarte que a tua tia mandou. Estás tão magro filho, come!\n\nbeijinhos",
    ),
    (
        "booking1",
        "2025-09-16 10:10:00 +0200",
        "Booking.com <noreply@booking.com>",
        "Reserva confirmada: Casa do Lima, Ponte de Lima",
        "pt",
        "Obrigado, Tiago! A sua reserva na Casa do Lima está confirmada.\nCheck-in: sexta, 19 set 2025 (15:00)\nCheck-out: domingo, 21 set 2025 (11:00)\nPreço total: 178 EUR\nNúmero de confirmação: 4412.889.102",
    ),
    (
        "fnac1",
        "2025-09-17 18:00:00 +0100",
        "Fnac <fnac@news.fnac.pt>",
        "Ofertas exclusivas Cartão Fnac: até 30% em livros técnicos",
        "pt",
        "Tiago, esta semana os aderentes têm ofertas exclusivas em livros de gestão e engenharia. Use o cupão LIVROS30 até domingo.",
    ),
    (
        "metro1",
        "2025-09-18 09:00:00 +0100",
        "Metro do Porto <andante@metrodoporto.pt>",
        "Assinatura Andante carregada",
        "pt",
        "O seu cartão Andante Gold n.º 0044 1221 foi carregado com a assinatura Navegante Metropolitano de outubro.\n\nMetro do Porto",
    ),
    (
        "ordem1",
        "2025-09-19 14:00:00 +0100",
        "Ordem dos Engenheiros - Região Norte <norte@oern.pt>",
        "Quota anual 2025 - lembrete",
        "pt",
        "Caro(a) Membro,\n\nRecordamos que a quota anual de 2025 ainda não se encontra liquidada. Pode efetuar o pagamento por referência multibanco:\nEntidade 21112 Referência 448 102 551 Valor 78,00 EUR\n\nOrdem dos Engenheiros - Região Norte",
    ),
    (
        "webinar-oe",
        "2025-09-22 10:30:00 +0100",
        "Ordem dos Engenheiros - Região Norte <norte@oern.pt>",
        "Webinar: Descarbonização da logística urbana - inscrição confirmada",
        "pt",
        'Caro(a) Tiago Fernandes Lopes,\n\nA sua inscrição no webinar "Descarbonização da logística urbana" (2 de outubro, 18h00) está confirmada. Receberá o link Zoom no dia do evento.\n\nOE-RN - Colégio de Engenharia Industrial e Gestão',
    ),
    (
        "continente1",
        "2025-09-23 09:00:00 +0100",
        "Continente <cartao@continente.pt>",
        "Tem 6,40 EUR em saldo Cartão Continente",
        "pt",
        "Olá Tiago! Tem 6,40 EUR acumulados. Esta semana: -50% em talho e peixaria com o seu cartão.",
    ),
    (
        "seguro1",
        "2025-09-24 11:11:00 +0100",
        "Fidelidade <naoresponder@fidelidade.pt>",
        "Renovação da sua apólice automóvel",
        "pt",
        "Caro cliente, a apólice automóvel n.º AU 66120044 renova a 15/10/2025. Prémio anual: 312,40 EUR. O aviso de pagamento está disponível na área MyFidelidade.",
    ),
    (
        "spotify1",
        "2025-09-25 03:00:00 +0000",
        "Spotify <no-reply@spotify.com>",
        "Your receipt from Spotify",
        "en",
        "Hi Tiago,\n\nThanks for your payment.\nSpotify Premium Duo - 10,99 EUR\nNext payment: 25 October 2025\n\nSpotify AB",
    ),
    (
        "amazon1",
        "2025-09-26 14:22:00 +0200",
        "Amazon.es <confirmar-envio@amazon.es>",
        "Tu pedido de Amazon.es se ha enviado",
        "es",
        'Hola Tiago,\n\nTu paquete con "Lean Thinking - James P. Womack" está en camino. Llegada estimada: martes, 30 de septiembre.\n\nNúmero de pedido 405-8812231-7762110',
    ),
    (
        "irmao1",
        "2025-09-27 23:10:00 +0100",
        "André Lopes <andre.flopes@hotmail.com>",
        "Re: carro",
        "pt",
        "Mano, o carro já está pronto na oficina do Sr. Abel, foram 240 euros dos travões. Podes ir buscar amanhã?\n\n> Ja sabes quanto ficou?",
    ),
    (
        "dentista1",
        "2025-09-29 10:00:00 +0100",
        "Clínica Dentária Foz <marcacoes@clinicafoz.pt>",
        "Lembrete de consulta",
        "pt",
        "Olá Tiago, lembramos a sua consulta de higiene oral no dia 06/10 às 18h30 com a Dra. Sílvia. Para desmarcar responda a este e-mail ou ligue 226 000 441.",
    ),
    (
        "linkedin-social1",
        "2025-09-30 08:00:00 +0100",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Dê os parabéns ao Bruno Antunes pelo novo cargo",
        "pt",
        "Bruno Antunes começou um novo cargo como Diretor de Operações na Transportes Alvarenga.\n\nDê os parabéns: https://www.linkedin.com/feed/update/urn:li:activity:7379\n\nLinkedIn Ireland Unlimited Company",
    ),
    (
        "edp2",
        "2025-10-03 10:02:00 +0100",
        "EDP Comercial <faturas@edp.pt>",
        "A sua fatura de eletricidade e gás já está disponível",
        "pt",
        "Olá Tiago,\n\nA sua fatura n.º FT 2025/131205 no valor de 58,77 EUR já está disponível.\nData limite de pagamento: 22-10-2025 (débito direto).\n\nEDP Comercial",
    ),
    (
        "cml-cred",
        "2025-10-03 16:45:00 +0100",
        "Cofidis <naoresponder@cofidis.pt>",
        "A sua candidatura a crédito pessoal foi pré-aprovada",
        "pt",
        "Olá Tiago,\n\nBoas notícias! A sua candidatura ao Crédito Pessoal Cofidis foi pré-aprovada até 15.000 EUR. Conclua o pedido em 5 minutos e receba o dinheiro em 24h.\n\nTAEG 11,8%. Cofidis, sucursal em Portugal.",
    ),
    (
        "ginasio2",
        "2025-10-04 12:00:00 +0100",
        "Fitness Boavista <geral@fitnessboavista.pt>",
        "Oferta especial: traga um amigo em outubro",
        "pt",
        "Traga um amigo em outubro e ambos ganham 1 mês grátis. Oferta válida para novas inscrições.",
    ),
    (
        "cp1",
        "2025-10-05 17:30:00 +0100",
        "CP - Comboios de Portugal <bilhetes@cp.pt>",
        "Bilhete CP - Alfa Pendular Porto Campanhã > Lisboa Oriente",
        "pt",
        "Viagem: 09/10/2025 07:09 Porto Campanhã -> Lisboa Oriente (Alfa Pendular 121)\nCarruagem 4, lugar 62\nPreço: 31,60 EUR\nCódigo do bilhete: 7A9C2K",
    ),
    (
        "catarina2",
        "2025-10-07 13:02:00 +0100",
        "Catarina Reis <catarina.reis.arq@gmail.com>",
        "Re: entrevista",
        "pt",
        "Então, como correu a conversa com o pessoal do supermercado?? Liga-me quando puderes, estou em obra até às 17h.\n\nbj",
    ),
    (
        "podcast1",
        "2025-10-08 07:00:00 +0100",
        "Supply Chain Talks <newsletter@supplychaintalks.pt>",
        'Entrevista: "O armazém do futuro é híbrido" - com a COO da Frioatlântico',
        "pt",
        "Nesta edição do podcast Supply Chain Talks, entrevistámos a COO da Frioatlântico sobre automação, frio e falta de mão de obra.\n\nOuça o episódio 47: https://supplychaintalks.pt/ep47\n\nE ainda: as empresas de logística que mais contratam no Norte em 2025.",
    ),
    (
        "irs-es",
        "2025-10-09 12:00:00 +0200",
        "Correos <noreply@correos.es>",
        "Tu envío está en la oficina de destino",
        "es",
        "Hola,\n\nEl envío PQ4K7R0012211360136001X está disponible para recoger en la oficina de Correos de Tui hasta el 20/10.\n\nCorreos",
    ),
    (
        "mb2",
        "2025-10-10 13:20:00 +0100",
        "Millennium bcp <alertas@millenniumbcp.pt>",
        "Transferência recebida",
        "pt",
        "Recebeu uma transferência de 250,00 EUR de ANDRE FERNANDES LOPES na conta ****3381.\nDescritivo: travoes carro\n\nMillennium bcp",
    ),
    (
        "uber1",
        "2025-10-11 01:44:00 +0100",
        "Uber <noreply@uber.com>",
        "A sua viagem de sábado à noite com a Uber",
        "pt",
        "Obrigado por viajar, Tiago.\nTotal: 9,82 EUR\nRibeira -> Rua de Cedofeita\nMotorista: Sérgio",
    ),
    (
        "zara-offer",
        "2025-10-13 10:00:00 +0100",
        "Springfield <news@email.springfield.com>",
        "Só hoje: oferta de 20% em toda a loja",
        "pt",
        "Tiago, só hoje: 20% de desconto em toda a coleção outono. Oferta válida online e em loja com o código OUT20.",
    ),
    (
        "webinar-sap",
        "2025-10-14 09:00:00 +0100",
        "SAP Community Events <events@sap.com>",
        "Invitation: Webinar - What's new in SAP EWM 2025",
        "en",
        'Dear Tiago,\n\nThank you for registering for "What\'s new in SAP EWM 2025" on 21 October, 16:00 CEST.\nAdd it to your calendar using the attached invitation.\n\nSAP SE, Dietmar-Hopp-Allee 16, Walldorf',
    ),
    (
        "vodafone2",
        "2025-10-12 08:30:00 +0100",
        "Vodafone <faturaeletronica@vodafone.pt>",
        "Fatura Vodafone outubro 2025",
        "pt",
        "Caro cliente, a sua fatura de outubro no valor de 47,99 EUR está disponível na área My Vodafone.",
    ),
    (
        "amigos2",
        "2025-10-16 12:12:00 +0100",
        "Diogo Carvalho <diogo.carvalho@outlook.pt>",
        "Jantar curso FEUP - 10 anos!",
        "pt",
        "Pessoal de EIG 2015,\n\nJá lá vão 10 anos! Vamos fazer jantar no dia 15 de novembro no Tripeiro. Confirmem até dia 31 no formulário: https://forms.gle/EIG2015jantar\n\nDiogo",
    ),
    (
        "condominio1",
        "2025-10-17 18:30:00 +0100",
        "Administração Condomínio Rua de Cedofeita 310 <gestao@condoporto.pt>",
        "Convocatória Assembleia de Condóminos",
        "pt",
        "Exmos. Condóminos,\n\nConvoca-se a assembleia ordinária para 30/10/2025, 20h30, no hall do prédio. Ordem de trabalhos: 1) Aprovação de contas; 2) Orçamento 2026; 3) Obras na cobertura.\n\nA Administração",
    ),
    (
        "ikea1",
        "2025-10-18 11:00:00 +0100",
        "IKEA Portugal <noreply@ikea.pt>",
        "A sua entrega está agendada",
        "pt",
        "Olá Tiago, a entrega da sua encomenda 1187733209 está agendada para 22/10 entre as 8h e as 13h em Rua de Cedofeita 310, 3.º Esq.",
    ),
    (
        "mae3",
        "2025-10-19 21:00:00 +0100",
        "Rosa Fernandes <rosa.fernandes1958@sapo.pt>",
        "a tia Lurdes",
        "pt",
        "A tia Lurdes foi operada à anca, correu tudo bem. Liga-lhe que ela gosta. Beijinhos",
    ),
    (
        "medium1",
        "2025-10-20 07:00:00 +0000",
        "Medium Daily Digest <noreply@medium.com>",
        "Why every warehouse manager should learn Python",
        "en",
        "Today's highlights\n\nWhy every warehouse manager should learn Python - 8 min read\nThe hidden cost of slotting - 5 min read\nInterviewing 50 supply chain leaders: what I learned - 12 min read",
    ),
    (
        "worten2",
        "2025-10-21 16:00:00 +0100",
        "Worten <noreply@worten.pt>",
        'Avalie o seu Monitor 27" Samsung',
        "pt",
        "Olá Tiago, o que achou da sua compra? Deixe a sua avaliação e ganhe 5 EUR em cartão Worten.",
    ),
    (
        "cartao-cred",
        "2025-10-22 10:00:00 +0100",
        "Cetelem <cliente@cetelem.pt>",
        "Estado do seu pedido de cartão de crédito",
        "pt",
        "Caro Tiago Lopes,\n\nO seu pedido de cartão de crédito encontra-se em análise. Para concluirmos, necessitamos do último recibo de vencimento. Envie através da área de cliente.\n\nCetelem - BNP Paribas Personal Finance",
    ),
    (
        "medico1",
        "2025-10-23 09:00:00 +0100",
        "SNS 24 <naoresponder@sns24.gov.pt>",
        "Lembrete: consulta marcada",
        "pt",
        "Tem uma consulta de Medicina Geral e Familiar marcada para 28/10/2025 às 10:40 na USF Bela Saúde. Se não puder comparecer, desmarque através da app SNS 24.",
    ),
    (
        "catarina3",
        "2025-10-24 19:20:00 +0100",
        "Catarina Reis <catarina.reis.arq@gmail.com>",
        "não fiques em baixo",
        "pt",
        "Vi a tua mensagem sobre a Valtorre. Eles é que perdem. Hoje jantamos fora, eu pago :)\n\nbeijo grande",
    ),
    (
        "casa-candid",
        "2025-10-25 11:00:00 +0100",
        "Porto Vivo, SRU <habitacao@portovivosru.pt>",
        "Programa de Arrendamento Acessível - candidatura recebida",
        "pt",
        "Exmo.(a) Senhor(a),\n\nConfirmamos a receção da sua candidatura ao Programa de Arrendamento Acessível (Sorteio n.º 4/2025). A lista provisória de candidaturas admitidas será publicada a 20/11/2025.\n\nPorto Vivo, SRU",
    ),
    (
        "netflix1",
        "2025-10-26 09:00:00 +0000",
        "Netflix <info@mailer.netflix.com>",
        "Novidades esta semana",
        "pt",
        "Tiago, adicionámos novos títulos que achamos que vai gostar. Veja já.",
    ),
    (
        "goodreads",
        "2025-10-27 18:00:00 +0000",
        "Goodreads <no-reply@mail.goodreads.com>",
        "Diogo Carvalho wants to be your friend",
        "en",
        "Diogo Carvalho has invited you to be friends on Goodreads. Accept: https://www.goodreads.com/friend/requests",
    ),
    (
        "oe-cancel",
        "2025-10-28 12:00:00 +0000",
        "Ordem dos Engenheiros - Região Norte <norte@oern.pt>",
        "Sessão técnica adiada",
        "pt",
        'Informamos que a sessão técnica "Lean na indústria 4.0" prevista para 4/11 foi adiada para data a anunciar. Pedimos desculpa pelo incómodo.',
    ),
    (
        "mb3",
        "2025-10-29 13:20:00 +0000",
        "Millennium bcp <alertas@millenniumbcp.pt>",
        "Confirmação de pagamento de serviços",
        "pt",
        "Pagamento de serviços efetuado: Entidade 21112 Referência 448102551 Valor 78,00 EUR.\n\nMillennium bcp",
    ),
    (
        "halloween",
        "2025-10-30 17:00:00 +0000",
        "Joana Moreira <joana.moreira.design@gmail.com>",
        "Festa sábado!",
        "pt",
        "Olá a todos! Sábado lá em casa a partir das 21h. Tragam bebida e boa disposição. Fantasias opcionais mas incentivadas 🎃\n\nJoana",
    ),
    (
        "edp3",
        "2025-11-03 10:02:00 +0000",
        "EDP Comercial <faturas@edp.pt>",
        "A sua fatura de eletricidade e gás já está disponível",
        "pt",
        "Olá Tiago,\n\nA sua fatura n.º FT 2025/144081 no valor de 71,40 EUR já está disponível.\nData limite de pagamento: 21-11-2025 (débito direto).\n\nEDP Comercial",
    ),
    (
        "glovo1",
        "2025-11-04 20:51:00 +0000",
        "Glovo <no-reply@glovoapp.com>",
        "O teu pedido foi entregue",
        "pt",
        "Bom apetite! O teu pedido da Francesinha Café foi entregue. Total: 17,30 EUR.",
    ),
    (
        "decathlon",
        "2025-11-06 10:00:00 +0000",
        "Decathlon <newsletter@decathlon.pt>",
        "Black Friday antecipada: ofertas em running",
        "pt",
        "Antecipámos a Black Friday! Sapatilhas de running com até 40% de desconto. Stock limitado.",
    ),
    (
        "futebol2",
        "2025-11-07 23:00:00 +0000",
        "Bruno Antunes <brunoantunes84@gmail.com>",
        "Re: Futebol terça",
        "pt",
        "Tiago, para a semana contamos contigo? O Zé lesionou-se.\n\n> Malta, terça às 21h no campo do Bessa XXI.",
    ),
    (
        "ctt2",
        "2025-11-10 09:11:00 +0000",
        "CTT <notificacoes@ctt.pt>",
        "Aviso de chegada - correio registado",
        "pt",
        "Tem um objeto registado (RD884120331PT) para levantar na Loja CTT Cedofeita até 19/11/2025. Remetente: Autoridade Tributária.",
    ),
    (
        "vodafone3",
        "2025-11-12 08:30:00 +0000",
        "Vodafone <faturaeletronica@vodafone.pt>",
        "Fatura Vodafone novembro 2025",
        "pt",
        "Caro cliente, a sua fatura de novembro no valor de 49,99 EUR está disponível. Atualização de preço conforme comunicado.",
    ),
    (
        "news-publico",
        "2025-11-13 07:00:00 +0000",
        "PÚBLICO <newsletter@publico.pt>",
        "Manhã PÚBLICO: Porto de Leixões bate recorde de contentores",
        "pt",
        "Bom dia. Hoje: Portos do Norte batem recorde de movimentação; empresas de logística queixam-se de falta de motoristas e contratam no estrangeiro; entrevista com o novo ministro das Infraestruturas.",
    ),
    (
        "jantar-feup",
        "2025-11-14 10:00:00 +0000",
        "Diogo Carvalho <diogo.carvalho@outlook.pt>",
        "Re: Jantar curso FEUP - 10 anos!",
        "pt",
        "Confirmados 27! Amanhã às 20h no Tripeiro. Quem quiser continuar depois, vamos para a Galeria de Paris.",
    ),
    (
        "banco-cred-hab",
        "2025-11-17 15:00:00 +0000",
        "Caixa Geral de Depósitos <cgd@cgd.pt>",
        "Simulação de crédito habitação",
        "pt",
        "Caro Tiago,\n\nConforme solicitado, enviamos a simulação de crédito habitação para um imóvel de 240.000 EUR, prazo de 35 anos. Prestação estimada: 984,12 EUR. A proposta é válida por 30 dias.\n\nO seu gestor, Rui Santos\nCaixa Geral de Depósitos - Agência Boavista",
    ),
    (
        "imoveis1",
        "2025-11-18 19:00:00 +0000",
        "Idealista <noreply@idealista.pt>",
        "3 novos anúncios na tua pesquisa: T2 Maia",
        "pt",
        "T2 em Maia, Castêlo da Maia - 235.000 EUR\nT2 com garagem, Maia centro - 249.000 EUR\nT2 remodelado, Águas Santas - 228.000 EUR\n\nVer anúncios: https://www.idealista.pt/utilizador/pesquisas",
    ),
    (
        "visita-casa",
        "2025-11-19 12:00:00 +0000",
        "Sandra Teixeira | ERA Maia <sandra.teixeira@era.pt>",
        "Visita ao T2 de Castêlo da Maia - sábado",
        "pt",
        "Boa tarde Sr. Tiago,\n\nConfirmo a visita ao T2 de Castêlo da Maia no sábado, 22/11, às 11h00. Encontramo-nos à porta do prédio (Rua Padre Luís Campos, 88).\n\nCumprimentos,\nSandra Teixeira\nConsultora Imobiliária - ERA Maia",
    ),
    (
        "casa-lista",
        "2025-11-20 17:00:00 +0000",
        "Porto Vivo, SRU <habitacao@portovivosru.pt>",
        "Lista provisória - Sorteio n.º 4/2025",
        "pt",
        "Informamos que a lista provisória de candidaturas admitidas e excluídas do Sorteio n.º 4/2025 foi publicada. A sua candidatura foi admitida. O sorteio realiza-se a 10/12/2025.\n\nPorto Vivo, SRU",
    ),
    (
        "mae4",
        "2025-11-22 21:00:00 +0000",
        "Rosa Fernandes <rosa.fernandes1958@sapo.pt>",
        "Natal",
        "pt",
        "Este ano o Natal é cá em casa. A Catarina vem? Diz-me para eu saber quantos somos. Beijinhos",
    ),
    (
        "mb4",
        "2025-11-24 13:20:00 +0000",
        "Millennium bcp <alertas@millenniumbcp.pt>",
        "Movimento na sua conta",
        "pt",
        "Informamos que foi efetuado um débito de 89,90 EUR na conta ****3381 - DECATHLON MATOSINHOS.\n\nMillennium bcp",
    ),
    (
        "blackfriday",
        "2025-11-27 07:00:00 +0000",
        "Worten <noreply@worten.pt>",
        "Black Friday: as melhores ofertas do ano começam agora",
        "pt",
        "As melhores ofertas do ano já começaram. Portáteis, TVs e eletrodomésticos com até 50%. Só até segunda-feira!",
    ),
    (
        "amazon2",
        "2025-11-28 14:22:00 +0100",
        "Amazon.es <confirmar-envio@amazon.es>",
        "Tu pedido de Amazon.es se ha enviado",
        "es",
        'Hola Tiago,\n\nTu paquete con "Botas de seguridad S3 Puma" está en camino. Llegada estimada: lunes, 1 de diciembre.\n\nNúmero de pedido 405-2299134-1180344',
    ),
    (
        "spotify2",
        "2025-11-25 03:00:00 +0000",
        "Spotify <no-reply@spotify.com>",
        "Your receipt from Spotify",
        "en",
        "Hi Tiago,\n\nThanks for your payment.\nSpotify Premium Duo - 10,99 EUR\nNext payment: 25 December 2025",
    ),
    (
        "seguro-saude",
        "2025-11-29 10:00:00 +0000",
        "Médis <naoresponder@medis.pt>",
        "Candidatura ao Seguro de Saúde Médis - documentos em falta",
        "pt",
        "Caro Tiago,\n\nRecebemos a sua proposta de adesão ao Seguro de Saúde Médis Opção 2. Para concluir a análise da candidatura, falta o questionário clínico assinado.\n\nMédis - Companhia Portuguesa de Seguros de Saúde",
    ),
    (
        "edp4",
        "2025-12-03 10:02:00 +0000",
        "EDP Comercial <faturas@edp.pt>",
        "A sua fatura de eletricidade e gás já está disponível",
        "pt",
        "Olá Tiago,\n\nA sua fatura n.º FT 2025/158330 no valor de 88,02 EUR já está disponível.\nData limite de pagamento: 22-12-2025.\n\nEDP Comercial",
    ),
    (
        "catarina4",
        "2025-12-05 20:00:00 +0000",
        "Catarina Reis <catarina.reis.arq@gmail.com>",
        "!!!",
        "pt",
        "DUAS propostas na mesma semana?! Estou tão orgulhosa. Vamos fazer uma tabela de prós e contras este fim de semana.\n\nbjs",
    ),
    (
        "vodafone4",
        "2025-12-12 08:30:00 +0000",
        "Vodafone <faturaeletronica@vodafone.pt>",
        "Fatura Vodafone dezembro 2025",
        "pt",
        "Caro cliente, a sua fatura de dezembro no valor de 49,99 EUR está disponível na área My Vodafone.",
    ),
    (
        "sorteio",
        "2025-12-10 19:00:00 +0000",
        "Porto Vivo, SRU <habitacao@portovivosru.pt>",
        "Resultado do Sorteio n.º 4/2025",
        "pt",
        "Informamos que a sua candidatura não foi contemplada no Sorteio n.º 4/2025 do Programa de Arrendamento Acessível. Ficou em lista de suplentes na posição 58.\n\nPorto Vivo, SRU",
    ),
    (
        "natal-empresa",
        "2025-12-11 12:00:00 +0000",
        "Joana Moreira <joana.moreira.design@gmail.com>",
        "Amigo secreto 🎁",
        "pt",
        "Saiu-te o Bruno no amigo secreto! Limite 20 euros. Troca no dia 20 lá em casa.",
    ),
    (
        "cp2",
        "2025-12-13 17:30:00 +0000",
        "CP - Comboios de Portugal <bilhetes@cp.pt>",
        "Bilhete CP - Intercidades Porto Campanhã > Coimbra-B",
        "pt",
        "Viagem: 20/12/2025 10:19 Porto Campanhã -> Coimbra-B (IC 522)\nCarruagem 2, lugar 41\nPreço: 13,80 EUR",
    ),
    (
        "ryanair",
        "2025-12-14 09:00:00 +0000",
        "Ryanair <do_not_reply@ryanair.com>",
        "Your booking confirmation - OPO to STN",
        "en",
        "Thank you for booking with Ryanair.\nReservation: JK4Q2P\nOutbound: Sat 10 Jan 2026, Porto (OPO) 06:25 -> London Stansted (STN) 08:50\nReturn: Mon 12 Jan 2026, STN 21:40 -> OPO 00:10",
    ),
    (
        "amazon-pt",
        "2025-12-16 09:00:00 +0100",
        "Amazon.es <pedidos@amazon.es>",
        "Pedido confirmado: Kindle Paperwhite",
        "es",
        "Hola Tiago,\n\nGracias por tu pedido. Kindle Paperwhite (16 GB) - 159,99 EUR. Te avisaremos cuando se envíe.",
    ),
    (
        "mae5",
        "2025-12-18 20:00:00 +0000",
        "Rosa Fernandes <rosa.fernandes1958@sapo.pt>",
        "Re: Natal",
        "pt",
        "Então somos 11. Tu trazes o vinho e a sobremesa. O teu pai diz parabéns pelo emprego novo, está todo vaidoso!!\n\n> Mãe, a Catarina vem, e tenho novidades: aceitei o emprego na Maia!",
    ),
    (
        "ordem-quota",
        "2025-12-19 14:00:00 +0000",
        "Ordem dos Engenheiros - Região Norte <norte@oern.pt>",
        "Boas Festas",
        "pt",
        "A Ordem dos Engenheiros - Região Norte deseja a todos os membros Boas Festas e um excelente 2026. Os serviços encerram de 24/12 a 2/1.",
    ),
    (
        "netflix2",
        "2025-12-20 09:00:00 +0000",
        "Netflix <info@mailer.netflix.com>",
        "O seu pagamento foi processado",
        "pt",
        "Olá Tiago, recebemos o seu pagamento de 13,99 EUR. Obrigado por ser membro.",
    ),
    (
        "mb5",
        "2025-12-23 13:20:00 +0000",
        "Millennium bcp <alertas@millenniumbcp.pt>",
        "Movimento na sua conta",
        "pt",
        "Informamos que foi efetuado um débito de 112,45 EUR na conta ****3381 - GARRAFEIRA TIO PEPE.\n\nMillennium bcp",
    ),
    (
        "glovo2",
        "2025-12-27 20:10:00 +0000",
        "Glovo <no-reply@glovoapp.com>",
        "O teu pedido foi entregue",
        "pt",
        "Bom apetite! O teu pedido do Sushi Boavista foi entregue. Total: 32,60 EUR.",
    ),
    (
        "bom-ano",
        "2025-12-31 18:00:00 +0000",
        "Diogo Carvalho <diogo.carvalho@outlook.pt>",
        "Bom ano!",
        "pt",
        "Bom ano malta! Que 2026 traga tudo de bom. Tiago, boa sorte no novo trabalho!",
    ),
    (
        "edp5",
        "2026-01-05 10:02:00 +0000",
        "EDP Comercial <faturas@edp.pt>",
        "A sua fatura de eletricidade e gás já está disponível",
        "pt",
        "Olá Tiago,\n\nA sua fatura n.º FT 2026/002114 no valor de 96,55 EUR já está disponível.\n\nEDP Comercial",
    ),
    (
        "salario",
        "2026-01-07 08:00:00 +0000",
        "Millennium bcp <alertas@millenniumbcp.pt>",
        "Alteração de dados - entidade patronal",
        "pt",
        "Confirmamos a atualização da entidade patronal associada à sua conta ordenado.\n\nMillennium bcp",
    ),
    (
        "ryan-checkin",
        "2026-01-08 06:25:00 +0000",
        "Ryanair <do_not_reply@ryanair.com>",
        "Check-in is now open for your flight to London Stansted",
        "en",
        "Check-in is open for your flight FR 8337 on Sat 10 Jan. Check in now and get your boarding pass: https://www.ryanair.com/checkin",
    ),
    (
        "londres",
        "2026-01-09 18:00:00 +0000",
        "Booking.com <noreply@booking.com>",
        "Your stay at The Hoxton Southwark is coming up",
        "en",
        "Hi Tiago, your stay at The Hoxton, Southwark starts tomorrow. Check-in from 15:00.",
    ),
    (
        "vodafone5",
        "2026-01-12 08:30:00 +0000",
        "Vodafone <faturaeletronica@vodafone.pt>",
        "Fatura Vodafone janeiro 2026",
        "pt",
        "Caro cliente, a sua fatura de janeiro no valor de 49,99 EUR está disponível.",
    ),
    (
        "ginasio3",
        "2026-01-13 07:00:00 +0000",
        "Fitness Boavista <geral@fitnessboavista.pt>",
        "Ano novo, objetivos novos!",
        "pt",
        "Começou 2026! Marque uma avaliação física gratuita com um dos nossos PTs na app.",
    ),
    (
        "imt",
        "2026-01-15 10:00:00 +0000",
        "IMT <naoresponder@imt-ip.pt>",
        "Revalidação da carta de condução",
        "pt",
        "Informamos que a sua carta de condução deve ser revalidada até 14/03/2026. Pode fazê-lo online no portal IMT Online.",
    ),
    (
        "condominio2",
        "2026-01-16 18:30:00 +0000",
        "Administração Condomínio Rua de Cedofeita 310 <gestao@condoporto.pt>",
        "Quotas 1.º trimestre 2026",
        "pt",
        "Exmos. Condóminos, informamos que as quotas do 1.º trimestre (fração 3E: 96,00 EUR) devem ser pagas até 31/01.",
    ),
    (
        "medium2",
        "2026-01-18 07:00:00 +0000",
        "Medium Daily Digest <noreply@medium.com>",
        "Your first 90 days as a warehouse manager",
        "en",
        "Today's highlights\n\nYour first 90 days as a warehouse manager - 7 min read\nKPIs that lie: OTIF edition - 6 min read",
    ),
    (
        "news-eco",
        "2026-01-19 07:00:00 +0000",
        "ECO <newsletter@eco.pt>",
        "ECO Manhã: os setores que mais vão contratar em 2026",
        "pt",
        "Bom dia. Logística, saúde e tecnologia lideram as intenções de contratação para 2026, segundo inquérito a 800 empresas. Ainda: entrevista ao CEO da Lusocarga sobre a expansão na Maia.",
    ),
    (
        "linkedin-social2",
        "2026-01-21 08:00:00 +0000",
        "LinkedIn <messages-noreply@linkedin.com>",
        "A sua publicação teve 48 reações",
        "pt",
        'Tiago, a sua publicação "Feliz por começar um novo capítulo na Lusocarga..." teve 48 reações e 19 comentários.\n\nVer publicação: https://www.linkedin.com/feed/',
    ),
    (
        "linkedin-social3",
        "2026-01-23 08:00:00 +0000",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Inês Figueiredo e outras 5 pessoas viram o seu perfil",
        "pt",
        "O seu perfil foi visto por 6 pessoas esta semana.\n\nVeja quem: https://www.linkedin.com/me/profile-views/",
    ),
    (
        "mb6",
        "2026-01-26 13:20:00 +0000",
        "Millennium bcp <alertas@millenniumbcp.pt>",
        "Transferência recebida",
        "pt",
        "Recebeu uma transferência de 1.842,10 EUR de LUSOCARGA LOGISTICA SA na conta ****3381.\nDescritivo: VENCIMENTO JAN26\n\nMillennium bcp",
    ),
    (
        "cgd2",
        "2026-01-27 15:00:00 +0000",
        "Caixa Geral de Depósitos <cgd@cgd.pt>",
        "Proposta de crédito habitação aprovada",
        "pt",
        "Caro Tiago,\n\nTemos o prazer de informar que a sua proposta de crédito habitação foi aprovada pelo nosso comité de crédito. A oferta vinculativa (FINE) segue em anexo e é válida por 30 dias.\n\nO seu gestor, Rui Santos\nCaixa Geral de Depósitos",
    ),
    (
        "era2",
        "2026-01-28 12:00:00 +0000",
        "Sandra Teixeira | ERA Maia <sandra.teixeira@era.pt>",
        "Proposta aceite pelo proprietário!",
        "pt",
        "Sr. Tiago, boas notícias: o proprietário aceitou a sua proposta de 231.000 EUR para o T2 de Castêlo da Maia. Vamos agendar o CPCV para a próxima semana.\n\nSandra Teixeira - ERA Maia",
    ),
    (
        "mae6",
        "2026-01-29 21:00:00 +0000",
        "Rosa Fernandes <rosa.fernandes1958@sapo.pt>",
        "casa",
        "pt",
        "Filho que alegria, a casa nova! O teu pai já está a ver onde comprar os móveis. Beijinhos",
    ),
    (
        "spotify3",
        "2026-01-25 03:00:00 +0000",
        "Spotify <no-reply@spotify.com>",
        "Your receipt from Spotify",
        "en",
        "Hi Tiago,\n\nThanks for your payment.\nSpotify Premium Duo - 10,99 EUR\nNext payment: 25 February 2026",
    ),
    (
        "edp6",
        "2026-02-03 10:02:00 +0000",
        "EDP Comercial <faturas@edp.pt>",
        "A sua fatura de eletricidade e gás já está disponível",
        "pt",
        "Olá Tiago,\n\nA sua fatura n.º FT 2026/016005 no valor de 91,20 EUR já está disponível.\n\nEDP Comercial",
    ),
    (
        "notario",
        "2026-02-05 11:00:00 +0000",
        "Cartório Notarial Dra. Helena Paiva <cartorio@notariohpaiva.pt>",
        "Agendamento de escritura",
        "pt",
        "Exmo. Senhor,\n\nConfirmamos o agendamento da escritura de compra e venda com mútuo e hipoteca para 26/02/2026, às 10h00. Solicitamos o envio prévio dos documentos indicados em anexo.\n\nCartório Notarial",
    ),
    (
        "catarina5",
        "2026-02-06 13:00:00 +0000",
        "Catarina Reis <catarina.reis.arq@gmail.com>",
        "móveis",
        "pt",
        "Vi um sofá lindo na Area, vou mandar-te o link. E a mesa pode ser a da tua avó, se a tua mãe deixar.\n\nbj",
    ),
    (
        "vodafone6",
        "2026-02-12 08:30:00 +0000",
        "Vodafone <faturaeletronica@vodafone.pt>",
        "Fatura Vodafone fevereiro 2026",
        "pt",
        "Caro cliente, a sua fatura de fevereiro no valor de 49,99 EUR está disponível.",
    ),
    (
        "mudancas",
        "2026-02-13 10:00:00 +0000",
        "Mudanças Rápidas Norte <orcamentos@mudancasnorte.pt>",
        "Orçamento de mudança Porto > Maia",
        "pt",
        "Exmo. Sr. Tiago Lopes,\n\nConforme visita, o orçamento para a mudança de Rua de Cedofeita para Castêlo da Maia é de 420 EUR + IVA, incluindo embalagem e montagem de móveis.\n\nCumprimentos,\nMudanças Rápidas Norte",
    ),
    (
        "irmao2",
        "2026-02-15 22:00:00 +0000",
        "André Lopes <andre.flopes@hotmail.com>",
        "mudança",
        "pt",
        "Sábado 28 ajudo-te com as caixas. Levo a carrinha do sogro. Abraço",
    ),
    (
        "entrevista-news",
        "2026-02-16 07:00:00 +0000",
        "Logística & Transportes Hoje <newsletter@logisticahoje.pt>",
        'Entrevista exclusiva: "Vamos contratar 200 pessoas no Norte"',
        "pt",
        "Nesta edição: entrevista exclusiva ao diretor-geral da Lusocarga, que anuncia 200 contratações e um novo armazém automático. Também: vagas em destaque no setor e os resultados do Porto de Lavra em 2025.",
    ),
    (
        "medico2",
        "2026-02-17 09:00:00 +0000",
        "SNS 24 <naoresponder@sns24.gov.pt>",
        "Resultado de análises disponível",
        "pt",
        "Os resultados das suas análises clínicas estão disponíveis na área pessoal do SNS 24.",
    ),
    (
        "condominio3",
        "2026-02-19 18:30:00 +0000",
        "Administração Condomínio Rua de Cedofeita 310 <gestao@condoporto.pt>",
        "Obras na cobertura - início",
        "pt",
        "Informamos que as obras na cobertura começam a 2/03. Durante duas semanas o elevador estará condicionado.",
    ),
    (
        "futebol3",
        "2026-02-20 23:00:00 +0000",
        "Bruno Antunes <brunoantunes84@gmail.com>",
        "Futebol volta terça",
        "pt",
        "Malta, depois da pausa o futebol volta terça às 21h. Tiago, já que agora estás na Maia, vens na mesma?",
    ),
    (
        "amazon3",
        "2026-02-21 14:22:00 +0100",
        "Amazon.es <confirmar-envio@amazon.es>",
        "Tu pedido de Amazon.es se ha enviado",
        "es",
        'Hola Tiago,\n\nTu paquete con "Taladro percutor Bosch" está en camino. Llegada estimada: martes, 24 de febrero.',
    ),
    (
        "fnac2",
        "2026-02-23 18:00:00 +0000",
        "Fnac <fnac@news.fnac.pt>",
        "Oferta: 10% em eletrodomésticos para casa nova",
        "pt",
        "Mudou de casa? Aderentes Fnac têm 10% em pequenos eletrodomésticos até 15 de março.",
    ),
    (
        "mb7",
        "2026-02-25 13:20:00 +0000",
        "Millennium bcp <alertas@millenniumbcp.pt>",
        "Transferência recebida",
        "pt",
        "Recebeu uma transferência de 1.842,10 EUR de LUSOCARGA LOGISTICA SA na conta ****3381.\nDescritivo: VENCIMENTO FEV26\n\nMillennium bcp",
    ),
    (
        "xunta",
        "2025-10-02 12:00:00 +0200",
        "Concello de Tui <rexistro@tui.gal>",
        "Confirmación de inscrición - Carreira popular Tui-Valença",
        "es",
        "Ola Tiago,\n\nA túa inscrición na XV Carreira Popular Tui-Valença (10 km) do 19 de outubro está confirmada. Dorsal n.º 1184.\n\nConcello de Tui",
    ),
    (
        "renfe",
        "2025-10-12 19:00:00 +0200",
        "Renfe <venta@renfe.es>",
        "Confirmación de compra - Vigo Urzaiz > A Coruña",
        "es",
        "Localizador: Q7K2PD\nTren: Alvia 00510, 18/10/2025 09:07 Vigo Urzaiz -> A Coruña\nCoche 3, plaza 8A\nImporte: 22,40 EUR\n\nRenfe Viajeros",
    ),
    (
        "airbnb",
        "2025-10-13 20:00:00 +0200",
        "Airbnb <automated@airbnb.com>",
        "Reserva confirmada em A Coruña",
        "pt",
        "A tua reserva está confirmada! Apartamento na Cidade Velha, A Coruña, de 17 a 19 out. Anfitriã: Uxía. Código: HM8ZK2E4PQ.",
    ),
    (
        "coursera",
        "2025-10-30 15:00:00 +0000",
        "Coursera <no-reply@coursera.org>",
        "Your application for Financial Aid has been approved",
        "en",
        'Hi Tiago,\n\nYour Financial Aid application for "Supply Chain Analytics" (Rutgers) has been approved. You now have full access to the course, including graded assignments and the certificate.\n\nThe Coursera Team',
    ),
    (
        "mestrado",
        "2025-11-08 10:00:00 +0000",
        "Porto Business School <admissoes@pbs.up.pt>",
        "Candidatura ao Executive Master em Supply Chain - próximos passos",
        "pt",
        "Caro Tiago,\n\nObrigado pela sua candidatura ao Executive Master em Operações e Supply Chain (edição 2026). Para avançar, convidamo-lo para uma entrevista de admissão com a Direção do Programa no dia 20/11, às 18h00, nas instalações da PBS.\n\nServiços de Admissões\nPorto Business School",
    ),
    (
        "mestrado2",
        "2025-11-28 17:00:00 +0000",
        "Porto Business School <admissoes@pbs.up.pt>",
        "Decisão de admissão - Executive Master",
        "pt",
        "Caro Tiago,\n\nTemos o prazer de informar que foi admitido ao Executive Master em Operações e Supply Chain. Para garantir a sua vaga, deverá efetuar a matrícula até 15/12. Em alternativa, pode adiar a entrada para a edição de 2027.\n\nServiços de Admissões",
    ),
    (
        "voluntario",
        "2025-09-29 18:00:00 +0100",
        "Banco Alimentar do Porto <voluntariado@bancoalimentar.pt>",
        "Inscrição como voluntário - campanha de novembro",
        "pt",
        "Olá Tiago,\n\nObrigado por te inscreveres como voluntário na campanha de 29 e 30 de novembro. Ficaste no turno de armazém (Sábado 9h-13h), no entreposto de Matosinhos. Vamos precisar da tua experiência em logística!\n\nBanco Alimentar Contra a Fome - Porto",
    ),
    (
        "visa-uk",
        "2025-12-20 10:00:00 +0000",
        "UK Visas and Immigration <noreply@eta.homeoffice.gov.uk>",
        "Your application for an electronic travel authorisation (ETA) has been approved",
        "en",
        "Dear Tiago Fernandes Lopes,\n\nYour application for an electronic travel authorisation (ETA) to travel to the UK has been approved. Your ETA is linked to the passport you used to apply.\n\nUK Visas and Immigration",
    ),
    (
        "tap",
        "2025-11-16 09:00:00 +0000",
        "TAP Air Portugal <noreply@flytap.com>",
        "Ofertas de inverno: voe a partir de 39 EUR",
        "pt",
        "Descubra a Europa neste inverno com tarifas a partir de 39 EUR por trajeto. Reservas até 30/11.",
    ),
    (
        "ctt3",
        "2026-01-30 09:11:00 +0000",
        "CTT Expresso <notificacoes@ctt.pt>",
        "A sua encomenda foi entregue",
        "pt",
        "A sua encomenda EA102288433PT foi entregue a 30/01/2026 às 12:14. Recebida por: Catarina R.",
    ),
    (
        "sns3",
        "2025-12-01 09:00:00 +0000",
        "SNS 24 <naoresponder@sns24.gov.pt>",
        "Vacinação gripe sazonal",
        "pt",
        "Está disponível a vacinação contra a gripe sazonal. Agende na farmácia aderente mais próxima.",
    ),
    (
        "jornal-es",
        "2025-11-05 07:30:00 +0100",
        "Faro de Vigo <boletin@farodevigo.es>",
        "Boletín: el puerto de Vigo bate récord de tráfico ro-ro",
        "es",
        "Buenos días. Hoy: el puerto de Vigo bate récord de tráfico ro-ro; la automoción gallega busca 1.500 trabajadores; entrevista al alcalde sobre el AVE.",
    ),
    (
        "oe-cota",
        "2026-02-10 14:00:00 +0000",
        "Ordem dos Engenheiros - Região Norte <norte@oern.pt>",
        "Quota 2026 disponível para pagamento",
        "pt",
        "Caro(a) Membro, a quota anual de 2026 já está disponível para pagamento. Valor: 78,00 EUR. Entidade 21112 Referência 448 310 992.",
    ),
    (
        "whats-grupo",
        "2025-09-14 10:00:00 +0100",
        "Hugo Pinheiro <hugo.pinheiro@gmail.com>",
        "Trail Gerês - inscrições",
        "pt",
        "Pessoal, as inscrições para o trail do Gerês (12 de outubro, 25 km) abrem amanhã às 10h. Quem alinha? Eu faço a inscrição de grupo.\n\nHugo",
    ),
    (
        "trail-insc",
        "2025-09-15 10:20:00 +0100",
        "Gerês Trail <inscricoes@geres-trail.pt>",
        "Inscrição confirmada - Gerês Trail 25K",
        "pt",
        "Olá Tiago Fernandes Lopes,\n\nA tua inscrição no Gerês Trail 25K está confirmada. Dorsal a levantar no secretariado, em Terras de Bouro, no dia 11/10 a partir das 16h.\n\nOrganização Gerês Trail",
    ),
    (
        "ubereats",
        "2025-09-20 21:02:00 +0100",
        "Uber Eats <noreply@uber.com>",
        "O seu pedido da Uber Eats",
        "pt",
        "Obrigado pelo seu pedido, Tiago. Total: 21,40 EUR. Restaurante: Cervejaria Gazela.",
    ),
    (
        "ordem-rev",
        "2025-10-06 11:00:00 +0100",
        "Revista Ingenium <ingenium@ordemengenheiros.pt>",
        "Ingenium n.º 192: Portos e Cadeias Logísticas",
        "pt",
        "Nesta edição: dossier sobre portos e cadeias logísticas; entrevista ao presidente de uma administração portuária; artigo técnico sobre gémeos digitais em armazéns.",
    ),
    (
        "cgd-app",
        "2025-10-11 09:00:00 +0100",
        "Caixa Geral de Depósitos <cgd@cgd.pt>",
        "Novidade na app Caixadirecta",
        "pt",
        "Já pode pagar com o telemóvel em lojas aderentes. Atualize a app Caixadirecta.",
    ),
    (
        "mb-fraude",
        "2025-10-31 11:00:00 +0000",
        "Millennium bcp <seguranca@millenniumbcp.pt>",
        "Dicas de segurança: cuidado com falsas ofertas de emprego",
        "pt",
        "Alerta: há burlas que prometem trabalho remoto bem pago em troca de dados bancários. O Millennium bcp nunca lhe pede códigos por SMS ou e-mail.",
    ),
    (
        "zoom-webinar",
        "2025-11-15 16:00:00 +0000",
        "Zoom <no-reply@zoom.us>",
        "Confirmação de inscrição: Lean Logistics Summit 2025",
        "pt",
        'Olá Tiago,\n\nObrigado por se inscrever em "Lean Logistics Summit 2025". Data: 25 nov 2025 09:30 Lisboa.\nAderir: https://us06web.zoom.us/w/8831220\n\nAdicionar ao calendário: Google / Outlook / Yahoo',
    ),
    (
        "catarina6",
        "2025-11-26 19:00:00 +0000",
        "Catarina Reis <catarina.reis.arq@gmail.com>",
        "Re: jantar",
        "pt",
        "Ok, às 20h30 no Cafeína. Reservei em nome de Reis.\n\n> onde queres ir sexta?",
    ),
    (
        "pingo",
        "2025-12-06 09:00:00 +0000",
        "Pingo Doce <poupamais@pingodoce.pt>",
        "Os seus cupões Poupa Mais da semana",
        "pt",
        "Tiago, esta semana tem 25% em bacalhau e 2.ª unidade a 50% no azeite. Ative os cupões na app.",
    ),
    (
        "ctt4",
        "2025-12-09 10:11:00 +0000",
        "CTT Expresso <notificacoes@ctt.pt>",
        "A sua encomenda está a caminho",
        "pt",
        "A sua encomenda EA099812256PT será entregue amanhã entre as 9h e as 13h.",
    ),
    (
        "irmao3",
        "2025-12-24 12:00:00 +0000",
        "André Lopes <andre.flopes@hotmail.com>",
        "Feliz Natal",
        "pt",
        "Feliz Natal mano! Logo à noite levo o bolo-rei. Abraço",
    ),
    (
        "sapo-news",
        "2026-01-06 08:00:00 +0000",
        "SAPO <newsletter@sapo.pt>",
        "As notícias do dia",
        "pt",
        "Destaques: frio intenso no Norte; preço dos combustíveis desce; Portugal com o desemprego mais baixo desde 2002.",
    ),
    (
        "booking-rev",
        "2026-01-13 10:00:00 +0000",
        "Booking.com <noreply@booking.com>",
        "How was The Hoxton, Southwark?",
        "en",
        "Hi Tiago, tell other travellers about your stay at The Hoxton, Southwark. It only takes a minute.",
    ),
    (
        "cpcv",
        "2026-02-04 16:00:00 +0000",
        "Sandra Teixeira | ERA Maia <sandra.teixeira@era.pt>",
        "CPCV - T2 Castêlo da Maia",
        "pt",
        "Sr. Tiago, segue a minuta do CPCV para revisão. A assinatura fica marcada para 9/02 às 17h na agência. Sinal: 10% do valor.\n\nSandra Teixeira",
    ),
    (
        "interview-tech",
        "2026-02-09 07:00:00 +0000",
        "The Loadstar <newsletter@theloadstar.com>",
        "Interview: the shipping line CEO betting on Iberian short-sea",
        "en",
        "Today: our interview with the CEO of a Lisbon-based shipping line on short-sea growth; container spot rates slide; who is hiring in forwarding.",
    ),
    (
        "glovo3",
        "2026-02-14 20:40:00 +0000",
        "Glovo <no-reply@glovoapp.com>",
        "O teu pedido foi entregue",
        "pt",
        "Bom apetite! O teu pedido da Pastelaria Bela Doce foi entregue. Total: 14,20 EUR.",
    ),
    (
        "ginasio4",
        "2026-02-18 07:00:00 +0000",
        "Fitness Boavista <geral@fitnessboavista.pt>",
        "Pedido de congelamento de inscrição",
        "pt",
        "Olá Tiago, recebemos o seu pedido de congelamento da inscrição por mudança de residência. Fica congelada de 1/03 a 31/05.",
    ),
    (
        "edpcasa",
        "2026-02-24 10:00:00 +0000",
        "EDP Comercial <contratos@edp.pt>",
        "Pedido de novo contrato - Castêlo da Maia",
        "pt",
        "Olá Tiago, recebemos o seu pedido de contrato de eletricidade para a morada Rua Padre Luís Campos, 88, 2.º Dto., Maia. A ligação será ativada até 5 dias úteis após a escritura.",
    ),
    (
        "tui-jornal",
        "2026-01-10 08:00:00 +0100",
        "La Voz de Galicia <boletin@lavozdegalicia.es>",
        "La Voz: Galicia, récord de afiliados a la Seguridad Social",
        "es",
        "Buenos días. Hoy: Galicia cierra el año con récord de afiliados; la automoción de Vigo recupera turnos; temporal en la costa.",
    ),
    (
        "dropbox",
        "2025-12-02 15:00:00 +0000",
        "Dropbox <no-reply@dropbox.com>",
        'Catarina Reis shared "Plantas T2 Maia" with you',
        "en",
        "Catarina Reis shared a folder with you: Plantas T2 Maia.\nOpen: https://www.dropbox.com/scl/fo/plantas-t2",
    ),
    (
        "bancoalim",
        "2025-11-27 18:00:00 +0000",
        "Banco Alimentar do Porto <voluntariado@bancoalimentar.pt>",
        "Campanha deste fim de semana - informações",
        "pt",
        "Olá voluntário! Lembramos o teu turno no armazém de Matosinhos no sábado às 9h. Traz roupa confortável. Obrigado!",
    ),
]

for _key, _date, _from, _subj, _lang, _text in _NJ:
    m("nj-" + _key, _date, _from, _subj, N(_lang), _text + "\n")

# Not-job mail with HTML only or calendar parts.
m(
    "nj-webinar-ics",
    "2025-10-14 09:02:00 +0100",
    "SAP Events <events@sap.com>",
    "Invitation: What's new in SAP EWM 2025 @ Tue Oct 21, 2025 15:00 - 16:00 (WEST)",
    N("en"),
    "You have been invited to the following event.\n\nWhat's new in SAP EWM 2025\nTue Oct 21, 2025 15:00 - 16:00 (WEST)\nJoining info: Webex\n",
    ics={
        "uid": "ewm2025webinar-7731@sap.com",
        "style": "google",
        "start": "2025-10-21 15:00:00 +0100",
        "minutes": 60,
        "organizer": ("SAP Events", "events@sap.com"),
        "summary": "Webinar: What's new in SAP EWM 2025",
        "location": "https://sap.webex.com/sap/j.php?MTID=m5c1",
        "description": "Live webinar and Q&A.",
    },
)

m(
    "nj-dentist-ics",
    "2026-01-22 11:00:00 +0000",
    "Clínica Dentária Foz <marcacoes@clinicafoz.pt>",
    "Marcação confirmada - Dra. Sílvia Pires",
    N("pt"),
    "Olá Tiago, a sua consulta ficou marcada para 3 de fevereiro às 18h30. Adicione ao calendário com o ficheiro em anexo.\n",
    ics={
        "uid": "clinfoz-20260203-1830-tfl@clinicafoz.pt",
        "style": "google",
        "start": "2026-02-03 18:30:00 +0000",
        "minutes": 45,
        "organizer": ("Clínica Dentária Foz", "marcacoes@clinicafoz.pt"),
        "summary": "Consulta dentária - Dra. Sílvia Pires",
        "location": "Av. do Brasil 512, Porto",
        "description": "Consulta de rotina.",
    },
)

m(
    "nj-oe-webinar-ics",
    "2025-10-01 16:00:00 +0100",
    "Ordem dos Engenheiros - Região Norte <eventos@oern.pt>",
    "Convite: Webinar Descarbonização da logística urbana - 2 out 18:00",
    N("pt"),
    "Segue o convite de calendário com o link Zoom para o webinar de amanhã.\n",
    ics={
        "uid": "oern-webinar-logistica-20251002@oern.pt",
        "style": "outlook",
        "start": "2025-10-02 18:00:00 +0100",
        "minutes": 90,
        "organizer": ("OE Região Norte", "eventos@oern.pt"),
        "summary": "Webinar: Descarbonização da logística urbana",
        "location": "Zoom",
        "description": "https://us02web.zoom.us/j/8812233441",
    },
)

m(
    "nj-pbs-ics",
    "2025-11-12 10:00:00 +0000",
    "Porto Business School <admissoes@pbs.up.pt>",
    "Entrevista de admissão - Executive Master (20/11, 18h00)",
    N("pt"),
    "Caro Tiago, segue o convite para a entrevista de admissão ao Executive Master. Até breve!\n",
    ics={
        "uid": "pbs-adm-2026-0412@pbs.up.pt",
        "style": "outlook",
        "start": "2025-11-20 18:00:00 +0000",
        "minutes": 30,
        "organizer": ("Admissões PBS", "admissoes@pbs.up.pt"),
        "summary": "Entrevista de admissão - Executive Master em Operações e Supply Chain",
        "location": "Porto Business School, Sala 2.04",
    },
)

m(
    "nj-research-int",
    "2025-11-21 14:00:00 +0000",
    "Mariana Lopes | Glovo UX Research <research@glovoapp.com>",
    "Queres participar numa entrevista de 30 min? Vale 25 EUR",
    N("pt"),
    "Olá Tiago!\n\nEstamos a falar com utilizadores frequentes da Glovo no Porto. Queres participar numa entrevista de investigação de 30 minutos por vídeo? Como agradecimento, oferecemos 25 EUR em crédito.\n\nEscolhe a hora: https://calendly.com/glovo-research/porto\n\nMariana\nUX Research, Glovo\n",
)

m(
    "nj-linkedin-premium",
    "2025-10-05 10:00:00 +0100",
    "LinkedIn Premium <premium-noreply@linkedin.com>",
    "Tiago, destaque-se na sua procura de emprego com o Premium Career",
    N("pt"),
    html="""<html><body style="font-family:Arial"><h2>Experimente 1 mês de Premium Career por 0 EUR</h2>
<p>Veja quem viu o seu perfil, envie mensagens InMail a recrutadores e saiba como se compara a outros candidatos.</p>
<p><a href="https://www.linkedin.com/premium/products/">Experimentar grátis</a></p>
<p style="font-size:10px">Cancele a qualquer momento. LinkedIn Ireland Unlimited Company.</p></body></html>""",
)

m(
    "nj-ikea-html",
    "2025-11-09 10:00:00 +0000",
    "IKEA Family <ikeafamily@news.ikea.pt>",
    "Ofertas IKEA Family de novembro",
    N("pt"),
    html="""<html><body><table width="600" align="center"><tr><td>
<h1 style="font-family:Noto IKEA,Arial">Novembro na IKEA Family</h1>
<p>Preços especiais para sócios em têxteis e iluminação. Workshop gratuito de organização de roupeiros a 22/11.</p>
<p><a href="https://www.ikea.com/pt/pt/ikea-family/">Ver ofertas</a></p></td></tr></table></body></html>""",
)

m(
    "nj-fwd-catarina",
    "2026-02-02 09:00:00 +0000",
    "Catarina Reis <catarina.reis.arq@gmail.com>",
    "Fwd: Convite - inauguração atelier",
    N("pt"),
    """Olha o que recebi, vamos? Sexta às 19h.

---------- Forwarded message ---------
De: Atelier Três Pontos <geral@trespontos-arq.pt>
Date: domingo, 1/02/2026 às 20:14
Subject: Convite - inauguração atelier
To: <catarina.reis.arq@gmail.com>

Temos o prazer de a convidar para a inauguração do nosso novo atelier na Rua do Almada, 220, sexta-feira, 6 de fevereiro, às 19h00. Haverá vinho do Porto e boa conversa.
""",
)
