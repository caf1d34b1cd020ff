# ruff: noqa: E501, RUF100
"""Corpus 142, job mail part two (data only): see heldout142.py."""

from __future__ import annotations

from heldout142_jobs import (
    BP,
    BPR,
    BRU,
    DH,
    DHR,
    EB,
    EBR,
    HL,
    HLR,
    KF,
    KFR,
    LU,
    LUR,
    MD,
    MDR,
    OX,
    OXR,
    PB,
    PBR,
    QH,
    QH2,
    QH3,
    SC,
    SCR,
    SD,
    SDR,
    SEEK_FOOT,
    SW,
    SWR,
    W9,
    A,
    J,
    ics,
    m,
    ms,
    reply,
)

HL_FOOT = """
--
Harbourline Mutual Limited ABN 44 087 650 213 trading as Harbourline Health. A not-for-profit health fund.
This is a system-generated email from our recruitment system. Please do not reply.
"""

# --- 9 and 10. Harbourline Health (Harbourline Mutual Limited), SuccessFactors ---------------

HL_MAIL = [
    ms(
        "h5m0",
        "2025-10-01 18:36",
        "Harbourline Careers <system@successfactors.com>",
        "Application received – Clinical Informatics Analyst (Req 3187)",
        A("confirmation", HL, HLR, 9, "other"),
        text="""Dear Declan,

Thank you for applying for the Clinical Informatics Analyst position (Requisition 3187) with Harbourline.

Your application has been successfully submitted. Our Talent team will review your application and will contact you if you are shortlisted for the next stage. You can log in to our careers site at any time to check the status of your application.

Regards,
Talent Acquisition
Harbourline
"""
        + HL_FOOT,
    ),
    ms(
        "h5m1",
        "2025-10-30 12:04",
        "Harbourline Careers <system@successfactors.com>",
        "Your application with Harbourline",
        A("rejection", HL, HLR, 9, "other"),
        text="""Dear Declan,

Thank you for your interest in the Clinical Informatics Analyst role at Harbourline, and for the time you took to apply.

We have now reviewed all applications. While your background is impressive, we have decided not to progress your application further for this position.

We will keep your details on file, and we encourage you to apply for future roles that match your skills and experience.

Kind regards,
Talent Acquisition
Harbourline
"""
        + HL_FOOT,
    ),
    ms(
        "h5m2",
        "2025-12-03 07:58",
        "Harbourline Careers <system@successfactors.com>",
        "Application received – Clinical Informatics Analyst (Req 3342)",
        A("confirmation", HL, HLR, 10, "other"),
        text="""Dear Declan,

Thank you for applying for the Clinical Informatics Analyst position (Requisition 3342) with Harbourline.

Your application has been successfully submitted. Our Talent team will review your application and will contact you if you are shortlisted for the next stage. You can log in to our careers site at any time to check the status of your application.

Regards,
Talent Acquisition
Harbourline
"""
        + HL_FOOT,
    ),
    ms(
        "h5m3",
        "2025-12-16 09:30",
        "SHL Assessments <noreply@shl.com>",
        "Harbourline Health: please complete your online assessment",
        A("assessment", HL, HLR, 10, "other"),
        html="""<div style="font-family:Arial,sans-serif;font-size:14px;max-width:620px">
<p>Dear Declan Ruatapu-Hughes,</p>
<p>As part of your application with <b>Harbourline Health</b>, you are invited to complete the following online assessments:</p>
<ul><li>Verify Interactive - Numerical Reasoning (approx. 18 minutes)</li><li>Occupational Personality Questionnaire (approx. 25 minutes)</li></ul>
<p>Please complete them by <b>Tuesday 23 December 2025, 11:59pm AEDT</b>. We recommend using a laptop or desktop computer and a stable internet connection.</p>
<p><a href="https://candidate.shl.com/start?inv=HLH-3342-77c1b9">Begin assessment</a></p>
<p>If you need adjustments due to a disability or a technical problem, please contact the Harbourline Talent team.</p>
<p style="font-size:11px;color:#888">SHL &middot; This message was sent on behalf of Harbourline Health. &copy; 2025 SHL and/or its affiliates.</p>
</div>""",
    ),
]

# --- 11. Kinfolk Community Services (NDIS), Ethical Jobs -> JobAdder -------------------------

_kf_int = m(
    "f1k1",
    "2025-10-22 15:33",
    "Priscilla Fa'amausili <peopleandculture@kinfolk.example>",
    "Clinical Governance and Practice Lead - interview",
    A("interview", KF, KFR, 11, "direct"),
    text="""Kia ora / Hi Declan,

Thank you for your application for the Clinical Governance and Practice Lead position at Kinfolk.

We'd love to meet you! Would you be available for a video interview over Microsoft Teams on Wednesday 29 October at 1:30pm? The panel will be our CEO, Narelle Brooks, and our Practice Manager, Tevita Lolo. It will run for about 45 minutes.

A heads up that this role requires a current NDIS Worker Screening Check and a Queensland Blue Card (working with children) as some of our participants are under 18. If you don't hold these yet, you can apply now and link Kinfolk as your employer - we're happy to explain how.

Please reply to let me know if the time works.

Warm regards,
Priscilla

Priscilla Fa'amausili
People & Culture Advisor
Kinfolk Community Services Ltd | Registered NDIS Provider 4050012345
We acknowledge the Turrbal and Yugara peoples, Traditional Custodians of the land on which we work.
""",
)

KF_MAIL = [
    m(
        "f1k0",
        "2025-10-10 12:46",
        "Kinfolk Community Services <noreply@jobadder.com>",
        "Thank you for your application",
        A("confirmation", KF, KFR, 11, "other"),
        html="""<p>Dear Declan,</p>
<p>Thank you for your application for the position of <strong>Clinical Governance and Practice Lead</strong>.</p>
<p>We will review your application and be in touch shortly if you are selected for an interview.</p>
<p>Kind regards,<br>People &amp; Culture Team<br>Kinfolk Community Services</p>
<p style="font-size:10px;color:#999">Sent by JobAdder on behalf of Kinfolk Community Services. <a href="https://app.jobadder.com/unsubscribe?c=7b4f21">Unsubscribe</a></p>""",
    ),
    _kf_int,
    m(
        "f1k2",
        "2025-10-25 09:14",
        "Blue Card Services <donotreply@bluecard.qld.gov.au>",
        "Blue card application received - BC-2510-448217",
        J("other_job", "other", KF),
        text="""Application reference: BC-2510-448217

Dear Declan Ruatapu-Hughes

Thank you for your blue card application (paid employment). Your application has been received and linked to the following organisation:

Kinfolk Community Services Ltd

We will now start a check of your national criminal history. Most applications are finalised within 10 business days. You can track your application through the Blue Card Services online portal.

You must not start child-related work until you hold a valid blue card.

Blue Card Services
Department of Justice
This is an automated email. Please do not reply.
""",
    ),
    m(
        "f1k3",
        "2025-11-14 16:02",
        "Priscilla Fa'amausili <peopleandculture@kinfolk.example>",
        "Thank you, Declan",
        A("rejection", KF, KFR, 11, "direct"),
        text="""Hi Declan,

Thanks so much for taking the time to meet Narelle and Tevita, and for sharing your thinking about incident reporting - the panel said it was the most grounded answer they heard.

After a lot of discussion the panel has offered the position to a candidate with extensive NDIS Quality and Safeguards Commission audit experience, which is a big priority for us in the coming year.

We know this isn't the news you were hoping for. Please keep an eye on our website; we'd be delighted to hear from you again.

Warm regards,
Priscilla

Priscilla Fa'amausili
People & Culture Advisor, Kinfolk Community Services Ltd
""",
        **reply(_kf_int),
    ),
]

