# ruff: noqa: E501
"""Corpus 33, job mail in European Portuguese (applications 1-15, 24). See heldout33.py."""

from __future__ import annotations

import hashlib

from heldout33_util import spec_writer


def _mid(key: str, domain: str) -> str:
    h = hashlib.sha1(("c33/" + key).encode()).hexdigest()
    return f"<{h[:14]}.{h[14:26]}@{domain}>"


MAIL, m, reply = spec_writer(_mid)


def J(
    cat: str, company: str | None, role: str | None, app: int | None, source: str, lang: str = "pt"
) -> tuple:
    return (cat, company, role, app, source, lang)


ME_ADDR = "tiago.flopes@gmail.com"

# --- 1 & 2: Valtorre (Grupo Valtorre SGPS / Valtorre - Indústria de Componentes, S.A.) ---------
VT = "Valtorre"
VT1 = "Engenheiro de Logística Industrial"
VT2 = "Supply Chain Planner"

m(
    "vt-acct",
    "2025-09-08 21:14:03 +0100",
    "Valtorre Careers <noreply@successfactors.eu>",
    "Conta de candidato criada - Grupo Valtorre",
    J("other_job", VT, None, None, "other"),
    """Caro(a) Tiago,

A sua conta no portal de carreiras do Grupo Valtorre foi criada com sucesso.

Nome de utilizador: tiago.flopes@gmail.com

Para concluir o registo, confirme o seu endereço de e-mail no prazo de 72 horas:
https://career5.successfactors.eu/career?company=grupovaltor&career_ns=activate&token=9ZkQ2f

Se não foi você a criar esta conta, ignore esta mensagem.

Grupo Valtorre SGPS, S.A. | Zona Industrial de Ovar, Lote 14 | 3880-102 Ovar
Esta é uma mensagem automática. Por favor não responda.
""",
)

