# ruff: noqa: E501
"""Corpus 34, the rest of the inbox: ordinary mail and look-alikes (see heldout34.py)."""

from __future__ import annotations

from typing import Any

from heldout34_jobs import N, ev, m, reply

MAIL: list[dict[str, Any]] = []
add = MAIL.append

MUM = "Funmi Oyelaran <funmi.oyelaran@btinternet.com>"
TOLU = "Tolu Oyelaran <tolu.oyelaran@outlook.com>"
CALLUM = "Callum Brooks <callum.brooks.mcr@gmail.com>"
BECKY = "Becky Harrop <beckyharrop88@gmail.com>"
SIAN = "Sian Pritchard <sian.pritchard@hotmail.co.uk>"
LI = "LinkedIn <notifications-noreply@linkedin.com>"
LIMSG = "LinkedIn <messages-noreply@linkedin.com>"

# --- family and friends ---------------------------------------------------------------------
add(
    m(
        "n-mum1",
        "2025-09-02 19:40",
        MUM,
        "Sunday",
        N,
        """Hi darling,

Are you still coming down on the 21st? Tolu says she can collect you from East Croydon. I'm
making jollof and your dad wants to show Ada the new fish pond. Let me know about trains.

Love Mum xx

Sent from my iPad""",
    )
)
add(
    m(
        "n-becky1",
        "2025-09-04 21:13",
        BECKY,
        "bake off tonight!!",
        N,
        """Are you watching?? That
focaccia was a CRIME. Also are we still on for brunch Saturday, Ancoats? Sian's in.
B x""",
    )
)
add(
    m(
        "n-callum1",
        "2025-09-09 12:31",
        CALLUM,
        "nursery pickup",
        N,
        """Can you grab Ada today?
My 4pm has moved to 5. Also we're out of nappy bags for the swimming lesson bag - I'll get
some on the way home.
C x""",
    )
)
add(
    m(
        "n-sian1",
        "2025-09-13 10:02",
        SIAN,
        "Re: brunch",
        N,
        """Table booked at 11 at Pollen -
under Pritchard. Don't be late Hannah I know what you're like! 😂

On Sat, 13 Sep 2025 at 09:41, Hannah Oyelaran-Brooks <h.oyelaranbrooks@gmail.com> wrote:
> Running 10 mins late, tram stuck at Cornbrook. Order me a flat white!""",
    )
)
add(
    m(
        "n-tolu1",
        "2025-09-19 08:55",
        TOLU,
        "Re: trains Sunday",
        N,
        """I'll be at East Croydon at
11:52, look for the red Corsa. Mum's invited Auntie Bisi as well so brace yourself for
questions about when you're getting married lol

Tolu""",
    )
)
add(
    m(
        "n-mum2",
        "2025-10-03 18:22",
        MUM,
        "Photos from Sunday",
        N,
        """Hello Hannah,
Here are the photos from Ada's visit. The one by the pond is my favourite. Your father says
good luck with all the job applications and don't sell yourself short.
Love, Mum""",
        attach=[("IMG_4412.txt", "text/plain", "[photo placeholder: Ada by the pond]")],
    )
)
add(
    m(
        "n-becky2",
        "2025-10-11 14:47",
        BECKY,
        "Halloween party 31st",
        N,
        """Hiya! Doing a
Halloween thing at ours on Fri 31st from 7. Kids welcome till 9, then it's grown-ups and bad
cocktails. Costume mandatory (Callum you cannot come as "a man in a hoodie" again).
Bex x""",
    )
)
add(
    m(
        "n-callum2",
        "2025-10-18 16:08",
        CALLUM,
        "Fwd: Your boiler service is due",
        N,
        """Can you
book this? You're better on the phone with them than me. Any weekday morning works.

---------- Forwarded message ---------
From: Hearthwell Heating <service@hearthwellheating.co.uk>
Date: Sat, 18 Oct 2025 at 09:00
Subject: Your boiler service is due

Dear Mr Brooks, your annual boiler service at 27 Ashfield Road, Chorlton is due. Reply or call
0161 555 0771 to book an engineer visit.""",
    )
)
add(
    m(
        "n-tolu2",
        "2025-11-02 20:30",
        TOLU,
        "Mum's 60th - planning",
        N,
        """Right, surprise party
for Mum's 60th. I'm thinking Saturday 7 Feb, the hall at St Mildred's, caterer from Peckham.
Can you do a spreadsheet for the budget (you're the accountant!!) and we split it three ways
with Dapo? Don't tell her.
T""",
    )
)
add(
    m(
        "n-sian2",
        "2025-11-09 11:21",
        SIAN,
        "how did the interview go??",
        N,
        """Tell me
everything! Also I still have your Tupperware from July. Coffee this week? I'm wfh Weds and
Thurs.
S xx""",
    )
)
add(
    m(
        "n-dapo",
        "2025-11-15 23:41",
        "Dapo Oyelaran <dapo.oyelaran@gmail.com>",
        "Re: Mum's 60th - planning",
        N,
        """I'm in. Send me the spreadsheet and my share. Can we get a DJ who isn't Uncle Femi?

> Right, surprise party for Mum's 60th...""",
    )
)
add(
    m(
        "n-becky3",
        "2025-12-05 09:15",
        BECKY,
        "Secret Santa!!",
        N,
        """You've been assigned:
SIAN 🎅 £20 limit, swap at mine on the 20th. Don't get her another candle.
B""",
    )
)
add(
    m(
        "n-callum3",
        "2025-12-19 13:02",
        CALLUM,
        "tree",
        N,
        """Picked up the tree from the
garden centre - it's enormous, we may need to cut the top off. Also Ada wants "a real reindeer"
for Christmas so good luck with that.
x""",
    )
)
add(
    m(
        "n-mum3",
        "2025-12-28 10:44",
        MUM,
        "Thank you",
        N,
        """Thank you for the lovely scarf
and the photo book, it made me cry. So proud of you getting the new job. Building society,
very sensible!! Safe journey back up North.
Mum xxx""",
    )
)
add(
    m(
        "n-tolu3",
        "2026-01-17 15:20",
        TOLU,
        "Party update",
        N,
        """Hall confirmed, deposit paid
(£150). Caterer wants final numbers by 31st. 64 yeses so far. Mum still suspects nothing, she
thinks we're going to a restaurant.
T""",
    )
)
add(
    m(
        "n-sian3",
        "2026-01-30 19:05",
        SIAN,
        "first day!!!",
        N,
        """Good luck Monday!! You're
going to smash it. Drinks on Friday to celebrate surviving week one?
S x""",
    )
)
add(
    m(
        "n-becky4",
        "2026-02-14 10:30",
        BECKY,
        "book club - Feb",
        N,
        """Book club is at mine on
the 26th. We're doing Intermezzo. I'm only on page 80 so no judgement please.
B x""",
    )
)

