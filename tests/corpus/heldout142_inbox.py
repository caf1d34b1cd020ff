# ruff: noqa: E501, RUF100
"""Corpus 142, the ordinary inbox: services, shops, government, newsletters (data only): see
heldout142.py."""

from __future__ import annotations

from heldout142_jobs import W9, J, N, ics, m, ms, reply

# --- moving flat: inspections, rental applications, lease -------------------------------------

_rental_no = m(
    "v1r3",
    "2025-09-10 15:20",
    "Brianna Scholz <leasing@gabbaproperty.example>",
    "Application outcome - 14/22 Stanley Street, Woolloongabba",
    N(),
    text="""Hi Declan,

Thank you for your interest in 14/22 Stanley Street, Woolloongabba and for submitting an application through 1Form.

We received a high number of applications for this property and the owner has now selected a tenant. Unfortunately on this occasion your application has not been successful.

We have a number of new listings coming up in Woolloongabba and East Brisbane - keep an eye on realestate.com.au or reply to this email if you'd like us to let you know about suitable properties.

Kind regards,

Brianna Scholz
Leasing Consultant
Gabba Property Co. | 7/120 Logan Road, Woolloongabba QLD 4102
P 07 3391 0442
""",
)

RENTAL = [
    m(
        "v1r0",
        "2025-09-03 12:41",
        "realestate.com.au <no-reply@realestate.com.au>",
        "You're registered for an inspection at 14/22 Stanley Street, Woolloongabba",
        N(),
        html="""<table width="600" align="center" style="font-family:Arial,sans-serif;font-size:14px"><tr><td>
<p>Hi Declan,</p>
<p>You're registered to inspect:</p>
<p><b>14/22 Stanley Street, Woolloongabba, Qld 4102</b><br>2 bed &middot; 1 bath &middot; 1 car &middot; $620 per week</p>
<p><b>Saturday 6 September, 10:15am - 10:30am</b></p>
<p>We've attached a calendar file so you don't forget. If your plans change, please cancel your registration so the agent knows.</p>
<p><a href="https://www.realestate.com.au/property-unit-qld-woolloongabba-14422101">View property</a> &middot; <a href="https://www.realestate.com.au/rent/apply?listing=14422101">Apply with 1Form</a></p>
<p style="font-size:11px;color:#777">REA Group Ltd, 511 Church Street, Richmond VIC 3121. <a href="https://www.realestate.com.au/email-preferences">Email preferences</a></p>
</td></tr></table>""",
        ics=ics(
            "rea-insp-14422101-20250906-1015",
            "2025-09-06 10:15",
            "Inspection: 14/22 Stanley Street, Woolloongabba",
            ("Gabba Property Co", "leasing@gabbaproperty.example"),
            minutes=15,
            location="14/22 Stanley Street, Woolloongabba QLD 4102",
        ),
    ),
    m(
        "v1r1",
        "2025-09-06 13:02",
        "1Form <noreply@1form.com>",
        "Application submitted: 14/22 Stanley Street, Woolloongabba",
        N(),
        html="""<div style="font-family:Arial,sans-serif;font-size:14px;max-width:600px">
<p>Hi Declan,</p>
<p>Your application for <b>14/22 Stanley Street, Woolloongabba QLD 4102</b> has been sent to <b>Gabba Property Co.</b></p>
<p>Application ID: 1F-8830177<br>Proposed move-in date: 1 October 2025<br>Lease term: 12 months<br>Rent offered: $620 per week</p>
<p>The agent will contact you directly about the outcome. You can track this application in your 1Form account.</p>
<p>Good luck!<br>The 1Form team</p>
<p style="font-size:11px;color:#777">1Form is part of realestate.com.au. <a href="https://1form.com/au/privacy">Privacy</a></p>
</div>""",
    ),
    _rental_no,
    m(
        "v1r4",
        "2025-09-13 16:50",
        "realestate.com.au <no-reply@realestate.com.au>",
        "Thanks for inspecting 5/41 Lockhart Street, Woolloongabba",
        N(),
        text="""Hi Declan,

Thanks for inspecting 5/41 Lockhart Street, Woolloongabba today.

Liked it? You can apply in minutes with your 1Form profile:
https://www.realestate.com.au/rent/apply?listing=14430922

Similar properties for rent in Woolloongabba:
- 3/9 Deshon Street - 2 bed - $595 pw
- 12/60 Lytton Road (East Brisbane) - 2 bed - $640 pw

realestate.com.au
""",
    ),
    m(
        "v1r5",
        "2025-09-14 09:27",
        "1Form <noreply@1form.com>",
        "Application submitted: 5/41 Lockhart Street, Woolloongabba",
        N(),
        text="""Hi Declan,

Your application for 5/41 Lockhart Street, Woolloongabba QLD 4102 has been sent to Southbank Residential.

Application ID: 1F-8841932
Proposed move-in date: 27 September 2025
Lease term: 12 months
Rent offered: $600 per week

The agent will contact you directly about the outcome.

The 1Form team
""",
    ),
    m(
        "v1r6",
        "2025-09-18 11:44",
        "Mitch Tavake <mitch@southbankresidential.example>",
        "Congratulations! Application approved - 5/41 Lockhart St",
        N(),
        text="""Hi Declan,

Great news - the owner has approved your application for 5/41 Lockhart Street, Woolloongabba!

Next steps:
1. Sign the General Tenancy Agreement (Form 18a) - I'll send it via DocuSign today.
2. Pay the bond ($2,400) and two weeks' rent in advance ($1,200) within 48 hours of signing. Bank details are in the agreement.
3. Pick up keys from our office on Saturday 27 September from 9am.

Congratulations and welcome to Lockhart St.

Mitch Tavake
Property Manager | Southbank Residential
""",
    ),
    m(
        "v1r7",
        "2025-09-18 14:03",
        "Mitch Tavake via Docusign <dse@docusign.net>",
        "Complete with Docusign: Form 18a General Tenancy Agreement - 5/41 Lockhart St Woolloongabba",
        N(),
        reply_to="mitch@southbankresidential.example",
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="640" style="background:#fff"><tr><td style="padding:24px">
<div style="background:#1e4ca1;color:#fff;padding:28px;text-align:center">Mitch Tavake sent you a document to review and sign.<br><br>
<a href="https://au.docusign.net/Signing/EmailStart.aspx?a=91d0b4a2-2e1c-4b8e-a1c3-66f0a1e4c711" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></div>
<p>Hi Declan, please review and sign your tenancy agreement. The Form 17a entry condition report will follow at key collection. Thanks, Mitch</p>
<p style="font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "v1r8",
        "2025-09-18 20:31",
        "Docusign via Docusign <dse@docusign.net>",
        "Completed: Form 18a General Tenancy Agreement - 5/41 Lockhart St Woolloongabba",
        N(),
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="640" style="background:#fff"><tr><td style="padding:24px">
<div style="background:#1e4ca1;color:#fff;padding:28px;text-align:center">Your document has been completed<br><br>
<a href="https://au.docusign.net/Member/EmailStart.aspx?a=5ac3e6f0-6b2d-4d1e-9b3c-0a7e61a2cc30&amp;r=2" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">VIEW COMPLETED DOCUMENT</a></div>
<p>All parties have completed Form 18a General Tenancy Agreement - 5/41 Lockhart St Woolloongabba.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "v1r9",
        "2025-09-22 10:15",
        "Residential Tenancies Authority <noreply@rta.qld.gov.au>",
        "Bond lodgement receipt - 5/41 Lockhart Street, Woolloongabba",
        N(),
        text="""Residential Tenancies Authority

Bond lodgement receipt

Rental bond number: 8207731
Property: 5/41 Lockhart Street, Woolloongabba QLD 4102
Tenant(s): Declan Ruatapu-Hughes
Bond amount: $2,400.00
Date lodged: 22/09/2025

Keep this receipt. Your bond is held by the RTA until the end of your tenancy. At the end of the tenancy, you can apply for a refund using a Refund of rental bond (Form 4) or online through RTA Web Services.

rta.qld.gov.au | 1300 366 311
""",
    ),
    m(
        "v1s0",
        "2025-09-29 17:05",
        "Mitch Tavake <mitch@southbankresidential.example>",
        "Entry condition report - 5/41 Lockhart St",
        N(),
        text="""Hi Declan,

Hope the move went OK on the weekend. Attached is your copy of the entry condition report (Form 1a). Please go through it, add any comments (photos welcome) and return a signed copy within 3 days.

The smoke alarms were tested on 24/09. The aircon filter is due for a clean in January - we'll organise that.

Cheers,
Mitch
""",
        attach=[
            ("Form1a_5-41LockhartSt.pdf", "application/pdf", "%PDF-1.4\n% entry condition report\n")
        ],
    ),
    m(
        "v1s1",
        "2025-09-08 18:20",
        "Brisbane Easy Movers <bookings@easymovers.example>",
        "Booking confirmed - Sat 27 Sept",
        N(),
        text="""Hi Declan,

Your move is booked!

Date: Saturday 27 September 2025, 12:30pm start
From: 3/118 Vulture Street, Woolloongabba
To: 5/41 Lockhart Street, Woolloongabba (subject to approval - let us know by Friday if the address changes)
Truck: 4.5 tonne + 2 movers, $155/hr (2 hr minimum), callout fee $75

Please have boxes packed and taped. We can supply wardrobe boxes on the day for $15 each.

Brisbane Easy Movers
""",
    ),
]

