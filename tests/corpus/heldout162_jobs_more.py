# ruff: noqa: E501, RUF100
"""Corpus 162, job mail part two (data only): see heldout162.py.

The job boards (Naukri, foundit, Instahyre, hirist, iimjobs, Cutshort, LinkedIn, Indeed), the
start-up founder, the staffing vendor, the LinkedIn recruiter, alerts and outreach."""

from __future__ import annotations

from typing import Any

from heldout162_jobs import (
    BP,
    BPR,
    CV,
    CVR,
    DL,
    DLR,
    DW,
    DWR,
    KB,
    KBR,
    KO,
    KOR,
    LL,
    LLR,
    NV,
    NVR,
    PC,
    PCR,
    PV,
    SH,
    SHR,
    SK,
    SKR,
    SS,
    SSR,
    VY,
    VYR,
    A,
    J,
    gcal,
    ics,
    m,
    thread,
)

_ramya_first = m(
    "tS1ur",
    "2025-07-21 12:48",
    "Ramya K <ramya.k@talentsquare.example>",
    "Urgent Requirement - Big Data Engineer - C2H - Bangalore",
    J("outreach", "agency"),
    text="""Dear Candidate,

Greetings from TalentSquare Consulting Pvt. Ltd.!

We have an urgent requirement for our client, a leading product-based company in the EV / mobility space, for the position of Big Data Engineer on C2H (Contract to Hire) basis. Please find the JD below.

Position      : Big Data Engineer
Experience    : 5 - 8 years
Location      : Bangalore (Hybrid - 3 days WFO)
Employment    : C2H - 6 months contract on TalentSquare payroll, then conversion to client rolls based on performance
Notice period : Immediate to 30 days preferred (max 60 days)

Mandatory skills:
- Strong hands-on in PySpark / Spark SQL
- Airflow orchestration
- AWS (S3, EMR, Glue, Redshift / Athena)
- Good to have: Kafka, Delta Lake

If interested, kindly revert with your updated CV along with the below details at the earliest:

Full Name:
Contact No:
Current Company:
Total Experience:
Relevant Experience (Spark):
Current CTC:
Expected CTC:
Notice Period (if serving, LWD):
Current Location:
Preferred Location:
Any offers in hand:

Looking forward to your response.

Thanks & Regards,
Ramya K
Sr. Talent Acquisition Executive
TalentSquare Consulting Pvt. Ltd.
#22, 2nd Floor, 100 Ft Road, Indiranagar, Bangalore - 560038
M: +91 96xxxxxx40 | www.talentsquare.example

Disclaimer: If you are not interested in this opportunity, kindly ignore this mail. Please do not reply with "unsubscribe" - we will update our records accordingly.
""",
)

_ramya_sub = m(
    "tS2ub",
    "2025-07-24 15:21",
    "Ramya K <ramya.k@talentsquare.example>",
    "RE: Urgent Requirement - Big Data Engineer - C2H - Bangalore",
    A("confirmation", VY, VYR, 10, "agency"),
    text="""Hi Karthik,

Thanks for sharing the details.

Your profile has been submitted to our client Vayu Mobility Pvt. Ltd. for the Big Data Engineer (C2H) position. Please reply to this mail with "I confirm" to authorise TalentSquare Consulting to represent your profile to Vayu Mobility for this position (Right to Represent). Kindly do not apply directly or through any other vendor for the same position.

Will update you once we receive feedback from the client.

Thanks & Regards,
Ramya K
TalentSquare Consulting Pvt. Ltd.

-----Original Message-----
From: Karthik Iyer <karthik.v.iyer@gmail.com>
Sent: Wednesday, July 23, 2025 10:12 PM
To: Ramya K <ramya.k@talentsquare.example>
Subject: Re: Urgent Requirement - Big Data Engineer - C2H - Bangalore

Hi Ramya,

PFA my updated CV. Details below:

Full Name: Karthik Venkataraman Iyer
Current Company: Suvarna Infotech Ltd
Total Experience: 6 years
Relevant Experience (Spark): 5 years
Current CTC: 24 LPA
Expected CTC: 36 LPA
Notice Period: 90 days (negotiable to 60)
Current Location: Bangalore
Offers in hand: None

Please let me know the client name before submitting. Also I'd prefer full time over C2H if possible.

Regards,
Karthik
""",
    **thread(_ramya_first),
)

_ramya_iv = m(
    "tS3iv",
    "2025-07-29 11:06",
    "Ramya K <ramya.k@talentsquare.example>",
    "Interview Scheduled || Vayu Mobility || Big Data Engineer || L1 - 31st July",
    A("interview", VY, VYR, 10, "agency"),
    text="""Hi Karthik,

Greetings!

As discussed over the call, your L1 technical discussion with Vayu Mobility has been scheduled. Please find the details below:

Client       : Vayu Mobility Pvt. Ltd.
Position     : Big Data Engineer (C2H)
Round        : L1 - Technical
Date         : 31-Jul-2025 (Thursday)
Time         : 12:00 PM IST
Mode         : Google Meet - https://meet.google.com/vym-kqhz-uxr
Interviewer  : Sandeep (Data Platform Lead)

Instructions:
1. Kindly join 5 minutes before the scheduled time.
2. Ensure good internet connectivity and keep your camera ON.
3. Please do not discuss CTC with the client panel directly.

Kindly do the needful and confirm your availability.

All the best!

Thanks & Regards,
Ramya K
Sr. Talent Acquisition Executive | TalentSquare Consulting Pvt. Ltd.
""",
)


