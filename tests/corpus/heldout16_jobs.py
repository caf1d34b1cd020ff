"""Job mail of the sixteenth corpus (a tuning corpus), in English."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

EST, EDT, PDT, CDT, MDT = "-0500", "-0400", "-0700", "-0500", "-0600"
ME_ADDR = ("Nadia Kowalczyk", "nadia.kowalczyk@maplepost.ca")

TH = "Tallyhawk"
TH_R = "Senior Backend Engineer"
BR = "Brindle"
BR_R = "Founding Infrastructure Engineer"
CV = "Corvid Systems"
CV_R1 = "Platform Engineer"
CV_R2 = "Site Reliability Engineer"
NW = "Northwake"
NW_R = "Infrastructure Engineer II"
FW = "Fernwood Cloud"
FW_R = "Backend Engineer, Storage"
SP = "Sprocketry"
SP_R = "Backend Engineer"
KW = "Kitewing"
KW_R = "Software Engineer, Backend"
RW = "Runwell"
RW_R = "Staff Backend Engineer"


def ics(start: str, uid: str, summary: str, org: tuple[str, str], **kw: Any) -> dict[str, Any]:
    ev = {"start": start, "uid": uid, "summary": summary, "organizer": org}
    ev.update(kw)
    return ev


MAIL: list[dict[str, Any]] = [
    # 1 Tallyhawk (tallyhawkhq.com), Ashby -> CodeSignal -> onsite -> neutral-subject rejection
    m(
        "16001",
        "2026-03-04 11:20",
        "Tallyhawk <no-reply@ashbyhq.com>",
        "Thanks for applying to Tallyhawk",
        ("confirmation", TH, TH_R, 1, "ashby", "en"),
        text="""Hi Nadia,

Thanks for your interest in the Senior Backend Engineer role at Tallyhawk! We've got your
application and someone from the team will take a look in the next few days.

A bit about us while you wait: we build reconciliation tooling for mid-market finance teams,
and we're 38 people spread across Toronto, Montréal and New York.

Talk soon,
Tallyhawk Talent

Powered by Ashby
""",
        tz=EST,
    ),
    m(
        "16002",
        "2026-03-06 14:02",
        "Ines Abara <ines@tallyhawkhq.com>",
        "Tallyhawk <> Nadia",
        ("interview", TH, TH_R, 1, "direct", "en"),
        text="""Hi Nadia,

I'm the recruiter at Tallyhawk. Your background with Postgres internals and the queueing work at
your last company caught our eye. Could we grab 30 minutes this week or next so I can tell you
more about the team and hear what you're looking for?

Here's my calendar: https://jobs.ashbyhq.com/tallyhawk/schedule/7c1e2d0a

Ines Abara
Talent Partner | Tallyhawk
tallyhawkhq.com
""",
        tz=EST,
    ),
    m(
        "16003",
        "2026-03-16 09:45",
        "CodeSignal <noreply@codesignal.com>",
        "Tallyhawk has invited you to take a CodeSignal assessment",
        ("assessment", TH, TH_R, 1, "codesignal", "en"),
        html="""<html><body>
<p>Hi Nadia Kowalczyk,</p>
<p><b>Tallyhawk</b> has invited you to complete the <b>Backend Framework - General Coding
Assessment</b>.</p>
<p>Duration: 70 minutes. You have 7 days to start.</p>
<p><a href="https://app.codesignal.com/invite/Hq2x9Tz">Start assessment</a></p>
<p>Good luck!<br>The CodeSignal Team</p>
</body></html>""",
        tz=PDT,
    ),
    m(
        "16004",
        "2026-03-24 16:10",
        "Ines Abara <ines@tallyhawkhq.com>",
        "Invitation: Tallyhawk onsite (virtual) - Nadia Kowalczyk @ Tue Mar 31, 2026 10am - 2pm (EDT)",  # noqa: E501
        ("interview", TH, TH_R, 1, "direct", "en"),
        text="""Nadia Kowalczyk, you have been invited to the following event.

Tallyhawk onsite (virtual) - Nadia Kowalczyk
Tue Mar 31, 2026 10am - 2pm (EDT)
Google Meet: https://meet.google.com/tqh-xbvw-pke

10:00 System design with Omar
11:00 Coding (pairing) with Hye-jin
12:00 Lunch break
13:00 Values / hiring manager with Dana

Invitation from Google Calendar
""",
        ics=ics(
            "2026-03-31 10:00:00 -0400",
            "th-onsite-31@tallyhawkhq.com",
            "Tallyhawk onsite (virtual) - Nadia Kowalczyk",
            ("Ines Abara", "ines@tallyhawkhq.com"),
            minutes=240,
            location="https://meet.google.com/tqh-xbvw-pke",
        ),
        tz=EDT,
    ),
    m(
        "16005",
        "2026-04-06 17:32",
        "Ines Abara <ines@tallyhawkhq.com>",
        "Following up",
        ("rejection", TH, TH_R, 1, "direct", "en"),
        text="""Hi Nadia,

Thanks again for spending most of a day with us last week. The team genuinely enjoyed the
design session - Omar said your take on idempotency keys was one of the clearest he's heard.

I'm sorry to say we've decided to move ahead with another candidate whose experience with
ledger systems lines up a little more closely with where we are right now. It was a close call.

If it's alright with you, I'd like to stay in touch as we grow the platform team later this
year.

All the best,
Ines
""",
        tz=EDT,
    ),
    # 2 Brindle (trybrindle.com), Wellfound -> founder from personal mail -> ghosted
    m(
        "16006",
        "2026-03-05 20:14",
        "Wellfound <team@wellfound.com>",
        "Your application to Brindle was sent",
        ("confirmation", BR, BR_R, 2, "wellfound", "en"),
        html="""<html><body>
<h2>Application sent!</h2>
<p>Your application for <b>Founding Infrastructure Engineer</b> has been sent to Brindle.</p>
<p>Brindle &middot; Seed &middot; 6 employees &middot; Remote (US / Canada)</p>
<p>We'll let you know when they respond. In the meantime, keep exploring startups that match
your preferences.</p>
<p><a href="https://wellfound.com/jobs">Browse more jobs</a></p>
</body></html>""",
        tz="-0800",
    ),
    m(
        "16007",
        "2026-03-07 09:03",
        "Theo Marchetti <theo.marchetti@gmail.com>",
        "hey from brindle",
        ("interview", BR, BR_R, 2, "direct", "en"),
        text="""Hey Nadia,

Saw your note on Wellfound - super relevant, we're drowning in Terraform that nobody on the team
really owns. Would love to chat. Any time Tues/Wed next week works for me, I'm on Pacific.

Theo
--
Theo Marchetti, cofounder & CTO
Brindle (trybrindle.com)
""",
        tz="-0800",
    ),
    m(
        "16008",
        "2026-03-07 12:40",
        ME_ADDR[0] + " <" + ME_ADDR[1] + ">",
        "Re: hey from brindle",
        ("interview", BR, BR_R, 2, "direct", "en"),
        text="""Hi Theo,

Thanks for the quick reply! Wednesday at 1pm Pacific (4pm my time) would be great.

Nadia

On Sat, Mar 7, 2026 at 9:03 AM Theo Marchetti <theo.marchetti@gmail.com> wrote:
> Hey Nadia,
> Saw your note on Wellfound - super relevant, we're drowning in Terraform that nobody on the
> team really owns. Would love to chat.
""",
        to="Theo Marchetti <theo.marchetti@gmail.com>",
        tz=EST,
        headers=reply("16007", "Theo Marchetti <theo.marchetti@gmail.com>"),
    ),
    m(
        "16009",
        "2026-03-07 13:15",
        "Theo Marchetti <theo.marchetti@gmail.com>",
        "Re: hey from brindle",
        ("interview", BR, BR_R, 2, "direct", "en"),
        text="""perfect, sent an invite. talk wed!

