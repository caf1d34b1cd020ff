# ruff: noqa: E501, RUF100
"""Corpus 132, the ordinary inbox (data only): see heldout132.py.

Bills and transit, taxes, the bank and credit union (a credit-card and a car-loan "application"),
the apartment move (a rental application and a lease through DocuSign), shopping, travel,
marketing "offers", city notices and LinkedIn notifications."""

from __future__ import annotations

from typing import Any

from heldout132_jobs import N, m, thread

_RENTAL_APP = m(
    "c212820390d4427a62",
    "2025-10-04 18:22",
    "Kedzie Property Group <donotreply@appfolio.com>",
    "Rental Application Received - 2847 N. Sacramento Ave, Unit 2",
    N(),
    """Hi Keisha,

Thank you for submitting your rental application for 2847 N. Sacramento Ave, Unit 2, Chicago, IL 60618.

Application fee paid: $55.00 (Visa ending 4417)
Co-applicants: none
Desired move-in: 12/1/2025

What happens next: we will verify your income and rental history and run a credit and background screening. Most applications are processed within 2-3 business days. We may contact your current landlord and employer for verification.

You can check the status of your application in the applicant portal:
https://kedzieproperty.appfolio.com/connect/applications/55120

Kedzie Property Group
3156 N. Kedzie Ave, Chicago, IL 60618 | (773) 555-0190
Equal Housing Opportunity
""",
)

_FRIEND_PANTRY = m(
    "CAFr9Lw0b2",
    "2025-09-21 16:40",
    "Priscilla Nwosu <prissy.nwosu@yahoo.com>",
    "Saturday shifts?",
    N(),
    """Keish!! Are you doing the pantry again this fall? They changed the volunteer thing - now you have to fill out an application online and do an orientation, even if you did it before. So official lol. Link is on their site. Let's do the 2nd Saturday shifts together?

P
""",
)