m(
    "vt1-conf",
    "2025-09-08 21:31:47 +0100",
    "Valtorre Careers <noreply@successfactors.eu>",
    "Confirmação de candidatura: Engenheiro de Logística Industrial (M/F) - Ovar (Req. 4471)",
    J("confirmation", VT, VT1, 1, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="600" align="center"><tr><td><img src="https://career5.successfactors.eu/career?company=grupovaltor&amp;logo=1" alt="Grupo Valtorre" height="40"></td></tr>
<tr><td>
<p>Olá Tiago,</p>
<p>Obrigado pela sua candidatura à vaga <b>Engenheiro de Logística Industrial (M/F) - Ovar</b> (Requisição 4471) na Valtorre - Indústria de Componentes, S.A.</p>
<p>A nossa equipa de Recursos Humanos irá analisar o seu perfil com atenção. Caso o seu percurso corresponda aos requisitos da função, entraremos em contacto consigo para os próximos passos.</p>
<p>Pode acompanhar o estado da sua candidatura a qualquer momento na sua <a href="https://career5.successfactors.eu/career?company=grupovaltor&amp;career_ns=job_application_list">área de candidato</a>.</p>
<p>Com os melhores cumprimentos,<br>Talent Acquisition<br>Grupo Valtorre</p>
</td></tr>
<tr><td style="font-size:10px;color:#888">Os seus dados pessoais são tratados nos termos da Política de Privacidade de Candidatos do Grupo Valtorre SGPS, S.A. Mensagem gerada automaticamente.</td></tr>
</table></body></html>""",
)

m(
    "vt2-conf",
    "2025-09-10 08:02:11 +0100",
    "Valtorre Careers <noreply@successfactors.eu>",
    "Confirmação de candidatura: Supply Chain Planner - Estarreja (Req. 4502)",
    J("confirmation", VT, VT2, 2, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="600" align="center"><tr><td>
<p>Olá Tiago,</p>
<p>Obrigado pela sua candidatura à vaga <b>Supply Chain Planner - Estarreja</b> (Requisição 4502).</p>
<p>A nossa equipa de Recursos Humanos irá analisar o seu perfil com atenção. Caso o seu percurso corresponda aos requisitos da função, entraremos em contacto consigo para os próximos passos.</p>
<p>Com os melhores cumprimentos,<br>Talent Acquisition<br>Grupo Valtorre</p>
</td></tr>
<tr><td style="font-size:10px;color:#888">Os seus dados pessoais são tratados nos termos da Política de Privacidade de Candidatos do Grupo Valtorre SGPS, S.A. Mensagem gerada automaticamente.</td></tr>
</table></body></html>""",
)

m(
    "vt1-prova",
    "2025-09-22 11:48:20 +0100",
    "Sofia Barbosa <sofia.barbosa@valtorre.pt>",
    "Req. 4471 | Próxima etapa - exercício técnico",
    J("assessment", VT, VT1, 1, "direct"),
    """Bom dia Tiago,

Na sequência da sua candidatura para Engenheiro de Logística Industrial na nossa unidade de Ovar, temos o gosto de o convidar para a próxima etapa do processo.

Trata-se de um pequeno exercício técnico (caso prático de dimensionamento de supermercado de componentes e rota de milk run), que deverá resolver em casa. Em anexo segue o enunciado e o ficheiro de dados em Excel. Pedimos que nos devolva a sua proposta até dia 29/09, às 18h00, respondendo a este e-mail.

Qualquer dúvida, estou ao dispor.

Cumprimentos,

Sofia Barbosa
Recursos Humanos | Talent Acquisition
Valtorre - Indústria de Componentes, S.A.
Zona Industrial de Ovar, Lote 14 | 3880-102 Ovar
T. +351 256 000 418
""",
    attach=[
        (
            "Enunciado_Caso_Pratico_Req4471.txt",
            "text/plain",
            "Caso prático - Supermercado de componentes linha L3. Dados: ver folha 'Consumos'.",
        )
    ],
)

m(
    "vt1-int",
    "2025-10-03 16:20:09 +0100",
    "Sofia Barbosa <sofia.barbosa@valtorre.pt>",
    "Convite: Entrevista Eng. Logística Industrial - Tiago Lopes @ qui 9 out 10:00",
    J("interview", VT, VT1, 1, "direct"),
    """Olá Tiago,

Obrigada pelo exercício, que a equipa de logística analisou com interesse. Gostaríamos de o conhecer pessoalmente.

Data: quinta-feira, 9 de outubro, 10h00
Local: Valtorre - Fábrica de Ovar (portaria principal, peça para chamar a Sofia dos RH)
Entrevistadores: Eng. Nuno Pacheco (Diretor de Logística) e eu própria
Duração prevista: 1h15

Envio convite de calendário. Agradeço que aceite ou nos indique outra disponibilidade.

Cumprimentos,
Sofia Barbosa
Talent Acquisition | Valtorre
""",
    ics={
        "uid": "040000008200E00074C5B7101A82E0080000000070A1C3D99A34DC01",
        "style": "outlook",
        "start": "2025-10-09 10:00:00 +0100",
        "minutes": 75,
        "organizer": ("Sofia Barbosa", "sofia.barbosa@valtorre.pt"),
        "attendees": [("Nuno Pacheco", "nuno.pacheco@valtorre.pt")],
        "summary": "Entrevista Eng. Logística Industrial - Tiago Lopes",
        "location": "Valtorre - Fábrica de Ovar, Sala Aveiro (piso 1)",
        "description": "Entrevista presencial. Trazer documento de identificação.",
    },
)

m(
    "vt1-rej",
    "2025-10-24 17:05:33 +0100",
    "Valtorre Careers <noreply@successfactors.eu>",
    "A sua candidatura à Valtorre - Req. 4471",
    J("rejection", VT, VT1, 1, "other"),
    """Caro Tiago,

Gostaríamos de lhe agradecer o tempo e a dedicação que colocou no processo de recrutamento para a função de Engenheiro de Logística Industrial (M/F) - Ovar. O seu caso prático foi muito bem avaliado e a equipa destacou o seu conhecimento de fluxos internos e de lean.

Após uma análise cuidada, decidimos avançar com outro(a) candidato(a) cujo perfil se ajusta mais de perto às necessidades atuais da fábrica, nomeadamente em experiência com WMS SAP EWM.

Manteremos os seus dados na nossa base de talento e não hesitaremos em contactá-lo caso surja uma oportunidade adequada.

Desejamos-lhe o maior sucesso profissional.

Talent Acquisition
Grupo Valtorre
""",
)

m(
    "vt-tc",
    "2025-11-14 10:00:00 +0000",
    "Grupo Valtorre <noreply@successfactors.eu>",
    "Bem-vindo à Comunidade de Talento Valtorre",
    J("alert", VT, None, None, "other"),
    html="""<html><body><div style="max-width:600px;font-family:Helvetica,Arial">
<h2 style="color:#0b4f6c">Olá Tiago, bem-vindo à nossa Comunidade de Talento!</h2>
<p>Ao juntar-se à comunidade, passa a receber em primeira mão as novas oportunidades nas nossas empresas: Valtorre Componentes (Ovar), Valtorre Metal (Estarreja) e Valtorre Serviços Partilhados (Porto).</p>
<p>Atualize as suas preferências de função e localização para recebermos alertas à sua medida.</p>
<p><a href="https://career5.successfactors.eu/career?company=grupovaltor&amp;career_ns=talent_community">Gerir preferências</a></p>
<p style="font-size:11px;color:#999">Grupo Valtorre SGPS, S.A. · Pode cancelar a subscrição a qualquer momento.</p>
</div></body></html>""",
)

# --- 3: APLV - Administração do Porto de Lavra e Vila Chã, S.A. (BEP) -----------------------------
AP = "APLV - Administração do Porto de Lavra e Vila Chã"
AP_R = "Técnico Superior - Engenharia de Operações Portuárias"

m(
    "bep-reg",
    "2025-09-12 14:40:51 +0100",
    "Bolsa de Emprego Público <naoresponder@bep.gov.pt>",
    "BEP - Registo de candidato",
    J("other_job", None, None, None, "other"),
    """Exmo.(a) Senhor(a) Tiago Fernandes Lopes,

O seu registo na Bolsa de Emprego Público (BEP) foi efetuado com sucesso.

A partir de agora pode candidatar-se a ofertas publicitadas na BEP e configurar alertas de novas ofertas por área de atividade e localidade.

Código de ativação: 558201

Com os melhores cumprimentos,
BEP - Bolsa de Emprego Público
Direção-Geral da Administração e do Emprego Público

Esta mensagem foi gerada automaticamente, não responda por favor.
""",
)

m(
    "ap-conf",
    "2025-09-12 15:02:18 +0100",
    "Bolsa de Emprego Público <naoresponder@bep.gov.pt>",
    "BEP - Candidatura submetida - OE202509/0417",
    J("confirmation", AP, AP_R, 3, "other"),
    """Exmo.(a) Senhor(a) Tiago Fernandes Lopes,

Informamos que a sua candidatura à oferta OE202509/0417 foi submetida com sucesso.

Entidade: APLV - Administração do Porto de Lavra e Vila Chã, S.A.
Oferta: Procedimento concursal para contratação de 1 (um) Técnico Superior - Engenharia de Operações Portuárias
Data de submissão: 12-09-2025 15:02

A partir deste momento, toda a comunicação relativa ao procedimento será efetuada pela entidade, nos termos do aviso de abertura.

BEP - Bolsa de Emprego Público
Esta mensagem foi gerada automaticamente, não responda por favor.
""",
)

m(
    "ap-prova",
    "2025-10-17 12:30:00 +0100",
    "Recrutamento APLV <recrutamento@aplv-portos.pt>",
    "Procedimento concursal Ref.ª TS-OP/2025 - Convocatória para prova de conhecimentos",
    J("assessment", AP, AP_R, 3, "direct"),
    """Exmo. Senhor
Tiago Fernandes Lopes

Assunto: Procedimento concursal comum para constituição de relação jurídica de emprego por tempo indeterminado - 1 posto de trabalho de Técnico Superior (Engenharia de Operações Portuárias), aviso de abertura publicado na BEP com o código OE202509/0417.

Nos termos do ponto 9 do aviso de abertura, notifica-se V. Exa. de que foi admitido(a) ao procedimento e convocado(a) para a realização do primeiro método de seleção - Prova de Conhecimentos (PC), escrita, com consulta da legislação indicada, nas seguintes condições:

Data: 4 de novembro de 2025
Hora: 09h30 (deverá comparecer com 15 minutos de antecedência)
Local: Edifício-Sede da APLV, Av. do Molhe Norte, n.º 2, Lavra - Auditório
Duração: 90 minutos

Deverá fazer-se acompanhar de documento de identificação válido. A falta de comparência implica a exclusão do procedimento.

A lista de candidatos admitidos e excluídos encontra-se afixada na sede e publicitada em www.aplv-portos.pt/recrutamento.

Com os melhores cumprimentos,

O Presidente do Júri
Eng.ª Margarida Teixeira Vaz

APLV - Administração do Porto de Lavra e Vila Chã, S.A.
""",
)

m(
    "ap-psi",
    "2025-11-20 15:12:44 +0000",
    "Recrutamento APLV <recrutamento@aplv-portos.pt>",
    "Ref.ª TS-OP/2025 - Resultados da PC e convocatória para Avaliação Psicológica",
    J("assessment", AP, AP_R, 3, "direct"),
    """Exmo. Senhor Tiago Fernandes Lopes,

Notifica-se V. Exa. de que obteve a classificação de 15,20 valores na Prova de Conhecimentos, tendo sido aprovado(a) no primeiro método de seleção. A lista de resultados encontra-se publicitada no sítio institucional.

Mais se convoca V. Exa. para o segundo método de seleção - Avaliação Psicológica (AP), a realizar por entidade externa especializada:

Data: 27 de novembro de 2025, 14h00
Local: PsiNorte - Avaliação e Consultoria, Rua de Ceuta, 118, 3.º, Porto
Duração aproximada: 3 horas (provas psicotécnicas e entrevista psicológica)

Com os melhores cumprimentos,
O Presidente do Júri
""",
)

m(
    "ap-eps",
    "2025-12-11 10:05:37 +0000",
    "Recrutamento APLV <recrutamento@aplv-portos.pt>",
    "Ref.ª TS-OP/2025 - Convocatória para Entrevista Profissional de Seleção",
    J("interview", AP, AP_R, 3, "direct"),
    """Exmo. Senhor Tiago Fernandes Lopes,

Concluída a aplicação do segundo método de seleção, em que obteve a menção de Apto (Elevado), fica V. Exa. convocado(a) para a Entrevista Profissional de Seleção (EPS), terceiro e último método de seleção previsto no aviso de abertura.

Data: 18 de dezembro de 2025
Hora: 11h00
Local: Edifício-Sede da APLV, Sala do Conselho de Administração
Júri: Eng.ª Margarida Teixeira Vaz (Presidente), Dr. Henrique Gouveia e Eng. Paulo Serôdio (vogais)

Com os melhores cumprimentos,
O Presidente do Júri
""",
)

m(
    "ap-lof",
    "2026-01-30 17:40:02 +0000",
    "Recrutamento APLV <recrutamento@aplv-portos.pt>",
    "Ref.ª TS-OP/2025 - Notificação da lista unitária de ordenação final",
    J("rejection", AP, AP_R, 3, "direct"),
    """Exmo. Senhor Tiago Fernandes Lopes,

Nos termos legais aplicáveis, notifica-se V. Exa. de que a lista unitária de ordenação final do procedimento em epígrafe foi homologada por deliberação do Conselho de Administração de 28 de janeiro de 2026 e se encontra publicitada no sítio institucional da APLV.

V. Exa. ficou ordenado(a) em 3.º lugar, com a classificação final de 14,62 valores. Atendendo a que o procedimento visa o preenchimento de 1 (um) posto de trabalho, não foi selecionado(a) para a contratação.

A lista de ordenação final mantém-se válida pelo prazo de 18 meses a contar da data da homologação, podendo ser utilizada para recrutamento de postos de trabalho idênticos.

Agradecemos o seu interesse e a sua participação.

O Presidente do Júri
Margarida Teixeira Vaz
""",
)

# --- 4: SMEG, E.M. (municipal company) ------------------------------------------------------------
SM = "SMEG - Sociedade Municipal de Equipamentos de Gondomar"
SM_R = "Técnico Superior de Gestão de Frota e Logística"

m(
    "sm-conf",
    "2025-10-06 09:47:10 +0100",
    "SMEG Recursos Humanos <rh@smeg-gondomar.pt>",
    "Receção de candidatura - Proc. 07/RH/2025",
    J("confirmation", SM, SM_R, 4, "direct"),
    """Exmo.(a) Senhor(a),

Acusamos a receção da sua candidatura ao Procedimento 07/RH/2025 - Recrutamento de um Técnico Superior de Gestão de Frota e Logística, publicitado na BEP e no sítio da SMEG, E.M.

A candidatura será apreciada pelo júri após o termo do prazo de candidaturas. As notificações serão efetuadas por correio eletrónico, para o endereço indicado no formulário.

Com os melhores cumprimentos,
Divisão de Recursos Humanos
SMEG - Sociedade Municipal de Equipamentos de Gondomar, E.M., S.A.
""",
)

m(
    "sm-excl",
    "2025-11-05 16:22:55 +0000",
    "SMEG Recursos Humanos <rh@smeg-gondomar.pt>",
    "Proc. 07/RH/2025 - Notificação para audiência dos interessados",
    J("rejection", SM, SM_R, 4, "direct"),
    """Exmo.(a) Senhor(a) Tiago Fernandes Lopes,

Fica V. Exa. notificado(a) de que, por deliberação do júri de 3 de novembro de 2025, consta do projeto de lista de candidatos excluídos do procedimento em referência, com o seguinte fundamento:

- Não apresentação do certificado de habilitações literárias (alínea b) do ponto 8.2 do aviso de abertura).

Nos termos do Código do Procedimento Administrativo, dispõe de 10 dias úteis para, querendo, se pronunciar por escrito em sede de audiência dos interessados, utilizando o formulário disponível no sítio da SMEG.

Com os melhores cumprimentos,
A Presidente do Júri
Dra. Lurdes Carneiro
""",
)

# --- 5: Pinhal (Grupo Arcada Retalho SGPS; supermarkets "Pinhal Market") ---------------------------
PI = "Pinhal Market"
PI_R = "Gestor de Operações de Entreposto"

m(
    "pi-conf",
    "2025-09-16 19:55:02 +0100",
    "Arcada Retalho <arcada@myworkday.com>",
    "Recebemos a sua candidatura - Gestor de Operações de Entreposto (Azambuja)",
    J("confirmation", PI, PI_R, 5, "workday"),
    """Olá Tiago Fernandes Lopes,

Obrigado por se candidatar à posição R-20714 Gestor de Operações de Entreposto (Azambuja) no Pinhal Market.

Recebemos a sua candidatura e a nossa equipa irá avaliá-la. Se o seu perfil for selecionado para a próxima fase, será contactado por um elemento da equipa de recrutamento.

Pode verificar o estado da sua candidatura em qualquer momento através do seu Centro de Candidatos:
https://arcada.wd3.myworkdayjobs.com/pt-PT/Pinhal_Careers/userHome

Obrigado,
Equipa de Recrutamento
Grupo Arcada Retalho
""",
)

m(
    "pi-int",
    "2025-10-02 10:14:29 +0100",
    "Marta Quintela <marta.quintela@arcada-retalho.pt>",
    "Entrevista | Gestor de Operações de Entreposto",
    J("interview", PI, PI_R, 5, "direct"),
    """Olá Tiago, bom dia!

Sou a Marta, da equipa de Recrutamento do Pinhal. Obrigada pela sua candidatura à função de Gestor de Operações do nosso entreposto da Azambuja.

Gostaria de agendar uma primeira conversa por Teams (cerca de 45 minutos) com o Diretor do Entreposto, o Eng. Carlos Rebelo. Enviei convite para terça, 7/10, às 15h00. Se não der jeito, diga-me só outra hora nessa semana.

Até breve!
Marta Quintela
Talent Acquisition | Pinhal Market
Grupo Arcada Retalho
""",
    ics={
        "uid": "040000008200E00074C5B7101A82E00800000000B0F3E04AC733DC01",
        "style": "outlook",
        "start": "2025-10-07 15:00:00 +0100",
        "minutes": 45,
        "organizer": ("Marta Quintela", "marta.quintela@arcada-retalho.pt"),
        "attendees": [("Carlos Rebelo", "carlos.rebelo@arcada-retalho.pt")],
        "summary": "Entrevista Tiago Lopes | Gestor Operações Entreposto",
        "location": "Reunião do Microsoft Teams",
        "description": "Reunião do Microsoft Teams\nParticipe no computador ou na aplicação móvel\n"
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ5ZTk1\n"
        "ID da reunião: 372 118 904 55",
    },
)

m(
    "pi-rej",
    "2025-10-21 08:30:12 +0100",
    "Arcada Retalho <arcada@myworkday.com>",
    "Atualização sobre a sua candidatura",
    J("rejection", PI, PI_R, 5, "workday"),
    """Olá Tiago,

Agradecemos o seu interesse no Pinhal Market e o tempo que dedicou à posição R-20714 Gestor de Operações de Entreposto (Azambuja).

Depois de analisarmos atentamente todas as candidaturas, informamos que decidimos prosseguir com outros candidatos cujo perfil está mais alinhado com os requisitos desta função.

Encorajamo-lo a visitar regularmente o nosso site de carreiras e a candidatar-se a futuras oportunidades.

Com os melhores cumprimentos,
Equipa de Recrutamento
Grupo Arcada Retalho
""",
)

m(
    "pi-nudge",
    "2025-12-03 09:00:00 +0000",
    "Arcada Retalho <arcada@myworkday.com>",
    "Ainda está interessado? Conclua a sua candidatura",
    J("alert", PI, "Coordenador de Transportes - Região Norte", None, "workday"),
    """Olá Tiago,

Reparámos que começou uma candidatura para Coordenador de Transportes - Região Norte (R-21390), mas ainda não a submeteu.

As candidaturas incompletas não são analisadas pela equipa de recrutamento. Para continuar de onde parou, inicie sessão no Centro de Candidatos:
https://arcada.wd3.myworkdayjobs.com/pt-PT/Pinhal_Careers/job/Maia/Coordenador-de-Transportes_R-21390

Equipa de Recrutamento
Grupo Arcada Retalho
""",
)

# --- 6: Lusocarga Logística (3PL) - offer accepted ---------------------------------------------------
LC = "Lusocarga"
LC_R = "Responsável de Armazém"

m(
    "lc-int",
    "2025-11-24 12:41:06 +0000",
    "Patrícia Moura <patricia.moura@lusocarga.pt>",
    "RE: Candidatura - Responsável de Armazém (Ref. LC-MAIA-11)",
    J("interview", LC, LC_R, 6, "direct"),
    """Boa tarde Sr. Tiago,

Recebemos o seu CV através do anúncio publicado no Net-Empregos, obrigada.

Gostaríamos de o convidar para uma entrevista nas nossas instalações da Maia (Rua da Lionesa, 450, Armazém C), na próxima quinta-feira, dia 27, às 10h30. Consegue confirmar a disponibilidade?

Com os melhores cumprimentos,

Patrícia Moura
Departamento de Recursos Humanos
Lusocarga Logística, S.A.
Tel. 229 000 317

-----Mensagem original-----
De: Tiago Fernandes Lopes <tiago.flopes@gmail.com>
Enviada: 20 de novembro de 2025 22:13
Para: recrutamento@lusocarga.pt
Assunto: Candidatura - Responsável de Armazém (Ref. LC-MAIA-11)

Exmos. Senhores,
Venho por este meio apresentar a minha candidatura à vaga de Responsável de Armazém (Ref. LC-MAIA-11), publicada no Net-Empregos. Envio em anexo o meu CV.
Com os melhores cumprimentos,
Tiago Fernandes Lopes
""",
)

m(
    "lc-int2",
    "2025-12-01 18:02:41 +0000",
    "Patrícia Moura <patricia.moura@lusocarga.pt>",
    "2.ª entrevista - Direção de Operações",
    J("interview", LC, LC_R, 6, "direct"),
    """Sr. Tiago,

Conforme falámos ao telefone, fica agendada a segunda entrevista com o Diretor de Operações, Dr. Álvaro Campos, e com o Gestor de Cliente da conta de retalho, para dia 4 de dezembro às 9h00. Inclui visita ao armazém (traga calçado de segurança, se tiver; caso contrário, emprestamos).

Cumprimentos,
Patrícia Moura
RH | Lusocarga Logística, S.A.
""",
    **reply("lc-int"),
)

m(
    "lc-offer",
    "2025-12-12 15:30:18 +0000",
    "Patrícia Moura <patricia.moura@lusocarga.pt>",
    "Proposta de contratação - Responsável de Armazém (Maia)",
    J("offer", LC, LC_R, 6, "direct"),
    """Caro Tiago,

Foi um gosto acompanhá-lo ao longo do processo. Temos o prazer de lhe apresentar a nossa proposta de contratação para a função de Responsável de Armazém no nosso centro logístico da Maia:

- Contrato de trabalho sem termo, com período experimental de 180 dias
- Retribuição base mensal ilíquida: 2.150 EUR x 14 meses
- Subsídio de refeição: 9,60 EUR/dia em cartão
- Seguro de saúde extensível ao agregado familiar
- Viatura de serviço e telemóvel
- Horário: 2.ª a 6.ª, com disponibilidade para turnos de inventário
- Data de início proposta: 5 de janeiro de 2026

Segue em anexo a carta-proposta. Agradecemos a sua resposta até dia 19 de dezembro.

Com os melhores cumprimentos,
Patrícia Moura
Recursos Humanos
Lusocarga Logística, S.A.
""",
    attach=[
        (
            "Carta_Proposta_TFLopes.txt",
            "text/plain",
            "Lusocarga Logística, S.A. - Carta proposta. Função: Responsável de Armazém.",
        )
    ],
)

m(
    "lc-acc",
    "2025-12-17 11:12:57 +0000",
    "Patrícia Moura <patricia.moura@lusocarga.pt>",
    "RE: Proposta de contratação - Responsável de Armazém (Maia)",
    J("offer", LC, LC_R, 6, "direct"),
    st="accepted",
    text="""Olá Tiago,

Que excelente notícia! Recebemos a carta-proposta assinada, muito obrigada. Bem-vindo à Lusocarga!

Na próxima semana envio-lhe a lista de documentos para o processo de admissão e a marcação da consulta de medicina do trabalho.

Boas festas,
Patrícia

> Cara Patrícia,
> Agradeço a proposta. Aceito com todo o gosto e envio em anexo a carta assinada.
> Com os melhores cumprimentos,
> Tiago
""",
    **reply("lc-offer"),
)

m(
    "lc-onb",
    "2025-12-22 10:03:30 +0000",
    "Patrícia Moura <patricia.moura@lusocarga.pt>",
    "Documentação para admissão - início a 05/01",
    J("other_job", LC, LC_R, None, "direct"),
    """Olá Tiago,

Para o processo de admissão, pedimos que nos envie até dia 30/12:
- Cópia do Cartão de Cidadão (ou autorização de cópia)
- Comprovativo de IBAN
- Declaração de IRS (n.º de dependentes)
- Certificado de habilitações

A consulta de medicina do trabalho ficou marcada para 5/01 às 8h30, no posto clínico da Maia. No primeiro dia, apresente-se às 9h30 na receção do Armazém C.

Boas festas!
Patrícia Moura
RH | Lusocarga Logística, S.A.
""",
)

# --- 7: Minhotec (Grupo Cávado Industrial SGPS), Braga - Sapo Emprego, ghosted ---------------------------
MT = "Minhotec"
MT_R = "Engenheiro de Logística Interna"

m(
    "mt-conf",
    "2025-09-19 13:26:40 +0100",
    "SAPO Emprego <emprego@sapo.pt>",
    "Candidatura enviada: Engenheiro de Logística Interna (m/f) - Braga",
    J("confirmation", MT, MT_R, 7, "other"),
    html="""<html><body style="background:#f2f2f2"><table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td style="background:#5fbf00;color:#fff;padding:12px;font-size:20px">SAPO Emprego</td></tr>
<tr><td style="padding:16px">
<p>Olá Tiago,</p>
<p>A tua candidatura foi enviada com sucesso para:</p>
<p><b>Engenheiro de Logística Interna (m/f)</b><br>Minhotec - Sistemas Eletrónicos, S.A.<br>Braga</p>
<p>O recrutador vai receber o teu CV e a tua carta de apresentação. Boa sorte!</p>
<p><a href="https://emprego.sapo.pt/minhas-candidaturas">Ver as minhas candidaturas</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#999;padding:12px">Recebeste este email porque tens conta no SAPO Emprego. MEO - Serviços de Comunicações e Multimédia, S.A.</td></tr>
</table></body></html>""",
)

# --- 8: Cerâmica Vouga Nova, Aveiro - Expresso Emprego ---------------------------------------------
CV = "Cerâmica Vouga Nova"
CV_R = "Técnico de Planeamento e Logística"

m(
    "cv-conf",
    "2025-10-08 22:10:03 +0100",
    "Expresso Emprego <noreply@expressoemprego.pt>",
    "A sua candidatura foi registada",
    J("confirmation", CV, CV_R, 8, "other"),
    """Olá Tiago,

A sua candidatura à oferta "Técnico de Planeamento e Logística - Aveiro" (Cerâmica Vouga Nova, S.A.) foi registada.

A empresa recrutadora passa a ter acesso ao seu perfil e ao CV que anexou. Se for pré-selecionado, será contactado diretamente pela empresa.

Siga as suas candidaturas em https://expressoemprego.pt/candidato/candidaturas

Boa sorte!
Equipa Expresso Emprego
""",
)

m(
    "cv-rej",
    "2025-11-10 09:35:19 +0000",
    "Helena Rocha <rh@vouganova-ceramica.pt>",
    "Técnico de Planeamento e Logística",
    J("rejection", CV, CV_R, 8, "direct"),
    """Exmo. Sr. Tiago Lopes,

Agradecemos o seu interesse em integrar a equipa da Cerâmica Vouga Nova e a candidatura que nos fez chegar.

Informamos que, após análise de todos os currículos recebidos, a sua candidatura não foi selecionada para a fase seguinte do processo. Guardaremos o seu CV na nossa base de dados por um período de 12 meses, com o seu consentimento.

Com os melhores cumprimentos,

Helena Rocha
Recursos Humanos
Cerâmica Vouga Nova, S.A. - Grupo Ria Cerâmicas
Ílhavo
""",
)

# --- 9: Fibrauto Portugal via Prolabor ETT -------------------------------------------------------
FB = "Fibrauto Portugal"
FB_R = "Coordenador de Logística"

m(
    "pl-out",
    "2025-10-13 10:22:48 +0100",
    "Joana Simões | Prolabor <joana.simoes@prolabor-ett.pt>",
    "Oportunidade - Coordenador de Logística (setor automóvel) | Aveiro",
    J("outreach", None, FB_R, None, "agency"),
    """Bom dia Tiago,

Chamo-me Joana Simões e sou consultora de recrutamento na Prolabor - Empresa de Trabalho Temporário. Encontrei o seu perfil no LinkedIn e penso que poderá ter interesse numa oportunidade que estamos a gerir em exclusivo:

Coordenador de Logística (m/f)
Cliente: multinacional do setor de componentes automóveis, zona industrial de Aveiro
Contrato: inicial através da Prolabor (6 meses), com integração direta no cliente
Requisitos: experiência em logística de produção (JIT/JIS), inglês fluente, SAP

Se tiver interesse, diga-me qual o melhor contacto telefónico e horário para falarmos.

Obrigada,
Joana Simões
Consultora de Recrutamento | Prolabor, Lda. (Alvará n.º 612)
Av. da Boavista, 1681, 4.º, Porto
""",
)

m(
    "pl-conf",
    "2025-10-16 17:44:10 +0100",
    "Joana Simões | Prolabor <joana.simoes@prolabor-ett.pt>",
    "RE: Oportunidade - Coordenador de Logística (setor automóvel) | Aveiro",
    J("confirmation", FB, FB_R, 9, "agency"),
    """Olá Tiago,

Obrigada pela conversa de hoje. Como combinado, já posso revelar: o cliente é a Fibrauto Portugal, fábrica de Cacia. Submeti hoje a sua candidatura ao cliente, com o CV e a nossa nota de entrevista.

Darei notícias assim que tiver feedback da responsável de RH da fábrica.

Joana

> Olá Joana, obrigado pelo contacto. Tenho interesse, pode ligar-me para o 912 000 584 depois das 14h.
> Tiago
""",
    **reply("pl-out"),
)

m(
    "pl-int",
    "2025-10-23 09:10:33 +0100",
    "Joana Simões | Prolabor <joana.simoes@prolabor-ett.pt>",
    "Fibrauto - entrevista confirmada 29/10",
    J("interview", FB, FB_R, 9, "agency"),
    """Bom dia Tiago,

Boas notícias: a Fibrauto quer conhecê-lo. A entrevista fica marcada para quarta-feira, 29/10, às 14h30, na fábrica de Cacia (Rua da Indústria, 9). Vai ser recebido pela Eng.ª Daniela Amorim (Logistics Manager) e pela Rita Paiva (HR Business Partner). Parte da entrevista será em inglês.

Ligue-me depois para me contar como correu!
Joana Simões
Prolabor
""",
)

m(
    "pl-rej",
    "2025-11-07 12:58:01 +0000",
    "Joana Simões | Prolabor <joana.simoes@prolabor-ett.pt>",
    "Feedback Fibrauto",
    J("rejection", FB, FB_R, 9, "agency"),
    """Olá Tiago,

Tentei ligar-lhe, mas sem sucesso. Tive hoje o feedback da Fibrauto: gostaram muito da entrevista e da sua postura, mas optaram por um candidato com experiência específica em JIS com o cliente final (OEM). Lamento, sei que estava motivado.

Vou manter o seu perfil ativo na Prolabor; tenho outros processos em logística que podem fazer sentido.

Um abraço,
Joana
""",
)

# --- 10: Fundição do Ave - plant manager from personal Gmail ---------------------------------------
FA = "Fundição do Ave"
FA_R = "Responsável de Logística e Planeamento"

m(
    "fa-int",
    "2025-11-03 21:47:15 +0000",
    "Rui Magalhães <rui.magalhaes.ave@gmail.com>",
    "O seu CV - conversa?",
    J("interview", FA, FA_R, 10, "direct"),
    """Boa noite Tiago,

O Eng. Vasco Pimenta (seu antigo professor na FEUP, creio) passou-me o seu CV. Sou o diretor da fábrica da Fundição do Ave, em Vila Nova de Famalicão, e estou a estruturar uma função de responsável de logística e planeamento, que hoje está dispersa entre a produção e as compras.

Escrevo do meu e-mail pessoal porque o processo ainda não está aberto formalmente. Podia passar cá na fábrica na sexta, 7, ao fim da tarde (17h30)? Mostro-lhe a fábrica e conversamos com calma.

Cumprimentos,
Rui Magalhães
Diretor Fabril - Fundição do Ave, Lda.

Enviado do meu iPhone
""",
)

m(
    "fa-hold",
    "2025-12-09 08:15:49 +0000",
    "Rui Magalhães <rui.magalhaes.ave@gmail.com>",
    "Re: O seu CV - conversa?",
    J("confirmation", FA, FA_R, 10, "direct"),
    st="on_hold",
    text="""Bom dia Tiago,

Devo-lhe uma resposta. Gostei muito da nossa conversa e da visita, e continuo a achar que o seu perfil é o que procuramos.

Infelizmente a administração decidiu congelar novas contratações até conhecermos o orçamento de 2026 (o principal cliente alemão reduziu as encomendas do 1.º trimestre). A função fica em suspenso, não cancelada. Logo que tenha luz verde volto a contactá-lo, se ainda estiver disponível.

Um abraço,
Rui

Em seg., 3/11/2025 às 21:47, Rui Magalhães <rui.magalhaes.ave@gmail.com> escreveu:
> Boa noite Tiago,
> O Eng. Vasco Pimenta (seu antigo professor na FEUP, creio) passou-me o seu CV.
""",
    **reply("fa-int"),
)

# --- 11: Logitrofa via IEFP -----------------------------------------------------------------------------
m(
    "iefp-conv",
    "2025-10-27 10:30:00 +0000",
    "IEFP <noreply@iefp.pt>",
    "Convocatória - Oferta de emprego n.º 588112025",
    J("interview", "Logitrofa", "Técnico de Logística", 11, "other"),
    """Exmo.(a) Senhor(a) Tiago Fernandes Lopes,
N.º de utente: 7710452

Fica convocado(a) para comparecer numa entrevista de seleção relativa à oferta de emprego abaixo indicada, para a qual foi pré-selecionado(a) pelo seu Serviço de Emprego:

Oferta n.º: 588112025
Profissão: Técnico de Logística
Entidade empregadora: Logitrofa - Armazenagem e Distribuição, Lda.
Local da entrevista: Rua Dr. Nascimento, 51, Trofa
Data/hora: 04-11-2025, 10:00
Contacto da entidade: Sr. Fernando Leite

A falta injustificada à convocatória pode determinar a anulação da inscrição, nos termos da lei.

Serviço de Emprego do Porto Ocidental
Instituto do Emprego e Formação Profissional, I.P.
""",
)

# --- 12: Fluxo Analytics - ITJobs.pt, ghosted --------------------------------------------------------------
m(
    "fx-conf",
    "2025-09-25 23:02:12 +0100",
    "ITJobs <noreply@itjobs.pt>",
    "Candidatura enviada - Logistics Data Analyst @ Fluxo Analytics",
    J("confirmation", "Fluxo Analytics", "Logistics Data Analyst", 12, "other"),
    """Olá Tiago,

A tua candidatura à oferta Logistics Data Analyst (Lisboa / Híbrido) da Fluxo Analytics foi enviada.

Já podes acompanhar o estado na tua área pessoal: https://www.itjobs.pt/conta/candidaturas

Dica: candidatos com perfil completo têm 3x mais respostas. Adiciona as tuas competências!

--
ITJobs.pt - Ofertas de emprego em TI
""",
)

# --- 13: Transportes Rodocerto - Indeed -----------------------------------------------------------------
RC = "Transportes Rodocerto"
RC_R = "Engenheiro de Processos Logísticos"

m(
    "rc-conf",
    "2025-09-30 20:18:44 +0100",
    "Indeed <indeedapply@indeed.com>",
    "Candidatura enviada: Engenheiro de Processos Logísticos",
    J("confirmation", RC, RC_R, 13, "indeed"),
    html="""<html><body><table width="100%" style="font-family:'Noto Sans',Arial"><tr><td align="center">
<table width="560"><tr><td><img src="https://www.indeed.com/images/indeed_logo.png" alt="indeed" width="90"></td></tr>
<tr><td><h2 style="font-size:20px">A sua candidatura foi enviada para Transportes Rodocerto, Lda.</h2>
<p><b>Engenheiro de Processos Logísticos</b><br>Transportes Rodocerto, Lda. - Braga</p>
<p>Os seguintes elementos foram enviados: CV, informações de contacto, respostas às perguntas do empregador.</p>
<p><a href="https://pt.indeed.com/myjobs">Ver as minhas vagas</a></p>
<p style="font-size:12px;color:#767676">Será notificado se o empregador responder. Não responda a este e-mail.</p>
<p style="font-size:11px;color:#767676">© 2025 Indeed · Indeed Ireland Operations Ltd., 124 St Stephen's Green, Dublin 2</p>
</td></tr></table></td></tr></table></body></html>""",
)

m(
    "rc-rej",
    "2025-10-29 14:07:31 +0000",
    "Indeed <noreply@indeed.com>",
    "Uma atualização da sua candidatura para Transportes Rodocerto, Lda.",
    J("rejection", RC, RC_R, 13, "indeed"),
    """Engenheiro de Processos Logísticos
Transportes Rodocerto, Lda. - Braga

Olá Tiago,

Obrigado pelo seu interesse nesta vaga. Depois de analisar a sua candidatura, o empregador decidiu não avançar consigo para este cargo.

Não desanime: há novas vagas de Engenheiro de Logística perto de Porto todos os dias.
Ver vagas semelhantes: https://pt.indeed.com/q-engenheiro-logistica-l-porto-vagas.html

Indeed Ireland Operations Ltd.
""",
)

# --- 14: Rotafy (startup) - Recruitee, offer declined ----------------------------------------------------
RT = "Rotafy"
RT_R = "Operations Engineer"

m(
    "rt-conf",
    "2025-11-04 11:31:55 +0000",
    "Rotafy <no-reply@recruitee.com>",
    "Obrigado pela candidatura, Tiago!",
    J("confirmation", RT, RT_R, 14, "recruitee"),
    """Olá Tiago,

Obrigado por te candidatares a Operations Engineer na Rotafy! 🚚

Somos uma equipa pequena (22 pessoas) a construir software de otimização de rotas para distribuição urbana, e lemos todas as candidaturas. Vais ter notícias nossas nas próximas duas semanas, seja qual for a decisão.

Entretanto, podes espreitar o nosso blog de engenharia: https://rotafy.io/blog

Equipa Rotafy
Rua do Bolhão, 62, Porto
""",
)

m(
    "rt-int",
    "2025-11-10 16:45:00 +0000",
    "Inês Figueiredo <ines@rotafy.io>",
    "Rotafy <> Tiago - conversa com os fundadores",
    J("interview", RT, RT_R, 14, "direct"),
    """Olá Tiago!

Adorámos o teu perfil. Queres vir conversar connosco ao escritório? Marquei na quinta 13/11 às 11h, com o Miguel (CTO) e comigo. Se preferires vídeo, diz e mudo para Meet.

Inês Figueiredo
Co-founder & CEO @ Rotafy
""",
    ics={
        "uid": "5k2r8f1q0vn3eb7t9jc4h6aamp@google.com",
        "style": "google",
        "start": "2025-11-13 11:00:00 +0000",
        "minutes": 60,
        "organizer": ("Inês Figueiredo", "ines@rotafy.io"),
        "attendees": [("Miguel Sá", "miguel@rotafy.io")],
        "summary": "Rotafy <> Tiago Lopes (Operations Engineer)",
        "location": "Rotafy, Rua do Bolhão 62, 2.º, Porto",
        "description": "Conversa com os fundadores. Café incluído.",
    },
)

m(
    "rt-case",
    "2025-11-14 09:20:10 +0000",
    "Inês Figueiredo <ines@rotafy.io>",
    "Próximo passo: desafio de operações",
    J("assessment", RT, RT_R, 14, "direct"),
    """Olá Tiago,

Obrigada pela conversa de ontem, saímos muito entusiasmados.

Como próximo passo, pedimos que prepares um pequeno desafio: temos dados anonimizados de uma semana de entregas de um cliente (link abaixo) e gostávamos que propusesses como reorganizar as janelas de entrega e o cross-dock da manhã. Não é para gastares mais de 4-5 horas. Depois apresentas-nos em 30 minutos.

Dados: https://drive.google.com/drive/folders/1rT0fyOpsCase2025

Beijinhos e bom fim de semana,
Inês
""",
)

m(
    "rt-offer",
    "2025-12-05 18:10:22 +0000",
    "Inês Figueiredo <ines@rotafy.io>",
    "Queremos-te na Rotafy 🎉",
    J("offer", RT, RT_R, 14, "direct"),
    """Tiago,

Como te disse ao telefone, queremos muito que te juntes a nós como Operations Engineer. Segue a proposta:

- 38.000 EUR brutos/ano (14 meses)
- 0,15 % de stock options (vesting 4 anos, cliff 1 ano)
- Trabalho híbrido, 3 dias no escritório do Porto
- Seguro de saúde e 25 dias de férias
- Início: janeiro, a combinar

Dá-nos uma resposta até 15/12? Qualquer dúvida liga-me.

Inês
""",
)

m(
    "rt-decl",
    "2025-12-16 10:02:40 +0000",
    "Inês Figueiredo <ines@rotafy.io>",
    "Re: Queremos-te na Rotafy 🎉",
    J("offer", RT, RT_R, 14, "direct"),
    st="declined",
    text="""Olá Tiago,

Que pena! Mas compreendemos perfeitamente, a estabilidade conta muito e a Lusocarga é uma excelente casa para esta fase. Obrigada pela honestidade e pela forma como conduziste tudo.

A porta fica aberta. Quando quiseres um café, diz!

Inês

On Mon, Dec 15, 2025 at 11:48 PM Tiago Fernandes Lopes <tiago.flopes@gmail.com> wrote:
> Olá Inês,
> Depois de pensar muito, decidi não aceitar a proposta. Aceitei outra posição mais próxima
> da operação de armazém. Muito obrigado pela confiança.
> Tiago
""",
    **reply("rt-offer"),
)

# --- 15: Kasa Moda - LinkedIn Easy Apply (viewed, ghosted) --------------------------------------------
KM = "Kasa Moda"
KM_R = "Especialista de Logística E-commerce"

m(
    "km-conf",
    "2025-10-01 12:02:19 +0100",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Tiago, a sua candidatura foi enviada para Kasa Moda",
    J("confirmation", KM, KM_R, 15, "linkedin"),
    html="""<html><body><table width="512" align="center" style="font-family:-apple-system,system-ui,Arial">
<tr><td><img src="https://static.licdn.com/aero-v1/sc/h/logo.png" alt="LinkedIn" height="24"></td></tr>
<tr><td><h2 style="font-size:20px">A sua candidatura foi enviada para Kasa Moda</h2>
<p><b>Especialista de Logística E-commerce</b><br>Kasa Moda · Vila Nova de Gaia, Porto, Portugal (Híbrido)</p>
<p>Candidatura enviada em 1 de outubro de 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4301188452/">Ver vaga</a></p>
<p style="font-size:12px;color:#666">Agora, aproveite para se destacar: as pessoas que enviam mensagem ao recrutador têm mais probabilidade de obter resposta.</p>
<p style="font-size:11px;color:#999">Este e-mail foi enviado para Tiago Fernandes Lopes (Engenheiro de Logística e Operações). LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</td></tr></table></body></html>""",
)

m(
    "km-view",
    "2025-10-06 08:44:51 +0100",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "A sua candidatura foi vista por Kasa Moda",
    J("viewed", KM, KM_R, 15, "linkedin"),
    """A sua candidatura foi vista por Kasa Moda

Especialista de Logística E-commerce
Kasa Moda · Vila Nova de Gaia

A equipa de contratação viu a sua candidatura. Não é garantido que receba resposta, mas está um passo mais perto.

Ver vaga: https://www.linkedin.com/jobs/view/4301188452/

Este e-mail foi enviado para Tiago Fernandes Lopes. Saiba por que razão incluímos isto: https://www.linkedin.com/help/linkedin/answer/4788
LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
)

# --- 24: Frioatlântico - direct e-mail application, withdrawn -------------------------------------------
FR = "Frioatlântico"
FR_R = "Engenheiro de Operações - Logística de Frio"

m(
    "fr-conf",
    "2025-12-02 09:12:07 +0000",
    "Recrutamento Frioatlântico <recrutamento@frioatlantico.pt>",
    "Resposta automática: Candidatura Engenheiro de Operações",
    J("confirmation", FR, FR_R, 24, "direct"),
    """Obrigado pelo seu contacto.

Confirmamos a receção da sua candidatura. Todas as candidaturas são analisadas pelo nosso departamento de Recursos Humanos; apenas os candidatos pré-selecionados serão contactados num prazo de 30 dias.

Frioatlântico - Logística de Frio, S.A.
Plataforma Logística de Vila do Conde
""",
)

m(
    "fr-wd",
    "2025-12-19 14:33:48 +0000",
    "Cláudia Neves <claudia.neves@frioatlantico.pt>",
    "RE: Retirada de candidatura - Engenheiro de Operações",
    J("confirmation", FR, FR_R, 24, "direct"),
    st="withdrawn",
    text="""Caro Tiago,

Tomámos boa nota da sua decisão de retirar a candidatura ao processo de Engenheiro de Operações. Estávamos precisamente a preparar o agendamento das entrevistas, mas compreendemos.

Votos de sucesso na nova função.

Cláudia Neves
Recursos Humanos | Frioatlântico

-----Original Message-----
From: Tiago Fernandes Lopes <tiago.flopes@gmail.com>
Sent: quinta-feira, 18 de dezembro de 2025 21:05
Subject: Retirada de candidatura - Engenheiro de Operações

Boa noite, venho informar que aceitei uma proposta noutra empresa e, por isso, retiro a minha candidatura. Obrigado pela atenção.
""",
)

# --- 25: Mundo Têxtil (Guimarães) - LinkedIn, rejected with a neutral subject ---------------------------
MX = "Mundo Têxtil"
MX_R = "Demand Planner"

m(
    "mx-conf",
    "2026-01-21 20:40:13 +0000",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Tiago, a sua candidatura foi enviada para Mundo Têxtil",
    J("confirmation", MX, MX_R, 25, "linkedin"),
    """A sua candidatura foi enviada para Mundo Têxtil

Demand Planner
Mundo Têxtil · Guimarães, Braga, Portugal (Presencial)
Candidatura enviada em 21 de janeiro de 2026

Ver vaga: https://www.linkedin.com/jobs/view/4352201190/

LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
)

m(
    "mx-rej",
    "2026-02-11 11:26:05 +0000",
    "Recrutamento Mundo Têxtil <recrutamento@mundotextil.pt>",
    "Demand Planner - Mundo Têxtil",
    J("rejection", MX, MX_R, 25, "direct"),
    """Olá Tiago,

Muito obrigado pelo interesse que demonstrou em fazer parte da equipa Mundo Têxtil.

Recebemos um número muito elevado de candidaturas para a função de Demand Planner e, após uma análise cuidada, não iremos dar seguimento à sua candidatura nesta fase. Esta decisão não reflete o valor do seu percurso, mas sim a adequação ao perfil específico da função.

Desejamos-lhe as maiores felicidades.

Equipa de Recrutamento
Mundo Têxtil - Confeções, S.A. | Grupo MT SGPS
""",
)

# --- 26: Expeditrans (Maia) - e-mail application, auto-acknowledged, then ghosted --------------------------
m(
    "ex-conf",
    "2025-10-15 21:58:42 +0100",
    "Expeditrans RH <rh@expeditrans.pt>",
    "Re: Planeador de Transportes - candidatura",
    J("confirmation", "Expeditrans", "Planeador de Transportes", 26, "direct"),
    """Exmo.(a) Candidato(a),

Agradecemos o envio do seu currículo para a função de Planeador de Transportes. A sua candidatura foi registada na nossa base de dados e será analisada com a maior brevidade.

Caso não seja contactado(a) no prazo de 15 dias, deverá considerar que a sua candidatura não foi selecionada.

Com os melhores cumprimentos,
Recursos Humanos
Expeditrans - Transportes e Logística, Lda.
Zona Industrial da Maia I, Sector X, Lote 402
""",
)
