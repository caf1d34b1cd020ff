"""Job mail of the eighteenth corpus: London and Dublin, mostly in English (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply


def _tz(zone: str, date: str) -> str:
    summer = date >= "2026-03-29"
    return {
        "MAD": "+0200" if summer else "+0100",
        "LON": "+0100" if summer else "+0000",
        "UTC": "+0000",
        "MEX": "-0600",
        "BOG": "-0500",
        "SAO": "-0300",
    }[zone]


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    z: str = "MAD",
    **kw: Any,
) -> dict[str, Any]:
    spec: dict[str, Any] = _m(key, date, frm, subject, t, text, html, tz=_tz(z, date), **kw)
    return spec


SM = "Sterling Mills"
SM_R = "Senior Product Marketing Manager, EMEA"
MF = "Marlowe & Finch"
MF_R = "Product Marketing Manager"
KL = "Kinvara Labs"
KL_R1 = "Product Marketing Manager, Payments"
KL_R2 = "Senior Product Marketing Manager, Growth"
HS = "Halden Systems"
HS_R1 = "Product Marketing Lead"
HS_R2 = "Product Marketing Manager - Partnerships"
QA = "Quillon Analytics"
QA_R = "Product Marketing Manager (Analytics Platform)"
AM = "Ardent Mobility"
AM_R = "Product Marketing Manager - Spain & Portugal"
FH = "Foxglove Health"
FH_R = "Product Marketing Manager"
PT = "Pellucid Travel"
PT_R = "Senior Product Marketing Manager"
LL = "Lumen Ledger"
LL_R = "Head of Product Marketing"
WH = "Wexford & Hale"
WH_R = "Brand & Product Marketing Manager"
OB = "Orla Beauty"
OB_R = "Product Marketing Manager, Skincare EMEA"
BP = "Brannock Pharma"
BP_R = "Product Marketing Manager, Digital Health"
TM = "Tessellate Media"
TM_R = "Product Marketing Manager, Ad Products"

SM_P = "Priya Raman <priya.raman@smgroup-talent.example>"
MF_A = "Aoife Brennan <aoife.brennan@marlowefinch.example>"
LL_N = "Niamh Doyle <niamhdoyle.ie@gmail.com>"
HL = "Oliver Pike <oliver.pike@harbourline.example>"
SR = "no-reply@smartrecruiters.com"

MAIL: list[dict[str, Any]] = [
    # --- 1 Sterling Mills (Greenhouse, recruiter at a group domain, case study, rejection)
    m(
        "18001",
        "2026-01-12 09:41",
        "Sterling Mills <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Sterling Mills",
        ("confirmation", SM, SM_R, 1, "greenhouse", "en"),
        text="""Hi Lucía,

Thank you for your interest in Sterling Mills! We've received your application for
Senior Product Marketing Manager, EMEA (London, hybrid) and our team will review it
over the coming days.

If your experience is a good match, a member of our Talent team will be in touch.

Kind regards,
Talent Acquisition | Sterling Mills
""",
        z="LON",
    ),
    m(
        "18002",
        "2026-01-20 14:05",
        SM_P,
        "Quick chat this week?",
        ("interview", SM, SM_R, 1, "direct", "en"),
        text="""Hi Lucía,

I hope you're well! I'm part of the talent team at Sterling Mills and I've just been through
your application - your launch work across Spain and LatAm is really interesting for us.

Would you be free for a 30-minute call this week or early next? I'm flexible Tuesday to
Thursday afternoons (UK time).

Best,
Priya

Priya Raman
Senior Talent Partner
Sterling Mills Group | 40 Clerkenwell Road, London
""",
        z="LON",
    ),
    m(
        "18003",
        "2026-01-21 10:12",
        SM_P,
        "Re: Quick chat this week?",
        ("interview", SM, SM_R, 1, "direct", "en"),
        text="""Perfect - Tuesday 3pm (UK) works. Invite on its way, it'll be a Teams link.

Speak then,
Priya

On Wed, 21 Jan 2026 at 09:02, Lucía Herrero Salas <lucia.herrero@nubemail.es> wrote:
> Hi Priya, thanks for reaching out! Tuesday or Wednesday afternoon both work for me.
> Lucía
""",
        z="LON",
        headers=reply("18002", SM_P),
    ),
    m(
        "18004",
        "2026-01-21 10:15",
        SM_P,
        "Invitation: Lucía Herrero / Priya Raman - intro call",
        ("interview", SM, SM_R, 1, "direct", "en"),
        text="""You have been invited to the following event.

