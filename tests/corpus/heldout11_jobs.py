"""Job mail of the eleventh held-out corpus, in English (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CST, CDT, EST, EDT, PDT, MDT = "-0600", "-0500", "-0500", "-0400", "-0700", "-0600"

MOM = "Marketing Operations Manager"
HL = "Harborline Logistics"
TG = "Tallgrass Software"
FW = "Fernway"
FWR = "Head of Marketing Operations"
CB = "Crestmark Bank"
BCU = "Bellwether Credit Union"

TALLGRASS_REC = "Priya Natarajan <priya.natarajan@tallgrasshq.com>"
FERNWAY_REC = "Owen Lacroix <owen@fernway.co>"

MAIL: list[dict[str, Any]] = [
    # 1 Harborline Logistics, Workday tenant "hlgroup": confirmation, neutral rejection
    m(
        "11001",
        "2025-02-04 08:12",
        "HLG Careers <hlgroup@myworkday.com>",
        "We received your application",
        ("confirmation", HL, MOM, 1, "workday", "en"),
        html="""<html><body style="font-family:Helvetica,Arial;font-size:14px">
<p>Dana,</p>
<p>Thanks for your interest in Harborline Logistics. Your application for
<strong>Marketing Operations Manager (Hybrid - Oak Brook, IL)</strong>, job requisition JR-21877,
has been submitted.</p>
<p>Our recruiters review every application. If your experience matches what the hiring team is
looking for, we will contact you to discuss next steps.</p>
<p><a href="https://hlgroup.wd1.myworkdayjobs.com/HLG_External/userHome">View your candidate home</a></p>
<p>Harborline Logistics Talent Acquisition</p>
<p style="font-size:11px;color:#777">Please do not reply to this email; this mailbox is not monitored.</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "11002",
        "2025-03-11 17:55",
        "HLG Careers <hlgroup@myworkday.com>",
        "Regarding JR-21877",
        ("rejection", HL, MOM, 1, "workday", "en"),
        html="""<html><body style="font-family:Helvetica,Arial;font-size:14px">
<p>Hello Dana,</p>
<p>We appreciate the time you took to share your background with us. We were impressed by your
experience building campaign operations from the ground up, and the decision was not an easy one.</p>
<p>Unfortunately, we will not be moving forward with your candidacy for this position at this time.
We'd encourage you to apply for future roles that match your skills.</p>
<p>Sincerely,<br>Harborline Logistics Talent Acquisition</p>
</body></html>""",
        tz=CDT,
    ),
    # 2 Pinecrest Health, iCIMS: confirmation only (ghosted)
    m(
        "11003",
        "2025-02-05 13:40",
        "Pinecrest Health Careers <pinecresthealth@talent.icims.com>",
        "Pinecrest Health - Application Received",
        ("confirmation", "Pinecrest Health", "Senior Marketing Manager, Service Lines", 2, "icims", "en"),
        text="""Dear Dana Okafor,

Thank you for your interest in employment with Pinecrest Health. This message confirms that we
have received your application for the following position:

    Senior Marketing Manager, Service Lines - Req #2025-4410

Please allow our talent team up to two weeks to review your qualifications. Due to the high volume
of applications, only candidates selected for an interview will be contacted.

You may review the status of your application by logging in to our Career Portal.

Pinecrest Health is an Equal Opportunity Employer.

Pinecrest Health Talent Acquisition
""",
        tz=CST,
    ),
    # 3 Vantage Foods (vantagebrands), Taleo: confirmation, rejection
    m(
        "11004",
        "2025-02-06 21:03",
        "Vantage Brands Recruiting <vantagebrands@taleo.net>",
        "Thank you for your application - Operations Manager, Brand Marketing",
        ("confirmation", "Vantage Foods", "Operations Manager, Brand Marketing", 3, "taleo", "en"),
        text="""Dear Dana,

Thank you for applying for the position of Operations Manager, Brand Marketing (Job Number 250031Q)
with Vantage Foods, a Vantage Brands company.

We are currently reviewing all applications. If your qualifications match the requirements of the
position, a member of our recruiting team will contact you.

To access your candidate profile, please visit: https://vantagebrands.taleo.net/careersection/ex/mysubmissions.ftl

Best regards,
Vantage Foods Talent Acquisition

***This is an automated message. Please do not respond to this email.***
""",
        tz=CST,
    ),
    m(
        "11005",
        "2025-04-02 10:20",
        "Vantage Brands Recruiting <vantagebrands@taleo.net>",
        "Your candidacy - 250031Q",
        ("rejection", "Vantage Foods", "Operations Manager, Brand Marketing", 3, "taleo", "en"),
        text="""Dear Dana,

Thank you for your interest in the Operations Manager, Brand Marketing position with Vantage Foods.

The position has now been filled. We received a very large number of applications from highly
qualified candidates, and we regret that we are unable to offer you a position at this time.

We will keep your profile on file and encourage you to apply for other openings.

Best regards,
Vantage Foods Talent Acquisition
""",
        tz=CDT,
    ),
    # 4 Brightwell Analytics, LinkedIn Easy Apply: sent, viewed (ghosted)
    m(
        "11006",
        "2025-02-07 09:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Dana, your application was sent to Brightwell Analytics",
        ("confirmation", "Brightwell Analytics", "Growth Marketing Manager", 4, "linkedin", "en"),
        html="""<html><body>
<table width="100%"><tr><td>
<p style="font-size:20px">Your application was sent to Brightwell Analytics</p>
<p><b>Growth Marketing Manager</b><br>Brightwell Analytics &middot; Chicago, IL (Remote)</p>
<p>Applied on February 7, 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4150227731/">View job</a></p>
<p style="color:#666">Now, take these steps to stand out: update your profile, add skills that match the job.</p>
<p style="font-size:11px;color:#999">This email was intended for Dana Okafor (Marketing &amp; Operations Leader).
You are receiving LinkedIn notification emails. Unsubscribe &middot; Help<br>
&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</td></tr></table></body></html>""",
        tz=CST,
    ),
    m(
        "11007",
        "2025-02-10 14:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Brightwell Analytics",
        ("viewed", "Brightwell Analytics", "Growth Marketing Manager", 4, "linkedin", "en"),
        html="""<html><body>
<p style="font-size:18px">Dana, your application was viewed</p>
<p>Brightwell Analytics viewed your application for <b>Growth Marketing Manager</b>.</p>
<p><a href="https://www.linkedin.com/jobs/view/4150227731/">See job</a> &middot;
<a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">Track your applications</a></p>
<p style="font-size:11px;color:#999">This email was intended for Dana Okafor. Unsubscribe.</p>
</body></html>""",
        tz=CST,
    ),
    # 5 Meridian Home Services, Indeed Apply, Calendly phone screen, human rejection
    m(
        "11008",
        "2025-02-11 19:47",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Marketing Operations Lead",
        ("confirmation", "Meridian Home Services", "Marketing Operations Lead", 5, "indeed", "en"),
        html="""<html><body style="font-family:Arial">
<h2>Application submitted</h2>
<p><b>Marketing Operations Lead</b><br>Meridian Home Services - Schaumburg, IL<br>Hybrid work</p>
<p>The following items were sent to the employer: Resume (Dana_Okafor_Resume_2025.pdf), contact information.</p>
<p>Next steps: the employer may reach out to you on Indeed or by email. Keep an eye on your inbox.</p>
<p><a href="https://www.indeed.com/myjobs">Track this application in My Jobs</a></p>
<p style="font-size:11px">&copy; 2025 Indeed - Do not sell or share my personal information</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "11009",
        "2025-02-17 11:15",
        "Calendly <notifications@calendly.com>",
        "New Event: Dana Okafor - 11:30am Wed, Feb 19, 2025 - 20 min phone screen",
        ("interview", "Meridian Home Services", "Marketing Operations Lead", 5, "other", "en"),
        text="""Hi Dana Okafor,

A new event has been scheduled.

Event Type:
20 min phone screen

Invitee:
Dana Okafor
dana.okafor@prairiepost.net

Event Date/Time:
11:30am - Wednesday, February 19, 2025 (Central Time - US & Canada)

Location:
Laura Mendes will call you at the number you provided.

Host:
Laura Mendes, People Team, Meridian Home Services

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/8c1f3e0a-55d2
Reschedule: https://calendly.com/reschedulings/8c1f3e0a-55d2

Powered by Calendly.com
""",
        tz=CST,
    ),
    m(
        "11010",
        "2025-03-03 16:08",
        "Laura Mendes <lmendes@meridianhomeservices.com>",
        "Following up",
        ("rejection", "Meridian Home Services", "Marketing Operations Lead", 5, "direct", "en"),
        text="""Hi Dana,

Thank you again for making time to chat with me and with Greg last week. You clearly know your way
around a marketing tech stack, and we both enjoyed hearing how you rebuilt lead routing at your
last company.

We've decided to move ahead with a candidate who has more home-services franchise experience, so
we won't be scheduling further conversations. I'm sorry it isn't better news.

I hope our paths cross again.

Laura Mendes
People Team | Meridian Home Services
(847) 555-0142
""",
        tz=CST,
    ),
    # 6 Tallgrass Software, Greenhouse: confirmation, recruiter scheduling thread, invite, rejection
    m(
        "11011",
        "2025-02-12 10:02",
        "Tallgrass Software <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Tallgrass",
        ("confirmation", TG, MOM, 6, "greenhouse", "en"),
        text="""Hi Dana,

Thanks for your interest in Tallgrass! We've received your application for Marketing Operations
Manager (Remote, US) and our team will take a look soon.

Every application is reviewed by a real person. If there's a fit, we'll be in touch to set up a
conversation.

Tallgrass Recruiting
""",
        tz=CST,
    ),
    m(
        "11012",
        "2025-02-20 09:14",
        TALLGRASS_REC,
        "Tallgrass - let's connect",
        ("interview", TG, MOM, 6, "direct", "en"),
        text="""Hi Dana,

I'm a recruiter at Tallgrass and I'd love to set up a 30-minute intro call to talk about the
Marketing Operations Manager role and your background with HubSpot and Salesforce.

Would any of these work (all Central)?
- Monday 2/24, 1:00 or 2:30
- Tuesday 2/25, 3:00
- Wednesday 2/26, 10:00

Best,
Priya

Priya Natarajan
Senior Technical Recruiter, Tallgrass
tallgrass.io
""",
        tz=CST,
    ),
    m(
        "11013",
        "2025-02-20 13:51",
        "Priya Natarajan <priya.natarajan@tallgrasshq.com>",
        "Re: Tallgrass - let's connect",
        ("interview", TG, MOM, 6, "direct", "en"),
        text="""Great, Tuesday at 3 works. Invite coming your way.

Sent from my iPhone

> On Feb 20, 2025, at 1:22 PM, Dana Okafor <dana.okafor@prairiepost.net> wrote:
>
> Hi Priya, thanks for reaching out! Tuesday 2/25 at 3:00 would be great.
> Dana
""",
        headers=reply("11012", TALLGRASS_REC),
        tz=CST,
    ),
    m(
        "11014",
        "2025-02-20 13:58",
        "Priya Natarajan <priya.natarajan@tallgrasshq.com>",
        "Invitation: Dana Okafor <> Tallgrass (Priya) @ Tue Feb 25, 2025 3pm - 3:30pm (CST)",
        ("interview", TG, MOM, 6, "direct", "en"),
        text="""Dana Okafor <> Tallgrass (Priya)
Tuesday Feb 25, 2025 3pm - 3:30pm Central Time - Chicago

Join with Google Meet: meet.google.com/xqe-ryvd-kpa

Organizer: priya.natarajan@tallgrasshq.com

Invitation from Google Calendar
""",
        ics={
            "uid": "5v1ad0e2kq7r@google.com",
            "organizer": ("Priya Natarajan", "priya.natarajan@tallgrasshq.com"),
            "start": "2025-02-25 15:00:00 -0600",
            "minutes": 30,
            "summary": "Dana Okafor <> Tallgrass (Priya)",
            "location": "meet.google.com/xqe-ryvd-kpa",
        },
        tz=CST,
    ),
    m(
        "11015",
        "2025-03-07 12:30",
        "Tallgrass Software <no-reply@us.greenhouse-mail.io>",
        "Your application at Tallgrass",
        ("rejection", TG, MOM, 6, "greenhouse", "en"),
        text="""Hi Dana,

Thank you for speaking with Priya about the Marketing Operations Manager role. We really enjoyed
learning about your experience, and your operations background is impressive.

After a lot of discussion, the team has decided to pursue other candidates for this role. This was
a difficult decision given the strength of the pool.

We'd be glad to stay in touch as Tallgrass grows.

Warmly,
Tallgrass Recruiting
""",
        reply_to="priya.natarajan@tallgrasshq.com",
        tz=CST,
    ),
    # 7 Quarry Labs, Lever: confirmation, rejection
    m(
        "11016",
        "2025-02-13 15:22",
        "Quarry Labs <no-reply@hire.lever.co>",
        "Thanks for applying to Quarry Labs",
        ("confirmation", "Quarry Labs", "Lifecycle Marketing Manager", 7, "lever", "en"),
        text="""Dana,

Thanks for applying to the Lifecycle Marketing Manager position at Quarry Labs. We've received your
application and are looking forward to learning more about you.

Our team reviews applications on a rolling basis. We'll reach out if there's a match.

Quarry Labs
https://jobs.lever.co/quarrylabs/3b7e2a90-1c44-4d1e-9f3a-7aa02d1e6b10
""",
        tz=CST,
    ),
    m(
        "11017",
        "2025-02-27 18:05",
        "Quarry Labs <no-reply@hire.lever.co>",
        "Quarry Labs application update",
        ("rejection", "Quarry Labs", "Lifecycle Marketing Manager", 7, "lever", "en"),
        text="""Hi Dana,

We wanted to thank you for your interest in Quarry Labs. After reviewing your application, we've
decided not to move forward for the Lifecycle Marketing Manager role.

We know that's disappointing. We'll keep your information on file and may reach out about future
roles.

All the best,
The Quarry Labs Team
""",
        tz=CST,
    ),
    # 8 Fernway, Ashby: confirmation, interviews, offer, DocuSign completed
    m(
        "11018",
        "2025-05-06 08:44",
        "Fernway Hiring Team <no-reply@ashbyhq.com>",
        "Thanks for applying to Fernway!",
        ("confirmation", FW, FWR, 8, "ashby", "en"),
        text="""Hi Dana,

Thanks for applying to be our Head of Marketing Operations! We're a small team so every application
gets read by a human (usually Owen).

We aim to get back to everyone within a week or two.

- The Fernway team
https://jobs.ashbyhq.com/fernway
""",
        tz=CDT,
    ),
    m(
        "11019",
        "2025-05-09 11:26",
        "Fernway Hiring Team <no-reply@ashbyhq.com>",
        "Schedule your conversation with Fernway",
        ("interview", FW, FWR, 8, "ashby", "en"),
        text="""Hi Dana,

Owen Lacroix (Head of People) would like to schedule a 45-minute conversation with you about the
Head of Marketing Operations role.

Please pick a time that works for you:
https://app.ashbyhq.com/interview-scheduling/self-schedule/2b6f0c41

Looking forward to it!
Fernway Hiring Team
""",
        tz=CDT,
    ),
    m(
        "11020",
        "2025-05-21 17:02",
        FERNWAY_REC,
        "Next step: panel + a short exercise",
        ("interview", FW, FWR, 8, "direct", "en"),
        text="""Hi Dana,

Thanks for the great conversations with me and with Hana. We'd love to bring you into a final
panel next week with Hana (CMO), Jesse (RevOps) and Mike (CEO). As part of it, we'll ask you to
walk us through how you'd set up our campaign calendar and attribution for the first 90 days - no
slides needed, a doc or whiteboard is fine.

Could you do Thursday 5/29 between 10 and 1 Central? I'll send an invite once you confirm.

Owen
--
Owen Lacroix | Head of People | Fernway
""",
        tz=CDT,
    ),
    m(
        "11021",
        "2025-05-21 19:40",
        "Owen Lacroix <owen@fernway.co>",
        "Re: Next step: panel + a short exercise",
        ("interview", FW, FWR, 8, "direct", "en"),
        text="""Perfect, sending now.

Sent from my phone
""",
        headers=reply("11020", FERNWAY_REC),
        tz=CDT,
    ),
    m(
        "11022",
        "2025-06-04 16:31",
        FERNWAY_REC,
        "Dana - good news",
        ("offer", FW, FWR, 8, "direct", "en"),
        text="""Hi Dana,

I'm thrilled to tell you that the team would like you to join Fernway as our Head of Marketing
Operations.

The headline numbers: $148,000 base, 0.15% equity vesting over four years, our standard benefits,
fully remote with a quarterly trip to our Denver office. Mike will call you tomorrow morning to say
it himself, and I'll send the formal letter through DocuSign after that.

Take the weekend to think it over and let me know if you have questions.

Owen
""",
        tz=CDT,
    ),
    m(
        "11023",
        "2025-06-09 10:12",
        "Owen Lacroix via Docusign <dse_na3@docusign.net>",
        "Completed: Fernway - Offer Letter - Dana Okafor.pdf",
        ("offer", FW, FWR, 8, "docusign", "en"),
        text="""Your document has been completed

All parties have completed Fernway - Offer Letter - Dana Okafor.pdf.

VIEW COMPLETED DOCUMENT

Owen Lacroix
owen@fernway.co

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code
with others.

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""",
        st="accepted",
        tz=CDT,
    ),
    m(
        "11024",
        "2025-06-10 09:03",
        "Checkr <no-reply@checkr.com>",
        "Fernway has requested a background check",
        ("other_job", FW, FWR, None, "other", "en"),
        text="""Hi Dana,

Fernway has asked Checkr to complete a background check as part of your hiring process.

To get started, please provide some information and authorize the check:
https://applicant.checkr.com/invitations/9d3f1e2c

This invitation expires in 7 days.

Checkr, Inc. - 1 Montgomery St, Suite 2400, San Francisco, CA 94104
""",
        tz=CDT,
    ),
    m(
        "11025",
        "2025-06-13 14:22",
        "Checkr <no-reply@checkr.com>",
        "Your background check is complete",
        ("other_job", FW, None, None, "other", "en"),
        text="""Hi Dana,

Good news - your background check for Fernway is complete. Fernway will be in touch with any next
steps.

You can view your report anytime at https://applicant.checkr.com

The Checkr Team
""",
        tz=CDT,
    ),
    m(
        "11026",
        "2025-06-18 12:00",
        "Fernway People <people@fernway.co>",
        "Welcome to Fernway! A few things before July 7",
        ("other_job", FW, FWR, None, "direct", "en"),
        text="""Hi Dana,

Welcome aboard! We're so excited you're joining us on July 7.

Before your first day:
1. Fill out your I-9 and W-4 in Rippling (invite sent separately)
2. Pick your laptop (MacBook Air or Pro) in the form below
3. Tell us your shirt size for the welcome box

Your first week will be mostly onboarding sessions and 1:1s with Hana and the marketing team.

See you soon,
Fernway People Team
""",
        tz=CDT,
    ),
    # 9 Northgate Insurance, Jobvite: confirmation, on hold
    m(
        "11027",
        "2025-02-18 07:55",
        "Northgate Insurance <notification@jobvite.com>",
        "Thank you for your interest in Northgate Insurance",
        ("confirmation", "Northgate Insurance", MOM, 9, "other", "en"),
        text="""Hi Dana,

Thank you for applying to the Marketing Operations Manager position at Northgate Insurance. We have
received your resume and are currently reviewing your qualifications.

If we determine that your background is a good match, a member of our Talent team will contact you.

Best Regards,
Northgate Insurance Talent Acquisition

Powered by Jobvite
""",
        tz=CST,
    ),
    m(
        "11028",
        "2025-03-20 15:33",
        "Janelle Brooks <janelle.brooks@northgateins.com>",
        "Marketing Operations Manager - update",
        ("confirmation", "Northgate Insurance", MOM, 9, "direct", "en"),
        text="""Hi Dana,

I wanted to give you a heads-up since you've been waiting on us: the Marketing Operations Manager
requisition has been paused while our leadership team revisits the department budget for the
second half of the year. Your application is still active on our end and nothing is needed from
you right now.

I expect an answer in the next couple of months and will reach out either way.

Thanks for your patience,
Janelle Brooks
Talent Acquisition Partner, Northgate Insurance
""",
        st="on_hold",
        tz=CDT,
    ),
    # 10 Kessler & Rowe Manufacturing, Paylocity: confirmation (ghosted)
    m(
        "11029",
        "2025-02-19 20:10",
        "Kessler & Rowe <noreply@paylocity.com>",
        "Application Received",
        ("confirmation", "Kessler & Rowe Manufacturing", "Operations Manager", 10, "other", "en"),
        text="""Dana,

Thank you for your interest in the Operations Manager position at Kessler & Rowe Manufacturing.
Your application has been received and will be reviewed by our hiring team.

Please do not reply to this message.

Kessler & Rowe Manufacturing, Inc.
""",
        tz=CST,
    ),
    # 11 Lakeview Dental Partners, ADP Workforce Now: confirmation, rejection
    m(
        "11030",
        "2025-02-21 12:41",
        "Lakeview Dental Partners <SecurityServices_NoReply@adp.com>",
        "Thank you for your interest in Lakeview Dental Partners",
        ("confirmation", "Lakeview Dental Partners", "Marketing Manager", 11, "other", "en"),
        text="""Dear Dana,

Thank you for applying for the Marketing Manager position. We have received your application and
will review your qualifications against the requirements of the position.

Sincerely,
Human Resources
Lakeview Dental Partners

This message was sent by ADP Workforce Now Recruitment on behalf of Lakeview Dental Partners.
""",
        tz=CST,
    ),
    m(
        "11031",
        "2025-03-14 09:17",
        "Lakeview Dental Partners <SecurityServices_NoReply@adp.com>",
        "Your application status",
        ("rejection", "Lakeview Dental Partners", "Marketing Manager", 11, "other", "en"),
        text="""Dear Dana,

Thank you for your interest in the Marketing Manager role at Lakeview Dental Partners. We have
reviewed your application and have decided to pursue candidates whose qualifications more closely
meet our current needs.

We wish you the best in your job search.

Sincerely,
Human Resources
Lakeview Dental Partners
""",
        tz=CDT,
    ),
    # 12 Summit Ridge Hospitality, UKG: confirmation, interview, withdrawal acknowledged
    m(
        "11032",
        "2025-02-24 22:05",
        "Summit Ridge Hospitality <noreply@ultipro.com>",
        "Thank you for applying",
        ("confirmation", "Summit Ridge Hospitality", "Director of Marketing Operations", 12, "other", "en"),
        html="""<html><body>
<p>Dana Okafor,</p>
<p>Thank you for your interest in the <b>Director of Marketing Operations</b> opportunity with
Summit Ridge Hospitality. We have received your application and are in the process of reviewing
candidate qualifications.</p>
<p>Kind regards,<br>Summit Ridge Hospitality Recruiting</p>
<p style="font-size:10px">Powered by UKG Pro Recruiting</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "11033",
        "2025-03-05 10:48",
        "Trevor Haskins <thaskins@summitridgehotels.com>",
        "Director of Marketing Operations - interview",
        ("interview", "Summit Ridge Hospitality", "Director of Marketing Operations", 12, "direct", "en"),
        text="""Good morning Dana,

Thank you for applying with Summit Ridge. I'd like to invite you to a first-round video interview
with our VP of Marketing, Carla Vines. She has availability Monday 3/10 at 9:00am or 11:00am CT.

Please reply with your preference and I will send a Teams link.

Trevor Haskins
Talent Acquisition Manager
Summit Ridge Hospitality | Nashville, TN
""",
        tz=CST,
    ),
    m(
        "11034",
        "2025-03-19 13:02",
        "Trevor Haskins <thaskins@summitridgehotels.com>",
        "RE: Withdrawing my application",
        ("confirmation", "Summit Ridge Hospitality", "Director of Marketing Operations", 12, "direct", "en"),
        text="""Hi Dana,

Understood, and thank you for letting us know so quickly. I've withdrawn your application in our
system. Carla asked me to pass along that she enjoyed your conversation, and we'd be happy to hear
from you if your situation changes down the road.

Best of luck,
Trevor

-----Original Message-----
From: Dana Okafor <dana.okafor@prairiepost.net>
Sent: Wednesday, March 19, 2025 11:40 AM
To: Trevor Haskins <thaskins@summitridgehotels.com>
Subject: Withdrawing my application

Hi Trevor, after a lot of thought I've realized the relocation expectation to Nashville isn't
going to work for my family, so I'd like to withdraw from the process. Thank you and Carla for
your time. Dana
""",
        st="withdrawn",
        tz=CDT,
    ),
]
