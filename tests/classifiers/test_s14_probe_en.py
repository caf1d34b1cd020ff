"""Person-written English notes in every hiring family, and look-alikes that stay not job mail.

Short notes from a hiring manager, a founder, an in-house or an agency recruiter: no ATS
template, plain words. Notes that only make sense inside a known process (no job words at all)
are read with ``classify_in_process``. The second batch of notes was written after the first
round of phrase fixes, as a check that those fixes are general.
"""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import ApplicationStatus, Category
from tests.classifiers.probes import lookalike_test, stage_test

REJ, INT, ASM, OFF, CONF = (
    Category.REJECTION,
    Category.INTERVIEW,
    Category.ASSESSMENT,
    Category.OFFER,
    Category.CONFIRMATION,
)
HOLD, WDR, ACC = ApplicationStatus.ON_HOLD, ApplicationStatus.WITHDRAWN, ApplicationStatus.ACCEPTED

# (subject, body, category, status, in_process)
NOTES: list[tuple[str, str, Category, ApplicationStatus | None, bool]] = [
    # --- rejection ---
    (
        "Quick update",
        "Hi Jane,\n\nThanks for your time last week. We won't be continuing with the process "
        "for now, but I really enjoyed our chat.\n\nBest,\nTom",
        REJ,
        None,
        True,
    ),
    (
        "Re: Backend Engineer role",
        "Hey Jane,\n\nI wanted to let you know we decided to hire someone more senior first for "
        "the backend role. Really appreciate you taking the time.\n\nCheers,\nMarta",
        REJ,
        None,
        False,
    ),
    (
        "Update on the Product Designer position",
        "Hi Jane,\n\nAfter a lot of thought we've decided to move forward with another candidate "
        "whose experience is a closer match. Thank you for the time you put in.\n\nKind regards,"
        "\nSophie",
        REJ,
        None,
        False,
    ),
    (
        "Re: next steps",
        "Hi Jane,\n\nUnfortunately we're not going to move you forward to the next round this "
        "time. The team felt the role needs more hands-on Kubernetes experience.\n\nBest,\nDan",
        REJ,
        None,
        True,
    ),
    (
        "Following up",
        "Hi Jane,\n\nI'm sorry to say we went with a candidate who had more direct fintech "
        "experience for the analyst position. I'll keep your CV on file.\n\nAll the best,\nOmar",
        REJ,
        None,
        False,
    ),
    (
        "Quick update",
        "Hi Jane,\n\nJust a short note: the team has decided not to proceed with your "
        "application. Honestly it was close. Wishing you the best with the search.\n\nPriya",
        REJ,
        None,
        False,
    ),
    (
        "Re: our chat",
        "Hey Jane,\n\nThanks again for coming in. I'll be honest, we've decided to go another way "
        "for now. Happy to give more feedback on a call if useful.\n\nLuke",
        REJ,
        None,
        True,
    ),
    (
        "Data Analyst role",
        "Hi Jane,\n\nI've heard back from my client and sadly they won't be taking your "
        "application further for the Data Analyst role. They went with an internal hire.\n\n"
        "Thanks,\nRachel\nSenior Recruiter",
        REJ,
        None,
        False,
    ),
    (
        "Re: Frontend role",
        "Hi Jane,\n\nWe really liked you, but we've filled the frontend position. Sorry it "
        "didn't work out this time, and please stay in touch.\n\nBest,\nKen",
        REJ,
        None,
        False,
    ),
    (
        "Your interview with Fernhill",
        "Dear Jane,\n\nThank you for interviewing with us. Regrettably, we will not be offering "
        "you the position on this occasion.\n\nYours sincerely,\nHelen Grant\nHead of People",
        REJ,
        None,
        False,
    ),
    (
        "Re: catch up",
        "Hi Jane,\n\nWe've had a think and it's a no from us this time, I'm afraid. We need "
        "someone who can hit the ground running on the sales side.\n\nThanks,\nAmir",
        REJ,
        None,
        True,
    ),
    # --- interview invitation / scheduling ---
    (
        "Re: Backend Engineer application",
        "Hi Jane,\n\nThanks for applying! Could you do a call Thursday afternoon? 30 minutes "
        "with me to talk about the role.\n\nBest,\nMarta",
        INT,
        None,
        False,
    ),
    (
        "Next steps",
        "Hi Jane,\n\nThe team enjoyed meeting you. We'd like to invite you to a second interview "
        "with our CTO. Does Tuesday at 2pm work for you?\n\nBest,\nSophie",
        INT,
        None,
        False,
    ),
    (
        "Quick chat?",
        "Hey Jane,\n\nI saw your application for the designer role and I'd love to set up a "
        "quick chat this week. What times suit you?\n\nCheers,\nTom\nFounder",
        INT,
        None,
        False,
    ),
    (
        "Re: Product Manager role",
        "Hi Jane,\n\nGreat to hear from you. Are you free for a video call on Monday or Tuesday "
        "to go through your experience? Let me know a couple of slots.\n\nPriya",
        INT,
        None,
        False,
    ),
    (
        "Re: next steps",
        "Hi Jane,\n\nThe next step would be to meet the team in person. Would next Wednesday at "
        "10am work for you at our office?\n\nThanks,\nDan",
        INT,
        None,
        True,
    ),
    (
        "Interview",
        "Hi Jane,\n\nJust confirming your interview on Friday at 11:00 with Sarah and me. We'll "
        "send a Teams link the day before.\n\nBest,\nOmar",
        INT,
        None,
        False,
    ),
    (
        "Re: Frontend Developer",
        "Hi Jane,\n\nThanks for sending your CV over. When would be a good time to speak on the "
        "phone this week? I'm flexible Tuesday to Thursday.\n\nRachel\nRecruitment Consultant",
        INT,
        None,
        False,
    ),
    (
        "Re: catch up",
        "Hi Jane,\n\nCan we move our call to 3pm tomorrow? Something came up in the morning. "
        "Same link as before.\n\nKen",
        INT,
        None,
        True,
    ),
    (
        "Meeting the team",
        "Hi Jane,\n\nWe'd love for you to come in and meet the rest of the team for the final "
        "round. Please grab a slot here that suits you.\n\nAmir",
        INT,
        None,
        True,
    ),
    (
        "Your application - Operations Manager",
        "Dear Jane,\n\nThank you for your application. We would like to invite you for an "
        "interview on 14 March at 10:30 at our office.\n\nKind regards,\nHelen Grant",
        INT,
        None,
        False,
    ),
    # --- assessment / take-home ---
    (
        "Re: next steps",
        "Hi Jane,\n\nAs the next step, we'd like you to complete a short take-home task. I've "
        "attached the brief; please send it back within a week.\n\nBest,\nMarta",
        ASM,
        None,
        False,
    ),
    (
        "Coding exercise",
        "Hi Jane,\n\nThanks for the chat! Here's the coding exercise we mentioned. It should take "
        "about two hours; no rush, send it over when you're done.\n\nTom",
        ASM,
        None,
        True,
    ),
    (
        "Case study for the next round",
        "Hi Jane,\n\nFor the next round, please prepare a short case study on how you'd grow our "
        "B2B pipeline and present it to the team in 20 minutes.\n\nBest,\nSophie",
        ASM,
        None,
        False,
    ),
    (
        "Test task",
        "Hi Jane,\n\nWe'd like to send you a small test assignment before the final interview. "
        "Could you complete it by Friday?\n\nThanks,\nDan",
        ASM,
        None,
        False,
    ),
    (
        "Online assessment",
        "Hi Jane,\n\nMy client would like you to complete an online assessment before the "
        "interview. You'll receive the link from HackerRank shortly.\n\nRachel\nRecruiter",
        ASM,
        None,
        False,
    ),
    (
        "Re: design role",
        "Hi Jane,\n\nAs part of the process we ask candidates to do a short design exercise. "
        "Brief attached, we'd love to see it by next Tuesday.\n\nKen",
        ASM,
        None,
        False,
    ),
    (
        "Re: Data Analyst",
        "Hi Jane,\n\nThe next stage is a technical test of about 90 minutes in SQL and Python. "
        "Let me know when you'd like to take it.\n\nOmar",
        ASM,
        None,
        False,
    ),
    # --- offer ---
    (
        "Good news",
        "Hi Jane,\n\nI'm delighted to say we'd like to offer you the role of Product Designer. "
        "I'll send the formal offer letter over tomorrow.\n\nBest,\nSophie",
        OFF,
        None,
        False,
    ),
    (
        "Re: next steps",
        "Hey Jane,\n\nGreat news: the team loved you and we want to make you an offer! Can I "
        "call you this afternoon to talk numbers?\n\nTom",
        OFF,
        None,
        True,
    ),
    (
        "Offer",
        "Hi Jane,\n\nPlease find attached your offer letter for the Backend Engineer position. "
        "Let me know if you have any questions about the package.\n\nMarta",
        OFF,
        None,
        False,
    ),
    (
        "Re: Data Analyst role",
        "Hi Jane,\n\nI'm pleased to tell you my client would like to offer you the position. "
        "The salary is 65k plus bonus. Shall we talk later today?\n\nRachel\nRecruiter",
        OFF,
        None,
        False,
    ),
    (
        "Welcome aboard?",
        "Hi Jane,\n\nWe'd love for you to join us as our first engineer. I've attached the "
        "contract and the equity details.\n\nCheers,\nLuke\nCo-founder",
        OFF,
        None,
        False,
    ),
    (
        "Your contract",
        "Dear Jane,\n\nFurther to our conversation, I'm attaching your employment contract for "
        "the Operations Manager role. Please sign and return it by Friday.\n\nHelen Grant",
        OFF,
        None,
        False,
    ),
    # --- on hold ---
    (
        "Quick update",
        "Hi Jane,\n\nJust a heads-up: the hiring is paused until the funding round closes. I'll "
        "get back to you as soon as we can restart.\n\nTom",
        CONF,
        HOLD,
        True,
    ),
    (
        "Re: Product Manager role",
        "Hi Jane,\n\nSorry for the silence. We've had to put the Product Manager role on hold "
        "for a couple of months because of budget.\n\nPriya",
        CONF,
        HOLD,
        False,
    ),
    (
        "Update",
        "Hi Jane,\n\nMy client has frozen hiring for the rest of the quarter, so the analyst "
        "role is on ice for now. I'll be in touch when it moves.\n\nRachel\nRecruiter",
        CONF,
        HOLD,
        False,
    ),
    (
        "Re: next steps",
        "Hi Jane,\n\nWe've decided to pause the search while we reorganise the team. It's not "
        "a no, we just need a few weeks.\n\nDan",
        CONF,
        HOLD,
        True,
    ),
    (
        "Backend role",
        "Hi Jane,\n\nQuick update: the backend position has been put on hold after a change in "
        "our roadmap. I'll let you know if it reopens.\n\nMarta",
        CONF,
        HOLD,
        False,
    ),
    (
        "Re: design role",
        "Hi Jane,\n\nWe're holding off on hiring for the design role until after the summer. "
        "Sorry to keep you waiting.\n\nKen",
        CONF,
        HOLD,
        False,
    ),
    # --- the reader's withdrawal acknowledged ---
    (
        "Re: Withdrawal",
        "Hi Jane,\n\nThanks for letting us know you accepted another offer. Congrats, and "
        "best of luck in the new role!\n\nSophie",
        CONF,
        WDR,
        False,
    ),
    (
        "Re: Backend role",
        "Hi Jane,\n\nNo problem at all, I've withdrawn your application as requested. Good luck "
        "with everything.\n\nMarta",
        CONF,
        WDR,
        False,
    ),
    (
        "Re: Data Analyst",
        "Hi Jane,\n\nUnderstood, I've let the client know you're withdrawing. Shame, but I "
        "totally get it.\n\nRachel\nRecruiter",
        CONF,
        WDR,
        False,
    ),
    (
        "Re: interview",
        "Hi Jane,\n\nThanks for the heads-up, we'll take you out of the process. Sorry to see "
        "you go and good luck!\n\nDan",
        CONF,
        WDR,
        True,
    ),
    (
        "Re: my application",
        "Hi Jane,\n\nI completely understand your decision to withdraw. If things change, our "
        "door is always open.\n\nPriya",
        CONF,
        WDR,
        False,
    ),
    # --- offer accepted acknowledged ---
    (
        "Re: Offer",
        "Hi Jane,\n\nWe received your signed contract, welcome to the team! I'll send the "
        "onboarding details next week.\n\nMarta",
        OFF,
        ACC,
        False,
    ),
    (
        "Re: Offer letter",
        "Hi Jane,\n\nThank you so much for accepting our offer! We're thrilled to have you join "
        "in April.\n\nSophie",
        OFF,
        ACC,
        False,
    ),
    (
        "Re: contract",
        "Hi Jane,\n\nGot your signed contract, thanks! Really excited to have you on board.\n\nTom",
        OFF,
        ACC,
        True,
    ),
    # --- offer declined acknowledged ---
    (
        "Re: Your offer from Brightloop",
        "Hi Jane,\n\nSorry to hear you've decided to decline our offer, but I understand. I "
        "wish you all the best.\n\nSophie",
        OFF,
        WDR,
        False,
    ),
    (
        "Re: Offer letter",
        "Hi Jane,\n\nThanks for letting me know. I'll withdraw the offer on our side, and the "
        "door stays open.\n\nMarta",
        OFF,
        WDR,
        False,
    ),
    # --- more: assessment ---
    (
        "Take-home",
        "Hey Jane,\n\nHere's the take-home we talked about. Spend no more than 3 hours on it and "
        "push it to a private repo.\n\nLuke",
        ASM,
        None,
        True,
    ),
    (
        "Re: Analyst role",
        "Hi Jane,\n\nThe hiring manager would like you to complete a short Excel exercise before "
        "the interview. I've attached it; it takes about an hour.\n\nRachel\nRecruiter",
        ASM,
        None,
        False,
    ),
    # --- more: offer ---
    (
        "Re: Operations role",
        "Hi Jane,\n\nI'm very happy to let you know we'd like you to join the team! I'll send "
        "over the offer details this afternoon.\n\nAmir",
        OFF,
        None,
        False,
    ),
    (
        "Re: final round",
        "Hi Jane,\n\nGood news, the client wants to offer you the job. They're proposing a start "
        "date of 1 May. Give me a ring when you can.\n\nRachel\nRecruiter",
        OFF,
        None,
        False,
    ),
    (
        "Verbal offer",
        "Hi Jane,\n\nFollowing our call, I'm confirming our verbal offer of 70k for the analyst "
        "position. Written offer to follow.\n\nOmar",
        OFF,
        None,
        False,
    ),
    # --- more: on hold ---
    (
        "Re: next steps",
        "Hi Jane,\n\nI'm sorry to say we've frozen all hiring for now after the board meeting. "
        "I'll let you know the moment that changes.\n\nAmir",
        CONF,
        HOLD,
        True,
    ),
    (
        "Quick update",
        "Hi Jane,\n\nThe role is paused for the time being while we rethink the team structure. "
        "I hope to have news in a few weeks.\n\nSophie",
        CONF,
        HOLD,
        False,
    ),
    (
        "Re: PM role",
        "Hi Jane,\n\nAn update: the position is on hold until the new financial year. Sorry, I "
        "know it's frustrating.\n\nPriya",
        CONF,
        HOLD,
        False,
    ),
    # --- more: withdrawal acknowledged ---
    (
        "Re: Interview on Thursday",
        "Hi Jane,\n\nThanks for letting me know you've decided to withdraw. I've cancelled the "
        "interview. Best of luck with the new job!\n\nOmar",
        CONF,
        WDR,
        False,
    ),
    (
        "Re: application",
        "Hi Jane,\n\nSorry to hear you've accepted another offer, but congrats! I've closed your "
        "application on our side.\n\nKen",
        CONF,
        WDR,
        False,
    ),
    # --- more: accepted / declined acknowledged ---
    (
        "Re: Offer",
        "Hi Jane,\n\nAmazing, so glad you said yes! I've passed your signed contract to HR and "
        "they'll be in touch about your first day.\n\nAmir",
        OFF,
        ACC,
        False,
    ),
    (
        "Re: Offer letter - Product Designer",
        "Hi Jane,\n\nThanks for letting us know you've decided to turn down the offer. We're sad "
        "not to be working with you.\n\nLuke",
        OFF,
        WDR,
        False,
    ),
    (
        "Re: Offer",
        "Hi Jane,\n\nThank you for your acceptance, we're delighted! Your start date is confirmed "
        "as 3 June.\n\nHelen Grant",
        OFF,
        ACC,
        False,
    ),
    # --- second batch, written after the first fixes (see the module docstring) ---
    (
        "Re: Sales role",
        "Hi Jane,\n\nThanks so much for your patience. We've chosen another applicant for the "
        "sales role, but it was a tough call.\n\nBest,\nNina",
        REJ,
        None,
        False,
    ),
    (
        "Quick update",
        "Hi Jane,\n\nI wanted to close the loop: we're going to pass on moving forward for now. "
        "Really appreciated your time.\n\nJake",
        REJ,
        None,
        True,
    ),
    (
        "Re: intro call",
        "Hey Jane,\n\nGreat chatting yesterday! Would you be up for a second call with our CTO "
        "next week? Happy to work around your schedule.\n\nNina",
        INT,
        None,
        True,
    ),
    (
        "Exercise",
        "Hi Jane,\n\nNext up is a small written exercise: three short scenarios about handling "
        "support tickets. Please return it by Monday.\n\nNina",
        ASM,
        None,
        True,
    ),
    (
        "Re: Data role",
        "Hi Jane,\n\nBefore the final round we'd like you to complete a short SQL task. It "
        "should take about an hour.\n\nJake",
        ASM,
        None,
        False,
    ),
    (
        "Re: final round",
        "Hi Jane,\n\nWe'd like to offer you the Support Lead role! I'll email the written offer "
        "tomorrow, let me know if you have questions.\n\nNina",
        OFF,
        None,
        False,
    ),
    (
        "Good news",
        "Hi Jane,\n\nThe client has come back with an offer for you: 58k plus benefits, starting "
        "in June. Let's discuss later.\n\nTom\nRecruiter",
        OFF,
        None,
        False,
    ),
    (
        "Re: Support Lead",
        "Hi Jane,\n\nA quick update: the support lead role is on hold while we finish our "
        "restructure. I'll be back in touch in a few weeks.\n\nNina",
        CONF,
        HOLD,
        False,
    ),
    (
        "Re: next steps",
        "Hi Jane,\n\nBad timing on our side, we've had to freeze hiring until the next funding "
        "round. It's not about you at all.\n\nJake",
        CONF,
        HOLD,
        True,
    ),
    (
        "Re: Withdrawing",
        "Hi Jane,\n\nThanks for letting me know. I've withdrawn you from the process and let the "
        "hiring manager know. Good luck!\n\nTom\nRecruiter",
        CONF,
        WDR,
        False,
    ),
    (
        "Re: application",
        "Hi Jane,\n\nSorry to hear you've decided to withdraw your application, but I "
        "understand. Best of luck!\n\nNina",
        CONF,
        WDR,
        False,
    ),
    (
        "Re: Offer",
        "Hi Jane,\n\nWe've received your signed offer letter, so it's official! Welcome "
        "aboard.\n\nJake",
        OFF,
        ACC,
        False,
    ),
    (
        "Re: Your offer from Brightloop",
        "Hi Jane,\n\nThanks for letting me know you've decided to decline the offer. I "
        "understand, and I wish you well.\n\nNina",
        OFF,
        WDR,
        False,
    ),
]

