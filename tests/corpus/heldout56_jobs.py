# ruff: noqa: E501
"""Corpus 56, Australian job mail (data only): see heldout56.py."""

from __future__ import annotations

from typing import Any

ME_ADDR = "meilin.hartono@gmail.com"


def _tz(day: str) -> str:
    if "2025-10-05" <= day < "2026-04-05":
        return "+1100"
    return "+1000"


def m(key, when, frm, subject, t, text=None, html=None, **kw) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec: dict[str, Any] = {
        "id": f"<{key}.{when[:10].replace('-', '')}@{dom}>",
        "date": f"{when}:00 {_tz(when[:10])}",
        "from": frm,
        "subject": subject,
        "t": t,
    }
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def ev(uid, start, summary, org, minutes=45, desc="", loc="", attendees=()):
    return {
        "uid": uid,
        "start": f"{start}:00 {_tz(start[:10])}",
        "minutes": minutes,
        "summary": summary,
        "organizer": org,
        "description": desc,
        "location": loc,
        "attendees": list(attendees),
    }


def rep(key, when, dom):
    mid = f"<{key}.{when.replace('-', '')}@{dom}>"
    return {"In-Reply-To": mid, "References": mid}


LF, LFR = "Lumenfield", "Clinical Product Manager"
NH, NHR = "Northern Harbours Local Health District", "Clinical Informatics Nurse (eMR)"
WR, WRR = "Wardround", "Founding Clinical Product Lead"
CB, CBR = "Coralbay Health", "Clinical Product Specialist"
YB, YBR = "Yarra Bend Health", "Digital Health Nurse Consultant"
MB, MBR = "Metro Bayside Hospital and Health Service", "Nurse Informatician"
ML, MLR = "Medilink Systems", "Clinical Implementation Consultant"
OK, OKR = "Oakridge Aged Care", "Clinical Systems Analyst"
KN, KN1, KN2 = "Kinnear Health", "Clinical Informatics Specialist", "Digital Nursing Lead"
BT, BT1, BT2 = "Beacon Telehealth", "Clinical Operations Lead", "Clinical Product Analyst"
SW, SWR = "Southwind Pharmacy", "Clinical Data Analyst"
HL, HLR = "Harbourline", "Clinical Advisor, Digital Health"
GV, GVR = "Greenvale Community Health", "Digital Health Project Officer"
PW, PWR = "Pulsewise", "Product Owner, Clinical Workflows"
CL, CLR = "CareLoop", "Nurse Consultant, Virtual Care"
MP, MPR = "Meridian Pathology", "Clinical Systems Trainer"
NW, NWR = "Notewell", "Clinical Safety Lead"
TW, TWR = "Tidewater Radiology", "Clinical Applications Analyst (RIS/PACS)"
FH, FHR = "Fernhill Medical", "Clinical Education Specialist"
KO, KOR = "Kōwhai Health", "Clinical Product Analyst"
ST, STR = "Stethos", "Implementation Specialist"
CP, CPR = "Coastal Primary Health Network", "Digital Health Officer"
MS, MSR = "Medisphere", "Health Informatics Analyst"

SIG = "\n\nMei Lin Hartono RN\n0412 558 093"

