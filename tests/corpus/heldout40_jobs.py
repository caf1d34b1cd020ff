# ruff: noqa: E501
"""Corpus 40, Brazilian job mail: applications 1-16 with their alerts, outreach and portal mail."""

from __future__ import annotations

import hashlib
from typing import Any

APPS = {
    1: ("Sabor do Vale", "Analista de Qualidade Júnior"),
    2: ("Sabor do Vale", "Supervisora de Segurança dos Alimentos"),
    3: ("Supermercados Boa Compra", "Nutricionista de Loja"),
    4: ("Hospital Santa Luzia", "Nutricionista Clínica"),
    5: ("Merenda Certa", "Nutricionista Responsável Técnica"),
    6: ("Coopercapibaribe", "Analista de Controle de Qualidade"),
    7: ("Nutrilar", "Nutricionista de Conteúdo Clínico"),
    8: ("Velmora Foods", "Analista de Garantia da Qualidade"),
    9: ("Velmora Foods", "Analista de Garantia da Qualidade"),
    10: ("Cozinha da Madalena", "Nutricionista Consultora"),
    11: ("Mar Aberto Pescados", "Analista de Qualidade Sênior"),
    12: ("Bahiana Laticínios", "Coordenadora de Qualidade"),
    13: ("Pão Dourado", "Nutricionista de Produção"),
    14: ("Ondina Sucos", "Analista de Qualidade Pleno"),
    15: ("Atacarejo Mais Preço", "Analista de Qualidade Alimentar"),
    16: ("Laticínios Serra Branca", "Analista de PCQ"),
}


def T(cat: str, app: int, src: str, lang: str = "pt") -> tuple[Any, ...]:
    company, role = APPS[app]
    return (cat, company, role, app, src, lang)


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    domain = frm.rsplit("@", 1)[1].rstrip(">")
    digest = hashlib.sha1(f"{key}|{date}".encode()).hexdigest()[:18]
    spec: dict[str, Any] = {
        "id": f"<{digest}.{key}@{domain}>",
        "date": date,
        "from": frm,
        "subject": subject,
        "t": t,
    }
    if text:
        spec["text"] = text
    spec.update(kw)
    return spec


def reply(spec: dict[str, Any]) -> dict[str, str]:
    return {"In-Reply-To": spec["id"], "References": spec["id"]}


GUPY = "no-reply@gupy.io"

# --- 1 & 2: Sabor do Vale (Nordestina Alimentos Ltda.), two roles through Gupy -------------------

