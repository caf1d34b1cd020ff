# ruff: noqa: E501, RUF100
"""Corpus 127, the ordinary inbox part two (data only): see heldout127.py.

The GAA club, the GP and the dentist, family and friends (some of them talking about their own
new jobs and interviews), LinkedIn social mail, parkrun, a volunteering "application" and the
rest of a Dublin life."""

from __future__ import annotations

from typing import Any

from heldout127_jobs import N, ics, m, thread

_CLUB_FOOTER = """
--
Clann na Life CLG / GAA Club, Phibsborough
Club grounds: Connaught Street, Dublin 7
www.clannnalife.example | Follow us on Instagram @clannnalifegaa
To stop receiving club emails, reply with "remove me"."""


def _lotto(key: str, when: str, numbers: str, jackpot: str, note: str) -> dict[str, Any]:
    return m(
        key,
        when,
        "Clann na Life GAA <lotto@clannnalife.example>",
        f"Club Lotto Results – {when[:10]}",
        N(),
        text=f"""Club Lotto results

Numbers drawn: {numbers}
No jackpot winner.
Next week's jackpot: €{jackpot}

Lucky dips (€50 each): Tommy Brogan, the Nevin family, Siobhán Carr.

{note}

Play online at www.clannnalife.example/lotto – €2 a line, 3 lines for €5.
{_CLUB_FOOTER}
""",
    )


_CLASS_1 = m(
    "fr5a",
    "2025-11-25 13:14",
    "Róisín Fahy <roisinfahy@gmail.com>",
    "Christmas drinks 2025!!",
    N(),
    text="""Hi all,

It's that time again! Who's around for the annual pharmacy class Christmas drinks? I was thinking
Saturday 20th December in The Long Hall, from 6ish. Those of you coming up from Cork, we can sort
a couch.

Reply all so we can get numbers (and so Diarmuid can't pretend he didn't see it).

Róisín x
""",
    to="UCC Pharmacy 2016 <ucc-pharm-2016@googlegroups.com>",
    headers={"List-Id": "<ucc-pharm-2016.googlegroups.com>"},
)

_CLASS_2 = m(
    "fr5b",
    "2025-11-25 18:40",
    "Diarmuid Keohane <dkeohane@hotmail.com>",
    "Re: Christmas drinks 2025!!",
    N(),
    text="""I'm in. Finally have something to celebrate – the new job in the Mater started last week and so
far I haven't killed anyone. Interview nerves were worse than the actual job.

D

On Tue 25 Nov 2025, 13:14 Róisín Fahy, <roisinfahy@gmail.com> wrote:
> Hi all,
> It's that time again! Who's around for the annual pharmacy class Christmas drinks?
""",
    to="UCC Pharmacy 2016 <ucc-pharm-2016@googlegroups.com>",
    headers={"List-Id": "<ucc-pharm-2016.googlegroups.com>"},
    **thread(_CLASS_1),
)

_AOIFE_REF = m(
    "fr3a",
    "2025-10-21 22:05",
    "Aoife Brady <aoifebrady88@gmail.com>",
    "small favour",
    N(),
    text="""Hey Clo,

Hope you're surviving. Huge favour – would you be OK if I put you down as a referee for the Senior
Pharmacist job in the Coombe? It's a character reference really, they want someone who's known me
10+ years. They might ring you or send you a form. The interview is next Thursday and I'm bricking
it.

Also we need to get that dinner in the diary!!

Aoife
""",
)

_GP_BOOK = m(
    "gp2b",
    "2025-11-11 09:26",
    "Phibsboro Medical Practice <appointments@phibsboromedical.example>",
    "Appointment confirmed – Fri 14 Nov 10:20",
    N(),
    text="""Dear Clodagh Moynihan,

Your appointment has been booked.

  With: Dr Colette Fennelly
  Date: Friday 14 November 2025
  Time: 10:20
  Where: Phibsboro Medical Practice, 298 North Circular Road, Dublin 7

If you can no longer attend, please cancel at least 24 hours in advance by calling
01 8xx 3370 or using the link below. A fee may apply for missed appointments.

Cancel or change: https://book.phibsboromedical.example/a/7Q3K

An invitation for your calendar is attached.
""",
    ics=ics(
        "appt-55210-20251114@phibsboromedical.example",
        "2025-11-14 10:20",
        "GP appointment – Dr Fennelly",
        ("Phibsboro Medical Practice", "appointments@phibsboromedical.example"),
        minutes=15,
        location="298 North Circular Road, Dublin 7",
    ),
)