# --- LinkedIn social and look-alikes --------------------------------------------------------
add(
    m(
        "n-li-congrats",
        "2025-09-11 14:00",
        LI,
        "Congratulate Owen Rigby on the new role",
        N,
        """Owen Rigby started a new position as Finance Business Partner at Quayline Telecom.

Say congrats: https://www.linkedin.com/feed/update/urn:li:activity:71432

You're receiving this because you're connected to Owen Rigby.
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2""",
    )
)
add(
    m(
        "n-li-views",
        "2025-09-30 08:15",
        LI,
        "You appeared in 17 searches this week",
        N,
        """Hannah, you appeared in 17 searches this week.

Your profile was found by people from: Financial services, Staffing and recruiting,
Manufacturing.

See who's looking: https://www.linkedin.com/me/search-appearances/
© 2025 LinkedIn Ireland Unlimited Company""",
    )
)
add(
    m(
        "n-li-post",
        "2025-10-16 17:33",
        LI,
        "Maria Lowe commented on your post",
        N,
        """Maria Lowe commented on your post: "Great summary of the CIMA case study tips – the
bit about reading the pre-seen twice saved me!"

View comment: https://www.linkedin.com/feed/update/urn:li:activity:71988
© 2025 LinkedIn Ireland Unlimited Company""",
    )
)
add(
    m(
        "n-li-anniv",
        "2025-11-20 09:00",
        LI,
        "Celebrate Jess Naylor's 5 year work anniversary",
        N,
        """Jess Naylor is celebrating 5 years at Castlegate Accounting.

Congratulate Jess: https://www.linkedin.com/feed/
© 2025 LinkedIn Ireland Unlimited Company""",
    )
)
add(
    m(
        "n-li-msg",
        "2025-12-02 20:11",
        LIMSG,
        "Owen sent you a message",
        N,
        """Owen Rigby
"Hey Hannah! Long time. Are you going to the CIMA Manchester Christmas social on the 11th?"

Reply: https://www.linkedin.com/messaging/thread/2-OWR/
© 2025 LinkedIn Ireland Unlimited Company""",
    )
)
add(
    m(
        "n-li-newjob",
        "2026-02-03 10:04",
        LI,
        "Hannah, share that you're starting a new position?",
        N,
        """Let your network know about your new position at Kersal Building Society.

Update your profile: https://www.linkedin.com/in/me/edit/position/new/
© 2026 LinkedIn Ireland Unlimited Company""",
    )
)
add(
    m(
        "n-li-congrats2",
        "2026-02-05 12:48",
        LI,
        "Priya Kaur and 41 others reacted to your update",
        N,
        """Your update "Starting a new position as FP&A Analyst at Kersal Building Society" has
42 reactions and 19 comments.

See all: https://www.linkedin.com/feed/
© 2026 LinkedIn Ireland Unlimited Company""",
    )
)
add(
    m(
        "n-li-premium",
        "2025-10-27 07:30",
        "LinkedIn Premium <premium-noreply@linkedin.com>",
        "Hannah, get 1 month of Premium Career for £0",
        N,
        """Stand out to recruiters and see who
viewed your profile. Try Premium Career free for 1 month – cancel anytime.

Claim your free month: https://www.linkedin.com/premium/
© 2025 LinkedIn Ireland Unlimited Company""",
    )
)

# --- newsletters (some about hiring, some "interview") --------------------------------------
add(
    m(
        "n-fpa-pod",
        "2025-09-17 07:00",
        "The Forecast Room <hello@theforecastroom.co.uk>",
        "Ep. 41: We interview a CFO who killed the annual budget",
        N,
        html="""<html><body>
<h2>The Forecast Room – Episode 41</h2><p>This week we interview <b>Dr Lena Haworth</b>, CFO of a
£400m logistics business, about moving from annual budgets to rolling forecasts – and why her
team now spends 60% less time on the budget round.</p>
<p><a href="https://theforecastroom.co.uk/ep41">Listen now</a> on Spotify, Apple Podcasts or
wherever you get your podcasts.</p><p>Also: our reader survey is open – tell us what you want
more of in 2026.</p><p style="font-size:11px"><a href="https://theforecastroom.co.uk/unsub">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://theforecastroom.co.uk/unsub>"},
    )
)
add(
    m(
        "n-fpa-pod2",
        "2025-11-19 07:00",
        "The Forecast Room <hello@theforecastroom.co.uk>",
        "Ep. 45: How to ace the FP&A interview (with a hiring manager)",
        N,
        html="""<html><body>
<h2>Episode 45</h2><p>Our guest, a Head of FP&amp;A who has hired over 30 analysts, shares the
interview questions she always asks, what a good answer to "walk me through a variance bridge"
sounds like, and the red flags in a case study.</p><p><a href="https://theforecastroom.co.uk/ep45">Listen
now</a></p></body></html>""",
        headers={"List-Unsubscribe": "<https://theforecastroom.co.uk/unsub>"},
    )
)
add(
    m(
        "n-fm-jobs",
        "2025-10-08 06:30",
        "Financial Management Weekly <newsletter@fmweekly.co.uk>",
        "Finance hiring cools as firms freeze headcount – plus IFRS 18 countdown",
        N,
        """FINANCIAL MANAGEMENT WEEKLY

• Hiring: Finance job vacancies in the North West fell 8% in Q3, according to recruiters, as
  businesses freeze headcount ahead of the Budget. Demand for FP&A and business partnering
  skills remains strong.
• IFRS 18: what management accountants need to do before 2027.
• Opinion: Why your month-end close is still too slow.

Read online: https://fmweekly.co.uk/issues/2025-10-08
Unsubscribe: https://fmweekly.co.uk/unsubscribe""",
    )
)
add(
    m(
        "n-fm2",
        "2025-12-10 06:30",
        "Financial Management Weekly <newsletter@fmweekly.co.uk>",
        "The skills CFOs will be recruiting for in 2026",
        N,
        """FINANCIAL MANAGEMENT WEEKLY

• Our survey of 200 CFOs: data and automation skills top the wish list for new hires in 2026;
  63% plan to grow their FP&A teams.
• Interview: the finance director rebuilding a football club's back office.
• Five Excel functions you should stop using.

Read online: https://fmweekly.co.uk/issues/2025-12-10
Unsubscribe: https://fmweekly.co.uk/unsubscribe""",
    )
)
add(
    m(
        "n-mcr-biz",
        "2025-10-22 12:00",
        "Place North West Daily <daily@placenorthwest-news.co.uk>",
        "Trafford Park food firm to create 150 jobs in £20m expansion",
        N,
        """TODAY'S HEADLINES

Trafford Park food firm to create 150 jobs in £20m expansion
A chilled food manufacturer is to add a third production line and recruit 150 staff over the
next two years.

Salford Quays office block sold for £38m
Leeds station masterplan approved

Read more: https://www.placenorthwest-news.co.uk/daily""",
    )
)
add(
    m(
        "n-cima-news",
        "2025-11-05 08:00",
        "CIMA <cima.members@aicpa-cima.com>",
        "Your CIMA Insider: November",
        N,
        html="""<html><body><h3>CIMA Insider – November</h3>
<p>Dear Hannah,</p><p>In this issue: the 2026 Salary Survey results, tips for the Strategic Case Study,
a career story from a Leeds-based FP&amp;A manager, and CPD webinars for December.</p>
<p><a href="https://www.aicpa-cima.com/insider">Read now</a></p></body></html>""",
    )
)
add(
    m(
        "n-substack",
        "2026-01-09 18:00",
        "Money Matters by Ore <ore@moneymatters.substack.com>",
        "Why I turned down a job offer (and what I'd do differently)",
        N,
        """Hi friends,

This week's post is a personal one. Last year I was offered a role that looked perfect on paper
– and I said no. Here's how I weighed salary against commute, and the spreadsheet I used.

Read it here: https://moneymatters.substack.com/p/turned-down-offer

You're receiving this because you subscribed to Money Matters.
Unsubscribe https://moneymatters.substack.com/action/disable_email""",
    )
)

