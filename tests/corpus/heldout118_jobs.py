# ruff: noqa: E501, RUF100
"""Corpus 118, Brazilian job mail (data only): see heldout118.py."""

from __future__ import annotations

import functools
from typing import Any

from heldout import dated_spec


def zone(day: str) -> str:
    """Florianópolis (America/Sao_Paulo): no daylight saving since 2019."""
    return "-0300"


m = functools.partial(dated_spec, zone)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "pt") -> tuple:
    """Truth of application mail."""
    return (cat, co, role, app, src, lang)


def O(cat: str, co: str | None, role: str | None, src: str, lang: str = "pt") -> tuple:  # noqa: E743
    """Truth of job mail outside an application (alert, outreach, other_job)."""
    return (cat, co, role, None, src, lang)


def N(lang: str = "pt") -> tuple:
    """Truth of mail that is not about jobs."""
    return ("not_job", lang)


def ev(
    uid: str, start: str, summary: str, organizer: tuple, minutes: int = 60, **kw: Any
) -> dict[str, Any]:
    """A calendar part; ``start`` is local Florianópolis time "YYYY-MM-DD HH:MM"."""
    return {
        "uid": uid,
        "start": f"{start}:00 -0300",
        "summary": summary,
        "organizer": organizer,
        "minutes": minutes,
        **kw,
    }


def reply(key: str) -> dict[str, str]:
    """Threading headers answering the message whose full Message-ID is ``key``."""
    return {"In-Reply-To": key, "References": key}


NU, NUR = "Nuvelo", "Customer Success Manager"
MA, MAR, MAR2 = "Maresia", "UX Writer Pleno", "Content Designer Pleno"
TR, TRR = "Trilha", "Customer Success Manager - PMEs"
CO, COR = "Contaê", "UX Writer"
NT, NTR = "NTI", "Analista de Customer Success Sênior"
KO, KOR = "Koru Labs", "Customer Success Manager, LATAM"
TI, TIR = "Tidewell", "UX Writer (Remote, LATAM)"

