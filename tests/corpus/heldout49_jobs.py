# ruff: noqa: E501  (hand-written mail keeps the line lengths its senders would use)
"""Corpus 49 data: Brazilian job mail in Portuguese (see heldout49.py). Hand-written."""

from __future__ import annotations

import re
from typing import Any

_IDS: dict[str, str] = {}


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple,
    text: str | None = None,
    html: str | None = None,
    re_: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    dom = re.search(r"@([\w.-]+)", frm).group(1)
    mid = f"<{key}.{re.sub(r'[^0-9]', '', date)[:12]}@{dom}>"
    _IDS[key] = mid
    spec: dict[str, Any] = {"id": mid, "date": date, "from": frm, "subject": subject, "t": t}
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    if re_:
        spec["In-Reply-To"] = _IDS[re_]
        spec["References"] = _IDS[re_]
    spec.update(kw)
    return spec


BCPS1 = ("BCPS", "Engenheiro de Dados Sênior", 1, "other")
BCPS2 = ("BCPS", "Desenvolvedor Backend Java Pleno", 2, "other")
SER = ("Sereno", "Engenheiro de Software Backend (Kotlin)", 3, "other")
LUME = ("Casa Lume", "Engenheiro de Dados Pleno", 4, "other")
MV = ("Moeda Viva", "Engenheiro Backend Sênior (Go)", 5, "greenhouse")
QUO = ("Quorum Digital", "Consultor de Engenharia de Dados", 6, "other")
FLX = ("Fluxo Logística", "Desenvolvedor Backend Python", 14, "linkedin")
AGR = ("Agrovale", "Desenvolvedor Python", 15, "indeed")
FAR = ("Farmaviva", "Analista Desenvolvedor Backend", 16, "other")
COO = ("Coopersul Crédito", "Engenheiro de Dados", 17, "other")
TEL = ("Telemetria Sul", "Desenvolvedor Backend Node.js", 18, "other")
COB = ("Cobalto Analytics", "Engenheiro de Dados Sênior", 19, "other")
LUM = ("Lumina Educação", "Backend Developer Sênior", 20, "other")
PIPA = ("Pipa Saúde", "Pessoa Desenvolvedora Backend", 21, "other")
NINHO = ("Ninho Imóveis", "Tech Lead Backend", 22, "direct")
SOL = ("Sol Nascente", "Engenheiro de Dados Pleno", 26, "other")


def J(cat, app, st=None, source=None):
    company, role, n, src = app
    return {"t": (cat, company, role, n, source or src, "pt"), **({"st": st} if st else {})}


def mj(key, date, frm, subject, cat, app, text=None, html=None, st=None, source=None, **kw):
    lab = J(cat, app, st=st, source=source)
    spec = m(key, date, frm, subject, lab["t"], text, html, **kw)
    if st:
        spec["st"] = st
    return spec


