# ruff: noqa: E501, RUF100
"""Corpus 151, job mail part two (data only): see heldout151.py."""

from __future__ import annotations

from typing import Any

from heldout151_jobs import (
    AR,
    ARR,
    CM,
    CMR,
    ET,
    ETR,
    FN,
    FNR,
    IG,
    IGR,
    KR,
    KRR,
    NF,
    NFR,
    PM,
    PMR,
    PR,
    PRR,
    PT,
    PTR,
    SL,
    SLR,
    VV,
    VVR,
    A,
    J,
    ics,
    m,
    reply,
)

TALENTUM = "Joana Frias | Talentum Norte <joana.frias@talentumnorte.example>"
ATLANTIDA = "Ricardo Moura <ricardo.moura@atlantidatalent.example>"
CAMARA = "Recursos Humanos – CM Vilar de Sousa <recrutamento@cm-vilardesousa.example>"

MAIL: list[dict[str, Any]] = [
    # --- Arcotex (5): sent by the IEFP's centro de emprego, then silence ------------------------
    m(
        "a1q6",
        "2025-10-20 10:31",
        "IEFP – Centro de Emprego de Barcelos <ce.barcelos@iefp.pt>",
        "Convocatória – Oferta de Emprego n.º 589114",
        A("interview", AR, ARR, 5, "other"),
        text="""\
Exmo.(a) Senhor(a)
Tiago Magalhães Pereira

Utente n.º 3120xxxxx

Informamos que, no âmbito da Oferta de Emprego n.º 589114 – Técnico/a de Qualidade (Têxtil), da entidade TECELAGEM ARCOZELO, LDA. (ARCOTEX), com local de trabalho em Barcelos, V. Exa. foi selecionado(a) pelo Centro de Emprego para apresentação à entidade empregadora.

Deverá comparecer na entrevista de seleção:
Data: 28-10-2025   Hora: 14:30
Local: Tecelagem Arcozelo, Lda. – Rua da Fonte Nova, 210, Arcozelo, Barcelos
Contacto: Sr.ª Engª Cláudia Lemos

Deve fazer-se acompanhar do seu curriculum vitae e desta convocatória. Após a entrevista, solicitamos que informe o Centro de Emprego do resultado, através do IEFPonline ou por resposta a este e-mail.

A não comparência injustificada pode determinar a anulação da inscrição, nos termos da legislação em vigor.

Com os melhores cumprimentos,
O Técnico de Emprego
Centro de Emprego de Barcelos
Instituto do Emprego e Formação Profissional, I.P.
""",
    ),
    m(
        "b4k2",
        "2025-10-24 09:17",
        "Cláudia Lemos <qualidade@arcotex.example>",
        "Entrevista dia 28 – IEFP",
        A("interview", AR, ARR, 5, "direct"),
        text="""\
Bom dia Tiago,

Recebemos do IEFP a indicação do seu nome para a nossa oferta de técnico de qualidade. Confirmo a entrevista para terça-feira, dia 28, às 14h30. Quando chegar pergunte por mim na portaria.

Se puder, traga exemplos de relatórios 8D ou planos de controlo que tenha feito.

Cumprimentos,
Cláudia Lemos
Resp. Qualidade | ARCOTEX – Tecelagem Arcozelo, Lda.
""",
    ),
    m(
        "c7w9",
        "2025-11-06 11:40",
        "IEFP – Centro de Emprego de Barcelos <ce.barcelos@iefp.pt>",
        "Resultado da apresentação à Oferta de Emprego n.º 589114",
        J("other_job", "other", AR, ARR),
        text="""\
Exmo.(a) Senhor(a) Tiago Magalhães Pereira,

Não tendo ainda recebido informação sobre o resultado da sua apresentação à entidade TECELAGEM ARCOZELO, LDA., no âmbito da Oferta de Emprego n.º 589114, solicitamos que nos indique, no prazo de 10 dias úteis, se compareceu à entrevista e qual o resultado (admitido / não admitido / aguarda resposta).

Pode responder através da área reservada do IEFPonline (https://iefponline.iefp.pt) ou por resposta a esta mensagem.

Centro de Emprego de Barcelos
""",
    ),
    # --- Câmara Municipal de Vilar de Sousa (12): procedimento concursal ------------------------
    m(
        "d2e5",
        "2025-09-05 07:00",
        "BEP – Bolsa de Emprego Público <noreply@bep.gov.pt>",
        "BEP: novas ofertas de acordo com o seu perfil",
        J("alert", "other"),
        html="""\
<html><body style="font-family:Arial;font-size:12px">
<p><b>Bolsa de Emprego Público</b> – Alerta de ofertas</p>
<p>Foram publicadas 3 novas ofertas que correspondem aos critérios do seu alerta «Engenharia Mecânica – Porto / Aveiro»:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Código</th><th>Organismo</th><th>Carreira/Categoria</th><th>Prazo</th></tr>
<tr><td>OE202509/0412</td><td>Município de Vilar de Sousa</td><td>Técnico Superior – Engenharia Mecânica (1 posto, CTFP por tempo indeterminado)</td><td>19-09-2025</td></tr>
<tr><td>OE202509/0388</td><td>Instituto Politécnico do Norte Litoral</td><td>Técnico Superior – Laboratório de Ensaios</td><td>16-09-2025</td></tr>
<tr><td>OE202509/0397</td><td>Serviços Municipalizados de Águas do Leça</td><td>Técnico Superior – Eletromecânica</td><td>22-09-2025</td></tr>
</table>
<p><a href="https://www.bep.gov.pt/pages/oferta/Oferta_Detalhe.aspx?CodOferta=202509%2F0412">Consultar ofertas</a></p>
<p style="color:#777">Mensagem automática da BEP – Direção-Geral da Administração e do Emprego Público. Para gerir os seus alertas aceda à área reservada.</p>
</body></html>
""",
    ),
    m(
        "e6r1",
        "2025-09-15 22:48",
        "Balcão Virtual – Município de Vilar de Sousa <balcaovirtual@cm-vilardesousa.example>",
        "Registo de entrada E/14873/2025 – comprovativo de submissão",
        A("confirmation", CM, CMR, 12, "direct"),
        text="""\
Exmo(a). Senhor(a),

A sua submissão foi registada com sucesso.

Registo de entrada: E/14873/2025
Data/hora: 15-09-2025 22:47
Requerente: Tiago Magalhães Pereira (NIF 2xxxxxx81)
Assunto: Candidatura a procedimento concursal comum – Aviso n.º 19321/2025 – Ref.ª B – 1 posto de trabalho na carreira e categoria de Técnico Superior (Engenharia Mecânica)
Documentos anexos: Formulário de candidatura; CV; Certificado de habilitações; Declaração OE.

Poderá acompanhar o seu pedido na área reservada do Balcão Virtual.

Município de Vilar de Sousa
Este e-mail foi gerado automaticamente, não responda.
""",
    ),
    m(
        "f3t8",
        "2025-10-10 15:22",
        CAMARA,
        "Notificação – Procedimento concursal Ref.ª B (Aviso n.º 19321/2025)",
        A("assessment", CM, CMR, 12, "direct"),
        text="""\
Exmo. Senhor
Tiago Magalhães Pereira

Assunto: Notificação de admissão e convocatória para a Prova de Conhecimentos – Procedimento concursal comum para ocupação de 1 posto de trabalho na carreira/categoria de Técnico Superior (Engenharia Mecânica) – Ref.ª B

Nos termos da alínea a) do n.º 1 do artigo 10.º da Portaria n.º 233/2022, de 9 de setembro, notifica-se V. Exa. de que foi ADMITIDO ao procedimento concursal em epígrafe, conforme lista afixada no edifício dos Paços do Concelho e publicitada na página eletrónica do Município.

Mais se notifica V. Exa. para a realização da Prova de Conhecimentos (escrita, com a duração de 90 minutos, com consulta apenas da legislação indicada no aviso), que terá lugar:

Dia: 25 de outubro de 2025 (sábado)
Hora: 10h00 (deverá comparecer com 30 minutos de antecedência)
Local: Escola Básica e Secundária de Vilar de Sousa – Bloco B

Deverá ser portador de documento de identificação válido e de esferográfica de tinta azul ou preta indelével. Não é permitida a utilização de telemóveis ou outros equipamentos eletrónicos.

Com os melhores cumprimentos,
A Presidente do Júri
(assinado digitalmente)
Divisão de Recursos Humanos – Câmara Municipal de Vilar de Sousa
""",
    ),
    m(
        "g8y4",
        "2025-11-14 14:55",
        CAMARA,
        "Notificação – resultados da Prova de Conhecimentos e convocatória para Entrevista Profissional de Seleção – Ref.ª B",
        A("interview", CM, CMR, 12, "direct"),
        text="""\
Exmo. Senhor
Tiago Magalhães Pereira

Notifica-se V. Exa. de que obteve a classificação de 15,25 valores na Prova de Conhecimentos do procedimento concursal em epígrafe, tendo sido aprovado.

Fica V. Exa. convocado para a Entrevista Profissional de Seleção (EPS), nos seguintes termos:

Dia: 27 de novembro de 2025
Hora: 16h15
Local: Paços do Concelho, Sala de Reuniões do 2.º piso, Praça da República, Vilar de Sousa

A lista com os resultados encontra-se afixada e publicitada em www.cm-vilardesousa.example/recrutamento.

Com os melhores cumprimentos,
A Presidente do Júri
Divisão de Recursos Humanos
""",
    ),
    m(
        "h5u0",
        "2026-02-16 11:08",
        CAMARA,
        "Notificação da lista unitária de ordenação final homologada – Ref.ª B",
        A("rejection", CM, CMR, 12, "direct"),
        text="""\
Exmo. Senhor
Tiago Magalhães Pereira

Nos termos do artigo 25.º da Portaria n.º 233/2022, de 9 de setembro, notifica-se V. Exa. de que a lista unitária de ordenação final dos candidatos aprovados no procedimento concursal comum para ocupação de 1 posto de trabalho na carreira e categoria de Técnico Superior (Engenharia Mecânica) – Ref.ª B, foi homologada por despacho do Senhor Presidente da Câmara de 12 de fevereiro de 2026.

V. Exa. ficou ordenado em 3.º lugar, com a classificação final de 14,18 valores, não se encontrando em posição de ocupar o posto de trabalho colocado a concurso. A lista constitui reserva de recrutamento interna, válida pelo prazo de 18 meses.

A lista encontra-se afixada nos Paços do Concelho e disponível em www.cm-vilardesousa.example/recrutamento, sendo publicado aviso na 2.ª série do Diário da República.

Com os melhores cumprimentos,
A Presidente do Júri
Câmara Municipal de Vilar de Sousa
""",
    ),
    # --- Prensal (13), through a temp agency that names the client late -------------------------
    m(
        "i2o7",
        "2025-09-12 10:44",
        TALENTUM,
        "Oportunidade: Engenheiro/a de Qualidade de Fornecedores – Maia",
        J("outreach", "agency", None, PRR),
        text="""\
Bom dia Tiago,

O meu nome é Joana Frias e sou consultora de recrutamento na Talentum Norte, na divisão de Engenharia & Indústria.

Encontrei o seu perfil na nossa base de dados (registou-se connosco em 2023) e acredito que possa ter interesse numa oportunidade que estamos a gerir para um cliente nosso, uma empresa de referência do setor metalomecânico / automóvel, com fábrica na Maia:

• Função: Engenheiro/a de Qualidade de Fornecedores (SQE)
• Responsabilidades: auditorias a fornecedores, PPAP, gestão de reclamações e planos 8D
• Requisitos: licenciatura/mestrado em Engenharia Mecânica ou afins, 3+ anos em ambiente industrial, inglês fluente, disponibilidade para deslocações
• Oferecemos: integração direta nos quadros do cliente, pacote salarial competitivo

Teria disponibilidade para uma breve chamada esta semana?

Com os melhores cumprimentos,

Joana Frias
Consultora Sénior – Engenharia & Indústria
Talentum Norte – Recursos Humanos, S.A. | Alvará n.º xxx/2004
Av. da Boavista, 1500 · Porto
www.talentumnorte.example

Por favor, considere o ambiente antes de imprimir este e-mail.
""",
    ),
    m(
        "j9p3",
        "2025-09-23 16:20",
        TALENTUM,
        "RE: Oportunidade: Engenheiro/a de Qualidade de Fornecedores – Maia",
        A("interview", PR, PRR, 13, "agency"),
        text="""\
Olá Tiago,

Como falámos ao telefone, o seu perfil foi muito bem recebido pelo cliente. Agora já posso revelar: trata-se da Prensal – Estampagem Metálica, S.A., na Zona Industrial da Maia.

A entrevista ficou marcada para terça-feira, dia 30 de setembro, às 9h30, nas instalações da Prensal, com o Eng. Vítor Sampaio (Diretor da Qualidade) e comigo. Envio convite para o calendário.

Qualquer questão, estou ao dispor.

Joana

Joana Frias
Consultora Sénior – Engenharia & Indústria | Talentum Norte
M +351 91x xxx xxx
""",
        ics=ics(
            "2h4j6k8l0z1x3c5v7b9n@google.com",
            "2025-09-30 09:30",
            "Entrevista Prensal – Tiago Pereira (SQE)",
            ("Joana Frias", "joana.frias@talentumnorte.example"),
            attendees=[("Vítor Sampaio", "vitor.sampaio@prensal.example")],
            location="Prensal – Estampagem Metálica, S.A., Zona Industrial da Maia I, Sector X",
        ),
    ),
    m(
        "k4a6",
        "2025-10-07 18:03",
        TALENTUM,
        "Feedback",
        A("rejection", PR, PRR, 13, "agency"),
        text="""\
Olá Tiago,

Desculpe a demora no feedback. Falei hoje com o Eng. Vítor Sampaio: gostaram muito da sua postura e da sua experiência em manutenção, mas acabaram por optar por um candidato que já vinha da qualidade de fornecedores num Tier 1, com experiência direta em PPAP.

Não é o desfecho que queríamos, mas fica a boa impressão junto do cliente. Vou manter o seu perfil ativo para outras oportunidades na área da engenharia de processo e melhoria contínua.

Obrigada pela disponibilidade e até breve,
Joana Frias
Talentum Norte
""",
    ),
    # --- Pinhal Tubos (14), through a headhunter who first wrote on LinkedIn -----------------------
    m(
        "l1s8",
        "2025-10-31 17:26",
        "Ricardo Moura via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Process Engineer – projeto confidencial (Aveiro)",
        J("outreach", "linkedin", None, PTR),
        text="""\
Ricardo Moura
Partner @ Atlântida Talent Partners | Engineering & Operations Search

Olá Tiago,

Estou a conduzir um processo confidencial para um grupo industrial português, exportador, com fábrica na zona de Aveiro, para a função de Process Engineer (processos de conformação e soldadura de tubo de aço, projetos de melhoria de OEE e redução de sucata).

O seu percurso na manutenção e TPM chamou-me a atenção. Teria 15 minutos para uma conversa na próxima semana?

Cumprimentos,
Ricardo

Responder: https://www.linkedin.com/messaging/thread/2-NWQxOTk2ZjAtYjk2Ni00/?lipi=urn%3Ali%3Apage%3Aemail_inmail

Esta é uma mensagem InMail enviada através do LinkedIn. © 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "m7d2",
        "2025-11-11 12:14",
        ATLANTIDA,
        "Process Engineer | Pinhal Tubos – descrição e próximos passos",
        A("confirmation", PT, PTR, 14, "agency"),
        text="""\
Caro Tiago,

Obrigado pela conversa de ontem. Conforme combinado, segue em anexo a descrição da função. Agora que temos o seu acordo, posso dizer-lhe que o cliente é a Pinhal Tubos, S.A., em Esgueira (Aveiro).

Com a sua autorização, já apresentei hoje a sua candidatura ao Diretor de Operações, Eng. Rui Barbosa. Informo-o logo que tenha feedback; o cliente pretende fazer as primeiras entrevistas ainda em novembro.

Um abraço,

Ricardo Moura
Partner | Atlântida Talent Partners
Engineering & Operations Executive Search
Rua Júlio Dinis, 561 · Porto
""",
        attach=[
            ("JD_Process_Engineer_PinhalTubos.pdf", "application/pdf", "%PDF-1.4 job description")
        ],
    ),
    m(
        "n3f9",
        "2025-11-20 09:05",
        ATLANTIDA,
        "Entrevista Pinhal Tubos – 26/11",
        A("interview", PT, PTR, 14, "agency"),
        text="""\
Tiago,

Boas notícias: o Eng. Rui Barbosa quer conhecê-lo. Entrevista na Pinhal Tubos na quarta, 26/11, às 17h00 (depois do seu horário, como pediu). Segue convite.

Depois ligo-lhe para prepararmos.

Ricardo
""",
        ics=ics(
            "8g6f4d2s0a9p7o5i3u1y@google.com",
            "2025-11-26 17:00",
            "Pinhal Tubos – entrevista Eng. Rui Barbosa / Tiago M. Pereira",
            ("Ricardo Moura", "ricardo.moura@atlantidatalent.example"),
            minutes=75,
            attendees=[("Rui Barbosa", "rui.barbosa@pinhaltubos.example")],
            location="Pinhal Tubos, S.A. – Rua do Vouga, Esgueira, Aveiro",
        ),
    ),
    # --- Plastimaia (15): Indeed, viewed, silence ------------------------------------------------
    m(
        "o8g1",
        "2025-09-17 07:52",
        "Indeed Apply <indeedapply@indeed.com>",
        "Candidatura enviada: Engenheiro/a de Manutenção e Melhoria",
        A("confirmation", PM, PMR, 15, "indeed"),
        html="""\
<html><body style="font-family:Noto Sans,Helvetica,Arial,sans-serif;color:#2d2d2d">
<table width="100%" style="max-width:600px;margin:auto"><tr><td>
<img src="https://www.indeed.com/images/indeed-logo-email.png" alt="Indeed" width="90">
<h2 style="font-size:20px">A sua candidatura foi enviada</h2>
<p><b>Engenheiro/a de Manutenção e Melhoria</b><br>Plastimaia – Injeção de Plásticos, Lda. – Maia, Porto</p>
<p>A empresa irá receber as seguintes informações:<br>• Nome, e-mail e telemóvel<br>• CV: CV_TiagoPereira_2025.pdf<br>• Respostas às perguntas de seleção (2)</p>
<p>Próximos passos: se o empregador estiver interessado, entrará em contacto consigo diretamente. Pode acompanhar o estado em <a href="https://myjobs.indeed.com/applied?from=email_apply_confirm">Os meus empregos</a>.</p>
<p style="font-size:12px;color:#767676">Boa sorte!<br>A equipa Indeed</p>
<p style="font-size:11px;color:#767676">© 2025 Indeed · <a href="https://pt.indeed.com/legal">Termos</a> · <a href="https://pt.indeed.com/legal#privacy">Privacidade</a> · Indeed Ireland Operations Ltd, 124 St Stephen's Green, Dublin 2</p>
</td></tr></table></body></html>
""",
    ),
    m(
        "p2h7",
        "2025-09-24 13:37",
        "Indeed <donotreply@match.indeed.com>",
        "O empregador viu a sua candidatura",
        A("viewed", PM, PMR, 15, "indeed"),
        text="""\
Tiago, boas notícias!

A Plastimaia – Injeção de Plásticos, Lda. viu a sua candidatura para Engenheiro/a de Manutenção e Melhoria.

Enquanto espera, veja empregos semelhantes na Maia:
- Técnico de Manutenção Eletromecânica – Maia – há 2 dias
- Engenheiro de Produção – Vila do Conde – há 5 dias

https://pt.indeed.com/myjobs?from=viewedemail

Indeed
""",
    ),
    # --- Kinetik Robotics (16): Landing.jobs ---------------------------------------------------
    m(
        "q5j4",
        "2025-11-18 22:30",
        "Landing.jobs <hello@landing.jobs>",
        "Your application to Kinetik Robotics was submitted",
        A("confirmation", KR, KRR, 16, "other", "en"),
        text="""\
Hey Tiago,

Your application to Manufacturing Engineer (Robotic Cells) at Kinetik Robotics has been submitted. 🎉

What happens now?
1. Our talent team reviews your application (usually within 2–3 working days).
2. If it's a match, we send it to Kinetik Robotics.
3. You'll get an update from us at every step.

Follow your application: https://landing.jobs/dashboard/applications?utm_source=transactional

Cheers,
The Landing.jobs team
""",
    ),
    m(
        "r9k0",
        "2025-11-24 11:12",
        "Landing.jobs <hello@landing.jobs>",
        "Kinetik Robotics wants to interview you!",
        A("interview", KR, KRR, 16, "other", "en"),
        text="""\
Hi Tiago,

Great news – Kinetik Robotics moved your application for Manufacturing Engineer (Robotic Cells) to the interview stage!

Their CTO, Miguel Sá, will reach out to you directly to schedule a first call. In the meantime, check the company page and prepare a couple of questions about their robotic welding cells.

Good luck!
Sara @ Landing.jobs
""",
    ),
    m(
        "s6l3",
        "2025-12-15 16:44",
        "Landing.jobs <hello@landing.jobs>",
        "Update on your application to Kinetik Robotics",
        A("rejection", KR, KRR, 16, "other", "en"),
        text="""\
Hi Tiago,

Thanks for interviewing with Kinetik Robotics. Unfortunately they decided not to move forward with your application for Manufacturing Engineer (Robotic Cells).

Their feedback: "Really good manufacturing fundamentals, but we need someone who can already program ABB/Fanuc robots on day one."

We know this is not the news you were hoping for. Keep your profile up to date – new roles are added every week.

Sara @ Landing.jobs
""",
    ),
    # --- Sensorlab (17): ITJobs, nothing after -------------------------------------------------
    m(
        "t0m8",
        "2025-11-25 21:03",
        "ITJobs.pt <noreply@itjobs.pt>",
        "Candidatura enviada – Consultor MES / Industrial Engineer",
        A("confirmation", SL, SLR, 17, "other"),
        text="""\
Olá Tiago,

A tua candidatura à oferta "Consultor MES / Industrial Engineer" da empresa Sensorlab foi enviada com sucesso.

Local: Porto (híbrido)
Ref.: 493118

A empresa recebeu o teu CV e a tua carta de apresentação. Boa sorte!

itjobs.pt – emprego em tecnologia
Gerir notificações: https://www.itjobs.pt/conta/notificacoes
""",
    ),
    # --- Vidreira do Vouga (18): Expresso Emprego; a neutral no -------------------------------------
    m(
        "u3n5",
        "2025-09-25 12:36",
        "Expresso Emprego <candidaturas@expressoemprego.pt>",
        "A sua candidatura foi enviada",
        A("confirmation", VV, VVR, 18, "other"),
        text="""\
Caro(a) Tiago Magalhães Pereira,

Confirmamos o envio da sua candidatura ao anúncio:

Engenheiro/a de Produção (M/F) – Aveiro
Vidreira do Vouga, S.A.
Ref.ª VV/EP/09-25

Boa sorte!
Expresso Emprego
""",
    ),
    m(
        "v7o2",
        "2025-12-17 10:58",
        "Recursos Humanos <rh@vidreiravouga.example>",
        "Processo de recrutamento – ref. VV/EP/09-25",
        A("rejection", VV, VVR, 18, "direct"),
        text="""\
Exmo. Senhor,

Agradecemos o interesse manifestado na Vidreira do Vouga, S.A. e a candidatura apresentada para a função de Engenheiro/a de Produção.

Após análise de todas as candidaturas recebidas, informamos que o seu perfil não foi selecionado para a fase seguinte do processo de recrutamento.

Os seus dados serão mantidos na nossa base de dados pelo período de um ano, podendo ser considerados em futuros processos, salvo indicação em contrário da sua parte.

Com os melhores cumprimentos,

Departamento de Recursos Humanos
Vidreira do Vouga, S.A.
Cais da Fonte Nova · Aveiro
""",
    ),
    # --- Nordfeld Automation (19): LinkedIn, viewed, then nothing -----------------------------------
    m(
        "w1p6",
        "2025-11-07 12:47",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tiago, your application was sent to Nordfeld Automation",
        A("confirmation", NF, NFR, 19, "linkedin", "en"),
        text="""\
Your application was sent to Nordfeld Automation

Lean Six Sigma Engineer
Nordfeld Automation · Maia, Porto, Portugal (Hybrid)
Applied on Nov 7, 2025

Track your application: https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED

Now, take these next steps for more success:
- Follow Nordfeld Automation to hear about new jobs
- Add skills to your profile

This email was intended for Tiago Magalhães Pereira (Engenheiro Mecânico | Manutenção Industrial | TPM · Lean)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"},
    ),
    m(
        "x4q9",
        "2025-11-14 18:21",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Nordfeld Automation",
        A("viewed", NF, NFR, 19, "linkedin", "en"),
        text="""\
Tiago, your application was viewed

Nordfeld Automation viewed your application for Lean Six Sigma Engineer.

This doesn't mean a decision has been made. Companies often view applications several times before reaching out.

View job: https://www.linkedin.com/comm/jobs/view/4131177052/

This email was intended for Tiago Magalhães Pereira.
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
    ),
    # --- Irmãos Gouveia (20): a spontaneous application, answered from hotmail ---------------------
    m(
        "y8r1",
        "2025-10-02 21:14",
        "Manuel Gouveia <manuelgouveia.metal@hotmail.com>",
        "RE: Candidatura espontânea – Tiago Pereira, Eng. Mecânico",
        A("rejection", IG, IGR, 20, "direct"),
        text="""\
Boa noite Sr. Engenheiro

Agradeço o seu email e o CV. Neste momento a empresa nao tem vaga para engenheiro, somos 22 pessoas e o meu filho é que trata da parte técnica. Fica o seu contacto guardado se a situação mudar.

Cumprimentos
Manuel Gouveia
Metalúrgica Irmãos Gouveia, Lda - Trofa

Enviado do meu Samsung Galaxy

-------- Mensagem original --------
De: Tiago Magalhães Pereira <tiago.mpereira@gmail.com>
Data: 30/09/2025 20:41
Para: geral@irmaosgouveia.example
Assunto: Candidatura espontânea – Tiago Pereira, Eng. Mecânico

Exmos. Senhores,

Sou engenheiro mecânico, membro efetivo da Ordem dos Engenheiros, com cinco anos de experiência em manutenção industrial. Gostaria de apresentar a minha candidatura espontânea a uma função de engenharia na vossa empresa. Envio o CV em anexo.

Com os melhores cumprimentos,
Tiago Magalhães Pereira
""",
        **reply("<CAH5xq9Rg0spont@mail.gmail.com>"),
    ),
    # --- Frutonorte (21): Net-Empregos, nothing after ------------------------------------------
    m(
        "z2s4",
        "2025-09-29 20:05",
        "Net-Empregos <noreply@net-empregos.com>",
        "Candidatura enviada: Técnico/a de Melhoria Contínua – Maia",
        A("confirmation", FN, FNR, 21, "other"),
        text="""\
Olá Tiago Pereira,

A sua candidatura ao anúncio abaixo foi enviada com sucesso para o anunciante:

Técnico/a de Melhoria Contínua – Maia
Empresa: Frutonorte – Transformação de Frutas, S.A.
Zona: Porto | Categoria: Indústria / Produção
Ref.: FN-MC-2509

Boa sorte! A partir de agora, o contacto será feito diretamente pela entidade empregadora.

Net-Empregos.com
""",
    ),
    # --- Elektra Termotecnia (22): a forwarded SmartRecruiters confirmation -------------------------
    m(
        "a6t7",
        "2025-10-16 08:09",
        "Tiago Pereira <tiago.m.pereira@sapo.pt>",
        "Fwd: Thank you for your application – Industrial Engineer – Heat Pumps",
        A("confirmation", ET, ETR, 22, "smartrecruiters", "en"),
        text="""\
(enviado do email antigo, para não perder)

---------- Forwarded message ---------
From: Elektra Termotecnia <no-reply@smartrecruiters.com>
Date: qua., 15/10/2025 às 23:52
Subject: Thank you for your application – Industrial Engineer – Heat Pumps
To: <tiago.m.pereira@sapo.pt>

Dear Tiago,

Thank you for applying for the Industrial Engineer – Heat Pumps position at Elektra Termotecnia Portugal, S.A. in Aveiro.

We have received your application and our recruitment team will review it shortly. If your qualifications match our needs, we will contact you to discuss the next steps.

Best regards,
Elektra Termotecnia – Talent Acquisition

Powered by SmartRecruiters
""",
        **reply("<sr.4f8e2c1a9b@smartrecruiters.com>"),
    ),
    m(
        "b9u0",
        "2026-01-27 15:39",
        "Elektra Termotecnia <no-reply@smartrecruiters.com>",
        "Your application for Industrial Engineer – Heat Pumps",
        A("rejection", ET, ETR, 22, "smartrecruiters", "en"),
        to="Tiago Pereira <tiago.m.pereira@sapo.pt>",
        text="""\
Dear Tiago,

Thank you for your patience and for your interest in Elektra Termotecnia.

We received a large number of applications for the Industrial Engineer – Heat Pumps position. After careful review, we regret to inform you that we have decided to pursue other candidates whose profiles more closely match the requirements of the role.

We will keep your profile in our talent pool and may contact you should a suitable opportunity arise.

Best regards,
Elektra Termotecnia – Talent Acquisition

Powered by SmartRecruiters
""",
    ),
    # --- Alerts, talent communities, nudges ------------------------------------------------------
    m(
        "c3v2",
        "2025-09-02 07:31",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "«engenheiro de processos»: 14 novas vagas em Porto",
        J("alert", "linkedin"),
        text="""\
Os seus alertas de emprego para «engenheiro de processos» em Porto, Portugal

Engenheiro de Processos – Extrusão
Grupo Fibrocel · Santa Maria da Feira · Candidatura simplificada
https://www.linkedin.com/comm/jobs/view/4120051187/

Process Engineer (m/f/d)
Hartwell Automotive · Ovar · Há 3 dias
https://www.linkedin.com/comm/jobs/view/4119984420/

Industrial Engineer – Lean
Tecnimarco · Vila Nova de Gaia · 31 candidatos
https://www.linkedin.com/comm/jobs/view/4120307765/

Ver todas as vagas: https://www.linkedin.com/comm/jobs/search/?keywords=engenheiro%20de%20processos&location=Porto

Está a receber alertas de emprego porque os ativou. Gerir alertas: https://www.linkedin.com/comm/jobs/alerts
© 2025 LinkedIn Ireland Unlimited Company
""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/jobs/alerts/unsubscribe>"},
    ),
    m(
        "d0w5",
        "2025-09-03 06:15",
        "Net-Empregos <alertas@net-empregos.com>",
        "Alerta de emprego: 9 novos anúncios – Engenharia (Porto)",
        J("alert", "other"),
        text="""\
Novos anúncios para o seu alerta "Engenharia - Porto, Aveiro, Braga":

- Engenheiro Mecânico (M/F) – Gondomar – Metalomecânica Serralves, Lda.
- Técnico de Manutenção Industrial – Santa Maria da Feira – Empresa do setor corticeiro
- Engenheiro/a de Qualidade – Braga – Confidencial
- Gestor/a de Produção – Paredes – Móveis Sousa & Filhos
- Engenheiro/a de Processo – Ovar – (via empresa de recrutamento)
... e mais 4 anúncios.

Ver todos: https://www.net-empregos.com/alertas/ver.asp?id=88213

Para cancelar este alerta clique aqui: https://www.net-empregos.com/alertas/cancelar.asp?id=88213
""",
    ),
    m(
        "e4x8",
        "2025-09-09 08:20",
        "Hartwell Automotive – Careers <noreply@successfactors.eu>",
        "Bem-vindo à Comunidade de Talento Hartwell",
        J("alert", "other", "Hartwell Automotive"),
        text="""\
Olá Tiago,

Obrigado por se juntar à Comunidade de Talento da Hartwell Automotive!

A partir de agora vai receber, por e-mail, as novas oportunidades que correspondam às áreas de interesse que selecionou (Engenharia de Processo; Qualidade; Produção) nas localizações Ovar e Palmela.

Pode atualizar as suas preferências ou cancelar a subscrição a qualquer momento no seu perfil:
https://career5.successfactors.eu/career?company=HWASYSP1&career_ns=talent_community

Equipa de Recrutamento
Hartwell Automotive
""",
    ),
    m(
        "f1y3",
        "2025-09-29 07:48",
        "Indeed <alert@indeed.com>",
        "30+ novos empregos de engenheiro industrial no Porto",
        J("alert", "indeed"),
        html="""\
<html><body style="font-family:Arial;color:#2d2d2d">
<p style="font-size:18px"><b>engenheiro industrial</b> · Porto</p>
<p><a href="https://pt.indeed.com/rc/clk?jk=6f2a1b9e&amp;from=ja">Engenheiro Industrial (m/f)</a><br>Plastimaia – Injeção de Plásticos · Maia<br><span style="color:#767676">Candidate-se facilmente</span></p>
<p><a href="https://pt.indeed.com/rc/clk?jk=9c3d5e7f&amp;from=ja">Técnico/a de Métodos e Tempos</a><br>Calçado Norte Atlântico · Felgueiras<br><span style="color:#767676">Novo</span></p>
<p><a href="https://pt.indeed.com/rc/clk?jk=1a4b8c2d&amp;from=ja">Lean Manufacturing Specialist</a><br>Confidencial · Porto · 1 800 € – 2 300 € por mês</p>
<p><a href="https://pt.indeed.com/jobs?q=engenheiro+industrial&amp;l=Porto&amp;from=ja">Ver todos os empregos</a></p>
<p style="font-size:11px;color:#767676">Recebe este alerta porque o criou no Indeed. <a href="https://pt.indeed.com/alert/unsubscribe?id=ab12">Anular subscrição</a></p>
</body></html>
""",
        headers={"List-Unsubscribe": "<https://pt.indeed.com/alert/unsubscribe?id=ab12>"},
    ),
    m(
        "g6z0",
        "2025-10-08 06:45",
        "ITJobs.pt <alertas@itjobs.pt>",
        'Alerta: 5 novas ofertas para "MES"',
        J("alert", "other"),
        text="""\
Olá Tiago,

Há 5 novas ofertas para o teu alerta "MES" (Porto, Braga, Aveiro, Remoto):

* MES Consultant – Sensorlab – Porto – híbrido
* Engenheiro de Software Industrial (PLC/SCADA) – Autonor – Braga
* Industrial IoT Engineer – Fabriq – Porto
* Data Analyst – Manufacturing – Confidencial – Remoto
* Junior MES Developer – Critical Manufacturing Partner – Maia

https://www.itjobs.pt/alertas/19922

itjobs.pt
""",
    ),
    m(
        "h3a4",
        "2025-10-15 09:02",
        "SAPO Emprego <alertas@emprego.sapo.pt>",
        "Novas ofertas para si: Engenharia / Qualidade",
        J("alert", "other"),
        text="""\
Olá Tiago,

Selecionámos estas ofertas com base no seu perfil:

> Responsável de Qualidade – Indústria Alimentar – Vila do Conde
> Engenheiro/a Mecânico/a – Projeto de Máquinas – Trofa
> Técnico/a de Higiene e Segurança – Santa Maria da Feira
> Engenheiro/a de Processo – Calçado – São João da Madeira

Veja todas em https://emprego.sapo.pt/ofertas?alerta=55123&utm_source=email

SAPO Emprego
""",
    ),
    m(
        "i0b7",
        "2025-10-20 18:10",
        "LinkedIn <jobs-listings@linkedin.com>",
        "A Medinorte está a contratar: Engenheiro/a de Qualidade e mais 4 vagas",
        J("alert", "linkedin", "Medinorte"),
        text="""\
Empresas que segue estão a contratar

Medinorte
Engenheiro/a de Qualidade – Validação · Trofa
Técnico/a de Manutenção – Utilidades · Trofa
Analista de Controlo de Qualidade · Trofa

Grupo Carvalhosa
Engenheiro/a de Melhoria Contínua · Águeda

Ver vagas: https://www.linkedin.com/comm/jobs/collections/followed-companies/

© 2025 LinkedIn Ireland Unlimited Company
""",
    ),
    m(
        "j7c1",
        "2025-11-06 23:09",
        "Fabriq <no-reply@teamtailor.com>",
        "Bem-vindo à talent community da Fabriq",
        J("alert", "teamtailor", "Fabriq"),
        text="""\
Olá Tiago,

Ficaste ligado à Fabriq através do nosso Connect. Vamos avisar-te por email sempre que abrirmos uma vaga que combine contigo – engenharia industrial, produto ou customer success.

Podes sair quando quiseres: https://fabriqlabs-1.teamtailor.com/connect/unsubscribe

Equipa Fabriq
Powered by Teamtailor
""",
    ),
    m(
        "k8d6",
        "2025-11-13 10:30",
        "Landing.jobs <newsletter@landing.jobs>",
        "This week: 42 new jobs, including Industry 4.0 roles in Porto",
        J("alert", "other", lang="en"),
        html="""\
<html><body style="font-family:Arial;color:#222">
<h2>Your weekly Landing.jobs digest</h2>
<p><b>Manufacturing Engineer (Robotic Cells)</b> – Kinetik Robotics – Porto – €30k–40k</p>
<p><b>Industrial Data Engineer</b> – Lusodata – Remote (PT) – €35k–48k</p>
<p><b>MES Consultant</b> – Sensorlab – Porto – €28k–38k</p>
<p><a href="https://landing.jobs/jobs?utm_source=newsletter&amp;utm_campaign=weekly_digest_2025_46">See all jobs</a></p>
<p style="font-size:11px;color:#888">You're receiving this because you signed up for Landing.jobs. <a href="https://landing.jobs/unsubscribe?u=9f2">Unsubscribe</a></p>
</body></html>
""",
        headers={"List-Unsubscribe": "<https://landing.jobs/unsubscribe?u=9f2>"},
    ),
    m(
        "l2e9",
        "2025-11-20 08:00",
        "Expresso Emprego <newsletter@expressoemprego.pt>",
        "As ofertas da semana + 5 perguntas que vão fazer na sua próxima entrevista",
        J("alert", "other"),
        html="""\
<html><body style="font-family:Georgia,serif;color:#222">
<h1 style="font-size:22px">Expresso Emprego</h1>
<h3>5 perguntas que vão fazer na sua próxima entrevista (e como responder)</h3>
<p>Do clássico "fale-me de si" à pergunta sobre pretensões salariais: a consultora de carreira Teresa Alvim explica como preparar cada resposta.</p>
<h3>Ofertas em destaque</h3>
<ul>
<li>Diretor/a Industrial – Setor Metalomecânico – Aveiro</li>
<li>Engenheiro/a de Processo – Indústria Farmacêutica – Trofa</li>
<li>Supply Chain Manager – Grande Distribuição – Porto</li>
</ul>
<p><a href="https://expressoemprego.pt/ofertas?utm_source=newsletter">Ver todas as ofertas</a></p>
<p style="font-size:10px">Recebe esta newsletter porque está registado no Expresso Emprego. <a href="https://expressoemprego.pt/newsletter/remover">Remover</a></p>
</body></html>
""",
    ),
    m(
        "m5f2",
        "2025-12-09 07:33",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"continuous improvement" in European Union (Remote): new jobs',
        J("alert", "linkedin", lang="en"),
        text="""\
Your job alert for "continuous improvement" in European Union (Remote)

Continuous Improvement Manager – Remote (EU)
Kessler Fahrzeugtechnik GmbH · Germany (Remote)

Lean Consultant – Manufacturing
Vandijk Operations B.V. · Netherlands (Remote) · Easy Apply

Operational Excellence Engineer
Nordic Tubes AB · EMEA (Remote) · Be an early applicant

See all jobs: https://www.linkedin.com/comm/jobs/search/?keywords=continuous%20improvement&f_WT=2

Manage alerts: https://www.linkedin.com/comm/jobs/alerts
""",
    ),
    m(
        "n9g5",
        "2026-01-12 07:50",
        "Indeed <alert@indeed.com>",
        "engenheiro de qualidade – Aveiro: 12 novos empregos",
        J("alert", "indeed"),
        text="""\
Novos empregos para engenheiro de qualidade em Aveiro

Engenheiro de Qualidade Fornecedor – Ovar – Hartwell Automotive
Técnico de Qualidade – Águeda – Bicicletas Vouga
Quality Engineer – Ílhavo – Porcelanas Costa Nova Industrial

Ver todos: https://pt.indeed.com/jobs?q=engenheiro+de+qualidade&l=Aveiro

Anular subscrição: https://pt.indeed.com/alert/unsubscribe?id=cd34
""",
    ),
    m(
        "o4h8",
        "2026-01-19 06:20",
        "Net-Empregos <alertas@net-empregos.com>",
        "Alerta de emprego: 6 novos anúncios – Engenharia (Aveiro)",
        J("alert", "other"),
        text="""\
Novos anúncios para o seu alerta "Engenharia - Porto, Aveiro, Braga":

- Engenheiro/a de Manutenção – Águeda – Empresa de componentes metálicos
- Engenheiro/a de Processo – Estarreja – Indústria química
- Técnico/a de Qualidade – Oliveira de Azeméis – Moldes
- Desenhador/a Projetista – Vagos
... e mais 2 anúncios.

Ver todos: https://www.net-empregos.com/alertas/ver.asp?id=88213
Cancelar alerta: https://www.net-empregos.com/alertas/cancelar.asp?id=88213
""",
    ),
    m(
        "p0i1",
        "2026-02-10 07:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "«lean manager»: 6 novas vagas em Aveiro",
        J("alert", "linkedin"),
        text="""\
Os seus alertas de emprego para «lean manager» em Aveiro, Portugal

Lean Manager – Indústria Automóvel
Hartwell Automotive · Ovar

Responsável de Melhoria Contínua
Grupo Carvalhosa · Águeda

Ver todas as vagas: https://www.linkedin.com/comm/jobs/search/?keywords=lean%20manager&location=Aveiro

Gerir alertas: https://www.linkedin.com/comm/jobs/alerts
""",
    ),
    # --- Outreach ----------------------------------------------------------------------------------
    m(
        "q7j4",
        "2025-11-25 14:05",
        "Filipa Amaral <filipa.amaral@hayden-recruitment.example>",
        "Quality Manager – Vila do Conde",
        J("outreach", "agency", None, "Quality Manager"),
        text="""\
Olá Tiago, tudo bem?

Sou a Filipa, consultora na Hayden Recruitment (Engineering & Manufacturing). Estou a recrutar um Quality Manager para uma multinacional do setor alimentar em Vila do Conde: equipa de 6 pessoas, IFS/BRC, reporte ao Plant Manager. Pacote entre 45 e 52 mil € brutos anuais + carro.

Sei que o seu percurso é mais de manutenção, mas o cliente valoriza perfis técnicos com liderança. Faz sentido falarmos 10 minutos?

Obrigada,
Filipa Amaral
Senior Consultant | Hayden Recruitment Portugal
""",
    ),
    m(
        "r3k7",
        "2025-12-02 09:41",
        "Jan Keller via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Lean Manager role – Kessler Fahrzeugtechnik (Stuttgart, relocation)",
        J("outreach", "linkedin", "Kessler Fahrzeugtechnik", "Lean Manager", "en"),
        text="""\
Jan Keller
Senior Talent Partner at Kessler Fahrzeugtechnik GmbH

Hi Tiago,

I came across your profile and was impressed by your TPM and SMED projects. We are looking for a Lean Manager for our chassis plant near Stuttgart. Relocation support and German lessons are included; English is our working language on the shop floor management level.

Would you be open to a short call?

Best,
Jan

Reply: https://www.linkedin.com/messaging/thread/2-YzU0MjE4/?lipi=urn%3Ali%3Apage%3Aemail_inmail
This is an InMail sent via LinkedIn. © 2025 LinkedIn Ireland Unlimited Company.
""",
    ),
    m(
        "s0l2",
        "2026-01-20 11:33",
        TALENTUM,
        "Nova oportunidade – Engenheiro/a de Processo (Santa Maria da Feira)",
        J("outreach", "agency", None, "Engenheiro/a de Processo"),
        text="""\
Olá Tiago,

Espero que tenha tido um bom início de ano! Tenho uma nova oportunidade que me fez lembrar de si: Engenheiro/a de Processo numa empresa de embalagem em Santa Maria da Feira (bem perto de onde trabalha atualmente).

Se tiver interesse, diga-me e ligo-lhe.

Joana Frias
Talentum Norte
""",
    ),
    # --- Other job mail ----------------------------------------------------------------------------
    m(
        "t8m6",
        "2025-09-11 13:02",
        "SAPO Emprego <noreply@emprego.sapo.pt>",
        "Confirme o seu registo no SAPO Emprego",
        J("other_job", "other"),
        text="""\
Olá Tiago,

Obrigado por se registar no SAPO Emprego. Para ativar a sua conta, confirme o seu endereço de e-mail:

https://emprego.sapo.pt/registo/confirmar?token=8fa61c0d2e

Se não foi você, ignore esta mensagem.

SAPO Emprego
""",
    ),
    m(
        "u1n0",
        "2025-11-17 10:05",
        "Landing.jobs <hello@landing.jobs>",
        "Your profile is approved ✅",
        J("other_job", "other", lang="en"),
        text="""\
Hi Tiago,

Good news: your Landing.jobs profile has been reviewed and approved by our talent team. You can now apply to any job on the platform with one click.

Tip: profiles with a short video intro get 30% more interview invitations.

The Landing.jobs team
""",
    ),
]
