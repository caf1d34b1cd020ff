# ruff: noqa: E501, RUF100
"""Corpus 147, the rest of the inbox part two (data only): see heldout147.py.

People and places: the condo rental application, the move, the dentist and the doctor, rec
hockey, volunteering, friends and family (several of them talking about their own jobs)."""

from __future__ import annotations

from typing import Any

from heldout147_jobs import SEUN, N, ics, m, reply

_rent_app = m(
    "cr01",
    "2025-11-24 16:12",
    "Leasing - Carlaw Residential <leasing@carlawresidential.example>",
    "Rental application received - Unit 704, 1 Carlaw Ave.",
    N(),
    text="""Hi Oluwaseun and Jess,

Thank you for your rental application for Unit 704 at 1 Carlaw Avenue (2 bed + den, $2,950/month, available January 1, 2026).

Next steps:
1. You'll each receive an email from Certn to complete a tenant screening (credit check, ID verification and rental history). Please complete it within 48 hours.
2. Please send us your two most recent pay stubs and a letter of employment.
3. Once we have everything, the landlord will review your application - typically within 2-3 business days.

Please note we have received multiple applications for this unit.

Kind regards,
Sandra Pereira
Leasing Coordinator
Carlaw Residential Management Inc.
""",
    cc="Jess Whitford <jess.whitford@gmail.com>",
)

_rent_docs = m(
    "cr03",
    "2025-11-27 10:36",
    "Sandra Pereira <spereira@carlawresidential.example>",
    "RE: Rental application - Unit 704 - employment letter",
    N(),
    text="""Hi Oluwaseun,

Thanks for the pay stubs. For the employment letter, the landlord needs one on company letterhead confirming your position, start date, salary and that you're permanent full-time. A screenshot of an offer or a LinkedIn profile won't work, unfortunately.

Jess's documents are all complete.

Thanks,
Sandra

-----Original Message-----
From: Seun Adeyemi-Kowalczyk <seun.adeyemik@gmail.com>
Sent: Wednesday, November 26, 2025 9:48 PM
To: Leasing - Carlaw Residential <leasing@carlawresidential.example>
Subject: Re: Rental application received - Unit 704, 1 Carlaw Ave.

Hi Sandra, attached are my last two pay stubs from Northbridge. I've asked HR for the letter of employment - should have it by Friday.
Seun
""",
    **reply(_rent_app["id"], "<CAF7uPqAa81k@mail.gmail.com>"),
)

_rent_ok = m(
    "cr04",
    "2025-12-01 13:05",
    "Sandra Pereira <spereira@carlawresidential.example>",
    "Congratulations - your application has been approved!",
    N(),
    text="""Hi Oluwaseun and Jess,

Great news - the landlord has approved your application for Unit 704, 1 Carlaw Ave.!

To secure the unit:
- Sign the lease (Ontario Standard Form of Lease) - you'll receive it through DocuSign shortly
- First and last month's rent ($5,900) by bank draft or e-Transfer within 48 hours of signing
- Key deposit: $200 (refundable)
- Proof of tenant insurance before move-in

Lease start: January 1, 2026. We'll be in touch about elevator booking and key pickup.

Welcome to the building!

Sandra Pereira
Leasing Coordinator, Carlaw Residential Management Inc.
""",
    cc="Jess Whitford <jess.whitford@gmail.com>",
)

_lease_ds = m(
    "cr05",
    "2025-12-02 09:22",
    "Carlaw Residential Management via DocuSign <dse_NA3@docusign.net>",
    "Please DocuSign: Residential Tenancy Agreement - Unit 704, 1 Carlaw Ave.",
    N(),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<p style="font-size:12px;color:#555">DocuSign</p>
<p style="font-size:18px">Carlaw Residential Management sent you a document to review and sign.</p>
<p style="text-align:center"><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=91ce03aa-5c11&amp;etti=24" style="background:#ffc820;color:#333;padding:10px 22px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
<p><b>Sandra Pereira</b><br>spereira@carlawresidential.example</p>
<p>Please review and sign the Residential Tenancy Agreement (Standard Form of Lease) and Schedule A (building rules) for Unit 704. Both tenants must sign.</p>
<p style="font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.</p>
</td></tr></table></body></html>""",
)

_lease_done = m(
    "cr06",
    "2025-12-03 20:41",
    "DocuSign <dse_NA3@docusign.net>",
    "Completed: Residential Tenancy Agreement - Unit 704, 1 Carlaw Ave.",
    N(),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td style="padding:24px">
<p style="font-size:18px">Your document has been completed</p>
<p>All parties have completed Residential Tenancy Agreement - Unit 704, 1 Carlaw Ave.</p>
<p><a href="https://na3.docusign.net/Member/EmailStart.aspx?m=91ce-completed">VIEW COMPLETED DOCUMENT</a></p>
<p style="font-size:11px;color:#666">Powered by DocuSign. Do not share this email.</p>
</td></tr></table></body></html>""",
)

