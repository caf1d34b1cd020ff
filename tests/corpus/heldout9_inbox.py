"""Everyday mail of the ninth held-out corpus, not about jobs, with look-alikes on purpose
(do not use for tuning)."""

# Hand-written mail keeps the line lengths its senders would use.
# ruff: noqa: E501

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

GMT, BST, WET, WEST, CET, CEST = "+0000", "+0100", "+0000", "+0100", "+0100", "+0200"
N = ("not_job", "en")
NPT = ("not_job", "pt")
NES = ("not_job", "es")
NFR = ("not_job", "fr")

AMMA = "Lakshmi Natarajan <lakshmi.natarajan54@gmail.com>"
ARJUN = "Arjun Natarajan <arjun.nat@icloud.com>"
HANNAH = "Hannah Sutcliffe <hannahsutcliffe@gmail.com>"
INES = "Inês Figueiredo <ines.figueiredo@sapo.pt>"
LETTINGS = "Hadley & Bright Lettings <lettings@hadleybright.co.uk>"
MONZO = "Monzo <help@monzo.com>"
AMAZON = "Amazon.co.uk <auto-confirm@amazon.co.uk>"
LI = "LinkedIn <notifications-noreply@linkedin.com>"
TRAIN = "Trainline <auto-confirm@info.thetrainline.com>"