On Sat, Mar 7, 2026 at 12:40 PM Nadia Kowalczyk wrote:
> Wednesday at 1pm Pacific (4pm my time) would be great.
""",
        tz="-0800",
        headers=reply("16008", ME_ADDR[1]),
    ),
    m(
        "16010",
        "2026-03-12 22:51",
        "Theo Marchetti <theo.marchetti@gmail.com>",
        "loved chatting",
        ("interview", BR, BR_R, 2, "direct", "en"),
        text="""Nadia - loved chatting today. Want to meet Priya (my cofounder, does everything
that isn't code) sometime next week? She'll reach out with times.

t
""",
        tz=PDT,
    ),
    # 3 + 4 Corvid Systems (corvid.dev), Lever, two roles
    m(
        "16011",
        "2026-03-10 10:05",
        "Corvid Systems <no-reply@hire.lever.co>",
        "Corvid Systems - thanks for your application",
        ("confirmation", CV, CV_R1, 3, "lever", "en"),
        text="""Nadia,

Thank you for applying to the Platform Engineer position at Corvid Systems. We've received your
application and will review it carefully.

Corvid Systems Recruiting
https://jobs.lever.co/corvid/4b3e1c7a-29f0-4f13-a2c1-55d0a1e7f210
""",
        tz=EDT,
    ),
    m(
        "16012",
        "2026-03-10 10:11",
        "Corvid Systems <no-reply@hire.lever.co>",
        "Corvid Systems - thanks for your application",
        ("confirmation", CV, CV_R2, 4, "lever", "en"),
        text="""Nadia,

Thank you for applying to the Site Reliability Engineer position at Corvid Systems. We've
received your application and will review it carefully.

Corvid Systems Recruiting
https://jobs.lever.co/corvid/91d2a7f4-0c6b-4b51-8e33-1f7d2b5a9c04
""",
        tz=EDT,
    ),
    m(
        "16013",
        "2026-03-20 15:44",
        "Corvid Systems <no-reply@hire.lever.co>",
        "Your application to Corvid Systems",
        ("rejection", CV, CV_R1, 3, "lever", "en"),
        text="""Hi Nadia,

Thank you for taking the time to apply for the Platform Engineer role. We received a lot of
strong applications and, after reviewing yours, we won't be moving forward with it at this
time.

We do see that you've applied to another role with us; that application is still under review
and is not affected by this decision.

Best,
Corvid Systems Recruiting
""",
        tz=EDT,
    ),
    m(
        "16014",
        "2026-03-23 11:30",
        "Gwen Adeyemi <gwen@corvid.dev>",
        "SRE role - a few times?",
        ("interview", CV, CV_R2, 4, "direct", "en"),
        text="""Hi Nadia,

I'm the eng manager for the reliability team at Corvid. I read through your application and
your blog post on Postgres failover drills and would love to talk. Could you do any of:

- Thu Mar 26, 2:00-2:45 ET
- Fri Mar 27, 11:00-11:45 ET
- Mon Mar 30, 3:30-4:15 ET

Gwen Adeyemi
Engineering Manager, Reliability
Corvid Systems
""",
        tz=EDT,
    ),
    m(
        "16015",
        "2026-03-23 13:02",
        "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>",
        "Re: SRE role - a few times?",
        ("interview", CV, CV_R2, 4, "direct", "en"),
        text="""Hi Gwen, thanks! Friday 11:00 works best for me.

Nadia
""",
        to="Gwen Adeyemi <gwen@corvid.dev>",
        tz=EDT,
        headers=reply("16014", "Gwen Adeyemi <gwen@corvid.dev>"),
    ),
    m(
        "16016",
        "2026-03-23 13:20",
        "Gwen Adeyemi <gwen@corvid.dev>",
        "Re: SRE role - a few times?",
        ("interview", CV, CV_R2, 4, "direct", "en"),
        text="""Great - invite on its way. Talk Friday.

G

> Hi Gwen, thanks! Friday 11:00 works best for me.
""",
        tz=EDT,
        headers=reply("16015", "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>"),
    ),
    m(
        "16017",
        "2026-04-14 09:12",
        "Gwen Adeyemi <gwen@corvid.dev>",
        "Re: SRE role - a few times?",
        ("confirmation", CV, CV_R2, 4, "direct", "en"),
        text="""Hi Nadia,

Awkward news, and I'd rather you hear it from me: leadership paused all new headcount this
morning while we finish our Q2 planning. Your process isn't over, it's just frozen - I expect
to know more in four to six weeks and I'll reach back out as soon as I can.

Sorry for the whiplash.
Gwen
""",
        st="on_hold",
        tz=EDT,
        headers=reply("16016", "Gwen Adeyemi <gwen@corvid.dev>"),
    ),
    # 5 Northwake (getnorthwake.com), Greenhouse -> HackerRank -> offer -> declined
    m(
        "16018",
        "2026-03-12 08:59",
        "Northwake Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Northwake",
        ("confirmation", NW, NW_R, 5, "greenhouse", "en"),
        html="""<html><body>
<p>Hi Nadia,</p>
<p>Thanks for applying to Northwake! Your application for the <strong>Infrastructure Engineer
II</strong> role has been received.</p>
<p>Our team reviews every application and will be in touch if there's a fit.</p>
<p>Cheers,<br>The Northwake Team</p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "16019",
        "2026-03-18 10:30",
        "HackerRank <support@hackerrankforwork.com>",
        "Invitation: Northwake - Infrastructure Coding Test",
        ("assessment", NW, NW_R, 5, "hackerrank", "en"),
        text="""Hello Nadia,

You have been invited by Northwake to take the Infrastructure Coding Test on HackerRank.

Test duration: 90 minutes
Please complete the test by March 25, 2026 11:59 PM EDT.

Take the test: https://www.hackerrank.com/test/9a8nrp4l2k1/login

Best of luck,
HackerRank on behalf of Northwake
""",
        tz=EDT,
    ),
    m(
        "16020",
        "2026-03-30 14:15",
        "Farah Qadri <farah.qadri@getnorthwake.com>",
        "Next steps with Northwake",
        ("interview", NW, NW_R, 5, "direct", "en"),
        text="""Hi Nadia,

Nice work on the coding exercise. The team would like to bring you in for the final loop - four
45-minute sessions over Zoom. Please pick a day here and we'll build the rest around it:

https://app.greenhouse.io/schedule/candidate/8f21c0

Farah Qadri
Recruiting, Northwake
""",
        tz=EDT,
    ),
    m(
        "16021",
        "2026-04-17 16:48",
        "Farah Qadri <farah.qadri@getnorthwake.com>",
        "Good news from Northwake",
        ("offer", NW, NW_R, 5, "direct", "en"),
        text="""Hi Nadia,

I'm delighted to let you know the team wants you to join Northwake as an Infrastructure
Engineer II! Base salary of CAD 172,000, 0.08% in options on the standard four-year schedule,
and a start date of your choosing in May or June.

The formal letter is attached. Take the weekend to think it over and let me know if you'd like
to talk through any of it - happy to set up a call with Lena (your would-be manager) too.

Farah
""",
        attach=[("Northwake_offer_Kowalczyk.pdf", "application/pdf", "%PDF-1.4 offer letter")],
        tz=EDT,
    ),
    m(
        "16022",
        "2026-04-23 11:05",
        "Farah Qadri <farah.qadri@getnorthwake.com>",
        "Re: Good news from Northwake",
        ("offer", NW, NW_R, 5, "direct", "en"),
        text="""Hi Nadia,

Thanks for letting me know, and for being so open about your reasoning. We're sad, obviously,
but I completely understand wanting to be on a smaller team right now. The door stays open.

Best of luck with the rest of the search!
Farah

> I've decided not to accept the offer. It was a hard decision...
""",
        st="declined",
        tz=EDT,
        headers=reply("16021", "Farah Qadri <farah.qadri@getnorthwake.com>"),
    ),
]