# --- groceries, shopping, deliveries ------------------------------------------------------------

SHOPS = [
    m(
        "w0o0",
        "2025-09-15 05:30",
        "Woolworths Rewards <woolworthsrewards@e.woolworthsrewards.com.au>",
        "Declan, your boosted offers are here",
        N(),
        html="""<table width="600" align="center" style="font-family:Arial,sans-serif"><tr><td>
<h1 style="color:#178841">Your offers this week</h1>
<p>Hi Declan, boost your offers before Tuesday to collect bonus points.</p>
<p><b>2,000 bonus points</b> when you spend $60 or more in one shop<br><b>10x points</b> on Macro organic range<br><b>500 bonus points</b> on any Cadbury block 180g</p>
<p><a href="https://e.woolworthsrewards.com.au/boost?c=88211" style="background:#178841;color:#fff;padding:10px 20px;text-decoration:none">Boost my offers</a></p>
<p style="font-size:11px;color:#666">Offers valid 15/09/25 - 21/09/25 at Woolworths supermarkets and online. Excludes tobacco, gift cards. Woolworths Group Limited ABN 88 000 014 675. <a href="https://e.woolworthsrewards.com.au/unsub">Unsubscribe</a></p>
</td></tr></table>""",
    ),
    m(
        "w0o1",
        "2025-10-27 05:30",
        "Woolworths Rewards <woolworthsrewards@e.woolworthsrewards.com.au>",
        "Special offers just for you, Declan",
        N(),
        html="""<table width="600" align="center" style="font-family:Arial,sans-serif"><tr><td>
<p>Hi Declan,</p>
<p>We've picked these offers just for you - don't miss out. <b>Exclusive offer:</b> 3,000 bonus points when you shop online with Delivery Now this week.</p>
<p><a href="https://e.woolworthsrewards.com.au/offers?c=90120">See all my offers</a></p>
<p style="font-size:11px;color:#666">Woolworths Group Limited ABN 88 000 014 675. <a href="https://e.woolworthsrewards.com.au/unsub">Unsubscribe</a></p>
</td></tr></table>""",
    ),
    m(
        "w0o2",
        "2025-12-15 05:31",
        "Woolworths <woolworths@e.woolworths.com.au>",
        "Christmas sorted: prawns, pavs and half-price specials",
        N(),
        html="""<table width="600" align="center" style="font-family:Arial,sans-serif"><tr><td>
<h1>Christmas made easy</h1>
<p>Pre-order your seafood by 20 December. Half price: Arnott's Tim Tams, Coca-Cola 24 pack, Bulla ice cream 2L.</p>
<p>Book your Christmas delivery window now - slots are filling fast.</p>
<p style="font-size:11px;color:#666">Prices valid Wed 17/12 - Tue 23/12 in QLD. <a href="https://e.woolworths.com.au/unsub">Unsubscribe</a></p>
</td></tr></table>""",
    ),
    m(
        "w0o3",
        "2026-01-10 16:48",
        "Woolworths Online <online@woolworths.com.au>",
        "Your order has been delivered",
        N(),
        text="""Hi Declan,

Your order 188420117 was delivered at 4:46pm and left at your door as requested.

Items: 32 | Substitutions: 2 (Pauls Zymil milk 2L -> Dairy Farmers lactose free 2L; Wonder white -> Tip Top The One)
Total: $168.42 | Everyday Rewards points earned: 168

Rate your delivery: https://www.woolworths.com.au/shop/myaccount/orders/188420117/rate

Woolworths Online
""",
    ),
    m(
        "w0o4",
        "2025-09-24 10:22",
        "IKEA <noreply@ikea.com.au>",
        "Order confirmation 1389247731",
        N(),
        text="""Thank you for your order, Declan!

Order number: 1389247731
Delivery: Saturday 27 September 2025, 4pm - 9pm
Delivery address: 5/41 Lockhart Street, Woolloongabba QLD 4102

KALLAX shelving unit, white 77x147 cm    x1   $89.00
LACK coffee table, black-brown            x1   $25.00
HEMNES bed frame, white stain, Queen     x1  $429.00
Delivery                                        $79.00
Total (incl. GST)                              $622.00

IKEA Pty Ltd
""",
    ),
    m(
        "w0o5",
        "2025-11-10 13:18",
        "Australia Post <noreply@notifications.auspost.com.au>",
        "Your parcel is on its way",
        N(),
        html="""<table width="600" style="font-family:Arial,sans-serif"><tr><td>
<p><img src="https://auspost.com.au/content/dam/auspost_corp/media/images/ap-logo.png" width="40" alt="Australia Post"></p>
<p><b>Your parcel from Booktopia is on its way</b></p>
<p>Tracking number: 33UHT5048221<br>Estimated delivery: Wed 12 - Thu 13 Nov</p>
<p><a href="https://auspost.com.au/mypost/track/#/details/33UHT5048221">Track your parcel</a></p>
</td></tr></table>""",
    ),
    m(
        "w0o6",
        "2026-02-17 09:02",
        "Australia Post <noreply@notifications.auspost.com.au>",
        "Delivered: your parcel from Amazon AU",
        N(),
        text="""Your parcel was delivered today at 8:58am.

Tracking number: ZT0039274185
Delivered to: front door (photo available in the app)

Track: https://auspost.com.au/mypost/track/#/details/ZT0039274185
""",
    ),
    m(
        "w0o7",
        "2026-02-14 19:40",
        "Amazon.com.au <auto-confirm@amazon.com.au>",
        'Your Amazon.com.au order of "Anker USB-C Hub 7-in-1" and 1 more item',
        N(),
        text="""Hello Declan,

Thank you for shopping with us. We'll send a confirmation when your item ships.

Order #250-7719023-4418230
Arriving: Tuesday, 17 February

Anker USB-C Hub 7-in-1             $49.99
Laptop stand, aluminium, adjustable $32.95

Order Total: $82.94

Amazon.com.au
""",
    ),
    m(
        "w0o8",
        "2025-10-04 20:14",
        "Uber Receipts <noreply@uber.com>",
        "Your Saturday evening order with Uber Eats",
        N(),
        text="""Thanks for ordering, Declan

Total A$38.60

Saigon Alley - Woolloongabba
1 x Crispy pork banh mi      A$14.50
1 x Lemongrass chicken bun   A$17.90
Delivery fee                 A$2.99
Service fee                  A$3.21

Paid with Visa ••••4471
""",
    ),
    m(
        "w0o9",
        "2026-01-13 18:52",
        "Uber Receipts <noreply@uber.com>",
        "Your Tuesday afternoon trip with Uber",
        N(),
        text="""Thanks for riding, Declan

Total A$52.18

Trip: 88 Foveaux St, Surry Hills NSW -> Sydney Domestic Airport (T2), Mascot NSW
4:52 PM - 5:21 PM | 9.8 km

Paid with Visa ••••4471

Business trip? Add your work profile to expense it.
""",
    ),
]