MAIL: list[dict[str, Any]] = [
    # --- utilities and transit ------------------------------------------------------------
    m(
        "d1c8dc568ed6993a6c",
        "2025-09-05 05:12",
        "ComEd <noreply@comed.com>",
        "Your ComEd bill is ready",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p><img src="https://www.comed.com/images/comed-logo.png" alt="ComEd, An Exelon Company"></p>
<p>Hi KEISHA,</p>
<p>Your bill for account ending in <b>*8841</b> is ready.</p>
<table><tr><td>Amount due:</td><td><b>$118.42</b></td></tr><tr><td>Due date:</td><td>09/26/2025</td></tr><tr><td>AutoPay:</td><td>Scheduled</td></tr></table>
<p>August was hot! Your usage was 38% higher than last month. See what's driving your bill with <a href="https://secure.comed.com/MyAccount/MyBillUsage/pages/secure/UsageDetails.aspx">Usage Details</a>.</p>
<p style="font-size:11px">ComEd, 440 S. LaSalle St., Chicago, IL 60605. Please do not reply to this email.</p>
</body></html>""",
    ),
    m(
        "6edc1b42f7c21749fa",
        "2025-10-06 05:09",
        "ComEd <noreply@comed.com>",
        "Your ComEd bill is ready",
        N(),
        """Hi KEISHA,

Your bill for account ending in *8841 is ready.

Amount due: $76.18
Due date: 10/27/2025
AutoPay: Scheduled

View bill: https://secure.comed.com/MyAccount/MyBillUsage/pages/secure/ViewMyBill.aspx

ComEd, 440 S. LaSalle St., Chicago, IL 60605
""",
    ),
    m(
        "0629d1f1b1cd310c1d",
        "2025-11-07 05:15",
        "ComEd <noreply@comed.com>",
        "Moving? Start, stop or transfer your ComEd service",
        N(),
        """Hi KEISHA,

Planning a move? We make it easy to stop service at your current address and start it at your new one - all online, in about 5 minutes.

Transfer service: https://www.comed.com/MyAccount/CustomerSupport/Pages/StartStopMove.aspx

Your November bill ($61.90, due 11/28/2025) is also ready to view.

ComEd, An Exelon Company
""",
    ),
    m(
        "189ae9250029e913bf",
        "2025-12-03 05:11",
        "ComEd <noreply@comed.com>",
        "Service confirmation: Transfer to 2847 N SACRAMENTO AVE UNIT 2",
        N(),
        """Hi KEISHA,

This confirms that your ComEd service will transfer as follows:

Stop service: 3019 W DIVERSEY AVE APT 3R, CHICAGO IL - 12/01/2025
Start service: 2847 N SACRAMENTO AVE UNIT 2, CHICAGO IL - 12/01/2025
New account number ending: *2290

No action is needed. Your final bill for your old address will be mailed within 10 days.

ComEd Customer Care
""",
    ),
    m(
        "44ea915cb62a665397",
        "2026-01-12 05:02",
        "ComEd <noreply@comed.com>",
        "Your ComEd bill is ready",
        N(),
        """Hi KEISHA,

Your bill for account ending in *2290 is ready.

Amount due: $94.55
Due date: 02/02/2026

Tip: Enroll in Peak Time Savings and earn credits for using less power during peak summer hours.

ComEd, 440 S. LaSalle St., Chicago, IL 60605
""",
    ),
    m(
        "1d8e07380151eb2add",
        "2025-11-18 08:40",
        "Peoples Gas <customerservice@peoplesgasdelivery.com>",
        "Your Peoples Gas statement is available",
        N(),
        """Dear Customer,

Your Peoples Gas statement for account ending 0173 is now available.

Statement date: 11/17/2025
Amount due: $48.27
Due date: 12/08/2025

Heating season is here. Ask about our Budget Billing plan to spread your payments evenly across the year.

Peoples Gas | 200 E. Randolph St., Chicago, IL 60601
""",
    ),
    m(
        "b1096bdc959ee96e34",
        "2026-01-20 08:33",
        "Peoples Gas <customerservice@peoplesgasdelivery.com>",
        "Your Peoples Gas statement is available",
        N(),
        """Dear Customer,

Your Peoples Gas statement for account ending 2215 is now available.

Statement date: 01/19/2026
Amount due: $162.40
Due date: 02/09/2026

It was a cold one! Need help paying? LIHEAP energy assistance may be available - call 311 or visit the CEDA website.

Peoples Gas | 200 E. Randolph St., Chicago, IL 60601
""",
    ),
    m(
        "9a07e9ab9cb75b1dc4",
        "2025-10-15 10:02",
        "Xfinity <online.communications@alerts.comcast.net>",
        "Your bill is ready",
        N(),
        """Hi Keisha, your Xfinity bill is ready.

Balance: $80.00
Due: Nov 4
Auto Pay is scheduled.

Moving soon? Bring your Xfinity service with you - schedule your move at xfinity.com/moving.

Comcast, 1701 JFK Boulevard, Philadelphia, PA 19103
""",
    ),
    m(
        "ecb106e7c87ffb19c6",
        "2025-11-28 14:19",
        "Xfinity <online.communications@alerts.comcast.net>",
        "Your Xfinity appointment is confirmed",
        N(),
        """Hi Keisha,

Your Xfinity installation appointment is confirmed.

Date: Tuesday, December 2, 2025
Arrival window: 8:00 AM - 10:00 AM
Address: 2847 N SACRAMENTO AVE UNIT 2, CHICAGO, IL

Please make sure someone 18 or older is home. To reschedule, visit xfinity.com/appointments.
""",
    ),
    m(
        "f246249d3418f5a47c",
        "2025-09-12 07:48",
        "Ventra <noreply@ventrachicago.com>",
        "Ventra AutoLoad Receipt",
        N(),
        """Thank you for using Ventra!

Your AutoLoad was processed.

Account: ****6620
Transit Value added: $40.00
Payment: Visa ****4417
Date: 09/12/2025 07:48 AM

Manage your account at ventrachicago.com or in the Ventra app.

Ventra Customer Service: 1-877-669-8368
""",
    ),
    m(
        "59ca006a7d49d4bd0a",
        "2025-10-30 07:51",
        "Ventra <noreply@ventrachicago.com>",
        "Ventra AutoLoad Receipt",
        N(),
        """Thank you for using Ventra!

Your AutoLoad was processed.

Account: ****6620
Transit Value added: $40.00
Payment: Visa ****4417
Date: 10/30/2025 07:51 AM

Ventra Customer Service: 1-877-669-8368
""",
    ),
    m(
        "75dcd8e629de56aad9",
        "2026-01-05 16:30",
        "Ventra <noreply@ventrachicago.com>",
        "Your Ventra card balance is low",
        N(),
        """Your Ventra Card ending in 6620 has a balance of $1.75.

AutoLoad is turned off for this account. Add value now in the Ventra app or at any Ventra vending machine so you don't get stuck at the turnstile.

Add value: https://www.ventrachicago.com/account/add-value

Ventra
""",
    ),
    m(
        "f69b39bf97cfc1b769",
        "2026-01-21 12:06",
        "Ventra <noreply@ventrachicago.com>",
        "Your 30-Day CTA Pass is active",
        N(),
        """Your 30-Day CTA Pass on Ventra card ending 6620 was activated on 01/21/2026 at 08:12 AM at Logan Square (Blue Line).

Pass expires: 02/19/2026 at 11:59 PM.

Tip: Many employers offer pre-tax transit benefits. Ask your HR department!

Ventra
""",
    ),
    # --- taxes and pay ---------------------------------------------------------------------
    m(
        "b63c4650a4cf021116",
        "2025-09-14 09:15",
        "Gail Horvath, EA <gail@horvathtax.example>",
        "Reminder: 3rd quarter estimated payments due Monday",
        N(),
        """Hi Keisha,

Friendly reminder that your Q3 2025 estimated tax payments (for the evaluation consulting income) are due Monday, September 15:

  Federal (1040-ES voucher 3): $640 - pay at irs.gov/payments (Direct Pay)
  Illinois (IL-1040-ES voucher 3): $130 - pay at MyTax Illinois

Reply to this email once you've paid and I'll note it in your file.

Gail

Gail Horvath, EA
Horvath Tax & Bookkeeping | 4012 N. Milwaukee Ave | Chicago, IL 60641
""",
    ),
    m(
        "bc41a63481f11556ba",
        "2025-09-15 19:02",
        "IRS Direct Pay <DirectPay@irs.gov>",
        "IRS Direct Pay payment confirmation",
        N(),
        """This is a confirmation of your IRS Direct Pay payment.

Confirmation Number: 53120-9947-7721
Payment amount: $640.00
Reason for payment: Estimated Tax
Apply payment to: 1040ES
Tax period: 2025
Payment date: 09/15/2025

Please save this confirmation number for your records. Do not reply to this email.

Internal Revenue Service
""",
    ),
    m(
        "e07d2e415d9177c375",
        "2025-10-22 11:30",
        "MyTax Illinois <DoNotReply.MyTaxIllinois@illinois.gov>",
        "MyTax Illinois: You have a new letter",
        N(),
        """A new letter has been issued to your MyTax Illinois account.

Letter type: Notice of Payment Received - Estimated Payment
Account: Individual Income Tax
Date issued: 10/21/2025

To view the letter, log in to MyTax Illinois at mytax.illinois.gov and select "View Letters."

Illinois Department of Revenue
This is an automated message. Please do not reply.
""",
    ),
    m(
        "74bc441946bd2d96b9",
        "2026-01-12 10:00",
        "Gail Horvath, EA <gail@horvathtax.example>",
        "2025 tax organizer + Q4 estimate",
        N(),
        """Happy New Year, Keisha!

Two things:

1) Q4 estimates are due Thursday, January 15 - federal $640, Illinois $130, same as before.

2) Your 2025 tax organizer is attached. Since you're changing jobs this year, please send me both W-2s (Southside Pathways and - congratulations! - DHF won't issue one until next year, so just SP), your 1099-NEC from the evaluation work, 1098-E for student loans, and the 1099-INT from the credit union. Appointments for return prep open February 2.