MAIL += [
    # 6 Fernwood Cloud, Workable; acquired by Orbitra mid-process, role renamed; rejection
    m(
        "16023",
        "2026-03-13 12:21",
        "Fernwood Cloud <noreply@candidates.workablemail.com>",
        "Fernwood Cloud: application received",
        ("confirmation", FW, FW_R, 6, "workable", "en"),
        text="""Dear Nadia,

Thank you for applying for the Backend Engineer, Storage position at Fernwood Cloud. Your
application has been received and is being reviewed by our hiring team.

Kind regards,
Fernwood Cloud hiring team

Sent via Workable - https://apply.workable.com/fernwood-cloud/j/3B7D0C12AF/
""",
        tz=EDT,
    ),
    m(
        "16024",
        "2026-03-19 15:00",
        "Malik Johansson <malik@fernwood.cloud>",
        "Chat about storage at Fernwood?",
        ("interview", FW, FW_R, 6, "direct", "en"),
        text="""Hi Nadia,

Malik here, I lead the storage team. Would you be up for a 45-minute technical conversation
next Tuesday? Mostly about how you'd approach tiering object data between hot and cold storage.
Nothing to prepare.

I'll send a calendar hold for 1pm ET unless you tell me otherwise.

Malik Johansson
Fernwood Cloud
""",
        tz=EDT,
    ),
    m(
        "16025",
        "2026-04-08 10:30",
        "Malik Johansson <malik@orbitra.com>",
        "Fernwood + Orbitra, and your process",
        ("interview", FW, FW_R, 6, "direct", "en"),
        text="""Hi Nadia,

You may have seen the news yesterday: Fernwood has been acquired by Orbitra and our team is
joining Orbitra's Storage Platform group. My e-mail has changed (this one), and the role you
interviewed for is now called "Software Engineer II, Storage Platform" in Orbitra's levelling.

The good news is the req is still open and we'd like to continue. The next step is a
system-design round with two Orbitra engineers; their recruiting coordinator will send times.

Malik
Engineering Manager, Storage Platform - Orbitra (formerly Fernwood Cloud)
""",
        tz=EDT,
    ),
    m(
        "16026",
        "2026-04-10 09:15",
        "Orbitra Recruiting Coordination <interviews@orbitra.com>",
        "Invitation: Nadia Kowalczyk - System Design (Software Engineer II, Storage Platform)",
        ("interview", FW, FW_R, 6, "direct", "en"),
        text="""You have been invited to: Nadia Kowalczyk - System Design (Software Engineer II,
Storage Platform)
When: Thursday, April 16, 2026 2:00 PM - 3:00 PM (UTC-05:00) Eastern Time
Where: Microsoft Teams meeting

Interviewers: Sunil Rao, Katarzyna Wolk
""",
        ics=ics(
            "2026-04-16 14:00:00 -0400",
            "040000008200E00074C5B7101A82E0080000000040A1B2C3D4E5F6@orbitra.com",
            "Nadia Kowalczyk - System Design (Software Engineer II, Storage Platform)",
            ("Orbitra Recruiting Coordination", "interviews@orbitra.com"),
            style="outlook",
            location="Microsoft Teams Meeting",
        ),
        tz=EDT,
    ),
    m(
        "16027",
        "2026-04-29 13:40",
        "Orbitra Careers <careers@orbitra.com>",
        "Regarding your candidacy",
        ("rejection", FW, FW_R, 6, "direct", "en"),
        text="""Dear Nadia,

Thank you for your interest in Orbitra and for the time you spent with our Storage Platform team.
Following the integration of Fernwood Cloud, we have re-evaluated our hiring needs and will not
be progressing your candidacy for the Software Engineer II, Storage Platform requisition.

We appreciate your understanding and wish you success in your search.

Orbitra Talent Acquisition
""",
        tz=EDT,
    ),
    # 7 Sprocketry (sprocketry.ai), Hacker News "Who is hiring" e-mail reply
    m(
        "16028",
        "2026-03-04 21:30",
        "Ravi Mehra <ravi@sprocketry.ai>",
        "Re: HN Who's Hiring - backend in Toronto",
        ("confirmation", SP, SP_R, 7, "direct", "en"),
        text="""Hi Nadia,

Thanks for writing in from the HN thread, and for actually reading the post (you're the first
person to mention the gRPC streaming bit). I'm slammed this week with a launch but I've
forwarded your CV to Beatriz who runs our backend team. Expect to hear from one of us soon.

Ravi
CTO, Sprocketry
""",
        tz=EST,
    ),
    m(
        "16029",
        "2026-03-11 10:02",
        "Beatriz Cunha <beatriz@sprocketry.ai>",
        "intro call?",
        ("interview", SP, SP_R, 7, "direct", "en"),
        text="""Hi Nadia - Ravi passed along your note. Grab whatever 30 min slot suits you here and
we'll just talk shop: https://calendly.com/beatriz-sprocketry/30min

Beatriz
""",
        tz=EDT,
    ),
    m(
        "16030",
        "2026-03-11 14:18",
        "Calendly <notifications@calendly.com>",
        "Confirmed: 30 Minute Meeting with Beatriz Cunha on Monday, March 16, 2026",
        ("interview", SP, SP_R, 7, "other", "en"),
        text="""Hi Nadia Kowalczyk,

Your 30 Minute Meeting with Beatriz Cunha at 03:00pm (Eastern Time - US & Canada) on Monday,
March 16, 2026 is scheduled.

Location: Google Meet - details to follow
Need to make changes? Cancel or reschedule: https://calendly.com/cancellations/8d41
""",
        tz=EDT,
    ),
    m(
        "16031",
        "2026-03-24 18:25",
        "Beatriz Cunha <beatriz@sprocketry.ai>",
        "Re: intro call?",
        ("rejection", SP, SP_R, 7, "direct", "en"),
        text="""Hey Nadia,

Wanted to close the loop properly rather than go quiet. We talked it over and decided to hire
someone with more Rust for this particular seat - which is a shame because I really enjoyed our
conversation. If we open the infra role in the fall I'll ping you first.

Take care,
Beatriz
""",
        tz=EDT,
        headers=reply("16029", "Beatriz Cunha <beatriz@sprocketry.ai>"),
    ),
    # 8 Kitewing (kitewing.co), Work at a Startup -> Calendly -> founder rejection
    m(
        "16032",
        "2026-03-18 19:40",
        "Work at a Startup <noreply@workatastartup.com>",
        "Kitewing (W25) sent you a message",
        ("interview", KW, KW_R, 8, "other", "en"),
        text="""You have a new message on Work at a Startup.

From: Amara Obi, Founder at Kitewing (W25)
Re: Software Engineer, Backend

"Hi Nadia, thanks for applying! Your background in event-driven systems is exactly what we
need. Could you book a time to chat this week? calendly.com/amara-kitewing/intro"

Reply on Work at a Startup: https://www.workatastartup.com/inbox
""",
        tz=PDT,
    ),
    m(
        "16033",
        "2026-03-19 08:11",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Intro (Kitewing) with Amara Obi on Friday, March 20, 2026",
        ("interview", KW, KW_R, 8, "other", "en"),
        text="""Hi Nadia Kowalczyk,

Your Intro (Kitewing) with Amara Obi at 12:30pm (Eastern Time - US & Canada) on Friday,
March 20, 2026 is scheduled.

Location: Zoom - https://us06web.zoom.us/j/84410022871

Cancel or reschedule: https://calendly.com/cancellations/2f0e
""",
        tz=PDT,
    ),
    m(
        "16034",
        "2026-03-27 11:03",
        "Amara Obi <amara@kitewing.co>",
        "Kitewing",
        ("rejection", KW, KW_R, 8, "direct", "en"),
        text="""Hi Nadia,

Thanks so much for the time last week and for the take-home writeup, it was thoughtful. We ended
up going with a candidate in SF who can be in the office with us, since we're still tiny and
in-person matters a lot right now. Not the answer either of us wanted, I know.

Rooting for you -
Amara
Kitewing | kitewing.co
""",
        tz=PDT,
    ),
    # 9 Loamline (loamline.com) via Welcome to the Jungle (Otta); ghosted
    m(
        "16035",
        "2026-03-26 07:50",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Your application has been sent",
        ("confirmation", "Loamline", "Backend Engineer (Data Pipelines)", 9, "other", "en"),
        html="""<html><body>
<p>Nice one, Nadia!</p>
<p>Your application for <b>Backend Engineer (Data Pipelines)</b> is on its way to
<b>Loamline</b>. Companies usually respond within two weeks.</p>
<p>Tip: candidates who add a short note are 30% more likely to hear back.</p>
<p>The Welcome to the Jungle team (formerly Otta)</p>
</body></html>""",
        tz="+0000",
    ),
    # 10 Plinth Data via Hired: interview request (outreach) then interview
    m(
        "16036",
        "2026-04-01 13:00",
        "Hired <no-reply@hired.com>",
        "Plinth Data wants to interview you",
        (
            "outreach",
            "Plinth Data",
            "Senior Software Engineer, Infrastructure",
            None,
            "other",
            "en",
        ),
        text="""Nadia, you have a new interview request!

Plinth Data - Senior Software Engineer, Infrastructure
Remote (Canada) - CAD 165,000 - 185,000

"Hi Nadia, we're building the control plane for our managed ClickHouse offering and your
Kubernetes operator work stood out. Would you be open to an intro call?" - Jonah, Eng Director

Accept or decline this request within 7 days: https://hired.com/requests/31a9
""",
        tz=PDT,
    ),
    m(
        "16037",
        "2026-04-03 10:20",
        "Jonah Feld <jonah@plinthdata.io>",
        "Plinth intro - thursday?",
        (
            "interview",
            "Plinth Data",
            "Senior Software Engineer, Infrastructure",
            10,
            "direct",
            "en",
        ),
        text="""Hi Nadia,

Thanks for accepting on Hired. Does Thursday April 9 at 11 ET work for a first call? I'll send a
Meet link. If not, suggest something and I'll make it work.

Jonah Feld
Director of Engineering, Plinth Data
""",
        tz=EDT,
    ),
    m(
        "16038",
        "2026-04-03 11:45",
        "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>",
        "Re: Plinth intro - thursday?",
        (
            "interview",
            "Plinth Data",
            "Senior Software Engineer, Infrastructure",
            10,
            "direct",
            "en",
        ),
        text="""Thursday at 11 works. Talk then!

Nadia
""",
        to="Jonah Feld <jonah@plinthdata.io>",
        tz=EDT,
        headers=reply("16037", "Jonah Feld <jonah@plinthdata.io>"),
    ),
    m(
        "16039",
        "2026-07-13 09:00",
        "Jonah Feld <jonah@plinthdata.io>",
        "Re: Plinth intro - thursday?",
        (
            "interview",
            "Plinth Data",
            "Senior Software Engineer, Infrastructure",
            10,
            "direct",
            "en",
        ),
        text="""Hi Nadia,

Apologies for the very slow follow-up - our Q2 planning ate three months. We'd love to keep
going: next is a 90-minute paired debugging session with two of the team. Can you send me three
windows next week?

Jonah
""",
        tz=EDT,
        headers=reply("16038", "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>"),
    ),
    m(
        "16040",
        "2026-07-23 19:00",
        "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>",
        "Re: Plinth intro - thursday?",
        (
            "confirmation",
            "Plinth Data",
            "Senior Software Engineer, Infrastructure",
            10,
            "direct",
            "en",
        ),
        text="""Hi Jonah,

Thank you, and sorry to do this by e-mail: I've accepted another offer this week, so I'd like to
withdraw from the process. I really enjoyed our conversation and hope our paths cross again.

Best,
Nadia
""",
        to="Jonah Feld <jonah@plinthdata.io>",
        st="withdrawn",
        tz=EDT,
        headers=reply("16039", "Jonah Feld <jonah@plinthdata.io>"),
    ),
]