Lucía Herrero / Priya Raman - intro call
Tuesday 27 January 2026, 15:00 - 15:30 (GMT)
Microsoft Teams meeting

Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_smg
""",
        z="LON",
        ics={
            "style": "outlook",
            "uid": "smg-intro-7781",
            "start": "2026-01-27 16:00:00 +0100",
            "minutes": 30,
            "organizer": ("Priya Raman", "priya.raman@smgroup-talent.example"),
            "summary": "Lucía Herrero / Priya Raman - intro call",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "18005",
        "2026-02-03 17:30",
        SM_P,
        "Next steps - meeting Tom and Georgia",
        ("interview", SM, SM_R, 1, "direct", "en"),
        text="""Hi Lucía,

Thanks again for your time last week. I've shared my notes with the team and they'd love to
meet you! The second round is a 60-minute video conversation with Tom Ashcroft (VP Marketing)
and Georgia Lund (Director, Product). I've sent an invite for Monday 9 Feb at 11:00 UK time -
let me know if that doesn't work.

Best,
Priya
""",
        z="LON",
        ics={
            "style": "outlook",
            "uid": "smg-r2-7781",
            "start": "2026-02-09 12:00:00 +0100",
            "minutes": 60,
            "organizer": ("Priya Raman", "priya.raman@smgroup-talent.example"),
            "attendees": [("Tom Ashcroft", "tom.ashcroft@smgroup-talent.example")],
            "summary": "Sterling Mills - 2nd round (Tom / Georgia)",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "18006",
        "2026-02-11 12:20",
        SM_P,
        "Case study brief",
        ("assessment", SM, SM_R, 1, "direct", "en"),
        text="""Hi Lucía,

Great news - Tom and Georgia really enjoyed Monday's conversation and we'd like to move you
to the final stage.

Attached is the case study brief. In short: we're launching our mid-market invoicing product
in Spain and Italy and we'd like to see how you'd build the go-to-market plan. Please send
your slides (max 10) by Thursday 19 Feb; you'll present them in a 45-minute session after that.

Any questions, shout.

Priya
""",
        z="LON",
        attach=[
            (
                "SMG_case_brief.txt",
                "text/plain",
                "Case brief: GTM for mid-market invoicing in ES/IT. 10 slides max.\n",
            )
        ],
    ),
    m(
        "18007",
        "2026-02-19 16:48",
        SM_P,
        "Re: Case study brief",
        ("assessment", SM, SM_R, 1, "direct", "en"),
        text="""\
Got it, thanks Lucía! I'll pass it to the panel and come back with presentation slots.

Priya

> On 19 Feb 2026, at 15:31, Lucía Herrero Salas wrote:
> Hi Priya, attached is my deck. Looking forward to walking you through it.
""",
        z="LON",
        headers=reply("18006", SM_P),
    ),
    m(
        "18008",
        "2026-03-04 11:02",
        SM_P,
        "Sterling Mills - update",
        ("rejection", SM, SM_R, 1, "direct", "en"),
        text="""Hi Lucía,

Thank you so much for the time and energy you put into the process, and for a genuinely
thoughtful presentation - the panel loved your pricing-page teardown.

It was a very close call, but we've decided to offer the role to another candidate whose
experience with UK enterprise buyers was slightly closer to what we need right now.

I'd really like to keep in touch for future roles, if you're open to that.

Warmest,
Priya
""",
        z="LON",
    ),
    m(
        "18009",
        "2026-03-06 09:00",
        "Sterling Mills <no-reply@us.greenhouse-mail.io>",
        "How did we do? 2-minute survey",
        ("other_job", SM, SM_R, None, "greenhouse", "en"),
        text="""Hi Lucía,

You recently interviewed with Sterling Mills. We'd love to hear about your experience as a
candidate - good or bad. The survey is anonymous and takes about two minutes.

https://survey.greenhouse.io/s/sterlingmills/7a0c1f

Thank you,
Sterling Mills Talent
""",
        z="LON",
    ),
    # --- 2 Marlowe & Finch (Lever, recruiter, reschedule, offer, declined)
    m(
        "18010",
        "2026-02-02 08:47",
        "Marlowe & Finch <no-reply@hire.lever.co>",
        "Your application to Marlowe & Finch",
        ("confirmation", MF, MF_R, 2, "lever", "en"),
        text="""Hi Lucía,

Thanks for applying to the Product Marketing Manager position at Marlowe & Finch. We're
excited to read about you!

Our team reviews every application by hand, so it may take us a week or two to get back to you.

The Marlowe & Finch team
https://jobs.lever.co/marlowefinch/3d2b7e10-pmm
""",
        z="LON",
    ),
    m(
        "18011",
        "2026-02-10 13:22",
        MF_A,
        "Marlowe & Finch - next steps",
        ("interview", MF, MF_R, 2, "direct", "en"),
        text="""Hi Lucía,

Aoife here from the People team at Marlowe & Finch in Dublin. Thanks for applying - we'd love
to set up a first conversation with Ciarán, our Head of Marketing.

Could you pick a slot in his calendar here? https://calendly.com/ciaran-mf/30min

