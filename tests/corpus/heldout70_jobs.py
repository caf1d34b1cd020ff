# ruff: noqa: E501
"""Corpus 70, Portuguese (pt-PT) job mail (data only): see heldout70.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _lisbon(day: str) -> str:
    return "+0100" if day < "2025-10-26" else "+0000"


m = partial(dated_spec, _lisbon)


def P(cat, co, role, app, src):
    return (cat, co, role, app, src, "pt")


TS, TSR = "Tessela", "Product Designer"
BA, BA1, BA2 = "Banco Atlântida", "UX Designer Sénior", "Service Designer"
CR, CRR = "Caixa Ribeirinha", "UX Lead"
MR, MRR = "Maré Labs", "Founding Product Designer"
IMD, IMDR = "Instituto de Modernização Digital", "Técnico Superior (Design de Serviços)"
OR, ORR = "Orvalho Seguros", "Product Designer"
RS, RSR = "Rede Saúde Mais", "UX/UI Designer"
PG, PGR = "Pontografia", "UI Designer"
CV, CVR = "Codevasco", "Product Designer"
SD, SDR = "Sardinha", "Senior Product Designer"
LE, LER = "Lumio Energia", "UX Designer"
TV, TVR = "Travessa", "Product Designer, E-commerce"
AZ, AZR = "Azulejo Studio", "Design Systems Designer"
FX, FXR = "Fluxo Mobility", "Product Designer"
QN, QNR = "Quinta Nova Hotels", "Digital Product Designer"
MA, MAR = "Moinho Analytics", "UX Designer"
CA, CAR = "Carrinho", "Senior UX Designer"

GRUPO = "Grupo Atlântida Recrutamento <recrutamento@grupoatlantida.pt>"
TALENTIA = "Marta Quintela | Talentia <marta.quintela@talentia-rh.pt>"
RIBEIRA = "Duarte Sequeira <duarte.sequeira@ribeiratalent.pt>"
SARD = "Joana Bettencourt <joana.bettencourt@sardinha.pt>"

MAIL: list[dict[str, Any]] = [
    # --- 1 Tessela, Product Designer (Teamtailor) ----------------------------------------
    m(
        "70101",
        "2025-09-03 10:41",
        "Tessela <no-reply@teamtailor-mail.com>",
        "Obrigado pela tua candidatura, Beatriz!",
        P("confirmation", TS, TSR, 1, "teamtailor"),
        "Olá Beatriz,\n\nObrigado pelo teu interesse na Tessela e pela candidatura à vaga de Product Designer.\n\nA nossa equipa vai olhar com calma para o teu portefólio e damos-te notícias nas próximas duas semanas. Se não fores selecionada para a fase seguinte, avisamos-te na mesma - ninguém fica sem resposta.\n\nEntretanto, podes conhecer melhor a equipa em tessela.teamtailor.com.\n\nAbraço,\nEquipa de Pessoas da Tessela",
    ),
    m(
        "70102",
        "2025-09-11 16:05",
        "Rita Sampaio <rita.sampaio@tessela.io>",
        "Tessela | Conversa inicial",
        P("interview", TS, TSR, 1, "direct"),
        "Olá Beatriz,\n\nGostámos muito do teu portefólio, sobretudo do caso do onboarding da app de saúde. Queríamos marcar uma primeira conversa de 30 minutos comigo (People) e com o Nuno, o nosso Head of Design.\n\nPodes escolher um horário aqui: https://calendly.com/rita-tessela/conversa-inicial\n\nAté breve,\nRita Sampaio\nTalent Partner · Tessela\nRua do Grilo 12, 1950-144 Lisboa",
    ),
    m(
        "70103",
        "2025-09-11 18:22",
        "Calendly <notifications@calendly.com>",
        "Novo evento: Rita Sampaio e Beatriz Valadares Lobo - 16 set 2025",
        P("interview", TS, TSR, 1, "other"),
        "Olá Beatriz Valadares Lobo,\n\nO seu evento está agendado.\n\nEvento: Conversa inicial - Tessela\nData: terça-feira, 16 de setembro de 2025, 11:00 - 11:30 (Hora de Lisboa)\nLocal: Google Meet (o link será enviado pelo organizador)\n\nPrecisa de fazer alterações? Reagendar ou cancelar: https://calendly.com/reschedulings/7f2c\n\nCom tecnologia Calendly",
        ics={
            "start": "2025-09-16 11:00:00 +0100",
            "minutes": 30,
            "organizer": ("Rita Sampaio", "rita.sampaio@tessela.io"),
            "uid": "cal-7f2c41@calendly.com",
            "summary": "Conversa inicial - Tessela",
            "location": "Google Meet",
            "attendees": [("Nuno Falcão", "nuno.falcao@tessela.io")],
        },
    ),
    m(
        "70104",
        "2025-09-19 12:30",
        "Rita Sampaio <rita.sampaio@tessela.io>",
        "Próximo passo: desafio de design",
        P("assessment", TS, TSR, 1, "direct"),
        "Olá Beatriz,\n\nObrigada pela conversa de terça! Para avançar, pedimos-te um pequeno desafio: redesenhar o fluxo de convite de colegas no nosso produto (enunciado em anexo). Não esperamos mais de 4 a 6 horas de trabalho - não queremos pixel perfect, queremos perceber como pensas.\n\nPrazo: 29 de setembro. Envia em PDF ou link Figma.\n\nQualquer dúvida, diz!\nRita",
        attach=[
            (
                "Tessela_desafio_design.txt",
                "text/plain",
                "Desafio: fluxo de convite de colegas. Contexto, restrições e o que esperamos ver.",
            )
        ],
    ),
    m(
        "70105",
        "2025-10-08 09:14",
        "Tessela <no-reply@teamtailor-mail.com>",
        "Atualização sobre o processo",
        P("rejection", TS, TSR, 1, "teamtailor"),
        "Olá Beatriz,\n\nAntes de mais, obrigado pelo tempo e cuidado que puseste no desafio - a equipa de design comentou a clareza com que explicaste as tuas decisões.\n\nDepois de muita ponderação, decidimos seguir com outra pessoa cujo percurso em produtos B2B se aproxima mais do que precisamos neste momento.\n\nSabemos que não é a notícia que esperavas. Gostávamos de manter o contacto e voltar a falar contigo no futuro.\n\nTudo de bom,\nRita e equipa Tessela",
    ),
    # --- 2 Banco Atlântida, UX Designer Sénior (SmartRecruiters, mail from the group) -----
    m(
        "70201",
        "2025-09-05 21:48",
        "Grupo Atlântida <noreply@smartrecruiters.com>",
        "Confirmação de candidatura - UX Designer Sénior",
        P("confirmation", BA, BA1, 2, "smartrecruiters"),
        html="<html><body><p>Exma. Senhora Beatriz Valadares Lobo,</p><p>Agradecemos o interesse demonstrado em integrar o Grupo Atlântida. Confirmamos a receção da sua candidatura à posição <b>UX Designer Sénior</b> (Ref. GA-2025-0917), Direção de Canais Digitais.</p><p>A sua candidatura será analisada pela equipa de Recrutamento e Seleção. Caso o seu perfil não venha a ser selecionado, informá-la-emos por esta via.</p><p>Com os melhores cumprimentos,<br>Direção de Capital Humano<br>Grupo Atlântida, SGPS, S.A.</p><p style='font-size:11px;color:#777'>Este email foi enviado automaticamente através de SmartRecruiters. Por favor não responda.</p></body></html>",
    ),
    m(
        "70202",
        "2025-09-24 15:02",
        GRUPO,
        "Entrevista - Ref. GA-2025-0917",
        P("interview", BA, BA1, 2, "direct"),
        "Exma. Senhora Beatriz Lobo,\n\nNa sequência da sua candidatura, temos o prazer de a convidar para uma entrevista com a equipa de Experiência Digital do Banco Atlântida, no dia 1 de outubro, às 14h30, no Edifício Atlântida, Av. José Malhoa 27, Piso 4, Lisboa.\n\nAgradecemos que confirme a sua disponibilidade respondendo a este email. Deverá trazer documento de identificação.\n\nCom os melhores cumprimentos,\n\nSofia Meireles\nTécnica de Recrutamento e Seleção\nDireção de Capital Humano | Grupo Atlântida, SGPS, S.A.\n\nEsta mensagem e eventuais anexos são confidenciais e destinam-se exclusivamente ao destinatário.",
    ),
    m(
        "70203",
        "2025-10-20 11:10",
        GRUPO,
        "A sua candidatura",
        P("rejection", BA, BA1, 2, "direct"),
        "Exma. Senhora Beatriz Valadares Lobo,\n\nAgradecemos a sua disponibilidade e o tempo dedicado ao processo de recrutamento para a função de UX Designer Sénior.\n\nApós análise cuidada de todas as candidaturas, informamos que não foi possível dar continuidade à sua candidatura nesta fase. Os seus dados permanecerão na nossa base de dados durante 24 meses, para futuras oportunidades, salvo indicação em contrário.\n\nDesejamos-lhe os maiores sucessos profissionais.\n\nCom os melhores cumprimentos,\nDireção de Capital Humano\nGrupo Atlântida, SGPS, S.A.",
    ),
    # --- 3 Banco Atlântida, Service Designer ---------------------------------------------
    m(
        "70301",
        "2025-10-02 08:55",
        "Grupo Atlântida <noreply@smartrecruiters.com>",
        "Confirmação de candidatura - Service Designer",
        P("confirmation", BA, BA2, 3, "smartrecruiters"),
        html="<html><body><p>Exma. Senhora Beatriz Valadares Lobo,</p><p>Confirmamos a receção da sua candidatura à posição <b>Service Designer</b> (Ref. GA-2025-1002), Banco Atlântida - Direção de Transformação.</p><p>Caso o seu perfil não venha a ser selecionado, informá-la-emos por esta via.</p><p>Com os melhores cumprimentos,<br>Direção de Capital Humano<br>Grupo Atlântida, SGPS, S.A.</p></body></html>",
    ),
    m(
        "70302",
        "2025-11-14 17:40",
        "Grupo Atlântida <noreply@smartrecruiters.com>",
        "Service Designer - Ponto de situação",
        P("rejection", BA, BA2, 3, "smartrecruiters"),
        html="<html><body><p>Exma. Senhora Beatriz Valadares Lobo,</p><p>Agradecemos o seu interesse na posição Service Designer. Lamentamos informar que optámos por prosseguir com outros candidatos cujo perfil se adequa mais às necessidades atuais da função.</p><p>Com os melhores cumprimentos,<br>Grupo Atlântida, SGPS, S.A.</p></body></html>",
    ),
    # --- 4 Caixa Ribeirinha via Talentia (agency, client named later) --------------------
    m(
        "70401",
        "2025-09-09 10:20",
        TALENTIA,
        "Oportunidade UX Lead - cliente do setor bancário",
        ("outreach", None, CRR, None, "agency", "pt"),
        "Olá Beatriz,\n\nEncontrei o seu perfil no LinkedIn e creio que pode ter interesse numa oportunidade que estamos a gerir em exclusivo.\n\nO nosso cliente, uma instituição do setor bancário com sede em Lisboa, procura um(a) UX Lead para liderar uma equipa de 4 designers na reformulação da app de particulares. Modelo híbrido (2 dias no escritório), pacote competitivo.\n\nTeria disponibilidade para uma conversa telefónica esta semana?\n\nCumprimentos,\nMarta Quintela\nSenior Consultant | Digital & Tech\nTalentia Recursos Humanos, Lda.\n+351 912 480 331",
    ),
    m(
        "70402",
        "2025-09-12 18:03",
        TALENTIA,
        "RE: Oportunidade UX Lead - cliente do setor bancário",
        ("outreach", None, CRR, None, "agency", "pt"),
        "Olá Beatriz,\n\nObrigada pela conversa de hoje. Como combinado, vou avançar com a apresentação do seu perfil ao cliente; só lhe peço que me envie o CV atualizado e a pretensão salarial.\n\nAssim que tiver retorno, dou notícias.\n\nCumprimentos,\nMarta\n\n-----Mensagem original-----\nDe: Beatriz Valadares Lobo\nEnviada: 9 de setembro de 2025 12:01\nAssunto: Re: Oportunidade UX Lead\n\nOlá Marta, tenho interesse, sim. Pode ser quinta ao fim da tarde?",
        headers={"In-Reply-To": "<70401.20250909.48@talentia-rh.pt>"},
    ),
    m(
        "70403",
        "2025-09-22 09:31",
        TALENTIA,
        "Candidatura apresentada - UX Lead (Caixa Ribeirinha)",
        P("confirmation", CR, CRR, 4, "agency"),
        "Olá Beatriz,\n\nBoas notícias: o seu perfil foi apresentado hoje ao cliente, que posso agora revelar - trata-se da Caixa Ribeirinha (Caixa de Crédito Ribeirinha, CRL).\n\nA equipa de Canais Digitais vai rever até ao final da próxima semana. Entretanto peço sigilo sobre o nome do cliente.\n\nCumprimentos,\nMarta Quintela\nTalentia Recursos Humanos, Lda.",
    ),
    m(
        "70404",
        "2025-10-03 14:12",
        TALENTIA,
        "Entrevista Caixa Ribeirinha - 9 de outubro",
        P("interview", CR, CRR, 4, "agency"),
        "Olá Beatriz,\n\nA Caixa Ribeirinha gostaria de a conhecer! A entrevista será com a Diretora de Canais Digitais, Dra. Helena Paiva, e com o responsável de produto, no dia 9 de outubro às 10h00, na sede (Rua do Ouro 88, Lisboa). Duração prevista: 1 hora.\n\nPode preparar 2 casos do portefólio, de preferência com métricas de impacto.\n\nConfirma?\n\nMarta",
    ),
    m(
        "70405",
        "2025-10-10 19:26",
        TALENTIA,
        "RE: Entrevista Caixa Ribeirinha - 9 de outubro",
        P("interview", CR, CRR, 4, "agency"),
        "Olá Beatriz,\n\nFalei com o cliente e o feedback foi muito positivo. Querem uma segunda conversa, desta vez com o administrador executivo do pelouro digital. Estou a acertar datas e volto a contactar.\n\nMarta\n\n> Olá Marta, correu bem, obrigada pela preparação!",
    ),
    # (4) ghosted after that: Talentia never comes back.
    # --- 5 Maré Labs, founding designer (Landing.jobs, then the founder's Gmail) ----------
    m(
        "70501",
        "2025-10-06 22:15",
        "Landing.jobs <hello@landing.jobs>",
        "Candidatura enviada: Founding Product Designer @ Maré Labs",
        P("confirmation", MR, MRR, 5, "other"),
        html="<html><body><h2>A tua candidatura foi enviada 🚀</h2><p>Olá Beatriz,</p><p>A tua candidatura para <b>Founding Product Designer</b> na <b>Maré Labs</b> foi enviada com sucesso. A empresa costuma responder em 9 dias.</p><p>Vamos manter-te a par de cada passo no teu painel.</p><p>Boa sorte!<br>Equipa Landing.jobs</p></body></html>",
    ),
    m(
        "70502",
        "2025-10-09 23:48",
        "Tiago Mendonça <tiago.mendonca.mare@gmail.com>",
        "olá Beatriz - Maré",
        P("interview", MR, MRR, 5, "direct"),
        "Olá Beatriz!\n\nSou o Tiago, um dos fundadores da Maré (a plataforma de gestão de marinas que viste no Landing). Vi a tua candidatura e adorei o projeto de sinalética do Oceanário que tens no portefólio.\n\nEstamos ainda só 6 pessoas, por isso nada de processos muito formais: apetece-te tomar um café comigo e com a Leonor (CTO) na próxima semana? Estamos num cowork em Alcântara. Terça ou quarta depois das 16h?\n\nAbraço,\nTiago\n\n--\nTiago Mendonça\nCo-founder & CEO, Maré Labs\nEnviado do meu telemóvel",
    ),
    m(
        "70503",
        "2025-10-16 19:02",
        "Tiago Mendonça <tiago.mendonca.mare@gmail.com>",
        "Re: olá Beatriz - Maré",
        P("assessment", MR, MRR, 5, "direct"),
        "Beatriz, obrigado pelo café, foi mesmo bom conversar.\n\nComo falámos, partilho o mini desafio: pensa como seria o ecrã de check-in de um barco numa marina, do ponto de vista do marinheiro. Uma ou duas páginas chegam, sem pressa - até dia 27?\n\nAbraço\nT.\n\nNo dia qua., 15/10/2025 às 18:40, Beatriz Valadares Lobo escreveu:\n> Olá Tiago, obrigada eu! Fico à espera do desafio.",
        headers={"In-Reply-To": "<70502.20251009.18@gmail.com>"},
    ),
    m(
        "70504",
        "2025-11-07 13:33",
        "Tiago Mendonça <tiago.mendonca.mare@gmail.com>",
        "Re: olá Beatriz - Maré",
        P("rejection", MR, MRR, 5, "direct"),
        "Olá Beatriz,\n\nDesculpa a demora, as últimas semanas foram de loucos com a ronda de investimento.\n\nO teu desafio foi dos melhores que recebemos e a Leonor ficou fã. Mas acabámos por decidir adiar a contratação de design e avançar primeiro com mais uma pessoa de engenharia - simplesmente não temos runway para as duas agora. Não quero deixar-te pendurada, por isso prefiro dizer-te já que não vamos avançar.\n\nSe as coisas mudarem no próximo ano, és a primeira pessoa a quem ligo.\n\nUm abraço e obrigado,\nTiago",
    ),
    # --- 6 IMD, procedimento concursal ---------------------------------------------------
    m(
        "70601",
        "2025-11-04 10:02",
        "Recrutamento IMD <recrutamento@imd.gov.pt>",
        "Procedimento concursal n.º 14/2025 - receção de candidatura",
        P("confirmation", IMD, IMDR, 6, "direct"),
        "Exma. Senhora\nBeatriz Valadares Lobo\n\nAcusamos a receção da sua candidatura ao procedimento concursal comum para o preenchimento de 2 postos de trabalho da carreira e categoria de Técnico Superior (área de Design de Serviços), aviso publicado na Bolsa de Emprego Público com o código OE202510/0419.\n\nA lista dos candidatos admitidos e excluídos será publicitada na página eletrónica do Instituto, sendo os candidatos notificados nos termos da Portaria n.º 233/2022.\n\nCom os melhores cumprimentos,\nO Júri do Procedimento\nInstituto de Modernização Digital, I.P.",
    ),
    m(
        "70602",
        "2025-12-12 15:44",
        "Recrutamento IMD <recrutamento@imd.gov.pt>",
        "Notificação - Procedimento concursal n.º 14/2025 - Prova de conhecimentos",
        P("assessment", IMD, IMDR, 6, "direct"),
        "Exma. Senhora\n\nFica por este meio notificada de que foi admitida ao procedimento concursal em epígrafe, e convocada para a realização da prova de conhecimentos, de natureza teórico-prática e escrita, a realizar no dia 9 de janeiro de 2026, pelas 10h00, nas instalações do IMD, I.P., Rua Alexandre Herculano 21, Lisboa.\n\nA prova tem a duração de 90 minutos, com 15 minutos de tolerância. Deve fazer-se acompanhar de documento de identificação válido.\n\nA lista de candidatos admitidos e a legislação recomendada encontram-se em anexo.\n\nO Presidente do Júri\nInstituto de Modernização Digital, I.P.",
        attach=[
            (
                "Lista_admitidos_PC14-2025.txt",
                "text/plain",
                "Lista de candidatos admitidos - PC 14/2025 - 37 candidatos.",
            )
        ],
    ),
    m(
        "70603",
        "2026-02-06 11:30",
        "Recrutamento IMD <recrutamento@imd.gov.pt>",
        "Notificação - Procedimento concursal n.º 14/2025 - Entrevista profissional de seleção",
        P("interview", IMD, IMDR, 6, "direct"),
        "Exma. Senhora\n\nNotifica-se V. Exa. de que foi aprovada no método de seleção Prova de Conhecimentos, com a classificação de 15,40 valores, sendo convocada para a Entrevista Profissional de Seleção, que terá lugar no dia 19 de fevereiro de 2026, pelas 15h15, nas instalações do Instituto.\n\nA lista de resultados encontra-se afixada e disponível na página eletrónica do IMD, I.P.\n\nO Presidente do Júri",
    ),
    # --- 7 Orvalho Seguros, LinkedIn Easy Apply (ghosted) --------------------------------
    m(
        "70701",
        "2025-09-08 09:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Beatriz, a sua candidatura foi enviada para Orvalho Seguros",
        P("confirmation", OR, ORR, 7, "linkedin"),
        html="<html><body><p>A sua candidatura foi enviada para Orvalho Seguros</p><table><tr><td><b>Product Designer</b><br>Orvalho Seguros · Lisboa, Lisboa, Portugal (Híbrido)</td></tr><tr><td>Candidatou-se em 8 de set de 2025</td></tr></table><p><a href='https://www.linkedin.com/jobs/view/4198812330'>Ver vaga</a></p><p>Agora, tome nota: pode acompanhar a candidatura em A minha atividade.</p><p style='color:#666;font-size:11px'>Este email destina-se a Beatriz Valadares Lobo (UX / Product Designer). LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085.</p></body></html>",
    ),
    m(
        "70702",
        "2025-09-15 07:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "A sua candidatura foi vista por Orvalho Seguros",
        P("viewed", OR, ORR, 7, "linkedin"),
        html="<html><body><p>Olá Beatriz,</p><p>A sua candidatura para <b>Product Designer</b> foi vista por Orvalho Seguros.</p><p><a href='https://www.linkedin.com/jobs/view/4198812330'>Ver candidatura</a></p><p>Continue a procurar: encontrámos mais 14 vagas de Product Designer em Lisboa.</p></body></html>",
    ),
    # --- 8 Rede Saúde Mais, Indeed -------------------------------------------------------
    m(
        "70801",
        "2025-09-10 13:20",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: UX/UI Designer",
        P("confirmation", RS, RSR, 8, "indeed"),
        html="<html><body><p><b>Candidatura enviada</b></p><p>UX/UI Designer<br>Rede Saúde Mais - Lisboa</p><p>Os seguintes itens foram enviados para Rede Saúde Mais: CV (Beatriz_Lobo_CV_2025.pdf), Carta de apresentação.</p><p>Boa sorte na sua pesquisa de emprego!</p><p>Indeed</p></body></html>",
    ),
    m(
        "70802",
        "2025-10-01 10:05",
        "Recursos Humanos RSM <rh@redesaudemais.pt>",
        "A sua candidatura",
        P("rejection", RS, RSR, 8, "direct"),
        "Cara Beatriz,\n\nObrigado pela sua candidatura à função de UX/UI Designer na Rede Saúde Mais.\n\nRecebemos um número muito elevado de candidaturas com perfis de grande qualidade. Infelizmente, a sua candidatura não foi selecionada para a próxima fase.\n\nVotos de sucesso,\nDepartamento de Recursos Humanos\nRede Saúde Mais - Serviços de Saúde, S.A.",
    ),
    # --- 9 Pontografia, Net-Empregos -----------------------------------------------------
    m(
        "70901",
        "2025-09-17 20:11",
        "Net-Empregos <noreply@net-empregos.com>",
        "Net-Empregos: a sua candidatura foi enviada",
        P("confirmation", PG, PGR, 9, "other"),
        'Olá Beatriz Valadares Lobo,\n\nA sua candidatura ao anúncio "UI Designer (m/f) - Lisboa" (ref. 10942211) publicado por Pontografia - Design e Comunicação, Lda. foi enviada com sucesso para o anunciante.\n\nO Net-Empregos não intervém no processo de seleção. Qualquer contacto será feito diretamente pela empresa.\n\nObrigado por utilizar o Net-Empregos.',
    ),
    m(
        "70902",
        "2025-10-14 12:48",
        "Pontografia <geral@pontografia.pt>",
        "Candidatura UI Designer",
        P("rejection", PG, PGR, 9, "direct"),
        "Boa tarde Beatriz,\n\nAgradecemos o envio do seu CV e portefólio, que achámos muito interessante.\n\nNo entanto, a vaga já foi preenchida internamente. Guardaremos o seu contacto para futuras necessidades.\n\nCumprimentos,\nCarla Pimentel\nPontografia - Design e Comunicação, Lda.\nTravessa do Fala-Só 5, Lisboa",
    ),
    # --- 10 Codevasco, ITJobs.pt ---------------------------------------------------------
    m(
        "71001",
        "2025-10-07 11:28",
        "ITJobs.pt <noreply@itjobs.pt>",
        "Candidatura efetuada - Product Designer @ Codevasco",
        P("confirmation", CV, CVR, 10, "other"),
        'Olá Beatriz,\n\nA tua candidatura à oferta "Product Designer" da Codevasco, S.A. foi submetida com sucesso.\n\nPodes acompanhar as tuas candidaturas na tua área pessoal em itjobs.pt/candidaturas.\n\nBoa sorte!\nEquipa ITJobs.pt',
    ),
    m(
        "71002",
        "2025-10-15 09:59",
        "Inês Garrido <ines.garrido@codevasco.com>",
        "Codevasco - entrevista Product Designer",
        P("interview", CV, CVR, 10, "direct"),
        "Olá Beatriz, bom dia,\n\nSou a Inês, da equipa de Talent da Codevasco. Recebemos a sua candidatura através do ITJobs e gostaríamos de agendar uma primeira entrevista por Teams, com cerca de 45 minutos.\n\nEnviei convite para 21/10 às 17h. Se não der jeito, diga-me e ajustamos.\n\nObrigada,\nInês Garrido\nTalent Acquisition | Codevasco",
        ics={
            "style": "outlook",
            "start": "2025-10-21 17:00:00 +0100",
            "minutes": 45,
            "organizer": ("Inês Garrido", "ines.garrido@codevasco.com"),
            "uid": "040000008200E00074C5B7101A82E0080000000010A2C3",
            "summary": "Entrevista Product Designer - Beatriz Valadares Lobo",
            "location": "Reunião do Microsoft Teams",
        },
    ),
    m(
        "71003",
        "2025-11-03 16:20",
        "Inês Garrido <ines.garrido@codevasco.com>",
        "Feedback processo Product Designer",
        P("rejection", CV, CVR, 10, "direct"),
        "Olá Beatriz,\n\nMuito obrigada pela disponibilidade e pela conversa com a equipa. Gostámos muito da forma como apresentou o seu trabalho.\n\nContudo, neste momento procuramos alguém com mais experiência em produtos de dados para ambientes industriais, pelo que não vamos avançar com a sua candidatura.\n\nDesejo-lhe muito sucesso,\nInês",
    ),
    # --- 11 Sardinha, Senior Product Designer (Workable) - accepted ----------------------
    m(
        "71101",
        "2025-10-28 18:37",
        "Sardinha Digital, Lda. <noreply@candidates.workablemail.com>",
        "Obrigado pela sua candidatura à Sardinha Digital, Lda.",
        P("confirmation", SD, SDR, 11, "workable"),
        "Olá Beatriz,\n\nObrigado pela sua candidatura à vaga Senior Product Designer.\n\nA equipa de recrutamento irá analisar o seu perfil e entrará em contacto caso avance para a próxima fase.\n\nCumprimentos,\nSardinha Digital, Lda.\n\n---\nEnviado via Workable · apply.workable.com/sardinha-digital-lda",
    ),
    m(
        "71102",
        "2025-11-06 10:15",
        SARD,
        "SRD | Senior Product Designer - primeira conversa",
        P("interview", SD, SDR, 11, "direct"),
        "Olá Beatriz,\n\nChamo-me Joana e trato do recrutamento na Sardinha. Adorámos o teu portefólio e queríamos muito conversar.\n\nMarquei uma chamada de 30 min para quarta, dia 12, às 15h30 (link no convite). Se não puderes, responde-me e mudamos.\n\nAté já,\nJoana Bettencourt\nPeople & Talent · Sardinha\nsardinha.pt",
        ics={
            "start": "2025-11-12 15:30:00 +0000",
            "minutes": 30,
            "organizer": ("Joana Bettencourt", "joana.bettencourt@sardinha.pt"),
            "uid": "5m1q0r8kbn2j6sdt0c2p@google.com",
            "summary": "Beatriz <> Sardinha (Senior Product Designer)",
            "location": "https://meet.google.com/pvd-ktsn-qwe",
        },
    ),
    m(
        "71103",
        "2025-11-19 11:02",
        SARD,
        "Desafio de portefólio - Sardinha",
        P("assessment", SD, SDR, 11, "direct"),
        "Olá Beatriz!\n\nObrigada pela conversa de dia 12. A equipa quer avançar contigo para a fase de portfolio challenge: vais apresentar um projeto teu (45 min) a três designers e ao nosso VP de Produto, com tempo para perguntas. Em paralelo, pedimos-te que olhes para o checkout da nossa app e prepares 3 a 5 slides com o que melhorarias.\n\nSugerimos a apresentação para dia 2 de dezembro, às 10h, no escritório do Cais do Sodré. Dá-te jeito?\n\nJoana",
    ),
    m(
        "71104",
        "2025-11-20 09:30",
        SARD,
        "Convite: Portfolio challenge - Beatriz Valadares Lobo @ ter, 2 dez 2025 10:00 - 11:30 (WET)",
        P("interview", SD, SDR, 11, "direct"),
        "Foi convidada para o seguinte evento.\n\nPortfolio challenge - Beatriz Valadares Lobo\nQuando: terça, 2 dez 2025 10:00 - 11:30 Hora da Europa Ocidental - Lisboa\nOnde: Sardinha - Cais do Sodré, Rua Nova do Carvalho 31, Lisboa\nConvidados: joana.bettencourt@sardinha.pt, miguel.arez@sardinha.pt, beatriz.vlobo@gmail.com\n\nConvite do Google Calendar",
        ics={
            "start": "2025-12-02 10:00:00 +0000",
            "minutes": 90,
            "organizer": ("Joana Bettencourt", "joana.bettencourt@sardinha.pt"),
            "uid": "2h7c9v0a4e1t3uqh5lw2@google.com",
            "summary": "Portfolio challenge - Beatriz Valadares Lobo",
            "location": "Sardinha - Cais do Sodré, Rua Nova do Carvalho 31, Lisboa",
            "attendees": [("Miguel Arez", "miguel.arez@sardinha.pt")],
        },
    ),
    m(
        "71105",
        "2025-12-09 17:45",
        SARD,
        "Última fase - conversa com a Direção",
        P("interview", SD, SDR, 11, "direct"),
        "Olá Beatriz,\n\nA equipa ficou muito bem impressionada com o challenge (o slide do checkout já anda a circular no Slack!). Falta só uma última conversa de 45 min com o Henrique Vaz, CEO da SRD, e com a Marta Lemos, Diretora de Operações.\n\nPodes dia 17 às 11h, online? Mando convite se confirmares.\n\nJoana",
    ),
    m(
        "71106",
        "2026-01-12 14:20",
        SARD,
        "Proposta - Senior Product Designer",
        P("offer", SD, SDR, 11, "direct"),
        "Olá Beatriz,\n\nÉ com muito gosto que te enviamos a nossa proposta para a função de Senior Product Designer na Sardinha Digital, Lda.\n\nEm anexo encontras a carta-proposta com as condições: contrato sem termo, vencimento base anual de 46.000 EUR em 14 prestações, subsídio de refeição em cartão, seguro de saúde, modelo híbrido e data de início proposta a 2 de fevereiro de 2026.\n\nA proposta é válida até 19 de janeiro. Estou disponível para falar quando quiseres.\n\nUm abraço,\nJoana Bettencourt\nPeople & Talent · Sardinha",
        attach=[
            (
                "Carta_Proposta_BValadaresLobo.txt",
                "text/plain",
                "Carta-proposta. Sardinha Digital, Lda., NIPC 516 882 104. Função: Senior Product Designer.",
            )
        ],
    ),
    m(
        "71107",
        "2026-01-16 10:05",
        SARD,
        "RE: Proposta - Senior Product Designer",
        P("offer", SD, SDR, 11, "direct"),
        "Beatriz,\n\nQue alegria!! Recebemos a proposta assinada - bem-vinda à Sardinha! 🐟\n\nNos próximos dias a equipa de People envia-te a informação para o primeiro dia e os documentos para o contrato (NIF, NISS, IBAN, cartão de cidadão).\n\nAté dia 2!\nJoana\n\n-----Mensagem original-----\nDe: Beatriz Valadares Lobo <beatriz.vlobo@gmail.com>\nEnviado: 15 de janeiro de 2026 22:41\nAssunto: RE: Proposta - Senior Product Designer\n\nOlá Joana, envio em anexo a proposta assinada. Aceito com muito gosto!",
        st="accepted",
        headers={"In-Reply-To": "<71106.20260112.34@sardinha.pt>"},
    ),
    m(
        "71108",
        "2026-01-27 09:00",
        "Sardinha People <people@sardinha.pt>",
        "Bem-vinda à Sardinha - o teu primeiro dia",
        ("other_job", SD, SDR, None, "direct", "pt"),
        "Olá Beatriz,\n\nFalta pouco! Na segunda-feira, 2 de fevereiro, esperamos-te às 9h30 no escritório do Cais do Sodré. O teu buddy vai ser o Miguel Arez.\n\nAntes disso, preenche por favor o formulário de onboarding (dados pessoais, IBAN, tamanho de t-shirt) e assina o regulamento interno.\n\nAté segunda!\nEquipa People · Sardinha Digital, Lda.",
    ),
    # --- 12 Lumio Energia, Recruitee -----------------------------------------------------
    m(
        "71201",
        "2025-10-13 08:40",
        "Lumio Energia <no-reply@recruitee.com>",
        "Recebemos a sua candidatura - UX Designer",
        P("confirmation", LE, LER, 12, "recruitee"),
        html="<html><body><p>Olá Beatriz,</p><p>Obrigado por se candidatar à vaga de <b>UX Designer</b> na Lumio Energia. Recebemos a sua candidatura e vamos analisá-la com atenção.</p><p>Infelizmente não conseguimos responder individualmente a todas as perguntas, mas daremos notícias sobre o estado da sua candidatura.</p><p>Equipa de Talento Lumio</p><p style='font-size:11px'>Powered by Recruitee</p></body></html>",
    ),
    m(
        "71202",
        "2025-10-31 12:12",
        "Lumio Energia <no-reply@recruitee.com>",
        "Atualização da sua candidatura na Lumio Energia",
        P("rejection", LE, LER, 12, "recruitee"),
        html="<html><body><p>Olá Beatriz,</p><p>Agradecemos o interesse em juntar-se à Lumio Energia e o tempo investido na sua candidatura.</p><p>Depois de analisarmos cuidadosamente o seu perfil, decidimos avançar com outras candidaturas que correspondem mais de perto aos requisitos desta função.</p><p>Desejamos-lhe o maior sucesso.</p><p>Equipa de Talento Lumio</p></body></html>",
    ),
    # --- 13 Travessa, SmartRecruiters ----------------------------------------------------
    m(
        "71301",
        "2025-11-05 19:50",
        "Travessa Retail <noreply@smartrecruiters.com>",
        "Obrigado pela sua candidatura - Product Designer, E-commerce",
        P("confirmation", TV, TVR, 13, "smartrecruiters"),
        html="<html><body><p>Olá Beatriz,</p><p>Obrigado pelo seu interesse na Travessa! Recebemos a sua candidatura para <b>Product Designer, E-commerce</b> (Lisboa - Parque das Nações).</p><p>Se o seu perfil corresponder aos requisitos, a nossa equipa entrará em contacto consigo. Caso não seja selecionada, também a iremos informar.</p><p>Até breve,<br>Travessa Retail, S.A.</p></body></html>",
    ),
    m(
        "71302",
        "2025-11-25 10:30",
        "Travessa Retail <noreply@smartrecruiters.com>",
        "Product Designer, E-commerce na Travessa",
        P("rejection", TV, TVR, 13, "smartrecruiters"),
        html="<html><body><p>Olá Beatriz,</p><p>O seu portefólio revela um olhar muito cuidado sobre interfaces e ficámos genuinamente impressionados com o seu trabalho em acessibilidade.</p><p>Ainda assim, após uma análise cuidada, decidimos não avançar com a sua candidatura para esta posição. Esperamos voltar a cruzar-nos no futuro.</p><p>Obrigado,<br>Equipa de Talento Travessa</p></body></html>",
    ),
    # --- 14 Azulejo Studio, Teamtailor - on hold -----------------------------------------
    m(
        "71401",
        "2025-11-10 15:18",
        "Azulejo Studio <no-reply@teamtailor-mail.com>",
        "Recebemos a tua candidatura!",
        P("confirmation", AZ, AZR, 14, "teamtailor"),
        "Olá Beatriz,\n\nObrigado por te candidatares à vaga de Design Systems Designer no Azulejo Studio. Vamos analisar a tua candidatura e entraremos em contacto em breve.\n\nUm abraço,\nAzulejo Studio",
    ),
    m(
        "71402",
        "2025-12-04 11:45",
        "Vasco Lacerda <vasco@azulejo.studio>",
        "Design Systems Designer - ponto de situação",
        P("confirmation", AZ, AZR, 14, "direct"),
        "Olá Beatriz,\n\nQueria dar-te uma atualização honesta: o projeto para o qual estávamos a contratar foi adiado pelo cliente para o segundo trimestre, e por isso decidimos suspender a vaga até termos mais certezas.\n\nA tua candidatura continua ativa e, se reabrirmos o processo, és das primeiras pessoas com quem queremos falar.\n\nObrigado pela paciência,\nVasco Lacerda\nDesign Director, Azulejo Studio",
        st="on_hold",
    ),
    # --- 15 Fluxo Mobility, Landing.jobs (ghosted) ---------------------------------------
    m(
        "71501",
        "2025-11-12 21:30",
        "Landing.jobs <hello@landing.jobs>",
        "Candidatura enviada: Product Designer @ Fluxo Mobility",
        P("confirmation", FX, FXR, 15, "other"),
        html="<html><body><h2>A tua candidatura foi enviada 🚀</h2><p>Olá Beatriz,</p><p>A tua candidatura para <b>Product Designer</b> na <b>Fluxo Mobility</b> foi enviada com sucesso. A empresa costuma responder em 14 dias.</p><p>Equipa Landing.jobs</p></body></html>",
    ),
    m(
        "71502",
        "2025-11-20 08:15",
        "Landing.jobs <hello@landing.jobs>",
        "A Fluxo Mobility viu a tua candidatura 👀",
        P("viewed", FX, FXR, 15, "other"),
        html="<html><body><p>Olá Beatriz,</p><p>Boas notícias: a <b>Fluxo Mobility</b> já abriu a tua candidatura para <b>Product Designer</b>. Vamos avisar-te assim que houver novidades.</p><p>Equipa Landing.jobs</p></body></html>",
    ),
    # --- 16 Quinta Nova Hotels (careers mailbox at the group domain) ---------------------
    m(
        "71601",
        "2025-11-17 12:02",
        "Talento QNH <talento@qnhgroup.com>",
        "Candidatura recebida | Digital Product Designer",
        P("confirmation", QN, QNR, 16, "direct"),
        "Cara Beatriz,\n\nAgradecemos a sua candidatura à posição de Digital Product Designer, submetida através do site quintanovahotels.pt/carreiras.\n\nA nossa equipa de Talento irá analisar o seu perfil. Se não receber notícias nossas nas próximas 4 semanas, considere que a sua candidatura não foi selecionada.\n\nCom os melhores cumprimentos,\nEquipa de Talento\nQNH Hospitality Group",
    ),
    m(
        "71602",
        "2025-11-28 16:38",
        "Sara Tomé <sara.tome@qnhgroup.com>",
        "Entrevista - Digital Product Designer",
        P("interview", QN, QNR, 16, "direct"),
        "Cara Beatriz,\n\nGostaríamos de a convidar para uma entrevista com a equipa de Digital & E-commerce dos nossos hotéis, no dia 4 de dezembro às 11h00, por videochamada.\n\nPode confirmar a sua presença?\n\nCumprimentos,\nSara Tomé\nTalent Acquisition Specialist\nQuinta Nova Hotels & Resorts | QNH Hospitality Group",
    ),
    m(
        "71603",
        "2025-12-18 10:10",
        "Talento QNH <talento@qnhgroup.com>",
        "Processo de recrutamento - Digital Product Designer",
        P("rejection", QN, QNR, 16, "direct"),
        "Cara Beatriz,\n\nMuito obrigado pela sua participação no nosso processo de recrutamento e pelo entusiasmo demonstrado durante a entrevista.\n\nApós uma reflexão cuidada, informamos que o processo seguiu com outro candidato. Esta decisão não foi fácil, dada a qualidade das candidaturas recebidas.\n\nCom os melhores cumprimentos,\nEquipa de Talento\nQNH Hospitality Group",
    ),
    # --- 17 Moinho Analytics (Personio), forwarded confirmation ---------------------------
    m(
        "71701",
        "2025-11-19 22:07",
        "Beatriz Lobo <b.lobo@atelierfolha.pt>",
        "ENC: A sua candidatura na Moinho Analytics",
        P("confirmation", MA, MAR, 17, "personio"),
        "\n\n-----Mensagem original-----\nDe: Moinho Analytics <noreply@mail.personio.de>\nEnviada: quarta-feira, 19 de novembro de 2025 18:55\nPara: Beatriz Lobo <b.lobo@atelierfolha.pt>\nAssunto: A sua candidatura na Moinho Analytics\n\nOlá Beatriz Lobo,\n\nObrigado pela sua candidatura para a posição de UX Designer. Recebemos os seus documentos e iremos analisá-los o mais rapidamente possível.\n\nCom os melhores cumprimentos,\nA sua equipa de recrutamento Moinho Analytics\n\nEsta mensagem foi gerada automaticamente. Por favor não responda.",
    ),
    m(
        "71702",
        "2025-12-03 13:25",
        "Filipa Rocha <filipa.rocha@moinho-analytics.pt>",
        "Convite para entrevista | UX Designer",
        P("interview", MA, MAR, 17, "direct"),
        "Olá Beatriz,\n\nObrigada pela sua candidatura! Gostaríamos de a conhecer melhor numa entrevista online com a nossa Lead Designer.\n\nPor favor escolha o horário que lhe for mais conveniente: https://moinho-analytics.jobs.personio.com/schedule/ab81c2\n\nCumprimentos,\nFilipa Rocha\nPeople Operations",
    ),
    m(
        "71703",
        "2026-01-08 09:50",
        "Moinho Analytics <noreply@mail.personio.de>",
        "A sua candidatura na Moinho Analytics",
        P("rejection", MA, MAR, 17, "personio"),
        "Olá Beatriz Lobo,\n\nMuito obrigado pelo seu interesse e pelo tempo que nos dedicou durante o processo.\n\nLamentamos informar que decidimos avançar com outro candidato para a posição de UX Designer.\n\nCom os melhores cumprimentos,\nA sua equipa de recrutamento Moinho Analytics",
    ),
    # --- 18 Carrinho via Ribeira Talent (agency, client named later) ---------------------
    m(
        "71801",
        "2025-11-21 11:33",
        RIBEIRA,
        "Senior UX Designer | scale-up de e-commerce | Lisboa",
        ("outreach", None, CAR, None, "agency", "pt"),
        "Olá Beatriz,\n\nEspero que esteja tudo bem. Estou a trabalhar numa posição de Senior UX Designer para uma scale-up portuguesa de e-commerce (série B, ~200 pessoas, forte presença em Espanha).\n\nRemoto com 1 dia/semana no escritório de Lisboa. Faixa salarial 45-55k.\n\nFaz sentido falarmos 15 minutos?\n\nObrigado,\nDuarte Sequeira\nPrincipal Consultant - Product & Design\nRibeira Talent Partners",
    ),
    m(
        "71802",
        "2025-11-27 17:10",
        RIBEIRA,
        "RE: Senior UX Designer | scale-up de e-commerce | Lisboa",
        P("confirmation", CA, CAR, 18, "agency"),
        "Olá Beatriz,\n\nObrigado pelo seu tempo ao telefone. Como prometido, o seu CV e portefólio seguiram hoje para o cliente - é a Carrinho (carrinho.pt), tal como falámos.\n\nVolto a dar notícias assim que tiver feedback do Head of Design.\n\nDuarte",
        headers={"In-Reply-To": "<71801.20251121.52@ribeiratalent.pt>"},
    ),
    m(
        "71803",
        "2025-12-05 10:02",
        RIBEIRA,
        "Carrinho - entrevista com Head of Design",
        P("interview", CA, CAR, 18, "agency"),
        "Olá Beatriz,\n\nO cliente quer avançar! Entrevista com a Catarina Dias, Head of Design da Carrinho, dia 11/12 às 14h, Google Meet. Envio o link assim que o receber.\n\nDicas: levar um caso de e-commerce com números e falar do trabalho de design system.\n\nBoa sorte!\nDuarte",
    ),
    m(
        "71804",
        "2025-12-19 12:40",
        RIBEIRA,
        "Carrinho - feedback",
        P("rejection", CA, CAR, 18, "agency"),
        "Olá Beatriz,\n\nTive finalmente o feedback da Carrinho. A Catarina gostou imenso da conversa e do seu pensamento estratégico, mas optaram por um perfil com mais anos de experiência em marketplaces. Lamento!\n\nTenho outras posições a abrir em janeiro e gostava de continuar a contar consigo.\n\nBoas festas,\nDuarte",
    ),
    # --- 19 Tessela again (re-application) -----------------------------------------------
    m(
        "71901",
        "2025-12-15 10:22",
        "Tessela <no-reply@teamtailor-mail.com>",
        "Obrigado pela tua candidatura, Beatriz!",
        P("confirmation", TS, TSR, 19, "teamtailor"),
        "Olá Beatriz,\n\nObrigado pelo teu interesse na Tessela e pela candidatura à vaga de Product Designer.\n\nA nossa equipa vai olhar com calma para o teu portefólio e damos-te notícias nas próximas duas semanas. Se não fores selecionada para a fase seguinte, avisamos-te na mesma.\n\nAbraço,\nEquipa de Pessoas da Tessela",
    ),
    m(
        "71902",
        "2026-01-07 15:30",
        "Rita Sampaio <rita.sampaio@tessela.io>",
        "Re: a tua candidatura",
        P("rejection", TS, TSR, 19, "direct"),
        "Olá Beatriz,\n\nQue bom ver-te outra vez no nosso processo! Quis escrever-te pessoalmente: esta nova vaga acabou por ser preenchida por uma pessoa que já tinha passado pelas fases finais no outono, por isso não vamos avançar desta vez.\n\nNão é nada contra o teu trabalho, a sério. Fica bem e vamos falando.\n\nRita",
    ),
    # --- job mail that is not an application ---------------------------------------------
    m(
        "72001",
        "2025-09-02 07:30",
        "Alertas Net-Empregos <alertas@net-empregos.com>",
        "Novas ofertas: designer ux - Lisboa (6)",
        ("alert", None, None, None, "other", "pt"),
        'Olá Beatriz,\n\nHá 6 novas ofertas para o seu alerta "designer ux - Lisboa":\n\n- UX/UI Designer - Rede Saúde Mais - Lisboa\n- Web Designer Júnior - Agência Moura & Filhos - Amadora\n- UI Designer (m/f) - Pontografia - Lisboa\n- Designer Gráfico - Sintra\n- Product Designer - Oeiras\n- Designer de Comunicação - Lisboa\n\nGerir alertas: net-empregos.com/alertas',
    ),
    m(
        "72002",
        "2025-09-16 06:55",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“product designer”: Orvalho Seguros - Product Designer e mais",
        ("alert", None, None, None, "linkedin", "pt"),
        html="<html><body><p>As suas vagas salvas e novas vagas para <b>product designer</b> em Lisboa</p><ul><li>Product Designer · Orvalho Seguros · Lisboa (Híbrido)</li><li>Senior Product Designer · Sardinha · Lisboa</li><li>UX Designer · Lumio Energia · Porto (Remoto)</li></ul><p><a href='https://www.linkedin.com/jobs/search'>Ver todas as vagas</a></p></body></html>",
    ),
    m(
        "72003",
        "2025-10-21 08:00",
        "ITJobs.pt <alertas@itjobs.pt>",
        "8 novas ofertas correspondem ao teu alerta",
        ("alert", None, None, None, "other", "pt"),
        'Olá Beatriz,\n\nEncontrámos 8 novas ofertas para "UX" em Lisboa:\n\n* Senior Product Designer - Sardinha Digital, Lda.\n* UX Researcher - Bairro Alto Tech\n* UI/UX Designer - Nexo Consulting\n* ...\n\nVê todas em itjobs.pt',
    ),
    m(
        "72004",
        "2025-11-03 09:05",
        "Indeed <alert@indeed.com>",
        "Design Systems Designer e outras 11 vagas em Lisboa",
        ("alert", None, None, None, "indeed", "pt"),
        html="<html><body><p>Novas vagas que correspondem à sua pesquisa: <b>designer</b> em <b>Lisboa</b></p><p>Design Systems Designer - Azulejo Studio - Lisboa<br>Candidatura fácil</p><p>Product Designer, E-commerce - Travessa - Parque das Nações</p><p>Ver mais vagas no Indeed</p></body></html>",
    ),
    m(
        "72005",
        "2025-12-01 07:45",
        "Landing.jobs <newsletter@landing.jobs>",
        "As vagas de design desta semana 🎨",
        ("alert", None, None, None, "other", "pt"),
        html="<html><body><p>Olá Beatriz,</p><p>Escolhemos para ti 5 vagas de design em Portugal:</p><ol><li>Lead Product Designer - Fintech (Lisboa)</li><li>UX Writer - Porto</li><li>Product Designer - Fluxo Mobility</li></ol><p>E ainda: o nosso relatório de salários tech 2025.</p></body></html>",
    ),
    m(
        "72006",
        "2025-09-26 14:00",
        "Grupo Atlântida <noreply@smartrecruiters.com>",
        "Bem-vinda à Comunidade de Talento do Grupo Atlântida",
        ("other_job", BA, None, None, "smartrecruiters", "pt"),
        html="<html><body><p>Olá Beatriz,</p><p>Obrigado por se juntar à nossa Comunidade de Talento. Vamos enviar-lhe oportunidades no Banco Atlântida, Atlântida Seguros e restantes empresas do Grupo que correspondam aos seus interesses.</p><p>Grupo Atlântida, SGPS, S.A.</p></body></html>",
    ),
    m(
        "72007",
        "2025-10-23 19:00",
        "Orvalho Seguros <no-reply@teamtailor-mail.com>",
        "A tua candidatura ainda não está completa",
        ("alert", OR, "UX Researcher", None, "teamtailor", "pt"),
        "Olá Beatriz,\n\nReparámos que começaste uma candidatura para UX Researcher mas não a terminaste. Basta carregar o teu CV para concluir.\n\nConcluir candidatura: orvalho.teamtailor.com\n\nEquipa Orvalho Seguros",
    ),
    m(
        "72008",
        "2025-10-29 10:45",
        "Pedro Almada <pedro.almada@hunterbay.pt>",
        "Product Design Manager - multinacional de telecomunicações",
        ("outreach", None, "Product Design Manager", None, "agency", "pt"),
        "Bom dia Beatriz,\n\nSou consultor na Hunterbay Executive Search e estou a acompanhar uma posição de Product Design Manager para uma multinacional de telecomunicações com hub tecnológico em Lisboa.\n\nSeria possível conversarmos brevemente?\n\nCom os melhores cumprimentos,\nPedro Almada\nHunterbay Executive Search",
    ),
    m(
        "72009",
        "2025-10-03 14:15",
        "Marta Quintela <marta.quintela@talentia-rh.pt>",
        "Ausência: Oportunidade UX Lead - cliente do setor bancário",
        ("other_job", None, None, None, "agency", "pt"),
        "Obrigada pelo seu email. Estou ausente do escritório até 6 de outubro, com acesso limitado ao correio eletrónico. Para assuntos urgentes contacte geral@talentia-rh.pt.\n\nMarta Quintela\nTalentia Recursos Humanos, Lda.",
    ),
    m(
        "72010",
        "2026-01-19 18:20",
        "Duarte Sequeira <duarte.sequeira@ribeiratalent.pt>",
        "Nova posição - Lead Designer (fintech)",
        ("outreach", None, "Lead Designer", None, "agency", "pt"),
        "Olá Beatriz,\n\nBom ano! Como prometido, abriu uma posição de Lead Designer numa fintech portuguesa que acho que é a sua cara. Tem disponibilidade para falar esta semana?\n\nDuarte",
    ),
    m(
        "72011",
        "2025-12-10 09:00",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Beatriz, novas vagas para si: Lead Product Designer e mais",
        ("alert", None, None, None, "linkedin", "pt"),
        html="<html><body><p>Com base no seu perfil</p><p><b>Lead Product Designer</b> - Atlântida Seguros · Lisboa<br><b>UX Designer</b> - Quadrante Digital · Porto</p><p><a href='https://www.linkedin.com/jobs/'>Ver vagas</a></p></body></html>",
    ),
    m(
        "70803",
        "2025-09-18 08:20",
        "Indeed <indeedapply@indeed.com>",
        "A sua candidatura foi vista pelo empregador",
        P("viewed", RS, RSR, 8, "indeed"),
        html="<html><body><p>Boas notícias, Beatriz!</p><p>A sua candidatura para <b>UX/UI Designer</b> foi vista por <b>Rede Saúde Mais</b>.</p><p>Dica: os empregadores costumam responder no prazo de 2 semanas.</p><p>Indeed</p></body></html>",
    ),
    m(
        "71109",
        "2025-12-10 11:02",
        SARD,
        "Convite: Sardinha - conversa final (Henrique Vaz, Marta Lemos) @ qua, 17 dez 2025 11:00 - 11:45 (WET)",
        P("interview", SD, SDR, 11, "direct"),
        "Foi convidada para o seguinte evento.\n\nSardinha - conversa final\nQuando: quarta, 17 dez 2025 11:00 - 11:45 Hora da Europa Ocidental - Lisboa\nOnde: Google Meet\n\nConvite do Google Calendar",
        ics={
            "start": "2025-12-17 11:00:00 +0000",
            "minutes": 45,
            "organizer": ("Joana Bettencourt", "joana.bettencourt@sardinha.pt"),
            "uid": "9x1b7z3c5v8n0m2q4w6e@google.com",
            "summary": "Sardinha - conversa final (Henrique Vaz, Marta Lemos)",
            "location": "https://meet.google.com/srd-finl-bvl",
            "attendees": [
                ("Henrique Vaz", "henrique.vaz@sardinha.pt"),
                ("Marta Lemos", "marta.lemos@sardinha.pt"),
            ],
        },
    ),
    m(
        "72012",
        "2025-10-09 20:00",
        "Tessela <no-reply@teamtailor-mail.com>",
        "Junta-te à Connect da Tessela",
        ("other_job", TS, None, None, "teamtailor", "pt"),
        "Olá Beatriz,\n\nMesmo que esta vaga não tenha dado certo, gostávamos de te manter por perto. Junta-te à Tessela Connect e recebe primeiro as novas vagas de design e produto.\n\nJuntar-me: tessela.teamtailor.com/connect\n\nEquipa Tessela",
    ),
    m(
        "72013",
        "2025-09-07 12:00",
        "Landing.jobs <hello@landing.jobs>",
        "Completa o teu perfil e recebe ofertas de empresas",
        ("alert", None, None, None, "other", "pt"),
        html="<html><body><p>Olá Beatriz,</p><p>O teu perfil está 60 % completo. Acrescenta as tuas expectativas salariais e o link do portefólio para que as empresas te possam contactar diretamente.</p><p>Equipa Landing.jobs</p></body></html>",
    ),
    m(
        "72014",
        "2026-02-09 10:30",
        "Sardinha Digital, Lda. <noreply@candidates.workablemail.com>",
        "Como foi a sua experiência de candidatura?",
        ("other_job", SD, SDR, None, "workable", "pt"),
        "Olá Beatriz,\n\nGostaríamos de saber como correu o processo de recrutamento na Sardinha Digital, Lda. O inquérito demora 2 minutos e é anónimo.\n\nResponder ao inquérito\n\nObrigado!",
    ),
]
