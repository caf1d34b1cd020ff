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
        (
            "confirmation",
            "Pinecrest Health",
            "Senior Marketing Manager, Service Lines",
            2,
            "icims",
            "en",
        ),
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
        (
            "confirmation",
            "Summit Ridge Hospitality",
            "Director of Marketing Operations",
            12,
            "other",
            "en",
        ),
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
        (
            "interview",
            "Summit Ridge Hospitality",
            "Director of Marketing Operations",
            12,
            "direct",
            "en",
        ),
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
        (
            "confirmation",
            "Summit Ridge Hospitality",
            "Director of Marketing Operations",
            12,
            "direct",
            "en",
        ),
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

CMR = "Campaign Operations Lead"
BRIGHTSTONE = "Kyle Pruitt <kpruitt@brightstonestaffing.com>"
BELL_REC = "Monique Ferris <mferris@bellwethercu.org>"
LOOP = "Sam Whitcombe <sam.whitcombe@gmail.com>"

MAIL += [
    # 13 Alder Pharma (alderrx), SAP SuccessFactors: confirmation, rejection
    m(
        "11035",
        "2025-02-25 06:58",
        "Alder Careers <donotreply@successfactors.com>",
        "Your application has been received - Req 48211",
        (
            "confirmation",
            "Alder Pharma",
            "Marketing Operations Manager, Commercial",
            13,
            "other",
            "en",
        ),
        text="""Dear Dana Okafor,

Thank you for your application for the position Marketing Operations Manager, Commercial (48211).

We will review your application carefully and come back to you as soon as possible. You can check
the status of your application at any time in our career site:
https://career5.successfactors.eu/career?company=alderrxP

Kind regards,
Your Alder Pharma Talent Acquisition Team

Alder Pharmaceuticals US, Inc. - Deerfield, IL
""",
        tz=CST,
    ),
    m(
        "11036",
        "2025-04-22 08:30",
        "Alder Careers <donotreply@successfactors.com>",
        "Req 48211 - Marketing Operations Manager, Commercial",
        (
            "rejection",
            "Alder Pharma",
            "Marketing Operations Manager, Commercial",
            13,
            "other",
            "en",
        ),
        text="""Dear Dana Okafor,

Thank you for the interest you have shown in Alder Pharma and for the time invested in your
application.

We regret to inform you that we have chosen to proceed with other candidates whose profiles more
closely match the position.

We will retain your details in our talent pool, should a suitable opportunity arise.

Kind regards,
Your Alder Pharma Talent Acquisition Team
""",
        tz=CDT,
    ),
    # 14 Great Lakes Mutual, Oracle Recruiting: confirmation, SHL-style test (other), rejection
    m(
        "11037",
        "2025-03-03 14:12",
        "Great Lakes Mutual <glm@fa.oraclecloud.com>",
        "Great Lakes Mutual: Thank You for Applying",
        ("confirmation", "Great Lakes Mutual", "Marketing Program Manager", 14, "oracle", "en"),
        text="""Dear Dana,

Thank you for your interest in the Marketing Program Manager position (Requisition 8831) at Great
Lakes Mutual. We have received your application.

To view the status of your application, sign in to our candidate experience:
https://eplx.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/my-profile

Great Lakes Mutual Talent Acquisition
""",
        tz=CST,
    ),
    m(
        "11038",
        "2025-03-06 09:00",
        "Great Lakes Mutual <glm@fa.oraclecloud.com>",
        "Action Required: Complete your online assessment",
        ("assessment", "Great Lakes Mutual", "Marketing Program Manager", 14, "oracle", "en"),
        text="""Dear Dana,

As the next step for the Marketing Program Manager position, we invite you to complete an online
assessment. It takes about 35 minutes and covers work style and situational judgment.

Start your assessment: https://glm.shl.com/candidate/launch?token=qY7xk2

Please complete it within 5 days of receiving this email.

Great Lakes Mutual Talent Acquisition
""",
        tz=CST,
    ),
    m(
        "11039",
        "2025-03-25 11:47",
        "Great Lakes Mutual <glm@fa.oraclecloud.com>",
        "An update from Great Lakes Mutual",
        ("rejection", "Great Lakes Mutual", "Marketing Program Manager", 14, "oracle", "en"),
        text="""Dear Dana,

Thank you for your time completing the assessment and for your interest in Great Lakes Mutual. We
have carefully considered your application and will not be progressing it further at this time.

We wish you every success.

Great Lakes Mutual Talent Acquisition
""",
        tz=CDT,
    ),
    # Brightstone Staffing: outreach without a client, then submission to Corvid Health (15)
    m(
        "11040",
        "2025-03-04 08:22",
        BRIGHTSTONE,
        "Marketing Ops Manager - hybrid Chicago - 120-135K",
        ("outreach", None, "Marketing Operations Manager", None, "agency", "en"),
        text="""Hi Dana,

I came across your profile and think you'd be a strong fit for a Marketing Operations Manager role
I'm working on with one of our healthcare clients in the West Loop. Hybrid (Tues-Thurs onsite),
direct hire, 120-135K + 10% bonus. They're big on Marketo and Salesforce, which I see all over
your background.

Do you have 15 minutes this week to chat?

Kyle Pruitt
Senior Recruiter | Brightstone Staffing
312-555-0188 | brightstonestaffing.com
""",
        tz=CST,
    ),
    m(
        "11041",
        "2025-03-04 12:06",
        "Kyle Pruitt <kpruitt@brightstonestaffing.com>",
        "Re: Marketing Ops Manager - hybrid Chicago - 120-135K",
        ("outreach", None, "Marketing Operations Manager", None, "agency", "en"),
        text="""Call you at 2?

Kyle
Sent from my mobile
""",
        headers=reply("11040", BRIGHTSTONE),
        tz=CST,
    ),
    m(
        "11042",
        "2025-03-05 09:40",
        BRIGHTSTONE,
        "Submittal confirmation",
        ("confirmation", "Corvid Health", "Marketing Operations Manager", 15, "agency", "en"),
        text="""Hi Dana,

Thanks for the time yesterday. As discussed, I've submitted your resume to Corvid Health for the
Marketing Operations Manager opening. I'll let you know as soon as I hear back from the hiring
manager, Ellen Park.

Kyle Pruitt
Senior Recruiter | Brightstone Staffing
""",
        tz=CST,
    ),
    m(
        "11043",
        "2025-03-10 16:18",
        BRIGHTSTONE,
        "Corvid wants to meet you!",
        ("interview", "Corvid Health", "Marketing Operations Manager", 15, "agency", "en"),
        text="""Dana - great news, Ellen wants to bring you in. She's offering Thursday 3/13 at 10am in the
West Loop office (333 W Lake, 9th floor, check in at the front desk). About an hour with her and
one of her directors.

Can you confirm today? I'll prep you tomorrow with what I know about the team.

Kyle
""",
        tz=CDT,
    ),
    m(
        "11044",
        "2025-03-10 17:02",
        "Kyle Pruitt <kpruitt@brightstonestaffing.com>",
        "Re: Corvid wants to meet you!",
        ("interview", "Corvid Health", "Marketing Operations Manager", 15, "agency", "en"),
        text="""Confirmed with Ellen. You're all set!

Sent from my iPhone
""",
        headers=reply("11043", BRIGHTSTONE),
        tz=CDT,
    ),
    m(
        "11045",
        "2025-03-21 10:05",
        BRIGHTSTONE,
        "Feedback from Corvid",
        ("rejection", "Corvid Health", "Marketing Operations Manager", 15, "agency", "en"),
        text="""Hi Dana,

Got feedback from Ellen this morning. She really liked you - said you were the most organized
candidate she met - but they've decided to go with an internal candidate who has been covering
the role for the past six months. Not the outcome we wanted.

I've got a couple of other things cooking and will keep you in mind.

Kyle
""",
        tz=CDT,
    ),
    # 16 Crestmark Bank, two roles on the Workday tenant "cmbk"
    m(
        "11046",
        "2025-03-07 19:26",
        "cmbk@myworkday.com",
        "Application Received: Marketing Operations Manager",
        ("confirmation", CB, MOM, 16, "workday", "en"),
        text="""Hi Dana,

Thank you for applying for Marketing Operations Manager (R-104512) at Crestmark Bank. We've received
your application and will be in touch if your qualifications meet our needs.

Candidate Home: https://cmbk.wd5.myworkdayjobs.com/Crestmark/userHome

Crestmark Bank, N.A. Member FDIC. Equal Opportunity Employer.
""",
        tz=CST,
    ),
    m(
        "11047",
        "2025-03-28 18:45",
        "cmbk@myworkday.com",
        "Status update",
        ("rejection", CB, MOM, 16, "workday", "en"),
        text="""Hi Dana,

Thank you for your interest in the Marketing Operations Manager (R-104512) role. While your
background is impressive, we have decided to move forward with other applicants at this time.

Your Candidate Home remains active, and we encourage you to explore other opportunities at
Crestmark Bank.

Crestmark Bank Talent Acquisition
""",
        tz=CDT,
    ),
    m(
        "11048",
        "2025-04-01 20:12",
        "cmbk@myworkday.com",
        "Application Received: Campaign Operations Lead",
        ("confirmation", CB, CMR, 17, "workday", "en"),
        text="""Hi Dana,

Thank you for applying for Campaign Operations Lead (R-105077) at Crestmark Bank. We've received
your application and will be in touch if your qualifications meet our needs.

Candidate Home: https://cmbk.wd5.myworkdayjobs.com/Crestmark/userHome

Crestmark Bank, N.A. Member FDIC. Equal Opportunity Employer.
""",
        tz=CDT,
    ),
    m(
        "11049",
        "2025-04-09 10:31",
        "Rachel Onwuzulike <rachel.onwuzulike@crestmark.com>",
        "Campaign Operations Lead - phone screen",
        ("interview", CB, CMR, 17, "direct", "en"),
        text="""Hi Dana,

I'm the recruiter supporting our Campaign Operations Lead role. I see you also applied for the
Marketing Ops position earlier - this one is a better fit for your campaign background and the
hiring manager would like to talk.

Are you available for a 30-minute phone screen Friday 4/11 at 1:30 pm CT? I'll call the number on
your application.

Thanks,
Rachel Onwuzulike
Talent Acquisition | Crestmark Bank
""",
        tz=CDT,
    ),
    m(
        "11050",
        "2025-04-24 15:15",
        "cmbk@myworkday.com",
        "Status update",
        ("rejection", CB, CMR, 17, "workday", "en"),
        text="""Hi Dana,

Thank you for your interest in the Campaign Operations Lead (R-105077) role and for the time you
spent with our team. After careful consideration, we have selected another candidate.

We encourage you to explore other opportunities at Crestmark Bank.

Crestmark Bank Talent Acquisition
""",
        tz=CDT,
    ),
    # 18 Bellwether Credit Union, iCIMS: confirmation, interview, Outlook invite, cancel, new date, rejection
    m(
        "11051",
        "2025-03-12 11:00",
        "Bellwether Credit Union <bellwethercu@talent.icims.com>",
        "Thank you for your application",
        ("confirmation", BCU, MOM, 18, "icims", "en"),
        text="""Dana,

Thank you for applying for Marketing Operations Manager (Requisition 2025-1183) at Bellwether
Credit Union. Our team will review your qualifications and contact you if there is a match.

Bellwether Credit Union - People & Culture
""",
        tz=CDT,
    ),
    m(
        "11052",
        "2025-03-19 09:45",
        BELL_REC,
        "Interview invitation - Marketing Operations Manager",
        ("interview", BCU, MOM, 18, "direct", "en"),
        text="""Hi Dana,

I'm pleased to invite you to a virtual interview with Scott Dahl, AVP of Marketing, on Tuesday,
March 25 at 2:00 PM Central. You'll receive a Microsoft Teams calendar invitation shortly.

Monique Ferris
People & Culture Partner
Bellwether Credit Union
""",
        tz=CDT,
    ),
    m(
        "11053",
        "2025-03-19 09:52",
        BELL_REC,
        "Dana Okafor - Interview with Scott Dahl",
        ("interview", BCU, MOM, 18, "direct", "en"),
        text="""Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 281 447 390 112
Passcode: Hk9c2T
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E008000000003C1F6A2B",
            "style": "outlook",
            "organizer": ("Monique Ferris", "mferris@bellwethercu.org"),
            "attendees": [("Scott Dahl", "sdahl@bellwethercu.org")],
            "start": "2025-03-25 20:00:00 +0100",
            "summary": "Dana Okafor - Interview with Scott Dahl",
            "location": "Microsoft Teams Meeting",
        },
        tz=CDT,
    ),
    m(
        "11054",
        "2025-03-24 08:10",
        BELL_REC,
        "Canceled: Dana Okafor - Interview with Scott Dahl",
        ("interview", BCU, MOM, 18, "direct", "en"),
        text="""Hi Dana, Scott is out sick today and tomorrow, so I'm canceling this and will send a new time
shortly. Apologies for the short notice! - Monique
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E008000000003C1F6A2B",
            "style": "outlook",
            "method": "CANCEL",
            "organizer": ("Monique Ferris", "mferris@bellwethercu.org"),
            "attendees": [("Scott Dahl", "sdahl@bellwethercu.org")],
            "start": "2025-03-25 20:00:00 +0100",
            "summary": "Canceled: Dana Okafor - Interview with Scott Dahl",
        },
        tz=CDT,
    ),
    m(
        "11055",
        "2025-03-26 13:20",
        BELL_REC,
        "Dana Okafor - Interview with Scott Dahl (new time)",
        ("interview", BCU, MOM, 18, "direct", "en"),
        text="""Rescheduled to Monday, March 31, 10:00 - 11:00 AM Central. Same Teams link.
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E008000000005D0A2F11",
            "style": "outlook",
            "organizer": ("Monique Ferris", "mferris@bellwethercu.org"),
            "attendees": [("Scott Dahl", "sdahl@bellwethercu.org")],
            "start": "2025-03-31 17:00:00 +0200",
            "summary": "Dana Okafor - Interview with Scott Dahl",
            "location": "Microsoft Teams Meeting",
        },
        tz=CDT,
    ),
    m(
        "11056",
        "2025-04-08 14:40",
        BELL_REC,
        "Thank you, Dana",
        ("rejection", BCU, MOM, 18, "direct", "en"),
        text="""Hi Dana,

Thank you for taking the time to meet with Scott. He appreciated your thoughtful answers and
especially your ideas for member onboarding journeys.

At this time, we've decided to move forward with another candidate whose experience in the credit
union space is a closer match. We truly appreciate your interest in Bellwether.

Kind regards,
Monique
""",
        tz=CDT,
    ),
    # 19 Loop & Lantern, Wellfound, founder from gmail, take-home (ghosted afterwards)
    m(
        "11057",
        "2025-03-13 22:14",
        "Wellfound <team@wellfound.com>",
        "Your application to Loop & Lantern",
        ("confirmation", "Loop & Lantern", "Head of Operations", 19, "wellfound", "en"),
        text="""Hi Dana,

You applied to Head of Operations at Loop & Lantern. We've shared your profile with the team.

Loop & Lantern - Subscription candles and home fragrance, 12 employees, Remote (US)

Startups usually reply within 2 weeks. You can message the team directly from your Applications
page: https://wellfound.com/jobs/applications

Wellfound
""",
        tz=CDT,
    ),
    m(
        "11058",
        "2025-03-17 07:38",
        LOOP,
        "Your note + quick call?",
        ("interview", "Loop & Lantern", "Head of Operations", 19, "direct", "en"),
        text="""Hey Dana,

Loved your note about running fulfillment and marketing ops at the same time - that's basically
this job. I'm the co-founder. Free for a quick video call Wednesday or Thursday afternoon? Here's
my link, grab whatever works: https://cal.com/samwhitcombe/30min

Sam

--
Sam Whitcombe
Co-founder, Loop & Lantern
loopandlantern.com
""",
        tz=CDT,
    ),
    m(
        "11059",
        "2025-03-21 18:02",
        LOOP,
        "Re: Your note + quick call?",
        ("assessment", "Loop & Lantern", "Head of Operations", 19, "direct", "en"),
        text="""Dana - great chatting yesterday. As promised, attached is the small exercise. It's our real Q2
promo calendar and inventory sheet; tell us what you'd change and how you'd track it. Please
don't spend more than 2-3 hours. Anytime next week is fine.

Sam
""",
        headers=reply("11058", LOOP),
        attach=[
            (
                "LL_ops_exercise.txt",
                "text/plain",
                "Q2 promo calendar\nWeek 1: Spring Refresh (20% off)\n...",
            )
        ],
        tz=CDT,
    ),
    m(
        "11060",
        "2025-03-28 20:46",
        LOOP,
        "Re: Your note + quick call?",
        ("assessment", "Loop & Lantern", "Head of Operations", 19, "direct", "en"),
        text="""Got it, thanks! Will review with Mara this weekend.

Sent from my iPhone
""",
        headers=reply("11058", LOOP),
        tz=CDT,
    ),
    # 20 Ridgeway Insurance Group, iCIMS + HireVue one-way video, rejection
    m(
        "11061",
        "2025-03-18 10:11",
        "Ridgeway Careers <ridgewayinsurance@talent.icims.com>",
        "Thanks for applying to Ridgeway!",
        (
            "confirmation",
            "Ridgeway Insurance Group",
            "Marketing Manager, Digital",
            20,
            "icims",
            "en",
        ),
        text="""Hi Dana,

Thanks for applying for Marketing Manager, Digital (Job ID 11874) with Ridgeway Insurance Group.
We'll review your application and let you know about next steps.

Ridgeway Talent Team
""",
        tz=CDT,
    ),
    m(
        "11062",
        "2025-03-20 08:05",
        "Ridgeway Insurance Group <noreply@hirevue.com>",
        "Ridgeway Insurance Group invites you to a video interview",
        (
            "assessment",
            "Ridgeway Insurance Group",
            "Marketing Manager, Digital",
            20,
            "hirevue",
            "en",
        ),
        text="""Hello Dana,

Thank you for your interest in Ridgeway Insurance Group! The next step in our process is an
on-demand video interview for the Marketing Manager, Digital position. You'll record answers to 5
questions at a time that suits you; it takes about 20 minutes.

Please complete it by March 27.

Start Interview: https://app.hirevue.com/interviews/kP2q7Rz
Tip: use Chrome or Firefox and test your camera first.

Ridgeway Talent Team
""",
        tz=CDT,
    ),
    m(
        "11063",
        "2025-04-11 16:55",
        "Ridgeway Careers <ridgewayinsurance@talent.icims.com>",
        "Your Ridgeway application",
        ("rejection", "Ridgeway Insurance Group", "Marketing Manager, Digital", 20, "icims", "en"),
        text="""Hi Dana,

Thanks for completing the video interview. Our hiring team reviewed many strong candidates, and
while your experience is impressive, we've chosen to move forward with others at this stage.

Best wishes in your search,
Ridgeway Talent Team
""",
        tz=CDT,
    ),
]

HP = "Harbor & Pine Realty"
CE = "Copperline Energy"
TG2 = "Senior Marketing Operations Manager"
KEYSTONE = "Alicia Moreno <amoreno@keystonetalentpartners.com>"
HALDEN = "Ben Okonjo <ben.okonjo@hh-brands.com>"

MAIL += [
    # 21 Harbor & Pine Realty, Indeed Apply, Calendly phone screen booked (ghosted after)
    m(
        "11064",
        "2025-03-24 21:30",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Operations Manager",
        ("confirmation", HP, "Operations Manager", 21, "indeed", "en"),
        html="""<html><body style="font-family:Arial">
<p><b>Your application has been submitted</b></p>
<p>Operations Manager<br>Harbor &amp; Pine Realty<br>Evanston, IL &bull; $85,000 - $100,000 a year</p>
<p>Good luck! You can expect to hear back soon if the employer is interested.</p>
<p><a href="https://www.indeed.com/myjobs">View application</a></p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "11065",
        "2025-03-27 09:12",
        "Calendly <notifications@calendly.com>",
        "New Event: Dana Okafor - 02:00pm Mon, Mar 31, 2025 - Intro call (Operations Manager)",
        ("interview", HP, "Operations Manager", 21, "other", "en"),
        text="""Hi Dana Okafor,

A new event has been scheduled.

Event Type:
Intro call (Operations Manager)

Invitee:
Dana Okafor

Event Date/Time:
02:00pm - Monday, March 31, 2025 (Central Time - US & Canada)

Location:
Zoom - details in the calendar invitation

Host:
Tessa Hargrove (Harbor & Pine Realty)

Questions:
Why are you interested in this role?
> I've run operations for a multi-office team and love the pace of real estate marketing.
""",
        tz=CDT,
    ),
    # 22 Copperline Energy, Paradox phone screen by text assistant, then ghosted
    m(
        "11066",
        "2025-03-25 07:44",
        "Olivia at Copperline Energy <noreply@paradox.ai>",
        "Your phone interview is confirmed",
        ("interview", CE, "Marketing Operations Specialist", 22, "other", "en"),
        text="""Hi Dana! This is Olivia, the virtual recruiting assistant for Copperline Energy.

Your phone interview for Marketing Operations Specialist is confirmed:

Thursday, March 27, 2025 at 10:30 AM CDT
Interviewer: Marcus Bell
Marcus will call you at (773) ***-**42.

Need to reschedule? Just reply to this email or text RESCHEDULE to 40961.

Talk soon,
Olivia
""",
        tz=CDT,
    ),
    # 23 Tallgrass Software again (re-application), Greenhouse: confirmation, then ghosted
    m(
        "11067",
        "2025-06-02 09:26",
        "Tallgrass Software <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Tallgrass",
        ("confirmation", TG, TG2, 23, "greenhouse", "en"),
        text="""Hi Dana,

Thanks for your interest in Tallgrass! We've received your application for Senior Marketing
Operations Manager (Remote, US) and our team will take a look soon.

Every application is reviewed by a real person. If there's a fit, we'll be in touch to set up a
conversation.

Tallgrass Recruiting
""",
        tz=CDT,
    ),
    m(
        "11068",
        "2025-06-03 08:51",
        TALLGRASS_REC,
        "Good to see your name again",
        ("viewed", TG, TG2, 23, "direct", "en"),
        text="""Hi Dana,

Saw your application come through for the senior role - glad you went for it. It's with the hiring
manager now (different team than last time). I'll nudge him this week and let you know.

Priya
""",
        tz=CDT,
    ),
    # 24 Orchard Lane Retail via Keystone Talent Partners: client named only in the body
    m(
        "11069",
        "2025-04-03 11:12",
        KEYSTONE,
        "Contract-to-hire Ops Manager - remote",
        ("outreach", None, "Operations Manager (Contract-to-Hire)", None, "agency", "en"),
        text="""Hi Dana,

Hope you're well. I have a 6-month contract-to-hire Operations Manager opening with a national
specialty retailer, fully remote, $60-68/hr W2. They need someone to run promo operations and the
vendor calendar across 140 stores.

Open to a call? I can share the client name once we talk.

Alicia Moreno
Account Manager, Keystone Talent Partners
""",
        tz=CDT,
    ),
    m(
        "11070",
        "2025-04-07 13:35",
        KEYSTONE,
        "RTR - please reply I AGREE",
        (
            "confirmation",
            "Orchard Lane Retail",
            "Operations Manager (Contract-to-Hire)",
            24,
            "agency",
            "en",
        ),
        text="""Hi Dana,

Thanks for speaking with me. Per our conversation, please reply "I AGREE" to authorize Keystone
Talent Partners to represent you exclusively for the following position:

Client: Orchard Lane Retail
Position: Operations Manager (Contract-to-Hire)
Rate: $65/hr W2
Location: Remote (US)

Once I have your OK I'll submit you today.

Alicia
""",
        tz=CDT,
    ),
    m(
        "11071",
        "2025-04-14 15:48",
        KEYSTONE,
        "Re: RTR - please reply I AGREE",
        (
            "interview",
            "Orchard Lane Retail",
            "Operations Manager (Contract-to-Hire)",
            24,
            "agency",
            "en",
        ),
        text="""They want to talk! Are you free Wed 4/16 at 11 CT for a Zoom with their Director of Store
Operations, Nadia Fox? 45 min.

Alicia
""",
        headers=reply("11070", KEYSTONE),
        tz=CDT,
    ),
    m(
        "11072",
        "2025-04-14 16:20",
        "Alicia Moreno <amoreno@keystonetalentpartners.com>",
        "Re: RTR - please reply I AGREE",
        (
            "interview",
            "Orchard Lane Retail",
            "Operations Manager (Contract-to-Hire)",
            24,
            "agency",
            "en",
        ),
        text="""Thx! Locked in.

Sent from my iPhone
""",
        headers=reply("11070", KEYSTONE),
        tz=CDT,
    ),
    m(
        "11073",
        "2025-04-25 10:02",
        KEYSTONE,
        "Orchard Lane update",
        (
            "rejection",
            "Orchard Lane Retail",
            "Operations Manager (Contract-to-Hire)",
            24,
            "agency",
            "en",
        ),
        text="""Hi Dana,

Quick update - Orchard Lane decided to fill the role with a former employee returning from
another company, so they've closed it out. Nadia said your interview was excellent and asked us
to keep you in mind. I'm sorry this one didn't land.

Alicia
""",
        tz=CDT,
    ),
    # 25 Halden Home (mail domain hh-brands.com), referral through a hiring manager, rejection
    m(
        "11074",
        "2025-04-08 08:30",
        HALDEN,
        "Intro from Jess",
        ("interview", "Halden Home", "Marketing Operations Manager", 25, "direct", "en"),
        text="""Hi Dana,

Jess Alvarado passed along your resume and said you'd applied for our Marketing Operations Manager
opening. Great timing - I'm the hiring manager. Could we do a 30-minute video chat this Thursday or
Friday? I'm flexible after 1pm CT.

Ben Okonjo
Director, Marketing | Halden Home
hh-brands.com | haldenhome.com
""",
        tz=CDT,
    ),
    m(
        "11075",
        "2025-04-08 09:47",
        "Ben Okonjo <ben.okonjo@hh-brands.com>",
        "RE: Intro from Jess",
        ("interview", "Halden Home", "Marketing Operations Manager", 25, "direct", "en"),
        text="""Friday 2pm it is. Teams link below.

Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ3

Ben
""",
        headers=reply("11074", HALDEN),
        tz=CDT,
    ),
    m(
        "11076",
        "2025-04-23 17:10",
        HALDEN,
        "Quick note",
        ("rejection", "Halden Home", "Marketing Operations Manager", 25, "direct", "en"),
        text="""Hi Dana,

I wanted to get back to you personally. I enjoyed our chat and your answers on the panel, but we're
going with someone who has run a home-goods wholesale calendar before. It was genuinely close.

Please stay in touch - I'd happily refer you to friends at other brands.

Ben
""",
        tz=CDT,
    ),
    # 26 Quillstone, Lever: company only in the job URL and the footer
    m(
        "11077",
        "2025-04-10 13:13",
        "no-reply@hire.lever.co",
        "Thanks for your application",
        ("confirmation", "Quillstone", "Customer Marketing Manager", 26, "lever", "en"),
        text="""Hi Dana,

Thanks for applying for the Customer Marketing Manager role. We've got your application and we're
excited to take a look.

If your background is a fit, someone will reach out within the next two weeks.

Job posting: https://jobs.lever.co/quillstone/7d2c0b1e-5a77-4c1b-8e4f-22c0f9a1d3b2

Sent by Quillstone via Lever
""",
        tz=CDT,
    ),
    # 27 Wildflower Learning, Greenhouse: confirmation, neutral-subject rejection
    m(
        "11078",
        "2025-04-15 11:19",
        "Wildflower Learning <no-reply@us.greenhouse-mail.io>",
        "Application received",
        (
            "confirmation",
            "Wildflower Learning",
            "Marketing Operations Manager",
            27,
            "greenhouse",
            "en",
        ),
        text="""Hi Dana,

We just wanted to let you know that we received your application for Marketing Operations Manager
at Wildflower Learning. Thanks for thinking of us!

Our team will review it and reach out if there's a potential fit.

The Wildflower Learning People Team
""",
        tz=CDT,
    ),
    m(
        "11079",
        "2025-05-12 12:04",
        "Wildflower Learning <no-reply@us.greenhouse-mail.io>",
        "Following up on your application",
        (
            "rejection",
            "Wildflower Learning",
            "Marketing Operations Manager",
            27,
            "greenhouse",
            "en",
        ),
        text="""Hi Dana,

Thanks so much for applying. Your experience with nurture programs was a real highlight, and we're
grateful you considered Wildflower.

We've decided to move forward with candidates whose experience more closely matches what we need
right now, so we won't be advancing your application.

All the best,
The Wildflower Learning People Team
""",
        tz=CDT,
    ),
    # 28 Oakhurst Beverage, SmartRecruiters: confirmation, rejection
    m(
        "11080",
        "2025-04-17 08:02",
        "Oakhurst Beverage Co. <no-reply@smartrecruiters.com>",
        "Confirmation of your application",
        (
            "confirmation",
            "Oakhurst Beverage Co.",
            "Trade Marketing Operations Manager",
            28,
            "smartrecruiters",
            "en",
        ),
        text="""Hi Dana,

Thank you for applying for the Trade Marketing Operations Manager position at Oakhurst Beverage Co.
We have successfully received your application.

We'll be in touch soon.

Best wishes,
Oakhurst Beverage Co. Hiring Team
""",
        tz=CDT,
    ),
    m(
        "11081",
        "2025-05-01 19:20",
        "Oakhurst Beverage Co. <no-reply@smartrecruiters.com>",
        "Oakhurst Beverage Co. - Trade Marketing Operations Manager",
        (
            "rejection",
            "Oakhurst Beverage Co.",
            "Trade Marketing Operations Manager",
            28,
            "smartrecruiters",
            "en",
        ),
        text="""Dear Dana,

Thank you for your interest in Oakhurst Beverage Co. We regret to inform you that your application
for the Trade Marketing Operations Manager position was not successful on this occasion.

Kind regards,
Oakhurst Beverage Co. Hiring Team
""",
        tz=CDT,
    ),
    # 29 Riverbend Property Group via Indeed: company named once in the body (ghosted)
    m(
        "11082",
        "2025-04-18 22:41",
        "Indeed <donotreply@match.indeed.com>",
        "Your application has been sent",
        (
            "confirmation",
            "Riverbend Property Group",
            "Regional Operations Manager",
            29,
            "indeed",
            "en",
        ),
        text="""Application sent

Regional Operations Manager
Riverbend Property Group - Remote

What happens next? The employer will review your application. If they'd like to move forward,
they'll contact you directly.

Want to stand out? Answer employer questions and keep your resume updated.

Indeed
""",
        tz=CDT,
    ),
    # 30 Nimbus Pay, LinkedIn Easy Apply: sent, rejection through LinkedIn
    m(
        "11083",
        "2025-04-21 10:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Dana, your application was sent to Nimbus Pay",
        ("confirmation", "Nimbus Pay", "Marketing Operations Manager", 30, "linkedin", "en"),
        html="""<html><body>
<p style="font-size:20px">Your application was sent to Nimbus Pay</p>
<p><b>Marketing Operations Manager</b><br>Nimbus Pay &middot; United States (Remote)</p>
<p>Applied on April 21, 2025</p>
<p style="font-size:11px;color:#999">This email was intended for Dana Okafor. Unsubscribe &middot; Help</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "11084",
        "2025-05-02 13:33",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Nimbus Pay",
        ("rejection", "Nimbus Pay", "Marketing Operations Manager", 30, "linkedin", "en"),
        html="""<html><body>
<p>Hi Dana,</p>
<p>Thank you for your interest in the Marketing Operations Manager position at Nimbus Pay in
United States. Unfortunately, we will not be moving forward with your application, but we
appreciate your time and interest in Nimbus Pay.</p>
<p>Regards,<br>Nimbus Pay</p>
<p><a href="https://www.linkedin.com/jobs/">Find more jobs</a></p>
<p style="font-size:11px;color:#999">This email was intended for Dana Okafor. Unsubscribe &middot; Help</p>
</body></html>""",
        tz=CDT,
    ),
    # 31 Ashford Packaging, Taleo (ghosted)
    m(
        "11085",
        "2025-04-23 06:40",
        "Ashford Careers <ashfordpkg@taleo.net>",
        "Ashford Packaging - Application Confirmation",
        ("confirmation", "Ashford Packaging", "Marketing Manager", 31, "taleo", "en"),
        text="""Dear Dana Okafor,

We have received your application for the Marketing Manager position (Req ID MKT000217) and thank
you for your interest in Ashford Packaging.

Our recruiters will review your qualifications. Due to the number of applications, only those
selected for further consideration will be contacted.

Ashford Packaging Human Resources
""",
        tz=CDT,
    ),
    # 32 Lumen Freight, Criteria cognitive test (other), rejection via Greenhouse
    m(
        "11086",
        "2025-04-28 09:30",
        "Lumen Freight <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Lumen Freight",
        (
            "confirmation",
            "Lumen Freight",
            "Marketing Operations Analyst, Senior",
            32,
            "greenhouse",
            "en",
        ),
        text="""Dana,

We've received your application for Marketing Operations Analyst, Senior. Thank you for your
interest in Lumen Freight.

Lumen Freight Talent
""",
        tz=CDT,
    ),
    m(
        "11087",
        "2025-04-29 10:00",
        "Lumen Freight via Criteria <noreply@criteriacorp.com>",
        "Lumen Freight has invited you to complete a test",
        ("assessment", "Lumen Freight", "Marketing Operations Analyst, Senior", 32, "other", "en"),
        text="""Dear Dana,

As part of your application for Marketing Operations Analyst, Senior at Lumen Freight, you've been
invited to complete the following test(s):

 - Criteria Cognitive Aptitude Test (CCAT) - 15 minutes
 - Workplace English

Please complete them by May 4, 2025.

Begin: https://www.ondemandassessment.com/link/index/JB-7K3PQ2

Good luck!
""",
        tz=CDT,
    ),
    m(
        "11088",
        "2025-05-09 15:27",
        "Lumen Freight <no-reply@us.greenhouse-mail.io>",
        "Lumen Freight | Marketing Operations Analyst, Senior",
        (
            "rejection",
            "Lumen Freight",
            "Marketing Operations Analyst, Senior",
            32,
            "greenhouse",
            "en",
        ),
        text="""Hi Dana,

Thank you for your interest in Lumen Freight and for completing our assessment. We've now reviewed
all applicants and, unfortunately, we will not be moving forward with your candidacy.

We appreciate your time and wish you success in your search.

Lumen Freight Talent
""",
        tz=CDT,
    ),
    # 33 Ember & Oak Consulting, forwarded Greenhouse confirmation from her old address
    m(
        "11089",
        "2025-05-05 20:01",
        "Dana Okafor <dokafor1984@yahoo.com>",
        "Fwd: Thank you for applying to Ember & Oak",
        (
            "confirmation",
            "Ember & Oak Consulting",
            "Marketing Operations Manager",
            33,
            "greenhouse",
            "en",
        ),
        text="""Applied with my old email by accident - forwarding so it's in one place.

Sent from Yahoo Mail for iPhone

----- Forwarded Message -----
From: Ember & Oak Consulting <no-reply@us.greenhouse-mail.io>
To: dokafor1984@yahoo.com
Sent: Monday, May 5, 2025, 07:44:10 PM CDT
Subject: Thank you for applying to Ember & Oak

Hi Dana,

Thank you for your interest in Ember & Oak Consulting! We have received your application for the
Marketing Operations Manager role and will review it shortly.

Best,
Ember & Oak Recruiting
""",
        tz=CDT,
    ),
    # 34 Fieldstone Insurance, iCIMS: confirmation, withdrawal confirmation
    m(
        "11090",
        "2025-05-07 12:12",
        "Fieldstone Insurance <fieldstone@talent.icims.com>",
        "Thank You for Applying - Marketing Operations Manager",
        ("confirmation", "Fieldstone Insurance", MOM, 34, "icims", "en"),
        text="""Dana,

Thank you for applying for the Marketing Operations Manager position (Req 3307) at Fieldstone
Insurance. We will contact you if your qualifications meet our needs.

Fieldstone Insurance Talent Acquisition
""",
        tz=CDT,
    ),
    m(
        "11091",
        "2025-06-06 09:12",
        "Fieldstone Insurance <fieldstone@talent.icims.com>",
        "Your application has been withdrawn",
        ("confirmation", "Fieldstone Insurance", MOM, 34, "icims", "en"),
        text="""Dana,

This confirms that you have withdrawn your application for Marketing Operations Manager (Req 3307).
If this was done in error, please contact our Talent Acquisition team.

Fieldstone Insurance Talent Acquisition
""",
        st="withdrawn",
        tz=CDT,
    ),
    # 35 Cascade Wellness, Jobvite: confirmation, interview via Jobvite scheduling, ghosted
    m(
        "11092",
        "2025-05-13 08:21",
        "Cascade Wellness <notification@jobvite.com>",
        "Cascade Wellness - application received",
        (
            "confirmation",
            "Cascade Wellness",
            "Operations Manager, Member Experience",
            35,
            "other",
            "en",
        ),
        text="""Dana,

Thanks for your interest in the Operations Manager, Member Experience position. Your application
has been received and our team will be reviewing it soon.

Cascade Wellness Recruiting
""",
        tz=CDT,
    ),
    m(
        "11093",
        "2025-05-19 14:44",
        "Cascade Wellness <notification@jobvite.com>",
        "Please select an interview time",
        (
            "interview",
            "Cascade Wellness",
            "Operations Manager, Member Experience",
            35,
            "other",
            "en",
        ),
        text="""Hi Dana,

We would like to schedule an interview with you for the Operations Manager, Member Experience
position. Please click the link below to select a time that works best for you.

Select an interview time: https://app.jobvite.com/j/schedule?e=cw4471

Interview type: Video (Zoom), 45 minutes
Interviewers: Alana Ruiz, Peter Szabo

Cascade Wellness Recruiting
""",
        tz=CDT,
    ),
    # 36 Kinross Medical Center, Workday tenant "kmc" (ghosted)
    m(
        "11094",
        "2025-05-20 23:02",
        "kmc@myworkday.com",
        "Thank you for your application",
        (
            "confirmation",
            "Kinross Medical Center",
            "Marketing Manager, Service Lines",
            36,
            "workday",
            "en",
        ),
        text="""Dear Dana,

Thank you for applying to the Marketing Manager, Service Lines position (JR118420). We have
received your application.

You can track your application from your candidate home page:
https://kmc.wd1.myworkdayjobs.com/KinrossCareers/userHome

Kinross Medical Center Human Resources
""",
        tz=CDT,
    ),
    # 37 Redfield Logistics, Paylocity (ghosted)
    m(
        "11095",
        "2025-06-11 07:18",
        "Redfield Logistics <noreply@paylocity.com>",
        "Thank you for applying to Redfield Logistics",
        ("confirmation", "Redfield Logistics", "Marketing & Operations Manager", 37, "other", "en"),
        text="""Dana,

Thank you for your interest in Redfield Logistics! We have received your application for the
Marketing & Operations Manager position and will review it soon. If your skills and experience
are a match, a member of our team will reach out.

Redfield Logistics HR
""",
        tz=CDT,
    ),
    # Brightstone Staffing again: outreach without a client, turned down by phone
    m(
        "11096",
        "2025-06-16 10:44",
        BRIGHTSTONE,
        "Another one for you",
        ("outreach", None, "Director, Marketing Operations", None, "agency", "en"),
        text="""Hi Dana,

Not sure where you are in your search, but I've got a Director, Marketing Operations role at a
professional-services firm downtown, hybrid 2 days. 150-165K. Interested?

Kyle
""",
        tz=CDT,
    ),
    m(
        "11097",
        "2025-06-17 12:25",
        "Kyle Pruitt <kpruitt@brightstonestaffing.com>",
        "Re: Another one for you",
        ("outreach", None, "Director, Marketing Operations", None, "agency", "en"),
        text="""Totally understand, congrats on Fernway!! Let's keep in touch.

Sent from my iPhone
""",
        headers=reply("11096", BRIGHTSTONE),
        tz=CDT,
    ),
]

MAIL += [
    # 40 Sparrow Analytics, LinkedIn Easy Apply (ghosted)
    m(
        "11098",
        "2025-05-27 10:47",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Dana, your application was sent to Sparrow Analytics",
        ("confirmation", "Sparrow Analytics", "Revenue Operations Manager", 40, "linkedin", "en"),
        html="""<html><body>
<p style="font-size:20px">Your application was sent to Sparrow Analytics</p>
<p><b>Revenue Operations Manager</b><br>Sparrow Analytics &middot; Chicago, IL (Hybrid)</p>
<p>Applied on May 27, 2025</p>
<p style="font-size:11px;color:#999">This email was intended for Dana Okafor. Unsubscribe &middot; Help</p>
</body></html>""",
        tz=CDT,
    ),
    # 41 Delmar Hotels Group, UKG: confirmation, rejection
    m(
        "11099",
        "2025-05-28 16:16",
        "Delmar Hotels Group <noreply@ultipro.com>",
        "Application Confirmation - Marketing Operations Manager",
        ("confirmation", "Delmar Hotels Group", MOM, 41, "other", "en"),
        text="""Dana,

Thank you for applying for the Marketing Operations Manager opportunity with Delmar Hotels Group.
We have received your application and will review your qualifications.

Delmar Hotels Group Talent Acquisition
""",
        tz=CDT,
    ),
    m(
        "11100",
        "2025-06-12 09:55",
        "Delmar Hotels Group <noreply@ultipro.com>",
        "Thank you from Delmar Hotels Group",
        ("rejection", "Delmar Hotels Group", MOM, 41, "other", "en"),
        text="""Dana,

Thank you for your interest in the Marketing Operations Manager opportunity. Although your
background is impressive, we have decided to proceed with other candidates.

We appreciate your interest in Delmar Hotels Group and wish you the best.

Delmar Hotels Group Talent Acquisition
""",
        tz=CDT,
    ),
    # 42 Prairie Loom, ADP: confirmation, calls with the head of ops, withdrawn after the Fernway offer
    m(
        "11101",
        "2025-05-29 11:39",
        "Prairie Loom <SecurityServices_NoReply@adp.com>",
        "Application Received",
        ("confirmation", "Prairie Loom", "E-commerce Operations Manager", 42, "other", "en"),
        text="""Dear Dana,

Thank you for your interest in Prairie Loom. We have received your application for the E-commerce
Operations Manager position.

Human Resources, Prairie Loom
This message was sent by ADP Workforce Now Recruitment.
""",
        tz=CDT,
    ),
    m(
        "11102",
        "2025-06-02 13:00",
        "Kate Lindqvist <kate@prairieloom.com>",
        "E-commerce Ops",
        ("interview", "Prairie Loom", "E-commerce Operations Manager", 42, "direct", "en"),
        text="""Hi Dana - I run ops here at Prairie Loom. Can you hop on a call Thursday at 4? Just a casual
chat to see if it's mutual.

Kate
""",
        tz=CDT,
    ),
    m(
        "11103",
        "2025-06-03 08:02",
        "Kate Lindqvist <kate@prairieloom.com>",
        "Re: E-commerce Ops",
        ("interview", "Prairie Loom", "E-commerce Operations Manager", 42, "direct", "en"),
        text="""Sounds good, talk then!
""",
        headers=reply("11102", "Kate Lindqvist <kate@prairieloom.com>"),
        tz=CDT,
    ),
    m(
        "11104",
        "2025-06-05 20:30",
        "Kate Lindqvist <kate@prairieloom.com>",
        "Re: E-commerce Ops",
        ("interview", "Prairie Loom", "E-commerce Operations Manager", 42, "direct", "en"),
        text="""Attached is the org chart I mentioned and the job description v2. Let me know if you'd still like
to go ahead and meet Tom next week.

Kate
""",
        headers=reply("11102", "Kate Lindqvist <kate@prairieloom.com>"),
        attach=[
            (
                "PrairieLoom_EcomOps_JD_v2.txt",
                "text/plain",
                "E-commerce Operations Manager\nReports to: VP Operations\n...",
            )
        ],
        tz=CDT,
    ),
    m(
        "11105",
        "2025-06-06 09:15",
        "Kate Lindqvist <kate@prairieloom.com>",
        "Re: E-commerce Ops",
        ("confirmation", "Prairie Loom", "E-commerce Operations Manager", 42, "direct", "en"),
        text="""Totally understand, and congratulations on the new role! I'll close out your application on our
side. Good luck!

Kate
""",
        headers=reply("11102", "Kate Lindqvist <kate@prairieloom.com>"),
        st="withdrawn",
        tz=CDT,
    ),
    # --- alerts, nudges, talent communities
    m(
        "11106",
        "2025-02-03 07:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"marketing operations manager": 18 new jobs in Chicago, Illinois',
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body>
<p>Your job alert for <b>marketing operations manager</b> in Chicago, Illinois</p>
<p>18 new jobs match your preferences.</p>
<ul>
<li><b>Marketing Operations Manager</b><br>Crestmark Bank &middot; Chicago, IL (Hybrid)<br>Actively recruiting</li>
<li><b>Sr. Manager, Marketing Ops</b><br>Halyard Systems &middot; United States (Remote)<br>Easy Apply</li>
<li><b>Marketing Operations Lead</b><br>Meridian Home Services &middot; Schaumburg, IL<br>2 connections work here</li>
</ul>
<p><a href="https://www.linkedin.com/jobs/search/?keywords=marketing%20operations%20manager">See all jobs</a></p>
<p style="font-size:11px;color:#999">You are receiving Job Alert emails. Unsubscribe.</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "11107",
        "2025-02-26 06:30",
        "Indeed <alert@indeed.com>",
        "Operations Manager jobs in Chicago, IL - 25 new",
        ("alert", None, None, None, "indeed", "en"),
        text="""25 new Operations Manager jobs in Chicago, IL

Operations Manager - Harbor & Pine Realty - Evanston, IL - $85,000 - $100,000 a year
Easily apply

Marketing & Operations Manager - North Branch Fitness - Chicago, IL
Responsive employer

Operations Manager, Marketing - Vantage Foods - Downers Grove, IL
Hiring multiple candidates

See all jobs: https://www.indeed.com/jobs?q=Operations+Manager&l=Chicago%2C+IL

Unsubscribe from this alert
""",
        tz=CST,
    ),
    m(
        "11108",
        "2025-03-09 09:00",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Dana, Tallgrass Software and 9 other companies are hiring",
        ("alert", None, None, None, "other", "en"),
        text="""Jobs picked for you

Marketing Operations Manager - Tallgrass Software - Remote - 4.3 ★
Sr. Marketing Ops Manager - Quarry Labs - Chicago, IL - 4.1 ★
Demand Gen Operations Manager - Pinion Cloud - Remote - 3.9 ★

See more jobs: https://www.glassdoor.com/Job/index.htm

You're receiving this because you signed up for job recommendations on Glassdoor.
""",
        tz=CDT,
    ),
    m(
        "11109",
        "2025-03-16 18:20",
        "Northgate Insurance Careers <notification@jobvite.com>",
        "You left your application unfinished",
        ("alert", "Northgate Insurance", "Digital Marketing Specialist", None, "other", "en"),
        text="""Hi Dana,

You started an application for Digital Marketing Specialist at Northgate Insurance but didn't
finish it. Your progress is saved - pick up where you left off:

https://jobs.jobvite.com/northgate/job/oK2x9fwJ/apply

Northgate Insurance Talent Acquisition
""",
        tz=CDT,
    ),
    m(
        "11110",
        "2025-03-31 08:04",
        "Great Lakes Mutual <glm@fa.oraclecloud.com>",
        "Welcome to the Great Lakes Mutual Talent Community",
        ("alert", "Great Lakes Mutual", None, None, "oracle", "en"),
        text="""Hi Dana,

Thanks for joining our Talent Community! We'll send you job opportunities that match your
interests in Marketing and Communications, and news about life at Great Lakes Mutual.

Update your preferences at any time:
https://eplx.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/talent-community

Great Lakes Mutual Talent Acquisition
""",
        tz=CDT,
    ),
    m(
        "11111",
        "2025-04-12 10:10",
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Marketing Ops Manager - Remote - 12 new jobs for you",
        ("alert", None, None, None, "other", "en"),
        text="""Hi Dana, here are today's top matches:

Marketing Operations Manager - Bluefin Payments - Remote - Est. $110K - $135K
Marketing Manager, Operations - Gravel & Grain - Remote - Est. $95K - $120K
Campaign Operations Manager - Atlas Dental Group - Chicago, IL

1-click apply: https://www.ziprecruiter.com/candidate/suggested-jobs

ZipRecruiter, Inc. 604 Arizona Ave, Santa Monica, CA 90401. Unsubscribe
""",
        tz=CDT,
    ),
    m(
        "11112",
        "2025-04-26 07:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Quillstone is hiring a Customer Marketing Manager",
        ("alert", "Quillstone", "Customer Marketing Manager", None, "linkedin", "en"),
        html="""<html><body>
<p>Dana, a job you might be interested in</p>
<p><b>Customer Marketing Manager</b><br>Quillstone &middot; United States (Remote)</p>
<p>Your profile matches 8 of 10 skills in this job.</p>
<p><a href="https://www.linkedin.com/jobs/view/4198833102/">View job</a></p>
<p style="font-size:11px;color:#999">You are receiving LinkedIn notification emails. Unsubscribe.</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "11113",
        "2025-05-08 17:45",
        "Crestmark Bank <cmbk@myworkday.com>",
        "Jobs you may be interested in at Crestmark Bank",
        ("alert", CB, None, None, "workday", "en"),
        text="""Hi Dana,

Based on your profile, here are new openings at Crestmark Bank:

- Digital Marketing Manager (R-106210) - Chicago, IL
- Marketing Analytics Lead (R-106188) - Hybrid

View jobs: https://cmbk.wd5.myworkdayjobs.com/Crestmark

To stop receiving job alerts, update your preferences in Candidate Home.
""",
        tz=CDT,
    ),
    m(
        "11114",
        "2025-05-24 08:00",
        "Indeed <alert@indeed.com>",
        "Marketing Operations Manager - Remote: 9 new jobs",
        ("alert", None, None, None, "indeed", "en"),
        text="""9 new jobs for Marketing Operations Manager - Remote

Marketing Operations Manager - Fieldstone Insurance - Remote
Marketing Operations Manager - Ember & Oak Consulting - Remote
Director, Marketing Ops - Pinion Cloud - Remote

See all jobs: https://www.indeed.com/jobs?q=Marketing+Operations+Manager&l=Remote
""",
        tz=CDT,
    ),
    m(
        "11115",
        "2025-06-21 09:12",
        "Lever <no-reply@hire.lever.co>",
        "Don't forget to finish your application to Quillstone",
        ("alert", "Quillstone", "Lifecycle Marketing Lead", None, "lever", "en"),
        text="""Hi Dana,

It looks like you started applying for Lifecycle Marketing Lead at Quillstone but didn't submit.
Finish your application: https://jobs.lever.co/quillstone/1e9a4c7b-6d0a-4e55-a0c1-9d3b8f7e2a41/apply

Quillstone via Lever
""",
        tz=CDT,
    ),
    # --- recruiter outreach
    m(
        "11116",
        "2025-02-14 13:22",
        "Hannah Price <hannah.price@pinioncloud.com>",
        "Demand Gen Ops at Pinion Cloud?",
        ("outreach", "Pinion Cloud", "Demand Generation Operations Manager", None, "direct", "en"),
        text="""Hi Dana,

I lead recruiting at Pinion Cloud (B2B scheduling software, ~300 people). Your background running
Marketo and HubSpot migrations caught my eye for our Demand Generation Operations Manager role,
remote in the US, base range $125-145K.

Would you be open to a short conversation? No prep needed.

Hannah Price
Head of Talent, Pinion Cloud
""",
        tz=CST,
    ),
    m(
        "11117",
        "2025-04-30 16:02",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Dana, opportunity at Halyard Systems",
        (
            "outreach",
            "Halyard Systems",
            "Senior Manager, Marketing Operations",
            None,
            "linkedin",
            "en",
        ),
        html="""<html><body>
<p><b>Greg Tanaka</b> sent you a message</p>
<p>Hi Dana - I'm recruiting for a Senior Manager, Marketing Operations at Halyard Systems (remote,
reports to the VP Demand Gen). Your experience scaling campaign ops looks like a great match. Open
to a chat next week?</p>
<p><a href="https://www.linkedin.com/messaging/">Reply</a></p>
<p style="font-size:11px;color:#999">This is a LinkedIn InMail. You are receiving InMail notification emails. Unsubscribe.</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "11118",
        "2025-05-15 11:11",
        "Derek Maloney <derek@maloneysearch.com>",
        "Confidential search - VP Marketing Ops",
        ("outreach", None, "VP, Marketing Operations", None, "agency", "en"),
        text="""Dana,

I'm retained on a confidential VP, Marketing Operations search for a PE-backed consumer brand in
the Midwest. Comp north of $200K plus equity. I can't share the name in writing yet but would be
glad to tell you more by phone.

Best time to reach you?

Derek Maloney
Managing Partner, Maloney Executive Search
""",
        tz=CDT,
    ),
    # --- other job mail: account codes, survey, out-of-office, status portal
    m(
        "11119",
        "2025-02-24 21:58",
        "Summit Ridge Hospitality <noreply@ultipro.com>",
        "Verify your email address",
        ("other_job", "Summit Ridge Hospitality", None, None, "other", "en"),
        text="""Your verification code is 604218.

Enter this code to finish creating your candidate account for Summit Ridge Hospitality careers.
The code expires in 10 minutes.

If you did not request this, you can ignore this message.
""",
        tz=CST,
    ),
    m(
        "11120",
        "2025-03-03 14:05",
        "Great Lakes Mutual <glm@fa.oraclecloud.com>",
        "Confirm your identity",
        ("other_job", "Great Lakes Mutual", None, None, "oracle", "en"),
        text="""Your one-time passcode is 381 992.

Use this code to sign in to Great Lakes Mutual Careers. For your security, do not share it.
""",
        tz=CST,
    ),
    m(
        "11121",
        "2025-03-12 16:00",
        "Tallgrass Software <no-reply@us.greenhouse-mail.io>",
        "How was your interview experience?",
        ("other_job", TG, MOM, None, "greenhouse", "en"),
        text="""Hi Dana,

We're always trying to improve how we interview. Would you take 2 minutes to tell us about your
experience with Tallgrass, whatever the outcome?

Take the survey: https://survey.greenhouse.io/s/tallgrass-candidate

Your answers are anonymous and won't affect any current or future applications.

Tallgrass Recruiting
""",
        tz=CDT,
    ),
    m(
        "11122",
        "2025-04-07 13:41",
        "Janelle Brooks <janelle.brooks@northgateins.com>",
        "Automatic reply: Checking in - Marketing Operations Manager",
        ("other_job", "Northgate Insurance", MOM, None, "direct", "en"),
        text="""Thank you for your message. I am out of the office through Monday, April 14 with limited access
to email. For urgent hiring matters, please contact talent@northgateins.com.

Janelle Brooks
""",
        tz=CDT,
    ),
    m(
        "11123",
        "2025-05-06 08:40",
        "Fernway Hiring Team <no-reply@ashbyhq.com>",
        "Verify your email to apply",
        ("other_job", FW, None, None, "ashby", "en"),
        text="""Your Fernway application verification code: 772031

Enter it on the application page to continue.
""",
        tz=CDT,
    ),
    m(
        "11124",
        "2025-06-24 10:30",
        "Ashford Careers <ashfordpkg@taleo.net>",
        "Password reset request",
        ("other_job", "Ashford Packaging", None, None, "taleo", "en"),
        text="""Dear Dana Okafor,

A request was made to reset the password for your Ashford Packaging career section account. Click
the link below to choose a new password:

https://ashfordpkg.taleo.net/careersection/iam/accessmanagement/resetPassword.jsf?t=Yk29

If you did not request this, please ignore this message.
""",
        tz=CDT,
    ),
    m(
        "11125",
        "2025-06-27 14:15",
        "Fernway People <people@fernway.co>",
        "Action needed: complete your Rippling onboarding",
        ("other_job", FW, FWR, None, "direct", "en"),
        text="""Hi Dana,

Just a reminder to finish your Rippling onboarding tasks before July 7: direct deposit, emergency
contacts and the handbook acknowledgment. Your IT equipment ships Tuesday.

Fernway People Team
""",
        tz=CDT,
    ),
]
