# ruff: noqa: E501
"""Corpus 47, the ordinary inbox: a Manchester flat purchase, money, family, friends, five-a-side,
shopping, travel, newsletters, and look-alikes on purpose (mortgage, council-tax and school-place
"applications", pre-approved "offers", a podcast "interview", a CPD webinar with a calendar part,
a LinkedIn newsletter about hiring, a friend asking for a reference)."""

from __future__ import annotations

from typing import Any

from heldout3_util import reply
from heldout47_jobs import NOJOB, uk

N = NOJOB

JOEL = "Joel Ferreira <joel.ferreira88@gmail.com>"
MUM = "Shirin Ashworth <shirin.ashworth@btinternet.com>"
SIS = "Leila Ashworth-Begum <leila.ab@outlook.com>"
DEAN = "Dean Kowalczyk <deankowalczyk@hotmail.co.uk>"
BROKER = "Hannah Grice <hannah@hearthmortgages.co.uk>"
AGENT = "Ancoats Living <offers@ancoatsliving.co.uk>"
SOLICITOR = "Farooq & Lyle Conveyancing <conveyancing@farooqlyle.co.uk>"

MAIL: list[dict[str, Any]] = [
    # --- buying a flat: look-alike "applications" and "offers" ----------------------------------
    uk(
        "hm01",
        "2025-09-10 17:20",
        BROKER,
        "Your mortgage application - next steps",
        N,
        """Hi Callum and Joel,

Lovely to speak today. As discussed, I've submitted your full mortgage application to Coventry
Building Society for £238,500 over 30 years on a 5-year fix. They'll instruct a valuation on
the Ancoats flat and may ask for your last 3 payslips again.

Application reference: CBS-77412093

I'll keep you updated as soon as I hear anything.

Kind regards,
Hannah Grice CeMAP
Mortgage Adviser | Hearth Mortgages
Your home may be repossessed if you do not keep up repayments on your mortgage.
""",
    ),
    uk(
        "hm02",
        "2025-09-04 12:03",
        AGENT,
        "Offer accepted - Apartment 14, Cotton Works, Ancoats",
        N,
        """Dear Callum and Joel,

Great news! The vendor has accepted your offer of £265,000 for Apartment 14, Cotton Works,
Blossom Street, M4 6AJ, subject to contract.

We will now mark the property as Sold STC and send memorandums of sale to both solicitors.
Please send us your solicitor's details and proof of funds at your earliest convenience.

Kind regards
Natalie Byrne, Sales Negotiator, Ancoats Living
""",
    ),
    uk(
        "hm03",
        "2025-09-05 09:15",
        SOLICITOR,
        "New instruction - Apt 14 Cotton Works - our ref FL/2291",
        N,
        """Dear Mr Ashworth-Begum and Mr Ferreira

Thank you for instructing us in connection with your purchase. Please find attached our client
care letter, terms of business and ID verification instructions. We will need a payment on
account of £350 for searches.

Yours sincerely
Farooq & Lyle Conveyancing
""",
        attach=[("Client_care_letter_FL2291.pdf", "application/pdf", "%PDF-1.4 client care")],
    ),
    uk(
        "hm04",
        "2025-09-29 10:50",
        BROKER,
        "Mortgage offer issued!",
        N,
        """Hi both,

Brilliant news - Coventry have issued your mortgage offer. It's valid for 6 months. A copy has
gone to Farooq & Lyle too. Please read it carefully and let me know if you have any questions.

Hannah
""",
    ),
    uk(
        "hm05",
        "2025-10-02 14:12",
        SOLICITOR,
        "RE: Apt 14 Cotton Works - enquiries",
        N,
        """Dear both

We have now received replies to most of our enquiries from the seller's solicitors. The
outstanding point is the service charge budget for 2026. We will report once received.

Kind regards
Megan Lyle
""",
    ),
    uk(
        "hm06",
        "2025-11-07 16:31",
        SOLICITOR,
        "Exchange and completion - Apt 14 Cotton Works",
        N,
        """Dear both

I am pleased to confirm that we exchanged contracts at 15:52 today with completion set for
Friday 21 November 2025. Please arrange collection of keys with Ancoats Living from 1pm on the
day of completion.

Kind regards
Megan Lyle, Farooq & Lyle Conveyancing
""",
    ),
    uk(
        "hm07",
        "2025-11-21 13:44",
        AGENT,
        "Completion - keys ready for collection",
        N,
        """Hi Callum,

Completion has taken place - congratulations on your new home! Your keys are ready to collect
from our Jersey Street office.

Natalie
""",
    ),
    uk(
        "ct01",
        "2025-11-25 11:09",
        "Manchester City Council <counciltax@manchester.gov.uk>",
        "Council Tax - we have received your application",
        N,
        """Dear Mr C Ashworth-Begum

Thank you for your online application to move into the property at Apartment 14, Cotton
Works, M4 6AJ. Your reference is CT-44918027.

We will process your application within 10 working days and send you a new bill. Please keep
paying any existing instalments until then.

Council Tax Services
""",
    ),
    uk(
        "ct02",
        "2025-12-08 09:30",
        "Manchester City Council <counciltax@manchester.gov.uk>",
        "Your new Council Tax bill is available",
        N,
        """Dear Mr C Ashworth-Begum

Your Council Tax bill for 2025/26 is now available in your online account. Band C. Your first
instalment of £168.40 will be collected on 1 January 2026 by Direct Debit.

Council Tax Services
""",
    ),
    uk(
        "sp01",
        "2025-10-11 20:16",
        SIS,
        "school application - can you check before I submit??",
        N,
        """Hiya,

Doing Amira's primary school application tonight (deadline is 15 Jan but I want it done).
Can you have a quick look at my order of preferences? 1. St Wilfrid's 2. Birchfields 3.
Ladybarn. I think Birchfields is our catchment but not 100%.

Also Mum says are you coming Sunday?

L xx
""",
    ),
    uk(
        "sp02",
        "2025-10-12 08:41",
        "Leila Ashworth-Begum <leila.ab@outlook.com>",
        "Fwd: Primary school application submitted - reference 352/2026/18840",
        N,
        """Done!! Thanks for
checking. x

---------- Forwarded message ---------
From: School Admissions <admissions@manchester.gov.uk>
Date: Sun, 12 Oct 2025 at 08:33
Subject: Primary school application submitted - reference 352/2026/18840

Dear Leila Ashworth-Begum

Your application for a primary school place for Amira (September 2026 intake) has been
submitted. Offers will be made on National Offer Day, 16 April 2026.

School Admissions, Manchester City Council
""",
    ),
    uk(
        "cc01",
        "2025-09-18 10:00",
        "Northmoor Bank <offers@mail.northmoorbank.co.uk>",
        "Callum, you're pre-approved for our Platinum Rewards Card",
        N,
        None,
        """<html><body><h2>You're pre-approved, Callum!</h2><p>Good news - based on your
relationship with us you've been pre-approved for a Platinum Rewards credit card with 0% on
purchases for 20 months.</p><p>Apply in minutes - it won't affect your credit score.</p>
<p><a href="https://northmoorbank.co.uk/cards/apply">Check my offer</a></p>
<p style="font-size:10px">Representative 24.9% APR (variable). Pre-approval is subject to
a full application and credit check.</p></body></html>""",
    ),
    uk(
        "cc02",
        "2026-01-15 10:00",
        "Northmoor Bank <offers@mail.northmoorbank.co.uk>",
        "Your offer expires on Friday",
        N,
        None,
        """<html><body><p>Hi Callum,</p><p>Your
pre-approved 0% balance transfer offer ends this Friday. Don't miss out.</p>
<p><a href="https://northmoorbank.co.uk/cards">Apply now</a></p></body></html>""",
    ),
    uk(
        "po01",
        "2025-10-22 19:48",
        "Rosie Tan <rosie@balancesheetbanter.fm>",
        "Podcast interview? 'Balance Sheet Banter'",
        N,
        """Hi Callum,

Dean gave me your email - I host a little podcast for finance people in the North West called
Balance Sheet Banter. We'd love to interview you for an episode about moving from industry
into NHS finance. About 40 minutes, recorded over Zoom, very relaxed.

Would any evening in the week of 10 November work?

Rosie
""",
    ),
    uk(
        "po02",
        "2025-11-12 21:10",
        "Rosie Tan <rosie@balancesheetbanter.fm>",
        "Re: Podcast interview? 'Balance Sheet Banter'",
        N,
        """Thanks so much for tonight, that was
great fun! The episode will go out on 1 December, I'll send you the link.

R
""",
        **reply("po01", "Rosie Tan <rosie@balancesheetbanter.fm>"),
    ),
    uk(
        "po03",
        "2025-12-01 07:00",
        "Balance Sheet Banter <hello@balancesheetbanter.fm>",
        "New episode: from retail to the NHS - our interview with Callum Ashworth-Begum",
        N,
        """This
week's episode is out!

We sit down with management accountant Callum Ashworth-Begum to talk about business partnering
in the NHS, surviving month-end, and why he thinks every FBP should spend a day on a ward.

Listen on Spotify, Apple Podcasts or wherever you get your podcasts.
""",
    ),
    uk(
        "wb01",
        "2025-10-06 12:00",
        "Northern Finance Forum <events@northernfinanceforum.org.uk>",
        "Invitation: CPD webinar - IFRS 18 in practice",
        N,
        """You're registered!

IFRS 18 in practice: what changes for management reporting
Thursday 16 October 2025, 12:30-13:30 (BST)
Online - joining link in the attached calendar invitation

This session counts for 1 hour of verifiable CPD.

Northern Finance Forum
""",
        ics={
            "uid": "nff-ifrs18-1610@northernfinanceforum.org.uk",
            "start": "2025-10-16 12:30:00 +0100",
            "organizer": ("Northern Finance Forum", "events@northernfinanceforum.org.uk"),
            "summary": "CPD webinar: IFRS 18 in practice",
            "location": "Zoom webinar",
        },
    ),
    uk(
        "wb02",
        "2025-10-16 14:05",
        "Northern Finance Forum <events@northernfinanceforum.org.uk>",
        "Thanks for attending - your CPD certificate",
        N,
        """Thank you for attending today's webinar.
Your CPD certificate and the recording are available in your member area.

Next month: "Interviewing your data: storytelling for finance teams" - booking now open.
""",
    ),
    uk(
        "ln01",
        "2025-10-30 17:00",
        "LinkedIn News <newsletters-noreply@linkedin.com>",
        "Hiring is slowing in finance - here's what recruiters told us",
        N,
        None,
        """<html><body><h2>The Talent Brief</h2><p>UK finance hiring slowed for a third month in
October, according to recruiters we spoke to. Interim roles held up best, while permanent FP&A
hiring dropped. "Candidates with strong business partnering skills still get multiple
offers," one Manchester recruiter told us.</p><p>Plus: how to answer "tell me about yourself"
in an interview.</p><p><a href="https://www.linkedin.com/newsletters/the-talent-brief">Read the
newsletter</a></p><p style="font-size:10px">You're receiving this because you subscribed to The
Talent Brief.</p></body></html>""",
    ),
    uk(
        "ln02",
        "2026-01-29 17:00",
        "LinkedIn News <newsletters-noreply@linkedin.com>",
        "The Talent Brief: 5 employers hiring in 2026",
        N,
        None,
        """<html><body><h2>The Talent Brief</h2><p>Which sectors are hiring in the North West this
year? We look at health, energy and public sector finance. Plus an interview with a CFO on
what she looks for in a finance business partner.</p></body></html>""",
    ),
    uk(
        "rf01",
        "2025-11-02 21:33",
        DEAN,
        "Big favour - referee?",
        N,
        """Alright mate,

Bit of a cheeky one. I've finally applied for that Financial Controller job at the university
(fingers crossed) and they want two referees. Would you be one of mine? You'd just get an
email asking what I was like to work with back at Hallam. I've put your personal email down,
hope that's OK.

Pint on me either way. Five-a-side Thursday?

Dean
""",
    ),
    uk(
        "rf02",
        "2025-11-18 10:12",
        "HR Services <references@yorkmoorsuniversity.ac.uk>",
        "Reference request: Dean Kowalczyk",
        N,
        """Dear Mr Ashworth-Begum

Dean Kowalczyk has applied for the post of Financial Controller at York Moors University and
has given your name as a referee. We would be grateful if you could complete the online
reference form by 25 November.

https://yorkmoorsuniversity.ac.uk/references/form?token=8821

Kind regards
HR Services, York Moors University
""",
    ),
    uk(
        "rf03",
        "2025-12-04 19:05",
        DEAN,
        "GOT IT!!!",
        N,
        """Mate I got the job!! Thanks for the
reference, they said it was brilliant. Drinks on Saturday, Cask at 8?

D
""",
    ),
]

