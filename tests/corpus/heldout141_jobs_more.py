# ruff: noqa: E501, RUF100
"""Corpus 141, job mail part two (data only): see heldout141.py.

Applications 12 to 22, a headhunter that names its client late, job alerts, talent pools,
incomplete-application nudges, recruiter outreach and other job mail."""

from __future__ import annotations

from typing import Any

from heldout141_jobs import (
    NG,
    SB,
    SBR,
    VB,
    VB2,
    A,
    J,
    gupy,
    ics,
    m,
    mid,
    reply,
)

PF, PFR = "Plastiflex Embalagens", "Comprador(a) Pleno"
SJ, SJR = "Usinagem Serra do Japi", "Analista de Suprimentos"
DC, DCR = "Dicamp", "Comprador(a) – Linha Seca"
QB, QBR = "Quimbrás", "Coordenador(a) de Suprimentos"
MF, MFR = "Metalforja", "Comprador(a) Técnico(a) – Fundidos e Forjados"
JT, JTR = "Jatobá Papéis", "Analista de Strategic Sourcing"
TV, TVR = "Tecnovale", "Comprador(a) Internacional"
LC, LCR = "Lactis Alimentos", "Analista de Compras – Embalagens"
SR, SRR = "Sorocaba Refratários", "Comprador(a) Pleno"
HT, HTR = "Hidrotec Saneamento", "Analista de Compras Sênior – Serviços"
TP, TPR = "TermoPlast", "Analista de Suprimentos Pleno"

_JULIANA = "Juliana Paiva | Ponte RH <juliana.paiva@ponterh.example>"
_PONTE_SIG = """Juliana Paiva
Consultora Sênior – Supply Chain & Procurement
Ponte RH Consultoria | Hunting e Seleção
(19) 99214-3307 | Campinas · São Paulo · Ribeirão Preto
www.ponterh.example"""
_PONTE_KEY, _PONTE_WHEN = "pr7h01", "2025-11-05 10:12"
_PONTE_SUBJECT = "Oportunidade confidencial – Coordenação de Suprimentos (indústria química)"
_R7 = "<CAH7kq2eQ9wE1rT3yU5iO7pA9sD1fG3hJ5kL7zX9cV1bN3mQ@mail.gmail.com>"
_R8 = "<CAH7kq2fB2nM4vC6xZ8lK0jH2gF4dS6aP8oI0uY2tR4eW6qA@mail.gmail.com>"
_SJ_FROM = "RH Serra do Japi <rh.usinagemserradojapi@gmail.com>"
_SJ_KEY, _SJ_WHEN, _SJ_SUBJECT = (
    "sj4i03",
    "2025-10-21 08:47",
    "Entrevista - vaga Analista de Suprimentos",
)
_LC_FROM = "Carolina Nishimura <carolina.nishimura@lactis.example>"

_CATHO_FOOT = """
--
Catho Online Ltda. · Alameda Juari, 1500 · Barueri/SP
Você recebeu este e-mail porque está cadastrada na Catho. Para não receber mais, acesse https://www.catho.com.br/area-candidato/preferencias
"""

_INDEED_FOOT = """<p style="font-size:11px;color:#767676">© 2025 Indeed · <a href="https://br.indeed.com/legal">Termos</a> · <a href="https://br.indeed.com/legal#privacy">Privacidade</a><br>
Indeed Brasil Ltda. · Av. Brigadeiro Faria Lima, 4055 – São Paulo – SP</p>"""