Many thanks,
Aoife Brennan
Talent Acquisition Partner
Marlowe & Finch | Grand Canal Dock, Dublin 2
""",
        z="LON",
    ),
    m(
        "18012",
        "2026-02-11 09:05",
        "Calendly <notifications@calendly.com>",
        "New Event: Lucía Herrero Salas - 30 Minute Meeting",
        ("interview", MF, MF_R, 2, "other", "en"),
        text="""Hi Lucía Herrero Salas,

A new event has been scheduled.

Event Type: 30 Minute Meeting with Ciarán Walsh (Marlowe & Finch)
Invitee: Lucía Herrero Salas
Event Date/Time: 10:00 - 10:30 (Dublin), Tuesday 17 February 2026
Location: Google Meet - link in the invitation
""",
    ),
    m(
        "18013",
        "2026-02-16 18:40",
        MF_A,
        "Small change to tomorrow",
        ("interview", MF, MF_R, 2, "direct", "en"),
        text="""Hi Lucía,

So sorry for the late notice - Ciarán has been pulled into a board meeting tomorrow morning.
Could we move to Thursday 19th at the same time? I've updated the invite.

Apologies again,
Aoife
""",
        z="LON",
        ics={
            "style": "google",
            "uid": "mf-ciaran-19021",
            "sequence": 1,
            "start": "2026-02-19 10:00:00 +0000",
            "minutes": 30,
            "organizer": ("Aoife Brennan", "aoife.brennan@marlowefinch.example"),
            "summary": "Lucía Herrero Salas <> Ciarán Walsh",
            "location": "Google Meet",
        },
    ),
    m(
        "18014",
        "2026-02-16 19:02",
        MF_A,
        "Re: Small change to tomorrow",
        ("interview", MF, MF_R, 2, "direct", "en"),
        text="""Brilliant, thanks for being so flexible. Talk Thursday!

Aoife
""",
        z="LON",
        headers=reply("18013", MF_A),
    ),
    m(
        "18015",
        "2026-02-19 09:55",
        MF_A,
        "Automatic reply: Re: Small change to tomorrow",
        ("other_job", MF, MF_R, None, "direct", "en"),
        text="""\
Thank you for your email. I'm in interviews this morning with limited access to email
and will reply this afternoon.

Aoife
""",
        z="LON",
    ),
    m(
        "18016",
        "2026-03-02 15:10",
        MF_A,
        "Final conversation",
        ("interview", MF, MF_R, 2, "direct", "en"),
        text="""Hi Lucía,

The feedback from Ciarán and the panel was excellent. Last step is a chat with our CEO, Declan
Finch - honestly more of a two-way conversation than an interview. Does Friday 6 March at 12:00
Dublin time suit?

Aoife
""",
        z="LON",
    ),
    m(
        "18017",
        "2026-03-11 17:45",
        "Ciarán Walsh <ciaran.walsh@marlowefinch.example>",
        "Joining us",
        ("offer", MF, MF_R, 2, "direct", "en"),
        cc=MF_A,
        text="""Hi Lucía,

I'm really pleased to say that we'd love you to join Marlowe & Finch as our Product Marketing
Manager. Everyone you met came away impressed.

Aoife will send over the written details tomorrow, but the headlines are a base of EUR 78,000,
a 10 % bonus and relocation support to Dublin. Take the time you need and call me with any
questions at all.

Ciarán
""",
        z="LON",
    ),
    m(
        "18018",
        "2026-03-24 10:31",
        MF_A,
        "Re: Offer - Marlowe & Finch",
        ("offer", MF, MF_R, 2, "direct", "en"),
        st="declined",
        text="""Hi Lucía,

Thanks for letting us know, and for being so open with us throughout. Of course we're
disappointed, but we completely understand that staying in Madrid is the right call for you
and your family right now.

The door is always open - best of luck with everything!

Aoife
""",
        z="LON",
        headers=reply("18017", "Ciarán Walsh <ciaran.walsh@marlowefinch.example>"),
    ),
    # --- 3 + 4 Kinvara Labs, two roles (Workable)
    m(
        "18019",
        "2026-01-15 19:12",
        "Kinvara Labs <noreply@candidates.workablemail.com>",
        "Thanks for applying to Kinvara Labs",
        ("confirmation", KL, KL_R1, 3, "workable", "en"),
        text="""Hi Lucía,

Thanks for applying for the Product Marketing Manager, Payments role at Kinvara Labs. Your
application has been received and we will review it right away.

If you'd like to update your details, you can do so from this link:
https://apply.workable.com/kinvara-labs/

Best regards,
Kinvara Labs Hiring Team

Powered by Workable
""",
        z="LON",
    ),
    m(
        "18020",
        "2026-01-29 16:03",
        "Kinvara Labs <noreply@candidates.workablemail.com>",
        "Your application at Kinvara Labs",
        ("rejection", KL, KL_R1, 3, "workable", "en"),
        text="""Hi Lucía,