# --- webinars, events, appointments with calendar parts --------------------------------------
add(
    m(
        "n-webinar1",
        "2025-09-24 15:30",
        "Planwise Events <events@planwise-software.com>",
        "You're registered: Rolling forecasts in 45 minutes",
        N,
        """Hi Hannah,

Thanks for registering for our live webinar "Rolling forecasts in 45 minutes".

When: Thursday 2 October 2025, 13:00 BST
Speakers: Tom Akers (Planwise) and a guest FP&A director

A calendar invitation is attached. Join link: https://planwise-software.com/live/rolling-forecasts

The Planwise Team""",
        ics=ev(
            "planwise-webinar-20251002@planwise-software.com",
            "2025-10-02 13:00",
            "Webinar: Rolling forecasts in 45 minutes",
            ("Planwise Events", "events@planwise-software.com"),
            45,
            location="https://planwise-software.com/live/rolling-forecasts",
        ),
    )
)
add(
    m(
        "n-webinar2",
        "2025-11-24 11:00",
        "CIMA Events <events@aicpa-cima.com>",
        "Invitation: CPD webinar – Scenario planning for uncertain times",
        N,
        """Dear Hannah,

You're booked onto the CPD webinar "Scenario planning for uncertain times" on Tuesday
9 December, 12:30 – 13:30 GMT. This session counts towards 1 hour of verifiable CPD.

Add it to your calendar using the attached invitation.

AICPA & CIMA Events""",
        ics=ev(
            "cima-cpd-20251209-scenario@aicpa-cima.com",
            "2025-12-09 12:30",
            "CPD webinar: Scenario planning for uncertain times",
            ("CIMA Events", "events@aicpa-cima.com"),
            60,
            location="Online – link to follow",
        ),
    )
)
add(
    m(
        "n-gp",
        "2025-10-13 09:02",
        "Beech Road Medical Practice <noreply@beechroadmp-nhs.co.uk>",
        "Appointment confirmation",
        N,
        """Dear Hannah Oyelaran-Brooks,

Your appointment is confirmed:
Thursday 16 October 2025 at 08:50 with Dr Okonkwo (GP)
Beech Road Medical Practice, 2 Beech Road, Chorlton M21 9EG

If you can no longer attend, please cancel by replying CANCEL or using the NHS App.""",
        ics=ev(
            "brmp-appt-77120@beechroadmp-nhs.co.uk",
            "2025-10-16 08:50",
            "GP appointment – Dr Okonkwo",
            ("Beech Road Medical Practice", "noreply@beechroadmp-nhs.co.uk"),
            10,
            location="Beech Road Medical Practice, 2 Beech Road, Chorlton M21 9EG",
        ),
    )
)
add(
    m(
        "n-parents",
        "2025-11-03 15:10",
        "Little Acorns Nursery <office@littleacornschorlton.co.uk>",
        "Parents' evening - Ada",
        N,
        """Dear Hannah and Callum,

We'd love to see you for Ada's parents' meeting with her key worker, Jade. Your slot is
Wednesday 12 November at 17:30. We'll talk about her progress and getting ready for school.

Little Acorns Nursery""",
        ics=ev(
            "littleacorns-pe-ada-1112",
            "2025-11-12 17:30",
            "Parents' meeting – Ada (Jade)",
            ("Little Acorns Nursery", "office@littleacornschorlton.co.uk"),
            15,
            location="Little Acorns Nursery, Chorlton",
        ),
    )
)
add(
    m(
        "n-dentist",
        "2026-01-21 10:00",
        "Chorlton Smiles Dental <reminders@chorltonsmiles.co.uk>",
        "Reminder: dental check-up tomorrow",
        N,
        """Hi Hannah, this is a reminder of your
check-up tomorrow (Thu 22 Jan) at 16:20 with Dr Farrell. Please arrive 5 minutes early.
Reply C to cancel.""",
    )
)
add(
    m(
        "n-meetup",
        "2025-10-29 19:00",
        "Meetup <info@meetup.com>",
        "New event: Manchester Excel & Power BI User Group – November",
        N,
        """Manchester Excel &
Power BI User Group posted a new event:

Power Query for month-end: live demo + pizza
Wed 19 Nov, 18:30 · Bruntwood Works, Manchester

RSVP: https://www.meetup.com/manchester-excel-powerbi/events/
Unsubscribe from this group's emails in settings.""",
    )
)
add(
    m(
        "n-eventbrite",
        "2025-12-01 12:33",
        "Eventbrite <noreply@order.eventbrite.com>",
        "Your tickets for Christmas Market Tour & Mulled Wine",
        N,
        """Order #11893422017

Christmas Market Tour & Mulled Wine
Saturday 6 December 2025, 15:00 – 17:00
Meeting point: Albert Square, Manchester
2 x General admission – £36.00

View your tickets in the Eventbrite app.""",
    )
)