# --- money, government, health services ------------------------------------------------------

_cc_pre = m(
    "b4c0",
    "2025-10-20 07:00",
    "Bremer Bank <offers@bremerbank.example>",
    "Declan, you're pre-approved for a Low Rate card",
    N(),
    html="""<table width="600" align="center" style="font-family:Arial,sans-serif"><tr><td>
<h1 style="color:#0a4d8c">Good news, Declan - you're pre-approved*</h1>
<p>As a valued Bremer Bank customer, you're pre-approved for a <b>Bremer Low Rate Mastercard</b> with a credit limit of up to <b>$6,000</b>.</p>
<ul><li>12.99% p.a. purchase rate</li><li>$0 annual fee in the first year</li><li>Apply in 5 minutes in the app</li></ul>
<p><a href="https://bremerbank.example/cards/apply?offer=PA-LR-2510" style="background:#0a4d8c;color:#fff;padding:10px 20px;text-decoration:none">Apply now</a></p>
<p style="font-size:10px;color:#777">*Pre-approval is subject to our usual credit assessment, and is not a guarantee that your application will be approved. Offer ends 30 November 2025. Bremer Bank Ltd ABN 12 345 678 901 AFSL and Australian credit licence 241000.</p>
</td></tr></table>""",
)

MONEY = [
    _cc_pre,
    m(
        "b4c1",
        "2025-11-24 12:10",
        "Bremer Bank <offers@bremerbank.example>",
        "Your card application is almost done",
        N(),
        text="""Hi Declan,

You started an application for a Bremer Low Rate Mastercard but didn't finish it. Your details are saved - it only takes a few more minutes to complete.

Continue your application: https://bremerbank.example/cards/apply/resume?id=LR-55310

Your pre-approved offer ends 30 November 2025.

Bremer Bank
""",
    ),
    m(
        "b4c2",
        "2025-11-27 15:33",
        "Bremer Bank <noreply@bremerbank.example>",
        "Your Low Rate Mastercard application has been approved",
        N(),
        text="""Hi Declan,

Congratulations - your application for a Bremer Low Rate Mastercard has been approved with a credit limit of $4,000.

Your new card will arrive in 5-7 business days. You can start using it now with Apple Pay or Google Pay in the Bremer app.

Please read your credit card contract and the Key Facts Sheet, available in the app under Documents.

Bremer Bank Ltd
""",
    ),
    m(
        "b4c3",
        "2025-10-03 06:10",
        "Bremer Bank <noreply@bremerbank.example>",
        "Your September statement is ready",
        N(),
        text="""Hi Declan,

Your statement for Everyday Account ending 2298 for the period 1 September - 30 September 2025 is now available in the Bremer app and internet banking.

For your security, we never include links to log in in our emails.

Bremer Bank
""",
    ),
    m(
        "b4c4",
        "2026-01-31 18:22",
        "Bremer Bank <noreply@bremerbank.example>",
        "You've received a payment",
        N(),
        text="""Hi Declan,

You've received $84.50 from TAMA RUATAPU into Everyday Account ending 2298.

Description: bucks $$ refund lol

Bremer Bank
""",
    ),
    m(
        "b4c5",
        "2025-09-12 08:02",
        "myGov <noreply@my.gov.au>",
        "You have a new message in your myGov Inbox",
        N(),
        text="""You have a new message in your myGov Inbox.

From: Australian Taxation Office
Subject: Notice of assessment 2025

Sign in to myGov to read it: my.gov.au

For your security, we don't include links in our emails.

myGov
""",
    ),
    m(
        "b4c6",
        "2025-11-06 08:04",
        "myGov <noreply@my.gov.au>",
        "You have a new message in your myGov Inbox",
        N(),
        text="""You have a new message in your myGov Inbox.

From: Medicare
Subject: Your Medicare card is due for renewal

Sign in to myGov to read it: my.gov.au

For your security, we don't include links in our emails.

myGov
""",
    ),
    m(
        "b4c7",
        "2025-12-03 13:45",
        "Medicare <noreply@servicesaustralia.gov.au>",
        "Your claim has been processed",
        N(),
        text="""Dear Declan

Your Medicare claim lodged on 2 December 2025 has been processed.

Benefit paid: $43.90
Paid to: account ending 2298

View your claim history in the Medicare app or your Medicare online account through myGov.

Services Australia
""",
    ),
    m(
        "b4c8",
        "2025-10-14 16:37",
        "Kylie at Gabba Tax & Advisory <kylie@gabbatax.example>",
        "Your 2025 tax return has been lodged",
        N(),
        text="""Hi Declan,

Just letting you know your 2025 income tax return has been lodged with the ATO today.

Estimated refund: $1,214 (after our fee of $165, deducted from the refund)

I've claimed your AHPRA registration, union fees, uniforms and laundry, the nursing informatics course and your work-related car trips. The ATO usually issues refunds within two weeks.

Thanks again, and good luck with the job hunt!

Kylie Brennan
Registered Tax Agent 25113007
Gabba Tax & Advisory
""",
    ),
    m(
        "b4c9",
        "2025-11-19 09:00",
        "Queensland Government <noreply@tmr.qld.gov.au>",
        "Vehicle registration renewal notice - 917 XRT",
        N(),
        text="""Registration renewal notice

Hi Declan Ruatapu-Hughes

The registration for your vehicle 917 XRT (2014 Mazda 3 hatch) expires on 19 December 2025.

Amount due: $884.65 (12 months, includes CTP insurance with your nominated insurer)
Customer reference number: 4718 2290 5521

Renew online at qld.gov.au/rego, in the Queensland Digital Licence app, or by BPAY (biller code 38950).

Department of Transport and Main Roads
""",
    ),
    m(
        "b4d0",
        "2025-10-11 07:43",
        "Translink <noreply@translink.com.au>",
        "go card auto top-up receipt",
        N(),
        text="""Auto top-up receipt

go card: 3086 **** **** 0551
Amount: $30.00
Date: 11/10/2025 7:42 AM
New balance: $31.64

Translink
""",
    ),
    m(
        "b4d1",
        "2025-10-06 10:00",
        "Kurilpa Energy <billing@kurilpaenergy.example>",
        "Your electricity bill is ready",
        N(),
        text="""Hi Declan,

Your bill for 3/118 Vulture Street, Woolloongabba (final bill) is ready.

Amount due: $142.30
Due date: 27 October 2025
Billing period: 1 July - 27 September 2025

We've set up your new account at 5/41 Lockhart Street from 27 September.

Kurilpa Energy
""",
    ),
    m(
        "b4d2",
        "2026-01-07 10:00",
        "Kurilpa Energy <billing@kurilpaenergy.example>",
        "Your electricity bill is ready",
        N(),
        text="""Hi Declan,

Your bill for 5/41 Lockhart Street, Woolloongabba is ready.

Amount due: $318.77 (that aircon's been working hard!)
Due date: 28 January 2026
Billing period: 27 September - 31 December 2025

Kurilpa Energy
""",
    ),
    m(
        "b4d3",
        "2025-09-25 14:12",
        "Lorikeet Internet <support@lorikeet.example>",
        "Your NBN move is booked",
        N(),
        text="""Hi Declan,

We've booked the move of your NBN service to 5/41 Lockhart Street, Woolloongabba.

Connection date: Friday 26 September 2025 (no technician required - plug in your modem to the NBN wall socket)
Plan: Home Fast 100/20, $89/month

Lorikeet Internet
""",
    ),
    m(
        "b4d4",
        "2025-12-08 11:00",
        "Lorikeet Mobile <billing@lorikeet.example>",
        "Your Lorikeet Mobile bill - $35.00",
        N(),
        text="""Hi Declan, your December bill for 0412 *** 887 is $35.00 and will be direct debited on 15 December. Data used: 18.2 GB of 40 GB.
""",
    ),
    m(
        "b4d5",
        "2025-11-02 09:00",
        "Kookaburra Insurance <renewals@kookaburrainsure.example>",
        "Your contents insurance renewal offer",
        N(),
        html="""<table width="600" align="center" style="font-family:Arial,sans-serif"><tr><td>
<p>Hi Declan,</p>
<p>Your Contents Insurance policy KC-5510932 renews on 24 November 2025.</p>
<p><b>Your renewal offer: $21.40 per month</b> (sum insured $45,000, 5/41 Lockhart Street, Woolloongabba)</p>
<p>We've applied a 10% loyalty discount. If you're happy, you don't need to do anything.</p>
<p style="font-size:11px;color:#777">Kookaburra Insurance Pty Ltd. Read the PDS and TMD before deciding.</p>
</td></tr></table>""",
    ),
    m(
        "b4d6",
        "2025-11-13 07:30",
        "Harbourline Health <members@harbourline.example>",
        "Use your extras before they reset on 1 January",
        N(),
        html="""<table width="600" align="center" style="font-family:Arial,sans-serif"><tr><td>
<p>Hi Declan,</p>
<p>Your Mid Extras limits reset on 1 January. You still have <b>$380 of dental</b>, <b>$250 of optical</b> and <b>$300 of physio</b> to use this year.</p>
<p>Book a check-up with a Harbourline Members' Choice dentist and pay nothing for two check-ups and cleans.</p>
<p><a href="https://harbourline.example/members/extras?utm_campaign=reset25">Check my limits</a></p>
<p style="font-size:11px;color:#777">Harbourline Mutual Limited ABN 44 087 650 213 trading as Harbourline Health. Member no. ending 0081.</p>
</td></tr></table>""",
    ),
    m(
        "b4d7",
        "2026-02-20 07:30",
        "Harbourline Health <members@harbourline.example>",
        "Important: changes to your premium from 1 April 2026",
        N(),
        text="""Dear Declan,

Each year the Federal Government approves changes to private health insurance premiums. From 1 April 2026, the premium for your Silver Plus Hospital + Mid Extras cover will increase by 3.9%, from $164.20 to $170.60 per month.

If you pay in advance before 1 April, you can lock in the current rate for up to 12 months.

Harbourline Health - a not-for-profit health fund
""",
    ),
    m(
        "b4d8",
        "2025-12-18 11:55",
        "SalPak Salary Packaging <noreply@salpak.example>",
        "Your FBT-year salary packaging summary",
        N(),
        text="""Hi Declan,

Here's a summary of your salary packaging with your employer (Queensland Health) for 1 April - 30 November 2025:

General expenses packaged:  $7,980.00
Meal entertainment:         $1,122.50
Remaining general cap:      $1,020.00

Reminder: if you leave your employer, you must finish using your packaging card within 30 days of your last day.

SalPak
""",
    ),
]

