# ruff: noqa: E501, RUF100
"""Corpus 127, job mail part two (data only): see heldout127.py."""

from __future__ import annotations

from typing import Any

from heldout127_jobs import (
    AP,
    APR,
    BG,
    BGR,
    BP,
    BPR,
    BW,
    BWR,
    CL,
    CLR,
    DCH,
    DCHR,
    GV,
    GVR,
    HV,
    IB,
    IBR,
    KH,
    KHR,
    LD,
    LDR,
    NB,
    NBR,
    ON,
    ONR,
    PRS,
    PRSR,
    TT,
    TTR,
    VAH,
    VAHR,
    A,
    J,
    ics,
    m,
    thread,
)

_LI_FOOTER = """
----------------------------------------
This email was intended for Clodagh Moynihan (Regulatory Affairs Specialist at Abbeyfield Generics)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
LinkedIn is a registered business name of LinkedIn Ireland Unlimited Company.
LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn."""

_PRS_COFFEE = m(
    "pr2i",
    "2025-11-13 07:41",
    "Fergal Brennan <fergal.brennan.reg@gmail.com>",
    "Your application – coffee?",
    A("interview", PRS, PRSR, 14, "direct"),
    text="""Hi Clodagh,

Fergal here from Pembroke Regulatory Services – thanks for applying through Jobs.ie. We're a small
outfit (five of us, all ex-industry) doing regulatory strategy, MAAs and lifecycle work for
Irish and UK SMEs, and your generics background is exactly the bread and butter of what we do.

Rather than a formal interview, would you be up for a coffee and a chat? I'm in town most days –
how about Wednesday 19th at 8am in Bewley's on Grafton Street, before your work day starts?

Cheers,
Fergal

Sent from my iPhone
""",
)

_PRS_SECOND = m(
    "pr3i",
    "2025-11-21 18:26",
    "Fergal Brennan <fergal.brennan.reg@gmail.com>",
    "Re: Your application – coffee?",
    A("interview", PRS, PRSR, 14, "direct"),
    text="""Hi Clodagh,

Really enjoyed the chat on Wednesday. Orla (my business partner, who looks after our clinical
and CTA clients) would love to meet you too. I've sent an invite for Monday 1st Dec at 5.30pm at
our office – 14 Upper Pembroke Street, 2nd floor, buzzer says PRS. Won't take more than 45 mins.

Fergal

On Thu, 13 Nov 2025 at 07:41, Fergal Brennan <fergal.brennan.reg@gmail.com> wrote:
> Hi Clodagh,
>
> Fergal here from Pembroke Regulatory Services – thanks for applying through Jobs.ie. [...]
""",
    ics=ics(
        "2vb7o3k1qjc8s0n5f9e1l4hm6p@google.com",
        "2025-12-01 17:30",
        "Clodagh / Orla / Fergal – PRS",
        ("Fergal Brennan", "fergal.brennan.reg@gmail.com"),
        minutes=45,
        location="14 Upper Pembroke Street, Dublin 2",
        attendees=[("Orla Geraghty", "orla@pembrokeregulatory.example")],
    ),
    **thread(_PRS_COFFEE),
)

_IB_ACK = m(
    "ib1c",
    "2025-12-10 22:03",
    "Eoin Kiely <eoin.kiely.cork@outlook.com>",
    "RE: Regulatory Affairs Manager – CV",
    A("confirmation", IB, IBR, 18, "direct"),
    text="""Hi Clodagh,

Thanks a million for sending this on – Sinéad had mentioned you'd be in touch. I'm on the road
with investors until Christmas, but I've read your CV and I'll share it with our Head of CMC
when we're back in January. We're aiming to hire our first dedicated regulatory person in Q1
ahead of our first-in-human CTA, so the timing could be good.

Talk soon,
Eoin

Eoin Kiely
CEO & Co-founder, Innisfallen Biopharma
Rubicon Centre, Bishopstown, Cork

From: Clodagh Moynihan <clodagh.moynihan@gmail.com>
Sent: Wednesday, December 10, 2025 8:15 PM
To: eoin.kiely.cork@outlook.com
Subject: Regulatory Affairs Manager – CV

Hi Eoin,

Sinéad Hegarty gave me your email – I understand Innisfallen is looking for its first regulatory
hire. I've attached my CV; I've been in regulatory affairs at Abbeyfield Generics for five years.

Kind regards,
Clodagh
""",
)

