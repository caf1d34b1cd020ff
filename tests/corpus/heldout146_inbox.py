# ruff: noqa: E501, RUF100
"""Corpus 146, the ordinary inbox part one (data only): banks, government, housing, shops,
accounts, newsletters and a webinar. See heldout146.py."""

from __future__ import annotations

from typing import Any

from heldout146_jobs import N, ics, m

NU = "Nubank <todomundo@nubank.com.br>"
INTER = "Inter <comunicacao@inter.co>"
QA = "QuintoAndar <naoresponda@quintoandar.com.br>"
ZAFFARI = "Zaffari <ofertas@zaffari.com.br>"
RENNER = "Renner <renner@comunicacao.lojasrenner.com.br>"
TED = "T&D em Pauta <tdempauta@substack.com>"
SYMPLA = "Sympla <naoresponda@sympla.com.br>"


def fatura(key: str, when: str, month: str, total: str, due: str) -> dict[str, Any]:
    return m(
        key,
        when,
        NU,
        f"A fatura de {month} fechou",
        N(),
        f"""Oi, Thaís

A fatura do seu cartão de crédito fechou.

Valor: R$ {total}
Vencimento: {due}

Você pode pagar com Pix, boleto ou débito automático direto no app. Se preferir, também dá
para parcelar a fatura.

Abrir o app: https://nubank.com.br/app

Nu Pagamentos S.A. - Instituição de Pagamento
Ouvidoria: 0800 887 0463 (dias úteis, das 8h às 18h)
Este e-mail foi enviado automaticamente. Por favor, não responda.
""",
    )


WEBINAR = ics(
    "sympla-evento-3012877-ticket-88231@sympla.com.br",
    "2025-10-09 19:00",
    "Webinar: Design Instrucional na era da IA generativa",
    ("Comunidade DI Brasil", "eventos@comunidadedi.example"),
    minutes=90,
    location="https://www.youtube.com/live/dI-webinar-ia",
    description="Transmissão ao vivo no YouTube. Link também na sua área de ingressos da Sympla.",
)