# --- money, mortgage, credit look-alikes -----------------------------------------------------
add(
    m(
        "n-mortgage1",
        "2025-09-25 16:40",
        "Northbrook Mortgages <applications@northbrookmortgages.co.uk>",
        "Your mortgage application – next steps",
        N,
        """Dear Ms Oyelaran-Brooks and Mr Brooks,

Thank you for your mortgage application (ref. NBM-8812745). We've received your documents and
an underwriter will now assess your application. We may contact you for further information,
such as recent payslips or bank statements.

We'll also instruct a valuation of 14 Beech Grove, Chorlton. The surveyor will contact the
estate agent to arrange access.

Northbrook Mortgages is a trading name of Northbrook Bank plc. Your home may be repossessed if
you do not keep up repayments on your mortgage.""",
    )
)
add(
    m(
        "n-offer-house",
        "2025-09-20 11:06",
        "Maple & Finch Estate Agents <chorlton@mapleandfinch.co.uk>",
        "Offer accepted – 14 Beech Grove, Chorlton",
        N,
        """Dear Hannah and Callum,

Great news – the vendor has accepted your offer of £342,500 for 14 Beech Grove, Chorlton,
subject to contract. We'll mark the property as Sold STC and issue the memorandum of sale to
both solicitors today.

Please send us your solicitor's details and your mortgage agreement in principle.

Kind regards,
Danielle
Maple & Finch, Chorlton""",
    )
)
add(
    m(
        "n-mortgage2",
        "2025-10-21 10:22",
        "Northbrook Mortgages <applications@northbrookmortgages.co.uk>",
        "Your mortgage offer is ready",
        N,
        """Dear Ms Oyelaran-Brooks and Mr Brooks,

We're pleased to tell you that your mortgage application has been approved. Your formal
mortgage offer has been sent to you and to your conveyancer, Hale & Partners.

Offer valid until: 21 April 2026

Northbrook Mortgages""",
    )
)
add(
    m(
        "n-mortgage3",
        "2025-10-09 09:40",
        "Northbrook Mortgages <applications@northbrookmortgages.co.uk>",
        "We need some more information",
        N,
        """Dear Ms Oyelaran-Brooks,

To continue assessing your application we need:
- your three most recent payslips
- confirmation of any change in employment in the next 6 months

Please upload these in your online account. If your employment is changing, please call us.

Northbrook Mortgages""",
    )
)
add(
    m(
        "n-solicitor",
        "2025-11-14 15:55",
        "Rebecca Hale <rebecca.hale@halepartners-law.co.uk>",
        "14 Beech Grove – exchange of contracts",
        N,
        """Dear Hannah and Callum,

I'm pleased to confirm that contracts were exchanged today at 15:20, with completion set for
Friday 28 November. Please transfer your deposit balance of £17,125 by Monday – our account
details are in the attached letter. Please telephone to verify the details before sending;
we will never change our bank details by email.

Kind regards,
Rebecca Hale
Hale & Partners Solicitors""",
    )
)
add(
    m(
        "n-cc-app",
        "2025-09-28 12:01",
        "Oakfield Bank <noreply@oakfieldbank.co.uk>",
        "Your credit card application",
        N,
        """Dear Hannah,

Thank you for applying for the Oakfield Rewards Credit Card. Unfortunately we are unable to
offer you a card at this time. This decision was based on information from credit reference
agencies and our own lending criteria.

You can ask us to review this decision by calling 0345 555 0190.

Oakfield Bank""",
    )
)
add(
    m(
        "n-monzo1",
        "2025-09-30 18:00",
        "Monzo <help@monzo.com>",
        "Your September spending summary",
        N,
        """You spent £1,842.16 in September.

Top categories: Groceries £412, Eating out £188, Transport £156, Bills £840.
Your Savings Pot "House deposit" reached £24,000 🎉

Open Monzo to see the breakdown.""",
    )
)
add(
    m(
        "n-monzo2",
        "2025-12-31 18:00",
        "Monzo <help@monzo.com>",
        "Your 2025 Year in Monzo",
        N,
        """Hannah, your 2025 in numbers:
1,204 card payments · 87 trips on Bee Network trams · Favourite shop: Unicorn Grocery

Tap to see your full Year in Monzo.""",
    )
)
add(
    m(
        "n-council",
        "2025-10-01 08:10",
        "Manchester City Council <counciltax@manchester.gov.uk>",
        "Your council tax bill is ready to view",
        N,
        """Dear Ms H Oyelaran-Brooks,

A new council tax bill for 27 Ashfield Road, Chorlton is available in your online account.
Band C. Instalments of £163.00 will be collected on the 1st of each month.

Manchester City Council – Revenues and Benefits""",
    )
)
add(
    m(
        "n-council2",
        "2025-12-02 08:10",
        "Manchester City Council <counciltax@manchester.gov.uk>",
        "Council tax: moving home",
        N,
        """Dear Ms H Oyelaran-Brooks,

We've received your notification that you are moving from 27 Ashfield Road to 14 Beech Grove
on 28 November 2025. Your final bill for your old address and a new bill will be issued within
10 working days.

Manchester City Council""",
    )
)
add(
    m(
        "n-school",
        "2026-01-12 09:00",
        "Manchester City Council Admissions <admissions@manchester.gov.uk>",
        "Primary school application received – Ada Brooks",
        N,
        """Dear Hannah Oyelaran-Brooks,

Thank you for your application for a primary school place for Ada Brooks starting in
September 2026. Your reference number is MCC-PRI-2026-55821.

Preferences received:
1. Oswald Road Primary School
2. Beech Grove Community Primary
3. Chorlton Park Primary

National Offer Day is 16 April 2026. You will receive your offer by email.

School Admissions Team, Manchester City Council""",
    )
)
add(
    m(
        "n-allot",
        "2025-09-16 13:20",
        "Chorlton Allotment Society <secretary@chorltonallotments.org.uk>",
        "Your allotment application",
        N,
        """Dear Hannah,

Thank you for your application for a plot. We have added you to the waiting list; you are
currently number 43. Waiting times are usually 2-3 years. We'll write when a half-plot becomes
available.

Happy gardening,
Margaret Dyson, Secretary""",
    )
)
add(
    m(
        "n-volunteer",
        "2025-10-05 10:30",
        "South Manchester Food Bank <volunteer@southmcrfoodbank.org.uk>",
        "Thanks for applying to volunteer!",
        N,
        """Hi Hannah,

Thanks so much for your volunteer application. We'd love you to join us at an induction
session on Saturday 18 October at 10am at the Wythenshawe warehouse. We'll go through food
safety, the sorting process and the rota.

You'll need a DBS check only if you'll be doing home deliveries – we'll talk about that on the
day.

Thanks again,
Kerry, Volunteer Coordinator""",
    )
)
add(
    m(
        "n-passport",
        "2025-09-05 14:00",
        "HM Passport Office <noreply@passport.service.gov.uk>",
        "Your passport application: we've received your documents",
        N,
        """Dear Ada Brooks's parent,

We've received the documents for the passport application for Ada Brooks.
Application reference: 1-7428-5591-0030

We'll let you know when your passport is on its way. You can track the application online.

HM Passport Office""",
    )
)
add(
    m(
        "n-passport2",
        "2025-09-23 10:30",
        "HM Passport Office <noreply@passport.service.gov.uk>",
        "Your passport is on its way",
        N,
        """The passport for Ada Brooks has been printed and is
on its way to you by secure delivery. You should receive it within 1 week.
HM Passport Office""",
    )
)
add(
    m(
        "n-tenancy",
        "2025-09-08 17:10",
        "Hallmark Lettings <lettings@hallmarklettings-mcr.co.uk>",
        "Tenancy renewal - 27 Ashfield Road",
        N,
        """Dear Hannah and Callum,

Your fixed-term tenancy at 27 Ashfield Road ends on 30 November 2025. Please let us know by 30
September whether you wish to renew or give notice. If you are leaving, your landlord would
like to arrange viewings during the final month.

Hallmark Lettings""",
    )
)
add(
    m(
        "n-tenancy2",
        "2025-10-02 11:45",
        "Hallmark Lettings <lettings@hallmarklettings-mcr.co.uk>",
        "Re: Tenancy renewal - 27 Ashfield Road",
        N,
        """Dear Hannah,

Thanks for confirming your notice; the tenancy will end on 30 November. We'll be in touch to
book the check-out inspection. Congratulations on your purchase!

Hallmark Lettings

> Hi, we've bought a house and will be moving out at the end of November. Hannah""",
        **reply("n-tenancy"),
    )
)
add(
    m(
        "n-deposit",
        "2025-12-09 10:00",
        "Deposit Protection Scheme <noreply@depositprotection.com>",
        "Repayment of your tenancy deposit",
        N,
        """Dear Hannah Oyelaran-Brooks,

Your landlord has proposed repaying £1,150.00 of your £1,250.00 deposit for 27 Ashfield Road.
Deduction proposed: £100.00 (professional oven clean).

Please log in to accept or dispute the proposal within 14 days.""",
    )
)

# --- CIMA exams (assessment / results look-alikes) -------------------------------------------
add(
    m(
        "n-cima-book",
        "2025-09-12 11:00",
        "Pearson VUE <pearsonvueconfirmation@pearson.com>",
        "Pearson VUE Confirmation – CIMA Strategic Case Study",
        N,
        """Dear Hannah Oyelaran-Brooks,

Thank you for scheduling your exam with Pearson VUE.

Exam: CIMA Strategic Case Study (SCS)
Date: Tuesday 11 November 2025
Time: 08:30 GMT
Location: Pearson Professional Centre – Manchester, Piccadilly Place

Please arrive 15 minutes early with two forms of valid ID.

Pearson VUE""",
    )
)
add(
    m(
        "n-cima-result",
        "2025-12-12 07:00",
        "CIMA Exams <exams@aicpa-cima.com>",
        "Your CIMA Strategic Case Study result",
        N,
        """Dear Hannah,

Your result for the Strategic Case Study exam (November 2025 sitting) is now available in your
My CIMA account.

Result: PASS – 112 (pass mark 80)

Congratulations on completing the CIMA Professional Qualification! Next steps: apply for
membership and submit your practical experience record.

AICPA & CIMA""",
    )
)
add(
    m(
        "n-cima-member",
        "2026-01-22 12:00",
        "CIMA Membership <membership@aicpa-cima.com>",
        "Your membership application has been approved",
        N,
        """Dear Hannah,

Congratulations! Your application for CIMA membership has been approved. You are now entitled
to use the designatory letters ACMA, CGMA. Your certificate will be posted to you.

AICPA & CIMA Membership Team""",
    )
)
add(
    m(
        "n-cima-prep",
        "2025-10-10 08:00",
        "Kaplan UK <noreply@kaplan.co.uk>",
        "Your SCS mock exam is ready",
        N,
        """Hi Hannah,

Your Strategic Case Study mock exam 2 is now open in MyKaplan. Book your marking slot so a
tutor can give you feedback before the November sitting.

Kaplan UK""",
    )
)

