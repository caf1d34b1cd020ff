# ruff: noqa: E501
"""Job mail of the thirty-second held-out corpus, in English (measured, never tuned on)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply

EDT, EST, UTC0 = "-0400", "-0500", "+0000"


def m(key: str, date: str, *a: Any, **kw: Any) -> dict[str, Any]:
    """Toronto local time unless told otherwise."""
    kw.setdefault("tz", EDT if date < "2025-11-02" else EST)
    return _m(key, date, *a, **kw)


NB = "Northlake Bank"
TS = "Tessellate"
FW = "Fernway"
QP = "Quillpoint"
LD = "Ledgerly"
OX = "Oxbow Studio"
RV = "Ravelin Insurance"
PL = "Plinth"
BL = "Brightloom"
GW = "Gullwing Logistics"
SV = "Sable & Vine"
CB = "Cobalt Pharmacy Group"
SH = "Stanton & Hale"
OM = "Orbital Maps"
KL = "Kiteline"
PH = "Penrose Health"
LL = "Lumen & Lark"
GR = "Grainery"
CW = "Cartwheel"
VM = "Verdant Mobility"
CH = "Corvid Health"

SPD = "Senior Product Designer"

# senders used more than once
GH_TS = "Tessellate Recruiting <no-reply@us.greenhouse-mail.io>"
MAYA = "Maya Lindqvist <maya.lindqvist@tessellate.io>"
WD_NB = "Northlake Bank Careers <northlake@myworkday.com>"
LEVER = "no-reply@hire.lever.co"
DANA = "Dana Kowalczyk <dana.kowalczyk@gmail.com>"
MARCUS_FW = "Marcus Bell <marcus.bell@fernway.com>"
MARCUS_KL = "Marcus Bell <marcus@kiteline.app>"
HATCH = "Rohan Mehta <rohan.mehta@hatchpartners.ca>"
OXB = "Elodie Marchetti <elodie@oxbowstudio.ca>"
ASHBY = "no-reply@ashbyhq.com"
PRIYA = "Priya Raman-Okafor <priya.ramanokafor@fastmail.com>"

MAIL: list[dict[str, Any]] = [
    # --- 1 Northlake Bank (digital studio writes under the bank's name), Workday -------------
    m(
        "40117",
        "2025-09-03 21:14",
        WD_NB,
        "Thank you for applying - Senior Product Designer, Digital Banking (R-0048812)",
        ("confirmation", NB, "Senior Product Designer, Digital Banking", 1, "workday", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center"><tr><td><img src="https://northlake.wd3.myworkdayjobs.com/assets/logo.png" alt="Northlake Bank"></td></tr>
<tr><td>
<p>Hi Priya,</p>
<p>Thanks for your interest in Northlake Bank. We've received your application for <b>Senior Product Designer, Digital Banking (R-0048812)</b>, a role with Northlake Digital Studio in Toronto, ON.</p>
<p>Our Talent Acquisition team reviews every application carefully. If your experience is a match, a member of the team will reach out to discuss next steps. You can check the status of your application at any time by signing in to your candidate home.</p>
<p><a href="https://northlake.wd3.myworkdayjobs.com/en-US/Northlake_Careers/userHome">Go to Candidate Home</a></p>
<p>Kind regards,<br>Talent Acquisition<br>Northlake Bank</p>
<p style="font-size:11px;color:#777">Northlake Bank is committed to an inclusive and accessible recruitment process. If you need an accommodation, please let us know. Please do not reply to this email; this mailbox is not monitored.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "40131",
        "2025-09-16 10:02",
        "Hannah Osei <hannah.osei@northlakebank.ca>",
        "Northlake Digital Studio - Senior Product Designer - next steps",
        ("interview", NB, "Senior Product Designer, Digital Banking", 1, "direct", "en"),
        """Hi Priya,

I'm a talent partner supporting the Digital Studio at Northlake. Thank you for applying to the Senior Product Designer, Digital Banking role -- your mortgage-tooling case study stood out to our design leadership.

We'd love to set up a 30-minute introductory call with me, followed (if all goes well) by a portfolio walkthrough with Arjun Pillai, Director of Product Design.

Could you share a few windows that work for you next week? Mornings are easiest on my side.

Best,
Hannah

Hannah Osei (she/her)
Senior Talent Partner, Technology & Digital
Northlake Bank | 200 Bay Street, Toronto ON
""",
    ),
    m(
        "40132",
        "2025-09-16 12:40",
        PRIYA,
        "Re: Northlake Digital Studio - Senior Product Designer - next steps",
        ("interview", NB, "Senior Product Designer, Digital Banking", 1, "direct", "en"),
        """Hi Hannah,

Thanks so much! Tuesday the 23rd any time before noon, or Wednesday 24th after 2pm ET, would both work.

Priya

On Tue, Sep 16, 2025 at 10:02 AM Hannah Osei <hannah.osei@northlakebank.ca> wrote:
> Hi Priya,
> I'm a talent partner supporting the Digital Studio at Northlake. Thank you for applying
> ...
> Could you share a few windows that work for you next week?
""",
        to="Hannah Osei <hannah.osei@northlakebank.ca>",
        **reply("40131", "hannah.osei@northlakebank.ca"),
    ),
    m(
        "40133",
        "2025-09-17 09:11",
        "Hannah Osei <hannah.osei@northlakebank.ca>",
        "Invitation: Priya Raman-Okafor / Northlake - intro call @ Tue Sep 23, 2025 10am - 10:30am (EDT)",
        ("interview", NB, "Senior Product Designer, Digital Banking", 1, "direct", "en"),
        """You have been invited to the following event.

Priya Raman-Okafor / Northlake - intro call
When: Tuesday Sep 23, 2025 10am - 10:30am Eastern Time - Toronto
Joining info: Microsoft Teams (link in description)

Organizer: hannah.osei@northlakebank.ca

Going (priya.ramanokafor@fastmail.com)? Yes - Maybe - No
""",
        ics={
            "start": "2025-09-23 10:00:00 -0400",
            "minutes": 30,
            "uid": "nlb-7f3a91c2e0@northlakebank.ca",
            "organizer": ("Hannah Osei", "hannah.osei@northlakebank.ca"),
            "summary": "Priya Raman-Okafor / Northlake - intro call",
            "description": "Intro call for the Senior Product Designer, Digital Banking role. Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NLB",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "40139",
        "2025-10-08 16:27",
        "Hannah Osei <hannah.osei@northlakebank.ca>",
        "Following up",
        ("rejection", NB, "Senior Product Designer, Digital Banking", 1, "direct", "en"),
        """Hi Priya,

Thank you again for the time you spent with Arjun and me over the past couple of weeks. The team genuinely enjoyed the conversation about accessibility in regulated flows.

After a lot of discussion, we've decided to move forward with another candidate whose background is closer to our commercial lending roadmap. This was a close call and not a reflection of the quality of your work.

I'd like to keep your profile on file for future roles in the Studio, if that's okay with you.

Warmly,
Hannah
""",
    ),
    # --- 2 Tessellate (Tessellate Labs Inc.), Greenhouse -> offer accepted ------------------
    m(
        "40201",
        "2025-11-12 13:05",
        GH_TS,
        "Thank you for applying to Tessellate",
        ("confirmation", TS, SPD, 2, "greenhouse", "en"),
        """Hi Priya,

Thanks for applying to Tessellate! We've received your application for the Senior Product Designer position and our team will review it shortly.

A little about what happens next: a recruiter looks at every application by hand. If there's a potential fit, we'll reach out within about two weeks to schedule a first conversation.

In the meantime, feel free to read about how we work: https://tessellate.io/handbook

Thanks,
The Tessellate Talent Team

Tessellate Labs Inc. · 460 King St W, Toronto, ON
Job: https://job-boards.greenhouse.io/tessellate/jobs/4589012007
""",
        envelope="bounces+3120814@us.greenhouse-mail.io",
    ),
    m(
        "40205",
        "2025-11-19 11:48",
        MAYA,
        "Tessellate // Senior Product Designer - portfolio review",
        ("interview", TS, SPD, 2, "greenhouse", "en"),
        """Hey Priya,

Maya here, I lead design recruiting at Tessellate. I really liked the way your portfolio shows the messy middle of projects, not just the polished screens.

Next step would be a 60-minute portfolio review with two of our designers (Kofi and Sienna). Please pick a slot using the link below -- it's powered by GoodTime and will show you real-time availability:

https://app.goodtime.io/schedule/candidate/tsl-8a12f0

Pick whichever two projects you're most proud of; 25 minutes each is about right, and leave time for questions.

Cheers,
Maya Lindqvist
Talent, Design & Research | Tessellate
""",
        headers={"X-Mailer": "Greenhouse Mail"},
    ),
    m(
        "40206",
        "2025-11-20 08:15",
        "Tessellate via GoodTime <no-reply@goodtime.io>",
        "Confirmed: Portfolio Review with Tessellate - Thu, Nov 27 at 1:00 PM EST",
        ("interview", TS, SPD, 2, "other", "en"),
        html="""<html><body><div style="max-width:560px;margin:auto;font-family:Helvetica,Arial">
