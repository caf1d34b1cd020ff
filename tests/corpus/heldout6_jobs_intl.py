"""Job mail of the sixth held-out corpus in Portuguese, French and German (and a little English).

Hand-written; THIS CORPUS MUST NOT BE USED FOR TUNING (see heldout6.py).
"""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

LX = "+0100"  # Lisbon, summer time
BR = "-0300"  # São Paulo / Brasília


def page(*paras: str, foot: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    tail = f"<hr><small>{foot}</small>" if foot else ""
    return (
        f"<!DOCTYPE html><html><body><div style='max-width:560px'>{body}{tail}</div></body></html>"
    )


HAL = "Hospital Atlântico de Lisboa"
HAL_ROLE = "Enfermeira Gestora"
HAL_FROM = "Hospital Atlântico de Lisboa <recrutamento@successfactors.eu>"
HAL_HR = "Teresa Fonseca <teresa.fonseca@hatlantico.pt>"
CDAL = "Clinique des Alpes Léman"
KSS = "Kantonsspital Seeland"
KSS_ROLE = "Pflegefachfrau / Study Nurse (w/m/d)"
RESTELO = "Henrique Barros <henrique.barros64@sapo.pt>"

MAIL: list[dict[str, Any]] = [
    # --- 29 Hospital Atlântico de Lisboa: interviews, offer PDF, DocuSign, then onboarding ---
    m(
        "6101",
        "2025-04-16 10:21",
        HAL_FROM,
        "Confirmação de candidatura - Enfermeiro(a) Gestor(a) - Bloco Operatório",
        ("confirmation", HAL, HAL_ROLE, 29, "other", "pt"),
        html=page(
            "Cara Camila Duarte,",
            "Agradecemos o seu interesse no Hospital Atlântico de Lisboa. Confirmamos a receção "
            "da sua candidatura à função de <b>Enfermeiro(a) Gestor(a) - Bloco Operatório</b> "
            "(Req. 8871).",
            "A sua candidatura será analisada pela equipa de Recrutamento. Caso o seu perfil "
            "seja selecionado para a fase seguinte, entraremos em contacto.",
            "Com os melhores cumprimentos,<br>Direção de Recursos Humanos",
            foot="Esta é uma mensagem automática. Por favor não responda.",
        ),
        tz=LX,
    ),
    m(
        "6102",
        "2025-04-29 15:02",
        HAL_HR,
        "Entrevista - Enfermeiro(a) Gestor(a) Bloco Operatório",
        ("interview", HAL, HAL_ROLE, 29, "direct", "pt"),
        text="""Cara Camila,

Na sequência da sua candidatura, gostaríamos de a convidar para uma primeira
entrevista por Teams com a Enf.ª Diretora, Ana Cristina Moura, no dia 6 de maio
às 10h00 (hora de Lisboa). Segue em anexo o convite.

Peço que confirme a sua disponibilidade.

Com os melhores cumprimentos,
Teresa Fonseca
Técnica Superior de Recrutamento
Hospital Atlântico de Lisboa
Av. Infante D. Henrique 401, 1950-421 Lisboa

Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente
ao destinatário indicado.
""",
        tz=LX,
        ics={
            "style": "outlook",
            "start": "2025-05-06 11:00:00 +0200",
            "organizer": ("Teresa Fonseca", "teresa.fonseca@hatlantico.pt"),
            "attendees": [("Ana Cristina Moura", "ana.moura@hatlantico.pt")],
            "uid": "040000008200E00074C5B7101A82E00800000000HAL0506",
            "summary": "Entrevista Camila Duarte - Enf. Gestor(a) BO",
            "location": "Reunião do Microsoft Teams",
        },
    ),
    m(
        "6103",
        "2025-05-09 09:40",
        HAL_HR,
        "RE: Entrevista - Enfermeiro(a) Gestor(a) Bloco Operatório",
        ("interview", HAL, HAL_ROLE, 29, "direct", "pt"),
        text="""Bom dia Camila,

Obrigada pela entrevista de terça-feira. A Enf.ª Ana Cristina gostaria de a
conhecer pessoalmente e mostrar-lhe o bloco: propomos 2.ª entrevista presencial
no dia 19 de maio às 14h30, no edifício B, piso 2. Despesas de deslocação de
Madrid serão reembolsadas.

Cumprimentos,
Teresa Fonseca

De: Camila Duarte <camila.duarte@buzonverde.es>
Enviado: 6 de maio de 2025 11:58
Para: Teresa Fonseca <teresa.fonseca@hatlantico.pt>
Assunto: RE: Entrevista - Enfermeiro(a) Gestor(a) Bloco Operatório

Cara Teresa, muito obrigada pela oportunidade. Fico a aguardar notícias.
Camila
""",
        tz=LX,
        headers=reply("6102", HAL_HR),
    ),
    m(
        "6104",
        "2025-06-11 17:15",
        HAL_HR,
        "Proposta de contratação - Hospital Atlântico de Lisboa",
        ("offer", HAL, HAL_ROLE, 29, "direct", "pt"),
        text="""Cara Camila,

É com muito gosto que lhe enviamos em anexo a nossa proposta de contratação
para a função de Enfermeira Gestora do Bloco Operatório, com início a 1 de
setembro de 2025.

Em resumo: contrato sem termo, remuneração base mensal de 2.350 EUR (14
meses), subsídio de refeição e seguro de saúde. Os detalhes constam do
documento.

Agradecemos uma resposta até 20 de junho. Caso aceite, enviaremos o contrato
para assinatura eletrónica.

Com os melhores cumprimentos,
Teresa Fonseca
Direção de Recursos Humanos
""",
        tz=LX,
        attach=[
            (
                "Proposta_Contratacao_Camila_Duarte.pdf",
                "application/pdf",
                "%PDF-1.4 Proposta de contratacao - Enfermeira Gestora - Bloco Operatorio",
            )
        ],
    ),
    m(
        "6105",
        "2025-06-18 16:50",
        "Hospital Atlântico de Lisboa via DocuSign <dse@eumail.docusign.net>",
        "Concluído: Contrato de Trabalho - Camila Duarte",
        ("offer", HAL, HAL_ROLE, 29, "docusign", "pt"),
        html=page(
            "<b>Todas as partes concluíram o documento</b>",
            "Contrato de Trabalho - Camila Duarte - Enfermeira Gestora BO.pdf",
            "Todos os signatários concluíram o envelope. Pode transferir o documento assinado "
            "através da ligação abaixo.",
            "<a href='https://eu.docusign.net/Signing/EmailStart.aspx?a=7d1'>VER DOCUMENTO "
            "CONCLUÍDO</a>",
            foot="Não partilhe este email. Acerca do DocuSign: assine documentos eletronicamente "
            "em minutos.",
        ),
        tz=LX,
        st="accepted",
    ),
    m(
        "6106",
        "2025-07-08 11:00",
        HAL_HR,
        "Exame médico de admissão e documentação",
        ("other_job", HAL, HAL_ROLE, None, "direct", "pt"),
        text="""Cara Camila,

Bem-vinda à equipa! Para concluirmos a sua admissão, precisamos que:

1. Marque o exame médico de admissão (Medicina do Trabalho) - disponível às
   terças e quintas entre 8h00 e 10h00, ext. 4410;
2. Envie a cédula profissional da Ordem dos Enfermeiros (pedido de inscrição),
   NIF, NISS e IBAN;
3. Entregue o certificado de registo criminal.

Qualquer dúvida, estou ao dispor.

Teresa Fonseca
""",
        tz=LX,
    ),
    m(
        "6107",
        "2025-08-25 09:30",
        "Acolhimento HAL <acolhimento@hatlantico.pt>",
        "O seu primeiro dia: programa de acolhimento 1-5 setembro",
        ("other_job", HAL, None, None, "direct", "pt"),
        html=page(
            "Olá Camila!",
            "Estamos a preparar a sua chegada. Na segunda-feira, 1 de setembro, esperamos por si "
            "às 8h30 na receção do edifício A para o programa de acolhimento de novos "
            "colaboradores (formação obrigatória em segurança do doente, sistemas clínicos e "
            "entrega de fardamento).",
            "Traga o cartão de cidadão/autorização de residência e o cartão bancário.",
            "Até breve!<br>Equipa de Acolhimento",
        ),
        tz=LX,
    ),
    # --- 30 Clínica Tejo Saúde (Net-Empregos) ---
    m(
        "6108",
        "2025-03-12 22:41",
        "Net-Empregos <noreply@net-empregos.com>",
        "Candidatura enviada: Coordenador(a) de Ensaios Clínicos",
        (
            "confirmation",
            "Clínica Tejo Saúde",
            "Coordenadora de Ensaios Clínicos",
            30,
            "other",
            "pt",
        ),
        text="""Olá Camila Duarte,

A sua candidatura ao anúncio "Coordenador(a) de Ensaios Clínicos" (ref.
12773410) da empresa Clínica Tejo Saúde foi enviada com sucesso.

Boa sorte!
Net-Empregos.com
""",
        tz="+0000",
    ),
    m(
        "6109",
        "2025-04-02 14:30",
        "Recursos Humanos Tejo Saúde <rh@tejosaude.pt>",
        "A sua candidatura",
        (
            "rejection",
            "Clínica Tejo Saúde",
            "Coordenadora de Ensaios Clínicos",
            30,
            "direct",
            "pt",
        ),
        text="""Cara Camila,

Agradecemos a sua candidatura e o interesse demonstrado na Clínica Tejo Saúde.
O seu percurso é sem dúvida interessante, mas informamos que a vaga de
Coordenador(a) de Ensaios Clínicos já foi preenchida.

Guardaremos o seu CV na nossa base de dados para futuras oportunidades.

Cumprimentos,
Recursos Humanos
""",
        tz=LX,
    ),
    # --- 31 Unidade de Saúde Oeiras Mar (Sapo Emprego), ghosted ---
    m(
        "6110",
        "2025-05-22 20:12",
        "SAPO Emprego <emprego@sapo.pt>",
        "Candidatura efetuada com sucesso",
        (
            "confirmation",
            "Unidade de Saúde Oeiras Mar",
            "Técnica de Qualidade em Saúde",
            31,
            "other",
            "pt",
        ),
        html=page(
            "Olá Camila,",
            "A sua candidatura à oferta <b>Técnico/a de Qualidade em Saúde</b> - Unidade de "
            "Saúde Oeiras Mar (Oeiras) foi efetuada com sucesso.",
            "Acompanhe as suas candidaturas na sua área pessoal do SAPO Emprego.",
        ),
        tz=LX,
    ),
    # --- 32 Rede Vida Plena Hospitais (Gupy) ---
    m(
        "6111",
        "2025-03-06 10:05",
        "Rede Vida Plena <naoresponda@gupy.com.br>",
        "Recebemos sua candidatura! 🎉",
        (
            "confirmation",
            "Rede Vida Plena Hospitais",
            "Analista de Operações Hospitalares",
            32,
            "other",
            "pt",
        ),
        html=page(
            "Oi, Camila!",
            "Que bom ter você com a gente! Sua candidatura para a vaga <b>Analista de Operações "
            "Hospitalares Pl. (remoto)</b> foi registrada com sucesso.",
            "Fique de olho no seu e-mail e na sua área de candidato: as próximas etapas do "
            "processo serão comunicadas por lá.",
            "Abraços,<br>Time de Gente & Gestão - Rede Vida Plena Hospitais",
        ),
        tz=BR,
    ),
    m(
        "6112",
        "2025-03-10 09:00",
        "Rede Vida Plena <naoresponda@gupy.com.br>",
        "Nova etapa: teste online",
        (
            "assessment",
            "Rede Vida Plena Hospitais",
            "Analista de Operações Hospitalares",
            32,
            "other",
            "pt",
        ),
        html=page(
            "Oi, Camila!",
            "Você avançou para a etapa <b>Teste de Raciocínio Lógico e Excel</b> da vaga Analista "
            "de Operações Hospitalares. O teste leva cerca de 40 minutos e deve ser feito até "
            "16/03.",
            "<a href='https://vidaplena.gupy.io/candidates/jobs/88213'>Fazer teste</a>",
        ),
        tz=BR,
    ),
    m(
        "6113",
        "2025-03-28 16:22",
        "Rede Vida Plena <naoresponda@gupy.com.br>",
        "Atualização sobre sua candidatura",
        (
            "rejection",
            "Rede Vida Plena Hospitais",
            "Analista de Operações Hospitalares",
            32,
            "other",
            "pt",
        ),
        html=page(
            "Olá, Camila, tudo bem?",
            "Queremos agradecer muito sua participação no nosso processo seletivo. Sabemos o "
            "quanto você se dedicou e foi ótimo conhecer sua trajetória na enfermagem.",
            "Neste momento, optamos por seguir com outros perfis para a vaga de Analista de "
            "Operações Hospitalares. Seu currículo continua no nosso banco de talentos.",
            "Com carinho,<br>Time de Gente & Gestão",
        ),
        tz=BR,
    ),
    # --- 33 Biofarma Cerrado (Kenoby), withdrawn ---
    m(
        "6114",
        "2025-04-09 14:40",
        "Biofarma Cerrado <vagas@kenoby.com>",
        "Sua inscrição na vaga Coordenador(a) de Pesquisa Clínica",
        (
            "confirmation",
            "Biofarma Cerrado",
            "Coordenadora de Pesquisa Clínica",
            33,
            "other",
            "pt",
        ),
        text="""Olá Camila,

Obrigado por se inscrever na vaga Coordenador(a) de Pesquisa Clínica - Goiânia
(possibilidade de remoto parcial). Sua inscrição foi concluída.

Em breve nossa equipe de Recrutamento entrará em contato, caso seu perfil
esteja alinhado.

Equipe Biofarma Cerrado
""",
        tz=BR,
    ),
    m(
        "6115",
        "2025-04-22 11:10",
        "Juliana Paiva <juliana.paiva@biofarmacerrado.com.br>",
        "Entrevista - Coordenação de Pesquisa Clínica",
        (
            "interview",
            "Biofarma Cerrado",
            "Coordenadora de Pesquisa Clínica",
            33,
            "direct",
            "pt",
        ),
        text="""Oi Camila, tudo bem?

Sou a Juliana, do RH da Biofarma Cerrado. Gostaríamos de conversar com você
sobre a vaga de Coordenadora de Pesquisa Clínica. Pode ser na segunda, 28/04,
às 10h (Brasília) / 15h (Madri), pelo Google Meet?

Abraço,
Juliana Paiva
Analista de Recrutamento & Seleção | Biofarma Cerrado
""",
        tz=BR,
    ),
    m(
        "6116",
        "2025-05-06 10:00",
        "Juliana Paiva <juliana.paiva@biofarmacerrado.com.br>",
        "Re: Desistência do processo",
        (
            "confirmation",
            "Biofarma Cerrado",
            "Coordenadora de Pesquisa Clínica",
            33,
            "direct",
            "pt",
        ),
        text="""Oi Camila,

Entendo perfeitamente, mudar para Goiânia agora não é o momento. Registrei
sua desistência do processo de Coordenadora de Pesquisa Clínica e encerrei sua
candidatura no sistema.

Foi um prazer conversar com você. Boa sorte!
Juliana

Em seg., 5 de mai. de 2025 às 18:14, Camila Duarte <camila.duarte@buzonverde.es>
escreveu:
> Olá Juliana, depois de pensar bastante, decidi não seguir com o processo.
> Muito obrigada pela atenção.
""",
        tz=BR,
        st="withdrawn",
    ),
    # --- 34 Clínica Integrada Paulista (Catho) ---
    m(
        "6117",
        "2025-02-20 19:30",
        "Catho <nao-responda@catho.com.br>",
        "Seu currículo foi enviado para a vaga de Enfermeira Auditora",
        (
            "confirmation",
            "Clínica Integrada Paulista",
            "Enfermeira Auditora",
            34,
            "other",
            "pt",
        ),
        html=page(
            "Olá Camila,",
            "Seu currículo foi enviado com sucesso para a vaga <b>Enfermeiro(a) Auditor(a)</b> - "
            "Clínica Integrada Paulista - São Paulo/SP.",
            "Dica Catho: candidatos que atualizam o currículo toda semana recebem até 3x mais "
            "contatos.",
        ),
        tz=BR,
    ),
    m(
        "6118",
        "2025-02-25 08:10",
        "Catho <nao-responda@catho.com.br>",
        "Boa notícia: seu currículo foi visualizado!",
        ("viewed", "Clínica Integrada Paulista", "Enfermeira Auditora", 34, "other", "pt"),
        html=page(
            "Camila, a empresa <b>Clínica Integrada Paulista</b> visualizou seu currículo para a "
            "vaga Enfermeiro(a) Auditor(a).",
            "Continue se candidatando!",
        ),
        tz=BR,
    ),
]
MAIL += [
    # --- 35 Clinique des Alpes Léman (jobs.ch) ---
    m(
        "6119",
        "2025-03-04 21:05",
        "jobs.ch <noreply@jobs.ch>",
        "Votre candidature a été envoyée - Infirmier/ère coordinateur/trice",
        ("confirmation", CDAL, "Infirmière coordinatrice", 35, "other", "fr"),
        html=page(
            "Bonjour Camila Duarte,",
            "Votre candidature pour le poste <b>Infirmier/ère coordinateur/trice (80-100 %)</b> "
            "chez <b>Clinique des Alpes Léman</b>, Montreux, a bien été transmise.",
            "Vous pouvez suivre vos candidatures dans votre compte jobs.ch.",
            foot="jobs.ch AG · Zurich",
        ),
        tz="+0100",
    ),
    m(
        "6120",
        "2025-03-18 11:30",
        "Sandrine Rochat <s.rochat@clinique-alpesleman.ch>",
        "Entretien - poste d'infirmière coordinatrice",
        ("interview", CDAL, "Infirmière coordinatrice", 35, "direct", "fr"),
        text="""Madame Duarte,

Nous avons bien reçu votre dossier et souhaiterions vous rencontrer lors d'un
premier entretien par visioconférence (Teams), le mardi 25 mars à 9h00.

Merci de nous confirmer votre disponibilité. Nous vous rappelons que
l'exercice en Suisse requiert la reconnaissance du diplôme par la Croix-Rouge
suisse (CRS) ; nous pourrons en parler lors de l'entretien.

Avec nos meilleures salutations,

Sandrine Rochat
Responsable des Ressources Humaines
Clinique des Alpes Léman - Montreux
""",
        tz="+0100",
    ),
    m(
        "6121",
        "2025-04-07 16:02",
        "Sandrine Rochat <s.rochat@clinique-alpesleman.ch>",
        "Votre candidature",
        ("rejection", CDAL, "Infirmière coordinatrice", 35, "direct", "fr"),
        text="""Madame Duarte,

Nous vous remercions vivement pour l'entretien et pour l'intérêt que vous
portez à notre clinique. Votre parcours au bloc opératoire et en recherche
clinique a retenu toute notre attention.

Après mûre réflexion, nous avons toutefois décidé de poursuivre avec une
candidate dont le diplôme est déjà reconnu par la CRS, ce qui permet une
entrée en fonction immédiate.

Nous vous souhaitons plein succès dans vos démarches.

Sandrine Rochat
""",
    ),
    # --- 36 Kantonsspital Seeland (Avature), Criteria, rejection ---
    m(
        "6122",
        "2025-05-08 13:45",
        "Kantonsspital Seeland <karriere@kss.avature.net>",
        "Eingangsbestätigung Ihrer Bewerbung",
        ("confirmation", KSS, KSS_ROLE, 36, "other", "de"),
        text="""Sehr geehrte Frau Duarte

Vielen Dank für Ihre Bewerbung als Pflegefachfrau / Study Nurse (w/m/d) 80-100 %
im Departement Klinische Forschung. Ihre Unterlagen sind vollständig bei uns
eingegangen.

Wir prüfen Ihr Dossier sorgfältig und melden uns in den nächsten zwei Wochen
bei Ihnen.

Freundliche Grüsse
Human Resources
Kantonsspital Seeland
""",
    ),
    m(
        "6123",
        "2025-05-13 08:20",
        "Criteria <no-reply@criteriacorp.com>",
        "Kantonsspital Seeland: Einladung zum Online-Test",
        ("assessment", KSS, KSS_ROLE, 36, "other", "de"),
        html=page(
            "Guten Tag Camila",
            "Kantonsspital Seeland hat Sie eingeladen, im Rahmen Ihrer Bewerbung als "
            "Pflegefachfrau / Study Nurse einen Online-Test (CCAT und Persönlichkeitsprofil) "
            "zu absolvieren. Dauer: ca. 35 Minuten.",
            "<a href='https://www.ondemandassessment.com/link/index/JB-7QK'>Test starten</a>",
            "Bitte schliessen Sie den Test bis zum 18. Mai ab.",
        ),
    ),
    m(
        "6124",
        "2025-05-30 10:40",
        "Kantonsspital Seeland <karriere@kss.avature.net>",
        "Ihre Bewerbung als Pflegefachfrau / Study Nurse",
        ("rejection", KSS, KSS_ROLE, 36, "other", "de"),
        text="""Sehr geehrte Frau Duarte

Wir danken Ihnen für Ihr Interesse an unserem Spital und für die Zeit, die Sie
in Ihre Bewerbung und den Online-Test investiert haben. Ihr Profil hat uns
gefallen.

Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für
eine andere Kandidatin entschieden haben, die bereits über Erfahrung in der
Schweizer Spitallandschaft verfügt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse
Human Resources
Kantonsspital Seeland
""",
    ),
    # --- 37 Institut Lumière Santé (Workable) ---
    m(
        "6125",
        "2025-03-21 09:55",
        "Institut Lumière Santé <noreply@candidates.workablemail.com>",
        "Merci pour votre candidature - Chargé(e) de données cliniques",
        (
            "confirmation",
            "Institut Lumière Santé",
            "Chargée de données cliniques",
            37,
            "workable",
            "fr",
        ),
        text="""Bonjour Camila,

Merci pour votre candidature au poste de Chargé(e) de données cliniques chez
Institut Lumière Santé (Lyon, hybride).

Notre équipe examine chaque dossier avec attention. Nous reviendrons vers vous
dans les meilleurs délais.

Cordialement,
L'équipe Institut Lumière Santé
""",
        tz="+0100",
    ),
    m(
        "6126",
        "2025-04-11 17:10",
        "Institut Lumière Santé <noreply@candidates.workablemail.com>",
        "Votre candidature chez Institut Lumière Santé",
        (
            "rejection",
            "Institut Lumière Santé",
            "Chargée de données cliniques",
            37,
            "workable",
            "fr",
        ),
        text="""Bonjour Camila,

Nous vous remercions de l'intérêt que vous avez porté à notre institut. Nous
avons apprécié la qualité de votre candidature.

Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable :
le poste requiert une maîtrise courante du français à l'écrit pour la
rédaction des rapports réglementaires.

Bonne continuation,
L'équipe Institut Lumière Santé
""",
    ),
    # --- 38 Pharmalp (jobs.ch), rejection in German ---
    m(
        "6127",
        "2025-06-02 22:18",
        "jobs.ch <noreply@jobs.ch>",
        "Your application has been sent - Clinical Data Manager",
        ("confirmation", "Pharmalp", "Clinical Data Manager", 38, "other", "en"),
        html=page(
            "Hello Camila Duarte,",
            "Your application for <b>Clinical Data Manager (m/f/d)</b> at <b>Pharmalp SA</b>, "
            "Basel, has been sent successfully.",
            "Good luck! Manage your applications in your jobs.ch account.",
        ),
    ),
    m(
        "6128",
        "2025-06-19 15:00",
        "Pharmalp Recruiting <recruiting@pharmalp.ch>",
        "Absage: Clinical Data Manager",
        ("rejection", "Pharmalp", "Clinical Data Manager", 38, "direct", "de"),
        text="""Guten Tag Frau Duarte

Herzlichen Dank für Ihre Bewerbung als Clinical Data Manager. Leider müssen wir
Ihnen mitteilen, dass wir Ihre Kandidatur nicht weiter berücksichtigen können,
da wir Profile mit mehrjähriger Erfahrung in Medidata Rave bevorzugen.

Wir bedanken uns für Ihr Interesse und wünschen Ihnen viel Erfolg.

Freundliche Grüsse
Pharmalp SA - Talent Acquisition
Hochbergerstrasse 60, 4057 Basel
""",
    ),
    # --- 39 Spitex Zürichsee (Personio) ---
    m(
        "6129",
        "2025-02-13 08:44",
        "Spitex Zürichsee <no-reply@personio.de>",
        "Ihre Bewerbung bei Spitex Zürichsee",
        ("confirmation", "Spitex Zürichsee", "Pflegefachfrau HF", 39, "personio", "de"),
        html=page(
            "Liebe Camila",
            "Herzlichen Dank für deine Bewerbung als <b>Pflegefachfrau HF (60-100 %)</b>. Wir "
            "haben deine Unterlagen erhalten und melden uns so rasch wie möglich.",
            "Herzliche Grüsse<br>Dein Spitex-Zürichsee-Team",
        ),
        tz="+0100",
    ),
    m(
        "6130",
        "2025-02-21 14:20",
        "Beatrice Hürlimann <b.huerlimann@spitex-zuerichsee.ch>",
        "Kennenlernen per Video",
        ("interview", "Spitex Zürichsee", "Pflegefachfrau HF", 39, "direct", "de"),
        text="""Liebe Camila

Gerne würden wir dich in einem ersten Gespräch per Video kennenlernen. Passt
dir Donnerstag, 27. Februar, um 15.00 Uhr? Den Link schicke ich dir nach deiner
Bestätigung.

Kurze Frage vorab: Wie gut ist dein Deutsch im Pflegealltag (Niveau B2/C1)?

Liebe Grüsse
Beatrice Hürlimann
Leitung Pflege
Spitex Zürichsee
""",
        tz="+0100",
    ),
    m(
        "6131",
        "2025-03-07 09:05",
        "Beatrice Hürlimann <b.huerlimann@spitex-zuerichsee.ch>",
        "AW: Kennenlernen per Video",
        ("rejection", "Spitex Zürichsee", "Pflegefachfrau HF", 39, "direct", "de"),
        text="""Liebe Camila

Danke nochmals für das sympathische Gespräch. Wir haben uns intern
ausgetauscht und sind zum Schluss gekommen, dass für die Arbeit mit unseren
Klientinnen und Klienten zu Hause fliessendes Schweizerdeutsch-Verständnis
leider unverzichtbar ist. Deshalb können wir dir keine Stelle anbieten.

Wir wünschen dir von Herzen alles Gute!
Beatrice
""",
        tz="+0100",
    ),
    # --- 40 Alma Clinics Porto (Workable) ---
    m(
        "6132",
        "2025-05-15 12:10",
        "Alma Clinics <noreply@candidates.workablemail.com>",
        "Obrigado pela sua candidatura - Enfermeiro(a) de Bloco Operatório",
        (
            "confirmation",
            "Alma Clinics",
            "Enfermeira de Bloco Operatório",
            40,
            "workable",
            "pt",
        ),
        text="""Olá Camila,

Obrigado pela sua candidatura a Enfermeiro(a) de Bloco Operatório na Alma
Clinics (Porto). Recebemos o seu CV e vamos analisá-lo com atenção.

Equipa de Talento Alma Clinics
""",
        tz=LX,
    ),
    m(
        "6133",
        "2025-05-21 18:35",
        "Pedro Quintela <pedro.quintela@almaclinics.pt>",
        "Conversa - Enfermagem Bloco Operatório",
        (
            "interview",
            "Alma Clinics",
            "Enfermeira de Bloco Operatório",
            40,
            "direct",
            "pt",
        ),
        text="""Olá Camila,

Gostei muito do seu percurso. Podemos falar por videochamada na quarta-feira,
dia 28, às 17h00 (hora de Portugal)? Será uma conversa de 30 minutos com o
Enf.º Chefe do bloco.

Um abraço,
Pedro Quintela
People Partner | Alma Clinics
""",
        tz=LX,
    ),
    m(
        "6134",
        "2025-06-09 10:25",
        "Alma Clinics <noreply@candidates.workablemail.com>",
        "Actualização da sua candidatura",
        (
            "rejection",
            "Alma Clinics",
            "Enfermeira de Bloco Operatório",
            40,
            "workable",
            "pt",
        ),
        text="""Olá Camila,

Queremos agradecer-lhe o tempo e o interesse. Foi um gosto conhecê-la e a equipa
destacou a sua experiência em cirurgia de ambulatório.

Infelizmente, decidimos avançar com outro(a) candidato(a) para esta função. Não
hesite em candidatar-se novamente no futuro.

Equipa de Talento Alma Clinics
""",
        tz=LX,
    ),
    # --- 41 Lar São Bento (Indeed, company only in the HTML) ---
    m(
        "6135",
        "2025-07-16 21:00",
        "Indeed Apply <indeedapply@indeed.com>",
        "Candidatura enviada: Enfermeiro/a (turnos)",
        ("confirmation", "Lar São Bento", "Enfermeira", 41, "indeed", "pt"),
        text="""Candidatura enviada

Enfermeiro/a (turnos)
Lisboa

Os seguintes itens foram enviados ao empregador: CV, informações de contacto.

Indeed
""",
        html=page(
            "<b>Candidatura enviada</b>",
            "<table><tr><td><b>Enfermeiro/a (turnos)</b><br><span>Lar São Bento</span> - "
            "Lisboa</td></tr></table>",
            "Os seguintes itens foram enviados ao empregador: CV, informações de contacto.",
            foot="© 2025 Indeed",
        ),
        tz=LX,
    ),
    m(
        "6136",
        "2025-07-24 11:45",
        "Direção Técnica Lar São Bento <direcao@larsaobento.pt>",
        "Candidatura Enfermeiro/a",
        ("rejection", "Lar São Bento", "Enfermeira", 41, "direct", "pt"),
        text="""Exma. Senhora Camila Duarte,

Agradecemos a candidatura enviada através do Indeed. Informamos que a vaga
foi preenchida, pelo que não daremos seguimento ao processo.

Com os melhores cumprimentos,
A Direção Técnica
Lar São Bento - Estrutura Residencial para Pessoas Idosas
""",
        tz=LX,
    ),
    # --- 42 Clínica do Restelo: manager from sapo.pt, ghosted after the interview ---
    m(
        "6137",
        "2025-06-26 23:12",
        RESTELO,
        "Re: Candidatura espontânea - Enfermeira Coordenadora",
        (
            "interview",
            "Clínica do Restelo",
            "Enfermeira Coordenadora",
            42,
            "direct",
            "pt",
        ),
        text="""Cara Camila,

Recebi o seu email e o CV. Neste momento procuramos precisamente alguém para
coordenar a equipa de enfermagem da consulta externa. Se estiver em Lisboa na
próxima semana, poderia passar cá na quinta-feira, dia 3, pelas 18h?

Cumprimentos,
Henrique Barros
Diretor Clínico
Clínica do Restelo - Rua Duarte Pacheco Pereira 12, Lisboa
tel. 213 010 447

No dia 24/06/2025, às 10:15, Camila Duarte escreveu:
> Exmo. Senhor Dr. Henrique Barros,
> Vou mudar-me para Lisboa em agosto e gostaria de apresentar a minha
> candidatura a uma função de enfermeira coordenadora na vossa clínica.
> Junto envio o meu CV.
> Com os melhores cumprimentos,
> Camila Duarte
""",
        tz=LX,
    ),
    # --- 43 Saúde Digital Lusa (Teamtailor) ---
    m(
        "6138",
        "2025-07-21 09:10",
        "Saúde Digital Lusa <no-reply@teamtailor.com>",
        "Recebemos a tua candidatura 🙌",
        (
            "confirmation",
            "Saúde Digital Lusa",
            "Data Steward (Clinical)",
            43,
            "teamtailor",
            "pt",
        ),
        html=page(
            "Olá Camila!",
            "Obrigado por te candidatares a <b>Data Steward (Clinical)</b> na Saúde Digital Lusa. "
            "Lemos todas as candidaturas e respondemos sempre, prometido.",
            "Equipa de Pessoas SDL",
        ),
        tz=LX,
    ),
    m(
        "6139",
        "2025-07-30 14:00",
        "Miguel Tavares <miguel.tavares@saudedigitallusa.pt>",
        "Data Steward (Clinical) - next step",
        (
            "interview",
            "Saúde Digital Lusa",
            "Data Steward (Clinical)",
            43,
            "direct",
            "en",
        ),
        text="""Hi Camila,

Our team works in English, so I'll switch :) We'd like to invite you to a
45-minute conversation with our Data Governance lead on Tuesday 5 August at
11:00 Lisbon time, at our office in Santos (or online if you prefer).

Could you confirm?

Cheers,
Miguel Tavares
Talent Lead | Saúde Digital Lusa
""",
        tz=LX,
    ),
    m(
        "6140",
        "2025-08-19 16:30",
        "Saúde Digital Lusa <no-reply@teamtailor.com>",
        "A tua candidatura na Saúde Digital Lusa",
        (
            "rejection",
            "Saúde Digital Lusa",
            "Data Steward (Clinical)",
            43,
            "teamtailor",
            "pt",
        ),
        html=page(
            "Olá Camila,",
            "Obrigado pela conversa com a equipa - gostámos muito de perceber como levas a "
            "perspetiva clínica para a governação de dados.",
            "Depois de muita ponderação, decidimos avançar com outra pessoa para esta posição. "
            "Sabemos que não é a notícia que esperavas.",
            "Um abraço,<br>Equipa de Pessoas SDL",
        ),
        tz=LX,
    ),
    # --- other job mail in Portuguese, French, German ---
    m(
        "6141",
        "2025-06-30 08:00",
        "Net-Empregos <alertas@net-empregos.com>",
        "Novas ofertas: Enfermagem - Lisboa",
        ("alert", None, None, None, "other", "pt"),
        text="""Alerta de emprego: Enfermagem - Lisboa

- Enfermeiro(a) para Bloco Operatório - Alma Clinics - Lisboa
- Enfermeiro(a) Gestor(a) de Casos - Unidade de Saúde Oeiras Mar - Oeiras
- Enfermeiro(a) Lar (turnos) - Lar São Bento - Lisboa

Candidate-se já! Veja todas as ofertas em net-empregos.com
Para deixar de receber este alerta, clique aqui.
""",
        tz=LX,
    ),
    m(
        "6142",
        "2025-05-05 07:45",
        "jobs.ch <jobmail@jobs.ch>",
        "Neue Jobs für «Study Nurse»",
        ("alert", None, None, None, "other", "de"),
        html=page(
            "Neue Stellen, die zu Ihrem Jobabo passen:",
            "Study Nurse 80 % - Kantonsspital Seeland - Biel<br>Pflegefachperson "
            "Forschung - Universitäres Zentrum Nordost - St. Gallen<br>Research Nurse - "
            "Pharmalp SA - Basel",
            "Jetzt bewerben",
        ),
    ),
    m(
        "6143",
        "2025-08-04 10:10",
        "Catho <nao-responda@catho.com.br>",
        "Vagas de Enfermagem que combinam com você + dicas de entrevista",
        ("alert", None, None, None, "other", "pt"),
        html=page(
            "Camila, separamos 14 vagas para você:",
            "Enfermeira Auditora - Clínica Integrada Paulista - SP<br>Coordenadora de "
            "Enfermagem - Hospital Santa Luzia do Cerrado - GO",
            "<b>Dica:</b> 7 perguntas que sempre aparecem na entrevista de emprego.",
            "Candidate-se agora!",
        ),
        tz=BR,
    ),
    m(
        "6144",
        "2025-04-23 12:00",
        "Kantonsspital Seeland <karriere@kss.avature.net>",
        "Willkommen im Talentpool des Kantonsspitals Seeland",
        ("alert", KSS, None, None, "other", "de"),
        html=page(
            "Guten Tag Frau Duarte",
            "Vielen Dank für Ihre Registrierung in unserem Talentpool. Wir informieren Sie "
            "künftig über passende Stellen in Pflege und Forschung.",
            "Ihr Profil ist keine Bewerbung auf eine konkrete Stelle.",
        ),
    ),
    m(
        "6145",
        "2025-06-16 10:30",
        "Rafaela Nunes <rafaela.nunes@lusosaude-rh.pt>",
        "Oportunidade - Enfermeira Chefe (Lisboa) - cliente confidencial",
        ("outreach", None, "Enfermeira Chefe", None, "agency", "pt"),
        text="""Bom dia Camila,

Sou consultora na LusoSaúde RH. Estamos a recrutar, para um grupo hospitalar
privado em Lisboa (cliente confidencial), uma Enfermeira Chefe para o serviço
de cirurgia. Vi no LinkedIn que está de mudança para Lisboa - teria interesse
em conversar?

Cumprimentos,
Rafaela Nunes
LusoSaúde RH - Recrutamento Especializado em Saúde
""",
        tz=LX,
    ),
    m(
        "6146",
        "2025-07-01 08:00",
        "Teresa Fonseca <teresa.fonseca@hatlantico.pt>",
        "Resposta automática: Documentos de admissão",
        ("other_job", HAL, None, None, "direct", "pt"),
        text="""Obrigada pela sua mensagem. Estarei ausente até dia 7 de julho, sem acesso
ao email. Para assuntos urgentes de recrutamento contacte rh@hatlantico.pt.

Teresa Fonseca
""",
        tz=LX,
    ),
    m(
        "6147",
        "2025-07-22 15:15",
        "Verificação Sterling <no-reply@sterlingcheck.com>",
        "Hospital Atlântico de Lisboa: verificação de antecedentes concluída",
        ("other_job", HAL, None, None, "other", "pt"),
        html=page(
            "Olá Camila,",
            "A verificação de antecedentes solicitada pelo Hospital Atlântico de Lisboa foi "
            "concluída. O relatório foi enviado à entidade empregadora.",
            "Obrigado pela sua colaboração.",
        ),
        tz=LX,
    ),
]
