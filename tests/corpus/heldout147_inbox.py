# ruff: noqa: E501, RUF100
"""Corpus 147, the rest of the inbox part one (data only): see heldout147.py.

Money, government, shopping, bills, newsletters and professional mail: none of it is about a job
application, although much of it talks about applications, approvals, offers and interviews."""

from __future__ import annotations

from typing import Any

from heldout147_jobs import N, ics, m

UNSUB_PC = {"List-Unsubscribe": "<https://www.pcoptimum.ca/unsubscribe>"}

MAIL: list[dict[str, Any]] = [
    # --- Canada Revenue Agency --------------------------------------------------------------
    m(
        "cra1",
        "2025-09-16 05:12",
        "Canada Revenue Agency <notification@cra-arc.gc.ca>",
        "New mail in My Account / Nouveau courrier dans Mon dossier",
        N(),
        text="""(Le français suit)

You have new mail from the Canada Revenue Agency (CRA).

To view your mail, sign in to My Account at canada.ca/my-cra-account.

For your security, this email does not contain links. The CRA will never ask you to provide personal or financial information by email, or to pay by e-Transfer, gift card or cryptocurrency.

---

Vous avez du nouveau courrier de l'Agence du revenu du Canada (ARC).

Pour consulter votre courrier, ouvrez une session dans Mon dossier à canada.ca/mon-dossier-arc.
""",
    ),
    m(
        "cra2",
        "2026-01-12 22:31",
        "Canada Revenue Agency <notification@cra-arc.gc.ca>",
        "Your address was changed / Votre adresse a été modifiée",
        N(),
        text="""(Le français suit)

The address on your CRA account was changed on January 12, 2026.

If you made this change, no further action is required. If you did not make this change, call the CRA at 1-800-959-8281 right away.

---

L'adresse associée à votre compte de l'ARC a été modifiée le 12 janvier 2026. Si vous n'avez pas effectué ce changement, communiquez immédiatement avec l'ARC au 1-800-959-7383.
""",
    ),
    m(
        "cra3",
        "2026-02-18 06:02",
        "Canada Revenue Agency <notification@cra-arc.gc.ca>",
        "New mail in My Account / Nouveau courrier dans Mon dossier",
        N(),
        text="""(Le français suit)

You have new mail from the Canada Revenue Agency (CRA): your 2025 tax slips and RRSP deduction limit statement are available.

To view your mail, sign in to My Account at canada.ca/my-cra-account.

---

Vous avez du nouveau courrier de l'ARC : vos feuillets d'impôt 2025 sont disponibles dans Mon dossier.
""",
    ),
    # --- TD, Wealthsimple, Interac ---------------------------------------------------------
    m(
        "td1",
        "2025-09-25 10:00",
        "TD Canada Trust <td@email.td.com>",
        "Oluwaseun, you're pre-approved* for the TD Aeroplan Visa Infinite Card",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;background:#f3f3f3">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#008a00;padding:16px"><img src="https://www.td.com/email/td-shield.png" alt="TD" height="36"></td></tr>
<tr><td style="padding:24px">
<h1 style="color:#1a5336;font-size:24px">Good news, Oluwaseun - you're pre-approved*</h1>
<p>Earn up to <b>50,000 Aeroplan points</b>* and a first-year annual fee rebate when you open a TD Aeroplan Visa Infinite Card by December 2, 2025.</p>
<p>Because you're pre-approved, completing your application takes just minutes - most of your information is already filled in.</p>
<p style="text-align:center"><a href="https://email.td.com/c/aeroplan-vi?cid=PA25Q3" style="background:#008a00;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold">Accept your offer</a></p>
<p style="font-size:10px;color:#666">*Pre-approval is subject to final credit approval and verification of income. Offer conditions apply; see td.com/aeroplanoffer. ®Aeroplan is a registered trademark of Aeroplan Inc. ®The TD logo and other trademarks are the property of The Toronto-Dominion Bank. To unsubscribe from commercial electronic messages from TD, <a href="https://email.td.com/unsub">click here</a>. TD Canada Trust, 66 Wellington St. W., Toronto, ON M5K 1A2.</p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://email.td.com/unsub>"},
    ),
    m(
        "td2",
        "2025-11-28 09:30",
        "TD Canada Trust <td@email.td.com>",
        "Your pre-approved offer expires soon",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Oluwaseun,</p>
<p>Just a reminder: your pre-approved offer for the TD Aeroplan Visa Infinite Card ends on <b>December 2</b>. Don't miss up to 50,000 Aeroplan points*.</p>
<p><a href="https://email.td.com/c/aeroplan-vi?cid=PA25Q4R">Apply now</a></p>
<p style="font-size:10px;color:#666">*Conditions apply. Subject to credit approval. <a href="https://email.td.com/unsub">Unsubscribe</a>.</p>
</body></html>""",
    ),
    m(
        "ws1",
        "2025-10-06 13:15",
        "Wealthsimple <hello@wealthsimple.com>",
        "Your September statements are ready",
        N(),
        text="""Hi Oluwaseun,

Your monthly statements for September 2025 are now available for these accounts:

- RRSP (Managed)
- TFSA (Self-directed)
- Cash

View them in the app under Account > Documents.

Wealthsimple
""",
    ),
    m(
        "ws2",
        "2025-11-18 16:40",
        "Wealthsimple <hello@wealthsimple.com>",
        "You're pre-approved for the Wealthsimple Visa Infinite",
        N(),
        html="""<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#32302f">
<div style="max-width:560px;margin:auto">
<h2>You're pre-approved, Oluwaseun.</h2>
<p>Get 2% back on everything, invested automatically or sent to your chequing. No foreign transaction fees. No nonsense.</p>
<p>Your pre-approval means no hard credit check until you accept, and applying takes about two minutes in the app.</p>
<p><a href="https://wealthsimple.com/app/credit-card?offer=PA-2F9">See my offer</a></p>
<p style="font-size:11px;color:#888">Pre-approval is not a guarantee of approval. Card issued by a partner bank under licence from Visa Int. You can unsubscribe from marketing emails in Settings.</p>
</div></body></html>""",
    ),
    m(
        "ws3",
        "2026-02-12 12:00",
        "Wealthsimple <hello@wealthsimple.com>",
        "RRSP deadline: March 2. Here's your room.",
        N(),
        text="""Hi Oluwaseun,

The RRSP contribution deadline for the 2025 tax year is Monday, March 2, 2026.

Based on your most recent CRA notice of assessment, your available room is approximately $18,240. Contributions you make before the deadline can reduce your 2025 taxable income.

Contribute in the app: https://my.wealthsimple.com/app/contribute?account=rrsp

Not financial advice. Confirm your deduction limit in CRA My Account.

Wealthsimple
""",
    ),
    m(
        "int1",
        "2025-10-02 21:18",
        "Interac e-Transfer <notify@payments.interac.ca>",
        "INTERAC e-Transfer: DAVE MORRISON sent you money.",
        N(),
        text="""Hi OLUWASEUN ADEYEMI-KOWALCZYK,

DAVE MORRISON sent you $90.00 (CAD) and the money has been automatically deposited into your bank account at The Toronto-Dominion Bank.

Message: leafs tix, thx buddy

Reference Number: CAmFtX9dRqK2

This is a system-generated email. Please do not reply.
""",
    ),
    m(
        "int2",
        "2025-12-22 11:05",
        "Interac e-Transfer <notify@payments.interac.ca>",
        "INTERAC e-Transfer: Your money transfer to CARLAW RESIDENTIAL MANAGEMENT was deposited.",
        N(),
        text="""Hi OLUWASEUN ADEYEMI-KOWALCZYK,

The money transfer you sent to CARLAW RESIDENTIAL MANAGEMENT for the amount of $3,150.00 (CAD) was deposited.

Message: Unit 704 - first month + key deposit

Reference Number: CAjH5LwP8tM3

This is a system-generated email. Please do not reply.
""",
    ),
    m(
        "int3",
        "2026-02-05 22:47",
        "Interac e-Transfer <notify@payments.interac.ca>",
        "INTERAC e-Transfer: JESS WHITFORD sent you money.",
        N(),
        text="""Hi OLUWASEUN ADEYEMI-KOWALCZYK,

JESS WHITFORD sent you $64.50 (CAD) and the money has been automatically deposited into your bank account at The Toronto-Dominion Bank.

Message: my half of hydro + ikea lamp

Reference Number: CAqN2vRe7bZ1

This is a system-generated email. Please do not reply.
""",
    ),
    # --- the car loan -----------------------------------------------------------------------
    m(
        "car1",
        "2025-10-18 17:22",
        "Faisal Qureshi <fqureshi@eastgatehyundai.example>",
        "Your credit application - 2022 Hyundai Kona",
        N(),
        text="""Hi Seun,

Thanks for coming in today. I've submitted your credit application to our lenders for the 2022 Kona Preferred (stock #U4471). I'll call you as soon as the approval comes back - usually within 24-48 hours.

One thing: the lender may ask for a recent pay stub and a letter of employment. If you can email those over, it'll speed things up.

Faisal Qureshi
Finance Manager | Eastgate Hyundai
1550 Eglinton Ave. E., Toronto
""",
    ),
    m(
        "car2",
        "2025-10-20 10:48",
        "Lakeshore Auto Finance <approvals@lakeshoreautofinance.example>",
        "Congratulations! Your financing has been approved",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Dear Oluwaseun Adeyemi-Kowalczyk,</p>
<p>We are pleased to inform you that your application for vehicle financing submitted through <b>Eastgate Hyundai</b> has been <b>approved</b>.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td>Amount financed</td><td>$24,860.00</td></tr>
<tr><td>Term</td><td>60 months</td></tr>
<tr><td>APR</td><td>6.49%</td></tr>
<tr><td>Bi-weekly payment</td><td>$223.18</td></tr>
</table>
<p>This offer is valid for 30 days and is subject to the conditions listed in your approval summary. Your dealer will contact you to finalize the contract.</p>
<p>Lakeshore Auto Finance Inc.</p>
<p style="font-size:10px;color:#888">Please do not reply to this automated message.</p>
</body></html>""",
    ),
    m(
        "car3",
        "2025-10-22 14:03",
        "Faisal Qureshi <fqureshi@eastgatehyundai.example>",
        "Delivery appointment - Saturday",
        N(),
        text="""Seun - you're all set. Delivery is booked for Saturday at 11, invite attached. Bring your insurance pink slip and a void cheque for the PAD. Car will be detailed and full of gas.

Faisal
""",
        ics=ics(
            "eastgate-delivery-u4471",
            "2025-10-25 11:00",
            "Vehicle delivery - 2022 Hyundai Kona - Adeyemi-Kowalczyk",
            ("Faisal Qureshi", "fqureshi@eastgatehyundai.example"),
            minutes=60,
            location="Eastgate Hyundai, 1550 Eglinton Ave. E., Toronto",
        ),
    ),
    # --- PC Optimum / Loblaw ------------------------------------------------------------------
    m(
        "pc1",
        "2025-09-11 06:00",
        "PC Optimum <pcoptimum@email.pcoptimum.ca>",
        "Your personalized offers are loaded, Oluwaseun",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p style="background:#e1251b;color:#fff;padding:10px"><b>PC Optimum</b></p>
<p>Hi Oluwaseun, your new offers are loaded and ready to use until Sept. 17:</p>
<ul><li>1,500 pts when you spend $50 or more on PC Financial Mastercard</li><li>500 pts on PC Blue Menu Greek yogurt</li><li>20x the points on Life Brand vitamins at Shoppers Drug Mart</li></ul>
<p>Points balance: <b>48,210</b> ($48.21 in rewards)</p>
<p><a href="https://www.pcoptimum.ca/offers">See all my offers</a></p>
<p style="font-size:10px;color:#777">Loblaw Companies Limited, 1 President's Choice Circle, Brampton, ON L6Y 5S5. <a href="https://www.pcoptimum.ca/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers=UNSUB_PC,
    ),
    m(
        "pc2",
        "2025-10-30 06:00",
        "PC Optimum <pcoptimum@email.pcoptimum.ca>",
        "Exclusive offer: 20x the points this weekend only",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p style="background:#e1251b;color:#fff;padding:10px"><b>PC Optimum</b></p>
<h2>Spend $75, get 20x the points.</h2>
<p>Load this exclusive offer and use it Friday to Sunday at Loblaws, No Frills, Real Canadian Superstore and Shoppers Drug Mart.</p>
<p><a href="https://www.pcoptimum.ca/offers/20x">Load offer</a></p>
<p style="font-size:10px;color:#777"><a href="https://www.pcoptimum.ca/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers=UNSUB_PC,
    ),
    m(
        "pc3",
        "2025-12-15 06:00",
        "PC Optimum <pcoptimum@email.pcoptimum.ca>",
        "Your holiday offers are here 🎁",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Oluwaseun, 'tis the season for points.</p>
<p>Your offers this week: 4,000 pts on any PC Black Label turkey; 2,000 pts on gift cards $100+; 25x the points on fragrance at Shoppers.</p>
<p><a href="https://www.pcoptimum.ca/offers">Load all offers</a></p>
<p style="font-size:10px;color:#777"><a href="https://www.pcoptimum.ca/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers=UNSUB_PC,
    ),
    m(
        "sdm1",
        "2025-11-22 15:37",
        "Shoppers Drug Mart <noreply@shoppersdrugmart.ca>",
        "Your prescription is ready for pickup",
        N(),
        text="""Hi Oluwaseun,

Your prescription is ready for pickup at Shoppers Drug Mart, 1000 Gerrard St. E.

Pharmacy hours today: 9 a.m. - 9 p.m.

Please bring your health card. This message was sent by the Shoppers Drug Mart prescription notification service.
""",
    ),
    # --- bills and services ---------------------------------------------------------------
    m(
        "rog1",
        "2025-09-26 03:14",
        "Rogers <noreply@rogers.com>",
        "Your Rogers bill is ready",
        N(),
        text="""Hi Oluwaseun,

Your Rogers bill for account ending in 4471 is now available.

Amount due: $118.64
Due date: October 14, 2025

Pre-authorized payment will be applied on the due date.

View your bill: https://www.rogers.com/consumer/self-serve/billing

Rogers Communications, 333 Bloor St. E., Toronto
""",
    ),
    m(
        "rog2",
        "2025-12-19 12:20",
        "Rogers <noreply@rogers.com>",
        "We've scheduled your Ignite move",
        N(),
        text="""Hi Oluwaseun,

Your move request has been confirmed. We'll transfer your Rogers Xfinity Internet service to your new address:

Unit 704, 1 Carlaw Ave., Toronto
Technician visit: Friday, January 9, 2026, between 8 a.m. and 12 p.m.

Service at your current address will end on January 9, 2026.

Rogers
""",
    ),
    m(
        "hyd1",
        "2025-10-17 07:45",
        "Toronto Hydro <noreply@torontohydro.com>",
        "Your Toronto Hydro bill is ready",
        N(),
        text="""Hello Oluwaseun,

Your new bill is ready to view in MyTorontoHydro.

Account: ending 8820
Amount due: $62.18
Due: November 7, 2025

Sign in: https://www.torontohydro.com/my-account

Toronto Hydro-Electric System Limited
""",
    ),
    m(
        "hyd2",
        "2026-01-16 09:10",
        "Toronto Hydro <noreply@torontohydro.com>",
        "Your move request is confirmed",
        N(),
        text="""Hello Oluwaseun,

We've received your request to close your account at your previous address (final meter read January 9, 2026) and to open an account at Unit 704, 1 Carlaw Ave.

Your final bill for the previous address will be issued within 30 days.

Toronto Hydro
""",
    ),
    m(
        "bell1",
        "2026-01-06 11:00",
        "Bell <bell@email.bell.ca>",
        "New address? An exclusive offer for your new home",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Welcome to the neighbourhood!</p>
<p>Bell Pure Fibre is available at <b>1 Carlaw Ave.</b> Get Fibe 3 Gigabit Internet for <b>$75/mo. for 24 months</b> - our best offer for new customers.</p>
<p><a href="https://email.bell.ca/c/fibre-offer">Claim your offer</a></p>
<p style="font-size:10px;color:#888">Offer available to new residential customers in serviceable areas. Taxes extra. Bell Canada, 1 Carrefour Alexander-Graham-Bell, Verdun, QC. <a href="https://email.bell.ca/unsub">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "presto1",
        "2025-09-19 08:05",
        "PRESTO <noreply@prestocard.ca>",
        "Autoload complete",
        N(),
        text="""Hi Oluwaseun,

An Autoload of $40.00 was added to your PRESTO card ending in 2214 on September 19, 2025 and charged to your Visa ending in 0917.

Card balance: $47.35

PRESTO
""",
    ),
    m(
        "nfx1",
        "2025-10-09 14:22",
        "Netflix <info@account.netflix.com>",
        "An update to your membership",
        N(),
        text="""Hi Oluwaseun,

We're writing to let you know that the price of your Standard plan is changing from $18.99/month to $20.99/month (plus applicable taxes), starting with your billing date on or after November 9, 2025.

We hope you continue to enjoy your Netflix membership.

-Your friends at Netflix
""",
    ),
    m(
        "spot1",
        "2025-12-03 12:00",
        "Spotify <no-reply@spotify.com>",
        "Your 2025 Wrapped is here",
        N(),
        html="""<html><body style="background:#121212;color:#fff;font-family:Arial,sans-serif">
<h1>Your 2025 Wrapped is ready.</h1>
<p>Top artist: Tems. Top genre: Afrobeats. You listened to 41,208 minutes this year - more than 88% of listeners in Canada.</p>
<p><a href="https://open.spotify.com/wrapped" style="color:#1db954">Open Wrapped</a></p>
</body></html>""",
    ),
    m(
        "uber1",
        "2025-11-08 23:58",
        "Uber Receipts <noreply@uber.com>",
        "Your Saturday evening trip with Uber",
        N(),
        text="""Thanks for riding, Oluwaseun

Total: CA$24.71
Nov 8, 2025

Trip fare: $18.43
Booking fee: $3.45
HST: $2.83

11:21 PM  Scotiabank Arena, 40 Bay St, Toronto
11:43 PM  Queen St E, Toronto

Driver: Gurpreet · Toyota Camry
""",
    ),
    m(
        "ubereats1",
        "2026-01-10 19:12",
        "Uber Eats <noreply@uber.com>",
        "Your Uber Eats order from Pho Hung",
        N(),
        text="""Thanks for ordering, Oluwaseun

Pho Hung - Gerrard St. E.

1 x Rare beef & brisket pho (large)   $17.50
1 x Spring rolls (4)                   $8.95
Delivery fee                           $0.99
Service fee                            $3.97
Tip                                    $5.00
Total                                  CA$40.67

Delivered to Unit 704, 1 Carlaw Ave.
""",
    ),
    m(
        "tm1",
        "2025-11-01 13:46",
        "Ticketmaster <customer_support@email.ticketmaster.ca>",
        "You got the tickets! Toronto Maple Leafs vs. Montreal Canadiens",
        N(),
        text="""Order #49-55102/TOR

Toronto Maple Leafs vs. Montreal Canadiens
Sat, Nov 08, 2025 7:00 PM
Scotiabank Arena, Toronto, ON

Section 318, Row 6, Seats 11-12
Mobile tickets - open the Ticketmaster app to view.

Order total: $412.96

Ticketmaster Canada
""",
    ),
    # --- shopping -----------------------------------------------------------------------------
    m(
        "amz1",
        "2025-10-04 15:31",
        "Amazon.ca <shipment-tracking@amazon.ca>",
        'Your Amazon.ca order of "Logitech MX Keys S..." has shipped!',
        N(),
        text="""Hello Oluwaseun,

Your package is on the way.

Arriving: Monday, October 6

Logitech MX Keys S Wireless Keyboard
Qty: 1

Track package: https://www.amazon.ca/gp/your-account/ship-track?orderId=702-5539104-2218822

Order #702-5539104-2218822
""",
    ),
    m(
        "amz2",
        "2025-11-28 08:12",
        "Amazon.ca <auto-confirm@amazon.ca>",
        "Your Amazon.ca order #702-8812045-7730157",
        N(),
        text="""Hello Oluwaseun,

Thank you for shopping with us. We'll send a confirmation when your item ships.

Order details
Order #702-8812045-7730157
Placed on Friday, November 28, 2025

Bankers Box SmoothMove Moving Kit (10 boxes)   $54.99
Scotch Heavy Duty Packing Tape, 6 rolls          $21.47

Order total: CA$86.98

Ship to: Oluwaseun Adeyemi-Kowalczyk, Toronto, ON
""",
    ),
    m(
        "amz3",
        "2025-12-01 16:44",
        "Amazon.ca <shipment-tracking@amazon.ca>",
        "Delivered: Your Amazon.ca package",
        N(),
        text="""Your package was delivered.

Delivered to the front desk / concierge.

Bankers Box SmoothMove Moving Kit (10 boxes) and 1 more item

Order #702-8812045-7730157
""",
    ),
    m(
        "cp1",
        "2025-11-29 07:58",
        "Canada Post <noreply@canadapost-postescanada.ca>",
        "Your item is out for delivery / Votre article est en cours de livraison",
        N(),
        text="""Tracking number: 7023 2108 4471 0915

Your item is out for delivery today.

Sender: EWA KOWALCZYK

Track: https://www.canadapost-postescanada.ca/track-reperage/en#/details/7023210844710915

---
Votre article est en cours de livraison aujourd'hui.
""",
    ),
    m(
        "ikea1",
        "2026-01-11 14:19",
        "IKEA Canada <noreply@order.ikea.ca>",
        "Your IKEA order is confirmed",
        N(),
        text="""Hej Oluwaseun!

Thanks for your order.

Order number: 1248840731
Delivery: Saturday, January 17, 2026, 12:00 - 16:00
Address: Unit 704, 1 Carlaw Ave., Toronto

MALM bed frame, 153x203 cm
IDANÄS wardrobe
KALLAX shelf unit x2

Total: $1,184.70 (incl. delivery and HST)

IKEA Canada Limited Partnership
""",
    ),
    m(
        "tpl1",
        "2025-10-27 08:30",
        "Toronto Public Library <noreply@tpl.ca>",
        "Holds available for pickup",
        N(),
        text="""Dear OLUWASEUN ADEYEMI-KOWALCZYK,

The following item(s) are available for pickup at Pape/Danforth branch until November 3, 2025:

- The Phoenix Economy / Felix Salmon
- Financial Intelligence, Revised Edition / Karen Berman

Toronto Public Library
""",
    ),
    m(
        "tpl2",
        "2026-01-30 08:30",
        "Toronto Public Library <noreply@tpl.ca>",
        "Items due soon",
        N(),
        text="""Dear OLUWASEUN ADEYEMI-KOWALCZYK,

The following item is due on February 3, 2026:

- The Culture Map / Erin Meyer

Renew online at tpl.ca.

Toronto Public Library
""",
    ),
    m(
        "ymca1",
        "2025-09-08 06:30",
        "YMCA of Greater Toronto <info@ymcagta.org>",
        "Fall schedules are live at the Y",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Oluwaseun,</p>
<p>Fall group fitness schedules at the West End and Central YMCA are now live. New this season: early-morning spin at 6 a.m. and a Sunday rec basketball drop-in.</p>
<p><a href="https://ymcagta.org/schedules">See schedules</a></p>
<p style="font-size:10px">YMCA of Greater Toronto is a registered charity. <a href="https://ymcagta.org/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "park1",
        "2025-10-23 20:05",
        "City of Toronto <noreply@toronto.ca>",
        "Payment confirmation - parking violation notice",
        N(),
        text="""Thank you for your payment.

Penalty notice number: PM 481 552 09
Amount paid: $30.00
Date: October 23, 2025

Keep this email as your receipt.

City of Toronto, Revenue Services
""",
    ),
    m(
        "goog1",
        "2025-10-12 23:41",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        N(),
        text="""A new sign-in on Windows

seun.adeyemik@gmail.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    ),
    m(
        "duo1",
        "2025-12-29 19:00",
        "Duolingo <hello@duolingo.com>",
        "🔥 30 days! Your French streak is on fire",
        N(),
        text="""Félicitations, Seun!

You've practised French 30 days in a row. Keep the streak alive - your daily lesson takes just 5 minutes.

Continue: https://www.duolingo.com/learn

Duolingo, 5900 Penn Ave, Pittsburgh, PA. Unsubscribe: https://www.duolingo.com/settings/notifications
""",
    ),
    m(
        "ins1",
        "2025-12-05 10:25",
        "Beacon Home Insurance <service@beaconhomeinsurance.example>",
        "Policy change confirmed - new address",
        N(),
        text="""Dear Oluwaseun Adeyemi-Kowalczyk,

We've updated your tenant insurance policy TNT-2291047 to reflect your new address, effective January 1, 2026:

Unit 704, 1 Carlaw Ave., Toronto, ON

Your monthly premium changes from $21.40 to $23.15. Your updated proof of insurance (certificate for your landlord) is attached to your online account.

Beacon Home Insurance
""",
    ),
    m(
        "wstax1",
        "2026-02-20 10:00",
        "Wealthsimple Tax <tax@wealthsimple.com>",
        "Auto-fill my return is ready for 2025",
        N(),
        text="""Hi Oluwaseun,

CRA Auto-fill is now available for your 2025 tax return. Connect your CRA My Account and we'll import your slips automatically.

Tip: RRSP contributions made until March 2 can be deducted on your 2025 return.

Start my 2025 return: https://my.wealthsimple.com/tax

Wealthsimple Tax
""",
    ),
    m(
        "nexus1",
        "2025-09-24 14:10",
        "CBSA-ASFC Trusted Traveller <no-reply-pas-de-reponse@cbsa-asfc.gc.ca>",
        "Trusted Traveller Programs - status update on your application",
        N(),
        text="""(Le français suit)

There has been a change to the status of your NEXUS application. Your application has been conditionally approved.

Next step: you must schedule an interview at an enrolment centre. Sign in to your Trusted Traveller Programs (TTP) account to schedule your interview: https://ttp.cbp.dhs.gov

Bring your valid passport and any other documents listed in your conditional approval letter to the interview.

---

Le statut de votre demande NEXUS a changé. Votre demande a été approuvée sous condition. Vous devez planifier une entrevue à un centre d'inscription.

Canada Border Services Agency / Agence des services frontaliers du Canada
""",
    ),
    m(
        "nexus2",
        "2026-02-10 16:33",
        "CBSA-ASFC Trusted Traveller <no-reply-pas-de-reponse@cbsa-asfc.gc.ca>",
        "Trusted Traveller Programs - interview scheduled",
        N(),
        text="""Your NEXUS enrolment interview has been scheduled.

Location: Toronto Pearson International Airport, Terminal 1, Enrolment Centre
Date: Thursday, February 26, 2026
Time: 10:15 a.m.

Please arrive 15 minutes early with your valid passport and proof of residence.

Canada Border Services Agency / Agence des services frontaliers du Canada
""",
    ),
    # --- air travel ---------------------------------------------------------------------------
    m(
        "ac1",
        "2025-11-14 21:36",
        "Air Canada <confirmation@aircanada.ca>",
        "Booking Confirmation - Toronto to Calgary - ABX7Q2",
        N(),
        text="""Booking reference: ABX7Q2

Passenger: MR OLUWASEUN ADEYEMI-KOWALCZYK

Outbound - Tue Dec 23, 2025
AC 137  Toronto (YYZ) 08:00  ->  Calgary (YYC) 10:17  Economy (Standard)

Return - Sun Dec 28, 2025
AC 140  Calgary (YYC) 13:30  ->  Toronto (YYZ) 19:12  Economy (Standard)

Total paid: $687.42 CAD

Manage your booking: https://www.aircanada.com/manage-booking
""",
    ),
    m(
        "ac2",
        "2025-12-22 08:00",
        "Air Canada <notification@aircanada.ca>",
        "Check in now for your flight to Calgary",
        N(),
        text="""It's time to check in, Oluwaseun.

AC 137 - Toronto (YYZ) to Calgary (YYC)
Tuesday, December 23, 2025 - departs 08:00

Check in now: https://www.aircanada.com/checkin?pnr=ABX7Q2

Holiday travel tip: Terminal 1 security lines are busier than usual. Arrive at least 2 hours before departure.
""",
    ),
    # --- newsletters ---------------------------------------------------------------------------
    m(
        "mn1",
        "2025-09-17 07:00",
        "Margin Notes <marginnotes@substack.com>",
        "In conversation with the CFO of Harrowgate Foods",
        N(),
        html="""<html><body style="font-family:Georgia,serif;font-size:16px;line-height:1.5">
<div style="max-width:620px;margin:auto">
<p style="font-family:Arial;font-size:12px;color:#777">MARGIN NOTES · ISSUE #112 · A newsletter for people who build the plan</p>
<h1>In conversation with the CFO of Harrowgate Foods</h1>
<p>This week I sat down with Elaine Mbeki, CFO of Harrowgate Foods, a $1.2B Ontario food manufacturer, to talk about tariff scenario planning, why she killed the annual budget, and what she looks for when she interviews FP&amp;A candidates.</p>
<p><b>MN: You've said you hire for judgment, not for Excel. What does that look like in an interview?</b></p>
<p><b>EM:</b> I give people a messy P&amp;L and ask them what they'd want to know before they build anything. The best candidates ask about the business, not the formulas. If someone's first question is about the pivot table, that tells me something.</p>
<p><b>MN: And once they're on the team?</b></p>
<p><b>EM:</b> I want analysts in the plant every month. You can't forecast yield if you've never seen the line.</p>
<p><a href="https://marginnotes.substack.com/p/cfo-harrowgate">Read the full conversation</a></p>
<p style="font-family:Arial;font-size:11px;color:#999">You're a free subscriber to Margin Notes. <a href="https://marginnotes.substack.com/action/disable_email">Unsubscribe</a> · Substack Inc., 548 Market Street, San Francisco, CA</p>
</div></body></html>""",
        headers={"List-Unsubscribe": "<https://marginnotes.substack.com/action/disable_email>"},
    ),
    m(
        "mn2",
        "2025-10-22 07:00",
        "Margin Notes <marginnotes@substack.com>",
        "Rolling forecasts are not a tool problem",
        N(),
        text="""MARGIN NOTES - ISSUE #117

Rolling forecasts are not a tool problem

Every quarter someone tells me their company "tried rolling forecasts and it didn't work". Nine times out of ten, what didn't work was the calendar: they bolted an 18-month forecast onto a budget process that still owned everyone's attention from September to December.

Three things that actually move the needle:
1. Fewer drivers. If you can't explain a driver to an operations manager in one sentence, cut it.
2. A fixed monthly rhythm that leadership attends.
3. Kill the variance-to-budget slide once the rolling forecast is trusted.

Reader mail: a reader asks whether she should take an offer from a start-up with a lower base. Short answer: value the equity at zero and see if you still want the job.

Unsubscribe: https://marginnotes.substack.com/action/disable_email
""",
        headers={"List-Unsubscribe": "<https://marginnotes.substack.com/action/disable_email>"},
    ),
    m(
        "mn3",
        "2025-11-19 07:00",
        "Margin Notes <marginnotes@substack.com>",
        "In conversation with the CFO of Westway Logistics",
        N(),
        html="""<html><body style="font-family:Georgia,serif;font-size:16px;line-height:1.5">
<div style="max-width:620px;margin:auto">
<p style="font-family:Arial;font-size:12px;color:#777">MARGIN NOTES · ISSUE #121</p>
<h1>In conversation with the CFO of Westway Logistics</h1>
<p>Raymond Osei-Mensah joined Westway as a senior analyst in 2011 and became CFO last spring. We talked about cost-to-serve, the cross-border slowdown, and the interview question he's asked every candidate for 10 years.</p>
<p><b>MN: What's the question?</b></p>
<p><b>RO:</b> "Tell me about a number you were sure about that turned out to be wrong." If they can't answer, they haven't done the job long enough. We extended two offers this year to people who gave great answers to that question and mediocre answers to everything else.</p>
<p><a href="https://marginnotes.substack.com/p/cfo-westway">Read the full conversation</a></p>
<p style="font-family:Arial;font-size:11px;color:#999"><a href="https://marginnotes.substack.com/action/disable_email">Unsubscribe</a></p>
</div></body></html>""",
        headers={"List-Unsubscribe": "<https://marginnotes.substack.com/action/disable_email>"},
    ),
    m(
        "mn4",
        "2026-01-21 07:00",
        "Margin Notes <marginnotes@substack.com>",
        "Planning season post-mortem (and a hiring note)",
        N(),
        text="""MARGIN NOTES - ISSUE #129

Planning season post-mortem

We asked 212 readers how their FY26 planning went. Median number of budget iterations: 4. Share who said the final budget was "mostly a negotiation": 61%.

A hiring note: several readers have asked whether FP&A hiring is picking up. Anecdotally yes - recruiters I talk to are busier than in the fall, especially for manager-level roles in insurance and health care.

Unsubscribe: https://marginnotes.substack.com/action/disable_email
""",
        headers={"List-Unsubscribe": "<https://marginnotes.substack.com/action/disable_email>"},
    ),
    m(
        "bsb1",
        "2025-10-08 06:15",
        "Bay Street Brief <brief@baystreetbrief.example>",
        "Bay Street Brief: banks trim headcount, BoC decision preview",
        N(),
        text="""BAY STREET BRIEF - Wednesday, October 8, 2025

1. Two of the Big Six are quietly trimming corporate headcount ahead of year-end, according to people familiar with the matter. Technology and operations roles are most affected; several banks are still hiring in risk and finance.
2. Bank of Canada preview: markets price a 60% chance of a hold.
3. TSX closes at a record as gold miners rally.
4. Careers: "Why CFOs want FP&A people who can tell stories" - our interview with a headhunter.

Read online: https://baystreetbrief.example/2025-10-08
Unsubscribe: https://baystreetbrief.example/unsubscribe
""",
        headers={"List-Unsubscribe": "<https://baystreetbrief.example/unsubscribe>"},
    ),
    m(
        "bsb2",
        "2025-12-10 06:15",
        "Bay Street Brief <brief@baystreetbrief.example>",
        "Bay Street Brief: BoC holds; insurers post strong Q4 guidance",
        N(),
        text="""BAY STREET BRIEF - Wednesday, December 10, 2025

1. The Bank of Canada held its policy rate at 2.25%, citing tariff uncertainty.
2. Canadian life insurers guide to strong Q4 on group benefits growth.
3. Job market: Statistics Canada's latest Labour Force Survey shows the unemployment rate for Toronto CMA ticked up to 7.9%.
4. Our take: the rental market is finally softening - asking rents down 6% year over year in the downtown core.

Unsubscribe: https://baystreetbrief.example/unsubscribe
""",
        headers={"List-Unsubscribe": "<https://baystreetbrief.example/unsubscribe>"},
    ),
    m(
        "local1",
        "2025-11-06 09:00",
        "The Leslieville Local <hello@leslievillelocal.example>",
        "We interview the couple behind Queen East's new bakery",
        N(),
        html="""<html><body style="font-family:Georgia,serif">
<h2>The Leslieville Local - November</h2>
<p><b>Q&amp;A:</b> We interview Thuy and Marco, who left their office jobs to open Crumb &amp; Co. on Queen East. "We applied for the lease three times before the landlord said yes."</p>
<p><b>Also:</b> Jimmie Simpson Rink opens Nov 22 · Holiday market at Leslie Grove · Now hiring: the Broadview Hotel is looking for seasonal staff.</p>
<p style="font-size:11px"><a href="https://leslievillelocal.example/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    # --- CPA Ontario and professional mail -----------------------------------------------------
    m(
        "cpa1",
        "2025-10-01 10:00",
        "CPA Ontario <events@cpaontario.ca>",
        "Register now: Scenario Planning in Uncertain Times (3 CPD hours)",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Dear Oluwaseun,</p>
<p><b>Scenario Planning in Uncertain Times: Tariffs, Rates and the FP&amp;A Toolkit</b><br>
Live webinar · Wednesday, November 5, 2025 · 12:00 - 3:00 p.m. ET · 3 verifiable CPD hours</p>
<p>Learn practical techniques to build driver-based scenarios, stress-test cash flow and communicate uncertainty to boards.</p>
<p>Member price: $165 + HST</p>
<p><a href="https://www.cpaontario.ca/pd/scenario-planning-2025">Register</a></p>
<p style="font-size:10px;color:#777">Chartered Professional Accountants of Ontario, 130 King St. W., Toronto. <a href="https://www.cpaontario.ca/unsubscribe">Manage subscriptions</a></p>
</body></html>""",
    ),
    m(
        "cpa2",
        "2025-10-20 15:48",
        "CPA Ontario Professional Development <events@cpaontario.ca>",
        "You're registered: Scenario Planning in Uncertain Times - November 5",
        N(),
        text="""Dear Oluwaseun Adeyemi-Kowalczyk,

Thank you for registering. This confirms your registration for:

Scenario Planning in Uncertain Times: Tariffs, Rates and the FP&A Toolkit
Wednesday, November 5, 2025, 12:00 - 3:00 p.m. ET
Live webinar - join link: https://cpaontario.zoom.us/w/88120345511

A calendar invitation is attached. Your CPD certificate will be available in your Learning History within 5 business days of the session.

Order number: PD-25-3381907
Amount: $186.45 (HST included)

CPA Ontario Professional Development
""",
        ics=ics(
            "cpaon-pd-25-3381907",
            "2025-11-05 12:00",
            "CPA Ontario webinar: Scenario Planning in Uncertain Times (3 CPD hours)",
            ("CPA Ontario Professional Development", "events@cpaontario.ca"),
            minutes=180,
            location="https://cpaontario.zoom.us/w/88120345511",
        ),
    ),
    m(
        "cpa3",
        "2026-01-28 11:30",
        "CPA Ontario <memberservices@cpaontario.ca>",
        "Your 2026 annual membership dues invoice",
        N(),
        text="""Dear Oluwaseun Adeyemi-Kowalczyk, CPA,

Your 2026 annual membership dues invoice is now available in your member portal.

Amount: $1,052.00 (HST included)
Due: March 31, 2026

Reminder: you must also report your 2025 CPD hours by March 31, 2026.

Pay online: https://portal.cpaontario.ca/dues

Member Services, CPA Ontario
""",
    ),
    m(
        "wdap1",
        "2025-11-13 12:00",
        "Workday Adaptive Planning <adaptive@workday.com>",
        "Webinar: 2026 FP&A Benchmark Report - live readout",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Oluwaseun,</p>
<p>How long does your forecast take? Join our analysts for a live readout of the <b>2026 FP&amp;A Benchmark Report</b>, based on a survey of 1,100 finance leaders.</p>
<p>Thursday, December 4 · 1:00 p.m. ET · 45 minutes</p>
<p><a href="https://forms.workday.com/en-us/webinars/fpa-benchmark-2026.html">Save my seat</a></p>
<p style="font-size:10px;color:#888">Workday, Inc., 6110 Stoneridge Mall Road, Pleasanton, CA 94588. <a href="https://www.workday.com/unsubscribe">Unsubscribe</a>.</p>
</body></html>""",
    ),
    m(
        "wdap2",
        "2025-12-11 10:15",
        "Workday Adaptive Planning <adaptive@workday.com>",
        "Your copy of the 2026 FP&A Benchmark Report",
        N(),
        text="""Hi Oluwaseun,

Thanks for your interest. Here is your copy of the 2026 FP&A Benchmark Report:
https://www.workday.com/content/dam/web/en-us/documents/reports/fpa-benchmark-2026.pdf

Want to see how Adaptive Planning could cut your forecast cycle in half? Book a demo and get an exclusive offer on implementation services.

The Workday Adaptive Planning team
""",
    ),
    m(
        "emba1",
        "2025-10-14 12:30",
        "Lakeshore School of Business <emba@lakeshorebusiness.example>",
        "Join our Executive MBA info session - October 29",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Dear Oluwaseun,</p>
<p>Thank you for your interest in the Lakeshore Executive MBA. Join our Admissions team and recent graduates for a virtual information session.</p>
<p><b>Wednesday, October 29, 2025 · 6:30 - 7:30 p.m. ET · Zoom</b></p>
<p>You'll learn about the 20-month weekend format, the admissions interview, scholarships and the application timeline (Round 1 application deadline: January 15, 2026).</p>
<p>A calendar invitation is attached for your convenience.</p>
<p>Lakeshore School of Business · Executive Programs</p>
</body></html>""",
        ics=ics(
            "lsb-emba-info-20251029",
            "2025-10-29 18:30",
            "Lakeshore EMBA virtual information session",
            ("Lakeshore EMBA Admissions", "emba@lakeshorebusiness.example"),
            location="https://lakeshorebusiness.zoom.us/j/93301874422",
        ),
    ),
    m(
        "emba2",
        "2025-11-07 16:00",
        "Lakeshore EMBA Admissions <emba@lakeshorebusiness.example>",
        "Your application is incomplete",
        N(),
        text="""Dear Oluwaseun,

You started an application to the Lakeshore Executive MBA (intake: August 2026) but have not yet submitted it.

Missing items:
- Essay 2 (career goals)
- Employer support letter
- Two references

The Round 1 deadline is January 15, 2026. Candidates who submit by Round 1 are guaranteed an admissions interview decision within four weeks.

Continue your application: https://apply.lakeshorebusiness.example/emba

Admissions Office, Executive MBA
Lakeshore School of Business
""",
    ),
    m(
        "li1",
        "2025-10-15 18:20",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Priyanka Nair on her new role",
        N(),
        text="""Priyanka Nair started a new position

Priyanka Nair
Manager, Deal Advisory at Marchetti Kline LLP
Toronto, Ontario, Canada

Congratulate Priyanka: https://www.linkedin.com/comm/feed/update/urn:li:activity:73810/

----------------------------------------
This email was intended for Oluwaseun Adeyemi-Kowalczyk (CPA | Senior Financial Analyst, FP&A)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "li2",
        "2025-12-06 10:40",
        "LinkedIn <invitations@linkedin.com>",
        "You have 3 new invitations",
        N(),
        text="""Oluwaseun, you have 3 new invitations

Anil Mehta - Director, Treasury Finance at Maple Harbour Bank
Kevin Tran - Manager, Pricing & Underwriting Analytics at Ironwood Mutual
Chidi Okonkwo - Mechanical Engineer at Hatch

Accept: https://www.linkedin.com/comm/mynetwork/invitation-manager/

----------------------------------------
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "rog3",
        "2026-01-26 03:20",
        "Rogers <noreply@rogers.com>",
        "Your Rogers bill is ready",
        N(),
        text="""Hi Oluwaseun,

Your Rogers bill for account ending in 4471 is now available. This bill includes a one-time moving fee and a partial month at your new address.

Amount due: $164.09
Due date: February 13, 2026

View your bill: https://www.rogers.com/consumer/self-serve/billing

Rogers Communications, 333 Bloor St. E., Toronto
""",
    ),
    m(
        "cpa4",
        "2025-11-12 14:05",
        "CPA Ontario Professional Development <events@cpaontario.ca>",
        "Your CPD certificate is available",
        N(),
        text="""Dear Oluwaseun Adeyemi-Kowalczyk,

Thank you for attending Scenario Planning in Uncertain Times: Tariffs, Rates and the FP&A Toolkit on November 5, 2025.

Your certificate of completion (3.0 verifiable CPD hours) is now available in your Learning History: https://www.cpaontario.ca/learning-history

Please take a moment to complete the session evaluation - it helps us plan next year's program.

CPA Ontario Professional Development
""",
    ),
    m(
        "costco1",
        "2025-11-20 05:00",
        "Costco Wholesale Canada <costco@online.costco.ca>",
        "Black Friday offers start now - members only",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p><b>Costco Black Friday</b> - in warehouses and online, Nov 20 - Dec 1</p>
<p>$300 off select 65" and 75" TVs · $150 off Dyson cordless vacuums · $40 off KitchenAid stand mixers</p>
<p><a href="https://www.costco.ca/black-friday.html">Shop the offers</a></p>
<p style="font-size:10px;color:#888">While quantities last. Costco Wholesale Canada Ltd., 415 West Hunt Club Rd., Ottawa, ON. <a href="https://www.costco.ca/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "cp2",
        "2026-01-02 10:14",
        "Canada Post <noreply@canadapost-postescanada.ca>",
        "Your Mail Forwarding service is confirmed",
        N(),
        text="""Hello Oluwaseun Adeyemi-Kowalczyk,

Your Mail Forwarding service has been processed.

Service start date: January 5, 2026
Duration: 12 months
Forwarding to: Unit 704, 1 Carlaw Ave., Toronto, ON

Transaction number: MF-2601-884102

Canada Post / Postes Canada
""",
    ),
]