# --- family, friends, five-a-side ------------------------------------------------------------
MAIL += [
    uk(
        "fm01",
        "2025-09-07 20:02",
        MUM,
        "Sunday",
        N,
        """Hello love,

Are you and Joel coming for lunch on Sunday? I'm doing lamb. Your dad wants to hear all about
the flat. Bring the tupperware back!!

Love Mum x
""",
    ),
    uk(
        "fm02",
        "2025-09-28 11:40",
        MUM,
        "Nani's birthday",
        N,
        """Callum, don't forget Nani's 80th is
on the 18th of October. We've booked the function room at the Spice Lounge for 6pm. Can you
sort a cake? Leila is doing decorations.

Mum x
""",
    ),
    uk(
        "fm03",
        "2025-10-19 09:12",
        SIS,
        "photos from last night",
        N,
        """Here are the photos! Nani
loved the cake. Link expires in a week so download them.

https://photos.app.goo.gl/8kdwq

L x
""",
    ),
    uk(
        "fm04",
        "2025-11-22 22:15",
        MUM,
        "New flat!!!",
        N,
        """Congratulations to you both on getting
the keys! Dad says he'll come round Saturday with the drill for the shelves. So proud of you.

Love Mum and Dad xxx
""",
    ),
    uk(
        "fm05",
        "2025-12-14 18:33",
        SIS,
        "Christmas presents",
        N,
        """Right, Secret Santa for the
family: £25 limit. You've got Uncle Tariq. Don't get him socks again.

Leila x
""",
    ),
    uk(
        "fm06",
        "2025-12-27 12:01",
        MUM,
        "Boxing day leftovers",
        N,
        """Thank you both for coming,
it was lovely. I've kept some trifle for Joel. Happy new year if I don't see you before.

Mum x
""",
    ),
    uk(
        "fm07",
        "2026-01-11 19:47",
        SIS,
        "Amira's party",
        N,
        """Amira's 5th is on Sat 7 Feb at
Jump Nation in Trafford, 2-4pm. She wants Uncle Callum there!! Can you RSVP so I can tell
them numbers.

L
""",
    ),
    uk(
        "fm08",
        "2026-02-15 10:06",
        MUM,
        "Half term",
        N,
        """Love, could you and Joel have Amira on
the Wednesday of half term? Leila's working. Only if you're not in the office.

Mum x
""",
    ),
    uk(
        "jf01",
        "2025-09-12 13:05",
        JOEL,
        "Paint colours",
        N,
        """Thoughts on these for the living
room? I'm leaning towards 'Setting Plaster'.

https://www.farrow-ball.com/paint/setting-plaster

J x
""",
    ),
    uk(
        "jf02",
        "2025-10-23 18:10",
        JOEL,
        "Re: dinner tonight",
        N,
        """Can you pick up coriander and
limes on the way home? Making that Thai curry.

> On 23 Oct 2025, at 17:52, Callum Ashworth-Begum wrote:
> What are we having?
""",
    ),
    uk(
        "jf03",
        "2025-11-29 09:30",
        JOEL,
        "IKEA list",
        N,
        """Bed frame (MALM, 140), two BILLY, lamp
for the hallway, shower curtain, and whatever meatballs you want. Going at 11?
""",
    ),
    uk(
        "jf04",
        "2026-01-20 12:44",
        JOEL,
        "Valentine's booking",
        N,
        """I've booked Erst for the 14th
at 7:30. Don't book anything else!! x
""",
    ),
    uk(
        "jf05",
        "2026-02-10 16:02",
        JOEL,
        "how did it go?",
        N,
        """How did the Teams call go? Tell me
everything later. Also the boiler man is coming Thursday between 8 and 12.

x
""",
    ),
    uk(
        "fs01",
        "2025-09-11 12:00",
        DEAN,
        "5s tonight",
        N,
        """We're one short tonight, you in?
Powerleague Ardwick, 7pm, pitch 4. Bring the orange bibs.
""",
    ),
    uk(
        "fs02",
        "2025-10-02 16:30",
        "Sam Okoro <sam.okoro@gmail.com>",
        "Subs",
        N,
        """Lads, subs for the
autumn block are £48. Bank transfer please, details below. Sort code 04-00-04, acc 12345678,
ref your name.

Sam
""",
    ),
    uk(
        "fs03",
        "2025-11-13 09:15",
        "Powerleague <noreply@powerleague.com>",
        "Your booking is confirmed - Ardwick, Thu 20 Nov 19:00",
        N,
        """Booking confirmed

Venue: Powerleague Manchester Ardwick
Pitch: 5-a-side, pitch 4
Date: Thursday 20 November 2025, 19:00-20:00
Booking ref: PL-7781920
""",
    ),
    uk(
        "fs04",
        "2026-01-08 21:22",
        DEAN,
        "New year new league",
        N,
        """Signed us up for the Tuesday
league from Feb. Team name is still 'Expected Toulouse'. No complaints accepted.
""",
    ),
    uk(
        "bk01",
        "2025-09-20 15:00",
        "Grace Whitley <gracewhitley@yahoo.co.uk>",
        "Book club - October",
        N,
        """Hi all, October's book is 'The Safekeep'. Meeting at mine on the 21st, 7:30. Bring wine!

Grace
""",
    ),
    uk(
        "bk02",
        "2025-11-25 10:20",
        "Grace Whitley <gracewhitley@yahoo.co.uk>",
        "Re: Book club - December",
        N,
        """December is our Christmas one - Secret book swap at the Port Street Beer House, 17th.

G
""",
    ),
    uk(
        "fr01",
        "2025-10-04 11:13",
        "Hollie Brandwood <hollie.brandwood@gmail.com>",
        "Wedding - save the date!",
        N,
        """Callum and Joel!

We're getting married! Save the date: Saturday 13 June 2026, Hazlewood Castle. Proper
invitations to follow.

Hollie & Marcus x
""",
    ),
    uk(
        "fr02",
        "2026-01-17 13:25",
        "Hollie Brandwood <hollie.brandwood@gmail.com>",
        "RSVP + menu choices",
        N,
        """Hi both, can you let us know your menu choices by end of Feb? Options are lamb, sea bass or
mushroom wellington. Also any dietary requirements.

H x
""",
    ),
    uk(
        "fr03",
        "2025-12-19 18:40",
        "Ravi Mistry <ravimistry@icloud.com>",
        "Xmas drinks",
        N,
        """Hey!
Old Hallam finance crew drinks on 23rd at Albert's Schloss. Come along, it's been ages.

Ravi
""",
    ),
]