Thank you for taking the time to apply. We had a large number of strong applications and
after reviewing yours carefully, we won't be progressing it at this time.

We'll keep your details on file and wish you all the best in your search.

Kinvara Labs Hiring Team
""",
        z="LON",
    ),
    m(
        "18021",
        "2026-04-22 08:15",
        "Kinvara Labs <noreply@candidates.workablemail.com>",
        "Finish your application for Senior Product Marketing Manager, Growth",
        ("alert", KL, KL_R2, None, "workable", "en"),
        text="""Hi Lucía,

You started an application for Senior Product Marketing Manager, Growth at Kinvara Labs but
haven't submitted it yet. It only takes a few more minutes:

https://apply.workable.com/kinvara-labs/j/8E3A21C0F4/apply/

Kinvara Labs
""",
        z="LON",
    ),
    m(
        "18022",
        "2026-04-23 21:40",
        "Kinvara Labs <noreply@candidates.workablemail.com>",
        "Thanks for applying to Kinvara Labs",
        ("confirmation", KL, KL_R2, 4, "workable", "en"),
        text="""Hi Lucía,

Thanks for applying for the Senior Product Marketing Manager, Growth role at Kinvara Labs.
Your application has been received and we will review it right away.

Best regards,
Kinvara Labs Hiring Team

Powered by Workable
""",
        z="LON",
    ),
    # --- 5 + 6 Halden Systems (iCIMS): rejection, then a re-application, withdrawn
    m(
        "18023",
        "2026-01-19 11:02",
        "Halden Systems Careers <halden-careers@icims.com>",
        "Your Halden Systems careers account",
        ("other_job", HS, None, None, "icims", "en"),
        text="""Welcome to the Halden Systems Career Portal.

Your verification code is 482 911. Enter it on the sign-in page to continue your application.
This code expires in 15 minutes.

If you did not request this code, you can ignore this message.
""",
        z="LON",
    ),
    m(
        "18024",
        "2026-01-19 11:20",
        "Halden Systems Careers <halden-careers@icims.com>",
        "Halden Systems: Application Received - Req 2026-1184",
        ("confirmation", HS, HS_R1, 5, "icims", "en"),
        text="""Dear Lucía,

Thank you for applying for the position of Product Marketing Lead (Req 2026-1184) in Dublin.

We have received your application and it is currently under review. You can view the status
of your application at any time through the Career Portal:
https://careers-halden.icims.com/jobs/candidate

Regards,
Halden Systems Talent Acquisition
""",
        z="LON",
    ),
    m(
        "18025",
        "2026-02-13 15:30",
        "Halden Systems Careers <halden-careers@icims.com>",
        "Halden Systems - Req 2026-1184",
        ("rejection", HS, HS_R1, 5, "icims", "en"),
        text="""Dear Lucía,

Thank you for your interest in Halden Systems. We appreciate the time you took to apply.

We have reviewed your background and qualifications and have decided to pursue other
candidates for this requisition. We encourage you to apply for future positions that match
your skills.

Regards,
Halden Systems Talent Acquisition
""",
        z="LON",
    ),
    m(
        "18026",
        "2026-05-05 10:44",
        "Halden Systems Careers <halden-careers@icims.com>",
        "Halden Systems: Application Received - Req 2026-1630",
        ("confirmation", HS, HS_R2, 6, "icims", "en"),
        text="""Dear Lucía,

Thank you for applying for the position of Product Marketing Manager - Partnerships
(Req 2026-1630) in Dublin / Remote EU.

We have received your application and it is currently under review.

Regards,
Halden Systems Talent Acquisition
""",
        z="LON",
    ),
    m(
        "18027",
        "2026-05-14 12:18",
        "Rory Gallagher <rgallagher@haldensys.example>",
        "Partnerships PMM - chat?",
        ("interview", HS, HS_R2, 6, "direct", "en"),
        text="""Hi Lucía,

Good to see your name again - you applied for our PMM Lead role earlier in the year and the
team remembered you. I'm hiring for the partnerships side now; would you have 30 minutes
next week for a video call? Wednesday or Thursday morning would suit me best.

Rory Gallagher
Director, Partner Marketing
""",
        z="LON",
    ),
    m(
        "18028",
        "2026-06-08 09:12",
        "Halden Systems Careers <halden-careers@icims.com>",
        "Withdrawal confirmation - Req 2026-1630",
        ("confirmation", HS, HS_R2, 6, "icims", "en"),
        st="withdrawn",
        text="""Dear Lucía,

This is to confirm that you have withdrawn your application for Product Marketing Manager -
Partnerships (Req 2026-1630). We're sorry to see you go and wish you every success.

