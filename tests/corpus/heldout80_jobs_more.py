# ruff: noqa: E501
"""Corpus 80, more job mail: the later applications, alerts, outreach and other job mail (data only): see heldout80.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    return "+0100" if day < "2025-10-26" else "+0000"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def J(cat, src, co=None, role=None):
    return (cat, co, role, None, src, "en")


ES, ESR = "Emly Sterilisation", "Validation Engineer"
TC, TCR = "Tearmann Clinical", "QA Auditor (GCP/GMP)"
PP, PPR = "Pelorus Pharma", "Computer Systems Validation Lead"
SV, SVR = "Suir Valley Biologics", "QA Specialist"
MM, MMR = "Moyne Medical", "Quality Engineer"
FB, FBR = "Fennor Bio", "Quality Systems Lead"
KC, KCR = "Kilbrack Compounding", "Quality Specialist"

MAIL: list[dict[str, Any]] = [
    # --- 19 Emly Sterilisation (Workable, ghosted) -----------------------------------------
    m(
        "80201",
        "2025-10-07 08:21",
        "Emly Sterilisation Ltd <noreply@candidates.workablemail.com>",
        "Emly Sterilisation Ltd: Thanks for applying",
        A("confirmation", ES, ESR, 19, "workable"),
        "Hi Clodagh,\n\nThanks for applying for the Validation Engineer role at Emly Sterilisation. We've received your application and will review it over the coming weeks.\n\nIf you do not hear from us within three weeks, please assume that you have not been successful on this occasion. We're a small team and, unfortunately, can't reply to everyone individually.\n\nBest,\nEmly Sterilisation Ltd\nTipperary",
    ),
    # --- 20 Tearmann Clinical (iCIMS, HireVue) ---------------------------------------------
    m(
        "80202",
        "2025-10-09 12:40",
        "Tearmann Clinical Talent <tearmannclinical@talent.icims.com>",
        "Tearmann Clinical: Application Received - QA Auditor (GCP/GMP)",
        A("confirmation", TC, TCR, 20, "icims"),
        html="<html><body><p>Dear Clodagh,</p><p>Thank you for your interest in the <b>QA Auditor (GCP/GMP)</b> position (Req #2025-4471) based in Leopardstown, Dublin. Your application has been received.</p><p>Please log in to the <a href='https://careers-tearmann.icims.com'>Career Portal</a> to update your profile.</p><p>Regards,<br>Talent Acquisition<br>Tearmann Clinical Research Ireland Ltd</p></body></html>",
    ),
    m(
        "80203",
        "2025-10-16 14:05",
        "Tearmann Clinical <noreply@hirevue.com>",
        "Tearmann Clinical - video interview invitation",
        A("assessment", TC, TCR, 20, "hirevue"),
        "Hello Clodagh,\n\nThank you for your interest in Tearmann Clinical. As the next step, we invite you to complete an on-demand video interview for QA Auditor (GCP/GMP). You will answer 6 questions, with 30 seconds to prepare and up to 3 minutes for each answer.\n\nPlease complete your interview by 23 October.\n\nStart here: https://app.hirevue.com/l/tc7Qw\n\nTearmann Clinical Talent Acquisition",
    ),
    m(
        "80204",
        "2025-11-04 17:52",
        "Tearmann Clinical Talent <tearmannclinical@talent.icims.com>",
        "Your Tearmann Clinical application",
        A("rejection", TC, TCR, 20, "icims"),
        "Dear Clodagh,\n\nThank you for completing the video interview for QA Auditor (GCP/GMP). We enjoyed learning more about your audit experience.\n\nAfter careful review, we have decided not to move forward with your candidacy for this position. We encourage you to apply for other positions with us that match your skills.\n\nTalent Acquisition\nTearmann Clinical",
    ),
    # --- 21 Pelorus Pharma (SmartRecruiters, Calendly) --------------------------------------
    m(
        "80205",
        "2025-10-12 20:10",
        "Pelorus Pharma <noreply@smartrecruiters.com>",
        "Thank you for your application at Pelorus Pharma",
        A("confirmation", PP, PPR, 21, "smartrecruiters"),
        "Dear Clodagh,\n\nThank you for applying for Computer Systems Validation Lead in Clonmel, Tipperary. We have received your application and will get back to you as soon as possible.\n\nKind regards,\nPelorus Pharma Recruitment Team",
    ),
    m(
        "80206",
        "2025-10-20 09:30",
        "Ciara Hennessy <ciara.hennessy@peloruspharma.com>",
        "Pelorus - CSV Lead - quick call?",
        A("interview", PP, PPR, 21, "direct"),
        "Hi Clodagh,\n\nThanks for your application for CSV Lead. I'd love to set up a 30-minute screening call to talk through the role and your background. Please pick a slot that suits you here: https://calendly.com/ciara-hennessy-pelorus/screening\n\nThanks,\nCiara Hennessy\nTalent Acquisition Specialist, Pelorus Pharma",
    ),
    m(
        "80207",
        "2025-10-20 13:02",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Screening call with Ciara Hennessy on Thu, 23 Oct 2025",
        A("interview", PP, PPR, 21, "other"),
        "Hi Clodagh Brennan,\n\nA new event has been scheduled.\n\nEvent Type: Screening call (Pelorus Pharma)\nInvitee: Clodagh Brennan\nEvent Date/Time: 11:00 - 11:30, Thursday, 23 October 2025 (Dublin time)\nLocation: Ciara will call you on 087 412 6690\n\nCancel or reschedule: https://calendly.com/cancellations/pp-8812",
        ics={
            "uid": "pp-8812@calendly.com",
            "start": "2025-10-23 11:00:00 +0100",
            "minutes": 30,
            "summary": "Screening call with Ciara Hennessy (Pelorus Pharma)",
            "organizer": ("Ciara Hennessy", "ciara.hennessy@peloruspharma.com"),
            "location": "Phone call",
        },
    ),
    m(
        "80208",
        "2025-11-07 11:11",
        "Pelorus Pharma <noreply@smartrecruiters.com>",
        "Computer Systems Validation Lead - Pelorus Pharma",
        A("rejection", PP, PPR, 21, "smartrecruiters"),
        "Dear Clodagh,\n\nThank you very much for your interest in Pelorus Pharma and for speaking with our team. We have now completed our review and regret that we will not be taking your application further for the Computer Systems Validation Lead position.\n\nWe wish you every success.\n\nPelorus Pharma Recruitment Team",
    ),
    # --- 22 Suir Valley Biologics (Teamtailor) ---------------------------------------------
    m(
        "80209",
        "2025-10-25 10:17",
        "Suir Valley Biologics <no-reply@teamtailor-mail.com>",
        "We've received your application!",
        A("confirmation", SV, SVR, 22, "teamtailor"),
        html="<html><body><h1 style='color:#0b6e4f'>Suir Valley Biologics</h1><p>Hi Clodagh!</p><p>Thanks for your application for <b>QA Specialist</b> in Waterford. Unfortunately, we cannot reply to every applicant individually, but we will be in touch if we'd like to take things further.</p><p>Best regards,<br>Suir Valley Biologics</p></body></html>",
    ),
    m(
        "80210",
        "2025-12-02 15:03",
        "Suir Valley Biologics <no-reply@teamtailor-mail.com>",
        "Your application to Suir Valley Biologics",
        A("rejection", SV, SVR, 22, "teamtailor"),
        html="<html><body><p>Hi Clodagh,</p><p>Thank you for your patience, and for your interest in joining us. We had a large number of strong applications for QA Specialist and, after careful review, we've decided to continue with other candidates.</p><p>We'd love to keep in touch - feel free to join our talent community.</p><p>Suir Valley Biologics</p></body></html>",
    ),
    # --- 23 Moyne Medical (Indeed, aptitude) -----------------------------------------------
    m(
        "80211",
        "2025-09-14 21:44",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Quality Engineer",
        A("confirmation", MM, MMR, 23, "indeed"),
        html="<html><body><h2>Application submitted</h2><p><b>Quality Engineer</b><br>Moyne Medical Ltd - Galway</p><p>Your application has been sent to the employer.</p></body></html>",
    ),
    m(
        "80212",
        "2025-09-19 09:06",
        "Moyne Medical Recruitment <recruitment@moynemedical.ie>",
        "Online assessment - Quality Engineer",
        A("assessment", MM, MMR, 23, "direct"),
        "Dear Clodagh,\n\nThank you for your application via Indeed. The next stage of our process is a short online aptitude assessment (logical, numerical and a situational judgement section, approx. 40 minutes). You will receive a separate email from our assessment partner with your login.\n\nPlease complete it within 4 days.\n\nKind regards,\nRecruitment Team\nMoyne Medical Ltd",
    ),
    m(
        "80213",
        "2025-10-01 14:50",
        "Moyne Medical Recruitment <recruitment@moynemedical.ie>",
        "Quality Engineer - next steps",
        A("rejection", MM, MMR, 23, "direct"),
        "Dear Clodagh,\n\nThank you for completing the online assessment. Your results were in line with our benchmark, and we appreciate the effort you put in.\n\nHowever, having reviewed all candidates, we will not be inviting you to interview on this occasion.\n\nKind regards,\nRecruitment Team\nMoyne Medical Ltd",
    ),
    # --- 24 Fennor Bio (Ashby, forwarded from work mail, ghosted) --------------------------
    m(
        "80214",
        "2025-10-30 19:02",
        "Clodagh Brennan <cbrennan@ardfernpharma.ie>",
        "Fwd: Thanks for applying to Fennor Bio",
        A("confirmation", FB, FBR, 24, "ashby"),
        "Sending to personal\n\n---------- Forwarded message ---------\nFrom: Fennor Bio <no-reply@ashbyhq.com>\nDate: Thu, 30 Oct 2025 at 13:12\nSubject: Thanks for applying to Fennor Bio\nTo: Clodagh Brennan <cbrennan@ardfernpharma.ie>\n\nHi Clodagh,\n\nThanks for applying for the Quality Systems Lead role at Fennor Bio! Our hiring team will review your application and get back to you.\n\nFennor Bio | Dublin 8\n\n\nArdfern Pharma Ltd. This email and any attachments are confidential.",
    ),
    # --- 25 Kilbrack Compounding (direct application) --------------------------------------
    m(
        "80215",
        "2025-09-25 08:40",
        "Martin Kilbride <martin@kilbrackcompounding.ie>",
        "Re: Quality Specialist - CV attached",
        A("confirmation", KC, KCR, 25, "direct"),
        "Hi Clodagh,\n\nThanks for your email and CV, got it grand. We're a small operation (aseptic compounding for hospitals, 40 staff in Ballymount) so the role would be broad - QMS, deviations, HPRA inspections, supplier audits. I'll be in touch next week once I've gone through applications.\n\nRegards,\nMartin Kilbride\nManaging Director\nKilbrack Compounding Ltd\n\n> On 24 Sep 2025, at 22:10, Clodagh Brennan wrote:\n> Dear Mr Kilbride, please find attached my CV for the Quality Specialist role advertised on your website.",
    ),
    m(
        "80216",
        "2025-10-01 12:22",
        "Martin Kilbride <martin@kilbrackcompounding.ie>",
        "Interview - Kilbrack",
        A("interview", KC, KCR, 25, "direct"),
        "Hi Clodagh,\n\nWould you be free to come out to us in Ballymount on Wednesday 8th at 10am for a chat with myself and our QP, Anne Doyle? Should take about an hour and we'll show you around.\n\nMartin",
    ),
    m(
        "80217",
        "2025-10-15 17:49",
        "Martin Kilbride <martin@kilbrackcompounding.ie>",
        "Thanks",
        A("rejection", KC, KCR, 25, "direct"),
        "Hi Clodagh,\n\nThanks again for coming out to see us. Anne and I were very impressed - honestly, you'd be a great fit technically. But we've decided to promote internally for now and bring in a junior person under them.\n\nI'll hang on to your CV if that's ok.\n\nMartin",
    ),
    # --- alerts ------------------------------------------------------------------------------
    m(
        "80230",
        "2025-09-04 07:00",
        "IrishJobs.ie Job Alerts <jobalerts@irishjobs.ie>",
        "12 new jobs for 'validation' in Dublin",
        J("alert", "other"),
        html="<html><body><p>New jobs matching your alert <b>validation - Dublin</b></p><ul><li>Validation Engineer - Ardmore Sterile Services - Tallaght</li><li>CQV Engineer - Confidential - Dublin 15</li><li>Validation Specialist - Life Science Talent Partners - Dublin</li></ul><p><a href='https://www.irishjobs.ie/alerts'>Manage alerts</a></p></body></html>",
    ),
    m(
        "80231",
        "2025-09-17 07:00",
        "IrishJobs.ie Job Alerts <jobalerts@irishjobs.ie>",
        "9 new jobs for 'quality specialist' in Cork",
        J("alert", "other"),
        html="<html><body><p>New jobs for <b>quality specialist - Cork</b></p><ul><li>QA Specialist - Batch Disposition - Derrynane Pharmaceuticals - Carrigtwohill</li><li>Quality Specialist - Quayside Contract Solutions - Ringaskiddy</li></ul></body></html>",
    ),
    m(
        "80232",
        "2025-10-08 07:00",
        "IrishJobs.ie Job Alerts <jobalerts@irishjobs.ie>",
        "New jobs: quality specialist, Cork",
        J("alert", "other"),
        html="<html><body><p>7 new jobs for <b>quality specialist - Cork</b></p><ul><li>Senior Validation Specialist - Ballyvolane Biologics</li><li>QA Officer - Inishfree Pharma (Cork)</li></ul></body></html>",
    ),
    m(
        "80233",
        "2025-09-09 18:30",
        "Indeed <alert@indeed.com>",
        "QA Validation jobs in Galway",
        J("alert", "indeed"),
        html="<html><body><p>Jobs for <b>QA Validation</b> in <b>Galway</b></p><p>Quality Engineer - Moyne Medical Ltd - Galway - Easily apply<br>Validation Technician - Corrib Biologics - Parkmore<br>QA Specialist - Corrib Biologics - Galway</p></body></html>",
    ),
    m(
        "80234",
        "2025-10-13 18:31",
        "Indeed <alert@indeed.com>",
        "Quality Systems Specialist jobs in Dublin",
        J("alert", "indeed"),
        html="<html><body><p>15 new jobs in Dublin</p><p>Quality Systems Specialist - Tallon Medical<br>Quality Systems Lead - Fennor Bio - Dublin 8<br>CSV Engineer - contract</p></body></html>",
    ),
    m(
        "80235",
        "2025-11-10 18:30",
        "Indeed <alert@indeed.com>",
        "Validation Engineer jobs in Cork",
        J("alert", "indeed"),
        html="<html><body><p>New jobs for you: Validation Engineer - Cork</p><p>Validation Engineer II - Halloran Pharma - Little Island<br>CQV Lead - Slaney Biotech - Ringaskiddy</p></body></html>",
    ),
    m(
        "80236",
        "2025-09-21 09:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201cquality assurance specialist\u201d: Inishfree Pharma - QA Officer and more",
        J("alert", "linkedin"),
        html="<html><body><p>Your job alert for <b>quality assurance specialist</b> in Ireland</p><p>QA Officer - Inishfree Pharma - Swords (Actively recruiting)<br>Quality Compliance Manager - Aranmore Health - Dublin (Hybrid)<br>Quality Lead - Kestrel Therapeutics - Dublin</p></body></html>",
    ),
    m(
        "80237",
        "2025-10-19 09:10",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "30+ new jobs for \u201cvalidation specialist\u201d",
        J("alert", "linkedin"),
        html="<html><body><p>Validation Specialist (Upstream) - Corrib Biologics - Galway<br>Computer Systems Validation Lead - Pelorus Pharma - Clonmel<br>See all jobs</p></body></html>",
    ),
    m(
        "80238",
        "2025-12-07 09:11",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs similar to QA Specialist at Suir Valley Biologics",
        J("alert", "linkedin"),
        html="<html><body><p>Jobs similar to QA Specialist</p><p>QA Specialist II - Derrynane Pharmaceuticals<br>Quality Engineer - Loughlin Devices</p></body></html>",
    ),
    m(
        "80239",
        "2025-09-26 17:00",
        "publicjobs <noreply@publicjobs.ie>",
        "New jobs matching your job alert",
        J("alert", "other"),
        "Dear Clodagh,\n\nThe following new competitions match your job alert 'Scientific / Quality':\n\n- Scientific Officer (Quality Systems), National Laboratory Standards Office - closing 09/10/2025\n- Inspector (GMP), medicines regulator - closing 16/10/2025\n\nLog in to publicjobs to view details and apply.\n\npublicjobs",
    ),
    m(
        "80240",
        "2025-11-28 17:00",
        "publicjobs <noreply@publicjobs.ie>",
        "New jobs matching your job alert",
        J("alert", "other"),
        "Dear Clodagh,\n\nThe following new competitions match your job alert 'Scientific / Quality':\n\n- Higher Scientific Officer, state laboratory - closing 12/12/2025\n\npublicjobs",
    ),
    m(
        "80241",
        "2025-10-02 08:15",
        "Jobs.ie <alerts@jobs.ie>",
        "Your Jobs.ie alert: Quality (Dublin)",
        J("alert", "other"),
        "New jobs this week:\n\nDocument Control & Quality Specialist - Tallon Medical - Carlow\nQA Technician - food manufacturer - Naas\nQuality Coordinator - Dublin 12\n\nView all at jobs.ie",
    ),
    m(
        "80242",
        "2025-10-26 11:02",
        "Corrib Biologics Ireland Ltd <corribbio@myworkday.com>",
        "Jobs you might be interested in at Corrib Biologics",
        J("alert", "workday", "Corrib Biologics"),
        "Hi Clodagh,\n\nBased on your profile, we thought you'd like these open roles:\n\n- QC Analyst, Microbiology (R-21140)\n- Deviation Investigator (R-21166)\n\nSign in to our Careers site to apply.\n\nTalent Acquisition\nCorrib Biologics Ireland Ltd",
    ),
    # --- incomplete application, talent community -------------------------------------------
    m(
        "80243",
        "2025-10-04 10:00",
        "Glenmore Biopharma Careers <glenmorebio@myworkday.com>",
        "Don't forget to finish your application",
        J("alert", "workday", "Glenmore Biopharma", "Quality Specialist, Aseptic Operations"),
        "Hi Clodagh,\n\nYou started an application for Quality Specialist, Aseptic Operations (R-3391) but haven't submitted it yet. Your progress has been saved - pick up where you left off before the job closes.\n\nGlenmore Biopharma Ireland Ltd Talent Acquisition",
    ),
    m(
        "80244",
        "2025-10-04 09:31",
        "Glenmore Biopharma Careers <glenmorebio@myworkday.com>",
        "Welcome to the Glenmore Biopharma Talent Community",
        J("other_job", "workday", "Glenmore Biopharma"),
        "Hi Clodagh,\n\nThanks for creating a candidate account and joining our Talent Community. We'll send you news and jobs that match your interests. You can update your preferences at any time.\n\nGlenmore Biopharma",
    ),
    m(
        "80245",
        "2025-11-15 13:20",
        "Suir Valley Biologics <no-reply@teamtailor-mail.com>",
        "Welcome to our Talent Community!",
        J("other_job", "teamtailor", "Suir Valley Biologics"),
        html="<html><body><p>Hi Clodagh, you're now part of the Suir Valley Biologics talent community. We'll let you know when roles that match your profile open up.</p></body></html>",
    ),
    # --- outreach ----------------------------------------------------------------------------
    m(
        "80246",
        "2025-09-30 14:02",
        "Ger Phelan via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Clodagh, QA Lead opportunity - medtech Galway",
        J("outreach", "linkedin", None, "QA Lead"),
        "Hi Clodagh,\n\nI'm the internal recruiter for a growing orthopaedic device company in Galway. We're hiring a QA Lead to head up our supplier quality team. Would you be open to a conversation?\n\nGer Phelan\nTalent Partner, Tobar Orthopaedics\n\nReply on LinkedIn",
    ),
    m(
        "80247",
        "2025-11-04 10:47",
        "Aisling Dunne <aisling.dunne@abbeyfieldsearch.ie>",
        "Head of Quality - confidential search",
        J("outreach", "agency", None, "Head of Quality"),
        "Dear Clodagh,\n\nI'm conducting a confidential search on behalf of a Dublin-based CDMO for a Head of Quality. Given your QMS experience, I'd value 15 minutes of your time, even if only to recommend someone in your network.\n\nAisling Dunne\nPartner, Abbeyfield Search",
    ),
    m(
        "80248",
        "2026-01-20 16:14",
        "Eoin Mac Cárthaigh <eoin@lifesciencetalent.ie>",
        "Happy new year + a couple of roles",
        J("outreach", "agency"),
        "Hi Clodagh,\n\nHappy new year! I heard you've started at NDX - congrats. No pressure at all, but I have two Senior QE roles in Galway if anyone in your network is looking. Referral fee of €500 if they're placed.\n\nEoin",
    ),
    m(
        "80249",
        "2026-02-10 09:22",
        "Darragh Quinlan <darragh.quinlan@quaysidecontracts.ie>",
        "CSV contract - 6 months - Dublin 24",
        J("outreach", "agency", None, "CSV Engineer (contract)"),
        "Hi Clodagh,\n\nOn the off chance you're looking at contracting again, I have a 6-month CSV contract in Tallaght, €500/day. Let me know if you know anyone!\n\nDarragh",
    ),
    # --- other job mail ----------------------------------------------------------------------
    m(
        "80250",
        "2025-10-28 10:05",
        "Siobhán Twomey <siobhan.twomey@veritanegroup.com>",
        "Automatic reply: Halloran Pharma - offer",
        J("other_job", "direct", "Halloran Pharma"),
        "Thank you for your email. I am on annual leave returning Wednesday 29 October. For urgent queries please contact talent.ireland@veritanegroup.com.\n\nSiobhán Twomey",
    ),
    m(
        "80251",
        "2025-09-15 16:58",
        "publicjobs <noreply@publicjobs.ie>",
        "publicjobs - verify your email address",
        J("other_job", "other"),
        "Dear Clodagh,\n\nYour verification code is 448 913. Enter this code on publicjobs to complete your account registration.\n\npublicjobs",
    ),
    m(
        "80252",
        "2025-12-05 12:00",
        "Tearmann Clinical <surveys@talent.icims.com>",
        "How was your candidate experience?",
        J("other_job", "icims", "Tearmann Clinical"),
        "Hi Clodagh,\n\nWe'd love your feedback on your recent experience applying to Tearmann Clinical. The survey takes 3 minutes and is anonymous.\n\nTake the survey: https://careers-tearmann.icims.com/survey",
    ),
    m(
        "80253",
        "2025-11-17 08:30",
        "Orla Fitzgerald <ofitzgerald@nualadx.ie>",
        "Reference request - Clodagh Brennan",
        J("other_job", "direct", "Nuala Diagnostics", "CSV Specialist"),
        "Hi Clodagh,\n\nJust to let you know I've emailed both your referees (Fergal Nolan and Dr Susan Grey) this morning. Could you give them a quick heads up?\n\nThanks,\nOrla",
        cc="Fergal Nolan <fergal.nolan@gmail.com>",
    ),
    m(
        "80254",
        "2025-12-15 14:10",
        "Occupational Health Ireland <bookings@ohireland.ie>",
        "Pre-employment medical - Nuala Diagnostics DAC",
        J("other_job", "other", "Nuala Diagnostics"),
        "Dear Clodagh,\n\nYour pre-employment medical on behalf of Nuala Diagnostics DAC is booked for Thursday 18 December at 10:20, Harcourt St clinic.\n\nPlease bring photo ID and your glasses if you wear them.\n\nOHI",
    ),
    m(
        "80255",
        "2025-11-19 10:32",
        "Declan Hurley via LinkedIn <messages-noreply@linkedin.com>",
        "Declan Hurley sent you a message",
        J("other_job", "linkedin", "Halloran Pharma"),
        html="<html><body><p><b>Declan Hurley</b> (Validation Manager at Halloran Pharma)</p><p>\"Clodagh - sorry it didn't work out this time, best of luck with the new job. Let's keep in touch.\"</p><p><a href='https://www.linkedin.com/messaging'>Reply</a></p></body></html>",
    ),
]