MAIL: list[dict[str, Any]] = [
    # ---- 11 Beacon Telehealth, first application (Workable) ----------------------------------
    m(
        "70101",
        "2025-09-02 21:14",
        "Beacon Telehealth <noreply@candidates.workablemail.com>",
        "Thanks for applying to Beacon Telehealth",
        A("confirmation", BT, BT1, 11, "workable"),
        "Hi Mei Lin,\n\nThanks for your application for the Clinical Operations Lead role at Beacon Telehealth. We've received it and our People team will review it over the coming fortnight.\n\nDue to the volume of applications we receive, we may not be able to respond to everyone individually. If you haven't heard from us within three weeks, unfortunately your application has not progressed on this occasion.\n\nCheers,\nBeacon Telehealth Talent\n\nPowered by Workable",
    ),
    m(
        "70102",
        "2025-09-19 10:02",
        "Beacon Telehealth <noreply@candidates.workablemail.com>",
        "Your application for Clinical Operations Lead",
        A("rejection", BT, BT1, 11, "workable"),
        "Hi Mei Lin,\n\nThank you for your interest in Beacon Telehealth and for the time you put into your application. We were genuinely impressed by your acute care background.\n\nAfter careful consideration, we won't be progressing your application for Clinical Operations Lead. This role needed someone with several years of people leadership in a virtual care setting.\n\nWe'd love to keep in touch and encourage you to keep an eye on our careers page.\n\nWarm regards,\nSophie Kenrick\nPeople & Culture, Beacon Telehealth",
    ),
    # ---- 16 Pulsewise (SEEK) -------------------------------------------------------------------
    m(
        "70111",
        "2025-09-04 08:31",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was successfully submitted",
        A("confirmation", PW, PWR, 16, "other"),
        html="<html><body><table width='600'><tr><td><img alt='SEEK'></td></tr><tr><td><h2>Application sent</h2><p>Hi Mei Lin,</p><p>Your application for <b>Product Owner, Clinical Workflows</b> at <b>Pulsewise</b> was successfully submitted.</p><p>Location: Remote (Australia &amp; New Zealand)</p><p>Tip: employers often view applications within the first few days. We'll let you know when yours has been viewed.</p><p><a href='https://www.seek.com.au/my-activity/applied-jobs'>View applied jobs</a></p><p style='font-size:11px;color:#888'>SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121</p></td></tr></table></body></html>",
    ),
    m(
        "70112",
        "2025-09-08 13:45",
        "SEEK <noreply@s.seek.com.au>",
        "Pulsewise viewed your application",
        A("viewed", PW, PWR, 16, "other"),
        html="<html><body><table width='600'><tr><td><h2>Good news, Mei Lin</h2><p><b>Pulsewise</b> has viewed your application for <b>Product Owner, Clinical Workflows</b>.</p><p>This doesn't necessarily mean you'll be contacted, but it shows the employer has looked at your application.</p><p><a href='https://www.seek.com.au/my-activity'>See your activity</a></p></td></tr></table></body></html>",
    ),
    m(
        "70113",
        "2025-09-23 16:20",
        "Hemi Walker <hemi@pulsewise.co.nz>",
        "Product Owner role - update",
        A("rejection", PW, PWR, 16, "direct"),
        "Kia ora Mei Lin,\n\nThanks for applying for our Product Owner role and for your patience while we worked through the shortlist. Your nursing perspective really stood out and I enjoyed reading about your work on the falls-risk dashboard.\n\nThat said, we've decided to move forward with candidates who have more hands-on backlog ownership in a product team, so we won't be taking your application further this time.\n\nAll the best with the search - I suspect you won't be looking for long.\n\nNgā mihi,\nHemi Walker\nHead of Product | Pulsewise Ltd\nWellington | Remote across ANZ",
    ),
    # ---- 13 Southwind Pharmacy (SmartRecruiters) ---------------------------------------------
    m(
        "70121",
        "2025-09-06 19:50",
        "Southwind Pharmacy Group <noreply@smartrecruiters.com>",
        "Southwind Pharmacy Group - we've received your application",
        A("confirmation", SW, SWR, 13, "smartrecruiters"),
        "Dear Mei Lin,\n\nThank you for applying for the position of Clinical Data Analyst (Ref: SPG-2291) with Southwind Pharmacy Group.\n\nOur recruitment team will carefully review your application against the selection criteria. Should your application be shortlisted, a member of the team will contact you to discuss next steps.\n\nKind regards,\nTalent Acquisition\nSouthwind Pharmacy Group Pty Ltd\n\nThis email was sent via SmartRecruiters on behalf of Southwind Pharmacy Group.",
    ),
    m(
        "70122",
        "2025-10-14 11:05",
        "Southwind Pharmacy Group <noreply@smartrecruiters.com>",
        "Clinical Data Analyst (SPG-2291)",
        A("rejection", SW, SWR, 13, "smartrecruiters"),
        "Dear Mei Lin,\n\nThank you for your recent application for the Clinical Data Analyst role.\n\nWe had a very strong field of applicants and, unfortunately on this occasion, your application has been unsuccessful.\n\nWe'll retain your details and may contact you should a suitable opportunity arise in future.\n\nKind regards,\nTalent Acquisition\nSouthwind Pharmacy Group",
    ),
    # ---- 4 Coralbay Health (Greenhouse) ------------------------------------------------------
    m(
        "70131",
        "2025-09-09 09:12",
        "Coralbay Health <no-reply@greenhouse.io>",
        "Thank you for your application to Coralbay Health",
        A("confirmation", CB, CBR, 4, "greenhouse"),
        "Hi Mei Lin,\n\nThanks for applying for the Clinical Product Specialist role at Coralbay Health! We're building software that gives clinicians back time at the bedside, so it means a lot that you'd consider joining us.\n\nOur team reviews every application. If your experience is a match, we'll be in touch to arrange a chat.\n\nThe Coralbay Talent Team",
    ),
    m(
        "70132",
        "2025-09-16 14:33",
        "Ashleigh Moore <ashleigh.moore@coralbayhealth.com.au>",
        "Coralbay Health - Clinical Product Specialist: let's chat",
        A("interview", CB, CBR, 4, "greenhouse"),
        "Hi Mei Lin,\n\nThanks for applying for the Clinical Product Specialist role. I'd love to set up a 30 minute phone screen to learn more about you and tell you about the team.\n\nPlease pick a time that suits here: https://app.greenhouse.io/scheduling/coralbay/abc7731\n\nTalk soon,\nAshleigh Moore\nTalent Partner | Coralbay Health\nLevel 4, 88 Pitt Street, Sydney NSW 2000",
        headers={"X-Mailer": "Greenhouse"},
    ),
    m(
        "70133",
        "2025-09-17 08:10",
        "Ashleigh Moore <no-reply@greenhouse.io>",
        "Interview Confirmation: Mei Lin Hartono - Phone screen with Coralbay Health",
        A("interview", CB, CBR, 4, "greenhouse"),
        "Hi Mei Lin,\n\nYou're confirmed for a phone screen with Ashleigh Moore on Friday 19 September at 11:00am AEST.\n\nAshleigh will call you on 0412 558 093.\n\nIf you need to reschedule, just reply to this email.",
        ics=ev(
            "gh-cb-77310",
            "2025-09-19 11:00",
            "Phone screen: Mei Lin Hartono / Coralbay Health",
            ("Ashleigh Moore", "ashleigh.moore@coralbayhealth.com.au"),
            30,
            "Phone screen for Clinical Product Specialist",
            "Phone",
        ),
    ),
    m(
        "70134",
        "2025-09-26 15:02",
        "Ashleigh Moore <ashleigh.moore@coralbayhealth.com.au>",
        "Next steps - panel interview",
        A("interview", CB, CBR, 4, "greenhouse"),
        "Hi Mei Lin,\n\nGreat news - the team would like to meet you for a panel interview with Dr Tom Ilic (Clinical Director) and Priyanka Sen (Product Lead). It'll run for an hour on Google Meet, with a short scenario where we walk through a medication reconciliation workflow together.\n\nI've sent an invite for Thursday 2 October, 2pm. Let me know if that doesn't work.\n\nAshleigh",
        ics=ev(
            "gh-cb-77344",
            "2025-10-02 14:00",
            "Coralbay Health | Panel interview - Mei Lin Hartono",
            ("Ashleigh Moore", "ashleigh.moore@coralbayhealth.com.au"),
            60,
            "Panel: Tom Ilic, Priyanka Sen",
            "https://meet.google.com/xfr-qpzd-kut",
            [("Tom Ilic", "tom.ilic@coralbayhealth.com.au")],
        ),
    ),
    m(
        "70135",
        "2025-10-09 17:40",
        "Ashleigh Moore <ashleigh.moore@coralbayhealth.com.au>",
        "Following up from your panel",
        A("rejection", CB, CBR, 4, "greenhouse"),
        "Hi Mei Lin,\n\nThanks so much for your time with Tom and Priyanka last week. They both loved how you framed the workflow from the ward nurse's point of view, and it was a really close call.\n\nUnfortunately we've decided to progress with another candidate whose background in product delivery is a bit closer to what the team needs right now. I know that's disappointing to hear.\n\nWe'd genuinely like to stay in touch - I'll reach out if a role opens up on the clinical side.\n\nAll the best,\nAshleigh",
    ),
    # ---- 5 Yarra Bend Health (PageUp), forwarded from her work mail ---------------------------
    m(
        "70141",
        "2025-09-11 22:05",
        "Mei Lin Hartono <mei.hartono@stvincentsward.example>",
        "Fwd: Application received - Digital Health Nurse Consultant (Job ref YBH-04417)",
        A("confirmation", YB, YBR, 5, "other"),
        "Sending to my personal email.\n\n---------- Forwarded message ---------\nFrom: Yarra Bend Health Careers <yarrabendhealth@pageuppeople.com>\nDate: Thu, 11 Sept 2025 at 9:58 pm\nSubject: Application received - Digital Health Nurse Consultant (Job ref YBH-04417)\nTo: Mei Lin Hartono\n\nDear Mei Lin\n\nThank you for submitting your application for the position of Digital Health Nurse Consultant (Job ref YBH-04417) at Yarra Bend Health.\n\nApplications will be reviewed after the closing date. Shortlisted applicants will be contacted for interview. If you are not selected for interview, you will be notified by email.\n\nYou can check the status of your application at any time by logging in to our careers site.\n\nRegards\nPeople and Culture\nYarra Bend Health",
    ),
    m(
        "70142",
        "2025-10-03 12:15",
        "Yarra Bend Health Careers <yarrabendhealth@pageuppeople.com>",
        "Digital Health Nurse Consultant (YBH-04417) - outcome",
        A("rejection", YB, YBR, 5, "other"),
        "Dear Mei Lin\n\nThank you for your interest in the position of Digital Health Nurse Consultant at Yarra Bend Health and for taking the time to apply.\n\nThe selection panel has now reviewed all applications. We regret to advise that you have not been shortlisted for interview on this occasion.\n\nWe encourage you to apply for future vacancies that match your skills and experience.\n\nRegards\nPeople and Culture\nYarra Bend Health",
    ),
    # ---- 25 Medisphere (LinkedIn) ------------------------------------------------------------
    m(
        "70151",
        "2025-09-12 07:48",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Mei Lin, your application was sent to Medisphere",
        A("confirmation", MS, MSR, 25, "linkedin"),
        "Your application was sent to Medisphere\n\nHealth Informatics Analyst\nMedisphere · Brisbane, Queensland, Australia (Hybrid)\nApplied on 12 September 2025\n\nView job: https://www.linkedin.com/jobs/view/4100291133\n\nNow, take these next steps for more success with your job search\nReview the job details | Explore similar jobs\n\nThis email was intended for Mei Lin Hartono (Registered Nurse | Clinical Informatics)\nLinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085",
    ),
    m(
        "70152",
        "2025-09-15 18:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Medisphere",
        A("viewed", MS, MSR, 25, "linkedin"),
        "Your application was viewed\n\nMedisphere viewed your application for Health Informatics Analyst.\n\nView similar jobs: https://www.linkedin.com/jobs/\n\nLinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085",
    ),
    m(
        "70153",
        "2025-10-01 10:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Medisphere",
        A("rejection", MS, MSR, 25, "linkedin"),
        "Your update from Medisphere\n\nThank you for your interest in the Health Informatics Analyst position at Medisphere in Brisbane. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Medisphere.\n\nRegards,\nMedisphere\n\nSee more jobs: https://www.linkedin.com/jobs/\nLinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085",
    ),
    # ---- 7 Talent Harbour (agency) -> Medilink Systems -----------------------------------------
    m(
        "70161",
        "2025-09-15 09:40",
        "Rhys Donnelly <rhys@talentharbour.com.au>",
        "Clinical Implementation role - digital health vendor",
        ("outreach", None, MLR, None, "agency", "en"),
        "Hi Mei Lin,\n\nI came across your profile on LinkedIn and think you'd be a strong fit for a Clinical Implementation Consultant role I'm recruiting for. My client is an established Australian digital health vendor (EMR and patient flow) with a growing footprint across NSW and QLD hospitals.\n\n- Sydney CBD, 3 days in office\n- $115-125k + super\n- Supporting go-lives on wards, training nurses, configuring clinical forms\n\nYour ward experience plus the eMR super-user work would be exactly what they're after. Are you free for a quick call this week?\n\nCheers,\nRhys Donnelly\nSenior Consultant - Health & Life Sciences\nTalent Harbour Recruitment\n02 8061 4410",
    ),
    m(
        "70162",
        "2025-09-18 16:05",
        "Rhys Donnelly <rhys@talentharbour.com.au>",
        "RE: Clinical Implementation role - digital health vendor",
        A("confirmation", ML, MLR, 7, "agency"),
        "Hi Mei Lin,\n\nGreat to chat yesterday. As discussed, the client is Medilink Systems - I've now submitted your CV and cover note to their Head of Implementation. I'll let you know as soon as I hear back (usually within a week).\n\nCheers,\nRhys\n\n-----Original Message-----\nFrom: Mei Lin Hartono <meilin.hartono@gmail.com>\nSent: Wednesday, 17 September 2025 7:12 PM\nTo: Rhys Donnelly\nSubject: Re: Clinical Implementation role - digital health vendor\n\nHi Rhys, happy to chat - tomorrow after 3pm works."
        + SIG,
        **rep("70161", "20250915", "talentharbour.com.au"),
    ),
    m(
        "70163",
        "2025-09-25 11:30",
        "Rhys Donnelly <rhys@talentharbour.com.au>",
        "Medilink - interview Tuesday",
        A("interview", ML, MLR, 7, "agency"),
        "Hi Mei Lin,\n\nGood news, Medilink would like to meet you! Interview is with Karen Voss (Head of Implementation) and one of her senior consultants at their office, Level 11, 201 Kent St, on Tuesday 30 September at 10am. Allow an hour.\n\nShe's keen to hear about the go-live you supported on 7 North. I'll give you a call Monday to prep.\n\nCheers,\nRhys\n\nTalent Harbour Recruitment | Health & Life Sciences\nThis email was sent via JobAdder.",
        ics=ev(
            "ja-th-55821",
            "2025-09-30 10:00",
            "Interview - Mei Lin Hartono (Medilink Systems)",
            ("Rhys Donnelly", "rhys@talentharbour.com.au"),
            60,
            "Face to face with Karen Voss",
            "Level 11, 201 Kent St, Sydney",
        ),
    ),
    m(
        "70164",
        "2025-10-10 14:12",
        "Rhys Donnelly <rhys@talentharbour.com.au>",
        "Medilink update",
        A("confirmation", ML, MLR, 7, "agency"),
        "Hi Mei Lin,\n\nQuick update on Medilink. Karen really liked you, but they've just lost a large hospital contract they were expecting to sign, and the Implementation Consultant hire has been put on hold until the new financial year at the earliest.\n\nNot the news either of us wanted. I'll keep you front of mind if it comes back, and I've got a couple of other vendors I'd like to talk to you about.\n\nCheers,\nRhys",
        st="on_hold",
    ),
    # ---- 2 Northern Harbours LHD (NSW Health, Taleo) -----------------------------------------
    m(
        "70171",
        "2025-09-19 20:41",
        "NSW Health Recruitment <nswhealth.recruitment@taleo.net>",
        "Application Received: REQ551402 Clinical Informatics Nurse (eMR)",
        A("confirmation", NH, NHR, 2, "taleo"),
        "Dear Mei Lin Hartono,\n\nThank you for your application for the position of Clinical Informatics Nurse (eMR), requisition REQ551402, Northern Harbours Local Health District.\n\nYour application will be assessed against the selection criteria by the recruitment panel. If you are shortlisted for interview, the convenor of the panel will contact you directly.\n\nPlease note that if you are unsuccessful you may not be contacted. For enquiries about the position please contact the hiring manager listed in the advertisement.\n\nKind regards,\nNSW Health Recruitment and Onboarding\n\nThis is an automated email, please do not reply.",
    ),
    m(
        "70172",
        "2025-10-08 12:20",
        "Deborah Nguyen (NHLHD) <Deborah.Nguyen@health.nsw.gov.au>",
        "Interview invitation - Clinical Informatics Nurse REQ551402",
        A("interview", NH, NHR, 2, "direct"),
        "Dear Mei Lin,\n\nThank you for your application for the Clinical Informatics Nurse (eMR) position. I'm pleased to let you know you've been shortlisted for interview.\n\nInterview details:\nDate: Thursday 16 October 2025\nTime: 1:30pm - 2:15pm\nLocation: Microsoft Teams (link to follow in a calendar invitation)\nPanel: Deborah Nguyen (Nurse Manager, Clinical Information Systems), Mark Hollis (eMR Program Manager), and an independent panel member.\n\nPlease bring (or have ready to show) your photo ID and AHPRA registration. The panel may ask you to complete a short written task on the day.\n\nPlease reply to confirm your attendance.\n\nKind regards,\nDeborah Nguyen\nNurse Manager, Clinical Information Systems\nNorthern Harbours Local Health District | NSW Health\nT 02 9462 7710\n\nNHLHD acknowledges the Traditional Custodians of the land on which we work.",
    ),
    m(
        "70173",
        "2025-10-08 12:26",
        "Deborah Nguyen (NHLHD) <Deborah.Nguyen@health.nsw.gov.au>",
        "Interview - Clinical Informatics Nurse - M Hartono",
        A("interview", NH, NHR, 2, "direct"),
        "Teams meeting for your interview on Thursday 16 October.\n\n________________________________________________________________________________\nMicrosoft Teams Need help?\nJoin the meeting now\nMeeting ID: 431 887 220 915\nPasscode: Ub7Qe2\n________________________________________________________________________________",
        ics=ev(
            "040000008200E00074C5B7101A82E0080000000091A4",
            "2025-10-16 13:30",
            "Interview - Clinical Informatics Nurse - M Hartono",
            ("Deborah Nguyen", "Deborah.Nguyen@health.nsw.gov.au"),
            45,
            "Microsoft Teams meeting",
            "Microsoft Teams Meeting",
            [("Mark Hollis", "Mark.Hollis@health.nsw.gov.au")],
        ),
    ),
    m(
        "70174",
        "2025-10-20 09:15",
        "Referoo <noreply@referoo.com.au>",
        "Northern Harbours LHD has requested your referees",
        ("other_job", NH, NHR, None, "other", "en"),
        "Hi Mei Lin,\n\nDeborah Nguyen from Northern Harbours Local Health District has requested that you provide 2 referees for the position of Clinical Informatics Nurse (eMR).\n\nAt least one referee should be a current or recent line manager.\n\nAdd your referees: https://app.referoo.com.au/candidate/r/8JdQx21\n\nThanks,\nThe Referoo team",
    ),
    m(
        "70175",
        "2025-10-29 16:50",
        "Deborah Nguyen (NHLHD) <Deborah.Nguyen@health.nsw.gov.au>",
        "RE: Withdrawing my application - REQ551402",
        A("confirmation", NH, NHR, 2, "direct"),
        "Hi Mei Lin,\n\nThank you for letting me know, and congratulations on the new role - it sounds like a great fit. I've let the panel and Recruitment know that you're withdrawing from REQ551402 and we'll finalise with the next candidate.\n\nIf you ever want to come back to the LHD, the door's open. We could use more nurses who understand both sides of the screen!\n\nKind regards,\nDeb\n\nFrom: Mei Lin Hartono <meilin.hartono@gmail.com>\nSent: Wednesday, 29 October 2025 2:03 PM\nTo: Nguyen, Deborah\nSubject: Withdrawing my application - REQ551402\n\nHi Deb,\n\nThank you so much for the interview and for checking my references. I've been offered and have accepted a position elsewhere, so I'd like to withdraw my application for the Clinical Informatics Nurse role.\n\nMei Lin",
        st="withdrawn",
    ),
    # ---- 6 Metro Bayside HHS (Queensland Health / SmartJobs) ----------------------------------
    m(
        "70181",
        "2025-09-21 18:11",
        "Smart Jobs and Careers <noreply@smartjobs.qld.gov.au>",
        "Application acknowledgement QLD/MBHHS-612044",
        A("confirmation", MB, MBR, 6, "other"),
        "Dear Ms Hartono\n\nThank you for your application for the position of Nurse Informatician (Nurse Grade 7), job reference QLD/MBHHS-612044, with Queensland Health - Metro Bayside Hospital and Health Service.\n\nYour application has been received and will be considered by the selection panel after the closing date. You will be advised of the outcome of your application at the conclusion of the selection process.\n\nThis is an automatically generated email. Please do not reply.\n\nQueensland Government - Smart jobs and careers",
    ),
    # ---- 3 Wardround (LinkedIn, founder from Gmail) -------------------------------------------
    m(
        "70191",
        "2025-09-24 21:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Mei Lin, your application was sent to Wardround",
        A("confirmation", WR, WRR, 3, "linkedin"),
        "Your application was sent to Wardround\n\nFounding Clinical Product Lead\nWardround · Sydney, New South Wales, Australia (Hybrid)\nApplied on 24 September 2025\n\nView job: https://www.linkedin.com/jobs/view/4102918820\n\nLinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085",
    ),
    m(
        "70192",
        "2025-09-26 23:02",
        "Josh Tran <joshtran.builds@gmail.com>",
        "Wardround - coffee?",
        A("interview", WR, WRR, 3, "direct"),
        "Hey Mei Lin,\n\nJosh here, one of the two co-founders of Wardround. Saw your application come through on LinkedIn last night and honestly got a bit excited - we're building a handover tool for ward nurses and you've basically lived the problem for 8 years.\n\nWe're tiny (me, my co-founder Anika, two engineers) so no formal process. Would you be up for a coffee next week? I'm around Surry Hills most days. Tuesday or Wednesday morning?\n\nCheers,\nJosh\n\nSent from my iPhone",
    ),
    m(
        "70193",
        "2025-09-28 10:14",
        "Josh Tran <joshtran.builds@gmail.com>",
        "Re: Wardround - coffee?",
        A("interview", WR, WRR, 3, "direct"),
        "Perfect, Wednesday 8am at Reuben Hills on Albion St. I'll grab a table out the back. Anika might join for the second half.\n\nJ\n\nOn Sat, 27 Sept 2025 at 7:40 pm, Mei Lin Hartono <meilin.hartono@gmail.com> wrote:\n> Hi Josh,\n> Lovely to hear from you! Wednesday morning works - I'm on a late shift that day.\n> Mei Lin",
        ics=ev(
            "g-wr-1oct",
            "2025-10-01 08:00",
            "Coffee - Josh / Mei Lin (Wardround)",
            ("Josh Tran", "joshtran.builds@gmail.com"),
            60,
            "",
            "Reuben Hills, Albion St, Surry Hills",
        ),
        **rep("70192", "20250926", "gmail.com"),
    ),
    m(
        "70194",
        "2025-10-03 17:45",
        "Josh Tran <joshtran.builds@gmail.com>",
        "Next step + a small exercise",
        A("assessment", WR, WRR, 3, "direct"),
        "Hi Mei Lin,\n\nAnika and I both came away buzzing. Next step, if you're keen: could you spend an hour or two (max!) sketching how you'd run a pilot of our handover tool on one ward - who you'd talk to, what you'd measure, what could go wrong clinically. A one-pager or a few slides is plenty.\n\nNo rush, anytime in the next week is fine. Then we'd love you to meet our engineers and our clinical advisor.\n\nJosh",
    ),
    m(
        "70195",
        "2025-10-15 09:30",
        "Anika Rao <anika@wardround.health>",
        "Wardround - meet the team Friday",
        A("interview", WR, WRR, 3, "direct"),
        "Hi Mei Lin,\n\nThanks for the pilot plan - the bit about night-shift handover and agency nurses was spot on. Josh and I would love you to come in Friday afternoon to meet Sam and Dev (our engineers) and Dr Lisa Okafor, who advises us clinically. Nothing formal - we'll walk you through the product and get your honest reactions.\n\nInvite attached.\n\nAnika Rao\nCo-founder & CEO, Wardround",
        ics=ev(
            "g-wr-17oct",
            "2025-10-17 14:00",
            "Mei Lin @ Wardround - meet the team",
            ("Anika Rao", "anika@wardround.health"),
            90,
            "",
            "WeWork, 100 Harris St, Pyrmont",
        ),
    ),
    m(
        "70196",
        "2025-10-22 19:05",
        "Josh Tran <joshtran.builds@gmail.com>",
        "Offer :)",
        A("offer", WR, WRR, 3, "direct"),
        "Hi Mei Lin,\n\nWe'd love you to join Wardround as our Founding Clinical Product Lead. Here's what we can do:\n\n- $120k base + super\n- 0.6% equity, 4 year vest with 1 year cliff\n- Hybrid, 3 days in the office in Pyrmont\n- Start whenever suits after your notice period\n\nI know it's a risk compared to a bigger company, so happy to chat through anything. Formal letter to follow if you're in.\n\nJosh & Anika",
    ),
    m(
        "70197",
        "2025-10-28 20:40",
        "Josh Tran <joshtran.builds@gmail.com>",
        "Re: Offer :)",
        A("offer", WR, WRR, 3, "direct"),
        "Hey Mei Lin,\n\nTotally understand, and thanks for being so upfront about it. Lumenfield are lucky. Gutted but no hard feelings at all - if it ever feels too corporate, you know where we are.\n\nGood luck!\nJosh\n\nOn Tue, 28 Oct 2025 at 6:12 pm, Mei Lin Hartono <meilin.hartono@gmail.com> wrote:\n> Hi Josh and Anika,\n> Thank you both so much for the offer and for how generous you've been with your time. After a lot of thinking I've decided to accept another role, so I have to decline. I really hope we stay in touch.\n> Mei Lin",
        st="declined",
        **rep("70196", "20251022", "gmail.com"),
    ),
    # ---- 1 Lumenfield (Lever) -- accepted ------------------------------------------------------
    m(
        "70201",
        "2025-09-25 11:18",
        "Lumenfield Health Pty Ltd <no-reply@hire.lever.co>",
        "Thanks for applying to Lumenfield Health Pty Ltd",
        A("confirmation", LF, LFR, 1, "lever"),
        "Hi Mei Lin,\n\nThanks for your interest in Lumenfield Health Pty Ltd! We've received your application for the Clinical Product Manager position and our team will be reviewing it shortly.\n\nIf your experience looks like a good fit, someone from the team will reach out about next steps.\n\nBest,\nLumenfield Health Pty Ltd",
    ),
    m(
        "70202",
        "2025-09-30 10:40",
        "Grace Whitford <grace.whitford@lumenfield.com.au>",
        "Clinical Product Manager @ Lumenfield",
        A("interview", LF, LFR, 1, "lever"),
        "Hi Mei Lin,\n\nThanks for applying to Lumenfield - I'm the recruiter supporting our Clinical Product Manager hire. I'd love to set up an initial 30 minute chat with you this week to talk through your background and the role.\n\nYou can grab a time in my calendar here: https://calendly.com/grace-lumenfield/30min\n\nCheers,\nGrace Whitford\nTalent Acquisition Lead, LFH\nlumenfield.com.au",
        headers={"X-Lever-Source": "hire.lever.co"},
    ),
    m(
        "70203",
        "2025-09-30 15:02",
        "Calendly <notifications@calendly.com>",
        "New Event: Mei Lin Hartono - 15:30 Thu, 2 Oct 2025 - 30 Minute Meeting",
        A("interview", LF, LFR, 1, "other"),
        "Hi Mei Lin Hartono,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Meeting\nInvitee: Grace Whitford (Lumenfield)\nEvent Date/Time: 15:30 - Thursday, 2 October 2025 (Sydney, Melbourne time)\nLocation: Zoom - details in the invite\n\nNeed to make changes? Cancel or reschedule.\n\nPowered by Calendly",
        ics=ev(
            "cal-lf-20251002",
            "2025-10-02 15:30",
            "Mei Lin Hartono and Grace Whitford",
            ("Grace Whitford", "grace.whitford@lumenfield.com.au"),
            30,
            "Lumenfield intro chat",
            "Zoom",
        ),
    ),
    m(
        "70204",
        "2025-10-03 12:05",
        "Grace Whitford <grace.whitford@lumenfield.com.au>",
        "Lumenfield - product case study",
        A("assessment", LF, LFR, 1, "lever"),
        "Hi Mei Lin,\n\nThanks again for the chat yesterday! As mentioned, the next stage is a short case study. You'll find the brief attached: prioritising a backlog of requests from three hospital customers for our medication administration module.\n\nPlease send back a short deck (5-6 slides) by Friday 10 October. You'll present it to the hiring panel the following week.\n\nGrace",
        attach=[("Lumenfield_CPM_case_study.pdf", "application/pdf", "%PDF-1.4 case study brief")],
    ),
    m(
        "70205",
        "2025-10-10 16:22",
        "Lumenfield Health via Lever <no-reply@hire.lever.co>",
        "Invitation: Case study presentation - Lumenfield",
        A("interview", LF, LFR, 1, "lever"),
        "Hi Mei Lin,\n\nYou're invited to present your case study to the Lumenfield hiring panel:\n\nTuesday 14 October, 11:00am - 12:15pm AEDT\nLumenfield, Level 7, 12 Oxford St, Darlinghurst (or Zoom if you prefer)\n\nPanel: Marcus Hale (VP Product), Dr Fiona Bright (Chief Nursing Informatics Officer), Grace Whitford\n\nSee you then!",
        ics=ev(
            "lever-lf-88120",
            "2025-10-14 11:00",
            "Lumenfield: Case study presentation - Mei Lin Hartono",
            ("Grace Whitford", "grace.whitford@lumenfield.com.au"),
            75,
            "Panel: Marcus Hale, Fiona Bright",
            "Level 7, 12 Oxford St, Darlinghurst",
        ),
    ),
    m(
        "70206",
        "2025-10-16 09:00",
        "Xref <noreply@xref.com>",
        "Lumenfield Health has requested your referees",
        ("other_job", LF, LFR, None, "other", "en"),
        "Hi Mei Lin,\n\nLumenfield Health Pty Ltd is conducting reference checks as part of your application for Clinical Product Manager.\n\nPlease nominate 2 referees by clicking the link below. It should only take a few minutes.\n\nNominate referees: https://app.xref.com/c/4Qp1aa7\n\nThanks,\nXref on behalf of Lumenfield Health Pty Ltd",
    ),
    m(
        "70207",
        "2025-10-21 17:30",
        "Grace Whitford <grace.whitford@lumenfield.com.au>",
        "Great news from Lumenfield!",
        A("offer", LF, LFR, 1, "direct"),
        "Hi Mei Lin,\n\nThank you for taking my call this afternoon - I'm thrilled to confirm in writing that we'd like to offer you the role of Clinical Product Manager at Lumenfield.\n\nSummary of what we discussed:\n- Base salary $138,000 + 12% super\n- Hybrid (Darlinghurst office 2 days a week)\n- Start date: Monday 1 December 2025 (flexible)\n\nYour formal letter of offer will come through DocuSign shortly. Take a couple of days to think it over and shout if you have any questions.\n\nGrace",
    ),
    m(
        "70208",
        "2025-10-22 10:12",
        "Grace Whitford via DocuSign <dse_NA3@docusign.net>",
        "Please DocuSign: Letter of Offer - Mei Lin Hartono - Lumenfield Health Pty Ltd",
        A("offer", LF, LFR, 1, "docusign"),
        "Grace Whitford sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nGrace Whitford\ngrace.whitford@lumenfield.com.au\n\nHi Mei Lin, please find your Letter of Offer and Employment Agreement attached for signing. Welcome aboard (we hope)!\n\nDo Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.\n\nAbout DocuSign\nSign documents electronically in just minutes.",
    ),
    m(
        "70209",
        "2025-10-28 18:30",
        "DocuSign System <dse_NA3@docusign.net>",
        "Completed: Please DocuSign: Letter of Offer - Mei Lin Hartono - Lumenfield Health Pty Ltd",
        A("offer", LF, LFR, 1, "docusign"),
        "Your document has been completed\n\nAll parties have completed Please DocuSign: Letter of Offer - Mei Lin Hartono - Lumenfield Health Pty Ltd.\n\nVIEW COMPLETED DOCUMENT\n\nDo Not Share This Email\nThis email contains a secure link to DocuSign.",
        st="accepted",
    ),
    m(
        "70210",
        "2025-10-30 09:45",
        "National Crime Check <support@nationalcrimecheck.com.au>",
        "Action required: complete your police check for Lumenfield Health",
        ("other_job", LF, LFR, None, "other", "en"),
        "Hello Mei Lin,\n\nLumenfield Health Pty Ltd has requested a Nationally Coordinated Criminal History Check as part of your pre-employment screening.\n\nPlease complete your application and verify your identity (100 points of ID) using the secure link below. Most checks are returned within 1-3 business days.\n\nStart my check: https://secure.nationalcrimecheck.com.au/invite/LFH-29981\n\nRegards,\nNational Crime Check",
    ),
    m(
        "70211",
        "2025-11-03 14:20",
        "National Crime Check <support@nationalcrimecheck.com.au>",
        "Your police check result is ready",
        ("other_job", LF, LFR, None, "other", "en"),
        "Hello Mei Lin,\n\nYour Nationally Coordinated Criminal History Check (ref NCC-8841297) has been completed and the certificate has been shared with Lumenfield Health Pty Ltd.\n\nYou can download your certificate from your account.\n\nRegards,\nNational Crime Check",
    ),
    m(
        "70212",
        "2025-11-24 08:30",
        "People Team at Lumenfield <people@lumenfield.com.au>",
        "Welcome to LFH - your first week",
        ("other_job", LF, LFR, None, "direct", "en"),
        "Hi Mei Lin,\n\nOne week to go! Here's everything you need for Monday 1 December:\n\n- Arrive 9:30am at Level 7, 12 Oxford St, Darlinghurst and ask for Grace at reception\n- Your laptop will be ready on your desk\n- Lunch with the product team at 12:30 (our shout)\n\nPlease complete your Employment Hero onboarding (TFN declaration, super choice, bank details) before Friday.\n\nWelcome to the team!\nThe People Team\nLumenfield Health Pty Ltd | ABN 41 622 018 934",
    ),
    # ---- 23 Stethos (Lever) -- withdrawn -------------------------------------------------------
    m(
        "70221",
        "2025-09-27 13:05",
        "Stethos <no-reply@hire.lever.co>",
        "Thanks for applying to Stethos",
        A("confirmation", ST, STR, 23, "lever"),
        "Hi Mei Lin,\n\nThanks for your interest in Stethos! We've received your application for the Implementation Specialist (Melbourne / Remote) role and will be in touch if there's a match.\n\nThe Stethos team",
    ),
    m(
        "70222",
        "2025-10-07 10:20",
        "Callum Price <callum.price@stethos.io>",
        "Stethos: Implementation Specialist - quick call?",
        A("interview", ST, STR, 23, "lever"),
        "Hi Mei Lin,\n\nThanks for applying - your profile looks great. The role has shifted a little since it was posted: it's now about 60% pre-sales demos for GP clinics and 40% implementation, and involves travel to regional VIC roughly two weeks a month.\n\nWould you still like to proceed to a phone screen? If so let me know a few times next week.\n\nCallum Price\nTalent, Stethos",
    ),
    m(
        "70223",
        "2025-10-09 11:40",
        "Callum Price <callum.price@stethos.io>",
        "Re: Stethos: Implementation Specialist - quick call?",
        A("confirmation", ST, STR, 23, "lever"),
        "Hi Mei Lin,\n\nNo worries at all, thanks for letting me know so quickly. I've withdrawn your application on our side. Best of luck with your search!\n\nCallum\n\n> Hi Callum, thanks for being upfront. With the travel and sales focus I don't think it's the right fit for me, so I'll withdraw. Thanks for your time. Mei Lin",
        st="withdrawn",
        **rep("70222", "20251007", "stethos.io"),
    ),
    # ---- 9/10 Kinnear Health (Workday), two roles ---------------------------------------------
    m(
        "70231",
        "2025-10-04 09:55",
        "Kinnear Healthcare Group <kinnear@myworkday.com>",
        "Thank you for applying - Clinical Informatics Specialist",
        A("confirmation", KN, KN1, 9, "workday"),
        "Dear Mei Lin,\n\nThank you for applying for the Clinical Informatics Specialist role (R-18842) with Kinnear Health. We have received your application and it is now under review.\n\nYou can check the status of your application at any time by signing in to your candidate home account.\n\nKind regards,\nKinnear Healthcare Group Talent Acquisition\n\nKinnear Health is a member of Kinnear Healthcare Group Limited.",
    ),
    m(
        "70232",
        "2025-10-04 10:08",
        "Kinnear Healthcare Group <kinnear@myworkday.com>",
        "Thank you for applying - Digital Nursing Lead",
        A("confirmation", KN, KN2, 10, "workday"),
        "Dear Mei Lin,\n\nThank you for applying for the Digital Nursing Lead role (R-18907) with Kinnear Health. We have received your application and it is now under review.\n\nYou can check the status of your application at any time by signing in to your candidate home account.\n\nKind regards,\nKinnear Healthcare Group Talent Acquisition",
    ),
    m(
        "70233",
        "2025-10-20 13:30",
        "Kinnear Healthcare Group <kinnear@myworkday.com>",
        "Your application with Kinnear Health",
        A("rejection", KN, KN1, 9, "workday"),
        "Dear Mei Lin,\n\nThank you for your interest in the Clinical Informatics Specialist (R-18842) position and for the time you have invested in the application process.\n\nWe have now completed our review and regret to inform you that we will not be progressing with your application for this role. We received applications from many highly skilled candidates.\n\nWe wish you every success in your career.\n\nKind regards,\nKinnear Healthcare Group Talent Acquisition",
    ),
    m(
        "70234",
        "2025-10-21 11:10",
        "Renee Castellano <renee.castellano@kinnearhealth.com.au>",
        "Digital Nursing Lead - interview",
        A("interview", KN, KN2, 10, "direct"),
        "Hi Mei Lin,\n\nI'm the Director of Nursing Informatics at Kinnear's North Shore campus. I'd like to invite you to an interview for the Digital Nursing Lead role on Monday 27 October at 3pm via Teams.\n\nThe panel will be me and our Chief Nursing Officer. Please come prepared to talk through a change you led on the ward and how you brought reluctant staff along.\n\nKind regards,\nRenee Castellano\nDirector of Nursing Informatics\nKinnear Health North Shore",
        ics=ev(
            "040000008200E00074C5B7101A82E0080000000077KN",
            "2025-10-27 15:00",
            "Interview: Digital Nursing Lead - Mei Lin Hartono",
            ("Renee Castellano", "renee.castellano@kinnearhealth.com.au"),
            45,
            "Microsoft Teams meeting",
            "Microsoft Teams Meeting",
        ),
    ),
    # ---- 17 CareLoop (Indeed) ------------------------------------------------------------------
    m(
        "70241",
        "2025-10-05 20:22",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Nurse Consultant, Virtual Care",
        A("confirmation", CL, CLR, 17, "indeed"),
        html="<html><body><div style='font-family:Arial'><p><b>indeed</b></p><h3>Application submitted</h3><p>Nurse Consultant, Virtual Care<br>CareLoop - Melbourne VIC</p><p>The following items were sent to CareLoop. Good luck!</p><ul><li>Resume: MeiLin_Hartono_CV_2025.pdf</li><li>Cover letter</li></ul><p>Next steps: The employer or job advertiser may reach out to you about your application.</p><p style='color:#767676;font-size:12px'>© 2025 Indeed</p></div></body></html>",
    ),
    # ---- 8 Clarion Health Talent (agency) -> Oakridge Aged Care --------------------------------
    m(
        "70251",
        "2025-10-06 12:44",
        "Bianca Ferreira <bianca.ferreira@clarionhealthtalent.com.au>",
        "Clinical Systems Analyst - 12 month contract - Melbourne/remote",
        ("outreach", None, OKR, None, "agency", "en"),
        "Hi Mei Lin,\n\nHope you're well! I'm partnering with a large not-for-profit aged care provider (60+ homes across VIC and NSW) on a 12 month contract for a Clinical Systems Analyst. They're rolling out a new clinical care system and want someone with real clinical experience to own the nursing documentation side.\n\n$95-105/hr inc super, mostly remote with occasional site visits.\n\nWould you be open to a chat? I can share more on the client once we've spoken.\n\nKind regards,\nBianca Ferreira\nPrincipal Consultant | Clarion Health Talent\nM 0433 207 118",
    ),
    m(
        "70252",
        "2025-10-09 09:12",
        "Bianca Ferreira <bianca.ferreira@clarionhealthtalent.com.au>",
        "Your profile has been put forward",
        A("confirmation", OK, OKR, 8, "agency"),
        "Hi Mei Lin,\n\nThanks for your time on the phone. As promised, I've put your profile forward to Oakridge Aged Care for the Clinical Systems Analyst contract. They're reviewing this week and I'll be in touch as soon as I hear anything.\n\nKind regards,\nBianca\n\nClarion Health Talent\nSent via JobAdder",
    ),
    m(
        "70253",
        "2025-10-14 15:55",
        "Bianca Ferreira <bianca.ferreira@clarionhealthtalent.com.au>",
        "Oakridge interview - Friday 11am",
        A("interview", OK, OKR, 8, "agency"),
        "Hi Mei Lin,\n\nOakridge would love to meet you! Video interview Friday 17 October at 11am with Steve Lam (Clinical Systems Manager) and Jen Pirelli (Clinical Governance). Zoom link in the invite.\n\nGood luck - call me after!\nBianca",
        ics=ev(
            "ja-cht-98112",
            "2025-10-17 11:00",
            "Oakridge Aged Care interview - Mei Lin Hartono",
            ("Bianca Ferreira", "bianca.ferreira@clarionhealthtalent.com.au"),
            45,
            "Zoom",
            "https://oakridgecare.zoom.us/j/81188203311",
        ),
    ),
    m(
        "70254",
        "2025-10-23 16:30",
        "Bianca Ferreira <bianca.ferreira@clarionhealthtalent.com.au>",
        "Feedback from Oakridge",
        A("rejection", OK, OKR, 8, "agency"),
        "Hi Mei Lin,\n\nI've just had feedback from Steve. They thought you were excellent clinically and really personable. In the end they went with a candidate who'd done a similar aged care rollout before, so it's a no from them this time.\n\nI'm sorry - I genuinely thought you had it. Let's keep talking, more contracts are coming through.\n\nBianca",
    ),
    # ---- 15 Greenvale Community Health (Livehire) ---------------------------------------------
    m(
        "70261",
        "2025-10-11 14:02",
        "Greenvale Community Health <no-reply@livehire.com>",
        "Thanks for your application, Mei Lin",
        A("confirmation", GV, GVR, 15, "other"),
        html="<html><body><div style='max-width:560px;font-family:Helvetica'><p>Hi Mei Lin,</p><p>Thanks for your application for <b>Digital Health Project Officer</b> at Greenvale Community Health. Your LiveHire profile has been shared with our recruitment team.</p><p>Keep your profile up to date - we'll let you know about any changes to your application status.</p><p>Greenvale Community Health<br>Brunswick VIC</p><p style='font-size:11px;color:#999'>Sent via LiveHire</p></div></body></html>",
    ),
    m(
        "70262",
        "2025-10-22 10:50",
        "Greenvale Community Health <no-reply@livehire.com>",
        "Interview invitation - Digital Health Project Officer",
        A("interview", GV, GVR, 15, "other"),
        "Hi Mei Lin,\n\nYou've been shortlisted for the Digital Health Project Officer role! Please choose an interview time via the link below. Interviews will be held on Zoom on 28 and 29 October.\n\nChoose a time: https://www.livehire.com/interview/gch/88213\n\nGreenvale Community Health",
    ),
    m(
        "70263",
        "2025-10-27 17:05",
        "Greenvale Community Health <no-reply@livehire.com>",
        "Digital Health Project Officer - application withdrawn",
        A("confirmation", GV, GVR, 15, "other"),
        "Hi Mei Lin,\n\nWe've received your request to withdraw your application for Digital Health Project Officer and have cancelled your interview on 28 October. Thanks for letting us know.\n\nGreenvale Community Health",
        st="withdrawn",
    ),
    # ---- 20 Tidewater Radiology (Workday tenant twg) -------------------------------------------
    m(
        "70271",
        "2025-10-12 19:30",
        "TWG Careers <twg@myworkday.com>",
        "We've received your application",
        A("confirmation", TW, TWR, 20, "workday"),
        "Hi Mei Lin,\n\nThank you for applying for Clinical Applications Analyst (RIS/PACS) - JR10322. Our talent team will be in touch if your skills and experience match what we're looking for.\n\nRegards,\nTalent Acquisition\nTidewater Group - Tidewater Radiology | Tidewater Imaging",
    ),
    m(
        "70272",
        "2025-11-12 08:40",
        "TWG Careers <twg@myworkday.com>",
        "Update on JR10322",
        A("rejection", TW, TWR, 20, "workday"),
        "Hi Mei Lin,\n\nThank you for your interest in joining us. After reviewing your application for Clinical Applications Analyst (RIS/PACS), we've decided to proceed with other candidates whose experience more closely matches the requirements of this role.\n\nWe appreciate the time you took and encourage you to apply for future roles.\n\nTalent Acquisition\nTidewater Group",
    ),
    # ---- 14 Harbourline (SuccessFactors + Sonru) -----------------------------------------------
    m(
        "70281",
        "2025-10-13 21:40",
        "Harbourline Careers <careers@successfactors.com>",
        "Finish your application - Clinical Advisor, Digital Health",
        ("alert", HL, HLR, None, "other", "en"),
        "Hi Mei Lin,\n\nYou started an application for Clinical Advisor, Digital Health but haven't submitted it yet. Applications close Sunday 19 October.\n\nContinue your application: https://career10.successfactors.com/career?company=harbourlineP\n\nHarbourline Mutual Ltd",
    ),
    m(
        "70282",
        "2025-10-15 20:15",
        "Harbourline Careers <careers@successfactors.com>",
        "Harbourline - application received",
        A("confirmation", HL, HLR, 14, "other"),
        "Dear Mei Lin,\n\nThank you for your application for the role of Clinical Advisor, Digital Health (Req 40117) at Harbourline Health Insurance.\n\nWe'll review applications after the closing date. If shortlisted, the next step is a short online video interview.\n\nKind regards,\nTalent Acquisition\nHarbourline Mutual Ltd ABN 12 087 600 215",
    ),
    m(
        "70283",
        "2025-10-24 09:10",
        "Harbourline via Sonru <noreply@sonru.com>",
        "Video interview invitation - Harbourline",
        A("assessment", HL, HLR, 14, "other"),
        "Dear Mei Lin,\n\nHarbourline has invited you to complete an online video interview for the Clinical Advisor, Digital Health position.\n\nYou'll be asked 4 questions and will have 2 minutes to record each answer. Please complete the interview by Friday 31 October 2025.\n\nStart interview: https://www.sonru.com/i/hbl-7741-qq\n\nGood luck!\nSonru on behalf of Harbourline",
    ),
    m(
        "70284",
        "2025-11-06 12:00",
        "Harbourline Careers <careers@successfactors.com>",
        "Clinical Advisor, Digital Health",
        A("rejection", HL, HLR, 14, "other"),
        "Dear Mei Lin,\n\nThank you for completing the video interview for Clinical Advisor, Digital Health. We appreciated hearing about your clinical experience.\n\nAfter careful review we won't be progressing your application further. We wish you well in your job search.\n\nKind regards,\nTalent Acquisition, HBL",
    ),
    # ---- 19 Notewell (Ashby) ------------------------------------------------------------------
    m(
        "70291",
        "2025-10-16 11:11",
        "Notewell <no-reply@ashbyhq.com>",
        "Thanks for applying to Notewell!",
        A("confirmation", NW, NWR, 19, "ashby"),
        "Hi Mei Lin,\n\nThanks for applying for the Clinical Safety Lead role at Notewell. We're building an AI scribe that clinicians can actually trust, and that starts with people like you.\n\nWe review every application by hand and aim to respond within two weeks either way.\n\nThe Notewell team",
    ),
    m(
        "70292",
        "2025-10-23 14:00",
        "Notewell <no-reply@ashbyhq.com>",
        "Interview scheduled: Notewell - Clinical Safety Lead",
        A("interview", NW, NWR, 19, "ashby"),
        "Hi Mei Lin,\n\nYour interview is confirmed.\n\nIntro with Dr Harriet Cole (Chief Medical Officer)\nMonday 27 October 2025, 9:00am - 9:45am AEDT\nGoogle Meet: https://meet.google.com/nwl-ztyk-apq\n\nNeed to reschedule? Use the link in your calendar invite.",
        ics=ev(
            "ashby-nw-5521",
            "2025-10-27 09:00",
            "Notewell - Clinical Safety Lead: Intro with Harriet Cole",
            ("Notewell Recruiting", "recruiting@notewell.ai"),
            45,
            "",
            "https://meet.google.com/nwl-ztyk-apq",
        ),
    ),
    m(
        "70293",
        "2025-10-27 12:30",
        "Harriet Cole <harriet@notewell.ai>",
        "Thanks for this morning",
        A("rejection", NW, NWR, 19, "direct"),
        "Hi Mei Lin,\n\nThank you for the open conversation this morning. I was honest that this role needs someone who has already run a clinical safety case under DCB0129-style standards, and from our chat I think that's a gap right now.\n\nSo I'm going to stop the process here for this role - but your hazard-spotting instincts are genuinely strong, and if we open a clinical product role next year I'd like you to hear about it first.\n\nBest,\nHarriet\n--\nDr Harriet Cole | CMO | Notewell\nMelbourne",
    ),
    # ---- 21 Fernhill Medical (HireVue) --------------------------------------------------------
    m(
        "70301",
        "2025-10-18 08:22",
        "Fernhill Medical Devices Australia <noreply@fernhillmed.com.au>",
        "Application confirmation - Clinical Education Specialist (NSW)",
        A("confirmation", FH, FHR, 21, "other"),
        "Dear Mei Lin,\n\nThank you for your application for Clinical Education Specialist (NSW), job ID 2025-3318, at Fernhill Medical Devices Australia Pty Ltd.\n\nOur Talent team is reviewing applications and will be in touch with successful candidates. Due to the high volume of applications, we are unfortunately unable to provide individual feedback at this stage.\n\nFernhill Talent Acquisition",
    ),
    m(
        "70302",
        "2025-10-28 10:00",
        "Fernhill Medical <noreply@hirevue.com>",
        "Fernhill Medical: complete your digital interview",
        A("assessment", FH, FHR, 21, "hirevue"),
        "Hi Mei Lin,\n\nThank you for your interest in the Clinical Education Specialist role at Fernhill Medical. The next step in our process is a HireVue on-demand interview. You can complete it on your computer or phone at any time before 4 November.\n\nStart your interview: https://app.hirevue.com/i/fernhill/X8k2pL\n\nFernhill Talent Acquisition",
    ),
    m(
        "70303",
        "2025-11-18 15:45",
        "Fernhill Medical Devices Australia <noreply@fernhillmed.com.au>",
        "Thank you for your time",
        A("rejection", FH, FHR, 21, "other"),
        "Dear Mei Lin,\n\nThank you for completing the digital interview for the Clinical Education Specialist role. We enjoyed learning about your experience educating nursing staff.\n\nWhile your experience is impressive, we have decided to move forward with other candidates who more closely match our needs at this time.\n\nKind regards,\nFernhill Talent Acquisition",
    ),
    # ---- 18 Meridian Pathology (via Jora) ------------------------------------------------------
    m(
        "70311",
        "2025-10-19 13:00",
        "Jora <no-reply@jora.com>",
        "You applied for Clinical Systems Trainer",
        A("confirmation", MP, MPR, 18, "other"),
        "Hi Mei Lin,\n\nYour application for Clinical Systems Trainer at Meridian Pathology (Parramatta NSW) has been sent.\n\nQuick apply helps you apply faster. Good luck!\n\nJora Australia",
    ),
    m(
        "70312",
        "2025-11-04 09:40",
        "Meridian Pathology HR <hr@meridianpath.com.au>",
        "Clinical Systems Trainer",
        A("rejection", MP, MPR, 18, "direct"),
        "Dear Mei Lin,\n\nThank you for applying for the position of Clinical Systems Trainer. We have now shortlisted for interview and unfortunately your application was not successful on this occasion.\n\nWe wish you all the best.\n\nHuman Resources\nMeridian Pathology Services Pty Ltd",
    ),
    # ---- 22 Kōwhai Health, NZ (Workable, HTML only) ---------------------------------------------
    m(
        "70321",
        "2025-10-25 10:30",
        "Careers <noreply@candidates.workablemail.com>",
        "Application received",
        A("confirmation", KO, KOR, 22, "workable"),
        html="<html><body><div style='font-family:Arial;max-width:600px'><img src='https://workablehr.s3.amazonaws.com/uploads/account/logo/kowhai.png' alt='Kōwhai Health'><p>Kia ora Mei Lin,</p><p>Thanks for applying for the <b>Clinical Product Analyst (Remote - NZ/AU)</b> role with <b>Kōwhai Health</b>. We've got your application and the team will review it soon.</p><p>Ngā mihi,<br>The Kōwhai Health team<br>Auckland, Aotearoa</p><p style='font-size:11px;color:#aaa'>Powered by Workable</p></div></body></html>",
    ),
    m(
        "70322",
        "2025-11-05 15:20",
        "Tama Ruru <tama.ruru@kowhaihealth.co.nz>",
        "Chat about the Clinical Product Analyst role",
        A("interview", KO, KOR, 22, "workable"),
        "Kia ora Mei Lin,\n\nThanks for applying! I'd love to have a video chat about the role. Would Tuesday 11 November, 1pm NZT (11am Sydney) work? I've sent a calendar hold.\n\nTama Ruru\nProduct Manager, Kōwhai Health",
        ics=ev(
            "g-ko-1111",
            "2025-11-11 11:00",
            "Mei Lin / Tama - Kōwhai Health",
            ("Tama Ruru", "tama.ruru@kowhaihealth.co.nz"),
            30,
            "",
            "https://meet.google.com/kwh-aprr-tnq",
        ),
    ),
    m(
        "70323",
        "2025-11-07 09:00",
        "Mei Lin Hartono <meilin.hartono@gmail.com>",
        "Re: Chat about the Clinical Product Analyst role",
        A("confirmation", KO, KOR, 22, "direct"),
        "Kia ora Tama,\n\nThank you so much for reaching out. I've recently accepted a Clinical Product Manager role in Sydney and start in December, so I'll withdraw from the process and free up your time. Best of luck with the hire!\n\nNgā mihi,\nMei Lin\n\nOn Wed, 5 Nov 2025 at 3:20 pm, Tama Ruru <tama.ruru@kowhaihealth.co.nz> wrote:\n> Kia ora Mei Lin,\n> Thanks for applying! I'd love to have a video chat about the role.",
        st="withdrawn",
        to="Tama Ruru <tama.ruru@kowhaihealth.co.nz>",
        **rep("70322", "20251105", "kowhaihealth.co.nz"),
    ),
    # ---- 24 Coastal PHN (PageUp) ghosted -------------------------------------------------------
    m(
        "70331",
        "2025-10-26 22:15",
        "Coastal PHN <coastalphn@pageuppeople.com>",
        "Thank you for applying with CPHN",
        A("confirmation", CP, CPR, 24, "other"),
        "Dear Mei Lin\n\nThank you for your application for Digital Health Officer with Coastal Primary Health Network (CPHN).\n\nWe will be in touch once the selection process has concluded. Due to the number of applications received, only shortlisted candidates will be contacted. If you do not hear from us within four weeks of the closing date, please assume you have been unsuccessful on this occasion.\n\nKind regards\nPeople & Culture Team\nCoastal PHN",
    ),
    # ---- 12 Beacon Telehealth re-application (Workable) ---------------------------------------
    m(
        "70341",
        "2026-01-13 20:30",
        "Beacon Telehealth <noreply@candidates.workablemail.com>",
        "Thanks for applying to Beacon Telehealth",
        A("confirmation", BT, BT2, 12, "workable"),
        "Hi Mei Lin,\n\nThanks for your application for the Clinical Product Analyst role at Beacon Telehealth. We've received it and our People team will review it over the coming fortnight.\n\nIf you haven't heard from us within three weeks, unfortunately your application has not progressed on this occasion.\n\nCheers,\nBeacon Telehealth Talent\n\nPowered by Workable",
    ),
    m(
        "70342",
        "2026-01-20 10:15",
        "Sophie Kenrick <sophie.k@beacontelehealth.com.au>",
        "Great to see your name again!",
        A("assessment", BT, BT2, 12, "workable"),
        "Hi Mei Lin,\n\nLovely to see you apply again - and congrats on the move into product at Lumenfield, that's exactly the experience this role needs.\n\nFor the Clinical Product Analyst role, our first step is a short take-home: reviewing three anonymised patient feedback transcripts and turning them into user stories. Brief is attached; we'd love it back within 7 days.\n\nSophie Kenrick\nPeople & Culture, Beacon Telehealth",
        attach=[
            (
                "BT_CPA_take_home.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "PK take-home brief",
            )
        ],
    ),
    m(
        "70343",
        "2026-02-03 16:00",
        "Sophie Kenrick <sophie.k@beacontelehealth.com.au>",
        "Beacon Telehealth - interview with our Head of Product",
        A("interview", BT, BT2, 12, "workable"),
        "Hi Mei Lin,\n\nThe team loved your user stories! We'd like to invite you to a 45 minute interview with Jarrah Mills (Head of Product) on Monday 9 February at 5:30pm (after work, as requested).\n\nZoom details are in the invite. Looking forward to it.\n\nSophie",
        ics=ev(
            "wk-bt-2209",
            "2026-02-09 17:30",
            "Beacon Telehealth: Mei Lin Hartono <> Jarrah Mills",
            ("Sophie Kenrick", "sophie.k@beacontelehealth.com.au"),
            45,
            "Clinical Product Analyst interview",
            "https://beacontelehealth.zoom.us/j/99812003",
        ),
    ),
]
