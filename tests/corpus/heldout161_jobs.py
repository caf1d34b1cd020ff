# ruff: noqa: E501, RUF100
"""Corpus 161, job mail part one (data only): see heldout161.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer
and role names, which the other data modules import from here."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Lisbon's offset on ``day`` (WEST until the last Sunday of October 2025, then WET)."""
    return "+0100" if day < "2025-10-26" else "+0000"


m = partial(dated_spec, tz)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "pt") -> tuple[Any, ...]:
    """Application mail."""
    return (cat, co, role, app, src, lang)


def J(
    cat: str, src: str, co: str | None = None, role: str | None = None, lang: str = "pt"
) -> tuple[Any, ...]:
    """Job mail that belongs to no application (alerts, outreach, other job mail)."""
    return (cat, co, role, None, src, lang)


def N(lang: str = "pt") -> tuple[Any, ...]:
    """Mail that is not about jobs."""
    return ("not_job", lang)


def ics(
    uid: str, start: str, summary: str, organizer: tuple[str, str], **kw: Any
) -> dict[str, Any]:
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" Lisbon time). Outlook invitations
    are written under the builder's "W. Europe Standard Time" zone, so their start is handed over
    as the same instant in Central European time."""
    when = datetime.strptime(f"{start}:00 {tz(start[:10])}", "%Y-%m-%d %H:%M:%S %z")
    if kw.get("style") == "outlook":
        offset = when.utcoffset() or timedelta(0)
        when = when.astimezone(timezone(offset + timedelta(hours=1)))
    ev: dict[str, Any] = {
        "uid": uid,
        "start": when.strftime("%Y-%m-%d %H:%M:%S %z"),
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def reply(*ids: str) -> dict[str, str]:
    """Threading headers of a reply to the messages ``ids`` (oldest first)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


ARA, ARAR = "Águas da Ribeira Alta", "Técnico Superior – Engenharia do Ambiente"
CMR, CMRR = "Câmara Municipal de Ribadouro", "Técnico Superior (Engenharia do Ambiente)"
CV, CVR1, CVR2 = (
    "Cimentos do Vouga",
    "Técnico/a de Ambiente",
    "Coordenador/a de Ambiente, Saúde e Segurança",
)
EC, ECR = "Ecoteia", "Engenheiro/a do Ambiente – EIA e Licenciamento"
AL, ALR1, ALR2 = (
    "Alvura",
    "Environmental Engineer – Mill Operations",
    "Técnico/a de Ambiente – Fábrica de Cacia",
)
BR, BRR = "Brava Components", "HSE Engineer"
CI, CIR = "Circulária", "Sustainability Analyst (Water & ESG)"
AR, ARR = "Congelados Ardora", "Técnico/a de Medio Ambiente"
QA, QAR = "Química do Antuã", "Responsável de Ambiente"
HI, HIR = "Hidrovia Engenharia", "Engenheiro/a de Processo – Tratamento de Águas"
MC, MCR = "Metalurgia do Cávado", "Técnico/a de Segurança e Ambiente"
TA, TAR = "Têxteis Ave Verde", "Técnico/a de Qualidade, Ambiente e Segurança"
AQ, AQR = "AquaSense", "Water Data Analyst"
HY, HYR = "Hydrale", "Process Engineer – Wastewater Treatment"
CL, CLR = "Cortiças Lameira", "Técnico/a de Sustentabilidade"
VA, VAR = "Valormontes", "Engenheira do Ambiente (candidatura espontânea)"
PH, PHR = "Projetos Hidráulicos do Norte", "Engenheira do Ambiente (candidatura espontânea)"
LS, LSR = "Lacticínios da Serra", "Técnico/a de Ambiente (ETARI)"
BM, BMR = "Biorresíduos do Minho", "Técnico/a de Licenciamento Ambiental"
AT, ATR = "Aquantis", "Environmental Permitting Specialist"

ME_GMAIL = "ines.carvalhal.marques@gmail.com"

# --- 1 Águas da Ribeira Alta (municipal water company, public recruitment procedure) ----------

_ARA = "Águas da Ribeira Alta – Recursos Humanos <recrutamento@aguasribeiraalta.example>"
_ARA_FOOT = """
--
Direção de Recursos Humanos
Águas da Ribeira Alta, E.M., S.A.
Rua da Estação Elevatória, 40 · 4445-103 Ribeira Alta
Tel. 229 000 410 · www.aguasribeiraalta.example

Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao(s)
destinatário(s) indicado(s). Os dados pessoais recolhidos no âmbito do procedimento são tratados
nos termos do Regulamento (UE) 2016/679 (RGPD). Antes de imprimir, pense no ambiente."""