# --- shopping, deliveries, bills, banking --------------------------------------------------------
MAIL += [
    uk(
        "sh01",
        "2025-09-03 19:22",
        "Amazon.co.uk <auto-confirm@amazon.co.uk>",
        "Your Amazon.co.uk order #204-8812773-1120311",
        N,
        """Hello Callum,

Thank you for your order. We'll send a confirmation when your item ships.

Order #204-8812773-1120311
Anker USB-C Hub, 7-in-1 - £29.99
Arriving: Friday 5 September

Amazon.co.uk
""",
    ),
    uk(
        "sh02",
        "2025-09-05 08:02",
        "Amazon.co.uk <shipment-tracking@amazon.co.uk>",
        "Delivered: Your Amazon.co.uk package",
        N,
        """Your package was delivered. It was handed to a resident.

Track package: https://www.amazon.co.uk/progress-tracker
""",
    ),
    uk(
        "sh03",
        "2025-10-25 14:10",
        "Evri <noreply@evri.com>",
        "Your parcel from John Lewis is on its way",
        N,
        """Good news! Your parcel is on its way. We'll deliver it tomorrow between 10:45 and 12:45.

Tracking number: H01HYA0034567890
""",
    ),
    uk(
        "sh04",
        "2025-11-28 06:30",
        "John Lewis <johnlewis@email.johnlewis.co.uk>",
        "Black Friday: the offer ends tonight",
        N,
        None,
        """<html><body><h1>Black Friday</h1><p>Up to 40% off small appliances, bedding and more. Our
best offers of the year end at midnight.</p><p><a href="https://www.johnlewis.com">Shop now</a></p></body></html>""",
    ),
    uk(
        "sh05",
        "2025-12-02 11:18",
        "IKEA <noreply@order.ikea.com>",
        "Your IKEA order has been delivered",
        N,
        """Hej Callum! Your IKEA delivery (order 1284736221) has been completed. Enjoy your new
furniture. Tell us how we did: https://www.ikea.com/gb/en/survey
""",
    ),
    uk(
        "sh06",
        "2025-12-10 09:45",
        "Boots <boots@e.boots.com>",
        "An exclusive offer just for you, Callum",
        N,
        None,
        """<html><body><p>Hi Callum,</p><p>As an Advantage Card member you've got an exclusive offer:
4x points on fragrance gift sets this weekend.</p></body></html>""",
    ),
    uk(
        "sh07",
        "2026-01-02 10:00",
        "Currys <noreply@currys.co.uk>",
        "Your order is ready for collection",
        N,
        """Your order CUR-99120033 (Bosch dishwasher) is being delivered on 6 January. We'll text you
a 2-hour slot the day before. Installation and recycling of your old appliance is included.
""",
    ),
    uk(
        "sh08",
        "2026-02-06 18:40",
        "Etsy <transaction@etsy.com>",
        "Your Etsy Purchase from BunnyCraftsUK",
        N,
        """Thanks for your order! BunnyCraftsUK will ship your item soon: Personalised unicorn
birthday bunting (Amira, 5). Order #3290117442.
""",
    ),
    uk(
        "bn01",
        "2025-09-30 08:01",
        "Monzo <help@monzo.com>",
        "Your September spending summary",
        N,
        """Hi Callum,

Here's how September went: you spent £1,412 across 86 transactions. Your biggest category was
Eating out (£284). Salary sorter moved £600 into your House Deposit pot.

Monzo
""",
    ),
    uk(
        "bn02",
        "2025-10-31 08:01",
        "Monzo <help@monzo.com>",
        "Your October spending summary",
        N,
        """Hi Callum,

In October you spent £1,678. Bills: £512. Groceries: £311. Your House Deposit pot has been
closed and its balance moved to your main account.
""",
    ),
    uk(
        "bn03",
        "2025-11-20 12:02",
        "Monzo <help@monzo.com>",
        "Large payment sent",
        N,
        """You sent
£27,150.00 to Farooq & Lyle Client Acc. If you didn't make this payment, let us know in the app
immediately.
""",
    ),
    uk(
        "bn04",
        "2026-01-31 08:01",
        "Monzo <help@monzo.com>",
        "Your January spending summary",
        N,
        """January: £1,220 spent. Nice one - that's 18% less than December. Salary received from
PENNINE VALLEY HOSP on 28 Jan.
""",
    ),
    uk(
        "ut01",
        "2025-11-21 15:33",
        "Octopus Energy <hello@octopus.energy>",
        "Welcome to your new home, Callum!",
        N,
        """Hi Callum, welcome to Octopus! We're now supplying your electricity at Apartment 14, Cotton
Works. Please submit a meter reading within the first 5 days.
""",
    ),
    uk(
        "ut02",
        "2025-12-15 09:00",
        "Octopus Energy <hello@octopus.energy>",
        "Your latest bill",
        N,
        """Your bill for 21 Nov - 14 Dec is £58.12. It'll be collected by Direct Debit on 22 December.
""",
    ),
    uk(
        "ut03",
        "2025-11-26 10:11",
        "Community Fibre <hello@communityfibre.co.uk>",
        "Your installation is booked",
        N,
        """Your broadband installation is booked for Wednesday 3 December, 8am-1pm. An engineer will
need access to your flat and the comms cupboard.
""",
    ),
    uk(
        "ut04",
        "2026-01-12 08:00",
        "United Utilities <noreply@unitedutilities.com>",
        "Your water bill is ready",
        N,
        """Your water bill is ready to view online. Amount due: £96.40 for 21 Nov 2025 - 31 Mar 2026.
""",
    ),
    uk(
        "tx01",
        "2025-12-29 09:00",
        "HMRC <noreply@confirmation.tax.service.gov.uk>",
        "Reminder: Self Assessment deadline 31 January",
        N,
        """Your Self Assessment tax return for
2024 to 2025 must be filed online by 31 January 2026. Sign in to your HMRC online account.
""",
    ),
    uk(
        "tx02",
        "2026-01-18 21:44",
        "HMRC <noreply@confirmation.tax.service.gov.uk>",
        "We've received your Self Assessment tax return",
        N,
        """Thank you. We've received your
2024 to 2025 Self Assessment tax return. Submission reference: 7X8Y9Z1A2B.
""",
    ),
    uk(
        "in01",
        "2025-11-18 14:20",
        "Aviva <noreply@aviva.co.uk>",
        "Your home insurance policy documents",
        N,
        """Thanks for choosing Aviva. Your buildings and contents policy starts on 21 November 2025.
Policy number AH 482 119 027.
""",
    ),
    uk(
        "in02",
        "2026-02-12 11:05",
        "Compare the Market <noreply@comparethemarket.com>",
        "Your car insurance quotes are ready",
        N,
        """Hi Callum, we've found 42 quotes for your car
insurance renewal. Cheapest from £412.
""",
    ),
]

