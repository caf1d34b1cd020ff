# ruff: noqa: E501, RUF100
"""Corpus 111, Brazilian job mail (data only): see heldout111.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    return "-0300"  # Brasília time, no daylight saving since 2019


m = partial(dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "pt")


def ev(start, minutes, org, uid, summary, description="", location="", style="google"):
    out: dict[str, Any] = {
        "start": f"{start}:00 -0300",
        "minutes": minutes,
        "organizer": org,
        "uid": uid,
        "summary": summary,
        "style": style,
    }
    if description:
        out["description"] = description
    if location:
        out["location"] = location
    return out


SE, SE1, SE2 = (
    "Hospital Santa Efigênia",
    "Analista de Processos Hospitalares Pleno",
    "Analista de Escritório de Processos",
)
VI, VI1, VI2 = (
    "Rede Vitalis",
    "Analista de Indicadores Assistenciais",
    "Analista de Planejamento de Capacidade",
)
MS, MSR = "Hospital Monte Sião", "Analista de Faturamento Hospitalar"
SL, SLR = "Hospital São Lucas da Serra", "Analista de Operações Hospitalares"
ML, MLR = "Medlumen", "Analista de Qualidade e Segurança do Paciente"
CH, CHR = "Clínica Horizonte", "Analista Administrativo de Saúde"
IC, ICR = "Instituto Cardiológico Mineiro", "Analista de Custos Hospitalares"
AU, AUR = "Laboratório Aurora", "Analista de Operações Pleno"
PA, PAR = "Hospital Pedra Azul", "Analista de Gestão de Leitos"
SA, SAR = "Saúde Ampla", "Analista de Regulação Médica"
VS, VSR = "Hospital Vila Serena", "Analista de Dados Assistenciais"
LU, LUR = "Clínica Lumiar Oncologia", "Analista de Processos Administrativos"
LC, LCR = "Leito Certo", "Analista de Operações (Healthtech)"
CS, CSR = "Centro Médico Savassi", "Analista de Gestão Administrativa"
SF, SFR = "Hospital Sagrada Família", "Analista de Planejamento Hospitalar"
IN, INR = "Integra Hospitais", "Analista de Eficiência Operacional"
AL, ALR = "Rede Alvorada", "Analista Sênior de Operações Hospitalares"
SG, SGR = "Sanitas Gestão Hospitalar", "Analista de Planejamento e Controle"
HD, HDR = "Hospital Dia Pampulha", "Analista Administrativo Hospitalar"

GUPY = "no-reply@gupy.com.br"

MAIL: list[dict[str, Any]] = [
    # --- 1 Hospital Santa Efigênia (Gupy), processos ---------------------------------------
    m(
        "8101",
        "2025-09-03 10:14",
        f"Hospital Santa Efigênia <{GUPY}>",
        "Recebemos sua candidatura!",
        A("confirmation", SE, SE1, 1, "other"),
        "Olá, Larissa!\n\nRecebemos sua candidatura para a vaga de Analista de Processos Hospitalares Pleno "
        "no Hospital Santa Efigênia. Agora é com a gente: nosso time vai analisar seu perfil com todo cuidado.\n\n"
        "Você pode acompanhar o andamento do processo pela sua área do candidato, em Minhas candidaturas. "
        "Caso seu perfil não seja selecionado para as próximas etapas, você também será avisada por aqui.\n\n"
        "Etapa atual: Inscrição\n\nBoa sorte!\nEquipe de Gente e Gestão\nAssociação Beneficente Santa Efigênia\n\n"
        "Este e-mail foi enviado automaticamente pela Gupy. Por favor, não responda.",
    ),
    m(
        "8102",
        "2025-09-10 15:40",
        f"Hospital Santa Efigênia <{GUPY}>",
        "Você avançou de etapa: Teste de perfil comportamental",
        A("assessment", SE, SE1, 1, "other"),
        html="<p>Oi, Larissa! Tudo bem?</p><p>Temos uma ótima notícia: você avançou no processo seletivo para "
        "<b>Analista de Processos Hospitalares Pleno</b>.</p><p><b>Etapa: Teste de perfil comportamental</b></p>"
        "<p>O teste leva cerca de 15 minutos e não existe resposta certa ou errada. Responda com sinceridade, "
        "em um lugar tranquilo. Prazo: até 14/09, às 23h59.</p>"
        '<p><a href="https://santaefigenia.gupy.io/candidates/jobs/4418213/steps">Fazer o teste</a></p>'
        "<p>Equipe de Gente e Gestão - Hospital Santa Efigênia</p>",
    ),
    m(
        "8103",
        "2025-09-18 09:02",
        f"Hospital Santa Efigênia <{GUPY}>",
        "Etapa: Entrevista - Analista de Processos Hospitalares Pleno",
        A("interview", SE, SE1, 1, "other"),
        "Olá, Larissa!\n\nVocê foi selecionada para a etapa de Entrevista com a liderança da área de Processos.\n\n"
        "Data: 23/09 (terça-feira), às 14h\nLocal: Av. Francisco Sales, 1200, bloco administrativo, 3º andar - Santa Efigênia, Belo Horizonte\n"
        "Procure a recepção do bloco administrativo e informe seu nome. Leve um documento com foto.\n\n"
        "Confirme sua presença pela plataforma. Se não puder comparecer, avise com antecedência.\n\n"
        "Abraços,\nJuliana Prates\nAnalista de Recrutamento e Seleção\nAssociação Beneficente Santa Efigênia",
        ics=ev(
            "2025-09-23 14:00",
            60,
            ("Juliana Prates", "juliana.prates@santaefigenia.org.br"),
            "se-8103@santaefigenia.org.br",
            "Entrevista presencial - Larissa Duarte - Analista de Processos",
            "Entrevista com Rodrigo Vaz (Coordenador de Processos) e Juliana Prates (R&S).",
            "Av. Francisco Sales, 1200 - Bloco Administrativo, 3º andar",
        ),
    ),
    m(
        "8104",
        "2025-10-02 17:21",
        f"Hospital Santa Efigênia <{GUPY}>",
        "Retorno sobre sua candidatura",
        A("rejection", SE, SE1, 1, "other"),
        "Olá, Larissa,\n\nAgradecemos muito sua participação no processo seletivo para Analista de Processos "
        "Hospitalares Pleno. Foi um prazer conhecer sua trajetória, e a liderança destacou sua visão analítica "
        "e sua experiência com mapeamento de fluxos assistenciais.\n\n"
        "Após uma análise cuidadosa, optamos por seguir com outra pessoa candidata, cujo perfil está mais "
        "alinhado ao momento da área. Seu currículo continuará em nosso banco de talentos, e ficaremos "
        "felizes em ver você em outras oportunidades.\n\nCom carinho,\nEquipe de Gente e Gestão\nHospital Santa Efigênia",
    ),
    # --- 17 Santa Efigênia again, escritório de processos (re-application) -----------------
    m(
        "8105",
        "2025-11-20 08:47",
        f"Hospital Santa Efigênia <{GUPY}>",
        "Recebemos sua candidatura!",
        A("confirmation", SE, SE2, 17, "other"),
        "Olá, Larissa!\n\nRecebemos sua candidatura para a vaga de Analista de Escritório de Processos "
        "no Hospital Santa Efigênia.\n\nEtapa atual: Inscrição\n\nAcompanhe tudo pela sua área do candidato.\n\n"
        "Equipe de Gente e Gestão\nAssociação Beneficente Santa Efigênia",
    ),
    m(
        "8106",
        "2025-12-15 11:30",
        "Juliana Prates <juliana.prates@santaefigenia.org.br>",
        "Vaga Escritório de Processos - conversa",
        A("interview", SE, SE2, 17, "direct"),
        "Oi, Larissa, tudo bem?\n\nQue bom ver seu nome de novo por aqui! O Rodrigo lembrou de você e gostaria "
        "de conversar sobre a vaga do Escritório de Processos. Você teria disponibilidade na quinta (18/12) às 10h, "
        "pelo Teams? Te mando o convite se der certo.\n\nAbs,\nJuliana Prates\nRecrutamento e Seleção | Gente e Gestão\n"
        "Hospital Santa Efigênia\n(31) 3207-4410",
    ),
    m(
        "8107",
        "2025-12-16 19:05",
        "Larissa Duarte <larissa.mduarte@gmail.com>",
        "RE: Vaga Escritório de Processos - conversa",
        A("confirmation", SE, SE2, 17, "direct"),
        "Oi, Juliana, boa noite!\n\nMuito obrigada pelo contato e pela lembrança. Acabei de aceitar uma proposta "
        "em outra instituição e vou iniciar em fevereiro, então prefiro desistir do processo para não ocupar "
        "o horário de vocês. Agradeço demais a consideração e espero que a gente se cruze em breve.\n\n"
        "Um abraço,\nLarissa\n\n> Em seg., 15 de dez. de 2025 às 11:30, Juliana Prates escreveu:\n"
        "> Oi, Larissa, tudo bem?\n> Que bom ver seu nome de novo por aqui!",
        st="withdrawn",
        to="Juliana Prates <juliana.prates@santaefigenia.org.br>",
        headers={"In-Reply-To": "<8106.20251215.39@santaefigenia.org.br>"},
    ),
    m(
        "8108",
        "2025-12-17 09:12",
        "Juliana Prates <juliana.prates@santaefigenia.org.br>",
        "RE: RE: Vaga Escritório de Processos - conversa",
        A("confirmation", SE, SE2, 17, "direct"),
        "Larissa, que notícia boa! Parabéns pela nova fase. Já registrei sua desistência no processo. "
        "Sucesso e fica o convite para voltar a conversar no futuro.\n\nAbs,\nJuliana",
        st="withdrawn",
    ),
    # --- 2 Rede Vitalis, indicadores (Gupy, group name) ----------------------------------
    m(
        "8201",
        "2025-10-20 13:55",
        f"Grupo Vitalis <{GUPY}>",
        "Candidatura recebida - Analista de Indicadores Assistenciais",
        A("confirmation", VI, VI1, 2, "other"),
        html="<p>Olá, Larissa,</p><p>Obrigado por se candidatar à vaga de <b>Analista de Indicadores "
        "Assistenciais</b> - Hospital Vitalis Belo Horizonte.</p><p>Infelizmente não conseguimos dar "
        "retorno individual a todas as pessoas em cada etapa, mas você pode acompanhar o status na página da vaga.</p>"
        "<p><b>Etapa: Inscrição</b></p><p>Time de Atração de Talentos<br>Grupo Vitalis Participações S.A.</p>",
    ),
    m(
        "8202",
        "2025-11-04 10:20",
        f"Grupo Vitalis <{GUPY}>",
        "Etapa: Estudo de caso",
        A("assessment", VI, VI1, 2, "other"),
        "Olá, Larissa!\n\nVocê avançou para a etapa de Estudo de caso da vaga Analista de Indicadores Assistenciais.\n\n"
        "Em anexo (na plataforma) você encontra uma base com dados fictícios de ocupação, tempo médio de "
        "permanência e giro de leitos de três unidades. Pedimos uma apresentação curta (até 8 slides) com "
        "seu diagnóstico e três propostas de melhoria. Prazo de entrega: 10/11.\n\nTime de Atração de Talentos - Rede Vitalis",
    ),
    m(
        "8203",
        "2025-11-13 16:02",
        "Camila Brandão <camila.brandao@vitalis.com.br>",
        "Convite: Entrevista | Analista de Indicadores Assistenciais - Larissa Duarte",
        A("interview", VI, VI1, 2, "direct"),
        "Olá, Larissa,\n\nGostamos muito do seu estudo de caso! Gostaríamos de agendar uma entrevista com o "
        "gerente de Inteligência Assistencial, Marcelo Freitas, na segunda (17/11), às 15h, pelo Microsoft Teams. "
        "O convite segue anexo.\n\nAtenciosamente,\nCamila Brandão\nAtração de Talentos | Rede Vitalis\n"
        "Grupo Vitalis Participações S.A. - CNPJ 12.345.678/0001-90",
        ics=ev(
            "2025-11-17 15:00",
            45,
            ("Camila Brandão", "camila.brandao@vitalis.com.br"),
            "040000008200E00074C5B7101A82E00800000000vit1117",
            "Entrevista - Larissa Duarte | Analista de Indicadores Assistenciais",
            "Reunião do Microsoft Teams\nIngressar: https://teams.microsoft.com/l/meetup-join/19%3ameeting_vit1117",
            "Reunião do Microsoft Teams",
            "outlook",
        ),
    ),
    m(
        "8204",
        "2025-11-25 11:47",
        "Camila Brandão <camila.brandao@vitalis.com.br>",
        "Próxima etapa - conversa com a diretoria",
        A("interview", VI, VI1, 2, "direct"),
        "Oi, Larissa!\n\nO Marcelo gostou muito da conversa. A última etapa é um bate-papo presencial com a "
        "diretora de Operações, Dra. Helena Castilho, na sede da Rede Vitalis (Rua dos Timbiras, 3300 - Lourdes). "
        "Pode ser 02/12 às 9h30?\n\nAtenciosamente,\nCamila",
        ics=ev(
            "2025-12-02 09:30",
            60,
            ("Camila Brandão", "camila.brandao@vitalis.com.br"),
            "040000008200E00074C5B7101A82E00800000000vit1202",
            "Entrevista final - Larissa Duarte",
            "Entrevista presencial com Dra. Helena Castilho.",
            "Rua dos Timbiras, 3300 - Lourdes, BH",
            "outlook",
        ),
    ),
    m(
        "8205",
        "2025-12-09 18:10",
        "Camila Brandão <camila.brandao@vitalis.com.br>",
        "Proposta de trabalho - Rede Vitalis",
        A("offer", VI, VI1, 2, "direct"),
        "Olá, Larissa, boa tarde!\n\nÉ com muita alegria que enviamos a proposta para a posição de Analista "
        "de Indicadores Assistenciais Pleno:\n\n- Salário: R$ 7.850,00 (CLT)\n- Vale-alimentação/refeição: R$ 1.100,00\n"
        "- Plano de saúde e odontológico sem coparticipação\n- PLR conforme política do Grupo Vitalis\n"
        "- Modelo híbrido (3 dias presenciais)\n- Início previsto: 02/02/2026\n\nA carta-proposta está em anexo. "
        "Pedimos seu retorno até 15/12.\n\nAtenciosamente,\nCamila Brandão\nAtração de Talentos | Rede Vitalis",
        attach=[
            (
                "Carta_Proposta_Larissa_Duarte.pdf",
                "application/pdf",
                "%PDF-1.4 carta proposta Grupo Vitalis",
            )
        ],
    ),
    m(
        "8206",
        "2025-12-12 10:05",
        "Larissa Duarte <larissa.mduarte@gmail.com>",
        "RE: Proposta de trabalho - Rede Vitalis",
        A("offer", VI, VI1, 2, "direct"),
        "Oi, Camila, bom dia!\n\nFico muito feliz em aceitar a proposta! Segue a carta assinada em anexo. "
        "Aguardo as orientações sobre exames admissionais e documentação.\n\nObrigada!\nLarissa Menezes Duarte\n\n"
        "> Em ter., 9 de dez. de 2025 às 18:10, Camila Brandão escreveu:\n> É com muita alegria que enviamos a proposta",
        st="accepted",
        to="Camila Brandão <camila.brandao@vitalis.com.br>",
        attach=[("Carta_Proposta_assinada.pdf", "application/pdf", "%PDF-1.4 assinada")],
    ),
    m(
        "8207",
        "2025-12-15 14:30",
        "Admissão Grupo Vitalis <admissao@grupovitalis.com.br>",
        "Documentação admissional - Larissa Menezes Duarte",
        ("other_job", VI, VI1, None, "direct", "pt"),
        "Olá, Larissa! Seja bem-vinda ao Grupo Vitalis.\n\nPara darmos andamento à sua admissão, envie pelo "
        "link abaixo: RG, CPF, CTPS digital, comprovante de residência, certidão de nascimento dos filhos (se houver) "
        "e dados bancários. O exame admissional está agendado para 08/01, às 7h30, na Clínica Ocupacional Vitalis.\n\n"
        "Equipe de Admissão - Departamento Pessoal",
    ),
    # --- 16 Rede Vitalis, capacidade (second role) -----------------------------------------
    m(
        "8208",
        "2025-10-22 09:31",
        f"Grupo Vitalis <{GUPY}>",
        "Candidatura recebida - Analista de Planejamento de Capacidade",
        A("confirmation", VI, VI2, 16, "other"),
        html="<p>Olá, Larissa,</p><p>Obrigado por se candidatar à vaga de <b>Analista de Planejamento de "
        "Capacidade</b> - Sede Administrativa.</p><p><b>Etapa: Inscrição</b></p><p>Time de Atração de Talentos<br>Grupo Vitalis</p>",
    ),
    m(
        "8209",
        "2025-11-06 08:15",
        f"Grupo Vitalis <{GUPY}>",
        "Atualização do processo seletivo",
        A("rejection", VI, VI2, 16, "other"),
        "Olá, Larissa,\n\nAgradecemos seu interesse em fazer parte da Rede Vitalis. Recebemos um número muito "
        "grande de candidaturas para a vaga de Analista de Planejamento de Capacidade e, neste momento, não "
        "seguiremos com o seu perfil. Isso não impede que você participe de outros processos conosco.\n\n"
        "Time de Atração de Talentos",
    ),
    # --- 3 Hospital Monte Sião (Vagas.com) -------------------------------------------------
    m(
        "8301",
        "2025-09-08 21:17",
        "Vagas.com <noreply@vagas.com.br>",
        "Candidatura enviada: Analista de Faturamento Hospitalar",
        A("confirmation", MS, MSR, 3, "other"),
        html="<p>Larissa, sua candidatura foi enviada!</p><table><tr><td><b>Analista de Faturamento Hospitalar</b><br>"
        "Hospital Monte Sião - Belo Horizonte / MG</td></tr></table><p>A empresa pode entrar em contato por e-mail "
        "ou telefone. Mantenha seu currículo atualizado.</p><p>VAGAS.com.br</p>",
    ),
    m(
        "8302",
        "2025-09-29 10:48",
        "Vagas.com <noreply@vagas.com.br>",
        "Processo seletivo",
        A("rejection", MS, MSR, 3, "other"),
        "Olá, Larissa.\n\nA empresa Hospital Monte Sião agradece sua participação no processo seletivo para "
        "Analista de Faturamento Hospitalar. Seu currículo foi muito bem avaliado, porém o processo foi "
        "encerrado com a escolha de outro candidato.\n\nContinue buscando vagas no VAGAS.com.br.",
    ),
    # --- 4 Talentare for "um grande hospital filantrópico" = São Lucas da Serra -----------
    m(
        "8401",
        "2025-09-15 11:20",
        "Patrícia Rezende <patricia.rezende@talentarerh.com.br>",
        "Oportunidade - Analista de Operações - hospital filantrópico em BH",
        ("outreach", None, SLR, None, "agency", "pt"),
        "Olá, Larissa, tudo bem?\n\nSou consultora da Talentare RH e estou conduzindo um processo sigiloso para "
        "um grande hospital filantrópico de Belo Horizonte, referência em alta complexidade. A posição é de "
        "Analista de Operações Hospitalares, reportando à Superintendência de Operações.\n\nVi seu perfil no "
        "LinkedIn e achei muito aderente. Podemos conversar rapidamente esta semana?\n\nAbraços,\nPatrícia Rezende\n"
        "Consultora Sênior | Talentare RH - Saúde & Ciências da Vida",
    ),
    m(
        "8402",
        "2025-09-22 16:35",
        "Patrícia Rezende <patricia.rezende@talentarerh.com.br>",
        "RE: Oportunidade - Analista de Operações - hospital filantrópico em BH",
        A("confirmation", SL, SLR, 4, "agency"),
        "Larissa, obrigada pela conversa de hoje!\n\nConforme combinamos, apresentei seu currículo ao cliente. "
        "Agora posso abrir: trata-se do Hospital São Lucas da Serra, mantido pela Fundação São Lucas. O próximo "
        "passo, se aprovado, será uma dinâmica de grupo na sede deles.\n\nAbraços,\nPatrícia",
    ),
    m(
        "8403",
        "2025-10-01 09:40",
        "Patrícia Rezende <patricia.rezende@talentarerh.com.br>",
        "Convite dinâmica de grupo - Fundação São Lucas",
        A("interview", SL, SLR, 4, "agency"),
        "Bom dia, Larissa!\n\nVocê foi aprovada na triagem e está convidada para a dinâmica de grupo:\n\n"
        "Data: 07/10, às 8h30 (duração aproximada de 3 horas)\nLocal: Fundação São Lucas - Rua Pouso Alegre, 890, "
        "Floresta - auditório do 2º andar\nTraje: esporte fino\n\nApós a dinâmica, algumas pessoas seguirão para "
        "entrevista individual no mesmo dia.\n\nAbraços,\nPatrícia Rezende | Talentare RH",
        ics=ev(
            "2025-10-07 08:30",
            180,
            ("Patrícia Rezende", "patricia.rezende@talentarerh.com.br"),
            "talentare-din-1007@talentarerh.com.br",
            "Dinâmica de grupo - Hospital São Lucas da Serra",
            "Dinâmica + entrevistas individuais.",
            "Rua Pouso Alegre, 890 - Floresta, BH",
        ),
    ),
    m(
        "8404",
        "2025-10-14 18:02",
        "Patrícia Rezende <patricia.rezende@talentarerh.com.br>",
        "Retorno - processo São Lucas",
        A("rejection", SL, SLR, 4, "agency"),
        "Oi, Larissa,\n\nPassando para dar o retorno do processo. O cliente elogiou muito sua postura na dinâmica "
        "e sua comunicação, mas optou por uma candidata com vivência maior em hospital de ensino. Sei que é "
        "frustrante; vou manter seu perfil no radar para as próximas posições da área da saúde.\n\nUm abraço,\nPatrícia",
    ),
    # --- 5 Medlumen (InfoJobs), ghosted -----------------------------------------------------
    m(
        "8501",
        "2025-09-25 22:41",
        "InfoJobs <no-reply@infojobs.com.br>",
        "Sua candidatura foi registrada",
        A("confirmation", ML, MLR, 5, "other"),
        html="<p>Olá Larissa,</p><p>Você se candidatou à vaga <b>Analista de Qualidade e Segurança do Paciente</b> "
        "da empresa <b>MEDLUMEN DIAGNOSTICOS LTDA</b>.</p><p>Dica: candidatos que completam 100% do currículo "
        "têm mais chances de serem chamados.</p><p>Equipe InfoJobs</p>",
    ),
    m(
        "8502",
        "2025-10-03 12:10",
        "InfoJobs <no-reply@infojobs.com.br>",
        "A empresa visualizou seu currículo",
        A("viewed", ML, MLR, 5, "other"),
        "Boa notícia, Larissa! A empresa Medlumen Diagnósticos visualizou seu currículo para a vaga Analista de "
        "Qualidade e Segurança do Paciente. Acompanhe em Minhas candidaturas.",
    ),
    # --- 6 Clínica Horizonte (Catho) -------------------------------------------------------
    m(
        "8601",
        "2025-09-12 07:58",
        "Catho <catho@catho.com.br>",
        "Candidatura realizada com sucesso",
        A("confirmation", CH, CHR, 6, "other"),
        "Olá, Larissa!\n\nSeu currículo foi enviado para a vaga Analista Administrativo de Saúde - Clínica Horizonte "
        "(Contagem - MG).\n\nQuer se destacar? Assine a Catho e apareça primeiro para os recrutadores.\n\nCatho",
    ),
    m(
        "8602",
        "2025-09-19 13:25",
        "Catho <catho@catho.com.br>",
        "Seu currículo foi visualizado",
        A("viewed", CH, CHR, 6, "other"),
        "Larissa, a empresa Clínica Horizonte visualizou seu currículo. Boa sorte!",
    ),
    # --- 7 Halvorsen Medical (Workday, English) -------------------------------------------
    m(
        "8701",
        "2025-10-06 14:12",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Thank you for applying - Healthcare Operations Analyst (LATAM)",
        (
            "confirmation",
            "Halvorsen Medical",
            "Healthcare Operations Analyst (LATAM)",
            7,
            "workday",
            "en",
        ),
        "Dear Larissa,\n\nThank you for your interest in Halvorsen Medical Systems. We have received your application "
        "for Healthcare Operations Analyst (LATAM), requisition R-0048812, São Paulo, Brazil.\n\nOur talent team "
        "reviews every application. If your background matches the role, a recruiter will be in touch. "
        "Unfortunately, due to the volume of applications, we may not be able to respond to each candidate individually.\n\n"
        "Kind regards,\nHalvorsen Talent Acquisition",
    ),
    m(
        "8702",
        "2025-10-13 09:00",
        "Halvorsen Talent Acquisition <halvorsen@myworkday.com>",
        "Next step: online assessment for R-0048812",
        (
            "assessment",
            "Halvorsen Medical",
            "Healthcare Operations Analyst (LATAM)",
            7,
            "workday",
            "en",
        ),
        "Hi Larissa,\n\nCongratulations, you have been selected to move forward. Please complete the online numerical "
        "and situational judgement assessment within 5 days. It takes about 40 minutes.\n\nLink: "
        "https://halvorsen.wd3.myworkdayjobs.com/assessment/R-0048812\n\nBest,\nHalvorsen Talent Acquisition",
    ),
    m(
        "8703",
        "2025-10-30 20:14",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Your application for Healthcare Operations Analyst (LATAM)",
        (
            "rejection",
            "Halvorsen Medical",
            "Healthcare Operations Analyst (LATAM)",
            7,
            "workday",
            "en",
        ),
        "Dear Larissa,\n\nThank you for the time you invested in our process. We were impressed by your experience, "
        "and this was a difficult decision; however, we have decided to move forward with other candidates whose "
        "profiles more closely match our current needs.\n\nWe encourage you to apply for future openings.\n\n"
        "Halvorsen Medical Systems Talent Acquisition",
    ),
    # --- 8 Orbis Health Partners (Greenhouse, English), withdrawn ------------------------
    m(
        "8801",
        "2025-11-03 12:44",
        "Orbis Health Partners <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Orbis Health Partners",
        (
            "confirmation",
            "Orbis Health Partners",
            "Hospital Operations Analyst (Remote - Brazil)",
            8,
            "greenhouse",
            "en",
        ),
        "Hi Larissa,\n\nThanks for applying for the Hospital Operations Analyst (Remote - Brazil) position. Our team "
        "will review your application and get back to you if there is a fit.\n\nBest,\nOrbis Health Partners Recruiting",
    ),
    m(
        "8802",
        "2025-11-19 15:30",
        "Ethan Moore <ethan.moore@orbishealth.com>",
        "Orbis Health Partners - interview availability",
        (
            "interview",
            "Orbis Health Partners",
            "Hospital Operations Analyst (Remote - Brazil)",
            8,
            "greenhouse",
            "en",
        ),
        "Hi Larissa,\n\nThanks for your interest in Orbis! I'd love to set up a 30-minute video call with our "
        "Operations Lead. Please pick a time that works for you here:\n"
        "https://app.greenhouse.io/scheduling/availability/8f1a2c\n\nCheers,\nEthan Moore | Talent Partner, Orbis Health Partners",
        sender="Greenhouse <no-reply@greenhouse.io>",
    ),
    m(
        "8803",
        "2025-12-13 09:18",
        "Larissa Duarte <larissa.mduarte@gmail.com>",
        "Withdrawing my application - Hospital Operations Analyst",
        (
            "confirmation",
            "Orbis Health Partners",
            "Hospital Operations Analyst (Remote - Brazil)",
            8,
            "direct",
            "en",
        ),
        "Hi Ethan,\n\nThank you so much for your time and for the interview with Kate. I've just accepted an offer in "
        "Belo Horizonte, so I'd like to withdraw my application. I really enjoyed learning about Orbis.\n\nBest regards,\nLarissa",
        st="withdrawn",
        to="Ethan Moore <ethan.moore@orbishealth.com>",
    ),
    m(
        "8804",
        "2025-12-15 13:02",
        "Ethan Moore <ethan.moore@orbishealth.com>",
        "RE: Withdrawing my application - Hospital Operations Analyst",
        (
            "confirmation",
            "Orbis Health Partners",
            "Hospital Operations Analyst (Remote - Brazil)",
            8,
            "direct",
            "en",
        ),
        "Hi Larissa,\n\nCongrats on the new role! I've withdrawn your application on our side. Best of luck, and "
        "feel free to reach out in the future.\n\nEthan",
        st="withdrawn",
    ),
    # --- 9 Sanitas Gestão Hospitalar (LinkedIn) --------------------------------------------
    m(
        "8901",
        "2025-10-09 19:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Larissa, sua candidatura foi enviada para Sanitas Gestão Hospitalar",
        A("confirmation", SG, SGR, 9, "linkedin"),
        html="<p>Sua candidatura foi enviada para Sanitas Gestão Hospitalar</p><p><b>Analista de Planejamento e "
        "Controle</b><br>Sanitas Gestão Hospitalar · São Paulo, SP (Híbrido)</p><p>Enviada agora</p>",
    ),
    m(
        "8902",
        "2025-10-14 08:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura foi visualizada por Sanitas Gestão Hospitalar",
        A("viewed", SG, SGR, 9, "linkedin"),
        html="<p>Sua candidatura para <b>Analista de Planejamento e Controle</b> foi visualizada por Sanitas Gestão Hospitalar.</p>",
    ),
    m(
        "8903",
        "2025-10-28 17:40",
        "Recrutamento Sanitas <recrutamento@sanitasgh.com.br>",
        "Vaga Analista de Planejamento e Controle",
        A("rejection", SG, SGR, 9, "direct"),
        "Prezada Larissa,\n\nAgradecemos a candidatura. Seu perfil é muito interessante, mas neste momento buscamos "
        "alguém com residência em São Paulo e disponibilidade presencial integral. Por isso, não daremos sequência "
        "com sua candidatura.\n\nAtenciosamente,\nRecrutamento e Seleção\nSanitas Gestão Hospitalar Ltda.",
    ),
    # --- 10 Hospital Dia Pampulha (Indeed), gestora from Gmail ---------------------------
    m(
        "9001",
        "2025-10-16 10:02",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada",
        A("confirmation", HD, HDR, 10, "indeed"),
        html="<p>Candidatura enviada</p><p><b>Analista Administrativo Hospitalar</b><br>Hospital Dia Pampulha - "
        "Belo Horizonte, MG</p><p>Os itens a seguir foram enviados para Hospital Dia Pampulha: seu currículo e "
        "suas respostas.</p><p>Boa sorte!</p>",
    ),
    m(
        "9002",
        "2025-10-21 20:31",
        "Rosângela Tavares <rosangelatavares.adm@gmail.com>",
        "Entrevista - vaga administrativo",
        A("interview", HD, HDR, 10, "direct"),
        "Boa noite, Larissa.\n\nSou a Rosângela, gerente administrativa do Hospital Dia Pampulha. Recebi seu "
        "currículo pelo Indeed e gostaria de te chamar para uma conversa aqui no hospital na sexta, 24/10, às 16h. "
        "Endereço: Av. Otacílio Negrão de Lima, 4100. Me confirma por aqui ou no WhatsApp (31) 98877-1203?\n\n"
        "Rosângela\n\nEnviado do meu iPhone",
    ),
    m(
        "9003",
        "2025-10-21 21:10",
        "Larissa Duarte <larissa.mduarte@gmail.com>",
        "Re: Entrevista - vaga administrativo",
        A("interview", HD, HDR, 10, "direct"),
        "Boa noite, Rosângela! Confirmo sim, sexta às 16h estarei aí. Obrigada!\n\nLarissa\n\n"
        "Em ter., 21 de out. de 2025 às 20:31, Rosângela Tavares <rosangelatavares.adm@gmail.com> escreveu:\n"
        "> Sou a Rosângela, gerente administrativa do Hospital Dia Pampulha.",
        to="Rosângela Tavares <rosangelatavares.adm@gmail.com>",
    ),
    # --- 11 Instituto Cardiológico Mineiro (Kenoby) ----------------------------------------
    m(
        "9101",
        "2025-10-01 11:11",
        "ICM - Trabalhe Conosco <no-reply@kenoby.com>",
        "Confirmação de inscrição",
        A("confirmation", IC, ICR, 11, "other"),
        "Olá Larissa,\n\nSua inscrição na vaga Analista de Custos Hospitalares foi realizada com sucesso.\n\n"
        "Fundação Cardiológica de Minas Gerais - mantenedora do Instituto Cardiológico Mineiro\n\nPowered by Kenoby",
    ),
    m(
        "9102",
        "2025-10-08 14:20",
        "ICM - Trabalhe Conosco <no-reply@kenoby.com>",
        "Estudo de caso - Analista de Custos Hospitalares",
        A("assessment", IC, ICR, 11, "other"),
        "Olá Larissa,\n\nParabéns por avançar! A próxima fase é um estudo de caso sobre custeio por absorção em "
        "uma unidade de hemodinâmica. Você terá 72 horas para responder a partir do acesso ao link.\n\n"
        "https://icm.kenoby.com/case/77120\n\nRH ICM",
    ),
    m(
        "9103",
        "2025-10-20 09:45",
        "Fernanda Lobo <fernanda.lobo@icm.org.br>",
        "Agendamento de entrevista - ICM",
        A("interview", IC, ICR, 11, "direct"),
        "Larissa, bom dia!\n\nGostaríamos de convidá-la para entrevista online com a Controladoria, dia 23/10 às 11h, "
        "pelo Google Meet. Link no convite.\n\nAtt,\nFernanda Lobo\nAnalista de RH | ICM - Instituto Cardiológico Mineiro",
        ics=ev(
            "2025-10-23 11:00",
            45,
            ("Fernanda Lobo", "fernanda.lobo@icm.org.br"),
            "icm-1023-ent@google.com",
            "Entrevista Larissa Duarte - Analista de Custos",
            "Participar com o Google Meet: https://meet.google.com/qxe-mbvt-kpa",
        ),
    ),
    m(
        "9104",
        "2025-11-10 16:55",
        "ICM - Trabalhe Conosco <no-reply@kenoby.com>",
        "Sobre sua participação no processo seletivo",
        A("rejection", IC, ICR, 11, "other"),
        "Olá Larissa,\n\nQueremos agradecer sua dedicação em todas as etapas do processo para Analista de Custos "
        "Hospitalares. Sua entrevista foi muito bem avaliada pelos gestores. Ainda assim, decidimos seguir com "
        "outro perfil nesta vaga.\n\nDesejamos sucesso!\nRH - Fundação Cardiológica de Minas Gerais",
    ),
    # --- 12 Laboratório Aurora (Sólides) ---------------------------------------------------
    m(
        "9201",
        "2025-11-11 10:30",
        "Aurora Medicina Diagnóstica <naoresponda@solides.com.br>",
        "Sua candidatura foi recebida",
        A("confirmation", AU, AUR, 12, "other"),
        "Olá, Larissa!\n\nA Aurora Medicina Diagnóstica S.A. recebeu sua candidatura para Analista de Operações Pleno "
        "(Laboratório Aurora - unidade Savassi).\n\nPróximo passo: responda ao teste de perfil comportamental.\n\nSólides Vagas",
    ),
    m(
        "9202",
        "2025-11-11 10:31",
        "Sólides <naoresponda@solides.com.br>",
        "Responda ao Profiler - teste de perfil comportamental",
        A("assessment", AU, AUR, 12, "other"),
        html="<p>Oi, Larissa!</p><p>Para continuar no processo da <b>Aurora Medicina Diagnóstica</b>, responda ao "
        "Profiler, nosso teste de perfil comportamental (base DISC). Leva cerca de 10 minutos.</p>"
        '<p><a href="https://profiler.solides.com.br/r/a8k2">Responder agora</a></p>',
    ),
    m(
        "9203",
        "2025-11-27 15:15",
        "Aurora Medicina Diagnóstica <naoresponda@solides.com.br>",
        "Retorno sobre sua candidatura",
        A("rejection", AU, AUR, 12, "other"),
        "Olá, Larissa!\n\nObrigado por participar do nosso processo seletivo. Admiramos sua trajetória e o cuidado "
        "com que respondeu cada etapa. Neste momento, porém, optamos por não avançar com sua candidatura.\n\n"
        "Um abraço,\nGente & Cultura - Laboratório Aurora",
    ),
    # --- 13 Hospital Pedra Azul, Rio (Recrutei), offer declined ---------------------------
    m(
        "9301",
        "2025-10-27 13:00",
        "Hospital Pedra Azul <noreply@recrutei.com.br>",
        "Recebemos sua candidatura",
        A("confirmation", PA, PAR, 13, "other"),
        "Olá Larissa,\n\nRecebemos sua candidatura para Analista de Gestão de Leitos (Rio de Janeiro - Botafogo). "
        "Vamos analisar seu perfil e em breve daremos retorno.\n\nHPA - Hospital Pedra Azul S.A.",
    ),
    m(
        "9302",
        "2025-11-12 10:10",
        "Thiago Siqueira <thiago.siqueira@hpedraazul.com.br>",
        "Entrevista HPA - Gestão de Leitos",
        A("interview", PA, PAR, 13, "direct"),
        "Oi Larissa, tudo certo?\n\nPodemos conversar na sexta (14/11) às 10h pelo Google Meet? Vou estar com a "
        "coordenadora do NIR (Núcleo Interno de Regulação), Aline.\n\nAbs,\nThiago Siqueira\nTalent Acquisition | HPA",
        ics=ev(
            "2025-11-14 10:00",
            60,
            ("Thiago Siqueira", "thiago.siqueira@hpedraazul.com.br"),
            "hpa-1114@google.com",
            "Entrevista | Larissa Duarte - Gestão de Leitos",
            "Google Meet: https://meet.google.com/bnr-ytwz-hwe",
        ),
    ),
    m(
        "9303",
        "2025-12-05 17:30",
        "Thiago Siqueira <thiago.siqueira@hpedraazul.com.br>",
        "Proposta HPA",
        A("offer", PA, PAR, 13, "direct"),
        "Larissa, boa tarde!\n\nTenho uma ótima notícia: gostaríamos de fazer uma proposta para você integrar o time "
        "do NIR do HPA no Rio. Salário de R$ 7.200,00, VR, plano de saúde, auxílio-mudança de R$ 5.000,00. "
        "Início em janeiro. Podemos falar por telefone para detalhes?\n\nAbs,\nThiago",
    ),
    m(
        "9304",
        "2025-12-12 11:15",
        "Thiago Siqueira <thiago.siqueira@hpedraazul.com.br>",
        "Re: Proposta HPA",
        A("offer", PA, PAR, 13, "direct"),
        "Larissa, entendo perfeitamente, mudar de cidade é uma decisão grande. Obrigado pela transparência e "
        "sucesso na Vitalis! Deixo as portas abertas.\n\nAbs,\nThiago\n\n> Em 12/12/2025 10:22, Larissa Duarte escreveu:\n"
        "> Thiago, agradeço muito a proposta, mas decidi ficar em BH e não vou seguir.",
        st="declined",
    ),
    # --- 14 Saúde Ampla (Pandapé) --------------------------------------------------------
    m(
        "9401",
        "2025-11-18 09:00",
        "Saúde Ampla <noreply@pandape.com.br>",
        "Inscrição confirmada - Analista de Regulação Médica",
        A("confirmation", SA, SAR, 14, "other"),
        "Olá Larissa! Sua inscrição na vaga Analista de Regulação Médica da Saúde Ampla Operadora de Planos Ltda. "
        "foi confirmada. Se você não for selecionada, manteremos seu currículo em nosso banco para futuras vagas.",
    ),
    m(
        "9402",
        "2025-11-21 08:20",
        "Saúde Ampla <noreply@pandape.com.br>",
        "Processo seletivo",
        A("rejection", SA, SAR, 14, "other"),
        "Olá Larissa,\n\nAgradecemos seu interesse na Saúde Ampla. Após análise do seu currículo, verificamos que "
        "a vaga exige registro ativo no COREN, por isso sua candidatura não seguirá para as próximas etapas.\n\nEquipe Saúde Ampla",
    ),
    # --- 15 Hospital Vila Serena (Gupy), ghosted -------------------------------------------
    m(
        "9501",
        "2025-09-30 23:02",
        f"Rede Serena Saúde <{GUPY}>",
        "Recebemos sua candidatura!",
        A("confirmation", VS, VSR, 15, "other"),
        "Olá, Larissa!\n\nRecebemos sua candidatura para Analista de Dados Assistenciais - Hospital Vila Serena "
        "(São Paulo).\n\nEtapa atual: Inscrição\n\nRede Serena Saúde",
    ),
    # --- 18 Clínica Lumiar (Vagas.com), ghosted ------------------------------------------
    m(
        "9601",
        "2025-11-24 12:33",
        "Vagas.com <noreply@vagas.com.br>",
        "Candidatura enviada: Analista de Processos Administrativos",
        A("confirmation", LU, LUR, 18, "other"),
        html="<p>Larissa, sua candidatura foi enviada!</p><p><b>Analista de Processos Administrativos</b><br>"
        "Lumiar Oncologia Clínica Ltda - Belo Horizonte / MG</p><p>VAGAS.com.br</p>",
    ),
    # --- 19 Leito Certo (founder, personal Gmail), on hold ---------------------------------
    m(
        "9701",
        "2025-10-24 22:15",
        "Bruno Caldeira <brunocaldeira.bh@gmail.com>",
        "Conversa sobre operação hospitalar - Leito Certo",
        ("outreach", LC, LCR, None, "direct", "pt"),
        "Oi Larissa, tudo bem?\n\nSou o Bruno, cofundador da Leito Certo, uma healthtech de BH que faz software "
        "de gestão de leitos para hospitais médios. Vi seu post sobre giro de leitos no LinkedIn e achei "
        "excelente. Estamos montando o time de Operações e queria te conhecer. Topa um café?\n\nBruno\nleitocerto.com.br",
    ),
    m(
        "9702",
        "2025-10-29 08:40",
        "Bruno Caldeira <brunocaldeira.bh@gmail.com>",
        "Re: Conversa sobre operação hospitalar - Leito Certo",
        A("interview", LC, LCR, 19, "direct"),
        "Perfeito, Larissa! Então combinado: quinta às 8h30 no café da Rua Pernambuco, 1100. Vou levar a Júlia, "
        "nossa head de CS, e te contamos mais da vaga de Analista de Operações.\n\nBruno",
        ics=ev(
            "2025-10-30 08:30",
            60,
            ("Bruno Caldeira", "brunocaldeira.bh@gmail.com"),
            "lc-cafe-1030@google.com",
            "Café Larissa x Leito Certo",
            "",
            "Rua Pernambuco, 1100 - Savassi",
        ),
    ),
    m(
        "9703",
        "2025-11-20 19:48",
        "Bruno Caldeira <brunocaldeira.bh@gmail.com>",
        "Atualização Leito Certo",
        A("confirmation", LC, LCR, 19, "direct"),
        "Oi Larissa,\n\nQueria te dar uma satisfação: nossa rodada atrasou e congelamos as contratações até "
        "fevereiro, inclusive a vaga de Operações. Você segue sendo nossa primeira opção quando reabrirmos. "
        "Desculpa a demora em responder.\n\nAbraço,\nBruno",
        st="on_hold",
    ),
    # --- 20 Centro Médico Savassi (Indeed) -----------------------------------------------
    m(
        "9801",
        "2025-11-05 10:04",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada",
        A("confirmation", CS, CSR, 20, "indeed"),
        html="<p>Candidatura enviada</p><p><b>Analista de Gestão Administrativa</b><br>Centro Médico Savassi - "
        "Belo Horizonte, MG</p><p>Boa sorte!</p>",
    ),
    m(
        "9802",
        "2025-11-26 14:40",
        "CMS Recursos Humanos <rh@cmsavassi.com.br>",
        "Retorno sobre sua candidatura",
        A("rejection", CS, CSR, 20, "direct"),
        "Larissa, boa tarde.\n\nEm nome do Centro Médico Savassi, agradecemos a candidatura pelo Indeed. "
        "Seu currículo é excelente e chamou nossa atenção; contudo, a vaga foi preenchida internamente.\n\n"
        "Atenciosamente,\nRH - CMS",
    ),
    # --- 21 Northbridge Health Services (Lever, English) -----------------------------------
    m(
        "9901",
        "2025-11-14 16:20",
        "Northbridge Health Services <no-reply@hire.lever.co>",
        "Thanks for applying to Northbridge Health Services",
        (
            "confirmation",
            "Northbridge Health Services",
            "Operations Analyst, Patient Access (LATAM)",
            21,
            "lever",
            "en",
        ),
        "Hi Larissa,\n\nThank you for your application for Operations Analyst, Patient Access (LATAM). We've received it and "
        "our team will review it shortly.\n\nThe Northbridge Talent Team",
    ),
    m(
        "9902",
        "2025-12-01 18:06",
        "Northbridge Health Services <no-reply@hire.lever.co>",
        "Update on your application",
        (
            "rejection",
            "Northbridge Health Services",
            "Operations Analyst, Patient Access (LATAM)",
            21,
            "lever",
            "en",
        ),
        "Hi Larissa,\n\nThank you for your interest in Northbridge. We enjoyed reviewing your background, but we have "
        "decided to pursue other candidates for this role at this time.\n\nWishing you the best,\nThe Northbridge Talent Team",
    ),
    # --- 22 Hospital Sagrada Família (Catho) -------------------------------------------------
    m(
        "10001",
        "2025-11-28 09:12",
        "Catho <catho@catho.com.br>",
        "Candidatura realizada com sucesso",
        A("confirmation", SF, SFR, 22, "other"),
        "Olá, Larissa!\n\nSeu currículo foi enviado para a vaga Analista de Planejamento Hospitalar - Associação "
        "Hospitalar Sagrada Família (Contagem - MG).\n\nCatho",
    ),
    m(
        "10002",
        "2026-01-05 11:00",
        "RH Sagrada Família <selecao@hsagradafamilia.org.br>",
        "Convite para entrevista presencial",
        A("interview", SF, SFR, 22, "direct"),
        "Prezada Larissa,\n\nConvidamos você para entrevista presencial no dia 08/01/2026, às 14h, no Hospital "
        "Sagrada Família (Rua Cinquenta e Dois, 200 - Eldorado, Contagem). Favor confirmar.\n\nSetor de Recrutamento",
    ),
    m(
        "10003",
        "2026-01-06 08:30",
        "Larissa Duarte <larissa.mduarte@gmail.com>",
        "Re: Convite para entrevista presencial",
        A("confirmation", SF, SFR, 22, "direct"),
        "Prezados, bom dia.\n\nAgradeço o convite, mas já aceitei outra proposta e gostaria de retirar minha "
        "candidatura. Desejo sucesso no processo.\n\nAtenciosamente,\nLarissa Menezes Duarte",
        st="withdrawn",
        to="RH Sagrada Família <selecao@hsagradafamilia.org.br>",
    ),
    # --- 23 Integra Hospitais (LinkedIn then Gupy) -------------------------------------------
    m(
        "10101",
        "2025-09-17 18:45",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Larissa, sua candidatura foi enviada para Integra Hospitais",
        A("confirmation", IN, INR, 23, "linkedin"),
        html="<p>Sua candidatura foi enviada para Integra Hospitais</p><p><b>Analista de Eficiência Operacional</b>"
        "<br>Integra Hospitais · São Paulo, SP (Remoto)</p>",
    ),
    m(
        "10102",
        "2025-09-18 07:30",
        f"Integra Hospitais S.A. <{GUPY}>",
        "Recebemos sua candidatura via LinkedIn",
        A("confirmation", IN, INR, 23, "other"),
        "Olá, Larissa!\n\nSua candidatura para Analista de Eficiência Operacional, enviada pelo LinkedIn, chegou até nós. "
        "Você pode acompanhar as próximas etapas pela Gupy. Etapa: Inscrição.\n\nIntegra Hospitais",
    ),
    m(
        "10103",
        "2025-10-06 14:00",
        "Mariana Kfouri <mariana.kfouri@integrahospitais.com.br>",
        "Entrevista - Eficiência Operacional",
        A("interview", IN, INR, 23, "direct"),
        "Olá Larissa,\n\nSegue convite para nossa entrevista online na quarta (08/10) às 16h, via Teams.\n\n"
        "Mariana Kfouri\nTalent Acquisition | Integra Hospitais S.A.",
        ics=ev(
            "2025-10-08 16:00",
            45,
            ("Mariana Kfouri", "mariana.kfouri@integrahospitais.com.br"),
            "040000008200E00074C5B7101A82E00800000000int1008",
            "Entrevista | Larissa Duarte",
            "Reunião do Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_int1008",
            "Microsoft Teams",
            "outlook",
        ),
    ),
    m(
        "10104",
        "2025-10-24 12:12",
        f"Integra Hospitais S.A. <{GUPY}>",
        "Retorno sobre sua candidatura",
        A("rejection", IN, INR, 23, "other"),
        "Olá, Larissa!\n\nMuito obrigado por ter participado do nosso processo. Gostamos muito de conhecer você. "
        "Infelizmente, não seguiremos com sua candidatura nesta vaga, mas seu perfil fica no nosso banco de talentos.\n\nIntegra Hospitais",
    ),
    # --- 24 Hunter Prime for "uma rede de hospitais" = Rede Alvorada, ghosted --------------
    m(
        "10201",
        "2025-11-07 10:50",
        "Gustavo Amaral <gustavo@hunterprime.com.br>",
        "Posição confidencial - Operações Hospitalares (SP)",
        ("outreach", None, ALR, None, "agency", "pt"),
        "Larissa, bom dia.\n\nA Hunter Prime conduz a busca de um(a) Analista Sênior de Operações Hospitalares para "
        "uma rede de hospitais privados em São Paulo, em forte expansão. Modelo híbrido, com viagens a BH. Posso te "
        "ligar amanhã?\n\nGustavo Amaral\nPartner | Hunter Prime Executive Search",
    ),
    m(
        "10202",
        "2025-11-12 18:33",
        "Gustavo Amaral <gustavo@hunterprime.com.br>",
        "RE: Posição confidencial - Operações Hospitalares (SP)",
        A("interview", AL, ALR, 24, "agency"),
        "Larissa, obrigado pelo papo. Como falamos, o cliente é a Rede Alvorada (Alvorada Serviços Hospitalares S.A.). "
        "Agendei sua entrevista com a gerente de Operações Corporativas para 19/11 às 17h pelo Teams; o convite chega "
        "separado.\n\nGustavo",
    ),
    # --- alerts, outreach and other job mail -------------------------------------------------
    m(
        "10301",
        "2025-09-05 06:30",
        "Gupy <no-reply@gupy.com.br>",
        "Vagas que combinam com você: Analista de Processos",
        ("alert", None, None, None, "other", "pt"),
        html="<p>Olá, Larissa! Separamos vagas com base no seu perfil:</p><ul><li>Analista de Processos - Rede "
        "Serena Saúde (São Paulo)</li><li>Analista de Qualidade Hospitalar - Hospital Monte Sião (BH)</li>"
        "<li>Analista de Custos - Hospital Pedra Azul (Rio)</li></ul>",
    ),
    m(
        "10302",
        "2025-09-26 07:00",
        "LinkedIn Vagas <jobalerts-noreply@linkedin.com>",
        "“analista de operações hospitalares”: 14 novas vagas em Belo Horizonte",
        ("alert", None, None, None, "linkedin", "pt"),
        html="<p>Novas vagas para você</p><p>Analista de Operações - Rede Vitalis · BH<br>Analista de Dados "
        "Assistenciais - Hospital Vila Serena · São Paulo<br>Analista de Regulação - Saúde Ampla · BH</p>",
    ),
    m(
        "10303",
        "2025-10-17 06:45",
        "Indeed <alert@indeed.com>",
        "Novas vagas de analista hospitalar em Belo Horizonte, MG",
        ("alert", None, None, None, "indeed", "pt"),
        html="<p>12 novas vagas</p><p>Analista de Gestão Administrativa - Centro Médico Savassi<br>Assistente de "
        "Faturamento - Hospital Sagrada Família<br>Analista de Leitos - Hospital Pedra Azul</p>",
    ),
    m(
        "10304",
        "2025-11-02 09:00",
        "Catho <catho@catho.com.br>",
        "Larissa, 8 vagas novas para Analista de Planejamento",
        ("alert", None, None, None, "other", "pt"),
        "Vagas recomendadas para você esta semana:\n- Analista de Planejamento Hospitalar (Contagem)\n"
        "- Analista de Suprimentos Hospitalares (Betim)\n- Supervisor Administrativo (BH)\n\nCatho",
    ),
    m(
        "10305",
        "2025-11-28 07:10",
        "InfoJobs <no-reply@infojobs.com.br>",
        "Você deixou uma candidatura pela metade",
        ("alert", None, None, None, "other", "pt"),
        "Olá Larissa, notamos que você começou a se candidatar à vaga Coordenador(a) de Hotelaria Hospitalar e não "
        "concluiu. Termine agora, leva só 2 minutos!",
    ),
    m(
        "10306",
        "2025-10-10 14:00",
        "Hospital Monte Sião <no-reply@gupy.com.br>",
        "Boas-vindas ao nosso Banco de Talentos",
        ("alert", "Hospital Monte Sião", None, None, "other", "pt"),
        "Olá, Larissa! Que bom ter você no Banco de Talentos do Hospital Monte Sião. Quando surgir uma vaga "
        "compatível, avisaremos você.",
    ),
    m(
        "10307",
        "2025-12-20 06:55",
        "LinkedIn Vagas <jobalerts-noreply@linkedin.com>",
        "Rede Alvorada está contratando: Analista de Dados Hospitalares",
        ("alert", None, None, None, "linkedin", "pt"),
        html="<p>Uma empresa que você segue tem uma nova vaga: <b>Analista de Dados Hospitalares</b> - Rede Alvorada · São Paulo</p>",
    ),
    m(
        "10308",
        "2025-09-29 13:13",
        "Vinícius Pacheco via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidade em gestão de saúde - remoto",
        ("outreach", None, "Analista de Business Intelligence em Saúde", None, "linkedin", "pt"),
        "Oi Larissa! Sou recrutador na Medicus Talentos e tenho uma vaga de Analista de BI em Saúde, 100% remota, "
        "para uma operadora de saúde do Sul. Faz sentido conversarmos?\n\nVinícius",
    ),
    m(
        "10309",
        "2025-12-18 10:00",
        "Patrícia Rezende <patricia.rezende@talentarerh.com.br>",
        "Nova posição: Coordenação de Hotelaria Hospitalar",
        ("outreach", None, "Coordenadora de Hotelaria Hospitalar", None, "agency", "pt"),
        "Larissa, oi! Lembrei de você para uma coordenação de hotelaria em hospital privado de Nova Lima. Ainda está em processos?",
    ),
    m(
        "10310",
        "2025-12-18 14:22",
        "Patrícia Rezende <patricia.rezende@talentarerh.com.br>",
        "Resposta automática: RE: Nova posição: Coordenação de Hotelaria Hospitalar",
        ("other_job", None, None, None, "agency", "pt"),
        "Olá! Estou em férias coletivas até 05/01, com acesso limitado ao e-mail. Para assuntos urgentes, "
        "fale com atendimento@talentarerh.com.br.\n\nPatrícia Rezende | Talentare RH",
    ),
    m(
        "10311",
        "2025-11-16 09:30",
        "Gupy <no-reply@gupy.com.br>",
        "Seu código de acesso Gupy",
        ("other_job", None, None, None, "other", "pt"),
        "Seu código para acessar a área do candidato é 418 220. Ele expira em 10 minutos.",
    ),
    m(
        "10312",
        "2025-12-03 11:00",
        "Pesquisa Candidato ICM <no-reply@kenoby.com>",
        "Como foi sua experiência no nosso processo seletivo?",
        ("other_job", IC, None, None, "other", "pt"),
        "Olá Larissa, conte para a gente como foi participar do processo do ICM. São 3 perguntas rápidas.",
    ),
    m(
        "10313",
        "2025-11-19 10:00",
        "Mariele Costa <mariele.costa@rede-alvorada.com.br>",
        "Entrevista - Analista Sênior de Operações Hospitalares",
        A("interview", AL, ALR, 24, "direct"),
        "Olá Larissa, conforme alinhado com o Gustavo (Hunter Prime), segue o convite para hoje às 17h.\n\nMariele Costa\nRede Alvorada",
        ics=ev(
            "2025-11-19 17:00",
            60,
            ("Mariele Costa", "mariele.costa@rede-alvorada.com.br"),
            "040000008200E00074C5B7101A82E00800000000alv1119",
            "Entrevista Larissa Duarte - Operações Corporativas",
            "Microsoft Teams",
            "Microsoft Teams",
            "outlook",
        ),
    ),
    m(
        "10314",
        "2025-10-02 09:15",
        "Larissa Duarte <larissa.mduarte@gmail.com>",
        "Fwd: Recebemos sua candidatura!",
        A("confirmation", VS, VSR, 15, "other"),
        "Mãe, olha a vaga que te falei em SP! Vamos ver.\n\n---------- Forwarded message ---------\n"
        "De: Rede Serena Saúde <no-reply@gupy.com.br>\nDate: ter., 30 de set. de 2025 às 23:02\n"
        "Subject: Recebemos sua candidatura!\n\nOlá, Larissa!\n\nRecebemos sua candidatura para Analista de Dados "
        "Assistenciais - Hospital Vila Serena (São Paulo).\n\nEtapa atual: Inscrição",
        to="Sônia Menezes <soniamenezes58@yahoo.com.br>",
    ),
]
