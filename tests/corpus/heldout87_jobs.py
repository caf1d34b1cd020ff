# ruff: noqa: E501
"""Corpus 87, job mail part one (data only): see heldout87.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    if day < "2025-10-05" or day >= "2026-04-05":
        return "+1000"
    return "+1100"


m = partial(dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def ev(
    uid,
    start,
    summary,
    organizer,
    minutes=60,
    location="",
    description="",
    style="outlook",
    method="REQUEST",
):
    out: dict[str, Any] = {
        "uid": uid,
        "start": start,
        "summary": summary,
        "organizer": organizer,
        "minutes": minutes,
        "style": style,
        "method": method,
    }
    if location:
        out["location"] = location
    if description:
        out["description"] = description
    return out


SIG = "\n\nCheers,\nLachlan\n\nLachlan Mercer-Doyle\n0412 558 903\nlinkedin.com/in/lachlanmercerdoyle\n"

HS, HSR = "Harbourstone Construction", "Senior Project Manager - Civil"
IDA, IDAR = "Infrastructure Delivery Authority NSW", "Project Manager, Rail Network Upgrades"
CBJ, CBJR = "Corvale Bexley JV", "Project Manager - Motorway Interchange"
LM, LM1, LM2 = (
    "Lendmark",
    "Construction Manager - Melbourne Metro Works",
    "Senior Project Manager - Brisbane Social Infrastructure",
)
AU, AUR = "Aurelian", "Project Manager - Water Infrastructure"
TD, TDR = "Tidewell Developments", "Development Manager"
KC, KCR = "Kurrajong Civil", "Project Manager"
BB, BBR = "Brightwater Builders", "Project Manager - Residential"
SP, SPR = "South Bank Precinct Partnerships", "Senior Project Manager"
YL, YLR = "Yarra Link Alliance", "Package Manager - Stations"
CA, CAR = "Calder Built", "Senior Project Manager - Education"

MAIL: list[dict[str, Any]] = [
    # --- 1 Harbourstone (SEEK -> PageUp, mail from the holdings mailbox) ----------------------
    m(
        "870101",
        "2025-12-01 21:14",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was successfully submitted",
        A("confirmation", HS, HSR, 1, "other"),
        html=(
            "<html><body style='font-family:Arial'><img alt='SEEK' src='https://www.seek.com.au/logo.png'>"
            "<h2>Hi Lachlan, your application has been sent</h2>"
            "<p><b>Senior Project Manager - Civil</b><br>Harbourstone Construction<br>Sydney NSW</p>"
            "<p>Submitted: 1 December 2025, 9:14 pm<br>Resume: Lachlan_Mercer-Doyle_CV_2025.pdf<br>Cover letter: Written</p>"
            "<p>The employer may ask you to complete additional steps on their own website. Keep an eye on your inbox.</p>"
            "<p><a href='https://www.seek.com.au/my-activity/applied-jobs'>View your applied jobs</a></p>"
            "<p style='font-size:11px;color:#777'>SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121. You're receiving this because you applied for a job on SEEK.</p>"
            "</body></html>"
        ),
    ),
    m(
        "870102",
        "2025-12-02 08:02",
        "Harbourstone Careers <careers@harbourstoneholdings.com.au>",
        "Action required: complete your application - Senior Project Manager - Civil (Req 4471)",
        A("confirmation", HS, HSR, 1, "other"),
        text=(
            "Dear Lachlan,\n\nThank you for your interest in the Senior Project Manager - Civil role with Harbourstone Construction Pty Ltd.\n\n"
            "We received your application through SEEK. To be considered, please log in to our careers portal and complete the short screening questions "
            "(white card, licence, right to work). It takes about 10 minutes.\n\n"
            "https://harbourstone.pageuppeople.com/apply/4471/screening\n\n"
            "Kind regards,\nTalent Acquisition\nHarbourstone Holdings Limited\nLevel 14, 1 Barrack Street, Sydney NSW 2000\n\n"
            "Harbourstone Holdings Limited ABN 41 118 220 519 and its subsidiaries. This email is confidential."
        ),
    ),
    m(
        "870103",
        "2025-12-04 10:40",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was viewed by Harbourstone Construction",
        A("viewed", HS, HSR, 1, "other"),
        html=(
            "<html><body><p>Good news, Lachlan.</p><p>Harbourstone Construction viewed your application for "
            "<b>Senior Project Manager - Civil</b> on 4 Dec.</p><p>Employers view many applications, so this doesn't mean you've been shortlisted. "
            "We'll let you know if anything changes.</p><p><a href='https://www.seek.com.au/'>Go to SEEK</a></p></body></html>"
        ),
    ),
    m(
        "870104",
        "2025-12-10 14:25",
        "Harbourstone Talent <careers@harbourstoneholdings.com.au>",
        "Next step: online assessment",
        A("assessment", HS, HSR, 1, "other"),
        text=(
            "Hi Lachlan,\n\nGreat news - you've been shortlisted for the Senior Project Manager - Civil position.\n\n"
            "As part of our process we ask shortlisted candidates to complete an online psychometric assessment (cognitive reasoning and a work-style questionnaire) "
            "through our partner Criteria. You'll receive a separate email with your link. Please complete it by 5pm Tuesday 16 December.\n\n"
            "Allow about 45 minutes in a quiet spot. There's no need to study for it.\n\n"
            "Regards,\nMegan Tuilagi\nSenior Talent Acquisition Partner\nHarbourstone | Building what matters\n"
        ),
    ),
    m(
        "870105",
        "2025-12-10 14:31",
        "Criteria <noreply@criteriacorp.com>",
        "Harbourstone: your assessment invitation",
        A("assessment", HS, HSR, 1, "other"),
        text=(
            "Hello Lachlan,\n\nHarbourstone Holdings has invited you to complete the following assessments:\n"
            "  - Cognitive Ability (approx. 20 min)\n  - Work Preferences Questionnaire (approx. 20 min)\n\n"
            "Start here: https://app.criteriacorp.com/candidate/HX-77Q2-91LM\n\nDeadline: 16/12/2025 17:00 AEDT\n\n"
            "If you need an adjustment, reply to this email.\n\nCriteria Candidate Support"
        ),
    ),
    m(
        "870106",
        "2026-01-07 11:05",
        "Megan Tuilagi <megan.tuilagi@harbourstone.com.au>",
        "Panel interview - Senior Project Manager Civil",
        A("interview", HS, HSR, 1, "direct"),
        text=(
            "Hi Lachlan,\n\nThanks for completing the assessment. The panel would like to meet you.\n\n"
            "Wednesday 14 January, 2:00-3:00pm, Microsoft Teams. Panel: Darren Kowalczyk (Project Director, Western Corridor), "
            "Priya Nand (HSEQ Manager) and me.\n\n"
            "Expect behavioural questions and a discussion of a project you've delivered end to end - programme, cost, stakeholders. "
            "A Teams invite will follow.\n\nCheers,\nMegan\n\nMegan Tuilagi | Senior Talent Acquisition Partner\nHarbourstone Construction Pty Ltd\nM 0407 223 118"
        ),
    ),
    m(
        "870107",
        "2026-01-07 11:09",
        "Megan Tuilagi <megan.tuilagi@harbourstone.com.au>",
        "Harbourstone - Panel Interview - L. Mercer-Doyle",
        A("interview", HS, HSR, 1, "direct"),
        text=(
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\n"
            "Meeting ID: 431 882 905 117\nPasscode: 7sQp2h\n"
            "________________________________________________________________________________\n"
        ),
        ics=ev(
            "hs-panel-8841@harbourstone.com.au",
            "2026-01-14 14:00:00 +1100",
            "Harbourstone - Panel Interview - L. Mercer-Doyle",
            ("Megan Tuilagi", "megan.tuilagi@harbourstone.com.au"),
            location="Microsoft Teams Meeting",
            description="Panel: D. Kowalczyk, P. Nand, M. Tuilagi",
        ),
    ),
    m(
        "870108",
        "2026-01-19 16:20",
        "Darren Kowalczyk <darren.kowalczyk@harbourstone.com.au>",
        "Site walk - Kemps Creek",
        A("interview", HS, HSR, 1, "direct"),
        text=(
            "Lachlan,\n\nGood chatting last week. Before we go further I'd like to walk you through the Kemps Creek interchange job and introduce "
            "you to the site team. Friday 23 Jan, 7:30am at the site compound gate (Lenore Dr). Bring boots, hi-vis and your white card; we'll sort a hard hat.\n\n"
            "Should take about 90 mins, then a coffee.\n\nDarren\n\nDarren Kowalczyk\nProject Director - Western Corridor\nHarbourstone\n"
        ),
        ics=ev(
            "hs-sitewalk-2209@harbourstone.com.au",
            "2026-01-23 07:30:00 +1100",
            "Site walk - Kemps Creek - Lachlan Mercer-Doyle",
            ("Darren Kowalczyk", "darren.kowalczyk@harbourstone.com.au"),
            minutes=120,
            location="Site compound, Lenore Dr, Kemps Creek NSW",
        ),
    ),
    m(
        "870109",
        "2026-02-02 09:48",
        "Megan Tuilagi <megan.tuilagi@harbourstone.com.au>",
        "Referees",
        A("interview", HS, HSR, 1, "direct"),
        text=(
            "Morning Lachlan,\n\nThe feedback from Darren and the panel has been really positive. We'd like to move to reference checks - could you send "
            "two referees (ideally a direct manager from your current or last role), with mobile numbers? We'll also run a standard police check via Fit2Work once "
            "we get to offer stage.\n\nThanks,\nMegan"
        ),
    ),
    m(
        "870110",
        "2026-02-02 12:30",
        "Lachlan Mercer-Doyle <lachlan.mdoyle@outlook.com.au>",
        "RE: Referees",
        A("interview", HS, HSR, 1, "direct"),
        to="Megan Tuilagi <megan.tuilagi@harbourstone.com.au>",
        text=(
            "Hi Megan,\n\nThanks - great to hear. Referees:\n\n1. Sandra Oyelaran, Construction Manager, Pellmore Civil - 0421 330 772\n"
            "2. Tom Haverfield, Project Director (ret.), ex-Pellmore - 0433 918 204\n\nBoth know to expect a call."
            + SIG
            + "\n-----Original Message-----\nFrom: Megan Tuilagi\nSent: Monday, 2 February 2026 9:48 AM\nSubject: Referees\n\n> Morning Lachlan,\n> The feedback from Darren and the panel has been really positive."
        ),
    ),
    m(
        "870111",
        "2026-02-10 15:12",
        "Harbourstone Careers <careers@harbourstoneholdings.com.au>",
        "Letter of Offer - Harbourstone Construction Pty Ltd",
        A("offer", HS, HSR, 1, "other"),
        text=(
            "Dear Lachlan,\n\nFurther to your conversation with Megan today, we are delighted to offer you the position of Senior Project Manager - Civil with "
            "Harbourstone Construction Pty Ltd. Your letter of offer and employment agreement are attached and available in the candidate portal.\n\n"
            "Base salary $215,000 plus superannuation, project vehicle and a short-term incentive. Proposed commencement: Monday 9 March 2026.\n\n"
            "Please review, sign and return via the portal by Tuesday 17 February.\n\n"
            "Welcome aboard - we hope you'll join us.\n\nPeople & Culture\nHarbourstone Holdings Limited"
        ),
        attach=[
            (
                "Letter_of_Offer_LMercerDoyle.pdf",
                "application/pdf",
                "%PDF-1.4 letter of offer (placeholder)",
            )
        ],
    ),
    m(
        "870112",
        "2026-02-12 17:55",
        "Megan Tuilagi <megan.tuilagi@harbourstone.com.au>",
        "Re: Signed offer",
        A("offer", HS, HSR, 1, "direct"),
        st="accepted",
        text=(
            "Hi Lachlan,\n\nReceived your signed letter of offer - congratulations and welcome to Harbourstone! Onboarding will be in touch next week about "
            "your induction, PPE sizes and laptop. Enjoy the break before you start.\n\nCheers,\nMegan\n\n> On 12 Feb 2026, at 4:40 pm, Lachlan Mercer-Doyle wrote:\n> Hi Megan, signed and uploaded. Really looking forward to it."
        ),
    ),
    m(
        "870113",
        "2026-02-20 09:10",
        "Harbourstone Onboarding <onboarding@harbourstoneholdings.com.au>",
        "Welcome to Harbourstone - your first day",
        ("other_job", HS, HSR, None, "other", "en"),
        text=(
            "Hi Lachlan,\n\nWe're looking forward to your start on 9 March. Please complete your onboarding tasks (TFN declaration, super choice, bank details, "
            "emergency contacts) in the portal before 2 March. Your induction is at our Parramatta office, 8:00am.\n\nOnboarding Team\nHarbourstone Holdings Limited"
        ),
    ),
    # --- 2 IDA NSW (government careers portal) ----------------------------------------------------
    m(
        "870201",
        "2025-10-12 19:41",
        "NSW Government Careers <no-reply@iworkfor.nsw.gov.au>",
        "Application received: Project Manager, Rail Network Upgrades (REQ0044817)",
        A("confirmation", IDA, IDAR, 2, "other"),
        text=(
            "Dear Lachlan Mercer-Doyle,\n\nThank you for applying for the role of Project Manager, Rail Network Upgrades (Clerk Grade 11/12, ongoing) with the "
            "Infrastructure Delivery Authority.\n\nYour application reference is REQ0044817-3316.\n\n"
            "Applications close on 26 October 2025. After closing, the hiring manager will assess all applications against the capabilities in the role description. "
            "If you are not selected for the next stage we will let you know by email.\n\n"
            "The NSW public sector is committed to diversity. If you need an adjustment at any stage of the process, please contact the recruitment team.\n\n"
            "Recruitment Services\nInfrastructure Delivery Authority | NSW Government"
        ),
    ),
    m(
        "870202",
        "2025-11-05 12:00",
        "NSW Government Careers <no-reply@iworkfor.nsw.gov.au>",
        "Capability assessment - REQ0044817",
        A("assessment", IDA, IDAR, 2, "other"),
        html=(
            "<html><body><p>Dear Lachlan,</p><p>Thank you for your application for <b>Project Manager, Rail Network Upgrades</b> (REQ0044817).</p>"
            "<p>You have progressed to the next stage, which is an online capability assessment covering verbal and numerical reasoning and a short written "
            "exercise. Please complete it within 5 business days using the link below.</p>"
            "<p><a href='https://nswgov.cappfinity.com/invite/REQ0044817'>Start capability assessment</a></p>"
            "<p>Regards,<br>Talent Sourcing Team<br>IDA NSW</p></body></html>"
        ),
    ),
    m(
        "870203",
        "2025-11-20 13:34",
        "Rebecca Huang <rebecca.huang@ida.nsw.gov.au>",
        "Invitation to interview - REQ0044817 Project Manager, Rail Network Upgrades",
        A("interview", IDA, IDAR, 2, "direct"),
        text=(
            "Dear Lachlan,\n\nI am pleased to advise that you have been shortlisted for interview for the above role.\n\n"
            "Date: Wednesday 26 November 2025\nTime: 10:30am - 11:30am\nFormat: Panel interview via Microsoft Teams\n"
            "Panel: Simon Agostino (Director, Network Upgrades), Leanne Fa'alogo (Principal Manager, Delivery), Rebecca Huang (Convenor)\n\n"
            "You will be asked to complete a 10-minute work sample at the start of the interview. Please have photo ID ready.\n\n"
            "Kind regards,\nRebecca Huang\nSenior Recruitment Advisor | People and Culture\nInfrastructure Delivery Authority\n"
            "Level 7, 231 Elizabeth Street Sydney NSW 2000\n\nWe acknowledge the Traditional Custodians of the lands where we work."
        ),
        ics=ev(
            "REQ0044817-int-06@ida.nsw.gov.au",
            "2025-11-26 10:30:00 +1100",
            "Interview - Project Manager, Rail Network Upgrades - Mercer-Doyle",
            ("Rebecca Huang", "rebecca.huang@ida.nsw.gov.au"),
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "870204",
        "2025-11-21 11:00",
        "Rebecca Huang <rebecca.huang@ida.nsw.gov.au>",
        "Automatic reply: Invitation to interview - REQ0044817",
        ("other_job", IDA, IDAR, None, "direct", "en"),
        text=(
            "Thank you for your email. I am on leave until Monday 24 November with limited access to email. For urgent recruitment matters please contact "
            "recruitment@ida.nsw.gov.au.\n\nRebecca"
        ),
    ),
    m(
        "870205",
        "2025-12-15 16:48",
        "NSW Government Careers <no-reply@iworkfor.nsw.gov.au>",
        "Outcome of your application - REQ0044817",
        A("rejection", IDA, IDAR, 2, "other"),
        text=(
            "Dear Lachlan,\n\nThank you for the time you invested in applying and interviewing for the Project Manager, Rail Network Upgrades role. The panel "
            "enjoyed meeting you and noted your strong delivery background on brownfield civil works.\n\n"
            "After careful consideration, you have been unsuccessful on this occasion. The panel has identified other candidates whose experience more closely "
            "matched the role's rail possession planning requirements.\n\n"
            "We will keep your details on file, and you may be contacted about similar roles over the next 18 months through our talent pool. If you would like "
            "feedback, please contact the convenor.\n\nRecruitment Services\nInfrastructure Delivery Authority"
        ),
    ),
    # --- 3 Corvale Bexley JV via agency -----------------------------------------------------------
    m(
        "870301",
        "2025-10-15 12:22",
        "Jarrod Finnegan <jarrod.finnegan@keystonetalent.com.au>",
        "PM opportunity - tier-1 contractor, major motorway, Western Sydney",
        ("outreach", None, CBJR, None, "agency", "en"),
        text=(
            "Hi Lachlan,\n\nHope you're well. I'm recruiting a Project Manager for a tier-1 contractor delivering a major motorway interchange package in "
            "Western Sydney (~$480m, D&C). They want someone with brownfield traffic staging and TfNSW-style client experience - your Pellmore background "
            "looks spot on.\n\nPackage is $200-230k + super + car allowance. Can't name the client yet but happy to tell you more over the phone - free for a "
            "quick chat this arvo?\n\nCheers,\nJarrod Finnegan\nPrincipal Consultant - Civil & Infrastructure\nKeystone Talent Partners\nM 0418 600 274"
        ),
    ),
    m(
        "870302",
        "2025-10-16 09:15",
        "Jarrod Finnegan <jarrod.finnegan@keystonetalent.com.au>",
        "RE: PM opportunity - Corvale Bexley JV",
        A("confirmation", CBJ, CBJR, 3, "agency"),
        text=(
            "Hi Lachlan,\n\nThanks for the chat yesterday and for the updated CV. As discussed, the client is the Corvale Bexley JV (Corvale Civil and Bexley "
            "Engineering) on the M12 link interchange. I've submitted your CV to their hiring manager this morning and I'll let you know as soon as I hear back.\n\n"
            "Cheers,\nJarrod\n\nKeystone Talent Partners Pty Ltd | Level 3, 50 Margaret St, Sydney"
        ),
    ),
    m(
        "870303",
        "2025-10-22 15:02",
        "Jarrod Finnegan <jarrod.finnegan@keystonetalent.com.au>",
        "Interview confirmed - CBJV - Tuesday",
        A("interview", CBJ, CBJR, 3, "agency"),
        text=(
            "Hi Lachlan,\n\nGood news - the JV would like to interview you. Tuesday 28 Oct, 3pm at the JV site office, 14 Elizabeth Drive, Badgerys Creek. "
            "You'll meet Nathan Pereira (Deputy Project Director) and Kirsty Lam (Commercial Manager). Plan for an hour.\n\n"
            "Tip: they'll dig into staging and how you manage subbies on claims. Give me a call after.\n\nJarrod"
        ),
    ),
    m(
        "870304",
        "2025-11-13 18:30",
        "Jarrod Finnegan <jarrod.finnegan@keystonetalent.com.au>",
        "CBJV offer",
        A("offer", CBJ, CBJR, 3, "agency"),
        text=(
            "Lachlan,\n\nGreat news mate - Corvale Bexley JV want to make you an offer. $225k base + super + $25k car allowance, 6-week trial of the RDO roster. "
            "They'll send the formal letter of offer from Corvale's HR once you give the nod.\n\n"
            "Have a think over the weekend and let me know where your head's at.\n\nJarrod"
        ),
    ),
    m(
        "870305",
        "2025-11-21 10:02",
        "Jarrod Finnegan <jarrod.finnegan@keystonetalent.com.au>",
        "RE: CBJV offer",
        A("offer", CBJ, CBJR, 3, "agency"),
        st="declined",
        text=(
            "Hi Lachlan,\n\nThanks for letting me know and for being upfront the whole way. I've passed your decision on to Nathan - he was disappointed but "
            "understands, and said to keep in touch. I'll keep looking for you.\n\nCheers,\nJarrod\n\n"
            "From: Lachlan Mercer-Doyle\nSent: Friday, 21 November 2025 8:12 AM\nSubject: RE: CBJV offer\n\n"
            "Hi Jarrod, after a lot of thought I'm going to decline the JV offer - the six-day roster out at Badgerys just doesn't work with the kids. Thanks for everything."
        ),
    ),
    # --- 4/5 Lendmark (Workday, two roles) ------------------------------------------------------
    m(
        "870401",
        "2025-10-20 20:05",
        "Lendmark Group <lendmarkgroup@myworkday.com>",
        "Thank you for applying - Construction Manager - Melbourne Metro Works",
        A("confirmation", LM, LM1, 4, "workday"),
        text=(
            "Hi Lachlan,\n\nThank you for applying for the position of Construction Manager - Melbourne Metro Works (R-20591).\n\n"
            "Our Talent Acquisition team will review your application, and if your skills and experience match what we're looking for we'll be in touch. "
            "You can check the status of your application at any time in your Candidate Home.\n\n"
            "Regards,\nLendmark Talent Acquisition\n\nLendmark Infrastructure Australia Pty Ltd is part of Lendmark Group."
        ),
    ),
    m(
        "870402",
        "2025-11-06 07:31",
        "Lendmark Group <lendmarkgroup@myworkday.com>",
        "Update on your application R-20591",
        A("rejection", LM, LM1, 4, "workday"),
        text=(
            "Hi Lachlan,\n\nThank you for your interest in the Construction Manager - Melbourne Metro Works role. We appreciated the opportunity to consider your "
            "background.\n\nWe have now reviewed all applications and have decided to progress with candidates whose experience more closely matches the requirements "
            "of this role, including Victorian rail occupations.\n\nWe encourage you to keep an eye on our careers site for future roles.\n\nLendmark Talent Acquisition"
        ),
    ),
    m(
        "870501",
        "2026-02-09 21:40",
        "Lendmark Group <lendmarkgroup@myworkday.com>",
        "Thank you for applying - Senior Project Manager - Brisbane Social Infrastructure",
        A("confirmation", LM, LM2, 5, "workday"),
        text=(
            "Hi Lachlan,\n\nThank you for applying for the position of Senior Project Manager - Brisbane Social Infrastructure (R-21377).\n\n"
            "Our Talent Acquisition team will review your application, and if your skills and experience match what we're looking for we'll be in touch.\n\n"
            "Regards,\nLendmark Talent Acquisition"
        ),
    ),
    m(
        "870502",
        "2026-02-16 09:30",
        "Lachlan Mercer-Doyle <lachlan.mdoyle@outlook.com.au>",
        "Withdrawing my application R-21377",
        A("confirmation", LM, LM2, 5, "direct"),
        st="withdrawn",
        to="Lendmark Talent Acquisition <talent.au@lendmarkgroup.com>",
        text=(
            "Hi team,\n\nI applied for R-21377 last week, but I've just accepted a role in Sydney and won't be relocating to Brisbane. "
            "Please withdraw my application. Apologies for the mix-up." + SIG
        ),
    ),
    m(
        "870503",
        "2026-02-17 14:18",
        "Lendmark Talent Acquisition <talent.au@lendmarkgroup.com>",
        "RE: Withdrawing my application R-21377",
        A("confirmation", LM, LM2, 5, "direct"),
        st="withdrawn",
        text=(
            "Hi Lachlan,\n\nNo problem at all - we've withdrawn your application for R-21377. Congratulations on the new role.\n\nKind regards,\nAshleigh\nLendmark Talent Acquisition"
        ),
    ),
    # --- 6 Aurelian (SuccessFactors, role not proceeding) ---------------------------------------
    m(
        "870601",
        "2025-10-27 13:11",
        "Aurelian Careers <careers-noreply@successfactors.com>",
        "Aurelian - Application Received",
        A("confirmation", AU, AUR, 6, "other"),
        html=(
            "<html><body><table width='600'><tr><td><img alt='Aurelian' src='https://aurelian.example/logo.png'></td></tr>"
            "<tr><td><p>Dear Lachlan,</p><p>Thank you for submitting your application for <b>Project Manager - Water Infrastructure (Job ID 118224)</b>.</p>"
            "<p>We will review your application and contact you if your skills and experience are a good fit. Due to the volume of applications, "
            "unfortunately we are unable to respond to every applicant individually.</p>"
            "<p>Kind regards,<br>The Aurelian Recruitment Team<br>Aurelian Consulting Australia Pty Ltd</p></td></tr></table></body></html>"
        ),
    ),
    m(
        "870602",
        "2025-11-28 10:45",
        "Aurelian Careers <careers-noreply@successfactors.com>",
        "Job ID 118224 - update",
        A("confirmation", AU, AUR, 6, "other"),
        st="on_hold",
        text=(
            "Dear Lachlan,\n\nThank you for your interest in the Project Manager - Water Infrastructure position with Aurelian.\n\n"
            "We wanted to let you know that, due to a change in the project's funding timeline, the role is not proceeding at this time and the requisition has "
            "been placed on hold. Your application will remain in our system and we will contact you if the role reopens.\n\n"
            "We appreciate your patience and understanding.\n\nAurelian Recruitment Team"
        ),
    ),
    # --- 7 Tidewell (LinkedIn Easy Apply; ghosted) -----------------------------------------------
    m(
        "870701",
        "2025-10-10 07:52",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lachlan, your application was sent to Tidewell Developments",
        A("confirmation", TD, TDR, 7, "linkedin"),
        html=(
            "<html><body><p>Your application was sent to Tidewell Developments</p><table><tr><td><b>Development Manager</b><br>Tidewell Developments · "
            "Sydney, New South Wales, Australia (Hybrid)</td></tr></table><p>Applied on October 10, 2025</p>"
            "<p><a href='https://www.linkedin.com/jobs/view/4122093381'>View job</a></p>"
            "<p style='color:#999;font-size:11px'>This email was intended for Lachlan Mercer-Doyle (Senior Project Manager | Civil & Transport Infrastructure). "
            "LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085.</p></body></html>"
        ),
    ),
    m(
        "870702",
        "2025-10-13 18:26",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Tidewell Developments",
        A("viewed", TD, TDR, 7, "linkedin"),
        html=(
            "<html><body><p>Hi Lachlan,</p><p>Tidewell Developments viewed your application for <b>Development Manager</b>.</p>"
            "<p><a href='https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED'>See your applications</a></p></body></html>"
        ),
    ),
    # --- 8 Kurrajong Civil (Indeed) ----------------------------------------------------------
    m(
        "870801",
        "2025-10-18 16:33",
        "Indeed <indeedapply@indeed.com>",
        "Indeed Application: Project Manager",
        A("confirmation", KC, KCR, 8, "indeed"),
        text=(
            "Application submitted\n\nProject Manager\nKurrajong Civil - Penrith NSW\n\nThe following items were sent to Kurrajong Civil:\n"
            "- Resume\n- Answers to 4 employer questions\n\nGood luck with your application!\n\nNext steps: the employer will contact you directly if they'd "
            "like to move forward. Track your application in My jobs.\n\nIndeed"
        ),
    ),
    m(
        "870802",
        "2025-10-29 10:14",
        "Kurrajong Civil Pty Ltd <admin@kurrajongcivil.com.au>",
        "Your application - Project Manager",
        A("rejection", KC, KCR, 8, "direct"),
        text=(
            "Hi Lachlan,\n\nThanks for applying for the Project Manager role with us. We had a great response and your experience on larger tier-1 jobs really "
            "stood out. Unfortunately we've decided to go with someone who has more experience with our local council clients, so we won't be taking your "
            "application further this time.\n\nAll the best with the search.\n\nKaren Sutcliffe\nOffice Manager | Kurrajong Civil\n02 4731 8820"
        ),
    ),
    # --- 9 Brightwater Builders (Jora, owner on Gmail, ghost) ------------------------------------
    m(
        "870901",
        "2025-11-02 20:48",
        "Jora <no-reply@jora.com>",
        "You applied for Project Manager - Residential at Brightwater Builders",
        A("confirmation", BB, BBR, 9, "other"),
        html=(
            "<html><body><h3>Application sent</h3><p>Your application for <b>Project Manager - Residential</b> at <b>Brightwater Builders</b> "
            "(Northern Beaches NSW) was sent.</p><p>Jora Quick Apply · <a href='https://au.jora.com/'>au.jora.com</a></p></body></html>"
        ),
    ),
    m(
        "870902",
        "2025-11-04 19:05",
        "Grant Whitcombe <grant.whitcombe73@gmail.com>",
        "PM role",
        A("interview", BB, BBR, 9, "direct"),
        text=(
            "G'day Lachlan,\n\nGrant here from Brightwater - got your CV through Jora. Bit of a step down in scale from what you're used to, but we've got "
            "4 custom homes and a small boutique apartment job on the go and I need someone to run them. Keen for a yarn? I can do Thursday arvo at our "
            "Brookvale office, say 3:30.\n\nGrant\n\nSent from my iPhone"
        ),
    ),
    m(
        "870903",
        "2025-11-05 07:40",
        "Lachlan Mercer-Doyle <lachlan.mdoyle@outlook.com.au>",
        "Re: PM role",
        A("interview", BB, BBR, 9, "direct"),
        to="Grant Whitcombe <grant.whitcombe73@gmail.com>",
        text=(
            "Hi Grant,\n\nThanks for getting in touch. Thursday 3:30 works - see you at Brookvale.\n\nCheers,\nLachlan\n\n"
            "On Tue, 4 Nov 2025 at 19:05, Grant Whitcombe <grant.whitcombe73@gmail.com> wrote:\n> G'day Lachlan,\n> Grant here from Brightwater"
        ),
    ),
    # --- 10 South Bank Precinct Partnerships (Brisbane, PageUp) --------------------------------
    m(
        "871001",
        "2025-10-22 11:28",
        "SBPP Careers <no-reply@pageuppeople.com>",
        "Thank you for your application - Senior Project Manager",
        A("confirmation", SP, SPR, 10, "other"),
        text=(
            "Dear Lachlan\n\nThank you for your application for the position of Senior Project Manager (Job no: 509931) with South Bank Precinct Partnerships.\n\n"
            "We will be in touch once applications have been assessed. Should you wish to update your details, log in to your account.\n\n"
            "Kind regards\nPeople and Culture\nSBPP | Queensland Government statutory body\nBrisbane QLD 4101"
        ),
    ),
    m(
        "871002",
        "2025-11-12 14:55",
        "Hamish Wallbridge <hamish.wallbridge@sbpp.qld.gov.au>",
        "Senior Project Manager - interview invitation",
        A("interview", SP, SPR, 10, "direct"),
        text=(
            "Hi Lachlan,\n\nThank you for applying. We'd like to invite you to a panel interview via Teams on Tuesday 18 November at 9:00am Brisbane time "
            "(10:00am in Sydney). Please prepare a 5-minute overview of a project you've delivered in an operating public precinct.\n\n"
            "Invitation to follow.\n\nRegards\nHamish Wallbridge\nManager, Capital Delivery\nSouth Bank Precinct Partnerships"
        ),
        ics=ev(
            "sbpp-509931-pi-4@sbpp.qld.gov.au",
            "2025-11-18 10:00:00 +1100",
            "SBPP Senior PM - panel interview (Mercer-Doyle)",
            ("Hamish Wallbridge", "hamish.wallbridge@sbpp.qld.gov.au"),
            minutes=45,
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "871003",
        "2025-12-03 16:02",
        "SBPP Careers <no-reply@pageuppeople.com>",
        "Senior Project Manager (509931)",
        A("rejection", SP, SPR, 10, "other"),
        text=(
            "Dear Lachlan\n\nThank you for attending an interview for the Senior Project Manager position. The panel were impressed with your presentation and "
            "your depth of civil delivery experience.\n\nHowever, after careful consideration, we have decided to offer the position to another applicant who "
            "has extensive local Queensland experience. We would encourage you to apply for future roles with us.\n\n"
            "Kind regards\nPeople and Culture\nSouth Bank Precinct Partnerships"
        ),
    ),
    # --- 11 Yarra Link Alliance via Parkline; withdrawal ---------------------------------------
    m(
        "871101",
        "2025-10-29 09:33",
        "Olivia Strand <olivia@parklinerecruitment.com.au>",
        "Package Manager - Stations - Melbourne alliance",
        ("outreach", None, YLR, None, "agency", "en"),
        text=(
            "Hi Lachlan,\n\nI'm working with an alliance delivering station upgrades in Melbourne's south-east who need a Package Manager for two stations. "
            "FIFO/relocation support available for the right person from Sydney.\n\nWould you be open to hearing more? Happy to send the PD.\n\n"
            "Kind regards,\nOlivia Strand\nSenior Consultant | Parkline Recruitment\nMelbourne | Sydney"
        ),
    ),
    m(
        "871102",
        "2025-10-31 12:06",
        "Olivia Strand <olivia@parklinerecruitment.com.au>",
        "Re: Package Manager - Stations - Melbourne alliance",
        A("confirmation", YL, YLR, 11, "agency"),
        text=(
            "Hi Lachlan,\n\nLovely to speak this morning. As promised, the client is Yarra Link Alliance (client VicRail Projects plus three delivery partners). "
            "PD attached. I've put your CV forward to the Alliance's Resourcing Lead and will be in touch early next week.\n\nOlivia"
        ),
        attach=[
            (
                "YLA_Package_Manager_Stations_PD.pdf",
                "application/pdf",
                "%PDF-1.4 position description (placeholder)",
            )
        ],
    ),
    m(
        "871103",
        "2025-11-14 08:20",
        "Olivia Strand <olivia@parklinerecruitment.com.au>",
        "RE: Yarra Link - withdrawal",
        A("confirmation", YL, YLR, 11, "agency"),
        st="withdrawn",
        text=(
            "Hi Lachlan,\n\nTotally understand - relocating with the kids' school year was always going to be a big ask. I've let Yarra Link know you've "
            "withdrawn from the process. Best of luck, and I'll keep you in mind for Sydney roles.\n\nOlivia\n\n"
            "> From: Lachlan Mercer-Doyle\n> Sent: Thursday, 13 November 2025 9:51 PM\n> Hi Olivia, I've had a rethink about the move to Melbourne and I'd like to withdraw."
        ),
    ),
    # --- 12 Calder Built via Fortis -------------------------------------------------------------
    m(
        "871201",
        "2026-01-20 10:44",
        "Ben Kariuki <ben.kariuki@fortisbuild.com.au>",
        "Senior PM - Education - tier-2 builder (Melbourne)",
        ("outreach", None, CAR, None, "agency", "en"),
        text=(
            "Hi Lachlan,\n\nSaw your profile on LinkedIn. I've got a Senior PM role with a well-regarded tier-2 builder in Melbourne's inner north - school "
            "upgrades for the Victorian School Building Authority, $60-90m projects. Hybrid, some travel.\n\nOpen to a chat? "
            "Let me know.\n\nBen Kariuki\nFortis Build Recruitment"
        ),
    ),
]