MAIL += [
    # 11 Runwell (runwellhq.com), Ashby -> cofounder from personal gmail -> CoderPad -> offer
    #    in plain words -> DocuSign signed -> Certn and Rippling onboarding
    m(
        "16041",
        "2026-06-15 22:10",
        "Runwell <no-reply@ashbyhq.com>",
        "We received your application",
        ("confirmation", RW, RW_R, 11, "ashby", "en"),
        text="""Hi Nadia,

Thanks for applying to be a Staff Backend Engineer at Runwell. A real person reads every
application here (usually one of the founders), so it may take us a week or so.

- The Runwell team
https://jobs.ashbyhq.com/runwell/0f3c8f0e-7d6a-4e4e-9a57-2c5b0d8e1a90
""",
        tz=EDT,
    ),
    m(
        "16042",
        "2026-06-18 07:34",
        "Marcus Lindqvist <marcus.lindqvist@gmail.com>",
        "quick hello",
        ("interview", RW, RW_R, 11, "direct", "en"),
        text="""Hey Nadia -

Marcus here. Saw your note come through and went down a rabbit hole on your talk about
backpressure in Kafka consumers. Would you have 30 min for a coffee (virtual or real - I'm in
Toronto too, near Ossington) sometime next week?

Sorry for writing from my personal account, my work mail is acting up.

Marcus
--
Marcus Lindqvist | cofounder, Runwell
""",
        tz=EDT,
    ),
    m(
        "16043",
        "2026-06-18 08:02",
        "Marcus Lindqvist <marcus.lindqvist@gmail.com>",
        "Invitation: Nadia / Marcus coffee @ Tue Jun 23, 2026 9am - 9:45am (EDT)",
        ("interview", RW, RW_R, 11, "direct", "en"),
        text="""Nadia / Marcus coffee
Tuesday Jun 23, 2026 9am - 9:45am (Eastern Time - Toronto)
Sam James Coffee Bar, Ossington Ave

Organizer: marcus.lindqvist@gmail.com

Invitation from Google Calendar
""",
        ics=ics(
            "2026-06-23 09:00:00 -0400",
            "5m2kq7b1c0r9s@google.com",
            "Nadia / Marcus coffee",
            ("Marcus Lindqvist", "marcus.lindqvist@gmail.com"),
            minutes=45,
            location="Sam James Coffee Bar, Ossington Ave, Toronto",
        ),
        tz=EDT,
    ),
    m(
        "16044",
        "2026-06-22 18:40",
        "Marcus Lindqvist <marcus.lindqvist@gmail.com>",
        "Updated invitation: Nadia / Marcus coffee @ Wed Jun 24, 2026 9am - 9:45am (EDT)",
        ("interview", RW, RW_R, 11, "direct", "en"),
        text="""This event has been changed.

Nadia / Marcus coffee
Wednesday Jun 24, 2026 9am - 9:45am (Eastern Time - Toronto)  (was Tue Jun 23)

Sorry - kid is sick, pushing a day. Same place.
""",
        ics=ics(
            "2026-06-24 09:00:00 -0400",
            "5m2kq7b1c0r9s@google.com",
            "Nadia / Marcus coffee",
            ("Marcus Lindqvist", "marcus.lindqvist@gmail.com"),
            minutes=45,
            sequence=1,
            location="Sam James Coffee Bar, Ossington Ave, Toronto",
        ),
        tz=EDT,
    ),
    m(
        "16045",
        "2026-06-25 12:05",
        "Marcus Lindqvist <marcus@runwellhq.com>",
        "next bit",
        ("assessment", RW, RW_R, 11, "direct", "en"),
        text="""Hi Nadia,

Great to finally meet yesterday. As promised, here's the small exercise we give everyone - it's
a scrappy job scheduler in Go with two bugs and one missing feature. Should take 2-3 hours,
please don't spend more. Send it back whenever this week or next.

https://app.coderpad.io/take-home/RW-5K2Q9

After that you'd meet Priya (our other cofounder) and Devon, who'd be your closest teammate.

Marcus
Runwell | runwellhq.com
""",
        tz=EDT,
    ),
    m(
        "16046",
        "2026-06-25 12:06",
        "CoderPad <no-reply@coderpad.io>",
        "You've been invited to a take-home by Runwell",
        ("assessment", RW, RW_R, 11, "other", "en"),
        text="""Hi Nadia,

Marcus Lindqvist at Runwell has invited you to complete a take-home project: "Job scheduler
(Go)".

Open project: https://app.coderpad.io/take-home/RW-5K2Q9
Submit by: July 9, 2026

The CoderPad Team
""",
        tz=PDT,
    ),
    m(
        "16047",
        "2026-07-02 21:15",
        "Marcus Lindqvist <marcus@runwellhq.com>",
        "Re: next bit",
        ("interview", RW, RW_R, 11, "direct", "en"),
        text="""Got it - Devon already read through it and left a comment that just says "oh nice"
on your retry logic, which is high praise from him. Priya will send an invite for next week.

M
""",
        tz=EDT,
        headers=reply("16045", "Marcus Lindqvist <marcus@runwellhq.com>"),
    ),
    m(
        "16048",
        "2026-07-03 09:30",
        "Priya Natarajan <priya@runwellhq.com>",
        "Invitation: Priya + Devon / Nadia @ Thu Jul 9, 2026 1pm - 2:30pm (EDT)",
        ("interview", RW, RW_R, 11, "direct", "en"),
        text="""Priya + Devon / Nadia
Thursday Jul 9, 2026 1pm - 2:30pm (Eastern Time - Toronto)
Runwell office, 215 Spadina Ave, 4th floor

Walk through your take-home with Devon, then a chat with Priya.
""",
        ics=ics(
            "2026-07-09 13:00:00 -0400",
            "8v0d3nq2h5e1p@google.com",
            "Priya + Devon / Nadia",
            ("Priya Natarajan", "priya@runwellhq.com"),
            minutes=90,
            attendees=[("Devon Clarke", "devon@runwellhq.com")],
            location="Runwell, 215 Spadina Ave, 4th floor, Toronto",
        ),
        tz=EDT,
    ),
    m(
        "16049",
        "2026-07-15 20:02",
        "Marcus Lindqvist <marcus@runwellhq.com>",
        "so...",
        ("offer", RW, RW_R, 11, "direct", "en"),
        text="""Nadia,

Priya, Devon and I all want to work with you. Concretely: 185k CAD base, 0.6% equity vesting
over four years with a one-year cliff, full benefits from day one, and we'd love you to start
August 4 if that's doable. Priya will send the paperwork through DocuSign once you say yes in
principle.

No pressure on timing, but we're excited. Call me anytime: 416-555-0172.

Marcus
""",
        tz=EDT,
    ),
    m(
        "16050",
        "2026-07-22 10:41",
        "Priya Natarajan via DocuSign <dse_na3@docusign.net>",
        "Completed: Runwell - Offer Letter - Nadia Kowalczyk",
        ("offer", RW, RW_R, 11, "docusign", "en"),
        html="""<html><body>
<p><b>Your document has been completed</b></p>
<p>All parties have completed <b>Runwell - Offer Letter - Nadia Kowalczyk</b>.</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=7e1f">VIEW COMPLETED DOCUMENT</a></p>
<p>Priya Natarajan<br>priya@runwellhq.com</p>
<p style="font-size:11px">Do Not Share This Email. This email contains a secure link to
DocuSign.</p>
</body></html>""",
        st="accepted",
        tz=PDT,
    ),
    m(
        "16051",
        "2026-07-23 13:30",
        "Certn <no-reply@certn.co>",
        "Runwell has requested a background check",
        ("other_job", RW, RW_R, None, "other", "en"),
        text="""Hi Nadia,

Runwell Technologies Inc. has asked Certn to complete a background screening as part of your
hiring process. It takes about 10 minutes: you'll confirm your identity and consent to a
criminal record check.

Start now: https://app.certn.co/applicant/4d0e

Questions? support@certn.co
""",
        tz="-0700",
    ),
    m(
        "16052",
        "2026-07-28 09:00",
        "Rippling <no-reply@rippling.com>",
        "Welcome to Runwell! Finish setting up your account",
        ("other_job", RW, None, None, "other", "en"),
        text="""Hi Nadia,

Priya Natarajan has invited you to Rippling, Runwell's HR and IT platform. Before your first day
(Tuesday, August 4) please:

- add your direct deposit details
- complete your TD1 and TD1ON tax forms
- choose your laptop (we'll ship it to you)

Get started: https://app.rippling.com/onboarding/7f2a
""",
        tz=PDT,
    ),
    # 12 Quarry Financial through Northstar Talent Partners (named only on submission)
    m(
        "16053",
        "2026-03-17 11:48",
        "Shannon Doyle <sdoyle@northstartalent.ca>",
        "Senior Backend role - Series B fintech, downtown Toronto",
        ("outreach", None, "Senior Backend Developer", None, "agency", "en"),
        text="""Hi Nadia,

Hope you don't mind the note. I'm working with a Series B fintech (payments infrastructure,
~120 people, King & Spadina, 3 days in office) that's hiring a Senior Backend Developer -
Java/Kotlin, Postgres, lots of event sourcing. Budget is 160-180k plus bonus.

Your profile is a strong fit. Are you open to a quick call so I can share the details? I can't
name the client in writing until you're happy for me to submit you.

Best,
Shannon Doyle
Senior Technical Recruiter | Northstar Talent Partners
T: 647-555-0148
""",
        tz=EDT,
    ),
    m(
        "16054",
        "2026-03-19 16:20",
        "Shannon Doyle <sdoyle@northstartalent.ca>",
        "Re: Senior Backend role - Series B fintech, downtown Toronto",
        ("confirmation", "Quarry Financial", "Senior Backend Developer", 12, "agency", "en"),
        text="""Thanks for the chat, Nadia. As discussed I've now submitted your resume to the
client. For your records, the company is Quarry Financial, and the hiring manager is Tomás
Reyes (Director of Engineering, Money Movement).

I'll let you know as soon as I hear back - usually within a week.

Shannon
""",
        tz=EDT,
        headers=reply("16053", "Shannon Doyle <sdoyle@northstartalent.ca>"),
    ),
    m(
        "16055",
        "2026-03-26 12:12",
        "Shannon Doyle <sdoyle@northstartalent.ca>",
        "Re: Senior Backend role - Series B fintech, downtown Toronto",
        ("interview", "Quarry Financial", "Senior Backend Developer", 12, "agency", "en"),
        text="""Great news - Tomás would like to meet you! He's proposed Wednesday April 1 at 10:30
or Thursday April 2 at 2:00, both one hour on Teams. Let me know which and I'll lock it in.

Quick tip: he'll ask about the reconciliation project at your last job, so have numbers ready.

Shannon
""",
        tz=EDT,
        headers=reply("16054", "Shannon Doyle <sdoyle@northstartalent.ca>"),
    ),
    m(
        "16056",
        "2026-04-09 15:55",
        "Shannon Doyle <sdoyle@northstartalent.ca>",
        "Feedback from Quarry",
        ("rejection", "Quarry Financial", "Senior Backend Developer", 12, "agency", "en"),
        text="""Hi Nadia,

I got feedback from Tomás today. He was impressed with your system-level thinking, but they've
decided to go with a candidate who has more hands-on Kotlin in production, so they won't be
moving you to the next round.

I know it's disappointing. I have two other clients I think you'd be great for - happy to talk
next week?

Shannon
""",
        tz=EDT,
    ),
    # 13 Haulwise through Brightlane Staffing (US contract, client named late in the body)
    m(
        "16057",
        "2026-05-05 10:03",
        "Kyle Brennan <kyle.brennan@brightlanestaffing.com>",
        "Remote Contract - Platform Engineer (Go/K8s) - 6 months - C2C/1099",
        ("outreach", None, "Platform Engineer (Contract)", None, "agency", "en"),
        text="""Hello Nadia,

Hope you are doing well. I came across your profile and wanted to check your interest in the
below contract opportunity with our direct client.

Role: Platform Engineer (Go / Kubernetes)
Location: Remote (Canada OK, must overlap 9-3 Central)
Duration: 6 months, likely extension
Rate: USD 85-95/hr C2C or 1099

Please share your updated resume, expected rate and availability for a quick call.

Thanks & Regards,
Kyle Brennan | Brightlane Staffing Solutions
Dallas, TX | (469) 555-0193
""",
        tz=CDT,
    ),
    m(
        "16058",
        "2026-05-08 14:30",
        "Kyle Brennan <kyle.brennan@brightlanestaffing.com>",
        "RE: Remote Contract - Platform Engineer (Go/K8s) - 6 months - C2C/1099",
        ("confirmation", "Haulwise", "Platform Engineer (Contract)", 13, "agency", "en"),
        text="""Hi Nadia,

Thank you for the right to represent. I have submitted your profile at USD 90/hr to the hiring
team. Please do not apply to this position directly or through any other vendor.

Interview process: 1) 30 min with the manager 2) 60 min technical with the team.

FYI the end client is Haulwise (freight marketplace, Austin).

Thanks & Regards,
Kyle
""",
        tz=CDT,
        headers=reply("16057", "Kyle Brennan <kyle.brennan@brightlanestaffing.com>"),
    ),
    m(
        "16059",
        "2026-05-20 09:41",
        "Kyle Brennan <kyle.brennan@brightlanestaffing.com>",
        "Checking in",
        ("confirmation", "Haulwise", "Platform Engineer (Contract)", 13, "agency", "en"),
        text="""Hi Nadia,

Just a quick update - the client has not shared feedback yet, they are interviewing internal
candidates first. I will keep following up and let you know.

Thanks,
Kyle
""",
        tz=CDT,
    ),
]

MB = "Maplebright Health"
MB_R = "Backend Developer, Integrations"
OK = "Oakum Security"
OK_R = "Software Engineer, Detection Platform"
TS = "Tessel"
TS_R = "Backend Engineer (Python)"
SM = "Saltmarsh Pay"
SM_R = "Backend Developer"
LF = "Lumenfold"
LF_R = "Senior Software Engineer, Infrastructure"

