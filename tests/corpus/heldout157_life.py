# ruff: noqa: E501, RUF100
"""Corpus 157, personal mail (data only): see heldout157.py. Youth football he coaches, the
church men's group, family and friends (talking about their own interviews and offers), the
doctor's office, his daughter's school."""

from __future__ import annotations

from typing import Any

from heldout157_jobs import N, ics, m, reply

TEAMSNAP = "Grove City Greyhounds 10U <noreply@teamsnap.com>"
TYRELL = "Tyrell Whitaker <tyrellwhitaker22@gmail.com>"
ANDRE = "Andre Wallace <dre_wallace614@yahoo.com>"
LUIS = "Luis Ortega <lortega.cbus@gmail.com>"
KEISHA = "Keisha Whitaker <keishaw.whitaker@gmail.com>"
DEACON = "Deacon Curtis Bell <cbell.ncbc@gmail.com>"
CHURCH = "New Covenant Men's Ministry <men@newcovenantgc.example>"
MYCHART = "Grove City Family Medicine <mychart@gcfamilymed.example>"
SCHOOL = "Westview Elementary <westview@swcschools.example>"

MAIL: list[dict[str, Any]] = [
    # --- Grove City Greyhounds 10U (he is the head coach) ---------------------------------------
    m(
        "h0wa",
        "2025-09-02 19:30",
        TEAMSNAP,
        "Practice schedule update - week of Sept 2",
        N(),
        text="""\
Grove City Greyhounds 10U

Coach Marcus posted an update:

Practice moves to Tue/Wed/Thu 6:00-7:30 at Windsor Park field 2 starting this week (the turf is
being re-lined Monday). Helmets, shoulder pads, mouthpiece, water. No cleats on the track.

View in TeamSnap: https://go.teamsnap.com/team/8842170/messages

You're receiving this because you're a member of Grove City Greyhounds 10U on TeamSnap.
""",
    ),
    m(
        "u2ki",
        "2025-09-05 12:15",
        TEAMSNAP,
        "Game reminder: Greyhounds vs. Jackson Twp Jaguars - Sat 9/6 9:00 AM",
        N(),
        text="""\
Upcoming game

Greyhounds vs. Jackson Twp Jaguars
Saturday, September 6 at 9:00 AM (arrive 8:15 AM)
Location: Grove City High School, stadium field
Uniform: home black jerseys, white pants

Availability: 19 going, 2 not going, 3 no response
Set your availability: https://go.teamsnap.com/team/8842170/schedule/event/309221
""",
    ),
    m(
        "b5so",
        "2025-09-13 20:48",
        "Tasha Pryor <tashap.1988@gmail.com>",
        "Jaylen - Tuesday practice",
        N(),
        text="""\
Hi Coach Marcus,

Jaylen won't be at practice Tuesday, he has a dentist appointment at 5:30 that we couldn't move.
He'll be there Wed and Thu. He's been practicing his stance in the backyard lol.

Thanks for everything you do with these boys.
Tasha (Jaylen's mom)
""",
    ),
    m(
        "q2vl",
        "2025-09-26 09:00",
        TEAMSNAP,
        "Picture day is Saturday!",
        N(),
        text="""\
Grove City Greyhounds 10U

Picture day is this Saturday 9/27 before the game, 7:45-8:30 AM at the GCHS concession stand.
Full uniform, game jersey. Order packages online with code GCYF-10U-BLK.

Team manager: Renee Ashby
""",
    ),
    m(
        "e7nx",
        "2025-10-16 21:10",
        "Mike Dunlap <director@gcyouthfootball.example>",
        "Invitation: GCYF coaches meeting @ Thu Oct 23, 2025 7pm - 8pm (EDT)",
        N(),
        text="""\
You have been invited to the following event.

GCYF coaches meeting
When: Thu Oct 23, 2025 7pm - 8pm (EDT)
Where: Grove City Library, Meeting Room B
Who: Mike Dunlap - organizer; all head coaches

Playoff seeding, concussion protocol refresher, and the banquet. Head coaches please attend.

Invitation from Google Calendar
""",
        ics=ics(
            "5w2lkd9v0bqr3hm6te1cy7xn8f@google.com",
            "2025-10-23 19:00",
            "GCYF coaches meeting",
            ("Mike Dunlap", "director@gcyouthfootball.example"),
            location="Grove City Library, Meeting Room B",
        ),
    ),
    m(
        "o9ij",
        "2025-10-31 16:40",
        TEAMSNAP,
        "Playoffs! Quarterfinal Saturday 11/1 at 11:00",
        N(),
        text="""\
Greyhounds - we made the playoffs as the 3 seed!

Quarterfinal vs. Hilliard Bradley: Saturday 11/1 at 11:00 AM at Hilliard Darby HS.
Arrive 10:15 in full uniform. Carpool sign-up is in the TeamSnap assignments tab.

Go Hounds!
Coach Marcus & Coach Terrell
""",
    ),
    m(
        "j8ea",
        "2025-11-12 18:22",
        "Mike Dunlap <director@gcyouthfootball.example>",
        "GCYF end of season banquet - RSVP by 11/26",
        N(),
        text="""\
Coaches and families,

Thank you for a great season! Our end-of-season banquet is Sunday, December 7, 3:00 PM at the
Grove City Church of the Nazarene fellowship hall. Players eat free; adults $10. Trophies,
highlight video, and coach awards.

Please RSVP by 11/26 here: https://forms.gcyouthfootball.example/banquet2025

Mike Dunlap
Director, Grove City Youth Football
""",
    ),
    m(
        "t6lg",
        "2025-11-15 14:03",
        "Renee Ashby <renee.ashby@yahoo.com>",
        "Thank you Coach Marcus!",
        N(),
        text="""\
Coach Marcus,

The parents all chipped in for a gift card to Texas Roadhouse - we'll give it to you at the
banquet but I wanted to say thank you now. My son has grown so much this season, not just in
football. You treat those kids like your own.

Renee
Sent from Yahoo Mail on Android
""",
    ),
    m(
        "c4md",
        "2026-01-29 19:00",
        "Grove City Youth Football <director@gcyouthfootball.example>",
        "2026 season: registration opens + head coach applications",
        N(),
        html="""\
<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#000">Grove City Youth Football - 2026 Season</h2>
<p><b>Player registration opens February 15.</b> Early-bird pricing $145 through March 15.</p>
<p><b>Coaches:</b> all head and assistant coach applications are due March 1. Returning coaches
must submit a new coach application, complete the Heads Up Football certification, and pass a
volunteer background check (you'll get an email from Sterling Volunteers).</p>
<p><a href="https://gcyouthfootball.example/coach-application">Submit your coach application</a></p>
<p>Thank you for volunteering!<br>Mike Dunlap, Director</p>
</body></html>""",
    ),
    m(
        "w3ph",
        "2026-02-06 10:22",
        "Sterling Volunteers <noreply@sterlingvolunteers.com>",
        "Grove City Youth Football has requested your background check",
        N(),
        text="""\
Hello Marcus Whitaker,

Grove City Youth Football has requested a volunteer background check as part of your coach
application. Please complete it using the link below. The organization has paid for your check.

Start: https://app.sterlingvolunteers.com/promoorder/4a3e-gcyf-2026

Organization code: GCYF2026
Questions? support@sterlingvolunteers.com

Sterling Volunteers - Because safety matters.
""",
    ),
    # --- New Covenant Baptist Church men's ministry -------------------------------------------
    m(
        "n2ux",
        "2025-09-08 20:15",
        CHURCH,
        "Men's breakfast Saturday 8am",
        N(),
        text="""\
Brothers,

Men's breakfast this Saturday, 8:00 AM in the fellowship hall. Brother Otis is cooking, so come
hungry. We'll start our fall study on Nehemiah - rebuilding the wall.

Bring a friend. Bring your sons.

In Him,
Deacon Curtis Bell
New Covenant Baptist Church Men's Ministry
""",
    ),
    m(
        "f9ko",
        "2025-10-06 18:40",
        CHURCH,
        "Iron Sharpens Iron - October",
        N(),
        text="""\
Brothers, a few things for October:

- Iron Sharpens Iron small groups meet Tuesdays 7 PM (Bell home) and Thursdays 6:30 AM (church).
- Fall cleanup at Sister Mabel's house Saturday 10/18 - bring rakes and a truck if you have one.
- Prayer list: Brother Otis's surgery, the Pryor family, and the brothers who are between jobs
  right now. Keep them lifted up.

"As iron sharpens iron, so one man sharpens another." Proverbs 27:17
""",
    ),
    m(
        "k7aw",
        "2025-11-03 19:05",
        CHURCH,
        "Thanksgiving food drive - drivers needed",
        N(),
        text="""\
Men,

We'll deliver 120 Thanksgiving boxes on Saturday 11/22. We need 15 drivers with trucks or SUVs,
8:30 AM at the church. Brother Marcus has offered to run the loading dock - thank you brother,
you know a thing or two about getting a truck loaded right.

Reply to sign up.
Deacon Bell
""",
    ),
    m(
        "y5tb",
        "2026-01-12 07:12",
        DEACON,
        "Saturday + a lead for you",
        N(),
        text="""\
Marcus,

See you at breakfast Saturday. Also - Brother Darnell says his plant on Frank Rd is hiring
forklift operators and a second-shift lead. I told him you were looking. Talk to him Saturday,
he said he'd walk your resume in himself.

Praying for you brother.
Curtis
""",
    ),
    m(
        "a9zq",
        "2026-01-13 20:40",
        DEACON,
        "Re: Saturday + a lead for you",
        N(),
        **reply("<CAJ4mW8oP7rVz1sD2w8@mail.gmail.com>"),
        text="""\
Praise God!! That's the news we've been praying for. Day shift too. I'll tell Darnell no need.
We'll celebrate Saturday - Otis is making his salmon croquettes.

Curtis

On Tue, Jan 13, 2026 at 6:58 PM Marcus Whitaker <mdwhitaker.gc@gmail.com> wrote:
> Deacon, thank you for thinking of me. I actually just accepted an offer today - supervisor on
> day shift at Corridor Logistics in Obetz. Start Feb 2. Thank you for the prayers.
""",
    ),
    m(
        "r3ne",
        "2026-02-01 21:30",
        "Pastor James Whitfield <pastor@newcovenantgc.example>",
        "Congratulations, Brother Marcus",
        N(),
        text="""\
Brother Marcus,

Deacon Bell shared your good news. Congratulations on the new position! I know these last months
weren't easy, and you kept showing up - for your kids, for those football boys, and for the men
of this church. May God bless your first day tomorrow.

Pastor Whitfield
""",
    ),
    # --- Family and friends (their jobs, not his) -----------------------------------------------
    m(
        "g4rz",
        "2025-09-09 22:31",
        TYRELL,
        "yo cuz",
        N(),
        text="""\
yo cuz, I got an interview thursday at that new brightcart warehouse out in etna. its one of
those hiring event things where they interview you on the spot. any tips?? what do they ask. i
dont want to mess this one up lol

also you still coming to auntie's sunday
""",
    ),
    m(
        "l7dy",
        "2025-09-10 07:55",
        TYRELL,
        "Re: yo cuz",
        N(),
        **reply("<CAJ4mW8k0FqLz1uH2a6@mail.gmail.com>"),
        text="""\
bet, thanks. gonna wear the boots and practice the "tell me about a time" stuff. Ill let u know

> On Sep 9, 2025, at 11:02 PM, Marcus Whitaker <mdwhitaker.gc@gmail.com> wrote:
>
> Show up 15 min early, bring 2 IDs, and when they ask about safety tell them about the time you
> stopped the line at the bakery. They love safety answers. Smile. You got this.
""",
    ),
    m(
        "c9xf",
        "2025-09-15 18:47",
        TYRELL,
        "GOT IT",
        N(),
        text="""\
they offered me on the spot!!! fulfillment associate, $20.50 + $1.50 for weekends. start next
monday. drug test tomorrow. told you I wasn't gonna mess it up 😂

when you get on somewhere we celebrating
""",
    ),
    m(
        "v9qj",
        "2025-11-10 21:20",
        TYRELL,
        "process assistant",
        N(),
        text="""\
cuz they made me a process assistant already. 2 months in. my manager says if I keep it up I
can apply for area manager next year. crazy. how your search going? you hear back from the
parcel place?
""",
    ),
    m(
        "i3hn",
        "2025-10-02 12:18",
        ANDRE,
        "CDL update",
        N(),
        text="""\
Marcus,

Passed my CDL road test Monday!! Already got two offers - one from a regional outfit in London
OH paying $1,350/wk home every night, the other is OTR $1,600 but out 2 weeks at a time. Taking
the regional, Tasha would kill me otherwise.

You ever think about doing CDL? You'd be a great dispatcher though honestly, you already boss
everybody around lol.

Dre
""",
    ),
    m(
        "x0lb",
        "2025-10-27 09:12",
        ANDRE,
        "Re: tailgate saturday",
        N(),
        **reply("<CAJ4mW8j3fH9v2sT0b@mail.gmail.com>"),
        text="""\
I got the grill and the tent. You bring the cooler and the chairs. Lot opens at 8. Penn State
coming to town, we need this one.

Dre

---- Marcus Whitaker wrote ----
> you in for saturday? I can bring DJ.
""",
    ),
    m(
        "s9gm",
        "2026-01-14 17:33",
        ANDRE,
        "CONGRATS",
        N(),
        text="""\
Keisha told me you got the supervisor job at Corridor!! Day shift, benefits, the whole thing.
Proud of you man. Told you something good was coming. Drinks on me this weekend.

Dre
""",
    ),
    m(
        "m6jp",
        "2025-09-24 22:05",
        LUIS,
        "nights are done for good",
        N(),
        text="""\
Hey Marcus,

Heard from Sandra that OVL is closing nights permanently, not just for the winter. They're
offering a few of the guys day-shift picker spots but no leads. That sucks man.

I've got an interview at KPS next week for a preload supervisor job. If they've got two spots
I'll put your name in. Let me know how your search is going.

Luis
""",
    ),
    m(
        "p3fu",
        "2025-11-20 20:40",
        LUIS,
        "Re: KPS",
        N(),
        **reply("<CAJ4mW8h2dW0qLx9r@mail.gmail.com>"),
        text="""\
Yeah I took it. Preload, 3am start, it's brutal but the money's decent and I don't have kids at
home like you do. I get why you turned it down, that schedule with DJ and Aaliyah wouldn't work.

My HR lady said they're hiring day-sort supervisors in the spring, I'll keep my ears open.

Luis

On Thu, Nov 20, 2025 at 6:11 PM Marcus Whitaker <mdwhitaker.gc@gmail.com> wrote:
> Did you end up taking the KPS job? They offered me preload too but I said no.
""",
    ),
    m(
        "d3co",
        "2026-01-30 18:55",
        "Ray Cortez <raycortez.oh@gmail.com>",
        "layoffs at my place",
        N(),
        text="""\
Marcus,

Heard you landed at Corridor, congrats brother. Bad news on my end - they announced layoffs at
the print plant today, 40 people, and I'm probably on the list. If you hear of anything at your
new place (material handler, shipping, anything on days), let me know. I'll send you my resume.

Ray
""",
    ),
    m(
        "j2gk",
        "2025-12-05 12:30",
        KEISHA,
        "Mom's birthday dinner 12/14",
        N(),
        text="""\
Hey big bro,

Mom's birthday dinner is Sunday 12/14 at 4 at the house. I'm doing the main, you're on mac and
cheese (the good one, not the box). Bring the kids. Also I'm getting her the recliner from
Caldwell's - you in for half? $200 each.

Love you,
Keisha
""",
    ),
    m(
        "z4hi",
        "2025-12-22 09:40",
        KEISHA,
        "Christmas at Mom's",
        N(),
        text="""\
Christmas Day at Mom's, dinner at 3. Aunt Bev is bringing the greens and Tyrell says he's
bringing his new girlfriend (!!). Can you pick up Grandma from Westminster Thurber at 1?

And stop worrying about the job stuff for one day. Something is coming.

K
""",
    ),
    m(
        "t4we",
        "2025-10-12 15:15",
        "Mom <gloria.whitaker57@yahoo.com>",
        "Call me",
        N(),
        text="""\
Marcus call me when you get a chance. Nothing wrong. Your aunt Bev said her neighbor's son works
at the hospital in the supply room and she gave him your name. Also bring back my casserole dish.

Love Mom
""",
    ),
    # --- Doctor, dentist, pharmacy -----------------------------------------------------------
    m(
        "k3ub",
        "2025-10-20 14:02",
        MYCHART,
        "Appointment confirmed: Annual physical - Tue Nov 4, 8:40 AM",
        N(),
        text="""\
Your appointment is confirmed.

  Annual physical with Dr. Priya Natarajan, MD
  Tuesday, November 4, 2025 at 8:40 AM (arrive 15 minutes early)
  Grove City Family Medicine, 2150 Stringtown Rd, Suite 200, Grove City, OH 43123

Please complete eCheck-In in MyChart up to 7 days before your visit. Note: your insurance on
file ended 09/30/2025. Please update your coverage or ask about our self-pay discount.

A calendar file is attached.
""",
        ics=ics(
            "gcfm-appt-55120983@gcfamilymed.example",
            "2025-11-04 08:40",
            "Annual physical - Dr. Natarajan",
            ("Grove City Family Medicine", "mychart@gcfamilymed.example"),
            minutes=30,
            location="Grove City Family Medicine, 2150 Stringtown Rd, Suite 200, Grove City, OH 43123",
        ),
    ),
    m(
        "a6se",
        "2025-11-03 09:00",
        MYCHART,
        "Reminder: appointment tomorrow at 8:40 AM",
        N(),
        text="""\
Reminder: you have an appointment tomorrow, Tuesday November 4 at 8:40 AM with Dr. Priya
Natarajan. Reply C to confirm or call 614-555-0101 to reschedule. Fasting labs: nothing to eat
or drink except water after midnight.
""",
    ),
    m(
        "o1vk",
        "2025-11-07 11:24",
        MYCHART,
        "New test results are available",
        N(),
        text="""\
You have new test results in MyChart. Log in to view your results and any comments from your
care team: https://mychart.gcfamilymed.example

To protect your privacy, results are not included in this email.
""",
    ),
    m(
        "e5ro",
        "2026-01-08 16:00",
        "Smiles on Broadway <appointments@smilesonbroadway.example>",
        "Cleaning appointment for DJ and Aaliyah - Jan 17",
        N(),
        text="""\
Hi Marcus,

This confirms dental cleanings for DJ Whitaker (9:00 AM) and Aaliyah Whitaker (9:30 AM) on
Saturday, January 17. Please bring your current dental insurance card if it has changed.

Smiles on Broadway Family Dentistry
""",
    ),
    # --- Westview Elementary (his daughter's school) -----------------------------------------
    m(
        "i8pf",
        "2025-09-04 15:30",
        SCHOOL,
        "Westview Weekly: welcome back, Wolves!",
        N(),
        html="""\
<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#1d3c78">Westview Weekly</h2>
<p>Welcome back, Wolves families! A few reminders:</p>
<ul><li>Drop-off starts at 8:35 AM; car line on the Hoover Rd side only.</li>
<li>Free and reduced lunch applications are open - apply online by Sept 30.</li>
<li>Curriculum Night is Thursday, Sept 11 at 6 PM.</li></ul>
<p>Go Wolves!<br>Mrs. Alvarez, Principal</p>
</body></html>""",
    ),
    m(
        "x7ma",
        "2025-10-09 14:50",
        SCHOOL,
        "Parent-teacher conference sign-up",
        N(),
        text="""\
Dear Westview families,

Parent-teacher conferences are October 21 and 23. Please sign up for a 15-minute slot with your
child's teacher: https://westview.swcschools.example/conferences

Aaliyah Whitaker - Grade 2 - Ms. Renfro

Thank you!
""",
    ),
    m(
        "h2dj",
        "2025-11-14 15:05",
        SCHOOL,
        "Book fair next week + picture retakes",
        N(),
        text="""\
Scholastic Book Fair is Nov 17-21 in the library. eWallets are available online. Picture retakes
are Wednesday 11/19 - send back your original packet if you want a retake.
""",
    ),
    m(
        "b0hc",
        "2026-01-09 12:00",
        "SWCS Enrollment <enrollment@swcschools.example>",
        "STEM Academy application window is open",
        N(),
        text="""\
Dear Parent/Guardian,

The application window for the district's STEM Academy (grades 3-8) for the 2026-27 school year is
open from January 12 through February 6. Students currently in grade 2 are eligible to apply for
grade 3. Seats are awarded by lottery; you will receive a decision by email in March.

Apply online: https://enroll.swcschools.example/stem-academy

South-Western City Schools, Office of Enrollment
""",
    ),
    m(
        "u7fe",
        "2026-02-11 16:20",
        "Ms. Renfro <krenfro@swcschools.example>",
        "Valentine's party Friday - volunteers?",
        N(),
        text="""\
Hi families! Our class Valentine's party is Friday 2/13 at 2:15. We need 3 parent volunteers
and someone to bring juice boxes. Aaliyah said her dad might come - Mr. Whitaker, we'd love to
have you if your new job allows!

Ms. Renfro, Grade 2
""",
    ),
    m(
        "f0gw",
        "2026-01-06 10:05",
        "Fresh Cutz Barbershop <booking@freshcutzgc.example>",
        "Booking confirmed: Sat Jan 10 at 9:30 AM with Jay",
        N(),
        text="""\
You're booked!

Fresh Cutz Barbershop - Grove City
Sat, Jan 10 at 9:30 AM - Cut + line up with Jay ($30)
3180 Southwest Blvd

Need to cancel? Do it at least 2 hours before: https://freshcutzgc.example/b/9a41
""",
    ),
    m(
        "q9nb",
        "2025-11-25 12:45",
        "SafeStack Training <webinars@safestacktraining.example>",
        "Free webinar: winter dock safety (with calendar invite)",
        N(),
        text="""\
Winter is coming to your dock. Join our free 45-minute webinar on Wednesday, December 10 at
2 PM ET: slips and falls on icy aprons, trailer creep, and keeping forklift batteries happy in the
cold. Presented by two certified OSHA outreach trainers. Certificate of attendance included.

Calendar invitation attached. Join: https://safestacktraining.example/webinar/winter-dock

SafeStack Training LLC | Unsubscribe: https://safestacktraining.example/unsub
""",
        ics=ics(
            "safestack-winter-dock-20251210@safestacktraining.example",
            "2025-12-10 14:00",
            "Webinar: Winter Dock Safety",
            ("SafeStack Training", "webinars@safestacktraining.example"),
            minutes=45,
            location="https://safestacktraining.example/webinar/winter-dock",
        ),
    ),
    # --- more of the same --------------------------------------------------------------------------
    m(
        "s0tc",
        "2025-09-20 08:02",
        TEAMSNAP,
        "CANCELED: Greyhounds vs. Westland - lightning",
        N(),
        text="""\
Game canceled

Greyhounds vs. Westland Warriors, Saturday 9/20 at 9:00 AM has been CANCELED due to lightning in
the area. The league will announce a makeup date. Do not come to the field.

Coach Marcus
""",
    ),
    m(
        "v4ay",
        "2025-10-06 21:36",
        "Terrell Mack <tmack.coach@gmail.com>",
        "film from saturday",
        N(),
        text="""\
Coach,

Uploaded the game film to the team drive. Watch our left side on the sweep, we keep getting
sealed. I think Jaylen and Marquise should switch. Also the snap count thing is killing us.

Can you do Wednesday practice solo? I got a work thing.

T
""",
    ),
    m(
        "r5wu",
        "2025-12-01 19:12",
        CHURCH,
        "Christmas fellowship + prayer list",
        N(),
        text="""\
Brothers,

Men's Christmas fellowship is Saturday 12/13 at 6 PM, potluck, bring your wives. White elephant
gift under $20.

Prayer list this month: Sister Mabel's recovery, the Pryor family, our brothers in job searches
(Marcus, Ray, and Kevin), and safe travels for everyone going home for the holidays.

Deacon Bell
""",
    ),
    m(
        "e1mq",
        "2025-12-15 22:17",
        KEISHA,
        "pics from Sunday",
        N(),
        text="""\
Here are the pics from Mom's dinner! She loved the recliner - she fell asleep in it before we even
cut the cake 😂. The one of you and DJ is my favorite.

https://photos.app.goo.gl/Xk29qPmZvR7aB1fT8
""",
    ),
    m(
        "l1op",
        "2026-02-03 20:44",
        TYRELL,
        "first day??",
        N(),
        text="""\
how was day 1 supervisor man 😎 they give you a office or you out on the floor

also my boy Marquis needs a job, your place hiring forklift? he got his card
""",
    ),
    m(
        "y6gx",
        "2026-01-20 05:45",
        "SWCS Alerts <alerts@swcschools.example>",
        "Two-hour delay today, Tuesday Jan 20",
        N(),
        text="""\
South-Western City Schools will operate on a TWO-HOUR DELAY today, Tuesday, January 20, due to
icy roads. No morning preschool. Buses will run two hours later than normal.
""",
    ),
    m(
        "c1kh",
        "2025-11-20 10:30",
        MYCHART,
        "Your statement is ready",
        N(),
        text="""\
A new statement is available for your visit on 11/04/2025.

Amount due: $186.00 (self-pay, after 35% uninsured discount)
Due date: 12/15/2025

Pay in MyChart or set up a payment plan: https://mychart.gcfamilymed.example/billing
""",
    ),
]
