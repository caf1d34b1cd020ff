"""Corpus 46, the rest of the inbox: ordinary Porto mail and look-alikes (see heldout46.py)."""

ME_ADDR = "ines.cmendes.eng@gmail.com"


def m(key, date, frm, subject, lang, text=None, html=None, **kw):
    day, clock, tz = date.split()
    if clock.count(":") == 1:
        clock += ":00"
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec = {"id": f"<{key}@{dom}>", "date": f"{day} {clock} {tz}", "from": frm,
            "subject": subject, "t": ("not_job", lang)}
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


MAE = "Graça Carvalho <gracinha.carvalho58@sapo.pt>"
TIAGO = "Tiago Mendes <tiago.r.mendes@gmail.com>"
RITA = "Rita Sampaio <ritasampaio.arq@gmail.com>"
CONDO = "Administração Condomínio Ed. Marquês <geral@gestcondo-porto.pt>"

MAIL = [
    # --- look-alikes ------------------------------------------------------------------------
    m("bcp.cred.0910", "2025-09-10 10:00 +0100", "Banco Atlântico Digital <comunicacoes@bancoatlantico.pt>",
      "Inês, tem uma proposta de crédito pré-aprovada", "pt",
      html="<p>Cara Inês,</p><p>Tem à sua espera uma <b>proposta de Crédito Pessoal</b> "
      "pré-aprovada até 15.000 €, TAEG 8,9%, sem papelada. A proposta é válida até 30/09.</p>"
      "<p><a href='https://bancoatlantico.pt/credito'>Ver a minha proposta</a></p><p style="
      "'font-size:10px'>Exemplo representativo: montante 10.000 €, 84 meses, TAN 7,5%.</p>"),
    m("bcp.cred.1104", "2025-11-04 09:30 +0000", "Banco Atlântico Digital <comunicacoes@bancoatlantico.pt>",
      "A sua candidatura ao Cartão Platina foi aprovada", "pt",
      "Olá Inês,\nTemos o prazer de informar que o pedido de adesão ao Cartão de Crédito Platina "
      "foi aprovado. O cartão chegará a sua casa em 5 dias úteis e o PIN por carta separada."),
    m("uporto.msc.0903", "2025-09-03 14:20 +0100", "Serviços Académicos FEUP <sa@fe.up.pt>",
      "Candidatura ao Mestrado em Gestão de Obras – resultados da 2.ª fase", "pt",
      "Exma. Candidata,\n\nInforma-se que a sua candidatura ao Mestrado em Engenharia e Gestão "
      "de Obras (regime pós-laboral), 2.ª fase, foi ADMITIDA. A matrícula decorre entre 8 e 12 "
      "de setembro no Sigarra.\n\nServiços Académicos"),
    m("uporto.msc.0915", "2025-09-15 09:00 +0100", "Serviços Académicos FEUP <sa@fe.up.pt>",
      "Matrícula concluída – propinas 2025/2026", "pt",
      "A sua matrícula foi concluída com sucesso. A 1.ª prestação da propina (350,00 €) deve ser "
      "paga até 31/10 por referência multibanco: Entidade 20638 Ref. 552 104 889."),
    m("habit.porto.1002", "2025-10-02 11:15 +0100", "Domus Social – Habitação <habitacao@domussocial-porto.pt>",
      "Programa Porto com Sentido – candidatura n.º 2025/4412 recebida", "pt",
      "Exma. Senhora,\n\nConfirmamos a receção da candidatura ao programa de arrendamento "
      "acessível \"Porto com Sentido\" em nome de Graça Maria Carvalho. A candidatura será "
      "avaliada segundo os critérios do regulamento; a lista provisória será publicada até "
      "dezembro.\n\nDomus Social, E.M."),
    m("habit.porto.1211", "2025-12-11 15:00 +0000", "Domus Social – Habitação <habitacao@domussocial-porto.pt>",
      "Lista provisória de candidaturas – audiência prévia", "pt",
      "Informamos que foi publicada a lista provisória do programa Porto com Sentido. A "
      "candidatura n.º 2025/4412 encontra-se na posição 212 e não foi selecionada nesta fase. "
      "Dispõe de 10 dias úteis para se pronunciar."),
    m("jn.news.1012", "2025-10-12 07:00 +0100", "Jornal do Norte <newsletter@jornaldonorte.pt>",
      "Entrevista: \"A construção precisa de 80 mil trabalhadores\"", "pt",
      html="<h2>Bom dia</h2><p><b>Entrevista</b> — O presidente da associação de empreiteiros "
      "do Norte diz que faltam engenheiros e encarregados e que as empresas vão ter de pagar "
      "mais. <a href='#'>Ler entrevista</a></p><p>Metro: obras na Linha Rubi atrasam 4 meses.</p>"
      "<p>Desporto: derby no Dragão esgotado.</p>"),
    m("jn.news.1123", "2025-11-23 07:00 +0000", "Jornal do Norte <newsletter@jornaldonorte.pt>",
      "Domingo: o mercado de trabalho aquece, salários de engenheiros sobem 6%", "pt",
      html="<p>Nesta edição: recrutamento em alta na construção; vagas por preencher no setor "
      "ferroviário; e a crónica de Luísa Mota sobre as rendas no Porto.</p>"),
    m("ordem.webinar.1105", "2025-11-05 16:00 +0000", "Ordem dos Engenheiros – Região Norte <eventos@oern.pt>",
      "Convite: webinar \"BIM na fiscalização de obras públicas\" – 19 nov", "pt",
      "Caro(a) colega,\n\nJunte-se a nós no webinar de 19 de novembro, 18h00. Oradores: Eng.ª "
      "Helena Vasconcelos e Eng. Bruno Teles. Inscrição gratuita para membros. O convite "
      "segue em anexo para o seu calendário.",
      ics={"start": "2025-11-19 18:00:00 +0000", "minutes": 90,
           "organizer": ("Ordem dos Engenheiros – Região Norte", "eventos@oern.pt"),
           "uid": "oern-webinar-bim-20251119@oern.pt",
           "summary": "Webinar: BIM na fiscalização de obras públicas",
           "location": "https://zoom.us/j/81200399123"}),
    m("condo.conv.1020", "2025-10-20 19:00 +0100", CONDO,
      "Convocatória – Assembleia Geral Ordinária de Condóminos", "pt",
      "Exmos. Senhores Condóminos,\n\nConvocam-se V. Exas. para a Assembleia Geral Ordinária, a "
      "realizar no dia 6 de novembro, pelas 20h30, na garagem do edifício, com a seguinte ordem "
      "de trabalhos: 1) aprovação de contas; 2) orçamento 2026; 3) obras na cobertura.\n\nNão "
      "havendo quórum, reúne meia hora depois com os presentes.\n\nA Administração"),
    m("condo.ata.1112", "2025-11-12 10:00 +0000", CONDO,
      "Ata n.º 41 e orçamentos da cobertura", "pt",
      "Enviamos a ata da assembleia de 6/11 e os três orçamentos recebidos para a "
      "impermeabilização da cobertura. Agradecemos comentários até dia 25."),
    m("worten.offer.1128", "2025-11-28 08:00 +0000", "Worten <news@worten-news.pt>",
      "Black Friday: ofertas imperdíveis só hoje", "pt",
      html="<h1>BLACK FRIDAY</h1><p>Até -50% em portáteis, frigoríficos e TV. Ofertas limitadas "
      "ao stock existente.</p>"),
    m("fnac.offer.1210", "2025-12-10 12:00 +0000", "Fnac Portugal <fnac@news.fnac.pt>",
      "A sua oferta de Natal: 10€ em cartão", "pt",
      html="<p>Olá Inês, como aderente tem uma oferta de 10€ para compras acima de 50€ até 24/12."
      "</p>"),
    m("li.social.1017", "2025-10-17 18:20 +0100", "LinkedIn <notifications-noreply@linkedin.com>",
      "Dê os parabéns ao Pedro pelo novo emprego", "pt",
      "Pedro Guimarães começou um novo cargo como Diretor de Obra na Castanheira.\n\nDar os "
      "parabéns"),
    m("li.social.1120", "2025-11-20 12:10 +0000", "LinkedIn <notifications-noreply@linkedin.com>",
      "Inês, o seu perfil apareceu em 23 pesquisas esta semana", "pt",
      "Veja quem está a pesquisar por si. Recrutadores de empresas como Hallbrook Partners "
      "procuraram perfis como o seu."),
    m("li.social.0106", "2026-01-06 09:00 +0000", "LinkedIn <notifications-noreply@linkedin.com>",
      "Marta Quintela e 14 outras pessoas reagiram à sua publicação", "pt",
      "A sua publicação \"Novo capítulo: hoje começo na CEGA como Gestora de Projeto...\" está "
      "a ter bom desempenho. 15 reações · 9 comentários."),
    m("li.news.hiring.1030", "2025-10-30 10:00 +0000", "LinkedIn News <editors-noreply@linkedin.com>",
      "Who's hiring in Europe's construction boom", "en",
      "This week: contractors in Iberia struggle to hire site engineers; 5 interview questions "
      "project managers should prepare for; how AI is changing bid estimating."),
    m("constr.nl.0925", "2025-09-25 08:00 +0100", "Construir Newsletter <newsletter@construir.pt>",
      "Setor da construção: recrutamento é a maior dificuldade das empresas", "pt",
      html="<p>Inquérito AICCOPN: 74% das empresas não conseguem contratar. Ainda: novo regime "
      "de revisão de preços; concurso da Linha de Alta Velocidade, lote 2.</p>"),
    m("constr.nl.1218", "2025-12-18 08:00 +0000", "Construir Newsletter <newsletter@construir.pt>",
      "As obras que marcaram 2025", "pt",
      html="<p>Retrospetiva: ponte D. António Francisco dos Santos, hospital de Gaia, e a "
      "entrevista com o novo bastonário da Ordem dos Engenheiros.</p>"),
    m("podcast.obra.1201", "2025-12-01 19:00 +0000", "Conversas de Obra <ola@conversasdeobra.pt>",
      "Novo episódio: entrevista com uma diretora de obra em Angola", "pt",
      "Esta semana entrevistámos a Eng.ª Sandra Kiala sobre dirigir obras em Luanda. Ouça no "
      "Spotify ou Apple Podcasts."),
    # --- family and friends ---------------------------------------------------------------
    m("CAM0.mae.0907", "2025-09-07 20:14 +0100", MAE, "domingo", "pt",
      "Filha, domingo vens almoçar? O teu irmão vem com a Sara. Faço cabrito.\nBeijinhos da mãe"),
    m("CAM0.mae.0928", "2025-09-28 11:02 +0100", MAE, "Re: papéis da habitação", "pt",
      "Já entreguei os papéis na Domus Social, obrigada por me ajudares com a candidatura. "
      "Agora é esperar. Beijinhos"),
    m("CAM0.mae.1102", "2025-11-02 21:40 +0000", MAE, "fotos do batizado", "pt",
      "Mando-te as fotos do batizado do Duarte. Estás muito bonita nesta! Beijos"),
    m("CAM0.mae.1224", "2025-12-24 10:00 +0000", MAE, "consoada", "pt",
      "Não te esqueças do bacalhau que ficou no teu frigorífico. Chegamos às 19h. Beijos"),
    m("CAM0.mae.0201", "2026-02-01 18:30 +0000", MAE, "médico", "pt",
      "A consulta do pai ficou para dia 12 às 15h no São João. Consegues levá-lo?"),
    m("CAF.tiago.0914", "2025-09-14 22:10 +0100", TIAGO, "Fwd: orçamento cozinha", "pt",
      "Inês, podes ver este orçamento da cozinha? Achas que o preço da bancada faz sentido?\n\n"
      "---------- Forwarded message ---------\nDe: Móveis Lameira <orcamentos@moveislameira.pt>\n"
      "Assunto: Orçamento n.º 1177\n\nBancada em compacto 2,40 m — 980 € + IVA"),
    m("CAF.tiago.1019", "2025-10-19 13:05 +0100", TIAGO, "jantar dos anos", "pt",
      "Reservei para sábado às 20h30 no Cafeína. Somos 8. Confirma se vens com alguém 😉"),
    m("CAF.tiago.1207", "2025-12-07 17:17 +0000", TIAGO, "prenda da mãe", "pt",
      "Para a prenda da mãe: dividimos o robot de cozinha? 120 cada um."),
    m("CAF.tiago.0118", "2026-01-18 20:55 +0000", TIAGO, "Re: então, o emprego novo?", "pt",
      "Fixe! Então já tens carro da empresa? Conta lá como correu a primeira semana na CEGA."),
    m("CAF.rita.0920", "2025-09-20 10:33 +0100", RITA, "caminhada Gerês", "pt",
      "Bora fazer o trilho da Preguiça no dia 4? Levo o carro. A Joana também vem."),
    m("CAF.rita.1015", "2025-10-15 23:01 +0100", RITA, "Re: entrevistas", "pt",
      "Vais arrasar amanhã! Não te esqueças de perguntar pelo regime híbrido. Depois liga-me."),
    m("CAF.rita.1125", "2025-11-25 19:20 +0000", RITA, "parabéns!!!", "pt",
      "CEGA!!! Que orgulho 🎉 Temos de celebrar. Jantar sexta?"),
    m("CAF.rita.0110", "2026-01-10 11:11 +0000", RITA, "casa em Gaia", "pt",
      "Viste a casa que te mandei? T2 com terraço em Santa Marinha. Se quiseres vou contigo à "
      "visita de quinta."),
    m("CAF.rita.0214", "2026-02-14 09:40 +0000", RITA, "livro", "pt",
      "Acabei o livro da Dulce Maria Cardoso que me emprestaste, devolvo-to no sábado."),
    m("CAF.joana.1003", "2025-10-03 12:00 +0100", "Joana Lemos <joanalemos@hotmail.com>",
      "fotos Gerês", "pt", "Estão aqui as fotos: https://photos.app.goo.gl/x8Kq2 — a cascata "
      "ficou linda."),
    m("CAF.marco.1108", "2025-11-08 15:30 +0000", "Marco Teixeira <marco.teixeira.eng@gmail.com>",
      "curso de Primavera P6", "pt",
      "Olá Inês, lembras-te de me falares do curso de P6? Tens o link? Obrigado, Marco"),
    m("CAF.lola.1028", "2025-10-28 20:00 +0100", "Lola Herrera <lolaherrera@gmail.com>",
      "¡Madrid!", "es",
      "¡Hola guapa! Si al final vienes a Madrid tienes sofá en mi casa. ¿Qué tal las entrevistas? "
      "Besos"),
    m("CAF.lola.1220", "2025-12-20 13:14 +0100", "Lola Herrera <lolaherrera@gmail.com>",
      "Feliz Navidad", "es", "Feliz Navidad para ti y tu familia. ¡A ver si nos vemos en 2026!"),
    # --- bills, banks, shopping, services --------------------------------------------------
    m("edp.fat.0912", "2025-09-12 06:00 +0100", "EDP Comercial <faturas@edp.pt>",
      "A sua fatura de setembro está disponível", "pt",
      "Olá Inês, a fatura de eletricidade e gás no valor de 64,37 € já está disponível. "
      "Débito direto a 27/09."),
    m("edp.fat.1013", "2025-10-13 06:00 +0100", "EDP Comercial <faturas@edp.pt>",
      "Fatura de outubro – 71,02 €", "pt", "A sua fatura de outubro está disponível na app EDP."),
    m("edp.fat.1112", "2025-11-12 06:00 +0000", "EDP Comercial <faturas@edp.pt>",
      "Fatura disponível", "pt", "Valor: 88,90 €. Data de débito: 26/11/2025."),
    m("edp.fat.1211", "2025-12-11 06:00 +0000", "EDP Comercial <faturas@edp.pt>",
      "A sua fatura de dezembro", "pt", "Valor 102,45 €. Dica: com o tarifário bi-horário "
      "podia poupar até 8%."),
    m("edp.fat.0113", "2026-01-13 06:00 +0000", "EDP Comercial <faturas@edp.pt>",
      "Fatura janeiro 2026", "pt", "Fatura n.º FT 2026/0031772 de 97,11 €."),
    m("aguas.0920", "2025-09-20 09:00 +0100", "Águas do Porto <faturacao@aguasdoporto.pt>",
      "Fatura da água – setembro", "pt", "Consumo 5 m³. Valor a pagar 21,64 €."),
    m("aguas.1120", "2025-11-20 09:00 +0000", "Águas do Porto <faturacao@aguasdoporto.pt>",
      "Fatura da água – novembro", "pt", "Consumo 4 m³. Valor a pagar 19,80 €."),
    m("meo.0905", "2025-09-05 10:00 +0100", "MEO <faturaeletronica@meo.pt>",
      "Fatura MEO disponível", "pt", "A sua fatura de 44,99 € está disponível na Área de Cliente."),
    m("meo.1105", "2025-11-05 10:00 +0000", "MEO <faturaeletronica@meo.pt>",
      "Fatura MEO – novembro", "pt", "Valor: 44,99 €. Pagamento por débito direto."),
    m("meo.0105", "2026-01-05 10:00 +0000", "MEO <faturaeletronica@meo.pt>",
      "Atualização de preços 2026", "pt",
      "Informamos que, a partir de 1 de fevereiro, o preço do seu tarifário é atualizado em "
      "2,3%, de acordo com a inflação."),
    m("cgd.mov.0930", "2025-09-30 08:00 +0100", "Banco Atlântico <alertas@bancoatlantico.pt>",
      "Alerta de movimento", "pt", "Débito de 650,00 € na conta ***7712 – RENDA OUT."),
    m("cgd.mov.1031", "2025-10-31 08:00 +0000", "Banco Atlântico <alertas@bancoatlantico.pt>",
      "Alerta de movimento", "pt", "Crédito de 412,00 € na conta ***7712 – SEG SOCIAL."),
    m("cgd.mov.0130", "2026-01-30 08:00 +0000", "Banco Atlântico <alertas@bancoatlantico.pt>",
      "Crédito de vencimento", "pt",
      "Foi creditado o valor de 2.104,18 € na conta ***7712 – TRF CEGA CONSULTORES ENG."),
    m("cgd.extr.1203", "2025-12-03 07:30 +0000", "Banco Atlântico <extratos@bancoatlantico.pt>",
      "Extrato integrado de novembro", "pt", "O seu extrato de novembro já está disponível."),
    m("at.irs.0922", "2025-09-22 12:00 +0100", "Portal das Finanças <naoresponder@at.gov.pt>",
      "Nota de liquidação de IRS 2024", "pt",
      "Foi emitida a nota de liquidação do IRS 2024. Valor a reembolsar: 612,44 €."),
    m("at.ef.0225", "2026-02-25 12:00 +0000", "Portal das Finanças <naoresponder@at.gov.pt>",
      "e-fatura: verifique as suas despesas até 3 de março", "pt",
      "Confirme as faturas pendentes no e-fatura para efeitos de dedução em IRS."),
    m("ss.0910", "2025-09-10 15:00 +0100", "Segurança Social Direta <naoresponder@seg-social.pt>",
      "Prestação de desemprego – deferimento", "pt",
      "Informamos que o seu requerimento de subsídio de desemprego foi deferido. Valor diário: "
      "33,71 €."),
    m("ss.0108", "2026-01-08 15:00 +0000", "Segurança Social Direta <naoresponder@seg-social.pt>",
      "Cessação da prestação de desemprego", "pt",
      "Recebemos a comunicação de início de atividade por conta de outrem. A prestação cessa "
      "a 04/01/2026."),
    m("amz.ord.0918", "2025-09-18 19:22 +0200", "Amazon.es <confirmar-envio@amazon.es>",
      "Tu pedido de \"Fita métrica laser Bosch\" ha sido enviado", "es",
      "Hola Inês, tu paquete llegará el lunes 22 de septiembre. Pedido n.º 405-8812004-1177."),
    m("amz.ord.1130", "2025-11-30 11:04 +0100", "Amazon.es <confirmar-envio@amazon.es>",
      "Pedido confirmado: Kindle Paperwhite", "es", "Gracias por tu pedido. Total: 149,99 €."),
    m("ctt.0923", "2025-09-23 09:40 +0100", "CTT <notificacoes@ctt.pt>",
      "A sua encomenda está a caminho", "pt", "Objeto LX553218877ES em distribuição. Hoje entre "
      "10h e 13h."),
    m("ctt.1202", "2025-12-02 14:10 +0000", "CTT <notificacoes@ctt.pt>",
      "Aviso de chegada – levantar na loja", "pt",
      "Não foi possível entregar o objeto RR991002831PT. Pode levantá-lo na loja CTT Boavista."),
    m("zara.ord.1015", "2025-10-15 21:00 +0100", "ZARA <noreply@zara.com>",
      "Confirmação da encomenda 8842119", "pt", "Obrigado pela sua compra: blazer em lã, "
      "calças fluidas. Total 89,90 €."),
    m("zara.ret.1022", "2025-10-22 10:00 +0100", "ZARA <noreply@zara.com>",
      "Devolução recebida", "pt", "Recebemos a devolução das calças fluidas. Reembolso de 35,95 €."),
    m("continente.1106", "2025-11-06 18:00 +0000", "Continente Online <encomendas@continente.pt>",
      "Encomenda entregue", "pt", "A sua encomenda 55012 foi entregue. Acumulou 4,20 € em cartão."),
    m("continente.0116", "2026-01-16 18:00 +0000", "Continente Online <encomendas@continente.pt>",
      "Encomenda agendada para amanhã", "pt", "Entrega entre as 19h e as 20h."),
    m("uber.0927", "2025-09-27 02:11 +0100", "Uber Receipts <noreply@uber.com>",
      "A sua viagem de sábado à noite com a Uber", "pt", "Total 9,87 € · Ribeira → Paranhos"),
    m("bolt.1121", "2025-11-21 23:50 +0000", "Bolt <receipts@bolt.eu>",
      "Recibo da viagem", "pt", "Viagem em Porto: 7,40 €. Obrigado por viajar com a Bolt."),
    m("cp.1110", "2025-11-10 18:00 +0000", "CP – Comboios de Portugal <bilhetes@cp.pt>",
      "Bilhete Alfa Pendular Porto-Campanhã → Lisboa Sta. Apolónia", "pt",
      "Viagem a 11/11/2025, 07:09, carruagem 5 lugar 42. Apresente o QR code a bordo.",
      attach=[("bilhete_cp.txt", "text/plain", "AP 120 PORTO-LISBOA 11/11 07:09 C5 L42")]),
    m("ryan.1029", "2025-10-29 13:00 +0000", "Ryanair <itinerary@ryanair.com>",
      "Your itinerary: Porto – Madrid", "en",
      "Booking reference KQ7D2L. OPO → MAD 13 Nov 06:25. Check-in opens 24 hours before."),
    m("tap.1221", "2025-12-21 09:00 +0000", "TAP Air Portugal <noreply@flytap.com>",
      "Oferta especial para a Madeira", "pt",
      html="<p>Voe para o Funchal desde 39€. Oferta válida para viagens até março.</p>"),
    m("booking.1101", "2025-11-01 16:30 +0100", "Booking.com <noreply@booking.com>",
      "A sua reserva no Hostal Madrid Centro está confirmada", "pt",
      "Check-in 13 nov, check-out 14 nov. Preço total 68 €. Número de confirmação 4412.990.118."),
    m("airbnb.0105", "2026-01-05 20:00 +0000", "Airbnb <automated@airbnb.com>",
      "Lembrete: a sua estadia em Ponte de Lima", "pt", "Faltam 5 dias para o seu fim-de-semana. "
      "Anfitrião: Manuel."),
    m("spotify.1001", "2025-10-01 04:00 +0100", "Spotify <no-reply@spotify.com>",
      "O teu recibo do Spotify Premium", "pt", "Cobrámos 8,99 € no teu cartão Visa ****4410."),
    m("netflix.1210", "2025-12-10 04:00 +0000", "Netflix <info@mailer.netflix.com>",
      "Novidades de dezembro", "pt", "Novas séries e filmes a chegar este mês. Veja o trailer."),
    m("google.sec.1109", "2025-11-09 22:02 +0000", "Google <no-reply@accounts.google.com>",
      "Alerta de segurança", "pt",
      "Foi feito um novo início de sessão na sua Conta Google num dispositivo Windows. Se foi "
      "você, não precisa de fazer nada."),
    m("google.storage.0120", "2026-01-20 10:00 +0000", "Google One <googleone-noreply@google.com>",
      "O seu armazenamento está quase cheio", "pt", "Está a utilizar 14,1 GB de 15 GB."),
    m("ginasio.0901", "2025-09-01 09:00 +0100", "Fitness Boavista <geral@fitnessboavista.pt>",
      "Bem-vinda de volta! Horários de setembro", "pt",
      "As aulas de pilates voltam às terças e quintas às 19h15. Boas vindas às aulas!"),
    m("ginasio.1201", "2025-12-01 09:00 +0000", "Fitness Boavista <geral@fitnessboavista.pt>",
      "Oferta de Natal: traga um amigo", "pt", "Em dezembro, quem trouxer um amigo ganha um "
      "mês grátis."),
    m("dentista.1016", "2025-10-16 11:00 +0100", "Clínica Dentária Foz <marcacoes@clinicafoz.pt>",
      "Lembrete: consulta de higiene oral", "pt",
      "Olá Inês, lembramos a sua consulta amanhã, 17/10, às 18h30, com a Dra. Sofia Prata. "
      "Responda SIM para confirmar."),
    m("cuf.0211", "2026-02-11 09:00 +0000", "CUF <marcacoes@cuf.pt>",
      "Marcação confirmada – Oftalmologia", "pt",
      "A sua consulta de Oftalmologia está marcada para 20/02/2026 às 10h40 no Hospital CUF "
      "Porto.",
      ics={"start": "2026-02-20 10:40:00 +0000", "minutes": 30,
           "organizer": ("CUF", "marcacoes@cuf.pt"), "uid": "cuf-oft-20260220-551@cuf.pt",
           "summary": "Consulta de Oftalmologia – Hospital CUF Porto",
           "location": "Estrada da Circunvalação 14341, Porto"}),
    m("seguros.0905", "2025-09-05 10:00 +0100", "Fidelidade <clientes@fidelidade.pt>",
      "A sua apólice automóvel vai ser renovada", "pt",
      "A apólice 55.00117.22 renova a 01/10/2025. Prémio anual: 298,40 €."),
    m("seguros.sim.1009", "2025-10-09 15:00 +0100", "Fidelidade <clientes@fidelidade.pt>",
      "Proposta de seguro de habitação", "pt",
      "Conforme solicitado, enviamos a proposta de seguro multirriscos habitação. Para aceitar, "
      "assine e devolva até 20/10."),
    m("imov.1128", "2025-11-28 12:00 +0000", "Idealista <noreply@idealista.pt>",
      "Novos anúncios: T2 Vila Nova de Gaia até 250.000 €", "pt",
      "5 novos imóveis correspondem à sua pesquisa. T2 Santa Marinha, 238.000 €, terraço."),
    m("imov.0112", "2026-01-12 12:00 +0000", "Idealista <noreply@idealista.pt>",
      "A sua visita foi confirmada", "pt",
      "O anunciante confirmou a visita ao T2 em Santa Marinha na quinta-feira às 18h."),
    m("credito.hab.0126", "2026-01-26 11:00 +0000", "Banco Atlântico <credito.habitacao@bancoatlantico.pt>",
      "Pedido de crédito habitação – documentos em falta", "pt",
      "Cara Inês, para analisarmos o seu pedido de crédito habitação precisamos dos três últimos "
      "recibos de vencimento e da declaração de IRS. A proposta de financiamento é enviada em "
      "5 dias úteis."),
    m("credito.hab.0209", "2026-02-09 16:00 +0000", "Banco Atlântico <credito.habitacao@bancoatlantico.pt>",
      "Proposta de crédito habitação aprovada", "pt",
      "Temos o prazer de lhe enviar a Ficha de Informação Normalizada Europeia (FINE) com a "
      "proposta aprovada: 200.000 €, 35 anos, taxa mista. Válida por 30 dias."),
    m("feup.aula.1006", "2025-10-06 13:00 +0100", "Prof. Álvaro Serra <aserra@fe.up.pt>",
      "[MEGO] Planeamento de Obras – trabalho 1", "pt",
      "Caros estudantes,\nO enunciado do trabalho 1 está no Moodle. Grupos de 3. Entrega a "
      "7/11.\nÁ. Serra"),
    m("feup.aula.1120", "2025-11-20 13:00 +0000", "Prof. Álvaro Serra <aserra@fe.up.pt>",
      "[MEGO] notas do trabalho 1", "pt", "As notas estão publicadas no Sigarra. Boa média!"),
    m("feup.aula.0116", "2026-01-16 13:00 +0000", "Moodle U.Porto <moodle@up.pt>",
      "Lembrete: exame de Contratação Pública – 27 jan", "pt",
      "O exame de Contratação Pública realiza-se a 27/01 às 18h30, sala B003."),
    m("feup.bolsa.1022", "2025-10-22 10:00 +0100", "Serviços de Ação Social U.Porto <bolsas@sas.up.pt>",
      "Candidatura a bolsa de estudo 2025/26 – documentação", "pt",
      "A sua candidatura à bolsa de estudo encontra-se incompleta. Submeta a declaração de "
      "rendimentos até 31/10."),
    m("ordem.quotas.0115", "2026-01-15 09:00 +0000", "Ordem dos Engenheiros <quotas@ordemengenheiros.pt>",
      "Quotas 2026", "pt", "Está disponível o pagamento das quotas de 2026 (segmento anual 96 €)."),
    m("ordem.formacao.1014", "2025-10-14 09:00 +0100", "Ordem dos Engenheiros – Região Norte <eventos@oern.pt>",
      "Formação: Gestão de Contratos de Empreitada (NEC4)", "pt",
      "Inscrições abertas para a formação de 16 horas, 21 e 22 de novembro. Membros: 180 €."),
    m("ordem.newsletter.1203", "2025-12-03 09:00 +0000", "Ordem dos Engenheiros <newsletter@ordemengenheiros.pt>",
      "Ingenium News – dezembro", "pt",
      html="<p>Nesta edição: regime de habilitação das empresas de construção; entrevista ao "
      "presidente do Colégio de Civil; prémios de engenharia 2025.</p>"),
    m("bim.webinar.0121", "2026-01-21 15:00 +0000", "Autodesk <autodesk@autodeskcommunications.com>",
      "You're registered: Autodesk Construction Cloud live demo", "en",
      "Thanks for registering. The session starts on 28 January at 15:00 GMT. Add it to your "
      "calendar below.",
      ics={"start": "2026-01-28 15:00:00 +0000", "minutes": 60,
           "organizer": ("Autodesk Events", "events@autodesk.com"),
           "uid": "acc-demo-20260128@autodesk.com",
           "summary": "Autodesk Construction Cloud – live demo",
           "location": "https://autodesk.zoom.us/webinar/register/WN_4410"}),
    m("procore.nl.1112", "2025-11-12 14:00 +0000", "Procore <news@procore.com>",
      "The 2026 construction hiring outlook", "en",
      html="<p>Labor shortages, rising wages and how top GCs are interviewing superintendents. "
      "Download the report.</p>"),
    m("coursera.0930", "2025-09-30 17:00 +0100", "Coursera <no-reply@m.mail.coursera.org>",
      "Your application for Financial Aid was approved", "en",
      "Good news! Your financial aid application for \"Construction Project Management\" "
      "(Columbia) was approved. Enroll within 30 days."),
    m("medium.1025", "2025-10-25 08:00 +0100", "Medium Daily Digest <noreply@medium.com>",
      "How I prepared for my project manager interview", "en",
      "Stories for you: How I prepared for my project manager interview · The offer I "
      "declined · Lean construction 101"),
    m("duolingo.1105", "2025-11-05 19:00 +0000", "Duolingo <hello@duolingo.com>",
      "Don't lose your 40-day Spanish streak!", "en", "Take 5 minutes to keep it alive."),
    m("duolingo.0203", "2026-02-03 19:00 +0000", "Duolingo <hello@duolingo.com>",
      "Your weekly progress", "en", "You earned 820 XP this week."),
    m("camara.ruido.1118", "2025-11-18 10:00 +0000", "Câmara Municipal do Porto <geral@cm-porto.pt>",
      "Resposta ao pedido n.º 2025/88123 – Gestão de Ocorrências", "pt",
      "Informamos que a ocorrência relativa a pavimento danificado na Rua de Cedofeita foi "
      "encaminhada para os serviços competentes."),
    m("camara.news.0115", "2026-01-15 11:00 +0000", "Porto. <newsletter@cm-porto.pt>",
      "Agenda de fevereiro no Porto", "pt",
      html="<p>Concertos no Coliseu, Fantasporto, e o novo parque urbano de Campanhã.</p>"),
    m("camara.concurso.1003", "2025-10-03 11:00 +0100", "Porto. <newsletter@cm-porto.pt>",
      "Concurso de ideias para a Praça do Marquês – candidaturas abertas", "pt",
      html="<p>Arquitetos e paisagistas podem apresentar candidaturas até 30 de novembro. "
      "Prémio de 20.000 €.</p>"),
    m("voluntariado.1008", "2025-10-08 18:00 +0100", "Banco Alimentar Porto <voluntarios@bancoalimentar.pt>",
      "Inscrição como voluntária – campanha de novembro", "pt",
      "Obrigado pela sua inscrição! Está escalada para o Continente da Boavista, 29/11, das 14h "
      "às 18h."),
    m("rental.0115", "2026-01-15 18:10 +0000", "Senhorio – Rui Pacheco <ruipacheco1962@gmail.com>",
      "aumento da renda", "pt",
      "Boa tarde D. Inês, conforme a lei, a renda passa a 668 € a partir de março. Cumprimentos, "
      "Rui Pacheco"),
    m("rental.1030", "2025-10-30 09:20 +0000", "Senhorio – Rui Pacheco <ruipacheco1962@gmail.com>",
      "canalizador", "pt", "O canalizador vai aí quinta às 9h para ver a torneira da cozinha."),
    m("vet.1114", "2025-11-14 12:00 +0000", "Clínica Veterinária Arca <geral@vetarca.pt>",
      "Vacina do Tejo", "pt", "O Tejo tem a vacina anual em atraso. Marque pelo 225 104 400."),
    m("newsletter.expresso.1019", "2025-10-19 08:00 +0100", "Expresso <newsletter@expresso.pt>",
      "Expresso Curto: orçamento, habitação e a grande entrevista", "pt",
      html="<p>Bom dia. Hoje: o Orçamento do Estado e a habitação; a grande entrevista ao "
      "ministro das Infraestruturas sobre a alta velocidade.</p>"),
    m("newsletter.expresso.0208", "2026-02-08 08:00 +0000", "Expresso <newsletter@expresso.pt>",
      "Expresso Curto: eleições e obras públicas", "pt",
      html="<p>O que muda nos concursos públicos com a nova lei; as obras paradas no país.</p>"),
    m("eventbrite.1120", "2025-11-20 20:00 +0000", "Eventbrite <noreply@order.eventbrite.com>",
      "Os seus bilhetes para Porto Tech Hub Conference", "pt",
      "Encomenda n.º 9921004 · 2 bilhetes · 5 de dezembro, Alfândega do Porto."),
    m("mbway.1205", "2025-12-05 13:30 +0000", "MB WAY <naoresponder@mbway.pt>",
      "Recebeu 25,00 € de Tiago Mendes", "pt", "Mensagem: jantar anos"),
    m("ikea.0210", "2026-02-10 17:00 +0000", "IKEA Portugal <ikea@news.ikea.pt>",
      "Novidades para a sua casa nova", "pt",
      html="<p>Semanas de cozinhas: 15% de desconto em IKEA Family. Planeie online.</p>"),
    m("decathlon.0924", "2025-09-24 12:00 +0100", "Decathlon <noreply@decathlon.pt>",
      "A sua encomenda está pronta para levantamento", "pt", "Botas de caminhada MH500 — loja "
      "Matosinhos."),
    m("glovo.1030", "2025-10-30 21:10 +0000", "Glovo <no-reply@glovoapp.com>",
      "O teu pedido foi entregue", "pt", "Sushi Boavista · 23,40 €"),
    m("wise.1115", "2025-11-15 10:00 +0000", "Wise <noreply@wise.com>",
      "Your transfer to Lola Herrera is complete", "en", "You sent 45.00 EUR. It arrived."),
    m("revolut.0102", "2026-01-02 09:00 +0000", "Revolut <no-reply@revolut.com>",
      "O teu resumo de 2025", "pt", "Em 2025 viajaste para 3 países e fizeste 214 pagamentos."),
    m("github.0915", "2025-09-15 20:00 +0000", "GitHub <noreply@github.com>",
      "[GitHub] A third-party OAuth application has been added to your account", "en",
      "Hey inescmendes! A third-party OAuth application (Procore Sync) was recently authorized "
      "to access your account."),
    m("zoom.personal.1008", "2025-10-08 19:00 +0100", "Joana Lemos <joanalemos@hotmail.com>",
      "Zoom do grupo da faculdade – sábado", "pt",
      "Malta, Zoom sábado às 21h para planearmos o jantar dos 15 anos de curso! Link: "
      "https://us05web.zoom.us/j/8812230 — quem trata do restaurante?"),
    m("reuniao.pais.0930", "2025-09-30 18:00 +0100", "Paróquia de Cedofeita <secretaria@paroquiacedofeita.pt>",
      "Inscrições catequese – sobrinho", "pt",
      "Confirmamos a inscrição do Duarte Mendes na catequese. Primeira sessão a 11/10."),
    m("ipma.1023", "2025-10-23 07:00 +0100", "Proteção Civil <avisos@prociv.gov.pt>",
      "Aviso: chuva forte no distrito do Porto", "pt",
      "Aviso amarelo para precipitação entre as 12h e as 24h de amanhã."),
    m("uber.eats.1220", "2025-12-20 13:00 +0000", "Uber Eats <uber@uber.com>",
      "Oferta: 50% no teu próximo pedido", "pt", "Usa o código NATAL50 até domingo."),
    m("sapo.mail.0904", "2025-09-04 12:00 +0100", "Continente <cartao@continente.pt>",
      "Cupões da semana", "pt", "Tem 6 cupões novos: -25% em frescos."),
    m("ticketline.1105", "2025-11-05 10:00 +0000", "Ticketline <info@ticketline.pt>",
      "Bilhetes confirmados – Coliseu Porto", "pt", "Concerto de Capicua, 13/12, 21h30. Plateia "
      "fila H."),
    m("ordem.estagio.1109", "2025-11-09 10:00 +0000", "Ordem dos Engenheiros <admissao@ordemengenheiros.pt>",
      "Pedido de orientação de estágio – membro estagiário", "pt",
      "Cara Eng.ª Inês Carvalho Mendes, o membro estagiário Diogo Faria indicou-a como "
      "orientadora do estágio de admissão. Por favor confirme ou recuse na área reservada."),
    m("cm.vaga.estac.1026", "2025-10-26 11:00 +0000", "Câmara Municipal do Porto <geral@cm-porto.pt>",
      "Dístico de residente – pedido deferido", "pt",
      "O seu pedido de dístico de estacionamento para residentes (zona 14) foi deferido."),
    m("aldi.1013", "2025-10-13 08:00 +0100", "ALDI Portugal <newsletter@aldi.pt>",
      "Esta semana: ofertas de bricolage", "pt", "Berbequim sem fios 39,99 €. Nivel laser 19,99 €."),
    m("pt.gov.1201", "2025-12-01 12:00 +0000", "gov.pt <notificacoes@gov.pt>",
      "Renovação do Cartão de Cidadão", "pt",
      "O seu Cartão de Cidadão expira a 15/01/2026. Agende a renovação online."),
    m("pt.gov.0118", "2026-01-18 12:00 +0000", "gov.pt <notificacoes@gov.pt>",
      "O seu novo Cartão de Cidadão está pronto", "pt", "Pode levantá-lo na Loja do Cidadão das "
      "Antas."),
    m("leroy.1101", "2025-11-01 09:00 +0000", "Leroy Merlin <noticias@leroymerlin.pt>",
      "Candidate-se ao Cartão Leroy Merlin e ganhe 10%", "pt",
      html="<p>Peça já o cartão e ganhe 10% de desconto na primeira compra.</p>"),
    m("interview.survey.1202", "2025-12-02 15:00 +0000", "Inquéritos Netflix <surveys@netflix.com>",
      "Queremos entrevistá-la: 30 minutos sobre a sua experiência", "pt",
      "Estamos a conduzir entrevistas com membros em Portugal. Recompensa: 1 mês grátis."),
    m("fb.1012", "2025-10-12 20:00 +0100", "Facebook <notification@facebookmail.com>",
      "Rita Sampaio identificou-a numa foto", "pt", "Rita Sampaio identificou-a em \"Gerês 2025\"."),
    m("insta.1210", "2025-12-10 20:00 +0000", "Instagram <no-reply@mail.instagram.com>",
      "lolaherrera mencionou-te numa história", "pt", "Abre o Instagram para ver."),
    m("whatsapp.web.0201", "2026-02-01 10:00 +0000", "Google Calendar <calendar-notification@google.com>",
      "Lembrete: Almoço de aniversário da Rita @ sáb 7 fev 13:00", "pt",
      "Almoço de aniversário da Rita\nRestaurante Cantinho do Avillez, Porto\nsáb 7 fev 2026 "
      "13:00 – 15:00"),
    m("strava.1019", "2025-10-19 12:00 +0100", "Strava <no-reply@strava.com>",
      "Joana Lemos deu kudos à tua atividade", "pt", "Corrida matinal · 8,2 km"),
    m("bookshop.0921", "2025-09-21 16:00 +0100", "Livraria Lello <loja@livrarialello.pt>",
      "Encomenda enviada", "pt", "O seu livro \"Gestão de Projetos de Construção\" foi enviado."),
    m("seg.auto.1108", "2025-11-08 18:00 +0000", "Via Verde <comunicacoes@viaverde.pt>",
      "Extrato Via Verde de outubro", "pt", "Total: 34,15 € (A1, A3, VCI)."),
    m("galp.1206", "2025-12-06 09:00 +0000", "Galp <galp@news.galp.com>",
      "Acumule o dobro dos pontos este fim de semana", "pt", "Oferta exclusiva para clientes "
      "Mundo Galp."),
    m("oficina.0116", "2026-01-16 10:00 +0000", "Auto Reparadora Paranhos <oficina.paranhos@gmail.com>",
      "orçamento revisão", "pt",
      "Bom dia, a revisão dos 60.000 km fica em 285 € com pastilhas. Pode deixar o carro segunda."),
    m("alumni.0212", "2026-02-12 18:00 +0000", "FEUP Alumni <alumni@fe.up.pt>",
      "Encontro anual de antigos estudantes – inscrições", "pt",
      "Dia 14 de março, jantar no Palácio da Bolsa. Inscrições até 28/02."),
    m("rtp.0222", "2026-02-22 09:00 +0000", "RTP Play <rtpplay@rtp.pt>",
      "Não perca: a entrevista da semana", "pt",
      html="<p>Reveja a entrevista ao engenheiro responsável pela nova ponte sobre o Douro.</p>"),
    m("mae.0220", "2026-02-20 20:30 +0000", MAE, "fim de semana", "pt",
      "Vens cá no sábado? O pai quer ver as fotos da casa de Gaia."),
    m("tiago.0223", "2026-02-23 12:12 +0000", TIAGO, "mudança", "pt",
      "Se precisares de ajuda com a mudança em março, tenho a carrinha do sogro."),
    m("ctt.0108", "2026-01-08 09:10 +0000", "CTT <notificacoes@ctt.pt>",
      "Encomenda entregue", "pt", "O objeto DA771002881PT foi entregue às 11h02."),
    m("condo.obras.0119", "2026-01-19 19:00 +0000", CONDO,
      "Obras na cobertura – início a 2 de fevereiro", "pt",
      "Informamos que a empreitada de impermeabilização adjudicada à Telhados do Norte inicia "
      "a 2/2, com andaime na fachada norte durante 3 semanas."),
    m("mae.1012", "2025-10-12 09:00 +0100", MAE, "Re: então?", "pt",
      "Então, como correu a entrevista da Maia? O teu pai está sempre a perguntar. Beijos"),
    m("rita.1203", "2025-12-03 22:00 +0000", RITA, "Fwd: Oferta de emprego?? 😂", "pt",
      "Olha o spam que recebi, ofereceram-me um emprego de 'avaliadora de produtos' a 300€/dia "
      "pelo WhatsApp. Cuidado com isto!\n\n---------- Forwarded message ---------\nDe: "
      "HR Team <hr.team2025@outlook.com>\nAssunto: Oferta de emprego\n\nTrabalho remoto, 1h "
      "por dia, ganhe 300€/dia. Responda com o seu WhatsApp."),
    m("tiago.1111", "2025-11-11 21:00 +0000", TIAGO, "São Martinho", "pt",
      "Castanhas e jeropiga lá em casa sábado? Traz a Rita."),
    m("lola.0120", "2026-01-20 19:30 +0100", "Lola Herrera <lolaherrera@gmail.com>",
      "Re: ¡noticias!", "es",
      "¡Qué alegría lo del trabajo nuevo! Entonces nada de Madrid... pero vengo yo a Oporto "
      "en Semana Santa 😘"),
    m("amz.ord.0206", "2026-02-06 10:00 +0100", "Amazon.es <confirmar-envio@amazon.es>",
      "Entregado: Mochila portátil 15\"", "es", "Tu paquete se entregó en el buzón."),
    m("spotify.0201", "2026-02-01 04:00 +0000", "Spotify <no-reply@spotify.com>",
      "O teu recibo do Spotify Premium", "pt", "Cobrámos 8,99 € no teu cartão Visa ****4410."),
    m("cgd.mov.0227", "2026-02-27 08:00 +0000", "Banco Atlântico <alertas@bancoatlantico.pt>",
      "Crédito de vencimento", "pt",
      "Foi creditado o valor de 2.104,18 € na conta ***7712 – TRF CEGA CONSULTORES ENG."),
    m("linkedin.premium.1015", "2025-10-15 10:00 +0100", "LinkedIn <linkedin@e.linkedin.com>",
      "Inês, experimente o Premium Career grátis durante 1 mês", "pt",
      html="<p>Destaque-se junto dos recrutadores e veja quem viu o seu perfil. Oferta: 1 mês "
      "grátis.</p>"),
    m("zoom.webinar.1124", "2025-11-24 12:00 +0000", "Zoom <no-reply@zoom.us>",
      "Confirmação: Lean Construction Portugal – Meetup online", "pt",
      "Olá Inês, obrigado por se registar no webinar \"Last Planner System em obra\". Data: "
      "3 dez 2025, 18:30 Lisboa.",
      ics={"start": "2025-12-03 18:30:00 +0000", "minutes": 60,
           "organizer": ("Lean Construction Portugal", "info@leanconstruction.pt"),
           "uid": "zoom-webinar-88112039@zoom.us",
           "summary": "Last Planner System em obra – Lean Construction Portugal",
           "location": "https://us02web.zoom.us/w/88112039"}),
    m("ikea.1018", "2025-10-18 10:00 +0100", "IKEA Portugal <ikea@news.ikea.pt>",
      "Obrigado pela sua visita", "pt", "Conte-nos como foi a sua experiência na loja de "
      "Matosinhos."),
]