MAIL += [
    # 14 Maplebright Health (maplebright.ca), BambooHR -> phone screen -> withdrawal
    m(
        "16060",
        "2026-03-27 13:14",
        "Maplebright Health <notifications@app.bamboohr.com>",
        "Thank you for your interest in Maplebright Health",
        ("confirmation", MB, MB_R, 14, "bamboohr", "en"),
        text="""Hi Nadia,

Thank you for applying for our Backend Developer, Integrations opening. We have received your
application and our People team will be reviewing it shortly. If your skills and experience
are a good match, we will be in touch about next steps.

Thanks again,
Maplebright Health People & Culture
""",
        tz=EDT,
    ),
    m(
        "16061",
        "2026-04-02 10:47",
        "Colleen Park <cpark@maplebright.ca>",
        "Phone call re: Integrations opening",
        ("interview", MB, MB_R, 14, "direct", "en"),
        text="""Good morning Nadia,

I'd like to set up a 20-minute phone call to learn more about you and walk you through the
Integrations role (HL7/FHIR feeds between clinics and our platform). Would Monday April 6 at
1:30pm suit? I'll call the number on your resume.

Kind regards,
Colleen Park, CHRP
People & Culture Advisor | Maplebright Health
""",
        tz=EDT,
    ),
    m(
        "16062",
        "2026-04-13 16:22",
        "Colleen Park <cpark@maplebright.ca>",
        "RE: Phone call re: Integrations opening",
        ("confirmation", MB, MB_R, 14, "direct", "en"),
        text="""Hi Nadia,

Thanks for letting me know, and for the courtesy of an e-mail. I've withdrawn your application
from our system as requested. Best of luck in your search, and please don't hesitate to apply
again in the future.

Colleen

-----Original Message-----
From: Nadia Kowalczyk
Sent: Monday, April 13, 2026 2:05 PM
Subject: RE: Phone call re: Integrations opening

Hi Colleen, after our call I've realised the five days a week on site in Mississauga won't work
for me, so I'd like to withdraw from consideration...
""",
        st="withdrawn",
        tz=EDT,
        headers=reply("16061", "Colleen Park <cpark@maplebright.ca>"),
    ),
    # 15 Cobbleway Logistics, Pinpoint
    m(
        "16063",
        "2026-04-07 08:30",
        "Cobbleway Logistics <no-reply@pinpointhq.com>",
        "Application received: Senior Software Developer",
        ("confirmation", "Cobbleway Logistics", "Senior Software Developer", 15, "other", "en"),
        text="""Hi Nadia,

Thanks for applying for the Senior Software Developer role. We've received your application and
we'll be in touch as soon as we've had a chance to review it.

You can track your application here: https://cobbleway.pinpointhq.com/en/candidate

Thanks,
The Cobbleway Logistics Recruitment Team
""",
        tz=EDT,
    ),
    m(
        "16064",
        "2026-05-01 10:10",
        "Cobbleway Logistics <no-reply@pinpointhq.com>",
        "An update on your application",
        ("rejection", "Cobbleway Logistics", "Senior Software Developer", 15, "other", "en"),
        text="""Hi Nadia,

Thank you for your patience while we reviewed applications for the Senior Software Developer
role. Unfortunately, on this occasion your application has not been successful.

We'll keep your details on file and may contact you if a suitable role comes up.

The Cobbleway Logistics Recruitment Team
""",
        tz=EDT,
    ),
    # 16 + 17 Oakum Security, Greenhouse; rejected in March, re-applied in June
    m(
        "16065",
        "2026-03-03 17:02",
        "Oakum Security <no-reply@us.greenhouse-mail.io>",
        "Thanks for your application to Oakum Security",
        ("confirmation", OK, OK_R, 16, "greenhouse", "en"),
        text="""Hi Nadia,

Thanks for applying to the Software Engineer, Detection Platform role at Oakum Security. Our
team is reviewing your application and we'll reach out if we'd like to move forward.

Oakum Security Talent
""",
        tz=EST,
    ),
    m(
        "16066",
        "2026-03-18 12:30",
        "Oakum Security <no-reply@us.greenhouse-mail.io>",
        "Oakum Security - your application",
        ("rejection", OK, OK_R, 16, "greenhouse", "en"),
        text="""Hi Nadia,

We appreciate your interest in Oakum Security. After reviewing your application for Software
Engineer, Detection Platform, we've decided not to move forward at this time. We're looking for
someone with more direct experience in security tooling for this opening.

Thanks again for considering us.
Oakum Security Talent
""",
        tz=EDT,
    ),
    m(
        "16067",
        "2026-06-09 09:22",
        "Oakum Security <no-reply@us.greenhouse-mail.io>",
        "Thanks for your application to Oakum Security",
        ("confirmation", OK, OK_R, 17, "greenhouse", "en"),
        text="""Hi Nadia,

Thanks for applying to the Software Engineer, Detection Platform role at Oakum Security. Our
team is reviewing your application and we'll reach out if we'd like to move forward.

Oakum Security Talent
""",
        tz=EDT,
    ),
    m(
        "16068",
        "2026-06-16 14:48",
        "Leah Strand <leah.strand@oakum.security>",
        "Your (second!) application",
        ("interview", OK, OK_R, 17, "direct", "en"),
        text="""Hi Nadia,

I noticed you applied to us back in March too - the team has changed a lot since then and the
detection pipeline is now mostly Kafka and Flink, which is right up your alley. Would you like
to chat with our hiring manager, Ade? He has openings Thursday and Friday afternoon.

Leah Strand
Technical Recruiter, Oakum Security
""",
        tz=EDT,
    ),
    m(
        "16069",
        "2026-07-20 11:11",
        "Oakum Security <no-reply@us.greenhouse-mail.io>",
        "Following up from Oakum Security",
        ("rejection", OK, OK_R, 17, "greenhouse", "en"),
        text="""Hi Nadia,

Thank you for interviewing with us for the Software Engineer, Detection Platform role. The team
enjoyed meeting you and appreciated the thought you put into the design session.

We've made the difficult decision to extend an offer to another candidate. We'd love to keep in
touch for future roles.

Best,
Oakum Security Talent
""",
        tz=EDT,
    ),
    # 18 Tessel (tessellate.io), Workable -> HackerRank -> rejection
    m(
        "16070",
        "2026-04-14 15:33",
        "Tessel <noreply@candidates.workablemail.com>",
        "Thanks for applying to Tessel",
        ("confirmation", TS, TS_R, 18, "workable", "en"),
        text="""Hi Nadia,

Thanks for applying to the Backend Engineer (Python) role at Tessel. We've received your
application and will review it shortly.

Tessel (Tessellate Labs Inc.)
https://apply.workable.com/tessellate/j/88E1F0B2C4/
""",
        tz=EDT,
    ),
    m(
        "16071",
        "2026-04-17 11:00",
        "Tessel <noreply@candidates.workablemail.com>",
        "Next step: coding exercise",
        ("assessment", TS, TS_R, 18, "workable", "en"),
        text="""Hi Nadia,

We enjoyed reading your application and would like to invite you to the next step: a
75-minute coding exercise on HackerRank. You'll receive a separate e-mail from HackerRank with
your personal link. Please complete it within 5 days.

Tessel hiring team
""",
        tz=EDT,
    ),
    m(
        "16072",
        "2026-04-17 11:01",
        "HackerRank <support@hackerrankforwork.com>",
        "Tessellate Labs invites you to a coding assessment",
        ("assessment", TS, TS_R, 18, "hackerrank", "en"),
        text="""Hi Nadia,

Tessellate Labs has invited you to take "Backend Python - Mid/Senior" on HackerRank.

Duration: 75 minutes. Link expires April 22, 2026.

Start: https://www.hackerrank.com/test/5kd2o9qsa7/login

HackerRank
""",
        tz=EDT,
    ),
    m(
        "16073",
        "2026-04-28 10:00",
        "Tessel <noreply@candidates.workablemail.com>",
        "Your application at Tessel",
        ("rejection", TS, TS_R, 18, "workable", "en"),
        text="""Hi Nadia,

Thank you for completing the coding exercise. We were impressed by the quality of your code,
though after comparing results across candidates we've chosen to move forward with others whose
profiles more closely match our current needs.

We wish you the best of luck,
Tessel hiring team
""",
        tz=EDT,
    ),
    # 19 Halyard Metrics, LinkedIn Easy Apply -> viewed -> ghosted
    m(
        "16074",
        "2026-04-20 19:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Nadia, your application was sent to Halyard Metrics",
        (
            "confirmation",
            "Halyard Metrics",
            "Senior Backend Engineer - Observability",
            19,
            "linkedin",
            "en",
        ),
        html="""<html><body>
<p>Your application was sent to Halyard Metrics</p>
<table><tr><td><b>Senior Backend Engineer - Observability</b><br>Halyard Metrics<br>
Toronto, ON (Hybrid)<br>Applied on April 20, 2026</td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4120988371">View job</a></p>
<p>Now, take these steps to stand out: follow Halyard Metrics on LinkedIn.</p>
</body></html>""",
        tz="-0700",
    ),
    m(
        "16075",
        "2026-04-23 08:41",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Halyard Metrics",
        (
            "viewed",
            "Halyard Metrics",
            "Senior Backend Engineer - Observability",
            19,
            "linkedin",
            "en",
        ),
        html="""<html><body>
<p>Nadia, your application was viewed for Senior Backend Engineer - Observability at Halyard
Metrics.</p>
<p>The employer viewed your application on April 23.</p>
<p><a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">See your
applications</a></p>
</body></html>""",
        tz="-0700",
    ),
    # 20 Pemberton Freight Technologies, Indeed -> rejection through Indeed
    m(
        "16076",
        "2026-04-21 20:31",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Software Engineer II - Backend",
        (
            "confirmation",
            "Pemberton Freight Technologies",
            "Software Engineer II - Backend",
            20,
            "indeed",
            "en",
        ),
        text="""Application submitted

Software Engineer II - Backend
Pemberton Freight Technologies - Burlington, ON

The employer will contact you directly if they'd like to move forward.

Items included: Resume (Nadia_Kowalczyk_2026.pdf)
""",
        tz="-0500",
    ),
    m(
        "16077",
        "2026-05-06 12:14",
        "Pemberton Freight Technologies via Indeed <noreply@indeed.com>",
        "An update from Pemberton Freight Technologies",
        (
            "rejection",
            "Pemberton Freight Technologies",
            "Software Engineer II - Backend",
            20,
            "indeed",
            "en",
        ),
        text="""Hi Nadia,

Thanks for your interest in the Software Engineer II - Backend position. The team has reviewed
your application and decided to pursue other candidates at this time.

Best regards,
Pemberton Freight Technologies

Sent through Indeed. Please do not reply to this message.
""",
        tz="-0500",
    ),
    # 21 Saltmarsh Pay (saltmarsh.co): role renamed between mails
    m(
        "16078",
        "2026-05-04 09:58",
        "Saltmarsh <no-reply@us.greenhouse-mail.io>",
        "Application received - Backend Developer",
        ("confirmation", SM, SM_R, 21, "greenhouse", "en"),
        text="""Hi Nadia,

Thank you for applying for the Backend Developer position at Saltmarsh. We'll review your
application and get back to you.

Saltmarsh People Team
""",
        tz=EDT,
    ),
    m(
        "16079",
        "2026-05-11 13:26",
        "Yusuf Karim <yusuf@saltmarsh.co>",
        "Saltmarsh: intro call",
        ("interview", SM, SM_R, 21, "direct", "en"),
        text="""Hi Nadia,

Thanks for applying. Quick heads-up: we've retitled the opening to "Software Engineer, Backend
(Payments)" to better reflect what the team does - same role, same team.

Could you do a 30-minute intro call on Thursday? Pick a slot here:
https://app.greenhouse.io/schedule/candidate/c0a9e1

Yusuf Karim
Talent, Saltmarsh Pay
""",
        tz=EDT,
    ),
    m(
        "16080",
        "2026-05-25 17:40",
        "Yusuf Karim <yusuf@saltmarsh.co>",
        "Re: Saltmarsh: intro call",
        ("rejection", SM, SM_R, 21, "direct", "en"),
        text="""Hi Nadia,

Thanks for your patience. The panel appreciated your depth on distributed transactions, but
we've decided to proceed with candidates who have more card-network experience for the
Software Engineer, Backend (Payments) role.

All the best,
Yusuf
""",
        tz=EDT,
        headers=reply("16079", "Yusuf Karim <yusuf@saltmarsh.co>"),
    ),
    # 22 Cinderpath (US, remote), Lever -> CodeSignal -> rejection
    m(
        "16081",
        "2026-05-12 14:00",
        "Cinderpath <no-reply@hire.lever.co>",
        "Thanks for applying to Cinderpath!",
        (
            "confirmation",
            "Cinderpath",
            "Software Engineer, Infrastructure (Remote - Americas)",
            22,
            "lever",
            "en",
        ),
        text="""Hi Nadia,

We've received your application for Software Engineer, Infrastructure (Remote - Americas). Our
team will take a look and be in touch.

Cinderpath
""",
        tz=PDT,
    ),
    m(
        "16082",
        "2026-05-15 10:05",
        "CodeSignal <noreply@codesignal.com>",
        "Complete your Cinderpath assessment",
        (
            "assessment",
            "Cinderpath",
            "Software Engineer, Infrastructure (Remote - Americas)",
            22,
            "codesignal",
            "en",
        ),
        text="""Hi Nadia,

Cinderpath would like you to complete the Industry Coding Framework assessment as the next
step in your application.

Time limit: 90 minutes
Start by: May 22, 2026

Take assessment: https://app.codesignal.com/public-test/Cp7mW/start

- CodeSignal
""",
        tz=PDT,
    ),
    m(
        "16083",
        "2026-05-27 16:33",
        "Cinderpath <no-reply@hire.lever.co>",
        "Cinderpath update",
        (
            "rejection",
            "Cinderpath",
            "Software Engineer, Infrastructure (Remote - Americas)",
            22,
            "lever",
            "en",
        ),
        text="""Hi Nadia,

Thank you for completing our assessment. We've carefully reviewed your results and, while
there was a lot to like, we will not be moving forward with your candidacy at this point.

We hope you'll consider Cinderpath again in the future.
""",
        tz=PDT,
    ),
    # 23 Lumenfold (lumenfold.io), Greenhouse -> interview cancelled -> on hold
    m(
        "16084",
        "2026-05-18 11:11",
        "Lumenfold <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Lumenfold",
        ("confirmation", LF, LF_R, 23, "greenhouse", "en"),
        text="""Hi Nadia,

Thank you for your application for Senior Software Engineer, Infrastructure. A member of our
recruiting team will review it soon.

Lumenfold Recruiting
""",
        tz=PDT,
    ),
    m(
        "16085",
        "2026-05-26 09:20",
        "Hana Sato <hana.sato@lumenfold.io>",
        "Invitation: Lumenfold technical screen - Nadia Kowalczyk @ Mon Jun 1, 2026 12pm - 1pm (EDT)",  # noqa: E501
        ("interview", LF, LF_R, 23, "direct", "en"),
        text="""Lumenfold technical screen - Nadia Kowalczyk
Monday Jun 1, 2026 12pm - 1pm (Eastern Time - Toronto)
Zoom: https://lumenfold.zoom.us/j/82211930012

Interviewer: Ruben Ortiz (Staff Engineer)
""",
        ics=ics(
            "2026-06-01 12:00:00 -0400",
            "3ak0f9jq1mg7v@google.com",
            "Lumenfold technical screen - Nadia Kowalczyk",
            ("Hana Sato", "hana.sato@lumenfold.io"),
            attendees=[("Ruben Ortiz", "ruben@lumenfold.io")],
            location="https://lumenfold.zoom.us/j/82211930012",
        ),
        tz=PDT,
    ),
    m(
        "16086",
        "2026-05-29 15:02",
        "Hana Sato <hana.sato@lumenfold.io>",
        "Canceled event: Lumenfold technical screen - Nadia Kowalczyk @ Mon Jun 1, 2026 12pm - 1pm (EDT)",  # noqa: E501
        ("interview", LF, LF_R, 23, "direct", "en"),
        text="""This event has been canceled.

Lumenfold technical screen - Nadia Kowalczyk
Monday Jun 1, 2026 12pm - 1pm (Eastern Time - Toronto)
""",
        ics=ics(
            "2026-06-01 12:00:00 -0400",
            "3ak0f9jq1mg7v@google.com",
            "Lumenfold technical screen - Nadia Kowalczyk",
            ("Hana Sato", "hana.sato@lumenfold.io"),
            method="CANCEL",
        ),
        tz=PDT,
    ),
    m(
        "16087",
        "2026-05-29 15:10",
        "Hana Sato <hana.sato@lumenfold.io>",
        "Sorry about Monday",
        ("confirmation", LF, LF_R, 23, "direct", "en"),
        text="""Hi Nadia,

You'll have seen I cancelled Monday's screen - I'm sorry. We just learned the infrastructure
team's budget is being revisited for the second half, so we've paused this search until at
least August. I've kept your application active, and you'll be the first person I call if and
when it reopens.

Hana Sato
Recruiting, Lumenfold
""",
        st="on_hold",
        tz=PDT,
    ),
    # 24 Wickerbase, Ashby, only a confirmation (ghosted)
    m(
        "16088",
        "2026-05-19 21:44",
        "Wickerbase Hiring <no-reply@ashbyhq.com>",
        "Application received",
        ("confirmation", "Wickerbase", "Backend Engineer, API Platform", 24, "ashby", "en"),
        text="""Thanks for applying for Backend Engineer, API Platform at Wickerbase!

We review applications on a rolling basis. If there's a match we'll reach out within two
weeks.

https://jobs.ashbyhq.com/wickerbase/f2b7a5d0-3c11-4d0a-8d1b-a0f6c7e4b9d2
""",
        tz=PDT,
    ),
]