# --- travel, health, appointments -------------------------------------------------------------------
MAIL += [
    uk(
        "tr01",
        "2025-09-14 18:03",
        "Trainline <auto-confirm@info.thetrainline.com>",
        "Your booking confirmation: Manchester Piccadilly to Leeds",
        N,
        """Thanks for booking with Trainline.

Manchester Piccadilly -> Leeds, Thursday 18 September 2025, 08:56
Advance Single, Standard. Total: £12.40
Ticket type: eTicket - in the app
""",
    ),
    uk(
        "tr02",
        "2025-10-03 07:41",
        "Northern <noreply@northernrailway.co.uk>",
        "Delay Repay claim received",
        N,
        """We've received your Delay Repay claim (ref DR-4419283) for your journey on 29 September.
We'll be in touch within 20 working days.
""",
    ),
    uk(
        "tr03",
        "2025-11-30 20:15",
        "Trainline <auto-confirm@info.thetrainline.com>",
        "Your booking confirmation: Manchester Piccadilly to London Euston",
        N,
        """Manchester Piccadilly -> London Euston, Wednesday 26 November 2025, 09:15 (Avanti West
Coast). Return: 17:40. Total: £88.70.
""",
    ),
    uk(
        "tr04",
        "2025-12-06 12:30",
        "easyJet <donotreply@easyjet.com>",
        "Your booking EZY8K2P - Manchester to Lisbon",
        N,
        """Booking reference: K2P9XQ
Manchester (MAN) -> Lisbon (LIS), Fri 20 Feb 2026, 06:40
Lisbon (LIS) -> Manchester (MAN), Tue 24 Feb 2026, 19:55
Passengers: Mr Callum Ashworth-Begum, Mr Joel Ferreira
""",
    ),
    uk(
        "tr05",
        "2026-02-17 09:00",
        "easyJet <donotreply@easyjet.com>",
        "Check in now for your flight to Lisbon",
        N,
        """Online check-in is open for your flight EZY1993 to Lisbon on Friday. Bags must be dropped
40 minutes before departure.
""",
    ),
    uk(
        "tr06",
        "2026-01-09 16:50",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - Alfama apartment",
        N,
        """You're going to Lisbon! Your reservation at 'Sunny loft in Alfama' for 20-24 Feb is
confirmed. Host: Teresa.
""",
    ),
    uk(
        "tr07",
        "2025-10-13 08:20",
        "Bee Network <noreply@tfgm.com>",
        "Your weekly tap summary",
        N,
        """Your contactless travel this week: 9 journeys, capped at £24.00.
""",
    ),
    uk(
        "he01",
        "2025-09-24 09:02",
        "NHS App <noreply@nhsapp.service.nhs.uk>",
        "You have a new message from your GP surgery",
        N,
        """You have a new message from Chorlton Family Practice. Sign in to the NHS App
to read it.
""",
    ),
    uk(
        "he02",
        "2025-10-08 15:25",
        "Brightsmile Dental <appointments@brightsmiledental.co.uk>",
        "Appointment confirmation - Tues 21 Oct 08:40",
        N,
        """Dear Callum,

This is to confirm your check-up and hygienist appointment with Dr Patel on Tuesday 21 October
at 08:40. Please arrive 5 minutes early. 24 hours' notice is required to cancel.

Brightsmile Dental, 44 Oldham Street
""",
        ics={
            "uid": "bsd-44120@brightsmiledental.co.uk",
            "start": "2025-10-21 08:40:00 +0100",
            "minutes": 45,
            "organizer": ("Brightsmile Dental", "appointments@brightsmiledental.co.uk"),
            "summary": "Dental check-up + hygienist (Dr Patel)",
            "location": "44 Oldham Street, Manchester",
        },
    ),
    uk(
        "he03",
        "2026-01-19 10:00",
        "Boots Opticians <noreply@bootsopticians.co.uk>",
        "Time for your eye test",
        N,
        """It's been 2 years since your last eye test. Book online today.
""",
    ),
    uk(
        "he04",
        "2025-12-03 17:00",
        "PureGym <noreply@puregym.com>",
        "Your membership has been frozen",
        N,
        """Hi Callum, your membership at PureGym Manchester Spinningfields has been frozen from 4
December to 4 January as requested.
""",
    ),
    uk(
        "he05",
        "2026-01-02 07:00",
        "Strava <no-reply@strava.com>",
        "Your 2025 Year in Sport is here",
        N,
        None,
        """<html><body><h2>Your Year in Sport</h2><p>412 km run. 68 activities. Your longest run:
Manchester Half Marathon, 12 October.</p></body></html>""",
    ),
    uk(
        "he06",
        "2025-10-13 11:00",
        "Great Run <info@greatrun.org>",
        "Your Manchester Half result",
        N,
        """Congratulations Callum! Your official chip time: 1:52:41. Position 4,112 of 11,930.
""",
    ),
    uk(
        "ir90",
        "2025-09-19 12:00",
        "Irwell Rovers Ticketing <tickets@irwellrovers.co.uk>",
        "Your tickets: Irwell Rovers v Stockport Town, Sat 27 Sep",
        N,
        """Thank you for your purchase.

Irwell Rovers v Stockport Town, Saturday 27 September, KO 15:00
North Stand, Block N4, Row H, Seats 112-113
Your mobile tickets are in the Irwell Rovers app.
""",
    ),
    uk(
        "ir91",
        "2026-02-05 10:00",
        "Irwell Rovers <news@irwellrovers.co.uk>",
        "Exclusive offer for supporters: 20% off home kit",
        N,
        None,
        """<html><body><p>This week only: 20% off the home shirt for season-ticket holders. Plus,
watch our interview with the new head coach on RoversTV.</p></body></html>""",
    ),
]

