# ruff: noqa: E501, RUF100
"""Corpus 152, the ordinary inbox: government, banks, shops, bills, the move, newsletters
(data only): see heldout152.py."""

from __future__ import annotations

from typing import Any

from heldout152_jobs import N, ics, m, re

_IRD_FOOT = """
This is an automated email from Inland Revenue - Te Tari Taake. Please don't reply.
Inland Revenue will never ask you to provide personal or banking details by email. If you
receive an email like this, please report it to phishing@ird.govt.nz."""

_rental_one = m(
    "r1a0",
    "2025-11-20 21:14",
    "Trade Me Property <noreply@trademe.co.nz>",
    "Your application for 14 Kōwhai Road, Mount Albert has been sent",
    N(),
    text="""Hi Aroha,

Your rental application has been sent to Citywide Property Management for:

14 Kōwhai Road, Mount Albert, Auckland
3 bedrooms · 1 bathroom · $720 per week
Available: 10 January 2026

What happens next?
The property manager will review your application and may contact you or your references.
You can view or update your tenant profile in My Trade Me.

Tip: properties in popular suburbs get lots of applications - book a viewing if you haven't
already.

Cheers,
Trade Me Property""",
)

_caanz_reg = m(
    "e5c0",
    "2025-09-16 12:40",
    "Chartered Accountants ANZ <events@charteredaccountantsanz.com>",
    "Registration confirmed: Payroll and employment law update 2025 (NZ)",
    N(),
    text="""Dear Aroha,

Thank you for registering for the following webinar:

Payroll and employment law update 2025 (NZ)
Tuesday 30 September 2025, 12:00pm - 1:00pm NZDT
Presenters: Louise Carrington CA, and Mark Tipene (employment lawyer)

Topics: the proposed Holidays Act replacement, minimum wage changes from 1 April, KiwiSaver
default contribution changes, and common payroll compliance failures.

This session counts for 1 hour of verifiable CPD. A joining link will be emailed 24 hours
and 1 hour before the session. The calendar invitation is attached.

Member number: 10481***

Kind regards,
Events Team
Chartered Accountants Australia and New Zealand""",
    ics=ics(
        "caanz-webinar-20250930-payroll-nz@charteredaccountantsanz.com",
        "2025-09-30 12:00",
        "CA ANZ webinar: Payroll and employment law update 2025 (NZ)",
        ("CA ANZ Events", "events@charteredaccountantsanz.com"),
        style="outlook",
        location="Online - Zoom Webinar",
    ),
)

_gp = m(
    "g1p0",
    "2025-10-20 08:02",
    "Rototuna Medical Centre <bookings@rototunamedical.example>",
    "Appointment confirmation - Dr Sarah Patel",
    N(),
    text="""Kia ora Aroha,

Your appointment has been booked.

Dr Sarah Patel
Thursday 23 October 2025 at 4:40pm (15 minutes)
Rototuna Medical Centre, 8 Horsham Downs Road, Rototuna, Hamilton

Please arrive 5 minutes early. If you need to cancel, please let us know at least 24 hours
before your appointment, or a $25 fee may apply.

If you have cold or flu symptoms, please call us before coming in: 07 555 8822.

Ngā mihi,
Rototuna Medical Centre""",
    ics=ics(
        "appt-77123-rototunamedical",
        "2025-10-23 16:40",
        "GP appointment - Dr Sarah Patel",
        ("Rototuna Medical Centre", "bookings@rototunamedical.example"),
        minutes=15,
        location="Rototuna Medical Centre, 8 Horsham Downs Road, Rototuna",
    ),
)

