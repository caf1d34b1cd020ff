# ruff: noqa: E501, RUF100
"""Corpus 152, whānau, friends, netball, work mates and the old flat (data only): see
heldout152.py."""

from __future__ import annotations

from typing import Any

from heldout152_jobs import N, ics, m, re

MUM = "Huia Te Rangi <huia.terangi@xtra.co.nz>"
TAMA = "Tama Te Rangi <tamaterangi.27@gmail.com>"
MERE = "Mere Tautahi <mere.tautahi@outlook.com>"
JESS = "Jess Morrison <jessmorrison.nz@gmail.com>"
SAM = "Sam Whitfield <sam.whitfield88@gmail.com>"
HANNAH = "Hannah Brooks <hannahbrooks.teach@gmail.com>"
NETBALL = "Te Rapa Tigers Netball <terapatigers.netball@gmail.com>"

_mere_news = m(
    "y2m0",
    "2025-09-13 20:47",
    MERE,
    "coffee?? + news",
    N(),
    text="""Hey babe!!

Are you free for coffee next Sat? I need to tell you something in person but I'll just
tell you now bc I can't keep it in 😂 I've got an INTERVIEW at Tōtara Bank for a business
banking analyst role!!! Second round! It's on Thursday and I'm freaking out.

Any tips?? You're so good at this stuff. Do I wear the blue blazer or is that too much

Mere xx""",
)

_mere_got = m(
    "y2m1",
    "2025-10-02 18:15",
    MERE,
    "Re: coffee?? + news",
    N(),
    **re(_mere_news),
    text="""I GOT IT!!!!!!! 🎉🎉🎉

They rang this arvo and offered me the job! Start on the 20th. The recruiter said the panel
loved my answer about the farming clients (thanks to you and your STAR method lecture haha).

Salary is way more than I'm on now too. I'm actually shaking. Drinks on me this weekend

xx

On Sat, 13 Sept 2025 at 20:47, Mere Tautahi <mere.tautahi@outlook.com> wrote:
> Hey babe!!
> Are you free for coffee next Sat? ...""",
)

_sam_flat = m(
    "y5s1",
    "2025-11-19 12:40",
    SAM,
    "Fwd: Viewing times Saturday",
    N(),
    text="""Babe can you do the Mt Albert one at 11.15? I'll be at the Sandringham one at 12. Then
we swap notes over lunch. I've applied for both on Trade Me already using your tenant
profile thing.

---------- Forwarded message ---------
From: Citywide Property Management <viewings@citywidepm.example>
Date: Wed, 19 Nov 2025 at 10:02
Subject: Viewing times Saturday
To: <sam.whitfield88@gmail.com>

Hi Sam, viewing slots available for 14 Kōwhai Road on Saturday 22 November: 11:15am or
11:45am. Please book via the link in your Trade Me message.""",
)

_ripeka = m(
    "y9r0",
    "2025-12-22 09:05",
    "Ripeka Herewini <ripeka.herewini@xtra.co.nz>",
    "Meri Kirihimete whānau!",
    N(),
    to="Te Rangi whānau <huia.terangi@xtra.co.nz>",
    cc="Aroha Te Rangi-Whitfield <aroha.trw@gmail.com>, tamaterangi.27@gmail.com",
    text="""Kia ora koutou,

Meri Kirihimete me te Hape Nū Ia to you all! It's been a big year for our whānau - two new
babies, Kiri's 21st, and our Aroha and Sam heading off to the big smoke.

Christmas Day at ours from 11. Bring a plate and your togs. Uncle Rangi is doing the hāngī so
lunch will be when it's ready 😄

Arohanui,
Aunty Ripeka""",
)