<h2>You're all set, Priya!</h2>
<p>Your <b>Portfolio Review</b> for the <b>Senior Product Designer</b> role at <b>Tessellate</b> is confirmed.</p>
<table><tr><td>Date</td><td>Thursday, November 27, 2025</td></tr>
<tr><td>Time</td><td>1:00 PM - 2:00 PM (America/Toronto)</td></tr>
<tr><td>Interviewers</td><td>Kofi Mensah, Sienna Park</td></tr>
<tr><td>Location</td><td>Google Meet - meet.google.com/tsl-qrmd-kap</td></tr></table>
<p>Need to make a change? <a href="https://app.goodtime.io/reschedule/tsl-8a12f0">Reschedule</a></p>
<p style="color:#999;font-size:11px">Sent by GoodTime on behalf of Tessellate.</p></div></body></html>""",
        ics={
            "start": "2025-11-27 13:00:00 -0500",
            "minutes": 60,
            "uid": "gt-tsl-8a12f0@goodtime.io",
            "organizer": ("Maya Lindqvist", "maya.lindqvist@tessellate.io"),
            "attendees": [
                ("Kofi Mensah", "kofi@tessellate.io"),
                ("Sienna Park", "sienna@tessellate.io"),
            ],
            "summary": "Portfolio Review: Priya Raman-Okafor (Senior Product Designer)",
            "location": "https://meet.google.com/tsl-qrmd-kap",
        },
    ),
    m(
        "40209",
        "2025-12-02 15:30",
        MAYA,
        "Next step: design exercise",
        ("assessment", TS, SPD, 2, "greenhouse", "en"),
        """Hi Priya,

Great news -- Kofi and Sienna were excited after your review. The next step is a short take-home design challenge.

The brief is attached (PDF). We ask that you spend no more than 4 hours on it; we mean that. You'll have until Friday Dec 12 to send it back, and then you'll present it in the final loop.

Upload your work here when you're ready: https://app.greenhouse.io/tests/5ae1c0e1d7b2?utm_medium=email

Shout if anything is unclear.

Maya
""",
        attach=[
            ("Tessellate_Design_Exercise_SPD.pdf", "application/pdf", "%PDF-1.4 placeholder brief")
        ],
    ),
    m(
        "40212",
        "2025-12-16 10:20",
        MAYA,
        "Final round at Tessellate - Dec 18",
        ("interview", TS, SPD, 2, "greenhouse", "en"),
        """Hi Priya,

Thanks for the thoughtful exercise -- the team loved the onboarding teardown.

Your final round is booked for Thursday, Dec 18, on-site at our King St office (4th floor, ask for me at reception):

 10:00-10:45  Exercise presentation (Kofi, Sienna, Laurent)
 10:50-11:35  Cross-functional (Ines, Eng Manager; Tom, PM)
 11:40-12:10  Values chat with Olu Adeyemi, VP Design

Lunch is on us afterwards if you have time. Calendar holds are on their way.

Maya
""",
    ),
    m(
        "40215",
        "2025-12-23 14:02",
        MAYA,
        "Tessellate offer",
        ("offer", TS, SPD, 2, "greenhouse", "en"),
        """Hi Priya,

I'm so happy to write this one. Following your final round, we'd like to offer you the role of Senior Product Designer at Tessellate!

Headline numbers (full details in the letter that will come through DocuSign after the holidays):
 - Base salary: CAD 158,000
 - Equity: 9,000 options, 4-year vest, 1-year cliff
 - Start date: flexible, we suggested Feb 2, 2026

Olu would love to hop on a call to answer anything. Enjoy the break, and no pressure on timing before the new year.

Maya
""",
    ),
    m(
        "40217",
        "2026-01-06 09:44",
        "Maya Lindqvist via Docusign <dse_na3@docusign.net>",
        "Please DocuSign: Tessellate Labs Inc. - Offer Letter - Priya Raman-Okafor",
        ("offer", TS, SPD, 2, "docusign", "en"),
        html="""<html><body style="background:#eaeaea"><table width="640" align="center" style="background:#fff;font-family:Arial">