# --- shopping, deliveries, subscriptions -----------------------------------------------------
add(
    m(
        "n-order1",
        "2025-09-03 20:05",
        "Halton Home <orders@haltonhome.co.uk>",
        "Order confirmed: #HH-338201",
        N,
        """Thanks for your order, Hannah!
1 x Oak-effect bookcase (tall) – £129.00
Delivery: Friday 12 September, 7am-7pm
Track: https://haltonhome.co.uk/track/HH-338201""",
    )
)
add(
    m(
        "n-order1-ship",
        "2025-09-11 08:30",
        "DPD <noreply@dpd.co.uk>",
        "Your DPD parcel from Halton Home is on its way",
        N,
        """Your parcel 15501234567890 will be delivered tomorrow between 10:41 and 11:41.
Your driver is Mark. Not going to be in? Change your delivery: https://track.dpd.co.uk""",
    )
)
add(
    m(
        "n-offer-bf",
        "2025-11-27 06:00",
        "Halton Home <offers@haltonhome.co.uk>",
        "Black Friday: our best offer EVER – 40% off sofas",
        N,
        html="""<html><body>
<h1>BLACK FRIDAY IS HERE</h1><p>Up to <b>40% off</b> sofas, beds and storage. This exclusive offer
ends Monday at midnight.</p><p><a href="https://haltonhome.co.uk/black-friday">Shop the offer</a></p>
<p style="font-size:10px"><a href="https://haltonhome.co.uk/unsubscribe">Unsubscribe</a></p></body></html>""",
        headers={"List-Unsubscribe": "<https://haltonhome.co.uk/unsubscribe>"},
    )
)
add(
    m(
        "n-offer-gym",
        "2026-01-02 07:00",
        "FlexFit Gyms <hello@flexfitgyms.co.uk>",
        "New year, new you: an offer you can't refuse",
        N,
        """Join FlexFit this January with no joining fee and your
first month for £9.99. Offer ends 15 January. Your nearest gym: FlexFit Chorlton.
Join now: https://flexfitgyms.co.uk/join""",
    )
)
add(
    m(
        "n-offer-airline",
        "2025-10-14 09:00",
        "SkyLanding Airways <deals@skylanding-air.com>",
        "Hannah, a special offer on flights to Lagos",
        N,
        """Fly Manchester to Lagos from £499 return.
Limited seats available for travel between January and March. Book by Sunday.
https://skylanding-air.com/deals/lagos""",
    )
)
add(
    m(
        "n-tesco",
        "2025-10-25 19:20",
        "Greenbasket Groceries <orders@greenbasket.co.uk>",
        "Your delivery slot is confirmed",
        N,
        """Hi Hannah, your grocery delivery is booked for
Sunday 26 October, 10:00-11:00. Order total £94.37. Substitutions: allowed.
You can amend your order until 23:45 tonight.""",
    )
)
add(
    m(
        "n-vinted",
        "2025-11-06 13:14",
        "Vinted <no-reply@vinted.co.uk>",
        "You made a sale!",
        N,
        """Congrats, your item "Kids' raincoat age 3-4, yellow" sold for £8.00.
Please send it within 5 working days using the prepaid label.""",
    )
)
add(
    m(
        "n-spotify",
        "2025-12-03 17:00",
        "Spotify <no-reply@spotify.com>",
        "Your 2025 Wrapped is here 🎁",
        N,
        """You listened to 31,204 minutes this year. Your top artist: Little Simz.
Your top podcast: The Forecast Room. See your Wrapped in the app.""",
    )
)
add(
    m(
        "n-netflix",
        "2025-09-14 10:00",
        "Netflix <info@mailer.netflix.com>",
        "Your monthly payment has changed",
        N,
        """Hi Hannah, from your next billing date your Standard plan will cost £12.99/month.
No action is needed. Questions? Visit netflix.com/help""",
    )
)
add(
    m(
        "n-deliveroo",
        "2025-10-17 19:42",
        "Deliveroo <noreply@t.deliveroo.com>",
        "Your order from Mughli is on its way",
        N,
        """Your rider Ahmed is on the way with your order from Mughli Charcoal Pit.
Estimated arrival: 20:05. Total: £34.60.""",
    )
)
add(
    m(
        "n-order2",
        "2025-11-30 21:10",
        "Little Ones Toys <hello@littleonestoys.co.uk>",
        "Order #LT24117 confirmed",
        N,
        """Thanks for shopping with us! 1 x Wooden play kitchen – £89.99. Dispatching within 3 days.
Gift wrap: yes. Gift message: "Happy Christmas Ada, love Mummy and Daddy" """,
    )
)
add(
    m(
        "n-removals",
        "2025-11-05 16:00",
        "Two Mancs and a Van <bookings@twomancsvan.co.uk>",
        "Booking confirmed: house move 28 Nov",
        N,
        """Hi Hannah,

Your move is booked for Friday 28 November, arriving 8am at 27 Ashfield Road. 3 movers, Luton
van. Quote: £640 inc. VAT, balance due on the day. We'll drop boxes off on the 21st.

Cheers, Gaz""",
    )
)
add(
    m(
        "n-broadband",
        "2025-11-18 11:00",
        "Zephyr Broadband <support@zephyrbroadband.co.uk>",
        "Home move: your engineer appointment",
        N,
        """Hi Hannah, we'll move your broadband to 14 Beech
Grove. Engineer visit: Monday 1 December, 8am-1pm. Your router will keep working at the new
address once connected.""",
    )
)
add(
    m(
        "n-energy",
        "2025-12-04 09:00",
        "Ferrous Energy <hello@ferrousenergy.co.uk>",
        "Welcome to your new home",
        N,
        """Hi Hannah, we're your energy supplier at 14 Beech Grove. Please submit opening meter
readings so your first bill is accurate: https://ferrousenergy.co.uk/readings""",
    )
)
add(
    m(
        "n-energy2",
        "2026-01-14 09:00",
        "Ferrous Energy <hello@ferrousenergy.co.uk>",
        "Your December statement",
        N,
        """Your statement for 28 Nov – 31 Dec is ready. Electricity £71.30, Gas £118.44. Your direct
debit of £160 will be taken on 20 January.""",
    )
)
add(
    m(
        "n-insurance",
        "2025-11-21 14:30",
        "Hearthstone Home Insurance <policies@hearthstone-insure.co.uk>",
        "Your buildings & contents policy documents",
        N,
        """Dear Ms Oyelaran-Brooks,

Your policy HSH-55102298 for 14 Beech Grove starts on 28 November 2025. Please find your
policy schedule attached. Annual premium: £412.80.""",
    )
)
add(
    m(
        "n-phone",
        "2025-10-06 08:00",
        "Vireo Mobile <noreply@vireomobile.co.uk>",
        "Your bill is ready",
        N,
        """Hi Hannah, your Vireo Mobile bill for September is £18.00. It'll be collected on
10 October.""",
    )
)