# --- subscriptions, newsletters, social --------------------------------------------------------------
MAIL += [
    uk(
        "nw01",
        "2025-09-08 06:00",
        "The Finance Brief <brief@financebrief.co.uk>",
        "The Finance Brief: rates, IFRS 18 and budgets",
        N,
        """Good morning. The Bank of England holds, IFRS 18 countdown, and why FP&A teams are rewriting
their budget calendars. Plus our interview with a building society CFO on margin pressure.
""",
    ),
    uk(
        "nw02",
        "2025-10-06 06:00",
        "The Finance Brief <brief@financebrief.co.uk>",
        "The Finance Brief: the autumn budget preview",
        N,
        """This week: what the November budget might mean for NHS trusts and councils, and five
Excel tricks your reviewers will love.
""",
    ),
    uk(
        "nw03",
        "2025-11-03 06:00",
        "The Finance Brief <brief@financebrief.co.uk>",
        "The Finance Brief: AI in month-end",
        N,
        """Inside: can AI close the books? We talk to three finance leaders. Jobs board: 34 new FBP
vacancies across the North.
""",
    ),
    uk(
        "nw04",
        "2025-12-01 06:00",
        "The Finance Brief <brief@financebrief.co.uk>",
        "The Finance Brief: 2026 salary guide",
        N,
        """Our 2026 salary guide is out: business partners in the North West up 4%. Plus the
interview: 'I left Big Four for a football club'.
""",
    ),
    uk(
        "nw05",
        "2026-01-05 06:00",
        "The Finance Brief <brief@financebrief.co.uk>",
        "The Finance Brief: new year, new forecast",
        N,
        """Happy new year. Rolling forecasts, the return of zero-based budgeting, and a reader Q&A.
""",
    ),
    uk(
        "nw06",
        "2026-02-02 06:00",
        "The Finance Brief <brief@financebrief.co.uk>",
        "The Finance Brief: the February edition",
        N,
        """Public sector pay awards, the NHS planning guidance, and our interview with a housing
association FD.
""",
    ),
    uk(
        "nw07",
        "2025-09-27 08:00",
        "Manchester Mill <hello@manchestermill.co.uk>",
        "The week in Manchester",
        N,
        """Saturday edition: the Ancoats flats row, a new tram stop, and where to eat this weekend.
""",
    ),
    uk(
        "nw08",
        "2025-11-15 08:00",
        "Manchester Mill <hello@manchestermill.co.uk>",
        "The week in Manchester",
        N,
        """Saturday edition: the Christmas markets are back, plus a long read on the city's housing
waiting list.
""",
    ),
    uk(
        "nw09",
        "2026-01-24 08:00",
        "Manchester Mill <hello@manchestermill.co.uk>",
        "The week in Manchester",
        N,
        """Saturday edition: we interview the council leader about the budget gap.
""",
    ),
    uk(
        "sb01",
        "2025-09-22 10:15",
        "Spotify <no-reply@spotify.com>",
        "Your Premium Duo payment receipt",
        N,
        """Thanks for your payment. Premium Duo: £17.99. Next payment: 22 October 2025.
""",
    ),
    uk(
        "sb02",
        "2025-10-17 18:00",
        "Netflix <info@mailer.netflix.com>",
        "New on Netflix: this week's picks",
        N,
        None,
        """<html><body><p>Callum, here's what's new this week on Netflix.</p></body></html>""",
    ),
    uk(
        "sb03",
        "2025-12-01 09:00",
        "Microsoft <microsoft-noreply@microsoft.com>",
        "Your Microsoft 365 Family subscription has renewed",
        N,
        """Your subscription has renewed for £104.99. Order number 7281-991.
""",
    ),
    uk(
        "sb04",
        "2026-01-07 12:00",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        N,
        """A new sign-in on Mac. callum.ab@fastmail.co.uk was used to sign in to your Google Account
from a new device. If this was you, you don't need to do anything.
""",
    ),
    uk(
        "sb05",
        "2025-09-01 09:30",
        "Fastmail <support@fastmail.com>",
        "Your Fastmail subscription renews soon",
        N,
        """Your Standard plan renews on 15 September for £50.00. No action required.
""",
    ),
    uk(
        "li01",
        "2025-10-24 12:10",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Congratulate Ravi Mistry on the new role",
        N,
        """Ravi Mistry started a new position as Head of FP&A at Stretford Engineering Group.
Say congrats: https://www.linkedin.com/feed/update/urn:li:activity:7188
""",
    ),
    uk(
        "li02",
        "2025-11-06 19:02",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Dean Kowalczyk and 12 others reacted to your post",
        N,
        """Your post 'Two months in NHS finance: what I've learned' is getting attention. 14 reactions, 3 comments.
""",
    ),
    uk(
        "li03",
        "2025-12-05 08:40",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Congratulate Dean Kowalczyk on the new job",
        N,
        """Dean Kowalczyk started a new position as Financial Controller at York Moors University.
""",
    ),
    uk(
        "li04",
        "2026-01-13 07:30",
        "LinkedIn <invitations@linkedin.com>",
        "Callum, please add me to your LinkedIn network",
        N,
        """Aisha Rahman, Recruitment Officer at Pennine Valley Hospitals NHS Foundation Trust, would
like to connect.

Accept: https://www.linkedin.com/comm/mynetwork/invite-accept
""",
    ),
    uk(
        "li05",
        "2026-02-09 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You were mentioned in a post",
        N,
        """Rosie Tan mentioned you: 'Our most listened-to episode of 2025 was our interview with
Callum Ashworth-Begum! Thanks to everyone who tuned in.'
""",
    ),
    uk(
        "wa01",
        "2025-10-27 19:30",
        "Meetup <info@meetup.com>",
        "New event: Manchester Excel Users - Power Query night",
        N,
        """Manchester Excel Users: Power Query night. Thursday 6 November, 6:30pm, Federation House.
28 going. RSVP now.
""",
    ),
]