MAIL += [
    # 25 Tiderun, Dover -> founder e-mail -> ghosted after the interview
    m(
        "16089",
        "2026-06-02 12:40",
        "Tiderun via Dover <no-reply@dover.com>",
        "Thanks for applying to Tiderun",
        ("confirmation", "Tiderun", "Senior Backend Engineer (Remote, Canada)", 25, "other", "en"),
        text="""Hi Nadia,

Thanks for applying to the Senior Backend Engineer (Remote, Canada) role at Tiderun. We're a
small team, so the founders review every application personally.

Best,
The Tiderun team
Powered by Dover
""",
        tz=PDT,
    ),
    m(
        "16090",
        "2026-06-04 09:12",
        "Sofia Brandt <sofia@tiderun.dev>",
        "Hi Nadia",
        ("interview", "Tiderun", "Senior Backend Engineer (Remote, Canada)", 25, "direct", "en"),
        text="""Hi Nadia,

Sofia, CEO at Tiderun. Your Postgres work jumped out at me - we're at the point where our single
database is groaning. Free for a 25-min call Monday or Tuesday? Any time after 11 ET.

Sofia
""",
        tz=EDT,
    ),
    m(
        "16091",
        "2026-06-04 10:30",
        "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>",
        "Re: Hi Nadia",
        ("interview", "Tiderun", "Senior Backend Engineer (Remote, Canada)", 25, "direct", "en"),
        text="""Hi Sofia, Tuesday at 1pm ET works. Happy to use whatever link you prefer.

Nadia
""",
        to="Sofia Brandt <sofia@tiderun.dev>",
        tz=EDT,
        headers=reply("16090", "Sofia Brandt <sofia@tiderun.dev>"),
    ),
    # 26 Gristmill: a confirmation forwarded from my old address
    m(
        "16092",
        "2026-04-03 18:22",
        "Nadia K <nadia.k.1991@yahoo.ca>",
        "Fwd: Thanks for applying to Gristmill",
        ("confirmation", "Gristmill", "Backend Engineer, Data Platform", 26, "greenhouse", "en"),
        text="""oops, applied with my old address. forwarding so I have it.

---------- Forwarded message ---------
From: Gristmill <no-reply@us.greenhouse-mail.io>
Date: Fri, Apr 3, 2026 at 6:10 PM
Subject: Thanks for applying to Gristmill
To: <nadia.k.1991@yahoo.ca>

Hi Nadia,

Thank you for your interest in Gristmill! We've received your application for Backend
Engineer, Data Platform and our team will review it soon.

Gristmill Recruiting
""",
        tz=EDT,
    ),
    m(
        "16093",
        "2026-04-24 11:30",
        "Gristmill <no-reply@us.greenhouse-mail.io>",
        "Your application to Gristmill",
        ("rejection", "Gristmill", "Backend Engineer, Data Platform", 26, "greenhouse", "en"),
        text="""Hi Nadia,

Thanks so much for applying for Backend Engineer, Data Platform. We've had an overwhelming
number of applications, and unfortunately we won't be progressing yours. We know this isn't
the news you hoped for.

Gristmill Recruiting
""",
        to="Nadia K <nadia.k.1991@yahoo.ca>, Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>",
        tz=EDT,
    ),
    # 27 Flintlock: named only in the job URL
    m(
        "16094",
        "2026-05-06 07:05",
        "Recruiting <no-reply@hire.lever.co>",
        "Thank you for your application",
        ("confirmation", "Flintlock", "Distributed Systems Engineer", 27, "lever", "en"),
        text="""Hi Nadia,

Thank you for applying for the Distributed Systems Engineer role. We review every application
and will get back to you if there's a fit.

Position: https://jobs.lever.co/flintlock/7e0a55c1-1b9d-4c52-9b8e-6d0f5a1c2e33

Recruiting Team
""",
        tz=PDT,
    ),
    # 28 Verdant Grid, Recruitee -> rejection
    m(
        "16095",
        "2026-04-09 12:00",
        "Verdant Grid <verdantgrid@jobs.recruitee.com>",
        "We received your application for Senior Go Developer",
        ("confirmation", "Verdant Grid", "Senior Go Developer", 28, "recruitee", "en"),
        text="""Hello Nadia,

Thank you for applying for the Senior Go Developer position at Verdant Grid (Toronto or
remote). We will review your application and contact you within 10 working days.

Kind regards,
Verdant Grid Talent Team
""",
        tz=EDT,
    ),
    m(
        "16096",
        "2026-04-22 08:14",
        "Verdant Grid <verdantgrid@jobs.recruitee.com>",
        "Senior Go Developer at Verdant Grid",
        ("rejection", "Verdant Grid", "Senior Go Developer", 28, "recruitee", "en"),
        text="""Hello Nadia,

Many thanks for your interest in Verdant Grid. We carefully reviewed your application, and
although your profile is strong, we have decided to continue with candidates whose experience
in energy markets is a closer match.

We wish you every success.
Verdant Grid Talent Team
""",
        tz=EDT,
    ),
    # 29 Arcwell Transit Systems, SmartRecruiters -> viewed-like status, then rejection
    m(
        "16097",
        "2026-06-08 10:25",
        "Arcwell Transit Systems <noreply@smartrecruiters.com>",
        "Thank you for applying to Arcwell Transit Systems",
        (
            "confirmation",
            "Arcwell Transit Systems",
            "Senior Software Engineer - Cloud Platform",
            29,
            "smartrecruiters",
            "en",
        ),
        text="""Dear Nadia,

Thank you for applying for the Senior Software Engineer - Cloud Platform position at Arcwell
Transit Systems. Your application is being reviewed.

Arcwell Transit Systems Talent Acquisition
""",
        tz=EDT,
    ),
    m(
        "16098",
        "2026-07-06 13:00",
        "Arcwell Transit Systems <noreply@smartrecruiters.com>",
        "Senior Software Engineer - Cloud Platform: update",
        (
            "rejection",
            "Arcwell Transit Systems",
            "Senior Software Engineer - Cloud Platform",
            29,
            "smartrecruiters",
            "en",
        ),
        text="""Dear Nadia,

We wanted to let you know that the Senior Software Engineer - Cloud Platform position has now
been filled. We appreciate the time you took to apply and encourage you to review other
opportunities on our careers site.

Arcwell Transit Systems Talent Acquisition
""",
        tz=EDT,
    ),
    # 30 Quietbyte (quietbytehq.com): HN application by e-mail, acknowledged with a one-liner
    m(
        "16099",
        "2026-06-03 23:02",
        "Oren Shapiro <oren@quietbytehq.com>",
        "Re: Backend/infra - from the HN June thread",
        ("confirmation", "Quietbyte", "Backend / Infrastructure Engineer", 30, "direct", "en"),
        text="""got it, thanks Nadia. will read properly this weekend and get back to you.

-o

Oren Shapiro / Quietbyte
""",
        tz=PDT,
    ),
    m(
        "16100",
        "2026-06-09 12:20",
        "Oren Shapiro <oren@quietbytehq.com>",
        "Re: Backend/infra - from the HN June thread",
        ("interview", "Quietbyte", "Backend / Infrastructure Engineer", 30, "direct", "en"),
        text="""ok read it. you should talk to Mireille who'd be your lead. she's cc'd, she'll
sort out a time.

-o
""",
        cc="Mireille Gagnon <mireille@quietbytehq.com>",
        tz=PDT,
        headers=reply("16099", "Oren Shapiro <oren@quietbytehq.com>"),
    ),
    m(
        "16101",
        "2026-06-09 14:05",
        "Mireille Gagnon <mireille@quietbytehq.com>",
        "Re: Backend/infra - from the HN June thread",
        ("interview", "Quietbyte", "Backend / Infrastructure Engineer", 30, "direct", "en"),
        text="""Hi Nadia! Would Thursday 10am or Friday 2pm work for you? 45 min, video.

Mireille
""",
        tz=EDT,
        headers=reply("16100", "Oren Shapiro <oren@quietbytehq.com>"),
    ),
    m(
        "16102",
        "2026-06-09 15:30",
        "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>",
        "Re: Backend/infra - from the HN June thread",
        ("interview", "Quietbyte", "Backend / Infrastructure Engineer", 30, "direct", "en"),
        text="""Thanks Mireille, Friday 2pm is perfect.

Nadia
""",
        to="Mireille Gagnon <mireille@quietbytehq.com>",
        cc="Oren Shapiro <oren@quietbytehq.com>",
        tz=EDT,
        headers=reply("16101", "Mireille Gagnon <mireille@quietbytehq.com>"),
    ),
    m(
        "16103",
        "2026-06-22 09:48",
        "Mireille Gagnon <mireille@quietbytehq.com>",
        "Quietbyte",
        ("rejection", "Quietbyte", "Backend / Infrastructure Engineer", 30, "direct", "en"),
        text="""Hi Nadia,

Thanks for the conversations last week with me and the team. We spent a while on this one; in
the end we're going to hold out for someone with more on-call experience with bare metal, which
is a big part of the job here. I'm sorry it isn't better news - you were great to talk to.

Mireille
""",
        tz=EDT,
    ),
]

