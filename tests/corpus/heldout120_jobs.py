# ruff: noqa: E501, RUF100
"""Corpus 120, job mail (data only; the time zone, ``m()`` and label helpers live here): see heldout120.py."""

from __future__ import annotations

import functools
from typing import Any

from heldout import dated_spec


def zone(day: str) -> str:
    """UK time: BST until the last Sunday of October 2025, GMT after it."""
    return "+0100" if day < "2025-10-26" else "+0000"


m = functools.partial(dated_spec, zone)


def A(cat: str, co: str, role: str, app: int, src: str) -> tuple[Any, ...]:
    """Application mail."""
    return (cat, co, role, app, src, "en")


def J(
    cat: str, co: str | None = None, role: str | None = None, src: str = "other"
) -> tuple[Any, ...]:
    """Job mail that is not part of an application (alert, outreach, other_job)."""
    return (cat, co, role, None, src, "en")


def N() -> tuple[str, str]:
    """Mail that is not about jobs."""
    return ("not_job", "en")


def ev(uid: str, start: str, summary: str, organizer: tuple[str, str], **kw: Any) -> dict[str, Any]:
    """A calendar invitation (``start`` is "YYYY-MM-DD HH:MM" UK time)."""
    out: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {zone(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    out.update(kw)
    return out


def reply(parent: dict[str, Any]) -> dict[str, str]:
    """Threading headers for a reply to ``parent``."""
    return {"In-Reply-To": parent["id"], "References": parent["id"]}


ME_SIG = "Catrin"
KW, KWR = "Kingsweston Academy", "Digital Learning Lead"
EV, EVR = "Ely Valley Council", "Digital Learning Officer"
TMU = "Taff Metropolitan University"
TMU1, TMU2 = "Digital Learning Designer (Fixed Term)", "Learning Technologist"
BW, BWR = "Brightwing", "Instructional Designer"
SW, SWR = "Sparkwise", "Curriculum Content Designer (Science)"
KT, KTR = "Kitewell", "Learning Experience Designer"
CU, CUR = "Curio Labs", "Customer Success Manager - Education"
CP, CPR = "Coleg Penrhyn", "Digital Learning Coach"
MM, MMR = "Mosaic Minds", "Learning Designer"
TT, TTR = "Treetop Tutors", "Online Learning Team Lead"
CT, CTR = "Cadwyn Training", "E-learning Developer"

_tmu1 = m(
    "71003",
    "2025-09-04 21:14",
    "Taff Metropolitan University <tmu@myworkday.com>",
    "Application received: Digital Learning Designer (Fixed Term) - REQ-04417",
    A("confirmation", TMU, TMU1, 3, "workday"),
    "Dear Catrin,\n\nThank you for applying for the position of Digital Learning Designer (Fixed Term) (REQ-04417) at Taff Metropolitan University.\n\nWe have received your application and it will now be reviewed by the recruiting panel. Shortlisting usually takes place within two weeks of the closing date. You can track the progress of your application at any time by signing in to your candidate home page.\n\nIf you have any questions, please contact People Services at recruitment@tmu.ac.example.\n\nKind regards,\nPeople Services | Gwasanaethau Pobl\nTaff Metropolitan University | Prifysgol Fetropolitan Taf\n\nMae croeso i chi gysylltu â ni yn Gymraeg. You are welcome to contact us in Welsh.",
)

_kw_invite = m(
    "71021",
    "2025-10-02 16:40",
    "Avonvale Learning Trust HR <recruitment@avonvale.org.example>",
    "Invitation to interview - Digital Learning Lead",
    A("interview", KW, KWR, 1, "direct"),
    "Dear Catrin,\n\nThank you for your application for the post of Digital Learning Lead at Kingsweston Academy. I am pleased to let you know that you have been shortlisted and we would like to invite you to interview on Thursday 9 October.\n\nThe day will consist of:\n- 9:15 tour of the academy with a member of the student leadership team\n- 10:00 a 20-minute observed lesson with a Year 9 group (any KS3 science topic of your choice, showing how you would use technology to support learning; class list and seating plan attached)\n- 11:00 a 10-minute presentation to the panel: 'Our digital strategy in 2027 - where should Kingsweston be?'\n- 11:30 formal interview with the Principal, the Trust Director of Education and a governor\n\nPlease bring your passport or driving licence and original qualification certificates for our safer recruitment checks. Please confirm your attendance by return and let us know of any reasonable adjustments you may need.\n\nKind regards,\n\nJoanne Whitcombe\nHR Officer\nAvonvale Learning Trust\nRegistered in England and Wales, company no. 08812345. Kingsweston Academy is part of Avonvale Learning Trust.",
    attach=[
        (
            "Y9_seating_plan.txt",
            "text/plain",
            "9SC2 - 27 students. 4 with additional needs, see notes.\n",
        )
    ],
)

MAIL: list[dict[str, Any]] = [
    # --- 1 Kingsweston Academy (Avonvale Learning Trust), via TES ------------------------------------
    m(
        "71011",
        "2025-09-19 20:31",
        "Tes <noreply@tes.com>",
        "Your application has been submitted",
        A("confirmation", KW, KWR, 1, "other"),
        html="<html><body><table width='600'><tr><td><img alt='Tes' src='https://www.tes.com/logo.png'></td></tr><tr><td><h2>Application submitted</h2><p>Hi Catrin,</p><p>Your application for <b>Digital Learning Lead</b> at <b>Kingsweston Academy</b>, Bristol has been sent to the school.</p><p>The school will be in touch directly if they would like to take your application further. Closing date: 29 September 2025.</p><p><a href='https://www.tes.com/jobs/my-applications'>View my applications</a></p><p>Good luck!<br>The Tes Jobs team</p></td></tr><tr><td style='font-size:11px;color:#777'>Tes Global Ltd, 26 Red Lion Square, London. You are receiving this because you applied for a job on tes.com.</td></tr></table></body></html>",
    ),
    m(
        "71013",
        "2025-09-22 09:05",
        "Avonvale Learning Trust HR <recruitment@avonvale.org.example>",
        "Application acknowledgement",
        A("confirmation", KW, KWR, 1, "direct"),
        "Dear Catrin,\n\nThank you for your interest in working at Kingsweston Academy. This email is to confirm we have received your application for Digital Learning Lead (ref AVT-KWA-112).\n\nShortlisting will take place week commencing 29 September. Due to the volume of applications, if you have not heard from us by 6 October, please assume that on this occasion your application has been unsuccessful.\n\nAvonvale Learning Trust is committed to safeguarding and promoting the welfare of children and young people and expects all staff to share this commitment. All posts are subject to an enhanced DBS check.\n\nKind regards,\nHR Team\nAvonvale Learning Trust",
    ),
    _kw_invite,
    m(
        "71025",
        "2025-10-03 07:58",
        "Catrin Llewellyn <catrin.llewellyn@outlook.com>",
        "RE: Invitation to interview - Digital Learning Lead",
        A("interview", KW, KWR, 1, "direct"),
        "Hi Joanne,\n\nThank you, I'd be delighted to attend on Thursday 9 October. No adjustments needed. Could you let me know whether the classroom has a projector with HDMI or if I should bring an adapter?\n\nBest wishes,\nCatrin\n\n-----Original Message-----\nFrom: Avonvale Learning Trust HR\nSent: 02 October 2025 16:40\nSubject: Invitation to interview - Digital Learning Lead\n\nDear Catrin,\nThank you for your application for the post of Digital Learning Lead at Kingsweston Academy...",
        to="Avonvale Learning Trust HR <recruitment@avonvale.org.example>",
        **reply(_kw_invite),
    ),
    m(
        "71029",
        "2025-10-13 15:22",
        "Mark Denholm <m.denholm@kingsweston.bristol.sch.example>",
        "Kingsweston - Digital Learning Lead",
        A("rejection", KW, KWR, 1, "direct"),
        "Dear Catrin,\n\nThank you so much for coming to Kingsweston on Thursday. The panel really enjoyed meeting you and the students spoke very warmly about your lesson - the live quiz on rates of reaction went down a storm with 9SC2, which is no small achievement on a Thursday morning.\n\nIt was an extremely close decision, but we have offered the post to a candidate with more experience of leading whole-school change. I know this will be disappointing, and I'd be very happy to give you feedback over the phone if that would help.\n\nWith best wishes for the future,\n\nMark Denholm\nPrincipal, Kingsweston Academy\nPart of Avonvale Learning Trust",
    ),
    # --- 2 Ely Valley Council (EVCBC), via Eploy -------------------------------------------------
    m(
        "71031",
        "2025-09-10 12:03",
        "EVCBC Recruitment <no-reply@eploy.co.uk>",
        "Thank you for your application - Digital Learning Officer (Education Services) EDU0931",
        A("confirmation", EV, EVR, 2, "other"),
        "Dear Catrin Llewellyn\n\nThank you for applying for the role of Digital Learning Officer (Education Services), reference EDU0931.\n\nYour application has been successfully submitted and will be considered by the recruiting manager after the closing date (21/09/2025).\n\nYou can log in to your candidate account to view the status of your application.\n\nPlease note that due to the high volume of applications received, we are unable to provide feedback to candidates who are not shortlisted.\n\nYours sincerely\n\nRecruitment Team\nEly Valley County Borough Council | Cyngor Bwrdeistref Sirol Cwm Elái\n\nRydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.",
    ),
    m(
        "71033",
        "2025-10-06 10:47",
        "EVCBC Recruitment <no-reply@eploy.co.uk>",
        "Your application: EDU0931",
        A("rejection", EV, EVR, 2, "other"),
        "Dear Catrin Llewellyn\n\nRE: Digital Learning Officer (Education Services) - EDU0931\n\nThank you for your recent application for the above post with Ely Valley Council.\n\nThe shortlisting panel has now met and unfortunately you have not been shortlisted for interview on this occasion.\n\nWe appreciate the time you took to apply and would encourage you to look at our current vacancies on our website.\n\nYours sincerely\n\nRecruitment Team\nEly Valley County Borough Council",
    ),
    # --- 3 TMU, Digital Learning Designer (Workday) ----------------------------------------------------
    _tmu1,
    m(
        "71043",
        "2025-09-26 14:10",
        "Taff Metropolitan University <tmu@myworkday.com>",
        "Update on your application for Digital Learning Designer (Fixed Term)",
        A("rejection", TMU, TMU1, 3, "workday"),
        "Dear Catrin,\n\nThank you for your interest in the Digital Learning Designer (Fixed Term) position (REQ-04417) at Taff Metropolitan University.\n\nWe received a large number of strong applications. Unfortunately you have not been shortlisted for interview on this occasion.\n\nWe would encourage you to keep an eye on our vacancies page and to set up a job alert in your candidate home.\n\nBest wishes,\nPeople Services | Gwasanaethau Pobl\nTaff Metropolitan University",
    ),
    # --- 5 Brightwing (Brightwing Learning Ltd), Teamtailor -----------------------------------------
    m(
        "71051",
        "2025-09-15 18:22",
        "Brightwing <no-reply@teamtailor-mail.com>",
        "Thanks for applying, Catrin!",
        A("confirmation", BW, BWR, 5, "teamtailor"),
        html="<html><body style='font-family:Helvetica'><p>Hi Catrin,</p><p>Thanks so much for applying for the <strong>Instructional Designer</strong> role with us here at Brightwing. 🐦</p><p>We read every application ourselves (no robots!) and we'll get back to you within two weeks, whatever the outcome.</p><p>In the meantime, why not take a look at how we build our courses on our <a href='https://careers.brightwing.example/blog'>team blog</a>?</p><p>Speak soon,<br>Ffion, Anwen and the Brightwing People team</p><p style='color:#999;font-size:11px'>Brightwing Learning Ltd · Registered in England and Wales no. 11223344 · Temple Quay, Bristol</p></body></html>",
    ),
    m(
        "71053",
        "2025-09-24 11:35",
        "Ffion Harries <ffion.harries@brightwing.example>",
        "Brightwing - next step: design task",
        A("assessment", BW, BWR, 5, "teamtailor"),
        "Hi Catrin,\n\nGreat news - we'd love to move you to the next stage for the Instructional Designer role.\n\nOur next step is a short design task. We'd like you to take the attached one-page brief (an onboarding module for new apprentices on safeguarding basics) and produce a storyboard for a 10-minute e-learning module. Please don't spend more than 3 hours on it - we really mean that! Rough sketches are fine.\n\nCould you send it back by Wednesday 1 October? We'll then invite a handful of people to talk it through with us.\n\nThanks,\nFfion\n\nFfion Harries | People Partner | Brightwing\nSent via Teamtailor",
        attach=[
            (
                "Design_task_brief.txt",
                "text/plain",
                "Brief: Safeguarding basics for new apprentices. Audience: 16-19. Length: 10 mins.\n",
            )
        ],
    ),
    m(
        "71055",
        "2025-10-06 13:02",
        "Ffion Harries <ffion.harries@brightwing.example>",
        "Invitation: Brightwing interview - Catrin Llewellyn",
        A("interview", BW, BWR, 5, "teamtailor"),
        "Hi Catrin,\n\nThanks for the storyboard - the team loved the branching scenario idea. You're invited to a 60-minute interview with Dan (Head of Learning Design) and me on Tuesday 14 October at 10:00 on Google Meet. We'll ask you to walk us through your task for the first 15 minutes.\n\nThe calendar invite is attached. If the time doesn't work, reply here and we'll sort something.\n\nFfion",
        ics=ev(
            "bw-int-7781@brightwing.example",
            "2025-10-14 10:00",
            "Brightwing interview - Catrin Llewellyn (Instructional Designer)",
            ("Ffion Harries", "ffion.harries@brightwing.example"),
            description="Google Meet: https://meet.google.com/kqe-ptrv-hno",
            attendees=[("Dan Okafor", "dan.okafor@brightwing.example")],
        ),
    ),
    m(
        "71057",
        "2025-10-20 16:45",
        "Brightwing <no-reply@teamtailor-mail.com>",
        "Your application at Brightwing",
        A("rejection", BW, BWR, 5, "teamtailor"),
        "Hi Catrin,\n\nThank you again for the time you put into the design task and for talking it through with Dan and me last week. We genuinely enjoyed it, and your classroom experience really shone through.\n\nAfter a lot of discussion, we've decided to go ahead with another candidate whose corporate e-learning background is a closer match for where the team is right now. This was a hard call.\n\nWe'd love to keep your details on file for future roles - you'll hear from us if something comes up that fits.\n\nDiolch o galon,\nFfion\nBrightwing People team",
    ),
    # --- 6 Sparkwise (Learnsmith Ltd), Greenhouse ----------------------------------------------------
    m(
        "71061",
        "2025-09-17 08:12",
        "Learnsmith Ltd <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Learnsmith",
        A("confirmation", SW, SWR, 6, "greenhouse"),
        "Hi Catrin,\n\nThanks for your interest in Learnsmith! We've received your application for Curriculum Content Designer (Science) and our team is reviewing it.\n\nIf your experience matches what we're looking for, a member of our Talent team will be in touch to talk about next steps. Unfortunately, due to the number of applications we receive, we aren't always able to give individual feedback.\n\nBest,\nThe Learnsmith Talent Team\n\nLearnsmith Ltd, the company behind Sparkwise - revision that actually sticks.",
    ),
    m(
        "71063",
        "2025-10-09 17:20",
        "Sparkwise Talent <no-reply@us.greenhouse-mail.io>",
        "Following up on your application",
        A("rejection", SW, SWR, 6, "greenhouse"),
        "Hi Catrin,\n\nThanks for taking the time to apply for the Curriculum Content Designer (Science) role here at Sparkwise. We were impressed by your subject knowledge and the GCSE chemistry resources you linked to - it's clear you care about how students learn.\n\nWe've now reviewed all applications and, on this occasion, we won't be progressing your application further. We had a very high number of applicants and have decided to focus on candidates with published curriculum experience.\n\nWe wish you every success in your search.\n\nKind regards,\nPriya\nTalent Partner, Sparkwise (Learnsmith Ltd)",
    ),
    # --- 7 Kitewell via Harbour Talent Partners ------------------------------------------------------
    m(
        "71071",
        "2025-09-29 10:15",
        "Liam Gallagher-Price <liam@harbourtalent.co.uk.example>",
        "Learning Experience Designer - leading edtech business, Bristol (hybrid)",
        J("outreach", None, "Learning Experience Designer", "agency"),
        "Hi Catrin,\n\nI hope you don't mind me reaching out - I came across your profile on LinkedIn and your move from teaching into learning design caught my eye.\n\nI'm working exclusively with a leading edtech business in Bristol who are growing their learning design team. They build adaptive maths and science platforms used in over 3,000 UK schools and are keen on people who have been in the classroom.\n\n- Learning Experience Designer, permanent\n- £34,000 - £38,000 + bonus\n- Hybrid, 2 days a week in central Bristol\n\nWould you be open to a quick call this week? I can share more about the client once we've spoken.\n\nBest,\nLiam\n\nLiam Gallagher-Price\nSenior Consultant, Education & EdTech\nHarbour Talent Partners\n0117 496 0732",
    ),
    m(
        "71073",
        "2025-10-01 14:50",
        "Liam Gallagher-Price <liam@harbourtalent.co.uk.example>",
        "CV submission - Kitewell - Learning Experience Designer",
        A("confirmation", KT, KTR, 7, "agency"),
        "Hi Catrin,\n\nGreat speaking earlier. As discussed, I've now submitted your CV to Kitewell for the Learning Experience Designer role, with the cover note we agreed. I've mentioned your work on the department's Google Classroom rollout.\n\nThey're usually quick to feed back - I'll let you know as soon as I hear anything.\n\nBest,\nLiam\nHarbour Talent Partners",
    ),
    m(
        "71075",
        "2025-10-08 09:30",
        "Liam Gallagher-Price <liam@harbourtalent.co.uk.example>",
        "Interview confirmed - Kitewell, Fri 17th Oct",
        A("interview", KT, KTR, 7, "agency"),
        "Morning Catrin,\n\nGood news - Kitewell would like to meet you! I've confirmed the slot you gave me:\n\nFriday 17 October, 14:00-15:00\nKitewell, 3rd floor, Finzels Reach, Bristol BS1 6BX\nWith: Harriet Moss (Head of Learning) and Sam Idowu (Senior LXD)\n\nThey'll ask you to talk through one piece of work you're proud of (10 mins, no slides needed) and then it's a competency-based chat. Give me a call beforehand and I'll prep you.\n\nLiam",
    ),
    m(
        "71077",
        "2025-10-22 12:05",
        "Liam Gallagher-Price <liam@harbourtalent.co.uk.example>",
        "Kitewell feedback",
        A("rejection", KT, KTR, 7, "agency"),
        "Hi Catrin,\n\nI've had feedback from Kitewell. They really liked you - Harriet said your example of redesigning the Year 10 practical assessment was one of the best answers they heard - but they've decided to offer the role to someone with more experience using authoring tools like Articulate Rise.\n\nSorry it isn't better news. I'll definitely keep you in mind, and I think a short Rise course would really strengthen your CV.\n\nSpeak soon,\nLiam",
    ),
    # --- 8 Curio Labs, Workable ----------------------------------------------------------------------
    m(
        "71081",
        "2025-10-03 19:40",
        "Curio Labs <noreply@candidates.workablemail.com>",
        "Thanks for applying to Curio Labs",
        A("confirmation", CU, CUR, 8, "workable"),
        "Hi Catrin,\n\nThank you for your application for the Customer Success Manager - Education position at Curio Labs.\n\nWe've received it and the hiring team will review it carefully. If you're not selected for the next step, we'll still let you know.\n\nAll the best,\nCurio Labs\n\nPowered by Workable",
    ),
    m(
        "71083",
        "2025-10-10 11:20",
        "Gethin Morris <gethin@curiolabs.example>",
        "Curio Labs - chat about the CSM role?",
        A("interview", CU, CUR, 8, "workable"),
        "Hi Catrin,\n\nThanks for applying! I'm the Head of Customer Success here at Curio. I'd love to have a 30-minute video chat about the role - we're a small team in the SA1 waterfront in Swansea and most of our customers are Welsh secondary schools, so your background is really relevant.\n\nI've sent a calendar invite for Thursday 16 October at 16:30 - hopefully after school finishes for you. Shout if not.\n\nGethin",
        ics=ev(
            "curio-csm-3321@curiolabs.example",
            "2025-10-16 16:30",
            "Catrin Llewellyn <> Curio Labs (CSM - Education)",
            ("Gethin Morris", "gethin@curiolabs.example"),
            minutes=30,
            description="Join with Google Meet: https://meet.google.com/wtr-hpzk-aqd",
        ),
    ),
    m(
        "71085",
        "2025-10-29 09:12",
        "Gethin Morris <gethin@curiolabs.example>",
        "Re: Curio Labs - chat about the CSM role?",
        A("rejection", CU, CUR, 8, "workable"),
        "Hi Catrin,\n\nSorry for the slow reply after our chat - half term got in the way for a lot of our customers and for us!\n\nI really enjoyed talking to you. We've decided to hire someone who has done account management before, as we need them to hit the ground running on renewals this spring. That's no reflection on you - I think you'd be great in a learning role and I'll happily introduce you to a couple of people.\n\nPob lwc,\nGethin\n\n> On 16 Oct 2025, at 17:05, Catrin Llewellyn wrote:\n> Thanks Gethin, lovely to speak today...",
    ),
    # --- 9 Coleg Penrhyn, Pinpoint -------------------------------------------------------------------
    m(
        "71091",
        "2025-09-25 22:05",
        "Coleg Penrhyn Careers <notifications@pinpointhq.com>",
        "We've received your application",
        A("confirmation", CP, CPR, 9, "other"),
        html="<div style='font-family:Arial'><p>Dear Catrin,</p><p>Thank you for applying for the <b>Digital Learning Coach</b> vacancy at Coleg Penrhyn (Swansea campus).</p><p>We will review your application after the closing date of 5 October 2025. Please keep an eye on your inbox (and junk folder).</p><p>Diolch,<br>Tîm Adnoddau Dynol | HR Team<br>Coleg Penrhyn</p><p style='font-size:10px;color:#888'>Sent by Pinpoint on behalf of Coleg Penrhyn</p></div>",
    ),
    m(
        "71093",
        "2025-10-14 15:33",
        "Coleg Penrhyn Careers <notifications@pinpointhq.com>",
        "Digital Learning Coach - application update",
        A("rejection", CP, CPR, 9, "other"),
        "Dear Catrin,\n\nThank you for your interest in the Digital Learning Coach role at Coleg Penrhyn.\n\nWe have now completed shortlisting. Unfortunately you have not been shortlisted on this occasion. We received over 60 applications and the standard was very high.\n\nWe wish you well in your job search.\n\nDiolch,\nHR Team, Coleg Penrhyn",
    ),
    # --- 10 Mosaic Minds, LinkedIn Easy Apply --------------------------------------------------------
    m(
        "71101",
        "2025-10-07 21:48",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Catrin, your application was sent to Mosaic Minds",
        A("confirmation", MM, MMR, 10, "linkedin"),
        "Your application was sent to Mosaic Minds\n\nLearning Designer\nMosaic Minds · United Kingdom (Remote)\nApplied on 7 October 2025\n\nNow, take these next steps for more success with your job search:\n- Track your applications in My Jobs\n- Add skills to your profile\n\nView similar jobs\n\nThis email was intended for Catrin Llewellyn (Secondary Science Teacher | Aspiring Learning Designer). You are receiving LinkedIn notification emails.\n© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.",
    ),
    m(
        "71103",
        "2025-10-11 08:16",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Mosaic Minds",
        A("viewed", MM, MMR, 10, "linkedin"),
        "Catrin, your application was viewed\n\nMosaic Minds viewed your application for Learning Designer.\n\nIt's a great time to follow up - message the hiring team or check out other roles like this.\n\nView job\n\n© 2025 LinkedIn Ireland Unlimited Company.",
    ),
    # --- 11 Treetop Tutors, Indeed --------------------------------------------------------------------
    m(
        "71111",
        "2025-10-12 19:02",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Online Learning Team Lead",
        A("confirmation", TT, TTR, 11, "indeed"),
        "Application submitted\n\nOnline Learning Team Lead\nTreetop Tutors Ltd - Bristol\n\nThe following items were sent to Treetop Tutors Ltd. Good luck!\n- Resume: Catrin_Llewellyn_CV_2025.pdf\n- Cover letter\n- 3 screener answers\n\nNext steps: the employer may contact you by email or phone. You can view this application in My Jobs.\n\nIndeed, Inc. | Indeed UK Operations Ltd, Lewis Building, London",
    ),
    m(
        "71113",
        "2025-10-27 10:10",
        "Treetop Tutors <jobs@treetoptutors.example>",
        "Online Learning Team Lead",
        A("rejection", TT, TTR, 11, "direct"),
        "Hello Catrin,\n\nThanks for applying via Indeed to lead our online tutoring team. We had over 200 applicants and have had to make some tough decisions. I'm afraid we won't be taking your application further, as the role needs someone available for evening shifts every weekday.\n\nBest wishes with your search,\nRosie\nOperations Director\nTreetop Tutors",
    ),
    # --- 12 Cadwyn Training, Reed ----------------------------------------------------------------------
    m(
        "71121",
        "2025-10-15 13:44",
        "reed.co.uk <noreply@reed.co.uk>",
        "Your application for E-learning Developer (Articulate) has been sent",
        A("confirmation", CT, CTR, 12, "other"),
        html="<html><body><p>Hi Catrin,</p><p>Your application for <b>E-learning Developer (Articulate)</b> in Cardiff has been sent to <b>Cadwyn Training Ltd</b>.</p><p>What happens next? The recruiter will review your CV and get in touch if you're a good fit. Keep applying - candidates who apply for 5+ jobs are twice as likely to land an interview.</p><p><a href='https://www.reed.co.uk/account/applications'>Track your applications</a></p><p>Love Mondays,<br>reed.co.uk</p></body></html>",
    ),
    m(
        "71123",
        "2025-10-21 12:40",
        "Sian Powell <sian.powell@cadwyntraining.example>",
        "Interview - E-learning Developer",
        A("interview", CT, CTR, 12, "direct"),
        "Dear Catrin,\n\nThank you for applying through Reed for our E-learning Developer vacancy. We would like to invite you to an interview at our office on Thursday 30 October at 11:00 (Cadwyn Training Ltd, Unit 4, Capital Business Park, Wentloog, Cardiff CF3 2PX). Parking is available on site.\n\nAs part of the interview we will ask you to build a short interactive slide in Articulate Storyline or Rise on one of our laptops (30 minutes), followed by a panel interview.\n\nPlease confirm you can attend.\n\nKind regards,\nSian Powell\nOperations Manager\nCadwyn Training Ltd\nRegistered in Wales no. 05566778",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000D0A7B3C1B4-cadwyn",
            "2025-10-30 11:00",
            "Interview - Catrin Llewellyn - E-learning Developer",
            ("Sian Powell", "sian.powell@cadwyntraining.example"),
            minutes=90,
            style="outlook",
            location="Cadwyn Training, Unit 4 Capital Business Park, Cardiff",
        ),
    ),
    m(
        "71125",
        "2025-11-05 16:12",
        "Sian Powell <sian.powell@cadwyntraining.example>",
        "Interview feedback",
        A("rejection", CT, CTR, 12, "direct"),
        "Dear Catrin,\n\nThank you for attending interview last Thursday. It was a pleasure to meet you and the panel were impressed with your enthusiasm and the way you structured your practical task.\n\nUnfortunately, on this occasion you have not been successful. The successful candidate had more hands-on Storyline experience, which is essential for our current client projects.\n\nWe will keep your details on file for six months in line with our privacy notice.\n\nKind regards,\nSian Powell\nCadwyn Training Ltd",
    ),
]
