# ruff: noqa: E501, RUF100
"""Corpus 156, the ordinary inbox (data only): see heldout156.py.

Banks and credit, government and the CREA, the flat, the MBA, shops, bills, newsletters and
events; look-alikes on purpose ("proposta", "inscrição", "entrevista", "ofertas")."""

from __future__ import annotations

from typing import Any

from heldout156_jobs import N, ics, m, m_utc

CREDIVERDE = "Crediverde <naoresponda@crediverde.example>"
VEREDAS = "Veredas Imóveis <locacao@veredasimoveis.example>"
IAE = "MBA IAE <mba@iae-agro.example>"
SAFRA = "Boletim Safra Cerrado <boletim@safracerrado.example>"
ML = "Mercado Livre <ofertas@mercadolivre.com.br>"
DOCTORALIA_ = "Doctoralia <noreply@doctoralia.com.br>"

SAFRA_FOOTER = """<p style="font-size:11px;color:#777">Boletim Safra Cerrado · Rio Verde/GO · Você recebe este boletim porque se cadastrou em safracerrado.example.
<a href="https://safracerrado.example/descadastrar?e=gustavo.hblemes">Descadastrar</a></p>"""


MAIL: list[dict[str, Any]] = [
    # --- credit cooperative: crédito rural and a card "proposta" --------------------------------
    m(
        "cv1a",
        "2025-09-05 10:14",
        CREDIVERDE,
        "Recebemos sua proposta de crédito rural",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d3b2a">
<p><img src="https://crediverde.example/img/logo.png" alt="Crediverde"></p>
<p>Olá, GUSTAVO HENRIQUE BORBA LEMES!</p>
<p>Sua proposta de <b>crédito rural – custeio agrícola (soja safra 2025/26)</b> foi recebida pela sua agência <b>0731 – Rio Verde Centro</b>.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td>Nº da proposta</td><td>CR-2025-0731-004417</td></tr>
<tr><td>Linha</td><td>Pronamp – custeio</td></tr>
<tr><td>Valor solicitado</td><td>R$ 186.000,00</td></tr>
<tr><td>Imóvel</td><td>Sítio Boa Vista – Santa Helena de Goiás/GO (matrícula 11.208)</td></tr>
</table>
<p>Seu gerente de relacionamento entrará em contato caso seja necessário algum documento adicional.</p>
<p>Crediverde – Cooperativa de Crédito dos Produtores do Cerrado<br>SAC 0800 646 1122 · Ouvidoria 0800 646 1133</p>
<p style="font-size:11px;color:#888">A Crediverde nunca solicita senhas ou códigos por e-mail.</p>
</body></html>""",
    ),
    m(
        "cv2b",
        "2025-09-19 15:48",
        "Jonas Wiebbelling <jonas.wiebbelling@crediverde.example>",
        "Proposta CR-2025-0731-004417 - pendência de documentos",
        N(),
        text="""Boa tarde, Gustavo.

Para seguirmos com a análise da proposta de custeio, faltam os seguintes documentos:

- CAR do Sítio Boa Vista atualizado (o que temos venceu a retificação)
- CCIR 2025 e ITR quitado do último exercício
- Orçamento/receituário agronômico assinado por profissional habilitado (pode ser você mesmo,
  com ART)
- Anuência do seu pai como coproprietário

Se conseguir mandar até dia 26 ainda dá tempo de liberar antes do plantio.

Abraço,
Jonas Wiebbelling
Gerente de Relacionamento Agro – Agência Rio Verde Centro
Crediverde | (64) 3621-8800""",
    ),
    m(
        "cv3c",
        "2025-10-03 11:30",
        CREDIVERDE,
        "Proposta aprovada! Assine sua cédula de crédito rural",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d3b2a">
<p>Olá, GUSTAVO!</p>
<p>Boa notícia: sua proposta de crédito rural <b>CR-2025-0731-004417</b> foi <b>aprovada</b> no valor de <b>R$ 180.000,00</b>.</p>
<p>A Cédula de Crédito Rural está disponível para assinatura eletrônica no app Crediverde (menu Crédito &gt; Minhas propostas).
Após a assinatura de todos os emitentes e o registro em cartório, o valor será liberado em conta conforme cronograma.</p>
<p><a href="https://crediverde.example/app/propostas/CR-2025-0731-004417">Assinar agora</a></p>
<p>Crediverde – Cooperativa de Crédito dos Produtores do Cerrado</p>
</body></html>""",
    ),
    m(
        "cv4d",
        "2025-11-14 09:02",
        CREDIVERDE,
        "Gustavo, sua proposta do cartão Crediverde Mastercard Black foi aprovada 💳",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Parabéns, Gustavo!</p>
<p>Sua proposta do <b>Cartão Crediverde Mastercard Black</b> foi aprovada com limite de <b>R$ 28.000,00</b>.</p>
<p>✔ Anuidade grátis com gastos a partir de R$ 5 mil/mês<br>✔ Salas VIP em aeroportos<br>✔ Pontos que viram insumos na loja parceira</p>
<p>O cartão chega em até 10 dias úteis no endereço cadastrado. Desbloqueie pelo app.</p>
<p style="font-size:11px;color:#888">Crediverde – Cooperativa de Crédito. Ouvidoria 0800 646 1133.</p>
</body></html>""",
    ),
    m(
        "cv5e",
        "2026-02-09 08:15",
        CREDIVERDE,
        "Pré-assembleias 2026: participe e vote!",
        N(),
        text="""Caro(a) associado(a),

Estão chegando as pré-assembleias da Crediverde. É nesse momento que você conhece o resultado
de 2025 (sobras de R$ 41,7 milhões!) e vota na destinação.

Núcleo Rio Verde: 26/02, 19h, Salão do Sindicato Rural – Rua Augusta Bastos, 1010
Núcleo Santa Helena de Goiás: 27/02, 19h, Clube Recreativo

Haverá jantar após a votação. Confirme sua presença pelo app.

Crediverde – juntos, a gente cresce.""",
    ),
    m(
        "nu1a",
        "2025-10-06 10:00",
        "Nubank <todomundo@nubank.com.br>",
        "Sua fatura fechou: R$ 3.214,87",
        N(),
        html="""<html><body style="font-family:Graphik,Arial,sans-serif;font-size:15px;color:#111">
<p>Olá, Gustavo</p>
<p>A fatura do seu cartão fechou no valor de <b>R$ 3.214,87</b>, com vencimento em <b>13 OUT</b>.</p>
<p>Pague pelo app com Pix, boleto ou débito em conta.</p>
<p style="font-size:11px;color:#777">Nu Pagamentos S.A. – Instituição de Pagamento. CNPJ 18.236.120/0001-58.</p>
</body></html>""",
    ),
    m(
        "nu2b",
        "2025-12-06 10:00",
        "Nubank <todomundo@nubank.com.br>",
        "Sua fatura fechou: R$ 5.908,40",
        N(),
        html="""<html><body style="font-family:Graphik,Arial,sans-serif;font-size:15px;color:#111">
<p>Olá, Gustavo</p>
<p>A fatura do seu cartão fechou no valor de <b>R$ 5.908,40</b>, com vencimento em <b>13 DEZ</b>. Você pode parcelar essa fatura
em até 12x pelo app.</p>
<p style="font-size:11px;color:#777">Nu Pagamentos S.A. – Instituição de Pagamento.</p>
</body></html>""",
    ),
    m(
        "sr1a",
        "2025-12-15 14:30",
        "Serasa <comunicacao@serasa.com.br>",
        "Seu Score subiu! Veja as ofertas de crédito para você",
        N(),
        headers={"List-Unsubscribe": "<https://www.serasa.com.br/descadastrar>"},
        html="""<html><body style="font-family:Arial,sans-serif;font-size:15px">
<p>Gustavo, seu Serasa Score foi atualizado: <b>812</b> (bom).</p>
<p>Com esse score, você tem ofertas pré-aprovadas de empréstimo pessoal e cartão de crédito. Faça sua proposta sem sair de casa.</p>
<p><a href="https://www.serasa.com.br/ofertas?utm_source=email">Ver ofertas</a></p>
</body></html>""",
    ),
    # --- government and the CREA ---------------------------------------------------------------
    m(
        "rf1a",
        "2025-09-30 06:40",
        "Receita Federal <naoresponda@rfb.gov.br>",
        "Você possui nova mensagem na Caixa Postal do e-CAC",
        N(),
        text="""Prezado(a) contribuinte,

Há uma nova mensagem para o CPF ***.418.771-** na Caixa Postal do Centro Virtual de
Atendimento (e-CAC).

Acesse o e-CAC com sua conta gov.br (nível prata ou ouro) para lê-la:
https://cav.receita.fazenda.gov.br

Atenção: a Receita Federal não envia links para download de arquivos nem solicita dados
pessoais por e-mail.

Receita Federal do Brasil""",
    ),
    m(
        "rf2b",
        "2025-10-15 09:10",
        "Receita Federal <naoresponda@rfb.gov.br>",
        "Restituição do IRPF 2025 - lote residual",
        N(),
        text="""Prezado(a) contribuinte,

Sua restituição do Imposto sobre a Renda da Pessoa Física – exercício 2025, no valor de
R$ 2.347,19, foi disponibilizada no lote residual de outubro e será creditada em 31/10/2025
na conta informada na declaração (ou na chave Pix CPF).

Consulte a situação da sua declaração no e-CAC ou no aplicativo Meu Imposto de Renda.

Receita Federal do Brasil""",
    ),
    m(
        "gv1a",
        "2026-01-07 21:58",
        "gov.br <naoresponda@acesso.gov.br>",
        "Novo acesso à sua conta gov.br",
        N(),
        text="""Olá, GUSTAVO HENRIQUE BORBA LEMES.

Identificamos um novo acesso à sua conta gov.br em 07/01/2026 às 21:57.
Dispositivo: Chrome em Windows – Rio Verde, GO

Se foi você, desconsidere esta mensagem. Se não reconhece este acesso, altere sua senha
imediatamente em https://contas.acesso.gov.br.

Equipe gov.br""",
    ),
    m(
        "dt1a",
        "2026-01-12 07:30",
        "DETRAN-GO <naoresponda@detran.go.gov.br>",
        "IPVA 2026 - calendário de pagamento e licenciamento",
        N(),
        text="""Prezado(a) proprietário(a),

O IPVA 2026 do veículo placa PQR-5E18 (FIAT/TORO VOLCANO 2.0 D) já pode ser pago.
Final de placa 8: cota única com desconto até 19/02/2026 ou 1ª parcela na mesma data.

O licenciamento é digital: após o pagamento, o CRLV-e fica disponível no app Detran GO e na
Carteira Digital de Trânsito.

Departamento Estadual de Trânsito de Goiás""",
    ),
    m(
        "cr1a",
        "2025-09-12 16:22",
        "CREA-GO <art@crea-go.org.br>",
        "ART nº 1020250184472 registrada",
        N(),
        text="""CONSELHO REGIONAL DE ENGENHARIA E AGRONOMIA DE GOIÁS – CREA-GO

Prezado(a) profissional GUSTAVO HENRIQUE BORBA LEMES, RNP 1019874561,

A Anotação de Responsabilidade Técnica abaixo foi registrada:

ART nº: 1020250184472
Tipo: Obra/Serviço – Receituário agronômico
Contratante: Sítio Boa Vista (Santa Helena de Goiás)
Valor da taxa: R$ 103,03 – paga

A ART pode ser consultada e impressa no CREA-GO Online.""",
    ),
    m(
        "cr2b",
        "2026-01-05 08:00",
        "CREA-GO <anuidade@crea-go.org.br>",
        "Anuidade 2026 - boleto disponível",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>CREA-GO – Anuidade 2026</b></p>
<p>Prezado(a) Eng. Agr. GUSTAVO HENRIQUE BORBA LEMES,</p>
<p>O boleto da anuidade 2026 (pessoa física – nível superior) já está disponível no CREA-GO Online.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Cota única até 31/01/2026</td><td>R$ 623,40 (com 10% de desconto)</td></tr>
<tr><td>Cota única até 28/02/2026</td><td>R$ 658,03 (com 5% de desconto)</td></tr>
<tr><td>Parcelado</td><td>5x de R$ 138,53 (fev a jun)</td></tr>
</table>
<p>Manter a anuidade em dia é condição para o exercício legal da profissão e para a emissão de ARTs e certidões.</p>
<p><a href="https://online.crea-go.org.br/anuidade">Emitir boleto</a></p>
</body></html>""",
    ),
    m(
        "cr3c",
        "2026-01-29 09:00",
        "CREA-GO <anuidade@crea-go.org.br>",
        "Último dia para pagar a anuidade com 10% de desconto",
        N(),
        text="""Prezado(a) profissional,

Lembramos que 31/01 é o último dia para quitar a anuidade 2026 com 10% de desconto.
Consta em aberto para o seu registro: Anuidade 2026 – R$ 623,40.

Se já efetuou o pagamento, desconsidere.

CREA-GO – Valorização profissional e defesa da sociedade""",
    ),
    # --- the flat: ficha cadastral, approval, DocuSign lease, inspection ------------------------
    m(
        "vr1a",
        "2025-10-20 14:05",
        "Thaís Moraes | Veredas Imóveis <thais@veredasimoveis.example>",
        "Ficha cadastral - Apto 1202 Ed. Ipê Amarelo",
        N(),
        text="""Olá, Gustavo! Tudo bem?

Conforme conversamos na visita de sábado, segue o link da ficha cadastral para locação do
apartamento 1202 do Edifício Ipê Amarelo (Rua 12, Jardim Goiás):

https://veredasimoveis.example/ficha/ipe-1202?c=gl

Documentos (seus e da Larissa, como cônjuge/companheira):
- RG, CPF e comprovante de estado civil
- 3 últimos holerites ou declaração de IR
- Comprovante de residência atual
- Garantia: seguro fiança (a seguradora faz a análise) ou título de capitalização

A análise leva de 2 a 3 dias úteis.

Abraço,
Thaís Moraes
Corretora – CRECI 31.442
Veredas Imóveis – Rio Verde/GO""",
    ),
    m(
        "vr2b",
        "2025-10-24 10:41",
        VEREDAS,
        "Cadastro aprovado - locação Apto 1202",
        N(),
        text="""Prezado Gustavo Henrique Borba Lemes,

Informamos que sua ficha cadastral foi APROVADA pela seguradora (seguro fiança Porto –
análise nº 77321-04) para a locação do imóvel: Rua 12, nº 480, Apto 1202, Ed. Ipê Amarelo,
Jardim Goiás, Rio Verde/GO.

Aluguel: R$ 3.100,00 | Condomínio (aprox.): R$ 690,00 | IPTU: R$ 118,00/mês

Próximo passo: assinatura do contrato de locação, que enviaremos pela Docusign.

Veredas Imóveis – Locação""",
    ),
    m(
        "vr3c",
        "2025-10-27 16:20",
        "Thaís Moraes via Docusign <dse_NA3@docusign.net>",
        "Complete com a Docusign: Contrato de Locação Residencial - Apto 1202.pdf",
        N(),
        reply_to="Thaís Moraes <thais@veredasimoveis.example>",
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="640" style="background:#1e4ca1;color:#fff;padding:24px"><tr><td>
<p style="font-size:16px">Thaís Moraes enviou um documento para você revisar e assinar.</p>
<p style="text-align:center"><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=0d77c3e8-1f2b-4f41-a3e6-9c5b2e6f7d10" style="background:#ffc820;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">REVISAR DOCUMENTO</a></p>
</td></tr></table>
<table align="center" width="640" style="background:#fff;padding:24px;font-size:14px"><tr><td>
<p><b>Thaís Moraes</b><br>thais@veredasimoveis.example</p>
<p>Gustavo e Larissa, segue o contrato de locação do Apto 1202 para assinatura. Qualquer dúvida me chamem. Entrega das chaves após a vistoria.</p>
<p style="font-size:12px;color:#666"><b>Não compartilhe este e-mail</b><br>Este e-mail contém um link seguro para a Docusign.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "vr4d",
        "2025-10-29 11:12",
        "Thaís Moraes | Veredas Imóveis <thais@veredasimoveis.example>",
        "Vistoria de entrada - Apto 1202 - 01/11 às 9h",
        N(),
        text="""Gustavo, contrato assinado por todas as partes! 🎉

A vistoria de entrada ficou para sábado, 01/11, às 9h, com o vistoriador Sérgio. Na vistoria
vocês recebem as chaves e o laudo com fotos. Mandei convite na agenda.

Thaís""",
        ics=ics(
            "vr1202vist0rs3g8p1q@google.com",
            "2025-11-01 09:00",
            "Vistoria de entrada - Apto 1202 Ipê Amarelo",
            ("Thaís Moraes", "thais@veredasimoveis.example"),
            location="Rua 12, 480 - Jardim Goiás, Rio Verde - GO",
        ),
    ),
    m(
        "vr5e",
        "2025-11-28 08:00",
        VEREDAS,
        "Boleto de aluguel - vencimento 05/12 - Apto 1202",
        N(),
        text="""Prezado(a) locatário(a),

Segue o link do boleto referente ao aluguel de novembro/2025 (proporcional a partir de 01/11),
condomínio e IPTU:

Valor total: R$ 3.908,00
Vencimento: 05/12/2025
https://veredasimoveis.example/boleto/ipe1202/2025-11

Veredas Imóveis – Administração de Locação""",
    ),
    # --- MBA: inscrição, admissions interview, approval ----------------------------------------
    m(
        "ia1a",
        "2025-11-20 19:30",
        IAE,
        "Recebemos sua inscrição - MBA em Gestão do Agronegócio (turma 2026)",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#223">
<p>Olá, Gustavo Henrique!</p>
<p>Recebemos sua inscrição no processo seletivo do <b>MBA em Gestão do Agronegócio – turma 2026 (Goiânia, semipresencial)</b>.</p>
<p>Etapas do processo seletivo:</p>
<ol><li>Análise de currículo e carta de intenção</li><li>Entrevista com a coordenação (online)</li><li>Resultado e matrícula</li></ol>
<p>Em breve você receberá o link para agendar sua entrevista. Vagas limitadas a 40 alunos.</p>
<p>Secretaria Acadêmica – Instituto Agro Executivo (IAE)</p>
</body></html>""",
    ),
    m(
        "ia2b",
        "2025-11-27 11:00",
        "Prof. Dra. Helena Assis <helena.assis@iae-agro.example>",
        "Convite: Entrevista MBA Agronegócio - Gustavo H. B. Lemes @ qua 3 de dez de 2025 19:00 - 19:30 (BRT) (gustavo.hblemes@gmail.com)",
        N(),
        text="""Prof. Dra. Helena Assis convidou você para participar de uma reunião do Google Meet.

Entrevista MBA Agronegócio - Gustavo H. B. Lemes
quarta-feira, 3 de dezembro de 2025⋅19:00 – 19:30
Participar com o Google Meet: https://meet.google.com/rtc-wqmo-gbi

Descrição:
Entrevista do processo seletivo do MBA em Gestão do Agronegócio – turma 2026. Conversaremos
sobre sua carta de intenção e seus objetivos profissionais.

Convite do Google Agenda""",
        ics=ics(
            "iae2026mba8r4f1k0q@google.com",
            "2025-12-03 19:00",
            "Entrevista MBA Agronegócio - Gustavo H. B. Lemes",
            ("Prof. Dra. Helena Assis", "helena.assis@iae-agro.example"),
            minutes=30,
            description="Google Meet: https://meet.google.com/rtc-wqmo-gbi",
        ),
    ),
    m(
        "ia3c",
        "2025-12-08 17:45",
        IAE,
        "Parabéns! Você foi aprovado no processo seletivo do MBA",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#223">
<p>Olá, Gustavo Henrique!</p>
<p>É com alegria que comunicamos sua <b>aprovação</b> no processo seletivo do MBA em Gestão do Agronegócio – turma 2026.</p>
<p>Para garantir sua vaga, realize a matrícula até <b>19/12</b>. Alunos matriculados até essa data têm 15% de desconto nas mensalidades.</p>
<p><a href="https://iae-agro.example/matricula?t=2026-goiania&amp;c=GHBL">Fazer matrícula</a></p>
<p>Início das aulas: 07/03/2026. Encontros presenciais mensais em Goiânia (sexta e sábado).</p>
<p>Secretaria Acadêmica – IAE</p>
</body></html>""",
    ),
    m(
        "ia4d",
        "2026-02-02 09:00",
        IAE,
        "Boas-vindas à turma 2026 + calendário do 1º módulo",
        N(),
        text="""Olá, turma 2026!

Sejam muito bem-vindos ao MBA em Gestão do Agronegócio do IAE. Segue o calendário do primeiro
módulo (Economia e Mercados Agrícolas):

- 07/03 (sáb) – aula inaugural presencial, 8h às 17h – Goiânia
- 10/03 a 31/03 – atividades online
- 20 e 21/03 – encontro presencial

O acesso ao ambiente virtual será liberado em 01/03 com login e senha enviados por e-mail.

Coordenação – MBA Agronegócio IAE""",
    ),
    # --- events, webinars, a seed company's field day ------------------------------------------
    m(
        "bw1a",
        "2025-10-07 12:00",
        "Bionatus <eventos@bionatus.example>",
        "Webinar: Manejo biológico de nematoides na soja | 14/10, 19h",
        N(),
        headers={"List-Unsubscribe": "<https://bionatus.example/descadastrar>"},
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#2e7d32">Manejo biológico de nematoides na soja</h2>
<p>Com Dra. Paula Guedes (Bionatus) e Prof. Dr. Fernando Lins (UFG)</p>
<p><b>14 de outubro, 19h (Brasília)</b> · online e gratuito · certificado de participação</p>
<p>O evento já está na sua agenda: adicionamos o convite abaixo. Até lá!</p>
<p><a href="https://bionatus.example/webinar/nematoides">Acessar a sala</a></p>
<p style="font-size:11px;color:#888">Bionatus Soluções Biológicas – Uberlândia/MG</p>
</body></html>""",
        ics=ics(
            "webinar-nematoides-20251014@bionatus.example",
            "2025-10-14 19:00",
            "Webinar Bionatus: Manejo biológico de nematoides na soja",
            ("Bionatus Eventos", "eventos@bionatus.example"),
            minutes=90,
            location="https://bionatus.example/webinar/nematoides",
        ),
    ),
    m(
        "nd1a",
        "2026-01-19 10:00",
        "Northfield Sementes <eventos@northfieldseeds.example>",
        "Convite: Dia de Campo Northfield 2026 - Rio Verde",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Prezado(a) Gustavo,</p>
<p>A Northfield Sementes tem o prazer de convidar você para o <b>Dia de Campo Northfield 2026</b>, com apresentação dos novos materiais de soja
e milho safrinha para o Cerrado.</p>
<p><b>Data:</b> 05/02/2026, das 7h às 12h<br><b>Local:</b> Estação de Pesquisa Northfield – GO-174, km 4, Rio Verde/GO</p>
<p>Programação: estações técnicas, lançamentos, palestra de mercado e almoço de confraternização.</p>
<p>Confirme sua presença respondendo o convite anexo.</p>
<p>Equipe de Marketing – Northfield Sementes do Brasil</p>
</body></html>""",
        ics=ics(
            "diadecampo2026-rioverde@northfieldseeds.example",
            "2026-02-05 07:00",
            "Dia de Campo Northfield 2026 - Rio Verde",
            ("Northfield Sementes Eventos", "eventos@northfieldseeds.example"),
            minutes=300,
            style="outlook",
            location="Estação de Pesquisa Northfield - GO-174 km 4, Rio Verde/GO",
        ),
    ),
    m(
        "ag1a",
        "2026-02-03 15:10",
        "Agrishow <credenciamento@agrishow.com.br>",
        "Credenciamento confirmado - Agrishow 2026",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Olá, GUSTAVO HENRIQUE BORBA LEMES!</p>
<p>Seu credenciamento de visitante profissional para a <b>Agrishow 2026 – 31ª Feira Internacional de Tecnologia Agrícola em Ação</b> foi confirmado.</p>
<p><b>Quando:</b> 27 de abril a 1º de maio de 2026, das 8h às 18h<br><b>Onde:</b> Rodovia Antônio Duarte Nogueira, km 321 – Ribeirão Preto/SP</p>
<p>Apresente o QR Code abaixo nos totens de autoatendimento. Adicione a feira à sua agenda com o convite anexo.</p>
<p>Código de credenciamento: AGS26-VP-0918837</p>
</body></html>""",
        ics=ics(
            "agrishow2026-visitante-0918837@agrishow.com.br",
            "2026-04-27 08:00",
            "Agrishow 2026 - Ribeirão Preto",
            ("Agrishow", "credenciamento@agrishow.com.br"),
            minutes=600,
            location="Rod. Antônio Duarte Nogueira km 321, Ribeirão Preto/SP",
        ),
    ),
    m(
        "ts1a",
        "2026-02-18 11:30",
        "Tecnoshow <contato@tecnoshowcomigo.com.br>",
        "Tecnoshow 2026: faça seu credenciamento antecipado",
        N(),
        headers={"List-Unsubscribe": "<https://www.tecnoshowcomigo.com.br/descadastro>"},
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>A maior vitrine de tecnologia agropecuária do Centro-Oeste está chegando!</p>
<p><b>Tecnoshow 2026</b> · 6 a 10 de abril · Centro Tecnológico, Rio Verde/GO</p>
<p>Faça agora seu credenciamento antecipado e evite filas. Mais de 600 expositores, lançamentos de máquinas, palestras e dinâmicas de campo.</p>
<p><a href="https://www.tecnoshowcomigo.com.br/credenciamento">Quero me credenciar</a></p>
</body></html>""",
    ),
    # --- newsletters (one "interviews" the mill's agricultural director) -----------------------
    m(
        "bs1a",
        "2025-09-22 06:00",
        SAFRA,
        "Boletim Safra Cerrado #212 | Plantio da soja começa com chuvas irregulares",
        N(),
        headers={
            "List-Unsubscribe": "<https://safracerrado.example/descadastrar?e=gustavo.hblemes>"
        },
        html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<h2>Plantio da soja começa com chuvas irregulares no Sudoeste</h2>
<p>Produtores de Rio Verde e Montividiu aguardam volume acumulado de pelo menos 50 mm antes de entrar com as plantadeiras. Vazio
sanitário terminou em 14/09.</p>
<h3>Mercado</h3><p>Soja disponível em Rio Verde: R$ 121,50/sc · Milho: R$ 58,00/sc</p>
<h3>Agenda</h3><p>29/09 – Fórum de Fitossanidade, Jataí · 02/10 – Dia de campo de ILPF, Montividiu</p>
"""
        + SAFRA_FOOTER
        + "</body></html>",
    ),
    m(
        "bs2b",
        "2025-11-18 06:00",
        SAFRA,
        "Entrevista com o diretor agrícola da Usina Santa Helena: “a soqueira é o nosso maior ativo”",
        N(),
        headers={
            "List-Unsubscribe": "<https://safracerrado.example/descadastrar?e=gustavo.hblemes>"
        },
        html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<h2>ENTREVISTA | Osmar Freitas, diretor agrícola da Usina Santa Helena (Grupo Buriti)</h2>
<p><i>Com 38 mil hectares de cana em Quirinópolis, a unidade do Grupo Buriti fechou a safra 25/26 com ATR médio de 141 kg/t.
Conversamos com Osmar Freitas sobre tratos culturais, mecanização e falta de mão de obra.</i></p>
<p><b>Boletim Safra Cerrado:</b> Qual foi o maior desafio da safra?<br>
<b>Osmar Freitas:</b> O clima, de novo. Tivemos 110 dias sem chuva e o incêndio de agosto. A soqueira é o nosso maior ativo,
então investimos pesado em adubação e controle de broca.</p>
<p><b>BSC:</b> E a contratação de técnicos e agrônomos?<br>
<b>OF:</b> É o nosso gargalo. Competimos com as tradings e com as revendas por agrônomos. Estamos revendo a estrutura da área
agrícola para a próxima safra.</p>
<p><a href="https://safracerrado.example/entrevistas/osmar-freitas-usina-santa-helena">Leia a entrevista completa</a></p>
"""
        + SAFRA_FOOTER
        + "</body></html>",
    ),
    m(
        "bs3c",
        "2026-01-26 06:00",
        SAFRA,
        "Boletim Safra Cerrado #230 | Colheita da soja avança; ferrugem preocupa em MT",
        N(),
        headers={
            "List-Unsubscribe": "<https://safracerrado.example/descadastrar?e=gustavo.hblemes>"
        },
        html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<h2>Colheita da soja avança no Sudoeste goiano</h2>
<p>A colheita atinge 18% da área em Rio Verde. Em Mato Grosso, focos de ferrugem-asiática em áreas tardias de Sorriso e Nova
Mutum acendem o alerta para a safrinha.</p>
<h3>Vagas e gente</h3><p>A Veridia Crop Science anunciou a ampliação do time técnico no Cerrado; a Graneza inaugura armazém em Montividiu.</p>
<h3>Mercado</h3><p>Soja em Rio Verde: R$ 116,00/sc · Milho: R$ 61,50/sc</p>
"""
        + SAFRA_FOOTER
        + "</body></html>",
    ),
    m(
        "am1a",
        "2025-10-14 18:10",
        "AgroMercado Diário <diario@agromercado.example>",
        "Fechamento: soja cai em Chicago; dólar a R$ 5,41",
        N(),
        headers={"List-Unsubscribe": "<https://agromercado.example/sair>"},
        text="""AGROMERCADO DIÁRIO – 14/10/2025

SOJA – CBOT jan/26: US$ 10,18/bu (-0,9%). Rio Verde: R$ 121,00 | Sorriso: R$ 113,50
MILHO – B3 nov/25: R$ 64,12. Rio Verde: R$ 58,50
ALGODÃO – ICE dez/25: 65,8 ¢/lb
DÓLAR – R$ 5,41 (+0,3%)

Destaque: chuvas devem se regularizar no Centro-Oeste a partir de 20/10, segundo modelos.

Para deixar de receber, responda SAIR.""",
    ),
    m(
        "am2b",
        "2026-02-11 18:05",
        "AgroMercado Diário <diario@agromercado.example>",
        "Fechamento: prêmios de exportação sobem com atraso no porto",
        N(),
        headers={"List-Unsubscribe": "<https://agromercado.example/sair>"},
        text="""AGROMERCADO DIÁRIO – 11/02/2026

SOJA – CBOT mar/26: US$ 10,42/bu (+0,6%). Rio Verde: R$ 117,00 | Sorriso: R$ 110,00
MILHO – B3 mar/26: R$ 68,30
Fila de navios em Paranaguá chega a 61; prêmios sobem 12 centavos.

Para deixar de receber, responda SAIR.""",
    ),
    m(
        "cl1a",
        "2025-11-02 05:30",
        "Climatempo <alertas@climatempo.com.br>",
        "Alerta: temporais com granizo em Rio Verde (GO) nesta tarde",
        N(),
        text="""ALERTA CLIMATEMPO – Rio Verde/GO – 02/11/2025

Risco ALTO de temporais entre 14h e 20h, com rajadas de vento de até 70 km/h e possibilidade
de granizo. Acumulado previsto: 40 a 60 mm.

Acompanhe pelo app Climatempo.""",
    ),
    m(
        "cl2b",
        "2026-01-14 05:30",
        "Climatempo <alertas@climatempo.com.br>",
        "Veranico: 8 dias sem chuva no Sudoeste de Goiás",
        N(),
        text="""ALERTA CLIMATEMPO – Sudoeste de Goiás

Previsão de veranico entre 15 e 22/01, com temperaturas máximas de até 35 °C e umidade
relativa abaixo de 40% à tarde. Atenção ao enchimento de grãos da soja semeada em novembro.""",
    ),
    # --- LinkedIn notifications (not about his search) -----------------------------------------
    m(
        "ln1a",
        "2025-10-02 12:30",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Parabenize Thiago Marchetti pelo novo cargo",
        N(),
        text="""Thiago Marchetti começou um novo cargo: Consultor Técnico Sênior na Solo Vivo Consultoria Agronômica.

Dê os parabéns: https://www.linkedin.com/comm/feed/update/urn:li:activity:7381120045/?trk=eml-congrats

Você está recebendo notificações de atualizações da sua rede.
Cancelar inscrição: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "ln2b",
        "2026-02-04 19:02",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Gustavo, 38 pessoas reagiram à sua publicação",
        N(),
        text="""Sua publicação está fazendo sucesso

“Feliz em compartilhar que estou começando uma nova etapa como Technical Sales Representative
na Veridia Crop Science! Obrigado à Agrocampo pelos 6 anos de aprendizado...”

38 reações · 21 comentários
Ver publicação: https://www.linkedin.com/comm/feed/update/urn:li:activity:7425531190/

© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    # --- shops and marketing "ofertas" ---------------------------------------------------------
    m(
        "ml1a",
        "2025-09-09 19:00",
        ML,
        "Ofertas do dia que acabam hoje ⏰",
        N(),
        headers={"List-Unsubscribe": "<https://www.mercadolivre.com.br/unsubscribe>"},
        html="""<html><body style="font-family:Proxima Nova,Arial,sans-serif;font-size:14px">
<p>Gustavo, aproveite antes que acabe!</p>
<p>🔥 Botina de segurança bico PU – <s>R$ 219</s> <b>R$ 149</b><br>🔥 Smartwatch Amazfit – 32% OFF<br>🔥 Caixa térmica 45L – frete grátis</p>
<p><a href="https://www.mercadolivre.com.br/ofertas?utm_source=email">Ver todas as ofertas</a></p>
</body></html>""",
    ),
    m(
        "ml2b",
        "2025-10-30 20:15",
        "Mercado Livre <compras@mercadolivre.com.br>",
        "Você comprou Furadeira de impacto Bosch 750W",
        N(),
        text="""Olá, Gustavo!

Recebemos seu pagamento de R$ 389,90 (Pix). Seu pedido #2000009847713022 – Furadeira de
impacto Bosch GSB 750W – será enviado por Mercado Envios Full.

Previsão de entrega: entre 3 e 4 de novembro.""",
    ),
    m(
        "ml3c",
        "2025-11-03 13:22",
        "Mercado Livre <envios@mercadolivre.com.br>",
        "Seu pacote foi entregue",
        N(),
        text="""Entregamos seu pacote! Furadeira de impacto Bosch GSB 750W foi entregue em Rua 12, 480,
Apto 1202 – Jardim Goiás. Recebido por: Porteiro Antônio.

Como foi sua compra? Avalie o produto: https://www.mercadolivre.com.br/avaliar/2000009847713022""",
    ),
    m(
        "ml4d",
        "2025-11-28 07:00",
        ML,
        "BLACK FRIDAY: ofertas imperdíveis com até 70% OFF",
        N(),
        headers={"List-Unsubscribe": "<https://www.mercadolivre.com.br/unsubscribe>"},
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>Black Friday Mercado Livre</b> – só hoje!</p>
<p>Air fryer 5L por R$ 299 · Smart TV 55" 4K por R$ 2.199 · Jogo de panelas por R$ 189</p>
<p>Uma oferta especial para você, Gustavo: cupom de R$ 50 em compras acima de R$ 400.</p>
<p><a href="https://www.mercadolivre.com.br/blackfriday?c=BF50">Aproveitar</a></p>
</body></html>""",
    ),
    m(
        "ae1a",
        "2025-09-26 10:00",
        "Americanas <news@americanas.com.br>",
        "Gustavo, ofertas de arrasar pra sua casa nova 🏠",
        N(),
        headers={"List-Unsubscribe": "<https://www.americanas.com.br/descadastro>"},
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Ofertas selecionadas pra você:</p>
<p>Geladeira Frost Free 480L – R$ 3.499 em 10x<br>Sofá retrátil 3 lugares – R$ 1.299<br>Cafeteira espresso – R$ 399</p>
<p>Frete grátis para Rio Verde acima de R$ 99.</p>
</body></html>""",
    ),
    m(
        "ae2b",
        "2025-12-20 10:00",
        "Americanas <news@americanas.com.br>",
        "Última chance pra presentear no Natal 🎁 Ofertas com entrega rápida",
        N(),
        headers={"List-Unsubscribe": "<https://www.americanas.com.br/descadastro>"},
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Ainda dá tempo! Presentes com entrega até 24/12:</p>
<p>Perfumes a partir de R$ 79 · Fones Bluetooth a partir de R$ 99 · Brinquedos com até 50% OFF</p>
</body></html>""",
    ),
    m(
        "mg1a",
        "2026-01-06 09:00",
        "Magalu <ofertas@magazineluiza.com.br>",
        "Uma proposta irrecusável: liquidação de verão",
        N(),
        headers={"List-Unsubscribe": "<https://www.magazineluiza.com.br/descadastro>"},
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Gustavo, a Liquidação de Verão começou!</p>
<p>Ar-condicionado split 12.000 BTUs – R$ 1.899 · Ventilador de coluna – R$ 199 · Piscina 3.000L – R$ 349</p>
</body></html>""",
    ),
    # --- bills and services --------------------------------------------------------------------
    m(
        "eq1a",
        "2025-09-18 03:12",
        "Equatorial Goiás <fatura@equatorialenergia.com.br>",
        "Sua conta de energia chegou - vencimento 29/09",
        N(),
        text="""Olá, GUSTAVO HENRIQUE BORBA LEMES

Sua fatura de energia referente a 09/2025 está disponível.
Unidade consumidora: 1012448803
Valor: R$ 287,44
Vencimento: 29/09/2025
Consumo: 318 kWh

Pague com Pix pelo código na fatura ou cadastre o débito automático.
Equatorial Goiás""",
    ),
    m(
        "eq2b",
        "2025-12-17 03:10",
        "Equatorial Goiás <fatura@equatorialenergia.com.br>",
        "Sua conta de energia chegou - vencimento 29/12",
        N(),
        text="""Olá, GUSTAVO HENRIQUE BORBA LEMES

Sua fatura de energia referente a 12/2025 está disponível.
Unidade consumidora: 1013907152 (Rua 12, 480, Apto 1202)
Valor: R$ 412,90
Vencimento: 29/12/2025
Consumo: 455 kWh – bandeira tarifária amarela

Equatorial Goiás""",
    ),
    m(
        "cl3a",
        "2025-11-04 16:00",
        "Claro <claro@e.claro.com.br>",
        "Instalação da Claro internet confirmada",
        N(),
        text="""Olá, Gustavo!

A instalação da sua Claro internet 600 Mega no endereço Rua 12, 480 – Apto 1202 foi agendada
para 06/11, no período da manhã (8h às 12h). Nosso técnico estará identificado com crachá.

Protocolo: 2025110488213""",
    ),
    m(
        "nf1a",
        "2025-10-11 12:00",
        "Netflix <info@account.netflix.com>",
        "Atualize sua forma de pagamento",
        N(),
        text="""Olá, Gustavo,

Não conseguimos processar o pagamento da sua assinatura Padrão. Atualize sua forma de
pagamento para continuar assistindo.

https://www.netflix.com/youraccount

– Equipe Netflix""",
    ),
    m_utc(
        "sp1a",
        "2025-12-03 15:00",
        "Spotify <no-reply@spotify.com>",
        "Sua Retrospectiva 2025 chegou 🎧",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:15px;background:#121212;color:#fff">
<p>Gustavo, sua Retrospectiva 2025 está pronta!</p>
<p>Você ouviu 31.208 minutos este ano. Seu artista mais ouvido: Henrique &amp; Juliano. Seu gênero: sertanejo universitário.</p>
<p><a href="https://open.spotify.com/wrapped" style="color:#1db954">Ver minha Retrospectiva</a></p>
</body></html>""",
    ),
    m(
        "if1a",
        "2025-10-25 21:14",
        "iFood <pedidos@ifood.com.br>",
        "Seu pedido foi entregue! Avalie",
        N(),
        text="""Oi, Gustavo! Seu pedido da Pizzaria Forno a Lenha Rio Verde foi entregue.

1x Pizza grande meia calabresa / meia frango com catupiry
1x Guaraná 2L
Total: R$ 92,90

Como foi? Avalie seu pedido no app.""",
    ),
    m(
        "if2b",
        "2026-01-31 20:40",
        "iFood <pedidos@ifood.com.br>",
        "Seu pedido foi entregue! Avalie",
        N(),
        text="""Oi, Gustavo! Seu pedido do Sushi Kaizen foi entregue.

1x Combinado 40 peças
1x Temaki salmão
Total: R$ 139,80""",
    ),
    m(
        "az1a",
        "2025-09-24 13:41",
        "Azul Linhas Aéreas <noreply@voeazul.com.br>",
        "Sua reserva está confirmada - Localizador QX7R2M",
        N(),
        text="""Olá, GUSTAVO LEMES!

Sua reserva está confirmada.

Localizador: QX7R2M
03/10 – GYN 20:25 → CGB 21:10 (AD 4312)
05/10 – CGB 16:40 → GYN 19:20 (AD 4317)

Faça o check-in pelo app a partir de 48h antes do voo.
Azul Linhas Aéreas Brasileiras S.A.""",
    ),
    m(
        "az2b",
        "2025-10-02 08:00",
        "Azul Linhas Aéreas <noreply@voeazul.com.br>",
        "Check-in aberto: Goiânia → Cuiabá",
        N(),
        text="""GUSTAVO, o check-in para o seu voo AD 4312 (03/10, GYN 20:25 → CGB 21:10) já está aberto.

Faça agora pelo app ou site e escolha seu assento: https://www.voeazul.com.br/checkin""",
    ),
    m(
        "ub1a",
        "2025-10-03 21:52",
        "Uber Receipts <noreply@uber.com>",
        "Seu recibo de viagem com a Uber - sexta-feira",
        N(),
        text="""Obrigado por viajar com a Uber, Gustavo

Total: R$ 38,72
UberX · 14,3 km · 24 min
Aeroporto Internacional Marechal Rondon → Hotel Ibis Cuiabá Centro

Pagamento: Visa ••••4471""",
    ),
    m(
        "ga1a",
        "2025-12-27 23:11",
        "Google <no-reply@accounts.google.com>",
        "Alerta de segurança",
        N(),
        text="""Um novo login na sua Conta do Google

gustavo.hblemes@gmail.com
Detectamos um novo login na sua Conta do Google em um dispositivo Samsung Galaxy S24. Se foi
você, não é preciso fazer nada. Caso contrário, vamos ajudar a proteger sua conta.

Verificar atividade: https://myaccount.google.com/notifications

Você recebeu este e-mail para ser informado sobre mudanças importantes na sua Conta do Google.""",
    ),
    m(
        "cd1a",
        "2025-11-10 18:00",
        "Condomínio Ed. Ipê Amarelo <sindico.ipeamarelo@gmail.com>",
        "Comunicado - Assembleia Geral Ordinária 27/11",
        N(),
        text="""Prezados condôminos,

Convocamos todos para a Assembleia Geral Ordinária no dia 27/11, às 19h30 em primeira
chamada e 20h em segunda, no salão de festas.

Pauta:
1. Prestação de contas 2025
2. Previsão orçamentária 2026
3. Troca do portão da garagem
4. Regras de uso da piscina

A presença de todos é muito importante.

Síndico Waldemar – Ed. Ipê Amarelo""",
    ),
    m(
        "cd2b",
        "2026-01-20 18:30",
        "Condomínio Ed. Ipê Amarelo <sindico.ipeamarelo@gmail.com>",
        "Manutenção dos elevadores 22/01",
        N(),
        text="""Prezados,

Na quinta-feira (22/01) os elevadores social e de serviço passarão por manutenção preventiva
das 8h às 12h. Pedimos a compreensão de todos.

Administração""",
    ),
    m(
        "sf9a",
        "2026-02-16 07:00",
        "Smart Fit <noreply@smartfit.com.br>",
        "Gustavo, sentimos sua falta! 💪",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Faz 21 dias que você não treina na unidade Rio Verde Buriti Shopping.</p>
<p>Que tal voltar hoje? Seu plano Black continua ativo.</p>
</body></html>""",
    ),
    m(
        "su9n",
        "2025-12-15 12:00",
        "Surcos <novedades@surcos.example>",
        "Surcos | Novedades de diciembre: ¡llegamos a Brasil! 🇧🇷",
        N("es"),
        headers={"List-Unsubscribe": "<https://surcos.example/baja?u=ghbl>"},
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#243b2f">
<h2>¡Llegamos a Brasil!</h2>
<p>Este mes firmamos con los primeros productores de Goiás y Mato Grosso: más de 85.000 hectáreas de soja ya se monitorean con Surcos.
Estamos armando el equipo local (¡se viene oficina en Rio Verde!).</p>
<h3>Nuevo en la plataforma</h3>
<ul><li>Alertas de estrés hídrico con imágenes Sentinel-2 cada 5 días</li><li>Estimación de rendimiento por ambiente a partir de R3</li></ul>
<p>¿Querés ver una demo? <a href="https://surcos.example/demo">Agendá una llamada</a></p>
<p style="font-size:11px">Surcos SAS · Rosario, Santa Fe · <a href="https://surcos.example/baja?u=ghbl">Darme de baja</a></p>
</body></html>""",
    ),
    m(
        "ln3c",
        "2025-10-28 08:40",
        "LinkedIn <invitations@linkedin.com>",
        "Marcela Prado aceitou seu convite",
        N(),
        text="""Marcela Prado aceitou seu convite para se conectar.
Sócia | Raiz Executive Search

Envie uma mensagem para Marcela: https://www.linkedin.com/comm/messaging/compose/?recipient=marcelaprado

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "cv6f",
        "2025-11-07 14:31",
        CREDIVERDE,
        "Comprovante de Pix enviado",
        N(),
        text="""Comprovante de transferência Pix

Valor: R$ 80,00
Para: HENRIQUE AZEVEDO SILVA – chave henrique.azevedo.agro@gmail.com
Data: 07/11/2025 14:31
ID da transação: E7318401202511071731s0a8b1c2d3

Crediverde – Cooperativa de Crédito dos Produtores do Cerrado""",
    ),
    m(
        "un1a",
        "2025-12-05 07:00",
        "Unimed <boleto@unimed.coop.br>",
        "Boleto do seu plano de saúde - dezembro/2025",
        N(),
        text="""Prezado(a) beneficiário(a) GUSTAVO HENRIQUE BORBA LEMES,

O boleto do seu plano Unimed Flex Regional referente a dezembro/2025 está disponível.
Valor: R$ 684,12 (titular + 1 dependente) – Vencimento: 15/12/2025

Acesse: https://www.unimed.coop.br/2via

Com a admissão em novo emprego, verifique a portabilidade de carências.""",
    ),
    m(
        "cu1a",
        "2026-01-09 06:00",
        "Revista Cultivar <newsletter@revistacultivar.example>",
        "Cultivar Grandes Culturas: edição de janeiro já está no ar",
        N(),
        headers={"List-Unsubscribe": "<https://revistacultivar.example/sair>"},
        html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<p><b>Nesta edição:</b></p>
<ul><li>Percevejo-marrom: resistência a inseticidas no Cerrado</li><li>Mancha-alvo: o que os ensaios em rede mostraram na safra 24/25</li>
<li>Entrevista: o pesquisador que mapeou a buva resistente no Paraná</li></ul>
<p><a href="https://revistacultivar.example/edicao/2026-01">Ler a edição</a></p>
</body></html>""",
    ),
    m(
        "ml5e",
        "2026-01-17 11:12",
        "Mercado Livre <perguntas@mercadolivre.com.br>",
        "Você recebeu uma pergunta no seu anúncio",
        N(),
        text="""Pergunta sobre "Fiat Toro Volcano 2.0 diesel 2021 - único dono":

"Boa tarde, aceita troca em caminhonete menor? Faz proposta pra pagamento à vista?"

Responder: https://www.mercadolivre.com.br/vendas/perguntas""",
    ),
    m(
        "ip9a",
        "2026-02-10 09:00",
        "IPAC - Comunicação <comunicacao@ipac.example>",
        "Convite: Dia de Campo Soja Sustentável - IPAC Rio Verde",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>O Instituto de Pesquisa Agropecuária do Cerrado convida produtores, técnicos e estudantes para o <b>Dia de Campo Soja Sustentável</b>.</p>
<p><b>25/02/2026, 7h30</b> · Campo Experimental IPAC – Rio Verde/GO</p>
<p>Estações: bioinsumos, manejo de nematoides, plantas de cobertura e ILPF. Entrada gratuita, inscrições pelo site.</p>
<p><a href="https://ipac.example/eventos/dia-de-campo-soja-2026">Inscreva-se</a></p>
</body></html>""",
    ),
    m(
        "pr1a",
        "2026-01-28 10:00",
        "Prefeitura de Rio Verde <iptu@rioverde.go.gov.br>",
        "IPTU 2026 disponível - desconto de 10% na cota única",
        N(),
        text="""Prezado(a) contribuinte,

O carnê do IPTU 2026 está disponível no portal do contribuinte. Pagamento em cota única com
10% de desconto até 10/03/2026 ou em até 10 parcelas.

https://www.rioverde.go.gov.br/iptu

Secretaria Municipal da Fazenda – Rio Verde/GO""",
    ),
    m(
        "dc3c",
        "2025-09-19 12:00",
        DOCTORALIA_,
        "Como foi sua consulta com Dra. Fernanda Siqueira?",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Olá Gustavo, sua opinião ajuda outros pacientes! Avalie sua consulta de 17/09 com a Dra. Fernanda Siqueira.</p>
<p>⭐⭐⭐⭐⭐ <a href="https://www.doctoralia.com.br/opiniao/nova?d=79221845">Deixar opinião</a></p>
</body></html>""",
    ),
]
