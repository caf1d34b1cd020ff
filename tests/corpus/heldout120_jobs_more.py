# ruff: noqa: E501, RUF100
"""Corpus 120, more job mail (data only): see heldout120.py."""

from __future__ import annotations

from typing import Any

from heldout120_jobs import A, J, ev, m, reply

TMU, TMU2 = "Taff Metropolitan University", "Learning Technologist"
AG, AGR = "The Ashgrove Trust", "Digital Learning Manager"
CD, CDR = "Ysgol Gyfun Cwm Derwen", "Digital Competence Lead (TLR 2a)"
KF, KFR = "Kingfisher Education", "Digital Product Specialist, Secondary Science"
MB, MBR = "Mabon Digital", "Junior Learning Designer"
US, USR = "University of the Severn", "Digital Education Developer"
SB, SBR = "SBIT", "Technology Enhanced Learning Officer"
OW, OWR = "Owlhouse", "Education Content Lead"
SL, SLR = "Siarad Labs", "Learning Designer (Welsh language)"
NC, NCR = "Nimbus Classroom", "Implementation Specialist (UK Schools)"
QF, QFR = "Quillfeather", "Education Partnerships Executive"
TW, TWR = "Tidewater Learning", "Learning Designer (Apprenticeships)"
LL, LLR = "Lantern Learning", "Learning Content Designer"
BS, BSR = "Bright Sparks Science", "STEM Outreach Coordinator"

_cond = m(
    "72015",
    "2025-11-21 15:30",
    "Eleri Vaughan <e.vaughan@tmu.ac.example>",
    "Conditional offer of employment - Learning Technologist (REQ-04562)",
    A("offer", TMU, TMU2, 4, "direct"),
    "Dear Catrin,\n\nFollowing your recent interview, I am delighted to offer you the post of Learning Technologist in the Centre for Digital Education, Grade 6 (£34,132 - £38,249 per annum), starting point £34,132, full time, permanent.\n\nThis offer is conditional upon:\n- receipt of two satisfactory references, one of which must be from your current employer\n- an Enhanced DBS check (the role supports the University's schools outreach programme)\n- evidence of your right to work in the UK\n- a satisfactory occupational health questionnaire\n\nI attach a summary of the main terms. Once all conditions are met, we will send you an unconditional offer and your contract. Please let me know by 28 November whether you wish to accept this conditional offer, and your likely start date, bearing in mind your notice period with Cardiff County's teaching terms (normally resigning by 31 December for a 1 April / Easter start).\n\nCongratulations, and croeso!\n\nEleri Vaughan\nHR Adviser | Cynghorydd AD\nPeople Services, Taff Metropolitan University",
    attach=[
        (
            "TMU_offer_summary.txt",
            "text/plain",
            "Post: Learning Technologist. Grade 6. Pension: USS. Annual leave: 30 days + bank holidays + closure days.\n",
        )
    ],
)
_cd_invite = m(
    "72043",
    "2025-11-24 13:15",
    "Mrs H Bevan <swyddfa@cwmderwen.cymru.example>",
    "Gwahoddiad i gyfweliad / Invitation to interview - Digital Competence Lead",
    A("interview", CD, CDR, 14, "direct"),
    "Annwyl Catrin / Dear Catrin,\n\nDiolch am eich cais. Thank you for your application for the post of Digital Competence Lead (TLR 2a) at Ysgol Gyfun Cwm Derwen.\n\nI am pleased to invite you to interview on Wednesday 3 December 2025. The day will include a 30-minute lesson observation with Year 8 (a lesson on any subject area which develops learners' digital competence in line with the Digital Competence Framework), a student panel, an in-tray exercise and a formal interview with the Headteacher and governors.\n\nPlease arrive at reception at 8:30. Please bring photographic ID and your original certificates.\n\nCofion cynnes / Kind regards,\n\nHeledd Bevan\nRheolwr Busnes / Business Manager\nYsgol Gyfun Cwm Derwen",
)
_sl_call = m(
    "72081",
    "2025-11-02 22:17",
    "Tomos Rees <tomos.rees.dev@gmail.com>",
    "Re: Learning designer at Siarad?",
    A("interview", SL, SLR, 20, "direct"),
    "Haia Catrin,\n\nDiolch for getting in touch - great timing, we are literally just writing the job description for a Welsh-language learning designer. Your CV looks spot on (Welsh-medium teaching + the Hwb work you mentioned).\n\nFancy a coffee and a proper chat? I'm in Cardiff on Friday - Little Man Coffee on Bridge Street at 11 works for me. Bring any examples of resources you've made.\n\nTomos\nCo-founder, Siarad Labs\n\nSent from my iPhone\n\n> On 31 Oct 2025, at 19:02, Catrin Llewellyn wrote:\n> Hi Tomos, a friend at Ysgol Glantaf mentioned Siarad might be hiring...",
)