MAIL: list[dict[str, Any]] = [
    m(
        "r8fk2",
        "2025-09-10 11:42",
        _ARA,
        "Ref.ª A/12/2025 – Receção de candidatura",
        A("confirmation", ARA, ARAR, 1, "direct"),
        """Exma. Senhora
Eng.ª Inês Carvalhal Sousa Marques,

Acusamos a receção da candidatura de V. Exa. ao procedimento de recrutamento externo
Ref.ª A/12/2025 – Técnico Superior (m/f), área de Engenharia do Ambiente, para a Direção de
Tratamento de Águas Residuais, com o n.º de registo de entrada 2025/0917.

Informamos que a lista dos candidatos admitidos e excluídos será comunicada a todos os candidatos
por correio eletrónico e afixada nas nossas instalações e no sítio da empresa, após a conclusão da
verificação dos requisitos de admissão pelo júri do procedimento.

Sem outro assunto de momento, apresentamos os nossos melhores cumprimentos,

Ana Luísa Tavares
Técnica de Recursos Humanos
"""
        + _ARA_FOOT,
    ),
    m(
        "x0w7t",
        "2025-10-07 16:05",
        _ARA,
        "Procedimento Ref.ª A/12/2025 - Lista de candidatos admitidos e excluídos",
        A("viewed", ARA, ARAR, 1, "direct"),
        None,
        """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Exmo(a). Senhor(a) Candidato(a),</p>
<p>Nos termos do regulamento do procedimento de recrutamento <b>Ref.ª A/12/2025 – Técnico Superior
(Engenharia do Ambiente)</b>, notifica-se V. Exa. da lista de candidatos admitidos e excluídos,
aprovada pelo júri em reunião de 3 de outubro de 2025.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><th>N.º registo</th><th>Candidato</th><th>Situação</th><th>Motivo</th></tr>
<tr><td>2025/0881</td><td>A. M. R. Pinto</td><td>Admitido</td><td>—</td></tr>
<tr><td>2025/0902</td><td>C. F. Lopes</td><td>Excluído</td><td>c) – não apresentou certificado de habilitações</td></tr>
<tr><td>2025/0917</td><td>I. C. S. Marques</td><td>Admitido</td><td>—</td></tr>
<tr><td>2025/0933</td><td>J. P. Antunes</td><td>Admitido</td><td>—</td></tr>
<tr><td>2025/0940</td><td>M. S. Correia</td><td>Excluído</td><td>a) – licenciatura em área não prevista</td></tr>
</table>
<p>Os candidatos admitidos serão oportunamente convocados para o primeiro método de seleção
(prova de conhecimentos), com indicação de data, hora e local.</p>
<p>Os candidatos excluídos dispõem de 10 dias úteis para, querendo, se pronunciarem por escrito.</p>
<p>Com os melhores cumprimentos,<br>O Presidente do Júri<br>Eng. Fernando Gouveia Ramos</p>
<p style="color:#777;font-size:8pt">Águas da Ribeira Alta, E.M., S.A. · Capital social 12.500.000 € ·
NIPC 500 000 000 · Mensagem gerada para envio a múltiplos destinatários em conformidade com o RGPD
(dados pseudonimizados).</p>
</body></html>""",
    ),
    m(
        "b3nq9",
        "2025-10-21 09:18",
        _ARA,
        "Ref.ª A/12/2025 – Convocatória",
        A("assessment", ARA, ARAR, 1, "direct"),
        """Exma. Senhora
Inês Carvalhal Sousa Marques
(registo n.º 2025/0917)

Fica V. Exa. convocada para a realização da PROVA DE CONHECIMENTOS, primeiro método de seleção
do procedimento Ref.ª A/12/2025, nos seguintes termos:

  Data: 6 de novembro de 2025 (quinta-feira)
  Hora: 9h30 (a prova tem a duração de 90 minutos, com 15 minutos de tolerância)
  Local: Auditório da sede – Rua da Estação Elevatória, 40, Ribeira Alta

A prova é escrita, de natureza teórico-prática, sem consulta, e incide sobre as matérias e a
legislação indicadas no anúncio (nomeadamente o Decreto-Lei n.º 152/97, o regime de
licenciamento de utilização de recursos hídricos e o regime jurídico de AIA).

Deverá fazer-se acompanhar de documento de identificação válido (Cartão de Cidadão) e de
esferográfica de tinta azul ou preta. Não é permitida a utilização de telemóveis.

A falta de comparência equivale à desistência do procedimento.

Com os melhores cumprimentos,

Ana Luísa Tavares
Direção de Recursos Humanos
"""
        + _ARA_FOOT,
    ),
    m(
        "z6cy1",
        "2025-11-24 14:51",
        _ARA,
        "Ref.ª A/12/2025 – Resultados da prova de conhecimentos e convocatória",
        A("interview", ARA, ARAR, 1, "direct"),
        """Exma. Senhora Eng.ª Inês Marques,

Informamos que V. Exa. obteve a classificação de 15,40 valores na prova de conhecimentos,
tendo sido aprovada e admitida ao método de seleção seguinte.

Assim, fica convocada para a ENTREVISTA PROFISSIONAL DE SELEÇÃO (EPS), que terá lugar no dia
4 de dezembro de 2025, pelas 10h30, na sala de reuniões do 2.º piso da sede. A entrevista tem a
duração aproximada de 30 minutos e será conduzida pelo júri do procedimento.

Segue em anexo o convite para o seu calendário. A lista completa das classificações encontra-se
afixada nas instalações e publicada no sítio da empresa.

Com os melhores cumprimentos,

Ana Luísa Tavares
Direção de Recursos Humanos
"""
        + _ARA_FOOT,
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000090A1C2D3E4F5A601",
            "2025-12-04 10:30",
            "Ref.ª A/12/2025 – Entrevista Profissional de Seleção – I. Marques",
            ("Ana Luísa Tavares", "recrutamento@aguasribeiraalta.example"),
            style="outlook",
            minutes=30,
            location="Sede ARA – Sala de Reuniões 2.º piso, Rua da Estação Elevatória 40",
            description="Entrevista profissional de seleção – procedimento Ref.ª A/12/2025.",
        ),
    ),
    m(
        "f2ja8",
        "2026-01-22 17:33",
        "Fernando Gouveia Ramos <fernando.ramos@aguasribeiraalta.example>",
        "Procedimento Ref.ª A/12/2025",
        A("offer", ARA, ARAR, 1, "direct"),
        """Exma. Senhora Eng.ª Inês Marques,

Concluído o procedimento de recrutamento Ref.ª A/12/2025, e homologada pelo Conselho de
Administração a lista de ordenação final (em que V. Exa. ficou posicionada em 1.º lugar, com a
classificação final de 16,12 valores), vimos por este meio propor-lhe a celebração de contrato
de trabalho por tempo indeterminado, nas seguintes condições:

  - Categoria: Técnico Superior, Direção de Tratamento de Águas Residuais (ETAR de Ribeira Alta
    e ETAR do Vale)
  - Remuneração base mensal: 1.632,82 € (catorze meses), acrescida de subsídio de refeição nos
    termos do acordo de empresa
  - Horário: 35 horas semanais, com integração na escala de disponibilidade (piquete) a partir
    do 7.º mês
  - Período experimental: 180 dias
  - Data prevista de início de funções: 2 de março de 2026

Agradecemos que nos comunique a sua aceitação, ou não, no prazo de 5 dias úteis, por resposta
a este correio.

Foi um prazer conhecê-la na entrevista; o júri ficou muito bem impressionado com a sua
experiência no licenciamento das descargas.

Com os melhores cumprimentos,

Fernando Gouveia Ramos
Diretor de Tratamento de Águas Residuais
Águas da Ribeira Alta, E.M., S.A.
""",
        cc="Ana Luísa Tavares <recrutamento@aguasribeiraalta.example>",
    ),
    m(
        "p5vd3",
        "2026-01-27 10:12",
        "Ana Luísa Tavares <recrutamento@aguasribeiraalta.example>",
        "RE: Procedimento Ref.ª A/12/2025",
        A("offer", ARA, ARAR, 1, "direct"),
        """Cara Eng.ª Inês,

Muito obrigada pela sua resposta, que registámos. Bem-vinda à ARA!

Nos próximos dias enviaremos a lista de documentos necessários para a admissão e a marcação do
exame de medicina do trabalho.

Cumprimentos,
Ana Luísa Tavares
Direção de Recursos Humanos
Águas da Ribeira Alta, E.M., S.A.

-----Mensagem original-----
De: Inês Marques <ines.carvalhal.marques@gmail.com>
Enviada: segunda-feira, 26 de janeiro de 2026 21:47
Para: Fernando Gouveia Ramos <fernando.ramos@aguasribeiraalta.example>
Cc: Ana Luísa Tavares <recrutamento@aguasribeiraalta.example>
Assunto: Re: Procedimento Ref.ª A/12/2025

Exmo. Senhor Eng. Fernando Ramos,

Agradeço a proposta e venho por este meio comunicar que aceito as condições indicadas,
com início de funções a 2 de março de 2026.

Fico a aguardar as indicações sobre os documentos necessários.

Com os melhores cumprimentos,
Inês Carvalhal Sousa Marques
""",
        st="accepted",
        **reply("<f2ja8.20260122.28@aguasribeiraalta.example>"),
    ),
    m(
        "u9mh4",
        "2026-02-04 09:40",
        _ARA,
        "Admissão – documentos e exame de medicina do trabalho",
        J("other_job", "direct", ARA, ARAR),
        """Cara Eng.ª Inês Marques,

Para a preparação do seu processo individual, pedimos que nos envie até 20 de fevereiro:

  1. Cópia do Cartão de Cidadão (ou autorização de recolha de dados)
  2. Certificado de habilitações
  3. Comprovativo de IBAN
  4. Declaração para efeitos de IRS (modelo em anexo) e n.º de beneficiário da Segurança Social
  5. Registo criminal

O exame de admissão de medicina do trabalho ficou marcado para 12 de fevereiro às 8h45 (em
jejum), na clínica da empresa; segue convite. Traga os seus boletins de vacinas, se os tiver.

Cumprimentos,
Ana Luísa Tavares
"""
        + _ARA_FOOT,
        ics=ics(
            "ara-medtrab-2026-0212-0845@aguasribeiraalta.example",
            "2026-02-12 08:45",
            "Exame de admissão – Medicina do Trabalho (I. Marques)",
            ("Ana Luísa Tavares", "recrutamento@aguasribeiraalta.example"),
            minutes=45,
            location="Clínica Ocupacional ARA, Rua da Estação Elevatória 40",
        ),
        attach=[
            (
                "Declaracao_IRS_titulares_rendimentos.txt",
                "text/plain",
                "Declaração (art.º 99.º-A do CIRS) – situação familiar, n.º de dependentes...\n",
            )
        ],
    ),
    # --- 2 Câmara Municipal de Ribadouro (procedimento concursal comum, BEP) -----------------
    m(
        "k1e6s",
        "2025-09-22 23:08",
        "BEP - Bolsa de Emprego Público <naoresponder@bep.gov.pt>",
        "BEP - Candidatura submetida",
        A("confirmation", CMR, CMRR, 2, "other"),
        """Bolsa de Emprego Público

Caro(a) utilizador(a),

A sua candidatura à oferta OE202509/0412 foi submetida com sucesso.

Entidade: Município de Ribadouro
Carreira/Categoria: Técnico Superior
Área: Engenharia do Ambiente – Divisão de Ambiente e Serviços Urbanos
Tipo de vínculo: Contrato de trabalho em funções públicas por tempo indeterminado
Publicação: Aviso n.º 20871/2025, Diário da República, 2.ª série, de 15 de setembro
Data de submissão: 22-09-2025 23:07

Poderá consultar o estado das suas candidaturas na área reservada em www.bep.gov.pt.

Esta é uma mensagem automática. Por favor não responda.
BEP – Bolsa de Emprego Público | Direção-Geral da Administração e do Emprego Público
""",
    ),
    m(
        "g4rb0",
        "2025-10-30 15:26",
        "Município de Ribadouro – Recursos Humanos <recursos.humanos@cm-ribadouro.example>",
        "Notificação - Procedimento concursal comum (Aviso n.º 20871/2025)",
        A("viewed", CMR, CMRR, 2, "direct"),
        """Exma. Senhora
Inês Carvalhal Sousa Marques

Assunto: Procedimento concursal comum para constituição de relação jurídica de emprego público
por tempo indeterminado – 1 posto de trabalho da carreira e categoria de Técnico Superior
(Engenharia do Ambiente) – Aviso n.º 20871/2025, DR, 2.ª série.

Nos termos e para os efeitos previstos nos artigos 121.º e 122.º do Código do Procedimento
Administrativo, e do artigo 22.º da Portaria n.º 233/2022, de 9 de setembro, fica V. Exa.
notificada de que o júri deliberou, em reunião de 27/10/2025, propor a sua EXCLUSÃO do
procedimento, com o seguinte fundamento:

  - Não entrega do comprovativo da inscrição como membro efetivo na Ordem dos Engenheiros,
    exigido no ponto 7.3 do aviso de abertura.

Dispõe de 10 (dez) dias úteis, contados da data desta notificação, para, querendo, se pronunciar
por escrito em sede de audiência dos interessados, utilizando obrigatoriamente o formulário
aprovado, disponível na página eletrónica do Município e no Balcão Único.

A presente notificação não constitui decisão final.

Com os melhores cumprimentos,

A Presidente do Júri
Arq.ª Teresa Magalhães Bessa
Chefe da Divisão de Ambiente e Serviços Urbanos

Câmara Municipal de Ribadouro · Praça do Município · 4660-000 Ribadouro
""",
    ),
    m(
        "c7ux5",
        "2025-12-10 12:02",
        "Município de Ribadouro – Recursos Humanos <recursos.humanos@cm-ribadouro.example>",
        "Aviso n.º 20871/2025 - Convocatória para prova de conhecimentos",
        A("assessment", CMR, CMRR, 2, "direct"),
        """Exma. Senhora,

Na sequência da análise da pronúncia apresentada em sede de audiência dos interessados, que
mereceu acolhimento, informa-se que V. Exa. consta da lista definitiva de candidatos admitidos.

Fica, assim, convocada para a realização da prova de conhecimentos (escrita, com consulta de
legislação não anotada), no dia 14 de janeiro de 2026, pelas 14h00, no Salão Nobre dos Paços
do Concelho. Duração: 120 minutos.

A lista de admitidos e excluídos e a presente convocatória encontram-se publicitadas na página
eletrónica do Município e afixadas em local visível e público.

Com os melhores cumprimentos,
Divisão de Recursos Humanos – Câmara Municipal de Ribadouro
""",
    ),
    m(
        "w3oz6",
        "2026-01-09 11:37",
        "Município de Ribadouro – Recursos Humanos <recursos.humanos@cm-ribadouro.example>",
        "Aviso n.º 20871/2025 - Informação aos candidatos",
        A("confirmation", CMR, CMRR, 2, "direct"),
        """Exmos(as). Senhores(as) Candidatos(as),

Informa-se que, por despacho do Senhor Presidente da Câmara de 7 de janeiro de 2026, foi
determinada a SUSPENSÃO do procedimento concursal acima identificado, até à aprovação da
alteração ao mapa de pessoal e ao orçamento municipal para 2026, atualmente em apreciação pela
Assembleia Municipal.

Em consequência, a prova de conhecimentos agendada para o dia 14 de janeiro de 2026 fica sem
efeito. A nova data será comunicada a todos os candidatos admitidos com a antecedência legal,
logo que cessem os motivos da suspensão.

Pedimos desculpa pelo incómodo.

Com os melhores cumprimentos,
Divisão de Recursos Humanos
Câmara Municipal de Ribadouro
""",
        st="on_hold",
    ),
    # --- 3 and 4 Cimentos do Vouga (through the Granitus group's careers mailbox) ------------
    m(
        "d8tp7",
        "2025-09-16 10:21",
        "Granitus Group | Talento <talento@granitusgroup.example>",
        "Candidatura recebida",
        A("confirmation", CV, CVR1, 3, "direct"),
        None,
        """<html><body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;color:#333">
<tr><td style="background:#3b3b3b;padding:18px"><img src="https://www.granitusgroup.example/mail/logo-white.png" alt="GRANITUS" height="28"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5">
<p>Olá Inês,</p>
<p>Obrigado pelo seu interesse em fazer parte das nossas equipas. Recebemos a sua candidatura à
posição <b>Técnico/a de Ambiente</b> para a <b>Fábrica de Albergaria</b> da Cimentos do Vouga.</p>
<p>A nossa equipa de Talento vai analisar o seu perfil com atenção. Se avançar no processo,
entraremos em contacto nas próximas semanas.</p>
<p>Até breve,<br>Equipa de Talento Granitus</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;border-top:1px solid #ddd">
Granitus Group — cimento · betão · agregados · argamassas<br>
Cimentos do Vouga, S.A. · Granitus Betões, S.A. · Pedreiras do Caramulo, Lda.<br>
<a href="https://click.granitusgroup.example/ls/click?upn=aHR0cHM6Ly9jYXJyZWlyYXMuZ3Jhbml0dXNncm91cC5leGFtcGxl">carreiras.granitusgroup.example</a> ·
<a href="https://www.granitusgroup.example/privacidade">Política de privacidade</a>
</td></tr></table></td></tr></table></body></html>""",
    ),
    m(
        "h0ab2",
        "2025-10-14 18:09",
        "Marta Sequeira <marta.sequeira@granitusgroup.example>",
        "A sua candidatura",
        A("rejection", CV, CVR1, 3, "direct"),
        """Olá Inês,

Antes de mais, obrigada pelo tempo que dedicou à candidatura para Técnico/a de Ambiente na
Fábrica de Albergaria. O seu percurso em tratamento de águas e licenciamento chamou-nos a
atenção e foi um dos perfis mais fortes que recebemos.

Ainda assim, a vaga já foi preenchida por uma colega que vem da nossa própria fábrica de Leiria,
pelo que não iremos avançar com a sua candidatura para esta posição.

Gostava, no entanto, de lhe deixar uma sugestão: publicámos ontem uma vaga de Coordenador/a de
Ambiente, Saúde e Segurança para a Cimentos do Vouga, com responsabilidade sobre os três centros
de produção. Pela sua experiência, penso que faz sentido candidatar-se:
https://carreiras.granitusgroup.example/vagas/2025-088-coordenador-ass

Um abraço e boa sorte,

Marta Sequeira
Talent Acquisition | Granitus Group
m. +351 910 000 221
""",
    ),
    m(
        "e5lc3",
        "2025-10-17 08:55",
        "Granitus Group | Talento <talento@granitusgroup.example>",
        "Candidatura recebida",
        A("confirmation", CV, CVR2, 4, "direct"),
        None,
        """<html><body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;color:#333">
<tr><td style="background:#3b3b3b;padding:18px"><img src="https://www.granitusgroup.example/mail/logo-white.png" alt="GRANITUS" height="28"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5">
<p>Olá Inês,</p>
<p>Obrigado pelo seu interesse em fazer parte das nossas equipas. Recebemos a sua candidatura à
posição <b>Coordenador/a de Ambiente, Saúde e Segurança (m/f)</b> para a <b>Cimentos do Vouga</b>.</p>
<p>A nossa equipa de Talento vai analisar o seu perfil com atenção. Se avançar no processo,
entraremos em contacto nas próximas semanas.</p>
<p>Até breve,<br>Equipa de Talento Granitus</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;border-top:1px solid #ddd">
Granitus Group — cimento · betão · agregados · argamassas<br>
Cimentos do Vouga, S.A. · Granitus Betões, S.A. · Pedreiras do Caramulo, Lda.<br>
<a href="https://click.granitusgroup.example/ls/click?upn=aHR0cHM6Ly9jYXJyZWlyYXMuZ3Jhbml0dXNncm91cC5leGFtcGxl">carreiras.granitusgroup.example</a> ·
<a href="https://www.granitusgroup.example/privacidade">Política de privacidade</a>
</td></tr></table></td></tr></table></body></html>""",
    ),
    m(
        "q2yv8",
        "2025-10-29 12:44",
        "Marta Sequeira <marta.sequeira@granitusgroup.example>",
        "Convite: Conversa | Coordenação AS&S - qua 5 nov 2025 15:00 - 15:45",
        A("interview", CV, CVR2, 4, "direct"),
        """Olá Inês,

Como falámos ao telefone, segue o convite para a primeira conversa (Teams) comigo e com o
Eng. Paulo Rebelo, Diretor Industrial da Cimentos do Vouga.

________________________________________________________________________________
Reunião do Microsoft Teams
Participe no seu computador, aplicação móvel ou dispositivo de sala
Clique aqui para participar na reunião <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3ODk0>
ID da reunião: 312 884 901 245
Código de acesso: 7Qw3pZ
________________________________________________________________________________
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000B07A66C1F248DC01",
            "2025-11-05 15:00",
            "Conversa | Coordenação AS&S – Inês Marques",
            ("Marta Sequeira", "marta.sequeira@granitusgroup.example"),
            style="outlook",
            minutes=45,
            attendees=[("Paulo Rebelo", "paulo.rebelo@cimentosdovouga.example")],
            location="Reunião do Microsoft Teams",
        ),
    ),
    m(
        "n6fs1",
        "2025-11-05 18:31",
        "Marta Sequeira <marta.sequeira@granitusgroup.example>",
        "Resposta automática: Obrigada pela conversa",
        J("other_job", "direct", CV, CVR2),
        """Olá,

Estou ausente até dia 10 de novembro, com acesso limitado ao email.
Para assuntos urgentes de recrutamento contacte talento@granitusgroup.example.

Obrigada,
Marta Sequeira
""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    ),
    m(
        "t4km0",
        "2025-11-13 09:02",
        "Paulo Rebelo <paulo.rebelo@cimentosdovouga.example>",
        "Visita à fábrica de Albergaria",
        A("interview", CV, CVR2, 4, "direct"),
        """Bom dia Eng.ª Inês,

Gostei muito da nossa conversa. Como segundo passo proponho que venha conhecer a fábrica e a
equipa de ambiente: dia 20/11, às 10h, em Albergaria-a-Velha. Faremos a visita ao forno e ao
parque de combustíveis alternativos e depois almoçamos com o Diretor de RH do grupo.

Traga calçado de segurança se tiver; o resto (capacete, colete, óculos) damos cá.

Cumprimentos,
Paulo Rebelo
Diretor Industrial
Cimentos do Vouga, S.A. – Grupo Granitus
Zona Industrial de Albergaria, Lote 7 · 3850-000 Albergaria-a-Velha
""",
        ics=ics(
            "5ckq0lv6o3t4gq8r2lrb1a7j9e@google.com",
            "2025-11-20 10:00",
            "Visita fábrica + entrevista – Inês Marques",
            ("Paulo Rebelo", "paulo.rebelo@cimentosdovouga.example"),
            minutes=180,
            location="Cimentos do Vouga – Fábrica de Albergaria (portaria principal)",
        ),
    ),
    m(
        "y1gi5",
        "2025-12-02 19:16",
        "Marta Sequeira <marta.sequeira@granitusgroup.example>",
        "Proposta | Coordenador/a AS&S – Cimentos do Vouga",
        A("offer", CV, CVR2, 4, "direct"),
        """Olá Inês,

Tenho o prazer de lhe enviar, em nome da Cimentos do Vouga, S.A., a nossa proposta para a
função de Coordenadora de Ambiente, Saúde e Segurança:

  • Vencimento base: 2.250 € brutos x 14 meses
  • Subsídio de alimentação em cartão: 10,20 €/dia útil
  • Viatura de serviço (uso partilhado, sem uso pessoal) e cartão de combustível para serviço
  • Seguro de saúde extensível ao agregado familiar
  • Local de trabalho: Albergaria-a-Velha, com deslocações frequentes aos centros de produção de
    Leiria e Loulé (estimamos 2 a 3 dias por semana fora, com pernoitas)
  • Contrato sem termo, período experimental de 180 dias

Ficamos a aguardar a sua resposta até dia 9 de dezembro. Se quiser falar sobre algum ponto,
ligue-me à vontade.

Um abraço,
Marta Sequeira
Talent Acquisition | Granitus Group
""",
        attach=[
            (
                "Proposta_CVouga_IMarques.pdf",
                "application/pdf",
                "%PDF-1.4 (proposta de contratação - Cimentos do Vouga, S.A.)",
            )
        ],
    ),
    m(
        "s9pw2",
        "2025-12-09 11:48",
        "Marta Sequeira <marta.sequeira@granitusgroup.example>",
        "RE: Proposta | Coordenador/a AS&S – Cimentos do Vouga",
        A("offer", CV, CVR2, 4, "direct"),
        """Olá Inês,

Obrigada por nos ter dito com franqueza. Compreendemos perfeitamente — a componente de
deslocações é mesmo exigente e não a conseguimos reduzir nesta fase.

Fica com as portas abertas no grupo. Se a situação mudar, fale comigo.

Tudo de bom,
Marta

De: Inês Marques <ines.carvalhal.marques@gmail.com>
Enviado: 8 de dezembro de 2025 22:10
Para: Marta Sequeira <marta.sequeira@granitusgroup.example>
Assunto: Re: Proposta | Coordenador/a AS&S – Cimentos do Vouga

Olá Marta,

Muito obrigada pela proposta e por todo o processo, que foi impecável.

Depois de pensar bastante, decidi não aceitar. Com 2 a 3 dias por semana fora de casa, e com o
vencimento proposto a não compensar os custos de deslocação e as pernoitas, não consigo
conciliar a função com a minha vida no Porto neste momento.

Espero que possamos voltar a cruzar-nos.

Cumprimentos,
Inês
""",
        st="declined",
        **reply("<y1gi5.20251202.49@granitusgroup.example>"),
    ),
]