MAIL: list[dict[str, Any]] = [
    # --- BCPS (Banco de Crédito Paulista / Conta Vibe), two roles via Gupy ------------------
    mj(
        "gp-bcps-a1",
        "2025-10-06 10:14:22 -0300",
        "BCPS | Conta Vibe <naoresponda@gupy.io>",
        "Recebemos sua candidatura para Engenheiro de Dados Sênior",
        "confirmation",
        BCPS1,
        html="""<html><body><div style="font-family:Arial"><img alt="BCPS" src="https://bcps-conta-vibe.gupy.io/logo.png">
<p>Olá, Rafael!</p>
<p>Que bom ter você por aqui. Sua candidatura para a vaga <b>Engenheiro de Dados Sênior</b> foi recebida com sucesso.</p>
<p>Agora é com a gente: nosso time de Atração de Talentos vai analisar seu perfil com carinho. Você pode acompanhar cada etapa do processo seletivo pela sua área do candidato.</p>
<p><a href="https://bcps-conta-vibe.gupy.io/candidates/applications">Acompanhar minha candidatura</a></p>
<p>Boa sorte!<br>Time de Gente BCPS | Conta Vibe</p>
<p style="font-size:11px;color:#888">Este e-mail foi enviado pela Gupy em nome de BCPS. Não responda esta mensagem.</p></div></body></html>""",
    ),
    mj(
        "gp-bcps-a2",
        "2025-10-13 08:02:10 -0300",
        "BCPS | Conta Vibe <naoresponda@gupy.io>",
        "Próxima etapa: Teste técnico - Engenheiro de Dados Sênior",
        "assessment",
        BCPS1,
        html="""<html><body><p>Oi, Rafael, tudo bem?</p>
<p>Temos uma ótima notícia: você avançou para a etapa de <b>Teste Técnico</b> da vaga Engenheiro de Dados Sênior!</p>
<p>O teste tem duração estimada de 90 minutos (SQL, modelagem e um pouco de PySpark) e fica disponível até <b>17/10 às 23h59</b>. Recomendamos fazer em um computador, com boa conexão.</p>
<p><a href="https://bcps-conta-vibe.gupy.io/candidates/jobs/884213/tests">Iniciar teste</a></p>
<p>Conte com a gente,<br>Atração de Talentos BCPS</p></body></html>""",
    ),
    mj(
        "gp-bcps-b1",
        "2025-10-14 19:40:51 -0300",
        "BCPS | Conta Vibe <naoresponda@gupy.io>",
        "Candidatura recebida: Desenvolvedor Backend Java Pleno",
        "confirmation",
        BCPS2,
        html="""<html><body><p>Olá, Rafael Nogueira Tanaka,</p>
<p>Confirmamos o recebimento da sua inscrição na vaga <b>Desenvolvedor Backend Java Pleno</b> (Squad Cartões - Conta Vibe), modelo híbrido em São Paulo/SP.</p>
<p>Você pode se candidatar a mais de uma vaga ao mesmo tempo, cada processo é avaliado de forma independente.</p>
<p>Abraços,<br>Gente & Cultura BCPS</p></body></html>""",
    ),
    mj(
        "bcps-a3",
        "2025-10-24 16:22:03 -0300",
        "Juliana Prado <juliana.prado@bcps.com.br>",
        "Entrevista técnica - Engenheiro de Dados Sênior | BCPS",
        "interview",
        BCPS1,
        source="direct",
        text="""Oi Rafael, boa tarde!

Parabéns pelo resultado no teste técnico. Gostaríamos de te convidar para a entrevista técnica
com o Marcelo (coordenador de Engenharia de Dados) e a Bia, do time de plataforma.

Enviei o convite pelo Teams para quarta, 29/10, das 10h às 11h. Se o horário não funcionar, me
avisa que a gente reorganiza.

Att.,
Juliana Prado
Tech Recruiter | Gente & Cultura
BCPS - Banco de Crédito Paulista S.A. | Conta Vibe
""",
        ics={
            "start": "2025-10-29 10:00:00 -0300",
            "minutes": 60,
            "style": "outlook",
            "organizer": ("Juliana Prado", "juliana.prado@bcps.com.br"),
            "attendees": [
                ("Marcelo Ribas", "marcelo.ribas@bcps.com.br"),
                ("Beatriz Okada", "beatriz.okada@bcps.com.br"),
            ],
            "uid": "040000008200E00074C5B7101A82E00800000000BCPS29A",
            "summary": "Entrevista técnica - Rafael Tanaka - Eng. Dados Sênior",
            "location": "Reunião do Microsoft Teams",
            "description": "Ingressar na reunião do Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_bcps29\nID da Reunião: 241 778 903 551",
        },
    ),
    mj(
        "gp-bcps-b2",
        "2025-11-04 11:05:44 -0300",
        "BCPS | Conta Vibe <naoresponda@gupy.io>",
        "Sua candidatura na BCPS",
        "rejection",
        BCPS2,
        html="""<html><body><p>Olá, Rafael,</p>
<p>Agradecemos seu interesse em fazer parte do time BCPS | Conta Vibe e o tempo dedicado ao processo da vaga <b>Desenvolvedor Backend Java Pleno</b>.</p>
<p>Após análise cuidadosa, optamos por seguir com outros candidatos cujo perfil está mais aderente ao momento da vaga. Seu currículo continuará no nosso banco de talentos para oportunidades futuras.</p>
<p>Desejamos sucesso na sua jornada!<br>Time de Atração BCPS</p></body></html>""",
    ),
    mj(
        "bcps-a4",
        "2025-11-10 18:31:12 -0300",
        "Juliana Prado <juliana.prado@bcps.com.br>",
        "Retorno - processo Engenheiro de Dados Sênior",
        "rejection",
        BCPS1,
        source="direct",
        text="""Oi Rafael, tudo bem?

Queria te dar um retorno pessoalmente. O Marcelo e a Bia gostaram muito da conversa: sua
experiência com pipelines de streaming e o jeito como você explicou o trade-off de particionamento
foram destaques na avaliação.

Mesmo assim, nesse momento a decisão foi seguir com uma pessoa com mais vivência em
Databricks Unity Catalog, que é a prioridade do squad para o primeiro semestre. Sei que não é a
notícia que você esperava.

Vou manter seu contato por perto, acho bem provável abrirmos algo no time de plataforma em 2026.

Abraços,
Juliana
""",
        re_="bcps-a3",
    ),
    # --- Sereno (Companhia Atlântica Seguros S.A.), Kenoby: offer declined ------------------
    mj(
        "kb-ser-1",
        "2025-10-08 14:11:09 -0300",
        "Sereno Seguros Digitais <noreply@kenoby.com>",
        "Sereno | Sua inscrição foi concluída",
        "confirmation",
        SER,
        html="""<html><body><table width="600"><tr><td><img alt="Sereno" src="https://sereno.kenoby.com/logo.png"></td></tr>
<tr><td><p>Oi, Rafael!</p><p>Sua inscrição para <b>Engenheiro de Software Backend (Kotlin)</b> foi concluída. A partir de agora você participa do nosso processo seletivo.</p>
<p>Nossa equipe entra em contato por e-mail ou WhatsApp caso seu perfil siga para as próximas etapas.</p>
<p>Equipe Sereno<br><small>Sereno é uma marca da Companhia Atlântica Seguros S.A. - CNPJ 11.204.556/0001-30</small></p></td></tr></table></body></html>""",
    ),
    mj(
        "ser-2",
        "2025-10-16 09:47:30 -0300",
        "Larissa Menezes <larissa.menezes@sereno.com.br>",
        "Bate-papo com o time - Sereno",
        "interview",
        SER,
        source="direct",
        text="""Olá Rafael, tudo certo?

Sou a Larissa, do time de Talent da Sereno. Vi sua candidatura para a vaga de Backend Kotlin e
queria marcar um bate-papo de uns 30 minutos para te contar mais sobre o time de Sinistros e
entender seu momento.

Tenho disponibilidade na segunda (20) às 11h ou na terça (21) às 16h. Algum desses funciona?

Abs,
Larissa Menezes
Talent Acquisition | Sereno
""",
    ),
    mj(
        "ser-3",
        "2025-10-16 13:05:02 -0300",
        "Larissa Menezes <larissa.menezes@sereno.com.br>",
        "Re: Bate-papo com o time - Sereno",
        "interview",
        SER,
        source="direct",
        re_="ser-2",
        text="""Combinado, terça às 16h então! Já te mandei o convite do Meet.

Larissa

Em qui., 16 de out. de 2025 às 12:40, Rafael Nogueira Tanaka <rafael.ntanaka@gmail.com> escreveu:
> Oi Larissa! Terça às 16h fica ótimo pra mim.
> Abraço, Rafael
""",
        ics={
            "start": "2025-10-21 16:00:00 -0300",
            "minutes": 30,
            "organizer": ("Larissa Menezes", "larissa.menezes@sereno.com.br"),
            "uid": "5k2r0s8ereno1021@google.com",
            "summary": "Bate-papo Sereno <> Rafael Tanaka",
            "location": "https://meet.google.com/qvd-hxkm-tre",
            "description": "Participar com o Google Meet: https://meet.google.com/qvd-hxkm-tre",
        },
    ),
    mj(
        "ser-4",
        "2025-10-27 17:20:45 -0300",
        "Larissa Menezes <larissa.menezes@sereno.com.br>",
        "Próxima etapa: entrevista técnica com o squad de Sinistros",
        "interview",
        SER,
        source="direct",
        text="""Oi Rafael!

Passando pra dizer que você seguiu para a entrevista técnica. Vai ser com o Thiago (tech lead) e o
Renan (staff engineer): uma parte de system design (pensa num fluxo de abertura de sinistro com
muitos anexos) e uma conversa sobre código Kotlin/Spring que você já escreveu.

Mandei convite para 04/11, 14h. Duração de 1h15.

Abs,
Larissa
""",
        ics={
            "start": "2025-11-04 14:00:00 -0300",
            "minutes": 75,
            "organizer": ("Larissa Menezes", "larissa.menezes@sereno.com.br"),
            "attendees": [
                ("Thiago Albuquerque", "thiago.albuquerque@sereno.com.br"),
                ("Renan Fujita", "renan.fujita@sereno.com.br"),
            ],
            "uid": "9ab7tec4sereno1104@google.com",
            "summary": "Entrevista técnica | Backend Kotlin | Rafael",
            "location": "https://meet.google.com/wpe-rrnu-azc",
        },
    ),
    mj(
        "ser-5",
        "2025-11-13 10:02:19 -0300",
        "Larissa Menezes <larissa.menezes@sereno.com.br>",
        "Proposta - Sereno",
        "offer",
        SER,
        source="direct",
        text="""Bom dia, Rafael!

Que alegria escrever esse e-mail: o time aprovou sua contratação e gostaríamos de te fazer uma
proposta para a posição de Engenheiro de Software Backend (Kotlin) - Sênior I.

Resumo:
- Regime CLT, salário base de R$ 17.800,00
- PLR de até 2 salários
- VR/VA de R$ 1.650,00 (cartão flexível)
- Plano de saúde e odontológico sem coparticipação (extensivo a dependentes)
- Modelo híbrido: 2x por semana na Vila Olímpia

A carta formal segue em anexo. Conseguimos um retorno até sexta (21/11)?

Qualquer dúvida, me chama.
Larissa
""",
        attach=[("Carta_Proposta_Rafael_Tanaka.pdf", "application/pdf", "%PDF-1.4 carta proposta")],
    ),
    mj(
        "ser-6",
        "2025-11-21 15:44:00 -0300",
        "Larissa Menezes <larissa.menezes@sereno.com.br>",
        "Re: Proposta - Sereno",
        "offer",
        SER,
        st="declined",
        source="direct",
        re_="ser-5",
        text="""Oi Rafael,

Poxa, uma pena! Mas entendo totalmente, e agradeço muito a transparência e o cuidado em explicar
o motivo. Foi um prazer conduzir seu processo.

Vou registrar aqui que você declinou a proposta. As portas da Sereno continuam abertas.

Sucesso no novo desafio!
Larissa

Em sex., 21 de nov. de 2025 às 11:12, Rafael Nogueira Tanaka <rafael.ntanaka@gmail.com> escreveu:
> Oi Larissa, tudo bem?
> Depois de pensar bastante, decidi não seguir com a proposta. Recebi outra oferta
> 100% remota que encaixa melhor com meu momento. Obrigado por todo o processo!
> Rafael
""",
    ),
    # --- Casa Lume (tech hub of Grupo Varandas), Solides: ghosted after dinâmica ------------
    mj(
        "sd-lume-1",
        "2025-10-09 21:03:33 -0300",
        "Grupo Varandas <nao-responda@solides.com.br>",
        "Candidatura registrada - Engenheiro de Dados Pleno (Casa Lume)",
        "confirmation",
        LUME,
        html="""<html><body><p>Olá Rafael Nogueira Tanaka,</p><p>Sua candidatura para a vaga <strong>Engenheiro de Dados Pleno</strong> - Lume Labs, o hub de tecnologia da <strong>Casa Lume</strong>, foi registrada.</p>
<p>O Grupo Varandas reúne as marcas Casa Lume, Varandas Móveis e Lume Express. Caso seu perfil seja selecionado, você receberá as próximas instruções neste e-mail.</p>
<p>Equipe de Recrutamento e Seleção - Grupo Varandas</p></body></html>""",
    ),
    mj(
        "sd-lume-2",
        "2025-10-20 12:00:00 -0300",
        "Grupo Varandas <nao-responda@solides.com.br>",
        "Etapa de case - Lume Labs",
        "assessment",
        LUME,
        html="""<html><body><p>Oi, Rafael! Tudo bem?</p><p>Você foi selecionado(a) para a etapa de <b>case técnico</b> da vaga Engenheiro de Dados Pleno da Casa Lume.</p>
<p>O case consiste em desenhar um pipeline para consolidar vendas de lojas físicas e e-commerce (arquivos de exemplo no link). Prazo de entrega: 5 dias corridos. A apresentação acontece na etapa seguinte.</p>
<p><a href="https://jobs.solides.com/grupovarandas/case/22817">Acessar o case</a></p>
<p>Abraços,<br>Time Lume Labs</p></body></html>""",
    ),
    mj(
        "lume-3",
        "2025-11-03 09:15:20 -0300",
        "Priscila Barreto <priscila.barreto@grupovarandas.com.br>",
        "Convite: dinâmica de grupo + apresentação do case | Casa Lume",
        "interview",
        LUME,
        source="direct",
        text="""Bom dia, Rafael!

Seu case foi aprovado e te convidamos para a próxima etapa, presencial no nosso escritório da
Barra Funda (Av. Marquês de São Vicente, 1420, 9º andar):

- 10/11, 9h30: dinâmica de grupo com outros candidatos (aprox. 1h)
- na sequência: apresentação individual do case para o gestor (20 min + perguntas)

Leve um documento com foto. Confirma presença respondendo este e-mail?

Att.,
Priscila Barreto
Analista de R&S | Grupo Varandas - Casa Lume
""",
    ),
    mj(
        "lume-4",
        "2025-11-03 11:48:07 -0300",
        "Priscila Barreto <priscila.barreto@grupovarandas.com.br>",
        "RE: Convite: dinâmica de grupo + apresentação do case | Casa Lume",
        "interview",
        LUME,
        source="direct",
        re_="lume-3",
        text="""Presença confirmada, Rafael. Até segunda!

Priscila

-----Mensagem original-----
De: Rafael Nogueira Tanaka <rafael.ntanaka@gmail.com>
Enviada em: segunda-feira, 3 de novembro de 2025 11:30
Assunto: Re: Convite: dinâmica de grupo + apresentação do case | Casa Lume

Confirmo! Obrigado, Priscila.
""",
    ),
    # --- Moeda Viva (MVX Instituição de Pagamento S.A.), Greenhouse: offer accepted ---------
    mj(
        "gh-mv-1",
        "2025-10-17 15:31:48 -0300",
        "Moeda Viva <no-reply@us.greenhouse-mail.io>",
        "Obrigado pela sua candidatura à Moeda Viva!",
        "confirmation",
        MV,
        text="""Oi Rafael,

Obrigado pelo interesse na Moeda Viva! Recebemos sua candidatura para Engenheiro Backend Sênior
(Go) e nosso time de Talent vai revisá-la nos próximos dias.

Se o seu perfil tiver fit com a vaga, entraremos em contato para agendar uma primeira conversa.

Abraços,
Time de Talent | Moeda Viva
MVX Instituição de Pagamento S.A.
""",
    ),
    mj(
        "hr-mv-2",
        "2025-10-23 10:00:03 -0300",
        "Moeda Viva via HackerRank <support@hackerrankforwork.com>",
        "Moeda Viva convidou você para um teste técnico",
        "assessment",
        MV,
        source="hackerrank",
        text="""Olá Rafael Nogueira Tanaka,

A Moeda Viva convidou você para realizar o teste "Backend Go - Sênior".

Duração: 75 minutos
Prazo: 27 Oct 2025, 23:59 BRT

Comece quando estiver pronto: https://www.hackerrank.com/test/b7d2k9mv/login

Boa sorte!
HackerRank, em nome de Moeda Viva
""",
    ),
    mj(
        "mv-3",
        "2025-10-30 11:20:31 -0300",
        "Gustavo Lemos <gustavo.lemos@moedaviva.com.br>",
        "Moeda Viva - entrevista técnica",
        "interview",
        MV,
        source="direct",
        text="""Fala Rafael, tudo bem?

Mandou bem no HackerRank! Queria marcar a entrevista técnica com dois engenheiros do time de
Conciliação (1h, live coding leve + arquitetura). Semana que vem tenho terça de manhã ou quinta
à tarde. O que fica melhor?

Valeu,
Gustavo Lemos | Talent Partner
Moeda Viva
""",
    ),
    mj(
        "mv-4",
        "2025-10-30 16:02:40 -0300",
        "Gustavo Lemos <gustavo.lemos@moedaviva.com.br>",
        "Re: Moeda Viva - entrevista técnica",
        "interview",
        MV,
        source="direct",
        re_="mv-3",
        text="""Fechado, quinta 15h. Convite enviado!

On Thu, Oct 30, 2025 at 3:51 PM Rafael Nogueira Tanaka <rafael.ntanaka@gmail.com> wrote:
> pode ser quinta às 15h?
""",
        ics={
            "start": "2025-11-06 15:00:00 -0300",
            "minutes": 60,
            "organizer": ("Gustavo Lemos", "gustavo.lemos@moedaviva.com.br"),
            "attendees": [("Caio Brandão", "caio.brandao@moedaviva.com.br")],
            "uid": "mvtec1106rafael@google.com",
            "summary": "[Moeda Viva] Entrevista técnica - Rafael Tanaka",
            "location": "https://meet.google.com/ybn-qaxo-kfd",
        },
    ),
    mj(
        "mv-5",
        "2025-11-11 18:10:12 -0300",
        "Gustavo Lemos <gustavo.lemos@moedaviva.com.br>",
        "Última etapa: conversa com a liderança",
        "interview",
        MV,
        source="direct",
        text="""Rafael, boas notícias! O time curtiu muito a técnica.

A última etapa é um papo de 45 min com a Helena, nossa Head de Engenharia, mais focado em
valores e expectativas. Ela tem sexta (14) às 10h. Pode?

Gustavo
""",
    ),
    mj(
        "mv-6",
        "2025-11-18 12:33:55 -0300",
        "Gustavo Lemos <gustavo.lemos@moedaviva.com.br>",
        "Sua proposta da Moeda Viva 💜",
        "offer",
        MV,
        source="direct",
        text="""Oi Rafael!

Estou muito feliz em te enviar a proposta para Engenheiro Backend Sênior (Go):

- PJ, R$ 24.500,00/mês, 100% remoto
- 30 dias de descanso remunerado por ano
- Auxílio home office + saúde (reembolso)
- Stock options (detalhes na carta)

Se estiver tudo certo, te mando o contrato pela DocuSign. Qualquer ponto que queira conversar,
estou aqui.

Bora?
Gustavo
""",
    ),
    mj(
        "ds-mv-7",
        "2025-11-24 09:41:17 -0300",
        "Gustavo Lemos via Docusign <dse_NA4@docusign.net>",
        "Concluído: Contrato de Prestação de Serviços - Rafael Nogueira Tanaka",
        "offer",
        MV,
        st="accepted",
        source="docusign",
        html="""<html><body><table><tr><td style="background:#1e4ca1;color:#fff;padding:20px">Seu documento foi concluído</td></tr>
<tr><td><p>Todas as partes concluíram o envelope <b>Contrato de Prestação de Serviços - Rafael Nogueira Tanaka</b> enviado por MVX Instituição de Pagamento S.A.</p>
<p><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=mv7">VER DOCUMENTO COMPLETO</a></p>
<p style="font-size:11px">Não compartilhe este e-mail. Enviado por DocuSign Electronic Signature Service.</p></td></tr></table></body></html>""",
    ),
    m(
        "mv-8",
        "2025-11-26 14:00:00 -0300",
        "Onboarding Moeda Viva <onboarding@moedaviva.com.br>",
        "Bem-vindo(a)! Seu primeiro dia na Moeda Viva",
        ("other_job", "Moeda Viva", "Engenheiro Backend Sênior (Go)", None, "direct", "pt"),
        text="""Oi Rafael, seja muito bem-vindo!

Seu primeiro dia é 08/12. Na semana anterior você recebe o notebook no endereço cadastrado.
Antes disso, precisamos que você preencha o formulário de cadastro de fornecedor (PJ) e envie o
cartão CNPJ: https://moedaviva.typeform.com/to/onbpj

No dia 08 às 9h teremos a integração online com as outras pessoas que estão chegando.

Time de People | Moeda Viva
""",
    ),
    # --- Quorum Digital (consultancy) via Programathor: withdrawn -----------------------------
    mj(
        "pt-quo-1",
        "2025-10-21 13:12:00 -0300",
        "Programathor <contato@programathor.com.br>",
        "Você se candidatou para Consultor de Engenharia de Dados na Quorum Digital",
        "confirmation",
        QUO,
        text="""Fala, Rafael!

Sua candidatura para a vaga Consultor de Engenharia de Dados na Quorum Digital (São Paulo -
Híbrido) foi enviada. A empresa recebe seu perfil completo do Programathor.

Dica: perfis com projetos e skills atualizados têm mais chances de avançar.

Valeu,
Equipe Programathor
""",
    ),
    mj(
        "quo-2",
        "2025-11-05 10:30:00 -0300",
        "Vanessa Toledo <vanessa.toledo@quorumdigital.com.br>",
        "Quorum Digital | Entrevista com o gestor",
        "interview",
        QUO,
        source="direct",
        text="""Olá Rafael,

Obrigada pela conversa de ontem! Gostaríamos de seguir com uma entrevista com o Eduardo,
gerente da prática de Dados & Analytics, que vai te apresentar os projetos em clientes do setor
financeiro. Segue convite para 12/11 às 17h (Teams).

Att.
Vanessa Toledo
Recrutamento | Quorum Digital Consultoria Ltda.
""",
        ics={
            "start": "2025-11-12 17:00:00 -0300",
            "minutes": 45,
            "style": "outlook",
            "organizer": ("Vanessa Toledo", "vanessa.toledo@quorumdigital.com.br"),
            "attendees": [("Eduardo Sampaio", "eduardo.sampaio@quorumdigital.com.br")],
            "uid": "040000008200E00074C5B7101A82E00800000000QUO1112",
            "summary": "Entrevista gestor - Rafael N. Tanaka (Consultor Eng. Dados)",
            "location": "Microsoft Teams Meeting",
            "description": "Reunião do Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_quo1112",
        },
    ),
    mj(
        "quo-3",
        "2025-11-25 16:05:13 -0300",
        "Vanessa Toledo <vanessa.toledo@quorumdigital.com.br>",
        "RES: Desistência do processo",
        "confirmation",
        QUO,
        st="withdrawn",
        source="direct",
        text="""Oi Rafael,

Obrigada por avisar. Registramos sua desistência do processo para Consultor de Engenharia de
Dados. Parabéns pela nova posição e sucesso!

Att.
Vanessa

De: Rafael Nogueira Tanaka <rafael.ntanaka@gmail.com>
Enviado: terça-feira, 25 de novembro de 2025 14:20
Para: Vanessa Toledo <vanessa.toledo@quorumdigital.com.br>
Assunto: Desistência do processo

Oi Vanessa, tudo bem? Queria avisar que aceitei outra proposta e por isso vou retirar minha
candidatura. Agradeço muito a atenção do Eduardo e sua. Abraço, Rafael
""",
    ),
    # --- LinkedIn: Fluxo Logística (ghosted) ------------------------------------------------
    mj(
        "li-flx-1",
        "2025-10-03 20:14:39 -0300",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Rafael, sua candidatura foi enviada para Fluxo Logística",
        "confirmation",
        FLX,
        text="""Sua candidatura foi enviada para Fluxo Logística

Desenvolvedor Backend Python
Fluxo Logística · Curitiba, Paraná, Brasil (Híbrido)
Candidatura enviada agora

Agora, aguarde o contato da empresa. Boa sorte!

Ver vaga: https://www.linkedin.com/jobs/view/4128837710/

Este e-mail foi enviado para Rafael Nogueira Tanaka (Engenheiro de Dados | Backend | Python, Go, Kafka)
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    mj(
        "li-flx-2",
        "2025-10-09 07:55:02 -0300",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura foi visualizada por Fluxo Logística",
        "viewed",
        FLX,
        text="""Rafael, sua candidatura foi visualizada

Fluxo Logística visualizou sua candidatura para Desenvolvedor Backend Python.

Enquanto isso, veja vagas semelhantes: https://www.linkedin.com/jobs/collections/similar-jobs/

Cancelar inscrição: https://www.linkedin.com/comm/psettings/email-unsubscribe
""",
    ),
    # --- Indeed: Agrovale ---------------------------------------------------------------------
    mj(
        "in-agr-1",
        "2025-10-11 09:03:15 -0300",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Desenvolvedor Python - Agrovale Cooperativa Agroindustrial",
        "confirmation",
        AGR,
        text="""Candidatura enviada

Desenvolvedor Python
Agrovale Cooperativa Agroindustrial - Curitiba, PR

Os seguintes itens foram enviados para Agrovale:
• Currículo: Rafael_Tanaka_CV_2025.pdf
• Respostas às perguntas do empregador

Acompanhe suas candidaturas em Meus empregos: https://br.indeed.com/myjobs

Indeed
""",
    ),
    mj(
        "in-agr-2",
        "2025-10-29 14:44:10 -0300",
        "Agrovale Cooperativa Agroindustrial <noreply@indeed.com>",
        "Atualização da sua candidatura em Agrovale",
        "rejection",
        AGR,
        text="""Olá Rafael,

Obrigado pelo seu interesse na vaga de Desenvolvedor Python na Agrovale. Recebemos muitos
currículos qualificados e, neste momento, seu perfil não avançou para a próxima etapa.

Desejamos boa sorte na sua busca.

Equipe de RH Agrovale
---
Esta mensagem foi enviada pela Agrovale por meio do Indeed.
""",
    ),
    # --- Catho: Farmaviva (ghosted after viewed) ---------------------------------------------
    mj(
        "ca-far-1",
        "2025-10-15 22:10:00 -0300",
        "Catho <noreply@catho.com.br>",
        "Candidatura realizada com sucesso!",
        "confirmation",
        FAR,
        html="""<html><body><h2>Pronto, Rafael!</h2><p>Você se candidatou à vaga <b>Analista Desenvolvedor Backend</b> - Rede Farmaviva - São Paulo/SP.</p>
<p>Salário: a combinar · Regime: CLT</p><p>Acompanhe o status da sua candidatura pelo app da Catho.</p></body></html>""",
    ),
    mj(
        "ca-far-2",
        "2025-10-22 08:30:00 -0300",
        "Catho <noreply@catho.com.br>",
        "Boa notícia: a empresa viu seu currículo",
        "viewed",
        FAR,
        html="""<html><body><p>Rafael, a empresa <b>Rede Farmaviva</b> visualizou seu currículo para a vaga Analista Desenvolvedor Backend.</p>
<p>Aproveite para revisar seu perfil e se candidatar a vagas parecidas.</p></body></html>""",
    ),
    # --- Vagas.com: Coopersul Crédito -------------------------------------------------------
    mj(
        "vg-coo-1",
        "2025-11-07 11:11:11 -0300",
        "VAGAS.com.br <naoresponda@vagas.com.br>",
        "Sua candidatura para Engenheiro de Dados foi registrada",
        "confirmation",
        COO,
        text="""Olá, Rafael.

Você se candidatou para a vaga Engenheiro de Dados - Coopersul Crédito (Florianópolis / SC).

Código da vaga: v2654410

Acompanhe pelo seu painel: https://www.vagas.com.br/meu-painel

VAGAS.com.br
""",
    ),
    mj(
        "vg-coo-2",
        "2025-11-19 10:20:00 -0300",
        "Coopersul Crédito <naoresponda@vagas.com.br>",
        "Coopersul Crédito - Teste online (Engenheiro de Dados)",
        "assessment",
        COO,
        text="""Prezado(a) Rafael Nogueira Tanaka,

Dando continuidade ao processo seletivo para Engenheiro de Dados, solicitamos que realize o
teste online de lógica e SQL até 24/11. Link: https://www.vagas.com.br/testes/coopersul/88310

Atenciosamente,
Gestão de Pessoas - Coopersul Crédito
""",
    ),
    mj(
        "vg-coo-3",
        "2025-12-04 15:02:00 -0300",
        "Coopersul Crédito <naoresponda@vagas.com.br>",
        "Processo seletivo - Engenheiro de Dados",
        "rejection",
        COO,
        text="""Prezado(a) Rafael,

Agradecemos sua participação no processo seletivo para Engenheiro de Dados.

Informamos que, após avaliação das etapas realizadas, seguimos com outros candidatos nesta
oportunidade. Seus dados permanecerão em nosso cadastro.

Atenciosamente,
Gestão de Pessoas - Coopersul Crédito
""",
    ),
    # --- InfoJobs: Telemetria Sul -------------------------------------------------------------
    mj(
        "ij-tel-1",
        "2025-10-25 18:18:18 -0300",
        "InfoJobs <noreply@infojobs.com.br>",
        "Você se inscreveu na vaga Desenvolvedor Backend Node.js",
        "confirmation",
        TEL,
        text="""Olá Rafael,

Sua inscrição na vaga "Desenvolvedor Backend Node.js" da empresa Telemetria Sul foi realizada.
Local: Curitiba - PR (remoto).

Acompanhe em "Minhas candidaturas" no InfoJobs.
""",
    ),
    mj(
        "ij-tel-2",
        "2025-11-14 12:12:12 -0300",
        "InfoJobs <noreply@infojobs.com.br>",
        "Atualização no processo: Desenvolvedor Backend Node.js",
        "rejection",
        TEL,
        text="""Olá Rafael,

A empresa Telemetria Sul atualizou o status da sua candidatura para "Desenvolvedor Backend
Node.js": Processo encerrado para você.

Não desanime! Há novas vagas esperando por você no InfoJobs.
""",
    ),
    # --- GeekHunter: Cobalto Analytics -------------------------------------------------------
    mj(
        "gk-cob-1",
        "2025-11-17 09:00:00 -0300",
        "GeekHunter <contato@geekhunter.com.br>",
        "Cobalto Analytics quer te entrevistar!",
        "interview",
        COB,
        text="""Oi Rafael!

A Cobalto Analytics aceitou seu interesse e quer marcar uma entrevista para a vaga Engenheiro de
Dados Sênior (remoto, CLT, faixa R$ 16-20 mil).

Escolha um horário disponível na plataforma: https://www.geekhunter.com.br/candidato/entrevistas

Time GeekHunter
""",
    ),
    mj(
        "cob-2",
        "2025-11-17 19:22:41 -0300",
        "Bruna Kawai <bruna@cobaltoanalytics.com>",
        "Entrevista Cobalto - 20/11",
        "interview",
        COB,
        source="direct",
        text="""Oi Rafael, vi que você escolheu quinta 20/11 às 10h no GeekHunter. Segue o link do Meet:
https://meet.google.com/cob-ahnz-kkp

Vamos conversar sobre sua experiência com dbt e orquestração. Até lá!
Bruna Kawai - Head de Dados, Cobalto Analytics
""",
    ),
    mj(
        "gk-cob-3",
        "2025-12-02 10:00:00 -0300",
        "GeekHunter <contato@geekhunter.com.br>",
        "Atualização sobre sua entrevista com Cobalto Analytics",
        "rejection",
        COB,
        text="""Oi Rafael,

A Cobalto Analytics decidiu não seguir com seu processo para Engenheiro de Dados Sênior.
Motivo informado pela empresa: "buscamos alguém com mais experiência em GCP/BigQuery".

Seu perfil segue visível para outras empresas.

Time GeekHunter
""",
    ),
    # --- Revelo: Lumina Educação (ghosted after interview) -----------------------------------
    mj(
        "rv-lum-1",
        "2025-12-08 14:30:00 -0300",
        "Revelo <noreply@revelo.com.br>",
        "Entrevista confirmada com Lumina Educação",
        "interview",
        LUM,
        text="""Olá Rafael,

Sua entrevista com Lumina Educação para Backend Developer Sênior está confirmada:

📅 11/12/2025, 16:00 (horário de Brasília)
🔗 https://meet.google.com/lum-revl-oxq

Dica da Revelo: pesquise sobre o produto e prepare perguntas para o time.
""",
    ),
    # --- Recrutei: Pipa Saúde (confirmation with "infelizmente", ghosted) -------------------
    mj(
        "rc-pipa-1",
        "2025-12-10 08:45:00 -0300",
        "Pipa Saúde <notificacao@recrutei.com.br>",
        "Pipa Saúde - Recebemos seu currículo",
        "confirmation",
        PIPA,
        text="""Oi Rafael, tudo bem?

Recebemos sua candidatura para a vaga Pessoa Desenvolvedora Backend na Pipa Saúde 💙

Infelizmente, pelo grande volume de candidaturas, não conseguimos dar retorno individual a todas
as pessoas logo de cara, mas prometemos olhar cada currículo com atenção. Se houver match,
entramos em contato em até 15 dias.

Time de Gente Pipa
""",
    ),
    # --- Ninho Imóveis: CTO from personal gmail ----------------------------------------------
    mj(
        "ninho-1",
        "2025-10-28 22:51:04 -0300",
        "Otávio Ramalho <otavioramalho.dev@gmail.com>",
        "Re: Vaga Tech Lead Backend - Ninho",
        "interview",
        NINHO,
        source="direct",
        text="""Opa Rafael, valeu pelo CV!

Sou o CTO da Ninho Imóveis (tô respondendo do pessoal porque o e-mail da empresa tá dando pau
hoje rs). Curti demais seu histórico com pagamentos. Bora marcar um café virtual essa semana?
Tenho quinta ou sexta depois das 14h.

Abs
Otávio

Enviado do meu iPhone
""",
    ),
    mj(
        "ninho-2",
        "2025-10-29 09:12:00 -0300",
        "Otávio Ramalho <otavioramalho.dev@gmail.com>",
        "Re: Vaga Tech Lead Backend - Ninho",
        "interview",
        NINHO,
        source="direct",
        re_="ninho-1",
        text="""sexta 15h fechado! te mando o link

> Em 29/10/2025, às 08:40, Rafael Nogueira Tanaka escreveu:
> pode ser sexta às 15h?
""",
    ),
    mj(
        "ninho-3",
        "2025-11-12 20:03:55 -0300",
        "Otávio Ramalho <otavio@ninhoimoveis.com.br>",
        "Vaga Tech Lead - atualização",
        "confirmation",
        NINHO,
        st="on_hold",
        source="direct",
        text="""Rafael, boa noite.

Queria ser transparente contigo: o board pediu pra segurarmos a contratação do tech lead até a
próxima rodada fechar (previsão fevereiro). A vaga tá congelada, não cancelada. Assim que
destravar eu te chamo primeiro.

Desculpa a demora pra dar esse retorno.
Otávio Ramalho - CTO | Ninho Imóveis
""",
    ),
    # --- Sol Nascente via Gupy: nudge, confirmation, test, ghosted ------------------------------
    m(
        "gp-sol-0",
        "2025-12-01 19:00:00 -0300",
        "Sol Nascente Supermercados <naoresponda@gupy.io>",
        "Falta pouco! Finalize sua candidatura",
        ("alert", "Sol Nascente", "Engenheiro de Dados Pleno", None, "other", "pt"),
        html="""<html><body><p>Oi, Rafael!</p><p>Notamos que você começou a se candidatar para <b>Engenheiro de Dados Pleno</b> no Sol Nascente Supermercados, mas ainda não finalizou.</p>
<p>As inscrições encerram em breve. <a href="https://solnascente.gupy.io/jobs/902114">Continuar candidatura</a></p></body></html>""",
    ),
    mj(
        "gp-sol-1",
        "2025-12-02 21:37:00 -0300",
        "Sol Nascente Supermercados <naoresponda@gupy.io>",
        "Inscrição confirmada - Engenheiro de Dados Pleno",
        "confirmation",
        SOL,
        html="""<html><body><p>Olá, Rafael!</p><p>Recebemos sua inscrição para a vaga <b>Engenheiro de Dados Pleno</b> (Sol Nascente Digital - Campinas/SP, híbrido). Fique de olho no seu e-mail e na plataforma para as próximas etapas.</p>
<p>Time Sol Nascente</p></body></html>""",
    ),
    mj(
        "gp-sol-2",
        "2025-12-05 09:00:00 -0300",
        "Sol Nascente Supermercados <naoresponda@gupy.io>",
        "Você tem um desafio técnico para realizar",
        "assessment",
        SOL,
        html="""<html><body><p>Rafael, você foi aprovado(a) na triagem e agora tem um <b>desafio técnico</b> na vaga Engenheiro de Dados Pleno.</p>
<p>São 3 questões práticas de SQL e Python. Prazo: 7 dias.</p><p><a href="https://solnascente.gupy.io/candidates/tests">Fazer desafio</a></p></body></html>""",
    ),
    m(
        "gp-code",
        "2025-10-06 10:09:00 -0300",
        "Gupy <naoresponda@gupy.io>",
        "Seu código de verificação Gupy: 482913",
        ("other_job", None, None, None, "other", "pt"),
        text="""Olá, Rafael!

Use o código 482913 para confirmar seu e-mail na Gupy. Ele expira em 10 minutos.

Se você não solicitou, ignore este e-mail.
""",
    ),
    m(
        "gp-talent",
        "2025-10-07 12:00:00 -0300",
        "BCPS | Conta Vibe <naoresponda@gupy.io>",
        "Bem-vindo(a) ao Banco de Talentos BCPS",
        ("alert", "BCPS", None, None, "other", "pt"),
        html="""<html><body><p>Oi Rafael! Agora você faz parte do nosso Banco de Talentos.</p><p>Sempre que abrirmos vagas com o seu perfil em Tecnologia, Dados ou Produto, você será avisado(a) por aqui.</p><p>Gente BCPS | Conta Vibe</p></body></html>""",
    ),
    m(
        "sd-survey",
        "2025-11-20 10:00:00 -0300",
        "Grupo Varandas <nao-responda@solides.com.br>",
        "Como foi sua experiência no nosso processo seletivo?",
        ("other_job", "Casa Lume", None, None, "other", "pt"),
        html="""<html><body><p>Olá, Rafael!</p><p>Queremos ouvir você: de 0 a 10, quanto você recomendaria o processo seletivo do Grupo Varandas para um amigo? Leva 1 minuto.</p><p><a href="https://jobs.solides.com/pesquisa/nps/7781">Responder pesquisa</a></p></body></html>""",
    ),
    m(
        "li-alert1",
        "2025-10-02 06:10:00 -0300",
        "Alertas de vaga do LinkedIn <jobalerts-noreply@linkedin.com>",
        '"engenheiro de dados": 12 novas vagas em São Paulo',
        ("alert", None, None, None, "linkedin", "pt"),
        text="""Suas vagas de engenheiro de dados em São Paulo, SP

Engenheiro de Dados Sênior
Banco Andorinha · São Paulo, SP (Híbrido)
Candidatura simplificada

Data Engineer - Pleno
Kaiju Games · Remoto

Analytics Engineer
Trilha Saúde · São Paulo, SP

Ver todas as vagas: https://www.linkedin.com/comm/jobs/search?keywords=engenheiro%20de%20dados

Você está recebendo alertas de vaga. Cancelar: https://www.linkedin.com/comm/jobs/alerts
""",
    ),
    m(
        "li-alert2",
        "2026-01-12 06:12:00 -0300",
        "Alertas de vaga do LinkedIn <jobalerts-noreply@linkedin.com>",
        "Backend Engineer: Moedor Labs e mais 8 vagas",
        ("alert", None, None, None, "linkedin", "pt"),
        text="""Novas vagas para backend engineer · Brasil (remoto)

Backend Engineer (Go) - Moedor Labs · Remoto · Há 1 dia
Senior Software Engineer - Pinhal Tech · Florianópolis, SC · 14 candidatos
Desenvolvedor Kotlin - Arara Bank · São Paulo, SP

Ver todas: https://www.linkedin.com/comm/jobs/search?keywords=backend%20engineer
""",
    ),
    m(
        "ca-alert",
        "2025-10-19 07:00:00 -0300",
        "Catho <vagas@catho.com.br>",
        "Rafael, 23 vagas novas com o seu perfil",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body><h3>Vagas selecionadas para você</h3><ul><li>Desenvolvedor Java Sênior - Campinas/SP</li><li>Engenheiro de Dados - São Paulo/SP</li><li>Analista de Sistemas Backend - Barueri/SP</li></ul><p><a href="https://www.catho.com.br/vagas/">Ver todas e se candidatar</a></p></body></html>""",
    ),
    m(
        "in-alert",
        "2025-11-02 08:00:00 -0300",
        "Indeed <alert@indeed.com>",
        "10 novas vagas de desenvolvedor python em Remoto",
        ("alert", None, None, None, "indeed", "pt"),
        text="""desenvolvedor python - Remoto

Desenvolvedor Python Pleno - Quintal Dados - Remoto - R$ 9.000 a R$ 12.000 por mês
Engenheiro de Software Python - Ondina Tech - Remoto - Candidatura simplificada
Backend Developer (Django) - Maré Saúde - Remoto

Ver mais vagas: https://br.indeed.com/jobs?q=desenvolvedor+python&l=Remoto
""",
    ),
    m(
        "rv-welcome",
        "2025-11-28 11:00:00 -0300",
        "Revelo <noreply@revelo.com.br>",
        "Seu perfil foi aprovado na Revelo!",
        ("alert", None, None, None, "other", "pt"),
        text="""Parabéns, Rafael! Seu perfil foi aprovado e já está visível para empresas parceiras.

A partir de agora, empresas podem te convidar para entrevistas. Mantenha sua pretensão salarial
e disponibilidade atualizadas.

Time Revelo
""",
    ),
    m(
        "pt-news",
        "2025-12-15 10:00:00 -0300",
        "Programathor <contato@programathor.com.br>",
        "Vagas da semana: 40 oportunidades remotas 🚀",
        ("alert", None, None, None, "other", "pt"),
        text="""Fala, dev!

Separamos as vagas mais quentes da semana:
- Backend Ruby Sênior @ Capivara Pay (remoto)
- Engenheiro(a) de Dados @ Agrotrack (Campinas)
- Dev Go Pleno @ Cardume (remoto, PJ)

Ver todas: https://programathor.com.br/jobs
""",
    ),
    m(
        "li-inmail",
        "2025-12-03 13:22:00 -0300",
        "Tatiane Souza via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidade: Staff Data Engineer - Arara Bank",
        ("outreach", "Arara Bank", "Staff Data Engineer", None, "linkedin", "pt"),
        text="""Oi Rafael, tudo bem?

Sou Tech Recruiter no Arara Bank e seu perfil chamou atenção: experiência com Kafka, Spark e
pagamentos é exatamente o que buscamos para uma posição de Staff Data Engineer (remoto, CLT).

Topa um papo de 20 minutos essa semana?

Tatiane Souza
Tech Recruiter | Arara Bank

Responder: https://www.linkedin.com/messaging/
""",
    ),
    m(
        "gp-bcps-new",
        "2026-02-09 09:00:00 -0300",
        "BCPS | Conta Vibe <naoresponda@gupy.io>",
        "Vagas abertas no BCPS que combinam com você",
        ("alert", "BCPS", None, None, "other", "pt"),
        html="""<html><body><p>Olá, Rafael! Como você está no nosso Banco de Talentos, separamos novas vagas:</p><ul><li>Engenheiro de Plataforma de Dados Sênior</li><li>SRE Pleno</li></ul><p>Gente BCPS | Conta Vibe</p></body></html>""",
    ),
]

