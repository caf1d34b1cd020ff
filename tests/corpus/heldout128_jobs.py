# ruff: noqa: E501, RUF100
"""Corpus 128, job mail part one (data only): see heldout128.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer and
role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Recife's offset on ``day``: UTC-3 all year (Brazil dropped daylight saving time in 2019)."""
    del day
    return "-0300"


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
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" in Recife time)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def thread(*ids: str) -> dict[str, str]:
    """Threading headers of a reply: In-Reply-To the last id, References all of them."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


ME_ADDR = "pri.albuquerque.cavalcanti@gmail.com"

# Employers as a person would write them, and the roles as the postings title them.
HSA, HSAR = "Hospital Santa Aurora", "Enfermeira(o) da Qualidade"
CAP, CAPR = "Hospital Capibaribe", "Enfermeiro(a) Auditor(a)"
VIT = "Hospital Vitalis Boa Viagem"
VITR1 = "Enfermeiro(a) do Núcleo de Segurança do Paciente"
VITR2 = "Coordenador(a) de Enfermagem - Qualidade"
RSP, RSPR = "Clínica Respira", "Enfermeira Responsável Técnica"
FUS, FUSR = "FUSAPE", "Enfermeiro(a) - Gestão da Qualidade"
CED, CEDR = "Laboratório Cedro", "Analista da Qualidade (Enfermagem)"
PRT, PRTR = "Prontuar", "Customer Success Specialist (Saúde)"
IOG, IOGR = "Instituto de Olhos Guararapes", "Enfermeiro(a) de Educação Permanente"
MV, MVR = "Medvantis", "Clinical Implementation Specialist – Nursing Informatics"
MJQ, MJQR = "Maternidade Jaqueira", "Enfermeiro(a) do SCIH"
INT, INTR = "Integra Saúde", "Analista de Implantação (PEP)"
SER, SERR = "Sertão Saúde", "Enfermeiro(a) Auditor(a) Concorrente"
MMI, MMIR = "Multimagem Diagnósticos", "Enfermeira(o) de Qualidade e Segurança do Paciente"
HME, HMER = "Hospital Memorial Encruzilhada", "Coordenador(a) da Qualidade"
HSB, HSBR = "Hospital São Bento", "Supervisor(a) de Enfermagem - Qualidade"
CMP, CMPR = "Cuidar+", "Enfermeiro(a) Navegador(a) - Oncologia"
NHM, NHMR = "Nordhaven Medical", "Clinical Specialist – Infection Prevention"
QLS, QLSR = "Qualis Acreditação", "Consultor(a) Júnior de Acreditação"
TAM, TAMR = "Hospital Tamarineira", "Enfermeiro(a) de Gerenciamento de Riscos"
LEC, LECR = "Lar & Cuidado Home Care", "Enfermeiro(a) Supervisor(a) de Qualidade"
LUM, LUMR = "Lumina Saúde", "Especialista em Qualidade Assistencial"

GUPY_FOOT = (
    "\n\n--\nEste é um e-mail automático enviado pela Gupy em nome da empresa. Não responda.\n"
    "Dúvidas sobre a plataforma: https://ajuda.gupy.io | Política de privacidade: https://www.gupy.io/privacidade"
)

THAIS = "Thaís Mendonça <thais.mendonca@aurorasaude.example>"
VITALIS_PORTAL = "Rede Vitalis - Trabalhe Conosco <naoresponder@redevitalis.example>"
LARISSA = "Larissa Freitas <larissa.freitas@redevitalis.example>"
FABIO = "Fábio Lins <fabiolins.respira@gmail.com>"
FUSAPE = "FUSAPE - Seleção Simplificada <selecaosimplificada@fusape.pe.example>"
GH = "Medvantis Talent Acquisition <no-reply@us.greenhouse-mail.io>"
BRUNA = "Bruna Tavares <bruna.tavares@medvantis.example>"

_ORGANIZER_THAIS = ("Thaís Mendonça", "thais.mendonca@aurorasaude.example")
_ORGANIZER_LARISSA = ("Larissa Freitas", "larissa.freitas@redevitalis.example")
_ORGANIZER_BRUNA = ("Bruna Tavares", "bruna.tavares@medvantis.example")

# Ids of the candidate's own replies (her sent mail is not in this inbox; the replies quote it).
_MY_DINAMICA = "<CAKp7Ww3r1+Zt0dinamica2209@mail.gmail.com>"
_MY_RESPIRA_CV = "<CAKp7Ww0cvRespira15set@mail.gmail.com>"
_MY_RESPIRA_NO = "<CAKp7Ww2kNoRespira26set@mail.gmail.com>"
_MY_VITALIS_OK = "<CAKp7Ww9vitalisOK15out@mail.gmail.com>"
_MY_MEDVANTIS_YES = "<CAKp7Ww4aceiteMV16jan@mail.gmail.com>"
_MY_FUSAPE_TERMO = "<CAKp7Ww5termoFUS10dez@mail.gmail.com>"

_a1c = m(
    "pq71",
    "2025-09-22 09:05",
    THAIS,
    "Processo seletivo - próxima etapa (29/09)",
    A("interview", HSA, HSAR, 1, "direct"),
    "Bom dia, Priscila!\n\nTudo bem?\n\nParabéns, você foi aprovada na etapa de testes do processo seletivo para Enfermeira(o) da Qualidade. A próxima etapa é uma dinâmica de grupo presencial, com duração aproximada de 3 horas.\n\nData: segunda-feira, 29/09\nHorário: 8h30 (chegar com 15 minutos de antecedência)\nLocal: Auditório do 2º andar - entrada pela recepção administrativa, Rua Real da Torre, 1200 - Madalena\n\nLevar documento com foto. Não é necessário levar currículo impresso. Traje: o que for confortável para você.\n\nEnviei também o convite pela agenda. Por gentileza, confirme sua presença respondendo este e-mail.\n\nAtenciosamente,\n\nThaís Mendonça\nAnalista de Gente & Gestão\nHospital Santa Aurora | Aurora Serviços Hospitalares Ltda.\n(81) 3035-4410 | Ramal 2217",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D0A1B36C1A2BDC01000000000000000010000000AUR2909",
        "2025-09-29 08:30",
        "Dinâmica de grupo - Enfermeira(o) da Qualidade",
        _ORGANIZER_THAIS,
        minutes=180,
        style="outlook",
        location="Hospital Santa Aurora - Auditório 2º andar, Rua Real da Torre, 1200 - Madalena, Recife - PE",
        description="Dinâmica de grupo - processo seletivo Enfermeira(o) da Qualidade. Levar documento com foto.",
    ),
)

_a1d = m(
    "pq72",
    "2025-09-30 17:20",
    THAIS,
    "RE: Processo seletivo - próxima etapa (29/09)",
    A("interview", HSA, HSAR, 1, "direct"),
    "Priscila, boa tarde!\n\nObrigada pela participação ontem na dinâmica. Você foi selecionada para a próxima etapa: entrevista individual com a gestora da área, Enf.ª Cláudia Marinho (Coordenação da Qualidade e Segurança do Paciente).\n\nSugestão: segunda-feira, 06/10, às 14h, presencial, na sala da Qualidade (3º andar). Duração de aproximadamente 1 hora. Se tiver algum indicador ou projeto de melhoria que você conduziu, pode trazer para conversar, mas não é obrigatório.\n\nSegue convite. Caso não consiga, me avise que verificamos outro horário.\n\nAtt.,\nThaís Mendonça\nAnalista de Gente & Gestão | Hospital Santa Aurora\n\n-----Mensagem original-----\nDe: Priscila Albuquerque Cavalcanti <pri.albuquerque.cavalcanti@gmail.com>\nEnviada em: segunda-feira, 22 de setembro de 2025 10:41\nPara: Thaís Mendonça <thais.mendonca@aurorasaude.example>\nAssunto: Re: Processo seletivo - próxima etapa (29/09)\n\nBom dia, Thaís! Confirmo presença na dinâmica. Obrigada!\n\nPriscila",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D0A1B36C1A2BDC01000000000000000010000000AUR0610",
        "2025-10-06 14:00",
        "Entrevista com a gestora - Priscila Cavalcanti (Enf. Qualidade)",
        _ORGANIZER_THAIS,
        style="outlook",
        location="Sala da Qualidade - 3º andar",
        attendees=[("Cláudia Marinho", "claudia.marinho@aurorasaude.example")],
    ),
    **thread(_a1c["id"], _MY_DINAMICA),
)

MAIL: list[dict[str, Any]] = [
    # --- Gupy account, then Hospital Santa Aurora (Aurora Serviços Hospitalares Ltda.), app 1 ----------
    m(
        "pq60",
        "2025-09-04 10:05",
        "Gupy <no-reply@gupy.io>",
        "Seu código de acesso: 482913",
        J("other_job", "other"),
        html='<html><body style="font-family:Arial,sans-serif;color:#2b2b2b"><p>Olá!</p><p>Use o código abaixo para acessar sua conta de candidato(a):</p><p style="font-size:28px;letter-spacing:6px"><b>482913</b></p><p>O código expira em 10 minutos. Se você não solicitou este acesso, ignore este e-mail.</p><p style="color:#888;font-size:11px">Gupy &middot; <a href="https://www.gupy.io/privacidade">Privacidade</a></p></body></html>',
    ),
    m(
        "pq61",
        "2025-09-04 10:12",
        "Aurora Serviços Hospitalares <no-reply@gupy.io>",
        "Recebemos sua candidatura, Priscila!",
        A("confirmation", HSA, HSAR, 1, "other"),
        "Olá, Priscila!\n\nSua candidatura para a vaga Enfermeira(o) da Qualidade - Recife/PE foi enviada com sucesso.\n\nAgora é com a gente: o time de Gente & Gestão vai analisar seu perfil e, se você avançar, avisaremos por e-mail e na sua área de candidato(a). Fique de olho também na caixa de spam e na aba Promoções.\n\nVaga: Enfermeira(o) da Qualidade - Recife/PE\nCódigo: 9483127\nEmpresa: Aurora Serviços Hospitalares Ltda.\n\nAcompanhe sua candidatura: https://login.gupy.io/candidates/applications\n\nBoa sorte!\nTime de Recrutamento e Seleção"
        + GUPY_FOOT,
        '<html><body style="margin:0;background:#f4f5f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333"><tr><td style="padding:24px"><img src="https://cdn.gupy.io/companies/aurorash/logo.png" alt="Aurora Serviços Hospitalares" height="48"></td></tr><tr><td style="padding:0 24px"><h2 style="color:#0b3b6f">Olá, Priscila!</h2><p>Sua candidatura para a vaga <b>Enfermeira(o) da Qualidade - Recife/PE</b> foi enviada com sucesso.</p><p>Agora é com a gente: o time de Gente &amp; Gestão vai analisar seu perfil e, se você avançar, avisaremos por e-mail e na sua área de candidato(a). Fique de olho também na caixa de spam e na aba Promoções.</p><p><a href="https://login.gupy.io/candidates/applications?utm_source=email&amp;utm_campaign=application_created" style="background:#0b3b6f;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Acompanhar candidatura</a></p><p style="font-size:12px;color:#777">Código da vaga: 9483127 &middot; Aurora Serviços Hospitalares Ltda.</p><p>Boa sorte!<br>Time de Recrutamento e Seleção</p></td></tr><tr><td style="padding:16px 24px;font-size:11px;color:#999">Este é um e-mail automático enviado pela Gupy em nome da empresa. Não responda.<br><a href="https://www.gupy.io/privacidade">Política de privacidade</a></td></tr></table></td></tr></table></body></html>',
    ),
    m(
        "pq62",
        "2025-09-09 15:40",
        "Aurora Serviços Hospitalares <no-reply@gupy.io>",
        "Você avançou! Próxima etapa: testes online",
        A("assessment", HSA, HSAR, 1, "other"),
        "Oi, Priscila, tudo bem?\n\nTemos uma ótima notícia: você avançou para a etapa de Testes no processo de Enfermeira(o) da Qualidade - Recife/PE.\n\nSão dois testes:\n• Teste de Perfil Comportamental (cerca de 15 minutos)\n• Teste de Conhecimentos Específicos - Qualidade e Segurança do Paciente (20 questões, 40 minutos)\n\nPrazo para responder: até 12/09/2025, às 23h59.\n\nDicas: escolha um lugar tranquilo, com boa conexão, e responda com sinceridade. Depois de iniciado, o teste de conhecimentos não pode ser pausado.\n\nFazer os testes: https://aurorash.gupy.io/candidates/jobs/9483127/tests\n\nTime de Recrutamento e Seleção\nHospital Santa Aurora"
        + GUPY_FOOT,
    ),
    _a1c,
    _a1d,
    m(
        "pq73",
        "2025-10-03 11:48",
        THAIS,
        "Remarcação - entrevista com a gestora",
        A("interview", HSA, HSAR, 1, "direct"),
        "Oi, Priscila, bom dia.\n\nA Cláudia vai estar com a auditoria interna da ONA na segunda-feira o dia todo, então precisei remarcar a sua entrevista. Conseguimos quarta-feira, 08/10, às 10h, no mesmo local (sala da Qualidade, 3º andar)?\n\nJá atualizei o convite. Peço desculpas pelo transtorno.\n\nThaís Mendonça\nGente & Gestão | Hospital Santa Aurora",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000D0A1B36C1A2BDC01000000000000000010000000AUR0610",
            "2025-10-08 10:00",
            "Entrevista com a gestora - Priscila Cavalcanti (Enf. Qualidade)",
            _ORGANIZER_THAIS,
            style="outlook",
            sequence=1,
            location="Sala da Qualidade - 3º andar",
            attendees=[("Cláudia Marinho", "claudia.marinho@aurorasaude.example")],
        ),
    ),
    m(
        "pq74",
        "2025-10-21 16:02",
        "Hospital Santa Aurora <no-reply@gupy.io>",
        "Atualização sobre o processo seletivo",
        A("rejection", HSA, HSAR, 1, "other"),
        "Olá, Priscila.\n\nQueremos agradecer, de verdade, pela sua participação em todas as etapas do processo para Enfermeira(o) da Qualidade. A Cláudia e o time de Gente & Gestão ficaram muito bem impressionados com a sua experiência em terapia intensiva e com a forma como você falou sobre notificação de eventos adversos.\n\nDepois de muita conversa, optamos por seguir com outra pessoa candidata cujo perfil está mais aderente ao momento da área, que está se preparando para a recertificação.\n\nSeu currículo continua no nosso banco de talentos e vamos considerá-lo para novas oportunidades. Esperamos cruzar caminhos em breve!\n\nUm abraço,\nTime de Recrutamento e Seleção\nHospital Santa Aurora"
        + GUPY_FOOT,
    ),
    # --- Hospital Capibaribe through Catho, app 2 -------------------------------------------------------
    m(
        "pq80",
        "2025-09-05 21:47",
        "Catho <transacional@catho.com.br>",
        "Candidatura enviada com sucesso",
        A("confirmation", CAP, CAPR, 2, "other"),
        html='<html><body style="font-family:Arial,Helvetica,sans-serif;background:#eef1f5;margin:0"><div style="max-width:560px;margin:0 auto;background:#fff;padding:24px"><img src="https://static.catho.com.br/email/logo-catho.png" alt="Catho" width="96"><p>Olá, Priscila.</p><p>Sua candidatura foi enviada para a vaga:</p><div style="border:1px solid #dde3ea;border-radius:6px;padding:12px"><b style="font-size:16px">Enfermeiro Auditor</b><br>Hospital Capibaribe<br>Recife - PE &middot; Salário a combinar &middot; Presencial<br><a href="https://www.catho.com.br/vagas/enfermeiro-auditor/31874402/?origem_apply=email">Ver vaga</a></div><p>As empresas costumam dar retorno em até 15 dias. Quer aumentar suas chances? Mantenha seu currículo atualizado.</p><h3 style="font-size:14px">Vagas parecidas para você</h3><ul><li><a href="https://www.catho.com.br/vagas/enfermeiro-auditor-de-contas/31890115/">Enfermeiro Auditor de Contas</a> &ndash; Olinda - PE</li><li><a href="https://www.catho.com.br/vagas/enfermeiro-de-qualidade/31877931/">Enfermeiro de Qualidade</a> &ndash; Jaboatão dos Guararapes - PE</li></ul><p style="font-size:11px;color:#8a8a8a">Você recebeu este e-mail porque se candidatou a uma vaga na Catho. Catho Online Ltda. &middot; <a href="https://www.catho.com.br/privacidade">Privacidade</a></p></div></body></html>',
    ),
    m(
        "pq81",
        "2025-09-12 08:30",
        "Catho <transacional@catho.com.br>",
        "Boa notícia: seu currículo foi visualizado",
        A("viewed", CAP, CAPR, 2, "other"),
        html='<html><body style="font-family:Arial,Helvetica,sans-serif"><div style="max-width:560px;margin:0 auto"><p>Oi, Priscila!</p><p>A empresa <b>Hospital Capibaribe</b> visualizou o seu currículo na vaga <b>Enfermeiro Auditor</b>.</p><p>Isso quer dizer que seu perfil chamou atenção. Agora é aguardar o contato da empresa.</p><p><a href="https://www.catho.com.br/area-candidato/candidaturas?utm_source=transacional&amp;utm_medium=email&amp;utm_campaign=cv_visualizado">Ver minhas candidaturas</a></p><p style="font-size:11px;color:#999">Catho &middot; Não responda este e-mail.</p></div></body></html>',
    ),
    # --- Rede Vitalis: talent bank, then two roles at Hospital Vitalis Boa Viagem, apps 3 and 4 -------------
    m(
        "pq90",
        "2025-09-11 19:20",
        VITALIS_PORTAL,
        "Bem-vindo(a) ao Banco de Talentos da Rede Vitalis",
        J("alert", "direct", "Rede Vitalis"),
        "Prezado(a) PRISCILA ALBUQUERQUE CAVALCANTI,\n\nSeu cadastro no Banco de Talentos da Rede Vitalis de Hospitais foi realizado com sucesso.\n\nA partir de agora você pode se candidatar às vagas das nossas unidades (Hospital Vitalis Boa Viagem, Hospital Vitalis Derby, Hospital Vitalis Olinda e Centro de Diagnóstico Vitalis) e receberá avisos de oportunidades compatíveis com o seu perfil.\n\nMantenha seus dados sempre atualizados em https://trabalheconosco.redevitalis.example/candidato\n\nAtenciosamente,\nGente & Gestão - Rede Vitalis de Hospitais\n\nMensagem automática. Não responda este e-mail.",
    ),
    m(
        "pq91",
        "2025-09-11 19:33",
        VITALIS_PORTAL,
        "Confirmação de candidatura - Vaga VIT-2025-0917",
        A("confirmation", VIT, VITR1, 3, "direct"),
        "Prezado(a) PRISCILA ALBUQUERQUE CAVALCANTI,\n\nConfirmamos o recebimento da sua candidatura.\n\nVaga: ENFERMEIRO(A) - NÚCLEO DE SEGURANÇA DO PACIENTE (NSP)\nCódigo: VIT-2025-0917\nUnidade: HOSPITAL VITALIS BOA VIAGEM\nRegime: CLT - 44h semanais (diarista)\nData da candidatura: 11/09/2025 19:33\n\nAcompanhe o andamento em https://trabalheconosco.redevitalis.example/candidato/minhas-candidaturas\n\nCaso seu perfil seja selecionado para as próximas etapas, entraremos em contato pelo telefone ou e-mail cadastrados.\n\nAtenciosamente,\nGente & Gestão - Rede Vitalis de Hospitais\n\nMensagem automática. Não responda este e-mail.",
    ),
    m(
        "pq92",
        "2025-09-11 19:51",
        VITALIS_PORTAL,
        "Confirmação de candidatura - Vaga VIT-2025-0922",
        A("confirmation", VIT, VITR2, 4, "direct"),
        "Prezado(a) PRISCILA ALBUQUERQUE CAVALCANTI,\n\nConfirmamos o recebimento da sua candidatura.\n\nVaga: COORDENADOR(A) DE ENFERMAGEM - QUALIDADE\nCódigo: VIT-2025-0922\nUnidade: HOSPITAL VITALIS BOA VIAGEM\nRegime: CLT - 44h semanais\nData da candidatura: 11/09/2025 19:51\n\nAcompanhe o andamento em https://trabalheconosco.redevitalis.example/candidato/minhas-candidaturas\n\nCaso seu perfil seja selecionado para as próximas etapas, entraremos em contato pelo telefone ou e-mail cadastrados.\n\nAtenciosamente,\nGente & Gestão - Rede Vitalis de Hospitais\n\nMensagem automática. Não responda este e-mail.",
    ),
    m(
        "pq93",
        "2025-09-25 08:14",
        VITALIS_PORTAL,
        "Retorno sobre sua candidatura - VIT-2025-0922",
        A("rejection", VIT, VITR2, 4, "direct"),
        "Prezado(a) PRISCILA ALBUQUERQUE CAVALCANTI,\n\nAgradecemos seu interesse em fazer parte da Rede Vitalis de Hospitais.\n\nInformamos que, após análise curricular, seu perfil não foi selecionado para a vaga COORDENADOR(A) DE ENFERMAGEM - QUALIDADE (VIT-2025-0922) - HOSPITAL VITALIS BOA VIAGEM. Para esta posição, a área requisitante priorizou candidatos(as) com experiência prévia em gestão de equipes.\n\nSeu currículo permanecerá em nosso Banco de Talentos por 6 (seis) meses e poderá ser considerado para outras oportunidades.\n\nAtenciosamente,\nGente & Gestão - Rede Vitalis de Hospitais\n\nMensagem automática. Não responda este e-mail.",
    ),
    m(
        "pq94",
        "2025-09-29 10:02",
        VITALIS_PORTAL,
        "Atualização de status - VIT-2025-0917",
        A("viewed", VIT, VITR1, 3, "direct"),
        "Prezado(a) PRISCILA ALBUQUERQUE CAVALCANTI,\n\nO status da sua candidatura foi atualizado.\n\nVaga: ENFERMEIRO(A) - NÚCLEO DE SEGURANÇA DO PACIENTE (NSP)\nCódigo: VIT-2025-0917\nUnidade: HOSPITAL VITALIS BOA VIAGEM\nStatus atual: CURRÍCULO EM ANÁLISE PELA ÁREA REQUISITANTE\n\nAcompanhe em https://trabalheconosco.redevitalis.example/candidato/minhas-candidaturas\n\nGente & Gestão - Rede Vitalis de Hospitais\n\nMensagem automática. Não responda este e-mail.",
    ),
    m(
        "pq95",
        "2025-10-14 10:30",
        LARISSA,
        "Entrevista | Enfermeiro(a) NSP - Hospital Vitalis Boa Viagem",
        A("interview", VIT, VITR1, 3, "direct"),
        "Olá, Priscila, bom dia!\n\nSou Larissa, do time de Gente & Gestão da Rede Vitalis, e estou conduzindo o processo para a vaga de Enfermeiro(a) do Núcleo de Segurança do Paciente do Hospital Vitalis Boa Viagem.\n\nGostaria de te convidar para uma entrevista on-line comigo e com a Enf.ª Patrícia Lemos, coordenadora do NSP, na sexta-feira, 17/10, às 15h, pelo Microsoft Teams (link no convite). Duração prevista: 45 minutos.\n\nPode me confirmar, por favor?\n\nAbraço,\n\nLarissa Freitas\nAnalista de Recrutamento e Seleção\nGente & Gestão | Rede Vitalis de Hospitais\nHospital Vitalis Boa Viagem · Hospital Vitalis Derby · Hospital Vitalis Olinda\n\nEsta mensagem pode conter informação confidencial. Se você a recebeu por engano, por favor avise o remetente e apague-a.",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000F3C9A41E873CDC01000000000000000010000000VIT1710",
            "2025-10-17 15:00",
            "Entrevista - Enfermeiro(a) NSP | Priscila Cavalcanti",
            _ORGANIZER_LARISSA,
            minutes=45,
            style="outlook",
            location="Reunião do Microsoft Teams",
            description="Reunião do Microsoft Teams\nIngressar no computador, aplicativo móvel ou dispositivo de sala\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTk3ODEtVml0YWxpcw%40thread.v2/0\nID da Reunião: 248 771 905 332\nSenha: q7Xb2P",
            attendees=[("Patrícia Lemos", "patricia.lemos@redevitalis.example")],
        ),
    ),
    m(
        "pq96",
        "2025-10-28 09:12",
        LARISSA,
        "RES: Entrevista | Enfermeiro(a) NSP - Hospital Vitalis Boa Viagem",
        A("interview", VIT, VITR1, 3, "direct"),
        "Bom dia, Priscila!\n\nPassando para dar um retorno: você seguiu para a etapa final do processo.\n\nA próxima conversa será presencial com a gerente de enfermagem, Enf.ª Roberta Sales, seguida de uma visita técnica ao hospital (UTIs, CME e emergência), na terça-feira, 04/11, às 9h. Ponto de encontro: recepção principal do Hospital Vitalis Boa Viagem, Av. Conselheiro Aguiar, 3150. Pode procurar por mim lá.\n\nEstacionamento conveniado com validação na recepção.\n\nAtt.,\nLarissa Freitas\nGente & Gestão | Rede Vitalis de Hospitais\n\n________________________________\nDe: Priscila Albuquerque Cavalcanti <pri.albuquerque.cavalcanti@gmail.com>\nEnviado: quarta-feira, 15 de outubro de 2025 07:58\nPara: Larissa Freitas <larissa.freitas@redevitalis.example>\nAssunto: Re: Entrevista | Enfermeiro(a) NSP - Hospital Vitalis Boa Viagem\n\nBom dia, Larissa! Confirmado, sexta às 15h. Obrigada pelo convite.",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000F3C9A41E873CDC01000000000000000010000000VIT0411",
            "2025-11-04 09:00",
            "Entrevista + visita técnica - Enf. NSP (Priscila Cavalcanti)",
            _ORGANIZER_LARISSA,
            minutes=120,
            style="outlook",
            location="Hospital Vitalis Boa Viagem - Recepção principal, Av. Conselheiro Aguiar, 3150",
            attendees=[("Roberta Sales", "roberta.sales@redevitalis.example")],
        ),
        **thread("<0f1e2d3c.VIT1710@redevitalis.example>", _MY_VITALIS_OK),
    ),
    m(
        "pq97",
        "2025-11-19 14:25",
        LARISSA,
        "Vaga NSP - Hospital Vitalis Boa Viagem",
        A("confirmation", VIT, VITR1, 3, "direct", lang="pt"),
        "Oi, Priscila, tudo bem?\n\nQueria te dar uma satisfação sobre o processo do NSP. A diretoria da Rede decidiu congelar temporariamente as novas posições do Hospital Vitalis Boa Viagem até a aprovação do orçamento de 2026, então a vaga está suspensa por enquanto.\n\nVocê era uma das finalistas e a Roberta gostou muito da conversa. Assim que a vaga for reaberta (a expectativa é fevereiro/março), eu te procuro antes de divulgar externamente.\n\nObrigada pela paciência e desculpa pela demora em retornar.\n\nLarissa Freitas\nGente & Gestão | Rede Vitalis de Hospitais",
        st="on_hold",
    ),
    # --- Clínica Respira: the owner writes from Gmail, app 5 --------------------------------------------
    m(
        "pq100",
        "2025-09-15 21:03",
        FABIO,
        "Re: Currículo - vaga enfermeira RT",
        A("confirmation", RSP, RSPR, 5, "direct"),
        "Oi Priscila, boa noite. Recebi sim, obrigado. A Juliana tinha comentado de você.\nEssa semana tá corrida no consultório, mas até quinta te dou um retorno.\nAbs\nFábio\n\nEnviado do meu iPhone\n\n> Em 15 de set. de 2025, às 19:47, Priscila Albuquerque Cavalcanti <pri.albuquerque.cavalcanti@gmail.com> escreveu:\n>\n> Boa noite, Dr. Fábio! Tudo bem?\n> Sou Priscila, enfermeira, amiga da Juliana Ramos. Ela me falou que a Clínica Respira está procurando uma enfermeira responsável técnica. Segue meu currículo em anexo. Tenho 7 anos de UTI adulto, pós em Auditoria em Serviços de Saúde e faço parte da comissão do NSP do hospital onde trabalho.\n> Fico à disposição.\n> Priscila\n",
        **thread(_MY_RESPIRA_CV),
    ),
    m(
        "pq101",
        "2025-09-18 12:40",
        FABIO,
        "Re: Currículo - vaga enfermeira RT",
        A("interview", RSP, RSPR, 5, "direct"),
        "Priscila, pode vir aqui na clínica segunda (22) às 18h30? Fica na Rua do Espinheiro, 540, sala 1104 (Empresarial Espinheiro Center). Conversa rápida, uns 40 min, e te mostro a estrutura (sala de espirometria, polissonografia).\nMe confirma por aqui ou no zap 81 99712-4408.\n\nDr. Fábio Lins\nPneumologista - CRM-PE 21456\nClínica Respira | Pneumologia e Medicina do Sono",
        **thread(_MY_RESPIRA_CV, "<3B1F0E52-77A1-4C1B-9E0B-respira0915@gmail.com>"),
    ),
    m(
        "pq102",
        "2025-09-24 20:10",
        FABIO,
        "Proposta - RT Clínica Respira",
        A("offer", RSP, RSPR, 5, "direct"),
        "Oi Priscila,\n\nFoi muito boa a conversa na segunda. Conversei com minha sócia (Dra. Helena) e a gente quer muito você aqui.\n\nO que consigo oferecer hoje:\n- Responsável técnica de enfermagem + coordenação das 2 técnicas\n- 30h semanais, seg a sex, 13h às 19h\n- R$ 4.500,00 CLT + vale-transporte\n- início em outubro, se possível na primeira quinzena\n\nPreciso de uma resposta até sexta (26), porque a Vigilância Sanitária vem em novembro e preciso do RT cadastrado no Coren antes disso.\n\nQualquer dúvida me liga.\nAbraço,\nFábio\n\nDr. Fábio Lins\nClínica Respira | Pneumologia e Medicina do Sono",
    ),
    m(
        "pq103",
        "2025-09-26 18:55",
        FABIO,
        "Re: Proposta - RT Clínica Respira",
        A("offer", RSP, RSPR, 5, "direct"),
        "Poxa, que pena! Mas entendo totalmente, o horário realmente não fecha com os seus plantões e com a pós. Obrigado pela sinceridade.\nSe algo mudar no ano que vem, me procura. Vou indicar você pra colegas.\nAbraço\nFábio\n\nEm sex., 26 de set. de 2025 às 14:22, Priscila Albuquerque Cavalcanti <pri.albuquerque.cavalcanti@gmail.com> escreveu:\n\n> Boa tarde, Dr. Fábio!\n> Muito obrigada pela proposta e pela confiança. Pensei bastante, mas infelizmente não vou conseguir aceitar: o horário da tarde conflita com a minha escala no hospital e eu não teria como sair agora.\n> Desejo muito sucesso para a Clínica Respira e fico à disposição.\n> Priscila\n",
        st="declined",
        **thread(_MY_RESPIRA_NO),
    ),
    # --- FUSAPE: seleção pública simplificada, edital and resultado, app 6 -------------------------------
    m(
        "pq110",
        "2025-09-19 14:22",
        FUSAPE,
        "Comprovante de Inscrição - Seleção Pública Simplificada - Edital nº 03/2025",
        A("confirmation", FUS, FUSR, 6, "direct"),
        "FUNDAÇÃO DE SAÚDE E ASSISTÊNCIA DE PERNAMBUCO - FUSAPE\nSELEÇÃO PÚBLICA SIMPLIFICADA - EDITAL Nº 03/2025\n\nCOMPROVANTE DE INSCRIÇÃO\n\nNº de inscrição: 2025.03.004187\nCandidato(a): PRISCILA ALBUQUERQUE CAVALCANTI\nCPF: ***.412.907-**\nFunção: ENFERMEIRO(A) - GESTÃO DA QUALIDADE\nLotação: HOSPITAL ESTADUAL DO ALTO DO PASCOAL / NÚCLEO DE QUALIDADE\nConcorrência: AMPLA CONCORRÊNCIA\nData/hora: 19/09/2025 14:21:37\n\nA inscrição não garante a participação no certame, que dependerá do atendimento aos requisitos do edital. A Avaliação Curricular tem caráter eliminatório e classificatório, e a Entrevista, caráter classificatório.\n\nAcompanhe todas as publicações em https://www.fusape.pe.example/selecoes/edital-03-2025 e no Diário Oficial do Estado de Pernambuco.\n\nComissão Coordenadora da Seleção Simplificada\nFUSAPE - Rua da Aurora, 1675 - Boa Vista - Recife/PE\n\nEste é um e-mail automático. Dúvidas: selecao@fusape.pe.example",
    ),
    m(
        "pq111",
        "2025-09-30 17:05",
        FUSAPE,
        "Retificação nº 01 - Edital nº 03/2025",
        J("other_job", "direct", FUS),
        "Prezado(a) candidato(a),\n\nA Fundação de Saúde e Assistência de Pernambuco - FUSAPE torna pública a RETIFICAÇÃO Nº 01 do Edital nº 03/2025 (Seleção Pública Simplificada), publicada no Diário Oficial do Estado de 30/09/2025, que altera o cronograma do certame:\n\n- Resultado preliminar da Avaliação Curricular: de 06/10/2025 para 10/10/2025;\n- Prazo de recursos: 13 e 14/10/2025;\n- Convocação para entrevistas: a partir de 24/10/2025.\n\nPermanecem inalterados os demais itens do edital. O texto completo está disponível em https://www.fusape.pe.example/selecoes/edital-03-2025/retificacao-01.pdf\n\nComissão Coordenadora da Seleção Simplificada - FUSAPE",
    ),
    m(
        "pq112",
        "2025-10-10 18:40",
        FUSAPE,
        "Resultado preliminar da Avaliação Curricular - Edital nº 03/2025",
        A("viewed", FUS, FUSR, 6, "direct"),
        "Prezado(a) PRISCILA ALBUQUERQUE CAVALCANTI,\n\nFoi publicado o resultado preliminar da Avaliação Curricular da Seleção Pública Simplificada - Edital nº 03/2025.\n\nSua situação:\nInscrição: 2025.03.004187\nFunção: ENFERMEIRO(A) - GESTÃO DA QUALIDADE\nSituação: CLASSIFICADA\nPontuação: 68,50\nPosição: 4º\n\nEventuais recursos deverão ser interpostos exclusivamente pelo sistema, nos dias 13 e 14/10/2025, até as 23h59.\n\nA relação completa está disponível em https://www.fusape.pe.example/selecoes/edital-03-2025\n\nComissão Coordenadora da Seleção Simplificada - FUSAPE",
    ),
    m(
        "pq113",
        "2025-10-24 12:15",
        FUSAPE,
        "Convocação para Entrevista - Edital nº 03/2025 - Enfermeiro(a) - Gestão da Qualidade",
        A("interview", FUS, FUSR, 6, "direct"),
        html='<html><body style="font-family:Times New Roman,serif;font-size:14px"><p align="center"><b>FUNDAÇÃO DE SAÚDE E ASSISTÊNCIA DE PERNAMBUCO - FUSAPE</b><br>SELEÇÃO PÚBLICA SIMPLIFICADA - EDITAL Nº 03/2025</p><p align="center"><b>CONVOCAÇÃO PARA ENTREVISTA</b></p><p>Prezado(a) <b>PRISCILA ALBUQUERQUE CAVALCANTI</b>, inscrição nº 2025.03.004187,</p><p>Após o julgamento dos recursos e a publicação do resultado definitivo da Avaliação Curricular, V.Sa. está CONVOCADA para a etapa de Entrevista, de caráter classificatório, conforme item 8 do Edital:</p><table border="1" cellpadding="4" cellspacing="0"><tr><td>Data</td><td>06/11/2025 (quinta-feira)</td></tr><tr><td>Horário</td><td>9h30 (comparecer com 30 minutos de antecedência)</td></tr><tr><td>Local</td><td>Sede da FUSAPE - Rua da Aurora, 1675, 3º andar, Sala de Reuniões - Boa Vista - Recife/PE</td></tr></table><p>O(a) candidato(a) deverá apresentar documento oficial de identificação com foto. O não comparecimento implicará a eliminação do certame.</p><p>Recife, 24 de outubro de 2025.<br>Comissão Coordenadora da Seleção Simplificada</p></body></html>',
    ),
    m(
        "pq114",
        "2025-12-05 19:30",
        FUSAPE,
        "Resultado Final e Convocação - Edital nº 03/2025",
        A("offer", FUS, FUSR, 6, "direct"),
        "Prezado(a) PRISCILA ALBUQUERQUE CAVALCANTI,\n\nFoi homologado e publicado no Diário Oficial do Estado de 05/12/2025 o RESULTADO FINAL da Seleção Pública Simplificada - Edital nº 03/2025.\n\nFunção: ENFERMEIRO(A) - GESTÃO DA QUALIDADE\nSituação: APROVADA\nClassificação final: 2º lugar\n\nEm razão da sua classificação dentro do número de vagas, V.Sa. fica CONVOCADA para entrega de documentação e assinatura de contrato por tempo determinado (12 meses, prorrogável por igual período), no período de 08/12/2025 a 12/12/2025, das 8h às 16h, na Gerência de Pessoas da FUSAPE (Rua da Aurora, 1675, térreo).\n\nRemuneração: R$ 4.870,00 + adicional de insalubridade. Carga horária: 40 horas semanais.\n\nDocumentação exigida: Anexo IV do Edital. O não comparecimento no prazo implicará a eliminação do(a) candidato(a), ressalvada a hipótese de requerimento de reclassificação para o final da lista de aprovados (item 12.6), mediante termo próprio.\n\nComissão Coordenadora da Seleção Simplificada - FUSAPE",
    ),
    m(
        "pq115",
        "2025-12-11 10:48",
        "Gerência de Pessoas FUSAPE <gp@fusape.pe.example>",
        "Re: Termo de reclassificação - final de lista - Inscrição 2025.03.004187",
        A("offer", FUS, FUSR, 6, "direct"),
        "Senhora Priscila,\n\nAcusamos o recebimento do termo de reclassificação para o final da lista de aprovados, devidamente assinado. O requerimento foi DEFERIDO e V.Sa. passa a ocupar a última posição na lista de aprovados da função Enfermeiro(a) - Gestão da Qualidade, sendo convocado(a) o(a) próximo(a) candidato(a) da lista para a vaga.\n\nAtenciosamente,\n\nGerência de Pessoas\nFundação de Saúde e Assistência de Pernambuco - FUSAPE\n\n-----Mensagem original-----\nDe: Priscila Albuquerque Cavalcanti\nEnviada em: 10/12/2025 16:02\nPara: gp@fusape.pe.example\nAssunto: Termo de reclassificação - final de lista - Inscrição 2025.03.004187\n\nPrezados, boa tarde.\nEncaminho em anexo o termo de reclassificação para o final da lista, assinado, referente à minha convocação no Edital nº 03/2025. Neste momento não poderei assumir a vaga.\nAtenciosamente,\nPriscila Albuquerque Cavalcanti",
        st="declined",
        **thread(_MY_FUSAPE_TERMO),
    ),
    # --- Medvantis (multinational health-tech; Greenhouse, English and Portuguese), app 10 ----------------
    m(
        "pq120",
        "2025-10-02 22:15",
        GH,
        "Thank you for applying to Medvantis",
        A("confirmation", MV, MVR, 10, "greenhouse", "en"),
        "Hi Priscila,\n\nThanks for your interest in Medvantis! We've received your application for Clinical Implementation Specialist – Nursing Informatics (Recife, Brazil – Hybrid) and our team will review it shortly.\n\nIf your background is a good match for the role, a member of our Talent team will be in touch about next steps. Because of the number of applications we receive, we may not be able to respond to every applicant individually.\n\nIn the meantime, you can learn more about how we build clinical workflow software with nurses, for nurses, at https://www.medvantis.example/careers/life-at-medvantis\n\nBest,\nThe Medvantis Talent Team\n\n--\nMedvantis Brasil Tecnologia em Saúde Ltda. is a subsidiary of Medvantis Health, Inc.\nPlease do not reply to this email; this mailbox is not monitored.\nCandidate privacy notice: https://www.medvantis.example/privacy/candidates",
        '<html><body style="font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#1d2733"><div style="max-width:600px;margin:auto"><img src="https://s3.amazonaws.com/grnhse-prod/medvantis/logo.png" alt="Medvantis" height="36"><p>Hi Priscila,</p><p>Thanks for your interest in Medvantis! We\'ve received your application for <strong>Clinical Implementation Specialist – Nursing Informatics</strong> (Recife, Brazil – Hybrid) and our team will review it shortly.</p><p>If your background is a good match for the role, a member of our Talent team will be in touch about next steps. Because of the number of applications we receive, we may not be able to respond to every applicant individually.</p><p>In the meantime, you can learn more about how we build clinical workflow software with nurses, for nurses, <a href="https://www.medvantis.example/careers/life-at-medvantis">here</a>.</p><p>Best,<br>The Medvantis Talent Team</p><hr><p style="font-size:11px;color:#6b7785">Medvantis Brasil Tecnologia em Saúde Ltda. is a subsidiary of Medvantis Health, Inc. Please do not reply to this email. <a href="https://www.medvantis.example/privacy/candidates">Candidate privacy notice</a></p></div></body></html>',
    ),
    m(
        "pq121",
        "2025-10-09 11:03",
        BRUNA,
        "Medvantis | Conversa inicial - Clinical Implementation Specialist",
        A("interview", MV, MVR, 10, "direct"),
        "Oi, Priscila! Tudo bem?\n\nSou a Bruna, Talent Acquisition Partner aqui na Medvantis Brasil. Vi sua candidatura para a posição de Clinical Implementation Specialist – Nursing Informatics e adoraria bater um papo de 30 minutos para te contar mais sobre o time e entender o seu momento.\n\nComo boa parte do processo acontece com o time global, vamos fazer uns minutinhos da conversa em inglês, tudo bem? Nada de prova, é só para a gente se conhecer.\n\nTomei a liberdade de mandar um convite para terça, 14/10, às 11h (horário de Brasília, o mesmo de Recife). Se não funcionar, é só me sugerir outro horário.\n\nAté lá!\n\nBruna Tavares\nTalent Acquisition Partner - LATAM\nMedvantis | São Paulo · Recife · Boston\nhttps://www.linkedin.com/in/brunatavares-ta",
        ics=ics(
            "6q3b1c9p2m4kvn8d0medv1410@google.com",
            "2025-10-14 11:00",
            "Medvantis <> Priscila | Conversa inicial",
            _ORGANIZER_BRUNA,
            minutes=30,
            location="https://meet.google.com/xzv-qpkr-ugd",
            description="Participar com Google Meet: https://meet.google.com/xzv-qpkr-ugd",
        ),
    ),
    m(
        "pq122",
        "2025-10-17 16:30",
        GH,
        "Medvantis: next step for Clinical Implementation Specialist",
        A("assessment", MV, MVR, 10, "greenhouse", "en"),
        "Hi Priscila,\n\nThank you for taking the time to speak with Bruna this week. As a next step, we'd like to invite you to complete a short written exercise.\n\nScenario: a 220-bed private hospital in Recife is moving from paper nursing records to Medvantis CarePath, our clinical documentation module. Nursing leadership is worried about adoption on night shifts and in the ICU.\n\nPlease write a plan of no more than two pages, in English, covering: key stakeholders, training approach, go-live support, and two quality or safety indicators you would monitor in the first 90 days.\n\nUpload your document here by Thursday, October 23, 11:59 PM (BRT):\nhttps://app.greenhouse.io/tests/7c2e91f0b3a84d15a6e0c4d9f2b8e1a7?utm_medium=email&utm_source=TakeHomeTest\n\nThere is no single right answer; we are interested in how you think. The exercise should take about two hours.\n\nGood luck!\nMedvantis Talent Team\n\nThis message was sent via Greenhouse on behalf of Medvantis.",
        st="interviewing",
    ),
    m(
        "pq123",
        "2025-10-29 10:20",
        "Bruna Tavares <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Priscila Albuquerque Cavalcanti - Medvantis",
        A("interview", MV, MVR, 10, "greenhouse", "en"),
        "Hi Priscila,\n\nThanks for submitting your exercise! The team enjoyed reading it. Please find the details of your next interview below.\n\nInterview: Hiring Manager Interview\nWith: Daniel Whitaker, Director, Clinical Implementation – LATAM\nWhen: Wednesday, November 5th, 2025, 1:00 PM – 1:45 PM (BRT)\nWhere: Google Meet – https://meet.google.com/hbw-tmno-qsa\n\nA calendar invitation is attached. If you need to reschedule, just reply to this email.\n\nBest,\nBruna",
        reply_to="Bruna Tavares <bruna.tavares@medvantis.example>",
        ics=ics(
            "greenhouse-interview-88310457-hm@medvantis.example",
            "2025-11-05 13:00",
            "Medvantis: Hiring Manager Interview (Priscila Albuquerque Cavalcanti)",
            _ORGANIZER_BRUNA,
            minutes=45,
            location="https://meet.google.com/hbw-tmno-qsa",
            attendees=[("Daniel Whitaker", "daniel.whitaker@medvantis.example")],
        ),
    ),
    m(
        "pq124",
        "2025-11-18 14:00",
        "Bruna Tavares <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Final round - Medvantis",
        A("interview", MV, MVR, 10, "greenhouse", "en"),
        "Hi Priscila,\n\nGreat news: Daniel would like to move you forward to our final round. Details below.\n\nInterview: Final round – Case presentation + Panel\nWith: Daniel Whitaker (Director, Clinical Implementation – LATAM), Sarah Kim (VP, Customer Success), Rafael Moura (Clinical Informatics Lead, Brazil)\nWhen: Tuesday, December 2nd, 2025, 10:00 AM – 12:00 PM (BRT)\nWhere: Google Meet – https://meet.google.com/rkd-yfwe-pnc\n\nPlease prepare a 20-minute presentation based on your written exercise, followed by Q&A. The panel will be in English; Rafael is happy to switch to Portuguese for clinical detail if useful.\n\nBest,\nBruna",
        reply_to="Bruna Tavares <bruna.tavares@medvantis.example>",
        ics=ics(
            "greenhouse-interview-88310457-panel@medvantis.example",
            "2025-12-02 10:00",
            "Medvantis Final Round - Panel (Priscila A. Cavalcanti)",
            _ORGANIZER_BRUNA,
            minutes=120,
            location="https://meet.google.com/rkd-yfwe-pnc",
            attendees=[
                ("Daniel Whitaker", "daniel.whitaker@medvantis.example"),
                ("Sarah Kim", "sarah.kim@medvantis.example"),
                ("Rafael Moura", "rafael.moura@medvantis.example"),
            ],
        ),
    ),
    m(
        "pq125",
        "2025-11-27 09:41",
        BRUNA,
        "Canceled event: Medvantis Final Round - Panel (Priscila A. Cavalcanti) @ Tue Dec 2, 2025 10am - 12pm (BRT)",
        A("interview", MV, MVR, 10, "direct", "en"),
        "This event has been canceled and removed from your calendar.\n\nNote from Bruna Tavares:\nHi Priscila, Sarah has a conflict with a customer visit in Bogotá, so we need to move the panel. I'll send you a new invite later today. Sorry for the back and forth!\n\nMedvantis Final Round - Panel (Priscila A. Cavalcanti)\nTuesday Dec 2, 2025 ⋅ 10am – 12pm\nSão Paulo time\n\nOrganizer\nbruna.tavares@medvantis.example\n\nInvitation from Google Calendar\nYou are receiving this email because you are an attendee on the event.",
        sender="Google Calendar <calendar-notification@google.com>",
        ics=ics(
            "greenhouse-interview-88310457-panel@medvantis.example",
            "2025-12-02 10:00",
            "Medvantis Final Round - Panel (Priscila A. Cavalcanti)",
            _ORGANIZER_BRUNA,
            minutes=120,
            method="CANCEL",
        ),
    ),
    m(
        "pq126",
        "2025-11-28 11:15",
        BRUNA,
        "Invitation: Medvantis Final Round - Panel @ Tue Dec 9, 2025 10am - 12pm (BRT)",
        A("interview", MV, MVR, 10, "direct", "en"),
        "Priscila, here's the new slot, same format. Please accept if it works for you!\n\nMedvantis Final Round - Panel\nTuesday Dec 9, 2025 ⋅ 10am – 12pm\nSão Paulo time\n\nJoin with Google Meet\nmeet.google.com/wst-hgqe-bxr\n\nGuests\nbruna.tavares@medvantis.example - organizer\ndaniel.whitaker@medvantis.example\nsarah.kim@medvantis.example\nrafael.moura@medvantis.example\npri.albuquerque.cavalcanti@gmail.com\n\nView all guest info: https://calendar.google.com/calendar/event?action=VIEW&eid=bWVkdmFudGlzcGFuZWwwOTEy\n\nReply for pri.albuquerque.cavalcanti@gmail.com\nYes · No · Maybe · More options\n\nInvitation from Google Calendar",
        sender="Google Calendar <calendar-notification@google.com>",
        ics=ics(
            "0p7r2mvpanel0912k3x9@google.com",
            "2025-12-09 10:00",
            "Medvantis Final Round - Panel",
            _ORGANIZER_BRUNA,
            minutes=120,
            location="https://meet.google.com/wst-hgqe-bxr",
            attendees=[
                ("Daniel Whitaker", "daniel.whitaker@medvantis.example"),
                ("Sarah Kim", "sarah.kim@medvantis.example"),
                ("Rafael Moura", "rafael.moura@medvantis.example"),
            ],
        ),
    ),
    m(
        "pq127",
        "2026-01-14 17:45",
        BRUNA,
        "Proposta | Medvantis",
        A("offer", MV, MVR, 10, "direct"),
        "Oi, Priscila! Tudo bem?\n\nComo conversamos por telefone agora há pouco, é com muita alegria que formalizo a nossa proposta para a posição de Clinical Implementation Specialist – Nursing Informatics. Obrigada pela paciência com o nosso processo de aprovação de headcount no fim do ano!\n\nResumo da proposta:\n• Salário base: R$ 9.800,00 mensais (CLT)\n• Bônus anual: até 1,5 salário, conforme metas\n• VR/VA: R$ 1.100,00/mês (flexível)\n• Plano de saúde e odontológico (titular e dependentes), seguro de vida\n• Modelo híbrido em Recife, com viagens a clientes no Norte/Nordeste (cerca de 30% do tempo), despesas por conta da empresa\n• Data de início: 23/02/2026\n\nA carta-proposta completa segue em anexo. Consegue me dar um retorno até terça, 20/01?\n\nQualquer dúvida, estou à disposição (inclusive por WhatsApp).\n\nBeijo,\nBruna Tavares\nTalent Acquisition Partner - LATAM | Medvantis",
        attach=[
            (
                "Carta_Proposta_Medvantis_Priscila_Cavalcanti.pdf",
                "application/pdf",
                "%PDF-1.4\n% Carta-proposta Medvantis Brasil Tecnologia em Saude Ltda. - Clinical Implementation Specialist\n%%EOF\n",
            )
        ],
    ),
    m(
        "pq128",
        "2026-01-16 09:30",
        BRUNA,
        "Re: Proposta | Medvantis",
        A("offer", MV, MVR, 10, "direct"),
        "Que notícia maravilhosa, Priscila!! O Daniel e o Rafael já estão comemorando por aqui. 🎉\n\nVou te mandar a carta pelo DocuSign ainda hoje para assinatura e, na sequência, o time de People entra em contato sobre exame admissional e documentação.\n\nBem-vinda à Medvantis!\nBruna\n\nEm qui., 15 de jan. de 2026 às 22:18, Priscila Albuquerque Cavalcanti <pri.albuquerque.cavalcanti@gmail.com> escreveu:\n\n> Oi, Bruna! Boa noite.\n> Li a carta com calma e conversei com minha família. Fico muito feliz em aceitar a proposta!\n> Confirmo o início em 23/02. Vou comunicar meu desligamento no hospital na segunda-feira.\n> Obrigada por todo o cuidado no processo.\n> Priscila\n",
        st="accepted",
        **thread("<CAF9mvPropostaBT14jan@medvantis.example>", _MY_MEDVANTIS_YES),
    ),
    m(
        "pq129",
        "2026-01-16 14:02",
        "Medvantis People Ops via DocuSign <dse_NA3@docusign.net>",
        "Complete with DocuSign: Medvantis_Carta_Oferta_PCavalcanti.pdf",
        A("offer", MV, MVR, 10, "docusign", "en"),
        html='<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea"><table align="center" width="560" style="background:#1e1e1e;color:#fff"><tr><td style="padding:24px;text-align:center"><img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116"><p style="font-size:16px">Medvantis People Ops sent you a document to review and sign.</p><p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=5f2d8c1e-7a4b-4f0e-9c3d-2b8e6a1f4d70&amp;etti=24&amp;acct=b6e4a2d1-0c9f-4b7a-8e5d-3f1a2c6b9e04" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p></td></tr><tr><td style="background:#fff;color:#333;padding:24px"><p><b>Medvantis People Ops</b><br>people-br@medvantis.example</p><p>Priscila, please review and sign your offer letter (Carta de Oferta) for Clinical Implementation Specialist – Nursing Informatics. Welcome aboard!</p><p style="font-size:11px;color:#666">Do Not Share This Email<br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.</p><p style="font-size:11px;color:#666">About DocuSign: Sign documents electronically in just minutes. It\'s safe, secure, and legally binding.</p></td></tr></table></body></html>',
        st="accepted",
    ),
    m(
        "pq130",
        "2026-01-16 20:47",
        "Medvantis People Ops via DocuSign <dse_NA3@docusign.net>",
        "Completed: Medvantis_Carta_Oferta_PCavalcanti.pdf",
        A("offer", MV, MVR, 10, "docusign", "en"),
        html='<html><body style="font-family:Helvetica,Arial,sans-serif"><table align="center" width="560"><tr><td style="background:#1e1e1e;color:#fff;padding:24px;text-align:center"><p style="font-size:16px">Your document has been completed</p><p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=9e1b3c7d-2f6a-4d8e-b0c5-7a4e1f2d9c36&amp;etti=24" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none">VIEW COMPLETED DOCUMENT</a></p></td></tr><tr><td style="padding:24px;color:#333"><p>All parties have completed <b>Medvantis_Carta_Oferta_PCavalcanti.pdf</b>.</p><p style="font-size:11px;color:#666">Do Not Share This Email. This email contains a secure link to DocuSign.</p></td></tr></table></body></html>',
        st="accepted",
    ),
    m(
        "pq131",
        "2026-01-26 08:10",
        "Ocupar Medicina do Trabalho <agendamento@ocuparmt.example>",
        "Agendamento de exame admissional - MEDVANTIS BRASIL TECNOLOGIA EM SAUDE LTDA",
        J("other_job", "other", MV),
        "Prezada Sra. PRISCILA ALBUQUERQUE CAVALCANTI,\n\nA pedido da empresa MEDVANTIS BRASIL TECNOLOGIA EM SAUDE LTDA, informamos o agendamento do seu EXAME ADMISSIONAL (ASO):\n\nData: 29/01/2026 (quinta-feira)\nHorário: 7h30 - ordem de chegada a partir deste horário\nLocal: Ocupar Medicina do Trabalho - Av. Agamenon Magalhães, 2936, sala 301 - Espinheiro\n\nExames complementares: hemograma completo, glicemia de jejum, acuidade visual.\nComparecer em jejum de 8 horas, com documento de identificação com foto e cartão de vacinas.\n\nEm caso de impossibilidade, favor entrar em contato pelo (81) 3081-2200 com 24 horas de antecedência.\n\nAtenciosamente,\nCentral de Agendamento - Ocupar",
        ics=ics(
            "ocupar-aso-20260129-0730-77412@ocuparmt.example",
            "2026-01-29 07:30",
            "Exame admissional - Ocupar Medicina do Trabalho",
            ("Central de Agendamento Ocupar", "agendamento@ocuparmt.example"),
            minutes=90,
            location="Av. Agamenon Magalhães, 2936, sala 301 - Espinheiro, Recife - PE",
        ),
    ),
    m(
        "pq132",
        "2026-02-02 10:00",
        "Medvantis People Team <people-br@medvantis.example>",
        "Bem-vinda à Medvantis! Próximos passos da sua admissão",
        J("other_job", "direct", MV, MVR),
        "Olá, Priscila! Seja muito bem-vinda! 💙\n\nEstamos preparando tudo para o seu primeiro dia, 23/02/2026. Para concluir sua admissão, precisamos que você envie até 09/02, pelo portal de admissão, os documentos abaixo:\n\n- RG e CPF\n- Carteira de Trabalho Digital (print da tela de dados pessoais)\n- Comprovante de residência atualizado\n- Carteira do Coren-PE e certidão de regularidade\n- Dados bancários (conta-salário)\n- Certidão de casamento/nascimento de dependentes, se houver\n\nPortal de admissão: https://admissao.medvantis.example/onboarding/br/7731\n\nSua primeira semana (Onboarding Week) será remota, com sessões em inglês com o time global. Na segunda-feira você recebe o notebook em casa. O seu buddy será o Rafael Moura.\n\nQualquer dúvida, é só responder este e-mail.\n\nAbraços,\nPeople Team Brasil\nMedvantis Brasil Tecnologia em Saúde Ltda.",
    ),
    # --- Hospital Santa Aurora again: the re-opened vacancy, app 23 ------------------------------------------
    m(
        "pq140",
        "2026-01-13 08:51",
        "Hospital Santa Aurora <no-reply@gupy.io>",
        "Candidatura realizada: Enfermeira(o) da Qualidade",
        A("confirmation", HSA, HSAR, 23, "other"),
        html='<html><body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;color:#333"><table width="600" align="center" style="background:#fff"><tr><td style="padding:24px"><img src="https://cdn.gupy.io/companies/aurorash/logo.png" alt="Hospital Santa Aurora" height="48"></td></tr><tr><td style="padding:0 24px 24px"><p>Oi, Priscila! 👋</p><p>Que bom te ver por aqui de novo. Sua inscrição na vaga <b>Enfermeira(o) da Qualidade</b> (código 10264405) foi concluída.</p><p>Nas próximas semanas, o time de Recrutamento vai analisar as candidaturas. Você pode acompanhar cada etapa pela sua conta.</p><p><a href="https://login.gupy.io/candidates/applications?utm_source=email">Minhas candidaturas</a></p><p>Até breve!<br>Gente &amp; Gestão &middot; Hospital Santa Aurora</p></td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#999">E-mail automático enviado pela Gupy em nome de Aurora Serviços Hospitalares Ltda. Não responda.</td></tr></table></body></html>',
    ),
    m(
        "pq141",
        "2026-01-20 14:33",
        "Hospital Santa Aurora <no-reply@gupy.io>",
        "Etapa de testes liberada 📝",
        A("assessment", HSA, HSAR, 23, "other"),
        "Olá, Priscila!\n\nVocê passou para a próxima etapa do processo Enfermeira(o) da Qualidade e já pode fazer o teste de Conhecimentos Específicos (Qualidade, Acreditação e Segurança do Paciente).\n\nTempo estimado: 40 minutos\nPrazo: 25/01/2026, às 23h59\n\nAcessar o teste: https://aurorash.gupy.io/candidates/jobs/10264405/tests\n\nBoa sorte!\nHospital Santa Aurora"
        + GUPY_FOOT,
    ),
    m(
        "pq142",
        "2026-02-09 07:40",
        "Gupy <no-reply@gupy.io>",
        "Confirmação: você desistiu da vaga",
        A("confirmation", HSA, HSAR, 23, "other"),
        "Olá, Priscila.\n\nConfirmamos que você desistiu da vaga Enfermeira(o) da Qualidade, da empresa Aurora Serviços Hospitalares Ltda.\n\nSua candidatura foi encerrada e a empresa foi avisada. Essa ação não pode ser desfeita, mas você pode se candidatar a outras vagas quando quiser.\n\nObrigado por usar a Gupy!"
        + GUPY_FOOT,
        st="withdrawn",
    ),
]