# --- health appointments -------------------------------------------------------------------------

_gp = m(
    "h2d0",
    "2025-10-29 19:12",
    "HotDoc <noreply@hotdoc.com.au>",
    "Appointment confirmed with Dr Erin Tupou",
    N(),
    text="""Your appointment is confirmed

Dr Erin Tupou - General Practitioner
Gabba Family Medical, 850 Stanley Street, Woolloongabba QLD 4102
Monday 3 November 2025, 7:45am (Standard consultation)

Please arrive 5 minutes early. If you can't make it, please cancel at least 2 hours before via the HotDoc app.

Add to calendar: attached

HotDoc
""",
    ics=ics(
        "hotdoc-appt-99201477",
        "2025-11-03 07:45",
        "GP appointment - Dr Erin Tupou (Gabba Family Medical)",
        ("Gabba Family Medical", "reception@gabbafamilymedical.example"),
        minutes=15,
        location="850 Stanley Street, Woolloongabba QLD 4102",
    ),
)

HEALTH = [
    _gp,
    m(
        "h2d1",
        "2025-11-02 18:00",
        "HotDoc <noreply@hotdoc.com.au>",
        "Reminder: appointment tomorrow at 7:45am",
        N(),
        text="""Hi Declan, this is a reminder of your appointment with Dr Erin Tupou at Gabba Family Medical tomorrow (Monday 3 November) at 7:45am.

Need to cancel? Open the HotDoc app.
""",
        **reply(_gp),
    ),
    m(
        "h2d2",
        "2025-11-10 12:15",
        "Gabba Family Medical via HotDoc <noreply@hotdoc.com.au>",
        "Message from Gabba Family Medical",
        N(),
        text="""Hi Declan,

Dr Tupou has reviewed your recent results and would like you to make a follow-up appointment. This is routine and not urgent - a standard consultation within the next 2 weeks is fine.

Book online: https://www.hotdoc.com.au/medical-centres/woolloongabba-QLD-4102/gabba-family-medical/doctors

Gabba Family Medical
""",
    ),
    m(
        "h2d3",
        "2025-11-10 20:44",
        "HotDoc <noreply@hotdoc.com.au>",
        "Appointment confirmed with Dr Erin Tupou",
        N(),
        text="""Your appointment is confirmed

Dr Erin Tupou - General Practitioner
Gabba Family Medical, 850 Stanley Street, Woolloongabba QLD 4102
Friday 14 November 2025, 5:30pm (Standard consultation - results)

HotDoc
""",
        ics=ics(
            "hotdoc-appt-99310582",
            "2025-11-14 17:30",
            "GP appointment - Dr Erin Tupou (results)",
            ("Gabba Family Medical", "reception@gabbafamilymedical.example"),
            minutes=15,
            location="850 Stanley Street, Woolloongabba QLD 4102",
        ),
    ),
    m(
        "h2d4",
        "2025-12-29 10:05",
        "Lifeblood <noreply@lifeblood.com.au>",
        "Your plasma donation is booked",
        N(),
        text="""Thanks for booking, Declan!

Plasma donation
Brisbane CBD Donor Centre, Level 1, 69 Ann Street
Saturday 10 January 2026, 9:20am

Eat a salty snack and drink 750 mL of fluids in the 3 hours before you donate.

Australian Red Cross Lifeblood
""",
        ics=ics(
            "lifeblood-3319982-20260110",
            "2026-01-10 09:20",
            "Plasma donation - Brisbane CBD Donor Centre",
            ("Australian Red Cross Lifeblood", "noreply@lifeblood.com.au"),
            minutes=75,
            location="Level 1, 69 Ann Street, Brisbane City QLD 4000",
        ),
    ),
]

