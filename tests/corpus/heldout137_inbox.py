# ruff: noqa: E501, RUF100
"""Corpus 137, the inbox that is not about jobs (data only): see heldout137.py.

Flat-hunting with a rental "candidatura" refused and a "proposta aceite", a lease through
DocuSign, a loan and a credit-card "pedido", a school enrolment, a post-graduate programme's
selection "entrevista", bills, the tax office, shops, travel, webinars and clinics with calendar
parts, marketing "ofertas" and newsletters that interview people."""

from __future__ import annotations

from typing import Any

from heldout137_jobs import N, ics, m, re_

PT, EN, ES = N("pt"), N("en"), N("es")

IDEALISTA = "idealista <noreply@idealista.com>"
ESND = "Escola Superior de Negócios do Douro <admissoes@esnd.example>"


def promo(title: str, body: str, brand: str, color: str, unsub: str) -> str:
    """A marketing mail's HTML: banner, text, button, small print."""
    return f"""<!doctype html><html><body style="margin:0;background:#f0f0f0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif">
<tr><td style="background:{color};color:#fff;padding:22px;font-size:26px;font-weight:bold">{brand}</td></tr>
<tr><td style="padding:24px;font-size:22px;font-weight:bold;color:#222">{title}</td></tr>
<tr><td style="padding:0 24px 24px;font-size:15px;line-height:22px;color:#444">{body}</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999;background:#fafafa">Recebeu este email porque subscreveu as comunicações de {brand}.
<a href="{unsub}" style="color:#999">Anular subscrição</a> · Política de Privacidade</td></tr>
</table></td></tr></table></body></html>"""


_ideal_msg = m(
    "idl-msg-88130",
    "2026-04-18 12:40",
    "Fernando Pacheco (via idealista) <mensagens@idealista.com>",
    "Resposta ao seu contacto – T3 Rua de Costa Cabral",
    PT,
    """Fernando Pacheco respondeu à sua mensagem sobre o anúncio "Apartamento T3 na Rua de Costa Cabral, Paranhos – 1.150 €/mês".

"Boa tarde Sr. Tiago. O apartamento ainda está disponível. Para avançarmos com a candidatura ao arrendamento preciso que me envie: últimos 3 recibos de vencimento de ambos, última declaração de IRS com nota de liquidação, e dados do fiador (ou em alternativa 3 rendas de caução). Tenho mais 4 famílias interessadas, decido até ao fim da próxima semana. Cumprimentos, Fernando Pacheco"

Responder: https://www.idealista.pt/conversas/88130

idealista · Não responda a este email diretamente.""",
)

_esnd_inv = m(
    "esnd-adm-0428",
    "2026-04-28 14:10",
    ESND,
    "Convocatória para entrevista de seleção – Pós-Graduação em Customer Success & Experience Management",
    PT,
    """Caro Tiago Carvalho Sousa,

Na sequência da sua candidatura à Pós-Graduação em Customer Success & Experience Management (3.ª edição, 2026/2027), informamos que foi selecionado(a) para a fase de entrevista.

A entrevista de seleção decorrerá no dia 6 de maio, às 18h30, por Zoom, com o Coordenador Científico do programa, Prof. Doutor Ricardo Leal. Terá a duração aproximada de 20 minutos e pretende avaliar a motivação e o enquadramento profissional do candidato.

Ligação Zoom: https://esnd.zoom.us/j/84177302915?pwd=Rk9hUmV
ID: 841 7730 2915 · Código: 220446

Com os melhores cumprimentos,
Gabinete de Admissões
Escola Superior de Negócios do Douro
Rua de Entreparedes 41, 4000-197 Porto""",
    ics=ics(
        "esnd-entrevista-pg-cs-0506-1830@esnd.example",
        "2026-05-06 18:30",
        "Entrevista de seleção PG Customer Success – Tiago Carvalho Sousa",
        ("Gabinete de Admissões ESND", "admissoes@esnd.example"),
        minutes=20,
        location="https://esnd.zoom.us/j/84177302915",
    ),
)