Halden Systems Talent Acquisition
""",
        z="LON",
    ),
    # --- 7 Quillon Analytics through Harbourline Talent (agency, client named late)
    m(
        "18029",
        "2026-02-17 10:05",
        HL,
        "PMM opportunity - analytics scale-up, London/remote",
        ("outreach", None, "Product Marketing Manager", None, "agency", "en"),
        text="""Hi Lucía,

I came across your profile and thought of you straight away for a role I'm working on. My
client is a Series B analytics platform (c. 200 people, HQ London, open to remote from Spain)
looking for a Product Marketing Manager to own positioning and launches for Southern Europe.

The package is up to GBP 75k plus equity. I can't share the name just yet, but happy to tell
you more on a call. Any time this week?

Best,
Oliver Pike
Principal Consultant - Marketing & Growth
Harbourline Talent | +44 20 7946 0321
""",
        z="LON",
    ),
    m(
        "18030",
        "2026-02-20 16:28",
        HL,
        "Re: PMM opportunity - analytics scale-up, London/remote",
        ("confirmation", QA, QA_R, 7, "agency", "en"),
        text="""Hi Lucía,

Great speaking earlier. As discussed, I've now submitted your CV to my client, Quillon
Analytics, for the Product Marketing Manager (Analytics Platform) role. I'll chase them for
feedback early next week.

Oliver
""",
        z="LON",
        headers=reply("18029", HL),
    ),
    m(
        "18031",
        "2026-03-02 11:47",
        HL,
        "Quillon - first interview confirmed",
        ("interview", QA, QA_R, 7, "agency", "en"),
        text="""Hi Lucía,

Good news: Quillon would like to meet you. First interview is confirmed with Hannah Mercer
(CMO) on Thursday 5 March, 14:00 UK / 15:00 Madrid, via Zoom - link below.

https://quillon.zoom.us/j/88812345670

Let me know once you're done, I'd love to hear how it went.

Oliver
""",
        z="LON",
    ),
    m(
        "18032",
        "2026-03-13 17:05",
        HL,
        "Feedback from Thursday",
        ("rejection", QA, QA_R, 7, "agency", "en"),
        text="""Hi Lucía,

I've had feedback from Hannah. She really liked your energy and your launch examples, but
they've decided to go with someone based in London given how much in-person time the role
needs with the sales team. Sorry it's not better news - I'll keep you in mind for anything
remote-first.

Oliver
""",
        z="LON",
    ),
    # --- 8 Ardent Mobility, LinkedIn Easy Apply
    m(
        "18033",
        "2026-01-26 20:14",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucía, your application was sent to Ardent Mobility",
        ("confirmation", AM, AM_R, 8, "linkedin", "en"),
        html="""<html><body><table><tr><td>
