# ruff: noqa: E501
"""Corpus 67, English job mail (data only): see heldout67.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    return "+0200" if day < "2025-10-26" else "+0100"


m = partial(dated_spec, _tz)
"""One message's spec: its Message-ID and date worked out from the key and the day."""


def A(cat, co, role, app, src, lang="en"):
    return (cat, co, role, app, src, lang)


def J(cat, src, lang="en", co=None, role=None):
    return (cat, co, role, None, src, lang)


def reply(key: str, when: str, dom: str, subject: str) -> dict[str, str]:
    mid = f"<{key}.{when[:10].replace('-', '')}.{len(subject)}@{dom}>"
    return {"In-Reply-To": mid, "References": mid}


EFUC, EFUCR = "European Federation of Urban Cycling", "Communications Manager"
EV, EVR = "Eurovalence Public Affairs", "Senior Consultant, Energy & Climate"
EAWR, EAWRR = "European Agency for Water Resilience", "Communication Officer (Temporary Agent, AD5)"
EERA = "European Economic and Regional Assembly"
EERA1, EERA2 = "Press Officer (AD6)", "Traineeship, Directorate for Communication (March 2026)"
CTE, CTE1, CTE2 = (
    "Clean Transit Europe",
    "Policy & Communications Officer",
    "Communications Officer (maternity cover)",
)
SGE, SGER = "Sea Guardians Europe", "Digital Campaigner"
KV, KVR = "Kestrel & Vane Strategies", "Account Manager, EU Affairs"
HB, HBR = "Harbourline Advisory", "Communications Consultant"
EWRA, EWRAR = "European Waste Recycling Association", "Communications Officer"
NOV, NOVR = "Novaterra", "Communication Specialist"
ECC, ECCR = "European Coatings Council", "Head of Communications"
YFD, YFDR = "Youth Forum for Democracy", "Communications Assistant"
BRS, BRSR = "Brightside", "Senior Account Executive, Public Affairs"
VW, VWR = "Votewise", "Head of EU Communications"
ELMA, ELMAR = "European Labour Mobility Agency", "Contract Agent FG IV - Communication"
MPP, MPPR = "Meridian Policy Partners", "Senior Communications Advisor"

ME_ICS = ("Élise Vandermeulen", "elise.vdmeulen@gmail.com")

