# ruff: noqa: E501  (message bodies are data, wrapped as the senders wrap them)
"""Third held-out corpus: job mail in English (applications 1-21, alerts, outreach, other)."""

from __future__ import annotations

from heldout3_util import m, reply

LUM = ("Lumenfield Analytics", "Senior Frontend Engineer", 1)
LUM2 = ("Lumenfield Analytics", "Senior Frontend Engineer", 2)
QS1 = ("Quillstone", "Frontend Engineer, Growth", 3)
QS2 = ("Quillstone", "Staff Frontend Engineer", 4)
TES = ("Tessellate Health", "Software Engineer, Web Platform", 5)
BIR = ("Birchway", "Frontend Developer", 6)
NGS = ("Northgale Systems", "React Developer", 7)
COB = ("Cobalt Harbor", "Senior Frontend Engineer", 8)
VAN = ("Vantaloop", "Frontend Engineer", 9)
ORM = ("Orchard Mesa", "Software Engineer, Frontend", 10)
PEL = ("Pellucid Labs", "Senior UI Engineer", 11)
FER = ("Ferncastle Games", "Frontend Engineer, Tools", 12)
BRV = ("Brindle & Vox", "Frontend Developer", 13)
KIT = ("Kitewire", "Frontend Engineer", 14)
STB = ("Stonebridge Insurance", "Web Developer", 15)
ARD = ("Ardent Loop", "Product Engineer", 16)
MER = ("Meridian Grid", "Frontend Engineer", 17)
HAR = ("Harrowgate Bank", "Frontend Developer (Angular)", 18)
WEX = ("Wexford Robotics", "Frontend Engineer", 19)
PLU = ("Plumtree Learning", "Senior Frontend Developer", 20)
GRY = ("Greyfield Retail Group", "UI Developer", 21)

GH = "Lumenfield Analytics <no-reply@us.greenhouse-mail.io>"
LUM_REC = "Priya Raman <priya.raman@lumenfield.io>"
QS_LEVER = "Quillstone <no-reply@hire.lever.co>"
TES_ASHBY = "Tessellate Health Recruiting <no-reply@ashbyhq.com>"
TES_HM = "Daniel Okoye <daniel.okoye@tessellatehealth.com>"
BIR_FOUNDER = "Tom Ashdown <tom@birchway.co.uk>"
COB_AGENT = "Lauren Pike <lauren.pike@redwatertalent.co.uk>"
BRV_HM = "Gareth Lloyd <gareth.lloyd84@outlook.com>"
MER_REF = "Sam Whitfield <sam.whitfield@meridiangrid.com>"