# Alerts, recommendations, talent communities, an incomplete-application nudge
MAIL += [
    m(
        "16104",
        "2026-03-02 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"backend engineer": 24 new jobs in Toronto, Ontario, Canada',
        ("alert", None, None, None, "linkedin", "en"),
        text="""Your job alert for backend engineer in Toronto, Ontario, Canada

Senior Backend Engineer - Tallyhawk - Toronto, ON (Hybrid)
Backend Developer - Saltmarsh Pay - Toronto, ON
Platform Engineer - Corvid Systems - Remote
Software Engineer II - Pemberton Freight Technologies - Burlington, ON

See all jobs: https://www.linkedin.com/jobs/search/?savedSearchId=1873
""",
        tz="-0800",
    ),
    m(
        "16105",
        "2026-04-13 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"site reliability engineer": Halyard Metrics - Senior Backend Engineer - Observability and more',  # noqa: E501
        ("alert", None, None, None, "linkedin", "en"),
        text="""Jobs similar to site reliability engineer in Canada

Halyard Metrics - Senior Backend Engineer - Observability - Toronto (Hybrid) - Actively recruiting
Lumenfold - Senior Software Engineer, Infrastructure - Remote
Northwake - SRE II - Toronto

Unsubscribe: https://www.linkedin.com/jobs/alerts
""",
        tz="-0700",
    ),
    m(
        "16106",
        "2026-05-11 08:00",
        "Wellfound <team@wellfound.com>",
        "12 new startup jobs matching your preferences",
        ("alert", None, None, None, "wellfound", "en"),
        text="""Fresh picks for you, Nadia

Tiderun - Senior Backend Engineer (Remote, Canada) - $150k-$190k CAD - Seed
Quietbyte - Backend / Infrastructure Engineer - Remote - Series A
Plinth Data - Staff Software Engineer - Remote (Canada) - Series B

Update your job preferences: https://wellfound.com/settings
""",
        tz=PDT,
    ),
    m(
        "16107",
        "2026-06-01 17:00",
        "Work at a Startup <noreply@workatastartup.com>",
        "New YC startups hiring backend engineers",
        ("alert", None, None, None, "other", "en"),
        text="""Hi Nadia,

Here are this week's YC companies looking for people like you:

- Fablane (S25): Backend Engineer, Remote (US/Canada)
- Dockside (W26): Founding Engineer, Toronto
- Kitewing (W25): Infrastructure Engineer, San Francisco

See all: https://www.workatastartup.com/companies
""",
        tz=PDT,
    ),
    m(
        "16108",
        "2026-04-28 09:30",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Your weekly matches: Loamline, Halyard Metrics and 6 others",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body>
<p>Hi Nadia, here are this week's roles we think you'll like.</p>
<ul><li>Loamline &middot; Senior Data Engineer &middot; Remote</li>
<li>Halyard Metrics &middot; Staff Engineer, Ingest &middot; Toronto</li>
<li>Gristmill &middot; Platform Engineer &middot; Remote (US)</li></ul>
<p><a href="https://app.welcometothejungle.com/jobs">See all matches</a></p>
</body></html>""",
        tz="+0100",
    ),
    m(
        "16109",
        "2026-03-21 10:00",
        "Indeed <alert@indeed.com>",
        "Devops Engineer jobs in Toronto, ON",
        ("alert", None, None, None, "indeed", "en"),
        text="""20 new jobs for Devops Engineer in Toronto, ON

Cloud Infrastructure Engineer - Banque Belvedere - Toronto, ON - $120,000 - $140,000 a year
DevOps Engineer (Contract) - Kingsway Retail - Toronto, ON
Site Reliability Engineer - Tessel - Remote

View all jobs: https://ca.indeed.com/jobs?q=devops+engineer&l=Toronto
""",
        tz="-0500",
    ),
    m(
        "16110",
        "2026-03-25 12:00",
        "Corvid Systems Talent Community <no-reply@hire.lever.co>",
        "Welcome to the Corvid Systems talent community",
        ("alert", "Corvid Systems", None, None, "lever", "en"),
        text="""Hi Nadia,

Thanks for joining our talent community! We'll send you a note when roles matching your
interests (Infrastructure, Backend) open up at Corvid Systems.

Corvid Systems Recruiting
""",
        tz=EDT,
    ),
    m(
        "16111",
        "2026-05-20 09:00",
        "Halyard Metrics Careers <no-reply@ashbyhq.com>",
        "You didn't finish your application",
        ("alert", "Halyard Metrics", "Staff Engineer, Ingest", None, "ashby", "en"),
        text="""Hi Nadia,

Looks like you started an application for Staff Engineer, Ingest but didn't submit it. Your
answers have been saved - pick up where you left off:

https://jobs.ashbyhq.com/halyard/application/resume/8c1d

Halyard Metrics
""",
        tz=EDT,
    ),
    m(
        "16112",
        "2026-07-03 07:00",
        "Hacker News Jobs Digest <digest@hnjobs.email>",
        "Who is hiring? (July 2026) - 37 matches for 'backend' + 'Toronto OR remote'",
        ("alert", None, None, None, "other", "en"),
        text="""Your July 'Who is hiring?' digest

Quietbyte | Backend / Infra | Remote (NA) | https://quietbytehq.com/jobs
Marrowbone | Senior SWE, Storage | Toronto ONSITE
Hollyhock Health | Platform Eng | REMOTE (US/CA) | Rust, Postgres

Manage your filters: https://hnjobs.email/settings
""",
        tz="+0000",
    ),
    m(
        "16113",
        "2026-08-17 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"backend engineer": 31 new jobs in Toronto, Ontario, Canada',
        ("alert", None, None, None, "linkedin", "en"),
        text="""Your job alert for backend engineer in Toronto, Ontario, Canada

Staff Backend Engineer - Quarry Financial - Toronto, ON
Backend Engineer - Marrowbone - Toronto, ON
Senior Software Engineer - Halyard Metrics - Hybrid

Turn off this alert: https://www.linkedin.com/jobs/alerts
""",
        tz="-0700",
    ),
]

# Recruiter outreach and other job mail (codes, surveys, auto-replies)
MAIL += [
    m(
        "16114",
        "2026-03-06 15:20",
        "Jess Whitfield <jess@marrowbone.io>",
        "Storage engineering at Marrowbone",
        ("outreach", "Marrowbone", "Senior Software Engineer, Storage", None, "direct", "en"),
        text="""Hi Nadia,

I lead recruiting at Marrowbone - we're building a time-series storage engine (think columnar,
tiered to object storage), 40 people, mostly in Toronto. I saw your talk at Toronto Postgres
meetup and think you'd love what our storage team is doing.

Any interest in a casual 20-minute chat? No CV needed.

Jess Whitfield
Head of Talent, Marrowbone
""",
        tz=EST,
    ),
    m(
        "16115",
        "2026-04-15 11:02",
        "Aaron Feldman <aaron@ridgelinesearch.com>",
        "Confidential search: Head of Platform",
        ("outreach", None, "Head of Platform", None, "agency", "en"),
        text="""Nadia,

I'm running a confidential search for a Head of Platform at a well-funded (Series C) developer
tools company - remote across North America, reporting to the CTO. Comp is very competitive
(USD 260-300k base + meaningful equity).

I realise you may be earlier in your career than this brief, but I'd value 15 minutes either way
- happy to share the client name on a call.

Aaron Feldman
Partner, Ridgeline Executive Search
""",
        tz=EDT,
    ),
    m(
        "16116",
        "2026-05-13 16:45",
        "Dana Ruiz via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Nadia, interested in a Backend role at Hollyhock Health?",
        ("outreach", "Hollyhock Health", "Senior Backend Engineer", None, "linkedin", "en"),
        text="""Hi Nadia,

I came across your profile and was impressed by your work on event-driven systems. Hollyhock
Health is hiring a Senior Backend Engineer to help us scale our claims platform (Go, Postgres,
Kafka). Fully remote in Canada and the US.

Would you be open to a quick chat?

Dana Ruiz - Technical Recruiter at Hollyhock Health

Reply on LinkedIn: https://www.linkedin.com/messaging/thread/2-ZGFuYS1
""",
        tz=PDT,
    ),
    m(
        "16117",
        "2026-06-24 10:10",
        "Shannon Doyle <sdoyle@northstartalent.ca>",
        "Another one for you - platform/infra, hybrid Toronto",
        ("outreach", None, "Senior Platform Engineer", None, "agency", "en"),
        text="""Hi Nadia,

Hope the search is going well! I've just taken on a Senior Platform Engineer search for a
health-tech scale-up near Union Station (2 days in office, Kubernetes, Terraform, Go).
160-175k + 10% bonus. Shall I tell you more?

Shannon
Northstar Talent Partners
""",
        tz=EDT,
    ),
    m(
        "16118",
        "2026-08-12 14:25",
        "Ben Okafor <ben@fablane.com>",
        "Fablane (YC S25) - founding backend?",
        ("outreach", "Fablane", "Founding Backend Engineer", None, "direct", "en"),
        text="""Hi Nadia - Ben, cofounder at Fablane. Saw your profile on Work at a Startup. We're 4
people building inventory software for bakeries (really). Any interest in being our first
backend hire? Fully remote.

Ben
""",
        tz=PDT,
    ),
    m(
        "16119",
        "2026-03-09 09:14",
        "Ines Abara <ines@tallyhawkhq.com>",
        "Automatic reply: Re: Tallyhawk <> Nadia",
        ("other_job", TH, None, None, "direct", "en"),
        text="""Thanks for your message. I'm out of the office on Monday March 9 and will reply when
I'm back on Tuesday. For anything urgent, please contact talent@tallyhawkhq.com.

Ines
""",
        tz=EDT,
    ),
    m(
        "16120",
        "2026-04-09 12:03",
        "Verdant Grid Careers <no-reply@jobs.recruitee.com>",
        "Confirm your e-mail address",
        ("other_job", "Verdant Grid", None, None, "recruitee", "en"),
        text="""Hi Nadia,

Please confirm your e-mail address to finish creating your candidate account with Verdant
Grid. Your verification code is 418 227.

This code expires in 30 minutes.
""",
        tz=EDT,
    ),
    m(
        "16121",
        "2026-06-08 10:19",
        "Arcwell Transit Systems Careers <noreply@smartrecruiters.com>",
        "Your one-time passcode",
        ("other_job", "Arcwell Transit Systems", None, None, "smartrecruiters", "en"),
        text="""Your one-time passcode to sign in to the Arcwell Transit Systems careers site is:

905311

If you didn't request this, you can ignore this e-mail.
""",
        tz=EDT,
    ),
    m(
        "16122",
        "2026-04-10 09:00",
        "Tallyhawk Talent <no-reply@ashbyhq.com>",
        "How did we do? 2-minute survey about your interviews",
        ("other_job", TH, TH_R, None, "ashby", "en"),
        text="""Hi Nadia,

Whatever the outcome, we want every candidate to have a good experience at Tallyhawk. Would you
take two minutes to tell us how your interviews went? Responses are anonymous.

https://jobs.ashbyhq.com/tallyhawk/survey/1a2b

Thank you!
""",
        tz=EDT,
    ),
    m(
        "16123",
        "2026-05-06 11:00",
        "Kyle Brennan <kyle.brennan@brightlanestaffing.com>",
        "Right to Represent - please reply I AGREE",
        ("other_job", None, "Platform Engineer (Contract)", None, "agency", "en"),
        text="""Hi Nadia,

For our records, please reply to this e-mail with "I AGREE" to confirm that Brightlane Staffing
Solutions has exclusive right to represent you for the Platform Engineer (Contract) role with
our direct client for the next 90 days.

Thanks,
Kyle
""",
        tz=CDT,
    ),
    m(
        "16124",
        "2026-08-04 08:30",
        "Devon Clarke <devon@runwellhq.com>",
        "welcome!!",
        ("other_job", RW, None, None, "direct", "en"),
        text="""Nadia! Day one. Your laptop is on my desk (the courier got the address wrong), come
find me on the 4th floor whenever you're in. Standup is at 10:15, don't worry about it today.

Devon
""",
        tz=EDT,
    ),
]

DK = "Dockside"
DK_R = "Founding Engineer"

MAIL += [
    # 34 Dockside (dockside.build), Wellfound; the board names the company once, in the body
    m(
        "16125",
        "2026-06-05 21:18",
        "Wellfound <team@wellfound.com>",
        "Application sent",
        ("confirmation", DK, DK_R, 34, "wellfound", "en"),
        text="""Nice work, Nadia!

Your application for Founding Engineer is on its way. Here's what you sent:

"Hi - I've spent six years on backend and infra at two scale-ups and would love to help build
the first version of the platform. Happy to share code samples."

Company: Dockside - Pre-seed - Toronto (in person 3 days)

We'll e-mail you when the founders reply.
""",
        tz=PDT,
    ),
    m(
        "16126",
        "2026-06-08 07:55",
        "Lucas Ferreira <lucas@dockside.build>",
        "Re: your note",
        ("interview", DK, DK_R, 34, "direct", "en"),
        text="""Thanks Nadia, Tuesday 3pm works. We're at the Centre for Social Innovation on
Spadina,
ask for me at the front desk. Coffee is terrible but free.

Lucas
""",
        tz=EDT,
    ),
    m(
        "16127",
        "2026-06-16 10:20",
        "Lucas Ferreira <lucas@dockside.build>",
        "Re: your note",
        ("interview", DK, DK_R, 34, "direct", "en"),
        text="""Great meeting you last Tuesday. Could you come back Friday to do a half-day
building something small with me and Anna? We'd pay you for the day, obviously.

Lucas
Dockside
""",
        tz=EDT,
        headers=reply("16126", "Lucas Ferreira <lucas@dockside.build>"),
    ),
    m(
        "16128",
        "2026-05-07 08:02",
        "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>",
        "Re: Right to Represent - please reply I AGREE",
        ("other_job", None, "Platform Engineer (Contract)", None, "agency", "en"),
        text="""I AGREE. Attached is the signed form.

Nadia
""",
        to="Kyle Brennan <kyle.brennan@brightlanestaffing.com>",
        attach=[("RTR_signed.pdf", "application/pdf", "%PDF-1.4 rtr")],
        tz=EDT,
        headers=reply("16123", "Kyle Brennan <kyle.brennan@brightlanestaffing.com>"),
    ),
]
