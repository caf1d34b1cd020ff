# ruff: noqa: E501, RUF100
"""Corpus 102, job mail (data only): see heldout102.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    return "+0800"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def ev(uid, start, summary, org, minutes=60, desc="", loc="", method="REQUEST"):
    out: dict[str, Any] = {
        "uid": uid,
        "start": start + ":00 +0800",
        "summary": summary,
        "organizer": org,
        "minutes": minutes,
        "method": method,
    }
    if desc:
        out["description"] = desc
    if loc:
        out["location"] = loc
    return out


LB, LB1, LB2 = (
    "Lumenbridge",
    "Team Leader, Customer Support (Healthcare Account)",
    "Training and Quality Supervisor",
)
CV, CVR = "Corvana", "Customer Success Manager"
TP, TPR = "TindahanPay", "Operations Team Lead"
HP, HPR = "Harbor & Pine", "Customer Success Lead"
BR, BRR = "Brightwell Home Services", "Client Success Manager (Remote, US Hours)"
AK, AKR = "ACCC", "Operations Supervisor"
NB, NBR1, NBR2 = "Nimbusly", "Support Operations Lead", "Customer Success Manager, APAC"
SS, SSR = "SariSure", "Customer Experience Team Leader"
CH, CHR = "Caldera Health Solutions", "Team Manager, Member Services"
KO, KOR = "KOPI", "Workforce Team Lead"
PL, PLR = "Pandayan Logistics", "Customer Service Operations Manager"
OR, ORR = "Orbitly", "Customer Success Team Lead (APAC)"
SG, SGR = "Sagana Foods", "Customer Care Team Leader"
VC, VCR = "Verdant Cloud", "Technical Support Team Lead"
BD, BDR = "Bayanihan Digital Bank", "Customer Operations Lead"
HD, HDR = "HelioDesk", "Customer Success Lead"
LK, LKR = "Lakbay", "Operations Team Lead"
NS, NSR = "Nordhavn Shared Services", "Service Delivery Team Lead"
QV, QVR = "Quantiv", "Customer Support Team Lead"
ME = "Kristine Joy Manalastas"

MAIL: list[dict[str, Any]] = [
    # --- 1 Lumenbridge, TL healthcare account (JobStreet -> walk-in -> JO declined) ---------
    m(
        "58104",
        "2025-08-04 09:41",
        "JobStreet <noreply@jobstreet.com>",
        "Your application was successfully submitted",
        A("confirmation", LB, LB1, 1, "other"),
        html="""<html><body><table width="600"><tr><td>
