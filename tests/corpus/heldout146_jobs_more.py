# ruff: noqa: E501, RUF100
"""Corpus 146, job mail part two (data only): see heldout146.py."""

from __future__ import annotations

from typing import Any

from heldout146_jobs import (
    AM,
    AMR,
    AZ,
    CC,
    CCR,
    CM,
    CMR,
    EC,
    ECR,
    FL,
    FLR,
    FQ,
    FQR,
    FV,
    FVR,
    GUPY_FOOTER,
    GUPY_PMP,
    KENOBY,
    MS,
    MSR,
    MX,
    MXR,
    PATRICIA,
    PP,
    PPR,
    PS,
    PSR,
    RH,
    RHR,
    SA,
    SAR,
    SB,
    SB2,
    SF,
    SIMONE,
    VA,
    VAR,
    A,
    J,
    ics,
    m,
    thread,
)

simone_1 = m(
    "i1q7",
    "2025-10-07 14:20",
    SIMONE,
    "RE: Oportunidade - Analista de T&D (Caxias do Sul)",
    J("outreach", "agency", None, SAR),
    """Oi, Thaís! Obrigada pelo retorno rápido e pelo currículo. 😊

Vou apresentar teu perfil ao cliente nesta semana. Por questão de confidencialidade ainda
não posso abrir o nome da empresa, mas assim que eles aprovarem a etapa de entrevista eu te
passo todos os detalhes.

Abraço,
Simone

Em sáb., 4 de out. de 2025 às 11:02, Thaís Schneider Farias <thais.sfarias@gmail.com> escreveu:
> Oi, Simone, bom dia!
> Obrigada pelo contato, tenho interesse sim. Segue meu currículo em anexo. Minha pretensão
> fica em torno de R$ 6.000, mas estou aberta a conversar. A mudança para Caxias seria um
> ponto a avaliar com calma.
> Abraço, Thaís
""",
)

coxilha_1 = m(
    "q1c5",
    "2025-11-07 18:44",
    "Tiago Rambo <tiagorambo.coxilha@gmail.com>",
    "Learning Designer - bora conversar?",
    A("interview", EC, ECR, 17, "direct"),
    """Oi Thaís! Tudo certo?

Sou o Tiago, um dos fundadores do Coxilha (estúdio de aprendizagem aqui de Floripa, a gente
faz cursos e experiências de aprendizagem para empresas). Vi tua candidatura pelo Trampos e
o portfólio no Notion, curti muito o projeto de sequência didática com podcast.

Bora conversar? Mandei um convite pra quarta 12/11 às 17h, pelo Meet. É bem informal, uns
40 min.

Abraço!
Tiago
--
Estúdio Coxilha · aprendizagem que faz sentido
Rua Lauro Linhares, 589 - Trindade, Florianópolis/SC
""",
    ics=ics(
        "2r8s4t6u0v1w3x5y7z9a2b4c6d@google.com",
        "2025-11-12 17:00",
        "Papo Thaís <> Coxilha (Learning Designer)",
        ("Tiago Rambo", "tiagorambo.coxilha@gmail.com"),
        minutes=40,
        location="https://meet.google.com/hzs-ogqe-vcn",
        description="Participar com o Google Meet: https://meet.google.com/hzs-ogqe-vcn",
    ),
)

pulsar_0 = m(
    "r0a4",
    "2025-11-05 09:21",
    "Rafael Costa Nunes <rafael.nunes@pulsarseguros.example>",
    "Currículo - vaga de Educação Corporativa",
    A("confirmation", PS, PSR, 18, "direct"),
    """Bom dia, Thaís.

A Bruna Lemos, do time de Sinistros, me encaminhou teu currículo para a vaga de Analista de
Educação Corporativa aqui na Pulsar. Obrigado pelo interesse!

Vou analisar com calma junto com o time de Gente e até o início da semana que vem te dou um
retorno sobre os próximos passos.

Abraço,

Rafael Costa Nunes
Coordenador de Educação Corporativa | Academia Pulsar
Pulsar Seguros S.A.
Rua Mostardeiro, 777 - 9º andar | Porto Alegre - RS
T +55 51 3012-9850

Antes de imprimir, pense na sua responsabilidade com o meio ambiente.
Pulsar Seguros S.A. - CNPJ 10.224.719/0001-53. Esta mensagem é destinada exclusivamente ao(s)
destinatário(s) e pode conter informações confidenciais ou legalmente protegidas.
""",
)

florescer_fwd = m(
    "w0f3",
    "2025-12-03 12:10",
    "Thaís Schneider Farias <thais.farias@colegioacacias.example>",
    "Fwd: Recebemos seu currículo | Florescer Educação Corporativa",
    A("confirmation", FL, FLR, 23, "direct"),
    """Enviado do meu e-mail da escola sem querer, reencaminhando pra não perder.

---------- Forwarded message ---------
De: Florescer Educação Corporativa <trabalheconosco@floresceredu.example>
Date: ter., 2 de dez. de 2025 às 23:48
Subject: Recebemos seu currículo | Florescer Educação Corporativa
To: <thais.farias@colegioacacias.example>


Olá, Thaís!

Obrigada por se candidatar à vaga de Designer Instrucional (remoto) na Florescer Educação
Corporativa. Recebemos seu currículo e portfólio.

Nossa equipe analisa todas as candidaturas em até 15 dias úteis. Caso seu perfil esteja
alinhado ao que buscamos, entraremos em contato para agendar uma conversa.

Com carinho,
Equipe Florescer
www.floresceredu.example | Florianópolis - SC

--
Colégio Jardim das Acácias - Educação que acolhe
Esta mensagem foi enviada a partir do domínio institucional do Colégio.
""",
)