PIN = ("Pinhal Tech", "Senior Software Engineer", 27, "linkedin")

MAIL += [
    mj(
        "li-pin-1",
        "2026-01-13 21:02:00 -0300",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Rafael, sua candidatura foi enviada para Pinhal Tech",
        "confirmation",
        PIN,
        text="""Sua candidatura foi enviada para Pinhal Tech

Senior Software Engineer
Pinhal Tech · Florianópolis, Santa Catarina, Brasil (Remoto)

Ver vaga: https://www.linkedin.com/jobs/view/4190021338/
""",
    ),
    mj(
        "pin-2",
        "2026-01-22 10:12:00 -0300",
        "Fernanda Kuhn <fernanda.kuhn@pinhaltech.com.br>",
        "Pinhal Tech | Conversa inicial - Senior Software Engineer",
        "interview",
        PIN,
        source="direct",
        text="""Oi Rafael, como vai?

Aqui é a Fernanda, do time de Pessoas da Pinhal Tech. Recebemos sua candidatura pelo LinkedIn e
queremos marcar uma conversa inicial de 30 min. Deixei um convite no Teams para segunda (26/01)
às 9h30; se não der, me sugere outro horário.

Um abraço,
Fernanda Kuhn
Pinhal Tech - Florianópolis/SC
""",
        ics={
            "start": "2026-01-26 09:30:00 -0300",
            "minutes": 30,
            "style": "outlook",
            "organizer": ("Fernanda Kuhn", "fernanda.kuhn@pinhaltech.com.br"),
            "uid": "040000008200E00074C5B7101A82E00800000000PIN0126",
            "summary": "Conversa inicial | Rafael Nogueira Tanaka",
            "location": "Reunião do Microsoft Teams",
        },
    ),
    mj(
        "pin-3",
        "2026-02-04 17:30:00 -0300",
        "Fernanda Kuhn <fernanda.kuhn@pinhaltech.com.br>",
        "Obrigada pelo seu tempo",
        "rejection",
        PIN,
        source="direct",
        text="""Oi Rafael,

Obrigada pela conversa e pelo interesse na Pinhal Tech. Neste momento decidimos priorizar
candidatos com disponibilidade para encontros presenciais semanais em Florianópolis, então não
vamos seguir com seu processo para Senior Software Engineer.

Foi muito bom te conhecer!
Fernanda
""",
    ),
    m(
        "fwd-tan",
        "2025-10-28 09:40:00 -0300",
        "Bianca Okimoto <bia.okimoto@gmail.com>",
        "Fwd: Vacante: Ingeniero de Datos Senior (Remoto LATAM) - Tandaro",
        ("alert", "Tandaro", "Ingeniero de Datos Senior", None, "direct", "pt"),
        text="""Rafa, lembrei de você na hora! Um amigo meu trabalha lá e disse que o time é ótimo e pagam
em dólar. Se aplicar, coloca meu nome como indicação.

Bjs, Bia

---------- Forwarded message ---------
De: Tandaro Talent <talento@tandaro.mx>
Date: lun, 27 oct 2025 a las 18:02
Subject: Vacante: Ingeniero de Datos Senior (Remoto LATAM) - Tandaro

¡Estamos contratando! Buscamos un(a) Ingeniero(a) de Datos Senior para nuestro equipo de
Riesgo. Remoto desde cualquier país de LATAM, contrato en USD.
Postúlate: https://apply.workable.com/tandaro/j/8D12F0A/
""",
    ),
    m(
        "kb-welcome",
        "2025-10-08 14:12:00 -0300",
        "Sereno Seguros Digitais <noreply@kenoby.com>",
        "Confirme seu cadastro na página de carreiras Sereno",
        ("other_job", "Sereno", None, None, "other", "pt"),
        text="""Olá Rafael,

Para concluir seu cadastro na página de carreiras da Sereno, confirme seu e-mail no link abaixo:
https://sereno.kenoby.com/confirm?token=8f22ac

Equipe Sereno
""",
    ),
    m(
        "li-recs",
        "2026-03-03 12:00:00 -0300",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Quillpath está contratando: Senior Data Engineer",
        ("alert", "Quillpath", "Senior Data Engineer", None, "linkedin", "pt"),
        text="""Vagas recomendadas para você

Quillpath está contratando
Senior Data Engineer · Remoto (América Latina)
Você tem 8 de 10 competências em comum

Ver vaga: https://www.linkedin.com/jobs/view/4221987001/
""",
    ),
]