# --- 12. Calder Hartley Recruitment for Meridian Diagnostics (client named late) -------------

_md_sub = m(
    "c9r1",
    "2025-10-09 16:22",
    "Nikita Brandt <nikita.brandt@calderhartley.example>",
    "Your application - Clinical Informatics Specialist (ref CH-88213)",
    A("confirmation", MD, MDR, 12, "agency"),
    text="""Hi Declan,

Great to chat this morning - thanks for being so open about what you're looking for.

As discussed, I've now submitted your CV and cover note to my client for the Clinical Informatics Specialist role (12 month fixed term, possible extension, $115-125k + super, Bowen Hills / hybrid). They've asked us to keep their name confidential until they shortlist, but I'll let you know as soon as I can.

A reminder that you've given Calder Hartley exclusive rights to represent you for this role, so please don't apply to it directly or through another agency.

Speak soon,
Nikita

Nikita Brandt
Senior Consultant | Healthcare & Life Sciences
Calder Hartley Recruitment
Level 19, 127 Creek Street, Brisbane QLD 4000
M 0421 667 032 | calderhartley.example

Calder Hartley Recruitment Pty Ltd. Privacy Policy: calderhartley.example/privacy. To unsubscribe from job alerts, reply "unsubscribe".
""",
)

_md_int = m(
    "c9r2",
    "2025-10-16 11:05",
    "Nikita Brandt <nikita.brandt@calderhartley.example>",
    "RE: Your application - Clinical Informatics Specialist (ref CH-88213)",
    A("interview", MD, MDR, 12, "agency"),
    text="""Hi Declan,

Good news! I can now tell you the client is Meridian Diagnostics - they'd like to meet you.

Details:
Tuesday 21 October, 3:00pm - 4:00pm
Meridian Diagnostics, 31 Campbell St, Bowen Hills (Level 3 reception, ask for Colette)
Panel: Colette Ashdown (Head of Clinical Systems) and Raj Menon (LIS Manager)

Expect questions about pathology requesting workflows (order comms between hospital EMRs and their LIS) and how you've handled change with medical staff. Have a look at their website, especially the new eOrders rollout.

I've popped it in your calendar. Call me after!

Nikita
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000E43AC59E7C3EDC010000000000000000100000008D19",
        "2025-10-21 15:00",
        "Meridian Diagnostics interview - Declan Ruatapu-Hughes (Calder Hartley)",
        ("Brandt, Nikita", "nikita.brandt@calderhartley.example"),
        style="outlook",
        location="Meridian Diagnostics, 31 Campbell St, Bowen Hills - Level 3",
    ),
    **reply(_md_sub, "<CAJ7w1kR0a8v@mail.gmail.com>"),
)

MD_MAIL = [
    m(
        "c9r0",
        "2025-10-06 13:20",
        "Nikita Brandt via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Clinical Informatics Specialist - Brisbane, 12 month contract",
        J("outreach", "linkedin", None, MDR),
        html="""<table width="100%" style="font-family:-apple-system,system-ui,Segoe UI,sans-serif;font-size:14px"><tr><td>
<p><b>Nikita Brandt</b><br><span style="color:#666">Senior Consultant, Healthcare &amp; Life Sciences at Calder Hartley Recruitment</span></p>
<p>Hi Declan,</p>
<p>I came across your profile and your ieMR superuser background caught my eye. I'm working exclusively on a Clinical Informatics Specialist role for a well-known Brisbane diagnostics provider - 12 month contract with a strong chance of extension, hybrid, around $115-125k + super.</p>
<p>It's a clinician-facing role bridging their lab systems and the hospitals they service. Would you be open to a quick chat this week? Happy to share more detail over the phone.</p>
<p>Cheers,<br>Nikita</p>
<p><a href="https://www.linkedin.com/comm/messaging/thread/2-ZTk0NjY1?trk=eml-inmail">Reply</a> &nbsp; <a href="https://www.linkedin.com/comm/messaging/thread/2-ZTk0NjY1?action=decline">Not interested</a></p>
<p style="color:#999;font-size:11px">This is an InMail sent by a member. You are receiving InMail notification emails. <a href="https://www.linkedin.com/comm/psettings/email">Unsubscribe</a><br>
&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</td></tr></table>""",
    ),
    _md_sub,
    _md_int,
    m(
        "c9r3",
        "2025-11-03 17:48",
        "Nikita Brandt <nikita.brandt@calderhartley.example>",
        "Meridian - feedback",
        A("rejection", MD, MDR, 12, "agency"),
        text="""Hi Declan,

Sorry it's taken a while - I finally pinned Colette down today.

They really liked you (her words: "great clinical credibility, would be brilliant with the doctors") but they've decided to go with a candidate who has hands-on LIS configuration experience, because the eOrders go-live is in February and they need someone who can hit the ground running on the build side.

I know it's frustrating to be so close. I've got a couple of other things in the pipeline that suit your background better - can I give you a call Thursday?

Nikita
""",
        **reply(_md_int, _md_sub["id"]),
    ),
]

# --- 13. Staffwell Health Workforce (labour hire), via Indeed -------------------------------

_sw_call = m(
    "s4w1",
    "2025-11-25 08:37",
    "Dan Whitehouse <dan.w@staffwell.example>",
    "ieMR go-live contract - Gold Coast",
    A("interview", SW, SWR, 13, "agency"),
    text="""Morning Declan,

Thanks for your application through Indeed for the ieMR Go-Live Support Nurse contract.

Bit more info: our client is a large public hospital on the Gold Coast doing an ieMR upgrade in late February. It's a 12 week contract (2 weeks training, 10 weeks floor support incl. some nights over go-live weekend), $72-78/hr + super depending on experience, paid weekly through Staffwell.

Are you free for a 15 min phone screen Thursday? Any time 9-12 works.

If you progress we'll need the usual compliance docs, so worth digging these out now:
- AHPRA registration (we'll check the register)
- Immunisation evidence (Hep B serology, MMR, varicella, dTpa, current flu vax)
- National Police Check (less than 12 months old)
- Blue Card (some wards see under-18s)
- 2 clinical referees incl. one NUM

Cheers,
Dan

Dan Whitehouse
Senior Recruitment Consultant - Nursing & Clinical Systems
Staffwell Health Workforce | Labour hire & locum nursing across QLD
P 07 5555 0190 | M 0403 221 880
""",
)

SW_MAIL = [
    m(
        "s4w0",
        "2025-11-24 21:03",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: ieMR Go-Live Support Nurse",
        A("confirmation", SW, SWR, 13, "indeed"),
        html="""<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif;font-size:14px"><tr><td>
<p><img src="https://www.indeed.com/images/indeed-logo.png" alt="Indeed" width="80"></p>
<h2 style="font-size:20px">Your application has been submitted</h2>
<p><b>ieMR Go-Live Support Nurse</b><br>Staffwell Health Workforce - Gold Coast QLD</p>
<p>Good luck, Declan! The employer will contact you if they'd like to move forward.</p>
<p>Next steps:</p>
<ul><li>Track your application in <a href="https://au.indeed.com/myjobs?from=applyemail">My jobs</a></li><li>Keep an eye on your inbox and phone for messages from the employer</li></ul>
<p style="font-size:11px;color:#767676">Indeed, Level 26, 1 Bligh Street, Sydney NSW 2000<br>
<a href="https://au.indeed.com/legal">Terms</a> &middot; <a href="https://au.indeed.com/legal/privacy">Privacy</a></p>
</td></tr></table>""",
    ),
    _sw_call,
    m(
        "s4w2",
        "2025-12-22 10:15",
        "Dan Whitehouse <dan.w@staffwell.example>",
        "Automatic reply: ieMR go-live contract - Gold Coast",
        J("other_job", "agency", SW, SWR),
        text="""Hi,

Thanks for your email. I'm on leave from Saturday 20 December and will be back on Monday 12 January 2026.

For urgent shift or compliance matters please contact our Gold Coast office on 07 5555 0190 or bookings@staffwell.example.

Merry Christmas!
Dan
""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        **reply("<CAJ7w1kU9d2c@mail.gmail.com>", _sw_call["id"]),
    ),
]

