# ruff: noqa: E501
"""Corpus 96, job mail part 1 (data only): see heldout96.py."""

from __future__ import annotations

import functools
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    return "-0300"  # Brasília time, no daylight saving since 2019


m = functools.partial(H.dated_spec, _tz)


def thread(mail: list[dict[str, Any]], replies: dict[str, str]) -> None:
    """Give each reply its parent's Message-ID (keys are the spec keys before the first dot)."""
    ids = {spec["id"][1:].split(".")[0]: spec["id"] for spec in mail}
    for spec in mail:
        parent = replies.get(spec["id"][1:].split(".")[0])
        if parent:
            spec["In-Reply-To"] = ids[parent]
            spec["References"] = ids[parent]


def A(cat, co, role, app, src, lang="pt"):
    return (cat, co, role, app, src, lang)


def ev(uid, start, summary, org, minutes=60, style="google", location="", description=""):
    out: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 -0300",
        "minutes": minutes,
        "summary": summary,
        "organizer": org,
        "style": style,
    }
    if location:
        out["location"] = location
    if description:
        out["description"] = description
    return out


FN, FN1, FN2 = "Ferronorte", "Analista de Supply Chain Pleno", "Analista de Logística Sênior"
KS, KSR = "Kessler Automotive", "Analista de Planejamento de Materiais"
ML, MLR = "Mercadão Leve", "Analista de Planejamento de Demanda"
TB, TBR = "Têxtil Babitonga", "Analista de PCP"
PB, PBR = "Portobay Terminais", "Analista de Logística Portuária"
CG, CGR = "Coagrel", "Analista de Supply Chain"
NB, NBR = "Northbridge Freight", "Supply Chain Analyst - LATAM"
LF, LFR = "Lumenfarma", "Analista de Estoque"
WZ, WZR = "Wezzel Embalagens", "Analista de Logística Pleno"
OT, OTR = "Orbis Trading", "Analista de Comércio Exterior e Logística"
TS, TSR = "Translog Sul", "Analista de Transportes"

