"""Startup founders and hiring managers in their own words, and the look-alikes next to them.

A founder rarely writes "interview invitation": they ask to grab half an hour, point at their
calendar, want you to meet their cofounder, say the next step is a pairing session, and close
with "we went with a candidate who..." or the terms of an offer. Read in the process they take
part in (``classify_in_process``), those words name the stage; a podcast host, a user
researcher or a landlord using the same words stays outside the job search.
"""

from __future__ import annotations

import pytest

from jobtracker.pipeline.vocabulary import Category


def _in_process(classifier, message, employer: str, **kwargs) -> Category:
    return classifier.classify_in_process(message(**kwargs), employer).category


MAIL_ON_ITS_OWN = [
    pytest.param(
        "odile@marrowlabs.example",
        "Odile Brant",
        "Marrow Labs <> Sam",
        (
            "Hi Sam,\n\nI'm the recruiter at Marrow Labs. Could we grab 20 minutes on Thursday "
            "so I can walk you through the team?\n\nHere's my calendar: "
            "https://cal.example/odile\n\nOdile Brant\nTalent Partner | Marrow Labs"
        ),
        Category.INTERVIEW,
        id="grab-20-minutes-calendar-link",
    ),
    pytest.param(
        "nell.ross@getquillon.example",
        "Nell Ross",
        "Next steps with Quillon",
        (
            "Hi Sam,\n\nGreat job on the coding exercise. The team would like to bring you in "
            "for the final loop: three 45-minute sessions over Zoom. Pick a day here: "
            "https://app.greenhouse.io/schedule/candidate/abc\n\nNell Ross\nRecruiting, Quillon"
        ),
        Category.INTERVIEW,
        id="final-loop-beats-praised-exercise",
    ),
    pytest.param(
        "noreply@candidates.workablemail.com",
        "Pollux",
        "Next step: coding exercise",
        (
            "Hi Sam,\n\nWe liked your application and would like to invite you to the next "
            "step: a 90-minute coding exercise on HackerRank. Please complete it within a week."
        ),
        Category.ASSESSMENT,
        id="timed-coding-exercise",
    ),
    pytest.param(
        "nell.ross@getquillon.example",
        "Nell Ross",
        "Good news from Quillon",
        (
            "Hi Sam,\n\nThe team wants you to join Quillon as a Platform Engineer! Base salary "
            "of CAD 150,000 and a start date in June. The letter is attached.\n\nNell"
        ),
        Category.OFFER,
        id="team-wants-you-to-join",
    ),
    pytest.param(
        "ruth@pebblewick.example",
        "Ruth Okafor",
        "Pebblewick",
        (
            "Hi Sam,\n\nThanks for the take-home and the call. We ended up going with a "
            "candidate in Berlin who can join the office.\n\nRuth"
        ),
        Category.REJECTION,
        id="refusal-went-with-a-candidate",
    ),
    pytest.param(
        "ivo@glasshaus.example",
        "Ivo Maric",
        "Glasshaus",
        (
            "Hi Sam,\n\nThanks for the conversations. In the end we'll hold out for someone "
            "with more Kubernetes depth, a big part of the job. Sorry it isn't better news.\n\nIvo"
        ),
        Category.REJECTION,
        id="refusal-hold-out-for-someone",
    ),
    pytest.param(
        "mira.holt@vantor.example",
        "Mira Holt",
        "Your application, again",
        (
            "Hi Sam,\n\nI noticed you applied to us back in January too. Would you like to chat "
            "with our hiring manager, Tom? He is free Thursday.\n\nMira Holt\n"
            "Technical Recruiter, Vantor"
        ),
        Category.INTERVIEW,
        id="past-application-recalled-call-asked",
    ),
    pytest.param(
        "lea.stein@corvane.example",
        "Lea Stein",
        "Intro call - Corvane",
        (
            "Hi Sam, thanks for your application for the Analyst role. Would you be free for a "
            "30-minute call on Tuesday? Join: https://teams.microsoft.com/l/meetup-join/19abc\n"
            "Lea Stein\nTalent Partner, Corvane"
        ),
        Category.INTERVIEW,
        id="teams-link-is-no-meetup",
    ),
    pytest.param(
        "lettings@harbourflats.example",
        "Harbour Flats",
        "Re: Your rental application - 12 Elm Row",
        (
            "Hi Sam,\n\nUnfortunately the landlord has decided to go with another applicant "
            "who could show proof of employment. Sorry!\n\nPia"
        ),
        Category.NOT_JOB,
        id="lookalike-rental-refusal",
    ),
    pytest.param(
        "admissions@northbridge-business.example",
        "Northbridge Admissions",
        "Admissions interview invitation",
        (
            "Dear Sam,\n\nWe are pleased to invite you to your admissions interview for the "
            "MSc in Marketing on Monday at 10:00, online."
        ),
        Category.NOT_JOB,
        id="lookalike-admissions-interview",
    ),
    pytest.param(
        "research@tallynote.example",
        "Tallynote Research",
        "30-min user interview?",
        (
            "Hi Sam, would love to chat about how you use Tallynote. As a thank-you you'll get "
            "a $50 voucher. Here's my calendar: https://calendly.com/tallynote-research"
        ),
        Category.NOT_JOB,
        id="lookalike-user-research",
    ),
    pytest.param(
        "host@latencypod.example",
        "Latency Pod",
        "Come on the show?",
        (
            "Hi Sam, we host a podcast on distributed systems and would love to interview you "
            "for an episode. Could we grab 30 minutes next week to plan it?"
        ),
        Category.NOT_JOB,
        id="lookalike-podcast-interview",
    ),
    pytest.param(
        "no-reply@hire.lever.co",
        "Ostrava Labs",
        "Your application to Ostrava Labs",
        (
            "Hi Sam,\n\nThank you for taking the time to apply for the Data Engineer role. "
            "After reviewing your application, we won't be moving forward with it at this "
            "time.\n\nWe see that you've applied to another role with us; that application is "
            "still under review.\n\nOstrava Labs Recruiting"
        ),
        Category.REJECTION,
        id="lever-refusal-thanks-for-applying",
    ),
    pytest.param(
        "research@hiringpulse.example",
        "Hiring Pulse",
        "Our 2026 engineering hiring report is out",
        (
            "Offers to data engineers rose 7% while the time from first interview to offer "
            "grew to 28 days. Remote roles are 40% of offers. Read the full report for salary "
            "bands by city."
        ),
        Category.NOT_JOB,
        id="newsletter-hiring-report",
    ),
    pytest.param(
        "writer@substack.com",
        "The Staff Engineer",
        "What a good technical interview looks like",
        (
            "This week: twelve founders on their technical interview loops, and why a "
            "take-home beats a whiteboard.\n\nUnsubscribe"
        ),
        Category.NOT_JOB,
        id="newsletter-substack-interviews",
    ),
    pytest.param(
        "dana.cole@ridgeviewstaffing.example",
        "Dana Cole",
        "RTR - please confirm",
        (
            'Hi Sam,\n\nPlease reply with "I agree" to confirm that Ridgeview Staffing has the '
            "exclusive right to represent you for the Data Engineer (Contract) role with our "
            "client for 60 days.\n\nDana"
        ),
        Category.OTHER_JOB,
        id="agency-right-to-represent",
    ),
    pytest.param(
        "dana.cole@ridgeviewstaffing.example",
        "Dana Cole",
        "RE: Data Engineer (Contract) - 12 months - W2",
        (
            "Hi Sam,\n\nThanks for the RTR. I have submitted your profile at USD 80/hr to the "
            "hiring team; please do not apply directly.\n\nDana"
        ),
        Category.CONFIRMATION,
        id="agency-profile-submitted",
    ),
    pytest.param(
        "lee.marsh@harbourtalentpartners.example",
        "Lee Marsh",
        "One more for you - data platform, hybrid",
        (
            "Hi Sam,\n\nI've just taken on a Lead Data Engineer search for a logistics scale-up "
            "downtown, 150-165k + bonus. Shall I tell you more?\n\nLee\n"
            "Harbour Talent Partners"
        ),
        Category.OUTREACH,
        id="agency-pitch",
    ),
    pytest.param(
        "luc@boreale-data.example",
        "Luc Pelletier",
        "Ta candidature",
        (
            "Salut Sam,\n\nBien reçu ton CV pour le poste de développeur backend, merci! Je "
            "regarde ça demain et je te reviens.\n\nLuc\nLuc Pelletier, CTO - Boréale Data"
        ),
        Category.CONFIRMATION,
        id="quebec-fr-receipt",
    ),
    pytest.param(
        "anne.gagnon@boreale-data.example",
        "Anne Gagnon",
        "Un premier appel?",
        (
            "Bonjour Sam,\n\nJ'ai bien aimé ton parcours. Serais-tu disponible jeudi à 14 h pour "
            "un premier appel de 30 minutes sur le poste, avec notre chef d'équipe?\n\n"
            "Anne Gagnon\nConseillère en acquisition de talents | Boréale Data"
        ),
        Category.INTERVIEW,
        id="quebec-fr-first-call",
    ),
    pytest.param(
        "luc@boreale-data.example",
        "Luc Pelletier",
        "Re: Ta candidature",
        (
            "Salut Sam,\n\nOn a finalement décidé d'aller avec quelqu'un basé à Québec. Bonne "
            "chance pour la suite!\n\nLuc"
        ),
        Category.REJECTION,
        id="quebec-fr-refusal",
    ),
    pytest.param(
        "pia@lumenstack.example",
        "Pia Lund",
        "Re: Data infra - from the HN May thread",
        "thanks Sam, got it. will read it properly tonight and get back to you.\n\n-p",
        Category.CONFIRMATION,
        id="founder-answers-hn-thread-mail",
    ),
    pytest.param(
        "ollie.park@mailbox.example",
        "Ollie Park",
        "Re: climbing",
        "Perfect, talk Wednesday! Let's find a time to go climbing after.",
        Category.NOT_JOB,
        id="same-words-from-a-friend",
    ),
    pytest.param(
        "ava@crmly.example",
        "Ava at Crmly",
        "Your trial",
        (
            "Hi Sam, saw you started a trial. Grab time here to see the new pipeline view: "
            "https://cal.example/ava - when's good for you?"
        ),
        Category.NOT_JOB,
        id="same-words-from-a-vendor",
    ),
    pytest.param(
        "notifications@calendly.com",
        "Calendly",
        "Confirmed: Recruiter Screen with Jo Marsh on Monday",
        (
            "Hi Sam,\n\nYour Recruiter Screen (30 min) with Jo Marsh at 9:30am on Monday, June 8 "
            "is scheduled.\n\nLocation: Google Meet"
        ),
        Category.INTERVIEW,
        id="booking-notice-recruiter-screen",
    ),
    pytest.param(
        "notifications@calendly.com",
        "Calendly",
        "Confirmed: Product demo with Jo Marsh on Monday",
        "Hi Sam,\n\nYour Product demo (30 min) with Jo Marsh on Monday is scheduled.",
        Category.NOT_JOB,
        id="booking-notice-product-demo",
    ),
    pytest.param(
        "rik@oakvale.example",
        "Rik Haas",
        "Re: Platform engineer",
        "Thanks Sam, I've forwarded your CV to our CTO. She'll reply this week.\n\nRik",
        Category.CONFIRMATION,
        id="founder-cv-passed-on",
    ),
    pytest.param(
        "rik@oakvale.example",
        "Rik Haas",
        "hi from Oakvale",
        (
            "Hi Sam, I'm the CEO at Oakvale. We're hiring our first platform engineer and your "
            "GitHub caught my eye. Open to a chat?\n\nRik"
        ),
        Category.OUTREACH,
        id="founder-pitch",
    ),
    pytest.param(
        "rik@oakvale.example",
        "Rik Haas",
        "founding engineer?",
        "Saw your profile on Wellfound - we're looking for a founding engineer. Interested?",
        Category.OUTREACH,
        id="founder-pitch-from-a-board",
    ),
    pytest.param(
        "rik@oakvale.example",
        "Rik Haas",
        "Re: your application",
        (
            "Appreciate you applying, but we've decided to focus on candidates with more Go "
            "experience. Good luck!\n\nRik"
        ),
        Category.REJECTION,
        id="founder-refusal-focus-elsewhere",
    ),
    pytest.param(
        "rory.vale@outlook.example",
        "Rory Vale",
        "Great meeting you at the Go meetup",
        (
            "Hi Sam,\n\nGreat chatting last night. We're hiring a Backend Developer at Vale & "
            "Finch. I forwarded your CV to my co-founder and we'd both like a proper interview. "
            "Can you book a slot here: https://calendly.com/vale-finch/interview\n\nRory"
        ),
        Category.INTERVIEW,
        id="meetup-then-proper-interview",
    ),
    pytest.param(
        "noreply@eta-service.example",
        "Travel Authorisation Service",
        "We have received your application - reference 1234-5678",
        (
            "Dear Sam Lee,\n\nThank you. We have received your application for an electronic "
            "travel authorisation and your payment.\n\nMost applicants receive a decision within "
            "3 working days."
        ),
        Category.NOT_JOB,
        id="travel-authorisation-receipt",
    ),
    pytest.param(
        "lin.ho@quarrytech.example",
        "Lin Ho",
        "Quarrytech - let's connect",
        (
            "Hi Sam,\n\nI'm a recruiter at Quarrytech and I'd love to set up a 30-minute intro "
            "call about the Data Engineer role.\n\nWould any of these work (all Eastern)?\n"
            "- Monday 3/2, 11:00\n- Tuesday 3/3, 2:00\n\nLin\nSenior Technical Recruiter"
        ),
        Category.INTERVIEW,
        id="slots-offered",
    ),
]