_sv1 = m(
    "sv1a",
    "2025-09-04 10:17:00 -0300",
    f"Sabor do Vale <{GUPY}>",
    "Recebemos sua candidatura para Analista de Qualidade Júnior",
    T("confirmation", 1, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<img src="https://gupy-public.s3.amazonaws.com/logos/sabordovale.png" alt="Sabor do Vale" width="140">
<p>Olá, Thaís!</p>
<p>Que bom ter você por aqui. Sua candidatura para a vaga <b>Analista de Qualidade Júnior - Fábrica Jaboatão</b> foi concluída com sucesso.</p>
<p>Agora nosso time de Gente &amp; Gestão vai analisar seu perfil. Você pode acompanhar cada etapa do processo seletivo pela sua página de candidaturas.</p>
<p><a href="https://sabordovale.gupy.io/candidates/applications">Acompanhar minhas candidaturas</a></p>
<p>Boa sorte!<br>Equipe de Recrutamento Sabor do Vale<br>Nordestina Alimentos Ltda.</p>
<p style="font-size:11px;color:#999">Este é um e-mail automático enviado pela Gupy em nome de Sabor do Vale. Não responda esta mensagem.</p>
</body></html>""",
)

_sv2 = m(
    "sv1b",
    "2025-09-11 14:02:00 -0300",
    f"Sabor do Vale <{GUPY}>",
    "Próxima etapa: Teste de Perfil | Sabor do Vale",
    T("assessment", 1, "other"),
    """Oi, Thaís, tudo bem?

Você avançou no processo seletivo para Analista de Qualidade Júnior - Fábrica Jaboatão!

A próxima etapa é o Teste de Perfil Comportamental. Ele leva em média 15 minutos e não existe
resposta certa ou errada, então responda com tranquilidade e de acordo com o que você realmente é.

Prazo para realização: até 15/09/2025, às 23h59.

Acesse: https://sabordovale.gupy.io/candidates/applications/18812345/steps

Importante: se o teste não for realizado dentro do prazo, sua candidatura não poderá seguir no processo.

Abraços,
Time de Gente & Gestão | Sabor do Vale

--
Enviado pela Gupy. Dúvidas? https://ajuda.gupy.io""",
)

_sv3 = m(
    "sv1c",
    "2025-09-19 09:45:00 -0300",
    "Larissa Tenório <larissa.tenorio@nordestinaalimentos.com.br>",
    "Convite - Dinâmica de grupo | Analista de Qualidade Jr",
    T("interview", 1, "direct"),
    """Bom dia, Thaís!

Parabéns por ter chegado até aqui. Gostaríamos de convidar você para a dinâmica de grupo da vaga de
Analista de Qualidade Júnior, que acontecerá presencialmente na nossa unidade fabril:

Data: 24/09 (quarta-feira)
Horário: 8h30 (duração prevista de 3 horas)
Local: Rod. BR-101 Sul, km 82, Prazeres - Jaboatão dos Guararapes (portaria 2, falar com a recepção do RH)

Traje: confortável, calçado fechado (faremos uma rápida visita à área de produção, sem adornos).
Levar documento com foto.

Por favor, confirme sua presença respondendo este e-mail até segunda-feira.

Atenciosamente,

Larissa Tenório
Analista de Recrutamento e Seleção
Nordestina Alimentos Ltda. - Sabor do Vale
(81) 3476-2210""",
)

_sv4 = m(
    "sv1d",
    "2025-09-29 16:20:00 -0300",
    "Larissa Tenório <larissa.tenorio@nordestinaalimentos.com.br>",
    "Entrevista com o gestor - Qualidade",
    T("interview", 1, "direct"),
    """Oi Thaís, boa tarde.

Você foi aprovada na dinâmica! Agora a próxima etapa é a entrevista com o gestor da área, o
Everaldo Campos (Coordenador de Qualidade). Enviei o convite pelo Google Agenda para quinta,
02/10, às 10h, no Google Meet.

Qualquer imprevisto me avisa por aqui ou pelo WhatsApp.

Abs,
Larissa""",
    ics={
        "uid": "5k2v8q0f1t3r@google.com",
        "start": "2025-10-02 10:00:00 -0300",
        "minutes": 45,
        "organizer": ("Larissa Tenório", "larissa.tenorio@nordestinaalimentos.com.br"),
        "attendees": [("Everaldo Campos", "everaldo.campos@nordestinaalimentos.com.br")],
        "summary": "Entrevista gestor - Analista de Qualidade Jr - Thaís Nogueira",
        "description": "Participar com o Google Meet: https://meet.google.com/qhx-tbvr-kda",
        "location": "Google Meet",
    },
)

_sv5 = m(
    "sv1e",
    "2025-10-14 11:08:00 -0300",
    f"Sabor do Vale <{GUPY}>",
    "Atualização sobre o processo seletivo",
    T("rejection", 1, "other"),
    """Olá, Thaís,

Primeiramente, agradecemos muito o seu interesse em fazer parte do time Sabor do Vale e a dedicação
em todas as etapas. Ficamos muito bem impressionados com a sua formação e com a sua participação na
dinâmica e na conversa com o gestor.

Depois de uma análise cuidadosa, decidimos seguir com outra pessoa candidata, cujo perfil está mais
alinhado ao momento da vaga de Analista de Qualidade Júnior - Fábrica Jaboatão. Sua candidatura foi
finalizada, mas seu currículo continuará no nosso banco de talentos para futuras oportunidades.

Desejamos sucesso na sua jornada!

Time de Gente & Gestão | Sabor do Vale""",
)

_sv6 = m(
    "sv2a",
    "2025-11-03 19:40:00 -0300",
    f"Sabor do Vale <{GUPY}>",
    "Candidatura realizada: Supervisora de Segurança dos Alimentos",
    T("confirmation", 2, "other"),
    html="""<html><body>
<table width="600" style="font-family:Helvetica,Arial;font-size:14px"><tr><td>
<p><img src="https://gupy-public.s3.amazonaws.com/logos/sabordovale.png" alt="Sabor do Vale"></p>
<h2 style="color:#e36414">Oba! Candidatura enviada</h2>
<p>Thaís, recebemos sua inscrição para <strong>Supervisor(a) de Segurança dos Alimentos - Unidade Vitória de Santo Antão</strong>.</p>
<p>Fique de olho no seu e-mail e na plataforma: é por lá que vamos te contar sobre as próximas etapas.</p>
<p>Dica: mantenha seu currículo atualizado na Gupy.</p>
<p>#VemSerSabor</p>
</td></tr></table></body></html>""",
)

# --- 3: Supermercados Boa Compra through Sólides; offer declined -------------------------------

_bc1 = m(
    "bc3a",
    "2025-09-08 08:55:00 -0300",
    "Sólides Vagas <naoresponda@solides.com.br>",
    "Sua candidatura foi enviada - Nutricionista de Loja",
    T("confirmation", 3, "other"),
    """Olá, Thaís Albuquerque Nogueira!

Sua candidatura para a vaga Nutricionista de Loja (Recife - Zona Norte) na empresa
Supermercados Boa Compra foi recebida.

Para aumentar suas chances, mantenha seu Perfil Comportamental atualizado.

Acompanhe o andamento em: https://vagas.solides.com.br/minhas-candidaturas

Equipe Sólides""",
)

_bc2 = m(
    "bc3b",
    "2025-09-22 17:31:00 -0300",
    "Renata Lins - RH Boa Compra <renata.lins@boacompra-supermercados.com.br>",
    "Entrevista - Nutricionista de Loja",
    T("interview", 3, "direct"),
    """Boa tarde Thaís,

Recebemos seu currículo pela Sólides e gostaríamos de conhecê-la melhor. Você tem disponibilidade
para uma entrevista presencial na loja da Encruzilhada na sexta (26/09) às 14h? A conversa será
comigo e com a Dra. Sandra Queiroz, nutricionista supervisora regional.

Endereço: Av. Beberibe, 1450 - Encruzilhada. Procurar o setor administrativo no 1º andar.

Att,
Renata Lins
Recursos Humanos - Supermercados Boa Compra
"Compra boa todo dia"
""",
)

_bc3 = m(
    "bc3c",
    "2025-10-07 12:12:00 -0300",
    "Renata Lins - RH Boa Compra <renata.lins@boacompra-supermercados.com.br>",
    "Proposta de trabalho - Boa Compra",
    T("offer", 3, "direct"),
    """Olá Thaís, tudo bem?

Temos o prazer de formalizar a proposta para a vaga de Nutricionista de Loja:

- Regime: CLT, 44h semanais (escala 6x1 com folga aos domingos alternados)
- Salário: R$ 3.850,00
- Vale-alimentação R$ 600,00, plano de saúde Hapvida, vale-transporte
- Lotação: lojas Encruzilhada e Casa Amarela
- Início previsto: 20/10/2025

Pedimos um retorno até quinta-feira (09/10). Qualquer dúvida, fico à disposição.

Renata Lins
RH | Supermercados Boa Compra Ltda.""",
)

_bc4 = m(
    "bc3d",
    "2025-10-10 09:03:00 -0300",
    "Renata Lins - RH Boa Compra <renata.lins@boacompra-supermercados.com.br>",
    "Re: Proposta de trabalho - Boa Compra",
    T("offer", 3, "direct"),
    """Bom dia Thaís,

Entendemos sua decisão e agradecemos a transparência. Uma pena não termos você conosco agora, mas
a porta fica aberta, tá?

Sucesso!
Renata

Em qui., 9 de out. de 2025 às 18:40, Thaís Albuquerque Nogueira <thais.nogueira.nutri@gmail.com> escreveu:
> Olá Renata, boa noite!
>
> Agradeço muito a proposta e o carinho de todo o time. Depois de pensar bastante, decidi não
> seguir, principalmente por conta da escala de fim de semana, que hoje não consigo conciliar.
>
> Um abraço,
> Thaís
>
> > Em ter., 7 de out. de 2025 às 12:12, Renata Lins escreveu:
> > Temos o prazer de formalizar a proposta para a vaga de Nutricionista de Loja""",
    st="declined",
    **reply(_bc3),
)

# --- 4: Hospital Santa Luzia, seleção pública run by Instituto Acolher -------------------------

_hs1 = m(
    "hs4a",
    "2025-09-15 21:14:00 -0300",
    "Instituto Acolher de Seleção <inscricoes@institutoacolher.org.br>",
    "Confirmação de inscrição - Seleção Pública HSL 01/2025",
    T("confirmation", 4, "other"),
    """INSTITUTO ACOLHER DE SELEÇÃO E DESENVOLVIMENTO

Prezada candidata THAIS ALBUQUERQUE NOGUEIRA,

Confirmamos o recebimento da sua inscrição na Seleção Pública Simplificada nº 01/2025 do
Hospital Santa Luzia do Recife.

Número de inscrição: 2025010447
Cargo: 312 - Nutricionista Clínico(a)
Taxa de inscrição: R$ 95,00 - PAGA

Infelizmente não é possível alterar o cargo escolhido após o pagamento. Consulte o edital e o
cronograma em www.institutoacolher.org.br/hsl2025.

Atenciosamente,
Comissão Organizadora""",
)

_hs2 = m(
    "hs4b",
    "2025-10-20 10:00:00 -0300",
    "Instituto Acolher de Seleção <inscricoes@institutoacolher.org.br>",
    "HSL 01/2025 - Cartão de confirmação da prova objetiva disponível",
    T("assessment", 4, "other"),
    """Prezada candidata,

Já está disponível na Área do Candidato o seu Cartão de Confirmação de Inscrição (CCI) para a prova
objetiva da Seleção Pública HSL 01/2025.

Data da prova: 02/11/2025 (domingo)
Abertura dos portões: 7h30 | Fechamento: 8h15 (horário local)
Local: Escola Estadual Ginásio Pernambucano - Rua da Aurora, 703 - Boa Vista, Recife - Sala 14

Leve documento oficial com foto e caneta esferográfica de tinta preta, fabricada em material
transparente.

Comissão Organizadora - Instituto Acolher""",
)

_hs3 = m(
    "hs4c",
    "2025-11-24 18:30:00 -0300",
    "Instituto Acolher de Seleção <inscricoes@institutoacolher.org.br>",
    "HSL 01/2025 - Convocação para avaliação curricular e entrevista",
    T("interview", 4, "other"),
    """Prezada THAIS ALBUQUERQUE NOGUEIRA (inscrição 2025010447),

Informamos que V.Sa. foi habilitada na prova objetiva (64,0 pontos) e está CONVOCADA para a etapa de
avaliação curricular e entrevista técnica do cargo 312 - Nutricionista Clínico(a).

Data: 03/12/2025, às 13h40
Local: Hospital Santa Luzia do Recife - Auditório Dom Hélder, 2º andar - Rua Joaquim Nabuco, 1200, Graças

Apresentar os originais e cópias dos documentos relacionados no Anexo IV do edital (diploma,
registro no CRN-6, comprovantes de experiência).

Comissão Organizadora""",
)

_hs4 = m(
    "hs4d",
    "2026-01-09 17:05:00 -0300",
    "Instituto Acolher de Seleção <inscricoes@institutoacolher.org.br>",
    "HSL 01/2025 - Resultado final homologado",
    T("confirmation", 4, "other"),
    """Prezada candidata,

Foi publicado o resultado final homologado da Seleção Pública Simplificada HSL 01/2025.

Cargo 312 - Nutricionista Clínico(a)
Sua situação: APROVADA - CADASTRO DE RESERVA (classificação: 7º lugar; vagas imediatas: 4)

As convocações para contratação obedecerão rigorosamente à ordem de classificação e à necessidade
do Hospital Santa Luzia do Recife, durante o prazo de validade da seleção (12 meses, prorrogável
por igual período).

Comissão Organizadora - Instituto Acolher""",
    st="on_hold",
)

# --- 5: Merenda Certa via Catho, then their HR -------------------------------------------------

_mc1 = m(
    "mc5a",
    "2025-09-05 13:26:00 -0300",
    "Catho <noreply@catho.com.br>",
    "Currículo enviado com sucesso!",
    T("confirmation", 5, "other"),
    html="""<html><body style="background:#f4f4f4">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px;font-family:Arial">
<p><img src="https://static.catho.com.br/email/logo-catho.png" alt="Catho"></p>
<p>Thaís, seu currículo foi enviado!</p>
<p><b>Nutricionista Responsável Técnica - Alimentação Escolar</b><br>
Merenda Certa Alimentação Escolar Ltda<br>Recife - PE</p>
<p>Agora é com a empresa. Enquanto isso, que tal se candidatar a vagas parecidas?</p>
<p><a href="https://www.catho.com.br/vagas/nutricionista/recife-pe/">Ver vagas parecidas</a></p>
<p style="font-size:11px;color:#888">Você recebeu este e-mail porque é cadastrada na Catho. Catho Online Ltda. Alameda Juari, 262 - Barueri/SP</p>
</div></body></html>""",
)

_mc2 = m(
    "mc5b",
    "2025-09-09 07:50:00 -0300",
    "Catho <noreply@catho.com.br>",
    "Uma empresa visualizou seu currículo 👀",
    T("viewed", 5, "other"),
    """Boas notícias, Thaís!

A empresa Merenda Certa Alimentação Escolar Ltda visualizou seu currículo para a vaga
Nutricionista Responsável Técnica - Alimentação Escolar.

Currículos completos e atualizados chamam mais atenção dos recrutadores.
Atualize o seu: https://www.catho.com.br/area-candidato/curriculo

Equipe Catho""",
)

_mc3 = m(
    "mc5c",
    "2025-09-16 10:40:00 -0300",
    "Joelma Freitas <rh@merendacerta.com.br>",
    "Entrevista vaga Nutricionista RT",
    T("interview", 5, "direct"),
    """Prezada Thaís,

Somos da Merenda Certa, empresa responsável pela alimentação escolar em 38 escolas da rede
municipal. Vimos seu currículo na Catho e gostaríamos de agendar uma entrevista para a vaga de
Nutricionista RT.

Sugestão: 18/09, às 9h, no nosso escritório (Rua Real da Torre, 880, Madalena).

Favor confirmar.

Joelma Freitas
Departamento Pessoal / RH
Merenda Certa Alimentação Escolar Ltda
Enviado do meu iPhone""",
)

_mc4 = m(
    "mc5d",
    "2025-10-01 15:15:00 -0300",
    "Joelma Freitas <rh@merendacerta.com.br>",
    "Retorno",
    T("rejection", 5, "direct"),
    """Oi Thaís,

Obrigada pela entrevista e pela paciência em aguardar nosso retorno. Optamos por uma profissional
com experiência prévia em PNAE e licitação, então não seguiremos com a sua candidatura neste
momento. Guardamos seu currículo.

Abraço,
Joelma""",
)

# --- 6: Coopercapibaribe via Vagas.com ---------------------------------------------------------

_cp1 = m(
    "cp6a",
    "2025-09-12 22:03:00 -0300",
    "VAGAS.com.br <noreply@vagas.com.br>",
    "Candidatura registrada - Analista de Controle de Qualidade",
    T("confirmation", 6, "other"),
    """Olá Thaís,

Sua candidatura foi registrada com sucesso.

Vaga: Analista de Controle de Qualidade (v2987715)
Empresa: Cooperativa Agroindustrial Vale do Capibaribe - Coopercapibaribe
Local: Limoeiro / PE

Você pode acompanhar as etapas do processo em "Minhas candidaturas":
https://www.vagas.com.br/meu-perfil/candidaturas

Atenciosamente,
VAGAS.com.br""",
)

_cp2 = m(
    "cp6b",
    "2025-11-18 08:02:00 -0300",
    "VAGAS.com.br <noreply@vagas.com.br>",
    "Mensagem da empresa Coopercapibaribe",
    T("rejection", 6, "other"),
    """Olá Thaís,

Você recebeu uma mensagem sobre o processo seletivo de Analista de Controle de Qualidade
(v2987715):

"Prezado(a) candidato(a), agradecemos seu interesse em trabalhar na Coopercapibaribe. O processo
seletivo para esta vaga foi concluído e, neste momento, seguimos com outros candidatos cujo perfil
atendeu mais de perto aos requisitos. Seu cadastro permanecerá em nossa base. Cordialmente, Gestão
de Pessoas - Coopercapibaribe."

VAGAS.com.br""",
)

# --- 7: Nutrilar (healthtech) through Greenhouse, then DocuSign; accepted ----------------------

_nl1 = m(
    "nl7a",
    "2025-10-21 11:34:00 -0300",
    "Nutrilar <no-reply@us.greenhouse-mail.io>",
    "Obrigado por se candidatar à Nutrilar!",
    T("confirmation", 7, "greenhouse"),
    """Oi Thaís,

Obrigado pelo interesse na Nutrilar! Recebemos sua candidatura para a vaga de Nutricionista de
Conteúdo Clínico (Remoto).

A gente lê todas as candidaturas com atenção — de verdade. Se o seu perfil tiver fit com o que
buscamos, alguém do time vai entrar em contato nas próximas duas semanas.

Enquanto isso, conheça um pouco do nosso dia a dia: https://nutrilar.com.br/blog

Abraço,
Time de Talentos Nutrilar""",
)

_nl2 = m(
    "nl7b",
    "2025-10-28 16:48:00 -0300",
    "Camila Rocha <camila.rocha@nutrilar.com.br>",
    "Nutrilar | Case para a vaga de Nutricionista de Conteúdo",
    T("assessment", 7, "direct"),
    """Oi, Thaís! Tudo bem?

Adorei nossa conversa de triagem ontem. Como combinamos, segue o case da próxima etapa:

Escreva uma trilha de 3 mensagens para o app (máx. 600 caracteres cada) orientando um paciente
recém-diagnosticado com diabetes tipo 2 sobre contagem de carboidratos, em linguagem acessível,
e um parágrafo explicando suas escolhas.

Pode me mandar em PDF ou Google Docs até segunda (03/11), 12h. Não precisa de layout bonito, o que
importa é o conteúdo.

Beijo,
Camila Rocha
Talent Acquisition | Nutrilar
nutrilar.com.br""",
)

_nl3 = m(
    "nl7c",
    "2025-11-06 09:12:00 -0300",
    "Camila Rocha <camila.rocha@nutrilar.com.br>",
    "Convite: Entrevista Nutrilar - Thaís Nogueira <> Dra. Paula Mesquita",
    T("interview", 7, "direct"),
    """Oi Thaís, seu case foi super bem avaliado! 🎉

Agendei a entrevista com a Paula Mesquita (Head de Nutrição Clínica) e o Diego (PM do app). O
convite segue anexo.

Até lá!
Camila""",
    ics={
        "uid": "gh-7741209-interview@greenhouse.io",
        "start": "2025-11-11 15:00:00 -0300",
        "minutes": 60,
        "organizer": ("Camila Rocha", "camila.rocha@nutrilar.com.br"),
        "attendees": [
            ("Paula Mesquita", "paula.mesquita@nutrilar.com.br"),
            ("Diego Arantes", "diego.arantes@nutrilar.com.br"),
        ],
        "summary": "Entrevista Nutrilar - Nutricionista de Conteúdo Clínico (Thaís Nogueira)",
        "description": "Link do Google Meet: https://meet.google.com/nwp-qaxe-rty",
        "location": "Google Meet",
    },
)

_nl4 = m(
    "nl7d",
    "2025-11-21 18:22:00 -0300",
    "Paula Mesquita <paula.mesquita@nutrilar.com.br>",
    "Proposta Nutrilar 💚",
    T("offer", 7, "direct"),
    """Thaís, boa noite!

Foi unânime: queremos muito você no time! Seguem os detalhes da proposta para a posição de
Nutricionista de Conteúdo Clínico:

• Contratação CLT, 100% remoto
• Salário: R$ 6.200,00/mês
• Benefícios: plano de saúde e odontológico (SulAmérica), VR/VA flexível R$ 900 (Caju), Gympass,
  auxílio home office R$ 150/mês, day off no aniversário
• Início: 05/01/2026

A Camila vai te mandar a carta formal pelo DocuSign assim que você der o ok. Se quiser conversar
sobre qualquer ponto, me chama.

Um abraço,
Paula Mesquita
Head de Nutrição Clínica | Nutrilar""",
)

_nl5 = m(
    "nl7e",
    "2025-11-26 10:01:00 -0300",
    "Camila Rocha via Docusign <dse_NA4@docusign.net>",
    "Concluído: Carta Proposta - Thaís Albuquerque Nogueira - Nutrilar",
    T("offer", 7, "docusign"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="100%" style="background:#1e4ca1;color:#fff"><tr><td style="padding:20px">
<img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign"><br>
<span style="font-size:22px">Seu documento foi concluído</span></td></tr></table>
<p>Todas as partes concluíram <b>Carta Proposta - Thaís Albuquerque Nogueira - Nutrilar</b>.</p>
<p><a href="https://na4.docusign.net/Member/EmailStart.aspx?a=5f1c">VISUALIZAR DOCUMENTO CONCLUÍDO</a></p>
<p>Camila Rocha<br>camila.rocha@nutrilar.com.br</p>
<p style="font-size:11px;color:#666">Não compartilhe este e-mail. Ele contém um link de acesso seguro ao DocuSign.</p>
</body></html>""",
    st="accepted",
)

_nl6 = m(
    "nl7f",
    "2025-12-02 14:30:00 -0300",
    "Departamento Pessoal Nutrilar <dp@nutrilar.com.br>",
    "Documentação admissional - bem-vinda, Thaís!",
    ("other_job", "Nutrilar", "Nutricionista de Conteúdo Clínico", None, "direct", "pt"),
    """Olá Thaís, seja bem-vinda à Nutrilar!

Para darmos andamento à sua admissão (início em 05/01/2026), envie pelo link abaixo até 12/12:

- RG, CPF e CTPS digital
- Comprovante de residência
- Carteira do CRN-6
- Dados bancários
- Certidão de nascimento dos filhos menores de 14 anos (se houver)
- ASO: agendaremos o exame admissional na clínica parceira e avisamos por aqui

Link: https://admissao.nutrilar.com.br/u/8bd2e

Qualquer dúvida, estamos à disposição.
DP Nutrilar""",
)

# --- 8 & 9: Velmora Foods on Workday; a re-application after the rejection ---------------------

_vf1 = m(
    "vf8a",
    "2025-09-17 12:40:00 -0300",
    "Velmora Foods <velmora@myworkday.com>",
    "Velmora Foods - Candidatura recebida / Application received",
    T("confirmation", 8, "workday"),
    """Olá Thaís,

Obrigado por se candidatar à vaga Analista de Garantia da Qualidade (R-0048812) na Velmora Foods.
Sua candidatura foi recebida e será analisada pela equipe de Talent Acquisition.

Você pode verificar o status a qualquer momento em Candidate Home:
https://velmora.wd3.myworkdayjobs.com/pt-BR/VelmoraCareers/userHome

---

Hi Thaís,

Thank you for applying for Analista de Garantia da Qualidade (R-0048812) at Velmora Foods. We have
received your application and our Talent Acquisition team will review it.

Velmora Foods Brasil Indústria de Alimentos Ltda. | São Paulo - SP""",
)

_vf2 = m(
    "vf8b",
    "2025-10-23 03:12:00 -0300",
    "Velmora Foods <velmora@myworkday.com>",
    "Sua candidatura na Velmora Foods",
    T("rejection", 8, "workday"),
    """Prezada Thaís,

Agradecemos o seu interesse pela posição Analista de Garantia da Qualidade (R-0048812).

Recebemos um número expressivo de candidaturas e, após revisão cuidadosa, decidimos não avançar com
o seu perfil nesta oportunidade.

Encorajamos você a acompanhar nossas vagas e se candidatar novamente a posições compatíveis com sua
experiência.

Atenciosamente,
Velmora Foods Talent Acquisition""",
)

_vf3 = m(
    "vf9a",
    "2026-01-13 20:09:00 -0300",
    "Velmora Foods <velmora@myworkday.com>",
    "Velmora Foods - Candidatura recebida / Application received",
    T("confirmation", 9, "workday"),
    """Olá Thaís,

Obrigado por se candidatar à vaga Analista de Garantia da Qualidade (R-0051390) na Velmora Foods.
Sua candidatura foi recebida e será analisada pela equipe de Talent Acquisition.

Acompanhe em Candidate Home:
https://velmora.wd3.myworkdayjobs.com/pt-BR/VelmoraCareers/userHome

---

Hi Thaís,

Thank you for applying for Analista de Garantia da Qualidade (R-0051390) at Velmora Foods.

Velmora Foods Brasil Indústria de Alimentos Ltda. | Cabo de Santo Agostinho - PE""",
)

_vf4 = m(
    "vf9b",
    "2026-01-27 10:30:00 -0500",
    "Velmora Foods Talent Acquisition <noreply@hirevue.com>",
    "Velmora Foods: convite para entrevista em vídeo (HireVue)",
    T("assessment", 9, "hirevue"),
    """Olá Thaís,

Obrigado pelo seu interesse na Velmora Foods! Como próxima etapa para a vaga Analista de Garantia
da Qualidade, convidamos você a gravar uma entrevista em vídeo on demand pela plataforma HireVue.

São 5 perguntas, com 30 segundos de preparação e até 3 minutos de resposta cada. Você pode fazer a
entrevista quando quiser, em qualquer dispositivo, até 03/02/2026.

Iniciar entrevista: https://app.hirevue.com/interviews/qkZ7mP2x/start

Dica: escolha um local silencioso e bem iluminado.

Equipe de Talent Acquisition - Velmora Foods""",
)

# --- 10: Cozinha da Madalena, owner from personal Gmail; on hold ------------------------------

_cm1 = m(
    "cm10a",
    "2025-10-04 21:47:00 -0300",
    "Madalena Cavalcanti <madalena.cavalcanti.rec@gmail.com>",
    "nutricionista pro restaurante",
    T("interview", 10, "direct"),
    """Oi Thaís, boa noite! Aqui é a Madalena, do Cozinha da Madalena (o restaurante ali na Rua do
Lima, sabe?). Peguei seu contato com a Bia do grupo de empreendedoras.

To precisando de uma nutricionista pra me ajudar com manual de boas práticas, POPs, ficha técnica
e a parte da vigilância sanitária, coisa de umas horas por semana. Você toparia passar aqui pra
gente conversar? Pode ser terça ou quarta à tarde, depois das 15h que o almoço acalma.

Bjs
Madalena

Enviado do meu celular""",
)

_cm2 = m(
    "cm10b",
    "2025-10-09 16:58:00 -0300",
    "Madalena Cavalcanti <madalena.cavalcanti.rec@gmail.com>",
    "Re: nutricionista pro restaurante",
    T("interview", 10, "direct"),
    """Combinado entao! Quarta 15 as 15h30. Se chegar e eu tiver na cozinha pede pro Júnior do caixa me chamar

Madalena

Em qui, 9 de out de 2025 16:20, Thaís Albuquerque Nogueira <thais.nogueira.nutri@gmail.com> escreveu:
> Oi Madalena! Que bom receber sua mensagem. Posso sim, quarta-feira 15/10 às 15h30 fica bom?
> Levo alguns modelos de manual de boas práticas que já fiz.
> Abraço, Thaís""",
    **reply(_cm1),
)

_cm3 = m(
    "cm10c",
    "2025-10-30 22:15:00 -0300",
    "Madalena Cavalcanti <madalena.cavalcanti.rec@gmail.com>",
    "Re: nutricionista pro restaurante",
    T("confirmation", 10, "direct"),
    """Thaís querida, desculpa a demora!

Amei nossa conversa e sua proposta de consultoria (PJ, 16h/mês) ficou ótima. Só que o contador
me deu um susto com os impostos do fim de ano e vou ter que segurar essa contratação até março,
quando passa o Carnaval e o movimento volta. Posso te procurar lá pra gente fechar?

Mil desculpas mesmo.
Madalena""",
    st="on_hold",
    **reply(_cm1),
)

# --- 11: Rumo Talentos (agency) for Mar Aberto Pescados ---------------------------------------

_rt0 = m(
    "rt11o",
    "2025-09-24 10:05:00 -0300",
    "Priscila Amaral | Rumo Talentos <priscila.amaral@rumotalentos.com.br>",
    "Oportunidade - Analista de Qualidade Sênior (setor alimentício)",
    ("outreach", None, "Analista de Qualidade Sênior", None, "agency", "pt"),
    """Olá Thaís, tudo bem?

Sou consultora da Rumo Talentos, consultoria de recrutamento especializada em indústria e agronegócio.
Estou conduzindo um processo confidencial para empresa de grande porte do setor alimentício, com
planta no Litoral Sul de Pernambuco, e encontrei seu perfil no LinkedIn.

A posição é de Analista de Qualidade Sênior: gestão do APPCC/HACCP, auditorias de clientes e
certificação BRCGS, interface com o SIF/MAPA. CLT, salário compatível com o mercado + PLR, fretado.

Faz sentido conversarmos? Se sim, me envie seu CV atualizado e pretensão salarial.

Priscila Amaral
Consultora Sênior | Rumo Talentos Consultoria em RH
(81) 99871-4420""",
)

_rt1 = m(
    "rt11a",
    "2025-09-30 14:20:00 -0300",
    "Priscila Amaral | Rumo Talentos <priscila.amaral@rumotalentos.com.br>",
    "RE: Oportunidade - Analista de Qualidade Sênior (setor alimentício)",
    T("interview", 11, "agency"),
    """Oi Thaís, obrigada pelo retorno e pelo CV!

Vamos fazer uma entrevista por vídeo comigo na quinta (02/10) às 16h? Mando o link do Teams logo
mais. Nessa conversa ainda não consigo revelar o nome da empresa, mas te conto mais sobre o escopo.

Abs,
Priscila""",
    **reply(_rt0),
)

_rt2 = m(
    "rt11b",
    "2025-10-08 11:45:00 -0300",
    "Priscila Amaral | Rumo Talentos <priscila.amaral@rumotalentos.com.br>",
    "Próxima etapa - entrevista no cliente",
    T("interview", 11, "agency"),
    """Thaís, boas notícias!

Você foi selecionada para a etapa no cliente. Agora posso abrir: trata-se da Mar Aberto Pescados
S.A., em Ipojuca. A entrevista será com a Gerente Industrial, Sra. Vera Lúcia Pontes, e com o RH.

Data: 14/10, 9h, presencial (Complexo Industrial de Suape, Rod. PE-60, km 10). Eles oferecem
estacionamento. Levar documento com foto e usar calçado fechado.

Depois me conta como foi!
Priscila Amaral | Rumo Talentos""",
)

_rt3 = m(
    "rt11c",
    "2025-10-27 17:50:00 -0300",
    "Priscila Amaral | Rumo Talentos <priscila.amaral@rumotalentos.com.br>",
    "Feedback processo Mar Aberto",
    T("rejection", 11, "agency"),
    """Oi Thaís,

Recebi o feedback da Mar Aberto hoje. Eles gostaram muito da sua postura e do conhecimento em
APPCC, mas optaram por uma candidata que já conduziu auditoria BRCGS como responsável, que era o
ponto mais crítico para eles agora.

Sei que é chato, mas fiquei com ótima impressão e certamente vou te chamar para outras posições.

Um abraço,
Priscila""",
)

# --- 12: Conecta RH (agency) for Bahiana Laticínios, Salvador; ghosted -----------------------

_cr0 = m(
    "cr12o",
    "2025-11-10 09:30:00 -0300",
    "Conecta RH Seleção <selecao@conectarh.com.br>",
    "Vaga: Coordenador(a) de Qualidade - Salvador/BA",
    ("outreach", None, "Coordenadora de Qualidade", None, "agency", "pt"),
    """Prezada Thaís,

A Conecta RH, consultoria com 18 anos de atuação no Nordeste, está com processo seletivo aberto para
cliente do segmento de laticínios (indústria de grande porte) na Região Metropolitana de Salvador:

COORDENADOR(A) DE QUALIDADE
- Formação: Nutrição, Eng. de Alimentos ou áreas afins
- Experiência com BPF, APPCC, FSSC 22000 e liderança de equipe
- Disponibilidade para residir em Salvador/Lauro de Freitas
- Pacote: salário + PLR + auxílio mudança

Caso tenha interesse, responda este e-mail com o currículo e pretensão salarial.

Equipe de Seleção - Conecta RH
www.conectarh.com.br""",
)

_cr1 = m(
    "cr12a",
    "2025-11-19 15:00:00 -0300",
    "Tatiane Borges <tatiane.borges@conectarh.com.br>",
    "Entrevista - Coordenação de Qualidade (Bahiana Laticínios)",
    T("interview", 12, "agency"),
    """Olá Thaís,

Conforme conversamos por telefone, confirmo sua entrevista com o Gerente de Operações da Bahiana
Laticínios, nosso cliente, para a posição de Coordenadora de Qualidade.

Quando: 25/11 (terça), 10h
Onde: online (Teams) - link abaixo

Reunião do Microsoft Teams
Ingressar: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA4MzFh

Atenciosamente,

Tatiane Borges
Psicóloga | Recrutamento e Seleção
Conecta RH - (71) 3342-8810""",
    ics={
        "style": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000B0A1",
        "start": "2025-11-25 10:00:00 -0300",
        "minutes": 60,
        "organizer": ("Tatiane Borges", "tatiane.borges@conectarh.com.br"),
        "attendees": [("Rogério Sampaio", "rogerio.sampaio@bahianalaticinios.com.br")],
        "summary": "Entrevista Coord. Qualidade - Thaís Nogueira x Bahiana Laticínios",
        "location": "Reunião do Microsoft Teams",
    },
)

# --- 13: Pão Dourado via Indeed ---------------------------------------------------------------

_pd1 = m(
    "pd13a",
    "2025-10-02 19:22:00 -0300",
    "Indeed <indeedapply@indeed.com>",
    "Candidatura enviada: Nutricionista de Produção",
    T("confirmation", 13, "indeed"),
    """indeed

Candidatura enviada

Nutricionista de Produção
Panificadora Pão Dourado - Olinda, PE

Os itens a seguir foram enviados para Panificadora Pão Dourado. Boa sorte!
• Currículo
• Informações de contato
• Respostas às perguntas do empregador

Acompanhe suas candidaturas em Meus empregos: https://br.indeed.com/myjobs

Você recebeu este e-mail porque se candidatou a uma vaga no Indeed.
© 2025 Indeed""",
)

_pd2 = m(
    "pd13b",
    "2025-10-06 12:00:00 -0300",
    "Indeed <no-reply@indeed.com>",
    "Sua candidatura foi visualizada pela Panificadora Pão Dourado",
    T("viewed", 13, "indeed"),
    """Boa notícia! O empregador visualizou sua candidatura para Nutricionista de Produção.

Panificadora Pão Dourado - Olinda, PE
Candidatura enviada em 2 de outubro

Isso não significa que você foi selecionada, mas é um bom sinal. Se eles quiserem falar com você,
entrarão em contato pelo Indeed ou diretamente.

Ver candidatura: https://br.indeed.com/myjobs?tab=applied""",
)

_pd3 = m(
    "pd13c",
    "2025-10-20 08:41:00 -0300",
    "Panificadora Pão Dourado via Indeed <reply-6b1c2e@indeedemail.com>",
    "Nova mensagem sobre sua candidatura",
    T("rejection", 13, "indeed"),
    """Panificadora Pão Dourado enviou uma mensagem sobre Nutricionista de Produção:

"Bom dia Thaís. Agradecemos seu interesse na vaga. Infelizmente a vaga já foi preenchida. Boa sorte!"

Responder: https://br.indeed.com/conversations/4c9a""",
)

# --- 14: Ondina Sucos via LinkedIn Easy Apply; viewed, then nothing -----------------------------

_os1 = m(
    "os14a",
    "2025-10-15 10:51:00 -0300",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Thaís, sua candidatura foi enviada para Ondina Sucos",
    T("confirmation", 14, "linkedin"),
    """Sua candidatura foi enviada para Ondina Sucos

Analista de Qualidade Pleno
Ondina Sucos · Salvador, BA (Presencial)
Candidatura enviada agora

Agora, aumente suas chances: veja as vagas em que candidatos com perfil como o seu se candidataram.
https://www.linkedin.com/jobs/view/4098812233/

Este e-mail foi enviado para Thaís Albuquerque Nogueira (Nutricionista | Qualidade e Segurança dos Alimentos)
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
)

_os2 = m(
    "os14b",
    "2025-10-18 13:07:00 -0300",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Sua candidatura foi vista por Ondina Sucos",
    T("viewed", 14, "linkedin"),
    """Sua candidatura foi vista por Ondina Sucos

Analista de Qualidade Pleno
Ondina Sucos · Salvador, BA

Sua candidatura foi visualizada. Enquanto isso, confira outras vagas que podem te interessar.

Ver vagas: https://www.linkedin.com/jobs/""",
)

# --- 15: Atacarejo Mais Preço via Gupy; finalised without interview ------------------------------

_am1 = m(
    "am15a",
    "2025-11-12 07:33:00 -0300",
    f"Atacarejo Mais Preço <{GUPY}>",
    "Thaís, sua candidatura foi recebida 🛒",
    T("confirmation", 15, "other"),
    """Oi Thaís!

Recebemos sua candidatura para Analista de Qualidade Alimentar - CD Cabo de Santo Agostinho.
Infelizmente não conseguimos responder individualmente a cada mensagem enviada por aqui, mas todas
as atualizações do processo serão comunicadas pela Gupy.

Se o seu perfil estiver alinhado, a próxima etapa é um teste online de conhecimentos em BPF.

Boa sorte!
Gente e Cultura Mais Preço""",
)

_am2 = m(
    "am15b",
    "2025-12-04 18:00:00 -0300",
    f"Atacarejo Mais Preço <{GUPY}>",
    "Sua candidatura foi finalizada",
    T("rejection", 15, "other"),
    """Olá, Thaís.

Agradecemos seu interesse em fazer parte do time Mais Preço.

Informamos que sua candidatura para a vaga Analista de Qualidade Alimentar - CD Cabo de Santo
Agostinho foi finalizada, pois seguimos com outros candidatos nesta etapa do processo seletivo.

Continue acompanhando nossas oportunidades em maispreco.gupy.io.

Um abraço,
Gente e Cultura Mais Preço""",
)

# --- 16: Laticínios Serra Branca via Kenoby; test, then withdrawal -----------------------------

_sb1 = m(
    "sb16a",
    "2025-10-06 15:29:00 -0300",
    "Laticínios Serra Branca <noreply@kenoby.com>",
    "Inscrição confirmada - Analista de PCQ",
    T("confirmation", 16, "other"),
    """Olá Thaís Albuquerque Nogueira,

Sua inscrição na vaga Analista de PCQ - Garanhuns/PE foi confirmada!

Acompanhe o processo pela página de vagas da Serra Branca:
https://jobs.kenoby.com/serrabranca/position/5f9e1a

Equipe de Recrutamento
Laticínios Serra Branca S.A.""",
)

_sb2 = m(
    "sb16b",
    "2025-10-13 09:00:00 -0300",
    "Laticínios Serra Branca <noreply@kenoby.com>",
    "Etapa: Teste de conhecimentos específicos",
    T("assessment", 16, "other"),
    """Olá Thaís,

Você foi aprovada na triagem curricular da vaga Analista de PCQ - Garanhuns/PE. 👏

A próxima etapa é um teste online de conhecimentos específicos (legislação sanitária, RDC 275,
PAC/MAPA, microbiologia de lácteos), com 20 questões e tempo limite de 40 minutos.

Acesse até 17/10: https://jobs.kenoby.com/serrabranca/test/a8d1c

Boa prova!
Recrutamento Serra Branca""",
)

_sb3 = m(
    "sb16c",
    "2025-10-24 11:16:00 -0300",
    "Henrique Falcão <henrique.falcao@serrabranca.ind.br>",
    "RE: Desistência do processo - Analista de PCQ",
    T("confirmation", 16, "direct"),
    """Bom dia Thaís,

Recebido, obrigado por avisar. Registramos sua desistência do processo de Analista de PCQ.
Fica o convite para futuras vagas, inclusive na região metropolitana do Recife.

Sucesso!

Henrique Falcão
Analista de RH | Laticínios Serra Branca S.A.

-----Mensagem original-----
De: Thaís Albuquerque Nogueira <thais.nogueira.nutri@gmail.com>
Enviada em: quinta-feira, 23 de outubro de 2025 20:11
Assunto: Desistência do processo - Analista de PCQ

Olá Henrique, tudo bem? Gostaria de comunicar que não poderei seguir no processo da vaga de
Analista de PCQ em Garanhuns, pois neste momento não tenho como me mudar de Recife. Agradeço a
oportunidade e a atenção.""",
    st="withdrawn",
)

# --- alerts, talent communities, nudges, portal mail, outreach (Brazil) ------------------------

_al = [
    m(
        "al01",
        "2025-09-02 06:10:00 -0300",
        "Gupy <no-reply@gupy.io>",
        "Vagas para você: Nutricionista, Analista de Qualidade e mais",
        ("alert", None, None, None, "other", "pt"),
        """Oi, Thaís! Separamos vagas que combinam com você:

• Nutricionista Produção - GRSA - Recife/PE
• Analista de Qualidade Jr - Sabor do Vale - Jaboatão dos Guararapes/PE
• Técnico(a) em Alimentos - Vitarella - Jaboatão/PE

Ver todas: https://portal.gupy.io/job-search

Você recebe este e-mail porque ativou alertas de vagas. Cancelar: https://portal.gupy.io/preferences""",
    ),
    m(
        "al02",
        "2025-09-25 07:00:00 -0300",
        "Catho <vagas@catho.com.br>",
        "12 novas vagas de Nutricionista em Recife e região",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body><h3>Thaís, novas vagas para Nutricionista</h3>
<ul><li>Nutricionista Clínica - Hospital particular - Recife</li>
<li>Nutricionista de UAN - Restaurante industrial - Cabo de Santo Agostinho</li>
<li>Nutricionista Esportiva - Academia - Boa Viagem</li></ul>
<p><a href="https://www.catho.com.br/vagas/nutricionista/recife-pe/">Ver as 12 vagas</a></p>
<p style="font-size:10px">Para deixar de receber, altere suas preferências de e-mail.</p></body></html>""",
    ),
    m(
        "al03",
        "2025-10-12 08:15:00 -0300",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“analista de qualidade alimentos”: 18 novas vagas em Recife, Pernambuco",
        ("alert", None, None, None, "linkedin", "pt"),
        """Suas vagas salvas: analista de qualidade alimentos

Analista de Qualidade
Sabor do Vale · Vitória de Santo Antão, PE
Candidatura simplificada

Especialista em Segurança de Alimentos
Velmora Foods · Cabo de Santo Agostinho, PE
Promovida

Ver todas as vagas: https://www.linkedin.com/jobs/search/?savedSearchId=1894

Cancelar inscrição · Ajuda""",
    ),
    m(
        "al04",
        "2025-10-22 09:00:00 -0300",
        "Sabor do Vale <no-reply@gupy.io>",
        "Boas-vindas ao nosso Banco de Talentos!",
        ("alert", "Sabor do Vale", None, None, "other", "pt"),
        """Olá, Thaís!

Agora você faz parte do Banco de Talentos Sabor do Vale. Sempre que surgir uma vaga compatível com
o seu perfil, você será avisada por aqui.

Enquanto isso, siga a gente no Instagram @sabordovale.oficial e conheça nossa cultura.

#VemSerSabor""",
    ),
    m(
        "al05",
        "2025-11-02 10:30:00 -0300",
        "Gupy <no-reply@gupy.io>",
        "Você não terminou sua candidatura",
        ("alert", "Sabor do Vale", "Supervisora de Segurança dos Alimentos", None, "other", "pt"),
        """Oi Thaís, faltou pouco!

Você começou a se candidatar para Supervisor(a) de Segurança dos Alimentos - Unidade Vitória de
Santo Antão, mas ainda não concluiu. Termine as etapas pendentes para que a empresa possa
conhecer você:

Continuar candidatura: https://sabordovale.gupy.io/jobs/9938122/apply

Equipe Gupy""",
    ),
    m(
        "al06",
        "2025-11-05 11:20:00 -0300",
        "Indeed <alert@indeed.com>",
        "nutricionista - Salvador, BA: 7 novas vagas",
        ("alert", None, None, None, "indeed", "pt"),
        """indeed

7 novas vagas para nutricionista em Salvador, BA

Nutricionista Clínico - Hospital Aliança das Águas - Salvador, BA - Facilmente se candidate
Nutricionista de Produção - Refeitório Industrial - Camaçari, BA
Nutricionista RT - Alimentação Escolar - Lauro de Freitas, BA

Ver todas: https://br.indeed.com/jobs?q=nutricionista&l=Salvador

Gerenciar alertas · Cancelar inscrição""",
    ),
    m(
        "al07",
        "2025-12-10 07:45:00 -0300",
        "Velmora Foods <velmora@myworkday.com>",
        "Vagas que combinam com você na Velmora Foods",
        ("alert", "Velmora Foods", None, None, "workday", "pt"),
        """Olá Thaís,

Com base no seu alerta de vagas, encontramos novas oportunidades:

- Analista de Garantia da Qualidade (R-0051390) - Cabo de Santo Agostinho, PE
- Supervisor de Produção (R-0051022) - Jundiaí, SP

Ver vagas: https://velmora.wd3.myworkdayjobs.com/VelmoraCareers

Para gerenciar seus alertas, acesse Candidate Home.""",
    ),
    m(
        "al08",
        "2026-01-20 06:50:00 -0300",
        "VAGAS.com.br <noreply@vagas.com.br>",
        "Vagas compatíveis com seu perfil: Controle de Qualidade",
        ("alert", None, None, None, "other", "pt"),
        """Thaís, confira vagas selecionadas pra você:

> Analista de Controle de Qualidade Jr - Igarassu/PE
> Supervisor(a) de Qualidade - Petrolina/PE
> Nutricionista de Qualidade - São Paulo/SP (híbrido)

https://www.vagas.com.br/vagas-de-controle-de-qualidade

Não quer mais receber? Configure suas notificações no seu perfil.""",
    ),
]

_other = [
    m(
        "ot01",
        "2025-09-04 10:12:00 -0300",
        "Gupy <no-reply@gupy.io>",
        "Seu código de verificação Gupy: 482913",
        ("other_job", None, None, None, "other", "pt"),
        """Olá!

Use o código abaixo para confirmar seu e-mail e acessar sua conta de candidata:

482913

O código expira em 10 minutos. Se você não solicitou, ignore este e-mail.""",
    ),
    m(
        "ot02",
        "2025-09-17 12:31:00 -0300",
        "Velmora Foods <velmora@myworkday.com>",
        "Velmora Foods - Verifique sua conta",
        ("other_job", "Velmora Foods", None, None, "workday", "pt"),
        """Olá Thaís,

Você criou uma conta no site de carreiras da Velmora Foods. Clique no link para verificar seu
endereço de e-mail:

https://velmora.wd3.myworkdayjobs.com/VelmoraCareers/activate/9b1e77

Este link expira em 24 horas.""",
    ),
    m(
        "ot03",
        "2025-09-16 08:01:00 -0300",
        "Instituto Acolher de Seleção <financeiro@institutoacolher.org.br>",
        "Boleto - taxa de inscrição HSL 01/2025",
        ("other_job", "Hospital Santa Luzia", "Nutricionista Clínica", None, "other", "pt"),
        """Prezada candidata,

Segue o boleto referente à taxa de inscrição da Seleção Pública HSL 01/2025 (cargo 312).
Vencimento: 22/09/2025. Valor: R$ 95,00.

Linha digitável: 34191.09008 01044.722934 51620.440009 1 12340000009500

A inscrição somente será efetivada após a confirmação do pagamento.""",
        attach=[("boleto_2025010447.pdf", "application/pdf", "%PDF-1.4 boleto")],
    ),
    m(
        "ot04",
        "2025-10-16 14:00:00 -0300",
        "Priscila Amaral <priscila.amaral@rumotalentos.com.br>",
        "Resposta automática: Documentos Mar Aberto",
        ("other_job", "Mar Aberto Pescados", "Analista de Qualidade Sênior", None, "agency", "pt"),
        """Olá! Estou em atendimento externo até 17/10, com acesso limitado aos e-mails. Retorno
assim que possível. Em caso de urgência, fale com selecao@rumotalentos.com.br.

Priscila Amaral | Rumo Talentos""",
    ),
    m(
        "ot05",
        "2025-12-01 12:00:00 -0300",
        "Gupy <no-reply@gupy.io>",
        "Como foi sua experiência no processo seletivo da Sabor do Vale?",
        ("other_job", "Sabor do Vale", None, None, "other", "pt"),
        """Oi Thaís!

Sua opinião ajuda a melhorar os processos seletivos. Responda 3 perguntas rápidas sobre sua
experiência como candidata na Sabor do Vale (leva menos de 1 minuto):

https://survey.gupy.io/r/8fd1a

Obrigado!""",
    ),
]

_outreach = [
    m(
        "or01",
        "2025-12-15 16:40:00 -0300",
        "Fernanda Peixoto <fernanda@nutrisaude-consultoria.com.br>",
        "Consultoria de rotulagem - freela",
        (
            "outreach",
            "NutriSaúde Consultoria",
            "Nutricionista Consultora de Rotulagem",
            None,
            "direct",
            "pt",
        ),
        """Oi Thaís, tudo bom? Vi seus posts sobre a nova rotulagem nutricional frontal e achei
muito bons!

Tenho uma consultoria pequena aqui em Boa Viagem e estamos precisando de nutricionista para
projetos de rotulagem (RDC 429 / IN 75) como PJ, por demanda. Topa um café pra conversar?

Fernanda Peixoto
NutriSaúde Consultoria""",
    ),
    m(
        "or02",
        "2026-02-09 10:10:00 -0300",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Thaís, nova oportunidade: Coordenadora de Qualidade em São Paulo",
        ("outreach", None, "Coordenadora de Qualidade", None, "linkedin", "pt"),
        """Mensagem de Bruno Teles, Headhunter na Exato Executive Search:

Olá Thaís! Estou com uma posição de Coordenação de Qualidade em multinacional do setor de bebidas
em São Paulo, com pacote atrativo e plano de carreira. Vi que você tem vivência com FSSC 22000.
Teria interesse em uma conversa rápida esta semana?

Responder: https://www.linkedin.com/messaging/thread/2-ZTlmZ""",
    ),
]

MAIL = [
    _sv1, _sv2, _sv3, _sv4, _sv5, _sv6,
    _bc1, _bc2, _bc3, _bc4,
    _hs1, _hs2, _hs3, _hs4,
    _mc1, _mc2, _mc3, _mc4,
    _cp1, _cp2,
    _nl1, _nl2, _nl3, _nl4, _nl5, _nl6,
    _vf1, _vf2, _vf3, _vf4,
    _cm1, _cm2, _cm3,
    _rt0, _rt1, _rt2, _rt3,
    _cr0, _cr1,
    _pd1, _pd2, _pd3,
    _os1, _os2,
    _am1, _am2,
    _sb1, _sb2, _sb3,
    *_al, *_other, *_outreach,
]  # fmt: skip