<tr><td style="background:#1e4ca1;color:#fff;padding:24px"><p>Maya Lindqvist sent you a document to review and sign.</p>
<p><a style="background:#ffc423;color:#000;padding:10px 20px" href="https://na3.docusign.net/Signing/EmailStart.aspx?a=3b7c">REVIEW DOCUMENT</a></p></td></tr>
<tr><td style="padding:24px"><p><b>Maya Lindqvist</b><br>maya.lindqvist@tessellate.io</p>
<p>Hi Priya - here is your formal offer letter from Tessellate Labs Inc. Please review and sign by January 9. Welcome (almost) aboard!</p>
<p style="font-size:11px;color:#666">Do Not Share This Email: This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "40218",
        "2026-01-08 19:31",
        "Docusign <dse_na3@docusign.net>",
        "Completed: Tessellate Labs Inc. - Offer Letter - Priya Raman-Okafor",
        ("offer", TS, SPD, 2, "docusign", "en"),
        html="""<html><body><table width="640" align="center" style="font-family:Arial">
<tr><td style="background:#1e4ca1;color:#fff;padding:24px">Your document has been completed</td></tr>
<tr><td style="padding:24px"><p>All signers completed Tessellate Labs Inc. - Offer Letter - Priya Raman-Okafor.</p>
<p><a href="https://na3.docusign.net/Member/EmailStart.aspx?m=8e1d">VIEW COMPLETED DOCUMENT</a></p></td></tr></table></body></html>""",
        st="accepted",
    ),
    m(
        "40220",
        "2026-01-12 11:03",
        "Certn <no-reply@certn.co>",
        "Tessellate Labs Inc. has requested a background check",
        ("other_job", TS, SPD, None, "other", "en"),
        """Hi Priya Raman-Okafor,

Tessellate Labs Inc. has asked Certn to complete a background screening as part of your hiring process. It takes most people about 10 minutes.

Start your application: https://app.certn.co/applicant/welcome?token=Yx81

What you'll need: government-issued ID, your address history for the past 5 years and consent to a criminal record check.

Questions? Reply to this email or visit help.certn.co.

The Certn Team
""",
    ),
    # --- 3, 4 Fernway: two roles, Lever ------------------------------------------------------
    m(
        "40301",
        "2025-09-09 13:22",
        f"Fernway <{LEVER}>",
        "Thank you for your application to Fernway",
        ("confirmation", FW, "Senior Product Designer, Growth", 3, "lever", "en"),
        """Hi Priya,

Thank you for your interest in Fernway! We wanted to let you know we received your application for Senior Product Designer, Growth, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our jobs page as we're growing and adding openings.

Best,
The Fernway Team

https://jobs.lever.co/fernway/3c8e77d1-5b0a-4c3e-9f11-a0b2d6e4c781
""",
    ),
    m(
        "40305",
        "2025-09-10 09:55",
        f"Fernway <{LEVER}>",
        "Thank you for your application to Fernway",
        ("confirmation", FW, "Product Design Lead, Platform", 4, "lever", "en"),
        """Hi Priya,

Thank you for your interest in Fernway! We wanted to let you know we received your application for Product Design Lead, Platform, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our jobs page as we're growing and adding openings.

Best,
The Fernway Team

https://jobs.lever.co/fernway/a91f02c4-0d77-4b58-8e2a-1fb3c06d9a20
""",
    ),
    m(
        "40308",
        "2025-09-18 17:01",
        MARCUS_FW,
        "Fernway Growth design - quick chat?",
        ("interview", FW, "Senior Product Designer, Growth", 3, "lever", "en"),
        """Hi Priya,

Marcus from the Fernway talent team. Thanks for applying to the Senior Product Designer, Growth role -- your experimentation work at Loopwise is very relevant to what the growth pod is doing.

Would you be up for a 30 minute call with me? Here's my calendar: https://calendly.com/marcus-bell-fernway/30min

Best,
Marcus Bell
Senior Technical Recruiter, Fernway
New York, NY
""",
        reply_to="Marcus Bell <marcus.bell+mx4@hire.lever.co>",
    ),
    m(
        "40309",
        "2025-09-18 19:40",
        "Calendly <notifications@calendly.com>",
        "New Event: Priya Raman-Okafor - 02:00pm Mon, Sep 22, 2025 - 30 Minute Meeting",
        ("interview", FW, "Senior Product Designer, Growth", 3, "other", "en"),
        """Hi Priya Raman-Okafor,

A new event has been scheduled.

Event Type:
30 Minute Meeting

Invitee:
Priya Raman-Okafor
priya.ramanokafor@fastmail.com

Event Date/Time:
02:00pm - Monday, September 22, 2025 (Eastern Time - US & Canada)

Location:
This is a Zoom web conference.
https://fernway.zoom.us/j/84411920376

Host: Marcus Bell

Cancel: https://calendly.com/cancellations/7AA1F2
Reschedule: https://calendly.com/reschedulings/7AA1F2

Powered by Calendly.com
""",
    ),
    m(
        "40312",
        "2025-10-14 12:18",
        MARCUS_FW,
        "Your Fernway interviews",
        ("rejection", FW, "Senior Product Designer, Growth", 3, "lever", "en"),
        """Hi Priya,

I wanted to personally thank you for meeting with the team last week. Everyone commented on how clearly you framed trade-offs, and Jess in particular loved your pricing-page teardown.

That said, we've made the difficult decision not to move forward with your candidacy for the Growth role at this time. The team went with someone with deeper B2C subscription experience, which is where the roadmap is headed for the next year.

I'll be honest: it was close. I hope our paths cross again.

All the best,
Marcus
""",
        reply_to="Marcus Bell <marcus.bell+mx4@hire.lever.co>",
    ),
    # --- 21 Kiteline: the same recruiter, now at Kiteline ---------------------------------
    m(
        "42101",
        "2025-12-01 10:12",
        MARCUS_KL,
        "New gig, new role you might like",
        ("outreach", KL, "Lead Product Designer", None, "direct", "en"),
        """Hey Priya,

Hope you've been well since the Fernway process. Small update: I've moved over to Kiteline (we do logistics software for independent couriers, Series B, remote across US/Canada) to build out the team.

We're hiring a Lead Product Designer and you came to mind right away. Comp range is USD 165-190k + equity, fully remote, occasional offsite.

JD: https://jobs.ashbyhq.com/kiteline/5f2d1a0e-77c4-4d39-b3e0-2ad4f1a09e61

If it sounds interesting, apply through the link and let me know, I'll fast-track it.

Marcus Bell
Head of Talent, Kiteline
""",
    ),
    m(
        "42102",
        "2025-12-01 21:30",
        "Kiteline <no-reply@ashbyhq.com>",
        "Thanks for applying to Kiteline!",
        ("confirmation", KL, "Lead Product Designer", 21, "ashby", "en"),
        """Hi Priya,

Thanks for applying for the Lead Product Designer role at Kiteline. We've got your application and our team will take a look soon.

We try to get back to everyone within 10 business days.

Kiteline Talent
Powered by Ashby
""",
    ),
    m(
        "42104",
        "2025-12-03 08:47",
        MARCUS_KL,
        "Re: New gig, new role you might like",
        ("interview", KL, "Lead Product Designer", 21, "direct", "en"),
        """Saw it come through! Let's get you in front of Wren (our VP Product). Grab 45 min here: https://calendly.com/kiteline-wren/45min-lead-design

M

On Mon, Dec 1, 2025 at 9:30 PM Priya Raman-Okafor wrote:
> Hi Marcus, great to hear from you and congrats on the move. Just applied!
""",
        **reply("42101", "marcus@kiteline.app"),
    ),
    m(
        "42105",
        "2025-12-03 13:16",
        "Calendly <notifications@calendly.com>",
        "Confirmed: 45 Minute Meeting with Wren Castellano on Tuesday, December 9, 2025",
        ("interview", KL, "Lead Product Designer", 21, "other", "en"),
        html="""<html><body style="font-family:Arial"><div style="max-width:600px;margin:auto">
<p>Hi Priya Raman-Okafor,</p>
<p>Your 45 Minute Meeting (Lead Product Designer - Kiteline) with <b>Wren Castellano</b> at 11:00am (Eastern Time - US &amp; Canada) on Tuesday, December 9, 2025 is scheduled.</p>
<p><b>Location:</b> Google Meet (link in calendar invite)</p>
<p><a href="https://calendly.com/reschedulings/K3WQ">Reschedule</a> | <a href="https://calendly.com/cancellations/K3WQ">Cancel</a></p>
<p style="font-size:11px;color:#888">Sent from Calendly</p></div></body></html>""",
    ),
    m(
        "42106",
        "2025-12-08 17:52",
        "Calendly <notifications@calendly.com>",
        "Updated: Priya Raman-Okafor rescheduled to 03:30pm Thu, Dec 11, 2025",
        ("interview", KL, "Lead Product Designer", 21, "other", "en"),
        """Hi Priya Raman-Okafor,

Your event has been rescheduled.

Event Type: 45 Minute Meeting (Lead Product Designer - Kiteline)
Former time: 11:00am - Tuesday, December 9, 2025
New time: 03:30pm - Thursday, December 11, 2025 (Eastern Time - US & Canada)

Reason for rescheduling: "Sorry Priya - board prep ran long, can we push? - Wren"

Reschedule again: https://calendly.com/reschedulings/K3WQ
""",
    ),
    m(
        "42109",
        "2026-01-14 09:30",
        MARCUS_KL,
        "Kiteline update",
        ("rejection", KL, "Lead Product Designer", 21, "direct", "en"),
        """Hi Priya,

Sorry this took so long over the holidays. Wren and the team really enjoyed meeting you, but they've decided to hire a lead with more hands-on experience in driver-facing mobile apps, and we're closing the search with that person.

I know that's not the news you wanted. Honestly I keep ending up on the wrong side of this with you -- third time's the charm, right?

Marcus
""",
    ),
    # --- 5 Quillpoint, Ashby ---------------------------------------------------------------
    m(
        "40501",
        "2025-09-24 15:09",
        f"Quillpoint Hiring <{ASHBY}>",
        "Your application to Quillpoint",
        ("confirmation", QP, "Staff Product Designer", 5, "ashby", "en"),
        """Hi Priya,

Thank you for applying for the Staff Product Designer role at Quillpoint. We're a small, fully remote team and we read every application ourselves.

Unfortunately, because of the number of applications we receive, we can't always reply to each one individually. If we'd like to move forward, you'll hear from us within three weeks.

Thanks again,
Quillpoint
""",
    ),
    m(
        "40504",
        "2025-10-06 11:21",
        "Theo Brandt <theo@quillpoint.co>",
        "Chat about design at Quillpoint?",
        ("interview", QP, "Staff Product Designer", 5, "direct", "en"),
        """Hi Priya,

I'm one of Quillpoint's co-founders. Your writing on design critique rituals was great, and we'd love to talk about the Staff Product Designer role.

Would you grab 30 min with me? https://calendly.com/theo-quillpoint/intro

Theo
--
Theo Brandt · Co-founder & CEO · Quillpoint (Quillpoint Software, Inc.)
""",
    ),
    m(
        "40505",
        "2025-10-06 13:45",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Intro with Theo on Thursday, October 9, 2025",
        ("interview", QP, "Staff Product Designer", 5, "other", "en"),
        """Hi Priya,

Your intro with Theo Brandt is scheduled.

Thursday, October 9, 2025
12:00pm - 12:30pm (Eastern Time - US & Canada)
Zoom: https://us06web.zoom.us/j/81233004412

Questions from Theo's booking page:
 What would you like to talk about? -> "Staff Product Designer role"

Need to make changes? https://calendly.com/reschedulings/QP77
""",
        ics={
            "start": "2025-10-09 12:00:00 -0400",
            "minutes": 30,
            "uid": "calendly-qp77-theo@calendly.com",
            "organizer": ("Theo Brandt", "theo@quillpoint.co"),
            "summary": "Intro: Theo Brandt and Priya Raman-Okafor",
            "location": "https://us06web.zoom.us/j/81233004412",
        },
    ),
    m(
        "40508",
        "2025-10-21 18:06",
        f"Quillpoint Hiring <{ASHBY}>",
        "Quillpoint - Staff Product Designer",
        ("rejection", QP, "Staff Product Designer", 5, "ashby", "en"),
        """Hi Priya,

Thanks for taking the time to speak with Theo. We've decided to pause our search for a Staff Product Designer and focus on hiring a design engineer first, so we won't be moving ahead with your application.

We're sorry not to have better news and we appreciate your interest in Quillpoint.

The Quillpoint team
""",
    ),
    # --- 6, 7 Ledgerly: rejected, re-applied ------------------------------------------------
    m(
        "40601",
        "2025-09-05 08:33",
        "Ledgerly <no-reply@greenhouse.io>",
        "Ledgerly - Application received",
        ("confirmation", LD, "Senior Product Designer, Payments", 6, "greenhouse", "en"),
        """Hello Priya,

Thank you for your interest in Ledgerly! We've received your application for Senior Product Designer, Payments and will review it as soon as possible.

If your background is a good fit, someone from our People team will reach out.

Regards,
Ledgerly People Team
""",
    ),
    m(
        "40603",
        "2025-09-19 14:50",
        "Ledgerly <no-reply@greenhouse.io>",
        "Your application at Ledgerly",
        ("rejection", LD, "Senior Product Designer, Payments", 6, "greenhouse", "en"),
        """Hi Priya,

Thank you for applying for the Senior Product Designer, Payments position. We appreciate the time you took to submit your application.

We reviewed your experience carefully, and at this stage we will not be progressing your application further. We encourage you to keep an eye on our careers page for future openings.

Best of luck with your search,
Ledgerly People Team
""",
    ),
    m(
        "40701",
        "2026-01-19 20:12",
        "Ledgerly <no-reply@us.greenhouse-mail.io>",
        "Ledgerly - Application received",
        ("confirmation", LD, "Senior Product Designer, Payments", 7, "greenhouse", "en"),
        """Hello Priya,

Thank you for your interest in Ledgerly! We've received your application for Senior Product Designer, Payments and will review it as soon as possible.

If your background is a good fit, someone from our People team will reach out.

Regards,
Ledgerly People Team
https://job-boards.greenhouse.io/ledgerly/jobs/7112840003
""",
    ),
    m(
        "40703",
        "2026-01-23 10:41",
        "Bea Tanaka <bea.tanaka@ledgerly.ca>",
        "Ledgerly Payments design - let's talk",
        ("interview", LD, "Senior Product Designer, Payments", 7, "greenhouse", "en"),
        """Hi Priya,

I see you applied to this role back in September as well -- we've since rebuilt the team and have a new design manager, and your profile is a much better fit for what we need now.

Are you available for a 45-minute call with Nadia (Design Manager) next week? Some options:
 - Tue Jan 27, 1:00 or 3:30 PM ET
 - Wed Jan 28, 10:00 AM ET

Thanks,
Bea Tanaka
Talent Acquisition, Ledgerly
""",
    ),
    m(
        "40704",
        "2026-01-23 11:05",
        PRIYA,
        "Re: Ledgerly Payments design - let's talk",
        ("interview", LD, "Senior Product Designer, Payments", 7, "direct", "en"),
        """Tuesday 1pm ET works. Thanks Bea!

Priya

> On Jan 23, 2026, at 10:41 AM, Bea Tanaka <bea.tanaka@ledgerly.ca> wrote:
> Are you available for a 45-minute call with Nadia (Design Manager) next week?
""",
        to="Bea Tanaka <bea.tanaka@ledgerly.ca>",
        **reply("40703", "bea.tanaka@ledgerly.ca"),
    ),
    m(
        "40707",
        "2026-01-24 09:02",
        PRIYA,
        "Withdrawing - Ledgerly Senior Product Designer",
        ("confirmation", LD, "Senior Product Designer, Payments", 7, "direct", "en"),
        """Hi Bea,

I'm sorry to do this on short notice: I've accepted an offer elsewhere that starts in early February, so I'd like to withdraw from the process and free up Nadia's Tuesday slot.

Thank you for reaching back out -- it meant a lot after September. I hope we cross paths again.

Best,
Priya
""",
        to="Bea Tanaka <bea.tanaka@ledgerly.ca>",
        st="withdrawn",
    ),
    # --- 8 Oxbow Studio, design consultancy, direct ---------------------------------------
    m(
        "40801",
        "2025-10-02 14:13",
        OXB,
        "Re: Senior UX Designer - Oxbow",
        ("confirmation", OX, "Senior UX Designer", 8, "direct", "en"),
        """Hi Priya,

Thanks for sending your CV and portfolio over -- received loud and clear. We're a team of 22 and I personally go through every application, so give me about a week.

Elodie

Elodie Marchetti
Partner, Oxbow Studio
Design consultancy · Toronto · oxbowstudio.ca

On Wed, Oct 1, 2025 at 11:48 PM Priya Raman-Okafor <priya.ramanokafor@fastmail.com> wrote:
> Hi Elodie,
> I'm applying for the Senior UX Designer role posted on your site. Portfolio: priyaro.design
> (password: oxbow2025). CV attached.
""",
    ),
    m(
        "40804",
        "2025-10-10 10:30",
        OXB,
        "Oxbow - come by the studio?",
        ("interview", OX, "Senior UX Designer", 8, "direct", "en"),
        """Hi Priya,

Loved the municipal permits project. Could you come to the studio (88 Ossington Ave, 2nd floor) for a chat with me and Graham, our design director? We'd also do a short whiteboard session on a client problem -- nothing to prepare, just bring how you think.

Would Friday Oct 17 at 10am work?

Elodie
""",
    ),
    m(
        "40805",
        "2025-10-10 12:02",
        PRIYA,
        "Re: Oxbow - come by the studio?",
        ("interview", OX, "Senior UX Designer", 8, "direct", "en"),
        """Friday at 10 is perfect, see you then!

P.
""",
        to=OXB,
        **reply("40804", "elodie@oxbowstudio.ca"),
    ),
    m(
        "40807",
        "2025-10-28 09:18",
        PRIYA,
        "Re: Oxbow next steps",
        ("confirmation", OX, "Senior UX Designer", 8, "direct", "en"),
        """Hi Elodie,

Thank you so much for the second conversation and for being so open about the agency model. After thinking it over carefully, I've realised I want to stay on the in-house product side for my next role, so I'd like to withdraw my application.

It was a genuine pleasure meeting you and Graham. If you ever need a contractor on a civic project, I'd love to hear from you.

Priya

On Mon, Oct 27, 2025 at 4:51 PM Elodie Marchetti <elodie@oxbowstudio.ca> wrote:
> We'd like to bring you back to meet two of our client leads this week...
""",
        to=OXB,
        st="withdrawn",
    ),
    # --- 9 Ravelin Insurance via Hatch & Partners (agency) --------------------------------
    m(
        "40901",
        "2025-10-15 09:05",
        HATCH,
        "Senior UX contract - major Canadian insurer",
        ("outreach", None, "Senior UX Designer", None, "agency", "en"),
        """Hi Priya,

I came across your profile and think you'd be a strong fit for a 12-month contract (likely to extend/convert) with one of Canada's largest P&C insurers. They're rebuilding their claims experience end to end.

 - Senior UX Designer, hybrid 2 days/week downtown Toronto
 - $85-95/hr incorporated, or T4 equivalent
 - Start: mid-November

I can share the client's name once we've had a quick chat and I have your OK to represent you. Free for 15 minutes today or tomorrow?

Rohan Mehta
Principal Consultant, Digital & Creative
Hatch & Partners Talent Inc. | 416-555-0182
""",
    ),
    m(
        "40903",
        "2025-10-16 16:40",
        HATCH,
        "Submission - Senior UX Designer - Ravelin Insurance",
        ("confirmation", RV, "Senior UX Designer", 9, "agency", "en"),
        """Hi Priya,

Great speaking with you this afternoon. As discussed, the client is Ravelin Insurance (claims digital team). Per your approval, I've submitted your resume and portfolio to their hiring manager, Claire Dumont, this afternoon at the $92/hr rate.

Please don't apply directly on their careers site, as that can create a duplicate submission on their end.

I'll come back to you as soon as I hear anything.

Rohan
""",
    ),
    m(
        "40905",
        "2025-10-22 11:15",
        HATCH,
        "Ravelin - interview confirmed",
        ("interview", RV, "Senior UX Designer", 9, "agency", "en"),
        """Hi Priya,

Good news, Claire would like to meet you. Confirmed for Monday Oct 27 at 2:00pm, 45 minutes on Teams (invite coming from Ravelin directly). It'll be Claire plus their lead researcher. Expect a walkthrough of one case study and some scenario questions on claims journeys.

Call me before if you want to prep.

Rohan
""",
    ),
    m(
        "40908",
        "2025-11-04 13:27",
        HATCH,
        "Ravelin feedback",
        ("rejection", RV, "Senior UX Designer", 9, "agency", "en"),
        """Hi Priya,

Just got off the phone with Claire. The feedback was really positive on your craft and how you presented, but they've gone with a candidate who has worked on insurance claims before -- apparently that was the deciding factor for their sponsor.

Sorry it didn't land this time. I'll keep you front of mind for the next one; I have a couple of banking briefs coming in December.

Rohan
""",
    ),
    # --- 10 Plinth: Wellfound + founder from gmail, offer declined ------------------------
    m(
        "41001",
        "2025-11-03 12:55",
        "Wellfound <no-reply@wellfound.com>",
        "Your application to Plinth has been sent",
        ("confirmation", PL, "Founding Product Designer", 10, "wellfound", "en"),
        html="""<html><body style="font-family:Helvetica"><div style="max-width:560px;margin:auto">
<p>Hi Priya,</p>
<p>Your application to <b>Plinth</b> for <b>Founding Product Designer</b> has been sent. Your note and profile were shared with the hiring team.</p>
<p>Plinth · Remote (US/Canada) · $140k - $165k · 0.5% - 1.0%</p>
<p>Tip: companies typically respond within 7 days. You can message them from your <a href="https://wellfound.com/jobs/applications">Applications</a> page.</p>
<p style="color:#888;font-size:12px">Wellfound (formerly AngelList Talent)</p></div></body></html>""",
    ),
    m(
        "41003",
        "2025-11-05 22:18",
        DANA,
        "Plinth <> Priya",
        ("interview", PL, "Founding Product Designer", 10, "direct", "en"),
        """hey Priya -- Dana here, founder at Plinth (we're building scheduling + billing for independent physio clinics). writing from my personal email because our google workspace is being migrated this week, sorry!

saw your application on wellfound and I'd love to chat. i'm in NYC, pretty flexible. any time tue or wed next week?

dana
""",
    ),
    m(
        "41004",
        "2025-11-06 07:50",
        PRIYA,
        "Re: Plinth <> Priya",
        ("interview", PL, "Founding Product Designer", 10, "direct", "en"),
        """Hi Dana, lovely to hear from you! Tuesday 2pm ET works.

Priya

On Wed, Nov 5, 2025 at 10:18 PM Dana Kowalczyk <dana.kowalczyk@gmail.com> wrote:
> saw your application on wellfound and I'd love to chat. i'm in NYC, pretty flexible. any time tue or wed next week?
""",
        to=DANA,
        **reply("41003", "dana.kowalczyk@gmail.com"),
    ),
    m(
        "41006",
        "2025-11-20 18:33",
        DANA,
        "next step - paid design sprint?",
        ("assessment", PL, "Founding Product Designer", 10, "direct", "en"),
        """Priya! Sam (my cofounder) and I both want to keep going.

instead of a take-home we'd like to do a paid 2-day sprint: we send you a real problem (clinic onboarding), you spend up to 12 hours on it, we pay $1,500 USD, and you walk us through it on a call after. Does the week of Dec 1 work?

d
""",
    ),
    m(
        "41009",
        "2025-12-12 15:20",
        "Dana Kowalczyk <dana@plinth.health>",
        "Offer: Founding Product Designer at Plinth",
        ("offer", PL, "Founding Product Designer", 10, "direct", "en"),
        """Hi Priya,

(Back on my real work email, finally.)

Sam and I would like to offer you the role of Founding Product Designer at Plinth Health Inc. The details:

  Base: USD 150,000 (paid via Deel as a Canadian contractor)
  Equity: 0.8% over 4 years, 1-year cliff
  Remote, with a week in NYC every quarter

Offer letter attached. We know you're talking to other teams -- take until Dec 22, and call me anytime with questions.

Dana
""",
        attach=[("Plinth_Offer_Letter_PRO.pdf", "application/pdf", "%PDF-1.4 placeholder offer")],
    ),
    m(
        "41011",
        "2025-12-21 10:05",
        PRIYA,
        "Re: Offer: Founding Product Designer at Plinth",
        ("offer", PL, "Founding Product Designer", 10, "direct", "en"),
        """Hi Dana,

Thank you -- truly -- for the offer and for how thoughtfully you and Sam ran this process. The sprint was the most fun I've had in an interview.

After a lot of back and forth, I've decided not to accept. I'm at a point where I want to join a slightly larger design team and have a manager to learn from, and I think Plinth deserves someone who's all-in on founding-designer life.

I'm rooting for you both, and I'd happily be a sounding board whenever you want one.

Priya
""",
        to="Dana Kowalczyk <dana@plinth.health>",
        st="declined",
        **reply("41009", "dana@plinth.health"),
    ),
    # --- 11 Brightloom (acquired by Kinship Health), SmartRecruiters -----------------------
    m(
        "41101",
        "2025-10-01 10:40",
        "Brightloom <noreply@smartrecruiters.com>",
        "Thank you for your application to Brightloom",
        ("confirmation", BL, "Senior Product Designer, Care Team", 11, "smartrecruiters", "en"),
        html="""<html><body style="font-family:'Open Sans',Arial">
<p>Dear Priya,</p>
<p>Thank you for applying for the position of <b>Senior Product Designer, Care Team</b> at Brightloom. We have received your application and our recruitment team will review it.</p>
<p>You can track your application anytime: <a href="https://jobs.smartrecruiters.com/Brightloom/744000089213355-senior-product-designer-care-team">View job</a></p>
<p>Best regards,<br>Brightloom Talent Acquisition</p>
<p style="font-size:11px;color:#999">Powered by SmartRecruiters · Privacy Policy</p></body></html>""",
    ),
    m(
        "41104",
        "2025-10-20 13:00",
        "Jonah Feld <jonah.feld@brightloom.com>",
        "Brightloom - hiring manager interview",
        ("interview", BL, "Senior Product Designer, Care Team", 11, "smartrecruiters", "en"),
        """Hi Priya,

Thanks for the great recruiter screen with Lina. I'm the design manager for the Care Team, and I'd like to meet for an hour to go deeper into your work -- especially anything you've done for clinicians or caregivers.

I've sent an invite for Thursday, October 23 at 3pm ET. If that doesn't work, reply with a couple of alternatives.

Jonah Feld
Design Manager, Brightloom
""",
        ics={
            "start": "2025-10-23 15:00:00 -0400",
            "minutes": 60,
            "uid": "bl-jf-20251023@brightloom.com",
            "organizer": ("Jonah Feld", "jonah.feld@brightloom.com"),
            "summary": "Brightloom: Priya Raman-Okafor <> Jonah (Senior Product Designer)",
            "location": "https://meet.google.com/bxl-oiuu-fwe",
        },
    ),
    m(
        "41107",
        "2025-11-17 16:45",
        "Jonah Feld <jonah.feld@kinshiphealth.com>",
        "An update on the Care Team role",
        ("confirmation", BL, "Senior Product Designer, Care Team", 11, "direct", "en"),
        """Hi Priya,

You may have seen the news last week: Brightloom has been acquired by Kinship Health, and we'll operate under the Kinship name going forward (hence my new email address).

As part of the integration, all open roles on the product side are paused until the combined org plan is finalised, which probably means Q1. I didn't want you to hear nothing -- your candidacy isn't closed, it's on hold, and I'd love to pick it back up when we can.

Sorry for the limbo. I'll reach out as soon as I know more.

Jonah
Design Manager, Kinship Health (formerly Brightloom)
""",
        st="on_hold",
    ),
    # --- 12 Gullwing Logistics via LinkedIn Easy Apply -----------------------------------
    m(
        "41201",
        "2025-09-29 19:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Priya, your application was sent to Gullwing Logistics",
        ("confirmation", GW, SPD, 12, "linkedin", "en"),
        html="""<html><body><table width="512" align="center" style="font-family:-apple-system,Arial">
<tr><td><img src="https://static.licdn.com/aero-v1/sc/h/logo.png" alt="LinkedIn"></td></tr>
<tr><td><p>Your application was sent to Gullwing Logistics</p>
<p><b>Senior Product Designer</b><br>Gullwing Logistics · Mississauga, ON (Hybrid)<br>Applied on September 29, 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4105528841/">View job</a></p>
<p style="font-size:12px;color:#666">Now, take these next steps for more success with your job search: Set up job alerts, and get notified about new jobs.</p>
<p style="font-size:11px;color:#999">This email was intended for Priya Raman-Okafor (Senior Product Designer). You are receiving LinkedIn notification emails. © 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "41203",
        "2025-10-03 08:10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Gullwing Logistics",
        ("viewed", GW, SPD, 12, "linkedin", "en"),
        html="""<html><body><table width="512" align="center" style="font-family:-apple-system,Arial">
<tr><td><p>Priya, your application was viewed</p>
<p><b>Senior Product Designer</b><br>Gullwing Logistics · Mississauga, ON</p>
<p>The employer viewed your application. This doesn't guarantee they'll contact you, but it's a good sign.</p>
<p><a href="https://www.linkedin.com/jobs/view/4105528841/">View job</a></p>
<p style="font-size:11px;color:#999">© 2025 LinkedIn Corporation</p></td></tr></table></body></html>""",
    ),
    # --- 13 Sable & Vine: InMail outreach, then Greenhouse --------------------------------
    m(
        "41300",
        "2025-10-07 14:58",
        "Tamsin Greaves via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Associate Design Director opportunity at Sable & Vine",
        ("outreach", SV, "Associate Design Director, Product", None, "linkedin", "en"),
        """Tamsin Greaves
Talent Lead at Sable & Vine

Hi Priya,

Sable & Vine is a brand and product agency in New York (clients in hospitality and fintech). We're looking for an Associate Design Director to lead our product practice, and your mix of systems thinking and client-facing work looks like a great match.

It's hybrid from our SoHo studio, but we're open to a remote start for the right person. Would you be open to a short chat?

Tamsin

Reply | Not interested

This is a paid message (InMail). You're receiving InMail messages because of your preferences. Unsubscribe
© 2025 LinkedIn Corporation
""",
    ),
    m(
        "41302",
        "2025-10-09 10:33",
        "Sable & Vine <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Sable & Vine",
        ("confirmation", SV, "Associate Design Director, Product", 13, "greenhouse", "en"),
        """Dear Priya,

Thank you for your interest in the Associate Design Director, Product position at Sable & Vine. Your application has been received.

Tamsin mentioned she reached out -- we'll be in touch shortly to schedule a conversation.

Best,
Sable & Vine Talent
""",
    ),
    m(
        "41304",
        "2025-10-13 17:22",
        "Tamsin Greaves <tamsin@sableandvine.nyc>",
        "Sable & Vine - interview with Pia and Ro (Oct 16, 11:30 ET)",
        ("interview", SV, "Associate Design Director, Product", 13, "greenhouse", "en"),
        """Hi Priya,

You're confirmed for a 60-min video conversation with Pia Rossi (Executive Creative Director) and Ro Adebayo (Head of Product Strategy) on Thursday, Oct 16, 11:30am ET. Zoom details in the calendar hold.

Pia likes to go deep on one piece of work, including what went wrong. Keep slides light.

Tamsin
""",
    ),
    m(
        "41307",
        "2025-11-06 10:10",
        "Sable & Vine <no-reply@us.greenhouse-mail.io>",
        "Associate Design Director, Product - Sable & Vine",
        ("rejection", SV, "Associate Design Director, Product", 13, "greenhouse", "en"),
        """Hi Priya,

Thank you for the time you've invested in conversations with us. After careful consideration, we have decided to move forward with other candidates whose experience more closely aligns with the needs of the role at this time.

We know this isn't the outcome you hoped for. We wish you every success.

Best regards,
Sable & Vine Talent
""",
    ),
    # --- 14 Cobalt Pharmacy Group via Indeed ---------------------------------------------
    m(
        "41401",
        "2025-09-12 12:04",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: UX Designer, Digital Pharmacy",
        ("confirmation", CB, "UX Designer, Digital Pharmacy", 14, "indeed", "en"),
        html="""<html><body style="font-family:Arial"><table width="600" align="center">
<tr><td><p><b>Application submitted</b></p>
<p>UX Designer, Digital Pharmacy<br>Cobalt Pharmacy Group - Toronto, ON</p>
<p>The following items were sent to Cobalt Pharmacy Group. Good luck!</p>
<ul><li>Application</li><li>Resume</li></ul>
<p>Next steps: the employer or job advertiser may reach out to you about your application.</p>
<p><a href="https://ca.indeed.com/myjobs">Track your application</a></p>
<p style="font-size:11px;color:#666">© 2025 Indeed · Do not reply to this email</p></td></tr></table></body></html>""",
    ),
    m(
        "41403",
        "2025-10-02 06:31",
        "Cobalt Pharmacy Group <noreply@indeed.com>",
        "An update on your application from Cobalt Pharmacy Group",
        ("rejection", CB, "UX Designer, Digital Pharmacy", 14, "indeed", "en"),
        html="""<html><body style="font-family:Arial"><table width="600" align="center"><tr><td>
<p>Cobalt Pharmacy Group sent you a message about UX Designer, Digital Pharmacy</p>
<blockquote>Thank you for your interest in joining Cobalt. We've reviewed your application and, while your background is impressive, we've decided to pursue other candidates for this role. We'll keep your information should a suitable opening come up.</blockquote>
<p><a href="https://ca.indeed.com/myjobs">View message</a></p>
<p style="font-size:11px;color:#666">Indeed</p></td></tr></table></body></html>""",
    ),
    # --- 19 Stanton & Hale: Workday + HireVue --------------------------------------------
    m(
        "41901",
        "2025-10-06 22:08",
        "Stanton & Hale Careers <stantonhale@myworkday.com>",
        "Application Received: Senior UX Designer, E-commerce",
        ("confirmation", SH, "Senior UX Designer, E-commerce", 19, "workday", "en"),
        html="""<html><body style="font-family:Arial"><p>Dear Priya,</p>
<p>Thank you for applying to Stanton &amp; Hale for the Senior UX Designer, E-commerce position (Job Req JR-22117). Your application has been successfully submitted.</p>
<p>Candidates who are selected to move forward will be contacted by a member of our recruiting team.</p>
<p>Sincerely,<br>Stanton &amp; Hale Talent Acquisition</p></body></html>""",
    ),
    m(
        "41903",
        "2025-10-14 09:00",
        "Stanton & Hale Recruiting <noreply@hirevue.com>",
        "Stanton & Hale invites you to complete a digital interview",
        ("assessment", SH, "Senior UX Designer, E-commerce", 19, "hirevue", "en"),
        """Hello Priya,

Thank you for your interest in the Senior UX Designer, E-commerce role at Stanton & Hale. As the next step, we invite you to complete an on-demand video interview through HireVue.

You'll answer 5 questions; each has 30 seconds of think time and up to 3 minutes to respond. Please complete it by October 20, 2025.

Start your interview: https://app.hirevue.com/interviews/sth/8HV2-K0L1

Tip: use Chrome or the HireVue app, and test your camera first.

Stanton & Hale Talent Acquisition
""",
    ),
    m(
        "41906",
        "2025-11-10 14:14",
        "Stanton & Hale Careers <stantonhale@myworkday.com>",
        "Regarding your application for Senior UX Designer, E-commerce",
        ("rejection", SH, "Senior UX Designer, E-commerce", 19, "workday", "en"),
        html="""<html><body style="font-family:Arial"><p>Dear Priya,</p>
<p>We appreciate your interest in Stanton &amp; Hale and the time you invested in the digital interview for Senior UX Designer, E-commerce.</p>
<p>After careful review, we have decided not to move your application forward. This position has attracted many highly qualified candidates.</p>
<p>We encourage you to explore other opportunities on our careers site.</p>
<p>Sincerely,<br>Stanton &amp; Hale Talent Acquisition</p></body></html>""",
    ),
    # --- 20 Orbital Maps: Gem outreach, Ashby, ModernLoop --------------------------------
    m(
        "42001",
        "2025-10-27 11:02",
        "Noor Haddad <noor.haddad@orbitalmaps.com>",
        "Mobile design at Orbital Maps",
        ("outreach", OM, "Senior Product Designer, Mobile", None, "other", "en"),
        """Hi Priya,

I lead design recruiting at Orbital Maps -- we make the offline-first mapping app that a lot of hikers and field crews use. I came across your work on the transit trip-planner and thought of our Senior Product Designer, Mobile opening (remote in US/Canada).

Would you be open to learning more? Happy to send details or set up a quick call.

Best,
Noor

Noor Haddad | Recruiting, Orbital Maps
If you'd prefer not to hear from me again, let me know here: https://www.gem.com/unsubscribe?e=pr8c1
""",
        headers={"X-Gem-Sequence": "design-mobile-q4"},
    ),
    m(
        "42003",
        "2025-10-29 09:15",
        f"Orbital Maps <{ASHBY}>",
        "Thanks for applying to Orbital Maps",
        ("confirmation", OM, "Senior Product Designer, Mobile", 20, "ashby", "en"),
        """Hi Priya,

Thanks for applying to the Senior Product Designer, Mobile role! Noor let us know you'd be applying. We'll review and get back to you shortly.

-- Orbital Maps Recruiting
https://jobs.ashbyhq.com/orbitalmaps/2c0b0c3d-9e51-4e2d-a1a8-6b0e5f3d7c12
""",
    ),
    m(
        "42005",
        "2025-11-04 15:27",
        "Orbital Maps Recruiting <no-reply@modernloop.io>",
        "Interview confirmed: Orbital Maps - Senior Product Designer, Mobile",
        ("interview", OM, "Senior Product Designer, Mobile", 20, "other", "en"),
        """Hi Priya,

Your interview with Orbital Maps is confirmed.

Monday, November 10, 2025
  1:00 PM - 1:45 PM EST   Hiring manager - Celeste Yoon (Design Director)
  2:00 PM - 3:00 PM EST   App critique - Ravi Anand, Hugo Brandão

Video link: https://orbitalmaps.zoom.us/j/96641200871

For the app critique, we'll ask you to critique a popular mobile app of your choice live. No prep slides needed.

If you need to reschedule, reply to this email.

Scheduled with ModernLoop
""",
    ),
    m(
        "42008",
        "2025-11-21 12:00",
        f"Orbital Maps <{ASHBY}>",
        "Update from Orbital Maps",
        ("rejection", OM, "Senior Product Designer, Mobile", 20, "ashby", "en"),
        """Hi Priya,

Thank you so much for spending time with Celeste, Ravi and Hugo. Your critique of the transit app was one of the sharpest we heard.

Unfortunately we're going to move forward with another candidate for this role. We'd love to stay in touch for future openings.

Warmly,
Noor & the Orbital Maps team
""",
    ),
    # --- 22 Penrose Health: Greenhouse, whiteboard, hiring manager from personal mail ----
    m(
        "42201",
        "2025-11-05 10:18",
        "Penrose Health <no-reply@greenhouse.io>",
        "Thank you for applying to Penrose Health!",
        ("confirmation", PH, "Senior Product Designer, Clinician Tools", 22, "greenhouse", "en"),
        """Hi Priya,

Thank you for applying to Penrose Health! Your application for the Senior Product Designer, Clinician Tools role has been received.

We'll review your application and get back to you regarding next steps.

Penrose Health
New York, NY
""",
    ),
    m(
        "42204",
        "2025-11-18 21:40",
        "Gabriela Moss <gabi.moss@fastmail.fm>",
        "heads up from Penrose",
        ("interview", PH, "Senior Product Designer, Clinician Tools", 22, "direct", "en"),
        """Hi Priya -- Gabi Moss here, I'm the design lead for Clinician Tools at Penrose. Sending from my personal account since I'm on my phone tonight.

Just a heads up that our recruiter will send you an invite for a whiteboard session with me and our PM next week. It's collaborative, we'll sketch a workflow for nurses handing over patients between shifts. No prep needed; I mostly want to see how you ask questions.

Looking forward to it!
Gabi
""",
    ),
    m(
        "42205",
        "2025-11-19 09:30",
        "Penrose Health Recruiting <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Whiteboard session - Penrose Health",
        ("interview", PH, "Senior Product Designer, Clinician Tools", 22, "greenhouse", "en"),
        """Hi Priya,

Thank you for taking the time to interview with Penrose Health. Here are the details for your upcoming interview:

Wednesday, November 26, 2025
3:00 PM - 4:00 PM (EST)
Whiteboard session: Gabriela Moss (Design Lead), Ethan Cho (Product Manager)
Location: Zoom, https://penrosehealth.zoom.us/j/82233144011 (we'll use FigJam together)

Please let me know if you have any questions.

Best,
Ayesha Kapoor
Recruiting Coordinator
""",
        ics={
            "start": "2025-11-26 15:00:00 -0500",
            "minutes": 60,
            "uid": "gh-int-5512031-penrose@greenhouse.io",
            "organizer": ("Ayesha Kapoor", "ayesha.kapoor@penrosehealth.com"),
            "attendees": [
                ("Gabriela Moss", "gabriela.moss@penrosehealth.com"),
                ("Ethan Cho", "ethan.cho@penrosehealth.com"),
            ],
            "summary": "Penrose Health - Whiteboard session (Priya Raman-Okafor)",
            "location": "https://penrosehealth.zoom.us/j/82233144011",
        },
    ),
    m(
        "42208",
        "2026-01-07 13:52",
        "Penrose Health Recruiting <no-reply@us.greenhouse-mail.io>",
        "Your candidacy at Penrose Health",
        ("rejection", PH, "Senior Product Designer, Clinician Tools", 22, "greenhouse", "en"),
        """Hi Priya,

Happy new year, and thank you for your patience while we finalised decisions over the holidays.

The team enjoyed the whiteboard session with you and Gabriela's notes were very kind. After reviewing all the candidates, however, we've made the decision to move forward with someone else for the Senior Product Designer, Clinician Tools role.

We really appreciate your interest and hope you'll consider Penrose again in the future.

Ayesha Kapoor
Recruiting Coordinator, Penrose Health
""",
    ),
    # --- 23, 24 ghosted ----------------------------------------------------------------
    m(
        "42301",
        "2025-10-23 20:50",
        "Lumen & Lark <lumenlark@myworkday.com>",
        "We've received your application",
        ("confirmation", LL, SPD, 23, "workday", "en"),
        html="""<html><body style="font-family:Arial">
<p>Hello Priya Raman-Okafor,</p>
<p>Thank you for your interest in a career at Lumen &amp; Lark. We have received your application for Senior Product Designer (REQ-3391) and are currently reviewing your qualifications.</p>
<p>To view the status of your application, please log in to our <a href="https://lumenlark.wd1.myworkdayjobs.com/LumenLark/userHome">careers site</a>.</p>
<p>Thank you,<br>Lumen &amp; Lark Recruiting</p></body></html>""",
    ),
    m(
        "42401",
        "2025-11-25 16:37",
        f"Grainery <{LEVER}>",
        "Grainery: application received",
        ("confirmation", GR, "Product Designer, Design Systems", 24, "lever", "en"),
        """Hi Priya,

Thanks for applying to be Grainery's next Product Designer, Design Systems! We got your application and we're reviewing it now.

Grainery is a small team, so please bear with us -- we'll reach out if there's a match.

Grainery
https://jobs.lever.co/grainery/7d3f0aa9-21b4-4f8e-90ce-5c0d8b3f1e44
""",
    ),
    # --- 25 Cartwheel: Greenhouse, withdrawn ---------------------------------------------
    m(
        "42501",
        "2025-12-04 11:11",
        "Cartwheel <no-reply@us.greenhouse-mail.io>",
        "Application received - Senior Product Designer",
        ("confirmation", CW, SPD, 25, "greenhouse", "en"),
        """Hi Priya,

Thanks for your interest in Cartwheel. We've received your application for Senior Product Designer (New York or Remote - Americas).

What to expect: our recruiting team reviews applications on a rolling basis. If we think there's a fit, we'll reach out to schedule a recruiter screen.

Cartwheel Recruiting Team
https://job-boards.greenhouse.io/cartwheel/jobs/6033481004
""",
    ),
    m(
        "42503",
        "2025-12-17 10:25",
        "Lou Ferreira <lou.ferreira@cartwheel.so>",
        "Cartwheel recruiter screen",
        ("interview", CW, SPD, 25, "greenhouse", "en"),
        """Hi Priya,

Thanks for applying to Cartwheel! I'd like to set up a 30 min recruiter screen. Here is my availability link: https://app.greenhouse.io/scheduling/candidates/9a1bc0f2

Happy holidays,
Lou Ferreira
Recruiter, Cartwheel
""",
    ),
    m(
        "42505",
        "2026-01-09 08:40",
        PRIYA,
        "Re: Cartwheel recruiter screen",
        ("confirmation", CW, SPD, 25, "direct", "en"),
        """Hi Lou,

Apologies for the slow response over the break. I've just accepted another offer, so I'll withdraw my application for the Senior Product Designer role. Thanks for thinking of me, and best of luck filling it.

Priya
""",
        to="Lou Ferreira <lou.ferreira@cartwheel.so>",
        st="withdrawn",
        **reply("42503", "lou.ferreira@cartwheel.so"),
    ),
    # --- 26 Verdant Mobility, SmartRecruiters ------------------------------------------
    m(
        "42601",
        "2025-09-22 13:30",
        "Verdant Mobility <noreply@smartrecruiters.com>",
        "Your application for Senior Service Designer",
        ("confirmation", VM, "Senior Service Designer", 26, "smartrecruiters", "en"),
        html="""<html><body style="font-family:Arial"><p>Hi Priya,</p>
<p>Thanks for applying to <b>Senior Service Designer</b> at Verdant Mobility Inc. We're reviewing your application now.</p>
<p>Best regards,<br>Verdant Mobility Hiring Team</p>
<p style="font-size:11px;color:#aaa">This message was sent via SmartRecruiters.</p></body></html>""",
    ),
    m(
        "42604",
        "2025-10-17 15:02",
        "Verdant Mobility <noreply@smartrecruiters.com>",
        "Verdant Mobility - your application status",
        ("rejection", VM, "Senior Service Designer", 26, "smartrecruiters", "en"),
        html="""<html><body style="font-family:Arial"><p>Dear Priya,</p>
<p>Thank you for your interest in the Senior Service Designer role. We were impressed by your background; however, we have decided to proceed with candidates whose experience more closely matches our current requirements.</p>
<p>We wish you all the best in your job search.</p>
<p>Verdant Mobility Hiring Team</p></body></html>""",
    ),
    # --- 27, 28 Corvid Health: rejected, then the role reopened --------------------------
    m(
        "42701",
        "2025-10-09 17:14",
        f"Corvid Health <{ASHBY}>",
        "Thanks for applying to Corvid Health",
        ("confirmation", CH, SPD, 27, "ashby", "en"),
        """Hi Priya,

We've received your application for Senior Product Designer at Corvid Health. Thanks for thinking of us!

Our team reviews every application and will follow up if there's a potential fit.

Corvid Health Talent
""",
    ),
    m(
        "42703",
        "2025-10-24 12:33",
        f"Corvid Health <{ASHBY}>",
        "Corvid Health - Senior Product Designer",
        ("rejection", CH, SPD, 27, "ashby", "en"),
        """Hi Priya,

Thanks again for applying for the Senior Product Designer role. We've had a lot of interest, and we've decided to move forward with candidates whose experience more closely matches what we're looking for right now.

We'll keep your details on file and may reach out if something changes.

Corvid Health Talent
""",
    ),
    m(
        "42801",
        "2026-01-13 10:07",
        "Simone Achebe <simone@corvidhealth.com>",
        "Senior Product Designer role has reopened - still interested?",
        ("interview", CH, SPD, 28, "direct", "en"),
        """Hi Priya,

You applied for our Senior Product Designer role back in October. The person we hired ended up not joining, and we've reopened the position. Looking back at the pipeline, your portfolio was one we kept coming back to.

If you're still interested, I'd love to skip the usual screen and put you straight into a portfolio review with our Head of Design, Liam. Would Monday Jan 19 or Tuesday Jan 20 work?

Simone Achebe
People & Talent, Corvid Health
""",
    ),
    m(
        "42803",
        "2026-01-13 18:20",
        PRIYA,
        "Re: Senior Product Designer role has reopened - still interested?",
        ("confirmation", CH, SPD, 28, "direct", "en"),
        """Hi Simone,

Thank you for thinking of me, that's really kind. I've just accepted an offer that starts next month, so I'll have to pass this time. I hope the reopened search goes smoothly.

Best,
Priya

On Tue, Jan 13, 2026 at 10:07 AM Simone Achebe <simone@corvidhealth.com> wrote:
> If you're still interested, I'd love to skip the usual screen and put you straight into a portfolio review
""",
        to="Simone Achebe <simone@corvidhealth.com>",
        st="withdrawn",
        **reply("42801", "simone@corvidhealth.com"),
    ),
    # --- alerts, talent communities, nudges, other job mail -------------------------------
    m(
        "43001",
        "2025-09-08 07:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201csenior product designer\u201d: 12 new jobs in Toronto, Ontario, Canada",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><table width="512" align="center" style="font-family:Arial">
<tr><td><p>Your job alert for <b>senior product designer</b> in Toronto, Ontario, Canada</p>
<p><a href="https://www.linkedin.com/jobs/view/4100991230/">Senior Product Designer</a><br>Wavecrest Insurance · Toronto, ON (Hybrid)<br>Actively recruiting</p>
<p><a href="https://www.linkedin.com/jobs/view/4100884512/">Product Designer, Senior</a><br>Pinemark · Toronto, ON (On-site)<br>Easy Apply</p>
<p><a href="https://www.linkedin.com/jobs/view/4101002287/">Senior UX/UI Designer</a><br>Halden Group · Toronto, ON (Remote)</p>
<p><a href="https://www.linkedin.com/jobs/search/?savedSearchId=9918273">See all jobs</a></p>
<p style="font-size:11px;color:#999">You are receiving Job Alert emails. Unsubscribe. © 2025 LinkedIn Corporation</p></td></tr></table></body></html>""",
        sender="LinkedIn <jobalerts-noreply@linkedin.com>",
    ),
    m(
        "43002",
        "2025-10-20 07:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Staff Product Designer at Brightwater Systems and 9 more jobs for you",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><table width="512" align="center" style="font-family:Arial"><tr><td>
<p><b>Staff Product Designer</b> - Brightwater Systems - Remote (United States) - $175K/yr - $210K/yr</p>
<p><b>Principal Designer</b> - Oakfield Credit Union - Toronto, ON</p>
<p><b>Senior Product Designer, AI</b> - Tallis - New York, NY</p>
<p>...and 7 more. <a href="https://www.linkedin.com/comm/jobs/search/">See all jobs</a></p>
<p style="font-size:11px;color:#999">© 2025 LinkedIn Corporation</p></td></tr></table></body></html>""",
    ),
    m(
        "43003",
        "2025-11-24 06:45",
        "Indeed <alert@indeed.com>",
        "15 new product designer jobs in Toronto, ON",
        ("alert", None, None, None, "indeed", "en"),
        html="""<html><body style="font-family:Arial"><table width="600" align="center"><tr><td>
<p><b>Product Designer</b> - Marrow Health - Toronto, ON - $110,000 - $135,000 a year - <i>Easily apply</i></p>
<p><b>Senior UX Designer</b> - Province of Ontario (Digital Service) - Toronto, ON</p>
<p><b>Lead Product Designer</b> - Stackhouse - Remote</p>
<p><a href="https://ca.indeed.com/jobs?q=product+designer&l=Toronto%2C+ON">See all jobs</a></p>
<p style="font-size:11px;color:#666">You're getting this email because you created a job alert on Indeed. Unsubscribe.</p></td></tr></table></body></html>""",
    ),
    m(
        "43004",
        "2025-12-15 09:00",
        "Wellfound <hello@wellfound.com>",
        "5 startups hiring designers this week",
        ("alert", None, None, None, "wellfound", "en"),
        """Hi Priya,

Here are startups looking for someone like you:

 * Fieldnote (Seed, remote) - Founding Designer - $130k-$160k
 * Brevity AI (Series A, NYC) - Senior Product Designer
 * Orrin (Series B, remote US/CA) - Product Designer, Growth
 * Kettle & Co (Seed, Toronto) - Design Lead
 * Spoolr (Series A, remote) - Senior Product Designer

Browse more: https://wellfound.com/jobs

Wellfound
""",
    ),
    m(
        "43005",
        "2025-10-11 10:30",
        "Trellis Energy Careers <trellisenergy@myworkday.com>",
        "Finish your application for Senior Product Designer",
        ("alert", "Trellis Energy", SPD, None, "workday", "en"),
        html="""<html><body style="font-family:Arial"><p>Hi Priya,</p>
<p>You started an application for <b>Senior Product Designer</b> at Trellis Energy but haven't submitted it yet. Your progress has been saved.</p>
<p><a href="https://trellisenergy.wd5.myworkdayjobs.com/External/job/Toronto/Senior-Product-Designer_R10422/apply">Continue your application</a></p>
<p>The posting may close without notice.</p><p>Trellis Energy Talent Acquisition</p></body></html>""",
    ),
    m(
        "43006",
        "2025-09-26 15:15",
        "Tessellate <no-reply@greenhouse.io>",
        "Welcome to the Tessellate Talent Community",
        ("alert", TS, None, None, "greenhouse", "en"),
        """Hi Priya,

Thanks for joining the Tessellate Talent Community! We'll let you know when roles open that match the interests you shared (Design, Toronto / Remote).

No open role right now? No problem -- we'll be in touch.

The Tessellate Talent Team
""",
    ),
    m(
        "43007",
        "2025-12-09 13:40",
        "Northlake Bank Careers <northlake@myworkday.com>",
        "Jobs at Northlake Bank that match your profile",
        ("alert", NB, None, None, "workday", "en"),
        html="""<html><body style="font-family:Arial"><p>Hi Priya,</p>
<p>Based on your profile, you may be interested in these roles:</p>
<ul><li>Lead Product Designer, Wealth (Toronto, ON)</li><li>UX Researcher II (Toronto, ON)</li><li>Content Designer (Remote - Canada)</li></ul>
<p><a href="https://northlake.wd3.myworkdayjobs.com/Northlake_Careers">View jobs</a></p>
<p>Northlake Bank Talent Acquisition</p></body></html>""",
    ),
    m(
        "43008",
        "2025-09-04 09:02",
        "Northlake Bank Careers <northlake@myworkday.com>",
        "Verify your candidate account",
        ("other_job", NB, None, None, "workday", "en"),
        html="""<html><body style="font-family:Arial"><p>Hello,</p>
<p>Please verify your email address to finish creating your Northlake Bank candidate account.</p>
<p><a href="https://northlake.wd3.myworkdayjobs.com/Northlake_Careers/verify?token=ak29">Verify account</a></p>
<p>This link expires in 24 hours.</p></body></html>""",
        tz=EDT,
    ),
    m(
        "43009",
        "2025-11-12 10:00",
        "Fernway <no-reply@hire.lever.co>",
        "How was your interview experience at Fernway?",
        ("other_job", FW, "Senior Product Designer, Growth", None, "lever", "en"),
        """Hi Priya,

We'd love to hear about your recent interview experience with Fernway. It's a 2-minute anonymous survey and your feedback helps us improve:

https://survey.fernway.com/candidate-experience?c=4471

Thank you!
Fernway Talent Team
""",
    ),
    m(
        "43010",
        "2025-12-22 09:10",
        "Rohan Mehta <rohan.mehta@hatchpartners.ca>",
        "Automatic reply: Lead Product Designer brief",
        ("other_job", None, None, None, "agency", "en"),
        """Thanks for your email. I'm out of the office from December 22 to January 5 with limited access to email. For urgent matters please contact info@hatchpartners.ca.

Happy holidays!
Rohan
""",
    ),
    m(
        "43011",
        "2025-12-19 14:20",
        HATCH,
        "Lead Product Designer - big 5 bank digital team",
        ("outreach", None, "Lead Product Designer", None, "agency", "en"),
        """Hi Priya,

As promised, the banking brief: a Lead Product Designer, permanent, with one of the big five banks' digital teams in Toronto. $150-170k + bonus. They want someone who has led design for an app with a large user base and can mentor two juniors.

I know you're deep in other processes -- let me know if you'd like me to put you forward in January.

Rohan
""",
    ),
    m(
        "43012",
        "2025-11-28 12:00",
        "Jess Whitford via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Principal Designer - Fintech (remote)",
        ("outreach", "Moneta", "Principal Designer", None, "linkedin", "en"),
        """Jess Whitford
Senior Recruiter at Moneta

Hi Priya, I'm hiring a Principal Designer for Moneta's consumer lending app (remote, Americas). Your work on mortgage tooling caught my eye. Open to a chat?

Reply | Not interested

© 2025 LinkedIn Corporation
""",
    ),
]