# --- more look-alikes and everyday mail --------------------------------------------------------------
MAIL += [
    uk(
        "lk01",
        "2025-10-09 12:30",
        "Marathon Ballot <ballot@londonmarathonevents.co.uk>",
        "Your ballot result",
        N,
        """Dear Callum,

Thank you for entering the ballot. We received a record number of applications and we are
sorry to tell you that you have not been successful on this occasion.

You can still run for one of our charity partners. We hope to see you on the start line one
day.
""",
    ),
    uk(
        "lk02",
        "2025-11-04 09:00",
        "Manchester Food Bank <volunteer@mcrfoodbank.org.uk>",
        "Thanks for your volunteer application!",
        N,
        """Hi Callum,

Thank you for applying to volunteer with us on Saturday mornings. We'd love to invite you to a
short induction on 15 November at 10am at our Ardwick warehouse. No interview, just a tour and
a safety briefing!

Volunteer Team
""",
    ),
    uk(
        "lk03",
        "2025-12-02 15:00",
        "Halsall Heating <jobs@halsallheating.co.uk>",
        "Your job has been booked - boiler service",
        N,
        """Hi Callum, your job (ref J-22871) has been booked: annual boiler service at Apt 14 Cotton
Works on Thursday 11 December, 8-12. Our engineer Marek will text when on his way.
""",
    ),
    uk(
        "lk04",
        "2025-12-11 13:20",
        "Halsall Heating <jobs@halsallheating.co.uk>",
        "Job completed - invoice INV-9912",
        N,
        """Your job has been completed. Invoice INV-9912 for £85.00 is attached. Gas Safe certificate
to follow.
""",
        attach=[("INV-9912.pdf", "application/pdf", "%PDF-1.4 invoice")],
    ),
    uk(
        "lk05",
        "2025-10-20 10:00",
        "Monzo Research <research@monzo.com>",
        "Can we interview you? £40 voucher",
        N,
        """Hi Callum, we're looking for customers who've recently bought a home to take part in a
45-minute research interview over video. You'll get a £40 voucher as a thank you.
Sign up: https://monzo.com/research
""",
    ),
    uk(
        "lk06",
        "2025-11-10 18:00",
        "Photo North <competition@photonorth.co.uk>",
        "You've been shortlisted!",
        N,
        """Congratulations! Your photo 'Rain on Stevenson Square' has been shortlisted in the
Photo North autumn competition. The winner will be announced on 1 December.
""",
    ),
    uk(
        "lk07",
        "2025-12-01 19:00",
        "Photo North <competition@photonorth.co.uk>",
        "Competition results",
        N,
        """Thank you for entering. Unfortunately your photo didn't win this time, but the judges
loved the shortlist. See the winners online.
""",
    ),
    uk(
        "lk08",
        "2025-10-15 08:05",
        "Rightmove <noreply@rightmove.co.uk>",
        "Price reduced on a property you viewed",
        N,
        """A property you viewed has been reduced: 2 bedroom apartment, Ancoats, now £259,950.
""",
    ),
    uk(
        "lk09",
        "2026-01-27 09:10",
        "Cotton Works Management <info@cottonworks-mgmt.co.uk>",
        "Service charge demand - half year to 30 June 2026",
        N,
        """Dear Leaseholder

Please find attached your service charge demand for the half year. Payment of £842.16 is due by
1 February 2026.
""",
        attach=[("SC_demand_Apt14.pdf", "application/pdf", "%PDF-1.4 demand")],
    ),
    uk(
        "lk10",
        "2026-01-30 19:40",
        "Cotton Works Residents <residents.cottonworks@gmail.com>",
        "Residents' meeting - AGM",
        N,
        """Hi neighbours, the residents' association AGM is on 12 Feb, 7pm in the lobby. We need a new
treasurer - any accountants in the building?? :)

Priya (Apt 3)
""",
    ),
    uk(
        "lk11",
        "2025-09-26 16:00",
        "CIMA <noreply@aicpa-cima.com>",
        "Your CPD declaration for 2025",
        N,
        """Dear Callum, it's time to complete your annual CPD declaration. Log in to your MyCIMA
account before 31 December 2025.
""",
    ),
    uk(
        "lk12",
        "2026-01-06 09:00",
        "CIMA <noreply@aicpa-cima.com>",
        "Membership renewal - payment due",
        N,
        """Your 2026 membership fee of £392 is now due. Pay by 31 January to keep your designation.
""",
    ),
    uk(
        "lk13",
        "2025-12-08 13:00",
        "Eventbrite <noreply@eventbrite.com>",
        "Your tickets for Manchester Christmas Comedy Night",
        N,
        """Order #11388722 - 2 x General Admission. Friday 19 December, 8pm, Frog and Bucket.
""",
    ),
    uk(
        "lk14",
        "2026-02-03 10:30",
        "Deliveroo <noreply@t.deliveroo.com>",
        "Your order from Rudy's Pizza",
        N,
        """Thanks for your order! Rudy's Pizza is preparing your food. Estimated arrival 19:45.
""",
    ),
    uk(
        "lk15",
        "2025-09-16 18:20",
        "Vinted <no-reply@vinted.co.uk>",
        "Your item has sold!",
        N,
        """Congratulations! Your item 'Barbour wax jacket, M' sold for £55. Send it within 5 days.
""",
    ),
    uk(
        "lk16",
        "2025-10-29 11:45",
        "Manchester City Council <noreply@manchester.gov.uk>",
        "Your bin collection calendar",
        N,
        """Your new bin collection calendar for Blossom Street is
ready. Blue bin: Tuesdays, fortnightly.
""",
    ),
    uk(
        "lk17",
        "2025-11-27 10:20",
        "Electoral Services <electoralservices@manchester.gov.uk>",
        "Register to vote at your new address",
        N,
        """Our records show you may have moved. Register to
vote at your new address online at gov.uk/register-to-vote. It takes 5 minutes.
""",
    ),
    uk(
        "lk18",
        "2026-01-21 08:30",
        "DVLA <noreply@dvla.gov.uk>",
        "Your driving licence address has been updated",
        N,
        """We've updated the address on your driving licence. Your new photocard will arrive within 3
weeks.
""",
    ),
    uk(
        "lk19",
        "2025-12-18 17:10",
        "Shelter <supporters@shelter.org.uk>",
        "Thank you for your donation",
        N,
        """Thank you, Callum. Your donation of £30 will help someone facing homelessness this Christmas.
""",
    ),
    uk(
        "lk20",
        "2026-02-13 12:00",
        "OpenTable <noreply@opentable.com>",
        "Reminder: your reservation at Erst tomorrow",
        N,
        """Table for 2, Saturday 14 February, 19:30. Erst, 9 Murray Street, Manchester.
""",
    ),
    uk(
        "lk21",
        "2025-10-01 13:30",
        "Tesco <customerservice@tesco.co.uk>",
        "Your Tesco Credit Card application",
        N,
        """Dear Mr Ashworth-Begum,

Thank you for your application for a Clubcard Credit Card. We are sorry, but we
are unable to offer you a card at this time. This decision was based on information from a
credit reference agency. Applying for a mortgage recently can affect such decisions.
""",
    ),
    uk(
        "lk22",
        "2025-09-09 10:00",
        "Hearth Mortgages <hello@hearthmortgages.co.uk>",
        "Offers on remortgages: rates from 3.89%",
        N,
        None,
        """<html><body><p>Rates are falling! See our
latest offers on 2, 3 and 5-year fixed mortgages. Book a free call with one of our
advisers.</p></body></html>""",
    ),
    uk(
        "lk23",
        "2025-11-14 16:00",
        "Ancoats Living <offers@ancoatsliving.co.uk>",
        "Thinking of letting? Free valuation",
        N,
        """Hi Callum, we have tenants waiting for 1 and 2 bed apartments in Ancoats. Book a free
rental valuation.
""",
    ),
    uk(
        "lk24",
        "2026-02-16 09:30",
        "PureGym <noreply@puregym.com>",
        "Refer a friend, both get a month free",
        N,
        None,
        """<html><body><p>Bring a friend to PureGym and you'll both get a free month. Offer ends 28
February.</p></body></html>""",
    ),
    uk(
        "lk25",
        "2025-10-30 15:15",
        "Google Calendar <calendar-notification@google.com>",
        "Invitation: Nani's 80th - family photos @ Sat 1 Nov 2025 14:00 - 16:00 (GMT)",
        N,
        """Leila Ashworth-Begum has invited you to: Nani's 80th - family photos
When: Saturday 1 November 2025 14:00 - 16:00 (GMT)
Where: Mum & Dad's
""",
        ics={
            "uid": "nani80photos@google.com",
            "start": "2025-11-01 14:00:00 +0000",
            "minutes": 120,
            "organizer": ("Leila Ashworth-Begum", "leila.ab@outlook.com"),
            "summary": "Nani's 80th - family photos",
            "location": "Mum & Dad's",
        },
    ),
    uk(
        "lk26",
        "2025-09-02 08:00",
        "Costa Coffee <info@costa.co.uk>",
        "Your free drink is waiting",
        N,
        None,
        """<html><body><p>It's your birthday month, Callum! Enjoy a free drink on us.</p></body></html>""",
    ),
]