MAIL: list[dict[str, Any]] = [
    # ---- Mum -------------------------------------------------------------------------------------
    m(
        "y1h0",
        "2025-09-06 19:02",
        MUM,
        "sunday",
        N(),
        text="""Hi darl

are you and Sam coming for lunch sunday, Dad is doing the roast. Tama might come if he's not
working. bring that nice salad you made last time

how is all the job stuff going. I told Aunty Ripeka you are looking in Auckland and she said
her neighbour's girl works at the port and loves it. Just saying!!

love Mum xx""",
    ),
    m(
        "y1h1",
        "2025-10-04 08:30",
        MUM,
        "Fw: Kiri's 21st",
        N(),
        text="""darl did you get this one from Aunty, she said she sent it to your old hotmail

love Mum

-----Original Message-----
From: Ripeka Herewini
Sent: Friday, 3 October 2025 9:14 PM
Subject: Kiri's 21st

Kia ora whānau, Kiri's 21st will be Saturday 15 November at the Te Rapa Sportsdrome function
room, from 6pm. Dinner provided, cash bar. Please let me know numbers by 1 November!!""",
    ),
    m(
        "y1h2",
        "2025-10-23 20:41",
        MUM,
        "guess what",
        N(),
        text="""Hi darl

well I did it. I had the interview for the office manager job at the kura on Tuesday and Matua
Hone rang today to say I got it!! I start after the holidays. Still can't believe it at my age.
They want me to do the payroll too so I will be ringing you for help lol. I said to them my
daughter is a payroll expert.

I'll tell Dad tonight when he gets back from the farm. Don't tell Tama yet I want to ring him.

love Mum xxx""",
    ),
    m(
        "y1h3",
        "2025-12-08 19:55",
        MUM,
        "Christmas",
        N(),
        text="""hi darl

Aunty Ripeka is doing Christmas at hers this year so we will drive over on the 24th. When do
you fly to Gisborne? Nana is so excited to see you both. I've made her promise not to ask Sam
when he's going to propose lol no promises

do you want us to come up and help with the move in January, Dad has the trailer

love Mum""",
    ),
    m(
        "y1h4",
        "2026-01-19 18:20",
        MUM,
        "first day!!",
        N(),
        text="""how was it darl!!! did you get lost at the port lol. send me a photo of you in your hi vis
haha

so proud of you. ring me when you're home

love Mum xx

ps my first week at the kura has been a shock to the system, the principal wants everything
done yesterday""",
    ),
    m(
        "y1h5",
        "2026-02-08 10:44",
        MUM,
        "Re: photos",
        N(),
        text="""Lovely photos darl the flat looks so nice. Love the lemon tree. We'll come up for Easter if
that's ok.

Dad says make sure Sam fixes that gate

xx

> On 7/02/2026, at 9:12 PM, Aroha Te Rangi-Whitfield <aroha.trw@gmail.com> wrote:
> Finally unpacked! Here are some pics of the new place. Miss you heaps.""",
    ),
    # ---- Tama ------------------------------------------------------------------------------------
    m(
        "y3t0",
        "2025-09-21 21:30",
        TAMA,
        "got a start",
        N(),
        text="""sis

got the job at the freezing works in Te Kūiti. start monday 6am, chain work on the beef line.
money is good and they do a bonus at the end of the season.

mum will prob tell you anyway

T""",
    ),
    m(
        "y3t1",
        "2025-11-16 14:12",
        TAMA,
        "ute",
        N(),
        text="""you still selling the jazz? my mate Wiremu wants a car for his missus. how much

T""",
    ),
    m(
        "y3t2",
        "2025-12-28 16:48",
        TAMA,
        "NYE",
        N(),
        text="""we are going to Raglan for new years. bach has room if you and Sam want to come up from
Gizzy. bring the chilly bin""",
    ),
    m(
        "y3t3",
        "2026-02-15 20:10",
        TAMA,
        "waitangi wknd pics",
        N(),
        text="""here's the pics from Waitangi. the one of Uncle in the waka is gold

https://photos.app.goo.gl/Wk2RtQq7dP9a""",
    ),
    # ---- Mere ------------------------------------------------------------------------------------
    _mere_news,
    _mere_got,
    m(
        "y2m2",
        "2025-11-29 21:40",
        MERE,
        "one month in lol",
        N(),
        text="""ok so one month at the bank and I have SO MANY THOUGHTS

the good: my team are lovely, the coffee machine is amazing, I get a bonus
the bad: so many acronyms. I had to do 14 online compliance modules in my first week. And
my manager has a meeting about every meeting

how's the Auckland job hunt going? any offers yet?? 🤞

Mere""",
    ),
    m(
        "y2m3",
        "2026-01-31 11:05",
        MERE,
        "Auckland catch up",
        N(),
        text="""Kia ora lovely! I'm up in Auckland for a training course on the 12th and 13th Feb. Dinner
on the Thursday? Somewhere in Sandringham so you don't have to go far 🙂

xx M""",
    ),
    m(
        "y2m4",
        "2026-02-26 19:30",
        MERE,
        "Re: Auckland catch up",
        N(),
        text="""That was the best night, thank you!! Sorry I talked about work for like 3 hours. I think I
need to apply for a transfer to the Auckland team tbh 😂

Say hi to Sam

> On 14/02/2026, at 8:20 AM, Aroha Te Rangi-Whitfield <aroha.trw@gmail.com> wrote:
> So good to see you last night!! Come back soon""",
    ),
    # ---- Jess ------------------------------------------------------------------------------------
    m(
        "y4j0",
        "2025-10-11 13:22",
        JESS,
        "Auckland flat hunting tips",
        N(),
        text="""Hey Aroha!

Ok as promised, my Auckland flat-hunting wisdom:

1. Set up Trade Me Property alerts NOW and apply the same day. The good ones go fast.
2. Have your tenant profile ready - references, payslips, a little blurb about you two.
   Mention Sam's job and that you've got a job lined up (or are looking) - they love stable
   income.
3. Sandringham, Mt Albert and Kingsland are good for the trains.
4. Always go to the viewing. Property managers want to meet you.

Can't wait to have you up here!!

Jess x""",
    ),
    m(
        "y4j1",
        "2025-11-23 21:55",
        JESS,
        "ugh work",
        N(),
        text="""Sorry for the rant but I need to vent to someone who isn't at work.

They announced a restructure on Thursday. My role is "proposed to be disestablished" and
there's a new role I can apply for, which is basically my job with a different title and
less pay?? Consultation closes on the 5th. All recruitment is on hold until then, so the
grad we were supposed to hire is stuck too.

I'm honestly thinking of just looking for something else. Anyway. How are you?? Any luck?

J x""",
    ),
    m(
        "y4j2",
        "2025-12-16 12:30",
        JESS,
        "Re: ugh work",
        N(),
        text="""Update: I got the new role! Same desk, same team, slightly different title, and they kept
my salary the same in the end. Such an anticlimax after all that stress 🙄

Also CONGRATS on the port job!!! Sam told Dave. We are celebrating when you get here.

J""",
    ),
    m(
        "y4j3",
        "2026-01-17 09:10",
        JESS,
        "welcome to Auckland!!!",
        N(),
        text="""You made it!! How was the drive up with the truck? Dave and I will drop round tomorrow
with dinner so you don't have to cook among the boxes. Lasagne ok?

x""",
    ),
    m(
        "y4j4",
        "2026-02-22 15:48",
        JESS,
        "Netball??",
        N(),
        text="""Ok I've found us a team! Ponsonby social league, Tuesday nights at Auckland Netball Centre.
They need two more players. Registration closes Friday - you just fill in the online
application and pay $90. Are you in?? Please say yes

https://www.aucklandnetball.example/social-league/register

J""",
    ),
    # ---- Sam -------------------------------------------------------------------------------------
    m(
        "y5s0",
        "2025-09-19 13:02",
        SAM,
        "TRANSFER CONFIRMED",
        N(),
        text="""Just got out of the meeting with Craig. It's official - the transfer to the Auckland
depot is approved! Start date 12 January. Same pay grade but they're giving me a $5k
relocation allowance and I keep my KiwiSaver and service.

Looks like we're moving babe!!! Dinner out tonight to celebrate?

S x""",
    ),
    m(
        "y5s2",
        "2025-11-02 20:15",
        SAM,
        "question for the payroll queen",
        N(),
        text="""Hey, dumb question. My new employment agreement for the Auckland role says "employer
KiwiSaver contributions are inclusive of total remuneration". Does that mean they're
taking the 3% out of my salary?? Can you have a look before I sign it. Attached.

Love you""",
        attach=[
            (
                "Variation to Employment Agreement - S Whitfield.pdf",
                "application/pdf",
                "%PDF-1.4\n% variation - relocation to Auckland depot\n%%EOF\n",
            )
        ],
    ),
    _sam_flat,
    m(
        "y5s3",
        "2025-12-04 11:40",
        SAM,
        "Re: Congratulations - 3/27 Sandringham Road",
        N(),
        text="""WE GOT IT!!!!!! 🏡

I'll sign the agreement tonight. Can you transfer your half of the bond to the joint account?

> Congratulations - your application for 3/27 Sandringham Road has been approved by the owner!""",
    ),
    m(
        "y5s4",
        "2026-01-05 21:00",
        "Sam Whitfield (via Google Docs) <drive-shares-dm-noreply@google.com>",
        'Document shared with you: "Moving checklist 🚚"',
        N(),
        text="""Sam Whitfield shared a document

Sam Whitfield (sam.whitfield88@gmail.com) has invited you to edit the following document:

Moving checklist 🚚

"added the power, internet and the AA change of address - can you do the doctor and the
library stuff"

Open: https://docs.google.com/document/d/1mVCk2Q8sX0lH/edit?usp=sharing_eil

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because sam.whitfield88@gmail.com shared a document with you
from Google Docs.""",
    ),
    m(
        "y5s5",
        "2026-02-02 17:30",
        SAM,
        "dinner",
        N(),
        text="""running late, the depot manager wants to go over the roster for Waitangi weekend. Can you
grab milk on the way home? Love you x""",
    ),
    # ---- Hannah ---------------------------------------------------------------------------------
    m(
        "y6b0",
        "2025-09-28 17:05",
        HANNAH,
        "Wish me luck!",
        N(),
        text="""Hi Aroha,

Quick one - I've got an interview on Wednesday for the Year 4 teaching position at Rototuna
Primary! It's a panel of the principal, deputy and a board member, and I have to teach a 20
minute lesson to a class I've never met 😬

If you have any words of wisdom from your own interviews lately, send them my way.

Hannah""",
    ),
    m(
        "y6b1",
        "2025-10-08 19:30",
        HANNAH,
        "Re: Wish me luck!",
        N(),
        text="""Well... I didn't get it. They rang yesterday - lovely feedback about my lesson, but they went
with someone with more experience in the junior school. Unfortunately that seems to be
the theme for me this year.

On the plus side, the principal said there'll be a fixed-term vacancy for Term 1 and she
wants me to apply. So not all bad!

How are your applications going?

H x""",
    ),
    # ---- Netball ---------------------------------------------------------------------------------
    m(
        "y7n0",
        "2025-09-07 20:00",
        NETBALL,
        "Draw - Week 8",
        N(),
        text="""Kia ora Tigers!

Week 8 draw (Saturday 13 Sept):

Tigers Premier vs Frankton Flyers - 9.00am, Court 4
Tigers Senior B vs Fairfield Falcons - 10.00am, Court 7 (Aroha's team - umpire duty after!)
Tigers Juniors vs Hillcrest - 11.00am, Court 2

Please remember your bibs. Subs for Term 3 are now overdue for some players - see the
committee table on Saturday.

Ngā mihi,
Tina (Club Secretary)""",
    ),
    m(
        "y7n1",
        "2025-09-27 09:15",
        NETBALL,
        "SEMIS THIS SATURDAY 🏐",
        N(),
        text="""Tigers!

Senior B have made the semi-final!! Saturday 4 October, 10.30am, Court 1 at Hamilton
Netball Centre. Come and support - bring your loudest voices.

Go Tigers!
Tina""",
    ),
    m(
        "y7n2",
        "2025-10-12 19:20",
        NETBALL,
        "Invitation: Tigers prizegiving 2025 @ Sat 25 Oct 2025 6pm - 10pm (NZDT)",
        N(),
        text="""Te Rapa Tigers Netball prizegiving 2025
Saturday 25 Oct 2025 ⋅ 6pm - 10pm
Te Rapa Tavern function room

Dinner, awards and a DJ. $35 a ticket - pay to the club account and please RSVP by 18
October. Partners welcome!

Tina

Invitation from Google Calendar""",
        ics=ics(
            "5t8bq2pg1k4vnf0ym3dhsa7ju6@google.com",
            "2025-10-25 18:00",
            "Te Rapa Tigers Netball prizegiving 2025",
            ("Te Rapa Tigers Netball", "terapatigers.netball@gmail.com"),
            minutes=240,
            location="Te Rapa Tavern function room",
        ),
    ),
    m(
        "y7n3",
        "2025-11-09 18:40",
        NETBALL,
        "AGM + we need coaches for 2026!",
        N(),
        text="""Kia ora Tigers whānau,

Our AGM is on Sunday 23 November, 4pm at the clubrooms. All members welcome.

We are also looking for COACHES and MANAGERS for the 2026 season. If you're interested,
please fill in the short application form on our Facebook page by 30 November - no
experience necessary for junior teams, and the club will pay for your Netball Waikato
coaching course.

Ngā mihi,
Tina
Te Rapa Tigers Netball Club Inc.""",
    ),
    m(
        "y7n4",
        "2025-12-01 20:12",
        NETBALL,
        "Thank you Aroha 💛",
        N(),
        text="""Kia ora Aroha,

On behalf of the committee I just want to say a massive thank you for everything you've done
for the club - four seasons as treasurer, sorting out our accounts, and keeping us all in
line with the subs! Auckland's gain is our loss.

You're welcome back any time. The Senior B girls have a little something for you at the
Christmas BBQ on the 13th.

Arohanui,
Tina and the committee""",
    ),
    m(
        "y7n5",
        "2026-01-25 12:00",
        NETBALL,
        "2026 registrations are open!",
        N(),
        text="""Kia ora Tigers!

Registrations for the 2026 winter season are now open. Early-bird fee: $140 until 28
February.

Register online: https://www.terapatigers.example/register

Trials: Saturday 14 March, 9am

Go Tigers!""",
    ),
    # ---- whānau events ---------------------------------------------------------------------------
    m(
        "y8k0",
        "2025-10-05 10:22",
        "Kiri Herewini <kiri.herewini03@gmail.com>",
        "Invitation: Kiri's 21st 🎉 @ Sat 15 Nov 2025 6pm - 11:30pm (NZDT)",
        N(),
        text="""Kiri's 21st 🎉
Saturday 15 Nov 2025 ⋅ 6pm - 11:30pm
Te Rapa Sportsdrome function room

Dress code: black and gold. Dinner provided, cash bar. No presents needed, just come and
have a good night!!

Invitation from Google Calendar""",
        ics=ics(
            "2h9rkd4q0v1s7bp3mt6gx8ea5n@google.com",
            "2025-11-15 18:00",
            "Kiri's 21st 🎉",
            ("Kiri Herewini", "kiri.herewini03@gmail.com"),
            minutes=330,
            location="Te Rapa Sportsdrome, function room",
        ),
    ),
    _ripeka,
    m(
        "y9r1",
        "2025-12-22 11:40",
        MUM,
        "Re: Meri Kirihimete whānau!",
        N(),
        **re(_ripeka),
        cc="Ripeka Herewini <ripeka.herewini@xtra.co.nz>, Aroha Te Rangi-Whitfield <aroha.trw@gmail.com>",
        text="""Thanks sis, we'll bring the trifle and the pav. Aroha and Sam are in Gizzy with Nana but
they'll ring in.

Huia""",
    ),
    m(
        "y8p0",
        "2025-10-26 10:00",
        "Ngā Uri o Kōwhai Trust <panui@ngaurikowhai.example>",
        "Pānui: Education grants - applications now open",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2>Pānui - Ngā Uri o Kōwhai Trust</h2>
<p>Tēnā koutou katoa,</p>
<p><b>Education grants for 2026 - applications now open.</b> Registered uri studying at
tertiary level, including professional qualifications (CA, CPA, trades), can apply for a
grant of up to $2,000. Applications close 31 January 2026.</p>
<p><a href="https://ngaurikowhai.example/grants">Apply online</a></p>
<p>Also in this pānui: wānanga reo at the marae 8-9 November, and an update on the Treaty
settlement negotiations.</p>
<p>Ngā mihi,<br>Ngā Uri o Kōwhai Trust</p>
</body></html>""",
    ),
    m(
        "y8p1",
        "2026-01-27 10:00",
        "Ngā Uri o Kōwhai Trust <panui@ngaurikowhai.example>",
        "Pānui: Notice of AGM and trustee elections",
        N(),
        text="""Tēnā koutou,

Notice is given that the Annual General Meeting of Ngā Uri o Kōwhai Trust will be held on
Saturday 7 March 2026 at 10am at Kōwhai Marae.

Nominations for trustee positions close 13 February. Candidate profiles will be posted on
our website.

Reminder: education grant applications close 31 January.

Ngā mihi,
Trust Secretary""",
    ),
    # ---- work mates at Kahikatea -------------------------------------------------------------------
    m(
        "y0w0",
        "2025-10-31 11:02",
        "Shaz Patel <shazzap@gmail.com>",
        "drinks tonight?",
        N(),
        text="""Hey it's Shaz (from my personal, the work filter blocks anything fun lol)

Drinks at the Brewers Bar after work? Darren's shouting because he finally got through his
probation. Bring Sam!

S""",
    ),
    m(
        "y0w1",
        "2025-12-12 09:14",
        "Bruce Hollis <bruce@kahikateabs.example>",
        "Farewell morning tea - Aroha, Friday 19th",
        N(),
        to="All Staff <allstaff@kahikateabs.example>",
        cc="Aroha Te Rangi-Whitfield <aroha.trw@gmail.com>",
        text="""Hi all,

As most of you know, Aroha has resigned and is heading to Auckland in the new year to take
up a payroll role at Northgate Port. Her last day with us is Friday 19 December.

Please join us for a farewell morning tea in the lunchroom on Friday 19th at 10am. Brenda is
collecting for a gift - see her in Accounts if you'd like to contribute.

Aroha - cc'ing your personal address as I know you're on leave Monday. Thank you for
everything over the last five years.

Cheers
Bruce Hollis
Finance Manager | Kahikatea Building Supplies Ltd""",
    ),
    m(
        "y0w2",
        "2025-12-19 12:30",
        "Kudoboard <notifications@kudoboard.com>",
        "Brenda Ngata shared a Kudoboard with you: Farewell Aroha! 💐",
        N(),
        text="""You've received a Kudoboard!

Brenda Ngata and 23 others created a board for you: "Farewell Aroha! 💐"

View your board: https://www.kudoboard.com/boards/aB3k9QzX

Kudoboard - group cards and recognition""",
    ),
    m(
        "y0w3",
        "2026-01-09 14:50",
        "Brenda Ngata <brenda.ngata@gmail.com>",
        "payroll question sorry!!",
        N(),
        text="""Hi Aroha, so sorry to bother you on your holiday!! Quick one - where did you save the
template for the holiday pay calculation for casuals? Bruce can't find it and the new
person doesn't start until February. I promise this is the only time I'll ask 🙏

Brenda

Sent from my Samsung Galaxy""",
    ),
    # ---- the old flat ----------------------------------------------------------------------------
    m(
        "y0f0",
        "2025-12-03 15:20",
        "Waikato Rentals <pm@waikatorentals.example>",
        "Notice received - 14 Kahurangi Place",
        N(),
        text="""Hi Aroha and Sam,

Thank you for your 21 days' notice to end your tenancy at 14 Kahurangi Place, Rototuna. Your
last day of tenancy will be Friday 9 January 2026.

We'll be in touch to book the final inspection. We'll also start advertising the property -
we may need to arrange viewings with you over the next few weeks.

Regards,
Lynette Blake
Property Manager, Waikato Rentals""",
    ),
    m(
        "y0f1",
        "2026-01-14 10:40",
        "Waikato Rentals <pm@waikatorentals.example>",
        "Final inspection - bond refund",
        N(),
        text="""Hi Aroha,

The final inspection went well - the property was left in great condition, thank you. We've
signed the bond refund form and sent it to Tenancy Services. You should receive the full
$2,100 within five working days.

All the best in Auckland!

Lynette""",
    ),
    m(
        "y0f2",
        "2025-12-30 08:55",
        "Pauline (next door) <pauline.s@xtra.co.nz>",
        "cat",
        N(),
        text="""Hi dear, Mittens has been at our place again every night since you've been away. Don't worry
she's fine, I've been giving her a bit of tuna. Will you be taking her to Auckland with you?
We'll miss you both.

Pauline""",
    ),
]
