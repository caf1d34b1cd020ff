# ruff: noqa: E501
"""Corpus 91, job mail (data only): see heldout91.py."""

from __future__ import annotations

import functools
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    return "+0200" if day < "2025-10-26" else "+0100"


m = functools.partial(H.dated_spec, _tz)


def A(cat: str, co: str | None, role: str | None, app: int | None, src: str) -> tuple:
    return (cat, co, role, app, src, "en")


def inv(
    uid: str,
    start: str,
    org: tuple[str, str],
    summary: str,
    desc: str,
    minutes: int = 60,
    style: str = "outlook",
    loc: str = "Microsoft Teams Meeting",
) -> dict[str, Any]:
    off = _tz(start[:10])
    return {
        "uid": uid,
        "start": f"{start}:00 {off}",
        "minutes": minutes,
        "organizer": org,
        "summary": summary,
        "description": desc,
        "location": loc,
        "style": style,
    }


ME_SIG = "Magdalena Wierzbicka\n+48 601 284 937"

HV, HVR = "Halvorsen Foods", "Record-to-Report Team Leader"
BM, BMR = "Brenmark Pharma", "GL Accounting Team Lead"
VT, VTR = "Veltrana", "Finance Operations Team Lead"
NB, NBR = "Northline Bank", "Accounts Payable Team Leader"
KA, KAR = "Kestrel Analytics", "Team Leader Financial Reporting"
MC, MCR = "Mirabel Cosmetics", "Accounting Team Manager"
DE, DER = "Draxton Energy", "Senior Finance Team Lead, P2P"
LF, LFR = "Lumenfield Insurance", "Controlling Team Lead"
AS, ASR = "Aurelis Software", "Finance Team Lead (SaaS)"
CR, CRR = "Castellan Re", "R2R Process Lead"
PV, PVR = "Polvita", "Team Leader Księgowości"
QT, QTR = "Quorra", "Accounting Team Lead, EMEA"
HS, HS1, HS2 = (
    "Hartwell & Stone",
    "Finance Shared Services Manager",
    "Team Lead, Intercompany Accounting",
)
SG, SGR = "Selvik", "Team Leader Accounts Receivable"
AR, ARR = "Ardena", "Finance Team Leader (GBS)"
TA, TAR = "Tessaro Automotive", "AR Team Lead"
BC, BCR = "Bramwell Chemicals", "Team Leader Fixed Assets & Leases"
FC, FCR = "Ferrovia Capital", "Fund Accounting Team Lead"
NA, NAR = "Nordavia", "Team Leader General Ledger"
CM, CMR = "Corlis Medical", "Finance Team Lead, EMEA"
PB, PBR = "Pinebrook Payments", "Accounting Operations Lead"
SH, SHR = "Sunnvale Hotels", "Finance Team Lead"
VT2 = "Finance Operations Team Lead"