# --- travel ----------------------------------------------------------------------------------
add(
    m(
        "n-train1",
        "2025-09-18 20:00",
        "Avanti West Coast <noreply@avantiwestcoast.co.uk>",
        "Your booking confirmation: Manchester Piccadilly to London Euston",
        N,
        """Booking reference: XQ72RTB
Sat 20 Sep 2025 · 09:55 Manchester Piccadilly → 12:08 London Euston · Coach C seat 42
Return Mon 22 Sep · 17:40 London Euston → 19:53 Manchester Piccadilly
Total: £71.40 (Advance Single x2, Family & Friends Railcard)""",
    )
)
add(
    m(
        "n-delayrepay",
        "2025-09-29 11:15",
        "Northern <delayrepay@northernrailway.co.uk>",
        "Your Delay Repay claim has been approved",
        N,
        """Hi Hannah,
Your claim DR-4471180 for the 07:52 Manchester Oxford Road to Leeds on 26/09/2025 (32 minutes
late) has been approved. We're paying you £6.20.
Payment will be made to your bank account within 5 working days.""",
    )
)
add(
    m(
        "n-flight",
        "2025-12-10 14:40",
        "SkyLanding Airways <bookings@skylanding-air.com>",
        "Booking confirmed – MAN to LOS, 3 Apr 2026",
        N,
        """Booking reference: K8WP2Q
Passengers: Hannah Oyelaran-Brooks, Callum Brooks, Ada Brooks (child)
Outbound 3 Apr 2026 MAN 10:15 → LOS 19:35 (via AMS)
Return 17 Apr 2026 LOS 22:40 → MAN 09:50+1
Manage booking: https://skylanding-air.com/manage""",
    )
)
add(
    m(
        "n-hotel",
        "2025-10-30 12:12",
        "Booking.com <noreply@booking.com>",
        "Booking confirmed: The Dales Barn, Hawes",
        N,
        """Thanks, Hannah! Your booking is confirmed.
The Dales Barn, Hawes · 14–16 Feb 2026 · 2 nights · 2 adults, 1 child
Total price: £318. Free cancellation until 7 Feb.""",
    )
)
add(
    m(
        "n-hotel2",
        "2026-02-12 09:00",
        "Booking.com <noreply@booking.com>",
        "Your trip to Hawes is coming up",
        N,
        """Get ready for The Dales Barn! Check-in from 15:00 on Saturday 14 February. The host
says: "Key safe code will be sent the day before. Please drive carefully on the Buttertubs Pass!" """,
    )
)
add(
    m(
        "n-trainline",
        "2026-01-31 21:00",
        "Trainline <auto-confirm@info.trainline.com>",
        "Your e-ticket",
        N,
        """Your e-ticket is ready. Manchester Piccadilly → London Euston, Sat 7 Feb, 08:55.
Add it to your wallet from the app.""",
    )
)

# --- apps, accounts, security ----------------------------------------------------------------
add(
    m(
        "n-google",
        "2025-10-19 22:41",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        N,
        """A new sign-in on Windows
h.oyelaranbrooks@gmail.com
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't
need to do anything. If not, we'll help you secure your account.
Check activity: https://myaccount.google.com/notifications""",
    )
)
add(
    m(
        "n-strava",
        "2025-10-12 12:30",
        "Strava <no-reply@strava.com>",
        "Callum Brooks gave you kudos",
        N,
        """Callum Brooks gave you kudos on "Sunday long run – Mersey Valley" (14.2 km).""",
    )
)
add(
    m(
        "n-parkrun",
        "2025-11-22 11:40",
        "parkrun UK <results@parkrun.com>",
        "Your Wythenshawe parkrun result",
        N,
        """Hi Hannah, well done at Wythenshawe parkrun event #612 today. You finished in 26:41,
143rd of 402. That's a new PB! Thanks to the 31 volunteers who made it happen.""",
    )
)
add(
    m(
        "n-parkrun2",
        "2026-01-10 11:35",
        "parkrun UK <results@parkrun.com>",
        "Your Wythenshawe parkrun result",
        N,
        """Hi Hannah, you finished Wythenshawe parkrun event #619 in 27:58, 171st of 388.
A chilly one – thank you to the volunteers.""",
    )
)
add(
    m(
        "n-harriers",
        "2025-09-27 18:30",
        "Chorlton Runners <club@chorltonrunners.org.uk>",
        "Club news: cross-country season starts",
        N,
        """Hi all,
XC season kicks off at Heaton Park on Saturday 11 October. Club vests available at Thursday
training. Christmas social booked for Friday 12 December at The Bar.
Coach Dave""",
    )
)
add(
    m(
        "n-dropbox",
        "2025-11-11 09:00",
        "Dropbox <no-reply@dropbox.com>",
        "Your Dropbox is almost full",
        N,
        """You're using 1.9 GB of your 2 GB. Upgrade to Dropbox Plus for 2 TB of space.""",
    )
)
add(
    m(
        "n-whatsapp",
        "2026-02-20 12:00",
        "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
        "Microsoft account security code",
        N,
        """Please use the following security code for the
Microsoft account h*****@gmail.com. Security code: 642118. If you don't recognise this, you can
click here to report it.""",
    )
)
add(
    m(
        "n-duolingo",
        "2025-10-26 19:00",
        "Duolingo <hello@duolingo.com>",
        "🦉 Your streak is in danger!",
        N,
        """Hi Hannah, you haven't practised French today. Keep your 212-day streak alive with a
5-minute lesson!""",
    )
)
add(
    m(
        "n-library",
        "2025-11-26 10:00",
        "Manchester Libraries <libraries@manchester.gov.uk>",
        "Items due soon",
        N,
        """Dear Hannah, the following items are due on 3 December: "The Gruffalo's Child";
"Financial Modelling in Excel for Dummies". Renew online or via the app.""",
    )
)
add(
    m(
        "n-nursery-inv",
        "2025-10-01 09:30",
        "Little Acorns Nursery <office@littleacornschorlton.co.uk>",
        "Invoice October",
        N,
        """Dear Parent/Carer, please find attached your invoice for October: £842.50 (after 30 hours
funded childcare). Payment due by the 10th. Little Acorns Nursery""",
    )
)
add(
    m(
        "n-nursery2",
        "2025-12-08 15:00",
        "Little Acorns Nursery <office@littleacornschorlton.co.uk>",
        "Nativity - Friday!",
        N,
        """Dear parents, our nativity is on Friday at 2pm. Ada is a sheep 🐑
– please send her in a white or grey top. Mince pies afterwards!""",
    )
)
add(
    m(
        "n-charity",
        "2025-12-15 10:00",
        "Manchester Mind <supporters@manchestermind-charity.org.uk>",
        "Thank you for your donation",
        N,
        """Dear Hannah, thank you for your donation of £25 in memory of
Aunty Kemi. Your gift helps us run peer support groups across the city. With gratitude, Manchester Mind""",
    )
)
add(
    m(
        "n-survey-shop",
        "2025-09-15 12:00",
        "Halton Home <feedback@haltonhome.co.uk>",
        "How did we do?",
        N,
        """Hi Hannah, tell us about your recent delivery and you could win a £100 voucher. It takes
2 minutes: https://haltonhome.co.uk/survey""",
    )
)
add(
    m(
        "n-ux-interview",
        "2025-11-12 16:10",
        "Research team at Bloomwise <research@bloomwiseapp.com>",
        "Interview invitation: share your budgeting habits (£40 voucher)",
        N,
        """Hi Hannah,

You recently used Bloomwise to track your household budget. We're running 45-minute user
research interviews to improve the app and would love to hear from you. As a thank you, you'll
receive a £40 Amazon voucher.

Pick a time: https://bloomwiseapp.com/research/book
The Bloomwise research team""",
    )
)
add(
    m(
        "n-jury",
        "2025-10-23 09:00",
        "HM Courts & Tribunals Service <jurysummons@justice.gov.uk>",
        "Reply to your jury summons",
        N,
        """Dear Hannah Oyelaran-Brooks,

You have been summoned for jury service at Manchester Crown Court (Minshull Street) starting on
Monday 19 January 2026. You must reply within 7 days, online at https://www.gov.uk/juror-summons.

If you need to defer, for example because of a new job, you can ask to change your dates.""",
    )
)
add(
    m(
        "n-jury2",
        "2025-11-04 12:00",
        "HM Courts & Tribunals Service <jurysummons@justice.gov.uk>",
        "Your jury service has been deferred",
        N,
        """Dear Hannah Oyelaran-Brooks,

Your request to defer your jury service has been approved. Your new start date is
Monday 13 July 2026 at Manchester Crown Court.""",
    )
)
add(
    m(
        "n-hmrc",
        "2026-01-25 10:00",
        "HMRC <noreply@confirmation.tax.service.gov.uk>",
        "Your Self Assessment tax return has been received",
        N,
        """Dear customer,

We received your Self Assessment tax return on 25 January 2026. Your submission reference is
2C9F77A1GH. Any tax you owe must be paid by 31 January 2026.

HM Revenue and Customs""",
    )
)
add(
    m(
        "n-p45",
        "2026-01-30 16:00",
        "Payroll – Garside & Platt Foods <payroll@garsideplatt.co.uk>",
        "Your final payslip and P45",
        N,
        """Dear Hannah,

Please find attached your final payslip for January 2026 and your P45. Your final pay, including
accrued holiday of 3.5 days, will be paid on 30 January.

We wish you every success for the future.
Payroll Team""",
    )
)
add(
    m(
        "n-leaving",
        "2026-01-29 17:20",
        "Steph Walmsley <steph.walmsley@garsideplatt.co.uk>",
        "Leaving drinks Friday - Hannah",
        N,
        """Hi all,

As you know, Friday is Hannah's last day with us after four years in the finance team 😢 We're
heading to The Wharf from 5pm – please come and give her a proper send-off. Card and collection
are with Dan on reception.

Steph""",
    )
)
add(
    m(
        "n-newstart",
        "2026-02-02 08:15",
        "Kersal IT Service Desk <servicedesk@kersalbs.co.uk>",
        "Your Kersal account details",
        N,
        """Welcome Hannah,

Your network account has been created. Username: hoyelaranbrooks. Please collect your laptop
from IT on the 2nd floor and complete your mandatory training (Information Security, Financial
Crime, Consumer Duty) within your first two weeks.

IT Service Desk, Kersal Building Society""",
    )
)
add(
    m(
        "n-kersal-mtg",
        "2026-02-09 09:30",
        "Nadine Fairhurst <nadine.fairhurst@kersalbs.co.uk>",
        "Invitation: FP&A weekly catch-up",
        N,
        """Adding you to our weekly team catch-up – Mondays at 10.
Nadine""",
        ics=ev(
            "kersal-fpa-weekly-20260216",
            "2026-02-16 10:00",
            "FP&A weekly catch-up",
            ("Nadine Fairhurst", "nadine.fairhurst@kersalbs.co.uk"),
            30,
            location="Kersal House, Meeting Room 3",
        ),
    )
)
add(
    m(
        "n-kersal-board",
        "2026-02-18 14:02",
        "Gareth Lomax <gareth.lomax@kersalbs.co.uk>",
        "Q4 board pack - finance commentary",
        N,
        """Hannah,

Welcome aboard. Could you take the first pass at the variance commentary for the Q4 board pack?
Nadine will send you last quarter's as a template. Draft by Wednesday 25th please.

Thanks,
Gareth""",
    )
)