# --- 14. Eastbrook Health, LinkedIn Easy Apply -----------------------------------------------

LI_FOOT = """<p style="color:#999;font-size:11px">You are receiving Job application emails. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail">Unsubscribe</a> &middot; <a href="https://www.linkedin.com/help/linkedin/answer/4788">Help</a><br>
&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085. LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.</p>"""

EB_MAIL = [
    m(
        "e2b0",
        "2025-10-02 22:11",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Declan, your application was sent to Eastbrook Health",
        A("confirmation", EB, EBR, 14, "linkedin"),
        html="""<table width="100%" style="font-family:-apple-system,system-ui,sans-serif;font-size:14px"><tr><td>
<p>Your application was sent to Eastbrook Health</p>
<table style="border:1px solid #ddd;padding:12px"><tr><td><img src="https://media.licdn.com/dms/image/eastbrook_logo.png" width="48" alt="Eastbrook Health"></td>
<td><b><a href="https://www.linkedin.com/comm/jobs/view/4312870551">Clinical Applications Analyst - Epic</a></b><br>Eastbrook Health &middot; Sydney, New South Wales, Australia (Hybrid)<br>Applied on October 2, 2025</td></tr></table>
<p>Now, take these steps to stand out: <a href="https://www.linkedin.com/comm/jobs/tracker/applied">View your applications</a></p>
"""
        + LI_FOOT
        + "</td></tr></table>",
    ),
    m(
        "e2b1",
        "2025-10-09 03:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Eastbrook Health",
        A("viewed", EB, EBR, 14, "linkedin"),
        html="""<table width="100%" style="font-family:-apple-system,system-ui,sans-serif;font-size:14px"><tr><td>
<p>Declan, your application was viewed by <b>Eastbrook Health</b>.</p>
<p><b>Clinical Applications Analyst - Epic</b><br>Eastbrook Health &middot; Sydney, NSW</p>
<p>Applicants who follow up with a message to the hiring team are more likely to hear back. <a href="https://www.linkedin.com/comm/jobs/view/4312870551?trk=eml-viewed">See job</a></p>
"""
        + LI_FOOT
        + "</td></tr></table>",
    ),
]

# --- 15. Stradbroke Day Hospital, Indeed ------------------------------------------------------

SD_MAIL = [
    m(
        "d8s0",
        "2025-09-11 19:50",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Nurse Educator – Clinical Systems",
        A("confirmation", SD, SDR, 15, "indeed"),
        text="""Application submitted

Nurse Educator – Clinical Systems
Stradbroke Day Hospital - Cleveland QLD

The following items were sent to Stradbroke Day Hospital. Good luck!

  * Resume: Declan_Ruatapu-Hughes_CV_2025.pdf
  * Cover letter
  * Answers to 4 employer questions

Next steps
  * The employer or job advertiser may reach out to you about your application.

Track your application: https://au.indeed.com/myjobs

Indeed Pty Ltd, Level 26, 1 Bligh Street, Sydney NSW 2000
""",
    ),
    m(
        "d8s1",
        "2025-10-01 13:27",
        "Stradbroke Day Hospital via Indeed <reply-8b21c7a90e@indeedemail.com>",
        "New message from Stradbroke Day Hospital",
        A("rejection", SD, SDR, 15, "indeed"),
        text="""Stradbroke Day Hospital sent you a message about Nurse Educator – Clinical Systems.

Hi Declan,

Thank you for applying for the Nurse Educator position with Stradbroke Day Hospital. We had a strong field of applicants and have now finalised our shortlist. Unfortunately we won't be progressing your application any further at this time.

We wish you all the best with your job search.

Kind regards,
Louise Matheson
Practice Manager

Reply on Indeed: https://au.indeed.com/conversations/8b21c7a90e

You can reply directly to this email. Indeed will forward your reply to the employer.
""",
    ),
]

# --- 16. Digital Health Standards Agency (Commonwealth, Canberra) -----------------------------