_tunde1 = m(
    "fr01",
    "2025-09-14 22:17",
    "Tunde Bakare <tunde.bakare88@gmail.com>",
    "lol guess who got restructured",
    N(),
    text="""bro

so they finally did it. whole platform team is being "reorganized", they're making all of us re-apply for our own jobs in the new structure. 14 roles for 22 people. interviews are next week and apparently there's a "case exercise" for a job I've been doing for 6 years

HR literally sent a calendar invite titled "Your Future at the Bank" lmaooo

anyway. how's your search going? still getting ghosted by the bank?

drinks thursday? I need one

T
""",
)

_tunde2 = m(
    "fr02",
    "2025-09-16 08:03",
    "Tunde Bakare <tunde.bakare88@gmail.com>",
    "Re: lol guess who got restructured",
    N(),
    text="""haha ya Thursday at Ed's works. 7?

and thx for the pep talk. you're right, I'll update the resume just in case

On Mon, Sep 15, 2025 at 11:48 PM Seun Adeyemi-Kowalczyk <seun.adeyemik@gmail.com> wrote:
> That's brutal man, sorry. You'll crush the "case" - you literally built that platform.
> Thursday works. Where?
>
> On Sun, Sep 14, 2025 at 10:17 PM Tunde Bakare <tunde.bakare88@gmail.com> wrote:
>> bro
>>
>> so they finally did it. whole platform team is being "reorganized"
""",
    **reply(_tunde1["id"], "<CAF7uPqT1ndE@mail.gmail.com>"),
)

_hockey_reg = m(
    "hk01",
    "2025-09-10 12:40",
    "East End Rec Hockey <info@eastendrechockey.example>",
    "Fall 2025 registration confirmed - Division C",
    N(),
    text="""Hi Seun,

Your registration for the East End Rec Hockey League Fall 2025 season is confirmed.

Team: Leslieville Lumberjacks (Division C)
Season: October 1 - December 17 (12 games + playoffs)
Arenas: Ted Reeve Arena, Mattamy Athletic Centre
Fee paid: $465.00

Reminder: full cage or visor required; no slapshots in Div C.

See you on the ice!
EERHL Registration Committee
""",
)

_hockey2 = m(
    "hk02",
    "2025-09-30 18:05",
    "TeamSnap <notifications@teamsnap.com>",
    "New event: Game vs. Pucking Hopeless - Wed, Oct 8",
    N(),
    text="""Leslieville Lumberjacks

A new game has been added to the schedule:

Game vs. Pucking Hopeless
Wednesday, October 8, 2025 at 9:45 PM (arrive 9:15 PM)
Ted Reeve Arena, 175 Main St., Toronto
Uniform: Dark

Are you available? https://go.teamsnap.com/availability/8812044
""",
)

_hockey3 = m(
    "hk03",
    "2025-10-21 15:52",
    "Dave Morrison <dmorrison77@rogers.com>",
    "SPARE NEEDED tonight!!",
    N(),
    text="""Boys - we're down to 8 skaters and no D tonight (10:30 at Mattamy). Anyone got a buddy who can skate? Beers on me after.

Dave
""",
    to="Lumberjacks <lumberjacks-eerhl@googlegroups.com>",
)

_hockey4 = m(
    "hk04",
    "2025-11-13 16:44",
    "TeamSnap <notifications@teamsnap.com>",
    "Cancelled: Game vs. Danforth Dangles - Thu, Nov 13",
    N(),
    text="""Leslieville Lumberjacks

The following event has been CANCELLED:

Game vs. Danforth Dangles
Thursday, November 13, 2025 at 10:15 PM
Ted Reeve Arena

Note from the league: ice plant issue at Ted Reeve. Game will be rescheduled.
""",
)

_hockey5 = m(
    "hk05",
    "2025-12-08 11:20",
    "Dave Morrison <dmorrison77@rogers.com>",
    "Xmas party + winter dues",
    N(),
    text="""Lumberjacks,

Holiday party Saturday Dec 13 at the Duke of York, back room from 8. Partners welcome.

Also winter season dues are $480, please e-transfer me by Dec 20 (dmorrison77@rogers.com). Seun I still owe you for the Leafs tix, I'll just take it off.

Dave
""",
    to="Lumberjacks <lumberjacks-eerhl@googlegroups.com>",
)

_hockey6 = m(
    "hk06",
    "2026-01-14 12:05",
    "East End Rec Hockey <info@eastendrechockey.example>",
    "Winter 2026 schedule + playoff format",
    N(),
    text="""Hi all,

The Winter 2026 schedule is now posted on TeamSnap. Division C plays Wednesdays and Thursdays at Ted Reeve and Mattamy.

Playoffs: the top 6 teams in each division qualify. Quarter-finals start February 18.

Reminder: the make-up game for the Nov 13 cancellation (Lumberjacks vs. Danforth Dangles) is Thursday, January 22 at 10:15 PM.

EERHL
""",
)

