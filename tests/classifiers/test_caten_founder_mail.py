"""Startup founders and hiring managers in their own words, and the look-alikes next to them.

A founder rarely writes "interview invitation": they ask to grab half an hour, point at their
calendar, want you to meet their cofounder, say the next step is a pairing session, and close
with "we went with a candidate who..." or the terms of an offer. Read in the process they take
part in (``classify_in_process``), those words name the stage; a podcast host, a user
researcher or a landlord using the same words stays outside the job search.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.contracts import Classification, NormalizedMessage
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]
MessageFactory = Callable[..., NormalizedMessage]


def _in_process(
    classifier: RuleClassifier, message: MessageFactory, employer: str, **fields: str
) -> Category:
    return classifier.classify_in_process(message(**fields), employer).category


MAIL_ON_ITS_OWN = [
    pytest.param(
        {
            "sender": "odile@marrowlabs.example",
            "name": "Odile Brant",
            "subject": "Marrow Labs <> Sam",
            "body": (
                "Hi Sam,\n\nI'm the recruiter at Marrow Labs. Could we grab 20 minutes on Thursday "
                "so I can walk you through the team?\n\nHere's my calendar: "
                "https://cal.example/odile\n\nOdile Brant\nTalent Partner | Marrow Labs"
            ),
        },
        Category.INTERVIEW,
        id="grab-20-minutes-calendar-link",
    ),
    pytest.param(
        {
            "sender": "nell.ross@getquillon.example",
            "name": "Nell Ross",
            "subject": "Next steps with Quillon",
            "body": (
                "Hi Sam,\n\nGreat job on the coding exercise. The team would like to bring you in "
                "for the final loop: three 45-minute sessions over Zoom. Pick a day here: "
                "https://app.greenhouse.io/schedule/candidate/abc\n\nNell Ross\nRecruiting, Quillon"
            ),
        },
        Category.INTERVIEW,
        id="final-loop-beats-praised-exercise",
    ),
    pytest.param(
        {
            "sender": "noreply@candidates.workablemail.com",
            "name": "Pollux",
            "subject": "Next step: coding exercise",
            "body": (
                "Hi Sam,\n\nWe liked your application and would like to invite you to the next "
                "step: a 90-minute coding exercise on HackerRank. Please complete it within a week."
            ),
        },
        Category.ASSESSMENT,
        id="timed-coding-exercise",
    ),
    pytest.param(
        {
            "sender": "nell.ross@getquillon.example",
            "name": "Nell Ross",
            "subject": "Good news from Quillon",
            "body": (
                "Hi Sam,\n\nThe team wants you to join Quillon as a Platform Engineer! Base salary "
                "of CAD 150,000 and a start date in June. The letter is attached.\n\nNell"
            ),
        },
        Category.OFFER,
        id="team-wants-you-to-join",
    ),
    pytest.param(
        {
            "sender": "ruth@pebblewick.example",
            "name": "Ruth Okafor",
            "subject": "Pebblewick",
            "body": (
                "Hi Sam,\n\nThanks for the take-home and the call. We ended up going with a "
                "candidate in Berlin who can join the office.\n\nRuth"
            ),
        },
        Category.REJECTION,
        id="refusal-went-with-a-candidate",
    ),
    pytest.param(
        {
            "sender": "ivo@glasshaus.example",
            "name": "Ivo Maric",
            "subject": "Glasshaus",
            "body": (
                "Hi Sam,\n\nThanks for the conversations. In the end we'll hold out for someone "
                "with more Kubernetes depth, a big part of the job. Sorry it isn't better news.\n\n"
                "Ivo"
            ),
        },
        Category.REJECTION,
        id="refusal-hold-out-for-someone",
    ),
    pytest.param(
        {
            "sender": "mira.holt@vantor.example",
            "name": "Mira Holt",
            "subject": "Your application, again",
            "body": (
                "Hi Sam,\n\nI noticed you applied to us back in January too. Would you like to "
                "chat with our hiring manager, Tom? He is free Thursday.\n\nMira Holt\nTechnical "
                "Recruiter, Vantor"
            ),
        },
        Category.INTERVIEW,
        id="past-application-recalled-call-asked",
    ),
    pytest.param(
        {
            "sender": "lea.stein@corvane.example",
            "name": "Lea Stein",
            "subject": "Intro call - Corvane",
            "body": (
                "Hi Sam, thanks for your application for the Analyst role. Would you be free for a "
                "30-minute call on Tuesday? Join: https://teams.microsoft.com/l/meetup-join/19abc\n"
                "Lea Stein\nTalent Partner, Corvane"
            ),
        },
        Category.INTERVIEW,
        id="teams-link-is-no-meetup",
    ),
    pytest.param(
        {
            "sender": "lettings@harbourflats.example",
            "name": "Harbour Flats",
            "subject": "Re: Your rental application - 12 Elm Row",
            "body": (
                "Hi Sam,\n\nUnfortunately the landlord has decided to go with another applicant "
                "who could show proof of employment. Sorry!\n\nPia"
            ),
        },
        Category.NOT_JOB,
        id="lookalike-rental-refusal",
    ),
    pytest.param(
        {
            "sender": "admissions@northbridge-business.example",
            "name": "Northbridge Admissions",
            "subject": "Admissions interview invitation",
            "body": (
                "Dear Sam,\n\nWe are pleased to invite you to your admissions interview for the "
                "MSc in Marketing on Monday at 10:00, online."
            ),
        },
        Category.NOT_JOB,
        id="lookalike-admissions-interview",
    ),
    pytest.param(
        {
            "sender": "research@tallynote.example",
            "name": "Tallynote Research",
            "subject": "30-min user interview?",
            "body": (
                "Hi Sam, would love to chat about how you use Tallynote. As a thank-you you'll get "
                "a $50 voucher. Here's my calendar: https://calendly.com/tallynote-research"
            ),
        },
        Category.NOT_JOB,
        id="lookalike-user-research",
    ),
    pytest.param(
        {
            "sender": "host@latencypod.example",
            "name": "Latency Pod",
            "subject": "Come on the show?",
            "body": (
                "Hi Sam, we host a podcast on distributed systems and would love to interview you "
                "for an episode. Could we grab 30 minutes next week to plan it?"
            ),
        },
        Category.NOT_JOB,
        id="lookalike-podcast-interview",
    ),
    pytest.param(
        {
            "sender": "no-reply@hire.lever.co",
            "name": "Ostrava Labs",
            "subject": "Your application to Ostrava Labs",
            "body": (
                "Hi Sam,\n\nThank you for taking the time to apply for the Data Engineer role. "
                "After reviewing your application, we won't be moving forward with it at this "
                "time.\n\nWe see that you've applied to another role with us; that application is "
                "still under review.\n\nOstrava Labs Recruiting"
            ),
        },
        Category.REJECTION,
        id="lever-refusal-thanks-for-applying",
    ),
    pytest.param(
        {
            "sender": "research@hiringpulse.example",
            "name": "Hiring Pulse",
            "subject": "Our 2026 engineering hiring report is out",
            "body": (
                "Offers to data engineers rose 7% while the time from first interview to offer "
                "grew to 28 days. Remote roles are 40% of offers. Read the full report for salary "
                "bands by city."
            ),
        },
        Category.NOT_JOB,
        id="newsletter-hiring-report",
    ),
    pytest.param(
        {
            "sender": "writer@substack.com",
            "name": "The Staff Engineer",
            "subject": "What a good technical interview looks like",
            "body": (
                "This week: twelve founders on their technical interview loops, and why a "
                "take-home beats a whiteboard.\n\nUnsubscribe"
            ),
        },
        Category.NOT_JOB,
        id="newsletter-substack-interviews",
    ),
    pytest.param(
        {
            "sender": "dana.cole@ridgeviewstaffing.example",
            "name": "Dana Cole",
            "subject": "RTR - please confirm",
            "body": (
                'Hi Sam,\n\nPlease reply with "I agree" to confirm that Ridgeview Staffing has the '
                "exclusive right to represent you for the Data Engineer (Contract) role with our "
                "client for 60 days.\n\nDana"
            ),
        },
        Category.OTHER_JOB,
        id="agency-right-to-represent",
    ),
    pytest.param(
        {
            "sender": "dana.cole@ridgeviewstaffing.example",
            "name": "Dana Cole",
            "subject": "RE: Data Engineer (Contract) - 12 months - W2",
            "body": (
                "Hi Sam,\n\nThanks for the RTR. I have submitted your profile at USD 80/hr to the "
                "hiring team; please do not apply directly.\n\nDana"
            ),
        },
        Category.CONFIRMATION,
        id="agency-profile-submitted",
    ),
    pytest.param(
        {
            "sender": "lee.marsh@harbourtalentpartners.example",
            "name": "Lee Marsh",
            "subject": "One more for you - data platform, hybrid",
            "body": (
                "Hi Sam,\n\nI've just taken on a Lead Data Engineer search for a logistics "
                "scale-up downtown, 150-165k + bonus. Shall I tell you more?\n\nLee\nHarbour "
                "Talent Partners"
            ),
        },
        Category.OUTREACH,
        id="agency-pitch",
    ),
    pytest.param(
        {
            "sender": "luc@boreale-data.example",
            "name": "Luc Pelletier",
            "subject": "Ta candidature",
            "body": (
                "Salut Sam,\n\nBien reçu ton CV pour le poste de développeur backend, merci! Je "
                "regarde ça demain et je te reviens.\n\nLuc\nLuc Pelletier, CTO - Boréale Data"
            ),
        },
        Category.CONFIRMATION,
        id="quebec-fr-receipt",
    ),
    pytest.param(
        {
            "sender": "anne.gagnon@boreale-data.example",
            "name": "Anne Gagnon",
            "subject": "Un premier appel?",
            "body": (
                "Bonjour Sam,\n\nJ'ai bien aimé ton parcours. Serais-tu disponible jeudi à 14 h "
                "pour un premier appel de 30 minutes sur le poste, avec notre chef d'équipe?\n\n"
                "Anne Gagnon\nConseillère en acquisition de talents | Boréale Data"
            ),
        },
        Category.INTERVIEW,
        id="quebec-fr-first-call",
    ),
    pytest.param(
        {
            "sender": "luc@boreale-data.example",
            "name": "Luc Pelletier",
            "subject": "Re: Ta candidature",
            "body": (
                "Salut Sam,\n\nOn a finalement décidé d'aller avec quelqu'un basé à Québec. Bonne "
                "chance pour la suite!\n\nLuc"
            ),
        },
        Category.REJECTION,
        id="quebec-fr-refusal",
    ),
    pytest.param(
        {
            "sender": "pia@lumenstack.example",
            "name": "Pia Lund",
            "subject": "Re: Data infra - from the HN May thread",
            "body": "thanks Sam, got it. will read it properly tonight and get back to you.\n\n-p",
        },
        Category.CONFIRMATION,
        id="founder-answers-hn-thread-mail",
    ),
    pytest.param(
        {
            "sender": "ollie.park@mailbox.example",
            "name": "Ollie Park",
            "subject": "Re: climbing",
            "body": "Perfect, talk Wednesday! Let's find a time to go climbing after.",
        },
        Category.NOT_JOB,
        id="same-words-from-a-friend",
    ),
    pytest.param(
        {
            "sender": "ava@crmly.example",
            "name": "Ava at Crmly",
            "subject": "Your trial",
            "body": (
                "Hi Sam, saw you started a trial. Grab time here to see the new pipeline view: "
                "https://cal.example/ava - when's good for you?"
            ),
        },
        Category.NOT_JOB,
        id="same-words-from-a-vendor",
    ),
    pytest.param(
        {
            "sender": "notifications@calendly.com",
            "name": "Calendly",
            "subject": "Confirmed: Recruiter Screen with Jo Marsh on Monday",
            "body": (
                "Hi Sam,\n\nYour Recruiter Screen (30 min) with Jo Marsh at 9:30am on Monday, June "
                "8 is scheduled.\n\nLocation: Google Meet"
            ),
        },
        Category.INTERVIEW,
        id="booking-notice-recruiter-screen",
    ),
    pytest.param(
        {
            "sender": "notifications@calendly.com",
            "name": "Calendly",
            "subject": "Confirmed: Product demo with Jo Marsh on Monday",
            "body": "Hi Sam,\n\nYour Product demo (30 min) with Jo Marsh on Monday is scheduled.",
        },
        Category.NOT_JOB,
        id="booking-notice-product-demo",
    ),
    pytest.param(
        {
            "sender": "rik@oakvale.example",
            "name": "Rik Haas",
            "subject": "Re: Platform engineer",
            "body": "Thanks Sam, I've forwarded your CV to our CTO. She'll reply this week.\n\nRik",
        },
        Category.CONFIRMATION,
        id="founder-cv-passed-on",
    ),
    pytest.param(
        {
            "sender": "rik@oakvale.example",
            "name": "Rik Haas",
            "subject": "hi from Oakvale",
            "body": (
                "Hi Sam, I'm the CEO at Oakvale. We're hiring our first platform engineer and your "
                "GitHub caught my eye. Open to a chat?\n\nRik"
            ),
        },
        Category.OUTREACH,
        id="founder-pitch",
    ),
    pytest.param(
        {
            "sender": "rik@oakvale.example",
            "name": "Rik Haas",
            "subject": "founding engineer?",
            "body": (
                "Saw your profile on Wellfound - we're looking for a founding engineer. Interested?"
            ),
        },
        Category.OUTREACH,
        id="founder-pitch-from-a-board",
    ),
    pytest.param(
        {
            "sender": "rik@oakvale.example",
            "name": "Rik Haas",
            "subject": "Re: your application",
            "body": (
                "Appreciate you applying, but we've decided to focus on candidates with more Go "
                "experience. Good luck!\n\nRik"
            ),
        },
        Category.REJECTION,
        id="founder-refusal-focus-elsewhere",
    ),
    pytest.param(
        {
            "sender": "rory.vale@outlook.example",
            "name": "Rory Vale",
            "subject": "Great meeting you at the Go meetup",
            "body": (
                "Hi Sam,\n\nGreat chatting last night. We're hiring a Backend Developer at Vale & "
                "Finch. I forwarded your CV to my co-founder and we'd both like a proper "
                "interview. Can you book a slot here: https://calendly.com/vale-finch/interview\n\n"
                "Rory"
            ),
        },
        Category.INTERVIEW,
        id="meetup-then-proper-interview",
    ),
    pytest.param(
        {
            "sender": "noreply@eta-service.example",
            "name": "Travel Authorisation Service",
            "subject": "We have received your application - reference 1234-5678",
            "body": (
                "Dear Sam Lee,\n\nThank you. We have received your application for an electronic "
                "travel authorisation and your payment.\n\nMost applicants receive a decision "
                "within 3 working days."
            ),
        },
        Category.NOT_JOB,
        id="travel-authorisation-receipt",
    ),
    pytest.param(
        {
            "sender": "lin.ho@quarrytech.example",
            "name": "Lin Ho",
            "subject": "Quarrytech - let's connect",
            "body": (
                "Hi Sam,\n\nI'm a recruiter at Quarrytech and I'd love to set up a 30-minute "
                "intro call about the Data Engineer role.\n\nWould any of these work (all "
                "Eastern)?\n- Monday 3/2, 11:00\n- Tuesday 3/3, 2:00\n\nLin\nSenior Technical "
                "Recruiter"
            ),
        },
        Category.INTERVIEW,
        id="slots-offered",
    ),
]


@pytest.mark.parametrize(("mail", "expected"), MAIL_ON_ITS_OWN)
def test_mail_read_on_its_own(classify: Classify, mail: dict[str, str], expected: Category) -> None:
    assert classify(**mail).category is expected


MAIL_IN_PROCESS = [
    pytest.param(
        "Pebblewick",
        {
            "sender": "ruth.okafor@gmail.example",
            "name": "Ruth Okafor",
            "subject": "hi from pebblewick",
            "body": (
                "Hey Sam,\n\nyour note landed at a good time, nobody here owns our build "
                "pipeline. Would love to chat. Monday or Tuesday afternoon is easy for me.\n\n"
                "Ruth\n--\nRuth Okafor, cofounder, Pebblewick"
            ),
        },
        Category.INTERVIEW,
        id="founder-would-love-to-chat",
    ),
    pytest.param(
        "Pebblewick",
        {
            "sender": "ruth.okafor@gmail.example",
            "name": "Ruth Okafor",
            "subject": "good talk",
            "body": (
                "Sam - good talk earlier. Keen to meet Jonas (my cofounder, runs sales) later "
                "this week? He'll send you a few times.\n\nR"
            ),
        },
        Category.INTERVIEW,
        id="meet-my-cofounder",
    ),
    pytest.param(
        "Glasshaus",
        {
            "sender": "ivo@glasshaus.example",
            "name": "Ivo Maric",
            "subject": "A chat about the data team?",
            "body": (
                "Hi Sam,\n\nIvo here, I run the data team. Would you be up for a 40-minute "
                "technical conversation on Friday? I'll send a calendar hold for 10am.\n\nIvo"
            ),
        },
        Category.INTERVIEW,
        id="technical-conversation",
    ),
    pytest.param(
        "Glasshaus",
        {
            "sender": "ivo@glasshaus.example",
            "name": "Ivo Maric",
            "subject": "Re: catching up",
            "body": (
                "Sorry for the silence. Next is a 60-minute paired refactoring session with two "
                "of us. Can you send me a couple of windows?\n\nIvo"
            ),
        },
        Category.INTERVIEW,
        id="next-a-pairing-session",
    ),
    pytest.param(
        "Driftline",
        {
            "sender": "kofi@driftlinehq.example",
            "name": "Kofi Mensah",
            "subject": "Re: backend role",
            "body": (
                "read it, nice. you should talk to Ana, who'd be your manager. she'll sort out a "
                "time."
            ),
        },
        Category.INTERVIEW,
        id="talk-to-your-future-lead",
    ),
    pytest.param(
        "Driftline",
        {
            "sender": "kofi@driftlinehq.example",
            "name": "Kofi Mensah",
            "subject": "ok so",
            "body": (
                "Sam,\n\nAna and I both want you on board. 160k base, 0.4% equity vesting over "
                "four years, and we'd love you to start September 1. I'll send the paperwork once "
                "you say yes.\n\nKofi"
            ),
        },
        Category.OFFER,
        id="founder-terms-equity-and-start",
    ),
    pytest.param(
        "Ferrow",
        {
            "sender": "ada.ferrow@mailbox.example",
            "name": "Ada Ferrow",
            "subject": "Re: your post on ledgers",
            "body": (
                "Thanks for today. We'd love you to meet Omar, our advisor - he'll do a technical "
                "deep dive. Thursday at 4pm UK?\n\nA"
            ),
        },
        Category.INTERVIEW,
        id="meet-our-advisor",
    ),
    pytest.param(
        "Ferrow",
        {
            "sender": "ada.ferrow@mailbox.example",
            "name": "Ada Ferrow",
            "subject": "Re: your post on ledgers",
            "body": "Great, Thursday 4pm it is. NDA attached.\n\nA",
        },
        Category.INTERVIEW,
        id="slot-settled",
    ),
]


@pytest.mark.parametrize(("employer", "mail", "expected"), MAIL_IN_PROCESS)
def test_mail_read_in_the_process(
    classifier: RuleClassifier,
    message: MessageFactory,
    employer: str,
    mail: dict[str, str],
    expected: Category,
) -> None:
    assert _in_process(classifier, message, employer, **mail) is expected


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
def test_short_words_of_someone_in_the_process(
    classifier: RuleClassifier, message: MessageFactory, body: str, expected: Category
) -> None:
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
