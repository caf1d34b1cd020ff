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
        tz=EDT,
    ),
    m(
        "16002",
        "2026-03-09 14:02",
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
        tz=EDT,
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
        "Invitation: Tallyhawk onsite (virtual) - Nadia Kowalczyk @ Tue Mar 31, 2026 10am - 2pm (EDT)",
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
        tz=PDT,
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

Best of luck with Runwell!
Farah

> I've decided not to accept the offer. It was a hard decision...
""",
        st="declined",
        tz=EDT,
        headers=reply("16021", "Farah Qadri <farah.qadri@getnorthwake.com>"),
    ),
]