_hockey7 = m(
    "hk07",
    "2026-02-11 20:30",
    "TeamSnap <notifications@teamsnap.com>",
    "New event: Quarter-final vs. Riverdale Reapers - Wed, Feb 18",
    N(),
    text="""Leslieville Lumberjacks

Quarter-final vs. Riverdale Reapers
Wednesday, February 18, 2026 at 9:00 PM (arrive 8:30 PM)
Mattamy Athletic Centre, 50 Carlton St.

Let Dave know your availability: https://go.teamsnap.com/availability/9120551
""",
)

MAIL: list[dict[str, Any]] = [
    # --- the condo rental ---------------------------------------------------------------------
    m(
        "ll01",
        "2025-10-30 19:44",
        "Bill Kostopoulos <billkosto@hotmail.com>",
        "Re: lease - 2nd floor",
        N(),
        text="""Hi Seun,

Got your N9, thanks for giving me the full 60 days. Sad to see you go, you've been a great tenant. I'll need to show the apartment a few times in November, I'll always give 24 hrs notice.

Bill

Sent from my iPhone
""",
    ),
    m(
        "jw01",
        "2025-11-23 22:08",
        "Jess Whitford <jess.whitford@gmail.com>",
        "704!!",
        N(),
        text="""ok I know we said we'd keep looking but this one has a DEN and it's 5 min from Queen. and in-suite laundry.

https://rentals.carlawresidential.example/listing/1-carlaw-704

viewing was good right? I say we apply tonight before someone else does. I'll do the form if you send me your SIN... jk just your employer info

xo J
""",
    ),
    _rent_app,
    m(
        "cr02",
        "2025-11-25 09:01",
        "Certn <no-reply@certn.co>",
        "Carlaw Residential Management has requested your tenant screening",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Oluwaseun,</p>
<p><b>Carlaw Residential Management Inc.</b> has requested that you complete a tenant screening with Certn as part of your rental application.</p>
<p>Your screening includes: identity verification, credit report (Equifax), Canadian criminal record check, and rental history / landlord reference.</p>
<p><a href="https://client.certn.co/applicant/apply/5b1f0c2a-7d44" style="background:#10a37f;color:#fff;padding:10px 20px;text-decoration:none">Start my screening</a></p>
<p>It takes about 10 minutes. Your information is encrypted and shared only with the landlord you authorize.</p>
<p>The Certn Team</p>
</body></html>""",
    ),
    _rent_docs,
    _rent_ok,
    _lease_ds,
    _lease_done,
    m(
        "mv01",
        "2025-12-10 14:50",
        "Beaches Movers <bookings@beachesmovers.example>",
        "Booking confirmed - Jan 3, 2026",
        N(),
        text="""Hi Seun,

Your move is booked!

Date: Saturday, January 3, 2026, 8:00 a.m. start
From: 2nd floor, Pape Ave. (no elevator)
To: Unit 704, 1 Carlaw Ave. (elevator booked 8-12 by building)
Crew: 3 movers + 20 ft truck
Rate: $189/hour, 3 hour minimum, plus $95 travel

A $150 deposit has been charged to your card. Please have boxes packed and labelled by the morning of the move.

Beaches Movers
""",
        ics=ics(
            "beachesmovers-20260103-adeyemi",
            "2026-01-03 08:00",
            "Beaches Movers - Adeyemi-Kowalczyk move",
            ("Beaches Movers", "bookings@beachesmovers.example"),
            minutes=240,
            location="Pape Ave. to 1 Carlaw Ave., Toronto",
        ),
    ),
    m(
        "cr07",
        "2026-01-05 09:30",
        "Carlaw Residential Management <leasing@carlawresidential.example>",
        "Welcome to 1 Carlaw - move-in information",
        N(),
        text="""Dear Oluwaseun and Jess,

Welcome home! A few things for your first week:

- Fobs: 2 fobs and 1 mailbox key were issued at key pickup. Replacement fobs are $75.
- Garbage and recycling: chute rooms on every floor; organics in the P1 bins.
- Maintenance requests: submit through the resident portal (https://portal.carlawresidential.example).
- Rent: please set up pre-authorized debit by January 25 for the February payment.

Sandra Pereira
Carlaw Residential Management Inc.
""",
    ),
    # --- health -------------------------------------------------------------------------------
    m(
        "dn01",
        "2025-10-03 11:15",
        "Leslieville Family Dental <appointments@leslievilledental.example>",
        "Appointment confirmation - Thursday, October 16 at 8:00 AM",
        N(),
        text="""Hi Oluwaseun,

This confirms your appointment:

Hygiene visit + exam with Dr. Tanya Leung
Thursday, October 16, 2025 at 8:00 AM
Leslieville Family Dental, 1020 Queen St. E., Toronto

Please bring your insurance card (Sun Life group plan on file). If you need to cancel, please give us 48 hours' notice to avoid a $75 fee.

Add to calendar: see attachment.

Leslieville Family Dental
416-555-0102
""",
        ics=ics(
            "lfd-appt-8820-20251016",
            "2025-10-16 08:00",
            "Dental appointment - Leslieville Family Dental",
            ("Leslieville Family Dental", "appointments@leslievilledental.example"),
            location="1020 Queen St. E., Toronto",
        ),
    ),
    m(
        "dn02",
        "2025-10-15 09:00",
        "Leslieville Family Dental <appointments@leslievilledental.example>",
        "Reminder: your appointment tomorrow at 8:00 AM",
        N(),
        text="""Hi Oluwaseun, this is a reminder of your appointment tomorrow, Thursday, October 16 at 8:00 AM with Dr. Leung.

Reply C to confirm or call 416-555-0102 to reschedule.
""",
    ),
    m(
        "dn03",
        "2025-10-16 10:02",
        "Leslieville Family Dental <appointments@leslievilledental.example>",
        "Thanks for visiting! How did we do?",
        N(),
        text="""Hi Oluwaseun,

Thank you for visiting Leslieville Family Dental today. Your claim has been submitted directly to Sun Life; your portion today was $0.00.

Your next hygiene visit is due in April 2026 - we'll send a reminder.

Would you take 30 seconds to leave us a review? https://g.page/r/leslieville-family-dental/review
""",
    ),
    m(
        "dr01",
        "2026-01-26 10:48",
        "Riverdale Family Health Team <no-reply@cognisantmd.com>",
        "Appointment booked: Dr. S. Haddad - Feb 11, 2026",
        N(),
        text="""Your appointment has been booked.

Patient: Oluwaseun Adeyemi-Kowalczyk
Provider: Dr. Samira Haddad
Type: Periodic health review (annual physical)
Date: Wednesday, February 11, 2026, 9:20 AM
Location: Riverdale Family Health Team, 770 Broadview Ave., Suite 302

Please arrive 10 minutes early and bring your Ontario health card. To cancel, use the link in this email at least 24 hours before your appointment.

Sent securely via Ocean on behalf of Riverdale Family Health Team.
""",
        ics=ics(
            "ocean-rfht-20260211-0920",
            "2026-02-11 09:20",
            "Appointment - Riverdale Family Health Team",
            ("Riverdale Family Health Team", "no-reply@cognisantmd.com"),
            minutes=20,
            location="770 Broadview Ave., Suite 302, Toronto",
        ),
    ),
    # --- hockey -------------------------------------------------------------------------------
    _hockey_reg,
    _hockey2,
    _hockey3,
    _hockey4,
    _hockey5,
    _hockey6,
    _hockey7,
    # --- friends ------------------------------------------------------------------------------
    _tunde1,
    _tunde2,
    m(
        "fr03",
        "2026-01-24 13:30",
        "Tunde Bakare <tunde.bakare88@gmail.com>",
        "we BOTH made it out",
        N(),
        text="""SEUN

just saw your post. congrats man!!! insurance though lol. group benefits, the most exciting line of business

also - I signed with Paystream (the payments fintech on King). start Feb 2, they matched my bank salary and I get to keep my hair. didn't even have to do the reorg interview in the end, I just took the package

we need to celebrate. Blue Mountain weekend end of Feb? I'll look at airbnbs

T
""",
    ),
    m(
        "fr04",
        "2025-10-05 20:51",
        "Kasia Kowalczyk <kasia.kowalczyk@hotmail.com>",
        "charge nurse interview!!! help",
        N(),
        text="""Hi cuz,

So I applied for the charge nurse position on 7 West and I have a panel interview Thursday with my manager and the director. I've never done a panel interview. You do these corporate interviews all the time - any tips?? They said it's "behavioural" which I assume means STAR?

Also they asked me to bring a 5 minute presentation on a quality improvement idea. I'm thinking falls prevention.

Love you,
Kasia

Sent from my Samsung Galaxy smartphone.
""",
    ),
    m(
        "fr05",
        "2025-10-12 17:26",
        "Kasia Kowalczyk <kasia.kowalczyk@hotmail.com>",
        "Re: charge nurse interview!!! help",
        N(),
        text="""I GOT IT!!!!!! Started with "I know you've all worked with me for 5 years, but..." like you said and it went so well. They offered it to me on the spot basically, HR called Friday. Union rate so no negotiating ha

Thank you thank you. Wigilia wine is on me

K

________________________________
From: Seun Adeyemi-Kowalczyk <seun.adeyemik@gmail.com>
Sent: October 5, 2025 10:02 PM
To: Kasia Kowalczyk <kasia.kowalczyk@hotmail.com>
Subject: Re: charge nurse interview!!! help

Yes, STAR. Two or three stories you can bend to any question...
""",
    ),
    m(
        "fr06",
        "2025-11-02 21:10",
        "Dave Morrison <dmorrison77@rogers.com>",
        "job news (not hockey)",
        N(),
        text="""Seun,

Wanted to tell you before the boys - Eastlake offered me the Territory Manager job for the whole east GTA. More money, a truck, and no more Saturday tastings at the LCBO. I start in January.

Can I pick your brain on the comp thing? They're offering 72 base + 15% bonus on volume targets and I have no idea if the bonus is realistic. You're the numbers guy.

Beers Thursday after the game?

Dave
""",
    ),
    m(
        "fr07",
        "2025-10-19 16:02",
        "Linda Chu <linda.chu@sympatico.ca>",
        "Retirement party - November 14",
        N(),
        text="""Hello Seun,

After 31 years I am finally retiring! Northbridge is throwing me a little party on Friday, November 14 at 4:30 in the Mississauga office cafeteria, and I would love for you to be there. I know you're busy, so no pressure.

I hope the search is going well. You were the best analyst I ever hired - don't let anyone tell you otherwise.

Warmly,
Linda
""",
    ),
    m(
        "fr08",
        "2025-11-15 10:40",
        "Linda Chu <linda.chu@sympatico.ca>",
        "Thank you for coming!",
        N(),
        text="""Dear Seun,

Thank you so much for coming yesterday, and for the lovely card. Photos from the party are in the album below (the one of you and Raj with the cake is my favourite).

https://photos.app.goo.gl/xYb2R7mPq9

Now I have to figure out what to do on Mondays.

Linda
""",
    ),
    m(
        "fr09",
        "2025-10-16 12:14",
        "Priyanka Nair <priyanka.nair.cpa@gmail.com>",
        "new gig!",
        N(),
        text="""Seun!!

I did it, I left industry. Started Monday at Marchetti Kline in deal advisory. First week = 3 onboarding sessions, 1 laptop that doesn't work, and a due diligence project for a PE fund buying a trucking company (I may need to call you lol).

They gave me a signing bonus that basically covers my CPA student loan so I can't complain.

How about you, any bites?

P
""",
    ),
    m(
        "fr10",
        "2025-12-12 09:05",
        "Priyanka Nair <priyanka.nair.cpa@gmail.com>",
        "CPA crew holiday drinks thurs 18th?",
        N(),
        text="""Hi all!

Annual CPA-PEP crew holiday drinks: Thursday Dec 18, 6:30pm, Bar Raval. Same as last year. Reply so I can book a table.

Seun - bring news please. Marcus and I have a bet going.

P
""",
        to="Seun Adeyemi-Kowalczyk <seun.adeyemik@gmail.com>, Marcus Ho <marcusho@outlook.com>, Aisha Rahman <aisha.rahman@gmail.com>",
    ),
    m(
        "fr11",
        "2026-02-14 23:12",
        "Priyanka Nair <priyanka.nair.cpa@gmail.com>",
        "busy season is a lie",
        N(),
        text="""they told me advisory doesn't have busy season. we are on day 11 of a 14-day sprint on a sell-side for a food distributor. I have seen the data room more than my husband.

happy valentine's day I guess. when do you start at Ironwood? we need one last lunch before you disappear into group benefits.

p
""",
    ),
    m(
        "fr12",
        "2025-10-28 18:45",
        "Megan Fraser <megan.fraser@hotmail.com>",
        "Halloween at ours Saturday!",
        N(),
        text="""Hi friends!

Rahul and I are doing Halloween again this Saturday, Nov 1, from 8 pm. Costumes mandatory (yes Seun, that means you - last year's "accountant" costume doesn't count).

123 Boultbee Ave. Bring a drink if you like, we'll have chili.

Megan & Rahul
""",
    ),
    m(
        "fr13",
        "2025-09-06 15:20",
        "Chidi Okonkwo <chidi.okonkwo@gmail.com>",
        "Save the date + a favour",
        N(),
        text="""My guy,

Hannah and I finally set a date: Saturday, June 13, 2026, at the Evergreen Brick Works. Formal invite coming from Hannah's fancy wedding website.

And the favour: will you be one of my groomsmen? You, Tunde, and my brothers. Please say yes, I already told my mum.

Chidi
""",
    ),
    m(
        "fr14",
        "2026-01-08 19:00",
        "Chidi & Hannah <noreply@withjoy.com>",
        "RSVP reminder: Chidi & Hannah's wedding",
        N(),
        html="""<html><body style="font-family:Georgia,serif;text-align:center">
<p>Chidi &amp; Hannah</p>
<p>June 13, 2026 · Evergreen Brick Works, Toronto</p>
<p>We'd love to know if you can make it! Please RSVP by March 1.</p>
<p><a href="https://withjoy.com/chidi-and-hannah/rsvp">RSVP</a></p>
<p style="font-size:11px;color:#888">Sent with Joy · withjoy.com</p>
</body></html>""",
    ),
    m(
        "fr15",
        "2026-01-29 17:52",
        "Marco Ruiz <marco.ruiz.to@gmail.com>",
        "heard the news!!",
        N(),
        text="""Seun!!! Raj just told me you resigned. I'm happy for you but who is going to fix my lane margin file now??

Serious question though: are they backfilling your role? Because I'm going to apply for it lol. If you put in a good word with Pradeep I'll buy you lunch for a month.

We're doing a farewell lunch for you, don't make plans on Friday the 27th.

Marco
(writing from my personal, IT reads everything)
""",
    ),
    m(
        "fr16",
        "2026-02-25 08:41",
        "Marco Ruiz <marco.ruiz.to@gmail.com>",
        "Re: heard the news!!",
        N(),
        text="""Farewell lunch is confirmed: Friday 12:15 at the Sauce on Dundas, the whole FP&A team + Linda is coming back for it!

P.S. I have an interview for your job next Tuesday. Pradeep says hi.

M
""",
        **reply("<CAF7uPqMr9zQ@mail.gmail.com>"),
    ),
    # --- family -------------------------------------------------------------------------------
    m(
        "fm01",
        "2025-09-21 21:30",
        "Amara Adeyemi <amara.adeyemi@gmail.com>",
        "week 3 in Calgary",
        N(),
        text="""Hey little bro,

Week 3 at the new job done. Everyone here wears Patagonia vests unironically. My manager is great, and I'm already on a pipeline integrity project which is exactly what I wanted. The onboarding was 2 full weeks of safety training though - I now know more about H2S than I ever wanted to.

How's the job hunt? Mom says you've applied to "every bank in Toronto". Is that true?

Come visit at Christmas! Ade says you can have the basement.

A
""",
    ),
    m(
        "fm02",
        "2025-11-10 20:15",
        "Amara Adeyemi <amara.adeyemi@gmail.com>",
        "Christmas - flights?",
        N(),
        text="""Are you flying in on the 23rd? Mom and Dad land on the 22nd. If you get the 8am AC flight Ade can pick you up on his way to work.

Also Jess is welcome obviously!!

A
""",
    ),
    m(
        "fm03",
        "2026-01-20 07:12",
        "Amara Adeyemi <amara.adeyemi@gmail.com>",
        "Re: news",
        N(),
        text="""OMG SEUN!!!! Manager!!! I'm so proud of you. Mom called me at 6am our time to tell me, she's already telling the church.

Call me this weekend, I want to hear everything.

A

On Mon, Jan 19, 2026 at 9:22 PM Seun Adeyemi-Kowalczyk <seun.adeyemik@gmail.com> wrote:
> Signed it tonight. Manager, FP&A at Ironwood. Start March 2. Don't tell Mom I told you first.
""",
        **reply("<CAF7uPqNw5sT@mail.gmail.com>"),
    ),
    m(
        "fm04",
        "2025-10-08 09:12",
        "Ewa Kowalczyk <ewa.kowalczyk@sympatico.ca>",
        "Thanksgiving Monday",
        N(),
        text="""Seun kochanie,

Dinner on Monday at 3 o'clock. Dad is doing the turkey, I'm doing everything else. Please bring Jess and the salad she made last year.

If you take the GO train, Dad will pick you up at the Hamilton station. Or are you driving the new car now??

Love,
Mama
""",
    ),
    m(
        "fm05",
        "2025-12-20 10:34",
        "Ewa Kowalczyk <ewa.kowalczyk@sympatico.ca>",
        "Wigilia at Amara's",
        N(),
        text="""Kochanie,

We are doing Wigilia at Amara's on the 24th. I am bringing the pierogi and the barszcz in the cooler on the plane (don't tell Dad). Please bring back my big glass dish you borrowed at Thanksgiving - I mailed you the poppy seed cake in the other one.

Safe flight. Text when you land.

Mama
""",
    ),
    m(
        "fm06",
        "2026-02-01 12:00",
        "Ewa Kowalczyk <ewa.kowalczyk@sympatico.ca>",
        "Invitation: Dad's 65th birthday @ Sat Mar 14, 2026 5pm - 10pm",
        N(),
        text="""Dad's 65th birthday surprise party!! Please keep this a secret.

Saturday, March 14, 2026, 5 pm - 10 pm
St. Mary's parish hall, Hamilton

Bring your dancing shoes. Jollof AND bigos will be served.

Invitation from Google Calendar
You are receiving this email because you are an attendee of the event.
""",
        ics=ics(
            "5k2q8ve1n0dadbday65@google.com",
            "2026-03-14 17:00",
            "Dad's 65th birthday (SURPRISE)",
            ("Ewa Kowalczyk", "ewa.kowalczyk@sympatico.ca"),
            minutes=300,
            location="St. Mary's parish hall, Hamilton, ON",
            attendees=[("Amara Adeyemi", "amara.adeyemi@gmail.com")],
        )
        | {"start": "2026-03-14 17:00:00 -0400"},  # after the switch to EDT on March 8
    ),
    m(
        "fm07",
        "2025-11-21 18:22",
        "Adebayo Adeyemi <adebayo.adeyemi@sympatico.ca>",
        "FW: FW: Will AI replace accountants?",
        N(),
        text="""Seun, read this. Very interesting. Your uncle Femi sent it.

Dad

-----Original Message-----
From: Femi Adeyemi
Sent: Friday, November 21, 2025 2:10 PM
Subject: FW: Will AI replace accountants?

>>> Experts say accountants who learn artificial intelligence will replace those who do not. The profession is changing faster than ever. Young people must be ready to upgrade their skills or they will not be able to find work...
""",
    ),
    m(
        "jw02",
        "2026-01-19 16:40",
        "Jess Whitford <jess.whitford@gmail.com>",
        "tonight",
        N(),
        text="""sign it and then we're going out. I booked Pizzeria Libretto on Danforth for 7:30. champagne is in the fridge for after.

so proud of you babe

J
""",
    ),
    m(
        "jw03",
        "2026-02-22 11:15",
        "Jess Whitford <jess.whitford@gmail.com>",
        "old couch",
        N(),
        text="""someone on marketplace wants the old couch for $150, picking up Tuesday after 6. can you be home? I have a late shift

also your mom called, she wants to know what you want for your first-day-of-work lunch. I told her you're a grown man. she didn't accept this.
""",
    ),
    # --- community ------------------------------------------------------------------------
    m(
        "vol1",
        "2025-10-07 14:20",
        "East End Food Bank Volunteers <volunteer@eastendfoodbank.example>",
        "Thanks for your volunteer application!",
        N(),
        text="""Hi Oluwaseun,

Thank you for applying to volunteer with the East End Food Bank! We've received your application for the Saturday morning sorting shift.

All new volunteers attend a 90-minute orientation before their first shift. You'll receive an invitation for the next orientation shortly.

With gratitude,
Nkechi Obi
Volunteer Coordinator, East End Food Bank
""",
    ),
    m(
        "vol2",
        "2025-10-14 10:05",
        "East End Food Bank Volunteers <volunteer@eastendfoodbank.example>",
        "Volunteer orientation - Saturday, October 25",
        N(),
        text="""Hi Oluwaseun,

You're invited to our next volunteer orientation:

Saturday, October 25, 2025, 9:00 - 10:30 a.m.
East End Food Bank warehouse, 45 Eastern Ave.

Wear closed-toe shoes. We'll cover safety, food handling and the shift sign-up system. Please accept the calendar invitation to confirm.

Nkechi
""",
        ics=ics(
            "eefb-orientation-20251025",
            "2025-10-25 09:00",
            "Volunteer orientation - East End Food Bank",
            ("Nkechi Obi", "volunteer@eastendfoodbank.example"),
            minutes=90,
            location="45 Eastern Ave., Toronto",
        ),
    ),
    m(
        "mu01",
        "2025-10-24 12:00",
        "Meetup <info@meetup.com>",
        "New event: AI in forecasting - what actually works (Nov 19)",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p><b>FP&amp;A Toronto</b> just scheduled a new event</p>
<p><b>AI in forecasting: what actually works</b><br>Wednesday, November 19, 2025 · 6:00 PM<br>WeWork, 33 Bloor St. E., Toronto</p>
<p>Three FP&amp;A leaders share what they've shipped (and what they abandoned). Networking and pizza after. Several members have asked - yes, there will be a "we're hiring" board.</p>
<p><a href="https://www.meetup.com/fpa-toronto/events/311520044/">RSVP</a></p>
<p style="font-size:11px;color:#888">Meetup LLC · <a href="https://www.meetup.com/account/comm/">Manage notifications</a></p>
</body></html>""",
    ),
    m(
        "mu02",
        "2025-11-18 18:00",
        "Meetup <info@meetup.com>",
        "Reminder: AI in forecasting - tomorrow at 6:00 PM",
        N(),
        text="""FP&A Toronto

AI in forecasting: what actually works
Tomorrow, Wednesday, November 19, 6:00 PM
WeWork, 33 Bloor St. E.

You're going. Can't make it anymore? Update your RSVP: https://www.meetup.com/fpa-toronto/events/311520044/
""",
    ),
    m(
        "eb01",
        "2025-12-04 20:33",
        "Eventbrite <orders@eventbrite.com>",
        "Your tickets for Leslieville Holiday Flea",
        N(),
        text="""Order #11902854431

Leslieville Holiday Flea
Sunday, December 14, 2025, 10:00 AM - 4:00 PM
Ashbridge Estate, 1444 Queen St. E., Toronto

2 x General admission (free)

View tickets in the Eventbrite app.
""",
    ),
    m(
        "ab01",
        "2026-02-02 21:19",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - Blue Mountain chalet",
        N(),
        text="""Your reservation is confirmed

Tunde, you're going to The Blue Mountains!

Cozy chalet, 5 min to the lifts, hot tub
Fri, Feb 27 - Sun, Mar 1, 2026
Check-in: 4:00 PM · Checkout: 11:00 AM
4 guests

Reservation code: HMKX4T29QB

(Tunde Bakare shared this itinerary with you.)
""",
    ),
    m(
        "sw01",
        "2026-02-03 09:12",
        "Splitwise <hello@splitwise.com>",
        'Tunde B. added "Blue Mountain Airbnb" in "Ski trip 2026"',
        N(),
        text="""Tunde B. added "Blue Mountain Airbnb" in "Ski trip 2026".

Total: $1,124.00
You owe: $281.00

View on Splitwise: https://secure.splitwise.com/#/groups/61882044
""",
    ),
    m(
        "fr17",
        "2026-02-08 14:25",
        "Dave Morrison <dmorrison77@rogers.com>",
        "Super Bowl at mine tonight",
        N(),
        text="""Kickoff 6:30, wings from 5. Bring chairs if you have them, the new TV is in.

Also first week as territory manager done. 900 km on the truck. Send help.

Dave
""",
        to=f"Seun <{SEUN}>, Tunde <tunde.bakare88@gmail.com>, Raj Patel <rajp_22@hotmail.com>",
    ),
    m(
        "fm08",
        "2025-12-28 21:40",
        "Amara Adeyemi <amara.adeyemi@gmail.com>",
        "photos!",
        N(),
        text="""Hope you landed ok! Here are the Wigilia + Christmas photos: https://photos.app.goo.gl/Rm8Wq2KfCzL

Mom's pierogi survived the flight. Dad is still talking about your "pre-interview" with the CFO lady. He thinks that means you have the job. Let me know when you do so I can tell him I knew first.

A
""",
    ),
    m(
        "fr18",
        "2025-12-27 13:15",
        "Kasia Kowalczyk <kasia.kowalczyk@hotmail.com>",
        "Wesołych Świąt!",
        N(),
        text="""Merry Christmas from Winnipeg! Working the 27th and 28th (charge nurse life, first holiday schedule I made myself and I gave myself the worst shifts, rookie mistake).

Hug everyone in Calgary for me.

Kasia xx
""",
    ),
    m(
        "ll02",
        "2025-11-06 08:31",
        "Bill Kostopoulos <billkosto@hotmail.com>",
        "showing Saturday",
        N(),
        text="""Hi Seun, a couple wants to see the apartment Saturday at 11. OK if I bring them by? I'll take shoes off.

And let's do the walk-through for the deposit on Dec 31 around noon, or Jan 3 if you're still moving stuff out.

Thanks, Bill
""",
    ),
    m(
        "fr19",
        "2025-09-16 08:10",
        "Tunde Bakare <tunde.bakare88@gmail.com>",
        "Invitation: drinks (therapy) @ Thu Sep 18, 2025 7pm - 9pm (EDT)",
        N(),
        text="""drinks (therapy)
Thursday Sep 18, 2025 7pm - 9pm (Eastern Time - Toronto)
Ed's Real Scoop? no. the Roy Public House, 894 Queen St E

Invitation from Google Calendar
You are receiving this email because you are an attendee of the event.
""",
        ics=ics(
            "0r9v3h2b6kdrinks18sep@google.com",
            "2025-09-18 19:00",
            "drinks (therapy)",
            ("Tunde Bakare", "tunde.bakare88@gmail.com"),
            minutes=120,
            location="The Roy Public House, 894 Queen St E, Toronto",
        ),
    ),
    m(
        "hk08",
        "2025-12-16 09:45",
        "East End Rec Hockey <info@eastendrechockey.example>",
        "Fall standings + last game of the season",
        N(),
        text="""Division C final standings (before tomorrow's games):

1. Riverdale Reapers 9-2-0
2. Leslieville Lumberjacks 7-3-1
3. Pucking Hopeless 6-4-1
4. Danforth Dangles 4-6-1

Last regular-season game for the Lumberjacks: Wednesday, December 17, 9:45 PM at Ted Reeve. Winter registration closes December 20.

EERHL
""",
    ),
    m(
        "jw04",
        "2025-12-16 21:02",
        "Jess Whitford <jess.whitford@gmail.com>",
        "packing plan",
        N(),
        text="""kitchen this weekend, books + closet next week, everything else Jan 2. I labelled the boxes by room, please don't put your hockey bag in a box marked BEDROOM again

also the building needs the insurance certificate before keys. did Beacon send it?
""",
    ),
]
