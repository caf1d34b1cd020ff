# ruff: noqa: E501, RUF100
"""Corpus 136, the ordinary inbox, part two (data only): see heldout136.py.

Family, friends, the nursery, clubs, payslips and LinkedIn's social notifications; friends and
family talk about their own jobs and about Priya's search, which is not job mail either."""

from __future__ import annotations

from typing import Any

from heldout136_jobs import N, ics, m, thread

MUM = "Lakshmi Natarajan <lakshmi.natarajan55@btinternet.com>"
ROHAN = "Rohan Iyer <rohan.iyer.pharm@gmail.com>"
KARTHIK = "Karthik Natarajan <karthik.n.bristol@outlook.com>"
HANNAH = "Hannah Greaves <hannahgreaves88@hotmail.co.uk>"
DEV = "Dev Patel <devpatel.mcr@gmail.com>"
MEERA = "Meera Srinivasan <meera.srinivasan92@yahoo.co.in>"
NURSERY = "Little Acorns Nursery <office@littleacorns-chorlton.example>"
BOOK = "Ruth Dolan <ruth.dolan.books@gmail.com>"
RUN = "Chorlton Runners <committee@chorltonrunners.example>"
PAY = "Calderbrook Housing Payroll <noreply@payslips.calderbrook.example>"
LI = "LinkedIn <notifications-noreply@linkedin.com>"

BOOK_HDR = {"List-Id": "Chorlton Book Club <chorlton-bookclub.googlegroups.com>"}
RUN_HDR = {"List-Unsubscribe": "<https://chorltonrunners.example/members/unsubscribe>"}

OWN_HANNAH = "<CAJx3N8hFg3Nc0PrW7yQk2Mb5Ta@mail.gmail.com>"
OWN_NEWS = "<CAJx3N8gRe1Ld6YtN4wHc8Jv3Ko@mail.gmail.com>"
OWN_KARTHIK = "<CAJx3N8fKq9Sb2XmA5uPd0Wr7Ey@mail.gmail.com>"


def payslip(key: str, when: str, month: str) -> dict[str, Any]:
    """The monthly payslip notification."""
    return m(
        key,
        when,
        PAY,
        f"Your {month} payslip is available",
        N(),
        text=f"""Hi Priya,

Your payslip for {month} is now available to view in the employee self-service portal.

https://payslips.calderbrook.example/ess

This is an automated email from Calderbrook Housing Payroll. Please do not reply. If you have a query about your pay, please raise a ticket with the HR & Payroll Service Desk.
""",
    )