MAIL: list[dict[str, Any]] = [
    # --- 1 Ferronorte (Gupy tenant ferronortecarreiras), Supply Chain Pleno -------------------
    m(
        "7302115",
        "2025-08-04 09:41",
        "Ferronorte Carreiras <naoresponda@gupy.io>",
        "Candidatura recebida: Analista de Supply Chain Pleno",
        A("confirmation", FN, FN1, 1, "other"),
        html="""<html><body style="font-family:Arial">
<p>Olá, Rafaela!</p>
<p>Recebemos sua candidatura para a vaga <b>Analista de Supply Chain Pleno</b> na <b>Ferronorte Logística S.A.</b> (Curitiba - PR).</p>
<p>Agora é com a gente: nosso time de Atração vai analisar seu perfil com carinho. Você pode acompanhar cada etapa do processo seletivo pelo seu painel do candidato.</p>
<p><a href="https://ferronortecarreiras.gupy.io/candidates/applications">Acompanhar minha candidatura</a></p>
<p>Boa sorte!<br>Time de Gente & Gestão Ferronorte</p>
<p style="font-size:11px;color:#888">Este e-mail foi enviado automaticamente pela Gupy. Por favor, não responda.</p>
</body></html>""",
    ),
    m(
        "7302190",
        "2025-08-08 14:05",
        "Ferronorte Carreiras <naoresponda@gupy.io>",
        "Você avançou para a etapa Teste de Perfil",
        A("assessment", FN, FN1, 1, "other"),
        html="""<html><body style="font-family:Arial">
<p>Oi, Rafaela, tudo bem?</p>
<p>Temos uma ótima notícia: você avançou para a etapa <b>Teste de Perfil</b> no processo seletivo para <b>Analista de Supply Chain Pleno</b>.</p>
<p>O teste leva cerca de 15 minutos e não existe resposta certa ou errada. Responda com sinceridade, em um lugar tranquilo. Prazo para conclusão: <b>12/08/2025</b>.</p>
<p><a href="https://ferronortecarreiras.gupy.io/candidates/tests">Fazer o teste agora</a></p>
<p>Abraços,<br>Ferronorte Logística</p>
</body></html>""",
    ),
    m(
        "7302246",
        "2025-08-15 11:20",
        "Ferronorte Carreiras <naoresponda@gupy.io>",
        "Você avançou para a etapa Entrevista com RH",
        A("interview", FN, FN1, 1, "other"),
        html="""<html><body style="font-family:Arial">
<p>Olá, Rafaela!</p>
<p>Parabéns! Você avançou para a etapa <b>Entrevista com RH</b> da vaga Analista de Supply Chain Pleno.</p>
<p>Escolha abaixo o melhor horário para a conversa (30 minutos, por Microsoft Teams). Os horários disponíveis são de 19/08 a 21/08.</p>
<p><a href="https://ferronortecarreiras.gupy.io/candidates/schedule/88213">Agendar minha entrevista</a></p>
<p>Time de Gente & Gestão<br>Ferronorte</p>
</body></html>""",
    ),
    m(
        "7302301",
        "2025-08-25 17:32",
        "Daniela Koerich <daniela.koerich@ferronorte.com.br>",
        "Entrevista com o gestor - Analista de Supply Chain Pleno",
        A("interview", FN, FN1, 1, "direct"),
        text="""Boa tarde, Rafaela!

Tudo bem? Foi muito bom conversar com você na semana passada.

Conforme combinado, segue o convite para a entrevista com o gestor da área, Marcelo Trevisan (Coordenador de Planejamento Logístico), na quinta-feira, 28/08, às 10h, pelo Teams.

Se precisar remarcar, é só me avisar por aqui ou pelo WhatsApp (41) 99812-4470.

Abraço,
Daniela Koerich
Analista de Atração e Seleção
Ferronorte Logística S.A.
Rua Eng. Rebouças, 1900 - Rebouças - Curitiba/PR
""",
        ics=ev(
            "fn-0828-gestor@ferronorte.com.br",
            "2025-08-28 10:00",
            "Entrevista - Rafaela Tonetti | Analista de Supply Chain Pl",
            ("Daniela Koerich", "daniela.koerich@ferronorte.com.br"),
            style="outlook",
            location="Reunião do Microsoft Teams",
            description="Participar da reunião do Microsoft Teams\nID da reunião: 281 554 903 712\nSenha: h7Qx2p",
        ),
    ),
    m(
        "7302388",
        "2025-09-09 16:48",
        "Ferronorte Carreiras <naoresponda@gupy.io>",
        "Atualização sobre o processo",
        A("rejection", FN, FN1, 1, "other"),
        html="""<html><body style="font-family:Arial">
<p>Olá, Rafaela,</p>
<p>Queremos agradecer pelo tempo e pela dedicação ao longo do processo seletivo para <b>Analista de Supply Chain Pleno</b>. Foi muito bom conhecer sua trajetória e sua experiência com planejamento de estoques.</p>
<p>Infelizmente, neste momento seguiremos com outros candidatos cujo perfil está mais aderente ao que a vaga pede.</p>
<p>Seu currículo continuará em nosso banco de talentos e, surgindo uma nova oportunidade, entraremos em contato.</p>
<p>Desejamos muito sucesso!<br>Ferronorte Logística</p>
</body></html>""",
    ),
    # --- 2 Atlante Consultoria for an automotive multinational, later Kessler ------------------
    m(
        "7310021",
        "2025-11-03 10:15",
        "Juliana Prates <juliana.prates@atlanteconsultoria.com.br>",
        "Oportunidade - Planejamento de Materiais (multinacional automotiva)",
        ("outreach", None, KSR, None, "agency", "pt"),
        text="""Olá, Rafaela, bom dia!

Meu nome é Juliana, sou consultora na Atlante Consultoria em RH. Estou conduzindo com exclusividade um processo seletivo para uma multinacional do setor automotivo instalada em São José dos Pinhais, e seu perfil no LinkedIn me chamou atenção.

A vaga é de Analista de Planejamento de Materiais (MRP, SAP MM, follow-up com fornecedores nacionais e importados). Regime CLT, híbrido (3x presencial), fretado disponível.

Teria interesse em conversar? Se sim, me envie seu currículo atualizado e sua pretensão salarial.

Obrigada!
Juliana Prates
Consultora de Recrutamento | Atlante Consultoria em RH
(41) 3022-7814
""",
    ),
    m(
        "7310055",
        "2025-11-04 15:02",
        "Juliana Prates <juliana.prates@atlanteconsultoria.com.br>",
        "RE: Oportunidade - Planejamento de Materiais (multinacional automotiva)",
        A("confirmation", KS, KSR, 2, "agency"),
        text="""Oi, Rafaela!

Recebi seu currículo, obrigada pelo retorno rápido. Já cadastrei sua candidatura aqui e vou apresentar seu perfil ao cliente ainda esta semana.

Posso abrir agora: a empresa é a Kessler Automotive do Brasil Ltda., fornecedora de sistemas de freio. O gestor da vaga é o Sr. Henrique Baldessar.

Assim que tiver retorno te aviso.

Juliana Prates
Atlante Consultoria em RH

> Em 3 de nov. de 2025, às 18:40, Rafaela Tonetti <rafa.tonetti@gmail.com> escreveu:
> Olá, Juliana! Tenho interesse sim, segue meu CV em anexo. Pretensão: R$ 7.500 CLT.
""",
    ),
    m(
        "7310102",
        "2025-11-11 09:30",
        "Juliana Prates <juliana.prates@atlanteconsultoria.com.br>",
        "Entrevista Kessler - confirmação",
        A("interview", KS, KSR, 2, "agency"),
        text="""Bom dia, Rafaela!

O cliente gostou bastante do seu perfil. Agendei sua entrevista com o gestor para segunda-feira, 17/11, às 14h, presencial na Kessler (Av. Rui Barbosa, 4500 - São José dos Pinhais). Leve documento com foto, a portaria pede na entrada.

Qualquer coisa me chama no WhatsApp.

Juliana
""",
    ),
    m(
        "7310150",
        "2025-11-17 19:12",
        "Juliana Prates <juliana.prates@atlanteconsultoria.com.br>",
        "Próxima etapa",
        A("interview", KS, KSR, 2, "agency"),
        text="""Rafa, o Henrique já me deu retorno: você vai para a última etapa! Será um bate-papo com a gerente de Supply Chain, Ingrid Wollmann, por Teams, na quarta (19/11) às 8h30. Ela vai te mandar o convite direto.

Parabéns, foi ótimo!
Juliana
""",
    ),
    m(
        "7310166",
        "2025-11-18 08:03",
        "Ingrid Wollmann <ingrid.wollmann@kessler-automotive.com>",
        "Interview Rafaela Tonetti - Material Planning",
        A("interview", KS, KSR, 2, "direct"),
        text="""Olá Rafaela,

Segue o convite para nossa conversa de amanhã.

Até lá,
Ingrid Wollmann
Head of Supply Chain - South America
Kessler Automotive do Brasil Ltda.
""",
        ics=ev(
            "040000008200E00074C5B7101A82E0080000000010a4f2aa",
            "2025-11-19 08:30",
            "Interview Rafaela Tonetti - Material Planning",
            ("Ingrid Wollmann", "ingrid.wollmann@kessler-automotive.com"),
            minutes=45,
            style="outlook",
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "7310201",
        "2025-11-26 11:45",
        "Juliana Prates <juliana.prates@atlanteconsultoria.com.br>",
        "Carta proposta - Kessler Automotive",
        A("offer", KS, KSR, 2, "agency"),
        text="""Olá, Rafaela!

Que alegria te dar essa notícia: a Kessler Automotive aprovou sua contratação!

Segue em anexo a carta proposta com as condições:
- Cargo: Analista de Planejamento de Materiais Pleno
- Salário: R$ 7.800,00 (CLT)
- Benefícios: VR/VA R$ 1.150,00, plano de saúde e odontológico, PLR, fretado, previdência privada
- Início previsto: 05/01/2026

Peço que me responda com o aceite até sexta (28/11). Depois disso já começamos a parte de documentação e exame admissional.

Um abraço,
Juliana Prates
Atlante Consultoria em RH
""",
        attach=[
            (
                "Carta_Proposta_Rafaela_Tonetti.pdf",
                "application/pdf",
                "%PDF-1.4 carta proposta Kessler Automotive do Brasil Ltda.",
            ),
        ],
    ),
    m(
        "7310233",
        "2025-11-27 10:10",
        "Juliana Prates <juliana.prates@atlanteconsultoria.com.br>",
        "RE: Carta proposta - Kessler Automotive",
        A("offer", KS, KSR, 2, "agency"),
        st="accepted",
        text="""Que notícia boa, Rafa! Aceite registrado e já repassei para o RH da Kessler. Seja muito bem-vinda!

Nas próximas horas a equipe de Admissão da Kessler vai te mandar a lista de documentos e o agendamento do exame admissional.

Juliana

> Em qui., 27 de nov. de 2025 às 09:22, Rafaela Tonetti escreveu:
> Juliana, bom dia! Aceito a proposta. Muito obrigada por todo o acompanhamento!
""",
    ),
    m(
        "7310260",
        "2025-11-28 13:37",
        "Admissão Kessler <admissao.br@kessler-automotive.com>",
        "Documentos para admissão e exame admissional",
        ("other_job", KS, KSR, None, "direct", "pt"),
        text="""Prezada Rafaela,

Bem-vinda à Kessler Automotive do Brasil!

Para darmos andamento à sua admissão, envie até 05/12 as cópias digitalizadas de: RG, CPF, CTPS digital (print da tela), título de eleitor, comprovante de residência, certidão de casamento/nascimento, comprovante de escolaridade, dados bancários (conta salário) e foto 3x4.

Exame admissional: agendado para 03/12/2025, às 7h30, na clínica Medtrab Saúde Ocupacional (Rua Marechal Floriano Peixoto, 228 - Centro, Curitiba). Compareça em jejum de 4 horas.

Integração: 05/01/2026, às 8h, na portaria principal.

Atenciosamente,
Departamento Pessoal
Kessler Automotive do Brasil Ltda.
""",
    ),
    # --- 3 Mercadão Leve (holding MLV Participações), Gupy tenant mlvcarreiras ----------------
    m(
        "7320011",
        "2025-08-05 20:14",
        "MLV Participações <naoresponda@gupy.io>",
        "Sua candidatura foi enviada com sucesso!",
        A("confirmation", ML, MLR, 3, "other"),
        html="""<html><body>
<p>Oi, Rafaela! 👋</p>
<p>Sua candidatura para <b>Analista de Planejamento de Demanda</b> foi enviada com sucesso.</p>
<p>O Mercadão Leve faz parte da MLV Participações S.A. e nosso processo seletivo tem as seguintes etapas: triagem de currículo, teste de perfil, case prático, dinâmica de grupo e entrevista com o gestor.</p>
<p>Caso você não seja selecionado(a) para a próxima etapa, avisaremos por aqui. Fique de olho no seu e-mail!</p>
<p><a href="https://mlvcarreiras.gupy.io/jobs/9021744">Ver vaga</a></p>
<p>Time de Talentos MLV</p>
</body></html>""",
    ),
    m(
        "7320058",
        "2025-08-12 10:00",
        "MLV Participações <naoresponda@gupy.io>",
        "Você avançou para a etapa Case Prático",
        A("assessment", ML, MLR, 3, "other"),
        html="""<html><body>
<p>Oi, Rafaela!</p>
<p>Você avançou para a etapa <b>Case Prático</b> da vaga Analista de Planejamento de Demanda (São Paulo - SP, híbrido).</p>
<p>Você vai receber uma base com histórico de vendas de 24 meses de três categorias e deve propor uma previsão para o próximo trimestre, explicando o método. Entrega em até 5 dias corridos, em PDF ou Excel, pelo link abaixo.</p>
<p><a href="https://mlvcarreiras.gupy.io/candidates/tests/case">Acessar case</a></p>
<p>Boa sorte!<br>Talentos MLV | Mercadão Leve</p>
</body></html>""",
    ),
    m(
        "7320103",
        "2025-08-22 15:27",
        "Camila Yoshida <camila.yoshida@mlvparticipacoes.com.br>",
        "Convite: Dinâmica de grupo - Planejamento de Demanda",
        A("interview", ML, MLR, 3, "direct"),
        text="""Olá, Rafaela, tudo bem?

Gostamos muito da sua entrega no case! Você está convidada para a dinâmica de grupo, que será online pelo Google Meet na terça, 26/08, das 14h às 15h30. Participarão outros 5 candidatos e duas pessoas do time de Planejamento.

Pedimos câmera ligada e um ambiente silencioso.

Abraços,
Camila Yoshida
Talent Acquisition | Mercadão Leve
MLV Participações S.A.
""",
        ics=ev(
            "6f0b1c2d3mlv0826@google.com",
            "2025-08-26 14:00",
            "Dinâmica de grupo - Analista de Planejamento de Demanda",
            ("Camila Yoshida", "camila.yoshida@mlvparticipacoes.com.br"),
            minutes=90,
            location="https://meet.google.com/pxq-hzrt-wmn",
        ),
    ),
    m(
        "7320140",
        "2025-08-29 09:12",
        "Camila Yoshida <camila.yoshida@mlvparticipacoes.com.br>",
        "Entrevista com o gestor",
        A("interview", ML, MLR, 3, "direct"),
        text="""Oi, Rafaela!

Você foi aprovada na dinâmica. A última etapa é a entrevista com o gestor, Vinícius Albuquerque (Gerente de Planejamento), na segunda 01/09 às 11h pelo Meet. Link: https://meet.google.com/yrd-kwoa-pte

Me confirma, por favor?

Camila
""",
    ),
    m(
        "7320177",
        "2025-09-04 18:30",
        "Camila Yoshida <camila.yoshida@mlvparticipacoes.com.br>",
        "Proposta - Mercadão Leve",
        A("offer", ML, MLR, 3, "direct"),
        text="""Olá, Rafaela!

Foi um prazer acompanhar seu processo. Temos o prazer de te apresentar nossa proposta para a posição de Analista de Planejamento de Demanda:

Salário: R$ 8.200,00
Modelo: híbrido, 3 dias no escritório da Vila Olímpia (São Paulo)
Benefícios: VR flex R$ 1.300, plano de saúde Bradesco, Gympass, bônus anual de até 1,5 salário
Auxílio mudança: R$ 5.000,00

Ficamos no aguardo do seu retorno até 10/09.

Camila Yoshida
Talent Acquisition | Mercadão Leve
""",
    ),
    m(
        "7320199",
        "2025-09-09 12:04",
        "Camila Yoshida <camila.yoshida@mlvparticipacoes.com.br>",
        "RE: Proposta - Mercadão Leve",
        A("offer", ML, MLR, 3, "direct"),
        st="declined",
        text="""Oi, Rafaela,

Que pena! Entendemos totalmente, mudar de cidade é uma decisão grande e a família pesa muito nessa hora. Agradeço a transparência.

As portas ficam abertas por aqui. Muito sucesso nessa nova fase!

Camila

-----Mensagem original-----
De: Rafaela Tonetti <rafa.tonetti@gmail.com>
Enviada em: segunda-feira, 8 de setembro de 2025 21:47
Assunto: RE: Proposta - Mercadão Leve

Camila, boa noite. Agradeço muito a proposta e todo o carinho no processo, mas decidi não seguir: depois de conversar com a família, não é o momento de mudar para São Paulo. Obrigada!
""",
    ),
    # --- 4 Têxtil Babitonga S/A (Joinville), Vagas.com, ghosted --------------------------------
    m(
        "7330004",
        "2025-08-11 08:55",
        "VAGAS.com <naoresponda@vagas.com.br>",
        "Candidatura realizada: Analista de PCP",
        A("confirmation", TB, TBR, 4, "other"),
        html="""<html><body>
<table width="600"><tr><td>
<h2>Pronto, Rafaela! Sua candidatura foi realizada.</h2>
<p>Vaga: <b>Analista de PCP</b><br>Empresa: <b>Têxtil Babitonga S/A</b><br>Local: Joinville / SC</p>
<p>A empresa vai analisar seu currículo. Mantenha seus dados atualizados para aumentar suas chances.</p>
<p><a href="https://www.vagas.com.br/minhas-candidaturas">Ver minhas candidaturas</a></p>
</td></tr></table>
</body></html>""",
    ),
    # --- 5 Portobay Terminais Ltda. (Itajaí-ish), Solides, praise then no -----------------------
    m(
        "7340010",
        "2025-08-12 16:20",
        "Portobay Terminais <noreply@solides.jobs>",
        "Recebemos sua candidatura | Analista de Logística Portuária",
        A("confirmation", PB, PBR, 5, "other"),
        html="""<html><body>
<p>Olá, Rafaela Tonetti Borges!</p>
<p>Obrigado por se candidatar à vaga de <b>Analista de Logística Portuária</b> na Portobay Terminais Ltda.</p>
<p>Se o seu perfil for selecionado, entraremos em contato pelo e-mail ou telefone cadastrados. Caso contrário, você receberá um aviso ao final do processo.</p>
<p>Equipe de RH Portobay</p>
<p style="font-size:10px">Vaga publicada pela plataforma Sólides.</p>
</body></html>""",
    ),
    m(
        "7340077",
        "2025-09-02 10:02",
        "Portobay Terminais <noreply@solides.jobs>",
        "Retorno da sua candidatura",
        A("rejection", PB, PBR, 5, "other"),
        html="""<html><body>
<p>Olá, Rafaela!</p>
<p>Agradecemos seu interesse em fazer parte do time Portobay. Recebemos muitos currículos excelentes e o seu chamou atenção pela experiência em controle de estoque e indicadores.</p>
<p>Após análise cuidadosa, optamos por seguir com candidatos que possuem vivência específica em operações portuárias e despacho aduaneiro.</p>
<p>Desejamos sucesso na sua jornada!</p>
<p>RH Portobay Terminais</p>
</body></html>""",
    ),
    # --- 6 Coagrel (cooperativa), Catho: applied, viewed, rejected -----------------------------
    m(
        "7350001",
        "2025-08-13 07:48",
        "Catho <noreply@catho.com.br>",
        "Sua candidatura foi enviada para Coagrel",
        A("confirmation", CG, CGR, 6, "other"),
        html="""<html><body>
<p>Rafaela, sua candidatura foi enviada!</p>
<p><b>Analista de Supply Chain</b><br>Coagrel - Cooperativa Agroindustrial<br>Ponta Grossa - PR</p>
<p>Dica Catho: candidatos que completam o currículo têm mais chances de serem chamados para entrevista.</p>
<p><a href="https://www.catho.com.br/area-candidato/candidaturas">Acompanhe suas candidaturas</a></p>
</body></html>""",
    ),
    m(
        "7350044",
        "2025-08-19 13:11",
        "Catho <noreply@catho.com.br>",
        "Boa notícia! A Coagrel visualizou seu currículo",
        A("viewed", CG, CGR, 6, "other"),
        html="""<html><body>
<p>Olá, Rafaela!</p>
<p>A empresa <b>Coagrel - Cooperativa Agroindustrial</b> visualizou seu currículo para a vaga <b>Analista de Supply Chain</b>.</p>
<p>Isso quer dizer que seu perfil está sendo analisado. Boa sorte!</p>
<p>Equipe Catho</p>
</body></html>""",
    ),
    m(
        "7350090",
        "2025-09-16 09:30",
        "Recrutamento Coagrel <recrutamento@coagrel.coop.br>",
        "Processo seletivo - Analista de Supply Chain",
        A("rejection", CG, CGR, 6, "direct"),
        text="""Prezada candidata,

Agradecemos sua participação no processo seletivo para a vaga de Analista de Supply Chain da Coagrel.

Informamos que a vaga foi preenchida. Seu currículo ficará arquivado em nosso banco de dados por 6 meses para futuras oportunidades.

Atenciosamente,
Gestão de Pessoas
Coagrel - Cooperativa Agroindustrial
""",
    ),
    # --- 7 Northbridge Freight, Greenhouse, English ---------------------------------------------
    m(
        "7360012",
        "2025-08-14 21:03",
        "Northbridge Freight <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Northbridge Freight",
        A("confirmation", NB, NBR, 7, "greenhouse", "en"),
        text="""Hi Rafaela,

Thanks for your interest in Northbridge Freight! We've received your application for Supply Chain Analyst - LATAM (Remote, Brazil) and our team will review it shortly.

If your background is a match, a member of our Talent team will reach out to set up a first conversation. Due to the volume of applications, we may not be able to respond to everyone individually.

Best,
Northbridge Freight Talent Team
""",
    ),
    m(
        "7360055",
        "2025-08-21 16:44",
        "Tessa Morland <tessa.morland@northbridgefreight.com>",
        "Northbridge Freight - intro call",
        A("interview", NB, NBR, 7, "direct", "en"),
        text="""Hi Rafaela,

I'm a recruiter at Northbridge Freight and I'd love to set up a 30-minute intro call to talk about the Supply Chain Analyst - LATAM role. Please grab a time that works for you here: https://calendly.com/tessa-morland-nbf/30min

Looking forward to it!
Tessa

Tessa Morland | Talent Partner, Americas
Northbridge Freight
""",
    ),
    m(
        "7360061",
        "2025-08-22 09:15",
        "Calendly <notifications@calendly.com>",
        "New Event: Rafaela Tonetti Borges - 09:30am Tue, Aug 26, 2025 - 30 Minute Meeting",
        A("interview", NB, NBR, 7, "other", "en"),
        text="""Hi Rafaela Tonetti Borges,

A new event has been scheduled.

Event Type: 30 Minute Meeting with Tessa Morland (Northbridge Freight)
Invitee: Rafaela Tonetti Borges
Event Date/Time: 09:30am - Tuesday, August 26, 2025 (Brasilia Time)
Location: Zoom (details in the calendar invite)

Need to make changes to this event? Cancel or Reschedule here.
""",
        ics=ev(
            "calendly-nbf-2b7d21@calendly.com",
            "2025-08-26 09:30",
            "Rafaela Tonetti Borges and Tessa Morland",
            ("Tessa Morland", "tessa.morland@northbridgefreight.com"),
            minutes=30,
            location="https://northbridgefreight.zoom.us/j/88120774531",
        ),
    ),
    m(
        "7360099",
        "2025-09-12 14:26",
        "Northbridge Freight <no-reply@us.greenhouse-mail.io>",
        "Your application with Northbridge Freight",
        A("rejection", NB, NBR, 7, "greenhouse", "en"),
        text="""Hi Rafaela,

Thank you so much for taking the time to speak with Tessa and for your interest in Northbridge Freight. We really enjoyed learning about your experience in inventory planning.

After careful consideration, we've decided to move forward with other candidates whose experience more closely matches our current needs. This was not an easy decision.

We'll keep your profile on file and hope our paths cross again.

All the best,
Northbridge Freight Talent Team
""",
    ),
    # --- 8 Lumenfarma Distribuidora Eireli, InfoJobs, ghosted ----------------------------------
    m(
        "7370003",
        "2025-08-18 12:39",
        "InfoJobs <noreply@infojobs.com.br>",
        "Você se candidatou à vaga Analista de Estoque",
        A("confirmation", LF, LFR, 8, "other"),
        html="""<html><body>
<p>Olá, Rafaela!</p>
<p>Sua candidatura à vaga <b>Analista de Estoque</b> da empresa <b>Lumenfarma Distribuidora de Medicamentos Eireli</b> foi registrada.</p>
<p>Local: Curitiba - PR | Salário: a combinar</p>
<p>Acompanhe o status em <a href="https://www.infojobs.com.br/candidate/applications">Minhas candidaturas</a>.</p>
<p>InfoJobs</p>
</body></html>""",
    ),
    # --- 9 Wezzel Embalagens S.A., Kenoby: interview, then withdrawal ----------------------------
    m(
        "7380010",
        "2025-08-19 10:05",
        "Wezzel Embalagens <noreply@kenoby.com>",
        "Confirmação de candidatura - Analista de Logística Pleno",
        A("confirmation", WZ, WZR, 9, "other"),
        html="""<html><body>
<p>Olá Rafaela,</p>
<p>Recebemos sua candidatura para a vaga <b>Analista de Logística Pleno</b> (Joinville - SC).</p>
<p>Agradecemos seu interesse na Wezzel Embalagens S.A. Nossa equipe de Recrutamento analisará seu perfil e, caso avance, entraremos em contato.</p>
<p>Atenciosamente,<br>Equipe Wezzel</p>
<p style="font-size:10px">Powered by Kenoby</p>
</body></html>""",
    ),
    m(
        "7380041",
        "2025-08-26 11:50",
        "Patrícia Schroeder <patricia.schroeder@wezzel.com.br>",
        "Entrevista - Wezzel Embalagens",
        A("interview", WZ, WZR, 9, "direct"),
        text="""Olá Rafaela, bom dia.

Gostaríamos de convidá-la para uma entrevista on-line com o RH e o coordenador de Logística, na sexta-feira (29/08) às 15h. Segue o convite do Google Meet.

A vaga é presencial em Joinville. Você tem disponibilidade para mudança?

Att,
Patrícia Schroeder
Recursos Humanos
Wezzel Embalagens S.A. | Joinville - SC
""",
        ics=ev(
            "wz0829entrevista@google.com",
            "2025-08-29 15:00",
            "Entrevista Rafaela - Analista de Logística Pleno",
            ("Patrícia Schroeder", "patricia.schroeder@wezzel.com.br"),
            location="https://meet.google.com/wkz-bbrq-tsa",
        ),
    ),
    m(
        "7380088",
        "2025-09-03 08:44",
        "Patrícia Schroeder <patricia.schroeder@wezzel.com.br>",
        "RE: Desistência do processo",
        A("confirmation", WZ, WZR, 9, "direct"),
        st="withdrawn",
        text="""Bom dia, Rafaela.

Recebido, obrigada por avisar. Vamos encerrar sua participação no processo. Desejamos sucesso!

Att,
Patrícia

> De: Rafaela Tonetti <rafa.tonetti@gmail.com>
> Enviado: terça-feira, 2 de setembro de 2025 22:10
> Assunto: Desistência do processo
>
> Olá, Patrícia. Agradeço muito a entrevista, mas gostaria de retirar minha candidatura, pois decidi não me mudar para Joinville neste momento. Obrigada pela atenção!
""",
    ),
    # --- 10 Orbis Trading, LinkedIn Easy Apply, viewed, ghosted --------------------------------
    m(
        "7390002",
        "2025-08-20 22:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Rafaela, sua candidatura foi enviada para Orbis Trading",
        A("confirmation", OT, OTR, 10, "linkedin"),
        html="""<html><body>
<p>Sua candidatura foi enviada para Orbis Trading</p>
<p><b>Analista de Comércio Exterior e Logística</b><br>Orbis Trading · Itajaí, Santa Catarina, Brasil (Híbrido)</p>
<p>Candidatura enviada agora</p>
<p><a href="https://www.linkedin.com/jobs/view/4122907731/">Ver vaga</a></p>
<p style="font-size:11px">Você está recebendo e-mails de notificação de candidatura. © 2025 LinkedIn Corporation</p>
</body></html>""",
    ),
    m(
        "7390030",
        "2025-08-23 07:15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura foi visualizada pela Orbis Trading",
        A("viewed", OT, OTR, 10, "linkedin"),
        html="""<html><body>
<p>Rafaela, sua candidatura foi visualizada</p>
<p>Orbis Trading visualizou sua candidatura para <b>Analista de Comércio Exterior e Logística</b>.</p>
<p><a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">Ver candidaturas</a></p>
</body></html>""",
    ),
    # --- 11 Translog Sul Transportes Ltda., Indeed, owner from gmail, ghosted -------------------
    m(
        "7400001",
        "2025-08-21 13:02",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Analista de Transportes - Translog Sul Transportes Ltda.",
        A("confirmation", TS, TSR, 11, "indeed"),
        html="""<html><body>
<p><b>Candidatura enviada</b></p>
<p>Analista de Transportes<br>Translog Sul Transportes Ltda. - Araucária, PR</p>
<p>Os seguintes itens foram enviados ao empregador: currículo, respostas às perguntas de triagem.</p>
<p>Boa sorte! Você pode acompanhar o status em Meus empregos.</p>
<p>Indeed</p>
</body></html>""",
    ),
    m(
        "7400033",
        "2025-08-23 10:47",
        "Osmar Dalcin <osmar.dalcin67@gmail.com>",
        "vaga analista transportes",
        A("interview", TS, TSR, 11, "direct"),
        text="""Bom dia Rafaela

vi teu curriculo pelo Indeed, gostei. Pode vir aqui na transportadora terça 26 as 9h pra conversar? Rua Pedro Druszcz 1180 Araucaria, procura por mim na recepção.

Osmar
Translog Sul

Enviado do meu iPhone
""",
    ),
    m(
        "7400040",
        "2025-08-23 12:03",
        "Osmar Dalcin <osmar.dalcin67@gmail.com>",
        "Re: vaga analista transportes",
        A("interview", TS, TSR, 11, "direct"),
        text="""Ok combinado terça 9h. Traz a carteira de trabalho

Enviado do meu iPhone

> Em 23 de ago. de 2025, às 11:40, Rafaela Tonetti <rafa.tonetti@gmail.com> escreveu:
> Bom dia, Osmar! Posso sim, estarei aí. Obrigada!
""",
    ),
]

# Replies quote their parent: In-Reply-To and References from the parent's Message-ID.
REPLIES = {
    "7310055": "7310021",
    "7310233": "7310201",
    "7320199": "7320177",
    "7400040": "7400033",
}
thread(MAIL, REPLIES)