Gail
""",
        attach=[
            ("2025_Organizer_Dombrowski.pdf", "application/pdf", "%PDF-1.7 organizer (placeholder)")
        ],
    ),
    m(
        "8ded21425091c436c6",
        "2026-01-27 06:00",
        "ADP <SecurityServices_NoReply@adp.com>",
        "Your 2025 Form W-2 is ready",
        N(),
        """Your 2025 Form W-2 from Southside Pathways Collaborative is now available.

To view and download it, log in to ADP's My ADP at my.adp.com and go to Pay > Tax Statements.

Tip: You can import your W-2 directly into most tax preparation software.

This is an automatically generated email. Please do not reply.
ADP, Inc. | One ADP Boulevard, Roseland, NJ 07068
""",
    ),
    m(
        "29f5b77ff2ade21af9",
        "2026-01-30 09:20",
        "Lakefront Credit Union <alerts@lakefrontcu.example>",
        "Your 2025 tax documents are ready",
        N(),
        """Hi Keisha,

Your 2025 tax documents (Form 1099-INT) are now available in Online Banking under Statements & Documents > Tax Forms.

Lakefront Credit Union | Federally insured by NCUA
""",
    ),
    m(
        "f3f78dbaca7df36d8b",
        "2026-02-09 12:44",
        "IRS <IRSOnlineAccount@irs.gov>",
        "You have a new message in your IRS Online Account",
        N(),
        """You have a new message in your IRS Online Account.

For your security, we do not include details in this email. Sign in to your Online Account at IRS.gov/account to read the message.

The IRS does not send email asking for personal or financial information. If you receive a suspicious email claiming to be from the IRS, forward it to phishing@irs.gov.

Internal Revenue Service
""",
    ),
    # --- bank, credit card and car loan ---------------------------------------------------
    m(
        "a816bd64198eef7158",
        "2025-09-03 06:10",
        "Lakefront Credit Union <alerts@lakefrontcu.example>",
        "Your August statement is ready",
        N(),
        """Hi Keisha,

Your eStatement for Checking ****3310 and Savings ****3302 (August 2025) is ready in Online Banking.

Lakefront Credit Union | Federally insured by NCUA
""",
    ),
    m(
        "8518e5e34ba9e6edcc",
        "2025-10-09 21:12",
        "Cardinal Bank Card Services <cardservices@cardinalbank.example>",
        "We've received your application",
        N(),
        """Dear Keisha Dombrowski,

Thank you for applying for the Cardinal Bank Horizon Rewards Visa Signature card. We've received your application (reference 8813-2207-KD) and are reviewing it.

Most decisions are made within a few minutes, but some applications need additional review. If we need more information, we'll contact you. You'll receive a decision by mail or email within 7-10 business days.

Check your application status: https://www.cardinalbank.example/apply/status

Cardinal Bank, N.A. Member FDIC.
""",
    ),
    m(
        "eeb75cb08141cf19b1",
        "2025-10-11 10:03",
        "Cardinal Bank Card Services <cardservices@cardinalbank.example>",
        "Congratulations - you're approved!",
        N(),
        """Dear Keisha Dombrowski,

Good news! Your application for the Cardinal Bank Horizon Rewards Visa Signature card has been approved.