MAIL: list[dict[str, Any]] = [
    # --- 4 TMU, Learning Technologist (Workday) -----------------------------------------------------
    m(
        "72011",
        "2025-10-19 20:55",
        "Taff Metropolitan University <tmu@myworkday.com>",
        "Application received: Learning Technologist - REQ-04562",
        A("confirmation", TMU, TMU2, 4, "workday"),
        "Dear Catrin,\n\nThank you for applying for the position of Learning Technologist (REQ-04562) at Taff Metropolitan University.\n\nWe have received your application and it will now be reviewed by the recruiting panel. You can track the progress of your application at any time by signing in to your candidate home page.\n\nKind regards,\nPeople Services | Gwasanaethau Pobl\nTaff Metropolitan University | Prifysgol Fetropolitan Taf",
    ),
    m(
        "72013",
        "2025-11-04 11:28",
        "TMU Recruitment <recruitment@tmu.ac.example>",
        "Invitation to interview: Learning Technologist REQ-04562",
        A("interview", TMU, TMU2, 4, "direct"),
        "Dear Catrin,\n\nI am pleased to invite you to interview for the post of Learning Technologist in the Centre for Digital Education.\n\nDate: Wednesday 12 November 2025\nTime: 14:00 (please arrive 10 minutes early)\nVenue: Room 2.14, Llandaff Learning Centre, Western Avenue campus, Cardiff\n\nPanel: Dr Owain Pritchard (Head of Digital Education), Bethan Clarke (Senior Learning Technologist), and a representative from People Services.\n\nYou are asked to prepare a 10-minute presentation on the following topic: 'How would you support academic staff who are reluctant to use the VLE to design an engaging online unit?' Please bring your presentation on a USB stick or email it to this address by 10:00 on the day.\n\nThe calendar invitation is attached. If you require any reasonable adjustments, please let us know.\n\nKind regards,\nRecruitment Team\nTaff Metropolitan University",
        ics=ev(
            "tmu-req04562-int-08@tmu.ac.example",
            "2025-11-12 14:00",
            "Interview: Learning Technologist - Catrin Llewellyn",
            ("TMU Recruitment", "recruitment@tmu.ac.example"),
            minutes=60,
            style="outlook",
            location="Room 2.14, Llandaff Learning Centre, Western Avenue",
        ),
    ),
    _cond,
    m(
        "72017",
        "2025-11-22 09:41",
        "Catrin Llewellyn <catrin.llewellyn@outlook.com>",
        "RE: Conditional offer of employment - Learning Technologist (REQ-04562)",
        A("offer", TMU, TMU2, 4, "direct"),
        "Dear Eleri,\n\nThank you so much - I am thrilled to accept the conditional offer. I will hand in my resignation at school before Christmas, so a start date of Monday 13 April 2026 (after the Easter holidays) would work best for me, if that suits the team.\n\nMy referees are in the application form; please let me know if you need anything else from me.\n\nDiolch yn fawr,\nCatrin\n\nFrom: Eleri Vaughan <e.vaughan@tmu.ac.example>\nSent: 21 November 2025 15:30\nSubject: Conditional offer of employment - Learning Technologist (REQ-04562)",
        to="Eleri Vaughan <e.vaughan@tmu.ac.example>",
        **reply(_cond),
    ),
    m(
        "72019",
        "2025-11-25 10:02",
        "TMU Recruitment <recruitment@tmu.ac.example>",
        "Reference request sent - Catrin Llewellyn",
        J("other_job", TMU, TMU2, "direct"),
        "Dear Catrin,\n\nThis is to let you know that we have today contacted your two referees (Mr R. Jenkins, Headteacher, and Dr S. Ahmed, PGCE tutor) for references in connection with your appointment as Learning Technologist.\n\nYou may wish to let them know to expect our email.\n\nKind regards,\nRecruitment Team\nTaff Metropolitan University",
    ),
    m(
        "72021",
        "2025-11-26 14:18",
        "TMU DBS Checks <dbs@tmu.ac.example>",
        "Action required: complete your DBS application",
        J("other_job", TMU, TMU2, "direct"),
        "Dear Catrin,\n\nAs part of your appointment, you are required to complete an Enhanced Disclosure and Barring Service (DBS) check. Please complete the online application using the link below within 5 working days, then bring three forms of ID to People Services (Western Avenue, Block A) for verification.\n\nOrganisation reference: TMU-DBS-7731\n\nIf you are already registered with the DBS Update Service, please tell us your certificate number instead.\n\nPeople Services\nTaff Metropolitan University",
    ),
    m(
        "72023",
        "2025-12-16 12:30",
        "Eleri Vaughan <e.vaughan@tmu.ac.example>",
        "Unconditional offer and contract - Learning Technologist",
        A("offer", TMU, TMU2, 4, "direct"),
        "Dear Catrin,\n\nI am pleased to confirm that all pre-employment checks, including references and your Enhanced DBS certificate, are now complete. I therefore attach your unconditional offer letter and contract of employment for the post of Learning Technologist, starting Monday 13 April 2026.\n\nPlease sign and return the contract through the link in your candidate home page by 9 January.\n\nBest wishes, and Nadolig Llawen!\n\nEleri Vaughan\nHR Adviser, Taff Metropolitan University",
    ),
    m(
        "72025",
        "2026-01-06 09:14",
        "Taff Metropolitan University <tmu@myworkday.com>",
        "Offer accepted - welcome to Taff Metropolitan University",
        A("offer", TMU, TMU2, 4, "workday"),
        "Dear Catrin,\n\nThank you for accepting your offer and returning your signed contract for Learning Technologist. Your documents have been received.\n\nYou will receive onboarding tasks in your Workday inbox in the weeks before your start date of 13/04/2026.\n\nCroeso i TMU - welcome to TMU!\n\nPeople Services",
        st="accepted",
    ),
    m(
        "72027",
        "2026-02-10 10:30",
        "Bethan Clarke <b.clarke@tmu.ac.example>",
        "Welcome to the Centre for Digital Education!",
        J("other_job", TMU, TMU2, "direct"),
        "Hi Catrin,\n\nJust a quick note to say how pleased we all are that you're joining us in April. I'll be your buddy for the first few months. We have a team away-day on 16 April (sorry, day 4!) - nothing to prepare, just come along.\n\nIf you'd like to pop in during half term for a cuppa and to see the office, let me know.\n\nBethan",
    ),
    # --- 13 The Ashgrove Trust, Guardian Jobs ------------------------------------------------------
    m(
        "72031",
        "2025-10-23 20:02",
        "Guardian Jobs <noreply@jobs.theguardian.com>",
        "Application sent: Digital Learning Manager",
        A("confirmation", AG, AGR, 13, "other"),
        "Hi Catrin,\n\nYour application for Digital Learning Manager with The Ashgrove Trust has been sent.\n\nLocation: London (hybrid) / UK remote considered\nSalary: £40,000 - £44,000\n\nWe've saved this job to your account so you can find it again easily.\n\nGuardian Jobs",
    ),
    m(
        "72033",
        "2025-10-24 09:00",
        "Ashgrove Trust Recruitment <recruitment@ashgrovetrust.org.example>",
        "Automatic reply: Digital Learning Manager application",
        A("confirmation", AG, AGR, 13, "direct"),
        "Thank you for applying to The Ashgrove Trust. This is an automatic confirmation that we have received your application.\n\nWe aim to contact shortlisted candidates within three weeks of the closing date. If you do not hear from us, please take it that you have not been successful on this occasion.\n\nThe Ashgrove Trust is a registered charity (no. 1098765) working to close the attainment gap through great teaching.",
    ),
    # --- 14 Ysgol Gyfun Cwm Derwen, eTeach ---------------------------------------------------------
    m(
        "72041",
        "2025-11-10 21:30",
        "Eteach <noreply@eteach.com>",
        "Application submitted to Ysgol Gyfun Cwm Derwen",
        A("confirmation", CD, CDR, 14, "other"),
        "Dear Catrin,\n\nThank you for applying for Digital Competence Lead (TLR 2a) at Ysgol Gyfun Cwm Derwen via Eteach.\n\nYour application has been received by the school. The school will contact you directly regarding the next steps.\n\nTip: schools often move quickly - make sure your Eteach profile is up to date.\n\nThe Eteach Team",
    ),
    _cd_invite,
    m(
        "72045",
        "2025-11-24 18:50",
        "Catrin Llewellyn <catrin.llewellyn@outlook.com>",
        "Re: Gwahoddiad i gyfweliad / Invitation to interview - Digital Competence Lead",
        A("confirmation", CD, CDR, 14, "direct"),
        "Annwyl Mrs Bevan,\n\nDiolch yn fawr iawn am y gwahoddiad. Unfortunately I must withdraw my application for the Digital Competence Lead post, as I have accepted a role outside of school teaching. I am very sorry for the short notice and wish you all the best with the appointment.\n\nCofion,\nCatrin Llewellyn",
        to="Mrs H Bevan <swyddfa@cwmderwen.cymru.example>",
        st="withdrawn",
        **reply(_cd_invite),
    ),
    m(
        "72047",
        "2025-11-25 08:22",
        "Mrs H Bevan <swyddfa@cwmderwen.cymru.example>",
        "Re: Gwahoddiad i gyfweliad / Invitation to interview - Digital Competence Lead",
        A("confirmation", CD, CDR, 14, "direct"),
        "Bore da Catrin,\n\nDiolch for letting us know - I have removed you from Wednesday's schedule. Congratulations on your new post and pob lwc!\n\nHeledd",
        st="withdrawn",
    ),
    # --- 15 Kingfisher Education, Workday ----------------------------------------------------------
    m(
        "72051",
        "2025-10-01 07:45",
        "Kingfisher Education <kfedu@myworkday.com>",
        "Thank you for your application",
        A("confirmation", KF, KFR, 15, "workday"),
        "Hi Catrin,\n\nThank you for applying to Digital Product Specialist, Secondary Science (JR-2207) at Kingfisher Education. We've received your application and our Talent Acquisition team will review it shortly.\n\nTo check the status of your application, sign in to our careers site.\n\nKingfisher Education Talent Acquisition\nKingfisher Education is an equal opportunities employer.",
    ),
    m(
        "72053",
        "2025-10-28 16:05",
        "Kingfisher Education <kfedu@myworkday.com>",
        "Your application - JR-2207",
        A("rejection", KF, KFR, 15, "workday"),
        "Hi Catrin,\n\nThank you for your interest in Kingfisher Education and for taking the time to apply for Digital Product Specialist, Secondary Science.\n\nYour classroom experience and your science subject knowledge stood out. However, after careful consideration, we have decided to move forward with other candidates whose experience more closely matches the requirements of this role.\n\nWe encourage you to apply for future openings.\n\nKind regards,\nKingfisher Education Talent Acquisition",
    ),
    # --- 16 Mabon Digital, Teamtailor ----------------------------------------------------------------
    m(
        "72061",
        "2025-10-26 19:33",
        "Mabon Digital <no-reply@teamtailor-mail.com>",
        "We've got your application 🎉",
        A("confirmation", MB, MBR, 16, "teamtailor"),
        html="<html><body><p>Shwmae Catrin!</p><p>Thanks for applying for <b>Junior Learning Designer</b> at Mabon. We're a small studio in Cardiff Bay making digital learning for charities and the public sector, and we're chuffed you'd like to join us.</p><p>We'll be in touch within 10 working days.</p><p>Hwyl,<br>Team Mabon</p></body></html>",
    ),
    m(
        "72063",
        "2025-11-07 12:12",
        "Mabon Digital <no-reply@teamtailor-mail.com>",
        "An update from Mabon",
        A("rejection", MB, MBR, 16, "teamtailor"),
        "Hi Catrin,\n\nThank you for your interest in joining Mabon. We loved your portfolio of Hwb resources and your cover letter made us smile.\n\nUnfortunately we've decided not to take your application further this time - we're looking for someone who can start before Christmas, and we know teachers' notice periods make that tricky.\n\nWe'd love to stay in touch. Hwyl fawr!\nTeam Mabon",
    ),
    # --- 17 University of the Severn (Bristol), own portal ----------------------------------------------
    m(
        "72071",
        "2025-10-09 16:58",
        "University of the Severn Recruitment <no-reply@jobs.severn.ac.example>",
        "Application received - Digital Education Developer (ACAD108221)",
        A("confirmation", US, USR, 17, "other"),
        "Dear Ms Llewellyn\n\nThank you for your application for the post of Digital Education Developer (ACAD108221), Digital Education Office.\n\nWe are now processing your application. If you are shortlisted we will contact you with details of the selection process. If you have not heard from us within four weeks of the closing date, unfortunately your application has not been successful.\n\nYours sincerely\nHR Recruitment Team\nUniversity of the Severn",
    ),
    m(
        "72073",
        "2025-11-13 10:40",
        "University of the Severn Recruitment <no-reply@jobs.severn.ac.example>",
        "ACAD108221",
        A("rejection", US, USR, 17, "other"),
        "Dear Ms Llewellyn\n\nDigital Education Developer (ACAD108221)\n\nThank you for your recent application. I am writing to let you know that on this occasion you have not been shortlisted for interview.\n\nThank you for your interest in working at the University of the Severn.\n\nYours sincerely\nHR Recruitment Team",
    ),
    # --- 18 SBIT (Swansea Bay Institute of Technology) ------------------------------------------------
    m(
        "72075",
        "2025-10-05 14:02",
        "SBIT HR <hr-recruitment@sbit.ac.example>",
        "Swansea Bay Institute of Technology - application received",
        A("confirmation", SB, SBR, 18, "direct"),
        "Dear Catrin,\n\nThank you for applying for the post of Technology Enhanced Learning Officer (ref SBIT-0457). We confirm receipt of your application.\n\nShortlisting will take place after the closing date of 19 October.\n\nYours sincerely,\nHuman Resources\nSwansea Bay Institute of Technology (SBIT)",
    ),
    m(
        "72077",
        "2025-10-24 11:15",
        "SBIT HR <hr-recruitment@sbit.ac.example>",
        "SBIT-0457 Interview",
        A("interview", SB, SBR, 18, "direct"),
        "Dear Catrin,\n\nFurther to your application for Technology Enhanced Learning Officer, we are pleased to invite you to interview on Tuesday 4 November at 10:30 via Microsoft Teams.\n\nAs part of the selection process you will be asked to deliver a 10-minute task presentation: 'Design a short Moodle activity to help first-year engineering students prepare for a lab session'.\n\nA Teams invitation will follow from the panel chair.\n\nYours sincerely,\nHuman Resources, SBIT",
    ),
    m(
        "72079",
        "2025-11-11 17:02",
        "Dr Nia Rowlands <n.rowlands@sbit.ac.example>",
        "Technology Enhanced Learning Officer",
        A("rejection", SB, SBR, 18, "direct"),
        "Dear Catrin,\n\nThank you again for your interview last week. Your Moodle activity was thoughtful and your presentation was one of the clearest we saw.\n\nI'm sorry to say that we have appointed another candidate, who has several years' experience supporting staff in higher education. I'd encourage you to apply for future roles in our team.\n\nWith best wishes,\nNia\n\nDr Nia Rowlands\nHead of Learning & Teaching Enhancement\nSwansea Bay Institute of Technology",
    ),
    # --- 20 Siarad Labs (founder, Gmail) -----------------------------------------------------------------
    _sl_call,
    m(
        "72083",
        "2025-11-20 20:40",
        "Tomos Rees <tomos.rees.dev@gmail.com>",
        "Re: Learning designer at Siarad?",
        A("confirmation", SL, SLR, 20, "direct"),
        "Hi Catrin,\n\nSorry for going quiet after our coffee. Honest update: our seed round has slipped to the new year, so we can't hire anyone until that closes. I'd still really like to talk to you once it does, probably February/March - if you're still looking then.\n\nDiolch for your patience, and sorry to leave you hanging.\n\nTomos",
        st="on_hold",
        **reply(_sl_call),
    ),
    # --- 19 Owlhouse via Clearpath Education Recruitment ---------------------------------------------
    m(
        "72091",
        "2025-10-30 12:20",
        "Zara Hussain <zara.hussain@clearpath-education.co.uk.example>",
        "Exciting opportunity - a leading edtech business (remote)",
        J("outreach", None, "Education Content Lead", "agency"),
        "Dear Catrin,\n\nI am a specialist recruiter at Clearpath Education Recruitment. I'm working on an exciting opportunity with a leading edtech business for an Education Content Lead, fully remote with occasional travel to London.\n\nThey are a fast-growing learning platform with over a million UK learners and are looking for a qualified teacher with strong science knowledge who can lead a small team of writers.\n\nSalary: up to £42,000 DOE.\n\nIf this is of interest, please reply with an up-to-date CV and a good time to call.\n\nKind regards,\nZara Hussain\nClearpath Education Recruitment\nPart of the Clearpath Group. We act as an employment agency for permanent recruitment.",
    ),
    m(
        "72093",
        "2025-11-03 15:48",
        "Zara Hussain <zara.hussain@clearpath-education.co.uk.example>",
        "Your application to Owlhouse - Education Content Lead",
        A("confirmation", OW, OWR, 19, "agency"),
        "Hi Catrin,\n\nThanks for your time on the phone. As promised, the client is Owlhouse (Owlhouse Learning Ltd). I have now sent your CV across to their Head of Content, with your permission, for the Education Content Lead role.\n\nI'll update you as soon as I hear back.\n\nKind regards,\nZara",
    ),
    m(
        "72095",
        "2025-11-14 10:55",
        "Zara Hussain <zara.hussain@clearpath-education.co.uk.example>",
        "Update - Owlhouse",
        A("rejection", OW, OWR, 19, "agency"),
        "Hi Catrin,\n\nI have heard back from Owlhouse. They said your CV was strong, but they've decided to progress candidates with previous people-management experience. Sorry this wasn't the news we were hoping for.\n\nI'll keep you posted on other roles.\n\nZara",
    ),
    # --- 21 Nimbus Classroom, Greenhouse (ghosted) -----------------------------------------------------
    m(
        "72101",
        "2025-11-08 17:10",
        "Nimbus Classroom <no-reply@us.greenhouse-mail.io>",
        "Nimbus Classroom - application received",
        A("confirmation", NC, NCR, 21, "greenhouse"),
        "Hi Catrin,\n\nThanks for applying for the Implementation Specialist (UK Schools) role at Nimbus Classroom! We've received your application and will review it as soon as possible.\n\nIf there is a fit, someone from our team will reach out to schedule a call.\n\nThanks,\nNimbus Recruiting",
    ),
    # --- 22 Quillfeather, Workable -------------------------------------------------------------------
    m(
        "72111",
        "2025-11-12 08:40",
        "Quillfeather <noreply@candidates.workablemail.com>",
        "Your application for Education Partnerships Executive",
        A("confirmation", QF, QFR, 22, "workable"),
        "Hi Catrin,\n\nThanks for applying for Education Partnerships Executive at Quillfeather. We've received your application.\n\nOur team reviews every application, and we'll be in touch within two weeks. Unfortunately if you are not selected, we may not always be able to give detailed feedback.\n\nBest regards,\nQuillfeather Hiring Team",
    ),
    m(
        "72113",
        "2025-11-26 13:00",
        "Quillfeather <noreply@candidates.workablemail.com>",
        "Quillfeather - Education Partnerships Executive",
        A("rejection", QF, QFR, 22, "workable"),
        "Hi Catrin,\n\nThank you for your interest in Quillfeather. We were impressed by your background, but we have decided to move forward with other candidates at this time.\n\nWe'll keep your CV on file and may reach out about future openings.\n\nBest regards,\nQuillfeather Hiring Team",
    ),
    # --- 23 Tidewater Learning, Pinpoint (ghosted) -------------------------------------------------------
    m(
        "72121",
        "2025-11-15 11:03",
        "Tidewater Learning <notifications@pinpointhq.com>",
        "Application received - Learning Designer (Apprenticeships)",
        A("confirmation", TW, TWR, 23, "other"),
        "Hi Catrin,\n\nThank you for applying for the Learning Designer (Apprenticeships) role at Tidewater Learning. Your application is with our hiring team.\n\nWe're unable to reply to every unsuccessful applicant individually, but we'll contact you if we'd like to move forward.\n\nThe Tidewater Learning team",
    ),
    # --- 24 Lantern Learning, LinkedIn --------------------------------------------------------------------
    m(
        "72131",
        "2025-11-01 13:37",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Catrin, your application was sent to Lantern Learning",
        A("confirmation", LL, LLR, 24, "linkedin"),
        "Your application was sent to Lantern Learning\n\nLearning Content Designer\nLantern Learning · Bristol, England, United Kingdom (Hybrid)\n\nView your application\n\n© 2025 LinkedIn Ireland Unlimited Company.",
    ),
    m(
        "72133",
        "2025-11-19 09:25",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Learning Content Designer at Lantern Learning",
        A("rejection", LL, LLR, 24, "linkedin"),
        "Your update from Lantern Learning\n\nThank you for your interest in the Learning Content Designer position at Lantern Learning in Bristol. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Lantern Learning.\n\nRegards,\nLantern Learning\n\nTop jobs for you: Learning Designer, Instructional Designer...",
    ),
    # --- 25 Bright Sparks Science, Indeed -------------------------------------------------------------------
    m(
        "72141",
        "2025-10-16 20:14",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: STEM Outreach Coordinator",
        A("confirmation", BS, BSR, 25, "indeed"),
        "Application submitted\n\nSTEM Outreach Coordinator\nBright Sparks Science Ltd - Bristol BS2\n\nThe following items were sent to Bright Sparks Science Ltd. Good luck!\n- Resume\n\nIndeed",
    ),
    m(
        "72143",
        "2025-10-20 09:20",
        "Pete Arnold <pete@brightsparksscience.example>",
        "STEM Outreach Coordinator - your application",
        A("interview", BS, BSR, 25, "direct"),
        "Hi Catrin,\n\nThanks for your application via Indeed. Would you be free for a quick 20-minute phone call on Thursday 23 October at 4pm? Just to get to know you and tell you more about the role.\n\nCheers,\nPete Arnold\nDirector, Bright Sparks Science",
    ),
]