MAIL: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- TalentSquare for Vayu (10)
    _ramya_first,
    _ramya_sub,
    _ramya_iv,
    m(
        "tS4fb",
        "2025-08-08 18:37",
        "Ramya K <ramya.k@talentsquare.example>",
        "RE: Interview Scheduled || Vayu Mobility || Big Data Engineer || L1 - 31st July",
        A("rejection", VY, VYR, 10, "agency"),
        text="""Hi Karthik,

We have received the feedback from the client for your L1 discussion.

They were looking for more hands-on exposure to Kafka and real-time streaming pipelines, hence they are not moving ahead with your profile for this position.

Will keep you posted for other suitable openings.

Thanks & Regards,
Ramya K
TalentSquare Consulting Pvt. Ltd.
""",
        **thread(_ramya_iv),
    ),
    # ---------------------------------------------------------------- Naukri: Sutra Health (13)
    m(
        "nK13a",
        "2025-07-04 21:49",
        "Naukri <info@naukri.com>",
        "Application sent: Data Engineer at Sutra Health Technologies Pvt. Ltd.",
        A("confirmation", SH, SHR, 13, "other"),
        html="""<html><body style="font-family:Roboto,Arial,sans-serif;background:#f3f5f8">
<table width="600" align="center" style="background:#fff;padding:20px">
<tr><td><img src="https://static.naukimg.com/s/4/100/i/naukri_Logo.png" alt="Naukri" width="90"></td></tr>
<tr><td>
<p>Hi Karthik Venkataraman Iyer,</p>
<p>Your application has been sent to the recruiter successfully.</p>
<table style="border:1px solid #e2e5ea;border-radius:8px;padding:12px;width:100%">
<tr><td><b>Data Engineer</b><br>Sutra Health Technologies Pvt. Ltd.<br>4-8 Yrs | Bengaluru | Not Disclosed</td></tr>
</table>
<p>Applied on: 04 Jul 2025</p>
<p>Track your application status on the Naukri app. Recruiters are more likely to respond to complete profiles - your profile is <b>86% complete</b>.</p>
<p><a href="https://www.naukri.com/mnjuser/applies?src=applyConfirmMailer">View all applies</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#8a8f99">You are receiving this mail because you applied to a job on Naukri.com. Info Edge (India) Ltd., B-8, Sector 132, Noida 201304. <a href="https://www.naukri.com/mnjuser/settings?unsubscribe=1">Unsubscribe</a></td></tr>
</table></body></html>""",
    ),
    m(
        "nK13b",
        "2025-07-07 13:12",
        "Naukri <info@naukri.com>",
        "Good news! Sutra Health viewed your application",
        A("viewed", SH, SHR, 13, "other"),
        text="""Hi Karthik,

The recruiter from Sutra Health Technologies Pvt. Ltd. has viewed your application for Data Engineer.

Recruiters usually contact shortlisted candidates within a week. Make sure your phone number is verified so you don't miss their call.

Applied on: 04 Jul 2025 | Viewed on: 07 Jul 2025

View application: https://www.naukri.com/mnjuser/applies?src=recruiterActionMailer

Team Naukri.com
""",
    ),
    # ---------------------------------------------------------------- Naukri: Kosha Analytics (14)
    m(
        "nK14a",
        "2025-07-14 09:22",
        "Naukri <info@naukri.com>",
        "Application sent: Senior Data Engineer - AWS at Kosha Analytics",
        A("confirmation", KO, KOR, 14, "other"),
        text="""Hi Karthik Venkataraman Iyer,

Your application has been sent to the recruiter successfully.

Senior Data Engineer - AWS
Kosha Analytics Private Limited
5-10 Yrs | Bengaluru (Hybrid) | 25-40 Lacs P.A.

Applied on: 14 Jul 2025

Track your application status: https://www.naukri.com/mnjuser/applies

Team Naukri.com
""",
    ),
    m(
        "kO2sh",
        "2025-07-17 16:44",
        "Shalini M <shalini.m@koshaanalytics.example>",
        "Profile shortlisted - Senior Data Engineer - AWS | Kosha Analytics",
        A("viewed", KO, KOR, 14, "direct"),
        text="""Dear Karthik,

Greetings from Kosha Analytics!

We came across your application on Naukri and your profile has been shortlisted for the position of Senior Data Engineer - AWS. Please find the JD below.

About Kosha: We build a cloud cost and revenue analytics platform used by 300+ enterprises.

Role: Senior Data Engineer - AWS
Exp: 5-10 yrs
Location: Bengaluru (Hybrid, 2 days WFO - Whitefield)
Skills: PySpark, Airflow, AWS Glue/EMR, Redshift, dbt, strong SQL

Kindly revert with the below details at the earliest:
1. Current CTC (Fixed + Variable)
2. Expected CTC
3. Notice Period / LWD
4. Reason for change
5. Any offers in hand
6. Available for virtual interview this week? (Y/N)

Thanks & Regards,
Shalini M
HR - Talent Acquisition
Kosha Analytics Pvt. Ltd.
""",
    ),
    m(
        "kO3oo",
        "2025-07-18 08:03",
        "Shalini M <shalini.m@koshaanalytics.example>",
        "Automatic reply: Profile shortlisted - Senior Data Engineer - AWS | Kosha Analytics",
        J("other_job", "direct", KO, KOR),
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""Thank you for your mail. I am on leave till 20th July 2025 with limited access to e-mails. I will respond on my return.

For anything urgent, please write to hr@koshaanalytics.example.

Regards,
Shalini M
""",
    ),
    m(
        "kO4iv",
        "2025-07-21 12:25",
        "Shalini M <shalini.m@koshaanalytics.example>",
        "RE: Profile shortlisted - Senior Data Engineer - AWS | Kosha Analytics",
        A("interview", KO, KOR, 14, "direct"),
        text="""Hi Karthik,

Thanks for the details, and sorry for the delay - I was on leave last week.

Your first round (L1 - Technical, virtual) is scheduled on 23rd July (Wednesday) at 11:30 AM with our Data Engineering Manager, Vinay Pattar. Duration 45 mins.

Join link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_kosha7f2c%40thread.v2/0

Kindly confirm.

Thanks & Regards,
Shalini M
HR - Talent Acquisition | Kosha Analytics

________________________________
From: Karthik Iyer <karthik.v.iyer@gmail.com>
Sent: 17 July 2025 21:40
To: Shalini M <shalini.m@koshaanalytics.example>
Subject: Re: Profile shortlisted - Senior Data Engineer - AWS | Kosha Analytics

Hi Shalini,

Please find my details:
1. CCTC: 24 LPA (21.6 fixed + 2.4 variable)
2. ECTC: 36 LPA
3. NP: 90 days
4. Looking for product company exposure and ownership of the data platform
5. No offers as of now
6. Yes

Regards,
Karthik
""",
    ),
    m(
        "kO5rj",
        "2025-08-04 19:58",
        "Shalini M <shalini.m@koshaanalytics.example>",
        "Feedback - Senior Data Engineer - AWS",
        A("rejection", KO, KOR, 14, "direct"),
        text="""Dear Karthik,

Thank you for taking the time to interview with us for the Senior Data Engineer - AWS position.

We regret to inform you that you have not been shortlisted for the next round. The panel felt that the role needs deeper hands-on experience with dbt and Redshift performance tuning.

We will keep your profile in our database for future openings.

Thanks & Regards,
Shalini M
HR - Talent Acquisition | Kosha Analytics Pvt. Ltd.
""",
    ),
    # ---------------------------------------------------------------- LinkedIn: Corvanta (19)
    m(
        "lI19a",
        "2025-07-12 10:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Karthik, your application was sent to Corvanta",
        A("confirmation", CV, CVR, 19, "linkedin"),
        text="""Your application was sent to Corvanta

Data Engineer
Corvanta · Bengaluru, Karnataka, India (Hybrid)
Applied on July 12, 2025

Now, take these next steps for more success with your job search:
- Keep track of your applications: https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED
- Set job alerts for similar roles

View job: https://www.linkedin.com/comm/jobs/view/4129038811/

This email was intended for Karthik Venkataraman Iyer (Data Engineer at Suvarna Infotech | Spark | Airflow | AWS)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving Jobs you applied to emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "lI19b",
        "2025-07-16 18:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Corvanta",
        A("viewed", CV, CVR, 19, "linkedin"),
        text="""Your application was viewed

Corvanta viewed your application for Data Engineer.

Data Engineer
Corvanta · Bengaluru, Karnataka, India (Hybrid)

See job: https://www.linkedin.com/comm/jobs/view/4129038811/

Applicants who follow the company are more likely to hear back. Follow Corvanta: https://www.linkedin.com/comm/company/corvanta/

This email was intended for Karthik Venkataraman Iyer (Data Engineer at Suvarna Infotech | Spark | Airflow | AWS)
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "lI19c",
        "2025-07-30 22:41",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Corvanta",
        A("rejection", CV, CVR, 19, "linkedin"),
        text="""Your update from Corvanta

Data Engineer
Corvanta · Bengaluru, Karnataka, India (Hybrid)
Applied on July 12, 2025

Thank you for your interest in the Data Engineer position at Corvanta in Bengaluru. We really appreciate the time you took to apply. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Corvanta.

Regards,
Corvanta

Find more jobs like this: https://www.linkedin.com/comm/jobs/search/?keywords=data%20engineer&location=Bengaluru

This email was intended for Karthik Venkataraman Iyer (Data Engineer at Suvarna Infotech | Spark | Airflow | AWS)
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    # ---------------------------------------------------------------- foundit: Skyloom (15)
    m(
        "fD15a",
        "2025-07-25 14:16",
        "foundit <noreply@foundit.in>",
        "Application submitted successfully",
        A("confirmation", SK, SKR, 15, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;background:#f5f3ff">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px">
<p><img src="https://media.foundit.in/trex/public/theme_3/src/assets/images/foundit-logo.png" alt="foundit" width="100"></p>
<p>Hi Karthik,</p>
<p>Your application has been submitted successfully for the following job:</p>
<p style="border-left:4px solid #6e00be;padding-left:10px"><b>Senior Data Engineer</b><br>Skyloom Logistics Pvt Ltd<br>Bengaluru / Bangalore · 6-9 years</p>
<p>Recruiters who view your profile can contact you directly. Keep your profile updated to get noticed!</p>
<p><a href="https://www.foundit.in/seeker/applied-jobs">Track applied jobs</a></p>
<p>Team foundit<br><span style="font-size:11px;color:#999">(formerly Monster India)</span></p>
<p style="font-size:10px;color:#aaa">foundit, Quess Corp Ltd. You received this e-mail because you applied for a job on foundit.in. <a href="https://www.foundit.in/seeker/unsubscribe">Unsubscribe</a></p>
</div></body></html>""",
    ),
    # ---------------------------------------------------------------- Instahyre: Ledgerline (16)
    m(
        "iH16o",
        "2025-08-25 11:35",
        "Instahyre <notifications@instahyre.com>",
        "Ledgerline is interested in your profile!",
        J("outreach", "other", LL, LLR),
        html="""<html><body style="font-family:'Open Sans',Arial;font-size:14px">
<p>Hi Karthik,</p>
<p><b>Tanvi Shah</b> from <b>Ledgerline</b> has viewed your profile and is interested in hiring you for the following opportunity:</p>
<table style="border:1px solid #dde;padding:10px">
<tr><td><b>Data Engineer II</b> · Ledgerline<br>Bengaluru · 4-7 years · ₹28-38 LPA<br>Skills: Python, Spark, Airflow, Postgres, AWS</td></tr>
</table>
<p>Ledgerline builds accounting automation for Indian SMBs (Series B, 180 employees).</p>
<p><a href="https://www.instahyre.com/candidate/opportunities/?job=41822&amp;action=interested" style="background:#00b16a;color:#fff;padding:8px 18px;text-decoration:none">I'm interested</a> &nbsp; <a href="https://www.instahyre.com/candidate/opportunities/?job=41822&amp;action=not_interested">Not interested</a></p>
<p>This invitation expires in 7 days.</p>
<p>Cheers,<br>Team Instahyre</p>
<p style="font-size:11px;color:#999">You're receiving this because your Instahyre profile is visible to employers. <a href="https://www.instahyre.com/candidate/settings/">Manage preferences</a></p>
</body></html>""",
    ),
    m(
        "iH16a",
        "2025-08-26 09:14",
        "Instahyre <notifications@instahyre.com>",
        "You applied to Data Engineer II at Ledgerline",
        A("confirmation", LL, LLR, 16, "other"),
        text="""Hi Karthik,

Great choice! You've accepted Ledgerline's invitation and your application for Data Engineer II has been shared with Tanvi Shah.

Companies on Instahyre typically respond within 3 business days. We'll let you know as soon as Ledgerline takes the next step.

View your applications: https://www.instahyre.com/candidate/applications/

Team Instahyre
""",
    ),
    m(
        "lL3hr",
        "2025-08-29 17:20",
        "Tanvi Shah <tanvi@ledgerline.example>",
        "Invitation: Ledgerline <> Karthik | HR discussion @ Mon 1 Sep 2025 12pm - 12:30pm (IST) (karthik.v.iyer@gmail.com)",
        A("interview", LL, LLR, 16, "direct"),
        text=gcal(
            "Ledgerline <> Karthik | HR discussion",
            "Monday 1 Sep 2025 ⋅ 12pm – 12:30pm (India Standard Time - Kolkata)",
            "Tanvi Shah - tanvi@ledgerline.example",
            "meet.google.com/ldg-fzwq-nbe",
            "Ll3hRq1xV8sN",
            "Hi Karthik! Quick intro chat - about Ledgerline, the role and your expectations. Technical rounds after this.",
        ),
        ics=ics(
            "ldg0901hrk4rth1k@google.com",
            "2025-09-01 12:00",
            "Ledgerline <> Karthik | HR discussion",
            ("Tanvi Shah", "tanvi@ledgerline.example"),
            minutes=30,
            location="https://meet.google.com/ldg-fzwq-nbe",
        ),
    ),
    m(
        "lL4rj",
        "2025-09-12 15:47",
        "Tanvi Shah <tanvi@ledgerline.example>",
        "Regarding your application",
        A("rejection", LL, LLR, 16, "direct"),
        text="""Hi Karthik,

Thank you for taking the time to speak with me last week - I really enjoyed hearing about the ingestion framework you built at Suvarna.

After discussing internally, we have decided not to move ahead at this point. Honestly, the gap between our budget for the Data Engineer II band and your expectations (along with the 90-day notice) was the main reason; we're looking for someone who can join within 30-45 days.

I'd be happy to reconnect if something in a senior band opens up.

Warm regards,
Tanvi Shah
People & Talent | Ledgerline
""",
    ),
    # ---------------------------------------------------------------- hirist: Dhanvi Wealth (17)
    m(
        "hS17a",
        "2025-09-01 23:10",
        "hirist.tech <info@hirist.tech>",
        "Application Confirmation: Data Engineer - Wealth Platform (5-8 yrs)",
        A("confirmation", DW, DWR, 17, "other"),
        text="""Dear Karthik,

Thank you for applying to the following job on hirist.tech:

Data Engineer - Wealth Platform (5-8 yrs)
Dhanvi Wealth | Bangalore
Posted by: Kavya R, Talent Acquisition

Your profile has been forwarded to the recruiter. You will be notified when the recruiter views your application.

Regards,
Team hirist.tech

--
To stop receiving application confirmations, update your mailer settings: https://www.hirist.tech/settings/mailers
""",
    ),
    m(
        "hS17b",
        "2025-09-04 10:57",
        "hirist.tech <info@hirist.tech>",
        "Recruiter has viewed your application - Data Engineer - Wealth Platform",
        A("viewed", DW, DWR, 17, "other"),
        text="""Dear Karthik,

Kavya R (Dhanvi Wealth) has viewed your application for the job:

Data Engineer - Wealth Platform (5-8 yrs), Bangalore

Tip: Candidates who respond to recruiter chats within 24 hours are 2x more likely to get interview calls.

Regards,
Team hirist.tech
""",
    ),
    # ---------------------------------------------------------------- iimjobs: Nivara Retail (18)
    m(
        "iJ18a",
        "2025-09-18 20:35",
        "iimjobs.com <info@iimjobs.com>",
        "Application Confirmation: Lead Data Engineer - Nivara Retail (6-10 yrs)",
        A("confirmation", NV, NVR, 18, "other"),
        text="""Dear Karthik,

Thank you for applying to the following job on iimjobs.com:

Lead Data Engineer - Nivara Retail (6-10 yrs)
Location: Bangalore
Recruiter: Aditi Menon, HR Business Partner

Your application has been forwarded to the recruiter.

All the best!
Team iimjobs.com
""",
    ),
    # ---------------------------------------------------------------- Kitebird (22), Darwinbox
    m(
        "kB1rf",
        "2025-09-15 13:08",
        "Sneha Kulkarni <sneha.kulkarni.k@gmail.com>",
        "Kitebird referral",
        J("other_job", "other", KB, KBR),
        text="""Hi Karthik,

Done - submitted your referral for the Data Engineer - Pricing Platform role. You should get an email from our Darwinbox portal to fill your details, please complete it asap (they don't look at referrals until the candidate completes the form 🙄).

Pricing team is small (6 ppl), lots of Spark + Kafka + some ML feature pipelines. Manager is ex-Flipkart, quite sharp.

All the best! Let me know if you want to chat before the rounds.

Sneha
""",
    ),
    m(
        "kB2ap",
        "2025-09-16 10:44",
        "Kitebird Careers <no-reply@darwinbox.in>",
        "Kitebird | Application received for Data Engineer - Pricing Platform",
        A("confirmation", KB, KBR, 22, "other"),
        text="""Dear Karthik Venkataraman Iyer,

Thank you for your interest in Kitebird Travel Technologies Pvt. Ltd.

We have received your application for the position of Data Engineer - Pricing Platform (Job Code: KB-ENG-0923) through an employee referral.

Our talent acquisition team will review your profile and get in touch with you if it matches the requirement.

Regards,
Talent Acquisition Team
Kitebird

This is a system-generated e-mail from Darwinbox. Please do not reply to this e-mail.
""",
    ),
    m(
        "hE9kb",
        "2025-09-19 16:22",
        "HackerEarth <noreply@hackerearth.com>",
        "Kitebird has invited you to an assessment",
        A("assessment", KB, KBR, 22, "other"),
        text="""Hi Karthik,

Kitebird has invited you to take the assessment "Kitebird - DE Pricing - Round 1".

Duration: 75 mins
Window: 19 Sep 2025 04:00 PM IST - 22 Sep 2025 11:59 PM IST
Sections: SQL (2), Python (1), MCQ - Kafka & streaming (15)

Start here: https://assessment.hackerearth.com/challenges/hiring/kitebird-de-pricing-r1/?login=1

Good luck!
Team HackerEarth

You received this e-mail because Kitebird invited you to an assessment on HackerEarth.
""",
    ),
    m(
        "kB4rj",
        "2025-10-03 12:17",
        "Kitebird Careers <no-reply@darwinbox.in>",
        "Kitebird | Status of your application - KB-ENG-0923",
        A("rejection", KB, KBR, 22, "other"),
        text="""Dear Karthik Venkataraman Iyer,

Thank you for your interest in Kitebird and for taking the time to complete our online assessment.

We appreciate your effort. However, we regret to inform you that we will not be proceeding with your application for the position of Data Engineer - Pricing Platform at this time.

We will retain your profile in our database and may reach out to you should a suitable opening arise in the future.

Wishing you all the best.

Regards,
Talent Acquisition Team
Kitebird Travel Technologies Pvt. Ltd.

This is a system-generated e-mail from Darwinbox. Please do not reply to this e-mail.
""",
    ),
    # ---------------------------------------------------------------- LinkedIn recruiter: Stratosync (11)
    m(
        "lI11o",
        "2025-09-08 19:04",
        "Meghana Rao via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Senior Data Engineer opportunity at Stratosync",
        J("outreach", "linkedin", SS, SSR),
        text="""Meghana Rao
Talent Partner at Stratosync | Hiring for Data & Platform

Hi Karthik,

I came across your profile and your work on Airflow and Spark at Suvarna Infotech caught my eye. I'm hiring a Senior Data Engineer for our Data Platform team in Bengaluru - we're a B2B SaaS company (Series C) building revenue intelligence for mid-market sales teams.

The role involves owning our lakehouse (Spark, Iceberg, Trino on AWS) and the ingestion layer for ~2B events a day. Would you be open to a quick chat this week?

Best,
Meghana

Reply: https://www.linkedin.com/messaging/thread/2-YjFhZTk4/

This email was intended for Karthik Venkataraman Iyer (Data Engineer at Suvarna Infotech | Spark | Airflow | AWS)
You are receiving InMail notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "sS2jd",
        "2025-09-10 18:30",
        "Meghana Rao <meghana.rao@stratosync.example>",
        "Stratosync - Senior Data Engineer - JD & next steps",
        J("outreach", "direct", SS, SSR),
        text="""Hi Karthik,

Thanks for connecting on LinkedIn and for the quick call today.

As discussed, please find the JD attached. A quick summary:
- Team: Data Platform (8 engineers), reporting to Rohan Desai, Engineering Manager
- Stack: Spark on EMR, Iceberg, Trino, Airflow, Kafka, Terraform
- Location: Bengaluru, Indiranagar (hybrid, 2 days a week)

Kindly share your updated CV and the following so I can submit your profile to the hiring manager:
- Current CTC (fixed + variable)
- Expected CTC
- Notice period / LWD
- Any offers in hand

Best,
Meghana Rao
Talent Partner | Stratosync
""",
        attach=[
            (
                "Stratosync_JD_Senior_Data_Engineer.pdf",
                "application/pdf",
                "%PDF-1.4\n% Stratosync - Senior Data Engineer - Data Platform\n%%EOF\n",
            )
        ],
    ),
    m(
        "sS3sb",
        "2025-09-12 11:02",
        "Meghana Rao <meghana.rao@stratosync.example>",
        "RE: Stratosync - Senior Data Engineer - JD & next steps",
        A("confirmation", SS, SSR, 11, "direct"),
        text="""Thanks Karthik, received your CV and details.

I have submitted your profile to Rohan for the Senior Data Engineer role - will get back to you with an update within this week.

Best,
Meghana
""",
    ),
    m(
        "sS4iv",
        "2025-09-18 14:49",
        "Meghana Rao <meghana.rao@stratosync.example>",
        "Invitation: Stratosync | Senior Data Engineer | Technical Round 1 @ Mon 22 Sep 2025 4pm - 5pm (IST) (karthik.v.iyer@gmail.com)",
        A("interview", SS, SSR, 11, "direct"),
        text=gcal(
            "Stratosync | Senior Data Engineer | Technical Round 1",
            "Monday 22 Sep 2025 ⋅ 4pm – 5pm (India Standard Time - Kolkata)",
            "Meghana Rao - meghana.rao@stratosync.example",
            "meet.google.com/ssy-nqmd-pwe",
            "Ss4iVt7bN2cK",
            "Hi Karthik, Rohan liked your profile! First technical round with Neha (Staff Engineer).",
        ),
        ics=ics(
            "sstrat0922r1k4rth1k@google.com",
            "2025-09-22 16:00",
            "Stratosync | Senior Data Engineer | Technical Round 1",
            ("Meghana Rao", "meghana.rao@stratosync.example"),
            location="https://meet.google.com/ssy-nqmd-pwe",
            attendees=[("Neha Agarwal", "neha.agarwal@stratosync.example")],
        ),
    ),
    # ---------------------------------------------------------------- Indeed: Pinecrest (20)
    m(
        "iD20a",
        "2025-09-25 08:41",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Big Data Engineer (AWS)",
        A("confirmation", PC, PCR, 20, "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Helvetica,Arial;font-size:14px;color:#2d2d2d">
<p><img src="https://www.indeed.com/images/indeed-logo.png" alt="Indeed" width="90"></p>
<h3>Application submitted</h3>
<p><b>Big Data Engineer (AWS)</b><br>Pinecrest Analytics - Bengaluru, Karnataka</p>
<p>The following items were sent to <b>Pinecrest Analytics</b>. Good luck!</p>
<ul><li>Application</li><li>Resume: Karthik_Iyer_DataEngineer_2025.pdf</li></ul>
<p>Next steps: the employer may contact you. Keep an eye on your email and your phone.</p>
<p><a href="https://myjobs.indeed.com/applied">Track your application in My jobs</a></p>
<p style="font-size:11px;color:#767676">© 2025 Indeed · Do not sell or share my personal information · <a href="https://www.indeed.com/legal">Terms</a></p>
</body></html>""",
    ),
    # ---------------------------------------------------------------- Greenhouse: Brightpath (21)
    m(
        "gH21a",
        "2025-10-01 07:52",
        "Brightpath Learning <no-reply@us.greenhouse-mail.io>",
        "Brightpath Learning - application received",
        A("confirmation", BP, BPR, 21, "greenhouse"),
        text="""Hi Karthik,

Thank you for applying for the Senior Data Engineer position at Brightpath Learning. We have received your application and our team will review it shortly.

We know job searching can be a lot of work, and we are grateful that you considered Brightpath. If your skills and experience are a match, we will be in touch about next steps.

Regards,
Brightpath Talent Team
""",
    ),
    m(
        "gH21b",
        "2025-10-16 21:14",
        "Brightpath Learning <no-reply@us.greenhouse-mail.io>",
        "Following up on your application",
        A("rejection", BP, BPR, 21, "greenhouse"),
        text="""Hi Karthik,

Thank you again for your interest in Brightpath Learning. Our team truly enjoyed learning more about your background and accomplishments - your experience building reliable batch pipelines at scale really stood out.

That said, we have decided to move forward with other candidates whose experience more closely aligns with what the team needs right now for the Senior Data Engineer role.

We'd love to stay in touch and will reach out if a role comes up that could be a great fit.

Best,
Brightpath Talent Team
""",
    ),
    # ---------------------------------------------------------------- Cutshort / founder: Datumlane (9)
    m(
        "cS9ap",
        "2025-10-06 22:05",
        "Cutshort <notifications@cutshort.io>",
        "Your application to Datumlane is on its way 🚀",
        A("confirmation", DL, DLR, 9, "other"),
        text="""Hi Karthik,

You applied to Founding Data Engineer at Datumlane.

Datumlane · Bengaluru · Seed · 8 employees
Salary: ₹30L - ₹45L + ESOPs

Your profile and answers have been shared with Nikhil Shenoy (Co-founder & CEO). Cutshort will notify you when Nikhil responds.

Pro tip: Startups move fast. Keep your phone handy!

Team Cutshort
https://cutshort.io/profile/karthik-v-iyer
""",
    ),
    m(
        "gM9fd",
        "2025-10-07 22:48",
        "Nikhil Shenoy <nikhil.shenoy.dl@gmail.com>",
        "Datumlane",
        A("interview", DL, DLR, 9, "direct"),
        text="""Hey Karthik, saw your Cutshort application. Free for a 20 min call tmrw 8pm? Will send a meet link.

Nikhil

Sent from my iPhone
""",
    ),
    m(
        "gM9wd",
        "2025-10-14 09:12",
        "Nikhil Shenoy <nikhil.shenoy.dl@gmail.com>",
        "Re: Datumlane",
        A("confirmation", DL, DLR, 9, "direct"),
        st="withdrawn",
        text="""No worries at all, and congrats on the offer! If things change, you know where to find us.

Cheers,
N

On Mon, Oct 13, 2025 at 11:31 PM Karthik Iyer <karthik.v.iyer@gmail.com> wrote:
> Hi Nikhil,
>
> Thanks a lot for the call last week, I really enjoyed hearing about what you're building at Datumlane.
>
> I wanted to let you know that I have accepted another offer, so I'd like to withdraw from the process. I didn't want to keep you waiting for the take-home.
>
> Wishing you and the team all the very best.
>
> Regards,
> Karthik
""",
    ),
    # ================================================================ outreach, alerts
    m(
        "nQ1al",
        "2025-07-03 07:35",
        "Naukri Jobs <jobalert@naukri.com>",
        "Data Engineer jobs for you: Sutra Health, Skyloom Logistics & 18 more",
        J("alert", "other"),
        html="""<html><body style="font-family:Roboto,Arial;font-size:14px">
<p>Hi Karthik, here are today's top jobs matching your profile</p>
<table cellpadding="8" style="width:100%;border-collapse:collapse">
<tr style="border-bottom:1px solid #eee"><td><b>Data Engineer</b><br>Sutra Health Technologies · 4-8 Yrs · Bengaluru</td><td><a href="https://www.naukri.com/job-listings-data-engineer-sutra-health-bengaluru-4-to-8-years-030725500123">Apply</a></td></tr>
<tr style="border-bottom:1px solid #eee"><td><b>Senior Data Engineer</b><br>Skyloom Logistics · 6-9 Yrs · Bengaluru</td><td><a href="https://www.naukri.com/job-listings-senior-data-engineer-skyloom-bengaluru-6-to-9-years-020725009871">Apply</a></td></tr>
<tr style="border-bottom:1px solid #eee"><td><b>Big Data Developer - Spark/Scala</b><br>Rithvik Softsol · 5-10 Yrs · Hyderabad, Pune</td><td><a href="https://www.naukri.com/job-listings-big-data-developer-rithvik-softsol-030725003311">Apply</a></td></tr>
<tr><td><b>AWS Data Engineer</b><br>Confidential (MNC) · 4-9 Yrs · Chennai</td><td><a href="https://www.naukri.com/job-listings-aws-data-engineer-030725007652">Apply</a></td></tr>
</table>
<p><a href="https://www.naukri.com/mnjuser/recommendedjobs">View all 20 jobs</a></p>
<p style="font-size:11px;color:#999">You are receiving this mail because you created a job alert on Naukri.com. <a href="https://www.naukri.com/mnjuser/settings?unsubscribe=jobalert">Unsubscribe</a></p>
</body></html>""",
        headers={
            "List-Unsubscribe": "<https://www.naukri.com/mnjuser/settings?unsubscribe=jobalert>"
        },
    ),
    m(
        "nQ2pv",
        "2025-07-19 10:02",
        "Naukri <info@naukri.com>",
        "4 recruiters viewed your profile this week",
        J("alert", "other"),
        text="""Hi Karthik,

Your profile is getting noticed! 4 recruiters viewed your profile this week.

- A recruiter from an IT Services & Consulting company, Bengaluru
- A recruiter from a Fintech company, Bengaluru
- A recruiter from a Staffing & Recruiting firm, Chennai
- 1 more

Upgrade to Naukri Pro to see who viewed your profile and get 3x more recruiter calls.

See profile performance: https://www.naukri.com/mnjuser/profile-performance

Team Naukri.com
""",
    ),
    m(
        "nR3vx",
        "2025-08-12 16:30",
        "Recruiter - Vertex HR Services <info@naukri.com>",
        "Hiring for Senior Data Engineer - Chennai - Immediate to 30 days",
        J("outreach", "other"),
        reply_to="Priyadharshini S <priya.s@vertexhr.example>",
        text="""Recruiter Message on Naukri.com

Hi Karthik,

Greetings from Vertex HR Services!

We are hiring Senior Data Engineers for one of our MNC clients (CMM Level 5) in Chennai.

Experience: 5-9 years
Skills: Spark, Scala/PySpark, Hive, Airflow, AWS or Azure
Location: Chennai (work from office, 5 days)
Notice: Immediate to 30 days only
Budget: up to 28 LPA

If interested, please share your updated CV with CTC, ECTC and notice period to priya.s@vertexhr.example.

Regards,
Priyadharshini S
Vertex HR Services

Reply to this recruiter: https://www.naukri.com/mnjuser/inbox
This mail was sent to you by a recruiter on Naukri.com. Report spam: https://www.naukri.com/report
""",
    ),
    m(
        "lQ4al",
        "2025-08-09 08:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“senior data engineer”: Cartzy - Senior Data Engineer and more",
        J("alert", "linkedin"),
        text="""Your job alert for senior data engineer in Bengaluru, Karnataka, India
New jobs match your preferences.

Senior Data Engineer
Cartzy
Bengaluru, Karnataka, India
Actively recruiting
View job: https://www.linkedin.com/comm/jobs/view/4141177520/

Senior Data Engineer - Supply Chain Analytics
Bramblewood
Bengaluru, Karnataka, India (Hybrid)
Easy Apply
View job: https://www.linkedin.com/comm/jobs/view/4140095318/

Data Engineer III
Ferncloud Systems
Bengaluru, Karnataka, India
View job: https://www.linkedin.com/comm/jobs/view/4139981204/

See all jobs on LinkedIn: https://www.linkedin.com/comm/jobs/search/?keywords=senior%20data%20engineer

This email was intended for Karthik Venkataraman Iyer (Data Engineer at Suvarna Infotech | Spark | Airflow | AWS)
You are receiving Job Alert emails.
Manage your job alerts: https://www.linkedin.com/comm/jobs/alerts
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/jobs/alerts>"},
    ),
    m(
        "fQ5al",
        "2025-08-23 09:40",
        "foundit <jobs@foundit.in>",
        "Karthik, 15 new jobs you might like",
        J("alert", "other"),
        text="""Hi Karthik,

Based on your profile, we found 15 new jobs for you:

1. Data Engineer - PySpark | Tiffinly | Bengaluru | 4-7 yrs
2. Lead Data Engineer | Nivara Retail | Bengaluru | 7-11 yrs
3. Senior Big Data Engineer | Orbis Tech Services | Pune | 6-10 yrs
4. Data Platform Engineer | Greyloft | Remote | 5-8 yrs

See all jobs: https://www.foundit.in/seeker/recommended-jobs

Team foundit
Unsubscribe: https://www.foundit.in/seeker/unsubscribe
""",
    ),
    m(
        "nQ6al",
        "2025-09-06 07:31",
        "Naukri Jobs <jobalert@naukri.com>",
        "Senior Data Engineer, Lead Data Engineer & 11 more jobs for you",
        J("alert", "other"),
        text="""Hi Karthik,

Top jobs for you today

Senior Data Engineer - Dhanvi Wealth - 5-8 Yrs - Bengaluru
Lead Data Engineer - Nivara Retail - 6-10 Yrs - Bengaluru
Data Engineer (AWS, Airflow) - Pinecrest Analytics - 4-8 Yrs - Bengaluru
Senior Data Engineer - Halden Global Services - 6-11 Yrs - Bengaluru, Pune

Apply now: https://www.naukri.com/mnjuser/recommendedjobs

You are receiving this mail because you created a job alert on Naukri.com.
""",
    ),
    m(
        "iQ7al",
        "2025-09-14 10:00",
        "Instahyre <notifications@instahyre.com>",
        "12 new opportunities matching your preferences",
        J("alert", "other"),
        text="""Hi Karthik,

Here are this week's top opportunities on Instahyre:

- Senior Data Engineer · Quillstack · Bengaluru · ₹35-50 LPA
- Data Engineer II · Payvora · Bengaluru · ₹28-40 LPA
- Staff Data Engineer · Greyloft · Remote · ₹55-70 LPA

Show interest with one click: https://www.instahyre.com/candidate/opportunities/

Team Instahyre
Manage preferences: https://www.instahyre.com/candidate/settings/
""",
    ),
    m(
        "jQ8al",
        "2025-09-27 18:20",
        "iimjobs.com <jobs@iimjobs.com>",
        "Jobs matching your profile - Data Engineering (5-10 yrs)",
        J("alert", "other"),
        text="""Dear Karthik,

Here are some jobs we think you would like:

Lead Data Engineer - Nivara Retail (6-10 yrs) - Bangalore
Senior Manager - Data Engineering - Large Fintech (8-12 yrs) - Mumbai
Senior Data Engineer - Top Consumer Internet Co. (5-9 yrs) - Bangalore

View all: https://www.iimjobs.com/recommended-jobs

Team iimjobs.com
To unsubscribe from job alerts, click here: https://www.iimjobs.com/settings/unsubscribe
""",
    ),
    m(
        "nQ9pv",
        "2025-10-18 09:05",
        "Naukri <info@naukri.com>",
        "Your profile was viewed by 7 recruiters",
        J("alert", "other"),
        text="""Hi Karthik,

Good news! 7 recruiters viewed your profile in the last 7 days.

Recruiters are searching for: Data Engineer, Spark, Airflow, AWS Glue

Keep your profile fresh - update your resume headline to appear higher in recruiter searches.

View profile performance: https://www.naukri.com/mnjuser/profile-performance

Team Naukri.com
""",
    ),
    m(
        "lI0ot",
        "2025-10-22 12:44",
        "Farhan Siddiqui via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Lead Data Engineer - Global Bank GCC - Bengaluru",
        J("outreach", "linkedin"),
        text="""Farhan Siddiqui
Director, Technology Search at Alcove Executive Search

Hi Karthik,

I'm partnering with a leading global bank on building out their Global Capability Centre in Bengaluru, and I'm looking for a Lead Data Engineer for their Markets Data team. Spark, Kafka and AWS are core; banking domain is a plus but not mandatory. Compensation is strong (45-55 LPA + bonus).

Would you be open to a confidential conversation?

Regards,
Farhan

Reply: https://www.linkedin.com/messaging/thread/2-ZmFyaGFu/

This email was intended for Karthik Venkataraman Iyer (Data Engineer at Suvarna Infotech | Spark | Airflow | AWS)
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "lQ0hr",
        "2025-11-05 08:10",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Stratosync is hiring: Staff Data Engineer",
        J("alert", "linkedin"),
        text="""Stratosync is hiring

Staff Data Engineer
Stratosync · Bengaluru, Karnataka, India (Hybrid)
Posted 2 days ago · 38 applicants

You follow Stratosync.

View job: https://www.linkedin.com/comm/jobs/view/4187741266/

More jobs at Stratosync: https://www.linkedin.com/comm/company/stratosync/jobs/

This email was intended for Karthik Venkataraman Iyer (Data Engineer at Suvarna Infotech | Spark | Airflow | AWS)
You are receiving notifications about companies you follow.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "iQ1al",
        "2025-11-22 06:50",
        "Indeed <alert@indeed.com>",
        "data engineer jobs in Bengaluru, Karnataka",
        J("alert", "indeed"),
        html="""<html><body style="font-family:Helvetica,Arial;font-size:14px">
<p>8 new <b>data engineer</b> jobs in <b>Bengaluru, Karnataka</b></p>
<p><a href="https://in.indeed.com/rc/clk?jk=8f2a1c0d">Senior Data Engineer</a><br>Greyloft - Bengaluru, Karnataka<br>₹35,00,000 - ₹50,00,000 a year<br><span style="color:#767676">Easily apply</span></p>
<p><a href="https://in.indeed.com/rc/clk?jk=1b7e9d3c">Data Engineer - GCP</a><br>Mitra Cloud Labs - Bengaluru, Karnataka<br><span style="color:#767676">Responsive employer</span></p>
<p><a href="https://in.indeed.com/rc/clk?jk=4c0f6e2a">Big Data Engineer</a><br>Pinecrest Analytics - Bengaluru, Karnataka</p>
<p><a href="https://in.indeed.com/jobs?q=data+engineer&amp;l=Bengaluru%2C+Karnataka">See all jobs</a></p>
<p style="font-size:11px;color:#767676">You are receiving this email because you subscribed to job alerts on Indeed. <a href="https://in.indeed.com/alerts/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "pV0ro",
        "2025-12-03 17:26",
        "Ishita Bansal <ishita.bansal@payvora.example>",
        "Staff Data Engineer at Payvora - worth a chat?",
        J("outreach", "direct", PV, "Staff Data Engineer"),
        text="""Hi Karthik,

Hope the notice period is treating you well 🙂

I know the timing is probably off, but we've just opened a Staff Data Engineer role on the Risk Data Platform team, reporting to Aditya, and the band is meaningfully higher than the one we discussed in September. Your name was the first one that came up.

If there's any chance you'd consider it, I'd love a 15-minute chat - no pressure at all.

Best,
Ishita
""",
    ),
    m(
        "cQ2al",
        "2025-12-06 11:11",
        "Cutshort <notifications@cutshort.io>",
        "Top picks for you this week, Karthik",
        J("alert", "other"),
        text="""Hi Karthik,

Here are this week's top picks based on your profile:

Founding Data Engineer · Tensile AI · Bengaluru · ₹35L - ₹50L
Senior Data Engineer · Greyloft · Remote · ₹40L - ₹55L
Data Platform Engineer · Plinth Health · Bengaluru · ₹30L - ₹42L

Apply with one click: https://cutshort.io/jobs/recommended

Team Cutshort
Manage notifications: https://cutshort.io/settings/notifications
""",
    ),
]