_NB_APPLIED = m(
    "nb1c",
    "2025-11-03 13:19",
    "Northbridge Medtech Talent Acquisition <noreply@talent.icims.com>",
    "Thank you for your application to Northbridge",
    A("confirmation", NB, NBR, 11, "icims"),
    html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear Clodagh,</p>
<p>Thank you for applying for the <b>Senior Regulatory Affairs Specialist</b> position
(Requisition 2025-11873) at our Cork, Mahon facility.</p>
<p>Our recruiting team will review your qualifications and contact you if there is a match. You can
log in to the <a href="https://careers-northbridgemedtech.icims.com/jobs/login">Northbridge careers
portal</a> at any time to review the status of your application.</p>
<p>Thank you for your interest in Northbridge.</p>
<p>Sincerely,<br>Northbridge Medical Technologies Ireland Limited<br>Talent Acquisition</p>
<hr>
<p style="font-size:11px;color:#777">Northbridge is an Equal Opportunity Employer. Registered in
Ireland No. 433921. Registered office: Mahon Industrial Estate, Blackrock, Cork, T12 WY80.</p>
</body></html>""",
)

MAIL: list[dict[str, Any]] = [
    # --- Barrow Generics: LinkedIn Easy Apply, viewed, then nothing ---
    m(
        "bg1c",
        "2025-09-03 12:47",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Clodagh, your application was sent to Barrow Generics",
        A("confirmation", BG, BGR, 9, "linkedin"),
        text=f"""Your application was sent to Barrow Generics

Regulatory Affairs Specialist
Barrow Generics · Grange Castle, County Dublin, Ireland (Hybrid)
Applied on September 3, 2025

View job: https://www.linkedin.com/jobs/view/4301877265/

Now, take these next steps for more success with your job search
* Follow Barrow Generics to stay up to date
* Get notified about new Regulatory Affairs Specialist jobs in Dublin
{_LI_FOOTER}
""",
    ),
    m(
        "bg2v",
        "2025-09-10 15:33",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Barrow Generics",
        A("viewed", BG, BGR, 9, "linkedin"),
        text=f"""Good news, Clodagh!

Your application for Regulatory Affairs Specialist was viewed by Barrow Generics.

Regulatory Affairs Specialist
Barrow Generics · Grange Castle, County Dublin, Ireland (Hybrid)

See job: https://www.linkedin.com/jobs/view/4301877265/

Applicants who follow up with the job poster are more likely to hear back. Premium members can
message the hiring team directly.
{_LI_FOOTER}
""",
    ),
    # --- Keelan Healthcare: Taleo ---
    m(
        "kh1c",
        "2025-09-11 19:58",
        "Keelan Healthcare Careers <no-reply@taleo.net>",
        "Keelan Healthcare - Job Application Acknowledgement",
        A("confirmation", KH, KHR, 10, "taleo"),
        text="""Dear Clodagh Moynihan,

Thank you for your interest in Keelan Healthcare. We confirm receipt of your application for the
position of Regulatory Affairs Specialist II (Job Number 2500123), Little Island, Cork.

Your application will be reviewed by our Talent Acquisition team, and if your qualifications meet
the requirements of the position, we will contact you.

To track the progress of your application, access "My Jobpage" at
https://keelanhc.taleo.net/careersection/ext/mysubmissions.ftl

Sincerely,
Keelan Healthcare Talent Acquisition

This message is sent from an unmonitored mailbox. Keelan Healthcare Ireland Limited, Eastgate
Road, Little Island, Co. Cork.
""",
    ),
    m(
        "kh0p",
        "2025-10-02 20:40",
        "Keelan Healthcare Careers <no-reply@taleo.net>",
        "Password change confirmation",
        J("other_job", "taleo", KH),
        text="""Dear Clodagh Moynihan,

The password for your Keelan Healthcare career section account has been successfully changed.

If you did not make this change, please contact us immediately.

This message is sent from an unmonitored mailbox.
""",
    ),
    m(
        "kh2r",
        "2025-10-15 10:12",
        "Keelan Healthcare Careers <no-reply@taleo.net>",
        "Regulatory Affairs Specialist II - 2500123",
        A("rejection", KH, KHR, 10, "taleo"),
        text="""Dear Clodagh,

Thank you for taking the time to apply for the Regulatory Affairs Specialist II position with
Keelan Healthcare, and for your patience while we reviewed applications.

We received a large number of very strong applications for this role. Having carefully reviewed
your profile, we regret to inform you that we will not be taking your application further at this
time.

We appreciate your interest in Keelan Healthcare and wish you every success in your career.

Kind regards,
Keelan Healthcare Talent Acquisition
""",
    ),
    # --- Northbridge Medtech: iCIMS, HireVue, on-site, rejection ---
    _NB_APPLIED,
    m(
        "nb2h",
        "2025-11-12 09:00",
        "Northbridge Medtech <noreply@hirevue.com>",
        "Next step: your Northbridge on-demand interview",
        A("assessment", NB, NBR, 11, "hirevue"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Clodagh,</p>
<p>Thanks for your interest in the Senior Regulatory Affairs Specialist role at Northbridge.
We'd like to invite you to complete an on-demand video interview, which you can do at a time that
suits you, on a computer or a phone.</p>
<ul><li>5 questions, up to 3 minutes per answer</li>
<li>You will have a practice question first</li>
<li>Please complete it by <b>Wednesday 19 November</b></li></ul>
<p><a href="https://app.hirevue.com/interviews/northbridge/3Qk8zPmD">Start my interview</a></p>
<p>Need help? Visit <a href="https://candidatehelp.hirevue.com">HireVue Candidate Help</a>.</p>
<p>Good luck!<br>Northbridge Talent Acquisition</p>
</body></html>""",
    ),
    m(
        "nb3i",
        "2025-11-26 14:48",
        "Northbridge Medtech Talent Acquisition <noreply@talent.icims.com>",
        "Interview Confirmation – Senior Regulatory Affairs Specialist (2025-11873)",
        A("interview", NB, NBR, 11, "icims"),
        text="""Dear Clodagh,

This email confirms your interview for the Senior Regulatory Affairs Specialist position.

Date: Wednesday, December 3, 2025
Time: 10:30 AM - 1:00 PM (GMT)
Location: Northbridge, Mahon Industrial Estate, Blackrock, Cork, T12 WY80 – please report to
the main reception and bring photo ID. Visitor parking is available in front of Building 2.

You will meet:
  Ruairí Dunne – Director, Regulatory Affairs
  Laura Fitzgibbon – Senior Manager, Regulatory Affairs (EU MDR)
  Sandeep Rao – R&D Program Manager

An agenda and an iCalendar file are attached. If you need to reschedule, please contact
Niamh Forde at niamh.forde@northbridgemedtech.example.

Regards,
Northbridge Talent Acquisition
""",
        ics=ics(
            "icims-2025-11873-int-55127@talent.icims.com",
            "2025-12-03 10:30",
            "On-site interview – Northbridge Cork – Senior Regulatory Affairs Specialist",
            ("Niamh Forde", "niamh.forde@northbridgemedtech.example"),
            minutes=150,
            location="Northbridge, Mahon Industrial Estate, Blackrock, Cork",
        ),
        **thread(_NB_APPLIED),
    ),
    m(
        "nb4r",
        "2025-12-12 16:05",
        "Northbridge Medtech Talent Acquisition <noreply@talent.icims.com>",
        "Your candidacy",
        A("rejection", NB, NBR, 11, "icims"),
        text="""Dear Clodagh,

Thank you for travelling to Cork to meet the team last week. Ruairí and Laura both commented on
how clearly you explained the variation strategy in your case example, and we appreciated your
interest in moving across to the device side.

After much deliberation, we have decided to proceed with a candidate who has more hands-on
experience with EU MDR technical documentation. We know this is not the news you were hoping for.

We would welcome the opportunity to consider you for future openings and will keep your profile
active in our talent pool for 12 months, unless you ask us to remove it.

With best regards,
Niamh Forde
Talent Acquisition, Northbridge Medical Technologies Ireland Limited
""",
    ),
    # --- Vantara Animal Health: Jobvite, then nothing ---
    m(
        "va1c",
        "2025-09-29 18:20",
        "Vantara Animal Health <notification@jobvite.com>",
        "We received your application",
        A("confirmation", VAH, VAHR, 12, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<div style="border-top:4px solid #3a8d3f;padding:16px">
<p>Hi Clodagh,</p>
<p>Thank you for applying for the <strong>Regulatory Affairs Scientist (Veterinary Medicines)</strong>
position in Dublin. We have received your application and our team is reviewing it.</p>
<p>We'll be in touch if your skills and experience are a good match for the role.</p>
<p>Thanks again for your interest in Vantara!</p>
<p>Vantara Animal Health Recruiting</p>
<p style="font-size:11px;color:#999">Powered by Jobvite</p>
</div></body></html>""",
    ),
    # --- Ossory Nutrition: IrishJobs.ie, then HR replies ---
    m(
        "os1c",
        "2025-09-17 08:34",
        "IrishJobs.ie <noreply@irishjobs.ie>",
        "Your application has been sent: Regulatory Affairs Specialist – Infant Nutrition",
        A("confirmation", ON, ONR, 13, "other"),
        html="""<html><body style="font-family:Arial,Helvetica,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<img src="https://www.irishjobs.ie/images/logo.png" alt="IrishJobs.ie" width="160">
<h2 style="color:#0b3d91">Application sent!</h2>
<p>Hi Clodagh,</p>
<p>Your application for <b>Regulatory Affairs Specialist – Infant Nutrition</b> at
<b>Ossory Nutrition</b> (Cork) has been sent. Your CV <i>Clodagh_Moynihan_CV_2025.pdf</i> was
attached.</p>
<p>What happens next? The recruiter will review your application and will contact you directly if
you are shortlisted.</p>
<p><a href="https://www.irishjobs.ie/myirishjobs/applications">View my applications</a></p>
<p style="font-size:11px;color:#888">IrishJobs.ie, part of The StepStone Group. You received this
email because you applied for a job on IrishJobs.ie.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "os2r",
        "2025-10-13 15:02",
        "Ossory Nutrition HR <careers@ossorynutrition.example>",
        "Re: Regulatory Affairs Specialist – Infant Nutrition",
        A("rejection", ON, ONR, 13, "direct"),
        text="""Dear Clodagh,

Many thanks for your recent application for the role of Regulatory Affairs Specialist on our Infant
Nutrition team in Mallow.

We have had a great response to this advertisement and, having reviewed all applications against
the job specification, we will not be progressing your application on this occasion. Our
shortlisted candidates all have direct experience of food and infant formula regulations
(FSAI notifications, Regulation (EU) 2016/127), which is essential for this role.

We will retain your CV on file for six months in line with our data protection policy.

Kind regards,
Bríd Lenihan
HR Generalist
Ossory Nutrition Ltd | Annabella, Mallow, Co. Cork
""",
    ),
    # --- Pembroke Regulatory Services: Jobs.ie, coffee, second chat, no ---
    m(
        "pr1c",
        "2025-11-10 21:12",
        "Jobs.ie <noreply@jobs.ie>",
        "Application sent: Regulatory Affairs Consultant",
        A("confirmation", PRS, PRSR, 14, "other"),
        text="""Hi Clodagh,

Good news – your application for Regulatory Affairs Consultant with Pembroke Regulatory Services
(Dublin 2) has been sent.

The employer will be in touch directly if they would like to move forward with your application.

While you wait, why not check out similar jobs?
- Regulatory Affairs Associate – Dublin 24 – View job
- Regulatory Submissions Coordinator – Dublin 18 – View job

Good luck!
The Jobs.ie team
https://www.jobs.ie

You can manage your email preferences in your account settings.
""",
    ),
    _PRS_COFFEE,
    _PRS_SECOND,
    m(
        "pr4r",
        "2025-12-08 20:51",
        "Fergal Brennan <fergal.brennan.reg@gmail.com>",
        "Re: Your application – coffee?",
        A("rejection", PRS, PRSR, 14, "direct"),
        text="""Hi Clodagh,

Sorry for the delay coming back to you after last Monday – Orla and I went back and forth on this
one. We both really liked you, but we've decided to go with someone who has spent the last few
years on CTAs and EU-CTR, because most of the new work we've won for 2026 is on the clinical
side. It was very close.

I'd genuinely like to stay in touch; if our generics work picks up the way I think it will, I'd
love to have another conversation. And let me know if you're ever at one of the regulatory
network evenings.

All the best,
Fergal

Sent from my iPhone
""",
        **thread(_PRS_COFFEE, _PRS_SECOND),
    ),
    # --- Tolka Therapeutics: Indeed Apply ---
    m(
        "tt1c",
        "2025-09-05 13:10",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Regulatory Affairs Executive",
        A("confirmation", TT, TTR, 15, "indeed"),
        text="""Application submitted

Regulatory Affairs Executive
Tolka Therapeutics - Blanchardstown, County Dublin

The following items were sent to Tolka Therapeutics. Good luck!
  • Application
  • Resume

Next steps
  • The employer or job advertiser may reach out to you about your application.

Track your applications on My jobs: https://myjobs.indeed.com/applied

Indeed
Never pay for a job. Learn more: https://www.indeed.com/legal
""",
    ),
    m(
        "tt2r",
        "2025-09-26 17:45",
        "Indeed <no-reply@indeed.com>",
        "An update on your application",
        A("rejection", TT, TTR, 15, "indeed"),
        text="""An update on your application

Regulatory Affairs Executive
Tolka Therapeutics - Blanchardstown, County Dublin

Tolka Therapeutics has reviewed your application and decided not to move forward at this time.

This can be disappointing, but don't give up – keep applying!

Jobs similar to this one:
  Regulatory Affairs Associate - Dublin
  Regulatory Affairs Specialist - Swords, County Dublin
  QA Compliance Specialist - Dublin 22

Indeed Ireland Operations Limited, 124 St Stephen's Green, Dublin 2
""",
    ),
    # --- Graniteview Biotech: Workday nudge, then applied, then nothing ---
    m(
        "gv0n",
        "2025-12-01 06:30",
        "Graniteview Biotech Careers <gvbio@myworkday.com>",
        "Don't forget to finish your application",
        J("alert", "workday", GV, GVR),
        text="""Hi Clodagh,

You started an application for Regulatory Affairs Lead, Advanced Therapies (JR-10442) but haven't
submitted it yet. Your progress has been saved – pick up where you left off:

https://gvbio.wd103.myworkdayjobs.com/en-US/Graniteview/job/Dublin/JR-10442/apply

Graniteview Biotech Ireland Limited, Grange Castle Business Park, Dublin 22
""",
    ),
    m(
        "gv1c",
        "2025-12-03 22:41",
        "Graniteview Biotech Careers <gvbio@myworkday.com>",
        "Application received – Regulatory Affairs Lead, Advanced Therapies",
        A("confirmation", GV, GVR, 16, "workday"),
        text="""Dear Clodagh,

Thank you for your application for Regulatory Affairs Lead, Advanced Therapies (JR-10442).

We've received it and our recruiting team will be reviewing your background shortly. Please keep
an eye on your candidate home for updates.

Best regards,
Graniteview Talent Acquisition
""",
    ),
    # --- Dunmore Consumer Health through Quay Life Sciences ---
    m(
        "dc1c",
        "2025-11-17 11:22",
        "Shauna Moran <shauna@quaylifesciences.example>",
        "Dunmore Consumer Health – CV submitted",
        A("confirmation", DCH, DCHR, 17, "agency"),
        text="""Hi Clodagh,

Just confirming that I submitted your CV to Dunmore Consumer Health this morning for the Regulatory
Affairs Specialist 12-month fixed-term contract (maternity cover) in Sandyford, as we discussed on
Friday. The daily rate/salary band is €55–60k pro rata and they're hoping to have someone in place
by mid-January.

Their Head of Regulatory is usually quick, so hopefully I'll have news this week.

Thanks,
Shauna

Shauna Moran | Principal Consultant, Quality & Regulatory
Quay Life Sciences | 2 Custom House Plaza, IFSC, Dublin 1
""",
    ),
    m(
        "dc2h",
        "2025-12-05 12:10",
        "Shauna Moran <shauna@quaylifesciences.example>",
        "Dunmore update",
        A("confirmation", DCH, DCHR, 17, "agency"),
        st="on_hold",
        text="""Hi Clodagh,

Quick update on Dunmore – the hiring manager has told me that the maternity cover is on hold
until after their budget is signed off in January, as they may be able to cover it internally.
They liked your CV and asked me to keep you warm, so I'll let you know the minute it moves.

Sorry I don't have better news before Christmas!

Shauna
""",
    ),
    # --- Innisfallen Biopharma: CV to the CEO, a call, then quiet ---
    _IB_ACK,
    m(
        "ib2i",
        "2026-01-08 09:57",
        "Eoin Kiely <eoin.kiely.cork@outlook.com>",
        "RE: Regulatory Affairs Manager – CV",
        A("interview", IB, IBR, 18, "direct"),
        text="""Hi Clodagh, happy new year!

Are you free for a call on Monday (12th) at 4pm? It would be me and Dr Rachel Ó Súilleabháin,
our Head of CMC. Nothing formal – we'd like to talk through the IMPD and CTA plan for 2026 and
what the role would look like. Teams link: https://teams.live.com/meet/9381556620481

Eoin

Sent from Outlook for iOS
""",
        **thread(_IB_ACK),
    ),
    # --- Carrowmore Labs: Greenhouse ---
    m(
        "cl1c",
        "2025-10-27 12:15",
        "Carrowmore Labs <no-reply@greenhouse.io>",
        "Thanks for applying to Carrowmore Labs!",
        A("confirmation", CL, CLR, 19, "greenhouse"),
        text="""Hi Clodagh,

Thanks for applying to the Regulatory Operations Specialist role at Carrowmore Labs. We've
received your application and the hiring team will review it over the coming days.

We read every application ourselves, so it can take a little while – thanks for your patience.

Best,
The Carrowmore Labs team
""",
    ),
    m(
        "cl2r",
        "2025-11-06 09:18",
        "Carrowmore Labs <no-reply@greenhouse.io>",
        "Carrowmore Labs - Regulatory Operations Specialist",
        A("rejection", CL, CLR, 19, "greenhouse"),
        text="""Hi Clodagh,

Thank you for your interest in Carrowmore Labs and for applying for the Regulatory Operations
Specialist position.

We really appreciate the time you took to apply. After reviewing your experience, we've decided to
move forward with candidates whose background is more closely aligned with the role's focus on
eCTD publishing and Veeva RIM administration.

We'll keep your details on file and may reach out about future opportunities.

All the best,
The Carrowmore Labs Talent Team
""",
    ),
    # --- Bayside Pharma: SuccessFactors (Bayside Sterile Manufacturing Ireland UC), SHL, no ---
    m(
        "bp1c",
        "2025-11-19 20:34",
        "Bayside Recruitment <noreply@successfactors.eu>",
        "Confirmation of your application",
        A("confirmation", BP, BPR, 20, "other"),
        text="""Dear Clodagh Moynihan,

Thank you for your application for the position Regulatory Compliance Specialist (Job Req 71308),
Carrigtwohill, Co. Cork.

We will review your application and come back to you as soon as possible.

Yours sincerely,
Recruitment Team
Bayside Sterile Manufacturing Ireland Unlimited Company
IDA Business & Technology Park, Carrigtwohill, Co. Cork, T45 YE20
""",
    ),
    m(
        "bp2a",
        "2025-11-24 10:06",
        "SHL <noreply@shl.com>",
        "Bayside – Online Assessment Invitation",
        A("assessment", BP, BPR, 20, "other"),
        text="""Dear Clodagh Moynihan,

Bayside has invited you to complete the following online assessments as part of your application
for the role of Regulatory Compliance Specialist:

  • SHL Verify – Deductive Reasoning (approx. 20 minutes)
  • Occupational Personality Questionnaire (OPQ32r) (approx. 25 minutes)

Please complete the assessments by 01 December 2025 at 23:59 (GMT).

Start here: https://candidate.shl.com/assessment/start?inv=8Yq2kd7F

Please ensure you have a stable internet connection and will not be interrupted. If you require
any adjustments, contact the Bayside recruitment team before starting.

Regards,
SHL on behalf of Bayside
""",
    ),
    m(
        "bp3r",
        "2025-12-15 13:47",
        "Bayside Recruitment <noreply@successfactors.eu>",
        "Your application – Regulatory Compliance Specialist",
        A("rejection", BP, BPR, 20, "other"),
        text="""Dear Clodagh Moynihan,

Thank you for completing the online assessments for the position of Regulatory Compliance
Specialist (Job Req 71308).

We regret to inform you that, following a review of all applications and assessment results,
your application will not be progressed further at this time.

We thank you for your interest in Bayside and wish you every success in your job search.

Yours sincerely,
Recruitment Team
Bayside Sterile Manufacturing Ireland Unlimited Company
""",
    ),
    # --- Lismore Diagnostics: LinkedIn Easy Apply, no ---
    m(
        "ld1c",
        "2025-12-02 19:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Clodagh, your application was sent to Lismore Diagnostics",
        A("confirmation", LD, LDR, 21, "linkedin"),
        text=f"""Your application was sent to Lismore Diagnostics

Regulatory Affairs Specialist, IVDR
Lismore Diagnostics · Dublin, County Dublin, Ireland (Hybrid)
Applied on December 2, 2025

View job: https://www.linkedin.com/jobs/view/4338102257/
{_LI_FOOTER}
""",
    ),
    m(
        "ld2r",
        "2025-12-16 08:41",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Lismore Diagnostics",
        A("rejection", LD, LDR, 21, "linkedin"),
        text=f"""Your update from Lismore Diagnostics

Regulatory Affairs Specialist, IVDR
Lismore Diagnostics · Dublin, County Dublin, Ireland (Hybrid)
Applied on December 2, 2025

Thank you for your interest in the Regulatory Affairs Specialist, IVDR position at Lismore
Diagnostics in Dublin. Unfortunately, we will not be moving forward with your application, but we
appreciate your time and interest in Lismore Diagnostics.

Regards,
Lismore Diagnostics

Top jobs for you
  Regulatory Affairs Specialist – Medical Devices · Galway
  Senior Regulatory Associate · Dublin 18
{_LI_FOOTER}
""",
    ),
    # --- Ardcath Pharmaceuticals: Taleo confirmation forwarded from the work address ---
    m(
        "ar1f",
        "2025-09-25 13:02",
        "Clodagh Moynihan <cmoynihan@abbeyfieldgenerics.example>",
        "FW: Ardcath Pharmaceuticals - Thank you for your application",
        A("confirmation", AP, APR, 22, "taleo"),
        text="""sending to myself - used the wrong email, doh

________________________________
From: Ardcath Pharmaceuticals Careers <no-reply@taleo.net>
Sent: 25 September 2025 12:58
To: Clodagh Moynihan <cmoynihan@abbeyfieldgenerics.example>
Subject: Ardcath Pharmaceuticals - Thank you for your application

Dear Clodagh,

Thank you for your interest in Ardcath Pharmaceuticals. We have received your application for
Regulatory Affairs Specialist – Lifecycle Management (Job ID 25000871), Swords, Co. Dublin.

We will review your application and contact you if your experience matches our requirements.

Sincerely,
Ardcath Talent Acquisition

---------------------------------------------------------------------
CONFIDENTIALITY: This email and any attachments are confidential and intended solely for the
addressee. If you have received it in error, please notify the sender and delete it.
Abbeyfield Generics Limited, Registered in Ireland No. 398812, Park West, Dublin 12.
""",
    ),
    # --- Blackwater Pharma Services: Jobs.ie, then nothing ---
    m(
        "bw1c",
        "2025-10-16 12:40",
        "Jobs.ie <noreply@jobs.ie>",
        "Application sent: Regulatory Affairs Officer",
        A("confirmation", BW, BWR, 23, "other"),
        text="""Hi Clodagh,

Good news – your application for Regulatory Affairs Officer with Blackwater Pharma Services
(Cork) has been sent.

The employer will be in touch directly if they would like to move forward with your application.

Good luck!
The Jobs.ie team
""",
    ),
    # --- alerts ---
    m(
        "al01",
        "2025-09-02 06:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“regulatory affairs specialist”: Barrow Generics - Regulatory Affairs Specialist and more",
        J("alert", "linkedin"),
        text=f"""Your job alert for regulatory affairs specialist in Dublin, County Dublin, Ireland
8 new jobs match your preferences.

Regulatory Affairs Specialist
Barrow Generics · Grange Castle (Hybrid)
Actively recruiting
View job: https://www.linkedin.com/comm/jobs/view/4301877265/

Regulatory Affairs Executive
Tolka Therapeutics · Blanchardstown
Easy Apply

Senior Regulatory Affairs Associate
Kildare Street Clinical · Dublin 2

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1793341
{_LI_FOOTER}
""",
    ),
    m(
        "al02",
        "2025-09-12 07:03",
        "IrishJobs.ie Job Alerts <jobalerts@irishjobs.ie>",
        "6 new jobs for 'Regulatory Affairs' in Dublin & Cork",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Clodagh, here are the latest jobs matching your alert <b>Regulatory Affairs</b>:</p>
<ul>
<li><a href="https://www.irishjobs.ie/job/regulatory-affairs-specialist-infant-nutrition/101728">Regulatory Affairs Specialist – Infant Nutrition</a> – Ossory Nutrition – Mallow, Co. Cork</li>
<li><a href="https://www.irishjobs.ie/job/regulatory-affairs-associate/101733">Regulatory Affairs Associate</a> – Recruitment agency client – Dublin 24</li>
<li><a href="https://www.irishjobs.ie/job/ra-officer/101790">RA Officer – Medical Devices</a> – Galway</li>
<li><a href="https://www.irishjobs.ie/job/qa-ra-lead/101802">QA/RA Lead</a> – Start-up – Cork</li>
</ul>
<p><a href="https://www.irishjobs.ie/myirishjobs/alerts">Edit this alert</a> | <a href="https://www.irishjobs.ie/unsubscribe?a=77310">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.irishjobs.ie/unsubscribe?a=77310>"},
    ),
    m(
        "al03",
        "2025-09-18 18:30",
        "Indeed <alert@indeed.com>",
        "Regulatory Affairs jobs in Dublin",
        J("alert", "indeed"),
        text="""12 new Regulatory Affairs jobs in Dublin

Regulatory Affairs Specialist II
Keelan Healthcare - Little Island, County Cork
Easily apply

Regulatory Affairs Associate
Medvale Ireland - Dublin 15
€42,000 - €48,000 a year

Labelling Specialist
Halvorsen Pharma - Citywest, County Dublin
Just posted

See all jobs: https://ie.indeed.com/jobs?q=Regulatory+Affairs&l=Dublin

You're receiving this email because you signed up for Indeed job alerts. Unsubscribe.
""",
    ),
    m(
        "al04",
        "2025-09-30 07:15",
        "Jobs.ie <alerts@jobs.ie>",
        "Your Jobs.ie job alert: 4 new jobs",
        J("alert", "other"),
        text="""Hi Clodagh,

4 new jobs match your alert "regulatory":

Regulatory Affairs Officer – Blackwater Pharma Services – Cork
Regulatory Affairs Specialist (Contract) – Quay Life Sciences – Dublin
Scientific Affairs Executive – Dublin 12
Regulatory Compliance Administrator – Dublin 3

View all: https://www.jobs.ie/jobs?alert=4491077

Manage your alerts: https://www.jobs.ie/account/alerts
""",
    ),
    m(
        "al05",
        "2025-10-08 06:09",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs similar to Regulatory Affairs Specialist at Barrow Generics",
        J("alert", "linkedin"),
        text=f"""Jobs similar to Regulatory Affairs Specialist at Barrow Generics

Regulatory Start-Up Specialist II
MKR · Leopardstown, County Dublin (Hybrid)
Be an early applicant

Regulatory Operations Specialist
Carrowmore Labs · Sandyford (Hybrid)

Regulatory Affairs Manager, Labelling
Halvorsen · Citywest (Hybrid)
3 company alumni work here

See all jobs on LinkedIn
{_LI_FOOTER}
""",
    ),
    m(
        "al06",
        "2025-10-30 07:01",
        "IrishJobs.ie Job Alerts <jobalerts@irishjobs.ie>",
        "3 new jobs for 'Regulatory Affairs' in Dublin & Cork",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Clodagh, here are the latest jobs matching your alert <b>Regulatory Affairs</b>:</p>
<ul>
<li><a href="https://www.irishjobs.ie/job/senior-ra-specialist/102417">Senior Regulatory Affairs Specialist</a> – Northbridge Medtech – Cork</li>
<li><a href="https://www.irishjobs.ie/job/ra-consultant/102455">Regulatory Affairs Consultant</a> – Dublin 2</li>
<li><a href="https://www.irishjobs.ie/job/cmc-ra/102460">CMC Regulatory Specialist</a> – Recruitment agency client – Cork</li>
</ul>
<p><a href="https://www.irishjobs.ie/myirishjobs/alerts">Edit this alert</a> | <a href="https://www.irishjobs.ie/unsubscribe?a=77310">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.irishjobs.ie/unsubscribe?a=77310>"},
    ),
    m(
        "al07",
        "2025-11-14 12:30",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Graniteview Biotech is hiring a Regulatory Affairs Lead",
        J("alert", "linkedin", GV, GVR),
        text=f"""Graniteview Biotech is hiring

Regulatory Affairs Lead, Advanced Therapies
Graniteview Biotech · Dublin 22 (On-site)
You'd be a top applicant – your skills match this job

Apply: https://www.linkedin.com/comm/jobs/view/4351209983/
{_LI_FOOTER}
""",
    ),
    m(
        "al08",
        "2025-11-25 07:20",
        "Jobs.ie <alerts@jobs.ie>",
        "Your Jobs.ie job alert: 2 new jobs",
        J("alert", "other"),
        text="""Hi Clodagh,

2 new jobs match your alert "regulatory":

Regulatory Affairs Specialist (12-month FTC) – Quay Life Sciences – Dublin 18
Regulatory Affairs Administrator – Dublin 8

View all: https://www.jobs.ie/jobs?alert=4491077
""",
    ),
    m(
        "al09",
        "2025-12-09 18:44",
        "Indeed <alert@indeed.com>",
        "Senior Regulatory Affairs Specialist - Dublin: 7 new jobs",
        J("alert", "indeed"),
        text="""7 new Senior Regulatory Affairs Specialist jobs in Dublin

Senior Regulatory CMC Specialist
Corrib Biologics - Ringaskiddy, County Cork
Hybrid work

Regulatory Affairs Lead, Advanced Therapies
Graniteview Biotech - Dublin 22

Senior Regulatory Affairs Specialist
Brightfield Diagnostics - Dublin 17

See all jobs: https://ie.indeed.com/jobs?q=Senior+Regulatory+Affairs+Specialist&l=Dublin
""",
    ),
    m(
        "al10",
        "2026-01-06 06:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“regulatory affairs specialist”: Corrib Biologics - Senior Regulatory CMC Specialist and more",
        J("alert", "linkedin"),
        text=f"""Your job alert for regulatory affairs specialist in Ireland
14 new jobs match your preferences.

Senior Regulatory CMC Specialist
Corrib Biologics · Ringaskiddy, County Cork (Hybrid)

Regulatory Affairs Specialist
Slievebloom Pharma · Dublin 24

Regulatory Affairs Associate II
MKR · Leopardstown, County Dublin

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1793341
{_LI_FOOTER}
""",
    ),
    m(
        "al11",
        "2026-01-15 07:02",
        "IrishJobs.ie Job Alerts <jobalerts@irishjobs.ie>",
        "New jobs for 'Regulatory Affairs' – don't miss out",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Clodagh, the new year is a great time for a new job! Here's what's new for <b>Regulatory Affairs</b>:</p>
<ul>
<li><a href="https://www.irishjobs.ie/job/ra-manager/104001">Regulatory Affairs Manager</a> – Cork</li>
<li><a href="https://www.irishjobs.ie/job/ra-specialist/104019">Regulatory Affairs Specialist</a> – Slievebloom Pharma – Dublin 24</li>
</ul>
<p>Tip: candidates who apply within 3 days of a job being posted are 3x more likely to get an interview.</p>
<p><a href="https://www.irishjobs.ie/unsubscribe?a=77310">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.irishjobs.ie/unsubscribe?a=77310>"},
    ),
    m(
        "al12",
        "2025-10-21 09:15",
        "IrishJobs.ie <noreply@irishjobs.ie>",
        "Your CV was viewed by 3 recruiters this week",
        J("other_job", "other"),
        text="""Hi Clodagh,

Your CV is getting noticed! In the last 7 days it was viewed by 3 recruiters searching the
IrishJobs.ie CV database.

Keep your profile up to date to stay visible: https://www.irishjobs.ie/myirishjobs/profile

The IrishJobs.ie team
""",
    ),
    # --- outreach ---
    m(
        "ou01",
        "2025-09-23 10:40",
        "Shauna Moran <shauna@quaylifesciences.example>",
        "Contract RA roles – Halvorsen, Citywest",
        J("outreach", "agency", HV, "Regulatory Affairs Associate (contract)"),
        text="""Hi Clodagh,

I hope you don't mind me reaching out – your name came up as someone with strong generics MAA
experience. I'm working with Halvorsen in Citywest on two 11-month contract roles in their
regulatory operations team (Regulatory Affairs Associate, daily rate €300–340). Fully remote
bar one day a month on site.

I know contracts aren't for everyone, so if you'd prefer permanent, I'd still love a quick chat
about what you're looking for – we cover most of the pharma and medtech sites in Dublin and Cork.

Kind regards,
Shauna Moran
Principal Consultant, Quality & Regulatory
Quay Life Sciences | +353 1 8xx 2210
""",
    ),
    m(
        "ou02",
        "2025-10-15 20:17",
        "Ronan Cusack via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Head of Regulatory Affairs – Cork biotech (confidential)",
        J("outreach", "linkedin", None, "Head of Regulatory Affairs"),
        text=f"""Ronan Cusack
Partner, Life Sciences Practice at Carbery Executive Search

Hi Clodagh,

I'm leading a confidential search for a Head of Regulatory Affairs for a venture-backed biotech
in Cork that is preparing for its first MAA. It's a step up from your current role, I know, but
the founders are keen to see people who have done the hands-on dossier work rather than only
managed it.

Would you be open to a confidential conversation? I'm around most evenings this week.

Best regards,
Ronan

Reply: https://www.linkedin.com/messaging/thread/2-MGY3ZjE0/
{_LI_FOOTER}
""",
    ),
    m(
        "ou03",
        "2025-12-01 11:58",
        "Conor Dalton <conor.dalton@slaintetalent.example>",
        "Regulatory Affairs Specialist – Dublin 15 – pharma – €65k",
        J("outreach", "agency", None, "Regulatory Affairs Specialist"),
        text="""Hi Clodagh,

Hope you are keeping well.

I'm currently partnered with a well-known pharmaceutical manufacturer in Dublin 15 that is
expanding its regulatory affairs team following a new product launch. They're looking for an
experienced Regulatory Affairs Specialist (4+ years) to take ownership of post-approval
variations and renewals across EU and UK markets.

Salary up to €65k + bonus + VHI, hybrid 3/2.

If this is of interest, please reply with an up-to-date CV and a good time to call.

Regards,
Conor Dalton
Sláinte Talent | Life Sciences Recruitment
www.slaintetalent.example

If you no longer wish to receive job updates from Sláinte Talent, reply "unsubscribe".
""",
    ),
    m(
        "ou04",
        "2026-01-09 14:26",
        "Emer Whelan via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Regulatory Affairs Specialist at Slievebloom Pharma",
        J("outreach", "linkedin", "Slievebloom Pharma", "Regulatory Affairs Specialist"),
        text=f"""Emer Whelan
Talent Partner at Slievebloom Pharma

Hi Clodagh,

I'm the internal recruiter at Slievebloom Pharma in Citywest. We've just opened a Regulatory
Affairs Specialist role supporting our generics portfolio (DCP/MRP and national procedures in
IE/UK) and your profile looks like a great match.

If you're open to a conversation, I'd be happy to share more details – here's the posting:
https://www.linkedin.com/jobs/view/4369900124/

Kind regards,
Emer
{_LI_FOOTER}
""",
    ),
    m(
        "ou05",
        "2026-01-13 09:05",
        "Dara Kinsella <dara.kinsella@hollisscientific.example>",
        "Happy New Year + Brightfield Diagnostics",
        J(
            "outreach",
            "agency",
            "Brightfield Diagnostics",
            "Senior Regulatory Affairs Specialist",
        ),
        text="""Hi Clodagh,

Happy new year! As promised before Christmas – the Dublin device client I mentioned has now
released the role. It's Brightfield Diagnostics in Dublin 17: Senior Regulatory Affairs
Specialist, IVDR focus, €70-75k. Given the Lee Valley feedback, I think your profile would be
well received.

Would you like me to put you forward? Let me know and I'll send over the spec.

Dara
""",
    ),
]
