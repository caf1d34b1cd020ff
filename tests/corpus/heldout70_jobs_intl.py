# ruff: noqa: E501
"""Corpus 70, Brazilian Portuguese and English job mail (data only): see heldout70.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _lisbon(day: str) -> str:
    return "+0100" if day < "2025-10-26" else "+0000"


def _sao_paulo(day: str) -> str:
    return "-0300"


def _cet(day: str) -> str:
    return "+0200" if day < "2025-10-26" else "+0100"


m = partial(dated_spec, _lisbon)
m_sp = partial(dated_spec, _sao_paulo)
m_cet = partial(dated_spec, _cet)


def B(cat, co, role, app, src):
    return (cat, co, role, app, src, "pt")


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


TR, TRR = "Trocco", "Product Designer Sênior"
KF, KFR = "Kontorfeld", "Senior Product Designer"
HV, HVR = "Haven", "Product Designer, Growth"
NL, NLR = "Nordlys Health", "UX Designer"
HM, HMR = "Halfmoon Games", "UI/UX Designer"

MAIL: list[dict[str, Any]] = [
    # --- 20 Trocco (São Paulo fintech, remote, Gupy) ------------------------------------
    m_sp(
        "73101",
        "2025-09-04 11:20",
        "Trocco <naoresponda@gupy.com.br>",
        "Recebemos sua candidatura para a vaga de Product Designer Sênior (Remoto)",
        B("confirmation", TR, TRR, 20, "other"),
        html="<html><body><p>Olá, Beatriz!</p><p>Que bom ter você por aqui! Sua candidatura para a vaga <b>Product Designer Sênior (Remoto)</b> na <b>Trocco</b> foi recebida com sucesso.</p><p>Agora é com a gente: nosso time de Talent vai analisar seu perfil com carinho. Você pode acompanhar cada etapa do processo seletivo pelo seu painel de candidaturas.</p><p>Caso você não siga para a próxima etapa, vamos te avisar por aqui, combinado?</p><p>Um abraço,<br>Time de Gente &amp; Cultura Trocco</p><p style='font-size:11px;color:#888'>Enviado por Gupy · trocco.gupy.io</p></body></html>",
    ),
    m_sp(
        "73102",
        "2025-09-12 14:03",
        "Trocco <naoresponda@gupy.com.br>",
        "Próxima etapa: teste técnico de UX - Trocco",
        B("assessment", TR, TRR, 20, "other"),
        html="<html><body><p>Oi, Beatriz!</p><p>Parabéns, você avançou no processo seletivo para <b>Product Designer Sênior (Remoto)</b>! 🎉</p><p>A próxima etapa é um <b>teste técnico</b>: um case de redesign do fluxo de Pix parcelado. Você tem até 5 dias corridos para enviar sua entrega pela plataforma.</p><p><a href='https://trocco.gupy.io/candidates/jobs/99812/steps'>Acessar etapa</a></p><p>Boa sorte!<br>Time de Gente &amp; Cultura Trocco</p></body></html>",
    ),
    m_sp(
        "73103",
        "2025-09-26 10:30",
        "Larissa Okada <larissa.okada@trocco.com.br>",
        "Entrevista com o time de Design | Trocco",
        B("interview", TR, TRR, 20, "direct"),
        "Oi Beatriz, tudo bem?\n\nAqui é a Larissa, do time de Talent da Trocco. Adoramos o seu case! Gostaríamos de marcar uma entrevista com o Rafael (Head de Design) e a Camila (PM de Crédito).\n\nSugestão: quinta-feira, 2/10, às 10h de Brasília (14h em Lisboa). Pode ser? Como você está em Portugal, a vaga é 100% remota e a contratação seria via PJ/contractor internacional, ok?\n\nAbraços,\nLarissa Okada\nTech Recruiter | Trocco Instituição de Pagamento S.A.",
        ics={
            "start": "2025-10-02 10:00:00 -0300",
            "minutes": 60,
            "organizer": ("Larissa Okada", "larissa.okada@trocco.com.br"),
            "uid": "0k3j5b1v9c7a2p6r4q8s@google.com",
            "summary": "Entrevista Design | Beatriz Valadares Lobo - Trocco",
            "location": "https://meet.google.com/tro-cco-des",
            "attendees": [("Rafael Brandão", "rafael.brandao@trocco.com.br")],
        },
    ),
    m_sp(
        "73104",
        "2025-10-17 17:45",
        "Trocco <naoresponda@gupy.com.br>",
        "Retorno sobre o processo seletivo - Trocco",
        B("rejection", TR, TRR, 20, "other"),
        html="<html><body><p>Olá, Beatriz!</p><p>Primeiro, queremos agradecer de verdade por sua participação no nosso processo seletivo para <b>Product Designer Sênior (Remoto)</b>. Foi muito bacana conhecer sua trajetória.</p><p>Depois de muita conversa, decidimos seguir com outra pessoa candidata neste momento, com perfil mais próximo do que a vaga exige hoje.</p><p>Seu currículo continua no nosso banco de talentos e você pode ficar de olho nas nossas outras vagas.</p><p>Sucesso na sua jornada!<br>Time de Gente &amp; Cultura Trocco</p></body></html>",
    ),
    # --- 21 Kontorfeld (Berlin start-up, Ashby) ------------------------------------------
    m_cet(
        "73201",
        "2025-09-18 16:12",
        "Kontorfeld Hiring <no-reply@ashbyhq.com>",
        "Thanks for applying to Kontorfeld",
        E("confirmation", KF, KFR, 21, "ashby"),
        "Hi Beatriz,\n\nThanks for applying for the Senior Product Designer (Remote, EU) role at Kontorfeld! We've received your application and our team will review it shortly.\n\nWe read every application ourselves, so it can take up to two weeks to hear back. Unfortunately we can't give individual feedback at the screening stage.\n\nCheers,\nThe Kontorfeld team\n\nPowered by Ashby",
    ),
    m_cet(
        "73202",
        "2025-09-29 12:40",
        "Jonas Weidner <jonas@kontorfeld.de>",
        "Kontorfeld <> Beatriz: intro call",
        E("interview", KF, KFR, 21, "direct"),
        "Hi Beatriz,\n\nJonas here, Head of Product at Kontorfeld. Your work on the clinic booking app stood out - we'd love to have an intro chat.\n\nPlease pick a slot that suits you here: https://jobs.ashbyhq.com/kontorfeld/interviews/schedule/4e7a1d\n\nTalk soon,\nJonas\n\nKontorfeld GmbH · Torstraße 140, 10119 Berlin",
    ),
    m_cet(
        "73203",
        "2025-09-29 18:05",
        "Kontorfeld Hiring <no-reply@ashbyhq.com>",
        "Interview confirmed: Intro call with Kontorfeld",
        E("interview", KF, KFR, 21, "ashby"),
        "Hi Beatriz,\n\nYour interview has been scheduled.\n\nIntro call - Senior Product Designer\nFriday, October 3, 2025 · 10:30 - 11:00 (CEST)\nWith: Jonas Weidner\nLocation: Google Meet (link in the calendar invite)\n\nNeed to reschedule? Use the link in your invite.\n\nThe Kontorfeld team",
        ics={
            "start": "2025-10-03 10:30:00 +0200",
            "minutes": 30,
            "organizer": ("Kontorfeld Hiring", "no-reply@ashbyhq.com"),
            "uid": "ashby-iv-4e7a1d@ashbyhq.com",
            "summary": "Intro call: Beatriz Valadares Lobo <> Kontorfeld",
            "location": "Google Meet",
            "attendees": [("Jonas Weidner", "jonas@kontorfeld.de")],
        },
    ),
    m_cet(
        "73204",
        "2025-10-13 09:22",
        "Kontorfeld Hiring <no-reply@ashbyhq.com>",
        "Your application to Kontorfeld",
        E("rejection", KF, KFR, 21, "ashby"),
        "Hi Beatriz,\n\nThank you for taking the time to talk to Jonas last week - he really enjoyed hearing about your research practice.\n\nWe've had a lot of strong candidates, and after careful consideration we've decided to move forward with people whose experience in B2B logistics tooling is a closer match right now. This was a tough call.\n\nWe'll keep your details on file and would be happy to reach out should something fitting open up.\n\nBest,\nThe Kontorfeld team",
    ),
    # --- 22 Haven (Polderhaven B.V., Greenhouse) - withdrawn ----------------------------
    m_cet(
        "73301",
        "2025-10-20 13:47",
        "Polderhaven B.V. <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Haven",
        E("confirmation", HV, HVR, 22, "greenhouse"),
        "Hi Beatriz,\n\nThanks for your interest in Haven! We've received your application for Product Designer, Growth (Lisbon or Amsterdam) and our Talent team is reviewing it.\n\nIf your profile matches what we're looking for, we'll be in touch to set up a first conversation. If not, we'll let you know either way.\n\nGroetjes,\nHaven Talent Team",
    ),
    m_cet(
        "73302",
        "2025-11-04 15:30",
        "Femke de Groot <femke.degroot@havenapp.nl>",
        "Haven - let's talk! (Product Designer, Growth)",
        E("interview", HV, HVR, 22, "direct"),
        "Hi Beatriz,\n\nI'm Femke, recruiter at Haven. We'd like to invite you for a 30-minute screening call. Please use the link below to select a time that works for you:\n\nhttps://app.greenhouse.io/scheduling/candidate/9f30e1\n\nLooking forward to meeting you!\n\nFemke de Groot\nTalent Acquisition | Haven\nPolderhaven B.V., Keizersgracht 241, Amsterdam",
    ),
    m_cet(
        "73303",
        "2025-11-14 11:00",
        "Femke de Groot <femke.degroot@havenapp.nl>",
        "Haven take-home assignment",
        E("assessment", HV, HVR, 22, "direct"),
        "Hi Beatriz,\n\nGreat news - the team would like you to move forward. Next up is a take-home assignment: you'll find the brief attached (an activation experiment for new Haven households). Please spend no more than 4 hours on it and submit via the link in the brief by 28 November.\n\nAfter that we'd invite you to a panel to walk us through it.\n\nFemke",
        attach=[
            (
                "Haven_take_home_brief.txt",
                "text/plain",
                "Haven - Product Designer, Growth - take-home brief. Activation experiment.",
            )
        ],
    ),
    m_cet(
        "73304",
        "2025-12-08 10:15",
        "Femke de Groot <femke.degroot@havenapp.nl>",
        "Invitation: Haven panel - Beatriz Valadares Lobo @ Tue Dec 16, 2025 14:00 - 15:30 (CET)",
        E("interview", HV, HVR, 22, "direct"),
        "You have been invited to the following event.\n\nHaven panel - Beatriz Valadares Lobo\nWhen: Tue Dec 16, 2025 14:00 - 15:30 Central European Time - Amsterdam\nJoining info: Zoom\n\nAgenda: take-home walkthrough (40 min), design critique (30 min), your questions (20 min).\n\nInvitation from Google Calendar",
        ics={
            "start": "2025-12-16 14:00:00 +0100",
            "minutes": 90,
            "organizer": ("Femke de Groot", "femke.degroot@havenapp.nl"),
            "uid": "6r2n8d4f0h1k3m5p7s9u@google.com",
            "summary": "Haven panel - Beatriz Valadares Lobo",
            "location": "https://havenapp.zoom.us/j/84412093311",
            "attendees": [("Sander Kuipers", "sander.kuipers@havenapp.nl")],
        },
    ),
    m_cet(
        "73305",
        "2026-01-13 09:40",
        "Femke de Groot <femke.degroot@havenapp.nl>",
        "Haven - next steps",
        E("interview", HV, HVR, 22, "direct"),
        "Hi Beatriz,\n\nHappy new year! The panel loved your walkthrough. We'd like to invite you to the final round: a values conversation with our co-founder Pieter and a reference check. Could you let me know your availability for next week?\n\nBest,\nFemke",
    ),
    m_cet(
        "73306",
        "2026-01-19 16:25",
        "Femke de Groot <femke.degroot@havenapp.nl>",
        "RE: Haven - next steps",
        E("confirmation", HV, HVR, 22, "direct"),
        "Hi Beatriz,\n\nThanks for letting me know, and congratulations on the new role! Of course I understand. I've withdrawn your application for Product Designer, Growth in our system.\n\nIt was a real pleasure getting to know you, and the door is always open at Haven.\n\nWarm regards,\nFemke\n\nOn Fri, Jan 16, 2026 at 11:02 PM Beatriz Valadares Lobo wrote:\n> Hi Femke, thank you so much for the invitation. I have just accepted an offer in Lisbon, so I would like to withdraw from the process. Thank you to you and the team for a lovely experience.",
        st="withdrawn",
    ),
    # --- 23 Nordlys Health (Copenhagen, LinkedIn) ----------------------------------------
    m(
        "73401",
        "2025-10-22 20:14",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Beatriz, your application was sent to Nordlys Health",
        E("confirmation", NL, NLR, 23, "linkedin"),
        html="<html><body><p>Your application was sent to Nordlys Health</p><p><b>UX Designer</b><br>Nordlys Health · Copenhagen, Capital Region of Denmark, Denmark (Remote)</p><p>Applied on October 22, 2025</p><p><a href='https://www.linkedin.com/jobs/view/4211903377'>View job</a></p></body></html>",
    ),
    m_cet(
        "73402",
        "2025-11-11 08:10",
        "Nordlys Health Careers <careers@nordlyshealth.dk>",
        "Regarding your application for UX Designer",
        E("rejection", NL, NLR, 23, "direct"),
        "Dear Beatriz,\n\nThank you for applying for the UX Designer position at Nordlys Health.\n\nWe have now reviewed all applications. Unfortunately, we will not be taking your application further this time, as we have decided to prioritise candidates based in Denmark for this role.\n\nKind regards,\nPeople & Culture\nNordlys Health ApS",
    ),
    # --- 24 Halfmoon Games (Lisbon studio, Lever) ----------------------------------------
    m(
        "73501",
        "2025-12-02 19:33",
        "Halfmoon Games <no-reply@hire.lever.co>",
        "Halfmoon Games - application received",
        E("confirmation", HM, HMR, 24, "lever"),
        "Hi Beatriz,\n\nThanks for applying to the UI/UX Designer role at Halfmoon Games. We're a small team, so please bear with us while we look through applications - we aim to reply within three weeks.\n\nGG,\nHalfmoon Games Talent",
    ),
    m(
        "73502",
        "2025-12-12 10:48",
        "Halfmoon Games <no-reply@hire.lever.co>",
        "Halfmoon Games: UI art test",
        E("assessment", HM, HMR, 24, "lever"),
        "Hi Beatriz,\n\nWe liked your application and would like to invite you to our UI test: design the inventory screen for our upcoming mobile roguelike (mockups attached). Please upload your work within 7 days using the link below.\n\nhttps://jobs.lever.co/halfmoongames/upload/c81d\n\nThanks,\nHalfmoon Games Talent",
    ),
    m(
        "73503",
        "2026-01-05 14:02",
        "Halfmoon Games <no-reply@hire.lever.co>",
        "Update on your Halfmoon Games application",
        E("rejection", HM, HMR, 24, "lever"),
        "Hi Beatriz,\n\nThanks a lot for completing the UI test - we really appreciated the thought behind your inventory flow.\n\nUnfortunately we've decided not to move forward, as we're looking for someone with more shipped game UI experience. We hope you'll keep us in mind for future roles.\n\nBest,\nHalfmoon Games Talent",
    ),
    # --- English job mail that is not an application -------------------------------------
    m(
        "73601",
        "2025-09-22 06:30",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "5 new Product Design jobs in Lisbon",
        ("alert", None, None, None, "other", "en"),
        html="<html><body><p>Hi Beatriz, here are this week's jobs for you:</p><ul><li>Product Designer - Haven - Lisbon/Amsterdam</li><li>Senior Product Designer - Kontorfeld - Remote EU</li><li>Design Lead - Cortiça Health - Lisbon</li></ul></body></html>",
    ),
    m(
        "73602",
        "2025-10-09 16:40",
        "Sophie Hartmann <sophie@elevate-talent.co.uk>",
        "Lead Product Designer - fintech - remote (EU)",
        ("outreach", None, "Lead Product Designer", None, "agency", "en"),
        "Hi Beatriz,\n\nHope you're well. I'm working with a London-based fintech expanding their design team in Lisbon and thought your profile looked a great fit for a Lead Product Designer role (remote-first, EUR 65-75k).\n\nWould you be open to a quick chat?\n\nBest,\nSophie Hartmann\nElevate Talent",
    ),
    m_cet(
        "73603",
        "2025-11-26 12:00",
        "Ashby <no-reply@ashbyhq.com>",
        "Kontorfeld is hiring again - Product Designer (Design Systems)",
        ("alert", KF, "Product Designer (Design Systems)", None, "ashby", "en"),
        "Hi Beatriz,\n\nYou joined Kontorfeld's talent pool. We thought you'd like to know about a new opening: Product Designer (Design Systems), Remote EU.\n\nApply here: https://jobs.ashbyhq.com/kontorfeld\n\nThe Kontorfeld team",
    ),
    m(
        "73604",
        "2025-10-24 09:12",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Beatriz, Haven: Product Designer opportunity",
        ("outreach", HV, "Product Designer, Growth", None, "linkedin", "en"),
        html="<html><body><p><b>Femke de Groot</b> sent you a message</p><p>Hi Beatriz, I saw you just applied to our Growth role - thank you! Just wanted to say hello and let you know I'm the recruiter on it. Speak soon!</p><p><a href='https://www.linkedin.com/messaging/'>Reply</a></p></body></html>",
    ),
    m_sp(
        "73605",
        "2025-11-18 09:00",
        "Gupy <naoresponda@gupy.com.br>",
        "Vagas que combinam com você 💜",
        ("alert", None, None, None, "other", "pt"),
        html="<html><body><p>Oi, Beatriz! Separamos algumas vagas que combinam com o seu perfil:</p><ul><li>Product Designer Pleno - Trocco (Remoto)</li><li>UX Designer - Saúde Já (São Paulo)</li><li>Designer de Produto Sênior - Vila Crédito (Remoto)</li></ul><p>Confira no portal da Gupy.</p></body></html>",
    ),
    m_sp(
        "73105",
        "2025-09-15 09:00",
        "Trocco <naoresponda@gupy.com.br>",
        "Lembrete: seu teste técnico vence em 2 dias",
        B("assessment", TR, TRR, 20, "other"),
        html="<html><body><p>Oi, Beatriz!</p><p>Passando para lembrar que a etapa <b>Teste técnico</b> do processo seletivo da Trocco fica disponível só até 17/09. Não deixe para a última hora!</p><p><a href='https://trocco.gupy.io/candidates/jobs/99812/steps'>Continuar</a></p></body></html>",
    ),
    m_cet(
        "73307",
        "2025-12-22 09:00",
        "Femke de Groot <femke.degroot@havenapp.nl>",
        "Automatic reply: Haven panel - Beatriz Valadares Lobo",
        ("other_job", HV, None, None, "direct", "en"),
        "Hi there,\n\nThanks for your message. I'm out of office for the holidays until 5 January with no access to email. For urgent matters, please contact talent@havenapp.nl.\n\nFijne feestdagen!\nFemke",
    ),
    m_cet(
        "73308",
        "2026-01-26 10:00",
        "Haven <no-reply@us.greenhouse-mail.io>",
        "We'd love your feedback on your Haven interview experience",
        ("other_job", HV, HVR, None, "greenhouse", "en"),
        "Hi Beatriz,\n\nThank you for interviewing with Haven. We'd love to hear about your candidate experience - the survey takes 3 minutes and responses are anonymous.\n\nTake the survey\n\nHaven Talent Team",
    ),
    m(
        "73606",
        "2025-12-16 17:30",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Beatriz, you have a new InMail from Oskar Lindqvist",
        ("outreach", "Brightlane", "Senior Product Designer", None, "linkedin", "en"),
        html="<html><body><p><b>Oskar Lindqvist</b> · Talent Partner at Brightlane</p><p>Hi Beatriz, we're building our Lisbon design hub and I'd love to tell you about a Senior Product Designer role on our payments team. Open to a chat in January?</p><p><a href='https://www.linkedin.com/messaging/'>Reply</a></p></body></html>",
    ),
]