MAIL: list[dict[str, Any]] = [
    # --- 1 Nuvelo (Gupy) -> offer accepted --------------------------------------------------
    m(
        "118001",
        "2025-11-24 09:41",
        "Nuvelo via Gupy <naoresponda@gupy.io>",
        "Recebemos sua candidatura para Customer Success Manager!",
        A("confirmation", NU, NUR, 1, "other"),
        html="""<html><body><table width="600"><tr><td>
<img src="https://cdn.gupy.io/nuvelo/logo.png" alt="Nuvelo">
<h2>Oi, Luana! 💜</h2>
<p>Que legal ter você com a gente! Sua candidatura para a vaga <b>Customer Success Manager</b> (Florianópolis - Híbrido) foi recebida com sucesso.</p>
<p>Agora é com a gente: nosso time vai analisar seu perfil e, se ele tiver aderência à vaga, você será avisada por e-mail sobre as próximas etapas. Fique de olho também na sua caixa de spam. 😉</p>
<p>Você pode acompanhar o andamento do processo a qualquer momento no <a href="https://nuvelo.gupy.io/candidates/applications">Painel do Candidato</a>.</p>
<p>Abraços,<br>Time de Gente & Cultura Nuvelo</p>
<p style="font-size:11px;color:#888">Este é um e-mail automático enviado pela Gupy em nome de Nuvelo Tecnologia Ltda. Por favor, não responda.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "118002",
        "2025-12-02 14:05",
        "Nuvelo via Gupy <naoresponda@gupy.io>",
        "Nuvelo: você avançou para a etapa de Case!",
        A("assessment", NU, NUR, 1, "other"),
        html="""<html><body>
<p>Olá, Luana!</p>
<p>Temos uma ótima notícia: você avançou no processo seletivo para <b>Customer Success Manager</b> na Nuvelo! 🎉</p>
<p>A próxima etapa é um <b>case prático</b>. Você vai receber um cenário de um cliente B2B com queda de uso na plataforma e deve montar um plano de ação de 30-60-90 dias (pode ser em slides, até 8 páginas).</p>
<p>Prazo de entrega: <b>08/12/2025 às 23h59</b>, pelo próprio Painel do Candidato.</p>
<p><a href="https://nuvelo.gupy.io/candidates/jobs/8841203/steps">Acessar etapa</a></p>
<p>Boa sorte!<br>Time de Gente & Cultura</p>
</body></html>""",
    ),
    m(
        "118003",
        "2025-12-11 11:20",
        "Renata Coelho <renata.coelho@nuvelo.com.br>",
        "Entrevista com o RH - Nuvelo",
        A("interview", NU, NUR, 1, "direct"),
        text="""Oi Luana, tudo bem?

Aqui é a Renata, do time de Gente & Cultura da Nuvelo. Adoramos o seu case, principalmente a parte de health score e de playbook de onboarding!

Queria te convidar para uma conversa de uns 45 min comigo, para nos conhecermos melhor e falarmos sobre a sua trajetória. Já mandei o convite para terça, 16/12, às 10h, pelo Google Meet. Se não der, me avisa que a gente remarca sem problema.

Abs,
Renata Coelho
Business Partner de Gente & Cultura | Nuvelo
nuvelo.com.br
""",
        ics=ev(
            "nuvelo-rh-1216@nuvelo.com.br",
            "2025-12-16 10:00",
            "Entrevista RH - Luana Vieira | Nuvelo",
            ("Renata Coelho", "renata.coelho@nuvelo.com.br"),
            45,
            location="https://meet.google.com/pxa-qmvd-ktr",
        ),
    ),
    m(
        "118004",
        "2025-12-19 17:48",
        "Renata Coelho <renata.coelho@nuvelo.com.br>",
        "Re: Entrevista com o RH - Nuvelo",
        A("interview", NU, NUR, 1, "direct"),
        text="""Oi Luana!

Obrigada pela conversa de terça e desculpa a demora, fim de ano por aqui é uma loucura, foi ótima. Você segue no processo 🙂

A próxima etapa é um papo com o Diego Farias, nosso Head de Customer Success, e com a Bia, coordenadora do time de Mid-Market. Vai ser presencial no nosso escritório no Sapiens Parque, quarta-feira (07/01), logo depois das festas, às 14h30. Te mandei o convite.

Qualquer dúvida, estou por aqui.

Renata

> Em ter., 16 de dez. de 2025 às 11:02, Luana Prestes Vieira escreveu:
> Oi Renata, obrigada pelo papo de hoje! Fico no aguardo dos próximos passos.
""",
        ics=ev(
            "nuvelo-lider-0107@nuvelo.com.br",
            "2026-01-07 14:30",
            "Entrevista com liderança de CS - Luana",
            ("Renata Coelho", "renata.coelho@nuvelo.com.br"),
            60,
            location="Nuvelo - Sapiens Parque, Rod. SC-401, Florianópolis",
            attendees=[("Diego Farias", "diego.farias@nuvelo.com.br")],
        ),
    ),
    m(
        "118005",
        "2026-01-14 16:10",
        "Renata Coelho <renata.coelho@nuvelo.com.br>",
        "Proposta - Nuvelo 💜",
        A("offer", NU, NUR, 1, "direct"),
        text="""Oi Luana, tudo bem?

Que alegria te escrever esse e-mail! O Diego e a Bia ficaram muito felizes com a conversa e gostaríamos muito de ter você no time como Customer Success Manager.

Segue em anexo a carta-proposta com os detalhes: CLT, salário de R$ 9.800,00, VR/VA flexível, plano de saúde e odontológico, PLR e modelo híbrido (2x por semana no escritório). Data de início sugerida: 02/02.

Fica à vontade para ler com calma e me chamar se quiser conversar sobre algum ponto. Se puder nos dar um retorno até sexta (16/01), seria ótimo.

Um abraço,
Renata Coelho
Gente & Cultura | Nuvelo Tecnologia Ltda.
""",
        attach=[
            (
                "Carta-proposta_Luana_Vieira.pdf",
                "application/pdf",
                "%PDF-1.4 carta proposta Nuvelo Tecnologia Ltda. CSM",
            )
        ],
    ),
    m(
        "118006",
        "2026-01-16 10:32",
        "Renata Coelho <renata.coelho@nuvelo.com.br>",
        "Re: Proposta - Nuvelo 💜",
        A("offer", NU, NUR, 1, "direct"),
        st="accepted",
        text="""Luana, que notícia maravilhosa!! 🎉

Recebemos o seu aceite e já repassei para o Diego. Nos próximos dias o time de DP vai te mandar a lista de documentos para a admissão e o link para o exame admissional.

Seja muito bem-vinda à Nuvelo!

Renata

> Em sex., 16 de jan. de 2026 às 09:15, Luana Prestes Vieira escreveu:
> Oi Renata! Li tudo com calma e aceito a proposta. Muito obrigada pela confiança!
""",
    ),
    m(
        "118007",
        "2026-01-20 09:00",
        "DP Nuvelo <admissao@nuvelo.com.br>",
        "Documentos para admissão - Luana Prestes Vieira",
        O("other_job", NU, NUR, "direct"),
        text="""Olá, Luana!

Para darmos andamento à sua admissão na Nuvelo Tecnologia Ltda., pedimos que envie pelo link abaixo até 26/01:

- RG e CPF
- Carteira de Trabalho Digital (print da tela)
- Comprovante de residência
- Dados bancários
- Certidão de casamento/nascimento de dependentes (se houver)

Link: https://admissao.nuvelo.com.br/u/lpv2025

O exame admissional está agendado para 28/01, às 8h, na clínica Medtrab Centro (Rua Felipe Schmidt, 515).

Departamento Pessoal
""",
    ),
    # --- 2 Maresia UX Writer (Gupy) -> rejection; 18 re-application ----------------------------
    m(
        "118008",
        "2025-09-04 20:14",
        "Maresia Software <naoresponda@gupy.io>",
        "Candidatura recebida: UX Writer Pleno",
        A("confirmation", MA, MAR, 2, "other"),
        html="""<html><body>
<p>Olá, Luana Prestes Vieira,</p>
<p>Agradecemos seu interesse em fazer parte da Maresia Software S.A.! Confirmamos o recebimento da sua candidatura para a vaga de <b>UX Writer Pleno</b>.</p>
<p>Nosso processo seletivo é composto pelas etapas: Inscrição &gt; Teste de escrita &gt; Entrevista com RH &gt; Entrevista com gestão &gt; Proposta.</p>
<p>Caso seu perfil não seja selecionado para as próximas etapas, você também será informada por aqui. Acompanhe tudo em <a href="https://maresia.gupy.io">maresia.gupy.io</a>.</p>
<p>Time de Talent Acquisition<br>Maresia</p>
</body></html>""",
    ),
    m(
        "118009",
        "2025-09-22 18:30",
        "Maresia Software <naoresponda@gupy.io>",
        "Atualização sobre sua candidatura",
        A("rejection", MA, MAR, 2, "other"),
        html="""<html><body>
<p>Olá, Luana,</p>
<p>Primeiramente, queremos agradecer o tempo e a dedicação que você investiu no nosso processo seletivo para UX Writer Pleno. Recebemos mais de 600 candidaturas e ficamos muito impressionados com a qualidade do seu portfólio, especialmente os exemplos de microcopy em fluxos de pagamento.</p>
<p>Depois de uma análise cuidadosa, decidimos seguir com outros perfis que, neste momento, estão mais alinhados aos requisitos da posição.</p>
<p>Seu currículo continuará no nosso banco de talentos e poderá ser considerado em oportunidades futuras. Desejamos muito sucesso na sua jornada!</p>
<p>Com carinho,<br>Time de Talent Acquisition | Maresia</p>
</body></html>""",
    ),
    m(
        "118010",
        "2025-11-18 08:55",
        "Maresia Software <naoresponda@gupy.io>",
        "Candidatura recebida: Content Designer Pleno",
        A("confirmation", MA, MAR2, 18, "other"),
        html="""<html><body>
<p>Olá, Luana Prestes Vieira,</p>
<p>Agradecemos seu interesse em fazer parte da Maresia Software S.A.! Confirmamos o recebimento da sua candidatura para a vaga de <b>Content Designer Pleno</b>.</p>
<p>Nosso processo seletivo é composto pelas etapas: Inscrição &gt; Teste de escrita &gt; Entrevista com RH &gt; Entrevista com gestão &gt; Proposta.</p>
<p>Caso seu perfil não seja selecionado para as próximas etapas, você também será informada por aqui.</p>
<p>Time de Talent Acquisition<br>Maresia</p>
</body></html>""",
    ),
    # --- 3 Trilha (LinkedIn) -> viewed -> rejection from razão social ---------------------------
    m(
        "118011",
        "2025-09-05 13:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Luana, sua candidatura foi enviada para Trilha",
        A("confirmation", TR, TRR, 3, "linkedin"),
        html="""<html><body>
<p>Sua candidatura foi enviada para Trilha</p>
<table><tr><td><b>Customer Success Manager - PMEs</b><br>Trilha · São Paulo, SP (Remoto)</td></tr></table>
<p>Candidatura enviada em 5 de set. de 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4187720031">Ver vaga</a></p>
<p style="color:#666;font-size:12px">Você está recebendo e-mails de notificação de candidaturas. Cancelar inscrição · LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085</p>
</body></html>""",
    ),
    m(
        "118012",
        "2025-09-09 07:48",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura foi visualizada por Trilha",
        A("viewed", TR, TRR, 3, "linkedin"),
        html="""<html><body>
<p>Oi, Luana</p>
<p>Sua candidatura para <b>Customer Success Manager - PMEs</b> foi visualizada por Trilha.</p>
<p>Dica: candidatos que mandam mensagem para quem publicou a vaga têm mais chances de serem notados.</p>
<p><a href="https://www.linkedin.com/jobs/view/4187720031">Ver candidatura</a></p>
</body></html>""",
    ),
    m(
        "118013",
        "2025-09-24 15:03",
        "TRLH Meios de Pagamento S.A. <talentos@trlh.com.br>",
        "Processo seletivo - Customer Success Manager",
        A("rejection", TR, TRR, 3, "direct"),
        text="""Prezada Luana,

Agradecemos sinceramente o interesse em integrar o nosso time e o tempo dedicado à candidatura para a posição de Customer Success Manager - PMEs.

Seu perfil chamou a nossa atenção pela experiência com clientes de SaaS e pela clareza da comunicação. Contudo, após criteriosa avaliação, optamos por prosseguir com candidatos cuja experiência está mais aderente ao momento atual da área.

Manteremos seus dados em nossa base para futuras oportunidades.

Atenciosamente,
Equipe de Atração de Talentos
TRLH Meios de Pagamento S.A. | Trilha
""",
    ),
    # --- 4 Contaê -> renamed Fluxa (Inhire) -------------------------------------------------
    m(
        "118014",
        "2025-09-08 10:17",
        "Contaê <notificacoes@inhire.app>",
        "Contaê | Recebemos sua candidatura",
        A("confirmation", CO, COR, 4, "other"),
        html="""<html><body>
<p>Oi, Luana!</p>
<p>Obrigado por se candidatar para <b>UX Writer</b> na Contaê. A gente lê todas as candidaturas com atenção (de verdade!) e retorna em até 10 dias úteis, seja qual for a resposta.</p>
<p>Enquanto isso, que tal conhecer o nosso blog? <a href="https://contae.com.br/blog">contae.com.br/blog</a></p>
<p>Time Contaê 🧡</p>
<p style="font-size:11px">Enviado via InHire</p>
</body></html>""",
    ),
    m(
        "118015",
        "2025-09-15 16:42",
        "Marina Kaufmann <marina@contae.com.br>",
        "Próxima etapa: desafio de escrita",
        A("assessment", CO, COR, 4, "direct"),
        text="""Oi Luana, tudo certo?

Sou a Marina, Design Lead aqui na Contaê. Curti muito o seu portfólio! Queremos te convidar para o desafio de escrita: são 3 telas do nosso app de conciliação bancária (onboarding, erro de importação de extrato e um empty state) para você reescrever, com uma justificativa curta de cada escolha.

O Figma está aqui: https://www.figma.com/file/Xc9kTt/desafio-ux-writing-contae
Prazo: até segunda, 22/09. Se precisar de mais tempo é só falar.

Beijo,
Marina
Design Lead · Contaê
""",
    ),
    m(
        "118016",
        "2025-09-30 12:05",
        "Marina Kaufmann <marina@fluxa.com.br>",
        "Novidades por aqui + entrevista",
        A("interview", CO, COR, 4, "direct"),
        text="""Oi Luana!

Primeiro, uma novidade: a partir de hoje a Contaê passa a se chamar Fluxa! 🎉 Mesma empresa, mesmo time, novo nome (e novo domínio de e-mail, por isso estou escrevendo do fluxa.com.br).

Agora a parte boa: amamos o seu desafio. Queremos marcar uma conversa com você, comigo e com o Paulo (nosso PM de onboarding) na quinta, 02/10, às 15h. Mandei o convite.

Beijo,
Marina
Design Lead · Fluxa (antiga Contaê)
""",
        ics=ev(
            "fluxa-ux-1002@fluxa.com.br",
            "2025-10-02 15:00",
            "Papo Luana x Fluxa (UX Writer)",
            ("Marina Kaufmann", "marina@fluxa.com.br"),
            50,
            location="https://meet.google.com/uwe-bvrt-ofk",
            attendees=[("Paulo Drummond", "paulo@fluxa.com.br")],
        ),
    ),
    m(
        "118017",
        "2025-10-13 09:26",
        "Marina Kaufmann <marina@fluxa.com.br>",
        "Sobre o processo de UX Writer na Fluxa",
        A("rejection", CO, COR, 4, "direct"),
        text="""Oi Luana, tudo bem?

Queria te escrever pessoalmente em vez de mandar aquele e-mail automático. Primeiro: obrigada demais pelo tempo que você dedicou ao desafio e ao nosso papo. Sua proposta para o erro de importação de extrato foi, de longe, a mais empática que recebemos, e o Paulo até já quer usar parte dela.

Ainda assim, depois de muita conversa, decidimos seguir com uma pessoa com mais vivência em produtos financeiros para PJ, que é o foco da Fluxa agora depois do rebranding. Não foi uma decisão fácil.

Se você topar, adoraria te indicar para um amigo que está montando o time de conteúdo de uma healthtech em Porto Alegre.

Beijo e sucesso!
Marina
Design Lead · Fluxa (antiga Contaê)
""",
    ),
    # --- 5 NTI (Vagas.com) -> RH interview -> ghost ----------------------------------------------
    m(
        "118018",
        "2025-09-11 22:03",
        "VAGAS.com.br <naoresponda@vagas.com.br>",
        "Candidatura realizada com sucesso",
        A("confirmation", NT, NTR, 5, "other"),
        html="""<html><body>
<p>Olá, Luana Prestes Vieira</p>
<p>Sua candidatura à vaga <b>Analista de Customer Success Sênior</b> da empresa <b>Nexo Tecnologia Integrada Ltda.</b> foi realizada com sucesso!</p>
<p>Código da vaga: v2719845</p>
<p>A empresa analisará o seu currículo. Se o seu perfil for selecionado, ela entrará em contato com você. Mantenha seu currículo sempre atualizado.</p>
<p>Equipe VAGAS.com.br</p>
</body></html>""",
    ),
    m(
        "118019",
        "2025-09-25 14:11",
        "Talita Nunes - NTI <talita.nunes@nti.net.br>",
        "Convite para entrevista - Analista de CS Sênior",
        A("interview", NT, NTR, 5, "direct"),
        text="""Boa tarde, Luana.

Meu nome é Talita e faço parte do RH da NTI. Recebemos seu currículo pelo Vagas e gostaríamos de agendar uma entrevista por vídeo para a vaga de Analista de Customer Success Sênior.

Sugestão: segunda-feira, 29/09, às 9h30, via Microsoft Teams. Por gentileza, confirme sua disponibilidade respondendo este e-mail.

Atenciosamente,

Talita Nunes
Analista de Recursos Humanos
NTI - Nexo Tecnologia Integrada
(48) 3222-4410 | Florianópolis/SC
""",
    ),
    m(
        "118020",
        "2025-09-26 08:47",
        "Talita Nunes - NTI <talita.nunes@nti.net.br>",
        "RE: Convite para entrevista - Analista de CS Sênior",
        A("interview", NT, NTR, 5, "direct"),
        text="""Bom dia, Luana.

Confirmado. Segue o convite do Teams.

Atenciosamente,
Talita Nunes
Analista de Recursos Humanos | NTI

-----Mensagem original-----
De: Luana Prestes Vieira <luana.pvieira@gmail.com>
Enviada em: quinta-feira, 25 de setembro de 2025 18:02
Assunto: Re: Convite para entrevista - Analista de CS Sênior

Olá, Talita! Confirmo sim, segunda às 9h30. Obrigada!
""",
        ics=ev(
            "040000008200E00074C5B7101A82E0080000000027A1C0D9NTI",
            "2025-09-29 09:30",
            "Entrevista - Luana Prestes Vieira (Analista CS Sr)",
            ("Talita Nunes", "talita.nunes@nti.net.br"),
            45,
            location="Reunião do Microsoft Teams",
        ),
        **reply("<118019.20250925.47@nti.net.br>"),
    ),
    # --- 6 Koru Labs (Greenhouse, EN) -> rejection ----------------------------------------------
    m(
        "118021",
        "2025-09-12 19:30",
        "Koru Labs <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Koru Labs!",
        A("confirmation", KO, KOR, 6, "greenhouse", "en"),
        text="""Hi Luana,

Thanks so much for your interest in the Customer Success Manager, LATAM role at Koru Labs! We've received your application and our team will review it shortly.

We're a small team, so it might take us a couple of weeks to get back to you. If your background is a match, someone from our People team will reach out to set up a first chat.

Cheers,
The Koru Labs Team
""",
    ),
    m(
        "118022",
        "2025-10-06 21:12",
        "Koru Labs <no-reply@us.greenhouse-mail.io>",
        "Your application at Koru Labs",
        A("rejection", KO, KOR, 6, "greenhouse", "en"),
        text="""Hi Luana,

Thank you for taking the time to apply for the Customer Success Manager, LATAM position. We really enjoyed learning about your experience with Brazilian SMB customers, and your Portuguese-English background stood out.

After a lot of thought, we've decided to move forward with candidates whose experience more closely matches our needs right now, especially around enterprise renewals.

We'd love to stay in touch as we grow in Brazil. Best of luck in your search!

Warmly,
Hannah Ortiz
People Partner, Koru Labs
""",
    ),
    # --- 7 Tidewell (Ashby, EN) -> take-home -> interview -> withdrawn --------------------------
    m(
        "118023",
        "2025-09-16 15:58",
        "Tidewell Hiring <no-reply@ashbyhq.com>",
        "Application received - UX Writer (Remote, LATAM)",
        A("confirmation", TI, TIR, 7, "ashby", "en"),
        html="""<html><body>
<p>Hi Luana,</p>
<p>Thanks for applying to the <strong>UX Writer (Remote, LATAM)</strong> role at Tidewell. We review every application by hand.</p>
<p>Unfortunately we can't reply to everyone individually, but if we'd like to move forward you'll hear from us within two weeks.</p>
<p>— Tidewell Talent</p>
<p style="font-size:11px;color:#999">Powered by Ashby</p>
</body></html>""",
    ),
    m(
        "118024",
        "2025-09-23 13:30",
        "Jonah Pike <jonah@tidewell.io>",
        "Tidewell - writing exercise",
        A("assessment", TI, TIR, 7, "direct", "en"),
        text="""Hey Luana,

Jonah here, I lead content design at Tidewell. Loved your portfolio, especially the Pix checkout piece.

Next step is a short paid writing exercise (we pay USD 150 for it): rewrite our invoice-dispute flow for Brazilian Portuguese and English, and tell us in a paragraph how you'd build a voice & tone guide for pt-BR. Should take about 3 hours. Brief attached; send it back whenever you can this week or next.

Thanks!
Jonah
""",
        attach=[
            (
                "Tidewell_writing_exercise.pdf",
                "application/pdf",
                "%PDF-1.4 Tidewell writing exercise brief",
            )
        ],
    ),
    m(
        "118025",
        "2025-10-03 10:04",
        "Jonah Pike via Calendly <notifications@calendly.com>",
        "New Event: Luana Prestes Vieira - 10:00am Tue, Oct 7, 2025 - Tidewell: Content Design Chat",
        A("interview", TI, TIR, 7, "other", "en"),
        text="""Hi Jonah Pike,

A new event has been scheduled.

Event Type:
Tidewell: Content Design Chat

Invitee:
Luana Prestes Vieira

Invitee Email:
luana.pvieira@gmail.com

Event Date/Time:
10:00am - 10:45am (America/Sao_Paulo) on Tuesday, October 7, 2025

Location:
This is a Google Meet web conference.

Questions:
Anything you'd like us to know? Looking forward to it!
""",
        ics=ev(
            "calendly-tidewell-1007",
            "2025-10-07 10:00",
            "Tidewell: Content Design Chat",
            ("Jonah Pike", "jonah@tidewell.io"),
            45,
        ),
    ),
    m(
        "118026",
        "2025-10-13 14:20",
        "Jonah Pike <jonah@tidewell.io>",
        "Re: Withdrawing my application",
        A("confirmation", TI, TIR, 7, "direct", "en"),
        st="withdrawn",
        text="""Hi Luana,

Totally understand, the overlap with our Pacific-time standups would have been rough. I've closed out your application on our side. The exercise payment will still go out this Friday via Deel.

Keep in touch,
Jonah

On Mon, Oct 13, 2025 at 8:52 AM Luana Prestes Vieira <luana.pvieira@gmail.com> wrote:
> Hi Jonah, after thinking it through I realized the 9am-6pm Pacific schedule (13h to 22h here) is not something I can commit to, so I'd like to withdraw from the UX Writer process. Thanks so much for the conversation, I really enjoyed it.
""",
    ),
]