MAIL = [
    # --- 1 Lumenfield Analytics, Senior Frontend Engineer (Greenhouse): rejected after loop
    m(
        "lum-conf",
        "2025-05-12 14:03",
        GH,
        "Thank you for applying to Lumenfield Analytics",
        ("confirmation", *LUM, "greenhouse", "en"),
        text="""Hi Nadia,

Thanks for applying to the Senior Frontend Engineer role at Lumenfield Analytics. We wanted
to let you know that we've received your application and our team is reviewing it now.

If your experience looks like a match, someone from our recruiting team will reach out to
schedule a first conversation. In the meantime, feel free to read about how we build our
product on our engineering blog.

Best,
The Lumenfield Talent Team

Please don't reply to this email; this mailbox is not monitored.
Powered by Greenhouse
""",
    ),
    m(
        "lum-hr",
        "2025-05-15 10:41",
        "HackerRank <support@hackerrankforwork.com>",
        "Lumenfield Analytics has invited you to a coding assessment",
        ("assessment", *LUM, "hackerrank", "en"),
        html="""<html><body><table width="600"><tr><td>
<img src="https://hrcdn.net/logo.png" alt="HackerRank">
<h2>Hi Nadia Berger,</h2>
<p>Lumenfield Analytics has invited you to take the <b>Frontend Engineering (React/TypeScript)</b>
assessment as part of your application for Senior Frontend Engineer.</p>
<p>Duration: 90 minutes &middot; Questions: 3 &middot; Deadline: May 22, 2025 23:59 CEST</p>
<p><a href="https://www.hackerrank.com/tests/8f3ka91b/login?b=eyJ1c2VybmFtZSI6Im5hZGlh">Start test</a></p>
<p>Tips: make sure you have a stable connection. You can practise with a sample test before
you begin.</p>
<p style="color:#888">You received this email because Lumenfield Analytics uses HackerRank to
assess candidates. HackerRank, 700 E. El Camino Real, Mountain View, CA.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "lum-goodtime",
        "2025-05-22 16:20",
        "Lumenfield Analytics Recruiting <scheduling@goodtime.io>",
        "Confirmed: Technical Interview with Lumenfield Analytics - Tue, May 27",
        ("interview", *LUM, "other", "en"),
        text="""Hi Nadia,

Your interview has been scheduled. Here are the details:

Position: Senior Frontend Engineer
Date: Tuesday, May 27, 2025
Time: 15:00 - 16:30 CEST
Interviewers: Marcus Feld (Staff Engineer), Jenny Cho (Engineering Manager)
Location: Google Meet - https://meet.google.com/qvx-jrnm-ezu

Format: 30 minutes walking through your HackerRank solution, 60 minutes of pair programming
on a small UI feature.

Need to reschedule? Use this link: https://app.goodtime.io/reschedule/4c1d29e8

Good luck!
Lumenfield Analytics Recruiting
""",
    ),
    m(
        "lum-move",
        "2025-05-26 09:12",
        LUM_REC,
        "RE: Technical Interview - moving to Thursday?",
        ("interview", *LUM, "direct", "en"),
        text="""Hi Nadia,

So sorry for the short notice - Jenny is out sick this week. Would Thursday May 29 at 15:00
work instead? Same format, same Meet link. I've sent an updated invite, just accept it if
it's fine.

Thanks for your flexibility!
Priya

Priya Raman | Senior Technical Recruiter | Lumenfield Analytics
lumenfield.io
""",
        ics={
            "uid": "lum-tech-2025-0529@lumenfield.io",
            "start": "2025-05-29 15:00:00 +0200",
            "minutes": 90,
            "summary": "Nadia Berger <> Lumenfield | Technical Interview (Senior Frontend Engineer)",
            "organizer": ("Priya Raman", "priya.raman@lumenfield.io"),
            "attendees": [("Jenny Cho", "jenny.cho@lumenfield.io")],
            "location": "https://meet.google.com/qvx-jrnm-ezu",
            "sequence": 1,
        },
    ),
    m(
        "lum-rej",
        "2025-06-10 18:47",
        GH,
        "Your application to Lumenfield Analytics",
        ("rejection", *LUM, "greenhouse", "en"),
        text="""Hi Nadia,

Thank you so much for the time you spent with us over the past few weeks. The team really
enjoyed the pairing session - Marcus specifically mentioned how clearly you talked through
the trade-offs in your state management approach.

This was a difficult decision. After a lot of discussion, we've decided not to move
forward with your candidacy for the Senior Frontend Engineer position at this time. We had
a very strong pool of candidates and went with someone whose background is closer to our
data-visualisation work.

We'd genuinely love to stay in touch, and we'd encourage you to apply again in the future.

All the best,
Priya Raman
Lumenfield Analytics
""",
    ),
    # --- 2 Lumenfield Analytics, same role again in October (re-application)
    m(
        "lum2-conf",
        "2025-10-06 11:30",
        GH,
        "Thank you for applying to Lumenfield Analytics",
        ("confirmation", *LUM2, "greenhouse", "en"),
        text="""Hi Nadia,

Thanks for applying to the Senior Frontend Engineer role at Lumenfield Analytics. We wanted
to let you know that we've received your application and our team is reviewing it now.

Best,
The Lumenfield Talent Team

Powered by Greenhouse
""",
    ),
    m(
        "lum2-loop",
        "2025-10-21 13:05",
        "Lumenfield Analytics <notifications@modernloop.io>",
        "Your interview with Lumenfield Analytics is confirmed",
        ("interview", *LUM2, "other", "en"),
        html="""<div style="font-family:Inter,Arial">
<p>Hi Nadia,</p>
<p>Welcome back! Your <strong>Hiring Manager Interview</strong> for the <strong>Senior Frontend
Engineer</strong> position is confirmed.</p>
<ul><li>Monday, October 27, 2025, 11:00 AM - 11:45 AM (CET)</li>
<li>With: Jenny Cho</li><li>Zoom: https://lumenfield.zoom.us/j/84711029384</li></ul>
<p>Add to calendar: <a href="https://app.modernloop.io/c/ics/91ab">Google</a> |
<a href="https://app.modernloop.io/c/ics/91ab?o=1">Outlook</a></p>
<p style="font-size:11px;color:#999">Scheduled with ModernLoop on behalf of Lumenfield Analytics</p>
</div>""",
    ),
    # --- 3 Quillstone, Frontend Engineer, Growth (Lever): rejected
    m(
        "qs1-conf",
        "2025-05-19 08:55",
        QS_LEVER,
        "Thanks for applying to Quillstone!",
        ("confirmation", *QS1, "lever", "en"),
        text="""Hi Nadia,

Thank you for your interest in Quillstone! We've received your application for Frontend
Engineer, Growth and will be reviewing it shortly.

We try to get back to every candidate within two weeks.

Cheers,
Quillstone Recruiting
""",
    ),
    m(
        "qs1-rej",
        "2025-06-03 17:22",
        "Hannah at Quillstone <no-reply@hire.lever.co>",
        "Quillstone - Frontend Engineer, Growth",
        ("rejection", *QS1, "lever", "en"),
        text="""Hi Nadia,

Thank you for your interest in the Frontend Engineer, Growth position at Quillstone and for
taking the time to apply.

We have decided to move forward with other candidates whose experience more closely
matches our current needs. We will keep your details on file and may reach out if another
role opens up.

Best wishes for your search,
Hannah Brooks
Talent Partner, Quillstone
""",
    ),
    # --- 4 Quillstone, Staff Frontend Engineer (Lever): ghosted
    m(
        "qs2-conf",
        "2025-07-08 12:14",
        QS_LEVER,
        "Thanks for applying to Quillstone!",
        ("confirmation", *QS2, "lever", "en"),
        text="""Hi Nadia,

Thank you for your interest in Quillstone! We've received your application for Staff Frontend
Engineer and will be reviewing it shortly.

Cheers,
Quillstone Recruiting
""",
    ),
    # --- 5 Tessellate Health (Ashby): accepted
    m(
        "tes-conf",
        "2025-08-04 19:40",
        TES_ASHBY,
        "Application received: Software Engineer, Web Platform",
        ("confirmation", *TES, "ashby", "en"),
        text="""Hi Nadia,

Thanks for applying to Tessellate Health! We've received your application for Software
Engineer, Web Platform (Remote, EU).

Unfortunately we receive many applications and can't always reply individually within a
few days, but a real human reads every one. You'll hear from us either way.

Tessellate Health Recruiting
""",
    ),
    m(
        "tes-cod",
        "2025-08-11 09:02",
        "Codility <no-reply@codility.com>",
        "Tessellate Health invites you to a Codility test",
        ("assessment", *TES, "codility", "en"),
        text="""Hello Nadia Berger,

Tessellate Health has invited you to complete a programming test as part of the recruitment
process for Software Engineer, Web Platform.

The test consists of 2 tasks and takes 75 minutes. You can start it any time before
18 August 2025.

Start the test: https://app.codility.com/c/run/TESTMK2-9J4/

Good luck!
Codility on behalf of Tessellate Health
""",
    ),
    m(
        "tes-int",
        "2025-08-20 15:33",
        TES_HM,
        "Chat next week? (Web Platform)",
        ("interview", *TES, "direct", "en"),
        text="""Hi Nadia,

I'm the engineering manager for the Web Platform team. Your Codility result was one of the
best we've seen this round, so I'd love to skip the phone screen and go straight to a 60
minute technical conversation with me and Ines from the design system team.

I've sent a calendar invite for Wednesday Aug 27 at 14:00 your time. If that doesn't work,
just propose another slot.

Daniel

--
Daniel Okoye
Engineering Manager, Web Platform
Tessellate Health
""",
        ics={
            "uid": "7k2p9q1w3e@google.com",
            "start": "2025-08-27 14:00:00 +0200",
            "minutes": 60,
            "summary": "Tessellate x Nadia - technical conversation",
            "organizer": ("Daniel Okoye", "daniel.okoye@tessellatehealth.com"),
            "attendees": [("Ines Vogt", "ines.vogt@tessellatehealth.com")],
            "location": "https://meet.google.com/bte-pnua-kwd",
        },
    ),
    m(
        "tes-offer",
        "2025-10-14 17:10",
        TES_HM,
        "Re: Chat next week? (Web Platform)",
        ("offer", *TES, "direct", "en"),
        headers=reply("tes-int", TES_HM),
        text="""Hi Nadia,

I'm thrilled to tell you that we'd like to offer you the position! Everyone on the panel
was enthusiastic. Our People team will send the formal offer letter through DocuSign
tomorrow; the headline numbers are what we discussed on the phone (EUR 92k base + equity).

Take the time you need and call me with any questions.

Daniel

On Wed, Aug 20, 2025 at 3:33 PM Daniel Okoye <daniel.okoye@tessellatehealth.com> wrote:
> Hi Nadia,
>
> I'm the engineering manager for the Web Platform team. Your Codility result was one of
> the best we've seen this round, so I'd love to skip the phone screen and go straight to
> a 60 minute technical conversation with me and Ines from the design system team.
>
> Daniel
""",
    ),
    m(
        "tes-docusign",
        "2025-10-15 10:05",
        "Tessellate Health People Team via DocuSign <dse@eumail.docusign.net>",
        "Please DocuSign: Nadia Berger - Offer Letter - Tessellate Health",
        ("offer", *TES, "docusign", "en"),
        html="""<html><body>
<table><tr><td><img alt="DocuSign" src="https://eu.docusign.net/Member/Images/email/docusign-logo.png"></td></tr>
<tr><td style="background:#1e4ca1;color:#fff;padding:24px">
<p>Tessellate Health People Team sent you a document to review and sign.</p>
<p><a style="color:#fff" href="https://eu.docusign.net/Signing/EmailStart.aspx?a=5b1e">REVIEW DOCUMENT</a></p>
</td></tr>
<tr><td><p><b>Rhea Mistry</b><br>rhea.mistry@tessellatehealth.com</p>
<p>Hi Nadia, please find attached your offer letter for the Software Engineer, Web Platform
position. Please review and sign by October 22.</p>
<p style="font-size:11px">Do Not Share This Email. This email contains a secure link to
DocuSign.</p></td></tr></table></body></html>""",
    ),
    m(
        "tes-completed",
        "2025-10-17 21:48",
        "DocuSign System <dse@eumail.docusign.net>",
        "Completed: Nadia Berger - Offer Letter - Tessellate Health",
        ("offer", *TES, "docusign", "en"),
        st="accepted",
        html="""<html><body><table><tr><td>
<p>All parties have completed <b>Nadia Berger - Offer Letter - Tessellate Health</b>.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=9c41">VIEW COMPLETED DOCUMENT</a></p>
<p style="font-size:11px">Powered by DocuSign</p></td></tr></table></body></html>""",
    ),
    m(
        "tes-checkr",
        "2025-10-20 08:30",
        "Checkr <no-reply@checkr.com>",
        "Tessellate Health has requested a background check",
        ("other_job", "Tessellate Health", "Software Engineer, Web Platform", None, "other", "en"),
        text="""Hi Nadia,

Tessellate Health has asked Checkr to run a background check as part of your employment
process. To get started, please confirm your personal information and consent to the check.

Complete your information: https://candidate.checkr.com/invitations/b7c0e1

This usually takes 10 minutes. Questions? Visit help.checkr.com.

Checkr, Inc.
""",
    ),
    m(
        "tes-onboard",
        "2025-11-03 09:00",
        "Rhea Mistry <rhea.mistry@tessellatehealth.com>",
        "Welcome to Tessellate! Your first week",
        ("other_job", "Tessellate Health", "Software Engineer, Web Platform", None, "direct", "en"),
        text="""Hi Nadia,

We're so excited you're joining us on December 1st! A few things before day one:

- Your laptop ships next week to your Munich address.
- Please fill in the payroll and tax form in Personio (invite coming separately).
- Your onboarding buddy will be Ines Vogt.

See you soon,
Rhea
People Operations, Tessellate Health
""",
    ),
    # --- 6 Birchway, Frontend Developer (founder, own domain): on hold
    m(
        "bir-ack",
        "2025-05-27 21:14",
        BIR_FOUNDER,
        "Re: Frontend Developer role",
        ("confirmation", *BIR, "direct", "en"),
        tz="+0100",
        text="""Hi Nadia,

Thanks for getting in touch and for sending over your CV - got it. We're a small team (6 of
us) so bear with me, I'll look properly at the weekend and come back to you early next
week.

Cheers,
Tom

Tom Ashdown
Co-founder, Birchway
birchway.co.uk

On 27 May 2025, at 18:02, Nadia Berger <nadia.berger@mailbucht.de> wrote:
> Hi Tom,
> I saw your post about the Frontend Developer role on the Birchway site and attach my CV.
> I've spent five years building React apps, most recently a booking flow used by 2M people.
> Best, Nadia
""",
    ),
    m(
        "bir-int",
        "2025-06-03 08:47",
        BIR_FOUNDER,
        "Re: Frontend Developer role",
        ("interview", *BIR, "direct", "en"),
        tz="+0100",
        headers=reply("bir-ack", BIR_FOUNDER),
        text="""Hi Nadia,

Really liked what I saw. Fancy a video call with me and Ana (our designer) on Friday at
11:00 UK time? Nothing formal, just a chat about what we're building and how you work.

Tom

Sent from my iPhone
""",
    ),
    m(
        "bir-hold",
        "2025-06-24 19:31",
        BIR_FOUNDER,
        "Quick update from Birchway",
        ("confirmation", *BIR, "direct", "en"),
        st="on_hold",
        tz="+0100",
        text="""Hi Nadia,

I owe you an update and I'm sorry it isn't the one I wanted to send. Our seed extension
took longer than planned, so we've put the frontend hire on hold for now - probably until
September. It's nothing to do with you: we really enjoyed the call.

If you're still looking when we reopen it, I'll get in touch first.

Tom
""",
    ),
    # --- 7 Northgale Systems, React Developer (Workday): rejected months later
    m(
        "ngs-conf",
        "2025-06-02 13:01",
        "Northgale Careers <northgale@myworkday.com>",
        "Thank you for applying - React Developer (R-20314)",
        ("confirmation", *NGS, "workday", "en"),
        html="""<html><body>
<p>Dear Nadia,</p>
<p>Thank you for your interest in <b>React Developer (R-20314)</b>. Your application has been
submitted successfully.</p>
<p>You can review the status of your application at any time by signing in to your candidate
home account.</p>
<p>Regards,<br>Talent Acquisition</p>
<p><img src="https://northgale.wd3.myworkday.com/logo.png" alt="Northgale Systems"></p>
</body></html>""",
    ),
    m(
        "ngs-rej",
        "2025-08-19 02:14",
        "Northgale Careers <northgale@myworkday.com>",
        "Update on your application R-20314",
        ("rejection", *NGS, "workday", "en"),
        html="""<html><body>
<p>Dear Nadia,</p>
<p>Thank you for your interest in the React Developer position. After reviewing your
qualifications, we have decided to pursue other candidates for this role.</p>
<p>We encourage you to continue to review our career site for other opportunities.</p>
<p>Sincerely,<br>Northgale Systems Talent Acquisition</p>
</body></html>""",
    ),
    # --- 8 Cobalt Harbor via Redwater Talent (agency; client named only later): rejected
    m(
        "cob-out",
        "2025-06-09 10:16",
        COB_AGENT,
        "Senior Frontend role - Series B fintech, remote-first",
        ("outreach", None, "Senior Frontend Engineer", None, "agency", "en"),
        tz="+0100",
        text="""Hi Nadia,

Hope you don't mind the direct approach. I'm working exclusively with a Series B fintech
(payments infrastructure, ~120 people, remote-first across Europe) who are hiring a Senior
Frontend Engineer to lead their merchant dashboard.

Stack is React, TypeScript, GraphQL; salary up to EUR 95k plus options. I can't share the
name just yet but happy to tell you more on a call.

Would you be open to a quick 15 minute chat this week?

Best,
Lauren

Lauren Pike | Principal Consultant | Redwater Talent
+44 20 7946 0881 | redwatertalent.co.uk
""",
    ),
    m(
        "cob-sub",
        "2025-06-13 16:40",
        COB_AGENT,
        "RE: Senior Frontend role - Series B fintech, remote-first",
        ("confirmation", *COB, "agency", "en"),
        tz="+0100",
        headers=reply("cob-out", COB_AGENT),
        text="""Hi Nadia,

Great speaking earlier! As agreed, I've now submitted your CV to my client for the Senior
Frontend Engineer role. I'll chase them for feedback early next week and let you know as
soon as I hear anything.

Best,
Lauren

-----Original Message-----
From: Nadia Berger <nadia.berger@mailbucht.de>
Sent: 13 June 2025 14:02
To: Lauren Pike <lauren.pike@redwatertalent.co.uk>
Subject: RE: Senior Frontend role - Series B fintech, remote-first

Hi Lauren, thanks for the call. Yes, please go ahead and put me forward.
Nadia
""",
    ),
    m(
        "cob-int",
        "2025-06-18 11:55",
        COB_AGENT,
        "Interview confirmed - Cobalt Harbor",
        ("interview", *COB, "agency", "en"),
        tz="+0100",
        text="""Hi Nadia,

Good news - the client loved your profile! I can now tell you it's Cobalt Harbor
(cobaltharbor.com). They'd like a first interview with their Head of Engineering, Miguel
Sand, on Monday 23 June at 10:00 CEST via Teams. Link to follow from their side.

Have a look at their merchant dashboard demo on the website before the call. I'll give you
a ring on Friday to prep.

Best,
Lauren
""",
    ),
    m(
        "cob-rej",
        "2025-07-01 15:03",
        COB_AGENT,
        "Cobalt Harbor feedback",
        ("rejection", *COB, "agency", "en"),
        tz="+0100",
        text="""Hi Nadia,

I've just had feedback from Cobalt Harbor. They really liked you personally, but they've
decided not to progress to the next stage - they want someone with more hands-on GraphQL
federation experience. Sorry it's not better news.

I'll keep you in mind for the next one, I have a couple of similar roles coming up.

Best,
Lauren
""",
    ),
    # --- 9 Vantaloop (LinkedIn Easy Apply): viewed, then rejected
    m(
        "van-conf",
        "2025-06-16 20:11",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Nadia, your application was sent to Vantaloop",
        ("confirmation", *VAN, "linkedin", "en"),
        html="""<html><body><table>
<tr><td><h2>Your application was sent to Vantaloop</h2></td></tr>
<tr><td><b>Frontend Engineer</b><br>Vantaloop &middot; Amsterdam, North Holland (Hybrid)</td></tr>
<tr><td>Applied on June 16, 2025</td></tr>
<tr><td><a href="https://www.linkedin.com/jobs/view/4011837265/">View job</a></td></tr>
<tr><td style="font-size:11px">You're receiving job application emails. Unsubscribe.
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
</table></body></html>""",
    ),
    m(
        "van-viewed",
        "2025-06-18 07:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Vantaloop",
        ("viewed", *VAN, "linkedin", "en"),
        html="""<html><body><table>
<tr><td><h2>Vantaloop viewed your application</h2></td></tr>
<tr><td><b>Frontend Engineer</b><br>Vantaloop &middot; Amsterdam (Hybrid)</td></tr>
<tr><td>Good luck! Most hiring teams reply within a couple of weeks.</td></tr>
<tr><td><a href="https://www.linkedin.com/jobs/view/4011837265/">View job</a></td></tr>
</table></body></html>""",
    ),
    m(
        "van-rej",
        "2025-07-02 13:44",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Vantaloop",
        ("rejection", *VAN, "linkedin", "en"),
        html="""<html><body><table>
<tr><td><p>Frontend Engineer &middot; Vantaloop</p></td></tr>
<tr><td><p>Thank you for your interest in the Frontend Engineer position at Vantaloop in
Amsterdam. Unfortunately, we will not be moving forward with your application, but we
appreciate your time and interest in Vantaloop.</p>
<p>Regards,<br>Vantaloop</p></td></tr>
<tr><td><a href="https://www.linkedin.com/jobs/search/">Find more jobs</a></td></tr>
</table></body></html>""",
    ),
    # --- 10 Orchard Mesa (Indeed): ghosted
    m(
        "orm-conf",
        "2025-06-23 22:05",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Software Engineer, Frontend",
        ("confirmation", *ORM, "indeed", "en"),
        html="""<html><body><div>
<p><img src="https://www.indeed.com/logo.png" alt="indeed"></p>
<h3>Your application has been submitted</h3>
<p><b>Software Engineer, Frontend</b><br>Orchard Mesa - Remote</p>
<p>The employer will contact you directly if they'd like to move forward.
Track your application in My Jobs.</p>
<p>Good luck, Nadia!</p>
</div></body></html>""",
    ),
    # --- 11 Pellucid Labs (Greenhouse + HireVue): candidate withdrew
    m(
        "pel-conf",
        "2025-06-30 09:20",
        "Pellucid Labs <no-reply@us.greenhouse-mail.io>",
        "We received your application - Senior UI Engineer",
        ("confirmation", *PEL, "greenhouse", "en"),
        text="""Dear Nadia,

Thank you for your interest in Pellucid Labs! We have received your application for the
Senior UI Engineer role and will be in touch if your qualifications match our needs.

Kind regards,
Pellucid Labs Recruiting
""",
    ),
    m(
        "pel-hv",
        "2025-07-04 14:00",
        "Pellucid Labs <noreply@hirevue.com>",
        "Next step: complete your video interview for Pellucid Labs",
        ("assessment", *PEL, "hirevue", "en"),
        text="""Hi Nadia,

Thanks for your interest in the Senior UI Engineer role. As a next step, we invite you to
complete an on-demand video interview. You will be asked 5 questions and have up to 3
minutes to answer each one. Please complete it by July 11.

Start your interview: https://app.hirevue.com/interviews/pellucid/Xk3N9q

Technical questions? Visit the HireVue candidate support page.
""",
    ),
    m(
        "pel-wd",
        "2025-07-09 11:48",
        "Carla Mendes <carla.mendes@pellucidlabs.com>",
        "Re: Withdrawing my application",
        ("confirmation", *PEL, "direct", "en"),
        st="withdrawn",
        text="""Hi Nadia,

Thanks for letting us know, and no problem at all - I've withdrawn your application for the
Senior UI Engineer role and cancelled the video interview request. Best of luck with the
relocation, and do keep us in mind in the future.

Carla

> Hi Carla, after some thought I'd like to withdraw my application for Senior UI
> Engineer - the on-site requirement in Dublin doesn't work for me right now. Sorry and
> thank you! Nadia
""",
    ),
    # --- 12 Ferncastle Games (Lever, person display name; Spark Hire; Calendly): rejected
    m(
        "fer-conf",
        "2025-07-07 15:26",
        "Sophie Grant <no-reply@hire.lever.co>",
        "Thanks for your interest in Ferncastle Games",
        ("confirmation", *FER, "lever", "en"),
        text="""Hi Nadia,

Thanks for applying for Frontend Engineer, Tools! I'm the recruiter for this role and I'll
personally look at your application this week.

Sophie
Ferncastle Games
""",
    ),
    m(
        "fer-spark",
        "2025-07-11 10:02",
        "Spark Hire <notifications@sparkhire.com>",
        "Ferncastle Games has invited you to a one-way video interview",
        ("assessment", *FER, "other", "en"),
        text="""Hi Nadia,

Ferncastle Games has invited you to complete a one-way video interview for Frontend
Engineer, Tools. You'll record answers to 4 questions at a time that suits you.

Deadline: July 16, 2025

Begin interview: https://app.sparkhire.com/i/fc-91xz

Spark Hire
""",
    ),
    m(
        "fer-cal",
        "2025-07-18 12:40",
        "Calendly <notifications@calendly.com>",
        "New Event: Nadia Berger - 11:00am Wed, Jul 23, 2025 - Ferncastle Games: Team interview",
        ("interview", *FER, "other", "en"),
        text="""Hi Nadia Berger,

A new event has been scheduled.

Event Type: Ferncastle Games: Team interview (Frontend Engineer, Tools)
Invitee: Nadia Berger
Event Date/Time: 11:00am - 12:00pm (Central European Time) Wednesday, July 23, 2025
Location: Zoom - link provided by Sophie Grant

Cancel or reschedule: https://calendly.com/cancellations/7fd1a0

Powered by Calendly.com
""",
    ),
    m(
        "fer-rej",
        "2025-07-30 16:15",
        "Sophie Grant <sophie.grant@ferncastle.games>",
        "Following up",
        ("rejection", *FER, "direct", "en"),
        text="""Hi Nadia,

Thank you again for meeting the team last week - they enjoyed your questions about the
level editor. I'm afraid we won't be taking your application further this time; we've
offered the role to a candidate with more game-engine tooling experience.

I hope our paths cross again.

Sophie
""",
    ),
    # --- 13 Brindle & Vox (hiring manager from outlook.com; Calendly cancel + rebook)
    m(
        "brv-int",
        "2025-08-12 22:18",
        BRV_HM,
        "Great meeting you at ReactJS Munich",
        ("interview", *BRV, "direct", "en"),
        tz="+0100",
        text="""Hi Nadia,

Great chatting at the meetup last night. As I mentioned, we're hiring a Frontend Developer
at Brindle & Vox (small product studio, 14 people, London and remote). I forwarded your
CV to my co-founder and we'd both like a proper interview. Can you book a slot here:
https://calendly.com/brindle-vox/interview

Gareth

Sent from my iPhone
""",
    ),
    m(
        "brv-cancel",
        "2025-08-18 08:03",
        "Calendly <notifications@calendly.com>",
        "Canceled: Brindle & Vox interview with Nadia Berger on Tue, Aug 19",
        ("interview", *BRV, "other", "en"),
        text="""Hi Nadia Berger,

The event below has been canceled by Gareth Lloyd.

Event Type: Brindle & Vox interview
Date/Time: 10:00am - 10:45am (Central European Time) Tuesday, August 19, 2025
Reason: "Sorry - client fire drill. Please rebook any time next week!"

Schedule again: https://calendly.com/brindle-vox/interview

Powered by Calendly.com
""",
    ),
    m(
        "brv-rebook",
        "2025-08-21 13:27",
        "Calendly <notifications@calendly.com>",
        "New Event: Nadia Berger - 10:00am Tue, Aug 26, 2025 - Brindle & Vox interview",
        ("interview", *BRV, "other", "en"),
        text="""Hi Nadia Berger,

A new event has been scheduled.

Event Type: Brindle & Vox interview
Invitee: Nadia Berger
Event Date/Time: 10:00am - 10:45am (Central European Time) Tuesday, August 26, 2025
Location: Google Meet

Powered by Calendly.com
""",
    ),
    # --- 14 Kitewire (Teamtailor + TestGorilla): rejected
    m(
        "kit-conf",
        "2025-07-14 10:10",
        "Kitewire <no-reply@mail.teamtailor.com>",
        "Thanks for your application!",
        ("confirmation", *KIT, "teamtailor", "en"),
        html="""<html><body><div style="max-width:560px">
<img src="https://images.teamtailor-cdn.com/kitewire/logo.png" alt="Kitewire">
<h1>Thanks, Nadia!</h1>
<p>We've received your application for <b>Frontend Engineer</b>. Our team will go through it
and get back to you as soon as we can.</p>
<p>/ The people at Kitewire</p>
</div></body></html>""",
    ),
    m(
        "kit-tg",
        "2025-07-16 09:45",
        "TestGorilla <no-reply@testgorilla.com>",
        "Kitewire invites you to take an assessment",
        ("assessment", *KIT, "other", "en"),
        text="""Hi Nadia,

Kitewire invites you to complete an assessment for the position Frontend Engineer.

The assessment contains: JavaScript (coding), React, Attention to detail, Culture add.
It takes about 45 minutes.

Start assessment: https://app.testgorilla.com/s/e2ka9c7n

Good luck!
The TestGorilla team, on behalf of Kitewire
""",
    ),
    m(
        "kit-rej",
        "2025-07-25 14:58",
        "Kitewire <no-reply@mail.teamtailor.com>",
        "Your application at Kitewire",
        ("rejection", *KIT, "teamtailor", "en"),
        text="""Hi Nadia,

Thank you for completing our assessment and for your interest in Kitewire. We were
impressed by your background, but unfortunately we've decided to proceed with candidates
whose results more closely matched the profile for this role.

We wish you every success.

Kind regards,
Kitewire
""",
    ),
    # --- 15 Stonebridge Insurance (SuccessFactors + SHL): rejected
    m(
        "stb-conf",
        "2025-05-28 16:00",
        "Stonebridge Insurance <noreply@successfactors.eu>",
        "Application received - Web Developer (Req 41187)",
        ("confirmation", *STB, "other", "en"),
        text="""Dear Nadia Berger,

Thank you for applying for the position of Web Developer (Req ID 41187) at Stonebridge
Insurance. We confirm receipt of your application.

Our recruitment team will review your profile. Due to the high volume of applications, we
may not be able to respond to every applicant individually.

Yours sincerely,
Stonebridge Insurance Talent Acquisition

This is an automated message from SAP SuccessFactors. Please do not reply.
""",
    ),
    m(
        "stb-shl",
        "2025-06-05 08:15",
        "SHL Assessments <noreply@shl.com>",
        "Stonebridge Insurance: online assessment invitation",
        ("assessment", *STB, "other", "en"),
        text="""Dear Nadia Berger,

As part of your application to Stonebridge Insurance for Web Developer, you are invited to
complete the following online assessments:

 - Verify Interactive - Numerical Reasoning (approx. 18 minutes)
 - Occupational Personality Questionnaire (approx. 25 minutes)

Please complete them within 5 days: https://candidate.shl.com/s/STB-41187-8821

SHL Candidate Support
""",
    ),
    m(
        "stb-rej",
        "2025-06-26 11:30",
        "Stonebridge Insurance <noreply@successfactors.eu>",
        "Your application with Stonebridge Insurance",
        ("rejection", *STB, "other", "en"),
        text="""Dear Nadia Berger,

Thank you for your interest in the Web Developer position (Req ID 41187) and for completing
our assessments.

After careful review, we regret to inform you that your application has not been
successful on this occasion.

Yours sincerely,
Stonebridge Insurance Talent Acquisition
""",
    ),
    # --- 16 Ardent Loop (Ashby + Pymetrics): ghosted after games
    m(
        "ard-conf",
        "2025-09-01 10:22",
        "Ardent Loop <no-reply@ashbyhq.com>",
        "Thanks for applying to Ardent Loop",
        ("confirmation", *ARD, "ashby", "en"),
        text="""Hi Nadia,

Thanks for applying to the Product Engineer role at Ardent Loop. We're reviewing
applications on a rolling basis.

Ardent Loop Talent
""",
    ),
    m(
        "ard-pym",
        "2025-09-03 13:37",
        "pymetrics <no-reply@pymetrics.com>",
        "Ardent Loop: Next step in your application",
        ("assessment", *ARD, "other", "en"),
        html="""<html><body>
<p>Hi Nadia,</p>
<p>Thank you for your interest in Ardent Loop! As part of the application process for
<b>Product Engineer</b>, we'd like you to play a set of pymetrics games. They take about
25 minutes and measure cognitive and behavioural traits - there are no right or wrong
answers.</p>
<p><a href="https://app.pymetrics.ai/invite/ardentloop/6c1f">Play the games</a></p>
<p>The link expires in 7 days.</p></body></html>""",
    ),
    # --- 17 Meridian Grid (Greenhouse, forwarded referral chain, Adobe Sign): offer
    m(
        "mer-conf",
        "2025-09-08 18:02",
        "Meridian Grid <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Meridian Grid",
        ("confirmation", *MER, "greenhouse", "en"),
        text="""Hi Nadia,

Thanks for your interest in Meridian Grid! We received your application for Frontend
Engineer (Energy Trading UI) and our team will review it shortly.

Meridian Grid Recruiting
""",
    ),
    m(
        "mer-fwd",
        "2025-09-16 20:40",
        MER_REF,
        "Fwd: Interview slots - Frontend Engineer",
        ("interview", *MER, "direct", "en"),
        text="""Hey Nadia - this is the recruiter's note about your interviews, forwarding in case it
got stuck in your spam. They're keen! Pick a slot and reply to Olivia directly.

Sam

---------- Forwarded message ---------
From: Olivia Hart <olivia.hart@meridiangrid.com>
Date: Tue, 16 Sept 2025 at 17:12
Subject: Interview slots - Frontend Engineer
To: Sam Whitfield <sam.whitfield@meridiangrid.com>

Hi Sam,

Thanks for referring Nadia for the Frontend Engineer role. We'd like to invite her to a
technical interview with the trading UI team. Could she do one of these?

- Mon 22 Sept, 10:00-11:30 CEST
- Tue 23 Sept, 14:00-15:30 CEST

Best,
Olivia Hart
Talent Acquisition, Meridian Grid
""",
    ),
    m(
        "mer-offer",
        "2025-10-09 12:12",
        "Olivia Hart via Adobe Acrobat Sign <adobesign@adobesign.com>",
        "Meridian Grid requests your signature on Offer - Frontend Engineer - N. Berger",
        ("offer", *MER, "other", "en"),
        text="""Olivia Hart (olivia.hart@meridiangrid.com) has sent you a document to review and sign.

Offer - Frontend Engineer - N. Berger

Hi Nadia, congratulations again! Attached is your employment offer for the Frontend
Engineer position. Please review and e-sign by 17 October.

Review and sign: https://secure.eu1.adobesign.com/public/apiesign?pid=CBFCIBAA3AAABLblqZhB

To ensure that you continue receiving our emails, please add adobesign@adobesign.com to
your address book.
""",
    ),
    # --- 18 Harrowgate Bank (iCIMS): ghosted
    m(
        "har-conf",
        "2025-07-22 07:50",
        "Harrowgate Bank Careers <harrowgatebank@talent.icims.com>",
        "Thank you for your application",
        ("confirmation", *HAR, "icims", "en"),
        tz="+0100",
        text="""Dear Nadia,

Thank you for applying for the position of Frontend Developer (Angular), job ID 2025-7716,
in our London office. We have successfully received your application.

If your skills and experience match our requirements, a member of our Talent Acquisition
team will be in touch.

Regards,
Harrowgate Bank plc - Talent Acquisition
""",
    ),
    # --- 19 Wexford Robotics (Ashby): rejected
    m(
        "wex-conf",
        "2025-08-05 17:18",
        "Wexford Robotics <no-reply@ashbyhq.com>",
        "Your application to Wexford Robotics",
        ("confirmation", *WEX, "ashby", "en"),
        text="""Hi Nadia,

Thank you for applying to the Frontend Engineer position at Wexford Robotics! This email
confirms that we received your application.

Wexford Robotics Recruiting Team
""",
    ),
    m(
        "wex-rej",
        "2025-08-14 09:41",
        "Wexford Robotics <no-reply@ashbyhq.com>",
        "Your application to Wexford Robotics",
        ("rejection", *WEX, "ashby", "en"),
        text="""Hi Nadia,

Thank you for your interest in Wexford Robotics. We've reviewed your application and
unfortunately we won't be moving forward at this time. We know this isn't the news you
were hoping for and we appreciate the time you took to apply.

Best,
Wexford Robotics Recruiting Team
""",
    ),
    # --- 20 Plumtree Learning (Lever): rejected, hard-wrapped plain text
    m(
        "plu-conf",
        "2025-09-15 09:09",
        "Plumtree Learning <no-reply@hire.lever.co>",
        "Plumtree Learning - application received",
        ("confirmation", *PLU, "lever", "en"),
        tz="+0100",
        text="""Hello Nadia,

We have received your application for Senior Frontend Developer. Thank
you for thinking of Plumtree Learning. A member of the hiring team
will be in touch with next steps.

Plumtree Learning Ltd, 4 Canal Wharf, Leeds LS11 5PS
""",
    ),
    m(
        "plu-rej",
        "2025-09-29 14:20",
        "Plumtree Learning <no-reply@hire.lever.co>",
        "Plumtree Learning - Senior Frontend Developer",
        ("rejection", *PLU, "lever", "en"),
        tz="+0100",
        text="""Hello Nadia,

Thank you for your patience while we reviewed applications for the
Senior Frontend Developer role. After careful consideration we will
not be progressing your application on this occasion. We received a
large number of strong applications and the decision was not easy.

Kind regards,
The Plumtree Learning hiring team
""",
    ),
    # --- 21 Greyfield Retail (Workday, noreply, employer only in footer / alt text): ghosted
    m(
        "gry-conf",
        "2025-10-01 06:33",
        "Careers <greyfield@myworkday.com>",
        "Application Received: UI Developer",
        ("confirmation", *GRY, "workday", "en"),
        tz="+0100",
        html="""<html><body style="font-family:Arial">
<table width="600"><tr><td><img src="https://greyfield.wd5.myworkday.com/greyfield/assets/logo"
 alt="Greyfield Retail Group"></td></tr>
<tr><td><p>Hello Nadia,</p>
<p>Thank you for applying for the UI Developer position. We have received your application
and will review it carefully.</p>
<p>To view your application, please log in to the candidate portal.</p></td></tr>
<tr><td style="font-size:10px;color:#777">&copy; 2025 Greyfield Retail Group plc. All rights
reserved. Registered in England No. 0418821.</td></tr></table></body></html>""",
    ),
    # --- alerts, outreach and other job mail (English)
    m(
        "alert-li-1",
        "2025-05-20 07:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201cfrontend engineer\u201d: 24 new jobs in Munich",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><table>
<tr><td><h3>Your job alert for frontend engineer in Munich, Bavaria</h3></td></tr>
<tr><td><b>Senior Frontend Engineer</b> - Quillstone - Munich (Hybrid) - Easy Apply</td></tr>
<tr><td><b>Frontend Developer (m/w/d)</b> - Kranwerk Logistik GmbH - Munich</td></tr>
<tr><td><b>React Engineer</b> - Sundial Labs - Remote</td></tr>
<tr><td><a href="https://www.linkedin.com/jobs/search/?savedSearchId=881">See all jobs</a></td></tr>
<tr><td>Apply now and stand out: 5 interview tips for frontend roles</td></tr>
</table></body></html>""",
    ),
    m(
        "alert-indeed",
        "2025-07-03 06:15",
        "Indeed <alert@indeed.com>",
        "React Developer jobs: apply now - 12 new",
        ("alert", None, None, None, "indeed", "en"),
        text="""New jobs matching "React Developer" near Munich

Frontend Engineer - Orchard Mesa - Remote - Easily apply
React Developer (TypeScript) - Halvard Tech - Munich
UI Engineer - Greyfield Retail Group - London

Apply now - employers are actively hiring.
Interview tips: how to answer "tell me about yourself"

Unsubscribe from this job alert.
""",
    ),
    m(
        "alert-wellfound",
        "2025-08-28 15:01",
        "Wellfound <team@wellfound.com>",
        "Tessellate Health and 9 other startups are hiring",
        ("alert", None, None, None, "wellfound", "en"),
        text="""Hi Nadia,

Startups that match your profile:

- Tessellate Health - Software Engineer, Web Platform - Remote (EU)
- Pinecrest AI - Founding Frontend Engineer - Berlin
- Loomly Robotics - Frontend Engineer - Remote

One-click apply to any of them. Your profile is 90% complete.

The Wellfound team
""",
    ),
    m(
        "alert-talentcomm",
        "2025-06-11 12:00",
        "Northgale Talent Community <northgale@myworkday.com>",
        "Welcome to the Northgale Systems Talent Community",
        ("alert", "Northgale Systems", None, None, "workday", "en"),
        text="""Hi Nadia,

Thank you for joining our Talent Community! We'll send you job opportunities that match
your interests in Software Engineering, Munich.

Northgale Systems Talent Acquisition
""",
    ),
    m(
        "out-ghrec",
        "2025-07-21 11:09",
        "Jess Moreland <jess@sundiallabs.ai>",
        "Frontend at Sundial Labs?",
        ("outreach", "Sundial Labs", "Founding Frontend Engineer", None, "direct", "en"),
        text="""Hi Nadia,

I run hiring at Sundial Labs (we're 9 people building scheduling software for clinics,
seed-funded). I came across your GitHub - the accessibility work on your date-picker
library is exactly what we need. We're looking for a Founding Frontend Engineer.

Would you be up for a 20 min intro call next week? No prep needed.

Jess
""",
    ),
    m(
        "out-li-inmail",
        "2025-09-24 18:33",
        "Mark Dunleavy via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Opportunity: Lead Frontend Engineer at Halvard Tech",
        ("outreach", "Halvard Tech", "Lead Frontend Engineer", None, "linkedin", "en"),
        text="""Hi Nadia,

I'm a recruiter at Halvard Tech and I think your experience would be a great fit for our
Lead Frontend Engineer opening in Munich. Are you open to new opportunities?

Mark

Reply to Mark | View Mark's profile
This message was sent via LinkedIn InMail.
""",
    ),
    m(
        "oj-survey",
        "2025-07-28 10:00",
        "Stonebridge Insurance <noreply@successfactors.eu>",
        "How was your candidate experience?",
        ("other_job", "Stonebridge Insurance", None, None, "other", "en"),
        text="""Dear Nadia Berger,

You recently applied for a position with Stonebridge Insurance. We would value your
feedback on the recruitment process. The survey takes 3 minutes.

Take the survey: https://survey.successfactors.eu/stb/8812

Thank you,
Stonebridge Insurance Talent Acquisition
""",
    ),
    m(
        "oj-ooo",
        "2025-06-27 09:01",
        "Priya Raman <priya.raman@lumenfield.io>",
        "Automatic reply: Feedback on my interview",
        ("other_job", "Lumenfield Analytics", None, None, "direct", "en"),
        text="""Hi,

I'm out of office until July 7 with limited access to email. For urgent recruiting
questions please contact talent@lumenfield.io.

Priya
""",
    ),
    m(
        "oj-gh-code",
        "2025-10-01 06:31",
        "Greyfield Retail Group <greyfield@myworkday.com>",
        "Verify your email address",
        ("other_job", "Greyfield Retail Group", None, None, "workday", "en"),
        tz="+0100",
        text="""Your verification code is 418 902.

Enter this code on the Greyfield Retail Group careers site to finish creating your
candidate account. The code expires in 10 minutes.
""",
    ),
]