Credit limit: $7,500
Welcome offer: Earn 60,000 bonus points after you spend $3,000 in the first 3 months.

Your card will arrive in 7-10 business days. Once it arrives, activate it in the Cardinal Bank app.

Cardinal Bank, N.A. Member FDIC.
""",
    ),
    m(
        "9dbd6f7db1f8e2340c",
        "2025-11-03 13:47",
        "Lakefront Credit Union Lending <loans@lakefrontcu.example>",
        "Auto Loan Application #AL-402281 - Additional documents needed",
        N(),
        """Hi Keisha,

Thank you for your auto loan application with Lakefront Credit Union. To continue processing your application, we need the following documents:

  - Two most recent pay stubs
  - Purchase agreement or buyer's order from the dealer
  - Proof of insurance for the vehicle

You can upload documents securely in Online Banking under Loans > Application Center. Once we receive them, underwriting typically takes 1-2 business days.

Your conditional approval: up to $22,000 at 6.24% APR for 60 months.

Thank you,
Joanna Ruiz
Consumer Lending | Lakefront Credit Union
""",
    ),
    m(
        "c2e31640b10c178ed1",
        "2025-11-06 16:22",
        "Lakefront Credit Union Lending <loans@lakefrontcu.example>",
        "Your auto loan is approved - next steps",
        N(),
        """Hi Keisha,