# --- more ordinary mail ----------------------------------------------------------------------
SHORT = [
    (
        "s01",
        "2025-09-01 08:00",
        "Bee Network <noreply@tfgm.com>",
        "Your tram tickets receipt",
        "Thanks for your purchase. 1 x 7 Day Anytime, Zones 1-2, £24.60. Valid from 01/09/2025.",
    ),
    (
        "s02",
        "2025-09-06 09:30",
        "Unicorn Grocery <news@unicorn-grocery.co.uk>",
        "This week: first apples of the season",
        "Cox's, Discovery and Worcester Pearmain are in from Herefordshire. Plus: our new zero-waste refill wall.",
    ),
    (
        "s03",
        "2025-09-07 15:00",
        BECKY,
        "Re: brunch",
        "Ha yes we'll save you a seat. Sian's bringing her new fella 👀",
    ),
    (
        "s04",
        "2025-09-10 20:00",
        "Hallé <boxoffice@halle.co.uk>",
        "Your tickets for Family Concert: Peter and the Wolf",
        "Sunday 5 October, 14:00, Bridgewater Hall. 2 adults, 1 child. Seats: Stalls K 12-14.",
    ),
    (
        "s05",
        "2025-09-21 18:00",
        "Ring <no-reply@ring-doorbell-alerts.co.uk>",
        "Motion detected at Front Door",
        "There was motion at your Front Door at 17:58. View in the app.",
    ),
    (
        "s06",
        "2025-09-22 21:40",
        CALLUM,
        "home safe?",
        "Ada asleep by 7.30 (miracle). Text me when you're off the train. x",
    ),
    (
        "s07",
        "2025-09-25 12:00",
        "Vireo Mobile <offers@vireomobile.co.uk>",
        "Exclusive upgrade offer just for you",
        "Hannah, you're eligible for an upgrade. Get the latest phone from £0 upfront. Offer ends Sunday.",
    ),
    (
        "s08",
        "2025-10-04 10:10",
        "Chorlton Runners <club@chorltonrunners.org.uk>",
        "Reminder: membership renewal",
        "Club membership for 2025/26 is £32 including England Athletics affiliation. Please renew by 31 October.",
    ),
    (
        "s09",
        "2025-10-07 07:55",
        "Met Office <weather@metoffice-alerts.co.uk>",
        "Yellow weather warning: wind",
        "Yellow warning for wind across North West England, Tuesday 06:00 to 21:00. Gusts of 50-60 mph possible.",
    ),
    (
        "s10",
        "2025-10-09 13:30",
        SIAN,
        "lunch?",
        "I'm at Spinningfields today, fancy a cheeky lunch at 1? My treat if you've had a rubbish week.",
    ),
    (
        "s11",
        "2025-10-15 19:00",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        "iCloud+ with 200 GB storage – £2.99/month. Billed to Visa •••• 4412.",
    ),
    (
        "s12",
        "2025-10-18 09:05",
        "Hearthwell Heating <service@hearthwellheating.co.uk>",
        "Boiler service booked",
        "Your boiler service is booked for Wednesday 22 October, 8am-12pm. Engineer: Lee.",
    ),
    (
        "s13",
        "2025-10-20 18:30",
        "Bloomwise <hello@bloomwiseapp.com>",
        "You're over budget on Eating Out",
        "Heads up! You've spent £212 of your £180 Eating Out budget this month.",
    ),
    (
        "s14",
        "2025-10-24 16:00",
        MUM,
        "Aunty Kemi",
        "Hannah, I'm afraid Aunty Kemi passed away last night. Call me when you can. Mum",
    ),
    (
        "s15",
        "2025-10-31 11:00",
        "Royal Mail <no-reply@royalmail.com>",
        "Your item has been delivered",
        "Your item with reference TT442178390GB was delivered at 10:52 and signed for by BROOKS.",
    ),
    (
        "s16",
        "2025-11-01 10:00",
        "Tolu Oyelaran <tolu.oyelaran@outlook.com>",
        "Funeral details",
        "Funeral is Friday 14 Nov, 11am, St Mildred's, then the hall. Mum asked if you'd read something. T x",
    ),
    (
        "s17",
        "2025-11-07 08:45",
        "Hale & Partners <conveyancing@halepartners-law.co.uk>",
        "Your case update",
        "Searches have been received and reviewed. We are now waiting for replies to enquiries from the seller's solicitor.",
    ),
    (
        "s18",
        "2025-11-13 20:15",
        BECKY,
        "Re: how are you doing",
        "Thinking of you this week lovely. Let me know if you need me to have Ada on Friday. xxx",
    ),
    (
        "s19",
        "2025-11-16 09:00",
        "Strava <no-reply@strava.com>",
        "Your weekly summary",
        "3 activities · 21.6 km · 2h 14m. You're 12% ahead of last week.",
    ),
    (
        "s20",
        "2025-11-24 09:20",
        "Two Mancs and a Van <bookings@twomancsvan.co.uk>",
        "Your move this Friday",
        "Just confirming we'll be with you at 8am Friday. Please make sure parking is clear outside.",
    ),
    (
        "s21",
        "2025-11-28 16:40",
        "Hale & Partners <conveyancing@halepartners-law.co.uk>",
        "Completion – 14 Beech Grove",
        "Completion took place at 13:05 today. The keys can be collected from Maple & Finch. Congratulations on your new home!",
    ),
    (
        "s22",
        "2025-11-29 10:00",
        "Royal Mail <redirection@royalmail.com>",
        "Your Redirection is now active",
        "Mail for Hannah Oyelaran-Brooks and Callum Brooks will be redirected from 27 Ashfield Road to 14 Beech Grove for 6 months.",
    ),
    (
        "s23",
        "2025-12-01 19:00",
        "Monzo <help@monzo.com>",
        "Your November spending summary",
        "You spent £4,611.02 in November. Biggest payment: Hale & Partners £17,125.00.",
    ),
    (
        "s24",
        "2025-12-06 17:30",
        "Unicorn Grocery <news@unicorn-grocery.co.uk>",
        "Christmas veg boxes are back",
        "Order your Christmas veg box by 15 December for collection on 22 or 23 December.",
    ),
    (
        "s25",
        "2025-12-11 22:00",
        CALLUM,
        "Re: CIMA social",
        "Have fun! I'll do bedtime. Don't let Owen talk you into karaoke again x",
    ),
    (
        "s26",
        "2025-12-14 12:00",
        "Vinted <no-reply@vinted.co.uk>",
        "Your parcel is on its way",
        "The seller has sent your item: Boden snowsuit age 4-5.",
    ),
    (
        "s27",
        "2025-12-20 09:30",
        "Greenbasket Groceries <orders@greenbasket.co.uk>",
        "Your Christmas delivery is booked",
        "Tuesday 23 December, 08:00-09:00. Don't forget to add your turkey by the 21st.",
    ),
    (
        "s28",
        "2025-12-23 14:00",
        "Avanti West Coast <noreply@avantiwestcoast.co.uk>",
        "Important: your journey on 27 December",
        "Engineering works between Stafford and Crewe. Your 10:55 service will be replaced by a bus between these stations.",
    ),
    (
        "s29",
        "2025-12-29 18:00",
        "Ring <no-reply@ring-doorbell-alerts.co.uk>",
        "Someone is at your Front Door",
        "Live view: Front Door. Tap to answer.",
    ),
    (
        "s30",
        "2026-01-03 11:15",
        SIAN,
        "Happy new year!!",
        "Happy new year! 2026 is OUR year. Told you the job would come x",
    ),
    (
        "s31",
        "2026-01-06 09:00",
        "FlexFit Gyms <hello@flexfitgyms.co.uk>",
        "Welcome to FlexFit Chorlton",
        "Your PIN is 5581. Your membership starts today.",
    ),
    (
        "s32",
        "2026-01-08 12:40",
        "Chorlton Runners <club@chorltonrunners.org.uk>",
        "Manchester Half entries",
        "Club places for the Manchester Half are open. Reply by 20 January if you'd like one.",
    ),
    (
        "s33",
        "2026-01-13 17:00",
        "Little Acorns Nursery <office@littleacornschorlton.co.uk>",
        "Change of days",
        "Thanks for letting us know Ada will be moving to Mon/Tue/Thu/Fri from February. We've updated her booking.",
    ),
    (
        "s34",
        "2026-01-18 10:00",
        "Booking.com <noreply@booking.com>",
        "Hannah, your Genius discount is waiting",
        "Save 10% on stays worldwide this winter with Genius. Offer valid until 31 January.",
    ),
    (
        "s35",
        "2026-01-20 19:30",
        TOLU,
        "Re: Party update",
        "Dapo found a DJ (not Uncle Femi). £250. Can you transfer £83.33 each?",
    ),
    (
        "s36",
        "2026-01-26 08:00",
        "Bee Network <noreply@tfgm.com>",
        "Bus fares from 1 February",
        "From 1 February, adult single fares on Bee Network buses stay at £2.",
    ),
    (
        "s37",
        "2026-02-01 20:00",
        CALLUM,
        "lunch tomorrow",
        "Made you a packed lunch for day one. It's in the fridge. So proud of you x",
    ),
    (
        "s38",
        "2026-02-07 23:30",
        TOLU,
        "She cried!!",
        "Mum had NO idea. Best night. Sending photos tomorrow. Thank you for the spreadsheet lol",
    ),
    (
        "s39",
        "2026-02-10 09:00",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        "Procreate Pocket – £5.99.",
    ),
    (
        "s40",
        "2026-02-16 19:05",
        "Booking.com <noreply@booking.com>",
        "How was your stay at The Dales Barn?",
        "Leave a review and help other travellers.",
    ),
    (
        "s41",
        "2026-02-22 08:30",
        "parkrun UK <results@parkrun.com>",
        "Thanks for volunteering",
        "Thank you for volunteering as a marshal at Wythenshawe parkrun event #625.",
    ),
    (
        "s42",
        "2026-02-24 14:00",
        "Manchester City Council <counciltax@manchester.gov.uk>",
        "Your council tax bill for 2026/27",
        "Your annual council tax bill for 14 Beech Grove (Band D) for 2026/27 is available online.",
    ),
    (
        "s43",
        "2025-09-17 19:45",
        "Bloomwise <hello@bloomwiseapp.com>",
        "Your weekly money check-in",
        "Nice work! You've stayed within budget in 5 of 7 categories.",
    ),
    (
        "s44",
        "2025-10-28 08:10",
        "Zephyr Broadband <offers@zephyrbroadband.co.uk>",
        "Hannah, a faster offer is waiting",
        "Upgrade to 900 Mbps full fibre for just £5 more per month. Limited-time offer.",
    ),
]
for key, date, frm, subject, text in SHORT:
    add(m("n-" + key, date, frm, subject, N, text))