<h2>Application sent</h2>
<p>Hi Kristine Joy,</p>
<p>Your application for <b>Team Leader, Customer Support (Healthcare Account)</b> at <b>Lumenbridge Solutions Inc.</b> has been sent.</p>
<p>Track it anytime under <a href="https://ph.jobstreet.com/my-activity/applied-jobs">Saved &amp; applied jobs</a>. Employers usually respond within 2 weeks. If you don't hear back, it may mean they have moved forward with other candidates.</p>
<p>Good luck!<br>The JobStreet team</p>
<p style="font-size:11px;color:#777">JobStreet by SEEK. You are receiving this because you applied for a job on JobStreet.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "58119",
        "2025-08-06 14:03",
        "Lumenbridge Talent Acquisition <careers.ph@lumenbridge-cx.com>",
        "Invitation: Initial Interview - Lumenbridge Eastwood",
        A("interview", LB, LB1, 1, "direct"),
        """Hi Kristine Joy,

Good day!

Thank you for your interest in Lumenbridge Solutions Inc. We reviewed your application for Team Leader - Customer Support (Healthcare Account) and we would like to invite you for an INITIAL INTERVIEW.

Date: August 8, 2025 (Friday)
Time: 10:00 AM (walk-in window 9:00 AM - 2:00 PM)
Venue: Lumenbridge Recruitment Hub, 6th Floor, Cyberone Tower, Eastwood City, Libis, Quezon City
Look for: Ms. Princess Alcantara

Please bring:
- 2 copies of your updated resume
- 1 valid government ID
- Ballpen

Kindly reply CONFIRM to this email. Please come in business casual. No slippers, shorts or sleeveless tops.

Thank you and see you!

Princess Alcantara
Talent Acquisition Specialist
Lumenbridge Solutions Inc.
""",
    ),
    m(
        "58127",
        "2025-08-08 15:22",
        "Lumenbridge Talent Acquisition <careers.ph@lumenbridge-cx.com>",
        "Online Assessment Link - Lumenbridge",
        A("assessment", LB, LB1, 1, "direct"),
        """Hi Kristine,

Congratulations on passing the initial interview!

As next step, please complete the online assessments within 24 hours:

1. English Proficiency Test (Spoken and Written) - approx. 45 minutes. Use a headset and a quiet room.
   Link: https://assess.lumenbridge-cx.com/ept?c=KJM-20845
2. Typing Test - target 40 WPM with at least 95% accuracy.
3. Customer Service Simulation (Chat)

Reference ID: LB-PH-20845

Do not refresh the page while taking the test. For technical issues, reply to this email.

Best regards,
Lumenbridge TA - Eastwood Hub
""",
    ),
    m(
        "58141",
        "2025-08-12 11:10",
        "Princess Alcantara <princess.alcantara@lumenbridge-cx.com>",
        "Final Interview with Operations - Aug 14",
        A("interview", LB, LB1, 1, "direct"),
        """Hi Kristine Joy,

Good news! You passed the assessments. You are now endorsed for the FINAL INTERVIEW with our Operations Manager for the healthcare account, Mr. Ronald Tuazon.

Schedule: Thursday, August 14, 2025, 2:00 PM
Mode: Microsoft Teams (link below)

https://teams.microsoft.com/l/meetup-join/19%3ameeting_Lb4Qz7/0?context=lumenbridge

Please be online 10 minutes before. Prepare to talk about your experience handling escalations and managing team metrics (AHT, CSAT, adherence).

Thanks,
Princess
""",
    ),
    m(
        "58160",
        "2025-08-18 17:35",
        "Princess Alcantara <princess.alcantara@lumenbridge-cx.com>",
        "Lumenbridge - Job Offer",
        A("offer", LB, LB1, 1, "direct"),
        """Hi Kristine Joy,

Congratulations!!! We are happy to extend a job offer (JO) for the position of Team Leader, Customer Support (Healthcare Account).

Please see attached offer summary. Highlights:
- Basic salary: PHP 48,000/month
- Night differential, HMO from Day 1 with 2 free dependents
- Site: Eastwood, Libis QC
- Shift: Graveyard (US hours)
- Target start date: September 1, 2025

Kindly confirm your acceptance on or before August 21 so we can send the list of pre-employment requirements.

Regards,
Princess Alcantara
Talent Acquisition Specialist
Lumenbridge Solutions Inc. | A Lumenbridge Global company
""",
        attach=[
            (
                "Lumenbridge_JO_Manalastas.txt",
                "text/plain",
                "OFFER SUMMARY\nCandidate: Kristine Joy Manalastas\nPosition: Team Leader, Customer Support (Healthcare)\nBasic: PHP 48,000\n",
            )
        ],
    ),
    m(
        "58163",
        "2025-08-19 08:02",
        "Lumenbridge Onboarding <onboarding.ph@lumenbridge-cx.com>",
        "Pre-Employment Requirements Checklist",
        A("other_job", LB, LB1, None, "direct"),
        """Dear Applicant,

Please prepare the following pre-employment requirements:

1. NBI Clearance (original, valid)
2. Pre-employment medical exam at our partner clinic (Hi-Precision or any accredited clinic)
3. SSS E-1 / SSS number
4. PhilHealth MDR
5. Pag-IBIG MID number
6. TIN and BIR Form 2316 from previous employer
7. Certificate of Employment from previous employers
8. 2x2 ID pictures (white background)
9. PSA Birth Certificate

Submit to the Onboarding team at 6F Cyberone, Eastwood. Requirements are not yet final acceptance of employment.

Lumenbridge Onboarding Team
""",
    ),
    m(
        "58172",
        "2025-08-21 19:48",
        "Princess Alcantara <princess.alcantara@lumenbridge-cx.com>",
        "Re: Lumenbridge - Job Offer",
        A("offer", LB, LB1, 1, "direct"),
        """Hi Kristine,

Noted on this and thank you for letting us know. We understand that the graveyard schedule is a concern for you. We will tag your application as declined for this offer, but we would be happy to consider you for day-shift roles in the future.

Wishing you all the best!

Princess

On Thu, Aug 21, 2025 at 6:12 PM Kristine Joy Manalastas <kjmanalastas@gmail.com> wrote:
> Hi Ms. Princess,
>
> Thank you so much for the offer. After careful thought I have decided to decline, since I can no longer work full graveyard shifts for family reasons.
>
> Thank you for the opportunity.
> Kristine
""",
        st="declined",
        **{"In-Reply-To": "<58160.20250818.23@lumenbridge-cx.com>"},
    ),
    # --- 2 Lumenbridge, second role ------------------------------------------------------
    m(
        "58301",
        "2025-10-02 10:14",
        "Lumenbridge Careers <no-reply@smartrecruiters.com>",
        "Thank you for applying to Lumenbridge Solutions Inc.!",
        A("confirmation", LB, LB2, 2, "smartrecruiters"),
        """Dear Kristine Joy,

Thank you for your application for the Training and Quality Supervisor position at Lumenbridge Solutions Inc.

Our Talent Acquisition team will review your profile. If your qualifications match the requirements, a recruiter will reach out to you. Due to the volume of applications, only shortlisted candidates will be contacted.

Kind regards,
Lumenbridge Talent Acquisition

This email was sent via SmartRecruiters on behalf of Lumenbridge Solutions Inc.
""",
    ),
    m(
        "58339",
        "2025-10-20 16:00",
        "Lumenbridge Careers <no-reply@smartrecruiters.com>",
        "Update on your application - Training and Quality Supervisor",
        A("rejection", LB, LB2, 2, "smartrecruiters"),
        """Dear Kristine Joy,

Thank you for your continued interest in Lumenbridge and for taking the time to apply for the Training and Quality Supervisor role.

Your background in handling team operations is impressive, and we appreciated learning about your experience. After careful review, we have decided to move forward with candidates whose experience is more closely aligned with the requirements of this role, particularly in formal training certification.

We will keep your profile in our talent pool and encourage you to apply for future openings.

Sincerely,
Lumenbridge Talent Acquisition
""",
    ),
    # --- 3 Corvana Philippines, Inc. (Workday) ---------------------------------------------
    m(
        "58205",
        "2025-08-11 21:30",
        "Corvana <corvana@myworkday.com>",
        "We've received your application",
        A("confirmation", CV, CVR, 3, "workday"),
        """Hi Kristine Joy,

Thank you for applying for the Customer Success Manager (Job ID R-10482) role at Corvana Philippines, Inc.

We've received your application and our team will review it. You can check the status of your application at any time by signing in to our careers site.

Unfortunately, we can't respond to every applicant individually, but if you are shortlisted someone from our Talent team will be in touch.

Thanks,
Corvana Talent Acquisition
""",
    ),
    m(
        "58278",
        "2025-09-09 03:12",
        "Corvana <corvana@myworkday.com>",
        "Regarding your application for R-10482",
        A("rejection", CV, CVR, 3, "workday"),
        """Hi Kristine Joy,

Thank you for your interest in Corvana and for the time you invested in applying for the Customer Success Manager role in Manila.

We were impressed by your experience leading support teams. However, we have now filled this position with a candidate whose background best matches our current needs.

We'd love to stay in touch. Please continue to check our careers site for roles in Manila, Sydney and Melbourne.

Kind regards,
The Corvana Talent Team
""",
    ),
    # --- 4 TindahanPay (Kalibrr) -> accepted ------------------------------------------------
    m(
        "58402",
        "2025-10-06 13:20",
        "Kalibrr <noreply@kalibrr.com>",
        "Application submitted: Operations Team Lead at Tindahan Payments Corp.",
        A("confirmation", TP, TPR, 4, "other"),
        html="""<html><body><div style="font-family:Arial">
<p>Hi Kristine Joy,</p>
<p>Your application to <b>Operations Team Lead</b> at <b>Tindahan Payments Corp.</b> was submitted.</p>
<p>What happens next? The employer will review your profile. You'll get an email once your status changes. In the meantime, keep your Kalibrr profile updated.</p>
<p><a href="https://www.kalibrr.com/home/applications">View application</a></p>
<p>Kalibrr Team</p></div></body></html>""",
    ),
    m(
        "58411",
        "2025-10-09 10:05",
        "Kalibrr <noreply@kalibrr.com>",
        "Good news! TindahanPay moved you forward",
        A("viewed", TP, TPR, 4, "other"),
        html="""<html><body><p>Hi Kristine Joy,</p><p>TindahanPay has reviewed your application for <b>Operations Team Lead</b> and moved it to <b>Shortlisted</b>.</p><p>Check your email and Kalibrr messages regularly for the next steps from the employer.</p><p>Kalibrr</p></body></html>""",
    ),
    m(
        "58418",
        "2025-10-10 09:47",
        "Jessa Villarin <jessa@tindahanpay.ph>",
        "TPay x Kristine - interview schedule",
        A("interview", TP, TPR, 4, "direct"),
        """Hi Kristine!

Jessa here from the People team of TindahanPay. Thanks for applying for our Ops Team Lead role. We'd like to have a 45-min Zoom call with you and our Head of Operations, Migs.

I sent a calendar invite for Tuesday Oct 14, 3PM. If that doesn't work, just reply with 2-3 slots that work for you.

Thanks!
Jessa Villarin
People & Culture | TindahanPay
Tindahan Payments Corp., 12F Sequoia Tower, Ortigas
""",
        ics=ev(
            "tp-first-8813@tindahanpay.ph",
            "2025-10-14 15:00",
            "TindahanPay - Ops Team Lead interview (Kristine Manalastas)",
            ("Jessa Villarin", "jessa@tindahanpay.ph"),
            45,
            "Join Zoom Meeting https://tindahanpay.zoom.us/j/8813402210",
            "Zoom",
        ),
    ),
    m(
        "58433",
        "2025-10-17 18:30",
        "Jessa Villarin <jessa@tindahanpay.ph>",
        "Next step: case exercise + panel",
        A("assessment", TP, TPR, 4, "direct"),
        """Hi Kristine,

Migs enjoyed talking with you! Next step is a short case exercise: attached is a dataset of one week of merchant support tickets. Please prepare a 10-min deck on (1) where the backlog comes from and (2) a staffing plan for Q1. Kindly send by Wednesday Oct 22, 6PM.

After that we'll schedule the panel interview with our COO.

Jessa
""",
        attach=[
            (
                "TPay_case_tickets.csv",
                "text/csv",
                "ticket_id,created,channel,category,resolved_hrs\n10021,2025-10-06,chat,refund,4.2\n10022,2025-10-06,email,kyc,30.5\n",
            )
        ],
    ),
    m(
        "58447",
        "2025-10-23 11:02",
        "Jessa Villarin <jessa@tindahanpay.ph>",
        "Panel interview - TindahanPay",
        A("interview", TP, TPR, 4, "direct"),
        """Hi Kristine,

Got your deck, thank you! Panel interview is set on Monday, Oct 27, 10:00 AM at our office (12F Sequoia Tower, Ortigas) with Migs and our COO, Ms. Cora Yap. Please present your case for 10 minutes, then Q&A.

Just register at the lobby and mention TPay.

Jessa
""",
        ics=ev(
            "tp-panel-9002@tindahanpay.ph",
            "2025-10-27 10:00",
            "Panel: Kristine Manalastas (Ops TL) - onsite",
            ("Jessa Villarin", "jessa@tindahanpay.ph"),
            90,
            "Onsite panel with Migs and Cora",
            "TindahanPay, 12F Sequoia Tower, Ortigas Center, Pasig",
        ),
    ),
    m(
        "58470",
        "2025-11-03 17:15",
        "Jessa Villarin <jessa@tindahanpay.ph>",
        "Offer for Operations Team Lead",
        A("offer", TP, TPR, 4, "direct"),
        """Hi Kristine,

We're excited to offer you the role of Operations Team Lead at TindahanPay! Attached is your offer letter. Summary:

- Monthly basic: PHP 62,000
- Rice and transpo allowance: PHP 4,000
- HMO (Maxicare) for you + 1 dependent
- Hybrid: 3 days onsite in Ortigas
- Start: December 1, 2025

Please review and sign via the link by Friday Nov 7. Happy to jump on a call if you have questions.

Welcome (hopefully!) to TPay :)
Jessa
""",
    ),
    m(
        "58476",
        "2025-11-06 12:40",
        "Tindahan Payments Corp. via Docusign <dse_NA4@docusign.net>",
        "Completed: Offer Letter - Kristine Joy Manalastas - Operations Team Lead",
        A("offer", TP, TPR, 4, "docusign"),
        html="""<html><body><table><tr><td style="background:#1e4ca1;color:#fff;padding:20px">Your document has been completed</td></tr>
<tr><td><p>All parties have completed <b>Offer Letter - Kristine Joy Manalastas - Operations Team Lead</b>.</p>
<p>Jessa Villarin<br>jessa@tindahanpay.ph</p>
<p><a href="https://na4.docusign.net/Signing/?ti=1b2">VIEW COMPLETED DOCUMENT</a></p>
<p style="font-size:11px">Do Not Share This Email. This email contains a secure link to Docusign.</p></td></tr></table></body></html>""",
        st="accepted",
    ),
    m(
        "58481",
        "2025-11-10 09:00",
        "TindahanPay People Team <people@tindahanpay.ph>",
        "Welcome to TPay! Your onboarding checklist",
        A("other_job", TP, TPR, None, "direct"),
        """Hi Kristine,

Welcome to the team! Before your first day (Dec 1), please submit the following on our HR portal:

- NBI clearance
- Medical results (schedule at Healthway Ortigas, LOA attached)
- SSS, PhilHealth, Pag-IBIG and TIN numbers
- BIR 2316 from your previous employer
- Bank account details (we'll open a payroll account if you don't have one)

Your laptop will be ready on Day 1. See you soon!

TPay People Team
""",
    ),
    # --- 5 Harbor & Pine (Lever, US startup) ------------------------------------------------
    m(
        "58220",
        "2025-08-14 23:16",
        "Harbor & Pine <no-reply@hire.lever.co>",
        "Thanks for applying to Harbor & Pine",
        A("confirmation", HP, HPR, 5, "lever"),
        """Hi Kristine Joy,

Thanks for your interest in Harbor & Pine! We've received your application for the Customer Success Lead (Remote - APAC) position and our team is reviewing it.

We're a small team so we read every application ourselves. If there's a fit, we'll reach out to set up a chat.

Cheers,
The Harbor & Pine team
""",
    ),
    m(
        "58231",
        "2025-08-19 07:55",
        "Dana Whitcomb <dana.whitcomb.hp@gmail.com>",
        "quick chat?",
        A("interview", HP, HPR, 5, "direct"),
        """Hi Kristine,

Dana here, co-founder at Harbor & Pine (we make scheduling software for home cleaning businesses). Loved your application - especially the part about building the QA scorecard from scratch.

Would you be up for a 30 min video call? I'm in Portland so your evening works best for me. Grab any slot here: https://calendly.com/dana-hp/30min

Dana
(sorry for the gmail - our workspace is being migrated this week)
""",
    ),
    m(
        "58233",
        "2025-08-19 20:04",
        "Calendly <notifications@calendly.com>",
        "New Event: Kristine Joy Manalastas - 08:00pm Thu, Aug 21, 2025 - 30 Minute Meeting",
        A("interview", HP, HPR, 5, "other"),
        """Hi Kristine Joy Manalastas,

A new event has been scheduled.

Event Type: 30 Minute Meeting
Invitee: Dana Whitcomb
Event Date/Time: 08:00pm - Thursday, August 21, 2025 (Philippine Standard Time)
Location: Google Meet - https://meet.google.com/hxp-qtrm-pvd

Powered by Calendly.com
""",
    ),
    m(
        "58249",
        "2025-08-26 06:40",
        "Dana Whitcomb <dana.whitcomb.hp@gmail.com>",
        "Re: quick chat?",
        A("interview", HP, HPR, 5, "direct"),
        """Hey Kristine,

Great chatting last week! Next step would be a call with Mateo (our Head of Support) - he'll walk you through our ticket queue and ask how you'd triage it. He'll send an invite directly.

Dana

On Tue, Aug 26, 2025 at 6:21 AM Kristine Joy Manalastas <kjmanalastas@gmail.com> wrote:
> Hi Dana, thanks again for the time on Thursday! Just checking on next steps.
""",
        **{"In-Reply-To": "<58231.20250819.11@gmail.com>"},
    ),
    m(
        "58252",
        "2025-08-27 09:12",
        "Mateo Ferreira <mateo@harborandpine.co>",
        "Invitation: Harbor & Pine - Support deep dive w/ Kristine @ Thu Aug 28, 2025 8pm - 9pm (PST)",
        A("interview", HP, HPR, 5, "direct"),
        """You have been invited to the following event.

Harbor & Pine - Support deep dive w/ Kristine
When: Thursday Aug 28, 2025 8pm - 9pm (Philippine Standard Time - Manila)
Joining info: meet.google.com/ktr-wmbx-eoa
Calendar: kjmanalastas@gmail.com
Who:
* mateo@harborandpine.co - organizer
* kjmanalastas@gmail.com

Invitation from Google Calendar
""",
        ics=ev(
            "hp-deep-5521@google.com",
            "2025-08-28 20:00",
            "Harbor & Pine - Support deep dive w/ Kristine",
            ("Mateo Ferreira", "mateo@harborandpine.co"),
            60,
            "meet.google.com/ktr-wmbx-eoa",
            "Google Meet",
        ),
    ),
    # --- 6 Brightwell (OnlineJobs.ph) -- ghosted -------------------------------------------
    m(
        "58240",
        "2025-08-22 22:19",
        "OnlineJobs.ph <support@onlinejobs.ph>",
        "Your application has been sent to the employer",
        A("confirmation", BR, BRR, 6, "other"),
        """Hi Kristine Joy,

Your application for "Client Success Manager (Remote, US Hours) - Home Services Company" has been sent to the employer, Greg H. of Brightwell Home Services.

Note: employers on OnlineJobs.ph contact applicants directly. Never pay an employer any fee to be hired.

OnlineJobs.ph
""",
    ),
    m(
        "58246",
        "2025-08-24 10:33",
        "Greg Hollister <greghollister.bhs@gmail.com>",
        "Client Success Manager - next step (paid trial task)",
        A("assessment", BR, BRR, 6, "direct"),
        """Hi Kristine,

Thanks for applying on OnlineJobs. I run Brightwell Home Services (HVAC and plumbing, 3 locations in Ohio). Before we hop on a call I ask every candidate to do a short trial task:

Read the 5 customer emails in the attached doc and draft replies as if you were our client success manager. Should take 60-90 mins. I'll pay USD 20 for it via PayPal regardless of the outcome.

Please send it back by Wednesday.

Greg
""",
        attach=[
            (
                "brightwell_trial_emails.txt",
                "text/plain",
                "1) My AC unit was serviced Tuesday and it's already blowing warm air...\n",
            )
        ],
    ),
    # --- 7 ACCC (BPO hub, telco account) -> rejected ---------------------------------------
    m(
        "58255",
        "2025-08-28 12:00",
        "ACCC Recruitment <recruitment@aksyoncc.com.ph>",
        "Walk-in Interview Confirmation - Ops Supervisor (Telco Account)",
        A("interview", AK, AKR, 7, "direct"),
        """Hello Kristine Joy Manalastas,

Thank you for your application with Aksyon Contact Center Corp. (ACCC).

You are scheduled for an initial interview for OPERATIONS SUPERVISOR - TELCO ACCOUNT.

When: September 1, 2025, Monday, 1:00 PM
Where: ACCC Recruitment Hub, Ground Floor, Vertis North Corporate Center 3, North Avenue, Quezon City
What to bring: resume, valid ID, pen

Process for the day: initial interview, Versant-style English test, typing test, operations interview. Please allot 4 to 5 hours.

ACCC Recruitment Team
"Aksyon para sa Customer"
""",
    ),
    m(
        "58262",
        "2025-09-01 17:42",
        "ACCC Assessment Center <no-reply@aksyoncc.com.ph>",
        "Your assessment results",
        A("assessment", AK, AKR, 7, "direct"),
        """Dear Applicant,

Thank you for completing the ACCC assessments today.

English Proficiency (Spoken): Passed (Level 62)
Typing: 52 WPM / 97% accuracy - Passed
Supervisory Situational Judgement: For Ops Review

Your results have been forwarded to the account's Operations team. Please wait for a call or text from your recruiter within 3-5 working days.

ACCC Assessment Center
""",
    ),
    m(
        "58281",
        "2025-09-10 14:25",
        "Ana Marie Bautista <anamarie.bautista@aksyoncc.com.ph>",
        "Your application with ACCC",
        A("rejection", AK, AKR, 7, "direct"),
        """Hi Kristine,

Thank you for going through our hiring process for the Ops Supervisor role on the Telco account. The team really enjoyed talking to you and your English assessment results were strong.

Unfortunately, the account has decided to prioritize internal candidates for the supervisor slots this quarter, so we won't be able to proceed with your application at this time.

We'd love to reconnect when new leadership roles open. Salamat and God bless!

Ana Marie Bautista
Recruitment Specialist, ACCC
""",
    ),
    # --- 8 Nimbusly (Greenhouse) -> rejected, 9 re-application ------------------------------
    m(
        "58270",
        "2025-09-04 08:15",
        "Nimbusly Recruiting <no-reply@greenhouse.io>",
        "Thanks for applying to Nimbusly!",
        A("confirmation", NB, NBR1, 8, "greenhouse"),
        """Hi Kristine Joy,

Thanks for applying for the Support Operations Lead role at Nimbusly. G'day from Sydney!

Our team will review your application and we'll be in touch if your experience is a match. If you are not selected for this role, we'll still let you know either way.

Cheers,
Nimbusly Talent
""",
    ),
    m(
        "58288",
        "2025-09-12 07:30",
        "Holly Brennan <holly.brennan@nimbusly.com.au>",
        "Nimbusly - let's chat (Support Operations Lead)",
        A("interview", NB, NBR1, 8, "direct"),
        """Hi Kristine,

Thanks for your application for Support Operations Lead! I'd love to set up a 30 min intro call to learn more about you. Please pick a time that suits using the link below (times shown in your timezone):

https://app.greenhouse.io/scheduling/availability/4ce1b2f

Kind regards,
Holly Brennan
Talent Partner, Nimbusly
""",
    ),
    m(
        "58291",
        "2025-09-12 19:05",
        "Holly Brennan <holly.brennan@nimbusly.com.au>",
        "Interview confirmed: Nimbusly intro call",
        A("interview", NB, NBR1, 8, "direct"),
        """Hi Kristine,

Your interview is confirmed:

Tuesday 16 September, 10:00 AM - 10:30 AM (Philippine Standard Time)
Microsoft Teams - link in the calendar invite

Talk soon,
Holly
""",
        ics=ev(
            "gh-int-77201@greenhouse.io",
            "2025-09-16 10:00",
            "Nimbusly intro call - Kristine Joy Manalastas",
            ("Holly Brennan", "holly.brennan@nimbusly.com.au"),
            30,
            "Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3animb",
            "Microsoft Teams",
        ),
    ),
    m(
        "58312",
        "2025-09-26 09:50",
        "Holly Brennan <holly.brennan@nimbusly.com.au>",
        "Following up",
        A("rejection", NB, NBR1, 8, "direct"),
        """Hi Kristine,

Thanks so much for your time with me and with Liam last week. You clearly know how to run a tight support floor, and we loved your examples of coaching new TLs.

We've taken the difficult decision not to progress with your application for this particular role; we're looking for someone who has run Zendesk admin and workforce planning for a multi-region team.

I'd genuinely encourage you to keep an eye on our careers page - we're growing our Manila hub next year.

All the best,
Holly
""",
    ),
    m(
        "58620",
        "2025-12-03 06:55",
        "Nimbusly Recruiting <no-reply@greenhouse.io>",
        "Thanks for applying to Nimbusly!",
        A("confirmation", NB, NBR2, 9, "greenhouse"),
        """Hi Kristine Joy,

Thanks for applying for the Customer Success Manager, APAC role at Nimbusly. G'day from Sydney!

Our team will review your application and we'll be in touch if your experience is a match. If you are not selected for this role, we'll still let you know either way.

Cheers,
Nimbusly Talent
""",
    ),
    # --- 10 SariSure (Indeed) -- ghosted -----------------------------------------------------
    m(
        "58226",
        "2025-08-16 11:05",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Customer Experience Team Leader",
        A("confirmation", SS, SSR, 10, "indeed"),
        html="""<html><body><div style="max-width:600px;font-family:Helvetica">
<p><b>Application submitted</b></p>
<p>Customer Experience Team Leader<br>SariSure Insurance Brokers Inc. - Makati City</p>
<p>The following items were sent to SariSure Insurance Brokers Inc.: Resume, Cover letter, Screener answers.</p>
<p>Good luck on your application! You can track it in <a href="https://ph.indeed.com/myjobs">My jobs</a>.</p>
<p style="color:#888;font-size:11px">Indeed Philippines</p></div></body></html>""",
    ),
    # --- 11 Caldera Health Solutions via TalentBayan Staffing ---------------------------------
    m(
        "58320",
        "2025-09-29 13:48",
        "Rhea Sarmiento <rhea@talentbayan.ph>",
        "Team Manager opportunity - US healthcare account (Day shift!)",
        ("outreach", None, "Team Manager", None, "agency", "en"),
        """Hi Kristine,

Good afternoon! I'm Rhea from TalentBayan Staffing. Saw your profile on JobStreet and I think you'd be a great fit for a Team Manager opening with one of our clients, a leading US healthcare BPO in Quezon City (UP Town Center area).

- Day shift (rare for US healthcare!)
- PHP 55-65K basic + allowances
- Handling 15-18 agents, member services (non-voice + voice)

Are you open to this? If yes, please send your updated CV and expected salary. Thank you!

Rhea Sarmiento
Senior Recruitment Consultant | TalentBayan Staffing
0917 555 0142
""",
    ),
    m(
        "58325",
        "2025-10-01 10:20",
        "Rhea Sarmiento <rhea@talentbayan.ph>",
        "RE: Team Manager opportunity - US healthcare account (Day shift!)",
        A("confirmation", CH, CHR, 11, "agency"),
        """Hi Kristine,

Thanks for sending your CV! I have endorsed you to our client, Caldera Health Solutions Philippines, Inc., for the Team Manager - Member Services role. Their TA will review within the week.

FYI Caldera is the Philippine site of Caldera Health (US). I'll update you as soon as I hear from them.

Rhea

-----Original Message-----
From: Kristine Joy Manalastas <kjmanalastas@gmail.com>
Sent: Tuesday, September 30, 2025 9:02 PM
Subject: Re: Team Manager opportunity - US healthcare account (Day shift!)

Hi Rhea, yes interested. Attached is my CV. Expected salary is 60K. Thanks!
""",
    ),
    m(
        "58342",
        "2025-10-08 15:00",
        "Rhea Sarmiento <rhea@talentbayan.ph>",
        "Caldera interview tomorrow",
        A("interview", CH, CHR, 11, "agency"),
        """Hi Kristine! Caldera wants to interview you tomorrow Oct 9, 11AM via Zoom with their Ops Director, Ms. Joy Pineda. Link: https://calderahealth.zoom.us/j/94021 . Pls confirm asap. Good luck!!

- Rhea
""",
    ),
    m(
        "58358",
        "2025-10-16 11:40",
        "Rhea Sarmiento <rhea@talentbayan.ph>",
        "update on Caldera",
        A("confirmation", CH, CHR, 11, "agency"),
        """Hi Kristine,

Quick update - Caldera informed us that the Team Manager requisition is on hold for now because the client ramp was moved to Q1 2026. They liked you though and said they'll reach out once the headcount is approved.

Sorry for this, I'll keep you posted.

Rhea
""",
        st="on_hold",
    ),
    # --- 12 KOPI (SmartRecruiters) -> withdrawn ------------------------------------------
    m(
        "58350",
        "2025-10-13 09:30",
        "Keystone Outsourcing Philippines Inc. <no-reply@smartrecruiters.com>",
        "Thank you for applying to KOPI",
        A("confirmation", KO, KOR, 12, "smartrecruiters"),
        """Dear Kristine Joy,

Thank you for your application for the Workforce Team Lead position at Keystone Outsourcing Philippines Inc.

We are reviewing your application and will get back to you shortly.

Best regards,
KOPI Talent Acquisition Team
""",
    ),
    m(
        "58366",
        "2025-10-15 14:12",
        "KOPI Talent Acquisition <ta@kopi-outsourcing.com>",
        "KOPI | Online Assessment for Workforce Team Lead",
        A("assessment", KO, KOR, 12, "direct"),
        """Hi Kristine Joy,

Please complete the WFM Aptitude Test (Excel-based forecasting and scheduling) within 3 days: https://kopi.testportal.example/wfm?id=KJM3318

The test takes around 60 minutes. You need Microsoft Excel or Google Sheets.

KOPI TA
""",
    ),
    m(
        "58403",
        "2025-10-28 16:05",
        "KOPI Talent Acquisition <ta@kopi-outsourcing.com>",
        "RE: Withdrawal of application - Workforce Team Lead",
        A("confirmation", KO, KOR, 12, "direct"),
        """Hi Kristine Joy,

We acknowledge your request to withdraw your application for Workforce Team Lead. We've updated your status in our system.

Thank you for your interest in KOPI, and congratulations on your next step!

KOPI TA

> Hi, I would like to withdraw my application for the Workforce Team Lead role as I am already in the final stage with another company. Thank you for the opportunity. - Kristine
""",
        st="withdrawn",
    ),
    # --- 13 Pandayan Logistics (LinkedIn) -> rejected ---------------------------------------
    m(
        "58211",
        "2025-08-12 20:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Kristine Joy, your application was sent to Pandayan Logistics Corp.",
        A("confirmation", PL, PLR, 13, "linkedin"),
        """Your application was sent to Pandayan Logistics Corp.

Customer Service Operations Manager
Pandayan Logistics Corp. - Pasig, National Capital Region, Philippines (On-site)
Applied on August 12, 2025

Now take these next steps to improve your chances:
- Message the hiring team
- Complete your profile

View similar jobs
""",
    ),
    m(
        "58224",
        "2025-08-15 10:01",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Pandayan Logistics Corp.",
        A("viewed", PL, PLR, 13, "linkedin"),
        """Kristine Joy, your application was viewed

Customer Service Operations Manager
Pandayan Logistics Corp. - Pasig

The hiring team viewed your application. Keep applying to improve your chances.
""",
    ),
    m(
        "58244",
        "2025-08-23 09:12",
        "Pandayan Logistics HR <hr.recruitment@pandayan.com.ph>",
        "Your application for Customer Service Operations Manager",
        A("rejection", PL, PLR, 13, "direct"),
        """Dear Ms. Manalastas,

Thank you for your interest in joining Pandayan Logistics Corp. We appreciate the time you took to apply.

After careful consideration, we regret to inform you that we will not be moving forward with your application, as we are looking for candidates with more direct logistics and trucking operations experience.

We wish you success in your career.

Respectfully,
HR Recruitment
Pandayan Logistics Corp.
""",
    ),
    # --- 14 Orbitly (Workable) -> rejected ----------------------------------------------
    m(
        "58296",
        "2025-09-17 22:45",
        "Orbitly <noreply@candidates.workablemail.com>",
        "Thanks for applying to Orbitly",
        A("confirmation", OR, ORR, 14, "workable"),
        """Hi Kristine Joy,

Thank you for your interest in the Customer Success Team Lead (APAC) role at Orbitly. We've received your application and our team will review it shortly.

In the meantime, feel free to learn more about us at orbitly.io.

Best,
Orbitly Hiring Team
""",
    ),
    m(
        "58305",
        "2025-09-22 21:10",
        "Orbitly <noreply@candidates.workablemail.com>",
        "Orbitly: Please record your video responses",
        A("assessment", OR, ORR, 14, "workable"),
        """Hi Kristine Joy,

We'd like to get to know you better! As the next step for the Customer Success Team Lead (APAC) role, please answer 3 short video questions. Each answer can be up to 2 minutes.

Please complete this by Friday, September 26.

Record your answers: https://apply.workable.com/orbitly/v/8f2c

Best,
Orbitly Hiring Team
""",
    ),
    m(
        "58317",
        "2025-09-30 23:30",
        "Tyler Okafor <tyler@orbitly.io>",
        "Orbitly - chat with our VP of Customer",
        A("interview", OR, ORR, 14, "direct"),
        """Hi Kristine,

Your video answers were great. I'd like to set up a 45-minute Zoom interview with Renee, our VP of Customer. Does Thursday Oct 2 at 9 PM Manila time work? I'll send a Zoom invite once you confirm.

Tyler Okafor
Recruiting, Orbitly (sent via Workable)
""",
    ),
    m(
        "58345",
        "2025-10-09 02:05",
        "Orbitly <noreply@candidates.workablemail.com>",
        "Your application at Orbitly",
        A("rejection", OR, ORR, 14, "workable"),
        """Hi Kristine Joy,

Thank you for taking the time to interview with us for the Customer Success Team Lead (APAC) role. Renee really enjoyed your conversation.

We've decided to move forward with another candidate whose experience more closely matches the needs of the team right now. This was not an easy decision.

We'll keep your details on file and hope our paths cross again.

Best,
Orbitly Hiring Team
""",
    ),
    # --- 15 Sagana Foods (JobStreet) -> rejected --------------------------------------------
    m(
        "58261",
        "2025-09-01 08:44",
        "JobStreet <noreply@jobstreet.com>",
        "Your application was successfully submitted",
        A("confirmation", SG, SGR, 15, "other"),
        html="""<html><body><table width="600"><tr><td>
<h2>Application sent</h2>
<p>Hi Kristine Joy,</p>
<p>Your application for <b>Customer Care Team Leader</b> at <b>Sagana Foods Corporation</b> has been sent.</p>
<p>Track it anytime under <a href="https://ph.jobstreet.com/my-activity/applied-jobs">Saved &amp; applied jobs</a>.</p>
<p>The JobStreet team</p></td></tr></table></body></html>""",
    ),
    m(
        "58300",
        "2025-09-19 15:30",
        "JobStreet <noreply@jobstreet.com>",
        "An update on your application to Sagana Foods Corporation",
        A("rejection", SG, SGR, 15, "other"),
        html="""<html><body><table width="600"><tr><td>
<p>Hi Kristine Joy,</p>
<p>Sagana Foods Corporation has updated the status of your application for <b>Customer Care Team Leader</b>.</p>
<p>Message from the employer:</p>
<blockquote>Thank you for applying. We were glad to see your strong background in customer care. After reviewing all applications, we have decided not to proceed with your application at this time. We wish you the best.</blockquote>
<p>Don't be discouraged - there are more jobs for you on JobStreet.</p>
</td></tr></table></body></html>""",
    ),
    # --- 16 Verdant Cloud Philippines (Workday) -> on hold ------------------------------------
    m(
        "58332",
        "2025-10-05 19:50",
        "Verdant Cloud Careers <verdantcloud@myworkday.com>",
        "Application Received: Technical Support Team Lead (JR-55120)",
        A("confirmation", VC, VCR, 16, "workday"),
        """Dear Kristine Joy,

Thank you for applying to the Technical Support Team Lead position at Verdant Cloud Philippines, Inc. We have received your application.

What's next: our recruiting team will carefully review your qualifications. If selected, you will be contacted for the next steps. Candidates can view their application status at any time in the Candidate Home.

Regards,
Verdant Cloud Global Talent Acquisition
""",
    ),
    m(
        "58395",
        "2025-10-24 10:18",
        "Verdant Cloud Careers <verdantcloud@myworkday.com>",
        "An update regarding JR-55120",
        A("confirmation", VC, VCR, 16, "workday"),
        """Dear Kristine Joy,

We are writing to let you know that the Technical Support Team Lead (JR-55120) requisition in Taguig has been placed on hold due to a change in business priorities. Your application will remain in our system, and we will contact you if the role is reopened.

We appreciate your patience and your interest in Verdant Cloud.

Regards,
Verdant Cloud Global Talent Acquisition
""",
        st="on_hold",
    ),
    # --- 17 Bayanihan Digital Bank (Lever) -> rejected after final --------------------------
    m(
        "58380",
        "2025-10-20 12:22",
        "BDB Careers <no-reply@hire.lever.co>",
        "Thank you for your application to Bayanihan Digital Bank",
        A("confirmation", BD, BDR, 17, "lever"),
        """Hi Kristine Joy,

Thank you for your application for Customer Operations Lead. Our team at BDB is reviewing your profile. We'll get back to you if your qualifications match what we're looking for.

Maraming salamat,
BDB Talent Team
""",
    ),
    m(
        "58415",
        "2025-10-29 14:00",
        "Carlo Mendiola <carlo.mendiola@bdb.com.ph>",
        "Interview invitation: Customer Operations Lead",
        A("interview", BD, BDR, 17, "direct"),
        """Hi Kristine,

We'd like to invite you for an interview with our Customer Operations Head on Nov 4 (Tue), 2:00-3:00 PM via Google Meet. Please see the attached invite and accept so we know you're joining.

Best,
Carlo Mendiola
Talent Acquisition, Bayanihan Digital Bank, Inc.
""",
        ics=ev(
            "lever-bdb-31188@hire.lever.co",
            "2025-11-04 14:00",
            "Interview: Kristine Joy Manalastas - Customer Operations Lead",
            ("Carlo Mendiola", "carlo.mendiola@bdb.com.ph"),
            60,
            "Google Meet: https://meet.google.com/bdb-ops-int",
            "Google Meet",
        ),
    ),
    m(
        "58464",
        "2025-11-04 18:10",
        "Carlo Mendiola <carlo.mendiola@bdb.com.ph>",
        "Re: Interview invitation: Customer Operations Lead",
        A("confirmation", BD, BDR, 17, "direct"),
        """Hi Kristine,

Thanks for letting us know, and congratulations on the new role! I've withdrawn your application for Customer Operations Lead on our end. Ms. Agnes also says thank you for the great conversation earlier.

Best of luck!
Carlo

On Tue, Nov 4, 2025 at 4:40 PM Kristine Joy Manalastas <kjmanalastas@gmail.com> wrote:
> Hi Carlo,
> Thank you for today's interview with Ms. Agnes. I wanted to let you know that I have accepted an
> offer elsewhere, so I'd like to withdraw from the process. I really appreciate BDB's time.
> Kristine
""",
        st="withdrawn",
    ),
    # --- 18 HelioDesk (LinkedIn InMail -> Greenhouse) -> rejected ----------------------------
    m(
        "58236",
        "2025-08-20 08:10",
        "Sophie Lindqvist via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Customer Success Lead role at HelioDesk (Melbourne, remote-friendly)",
        ("outreach", HD, HDR, None, "linkedin", "en"),
        """Hi Kristine Joy,

I'm a Talent Partner at HelioDesk, a Melbourne-based helpdesk software company. We're building our first Manila-based CS team and your experience leading a 20-seat support team at a SaaS company caught my eye.

Would you be open to hearing more about the Customer Success Lead role? If so, feel free to apply at heliodesk.com/careers and let me know so I can flag your application.

Sophie
""",
    ),
    m(
        "58238",
        "2025-08-21 21:25",
        "HelioDesk <no-reply@greenhouse.io>",
        "HelioDesk: We received your application",
        A("confirmation", HD, HDR, 18, "greenhouse"),
        """Hi Kristine Joy,

Thanks for applying to HelioDesk for the Customer Success Lead role. We'll review your application and let you know about next steps.

HelioDesk Talent
""",
    ),
    m(
        "58251",
        "2025-08-27 07:00",
        "Sophie Lindqvist <sophie.lindqvist@heliodesk.com>",
        "Invitation: HelioDesk screening call @ Fri Aug 29, 2025 11am - 11:30am (PHT)",
        A("interview", HD, HDR, 18, "direct"),
        """Hi Kristine,

Lovely to see your application come through! I've booked a 30 minute screening call on Friday. Calendar invite attached; let me know if the time doesn't suit.

Sophie Lindqvist
Talent Partner | HelioDesk Pty Ltd
""",
        ics=ev(
            "helio-scr-1182@google.com",
            "2025-08-29 11:00",
            "HelioDesk screening call - Kristine Joy Manalastas",
            ("Sophie Lindqvist", "sophie.lindqvist@heliodesk.com"),
            30,
            "Zoom: https://heliodesk.zoom.us/j/6618239",
            "Zoom",
        ),
    ),
    m(
        "58268",
        "2025-09-03 12:35",
        "HelioDesk <no-reply@greenhouse.io>",
        "Your HelioDesk application",
        A("rejection", HD, HDR, 18, "greenhouse"),
        """Hi Kristine Joy,

Thank you for speaking with Sophie last week about the Customer Success Lead role. We were impressed with your leadership background and your warmth.

Having reviewed all candidates, we've decided to move ahead with people whose experience in B2B account management is a closer match at this stage. We know this isn't the news you hoped for.

We'd be glad to keep in touch for future roles in Manila.

Warm regards,
HelioDesk Talent
""",
    ),
    # --- 19 Lakbay Travel Tech (Kalibrr) -- ghosted after viewed ------------------------------
    m(
        "58372",
        "2025-10-18 08:21",
        "Kalibrr <noreply@kalibrr.com>",
        "Application submitted: Operations Team Lead at Lakbay Travel Tech Inc.",
        A("confirmation", LK, LKR, 19, "other"),
        html="""<html><body><div style="font-family:Arial">
<p>Hi Kristine Joy,</p>
<p>Your application to <b>Operations Team Lead</b> at <b>Lakbay Travel Tech Inc.</b> was submitted.</p>
<p>The employer will review your profile. You'll get an email once your status changes.</p>
<p>Kalibrr Team</p></div></body></html>""",
    ),
    m(
        "58384",
        "2025-10-21 13:00",
        "Kalibrr <noreply@kalibrr.com>",
        "Lakbay viewed your application",
        A("viewed", LK, LKR, 19, "other"),
        html="""<html><body><p>Hi Kristine Joy,</p><p><b>Lakbay Travel Tech Inc.</b> viewed your application for <b>Operations Team Lead</b>.</p><p>Kalibrr</p></body></html>""",
    ),
    # --- 20 Nordhavn Shared Services (SmartRecruiters) -- ghosted -------------------------
    m(
        "58408",
        "2025-10-28 20:30",
        "Nordhavn Group Careers <no-reply@smartrecruiters.com>",
        "Your application for Service Delivery Team Lead",
        A("confirmation", NS, NSR, 20, "smartrecruiters"),
        """Dear Kristine Joy,

Thank you for applying to Nordhavn Group. We confirm receipt of your application for Service Delivery Team Lead at Nordhavn Shared Services Philippines, Inc. (Manila).

If your profile matches the requirements, we will contact you to arrange next steps. Unfortunately we are not able to give individual feedback on applications at the screening stage.

Best regards,
Nordhavn Group Talent Acquisition
""",
    ),
    # --- 21 Quantiv (OnlineJobs.ph-style board, US startup) -> rejected --------------------
    m(
        "58354",
        "2025-10-14 23:05",
        "OnlineJobs.ph <support@onlinejobs.ph>",
        "Your application has been sent to the employer",
        A("confirmation", QV, QVR, 21, "other"),
        """Hi Kristine Joy,

Your application for "Customer Support Team Lead (full time, EST hours)" has been sent to the employer, Jenna R. of Quantiv.

Note: employers on OnlineJobs.ph contact applicants directly. Never pay an employer any fee to be hired.

OnlineJobs.ph
""",
    ),
    m(
        "58361",
        "2025-10-16 04:15",
        "Jenna Ruiz <jenna@quantiv.app>",
        "Quantiv - Typing + writing test",
        A("assessment", QV, QVR, 21, "direct"),
        """Hey Kristine,

Thanks for applying! Two quick things before an interview:
1) Typing test at typingtest.com (5 min), send me a screenshot of the result
2) Write a reply to this angry customer: "I got charged twice and nobody answers your chat!!!"

Reply here when done.

Jenna
Quantiv | Ops
""",
    ),
    m(
        "58374",
        "2025-10-19 05:40",
        "Jenna Ruiz <jenna@quantiv.app>",
        "Re: Quantiv - Typing + writing test",
        A("rejection", QV, QVR, 21, "direct"),
        """Hi Kristine,

Thanks for sending these - your reply to the customer was really well written. Honestly we had 400+ applicants and we've already made a hire for this round, so we're closing the role.

I'll save your info in case we open another TL spot next year.

Jenna

> Hi Jenna, attached is my typing test result (68 WPM, 98%) and my sample reply. Thanks!
""",
    ),
]