LOOKALIKES = [
    (
        "Flat search",
        "Hi Jane,\n\nAs discussed, we've decided to pause the search for a new flat until the "
        "spring. I'll keep an eye on listings.\n\nMike\nLetting agent",
    ),
    (
        "Re: party",
        "Hi Jane,\n\nThanks for letting us know you accepted the invitation! When would be a "
        "good time to call about the food?\n\nKate",
    ),
    (
        "Big news!",
        "Hey Jane,\n\nI got the job at the bakery! They offered me the position on Friday and "
        "I start next month. Drinks on me!\n\nLucy",
    ),
    (
        "Your loan offer",
        "Dear Jane,\n\nGood news: you've been pre-approved for a personal loan offer of up to "
        "10,000. Accept the offer online within 14 days.\n\nYour Bank",
    ),
    (
        "Appointment confirmation",
        "Dear Jane,\n\nThis is to confirm your appointment with Dr Patel on Thursday at 10am. "
        "Please arrive 10 minutes early.\n\nHigh Street Surgery",
    ),
    (
        "Viewing on Saturday",
        "Hi Jane,\n\nThanks for your application for the flat on Elm Road. Could you do a "
        "viewing on Saturday at 11? The landlord will be there.\n\nMike\nLetting agent",
    ),
    (
        "Your course application",
        "Dear Jane,\n\nUnfortunately we are unable to offer you a place on the evening pottery "
        "course this term, as it is full.\n\nCommunity College",
    ),
    (
        "Podcast interview",
        "Hi Jane,\n\nWe'd love to have you on the podcast for an interview about your book. "
        "Could you do a recording Thursday afternoon?\n\nSam\nHost",
    ),
    (
        "This week in hiring",
        "Hi there,\n\nThis week: why hiring freezes are back, how to ace a technical interview, "
        "and five tips for negotiating your offer. Read more in this issue.\n\nThe Team",
    ),
    (
        "Re: dinner",
        "Hey Jane,\n\nCould you do dinner Thursday? Sorry, we've decided to go another way with "
        "the restaurant, the old one closed.\n\nAnna",
    ),
    (
        "Re: sofa",
        "Hi Jane,\n\nThanks for your offer on the sofa, but I've decided to go with another "
        "buyer. Sorry about that!\n\nPete",
    ),
    (
        "Renovation paused",
        "Hi Jane,\n\nWe've had to put the kitchen renovation on hold until the funding from the "
        "grant comes through. I'll call you next week.\n\nBuilder Bob",
    ),
    (
        "Re: your RSVP",
        "Hi Jane,\n\nThanks for letting us know you can't make the wedding. We'll miss you!\n\n"
        "Kate and Ben",
    ),
]


test_person_written_note_reads_as_its_stage = stage_test(
    NOTES, writer=("person@brightloop.io", "Alex Morgan"), employer="Brightloop"
)
test_look_alike_stays_not_job = lookalike_test(
    [("someone@gmail.com", subject, body, False) for subject, body in LOOKALIKES], name="A Friend"
)