# --- the rest of an ordinary inbox ------------------------------------------------------------------
MAIL += [
    uk(
        "ev01",
        "2025-09-17 21:00",
        "Ravi Mistry <ravimistry@icloud.com>",
        "Re: quiz team?",
        N,
        """Quiz at
the Marble Arch, 1st Tuesday of every month. We need someone who knows football and tax law,
so basically you.
""",
    ),
    uk(
        "ev02",
        "2025-10-07 22:10",
        "Sam Okoro <sam.okoro@gmail.com>",
        "Match report",
        N,
        """6-4 win lads.
Callum's own goal doesn't count because we won. MOTM Dean, again, sadly.
""",
    ),
    uk(
        "ev03",
        "2025-11-01 10:00",
        "Hollie Brandwood <hollie.brandwood@gmail.com>",
        "Hen/stag joint do??",
        N,
        """Marcus wants to do a joint hen/stag in Liverpool in May. Who's in? Poll in the group chat.
""",
    ),
    uk(
        "ev04",
        "2025-12-22 12:15",
        "Grace Whitley <gracewhitley@yahoo.co.uk>",
        "January book",
        N,
        """January's book is 'James' by Percival Everett. 20 January at Joel's and yours - if the new
flat is ready for visitors!?
""",
    ),
    uk(
        "ev05",
        "2026-02-08 20:30",
        SIS,
        "Thank you!!",
        N,
        """Thank you both for coming yesterday,
Amira hasn't stopped talking about Uncle Callum on the trampoline. The bunting was perfect. x
""",
    ),
    uk(
        "ev06",
        "2026-02-18 18:05",
        JOEL,
        "Packing list Lisbon",
        N,
        """Passports, adaptors, the
green rucksack, suncream (optimistic), your good shoes for the fado place. Anything else?
""",
    ),
    uk(
        "ev07",
        "2025-12-09 11:00",
        "Dean Kowalczyk <deankowalczyk@hotmail.co.uk>",
        "Re: GOT IT!!!",
        N,
        """Saturday it is. Bringing Sam. Mind you I start in January so this is my last week of freedom.
""",
        **reply("rf03", DEAN),
    ),
    uk(
        "ev08",
        "2025-09-25 19:12",
        MUM,
        "Your old room",
        N,
        """Dad's finally clearing your old room.
Do you want the CIMA revision books or can they go to the charity shop?

Mum x
""",
    ),
    uk(
        "ms01",
        "2025-10-18 09:30",
        "Royal Mail <no-reply@royalmail.com>",
        "We missed you - your item is at the delivery office",
        N,
        """We tried to deliver your item today but nobody was in. Collect from Manchester Central
delivery office after 12pm tomorrow or rebook delivery online. Ref: LF 5529 1082 5GB.
""",
    ),
    uk(
        "ms02",
        "2025-11-19 14:40",
        "Royal Mail Redirection <redirections@royalmail.com>",
        "Your Redirection has been set up",
        N,
        """Your mail redirection from your old address to
Apartment 14, Cotton Works will start on 24 November 2025 and run for 6 months.
""",
    ),
    uk(
        "ms03",
        "2025-12-20 09:00",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        N,
        """Receipt: iCloud+ 200 GB, £2.99 / month. Order ID: MTX91JK22.
""",
    ),
    uk(
        "ms04",
        "2026-01-14 12:05",
        "Uber Receipts <noreply@uber.com>",
        "Your Wednesday afternoon trip with Uber",
        N,
        """Thanks for riding, Callum. Total £11.42. Piccadilly Station to Cotton Works.
""",
    ),
    uk(
        "ms05",
        "2025-09-30 13:00",
        "Nationwide <nationwide@email.nationwide.co.uk>",
        "Your annual ISA statement",
        N,
        """Your Loyalty Single Access ISA statement for the year is ready to view in the Banking app.
""",
    ),
    uk(
        "ms06",
        "2025-11-21 16:10",
        "Nationwide <nationwide@email.nationwide.co.uk>",
        "Payment received - thank you",
        N,
        """We've received your transfer of £10,000.00. Your available balance has been updated.
""",
    ),
    uk(
        "ms07",
        "2026-01-25 10:00",
        "Guardian <newsletters@theguardian.com>",
        "Saturday edition: the big interview",
        N,
        """This week's big interview: the novelist who worked twenty years as a bookkeeper. Plus
recipes, crosswords and the best of the week.
""",
    ),
    uk(
        "ms08",
        "2025-10-26 09:00",
        "The Athletic <newsletters@theathletic.co.uk>",
        "The Briefing: clocks go back",
        N,
        """Clocks went back, and so did three managers' job security. Our weekend briefing.
""",
    ),
    uk(
        "ms09",
        "2025-12-31 12:00",
        "Duolingo <hello@duolingo.com>",
        "Your 2025 Year in Review",
        N,
        None,
        """<html><body><p>You learned 1,240 Portuguese words this year! Ready for Lisbon?</p></body></html>""",
    ),
    uk(
        "ms10",
        "2026-02-20 07:00",
        "easyJet <donotreply@easyjet.com>",
        "Your boarding passes",
        N,
        """Boarding passes for EZY1993 Manchester -> Lisbon, departing 06:40. Gate closes 30 minutes
before departure.
""",
    ),
    uk(
        "ms11",
        "2026-02-24 22:30",
        "Airbnb <automated@airbnb.com>",
        "Leave a review for Teresa",
        N,
        """How was your stay at 'Sunny loft in Alfama'? Reviews help the community.
""",
    ),
    uk(
        "ms12",
        "2025-12-05 08:00",
        "Octopus Energy <hello@octopus.energy>",
        "Switch confirmed",
        N,
        """Your switch from your previous supplier is complete. Final bill from them to follow.
""",
    ),
    uk(
        "ms13",
        "2025-12-04 10:45",
        "Community Fibre <hello@communityfibre.co.uk>",
        "You're connected!",
        N,
        """Your 1Gbps full fibre is live. Your router's Wi-Fi password is on the back of the box.
""",
    ),
    uk(
        "ms14",
        "2026-01-04 11:00",
        "Joel Ferreira <joel.ferreira88@gmail.com>",
        "Fwd: Currys delivery",
        N,
        """Can you be in Tuesday morning? I'm in Leeds.

---------- Forwarded message ---------
From: Currys <noreply@currys.co.uk>
Subject: Your delivery slot
Your delivery is booked for Tuesday 6 January, 07:00-09:00.
""",
    ),
    uk(
        "ms15",
        "2025-09-13 10:30",
        "Parkrun <noreply@parkrun.com>",
        "Your Heaton parkrun result",
        N,
        """Callum, well done on your 14th parkrun at Heaton today. Your time was 24:51.
""",
    ),
    uk(
        "ms16",
        "2025-10-10 17:30",
        "Waterstones <news@waterstones.com>",
        "Autumn's biggest books",
        N,
        None,
        """<html><body><p>New fiction, signed editions and our author interview of the month.</p></body></html>""",
    ),
    uk(
        "ms17",
        "2026-02-23 16:00",
        "Manchester Central Library <library@manchester.gov.uk>",
        "Items due back soon",
        N,
        """You have 2 items due back on 27 February. Renew online.
""",
    ),
    uk(
        "ms18",
        "2025-11-08 10:15",
        "Hearth Mortgages <hannah@hearthmortgages.co.uk>",
        "Protection review",
        N,
        """Hi Callum and Joel, now the purchase is nearly done, shall we look at life cover and income
protection? Let me know a time for a quick call.

Hannah
""",
    ),
]
