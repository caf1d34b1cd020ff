# ruff: noqa: E501, RUF100
"""Corpus 112, Lisbon and Maputo job mail, alerts, outreach and other job mail (data only): see heldout112.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec
from heldout112_jobs import A


def _lisbon(day: str) -> str:
    return "+0100" if day < "2025-10-26" else "+0000"


def _luanda(day: str) -> str:
    return "+0100"


def _maputo(day: str) -> str:
    return "+0200"


m = partial(dated_spec, _lisbon)
ml = partial(dated_spec, _luanda)
mz = partial(dated_spec, _maputo)


TC, TCR = "Tejo Capital Partners", "Financial Analyst"
AS, ASR = "Alfama Seguros", "Analista de Controlo de Gestão"
BM, BMR = "Banco Mirante", "Analista FP&A"
QS, QSR = "Quinta do Sado", "Contabilista"
BZ, BZR = "BZI", "Analista Financeiro Sénior"
IL, ILR = "Inhaca LNG", "Finance Analyst"
BL, BLR = "Banco Lúrio", "Gestor de Controlo Financeiro"
NX, NXR = "Nexa Telecom Moçambique", "Senior Accountant"

MAIL: list[dict[str, Any]] = [
    # --- 16 Tejo Capital Partners (Workable, Lisbon) ---------------------------------------------
    m(
        "61004",
        "2025-09-22 10:31",
        "Tejo Capital Partners <noreply@candidates.workablemail.com>",
        "Thanks for applying to Tejo Capital Partners",
        A("confirmation", TC, TCR, 16, "workable", "en"),
        "Hi Joaquim,\n\nThank you for your interest in Tejo Capital Partners! We've received your application for the Financial Analyst position in Lisbon.\n\nOur team reviews every application carefully. We'll get back to you as soon as we can.\n\nBest,\nThe Tejo Capital Partners hiring team",
    ),
    m(
        "61018",
        "2025-10-08 09:12",
        "Tejo Capital Partners <noreply@candidates.workablemail.com>",
        "Your application for Financial Analyst",
        A("rejection", TC, TCR, 16, "workable", "en"),
        "Hi Joaquim,\n\nThank you for taking the time to apply. We were impressed by your background in corporate finance in Angola, and the decision was not an easy one.\n\nHowever, we have decided to move forward with candidates whose experience with Portuguese GAAP (SNC) and the Lisbon market better fits our current needs.\n\nWe wish you every success.\nTejo Capital Partners",
    ),
    # --- 17 Alfama Seguros (Taleo, Grupo Alfama) ------------------------------------------------
    m(
        "61040",
        "2025-10-10 18:44",
        "Grupo Alfama - Recrutamento <grupoalfama@taleo.net>",
        "Candidatura recebida - Analista de Controlo de Gestão (REQ 5521)",
        A("confirmation", AS, ASR, 17, "taleo"),
        "Caro(a) Joaquim Ndala,\n\nAgradecemos o interesse demonstrado pelo Grupo Alfama. Confirmamos a receção da sua candidatura à oferta Analista de Controlo de Gestão – Alfama Seguros, S.A. (REQ 5521), Lisboa.\n\nIremos analisar o seu perfil. Caso seja selecionado(a) para a fase seguinte, será contactado(a) pela nossa equipa.\n\nCom os melhores cumprimentos,\nDireção de Pessoas – Grupo Alfama",
    ),
    m(
        "61055",
        "2025-11-05 11:20",
        "Carolina Vaz <carolina.vaz@grupoalfama.pt>",
        "Alfama Seguros | Entrevista por Teams",
        A("interview", AS, ASR, 17, "direct"),
        "Caro Joaquim,\n\nNa sequência da sua candidatura para Analista de Controlo de Gestão na Alfama Seguros, gostaríamos de realizar uma primeira entrevista por Microsoft Teams.\n\nProponho terça-feira, 11 de novembro, às 10h00 de Lisboa (11h00 em Luanda). Segue o convite.\n\nA entrevista poderá incluir questões sobre relato Solvência II e ferramentas de reporting.\n\nCom os melhores cumprimentos,\nCarolina Vaz\nTalent Acquisition | Direção de Pessoas\nGrupo Alfama",
        ics={
            "start": "2025-11-11 10:00:00 +0000",
            "minutes": 45,
            "organizer": ("Carolina Vaz", "carolina.vaz@grupoalfama.pt"),
            "uid": "040000008200E00074C5B7101A82E00800000000D1E2F300",
            "summary": "Entrevista Joaquim Ndala - Analista de Controlo de Gestão",
            "location": "Reunião do Microsoft Teams",
            "style": "outlook",
        },
    ),
    m(
        "61071",
        "2025-11-26 16:02",
        "Grupo Alfama - Recrutamento <grupoalfama@taleo.net>",
        "Processo de recrutamento REQ 5521",
        A("rejection", AS, ASR, 17, "taleo"),
        "Caro(a) Joaquim Ndala,\n\nAgradecemos a sua participação no processo de recrutamento e o tempo que nos dedicou. O seu percurso foi avaliado de forma muito positiva pela equipa.\n\nNo entanto, informamos que decidimos prosseguir com outro(a) candidato(a) cujo perfil se ajusta melhor aos requisitos da função, nomeadamente a residência em Portugal e a disponibilidade imediata.\n\nFaremos votos de sucesso na sua carreira.\nDireção de Pessoas – Grupo Alfama",
    ),
    # --- 18 Banco Mirante (SmartRecruiters, Lisbon) ---------------------------------------------
    m(
        "61090",
        "2025-11-14 13:09",
        "Banco Mirante <noreply@smartrecruiters.com>",
        "Obrigado pela sua candidatura - Analista FP&A",
        A("confirmation", BM, BMR, 18, "smartrecruiters"),
        "Olá Joaquim,\n\nObrigado por se ter candidatado à posição de Analista FP&A no Banco Mirante.\n\nRecebemos muitas candidaturas e, infelizmente, não conseguimos dar resposta personalizada a todas. Se o seu perfil for selecionado, entraremos em contacto nas próximas semanas.\n\nEquipa de Recrutamento\nBanco Mirante, S.A.",
    ),
    m(
        "61104",
        "2025-12-15 08:55",
        "Banco Mirante <noreply@smartrecruiters.com>",
        "Banco Mirante - atualização da sua candidatura",
        A("rejection", BM, BMR, 18, "smartrecruiters"),
        "Olá Joaquim,\n\nAgradecemos o seu interesse no Banco Mirante e a sua candidatura à posição de Analista FP&A.\n\nApós uma análise cuidada, informamos que não iremos avançar com a sua candidatura nesta fase.\n\nContinue a acompanhar as nossas oportunidades.\n\nEquipa de Recrutamento",
    ),
    # --- 19 Quinta do Sado (Indeed, forwarded from old address) ----------------------------------
    ml(
        "61120",
        "2025-12-01 21:10",
        "Joaquim Ndala <jndala@hotmail.com>",
        "ENC: Candidatura enviada: Contabilista - Quinta do Sado Vinhos, S.A.",
        A("confirmation", QS, QSR, 19, "indeed"),
        "\n\n________________________________\nDe: Indeed <indeedapply@indeed.com>\nEnviado: 1 de dezembro de 2025 20:58\nPara: jndala@hotmail.com\nAssunto: Candidatura enviada: Contabilista - Quinta do Sado Vinhos, S.A.\n\nCandidatura enviada\n\nContabilista\nQuinta do Sado Vinhos, S.A. - Setúbal\n\nOs seguintes itens foram enviados para Quinta do Sado Vinhos, S.A. Boa sorte!\n- Currículo\n- Carta de apresentação",
    ),
    # --- 20 BZI Maputo (direct) -> withdrawn ------------------------------------------------------
    mz(
        "61140",
        "2025-10-28 09:30",
        "Recrutamento BZI <recrutamento@bzi.co.mz>",
        "RE: Candidatura espontânea - Analista Financeiro Sénior",
        A("confirmation", BZ, BZR, 20, "direct"),
        "Estimado Sr. Joaquim Ndala,\n\nAcusamos a receção da sua candidatura para a vaga de Analista Financeiro Sénior, publicada no nosso portal.\n\nO processo de triagem decorre até 15 de novembro. Os candidatos pré-selecionados serão contactados.\n\nAtenciosamente,\nDireção de Recursos Humanos\nBanco Zambeze de Investimento, S.A. – Maputo, Moçambique",
    ),
    mz(
        "61155",
        "2025-11-24 14:45",
        "Lurdes Macuácua <lurdes.macuacua@bzi.co.mz>",
        "BZI - Convite para entrevista (Teams)",
        A("interview", BZ, BZR, 20, "direct"),
        "Estimado Joaquim,\n\nTemos o prazer de o convidar para uma entrevista virtual com o painel da Direção Financeira do BZI.\n\nData: 2 de dezembro de 2025, 10h00 (Maputo) / 09h00 (Luanda)\nPlataforma: Microsoft Teams – convite em anexo.\n\nAtenciosamente,\nLurdes Macuácua\nRecursos Humanos",
        ics={
            "start": "2025-12-02 10:00:00 +0200",
            "minutes": 60,
            "organizer": ("Lurdes Macuácua", "lurdes.macuacua@bzi.co.mz"),
            "uid": "040000008200E00074C5B7101A82E00800000000E7E7A1A1",
            "summary": "Entrevista – Analista Financeiro Sénior – Joaquim Ndala",
            "location": "Microsoft Teams",
            "style": "outlook",
        },
    ),
    ml(
        "61170",
        "2025-12-10 11:02",
        "Joaquim Ndala <joaquim.ndala@gmail.com>",
        "Desistência do processo - Analista Financeiro Sénior",
        A("confirmation", BZ, BZR, 20, "direct"),
        "Estimada Dra. Lurdes,\n\nAgradeço a oportunidade e a entrevista da semana passada. Venho informar que aceitei uma proposta em Luanda e, por isso, retiro a minha candidatura ao processo de Analista Financeiro Sénior.\n\nDesejo ao BZI as maiores felicidades.\n\nCom os melhores cumprimentos,\nJoaquim Ndala",
        to="Lurdes Macuácua <lurdes.macuacua@bzi.co.mz>",
        st="withdrawn",
    ),
    mz(
        "61172",
        "2025-12-10 15:30",
        "Lurdes Macuácua <lurdes.macuacua@bzi.co.mz>",
        "RE: Desistência do processo - Analista Financeiro Sénior",
        A("confirmation", BZ, BZR, 20, "direct"),
        "Estimado Joaquim,\n\nTomamos nota da sua desistência e agradecemos a comunicação atempada. Parabéns pela nova função e votos de muito sucesso.\n\nAtenciosamente,\nLurdes Macuácua",
        st="withdrawn",
        **{"In-Reply-To": "<61170.20251210.52@gmail.com>"},
    ),
    # --- 21 Inhaca LNG (Workday, Maputo) - ghosted after assessment ------------------------------
    mz(
        "61190",
        "2025-10-03 12:00",
        "Inhaca LNG <inhacalng@myworkday.com>",
        "Application received: Finance Analyst – Maputo",
        A("confirmation", IL, ILR, 21, "workday", "en"),
        "Hello Joaquim,\n\nThank you for applying for Finance Analyst (JR-3391) with Inhaca LNG Services, Lda. We are reviewing applications and will contact you if your experience matches our requirements.\n\nPlease note that Portuguese and English are required for this position.\n\nInhaca LNG Talent Team",
    ),
    mz(
        "61206",
        "2025-10-16 07:30",
        "Inhaca LNG Assessments <no-reply@testgrid-online.com>",
        "Inhaca LNG – complete your numerical reasoning test",
        A("assessment", IL, ILR, 21, "other", "en"),
        "Dear Joaquim,\n\nInhaca LNG has invited you to complete an online assessment as part of your application for Finance Analyst.\n\nAssessment: Numerical Reasoning (Finance) – approx. 30 minutes\nDeadline: 23 October 2025\n\nBegin assessment: https://app.testgrid-online.com/invite/ILNG-4412-JN\n\nIf you need adjustments, contact the employer directly.\n\nTestGrid on behalf of Inhaca LNG",
    ),
    # --- 22 Banco Lúrio via Kalahari Executive Search -> on hold ---------------------------------
    mz(
        "61220",
        "2025-12-12 10:14",
        "Tendai Chirwa <tendai@kalahari-search.co.za>",
        "Gestor de Controlo Financeiro – banco de referência, Maputo",
        ("outreach", None, BLR, None, "agency", "pt"),
        "Caro Joaquim,\n\nSou consultor da Kalahari Executive Search (escritórios em Joanesburgo e Maputo). Estamos a conduzir, em exclusividade, a pesquisa para um Gestor de Controlo Financeiro para um banco de referência em Maputo, em forte crescimento.\n\nO seu percurso em banca e telecomunicações em Angola encaixa bem. Estaria aberto a uma conversa confidencial?\n\nCumprimentos,\nTendai Chirwa\nPrincipal Consultant",
    ),
    mz(
        "61231",
        "2025-12-19 17:40",
        "Tendai Chirwa <tendai@kalahari-search.co.za>",
        "RE: Gestor de Controlo Financeiro – Banco Lúrio",
        A("confirmation", BL, BLR, 22, "agency"),
        "Caro Joaquim,\n\nObrigado pela conversa e por aceitar avançar, mesmo estando a iniciar funções em janeiro. Como prometido, posso agora revelar que o cliente é o Banco Lúrio. Submeti hoje o seu perfil à Direção de Recursos Humanos do banco.\n\nVolto a contactá-lo em janeiro.\n\nTendai",
    ),
    mz(
        "61240",
        "2026-01-27 09:05",
        "Tendai Chirwa <tendai@kalahari-search.co.za>",
        "Banco Lúrio – ponto de situação",
        A("confirmation", BL, BLR, 22, "agency"),
        "Caro Joaquim,\n\nUm ponto de situação: o Banco Lúrio decidiu suspender o recrutamento para esta função até à aprovação do novo orçamento pelo Conselho de Administração (previsto para abril). A sua candidatura mantém-se na shortlist e retomaremos assim que houver luz verde.\n\nLamento o compasso de espera.\n\nTendai Chirwa\nKalahari Executive Search",
        st="on_hold",
    ),
    # --- 23 Nexa Telecom Moçambique (LinkedIn) - viewed, ghosted --------------------------------
    ml(
        "61260",
        "2025-09-29 22:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Joaquim, your application was sent to Nexa Telecom",
        A("confirmation", NX, NXR, 23, "linkedin", "en"),
        html="<html><body><p>Your application was sent to Nexa Telecom</p><p><b>Senior Accountant</b><br>Nexa Telecom Moçambique, S.A. · Maputo, Mozambique (On-site)</p><p>Applied on September 29, 2025</p></body></html>",
    ),
    ml(
        "61268",
        "2025-10-06 06:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Nexa Telecom",
        A("viewed", NX, NXR, 23, "linkedin", "en"),
        html="<html><body><p>Good news, Joaquim! Your application for <b>Senior Accountant</b> was viewed by Nexa Telecom.</p><p>Employers often review applications over several days.</p></body></html>",
    ),
    # --- alerts ------------------------------------------------------------------------------------
    ml(
        "61300",
        "2025-09-05 07:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"financial analyst": 14 new jobs in Luanda',
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Your job alert for <b>financial analyst</b> in Luanda, Angola</p><ul><li>Financial Analyst – Halvorsen Energy Angola – Luanda</li><li>Analista Financeiro – Banco Kuito – Luanda</li><li>Cost Accountant – Tropical Drilling Services – Luanda</li></ul><p><a href='https://www.linkedin.com/jobs/search'>See all jobs</a></p></body></html>",
    ),
    ml(
        "61301",
        "2025-10-14 07:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"contabilista": 9 new jobs in Luanda',
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Your job alert for <b>contabilista</b></p><ul><li>Contabilista Sénior – Unimov – Talatona</li><li>Contabilista – Hotel Baía Azul – Luanda</li><li>Técnico de Contabilidade – Agro Dande – Bengo</li></ul></body></html>",
    ),
    ml(
        "61302",
        "2025-11-22 07:03",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"FP&A": new jobs in Lisbon and Maputo',
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>New jobs match your preferences</p><ul><li>FP&amp;A Analyst – AfriConnect Angola – Luanda (Hybrid)</li><li>Analista FP&amp;A – Banco Mirante – Lisboa</li><li>Finance Business Partner – Rovena Foods – Maputo</li></ul></body></html>",
    ),
    ml(
        "61310",
        "2025-09-12 06:30",
        "Indeed <alert@indeed.com>",
        "Novas vagas de Contabilista em Luanda",
        ("alert", None, None, None, "indeed", "pt"),
        html="<html><body><p>Contabilista em Luanda</p><p><b>Contabilista</b> – Luanda Logística, Lda – Viana</p><p><b>Assistente Administrativo-Financeiro</b> – Clínica Sagrada Esperança Sul – Luanda</p><p>Candidatura fácil</p></body></html>",
    ),
    ml(
        "61311",
        "2025-11-29 06:31",
        "Indeed <alert@indeed.com>",
        "Contabilista - 12 novas vagas em Lisboa, Setúbal",
        ("alert", None, None, None, "indeed", "pt"),
        html="<html><body><p><b>Contabilista</b> – Quinta do Sado Vinhos, S.A. – Setúbal</p><p><b>Técnico de Contabilidade</b> – Gabinete Ribeira &amp; Filhos – Lisboa</p></body></html>",
    ),
    ml(
        "61320",
        "2025-10-01 08:00",
        "EmpregosAngola <noreply@empregosangola.co.ao>",
        'Alerta de emprego: 7 novas ofertas para "contabilidade"',
        ("alert", None, None, None, "other", "pt"),
        'Olá Joaquim,\n\nEncontrámos 7 novas ofertas que correspondem ao seu alerta "contabilidade – Luanda":\n\n- Contabilista – Cervejas Mulemba, S.A. – Viana\n- Chefe de Contabilidade – Grupo Ngola Comercial – Luanda\n- Contabilista Júnior – Escola Internacional do Futungo\n\nVer todas as ofertas em empregosangola.co.ao\n\nEquipa EmpregosAngola',
    ),
    ml(
        "61321",
        "2026-01-12 08:00",
        "EmpregosAngola <noreply@empregosangola.co.ao>",
        'Alerta de emprego: 4 novas ofertas para "analista financeiro"',
        ("alert", None, None, None, "other", "pt"),
        'Olá Joaquim,\n\n4 novas ofertas para o seu alerta "analista financeiro – Luanda":\n\n- Analista Financeiro – Seguradora Kianda\n- Controller – Petrolog Angola\n\nEquipa EmpregosAngola',
    ),
    ml(
        "61330",
        "2025-09-04 12:15",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Welcome to the Halvorsen Talent Community",
        ("alert", "Halvorsen Energy Angola", None, None, "workday", "en"),
        "Hi Joaquim,\n\nThanks for joining the Halvorsen Talent Community. We'll send you job alerts and news about careers in energy that match your interests (Finance, Angola).\n\nHalvorsen Talent Acquisition",
    ),
    ml(
        "61340",
        "2025-11-16 09:00",
        "Unimov Telecomunicações S.A. <noreply@smartrecruiters.com>",
        "Continue a sua candidatura: Analista de Tesouraria",
        ("alert", "Unimov", "Analista de Tesouraria", None, "smartrecruiters", "pt"),
        "Olá Joaquim,\n\nReparámos que começou uma candidatura para Analista de Tesouraria na Unimov Telecomunicações S.A. mas ainda não a concluiu.\n\nConclua-a aqui antes do fecho da vaga: https://jobs.smartrecruiters.com/oneclick-ui/company/UnimovTelecomunicacoesSA\n\nEquipa de Talento Unimov",
    ),
    # --- outreach ----------------------------------------------------------------------------------
    ml(
        "61400",
        "2025-10-20 13:45",
        "Gareth Owusu via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Finance Business Partner – Luanda (oil & gas)",
        ("outreach", None, "Finance Business Partner", None, "linkedin", "en"),
        "Hi Joaquim,\n\nI'm a recruiter with Corvus Energy Recruitment. We're supporting a well-known international oilfield services company on a Finance Business Partner hire in Luanda (rotational allowance, USD-linked package). Your background at the telecom and your English caught my eye.\n\nWould you be open to a quick call next week?\n\nGareth Owusu\nCorvus Energy Recruitment | Aberdeen · Luanda",
    ),
    ml(
        "61402",
        "2026-01-14 10:10",
        "Inês Bettencourt <ines.bettencourt@lisbonfinance-recruit.pt>",
        "Oportunidade em Lisboa – Controller (grupo industrial)",
        ("outreach", None, "Controller", None, "agency", "pt"),
        "Olá Joaquim,\n\nVi o seu perfil e gostaria de saber se pondera mudar-se para Lisboa. Tenho em mãos uma posição de Controller para um grupo industrial português com filiais em Angola e Moçambique.\n\nPodemos falar?\n\nInês Bettencourt\nLisbon Finance Recruitment",
    ),
    ml(
        "61405",
        "2026-02-09 16:20",
        "Nádia Tavares <nadia.tavares@petrolog-angola.com>",
        "Controller – Petrolog Angola",
        ("outreach", "Petrolog Angola", "Controller", None, "direct", "pt"),
        "Boa tarde Joaquim,\n\nSou da equipa de RH da Petrolog Angola. Temos uma vaga de Controller e o seu nome foi-nos indicado. Sei que iniciou funções recentemente, mas se tiver interesse no futuro, envie-nos o CV.\n\nCumprimentos,\nNádia Tavares",
    ),
    # --- other job mail -------------------------------------------------------------------------------
    ml(
        "61420",
        "2025-10-02 09:00",
        "Helena Dias <helena.dias@atlantico-talent.co.ao>",
        "Resposta automática: Documentos Norvane",
        ("other_job", None, None, None, "agency", "pt"),
        "Obrigada pela sua mensagem. Estou fora do escritório até 6 de outubro, com acesso limitado ao email. Para assuntos urgentes, contacte recrutamento@atlantico-talent.co.ao.\n\nHelena Dias\nAtlântico Talent Partners",
    ),
    ml(
        "61430",
        "2025-11-28 10:40",
        "BCA Recrutamento <noreply@successfactors.eu>",
        "Questionário sobre a sua experiência de candidatura",
        ("other_job", "BCA", None, None, "other", "pt"),
        "Caro(a) candidato(a),\n\nGostaríamos de conhecer a sua opinião sobre o processo de recrutamento do BCA. O questionário demora 3 minutos e é anónimo.\n\nResponder: https://bca.successfactors.eu/survey/cx-2025\n\nDireção de Capital Humano",
    ),
    ml(
        "61440",
        "2025-09-26 15:00",
        "Meridian Careers <meridian@taleo.net>",
        "Your Meridian career account",
        ("other_job", "Meridian Offshore Angola", None, None, "taleo", "en"),
        "Dear Joaquim Ndala,\n\nYour candidate account has been created. Username: jndala.fin\n\nTo reset your password, use the link on the career section sign-in page.\n\nMeridian Offshore Recruitment",
    ),
]