MAIL: list[dict[str, Any]] = [
    # --- flat hunting: a candidatura ao arrendamento refused, a proposta aceite ----------------
    m(
        "idl-alrt-0411",
        "2026-04-11 08:02",
        IDEALISTA,
        '7 novos anúncios para a sua pesquisa "T3 Paranhos e Bonfim até 1.200 €"',
        PT,
        html=promo(
            "7 novos imóveis correspondem à sua pesquisa",
            """<b>Apartamento T3 na Rua de Costa Cabral</b>, Paranhos — 1.150 €/mês · 112 m² · 2.º andar com elevador<br><br>
<b>Apartamento T3 na Rua do Heroísmo</b>, Bonfim — 1.080 €/mês · 95 m² · sem elevador<br><br>
<b>Apartamento T3 na Rua Alves Redol</b>, Paranhos — 1.100 €/mês · 104 m² · garagem<br><br>
<a href="https://www.idealista.pt/utilizador/pesquisas-guardadas/?utm_medium=email&amp;utm_campaign=alerta" style="background:#e1f56e;color:#222;padding:10px 20px;text-decoration:none;font-weight:bold">Ver os 7 anúncios</a>""",
            "idealista",
            "#333333",
            "https://www.idealista.pt/utilizador/notificacoes/",
        ),
    ),
    _ideal_msg,
    m(
        "idl-msg-88177",
        "2026-04-25 19:05",
        "Fernando Pacheco (via idealista) <mensagens@idealista.com>",
        "Candidatura ao arrendamento – T3 Costa Cabral",
        PT,
        """Fernando Pacheco enviou-lhe uma mensagem:

"Boa noite Sr. Tiago e D. Marta. Agradeço o envio de toda a documentação, estava tudo muito bem organizado. Infelizmente tenho de lhes dizer que optei por outro casal, que pode entrar já a 1 de maio e sem animais (peço desculpa, mas a questão do cão pesou). Desejo que encontrem rapidamente casa. Cumprimentos"

Ver conversa: https://www.idealista.pt/conversas/88130

idealista""",
        **re_(_ideal_msg["id"]),
    ),
    m(
        "ap-visita-0530",
        "2026-05-30 10:22",
        "Carla Nogueira | Antas Prime Imobiliária <carla.nogueira@antasprime.example>",
        "Visita – T3 Rua Alves Redol, 318",
        PT,
        """Bom dia Sr. Tiago,

Conforme falámos por telefone, fica confirmada a visita ao T3 da Rua Alves Redol, 318 – 3.º Dto., no sábado, 6 de junho, às 10h00. Encontramo-nos à porta do prédio.

Envio convite para a sua agenda.

Cumprimentos,
Carla Nogueira
Consultora Imobiliária · AMI 11482
Antas Prime Imobiliária
912 550 903""",
        ics=ics(
            "visita-alvesredol318-20260606@antasprime.example",
            "2026-06-06 10:00",
            "Visita T3 Rua Alves Redol 318 – Antas Prime",
            ("Carla Nogueira", "carla.nogueira@antasprime.example"),
            minutes=45,
            location="Rua Alves Redol 318, Porto",
        ),
    ),
    m(
        "ap-prop-0608",
        "2026-06-08 17:48",
        "Carla Nogueira | Antas Prime Imobiliária <carla.nogueira@antasprime.example>",
        "Proposta aceite! – T3 Alves Redol",
        PT,
        """Boa tarde Sr. Tiago e D. Marta,

Tenho excelentes notícias: o senhorio aceitou a vossa proposta de 1.050 €/mês, com duas rendas de caução e entrada a 1 de julho!

Próximos passos:
1. Vou enviar o contrato de arrendamento para assinatura digital (DocuSign) até quinta-feira;
2. Pagamento da caução e da primeira renda na assinatura;
3. Entrega de chaves a 30 de junho.

Parabéns pela nova casa!

Carla Nogueira
Antas Prime Imobiliária""",
    ),
    m(
        "dse.77aa01c4",
        "2026-06-11 15:03",
        "Antas Prime Imobiliária via Docusign <dse@eumail.docusign.net>",
        "Concluir com o Docusign: Contrato de Arrendamento – Rua Alves Redol 318 3D.pdf",
        PT,
        """Carla Nogueira enviou-lhe um documento para rever e assinar.

REVER DOCUMENTO
https://eu.docusign.net/Signing/EmailStart.aspx?a=77aa01c4-5e2b-4f0d-a9c3-19e2d0b84f76&etti=24&acct=1b2c3d4e

Carla Nogueira
carla.nogueira@antasprime.example

Sr. Tiago e D. Marta, segue o contrato de arrendamento para assinatura. Ambos têm de assinar. Obrigada!

Não partilhe este e-mail
Este e-mail contém uma ligação segura para o Docusign. Não partilhe este e-mail, ligação ou código de acesso com outras pessoas.""",
    ),
    m(
        "dse.77aa01c5",
        "2026-06-12 09:16",
        "Docusign <dse@eumail.docusign.net>",
        "Concluído: Contrato de Arrendamento – Rua Alves Redol 318 3D.pdf",
        PT,
        """O seu documento foi concluído

Todas as partes concluíram o envelope Contrato de Arrendamento – Rua Alves Redol 318 3D.pdf.

VER DOCUMENTO CONCLUÍDO
https://eu.docusign.net/Member/EmailStart.aspx?a=77aa01c4-5e2b

Antas Prime Imobiliária
carla.nogueira@antasprime.example""",
    ),
    m(
        "edp-mud-0701",
        "2026-07-01 10:40",
        "EDP <noreply@edp.pt>",
        "Pedido de ligação de energia – confirmação",
        PT,
        """Olá Tiago,

Recebemos o seu pedido de contrato de eletricidade para a morada Rua Alves Redol, 318, 3.º Dto., 4050-042 Porto.

N.º do pedido: 2026-PT-7741920
Tarifa: EDP Casa Eletricidade · Potência: 6,9 kVA
Data prevista de ativação: 3 de julho de 2026

Pode acompanhar o estado do pedido na app EDP ou em edp.pt/particulares.

Obrigado por escolher a EDP.""",
    ),
    # --- credit: a loan and a credit card, "pedido" and "aprovado" -----------------------------
    m(
        "cofidis-0616",
        "2026-06-16 12:02",
        "Cofidis <noreply@cofidis.pt>",
        "O seu pedido de crédito n.º 60812274 está em análise",
        PT,
        """Olá Tiago,

Obrigado pelo seu pedido de Crédito Pessoal Cofidis no valor de 4.000 €, em 36 meses.

O seu pedido n.º 60812274 está em análise. Para concluirmos mais rapidamente, carregue na Área Cliente os seguintes documentos:
- Comprovativo de IBAN
- Último recibo de vencimento
- Comprovativo de morada

Receberá a nossa resposta em até 48 horas úteis.

Cofidis
TAEG de 12,9 % para um crédito pessoal de 4.000 € a 36 meses. Exemplo representativo.""",
    ),
    m(
        "cofidis-0618",
        "2026-06-18 09:47",
        "Cofidis <noreply@cofidis.pt>",
        "Boas notícias: o seu crédito foi aprovado!",
        PT,
        html=promo(
            "Parabéns, Tiago! O seu crédito foi aprovado.",
            """O seu pedido n.º 60812274 de <b>4.000 €</b> foi aprovado.<br><br>
Para receber o dinheiro na sua conta, só precisa de assinar o contrato digitalmente na Área Cliente.<br><br>
<a href="https://www.cofidis.pt/area-cliente/assinatura?utm_source=email" style="background:#e2001a;color:#fff;padding:10px 22px;text-decoration:none">Assinar contrato</a>""",
            "Cofidis",
            "#e2001a",
            "https://www.cofidis.pt/preferencias",
        ),
    ),
    m(
        "univ-0623",
        "2026-06-23 20:11",
        "Universo <naoresponder@universo.pt>",
        "O seu pedido do Cartão Universo foi aprovado",
        PT,
        """Olá Tiago Carvalho Sousa,

O seu pedido de adesão ao Cartão Universo foi aprovado, com um limite de crédito de 1.500 €.

O cartão físico será enviado para a morada indicada nos próximos 5 dias úteis. Entretanto, já pode usar o cartão virtual na app Universo e acumular saldo no Cartão Continente.

Bem-vindo à Universo!

TAEG 15,9 %. Limite de crédito de 1.500 €, TAN 13,2 %, pagamento a 100 %.""",
    ),
    # --- Duarte's school: a candidatura to the 1.º ciclo ---------------------------------------
    m(
        "matr-0415",
        "2026-04-15 21:37",
        "Portal das Matrículas <naoresponder@portaldasmatriculas.edu.gov.pt>",
        "Pedido de matrícula submetido – 1.º ano do Ensino Básico",
        PT,
        """Exmo.(a) Encarregado(a) de Educação,

Informamos que o pedido de matrícula abaixo identificado foi submetido com sucesso.

Aluno: Duarte Ribeiro Sousa
Ano de escolaridade: 1.º ano – 2026/2027
Preferências: 1. EB Costa Cabral; 2. EB do Lindo Vale; 3. EB de São Tomé
N.º do pedido: MAT-2026-1-0918442

As listas de alunos admitidos serão publicadas até 15 de julho no estabelecimento de educação e ensino e no Portal das Matrículas.

Direção-Geral dos Estabelecimentos Escolares""",
    ),
    m(
        "matr-0710",
        "2026-07-10 18:00",
        "Agrupamento de Escolas Carolina Michaëlis <secretaria@aecm-porto.example>",
        "Listas de colocação – 1.º ano 2026/2027",
        PT,
        """Caro(a) Encarregado(a) de Educação,

Informamos que já se encontram publicadas as listas de alunos admitidos no 1.º ano de escolaridade para o ano letivo 2026/2027.

O aluno Duarte Ribeiro Sousa foi colocado na EB Costa Cabral (1.ª preferência), turma a definir.

A reunião de acolhimento terá lugar no dia 11 de setembro, às 18h00, no refeitório da escola.

Os Serviços Administrativos""",
    ),
    m(
        "cmp-ferias-0520",
        "2026-05-20 16:22",
        "Porto. Desporto – Férias Desportivas <feriasdesportivas@portodesporto.example>",
        "Inscrição aceite – Férias Desportivas de Verão, turno 2",
        PT,
        """Olá,

A inscrição de Duarte Ribeiro Sousa no programa Férias Desportivas de Verão (turno 2: 6 a 17 de julho, 6–9 anos, Pavilhão do Viso) foi aceite.

Valor a pagar: 45,00 € (referência Multibanco enviada em anexo ao seu e-mail de registo). Prazo: 31 de maio.

Porto. Desporto""",
    ),
    # --- a post-graduate programme: application, selection interview, admission ----------------
    m(
        "esnd-adm-0413",
        "2026-04-13 09:18",
        ESND,
        "Candidatura recebida – Pós-Graduação em Customer Success & Experience Management",
        PT,
        """Caro Tiago Carvalho Sousa,

Confirmamos a receção da sua candidatura à 3.ª edição da Pós-Graduação em Customer Success & Experience Management (regime pós-laboral, outubro 2026 a junho 2027).

A sua candidatura será avaliada pelo Júri de Seleção com base no currículo e na carta de motivação. Os candidatos pré-selecionados serão convocados para uma entrevista.

Com os melhores cumprimentos,
Gabinete de Admissões · ESND""",
    ),
    _esnd_inv,
    m(
        "esnd-adm-0515",
        "2026-05-15 17:30",
        ESND,
        "Resultado da candidatura – Admitido(a)",
        PT,
        html="""<html><body style="font-family:Georgia,serif;color:#222">
<div style="max-width:620px;margin:auto;border-top:6px solid #7a1f2b;padding:24px">
<p>Caro Tiago,</p>
<p>É com muito gosto que informamos que foi <b>admitido(a)</b> na 3.ª edição da Pós-Graduação em Customer Success &amp; Experience Management.</p>
<p>Para garantir a sua vaga, deverá efetuar a matrícula até 12 de junho, através do portal académico, e proceder ao pagamento da taxa de matrícula (250 €). Ao abrigo do protocolo com a AHRESP, beneficia de um desconto de 10 % na propina.</p>
<p>Parabéns e bem-vindo(a)!</p>
<p>Prof. Doutor Ricardo Leal<br>Coordenador Científico</p>
<p style="font-size:11px;color:#777">Escola Superior de Negócios do Douro · Rua de Entreparedes 41, 4000-197 Porto</p>
</div></body></html>""",
    ),
    m(
        "esnd-fin-0602",
        "2026-06-02 10:05",
        "ESND – Serviços Financeiros <tesouraria@esnd.example>",
        "Matrícula 2026/2027 – referência de pagamento",
        PT,
        """Caro(a) estudante,

A sua matrícula na Pós-Graduação em Customer Success & Experience Management foi registada.

Dados para pagamento da taxa de matrícula:
Entidade: 21784
Referência: 402 118 907
Montante: 250,00 €
Data limite: 12/06/2026

Serviços Financeiros
Escola Superior de Negócios do Douro""",
    ),
    # --- bills, taxes, banks ---------------------------------------------------------------------
    m(
        "edp-fat-0408",
        "2026-04-08 06:44",
        "EDP <faturaeletronica@edp.pt>",
        "A sua fatura EDP de março já está disponível",
        PT,
        """Olá Tiago,

A sua fatura de eletricidade referente a março de 2026 já está disponível.

Valor: 67,42 €
Data limite de pagamento: 23/04/2026 (débito direto)
CPE: PT0002000087****21XN

Consulte o detalhe em edp.pt ou na app EDP.

EDP Comercial – Comercialização de Energia, S.A.""",
    ),
    m(
        "aguas-0508",
        "2026-05-08 07:30",
        "Águas e Energia do Porto <faturaeletronica@aguasdoporto.pt>",
        "Fatura eletrónica – maio 2026",
        PT,
        """Caro Cliente,

Encontra-se disponível a sua fatura n.º FT 2026/118822, no valor de 38,91 €, com data limite de pagamento a 25/05/2026.

Local de consumo: Rua de Santos Pousada, Porto

Águas e Energia do Porto, EM""",
    ),
    m(
        "meo-fat-0422",
        "2026-04-22 05:12",
        "MEO <faturas@meo.pt>",
        "A sua fatura MEO está disponível",
        PT,
        """Olá Tiago,

A sua fatura de abril já está disponível na área de cliente.

N.º de cliente: 1.183.447.905
Valor: 84,99 €
Pagamento por débito direto a 07/05/2026

MEO – Serviços de Comunicações e Multimédia, S.A.""",
    ),
    m(
        "meo-prm-0610",
        "2026-06-10 13:00",
        "MEO <novidades@meo.pt>",
        "Tiago, uma oferta exclusiva para si: fibra 1 Giga ao preço de 500 Mega",
        PT,
        html=promo(
            "Oferta exclusiva para clientes MEO",
            """Durante 12 meses, aumente a velocidade da sua fibra para <b>1 Giga</b> sem pagar mais.<br>
E ainda: 3 meses de Disney+ oferta.<br><br>Aproveite até 30 de junho.<br><br>
<a href="https://www.meo.pt/ofertas/upgrade-fibra?cid=eml_0610" style="background:#00a3e0;color:#fff;padding:10px 22px;text-decoration:none">Quero a oferta</a>""",
            "MEO",
            "#00a3e0",
            "https://www.meo.pt/preferencias-comunicacao",
        ),
        headers={"List-Unsubscribe": "<https://www.meo.pt/preferencias-comunicacao>"},
    ),
    m(
        "at-irs-0430",
        "2026-04-30 23:41",
        "Portal das Finanças <noreply@at.gov.pt>",
        "IRS 2025 – Declaração submetida",
        PT,
        """Exmo(a). Senhor(a),

Informamos que a declaração Modelo 3 de IRS relativa ao ano de 2025, identificada pelo NIF 2****1987, foi submetida com sucesso em 2026-04-30.

Identificação da declaração: 3-2025-L88412-07
Situação: Certa

Pode acompanhar a situação da declaração no Portal das Finanças.

Autoridade Tributária e Aduaneira

Esta mensagem foi enviada automaticamente. Por favor não responda.""",
    ),
    m(
        "at-irs-0625",
        "2026-06-25 08:15",
        "Portal das Finanças <noreply@at.gov.pt>",
        "IRS 2025 – Reembolso emitido",
        PT,
        """Exmo(a). Senhor(a),

Informamos que foi emitido o reembolso de IRS relativo ao ano de 2025, no valor de 612,38 €, por transferência bancária para o IBAN registado.

Autoridade Tributária e Aduaneira""",
    ),
    m(
        "ssd-0520",
        "2026-05-20 12:30",
        "Segurança Social Direta <naoresponder@seg-social.pt>",
        "Tem uma nova mensagem na Segurança Social Direta",
        PT,
        """Caro(a) Beneficiário(a),

Tem uma nova mensagem na sua caixa de mensagens da Segurança Social Direta sobre: Abono de família – prova escolar 2026/2027.

Aceda a https://app.seg-social.pt para consultar.

Instituto da Segurança Social, I.P.""",
    ),
    m(
        "vv-0708",
        "2026-07-08 09:03",
        "Via Verde <naoresponder@viaverde.pt>",
        "Extrato Via Verde – junho 2026",
        PT,
        """Olá Tiago,

O seu extrato de junho já está disponível.

Total: 48,70 €
Identificador: 03 9910 228
Movimentos: 14 (A28, A3, A4, parques)

Via Verde Portugal""",
    ),
    m(
        "rvlt-0402",
        "2026-04-02 07:00",
        "Revolut <no-reply@revolut.com>",
        "Your March statement is ready",
        EN,
        """Hi Tiago,

Your EUR account statement for March 2026 is now available in the app.

Spent: €612.40 · Received: €250.00
Top category: Groceries

Open the app to view and download it.

Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania""",
    ),
    m(
        "rvlt-0810",
        "2026-08-10 14:22",
        "Revolut <no-reply@revolut.com>",
        "Your Savings Vault hit its goal 🎉",
        EN,
        """Nice one, Tiago!

Your vault "Mudança 🏠" reached its €3,000 goal. Want to set a new one?

Revolut""",
    ),
    # --- subscriptions, accounts ----------------------------------------------------------------
    m(
        "spot-0502",
        "2026-05-02 15:30",
        "Spotify <no-reply@spotify.com>",
        "Atualização ao preço do teu plano Premium Familiar",
        PT,
        """Olá Tiago,

A partir de julho de 2026, o preço do Premium Familiar passa para 17,99 €/mês. Esta alteração aplica-se à próxima cobrança após 1 de julho.

Se não quiseres continuar, podes cancelar a qualquer momento em spotify.com/account.

Obrigado por fazeres parte do Spotify.""",
    ),
    m(
        "ggl-sec-0426",
        "2026-04-26 22:58",
        "Google <no-reply@accounts.google.com>",
        "Alerta de segurança",
        PT,
        """Novo início de sessão no Mac

tiago.carvalho.sousa@gmail.com

Detetámos um novo início de sessão na sua Conta Google num dispositivo Mac. Se foi você, não precisa de fazer nada. Caso contrário, vamos ajudá-lo a proteger a sua conta.

Verificar atividade: https://accounts.google.com/AccountChooser?Email=tiago.carvalho.sousa@gmail.com&continue=https://myaccount.google.com/alert/nt/1777240680000

Também pode ver a atividade de segurança em https://myaccount.google.com/notifications
Enviámos-lhe este email para o informar sobre alterações importantes à sua Conta e aos serviços Google.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
    ),
    m(
        "ggl-one-0902",
        "2026-09-02 18:10",
        "Google One <googleone-noreply@google.com>",
        "O seu armazenamento está quase cheio",
        PT,
        """Tiago, usou 14,2 GB dos seus 15 GB.

Quando ficar sem espaço, não vai conseguir enviar nem receber emails no Gmail. Liberte espaço ou obtenha 100 GB por 1,99 €/mês.

Gerir armazenamento: https://one.google.com/storage?utm_source=email

Google LLC""",
    ),
    m(
        "ntfx-0715",
        "2026-07-15 19:00",
        "Netflix <info@mailer.netflix.com>",
        "Novidades para ver este fim de semana",
        PT,
        html=promo(
            "Estreias da semana",
            "Uma nova série portuguesa, o regresso de um documentário premiado e um filme de animação para ver com o Duarte.<br><br><a href='https://www.netflix.com/browse?utm_source=email'>Ver agora</a>",
            "NETFLIX",
            "#000000",
            "https://www.netflix.com/EmailPreferences",
        ),
        headers={"List-Unsubscribe": "<https://www.netflix.com/EmailPreferences>"},
    ),
    # --- shopping -------------------------------------------------------------------------------
    m(
        "wrt-0412",
        "2026-04-12 16:40",
        "Worten <encomendas@worten.pt>",
        "A tua encomenda n.º 30192844 foi enviada",
        PT,
        """Olá Tiago,

Boas notícias: a tua encomenda já está a caminho!

Artigo: Auscultadores Sony WH-CH720N – Preto (1 un.)
Transportadora: CTT Expresso – RR918273645PT
Entrega prevista: 14/04/2026

Acompanha a entrega em worten.pt/minha-conta.

Worten""",
    ),
    m(
        "amzes-0524",
        "2026-05-24 10:12",
        "Amazon.es <confirmar-envio@amazon.es>",
        'Tu pedido de Amazon.es con "Lámpara de pie LED regulable..." ha sido enviado',
        ES,
        """Hola, Tiago:

Te confirmamos que tu paquete ya está en camino. Puedes seguir el envío en Mis pedidos.

Llegada: martes, 26 de mayo
Pedido n.º 405-7719022-8830741
Lámpara de pie LED regulable, 1 unidad

Enviar a: Tiago Carvalho Sousa, Porto, Portugal

Esperamos volver a verte pronto.
Amazon.es""",
    ),
    m(
        "ikea-0627",
        "2026-06-27 11:30",
        "IKEA Portugal <noreply@ikea.pt>",
        "A sua entrega está agendada para 2 de julho",
        PT,
        """Olá Tiago,

A entrega da sua encomenda n.º 1328840712 está agendada para quinta-feira, 2 de julho, entre as 14h00 e as 18h00, na morada Rua Alves Redol, 318, 3.º Dto.

Artigos: PAX roupeiro (3 volumes), MALM cómoda, KALLAX estante, BILLY estante x2

Serviço de montagem: incluído.

IKEA Portugal""",
    ),
    m(
        "cntn-0704",
        "2026-07-04 08:50",
        "Continente Online <naoresponder@continente.pt>",
        "A sua encomenda está a caminho 🚚",
        PT,
        """Olá Tiago,

A sua encomenda n.º 8823114 sai hoje para entrega entre as 10h e as 11h.

Total: 112,37 € · Saldo Cartão Continente usado: 6,20 €

Continente Online""",
    ),
    m(
        "vnt-0814",
        "2026-08-14 21:03",
        "Vinted <no-reply@vinted.pt>",
        "A tua oferta foi aceite! 🎉",
        PT,
        """Olá tiago_cs!

A ritinha_p aceitou a tua oferta de 18,00 € por "Trotinete Micro Maxi azul – como nova".

Conclui a compra nas próximas 24 horas: https://www.vinted.pt/inbox/18873021

Equipa Vinted""",
    ),
    m(
        "olx-0722",
        "2026-07-22 13:15",
        "OLX <noreply@olx.pt>",
        'Recebeu uma nova proposta para "Bicicleta de estrada Triban RC 500 – tam. L"',
        PT,
        """Olá Tiago,

O utilizador Hugo M. fez-lhe uma proposta de 380 € para o seu anúncio "Bicicleta de estrada Triban RC 500 – tam. L" (preço anunciado: 450 €).

Aceite, recuse ou faça uma contraproposta na app OLX.

OLX Portugal""",
    ),
    m(
        "dcth-0601",
        "2026-06-01 12:00",
        "Decathlon <news@info.decathlon.pt>",
        "Ofertas de verão: até -40 % em campismo ⛺",
        PT,
        html=promo(
            "Ofertas de verão",
            "Tendas, sacos-cama e mochilas com até 40 % de desconto. Só até domingo!<br><br><a href='https://www.decathlon.pt/ofertas?utm_source=newsletter'>Ver ofertas</a>",
            "DECATHLON",
            "#3643ba",
            "https://www.decathlon.pt/newsletter/unsubscribe",
        ),
        headers={"List-Unsubscribe": "<https://www.decathlon.pt/newsletter/unsubscribe>"},
    ),
    # --- travel and outings -------------------------------------------------------------------
    m(
        "ryr-0430",
        "2026-04-30 21:10",
        "Ryanair <itinerary@ryanair.com>",
        "Your Ryanair Booking Confirmation: K7WQ2M",
        EN,
        """Thanks for booking with Ryanair

Reservation: K7WQ2M

Outbound: Porto (OPO) → Lyon (LYS), Thu 18 Jun 2026, FR 5493, dep 06:25 arr 09:40
Return: Lyon (LYS) → Porto (OPO), Sun 21 Jun 2026, FR 5494, dep 10:10 arr 11:30

Passengers: Mr Tiago Sousa, Ms Marta Ribeiro, Master Duarte Sousa

Check-in opens 24 hours before departure (free seats) or up to 60 days before if you have reserved seats.

Manage booking: https://www.ryanair.com/pt/en/trip/manage""",
    ),
    m(
        "hstl-0612",
        "2026-06-12 18:44",
        "Hostal Rúa Nova <reservas@hostalruanova.example>",
        "Confirmación de su reserva – 14 al 16 de agosto",
        ES,
        """Estimado Sr. Carvalho Sousa:

Le confirmamos su reserva en el Hostal Rúa Nova, en pleno casco histórico de Santiago de Compostela:

Llegada: viernes, 14 de agosto de 2026 (a partir de las 14:00)
Salida: domingo, 16 de agosto de 2026 (antes de las 11:00)
Habitación: familiar (2 adultos + 1 niño), con desayuno
Importe total: 236,00 € (pago en el establecimiento)

Cancelación gratuita hasta 72 horas antes de la llegada.

Un cordial saludo,
Recepción – Hostal Rúa Nova
Rúa Nova 19, 15705 Santiago de Compostela""",
    ),
    m(
        "abnb-0509",
        "2026-05-09 22:30",
        "Airbnb <automated@airbnb.com>",
        "Reserva confirmada – Tavira",
        PT,
        """A sua reserva está confirmada. Vai a Tavira!

Casa com pátio perto do Rio Gilão · Anfitrião: Manuela
Check-in: sáb., 22 ago. 2026, 16:00
Check-out: sáb., 29 ago. 2026, 11:00
Hóspedes: 2 adultos, 1 criança

Total (EUR): 1.084,50 €

Ver itinerário: https://www.airbnb.pt/trips/v1/HMXZ44P2QR

Airbnb Ireland UC, 8 Hanover Quay, Dublin 2""",
    ),
    m(
        "cp-0905",
        "2026-09-05 20:14",
        "CP - Comboios de Portugal <bilhetes@cp.pt>",
        "Bilhete CP – Alfa Pendular Porto Campanhã > Lisboa Santa Apolónia",
        PT,
        """Caro(a) Cliente,

Obrigado por viajar com a CP. Segue em anexo o seu bilhete.

Comboio: Alfa Pendular 132
Data: 25/09/2026 · Partida: 07:09 Porto Campanhã · Chegada: 09:59 Lisboa Santa Apolónia
Carruagem 4 · Lugar 61 · Classe Turística
Preço: 31,85 €

Apresente o bilhete em formato digital ou impresso.

CP - Comboios de Portugal, E.P.E.""",
        attach=[
            (
                "bilhete_AP132_20260925.pdf",
                "application/pdf",
                "%PDF-1.4\n% CP bilhete AP132\n%%EOF\n",
            )
        ],
    ),
    m(
        "flix-0719",
        "2026-07-19 09:05",
        "FlixBus <noreply@flixbus.com>",
        "Tu reserva FlixBus: Oporto → Vigo",
        ES,
        """¡Hola Tiago!

Gracias por viajar con FlixBus. Aquí tienes tu billete:

Número de reserva: 3019 8844 21
Sáb., 1 ago. 2026 · 08:15 Oporto (Campanhã) → 10:55 Vigo (Estación Urzáiz)
1 adulto

Lleva tu billete en la app o impreso. ¡Buen viaje!
FlixBus""",
    ),
    m(
        "uber-0516",
        "2026-05-17 02:14",
        "Uber Receipts <noreply@uber.com>",
        "A sua viagem de sábado à noite com a Uber",
        PT,
        """Obrigado por viajar, Tiago

Total: 9,84 €
16 de maio de 2026

UberX · 5,1 km · 14 min
Praça de Carlos Alberto, Porto → Rua de Santos Pousada, Porto

Pagamento: Visa ••••4471

Uber B.V., Burgerweeshuispad 301, Amesterdão""",
    ),
    m(
        "tkl-0605",
        "2026-06-05 11:20",
        "Ticketline <noreply@ticketline.pt>",
        "Os seus bilhetes: Capicua – Coliseu Porto Ageas",
        PT,
        """Olá Tiago,

A sua compra foi concluída com sucesso.

Evento: Capicua – Coliseu Porto Ageas
Data: 10 de outubro de 2026, 21h30
Bilhetes: 2 × Plateia em pé – 25,00 €

Os bilhetes seguem em anexo (PDF). Apresente-os à entrada.

Ticketline""",
    ),
    m(
        "fcp-0424",
        "2026-04-24 12:00",
        "FC Porto <socios@fcporto.pt>",
        "Renovação do Lugar Anual 2026/27 – condições para sócios",
        PT,
        """Caro Sócio n.º 98.441,

Está aberto o período de renovação do Lugar Anual para a época 2026/27, exclusivo para os atuais titulares, até 31 de maio.

Bancada Nascente, Setor 12: 275 € (pagamento em 3 prestações sem juros)

Renove online em fcporto.pt/lugaranual.

Saudações Portistas,
Departamento de Sócios""",
    ),
    m(
        "prdr-0910",
        "2026-09-10 10:00",
        "Paradores <noticias@paradores.es>",
        "Ofertas de otoño: hasta un 25 % de descuento en Galicia",
        ES,
        html=promo(
            "Ofertas de otoño en Paradores",
            "Disfruta del otoño gallego en nuestros Paradores de Baiona, Pontevedra y Santiago con hasta un 25 % de descuento. Oferta válida para estancias entre el 1 de octubre y el 15 de diciembre.<br><br><a href='https://www.paradores.es/es/ofertas?utm_source=newsletter'>Reservar</a>",
            "Paradores",
            "#8c1c13",
            "https://www.paradores.es/es/baja-newsletter",
        ),
        headers={"List-Unsubscribe": "<https://www.paradores.es/es/baja-newsletter>"},
    ),
    # --- health: clinics with calendar parts ----------------------------------------------------
    m(
        "dent-0511",
        "2026-05-11 09:00",
        "Clínica Dentária Sorriso de Paranhos <marcacoes@sorrisoparanhos.example>",
        "Lembrete: consulta de higiene oral – 19 de maio",
        PT,
        """Olá Tiago,

Lembramos a sua consulta de higiene oral com a Dra. Beatriz Lopes no dia 19 de maio, às 18h40.

Em caso de impossibilidade, por favor avise com 24 horas de antecedência através do 225 029 118.

Clínica Dentária Sorriso de Paranhos
Rua de Costa Cabral, 880 – Porto""",
        ics=ics(
            "marcacao-88172-20260519@sorrisoparanhos.example",
            "2026-05-19 18:40",
            "Consulta de higiene oral – Dra. Beatriz Lopes",
            ("Clínica Dentária Sorriso de Paranhos", "marcacoes@sorrisoparanhos.example"),
            minutes=40,
            location="Rua de Costa Cabral, 880 – Porto",
        ),
    ),
    m(
        "cmm-0710",
        "2026-07-10 15:42",
        "Clínica Médica do Marquês <naoresponder@clinicamarques.example>",
        "Marcação confirmada – Medicina Geral e Familiar",
        PT,
        """Exmo. Sr. Tiago Carvalho Sousa,

Confirmamos a sua marcação:

Especialidade: Medicina Geral e Familiar
Médico: Dr. Paulo Araújo
Data: 21/07/2026 às 08h30
Local: Clínica Médica do Marquês – Praça do Marquês de Pombal, 98, Porto

Deve comparecer 10 minutos antes. Traga o cartão do seguro de saúde.

Para desmarcar, responda a este email ou ligue 223 408 550.""",
        ics=ics(
            "cmm-mgf-20260721-0830-tcs@clinicamarques.example",
            "2026-07-21 08:30",
            "Consulta Medicina Geral – Dr. Paulo Araújo",
            ("Clínica Médica do Marquês", "naoresponder@clinicamarques.example"),
            minutes=20,
            location="Praça do Marquês de Pombal, 98, Porto",
        ),
    ),
    # --- courses, webinars ----------------------------------------------------------------------
    m(
        "crsr-0417",
        "2026-04-17 17:22",
        "Coursera <no-reply@m.mail.coursera.org>",
        "You're enrolled in Customer Success Foundations",
        EN,
        """Hi Tiago,

Welcome to Customer Success Foundations! You're now enrolled.

Week 1: What is Customer Success? (video, 2 readings, 1 quiz)
Your first deadline: April 26, 11:59 PM WEST

Start learning: https://www.coursera.org/learn/customer-success-foundations/home/welcome

Happy learning,
The Coursera Team

Coursera · 2440 W. El Camino Real, Suite 500, Mountain View, CA 94040""",
    ),
    m(
        "crsr-0527",
        "2026-05-27 20:05",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Congratulations, Tiago! You earned your certificate 🎓",
        EN,
        """Congratulations, Tiago!

You've completed Customer Success Foundations and earned a shareable certificate.

Add it to your LinkedIn profile: https://www.coursera.org/account/accomplishments/certificate/QX7B2LM9KDA4

Keep up the momentum — learners like you also took "Customer Experience Management" and "SaaS Metrics for Non-Finance People".

The Coursera Team""",
    ),
    m(
        "pulse-wbnr-0505",
        "2026-05-05 16:00",
        "Pulse CS Events <events@pulsecs.example>",
        "You're registered: Building a Customer Health Score from Scratch",
        EN,
        """Hi Tiago,

Thanks for registering! Here are the details:

Building a Customer Health Score from Scratch
Thursday, May 14, 2026 · 5:00 PM WEST (60 min)
Speakers: Ana Rocha (VP Customer Success) and Tom Breyer (CS Ops Lead)

Join link: https://pulsecs.example/webinars/health-score/join?k=tcs882

Add to calendar: the invite is attached. A recording will be sent to all registrants.

See you there,
The Pulse CS team""",
        ics=ics(
            "webinar-health-score-20260514@pulsecs.example",
            "2026-05-14 17:00",
            "Webinar: Building a Customer Health Score from Scratch",
            ("Pulse CS Events", "events@pulsecs.example"),
            minutes=60,
            location="https://pulsecs.example/webinars/health-score/join",
        ),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@pulsecs.example>"},
    ),
    m(
        "ahresp-0618",
        "2026-06-18 12:30",
        "AHRESP <formacao@ahresp.com>",
        "Webinar: Novas regras do Alojamento Local – o que muda em 2026",
        PT,
        """Caro(a) Associado(a),

Convidamo-lo(a) a participar no webinar "Novas regras do Alojamento Local – o que muda em 2026", no dia 25 de junho, às 10h00, com a participação de juristas da AHRESP e de representantes das autarquias do Porto e de Lisboa.

Inscrição gratuita para associados. O convite para o seu calendário segue em anexo.

AHRESP – Associação da Hotelaria, Restauração e Similares de Portugal""",
        ics=ics(
            "ahresp-webinar-al-20260625@ahresp.com",
            "2026-06-25 10:00",
            "Webinar AHRESP – Novas regras do Alojamento Local",
            ("AHRESP Formação", "formacao@ahresp.com"),
            minutes=90,
            location="Zoom (link enviado na véspera)",
        ),
    ),
    m(
        "udmy-0707",
        "2026-07-07 09:00",
        "Udemy <no-reply@e.udemy.com>",
        "⚡ Oferta relâmpago: cursos a partir de 9,99 €",
        PT,
        html=promo(
            "Só hoje: cursos a partir de 9,99 €",
            "Aprenda Excel, gestão de projetos, inglês para negócios e muito mais. A oferta termina à meia-noite.<br><br><a href='https://www.udemy.com/?utm_source=email&amp;utm_campaign=flash'>Explorar cursos</a>",
            "Udemy",
            "#a435f0",
            "https://www.udemy.com/user/edit-notifications/",
        ),
        headers={"List-Unsubscribe": "<https://www.udemy.com/user/edit-notifications/>"},
    ),
    # --- newsletters that interview people, or talk about hiring --------------------------------
    m(
        "pub-nl-0419",
        "2026-04-19 07:00",
        "Público <newsletters@publico.pt>",
        "Entrevista: “O Porto não pode ser só uma cidade para turistas”",
        PT,
        """PÚBLICO · A newsletter de domingo

ENTREVISTA
A arquiteta que coordena o novo plano para a Baixa fala de habitação, alojamento local e do futuro do centro histórico. "O Porto não pode ser só uma cidade para turistas."
Ler: https://www.publico.pt/2026/04/19/local/entrevista/porto-cidade-turistas?utm_source=newsletter

LOCAL
Rendas no Porto sobem 9 % num ano
Metro: linha Rubi entra em testes em setembro

Gerir newsletters: https://www.publico.pt/newsletters""",
        headers={"List-Unsubscribe": "<https://www.publico.pt/newsletters/unsubscribe>"},
    ),
    m(
        "pbt-nl-0503",
        "2026-05-03 08:30",
        "Publituris Hotelaria <newsletter@publituris.pt>",
        "Entrevista: “A tecnologia vai libertar os rececionistas para o que importa”",
        PT,
        html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<div style="max-width:640px;margin:auto">
<h2 style="color:#004b87">Publituris Hotelaria · Newsletter</h2>
<h3>Entrevista | “A tecnologia vai libertar os rececionistas para o que importa”</h3>
<p>O diretor-geral de um grupo hoteleiro do Norte explica porque está a apostar em check-in digital em todas as unidades e como está a recrutar perfis diferentes para a receção. <a href="https://www.publituris.pt/hotelaria/entrevista-tecnologia-rececao?utm_source=nl">Ler entrevista</a></p>
<h3>Setor precisa de 45 mil trabalhadores até ao verão</h3>
<p>Associações alertam para falta de mão de obra; hotéis do Algarve aumentam salários de entrada. <a href="https://www.publituris.pt/hotelaria/falta-trabalhadores?utm_source=nl">Ler mais</a></p>
<h3>Taxa de ocupação no Porto atinge 81 % em março</h3>
<p style="font-size:11px;color:#888">Recebe esta newsletter porque se registou em publituris.pt. <a href="https://www.publituris.pt/newsletter/cancelar">Cancelar</a></p>
</div></body></html>""",
        headers={"List-Unsubscribe": "<https://www.publituris.pt/newsletter/cancelar>"},
    ),
    m(
        "cscafe-0614",
        "2026-06-14 13:00",
        "The CS Café <hello@thecscafe.example>",
        "☕ Interview: from hotel GM to VP of Customer Success",
        EN,
        """THE CS CAFÉ — issue #118

This week's interview: Priya Nair ran hotels for twelve years before joining a hotel-software start-up as its third CSM. Six years later she's VP of Customer Success. We talked about what transferred (a lot), what didn't (forecasting!), and the one question she asks every candidate.

Read the interview → https://thecscafe.example/p/hotel-gm-to-vp-cs

ALSO THIS WEEK
• Five onboarding metrics that actually predict churn
• The "hiring freeze" season is here: how CS teams are coping
• Template: a 90-day plan for a new CSM

You're receiving this because you subscribed at thecscafe.example. Unsubscribe: https://thecscafe.example/unsubscribe""",
        headers={"List-Unsubscribe": "<https://thecscafe.example/unsubscribe>"},
    ),
    m(
        "hstr-nl-0712",
        "2026-07-12 07:45",
        "Hosteltur <boletin@hosteltur.com>",
        "Entrevista: “El huésped ya no distingue entre hotel y apartamento”",
        ES,
        """HOSTELTUR · Boletín diario

ENTREVISTA
El consejero delegado de una cadena vacacional explica por qué su grupo gestionará también viviendas turísticas. "El huésped ya no distingue entre hotel y apartamento."
https://www.hosteltur.com/entrevista-huesped-hotel-apartamento?utm_source=boletin

EMPLEO
Los hoteles de Baleares y Canarias buscan 20.000 trabajadores para el verano

TECNOLOGÍA
Las plataformas de mensajería con huéspedes crecen un 40 %

Darse de baja: https://www.hosteltur.com/baja""",
        headers={"List-Unsubscribe": "<https://www.hosteltur.com/baja>"},
    ),
    m(
        "obs-nl-0821",
        "2026-08-21 07:30",
        "Observador <newsletter@observador.pt>",
        "Macroscópio: quem está a contratar em Portugal?",
        PT,
        """MACROSCÓPIO

Turismo, tecnologia e construção lideram as ofertas de emprego no segundo trimestre. Explicamos porque é que as empresas de software do Porto estão a contratar pessoas vindas da hotelaria — e porque os hotéis estão preocupados.

Ler: https://observador.pt/macroscopio/quem-esta-a-contratar?utm_source=nl

Deixar de receber: https://observador.pt/newsletters""",
        headers={"List-Unsubscribe": "<https://observador.pt/newsletters>"},
    ),
    m(
        "exp-nl-0920",
        "2026-09-20 08:00",
        "Expresso <newsletters@expresso.pt>",
        "Economia: entrevista ao CEO que quer pôr os hotéis portugueses na nuvem",
        PT,
        """EXPRESSO ECONOMIA

ENTREVISTA
Fundada no Porto em 2019, uma empresa de software para hotelaria já tem 1.800 clientes em 9 países. O CEO fala da próxima ronda de investimento, de contratações e da concorrência americana.

Ler a entrevista completa: https://expresso.pt/economia/entrevista-ceo-software-hoteis?utm_source=nl

Gerir subscrições: https://expresso.pt/newsletters""",
        headers={"List-Unsubscribe": "<https://expresso.pt/newsletters>"},
    ),
    # --- LinkedIn, not about jobs ----------------------------------------------------------
    m(
        "li.cgr.0522",
        "2026-05-22 08:14",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Dê os parabéns à Rita Figueiredo pelo novo cargo",
        PT,
        """Rita Figueiredo começou um novo cargo como Revenue Manager na Tâmega Hotéis.

Dê os parabéns: https://www.linkedin.com/comm/feed/update/urn:li:activity:7331209/?lipi=congrats

Este e-mail foi enviado para Tiago Carvalho Sousa.
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
    ),
    m(
        "li.post.0730",
        "2026-07-30 18:20",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "A sua publicação está a ter sucesso",
        PT,
        """Tiago, a sua publicação "10 coisas que a receção de um hotel me ensinou sobre clientes" teve 2.318 impressões e 94 reações.

Ver estatísticas: https://www.linkedin.com/comm/analytics/post-summary/urn:li:activity:7355101/

LinkedIn""",
    ),
    # --- housing: the old building and the condominium -------------------------------------------
    m(
        "cond-0512",
        "2026-05-12 19:30",
        "Gestão Condomínios Bonfim <geral@gcbonfim.example>",
        "Convocatória – Assembleia Geral de Condóminos – Rua de Santos Pousada 1120",
        PT,
        """Exmos. Senhores Condóminos,

Nos termos do artigo 1432.º do Código Civil, convocam-se V. Exas. para a Assembleia Geral Ordinária, a realizar no dia 28 de maio de 2026, às 20h30, no hall de entrada do prédio, com a seguinte ordem de trabalhos:

1. Aprovação das contas de 2025;
2. Orçamento para 2026 e obras na cobertura;
3. Outros assuntos.

Os arrendatários podem assistir, sem direito de voto.

A Administração""",
    ),
    m(
        "fh-0706",
        "2026-07-06 12:10",
        "Fitness Hut <membros@fitnesshut.pt>",
        "Traz um amigo em julho e ganha 1 mês oferta 💪",
        PT,
        html=promo(
            "Traz um amigo, ganha 1 mês",
            "Em julho, por cada amigo que se inscrever com o teu código TIAGO-8841, ganhas 1 mês de mensalidade oferta. O teu amigo não paga inscrição!<br><br><a href='https://www.fitnesshut.pt/traz-um-amigo?utm_source=email'>Partilhar código</a>",
            "Fitness Hut",
            "#ff4d00",
            "https://www.fitnesshut.pt/preferencias",
        ),
        headers={"List-Unsubscribe": "<https://www.fitnesshut.pt/preferencias>"},
    ),
    # --- more of the ordinary inbox ---------------------------------------------------------------
    m(
        "ctt-0404",
        "2026-04-04 10:12",
        "CTT <notificacoes@ctt.pt>",
        "A sua encomenda RR918273645PT está a caminho",
        PT,
        """Olá,

A encomenda RR918273645PT, enviada por WORTEN EQUIPAMENTOS PARA O LAR SA, está em distribuição.

Entrega prevista: hoje, entre as 9h e as 13h.
Se não estiver em casa, deixaremos um aviso e poderá levantá-la na Loja CTT Bonfim.

Seguir objeto: https://appserver.ctt.pt/CustomerArea/PublicArea_Detail?ObjectCodeInput=RR918273645PT

CTT – Correios de Portugal""",
    ),
    m(
        "bolt-0528",
        "2026-05-28 00:41",
        "Bolt <receipts-portugal@bolt.eu>",
        "O teu recibo da viagem Bolt",
        PT,
        """Obrigado por viajares com a Bolt!

27 de maio de 2026, 23:58
Rua de Cedofeita → Rua de Santos Pousada
Total: 7,40 € (Cartão ••4471)

Bolt Operations OÜ, Vana-Lõuna 15, Tallinn""",
    ),
    m(
        "edp-den-0629",
        "2026-06-29 15:20",
        "EDP <noreply@edp.pt>",
        "Pedido de cessação de contrato – Rua de Santos Pousada",
        PT,
        """Olá Tiago,

Recebemos o seu pedido de cessação do contrato de eletricidade na morada Rua de Santos Pousada, 1120, 2.º Esq., com efeitos a 3 de julho de 2026. A fatura final será emitida após a leitura do contador.

EDP Comercial""",
    ),
    m(
        "fid-0727",
        "2026-07-27 11:00",
        "Fidelidade <naoresponder@fidelidade.pt>",
        "Proposta de renovação – Seguro Automóvel, apólice AU72018834",
        PT,
        """Caro Cliente,

A sua apólice de Seguro Automóvel AU72018834 (Renault Clio, 88-TX-41) renova-se a 1 de setembro de 2026.

Prémio anual: 318,44 € (pagamento trimestral disponível)
Coberturas: Responsabilidade Civil, Assistência em Viagem, Quebra Isolada de Vidros

Informe-nos da nova morada até à data de renovação, para atualizarmos a apólice.

Fidelidade – Companhia de Seguros, S.A.""",
    ),
    m(
        "glv-0818",
        "2026-08-18 20:35",
        "Glovo <no-reply@glovoapp.com>",
        "O teu pedido da Pizzeria Mamma Rosa está a caminho 🛵",
        PT,
        """O estafeta já recolheu o teu pedido!

Pizzeria Mamma Rosa · 2 × Margherita, 1 × Diavola
Total: 31,40 €
Chegada estimada: 20:55

Glovo""",
    ),
    m(
        "wrt-prm-0924",
        "2026-09-24 12:00",
        "Worten <novidades@worten.pt>",
        "Tiago, temos uma oferta à tua espera 🎁",
        PT,
        html=promo(
            "Regresso às aulas com 20 % em cartão",
            "Portáteis, tablets e mochilas com 20 % do valor em Cartão Worten Resolve. Só até domingo.<br><br><a href='https://www.worten.pt/promocoes/regresso-aulas?utm_source=newsletter'>Ver campanha</a>",
            "Worten",
            "#e30613",
            "https://www.worten.pt/newsletter/cancelar",
        ),
        headers={"List-Unsubscribe": "<https://www.worten.pt/newsletter/cancelar>"},
    ),
    m(
        "canva-0429",
        "2026-04-29 16:00",
        "Canva <start@engage.canva.com>",
        "Your Canva Pro trial ends in 3 days",
        EN,
        """Hi Tiago,

Your free trial of Canva Pro ends on May 2. After that, you'll be charged €11.99/month unless you cancel.

Loved making that CV design? Keep all your Pro templates and Brand Kit by staying on Pro.

Manage plan: https://www.canva.com/settings/billing-and-plans

Canva, 110 Kippax St, Surry Hills NSW 2010, Australia""",
    ),
    m(
        "cmp-sj-0619",
        "2026-06-19 10:00",
        "Município do Porto <newsletter@cm-porto.pt>",
        "São João 2026: condicionamentos de trânsito e transportes",
        PT,
        """PORTO. NOTÍCIAS

Na noite de 23 para 24 de junho, a circulação automóvel estará condicionada na Baixa, Ribeira e Fontainhas a partir das 18h00. O Metro do Porto funciona toda a noite e a STCP reforça as linhas noturnas.

Consulte o mapa de condicionamentos: https://www.porto.pt/pt/noticia/sao-joao-2026-transito

Para deixar de receber esta newsletter: https://www.porto.pt/newsletter""",
        headers={"List-Unsubscribe": "<https://www.porto.pt/newsletter>"},
    ),
    m(
        "mbw-0929",
        "2026-09-29 21:14",
        "MB WAY <naoresponder@mbway.pt>",
        "Novo dispositivo associado ao MB WAY",
        PT,
        """O seu MB WAY foi associado a um novo dispositivo (iPhone) em 29/09/2026 às 21:12.

Se não reconhece esta operação, contacte de imediato a linha MB WAY: 217 813 080.

SIBS""",
    ),
    m(
        "amzes-0825",
        "2026-08-25 09:30",
        "Amazon.es <reembolsos@amazon.es>",
        "Tu reembolso de 24,99 € se ha procesado",
        ES,
        """Hola, Tiago:

Hemos procesado el reembolso de 24,99 € por la devolución de "Organizador de cajones, pack de 6". El importe aparecerá en tu método de pago en 3-5 días hábiles.

Atentamente,
Amazon.es""",
    ),
    m(
        "elp-nl-0906",
        "2026-09-06 08:00",
        "EL PAÍS <newsletter@elpais.es>",
        "Entrevista | “Galicia y el norte de Portugal ya son un solo mercado laboral”",
        ES,
        """EL PAÍS · Economía

ENTREVISTA
Una economista de la Universidade de Vigo analiza los 25.000 trabajadores que cruzan cada día la frontera del Miño y por qué las empresas gallegas contratan en Portugal.
https://elpais.com/economia/2026-09-06/entrevista-galicia-norte-portugal.html?utm_source=newsletter

Para darte de baja: https://elpais.com/newsletters/baja""",
        headers={"List-Unsubscribe": "<https://elpais.com/newsletters/baja>"},
    ),
]