# --- nursing profession: regulator, union, CPD, newsletters --------------------------------------

_cpd = m(
    "p0c0",
    "2025-10-08 13:30",
    "NINA Events <events@nina-network.example>",
    "Registration confirmed: Safer by design - clinical safety in EMR build",
    N(),
    text="""Hi Declan,

You're registered for our October webinar.

Safer by design: clinical safety in EMR build
Thursday 23 October 2025, 12:30pm - 1:30pm AEST (1:30pm AEDT)
Presenters: Prof. Yvette Larkin (nursing informatics) and Jarrah Wills (clinical safety officer)

Join link: https://nina-network.example/webinar/join?e=1023&t=7be41
The session counts for 1 hour of CPD - a certificate will be emailed after you attend.

Nursing Informatics Network Australia (NINA)
""",
    ics=ics(
        "nina-webinar-20251023@nina-network.example",
        "2025-10-23 12:30",
        "NINA webinar: Safer by design - clinical safety in EMR build",
        ("NINA Events", "events@nina-network.example"),
        location="https://nina-network.example/webinar/join?e=1023",
    ),
)

PROFESSION = [
    m(
        "p0a0",
        "2025-11-25 11:00",
        "Ahpra <noreply@ahpra.gov.au>",
        "Nursing and Midwifery Board of Australia - November update",
        N(),
        html="""<table width="600" align="center" style="font-family:Arial,sans-serif;font-size:14px"><tr><td>
<h2>NMBA update - November 2025</h2>
<p>In this issue: revised guidelines for continuing professional development, the new digital health capability statement for nurses and midwives, and a reminder about your obligations when using AI scribes in clinical documentation.</p>
<p><a href="https://www.nursingmidwiferyboard.gov.au/news">Read online</a></p>
<p style="font-size:11px;color:#777">You're receiving this because you are a registered nurse. Australian Health Practitioner Regulation Agency, GPO Box 9958, Melbourne VIC 3001.</p>
</td></tr></table>""",
    ),
    m(
        "p0a1",
        "2026-02-12 09:15",
        "Ahpra <noreply@ahpra.gov.au>",
        "Get ready to renew your registration",
        N(),
        text="""Dear Declan Ruatapu-Hughes

Registration number: NMW0002193457

Your registration as a registered nurse expires on 31 May 2026. Online renewal will open in April. To get ready:

- Check your contact details are up to date in your Ahpra account
- Make sure you meet the registration standards, including recency of practice and CPD (20 hours per year)
- Keep records of your CPD - you may be audited

If you don't renew by 31 May, you will have one month's late period (with a late fee). After that your registration will lapse and you can't practise.

Ahpra and the Nursing and Midwifery Board of Australia
""",
    ),
    m(
        "p0u0",
        "2025-10-09 17:02",
        "QNF Member Update <news@qnf-union.example>",
        "EB update: Government tables new wage offer",
        N(),
        html="""<table width="600" align="center" style="font-family:Arial,sans-serif"><tr><td>
<h2 style="color:#6a1b9a">Bargaining update #14</h2>
<p>Dear Declan,</p>
<p>Today the Queensland Government tabled a revised offer in our enterprise bargaining negotiations for public sector nurses and midwives: 3% a year over three years, a one-off $1,000 cost of living payment and new nurse-to-patient ratios for mental health units.</p>
<p>Your Council will meet next week to consider the offer. It is not yet good enough on workload - come to your branch meeting and have your say.</p>
<p>In solidarity,<br>Queensland Nurses' Federation</p>
<p style="font-size:11px;color:#777">Authorised by the QNF Secretary. <a href="https://qnf-union.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table>""",
    ),
    m(
        "p0u1",
        "2025-11-05 12:00",
        "QNF Member Update <news@qnf-union.example>",
        "Vote now: proposed Nurses and Midwives (Queensland Health) Agreement",
        N(),
        text="""Dear Declan,

Voting is now open on whether to accept the Government's final offer. Voting closes 5pm Friday 14 November.

Vote here (members only): https://vote.qnf-union.example/2025eb

Council recommends a YES vote. The offer includes the ratio expansion, a 3.5% / 3.5% / 3.0% wage outcome and back pay to 1 September.

Queensland Nurses' Federation
""",
    ),
    _cpd,
    m(
        "p0c1",
        "2025-10-24 09:30",
        "NINA Events <events@nina-network.example>",
        "Your CPD certificate + recording: Safer by design",
        N(),
        text="""Hi Declan,

Thanks for joining us yesterday - 412 nurses and midwives attended live!

Your certificate of attendance (1.0 CPD hour) is attached. The recording and slides are available to members here: https://nina-network.example/library/safer-by-design

Next month: "Handover in a digital world" with the team from Eastbrook Health.

NINA
""",
        attach=[
            (
                "CPD_certificate_Ruatapu-Hughes_20251023.pdf",
                "application/pdf",
                "%PDF-1.4\n% certificate\n",
            )
        ],
    ),
    m(
        "p0c2",
        "2026-02-04 15:45",
        "NINA Events <events@nina-network.example>",
        "Invitation: AI scribes on the ward - what's safe? (webinar, 26 Feb)",
        N(),
        text="""Hi Declan,

You're invited to our first webinar for 2026.

AI scribes on the ward - what's safe?
Thursday 26 February 2026, 12:30pm - 1:30pm AEST
With Dr Helena Vukovic (Digital Health Standards Agency) and Tomasz Brennan (Ward9)

Register: https://nina-network.example/events/ai-scribes

NINA
""",
    ),
    m(
        "p0n0",
        "2025-09-18 06:00",
        "The Ward Round <hello@thewardround.example>",
        "“Nobody goes into nursing to click boxes”: five minutes with a CNIO",
        N(),
        html="""<div style="max-width:620px;font-family:Georgia,serif;font-size:16px;line-height:1.55">
<p style="font:12px Arial;color:#888">THE WARD ROUND · Issue 212 · For nurses, by nurses</p>
<h1 style="font-size:26px">“Nobody goes into nursing to click boxes”</h1>
<p>This week we interview <b>Adaeze Okafor</b>, Chief Nursing Information Officer at a large metropolitan health service, about how she went from ICU to the executive table.</p>
<p><b>What did your first digital role look like?</b><br>“I was a superuser who wouldn't stop asking why. Eventually someone gave me a secondment to make me go away.”</p>
<p><b>What would you tell a nurse applying for their first informatics job?</b><br>“Lead with the clinical story. Panels can teach you the build tools; they can't teach you what a night shift feels like.”</p>
<p><a href="https://thewardround.example/cnio-okafor">Read the full interview</a></p>
<p style="font:12px Arial;color:#888">Also this week: pressure injury bundles that work; a new grad's first month; 10 Aussie nursing podcasts.<br>
<a href="https://thewardround.example/unsubscribe">Unsubscribe</a></p>
</div>""",
    ),
    m(
        "p0n1",
        "2025-11-13 06:00",
        "The Ward Round <hello@thewardround.example>",
        "How to nail your NUM interview (and 4 other reads)",
        N(),
        html="""<div style="max-width:620px;font-family:Georgia,serif;font-size:16px">
<p style="font:12px Arial;color:#888">THE WARD ROUND · Issue 220</p>
<h2>How to nail your NUM interview</h2>
<p>Panels want to hear about budgets, rosters and tough conversations. Three recently appointed Nurse Unit Managers share the questions that caught them out - and what they'd do differently.</p>
<h3>Also this week</h3>
<ul><li>Why your ward needs a "digital champion" on every shift</li><li>Night shift nutrition myths</li><li>Reader poll: would you take a pay cut to leave the bedside?</li></ul>
<p style="font:12px Arial;color:#888"><a href="https://thewardround.example/unsubscribe">Unsubscribe</a></p>
</div>""",
    ),
    m(
        "p0n2",
        "2026-01-22 06:00",
        "The Ward Round <hello@thewardround.example>",
        "Health tech roundup: Ward9 raises $14m, and the EMR nobody wanted",
        N(),
        text="""THE WARD ROUND - Issue 229

HEALTH TECH ROUNDUP

* Sydney start-up Ward9 has raised $14 million in a Series A round to expand its bedside workflow platform into Queensland and Victoria. The company says it will double its clinical team this year.
* A regional health service has paused its EMR rollout after nurses reported double documentation. We spoke to three of them.
* Tidewell Health signs its first New Zealand customer.

READER Q&A: "I've been offered a role off the ward. How do I know if I'll miss it?"

Unsubscribe: https://thewardround.example/unsubscribe
""",
    ),
    m(
        "p0l0",
        "2025-11-04 20:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Rebecca Sandoval on her new role",
        N(),
        html="""<table width="100%" style="font-family:-apple-system,system-ui,sans-serif;font-size:14px"><tr><td>
<p><b>Rebecca Sandoval</b> started a new position as <b>Nurse Unit Manager</b> at Greenhill Private Hospital.</p>
<p><a href="https://www.linkedin.com/comm/feed/update/urn:li:activity:7391100224">Say congrats</a></p>
<p style="color:#999;font-size:11px">You are receiving notification emails. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a><br>&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</td></tr></table>""",
    ),
    m(
        "p0l1",
        "2025-12-18 21:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 14 searches this week",
        N(),
        text="""Declan, you appeared in 14 searches this week.

Searchers were from: Ward9, Calder Hartley Recruitment, Queensland Health
Searchers found you through: Clinical Informatics, ieMR, Nurse Educator

See all searches: https://www.linkedin.com/comm/me/search-appearances

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
]

# --- admissions: BRU graduate certificate (not a job) ---------------------------------------------

_adm = m(
    "g7u1",
    "2025-11-11 14:20",
    "BRU Admissions <admissions@bru.edu.example>",
    "Your application has been received - Graduate Certificate in Health Informatics",
    N(),
    text="""Dear Declan

Thank you for applying to study at Brisbane Riverside University.

Application ID: 2026-PG-118207
Program: Graduate Certificate in Health Informatics (HL62), Semester 1 2026, online
Status: Received - under assessment

Please upload a certified copy of your Bachelor of Nursing testamur and your AHPRA registration number if you have not already done so. We aim to assess applications within 15 business days.

Future Students | Admissions
Brisbane Riverside University
""",
)

STUDY = [
    m(
        "g7u0",
        "2025-10-21 17:00",
        "Brisbane Riverside University <study@bru.edu.example>",
        "Applications now open: Graduate Certificate in Health Informatics",
        N(),
        html="""<table width="600" align="center" style="font-family:Arial,sans-serif"><tr><td>
<h1 style="color:#00205b">Lead the digital future of care</h1>
<p>Hi Declan,</p>
<p>Applications are now open for Semester 1, 2026. Our Graduate Certificate in Health Informatics is 100% online, designed for working clinicians, and Commonwealth supported places are available.</p>
<p>Join our online info session on Tuesday 28 October to meet the course coordinator and current students.</p>
<p><a href="https://study.bru.edu.example/health-informatics?utm_source=email">Apply now</a></p>
<p style="font-size:11px;color:#777">CRICOS 00371K. <a href="https://study.bru.edu.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table>""",
    ),
    _adm,
    m(
        "g7u2",
        "2025-12-04 10:48",
        "BRU Admissions <admissions@bru.edu.example>",
        "Offer of admission - Graduate Certificate in Health Informatics",
        N(),
        text="""Dear Declan

Congratulations! We are delighted to offer you a place in the Graduate Certificate in Health Informatics (HL62), commencing Semester 1, 2026 (23 February 2026).

Offer type: Commonwealth supported place
Credit: 0 units

To accept your offer, log in to the Applicant Portal by 16 January 2026. Your offer letter and the conditions of your offer are attached.

We look forward to welcoming you to BRU.

Future Students | Admissions
Brisbane Riverside University
""",
        attach=[
            (
                "OfferLetter_2026-PG-118207.pdf",
                "application/pdf",
                "%PDF-1.4\n% offer of admission\n",
            )
        ],
        **reply(_adm),
    ),
    m(
        "g7u3",
        "2026-01-12 09:00",
        "BRU Admissions <admissions@bru.edu.example>",
        "Reminder: accept your offer by 16 January",
        N(),
        text="""Dear Declan

Our records show you haven't yet accepted your offer for the Graduate Certificate in Health Informatics (Semester 1, 2026). Your offer expires at 11:59pm on Friday 16 January 2026.

Accept now in the Applicant Portal: https://apply.bru.edu.example/portal

If you'd like to defer, you can request a deferral in the portal.

BRU Admissions
""",
    ),
    m(
        "g7u4",
        "2026-01-15 21:03",
        "BRU Student Services <noreply@bru.edu.example>",
        "Welcome to BRU - your student account is ready",
        N(),
        text="""Hi Declan,

Thanks for accepting your offer. Your student number is s4418207.

Next steps:
1. Activate your BRU account: https://id.bru.edu.example/activate
2. Enrol in your Semester 1 units (HLT601 Foundations of Health Informatics; HLT602 Clinical Terminologies and Data)
3. Join the online orientation on Monday 16 February

BRU Student Services
""",
    ),
]

