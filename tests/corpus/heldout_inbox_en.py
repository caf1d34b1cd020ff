# ruff: noqa: E501
"""Held-out corpus, ordinary inbox mail in English (all ``not_job``), look-alikes included.

Each entry is one message; ``t`` is (category, language). See heldout.py.
"""

MAIL = [
    # ------------------------------------------------------------------ shopping
    {
        "id": "<0100018ce8f2a1b3-7d2e4f60-1a2b-4c3d-9e8f-0a1b2c3d4e5f-000000@email.amazonses.com>",
        "date": "2024-01-08 19:22:41 +0000",
        "from": "Parcelbay <orders@parcelbay.example>",
        "subject": "Your Parcelbay order #PB-88213-4471 is confirmed",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2>Thanks for your order, Jordan!</h2>
<p>We've received your order and will let you know when it ships.</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td>Order number</td><td><b>PB-88213-4471</b></td></tr>
<tr><td>Wireless ergonomic mouse (graphite)</td><td>€39.90</td></tr>
<tr><td>USB-C hub, 7-in-1</td><td>€29.99</td></tr>
<tr><td>Shipping</td><td>€0.00</td></tr>
<tr><td><b>Total (incl. VAT)</b></td><td><b>€69.89</b></td></tr>
</table>
<p>Estimated delivery: <b>Thu, Jan 11 – Fri, Jan 12</b></p>
<p><a href="https://www.parcelbay.example/orders/PB-88213-4471">View or manage order</a></p>
<p style="font-size:11px;color:#888">Parcelbay Europe S.à r.l., 5 rue Plaetis, L-2338 Luxembourg</p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<0100018cf3a9e220-3c1b7a55-88d2-4f19-a0e4-6b5c4d3e2f1a-000000@email.amazonses.com>",
        "date": "2024-01-10 07:05:12 +0000",
        "from": "Parcelbay <shipment-tracking@parcelbay.example>",
        "subject": "Shipped: Wireless ergonomic mouse (graphite) and 1 more item",
        "text": """Hi Jordan,

Good news — your package is on its way.

Order #PB-88213-4471
Carrier: Paketblitz, tracking number 00340434188210047712
Arriving: Thursday, January 11

Track your package: https://www.parcelbay.example/track/00340434188210047712

Thanks for shopping with us!
Parcelbay
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<receipt.7c1e9a.20240112.0840@copperleaf.example>",
        "date": "2024-01-12 08:40:55 +0100",
        "from": "Copperleaf Coffee <receipts@copperleaf.example>",
        "subject": "Your receipt from Copperleaf Coffee",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;text-align:center">
<h3>Copperleaf Coffee – Warschauer Str.</h3>
<p style="font-size:28px">€8.40</p>
<table align="center" style="text-align:left"><tr><td>Flat white (oat)</td><td>€3.90</td></tr>
<tr><td>Cardamom bun</td><td>€3.50</td></tr><tr><td>Tip</td><td>€1.00</td></tr></table>
<p>Visa •••• 4417 · Jan 12, 2024, 8:40 AM</p>
<p>Thanks for stopping by! You've collected 7 of 10 stamps.</p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<billing.20240120.9d8c7b6a@flickbox.example>",
        "date": "2024-01-20 03:12:00 +0000",
        "from": "Flickbox <info@account.flickbox.example>",
        "subject": "Your Flickbox membership has been renewed",
        "text": """Hi Jordan,

Thanks for being a Flickbox member. We've charged €12.99 to your Visa ending in 4417 for your Standard plan (Jan 20 – Feb 19).

Need to change your plan? Visit https://www.flickbox.example/account

New this week: the final season of "Harbour Lights" is now streaming.

— The Flickbox team
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<trip.receipt.5e4d3c2b1a.1706989980@zoomcab.example>",
        "date": "2024-02-03 19:53:00 +0100",
        "from": "Zoomcab Receipts <noreply@zoomcab.example>",
        "subject": "Your Saturday evening trip with Zoomcab",
        "html": """<html><body style="font-family:Arial,sans-serif">
<h2>Thanks for riding, Jordan</h2>
<p>We hope you enjoyed your ride this evening.</p>
<p style="font-size:24px"><b>Total €14.20</b></p>
<p>Trip fare €12.70 · Booking fee €1.50</p>
<p>19:21 Revaler Str. 99, Berlin &rarr; 19:44 Weserstr. 12, Berlin<br>6.3 km · 23 min · Driver: Mehmet</p>
<p><a href="https://help.zoomcab.example/trip/5e4d3c2b1a">Report an issue</a></p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<orchard.receipt.MX8Q2PT4.20240217@orchard-apps.example>",
        "date": "2024-02-17 10:31:09 +0000",
        "from": "Orchard Apps <no_reply@orchard-apps.example>",
        "subject": "Your receipt from Orchard Apps",
        "text": """Receipt

Apple ID-style account: jordan.almeida@fastpost.example
Date: 17 Feb 2024
Order ID: MX8Q2PT4
Document: 184400219931

Nightjar Weather Pro — Annual subscription        €9.99
  Renews 17 Feb 2025

Total                                             €9.99
Billed to Visa •••• 4417

Manage subscriptions: https://orchard-apps.example/account/subscriptions
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<0100018e2219c0d4-4a7b2c9e-5d1f-4e80-b3a2-9f8e7d6c5b4a-000000@email.amazonses.com>",
        "date": "2024-03-09 21:14:37 +0000",
        "from": "Parcelbay <orders@parcelbay.example>",
        "subject": "Your Parcelbay order #PB-90177-0288 is confirmed",
        "text": """Thanks for your order, Jordan!

Order #PB-90177-0288
 1 x "Streaming Systems in Practice" (paperback)    €44.90
 1 x Desk lamp, warm white, clamp-on                 €27.50
Total: €72.40

Estimated delivery: Tue, Mar 12 – Wed, Mar 13

View order: https://www.parcelbay.example/orders/PB-90177-0288
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<notify.88012744.20240311@swiftparcel.example>",
        "date": "2024-03-12 14:02:00 +0100",
        "from": "SwiftParcel <notifications@swiftparcel.example>",
        "subject": "We missed you – delivery attempted (1Z88A0120344)",
        "text": """We tried to deliver your parcel today at 13:47 but nobody was home.

Tracking number: 1Z88A0120344
Sender: Parcelbay

Your parcel has been left at: Späti Revaler Eck, Revaler Str. 4, 10245 Berlin. Please collect it within 7 days and bring photo ID.

Reschedule or redirect: https://swiftparcel.example/r/1Z88A0120344
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<0100018e9b1d7e55-62c1f0b3-7a4e-4d2b-8c9f-1e2d3f4a5b6c-000000@email.amazonses.com>",
        "date": "2024-04-02 09:44:20 +0000",
        "from": "Parcelbay <returns@parcelbay.example>",
        "subject": "Refund issued for your return",
        "text": """Hi Jordan,

We've received your return and issued a refund of €27.50 to your original payment method. Depending on your bank, it can take 3–5 business days to appear.

Returned item: Desk lamp, warm white, clamp-on
Order #PB-90177-0288

Parcelbay Customer Service
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<shipping.TC-20931.20240505@thimbleandco.example>",
        "date": "2024-05-05 16:20:00 +0100",
        "from": "Thimble & Co <hello@thimbleandco.example>",
        "subject": "Your Thimble & Co order is on its way 🧶",
        "html": """<html><body style="font-family:Georgia,serif;color:#4a3b2c">
<p>Hello Jordan,</p>
<p>Your yarn is packed and on its way from our little studio in Bristol! Order TC-20931 contains:</p>
<ul><li>Merino DK, colour "Moss" × 4</li><li>Bamboo circular needles 4.0 mm</li></ul>
<p>Royal Mail International Tracked: <a href="https://thimbleandco.example/track/TC-20931">track your parcel</a></p>
<p>Happy knitting,<br>Rosie &amp; the Thimble team</p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<0100018fefa01a22-1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e-000000@email.amazonses.com>",
        "date": "2024-06-14 11:08:52 +0000",
        "from": "Parcelbay <orders@parcelbay.example>",
        "subject": "Order cancelled: Kinetic standing desk 140×70",
        "text": """Hi Jordan,

As requested, we've cancelled your order #PB-94402-1170 (Kinetic standing desk 140×70, oak). You haven't been charged.

If you didn't request this cancellation, please contact us: https://www.parcelbay.example/help

Parcelbay
""",
        "t": ("not_job", "en"),
    },
    # ------------------------------------------------------------------ bank, credit, loans
    {
        "id": "<cc.decision.4417.20240122@notifications.lumenbank.example>",
        "date": "2024-01-22 08:15:00 +0100",
        "from": "Lumen Bank <no-reply@notifications.lumenbank.example>",
        "subject": "Your credit card application has been approved",
        "html": """<html><body style="font-family:Arial,sans-serif">
<p>Dear Jordan Almeida,</p>
<p>Great news: your application for the <b>Lumen Travel Visa</b> card has been approved!</p>
<p>Credit limit: €3,000<br>Annual fee: €0 in the first year<br>Card ending: 4417</p>
<p>Your card will arrive by post within 5–7 business days. You can start using your digital card right away in the Lumen app.</p>
<p>Welcome aboard,<br>Your Lumen Bank team</p>
<p style="font-size:10px;color:#888">Lumen Bank AG · Rosenthaler Str. 40 · 10178 Berlin · This is an automatically generated message.</p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<statement.202401.4417@notifications.lumenbank.example>",
        "date": "2024-02-01 06:00:00 +0100",
        "from": "Lumen Bank <no-reply@notifications.lumenbank.example>",
        "subject": "Your January statement is ready",
        "text": """Hi Jordan,

Your statement for January 2024 is ready in the Lumen app.

Lumen Travel Visa •••• 4417
Statement balance: €412.37
Minimum payment: €25.00, due 15 February 2024 (paid automatically by direct debit)

Log in to view: https://app.lumenbank.example/statements

Lumen Bank
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<app.77120.review@mail.kitelinelending.example>",
        "date": "2024-02-28 13:30:11 +0100",
        "from": "Kiteline Lending <applications@mail.kitelinelending.example>",
        "subject": "Your application is under review",
        "text": """Dear Jordan,

Thank you for your application for a personal loan with Kiteline Lending.

Application reference: KL-2024-77120
Amount requested: €6,000
Term: 36 months

Our underwriting team is now reviewing your application. We may contact you if we need additional documents (for example, your last three payslips). You will usually hear from us within 2 business days.

Kind regards,
Kiteline Lending – Customer Applications

Kiteline Lending B.V. is authorised and supervised by De Nederlandsche Bank.
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<app.77120.offer@mail.kitelinelending.example>",
        "date": "2024-03-02 10:05:40 +0100",
        "from": "Kiteline Lending <applications@mail.kitelinelending.example>",
        "subject": "Congratulations, Jordan – your loan offer is ready",
        "html": """<html><body style="font-family:Arial,sans-serif">
<p>Dear Jordan,</p>
<p>Good news! Your application <b>KL-2024-77120</b> has been approved and your personalised offer is ready:</p>
<table cellpadding="4"><tr><td>Loan amount</td><td>€6,000</td></tr><tr><td>Term</td><td>36 months</td></tr>
<tr><td>Monthly instalment</td><td>€183.62</td></tr><tr><td>APR</td><td>5.49%</td></tr></table>
<p>To accept your offer, sign your loan agreement online within 14 days:</p>
<p><a href="https://my.kitelinelending.example/offer/KL-2024-77120">Review and accept your offer</a></p>
<p>Kind regards,<br>Kiteline Lending</p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<security.alert.8c1b.20240414@notifications.lumenbank.example>",
        "date": "2024-04-14 22:41:03 +0200",
        "from": "Lumen Bank Security <security@notifications.lumenbank.example>",
        "subject": "New sign-in to your Lumen account",
        "text": """Hi Jordan,

We noticed a new sign-in to your Lumen account.

Device: Firefox on Linux
Location: Berlin, Germany (approximate)
Time: 14 April 2024, 22:40 CEST

If this was you, there's nothing to do. If not, please lock your account immediately in the app or call us on +49 30 555 0190.

Lumen Bank Security
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<q1.statement.JA77.20240530@northstarinvest.example>",
        "date": "2024-05-30 07:00:00 +0200",
        "from": "Northstar Invest <statements@northstarinvest.example>",
        "subject": "Your quarterly portfolio statement (Q1 2024) is available",
        "text": """Dear Jordan Almeida,

Your quarterly statement for the period 1 January – 31 March 2024 is now available in your online documents.

Portfolio value on 31 March 2024: €8,214.55
Change in the quarter: +6.1%

View documents: https://app.northstarinvest.example/documents

Capital at risk. Past performance is not a reliable indicator of future results.
Northstar Invest GmbH
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<promo.preapproved.20240602.ja4417@mkt.lumenbank.example>",
        "date": "2024-06-02 10:00:00 +0200",
        "from": "Lumen Bank <offers@mkt.lumenbank.example>",
        "subject": "Pre-approved: your exclusive offer of up to €25,000",
        "headers": {"List-Unsubscribe": "<https://mkt.lumenbank.example/unsub?u=ja4417>"},
        "html": """<html><body style="font-family:Arial,sans-serif;background:#f4f7fb">
<h1 style="color:#003a70">Jordan, you're pre-approved!</h1>
<p>As a valued Lumen customer, you can borrow up to <b>€25,000</b> at a special rate from 4.99% APR &mdash; with a decision in minutes and money in your account the next day.</p>
<p><a href="https://mkt.lumenbank.example/loan?u=ja4417" style="background:#00a3e0;color:#fff;padding:12px 22px;text-decoration:none">Check my offer</a></p>
<p style="font-size:10px;color:#777">Representative example: €10,000 over 48 months, 4.99% APR, monthly instalment €229.85, total amount payable €11,032.80. Offer valid until 30 June 2024. <a href="https://mkt.lumenbank.example/unsub?u=ja4417">Unsubscribe from marketing</a></p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    # ------------------------------------------------------------------ travel
    {
        "id": "<booking.AZ7K2Q.20240210@aeroluz.example>",
        "date": "2024-02-10 15:48:22 +0000",
        "from": "Aeroluz <booking@aeroluz.example>",
        "subject": "Your booking confirmation – Berlin (BER) → Lisbon (LIS) – AZ7K2Q",
        "html": """<html><body style="font-family:Arial,sans-serif">
<h2>Booking confirmed</h2>
<p>Olá Jordan, thank you for flying with Aeroluz. Your booking reference is <b>AZ7K2Q</b>.</p>
<table cellpadding="6" border="1" style="border-collapse:collapse">
<tr><th>Flight</th><th>From</th><th>To</th><th>Date</th></tr>
<tr><td>LZ 1821</td><td>Berlin BER 10:35</td><td>Lisbon LIS 13:10</td><td>Fri 1 Mar 2024</td></tr>
<tr><td>LZ 1822</td><td>Lisbon LIS 14:05</td><td>Berlin BER 18:30</td><td>Mon 4 Mar 2024</td></tr>
</table>
<p>Passenger: ALMEIDA/JORDAN · Fare: Light (1 cabin bag) · Total paid: €187.46</p>
<p><a href="https://www.aeroluz.example/manage?pnr=AZ7K2Q">Manage booking</a></p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<booking.SW-5517302.20240211@staywell.example>",
        "date": "2024-02-11 12:02:30 +0000",
        "from": "Staywell <reservations@staywell.example>",
        "subject": "Booking confirmed: Casa Alfama Apartment, Lisbon",
        "text": """Your booking is confirmed!

Casa Alfama Apartment
Rua de São Miguel 27, 1100-544 Lisboa, Portugal

Check-in: Fri, 1 Mar 2024 (from 15:00)
Check-out: Mon, 4 Mar 2024 (until 11:00)
Guests: 2 adults
Confirmation number: SW-5517302
PIN code: 4471

Total price: €312 (paid)

Your host Ana will send you check-in instructions 3 days before arrival.
Manage your booking: https://www.staywell.example/trips/SW-5517302
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<checkin.AZ7K2Q.20240229@aeroluz.example>",
        "date": "2024-02-29 10:35:00 +0000",
        "from": "Aeroluz <checkin@aeroluz.example>",
        "subject": "Check-in is now open for your flight to Lisbon",
        "text": """Hi Jordan,

Online check-in for flight LZ 1821 (Berlin BER → Lisbon LIS, Fri 1 Mar, 10:35) is now open.

Check in now: https://www.aeroluz.example/checkin?pnr=AZ7K2Q

Reminder: your fare includes one cabin bag (max. 8 kg, 55×40×20 cm).

Boa viagem!
Aeroluz
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<bp.AZ7K2Q.LZ1821.20240229@aeroluz.example>",
        "date": "2024-02-29 19:12:44 +0000",
        "from": "Aeroluz <checkin@aeroluz.example>",
        "subject": "Your boarding pass – LZ 1821 BER–LIS",
        "text": """Boarding pass

ALMEIDA/JORDAN
LZ 1821 · Berlin BER → Lisbon LIS
Fri 1 Mar 2024 · Departure 10:35 · Boarding 09:55 · Gate closes 10:15
Seat 17C · Group 3

Your boarding pass is attached and available in the Aeroluz app.
""",
        "attach": [
            (
                "BoardingPass_LZ1821_ALMEIDA.pdf",
                "application/pdf",
                "%PDF-1.4\n% boarding pass placeholder\n%%EOF\n",
            )
        ],
        "t": ("not_job", "en"),
    },
    {
        "id": "<review.SW-5517302.20240308@staywell.example>",
        "date": "2024-03-08 09:00:00 +0000",
        "from": "Staywell <reviews@staywell.example>",
        "subject": "How was your stay at Casa Alfama Apartment?",
        "text": """Hi Jordan,

We hope you enjoyed Lisbon! Would you take a minute to rate your stay at Casa Alfama Apartment? Your review helps other travellers and your host.

Rate your stay: https://www.staywell.example/review/SW-5517302

Thanks,
The Staywell team
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<ticket.RB-4481-2291.20240616@railbird.example>",
        "date": "2024-06-16 20:17:05 +0200",
        "from": "Railbird <tickets@railbird.example>",
        "subject": "Your e-ticket: Berlin Hbf → Hamburg Hbf, Fri 21 June",
        "text": """Hi Jordan,

Here's your e-ticket. Show it on your phone or print it out.

Berlin Hbf 08:36 → Hamburg Hbf 10:22 · ICE 802 · Coach 7, seat 64 (reserved)
Hamburg Hbf 19:01 → Berlin Hbf 20:49 · ICE 1513 · no reservation

Passenger: Jordan Almeida
Booking reference: RB-4481-2291
Price: €59.98

Have a good trip!
Railbird
""",
        "attach": [
            (
                "eTicket_RB-4481-2291.pdf",
                "application/pdf",
                "%PDF-1.4\n% ticket placeholder\n%%EOF\n",
            )
        ],
        "t": ("not_job", "en"),
    },
    {
        "id": "<eta.received.GB24-8812-0471@eta-portal.example>",
        "date": "2024-06-24 17:30:12 +0100",
        "from": "Travel Authorisation Service <noreply@eta-portal.example>",
        "subject": "We have received your application – reference 8812-0471-3390",
        "text": """Dear Jordan Almeida,

Thank you. We have received your application for an electronic travel authorisation and your payment of £10.00.

Application reference: 8812-0471-3390

Most applicants receive a decision within 3 working days. We will email you when a decision has been made. You do not need to contact us in the meantime.

Do not book travel until you have received your decision.

Travel Authorisation Service
This is an automated email. Do not reply.
""",
        "t": ("not_job", "en"),
    },
    # ------------------------------------------------------------------ friends and family
    {
        "id": "<CAM4nQ8v2pX7dL1wR5yT9sK3mB6jF0cH4eZ2aU7iO5nG8tP@mail.gmail.com>",
        "date": "2024-01-14 20:31:17 +0100",
        "from": "Maya Okafor <maya.okafor@mailbox.example>",
        "subject": "Re: Lisbon trip in March?",
        "headers": {
            "In-Reply-To": "<CAJ7rW2s8pE4xF7zO9aN2uS5wL8hJ6gI1kD3eU4xM9rB2zT@mail.fastpost.example>"
        },
        "text": """YES. Count me in!! I can only do the first weekend of March though (8th I have my cousin's thing). Do you want to look at flights this week? I saw Aeroluz has a sale until Sunday.

Also, can we please go back to that tiny tasca with the grilled sardines, I still dream about it

M x

On Sun, 14 Jan 2024 at 18:02, Jordan Almeida <jordan.almeida@fastpost.example> wrote:
> Hey! Random idea: Lisbon for a long weekend in March? I have some holidays left from last year that I need to use before the end of March. Could stay in Alfama again.
>
> J
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<CAL9kP2w7nR4dM0xV8yS3sJ6qC1jH5fG2eB9aT4iN7oK0tQ@mail.gmail.com>",
        "date": "2024-01-27 11:04:50 +0000",
        "from": "Daniel Almeida <dan.almeida@mailbox.example>",
        "subject": "Mum's birthday present",
        "text": """Hey sis,

Mum's 60th is coming up in April (as if you'd forget). I was thinking we could chip in together for that ceramics course she keeps talking about — it's about €240 for the 8-week one. I can book it if you send me half?

Also she asked AGAIN whether you're coming to São Paulo in July. Please just tell her something, she's calling me every Sunday 😅

Dan
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<CAH1mS5x8pT2dN7wQ0yR4sL9kD3jG6fB1eA5aV2iP8oH3tU@mail.gmail.com>",
        "date": "2024-02-18 21:48:33 +0100",
        "from": "Sofia Marques <sofia.marques@mailbox.example>",
        "subject": "photos from Saturday",
        "text": """Here are the ones from the karaoke bar, sorry for the quality. The one of you and Tom doing Bohemian Rhapsody is going straight into the group chat 😂

There are more in the shared album: https://photos.cloudvault.example/s/7QpRk2

xx S
""",
        "attach": [
            ("IMG_4471.jpg", "image/jpeg", "placeholder image bytes"),
            ("IMG_4473.jpg", "image/jpeg", "placeholder image bytes"),
        ],
        "t": ("not_job", "en"),
    },
    {
        "id": "<CAF6jR1v3nQ9dK4xW7yP2sM5tE8jH0fC6eZ3aS1iL4oB7tV@mail.gmail.com>",
        "date": "2024-03-17 18:20:05 +0100",
        "from": "Hanna Berg <hanna.berg@mailbox.example>",
        "to": "Book Club <bookclub-berlin@lists.mailbox.example>",
        "subject": "Book club – next pick + where?",
        "headers": {"List-Id": "Berlin Book Club <bookclub-berlin.lists.mailbox.example>"},
        "text": """Hi all,

Thanks for a lovely evening on Thursday! The vote is in: next month we're reading "The Salt Orchard" (the one Priya recommended). It's about 300 pages, so hopefully manageable.

Lea offered to host on Thursday 18 April at 7:30pm — she's in Neukölln, near Rathaus Neukölln. She says bring snacks, she'll do drinks.

Hanna
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<CAB3kT9w6nP1dR8xQ5yM7sJ2vF4jG9fD0eC8aW6iK1oN4tX@mail.gmail.com>",
        "date": "2024-04-20 10:15:40 +0200",
        "from": "Tom Becker <tom.becker@mailbox.example>",
        "subject": "Re: flat-warming on the 4th?",
        "headers": {
            "In-Reply-To": "<CAJ7rW2u1mF5xG8zP0bO3vT6xM9iK7hJ2lE4fV5yN0sC3aU@mail.fastpost.example>"
        },
        "text": """We'll be there! Can I bring anything? We could bring the big speaker and some folding chairs if you don't have enough.

And congrats again on the new place, Lindenstraße is a great street.

T.

On Fri, 19 Apr 2024 at 22:11, Jordan Almeida <jordan.almeida@fastpost.example> wrote:
> Hi everyone! I'm finally moving at the end of the month 🎉 Flat-warming on Saturday 4 May from 7pm, Lindenstraße 14, 3rd floor. Bring whoever you like.
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<CAD8mV2x5pS6dQ3wN9yK1sR4tH7jF2fE5eB0aX8iM3oL6tY@mail.gmail.com>",
        "date": "2024-05-12 13:27:19 +0200",
        "from": "Maya Okafor <maya.okafor@mailbox.example>",
        "subject": "thank you + photos",
        "text": """Best flat-warming ever. Your balcony is a dream, I'm very jealous.

Photos attached, including the blurry one of the cake incident. Sorry again about the carpet 🙈 I'll pay for the cleaning, no arguments.

See you Thursday for climbing?
M
""",
        "attach": [("flatwarming_01.jpg", "image/jpeg", "placeholder image bytes")],
        "t": ("not_job", "en"),
    },
    {
        "id": "<CAK5nW8x1pR3dT6wM2yQ9sP7vG0jH4fB8eC1aY5iN6oJ9tZ@mail.gmail.com>",
        "date": "2024-06-09 09:02:44 +0100",
        "from": "Priya & James <priyaandjames.wedding@mailbox.example>",
        "subject": "Reminder: please RSVP by 15 June 💍",
        "html": """<html><body style="font-family:Georgia,serif;text-align:center;color:#5b4636">
<h2>Priya &amp; James</h2>
<p>Saturday 7 September 2024 · Oxford</p>
<p>Hi Jordan! We haven't received your RSVP yet &mdash; could you let us know by <b>15 June</b> whether you can make it, and any dietary requirements?</p>
<p><a href="https://rsvp.weddingpage.example/priya-james">RSVP here</a></p>
<p>We hope to celebrate with you!</p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<calendar-31a9e0c2-7d4f-4b8a-9e1c-5f6a7b8c9d0e@google.com>",
        "date": "2024-01-30 12:20:03 +0100",
        "from": "Maya Okafor <maya.okafor@mailbox.example>",
        "sender": "Google Calendar <calendar-notification@google.com>",
        "subject": "Invitation: Dinner at Maya's 🍝 @ Sat Feb 3, 2024 7:30pm - 11pm (CET) (jordan.almeida@fastpost.example)",
        "text": """Bring wine, I'm making the lasagne!

Dinner at Maya's 🍝
Saturday Feb 3, 2024 ⋅ 7:30pm – 11pm
Central European Time - Berlin

Location
Weserstraße 12, 12047 Berlin

Organizer
Maya Okafor
maya.okafor@mailbox.example

Reply for jordan.almeida@fastpost.example
Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=MzFhOWUwYzI&rst=1
No: https://calendar.google.com/calendar/event?action=RESPOND&eid=MzFhOWUwYzI&rst=2

Invitation from Google Calendar
""",
        "ics": {
            "uid": "31a9e0c27d4f4b8a9e1c5f6a7b8c9d0e@google.com",
            "start": "2024-02-03 19:30:00 +0100",
            "minutes": 210,
            "organizer": ("Maya Okafor", "maya.okafor@mailbox.example"),
            "attendees": [("Sofia Marques", "sofia.marques@mailbox.example")],
            "summary": "Dinner at Maya's 🍝",
            "location": "Weserstraße 12, 12047 Berlin",
            "description": "Bring wine, I'm making the lasagne!",
        },
        "t": ("not_job", "en"),
    },
    # ------------------------------------------------------------------ newsletters
    {
        "id": "<dpw.142.20240116.0700@newsletter.datapipelineweekly.example>",
        "date": "2024-01-16 07:00:00 +0000",
        "from": "Data Pipeline Weekly <hello@newsletter.datapipelineweekly.example>",
        "subject": "DPW #142: An interview with the creator of Flowline",
        "headers": {
            "List-Unsubscribe": "<https://datapipelineweekly.example/unsubscribe?u=88213>",
            "List-Id": "<dpw.datapipelineweekly.example>",
        },
        "html": """<html><body style="font-family:Georgia,serif;max-width:620px">
<h1>Data Pipeline Weekly #142</h1>
<h3>This week: an interview with the creator of Flowline</h3>
<p>We sat down with Ravi Menon, who started Flowline as a weekend project in 2019. We talked about why he rewrote the scheduler three times, what he'd do differently, and why "exactly once" is mostly a marketing term.</p>
<p><a href="https://datapipelineweekly.example/142/interview-flowline">Read the interview &rarr;</a></p>
<h3>Links</h3>
<ul><li>Benchmarking columnar formats on cheap hardware</li><li>A gentle introduction to change data capture</li><li>Why your dbt project is slow (and three ways to fix it)</li></ul>
<p style="font-size:11px">You're receiving this because you subscribed at datapipelineweekly.example. <a href="https://datapipelineweekly.example/unsubscribe?u=88213">Unsubscribe</a></p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<dpw.145.20240206.0700@newsletter.datapipelineweekly.example>",
        "date": "2024-02-06 07:00:00 +0000",
        "from": "Data Pipeline Weekly <hello@newsletter.datapipelineweekly.example>",
        "subject": "DPW #145: Stop partitioning by day",
        "headers": {
            "List-Unsubscribe": "<https://datapipelineweekly.example/unsubscribe?u=88213>",
            "List-Id": "<dpw.datapipelineweekly.example>",
        },
        "html": """<html><body style="font-family:Georgia,serif;max-width:620px">
<h1>Data Pipeline Weekly #145</h1>
<p>Hot take of the week: most tables partitioned by day would be faster, cheaper and simpler partitioned by month. We look at three real workloads.</p>
<ul><li>Iceberg vs. Delta: what changed in 2024</li><li>Testing streaming jobs without a cluster</li><li>Reader mail: "how do you document 400 dbt models?"</li></ul>
<p style="font-size:11px"><a href="https://datapipelineweekly.example/unsubscribe?u=88213">Unsubscribe</a></p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<dpw.149.20240305.0700@newsletter.datapipelineweekly.example>",
        "date": "2024-03-05 07:00:00 +0000",
        "from": "Data Pipeline Weekly <hello@newsletter.datapipelineweekly.example>",
        "subject": "DPW #149: The offer you can't refuse (from your cloud bill)",
        "headers": {
            "List-Unsubscribe": "<https://datapipelineweekly.example/unsubscribe?u=88213>",
            "List-Id": "<dpw.datapipelineweekly.example>",
        },
        "html": """<html><body style="font-family:Georgia,serif;max-width:620px">
<h1>Data Pipeline Weekly #149</h1>
<p>Every cloud vendor has a "committed use" offer. We ran the numbers for a mid-sized warehouse and found when they pay off &mdash; and when they lock you in.</p>
<ul><li>Small files, big problems: compaction strategies</li><li>Schema registries compared</li></ul>
<p style="font-size:11px"><a href="https://datapipelineweekly.example/unsubscribe?u=88213">Unsubscribe</a></p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<dpw.154.20240409.0700@newsletter.datapipelineweekly.example>",
        "date": "2024-04-09 07:00:00 +0000",
        "from": "Data Pipeline Weekly <hello@newsletter.datapipelineweekly.example>",
        "subject": "DPW #154: Data contracts, one year later",
        "headers": {
            "List-Unsubscribe": "<https://datapipelineweekly.example/unsubscribe?u=88213>",
            "List-Id": "<dpw.datapipelineweekly.example>",
        },
        "text": """DATA PIPELINE WEEKLY #154

Data contracts, one year later
Last April we asked five teams how they were rolling out data contracts. We checked back in: two gave up, two are happy, and one rewrote everything in protobuf.

Also this week
- Kafka tiered storage in production
- A review of three open-source lineage tools
- Our reader survey results (thank you, all 1,204 of you)

Unsubscribe: https://datapipelineweekly.example/unsubscribe?u=88213
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<dpw.159.20240514.0700@newsletter.datapipelineweekly.example>",
        "date": "2024-05-14 07:00:00 +0000",
        "from": "Data Pipeline Weekly <hello@newsletter.datapipelineweekly.example>",
        "subject": "DPW #159: Interviewing your data (a conversation about observability)",
        "headers": {
            "List-Unsubscribe": "<https://datapipelineweekly.example/unsubscribe?u=88213>",
            "List-Id": "<dpw.datapipelineweekly.example>",
        },
        "text": """DATA PIPELINE WEEKLY #159

Interviewing your data
This week's long read is a conversation with Dr. Amara Eze about data observability: which checks actually catch incidents, and which just create alert fatigue.

Quick links
- DuckDB in the browser for ad-hoc QA
- How we cut our Airflow DAG count by 60%
- Conference season: our picks for the summer

Unsubscribe: https://datapipelineweekly.example/unsubscribe?u=88213
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<dpw.163.20240611.0700@newsletter.datapipelineweekly.example>",
        "date": "2024-06-11 07:00:00 +0000",
        "from": "Data Pipeline Weekly <hello@newsletter.datapipelineweekly.example>",
        "subject": "DPW #163: Summer reading list",
        "headers": {
            "List-Unsubscribe": "<https://datapipelineweekly.example/unsubscribe?u=88213>",
            "List-Id": "<dpw.datapipelineweekly.example>",
        },
        "text": """DATA PIPELINE WEEKLY #163

Summer reading list
Ten long reads we saved for the holidays — from the history of the write-ahead log to a very honest post-mortem of a failed lakehouse migration.

We're taking two weeks off in July. See you on the 23rd!

Unsubscribe: https://datapipelineweekly.example/unsubscribe?u=88213
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<digest.20240125.ja88213@mail.quillpad.example>",
        "date": "2024-01-25 06:30:00 +0000",
        "from": "Quillpad Daily Digest <noreply@mail.quillpad.example>",
        "subject": "I rewrote our ETL in SQL only. Here's what happened | Jordan, top stories for you",
        "headers": {"List-Unsubscribe": "<https://quillpad.example/settings/unsubscribe?t=digest>"},
        "text": """Today's highlights

I rewrote our ETL in SQL only. Here's what happened.
Lina Park · 9 min read

The quiet death of the data warehouse team
R. Osei · 6 min read

Why I stopped using notebooks for everything
Jan Novak · 4 min read

More from Quillpad: https://quillpad.example/feed
Unsubscribe from the daily digest: https://quillpad.example/settings/unsubscribe?t=digest
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<digest.20240222.ja88213@mail.quillpad.example>",
        "date": "2024-02-22 06:30:00 +0000",
        "from": "Quillpad Daily Digest <noreply@mail.quillpad.example>",
        "subject": "What nobody tells you about technical interviews | Jordan, top stories for you",
        "headers": {"List-Unsubscribe": "<https://quillpad.example/settings/unsubscribe?t=digest>"},
        "text": """Today's highlights

What nobody tells you about technical interviews
Marcus Hale · 11 min read

Postgres is enough (again)
Ana Duarte · 7 min read

A year of running on a standing desk
Kim Sørensen · 5 min read

More from Quillpad: https://quillpad.example/feed
Unsubscribe from the daily digest: https://quillpad.example/settings/unsubscribe?t=digest
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<episode.88.20240328@podcasts.thestreamingshow.example>",
        "date": "2024-03-28 05:00:00 +0000",
        "from": "The Streaming Show <episodes@podcasts.thestreamingshow.example>",
        "subject": "New episode: Interview with Rosa Lind on event-driven architecture",
        "text": """Episode 88 is out!

In this interview, Rosa Lind (principal engineer, ex-payments) talks about the mistakes she made adopting event sourcing, how to sell "boring technology" to leadership, and why she still prints out architecture diagrams.

Listen: https://thestreamingshow.example/88
Also on your favourite podcast app.

Thanks for listening,
Nadia & Chris
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<cfp.reminder.20240425@pipelineconf.example>",
        "date": "2024-04-25 09:00:00 +0200",
        "from": "PipelineConf Berlin <team@pipelineconf.example>",
        "subject": "Last call: the PipelineConf CFP closes Friday",
        "text": """Hi Jordan,

Our call for papers for PipelineConf Berlin (24–25 September 2024) closes this Friday at midnight CEST.

We're especially looking for talks on:
- real-world streaming war stories
- data quality and testing
- cost and performance at scale

First-time speakers are very welcome, and we offer speaker coaching.

Submit a talk: https://pipelineconf.example/cfp

See you in September,
The PipelineConf team
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<order.PC24-10442.20240522@tickets.pipelineconf.example>",
        "date": "2024-05-22 14:41:09 +0200",
        "from": "PipelineConf Tickets <tickets@pipelineconf.example>",
        "subject": "Order confirmation: PipelineConf Berlin 2024 – Early Bird",
        "text": """Thank you for your order!

Order number: PC24-10442
Ticket: Early Bird Conference Pass (2 days) × 1
Attendee: Jordan Almeida
Price: €349.00 (incl. 19% VAT)

24–25 September 2024 · Festsaal Kreuzberg, Berlin

Your ticket with QR code is attached. You can change the attendee name until 1 September.

PipelineConf UG (haftungsbeschränkt)
""",
        "attach": [
            (
                "PipelineConf2024_Ticket_PC24-10442.pdf",
                "application/pdf",
                "%PDF-1.4\n% ticket placeholder\n%%EOF\n",
            )
        ],
        "t": ("not_job", "en"),
    },
    {
        "id": "<mkt.earlybird.lastday.20240619@pipelineconf.example>",
        "date": "2024-06-19 10:00:00 +0200",
        "from": "PipelineConf Berlin <team@pipelineconf.example>",
        "subject": "⏰ Final reminder: our workshop offer ends tonight",
        "headers": {"List-Unsubscribe": "<https://pipelineconf.example/unsubscribe?e=ja>"},
        "html": """<html><body style="font-family:Arial,sans-serif">
<h2>Add a workshop for 30% off &mdash; tonight only</h2>
<p>As a ticket holder, you can add one of our hands-on workshops (Kafka Streams, dbt testing, or Lakehouse Ops) for €140 instead of €200. This offer ends at midnight.</p>
<p><a href="https://pipelineconf.example/workshops?code=ADDON30">Claim the offer</a></p>
<p style="font-size:11px"><a href="https://pipelineconf.example/unsubscribe?e=ja">Unsubscribe</a></p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<mkt.valentine.20240213.ja@news.parcelbay.example>",
        "date": "2024-02-13 08:00:00 +0000",
        "from": "Parcelbay Deals <deals@news.parcelbay.example>",
        "subject": "Last-minute Valentine's offers, delivered tomorrow 💘",
        "headers": {"List-Unsubscribe": "<https://www.parcelbay.example/unsubscribe?list=deals>"},
        "html": """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#c2185b">Forgot something? We've got you.</h2>
<p>Order by 10pm tonight for delivery tomorrow.</p>
<p>&#10084; Chocolates from €9.99 &nbsp; &#10084; Flowers from €24.90 &nbsp; &#10084; Experience gifts</p>
<p><a href="https://www.parcelbay.example/valentines">Shop the offers</a></p>
<p style="font-size:11px"><a href="https://www.parcelbay.example/unsubscribe?list=deals">Unsubscribe</a></p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<spring.sale.20240322@thimbleandco.example>",
        "date": "2024-03-22 09:30:00 +0000",
        "from": "Thimble & Co <hello@thimbleandco.example>",
        "subject": "Spring sale: 25% off all yarn this weekend 🌷",
        "headers": {"List-Unsubscribe": "<https://thimbleandco.example/unsubscribe>"},
        "html": """<html><body style="font-family:Georgia,serif;color:#4a3b2c">
<p>Hello lovely knitters,</p>
<p>Spring is finally here, and so is our biggest sale of the season: <b>25% off all yarn</b> until Sunday night with code <b>BLOOM25</b>.</p>
<p>New this month: hand-dyed sock yarn in six colours inspired by English gardens.</p>
<p><a href="https://thimbleandco.example/sale">Shop the sale</a></p>
<p style="font-size:11px"><a href="https://thimbleandco.example/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<reward.88213.20240524@prizes-rewards.example>",
        "date": "2024-05-24 03:17:44 +0000",
        "from": "Customer Rewards <rewards@prizes-rewards.example>",
        "subject": "Congratulations! You've been selected for an exclusive reward",
        "html": """<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#e65100">Congratulations, Valued Customer!</h1>
<p>You have been <b>selected</b> to receive an exclusive reward worth up to <b>€500</b>. This offer is reserved for you for the next <b>24 hours</b>.</p>
<p>Simply complete our short survey to claim your prize!</p>
<p><a href="https://prizes-rewards.example/claim?id=88213">CLAIM MY REWARD</a></p>
<p style="font-size:9px;color:#999">You received this message because you are a member of our partner network. To stop receiving these emails click here.</p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    # ------------------------------------------------------------------ SaaS notifications
    {
        "id": "<jalmeida/dbt-player-metrics/security-alert/41@codeharbor.example>",
        "date": "2024-01-18 13:02:11 +0000",
        "from": "CodeHarbor <noreply@codeharbor.example>",
        "subject": "[jalmeida/dbt-player-metrics] Security alert: jinja2 vulnerability",
        "headers": {
            "List-Id": "jalmeida/dbt-player-metrics <dbt-player-metrics.jalmeida.codeharbor.example>"
        },
        "text": """We found a potential security vulnerability in a dependency of jalmeida/dbt-player-metrics.

Package: jinja2 (pip)
Affected versions: < 3.1.3
Severity: moderate
Manifest: requirements.txt

An automated pull request to update jinja2 to 3.1.3 has been opened: https://codeharbor.example/jalmeida/dbt-player-metrics/pull/17

You are receiving this because you own this repository.
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<kafka-tools/kt/pull/212/c1958821@codeharbor.example>",
        "date": "2024-02-09 16:45:28 +0000",
        "from": "Lukas Meyer <notifications@codeharbor.example>",
        "subject": "Re: [kafka-tools/kt] Fix consumer lag metric for compacted topics (PR #212)",
        "headers": {
            "In-Reply-To": "<kafka-tools/kt/pull/212@codeharbor.example>",
            "References": "<kafka-tools/kt/pull/212@codeharbor.example>",
            "List-Id": "kafka-tools/kt <kt.kafka-tools.codeharbor.example>",
        },
        "text": """@lmeyer approved this pull request.

Thanks @jalmeida, this looks good to me. Could you add a line to the CHANGELOG before we merge? Also happy to offer a follow-up review for the docs change if you want to split it out.

—
Reply to this email directly or view it on CodeHarbor:
https://codeharbor.example/kafka-tools/kt/pull/212#pullrequestreview-1958821
You are receiving this because you authored the thread.
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<invoice.DC-2024-03-00412@billing.driftwoodcloud.example>",
        "date": "2024-03-14 02:10:00 +0000",
        "from": "Driftwood Cloud Billing <billing@driftwoodcloud.example>",
        "subject": "Your Driftwood Cloud invoice for February 2024",
        "text": """Hello Jordan,

Your invoice DC-2024-03-00412 for February 2024 is now available.

Amount due: $7.42
Payment method: Visa ending in 4417 (charged automatically on March 15)

Usage summary
  Droplet-s-1vcpu-1gb (fra1)   $6.00
  Backups                       $1.20
  Bandwidth overage             $0.22

View invoice: https://cloud.driftwoodcloud.example/billing/invoices/DC-2024-03-00412

Driftwood Cloud
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<invoice.DC-2024-04-00988@billing.driftwoodcloud.example>",
        "date": "2024-04-12 02:10:00 +0000",
        "from": "Driftwood Cloud Billing <billing@driftwoodcloud.example>",
        "subject": "Your Driftwood Cloud invoice for March 2024",
        "text": """Hello Jordan,

Your invoice DC-2024-04-00988 for March 2024 is now available.

Amount due: $7.20
Payment method: Visa ending in 4417 (charged automatically on April 15)

View invoice: https://cloud.driftwoodcloud.example/billing/invoices/DC-2024-04-00988

Driftwood Cloud
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<pwreset.91c2e7.20240404@trellis.example>",
        "date": "2024-04-04 21:33:02 +0000",
        "from": "Trellis <no-reply@trellis.example>",
        "subject": "Reset your Trellis password",
        "text": """Hi Jordan,

Someone (hopefully you) asked to reset the password for your Trellis account.

Reset your password: https://trellis.example/reset?token=91c2e7b0a4d3

This link expires in 1 hour. If you didn't ask for this, you can ignore this email — your password won't change.

The Trellis team
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<verify.4a71c2.20240416@notely.example>",
        "date": "2024-04-16 18:05:40 +0000",
        "from": "Notely <welcome@notely.example>",
        "subject": "Verify your email address",
        "text": """Welcome to Notely, Jordan!

Please confirm your email address to finish setting up your account:
https://app.notely.example/verify?token=4a71c2e95b8d

If you didn't create a Notely account, you can safely ignore this email.

— Notely
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<otp.904117.20240509@notely.example>",
        "date": "2024-05-09 08:44:12 +0000",
        "from": "Notely <security@notely.example>",
        "subject": "Your Notely sign-in code: 904117",
        "text": """Your sign-in code is 904117

Enter this code to sign in to Notely on a new device. It expires in 10 minutes.

If you didn't try to sign in, please change your password.
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<research.invite.2024q2.ja@trellis.example>",
        "date": "2024-05-16 15:20:00 +0000",
        "from": "Kim from Trellis <research@trellis.example>",
        "subject": "We'd love to interview you about how you use Trellis",
        "text": """Hi Jordan,

I'm Kim, a user researcher at Trellis. We noticed you use boards and automations a lot, and we'd love to learn from you.

Would you be up for a 30-minute video interview in the next two weeks? We'll ask about how you plan your work and what frustrates you about Trellis today. As a thank-you, we'll send you a €50 voucher.

Pick a time that suits you: https://trellis.example/research/schedule?s=2024q2

Thanks!
Kim
User Research, Trellis
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<weekly.summary.20240605.ja@stride.example>",
        "date": "2024-06-05 06:00:00 +0000",
        "from": "Stride <weekly@stride.example>",
        "subject": "Your week on Stride: 3 runs, 24.6 km 🏃",
        "text": """Nice week, Jordan!

Runs: 3
Distance: 24.6 km
Time: 2h 21m
Longest run: 11.2 km (Sunday, Tempelhofer Feld)

You're 68% of the way to your June goal of 100 km.

See your training log: https://stride.example/athlete/training
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<storage.warning.90pct.20240621@cloudvault.example>",
        "date": "2024-06-21 12:00:00 +0000",
        "from": "CloudVault <no-reply@cloudvault.example>",
        "subject": "Your CloudVault storage is almost full",
        "text": """Hi Jordan,

You've used 14.3 GB of your 15 GB of free storage. When your storage is full, new photos won't back up and you won't be able to receive files.

Get 100 GB for €1.99/month: https://cloudvault.example/upgrade
Or free up space: https://cloudvault.example/storage

The CloudVault team
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<renewal.jalmeida-example.20240702@domains.registrar.example>",
        "date": "2024-07-02 04:00:00 +0000",
        "from": "Nameplate Domains <renewals@domains.registrar.example>",
        "subject": "Your domain jalmeida.example expires in 30 days",
        "text": """Hi Jordan,

Your domain jalmeida.example expires on 1 August 2024. Auto-renew is OFF.

Renew for 1 year: €11.90
Renew now: https://nameplate.registrar.example/domains/jalmeida.example/renew

If you don't renew, your website and any email addresses on this domain will stop working.

Nameplate Domains
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<event.meetup.bde.20240326@meetups.gatherly.example>",
        "date": "2024-03-26 17:00:00 +0100",
        "from": "Gatherly <info@meetups.gatherly.example>",
        "subject": "New event: Berlin Data Engineering Meetup #41 – Streaming in practice",
        "text": """Berlin Data Engineering Meetup has scheduled a new event:

#41 – Streaming in practice
Thursday, April 18, 2024, 6:30 PM
Hosted at Kestrel Mobility, Torstraße 118, Berlin

Talks:
 - "Exactly-once is a lie we tell ourselves" – Jonas Keller
 - "From batch to streaming in 90 days" – Ifeoma Nwosu

Pizza and drinks from 6:30, talks from 7:15.

RSVP: https://gatherly.example/berlin-data-engineering/events/41
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<rsvp.confirm.bde41.ja@meetups.gatherly.example>",
        "date": "2024-04-17 09:10:00 +0200",
        "from": "Gatherly <info@meetups.gatherly.example>",
        "subject": 'Reminder: You\'re going to "#41 – Streaming in practice" tomorrow',
        "text": """See you tomorrow!

#41 – Streaming in practice
Thursday, April 18, 2024, 6:30 PM
Kestrel Mobility, Torstraße 118, Berlin

Can't make it anymore? Please update your RSVP so someone on the waitlist can come: https://gatherly.example/berlin-data-engineering/events/41
""",
        "t": ("not_job", "en"),
    },
    # ------------------------------------------------------------------ LinkedIn social
    {
        "id": "<1708516801913.66120.1708516801913@ltx1-app0098.prod.linkedin.com>",
        "date": "2024-02-21 12:00:01 +0000",
        "from": "LinkedIn <notifications-noreply@linkedin.com>",
        "subject": "Congratulate Sofia Marques on her new job",
        "text": """Sofia Marques started a new position

Sofia Marques
Product Designer at Brindle Health

Congratulate Sofia: https://www.linkedin.com/comm/feed/update/urn:li:activity:7166012/

You are receiving notification emails about your network.
Unsubscribe: https://www.linkedin.com/e/v2?e=notif-unsub
© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<1714382402004.11002.1714382402004@ltx1-app2921.prod.linkedin.com>",
        "date": "2024-04-29 09:20:02 +0000",
        "from": "LinkedIn <invitations@linkedin.com>",
        "subject": "You have 2 new invitations",
        "text": """Jordan, you have 2 new invitations

Omar Haddad
Staff Data Engineer at Halcyon Health
Accept: https://www.linkedin.com/comm/mynetwork/invite-accept/7191

Ifeoma Nwosu
Data Platform Lead at Amberline Logistics
Accept: https://www.linkedin.com/comm/mynetwork/invite-accept/7192

See all invitations: https://www.linkedin.com/mynetwork/invitation-manager/

© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<1719399303771.90441.1719399303771@ltx1-app1556.prod.linkedin.com>",
        "date": "2024-06-26 10:55:03 +0000",
        "from": "LinkedIn <notifications-noreply@linkedin.com>",
        "subject": "Lukas Meyer mentioned you in a comment",
        "text": """Lukas Meyer mentioned you in a comment

"Great write-up on consumer lag! @Jordan Almeida did most of the hard work on the compacted-topics fix 🙌"

View comment: https://www.linkedin.com/comm/feed/update/urn:li:activity:7211559/

You are receiving notification emails.
© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        "t": ("not_job", "en"),
    },
    # ------------------------------------------------------------------ look-alike applications
    {
        "id": "<ndsss.app.2024-0318@apply.nordicdatascience.example>",
        "date": "2024-01-24 14:22:05 +0100",
        "from": "Nordic Data Science Summer School <admissions@nordicdatascience.example>",
        "subject": "Your application to the Nordic Data Science Summer School 2024",
        "text": """Dear Jordan Almeida,

Thank you for your application to the Nordic Data Science Summer School 2024 (Uppsala, 12–23 August). Your application number is NDSSS-2024-0318.

The selection committee will review all applications after the deadline on 15 February. You will be notified of the admission decision by the end of March.

If you applied for a tuition waiver, please make sure your motivation letter explains your circumstances.

Best regards,
The NDSSS Admissions Team
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<ndsss.decision.2024-0318@apply.nordicdatascience.example>",
        "date": "2024-03-20 10:00:00 +0100",
        "from": "Nordic Data Science Summer School <admissions@nordicdatascience.example>",
        "subject": "Admission decision – NDSSS 2024",
        "text": """Dear Jordan Almeida,

We are delighted to inform you that you have been admitted to the Nordic Data Science Summer School 2024. Congratulations! This year we received over 900 applications for 60 places.

Please confirm your place by 5 April by paying the participation fee of €450 (accommodation included). Unfortunately, we were not able to offer you a tuition waiver this year.

We look forward to welcoming you in Uppsala!

The NDSSS Admissions Team
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<volunteer.confirm.BHM24-2210@volunteers.berlinhalf.example>",
        "date": "2024-02-15 19:40:31 +0100",
        "from": "Berlin Half Marathon Volunteers <volunteers@berlinhalf.example>",
        "subject": "Thank you for applying to volunteer!",
        "text": """Hi Jordan,

Thank you for applying to volunteer at the Berlin Half Marathon on Sunday, 7 April 2024! We've received your application (ID BHM24-2210) and your preferred role: "Water station".

Our volunteer team will confirm your shift and meeting point in March. Every volunteer receives a T-shirt, food and drinks on the day.

Thanks for making the race possible!
Volunteer Team, Berlin Half Marathon
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<hold.ready.88213.20240407@cityreads.example>",
        "date": "2024-04-07 08:12:00 +0200",
        "from": "CityReads e-Library <noreply@cityreads.example>",
        "subject": 'Your hold is ready: "The Salt Orchard"',
        "text": """Good news! The title you placed on hold is now available to borrow.

The Salt Orchard (eBook)

Borrow it within 3 days or it will go to the next person on the waitlist: https://cityreads.example/loans

Happy reading!
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<survey.delivery.1Z88A0120344@swiftparcel.example>",
        "date": "2024-03-15 11:00:00 +0100",
        "from": "SwiftParcel <feedback@swiftparcel.example>",
        "subject": "How did we do? Rate your delivery",
        "text": """Hi,

Your parcel 1Z88A0120344 was delivered on 13 March. How satisfied were you with your delivery?

Very satisfied: https://swiftparcel.example/fb?s=5
Satisfied: https://swiftparcel.example/fb?s=4
Neutral: https://swiftparcel.example/fb?s=3
Unsatisfied: https://swiftparcel.example/fb?s=2

Thank you for your feedback!
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<policy.docs.TI-5530921@insure.wanderwise.example>",
        "date": "2024-06-12 15:33:21 +0200",
        "from": "WanderWise Insurance <policies@insure.wanderwise.example>",
        "subject": "Your travel insurance policy documents",
        "text": """Dear Jordan Almeida,

Thank you for choosing WanderWise. Your annual multi-trip travel insurance is now active.

Policy number: TI-5530921
Cover: Europe, 1 July 2024 – 30 June 2025
Premium: €79.00

Your policy documents and insurance product information document are attached. Please keep them safe and take the emergency number with you when you travel: +49 89 555 0101.

WanderWise Insurance
""",
        "attach": [
            (
                "WanderWise_Policy_TI-5530921.pdf",
                "application/pdf",
                "%PDF-1.4\n% policy placeholder\n%%EOF\n",
            )
        ],
        "t": ("not_job", "en"),
    },
    {
        "id": "<billing.20240703.9d8c7b6a@flickbox.example>",
        "date": "2024-07-03 03:12:00 +0000",
        "from": "Flickbox <info@account.flickbox.example>",
        "subject": "We're updating our prices",
        "text": """Hi Jordan,

We're writing to let you know that the price of your Standard plan will change from €12.99 to €13.99 per month, starting with your billing date on 20 August 2024.

We keep investing in new series and films — like "Harbour Lights" and this summer's "The Ferryman's Daughter".

You can change or cancel your plan at any time: https://www.flickbox.example/account

— The Flickbox team
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<CAJ2pR7w4nT8dK1xS6yV3sM0qB5jF9fH2eC7aZ4iL1oP8tW@mail.gmail.com>",
        "date": "2024-03-03 10:41:12 +0000",
        "from": "Daniel Almeida <dan.almeida@mailbox.example>",
        "subject": "Re: Mum's birthday present",
        "headers": {
            "In-Reply-To": "<CAJ7rW2v3nG6xH9zQ1cP4wU7yN0jL8iK3mF5gW6zO1tD4bV@mail.fastpost.example>"
        },
        "text": """Booked! She starts on 6 April, Saturdays 10–12. I'll send you the PayPal request for your half (€120).

Did you tell her about July yet?? 🙃

D

On Sat, 2 Mar 2024 at 22:15, Jordan Almeida <jordan.almeida@fastpost.example> wrote:
> Yes, let's do the ceramics course! Sorry for the slow reply, I was in Lisbon with Maya. Go ahead and book, I'll send you my half.
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<CAN1qS6x9pV4dR2wT7yL5sK8mC3jG1fE9eD6aX2iM5oQ0tY@mail.gmail.com>",
        "date": "2024-05-31 19:08:54 +0200",
        "from": "Hanna Berg <hanna.berg@mailbox.example>",
        "to": "Book Club <bookclub-berlin@lists.mailbox.example>",
        "subject": "June book club is cancelled (sorry!)",
        "headers": {"List-Id": "Berlin Book Club <bookclub-berlin.lists.mailbox.example>"},
        "text": """Hi all,

Half of us are travelling in June, so let's skip this month and meet again on Thursday 11 July. Same book, more time to finish it :)

Have a lovely summer start!
Hanna
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<confirm.sub.20240108.88213@newsletter.datapipelineweekly.example>",
        "date": "2024-01-08 21:40:02 +0000",
        "from": "Data Pipeline Weekly <hello@newsletter.datapipelineweekly.example>",
        "subject": "Confirm your subscription to Data Pipeline Weekly",
        "text": """Hi there,

Please confirm that you want to receive Data Pipeline Weekly at jordan.almeida@fastpost.example:

Yes, subscribe me: https://datapipelineweekly.example/confirm?u=88213&t=ab41c

If you didn't sign up, just ignore this email.
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<CAP4rT1w8nQ6dM3xV9yK2sS7tD0jH5fB4eE8aW1iN6oR3tZ@mail.gmail.com>",
        "date": "2024-04-12 22:03:40 +0200",
        "from": "Sofia Marques <sofia.marques@mailbox.example>",
        "subject": "moving day!!",
        "text": """I can help on the 27th from 10 until ~3, then I have to go to my sister's. I'll bring the drill and the good tape.

Do you need boxes? We have like 20 from our move, all flat-packed in the cellar.

S
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<hosting.notice.20240220@driftwoodcloud.example>",
        "date": "2024-02-20 16:00:00 +0000",
        "from": "Driftwood Cloud <no-reply@driftwoodcloud.example>",
        "subject": "Scheduled maintenance in FRA1 on February 27",
        "text": """Hello,

We will perform scheduled network maintenance in our FRA1 region on Tuesday, February 27, 2024 between 01:00 and 03:00 UTC. Droplets in this region may experience up to 5 minutes of network interruption.

No action is required on your part.

Driftwood Cloud Status: https://status.driftwoodcloud.example
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<receipt.3f2e.20240608.1212@copperleaf.example>",
        "date": "2024-06-08 12:12:20 +0200",
        "from": "Copperleaf Coffee <receipts@copperleaf.example>",
        "subject": "Your receipt from Copperleaf Coffee",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;text-align:center">
<h3>Copperleaf Coffee – Warschauer Str.</h3>
<p style="font-size:28px">€11.60</p>
<table align="center" style="text-align:left"><tr><td>Iced latte × 2</td><td>€9.20</td></tr>
<tr><td>Banana bread</td><td>€2.40</td></tr></table>
<p>Visa •••• 4417 · Jun 8, 2024, 12:12 PM</p>
<p>🎉 You've earned a free drink! Show this receipt on your next visit.</p>
</body></html>""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<trip.receipt.8a7b6c5d4e.1716065400@zoomcab.example>",
        "date": "2024-05-18 22:50:00 +0200",
        "from": "Zoomcab Receipts <noreply@zoomcab.example>",
        "subject": "Your Saturday night trip with Zoomcab",
        "text": """Thanks for riding, Jordan

Total: €18.90
Trip fare €17.40 · Booking fee €1.50

22:18 Sonnenallee 67 → 22:47 Lindenstraße 14
9.1 km · 29 min

Rate your driver: https://zoomcab.example/rate/8a7b6c5d4e
""",
        "t": ("not_job", "en"),
    },
    {
        "id": "<alerts.statement.202405.4417@notifications.lumenbank.example>",
        "date": "2024-06-01 06:00:00 +0200",
        "from": "Lumen Bank <no-reply@notifications.lumenbank.example>",
        "subject": "Your May statement is ready",
        "text": """Hi Jordan,

Your statement for May 2024 is ready in the Lumen app.

Lumen Travel Visa •••• 4417
Statement balance: €1,036.12
Minimum payment: €31.08, due 15 June 2024 (paid automatically by direct debit)

Log in to view: https://app.lumenbank.example/statements

Lumen Bank
""",
        "t": ("not_job", "en"),
    },
]