MAIL: list[dict[str, Any]] = [
    # --- banks, cards, loans -------------------------------------------------------------------
    fatura("aa01", "2025-09-05 06:12", "setembro", "1.284,37", "12 SET"),
    fatura("aa02", "2025-10-05 06:09", "outubro", "2.031,90", "12 OUT"),
    fatura("aa03", "2025-11-05 06:15", "novembro", "1.516,44", "12 NOV"),
    fatura("aa04", "2025-12-05 06:11", "dezembro", "1.977,02", "12 DEZ"),
    fatura("aa05", "2026-01-05 06:14", "janeiro", "3.410,58", "12 JAN"),
    m(
        "aa06",
        "2025-09-30 20:41",
        NU,
        "Você recebeu um Pix de R$ 45,00",
        N(),
        """Oi, Thaís

Você recebeu uma transferência via Pix.

De: BRUNA LEMOS DA SILVA
Valor: R$ 45,00
Mensagem: "pizza de sexta 🍕"

Nu Pagamentos S.A. - Instituição de Pagamento
""",
    ),
    m(
        "aa07",
        "2025-10-02 11:30",
        INTER,
        "Thaís, seu cartão de crédito pré-aprovado está te esperando 💳",
        N(),
        html="""<html><body style="font-family:Arial;background:#fff7f0">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px">
<img src="https://marketing.inter.co/img/logo-inter.png" alt="Inter" width="90">
<h2 style="color:#ff7a00">Seu cartão Inter Mastercard está pré-aprovado!</h2>
<p>Oi, Thaís! Analisamos seu perfil e você tem um <b>cartão de crédito pré-aprovado</b> com anuidade zero, cashback e limite de até R$ 4.500.</p>
<p>A solicitação é 100% digital e leva menos de 2 minutos.</p>
<p><a href="https://inter.co/cartao?utm_source=email&amp;utm_campaign=preaprovado_out25" style="background:#ff7a00;color:#fff;padding:12px 20px;text-decoration:none">Solicitar meu cartão</a></p>
<p style="font-size:10px;color:#999">Oferta sujeita a análise de crédito no momento da contratação. Banco Inter S.A. - CNPJ 00.416.968/0001-01. Para não receber mais ofertas, <a href="https://inter.co/descadastro">clique aqui</a>.</p>
</div></body></html>""",
    ),
    m(
        "aa08",
        "2025-11-08 09:20",
        INTER,
        "Sua proposta de empréstimo foi aprovada - confira as condições",
        N(),
        """Oi, Thaís!

Boa notícia: temos uma proposta de empréstimo pessoal aprovada para você.

Valor disponível: até R$ 12.000,00
Parcelas: de 6 a 48 meses
Taxa a partir de 2,49% a.m.
Primeira parcela só em 60 dias

Para contratar, acesse o app Inter > Crédito > Empréstimo pessoal. A proposta é válida até
30/11/2025.

Crédito sujeito a análise. CET e demais condições disponíveis no app antes da contratação.
Banco Inter S.A. | SAC 0800 940 9999 | Ouvidoria 0800 940 7772
""",
    ),
    m(
        "aa09",
        "2025-09-17 13:02",
        "Credfácil Consignados <ofertas@credfacil-consig.example>",
        "EMPRÉSTIMO CONSIGNADO LIBERADO PARA VOCÊ - taxa reduzida!!!",
        N(),
        """Prezado(a) cliente,

Seu CPF possui margem consignável disponível! Empréstimo consignado para aposentados,
pensionistas do INSS, servidores públicos e trabalhadores CLT (Crédito do Trabalhador).

✔ Liberação em até 24h
✔ Sem consulta ao SPC/Serasa
✔ Taxas a partir de 1,66% a.m.

Fale com um consultor pelo WhatsApp: (51) 99402-1187

Credfácil Consignados - correspondente bancário. Se não deseja receber nossas mensagens,
responda SAIR.
""",
    ),
    m(
        "aa10",
        "2025-12-20 10:48",
        NU,
        "Sua solicitação de aumento de limite foi analisada",
        N(),
        """Oi, Thaís

Analisamos sua solicitação e temos uma boa notícia: seu limite do cartão de crédito foi
aumentado para R$ 6.200,00. O novo limite já está disponível no app.

Lembre-se: limite não é renda extra. Use com consciência. 💜

Nu Pagamentos S.A. - Instituição de Pagamento
""",
    ),
    m(
        "aa11",
        "2025-10-22 15:10",
        "Serasa <noreply@serasa.com.br>",
        "Seu Score subiu! Veja o que mudou",
        N(),
        """Olá, Thaís!

Seu Serasa Score subiu 38 pontos e agora está em 782 - considerado BOM.

Pagar as contas em dia e manter o Cadastro Positivo ativo ajudam a manter o score alto.

Ver meu score: https://www.serasa.com.br/score?utm_source=email

Serasa Experian - Av. das Nações Unidas, 14.401 - São Paulo/SP
""",
    ),
    m(
        "aa12",
        "2025-11-03 08:14",
        INTER,
        "Comprovante de pagamento - Boleto",
        N(),
        """Comprovante de pagamento de boleto

Beneficiário: FUNDACAO UNIVERSIDADE EMPRESA DE TECNOLOGIA E CIENCIAS
Pagador: THAIS SCHNEIDER FARIAS
Valor pago: R$ 98,00
Data do pagamento: 03/11/2025 08:13
Código de autenticação: 9A4C.E21F.0B77.3D10

Banco Inter S.A.
""",
    ),
    m(
        "aa13",
        "2026-02-20 07:30",
        NU,
        "Seu informe de rendimentos 2025 já está disponível",
        N(),
        """Oi, Thaís

O informe de rendimentos do ano-calendário 2025 já está disponível no app, em Perfil >
Informes de rendimentos. Ele vai te ajudar na declaração do Imposto de Renda 2026.

Nu Pagamentos S.A. - Instituição de Pagamento / Nu Financeira S.A.
""",
    ),
    m(
        "aa14",
        "2026-01-15 16:05",
        "Sulcredi Raízes <atendimento@raizes.sulcredi.example>",
        "Bem-vinda à cooperativa, Thaís! Sua conta está aberta",
        N(),
        """Olá, Thaís!

Que alegria ter você como associada da Sulcredi Raízes! Sua conta corrente foi aberta com
sucesso:

Agência: 0117 | Conta: 48291-3
Cota capital integralizada: R$ 50,00

Baixe o app Sulcredi, cadastre sua senha e aproveite os benefícios de fazer parte de uma
instituição financeira cooperativa: aqui, quem usa também é dono.

Sua gerente de relacionamento é a Tatiane (51) 3218-0117.

Sulcredi Raízes - Cooperativa de Crédito | Ouvidoria 0800 646 2519
""",
    ),
    # --- government ---------------------------------------------------------------------------
    m(
        "ab01",
        "2025-09-08 19:22",
        "gov.br <naoresponda@acesso.gov.br>",
        "Sua conta gov.br agora é nível Ouro",
        N(),
        """Olá, THAIS SCHNEIDER FARIAS,

O nível da sua conta gov.br foi alterado para OURO após a validação facial pelo aplicativo.

Com o nível Ouro você acessa todos os serviços digitais do governo, como a Carteira de
Trabalho Digital, o Meu INSS e a Declaração de Imposto de Renda pré-preenchida.

Se não foi você, acesse https://contas.acesso.gov.br/privacidade e altere sua senha.

Governo Federal - Ministério da Gestão e da Inovação em Serviços Públicos
""",
    ),
    m(
        "ab02",
        "2025-09-30 10:00",
        "Receita Federal <naoresponda@rfb.gov.br>",
        "Restituição do IRPF 2025 creditada",
        N(),
        """Prezada contribuinte,

Informamos que a restituição do Imposto sobre a Renda da Pessoa Física - exercício 2025 - foi
creditada na conta bancária indicada na declaração.

Valor: R$ 1.133,72 (com correção pela taxa Selic)

Consulte os detalhes no e-CAC ou no aplicativo Meu Imposto de Renda.

ATENÇÃO: a Receita Federal não envia links para download nem solicita dados por e-mail.

Receita Federal do Brasil
""",
    ),
    m(
        "ab03",
        "2025-11-02 22:37",
        "gov.br <naoresponda@acesso.gov.br>",
        "Novo acesso à sua conta gov.br",
        N(),
        """Olá, THAIS SCHNEIDER FARIAS,

Identificamos um novo acesso à sua conta gov.br.

Data: 02/11/2025 22:36
Dispositivo: Chrome em Windows
Local aproximado: Porto Alegre/RS

Se foi você, desconsidere esta mensagem. Caso contrário, altere sua senha imediatamente em
https://contas.acesso.gov.br/alterar-senha.
""",
    ),
    m(
        "ab04",
        "2026-02-04 14:22",
        "Carteira de Trabalho Digital <naoresponda@mte.gov.br>",
        "Novo registro na sua Carteira de Trabalho Digital",
        N(),
        """Olá, THAIS SCHNEIDER FARIAS,

Há uma nova informação na sua Carteira de Trabalho Digital:

Contrato de trabalho: admissão em 02/02/2026
Empregador: COOPERATIVA DE CREDITO RAIZES RS - SULCREDI RAIZES
Ocupação (CBO): 2394-35 - Designer educacional

Confira no aplicativo Carteira de Trabalho Digital ou em https://servicos.mte.gov.br.

Ministério do Trabalho e Emprego
""",
    ),
    m(
        "ab05",
        "2025-10-14 18:00",
        "Nota Fiscal Gaúcha <nfg@sefaz.rs.gov.br>",
        "Você está concorrendo no sorteio de outubro da NFG!",
        N(),
        """Olá, Thaís!

Você tem 47 bilhetes para o sorteio mensal da Nota Fiscal Gaúcha de outubro. Continue pedindo
CPF na nota e indicando entidades sociais.

Sua entidade indicada: Associação Amigos do Menino Deus

Confira seus bilhetes: https://nfg.sefaz.rs.gov.br/site/

Receita Estadual - Secretaria da Fazenda do Rio Grande do Sul
""",
    ),
    m(
        "ab06",
        "2025-12-10 17:40",
        "Nota Fiscal Gaúcha <nfg@sefaz.rs.gov.br>",
        "Resultado do sorteio NFG - dezembro",
        N(),
        """Olá, Thaís!

O resultado do sorteio de dezembro já está disponível. Infelizmente, desta vez nenhum de seus
bilhetes foi premiado. Seus créditos de desconto no IPVA continuam acumulando.

Boa sorte no próximo!
Receita Estadual RS
""",
    ),
    m(
        "ab07",
        "2026-01-20 09:12",
        "DetranRS <naoresponda@detran.rs.gov.br>",
        "Agendamento confirmado - Renovação de CNH",
        N(),
        """DETRAN/RS - Departamento Estadual de Trânsito

Agendamento confirmado.

Serviço: Renovação de CNH (exame médico)
Data: 05/02/2026 - 17h40
Local: CFC Menino Deus - Av. Getúlio Vargas, 901 - Porto Alegre

Leve documento de identidade original e a CNH atual. Taxas devem estar pagas com
antecedência.
""",
    ),
    # --- housing ---------------------------------------------------------------------------------
    m(
        "ac01",
        "2025-12-27 18:30",
        QA,
        "Visita confirmada: Rua Botafogo, Menino Deus",
        N(),
        """Oi, Thaís!

Sua visita está confirmada:

Apartamento 2 quartos - Rua Botafogo, Menino Deus, Porto Alegre
Aluguel + condomínio + IPTU: R$ 2.940/mês
Data: 29/12 (segunda), às 18h
Corretor parceiro: Maurício

Chegue no horário combinado. Se precisar reagendar, faça pelo app.
""",
        ics=ics(
            "quintoandar-visita-894412731@quintoandar.com.br",
            "2025-12-29 18:00",
            "Visita - Rua Botafogo, Menino Deus (QuintoAndar)",
            ("QuintoAndar", "naoresponda@quintoandar.com.br"),
            minutes=30,
            location="Rua Botafogo, Menino Deus, Porto Alegre - RS",
        ),
    ),
    m(
        "ac02",
        "2025-12-29 22:15",
        QA,
        "Sua proposta foi enviada ao proprietário",
        N(),
        """Oi, Thaís!

Sua proposta para o imóvel na Rua Botafogo foi enviada ao proprietário:

Aluguel proposto: R$ 2.300 (anunciado: R$ 2.400)
Início do contrato: 15/01/2026
Garantia: sem fiador, sem caução

O proprietário tem até 48h para aceitar, recusar ou fazer uma contraproposta. Vamos te
avisar por aqui e pelo app.
""",
    ),
    m(
        "ac03",
        "2026-01-03 10:20",
        QA,
        "Proposta aceita! Agora vamos analisar seu cadastro",
        N(),
        """Oba, Thaís! 🎉

O proprietário aceitou sua proposta. O próximo passo é a análise de cadastro: envie pelo app
seus documentos e comprovantes de renda (pode ser a carta proposta do novo emprego ou os 3
últimos contracheques).

A análise leva até 2 dias úteis.
""",
    ),
    m(
        "ac04",
        "2026-01-07 14:02",
        QA,
        "Seu cadastro foi aprovado ✅",
        N(),
        html="""<html><body style="font-family:Arial;color:#1c2c40">
<div style="max-width:560px;margin:auto;padding:24px">
<img src="https://www.quintoandar.com.br/img/logo-quintoandar.png" alt="QuintoAndar" width="150">
<h2>Parabéns, Thaís! Sua análise de cadastro foi aprovada.</h2>
<p>Agora falta pouco para você se mudar para o apartamento da <b>Rua Botafogo, Menino Deus</b>. Em breve você vai receber o contrato de locação para assinatura digital.</p>
<p><a href="https://www.quintoandar.com.br/minha-conta/alugueis">Acompanhar meu aluguel</a></p>
<p style="font-size:11px;color:#8a8a8a">QuintoAndar Serviços Imobiliários Ltda. · Esta é uma mensagem automática.</p>
</div></body></html>""",
    ),
    m(
        "ac05",
        "2026-01-09 11:46",
        QA,
        "Seu contrato de aluguel está pronto para assinatura",
        N(),
        """Oi, Thaís!

O contrato de locação do imóvel na Rua Botafogo, Menino Deus, está pronto. Leia com atenção e
assine pelo app ou pelo link abaixo (assinatura eletrônica com validade jurídica):

https://www.quintoandar.com.br/contrato/assinar/5c0d2e71

Depois que você e o proprietário assinarem, agendaremos a vistoria de entrada.
""",
    ),
    m(
        "ac06",
        "2026-01-14 09:30",
        QA,
        "Vistoria de entrada agendada",
        N(),
        """Oi, Thaís!

A vistoria de entrada do seu novo lar foi agendada para 16/01 (sexta), às 10h. Você não
precisa estar presente, mas pode acompanhar se quiser. Após a vistoria, as chaves ficam
disponíveis para retirada.
""",
        ics=ics(
            "quintoandar-vistoria-1120877@quintoandar.com.br",
            "2026-01-16 10:00",
            "Vistoria de entrada - Rua Botafogo (QuintoAndar)",
            ("QuintoAndar", "naoresponda@quintoandar.com.br"),
            location="Rua Botafogo, Menino Deus, Porto Alegre - RS",
        ),
    ),
    m(
        "ac07",
        "2026-01-12 15:18",
        "Imobiliária Praia de Belas <locacao@imobpraiadebelas.example>",
        "Aviso de desocupação - Rua Múcio Teixeira, 740/302",
        N(),
        """Prezada locatária,

Acusamos o recebimento do aviso de desocupação do imóvel situado na Rua Múcio Teixeira,
740, apto 302 - Menino Deus. Conforme contrato, a vistoria de saída fica agendada para
30/01/2026, às 14h. As chaves devem ser entregues na imobiliária após a vistoria.

Lembramos que o último aluguel e as contas de consumo devem estar quitados até a entrega.

Atenciosamente,
Setor de Locação - Imobiliária Praia de Belas
CRECI 20.117-J
""",
    ),
    m(
        "ac08",
        "2025-11-18 19:05",
        "Condomínio Edifício Jacarandá <sindico.jacaranda@gmail.com>",
        "Edital de convocação - Assembleia Geral Ordinária",
        N(),
        """Prezados condôminos,

Convocamos para a Assembleia Geral Ordinária a realizar-se no dia 27/11/2025, às 19h30 em
primeira chamada e 20h em segunda, no salão de festas.

Pauta: 1) prestação de contas 2025; 2) previsão orçamentária 2026; 3) pintura da fachada;
4) assuntos gerais.

Inquilinos podem participar sem direito a voto, salvo procuração.

Atenciosamente,
Sérgio Dornelles - Síndico
""",
    ),
    m(
        "ac09",
        "2025-09-12 07:33",
        "CEEE Equatorial <contadigital@equatorialenergia.com.br>",
        "Sua conta de energia chegou",
        N(),
        """Olá, THAIS SCHNEIDER FARIAS

Sua conta digital de energia está disponível.

Unidade consumidora: 3007718842
Referência: 09/2025
Valor: R$ 142,87
Vencimento: 22/09/2025

Pague com Pix pelo QR Code da fatura em anexo ou pelo app Equatorial Energia.

CEEE Equatorial - Grupo Equatorial Energia
""",
    ),
    m(
        "ac10",
        "2025-11-12 07:31",
        "CEEE Equatorial <contadigital@equatorialenergia.com.br>",
        "Sua conta de energia chegou",
        N(),
        """Olá, THAIS SCHNEIDER FARIAS

Sua conta digital de energia está disponível.

Unidade consumidora: 3007718842
Referência: 11/2025
Valor: R$ 168,40
Vencimento: 24/11/2025

CEEE Equatorial - Grupo Equatorial Energia
""",
    ),
    m(
        "ac11",
        "2025-10-10 08:20",
        "DMAE Porto Alegre <contadigital@dmae.portoalegre.rs.gov.br>",
        "Conta de água - referência 10/2025",
        N(),
        """DMAE - Departamento Municipal de Água e Esgotos

Matrícula: 1.204.778-5
Referência: 10/2025 | Consumo: 7 m³
Valor: R$ 96,12 | Vencimento: 20/10/2025

Economize água: verifique vazamentos periodicamente.
""",
    ),
    m(
        "ac12",
        "2025-09-20 12:00",
        "Vivo <fatura@vivo.com.br>",
        "Thaís, sua conta Vivo Fibra chegou",
        N(),
        """Olá, Thaís!

Sua conta Vivo Fibra de setembro está disponível.

Valor: R$ 119,99 | Vencimento: 28/09/2025
Plano: Vivo Fibra 500 Mega

Pague pelo app Vivo ou pelo código de barras.
""",
    ),
    m(
        "ac13",
        "2025-12-20 12:02",
        "Vivo <fatura@vivo.com.br>",
        "Thaís, sua conta Vivo Fibra chegou",
        N(),
        """Olá, Thaís!

Sua conta Vivo Fibra de dezembro está disponível.

Valor: R$ 119,99 | Vencimento: 28/12/2025

Vai se mudar? Solicite a transferência de endereço pelo app com até 10 dias de antecedência.
""",
    ),
    # --- shops and offers --------------------------------------------------------------------
    m(
        "ad01",
        "2025-09-10 08:00",
        ZAFFARI,
        "Ofertas da semana Zaffari 🛒",
        N(),
        html="""<html><body style="font-family:Arial">
<div style="max-width:600px;margin:auto">
<img src="https://www.zaffari.com.br/img/email/topo-ofertas.jpg" alt="Zaffari - Ofertas da semana" width="600">
<h3>Ofertas válidas de 10 a 16/09 nas lojas Zaffari e Bourbon</h3>
<ul><li>Erva-mate 1 kg - R$ 17,98</li><li>Picanha resfriada kg - R$ 69,90</li><li>Pão de queijo congelado 1 kg - R$ 24,90</li><li>Vinho tinto Serra Gaúcha 750 ml - R$ 39,90</li></ul>
<p><a href="https://www.zaffari.com.br/ofertas?utm_source=newsletter">Ver todas as ofertas</a></p>
<p style="font-size:10px;color:#888">Ofertas válidas enquanto durarem os estoques. Companhia Zaffari Comércio e Indústria. Para não receber mais, <a href="https://www.zaffari.com.br/descadastrar">descadastre-se</a>.</p>
</div></body></html>""",
    ),
    m(
        "ad02",
        "2025-10-08 08:00",
        ZAFFARI,
        "Dia das Crianças: ofertas em brinquedos e doces",
        N(),
        """Ofertas Zaffari - Dia das Crianças

Brinquedos com até 30% de desconto, chocolates e a Semana do Bolo de Cenoura.
Válido de 08 a 12/10 ou enquanto durarem os estoques.

https://www.zaffari.com.br/ofertas/dia-das-criancas
""",
    ),
    m(
        "ad03",
        "2025-12-15 08:00",
        ZAFFARI,
        "Sua ceia de Natal com ofertas especiais 🎄",
        N(),
        html="""<html><body><div style="max-width:600px;margin:auto;font-family:Georgia">
<h2 style="color:#0b5d2a">Natal Zaffari</h2>
<p>Chester, tender, panetones e espumantes da Serra com preços especiais. Encomende sua ceia nas lojas até 22/12.</p>
<p><a href="https://www.zaffari.com.br/natal?utm_campaign=ceia25">Confira a oferta</a></p>
</div></body></html>""",
    ),
    m(
        "ad04",
        "2025-09-26 10:30",
        RENNER,
        "Oferta imperdível: até 50% OFF em jeans 👖",
        N(),
        html="""<html><body style="font-family:Helvetica">
<div style="max-width:600px;margin:auto;text-align:center">
<img src="https://img.lojasrenner.com.br/email/jeans50.jpg" alt="Até 50% off em jeans" width="600">
<p>Só até domingo! Jeans feminino e masculino com até 50% de desconto no site, no app e nas lojas.</p>
<p><a href="https://www.lojasrenner.com.br/c/jeans?utm_source=crm">Quero aproveitar</a></p>
<p style="font-size:10px;color:#999">Lojas Renner S.A. Ofertas válidas até 28/09/2025 ou enquanto durarem os estoques.</p>
</div></body></html>""",
    ),
    m(
        "ad05",
        "2025-10-23 12:15",
        "Realize Crédito | Renner <comunicacao@realizecfi.com.br>",
        "Thaís, seu Cartão Renner está pré-aprovado",
        N(),
        """Olá, Thaís!

Você foi pré-aprovada para o Meu Cartão Renner, sem anuidade, com descontos exclusivos e
compras parceladas em até 8x sem juros.

Peça já pelo app Renner. Sujeito a análise de crédito.

Realize Crédito, Financiamento e Investimento S.A.
""",
    ),
    m(
        "ad06",
        "2025-11-27 07:00",
        RENNER,
        "BLACK FRIDAY RENNER começou! 🖤",
        N(),
        """BLACK FRIDAY RENNER
Até 70% OFF em moda, casa e beleza + frete grátis acima de R$ 199.

Só até domingo: https://www.lojasrenner.com.br/black-friday?utm_source=crm

Lojas Renner S.A. - Porto Alegre/RS
""",
    ),
    m(
        "ad07",
        "2025-12-02 09:00",
        "Clube Vitalle <clube@farmaciasvitalle.example>",
        "Clube Vitalle: ofertas da semana + 2x pontos",
        N(),
        """Olá, Thaís!

Esta semana no Clube Vitalle:
- Protetor solar FPS 50 com 35% off
- Vitamina D 2.000 UI leve 3 pague 2
- Pontos em dobro em dermocosméticos

Válido até 08/12 nas lojas Farmácias Vitalle e no app.

Farmácias Vitalle - cuidando de você desde 1987
Para sair da lista, responda "descadastrar".
""",
    ),
    m(
        "ad08",
        "2025-10-03 14:20",
        "Amazon.com.br <envio@amazon.com.br>",
        'Seu pedido foi enviado: "Design Instrucional na Prática..."',
        N(),
        """Olá Thaís,

Seu pedido foi enviado e chegará entre 7 e 9 de outubro.

Design Instrucional na Prática: da análise à avaliação (capa comum)
Quantidade: 1 | R$ 89,90

Rastrear pacote: https://www.amazon.com.br/gp/your-account/order-details?orderID=701-4412887-9930211

Amazon.com.br
""",
    ),
    m(
        "ad09",
        "2025-11-11 21:48",
        "Mercado Livre <compras@mercadolivre.com.br>",
        "Você comprou Ring light 26 cm com tripé",
        N(),
        """Thaís, sua compra foi confirmada!

Ring light 26 cm com tripé e suporte para celular
R$ 79,90 em 2x sem juros
Chega quinta-feira, 13 de novembro

Acompanhe sua compra: https://myaccount.mercadolivre.com.br/purchases

Mercado Livre
""",
    ),
    m(
        "ad10",
        "2025-11-13 16:22",
        "Mercado Livre <compras@mercadolivre.com.br>",
        "Chegou! Entregamos seu pacote",
        N(),
        """Seu pacote foi entregue na portaria.

Ring light 26 cm com tripé e suporte para celular

Conta pra gente o que achou do produto: https://www.mercadolivre.com.br/opinioes
""",
    ),
    m(
        "ad11",
        "2025-09-27 21:10",
        "iFood <nao-responda@ifood.com.br>",
        "Seu pedido foi entregue - Pizzaria Tchê Pizza",
        N(),
        """Pedido entregue! Bom apetite 😋

Pizzaria Tchê Pizza - Menino Deus
1x Pizza grande meia calabresa / meia quatro queijos
1x Guaraná 2L
Total: R$ 89,40 (pago com cartão Nubank final 4417)

Avalie seu pedido no app.
""",
    ),
    m(
        "ad12",
        "2025-12-31 20:40",
        "iFood <nao-responda@ifood.com.br>",
        "Seu pedido foi entregue - Sushi Guaíba",
        N(),
        """Pedido entregue! Feliz Ano Novo 🎆

Sushi Guaíba
1x Combinado especial 40 peças
Total: R$ 134,90

Avalie seu pedido no app.
""",
    ),
    m(
        "ad13",
        "2025-10-20 06:25",
        "Uber Receipts <noreply@uber.com>",
        "Seu recibo de viagem da Uber - segunda-feira",
        N(),
        """Obrigado por viajar com a Uber, Thaís

Total: R$ 16,80
UberX · 5,2 km · 14 min

05:58 Rua Múcio Teixeira, Menino Deus
06:12 Estação Rodoviária de Porto Alegre

Uber do Brasil Tecnologia Ltda.
""",
    ),
    m(
        "ad14",
        "2025-10-15 20:33",
        "ClickBus <naoresponda@clickbus.com.br>",
        "Passagem confirmada: Porto Alegre → Caxias do Sul",
        N(),
        """Olá, Thaís! Sua compra foi confirmada.

Ida: 20/10/2025 - 06:45 - Porto Alegre (Rodoviária) → Caxias do Sul (Rodoviária)
Volta: 20/10/2025 - 15:30 - Caxias do Sul → Porto Alegre
Poltronas: 14 / 22
Total: R$ 132,60

Apresente o QR Code no embarque. Chegue com 30 minutos de antecedência.

ClickBus
""",
    ),
    m(
        "ad15",
        "2025-11-05 22:01",
        "ClickBus <naoresponda@clickbus.com.br>",
        "Passagem confirmada: Porto Alegre → Florianópolis",
        N(),
        """Olá, Thaís! Sua compra foi confirmada.

Ida: 14/11/2025 - 22:30 - Porto Alegre → Florianópolis (Rodoviária Rita Maria) - Leito
Volta: 16/11/2025 - 21:00 - Florianópolis → Porto Alegre
Total: R$ 398,00

ClickBus
""",
    ),
    # --- accounts, apps, courses --------------------------------------------------------------
    m(
        "ae01",
        "2025-09-24 23:02",
        "Google <no-reply@accounts.google.com>",
        "Alerta de segurança",
        N(),
        """Novo login na sua Conta do Google

thais.sfarias@gmail.com

Percebemos um novo login na sua Conta do Google em um dispositivo Windows. Se foi você, não
é necessário fazer nada. Se não foi, ajudaremos a proteger sua conta.

Verificar atividade: https://myaccount.google.com/notifications

Você recebeu este e-mail para informar sobre alterações importantes na sua Conta do Google.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    ),
    m(
        "ae02",
        "2025-12-03 13:00",
        "Spotify <no-reply@spotify.com>",
        "Seu Retrospectiva 2025 chegou 🎧",
        N(),
        """Thaís, seu ano em música chegou.

Seu artista mais ouvido: Vitor Ramil
Você ouviu 41.220 minutos em 2025.
Seu podcast mais ouvido: Aprendizagem em Foco

Veja tudo no app: https://spotify.link/wrapped
""",
    ),
    m(
        "ae03",
        "2025-10-28 10:00",
        "Netflix <info@mailer.netflix.com>",
        "Atualização do preço do seu plano",
        N(),
        """Olá, Thaís,

A partir da sua próxima cobrança, em 12/11/2025, o preço do seu plano Padrão passará a ser
R$ 44,90/mês. Você pode alterar ou cancelar seu plano a qualquer momento.

Equipe Netflix
""",
    ),
    m(
        "ae04",
        "2025-10-13 09:15",
        "Canva <no-reply@canva.com>",
        "Seu teste gratuito do Canva Pro termina em 3 dias",
        N(),
        """Oi, Thaís!

Seu teste gratuito do Canva Pro termina em 16/10. Para continuar com acesso a todos os
modelos, ao removedor de fundo e ao Kit de Marca, nenhuma ação é necessária: a assinatura de
R$ 34,90/mês começa automaticamente.

Gerenciar assinatura: https://www.canva.com/settings/billing

Canva
""",
    ),
    m(
        "ae05",
        "2025-09-15 21:47",
        "Fernanda Ilha (via Google Drive) <drive-shares-dm-noreply@google.com>",
        'Documento compartilhado com você: "Planejamento 3º ano - 4º bimestre"',
        N(),
        """Fernanda Ilha compartilhou um documento

Fernanda Ilha (fernanda.ilha@colegioacacias.example) convidou você para editar o seguinte
documento:

Planejamento 3º ano - 4º bimestre
"Thaís, coloquei as sequências de leitura, dá uma olhada nas tuas partes 😘"

Abrir: https://docs.google.com/document/d/1xY3vQ8eTq/edit?usp=sharing_eil

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    ),
    m(
        "ae06",
        "2025-11-29 20:30",
        "Duolingo <hello@duolingo.com>",
        "Sua ofensiva de 212 dias está em risco! 🔥",
        N(),
        """Oi, Thaís!

Faltam poucas horas para você perder sua ofensiva de 212 dias de inglês. Uma lição de 3
minutos é suficiente!

Fazer uma lição: https://www.duolingo.com/learn
""",
    ),
    m(
        "ae07",
        "2025-10-25 15:42",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Congratulations, Thaís! You completed Learning Experience Design",
        N("en"),
        """Congratulations, Thaís!

You've completed Learning Experience Design: Foundations. Share your certificate on
LinkedIn to show your network what you've accomplished.

View certificate: https://coursera.org/verify/7QX4PLK2ZB9D

Keep learning: learners who took this course also enrolled in "Instructional Design
Foundations and Applications".

Coursera Inc., 2440 W. El Camino Real, Suite 500, Mountain View, CA 94040
""",
    ),
    m(
        "ae08",
        "2025-09-03 22:14",
        "Hotmart <no-reply@hotmart.com>",
        "Compra aprovada: Formação Prática em Design Instrucional",
        N(),
        """Oi, Thaís! Sua compra foi aprovada. 🎉

Produto: Formação Prática em Design Instrucional - Turma 2025
Produtor: Escola DI na Prática
Valor: 12x de R$ 49,70

Acesse agora: https://hotmart.com/pt-br/club/escola-di-na-pratica

Seu acesso é válido por 12 meses. Dúvidas sobre o conteúdo? Fale com o produtor.

Hotmart Company
""",
    ),
    m(
        "ae09",
        "2025-09-18 18:00",
        "Escola DI na Prática <no-reply@hotmart.com>",
        "Nova aula liberada: Módulo 3 - Storyboard e roteiro",
        N(),
        """Oi, Thaís!

O Módulo 3 - Storyboard e roteiro já está liberado na área de membros. Nessa aula a gente
monta juntos um storyboard para um microlearning de 5 minutos.

Bons estudos!
Prof. Carla Anschau
""",
    ),
    m(
        "ae10",
        "2026-02-10 12:30",
        "UniSulcredi <unisulcredi@centralsul.sulcredi.example>",
        "Trilha liberada: Cooperativismo Essencial",
        N(),
        """Olá, Thaís!

A trilha "Cooperativismo Essencial" foi liberada para você no ambiente virtual da
UniSulcredi. São 6 cursos curtos (total de 8 horas) que devem ser concluídos até 31/03 como
parte da sua integração.

Acesse: https://aprendizagem.unisulcredi.example/trilhas/cooperativismo-essencial

Bons estudos!
UniSulcredi - Universidade Corporativa do Sistema Sulcredi
""",
    ),
    # --- newsletters ------------------------------------------------------------------------------
    m(
        "af01",
        "2025-10-16 07:30",
        TED,
        "Entrevista com a diretora de aprendizagem da Aurora Energia",
        N(),
        html="""<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto;color:#222">
<p style="font-size:12px;color:#777">T&amp;D em Pauta · Edição #87</p>
<h1>“Aprendizagem não é evento, é rotina”: entrevista com a diretora de aprendizagem da Aurora Energia</h1>
<p>Nesta edição conversamos com Renata Fogliatto, diretora de aprendizagem da Aurora Energia, sobre como a empresa trocou os treinamentos anuais obrigatórios por trilhas de 10 minutos por semana, e o que isso mudou nos indicadores de segurança.</p>
<p><b>T&amp;D em Pauta:</b> Como começou a mudança?<br><b>Renata:</b> Com uma pergunta incômoda: quanto do que ensinávamos era lembrado um mês depois? A resposta nos obrigou a repensar tudo...</p>
<p><b>Você contrataria designers instrucionais vindos da escola?</b><br>“Sem dúvida. Professores sabem ler uma turma como ninguém. O que falta a gente ensina em seis meses.”</p>
<p><a href="https://tdempauta.substack.com/p/entrevista-aurora-energia">Ler a entrevista completa</a></p>
<p style="font-size:11px;color:#999">Você assina T&amp;D em Pauta. <a href="https://tdempauta.substack.com/action/disable_email">Cancelar assinatura</a><br>Substack Inc., 548 Market Street, San Francisco, CA 94104</p>
</body></html>""",
    ),
    m(
        "af02",
        "2025-12-11 07:30",
        TED,
        "Por que as universidades corporativas estão contratando professores",
        N(),
        """T&D em Pauta · Edição #95

Por que as universidades corporativas estão contratando professores

Nos últimos doze meses, pelo menos seis grandes cooperativas e indústrias do Sul abriram vagas
de designer instrucional e analista de educação corporativa pedindo explicitamente
licenciatura. Conversamos com recrutadoras para entender o movimento - e o que elas olham
numa entrevista com quem vem da sala de aula.

Também nesta edição: 5 ferramentas de autoria gratuitas e a agenda de eventos de T&D do
primeiro semestre.

Ler online: https://tdempauta.substack.com/p/universidades-corporativas-professores
Cancelar assinatura: https://tdempauta.substack.com/action/disable_email
""",
    ),
    m(
        "af03",
        "2025-09-29 06:00",
        "GZH <newsletter@gzh.com.br>",
        "GZH Manhã: chuva volta ao RS e o que abre no feriadão",
        N(),
        """GZH Manhã - segunda-feira, 29 de setembro

☔ Frente fria traz chuva volumosa para a Metade Norte a partir de quarta
🚍 Porto Alegre anuncia mudanças em linhas de ônibus do Menino Deus
⚽ Colorados e gremistas: a semana da dupla
🎭 Porto Alegre em Cena divulga programação

Leia em gzh.com.br
Você recebe esta newsletter porque se cadastrou em GZH. Cancelar inscrição.
""",
    ),
    m(
        "af04",
        "2025-11-19 06:00",
        "GZH <newsletter@gzh.com.br>",
        "GZH Manhã: Feira do Livro termina com recorde de público",
        N(),
        """GZH Manhã - quarta-feira, 19 de novembro

📚 Feira do Livro de Porto Alegre termina com recorde de público na Praça da Alfândega
🌡️ Calorão: máxima pode chegar a 34°C na Capital
💼 Desemprego no RS fica abaixo da média nacional, aponta IBGE

Leia em gzh.com.br
""",
    ),
    m(
        "af05",
        "2025-10-29 11:00",
        "Educação em Rede <contato@educacaoemrede.example>",
        "Formação docente: o que aprendemos com 10 anos de pesquisa",
        N(),
        """Educação em Rede - boletim quinzenal

Destaque: o que a pesquisa diz sobre formação continuada de professores que realmente muda a
prática em sala de aula. Entrevistamos três coordenadoras pedagógicas de redes municipais do
RS e de SC.

+ Edital aberto: prêmio Professores que Inspiram 2026
+ Podcast: avaliação formativa no ensino fundamental

educacaoemrede.example | Descadastrar
""",
    ),
    m(
        "af06",
        "2025-11-04 12:00",
        "Articulate E-Learning Heroes <no-reply@articulate.com>",
        "This week: 5 interaction ideas for scenario-based learning",
        N("en"),
        """E-Learning Heroes Weekly

• Challenge #512: Build a branching scenario for customer conversations
• How to write better multiple-choice distractors
• Community spotlight: an interview with a former teacher turned instructional designer

Join the challenge: https://community.articulate.com/challenges

You're receiving this because you joined E-Learning Heroes. Unsubscribe.
Articulate Global, LLC, 244 Fifth Avenue, Suite 2960, New York, NY 10001
""",
    ),
    m(
        "af07",
        "2025-11-24 18:12",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Parabenize Camila Weber pelo novo cargo",
        N(),
        """Camila Weber começou em um novo cargo

Coordenadora de Educação Corporativa na Aurora Energia

Parabenize Camila: https://www.linkedin.com/comm/feed/update/urn:li:activity:7398

Você está recebendo notificações de atualizações da sua rede.
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    # --- a webinar with its invitation -----------------------------------------------------
    m(
        "ag01",
        "2025-10-01 12:44",
        SYMPLA,
        "Inscrição confirmada: Webinar Design Instrucional na era da IA generativa",
        N(),
        """Olá, Thaís!

Sua inscrição foi confirmada.

Webinar: Design Instrucional na era da IA generativa
Organizador: Comunidade DI Brasil
Data: 09/10/2025, das 19h às 20h30 (online)
Ingresso: Gratuito - nº 88231

O link da transmissão fica disponível na sua área "Meus ingressos" e no convite anexo.

Sympla
""",
        ics=WEBINAR,
    ),
    m(
        "ag02",
        "2025-10-09 18:00",
        SYMPLA,
        "Começa em 1 hora: Webinar Design Instrucional na era da IA generativa",
        N(),
        """Está quase na hora, Thaís!

O webinar "Design Instrucional na era da IA generativa" começa às 19h.
Acesse: https://www.youtube.com/live/dI-webinar-ia

Sympla
""",
    ),
    m(
        "ag03",
        "2025-10-13 10:05",
        "Comunidade DI Brasil <eventos@comunidadedi.example>",
        "Gravação e certificado do webinar",
        N(),
        """Oi, Thaís!

Obrigada por participar do nosso webinar! A gravação está disponível em
https://comunidadedi.example/webinars/ia-generativa e o certificado (1h30) pode ser baixado
até 31/10.

Próximo encontro: "Avaliação de aprendizagem além do quiz", em 13/11. Inscrições pela Sympla.

Comunidade DI Brasil
""",
    ),
    # --- more everyday mail -----------------------------------------------------------------
    m(
        "ah01",
        "2025-10-17 11:11",
        "Magalu <ofertas@magazineluiza.com.br>",
        "Thaís, uma oferta especial separada pra você 💙",
        N(),
        html="""<html><body style="font-family:Arial"><div style="max-width:600px;margin:auto">
<p>Oi, Thaís! A Lu separou ofertas com a sua cara:</p>
<ul><li>Notebook 15,6" 16 GB - 10x sem juros</li><li>Fone bluetooth com cancelamento de ruído - 38% off</li><li>Cadeira de escritório ergonômica - frete grátis</li></ul>
<p><a href="https://www.magazineluiza.com.br/selecao/ofertas-do-dia/?utm_source=crm">Ver ofertas</a></p>
<p style="font-size:10px;color:#999">Magazine Luiza S.A. Ofertas válidas por tempo limitado. Descadastre-se.</p>
</div></body></html>""",
    ),
    m(
        "ah02",
        "2026-01-09 09:30",
        "Lojas Pampeiro <novidades@lojaspampeiro.example>",
        "Liquida Verão Pampeiro: até 60% off ☀️",
        N(),
        """LIQUIDA VERÃO PAMPEIRO

Até 60% de desconto em moda praia, vestidos e bermudas, nas lojas e no site.
Cliente Cartão Pampeiro ainda parcela em 6x sem juros.

Aproveite: https://www.lojaspampeiro.example/liquida?utm_source=email&utm_campaign=verao26

PMP Comércio de Vestuário S.A. - Av. Assis Brasil, 3900 - Porto Alegre/RS
Para não receber mais nossas novidades, clique aqui.
""",
    ),
    m(
        "ah03",
        "2025-11-12 16:00",
        "Saberia para Escolas <escolas@saberia.example>",
        "Professora, conheça as novas trilhas de leitura da Saberia 📖",
        N(),
        """Olá, professora Thaís!

Chegaram as novas trilhas de leitura da Saberia para os Anos Iniciais: 120 textos
adaptados, atividades com correção automática e relatórios por turma para o professor.

Sua escola pode testar gratuitamente até o fim do ano letivo. Fale com a coordenação ou
agende uma demonstração: https://saberia.example/escolas/demonstracao

Equipe Saberia para Escolas
SBR Tecnologia Educacional Ltda. - Porto Alegre/RS | Descadastrar
""",
    ),
    m(
        "ah04",
        "2025-10-06 06:40",
        "Medium Daily Digest <noreply@medium.com>",
        "The hidden curriculum of corporate training | Thaís, here are today's stories",
        N("en"),
        """Today's highlights

The hidden curriculum of corporate training
What teachers already know about adult learners (and L&D forgets) - 7 min read

Stop building courses nobody finishes
Microlearning is not a length, it is a design choice - 5 min read

Why I left the classroom for instructional design
A year later, here is what surprised me - 9 min read

Medium, 548 Market St, PMB 45208, San Francisco, CA 94104. Unsubscribe.
""",
    ),
    m(
        "ah05",
        "2025-10-21 12:40",
        "Condomínio Edifício Jacarandá <sindico.jacaranda@gmail.com>",
        "Falta d'água programada - quinta-feira",
        N(),
        """Prezados moradores,

O DMAE informou manutenção na rede da Rua Múcio Teixeira na quinta-feira (23/10), das 9h às
16h. A caixa do prédio deve segurar até o meio da tarde, mas pedimos economia.

Sérgio - Síndico
""",
    ),
    m(
        "ah06",
        "2026-01-08 15:12",
        "CEEE Equatorial <avisos@equatorialenergia.com.br>",
        "Aviso de desligamento programado",
        N(),
        """Olá, THAIS SCHNEIDER FARIAS

Haverá desligamento programado de energia na sua região para manutenção da rede:

Data: 13/01/2026, das 8h30 às 12h30
Ruas afetadas: Múcio Teixeira, Barão do Gravataí, Botafogo (trecho) - Menino Deus

Pedimos desculpas pelo transtorno.
CEEE Equatorial
""",
    ),
    m(
        "ah07",
        "2026-02-02 08:05",
        NU,
        "Sua Caixinha rendeu R$ 38,21 em janeiro",
        N(),
        """Oi, Thaís

Em janeiro, o dinheiro guardado na sua Caixinha "Mudança" rendeu R$ 38,21. Ela rende 100% do
CDI e você pode resgatar quando quiser.

Nu Financeira S.A. - Sociedade de Crédito, Financiamento e Investimento
""",
    ),
    m(
        "ah08",
        "2026-01-31 19:42",
        "99 <recibo@99app.com>",
        "Recibo da sua corrida - 31/01",
        N(),
        """Obrigado por viajar com a 99, Thaís!

Pop · R$ 14,30
19:21 Rua Botafogo, Menino Deus
19:38 Av. Osvaldo Aranha, Bom Fim

99 Tecnologia Ltda.
""",
    ),
]