_dh_int = ms(
    "p6d2",
    "2025-11-26 15:40",
    "DHSA Recruitment <recruitment@dhsa.example>",
    "Interview invitation: Clinical Safety Advisor (APS Level 6) - DHSA/2025/187",
    A("interview", DH, DHR, 16, "direct"),
    text="""OFFICIAL

Dear Declan

Congratulations - following the work sample assessment you have been shortlisted for interview for the Clinical Safety Advisor (APS Level 6) role, vacancy DHSA/2025/187.

Date: Wednesday 3 December 2025
Time: 10:00am - 10:45am AEDT (9:00am - 9:45am Queensland time)
Format: Microsoft Teams (link in the meeting invitation)

Panel:
- Dr Helena Vukovic, Director, Clinical Safety Branch (Chair)
- Mr Kieran O'Loughlin, Assistant Director, Standards and Conformance
- Ms Amira Haddad, Senior Clinical Advisor (independent member)

The interview will include behavioural questions aligned with the Integrated Leadership System (ILS) at the APS 6 level and a short discussion of your work sample. Please have photo ID ready to show the panel at the start.

Please reply to confirm your attendance and let us know if you require any adjustments.

Kind regards

Recruitment Team
People Branch | Digital Health Standards Agency
Canberra ACT

OFFICIAL
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A5E71C0B4A5EDC0100000000000000001000000077D4",
        "2025-12-03 10:00",
        "Interview - Clinical Safety Advisor APS6 (DHSA/2025/187) - D Ruatapu-Hughes",
        ("DHSA Recruitment", "recruitment@dhsa.example"),
        style="outlook",
        zone="sydney",
        minutes=45,
        location="Microsoft Teams Meeting",
    ),
)

DH_MAIL = [
    ms(
        "p6d0",
        "2025-10-10 16:55",
        "DHSA Recruitment <recruitment@dhsa.example>",
        "Application received: Clinical Safety Advisor (APS Level 6) - DHSA/2025/187",
        A("confirmation", DH, DHR, 16, "direct"),
        text="""OFFICIAL

Dear Declan Ruatapu-Hughes

Thank you for your application for the position of Clinical Safety Advisor (APS Level 6), vacancy reference DHSA/2025/187, advertised on APSJobs on 29 September 2025.

This email confirms that your application was received before the closing date. The selection panel will assess all applications against the selection criteria and the requirements of the role. We anticipate that shortlisted applicants will be contacted in early November.

Please note that this position requires the occupant to obtain and maintain a Baseline security clearance, and that Australian citizenship is a condition of engagement.

Regards

Recruitment Team
People Branch | Digital Health Standards Agency

The Digital Health Standards Agency acknowledges the Traditional Custodians of Country throughout Australia.

OFFICIAL
""",
    ),
    ms(
        "p6d1",
        "2025-11-10 12:20",
        "DHSA Recruitment <recruitment@dhsa.example>",
        "DHSA/2025/187 - Stage 2: work sample test",
        A("assessment", DH, DHR, 16, "direct"),
        text="""OFFICIAL

Dear Declan

Thank you for your application for the Clinical Safety Advisor (APS Level 6) position. We are pleased to advise that you have progressed to Stage 2 of the selection process.

Stage 2 is an online work sample test. You will be given a de-identified clinical incident involving a digital health system and asked to prepare a brief clinical safety risk assessment (maximum 800 words). You will have 90 minutes to complete the task once started.

The test will be available from 9:00am AEDT Wednesday 12 November until 5:00pm AEDT Friday 14 November 2025.

Link: https://dhsa-recruit.example/worksample/DHSA-2025-187?cand=55190
Access code: 7R4-QM2

If you require reasonable adjustments, please contact us before Wednesday.

Regards

Recruitment Team
Digital Health Standards Agency

OFFICIAL
""",
    ),
    _dh_int,
    ms(
        "p6d3",
        "2026-01-29 11:08",
        "DHSA Recruitment <recruitment@dhsa.example>",
        "Outcome of selection process - DHSA/2025/187",
        A("rejection", DH, DHR, 16, "direct"),
        text="""OFFICIAL

Dear Declan

Thank you for your participation in the selection process for the Clinical Safety Advisor (APS Level 6) position, DHSA/2025/187.

The selection process has now concluded. While you were not selected for the current vacancy, the panel assessed you as suitable for the role and you have been placed in a merit pool. The merit pool will remain valid for 18 months from the date the vacancy was advertised in the APS Gazette.

During this period, you may be contacted and offered a position at the Digital Health Standards Agency, or at another APS agency, should a similar vacancy arise. Being placed in a merit pool does not guarantee an offer of employment.

If you would like feedback, please contact the panel chair, Dr Helena Vukovic, via recruitment@dhsa.example.

Thank you for your interest in working at the Agency.

Regards

Recruitment Team
People Branch | Digital Health Standards Agency

OFFICIAL
""",
    ),
]

# --- 17. Burleigh Private Hospital, LiveHire ---------------------------------------------------

BP_MAIL = [
    m(
        "l3p0",
        "2025-09-18 12:09",
        "Burleigh Private Hospital <noreply@livehire.com>",
        "Application received: Clinical Nurse – Digital Transformation",
        A("confirmation", BP, BPR, 17, "other"),
        html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;max-width:600px">
<p>Hi Declan,</p>
<p>Thanks for applying for <b>Clinical Nurse – Digital Transformation</b> (Burleigh Heads, Permanent Full Time). Your application is now with the Burleigh Private Hospital recruitment team.</p>
<p>You can track where your application is up to in your LiveHire profile, and update your availability at any time.</p>
<p><a href="https://www.livehire.com/talent/burleighprivate/applications">View application</a></p>
<p>Good luck!<br>Burleigh Private Hospital Talent Team</p>
<p style="font-size:11px;color:#9aa">Sent with LiveHire &middot; <a href="https://www.livehire.com/privacy">Privacy</a></p>
</div>""",
    ),
    m(
        "l3p1",
        "2025-10-15 15:51",
        "Burleigh Private Hospital <noreply@livehire.com>",
        "Update regarding your application",
        A("rejection", BP, BPR, 17, "other"),
        html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;max-width:600px">
<p>Hi Declan,</p>
<p>Thank you for your interest in joining Burleigh Private Hospital and for the effort you put into your application for Clinical Nurse – Digital Transformation.</p>
<p>We were impressed by your experience. However, after careful consideration we have decided to proceed with other applicants whose experience more closely aligns with the needs of the role at this time.</p>
<p>We'd love to stay connected - you'll remain in our talent community and we'll let you know about roles that match your profile.</p>
<p>Kind regards,<br>Burleigh Private Hospital Talent Team</p>
<p style="font-size:11px;color:#9aa">Sent with LiveHire</p>
</div>""",
    ),
]

# --- 18. Lumina Health Partners (small Cerner consultancy), SEEK -------------------------------

LU_MAIL = [
    m(
        "n7l0",
        "2025-11-03 21:32",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was sent to Lumina Health Partners",
        A("confirmation", LU, LUR, 18, "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2 style="font-size:22px">Application sent</h2>
<p>Hi Declan, your application has been sent to the employer.</p>
<p><b>EMR Trainer – Cerner (6 month contract)</b><br>Lumina Health Partners<br>Brisbane QLD &middot; Contract/Temp<br><span style="color:#6b7280">Applied 3 November 2025</span></p>
<p><a href="https://click.s.seek.com.au/?qs=c0ffee12&amp;u=applied-jobs">View your applied jobs</a></p>
</td></tr></table>
"""
        + SEEK_FOOT
        + "</body></html>",
    ),
    m(
        "n7l1",
        "2025-11-05 08:06",
        "SEEK <noreply@s.seek.com.au>",
        "Lumina Health Partners viewed your application",
        A("viewed", LU, LUR, 18, "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<p>Hi Declan,</p>
<p><b>Lumina Health Partners</b> has viewed your application for <b>EMR Trainer – Cerner (6 month contract)</b>.</p>
<p><a href="https://click.s.seek.com.au/?qs=c0ffee13&amp;u=applied-jobs%2Fstatus">See application status</a></p>
</td></tr></table>
"""
        + SEEK_FOOT
        + "</body></html>",
    ),
    m(
        "n7l2",
        "2025-11-07 18:54",
        "Craig Dunstan <craig.dunstan.lhp@gmail.com>",
        "EMR trainer role",
        A("interview", LU, LUR, 18, "direct"),
        text="""G'day Declan,

Craig from Lumina here - we're a tiny outfit so excuse the gmail, the website is a work in progress!

Saw your application on SEEK for the Cerner trainer gig. Your superuser background is exactly what the client is after. Have you got 30 mins for a call on Monday arvo? 4pm suit? I'll ring your mobile.

It's a 6 month contract starting Feb, mostly classroom + at-the-elbow training for nursing and allied health. Day rate negotiable.

Cheers
Craig Dunstan
Director, Lumina Health Partners
0419 552 784

Sent from my iPhone
""",
    ),
]

# --- 19. Oxley Community Health, SEEK (ghosted) -----------------------------------------------

OX_MAIL = [
    m(
        "x5o0",
        "2025-12-02 06:58",
        "Declan Ruatapu-Hughes <dec_rh87@hotmail.com>",
        "Fw: Your application was sent to Oxley Community Health",
        A("confirmation", OX, OXR, 19, "other"),
        text="""note to self - applied from the old hotmail SEEK account by mistake. Update SEEK email!!



________________________________
From: SEEK <noreply@s.seek.com.au>
Sent: Monday, 1 December 2025 8:47 PM
To: dec_rh87@hotmail.com <dec_rh87@hotmail.com>
Subject: Your application was sent to Oxley Community Health

Application sent

Hi Declan, your application has been sent to the employer.

Health Information Systems Officer
Oxley Community Health Ltd
Oxley, Brisbane QLD · Full time
Applied 1 December 2025

What happens next?
The employer will review your application. If they'd like to move forward, they'll contact you directly. We'll let you know if your application is viewed.

View your applied jobs<https://click.s.seek.com.au/?qs=ab12cd&u=applied-jobs>

You're receiving this email because you applied for a job on SEEK.
SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121, Australia
""",
    ),
]

# --- 20. Paperbark Software, direct (founder on Gmail) ----------------------------------------

_pb_ack = m(
    "b0p0",
    "2025-12-05 07:12",
    "Ruby Achterberg <ruby.achterberg@gmail.com>",
    "Re: Clinical Product Owner - Declan (via Hamish)",
    A("confirmation", PB, PBR, 20, "direct"),
    text="""Hi Declan,

Thanks for sending your CV through - Hamish speaks very highly of you (and warned me you'd out-talk me on barcode medication administration).

I'll have a proper read over the weekend and come back to you early next week about a chat. For context, Paperbark is 11 people building practice software for GPs and we're hiring our first clinical product owner, so it's a bit of a "make the role your own" situation.

Ruby

On Thu, 4 Dec 2025 at 21:30, Declan Ruatapu-Hughes <declan.ruatapuhughes@gmail.com> wrote:
> Hi Ruby,
>
> Hamish Tully suggested I get in touch about the Clinical Product Owner role at Paperbark. I'm an RN at a Brisbane public hospital and have spent the last three years as an ieMR superuser and clinical lead for our ward's medication module upgrade. I've attached my CV and a short cover letter.
>
> Would love to hear more about the role.
>
> Cheers,
> Declan
""",
    **reply("<CAJ7w1kPb77e@mail.gmail.com>"),
)

_pb_int = m(
    "b0p1",
    "2025-12-09 12:30",
    "Ruby Achterberg <ruby.achterberg@gmail.com>",
    "Re: Clinical Product Owner - Declan (via Hamish)",
    A("interview", PB, PBR, 20, "direct"),
    text="""Hey Declan - want to grab a coffee Thursday (11th) at 8am? Blackstar in West End. My cofounder Sione might join for the second half. Nothing to prepare, just come with questions.

R

On Fri, 5 Dec 2025 at 07:12, Ruby Achterberg <ruby.achterberg@gmail.com> wrote:
> Hi Declan,
>
> Thanks for sending your CV through - Hamish speaks very highly of you
[...]
""",
    **reply(_pb_ack, "<CAJ7w1kPb77e@mail.gmail.com>"),
)

PB_MAIL = [
    _pb_ack,
    _pb_int,
    m(
        "b0p2",
        "2025-12-19 16:44",
        "Ruby Achterberg <ruby.achterberg@gmail.com>",
        "Re: Clinical Product Owner - Declan (via Hamish)",
        A("rejection", PB, PBR, 20, "direct"),
        text="""Hi Declan,

Really enjoyed our coffee, and thanks for the follow-up notes. Honest answer: Sione and I have decided to go with someone who's already been a product owner at a health software company - with the team this small we can't afford much ramp-up time.

That was a genuinely hard call. If you're keen, I'd love to have you on our clinical advisory group (paid, a few hours a month) - no pressure.

Merry Christmas,
Ruby
""",
        **reply(_pb_int, "<CAJ7w1kPb77e@mail.gmail.com>", _pb_ack["id"]),
    ),
]

# --- 21. Queensland Health (Coomera Coast HHS): Nurse Educator, Smart Jobs --------------------

QH2_MAIL = [
    m(
        "k4w0",
        "2026-01-08 22:15",
        "Smart Jobs and Careers <noreply@smartjobs.qld.gov.au>",
        "Application acknowledgement - QLD/CCHHS652288",
        A("confirmation", QH, QH2, 21, "other"),
        text="""Dear Declan Ruatapu-Hughes

Thank you for your application for the following position with the Queensland Government:

Job Ref:        QLD/CCHHS652288
Position:       Nurse Educator - Digital Health
Classification: Nurse Grade 6 (NG6)
Organisation:   Coomera Coast Hospital and Health Service
Location:       Southport
Closing date:   Monday, 19 January 2026

Your application has been received and will be forwarded to the selection panel after the closing date. You can check the status of your application at any time by logging in to My SmartJob.

Please keep this email as confirmation of your submission.

For enquiries about this vacancy please contact the person named in the job advertisement. Please do not reply to this email as this mailbox is not monitored.

Regards

Smart Jobs and Careers
Queensland Government
https://smartjobs.qld.gov.au
""",
    ),
]

# --- 22. St Clement's Health, Workday tenant "sch" ----------------------------------------------

SC_MAIL = [
    m(
        "c2s0",
        "2025-11-28 18:00",
        "St Clement's Health <sch@myworkday.com>",
        "Don't forget to finish your application",
        J("alert", "workday", SC, SCR),
        text="""Hi Declan,

You started an application for Clinical Informatics Educator (JR-10982) but haven't submitted it yet.

Applications close on Sunday 7 December 2025. Pick up where you left off:
https://sch.wd105.myworkdayjobs.com/en-US/StClementsCareers/job/Clinical-Informatics-Educator_JR-10982/apply

St Clement's Health Careers
A Catholic health care ministry caring for Queenslanders since 1908
""",
    ),
    m(
        "c2s1",
        "2025-12-06 23:12",
        "St Clement's Health <sch@myworkday.com>",
        "Application received: Clinical Informatics Educator",
        A("confirmation", SC, SCR, 22, "workday"),
        text="""Dear Declan,

Thank you for applying for the Clinical Informatics Educator position (JR-10982) with St Clement's Health.

We have received your application and will be in touch once the recruitment team has reviewed applications. You can view the status of your application in your Candidate Home account.

Kind regards,
People & Culture
St Clement's Health Ltd
""",
    ),
    m(
        "c2s2",
        "2026-01-14 09:47",
        "St Clement's Health <sch@myworkday.com>",
        "Thank you for your interest in St Clement's Health",
        A("rejection", SC, SCR, 22, "workday"),
        text="""Dear Declan,

Thank you for your recent application for the Clinical Informatics Educator position.

We have now completed shortlisting, and regret to inform you that your application has not been progressed further. This was a competitive process with many high quality applicants.

We encourage you to visit our careers page regularly and wish you all the best in your career.

Kind regards,
People & Culture
St Clement's Health Ltd
""",
    ),
]

# --- alerts, outreach and other job mail ---------------------------------------------------------

ALERTS = [
    m(
        "z1a0",
        "2025-09-03 06:30",
        "SEEK Job Mail <jobmail@s.seek.com.au>",
        "6 new jobs for clinical informatics in All Brisbane QLD",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center"><tr><td>
<p>Hi Declan, here are new jobs matching your saved search <b>clinical informatics</b> in <b>All Brisbane QLD</b>.</p>
<p><a href="https://click.s.seek.com.au/?qs=j1">Clinical Informatics Nurse</a><br>Riverbend Private Hospital &middot; Kangaroo Point &middot; Part time</p>
<p><a href="https://click.s.seek.com.au/?qs=j2">Clinical Systems Analyst - Pathology</a><br>Private Advertiser &middot; Bowen Hills &middot; Contract/Temp</p>
<p><a href="https://click.s.seek.com.au/?qs=j3">Digital Health Project Officer</a><br>Northside Primary Care Network &middot; Lutwyche</p>
<p><a href="https://click.s.seek.com.au/?qs=j4">EMR Training Coordinator</a><br>Calder Hartley Recruitment &middot; Brisbane CBD</p>
<p><a href="https://click.s.seek.com.au/?qs=j5">Clinical Informatics Analyst</a><br>Harbourline Health &middot; Brisbane / Sydney</p>
<p><a href="https://click.s.seek.com.au/?qs=j6">Nurse Educator - Clinical Systems</a><br>Stradbroke Day Hospital &middot; Cleveland</p>
<p><a href="https://click.s.seek.com.au/?qs=all">See all jobs</a></p>
</td></tr></table>
<p style="font-size:11px;color:#6b7280">You're receiving this because you saved a search on SEEK. <a href="https://click.s.seek.com.au/?qs=unsub">Unsubscribe from this alert</a></p>
</body></html>""",
    ),
    m(
        "z1a1",
        "2025-09-16 18:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“clinical informatics”: Tidewell Health - Clinical Implementation Consultant and more",
        J("alert", "linkedin"),
        html="""<table width="100%" style="font-family:-apple-system,system-ui,sans-serif;font-size:14px"><tr><td>
<p>Your job alert for <b>clinical informatics</b> in <b>Greater Brisbane Area</b></p>
<p>8 new jobs match your preferences.</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4298010011">Clinical Implementation Consultant</a><br>Tidewell Health &middot; Brisbane (Hybrid) &middot; Actively recruiting</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4298010012">Senior Consultant - Digital Health</a><br>Ashgrove Kemp &middot; Brisbane City &middot; 2 connections work here</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4298010013">Clinical Informatics Lead</a><br>Northern Rivers Health Alliance &middot; Lismore, NSW</p>
<p><a href="https://www.linkedin.com/comm/jobs/search?alertId=88112">See all jobs</a></p>
<p style="color:#999;font-size:11px">You are receiving Job Alert emails. <a href="https://www.linkedin.com/comm/jobs/alerts">Manage job alerts</a> &middot; <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a><br>&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</td></tr></table>""",
    ),
    m(
        "z1a2",
        "2025-09-29 05:00",
        "APSJobs <noreply@apsjobs.gov.au>",
        "APSJobs notification: 4 jobs match your saved search",
        J("alert", "other"),
        text="""APSJobs - Australian Public Service jobs

Hello Declan,

The following jobs match your saved search "clinical OR digital health" (Location: ACT, QLD, Remote):

1. Clinical Safety Advisor - APS Level 6
   Digital Health Standards Agency - Canberra ACT / Brisbane QLD (flexible)
   Closes: 12/10/2025 11:30pm AEDT
   https://www.apsjobs.gov.au/s/job-details?jobId=a0R9s00000187

2. Senior Clinical Advisor - Executive Level 1
   Commonwealth Office of the Chief Nurse - Canberra ACT
   Closes: 08/10/2025

3. Assistant Director, Digital Health Policy - EL1
   National Patient Safety Council - Sydney NSW
   Closes: 13/10/2025

4. Health Data Analyst - APS 5
   Australian Health Data Bureau - Canberra ACT
   Closes: 06/10/2025

Manage your saved searches: https://www.apsjobs.gov.au/s/my-searches

This is an automated message from APSJobs, the official jobs site of the Australian Public Service.
""",
    ),
    m(
        "z1a3",
        "2025-10-08 07:15",
        "EthicalJobs.com.au <alerts@ethicaljobs.com.au>",
        "Your daily EthicalJobs alert: Health & Community Services",
        J("alert", "other"),
        html="""<div style="font-family:Georgia,serif;max-width:600px;font-size:15px">
<p>Good morning Declan! Here are today's new jobs matching your alert <i>Health / Disability / Brisbane</i>.</p>
<p><b><a href="https://www.ethicaljobs.com.au/members/kinfolk/clinical-governance-and-practice-lead">Clinical Governance and Practice Lead</a></b><br>Kinfolk Community Services &middot; Brisbane North &middot; Full time, ongoing</p>
<p><b><a href="https://www.ethicaljobs.com.au/members/micah/community-nurse">Community Nurse - Homelessness Outreach</a></b><br>Inala Street Health Collective &middot; Inala</p>
<p><b><a href="https://www.ethicaljobs.com.au/members/headway/practice-lead">Positive Behaviour Support Practice Lead</a></b><br>Headway Disability Support &middot; Ipswich</p>
<p style="font-size:12px;color:#777">EthicalJobs.com.au - jobs with heart. Change your alerts or unsubscribe in <a href="https://www.ethicaljobs.com.au/account/alerts">My Account</a>.</p>
</div>""",
    ),
    m(
        "z1a4",
        "2025-10-16 09:00",
        "Burleigh Private Hospital <noreply@livehire.com>",
        "You're part of the Burleigh Private Hospital Talent Community",
        J("alert", "other", BP),
        html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;max-width:600px">
<p>Hi Declan,</p>
<p>Welcome to the Burleigh Private Hospital Talent Community! Being connected means our recruiters can see your profile and reach out when a role matches your skills - often before it's advertised.</p>
<p>Keep your profile up to date, especially your availability and preferred locations.</p>
<p><a href="https://www.livehire.com/talent/burleighprivate/profile">Update my profile</a></p>
<p>Burleigh Private Hospital &middot; Part of Southern Cross Day Health</p>
<p style="font-size:11px;color:#9aa">Sent with LiveHire &middot; <a href="https://www.livehire.com/unsubscribe">Leave talent community</a></p>
</div>""",
    ),
    m(
        "z1a5",
        "2025-10-22 19:35",
        "Indeed <alert@indeed.com>",
        "Nurse Educator jobs in Brisbane QLD",
        J("alert", "indeed"),
        html="""<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif;font-size:14px"><tr><td>
<p><b>12 new jobs</b> for Nurse Educator in Brisbane QLD</p>
<p><a href="https://au.indeed.com/rc/clk?jk=6f1a2b">Clinical Nurse Educator - Digital Systems</a><br>Mansfield Private Hospital &middot; Mansfield QLD &middot; $105,000 - $118,000 a year<br><span style="color:#2d7d46">Easily apply</span></p>
<p><a href="https://au.indeed.com/rc/clk?jk=6f1a2c">Nurse Educator - Perioperative</a><br>Brisbane Surgical Centre &middot; Spring Hill QLD</p>
<p><a href="https://au.indeed.com/rc/clk?jk=6f1a2d">Aged Care Clinical Educator</a><br>Bluegum Aged Care &middot; Chermside QLD</p>
<p><a href="https://au.indeed.com/jobs?q=Nurse+Educator&amp;l=Brisbane+QLD&amp;fromage=1">See all new jobs</a></p>
<p style="font-size:11px;color:#767676">You're receiving this job alert because you signed up on Indeed. <a href="https://au.indeed.com/alert/unsubscribe">Unsubscribe</a><br>Indeed, Level 26, 1 Bligh Street, Sydney NSW 2000</p>
</td></tr></table>""",
    ),
    m(
        "z1a6",
        "2025-10-27 12:00",
        "Calder Hartley Recruitment <jobs@calderhartley.example>",
        "Hot jobs this week - Healthcare & Life Sciences QLD",
        J("alert", "agency"),
        html="""<div style="font-family:Arial,sans-serif;max-width:600px">
<h2 style="color:#0b3b5c">Hot jobs this week</h2>
<p>Hi Declan, here's what our Healthcare &amp; Life Sciences team is recruiting for right now:</p>
<ul>
<li><b>Clinical Systems Trainer</b> - Brisbane Northside - 6 month contract</li>
<li><b>Nurse Unit Manager - Day Surgery</b> - Gold Coast - permanent</li>
<li><b>Health Informatics Business Analyst</b> - Brisbane CBD - $130k + super</li>
<li><b>Quality &amp; Accreditation Coordinator</b> - Toowoomba - permanent</li>
</ul>
<p><a href="https://calderhartley.example/jobs?sector=healthcare&amp;utm_campaign=hotjobs">Browse all jobs</a></p>
<p style="font-size:11px;color:#888">Calder Hartley Recruitment Pty Ltd, Level 19, 127 Creek Street, Brisbane QLD 4000. <a href="https://calderhartley.example/unsubscribe">Unsubscribe</a></p>
</div>""",
    ),
    m(
        "z1a7",
        "2025-11-12 04:45",
        "Smart Jobs and Careers <noreply@smartjobs.qld.gov.au>",
        "Smart Jobs job alert - 3 new jobs",
        J("alert", "other"),
        text="""Dear Declan Ruatapu-Hughes

The following jobs have been advertised that match your job alert "Nursing - digital/informatics - SEQ":

QLD/BNHHS655012  Clinical Nurse - Digital Health Rollout (NG6)  Brisbane Northside Hospital and Health Service  Chermside  Closes 24/11/2025
QLD/QH-DHD655190  Senior Clinical Informatics Advisor (HP5)  Queensland Health Digital Health Division  Brisbane City  Closes 26/11/2025
QLD/GRHHS655307  Nurse Educator - Clinical Systems (NG6)  Granite Range Hospital and Health Service  Toowoomba  Closes 27/11/2025

To view these jobs log in to Smart Jobs and Careers: https://smartjobs.qld.gov.au

To change or delete this alert, go to My SmartJob > My Job Alerts.

Smart Jobs and Careers
Queensland Government
""",
    ),
    m(
        "z1a8",
        "2025-11-18 06:31",
        "SEEK Job Mail <jobmail@s.seek.com.au>",
        "New job for clinical informatics: Clinical Product Specialist at Ward9",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center"><tr><td>
<p>Hi Declan, a new job matches your saved search <b>clinical informatics</b> in <b>Australia - Work from home</b>.</p>
<p><a href="https://click.s.seek.com.au/?qs=k1">Clinical Product Specialist</a><br>Ward9 &middot; Remote (Australia) &middot; Full time<br>Help us build the bedside layer for hospital EMRs. Nursing background essential.</p>
<p><a href="https://click.s.seek.com.au/?qs=k2">Clinical Safety Officer</a><br>Tidewell Health &middot; Remote (Australia)</p>
<p><a href="https://click.s.seek.com.au/?qs=all2">See all jobs</a></p>
</td></tr></table>
<p style="font-size:11px;color:#6b7280">You're receiving this because you saved a search on SEEK. <a href="https://click.s.seek.com.au/?qs=unsub">Unsubscribe from this alert</a></p>
</body></html>""",
    ),
    m(
        "z1a9",
        "2025-11-21 10:10",
        "Brisbane Riverside University <no-reply@pageuppeople.com>",
        "Job alert: new vacancies at BRU",
        J("alert", "other", BRU),
        text="""Dear Declan

New positions matching your job alert (Academic - Health) have been posted:

- Associate Lecturer, Paramedicine (Job No. 512401) - South Bank - closes 7 December 2025
- Senior Lecturer, Health Informatics (Job No. 512417) - South Bank - closes 10 December 2025

View the positions and apply at https://careers.bru.edu.example/cw/en/listing/

To unsubscribe from job alerts, log in to your profile and select "Job alerts".

People and Culture
Brisbane Riverside University
""",
    ),
    m(
        "z1b0",
        "2025-12-02 19:20",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Ward9 is hiring: 3 new jobs",
        J("alert", "linkedin", W9),
        html="""<table width="100%" style="font-family:-apple-system,system-ui,sans-serif;font-size:14px"><tr><td>
<p>Declan, Ward9 - a company you follow - has posted new jobs.</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4330010901">Senior Backend Engineer</a> &middot; Sydney (Hybrid)</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4330010902">Customer Success Manager - Hospitals</a> &middot; Melbourne (Hybrid)</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4330010903">Clinical Safety Lead</a> &middot; Remote</p>
<p><a href="https://www.linkedin.com/comm/company/ward9/jobs">See all jobs at Ward9</a></p>
<p style="color:#999;font-size:11px">You're receiving company job notification emails. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a><br>&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</td></tr></table>""",
    ),
    m(
        "z1b1",
        "2026-01-06 20:05",
        "Indeed <alert@indeed.com>",
        "Clinical Informatics jobs in Gold Coast QLD",
        J("alert", "indeed"),
        text="""8 new jobs for Clinical Informatics in Gold Coast QLD

Clinical Informatics Nurse
Coomera Private Hospital - Coomera QLD
Responding to the implementation of a new patient administration system...
https://au.indeed.com/rc/clk?jk=90aa11

ieMR Trainer (Temporary)
Coomera Coast Hospital and Health Service - Southport QLD
https://au.indeed.com/rc/clk?jk=90aa12

Digital Health Nurse Educator
Burleigh Private Hospital - Burleigh Heads QLD
https://au.indeed.com/rc/clk?jk=90aa13

See all: https://au.indeed.com/jobs?q=Clinical+Informatics&l=Gold+Coast+QLD

Unsubscribe: https://au.indeed.com/alert/unsubscribe
Indeed, Level 26, 1 Bligh Street, Sydney NSW 2000
""",
    ),
    m(
        "z1b2",
        "2026-01-19 06:28",
        "SEEK Job Mail <jobmail@s.seek.com.au>",
        "4 new jobs for nurse educator in All Brisbane QLD",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center"><tr><td>
<p>Hi Declan, here are new jobs matching your saved search <b>nurse educator</b>.</p>
<p><a href="https://click.s.seek.com.au/?qs=m1">Clinical Nurse Educator - ICU</a><br>St Clement's Health &middot; Spring Hill</p>
<p><a href="https://click.s.seek.com.au/?qs=m2">Nurse Educator - Graduate Program</a><br>Brisbane Surgical Centre &middot; Spring Hill</p>
<p><a href="https://click.s.seek.com.au/?qs=m3">Clinical Educator - Digital Documentation</a><br>Bluegum Aged Care &middot; Chermside</p>
<p><a href="https://click.s.seek.com.au/?qs=m4">Nurse Educator - Renal</a><br>Private Advertiser &middot; Woolloongabba</p>
</td></tr></table>
<p style="font-size:11px;color:#6b7280">You're receiving this because you saved a search on SEEK. <a href="https://click.s.seek.com.au/?qs=unsub">Unsubscribe from this alert</a></p>
</body></html>""",
    ),
    m(
        "z1b3",
        "2026-02-09 18:45",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“nurse informatics”: 5 new jobs in Australia",
        J("alert", "linkedin"),
        text="""Your job alert for nurse informatics in Australia

5 new jobs match your preferences.

Nursing Informatics Officer
Western Sydney Care Network · Westmead, NSW (On-site)
View job: https://www.linkedin.com/comm/jobs/view/4351100201

Clinical Informatics Nurse Specialist
Eastbrook Health · Sydney, NSW (Hybrid)
View job: https://www.linkedin.com/comm/jobs/view/4351100202

Clinical Product Manager
Tidewell Health · Brisbane, QLD (Hybrid)
View job: https://www.linkedin.com/comm/jobs/view/4351100203

See all jobs: https://www.linkedin.com/comm/jobs/search?alertId=88112

You are receiving Job Alert emails.
Manage job alerts: https://www.linkedin.com/comm/jobs/alerts
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
]

OUTREACH = [
    m(
        "o3r0",
        "2025-10-14 10:22",
        "Sophie Nguyen <sophie.nguyen@pacerhealth.example>",
        "Cerner trainer contract - Townsville (FIFO friendly)",
        J("outreach", "agency", None, "Cerner EMR Trainer"),
        text="""Hi Declan,

I hope you don't mind me reaching out - I found your details on SEEK Talent Search.

I'm recruiting for a Cerner EMR Trainer on behalf of a regional health service in North Queensland. It's a 4 month contract from January, Monday-Friday, with flights and accommodation covered if you'd prefer to fly in Monday and out Friday. Rate is $85/hr + super.

If you're interested, or know someone who might be, please give me a call on 0478 310 442 or reply with a good time to chat.

Kind regards,
Sophie Nguyen
Recruitment Consultant | Pacer Health Recruitment
Brisbane · Townsville · Cairns

If you'd prefer not to hear from us, reply STOP and we'll remove your details.
""",
    ),
    m(
        "o3r1",
        "2025-11-20 08:05",
        "Octavia Reyes <octavia@kestrelsearch.example>",
        "Confidential - Nursing Informatics Lead",
        J("outreach", "agency", None, "Nursing Informatics Lead"),
        text="""Dear Declan,

I lead the health practice at Kestrel Executive Search. We've been retained by a major private hospital group in NSW to find its first Nursing Informatics Lead, reporting to the Group Chief Nursing Officer, as it prepares for a group-wide EMR procurement.

Your name came up twice in our research - most recently from someone who heard you speak at the Queensland nursing informatics forum in August.

This is a confidential search, so I can't name the client in writing, but I'd welcome a 20 minute conversation to share more and hear about your plans. Would Monday or Tuesday next week suit?

With best regards,

Octavia Reyes
Partner, Health & Care
Kestrel Executive Search | Sydney · Melbourne · Brisbane
+61 2 8000 4471
""",
    ),
    m(
        "o3r2",
        "2025-12-10 14:48",
        "Georgia Papadakis via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Clinical Success Manager @ Cadence Clinical",
        J("outreach", "linkedin", "Cadence Clinical", "Clinical Success Manager"),
        text="""Georgia Papadakis
Talent Acquisition Lead at Cadence Clinical

Hi Declan!

I'm hiring a Clinical Success Manager at Cadence Clinical - we make nurse rostering and acuity software used in 60+ Aussie hospitals. You'd be the clinical voice for our Queensland and NSW customers: running workshops with NUMs, shaping the product, and getting wards live.

Fully remote, $120-135k + super + bonus. Your ward and superuser experience would be a real asset.

Open to a chat?

Georgia

Reply: https://www.linkedin.com/comm/messaging/thread/2-YzQ4MjE1?trk=eml-inmail

This is an InMail sent by a member. You are receiving InMail notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "o3r3",
        "2026-02-10 15:36",
        "Toni Greaves <Toni.Greaves@health.qld.example>",
        "Temporary Clinical Nurse - ieMR Optimisation (Logan Bayside)",
        J("outreach", "direct", QH, QH3),
        text="""Hi Declan

You may remember me from the CNC Digital Health panel last October. You were assessed as suitable for that role and are still within the 12 month suitability period, so I'm contacting you about a temporary vacancy.

We have a Clinical Nurse - ieMR Optimisation (NG6) position in the Medical Assessment Unit, temporary full time until 30 June 2026 with possible extension. The role focuses on cleaning up our nursing documentation forms and PowerPlans after the upgrade.

If you're interested, could you let me know by Friday? We can appoint from the previous process, so there would be no need to reapply - just a conversation with me and Karleen.

Kind regards
Toni

Toni Greaves
Nurse Unit Manager - Medical Assessment Unit
Logan Bayside Hospital and Health Service
"""
        + """
********************************************************************************
This email, including any attachments sent with it, is confidential and for the sole use of the intended recipient(s).
********************************************************************************
""",
    ),
]

OTHER = [
    m(
        "q9o0",
        "2025-09-08 21:10",
        "Smart Jobs and Careers <noreply@smartjobs.qld.gov.au>",
        "My SmartJob - your password has been changed",
        J("other_job", "other"),
        text="""Dear Declan Ruatapu-Hughes

The password for your My SmartJob account was changed on 08/09/2025 at 9:09pm.

If you made this change, no further action is required. If you did not change your password, please contact 13 QGOV (13 74 68) immediately.

Smart Jobs and Careers
Queensland Government
""",
    ),
    ms(
        "q9o1",
        "2026-01-27 10:00",
        "Ward9 <no-reply@ashbyhq.com>",
        "How was your interview experience with Ward9?",
        J("other_job", "ashby", W9),
        text="""Hi Declan,

You recently went through our interview process. We'd love to hear how it went - good or bad - so we can keep improving. The survey takes about 2 minutes and your answers are anonymous to the interviewers.

https://app.ashbyhq.com/candidate-survey/4e9b7a01

Thanks!
Ward9
""",
    ),
]

MAIL = [
    *HL_MAIL,
    *KF_MAIL,
    *MD_MAIL,
    *SW_MAIL,
    *EB_MAIL,
    *SD_MAIL,
    *DH_MAIL,
    *BP_MAIL,
    *LU_MAIL,
    *OX_MAIL,
    *PB_MAIL,
    *QH2_MAIL,
    *SC_MAIL,
    *ALERTS,
    *OUTREACH,
    *OTHER,
]