MAIL: list[dict[str, Any]] = [
    # --- 9. Serra Alta Alimentos (cont.) -------------------------------------------------------
    simone_1,
    m(
        "i2s3",
        "2025-10-14 11:00",
        SIMONE,
        "Entrevista com o cliente - Serra Alta Alimentos",
        A("interview", SA, SAR, 12, "agency"),
        """Oi, Thaís! Boas notícias!

O cliente gostou muito do teu perfil e agora já posso abrir: a vaga é na Serra Alta Alimentos,
na unidade de Caxias do Sul (Distrito Industrial). A entrevista vai ser com a Gerente de
Gente e Gestão, Fabiana Zanella, e com o supervisor de produção, Jair Boff.

Sexta-feira, 17/10, às 10h, online pelo Teams do cliente (o link vai no convite).

Algumas dicas: eles valorizam muito quem conhece a realidade da fábrica, então vale falar
sobre como adaptarias formações para operadores em turno. Se quiser, me liga antes para a
gente alinhar.

Abraço,
Simone Bertolini
Talentos do Sul Consultoria em RH
""",
        ics=ics(
            "0c8e4a6b2d1f3h5j7k9m1n3p5q@google.com",
            "2025-10-17 10:00",
            "Entrevista Thaís Schneider Farias - Serra Alta Alimentos (T&D)",
            ("Simone Bertolini", "simone@talentosdosul.example"),
            attendees=[("Fabiana Zanella", "fabiana.zanella@serraalta.example")],
            location="Microsoft Teams - link do cliente",
        ),
        **thread(simone_1),
    ),
    m(
        "i3u9",
        "2025-10-28 17:55",
        SIMONE,
        "Devolutiva - processo Serra Alta",
        A("rejection", SA, SAR, 12, "agency"),
        """Oi, Thaís, boa tarde.

Tive hoje a devolutiva da Serra Alta. Eles gostaram muito da tua comunicação e da tua
experiência com formação de professores, mas optaram por seguir com uma candidata que já
atuou em T&D industrial, com vivência em NRs e treinamentos de segurança - pesou bastante
para o supervisor.

Sei que não é a notícia que esperavas. Vou manter teu currículo no nosso banco: temos
frequentemente vagas de educação corporativa na Serra e acho que logo aparece algo com a tua
cara.

Um abraço e obrigada pela parceria no processo!
Simone
""",
    ),
    # --- 10. Rede Horizonte de Educação (Pandapé) ---------------------------------------------
    m(
        "j0e6",
        "2025-10-06 07:58",
        "Rede Horizonte de Educação <noreply@pandape.com.br>",
        "Recebemos seu currículo",
        A("confirmation", RH, RHR, 9, "other"),
        """Olá, Thaís Schneider Farias,

Obrigado por se inscrever na vaga Coordenador(a) de Formação Docente - Porto Alegre/RS.

Seu currículo foi recebido e será analisado pela nossa equipe de Gestão de Pessoas. Você pode
acompanhar o andamento da sua candidatura no Portal do Candidato:
https://redehorizonte.pandape.infojobs.com.br/Candidate/MyApplications

Atenciosamente,
Gestão de Pessoas - Rede Horizonte de Educação

Pandapé | Software de recrutamento e seleção
Este e-mail foi enviado automaticamente. Por favor, não responda.
""",
    ),
    m(
        "j1k2",
        "2025-10-20 13:14",
        "Rede Horizonte de Educação <noreply@pandape.com.br>",
        "Sua candidatura foi visualizada",
        A("viewed", RH, RHR, 9, "other"),
        html="""<div style="font-family:Arial;font-size:14px;max-width:580px">
<p>Olá, Thaís!</p>
<p>A equipe de seleção da <b>Rede Horizonte de Educação</b> visualizou seu currículo para a vaga <b>Coordenador(a) de Formação Docente</b>.</p>
<p>Status atual: <span style="color:#1a7f37">Em análise</span></p>
<p><a href="https://redehorizonte.pandape.infojobs.com.br/Candidate/MyApplications">Acompanhar candidatura</a></p>
<p style="font-size:11px;color:#999">Pandapé · Mensagem automática</p>
</div>""",
    ),
    # --- 11. Conecta Contact Center (Indeed) --------------------------------------------------
    m(
        "k0l4",
        "2025-10-09 21:30",
        "Indeed Apply <indeedapply@indeed.com>",
        "Candidatura enviada: Analista de Treinamento",
        A("confirmation", CC, CCR, 10, "indeed"),
        """Candidatura enviada

Analista de Treinamento
Conecta Contact Center - Porto Alegre, RS

As seguintes informações foram enviadas para Conecta Contact Center:
  Thaís Schneider Farias
  thais.sfarias@gmail.com
  Currículo: CV_Thais_Farias_2025.pdf

Próximos passos
- O empregador poderá entrar em contato diretamente pelo Indeed ou por e-mail.
- Acompanhe suas candidaturas em Minhas vagas: https://myjobs.indeed.com/applied

Boa sorte!
Equipe Indeed

Indeed Brasil Internet Ltda. | Não responda a este e-mail.
Termos de Serviço: https://br.indeed.com/legal · Privacidade: https://hrtechprivacy.com/pt/
""",
    ),
    m(
        "k1n8",
        "2025-10-13 08:02",
        "Indeed <noreply@indeed.com>",
        "A Conecta Contact Center visualizou sua candidatura",
        A("viewed", CC, CCR, 10, "indeed"),
        """Boas notícias, Thaís!

O empregador visualizou sua candidatura para Analista de Treinamento.

Conecta Contact Center
Porto Alegre, RS
Candidatura enviada há 4 dias

Ver detalhes: https://myjobs.indeed.com/applied?from=viewed-email

Enquanto aguarda, confira vagas semelhantes:
  Instrutor(a) de Treinamento - Atende Mais BPO - Canoas, RS
  Analista de Qualidade e Treinamento - Telemarketing Sul - Porto Alegre, RS

Indeed | Não responda a este e-mail.
""",
    ),
    m(
        "k2p3",
        "2025-10-15 10:26",
        "Rodrigo Mesquita - Conecta Contact Center <rodrigo-m3kq7ax1@indeedemail.com>",
        "Convite para entrevista - Analista de Treinamento",
        A("interview", CC, CCR, 10, "indeed"),
        """Olá Thaís, tudo bem?

Obrigado pela candidatura na vaga de Analista de Treinamento da Conecta. Gostaríamos de
agendar uma entrevista online com você na segunda-feira (20/10) às 10h pelo Google Meet.

Por favor, confirme respondendo esta mensagem que envio o link.

Rodrigo Mesquita
Supervisor de Treinamento e Qualidade

----
Responda diretamente a este e-mail ou pelo Indeed: https://br.indeed.com/conversations/3f0c9a1d
Esta mensagem foi enviada pelo empregador por meio do Indeed. O Indeed não é responsável pelo
conteúdo. Nunca forneça dados bancários ou pague para participar de um processo seletivo.
""",
    ),
    # --- 12. Vinhedo Autopeças, from Grupo Vinhedo (SuccessFactors) ---------------------------
    m(
        "l0q6",
        "2025-10-13 16:40",
        SF,
        "Confirmação de candidatura - Analista de Treinamento Industrial (Req. 4471)",
        A("confirmation", VA, VAR, 11, "other"),
        """Prezada Thaís Schneider Farias,

Obrigado por se candidatar à vaga Analista de Treinamento Industrial (Req. 4471) - Unidade
Caxias do Sul - Vinhedo Autopeças Ltda.

Sua candidatura foi recebida e será analisada pela equipe de Gente & Gestão. Caso seu perfil
seja aderente aos requisitos da vaga, entraremos em contato para as próximas etapas.

Você pode acompanhar o status de sua candidatura acessando seu perfil de candidato:
https://career5.successfactors.eu/career?company=gvinhedoP&career_ns=job_application&lang=pt_BR

Atenciosamente,
Gente & Gestão
Grupo Vinhedo - Vinhedo Autopeças | Vinhedo Plásticos | Vinhedo Logística

Esta é uma mensagem automática. Por favor, não responda.
""",
    ),
    m(
        "l1s0",
        "2025-10-27 09:15",
        SF,
        "Grupo Vinhedo - Avaliação online (etapa 2)",
        A("assessment", VA, VAR, 11, "other"),
        """Prezada Thaís,

Você foi selecionada para a etapa de avaliação online do processo Analista de Treinamento
Industrial (Req. 4471).

A avaliação é composta por:
  1. Teste de raciocínio lógico (25 minutos)
  2. Estudo de caso: levantamento de necessidades de treinamento (LNT) para uma linha de
     montagem com alta rotatividade - resposta dissertativa de até 1 página

Prazo para realização: 31/10/2025.
Acesse: https://career5.successfactors.eu/career?company=gvinhedoP&career_ns=assessment&token=Q2FzZTQ0NzE

Atenciosamente,
Gente & Gestão | Grupo Vinhedo
""",
    ),
    m(
        "l2u5",
        "2025-11-06 11:48",
        PATRICIA,
        "Entrevista - Analista de Treinamento Industrial (Unidade Caxias)",
        A("interview", VA, VAR, 11, "direct"),
        """Olá, Thaís, tudo bem?

Sou a Patricia, Business Partner de Gente & Gestão do Grupo Vinhedo, responsável pela
Unidade Caxias da Vinhedo Autopeças. Gostaria de convidar você para uma entrevista por Teams
comigo e com o Eng. Leandro Pasqualotto, Gerente Industrial da unidade.

Data: 11/11/2025 (terça-feira)
Horário: 14h30 às 15h30

O convite segue anexo. Caso precise de outro horário, por gentileza me avise.

Atenciosamente,

Patricia Girardi
Business Partner Gente & Gestão
GRUPO VINHEDO
Rod. RSC-453, km 3,5 - Distrito Industrial - Caxias do Sul/RS
+55 54 3209-1100

Esta mensagem, incluindo seus anexos, é confidencial. Se você não for o destinatário, por
favor, apague-a e avise o remetente.
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000E42B5F4D8E52DC01000000000000000010000000F0A3",
            "2025-11-11 14:30",
            "Entrevista | Analista de Treinamento Industrial - Thaís Schneider Farias",
            ("Patricia Girardi", "patricia.girardi@grupovinhedo.example"),
            style="outlook",
            attendees=[("Leandro Pasqualotto", "leandro.pasqualotto@grupovinhedo.example")],
            location="Reunião do Microsoft Teams",
            description="Reunião do Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_OGFhMzE0\nID da Reunião: 318 204 772 56",
        ),
    ),
    m(
        "l3w1",
        "2025-12-02 17:05",
        SF,
        "Retorno sobre sua candidatura - Req. 4471",
        A("rejection", VA, VAR, 11, "other"),
        """Prezada Thaís,

Agradecemos sua participação no processo seletivo para a vaga Analista de Treinamento
Industrial - Unidade Caxias do Sul.

Ficamos muito bem impressionados com sua trajetória como educadora e com sua análise no estudo
de caso. Contudo, neste momento a posição será preenchida por um(a) profissional com
experiência prévia em ambiente fabril.

Seu currículo permanecerá em nosso banco de talentos, e você poderá ser considerada para
futuras oportunidades no Grupo Vinhedo.

Atenciosamente,
Gente & Gestão | Grupo Vinhedo

Esta é uma mensagem automática. Por favor, não responda.
""",
    ),
    # --- 13. Mestria (Workable) ------------------------------------------------------------------
    m(
        "o0z2",
        "2025-10-16 14:37",
        "Mestria <noreply@candidates.workablemail.com>",
        "Recebemos sua candidatura - Especialista em Design Instrucional",
        A("confirmation", MS, MSR, 13, "workable"),
        """Olá Thaís,

Obrigado pelo seu interesse na Mestria! Recebemos sua candidatura para a vaga Especialista em
Design Instrucional (Remoto).

Nosso time vai revisar seu perfil e entraremos em contato se houver um bom encaixe.

Atenciosamente,
Time Mestria

--
Enviado via Workable · https://apply.workable.com/mestria-online/j/5A3F91C2D7/
""",
    ),
    m(
        "o1b7",
        "2025-11-03 19:22",
        "Mestria <noreply@candidates.workablemail.com>",
        "Sua candidatura para Especialista em Design Instrucional na Mestria",
        A("rejection", MS, MSR, 13, "workable"),
        """Olá Thaís,

Obrigado por dedicar seu tempo a se candidatar na Mestria.

Recebemos muitas candidaturas para esta vaga e, após uma análise cuidadosa, decidimos avançar
com outros candidatos cujas experiências estão mais próximas do que precisamos neste momento.

Desejamos muito sucesso na sua busca.

Abraços,
Time Mestria

--
Enviado via Workable
""",
    ),
    # --- 14. Colmeia Treinamentos (InfoJobs) --------------------------------------------------
    m(
        "p0d4",
        "2025-10-20 12:02",
        "InfoJobs <noreply@infojobs.com.br>",
        "Inscrição realizada na vaga Designer Instrucional Júnior",
        A("confirmation", CM, CMR, 14, "other"),
        html="""<html><body style="font-family:Arial,Helvetica;font-size:14px;color:#222">
<table width="600" align="center"><tr><td style="background:#167db7;padding:14px"><img src="https://www.infojobs.com.br/img/logo-infojobs.png" alt="InfoJobs"></td></tr>
<tr><td style="padding:20px">
<p>Olá, Thaís!</p>
<p>Sua inscrição foi realizada com sucesso:</p>
<p style="font-size:16px"><b>Designer Instrucional Júnior</b><br>Colmeia Treinamentos · Porto Alegre - RS</p>
<p>Você pode acompanhar o status da sua candidatura em <a href="https://www.infojobs.com.br/candidate/applications">Minhas candidaturas</a>. Quando a empresa ler seu currículo, avisaremos.</p>
<p>Dica: candidatos com currículo 100% completo têm até 3x mais chances de serem chamados.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px 20px">InfoJobs Brasil · Você recebeu este e-mail porque tem uma conta no InfoJobs. <a href="https://www.infojobs.com.br/candidate/settings/notifications">Gerenciar notificações</a></td></tr></table>
</body></html>""",
    ),
    m(
        "p1f9",
        "2025-10-24 15:31",
        "InfoJobs <noreply@infojobs.com.br>",
        "Seu currículo foi lido pela empresa",
        A("viewed", CM, CMR, 14, "other"),
        """Olá, Thaís!

A empresa Colmeia Treinamentos leu seu currículo para a vaga Designer Instrucional Júnior.

Status: CV lido → Em processo de seleção

Acompanhe: https://www.infojobs.com.br/candidate/applications

InfoJobs Brasil
""",
    ),
    m(
        "p2h3",
        "2025-11-12 09:44",
        "InfoJobs <noreply@infojobs.com.br>",
        "Atualização da sua candidatura",
        A("rejection", CM, CMR, 14, "other"),
        """Olá, Thaís,

A empresa Colmeia Treinamentos finalizou o processo seletivo da vaga Designer Instrucional
Júnior e, infelizmente, desta vez você não foi selecionado(a).

Não desanime! Há novas vagas esperando por você:
https://www.infojobs.com.br/vagas-de-emprego-designer-instrucional-em-porto-alegre,-rs.aspx

InfoJobs Brasil
""",
    ),
    # --- 15. FESQ-RS, processo seletivo público by Fundatec ---------------------------------
    m(
        "t0j6",
        "2025-10-21 22:51",
        "FUNDATEC <concursos@fundatec.org.br>",
        "Confirmação de Inscrição - Processo Seletivo Público FESQ-RS - Edital 01/2025",
        A("confirmation", FQ, FQR, 15, "other"),
        """FUNDATEC - Fundação Universidade Empresa de Tecnologia e Ciências

Prezado(a) candidato(a) THAIS SCHNEIDER FARIAS,

Sua inscrição no Processo Seletivo Público da Fundação Estadual de Qualificação do Servidor -
FESQ-RS, Edital de Abertura nº 01/2025, foi registrada.

Número de inscrição: 0145.22871-3
Cargo: 12 - ANALISTA - PEDAGOGO(A)
Cidade de prova: Porto Alegre
Valor da inscrição: R$ 98,00
Vencimento do boleto: 03/11/2025

ATENÇÃO: a inscrição somente será efetivada após a confirmação do pagamento. Acompanhe a
situação da sua inscrição na Área do Candidato: https://www.fundatec.org.br/portal/concursos/

Este é um e-mail automático, não responda.
""",
    ),
    m(
        "t1l2",
        "2025-11-07 18:06",
        "FUNDATEC <concursos@fundatec.org.br>",
        "FESQ-RS - Edital 01/2025 - Homologação das inscrições",
        A("viewed", FQ, FQR, 15, "other"),
        """Prezado(a) candidato(a),

Foi publicada a listagem preliminar das inscrições homologadas do Processo Seletivo Público
FESQ-RS - Edital 01/2025.

Inscrição 0145.22871-3 - THAIS SCHNEIDER FARIAS
Situação: INSCRIÇÃO DEFERIDA

Candidatos com inscrição indeferida poderão interpor recurso nos dias 10, 11 e 12/11/2025,
exclusivamente pela Área do Candidato.

FUNDATEC
""",
    ),
    m(
        "t2n7",
        "2025-11-21 10:12",
        "FUNDATEC <concursos@fundatec.org.br>",
        "FESQ-RS - Consulta de local de prova disponível",
        A("assessment", FQ, FQR, 15, "other"),
        """Prezado(a) candidato(a),

Já está disponível a consulta ao local da Prova Teórico-Objetiva do Processo Seletivo Público
FESQ-RS - Edital 01/2025.

Data da prova: 30/11/2025 (domingo)
Abertura dos portões: 7h45 | Fechamento: 8h15 | Início: 8h30
Duração: 4 horas

Seu local: E.E.E.M. Irmã Dulce do Sul - Rua Santana, 1040 - Bairro Santana - Porto Alegre/RS
Sala 14

Compareça com documento de identidade original com foto e caneta esferográfica de tinta azul
ou preta, fabricada em material transparente. Não será permitido o uso de celular.

Imprima seu cartão de identificação na Área do Candidato.

FUNDATEC
""",
    ),
    m(
        "t3p1",
        "2025-12-01 19:30",
        "FUNDATEC <concursos@fundatec.org.br>",
        "FESQ-RS - Edital 01/2025 - Gabaritos preliminares publicados",
        J("other_job", "other", FQ, FQR),
        """Prezado(a) candidato(a),

Informamos que os gabaritos preliminares da Prova Teórico-Objetiva do Processo Seletivo
Público FESQ-RS foram publicados em www.fundatec.org.br.

Período de recursos: 02/12 a 04/12/2025, exclusivamente pela Área do Candidato.

FUNDATEC
""",
    ),
    m(
        "t4r5",
        "2025-12-16 20:15",
        "FUNDATEC <concursos@fundatec.org.br>",
        "FESQ-RS - Resultado preliminar",
        A("rejection", FQ, FQR, 15, "other"),
        """Prezado(a) candidato(a),

Foi publicado o Resultado Preliminar da Prova Teórico-Objetiva do Processo Seletivo Público
FESQ-RS - Edital 01/2025.

Inscrição: 0145.22871-3
Cargo: 12 - ANALISTA - PEDAGOGO(A)
Conhecimentos Específicos: 21,00 | Língua Portuguesa: 12,00 | Legislação: 6,00
Nota final: 52,00
Situação: NÃO CLASSIFICADO(A) - nota abaixo do mínimo exigido (60 pontos) no item 9.3 do Edital

Recursos contra o resultado preliminar: 17 e 18/12/2025, na Área do Candidato.

FUNDATEC
""",
    ),
    # --- 16. Saberia, second role (LinkedIn) --------------------------------------------------
    m(
        "s0t8",
        "2025-10-27 19:56",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Thaís, sua candidatura foi enviada para Saberia",
        A("confirmation", SB, SB2, 16, "linkedin"),
        """Sua candidatura foi enviada para Saberia

Analista de Conteúdo Educacional
Saberia · Porto Alegre, Rio Grande do Sul, Brasil (Remoto)
Candidatura enviada em 27 de out. de 2025

Ver vaga: https://www.linkedin.com/comm/jobs/view/4320556871/

----------------------------------------
Este e-mail foi enviado para Thaís Schneider Farias
Cancelar inscrição: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "s1v3",
        "2025-10-30 11:19",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura para Analista de Conteúdo Educacional foi visualizada",
        A("viewed", SB, SB2, 16, "linkedin"),
        """A Saberia visualizou sua candidatura

Analista de Conteúdo Educacional
Saberia · Porto Alegre, RS (Remoto)

Isso não garante que você avance no processo, mas é um bom sinal!

Ver candidatura: https://www.linkedin.com/comm/jobs-tracker/?stage=applied

----------------------------------------
Este e-mail foi enviado para Thaís Schneider Farias
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    # --- 17. Estúdio Coxilha (Trampos, then the founder's gmail) -----------------------------
    m(
        "q0a1",
        "2025-11-03 16:20",
        "Trampos <nao-responda@trampos.co>",
        "Você se candidatou para Learning Designer",
        A("confirmation", EC, ECR, 17, "other"),
        html="""<html><body style="font-family:Helvetica,Arial;background:#fafafa">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-radius:6px">
<p style="font-size:20px"><b>Candidatura enviada! ✌️</b></p>
<p>Oi, Thaís! Você se candidatou para <b>Learning Designer</b> em <b>Estúdio Coxilha</b> (Florianópolis - SC / Remoto).</p>
<p>A empresa recebeu seu perfil e seu portfólio. Se rolar match, eles entram em contato direto com você.</p>
<p><a href="https://trampos.co/oportunidades/721934-learning-designer">Ver oportunidade</a></p>
<p style="font-size:11px;color:#aaa">Trampos.co - vagas em comunicação, design, tecnologia e criatividade. <a href="https://trampos.co/configuracoes/notificacoes">Gerenciar e-mails</a></p>
</div></body></html>""",
    ),
    coxilha_1,
    m(
        "q2e8",
        "2025-11-26 08:03",
        "Tiago Rambo <tiagorambo.coxilha@gmail.com>",
        "Re: Learning Designer - bora conversar?",
        A("rejection", EC, ECR, 17, "direct"),
        """Thaís, bom dia! Voltando aqui como prometido.

Fechamos com uma pessoa aqui de Floripa que já tinha feito uns freelas com a gente, então
pesou a questão da agenda presencial com os clientes. Curti demais teu portfólio e a
conversa, de verdade. Se abrir algo no ano que vem, te chamo.

Abraço,
Tiago

Enviado do meu iPhone

> Em 12 de nov. de 2025, às 18:02, Thaís Schneider Farias <thais.sfarias@gmail.com> escreveu:
>
> Tiago, obrigada pela conversa de hoje! Fico no aguardo. Abraço!
""",
        **thread(coxilha_1),
    ),
    # --- 18. Pulsar Seguros (referral, direct) -----------------------------------------------
    pulsar_0,
    m(
        "r1c8",
        "2025-11-10 15:42",
        "Rafael Costa Nunes <rafael.nunes@pulsarseguros.example>",
        "Entrevista - Analista de Educação Corporativa",
        A("interview", PS, PSR, 18, "direct"),
        """Oi, Thaís!

Conforme prometido, segue o convite para nossa conversa na quinta, 13/11, às 11h, pelo
Teams. Vai participar também a Gisele, nossa HRBP.

Abraço,
Rafael
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000B6C3F1C7A253DC01000000000000000010000000AB12",
            "2025-11-13 11:00",
            "Entrevista - Thaís Schneider Farias (Analista de Educação Corporativa)",
            ("Rafael Costa Nunes", "rafael.nunes@pulsarseguros.example"),
            style="outlook",
            attendees=[("Gisele Martins", "gisele.martins@pulsarseguros.example")],
            location="Reunião do Microsoft Teams",
        ),
        **thread(pulsar_0),
    ),
    m(
        "r2e3",
        "2025-12-01 12:30",
        "Rafael Costa Nunes <rafael.nunes@pulsarseguros.example>",
        "Retorno - vaga de Educação Corporativa",
        A("rejection", PS, PSR, 18, "direct"),
        """Oi, Thaís, tudo bem?

Queria te dar um retorno pessoalmente em vez de deixar a resposta cair em um e-mail
automático. Gostei muito da nossa conversa: tua visão sobre aprendizagem ativa e a forma
como estruturaste o exemplo de trilha para corretores foram dos pontos altos do processo.

Acontece que, depois de uma reestruturação na área comercial, surgiu a possibilidade de uma
movimentação interna para a vaga e a diretoria decidiu priorizar a pessoa de dentro. Por
isso, não vamos seguir com a contratação externa agora.

Fico à disposição e, se abrir outra posição na Academia Pulsar em 2026, vou te procurar.
Obrigado também à Bruna pela indicação!

Abraço,
Rafael Costa Nunes
Coordenador de Educação Corporativa | Academia Pulsar
""",
    ),
    # --- 19. Max Atacado (Vagas.com) ---------------------------------------------------------
    m(
        "u0g5",
        "2025-11-13 13:27",
        "VAGAS.com.br <naoresponda@vagas.com.br>",
        "Candidatura realizada: Instrutor(a) de Treinamento - Operações de Loja",
        A("confirmation", MX, MXR, 19, "other"),
        """Olá, Thaís!

Sua candidatura foi realizada com sucesso.

Vaga: Instrutor(a) de Treinamento - Operações de Loja
Empresa: Max Atacado
Local: Porto Alegre / RS (com viagens para lojas da Região Metropolitana)
Código: v2761098

A partir de agora o processo é conduzido pela empresa. Se o seu perfil for selecionado, ela
entrará em contato.

VAGAS.com.br
""",
    ),
    m(
        "u1i9",
        "2025-11-28 07:40",
        "VAGAS.com.br <naoresponda@vagas.com.br>",
        "Não foi dessa vez, Thaís",
        A("rejection", MX, MXR, 19, "other"),
        """Olá, Thaís,

A empresa Max Atacado encerrou o processo seletivo para a vaga Instrutor(a) de Treinamento -
Operações de Loja (v2761098), e seu currículo não foi selecionado para as próximas etapas.

Sabemos que pode ser frustrante, mas cada candidatura é um aprendizado. Confira novas
oportunidades selecionadas para você: https://www.vagas.com.br/vagas-para-voce

VAGAS.com.br
""",
    ),
    # --- 20. Instituto Aprender Mais (Gupy) --------------------------------------------------
    m(
        "v0k2",
        "2025-11-17 10:05",
        "Instituto Aprender Mais <no-reply@gupy.io>",
        "Candidatura recebida - Analista de Formação de Educadores",
        A("confirmation", AM, AMR, 20, "other"),
        """Olá, Thaís!

Recebemos sua candidatura para Analista de Formação de Educadores - Remoto (com viagens
eventuais ao interior do RS e SC).

O Instituto Aprender Mais atua há 15 anos na formação continuada de professores das redes
públicas. Que bom que você quer fazer parte dessa história!

Acompanhe: https://login.gupy.io/candidates/applications
"""
        + GUPY_FOOTER,
    ),
    m(
        "v1m6",
        "2025-11-19 16:48",
        "Instituto Aprender Mais <no-reply@gupy.io>",
        "Próxima etapa: vídeo de apresentação",
        A("assessment", AM, AMR, 20, "other"),
        """Olá, Thaís!

Você avançou para a etapa de Vídeo de Apresentação no processo seletivo para Analista de
Formação de Educadores.

Grave um vídeo de até 3 minutos respondendo: "Conte sobre uma formação de professores que
você planejou ou conduziu. O que funcionou e o que você mudaria?"

A gravação é feita direto na plataforma, pelo computador ou celular. Você terá até 2
tentativas. Prazo: 24/11.

Gravar vídeo: https://institutoaprendermais.gupy.io/candidates/jobs/9577013/steps/video
"""
        + GUPY_FOOTER,
    ),
    # --- 21. Farmácias Vitalle (Catho) -------------------------------------------------------
    m(
        "x0n4",
        "2025-11-20 21:03",
        "Catho <noreply@catho.com.br>",
        "Candidatura enviada com sucesso!",
        A("confirmation", FV, FVR, 21, "other"),
        """Oi, Thaís!

Você se candidatou à vaga Analista de Treinamento e Desenvolvimento na empresa Farmácias
Vitalle, em Porto Alegre - RS.

Seu currículo já está com o recrutador. Acompanhe o andamento em "Minhas candidaturas":
https://www.catho.com.br/area-candidato/candidaturas

Boa sorte!
Equipe Catho
""",
    ),
    m(
        "x1p8",
        "2025-11-27 10:36",
        "Catho <noreply@catho.com.br>",
        "Boa notícia: seu currículo foi visualizado",
        A("viewed", FV, FVR, 21, "other"),
        html="""<html><body style="font-family:Arial">
<p>Oi, Thaís!</p>
<p>O recrutador da vaga <b>Analista de Treinamento e Desenvolvimento</b> (Farmácias Vitalle) visualizou seu currículo.</p>
<p>Quer se destacar? Com o <b>Catho Pro</b> você aparece no topo da lista de candidatos. <a href="https://www.catho.com.br/assinatura?utm_source=email_visualizacao">Conheça</a></p>
<p style="font-size:11px;color:#999">Catho Online Ltda. · Você recebeu este e-mail por ter uma candidatura ativa.</p>
</body></html>""",
    ),
    # --- 22. Lojas Pampeiro again (Gupy): re-application, then withdrawal --------------------
    m(
        "y0q1",
        "2025-11-24 08:40",
        GUPY_PMP,
        "Candidatura recebida: Analista de Treinamento e Desenvolvimento",
        A("confirmation", PP, PPR, 22, "other"),
        """Oi, Thaís!

Recebemos sua candidatura para a vaga Analista de Treinamento e Desenvolvimento - Escritório
Central (Porto Alegre/RS).

Agora é com a gente: nosso time de Recrutamento vai analisar seu perfil. Você pode acompanhar
as etapas do processo a qualquer momento pelo seu painel de candidaturas:
https://login.gupy.io/candidates/applications

Vaga: https://grupopmp.gupy.io/jobs/9601458?jobBoardSource=linkedin

Obrigado por querer fazer parte da família Pampeiro!
Equipe de Gente & Gestão - Lojas Pampeiro
"""
        + GUPY_FOOTER,
    ),
    m(
        "y1s5",
        "2025-12-17 21:58",
        GUPY_PMP,
        "Você desistiu do processo seletivo",
        A("confirmation", PP, PPR, 22, "other"),
        """Olá, Thaís.

Confirmamos que você desistiu de participar do processo seletivo para a vaga Analista de
Treinamento e Desenvolvimento - Escritório Central.

Sentiremos sua falta! Caso mude de ideia, você pode se candidatar a outras vagas da Lojas
Pampeiro em https://grupopmp.gupy.io.

Motivo informado: "Aceitei outra proposta."
"""
        + GUPY_FOOTER,
        st="withdrawn",
    ),
    # --- 23. Florescer Educação Corporativa (forwarded confirmation) -------------------------
    florescer_fwd,
    # --- Alerts, talent communities, nudges -------------------------------------------------
    m(
        "z0a3",
        "2025-09-02 07:12",
        "Alertas de vagas do LinkedIn <jobalerts-noreply@linkedin.com>",
        "“designer instrucional”: 12 novas vagas em Porto Alegre e região",
        J("alert", "linkedin"),
        """Suas vagas correspondentes ao alerta

designer instrucional
Porto Alegre, Rio Grande do Sul, Brasil

Designer Instrucional Pleno
Saberia · Porto Alegre, RS (Híbrido)
Candidatura simplificada

Analista de Educação Corporativa
Sistema Sulcredi · Porto Alegre, RS
Há 2 dias · 48 candidaturas

Designer Educacional - EAD
Grupo Educacional Guaíba · Canoas, RS (Remoto)

Conteudista / Designer Instrucional (PJ)
Plural Conteúdos · Brasil (Remoto)

Ver todas as 12 vagas: https://www.linkedin.com/comm/jobs/search?savedSearchId=1733902201

----------------------------------------
Você está recebendo alertas de vaga. Gerenciar alertas: https://www.linkedin.com/comm/jobs/alerts
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "z1c6",
        "2025-09-14 06:30",
        "Indeed <alert@indeed.com>",
        "Novas vagas de analista de treinamento em Porto Alegre, RS",
        J("alert", "indeed"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p><b>8 novas vagas</b> para <b>analista de treinamento</b> em Porto Alegre, RS</p>
<table cellpadding="8">
<tr><td><a href="https://br.indeed.com/rc/clk?jk=6d1e0a94c3">Analista de Treinamento</a><br>Conecta Contact Center · Porto Alegre, RS<br><span style="color:#767676">Candidatura simplificada</span></td></tr>
<tr><td><a href="https://br.indeed.com/rc/clk?jk=a83fb0c219">Analista de T&amp;D Pleno</a><br>Metalúrgica Canoense · Canoas, RS<br>R$ 5.000 - R$ 6.000 por mês</td></tr>
<tr><td><a href="https://br.indeed.com/rc/clk?jk=f92c17e0b4">Instrutor de Treinamento</a><br>Rede Supermercados do Vale · Gravataí, RS</td></tr>
</table>
<p><a href="https://br.indeed.com/jobs?q=analista+de+treinamento&amp;l=Porto+Alegre,+RS">Ver todas as vagas</a></p>
<p style="font-size:11px;color:#767676">Você recebeu este alerta porque se inscreveu no Indeed. <a href="https://br.indeed.com/alert/unsubscribe">Cancelar alerta</a> · Indeed Brasil Internet Ltda.</p>
</body></html>""",
    ),
    m(
        "z2e9",
        "2025-09-20 12:04",
        "Grupo Educacional Guaíba <no-reply@gupy.io>",
        "Falta pouco! Finalize sua candidatura",
        J("alert", "other", "Grupo Educacional Guaíba", "Designer Educacional - EAD"),
        """Oi, Thaís!

Você começou a se candidatar para a vaga Designer Educacional - EAD, mas ainda não concluiu.
Faltam só algumas perguntas!

Continuar candidatura: https://grupoeducacionalguaiba.gupy.io/jobs/9377250/apply

As inscrições para esta vaga encerram em 26/09.
"""
        + GUPY_FOOTER,
    ),
    m(
        "z3g2",
        "2025-09-28 09:00",
        "Catho <sugestaovagas@catho.com.br>",
        "Thaís, separamos 15 vagas para você",
        J("alert", "other"),
        """Vagas recomendadas para o seu perfil - Pedagoga

Analista de Treinamento e Desenvolvimento - Farmácias Vitalle - Porto Alegre/RS
Designer Instrucional - Confidencial - Porto Alegre/RS
Professor(a) de Educação Infantil - Colégio Particular - Porto Alegre/RS
Coordenador(a) Pedagógico(a) - Escola de Idiomas - Novo Hamburgo/RS

Ver todas: https://www.catho.com.br/vagas/sugestao/?utm_source=email

Catho · Para deixar de receber sugestões de vagas, altere suas preferências na Área do Candidato.
""",
    ),
    m(
        "z4i5",
        "2025-10-05 18:22",
        "VAGAS.com.br <vagas-para-voce@vagas.com.br>",
        "Vagas para você: Educação Corporativa e T&D",
        J("alert", "other"),
        """Olá, Thaís! Encontramos vagas com o seu perfil:

> Analista de Educação Corporativa Jr - Cooperativa Agroindustrial - Passo Fundo/RS
> Instrutor(a) de Treinamento - Operações de Loja - Max Atacado - Porto Alegre/RS
> Analista de Desenvolvimento Humano - Hospital - Porto Alegre/RS

Confira: https://www.vagas.com.br/vagas-para-voce?utm_campaign=vpv_semanal

VAGAS.com.br - Para não receber mais este e-mail, altere suas preferências.
""",
    ),
    m(
        "z5k8",
        "2025-10-12 10:15",
        "Trampos <newsletter@trampos.co>",
        "Trampos da semana: 40 vagas em conteúdo e educação 🔥",
        J("alert", "other"),
        html="""<html><body style="font-family:Helvetica">
<h2>Trampos da semana</h2>
<p>As vagas mais quentes em criatividade e tecnologia:</p>
<ul>
<li><a href="https://trampos.co/oportunidades/721934">Learning Designer - Estúdio Coxilha (Florianópolis/Remoto)</a></li>
<li><a href="https://trampos.co/oportunidades/720118">Redator(a) de Conteúdo Educacional - Mestria (Remoto)</a></li>
<li><a href="https://trampos.co/oportunidades/719877">Motion Designer - Agência Bah (Porto Alegre)</a></li>
</ul>
<p style="font-size:11px;color:#aaa">Você assina a newsletter do Trampos. <a href="https://trampos.co/newsletter/sair">Sair da lista</a></p>
</body></html>""",
    ),
    m(
        "z6m1",
        "2025-10-19 07:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Pulsar Seguros está contratando: Analista de Educação Corporativa",
        J("alert", "linkedin", PS, PSR),
        """Uma empresa que você segue está contratando

Analista de Educação Corporativa
Pulsar Seguros · Porto Alegre, RS (Híbrido)
Publicada há 1 dia

Ver vaga: https://www.linkedin.com/comm/jobs/view/4311098234/

Você conhece 1 pessoa que trabalha na Pulsar Seguros: Bruna Lemos

----------------------------------------
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "z7o4",
        "2025-10-26 08:10",
        "InfoJobs <alertas@infojobs.com.br>",
        "5 novas vagas de Designer Instrucional",
        J("alert", "other"),
        """Novas vagas para o seu alerta "Designer Instrucional - Porto Alegre":

- Designer Instrucional Júnior · Colmeia Treinamentos · Porto Alegre
- Designer Instrucional EAD · Faculdade Sul Digital · Remoto
- Analista de Conteúdo EaD · Editora Pampa · Porto Alegre

Ver vagas: https://www.infojobs.com.br/candidate/alerts

InfoJobs · Gerenciar alertas
""",
    ),
    m(
        "z8q7",
        "2025-11-09 11:30",
        KENOBY,
        "Faça parte do Banco de Talentos da Saberia 💜",
        J("alert", "other", SB),
        """Oi, Thaís!

Você já participou de um processo seletivo com a gente e queremos continuar perto. Entre para
o nosso Banco de Talentos e receba em primeira mão as novas vagas de Educação, Produto e
Tecnologia da Saberia.

Quero entrar: https://jobs.kenoby.com/sbr-tecnologia/talent-pool?ref=email

Time de Gente & Cultura | Saberia
""",
    ),
    m(
        "z9s0",
        "2025-11-16 06:45",
        "Indeed <alert@indeed.com>",
        "designer instrucional - remoto: 6 novas vagas",
        J("alert", "indeed"),
        """6 novas vagas para designer instrucional (Remoto)

Designer Instrucional Sênior - Aulaz - Remoto
Especialista em Design Instrucional - Mestria - Remoto
Designer Instrucional - Florescer Educação Corporativa - Florianópolis, SC
Conteudista EaD (freelance) - Editora Aprender - Remoto

Ver todas: https://br.indeed.com/jobs?q=designer+instrucional&l=Remoto

Indeed · Cancelar este alerta: https://br.indeed.com/alert/unsubscribe
""",
    ),
    m(
        "zA2d",
        "2025-11-30 07:05",
        "Alertas de vagas do LinkedIn <jobalerts-noreply@linkedin.com>",
        "“educação corporativa”: vagas em Porto Alegre",
        J("alert", "linkedin"),
        """Novas vagas para educação corporativa em Porto Alegre, Rio Grande do Sul, Brasil

Especialista de Universidade Corporativa · Grupo Ferragem Sul · Canoas, RS
Analista de Treinamento e Desenvolvimento · Lojas Pampeiro · Porto Alegre, RS
Consultor(a) de T&D · Compasso Desenvolvimento Humano · Florianópolis, SC

Ver todas: https://www.linkedin.com/comm/jobs/search?savedSearchId=1733902488

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "zB5f",
        "2026-01-11 07:08",
        "Alertas de vagas do LinkedIn <jobalerts-noreply@linkedin.com>",
        "“designer instrucional”: 9 novas vagas em Porto Alegre e região",
        J("alert", "linkedin"),
        """Suas vagas correspondentes ao alerta

Designer Instrucional · Hospital Jardim Botânico · Porto Alegre, RS
Designer Instrucional Pleno · Saberia · Porto Alegre, RS (Híbrido)
Analista de Educação Continuada · Rede de Saúde Caminhos · Porto Alegre, RS

Ver todas: https://www.linkedin.com/comm/jobs/search?savedSearchId=1733902201

Gerenciar alertas: https://www.linkedin.com/comm/jobs/alerts
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "zC8h",
        "2026-02-08 06:50",
        "Indeed <alert@indeed.com>",
        "Novas vagas de analista de treinamento em Porto Alegre, RS",
        J("alert", "indeed"),
        """4 novas vagas para analista de treinamento em Porto Alegre, RS

Analista de Treinamento - Conecta Contact Center - Porto Alegre, RS
Analista de Treinamento Sr - Banco Regional Sul - Porto Alegre, RS
Instrutor de Treinamento Operacional - Max Atacado - Porto Alegre, RS

Ver todas as vagas: https://br.indeed.com/jobs?q=analista+de+treinamento&l=Porto+Alegre,+RS

Indeed · Cancelar este alerta
""",
    ),
    # --- Outreach ---------------------------------------------------------------------------
    m(
        "zD1j",
        "2025-09-19 14:37",
        "Helena Kroeff via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Coordenação Pedagógica EaD - Grupo Educacional Missões",
        J("outreach", "linkedin", "Grupo Educacional Missões", "Coordenador(a) Pedagógico(a) EaD"),
        """Helena Kroeff
Talent Acquisition | Grupo Educacional Missões

Olá, Thaís! Tudo bem?

Vi seu perfil e sua experiência como professora e com projetos de aprendizagem. Estamos
buscando uma pessoa para a Coordenação Pedagógica dos cursos técnicos EaD, baseada em Santo
Ângelo (com possibilidade de trabalho remoto 2x na semana).

Teria disponibilidade para uma conversa rápida nesta semana?

Abraço,
Helena

Responder: https://www.linkedin.com/messaging/thread/2-MzQ4ZTEy
Você recebeu esta InMail porque está aberta a oportunidades.
© 2025 LinkedIn Corporation
""",
    ),
    m(
        "zE4l",
        "2025-10-30 09:02",
        "Cooperativa Agroindustrial Planalto <no-reply@gupy.io>",
        "Você foi convidada para participar de um processo seletivo",
        J(
            "outreach",
            "other",
            "Cooperativa Agroindustrial Planalto",
            "Analista de Educação Cooperativa",
        ),
        """Olá, Thaís!

A Cooperativa Agroindustrial Planalto encontrou seu perfil em nosso Banco de Talentos e
convidou você para participar do processo seletivo da vaga:

Analista de Educação Cooperativa - Passo Fundo/RS

Como você não se candidatou diretamente a esta vaga, precisamos da sua autorização para
incluir sua candidatura. Você pode aceitar o convite, editar seus dados ou recusar:
https://login.gupy.io/candidates/invitations/8f2a4c11

Se não tiver interesse, basta ignorar este e-mail.
"""
        + GUPY_FOOTER,
    ),
    m(
        "zF7n",
        "2025-11-21 17:48",
        "Eduardo Prates <eduardo.prates.hunter@gmail.com>",
        "Learning Experience Lead - fintech (remoto)",
        J("outreach", "agency", None, "Learning Experience Lead"),
        """Oi Thaís, como vai?

Sou headhunter independente e trabalho com posições de liderança em educação corporativa.
Estou com uma busca confidencial para Learning Experience Lead em uma fintech de São Paulo
(100% remoto, +/- 900 pessoas), para estruturar a academia interna do zero.

Sei que teu perfil vem de escola, mas o cliente pediu explicitamente pessoas com formação em
pedagogia e vivência real de sala de aula. Posso te ligar 15 minutos esta semana?

Abraço,
Eduardo Prates
Prates Executive Search
(11) 97321-4480
""",
    ),
    m(
        "zG0p",
        "2026-01-14 10:33",
        "Letícia Prado via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Nova vaga na Aulaz - lembrei de você!",
        J("outreach", "linkedin", AZ, "Learning Experience Designer Sênior"),
        """Letícia Prado
People Partner | Aulaz

Oi, Thaís! Feliz 2026!

Como prometi: abrimos uma vaga de Learning Experience Designer Sênior, bem mais voltada a
desenho de jornadas e menos a audiovisual. Pensei em ti na hora. Topa conversar?

Beijo,
Letícia

Responder: https://www.linkedin.com/messaging/thread/2-NjA1Y2Ex
© 2026 LinkedIn Corporation
""",
    ),
    # --- Other job mail --------------------------------------------------------------------
    m(
        "zH3r",
        "2025-10-17 16:20",
        GUPY_PMP,
        "Como foi participar do processo seletivo da Lojas Pampeiro?",
        J("other_job", "other", PP, PPR),
        """Oi, Thaís!

Sua opinião ajuda a Lojas Pampeiro a melhorar a experiência de quem participa dos nossos
processos seletivos. Responda 3 perguntas rápidas (é anônimo):

https://survey.gupy.io/r/pmp-9318842-candidate?ref=email

Obrigado!
"""
        + GUPY_FOOTER,
    ),
    m(
        "zI6t",
        "2025-12-29 09:00",
        "VAGAS.com.br <naoresponda@vagas.com.br>",
        "Seu currículo está desatualizado há 90 dias",
        J("other_job", "other"),
        """Olá, Thaís!

Faz 90 dias que você não atualiza seu currículo no VAGAS.com.br. Currículos atualizados
aparecem primeiro para os recrutadores.

Atualizar agora: https://www.vagas.com.br/meu-curriculo?utm_campaign=cv_desatualizado

VAGAS.com.br
""",
    ),
]