<p>Your application was sent to Ardent Mobility</p>
<p><b>Product Marketing Manager - Spain &amp; Portugal</b><br>Ardent Mobility · Madrid (Hybrid)</p>
<p>Applied on January 26, 2026</p>
<p><a href="https://www.linkedin.com/jobs/view/4120087713/">View job</a></p>
<p style="font-size:11px;color:#666">This email was intended for Lucía Herrero Salas (Product
Marketing Manager).
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "18034",
        "2026-01-30 08:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Ardent Mobility",
        ("viewed", AM, AM_R, 8, "linkedin", "en"),
        html="""<html><body>
<p>Lucía, your application was viewed</p>
<p>Ardent Mobility viewed your application for Product Marketing Manager - Spain &amp; Portugal.</p>
<p><a href="https://www.linkedin.com/jobs-tracker/">See your applied jobs</a></p>
</body></html>""",
    ),
    m(
        "18035",
        "2026-02-18 07:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Ardent Mobility",
        ("rejection", AM, AM_R, 8, "linkedin", "en"),
        html="""<html><body>
<p>Product Marketing Manager - Spain &amp; Portugal<br>Ardent Mobility · Madrid (Hybrid)</p>
<p>Thank you for your interest in the Product Marketing Manager - Spain &amp; Portugal position at
Ardent Mobility in Madrid. Unfortunately, we will not be moving forward with your application,
but we appreciate your time and interest in Ardent Mobility.</p>
<p>Regards,<br>Ardent Mobility</p>
</body></html>""",
    ),
    # --- 9 Foxglove Health, Indeed; recruiter with the company only in the signature; ghosted
    m(
        "18036",
        "2026-02-24 22:10",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Product Marketing Manager",
        ("confirmation", FH, FH_R, 9, "indeed", "en"),
        text="""Application submitted

Product Marketing Manager
Foxglove Health - London

Your application has been submitted. Good luck!

The following items were sent to the employer:
  - Lucia_Herrero_CV_EN.pdf
  - Answers to 4 screener questions

Track this application on My Jobs: https://myjobs.indeed.com/applied
""",
    ),
    m(
        "18037",
        "2026-03-09 13:33",
        "Hannah Kerr <h.kerr@fxgh.example>",
        "Your application - 30 min call?",
        ("interview", FH, FH_R, 9, "direct", "en"),
        text="""Hi Lucía,

Thanks for your interest in the PMM role. I'd love to set up a short call to talk about your
background and what we're building. Are you free Wednesday at 2pm UK?

Thanks,
Hannah

--
Hannah Kerr | Talent Partner
Foxglove | digital care for long-term conditions
""",
        z="LON",
    ),
    m(
        "18038",
        "2026-03-10 08:26",
        "Hannah Kerr <h.kerr@fxgh.example>",
        "Re: Your application - 30 min call?",
        ("interview", FH, FH_R, 9, "direct", "en"),
        text="""Lovely, Wednesday 2pm it is. I'll call you on the mobile number on your CV.

H.
""",
        z="LON",
        headers=reply("18037", "Hannah Kerr <h.kerr@fxgh.example>"),
    ),
    # --- 10 Pellucid Travel, Glassdoor Easy Apply, ghosted
    m(
        "18039",
        "2026-03-17 21:55",
        "Glassdoor <noreply@glassdoor.com>",
        "Your application has been submitted",
        ("confirmation", PT, PT_R, 10, "other", "en"),
        html="""<html><body>
<h2>Application submitted!</h2>
<p>Senior Product Marketing Manager</p>
<p>Pellucid Travel - London, England</p>
<p>We've sent your application to the employer. You can check your applications any time
in <a href="https://www.glassdoor.co.uk/member/jobs/applied">Applied jobs</a>.</p>
</body></html>""",
    ),
    # --- 11 Lumen Ledger, founder from gmail, take-home, then on hold
    m(
        "18040",
        "2026-03-19 22:48",
        LL_N,
        "Re: Head of Product Marketing",
        ("interview", LL, LL_R, 11, "direct", "en"),
        text="""Hi Lucía,

Thanks so much for the note and the CV - sorry it took me a few days, fundraising week!
Your launch playbook for the Spanish market is exactly the kind of thing we need.

Could we do a video call Monday or Tuesday? Any time after 4pm Irish time is good.

Niamh

Niamh Doyle
Co-founder & CEO, Lumen Ledger
""",
        z="LON",
        headers={
            "In-Reply-To": "<CAHs8Lq1mX0e4@mail.nubemail.es>",
            "References": "<CAHs8Lq1mX0e4@mail.nubemail.es>",
        },
    ),
    m(
        "18041",
        "2026-03-24 19:10",
        LL_N,
        "Short exercise",
        ("assessment", LL, LL_R, 11, "direct", "en"),
        text="""Hi Lucía,

Really enjoyed chatting yesterday. As promised, a small exercise: write a one-page positioning
statement for our reconciliation product aimed at Spanish accountancy firms, and a rough
launch plan for the first 90 days. Please don't spend more than 3-4 hours on it; sometime next
week is perfect.

Niamh
""",
        z="LON",
    ),
    m(
        "18042",
        "2026-04-02 08:30",
        LL_N,
        "Re: Short exercise",
        ("assessment", LL, LL_R, 11, "direct", "en"),
        text="""Thank you - got it, will read it properly this weekend.

N.

Sent from my iPhone
""",
        z="LON",
        headers=reply("18041", LL_N),
    ),
    m(
        "18043",
        "2026-04-14 21:02",
        LL_N,
        "Honest update",
        ("confirmation", LL, LL_R, 11, "direct", "en"),
        st="on_hold",
        text="""Hi Lucía,

I owe you an honest update. Your exercise was the best we received, truly. But our round is
taking longer to close than planned, and the board has asked us to pause all senior hires
until it's done - probably until the summer.

I'd love to pick this up again when we can. Would you be OK with me reaching out then?

Niamh
""",
        z="LON",
    ),
    # --- 12 Wexford & Hale (Teamtailor, name only in the job URL), interview, rejection
    m(
        "18044",
        "2026-02-05 12:00",
        "Talent team <no-reply@teamtailor.com>",
        "Thanks for your application!",
        ("confirmation", WH, WH_R, 12, "teamtailor", "en"),
        text="""Hi Lucía,

We've received your application for Brand & Product Marketing Manager. Thank you for your
interest - we'll be in touch as soon as we've had a look.

You can view the job here:
https://wexfordhale.teamtailor.com/jobs/5567201-brand-product-marketing-manager

Best wishes,
The Talent team
""",
        z="LON",
    ),
    m(
        "18045",
        "2026-02-16 11:15",
        "Talent team <no-reply@teamtailor.com>",
        "Booking confirmed: video interview with Sophie Hale",
        ("interview", WH, WH_R, 12, "teamtailor", "en"),
        text="""Hi Lucía,

Your interview is booked.

When: Friday 20 February 2026, 10:30 - 11:15 (Europe/London)
With: Sophie Hale, Marketing Director, Wexford & Hale
Where: Google Meet - https://meet.google.com/wxh-pmmq-sal

Need to reschedule? Use this link: https://wexfordhale.teamtailor.com/meetings/reschedule/ab31
""",
        z="LON",
        ics={
            "style": "google",
            "uid": "tt-wxh-55672-ab31",
            "start": "2026-02-20 10:30:00 +0000",
            "minutes": 45,
            "organizer": ("Sophie Hale", "sophie.hale@wexfordhale.example"),
            "summary": "Video interview: Lucía Herrero Salas - Wexford & Hale",
            "location": "https://meet.google.com/wxh-pmmq-sal",
        },
    ),
    m(
        "18046",
        "2026-03-03 14:20",
        "Sophie Hale <sophie.hale@wexfordhale.example>",
        "Following up",
        ("rejection", WH, WH_R, 12, "direct", "en"),
        text="""Dear Lucía,

Thank you for speaking with me last month - I enjoyed hearing about your work on the loyalty
relaunch. I'm sorry to say that we won't be taking your application further; we've decided
to prioritise candidates with deeper UK retail experience for this one.

I wish you every success.

Kind regards,
Sophie Hale
Marketing Director | Wexford & Hale
""",
        z="LON",
    ),
    # --- 13 Orla Beauty and 14 Brannock Pharma share one SmartRecruiters no-reply mailbox
    m(
        "18047",
        "2026-03-26 09:31",
        f"Orla Beauty <{SR}>",
        "Thank you for your application",
        ("confirmation", OB, OB_R, 13, "smartrecruiters", "en"),
        text="""Dear Lucía,

Thank you for applying for Product Marketing Manager, Skincare EMEA. We have received your
application and will review it shortly.

Kind regards,
Talent Acquisition Team
Orla Beauty
""",
    ),
    m(
        "18048",
        "2026-04-06 10:02",
        "Orla Beauty <noreply@hirevue.com>",
        "Orla Beauty invites you to a digital interview",
        ("assessment", OB, OB_R, 13, "hirevue", "en"),
        text="""Hello Lucía,

Thank you for your interest in Orla Beauty. As the next step, we invite you to complete an
on-demand video interview. You'll answer 5 questions on camera; it takes about 25 minutes.

Please complete it by 13 April 2026:
https://app.hirevue.com/interviews/orlabeauty/8fd2c1

Good luck!
Orla Beauty Talent Acquisition
""",
    ),
    m(
        "18049",
        "2026-04-28 16:45",
        f"Orla Beauty <{SR}>",
        "Regarding your application",
        ("rejection", OB, OB_R, 13, "smartrecruiters", "en"),
        text="""Dear Lucía,

Thank you for completing the digital interview and for your interest in Orla Beauty.

We have now reviewed all candidates and regret to inform you that we will not be moving
forward with your application on this occasion.

Kind regards,
Talent Acquisition Team
Orla Beauty
""",
    ),
    m(
        "18050",
        "2026-04-09 18:20",
        f"Brannock Pharma <{SR}>",
        "Thank you for your application",
        ("confirmation", BP, BP_R, 14, "smartrecruiters", "en"),
        text="""Dear Lucía,

Thank you for applying for Product Marketing Manager, Digital Health. We have received your
application and will review it shortly.

Kind regards,
Talent Acquisition Team
Brannock Pharma
""",
    ),
    m(
        "18051",
        "2026-03-20 08:00",
        f"Orla Beauty <{SR}>",
        "Welcome to the Orla Beauty Talent Community",
        ("alert", OB, None, None, "smartrecruiters", "en"),
        text="""Hi Lucía,

Thanks for joining our Talent Community! We'll send you new opportunities that match your
interests in Marketing - Dublin, London and Remote EU.

Orla Beauty Careers
""",
    ),
    # --- 15 Tessellate Media, confirmation forwarded from an old address, ghosted
    m(
        "18052",
        "2026-04-16 20:41",
        "Lucía Herrero <lucia.herrero.salas@outlook.com>",
        "Fwd: Thank you for applying to Tessellate Media",
        ("confirmation", TM, TM_R, 15, "greenhouse", "en"),
        text="""Me lo reenvío al correo bueno.

---------- Forwarded message ---------
From: Tessellate Media <no-reply@us.greenhouse-mail.io>
Date: Thu, 16 Apr 2026 at 18:02
Subject: Thank you for applying to Tessellate Media
To: <lucia.herrero.salas@outlook.com>

Hi Lucía,

Thanks for applying to Tessellate Media! We've received your application for Product
Marketing Manager, Ad Products and our team will be reviewing it soon.

All the best,
Tessellate Media Recruiting
""",
    ),
    # --- outreach, alerts, other job mail (English)
    m(
        "18053",
        "2026-01-08 12:40",
        "Callum Reid via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Opportunity at Sorrel Bank - Product Marketing",
        (
            "outreach",
            "Sorrel Bank",
            "Senior Product Marketing Manager, Cards",
            None,
            "linkedin",
            "en",
        ),
        text="""Hi Lucía,

I lead marketing recruitment at Sorrel Bank. We're growing our cards team in Madrid and your
experience in fintech product launches caught my eye. Would you be open to a conversation about
a Senior Product Marketing Manager, Cards role?

Best,
Callum

Reply on LinkedIn: https://www.linkedin.com/messaging/
""",
    ),
    m(
        "18054",
        "2026-01-14 09:30",
        "Sorrel Bank Careers <sorrelbank@myworkday.com>",
        "Verify your candidate account",
        ("other_job", "Sorrel Bank", None, None, "workday", "en"),
        text="""Hi Lucía,

Please verify your email address to finish creating your candidate account with Sorrel Bank.

Verify: https://sorrelbank.wd3.myworkdayjobs.com/en-US/Careers/verify?token=a7f2

If you didn't create an account, please ignore this email.
""",
    ),
    m(
        "18055",
        "2026-04-01 15:12",
        "Grace Ofori <grace@kilbride-exec.example>",
        "Confidential search - Director of Product Marketing",
        ("outreach", None, "Director of Product Marketing", None, "agency", "en"),
        text="""Dear Lucía,

I'm leading a confidential search for a Director of Product Marketing for a Series C
climate-tech company headquartered in Dublin, expanding into Iberia and Latin America.

Given your background I thought it could be of interest. Could we find 20 minutes for an
initial call? I'm happy to share more detail under NDA.

Kind regards,
Grace Ofori
Partner, Kilbride Executive Search
""",
    ),
    m(
        "18056",
        "2026-05-20 11:00",
        "Marcus Webb <marcus.webb@baxterrowe.example>",
        "Hello from Baxter Rowe",
        ("outreach", "Baxter Rowe", "Product Marketing Manager, EMEA", None, "direct", "en"),
        text="""Hi Lucía,

Marcus here, Head of Marketing at Baxter Rowe (we make scheduling software for clinics).
A former colleague of yours, Ines, suggested I get in touch. We're about to hire our first
PMM for EMEA and I'd love to tell you about it - no pressure at all.

Coffee over Zoom some time?

Marcus
""",
    ),
    m(
        "18057",
        "2026-01-10 07:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"product marketing manager": 12 new jobs in Madrid',
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body>
<p>Your job alert for <b>product marketing manager</b> in Madrid, Community of Madrid, Spain</p>
<p>12 new jobs match your preferences.</p>
<ul>
<li>Product Marketing Manager - Hiperia - Madrid (Hybrid)</li>
<li>Senior PMM, Iberia - Sorrel Bank - Madrid</li>
<li>Product Marketing Lead - Corvina Software - Madrid (Remote)</li>
</ul>
<p><a href="https://www.linkedin.com/jobs/search/?savedSearchId=1744">See all jobs</a></p>
</body></html>""",
    ),
    m(
        "18058",
        "2026-02-21 07:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"product marketing": new jobs in Dublin',
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body>
<p>8 new jobs for <b>product marketing</b> in Dublin, County Dublin, Ireland</p>
<ul><li>Product Marketing Manager - Lumen Ledger - Dublin</li>
<li>PMM, Partnerships - Halden Systems - Dublin</li></ul>
</body></html>""",
    ),
    m(
        "18059",
        "2026-03-09 06:50",
        "Indeed <alert@indeed.com>",
        "15 new product marketing manager jobs in London",
        ("alert", None, None, None, "indeed", "en"),
        text="""Product Marketing Manager - Foxglove Health - London - GBP 65,000 - 75,000 a year
Senior Product Marketing Manager - Pellucid Travel - London - Easily apply
Product Marketing Manager, Ad Products - Tessellate Media - London

See all jobs: https://uk.indeed.com/jobs?q=product+marketing+manager&l=London
Unsubscribe from this alert
""",
    ),
    m(
        "18060",
        "2026-04-30 09:12",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Companies hiring for Product Marketing Manager near you",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body>
<p>Lucía, these companies are hiring now</p>
<p>Orla Beauty · 4.1 ★ · Product Marketing Manager, Skincare EMEA<br>
Baxter Rowe · 4.4 ★ · PMM EMEA<br>Brannock Pharma · 3.8 ★</p>
</body></html>""",
    ),
    m(
        "18061",
        "2026-05-26 07:05",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Lucía, Baxter Rowe is hiring",
        ("alert", "Baxter Rowe", "Product Marketing Manager, EMEA", None, "linkedin", "en"),
        html="""<html><body><p>Baxter Rowe is hiring for roles you may be interested in.</p>
<p>Product Marketing Manager, EMEA · Remote (Europe)</p></body></html>""",
    ),
]
