# ruff: noqa: E501, RUF100
"""Corpus 102, more job mail: alerts, outreach, other job mail and five applications (data only): see heldout102.py."""

from __future__ import annotations

from typing import Any

from heldout102_jobs import A, m


def J(cat, src, co=None, role=None):
    return (cat, co, role, None, src, "en")


TS, TSR = "Tessellate Labs", "Support Operations Manager"
KT, KTR = "Kabisig Telehealth", "Patient Experience Team Lead"
AR, ARR = "Arcadia CX", "Team Leader - Fintech Account"
HF, HFR = "Haloform", "Customer Success Manager"
MR, MRR = "Mabuhay Rewards", "CX Operations Lead"

MAIL: list[dict[str, Any]] = [
    # --- 22 Tessellate Labs: confirmation forwarded from the old Yahoo address -----------
    m(
        "61102",
        "2025-09-08 21:14",
        "Kristine Manalastas <tin_manalastas88@yahoo.com>",
        "Fwd: Thank you for applying to Tessellate Labs",
        A("confirmation", TS, TSR, 22, "greenhouse"),
        """Sent from Yahoo Mail on Android

----- Forwarded Message -----
From: Tessellate Labs <no-reply@us.greenhouse-mail.io>
To: tin_manalastas88@yahoo.com
Sent: Monday, September 8, 2025 at 08:51:10 PM GMT+8
Subject: Thank you for applying to Tessellate Labs

Hi Kristine,

Thanks for applying for the Support Operations Manager (Remote, Philippines) role at Tessellate Labs. Our recruiting team will review your application and reach out if there is a match.

Because of the number of applications we receive, unfortunately we can't give individual feedback to everyone who is not selected to move forward.

Best,
Tessellate Labs Recruiting
""",
    ),
    # --- 23 Kabisig Telehealth (Indeed -> interview -> rejected) --------------------------
    m(
        "61115",
        "2025-09-15 10:48",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Patient Experience Team Lead",
        A("confirmation", KT, KTR, 23, "indeed"),
        html="""<html><body><div style="max-width:600px;font-family:Helvetica">
<p><b>Application submitted</b></p>
<p>Patient Experience Team Lead<br>Kabisig Telehealth Inc. - Quezon City</p>
<p>The following items were sent to Kabisig Telehealth Inc.: Resume.</p>
<p style="color:#888;font-size:11px">Indeed Philippines</p></div></body></html>""",
    ),
    m(
        "61121",
        "2025-09-18 16:02",
        "Kabisig HR <hr@kabisighealth.ph>",
        "Kabisig Telehealth - Interview Invitation",
        A("interview", KT, KTR, 23, "direct"),
        """Hi Ms. Kristine Joy,

Good afternoon! We received your application via Indeed for Patient Experience Team Lead. We would like to invite you for a virtual interview with our Head of Patient Experience.

Date: September 23, 2025 (Tuesday)
Time: 4:00 PM
Platform: Microsoft Teams (invite to follow)

Please confirm your availability. Thank you!

Kabisig HR Team
""",
    ),
    m(
        "61130",
        "2025-10-03 11:25",
        "Kabisig HR <hr@kabisighealth.ph>",
        "Kabisig Telehealth - application status",
        A("rejection", KT, KTR, 23, "direct"),
        """Hi Ms. Kristine Joy,

Thank you for your time during the interview. Our Head of Patient Experience appreciated your energy and your ideas on patient callbacks.

However, we regret to inform you that we have chosen another candidate whose background in healthcare/clinical settings is a closer fit for the role.

We will keep your resume on file. Thank you and have a blessed day!

Kabisig HR Team
""",
    ),
    # --- 24 Arcadia CX (BPO named by its account; JobStreet -> initial interview -> ghost) -
    m(
        "61140",
        "2025-11-11 09:10",
        "JobStreet <noreply@jobstreet.com>",
        "Your application was successfully submitted",
        A("confirmation", AR, ARR, 24, "other"),
        html="""<html><body><table width="600"><tr><td>
<h2>Application sent</h2>
<p>Hi Kristine Joy,</p>
<p>Your application for <b>Team Leader - Fintech Account | Day Shift | Cubao</b> at <b>Arcadia CX Philippines Corp.</b> has been sent.</p>
<p>The JobStreet team</p></td></tr></table></body></html>""",
    ),
    m(
        "61146",
        "2025-11-12 13:33",
        "Arcadia Recruitment <no-reply@arcadiacx.ph>",
        "Fintech Account TL - Initial Interview",
        A("interview", AR, ARR, 24, "direct"),
        """Hi Kristine Joy!

Thank you for applying. You are invited for an initial phone interview for our Fintech Account TL role on Nov 14 (Fri) between 10 AM and 12 NN. Our recruiter will call your mobile number ending in -4471.

Please make sure you're in a quiet place with good signal.

Arcadia Recruitment
Arcadia CX Philippines Corp. | Gateway Tower, Cubao
""",
    ),
    # --- 25 Haloform (Lever) -> quick rejection -----------------------------------------
    m(
        "61150",
        "2025-11-19 22:00",
        "Haloform <no-reply@hire.lever.co>",
        "Your application to Haloform",
        A("confirmation", HF, HFR, 25, "lever"),
        """Hi Kristine Joy,

Thanks for applying for Customer Success Manager (Remote - APAC) at Haloform. We've got your application and will be in touch.

The Haloform team
""",
    ),
    m(
        "61157",
        "2025-11-26 01:18",
        "Haloform <no-reply@hire.lever.co>",
        "Haloform - Customer Success Manager",
        A("rejection", HF, HFR, 25, "lever"),
        """Hi Kristine Joy,

Thank you for your interest in Haloform and the time you spent on your application. You have a solid background and we enjoyed reading about your work.

After a careful look, we won't be moving forward at this time. We're prioritizing candidates with direct SaaS onboarding experience in the US market.

All the best in your search,
The Haloform team
""",
    ),
    # --- 26 Mabuhay Rewards (Workable, after she started at TPay) -> ghost ---------------
    m(
        "61160",
        "2025-09-24 12:12",
        "Mabuhay Rewards <noreply@candidates.workablemail.com>",
        "Thanks for applying to Mabuhay Rewards Inc.",
        A("confirmation", MR, MRR, 26, "workable"),
        """Hi Kristine Joy,

Thank you for your interest in the CX Operations Lead role at Mabuhay Rewards Inc. We've received your application and our team will review it shortly.

Best,
Mabuhay Rewards Hiring Team
""",
    ),
    # --- Alerts -----------------------------------------------------------------------
    m(
        "61201",
        "2025-08-05 07:00",
        "JobStreet <noreply@jobstreet.com>",
        "12 new jobs for Team Leader in Quezon City",
        J("alert", "other"),
        html="""<html><body><p>Hi Kristine Joy, here are new jobs matching your saved search <b>Team Leader, Quezon City</b>:</p>
<ul><li>Team Leader - Voice Account | Arcadia CX Philippines Corp. | Cubao</li><li>Customer Service Team Lead | Sagana Foods Corporation | Quezon City</li><li>Operations Supervisor | Aksyon Contact Center Corp. | Vertis North</li><li>Team Leader (Healthcare) | Lumenbridge Solutions Inc. | Eastwood</li></ul>
<p><a href="https://ph.jobstreet.com">See all 12 jobs</a></p></body></html>""",
    ),
    m(
        "61205",
        "2025-08-19 07:00",
        "JobStreet <noreply@jobstreet.com>",
        "9 new jobs for Customer Success Manager in Metro Manila",
        J("alert", "other"),
        html="""<html><body><p>New jobs for <b>Customer Success Manager, Metro Manila</b></p>
<ul><li>Customer Success Manager | Corvana Philippines, Inc. | BGC, Taguig</li><li>CS Lead | Kalye Kitchen Group | Makati</li><li>Account Manager | Pinagpala Print Corp. | Pasig</li></ul><p>Apply before they're gone!</p></body></html>""",
    ),
    m(
        "61210",
        "2025-09-02 08:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201ccustomer success lead\u201d: Nimbusly - Support Operations Lead and more",
        J("alert", "linkedin"),
        """Your job alert for customer success lead in Philippines

Support Operations Lead
Nimbusly - Manila (Hybrid)
Actively recruiting

Customer Success Lead
Brightmoor Analytics - Philippines (Remote)
Be an early applicant

Senior CS Associate
Tala-inspired Lending Co. - Makati

See all jobs
""",
    ),
    m(
        "61215",
        "2025-09-23 08:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201coperations team lead\u201d: 15 new jobs in Metro Manila",
        J("alert", "linkedin"),
        """Your job alert for operations team lead in Metro Manila

Operations Team Lead - Lakbay Travel Tech Inc. - Makati
Workforce Team Lead - Keystone Outsourcing Philippines Inc. - Pasig
Ops Lead (Fintech) - TindahanPay - Ortigas

See all 15 jobs
""",
    ),
    m(
        "61220",
        "2025-10-01 06:00",
        "Indeed <alert@indeed.com>",
        "Team Leader jobs in Quezon City City, Metro Manila",
        J("alert", "indeed"),
        html="""<html><body><p>New jobs in Quezon City for <b>team leader</b></p>
<p>Team Leader - Member Services | Caldera Health Solutions Philippines | Quezon City | Easily apply</p>
<p>Team Lead - Collections | Bantay Credit Services | Cubao</p>
<p>Patient Experience Team Lead | Kabisig Telehealth Inc. | Quezon City</p></body></html>""",
    ),
    m(
        "61225",
        "2025-10-16 07:05",
        "Kalibrr <noreply@kalibrr.com>",
        "Jobs you might like this week",
        J("alert", "other"),
        html="""<html><body><p>Hi Kristine Joy! Based on your profile, we think you'd like these:</p><ul><li>Operations Team Lead - Lakbay Travel Tech Inc.</li><li>Customer Experience Supervisor - Dalisay Water Co.</li><li>Merchant Support Lead - TindahanPay</li></ul></body></html>""",
    ),
    m(
        "61230",
        "2025-11-13 22:00",
        "OnlineJobs.ph <support@onlinejobs.ph>",
        "New jobs matching 'customer success'",
        J("alert", "other"),
        """Hi Kristine Joy,

New full-time jobs posted today that match your skills:
- Customer Success Manager (US SaaS, PST hours) - $1,200/mo
- Support Team Lead for e-commerce brand - $900/mo
- Executive Assistant + Client Success - $800/mo

Log in to apply. Reminder: never pay any fee to an employer.
""",
    ),
    m(
        "61235",
        "2025-12-09 08:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201ccustomer success manager\u201d: Nimbusly and 8 more",
        J("alert", "linkedin"),
        """Your job alert for customer success manager in Philippines

Customer Success Manager, APAC - Nimbusly - Manila (Hybrid)
Customer Success Manager - Haloform - Philippines (Remote)

See all jobs
""",
    ),
    m(
        "61240",
        "2026-01-06 07:00",
        "JobStreet <noreply@jobstreet.com>",
        "New year, new job? 20 new jobs for Operations Manager",
        J("alert", "other"),
        html="""<html><body><p>Start 2026 strong, Kristine Joy! New jobs for <b>Operations Manager</b>:</p><ul><li>Operations Manager | Arcadia CX Philippines Corp.</li><li>Service Delivery Manager | Nordhavn Shared Services Philippines, Inc.</li></ul></body></html>""",
    ),
    # --- Talent community, incomplete application, profile nudges -------------------------
    m(
        "61250",
        "2025-08-30 18:40",
        "Corvana Careers <corvana@myworkday.com>",
        "Welcome to the Corvana Talent Community",
        J("other_job", "workday", "Corvana"),
        """Hi Kristine Joy,

Thanks for joining the Corvana Talent Community! We'll send you news about life at Corvana and roles in Manila, Sydney and Melbourne that match your interests.

You can update your preferences anytime in Candidate Home.

Corvana Talent Acquisition
""",
    ),
    m(
        "61255",
        "2025-10-29 09:00",
        "Verdant Cloud Careers <verdantcloud@myworkday.com>",
        "You have an incomplete application",
        J("alert", "workday", "Verdant Cloud"),
        """Dear Kristine Joy,

You started an application for Customer Support Manager (JR-55301) but have not yet submitted it. Your progress has been saved. Sign in to Candidate Home to finish and submit your application.

Verdant Cloud Global Talent Acquisition
""",
    ),
    m(
        "61260",
        "2025-09-11 12:00",
        "Kalibrr <noreply@kalibrr.com>",
        "Employers are looking at profiles like yours",
        J("other_job", "other"),
        html="""<html><body><p>Hi Kristine Joy, 3 employers searched for candidates like you this week. Complete your Kalibrr profile to stand out - add your skills assessment results and a video intro.</p></body></html>""",
    ),
    m(
        "61265",
        "2025-10-07 10:15",
        "LinkedIn <messages-noreply@linkedin.com>",
        "You appeared in 14 searches this week",
        J("other_job", "linkedin"),
        """Kristine Joy, you appeared in 14 searches this week

Top companies searching: BPO & outsourcing, Fintech, Software

Your profile was found by people with titles: Talent Acquisition Specialist, Recruiter

See who's searching
""",
    ),
    # --- Outreach ---------------------------------------------------------------------
    m(
        "61270",
        "2025-08-26 15:02",
        "Mark Anthony Dizon via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Hiring: Account Manager - Australian client, work from home",
        J("outreach", "linkedin", None, "Account Manager"),
        """Hi Kristine,

Hope you're well! I'm recruiting for a permanent WFH Account Manager role for an Australian property-management client. AU business hours (6AM-3PM Manila), PHP 70-85K.

Open to a quick call this week?

Mark Anthony Dizon
Talent Lead, Southern Cross Staffing PH
""",
    ),
    m(
        "61275",
        "2025-09-19 09:45",
        "Lovely Santos <lovely.santos@peoplehub-ph.com>",
        "HIRING TL - Makati - 60K",
        J("outreach", "agency", None, "Team Leader"),
        """hi maam kristine! we have urgent hiring for TL (voice, banking acct) makati, 60K + 10K allowance, day shift mon-fri. interested? pls send cv and 2 valid ID. TY!

Lovely
PeopleHub PH
""",
    ),
    m(
        "61280",
        "2025-10-22 20:10",
        "Ethan Cole <ethan@remotecrew.io>",
        "Remote CS Ops role with a US healthtech startup",
        J("outreach", "agency", None, "Customer Success Operations Lead"),
        """Hi Kristine Joy,

I run RemoteCrew, we place Filipino team leads with US startups. One of our clients (Series A healthtech, ~60 people, based in Austin) is looking for a Customer Success Operations Lead. It's a full-time direct contract, USD 2,200-2,800/month, US Central hours overlap of 4 hours.

Would you like to hear more?

Ethan
""",
    ),
    m(
        "61285",
        "2025-11-17 11:22",
        "Rhea Sarmiento <rhea@talentbayan.ph>",
        "Another role for you?",
        J("outreach", "agency", None, "Operations Manager"),
        """Hi Kristine! Congrats on the new job, saw it on LinkedIn :) No pressure but I have an Ops Manager role for another healthcare client in Ortigas if ever you'd consider. Just let me know! Have a great week.

Rhea
""",
    ),
    m(
        "61290",
        "2026-01-14 14:00",
        "Holly Brennan <holly.brennan@nimbusly.com.au>",
        "Manila hub - keeping in touch",
        A("confirmation", "Nimbusly", "Customer Success Manager, APAC", 9, "direct"),
        """Hi Kristine,

Happy new year! I saw your application come through for our CSM APAC role in December. That role was paused over the holidays while we re-scoped it, and I wanted to give you a heads-up that it will likely reopen in February as "Senior CSM". Would you like me to keep you in mind?

Holly
""",
        st="on_hold",
    ),
    # --- Other job mail: auto-reply, survey, portal code, TPay onboarding follow-ups -----
    m(
        "61300",
        "2025-09-30 21:03",
        "Rhea Sarmiento <rhea@talentbayan.ph>",
        "Automatic reply: Re: Team Manager opportunity - US healthcare account (Day shift!)",
        J("other_job", "agency"),
        """Hi! I am currently on leave (Sept 30) and will be back tomorrow. For urgent concerns please text 0917 555 0142 or email recruitment@talentbayan.ph. Thank you!
""",
    ),
    m(
        "61305",
        "2025-09-12 20:00",
        "Verdant Cloud Careers <verdantcloud@myworkday.com>",
        "Verify your email to create your candidate account",
        J("other_job", "workday", "Verdant Cloud"),
        """Hello,

Please use the code below to verify your email address and finish creating your candidate account.

Verification code: 482913

This code expires in 10 minutes.
""",
    ),
    m(
        "61310",
        "2025-09-05 09:30",
        "ACCC Recruitment <recruitment@aksyoncc.com.ph>",
        "How was your recruitment experience?",
        J("other_job", "direct", "ACCC"),
        """Hi Applicant!

Thank you for visiting the ACCC Recruitment Hub. Help us improve by answering a 2-minute survey about your experience at the hub (waiting time, assessments, recruiter). Your answers will not affect your application.

https://survey.aksyoncc.com.ph/hub?ref=VN3
""",
    ),
    m(
        "61315",
        "2025-11-24 10:00",
        "TindahanPay People Team <people@tindahanpay.ph>",
        "Reminder: submit your NBI clearance and medical results",
        J("other_job", "direct", "TindahanPay", "Operations Team Lead"),
        """Hi Kristine,

Friendly reminder to upload your NBI clearance and medical results on the HR portal before Nov 28 so we can process your Day 1 access badge. Your medical LOA for Healthway Ortigas is still valid.

Thanks!
TPay People Team
""",
    ),
    m(
        "61320",
        "2025-11-28 15:40",
        "Hi-Precision Diagnostics <results@hiprecision-results.example>",
        "Your Annual/Pre-employment Medical Examination Results",
        J("other_job", "other", "TindahanPay"),
        """Dear KRISTINE JOY MANALASTAS,

Your pre-employment medical examination results (requested by: TINDAHAN PAYMENTS CORP.) are now available. Please log in to the patient portal using your reference number PE-2025-118820 and birthdate.

This is a system-generated email.
""",
    ),
    m(
        "61325",
        "2025-12-01 08:00",
        "Jessa Villarin <jessa@tindahanpay.ph>",
        "Day 1 schedule :)",
        J("other_job", "direct", "TindahanPay", "Operations Team Lead"),
        """Good morning Kristine and welcome to TPay!!

Today's schedule:
9:00 - Badge and laptop pickup (12F reception)
10:00 - Orientation with People team
1:00 - Lunch with the Ops team (Migs' treat)
3:00 - Systems access setup

See you later!
Jessa
""",
    ),
    m(
        "61330",
        "2025-10-30 12:00",
        "Kalibrr <noreply@kalibrr.com>",
        "Tell us about your application experience with TindahanPay",
        J("other_job", "other", "TindahanPay"),
        html="""<html><body><p>Hi Kristine Joy, how was your experience applying to <b>TindahanPay</b>? Rate the employer's hiring process in 1 minute. Your feedback is anonymous.</p></body></html>""",
    ),
]