# --- travel, leisure, subscriptions ---------------------------------------------------------------

LEISURE = [
    m(
        "t5v0",
        "2025-12-16 10:31",
        "Virgin Australia <noreply@virginaustralia.com>",
        "Your booking is confirmed - Brisbane to Sydney (Ref: KQ7T2M)",
        N(),
        html="""<table width="600" align="center" style="font-family:Arial,sans-serif;font-size:14px"><tr><td>
<h2 style="color:#c8102e">Your booking is confirmed</h2>
<p>Booking reference: <b>KQ7T2M</b><br>Passenger: MR DECLAN RUATAPU-HUGHES<br>Booked by: Ward Nine Technologies Pty Ltd</p>
<p><b>VA 909</b> Tue 13 Jan 2026 &nbsp; Brisbane (BNE) 07:00 &rarr; Sydney (SYD) 09:35<br>
<b>VA 934</b> Tue 13 Jan 2026 &nbsp; Sydney (SYD) 18:30 &rarr; Brisbane (BNE) 19:05</p>
<p>Fare: Choice. Baggage: 7kg carry-on.</p>
<p><a href="https://www.virginaustralia.com/au/en/manage/?pnr=KQ7T2M">Manage booking</a></p>
</td></tr></table>""",
    ),
    m(
        "t5v1",
        "2026-01-12 07:00",
        "Virgin Australia <noreply@virginaustralia.com>",
        "Check-in is now open for your flight to Sydney",
        N(),
        text="""Hi Declan,

Online check-in is now open for VA 909, Brisbane to Sydney, departing Tuesday 13 January at 7:00am.

Check in: https://www.virginaustralia.com/au/en/check-in/?pnr=KQ7T2M

Bag drop closes 30 minutes before departure. Boarding closes 15 minutes before departure.

Virgin Australia
""",
    ),
    m(
        "t5v2",
        "2025-12-03 16:00",
        "Spotify <no-reply@spotify.com>",
        "Your 2025 Wrapped is here",
        N(),
        html="""<div style="background:#121212;color:#fff;font-family:Arial,sans-serif;padding:32px;max-width:560px">
<h1>Declan, your 2025 Wrapped is ready.</h1>
<p>You listened to 41,382 minutes of music. Your top artist was Six60. Your top podcast was "The Night Shift Nurse".</p>
<p><a href="https://open.spotify.com/wrapped" style="color:#1ed760">See your Wrapped</a></p>
</div>""",
    ),
    m(
        "t5v3",
        "2025-09-27 11:40",
        "parkrun <results@parkrun.com>",
        "Your parkrun result: Davies parkrun event #512",
        N(),
        text="""Hi Declan,

Well done on completing Davies parkrun event #512 today.

Time: 24:31
Position: 87 of 341
Age category: VM35-39 (62.08%)
Total parkruns: 38

Thanks to our 27 volunteers who made today possible.

parkrun Australia
""",
    ),
    m(
        "t5v4",
        "2026-01-31 11:35",
        "parkrun <results@parkrun.com>",
        "Your parkrun result: Davies parkrun event #530 - new PB!",
        N(),
        text="""Hi Declan,

Congratulations on a new personal best at Davies parkrun today!

Time: 23:48 (PB)
Position: 61 of 298
Total parkruns: 45

parkrun Australia
""",
    ),
    m(
        "t5v5",
        "2025-10-13 19:00",
        "Stan <hello@stan.com.au>",
        "New on Stan this week",
        N(),
        html="""<p style="font-family:Arial">New this week: the final season you've been waiting for, plus every episode of the hospital drama everyone's arguing about. <a href="https://www.stan.com.au/watch?utm_campaign=weekly">Start watching</a></p>
<p style="font-size:11px;color:#777">Stan Entertainment Pty Ltd. <a href="https://www.stan.com.au/unsubscribe">Unsubscribe</a></p>""",
    ),
    m(
        "t5v6",
        "2025-11-01 08:15",
        "Ticketek <noreply@ticketek.com.au>",
        "Your tickets: Brisbane Lions v Geelong - Members' pre-sale",
        N(),
        text="""Order confirmed

Order number: 41227908
Event: 2026 Season Launch match - Brisbane Lions
Venue: The Gabba, Woolloongabba
Tickets: 2 x General Admission Adult

Your e-tickets will be available in the Ticketek app 7 days before the event.

Ticketek
""",
    ),
    m(
        "t5v7",
        "2026-02-02 17:30",
        "Anytime Fitness Woolloongabba <woolloongabba@anytimefitness.com.au>",
        "Changes to your membership fees",
        N(),
        text="""Hi Declan,

From 1 March 2026 our fortnightly membership fee will increase from $31.95 to $33.95. This is our first increase in two years and helps us replace the cardio equipment.

If you have any questions, have a chat with Josie or Ben at the front desk.

Anytime Fitness Woolloongabba
""",
    ),
    m(
        "t5v8",
        "2025-10-17 08:00",
        "Brisbane City Council Libraries <libraries@brisbane.qld.gov.au>",
        "Items due soon",
        N(),
        text="""Hi Declan,

The following items are due back on 21/10/2025:

- "The Digital Doctor" - Wachter, R. (Kurilpa Library)
- "Switch: How to Change Things When Change Is Hard" - Heath, C.

Renew online at brisbane.qld.gov.au/libraries

Brisbane City Council
""",
    ),
    m(
        "t5v9",
        "2026-02-21 03:12",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        N(),
        text="""A new sign-in on Mac

declan.ruatapuhughes@gmail.com

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    ),
    ms(
        "t6v0",
        "2026-01-13 08:11",
        "Ward9 Reception <hello@ward9.example>",
        "Visitor pass: Declan Ruatapu-Hughes - Ward9, 13 Jan",
        J("other_job", "other", W9),
        text="""Hi Declan,

You've been registered as a visitor to Ward9, Level 2, 88 Foveaux St, Surry Hills.

Host: Ana Lindqvist
Date: Tuesday 13 January 2026, 10:00am
Wi-Fi: Ward9-Guest / bedside-2026

Show this email at the lobby concierge. Coffee's on us.

Sent via Envoy
""",
    ),
]

# --- more of the everyday -------------------------------------------------------------------------

EXTRA = [
    m(
        "e9x0",
        "2025-09-02 07:05",
        "Domain <alerts@e.domain.com.au>",
        "12 new rentals in Woolloongabba, East Brisbane",
        N(),
        html="""<table width="600" align="center" style="font-family:Arial,sans-serif;font-size:14px"><tr><td>
<p>Hi Declan, here are new properties matching your search <b>Rent - 2 bed - Woolloongabba, East Brisbane, Kangaroo Point - up to $650</b>.</p>
<p><b>$620 per week</b> &middot; 14/22 Stanley Street, Woolloongabba &middot; 2 bed 1 bath 1 car<br><b>$600 per week</b> &middot; 5/41 Lockhart Street, Woolloongabba &middot; 2 bed 1 bath<br><b>$649 per week</b> &middot; 8/17 Mowbray Terrace, East Brisbane &middot; 2 bed 2 bath 1 car</p>
<p><a href="https://www.domain.com.au/rent/woolloongabba-qld-4102/?alert=77120">See all 12 properties</a></p>
<p style="font-size:11px;color:#777">Domain Holdings Australia. <a href="https://www.domain.com.au/email-preferences">Manage alerts</a></p>
</td></tr></table>""",
    ),
    m(
        "e9x1",
        "2025-09-05 14:30",
        "Humanitix <tickets@humanitix.com>",
        "Your tickets: Riverfire picnic at Kangaroo Point Cliffs",
        N(),
        text="""Hi Declan,

Thanks for your booking. Your tickets are attached.

Event: Riverfire picnic - Kangaroo Point Cliffs reserved lawn
Date: Saturday 6 September 2025, 4:00pm - 8:30pm
Tickets: 2 x General admission

100% of Humanitix booking fees go to education programs for kids.
""",
    ),
    m(
        "e9x2",
        "2025-09-21 11:48",
        "Gumtree <noreply@gumtree.com.au>",
        "New reply to your ad: 3-seater fabric couch - grey",
        N(),
        text="""You have a new message about your ad "3-seater fabric couch - grey" ($150)

From: Priya
"Hi, is this still available? Can pick up tomorrow morning in Woolloongabba, would you take $120?"

Reply: https://www.gumtree.com.au/m-my-messages.html

Never send money to someone you haven't met in person. Gumtree
""",
    ),
    m(
        "e9x3",
        "2025-09-26 19:12",
        "Airtasker <noreply@airtasker.com>",
        "Tariq has been assigned to your task",
        N(),
        text="""Your task "Assemble IKEA Hemnes queen bed + Kallax" has been assigned to Tariq S. (4.9 stars, 312 reviews).

Due: Sunday 28 September
Price: $110 (held securely until the task is complete)

Message Tariq to sort out the details: https://www.airtasker.com/messages/
""",
    ),
    m(
        "e9x4",
        "2025-10-02 21:15",
        "myGov <noreply@my.gov.au>",
        "myGov code",
        N(),
        text="""Your myGov code is 662 913. It expires in 10 minutes.

Never share this code. myGov will never ask you for it by phone.
""",
    ),
    m(
        "e9x5",
        "2025-10-28 08:01",
        "myGov <noreply@my.gov.au>",
        "You have a new message in your myGov Inbox",
        N(),
        text="""You have a new message in your myGov Inbox.

From: Australian Taxation Office
Subject: Your refund is on its way

Sign in to myGov to read it: my.gov.au

For your security, we don't include links in our emails.

myGov
""",
    ),
    m(
        "e9x6",
        "2025-11-04 06:10",
        "Bremer Bank <noreply@bremerbank.example>",
        "Your October statement is ready",
        N(),
        text="""Hi Declan,

Your statement for Everyday Account ending 2298 for the period 1 October - 31 October 2025 is now available in the Bremer app and internet banking.

For your security, we never include links to log in in our emails.

Bremer Bank
""",
    ),
    m(
        "e9x7",
        "2025-12-01 10:40",
        "Gabba Dental <reception@gabbadental.example>",
        "Time for your check-up, Declan",
        N(),
        text="""Hi Declan,

It's been six months since your last visit. Your Harbourline Members' Choice cover includes two check-ups and cleans each year at no cost - and your extras limits reset on 1 January.

Book online at gabbadental.example/book or call 07 3891 2204.

Gabba Dental, 12 Logan Road, Woolloongabba
""",
    ),
    m(
        "e9x8",
        "2025-12-24 09:31",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple.",
        N(),
        text="""Receipt

APPLE ID: declan.ruatapuhughes@gmail.com
DATE: 24 Dec 2025
ORDER ID: MT8K2P9QRZ

iCloud+ with 200 GB (Monthly)    A$4.49

Billed to Visa ••••4471. Includes GST of A$0.41.
""",
    ),
    m(
        "e9x9",
        "2026-01-18 19:02",
        "Strava <no-reply@strava.com>",
        "Your week on Strava",
        N(),
        text="""Your week: 4 activities, 31.2 km, 3h 05m

Longest run: 12.4 km along the Kangaroo Point Bikeway
Kudos received: 23

Keep it up, Declan!
""",
    ),
    m(
        "e9y0",
        "2026-02-09 07:30",
        "RACQ <membership@racq.com.au>",
        "Your RACQ Roadside renewal",
        N(),
        text="""Hi Declan,

Your RACQ Roadside Classic membership (No. 3920 4418) renews on 1 March 2026 for $119. As a 9-year member you'll get 10% off selected RACQ insurance.

No action is needed if your card details are current.

RACQ
""",
    ),
    m(
        "e9y1",
        "2025-10-18 23:41",
        "Uber Receipts <noreply@uber.com>",
        "Your Saturday night trip with Uber",
        N(),
        text="""Thanks for riding, Declan

Total A$21.84

Trip: Stones Corner Hotel, Stones Corner QLD -> Lockhart St, Woolloongabba QLD
11:12 PM - 11:24 PM | 4.1 km

Paid with Visa ••••4471
""",
    ),
]

MAIL = [*RENTAL, *SHOPS, *MONEY, *HEALTH, *PROFESSION, *STUDY, *LEISURE, *EXTRA]
