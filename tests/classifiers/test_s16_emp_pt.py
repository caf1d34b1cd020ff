"""Employer and role of Portuguese hiring mail (Portugal and Brazil), as the world writes it.

ATS and HR-system receipts whose sender is a vendor or a no-reply address, people at the
employer writing from the company or a personal mailbox, job boards' receipts (the board is
never the employer), agencies and consultancies for a client (or themselves when the client is
confidential), the public sector and groups, and roles in subjects and bodies.
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from tests.classifiers.probes import employer_test

Classify = Callable[..., Classification]

# (family, sender, display name, subject, body, signature, employer, role or "")
PROBES: list[tuple[str, str, str, str, str, str, str, str]] = [
    # --- (a) ATS and HR-system mail from a vendor or a no-reply address ---
    (
        "ats",
        "no-reply@gupy.example",
        "Equipe de Recrutamento Cervejaria Araucária",
        "Recebemos sua candidatura",
        "Olá, Beatriz!\n\nObrigado por se candidatar à vaga de Analista de Marketing Pleno. "
        "Sua candidatura foi recebida com sucesso e está em análise.\n\nAcompanhe as próximas "
        "etapas pela plataforma.\n\nAbraços,\nTime de Gente",
        "",
        "Cervejaria Araucária",
        "Analista de Marketing Pleno",
    ),
    (
        "ats",
        "naoresponda@kenoby.example",
        "Talentos Grupo Itacolomi",
        "Atualização do processo seletivo",
        "Olá Beatriz,\n\nAgradecemos seu interesse na vaga de Supervisor(a) de Produção. "
        "Neste momento optamos por seguir com outros candidatos.\n\nDesejamos sucesso!\n\n"
        "Equipe de Gente & Gestão | Grupo Itacolomi",
        "",
        "Grupo Itacolomi",
        "Supervisor(a) de Produção",
    ),
    (
        "ats",
        "no-reply@solides.example",
        "",
        "Teste online - Vaga Assistente Financeiro | Laticínios Boa Serra",
        "Olá Beatriz,\n\nVocê avançou para a etapa de teste online. Responda até sexta-feira."
        "\n\nBoa sorte!",
        "",
        "Laticínios Boa Serra",
        "Assistente Financeiro",
    ),
    (
        "ats",
        "noreply@workday.example",
        "Carreiras Tintas Maracanã",
        "Convite para entrevista",
        "Olá Beatriz,\n\nGostaríamos de convidá-la para uma entrevista por vídeo para a posição "
        "de Coordenadora de Compras, na quarta-feira às 14h.\n\nAtenciosamente,\nRecrutamento",
        "",
        "Tintas Maracanã",
        "Coordenadora de Compras",
    ),
    (
        "ats",
        "noreply@recrutei.example",
        "Recrutamento",
        "Proposta de trabalho",
        "Olá Beatriz,\n\nÉ com alegria que apresentamos nossa proposta para a vaga de "
        "Desenvolvedora Front-end. Os detalhes estão no anexo.\n\nUm abraço,\nTime de Talentos "
        "da Jabuticaba Tech",
        "",
        "Jabuticaba Tech",
        "Desenvolvedora Front-end",
    ),
    (
        "ats",
        "no-reply@successfactors.example",
        "Recrutamento Lusocargo",
        "Confirmação de candidatura",
        "Olá Beatriz,\n\nAgradecemos a sua candidatura à oferta Técnico de Logística (m/f) - "
        "Carregado. A sua candidatura será analisada pela nossa equipa.\n\nCom os melhores "
        "cumprimentos,\nEquipa de Recrutamento",
        "",
        "Lusocargo",
        "Técnico de Logística",
    ),
    (
        "ats",
        "noreply@teamtailor.example",
        "Ourivesaria Almada & Filhos",
        "A sua candidatura",
        "Olá Beatriz,\n\nObrigado pelo interesse na função de Consultora de Vendas. "
        "Infelizmente não iremos avançar com a sua candidatura.\n\nCumprimentos,\nOurivesaria "
        "Almada & Filhos",
        "",
        "Ourivesaria Almada & Filhos",
        "Consultora de Vendas",
    ),
    (
        "ats",
        "vagas@notificacoes.example",
        "",
        "Sua candidatura",
        "Olá Beatriz,\n\nRecebemos sua candidatura para a vaga de Auxiliar de Enfermagem. "
        "Em breve entraremos em contato.\n\nAtenciosamente,\nRecursos Humanos - Hospital Santa "
        "Luzia Ltda.",
        "",
        "Hospital Santa Luzia",
        "Auxiliar de Enfermagem",
    ),
    # --- (b) a person at the employer, company domain or personal mailbox ---
    (
        "person",
        "joao.ferreira@sapo.pt",
        "João Ferreira",
        "Candidatura - empregada de mesa",
        "Olá Beatriz,\n\nRecebi a sua candidatura para empregada de mesa. Pode passar no "
        "restaurante sábado às 11h?\n\nCumprimentos,\nJoão Ferreira\nSócio-gerente, Taberna do "
        "Largo, Lda.",
        "",
        "Taberna do Largo",
        "empregada de mesa",
    ),
    (
        "person",
        "lucas.prado@hotmail.com",
        "Lucas Prado",
        "Proposta",
        "Oi Beatriz,\n\nSou o Lucas, fundador da Caju Pagamentos. Queremos te fazer uma proposta "
        "para a vaga de desenvolvedora backend. Podemos falar amanhã?\n\nAbs",
        "",
        "Caju Pagamentos",
        "desenvolvedora backend",
    ),
    (
        "person",
        "mariana.lopes@vinhaverde.example",
        "Mariana Lopes",
        "Feedback do processo",
        "Olá Beatriz,\n\nInfelizmente decidimos avançar com outra candidata para a função de "
        "Enóloga Assistente. Agradeço muito a sua disponibilidade.\n\nCumprimentos,",
        "Mariana Lopes\nTalent Acquisition @ Quinta da Vinha Verde",
        "Quinta da Vinha Verde",
        "Enóloga Assistente",
    ),
    (
        "person",
        "patricia.rh.clinica@gmail.com",
        "Patrícia",
        "Entrevista fisioterapeuta",
        "Olá Beatriz, boa tarde!\n\nAqui é a Patrícia, da Clínica Movimento Vital. Gostaríamos "
        "de agendar sua entrevista para a vaga de fisioterapeuta na terça às 9h.\n\nAtt,\n"
        "Patrícia",
        "",
        "Clínica Movimento Vital",
        "fisioterapeuta",
    ),
    (
        "person",
        "antonio.sousa@contabilsousa.example",
        "Antônio Sousa",
        "Vaga assistente contábil",
        "Prezada Beatriz,\n\nGostaria de convidá-la para uma entrevista para a vaga de "
        "assistente contábil na sexta às 10h em nosso escritório.\n\nAtenciosamente,",
        "Antônio Sousa\nSócio-diretor\nSousa & Matos Contabilidade",
        "Sousa & Matos Contabilidade",
        "assistente contábil",
    ),
    # --- (c) job boards and career sites ---
    (
        "board",
        "noreply@vagas.com.br",
        "Vagas.com",
        "Candidatura realizada",
        "Olá Beatriz,\n\nSua candidatura para a vaga Analista de RH Pleno na empresa "
        "Cooperativa Agrária Vale do Ivaí foi realizada com sucesso.\n\nBoa sorte!",
        "",
        "Cooperativa Agrária Vale do Ivaí",
        "Analista de RH Pleno",
    ),
    (
        "board",
        "nao-responda@catho.com.br",
        "Catho",
        "Processo encerrado",
        "Olá Beatriz,\n\nA empresa Móveis Gaúchos encerrou o processo seletivo da vaga "
        "Projetista de Móveis. Continue se candidatando!",
        "",
        "Móveis Gaúchos",
        "Projetista de Móveis",
    ),
    (
        "board",
        "noreply@net-empregos.com",
        "Net-Empregos",
        "Candidatura enviada",
        'Olá Beatriz,\n\nA sua candidatura ao anúncio "Assistente Administrativa (m/f)" da '
        "empresa Farmácia Central do Porto foi enviada com sucesso.\n\nNet-Empregos",
        "",
        "Farmácia Central do Porto",
        "Assistente Administrativa",
    ),
    (
        "board",
        "jobs-noreply@linkedin.com",
        "LinkedIn",
        "Beatriz, sua candidatura foi enviada para Pitanga Saúde",
        "Sua candidatura foi enviada para Pitanga Saúde\n\nAnalista de Dados Sênior\nPitanga "
        "Saúde · São Paulo (Híbrido)\n\nCandidatura enviada em 2 de maio",
        "",
        "Pitanga Saúde",
        "Analista de Dados Sênior",
    ),
    (
        "board",
        "noreply@indeed.com",
        "Indeed",
        "Candidatura enviada: Operador de Empilhadeira",
        "Sua candidatura foi enviada para Armazéns Paraná Ltda.\n\nOperador de Empilhadeira\n"
        "Armazéns Paraná Ltda. - Curitiba, PR\n\nVeja suas candidaturas em Meus empregos.",
        "",
        "Armazéns Paraná",
        "Operador de Empilhadeira",
    ),
    (
        "board",
        "no-reply@gupy.io",
        "Gupy",
        "Atualização da sua candidatura",
        "Olá Beatriz,\n\nA empresa Sementes Cerrado Vivo atualizou sua candidatura na vaga "
        "Agrônomo(a) de Campo: você avançou para a etapa de entrevista.\n\nEquipe Gupy",
        "",
        "Sementes Cerrado Vivo",
        "Agrônomo(a) de Campo",
    ),
    (
        "board",
        "noreply@infojobs.com.br",
        "InfoJobs",
        "Seu currículo foi visualizado",
        "Olá Beatriz,\n\nA empresa Construtora Alvorada visualizou seu currículo para a vaga de "
        "Técnico em Edificações.",
        "",
        "Construtora Alvorada",
        "Técnico em Edificações",
    ),
    # --- (d) agencies and recruitment firms ---
    (
        "agency",
        "renata.moraes@hunter-rh.example",
        "Renata Moraes",
        "Oportunidade - Gerente Comercial - cliente Frigorífico Pampa",
        "Olá Beatriz,\n\nSou headhunter da Hunter RH e estou conduzindo a vaga de Gerente "
        "Comercial para nosso cliente Frigorífico Pampa, em Porto Alegre. Podemos conversar?\n\n"
        "Renata Moraes\nHunter RH",
        "",
        "Frigorífico Pampa",
        "Gerente Comercial",
    ),
    (
        "agency",
        "ricardo.neves@talentlis.example",
        "Ricardo Neves",
        "Entrevista na Conservas Atlântida",
        "Olá Beatriz,\n\nA Conservas Atlântida gostaria de a entrevistar para a função de "
        "Responsável de Qualidade na terça-feira às 11h, em Peniche.\n\nRicardo Neves\n"
        "Consultor Sénior | Talentlis Recrutamento",
        "",
        "Conservas Atlântida",
        "Responsável de Qualidade",
    ),
    # --- (e) public sector, health, education, groups ---
    (
        "public",
        "rh@prefeitura-itajai.example",
        "Prefeitura Municipal de Itajaí",
        "Processo seletivo simplificado - Agente Administrativo",
        "Prezada candidata,\n\nInformamos que sua inscrição no processo seletivo simplificado "
        "para Agente Administrativo foi homologada. A prova será dia 12.\n\nSecretaria de "
        "Administração",
        "",
        "Prefeitura Municipal de Itajaí",
        "Agente Administrativo",
    ),
    (
        "public",
        "rh@ufsc.example",
        "Departamento de Pessoal",
        "Resultado da seleção",
        "Prezada Beatriz,\n\nInformamos que sua candidatura para a vaga de Técnico de "
        "Laboratório não foi selecionada.\n\nAtenciosamente,\nDepartamento de Pessoal\n"
        "Universidade Federal de Santa Catarina",
        "",
        "Universidade Federal de Santa Catarina",
        "Técnico de Laboratório",
    ),
    (
        "public",
        "talentos@grupo-serrano.example",
        "Grupo Serrano",
        "Sua candidatura",
        "Olá Beatriz,\n\nObrigado por se candidatar à vaga de Analista de Crédito na Serrano "
        "Financeira, empresa do Grupo Serrano. Queremos agendar uma entrevista.\n\nTalentos "
        "Grupo Serrano",
        "",
        "Serrano Financeira",
        "Analista de Crédito",
    ),
    (
        "public",
        "selecao@colegio-saobento.example",
        "Colégio São Bento",
        "Entrevista professora de matemática",
        "Olá Beatriz,\n\nGostaríamos de agendar uma entrevista para a vaga de Professora de "
        "Matemática na quinta às 14h.\n\nCoordenação\nColégio São Bento - Belo Horizonte",
        "",
        "Colégio São Bento",
        "Professora de Matemática",
    ),
    (
        "public",
        "rh@santacasa-franca.example",
        "Santa Casa de Misericórdia de Franca",
        "Processo seletivo - Técnico de Enfermagem",
        "Olá Beatriz,\n\nVocê foi aprovada na etapa de entrevista e convocada para exames "
        "admissionais.\n\nRH",
        "",
        "Santa Casa de Misericórdia de Franca",
        "Técnico de Enfermagem",
    ),
    # --- (f) roles in subjects and bodies ---
    (
        "role",
        "vagas@cafeserrano.example",
        "Café Serrano",
        "Candidatura para a vaga de Barista Líder",
        "Olá Beatriz,\n\nRecebemos sua candidatura. Em breve entraremos em contato.\n\n"
        "Café Serrano",
        "",
        "Café Serrano",
        "Barista Líder",
    ),
    (
        "role",
        "rh@eletroluz.example",
        "Eletroluz",
        "Vaga 4521 - Eletricista de Manutenção (Turno B) - Joinville",
        "Olá Beatriz,\n\nObrigado pela candidatura. Queremos conversar com você na segunda às "
        "10h.\n\nEletroluz",
        "",
        "Eletroluz",
        "Eletricista de Manutenção",
    ),
    (
        "role",
        "recrutamento@navalis.example",
        "Navalis",
        "A sua candidatura: Engenheira Naval – Equipa de Projeto",
        "Olá Beatriz,\n\nObrigado pela sua candidatura. Estamos a analisar o seu perfil.\n\n"
        "Navalis",
        "",
        "Navalis",
        "Engenheira Naval",
    ),
    (
        "role",
        "selecao@agrovale.example",
        "Agrovale",
        "Entrevista",
        "Olá Beatriz,\n\nReferente à sua candidatura como Técnica Agrícola, convidamos você "
        "para uma entrevista na terça às 9h.\n\nAgrovale",
        "",
        "Agrovale",
        "Técnica Agrícola",
    ),
    (
        "role",
        "rh@luztextil.example",
        "Luz Têxtil",
        "Processo seletivo",
        "Olá Beatriz,\n\nInformamos que a vaga de Estilista Júnior foi preenchida. Agradecemos "
        "seu interesse.\n\nLuz Têxtil",
        "",
        "Luz Têxtil",
        "Estilista Júnior",
    ),
    (
        "role",
        "recrutamento@mundivias.example",
        "Mundivias",
        "Convite para entrevista: Técnico de Manutenção Industrial",
        "Olá Beatriz,\n\nEsperamos por si na quarta-feira às 15h nas nossas instalações de "
        "Aveiro.\n\nMundivias",
        "",
        "Mundivias",
        "Técnico de Manutenção Industrial",
    ),
    (
        "role",
        "talentos@bancoaurora.example",
        "Banco Aurora",
        "Sua candidatura",
        "Olá Beatriz,\n\nRecebemos sua candidatura para a posição de Analista de Riscos "
        "(Crédito PJ). Vamos analisar seu perfil.\n\nBanco Aurora",
        "",
        "Banco Aurora",
        "Analista de Riscos",
    ),
    (
        "role",
        "rh@granjaboavista.example",
        "Granja Boa Vista",
        "Ref. 0982 | Auxiliar de Produção",
        "Olá Beatriz,\n\nSua candidatura foi recebida com sucesso.\n\nGranja Boa Vista",
        "",
        "Granja Boa Vista",
        "Auxiliar de Produção",
    ),
]


test_employer_and_role_pt = employer_test(PROBES, language="pt")