MAIL: list[dict[str, Any]] = [
    m(
        "9301",
        "2025-01-02 10:14",
        AMMA,
        "Pongal plans",
        N,
        text="""Kanna,

Happy new year again! Appa wants to know if you and Arjun are coming to Leicester for Pongal on
the 14th or the weekend after. Chitti is making sakkarai pongal and she says she will not make it
twice so please decide quickly :)

Also did you get the parcel with the shawl? Royal Mail tracking says delivered but I don't trust.

Love,
Amma
""",
        tz=GMT,
    ),
    m(
        "9302",
        "2025-01-02 18:40",
        "Octopus Energy <hello@octopus.energy>",
        "Your latest Octopus bill is ready",
        N,
        text="""Hi Priya,

Your bill for 1 December - 31 December 2024 is ready.

Total charges: £96.42
Your balance: £31.18 in credit

We'll take your next Direct Debit of £85.00 on 15 January.

View your bill: https://octopus.energy/dashboard/

Octopus Energy
""",
        tz=GMT,
    ),
    m(
        "9303",
        "2025-01-03 08:05",
        "Mind the Product <hello@mindtheproduct.com>",
        "The product ops hiring boom, and what it means for you",
        N,
        html="""<html><body style="font-family:Georgia,serif">
<h2>This week in product</h2>
<p><b>The product ops hiring boom.</b> Product operations roles grew 40% in 2024. We interviewed
five heads of product ops about what they look for when hiring and how to switch in from customer
success or support.</p>
<p><b>Roadmaps are dead, long live roadmaps.</b> A panel discussion from #mtpcon London.</p>
<p><b>Events:</b> Product Ops Meetup Manchester, 28 January, at Bruntwood Works.</p>
<p><a href="https://www.mindtheproduct.com/newsletter">Read online</a> | Unsubscribe</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9304",
        "2025-01-04 11:22",
        HANNAH,
        "sunday?",
        N,
        text="""Are you still up for the Whitworth on Sunday? Then lunch at that Sri Lankan place on
Oxford Road? I need to hear everything about the job hunt and you need to hear everything about
my disaster of a new year's eve.

x
""",
        tz=GMT,
    ),
    m(
        "9305",
        "2025-01-05 14:15",
        AMAZON,
        "Your Amazon.co.uk order #204-5512398-7741120",
        N,
        html="""<html><body style="font-family:Arial">
<p>Hello Priya,</p>
<p>Thank you for your order. We'll send a confirmation when your item ships.</p>
<p><b>Arriving Tuesday 7 January</b></p>
<p>Anker USB-C Hub, 7-in-1 &nbsp; &pound;29.99<br>
"Inspired: How to Create Tech Products Customers Love" (Paperback) &nbsp; &pound;18.49</p>
<p>Order total: &pound;48.48</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9306",
        "2025-01-06 09:30",
        MONZO,
        "Your December summary",
        N,
        text="""Hi Priya,

Here's how December went:
Spent: £1,942.10 (Eating out £214, Groceries £302, Transport £188, Bills £880)
Biggest merchant: Tesco

Your Holiday pot reached £1,150. Nice work!

Monzo
""",
        tz=GMT,
    ),
    m(
        "9307",
        "2025-01-07 17:50",
        LETTINGS,
        "Your application for 14 Ancoats Gardens",
        N,
        text="""Dear Priya,

Thank you for your application to rent Apartment 6, 14 Ancoats Gardens, Manchester M4 6DL
(£1,250 pcm).

The landlord has reviewed the offers received and would like to proceed with your application,
subject to satisfactory referencing. Our referencing partner, Goodlord, will be in touch within
24 hours to collect your employment and income details.

A holding deposit of one week's rent (£288.46) is now payable to secure the property.

Kind regards,

Zara Holt
Lettings Negotiator
Hadley & Bright Lettings, 32 Tib Street, Manchester
""",
        tz=GMT,
    ),
    m(
        "9308",
        "2025-01-08 08:12",
        "Goodlord <noreply@goodlord.co>",
        "Complete your tenant reference for Hadley & Bright Lettings",
        N,
        text="""Hi Priya,

Hadley & Bright Lettings has asked us to reference you for 14 Ancoats Gardens.

To complete your application you'll need:
- your employer's contact details and your current salary
- your last 3 months of bank statements or payslips
- your current landlord's details

It takes about 15 minutes: https://app.goodlord.co/references/aYp3

Goodlord
""",
        tz=GMT,
    ),
    m(
        "9309",
        "2025-01-08 19:03",
        ARJUN,
        "Re: Pongal plans",
        N,
        text="""I can drive us both down on Saturday 18th if that works? Leaving Manchester around 9.
Tell Amma not to make the whole street's worth of vadai this time.

A

On Thu, 2 Jan 2025 at 10:14, Lakshmi Natarajan wrote:
> Happy new year again! Appa wants to know if you and Arjun are coming to Leicester...
""",
        headers=reply("9301", AMMA),
        tz=GMT,
    ),
    m(
        "9310",
        "2025-01-10 07:45",
        "Royal Mail <no-reply@royalmail.com>",
        "Your item has been delivered",
        N,
        text="""Hi Priya,

Your item with reference FJ 1841 2093 5GB was delivered on 10 January at 07:41.

Left with: neighbour at number 4

Royal Mail
""",
        tz=GMT,
    ),
    m(
        "9311",
        "2025-01-11 10:00",
        "parkrun UK <results@parkrun.com>",
        "Heaton parkrun results for event #612",
        N,
        text="""Hi Priya,

Congratulations on completing Heaton parkrun event #612 today.

Your time was 00:29:47 - that's a new PB!
You finished in 214th place and were the 51st female.

Thank you to the 28 volunteers who made it happen.

parkrun
""",
        tz=GMT,
    ),
    m(
        "9312",
        "2025-01-13 12:30",
        "Pennant Bank <no-reply@pennantbank.co.uk>",
        "Your credit card application",
        N,
        text="""Dear Ms Natarajan,

Thank you for applying for a Pennant Rewards Credit Card.

Good news - your application has been approved with a credit limit of £4,500 and a
representative APR of 24.9% (variable). Your card will arrive within 5 working days, with your
PIN following separately.

Pennant Bank plc. Authorised by the Prudential Regulation Authority.
""",
        tz=GMT,
    ),
    m(
        "9313",
        "2025-01-14 09:18",
        LETTINGS,
        "Referencing complete - tenancy agreement",
        N,
        text="""Dear Priya,

Good news - your references have come back and the landlord is happy to proceed. Your move-in
date is confirmed as Saturday 1 February.

You'll shortly receive the tenancy agreement via DocuSign. Please sign it and pay the balance
of the first month's rent and the deposit (£1,442.30) by 27 January.

Kind regards,
Zara Holt
""",
        tz=GMT,
    ),
    m(
        "9314",
        "2025-01-14 09:40",
        "Zara Holt via Docusign <dse@eumail.docusign.net>",
        "Please DocuSign: AST - Apt 6, 14 Ancoats Gardens - Natarajan",
        N,
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Zara Holt sent you a document to review and sign.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=77b1">REVIEW DOCUMENT</a></p>
<p>Hi Priya, please find your Assured Shorthold Tenancy agreement attached. Thanks, Zara</p>
<p style="font-size:11px;color:#666">Do Not Share This Email.</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9315",
        "2025-01-15 21:05",
        "Docusign <dse@eumail.docusign.net>",
        "Completed: AST - Apt 6, 14 Ancoats Gardens - Natarajan",
        N,
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>All parties have completed Please DocuSign: AST - Apt 6, 14 Ancoats Gardens - Natarajan.</p>
<p><a href="https://eu.docusign.net/Member/EmailStart.aspx?m=51d0">VIEW COMPLETED DOCUMENT</a></p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9316",
        "2025-01-16 08:00",
        LI,
        "Amaka Eze started a new position at Fathom",
        N,
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<p>Congratulate Amaka on starting a new position</p>
<p><b>Amaka Eze</b> started a new position as Head of Customer Success at Fathom.</p>
<p><a href="https://www.linkedin.com/feed/">Say congrats</a></p>
<p style="font-size:11px;color:#666">You are receiving notification emails. Unsubscribe.</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9317",
        "2025-01-17 13:22",
        TRAIN,
        "Your booking confirmation: Manchester Piccadilly to London Euston",
        N,
        text="""Hi Priya,

Thanks for booking with Trainline.

Outward: Thu 13 Feb 2025, Manchester Piccadilly 07:35 -> London Euston 09:43 (Avanti West Coast)
Return: Fri 14 Feb 2025, London Euston 17:40 -> Manchester Piccadilly 19:53

Ticket type: Advance Single x 2, with 16-25/26-30 Railcard
Total paid: £63.40

Your e-tickets are in the Trainline app.
""",
        tz=GMT,
    ),
    m(
        "9318",
        "2025-01-19 20:10",
        AMMA,
        "photos from pongal",
        N,
        text="""Sent from my iPad. Arjun took these, he says the blurry ones are art.

Safe journey back both of you. Text me when you reach.

Amma
""",
        attach=[("IMG_4412.txt", "text/plain", "(photo)")],
        tz=GMT,
    ),
    m(
        "9319",
        "2025-01-20 11:35",
        "Spotify <no-reply@spotify.com>",
        "Your Premium price is changing",
        N,
        text="""Hi Priya,

From your March billing date, the price of Spotify Premium Individual will change from £11.99 to
£12.99 per month. You don't need to do anything to keep listening.

Spotify
""",
        tz=GMT,
    ),
    m(
        "9320",
        "2025-01-21 18:00",
        "Customer Success Uncut <hosts@csuncut.fm>",
        "Would you come on the podcast?",
        N,
        text="""Hi Priya,

I'm Rob, co-host of Customer Success Uncut (about 8k listeners, mostly CSMs in the UK and
Ireland). We loved your talk at the Manchester CS meetup about cutting onboarding time in half.

Would you be up for a 40 minute interview for an episode in February? It's very informal - we
record on Riverside and send you the questions a week before.

Cheers,
Rob Gallagher
Customer Success Uncut
""",
        tz=GMT,
    ),
    m(
        "9321",
        "2025-01-23 10:05",
        "Customer Success Uncut <hosts@csuncut.fm>",
        "Invitation: CS Uncut recording - Priya Natarajan @ Tue 11 Feb 2025 6pm - 7pm (GMT)",
        N,
        text="""CS Uncut recording - Priya Natarajan
Tuesday 11 February 2025 18:00 - 19:00 (Greenwich Mean Time)

Interview for episode 87 "From onboarding to outcomes". Riverside link in the description.

Invitation from Google Calendar
""",
        ics={
            "start": "2025-02-11 18:00:00 +0000",
            "uid": "7ho2csuncut87@google.com",
            "organizer": ("Rob Gallagher", "hosts@csuncut.fm"),
            "summary": "CS Uncut recording - Priya Natarajan",
            "description": "Podcast interview, episode 87. Studio: https://riverside.fm/studio/cs-uncut",
            "location": "https://riverside.fm/studio/cs-uncut",
        },
        tz=GMT,
    ),
    m(
        "9322",
        "2025-01-24 16:45",
        "Ancoats Dental Practice <reception@ancoatsdental.co.uk>",
        "Appointment reminder",
        N,
        text="""Dear Priya,

This is a reminder of your check-up and hygienist appointment on Thursday 30 January at 8:15am
with Dr Malik.

Please reply C to confirm or call us on 0161 555 0142 to rearrange. Missed appointments may be
charged.

Ancoats Dental Practice
""",
        tz=GMT,
    ),
    m(
        "9323",
        "2025-01-25 09:12",
        "Evri <no-reply@evri.com>",
        "Your parcel is on its way",
        N,
        text="""Your parcel from ASOS will be delivered today between 10:15 and 12:15.

Tracking number: H01KDA0052881044

Evri
""",
        tz=GMT,
    ),
    m(
        "9324",
        "2025-01-27 19:20",
        "Keyway Mortgages <hello@keywaymortgages.co.uk>",
        "Your Mortgage in Principle is ready",
        N,
        text="""Hi Priya,

Great news! Based on the information you gave us, lenders could offer you up to £212,000.

Your Mortgage in Principle is valid for 90 days. It isn't a mortgage offer - you'll need to
submit a full application once you've found a property, and the lender will then carry out a
full credit check and valuation.

Book a call with your adviser, Kemi: https://keywaymortgages.co.uk/book

Keyway Mortgages
""",
        tz=GMT,
    ),
    m(
        "9325",
        "2025-01-28 12:00",
        "Lenny's Newsletter <lenny@substack.com>",
        "How to nail the product sense interview",
        N,
        html="""<html><body style="font-family:Georgia,serif">
<p>\U0001f44b Hey, I'm Lenny and welcome to a free edition of my weekly newsletter.</p>
<h2>How to nail the product sense interview</h2>
<p>After talking to 20 hiring managers at companies like Stripe and Airbnb, here's the framework
that separates candidates who get offers from those who don't...</p>
<p>Also this week: how to hire your first PM, and what interviewers actually write in their
scorecards.</p>
<p><a href="https://www.lennysnewsletter.com/p/product-sense">Read more</a></p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9326",
        "2025-01-29 08:30",
        "Virgin Media <offers@virginmedia.co.uk>",
        "Priya, an exclusive offer just for you",
        N,
        html="""<html><body style="font-family:Arial">
<p>Hi Priya,</p>
<p>As a valued customer, we're offering you <b>1Gig broadband for just &pound;35 a month</b> for
18 months - that's half price. This offer is only available until 9 February.</p>
<p><a href="https://www.virginmedia.com/offers">Claim your offer</a></p>
<p style="font-size:10px">Terms apply. New 18 month contract required.</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9327",
        "2025-01-31 17:45",
        LETTINGS,
        "Keys and check-in",
        N,
        text="""Hi Priya,

Your keys will be ready to collect from our Tib Street office from 10am tomorrow. Please bring
photo ID. The inventory clerk will meet you at the flat at 12 for the check-in.

Welcome to Ancoats!
Zara
""",
        tz=GMT,
    ),
    m(
        "9328",
        "2025-02-01 20:11",
        HANNAH,
        "Re: sunday?",
        N,
        text="""Send me photos of the new flat!!! Also I'm in Manchester the weekend of the 22nd if you
want a house guest who brings prosecco.

x

On Sat, 4 Jan 2025 at 11:22, Hannah Sutcliffe wrote:
> Are you still up for the Whitworth on Sunday?
""",
        headers=reply("9304", HANNAH),
        tz=GMT,
    ),
    m(
        "9329",
        "2025-02-03 10:00",
        "Manchester City Council <noreply@manchester.gov.uk>",
        "Council Tax - new account",
        N,
        text="""Dear Ms P Natarajan

Council Tax account number: 4011827731
Property: Apartment 6, 14 Ancoats Gardens, Manchester, M4 6DL
Band: B

We have set up a new Council Tax account from 01/02/2025. Your bill will follow by post.
You may be eligible for a 25% single person discount - apply online at manchester.gov.uk.

Revenues and Benefits Unit
""",
        tz=GMT,
    ),
    m(
        "9330",
        "2025-02-04 09:15",
        "Manchester City Council <noreply@manchester.gov.uk>",
        "Single person discount - application received",
        N,
        text="""Dear Ms P Natarajan

Thank you for your application for single person discount. We have received your application
(reference SPD-2291045) and will process it within 10 working days. You do not need to contact
us in the meantime.

Revenues and Benefits Unit
Manchester City Council
""",
        tz=GMT,
    ),
    m(
        "9331",
        "2025-02-05 12:50",
        "Deliveroo <noreply@deliveroo.co.uk>",
        "Your order from Rudy's Pizza",
        N,
        text="""Thanks for your order, Priya!

Rudy's Pizza - Ancoats
1x Margherita
1x Nduja & Honey
1x Garlic bread

Total: £27.85 (incl. delivery fee £1.99)
""",
        tz=GMT,
    ),
    m(
        "9332",
        "2025-02-06 07:20",
        INES,
        "Olá!!",
        NPT,
        text="""Olá Priya!

Então, como vai a procura de emprego? A Sofia disse-me que estás a pensar em trabalhar
remotamente para Portugal - se precisares de alguma ajuda com o português, diz! :)

E quando é que vens a Lisboa? Abril está lindo cá. Temos o quarto de hóspedes livre.

Beijinhos,
Inês
""",
        tz=WET,
    ),
    m(
        "9333",
        "2025-02-07 18:30",
        "Pennant Bank <no-reply@pennantbank.co.uk>",
        "Your card has been dispatched",
        N,
        text="""Dear Ms Natarajan,

Your new Pennant Rewards Credit Card ending 4417 has been dispatched and should arrive within
3 working days. Activate it in the Pennant app.

Pennant Bank plc
""",
        tz=GMT,
    ),
    m(
        "9334",
        "2025-02-08 10:05",
        LI,
        "You appeared in 23 searches this week",
        N,
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<p>Priya, your profile appeared in 23 searches this week.</p>
<p>You were found by people from Fathom, Kitewell and Salford Business School.</p>
<p>Keywords: customer success, onboarding, SaaS</p>
<p><a href="https://www.linkedin.com/me/search-appearances/">See all searches</a></p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9335",
        "2025-02-09 19:40",
        AMMA,
        "Chennai wedding",
        N,
        text="""Kanna,

Revathi's wedding date is fixed: 7 September in Chennai, reception the day after. Your Perima
is asking if you will come. I said of course! You must book leave early this time.
Arjun says he will try.

Also I sent you the recipe for the mor kuzhambu you asked, it is in WhatsApp.

Amma
""",
        tz=GMT,
    ),
    m(
        "9336",
        "2025-02-10 14:10",
        "Customer Success Uncut <hosts@csuncut.fm>",
        "Interview questions for tomorrow",
        N,
        text="""Hi Priya,

Here are the questions for tomorrow's recording, just so nothing surprises you:

1. Tell us how you got into customer success.
2. What did you change to cut onboarding time in half?
3. What's one metric CS teams obsess over that they shouldn't?
4. Where do you see CS and product working together better?

See you at 6!
Rob
""",
        headers=reply("9320", "hosts@csuncut.fm"),
        tz=GMT,
    ),
    m(
        "9337",
        "2025-02-12 08:50",
        "Avanti West Coast <noreply@avantiwestcoast.co.uk>",
        "Your journey tomorrow",
        N,
        text="""Hi Priya,

Your journey: Manchester Piccadilly 07:35 to London Euston, Thursday 13 February.
Coach C, seat 42 (forward facing, window).

Planned engineering works may affect services north of Crewe. Check before you travel.

Avanti West Coast
""",
        tz=GMT,
    ),
    m(
        "9338",
        "2025-02-14 21:30",
        "Booking.com <noreply@booking.com>",
        "How was your stay at The Hoxton, Holborn?",
        N,
        text="""Hi Priya,

Thanks for staying at The Hoxton, Holborn. Could you take a couple of minutes to review your
stay? Your review helps other travellers.

Booking.com
""",
        tz=GMT,
    ),
    m(
        "9339",
        "2025-02-16 11:11",
        "Strava <no-reply@strava.com>",
        "Rohan and 3 others gave you kudos",
        N,
        text="""Rohan Mehta, Jess Kirby, Tom W and Hannah Sutcliffe gave you kudos on "Sunday long run
along the canal" (12.4 km).

Strava
""",
        tz=GMT,
    ),
    m(
        "9340",
        "2025-02-17 09:00",
        "Northfold Business School <admissions@northfold.ac.uk>",
        "Application received: PG Certificate in Product Management (part-time)",
        N,
        text="""Dear Priya,

Thank you for your application to the Postgraduate Certificate in Product Management
(part-time, September 2025 entry). Your application number is NBS-25-00871.

Our admissions team will assess your application and you can expect a decision within four to
six weeks. If we need further information, such as your degree transcript, we will contact you.

Admissions Office
Northfold Business School
""",
        tz=GMT,
    ),
    m(
        "9341",
        "2025-02-18 12:30",
        "Pendo <events@pendo.io>",
        "You're registered: Product Ops in 2025 - webinar",
        N,
        text="""Hi Priya,

You're registered for "Product Ops in 2025: From Tooling to Strategy".

Date: Tuesday 4 March 2025, 4pm GMT
Speakers: heads of product operations from three European scale-ups

Add to calendar using the attached invitation. We'll send you the recording afterwards.

The Pendo Events team
""",
        ics={
            "start": "2025-03-04 16:00:00 +0000",
            "uid": "pendo-webinar-po2025@pendo.io",
            "organizer": ("Pendo Events", "events@pendo.io"),
            "summary": "Webinar: Product Ops in 2025 - From Tooling to Strategy",
            "location": "https://pendo.zoom.us/webinar/register/WN_po2025",
        },
        tz=GMT,
    ),
    m(
        "9342",
        "2025-02-19 20:15",
        "Vinted <no-reply@vinted.co.uk>",
        "Your offer was accepted!",
        N,
        text="""Good news, Priya! vintagequeen_mcr accepted your offer of £18.00 for "Barbour wax jacket,
size 12, olive".

Complete your purchase in the next 24 hours: https://www.vinted.co.uk/inbox

Vinted
""",
        tz=GMT,
    ),
    m(
        "9343",
        "2025-02-21 16:00",
        "The Guardian <newsletters@theguardian.com>",
        "The Long Read: Why nobody wants to be a manager any more",
        N,
        html="""<html><body style="font-family:Georgia,serif">
<p><b>The Long Read</b></p>
<p>Why nobody wants to be a manager any more. Middle managers are being cut, burned out and asked
to do more with less. We interviewed two dozen of them.</p>
<p>Plus: the strange afterlife of the office Christmas party.</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9344",
        "2025-02-22 09:15",
        "Three <noreply@three.co.uk>",
        "Your Three bill is ready",
        N,
        text="""Hi Priya, your Three bill for 07712 xxx 093 is £18.00. We'll collect it by Direct Debit
on 28 February. View your bill in the Three app.
""",
        tz=GMT,
    ),
    m(
        "9345",
        "2025-02-24 18:45",
        ARJUN,
        "Mum's 70th",
        N,
        text="""Priya,

Thinking we do something for Amma's 70th in May. Maybe a surprise lunch at Bobby's in Leicester
with the Coventry lot? I can sort the booking if you deal with the cake. Don't tell her.

Arjun
""",
        tz=GMT,
    ),
    m(
        "9346",
        "2025-02-26 08:10",
        "NHS App <noreply@nhsapp.service.nhs.uk>",
        "Appointment confirmed: Ancoats Medical Centre",
        N,
        text="""Your appointment is confirmed.

Ancoats Medical Centre
With: Dr Helen Brady (GP)
When: Monday 3 March 2025, 09:40
Type: Face to face

If you can no longer attend, please cancel in the NHS App so someone else can use the slot.
""",
        ics={
            "start": "2025-03-03 09:40:00 +0000",
            "minutes": 10,
            "uid": "nhsapp-appt-77120931",
            "organizer": ("Ancoats Medical Centre", "noreply@nhsapp.service.nhs.uk"),
            "summary": "GP appointment - Dr Helen Brady",
            "location": "Ancoats Medical Centre, 10 Old Mill Street, M4 6EE",
        },
        tz=GMT,
    ),
    m(
        "9347",
        "2025-02-27 21:02",
        HANNAH,
        "thank you",
        N,
        text="""Thanks for having me at the weekend!! The flat is gorgeous. I've left my phone charger
in your spare room I think, no rush. Good luck with the half marathon training - you'll smash it.

x
""",
        tz=GMT,
    ),
    m(
        "9348",
        "2025-02-28 07:00",
        "Substack <no-reply@substack.com>",
        "New post from The Product Ops Digest",
        N,
        text="""The Product Ops Digest - Issue 41

This month: we interviewed the team behind Monzo's product ops function, a template for a
quarterly business review, and the five tools every product ops person ends up owning.

Hiring corner: we don't list jobs, but we do explain how to spot a product ops role that's
really a project manager role in disguise.

Read it: https://productopsdigest.substack.com/p/issue-41
""",
        tz=GMT,
    ),
    m(
        "9349",
        "2025-03-01 10:20",
        "parkrun UK <results@parkrun.com>",
        "Heaton parkrun results for event #619",
        N,
        text="""Hi Priya,

Congratulations on completing Heaton parkrun event #619 today.

Your time was 00:30:12. You finished in 188th place and were the 44th female.

parkrun
""",
        tz=GMT,
    ),
    m(
        "9350",
        "2025-03-02 19:30",
        INES,
        "Re: Olá!!",
        NPT,
        text="""Boa!! Então ficas connosco de 17 a 21 de abril? Vou avisar o Duarte. Se quiseres
podemos ir a Sintra no sábado, e no domingo há almoço em casa dos meus pais em Setúbal.

Manda-me o número do voo quando tiveres.

Beijinhos
Inês

Em qui., 6/02/2025 às 21:40, Priya Natarajan escreveu:
> Inês!! Saudades! Abril parece perfeito, talvez na Páscoa?
""",
        headers=reply("9332", INES),
        tz=WET,
    ),
    m(
        "9351",
        "2025-03-03 14:40",
        "easyJet <booking@easyjet.com>",
        "Your booking is confirmed: Manchester to Lisbon",
        N,
        text="""Hi Priya,

Thanks for booking with easyJet. Your booking reference is K7RW2QX.

Outbound: Thu 17 Apr 2025, EZY1937, Manchester (MAN) 06:40 -> Lisbon (LIS) 09:35
Return: Mon 21 Apr 2025, EZY1938, Lisbon (LIS) 10:15 -> Manchester (MAN) 13:05

Passenger: Ms Priya Natarajan, 1 x cabin bag
Total paid: £187.96
""",
        tz=GMT,
    ),
    m(
        "9352",
        "2025-03-04 17:15",
        "Pendo <events@pendo.io>",
        "Starting in 45 minutes: Product Ops in 2025",
        N,
        text="""Hi Priya, the webinar starts in 45 minutes. Join here: https://pendo.zoom.us/j/8812

See you there!
Pendo Events
""",
        tz=GMT,
    ),
    m(
        "9353",
        "2025-03-05 11:02",
        MONZO,
        "You've been paid",
        N,
        text="""Fathom Software Ltd paid you £2,812.44. Your Salary Sorter has moved £600 into Bills and
£250 into Holiday.
""",
        tz=GMT,
    ),
    m(
        "9354",
        "2025-03-06 20:00",
        "Netflix <info@mailer.netflix.com>",
        "New on Netflix: this week's picks",
        N,
        html="""<html><body style="font-family:Arial">
<p>Priya, here's what's new this week.</p>
<p><b>Adolescence</b> - a four-part drama. <b>The Residence</b> - a White House murder mystery.</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9355",
        "2025-03-07 08:45",
        "Kinfolk Loans <decisions@kinfolkloans.co.uk>",
        "Your loan application - decision",
        N,
        text="""Dear Priya,

Thank you for your application for a personal loan of £6,000 over 36 months.

We're pleased to tell you that your application has been approved at a fixed rate of 7.4% APR.
Your monthly repayment would be £186.05. Please review and sign your credit agreement online
within 14 days to accept this offer.

Kinfolk Loans Ltd is authorised and regulated by the Financial Conduct Authority.
""",
        tz=GMT,
    ),
    m(
        "9356",
        "2025-03-07 21:12",
        ARJUN,
        "re: the loan",
        N,
        text="""Honestly just wait until you've got the new job sorted before you buy a car, you don't need
a loan right now. The bus to the Northern Quarter is fine!

Also cake for Amma - Amma likes the pistachio one from Sugar Junction. Just saying.

A
""",
        tz=GMT,
    ),
    m(
        "9357",
        "2025-03-09 10:30",
        "Experian <noreply@experian.co.uk>",
        "Your Experian Credit Score has changed",
        N,
        text="""Hi Priya,

Your Experian Credit Score has gone down by 18 points to 921 (Excellent). This may be because of
a recent credit application or a new credit account.

Log in to see what's changed: https://www.experian.co.uk/login

Experian
""",
        tz=GMT,
    ),
    m(
        "9358",
        "2025-03-11 13:13",
        LI,
        "Sam Okoro shared a post: \u201cI'm hiring!\u201d",
        N,
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<p><b>Sam Okoro</b> shared a post</p>
<p>After 6 amazing years at Fathom, I'm moving on! Thank you to everyone who made it such a
special place - especially the CS team. More news soon. \U0001f680</p>
<p>148 reactions &middot; 62 comments</p>
<p><a href="https://www.linkedin.com/feed/update/urn:li:activity:73044/">View post</a></p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "9359",
        "2025-03-12 19:45",
        "Manchester Volunteer Centre <hello@volunteermcr.org.uk>",
        "Thank you for your volunteer application",
        N,
        text="""Dear Priya,

Thank you for applying to volunteer as a Digital Champion at Ancoats Community Library. We'd like
to invite you to a short informal chat (about 20 minutes) so we can get to know you.

Do you have time on a Saturday morning in the next couple of weeks?

Best wishes,
Fiona
Volunteer Coordinator, Manchester Volunteer Centre
""",
        tz=GMT,
    ),
    m(
        "9360",
        "2025-03-14 15:00",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple.",
        N,
        text="""Receipt

Apple ID: priya.natarajan@lumenpost.co.uk
Date: 14 Mar 2025
Order ID: MXL81PQZ2

iCloud+ with 200 GB storage (Monthly) £2.99

Apple Distribution International Ltd.
""",
        tz=GMT,
    ),
    m(
        "9361",
        "2025-03-16 17:20",
        AMMA,
        "Re: Chennai wedding",
        N,
        text="""OK so Perima has sent the invitation card photo. I will forward it to you on WhatsApp.
Please tell me your dates by end of this month so Appa can book all tickets together, it is
cheaper.

Amma
""",
        headers=reply("9335", AMMA),
        tz=GMT,
    ),
    m(
        "9362",
        "2025-03-18 09:30",
        "Northfold Business School <admissions@northfold.ac.uk>",
        "Your offer of a place - PG Certificate in Product Management",
        N,
        text="""Dear Priya,

Congratulations! We are delighted to make you an unconditional offer of a place on the
Postgraduate Certificate in Product Management (part-time), starting 22 September 2025.

Please accept your offer through the applicant portal by 30 April 2025. Tuition fees for the
programme are £6,450. Information about our employer sponsorship scheme is attached.

We look forward to welcoming you to Northfold.

Admissions Office
Northfold Business School
""",
        tz=GMT,
    ),
    m(
        "9363",
        "2025-03-19 12:12",
        "Manchester Volunteer Centre <hello@volunteermcr.org.uk>",
        "Re: Thank you for your volunteer application",
        N,
        text="""Lovely - Saturday 29th at 10:30 at the library it is. Ask for me at the front desk.

Fiona

> Hi Fiona, Saturday 29 March would be great, any time in the morning. Priya
""",
        headers=reply("9359", "hello@volunteermcr.org.uk"),
        tz=GMT,
    ),
    m(
        "9364",
        "2025-03-21 18:05",
        "Ocado <customerservices@ocado.com>",
        "Your Ocado order is confirmed",
        N,
        text="""Hi Priya,

Your order will be delivered on Saturday 22 March between 9:00 and 10:00.

Order number: 3318877201
Items: 34
Total: £86.12 (includes 3 offers saving you £6.40)

Ocado
""",
        tz=GMT,
    ),
    m(
        "9365",
        "2025-03-24 08:30",
        "Ancoats Dental Practice <reception@ancoatsdental.co.uk>",
        "Your treatment plan",
        N,
        text="""Dear Priya,

Following your appointment, please find below your NHS treatment plan:
- 1x filling (lower left molar) - Band 2, £73.50

Your next appointment is on Tuesday 8 April at 17:10. See you then.

Ancoats Dental Practice
""",
        tz=GMT,
    ),
    m(
        "9366",
        "2025-03-25 10:40",
        "HM Passport Office <noreply@passport.service.gov.uk>",
        "Your passport application has been received",
        N,
        text="""Dear Priya Natarajan,

We've received your passport application and supporting documents.

Application reference: 1471-2290-5531-8830

We'll contact you if we need more information. You can track your application online. Most
applications are processed within 3 weeks.

HM Passport Office
""",
        tz=GMT,
    ),
    m(
        "9367",
        "2025-03-27 20:30",
        "Vinted <no-reply@vinted.co.uk>",
        "Your item sold!",
        N,
        text="""Congratulations, Priya! "Zara blazer, navy, size M" has been sold for £22.00.

Send it within 5 working days using the prepaid label. Evri drop-off points near you:
Ancoats Co-op, Great Ancoats Street.

Vinted
""",
        tz=GMT,
    ),
    m(
        "9368",
        "2025-03-29 13:45",
        HANNAH,
        "Easter",
        N,
        text="""You lucky thing, Lisbon!! Bring me back pastéis de nata (I know they won't survive).

I'm at my mum's in Hebden Bridge over Easter. Drinks when you're back? Also I've just been made
redundant-proof for another year, my boss told me today, so I'm buying.

x
""",
        tz=GMT,
    ),
    m(
        "9369",
        "2025-03-31 09:00",
        "Octopus Energy <hello@octopus.energy>",
        "Time to submit a meter reading",
        N,
        text="""Hi Priya,

Price changes are coming on 1 April. Submit your meter readings today so we can bill you
accurately: https://octopus.energy/dashboard/meter-readings

Octopus Energy
""",
        tz=BST,
    ),
    m(
        "9370",
        "2025-04-01 19:00",
        "Customer Success Uncut <hosts@csuncut.fm>",
        "Your episode is live!",
        N,
        text="""Hi Priya,

Episode 87 "From onboarding to outcomes" with you is live now on Spotify, Apple Podcasts and
our website! It's already our most downloaded episode of the month.

Thanks again for doing the interview - feel free to share it on LinkedIn and tag us.

Rob
""",
        tz=BST,
    ),
    m(
        "9371",
        "2025-04-02 08:05",
        LI,
        "Your post is getting attention",
        N,
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<p>Your post "Had so much fun chatting to Rob on CS Uncut about onboarding..." has 92 reactions
and 14 comments.</p>
<p><a href="https://www.linkedin.com/feed/">See who reacted</a></p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9372",
        "2025-04-03 17:40",
        "HM Passport Office <noreply@passport.service.gov.uk>",
        "Your new passport has been sent",
        N,
        text="""Dear Priya Natarajan,

Your new passport has been printed and sent by secure delivery (DPD). You'll get a separate text
or email from DPD with a delivery date. Your old passport will be returned separately.

HM Passport Office
""",
        tz=BST,
    ),
    m(
        "9373",
        "2025-04-05 10:20",
        "parkrun UK <results@parkrun.com>",
        "Heaton parkrun results for event #624",
        N,
        text="""Hi Priya,

Congratulations on completing Heaton parkrun event #624 today.

Your time was 00:28:55 - that's a new PB!

parkrun
""",
        tz=BST,
    ),
    m(
        "9374",
        "2025-04-06 18:30",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - Sevilla, 30 May - 2 Jun",
        N,
        text="""Pack your bags, Priya! You're going to Sevilla.

Casa del Limonero - Barrio Santa Cruz
Check-in: Fri 30 May, after 15:00
Checkout: Mon 2 Jun, before 11:00
Guests: 2

Host: Manuela
Total: £412.20
""",
        tz=BST,
    ),
    m(
        "9375",
        "2025-04-07 09:12",
        "Manuela Ortiz <manuela.casalimonero@gmail.com>",
        "Bienvenida a Casa del Limonero",
        NES,
        text="""¡Hola Priya!

Muchas gracias por tu reserva. Os esperamos el 30 de mayo. La casa está a cinco minutos andando
de la catedral. Unos días antes te mandaré el código de la puerta y algunas recomendaciones de
bares de tapas del barrio.

Si necesitáis algo, escríbeme por aquí o por WhatsApp.

Un abrazo,
Manuela
""",
        tz=CEST,
    ),
    m(
        "9376",
        "2025-04-08 11:11",
        "Mind the Product <hello@mindtheproduct.com>",
        "Interviewing for product roles? Read this first",
        N,
        html="""<html><body style="font-family:Georgia,serif">
<h2>This week in product</h2>
<p><b>Interviewing for product roles?</b> Our community shares the questions they were asked in
2025 - from estimation questions to "tell me about a time you said no to a customer".</p>
<p><b>Hiring a product ops person?</b> Three job descriptions we love, and why.</p>
<p><a href="https://www.mindtheproduct.com/newsletter">Read online</a></p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9377",
        "2025-04-10 16:30",
        "DPD <noreply@dpd.co.uk>",
        "Your DPD parcel from HM Passport Office",
        N,
        text="""Hi Priya, your parcel from HM Passport Office will be delivered tomorrow between 11:12 and
12:12. A signature is required.
""",
        tz=BST,
    ),
    m(
        "9378",
        "2025-04-11 20:20",
        INES,
        "voo",
        NPT,
        text="""Recebi o número do voo! Vou buscar-te ao aeroporto, não apanhes táxi.

O Duarte quer saber se comes bacalhau. Eu disse que comes tudo haha.

Até quinta!!
""",
        tz=WEST,
    ),
    m(
        "9379",
        "2025-04-13 12:00",
        "Monzo <help@monzo.com>",
        "Your card has been frozen",
        N,
        text="""Hi Priya, you froze your card ending 2219 in the app. If you've found it, you can unfreeze
it any time. If you think it's been stolen, order a replacement in the app.
""",
        tz=BST,
    ),
    m(
        "9380",
        "2025-04-15 08:30",
        "easyJet <booking@easyjet.com>",
        "Check in now for your flight to Lisbon",
        N,
        text="""Hi Priya, online check-in is now open for EZY1937 on Thursday 17 April, Manchester (MAN)
06:40 to Lisbon (LIS). Check in and download your boarding pass in the app.
""",
        tz=BST,
    ),
    m(
        "9381",
        "2025-04-18 21:05",
        "CP - Comboios de Portugal <noreply@cp.pt>",
        "Bilhete - Lisboa Rossio > Sintra",
        NPT,
        text="""Obrigado por viajar com a CP.

Bilhete: Lisboa - Rossio > Sintra
Data: 19/04/2025, 09:41
Passageiros: 2 adultos
Total: 4,80 EUR

Apresente este bilhete em formato digital ao revisor.
""",
        tz=WEST,
    ),
    m(
        "9382",
        "2025-04-22 09:00",
        "Northfold Business School <admissions@northfold.ac.uk>",
        "Reminder: accept your offer by 30 April",
        N,
        text="""Dear Priya,

This is a reminder that your offer of a place on the PG Certificate in Product Management
expires on 30 April 2025. Log in to the applicant portal to accept or decline.

Admissions Office
""",
        tz=BST,
    ),
    m(
        "9383",
        "2025-04-23 19:30",
        INES,
        "fotos de Sintra",
        NPT,
        text="""Que fim de semana tão bom! Aqui vão as fotos de Sintra e do almoço em Setúbal. A minha
mãe já pergunta quando voltas :)

Boa sorte com as entrevistas, vai correr tudo bem!

Beijinhos
""",
        attach=[("sintra.txt", "text/plain", "(fotos)")],
        tz=WEST,
    ),
    m(
        "9384",
        "2025-04-24 12:40",
        "Zopa <offers@zopa.com>",
        "Priya, you're pre-approved for up to £15,000",
        N,
        html="""<html><body style="font-family:Arial">
<p>Hi Priya,</p>
<p>Good news - you're <b>pre-approved</b> for a personal loan of up to &pound;15,000. Checking
your rate won't affect your credit score.</p>
<p><a href="https://www.zopa.com/loans">See your offer</a></p>
<p style="font-size:10px">Representative 7.9% APR. Subject to status.</p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9385",
        "2025-04-25 18:10",
        "Trainline <auto-confirm@info.thetrainline.com>",
        "Your booking confirmation: Manchester Piccadilly to Leicester",
        N,
        text="""Hi Priya,

Outward: Sat 10 May 2025, Manchester Piccadilly 08:52 -> Leicester 11:03 (change at Sheffield)
Return: Sun 11 May 2025, Leicester 16:25 -> Manchester Piccadilly 18:41

Total paid: £38.20
""",
        tz=BST,
    ),
    m(
        "9386",
        "2025-04-27 20:45",
        ARJUN,
        "Re: Mum's 70th",
        N,
        text="""Booked Bobby's for 1pm on Saturday 10 May, table for 14. Perima and Periyappa are coming
from Coventry. Remember the cake!!! And don't mention it on the family WhatsApp, Amma reads
everything.

A

On Mon, 24 Feb 2025 at 18:45, Arjun Natarajan wrote:
> Thinking we do something for Amma's 70th in May.
""",
        headers=reply("9345", ARJUN),
        tz=BST,
    ),
    m(
        "9387",
        "2025-04-28 10:15",
        "Northfold Business School <admissions@northfold.ac.uk>",
        "Offer declined - confirmation",
        N,
        text="""Dear Priya,

We have received your decision to decline your offer of a place on the PG Certificate in
Product Management (September 2025). We're sorry you won't be joining us this year. You are
welcome to apply for a future intake.

Admissions Office
Northfold Business School
""",
        tz=BST,
    ),
    m(
        "9388",
        "2025-05-01 09:45",
        "Sugar Junction <orders@sugarjunction.co.uk>",
        "Order confirmed - collection Friday 9 May",
        N,
        text="""Hi Priya,

Thanks for your order!

1 x Pistachio & Rose celebration cake (8"), message: "Happy 70th Amma"
Collection: Friday 9 May, 4-6pm, Tariff Street

Paid: £48.00
""",
        tz=BST,
    ),
    m(
        "9389",
        "2025-05-02 14:20",
        "Monzo User Research <research@monzo.com>",
        "Can we interview you about saving?",
        N,
        text="""Hi Priya,

We're talking to Monzo customers who use Pots to save for trips. Would you be up for a
45-minute video interview with one of our researchers? As a thank-you, we'll send you a £40
voucher.

If you're up for it, pick a time: https://monzo.co/research-booking/pots

Thanks,
Monzo User Research
""",
        tz=BST,
    ),
    m(
        "9390",
        "2025-05-03 08:00",
        "Monzo User Research <research@monzo.com>",
        "Invitation: Monzo research session @ Wed 7 May 2025 12:30pm - 1:15pm (BST)",
        N,
        text="""Monzo research session
Wednesday 7 May 2025 12:30 - 13:15 (British Summer Time)

Thanks for booking! You'll chat with Ruth from our research team.
Google Meet: https://meet.google.com/mzo-rsch-ppt

Invitation from Google Calendar
""",
        ics={
            "start": "2025-05-07 12:30:00 +0100",
            "minutes": 45,
            "uid": "mzoresearch0705pn@google.com",
            "organizer": ("Ruth Adair", "research@monzo.com"),
            "summary": "Monzo research session",
            "location": "https://meet.google.com/mzo-rsch-ppt",
            "description": "User research interview about saving with Pots",
        },
        tz=BST,
    ),
    m(
        "9391",
        "2025-05-05 20:30",
        AMMA,
        "Saturday",
        N,
        text="""Kanna, Arjun says we are going for lunch on Saturday just the four of us. Why do I need to
wear my silk saree for a lunch? He is being very mysterious. Are you coming Friday night or
Saturday morning?

Amma
""",
        tz=BST,
    ),
    m(
        "9392",
        "2025-05-08 12:00",
        "Uber Receipts <noreply@uber.com>",
        "Your Wednesday evening trip with Uber",
        N,
        text="""Thanks for riding, Priya

Total: £11.84
Trip: Deansgate -> Ancoats, 7 May 2025, 22:41
Driver: Faisal (Toyota Prius)
""",
        tz=BST,
    ),
    m(
        "9393",
        "2025-05-11 21:10",
        AMMA,
        "thank you my darlings",
        N,
        text="""What a surprise!!! I cried so much, Perima also. The cake was beautiful and the pistachio
is my favourite, how did you know? (Arjun says you knew.) I am so lucky.

Appa has put all the photos on Facebook already.

Love you both,
Amma
""",
        tz=BST,
    ),
    m(
        "9394",
        "2025-05-12 09:00",
        "Indian e-Visa <noreply@indianvisaonline.gov.in>",
        "e-Visa application submitted - Temporary Application ID",
        N,
        text="""Dear Applicant,

Your e-Tourist Visa application has been submitted successfully.

Temporary Application ID: GB5D1208KQ25
Applicant: PRIYA NATARAJAN
Nationality: UNITED KINGDOM

Please note the Application ID for future reference. The status of your application can be
checked online. Grant of e-Visa is usually notified within 72 hours.
""",
        tz=BST,
    ),
    m(
        "9395",
        "2025-05-14 11:30",
        "Indian e-Visa <noreply@indianvisaonline.gov.in>",
        "e-Visa status: GRANTED",
        N,
        text="""Dear PRIYA NATARAJAN,

Your e-Visa application GB5D1208KQ25 has been GRANTED. Please carry a printout of the
Electronic Travel Authorisation (ETA) at the time of travel.

Validity: 5 years from the date of grant. Multiple entry.
""",
        tz=BST,
    ),
    m(
        "9396",
        "2025-05-15 19:05",
        HANNAH,
        "!!!!!",
        N,
        text="""OMG you got it?? I knew it. Drinks. Friday. No excuses. I'm booking Cloudwater.

x

On Wed, 14 May 2025 at 18:55, Priya Natarajan wrote:
> Can't say too much yet but I think I have some news... call you tonight
""",
        tz=BST,
    ),
    m(
        "9397",
        "2025-05-16 10:10",
        "Trainline <auto-confirm@info.thetrainline.com>",
        "Your booking confirmation: Manchester Piccadilly to London Euston",
        N,
        text="""Hi Priya,

Outward: Fri 6 Jun 2025, Manchester Piccadilly 09:15 -> London Euston 11:28
Return: Sun 8 Jun 2025, London Euston 16:40 -> Manchester Piccadilly 18:52

Total paid: £71.10
""",
        tz=BST,
    ),
    m(
        "9398",
        "2025-05-18 09:30",
        "Strava <no-reply@strava.com>",
        "You crushed it! Great Manchester Run 10K",
        N,
        text="""Congrats on your race, Priya! Great Manchester Run 10K, 58:31. That's your fastest 10K on
Strava. Hannah Sutcliffe and 11 others gave you kudos.
""",
        tz=BST,
    ),
    m(
        "9399",
        "2025-05-19 16:00",
        "PureGym <noreply@puregym.com>",
        "Your membership application is complete",
        N,
        text="""Welcome to PureGym Manchester Spinningfields, Priya!

Your membership application is complete and your first payment of £24.99 has been taken.

Your PIN for the entrance pod is in the app.

PureGym
""",
        tz=BST,
    ),
    m(
        "9400",
        "2025-05-21 12:15",
        "Manchester City Council <parking@manchester.gov.uk>",
        "Resident parking permit - application outcome",
        N,
        text="""Dear Ms P Natarajan,

Application reference: RPP-0051193
Zone: N4 (Ancoats)

Your application for a resident visitor permit has been approved. Your virtual permit is valid
from 22 May 2025 to 21 May 2026.

Parking Services
""",
        tz=BST,
    ),
    m(
        "9401",
        "2025-05-22 20:40",
        "Manuela Ortiz <manuela.casalimonero@gmail.com>",
        "Información para vuestra llegada",
        NES,
        text="""¡Hola Priya!

Ya queda poco. Aquí tienes la información:

- Código de la puerta: 4172#
- El wifi es "Limonero" y la contraseña está en la nevera.
- Para cenar os recomiendo Bodega Santa Cruz (tapas baratas) y Eslava (hay que reservar).

Si llegáis antes de las 15:00 podéis dejar las maletas en la consigna de la calle Mateos Gago.

¡Buen viaje!
Manuela
""",
        headers=reply("9375", "manuela.casalimonero@gmail.com"),
        tz=CEST,
    ),
    m(
        "9402",
        "2025-05-23 18:00",
        "Deliveroo <offers@deliveroo.co.uk>",
        "Priya, your offer is waiting: 30% off tonight",
        N,
        html="""<html><body style="font-family:Arial">
<p>Treat yourself, Priya.</p>
<p><b>30% off</b> your next order from selected restaurants. Offer ends midnight.</p>
<p><a href="https://deliveroo.co.uk">Order now</a></p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9403",
        "2025-05-26 09:20",
        "Alliance Française de Manchester <inscriptions@afmanchester.org.uk>",
        "Confirmation de votre inscription - Cours de conversation B1",
        NFR,
        text="""Bonjour Priya,

Nous avons bien reçu votre inscription au cours de conversation niveau B1 (le mardi de 18h30 à
20h00, du 3 juin au 8 juillet 2025).

Montant réglé : 165,00 £

Au plaisir de vous accueillir !
L'équipe de l'Alliance Française de Manchester
""",
        tz=BST,
    ),
    m(
        "9404",
        "2025-05-27 19:00",
        "Chloe Barker <chloe.barker@fathom.so>",
        "Leaving drinks for Priya!",
        N,
        to="fathom-mcr-social@fathom.so",
        cc="Priya Natarajan <priya.natarajan@lumenpost.co.uk>",
        text="""Hi all (and Priya on her personal email so she doesn't see the work thread...)

As you've probably heard, our lovely Priya is leaving us on 20 June. Leaving drinks will be on
Thursday 19 June from 5:30pm at Mackie Mayor. Cake will be involved. Please put £ in the card
collection by Monday!

Chloe
""",
        tz=BST,
    ),
    m(
        "9405",
        "2025-05-30 07:15",
        "Ryanair <itinerary@ryanair.com>",
        "Your Ryanair Travel Itinerary",
        N,
        text="""Booking reference: HX4QZ2

FR 8354 Manchester (MAN) - Seville (SVQ) Fri 30 May 2025 10:55 - 14:50
FR 8355 Seville (SVQ) - Manchester (MAN) Mon 2 Jun 2025 15:25 - 17:15

Passengers: MS PRIYA NATARAJAN, MR ROHAN MEHTA
""",
        tz=BST,
    ),
    m(
        "9406",
        "2025-06-01 21:30",
        "Real Alcázar de Sevilla <entradas@alcazarsevilla.org>",
        "Confirmación de su compra - entradas",
        NES,
        text="""Estimado/a cliente:

Le confirmamos la compra de 2 entradas generales para el Real Alcázar de Sevilla.

Fecha de visita: 02/06/2025
Hora de acceso: 09:30
Importe total: 31,00 EUR

Presente el código QR en el acceso de la Puerta del León.
""",
        tz=CEST,
    ),
    m(
        "9407",
        "2025-06-03 08:30",
        LI,
        "Your network is congratulating you on your new position",
        N,
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<p>Priya, 47 people congratulated you on starting a new position as Product Operations Manager
at Larchmont.</p>
<p>Amaka Eze: "Huge congrats Priya!! They're lucky to have you"</p>
<p><a href="https://www.linkedin.com/notifications/">See all</a></p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9408",
        "2025-06-04 10:00",
        "HMRC <noreply@tax.service.gov.uk>",
        "You have a new message in your personal tax account",
        N,
        text="""Dear Priya Natarajan

You have a new message about your tax code. Sign in to your personal tax account to read it.

For your security we do not include personal details in this email.

HM Revenue and Customs
""",
        tz=BST,
    ),
    m(
        "9409",
        "2025-06-05 13:45",
        "Nest Pensions <noreply@nestpensions.org.uk>",
        "Your annual statement is ready",
        N,
        text="""Hi Priya,

Your Nest annual statement for 2024/25 is ready. Your pot is worth £14,882.36.

If you're changing jobs, your Nest pot stays with you - you can keep it, or your new employer's
scheme may let you transfer it in.

Nest
""",
        tz=BST,
    ),
    m(
        "9410",
        "2025-06-07 22:10",
        HANNAH,
        "last night",
        N,
        text="""I have never seen anyone sing Bohemian Rhapsody with that much commitment. Proud of you.
Hope the head's OK. Brunch tomorrow in Shoreditch before your train?

x
""",
        tz=BST,
    ),
    m(
        "9411",
        "2025-06-09 08:00",
        "Octopus Energy <hello@octopus.energy>",
        "Your latest Octopus bill is ready",
        N,
        text="""Hi Priya,

Your bill for 1 May - 31 May 2025 is ready.

Total charges: £54.17
Your balance: £88.90 in credit

Octopus Energy
""",
        tz=BST,
    ),
    m(
        "9412",
        "2025-06-10 12:30",
        "Ancoats Dental Practice <reception@ancoatsdental.co.uk>",
        "We've rescheduled your appointment",
        N,
        text="""Dear Priya,

Unfortunately Dr Malik is unavailable on 17 June. Your check-up has been moved to Tuesday
24 June at 8:15am. Please call us if this doesn't suit.

Ancoats Dental Practice
""",
        tz=BST,
    ),
    m(
        "9413",
        "2025-06-11 17:40",
        AMAZON,
        "Delivered: your Amazon.co.uk package",
        N,
        text="""Hello Priya,

Your package was delivered. It was handed to a resident.

Ergonomic laptop stand, aluminium - Order #204-8812301-5520191
""",
        tz=BST,
    ),
    m(
        "9414",
        "2025-06-14 10:05",
        "parkrun UK <results@parkrun.com>",
        "Heaton parkrun results for event #634",
        N,
        text="""Hi Priya,

Congratulations on completing Heaton parkrun event #634 today. Your time was 00:28:31 - a new
PB! This was your 25th parkrun - look out for your milestone t-shirt.

parkrun
""",
        tz=BST,
    ),
    m(
        "9415",
        "2025-06-16 09:00",
        "Pennant Bank <no-reply@pennantbank.co.uk>",
        "Your statement is ready",
        N,
        text="""Dear Ms Natarajan,

Your Pennant Rewards Credit Card statement is ready to view.

Statement balance: £612.48
Minimum payment: £25.00, due 11 July 2025

Pennant Bank plc
""",
        tz=BST,
    ),
    m(
        "9416",
        "2025-06-17 19:20",
        "Alliance Française de Manchester <inscriptions@afmanchester.org.uk>",
        "Cours annulé ce mardi",
        NFR,
        text="""Bonjour à toutes et à tous,

En raison d'une grève des transports, le cours de conversation B1 de ce mardi 17 juin est annulé.
Il sera rattrapé le mardi 15 juillet à la même heure.

Merci de votre compréhension,
L'équipe de l'Alliance Française
""",
        tz=BST,
    ),
    m(
        "9417",
        "2025-06-19 23:02",
        "Chloe Barker <chloebarker.92@gmail.com>",
        "tonight!!",
        N,
        text="""What a send off! Here are the photos from tonight, the one of you with the giant card is
my favourite. Don't be a stranger - Thursday pub quiz is still on even if you're a fancy product
person now.

Chlo x
""",
        tz=BST,
    ),
    m(
        "9418",
        "2025-06-21 11:00",
        "Waterstones <noreply@waterstones.com>",
        "Your order has been dispatched",
        N,
        text="""Hi Priya,

Your order WS-88120431 has been dispatched:
- "The Making of a Manager", Julie Zhuo
- "Continuous Discovery Habits", Teresa Torres

Delivery by Royal Mail Tracked 48.
""",
        tz=BST,
    ),
    m(
        "9419",
        "2025-06-23 07:45",
        ARJUN,
        "first day!",
        N,
        text="""Good luck today! Knock em dead. Amma says to eat a proper breakfast and not just coffee.

A
""",
        tz=BST,
    ),
    m(
        "9420",
        "2025-06-25 18:20",
        "Manchester Volunteer Centre <hello@volunteermcr.org.uk>",
        "Digital Champions - July rota",
        N,
        text="""Hi Digital Champions,

Here's the July rota for Ancoats Community Library. Priya - you're down for Saturdays 5 and 19
July, 10-12. Let me know if that doesn't work now you've started your new job.

Thanks all,
Fiona
""",
        tz=BST,
    ),
    m(
        "9421",
        "2025-06-27 12:00",
        "Mind the Product <hello@mindtheproduct.com>",
        "Product ops is not project management",
        N,
        html="""<html><body style="font-family:Georgia,serif">
<h2>This week in product</h2>
<p><b>Product ops is not project management.</b> Why so many product ops job adverts get it
wrong, and how to write one that attracts the right candidates.</p>
<p><b>Mind the Product London:</b> early bird tickets end Friday.</p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9422",
        "2025-06-29 20:15",
        INES,
        "Parabéns!!",
        NPT,
        text="""Priya!! Vi no LinkedIn - parabéns pelo trabalho novo! Tenho a certeza de que vais ser
incrível. Temos de comemorar, quando voltas a Lisboa? Ou vamos nós a Manchester em outubro.

Beijinhos grandes,
Inês
""",
        tz=WEST,
    ),
    m(
        "9423",
        "2025-07-01 09:00",
        MONZO,
        "Your June summary",
        N,
        text="""Hi Priya,

Here's how June went:
Spent: £2,310.55 (Eating out £402, Travel £366, Groceries £280, Bills £880)
You got paid twice this month - nice!

Monzo
""",
        tz=BST,
    ),
    m(
        "9424",
        "2025-07-03 16:30",
        "Royal Mail <no-reply@royalmail.com>",
        "We tried to deliver your item",
        N,
        text="""Sorry, we missed you. We tried to deliver an item that needs a signature on 3 July. We've
taken it to your local Customer Service Point: Manchester Oldham Road. Bring ID.
""",
        tz=BST,
    ),
    m(
        "9425",
        "2025-07-05 10:10",
        "parkrun UK <results@parkrun.com>",
        "Heaton parkrun results for event #637",
        N,
        text="""Hi Priya,

Thanks for volunteering at Heaton parkrun event #637 today as Timekeeper. We couldn't do it
without you!

parkrun
""",
        tz=BST,
    ),
    m(
        "9426",
        "2025-07-07 19:50",
        AMMA,
        "September tickets",
        N,
        text="""Kanna,

Appa booked Emirates for Chennai, 3 September out and 17 September back, Manchester via Dubai.
Arjun also coming for one week only. I hope your new office gives you two weeks, you said they
are nice people.

Also did you do the visa? Appa says without visa they will send you straight back hahaha.

Amma
""",
        tz=BST,
    ),
    m(
        "9427",
        "2025-07-09 08:30",
        "Spotify <no-reply@spotify.com>",
        "Your receipt from Spotify",
        N,
        text="""Thanks for your payment, Priya.

Spotify Premium Individual - £12.99
Date: 9 July 2025
Card ending 4417
""",
        tz=BST,
    ),
    m(
        "9428",
        "2025-07-11 13:00",
        "Hadley & Bright Lettings <lettings@hadleybright.co.uk>",
        "Routine inspection - Apt 6, 14 Ancoats Gardens",
        N,
        text="""Dear Priya,

We will be carrying out a routine mid-tenancy inspection of your flat on Thursday 24 July
between 10am and 12pm. You don't need to be present. Please let us know if there are any
maintenance issues you'd like us to look at.

Kind regards,
Zara Holt
""",
        tz=BST,
    ),
    m(
        "9429",
        "2025-07-14 18:45",
        HANNAH,
        "august?",
        N,
        text="""Right, now that you're a proper grown-up with a proper job, when are you coming to London?
I'm thinking bank holiday weekend. Notting Hill carnival?? Or is that too chaotic for your new
product operations brain x
""",
        tz=BST,
    ),
    m(
        "9430",
        "2025-07-16 11:20",
        "The Guardian <newsletters@theguardian.com>",
        "Work in progress: the four-day week trial, one year on",
        N,
        html="""<html><body style="font-family:Georgia,serif">
<p><b>Work in progress</b> - our newsletter about working life.</p>
<p>One year after the UK's biggest four-day week trial, we interviewed employers and staff about
what stuck. Plus: how to negotiate a pay rise, and the strange world of AI job interviews.</p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9431",
        "2025-07-18 09:40",
        "Vinted <no-reply@vinted.co.uk>",
        "New offer on your item",
        N,
        text="""You have a new offer! jess_k_mcr offered £30.00 for "Ganni floral dress, size 10".

Accept, decline or counter the offer in the app.

Vinted
""",
        tz=BST,
    ),
    m(
        "9432",
        "2025-07-21 20:00",
        ARJUN,
        "Re: September tickets",
        N,
        text="""Did you sort the India visa in the end? Mine is still "under process", typical.

Also Amma wants us both to bring our CVs to Chennai because Periyappa's friend "has a company".
I've told her you've literally just started a new job. She doesn't care.

A
""",
        tz=BST,
    ),
    m(
        "9433",
        "2025-07-24 12:10",
        "Ancoats Dental Practice <reception@ancoatsdental.co.uk>",
        "Appointment reminder",
        N,
        text="""Dear Priya,

This is a reminder of your hygienist appointment on Tuesday 29 July at 17:30.

Ancoats Dental Practice
""",
        tz=BST,
    ),
    # --- more of the same, spread over the months ---------------------------------------------
    m(
        "9434",
        "2025-01-09 12:00",
        "HMRC <noreply@tax.service.gov.uk>",
        "Self Assessment: 22 days until the deadline",
        N,
        text="""Dear Priya Natarajan

The deadline for filing your 2023 to 2024 Self Assessment tax return online and paying any tax
you owe is 31 January 2025. Sign in to your HMRC online account to complete it.

HM Revenue and Customs
""",
        tz=GMT,
    ),
    m(
        "9435",
        "2025-01-05 16:20",
        "Rohan Mehta <rohan.mehta.mcr@gmail.com>",
        "flat viewings",
        N,
        text="""Hey,

Went past Ancoats Gardens on the way back from climbing - looks really nice from outside and
it's 2 mins from the Co-op. Fingers crossed the landlord goes for your offer.

Also Saturday: curry at Mughli or that new Keralan place?

R
""",
        tz=GMT,
    ),
    m(
        "9436",
        "2025-01-17 18:45",
        "Hyperoptic <noreply@hyperoptic.com>",
        "Your installation appointment is booked",
        N,
        text="""Hi Priya,

Your Hyperoptic 500Mb broadband installation is booked for:

Monday 3 February 2025, 8am - 1pm
Apartment 6, 14 Ancoats Gardens, M4 6DL

Our engineer will need access to your flat for around 45 minutes.

Hyperoptic
""",
        tz=GMT,
    ),
    m(
        "9437",
        "2025-01-22 10:30",
        "London Marathon Events <ballot@londonmarathonevents.co.uk>",
        "Your 2025 ballot result",
        N,
        text="""Dear Priya,

Thank you for entering the ballot for the 2025 TCS London Marathon. We received a record
840,318 applications.

Unfortunately, on this occasion you have not been successful. We know this will be
disappointing. You can still run for one of our charity partners - see the list of charity
places on our website.

London Marathon Events
""",
        tz=GMT,
    ),
    m(
        "9438",
        "2025-01-26 09:10",
        "Trainline <auto-confirm@info.thetrainline.com>",
        "Your Railcard application",
        N,
        text="""Hi Priya,

We couldn't approve your 26-30 Railcard application because your photo was rejected: it looks
like it was taken at an angle. Please upload a new photo - it only takes a minute.

https://www.thetrainline.com/railcards/manage

Trainline
""",
        tz=GMT,
    ),
    m(
        "9439",
        "2025-01-30 08:45",
        "The Deposit Protection Service <noreply@depositprotection.com>",
        "Your deposit has been protected",
        N,
        text="""Dear Priya Natarajan,

Your landlord or letting agent, Hadley & Bright Lettings, has protected your deposit of
£1,442.30 with the DPS.

Deposit ID: 0932118745
Tenancy address: Apt 6, 14 Ancoats Gardens, M4 6DL

The Deposit Protection Service
""",
        tz=GMT,
    ),
    m(
        "9440",
        "2025-02-02 15:00",
        "IKEA <noreply@ikea.co.uk>",
        "Your delivery is on its way",
        N,
        text="""Hej Priya,

Your IKEA order 1287734410 will be delivered today between 14:00 and 18:00.

KALLAX shelving unit, POÄNG armchair, MALM chest of 4 drawers

IKEA Ashton-under-Lyne
""",
        tz=GMT,
    ),
    m(
        "9441",
        "2025-02-11 09:30",
        "Eventbrite <noreply@order.eventbrite.com>",
        "Your tickets for Product Ops Meetup Manchester #14",
        N,
        text="""Hi Priya,

You're going to Product Ops Meetup Manchester #14!

Thursday 27 February 2025, 18:00 - 21:00
Bruntwood Works, Blackfriars House, Manchester

Talks: "Building a release calendar people actually read" and "The product ops tool stack".
Pizza and drinks provided.

Order #11220348811 - 1 x Free ticket
""",
        tz=GMT,
    ),
    m(
        "9442",
        "2025-02-15 14:30",
        "Revathi Subramanian <revathi.s.chennai@gmail.com>",
        "Save the date! Revathi & Karthik",
        N,
        text="""Dear Priya akka,

Save the date!! Karthik and I are getting married on 7 September 2025 in Chennai (muhurtham at
7:30am at Sri Krishna Mahal, Mylapore), reception on the 8th.

Periamma says you are definitely coming. No excuses! Mehendi is on the 5th evening, please
bring your dancing shoes.

Love,
Revathi
""",
        tz="+0530",
    ),
    m(
        "9443",
        "2025-02-19 10:20",
        "Freya Lindqvist <f.lindqvist@student.salford.ac.uk>",
        "Dissertation interview request - customer success careers",
        N,
        text="""Dear Priya,

I'm a final-year Business Management student at the University of Salford. My dissertation is
about how people build careers in customer success, and Rob from the CS Uncut podcast suggested
I contact you.

Would you be willing to take part in a 30-minute interview (online) in March? Everything is
anonymised and I can send you the ethics information sheet and consent form.

Many thanks,
Freya Lindqvist
""",
        tz=GMT,
    ),
    m(
        "9444",
        "2025-02-20 18:10",
        "Freya Lindqvist <f.lindqvist@student.salford.ac.uk>",
        "Re: Dissertation interview request - customer success careers",
        N,
        text="""Thank you so much! Monday 10 March at 12:30 is perfect. Attached is the consent form -
could you sign it and send it back before then?

Freya

On Wed, 19 Feb 2025 at 21:02, Priya Natarajan wrote:
> Hi Freya, happy to help. I'm free Monday 10 March at lunchtime.
""",
        headers=reply("9443", "f.lindqvist@student.salford.ac.uk"),
        attach=[
            (
                "consent_form.txt",
                "text/plain",
                "Participant consent form - dissertation research, University of Salford.",
            )
        ],
        tz=GMT,
    ),
    m(
        "9445",
        "2025-02-23 11:40",
        "Rohan Mehta <rohan.mehta.mcr@gmail.com>",
        "book club",
        N,
        to="Ancoats Book Club <ancoats-bookclub@googlegroups.com>",
        text="""Hi all,

March book is "The Bee Sting" by Paul Murray (I know, it's long - sorry). We'll meet at mine on
Wednesday 26 March. I'll do dhal, someone bring dessert.

Rohan
""",
        tz=GMT,
    ),
    m(
        "9446",
        "2025-03-06 08:20",
        "Monzo <help@monzo.com>",
        "Your Monzo Flex application",
        N,
        text="""Hi Priya,

Good news - your application for Monzo Flex has been approved with a limit of £1,500. You can
start using Flex straight away in the app.

Representative example: 29% APR representative (variable).

Monzo
""",
        tz=GMT,
    ),
    m(
        "9447",
        "2025-03-08 17:00",
        "Boots Opticians <appointments@boots.com>",
        "Your eye test is booked",
        N,
        text="""Hi Priya,

Your eye test is booked.

Boots Opticians Manchester Market Street
Saturday 15 March 2025, 11:20

Please bring your current glasses and a list of any medication.
""",
        ics={
            "start": "2025-03-15 11:20:00 +0000",
            "minutes": 30,
            "uid": "boots-opt-5519022",
            "organizer": ("Boots Opticians", "appointments@boots.com"),
            "summary": "Eye test - Boots Opticians",
            "location": "Boots Opticians, 32 Market Street, Manchester",
        },
        tz=GMT,
    ),
    m(
        "9448",
        "2025-03-10 14:20",
        "Freya Lindqvist <f.lindqvist@student.salford.ac.uk>",
        "Thank you!",
        N,
        text="""Hi Priya,

Thank you so much for the interview today, it was brilliant - especially the bit about moving
from CS into product. I'll send you a copy of the dissertation when it's done in May.

Best wishes,
Freya
""",
        tz=GMT,
    ),
    m(
        "9449",
        "2025-03-13 21:45",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        N,
        text="""New sign-in on Mac

priya.natarajan89@gmail.com
We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't
need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications
""",
        tz=GMT,
    ),
    m(
        "9450",
        "2025-03-20 10:00",
        "NS&I <noreply@nsandi.com>",
        "Your Premium Bonds purchase",
        N,
        text="""Dear Ms Natarajan,

Thank you for your application to buy Premium Bonds. We've received £500 and your Bonds will be
eligible for the prize draw after one full calendar month.

Holder's number: 502-2281774

NS&I
""",
        tz=GMT,
    ),
    m(
        "9451",
        "2025-03-26 23:10",
        "Rohan Mehta <rohan.mehta.mcr@gmail.com>",
        "Re: book club",
        N,
        to="Ancoats Book Club <ancoats-bookclub@googlegroups.com>",
        text="""Thanks for coming everyone. Verdict: 4 loved it, 2 hated the ending, Priya threatened to
throw it in the canal. April pick is Priya's - no pressure!

R
""",
        headers=reply("9445", "rohan.mehta.mcr@gmail.com"),
        tz=GMT,
    ),
    m(
        "9452",
        "2025-04-04 12:30",
        "Gainsight <events@gainsight.com>",
        "Invitation: Pulse Europe virtual session - Product & CS alignment",
        N,
        text="""Hi Priya,

You're registered for our virtual session "Closing the loop: aligning product and customer
success" on Wednesday 23 April, 3pm BST. The calendar invitation is attached.

Gainsight Events
""",
        ics={
            "start": "2025-04-23 15:00:00 +0100",
            "uid": "gainsight-pulse-eu-2304@gainsight.com",
            "organizer": ("Gainsight Events", "events@gainsight.com"),
            "summary": "Pulse Europe virtual session: Product & CS alignment",
            "location": "https://gainsight.zoom.us/j/99120",
        },
        tz=BST,
    ),
    m(
        "9453",
        "2025-04-09 15:10",
        "Three <offers@three.co.uk>",
        "Priya, you're due an upgrade - here's an offer",
        N,
        html="""<html><body style="font-family:Arial">
<p>Hi Priya, your contract ends soon. Upgrade to the new iPhone 16 from &pound;33 a month with
100GB data - an offer just for Three customers.</p>
<p><a href="https://www.three.co.uk/upgrade">See your upgrade offer</a></p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9454",
        "2025-04-14 19:00",
        "Ancoats Runners <ancoatsrunners@gmail.com>",
        "Club news: relay, kit and the summer social",
        N,
        text="""Hello runners,

- Manchester relay: we've got 3 teams in for 29 May. Captains will be in touch.
- New club vests have arrived, £22, collect on Tuesday night.
- Summer social at Seven Bro7hers on 28 June, partners welcome.

Keep running,
The Ancoats Runners committee
""",
        tz=BST,
    ),
    m(
        "9455",
        "2025-04-16 08:00",
        "NHS App <noreply@nhsapp.service.nhs.uk>",
        "You have a new message from Ancoats Medical Centre",
        N,
        text="""You have a new message from Ancoats Medical Centre about your recent blood test.

Open the NHS App to read it.

NHS App
""",
        tz=BST,
    ),
    m(
        "9456",
        "2025-04-26 10:20",
        AMAZON,
        "Your Amazon.co.uk order has been dispatched",
        N,
        text="""Hello Priya,

Your package with "Tefal OptiGrill" has been dispatched and is arriving Monday 28 April.

Track package: https://www.amazon.co.uk/gp/your-account/order-history
""",
        tz=BST,
    ),
    m(
        "9457",
        "2025-05-06 18:20",
        "JustGiving <noreply@justgiving.com>",
        "You made a donation to Macmillan Cancer Support",
        N,
        text="""Thank you, Priya!

You donated £20.00 to Hannah Sutcliffe's page "Hannah runs the Great Manchester Run for
Macmillan". Gift Aid will add £5.00 at no extra cost to you.

JustGiving
""",
        tz=BST,
    ),
    m(
        "9458",
        "2025-05-13 12:40",
        LI,
        "Priya, you have 6 new invitations",
        N,
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<p>You have 6 new invitations to connect.</p>
<p>Freya Lindqvist &middot; Student at University of Salford<br>
Rob Gallagher &middot; Co-host, Customer Success Uncut<br>and 4 others</p>
<p><a href="https://www.linkedin.com/mynetwork/">See all invitations</a></p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9459",
        "2025-05-20 09:05",
        "Freya Lindqvist <f.lindqvist@student.salford.ac.uk>",
        "My dissertation!",
        N,
        text="""Hi Priya,

As promised, here's the final version of my dissertation - you're "Participant 4" in chapter 3.
I got a provisional first! Thanks again for the interview.

Freya
""",
        tz=BST,
    ),
    m(
        "9460",
        "2025-05-25 10:30",
        "Manchester Mill <hello@manchestermill.co.uk>",
        "The Mill: who's really hiring in Manchester?",
        N,
        html="""<html><body style="font-family:Georgia,serif">
<p><b>The Manchester Mill</b></p>
<p>Good morning. Today: our reporter spent a month talking to tech founders, recruiters and
job seekers in the city to find out who is actually hiring - and why so many people say they
never hear back after an interview.</p>
<p>Plus: the fight over the Ancoats car park, and your weekend listings.</p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9461",
        "2025-06-02 20:40",
        "Rohan Mehta <rohan.mehta.mcr@gmail.com>",
        "sevilla photos",
        N,
        text="""Shared album from Sevilla is up on Google Photos - 312 photos, of which about 200 are of
orange trees. Best trip. Thanks for planning it all.

R
""",
        tz=BST,
    ),
    m(
        "9462",
        "2025-06-08 09:00",
        "TV Licensing <donotreply@tvlicensing.co.uk>",
        "Your TV Licence payment",
        N,
        text="""Dear Ms P Natarajan,

Thank you. We've received your payment of £14.12. Your TV Licence number is 1120338871.

TV Licensing
""",
        tz=BST,
    ),
    m(
        "9463",
        "2025-06-12 18:00",
        "Tesco Clubcard <clubcard@tesco.co.uk>",
        "Your personalised Clubcard offers are here",
        N,
        html="""<html><body style="font-family:Arial">
<p>Hi Priya, your new personalised offers are ready: 100 bonus points when you spend &pound;10
on fruit and veg, and 20% off Finest wine. Offers valid until 6 July.</p>
</body></html>""",
        tz=BST,
    ),
    m(
        "9464",
        "2025-06-15 11:45",
        "Revathi Subramanian <revathi.s.chennai@gmail.com>",
        "RSVP and saree measurements",
        N,
        text="""Priya akka,

Periamma says you want a saree stitched for the reception - please send me your blouse
measurements by end of July so the tailor has time. Also please fill the RSVP form, Karthik's
mother is counting heads for the lunch.

RSVP: https://forms.gle/revkar2025

Love,
Revathi
""",
        tz="+0530",
    ),
    m(
        "9465",
        "2025-06-28 22:15",
        "Ancoats Runners <ancoatsrunners@gmail.com>",
        "Thanks for a great summer social!",
        N,
        text="""What a night! Photos are in the club Facebook group. Well done to Priya for winning the
quiz round on Manchester landmarks (and to Dave for the least accurate guess in club history).

The committee
""",
        tz=BST,
    ),
    m(
        "9466",
        "2025-07-02 13:30",
        "Google <no-reply@accounts.google.com>",
        "Storage almost full",
        N,
        text="""Your Google Account storage is 92% full (13.8 GB of 15 GB used). Once it's full you won't
be able to send or receive email in Gmail. Get more storage with Google One.
""",
        tz=BST,
    ),
    m(
        "9467",
        "2025-07-10 19:05",
        "Rohan Mehta <rohan.mehta.mcr@gmail.com>",
        "Re: book club",
        N,
        to="Ancoats Book Club <ancoats-bookclub@googlegroups.com>",
        text="""July's at Priya's new flat (you know, the one she's had since February and none of us have
seen). Wednesday 23rd. Book is "Intermezzo". Bring snacks.

R
""",
        headers=reply("9451", "rohan.mehta.mcr@gmail.com"),
        tz=BST,
    ),
    m(
        "9468",
        "2025-07-15 08:40",
        "Avanti West Coast <noreply@avantiwestcoast.co.uk>",
        "Delay Repay claim approved",
        N,
        text="""Hi Priya,

Your Delay Repay claim (ref DR-8812031) for the 16:40 London Euston to Manchester Piccadilly on
8 June has been approved. £35.55 will be paid back to your card within 5 working days.

Avanti West Coast
""",
        tz=BST,
    ),
    m(
        "9469",
        "2025-07-19 10:15",
        "parkrun UK <results@parkrun.com>",
        "Heaton parkrun results for event #639",
        N,
        text="""Hi Priya,

Congratulations on completing Heaton parkrun event #639 today. Your time was 00:29:03.

parkrun
""",
        tz=BST,
    ),
    m(
        "9470",
        "2025-07-25 17:30",
        "Indian e-Visa <noreply@indianvisaonline.gov.in>",
        "Reminder: carry your e-Visa (ETA) when you travel",
        N,
        text="""Dear PRIYA NATARAJAN,

This is a reminder that your e-Visa GB5D1208KQ25 is valid. Please carry a printed copy of your
Electronic Travel Authorisation and your passport with at least six months' validity when you
travel to India.
""",
        tz=BST,
    ),
]
