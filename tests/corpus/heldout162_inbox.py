# ruff: noqa: E501, RUF100
"""Corpus 162, the ordinary inbox part one (data only): see heldout162.py.

Banks and the loan / credit-card "applications", the executive MBA application, shopping and
marketing "offers", bills, subscriptions, newsletters, LinkedIn's social mail, a meetup and a
webinar with calendar parts."""

from __future__ import annotations

from typing import Any

from heldout162_jobs import N, ics, m

_unsub = {"List-Unsubscribe": "<mailto:unsubscribe@substack.com?subject=unsubscribe>"}

MAIL: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- bank, tax, investments
    m(
        "Nb01s",
        "2025-07-02 09:10",
        "Nilgiri Bank <estatements@nilgiribank.example>",
        "Your e-Statement for June 2025 - Savings Account XX4417",
        N(),
        text="""Dear Customer,

Your Savings Account e-Statement for the period 01-Jun-2025 to 30-Jun-2025 is attached.

The statement is password protected. To open it, enter the first four letters of your name (in capitals) followed by your date of birth in DDMM format. Example: KART0512.

For any discrepancy, please contact us within 15 days at 1800-425-0000 (toll free).

Warm regards,
Nilgiri Bank

Never share your OTP, PIN, CVV or passwords with anyone, including bank officials.
""",
        attach=[
            ("Statement_XX4417_Jun2025.pdf", "application/pdf", "%PDF-1.4 encrypted statement")
        ],
    ),
    m(
        "Nb02u",
        "2025-07-07 20:41",
        "Nilgiri Bank Alerts <alerts@nilgiribank.example>",
        "Transaction alert: INR 1,850.00 debited from A/c XX4417",
        N(),
        text="""Dear Customer,

INR 1,850.00 has been debited from your A/c XX4417 on 07-07-2025 20:40:12 towards UPI/KKCC GROUND/manju.k@okaxis/Ref 519218833012.

Available balance: INR 2,14,330.52

If this transaction was not done by you, call 1800-425-0000 immediately or SMS BLOCK to 56767.

- Nilgiri Bank
""",
    ),
    m(
        "Zc03n",
        "2025-07-08 18:30",
        "Zerodha <no-reply@zerodha.net>",
        "Combined Contract Note for 08-07-2025 - Karthik Venkataraman Iyer (KV4412)",
        N(),
        text="""Dear Karthik Venkataraman Iyer,

Please find attached the combined contract note for trades executed on 08-07-2025 across NSE and BSE.

The contract note is digitally signed and password protected with your PAN (in capitals).

For any queries, create a ticket at https://support.zerodha.com

Team Zerodha
""",
        attach=[("CN_KV4412_08072025.pdf", "application/pdf", "%PDF-1.4 contract note")],
    ),
    m(
        "Nc04c",
        "2025-07-14 07:02",
        "Nilgiri Bank Credit Cards <cardstatements@nilgiribank.example>",
        "Your Nilgiri Bank Platinum Credit Card Statement - July 2025",
        N(),
        html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Karthik Venkataraman Iyer,</p>
<p>Your credit card statement for card ending <b>8830</b> is ready.</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><td>Statement date</td><td>12-Jul-2025</td></tr>
<tr><td>Total amount due</td><td>₹38,412.00</td></tr>
<tr><td>Minimum amount due</td><td>₹1,930.00</td></tr>
<tr><td>Payment due date</td><td>01-Aug-2025</td></tr>
</table>
<p>Pay now via NetBanking or UPI to avoid late payment charges.</p>
<p>Regards,<br>Nilgiri Bank Cards</p>
</body></html>""",
    ),
    m(
        "It05a",
        "2025-07-29 16:55",
        "Income Tax Department <donotreply@incometax.gov.in>",
        "Filing of Income Tax Return for AY 2025-26 - Acknowledgement",
        N(),
        text="""Dear KARTHIK VENKATARAMAN IYER,

PAN: AXXXX4412X
Assessment Year: 2025-26

Your Income Tax Return (ITR-2) for the Assessment Year 2025-26 has been successfully uploaded on 29-07-2025 and e-verified using Aadhaar OTP. The acknowledgement number is 812345670290725.

The return will now be processed by the Centralized Processing Centre (CPC). You can track the status on the e-Filing portal.

Regards,
e-Filing Team
Income Tax Department

This is a system generated e-mail. Please do not reply.
""",
    ),
    m(
        "Cm06s",
        "2025-08-21 11:14",
        "CAMS <donotreply@camsonline.com>",
        "SIP Installment Processed - Folio 91045512/33",
        N(),
        text="""Dear Investor,

Your SIP installment of Rs. 15,000.00 in Parag Flexi Cap Fund - Direct Plan - Growth under Folio No. 91045512/33 has been processed at NAV Rs. 88.4121 on 20-08-2025.

Units allotted: 169.660

This is a computer generated mail. Please do not reply.

Computer Age Management Services Ltd.
""",
    ),
    m(
        "Nb07u",
        "2025-08-30 13:02",
        "Nilgiri Bank Alerts <alerts@nilgiribank.example>",
        "Transaction alert: INR 25,000.00 debited from A/c XX4417",
        N(),
        text="""Dear Customer,

INR 25,000.00 has been debited from your A/c XX4417 on 30-08-2025 13:01:47 towards IMPS/P2A/MANJUNATH G/Token advance/Ref 524213307711.

Available balance: INR 1,62,118.03

If this transaction was not done by you, call 1800-425-0000 immediately.

- Nilgiri Bank
""",
    ),
    m(
        "Nb08s",
        "2025-09-02 09:06",
        "Nilgiri Bank <estatements@nilgiribank.example>",
        "Your e-Statement for August 2025 - Savings Account XX4417",
        N(),
        text="""Dear Customer,

Your Savings Account e-Statement for the period 01-Aug-2025 to 31-Aug-2025 is attached.

The statement is password protected. To open it, enter the first four letters of your name (in capitals) followed by your date of birth in DDMM format.

Warm regards,
Nilgiri Bank
""",
        attach=[
            ("Statement_XX4417_Aug2025.pdf", "application/pdf", "%PDF-1.4 encrypted statement")
        ],
    ),
    m(
        "It09r",
        "2025-09-30 12:22",
        "Income Tax Department <donotreply@incometax.gov.in>",
        "Intimation u/s 143(1) for AY 2025-26 - Refund determined",
        N(),
        text="""Dear Taxpayer,

PAN: AXXXX4412X
AY: 2025-26
Acknowledgement No.: 812345670290725

Your return has been processed under section 143(1) of the Income-tax Act, 1961. A refund of Rs. 18,640 has been determined and will be credited to your pre-validated bank account (Nilgiri Bank XX4417).

The intimation is attached. The password is your PAN in lower case followed by your date of birth in DDMMYYYY format.

Regards,
Centralized Processing Centre
Income Tax Department
""",
    ),
    m(
        "Nc10c",
        "2025-10-14 07:05",
        "Nilgiri Bank Credit Cards <cardstatements@nilgiribank.example>",
        "Your Nilgiri Bank Platinum Credit Card Statement - October 2025",
        N(),
        text="""Dear Karthik Venkataraman Iyer,

Your credit card statement for card ending 8830 is ready.

Statement date: 12-Oct-2025
Total amount due: Rs. 61,907.00 (includes Big Billion Days purchases - EMI conversion available)
Minimum amount due: Rs. 3,100.00
Payment due date: 01-Nov-2025

Regards,
Nilgiri Bank Cards
""",
    ),
    m(
        "Nb11s",
        "2025-11-03 09:02",
        "Nilgiri Bank <estatements@nilgiribank.example>",
        "Your e-Statement for October 2025 - Savings Account XX4417",
        N(),
        text="""Dear Customer,

Your Savings Account e-Statement for the period 01-Oct-2025 to 31-Oct-2025 is attached. The statement is password protected.

Warm regards,
Nilgiri Bank
""",
        attach=[
            ("Statement_XX4417_Oct2025.pdf", "application/pdf", "%PDF-1.4 encrypted statement")
        ],
    ),
    m(
        "Cm12s",
        "2025-11-20 11:09",
        "CAMS <donotreply@camsonline.com>",
        "SIP Installment Processed - Folio 91045512/33",
        N(),
        text="""Dear Investor,

Your SIP installment of Rs. 15,000.00 in Parag Flexi Cap Fund - Direct Plan - Growth under Folio No. 91045512/33 has been processed at NAV Rs. 91.0277 on 20-11-2025.

Units allotted: 164.785

This is a computer generated mail. Please do not reply.
""",
    ),
    # ---------------------------------------------------------------- personal loan "application"
    m(
        "Pl13a",
        "2025-08-27 19:36",
        "Nilgiri Bank Loans <loans@nilgiribank.example>",
        "Your Personal Loan application PL25082781 has been received",
        N(),
        text="""Dear Karthik Venkataraman Iyer,

Thank you for applying for a Nilgiri Bank Personal Loan.

Application No.: PL25082781
Loan amount requested: Rs. 3,00,000
Tenure: 24 months

Your application is being processed. Our representative may call you to verify your details. You can track the status of your application at https://loans.nilgiribank.example/track using the application number.

Documents required: last 3 months' salary slips, 6 months' bank statement, PAN and Aadhaar.

Regards,
Retail Lending Team
Nilgiri Bank
""",
    ),
    m(
        "Pl14b",
        "2025-08-28 12:48",
        "Nilgiri Bank Loans <loans@nilgiribank.example>",
        "Congratulations! Your Personal Loan is approved in principle",
        N(),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Dear Karthik,</p>
<p>Great news! Your Personal Loan application <b>PL25082781</b> has been <b>approved in principle</b>.</p>
<table cellpadding="6" style="border:1px solid #ccc">
<tr><td>Sanctioned amount</td><td>₹3,00,000</td></tr>
<tr><td>Rate of interest</td><td>10.99% p.a.</td></tr>
<tr><td>EMI</td><td>₹13,982 for 24 months</td></tr>
<tr><td>Processing fee</td><td>₹2,999 + GST</td></tr>
</table>
<p>Complete your e-KYC and sign the loan agreement digitally to get the money in your account within 4 hours.</p>
<p><a href="https://loans.nilgiribank.example/ekyc?app=PL25082781">Complete e-KYC now</a></p>
<p>Regards,<br>Nilgiri Bank</p>
<p style="font-size:10px;color:#888">Loan approval is at the sole discretion of Nilgiri Bank. T&amp;C apply.</p>
</body></html>""",
    ),
    m(
        "Pl15c",
        "2025-09-01 10:27",
        "Nilgiri Bank Loans <loans@nilgiribank.example>",
        "Loan disbursed - PL25082781",
        N(),
        text="""Dear Customer,

Your Personal Loan (Loan A/c No. 7710025082781) of Rs. 3,00,000 has been disbursed to your Savings Account XX4417 on 01-09-2025.

Your first EMI of Rs. 13,982 will be debited on 05-10-2025. The welcome kit and repayment schedule are attached.

Regards,
Nilgiri Bank
""",
    ),
    # ---------------------------------------------------------------- credit card "application"
    m(
        "Ar16a",
        "2025-10-20 21:12",
        "Aranya Bank Credit Cards <creditcards@aranyabank.example>",
        "Thank you for applying for the Aranya SkyMiles Credit Card",
        N(),
        text="""Dear Karthik,

Thank you for applying for the Aranya SkyMiles Credit Card. Your application reference number is CC10208841.

What happens next:
1. We verify your details (typically 2 working days)
2. Video KYC - you will receive a link to schedule a short video call with our agent
3. Card dispatch within 7 working days of approval

Track your application: https://cards.aranyabank.example/track?ref=CC10208841

Regards,
Aranya Bank Cards
""",
    ),
    m(
        "Ar17k",
        "2025-10-22 11:40",
        "Aranya Bank Video KYC <vkyc@aranyabank.example>",
        "Video KYC appointment confirmed - 23 Oct 2025, 6:30 PM",
        N(),
        text="""Dear Karthik,

Your Video KYC appointment for credit card application CC10208841 is confirmed.

Date: Thursday, 23 October 2025
Time: 6:30 PM - 6:45 PM IST

Please keep your original PAN card and a blank white paper and pen ready. Join from your phone using the link below 5 minutes before the scheduled time:
https://vkyc.aranyabank.example/join/CC10208841

A calendar invite is attached for your convenience.

Regards,
Aranya Bank
""",
        ics=ics(
            "vkyc-CC10208841@aranyabank.example",
            "2025-10-23 18:30",
            "Aranya Bank - Video KYC (Credit Card application CC10208841)",
            ("Aranya Bank Video KYC", "vkyc@aranyabank.example"),
            minutes=15,
            location="https://vkyc.aranyabank.example/join/CC10208841",
        ),
    ),
    m(
        "Ar18d",
        "2025-11-04 15:31",
        "Aranya Bank Credit Cards <creditcards@aranyabank.example>",
        "Your Aranya SkyMiles Credit Card is on its way!",
        N(),
        text="""Dear Karthik,

Congratulations! Your application CC10208841 has been approved and your Aranya SkyMiles Credit Card (credit limit Rs. 3,50,000) has been dispatched via Blue Dart, AWB 81244710932.

Welcome offer: 5,000 bonus miles on spends of Rs. 50,000 in the first 60 days.

Regards,
Aranya Bank Cards
""",
    ),
    # ---------------------------------------------------------------- executive MBA "application"
    m(
        "Ns19a",
        "2025-07-26 17:04",
        "NSM Admissions <admissions@nandisom.example>",
        "Application received - Executive PGP in Management (Weekend), Batch 2026-28",
        N(),
        text="""Dear Karthik Venkataraman Iyer,

Thank you for applying to the Executive Post Graduate Programme in Management (Weekend) at the Nandi School of Management, Bengaluru.

Application ID: EPGP26-01877

Your application and GMAT/NSM-EAT score will be reviewed by the Admissions Committee. Shortlisted candidates will be invited for a Personal Interview in the first week of September.

Please upload your employer's No Objection Certificate before 15 August 2025.

Regards,
Office of Admissions
Nandi School of Management
""",
    ),
    m(
        "Ns20i",
        "2025-08-30 10:20",
        "NSM Admissions <admissions@nandisom.example>",
        "Shortlisted for Personal Interview - EPGP 2026-28",
        N(),
        text="""Dear Karthik,

We are pleased to inform you that you have been shortlisted for the Personal Interview for the Executive Post Graduate Programme in Management (Weekend), Batch 2026-28.

Date: Saturday, 6 September 2025
Time: 10:40 AM - 11:10 AM IST
Venue: Nandi School of Management, Bannerghatta Road Campus, Admissions Block, Room A-204

Please bring your original mark sheets, work experience certificate and a photo ID. The panel will discuss your career goals and your reasons for pursuing the programme.

Regards,
Office of Admissions
Nandi School of Management
""",
        ics=ics(
            "epgp26-pi-01877@nandisom.example",
            "2025-09-06 10:40",
            "NSM EPGP 2026-28 - Personal Interview (EPGP26-01877)",
            ("NSM Admissions", "admissions@nandisom.example"),
            minutes=30,
            location="Nandi School of Management, Admissions Block, Room A-204",
            style="outlook",
        ),
    ),
    m(
        "Ns21o",
        "2025-09-24 18:45",
        "NSM Admissions <admissions@nandisom.example>",
        "Offer of Admission - Executive PGP in Management 2026-28",
        N(),
        text="""Dear Karthik,

Congratulations! On behalf of the Admissions Committee, I am delighted to offer you admission to the Executive Post Graduate Programme in Management (Weekend), Batch 2026-28, at the Nandi School of Management.

To accept this offer, please pay the seat acceptance fee of Rs. 1,50,000 by 15 October 2025 through the admissions portal. The programme commences on 10 January 2026.

The formal offer letter and the fee schedule are attached.

We look forward to welcoming you to the NSM community.

Warm regards,
Prof. R. Jayaraman
Chair, Executive Programmes
Nandi School of Management
""",
        attach=[
            ("NSM_EPGP_Offer_EPGP26-01877.pdf", "application/pdf", "%PDF-1.4 offer of admission")
        ],
    ),
    m(
        "Ns22w",
        "2025-10-27 14:02",
        "NSM Admissions <admissions@nandisom.example>",
        "RE: Deferral request - EPGP26-01877",
        N(),
        text="""Dear Karthik,

Thank you for writing to us. We understand that you are starting a new role in January and would like to defer your admission.

The Admissions Committee has approved your request to defer your admission to the Batch 2027-29. Your seat acceptance will be carried forward; no further action is needed until June 2026, when we will write to you with the joining formalities.

Congratulations on your new role, and we look forward to having you with us next year.

Regards,
Office of Admissions
Nandi School of Management
""",
    ),
    # ---------------------------------------------------------------- shopping and "offers"
    m(
        "Sw23p",
        "2025-07-05 12:30",
        "Swiggy <noreply@swiggy.in>",
        "Monsoon cravings? Flat 60% OFF is waiting 🍲",
        N(),
        html="""<html><body style="font-family:Arial;text-align:center">
<img src="https://media-assets.swiggy.com/swiggy/image/upload/monsoon-banner.jpg" alt="Flat 60% OFF" width="600">
<h2>Hot chai, hotter deals ☔</h2>
<p>Get <b>FLAT 60% OFF</b> up to ₹120 on your next 3 orders. Use code <b>RAINYDAY</b>.</p>
<p><a href="https://swiggy.onelink.me/888564224/monsoon60">Order now</a></p>
<p style="font-size:10px;color:#999">Offer valid till 7 July 2025 on select restaurants. T&amp;C apply. <a href="https://www.swiggy.com/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.swiggy.com/unsubscribe>"},
    ),
    m(
        "Az24s",
        "2025-07-19 08:12",
        "Amazon.in <shipment-tracking@amazon.in>",
        'Your Amazon.in order of "Logitech MX Keys S..." has been dispatched!',
        N(),
        text="""Hello Karthik,

Your package has been dispatched and will be delivered by Monday, 21 July.

Order #408-7712093-4410352
Logitech MX Keys S Wireless Keyboard
Quantity: 1

Track your package: https://www.amazon.in/progress-tracker/package?orderId=408-7712093-4410352

Ship to: Karthik Venkataraman Iyer, BTM Layout 2nd Stage, Bengaluru 560076

We hope to see you again soon.
Amazon.in
""",
    ),
    m(
        "Bb25d",
        "2025-08-02 19:48",
        "bigbasket <alerts@bigbasket.com>",
        "Your bigbasket order BB-91281771 has been delivered",
        N(),
        text="""Hi Karthik,

Your order BB-91281771 (18 items, Rs. 2,146) has been delivered. We hope you enjoy your groceries!

Rate your delivery: https://www.bigbasket.com/rate/BB-91281771

Team bigbasket
""",
    ),
    m(
        "Sw26p",
        "2025-08-15 09:00",
        "Swiggy <noreply@swiggy.in>",
        "🇮🇳 Freedom Sale: 50% OFF + FREE delivery today",
        N(),
        text="""Happy Independence Day, Karthik!

Celebrate with 50% OFF up to Rs. 100 + FREE delivery on all orders above Rs. 199. Today only.

Order now: https://swiggy.onelink.me/888564224/freedom50

Unsubscribe: https://www.swiggy.com/unsubscribe
""",
        headers={"List-Unsubscribe": "<https://www.swiggy.com/unsubscribe>"},
    ),
    m(
        "Sw27o",
        "2025-09-14 21:27",
        "Swiggy <noreply@swiggy.in>",
        "Your Swiggy order from Kadamba Biryani House was delivered",
        N(),
        text="""Order delivered! 🎉

Order #189244710381 from Kadamba Biryani House, HSR Layout
1 x Chicken Dum Biryani (Family Pack)
1 x Mutton Pepper Fry
1 x Double Ka Meetha

Item total: Rs. 1,048
Delivery fee: Rs. 0 (Swiggy One)
Taxes: Rs. 61
Grand total: Rs. 1,109

Paid via UPI. Delivered to: Flat 304, Sai Enclave, HSR Layout Sector 2.

Rate your order: https://www.swiggy.com/rate/189244710381
""",
    ),
    m(
        "Fk28b",
        "2025-09-20 10:02",
        "Flipkart <no-reply@flipkart.com>",
        "The Big Billion Days: Early Access offers just for you, Karthik!",
        N(),
        html="""<html><body style="font-family:Arial;background:#2874f0;color:#fff;text-align:center">
<h1>The Big Billion Days</h1>
<p>Early Access for Flipkart Plus members starts <b>22 Sept</b></p>
<p>Up to <b>80% OFF</b> on electronics · <b>10% instant discount</b> with select bank cards · No Cost EMI</p>
<p><a href="https://www.flipkart.com/big-billion-days-store?otracker=email" style="background:#ffe500;color:#000;padding:10px 20px;text-decoration:none">Explore offers</a></p>
<p style="font-size:10px">Offers you can't miss! T&amp;C apply. <a href="https://www.flipkart.com/communication-preferences/email" style="color:#fff">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.flipkart.com/communication-preferences/email>"},
    ),
    m(
        "Fk29s",
        "2025-09-27 14:16",
        "Flipkart <no-reply@flipkart.com>",
        "Your Flipkart order for IFB 7 kg Front Load Washing Machine has been shipped",
        N(),
        text="""Hi Karthik,

Your order OD335871220194400 has been shipped and will be delivered by 1 Oct 2025.

IFB 7 kg 5 Star Front Load Washing Machine (Silver)
Seller: RetailNet

Installation will be scheduled by the brand after delivery.

Track: https://www.flipkart.com/account/orders

Flipkart
""",
    ),
    m(
        "Fk30x",
        "2025-10-03 08:30",
        "Flipkart <no-reply@flipkart.com>",
        "Last day! Offers you can't miss ⏰",
        N(),
        text="""Karthik, The Big Billion Days end tonight!

- Smartphones from Rs. 6,999
- Laptops: up to 40% off
- Home & kitchen: min 50% off

Shop now: https://www.flipkart.com/big-billion-days-store

Unsubscribe: https://www.flipkart.com/communication-preferences/email
""",
        headers={"List-Unsubscribe": "<https://www.flipkart.com/communication-preferences/email>"},
    ),
    m(
        "Zp31d",
        "2025-10-12 22:03",
        "Zepto <noreply@zeptonow.com>",
        "Delivered in 9 minutes ⚡ Order #ZP5512093",
        N(),
        text="""Your order has been delivered!

Amul Taaza Toned Milk 1L x 2
MTR Rava Idli Mix 500g x 1
Nandini Curd 500g x 1

Total paid: Rs. 247

Rate your experience: https://www.zeptonow.com/rate

Team Zepto
""",
    ),
    m(
        "My32s",
        "2025-11-10 11:45",
        "Myntra <updates@myntra.com>",
        "EORS is LIVE! Offers up to 80% OFF 🛍️",
        N(),
        text="""The End of Reason Sale is LIVE!

Up to 80% off on 2 lakh+ styles. Extra 10% off with Aranya Bank credit cards.

Shop now: https://www.myntra.com/eors

You are receiving this email because you signed up on Myntra. Unsubscribe: https://www.myntra.com/unsubscribe
""",
        headers={"List-Unsubscribe": "<https://www.myntra.com/unsubscribe>"},
    ),
    m(
        "Az33p",
        "2025-12-04 09:10",
        "Amazon.in <store-news@amazon.in>",
        "Karthik, a special offer for you on Kindle",
        N(),
        text="""Hello Karthik,

Based on your recent browsing, we thought you might like this:

Kindle Paperwhite (16 GB) - now Rs. 14,999 (was Rs. 16,999)
Extra Rs. 1,500 off with select credit cards.

Shop now: https://www.amazon.in/kindle-paperwhite

Amazon.in
Unsubscribe: https://www.amazon.in/gp/gss/o
""",
    ),
    m(
        "Sw34o",
        "2025-12-19 21:05",
        "Swiggy Instamart <noreply@swiggy.in>",
        "Your Instamart order is on its way 🛵",
        N(),
        text="""Your Instamart order #IM77120934 is out for delivery and will reach you in about 8 minutes.

Delivery partner: Ravi (+91 80xxxxxx12)

Track: https://www.swiggy.com/instamart/track/IM77120934
""",
    ),
    # ---------------------------------------------------------------- bills and home
    m(
        "Bs35e",
        "2025-07-09 10:30",
        "BESCOM <noreply@bescom.co.in>",
        "BESCOM electricity bill for July 2025 - RR No. BTM-2281",
        N(),
        text="""Dear Consumer,

Your electricity bill for the period 01-06-2025 to 30-06-2025 has been generated.

RR No.: BTM-2281
Units consumed: 186
Amount: Rs. 1,412.00
Due date: 23-07-2025

Pay online: https://www.bescom.co.in/pay

Bangalore Electricity Supply Company Ltd.
""",
    ),
    m(
        "At36b",
        "2025-07-12 06:14",
        "Airtel <ebill@airtel.com>",
        "Your Airtel postpaid bill for 98xxxxxx21 is ready",
        N(),
        text="""Dear Karthik,

Your Airtel Postpaid bill for mobile number 98xxxxxx21 is ready.

Bill period: 10 Jun 2025 - 09 Jul 2025
Amount due: Rs. 549.00
Due date: 28 Jul 2025

Pay via the Airtel Thanks app or https://www.airtel.in/pay

Bharti Airtel Ltd.
""",
    ),
    m(
        "At37b",
        "2025-09-12 06:11",
        "Airtel <ebill@airtel.com>",
        "Your Airtel postpaid bill for 98xxxxxx21 is ready",
        N(),
        text="""Dear Karthik,

Your Airtel Postpaid bill for mobile number 98xxxxxx21 is ready.

Bill period: 10 Aug 2025 - 09 Sep 2025
Amount due: Rs. 612.54 (includes international roaming pack)
Due date: 28 Sep 2025

Bharti Airtel Ltd.
""",
    ),
    m(
        "Bs38e",
        "2025-10-09 10:41",
        "BESCOM <noreply@bescom.co.in>",
        "BESCOM electricity bill for October 2025 - RR No. HSR-S2-0304",
        N(),
        text="""Dear Consumer,

Your electricity bill for the period 01-09-2025 to 30-09-2025 has been generated.

RR No.: HSR-S2-0304
Units consumed: 214
Amount: Rs. 1,688.00
Due date: 23-10-2025

Bangalore Electricity Supply Company Ltd.
""",
    ),
    m(
        "Ac39n",
        "2025-09-08 17:20",
        "ACT Fibernet <noreply@actcorp.in>",
        "Welcome to ACT Fibernet! Your connection is active",
        N(),
        text="""Dear Karthik,

Welcome to ACT Fibernet! Your new broadband connection at Flat 304, Sai Enclave, HSR Layout is now active.

Plan: ACT Incredible - 300 Mbps
User ID: blr.karthik.v
Monthly rental: Rs. 1,149 + GST

Download the ACT Fibernet app to manage your account.

Regards,
ACT Fibernet
""",
    ),
    m(
        "Mg40m",
        "2025-11-05 08:00",
        "MyGate <noreply@mygate.com>",
        "Maintenance due for November 2025 - Sai Enclave Owners Association",
        N(),
        text="""Dear Resident,

Maintenance for November 2025 for Flat 304 is due.

Amount: Rs. 4,250
Due date: 10 Nov 2025

Pay via MyGate: https://mygate.com/pay

Sai Enclave Owners Association, HSR Layout Sector 2
""",
    ),
    m(
        "Ak41i",
        "2025-11-18 10:05",
        "ACKO <hello@acko.com>",
        "Your bike insurance expires in 10 days 🏍️",
        N(),
        text="""Hi Karthik,

Your two-wheeler insurance for KA-01-HX-4412 (Honda CB Shine) expires on 28 Nov 2025.

Renew now in 2 minutes and keep your No Claim Bonus of 35%: https://www.acko.com/renew

Team ACKO
""",
    ),
    # ---------------------------------------------------------------- subscriptions and SaaS
    m(
        "Nf42r",
        "2025-07-17 04:12",
        "Netflix <info@account.netflix.com>",
        "Your Netflix membership has been renewed",
        N(),
        text="""Hi Karthik,

Thanks for staying with us. Your Standard plan has been renewed for Rs. 499 and your next billing date is 17 August 2025.

Netflix
""",
    ),
    m(
        "Ud43p",
        "2025-07-27 13:00",
        "Udemy <udemy@email.udemy.com>",
        "Karthik, courses from ₹449 - ends tonight",
        N(),
        text="""Learn something new this weekend.

Apache Spark 4 with Scala - Hands On with Big Data
Data Engineering Interview Bootcamp: SQL, Spark, System Design
Terraform for AWS - Beginner to Pro

All from Rs. 449. Ends tonight.

https://www.udemy.com/

Unsubscribe: https://www.udemy.com/unsubscribe
""",
        headers={"List-Unsubscribe": "<https://www.udemy.com/unsubscribe>"},
    ),
    m(
        "Gh44k",
        "2025-08-06 23:20",
        "GitHub <noreply@github.com>",
        "[GitHub] A new SSH authentication public key was added to your account",
        N(),
        text="""The following SSH key was added to your account:

karthik@mbp-hsr
SHA256:Ql3mJ0x7yZ4aKcVf2hW9pR8nT6uE1oI5sD3gF7hJ2kL

If you believe this key was added in error, you can remove the key and disable access at the following location:

https://github.com/settings/keys

To see this and other security events for your account, visit https://github.com/settings/security-log

Thanks,
The GitHub Team
""",
    ),
    m(
        "Aw45b",
        "2025-08-31 03:44",
        "AWS Notifications <no-reply@sns.amazonaws.com>",
        'ALARM: "BillingAlarm-10USD" in US East (N. Virginia)',
        N(),
        text="""You are receiving this email because your Amazon CloudWatch Alarm "BillingAlarm-10USD" in the US East (N. Virginia) region has entered the ALARM state, because "Threshold Crossed: 1 datapoint [11.42 (30/08/25 21:44:00)] was greater than the threshold (10.0)." at "Saturday 30 August, 2025 22:14:00 UTC".

View this alarm in the AWS Management Console:
https://us-east-1.console.aws.amazon.com/cloudwatch/deeplink.js?region=us-east-1#alarmsV2:alarm/BillingAlarm-10USD

Alarm Details:
- Name:                       BillingAlarm-10USD
- Description:                personal sandbox - EMR serverless experiments
- State Change:               OK -> ALARM
- Timestamp:                  Saturday 30 August, 2025 22:14:00 UTC
- AWS Account:                4412xxxx0917

--
If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:
https://sns.us-east-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:us-east-1:4412xxxx0917:billing
""",
    ),
    m(
        "Go46s",
        "2025-09-03 19:20",
        "Google One <googleone-noreply@google.com>",
        "Your Google Account storage is 90% full",
        N(),
        text="""Hi Karthik,

You've used 13.6 GB of your 15 GB of storage. When you run out, you won't be able to send or receive emails in Gmail or back up photos.

Get 100 GB for Rs. 130/month: https://one.google.com/storage

The Google One team
""",
    ),
    m(
        "Gh47p",
        "2025-09-18 22:31",
        "Aakash Gupta <notifications@github.com>",
        "Re: [kvi/airflow-provider-iceberg] Add support for Iceberg branch writes (PR #42)",
        N(),
        text="""@aakashg commented on this pull request.

LGTM overall 👍 one nit: can we add a test for the case where the branch already exists? Happy to merge after that.

—
Reply to this email directly, view it on GitHub:
https://github.com/kvi/airflow-provider-iceberg/pull/42#issuecomment-2891003374
You are receiving this because you authored the thread.
""",
        headers={
            "List-Id": "kvi/airflow-provider-iceberg <airflow-provider-iceberg.kvi.github.com>"
        },
    ),
    m(
        "Cr48c",
        "2025-10-05 16:40",
        "Coursera <no-reply@m.mail.coursera.org>",
        "Congratulations, Karthik! You've earned your certificate",
        N(),
        text="""Congratulations on completing Data Engineering with Apache Iceberg!

Your certificate is ready to share. Add it to your LinkedIn profile to showcase your new skills.

View certificate: https://coursera.org/verify/KVI2025ICEB

Keep learning,
The Coursera Team
""",
    ),
    m(
        "Go49a",
        "2025-10-18 22:47",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        N(),
        text="""A new sign-in on Mac

karthik.v.iyer@gmail.com

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    ),
    m(
        "Lc50w",
        "2025-11-16 07:30",
        "LeetCode <no-reply@leetcode.com>",
        "Weekly Contest 476 starts in 1 hour!",
        N(),
        text="""Hi kviyer,

Weekly Contest 476 starts at 08:00 AM IST today. 4 problems, 90 minutes.

Join: https://leetcode.com/contest/weekly-contest-476/

Good luck!
LeetCode
""",
    ),
    m(
        "Sp51w",
        "2025-12-03 18:00",
        "Spotify <no-reply@spotify.com>",
        "Your 2025 Wrapped is here 🎧",
        N(),
        html="""<html><body style="background:#1db954;color:#000;font-family:Arial;text-align:center">
<h1>Your 2025 Wrapped is here.</h1>
<p>You listened to 41,208 minutes of music this year. Your top artist: A. R. Rahman. Your top song: "Hukum".</p>
<p><a href="https://open.spotify.com/wrapped">See your Wrapped</a></p>
</body></html>""",
    ),
    # ---------------------------------------------------------------- newsletters
    m(
        "Dp52n",
        "2025-07-11 07:00",
        "The Data Pipeline <thedatapipeline@substack.com>",
        "In conversation with the CTO of Ferncloud: scaling a lakehouse to 10 PB",
        N(),
        headers=_unsub,
        html="""<html><body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<h1>In conversation with the CTO of Ferncloud</h1>
<p><i>This week we sat down with Radhika Menon, CTO of Ferncloud Systems, to talk about moving 10 PB from Hive to Iceberg, hiring data engineers in Bengaluru and why she still reviews every data contract herself.</i></p>
<p><b>TDP: You've interviewed over 200 data engineers in the last two years. What do you look for?</b></p>
<p><b>Radhika:</b> Curiosity about the data itself. Anyone can write a Spark job. I want the person who asks why the late-arriving events spike every Monday...</p>
<p><b>TDP: Hive to Iceberg - what broke?</b></p>
<p><b>Radhika:</b> Everything that assumed directory listing was cheap. We had 40,000 partitions in one table...</p>
<p><a href="https://thedatapipeline.substack.com/p/in-conversation-with-the-cto-of-ferncloud">Read the full interview</a></p>
<hr><p style="font-size:11px">You're a free subscriber to The Data Pipeline. <a href="https://thedatapipeline.substack.com/action/disable_email">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "Dp53n",
        "2025-08-22 07:00",
        "The Data Pipeline <thedatapipeline@substack.com>",
        "Hiring freeze or hiring spree? What 40 data leaders told us",
        N(),
        headers=_unsub,
        text="""The Data Pipeline - Issue #88

Hiring freeze or hiring spree? What 40 data leaders told us

We surveyed 40 heads of data at Indian product companies and GCCs about their 2025-26 hiring plans. The short version: GCCs are hiring aggressively, consumer internet is flat, and fintech is hiring senior people only.

Key numbers:
- 62% plan to grow their data engineering team in H2
- Median offer for a senior data engineer (5-8 yrs) in Bengaluru: 38 LPA fixed
- 90-day notice periods are the #1 reason offers fall through

Also in this issue: Airflow 3 is out - should you upgrade?; a reader asks how to explain a career gap in interviews.

Read online: https://thedatapipeline.substack.com/p/hiring-freeze-or-hiring-spree

You're a free subscriber to The Data Pipeline. Unsubscribe: https://thedatapipeline.substack.com/action/disable_email
""",
    ),
    m(
        "Md54d",
        "2025-09-16 06:32",
        "Medium Daily Digest <noreply@medium.com>",
        "Why we quit Airflow for Dagster (and then went back) | Karthik, your daily read",
        N(),
        text="""Today's highlights

Why we quit Airflow for Dagster (and then went back)
Sahil Jain in Data Engineering Things · 9 min read

Spark 4.0: the five features nobody is talking about
Mei Tanaka in Towards Data Engineering · 7 min read

How I cracked 5 FAANG interviews in 3 months
Anonymous in Level Up Coding · 12 min read

See more: https://medium.com/

Sent by Medium · 548 Market St, San Francisco, CA 94104. Unsubscribe: https://medium.com/me/settings/notifications
""",
        headers={"List-Unsubscribe": "<https://medium.com/me/settings/notifications>"},
    ),
    m(
        "Dp55n",
        "2025-10-24 07:00",
        "The Data Pipeline <thedatapipeline@substack.com>",
        "Interview: how Greyloft's data team does on-call",
        N(),
        headers=_unsub,
        text="""The Data Pipeline - Issue #97

Interview: how Greyloft's data team does on-call

We spoke with Imran Qureshi, who leads data platform at Greyloft, about on-call rotations for data teams, SLAs that actually mean something, and why they page on freshness, not failures.

"We used to page on every failed task. Now we page when a table that a human looks at is late. Our pages dropped 80%."

Read the full interview: https://thedatapipeline.substack.com/p/greyloft-data-on-call

You're a free subscriber to The Data Pipeline. Unsubscribe: https://thedatapipeline.substack.com/action/disable_email
""",
    ),
    m(
        "Db56n",
        "2025-11-12 12:00",
        "DataByte India <newsletter@databyte.example>",
        "Top 25 data engineering interview questions for 2026 (with answers)",
        N(),
        html="""<html><body style="font-family:Arial;max-width:620px;margin:auto">
<h2>DataByte India Weekly</h2>
<h3>Top 25 data engineering interview questions for 2026</h3>
<p>Preparing for your next switch? We asked hiring managers at 15 product companies what they actually ask in the L1 and L2 rounds. From "explain Spark's shuffle" to "design a CDC pipeline for 500 tables", here are the questions - and what a good answer looks like.</p>
<p><a href="https://databyte.example/articles/de-interview-questions-2026">Read now</a></p>
<h3>Also this week</h3>
<ul><li>Salary report: what data engineers earn in Bengaluru, Pune and Hyderabad</li><li>Webinar: Getting started with Apache Iceberg</li></ul>
<p style="font-size:10px;color:#888">You subscribed to DataByte India. <a href="https://databyte.example/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://databyte.example/unsubscribe>"},
    ),
    m(
        "Dp57n",
        "2025-12-19 07:00",
        "The Data Pipeline <thedatapipeline@substack.com>",
        "2025 in review: the year the lakehouse won",
        N(),
        headers=_unsub,
        text="""The Data Pipeline - Issue #105

2025 in review: the year the lakehouse won

Iceberg everywhere, Airflow 3, the rise of GCCs, and the great notice-period debate. Plus our most-read pieces of the year, including "In conversation with the CTO of Ferncloud".

Read online: https://thedatapipeline.substack.com/p/2025-in-review

See you in January!

You're a free subscriber to The Data Pipeline. Unsubscribe: https://thedatapipeline.substack.com/action/disable_email
""",
    ),
    # ---------------------------------------------------------------- meetup and webinar invites
    m(
        "Mu58r",
        "2025-08-08 14:22",
        "Meetup <info@meetup.com>",
        'You\'re going to "Streaming with Spark 4: war stories" - Bangalore Apache Spark Meetup',
        N(),
        text="""You're going!

Streaming with Spark 4: war stories
Bangalore Apache Spark Meetup

Saturday, August 23, 2025
10:30 AM to 1:30 PM IST

Ferncloud Systems, 6th Floor, Bagmane Tech Park, CV Raman Nagar, Bengaluru

Add to calendar: the invitation is attached.

Can't make it? Change your RSVP: https://www.meetup.com/bangalore-spark/events/309128841/

Meetup, 1 World Trade Center, New York
""",
        ics=ics(
            "event_309128841@meetup.com",
            "2025-08-23 10:30",
            "Streaming with Spark 4: war stories",
            ("Bangalore Apache Spark Meetup", "info@meetup.com"),
            minutes=180,
            location="Ferncloud Systems, Bagmane Tech Park, CV Raman Nagar, Bengaluru",
        ),
    ),
    m(
        "Zm59w",
        "2025-10-28 16:05",
        "Zoom <no-reply@zoom.us>",
        "Lakehouse Patterns for Indian Fintech - Webinar Registration Approved",
        N(),
        text="""Hi Karthik Iyer,

Thank you for registering for "Lakehouse Patterns for Indian Fintech".

Date & Time: Nov 6, 2025 04:00 PM India

Join from a PC, Mac, iPad, or Android: https://us06web.zoom.us/w/88214409921?tk=Zq1
Passcode: 410922

Add to calendar: the invitation is attached.

You can cancel your registration at any time.

Hosted by DataByte India
""",
        ics=ics(
            "zoom-webinar-88214409921@zoom.us",
            "2025-11-06 16:00",
            "Lakehouse Patterns for Indian Fintech",
            ("DataByte India", "no-reply@zoom.us"),
            minutes=60,
            location="https://us06web.zoom.us/w/88214409921",
        ),
    ),
    # ---------------------------------------------------------------- LinkedIn social
    m(
        "Li60c",
        "2025-07-24 19:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Sanjana Rao for starting a new position as Senior Data Scientist at Ferncloud Systems",
        N(),
        text="""Sanjana Rao started a new position

Senior Data Scientist at Ferncloud Systems

Congratulate Sanjana: https://www.linkedin.com/comm/feed/update/urn:li:activity:7353112098

This email was intended for Karthik Venkataraman Iyer (Data Engineer at Suvarna Infotech | Spark | Airflow | AWS)
You are receiving notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "Li61p",
        "2025-08-18 20:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Your post is getting attention",
        N(),
        text="""Karthik, your post has 132 reactions and 18 comments

"We finally finished migrating 600 DAGs to Airflow 2. Three lessons: ..."

See who's engaging: https://www.linkedin.com/comm/feed/update/urn:li:activity:7363001842

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "Li62s",
        "2025-09-22 09:15",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 41 searches this week",
        N(),
        text="""Karthik, you appeared in 41 searches this week

Your profile was found by people from:
Software Development, IT Services and IT Consulting, Financial Services

Top search keywords: data engineer, spark, airflow

See all search appearances: https://www.linkedin.com/comm/me/search-appearances/

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "Li63m",
        "2025-11-02 18:45",
        "LinkedIn Premium <premium-noreply@linkedin.com>",
        "Karthik, stand out to recruiters with Premium - 1 month for ₹0",
        N(),
        text="""Try Premium Career for ₹0

- See who viewed your profile in the last 365 days
- InMail credits to message recruiters directly
- Compare yourself to other applicants

Start your free month: https://www.linkedin.com/premium/products/?upsellOrderOrigin=email

Cancel anytime. We'll remind you 7 days before your trial ends.

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "Li64i",
        "2025-11-27 21:02",
        "Rohit Nambiar via LinkedIn <invitations@linkedin.com>",
        "Karthik, please add me to your LinkedIn network",
        N(),
        text="""Rohit Nambiar
Senior Software Engineer at Suvarna Infotech

Hi Karthik, we worked together on the Halcyon Insurance migration - would love to stay connected.

Accept: https://www.linkedin.com/comm/invitations/accept?invitationId=7401928441
View profile: https://www.linkedin.com/comm/in/rohit-nambiar-91

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "Li65w",
        "2025-12-11 08:20",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Celebrate Meera Joshi's 2 years at Greyloft",
        N(),
        text="""Meera Joshi is celebrating a work anniversary

2 years at Greyloft

Say congrats: https://www.linkedin.com/comm/feed/update/urn:li:activity:7404412209

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    # ---------------------------------------------------------------- government
    m(
        "Ps66a",
        "2025-08-12 12:35",
        "Passport Seva <noreply@passportindia.gov.in>",
        "Appointment confirmation - ARN 25-1000812347",
        N(),
        text="""Dear KARTHIK VENKATARAMAN IYER,

Your appointment for passport re-issue has been confirmed.

ARN: 25-1000812347
Passport Seva Kendra: Bengaluru (Koramangala)
Date: 20/08/2025
Reporting time: 09:45 AM

Please carry the printout of the Application Receipt and all original documents. Appointment can be rescheduled at most twice within one year.

Passport Seva, Ministry of External Affairs, Government of India
""",
    ),
]
