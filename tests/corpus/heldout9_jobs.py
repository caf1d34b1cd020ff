"""Job mail of the ninth held-out corpus, UK employers in English (do not use for tuning)."""

# Hand-written mail keeps the line lengths its senders would use.
# ruff: noqa: E501

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

GMT, BST = "+0000", "+0100"
ME = "Priya Natarajan <priya.natarajan@lumenpost.co.uk>"

HR = "Halden & Rowe"
POA = "Product Operations Analyst"
POM = "Product Operations Manager"
TES = "Tessellate"
APM = "Associate Product Manager"
PEN = "Pennine Valley NHS Foundation Trust"
DPO = "Digital Product Owner"
ORB = "Orbitel"
CSOM = "Customer Success Operations Manager"
QM = "Quillmark"
POS = "Product Operations Specialist"
CAIRN = "University of Cairnview"
KW = "Kitewell"

TES_GH = "Tessellate <no-reply@us.greenhouse-mail.io>"
NIAMH = "Niamh Doherty <niamh.doherty@tessellate.io>"
QM_FOUNDER = "Tom Ashworth <tomashworth.mcr@gmail.com>"
KW_LEVER = "Kitewell <no-reply@hire.lever.co>"

MAIL: list[dict[str, Any]] = [
    # 1 Halden & Rowe (insurer), Workday: confirmation, then a neutral-subject rejection
    m(
        "9001",
        "2025-01-07 20:41",
        "Halden & Rowe <haldenrowe@myworkday.com>",
        "Application received - Product Operations Analyst (JR-20418)",
        ("confirmation", HR, POA, 1, "workday", "en"),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear Priya,</p>
<p>Thank you for your application for the role of <b>Product Operations Analyst</b> (JR-20418),
based in our Manchester (Spinningfields) office.</p>
<p>We're reviewing applications now and will be in touch once the hiring team has had the chance
to consider yours. Due to the volume of applications we receive this may take up to three weeks.</p>
<p>You can follow your application through your
<a href="https://haldenrowe.wd3.myworkdayjobs.com/en-GB/HRCareers/userHome">candidate home page</a>.</p>
<p>Kind regards,<br>Talent Acquisition<br>Halden &amp; Rowe Insurance Group plc</p>
<p style="font-size:10px;color:#777">Halden &amp; Rowe Insurance Group plc is registered in
England and Wales. This mailbox is not monitored.</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9002",
        "2025-01-29 11:03",
        "Halden & Rowe <haldenrowe@myworkday.com>",
        "Your application with Halden & Rowe",
        ("rejection", HR, POA, 1, "workday", "en"),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear Priya,</p>
<p>Thank you for taking the time to apply for the Product Operations Analyst role. We were
genuinely impressed by your customer success background and the way you described your work on
renewals tooling.</p>
<p>On this occasion, however, we won't be progressing your application any further. We had a
very strong field and have shortlisted candidates whose experience more closely matches the
requirements of the role.</p>
<p>We'd encourage you to keep an eye on our careers site and wish you every success in your
search.</p>
<p>Kind regards,<br>Talent Acquisition<br>Halden &amp; Rowe</p>
</body></html>""",
        tz=GMT,
    ),
    # 2 Tessellate, Greenhouse: confirmation, screen booked, reschedule, panel, rejection
    m(
        "9003",
        "2025-01-09 13:22",
        TES_GH,
        "Thank you for applying to Tessellate",
        ("confirmation", TES, POM, 2, "greenhouse", "en"),
        text="""Hi Priya,

Thanks so much for your interest in Tessellate and for applying to be our Product Operations
Manager (London, hybrid).

Our team reviews every application by hand, so it may take us a week or two to get back to you.
If there's a match we'll be in touch to set up a first chat.

While you wait, here's a peek at how we work: https://tessellate.io/handbook

Best,
The Tessellate Talent Team

--
Tessellate Ltd, 3rd Floor, 41 Leonard Street, London EC2A 4LS
""",
        tz=GMT,
    ),
    m(
        "9004",
        "2025-01-16 10:48",
        NIAMH,
        "Tessellate - quick chat?",
        ("interview", TES, POM, 2, "direct", "en"),
        text="""Hi Priya,

I'm Niamh, I look after talent at Tessellate. Thanks for applying for our Product Ops Manager
role, I really enjoyed reading your application, especially the bit about rebuilding the
onboarding playbook at Fathom.

I'd love to set up a 30 minute call to tell you more about the team and hear about what you're
looking for. Could you do any of these?

- Tue 21 Jan, 11:00 or 14:30
- Wed 22 Jan, 10:00
- Thu 23 Jan, any time after 13:00

It'll be on Google Meet.

Thanks,
Niamh

Niamh Doherty | Talent Partner | Tessellate
tessellate.io
""",
        tz=GMT,
    ),
    m(
        "9005",
        "2025-01-16 16:05",
        NIAMH,
        "Re: Tessellate - quick chat?",
        ("interview", TES, POM, 2, "direct", "en"),
        text="""Perfect, Wednesday 10am it is. Invite on its way.

Niamh

On Thu, 16 Jan 2025 at 15:51, Priya Natarajan <priya.natarajan@lumenpost.co.uk> wrote:
> Hi Niamh,
>
> Thanks for getting in touch! Wednesday 22nd at 10:00 would be great.
>
> Best wishes,
> Priya
""",
        headers=reply("9004", NIAMH),
        tz=GMT,
    ),
    m(
        "9006",
        "2025-01-16 16:07",
        NIAMH,
        "Invitation: Priya Natarajan <> Tessellate @ Wed 22 Jan 2025 10am - 10:30am (GMT)",
        ("interview", TES, POM, 2, "direct", "en"),
        text="""Priya Natarajan <> Tessellate
Wednesday 22 January 2025 10:00 - 10:30 (Greenwich Mean Time)

Join with Google Meet: https://meet.google.com/vqe-hxka-rbm

Organiser: niamh.doherty@tessellate.io
Guests: Priya Natarajan

Invitation from Google Calendar
""",
        ics={
            "start": "2025-01-22 10:00:00 +0000",
            "minutes": 30,
            "uid": "5r0hq8t1tes22jan@google.com",
            "organizer": ("Niamh Doherty", "niamh.doherty@tessellate.io"),
            "summary": "Priya Natarajan <> Tessellate",
            "location": "https://meet.google.com/vqe-hxka-rbm",
            "description": "Intro call - Product Operations Manager",
        },
        tz=GMT,
    ),
    m(
        "9007",
        "2025-01-27 09:15",
        TES_GH,
        "Interview confirmation: Tessellate",
        ("interview", TES, POM, 2, "greenhouse", "en"),
        text="""Hi Priya,

You're confirmed for your interview with Tessellate! Here are the details:

Product Operations Manager - Hiring Manager interview
Monday, February 3rd 2025, 14:00 - 15:00 GMT
Interviewer: Marcus Bell (Head of Product)
Location: Google Meet - https://meet.google.com/ayt-hyqk-zoe

If you need to reschedule, please reply to this email.

Good luck!
Tessellate Talent Team
""",
        reply_to="niamh.doherty@tessellate.io",
        tz=GMT,
    ),
    m(
        "9008",
        "2025-01-31 08:52",
        NIAMH,
        "Monday",
        ("interview", TES, POM, 2, "direct", "en"),
        text="""Hi Priya,

Sorry to do this - Marcus has been pulled into a board meeting on Monday afternoon. Could we
move your chat with him to Wednesday 5th at 11:30? Same Meet link.

Really sorry for the shuffle!

Niamh
""",
        tz=GMT,
    ),
    m(
        "9009",
        "2025-01-31 12:30",
        NIAMH,
        "Re: Monday",
        ("interview", TES, POM, 2, "direct", "en"),
        text="""Brilliant, thank you - updated the calendar invite now.

N

On Fri, 31 Jan 2025 at 11:02, Priya Natarajan <priya.natarajan@lumenpost.co.uk> wrote:
> No problem at all, Wednesday at 11:30 works for me.
> Priya
""",
        headers=reply("9008", NIAMH),
        tz=GMT,
    ),
    m(
        "9010",
        "2025-02-07 15:40",
        NIAMH,
        "Next steps",
        ("interview", TES, POM, 2, "direct", "en"),
        text="""Hi Priya,

Marcus really enjoyed meeting you on Wednesday, so we'd like to invite you to the final stage:
a 90 minute panel with Marcus, Hannah (VP Customer) and Olu from Engineering. The first half is
a short presentation (15 mins) on how you'd set up a feedback loop between CS and product in
your first 90 days, then questions.

It'll be in person at our Shoreditch office. Would Thursday 13th or Friday 14th Feb work?

Best,
Niamh
""",
        tz=GMT,
    ),
    m(
        "9011",
        "2025-02-19 17:26",
        NIAMH,
        "Tessellate",
        ("rejection", TES, POM, 2, "direct", "en"),
        text="""Hi Priya,

Thanks again for coming down to London for the panel last week, and for such a thoughtful
presentation - the team particularly liked your idea of a shared "top 10 asks" board.

I'm sorry to say that we've decided to offer the role to another candidate who has a bit more
hands-on experience running product tooling (Jira/Productboard admin) at scale. It was a really
close call and not an easy decision.

I'd genuinely love to stay in touch - please don't hesitate to apply for future roles, and I'm
happy to jump on a call to give more detailed feedback if that would help.

All the best,
Niamh
""",
        tz=GMT,
    ),
    # 3 Brightwell Energy, Lever: confirmation only (ghosted)
    m(
        "9012",
        "2025-01-13 19:02",
        "Brightwell Energy <no-reply@hire.lever.co>",
        "Thank you for your application to Brightwell Energy",
        ("confirmation", "Brightwell Energy", APM, 3, "lever", "en"),
        text="""Hi Priya,

Thank you for your interest in Brightwell Energy! We wanted to let you know we received your
application for Associate Product Manager, and we are delighted that you would consider joining
our team.

Our team will review your application and will be in touch if your qualifications match our
needs for the role. If you are not selected for this position, keep an eye on our jobs page as
we're growing and adding openings.

Best,
The Brightwell Energy Team
""",
        tz=GMT,
    ),
    # 4 Pennine Valley NHS FT via Trac: confirmation, shortlisted, interview, rejection
    m(
        "9013",
        "2025-01-14 22:17",
        "Pennine Valley NHS Foundation Trust <noreply@trac.jobs>",
        "Application Acknowledgement - 421-DIG-7781",
        ("confirmation", PEN, DPO, 4, "other", "en"),
        text="""Dear Priya Natarajan

Application for: Digital Product Owner (Patient Engagement)
Job reference: 421-DIG-7781
Band: Band 7

Thank you for your application for the above post, which has been received.

Shortlisting will take place after the closing date of 26/01/2025. If you have been shortlisted
you will be contacted by email with details of the interview. Please check your junk/spam folder
regularly.

If you have not heard from us within 4 weeks of the closing date, please assume that on this
occasion your application has been unsuccessful.

Recruitment Team
Pennine Valley NHS Foundation Trust

This is an automated message; please do not reply to this email.
""",
        tz=GMT,
    ),
    m(
        "9014",
        "2025-02-04 10:31",
        "Pennine Valley NHS Foundation Trust <noreply@trac.jobs>",
        "Invitation to interview - 421-DIG-7781",
        ("interview", PEN, DPO, 4, "other", "en"),
        text="""Dear Priya Natarajan

Post: Digital Product Owner (Patient Engagement)
Reference: 421-DIG-7781

We are pleased to inform you that you have been shortlisted for the above post.

Interviews will be held on Tuesday 18/02/2025 at Oldham Road Health Campus, Building C,
Room 2.14. Please log in to your Trac account and select an interview slot by 07/02/2025.

You will be asked to give a 10 minute presentation on: "How would you measure whether a new
patient-facing digital service is working?"

Please bring photographic ID and proof of your right to work in the UK.

Yours sincerely

Recruitment Team
Pennine Valley NHS Foundation Trust
""",
        tz=GMT,
    ),
    m(
        "9015",
        "2025-02-24 14:09",
        "Gareth Pilling <gareth.pilling@pvft.nhs.uk>",
        "Digital Product Owner - outcome",
        ("rejection", PEN, DPO, 4, "direct", "en"),
        text="""Dear Priya,

Thank you for attending interview for the Digital Product Owner post last Tuesday. The panel
enjoyed meeting you and your presentation was clear and well structured.

Unfortunately on this occasion you have not been successful. The panel felt another candidate
had more direct experience of NHS information governance and clinical safety standards (DCB0129),
which is essential for this post.

If you would like more detailed feedback please let me know and we can arrange a short call.

Kind regards

Gareth Pilling
Head of Digital Delivery
Pennine Valley NHS Foundation Trust
""",
        tz=GMT,
    ),
    # 6 Orbitel, SuccessFactors: confirmation, then on hold
    m(
        "9016",
        "2025-01-20 08:44",
        "Orbitel Careers <Orbitel@successfactors.eu>",
        "Orbitel - We have received your application",
        ("confirmation", ORB, CSOM, 6, "other", "en"),
        html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Priya Natarajan,</p>
<p>Thank you for applying for the position <b>Customer Success Operations Manager - Enterprise
(Req ID 88213)</b>. We confirm receipt of your application.</p>
<p>Our recruitment team will review your profile against the requirements of the position. You
can view the status of your application at any time in our
<a href="https://career5.successfactors.eu/career?company=orbitelP">careers portal</a>.</p>
<p>Best regards,<br>Orbitel UK Talent Acquisition</p>
<p style="font-size:10px">Orbitel UK Ltd, 200 Aldersgate, London EC1A 4HD</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9017",
        "2025-02-12 13:15",
        "Orbitel Careers <Orbitel@successfactors.eu>",
        "Update regarding Req ID 88213",
        ("confirmation", ORB, CSOM, 6, "other", "en"),
        html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Priya Natarajan,</p>
<p>We are writing to let you know that the recruitment for <b>Customer Success Operations
Manager - Enterprise (Req ID 88213)</b> has been paused while the business reviews the structure
of the team.</p>
<p>Your application remains on file and you do not need to do anything. We will contact you
again if the vacancy is re-opened.</p>
<p>Thank you for your patience and your interest in Orbitel.</p>
<p>Best regards,<br>Orbitel UK Talent Acquisition</p>
</body></html>""",
        st="on_hold",
        tz=GMT,
    ),
    # 7 Quillmark (edtech), Ashby; founder writes from Gmail
    m(
        "9018",
        "2025-01-22 21:33",
        "Quillmark <no-reply@ashbyhq.com>",
        "Thanks for applying to Quillmark!",
        ("confirmation", QM, POS, 7, "ashby", "en"),
        text="""Hi Priya,

Thanks for applying to the Product Operations Specialist role at Quillmark. We're a small team
(14 of us!) so every application gets read by a real human - usually Tom, our co-founder.

We'll get back to you within 10 working days either way.

Quillmark
""",
        tz=GMT,
    ),
    m(
        "9019",
        "2025-01-24 07:58",
        QM_FOUNDER,
        "Hello from Quillmark",
        ("interview", QM, POS, 7, "direct", "en"),
        text="""Hi Priya,

Tom here, one of the founders of Quillmark - sorry for writing from my personal address, our
Google Workspace is having one of its days.

Loved your application. You've basically been doing product ops at Fathom without the title.
Fancy a coffee in Manchester next week? I'm usually at Ziferblat in the Northern Quarter on
Tuesdays and Thursdays. Or a video call if that's easier.

Cheers,
Tom

--
Tom Ashworth
Co-founder & CEO, Quillmark
quillmark.app | Building better marking tools for teachers
""",
        tz=GMT,
    ),
    m(
        "9020",
        "2025-01-24 18:20",
        QM_FOUNDER,
        "Re: Hello from Quillmark",
        ("interview", QM, POS, 7, "direct", "en"),
        text="""Thursday at 9 works for me! See you there - I'll be the one with the enormous laptop
sticker collection.

T

On Fri, 24 Jan 2025, 17:47 Priya Natarajan, <priya.natarajan@lumenpost.co.uk> wrote:
> Hi Tom, lovely to hear from you. Coffee sounds great - would Thursday 30th at 9am suit?
> Priya
""",
        headers=reply("9019", QM_FOUNDER),
        tz=GMT,
    ),
    m(
        "9021",
        "2025-02-10 12:44",
        QM_FOUNDER,
        "Quillmark - honest update",
        ("rejection", QM, POS, 7, "direct", "en"),
        text="""Hi Priya,

Really enjoyed our coffee, and thanks for the follow-up notes on our onboarding flow - we've
already stolen two of your ideas.

I wanted to be straight with you: after a lot of back and forth, Ellie and I have decided to
hire someone with a teaching background for this role, because so much of the job is talking to
heads of department. That's no reflection on you at all and I'm gutted we can't make it work
right now.

If things change after our next raise I'll be in touch - would that be OK?

Tom

--
Tom Ashworth
Co-founder & CEO, Quillmark
""",
        tz=GMT,
    ),
    # 8 University of Cairnview, university HR portal: confirmation, interview, rejection
    m(
        "9022",
        "2025-01-27 16:02",
        "University of Cairnview Recruitment <hr-recruitment@cairnview.ac.uk>",
        "Your application - Ref: CAI-04571",
        ("confirmation", CAIRN, "Product Manager (Student Digital Services)", 8, "other", "en"),
        text="""Dear Ms Natarajan,

Thank you for applying for the position of Product Manager (Student Digital Services),
Grade 7, in Digital & Technology Services (ref CAI-04571).

Your application has been successfully submitted. The closing date for this vacancy is
9 February 2025. Shortlisting is expected to take place during the week commencing
17 February 2025.

You can track the progress of your application by logging in to your account at
https://jobs.cairnview.ac.uk/candidate.

Yours sincerely,

Human Resources
University of Cairnview
""",
        tz=GMT,
    ),
    m(
        "9023",
        "2025-02-21 11:30",
        "University of Cairnview Recruitment <hr-recruitment@cairnview.ac.uk>",
        "CAI-04571 - Invitation to Interview",
        ("interview", CAIRN, "Product Manager (Student Digital Services)", 8, "other", "en"),
        text="""Dear Ms Natarajan,

Further to your application for the position of Product Manager (Student Digital Services)
(CAI-04571), I am pleased to invite you to attend an interview on Thursday 6 March 2025 at
13:30 in Room G.04, Hollins Building, Cairnview Campus.

The selection process will consist of:
  1. a 15-minute presentation: "Prioritising the student app roadmap with limited capacity"
  2. a competency-based panel interview of around 45 minutes.

Please confirm your attendance by replying to this email. If you require any reasonable
adjustments, please let us know.

Kind regards,

Abigail Sowerby
HR Administrator
University of Cairnview
""",
        tz=GMT,
    ),
    m(
        "9024",
        "2025-02-21 14:02",
        "Abigail Sowerby <a.sowerby@cairnview.ac.uk>",
        "RE: CAI-04571 - Invitation to Interview",
        ("interview", CAIRN, "Product Manager (Student Digital Services)", 8, "direct", "en"),
        text="""Dear Priya,

Thank you for confirming. We look forward to seeing you on 6 March. Visitor parking is available
in the Hollins car park - please give your name at the barrier.

Kind regards,
Abigail

-----Original Message-----
From: Priya Natarajan <priya.natarajan@lumenpost.co.uk>
Sent: 21 February 2025 13:40
To: HR Recruitment <hr-recruitment@cairnview.ac.uk>
Subject: Re: CAI-04571 - Invitation to Interview

Dear Abigail, I am pleased to confirm I will attend. No adjustments needed. Best wishes, Priya
""",
        headers=reply("9023", "hr-recruitment@cairnview.ac.uk"),
        tz=GMT,
    ),
    m(
        "9025",
        "2025-03-13 15:48",
        "University of Cairnview Recruitment <hr-recruitment@cairnview.ac.uk>",
        "CAI-04571",
        ("rejection", CAIRN, "Product Manager (Student Digital Services)", 8, "other", "en"),
        text="""Dear Ms Natarajan,

Thank you for attending interview for the above post. The panel appreciated the time and effort
you put into your presentation.

I regret to inform you that on this occasion you have not been successful. Competition for the
post was strong.

Thank you for your interest in working at the University of Cairnview.

Yours sincerely,

Human Resources
University of Cairnview
""",
        tz=GMT,
    ),
    # 11 Kitewell (fintech), Lever: a quick no ...
    m(
        "9026",
        "2025-02-03 09:10",
        KW_LEVER,
        "Kitewell - Product Manager, Payments",
        ("confirmation", KW, "Product Manager, Payments", 11, "lever", "en"),
        text="""Hi Priya,

Thanks for applying to Kitewell! We've received your application for Product Manager, Payments
and our team is looking through it.

We'll be in touch as soon as we can.

The Kitewell People Team
""",
        tz=GMT,
    ),
    m(
        "9027",
        "2025-02-05 17:55",
        KW_LEVER,
        "Your application to Kitewell",
        ("rejection", KW, "Product Manager, Payments", 11, "lever", "en"),
        text="""Hi Priya,

Thank you for your interest in the Product Manager, Payments role. We've had a look at your
background and while there's a lot we like, we're looking for someone who has already owned a
payments product end-to-end, so we won't be moving forward this time.

We'd still love to hear from you about other roles at Kitewell that might suit you better.

Best wishes,
The Kitewell People Team
""",
        tz=GMT,
    ),
    # 12 ... and a second role at Kitewell two months later: interview, then withdrawn
    m(
        "9028",
        "2025-04-02 10:21",
        KW_LEVER,
        "Kitewell - Product Operations Analyst",
        ("confirmation", KW, POA, 12, "lever", "en"),
        text="""Hi Priya,

Thanks for applying to Kitewell! We've received your application for Product Operations Analyst
and our team is looking through it.

We'll be in touch as soon as we can.

The Kitewell People Team
""",
        tz=BST,
    ),
    m(
        "9029",
        "2025-04-08 14:12",
        "Seb Okafor <seb@kitewell.com>",
        "Product Ops at Kitewell",
        ("interview", KW, POA, 12, "direct", "en"),
        text="""Hey Priya,

Seb here, Head of Product Ops at Kitewell. I saw you'd applied for the Payments PM role back in
February too - this one is a much better fit for your CS background, I think!

Would you be up for a 45 min video call with me and Farah from our Risk team? You can pick a slot
here: https://calendly.com/seb-kitewell/45min

Cheers,
Seb
""",
        tz=BST,
    ),
    m(
        "9030",
        "2025-04-09 08:03",
        "Calendly <notifications@calendly.com>",
        "New Event: Priya Natarajan - 09:30 Tue, 15 Apr 2025 - 45 Minute Meeting",
        ("interview", KW, POA, 12, "other", "en"),
        text="""Hi Priya Natarajan,

A new event has been scheduled.

Event Type: 45 Minute Meeting
Invitee: Priya Natarajan
Host: Seb Okafor (Kitewell)
Event Date/Time: 09:30 - 10:15, Tuesday, 15 April 2025 (UK, Ireland, Lisbon Time)
Location: This is a Google Meet web conference. Join now: https://meet.google.com/pdd-wpxk-hsu

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/3f9e1a
Reschedule: https://calendly.com/reschedulings/3f9e1a

Powered by Calendly.com
""",
        tz=BST,
    ),
    m(
        "9031",
        "2025-06-12 09:40",
        "Kitewell <no-reply@hire.lever.co>",
        "Your application has been withdrawn",
        ("confirmation", KW, POA, 12, "lever", "en"),
        text="""Hi Priya,

This is to confirm that your application for Product Operations Analyst at Kitewell has been
withdrawn, as you requested. Seb asked us to pass on his congratulations on your new role!

If you'd like to be considered for Kitewell roles in the future, you're always welcome to apply
again.

The Kitewell People Team
""",
        st="withdrawn",
        tz=BST,
    ),
    # 5 Harbourline Recruitment (agency) for a client it names late: Fernhill Digital; offer declined
    m(
        "9032",
        "2025-01-21 12:05",
        "Lauren Pike <lauren.pike@harbourline-recruitment.co.uk>",
        "Product Ops opportunity - Manchester / hybrid",
        ("outreach", None, "Product Operations Lead", None, "agency", "en"),
        text="""Hi Priya,

Hope you're well! I came across your profile on LinkedIn and thought you'd be a great fit for a
role I'm working on.

My client is a fast-growing B2B SaaS business based in Manchester city centre (around 180
people) and they're looking for a Product Operations Lead to sit between Customer Success,
Product and Engineering. Salary is up to £58k + bonus, hybrid (2 days in the office).

Would you be open to a quick chat this week? I can share more details over the phone.

Kind regards,

Lauren Pike
Senior Consultant - Technology & Digital
Harbourline Recruitment
0161 496 0732 | harbourline-recruitment.co.uk
""",
        tz=GMT,
    ),
    m(
        "9033",
        "2025-01-23 17:40",
        "Lauren Pike <lauren.pike@harbourline-recruitment.co.uk>",
        "Following up on our call",
        ("outreach", None, "Product Operations Lead", None, "agency", "en"),
        text="""Hi Priya,

Lovely to speak earlier. As discussed, I've attached the job spec (anonymised for now - my
client is keen to keep things confidential until they've seen CVs).

Could you send me an updated CV in Word format and confirm you're happy for me to represent
you? Once I have that I'll get you in front of the hiring manager.

Kind regards,
Lauren
""",
        attach=[
            (
                "Product_Ops_Lead_spec.txt",
                "text/plain",
                "Product Operations Lead - B2B SaaS - Manchester. Reports to the VP Product. Owns tooling, rituals, release comms and the voice-of-customer process.",
            )
        ],
        tz=GMT,
    ),
    m(
        "9034",
        "2025-01-27 10:12",
        "Lauren Pike <lauren.pike@harbourline-recruitment.co.uk>",
        "RE: Following up on our call",
        ("confirmation", "Fernhill Digital", "Product Operations Lead", 5, "agency", "en"),
        text="""Hi Priya,

Thanks for sending that over. I've now submitted your CV to my client, who I can now tell you is
Fernhill Digital (fernhill.co.uk) - they make the rota and timesheet software used by lots of
the care homes in the North West.

I'll chase them for feedback by the end of the week.

Kind regards,
Lauren

Lauren Pike
Senior Consultant - Technology & Digital
Harbourline Recruitment
""",
        headers=reply("9033", "lauren.pike@harbourline-recruitment.co.uk"),
        tz=GMT,
    ),
    m(
        "9035",
        "2025-01-31 15:22",
        "Lauren Pike <lauren.pike@harbourline-recruitment.co.uk>",
        "Good news!",
        ("interview", "Fernhill Digital", "Product Operations Lead", 5, "agency", "en"),
        text="""Hi Priya,

Great news - Fernhill would like to meet you! First stage is a 45 minute video call with Rachel
Hume (VP Product) next Thursday, 6th February. Could you do 10:00 or 15:30?

Let me know and I'll get it booked in.

Lauren
""",
        tz=GMT,
    ),
    m(
        "9036",
        "2025-02-03 09:01",
        "Lauren Pike <lauren.pike@harbourline-recruitment.co.uk>",
        "RE: Good news!",
        ("interview", "Fernhill Digital", "Product Operations Lead", 5, "agency", "en"),
        text="""Morning Priya,

That's confirmed for 15:30 on Thursday. Rachel will send a Teams link directly. A couple of tips:
she likes concrete examples with numbers, and she'll probably ask about how you handled the
Salesforce migration.

Good luck!
Lauren
""",
        headers=reply("9035", "lauren.pike@harbourline-recruitment.co.uk"),
        tz=GMT,
    ),
    m(
        "9037",
        "2025-02-03 11:20",
        "Rachel Hume <rachel.hume@fernhill.co.uk>",
        "Priya / Rachel - Fernhill",
        ("interview", "Fernhill Digital", "Product Operations Lead", 5, "direct", "en"),
        text="""Please find the meeting invitation below.
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 371 554 902 118
Passcode: q9Ld2X
________________________________________________________________________________
""",
        ics={
            "start": "2025-02-06 16:30:00 +0100",
            "minutes": 45,
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000FERNHILL0602",
            "organizer": ("Rachel Hume", "rachel.hume@fernhill.co.uk"),
            "summary": "Priya / Rachel - Fernhill",
            "location": "Microsoft Teams Meeting",
        },
        tz=GMT,
    ),
    m(
        "9038",
        "2025-02-14 16:55",
        "Lauren Pike <lauren.pike@harbourline-recruitment.co.uk>",
        "Fernhill - final stage",
        ("interview", "Fernhill Digital", "Product Operations Lead", 5, "agency", "en"),
        text="""Hi Priya,

Rachel was really positive about Thursday! They'd like you to come into the office (Ancoats) for
a final stage on Wednesday 26th Feb at 13:00. It'll be 2 hours: a working session with two of
the PMs on their release process, then a chat with the CEO, Imran.

Can you confirm?

Lauren
""",
        tz=GMT,
    ),
    m(
        "9039",
        "2025-02-28 12:34",
        "Lauren Pike <lauren.pike@harbourline-recruitment.co.uk>",
        "Call me when you get a sec :)",
        ("offer", "Fernhill Digital", "Product Operations Lead", 5, "agency", "en"),
        text="""Hi Priya,

Tried to ring you - I've got some very good news! Fernhill would like to offer you the Product
Operations Lead role. Headline terms:

- Base salary £54,000
- 10% bonus
- 25 days holiday + bank holidays
- Hybrid, 2 days in Ancoats

Written offer to follow from their HR team once you've verbally accepted. Give me a call back
on 0161 496 0732 when you can!

Lauren
""",
        tz=GMT,
    ),
    m(
        "9040",
        "2025-03-05 10:02",
        "Lauren Pike <lauren.pike@harbourline-recruitment.co.uk>",
        "RE: Call me when you get a sec :)",
        ("offer", "Fernhill Digital", "Product Operations Lead", 5, "agency", "en"),
        text="""Hi Priya,

Thanks for letting me know, and for being so open about your reasons. I've passed your decision
on to Rachel - she was disappointed but completely understands that the salary wasn't where you
needed it to be and they weren't able to move on it.

I'll keep you in mind for anything else that comes up.

All the best,
Lauren
""",
        headers=reply("9039", "lauren.pike@harbourline-recruitment.co.uk"),
        st="declined",
        tz=GMT,
    ),
    # 9 Mossgate Housing Association, Eploy: confirmation, ghosted
    m(
        "9041",
        "2025-02-02 20:15",
        "Mossgate Homes Recruitment <recruitment@mossgatehomes.org.uk>",
        "Thank you for your application",
        (
            "confirmation",
            "Mossgate Housing Association",
            "Product Owner - Customer Digital",
            9,
            "other",
            "en",
        ),
        html="""<html><body style="font-family:Calibri,sans-serif">
<p>Dear Priya</p>
<p>Thank you for applying for the role of <strong>Product Owner - Customer Digital</strong>
(MHA/0091). We have received your application and will be in touch after the closing date.</p>
<p>Mossgate is committed to being an inclusive employer. If you need any adjustments during the
recruitment process please contact us on 0161 555 0188.</p>
<p>Best wishes<br>People Team<br>Mossgate Housing Association</p>
<p style="font-size:9px;color:#888">Powered by Eploy</p>
</body></html>""",
        tz=GMT,
    ),
    # 10 Sundial Travel, Teamtailor + TestGorilla: confirmation, assessment, rejection
    m(
        "9042",
        "2025-02-06 09:25",
        "Sundial Travel <no-reply@teamtailor.com>",
        "Thanks for your application, Priya!",
        ("confirmation", "Sundial Travel", POM, 10, "teamtailor", "en"),
        text="""Hi Priya,

We've received your application for Product Operations Manager, and we're really happy that
you'd like to join us at Sundial.

We'll look at your application and get back to you as soon as possible.

Have a sunny day!
Sundial Travel
""",
        tz=GMT,
    ),
    m(
        "9043",
        "2025-02-10 11:02",
        "Sundial Travel via TestGorilla <no-reply@testgorilla.com>",
        "Sundial Travel has invited you to take an assessment",
        ("assessment", "Sundial Travel", POM, 10, "other", "en"),
        text="""Hi Priya,

Sundial Travel has invited you to complete an assessment for the Product Operations Manager
position.

The assessment contains 4 tests and takes approximately 50 minutes:
- Critical thinking
- Attention to detail (textual)
- Project management
- Culture add

Please complete it before 17 February 2025 23:59 GMT.

Start assessment: https://app.testgorilla.com/s/aK39xP2q

Good luck!
The TestGorilla team, on behalf of Sundial Travel
""",
        tz=GMT,
    ),
    m(
        "9044",
        "2025-02-25 16:18",
        "Sundial Travel <no-reply@teamtailor.com>",
        "About your application at Sundial",
        ("rejection", "Sundial Travel", POM, 10, "teamtailor", "en"),
        text="""Hi Priya,

Thank you for completing our assessment and for your patience. We've now reviewed all the
results and have decided to continue with candidates whose profiles more closely match what we
need right now.

We really appreciate the effort you put in and wish you all the best.

Warm wishes,
Sundial Travel
""",
        tz=GMT,
    ),
    # 13 Northbeam Logistics via Indeed: submitted, viewed, ghosted
    m(
        "9045",
        "2025-02-11 22:47",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Customer Success Operations Lead",
        (
            "confirmation",
            "Northbeam Logistics",
            "Customer Success Operations Lead",
            13,
            "indeed",
            "en",
        ),
        html="""<html><body style="font-family:Arial">
<h2>Application submitted</h2>
<p><b>Customer Success Operations Lead</b><br>Northbeam Logistics - Warrington</p>
<p>The following items were sent to Northbeam Logistics. Good luck!</p>
<ul><li>Application</li><li>CV (Priya_Natarajan_CV_2025.pdf)</li></ul>
<p>Next steps: the employer or job advertiser may reach out to you about your application.</p>
<p><a href="https://uk.indeed.com/myjobs">Track your applications</a></p>
<p style="font-size:11px;color:#666">&copy; 2025 Indeed - Cookies, Privacy and Terms</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9046",
        "2025-02-14 08:13",
        "Indeed <noreply@indeed.com>",
        "Your application was viewed",
        ("viewed", "Northbeam Logistics", "Customer Success Operations Lead", 13, "indeed", "en"),
        html="""<html><body style="font-family:Arial">
<p>Good news! An employer viewed your application.</p>
<p><b>Customer Success Operations Lead</b><br>Northbeam Logistics</p>
<p>This doesn't guarantee a response, but it's a good sign. Keep applying to improve your chances.</p>
<p><a href="https://uk.indeed.com/jobs?q=customer+success+operations">See similar jobs</a></p>
</body></html>""",
        tz=GMT,
    ),
    # 14 Bramblecroft (charity), Applied: confirmation, sift result, interview, rejection with scores
    m(
        "9047",
        "2025-02-17 19:40",
        "Bramblecroft via Applied <noreply@beapplied.com>",
        "Application submitted: Digital Product Manager",
        ("confirmation", "Bramblecroft", "Digital Product Manager", 14, "other", "en"),
        text="""Hi Priya,

Thanks for applying to the Digital Product Manager role at Bramblecroft.

Your answers will be anonymised, chunked and reviewed by several team members independently.
We'll let you know the outcome of the sift after the closing date (3 March).

The Applied team, on behalf of Bramblecroft
""",
        tz=GMT,
    ),
    m(
        "9048",
        "2025-03-10 12:00",
        "Bramblecroft via Applied <noreply@beapplied.com>",
        "Next steps for Digital Product Manager",
        ("interview", "Bramblecroft", "Digital Product Manager", 14, "other", "en"),
        text="""Hi Priya,

Congratulations! Your application scored in the top 15% of candidates and Bramblecroft would
like to invite you to an interview.

Please choose a time slot here: https://app.beapplied.com/interview/book/9a41c0

Interviews will take place on Zoom on 18 and 19 March and last one hour.

The Applied team
""",
        tz=GMT,
    ),
    m(
        "9049",
        "2025-03-27 14:30",
        "Bramblecroft via Applied <noreply@beapplied.com>",
        "Your feedback from Bramblecroft",
        ("rejection", "Bramblecroft", "Digital Product Manager", 14, "other", "en"),
        text="""Hi Priya,

Thank you for interviewing for the Digital Product Manager role at Bramblecroft. You were one of
the strongest candidates and the team really valued your answers on working with volunteers.

Unfortunately you have not been selected for the role on this occasion.

Your scores (out of 5):
  Stakeholder management   4.3
  Prioritisation           3.7
  Delivery                 3.5
  Charity sector knowledge 2.8

You can see your full feedback here: https://app.beapplied.com/feedback/9a41c0

The Applied team, on behalf of Bramblecroft
""",
        tz=GMT,
    ),
    # 15 Reed: names the employer once; ghosted
    m(
        "9050",
        "2025-02-18 13:09",
        "reed.co.uk <noreply@reed.co.uk>",
        "Your application has been sent",
        ("confirmation", "Ashgrove Foods", "Product Operations Coordinator", 15, "other", "en"),
        html="""<html><body style="font-family:Arial">
<p>Hi Priya,</p>
<p>Your application for <b>Product Operations Coordinator</b> has been sent to Ashgrove Foods.</p>
<p>Salary: £34,000 - £38,000 per annum | Location: Salford, Greater Manchester | Permanent, full-time</p>
<p>What happens next? The recruiter will review your CV and contact you directly if you're
suitable.</p>
<p><a href="https://www.reed.co.uk/account/applications">View your applications</a></p>
<p>Good luck,<br>The reed.co.uk team</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9051",
        "2025-02-24 07:30",
        "reed.co.uk <noreply@reed.co.uk>",
        "A recruiter has viewed your application",
        ("viewed", "Ashgrove Foods", "Product Operations Coordinator", 15, "other", "en"),
        html="""<html><body style="font-family:Arial">
<p>Hi Priya,</p>
<p>Your CV has been viewed for the job <b>Product Operations Coordinator</b>.</p>
<p>Keep your profile up to date so recruiters can find you.</p>
<p>The reed.co.uk team</p>
</body></html>""",
        tz=GMT,
    ),
    # 16 Totaljobs: ghosted
    m(
        "9052",
        "2025-02-20 21:55",
        "Totaljobs <noreply@totaljobs.com>",
        "Application confirmation",
        ("confirmation", "Greyfield Retail Group", "Product Analyst", 16, "other", "en"),
        html="""<html><body style="font-family:Arial">
<p>Dear Priya,</p>
<p>Thanks for applying! We've sent your application for <b>Product Analyst</b> to
<b>Greyfield Retail Group</b>.</p>
<p>Leeds (hybrid) | £40,000 - £45,000</p>
<p>Tip: candidates who apply within 3 days of a job being posted are more likely to hear back.</p>
<p>Totaljobs</p>
</body></html>""",
        tz=GMT,
    ),
    # 17 Castlegate Talent (agency): lots of mail, client named late (Keystone Lettings Tech)
    m(
        "9053",
        "2025-03-03 08:47",
        "Danny Whitfield <danny@castlegatetalent.com>",
        "Senior Product Manager - PropTech - £65-75k",
        ("outreach", None, "Product Manager", None, "agency", "en"),
        text="""Hi Priya,

Hope you had a good weekend. I'm recruiting a Product Manager for one of my favourite clients,
a PropTech scale-up (Series B) based in Manchester with a hub in London.

* £65k - £75k + share options
* Remote-first, 1 day a month in the office
* Owning the landlord/agent-facing side of the platform

Your mix of customer success and ops sounds spot on. Have you got 10 minutes for a call today or
tomorrow?

Danny Whitfield
Director | Castlegate Talent
07700 900 418
""",
        tz=GMT,
    ),
    m(
        "9054",
        "2025-03-04 16:30",
        "Danny Whitfield <danny@castlegatetalent.com>",
        "RE: Senior Product Manager - PropTech - £65-75k",
        ("outreach", None, "Product Manager", None, "agency", "en"),
        text="""Hi Priya,

Just bumping this up in case it got buried! The client is moving quickly and already has 3
candidates at first stage, so let me know if you're interested.

Danny
""",
        headers=reply("9053", "danny@castlegatetalent.com"),
        tz=GMT,
    ),
    m(
        "9055",
        "2025-03-06 11:15",
        "Danny Whitfield <danny@castlegatetalent.com>",
        "Submission - Priya Natarajan",
        ("confirmation", "Keystone Lettings Tech", "Product Manager", 17, "agency", "en"),
        text="""Hi Priya,

Great to chat yesterday. As promised, I've put you forward to Keystone Lettings Tech (the
company behind the KeyNest agent platform) for the Product Manager role, with the covering note
we agreed.

Please don't apply directly or through any other agency for this role, as that can cause
problems with duplicate submissions.

I'll be in touch as soon as I hear back - usually 2-3 working days with them.

Danny
""",
        tz=GMT,
    ),
    m(
        "9056",
        "2025-03-11 09:02",
        "Danny Whitfield <danny@castlegatetalent.com>",
        "Keystone - interview Friday?",
        ("interview", "Keystone Lettings Tech", "Product Manager", 17, "agency", "en"),
        text="""Morning!

Keystone want to speak to you - 1st stage is a 30 min call with Mo Rahman (Head of Product) this
Friday 14th. Available slots: 11:00, 12:30 or 16:00.

Danny
""",
        tz=GMT,
    ),
    m(
        "9057",
        "2025-03-11 13:41",
        "Danny Whitfield <danny@castlegatetalent.com>",
        "RE: Keystone - interview Friday?",
        ("interview", "Keystone Lettings Tech", "Product Manager", 17, "agency", "en"),
        text="""Lovely, 12:30 Friday locked in. Mo will send over a Zoom.

D
""",
        headers=reply("9056", "danny@castlegatetalent.com"),
        tz=GMT,
    ),
    m(
        "9058",
        "2025-03-20 17:02",
        "Danny Whitfield <danny@castlegatetalent.com>",
        "Feedback",
        ("rejection", "Keystone Lettings Tech", "Product Manager", 17, "agency", "en"),
        text="""Hi Priya,

I've had feedback from Mo. He enjoyed the conversation and thought your customer insight was
excellent, but they've decided to move ahead with an internal candidate who's been acting up
into the role, so they're closing the process.

Gutting, I know. I've got a couple of other things in the pipeline that could suit you - I'll
send them over next week.

Danny
""",
        tz=GMT,
    ),
    m(
        "9059",
        "2025-03-27 10:20",
        "Danny Whitfield <danny@castlegatetalent.com>",
        "2 roles you might like",
        ("outreach", None, POM, None, "agency", "en"),
        text="""Hi Priya,

As promised, two roles that might be of interest:

1) Product Operations Manager - HR software company, Leeds/remote - £55-60k
2) Product Ops Lead - Marketplace business, London (3 days) - £70k

Both clients are confidential at this stage. Let me know if either appeals and I'll share more.

Danny
""",
        tz=GMT,
    ),
    # 18 Lumisk Analytics, Greenhouse (EU): confirmation, take-home case study, interview, rejection
    m(
        "9060",
        "2025-03-04 14:00",
        "Lumisk <no-reply@eu.greenhouse-mail.io>",
        "Your application to Lumisk",
        ("confirmation", "Lumisk Analytics", APM, 18, "greenhouse", "en"),
        text="""Hi Priya,

Thank you for applying for the Associate Product Manager role at Lumisk! Our team will review
your application and get back to you within two weeks.

Lumisk Talent
""",
        tz=GMT,
    ),
    m(
        "9061",
        "2025-03-12 10:44",
        "Ines Carvalho <ines@lumisk.com>",
        "Lumisk - case study",
        ("assessment", "Lumisk Analytics", APM, 18, "direct", "en"),
        text="""Hi Priya,

Thanks for the chat last week! As the next step, we'd like you to work on a short case study.
The brief is attached - it's about prioritising feature requests from our enterprise customers.

Please don't spend more than 3 hours on it. Send it back to me by Wednesday 19th March, and
we'll then set up a session to walk through it with two of the team.

Best,
Ines

Ines Carvalho
Senior Product Manager, Lumisk
""",
        attach=[
            (
                "Lumisk_APM_case_study.txt",
                "text/plain",
                "Case study: You have 40 open requests from 12 enterprise customers and one quarter. How do you decide? Max 5 slides.",
            )
        ],
        tz=GMT,
    ),
    m(
        "9062",
        "2025-03-19 21:03",
        "Ines Carvalho <ines@lumisk.com>",
        "Re: Lumisk - case study",
        ("assessment", "Lumisk Analytics", APM, 18, "direct", "en"),
        text="""Got it, thank you Priya! I'll share it with the team and come back to you with times.

Ines

On Wed, 19 Mar 2025 at 20:41, Priya Natarajan <priya.natarajan@lumenpost.co.uk> wrote:
> Hi Ines, attached is my case study. Looking forward to discussing it.
""",
        headers=reply("9061", "ines@lumisk.com"),
        tz=GMT,
    ),
    m(
        "9063",
        "2025-03-21 09:30",
        "Lumisk <no-reply@eu.greenhouse-mail.io>",
        "Interview Invitation: Associate Product Manager at Lumisk",
        ("interview", "Lumisk Analytics", APM, 18, "greenhouse", "en"),
        text="""Hi Priya,

We'd like to invite you to present your case study. Please use the link below to select a time
that works for you:

https://app.greenhouse.io/scheduling/self_schedule/7fc1d0e2

Interviewers: Ines Carvalho, Tobi Adeyemi
Duration: 60 minutes (Zoom)

Lumisk Talent
""",
        tz=GMT,
    ),
    m(
        "9064",
        "2025-04-07 18:11",
        "Lumisk <no-reply@eu.greenhouse-mail.io>",
        "Following up",
        ("rejection", "Lumisk Analytics", APM, 18, "greenhouse", "en"),
        text="""Hi Priya,

Thank you so much for the time and effort you put into the case study - Ines and Tobi were
impressed by how clearly you framed the trade-offs.

We've now completed our final interviews and unfortunately we will not be moving forward with
your candidacy. We know this isn't the news you were hoping for.

We'll keep your details on file and hope our paths cross again.

Lumisk Talent
""",
        tz=BST,
    ),
    # 19 Halden & Rowe again, a re-application: confirmation, one-way video, Outlook invite,
    # its cancellation and a new time, then withdrawn by e-mail
    m(
        "9065",
        "2025-04-22 19:58",
        "Halden & Rowe <haldenrowe@myworkday.com>",
        "Application received - Product Operations Manager (JR-21102)",
        ("confirmation", HR, POM, 19, "workday", "en"),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear Priya,</p>
<p>Thank you for your application for the role of <b>Product Operations Manager</b> (JR-21102),
based in our Manchester (Spinningfields) office.</p>
<p>We're reviewing applications now and will be in touch once the hiring team has had the chance
to consider yours. Due to the volume of applications we receive this may take up to three weeks.</p>
<p>Kind regards,<br>Talent Acquisition<br>Halden &amp; Rowe Insurance Group plc</p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9066",
        "2025-04-29 08:30",
        "Halden & Rowe Talent <haldenrowe@hirevue.com>",
        "Next step: your digital interview with Halden & Rowe",
        ("assessment", HR, POM, 19, "hirevue", "en"),
        text="""Dear Priya,

Thank you for your interest in the Product Operations Manager role. As the next step, we invite
you to complete a digital interview. You will be asked 5 questions and will have up to 3 minutes
to record each answer. You can practise as many times as you like before you start.

Please complete your interview by 6 May 2025.

Start here: https://app.hirevue.com/interviews/Hk3Lp0Q

Good luck!
Halden & Rowe Talent Acquisition
""",
        tz=BST,
    ),
    m(
        "9067",
        "2025-05-09 14:55",
        "Joanne Brierley <joanne.brierley@haldenrowe.co.uk>",
        "Product Operations Manager - interview",
        ("interview", HR, POM, 19, "direct", "en"),
        text="""Hi Priya,

Thank you for completing the digital interview - the hiring manager, Steve Lomas, would like to
meet you. I've sent a calendar invitation for Wednesday 21 May at 10:00 in our Spinningfields
office (Floor 6, 3 Hardman Street). Please bring photo ID for reception.

Kind regards,

Joanne Brierley
Talent Acquisition Partner
Halden & Rowe
""",
        tz=BST,
    ),
    m(
        "9068",
        "2025-05-09 14:57",
        "Joanne Brierley <joanne.brierley@haldenrowe.co.uk>",
        "Interview: Priya Natarajan - Product Operations Manager",
        ("interview", HR, POM, 19, "direct", "en"),
        text="""Interview: Priya Natarajan - Product Operations Manager
With Steve Lomas (Director, Product & Propositions) and Joanne Brierley (TA)
""",
        ics={
            "start": "2025-05-21 11:00:00 +0200",
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E0080000000HRPOM2105",
            "organizer": ("Joanne Brierley", "joanne.brierley@haldenrowe.co.uk"),
            "attendees": [("Steve Lomas", "steve.lomas@haldenrowe.co.uk")],
            "summary": "Interview: Priya Natarajan - Product Operations Manager",
            "location": "Spinningfields - Floor 6 - Meeting Room Irwell",
        },
        tz=BST,
    ),
    m(
        "9069",
        "2025-05-19 09:12",
        "Joanne Brierley <joanne.brierley@haldenrowe.co.uk>",
        "Canceled: Interview: Priya Natarajan - Product Operations Manager",
        ("interview", HR, POM, 19, "direct", "en"),
        text="""Hi Priya, unfortunately Steve is off sick this week so I've had to cancel Wednesday.
I'll be in touch shortly with a new date. Apologies for the inconvenience. Joanne
""",
        ics={
            "start": "2025-05-21 11:00:00 +0200",
            "style": "outlook",
            "method": "CANCEL",
            "uid": "040000008200E00074C5B7101A82E0080000000HRPOM2105",
            "organizer": ("Joanne Brierley", "joanne.brierley@haldenrowe.co.uk"),
            "attendees": [("Steve Lomas", "steve.lomas@haldenrowe.co.uk")],
            "summary": "Canceled: Interview: Priya Natarajan - Product Operations Manager",
            "location": "Spinningfields - Floor 6 - Meeting Room Irwell",
        },
        tz=BST,
    ),
    m(
        "9070",
        "2025-05-23 11:40",
        "Joanne Brierley <joanne.brierley@haldenrowe.co.uk>",
        "New date",
        ("interview", HR, POM, 19, "direct", "en"),
        text="""Hi Priya,

Good news - Steve is back. Would Tuesday 3 June at 14:00 work? Same place.

Kind regards,
Joanne
""",
        tz=BST,
    ),
    m(
        "9071",
        "2025-06-02 16:25",
        "Joanne Brierley <joanne.brierley@haldenrowe.co.uk>",
        "RE: New date",
        ("confirmation", HR, POM, 19, "direct", "en"),
        text="""Hi Priya,

Thank you for letting me know, and congratulations on your new role! I've withdrawn your
application and let Steve know, so there's no need to come in tomorrow.

Best of luck with everything,
Joanne

-----Original Message-----
From: Priya Natarajan <priya.natarajan@lumenpost.co.uk>
Sent: 02 June 2025 15:58
Subject: RE: New date

Hi Joanne, I'm sorry for the late notice but I have accepted another offer and would like to
withdraw from the process. Thank you for all your help. Priya
""",
        headers=reply("9070", "joanne.brierley@haldenrowe.co.uk"),
        st="withdrawn",
        tz=BST,
    ),
    # 20 Larchmont (brand) from lmdata.io, Personio: the accepted offer
    m(
        "9072",
        "2025-04-10 12:16",
        "Larchmont <noreply@personio.de>",
        "Your application at Larchmont",
        ("confirmation", "Larchmont", POM, 20, "personio", "en"),
        text="""Dear Priya,

Thank you for your application as Product Operations Manager (Manchester / London, hybrid).
We have received your documents and will get back to you as soon as possible.

Kind regards,
Your Larchmont People Team

Larchmont Data Ltd - Registered in England & Wales No. 11847302
""",
        tz=BST,
    ),
    m(
        "9073",
        "2025-04-16 15:47",
        "Fola Adebayo <fola@lmdata.io>",
        "Intro chat",
        ("interview", "Larchmont", POM, 20, "direct", "en"),
        text="""Hi Priya,

I'm Fola, I run People at Larchmont. Thanks for your application - Chris (our VP Product) and I
would love to get to know you.

I've sent an invite for Tuesday 22nd April at 15:00 on Google Meet. If the time doesn't work,
just let me know.

Fola
""",
        ics={
            "start": "2025-04-22 15:00:00 +0100",
            "minutes": 45,
            "uid": "6b1o2uv0lm22apr@google.com",
            "organizer": ("Fola Adebayo", "fola@lmdata.io"),
            "attendees": [("Chris Varley", "chris@lmdata.io")],
            "summary": "Larchmont x Priya - intro",
            "location": "https://meet.google.com/sox-wiju-qde",
        },
        tz=BST,
    ),
    m(
        "9074",
        "2025-04-24 10:05",
        "Chris Varley <chris@lmdata.io>",
        "Next stage",
        ("interview", "Larchmont", POM, 20, "direct", "en"),
        text="""Hi Priya,

Thanks for Tuesday - really good conversation. I'd like you to meet the team in person. We're in
Manchester on Thursday 8 May: would you be able to come in for a half-day? Morning with two of
our PMs and our Head of CS, then lunch with the team.

Address: Larchmont, Floor 3, Hatch House, 22 Lever Street, M1 1BY.

Chris

Chris Varley | VP Product | Larchmont
""",
        tz=BST,
    ),
    m(
        "9075",
        "2025-04-24 18:33",
        "Chris Varley <chris@lmdata.io>",
        "Re: Next stage",
        ("interview", "Larchmont", POM, 20, "direct", "en"),
        text="""Great - see you on the 8th at 9:30. Bring a laptop if you have one, there'll be a
short whiteboarding exercise but nothing to prepare.

C

On Thu, 24 Apr 2025 at 17:02, Priya Natarajan <priya.natarajan@lumenpost.co.uk> wrote:
> Hi Chris, that would be great, I can do the 8th.
""",
        headers=reply("9074", "chris@lmdata.io"),
        tz=BST,
    ),
    m(
        "9076",
        "2025-05-14 17:10",
        "Chris Varley <chris@lmdata.io>",
        "Good news",
        ("offer", "Larchmont", POM, 20, "direct", "en"),
        text="""Hi Priya,

I'll keep this short because I'd rather tell you on the phone too, but I didn't want to wait:
we'd love you to join Larchmont as our Product Operations Manager.

We're proposing a salary of £62,000, our standard share option scheme, 27 days holiday and
the hybrid set-up we discussed. Fola will send the formal paperwork through DocuSign shortly.

Have a think, ask me anything, and let's speak tomorrow.

Chris
""",
        tz=BST,
    ),
    m(
        "9077",
        "2025-05-16 09:30",
        "Fola Adebayo via Docusign <dse@eumail.docusign.net>",
        "Please DocuSign: Larchmont - Offer Letter - P Natarajan.pdf",
        ("offer", "Larchmont", POM, 20, "docusign", "en"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Fola Adebayo sent you a document to review and sign.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=2c9e">REVIEW DOCUMENT</a></p>
<p><b>Fola Adebayo</b><br>fola@lmdata.io</p>
<p>Hi Priya, here's your offer letter and contract. Please have a read and sign when you're
ready. Any questions, shout! Fola</p>
<p style="font-size:11px;color:#666">Do Not Share This Email. This email contains a secure link
to Docusign. Please do not share this email, link, or access code with others.</p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9078",
        "2025-05-20 20:48",
        "Docusign via Docusign <dse@eumail.docusign.net>",
        "Completed: Larchmont - Offer Letter - P Natarajan.pdf",
        ("offer", "Larchmont", POM, 20, "docusign", "en"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>All parties have completed Please DocuSign: Larchmont - Offer Letter - P Natarajan.pdf.</p>
<p><a href="https://eu.docusign.net/Member/EmailStart.aspx?m=9c31">VIEW COMPLETED DOCUMENT</a></p>
<p style="font-size:11px;color:#666">Powered by Docusign</p>
</body></html>""",
        st="accepted",
        tz=BST,
    ),
    m(
        "9079",
        "2025-05-21 10:02",
        "Fola Adebayo <fola@lmdata.io>",
        "Welcome to Larchmont!",
        ("other_job", "Larchmont", POM, None, "direct", "en"),
        text="""Hi Priya,

Welcome aboard! We're so pleased you've said yes.

A few things over the next couple of weeks:
1. You'll get an email from HireRight to complete your background and right-to-work check.
2. Please send me your bank details and P45 via the secure form in Personio (invite coming).
3. Your start date is Monday 23 June - we'll have a laptop ready for you at Lever Street.

Chris is already planning your first 30 days.

Fola
""",
        tz=BST,
    ),
    m(
        "9080",
        "2025-05-22 08:15",
        "HireRight <noreply@hireright.com>",
        "Action required: complete your background screening for Larchmont Data Ltd",
        ("other_job", "Larchmont", None, None, "other", "en"),
        text="""Dear Priya Natarajan,

Larchmont Data Ltd has asked HireRight to conduct a background screening as part of your
onboarding. Please complete your information within 5 days:

https://apply.hireright.com/applicant/start/Qm9bX1

The screening includes: Right to Work, Employment History (3 years), Basic DBS check.

HireRight Ltd, Stafford House, 10 Prince of Wales Road, Dorchester
""",
        tz=BST,
    ),
    m(
        "9081",
        "2025-06-13 12:40",
        "Fola Adebayo <fola@lmdata.io>",
        "Re: Welcome to Larchmont!",
        ("other_job", "Larchmont", POM, None, "direct", "en"),
        text="""Hi Priya,

All your checks have come back clear, and thanks for sending the signed form back so quickly.

See you on the 23rd at 9:30! Ask for me at reception.

Fola
""",
        headers=reply("9079", "fola@lmdata.io"),
        tz=BST,
    ),
    # 28 Hollow Oak Games via LinkedIn Easy Apply: sent, viewed, rejected on LinkedIn
    m(
        "9082",
        "2025-03-18 23:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Priya, your application was sent to Hollow Oak Games",
        ("confirmation", "Hollow Oak Games", APM, 28, "linkedin", "en"),
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<p>Your application was sent to Hollow Oak Games</p>
<p><b>Associate Product Manager</b><br>Hollow Oak Games &middot; Leamington Spa, England, United Kingdom (Hybrid)</p>
<p>Applied on 18 March 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4188172201/">View job</a></p>
<p style="font-size:11px;color:#666">This email was intended for Priya Natarajan (Customer Success
Manager at Fathom). You are receiving LinkedIn notification emails.<br>
&copy; 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9083",
        "2025-03-21 13:47",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Hollow Oak Games",
        ("viewed", "Hollow Oak Games", APM, 28, "linkedin", "en"),
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<p>Your application was viewed by Hollow Oak Games</p>
<p><b>Associate Product Manager</b> &middot; Hollow Oak Games</p>
<p>The hiring team may reach out if your experience matches the role.</p>
<p><a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">See your applied jobs</a></p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9084",
        "2025-04-03 07:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Hollow Oak Games",
        ("rejection", "Hollow Oak Games", APM, 28, "linkedin", "en"),
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<p>Hollow Oak Games</p>
<p>Thank you for your interest in the Associate Product Manager position at Hollow Oak Games in
Leamington Spa. Unfortunately, we will not be moving forward with your application, but we
appreciate your time and interest in Hollow Oak Games.</p>
<p>Regards,<br>Hollow Oak Games</p>
<p><a href="https://www.linkedin.com/jobs/">Search for other jobs</a></p>
</body></html>""",
        tz=BST,
    ),
    # 29 Sprocket Health via Otta, then Ashby
    m(
        "9085",
        "2025-03-24 20:10",
        "Otta <hello@otta.com>",
        "You applied to Sprocket Health \U0001f389",
        ("confirmation", "Sprocket Health", "Product Operations Associate", 29, "other", "en"),
        html="""<html><body style="font-family:Arial">
<p>Nice one, Priya!</p>
<p>You've applied for <b>Product Operations Associate</b> at <b>Sprocket Health</b>. We've passed
your profile straight to their hiring team.</p>
<p>Companies on Otta typically respond within 2 weeks. We'll let you know if anything changes.</p>
<p>The Otta team</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9086",
        "2025-04-11 15:33",
        "Sprocket <no-reply@ashbyhq.com>",
        "Thank you from Sprocket",
        ("rejection", "Sprocket Health", "Product Operations Associate", 29, "ashby", "en"),
        text="""Hi Priya,

Thanks for taking an interest in Sprocket and for applying for our Product Operations Associate
position.

We've now reviewed your application and decided not to move forward at this stage. We received
over 600 applications for this role, so we're not able to give individual feedback, but we
really appreciate you considering us.

Best wishes,
Sprocket Talent

sprockethealth.co
""",
        tz=BST,
    ),
    # 30 Ferrous Cloud, Recruitee; hiring manager from Outlook.com; ghosted after the interview
    m(
        "9087",
        "2025-04-14 11:05",
        "Ferrous Cloud <noreply@recruitee.com>",
        "We received your application",
        (
            "confirmation",
            "Ferrous Cloud",
            "Product Manager - Customer Platform",
            30,
            "recruitee",
            "en",
        ),
        text="""Hi Priya,

Thanks for applying for Product Manager - Customer Platform at Ferrous Cloud. We've received your
application and we'll get back to you soon.

Kind regards,
Ferrous Cloud Recruitment
""",
        tz=BST,
    ),
    m(
        "9088",
        "2025-04-16 22:12",
        "Dan Mercer <dan_mercer84@outlook.com>",
        "your application",
        ("interview", "Ferrous Cloud", "Product Manager - Customer Platform", 30, "direct", "en"),
        text="""Hi Priya

Dan Mercer here - we overlapped at Fathom for about six months in 2021, not sure if you remember
me! I'm now hiring manager for the Customer Platform PM role and saw your name in the list.
Writing from my own address as I'm on leave this week.

Would you be free for an informal call next week? Tuesday afternoon is good for me.

Dan

Dan Mercer
Group Product Manager - Ferrous Cloud
""",
        tz=BST,
    ),
    m(
        "9089",
        "2025-04-17 08:50",
        "Dan Mercer <dan_mercer84@outlook.com>",
        "RE: your application",
        ("interview", "Ferrous Cloud", "Product Manager - Customer Platform", 30, "direct", "en"),
        text="""Thanks, Tuesday 3pm works. I'll ring you on the mobile number on your CV.

Dan

________________________________
From: Priya Natarajan <priya.natarajan@lumenpost.co.uk>
Sent: 17 April 2025 08:31
To: Dan Mercer <dan_mercer84@outlook.com>
Subject: Re: your application

Hi Dan, of course I remember - the great Slack emoji war! Tuesday afternoon is fine, from 2pm.
""",
        headers=reply("9088", "dan_mercer84@outlook.com"),
        tz=BST,
    ),
    # 31 Cranleigh Borough Council, Tribepad: interview, then paused for the pre-election period
    m(
        "9090",
        "2025-03-26 17:45",
        "Cranleigh Borough Council <no-reply@tribepad.com>",
        "Application submitted - Product Owner (Digital Services)",
        (
            "confirmation",
            "Cranleigh Borough Council",
            "Product Owner (Digital Services)",
            31,
            "other",
            "en",
        ),
        text="""Dear Priya,

Thank you for submitting your application for Product Owner (Digital Services), Grade M2,
reference CBC-0325-114.

You can view the status of your application by logging in to the Cranleigh Council jobs
portal.

Regards,
HR Recruitment Team
Cranleigh Borough Council
""",
        tz=GMT,
    ),
    m(
        "9091",
        "2025-04-09 10:20",
        "Cranleigh Borough Council <no-reply@tribepad.com>",
        "Interview invitation - CBC-0325-114",
        (
            "interview",
            "Cranleigh Borough Council",
            "Product Owner (Digital Services)",
            31,
            "other",
            "en",
        ),
        text="""Dear Priya,

Following shortlisting, we would like to invite you to interview for the post of Product Owner
(Digital Services).

Date: Thursday 24 April 2025
Time: 11:00
Venue: Microsoft Teams (link to follow)
Panel: Service Manager - Digital, Head of Customer Services, HR Business Partner

Please accept or decline the invitation through the jobs portal.

Regards,
HR Recruitment Team
""",
        tz=BST,
    ),
    m(
        "9092",
        "2025-04-17 16:04",
        "Karen Oduya <karen.oduya@cranleigh.gov.uk>",
        "Product Owner (Digital Services) - recruitment paused",
        (
            "confirmation",
            "Cranleigh Borough Council",
            "Product Owner (Digital Services)",
            31,
            "direct",
            "en",
        ),
        text="""Dear Priya,

I am writing to let you know that, following a review of the Digital Services budget ahead of
the local elections, the Council has decided to pause recruitment to this post. Your interview
on 24 April will therefore not go ahead.

We expect to revisit the post in the summer and, if it is re-advertised, we will contact all
shortlisted candidates first. I'm sorry for any inconvenience this causes.

Yours sincerely,

Karen Oduya
HR Business Partner
Cranleigh Borough Council
""",
        st="on_hold",
        tz=BST,
    ),
    # 32 Riverlight Trust (charity), Pinpoint: confirmation, interview booking, rejection
    m(
        "9093",
        "2025-04-01 12:20",
        "Riverlight Trust <notifications@pinpointhq.com>",
        "We've received your application",
        (
            "confirmation",
            "Riverlight Trust",
            "Product Operations Manager (Fundraising Technology)",
            32,
            "other",
            "en",
        ),
        text="""Hi Priya,

Thank you for applying for the Product Operations Manager (Fundraising Technology) role at
Riverlight Trust. We're grateful for your interest in our work supporting families affected by
childhood cancer.

We'll review all applications after the closing date on 14 April.

Best wishes,
The Riverlight People Team
""",
        tz=BST,
    ),
    m(
        "9094",
        "2025-04-23 09:48",
        "Riverlight Trust <notifications@pinpointhq.com>",
        "Please book your interview",
        (
            "interview",
            "Riverlight Trust",
            "Product Operations Manager (Fundraising Technology)",
            32,
            "other",
            "en",
        ),
        text="""Hi Priya,

We're pleased to invite you to a first interview for the Product Operations Manager (Fundraising
Technology) position. Please choose a time that suits you:

https://riverlight.pinpointhq.com/interviews/book/d7e2c

The interview will be with Sam Keogh (Director of Digital) and will last 45 minutes via Zoom.

Best wishes,
The Riverlight People Team
""",
        tz=BST,
    ),
    m(
        "9095",
        "2025-05-12 13:10",
        "Sam Keogh <s.keogh@riverlight.org.uk>",
        "Thank you",
        (
            "rejection",
            "Riverlight Trust",
            "Product Operations Manager (Fundraising Technology)",
            32,
            "direct",
            "en",
        ),
        text="""Dear Priya,

Thank you for taking the time to speak to me about the role last week. I really enjoyed hearing
about your work with customer advisory boards.

We've now seen all candidates and I'm sorry to say we've offered the position to someone with
more experience of CRM platforms in the fundraising sector.

With warm wishes and thanks,

Sam Keogh
Director of Digital | Riverlight Trust
Registered charity no. 1099342
""",
        tz=BST,
    ),
    # 33 Vireo Insurance, SmartRecruiters: confirmation, neutral rejection
    m(
        "9096",
        "2025-04-04 08:02",
        "Vireo Insurance <noreply@smartrecruiters.com>",
        "Thank you for applying to Vireo Insurance",
        ("confirmation", "Vireo Insurance", POA, 33, "smartrecruiters", "en"),
        text="""Dear Priya,

Thank you for applying to Vireo Insurance for the role of Product Operations Analyst (Bristol /
Hybrid). We've received your application and will review it carefully.

Best regards,
Vireo Talent Acquisition
""",
        tz=BST,
    ),
    m(
        "9097",
        "2025-04-25 14:26",
        "Vireo Insurance <noreply@smartrecruiters.com>",
        "Vireo Insurance - Product Operations Analyst",
        ("rejection", "Vireo Insurance", POA, 33, "smartrecruiters", "en"),
        text="""Dear Priya,

Thank you for your patience while we reviewed applications for the Product Operations Analyst
role. Your application showed real strengths, but we have decided to pursue other candidates for
this position.

We will retain your details and may contact you if a suitable role becomes available.

Best regards,
Vireo Talent Acquisition
""",
        tz=BST,
    ),
    # 34 Tidemark Studio, Workable: confirmation, founder's invite, rejection
    m(
        "9098",
        "2025-04-28 10:10",
        "Tidemark Studio <noreply@candidates.workablemail.com>",
        "Thanks for applying to Tidemark Studio",
        ("confirmation", "Tidemark Studio", "Product Manager", 34, "workable", "en"),
        text="""Hi Priya,

Thank you for your interest in the Product Manager position at Tidemark Studio. We have received
your application and we will be reviewing it shortly.

If there's a fit, we'll be in touch.

Tidemark Studio hiring team
""",
        tz=BST,
    ),
    m(
        "9099",
        "2025-05-02 17:15",
        "Aoife Brennan <aoife@tidemark.studio>",
        "Invitation: Tidemark <> Priya @ Thu 8 May 2025 4pm - 4:45pm (BST)",
        ("interview", "Tidemark Studio", "Product Manager", 34, "direct", "en"),
        text="""Tidemark <> Priya
Thursday 8 May 2025 16:00 - 16:45 (British Summer Time)

Hi Priya - quick chat with me and Jonah, no prep needed. Looking forward to it! Aoife

Join with Google Meet: https://meet.google.com/tdm-qrsx-plo

Invitation from Google Calendar
""",
        ics={
            "start": "2025-05-08 16:00:00 +0100",
            "minutes": 45,
            "uid": "1u3k8ptidemark0805@google.com",
            "organizer": ("Aoife Brennan", "aoife@tidemark.studio"),
            "attendees": [("Jonah Reyes", "jonah@tidemark.studio")],
            "summary": "Tidemark <> Priya",
            "location": "https://meet.google.com/tdm-qrsx-plo",
            "description": "Quick chat with me and Jonah, no prep needed.",
        },
        tz=BST,
    ),
    m(
        "9100",
        "2025-05-15 09:22",
        "Aoife Brennan <aoife@tidemark.studio>",
        "Tidemark - thank you",
        ("rejection", "Tidemark Studio", "Product Manager", 34, "direct", "en"),
        text="""Hi Priya,

Thanks again for chatting with Jonah and me last week. You were great and we had a long
conversation about it afterwards, but we've realised we need someone who has shipped a mobile
app end to end, so we're going to keep looking.

I hope something brilliant comes up for you soon. If you ever want a second opinion on a PM
role, drop me a line.

Aoife
Founder, Tidemark Studio
""",
        tz=BST,
    ),
    # 35 CV-Library confirmation forwarded from an old Gmail address
    m(
        "9101",
        "2025-03-09 19:30",
        "Priya Natarajan <priya.natarajan89@gmail.com>",
        "Fwd: Application sent: Customer Operations Manager",
        (
            "confirmation",
            "Stanway Medical Supplies",
            "Customer Operations Manager",
            35,
            "other",
            "en",
        ),
        text="""applied from my phone with the old address, forwarding so I have it here

---------- Forwarded message ---------
From: CV-Library <noreply@cv-library.co.uk>
Date: Sun, 9 Mar 2025 at 19:12
Subject: Application sent: Customer Operations Manager
To: <priya.natarajan89@gmail.com>

Hi Priya,

Your application for Customer Operations Manager with Stanway Medical Supplies has been sent.

Location: Stockport | Salary: £42,000 - £46,000

Good luck! We'll let you know if the recruiter views your CV.

CV-Library
""",
        tz=GMT,
    ),
    # 36 NHS Jobs: confirmation, rejected at shortlisting
    m(
        "9102",
        "2025-05-06 21:40",
        "NHS Jobs <noreply@jobs.nhs.uk>",
        "Your application has been submitted",
        (
            "confirmation",
            "NHS Greater Manchester",
            "Product Manager - Digital Front Door",
            36,
            "other",
            "en",
        ),
        text="""Dear Priya Natarajan,

Your application for Product Manager - Digital Front Door at NHS Greater Manchester
(reference 938-GM-2025-117) has been submitted.

The employer will contact you about the next steps.

You can check the progress of your application by signing in to your NHS Jobs account.

NHS Jobs
""",
        tz=BST,
    ),
    m(
        "9103",
        "2025-05-27 16:00",
        "NHS Jobs <noreply@jobs.nhs.uk>",
        "Update on your application: 938-GM-2025-117",
        (
            "rejection",
            "NHS Greater Manchester",
            "Product Manager - Digital Front Door",
            36,
            "other",
            "en",
        ),
        text="""Dear Priya Natarajan,

Thank you for your interest in the post of Product Manager - Digital Front Door.

We regret to inform you that you have not been shortlisted for interview on this occasion.
The number of applications received was very high.

We wish you success in the future.

NHS Greater Manchester
""",
        tz=BST,
    ),
    # 37 Wharfedale University: confirmation only (ghosted)
    m(
        "9104",
        "2025-05-11 14:30",
        "Wharfedale University <no-reply@wharfedale.ac.uk>",
        "Thank you for your application",
        (
            "confirmation",
            "Wharfedale University",
            "Product Owner - Research Systems",
            37,
            "other",
            "en",
        ),
        text="""Dear Priya,

Thank you for your application for the post of Product Owner - Research Systems
(Vacancy 5512, Research & Innovation Services). This email confirms we have received it.

Please note that due to the high volume of applications we are unable to provide feedback to
candidates who are not shortlisted.

People & Culture
Wharfedale University
""",
        tz=BST,
    ),
    # 38 Brisklane, Greenhouse: the employer is named only in the job link and the careers link
    m(
        "9126",
        "2025-05-13 08:41",
        "Hiring Team <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying!",
        ("confirmation", "Brisklane", "Product Operations Analyst", 38, "greenhouse", "en"),
        text="""Hi Priya,

Thanks for applying for the Product Operations Analyst role - we're excited that you're
interested in joining us.

We review every application and will get back to you as soon as we can. In the meantime, you
can view the job description here:
https://job-boards.greenhouse.io/brisklane/jobs/5881204

Best,
The Hiring Team
""",
        tz=BST,
    ),
    m(
        "9127",
        "2025-06-03 15:10",
        "Hiring Team <no-reply@us.greenhouse-mail.io>",
        "Regarding your application",
        ("rejection", "Brisklane", "Product Operations Analyst", 38, "greenhouse", "en"),
        text="""Hi Priya,

Thank you for your interest in the Product Operations Analyst position and for the time you
spent applying. We have reviewed your background carefully and have decided to move forward with
other candidates at this time.

We wish you the best of luck in your search, and encourage you to check
https://brisklane.com/careers for future openings.

Best,
The Hiring Team
""",
        tz=BST,
    ),
    # --- alerts, recommendations, talent communities, nudges -------------------------------
    m(
        "9105",
        "2025-01-06 07:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201cproduct operations\u201d: Tessellate - Product Operations Manager and more",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<p>Your job alert for <b>product operations</b> in <b>Greater Manchester</b></p>
<p>12 new jobs match your preferences.</p>
<table>
<tr><td><b>Product Operations Manager</b><br>Tessellate &middot; London (Hybrid)<br>Actively recruiting</td></tr>
<tr><td><b>Product Operations Analyst</b><br>Halden &amp; Rowe &middot; Manchester<br>Be an early applicant</td></tr>
<tr><td><b>Product Ops Lead</b><br>Conduit Freight &middot; Salford (Hybrid)</td></tr>
</table>
<p><a href="https://www.linkedin.com/jobs/search/?savedSearchId=118822">See all jobs</a></p>
<p style="font-size:11px;color:#666">You are receiving Job Alert emails. Unsubscribe.<br>
&copy; 2025 LinkedIn Ireland Unlimited Company</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9106",
        "2025-02-17 07:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201cassociate product manager\u201d: 9 new jobs in United Kingdom",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<p>Your job alert for <b>associate product manager</b> in <b>United Kingdom</b></p>
<table>
<tr><td><b>Associate Product Manager</b><br>Lumisk &middot; London (Hybrid)</td></tr>
<tr><td><b>Associate Product Manager - Growth</b><br>Pennyworth &middot; Remote</td></tr>
<tr><td><b>APM, Marketplace</b><br>Hollow Oak Games &middot; Leamington Spa</td></tr>
</table>
<p><a href="https://www.linkedin.com/jobs/search/?savedSearchId=120417">See all jobs</a></p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9107",
        "2025-04-21 07:01",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201cproduct operations\u201d: Larchmont - Product Operations Manager and more",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<p>Your job alert for <b>product operations</b> in <b>Greater Manchester</b></p>
<table>
<tr><td><b>Product Operations Manager</b><br>Larchmont &middot; Manchester (Hybrid)<br>3 connections work here</td></tr>
<tr><td><b>Product Operations Manager</b><br>Halden &amp; Rowe &middot; Manchester</td></tr>
</table>
<p><a href="https://www.linkedin.com/jobs/search/?savedSearchId=118822">See all jobs</a></p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9108",
        "2025-02-09 18:00",
        "Indeed <alert@indeed.com>",
        "15 new product operations jobs in Manchester",
        ("alert", None, None, None, "indeed", "en"),
        html="""<html><body style="font-family:Arial">
<p>Jobs matching <b>product operations</b> near <b>Manchester</b></p>
<p><b>Customer Success Operations Lead</b> - Northbeam Logistics - Warrington<br>
&pound;45,000 - &pound;52,000 a year &middot; Easily apply</p>
<p><b>Product Support Manager</b> - Kestrel Payroll - Manchester<br>Hybrid</p>
<p><b>Operations Analyst</b> - Mere Green Energy - Stockport</p>
<p><a href="https://uk.indeed.com/jobs?q=product+operations&amp;l=Manchester">See all jobs</a></p>
<p style="font-size:11px">You received this job alert because you subscribed. Unsubscribe.</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9109",
        "2025-03-16 09:00",
        "Otta <hello@otta.com>",
        "Your weekly matches are here \u2728",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body style="font-family:Arial">
<p>Hi Priya, here are this week's top matches for you:</p>
<p><b>Sprocket Health</b> - Product Operations Associate - London / Remote (UK)</p>
<p><b>Candor Bio</b> - Product Ops Manager - Cambridge</p>
<p><b>Fieldnote</b> - Associate PM - Remote (UK)</p>
<p><a href="https://app.otta.com/jobs">See all matches</a></p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9110",
        "2025-03-02 10:00",
        "jobs.ac.uk <jobsbyemail@jobs.ac.uk>",
        "Jobs by Email: 4 new jobs",
        ("alert", None, None, None, "other", "en"),
        text="""Jobs by Email from jobs.ac.uk

Your search: product manager OR product owner | Location: North West England, Yorkshire

Product Owner - Research Systems
Wharfedale University - Leeds - £44,128 to £52,815

Digital Product Manager (fixed term)
Mersey Institute of Technology - Liverpool - £41,000 to £47,000

Service Owner, Student Records
University of Cairnview - Manchester - £39,347 to £46,485

Manage your Jobs by Email: https://www.jobs.ac.uk/account/jobs-by-email
""",
        tz=GMT,
    ),
    m(
        "9111",
        "2025-01-19 12:10",
        "NHS Jobs <noreply@jobs.nhs.uk>",
        "New jobs matching your saved search",
        ("alert", None, None, None, "other", "en"),
        text="""Dear Priya Natarajan,

There are 3 new jobs matching your saved search "product".

Digital Product Owner (Patient Engagement) - Pennine Valley NHS Foundation Trust - Band 7
Product Manager - Shared Care Record - NHS North West Digital - Band 8a
Business Analyst - Digital Services - Salford Care Organisation - Band 6

Sign in to NHS Jobs to view the jobs.
""",
        tz=GMT,
    ),
    m(
        "9112",
        "2025-05-04 08:00",
        "reed.co.uk <jobalerts@reed.co.uk>",
        "New jobs for you: Product Operations",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body style="font-family:Arial">
<p>Hi Priya, we've found 7 new jobs matching your search.</p>
<p><b>Product Operations Manager</b> - Manchester - &pound;55,000 - &pound;60,000 - Castlegate Talent</p>
<p><b>Product Ops Executive</b> - Bolton - &pound;30,000</p>
<p><a href="https://www.reed.co.uk/jobs/product-operations-jobs-in-manchester">View all jobs</a></p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9113",
        "2025-02-01 09:30",
        "Halden & Rowe <haldenrowe@myworkday.com>",
        "Welcome to the Halden & Rowe Talent Community",
        ("alert", HR, None, None, "workday", "en"),
        text="""Dear Priya,

Thank you for joining the Halden & Rowe Talent Community. We'll send you updates on roles that
match the interests you selected (Product, Customer Operations) and news from around the Group.

You can update your preferences at any time.

Halden & Rowe Talent Acquisition
""",
        tz=GMT,
    ),
    m(
        "9114",
        "2025-03-14 19:00",
        "Northgate Building Society <northgatebs@myworkday.com>",
        "Don't forget to finish your application",
        ("alert", "Northgate Building Society", "Product Owner - Savings", None, "workday", "en"),
        text="""Dear Priya,

You started an application for Product Owner - Savings (R-7740) but haven't submitted it yet.
The vacancy closes on 21 March 2025.

Continue your application: https://northgatebs.wd3.myworkdayjobs.com/en-GB/careers/userHome

Northgate Building Society Resourcing Team
""",
        tz=GMT,
    ),
    m(
        "9115",
        "2025-05-30 12:00",
        "Tessellate <no-reply@us.greenhouse-mail.io>",
        "We're hiring: Senior Product Operations Manager",
        ("alert", TES, "Senior Product Operations Manager", None, "greenhouse", "en"),
        text="""Hi Priya,

You applied to Tessellate earlier this year, so we thought you'd like to know we've just opened a
new role: Senior Product Operations Manager (London, hybrid).

See the role and apply: https://boards.greenhouse.io/tessellate/jobs/6021884

The Tessellate Talent Team
""",
        tz=BST,
    ),
    # --- outreach ----------------------------------------------------------------------------
    m(
        "9116",
        "2025-02-25 13:20",
        "Hamza Qureshi via LinkedIn <messages-noreply@linkedin.com>",
        "Hamza sent you a new message",
        ("outreach", "Vantio", "Product Manager", None, "linkedin", "en"),
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<p><b>Hamza Qureshi</b> &middot; Talent Acquisition Lead at Vantio</p>
<p>Hi Priya, I lead hiring for our product team at Vantio (workforce scheduling software, 300
people, Leeds &amp; remote). We're looking for a Product Manager to own our customer-facing
analytics and your CS background caught my eye. Would you be open to a chat?</p>
<p><a href="https://www.linkedin.com/messaging/thread/2-ZmE1/">Reply</a></p>
<p style="font-size:11px;color:#666">This email was intended for Priya Natarajan.</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9117",
        "2025-04-02 15:44",
        "Eleanor Marsh <eleanor.marsh@corvidpayments.com>",
        "Product Operations at Corvid",
        ("outreach", "Corvid Payments", "Product Operations Manager", None, "direct", "en"),
        text="""Hi Priya,

I'm the in-house recruiter at Corvid Payments. Chris Varley mentioned you might be looking - we
have a Product Operations Manager role opening next month in our Manchester office and I'd love
to tell you more before it goes live.

Do you have 15 minutes this week?

Best,
Eleanor Marsh
Talent Partner | Corvid Payments
""",
        tz=BST,
    ),
    m(
        "9118",
        "2025-05-07 09:05",
        "Oliver Hale <oliver.hale@sterlinghale.co.uk>",
        "Confidential search - Head of Product Operations",
        ("outreach", None, "Head of Product Operations", None, "agency", "en"),
        text="""Dear Priya,

I am conducting a confidential search on behalf of a well-known UK consumer brand which is
building out its product function. The role is Head of Product Operations, reporting to the
Chief Product Officer, based in London or Manchester.

I appreciate this may be a step up, but your background came highly recommended. Would you be
open to a discreet conversation?

With best regards,

Oliver Hale
Partner | Sterling & Hale Executive Search
""",
        tz=BST,
    ),
    m(
        "9119",
        "2025-07-08 11:12",
        "Lauren Pike <lauren.pike@harbourline-recruitment.co.uk>",
        "Catch up?",
        ("outreach", None, "Head of Product Operations", None, "agency", "en"),
        text="""Hi Priya,

Hope you're well and settling in - I saw on LinkedIn that you've started at Larchmont,
congratulations!

No pressure at all, but I'm working on a Head of Product Operations role for a fintech in
Spinningfields that would be a real step up, if you're ever tempted in a year or so. And if you
need to hire into your team, I'd love to help. Coffee on me next time you're in town?

Lauren
""",
        tz=BST,
    ),
    # --- other job mail ----------------------------------------------------------------------
    m(
        "9120",
        "2025-01-07 20:30",
        "Halden & Rowe <haldenrowe@myworkday.com>",
        "Verify your candidate account",
        ("other_job", HR, None, None, "workday", "en"),
        text="""Hi Priya,

Please verify your email address to finish creating your candidate account with Halden & Rowe.

https://haldenrowe.wd3.myworkdayjobs.com/en-GB/HRCareers/verify?token=Zk2vQ

This link expires in 24 hours.
""",
        tz=GMT,
    ),
    m(
        "9121",
        "2025-01-14 22:05",
        "Trac <noreply@trac.jobs>",
        "Your Trac account",
        ("other_job", None, None, None, "other", "en"),
        text="""Dear Priya Natarajan

An account has been created for you on Trac.

Your username is: priya.natarajan@lumenpost.co.uk

To set your password, please follow the link below (valid for 48 hours):
https://www.trac.jobs/account/setpassword?k=7QmWz

Trac Systems
""",
        tz=GMT,
    ),
    m(
        "9122",
        "2025-02-24 11:00",
        "Tessellate <no-reply@us.greenhouse-mail.io>",
        "How did we do? Tell us about your interview experience",
        ("other_job", TES, POM, None, "greenhouse", "en"),
        text="""Hi Priya,

Thank you for interviewing with Tessellate for the Product Operations Manager role. We'd love to
hear about your experience - good or bad - so we can keep improving.

The survey takes 2 minutes and is anonymous: https://tessellate.survey.greenhouse.io/s/8821

Thank you!
Tessellate Talent Team
""",
        tz=GMT,
    ),
    m(
        "9123",
        "2025-03-10 12:05",
        "Danny Whitfield <danny@castlegatetalent.com>",
        "Automatic reply: Submission - Priya Natarajan",
        ("other_job", None, None, None, "agency", "en"),
        text="""Thanks for your email. I'm out of the office today at a client site with limited
access to email. I'll respond as soon as I can on my return tomorrow.

For anything urgent please call the office on 0161 496 0811.

Danny Whitfield | Castlegate Talent
""",
        headers=reply("9055", "danny@castlegatetalent.com"),
        tz=GMT,
    ),
    m(
        "9124",
        "2025-04-01 09:00",
        "Applied <noreply@beapplied.com>",
        "Help us make hiring fairer: 2 minute survey",
        ("other_job", "Bramblecroft", None, None, "other", "en"),
        text="""Hi Priya,

You recently applied for a role at Bramblecroft using Applied. Could you spare two minutes to
tell us how the process felt? Your answers help employers remove bias from hiring.

https://app.beapplied.com/survey/c7a1

The Applied team
""",
        tz=BST,
    ),
    m(
        "9125",
        "2025-06-20 10:30",
        "Larchmont IT <it-helpdesk@lmdata.io>",
        "Your Larchmont account is ready",
        ("other_job", "Larchmont", None, None, "direct", "en"),
        text="""Hi Priya,

Your Larchmont Google Workspace account has been created ahead of your start date on
Monday 23 June.

Username: priya.natarajan@lmdata.io
Temporary password: sent separately by SMS

Your laptop (MacBook Air M3) will be waiting for you at the Lever Street office.

Larchmont IT
""",
        tz=BST,
    ),
]