# --- 5 Ecoteia (small consultancy; the partner writes from his own Gmail) ----------------------

MAIL += [
    m(
        "a3zr6",
        "2025-09-08 22:14",
        "Net-Empregos <noreply@net-empregos.com>",
        "Candidatura enviada com sucesso",
        A("confirmation", EC, ECR, 5, "other"),
        """Net-Empregos.com

Olá Inês Marques,

A sua candidatura ao anúncio abaixo foi enviada com sucesso para o anunciante.

  Engenheiro do Ambiente (m/f) - Estudos de Impacte Ambiental e Licenciamento
  Empresa: Consultora de ambiente (confidencial)
  Local: Porto
  Ref.: 4471023

O anunciante poderá contactá-lo diretamente através do email ou telefone que indicou.
Boa sorte!

--
Recebe este email porque se candidatou através do Net-Empregos.com.
Gerir alertas: https://www.net-empregos.com/alertas.asp
""",
    ),
    m(
        "l7hd0",
        "2025-09-15 13:27",
        "Rui Lacerda <rui.lacerda.amb@gmail.com>",
        "CV - Engª Ambiente",
        A("interview", EC, ECR, 5, "direct"),
        """Boa tarde Inês

Vi o seu CV (anúncio do net-empregos). Pode vir cá ao escritório na 6a feira às 15h para
conversarmos? Rua do Breiner 212, 2º esq.

Rui Lacerda
Ecoteia - Estudos e Projetos de Ambiente
""",
    ),
    m(
        "i2ot9",
        "2025-09-16 08:03",
        "Rui Lacerda <rui.lacerda.amb@gmail.com>",
        "Re: CV - Engª Ambiente",
        A("interview", EC, ECR, 5, "direct"),
        """Combinado. Até 6a.

Enviado do meu iPhone

> No dia 15/09/2025, às 21:40, Inês Marques <ines.carvalhal.marques@gmail.com> escreveu:
>
> Boa noite Eng. Rui Lacerda,
> Obrigada pelo contacto. Sexta-feira às 15h está ótimo para mim.
> Cumprimentos,
> Inês Marques
""",
        **reply("<l7hd0.20250915.18@gmail.com>"),
    ),
    m(
        "o5ue4",
        "2025-10-01 19:52",
        "Rui Lacerda <rui.lacerda.amb@gmail.com>",
        "Re: CV - Engª Ambiente",
        A("rejection", EC, ECR, 5, "direct"),
        """Inês, obrigado pela conversa da outra semana, gostámos muito.
Acabámos por avançar com outra pessoa, mais virada para ruído e monitorização, que é onde temos
mais trabalho agora. Fica o contacto, pode ser que para o ano surja algo.
Abraço
Rui
""",
        **reply("<l7hd0.20250915.18@gmail.com>", "<i2ot9.20250916.22@gmail.com>"),
    ),
    # --- 6 Alvura (Celuloses Atlânticas, S.A.; SAP SuccessFactors) ----------------------------
    m(
        "v8bn1",
        "2025-09-18 20:31",
        "Alvura Careers <DoNotReply@successfactors.eu>",
        "Please confirm your e-mail address",
        J("other_job", "other", AL, lang="en"),
        """Dear Inês,

Thank you for creating a candidate profile on the Alvura careers site.

To activate your account, please confirm your e-mail address within 72 hours:
https://career5.successfactors.eu/career?company=celulosesat&career_ns=activation&token=Q2VsdWxvc2VzQXQ

If you did not create this account, please ignore this message.

Celuloses Atlânticas, S.A.
""",
    ),
    m(
        "j6wq2",
        "2025-09-18 20:44",
        "Alvura Careers <DoNotReply@successfactors.eu>",
        "Thank you for your application",
        A("confirmation", AL, ALR1, 6, "other", "en"),
        """Dear Inês Carvalhal Sousa Marques,

Thank you for applying for the position of Environmental Engineer – Mill Operations
(Req. 8841), Figueira da Foz, Portugal.

We have received your application and our Talent Acquisition team will review it carefully.
Due to the high number of applications we receive, we are only able to contact candidates whose
profile closely matches the requirements of the role. You can follow the status of your
application at any time in your candidate profile.

Kind regards,

Talent Acquisition
Alvura | Celuloses Atlânticas, S.A.
Sede: Rua do Pinhal Litoral, 1 · 3080-000 Figueira da Foz · NIPC 500 000 001

This is an automated message, please do not reply.
""",
    ),
    m(
        "m4ck8",
        "2025-09-18 20:45",
        "Alvura Careers <DoNotReply@successfactors.eu>",
        "Welcome to the Alvura Talent Community",
        J("alert", "other", AL, lang="en"),
        None,
        """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1d3b2a">
<div style="max-width:560px;margin:auto">
<img src="https://rmkcdn.successfactors.com/3f1b9a2e/alvura-header.jpg" alt="Alvura – From forest to paper" width="560">
<h2>Welcome to our Talent Community, Inês!</h2>
<p>You are now part of a community of people who share our passion for sustainable forests,
pulp and paper. From now on you will receive job alerts matching your preferences and news about
life at our mills in Figueira da Foz, Cacia and Setúbal.</p>
<p><a href="https://careers.alvura.example/talentcommunity/subscribe/?locale=en_GB">Update your preferences</a></p>
<p style="font-size:11px;color:#777">Celuloses Atlânticas, S.A. (Alvura) processes your personal data in accordance with the GDPR.
<a href="https://careers.alvura.example/talentcommunity/unsubscribe">Unsubscribe</a></p>
</div></body></html>""",
    ),
    m(
        "c0ys7",
        "2025-10-02 07:15",
        "SHL on behalf of Alvura <noreply@shl.com>",
        "Alvura – Online assessment invitation",
        A("assessment", AL, ALR1, 6, "other", "en"),
        """Dear Inês,

As part of your application for Environmental Engineer – Mill Operations at Alvura, you are
invited to complete the following online assessments:

  • Verify – Numerical Reasoning (approx. 18 minutes)
  • Verify – Inductive Reasoning (approx. 24 minutes)
  • Occupational Personality Questionnaire (OPQ32r, approx. 25 minutes)

Please complete all assessments by 09 October 2025, 23:59 (WEST).

Start your assessments: https://candidate.shl.com/session/login?inviteCode=7KQ2-MX9P-44RD

Tips: use a laptop or desktop computer with a stable internet connection, in a quiet place.
Once started, a timed test cannot be paused.

If you require reasonable adjustments, please contact the recruiter before starting.

Good luck!
SHL Candidate Support – https://support.shl.com
""",
    ),
    m(
        "f1ha3",
        "2025-10-23 16:40",
        "Alvura Careers <DoNotReply@successfactors.eu>",
        "Your application",
        A("rejection", AL, ALR1, 6, "other", "en"),
        """Dear Inês,

Thank you for the time and effort you invested in the selection process for the Environmental
Engineer – Mill Operations position, including the online assessments. We were impressed by your
background in wastewater treatment and environmental licensing.

After careful consideration, we have decided to move forward with candidates whose experience is
more closely aligned with the current needs of the Figueira da Foz mill, particularly in
atmospheric emissions and pulp-mill effluent.

We will keep your profile in our Talent Community and encourage you to apply to future
opportunities at Alvura.

Best regards,
Talent Acquisition
Alvura | Celuloses Atlânticas, S.A.
""",
    ),
    # --- 7 Brava Components (Workday tenant "hbpholding") ------------------------------------
    m(
        "r2gm5",
        "2025-09-24 21:03",
        "HBP Holding <hbpholding@myworkday.com>",
        "You have an application in progress",
        J("alert", "workday", BR, BRR, "en"),
        """Hi Inês,

You started an application for HSE Engineer (R-0031774) but haven't submitted it yet.
Your progress has been saved. Continue where you left off:

https://hbpholding.wd3.myworkdayjobs.com/en-US/HBP_Careers/job/Vila-Nova-de-Famalicao/HSE-Engineer_R-0031774/apply

Applications close on 10 October 2025.

HBP Holding Talent Acquisition
""",
    ),
    m(
        "k9dv6",
        "2025-09-25 22:37",
        "HBP Holding <hbpholding@myworkday.com>",
        "Application received – HSE Engineer (R-0031774)",
        A("confirmation", BR, BRR, 7, "workday", "en"),
        """Dear Inês Carvalhal Sousa Marques,

Thank you for your interest in joining us. We confirm that we have received your application
for the following position:

  Job Requisition: R-0031774 HSE Engineer
  Location: Vila Nova de Famalicão, Portugal
  Company: Brava Components Portugal, Unipessoal Lda.

Our team will review your application and contact you if your qualifications match our needs.
You can check the status of your application at any time in your candidate home account.

Best regards,
Talent Acquisition | HBP Holding – Brava Components · Lumetra Lighting · HBP Seating

Please do not reply to this e-mail; this mailbox is not monitored.
""",
    ),
    m(
        "b6sx4",
        "2025-10-09 10:25",
        "Carla Nogueira <carla.nogueira@brava-components.example>",
        "Entrevista - HSE Engineer",
        A("interview", BR, BRR, 7, "direct"),
        """Bom dia Inês,

Na sequência da sua candidatura à vaga de HSE Engineer para a nossa fábrica de Famalicão,
gostaríamos de a convidar para uma entrevista por Teams, com a nossa HSE Manager, Eng.ª Rita
Faria, e comigo, no dia 16 de outubro às 11h00.

Seguirá convite em separado. Caso a data não seja conveniente, diga-me por favor.

Com os melhores cumprimentos,

Carla Nogueira
HR Business Partner
Brava Components Portugal
Rua da Indústria Automóvel, 155 · 4760-000 Vila Nova de Famalicão
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000C1D8F62A5539DC01",
            "2025-10-16 11:00",
            "Entrevista HSE Engineer - Inês Marques",
            ("Carla Nogueira", "carla.nogueira@brava-components.example"),
            style="outlook",
            minutes=60,
            attendees=[("Rita Faria", "rita.faria@brava-components.example")],
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "x4ni0",
        "2025-10-14 17:58",
        "Carla Nogueira <carla.nogueira@brava-components.example>",
        "Cancelada: Entrevista HSE Engineer - Inês Marques",
        A("interview", BR, BRR, 7, "direct"),
        """Olá Inês,

Lamento muito, mas temos de cancelar a entrevista de quinta-feira. Recebemos hoje indicação da
direção do grupo para rever a estrutura da equipa de HSE em Famalicão e o processo fica parado
até termos novidades. Vou mantê-la informada.

Peço desculpa pelo incómodo.
Carla
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000C1D8F62A5539DC01",
            "2025-10-16 11:00",
            "Cancelada: Entrevista HSE Engineer - Inês Marques",
            ("Carla Nogueira", "carla.nogueira@brava-components.example"),
            style="outlook",
            method="CANCEL",
            minutes=60,
            attendees=[("Rita Faria", "rita.faria@brava-components.example")],
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "e3pw9",
        "2025-11-20 14:12",
        "HBP Holding <hbpholding@myworkday.com>",
        "Update on your application",
        A("rejection", BR, BRR, 7, "workday", "en"),
        """Dear Inês,

Thank you again for your interest in HBP Holding and for the time you have dedicated to our
recruitment process for R-0031774 HSE Engineer.

We would like to inform you that the position has been filled through an internal
reorganisation, and we are therefore closing this requisition. Please know that this decision
does not reflect on your qualifications.

We encourage you to keep an eye on our careers site for future opportunities.

Kind regards,
HBP Holding Talent Acquisition
""",
    ),
]