MAIL: list[dict[str, Any]] = [
    # --- 1 Halvorsen Foods via Talentbridge (agency) --------------------------------------
    m(
        "91301",
        "2025-09-03 09:41",
        "Agnieszka Rutkowska <a.rutkowska@talentbridge-partners.pl>",
        "R2R Team Leader - global FMCG, Kraków hub",
        ("outreach", None, HVR, None, "agency", "en"),
        text="Dzień dobry Magdalena,\n\nI came across your profile and think you might be a strong match for a Record-to-Report Team Leader role we are recruiting for a global FMCG company's Kraków hub (business services centre, about 900 people, hybrid 2 days in the office at Zabłocie).\n\nThe team is 9 accountants covering GL and month-end close for the Nordic and Benelux markets. Salary range up to 21 000 PLN gross plus 10% bonus.\n\nWould you have 15 minutes for a call this week?\n\nPozdrawiam,\nAgnieszka Rutkowska\nSenior Consultant, Finance & Accounting\nTalentbridge Partners Sp. z o.o.\nul. Wielicka 28, Kraków",
    ),
    m(
        "91302",
        "2025-09-05 16:12",
        "Agnieszka Rutkowska <a.rutkowska@talentbridge-partners.pl>",
        "RE: R2R Team Leader - global FMCG, Kraków hub",
        A("confirmation", HV, HVR, 1, "agency"),
        text="Hi Magdalena,\n\nThank you for the call today. As discussed, I can now share that the client is Halvorsen Foods - their Kraków centre operates as Halvorsen Business Services Poland Sp. z o.o.\n\nI have submitted your CV to the hiring manager this afternoon. I will let you know as soon as I hear back, usually within a week.\n\nPozdrawiam,\nAgnieszka\n\n-----Original Message-----\nFrom: Magdalena Wierzbicka\nSent: Friday, September 5, 2025 2:03 PM\nSubject: RE: R2R Team Leader - global FMCG, Kraków hub\n\nHi Agnieszka, yes please go ahead and submit my CV.\n",
    ),
    m(
        "91303",
        "2025-09-12 11:05",
        "Agnieszka Rutkowska <a.rutkowska@talentbridge-partners.pl>",
        "Halvorsen - interview slot",
        A("interview", HV, HVR, 1, "agency"),
        text="Hi Magdalena,\n\nGood news - Halvorsen would like to meet you. The hiring manager, Lars Oftedal (Head of R2R, based in Oslo), proposes Wednesday 17 September at 10:00 on Teams. He will send the invite directly.\n\nA few tips: expect questions about close calendar ownership, how you handled a team of mixed seniority and your experience with SAP S/4 migration.\n\nPozdrawiam,\nAgnieszka",
    ),
    m(
        "91304",
        "2025-09-12 13:30",
        "Lars Oftedal <lars.oftedal@halvorsenfoods.com>",
        "Halvorsen BSC Kraków - R2R Team Leader - interview",
        A("interview", HV, HVR, 1, "direct"),
        text="Dear Magdalena,\n\nLooking forward to our conversation. Please find the Teams invite attached.\n\nBest regards\nLars Oftedal\nHead of Record-to-Report, Halvorsen Foods",
        ics=inv(
            "hv-0917-r2r@halvorsenfoods.com",
            "2025-09-17 10:00",
            ("Lars Oftedal", "lars.oftedal@halvorsenfoods.com"),
            "R2R Team Leader - Magdalena Wierzbicka",
            "Microsoft Teams meeting. Join on your computer or mobile app.",
            45,
        ),
    ),
    m(
        "91305",
        "2025-09-26 10:20",
        "Agnieszka Rutkowska <a.rutkowska@talentbridge-partners.pl>",
        "Feedback from Halvorsen",
        A("rejection", HV, HVR, 1, "agency"),
        text="Hi Magdalena,\n\nI have received feedback from Lars. He really enjoyed the conversation and appreciated your structured approach to the close. However, they have decided to move forward with a candidate who has hands-on experience with the Nordic statutory reporting they need from day one.\n\nI know this is disappointing. I will keep you in mind for other finance leadership roles - I have a couple of new ones coming in October.\n\nPozdrawiam,\nAgnieszka",
    ),
    # --- 2 Brenmark Pharma (Workday) -------------------------------------------------------
    m(
        "91310",
        "2025-11-03 21:14",
        "Brenmark Careers <brenmark@myworkday.com>",
        "Thank you for applying - GL Accounting Team Lead (R-0041187)",
        A("confirmation", BM, BMR, 2, "workday"),
        text="Dear Magdalena,\n\nThank you for your interest in Brenmark and for submitting your application for GL Accounting Team Lead (R-0041187) in Kraków, Poland.\n\nOur talent acquisition team will review your profile against the requirements of the role. If your background is a match, we will contact you about next steps. You can check the status of your application at any time in our candidate home.\n\nKind regards,\nBrenmark Global Services Poland Sp. z o.o.\nTalent Acquisition\n\nThis mailbox is not monitored.",
    ),
    m(
        "91311",
        "2025-11-12 08:02",
        "Brenmark Talent Acquisition <noreply@brenmark-assess.talentcheck.app>",
        "Brenmark: online numerical reasoning assessment",
        A("assessment", BM, BMR, 2, "other"),
        html="<html><body><p>Dear Magdalena Wierzbicka,</p><p>As part of your application for <b>GL Accounting Team Lead</b>, Brenmark invites you to complete an online numerical reasoning test.</p><ul><li>Duration: 25 minutes, timed</li><li>You will need a calculator and a quiet place</li><li>Deadline: 17 November 2025, 23:59 CET</li></ul><p><a href='https://brenmark-assess.talentcheck.app/start?c=8fj21k'>Start the assessment</a></p><p>Good luck!<br>Brenmark Talent Acquisition</p></body></html>",
    ),
    m(
        "91312",
        "2025-11-20 14:40",
        "Joanna Lis <joanna.lis@brenmark.com>",
        "GL Accounting Team Lead - first interview",
        A("interview", BM, BMR, 2, "direct"),
        text="Hi Magdalena,\n\nThank you for completing the assessment - you did very well. I would like to invite you to a first interview with me and Ciarán Doyle, Global Process Owner GL, who sits in our Dublin office.\n\nI've sent a Teams invitation for Tuesday 25 November, 15:00 Polish time (14:00 Dublin). Please let me know if it doesn't work.\n\nBest regards,\nJoanna Lis\nTalent Acquisition Partner\nBrenmark Global Services Poland Sp. z o.o.\nRondo Daszyńskiego, Kraków",
        ics=inv(
            "bm-1125-glatl@brenmark.com",
            "2025-11-25 15:00",
            ("Joanna Lis", "joanna.lis@brenmark.com"),
            "Interview: Magdalena Wierzbicka - GL Accounting Team Lead",
            "Panel: Ciarán Doyle (Dublin), Joanna Lis. Microsoft Teams meeting.",
            60,
        ),
    ),
    m(
        "91313",
        "2025-12-02 10:15",
        "Joanna Lis <joanna.lis@brenmark.com>",
        "Next step - meeting with the Finance Director",
        A("interview", BM, BMR, 2, "direct"),
        text="Hi Magdalena,\n\nCiarán's feedback was excellent. The final step is a conversation with Ewa Krawczyk, Finance Director of our Kraków centre, on site at our office (Rondo Daszyńskiego 3, 9th floor) on Tuesday 9 December at 11:00. Invite attached. Please bring an ID for reception.\n\nBest regards,\nJoanna",
        ics=inv(
            "bm-1209-final@brenmark.com",
            "2025-12-09 11:00",
            ("Joanna Lis", "joanna.lis@brenmark.com"),
            "Final interview - M. Wierzbicka / E. Krawczyk",
            "On-site, reception 9th floor.",
            60,
            loc="Brenmark Kraków, Rondo Daszyńskiego 3, 9th floor",
        ),
    ),
    m(
        "91314",
        "2026-01-08 17:48",
        "Joanna Lis <joanna.lis@brenmark.com>",
        "Brenmark - offer",
        A("offer", BM, BMR, 2, "direct"),
        text="Hi Magdalena,\n\nI'm delighted to let you know that we would like to offer you the position of GL Accounting Team Lead. As discussed on the phone:\n\n- base salary 22 500 PLN gross monthly (umowa o pracę, indefinite term after 3-month trial)\n- annual bonus target 12%\n- private medical care (family), Multisport, hybrid 3/2\n- start date by agreement, ideally 1 April 2026 given your notice period\n\nThe formal offer letter will follow through DocuSign once you confirm you're happy with the terms. Take a few days to think it over.\n\nBest regards,\nJoanna",
    ),
    m(
        "91315",
        "2026-01-19 09:12",
        "Joanna Lis via DocuSign <dse@docusign.net>",
        "Completed: Brenmark - Offer Letter - Magdalena Wierzbicka",
        A("offer", BM, BMR, 2, "docusign"),
        st="accepted",
        html="<html><body><p>All parties have completed <b>Brenmark - Offer Letter - Magdalena Wierzbicka</b>.</p><p>View the completed document attached.</p><p>Joanna Lis<br>joanna.lis@brenmark.com</p><p style='font-size:10px'>Do Not Share This Email. This email contains a secure link to DocuSign.</p></body></html>",
    ),
    m(
        "91316",
        "2026-02-18 12:00",
        "Brenmark Onboarding <brenmark@myworkday.com>",
        "Welcome to Brenmark! Your onboarding tasks",
        ("other_job", BM, BMR, None, "workday", "en"),
        text="Hi Magdalena,\n\nWelcome aboard! Before your first day on 1 April 2026 please complete the following tasks in Workday: personal data, bank account, PIT-2 declaration, medical check appointment (medycyna pracy).\n\nSee you soon,\nBrenmark Global Services Poland - People Services",
    ),
    # --- 3 Veltrana (SuccessFactors) ----------------------------------------------------
    m(
        "91320",
        "2025-09-10 12:31",
        "Veltrana Recruiting <noreply@successfactors.eu>",
        "Your application has been received",
        A("confirmation", VT, VTR, 3, "other"),
        text="Dear Magdalena,\n\nThank you for applying for the position Finance Operations Team Lead (Job ID 52218) in Warsaw.\n\nWe review every application carefully. Because of the high number of applications we may not be able to reply individually; if you are not selected for the next stage you will be informed by email.\n\nVeltrana Shared Services Sp. z o.o.\nTalent Acquisition",
    ),
    m(
        "91321",
        "2025-10-02 08:55",
        "Veltrana Recruiting <noreply@successfactors.eu>",
        "Application update",
        A("rejection", VT, VTR, 3, "other"),
        text="Dear Magdalena,\n\nThank you for the time you invested in applying for Finance Operations Team Lead at Veltrana. We were impressed by your experience in leading close teams.\n\nAfter careful review we have decided to proceed with other candidates whose profiles more closely match the current needs of the team.\n\nWe will keep your details in our talent pool for 12 months.\n\nVeltrana Talent Acquisition",
    ),
    # --- 4 Northline Bank (SmartRecruiters) --------------------------------------------
    m(
        "91330",
        "2025-09-15 19:20",
        "Northline Bank <noreply@smartrecruiters.com>",
        "Thank you for your application to Northline Bank",
        A("confirmation", NB, NBR, 4, "smartrecruiters"),
        text="Hi Magdalena,\n\nThank you for applying to Accounts Payable Team Leader (Wrocław). We've received your application and our recruiters will review it shortly.\n\nUnfortunately we are not able to provide individual feedback to every applicant, but we will get back to you if your experience matches what we are looking for.\n\nNorthline Bank Operations Centre Poland",
    ),
    m(
        "91331",
        "2025-09-29 10:02",
        "Tomasz Grabowski <tomasz.grabowski@northlinebank.com>",
        "Northline Bank | AP Team Leader | phone screen",
        A("interview", NB, NBR, 4, "direct"),
        text="Dzień dobry Pani Magdaleno,\n\nthank you for your application for the AP Team Leader role in our Wrocław operations centre. I would like to have a short phone screen (30 min) with you - would Thursday 2 October at 13:00 work? I'll call on the number from your CV.\n\nPozdrawiam / Kind regards\nTomasz Grabowski\nTalent Acquisition, Northline Bank",
    ),
    m(
        "91332",
        "2026-01-21 09:35",
        "Tomasz Grabowski <tomasz.grabowski@northlinebank.com>",
        "RE: Withdrawing my application - AP Team Leader",
        A("confirmation", NB, NBR, 4, "direct"),
        st="withdrawn",
        text="Dear Magdalena,\n\nThank you for letting me know, and congratulations on your new role. I have withdrawn your application for AP Team Leader from our process. All the best in the new position - and don't hesitate to reach out in the future.\n\nPozdrawiam,\nTomasz\n\n> Dear Tomasz, I have accepted another offer and would like to withdraw my application for the AP Team Leader role. Thank you for your time and the kind conversation.\n> Magdalena",
    ),
    # --- 5 Kestrel Analytics via board Ofertownia + eKandydat (ghosted) ---------------------------
    m(
        "91340",
        "2025-09-11 07:58",
        "Ofertownia.pl <powiadomienia@ofertownia.pl>",
        "Twoja aplikacja została wysłana / Your application has been sent: Team Leader Financial Reporting",
        A("confirmation", KA, KAR, 5, "other"),
        html="<html><body><p>Dzień dobry,</p><p>Your application for <b>Team Leader Financial Reporting</b> at <b>Kestrel Analytics Polska Sp. z o.o.</b> (Kraków, Zabłocie) has been sent to the employer.</p><p>Pracodawca skontaktuje się z wybranymi kandydatami. You can track your applications in <i>Moje aplikacje</i>.</p><p>Powodzenia!<br>Zespół Ofertownia.pl</p></body></html>",
    ),
    m(
        "91341",
        "2025-09-11 08:01",
        "Kestrel Analytics - rekrutacja <no-reply@ekandydat-ats.pl>",
        "Potwierdzenie aplikacji / Application confirmation",
        A("confirmation", KA, KAR, 5, "other"),
        text="Dzień dobry,\n\nthank you for applying for Team Leader Financial Reporting. We have received your documents.\n\nWe will contact selected candidates only.\n\nPozdrawiam,\nDział Rekrutacji\nKestrel Analytics Polska Sp. z o.o.\n\nThis message was sent by the eKandydat recruitment system.",
    ),
    # --- 6 Mirabel Cosmetics S.A. (Rekruto ATS) ---------------------------------------
    m(
        "91350",
        "2025-09-18 10:44",
        "Mirabel Cosmetics S.A. <kariera@rekruto.app>",
        "Dziękujemy za aplikację - Accounting Team Manager",
        A("confirmation", MC, MCR, 6, "other"),
        text="Dzień dobry Magdalena,\n\nthank you for your application for Accounting Team Manager (Kierownik Zespołu Księgowości) at our Kraków head office.\n\nRekrutacja usually takes 3-4 weeks. We will reply to every candidate.\n\nPozdrawiam,\nZespół HR\nMirabel Cosmetics S.A.\nul. Półłanki 64, Kraków",
    ),
    m(
        "91351",
        "2025-10-01 15:20",
        "Karolina Zając <karolina.zajac@mirabel.com.pl>",
        "Zaproszenie na rozmowę / Interview invitation",
        A("interview", MC, MCR, 6, "direct"),
        text="Dzień dobry Pani Magdaleno,\n\nwe would like to invite you for an interview at our head office (ul. Półłanki 64) on 8 October at 9:30. You will meet our Chief Accountant, Pani Renata Sobczak, and me.\n\nThe interview will be partly in Polish and partly in English.\n\nPozdrawiam,\nKarolina Zając\nHR Business Partner\nMirabel Cosmetics S.A.",
    ),
    m(
        "91352",
        "2025-10-20 13:05",
        "Mirabel Cosmetics S.A. <kariera@rekruto.app>",
        "Informacja o rekrutacji",
        A("rejection", MC, MCR, 6, "other"),
        text="Dzień dobry Magdalena,\n\nthank you for taking part in our recruitment for Accounting Team Manager and for the meeting at our office.\n\nWe have decided to continue with another candidate. Thank you for your time and interest in Mirabel.\n\nPozdrawiam,\nZespół HR\nMirabel Cosmetics S.A.",
    ),
    # --- 7 Draxton Energy (LinkedIn Easy Apply, ghost) ----------------------------------------
    m(
        "91360",
        "2025-09-19 20:11",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Magdalena, your application was sent to Draxton Energy",
        A("confirmation", DE, DER, 7, "linkedin"),
        html="<html><body><p>Your application was sent to Draxton Energy</p><p><b>Senior Finance Team Lead, P2P</b><br>Draxton Energy · Warsaw, Mazowieckie, Poland (Hybrid)</p><p>Applied on September 19, 2025</p><p><a href='https://www.linkedin.com/jobs/view/4311982710'>View job</a></p></body></html>",
    ),
    m(
        "91361",
        "2025-09-24 06:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Draxton Energy",
        A("viewed", DE, DER, 7, "linkedin"),
        html="<html><body><p>Good news, Magdalena!</p><p>Draxton Energy viewed your application for <b>Senior Finance Team Lead, P2P</b>.</p><p><a href='https://www.linkedin.com/jobs/view/4311982710'>See job</a></p></body></html>",
    ),
    # --- 8 Lumenfield Insurance (Workday tenant lfgroup) -----------------------------------
    m(
        "91370",
        "2025-09-22 22:40",
        "LF Group Careers <lfgroup@myworkday.com>",
        "Application received: Controlling Team Lead",
        A("confirmation", LF, LFR, 8, "workday"),
        text="Hello Magdalena,\n\nThank you for applying to Controlling Team Lead (JR-77412) at Lumenfield Insurance in Kraków.\n\nWe are reviewing applications and will be in touch if your qualifications match the position.\n\nBest regards,\nLumenfield Global Services Sp. z o.o.\npart of LF Group",
    ),
    m(
        "91371",
        "2025-10-14 07:50",
        "LF Group Careers <lfgroup@myworkday.com>",
        "Regarding your application",
        A("rejection", LF, LFR, 8, "workday"),
        text="Hello Magdalena,\n\nThank you again for your interest in Controlling Team Lead at Lumenfield. Your application showed strong experience and it was a difficult decision.\n\nWe regret to inform you that we will not be moving forward with your candidacy for this role. We encourage you to apply for other positions that match your profile.\n\nKind regards,\nLumenfield Talent Acquisition",
    ),
    # --- 9 Aurelis Software (StackBoard board + Greenhouse) ----------------------------------
    m(
        "91380",
        "2025-09-25 11:15",
        "StackBoard <hello@stackboard.io>",
        "Application sent: Finance Team Lead (SaaS) @ Aurelis",
        A("confirmation", AS, ASR, 9, "other"),
        html="<html><body><h2>Nice one! 🚀</h2><p>Your application to <b>Aurelis</b> for <b>Finance Team Lead (SaaS)</b> (Wrocław / remote, 20 000 - 26 000 PLN B2B) went through.</p><p>The company usually replies within 7 days.</p><p>StackBoard team</p></body></html>",
    ),
    m(
        "91381",
        "2025-10-03 14:22",
        "Aurelis Software <no-reply@us.greenhouse-mail.io>",
        "Aurelis | Let's schedule your interview",
        A("interview", AS, ASR, 9, "greenhouse"),
        text="Hi Magdalena,\n\nThanks for applying for Finance Team Lead (SaaS) at Aurelis Software sp. z o.o. We'd love to set up a 45-minute video call with Helen Marsh, our VP Finance, who is based in London.\n\nPlease pick a time that works for you here: https://app.greenhouse.io/schedule/aurelis/8823110\n\nCheers,\nNatalia\nPeople Team, Aurelis",
    ),
    m(
        "91382",
        "2025-10-03 16:05",
        "Helen Marsh <helen.marsh@aurelis.io>",
        "Invitation: Aurelis - Finance Team Lead - Magdalena Wierzbicka @ Wed 8 Oct 2025 11:00 - 11:45 (CEST)",
        A("interview", AS, ASR, 9, "direct"),
        text="Helen Marsh has invited you to an event.\nJoin with Google Meet: meet.google.com/xbf-trwq-kpa",
        ics=inv(
            "aurelis-1008-ftl@aurelis.io",
            "2025-10-08 11:00",
            ("Helen Marsh", "helen.marsh@aurelis.io"),
            "Aurelis - Finance Team Lead - Magdalena Wierzbicka",
            "Video call with Helen Marsh, VP Finance",
            45,
            style="google",
            loc="meet.google.com/xbf-trwq-kpa",
        ),
    ),
    m(
        "91383",
        "2025-10-16 18:30",
        "Natalia Sowa <natalia@aurelis.io>",
        "Thank you from Aurelis",
        A("rejection", AS, ASR, 9, "direct"),
        text="Hi Magdalena,\n\nThank you so much for speaking with Helen last week. She really enjoyed hearing about how you rebuilt the close calendar at your current company.\n\nWe've taken the difficult decision not to move forward - the role has shifted towards a more hands-on revenue accounting profile with US GAAP / ASC 606 depth.\n\nWishing you all the best,\nNatalia Sowa\nPeople Team, Aurelis",
    ),
    # --- 10 Castellan Re (SuccessFactors) ---------------------------------------------------
    m(
        "91390",
        "2025-09-26 09:00",
        "Castellan Re Careers <noreply@successfactors.eu>",
        "Castellan Reinsurance - Application Confirmation",
        A("confirmation", CR, CRR, 10, "other"),
        text="Dear Ms. Wierzbicka,\n\nThank you for submitting your application for R2R Process Lead, Kraków (Req. 10928).\n\nCastellan Reinsurance Services Poland Sp. z o.o.\nHuman Resources",
    ),
    m(
        "91391",
        "2025-10-07 10:30",
        "Castellan Re Careers <noreply@successfactors.eu>",
        "Next step: online numerical test",
        A("assessment", CR, CRR, 10, "other"),
        text="Dear Ms. Wierzbicka,\n\nWe are pleased to invite you to the next step for R2R Process Lead: an online numerical reasoning test (approx. 30 minutes) and a short situational judgement questionnaire.\n\nPlease complete it within 5 days: https://cr-assessments.numerica-test.com/invite/7732AX\n\nKind regards,\nCastellan Re Talent Acquisition",
    ),
    m(
        "91392",
        "2025-10-21 16:45",
        "Castellan Re Careers <noreply@successfactors.eu>",
        "Your application for R2R Process Lead",
        A("rejection", CR, CRR, 10, "other"),
        text="Dear Ms. Wierzbicka,\n\nThank you for completing our assessment. Having reviewed the results together with your profile, we will not be progressing your application further at this time.\n\nWe wish you every success in your job search.\n\nCastellan Re Talent Acquisition",
    ),
    # --- 11 Polvita S.A. (direct, on hold) -----------------------------------------------
    m(
        "91400",
        "2025-09-30 12:10",
        "Beata Nowicka <beata.nowicka@polvita.pl>",
        "RE: aplikacja - Team Leader Księgowości",
        A("confirmation", PV, PVR, 11, "direct"),
        text="Dzień dobry,\n\nthank you for your aplikacja. I have passed your CV to our CFO. We will come back to you within two weeks.\n\nPozdrawiam,\nBeata Nowicka\nSpecjalista ds. Kadr\nPolvita S.A., Wrocław",
    ),
    m(
        "91401",
        "2025-10-13 09:15",
        "Beata Nowicka <beata.nowicka@polvita.pl>",
        "Rozmowa online / Teams interview",
        A("interview", PV, PVR, 11, "direct"),
        text="Dzień dobry Pani Magdaleno,\n\nour CFO, Pan Marek Duda, would like to talk to you on Teams on Thursday 16 October at 14:00. Invitation attached.\n\nPozdrawiam,\nBeata Nowicka",
        ics=inv(
            "polvita-1016@polvita.pl",
            "2025-10-16 14:00",
            ("Beata Nowicka", "beata.nowicka@polvita.pl"),
            "Rozmowa - M. Wierzbicka - Team Leader Księgowości",
            "Spotkanie w aplikacji Microsoft Teams",
            45,
        ),
    ),
    m(
        "91402",
        "2025-10-29 11:40",
        "Beata Nowicka <beata.nowicka@polvita.pl>",
        "Team Leader Księgowości - update",
        A("confirmation", PV, PVR, 11, "direct"),
        st="on_hold",
        text="Dzień dobry Pani Magdaleno,\n\nI wanted to let you know that the recruitment for Team Leader Księgowości has been paused until the new year because of a reorganisation of our finance department. Your application stays with us and I will contact you if the process resumes.\n\nPrzepraszam za niedogodności.\n\nPozdrawiam,\nBeata Nowicka",
    ),
]
