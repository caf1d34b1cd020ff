"""Short notes people write during a hiring process, in Portuguese (Portugal and Brazil).

A hiring manager's, a founder's or an in-house recruiter's plain words: the no, the call
proposed, the take-home sent, the offer, the hiring paused, the reader's withdrawal or answer
to an offer acknowledged. Notes with no job word at all are read as mail of a process in
progress (``classify_in_process``). Look-alikes (a friend's new job, a loan offer, a doctor's
appointment, a flat viewing, a master's admission, a podcast) stay not job mail.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.contracts import NormalizedMessage
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category
from tests.classifiers.probes import family_test, lookalike_test, read_note

MessageFactory = Callable[..., NormalizedMessage]


# (family, read inside a known process, subject, body)
NOTES = [
    (
        "rejection",
        False,
        "Re: Sua candidatura",
        "Olá Ana, obrigado pelo seu tempo nas entrevistas. No fim, decidimos seguir com um perfil "
        "mais sênior. Desejo muito sucesso. Abraço, Rafael",
    ),
    (
        "rejection",
        True,
        "Atualização",
        "Olá Ana, escrevo para avisar que não vamos dar continuidade ao processo por agora. "
        "Obrigada pelo interesse. Cumprimentos, Marta",
    ),
    (
        "rejection",
        False,
        "Re: Vaga de desenvolvedora",
        "Prezada Ana, agradecemos seu interesse, mas informamos que você não foi selecionada para "
        "a vaga nesta ocasião. Atenciosamente, RH",
    ),
    (
        "rejection",
        True,
        "Novidades",
        "Oi Ana, tudo bem? Acabamos optando por outra pessoa. Foi uma decisão difícil. Boa sorte! "
        "Pedro",
    ),
    (
        "rejection",
        False,
        "Re: entrevista de terça",
        "Olá Ana, muito obrigado pela entrevista. Infelizmente, decidimos avançar com outro "
        "candidato cujo perfil está mais alinhado ao que buscamos. Abraços, Juliana",
    ),
    (
        "rejection",
        True,
        "Retorno",
        "Oi Ana, queria te contar que a vaga foi preenchida internamente. Agradeço muito seu "
        "tempo. Abs, Lucas",
    ),
    (
        "rejection",
        False,
        "Re: CV",
        "Olá Ana, analisámos o seu CV com atenção, mas o seu perfil não se enquadra no que "
        "precisamos neste momento. Vamos guardá-lo para futuras oportunidades. Cumprimentos, "
        "Sofia",
    ),
    (
        "rejection",
        True,
        "Re: próximos passos",
        "Olá Ana, depois de conversar com o time, decidimos não seguir com você. Obrigado por "
        "tudo e boa sorte. Rafael",
    ),
    (
        "rejection",
        False,
        "Re: Processo seletivo",
        "Prezada Ana, informamos que sua candidatura não seguirá para as próximas etapas do "
        "processo. Agradecemos a participação. Atenciosamente, Gente & Gestão",
    ),
    (
        "rejection",
        True,
        "Quick update",
        "Olá Ana, queria avisar que, no fim, contratámos primeiro alguém com mais experiência. "
        "Vamos ter-te em conta mais à frente. Cumprimentos, Marta",
    ),
    (
        "interview",
        False,
        "Re: Candidatura",
        "Olá Ana, gostamos muito do seu perfil. Você teria um horário na quinta ou sexta para uma "
        "conversa de meia hora? Abraço, Rafael",
    ),
    (
        "interview",
        True,
        "Conversa?",
        "Olá Ana, consegue fazer uma videochamada na terça às 10h? Assim apresento-lhe a equipa. "
        "Cumprimentos, Marta",
    ),
    (
        "interview",
        False,
        "Entrevista",
        "Prezada Ana, temos o prazer de convidá-la para uma entrevista na segunda-feira, dia 10, "
        "às 9h30, em nosso escritório de São Paulo. Por favor, confirme sua presença. "
        "Atenciosamente, RH",
    ),
    (
        "interview",
        True,
        "Re: próximos passos",
        "Oi Ana, o time quer te conhecer pessoalmente. Você pode passar no escritório quarta à "
        "tarde? Pedro",
    ),
    (
        "interview",
        False,
        "Re: Vaga de analista",
        "Oi Ana, tudo bem? Gostaria de agendar um bate-papo com você sobre a vaga. Quais dias "
        "você tem disponibilidade esta semana? Abs, Juliana",
    ),
    (
        "interview",
        False,
        "Próxima etapa",
        "Olá Ana, boas notícias! Você passou para a próxima fase. Proponho uma entrevista com o "
        "CTO na quinta às 12h. Pode ser? Lucas",
    ),
    (
        "interview",
        True,
        "Quinta",
        "Olá Ana, dá-lhe jeito falarmos na quinta às 11h? Envio o link do Teams. Sofia",
    ),
    (
        "interview",
        False,
        "Confirmação de entrevista",
        "Olá Ana, confirmo a nossa entrevista amanhã às 16h. Pergunte por mim na receção. Até "
        "amanhã! Marta",
    ),
    (
        "interview",
        False,
        "Re: sua candidatura",
        "Oi Ana, obrigado por se candidatar. Queremos marcar uma entrevista online com você. Pode "
        "me passar sua disponibilidade? Abraço, Rafael",
    ),
    (
        "interview",
        True,
        "Café",
        "Oi Ana, topa tomar um café na segunda perto do escritório? Queria te contar mais sobre o "
        "time. Juliana",
    ),
    (
        "assessment",
        False,
        "Re: Candidatura",
        "Olá Ana, como próximo passo, propomos um teste técnico para fazer em casa. Você tem uma "
        "semana para entregar. Segue o enunciado em anexo. Rafael",
    ),
    (
        "assessment",
        True,
        "Exercício",
        "Olá Ana, segue o case que comentamos. Deve levar umas três horas; me manda até segunda. "
        "Boa sorte! Juliana",
    ),
    (
        "assessment",
        False,
        "Teste online",
        "Olá Ana, hoje vai receber um link para o nosso teste online. Tem a duração de 60 "
        "minutos. Cumprimentos, Marta",
    ),
    (
        "assessment",
        False,
        "Re: designer",
        "Oi Ana, você poderia fazer um pequeno exercício de design a partir do briefing anexo? "
        "Não precisa gastar mais do que algumas horas. Depois conversamos. Juliana",
    ),
    (
        "assessment",
        False,
        "Desafio técnico",
        "Olá Ana, segue o desafio técnico. Por favor, envie sua solução até sexta às 18h. "
        "Qualquer dúvida, estou à disposição. Abraço, Lucas",
    ),
    (
        "assessment",
        True,
        "Re: próximos passos",
        "Oi Ana, a próxima etapa é um teste de código no HackerRank, o convite vai chegar no seu "
        "e-mail. Você tem cinco dias para fazer. Rafael",
    ),
    (
        "assessment",
        False,
        "Avaliação",
        "Prezada Ana, convidamos você a responder um teste de perfil comportamental online antes "
        "da entrevista. O acesso será enviado por e-mail. Atenciosamente, RH",
    ),
    (
        "assessment",
        False,
        "Re: candidatura",
        "Olá Ana, envio-lhe o exercício técnico. Por favor, devolva-o no prazo de 48 horas. "
        "Cumprimentos, Sofia",
    ),
    (
        "assessment",
        True,
        "Exercício para casa",
        "Oi Ana, te mando o exercício para fazer em casa. Quando terminar, sobe no repositório e "
        "me avisa. Pedro",
    ),
    (
        "offer",
        True,
        "Boas notícias!",
        "Olá Ana, fico muito feliz em contar que queremos te oferecer a vaga. Amanhã te envio a "
        "proposta por escrito. Parabéns! Rafael",
    ),
    (
        "offer",
        False,
        "Re: Vaga de desenvolvedora",
        "Oi Ana, adoramos te conhecer e queremos você no time. Nossa proposta é de R$ 12.000 "
        "mensais em regime CLT. Me diz o que acha. Juliana",
    ),
    (
        "offer",
        False,
        "Proposta de emprego",
        "Prezada Ana, após o processo seletivo, temos o prazer de lhe oferecer a posição de "
        "Analista. Segue em anexo a carta proposta com as condições. Atenciosamente, RH",
    ),
    ("offer", True, "Decisão", "Olá Ana, a vaga é sua, se quiser! Quando pode começar? Pedro"),
    (
        "offer",
        False,
        "O seu contrato",
        "Olá Ana, envio-lhe o contrato para assinatura. Por favor, devolva-o assinado até "
        "sexta-feira. Bem-vinda! Sofia",
    ),
    (
        "offer",
        False,
        "Proposta",
        "Olá Ana, partilho a nossa proposta para a função: 2.500 € brutos mensais, com subsídio "
        "de alimentação. Fico a aguardar o seu feedback. Marta",
    ),
    (
        "offer",
        True,
        "Resultado",
        "Olá Ana, decidimos avançar com você! Segue a oferta em anexo, aguardamos sua resposta "
        "até sexta. Lucas",
    ),
    (
        "offer",
        False,
        "Carta oferta",
        "Oi Ana, segue sua carta oferta. Estamos muito felizes que você vai se juntar ao time. "
        "Abs, Juliana",
    ),
    (
        "offer",
        False,
        "Re: entrevista final",
        "Olá Ana, parabéns! Você foi aprovada para a vaga. Te ligo amanhã para falarmos de "
        "salário e data de início. Rafael",
    ),
    (
        "offer",
        True,
        "Boas notícias",
        "Oi Ana! Está aprovado, queremos você no time. Hoje à noite preparo a proposta formal. "
        "Juliana",
    ),
    (
        "on_hold",
        True,
        "Atualização rápida",
        "Olá Ana, queria avisar que pausamos as contratações até fecharmos a rodada de "
        "investimento. Te escrevo assim que souber de algo. Rafael",
    ),
    (
        "on_hold",
        False,
        "Re: Vaga de data engineer",
        "Oi Ana, má notícia: a vaga está congelada por enquanto por causa de uma reestruturação. "
        "Te procuro assim que reabrir. Juliana",
    ),
    (
        "on_hold",
        False,
        "Re: candidatura",
        "Olá Ana, temos de suspender o processo de recrutamento durante algumas semanas, porque o "
        "orçamento ainda não foi aprovado. Obrigada pela paciência. Marta",
    ),
    (
        "on_hold",
        True,
        "Novidades",
        "Prezada Ana, o processo seletivo está suspenso até segunda ordem. Entraremos em contato "
        "caso a situação mude. Atenciosamente, RH",
    ),
    (
        "on_hold",
        False,
        "Adiamento",
        "Olá Ana, a abertura da vaga foi adiada para o próximo trimestre, então vamos deixar as "
        "entrevistas em espera por agora. Desculpe o transtorno. Lucas",
    ),
    (
        "on_hold",
        True,
        "Update",
        "Oi Ana, vamos colocar tudo em stand-by por algumas semanas enquanto revisamos o "
        "orçamento. Te mantenho informada. Pedro",
    ),
    (
        "on_hold",
        False,
        "Re: entrevista",
        "Prezada Ana, lamentamos informar que a vaga foi suspensa. Entraremos em contato caso ela "
        "seja reaberta. Atenciosamente, Gente & Gestão",
    ),
    (
        "on_hold",
        False,
        "Status da sua candidatura",
        "Olá Ana, sua candidatura continua ativa, mas o processo está parado durante as férias. "
        "Retomaremos em setembro. Abraço, Rafael",
    ),
    (
        "on_hold",
        True,
        "Re: próximos passos",
        "Olá Ana, decidimos congelar as contratações enquanto fechamos a ronda de financiamento. "
        "Escrevo-lhe no início de maio. Sofia",
    ),
    (
        "on_hold",
        False,
        "Re: vaga",
        "Oi Ana, por enquanto a vaga ficou em pausa porque a diretoria ainda não aprovou. Te "
        "aviso assim que souber mais. Juliana",
    ),
    (
        "withdrawn",
        False,
        "Re: Retirar minha candidatura",
        "Olá Ana, obrigado por avisar. Registramos sua decisão de retirar a candidatura. Boa "
        "sorte! Rafael",
    ),
    (
        "withdrawn",
        True,
        "Re: Entrevista de quinta",
        "Oi Ana, sem problemas, obrigada por me avisar. Entendo totalmente que prefira sair do "
        "processo, boa sorte! Juliana",
    ),
    (
        "withdrawn",
        False,
        "Re: candidatura",
        "Olá Ana, registámos a sua desistência do processo e cancelámos a entrevista de terça. "
        "Cumprimentos, Marta",
    ),
    (
        "withdrawn",
        True,
        "Re: minha candidatura",
        "Oi Ana, feito, retirei sua candidatura do processo. Fique à vontade para nos procurar no "
        "futuro. Pedro",
    ),
    (
        "withdrawn",
        False,
        "Re: processo",
        "Olá Ana, que pena, mas entendo. Obrigado por nos contar que aceitou outra proposta. "
        "Desejo muito sucesso. Lucas",
    ),
    (
        "withdrawn",
        False,
        "Re: continuidade do processo",
        "Prezada Ana, agradecemos sua mensagem. Lamentamos que não deseje seguir no processo, mas "
        "respeitamos sua decisão. Atenciosamente, RH",
    ),
    (
        "withdrawn",
        True,
        "Re: Desculpa",
        "Olá Ana, não há problema nenhum, obrigada pela sinceridade. Vou encerrar a sua "
        "candidatura do nosso lado. Até uma próxima! Sofia",
    ),
    (
        "withdrawn",
        False,
        "Re: Desistência do processo",
        "Prezada Ana, confirmamos o recebimento do seu pedido de desistência. Sua candidatura foi "
        "encerrada. Atenciosamente, Gente & Gestão",
    ),
    (
        "withdrawn",
        False,
        "Re: Entrevista",
        "Olá Ana, obrigado por avisar que já não está disponível para a vaga. Retiramos a sua "
        "candidatura. Cumprimentos, Rafael",
    ),
    (
        "withdrawn",
        True,
        "Re: novidades",
        "Oi Ana, obrigada por contar que você conseguiu outro emprego. Parabéns e muito sucesso! "
        "Juliana",
    ),
    (
        "accepted",
        True,
        "Re: Contrato",
        "Olá Ana, recebemos seu contrato assinado, obrigado! Te esperamos no dia 3 de abril. "
        "Rafael",
    ),
    (
        "accepted",
        False,
        "Re: Proposta",
        "Oi Ana! Que alegria que você aceitou nossa proposta. Bem-vinda ao time, te mando as "
        "informações do seu primeiro dia. Juliana",
    ),
    (
        "accepted",
        False,
        "Re: Carta oferta",
        "Olá Ana, obrigado por aceitar nossa oferta. Estamos muito felizes com sua chegada. O RH "
        "vai entrar em contato com os próximos passos. Lucas",
    ),
    (
        "accepted",
        True,
        "Re: minha resposta",
        "Olá Ana, que ótima notícia que aceita a função! Vou tratar da papelada. Até breve, Marta",
    ),
    (
        "accepted",
        False,
        "Re: Proposta de emprego",
        "Olá Ana, confirmamos o recebimento da proposta assinada. Sua data de início é 2 de maio. "
        "Abraço, Pedro",
    ),
    (
        "declined",
        False,
        "Re: Proposta de emprego",
        "Olá Ana, obrigado por nos comunicar sua decisão. Lamentamos que não aceite nossa "
        "proposta, mas respeitamos. Boa sorte, Rafael",
    ),
    (
        "declined",
        True,
        "Re: proposta",
        "Oi Ana, que pena que você recusou a proposta, mas entendo. As portas continuam abertas! "
        "Juliana",
    ),
    (
        "declined",
        False,
        "Re: Oferta – analista",
        "Prezada Ana, registramos sua recusa da nossa oferta. Obrigado por nos avisar com "
        "antecedência. Atenciosamente, RH",
    ),
    (
        "declined",
        False,
        "Re: proposta",
        "Olá Ana, obrigada por nos dizer que aceitou outra oferta. Lamentamos a sua decisão e "
        "desejamos-lhe o melhor. Marta",
    ),
    (
        "declined",
        True,
        "Re: Proposta",
        "Olá Ana, anotado, você não deseja aceitar nossa proposta. Vamos encerrar seu processo "
        "então. Abraço, Pedro",
    ),
    (
        "declined",
        False,
        "Re: carta oferta",
        "Olá Ana, obrigado pela resposta. Pena que a proposta não te atende; vamos retirá-la do "
        "nosso lado. Boa sorte! Lucas",
    ),
]

# (sender, subject, body, mailing list)
LOOKALIKES = [
    (
        "carla.souza@gmail.com",
        "Novidade!",
        "Ana! Consegui o emprego na Natura, assinei o contrato ontem! Bora comemorar no sábado? "
        "Beijos, Carla",
        False,
    ),
    (
        "ofertas@nubank.com.br",
        "Sua oferta de crédito pré-aprovado",
        "Olá Ana, você tem um empréstimo pré-aprovado de até R$ 20.000. Aceite a oferta no app "
        "até dia 30. Nubank",
        False,
    ),
    (
        "marcacoes@clinicasaude.pt",
        "Confirmação de consulta",
        "Confirmamos a sua consulta com a Dra. Silva na quinta-feira, dia 14, às 10h30. Em caso "
        "de impossibilidade, avise com 24 horas de antecedência. Clínica Saúde",
        False,
    ),
    (
        "contato@imobiliariasol.com.br",
        "Visita ao apartamento",
        "Olá Ana, proponho visitar o apartamento da Rua Augusta na terça às 18h. Pode ser? "
        "Abraço, Imobiliária Sol",
        False,
    ),
    (
        "posgrad@usp.br",
        "Sua candidatura ao mestrado",
        "Prezada Ana, informamos que sua candidatura ao Mestrado em Ciência de Dados não foi "
        "aprovada pela comissão. Secretaria de Pós-Graduação",
        False,
    ),
    (
        "hugo@podcastempreender.com.br",
        "Entrevista para o podcast",
        "Oi Ana, você toparia dar uma entrevista para o nosso podcast sobre empreendedorismo? "
        "Quinta funciona para gravar? Hugo",
        False,
    ),
    (
        "newsletter@exame-carreira.com.br",
        "As empresas que mais contratam em 2025",
        "Nesta edição: 10 dicas para mandar bem na entrevista de emprego e as empresas que mais "
        "contratam. Cancelar inscrição",
        True,
    ),
    (
        "tiago.lima@gmail.com",
        "Enfim",
        "Oi Ana, no fim não passei na vaga da Embraer, escolheram outra pessoa. Que chato. Vamos "
        "nos ver no fim de semana? Tiago",
        False,
    ),
    (
        "locacao@imobiliariacentro.com.br",
        "Sua proposta de locação",
        "Olá Ana, informamos que o proprietário escolheu outro inquilino para o apartamento. "
        "Atenciosamente, a imobiliária",
        False,
    ),
    (
        "ofertas@vivo.com.br",
        "Oferta exclusiva: 30% de desconto",
        "Oi Ana, aproveite nossa oferta especial até domingo. Não perca essa oportunidade!",
        False,
    ),
    (
        "marta@yogacentro.pt",
        "Aulas em pausa",
        "Olá a todos, as aulas de terça ficam suspensas durante as férias. Voltamos em 5 de "
        "setembro. Marta",
        False,
    ),
    (
        "carla.souza@gmail.com",
        "Parabéns!",
        "Oi Ana! Que alegria que você aceitou a vaga na Natura! Vamos comemorar no sábado? "
        "Beijos, Carla",
        False,
    ),
    (
        "relacionamento@claro.com.br",
        "Que pena!",
        "Olá Ana, que pena que você recusou a nossa oferta de internet. Ela continua válida até o "
        "dia 30. Equipe Claro",
        False,
    ),
    (
        "joao.lima@gmail.com",
        "Re: apartamento",
        "Oi Ana, obrigado por me avisar que você encontrou outro apartamento. Boa mudança! João",
        False,
    ),
    (
        "prof.ribeiro@usp.br",
        "Trabalho da disciplina",
        "Olá Ana, para a próxima aula, prepare um pequeno estudo de caso para apresentar à turma. "
        "Abraço, Prof. Ribeiro",
        False,
    ),
]


test_person_written_note_is_read_for_its_stage = family_test(
    NOTES, writer=("rafael.costa@nuvem.com.br", "Rafael Costa"), employer="Nuvem"
)
test_look_alike_stays_not_job_mail = lookalike_test(LOOKALIKES)


@pytest.mark.xfail(
    strict=True,
    reason="'contrato assinado' alone says nothing of a job (a lease, a phone plan): as a gate "
    "word it made other mail job mail, so a bare thanks for the signed contract is not read",
)
def test_a_bare_thanks_for_the_signed_contract_is_not_read_yet(
    classifier: RuleClassifier, message: MessageFactory
) -> None:
    result = read_note(
        classifier,
        message,
        "Re: contrato de trabalho",
        "Olá Ana, recebido o contrato assinado, obrigada. Estamos ansiosos por começar a "
        "trabalhar consigo! Sofia",
        in_process=False,
        writer=("rafael.costa@nuvem.com.br", "Rafael Costa"),
        employer="Nuvem",
    )
    assert (result.category, result.status) == (Category.OFFER, ApplicationStatus.ACCEPTED)