_SIMON_APP = m(
    "lf14",
    "2025-10-22 12:40",
    "Dublin Simon Community Volunteering <volunteer@dubsimon.example>",
    "Thank you for your volunteer application",
    N(),
    text="""Dear Clodagh,

Thank you for applying to volunteer with us this winter. We've received your application for the
Christmas Meal Service (Sunday rota).

The next step is a short information session and a Garda vetting form. We'll send you an invitation
to an upcoming session shortly.

With thanks,
Volunteer Team
""",
)

MAIL: list[dict[str, Any]] = [
    # --- GAA club ---
    _lotto(
        "ga01",
        "2025-09-01 21:15",
        "4, 11, 19, 27",
        "6,200",
        "Well done to the minor camogie team on reaching the county final!",
    ),
    _lotto(
        "ga02",
        "2025-09-22 21:05",
        "2, 8, 23, 30",
        "6,600",
        "Reminder: club shop open Saturday mornings 10–12.",
    ),
    m(
        "ga03",
        "2025-10-06 19:30",
        "Orlaith Nevin <camogie@clannnalife.example>",
        "Adult camogie – end of season + AGM",
        N(),
        text="""Hi girls,

Thanks a million for a brilliant season – Junior B league runners-up, not bad for a team that
couldn't field 15 in March!

End of season night out: Saturday 25th October, The Bald Eagle, 8pm. Medals on the night.

Camogie section AGM: Tuesday 14th October at 8pm in the clubhouse. We need a new secretary and
treasurer so please come along (or else!).

Orlaith
Adult Camogie Mentor
""",
    ),
    _lotto(
        "ga04",
        "2025-10-20 21:10",
        "6, 14, 15, 28",
        "7,400",
        "Club AGM: Monday 17 November, 8pm, clubhouse. All members welcome.",
    ),
    m(
        "ga05",
        "2025-11-03 10:00",
        "Foireann <noreply@foireann.ie>",
        "Clann na Life – membership renewal for 2026 is open",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Dia duit Clodagh,</p>
<p>Membership renewal for <b>Clann na Life</b> for 2026 is now open on Foireann.</p>
<table cellpadding="4"><tr><td>Adult Playing Member</td><td>€150</td></tr>
<tr><td>Adult Social Member</td><td>€60</td></tr></table>
<p><a href="https://www.foireann.ie/account/memberships">Renew now</a></p>
<p style="font-size:11px">Foireann is the GAA, LGFA and Camogie Association membership system.</p>
</body></html>""",
    ),
    m(
        "ga06",
        "2025-11-30 20:45",
        "Clann na Life GAA <secretary@clannnalife.example>",
        "Club Christmas Social – Sat 13 December",
        N(),
        text=f"""A chairde,

The club Christmas social will be held on Saturday 13th December in the clubhouse from 8pm.
Tickets €25 (includes food), available from any committee member or online. Kids' Christmas party
with Santy on Sunday 14th at 2pm.

Go raibh maith agaibh as bhur dtacaíocht i rith na bliana.
Nollaig shona!

Ciarán Ó Broin
Rúnaí / Secretary
{_CLUB_FOOTER}
""",
    ),
    _lotto(
        "ga07",
        "2025-12-15 21:20",
        "1, 9, 21, 29",
        "8,800",
        "Thanks to all who came to the Christmas social – €3,100 raised for the new lights.",
    ),
    _lotto(
        "ga08",
        "2026-01-19 21:00",
        "5, 12, 17, 26",
        "9,400",
        "Happy New Year to all our members and supporters!",
    ),
    m(
        "ga09",
        "2026-02-09 19:50",
        "Clann na Life GAA <secretary@clannnalife.example>",
        "Coaches and volunteers needed for 2026 – expressions of interest",
        N(),
        text=f"""A chairde,

With record numbers in our nursery and juvenile sections, we need more coaches and helpers for the
2026 season – no experience needed, full training (Foundation Coaching Award) provided by the
club.

If you'd like to get involved, please fill in the short expression of interest form by Friday
27th February. All volunteers working with underage players must complete Garda vetting and the
Safeguarding 1 course, which the club will organise.

Apply here: https://forms.clannnalife.example/volunteer-2026

Adult camogie pre-season training starts Tuesday 3rd March, 7.30pm, Phoenix Park.
{_CLUB_FOOTER}
""",
    ),
    # --- GP, pharmacy and dentist ---
    m(
        "gp1f",
        "2025-10-02 11:00",
        "Phibsboro Medical Practice <appointments@phibsboromedical.example>",
        "Flu and COVID-19 vaccines – book your appointment",
        N(),
        text="""Dear Patient,

Our flu vaccine clinics are now running on Tuesday and Thursday evenings. The vaccine is free for
those in eligible groups; for others the fee is €35. COVID-19 boosters are also available.

Book online at https://book.phibsboromedical.example or call reception.

Phibsboro Medical Practice
""",
    ),
    _GP_BOOK,
    m(
        "gp3r",
        "2025-11-13 10:20",
        "Phibsboro Medical Practice <appointments@phibsboromedical.example>",
        "Reminder: your appointment tomorrow",
        N(),
        text="""Hi Clodagh, this is a reminder of your appointment with Dr Fennelly tomorrow, Friday 14 Nov,
at 10:20. Reply C to cancel.""",
        **thread(_GP_BOOK),
    ),
    m(
        "gp4t",
        "2025-11-20 15:45",
        "Phibsboro Medical Practice <appointments@phibsboromedical.example>",
        "Message from your GP practice",
        N(),
        text="""Dear Clodagh,

Your recent blood test results have been reviewed by Dr Fennelly. No further action is needed at
this time. If you would like to discuss them, please book a phone consultation.

Phibsboro Medical Practice
""",
    ),
    m(
        "gp5p",
        "2025-11-15 11:30",
        "Hickey's Pharmacy <noreply@hickeyspharmacy.example>",
        "Your prescription is ready to collect",
        N(),
        text="""Hi Clodagh, your prescription is ready for collection at Hickey's Pharmacy, Phibsborough.
Please collect within 7 days.""",
    ),
    m(
        "gp6d",
        "2026-01-22 16:12",
        "Smile Dental Phibsborough <reception@smiledentalphib.example>",
        "Your check-up and hygiene appointment",
        N(),
        text="""Dear Clodagh,

Thank you for booking with Smile Dental. Your appointment details:

  Check-up & hygiene with Dr Paul Mohan and Lisa (hygienist)
  Friday 6 February 2026, 08:30

Remember, you may be able to claim a free oral exam under the PRSI Treatment Benefit scheme –
please bring your PPS number.
""",
        ics=ics(
            "smiledental-44871-20260206@smiledentalphib.example",
            "2026-02-06 08:30",
            "Dental check-up & hygiene",
            ("Smile Dental Phibsborough", "reception@smiledentalphib.example"),
            minutes=45,
            location="Smile Dental, 61 Phibsborough Road, Dublin 7",
            style="outlook",
        ),
    ),
    m(
        "gp7d",
        "2026-02-05 10:00",
        "Smile Dental Phibsborough <reception@smiledentalphib.example>",
        "Appointment reminder",
        N(),
        text="Reminder: Dental appointment tomorrow Fri 6 Feb at 08:30 with Dr Mohan. Reply STOP to opt out.",
    ),
    # --- friends and family ---
    m(
        "fr1s",
        "2025-09-05 21:48",
        "Sinéad Hegarty <sinead.hegarty@gmail.com>",
        "NEWS",
        N(),
        text="""Clo!!!

I got it!!! The offer came through this evening – Senior Scientist at Innisfallen, the little
biotech in the Rubicon Centre I was telling you about. Three interviews and a presentation and I
was sure I'd made a hames of the last one. Start on the 29th September.

It's a tiny company, 18 people, so I'll be doing a bit of everything. Eoin the CEO is lovely.

Drinks when you're down next? I'm buying.

S xx
""",
    ),
    m(
        "fr2c",
        "2025-10-01 08:12",
        "Ciarán Ó Dálaigh <ciaran.odalaigh@gmail.com>",
        "Boston bound",
        N(),
        text="""Hi all,

Some of you know already, but the transfer came through – I'm moving to the Boston office in
January for two years. Same company, new role (Director of Process Development, if you don't
mind). Mixed feelings but it's a great opportunity and Gráinne is delighted with the idea of
living in Somerville.

Going-away drinks at some point in December, details to follow. You're all obliged to visit.

Ciarán
""",
        to="Clodagh Moynihan <clodagh.moynihan@gmail.com>, Sinéad Hegarty <sinead.hegarty@gmail.com>, Tom Fitz <tomfitz@gmail.com>",
    ),
    _AOIFE_REF,
    m(
        "fr4a",
        "2025-11-02 19:55",
        "Aoife Brady <aoifebrady88@gmail.com>",
        "Re: small favour",
        N(),
        text="""I GOT IT!!!! They rang this afternoon. Thank you for the reference, the HR woman said yours was
"glowing" 😂 I owe you a very big dinner. Start in January.

A x

On Tue, 21 Oct 2025 at 22:05, Aoife Brady <aoifebrady88@gmail.com> wrote:
> Hey Clo,
> Hope you're surviving. Huge favour – would you be OK if I put you down as a referee [...]
""",
        **thread(_AOIFE_REF),
    ),
    _CLASS_1,
    _CLASS_2,
    m(
        "fr5c",
        "2025-11-26 08:02",
        "Tom Fitzgerald <tomfitz@gmail.com>",
        "Re: Christmas drinks 2025!!",
        N(),
        text="""Count me in. Congrats Diarmuid! Will it be the usual carnage?

Tom
""",
        to="UCC Pharmacy 2016 <ucc-pharm-2016@googlegroups.com>",
        headers={"List-Id": "<ucc-pharm-2016.googlegroups.com>"},
        **thread(_CLASS_1, _CLASS_2),
    ),
    m(
        "fr7c",
        "2025-12-19 02:31",
        "Ciarán Ó Dálaigh <ciaran.odalaigh@gmail.com>",
        "Happy Christmas from (almost) Boston",
        N(),
        text="""Clo,

Sorry I missed you at the going-away thing – Gráinne said you'd a work do. Flights booked for the
9th of January. Found an apartment, signed the lease from here, which was terrifying.

Hope the job hunt is treating you OK. Have a great Christmas in Cork and tell your mam I said hi.

C
""",
    ),
    m(
        "fr8n",
        "2026-01-30 12:47",
        "Niamh Ryan <niamhryan.dub@gmail.com>",
        "!!!!!!",
        N(),
        text="""You dark horse!! Just heard from Paula that you handed in your notice. I'm raging I'm losing my
desk buddy but delighted for you. We're doing leaving drinks whether you like it or not –
Thursday 26th Feb in the Brazen Head? I'll set up a WhatsApp group.

Nx
""",
    ),
    m(
        "mm01",
        "2025-09-14 18:22",
        "Bernadette Moynihan <bernie.moynihan@eircom.net>",
        "Sunday",
        N(),
        text="""Hi love

Lovely to talk to you earlier. Dad's knee is much better after the physio, he was out walking the
dog in Douglas this morning. Your cousin Emma is engaged!! to the lad from Kinsale. I'd say there
will be a wedding next year.

Don't be working too hard.

Love Mam
""",
    ),
    m(
        "mm02",
        "2025-10-19 20:05",
        "Bernadette Moynihan <bernie.moynihan@eircom.net>",
        "The car",
        N(),
        text="""Hi Clodagh

Dad says make sure you get the car checked by a mechanic before you hand over any money and to
get a full service history. He says the credit union is the best for the loan.

Any word from that job in Cork? It would be great to have you home.

Love Mam
""",
    ),
    m(
        "mm03",
        "2025-12-10 19:41",
        "Bernadette Moynihan <bernie.moynihan@eircom.net>",
        "Christmas",
        N(),
        text="""Hi love

What train are you getting on the 23rd? Dad will collect you at Kent. Will you bring the
Christmas pudding from Butlers like last year. Your brother is coming on the 24th with the kids.

Love Mam
""",
    ),
    m(
        "mm04",
        "2026-01-25 18:30",
        "Bernadette Moynihan <bernie.moynihan@eircom.net>",
        "Re: news",
        N(),
        text="""Oh Clodagh that's wonderful news, Dad and I are so proud of you. We were hoping it would be
Cork but sure Leopardstown is handy enough on the Luas. When do you start? We'll have a proper
celebration when you're down.

Love Mam xx

-----Original Message-----
From: Clodagh Moynihan
Sent: Sunday 25 January 2026 17:02
Subject: news

Mam, I'm going to accept the job with the clinical research company. Will ring you tonight. x
""",
    ),
    m(
        "mm05",
        "2026-02-15 11:14",
        "Bernadette Moynihan <bernie.moynihan@eircom.net>",
        "Emma's wedding",
        N(),
        text="""Hi love

Emma's invitation came to us here, I think she sent yours to the old address in Cabra. It's the
12th September in Actons in Kinsale. You're to reply to her directly by the end of May.

Love Mam
""",
    ),
    # --- LinkedIn social mail ---
    m(
        "li01",
        "2025-09-29 09:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Sinéad Hegarty on starting a new position",
        N(),
        text="""Sinéad Hegarty started a new position as Senior Scientist at Innisfallen Biopharma

Say congrats: https://www.linkedin.com/feed/update/urn:li:activity:7379001152338

Other updates from your network:
  Barry Kehoe started a new position as Director, Regulatory Operations
  Aisling Tierney shared a post: "We're hiring across Regulatory and Site Activation!"

This email was intended for Clodagh Moynihan. Unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "li02",
        "2025-11-03 09:22",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Aoife Brady has a new job",
        N(),
        text="""Aoife Brady is now Senior Pharmacist at the Coombe Hospital.

Send a message to wish her luck: https://www.linkedin.com/messaging/compose/?recipient=aoifebrady

This email was intended for Clodagh Moynihan. Unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "li03",
        "2026-01-08 12:00",
        "LinkedIn Newsletters <newsletters-noreply@linkedin.com>",
        "Regulatory Roundup: the pharma package is (nearly) here",
        N(),
        text="""Regulatory Roundup – by Dr Ruth Brannigan
Issue 41

The pharma package is (nearly) here: what changes for generics and biosimilars, what RDP means in
practice, and why your variation strategy for 2026 needs a second look.

Read on LinkedIn: https://www.linkedin.com/pulse/regulatory-roundup-41

You're receiving this because you subscribed to Regulatory Roundup. Unsubscribe
""",
    ),
    # --- parkrun ---
    m(
        "pk01",
        "2025-09-13 11:42",
        "parkrun <results@parkrun.com>",
        "Your Phoenix parkrun result for event #712",
        N(),
        text="""Hi Clodagh,

Congratulations on completing your 38th parkrun today at Phoenix parkrun, event #712.

Your time was 26:14. You finished 214th out of 731 and were 31st in your age category
(VW30-34).

Thank you to the 27 volunteers who made today's event happen.

parkrun
""",
    ),
    m(
        "pk02",
        "2025-10-18 11:55",
        "parkrun <results@parkrun.com>",
        "Your Phoenix parkrun result for event #717",
        N(),
        text="""Hi Clodagh,

Congratulations on completing your 39th parkrun today at Phoenix parkrun, event #717.

Your time was 25:48 – a new personal best! You finished 188th out of 664.

parkrun
""",
    ),
    m(
        "pk03",
        "2025-12-27 11:40",
        "parkrun <results@parkrun.com>",
        "Your Ballincollig parkrun result for event #388",
        N(),
        text="""Hi Clodagh,

Congratulations on completing your 41st parkrun today, and your first at Ballincollig parkrun,
event #388. Your time was 27:02.

Happy Christmas from all at Ballincollig parkrun!

parkrun
""",
    ),
    m(
        "pk04",
        "2026-01-31 11:48",
        "parkrun <results@parkrun.com>",
        "Your Phoenix parkrun result for event #732",
        N(),
        text="""Hi Clodagh,

Congratulations on completing your 43rd parkrun today at Phoenix parkrun, event #732.

Your time was 26:31. You finished 172nd out of 540.

parkrun
""",
    ),
    # --- book club ---
    m(
        "bc01",
        "2025-09-18 20:10",
        "Maeve Duggan <maeveduggan@yahoo.ie>",
        "Book club – October pick",
        N(),
        text="""Hi ladies,

October's book is Claire Keegan's "So Late in the Day" – it's short, so no excuses! Meeting at mine
(Prussia St) on Thursday 16th October at 7.30. I'll do the wine, someone bring something sweet.

Maeve
""",
    ),
    m(
        "bc02",
        "2025-11-24 21:02",
        "Maeve Duggan <maeveduggan@yahoo.ie>",
        "Book club Christmas",
        N(),
        text="""Hi all,

Christmas book club is Thursday 11th December in Clodagh's new flat (thanks Clodagh!!). Kris
Kindle – €15 limit, a book you loved this year. Bring a plate.

M
""",
    ),
    m(
        "bc03",
        "2026-01-28 20:44",
        "Maeve Duggan <maeveduggan@yahoo.ie>",
        "February book",
        N(),
        text="""Hi all – February is Paul Murray's "The Bee Sting". Yes it's huge, we'll give it two months.
Next meet Thursday 26th March. M x""",
    ),
    # --- misc ---
    m(
        "lf01",
        "2025-09-19 14:05",
        "Eventbrite <noreply@order.eventbrite.ie>",
        "Your tickets for Culture Night: Behind the scenes at the National Library",
        N(),
        text="""Order #11884207731

Culture Night: Behind the scenes at the National Library
Friday 19 September 2025, 19:00 – 20:00
National Library of Ireland, Kildare Street, Dublin 2

1 x General Admission (free)

Your ticket is attached. See you there!
""",
    ),
    m(
        "lf02",
        "2025-10-01 19:33",
        "DoneDeal <noreply@donedeal.ie>",
        "You have a new message about 2019 Toyota Corolla 1.8 Hybrid",
        N(),
        text="""Hi Clodagh,

You have a new message from Gerry about your enquiry on 2019 Toyota Corolla 1.8 Hybrid – €17,950:

"Hi yes still for sale. You can see it any evening this week in Lucan. Full service history and
NCT till Feb."

Reply on DoneDeal: https://www.donedeal.ie/messages

DoneDeal
""",
    ),
    m(
        "lf03",
        "2025-10-02 08:20",
        "DoneDeal <noreply@donedeal.ie>",
        "You have a new message about 2019 Toyota Corolla 1.8 Hybrid",
        N(),
        text="""Hi Clodagh,

You have a new message from Gerry:

"No problem Thursday at 7 so. Bring your mechanic if you want. Cartell report is clean."

DoneDeal
""",
    ),
    m(
        "lf04",
        "2025-10-09 10:15",
        "Aer Lingus <reservations@aerlingus.com>",
        "Booking confirmation – Dublin to Lisbon – Ref 2XKQPL",
        N(),
        text="""Thank you for booking with Aer Lingus.

Booking reference: 2XKQPL
Passenger: Ms Clodagh Moynihan

EI484 Dublin (DUB) → Lisbon (LIS) Fri 31 Oct 2025 07:05 – 10:35
EI485 Lisbon (LIS) → Dublin (DUB) Mon 03 Nov 2025 11:25 – 13:05

Fare: Saver. 1 x 10kg cabin bag included.
Total: €187.46
""",
    ),
    m(
        "lf05",
        "2025-10-30 07:05",
        "Aer Lingus <checkin@aerlingus.com>",
        "Check-in is now open for your flight to Lisbon",
        N(),
        text="""Hi Clodagh,

Check-in is now open for EI484 to Lisbon on Friday 31 October. Check in online and download your
boarding pass: https://www.aerlingus.com/manage-trip/checkin

Aer Lingus
""",
    ),
    m(
        "lf06",
        "2025-10-25 22:17",
        "Deliveroo <noreply@t.deliveroo.com>",
        "Your order from Bunsen Dorset Street",
        N(),
        text="""Thanks for your order, Clodagh!

Bunsen Dorset Street
2 x Cheeseburger, 1 x Fries, 1 x Sweet potato fries
Total: €31.40

Your rider is on the way.
""",
    ),
    m(
        "lf07",
        "2026-01-16 20:03",
        "Deliveroo <noreply@t.deliveroo.com>",
        "Your order from Kanda Phibsborough",
        N(),
        text="""Thanks for your order, Clodagh!

Kanda Phibsborough
1 x Chicken katsu curry, 1 x Gyoza
Total: €24.90
""",
    ),
    m(
        "lf08",
        "2025-11-08 23:40",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        N(),
        text="""A new sign-in on Samsung Galaxy Tab A

clodagh.moynihan@gmail.com
We noticed a new sign-in to your Google Account on a Samsung Galaxy Tab A device. If this was you,
you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications
""",
    ),
    m(
        "lf09",
        "2025-09-26 18:30",
        "Emma Moynihan <emmamoynihan.cork@gmail.com>",
        "Save the date!! 💍",
        N(),
        html="""<html><body style="font-family:Georgia,serif;text-align:center">
<h1>Emma &amp; Shane</h1>
<p>are getting married!</p>
<p><b>Saturday 12 September 2026</b><br>Kinsale, Co. Cork</p>
<p>Formal invitation to follow</p>
</body></html>""",
    ),
    m(
        "lf10",
        "2026-02-18 21:10",
        "Emma Moynihan <emmamoynihan.cork@gmail.com>",
        "Re: invitation",
        N(),
        text="""Haha sorry Clodagh I had your old address!! Yes plus one is grand. Delighted you can come.
Menu choices closer to the time. xx

Sent from my iPhone
""",
    ),
    m(
        "lf11",
        "2025-12-01 06:00",
        "Gym Plus Phibsborough <members@gymplus.example>",
        "Your membership renews on 8 December",
        N(),
        text="""Hi Clodagh,

Your 12-month membership at Gym Plus Phibsborough renews automatically on 8 December 2025 at €39.99
per month. To make changes, visit the front desk or your member area.

Gym Plus
""",
    ),
    m(
        "lf12",
        "2025-12-04 17:22",
        "Abbey Theatre <boxoffice@abbeytheatre.ie>",
        "Your tickets: The Playboy of the Western World",
        N(),
        text="""Booking ref: AB-2291874

The Playboy of the Western World
Abbey Stage, Saturday 20 December 2025, 14:00
2 x Stalls F12, F13 – €70.00

Show this email at the box office or use your mobile ticket.
""",
    ),
    m(
        "lf13",
        "2025-12-03 16:05",
        "Spotify <no-reply@spotify.com>",
        "Your 2025 Wrapped is here",
        N(),
        text="""Clodagh, your 2025 Wrapped is ready. You listened to 31,208 minutes of music this year – your
top artist was CMAT. Open the app to see it all.""",
    ),
    _SIMON_APP,
    m(
        "lf15",
        "2025-11-04 11:20",
        "Dublin Simon Community Volunteering <volunteer@dubsimon.example>",
        "Volunteer information session – Tue 11 November",
        N(),
        text="""Dear Clodagh,

You're booked on to our volunteer information session on Tuesday 11 November at 18:30 in our
Usher's Island office. Please bring photo ID and a proof of address for Garda vetting.

A calendar invitation is attached.
""",
        ics=ics(
            "dsc-vol-info-20251111@dubsimon.example",
            "2025-11-11 18:30",
            "Dublin Simon – volunteer information session",
            ("Volunteer Team", "volunteer@dubsimon.example"),
            minutes=90,
            location="Usher's Island, Dublin 8",
        ),
        **thread(_SIMON_APP),
    ),
    m(
        "lf16",
        "2025-11-27 10:30",
        "Phibsborough & District Credit Union <info@phibsboroughcu.example>",
        "Notice of Annual General Meeting",
        N(),
        text="""Dear Member,

Notice is hereby given that the Annual General Meeting of Phibsborough & District Credit Union
Limited will be held on Tuesday 16 December 2025 at 7.30pm in the Phibsborough Community Centre.

Agenda includes the financial statements, the declaration of a dividend and elections to the Board.
Members may also submit an application for election to the Board Oversight Committee by 5 December.

Board of Directors
""",
    ),
    m(
        "lf17",
        "2026-01-12 09:40",
        "Leinster Court Management CLG <admin@leinstercourtomc.example>",
        "Notice to residents: bin store and fob access",
        N(),
        text="""Dear Residents,

From Monday 19 January, access to the bin store will be by fob only. Replacement fobs can be
requested from the management office (€20). Please do not leave bulky items at the bin store;
collection can be arranged via the office.

Leinster Court Management CLG
""",
    ),
    m(
        "lf18",
        "2025-09-11 07:30",
        "Iarnród Éireann Irish Rail <bookings@irishrail.ie>",
        "Booking confirmation – Dublin Heuston to Cork Kent",
        N(),
        text="""Booking reference: IR4M8TDW

Outbound: Friday 12 September 2025
  Dublin Heuston 17:00 → Cork Kent 19:35
  Coach D, seat 27 (reserved)

Total paid: €29.99
""",
    ),
    m(
        "lf19",
        "2026-02-21 11:52",
        "parkrun <results@parkrun.com>",
        "Your Phoenix parkrun result for event #735",
        N(),
        text="""Hi Clodagh,

Congratulations on completing your 44th parkrun today at Phoenix parkrun, event #735.

Your time was 25:39 – a new personal best! You finished 141st out of 498.

parkrun
""",
    ),
]