@pytest.mark.parametrize(("sender", "name", "subject", "body", "expected"), MAIL_ON_ITS_OWN)
def test_mail_read_on_its_own(classify, sender, name, subject, body, expected) -> None:
    assert classify(sender=sender, name=name, subject=subject, body=body).category is expected


MAIL_IN_PROCESS = [
    pytest.param(
        "Pebblewick",
        "ruth.okafor@gmail.example",
        "Ruth Okafor",
        "hi from pebblewick",
        (
            "Hey Sam,\n\nyour note landed at a good time, nobody here owns our build "
            "pipeline. Would love to chat. Monday or Tuesday afternoon is easy for me.\n\n"
            "Ruth\n--\nRuth Okafor, cofounder, Pebblewick"
        ),
        Category.INTERVIEW,
        id="founder-would-love-to-chat",
    ),
    pytest.param(
        "Pebblewick",
        "ruth.okafor@gmail.example",
        "Ruth Okafor",
        "good talk",
        (
            "Sam - good talk earlier. Keen to meet Jonas (my cofounder, runs sales) later "
            "this week? He'll send you a few times.\n\nR"
        ),
        Category.INTERVIEW,
        id="meet-my-cofounder",
    ),
    pytest.param(
        "Glasshaus",
        "ivo@glasshaus.example",
        "Ivo Maric",
        "A chat about the data team?",
        (
            "Hi Sam,\n\nIvo here, I run the data team. Would you be up for a 40-minute "
            "technical conversation on Friday? I'll send a calendar hold for 10am.\n\nIvo"
        ),
        Category.INTERVIEW,
        id="technical-conversation",
    ),
    pytest.param(
        "Glasshaus",
        "ivo@glasshaus.example",
        "Ivo Maric",
        "Re: catching up",
        (
            "Sorry for the silence. Next is a 60-minute paired refactoring session with two "
            "of us. Can you send me a couple of windows?\n\nIvo"
        ),
        Category.INTERVIEW,
        id="next-a-pairing-session",
    ),
    pytest.param(
        "Driftline",
        "kofi@driftlinehq.example",
        "Kofi Mensah",
        "Re: backend role",
        "read it, nice. you should talk to Ana, who'd be your manager. she'll sort out a time.",
        Category.INTERVIEW,
        id="talk-to-your-future-lead",
    ),
    pytest.param(
        "Driftline",
        "kofi@driftlinehq.example",
        "Kofi Mensah",
        "ok so",
        (
            "Sam,\n\nAna and I both want you on board. 160k base, 0.4% equity vesting over four "
            "years, and we'd love you to start September 1. I'll send the paperwork once you "
            "say yes.\n\nKofi"
        ),
        Category.OFFER,
        id="founder-terms-equity-and-start",
    ),
    pytest.param(
        "Ferrow",
        "ada.ferrow@mailbox.example",
        "Ada Ferrow",
        "Re: your post on ledgers",
        (
            "Thanks for today. We'd love you to meet Omar, our advisor - he'll do a technical "
            "deep dive. Thursday at 4pm UK?\n\nA"
        ),
        Category.INTERVIEW,
        id="meet-our-advisor",
    ),
    pytest.param(
        "Ferrow",
        "ada.ferrow@mailbox.example",
        "Ada Ferrow",
        "Re: your post on ledgers",
        "Great, Thursday 4pm it is. NDA attached.\n\nA",
        Category.INTERVIEW,
        id="slot-settled",
    ),
]