MAIL: list[dict[str, Any]] = [
    # --- 12. Plastiflex Embalagens (Catho): sent, viewed, then nothing -----------------------
    m(
        "pf1c01",
        "2025-09-18 07:12",
        "Catho <noreply@catho.com.br>",
        "Candidatura enviada com sucesso ✔",
        A("confirmation", PF, PFR, 12, "other"),
        text="""Olá, Rafaela!

Sua candidatura foi enviada para a vaga:

COMPRADOR(A) PLENO
Plastiflex Indústria de Embalagens Ltda · Sorocaba - SP
Salário: a combinar

O que acontece agora?
A empresa vai analisar os currículos recebidos. Você será avisada quando ela visualizar o seu.

Ver status da candidatura: https://www.catho.com.br/area-candidato/candidaturas?utm_source=transacional&utm_medium=email&utm_campaign=candidatura_enviada
"""
        + _CATHO_FOOT,
    ),
    m(
        "pf1c02",
        "2025-09-23 15:49",
        "Catho <noreply@catho.com.br>",
        "Uma empresa visualizou seu currículo 👀",
        A("viewed", PF, PFR, 12, "other"),
        html="""<html><body style="font-family:Roboto,Arial,sans-serif;background:#f2f4f7">
<div style="max-width:560px;margin:auto;background:#fff;padding:28px">
<img src="https://www.catho.com.br/static/logo-catho.png" alt="Catho" height="30">
<h3>Seu currículo foi visualizado!</h3>
<p>Rafaela, a empresa <b>Plastiflex Indústria de Embalagens Ltda</b> visualizou seu currículo para a vaga <b>Comprador(a) Pleno</b>.</p>
<p>Quer saber quem mais viu seu currículo? Com o <b>Catho PRO</b> você acompanha todas as visualizações e se destaca para os recrutadores.</p>
<p><a href="https://www.catho.com.br/assinatura?utm_campaign=cv_visualizado" style="background:#e1205b;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Conhecer o Catho PRO</a></p>
<p style="font-size:11px;color:#999">Catho Online Ltda. · Barueri/SP</p>
</div></body></html>""",
    ),
    # --- 13. Usinagem Serra do Japi (InfoJobs, then the owner's Gmail): interview, no --------
    m(
        "sj4i01",
        "2025-10-13 19:26",
        "InfoJobs <noreply@infojobs.com.br>",
        "Inscrição realizada: Analista de Suprimentos",
        A("confirmation", SJ, SJR, 13, "other"),
        text="""Rafaela, sua inscrição foi realizada!

Vaga: Analista de Suprimentos
Empresa: Usinagem Serra do Japi Ltda.
Local: Jundiaí - SP
Data: 13/10/2025

Você pode acompanhar o status pelo app ou em https://www.infojobs.com.br/candidate/applications

Dica InfoJobs: responda às perguntas de filtro com atenção; elas contam na seleção.

InfoJobs Brasil – Atividades de Internet Ltda.
Se não deseja receber estes avisos, altere suas preferências de notificação.
""",
    ),
    m(
        "sj4i02",
        "2025-10-15 09:03",
        "InfoJobs <noreply@infojobs.com.br>",
        "Seu currículo foi lido",
        A("viewed", SJ, SJR, 13, "other"),
        html="""<table width="100%" style="font-family:Arial;font-size:14px"><tr><td align="center"><table width="580">
<tr><td><img src="https://www.infojobs.com.br/img/logo-infojobs.png" alt="InfoJobs" height="28"></td></tr>
<tr><td style="padding:16px 0">
<p>Olá, Rafaela!</p>
<p>A empresa <b>Usinagem Serra do Japi Ltda.</b> leu o seu currículo na vaga <b>Analista de Suprimentos</b>.</p>
<p>Status da inscrição: <span style="color:#167db7;font-weight:bold">CV lido</span></p>
<p><a href="https://www.infojobs.com.br/candidate/applications/detail.aspx?id=88127704">Ver inscrição</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888">InfoJobs Brasil · Este é um e-mail automático.</td></tr></table></td></tr></table>""",
    ),
    m(
        _SJ_KEY,
        _SJ_WHEN,
        _SJ_FROM,
        _SJ_SUBJECT,
        A("interview", SJ, SJR, 13, "direct"),
        text="""Bom dia Rafaela

Recebemos seu curriculo pelo InfoJobs para a vaga de Analista de Suprimentos. Gostariamos de marcar uma entrevista presencial com o Sr. Osvaldo (diretor) e comigo na sexta feira dia 24/10 as 9:00hs.

Endereço: Rua Ângelo Tomazini, 410 - Distrito Industrial - Jundiaí/SP

Favor confirmar.

Att
Simone Borges
Depto Pessoal / RH
Usinagem Serra do Japi Ltda
(11) 4582-6619
""",
    ),
    m(
        "sj4i04",
        "2025-11-06 16:22",
        _SJ_FROM,
        "Re: " + _SJ_SUBJECT,
        A("rejection", SJ, SJR, 13, "direct"),
        text="""Boa tarde Rafaela

Agradecemos sua participação. O Sr. Osvaldo gostou muito do seu conhecimento de SAP mas optamos por um candidato que mora aqui em Jundiaí e já conhece usinagem de precisão e os nossos fornecedores de barra.

Desejamos sucesso.

Att
Simone Borges
Depto Pessoal / RH

Em ter., 21 de out. de 2025 às 12:10, Rafaela Nogueira Bittencourt <rafaela.nbittencourt@gmail.com> escreveu:
> Bom dia, Simone! Confirmo minha presença na sexta, 24/10, às 9h.
> Obrigada,
> Rafaela
""",
        **reply(mid(_SJ_KEY, _SJ_WHEN, _SJ_SUBJECT, _SJ_FROM), _R8),
    ),
    # --- 14. Dicamp (Indeed): nudge, sent, no ----------------------------------------------
    m(
        "dc6n00",
        "2025-11-16 20:30",
        "Indeed <noreply@indeed.com>",
        "Você não terminou sua candidatura",
        J("alert", "indeed", DC, DCR),
        html=f"""<html><body style="font-family:Noto Sans,Helvetica,Arial,sans-serif">
<div style="max-width:540px;margin:auto">
<img src="https://br.indeed.com/images/indeed-logo.png" alt="Indeed" height="26">
<h2 style="font-size:20px">Falta pouco, Rafaela!</h2>
<p>Você começou a se candidatar para <b>Comprador(a) – Linha Seca</b> na <b>Dicamp Distribuidora</b> (Campinas, SP), mas não terminou.</p>
<p><a href="https://br.indeed.com/applystart?jk=3f1a92cc07b1d4e8&amp;from=email_resume_apply" style="background:#2557a7;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">Continuar candidatura</a></p>
{_INDEED_FOOT}
</div></body></html>""",
    ),
    m(
        "dc6n01",
        "2025-11-17 07:44",
        "Indeed Apply <indeedapply@indeed.com>",
        "Candidatura enviada: Comprador(a) – Linha Seca",
        A("confirmation", DC, DCR, 14, "indeed"),
        html=f"""<html><body style="font-family:Noto Sans,Helvetica,Arial,sans-serif">
<div style="max-width:540px;margin:auto">
<img src="https://br.indeed.com/images/indeed-logo.png" alt="Indeed" height="26">
<p style="font-size:18px">✅ Candidatura enviada</p>
<p><b>Comprador(a) – Linha Seca</b><br>Dicamp Distribuidora · Campinas, SP</p>
<p>Os itens a seguir foram enviados para Dicamp Distribuidora:</p>
<ul><li>Currículo (Rafaela_Bittencourt_CV_2025.pdf)</li><li>Respostas a 3 perguntas do empregador</li></ul>
<p>Acompanhe suas candidaturas em <a href="https://myjobs.indeed.com/applied?from=email">Minhas vagas</a>.</p>
<p style="font-size:13px;color:#555">Dica: empregadores costumam responder em até 2 semanas.</p>
{_INDEED_FOOT}
</div></body></html>""",
    ),
    m(
        "dc6n02",
        "2025-12-01 11:15",
        "Dicamp Distribuidora via Indeed <noreply@indeed.com>",
        "Uma atualização sobre sua candidatura",
        A("rejection", DC, DCR, 14, "indeed"),
        text="""Uma mensagem de Dicamp Distribuidora

Olá Rafaela,

Obrigado pelo seu interesse na vaga de Comprador(a) – Linha Seca. Infelizmente, decidimos seguir com outros candidatos neste momento, com experiência em compras de alimentos e negociação com a indústria (mercearia seca).

Desejamos boa sorte na sua busca.

Dicamp Distribuidora Campineira de Alimentos

---
Responder no Indeed: https://br.indeed.com/conversations/8b1f0c2e?from=email
Esta mensagem foi enviada a você pelo empregador por meio do Indeed.
""",
    ),
    # --- 15. Ponte RH (headhunter) for a client named late: Quimbrás -----------------------
    m(
        _PONTE_KEY,
        _PONTE_WHEN,
        _JULIANA,
        _PONTE_SUBJECT,
        J("outreach", "agency", None, QBR),
        text=f"""Olá Rafaela, tudo bem?

Encontrei seu perfil no LinkedIn e acho que pode ter muita aderência a um processo que estou conduzindo com exclusividade.

Meu cliente é uma multinacional do setor químico, com fábrica na região de Campinas, e busca um(a) Coordenador(a) de Suprimentos para liderar uma equipe de 4 compradores (matérias-primas, embalagens e indiretos). Reporte ao Gerente de Supply Chain.

Requisitos principais: experiência com sourcing estratégico, SAP MM/S4, inglês intermediário, disponibilidade para presencial 4x na semana.
Remuneração: faixa de R$ 14 a 16 mil + bônus + pacote completo.

Faz sentido conversarmos? Se sim, me envie seu CV atualizado e um horário bom para uma ligação rápida.

Abraço,

{_PONTE_SIG}
""",
    ),
    m(
        "pr7h02",
        "2025-11-10 18:40",
        _JULIANA,
        "RE: " + _PONTE_SUBJECT,
        A("interview", QB, QBR, 15, "agency"),
        text=f"""Oi Rafaela!

Obrigada pelo retorno e pelo CV. Agora que você topou seguir, posso abrir: o cliente é a Quimbrás (Quimbrás Química do Brasil Ltda.), a fábrica fica em Paulínia, no polo petroquímico.

Vamos fazer nossa conversa por telefone amanhã (11/11) às 12h30, como você sugeriu? Vai durar uns 40 minutos; quero entender melhor sua experiência com liderança e com contratos de matéria-prima. Depois disso apresento seu perfil ao cliente.

Abraço,

{_PONTE_SIG}

De: Rafaela Nogueira Bittencourt <rafaela.nbittencourt@gmail.com>
Enviado: segunda-feira, 10 de novembro de 2025 08:02
Para: Juliana Paiva <juliana.paiva@ponterh.example>
Assunto: Re: Oportunidade confidencial – Coordenação de Suprimentos (indústria química)

Oi Juliana, bom dia! Tenho interesse sim. Segue meu CV. Amanhã no horário de almoço (12h30) seria ótimo para mim.
Rafaela
""",
        **reply(mid(_PONTE_KEY, _PONTE_WHEN, _PONTE_SUBJECT, _JULIANA), _R7),
    ),
    m(
        "pr7h03",
        "2025-11-21 10:25",
        _JULIANA,
        "Entrevista com o cliente – Quimbrás | Coordenação de Suprimentos",
        A("interview", QB, QBR, 15, "agency"),
        text=f"""Rafa, bom dia!

Boas notícias: a Quimbrás gostou do seu perfil e quer te conhecer. A entrevista será presencial com o Rogério Antunes (Gerente de Supply Chain) e a Kátia, do RH:

Quarta-feira, 26/11, às 14h
Quimbrás – Av. José Lozano Araújo, 1551 – Paulínia/SP (portaria principal; é obrigatório usar calça comprida e sapato fechado)

Estou mandando o convite na agenda. Te ligo na segunda para prepararmos a conversa.

{_PONTE_SIG}
""",
        ics=ics(
            "1vkq7d0e5w9bt2np8hs4jr6mca@google.com",
            "2025-11-26 14:00",
            "Entrevista Quimbrás – Rafaela Bittencourt (Ponte RH)",
            ("Juliana Paiva", "juliana.paiva@ponterh.example"),
            minutes=90,
            location="Quimbrás – Av. José Lozano Araújo, 1551 – Paulínia/SP",
            description="Entrevista com Rogério Antunes (Gerente de Supply Chain) e Kátia (RH). Calça comprida e sapato fechado.",
        ),
    ),
    m(
        "pr7h04",
        "2025-12-08 07:00",
        _JULIANA,
        "Resposta automática: Quimbrás – dúvida sobre retorno",
        J("other_job", "agency", QB, QBR),
        text="""Olá! Obrigada pela mensagem.

Estou em viagem a trabalho até 10/12, com acesso limitado ao e-mail. Para assuntos urgentes, fale com a Bianca pelo bianca.rocha@ponterh.example ou (19) 3254-8810.

Juliana Paiva | Ponte RH Consultoria
""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    ),
    m(
        "pr7h05",
        "2025-12-12 17:33",
        _JULIANA,
        "Retorno – processo Quimbrás",
        A("rejection", QB, QBR, 15, "agency"),
        text=f"""Oi Rafa, tudo bem?

Desculpa a demora, só consegui fechar com o cliente ontem à noite. Infelizmente a Quimbrás decidiu seguir com outra finalista, que já vem do setor químico e tem experiência com importação de matéria-prima via Santos.

O Rogério fez questão de dizer que gostou muito de você, principalmente da forma como você estruturou o exemplo de negociação com o fornecedor de aço. Foi uma decisão difícil entre as duas.

Vou manter seu perfil no radar para outras posições de coordenação que estou abrindo para 2026. Vamos nos falando!

Um abraço,

{_PONTE_SIG}
""",
    ),
    # --- 16. Metalforja (Gupy): knowledge test, no -------------------------------------
    m(
        "mf8g01",
        "2025-10-28 12:48",
        "Metalforja <no-reply@gupy.io>",
        "Candidatura confirmada – Comprador(a) Técnico(a)",
        A("confirmation", MF, MFR, 16, "other"),
        html=gupy(
            "Metalforja",
            """<p>Oi, Rafaela!</p>
<p>Obrigado por se candidatar à vaga de <strong>Comprador(a) Técnico(a) – Fundidos e Forjados</strong> em Sorocaba/SP.</p>
<p>Você acabou de dar o primeiro passo para fazer parte do time Metalforja. Acompanhe as próximas etapas pelo seu painel.</p>""",
            (
                "Acompanhar",
                "https://metalforjasorocaba.gupy.io/candidates/applications?utm_source=email",
            ),
            "Metalforja Indústria e Comércio de Peças Forjadas S.A.",
        ),
    ),
    m(
        "mf8g02",
        "2025-10-29 08:20",
        "Metalforja <no-reply@gupy.io>",
        "Nova etapa: Teste de conhecimentos (SAP MM e Excel)",
        A("assessment", MF, MFR, 16, "other"),
        text="""Olá, Rafaela!

Você avançou para a etapa "Teste de conhecimentos" do processo Comprador(a) Técnico(a) – Fundidos e Forjados.

O teste tem 20 questões de múltipla escolha (transações SAP MM, tipos de pedido, Excel intermediário) e tempo limite de 40 minutos. Ele precisa ser feito de uma vez só.

Prazo: 02/11/2025

Fazer o teste: https://metalforjasorocaba.gupy.io/candidates/applications/9266014/steps/2

Equipe Metalforja
Este e-mail foi enviado pela Gupy em nome de Metalforja.
""",
    ),
    m(
        "mf8g03",
        "2025-11-25 10:05",
        "Metalforja <no-reply@gupy.io>",
        "Metalforja | Retorno sobre sua candidatura",
        A("rejection", MF, MFR, 16, "other"),
        html=gupy(
            "Metalforja",
            """<p>Olá, Rafaela.</p>
<p>Agradecemos sua participação no processo seletivo para <strong>Comprador(a) Técnico(a) – Fundidos e Forjados</strong>. Seu resultado no teste de conhecimentos foi muito bom.</p>
<p>Neste momento, porém, optamos por seguir com candidatos que possuem formação técnica em metalurgia e experiência com desenvolvimento de ferramental junto a forjarias.</p>
<p>Seu currículo permanecerá no nosso banco de talentos.</p>
<p>Atenciosamente,<br>Recursos Humanos Metalforja</p>""",
            None,
            "Metalforja Indústria e Comércio de Peças Forjadas S.A.",
        ),
    ),
    # --- 17. Jatobá Papéis (Gupy): nudge, then sent; silence ------------------------------
    m(
        "jt2g00",
        "2025-11-10 21:05",
        "Gupy <no-reply@gupy.io>",
        "Você deixou uma candidatura pela metade",
        J("alert", "other", JT, JTR),
        text="""Oi, Rafaela!

Percebemos que você começou a se candidatar para a vaga Analista de Strategic Sourcing no Grupo Jatobá, mas ainda não finalizou.

Falta pouco: basta responder às perguntas da empresa e enviar.

Continuar: https://grupojatoba.gupy.io/jobs/9412207?utm_source=email&utm_campaign=incomplete_application

Vagas costumam ser encerradas sem aviso. Não deixe para depois!

Gupy
""",
    ),
    m(
        "jt2g01",
        "2025-11-11 06:58",
        "Grupo Jatobá <no-reply@gupy.io>",
        "Sua candidatura para Analista de Strategic Sourcing foi concluída",
        A("confirmation", JT, JTR, 17, "other"),
        html=gupy(
            "Grupo Jatobá",
            """<p>Olá, Rafaela!</p>
<p>Sua candidatura para <strong>Analista de Strategic Sourcing</strong> (São Paulo/SP – Brooklin | híbrido) foi concluída com sucesso.</p>
<p>Na Jatobá Papéis e Embalagens, cada etapa do processo é avaliada por pessoas do nosso time de Gente. Você receberá notícias por aqui.</p>""",
            (
                "Ver candidatura",
                "https://grupojatoba.gupy.io/candidates/applications?utm_source=email",
            ),
            "Jatobá Papéis e Embalagens S.A. – uma empresa do Grupo Jatobá",
        ),
    ),
    # --- 18. Tecnovale (LinkedIn): sent, no ------------------------------------------------
    m(
        "tv5l01",
        "2025-12-08 12:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Rafaela, sua candidatura foi enviada para Tecnovale Eletrônicos",
        A("confirmation", TV, TVR, 18, "linkedin"),
        text="""Sua candidatura foi enviada para Tecnovale Eletrônicos

Comprador(a) Internacional
Tecnovale Eletrônicos · Campinas, São Paulo, Brasil (Presencial)
Candidatura enviada em 8 de dez. de 2025

Ver vaga: https://www.linkedin.com/comm/jobs/view/4329016684/?trackingId=bC9%2F1qT&lipi=urn%3Ali%3Apage%3Aemail_email_application_confirmation

Agora, fique de olho no seu e-mail e nas mensagens do LinkedIn.

----------------------------------------
Este e-mail foi enviado para Rafaela Nogueira Bittencourt (Compradora | Strategic Sourcing | SAP MM)
Cancelar inscrição: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "tv5l02",
        "2025-12-18 19:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura para Comprador(a) Internacional na Tecnovale Eletrônicos",
        A("rejection", TV, TVR, 18, "linkedin"),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="512" align="center"><tr><td style="padding:24px">
<img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" height="24">
<p>Prezada Rafaela,</p>
<p>Agradecemos seu interesse na vaga de Comprador(a) Internacional na Tecnovale Eletrônicos. Após análise, optamos por não avançar com sua candidatura neste momento, pois buscamos alguém com experiência em importação de componentes eletrônicos (semicondutores e placas) e fluência em mandarim ou inglês avançado para negociação direta com fornecedores em Shenzhen.</p>
<p>Desejamos sucesso em sua busca.</p>
<p>Atenciosamente,<br>Tecnovale Eletrônicos</p>
<hr>
<p style="font-size:12px;color:#666">Veja <a href="https://www.linkedin.com/comm/jobs/collections/recommended/?lipi=urn%3Ali%3Apage%3Aemail_jobs_application_rejected">vagas semelhantes</a> recomendadas para você.<br>
Este e-mail foi enviado para Rafaela Nogueira Bittencourt · <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Cancelar inscrição</a><br>© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</td></tr></table></body></html>""",
    ),
    # --- 19. Lactis Alimentos (Gupy): talent pool, profile test, interview cancelled -------
    m(
        "lc0g00",
        "2025-11-19 14:02",
        "Lactis Alimentos <no-reply@gupy.io>",
        "Boas-vindas ao Banco de Talentos Lactis 🥛",
        J("alert", "other", LC),
        html=gupy(
            "Lactis Alimentos",
            """<p>Oi, Rafaela!</p>
<p>Você agora faz parte do <strong>Banco de Talentos Lactis</strong>. Toda vez que abrirmos uma vaga compatível com o seu perfil (e também nos nossos programas de Estágio e Trainee), você será uma das primeiras pessoas a saber.</p>
<p>Enquanto isso, siga a Lactis no LinkedIn e conheça o nosso jeito de fazer laticínios desde 1968 em Jundiaí.</p>""",
            (
                "Ver vagas abertas",
                "https://lactis.gupy.io/?utm_source=email&utm_campaign=talent_pool",
            ),
            "Lactis Alimentos Ltda.",
        ),
    ),
    m(
        "lc0g01",
        "2025-12-15 09:47",
        "Lactis Alimentos <no-reply@gupy.io>",
        "Candidatura recebida – Analista de Compras – Embalagens",
        A("confirmation", LC, LCR, 19, "other"),
        text="""Olá, Rafaela!

Recebemos sua candidatura para a vaga Analista de Compras – Embalagens (Jundiaí/SP – presencial).

Como você faz parte do nosso Banco de Talentos, algumas informações do seu perfil já foram aproveitadas. Confira se está tudo certo no seu painel: https://lactis.gupy.io/candidates/applications

Boa sorte!
Gente & Gestão Lactis

Este e-mail foi enviado pela Gupy em nome de Lactis Alimentos.
""",
    ),
    m(
        "lc0g02",
        "2025-12-15 09:48",
        "Lactis Alimentos <no-reply@gupy.io>",
        "Próxima etapa: Teste de perfil",
        A("assessment", LC, LCR, 19, "other"),
        html=gupy(
            "Lactis Alimentos",
            """<p>Rafaela, você tem uma nova etapa no processo <strong>Analista de Compras – Embalagens</strong>:</p>
<p style="font-size:18px"><strong>Teste de perfil</strong></p>
<p>Reserve cerca de 15 minutos. Responda com sinceridade, pensando em como você age no trabalho.</p>
<p>Prazo: 19/12/2025</p>""",
            (
                "Responder agora",
                "https://lactis.gupy.io/candidates/applications/9530871/steps/2?utm_source=email",
            ),
            "Lactis Alimentos Ltda.",
        ),
    ),
    m(
        "lc0g03",
        "2026-01-06 11:32",
        _LC_FROM,
        "Convite: Entrevista – Analista de Compras (Embalagens) | Lactis @ seg., 12 de jan. de 2026 10:00 - 11:00 (BRT) (rafaela.nbittencourt@gmail.com)",
        A("interview", LC, LCR, 19, "direct"),
        text="""Você foi convidado para o seguinte evento.

Entrevista – Analista de Compras (Embalagens) | Lactis
Quando: segunda-feira, 12 de janeiro de 2026 10:00 – 11:00 (Horário Padrão de Brasília)
Participar com o Google Meet: https://meet.google.com/lct-vbnq-ayd

Convidados:
Carolina Nishimura - organizador
Patrícia Lemes
rafaela.nbittencourt@gmail.com

Olá Rafaela! Entrevista com a Patrícia (Coordenadora de Compras) e comigo. Feliz 2026!

Convite do Google Agenda: https://calendar.google.com/calendar/
""",
        ics=ics(
            "4mq1xt8bv3kc0z6pd2ws9hn7ef@google.com",
            "2026-01-12 10:00",
            "Entrevista – Analista de Compras (Embalagens) | Lactis",
            ("Carolina Nishimura", "carolina.nishimura@lactis.example"),
            location="https://meet.google.com/lct-vbnq-ayd",
            description="Entrevista com a Patrícia (Coordenadora de Compras) e Carolina (Gente & Gestão).",
            attendees=[("Patrícia Lemes", "patricia.lemes@lactis.example")],
        ),
    ),
    m(
        "lc0g04",
        "2026-01-09 17:58",
        _LC_FROM,
        "Evento cancelado com observação: Entrevista – Analista de Compras (Embalagens) | Lactis @ seg., 12 de jan. de 2026 10:00 - 11:00 (BRT) (rafaela.nbittencourt@gmail.com)",
        A("interview", LC, LCR, 19, "direct"),
        text="""Este evento foi cancelado com uma observação:
"Rafaela, precisamos cancelar a entrevista de segunda: a Patrícia precisou se afastar por alguns dias. Assim que ela voltar entro em contato para remarcarmos. Desculpe o transtorno!"

Entrevista – Analista de Compras (Embalagens) | Lactis
Quando: segunda-feira, 12 de janeiro de 2026 10:00 – 11:00 (Horário Padrão de Brasília)

Convidados:
Carolina Nishimura - organizador
Patrícia Lemes
rafaela.nbittencourt@gmail.com

Convite do Google Agenda: https://calendar.google.com/calendar/
""",
        ics=ics(
            "4mq1xt8bv3kc0z6pd2ws9hn7ef@google.com",
            "2026-01-12 10:00",
            "Entrevista – Analista de Compras (Embalagens) | Lactis",
            ("Carolina Nishimura", "carolina.nishimura@lactis.example"),
            method="CANCEL",
            attendees=[("Patrícia Lemes", "patricia.lemes@lactis.example")],
        ),
    ),
    # --- 20. Sorocaba Refratários (Indeed, forwarded from her old Hotmail) -----------------
    m(
        "sr3x01",
        "2025-09-29 22:41",
        "Rafaela Nogueira <rafinha.nogueira@hotmail.com>",
        "Fw: Candidatura enviada: Comprador(a) Pleno",
        A("confirmation", SR, SRR, 20, "indeed"),
        text="""mandando pra cá pra não perder (apliquei pelo indeed com o hotmail antigo, aff)

________________________________
De: Indeed Apply <indeedapply@indeed.com>
Enviado: segunda-feira, 29 de setembro de 2025 22:35
Para: rafinha.nogueira@hotmail.com <rafinha.nogueira@hotmail.com>
Assunto: Candidatura enviada: Comprador(a) Pleno

Candidatura enviada

Comprador(a) Pleno
Sorocaba Refratários Ltda. - Sorocaba, SP

Os itens a seguir foram enviados para Sorocaba Refratários Ltda.:
- Currículo
- Informações de contato

Acompanhe suas candidaturas em Minhas vagas: https://myjobs.indeed.com/applied

© 2025 Indeed
""",
    ),
    # --- 21. Hidrotec Saneamento (Kenoby): online test, then silence ------------------------
    m(
        "ht6k01",
        "2025-12-10 15:16",
        "Hidrotec | Trabalhe Conosco <noreply@kenoby.com>",
        "Hidrotec – inscrição confirmada",
        A("confirmation", HT, HTR, 21, "other"),
        text="""Olá, Rafaela Nogueira Bittencourt!

Confirmamos sua inscrição na vaga Analista de Compras Sênior – Serviços (São Paulo – Barra Funda).

A Hidrotec Saneamento atua em concessões de água e esgoto em 14 municípios paulistas. Buscamos pessoas que queiram fazer a diferença na vida das pessoas.

Próximos passos: em breve você poderá receber um teste online.

Atenciosamente,
Gente e Gestão – Hidrotec Saneamento S.A.

Powered by Kenoby – https://jobs.kenoby.com/hidrotec
""",
    ),
    m(
        "ht6k02",
        "2025-12-11 09:00",
        "Hidrotec | Trabalhe Conosco <noreply@kenoby.com>",
        "Hidrotec – teste online disponível",
        A("assessment", HT, HTR, 21, "other"),
        html="""<div style="font-family:Verdana,sans-serif;font-size:13px;max-width:580px">
<div style="background:#005b96;color:#fff;padding:14px;font-size:18px">Hidrotec Saneamento · Trabalhe Conosco</div>
<p>Olá Rafaela,</p>
<p>Você foi selecionada para a etapa de <b>Teste Online</b> da vaga <b>Analista de Compras Sênior – Serviços</b>.</p>
<p>O teste contém questões de raciocínio lógico, português e conhecimentos em contratação de serviços (Lei 14.133, medições, aditivos). Duração: 50 minutos.</p>
<p><a href="https://jobs.kenoby.com/hidrotec/test/5e2f1c0a9b7d?utm_source=email">Iniciar teste</a> (disponível até 17/12/2025)</p>
<p style="font-size:10px;color:#999">Powered by Kenoby · E-mail automático, não responda.</p>
</div>""",
    ),
    # --- 22. TermoPlast (Catho): sent, no ------------------------------------------------
    m(
        "tp9c01",
        "2026-01-05 08:14",
        "Catho <noreply@catho.com.br>",
        "Candidatura enviada com sucesso ✔",
        A("confirmation", TP, TPR, 22, "other"),
        text="""Olá, Rafaela!

Sua candidatura foi enviada para a vaga:

ANALISTA DE SUPRIMENTOS PLENO
TermoPlast Componentes Termoplásticos Ltda · Jundiaí - SP
Salário: R$ 7.000,00 a R$ 8.500,00

O que acontece agora?
A empresa vai analisar os currículos recebidos.

Ver status da candidatura: https://www.catho.com.br/area-candidato/candidaturas?utm_source=transacional&utm_campaign=candidatura_enviada
"""
        + _CATHO_FOOT,
    ),
    m(
        "tp9c02",
        "2026-01-26 13:37",
        "Catho <noreply@catho.com.br>",
        "Atualização do processo seletivo",
        A("rejection", TP, TPR, 22, "other"),
        text="""Olá, Rafaela.

A empresa TermoPlast Componentes Termoplásticos Ltda finalizou o processo seletivo da vaga Analista de Suprimentos Pleno e seu currículo não foi selecionado desta vez.

Não desanime! Temos outras vagas esperando por você:
https://www.catho.com.br/vagas/analista-de-suprimentos/jundiai-sp/?utm_campaign=processo_finalizado

Boa sorte,
Equipe Catho
"""
        + _CATHO_FOOT,
    ),
    # --- alerts, talent communities, outreach and other job mail ---------------------------
    m(
        "al1k01",
        "2025-09-02 06:31",
        "Alertas de vagas do LinkedIn <jobalerts-noreply@linkedin.com>",
        "“analista de compras”: 15 novas vagas em Campinas, São Paulo, Brasil",
        J("alert", "linkedin"),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="512" align="center"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" height="24">
<h2 style="font-size:18px">Suas vagas de “analista de compras” em Campinas</h2>
<p><b>Analista de Compras Sr</b><br>Fortlub Lubrificantes · Paulínia, SP · <span style="color:#057642">Candidatura simplificada</span></p>
<p><b>Comprador Técnico</b><br>Grupo MBR Autopeças · Campinas, SP · há 2 dias</p>
<p><b>Analista de Suprimentos Pleno</b><br>Hospital Vera Cruz Campinas · Campinas, SP · 48 candidatos</p>
<p><b>Strategic Buyer</b><br>Elevia Brasil · Hortolândia, SP (Híbrido)</p>
<p><a href="https://www.linkedin.com/comm/jobs/search?keywords=analista%20de%20compras&amp;location=Campinas&amp;savedSearchId=1741850012&amp;lipi=urn%3Ali%3Apage%3Aemail_email_job_alert_digest_01">Ver todas as vagas</a></p>
<p style="font-size:12px;color:#666">Você está recebendo alertas de vagas. <a href="https://www.linkedin.com/comm/jobs/alerts">Gerenciar alertas</a> · <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Cancelar inscrição</a><br>© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "ot2g01",
        "2025-09-03 21:02",
        "Gupy <no-reply@gupy.io>",
        "Seu código de acesso: 483920",
        J("other_job", "other"),
        text="""Olá!

Use o código abaixo para acessar sua conta na Gupy:

483920

O código expira em 10 minutos. Se você não solicitou este acesso, ignore este e-mail.

Equipe Gupy
""",
    ),
    m(
        "ag3t01",
        "2025-09-15 11:18",
        "Vagas Talentos RH <vagas@talentossolucoesrh.example>",
        "VAGA TEMPORÁRIA – COMPRADOR(A) – SUMARÉ – 6 MESES",
        J("outreach", "agency", None, "Comprador(a) Temporário(a)"),
        text="""Bom dia!

Identificamos seu currículo em nosso banco de dados e temos uma oportunidade que pode te interessar:

VAGA: COMPRADOR(A) – TEMPORÁRIO (6 meses, possibilidade de efetivação)
CLIENTE: indústria do segmento metalúrgico – Sumaré/SP
HORÁRIO: 2ª a 6ª das 07h30 às 17h18
SALÁRIO: R$ 5.200,00 + VR + VT + convênio médico
REQUISITOS: experiência com compras de MRO e SAP; ensino superior completo

Interessados responder este e-mail com o currículo atualizado e pretensão salarial.

Talentos Soluções em RH – Trabalho Temporário e Terceirização
Rua Dr. Quirino, 1358 – Centro – Campinas/SP
""",
    ),
    m(
        "ot2n01",
        "2025-09-24 13:12",
        "Northgate Careers <northgate@myworkday.com>",
        "Your candidate account has been created",
        J("other_job", "workday", NG, lang="en"),
        text="""Hello Rafaela,

Thank you for creating a candidate account on the Northgate Packaging careers site.

Your user name is: rafaela.nbittencourt@gmail.com

You can sign in at any time to complete or review your applications: https://northgate.wd1.myworkdayjobs.com/en-US/NorthgateCareers/login

If you did not create this account, please ignore this email.

Northgate Talent Acquisition
""",
    ),
    m(
        "al1g02",
        "2025-09-25 19:00",
        "Gupy <no-reply@gupy.io>",
        "Rafaela, 6 vagas que combinam com você",
        J("alert", "other"),
        html=gupy(
            "Gupy",
            """<p>Oi, Rafaela! Separamos vagas com base nas suas candidaturas recentes:</p>
<ul>
<li><strong>Comprador(a) Pleno</strong> – Brasilata Embalagens · Campinas/SP</li>
<li><strong>Analista de Compras Sr.</strong> – Grupo Sanfer · Jundiaí/SP</li>
<li><strong>Especialista de Suprimentos</strong> – Orbis Farma · Itapira/SP</li>
<li><strong>Comprador(a) Técnico(a)</strong> – Metalforja · Sorocaba/SP</li>
<li><strong>Analista de Supply Chain</strong> – Verdemar Atacarejo · Valinhos/SP</li>
<li><strong>Analista de Compras Indiretos</strong> – Hospital Santa Lívia · São Paulo/SP</li>
</ul>
<p>As vagas podem ser encerradas a qualquer momento. Candidate-se logo!</p>""",
            (
                "Ver todas",
                "https://portal.gupy.io/job-search/term=compras?utm_source=email&utm_campaign=recommendation",
            ),
        ),
    ),
    m(
        "ag9h01",
        "2025-10-01 16:47",
        "Eduardo Marcondes <eduardo.marcondes@atriumsearch.example>",
        "Gerente de Compras – bens de consumo (confidencial)",
        J("outreach", "agency", None, "Gerente de Compras"),
        text="""Rafaela, boa tarde.

Sou sócio da Atrium Executive Search e conduzo a busca de um(a) Gerente de Compras para uma empresa nacional de bens de consumo, líder em seu segmento, com sede em São Paulo (zona sul) e duas fábricas no interior.

Sei que é um passo acima da sua posição atual, mas seu histórico de projetos de saving e a certificação em negociação me chamaram a atenção. O cliente está aberto a perfis em ascensão.

Teria 20 minutos esta semana para uma conversa exploratória, sem compromisso?

Cordialmente,

Eduardo Marcondes
Sócio | Atrium Executive Search
São Paulo · +55 11 3045-2290
Esta mensagem é confidencial.
""",
    ),
    m(
        "al3i01",
        "2025-10-03 07:05",
        "Indeed <alert@indeed.com>",
        "Comprador - Campinas, SP: 9 novas vagas",
        J("alert", "indeed"),
        html=f"""<html><body style="font-family:Noto Sans,Helvetica,Arial,sans-serif">
<div style="max-width:540px;margin:auto">
<img src="https://br.indeed.com/images/indeed-logo.png" alt="Indeed" height="26">
<p>9 novas vagas para <b>comprador</b> em <b>Campinas, SP</b></p>
<p><a href="https://br.indeed.com/rc/clk?jk=7b30e4a1f2c6d980&amp;from=ja">Comprador Pleno</a><br>Trivale Autopeças – Campinas, SP<br>R$ 6.500 – R$ 7.800 por mês · <i>Candidatura simplificada</i></p>
<p><a href="https://br.indeed.com/rc/clk?jk=1d9e0a7c55b1f324&amp;from=ja">Assistente de Compras</a><br>Supermercados Pague Bem – Sumaré, SP</p>
<p><a href="https://br.indeed.com/rc/clk?jk=c8a2f0b913e7d665&amp;from=ja">Comprador Técnico – Peças Usinadas</a><br>MecPrecision – Valinhos, SP · Contratando com urgência</p>
<p><a href="https://br.indeed.com/jobs?q=comprador&amp;l=Campinas%2C+SP&amp;from=ja">Ver todas as vagas</a></p>
<p style="font-size:12px;color:#767676">Você recebe este alerta porque se inscreveu em alertas de vagas do Indeed. <a href="https://br.indeed.com/alerts?from=ja">Gerenciar alertas</a></p>
{_INDEED_FOOT}
</div></body></html>""",
    ),
    m(
        "al1k03",
        "2025-10-16 08:10",
        "LinkedIn <jobs-listings@linkedin.com>",
        "A Vossberg está contratando: Comprador(a) Estratégico(a) – Materiais Indiretos",
        J("alert", "linkedin", VB, VB2),
        text="""A Vossberg do Brasil está contratando

Comprador(a) Estratégico(a) – Materiais Indiretos
Vossberg do Brasil · Jundiaí, São Paulo, Brasil (Híbrido)

Você segue a Vossberg do Brasil. Esta vaga foi publicada há 1 dia.

Ver vaga: https://www.linkedin.com/comm/jobs/view/4316620077/?trackingId=Xw1%2BqO&lipi=urn%3Ali%3Apage%3Aemail_company_hiring

----------------------------------------
Este e-mail foi enviado para Rafaela Nogueira Bittencourt
Cancelar inscrição: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "al4c01",
        "2025-10-17 12:00",
        "Catho <vagas@catho.com.br>",
        "Rafaela, tem vaga nova de Analista de Compras perto de você",
        J("alert", "other"),
        text="""Vagas selecionadas para você, Rafaela:

> Analista de Compras Pleno – Indaiatuba/SP – R$ 6.000 a 7.500
> Comprador Sênior (Indiretos) – Campinas/SP – a combinar
> Analista de Suprimentos – Sorocaba/SP – R$ 5.800
> Comprador de Matéria-Prima – Americana/SP – R$ 7.200

Candidate-se: https://www.catho.com.br/vagas/analista-de-compras/campinas-sp/?utm_source=alerta&utm_medium=email
"""
        + _CATHO_FOOT,
    ),
    m(
        "al5i01",
        "2025-11-03 07:30",
        "InfoJobs <alertas@infojobs.com.br>",
        "Novas vagas: Suprimentos em Jundiaí e região",
        J("alert", "other"),
        html="""<table width="580" align="center" style="font-family:Arial;font-size:13px"><tr><td>
<img src="https://www.infojobs.com.br/img/logo-infojobs.png" alt="InfoJobs" height="28">
<p>Olá Rafaela, estas são as novas vagas do seu alerta <b>"suprimentos – Jundiaí"</b>:</p>
<ol>
<li>Analista de Suprimentos Jr – Cabreúva/SP</li>
<li>Comprador Pleno – Itupeva/SP (Logística)</li>
<li>Analista de Planejamento de Materiais – Jundiaí/SP</li>
</ol>
<p><a href="https://www.infojobs.com.br/empregos.aspx?palabra=suprimentos&amp;provincia=jundiai&amp;origem=alerta">Ver todas</a></p>
<p style="font-size:11px;color:#888">Para deixar de receber este alerta, acesse Minha conta &gt; Alertas.</p>
</td></tr></table>""",
    ),
    m(
        "al6w01",
        "2025-12-04 09:12",
        "VAGAS.com.br <naoresponda@vagas.com.br>",
        "Vagas compatíveis com o seu perfil",
        J("alert", "other"),
        text="""Rafaela, separamos algumas vagas para você:

* Comprador(a) Sênior – Sorocaba/SP – Indústria de autopeças
* Analista de Compras – Campinas/SP – Distribuidora farmacêutica
* Comprador(a) Pleno – São Paulo/SP – Varejo

Ver vagas: https://www.vagas.com.br/vagas-de-comprador?utm_source=email_vagas_compativeis

VAGAS.com.br
Gerenciar e-mails: https://www.vagas.com.br/preferencias-email
""",
    ),
    m(
        "ou5l01",
        "2025-12-03 20:47",
        "Letícia Amaral via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidade: Compradora Sênior na Lumitech",
        J("outreach", "linkedin", "Lumitech Iluminação", "Compradora Sênior"),
        text="""Letícia Amaral
Tech & Industrial Recruiter na Lumitech Iluminação

Oi Rafaela, tudo bem?

Estamos abrindo uma posição de Compradora Sênior para a nossa fábrica de Vinhedo (luminárias LED e componentes eletrônicos). Vi que você tem experiência com fornecedores de fundidos e com SAP, o que é bem relevante para nossas carcaças de alumínio.

Posso te mandar a descrição completa? Se tiver interesse, me passa seu WhatsApp que te ligo.

Abraço!

Responder: https://www.linkedin.com/comm/messaging/thread/2-NDE3ZjkwMmQ=/?lipi=urn%3Ali%3Apage%3Aemail_inmail

----------------------------------------
Esta é uma mensagem InMail do LinkedIn. Você está recebendo InMails porque seu perfil está aberto a oportunidades.
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "al1k05",
        "2025-12-14 06:40",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“procurement specialist”: new jobs in São Paulo, Brazil",
        J("alert", "linkedin", lang="en"),
        text="""Your job alert for procurement specialist in São Paulo, Brazil

Procurement Specialist – Indirect
Kraftwell Brasil · São Paulo, SP (Hybrid) · Easy Apply

Strategic Sourcing Lead, LATAM
Orchard Foods · São Paulo, SP (Remote)

Senior Buyer – Packaging
Nordal Chemicals · Jundiaí, SP

See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=procurement%20specialist&location=S%C3%A3o%20Paulo&savedSearchId=1768802391

You are receiving Job Alert emails. Manage alerts: https://www.linkedin.com/comm/jobs/alerts
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "ot2g05",
        "2026-01-12 10:20",
        "Sabiá Supermercados <no-reply@gupy.io>",
        "Como foi participar do processo seletivo do Sabiá?",
        J("other_job", "other", SB, SBR),
        text="""Olá, Rafaela!

Você participou recentemente do processo seletivo Analista de Compras – Indiretos do Sabiá Supermercados. Queremos saber como foi a sua experiência.

São só 2 perguntas e leva menos de 1 minuto:
https://redesabia.gupy.io/candidate-experience/survey/bb21e0f7?utm_source=email

Sua resposta é anônima e nos ajuda a melhorar.

Gente Sabiá
Este e-mail foi enviado pela Gupy em nome de Sabiá Supermercados.
""",
    ),
    m(
        "al1g09",
        "2026-01-29 19:00",
        "Gupy <no-reply@gupy.io>",
        "Novas vagas de Comprador(a) para você 🔎",
        J("alert", "other"),
        text="""Oi, Rafaela!

Tem vaga nova no seu radar:

- Comprador(a) Sênior – Autopeças Guarani · Campinas/SP
- Analista de Compras Indiretos – Cotafácil · Remoto
- Especialista em Strategic Sourcing – Fertilbras · Paulínia/SP

Ver vagas: https://portal.gupy.io/job-search/term=comprador?utm_source=email&utm_campaign=recommendation

Para não receber recomendações, ajuste suas preferências no painel.
Gupy
""",
    ),
    m(
        "al7w01",
        "2025-09-24 13:25",
        "Northgate Talent Community <northgate@myworkday.com>",
        "Welcome to the Northgate Talent Community",
        J("alert", "workday", NG, lang="en"),
        text="""Hi Rafaela,

Thanks for joining the Northgate Packaging Talent Community! You'll receive news about our teams in Latin America and job openings that match the interests you shared (Procurement, Supply Chain – Brazil).

You can update your preferences or leave the community at any time from your Candidate Home.

The Northgate Talent Acquisition Team

Northgate Packaging do Brasil Ltda. · Av. das Nações Unidas, 14401 · São Paulo - SP
To unsubscribe, sign in to Candidate Home and update your Talent Community preferences.
""",
    ),
]