MAIL: list[dict[str, Any]] = [
    # --- 2 Eurovalence Public Affairs (Greenhouse) -------------------------------------------
    m(
        "71102",
        "2025-09-04 11:16",
        "Eurovalence Talent <no-reply@greenhouse-mail.io>",
        "Thank you for your application to Eurovalence",
        A("confirmation", EV, EVR, 2, "greenhouse"),
        "Dear Élise,\n\nThank you for applying for the Senior Consultant, Energy & Climate position in our Brussels office. We have received your CV and cover letter.\n\nOur team reads every application personally, so please allow us two to three weeks. If your profile matches what we are looking for, we will be in touch to arrange a first conversation.\n\nKind regards,\n\nThe Talent team\nEurovalence Public Affairs\nRue Belliard 40, 1040 Brussels",
    ),
    m(
        "71131",
        "2025-09-16 09:02",
        "Sophie Lindqvist <s.lindqvist@eurovalence.eu>",
        "Eurovalence - first conversation",
        A("interview", EV, EVR, 2, "direct"),
        "Dear Élise,\n\nThanks for your patience. We enjoyed reading your application, particularly your work on the hydrogen dossier during your time at the federation.\n\nI would like to invite you to a first 45-minute conversation with myself and Pieter (Associate Director, Energy). Please book a slot that suits you via the link below:\n\nhttps://calendly.com/eurovalence-talent/first-interview\n\nBest wishes,\nSophie Lindqvist\nHR & Talent Lead\nEurovalence | Public Affairs & Strategic Communications\nM +32 478 21 44 09",
    ),
    m(
        "71140",
        "2025-09-16 14:38",
        "Calendly <notifications@calendly.com>",
        "Confirmed: First interview – Eurovalence with Sophie Lindqvist on Tuesday, September 23, 2025",
        A("interview", EV, EVR, 2, "other"),
        "Hi Élise Vandermeulen,\n\nYour event has been scheduled.\n\nEvent type: First interview – Eurovalence\nInvitee: Élise Vandermeulen\nDate/Time: 10:00 - 10:45 (Central European Time), Tuesday, September 23, 2025\nLocation: Microsoft Teams (link in calendar invitation)\n\nNeed to make changes to this event?\nCancel | Reschedule\n\nPowered by Calendly.com",
        ics={
            "uid": "cal-8841-ev@calendly.com",
            "start": "2025-09-23 10:00:00 +0200",
            "minutes": 45,
            "summary": "First interview – Eurovalence (Élise Vandermeulen)",
            "organizer": ("Sophie Lindqvist", "s.lindqvist@eurovalence.eu"),
            "attendees": [("Pieter Gysels", "p.gysels@eurovalence.eu")],
            "location": "Microsoft Teams",
        },
    ),
    m(
        "71188",
        "2025-10-03 16:51",
        "Sophie Lindqvist <s.lindqvist@eurovalence.eu>",
        "Your application - update",
        A("rejection", EV, EVR, 2, "direct"),
        "Dear Élise,\n\nThank you once more for speaking with Pieter and me last week, and for the thoughtful follow-up note. Your grasp of the Clean Industrial Deal files was impressive and we both enjoyed the exchange.\n\nWe have now concluded the process. It was a difficult decision, but we have offered the role to a candidate with more years of client-facing consultancy experience, which is what the team needs at this stage.\n\nWe would be glad to keep your details on file and would welcome an application from you for future openings in our communications practice.\n\nWith best regards,\nSophie\n\nSophie Lindqvist | HR & Talent Lead | Eurovalence",
    ),
    # --- 3 EAWR (agency e-recruitment) -----------------------------------------------------
    m(
        "71203",
        "2025-09-08 18:44",
        "EAWR e-Recruitment <erecruitment@eawr.europa.example>",
        "EAWR/TA/AD5/2025/014 - Acknowledgement of receipt",
        A("confirmation", EAWR, EAWRR, 3, "other"),
        "Dear Applicant,\n\nThis is an automatic message to confirm that your application for the selection procedure EAWR/TA/AD5/2025/014 - Communication Officer has been successfully submitted.\n\nApplication number: 2025-014-00387\n\nPlease keep this number for all correspondence. Candidates will be informed of the outcome of the eligibility check and of each stage of the procedure via the e-Recruitment tool. Due to the large number of applications, the Selection Committee cannot respond to individual queries about the progress of the procedure.\n\nEuropean Agency for Water Resilience\nHuman Resources Unit\n\nThis is an automatically generated e-mail, please do not reply.",
    ),
    m(
        "71214",
        "2025-10-13 10:20",
        "EAWR e-Recruitment <erecruitment@eawr.europa.example>",
        "EAWR/TA/AD5/2025/014 - Invitation to written test and interview",
        A("assessment", EAWR, EAWRR, 3, "other"),
        "Dear Ms VANDERMEULEN,\n\nFollowing the evaluation of applications by the Selection Committee, we are pleased to inform you that you are among the best-qualified candidates for the selection procedure EAWR/TA/AD5/2025/014 - Communication Officer.\n\nYou are therefore invited to a written test, which will take place remotely on 24 October 2025 from 09:30 to 11:00 (Brussels time). The test consists of a case study in English (drafting a press release and a short social-media plan from a set of documents). The interview with the Selection Committee will be organised on the same day in the afternoon; the exact time will be communicated separately.\n\nPlease confirm your participation by replying to this message by 17 October 2025 and upload a copy of your ID and diplomas in the e-Recruitment tool.\n\nYours sincerely,\n\nHR Unit - Selection and Recruitment\nEuropean Agency for Water Resilience (EAWR)",
    ),
    m(
        "71219",
        "2025-10-20 15:07",
        "Jana Horáková <jana.horakova@eawr.europa.example>",
        "EAWR/TA/AD5/2025/014 - Interview 24/10 at 14:30",
        A("interview", EAWR, EAWRR, 3, "direct"),
        "Dear Ms Vandermeulen,\n\nFurther to our message of 13 October, please find attached the invitation for your interview with the Selection Committee on Friday 24 October 2025 at 14:30, via Webex. The interview will last approximately 40 minutes and will be conducted in English; one question may be asked in a second EU language.\n\nKind regards,\nJana Horáková\nHR Assistant - Selection and Recruitment\nEuropean Agency for Water Resilience",
        ics={
            "uid": "040000008200E00074C5B7101A82E0080000000058AF2B3C@eawr",
            "start": "2025-10-24 14:30:00 +0200",
            "minutes": 40,
            "summary": "EAWR/TA/AD5/2025/014 - Selection Committee interview - VANDERMEULEN",
            "organizer": ("HORAKOVA Jana (EAWR)", "jana.horakova@eawr.europa.example"),
            "location": "Webex",
            "style": "outlook",
        },
    ),
    m(
        "71262",
        "2025-12-09 17:31",
        "EAWR e-Recruitment <erecruitment@eawr.europa.example>",
        "EAWR/TA/AD5/2025/014 - Outcome of the selection procedure",
        A("confirmation", EAWR, EAWRR, 3, "other"),
        "Dear Ms VANDERMEULEN,\n\nWe are pleased to inform you that, following the written test and the interview, the Selection Committee has decided to place your name on the reserve list for the selection procedure EAWR/TA/AD5/2025/014 - Communication Officer.\n\nPlease note that inclusion on a reserve list does not guarantee an offer of employment. The reserve list will be valid until 31 December 2026 and may be extended. Should a position become available, the Agency will contact you to verify your availability.\n\nYours sincerely,\n\nHR Unit - Selection and Recruitment\nEuropean Agency for Water Resilience",
        st="on_hold",
    ),
    # --- 4 EERA Press Officer (selection notice) --------------------------------------------
    m(
        "71301",
        "2025-09-12 22:10",
        "EERA Recruitment <no-reply-recruitment@eera.europa.example>",
        "Selection procedure EERA/TA/2025/07 - Press Officer (AD6): application registered",
        A("confirmation", EERA, EERA1, 4, "other"),
        "Dear candidate,\n\nYour application for selection procedure EERA/TA/2025/07 (Press Officer, AD6, Directorate for Communication) has been registered under number 07-1182.\n\nIn accordance with the selection notice, the selection board will assess applications against the eligibility and selection criteria. Only candidates invited to the tests will be contacted; if you have not been contacted by the end of November 2025, please consider that your application has not been retained.\n\nRecruitment Unit\nDirectorate for Human Resources and Finance\nEuropean Economic and Regional Assembly",
    ),
    m(
        "71312",
        "2025-10-29 09:15",
        "EERA - DG Communication <comm-selection@eera.europa.example>",
        "EERA/TA/2025/07 - Invitation to the written test",
        A("assessment", EERA, EERA1, 4, "direct"),
        "Dear Ms Vandermeulen,\n\nOn behalf of the selection board, I am pleased to invite you to the written test for the post of Press Officer within the Press Unit of the Directorate for Communication.\n\nDate: Wednesday 12 November 2025, 10:00\nPlace: EERA, Rue Montoyer 92, room MTY 3.14 (please bring your ID card)\nDuration: 2 hours - drafting exercise in English and in French\n\nCandidates who pass the test will be invited to an interview with the selection board.\n\nYours sincerely,\n\nMarta Quintela\nSecretary of the selection board\nDirectorate for Communication - Press Unit",
    ),
    m(
        "71337",
        "2025-11-28 12:00",
        "EERA Recruitment <no-reply-recruitment@eera.europa.example>",
        "EERA/TA/2025/07 - Result of the written test",
        A("rejection", EERA, EERA1, 4, "other"),
        "Dear candidate,\n\nThe selection board has completed the marking of the written test for selection procedure EERA/TA/2025/07.\n\nWe regret to inform you that your mark (21/40) is below the threshold of the 8 best candidates invited to the interview phase. Consequently, you will not be invited to the next stage of the procedure.\n\nYou may request a review of this decision within 10 calendar days, stating your reasons, by writing to the selection board's functional mailbox.\n\nWe thank you for your interest in the European Economic and Regional Assembly.\n\nRecruitment Unit",
    ),
    # --- 5 EERA traineeship (Blue Book style), withdrawn ------------------------------------
    m(
        "71350",
        "2025-09-29 23:40",
        "EERA Traineeships Office <traineeships@eera.europa.example>",
        "Your traineeship application - March 2026 session",
        A("confirmation", EERA, EERA2, 5, "other"),
        "Dear Élise VANDERMEULEN,\n\nThank you for submitting your online application for a paid traineeship (session starting 1 March 2026). Your application ID is TR-2026-1-4410.\n\nYour application will now go through the eligibility check. Eligible candidates who pass the pre-selection will be entered in our database of pre-selected candidates, from which Directorates choose their trainees. Being pre-selected does not guarantee a traineeship.\n\nThe Traineeships Office\nEuropean Economic and Regional Assembly",
    ),
    m(
        "71366",
        "2025-12-05 10:30",
        "EERA Traineeships Office <traineeships@eera.europa.example>",
        "Pre-selection: March 2026 traineeship session",
        A("viewed", EERA, EERA2, 5, "other"),
        "Dear Élise VANDERMEULEN,\n\nWe are pleased to inform you that you have been pre-selected for the March 2026 traineeship session and that your profile is now visible to the Directorates in the database of pre-selected candidates.\n\nDirectorates will contact candidates directly between December and early February. Please keep your contact details up to date and inform us without delay if you are no longer available.\n\nThe Traineeships Office",
    ),
    m(
        "71390",
        "2026-02-06 14:11",
        "EERA Traineeships Office <traineeships@eera.europa.example>",
        "RE: Withdrawal - TR-2026-1-4410",
        A("confirmation", EERA, EERA2, 5, "other"),
        "Dear Ms Vandermeulen,\n\nWe confirm that your application TR-2026-1-4410 has been withdrawn from the March 2026 session at your request, and your profile has been removed from the database of pre-selected candidates.\n\nCongratulations on your new position and best of luck.\n\nKind regards,\nThe Traineeships Office\n\n-----Original Message-----\nFrom: Élise Vandermeulen <elise.vdmeulen@gmail.com>\nSent: Thursday, February 5, 2026 21:02\nSubject: Withdrawal - TR-2026-1-4410\n\nDear Traineeships Office, I have accepted a permanent position and would like to withdraw my application for the March 2026 session. Many thanks, Élise Vandermeulen",
        st="withdrawn",
    ),
    # --- 6/7 Clean Transit Europe (Workable) ------------------------------------------------
    m(
        "71401",
        "2025-09-10 13:05",
        "Clean Transit Europe <noreply@candidates.workablemail.com>",
        "Thanks for applying to Clean Transit Europe",
        A("confirmation", CTE, CTE1, 6, "workable"),
        html="<div style='font-family:Arial'><p>Hi Élise,</p><p>Thank you for your interest in the <b>Policy &amp; Communications Officer</b> position at Clean Transit Europe. Your application has been received and will be reviewed by our hiring team.</p><p>We expect to get back to all shortlisted candidates by the end of September.</p><p>Best,<br>Clean Transit Europe</p><p style='color:#999;font-size:11px'>Powered by Workable</p></div>",
    ),
    m(
        "71419",
        "2025-10-01 17:22",
        "Clean Transit Europe <noreply@candidates.workablemail.com>",
        "Policy & Communications Officer at Clean Transit Europe",
        A("rejection", CTE, CTE1, 6, "workable"),
        html="<div style='font-family:Arial'><p>Dear Élise,</p><p>Thank you for taking the time to apply. We received more than 240 applications for this role, many of them very strong, including yours.</p><p>After careful consideration, we have decided not to take your application further. We know this is not the news you hoped for and we wish you every success in your search.</p><p>Kind regards,<br>Hannah Brückner<br>Operations &amp; HR, Clean Transit Europe</p></div>",
    ),
    m(
        "71432",
        "2026-01-08 08:56",
        "Clean Transit Europe <noreply@candidates.workablemail.com>",
        "Thanks for applying to Clean Transit Europe",
        A("confirmation", CTE, CTE2, 7, "workable"),
        html="<div style='font-family:Arial'><p>Hi Élise,</p><p>Thank you for your interest in the <b>Communications Officer (maternity cover, 10 months)</b> position at Clean Transit Europe. Your application has been received and will be reviewed by our hiring team.</p><p>Best,<br>Clean Transit Europe</p><p style='color:#999;font-size:11px'>Powered by Workable</p></div>",
    ),
    # --- 8 Sea Guardians Europe (Recruitee) ---------------------------------------------------
    m(
        "71501",
        "2025-09-18 20:14",
        "Sea Guardians Europe <jobs@sea-guardians-europe.recruitee.com>",
        "We received your application – Digital Campaigner",
        A("confirmation", SGE, SGER, 8, "recruitee"),
        "Hi Élise,\n\nThanks a lot for applying to be our next Digital Campaigner! 🌊\n\nWe'll review all applications after the deadline (30 September). Unfortunately, because we are a small team, we are not able to give individual feedback at the CV stage. If you haven't heard from us by 15 October, please assume your application was not successful this time.\n\nOcean-wide regards,\nThe Sea Guardians Europe team",
    ),
    m(
        "71522",
        "2025-10-09 11:48",
        "Noor Aziz <jobs@sea-guardians-europe.recruitee.com>",
        "Your application at Sea Guardians Europe",
        A("rejection", SGE, SGER, 8, "recruitee"),
        "Hi Élise,\n\nThank you for your patience. Your application stood out for its writing — the sample campaign email you attached was genuinely good and the team passed it around.\n\nIn the end we have shortlisted candidates with more hands-on experience of paid social and email fundraising tools, so we won't be moving forward with your application.\n\nWe hope to cross paths in the Brussels NGO world!\n\nNoor Aziz\nPeople & Culture, Sea Guardians Europe",
    ),
    # --- 9 Kestrel & Vane (Lever) ------------------------------------------------------------
    m(
        "71601",
        "2025-10-06 09:34",
        "Kestrel & Vane <no-reply@hire.lever.co>",
        "Thanks for your application to Kestrel & Vane",
        A("confirmation", KV, KVR, 9, "lever"),
        "Hi Élise,\n\nThanks for applying for Account Manager, EU Affairs (Brussels). We're reviewing your application and will be in touch if we'd like to move forward.\n\nBest,\nKestrel & Vane Strategies",
    ),
    m(
        "71618",
        "2025-10-14 15:20",
        "Tom Ashby-Reed <tom@kestrelvane.com>",
        "Kestrel & Vane – writing exercise",
        A("assessment", KV, KVR, 9, "lever"),
        "Hi Élise,\n\nThanks for your application. As a next step we ask all shortlisted candidates to complete a short writing exercise: a two-page client briefing on the state of play of the Packaging and Packaging Waste Regulation implementing acts, for a (fictional) FMCG client. You'll find the brief attached.\n\nPlease send it back by Tuesday 21 October, 12:00. It should take you no more than 3 hours.\n\nThanks,\nTom\n\nTom Ashby-Reed | Director | Kestrel & Vane Strategies SRL\nSent via Lever",
        attach=[
            (
                "KV_writing_exercise_brief.txt",
                "text/plain",
                "Writing exercise - Account Manager EU Affairs\nAudience: client CEO. Length: max 2 pages.\n",
            )
        ],
    ),
    m(
        "71629",
        "2025-10-27 10:03",
        "Tom Ashby-Reed <tom@kestrelvane.com>",
        "Re: Kestrel & Vane – writing exercise",
        A("interview", KV, KVR, 9, "direct"),
        "Hi Élise,\n\nThanks — we really liked your briefing, crisp and client-ready. Could you come in for an interview with me and our Managing Partner, Ines? We're at Square de Meeûs 37. How about Monday 3 November at 16:00? Invite to follow.\n\nBest,\nTom\n\nOn Tue, 21 Oct 2025 at 11:41, Élise Vandermeulen <elise.vdmeulen@gmail.com> wrote:\n> Dear Tom,\n> Please find my briefing attached. Thank you for the interesting exercise!\n> Best regards,\n> Élise",
        **reply(
            "71618", "2025-10-14 15:20", "kestrelvane.com", "Kestrel & Vane – writing exercise"
        ),
    ),
    m(
        "71650",
        "2025-11-12 18:09",
        "Kestrel & Vane <no-reply@hire.lever.co>",
        "Following up on your application",
        A("rejection", KV, KVR, 9, "lever"),
        "Hi Élise,\n\nThanks so much for meeting Ines and me last week. We were impressed by your knowledge of the files and your writing.\n\nWe have decided to go with a candidate who brings an existing client book in the FMCG space. We realise that's a disappointing outcome after several steps, and we're grateful for the time you put in.\n\nAll the best,\nTom Ashby-Reed\nKestrel & Vane Strategies",
    ),
    # --- 10 Harbourline Advisory (Greenhouse, via Harbourline Group SA), ghosted ----------
    m(
        "71701",
        "2025-10-20 12:40",
        "Harbourline Group SA <no-reply@greenhouse-mail.io>",
        "Application received",
        A("confirmation", HB, HBR, 10, "greenhouse"),
        html="<p>Dear Élise,</p><p>Thank you for applying for the position of <strong>Communications Consultant</strong> at Harbourline Advisory. We have received your application and our recruitment team will carefully review it.</p><p>Should your profile match our requirements, we will contact you to discuss next steps.</p><p>Kind regards,<br>Talent Acquisition<br>Harbourline Group SA &middot; Avenue Louise 143 &middot; 1050 Bruxelles</p>",
    ),
    # --- 13 EWRA via EuroBrussels ------------------------------------------------------------
    m(
        "71801",
        "2025-10-02 09:58",
        "EuroBrussels <noreply@eurobrussels.com>",
        "Your application has been sent to EWRA",
        A("confirmation", EWRA, EWRAR, 13, "other"),
        html="<p>Dear Élise Vandermeulen,</p><p>Your application for <b>Communications Officer</b> at <b>European Waste Recycling Association (EWRA)</b> has been sent to the recruiter.</p><p>Good luck!</p><p>The EuroBrussels team</p><p style='font-size:10px'>You are receiving this e-mail because you applied for a job on EuroBrussels.com.</p>",
    ),
    m(
        "71812",
        "2025-10-15 13:27",
        "Ana Petrović <a.petrovic@ewra.eu>",
        "Communications Officer - interview invitation",
        A("interview", EWRA, EWRAR, 13, "direct"),
        "Dear Ms Vandermeulen,\n\nThank you for your application for the position of Communications Officer at EWRA. We would like to invite you to an interview at our offices (Avenue de Tervueren 13A, 1040 Brussels) on Wednesday 22 October at 11:00. The panel will consist of our Director General, our Head of Communications and myself.\n\nPlease confirm your availability.\n\nBest regards,\nAna Petrović\nOffice & HR Manager\nEWRA - European Waste Recycling Association aisbl",
    ),
    m(
        "71830",
        "2025-11-05 16:44",
        "Ana Petrović <a.petrovic@ewra.eu>",
        "Communications Officer position",
        A("rejection", EWRA, EWRAR, 13, "direct"),
        "Dear Ms Vandermeulen,\n\nThank you again for coming to meet the panel. We appreciated your preparation and your ideas for our 30th anniversary campaign.\n\nHowever, after a second round with two candidates, the panel has decided to offer the position to another candidate. We wish you every success in the future.\n\nBest regards,\nAna Petrović\nEWRA",
    ),
    # --- 14 Novaterra SA (LinkedIn) -----------------------------------------------------------
    m(
        "71901",
        "2025-11-03 19:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Élise, your application was sent to Novaterra SA",
        A("confirmation", NOV, NOVR, 14, "linkedin"),
        html="<table><tr><td><p>Your application was sent to Novaterra SA</p><p><b>Communication Specialist</b><br>Novaterra SA · Brussels Region, Belgium (Hybrid)</p><p>Applied on November 3, 2025</p><p><a href='https://www.linkedin.com/jobs/view/4123456789'>View job</a></p><p style='font-size:11px'>This email was intended for Élise Vandermeulen (EU Affairs &amp; Communications). © 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p></td></tr></table>",
    ),
    m(
        "71914",
        "2025-11-06 08:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Novaterra SA",
        A("viewed", NOV, NOVR, 14, "linkedin"),
        html="<p>Good news, Élise!</p><p>Novaterra SA viewed your application for <b>Communication Specialist</b>.</p><p><a href='https://www.linkedin.com/jobs/applied'>See your applied jobs</a></p>",
    ),
    m(
        "71933",
        "2025-11-24 10:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Communication Specialist at Novaterra SA",
        A("rejection", NOV, NOVR, 14, "linkedin"),
        html="<p>Dear Élise,</p><p>Thank you for your interest in the Communication Specialist position at Novaterra SA in Brussels. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Novaterra.</p><p>Regards,<br>Novaterra SA</p><p style='font-size:11px'>Sent via LinkedIn</p>",
    ),
    # --- 16 Brussels Talent Partners (agency) for ECC ---------------------------------------
    m(
        "72001",
        "2025-10-22 09:41",
        "Gregory Maes <gregory@brusselstalentpartners.be>",
        "Head of Communications - leading trade association (chemicals)",
        ("outreach", None, ECCR, None, "agency", "en"),
        "Dear Élise,\n\nI came across your profile on LinkedIn and thought you might be interested in a confidential search we are running for a Head of Communications at a well-established European trade association in the chemicals sector, based near Schuman.\n\nThe role leads a team of four, covers media relations, campaigns and member communications, and reports to the Director General. Package is competitive (with car budget, group insurance, meal vouchers).\n\nWould you be open to a short call this week?\n\nKind regards,\nGregory Maes\nSenior Consultant - Public Affairs & Associations\nBrussels Talent Partners SRL | +32 2 512 88 40",
    ),
    m(
        "72017",
        "2025-10-28 17:30",
        "Gregory Maes <gregory@brusselstalentpartners.be>",
        "RE: Head of Communications - European Coatings Council",
        A("confirmation", ECC, ECCR, 16, "agency"),
        "Dear Élise,\n\nGreat speaking with you on Friday. As agreed, I have now presented your profile to our client, the European Coatings Council (ECC), together with the note we discussed. I will let you know their feedback as soon as I have it, usually within a week.\n\nKind regards,\nGregory\n\nGregory Maes | Brussels Talent Partners",
    ),
    m(
        "72029",
        "2025-11-07 12:15",
        "Gregory Maes <gregory@brusselstalentpartners.be>",
        "ECC - interview with the Director General",
        A("interview", ECC, ECCR, 16, "agency"),
        "Hi Élise,\n\nGood news: ECC would like to meet you. First interview with Dr. Katrin Oswald (Director General) and the HR Manager on Thursday 13 November at 15:00 at their offices, Rue Guimard 15. I've sent a calendar hold.\n\nCall me if you'd like to prepare together.\n\nGregory",
        ics={
            "uid": "btp-ecc-0411@brusselstalentpartners.be",
            "start": "2025-11-13 15:00:00 +0100",
            "minutes": 60,
            "summary": "Interview ECC - Élise Vandermeulen",
            "organizer": ("Gregory Maes", "gregory@brusselstalentpartners.be"),
            "location": "ECC, Rue Guimard 15, 1040 Bruxelles",
            "style": "outlook",
        },
    ),
    m(
        "72044",
        "2025-11-21 13:02",
        "Gregory Maes <gregory@brusselstalentpartners.be>",
        "Feedback ECC",
        A("rejection", ECC, ECCR, 16, "agency"),
        "Dear Élise,\n\nI just had feedback from ECC. They really appreciated your energy and your media work, but they have decided to continue with two candidates who have previous experience managing a team of that size. I'm sorry — I know you were keen on this one.\n\nI will keep you in mind for other searches, there are a couple coming up in the new year.\n\nBest,\nGregory",
    ),
    # --- 20 Youth Forum for Democracy (Workable), ghosted -----------------------------------
    m(
        "72101",
        "2025-11-10 21:55",
        "Youth Forum for Democracy <noreply@candidates.workablemail.com>",
        "Your application to YFD",
        A("confirmation", YFD, YFDR, 20, "workable"),
        "Dear Élise,\n\nThank you for applying for the Communications Assistant position at the Youth Forum for Democracy (YFD). We confirm receipt of your application.\n\nOnly shortlisted candidates will be contacted. If you are not selected for an interview, you will not receive further communication from us; we unfortunately cannot reply to each applicant individually.\n\nYFD Secretariat",
    ),
    # --- 22 Brightside (Halden Communications Group, Workday) -----------------------------
    m(
        "72201",
        "2025-11-14 08:03",
        "Halden Communications Group <halden@myworkday.com>",
        "Application Received - Senior Account Executive, Public Affairs (R-20418)",
        A("confirmation", BRS, BRSR, 22, "workday"),
        "Dear Élise,\n\nThank you for your interest in Halden Communications Group. We have received your application for Senior Account Executive, Public Affairs (R-20418) - Brightside Brussels.\n\nYou can review the status of your application at any time by signing in to our Candidate Home.\n\nHalden Talent Acquisition",
    ),
    m(
        "72214",
        "2025-11-19 14:32",
        "Brightside Brussels Recruiting <noreply@hirevue.com>",
        "Brightside: your video interview invitation",
        A("assessment", BRS, BRSR, 22, "hirevue"),
        html="<p>Hello Élise,</p><p>Thank you for your interest in joining <b>Brightside</b>, part of Halden Communications Group. The next step is an on-demand video interview: 5 questions, about 20 minutes. You can complete it at any time before <b>26 November 2025</b>.</p><p><a href='https://app.hirevue.com/interviews/xk29s'>Start interview</a></p><p>Good luck!</p>",
    ),
    m(
        "72238",
        "2025-12-04 09:10",
        "Halden Communications Group <halden@myworkday.com>",
        "Update on your application",
        A("rejection", BRS, BRSR, 22, "workday"),
        "Dear Élise,\n\nThank you for the time you have invested in applying for Senior Account Executive, Public Affairs (R-20418).\n\nWe have now reviewed all video interviews and have decided to progress with other candidates whose experience more closely matches the requirements of the role.\n\nWe will keep your profile in our talent pool.\n\nHalden Talent Acquisition",
    ),
    m(
        "72190",
        "2025-11-12 19:00",
        "Halden Communications Group <halden@myworkday.com>",
        "Finish your application",
        ("alert", "Brightside", BRSR, None, "workday", "en"),
        "Hi Élise,\n\nYou started an application for Senior Account Executive, Public Affairs (R-20418) but have not submitted it yet. Your progress has been saved — sign in to Candidate Home to pick up where you left off.\n\nHalden Talent Acquisition",
    ),
    # --- 23 Votewise (Ashby) -----------------------------------------------------------------
    m(
        "72301",
        "2025-11-25 16:16",
        "Votewise <no-reply@ashbyhq.com>",
        "Thanks for applying to Votewise",
        A("confirmation", VW, VWR, 23, "ashby"),
        "Hi Élise,\n\nThanks for applying to be our Head of EU Communications! We're a small team and we read every application. You'll hear from us either way within two weeks.\n\n— Team Votewise",
    ),
    m(
        "72320",
        "2025-12-02 11:25",
        "Joris de Wit <joris@votewise.eu>",
        "Votewise x Élise",
        A("interview", VW, VWR, 23, "direct"),
        "Hi Élise,\n\nJoris here, co-founder of Votewise. Loved your application. Could we do a 30-minute video call this Friday? I've put a slot in your calendar — move it if it doesn't work.\n\nCheers,\nJoris",
        ics={
            "uid": "vw-el-5531@votewise.eu",
            "start": "2025-12-05 11:00:00 +0100",
            "minutes": 30,
            "summary": "Votewise <> Élise Vandermeulen",
            "organizer": ("Joris de Wit", "joris@votewise.eu"),
            "location": "https://meet.google.com/hzo-pfqa-kte",
        },
    ),
    m(
        "72341",
        "2025-12-15 20:48",
        "Joris de Wit <joris@votewise.eu>",
        "Following up",
        A("rejection", VW, VWR, 23, "direct"),
        "Hi Élise,\n\nThanks again for the chat, and sorry it took a bit longer than promised. We've decided to hire someone with a stronger background in tech comms and fundraising for startups — that's where we need the most help in 2026.\n\nReally enjoyed talking EU elections with you. Good luck!\n\nJoris",
    ),
    # --- 24 ELMA ---------------------------------------------------------------------------
    m(
        "72401",
        "2025-11-18 23:12",
        "ELMA Recruitment <recruitment@elma.europa.example>",
        "Application ELMA/CA/FGIV/2025/03 - confirmation",
        A("confirmation", ELMA, ELMAR, 24, "other"),
        "Dear Sir/Madam,\n\nWe confirm receipt of your application for the call for expressions of interest ELMA/CA/FGIV/2025/03 - Contract Agent FG IV - Communication.\n\nThe Selection Committee will assess applications after the closing date. You will be informed of the outcome of your application.\n\nEuropean Labour Mobility Agency - Human Resources",
    ),
    m(
        "72430",
        "2026-01-27 15:00",
        "ELMA Recruitment <recruitment@elma.europa.example>",
        "Your application - update",
        A("rejection", ELMA, ELMAR, 24, "other"),
        "Dear Ms Vandermeulen,\n\nWe would like to thank you for your interest in working for the European Labour Mobility Agency.\n\nFollowing the assessment of all applications received for ELMA/CA/FGIV/2025/03, we regret to inform you that your application was not among those retained for the next phase of the selection procedure.\n\nWe encourage you to consult our website regularly for future vacancies.\n\nHuman Resources\nELMA",
    ),
    # --- 25 Meridian Policy Partners (SmartRecruiters), withdrawn -------------------------
    m(
        "72501",
        "2026-01-05 10:45",
        "Meridian Policy Partners <noreply@smartrecruiters.com>",
        "Meridian Policy Partners - we've received your application",
        A("confirmation", MPP, MPPR, 25, "smartrecruiters"),
        "Dear Élise,\n\nThank you for applying for the Senior Communications Advisor role at Meridian Policy Partners in Brussels. Our team will review your application and reach out if your qualifications match our needs.\n\nBest regards,\nMeridian Recruiting Team",
    ),
    m(
        "72518",
        "2026-01-14 12:33",
        "Laura Baptiste <lbaptiste@meridianpolicy.com>",
        "Meridian - interview next week",
        A("interview", MPP, MPPR, 25, "direct"),
        "Dear Élise,\n\nWe'd like to invite you to a first interview for the Senior Communications Advisor role, with myself and Francesco Lodi (Partner). Please find a Teams invitation for Wednesday 21 January at 9:30.\n\nKind regards,\nLaura Baptiste\nHR Business Partner | Meridian Policy Partners",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000E7CC1F21@meridianpolicy",
            "start": "2026-01-21 09:30:00 +0100",
            "minutes": 45,
            "summary": "Interview Senior Communications Advisor - E. Vandermeulen",
            "organizer": ("Laura Baptiste", "lbaptiste@meridianpolicy.com"),
            "attendees": [("Francesco Lodi", "flodi@meridianpolicy.com")],
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
        },
    ),
    m(
        "72540",
        "2026-02-04 09:02",
        "Laura Baptiste <lbaptiste@meridianpolicy.com>",
        "RE: Senior Communications Advisor - second round",
        A("confirmation", MPP, MPPR, 25, "direct"),
        "Dear Élise,\n\nThank you for letting us know, and congratulations on your new role. We have withdrawn your application from the process as requested. Francesco asked me to say that he enjoyed your interview and that our door remains open.\n\nKind regards,\nLaura\n\nFrom: Élise Vandermeulen <elise.vdmeulen@gmail.com>\nSent: Tuesday, 3 February 2026 19:40\nTo: Laura Baptiste\nSubject: RE: Senior Communications Advisor - second round\n\nDear Laura, thank you for the invitation to the second round. I have in the meantime accepted another offer and would therefore like to withdraw from the process. Thank you both for your time. Best regards, Élise",
        st="withdrawn",
    ),
    # --- 1 EFUC (Teamtailor), offer accepted -----------------------------------------------
    m(
        "72601",
        "2025-12-01 14:22",
        "EFUC - European Federation of Urban Cycling <no-reply@teamtailor-mail.com>",
        "Thank you for your application!",
        A("confirmation", EFUC, EFUCR, 1, "teamtailor"),
        html="<div><p>Hi Élise,</p><p>Thanks for applying for the role of <b>Communications Manager</b>! We have received your application and will go through it shortly.</p><p>In the meantime, find out more about our work on <a href='https://efuc.eu'>efuc.eu</a>.</p><p>Cheers,<br>EFUC</p><p style='font-size:11px;color:#888'>Sent with Teamtailor</p></div>",
    ),
    m(
        "72615",
        "2025-12-10 10:07",
        "Rasmus Holt <rasmus.holt@efuc.eu>",
        "Communications Manager - panel interview",
        A("interview", EFUC, EFUCR, 1, "direct"),
        'Dear Élise,\n\nWe are pleased to invite you to a panel interview for the Communications Manager position. The panel will be composed of Claudia Rinaldi (Secretary General), Bart Claes (Board member) and myself.\n\nPlease choose a slot on 17 or 18 December using the scheduling link below. The interview will take place at our office, Rue de la Loi 81A, and will include a 10-minute presentation: "How would you make EFUC\'s voice heard in the 2026 urban mobility package?"\n\nhttps://app.teamtailor.com/scheduler/efuc/8d2k1\n\nBest regards,\nRasmus Holt\nHead of Operations\nEuropean Federation of Urban Cycling aisbl',
    ),
    m(
        "72622",
        "2025-12-10 18:51",
        "EFUC - European Federation of Urban Cycling <no-reply@teamtailor-mail.com>",
        "Interview booked: Communications Manager",
        A("interview", EFUC, EFUCR, 1, "teamtailor"),
        "Hi Élise,\n\nYour interview is booked.\n\nWhen: Wednesday 17 December 2025, 14:00-15:00\nWhere: EFUC office, Rue de la Loi 81A, 1040 Brussels\nWith: Rasmus Holt, Claudia Rinaldi, Bart Claes\n\nThe calendar invitation is attached.\n\nEFUC",
        ics={
            "uid": "tt-interview-55910@teamtailor.com",
            "start": "2025-12-17 14:00:00 +0100",
            "minutes": 60,
            "summary": "Interview: Communications Manager – Élise Vandermeulen",
            "organizer": ("Rasmus Holt", "rasmus.holt@efuc.eu"),
            "attendees": [
                ("Claudia Rinaldi", "claudia.rinaldi@efuc.eu"),
                ("Bart Claes", "bart.claes@efuc.eu"),
            ],
            "location": "EFUC, Rue de la Loi 81A, 1040 Brussels",
        },
    ),
    m(
        "72640",
        "2026-01-09 09:30",
        "Claudia Rinaldi <claudia.rinaldi@efuc.eu>",
        "Second conversation",
        A("interview", EFUC, EFUCR, 1, "direct"),
        "Dear Élise,\n\nHappy new year! The panel was unanimous after your presentation and we would like to have a second, more informal conversation with you, over coffee, to talk about the team and the year ahead. Would Wednesday 14 January at 8:30 at our office work for you? Coffee and croissants are on us.\n\nWarm regards,\nClaudia\n\nClaudia Rinaldi\nSecretary General, EFUC",
    ),
    m(
        "72663",
        "2026-01-20 17:45",
        "Claudia Rinaldi <claudia.rinaldi@efuc.eu>",
        "Offer - Communications Manager",
        A("offer", EFUC, EFUCR, 1, "direct"),
        "Dear Élise,\n\nFollowing our conversations, I am delighted to offer you the position of Communications Manager at the European Federation of Urban Cycling, on a permanent contract (CDI / contrat à durée indéterminée), full-time, starting on 2 March 2026.\n\nPlease find attached the offer letter with the details of the package (gross monthly salary, meal vouchers, hospitalisation insurance, 32 days of leave, bike lease) and the draft employment contract under Belgian law (JC 337).\n\nWe would be grateful for your reply by 30 January. I am happy to take any questions by phone.\n\nWith warm regards,\nClaudia Rinaldi\nSecretary General\nEFUC aisbl",
        attach=[
            (
                "EFUC_offer_letter_Vandermeulen.txt",
                "text/plain",
                "Offer letter - Communications Manager - CDI - start 2 March 2026\n",
            )
        ],
    ),
    m(
        "72671",
        "2026-01-28 11:10",
        "Claudia Rinaldi <claudia.rinaldi@efuc.eu>",
        "Re: Offer - Communications Manager",
        A("offer", EFUC, EFUCR, 1, "direct"),
        "Dear Élise,\n\nWonderful news — the whole team is thrilled! I will ask our social secretariat to prepare the final contract for signature; you should receive it via DocuSign early next week.\n\nSee you soon,\nClaudia\n\nOn 27 Jan 2026, at 22:14, Élise Vandermeulen <elise.vdmeulen@gmail.com> wrote:\n> Dear Claudia,\n> Thank you very much. I am happy to accept the offer and look forward to starting on 2 March.\n> Kind regards, Élise",
        st="accepted",
        **reply("72663", "2026-01-20 17:45", "efuc.eu", "Offer - Communications Manager"),
    ),
    m(
        "72688",
        "2026-02-03 10:02",
        "Claudia Rinaldi via DocuSign <dse@eumail.docusign.net>",
        "Completed: Contrat de travail - Vandermeulen Élise - EFUC",
        A("offer", EFUC, EFUCR, 1, "docusign"),
        html="<p>All parties have completed <b>Contrat de travail - Vandermeulen Élise - EFUC</b>.</p><p>View the completed document by clicking the link below.</p><p><a href='https://eu.docusign.net/Signing/'>VIEW COMPLETED DOCUMENT</a></p><p>Claudia Rinaldi<br>claudia.rinaldi@efuc.eu</p><p style='font-size:10px'>Do Not Share This Email. This email contains a secure link to DocuSign.</p>",
        st="accepted",
    ),
    m(
        "72702",
        "2026-02-17 09:15",
        "Partena HR Onboarding <onboarding@partena-example.be>",
        "Welcome to EFUC - your employee file",
        ("other_job", EFUC, EFUCR, None, "other", "en"),
        "Dear Ms Vandermeulen,\n\nOn behalf of your employer, European Federation of Urban Cycling aisbl, we kindly ask you to complete your employee file (bank account, family situation for withholding tax, Dimona data) before your first working day on 2 March 2026.\n\nMy Partena portal: https://my.partena-example.be\n\nSocial secretariat - onboarding team",
    ),
    # --- alerts, outreach, other job mail (English) -----------------------------------------
    m(
        "73001",
        "2025-09-03 07:00",
        "EuroBrussels Job Alert <alerts@eurobrussels.com>",
        "New jobs matching: Communications, Brussels",
        J("alert", "other"),
        html="<h3>Your EuroBrussels job alert</h3><ul><li><b>Communications Officer</b> - European Waste Recycling Association (EWRA) - Brussels</li><li><b>Senior Consultant, Energy &amp; Climate</b> - Eurovalence Public Affairs - Brussels</li><li><b>Policy Assistant</b> - Federation of European Bakers - Brussels</li><li><b>Media Officer</b> - Greens for Rural Europe - Brussels</li></ul><p><a href='https://www.eurobrussels.com/jobs'>See all jobs</a> | <a href='#'>Manage alerts</a></p>",
    ),
    m(
        "73012",
        "2025-10-08 07:00",
        "EuroBrussels Job Alert <alerts@eurobrussels.com>",
        "New jobs matching: Communications, Brussels",
        J("alert", "other"),
        html="<h3>Your EuroBrussels job alert</h3><ul><li><b>Account Manager, EU Affairs</b> - Kestrel &amp; Vane Strategies - Brussels</li><li><b>Communications Consultant</b> - Harbourline Advisory - Brussels</li><li><b>Digital Communications Officer</b> - European Dairy Farmers' Union - Brussels</li></ul><p><a href='https://www.eurobrussels.com/jobs'>See all jobs</a> | <a href='#'>Manage alerts</a></p>",
    ),
    m(
        "73019",
        "2025-11-12 07:00",
        "EuroBrussels Job Alert <alerts@eurobrussels.com>",
        "New jobs matching: Communications, Brussels",
        J("alert", "other"),
        html="<h3>Your EuroBrussels job alert</h3><ul><li><b>Contract Agent FG IV - Communication</b> - European Labour Mobility Agency (ELMA) - Brussels</li><li><b>Communications Assistant</b> - Youth Forum for Democracy - Brussels</li><li><b>Head of EU Communications</b> - Votewise - Brussels / remote</li></ul><p><a href='https://www.eurobrussels.com/jobs'>See all jobs</a> | <a href='#'>Manage alerts</a></p>",
    ),
    m(
        "73025",
        "2025-09-11 06:30",
        "EURACTIV Jobsite <jobs@euractiv-jobsite.example>",
        "This week's top EU affairs jobs",
        J("alert", "other"),
        html="<p><b>EU affairs jobs of the week</b></p><p>Policy &amp; Communications Officer - Clean Transit Europe<br>Digital Campaigner - Sea Guardians Europe<br>EU Policy Manager - Association of European Spring Water Bottlers<br>Press Officer (AD6) - European Economic and Regional Assembly</p><p>Also in this issue: how to prepare for an EU agency written test.</p><p><a href='#'>Unsubscribe</a></p>",
    ),
    m(
        "73031",
        "2025-11-27 06:30",
        "EURACTIV Jobsite <jobs@euractiv-jobsite.example>",
        "This week's top EU affairs jobs",
        J("alert", "other"),
        html="<p><b>EU affairs jobs of the week</b></p><p>Communications Manager - European Federation of Urban Cycling (EFUC)<br>Senior Communications Advisor - Meridian Policy Partners<br>Junior Policy Officer - Europe's Ports Alliance</p><p><a href='#'>Unsubscribe</a></p>",
    ),
    m(
        "73040",
        "2025-09-22 18:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“communications officer”: 12 new jobs in Brussels Region",
        J("alert", "linkedin"),
        html="<p>Your job alert for <b>communications officer</b> in Brussels Region, Belgium</p><p>12 new jobs match your preferences.</p><p><b>Communications Officer</b> · Pan-European Patients Network · Brussels · Easily apply<br><b>Communication Specialist</b> · Novaterra SA · Brussels · Hybrid<br><b>Junior Communications Executive</b> · Lightbridge PR · Brussels</p><p><a href='#'>See all jobs</a></p>",
    ),
    m(
        "73044",
        "2025-10-30 18:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“EU affairs”: 8 new jobs in Brussels Region",
        J("alert", "linkedin"),
        html="<p>Your job alert for <b>EU affairs</b> in Brussels Region, Belgium</p><p><b>EU Affairs Manager</b> · Nordlicht Energie GmbH · Brussels<br><b>Public Affairs Consultant</b> · Stratéga Conseil SA · Brussels<br><b>Senior Account Executive</b> · Brightside · Brussels</p><p><a href='#'>See all jobs</a></p>",
    ),
    m(
        "73049",
        "2026-01-13 18:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“communications manager”: 5 new jobs in Brussels Region",
        J("alert", "linkedin"),
        html="<p>Your job alert for <b>communications manager</b> in Brussels Region, Belgium</p><p><b>Communications Manager</b> · Coalition for Fair Taxation · Brussels<br><b>Head of Communications</b> · Federation of European Foundries · Brussels</p><p><a href='#'>See all jobs</a></p>",
    ),
    m(
        "73055",
        "2025-10-17 12:22",
        "Mathilde Aubry via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Opportunity: EU Comms Lead at a tech company",
        J("outreach", "linkedin", role="EU Communications Lead"),
        "Hi Élise,\n\nI lead EU public policy recruiting at Quorvis, a cloud software company growing its Brussels team. We're looking for an EU Communications Lead to sit between our policy and press teams, and your background at a federation plus your media relations experience looks like a great match.\n\nWould you be open to a 20-minute chat next week?\n\nBest,\nMathilde Aubry\nTalent Partner, Policy & Government Affairs, Quorvis",
    ),
    m(
        "73058",
        "2025-10-17 12:40",
        "Mathilde Aubry <mathilde.aubry@quorvis.com>",
        "Automatic reply: Opportunity: EU Comms Lead",
        J("other_job", "direct", co="Quorvis"),
        "Thank you for your message. I am travelling until 22 October with limited access to email. For urgent matters, please contact talent-emea@quorvis.com.\n\nMathilde",
    ),
    m(
        "73061",
        "2026-01-16 10:11",
        "Gregory Maes <gregory@brusselstalentpartners.be>",
        "New search - Communications Director, health NGO",
        J("outreach", "agency", role="Communications Director"),
        "Dear Élise,\n\nHappy new year! As promised, a new search I think you'd be great for: Communications Director for a patient-advocacy NGO (EU umbrella, 25 staff). Same neighbourhood, a step up in seniority.\n\nFree for a call this week?\n\nBest,\nGregory",
    ),
    m(
        "73066",
        "2025-09-05 16:20",
        "EAWR e-Recruitment <erecruitment@eawr.europa.example>",
        "EAWR e-Recruitment - your account has been created",
        J("other_job", "other", co=EAWR),
        "Dear user,\n\nYour account on the EAWR e-Recruitment tool has been created. Your login is: elise.vdmeulen@gmail.com\n\nTo activate your account, please use the following code within 24 hours: 448 921\n\nThis is an automatically generated e-mail, please do not reply.",
    ),
    m(
        "73070",
        "2025-12-12 09:00",
        "Halden Talent Acquisition <halden@myworkday.com>",
        "Join the Halden Talent Community",
        J("alert", "workday", co="Brightside"),
        "Dear Élise,\n\nThank you for your interest in Halden Communications Group and our agencies, including Brightside. Join our Talent Community to be the first to hear about roles across our network in Brussels, Paris and London.\n\nJoin now: https://halden.wd3.myworkday.com/halden/join\n\nHalden Talent Acquisition",
    ),
    m(
        "73074",
        "2025-11-20 14:00",
        "Kestrel & Vane <no-reply@hire.lever.co>",
        "How was your experience interviewing with us?",
        J("other_job", "lever", co=KV, role=KVR),
        "Hi Élise,\n\nWe'd love to hear how we did. Our 2-minute candidate survey is anonymous and helps us improve how we hire.\n\nTake the survey: https://jobs.lever.co/kestrelvane/survey\n\nThank you!\nKestrel & Vane Strategies",
    ),
    m(
        "73080",
        "2025-10-21 11:41",
        "Indeed <alert@indeed.com>",
        "Nouveaux emplois : communication Bruxelles",
        J("alert", "indeed", lang="fr"),
        html="<p>Emplois correspondant à votre recherche <b>communication</b> à Bruxelles</p><p><b>Consultant junior affaires publiques</b> – Stratéga Conseil SA – Bruxelles<br><b>Chargé de communication</b> – Réseau Européen des Villes Durables – Bruxelles<br><b>Community manager</b> – Bistro Sablon SRL – Bruxelles</p><p><a href='#'>Voir toutes les offres</a></p>",
    ),
    m(
        "73088",
        "2025-12-18 17:02",
        "Sam O'Connell <sam.oconnell@fieldmarkresearch.example>",
        "Freelance comms support - EU project consortium",
        J(
            "outreach",
            "direct",
            role="Freelance communications consultant",
            co="Fieldmark Research",
        ),
        "Dear Élise,\n\nA former colleague of yours, Ruth, suggested your name. We coordinate a Horizon Europe consortium on urban heat and need a freelance communications consultant (approx. 6 days a month, January to June) to run the project website, newsletter and final conference.\n\nWould you be interested? Happy to share the terms of reference.\n\nBest regards,\nSam O'Connell\nProject Manager, Fieldmark Research",
    ),
]