@pytest.mark.parametrize(
    ("employer", "sender", "name", "subject", "body", "expected"), MAIL_IN_PROCESS
)
def test_mail_read_in_the_process(
    classifier, message, employer, sender, name, subject, body, expected
) -> None:
    category = _in_process(
        classifier, message, employer, sender=sender, name=name, subject=subject, body=body
    )
    assert category is expected


IN_PROCESS_WORDS = [
    ("grab time here", "Feel free to grab time here: https://cal.example/tess", Category.INTERVIEW),
    ("let's find a time", "Thanks! Let's find a time to chat early next week.", Category.INTERVIEW),
    ("around next week", "Are you around next week for a quick call?", Category.INTERVIEW),
    ("can you make", "Can you make 11am on Monday? Zoom is fine.", Category.INTERVIEW),
    ("when's good", "When's good for you? I can work around your day.", Category.INTERVIEW),
    ("in front of the team", "Keen to get you in front of the team soon.", Category.INTERVIEW),
    ("which times", "Let me know which times work for a call.", Category.INTERVIEW),
    ("talk then", "Perfect, talk Wednesday!", Category.INTERVIEW),
    ("decided to pass", "We've decided to pass for now, thanks for your time.", Category.REJECTION),
    ("hired someone", "We've hired someone for the role. Thank you!", Category.REJECTION),
    ("another way", "We went another way in the end. Loved meeting you.", Category.REJECTION),
    ("our offer", "Here's our offer: 150k base and 0.2% equity. Thoughts?", Category.OFFER),
    ("bring you on", "We'd like to bring you on as our first data engineer.", Category.OFFER),
    ("small take-home", "Next step is a short take-home, about three hours.", Category.ASSESSMENT),
    ("spend hours", "Could you spend a few hours on a small project for us?", Category.ASSESSMENT),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [case[1:] for case in IN_PROCESS_WORDS],
    ids=[case[0] for case in IN_PROCESS_WORDS],
)
def test_short_words_of_someone_in_the_process(classifier, message, body, expected) -> None:
    category = _in_process(
        classifier,
        message,
        "Tessaline",
        sender="tess@tessaline.example",
        name="Tess Ward",
        subject="Re: hello",
        body=f"Hi Sam,\n\n{body}\n\nTess",
    )
    assert category is expected