MAIL: list[dict[str, Any]] = [
    m(
        "fe2g",
        "2025-09-15 19:40",
        MUM,
        "Navaratri",
        N(),
        text="""Priya kanna,

The temple is doing the golu this year from 22nd. Aunty Saroja is asking if you are coming down one weekend with Arjun, she has kept some dolls aside for him. I said I will ask.

Also did you fill in that form for the hospital job? Appa says NHS is good, pension is good.

Love
Amma
""",
    ),
    m(
        "d449",
        "2025-09-19 12:31",
        ROHAN,
        "nursery invoice",
        N(),
        text="""Did you pay the nursery invoice or shall I? They've added the extra Wednesday in September.

R
""",
    ),
    m(
        "ss9l",
        "2025-09-21 21:04",
        HANNAH,
        "drinks?? + panel drama",
        N(),
        text="""Hiya!!

Are you about Friday for a drink? The Font or somewhere near yours. I NEED to debrief. I've been roped onto an interview panel at work for a policy officer job and there are 60 applications to shortlist by Wednesday. Half of them haven't even read the person spec. I now completely understand why nobody ever gets feedback lol.

Also how's the job hunt going? Any nibbles?

H xx
""",
    ),
    m(
        "y5is",
        "2025-09-24 15:20",
        NURSERY,
        "Little Acorns - September newsletter",
        N(),
        html="""<html><body style="font-family:Comic Sans MS,Arial,sans-serif">
<h2 style="color:#6b8e23">Little Acorns News - September</h2>
<p>Welcome back everyone and a special hello to our new families in the Oak Room!</p>
<p><b>Topic this half term:</b> All About Me. Please send in a family photo by Friday 3 October.</p>
<p><b>Wellies:</b> we go out in all weathers, please make sure your child has named wellies at nursery.</p>
<p><b>Funded hours:</b> don't forget to reconfirm your 30 hours code before 30 September or we will have to charge for those hours.</p>
<p>Thank you,<br>Claire and the Little Acorns team</p>
</body></html>""",
    ),
    m(
        "m8pd",
        "2025-09-26 18:12",
        BOOK,
        "October book: The Bee Sting",
        N(),
        headers=BOOK_HDR,
        text="""Hi all,

Thanks for a great evening on Tuesday - and sorry to everyone who hated the ending.

October's book is The Bee Sting by Paul Murray (yes it's long, yes you have five weeks). We're at mine on Tuesday 28 October, 7.30pm. Bring a bottle and/or snacks.

Ruth
""",
    ),
    m(
        "fhnw",
        "2025-09-28 08:15",
        RUN,
        "Sunday long run + autumn kit order",
        N(),
        headers=RUN_HDR,
        text="""Morning runners,

Sunday long run this week: Chorlton Ees and the Mersey loop, 10 or 14 miles, meet 8.30 at the Water Park car park.

Kit order closes 10 October - club vests £22, long sleeve tops £28.

Committee
Chorlton Runners AC
""",
    ),
    m(
        "mm01",
        "2025-10-02 22:47",
        KARTHIK,
        "ugh",
        N(),
        text="""Pri,

So they announced a restructure at work today. Whole platform team "at risk", 45 day consultation, the works. Not the end of the world, I've had two recruiters on LinkedIn already and I've got an interview at a robotics place in Temple Meads next week, but I could do without it.

Haven't told Amma yet so please don't say anything. She'll start sending me Naukri links.

How are your applications going? Still doing the NHS stuff?

K
""",
    ),
    m(
        "e9id",
        "2025-10-05 17:30",
        MUM,
        "Deepavali",
        N(),
        text="""Priya,

Deepavali is Monday 20th this year. We are doing the family lunch on Sunday 19th at ours. Can you and Rohan come Saturday and stay? Karthik is coming from Bristol.

Please bring the big steel tiffin I gave you at Pongal.

Amma
""",
    ),
    m(
        "ube8",
        "2025-10-08 13:05",
        "Claire Lomax <claire@littleacorns-chorlton.example>",
        "Invitation: Arjun - key person catch-up @ Thu 16 Oct 2025 5:15pm - 5:30pm (BST)",
        N(),
        text="""Arjun - key person catch-up
Thursday 16 Oct 2025 ⋅ 5:15pm – 5:30pm
British Summer Time - London

Hi Priya and Rohan, a quick catch-up about how Arjun is settling into the Oak Room and his next steps before school. At collection time in the office. Claire

Invitation from Google Calendar
""",
        ics=ics(
            "6t1b0q8oa3lk5n2j9m7r4c1s0e@google.com",
            "2025-10-16 17:15",
            "Arjun - key person catch-up",
            ("Claire Lomax", "claire@littleacorns-chorlton.example"),
            minutes=15,
            attendees=[("Rohan Iyer", "rohan.iyer.pharm@gmail.com")],
            location="Little Acorns Nursery office",
        ),
    ),
    m(
        "sauv",
        "2025-10-12 19:55",
        DEV,
        "quiz",
        N(),
        text="""Quiz at the Horse & Jockey tuesday? we need you for the sport round (no we don't, we need you for the maths round)

Also I start at Brindle next Monday!! Final week at the old place is just me handing over 400 undocumented Excel macros to a man called Graham. pray for him
""",
    ),
    payslip("vs71", "2025-10-15 06:00", "October 2025"),
    m(
        "oftt",
        "2025-10-18 10:02",
        HANNAH,
        "Re: drinks?? + panel drama",
        N(),
        text="""Soooo good to see you last night, my head is killing me.

Re your question - yes I asked around and the data & systems job in adult social care had about 90 applicants apparently! So don't read anything into it if you don't hear. Keep me posted.

H x

On Fri, 17 Oct 2025 at 23:58, Priya Natarajan <priya.natarajan.mcr@gmail.com> wrote:
> Home safe! Thanks for a fun night. Out of interest do you know anyone in adult social care at yours? I applied for that data and systems officer job. P x
""",
        **thread(OWN_HANNAH),
    ),
    m(
        "wva5",
        "2025-10-22 08:40",
        LI,
        "Congratulate Dev Patel on starting a new position",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="512" align="center"><tr><td>
<p><b>Dev Patel</b> started a new position as <b>Senior Insight Analyst at Brindle Home Insurance</b></p>
<p><a href="https://www.linkedin.com/comm/feed/update/urn:li:activity:7386201144/">Say congrats</a></p>
<p style="font-size:11px;color:#666">This email was intended for Priya Natarajan (Data Analyst at Calderbrook Housing). You are receiving network update emails. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a><br>&copy; 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "f7y8",
        "2025-10-24 13:17",
        ROHAN,
        "Fwd: 3 bedroom semi-detached, Larkhill Road",
        N(),
        text="""look at the garden!!! Arjun would lose his mind. £1,395. Whitlow is 20 mins on the tram to town for you

---------- Forwarded message ---------
From: HomeHunt <alerts@homehunt.example>
Date: Fri, 24 Oct 2025 at 12:50
Subject: 3 bedroom semi-detached, Larkhill Road

3 bedroom semi-detached house to rent
Larkhill Road, Whitlow, Ashworth AW4
£1,395 pcm | Available from 1 January 2026
https://homehunt.example/p/88123011
""",
    ),
    m(
        "at0d",
        "2025-10-27 09:00",
        BOOK,
        "Reminder: book club tomorrow",
        N(),
        headers=BOOK_HDR,
        text="""Reminder it's tomorrow at mine, 7.30! I've made an enormous lasagne so come hungry. Priya - I'll save you the comfy chair.

R
""",
    ),
    m(
        "vfv3",
        "2025-10-30 16:20",
        MEERA,
        "Save the date!!",
        N(),
        html="""<html><body style="font-family:Georgia,serif;text-align:center;background:#fff8ee">
<p style="font-size:28px;color:#a0522d">Meera &amp; Vikram</p>
<p>are getting married!</p>
<p style="font-size:20px">Saturday 7 February 2026<br>Chennai</p>
<p>Formal invitation to follow. We know it's a long way, but we'd love to see you there (or on the livestream!)</p>
<p>Love, Meera</p>
</body></html>""",
    ),
    m(
        "uw4e",
        "2025-11-02 20:30",
        RUN,
        "Results: Heaton Park 10k",
        N(),
        headers=RUN_HDR,
        text="""Well done to all 31 Chorlton Runners who took on the Heaton Park 10k this morning in the rain!

Club results are on the website. Special mention to Priya Natarajan for a 4 minute PB (52:11) and to Mike O for running in fancy dress as a traffic cone.

Committee
""",
    ),
    m(
        "gatb",
        "2025-11-04 21:12",
        MUM,
        "Did they call?",
        N(),
        text="""Priya,

Did the hospital call you back? You said after the interview they would tell you in one week. Appa says if it is not this one then another one will come, don't worry.

Also Karthik told me about his work. Why does nobody tell me anything in this family.

Amma
""",
    ),
    m(
        "hs9y",
        "2025-11-08 11:00",
        NURSERY,
        "Photo day - Thursday 13 November",
        N(),
        text="""Dear parents,

Our photographer will be in on Thursday 13 November. Individual and sibling photos will be taken in the morning. If your child doesn't usually attend on a Thursday you are welcome to bring them in between 9 and 10am.

Thank you
Little Acorns Nursery
""",
    ),
    m(
        "mvvt",
        "2025-11-11 19:48",
        KARTHIK,
        "!!!",
        N(),
        text="""They offered me the job!!! Senior platform engineer at Avonbridge Robotics, 15% more than now and they'll match the redundancy notice so I start 12 Jan. Took it on the spot.

Can tell Amma now lol. Will call you at the weekend.

K
""",
    ),
    m(
        "td0i",
        "2025-11-13 12:34",
        "Sue Collins <sue.collins@calderbrook.example>",
        "Leaving do - Friday 28th!",
        N(),
        to="bi-team@calderbrook.example",
        cc="Priya Natarajan <priya.natarajan.mcr@gmail.com>",
        text="""Hi all (and Priya on her personal email because Outlook keeps eating my invites!),

After 19 years I am finally escaping. Leaving do is Friday 28th November from 5pm at the Bull's Head. Partners welcome. No speeches please (there will be speeches).

Sue x

Sue Collins | Senior Systems Officer | Calderbrook Housing
""",
    ),
    m(
        "p8sn",
        "2025-11-16 10:11",
        DEV,
        "Re: quiz",
        N(),
        text="""Month one at Brindle done. Honestly it's great - proper data warehouse, a team of 8 analysts, a manager who says "good question" instead of "can you just". I owe you a pint for the interview prep.

They're not hiring in my team right now but I'll let you know if anything comes up.

Quiz Tuesday yeah?
""",
    ),
    payslip("lyny", "2025-11-17 06:00", "November 2025"),
    m(
        "u2an",
        "2025-11-20 18:45",
        BOOK,
        "December: Christmas social + book swap",
        N(),
        headers=BOOK_HDR,
        text="""Hi lovely people,

No book for December - instead we're doing a Christmas book swap at the Lloyds on Tuesday 16th December. Bring a wrapped book you loved (under £10 or second hand) and we'll do a secret swap.

January's book: Intermezzo, Sally Rooney.

Ruth x
""",
    ),
    m(
        "uvlp",
        "2025-11-23 14:02",
        "SecretElf <draw@secretelf.example>",
        "You've been invited to a Secret Santa: Natarajan-Iyer Christmas",
        N(),
        text="""Hi Priya!

Karthik has invited you to the Secret Santa "Natarajan-Iyer Christmas".

Budget: £20
Gift exchange: 25 December 2025

Join the draw: https://secretelf.example/join/NIX25-8QK

Once everyone has joined, Karthik will do the draw and we'll tell you who you're buying for. Shh!
""",
    ),
    m(
        "s4sy",
        "2025-11-26 09:20",
        NURSERY,
        "Nativity - Thursday 11 December",
        N(),
        text="""Dear parents,

The Oak Room children will be performing their Nativity on Thursday 11 December at 2.30pm in the church hall next door. Each child may bring two guests. Costumes: Arjun is a sheep! A white top and leggings would be perfect - we'll do the ears.

Please reply to let us know who is coming.

Little Acorns Nursery
""",
    ),
    m(
        "iaqo",
        "2025-11-29 20:50",
        MUM,
        "Christmas",
        N(),
        text="""Priya,

Are you coming 24th? I need to know for the shopping. Karthik is coming 23rd. Appa wants to do the turkey again even though nobody eats it.

Also when you move to the new house send me the address for the cards.

Amma
""",
    ),
    m(
        "updj",
        "2025-12-02 18:25",
        HANNAH,
        "GUESS WHO",
        N(),
        text="""I GOT IT!!!!

Head of Policy & Partnerships from January!! They told me this afternoon. I'm going to be a boss. Of people. Terrifying.

Champagne on me next week. Your turn next - I can feel it.

H xxx
""",
    ),
    m(
        "zh2w",
        "2025-12-05 12:00",
        RUN,
        "Christmas party + Boxing Day run",
        N(),
        headers=RUN_HDR,
        text="""Ho ho ho runners,

Christmas party: Saturday 13 December, 7pm, Chorlton Irish Club. £15 for food, tickets from Julie.
Boxing Day fun run: 10am from the Water Park, mince pies after.

Committee
""",
    ),
    m(
        "kln1",
        "2025-12-08 07:55",
        ROHAN,
        "Fwd: Christmas rota",
        N(),
        text="""FYI. Working 23rd until 6 so can we get the 10:22 on the 24th instead? I booked it on RailSaver already actually. Sorry.

-------- Original Message --------
From: Oldham Road Pharmacy <rota@oldhamroadpharmacy.example>
Subject: Christmas rota

Hi all, final Christmas rota attached. Please check your shifts. 23/12 - Rohan, Amir, Bev (9-6). 24/12 - Sana, Bev (9-1).
""",
    ),
    m(
        "asc4",
        "2025-12-11 21:40",
        MEERA,
        "Wedding invitation - Meera & Vikram",
        N(),
        html="""<html><body style="font-family:Georgia,serif;text-align:center;background:#fdf3e1">
<p style="font-size:14px">With the blessings of our elders</p>
<p style="font-size:30px;color:#8b0000">Meera &amp; Vikram</p>
<p>request the pleasure of your company at their wedding</p>
<p><b>Muhurtham:</b> Saturday 7 February 2026, 9.00am - 10.30am<br><b>Reception:</b> Saturday 7 February 2026, 7.00pm<br>Sri Lakshmi Kalyana Mandapam, T. Nagar, Chennai</p>
<p>Livestream: <a href="https://live.example/meera-vikram">live.example/meera-vikram</a></p>
</body></html>""",
    ),
    m(
        "kvn7",
        "2025-12-14 09:10",
        LI,
        "Hannah Greaves has a new job title",
        N(),
        text="""Hannah Greaves
Head of Policy & Partnerships at Holcroft Council

Congratulate Hannah: https://www.linkedin.com/comm/in/hannahgreaves/

This email was intended for Priya Natarajan (Data Analyst at Calderbrook Housing).
You are receiving network update emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    payslip("k4uj", "2025-12-15 06:00", "December 2025"),
    m(
        "hebx",
        "2025-12-19 14:45",
        NURSERY,
        "Merry Christmas from Little Acorns",
        N(),
        text="""Dear families,

What a wonderful term! Thank you for all the cards, chocolates and for coming to our (very noisy) Nativity.

Nursery closes at 1pm on Wednesday 24 December and reopens on Friday 2 January.

Have a lovely Christmas,
Claire and all the team
""",
    ),
    m(
        "zoax",
        "2025-12-22 17:12",
        KARTHIK,
        "train",
        N(),
        text="""What time are you getting into Leicester on the 24th? I'll pick you up from the station if Appa lets me drive the Honda.

K
""",
    ),
    m(
        "p9ec",
        "2025-12-28 11:30",
        MUM,
        "Photos",
        N(),
        text="""Priya,

Thank you for coming. Arjun is getting so big. The house is so quiet now.

I am attaching the photos from Christmas day. The one with Appa in the paper hat is my favourite. Karthik says I should put them on the "cloud" but I don't trust it.

Love you kanna. Good luck with the move and all the interviews in January.

Amma
""",
        attach=[("IMG_2041.txt", "text/plain", "[photo: Christmas lunch]\n")],
    ),
    m(
        "xq5f",
        "2026-01-02 19:02",
        BOOK,
        "Happy new year + Intermezzo",
        N(),
        headers=BOOK_HDR,
        text="""Happy new year book club!

January meet: Tuesday 27th, at Sophie's (address on the WhatsApp). Intermezzo - I'm two thirds through and I have FEELINGS about Ivan.

Ruth
""",
    ),
    m(
        "t02x",
        "2026-01-04 16:40",
        ROHAN,
        "Fwd: Your booking with Two Lads & A Van",
        N(),
        text="""Van confirmed for Saturday. They want the parking sorted on both ends - can you ask the neighbours about the drive?

---------- Forwarded message ---------
From: Two Lads & A Van <bookings@twoladsvan.example>
Subject: Your booking with Two Lads & A Van

Booking ref TLV-2214
Saturday 10 January 2026, arrival 8:00am
From: 22 Nell Lane, Chorlton M21 7SN
To: 14 Larkhill Road, Whitlow AW4 2LR
3 hours minimum, £65/hour, 2 men + Luton van
""",
    ),
    m(
        "yl9b",
        "2026-01-07 13:00",
        DEV,
        "quiz is back",
        N(),
        text="""Quiz resumes next tuesday. You're moving out to the sticks so I assume you're retired from quizzing?

(please come)
""",
    ),
    m(
        "e596",
        "2026-01-09 16:05",
        NURSERY,
        "Spring term at Little Acorns",
        N(),
        text="""Dear parents,

Welcome back! A few dates for spring term:
- Stay and Play: Friday 23 January
- Chinese New Year celebrations: week of 16 February
- Half term: nursery OPEN (holiday club sessions available)
- World Book Day: Thursday 5 March

For our families starting school in September: don't forget the primary school application deadline is 15 January!

Little Acorns Nursery
""",
    ),
    m(
        "uv79",
        "2026-01-14 08:02",
        MUM,
        "Happy Pongal",
        N(),
        text="""Happy Pongal kanna! Did you make the sakkarai pongal? I put the recipe in the card.

How is the new house. Send me photos of the kitchen.

Amma
""",
    ),
    payslip("b9wp", "2026-01-15 06:00", "January 2026"),
    m(
        "rnm4",
        "2026-01-18 20:20",
        HANNAH,
        "housewarming??",
        N(),
        text="""Are you having a housewarming or do I just turn up with a plant? Because I am absolutely turning up with a plant.

Also my new job is mad. I have 11 direct reports and a budget spreadsheet that I think was made in 2009.

H xx
""",
    ),
    m(
        "biba",
        "2026-01-21 19:30",
        RUN,
        "Couch to 5k starts 2 February",
        N(),
        headers=RUN_HDR,
        text="""Know someone who wants to start running? Our free Couch to 5k group starts Monday 2 February, 7pm, Chorlton Leisure Centre. Nine weeks, no experience needed. We need volunteer run leaders too - reply if you can help.

Committee
""",
    ),
    m(
        "sp5p",
        "2026-01-24 10:15",
        KARTHIK,
        "Re: how's the new job?",
        N(),
        text="""First two weeks done! Honestly it's brilliant. The robots are cool, the people are nice and nobody has mentioned the word "restructure" once. Laptop was waiting on my desk on day one which after my last place felt like witchcraft.

How are your interviews going? Amma says you've got "the hospital one and the bank one". She's very invested.

K

On Thu, 22 Jan 2026 at 21:05, Priya Natarajan <priya.natarajan.mcr@gmail.com> wrote:
> How's the new job going?? Tell me everything
""",
        **thread(OWN_KARTHIK),
    ),
    m(
        "nafb",
        "2026-01-26 18:00",
        BOOK,
        "Re: Happy new year + Intermezzo",
        N(),
        headers=BOOK_HDR,
        text="""Reminder: tomorrow at Sophie's, 7.30. Priya, Sophie says she can give you a lift back to Whitlow.

R
""",
    ),
    m(
        "inju",
        "2026-01-31 09:40",
        MEERA,
        "Re: Wedding invitation - Meera & Vikram",
        N(),
        text="""Don't be silly akka, of course I understand! Flights in Feb are crazy and Arjun is too little for a 12 hour flight. Watch the livestream and I'll call you after. We'll come to Manchester in summer.

Love to Rohan and the little one.
Meera
""",
    ),
    m(
        "zo11",
        "2026-02-03 12:30",
        HANNAH,
        "Re: NEWS",
        N(),
        text="""AAAAAAAAA PRIYA!!!!! I knew it!!!!

Kersal is such a good shout, my cousin's mortgage is with them and apparently they're lovely. And more money than the NHS one?! You made the right call.

When do you start? When do you tell Calderbrook? Drinks THIS WEEK.

So proud of you xxxx

On Tue, 3 Feb 2026 at 11:02, Priya Natarajan <priya.natarajan.mcr@gmail.com> wrote:
> I accepted the building society job!!! Tell you everything soon x
""",
        **thread(OWN_NEWS),
    ),
    m(
        "kcch",
        "2026-02-03 21:15",
        MUM,
        "So proud",
        N(),
        text="""Priya kanna,

Appa and I are so proud of you. A bank! Appa has already told the whole temple committee. He is saying "building society" to everyone like he knows what it means.

God bless you. Call me on Sunday.

Amma
""",
    ),
    m(
        "k40e",
        "2026-02-09 17:48",
        "Gareth Lowe <gareth.lowe.mcr@gmail.com>",
        "Sorry to lose you",
        N(),
        text="""Hi Priya,

Writing from my personal email so this doesn't go in the HR file!

Just wanted to say properly - I'm gutted you're leaving but really pleased for you. You've made a huge difference to the BI team and the arrears dashboard is going to outlive all of us.

We'll do leaving drinks in March - I'll get Sue to organise it as she's the expert now she's got all that free time.

Gareth
""",
    ),
    m(
        "k5gz",
        "2026-02-11 14:00",
        NURSERY,
        "Valentine's crafts & Chinese New Year",
        N(),
        text="""Dear parents,

This week we're making Valentine's cards (look out for glitter in every bag, sorry) and next week we'll be celebrating Chinese New Year - Year of the Horse! We'll be tasting noodles and making lanterns.

Little Acorns Nursery
""",
    ),
    m(
        "ahfo",
        "2026-02-12 20:10",
        LI,
        "Priya, your post has 48 reactions",
        N(),
        text="""Your post is getting attention

"Some personal news: after three brilliant years at Calderbrook Housing I'm moving on..."

48 reactions · 21 comments

Rohan Iyer, Hannah Greaves and 46 others reacted

View your post: https://www.linkedin.com/comm/feed/update/urn:li:activity:7427009183/

This email was intended for Priya Natarajan (Data Analyst at Calderbrook Housing).
You are receiving notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "shc2",
        "2026-02-14 10:22",
        ROHAN,
        "tonight",
        N(),
        text="""Table booked at Mughli 7:30. Mum's having Arjun. Don't be late for once x
""",
    ),
    payslip("lzwf", "2026-02-16 06:00", "February 2026"),
    m(
        "e7c6",
        "2026-02-19 18:30",
        RUN,
        "Spring 10k entries + AGM",
        N(),
        headers=RUN_HDR,
        text="""Hi all,

Club places for the Trafford 10k (Sunday 22 March) are now open - £18, first come first served.

AGM: Wednesday 4 March, 8pm, Chorlton Irish Club. Nominations for committee roles close 25 February.

Committee
""",
    ),
    m(
        "qdef",
        "2026-02-21 11:11",
        DEV,
        "team name",
        N(),
        text="""Quiz team name suggestions for the charity quiz:
1. Quiz Akabusi
2. Agatha Quiztie
3. Les Quizerables
Vote now. Also congrats again on Kersal, I can't believe you'll be earning more than me
""",
    ),
    m(
        "zfmd",
        "2026-02-23 19:45",
        BOOK,
        "March book",
        N(),
        headers=BOOK_HDR,
        text="""Hi all,

March: James by Percival Everett. Tuesday 24 March at the Lloyds.

Also - Priya's starting a new job in April so we're toasting her at this one!

Ruth
""",
    ),
    m(
        "druz",
        "2026-02-26 21:02",
        KARTHIK,
        "Amma's 60th",
        N(),
        text="""Right, planning time. Amma's 60th is 28 March (a Saturday). I'm thinking we book the function room at the Shree Krishna on Belgrave Road and do a surprise lunch. Appa is in on it.

Can you do the invitations? You're better at fonts than me. I'll send a calendar invite so you don't forget.

K
""",
    ),
    m(
        "bzvx",
        "2026-02-27 08:30",
        KARTHIK,
        "Invitation: Amma's 60th (SURPRISE) @ Sat 28 Mar 2026 12pm - 4pm (GMT)",
        N(),
        text="""Amma's 60th (SURPRISE)
Saturday 28 Mar 2026 ⋅ 12pm – 4pm
Greenwich Mean Time - London

Shree Krishna function room, Belgrave Road, Leicester

DO NOT FORWARD TO AMMA

Invitation from Google Calendar
""",
        ics=ics(
            "0c7b2m9n4q1r8s5t3u6v0w2x1y@google.com",
            "2026-03-28 12:00",
            "Amma's 60th (SURPRISE)",
            ("Karthik Natarajan", "karthik.n.bristol@outlook.com"),
            minutes=240,
            location="Shree Krishna, Belgrave Road, Leicester",
        ),
    ),
    m(
        "oxlj",
        "2026-03-02 13:13",
        HANNAH,
        "your leaving do",
        N(),
        text="""Sue has told me the leaving do is the 27th at the Bull's Head. I am coming whether or not I'm invited. I worked with half of those people in 2019 so I basically count.

H x
""",
    ),
    m(
        "ctqu",
        "2026-03-04 07:45",
        NURSERY,
        "World Book Day tomorrow!",
        N(),
        text="""Just a reminder that tomorrow is World Book Day - children are welcome to come dressed as their favourite book character. Please also send in their favourite book for story time (named please!).

Little Acorns Nursery
""",
    ),
    m(
        "mhqg",
        "2026-03-06 20:20",
        MUM,
        "Leicester",
        N(),
        text="""Priya,

Karthik is asking me if I am free on 28th March. Why is he asking. What is happening on the 28th.

Amma
""",
    ),
    m(
        "q7t4",
        "2026-03-10 12:52",
        "Sue Collins <sue.collins.retired@gmail.com>",
        "Card for Priya - DON'T READ",
        N(),
        to="Priya Natarajan <priya.natarajan.mcr@gmail.com>",
        text="""Oops. Priya if you're reading this I meant to send it to Gareth not you. Pretend you didn't see anything about a card.

Sue x
""",
    ),
    m(
        "ud3g",
        "2026-03-12 22:30",
        DEV,
        "which pub",
        N(),
        text="""Heard there's a leaving do on the 27th. Am I allowed to come or is it work people only? I'll bring quiz trophies as a show of strength
""",
    ),
]