MAIL: list[dict[str, Any]] = [
    # ---- IRD -----------------------------------------------------------------------------------
    m(
        "i0r1",
        "2025-09-05 10:31",
        "Inland Revenue <noreply@ird.govt.nz>",
        "You have a new message in myIR",
        N(),
        text="""Kia ora Aroha,

You have a new message in myIR.

To read it, log in to myIR at ird.govt.nz/myir and go to 'My messages'.
"""
        + _IRD_FOOT,
    ),
    m(
        "i0r2",
        "2025-09-18 14:05",
        "Inland Revenue <noreply@ird.govt.nz>",
        "Your income tax assessment is ready",
        N(),
        text="""Kia ora Aroha,

Your individual income tax assessment for the year ended 31 March 2025 is ready to view in
myIR.

You're getting a refund of $212.40. It will be paid into your nominated bank account ending
in 0028 within 5 working days.
"""
        + _IRD_FOOT,
    ),
    m(
        "i0r3",
        "2026-01-22 19:12",
        "Inland Revenue <noreply@ird.govt.nz>",
        "We've updated your details",
        N(),
        text="""Kia ora Aroha,

We've updated the following details in myIR:

 - Postal address
 - Residential address

If you didn't make this change, please call us on 0800 227 774 straight away.
"""
        + _IRD_FOOT,
    ),
    m(
        "i0r4",
        "2026-02-12 09:00",
        "Inland Revenue <noreply@ird.govt.nz>",
        "Student loan - check your repayment deductions",
        N(),
        text="""Kia ora Aroha,

We've noticed you've started with a new employer. Please check the tax code on your IR330
includes 'SL' so student loan repayments are deducted from your pay.

You can view your student loan balance and repayments in myIR.
"""
        + _IRD_FOOT,
    ),
    # ---- Kiwibank / ASB ------------------------------------------------------------------------
    m(
        "b0k1",
        "2025-09-11 17:45",
        "Kiwibank <kiwibank@e.kiwibank.co.nz>",
        "Aroha, you're pre-approved for a Kiwibank credit card",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:28px">
<p style="font-size:24px;color:#00573f"><b>Good news, Aroha - you're pre-approved.</b></p>
<p>As a valued Kiwibank customer, you've been pre-approved for a Kiwibank Low Rate Visa with a
credit limit of up to <b>$5,000</b>*.</p>
<p>No annual fee for the first year. 12.90% p.a. purchase rate. Apply in minutes in the app -
most applications get an answer straight away.</p>
<p><a href="https://click.e.kiwibank.co.nz/?qs=pre_approved_lowrate" style="background:#00573f;color:#fff;padding:12px 22px;text-decoration:none;border-radius:22px">Accept my offer</a></p>
<p style="font-size:11px;color:#666">*Pre-approval is subject to Kiwibank's lending criteria, terms and conditions and
confirmation of your income and expenses at the time of application. Offer ends 10 October
2025. Kiwibank Limited. To unsubscribe from marketing emails, <a href="https://click.e.kiwibank.co.nz/unsub">click here</a>.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "b0k2",
        "2025-10-08 17:45",
        "Kiwibank <kiwibank@e.kiwibank.co.nz>",
        "Your pre-approved offer ends this week",
        N(),
        text="""Kia ora Aroha,

Just a reminder - your pre-approved Low Rate Visa offer ends on 10 October.

Apply in the Kiwibank app: Cards > Apply for a credit card. It only takes a few minutes.

Subject to lending criteria. Kiwibank Limited.
Unsubscribe: https://click.e.kiwibank.co.nz/unsub""",
    ),
    m(
        "b0k3",
        "2025-11-03 06:20",
        "Kiwibank <noreply@kiwibank.co.nz>",
        "Your eStatement is ready",
        N(),
        text="""Kia ora Aroha,

Your statement for Free Up account ending 0028 for the period 1 October - 31 October 2025
is now available in internet banking and the app.

Kiwibank will never ask you to click a link to log in. Always use the app or type
kiwibank.co.nz into your browser.""",
    ),
    m(
        "b0a1",
        "2025-10-17 13:08",
        "ASB <noreply@asb.co.nz>",
        "We've received your credit card application",
        N(),
        text="""Kia ora Aroha,

Thanks for applying for an ASB Visa Light. Your application reference is CC-8841276.

What happens next
We'll review your application and may contact you if we need more information, such as
recent payslips. Most applications are decided within 2 business days.

Ngā mihi,
ASB Cards team

ASB Bank Limited. This email was sent to you because you applied for an ASB product.""",
    ),
    m(
        "b0a2",
        "2025-10-20 10:54",
        "ASB <noreply@asb.co.nz>",
        "Congratulations - your application has been approved",
        N(),
        text="""Kia ora Aroha,

Great news - your ASB Visa Light application (CC-8841276) has been approved with a credit
limit of $3,000.

Your card will arrive by post in 5-7 business days. Once it arrives, activate it in the ASB
Mobile app and set up your PIN.

Ngā mihi,
ASB Cards team""",
    ),
    m(
        "b0a3",
        "2025-12-29 08:10",
        "ASB <noreply@asb.co.nz>",
        "Your Visa Light statement is ready",
        N(),
        text="""Kia ora Aroha,

Your Visa Light statement is ready to view in FastNet Classic and the ASB Mobile app.

Closing balance: $846.12
Minimum payment: $25.38 due 23 January 2026

ASB Bank Limited""",
    ),
    # ---- car loan and the car ------------------------------------------------------------------
    m(
        "c0l1",
        "2025-11-06 11:12",
        "Autolend NZ <loans@autolend.example>",
        "Your car loan application - next steps",
        N(),
        text="""Hi Aroha,

Thanks for your application for a vehicle loan of $18,500 over 48 months (application
AL-2025-60417).

To finish our assessment we need:
  1. Your two most recent payslips
  2. Three months of bank statements for your main account
  3. A copy of your driver licence (front and back)

Upload them securely here: https://portal.autolend.example/upload/AL-2025-60417

If you have any questions, give me a call on 0800 555 268.

Regards,
Marcus Heath
Lending Specialist | Autolend NZ

Autolend NZ Limited is a registered financial service provider (FSP555001). Lending
criteria, fees and charges apply.""",
    ),
    m(
        "c0l2",
        "2025-11-08 09:30",
        "Autolend NZ <loans@autolend.example>",
        "Good news! Your loan is conditionally approved",
        N(),
        text="""Hi Aroha,

Good news - your application AL-2025-60417 has been conditionally approved.

Loan amount: $18,500
Term: 48 months
Interest rate: 11.95% p.a. (fixed)
Weekly repayment: $112.38

This offer of finance is valid for 30 days and is conditional on the vehicle being
inspected and registered in your name. We'll send your loan agreement to sign
electronically once the dealer has confirmed the vehicle details.

Regards,
Marcus Heath
Autolend NZ""",
    ),
    m(
        "c0l3",
        "2025-11-13 15:47",
        "Autolend NZ via DocuSign <dse@docusign.net>",
        "Please DocuSign: Consumer Credit Contract - AL-2025-60417",
        N(),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center"><tr><td style="background:#1e4ca1;color:#fff;padding:24px;text-align:center">
<p>Autolend NZ sent you a document to review and sign.</p>
<p><a href="https://apps.docusign.net/Signing/EmailStart.aspx?a=c2a81f6e-9b1d&amp;er=aa10" style="background:#ffc820;color:#333;padding:10px 18px;text-decoration:none">REVIEW DOCUMENT</a></p>
</td></tr>
<tr><td style="padding:16px"><b>Marcus Heath</b><br>loans@autolend.example<br><br>
Hi Aroha, please review and sign your consumer credit contract and disclosure statement.
You have a 5 working day cooling-off period after signing. Thanks, Marcus</td></tr>
<tr><td style="font-size:11px;color:#666;padding:16px">Do Not Share This Email. This email contains a secure link to DocuSign.
Please do not share this email, link, or access code with others.</td></tr></table></body></html>""",
    ),
    m(
        "c0l4",
        "2025-11-13 21:06",
        "Autolend NZ via DocuSign <dse@docusign.net>",
        "Completed: Consumer Credit Contract - AL-2025-60417",
        N(),
        text="""All parties have completed Consumer Credit Contract - AL-2025-60417.

View completed document:
https://apps.docusign.net/Signing/EmailStart.aspx?a=c2a81f6e-9b1d&view=1

Powered by DocuSign. This message was sent to you by Marcus Heath who is using the DocuSign
Electronic Signature Service.""",
    ),
    m(
        "c0l5",
        "2025-11-18 12:15",
        "Jason | Waikato Motor Centre <sales@waikatomotors.example>",
        "Your Corolla is ready for pick up!",
        N(),
        text="""Hi Aroha,

Your 2019 Toyota Corolla GX hatch (rego NQK512) has been through its pre-delivery check and
new WOF, and finance has settled. She's all yours!

Pick up any time after 10am tomorrow - just bring your licence. I'll run you through the
Bluetooth and the reversing camera.

Cheers
Jason Tui
Sales Consultant | Waikato Motor Centre | 320 Te Rapa Road, Hamilton""",
    ),
    m(
        "c0l6",
        "2025-10-01 07:00",
        "AA <noreply@aa.co.nz>",
        "Your WOF is due soon - HJT338",
        N(),
        text="""Hi Aroha,

The warrant of fitness for your 2009 Honda Jazz (HJT338) expires on 14 October 2025.

Book a WOF at your nearest AA Auto Centre: https://www.aa.co.nz/cars/maintenance/wof/

AA Members save 10% on WOFs.

The New Zealand Automobile Association Incorporated""",
    ),
    m(
        "c0l7",
        "2026-01-26 14:22",
        "AA Insurance <noreply@aainsurance.co.nz>",
        "Your policy has been updated",
        N(),
        text="""Kia ora Aroha,

We've updated your car insurance policy (MV-4410278) as requested:

 - Garaging address changed to 3/27 Sandringham Road, Sandringham, Auckland 1025
 - Premium changed from $68.40 to $81.20 per month from 1 February 2026

Your updated policy schedule is available in My AA Insurance.

AA Insurance Limited""",
    ),
    # ---- the rental hunt (look-alike applications) -------------------------------------------
    _rental_one,
    m(
        "r1a1",
        "2025-11-21 09:16",
        "Citywide Property Management <viewings@citywidepm.example>",
        "Viewing confirmed: 14 Kōwhai Road, Mount Albert - Sat 22 Nov 11:15am",
        N(),
        **re(_rental_one),
        text="""Hi Aroha,

Your viewing is confirmed.

14 Kōwhai Road, Mount Albert
Saturday 22 November 2025, 11:15am - 11:30am (open home style - other groups will be
there)

Please bring photo ID. If you can no longer attend, please cancel using the link below so we
can offer your slot to someone else.

Cancel: https://viewings.citywidepm.example/cancel/KWH14-2211-1115

Citywide Property Management""",
        ics=ics(
            "viewing-KWH14-20251122-1115@citywidepm.example",
            "2025-11-22 11:15",
            "Property viewing - 14 Kōwhai Road, Mount Albert",
            ("Citywide Property Management", "viewings@citywidepm.example"),
            minutes=15,
            location="14 Kōwhai Road, Mount Albert, Auckland",
        ),
    ),
    m(
        "r1a2",
        "2025-11-26 15:03",
        "Daniel Roberts <daniel.r@citywidepm.example>",
        "Application outcome - 14 Kōwhai Road",
        N(),
        text="""Hi Aroha and Sam,

Thank you for your application for 14 Kōwhai Road and for coming to the viewing on Saturday.

We received 31 applications for this property. While your application was strong and your
references were excellent, the owner has decided to proceed with another applicant on this
occasion.

We'll keep your details on file and let you know about similar properties in the area.

Kind regards,
Daniel Roberts
Property Manager | Citywide Property Management
Member of the Residential Property Managers Association""",
    ),
    m(
        "r1a3",
        "2025-12-01 20:40",
        "Trade Me Property <noreply@trademe.co.nz>",
        "Your application for 3/27 Sandringham Road, Sandringham has been sent",
        N(),
        text="""Hi Aroha,

Your rental application has been sent to Metro Rentals for:

3/27 Sandringham Road, Sandringham, Auckland
2 bedrooms · 1 bathroom · $640 per week
Available: 8 January 2026

You can view or update your tenant profile in My Trade Me.

Cheers,
Trade Me Property""",
    ),
    m(
        "r1a4",
        "2025-12-04 11:28",
        "Tania Ruru <tania@metrorentals.example>",
        "Congratulations - 3/27 Sandringham Road",
        N(),
        text="""Hi Aroha,

I'm pleased to let you know that your application for 3/27 Sandringham Road has been
approved by the owner!

Next steps:
  - I'll email the residential tenancy agreement for you and Sam to sign tomorrow
  - Bond: $2,560 (4 weeks) - to be paid before the start date and lodged with Tenancy
    Services
  - First two weeks' rent in advance: $1,280
  - Tenancy start date: Thursday 8 January 2026

Keys can be collected from our Dominion Road office from 10am on the 8th.

Congratulations and welcome!

Tania Ruru
Property Manager | Metro Rentals Ltd | 612 Dominion Road, Balmoral""",
    ),
    m(
        "r1a5",
        "2025-12-12 16:40",
        "Tenancy Services <bonds@tenancy.govt.nz>",
        "Bond lodged - 3/27 Sandringham Road, Sandringham",
        N(),
        text="""Kia ora Aroha Te Rangi-Whitfield,

We have received a bond of $2,560.00 for the tenancy at:
3/27 Sandringham Road, Sandringham, Auckland 1025

Bond number: 2748811

Keep this email - you'll need the bond number when the tenancy ends.

Tenancy Services | Ministry of Business, Innovation and Employment""",
    ),
    # ---- supermarkets --------------------------------------------------------------------------
    m(
        "s0m1",
        "2025-09-08 06:30",
        "New World <newworld@e.newworld.co.nz>",
        "Aroha, your Clubcard deals are here",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#e2231a;color:#fff;padding:14px"><b>New World</b> Clubcard</td></tr>
<tr><td style="padding:16px">
<p>Kia ora Aroha, here are your personalised offers for this week at <b>New World Rototuna</b>:</p>
<ul><li>Anchor Blue Milk 2L - <b>$4.29</b> with Clubcard</li>
<li>Vogel's bread 720g - <b>2 for $8</b></li>
<li>Hellers sausages - <b>$7.99</b></li></ul>
<p><a href="https://www.newworld.co.nz/clubcard/offers">See all my offers</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#666;padding:16px">Offers valid Mon 8 - Sun 14 Sept at participating stores while stocks last.
<a href="https://www.newworld.co.nz/unsubscribe">Unsubscribe</a></td></tr></table></body></html>""",
    ),
    m(
        "s0m2",
        "2025-10-06 06:15",
        "Woolworths <woolworths@e.woolworths.co.nz>",
        "Boost your Everyday Rewards this week",
        N(),
        text="""Hi Aroha,

Boost these offers in the app before you shop to earn bonus points:

- 200 bonus points when you spend $20 on fresh fruit & veges
- 100 bonus points on Whittaker's blocks
- 2x points on your next online order over $100

Boost now: https://www.woolworths.co.nz/everyday-rewards/boosts

Woolworths New Zealand (formerly Countdown). Unsubscribe:
https://www.woolworths.co.nz/unsubscribe""",
    ),
    m(
        "s0m3",
        "2025-11-10 18:00",
        "New World <newworld@e.newworld.co.nz>",
        "An exclusive offer just for you: $10 off your next online shop",
        N(),
        text="""Kia ora Aroha,

We've missed you! Here's an exclusive offer: $10 off your next online shop at New World when
you spend $100 or more. Use code CLUB10 at checkout.

Offer ends Sunday 16 November. Terms apply.

Shop now: https://www.newworld.co.nz/shop""",
    ),
    m(
        "s0m4",
        "2025-12-15 07:00",
        "Woolworths <woolworths@e.woolworths.co.nz>",
        "Christmas offers are here 🎄 Save on ham, pavlova and more",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#178841">Christmas made easy</h2>
<p>Hi Aroha, stock up for the big day:</p>
<ul><li>Freedom Farms half ham - $11.50/kg</li><li>Edmonds pavlova mix - $3.50</li><li>Fresh NZ cherries 500g - $9.99</li></ul>
<p><a href="https://www.woolworths.co.nz/shop/specials">Shop the offers</a></p>
<p style="font-size:11px">Prices valid 15-21 December. Woolworths New Zealand Limited.</p>
</body></html>""",
    ),
    m(
        "s0m5",
        "2026-01-19 12:00",
        "New World Mt Albert <newworld@e.newworld.co.nz>",
        "Welcome to New World Mt Albert",
        N(),
        text="""Kia ora Aroha,

Thanks for updating your Clubcard store to New World Mt Albert! Your personalised offers
will now be based on this store.

Open 7am - 10pm, 7 days. Free parking under the store.

New World Mt Albert, 53 New North Road""",
    ),
    # ---- bills -----------------------------------------------------------------------------------
    m(
        "u0t1",
        "2025-09-14 09:10",
        "Kererū Power <billing@kererupower.example>",
        "Your Kererū Power bill is ready",
        N(),
        text="""Kia ora Aroha,

Your bill for 14 Kahurangi Place, Rototuna is ready.

Billing period: 12 Aug - 11 Sep 2025
Amount due: $184.62
Due date: 25 September 2025 (paid by direct debit)

View your bill: https://my.kererupower.example/bills

Kererū Power""",
    ),
    m(
        "u0t2",
        "2025-10-14 09:10",
        "Kererū Power <billing@kererupower.example>",
        "Your Kererū Power bill is ready",
        N(),
        text="""Kia ora Aroha,

Your bill for 14 Kahurangi Place, Rototuna is ready.

Billing period: 12 Sep - 11 Oct 2025
Amount due: $151.07
Due date: 25 October 2025 (paid by direct debit)

Kererū Power""",
    ),
    m(
        "u0t3",
        "2025-12-20 13:45",
        "Kererū Power <moving@kererupower.example>",
        "We've got your move sorted",
        N(),
        text="""Kia ora Aroha,

Thanks for letting us know you're moving. Here's what we've set up:

Moving out: 14 Kahurangi Place, Rototuna - final read on 9 January 2026
Moving in: 3/27 Sandringham Road, Sandringham - power on from 8 January 2026

Your plan and direct debit will move with you. Your final bill for Rototuna will arrive
within two weeks of the final read.

Kererū Power""",
    ),
    m(
        "u0t4",
        "2025-09-29 08:00",
        "Tahi Broadband <accounts@tahibroadband.example>",
        "Your Tahi invoice - September",
        N(),
        text="""Hi Aroha,

Your invoice INV-00918274 for $79.00 (Fibre 300) is attached and will be charged to your
card ending 4412 on 6 October.

Tahi Broadband Ltd""",
        attach=[("INV-00918274.pdf", "application/pdf", "%PDF-1.4\n% invoice\n%%EOF\n")],
    ),
    m(
        "u0t5",
        "2026-01-09 16:30",
        "Tahi Broadband <install@tahibroadband.example>",
        "Your fibre connection appointment",
        N(),
        text="""Hi Aroha,

Your installation appointment at 3/27 Sandringham Road, Sandringham is booked:

Tuesday 13 January 2026, 8:00am - 12:00pm

The technician will need access to the inside of the property for about an hour. Someone
over 18 needs to be home.

Tahi Broadband Ltd""",
        ics=ics(
            "install-TB-3318842@tahibroadband.example",
            "2026-01-13 08:00",
            "Tahi fibre installation",
            ("Tahi Broadband", "install@tahibroadband.example"),
            minutes=240,
            location="3/27 Sandringham Road, Sandringham, Auckland",
        ),
    ),
    # ---- the move --------------------------------------------------------------------------------
    m(
        "v0m1",
        "2025-11-24 10:05",
        "Haul-Away Movers <bookings@haulaway.example>",
        "Your moving quote - Hamilton to Auckland",
        N(),
        text="""Hi Aroha,

Thanks for your enquiry. Based on the inventory you sent (2-bedroom house, no piano, some
garden furniture), here's our quote:

 - Truck and 2 movers, Hamilton to Auckland: $1,890 incl. GST
 - Packing service (optional): $420
 - Transit insurance: included up to $20,000

This quote is valid for 30 days. To accept, just reply to this email with your preferred
date.

Cheers,
Kate
Haul-Away Movers Ltd | 0800 555 428""",
    ),
    m(
        "v0m2",
        "2025-12-02 12:22",
        "Haul-Away Movers <bookings@haulaway.example>",
        "Booking confirmed - Saturday 10 January 2026",
        N(),
        text="""Hi Aroha,

Your move is confirmed for Saturday 10 January 2026. The crew will arrive at 14 Kahurangi
Place, Rototuna at 7:30am.

Deposit received: $400. Balance of $1,490 due on the day.

Cheers,
Kate, Haul-Away Movers""",
    ),
    m(
        "v0m3",
        "2026-01-16 11:40",
        "Auckland Transport <noreply@at.govt.nz>",
        "Your AT HOP card is registered",
        N(),
        text="""Kia ora Aroha,

Your AT HOP card ending 8823 is now registered to your MyAT account. Registered cards get
concession fares if you're eligible and can be protected if lost or stolen.

Set up auto top-up: https://at.govt.nz/myat

Auckland Transport""",
    ),
    m(
        "v0m4",
        "2026-01-12 09:18",
        "NZ Transport Agency <noreply@nzta.govt.nz>",
        "Change of address confirmed",
        N(),
        text="""Kia ora,

We've updated the address for your driver licence and your vehicles (NQK512).

New address: 3/27 Sandringham Road, Sandringham, Auckland 1025

NZ Transport Agency Waka Kotahi""",
    ),
    # ---- shopping ------------------------------------------------------------------------------
    m(
        "o0s1",
        "2025-09-20 15:02",
        "Mighty Ape <orders@mightyape.co.nz>",
        "Your Mighty Ape order #MA3918220",
        N(),
        text="""Kia ora Aroha,

Thanks for your order!

1 x Casio FX-82AU Plus II scientific calculator - $29.99
1 x Moleskine Classic notebook, large - $34.99
Shipping: Free

Total: $64.98

We'll email you when your order ships.

Mighty Ape""",
    ),
    m(
        "o0s2",
        "2025-09-23 10:40",
        "NZ Post <noreply@nzpost.co.nz>",
        "Your parcel from Mighty Ape is on its way",
        N(),
        text="""Kia ora,

Your parcel is on its way.

Tracking number: MA391822000NZ
Estimated delivery: Thursday 25 September

Track: https://www.nzpost.co.nz/tools/tracking?trackid=MA391822000NZ

NZ Post""",
    ),
    m(
        "o0s3",
        "2025-10-25 19:20",
        "The Warehouse <orders@thewarehouse.co.nz>",
        "Order confirmed - #TW70219934",
        N(),
        text="""Hi Aroha,

Thanks for shopping with The Warehouse. Your order #TW70219934 is confirmed:

 - Living & Co storage tubs x 6 - $54.00
 - Packing tape 3-pack - $9.00
 - Moving boxes, large x 10 - $39.90

Click & Collect: The Warehouse Te Rapa, ready from Monday.

The Warehouse""",
    ),
    m(
        "o0s4",
        "2025-11-28 06:00",
        "Kmart NZ <kmart@e.kmart.co.nz>",
        "Black Friday offers are ON",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h1 style="background:#000;color:#fff;padding:14px">BLACK FRIDAY</h1>
<p>Our biggest offers of the year are here - in store and online, this weekend only.</p>
<p>Air fryers from $39 · Bedding from $10 · Outdoor furniture 30% off</p>
<p><a href="https://www.kmart.co.nz/black-friday/">Shop now</a></p>
<p style="font-size:11px">Kmart New Zealand. Offers valid 28-30 November while stocks last. <a href="https://www.kmart.co.nz/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "o0s5",
        "2025-12-26 07:30",
        "Briscoes <briscoes@e.briscoes.co.nz>",
        "Boxing Day sale - offers end tonight!",
        N(),
        text="""BOXING DAY SALE

Up to 60% off bed linen, cookware and more. In store and online - today only.

Shop now: https://www.briscoes.co.nz/boxing-day

Briscoes (New Zealand) Limited. Unsubscribe: https://www.briscoes.co.nz/unsubscribe""",
    ),
    m(
        "o0s6",
        "2025-09-25 02:11",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium receipt",
        N(),
        text="""Thanks for your payment, Aroha.

Spotify Premium Duo - NZ$21.99
Date: 25 September 2025
Payment method: Visa ending 4412

Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden""",
    ),
    m(
        "o0s7",
        "2025-10-27 04:30",
        "Netflix <info@account.netflix.com>",
        "An update to your membership price",
        N(),
        text="""Hi Aroha,

We're writing to let you know that the price of your Standard plan will change from
NZ$18.49 to NZ$20.99 per month, starting from your next billing date on or after 27
November 2025.

If you'd like to change your plan, visit your Account page.

The Netflix team""",
    ),
    m(
        "o0s8",
        "2025-12-18 11:05",
        "Flex Gym Hamilton <members@flexgym.example>",
        "Your membership cancellation",
        N(),
        text="""Hi Aroha,

We've processed your membership cancellation. Your last direct debit will be on 2 January
2026 and your access tag will stop working on 9 January.

We're sorry to see you go - good luck in Auckland, and come say hi if you're ever back in
Hamilton!

The Flex Gym team""",
    ),
    m(
        "o0s9",
        "2025-12-23 13:42",
        "Givealittle <noreply@givealittle.co.nz>",
        "Thank you for your donation",
        N(),
        text="""Kia ora Aroha,

Thank you for your $50.00 donation to "Te Rapa Tigers Netball - new uniforms for 2026".

Your donation receipt number is GAL-4918820. Donations over $5 may be eligible for a tax
credit - keep this receipt.

Givealittle""",
    ),
    # ---- flights -------------------------------------------------------------------------------
    m(
        "a0n1",
        "2025-10-10 20:15",
        "Air New Zealand <noreply@airnz.co.nz>",
        "Your booking confirmation - AKL to GIS (8Q2LMV)",
        N(),
        text="""Kia ora Aroha,

Thanks for booking with Air New Zealand.

Booking reference: 8Q2LMV
Passengers: Aroha Te Rangi-Whitfield, Sam Whitfield

NZ5064 Auckland (AKL) to Gisborne (GIS)
Tuesday 23 December 2025, depart 10:05am, arrive 11:05am
Seat+Bag

NZ5071 Gisborne (GIS) to Auckland (AKL)
Sunday 4 January 2026, depart 3:40pm, arrive 4:45pm

Manage your booking: https://www.airnewzealand.co.nz/manage-bookings

Air New Zealand""",
    ),
    m(
        "a0n2",
        "2025-12-21 10:05",
        "Air New Zealand <noreply@airnz.co.nz>",
        "It's time to check in for your flight to Gisborne",
        N(),
        text="""Kia ora Aroha,

Online check-in is now open for NZ5064 to Gisborne on Tuesday 23 December.

Check in now: https://www.airnewzealand.co.nz/check-in

Ngā mihi,
Air New Zealand""",
    ),
    # ---- CA ANZ ---------------------------------------------------------------------------------
    _caanz_reg,
    m(
        "e5c1",
        "2025-09-30 11:00",
        "Chartered Accountants ANZ <events@charteredaccountantsanz.com>",
        "Starting in 1 hour: Payroll and employment law update 2025 (NZ)",
        N(),
        text="""Dear Aroha,

Your webinar starts in 1 hour.

Join here: https://charteredaccountantsanz.zoom.us/w/93310822741?tk=aroha

Slides will be available in My CA ANZ after the session.

Events Team, Chartered Accountants ANZ""",
    ),
    m(
        "e5c2",
        "2025-12-09 16:00",
        "Chartered Accountants ANZ <caprogram@charteredaccountantsanz.com>",
        "Your CA Program results are available",
        N(),
        text="""Dear Aroha,

Your result for Audit and Assurance (AA) is now available in My CA Program.

Congratulations on your progress in the CA Program. Enrolments for Term 1 2026 are open
until 19 January - you can enrol in your next subject from My CA Program.

Kind regards,
CA Program Team
Chartered Accountants Australia and New Zealand""",
    ),
    m(
        "e5c3",
        "2026-01-15 09:30",
        "Chartered Accountants ANZ <caprogram@charteredaccountantsanz.com>",
        "Enrolment confirmed: Financial Accounting and Reporting - Term 1 2026",
        N(),
        text="""Dear Aroha,

Your enrolment application for Financial Accounting and Reporting (FAR), Term 1 2026, has
been approved.

Term starts: 2 February 2026
Exam: 14 May 2026

Please check your mentor details are up to date - you've recorded a change of employer.
Update your practical experience record in My CA Program.

CA Program Team""",
    ),
    # ---- newsletters -----------------------------------------------------------------------------
    m(
        "n0w1",
        "2025-10-16 06:00",
        "The Waikato Ledger <newsletter@waikatoledger.example>",
        "In conversation with the CFO of Pōkeno Dairy Co",
        N(),
        html="""<html><body style="font-family:Georgia,serif;max-width:620px">
<h1>The Waikato Ledger</h1>
<p><i>Business news for the mighty Waikato · Thursday 16 October</i></p>
<h2>In conversation with: Rachel Hona, CFO of Pōkeno Dairy Co</h2>
<p>Rachel Hona joined Pōkeno Dairy Co as Chief Financial Officer in 2022 after a decade at one
of the big four. In this interview she talks about hiring finance talent in the regions, why
she still reads every cover letter for graduate roles, and the offer that almost lured her to
Sydney.</p>
<p>"The hardest part of my job isn't the numbers, it's recruitment. We advertised a payroll role
last year and got 140 applications in a week..."</p>
<p><a href="https://waikatoledger.example/cfo-pokeno-dairy">Read the full interview</a></p>
<h3>Also this week</h3>
<ul><li>Hamilton's CBD vacancies fall for third quarter</li>
<li>Building consents: is the slump over?</li>
<li>Job ads in the Waikato down 8% on last year, says SEEK</li></ul>
<p style="font-size:11px">You're receiving The Waikato Ledger because you subscribed. <a href="https://waikatoledger.example/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "n0w2",
        "2025-12-11 06:00",
        "The Waikato Ledger <newsletter@waikatoledger.example>",
        "Year in review: the deals, the departures and the new hires",
        N(),
        text="""THE WAIKATO LEDGER - Thursday 11 December

YEAR IN REVIEW
From the Fieldays record to the tech firms opening offices in Hamilton East, here are the
stories that defined 2025 for Waikato business.

ON THE MOVE
Our regular round-up of senior appointments: Kahikatea Building Supplies has appointed
Michelle Tane as Finance Manager; Kaimai Plains District Council names new chief executive;
Riverlea Dairy Co-op hires first Chief People Officer.

THE LAST WORD
"We're hiring, but carefully," - business owners tell us what they expect from 2026.

Read online: https://waikatoledger.example/2025-12-11
Unsubscribe: https://waikatoledger.example/unsubscribe""",
    ),
    m(
        "n0w3",
        "2025-09-24 12:00",
        "Payroll Pulse NZ <hello@payrollpulse.example>",
        "Payroll Pulse #41: Holidays Act - where are we now?",
        N(),
        text="""PAYROLL PULSE NZ - the fortnightly newsletter for payroll people
Issue 41 - 24 September 2025

1. HOLIDAYS ACT: WHERE ARE WE NOW?
The Government has confirmed the replacement bill will move to an hours-based accrual model
for annual leave. We interviewed three payroll managers about how they're preparing.

2. KIWISAVER CHANGES FROM 1 APRIL 2026
Default employee and employer contribution rates rise to 3.5%. What you need to change in
your payroll system, and when.

3. ASK THE EXPERT
"Our employee has accepted an offer elsewhere and wants to be paid out their alternative
holidays - do we have to?" Our employment lawyer answers.

4. JOBS BOARD
Payroll Officer - Mahurangi Health Trust
Payroll Team Lead - Harakeke Insurance
(Advertise your payroll role with us from $149)

You're receiving this because you subscribed at payrollpulse.example.
Unsubscribe: https://payrollpulse.example/u?e=aroha""",
    ),
    m(
        "n0w4",
        "2025-11-25 12:00",
        "Payroll Pulse NZ <hello@payrollpulse.example>",
        "Payroll Pulse #45: Christmas close-down checklist",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;max-width:600px">
<h2>Payroll Pulse NZ - Issue 45</h2>
<h3>Your Christmas close-down checklist</h3>
<ol>
<li>Confirm which days are public holidays for each employee ("otherwise working day" test)</li>
<li>Check anyone who is required to take annual leave over the shutdown has 14 days' notice</li>
<li>Pay early? Check your bank's cut-off for the 24th</li>
</ol>
<h3>Reader survey results</h3>
<p>We asked 312 payroll people about their careers: 41% applied for a new role this year; the
most common reason for turning down an offer was "no flexibility".</p>
<p><a href="https://payrollpulse.example/45">Read online</a> · <a href="https://payrollpulse.example/u?e=aroha">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "n0w5",
        "2026-01-28 12:00",
        "Payroll Pulse NZ <hello@payrollpulse.example>",
        "Payroll Pulse #48: Waitangi Day and Mondayisation",
        N(),
        text="""PAYROLL PULSE NZ - Issue 48

WAITANGI DAY FALLS ON A FRIDAY THIS YEAR
No Mondayisation needed - but check your rosters for anyone whose otherwise working day is
Friday. We walk through three examples.

WEBINAR: END OF YEAR LEAVE LIABILITY
Thursday 19 February, 12pm. Register: https://payrollpulse.example/webinar-feb

Unsubscribe: https://payrollpulse.example/u?e=aroha""",
    ),
    m(
        "n0w6",
        "2025-10-29 09:00",
        "Xero <news@xero.com>",
        "What's new in Xero Payroll (NZ) - October",
        N(),
        text="""Kia ora Aroha,

Here's what's new for Xero Payroll in New Zealand this month:

- Payday filing: fix rejected employment information faster with new error messages
- Leave: see an employee's leave balances right from the pay run
- Coming soon: support for the new KiwiSaver default rates

Read more: https://www.xero.com/nz/blog/

Xero Limited, 19-23 Taranaki Street, Wellington. Unsubscribe:
https://www.xero.com/nz/unsubscribe""",
    ),
    m(
        "n0w7",
        "2025-09-22 06:15",
        "Morning Brief NZ <brief@morningbrief.example>",
        "Morning Brief: OCR cut expected, Auckland rents ease, and an All Blacks scare",
        N(),
        text="""MORNING BRIEF - Monday 22 September

Good morning. Here's what you need to know today.

- Economists expect the Reserve Bank to cut the OCR again next month.
- Auckland rents have eased for a fourth month, with more properties on the market.
- Unemployment hits 5.2% - "it's a tough market for job seekers," says one recruiter.
- An All Blacks injury scare ahead of the Bledisloe.

Read online: https://morningbrief.example/2025-09-22
Unsubscribe: https://morningbrief.example/u""",
    ),
    m(
        "n0w8",
        "2025-11-17 06:15",
        "Morning Brief NZ <brief@morningbrief.example>",
        "Morning Brief: Health restructure announced, petrol prices and the weekend's sport",
        N(),
        text="""MORNING BRIEF - Monday 17 November

- Hauora Tāmaki confirms a proposal to merge payroll and back-office teams; unions say
  hundreds of jobs are at risk, and recruitment for many roles has been paused.
- Petrol prices fall below $2.60 in Auckland.
- Black Ferns wrap up their northern tour.

Read online: https://morningbrief.example/2025-11-17
Unsubscribe: https://morningbrief.example/u""",
    ),
    # ---- LinkedIn (not job) --------------------------------------------------------------------
    m(
        "k0l1",
        "2025-10-19 08:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Mere Tautahi on the new job",
        N(),
        text="""Mere Tautahi started a new position

Mere Tautahi
Business Banking Analyst at Tōtara Bank

Say congrats: https://www.linkedin.com/feed/update/urn:li:activity:7386612210

----------------------------------------
This email was intended for Aroha Te Rangi-Whitfield (Payroll & Accounts Officer at Kahikatea Building Supplies)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "k0l2",
        "2025-11-27 09:15",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 14 searches this week",
        N(),
        text="""Aroha, you appeared in 14 searches this week

Top companies your searchers work at: Kerrigan Walsh Recruitment, Fernleaf Finance
Recruitment, Harakeke Insurance

Your searchers also found you through: Payroll, Xero, Accounts Payable

See all searches: https://www.linkedin.com/me/search-appearances/

----------------------------------------
This email was intended for Aroha Te Rangi-Whitfield (Payroll & Accounts Officer at Kahikatea Building Supplies)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe""",
    ),
    m(
        "k0l3",
        "2026-02-14 19:22",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Tama Te Rangi endorsed you for Payroll",
        N(),
        text="""Tama Te Rangi endorsed you for a skill

Payroll
Tama Te Rangi and 11 others have endorsed you.

View your profile: https://www.linkedin.com/in/aroha-terangi-whitfield/

This email was intended for Aroha Te Rangi-Whitfield (Payroll Officer at Northgate Port)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe""",
    ),
    # ---- doctor ----------------------------------------------------------------------------------
    _gp,
    m(
        "g1p1",
        "2025-10-22 16:40",
        "Rototuna Medical Centre <bookings@rototunamedical.example>",
        "Reminder: your appointment tomorrow at 4:40pm",
        N(),
        **re(_gp),
        text="""Reminder: Aroha, you have an appointment with Dr Sarah Patel tomorrow (Thu 23 Oct) at
4:40pm at Rototuna Medical Centre. Reply C to cancel.""",
    ),
    m(
        "g1p2",
        "2026-01-23 10:12",
        "Mt Albert Family Doctors <reception@mtalbertfamilydrs.example>",
        "Enrolment application received",
        N(),
        text="""Kia ora Aroha,

Thank you for your enrolment application with Mt Albert Family Doctors. We have requested
your medical records from your previous practice (Rototuna Medical Centre).

Your enrolment will be confirmed once we receive your records - usually within 10 working
days. In the meantime you can book appointments as a casual patient.

Ngā mihi,
Reception Team
Mt Albert Family Doctors | 1010 New North Road, Mt Albert""",
    ),
    m(
        "g1p3",
        "2026-02-09 14:30",
        "Mt Albert Family Doctors <reception@mtalbertfamilydrs.example>",
        "You're now enrolled - welcome",
        N(),
        text="""Kia ora Aroha,

Your enrolment with Mt Albert Family Doctors is now confirmed, and your GP is Dr Wiremu
Parata. You can now register for our patient portal to book appointments and order repeat
prescriptions online.

Ngā mihi,
Mt Albert Family Doctors""",
    ),
    # ---- misc ------------------------------------------------------------------------------------
    m(
        "x0m1",
        "2025-10-12 10:00",
        "Hamilton City Libraries <libraries@hcc.example>",
        "Items due soon",
        N(),
        text="""Kia ora Aroha,

The following items are due back on 15 October 2025:

 - "The Payroll Handbook (NZ edition)" - due 15/10
 - "Lonely Planet: Auckland" - due 15/10

Renew online: https://libraries.hcc.example/account

Hamilton City Libraries""",
    ),
    m(
        "x0m2",
        "2026-01-03 22:41",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        N(),
        text="""A new sign-in on Windows

aroha.trw@gmail.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you
don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and
services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
    ),
    m(
        "x0m3",
        "2026-02-18 12:30",
        "Eventbrite <noreply@order.eventbrite.com>",
        "Your tickets for Women in Finance Tāmaki - networking breakfast",
        N(),
        text="""Hi Aroha,

You're going to Women in Finance Tāmaki - networking breakfast!

Thursday 26 February 2026, 7:00am - 8:30am NZDT
The Hotel Britomart, 29 Galway Street, Auckland

Order #11829304712 - 1 x General Admission (Free)

This month's speaker: the CFO of Harakeke Insurance on "what I look for when I interview
for my finance team".

Add to calendar - attached.

Eventbrite""",
        ics=ics(
            "eb-11829304712@eventbrite.com",
            "2026-02-26 07:00",
            "Women in Finance Tāmaki - networking breakfast",
            ("Eventbrite", "noreply@order.eventbrite.com"),
            minutes=90,
            location="The Hotel Britomart, 29 Galway Street, Auckland",
        ),
    ),
    m(
        "x0m4",
        "2025-11-02 13:10",
        "Electoral Commission <enrol@vote.nz>",
        "Have you moved? Update your enrolment",
        N(),
        text="""Kia ora,

If you've moved house recently, you need to update your enrolment details so you can vote in
your new electorate at next year's general election.

Update your details online at vote.nz - it only takes a few minutes.

Electoral Commission | Te Kaitiaki Take Kōwhiri""",
    ),
    m(
        "x0m5",
        "2026-02-20 16:00",
        "Kiwibank <noreply@kiwibank.co.nz>",
        "Your salary has changed - are your savings on track?",
        N(),
        text="""Kia ora Aroha,

We noticed a change in the regular deposits to your Free Up account. Now might be a good time
to review your savings goals and automatic payments.

Set up a Notice Saver in the app and earn more on your savings.

Kiwibank Limited. Unsubscribe from marketing emails in the app settings.""",
    ),
    # ---- more of the ordinary inbox --------------------------------------------------------------
    m(
        "t0m1",
        "2025-11-21 19:48",
        "Trade Me <noreply@trademe.co.nz>",
        "You've received an offer on your listing",
        N(),
        text="""Hi Aroha,

Good news - you've received an offer on your listing:

2009 Honda Jazz 1.3 - 187,000km, new WOF (listing #5590128833)
Offer: $5,800 from wiremu_k82
This offer expires in 24 hours.

Accept or decline the offer in My Trade Me > Selling.

Trade Me Motors""",
    ),
    m(
        "t0m2",
        "2025-11-22 08:10",
        "Trade Me <noreply@trademe.co.nz>",
        "Congratulations - your item has sold",
        N(),
        text="""Hi Aroha,

You accepted the offer from wiremu_k82, and your listing has sold:

2009 Honda Jazz 1.3 - $5,800

Next steps: get in touch with the buyer to arrange payment and pick-up, and remember to
notify NZTA of the change of ownership.

Trade Me""",
    ),
    m(
        "t0m3",
        "2025-10-03 09:00",
        "Kōwhai KiwiSaver Scheme <members@kowhaikiwisaver.example>",
        "Your KiwiSaver annual statement is ready",
        N(),
        text="""Kia ora Aroha,

Your KiwiSaver annual statement for the year to 31 March 2025 is ready in your online
account.

Balance at 31 March 2025: $38,412.76
Your contributions: $2,304.00 | Employer contributions: $2,304.00 | Government
contribution: $260.72

Did you know? If you change jobs, your KiwiSaver goes with you - just give your new employer
a KS2 form.

Kōwhai KiwiSaver Scheme. Issuer: Kōwhai Funds Management Limited.""",
    ),
    m(
        "t0m4",
        "2025-09-17 14:30",
        "Smile Dental Rototuna <reception@smiledental.example>",
        "Your dental appointment is booked",
        N(),
        text="""Hi Aroha,

Your appointment for a check-up and clean with Dr Amir Haddad is booked for Wednesday 24
September at 7:45am.

Smile Dental Rototuna, 2 Kirikiriroa Street. Please let us know 24 hours in advance if you
can't make it.""",
        ics=ics(
            "smile-appt-440192@smiledental.example",
            "2025-09-24 07:45",
            "Dentist - check-up and clean",
            ("Smile Dental Rototuna", "reception@smiledental.example"),
            minutes=45,
            location="Smile Dental Rototuna, 2 Kirikiriroa Street",
        ),
    ),
    m(
        "t0m5",
        "2025-11-12 10:00",
        "Xero <events@xero.com>",
        "You're registered: Xero Payroll NZ masterclass",
        N(),
        text="""Kia ora Aroha,

You're registered for the Xero Payroll NZ masterclass.

Wednesday 26 November 2025, 11:00am NZDT (45 minutes)
Hosted by the Xero Payroll product team, with a live Q&A.

Join link: https://xero.zoom.us/w/96117724501

Add it to your calendar with the attached invitation.

Xero""",
        ics=ics(
            "xero-payroll-nz-masterclass-20251126@xero.com",
            "2025-11-26 11:00",
            "Xero Payroll NZ masterclass",
            ("Xero Events", "events@xero.com"),
            minutes=45,
            location="https://xero.zoom.us/w/96117724501",
        ),
    ),
    m(
        "t0m6",
        "2026-01-10 19:42",
        "Uber Eats <noreply@uber.com>",
        "Your Saturday evening order with Uber Eats",
        N(),
        text="""Thanks for ordering, Aroha

Hell Pizza - Sandringham
2 x Lust pizza (large)
1 x garlic bread

Total: NZ$52.80
Delivered to 3/27 Sandringham Road

Uber Eats""",
    ),
    m(
        "t0m7",
        "2025-10-09 12:05",
        "Ticketmaster New Zealand <customer_support@ticketmaster.co.nz>",
        "Your order confirmation - Six60 Saturday Night Tour",
        N(),
        text="""Hi Aroha,

Thanks for your order. Your tickets are in your Ticketmaster account.

Six60 - Saturday Night Tour
FMG Stadium Waikato, Hamilton
Saturday 28 February 2026, 5:00pm

2 x General Admission - $259.80

Ticketmaster New Zealand""",
    ),
    m(
        "t0m8",
        "2025-11-03 07:30",
        "Z Energy <z@e.z.co.nz>",
        "Your exclusive Pumped offer: 10c off per litre this week",
        N(),
        text="""Kia ora Aroha,

Your exclusive Pumped offer is here: 10c off per litre at any Z this week when you scan your
Pumped card or the Z App. Offer ends Sunday 9 November.

Z Energy Limited. Unsubscribe: https://z.co.nz/unsubscribe""",
    ),
    m(
        "t0m9",
        "2026-02-06 06:00",
        "Tāmaki Weekly <hello@tamakiweekly.example>",
        "“I interviewed 40 hiring managers” - plus: the best new cafés in Sandringham",
        N(),
        html="""<html><body style="font-family:Georgia,serif;max-width:620px">
<h1>Tāmaki Weekly</h1>
<h2>"I interviewed 40 hiring managers. Here's what they actually want"</h2>
<p>Career coach Ana Tuilagi spent six months talking to Auckland employers. Her verdict:
cover letters still matter, and "I'll get back to you" usually means no.</p>
<h2>Five new cafés in Sandringham worth the walk</h2>
<p>From a tiny Ethiopian coffee roaster to the bakery everyone's queuing at on a Saturday.</p>
<p><a href="https://tamakiweekly.example/2026-02-06">Read this week's issue</a> ·
<a href="https://tamakiweekly.example/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "t0n0",
        "2025-12-01 09:00",
        "Sharesies <hello@sharesies.co.nz>",
        "Your November update",
        N(),
        text="""Kia ora Aroha,

Here's how your portfolio went in November:

Portfolio value: $4,128.55 (+1.8%)
Auto-invest: $50 a week into the NZ Top 50 Order

Investing involves risk. You might lose the money you start with.

Sharesies Limited""",
    ),
]