Congratulations - your auto loan (#AL-402281) has been approved and your loan documents are ready to sign electronically. The funds will be sent directly to Avondale Honda once you've signed.

Amount financed: $19,850.00
APR: 6.24%
Term: 60 months
Monthly payment: $386.07
First payment due: 12/21/2025

Sign your loan documents: https://online.lakefrontcu.example/loans/esign/AL-402281

Joanna Ruiz
Consumer Lending | Lakefront Credit Union
""",
    ),
    m(
        "cd1b08e7ee23ef5a90",
        "2025-11-08 17:05",
        "Avondale Honda <sales@avondalehonda.example>",
        "Congratulations on your new Honda!",
        N(),
        """Keisha,

Thank you for choosing Avondale Honda! We hope you love your 2023 Civic Sport. Your first complimentary oil change is on us - schedule anytime at avondalehonda.example/service.

You'll receive a short survey from American Honda about your purchase experience. We'd be grateful for a "Completely Satisfied."

Tony Marchetti
Sales Consultant | Avondale Honda
""",
    ),
    m(
        "0048cb781188f0cf3f",
        "2026-01-14 11:11",
        "Cardinal Bank <offers@email.cardinalbank.example>",
        "Keisha, a special offer just for you: 0% intro APR on balance transfers",
        N(),
        """You're pre-selected: 0% intro APR for 18 months on balance transfers made within 60 days.*

Make the most of the new year. Transfer a balance today and save on interest.

Accept this offer: https://www.cardinalbank.example/offers/bt?c=JAN26

*After the intro period, a variable APR of 20.49%-28.49% applies. Balance transfer fee of 5% ($5 min). Offer expires 02/28/2026.
To unsubscribe from marketing emails, click here.
""",
    ),
    m(
        "6921fa9ad6453606d3",
        "2025-11-29 20:14",
        "Venmo <venmo@venmo.com>",
        "Jasmine Taylor paid you $38.00",
        N(),
        """Jasmine Taylor paid you $38.00

"friendsgiving groceries 🦃"

The money is in your Venmo account.

Venmo is a service of PayPal, Inc., a licensed provider of money transfer services.
""",
    ),
    # --- the apartment move -------------------------------------------------------------
    m(
        "e8ffa0ea5dd53522b9",
        "2025-09-28 12:20",
        "Zillow <rentals@mail.zillow.com>",
        "Your tour request for 2847 N Sacramento Ave #2 has been sent",
        N(),
        """Your tour request has been sent

2847 N Sacramento Ave #2, Chicago, IL 60618
$1,850/mo | 2 bd | 1 ba | 950 sqft

Requested times: Sat, Oct 4 - 11:00 AM; Sat, Oct 4 - 12:00 PM

Kedzie Property Group will contact you to confirm.

Zillow, Inc. 1301 Second Avenue, Floor 31, Seattle, WA 98101
""",
    ),
    _RENTAL_APP,
    m(
        "5eaae50c50de93e7e7",
        "2025-10-08 14:03",
        "Kedzie Property Group <donotreply@appfolio.com>",
        "Your rental application has been approved",
        N(),
        """Hi Keisha,

Great news - your application for 2847 N. Sacramento Ave, Unit 2 has been APPROVED!

To hold the unit, please pay the holding deposit of $500 within 48 hours through the applicant portal. The holding deposit will be applied toward your first month's rent. We'll then send your lease for electronic signature.

Lease start: 12/1/2025
Monthly rent: $1,850.00
Move-in fee (non-refundable): $350.00

Welcome home!
Kedzie Property Group Leasing Team
""",
        **thread(_RENTAL_APP["id"]),
    ),
    m(
        "9451432acf4c2be5c6",
        "2025-10-10 10:40",
        "Kedzie Property Group via Docusign <dse_NA4@docusign.net>",
        "Please DocuSign: Residential Lease - 2847 N Sacramento Ave Unit 2",
        N(),
        """Kedzie Property Group sent you a document to review and sign.

REVIEW DOCUMENT: https://na4.docusign.net/Signing/EmailStart.aspx?a=d81c2f70-4b3e-4a9d-8c1e-3f2b9e1a0c55&acct=f20a

Leasing Team
leasing@kedzieproperty.example

Hi Keisha - attached is your Chicago RLTO lease, the lead paint disclosure, and the summary of the Residential Landlord and Tenant Ordinance. Please sign by Friday. Thanks!

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.
""",
    ),
    m(
        "115dfde67ec5c90b1c",
        "2025-10-11 09:12",
        "Docusign NA4 System <dse_NA4@docusign.net>",
        "Completed: Residential Lease - 2847 N Sacramento Ave Unit 2",
        N(),
        """All parties have completed Residential Lease - 2847 N Sacramento Ave Unit 2.

View the completed document: https://na4.docusign.net/Member/EmailStart.aspx?a=e0a22c19-71b4-4f0f-a6d0-5c3d8e9f1a21&acct=f20a

Do Not Share This Email
This message was sent to you by Kedzie Property Group who is using the Docusign Electronic Signature Service.
""",
    ),
    m(
        "2968ee30c922e62eb3",
        "2025-10-14 19:30",
        "Lemonade <help@lemonade.com>",
        "You're covered! Your renters policy starts 12/1",
        N(),
        """Hi Keisha,

You're all set! Your Lemonade Renters policy (LP4E7B20A1) starts on December 1, 2025 at 2847 N Sacramento Ave, Unit 2.

Monthly premium: $11.42
Personal property: $25,000
Deductible: $500

Your landlord asked for proof of insurance - your declarations page is attached.

Lemonade Insurance Company
""",
        attach=[
            (
                "Lemonade_Declarations_LP4E7B20A1.pdf",
                "application/pdf",
                "%PDF-1.7 declarations (placeholder)",
            )
        ],
    ),
    m(
        "199138fbce4bbf8088",
        "2025-10-20 13:16",
        "Windy City Movers <quotes@windycitymovers.example>",
        "Your moving quote #WCM-22817",
        N(),
        """Hi Keisha,

Thanks for requesting a quote! Here's your estimate for Saturday, November 29:

From: 3019 W Diversey Ave, Apt 3R (3rd floor walk-up)
To: 2847 N Sacramento Ave, Unit 2 (2nd floor walk-up)
Crew: 3 movers + 26' truck
Estimated time: 4-5 hours
Estimated cost: $780-$950 (incl. fuel, 2 wardrobe boxes, mattress bags)

Reply "BOOK" to reserve your date with a $100 deposit.

Windy City Movers | ICC MC# 000000 | Licensed & insured
""",
    ),
    m(
        "009150cc6d27e7b671",
        "2025-11-24 10:05",
        "Kedzie Property Group <donotreply@appfolio.com>",
        "Move-in details for 2847 N. Sacramento Ave, Unit 2",
        N(),
        """Hi Keisha,

We're excited to welcome you on December 1! A few move-in details:

 - Keys: pick up at our office (3156 N. Kedzie) anytime after 9 am on 12/1.
 - Elevator/hallway protection: not needed (walk-up), but please let the 1st floor neighbor know your moving time.
 - Utilities: ComEd and Peoples Gas must be in your name as of 12/1.
 - Rent: set up autopay in your resident portal. Rent is due on the 1st; late after the 5th.

Kedzie Property Group
""",
    ),
    # --- shopping, subscriptions, travel ------------------------------------------------------
    m(
        "9367610f5571fc9b96",
        "2025-09-17 14:22",
        "Amazon.com <shipment-tracking@amazon.com>",
        'Shipped: "Trust-Based Philanthropy: A Guide..." and 1 more item',
        N(),
        """Hi Keisha,

Your package is on the way. Arriving Friday.

"Trust-Based Philanthropy: A Guide for Funders" and 1 more item
Order #112-8840217-5531422

Track package: https://www.amazon.com/gp/your-account/ship-track?orderId=112-8840217-5531422

Amazon.com
""",
    ),
    m(
        "f7ee320e4123f66bf8",
        "2025-11-26 09:40",
        "Amazon.com <shipment-tracking@amazon.com>",
        "Delivered: Moving Boxes, Medium (25-Pack) and 2 more items",
        N(),
        """Your package has been delivered.

Moving Boxes, Medium (25-Pack) and 2 more items
Delivered to: Keisha - Chicago, IL
Left in the mailroom.

How was your delivery? https://www.amazon.com/gp/css/order-history

Amazon.com
""",
    ),
    m(
        "155a93659db1ee8dd5",
        "2025-12-04 18:50",
        "Target <orders@target.com>",
        "Your order is ready for pickup",
        N(),
        """Keisha, your order is ready!

Pick up at: Chicago Logan Square Target, 2939 W Addison St
Order #902281776315

Items: Threshold shower curtain, Room Essentials dish rack, Command strips (2)

Bring your order number. We'll hold your items for 7 days.
""",
    ),
    m(
        "5cbd906016cce54667",
        "2025-10-01 03:12",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium receipt",
        N(),
        """Thanks for your payment, Keisha.

Spotify Premium Individual - $11.99
Date: Oct 1, 2025
Payment method: Visa ****4417

Spotify USA Inc., 150 Greenwich St, New York, NY 10007
""",
    ),
    m(
        "f55576d26fd7ca23ed",
        "2026-01-08 15:00",
        "Netflix <info@account.netflix.com>",
        "An update to your membership price",
        N(),
        """Hi Keisha,

We're writing to let you know that the price of your Standard plan will change from $17.99 to $18.99 per month, starting with your billing date on or after February 9, 2026.

Netflix
""",
    ),
    m(
        "22c719d3c2954de3a8",
        "2025-11-04 12:33",
        "Southwest Airlines <SouthwestAirlines@ifly.southwest.com>",
        "You're going to Detroit! (Confirmation #3KQ9PX)",
        N(),
        """Your trip is booked, Keisha!

Confirmation #3KQ9PX
Wed, Nov 26: Chicago (Midway) MDW 4:35 PM -> Detroit DTW 7:00 PM
Sun, Nov 30: Detroit DTW 11:10 AM -> Chicago (Midway) MDW 11:35 AM

Check in 24 hours before departure to get your boarding position.
""",
    ),
    m(
        "8095406523dce93331",
        "2025-11-25 16:40",
        "Southwest Airlines <SouthwestAirlines@ifly.southwest.com>",
        "Check in for your flight to Detroit",
        N(),
        """It's time to check in, Keisha!

Flight 2281 | Wed, Nov 26 | MDW 4:35 PM -> DTW 7:00 PM
Confirmation #3KQ9PX

Check in now: https://www.southwest.com/air/check-in/
""",
    ),
    m(
        "a624aa089d79de4512",
        "2026-01-15 10:05",
        "Southwest Airlines <SouthwestAirlines@ifly.southwest.com>",
        "Exclusive offer: fares from $59 one-way - 72 hours only",
        N(),
        """Keisha, don't miss this exclusive offer.

Escape winter with one-way fares from $59 on select routes from Chicago (Midway). Book by Jan 17, 11:59 PM CT, for travel Feb 3 - May 20.

Book now: https://www.southwest.com/deals

Rapid Rewards #: ****8817
""",
    ),
    m(
        "1a84e4572b23f90f59",
        "2025-11-28 06:00",
        "Old Navy <oldnavy@email.oldnavy.com>",
        "BLACK FRIDAY: our BIGGEST offer of the year is HERE",
        N(),
        html="""<html><body style="text-align:center;font-family:Arial"><h1>50% OFF EVERYTHING*</h1><p>Our biggest offer of the year - online &amp; in stores. Plus an extra 10% with Navyist Rewards.</p><p><a href="https://oldnavy.gap.com/?tid=onem112825">SHOP NOW</a></p><p style="font-size:10px">*Exclusions apply. Valid 11/28/25 only. Unsubscribe.</p></body></html>""",
    ),
    m(
        "e125e45d51c4c7ed7f",
        "2025-12-19 08:00",
        "Jewel-Osco <jewelosco@email.jewelosco.com>",
        "Your weekly deals are here, Keisha",
        N(),
        """This week's Jewel-Osco deals - clip and save:

$2.99/lb Boneless Chicken Breast
Buy 2, Get 3 Free - Holiday Baking Mix & Match
4x points on gift cards

See all deals in the app. Valid 12/19-12/24.
""",
    ),
    # --- city, insurance, health plan -----------------------------------------------------
    m(
        "6e74f91db0040602e3",
        "2025-09-02 09:00",
        "Office of the City Clerk <citystickers@chicityclerk.com>",
        "Reminder: your City Vehicle Sticker expires 09/30/2025",
        N(),
        """Dear Chicago Resident,

Our records show that your City of Chicago vehicle sticker for plate ending **4KD expires on September 30, 2025. Purchase online at ezbuy.chicityclerk.com to avoid a late fee.

Office of the City Clerk
""",
    ),
    m(
        "1a2ac4d019c1daec8f",
        "2025-12-09 14:40",
        "CHI311 <noreply@311.chicago.gov>",
        "Service Request SR25-01947720 has been completed",
        N(),
        """Your service request has been completed.

Service Request #: SR25-01947720
Type: Street Light Out - Alley
Address: 2847 N SACRAMENTO AVE
Status: Completed
Completed on: 12/09/2025

Thank you for helping keep Chicago safe and clean. Rate your experience: https://311.chicago.gov/survey
""",
    ),
    m(
        "cb5d83b8195aec0227",
        "2025-11-03 10:15",
        "Blue Cross and Blue Shield of Illinois <noreply@bcbsil.com>",
        "Open enrollment ends soon - review your plan",
        N(),
        """Keisha,

Open enrollment for your employer's 2026 health plan ends Friday, November 14. Review your options in Blue Access for Members and make sure your dependents, doctors and prescriptions are covered.

Blue Cross and Blue Shield of Illinois, a Division of Health Care Service Corporation.
""",
    ),
    m(
        "23542d4d7f22d84fec",
        "2026-02-01 09:00",
        "Blue Cross and Blue Shield of Illinois <noreply@bcbsil.com>",
        "Your new member ID card is ready",
        N(),
        """Welcome to your new plan, Keisha!

Your Blue Cross and Blue Shield of Illinois member ID card for DRISCOLL-HART FOUNDATION's group plan is available in the BCBSIL app. A physical card will arrive in 7-10 days.

Group #: 1A2200
Plan: BluePrint PPO

Blue Cross and Blue Shield of Illinois
""",
    ),
    # --- LinkedIn notifications -----------------------------------------------------------
    m(
        "64185c3bd580b64776",
        "2025-09-24 08:10",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Congratulate Jasmine Taylor on her new position",
        N(),
        """Jasmine Taylor started a new position as Branch Manager at Chicago Public Library.

Say congrats: https://www.linkedin.com/comm/feed/update/urn:li:activity:7376120/?trk=eml-congrats

This email was intended for Keisha Dombrowski (Program Manager at Southside Pathways Collaborative)
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "99c3d58a7652910ecb",
        "2025-10-16 19:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Andre Whitfield commented on your post",
        N(),
        """Andre Whitfield commented on your post

"This is such important work. 412 young people in paid summer jobs and 61% enrolled in fall classes - those are numbers funders should be looking at."

See comment: https://www.linkedin.com/comm/feed/update/urn:li:activity:7384221/

© 2025 LinkedIn Corporation
""",
    ),
    m(
        "bdbce9b518f48db918",
        "2026-01-26 08:05",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Keisha, your network is congratulating you on your new position",
        N(),
        """147 people reacted to your update: "Starting a new position as Program Officer, Economic Mobility at Driscoll-Hart Foundation"

See who reacted: https://www.linkedin.com/comm/feed/update/urn:li:activity:7419005/

Lorraine Driscoll-Hart, Evelyn Marsh and 28 others commented.

© 2026 LinkedIn Corporation
""",
    ),
    m(
        "7a42b7a61906d816e2",
        "2026-02-11 08:15",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Congratulate Tasha Greene on 5 years at Lakeshore University Medical Center",
        N(),
        """Tasha Greene is celebrating a work anniversary: 5 years as Nurse Manager at Lakeshore University Medical Center.

Say congrats: https://www.linkedin.com/comm/feed/?trk=eml-anniv

© 2026 LinkedIn Corporation
""",
    ),
    _FRIEND_PANTRY,
    # --- more of the same through the winter ---------------------------------------------------
    m(
        "82a82b26ba01bde58f",
        "2026-02-05 05:07",
        "ComEd <noreply@comed.com>",
        "Your ComEd bill is ready",
        N(),
        """Hi KEISHA,

Your bill for account ending in *2290 is ready.

Amount due: $101.37
Due date: 02/26/2026
AutoPay: Not enrolled - set up AutoPay so you never miss a due date.

ComEd, 440 S. LaSalle St., Chicago, IL 60605
""",
    ),
    m(
        "ca869795dd9f5e8a12",
        "2025-12-18 08:37",
        "Peoples Gas <customerservice@peoplesgasdelivery.com>",
        "Welcome to Peoples Gas - your first statement",
        N(),
        """Dear Customer,

Welcome! Your first Peoples Gas statement for account ending 2215 (2847 N SACRAMENTO AVE UNIT 2) is now available.

Statement date: 12/17/2025
Amount due: $71.06 (includes a $25.00 service initiation charge)
Due date: 01/07/2026

Peoples Gas | 200 E. Randolph St., Chicago, IL 60601
""",
    ),
    m(
        "f5c1c86dcd16630da2",
        "2025-12-15 10:04",
        "Xfinity <online.communications@alerts.comcast.net>",
        "Your bill is ready",
        N(),
        """Hi Keisha, your Xfinity bill is ready.

Balance: $95.00 (includes a one-time $15.00 self-install kit)
Due: Jan 4
Auto Pay is scheduled.

Comcast, 1701 JFK Boulevard, Philadelphia, PA 19103
""",
    ),
    m(
        "d14adfcb6c724203d0",
        "2025-12-03 06:12",
        "Lakefront Credit Union <alerts@lakefrontcu.example>",
        "Your November statement is ready",
        N(),
        """Hi Keisha,

Your eStatement for Checking ****3310, Savings ****3302 and Auto Loan ****2281 (November 2025) is ready in Online Banking.

Lakefront Credit Union | Federally insured by NCUA
""",
    ),
    m(
        "3c146afbef3e0c7d8f",
        "2025-12-14 07:00",
        "Lakefront Credit Union <alerts@lakefrontcu.example>",
        "Payment reminder: Auto Loan ****2281",
        N(),
        """Hi Keisha,

This is a reminder that your first auto loan payment of $386.07 is due on 12/21/2025.

Set up automatic transfers from Checking ****3310 and get a 0.25% rate discount: https://online.lakefrontcu.example/transfers

Lakefront Credit Union
""",
    ),
    m(
        "ddc2d626654d37a6d7",
        "2025-11-15 04:30",
        "Cardinal Bank Card Services <cardservices@cardinalbank.example>",
        "Your Horizon Rewards statement is ready",
        N(),
        """Your statement for Horizon Rewards Visa Signature ending 9021 is ready.

Statement balance: $1,284.55
Minimum payment due: $35.00
Payment due date: 12/10/2025
Points earned this period: 3,861

Cardinal Bank, N.A. Member FDIC.
""",
    ),
    m(
        "cbc5d8a791cf747363",
        "2025-11-24 09:30",
        "Illinois Secretary of State <noreply@ilsos.gov>",
        "Title and Registration Application Received",
        N(),
        """Your Application for Vehicle Transaction(s) (VSD 190) submitted by AVONDALE HONDA on behalf of KEISHA M DOMBROWSKI has been received.

Vehicle: 2023 HONDA CIVIC
Transaction: Title & Registration (transfer of plates)
Status: Processing

Your new registration card and sticker will be mailed within 3-4 weeks. Your temporary registration permit is valid for 90 days.

Illinois Secretary of State, Vehicle Services Department
""",
    ),
    m(
        "4436847372e8723342",
        "2026-02-03 08:15",
        "Fidelity Investments <Fidelity.Alerts@fidelity.com>",
        "Your 403(b) distribution request was received",
        N(),
        """Dear Keisha Dombrowski,

We've received your request for a direct rollover from the SOUTHSIDE PATHWAYS COLLABORATIVE 403(B) PLAN.

Amount: Full balance
Destination: Direct rollover to new employer plan (DRISCOLL-HART FOUNDATION 403(B))
Expected processing: 5-7 business days

If you did not make this request, call us at 800-343-3548.

Fidelity Investments
""",
    ),
    m(
        "ab31ef148f0702fae3",
        "2025-10-18 15:41",
        "Divvy <no-reply@divvybikes.com>",
        "Your Divvy ride receipt",
        N(),
        """Thanks for riding with Divvy!

Ride: Oct 18, 2025, 3:02 PM - 3:39 PM
From: Kedzie Ave & Milwaukee Ave
To: Clark St & Lincoln Ave
Duration: 37 min | E-bike
Total: $6.81 (Visa ****4417)

Divvy, operated by Lyft
""",
    ),
    m(
        "79419f325d5dac4763",
        "2025-12-13 19:22",
        "Grubhub <orders@eat.grubhub.com>",
        "Your order from Tacos El Tío is on the way",
        N(),
        """Your order is on the way!

Tacos El Tío - 2 items
Estimated arrival: 7:45 PM - 7:55 PM
Deliver to: 2847 N Sacramento Ave, Unit 2

Total: $28.40

Grubhub
""",
    ),
    m(
        "53d3558a60d08a1064",
        "2025-12-20 23:02",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        N(),
        """A new sign-in on Windows

keisha.dombrowski@gmail.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    ),
    m(
        "278380da4f5fbd3518",
        "2026-01-27 07:12",
        "CTA Customer Alerts <alerts@transitchicago.com>",
        "Blue Line: Major delays between Logan Square and Jefferson Park",
        N(),
        """Blue Line trains are experiencing major delays between Logan Square and Jefferson Park due to a disabled train at Irving Park. Consider alternate routes: #56 Milwaukee, #82 Kimball-Homan buses.

Updated 7:12 AM. You're receiving this alert because you subscribed to Blue Line alerts at transitchicago.com.
""",
    ),
    m(
        "6fa887cc1974357f1e",
        "2026-01-09 20:33",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - you're going to Galena!",
        N(),
        """Pack your bags, Keisha!

Cozy Main Street loft with a fireplace
Fri, Jan 16 - Sun, Jan 18, 2026
Host: Marilyn
Guests: 2

Check-in: 4:00 PM | Checkout: 11:00 AM
Confirmation code: HMZ8Q4KXWT

Airbnb, Inc., 888 Brannan St, San Francisco, CA 94103
""",
    ),
    m(
        "e46e2ce4a3b7be2e00",
        "2025-11-10 12:00",
        "HelloFresh <hello@us.hellofresh.com>",
        "Keisha, your offer expires tonight: 10 FREE meals",
        N(),
        """We saved your offer! Get 10 free meals + free shipping on your first box.*

Use code FALLFRESH10 before midnight.

Claim offer: https://www.hellofresh.com/plans?c=FALLFRESH10

*New customers only. Offer applied across first 5 boxes. Unsubscribe.
""",
    ),
    m(
        "4e021d5427335e8923",
        "2026-01-19 11:05",
        "Amazon.com <auto-confirm@amazon.com>",
        'Your Amazon.com order of "Leather Portfolio Padfolio with Notepad..."',
        N(),
        """Hello Keisha,

Thank you for shopping with us. We'll send a confirmation when your item ships.

Leather Portfolio Padfolio with Notepad, Business Card Holder - Brown
Arriving: Tuesday, January 20 (by 10 PM)
Order total: $24.99

Amazon.com
""",
    ),
]
