# ruff: noqa: E501, RUF100
"""Corpus 157, the ordinary inbox (data only): see heldout157.py. Money, benefits, housing,
school, shops, bills and newsletters, with the look-alikes on purpose (rental, loan, credit-card
and college "applications", ODJFS notices, marketing "offers", a newsletter's Q&A)."""

from __future__ import annotations

from typing import Any

from heldout157_jobs import N, ics, m

ODJFS = "Ohio Department of Job and Family Services <donotreply@jfs.ohio.gov>"
HOOVER = "Hoover Crossing Leasing <leasing@trailheadres.example>"
SVFCU = "Scioto Valley FCU <notices@sciotovalleyfcu.example>"
LAKESHORE = "Lakeshore Bank <cards@lakeshorebank.example>"
STC = "Scioto Technical College <admissions@sciototech.example>"
KROGER = "Kroger <kroger@email.kroger.com>"
MEIJER = "Meijer <meijer@email.meijer.com>"
WFW = "Warehouse Floor Weekly <editors@warehousefloorweekly.example>"
COP = "Central Ohio Power <billing@centralohiopower.example>"
BLUEWAVE = "Bluewave Wireless <mybill@bluewavewireless.example>"
BRIGHTCART_SHOP = "Brightcart <ship-confirm@orders.brightcart.example>"

_ODJFS_FOOTER = """\
This is an automated message. Please do not reply. To view your correspondence, log in to your
account at unemployment.ohio.gov. Ohio Department of Job and Family Services, 30 E. Broad St,
Columbus, OH 43215. ODJFS is an equal opportunity employer and service provider."""

_WFW_FOOTER = """\
--
Warehouse Floor Weekly | news and ideas for people who run docks, DCs and yards
You're receiving this because you subscribed at warehousefloorweekly.example.
Unsubscribe: https://warehousefloorweekly.example/u?e=mdwhitaker.gc%40gmail.com"""

MAIL: list[dict[str, Any]] = [
    # --- ODJFS unemployment: benefits, not jobs ---------------------------------------------------
    m(
        "k1ro",
        "2025-09-02 10:14",
        ODJFS,
        "Your Application for Unemployment Benefits Has Been Received",
        N(),
        text="""\
Dear MARCUS D WHITAKER,

Your Application for Unemployment Benefits was received on 09/02/2025.

Claim ID: 000-884-21197
Benefit year begin date: 08/31/2025

What to do next:
1. Request benefit payments (file your weekly claim) every week, starting the Sunday after your
   application was filed, even while your application is being reviewed.
2. Register with OhioMeansJobs.com within 30 days, unless exempt.
3. Watch your correspondence inbox for a determination of your eligibility.

"""
        + _ODJFS_FOOTER,
    ),
    m(
        "d4ga",
        "2025-09-11 14:03",
        ODJFS,
        "New Correspondence: Determination of Unemployment Compensation Benefits",
        N(),
        text="""\
Dear Claimant,

You have new correspondence in your unemployment account: Determination of Unemployment
Compensation Benefits, dated 09/11/2025.

Summary: You have been found eligible for benefits. Weekly benefit amount: $612.00.
Maximum benefit amount: $15,912.00.

If you disagree with this determination, you may file an appeal within 21 calendar days of the
mailing date.

"""
        + _ODJFS_FOOTER,
    ),
    m(
        "y7zk",
        "2025-09-20 08:00",
        ODJFS,
        "Reminder: Request Your Weekly Benefit Payment",
        N(),
        text="""\
This is a reminder to request your weekly benefit payment for the week ending 09/20/2025.

You must report any work and earnings, and list at least two work search activities for the
week (for example, applying for a job, attending a job fair, or completing a workshop at an
OhioMeansJobs center). Keep records of the employers you contact.

File now: https://unemployment.ohio.gov

"""
        + _ODJFS_FOOTER,
    ),
    m(
        "f2se",
        "2025-10-04 09:31",
        ODJFS,
        "Work Search Requirements - Please Review",
        N(),
        html="""\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p><b>Ohio Department of Job and Family Services - Office of Unemployment Insurance Operations</b></p>
<p>Dear MARCUS D WHITAKER,</p>
<p>Our records show that the work search activities you reported for the week ending 09/27/2025
included only one (1) employer contact. To remain eligible, you must complete <b>at least two
(2) work search activities</b> each week and report them when you request payment.</p>
<p>Acceptable activities include: submitting an application to an employer, interviewing with an
employer, attending a job fair or a reemployment workshop, or creating a resume on OhioMeansJobs.</p>
<p>No action is needed for the week already paid. Failure to meet the requirement in future weeks
may result in a denial of benefits for that week.</p>
<p style="font-size:11px;color:#666">This is an automated message. Please do not reply.</p>
</body></html>""",
    ),
    m(
        "w8jb",
        "2025-11-01 08:00",
        ODJFS,
        "Reminder: Request Your Weekly Benefit Payment",
        N(),
        text="""\
This is a reminder to request your weekly benefit payment for the week ending 11/01/2025.

Remember to report gross earnings for the week you worked them, not the week you were paid.

File now: https://unemployment.ohio.gov

"""
        + _ODJFS_FOOTER,
    ),
    m(
        "n9hv",
        "2026-01-22 11:45",
        ODJFS,
        "Your 2025 Form 1099-G Is Available",
        N(),
        text="""\
Dear MARCUS D WHITAKER,

Your 2025 Form 1099-G, Certain Government Payments, is now available in your unemployment
account. It reports the unemployment compensation paid to you in 2025 ($10,404.00) and any
federal income tax withheld. You will need it to file your federal and state income taxes.

If you did not apply for or receive unemployment benefits in 2025, report possible identity
fraud at unemployment.ohio.gov/fraud.

"""
        + _ODJFS_FOOTER,
    ),
    m(
        "j5ct",
        "2026-02-04 15:20",
        ODJFS,
        "New Correspondence: Claim Status Update",
        N(),
        text="""\
Dear Claimant,

You reported a return to full-time work beginning 02/02/2026. No further payments will be issued
for weeks after that date. Your claim will remain open until the end of your benefit year in
case you become unemployed again.

Congratulations on your return to work.

"""
        + _ODJFS_FOOTER,
    ),
    # --- Hoover Crossing apartments: a rental application -----------------------------------------
    m(
        "o3pi",
        "2026-01-16 18:22",
        HOOVER,
        "We received your application - Hoover Crossing",
        N(),
        text="""\
Hi Marcus,

Thanks for applying to live at Hoover Crossing! We've received your rental application and the
$50 application fee for:

  Unit 214 - 2 bed / 2 bath - $1,395/mo
  Desired move-in: February 1, 2026
  Co-occupants: 2 minors

We'll run the background and credit screening now; most decisions come back within 2 business
days. We'll let you know if we need anything else.

Hoover Crossing Leasing Office
3900 Hoover Crossing Dr, Grove City, OH 43123 | 614-555-0199
Professionally managed by Trailhead Residential. Equal Housing Opportunity.
""",
    ),
    m(
        "e6vn",
        "2026-01-19 10:40",
        HOOVER,
        "Action needed: income verification for your application",
        N(),
        text="""\
Hi Marcus,

We're almost there! Your screening came back and we just need proof of income to finish your
application. Our requirement is gross monthly income of at least 2.5x the rent ($3,488).

Please upload ONE of the following to the resident portal:
  - Your two most recent pay stubs, or
  - A signed offer letter from your new employer showing salary and start date

Upload here: https://hoovercrossing.trailheadres.example/portal/applications/88213/documents

Thanks!
Brittany | Leasing Consultant, Hoover Crossing
""",
    ),
    m(
        "l0ds",
        "2026-01-22 16:05",
        HOOVER,
        "Congratulations! Your application has been approved",
        N(),
        html="""\
<html><body style="font-family:Georgia,serif;color:#333">
<div style="max-width:560px;margin:auto">
<h2 style="color:#2f5d50">Welcome home, Marcus!</h2>
<p>Your application for <b>Unit 214</b> at Hoover Crossing has been <b>approved</b>.</p>
<p>Next steps:</p>
<ol><li>Sign your lease - you'll receive it from DocuSign shortly.</li>
<li>Pay your security deposit ($500) and prorated February rent in the resident portal.</li>
<li>Set up electric service with Central Ohio Power and renters insurance (proof required before keys).</li></ol>
<p>We can't wait to have you!<br>The Hoover Crossing Team</p>
<p style="font-size:11px;color:#888">Trailhead Residential &middot; Equal Housing Opportunity</p>
</div></body></html>""",
    ),
    m(
        "r4xe",
        "2026-01-23 09:12",
        "Brittany Coles via DocuSign <dse_na3@docusign.net>",
        "Please DocuSign: Hoover Crossing Lease - Unit 214 - Whitaker",
        N(),
        html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px;background:#1e4ca1;color:#fff;text-align:center">
<p style="font-size:20px">Brittany Coles sent you a document to review and sign.</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=4f0e7c2a-91b5-4d6e-8e2f-0c7d19b3a6e1&amp;etti=24" style="background:#ffc820;color:#000;padding:12px 24px;text-decoration:none">REVIEW DOCUMENT</a></p></td></tr>
<tr><td style="padding:24px"><p><b>Brittany Coles</b><br>leasing@trailheadres.example</p>
<p>Marcus, here is your 12-month lease for Unit 214 at Hoover Crossing, with the pet and parking
addenda. Please review and sign by Monday. - Brittany</p>
<p style="font-size:11px;color:#666">Do Not Share This Email: This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.<br>
About DocuSign: Sign documents electronically in just minutes. It's safe, secure, and legally binding.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "v1ql",
        "2026-01-24 11:48",
        "DocuSign <dse_na3@docusign.net>",
        "Completed: Hoover Crossing Lease - Unit 214 - Whitaker",
        N(),
        html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center"><tr><td style="padding:24px;background:#1e4ca1;color:#fff;text-align:center">
<p style="font-size:20px">Your document has been completed</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=9c3b1e0d-5a27-4f8c-b6d4-1e9f2a7c0b35&amp;etti=24" style="background:#ffc820;color:#000;padding:12px 24px;text-decoration:none">VIEW COMPLETED DOCUMENT</a></p></td></tr>
<tr><td style="padding:24px"><p>All signers completed <b>Hoover Crossing Lease - Unit 214 - Whitaker</b>.</p>
<p style="font-size:11px;color:#666">Powered by DocuSign</p></td></tr></table></body></html>""",
        attach=[
            (
                "Hoover_Crossing_Lease_Unit214_Whitaker.pdf",
                "application/pdf",
                "%PDF-1.6 Residential Lease Agreement - Hoover Crossing - Unit 214",
            )
        ],
    ),
    m(
        "h9to",
        "2026-01-30 13:30",
        HOOVER,
        "Move-in day details + your keys",
        N(),
        text="""\
Hi Marcus,

You're all set for move-in on Saturday, January 31! Pick up keys and your mailbox key at the
leasing office between 10 AM and 4 PM. The moving truck can use the loading zone by Building 3
for up to 2 hours.

Reminder: bring proof of renters insurance if you haven't uploaded it yet.

See you Saturday,
Brittany
""",
    ),
    m(
        "c2yf",
        "2026-02-20 08:00",
        "Hoover Crossing Resident Portal <noreply@trailheadres.example>",
        "Your March rent statement is ready",
        N(),
        text="""\
Hi Marcus,

Your statement for Unit 214 is ready. Amount due March 1: $1,395.00 (rent) + $42.18 (water/sewer/
trash) = $1,437.18. Pay online to avoid the $75 late fee after the 5th.

Pay now: https://hoovercrossing.trailheadres.example/portal/payments
""",
    ),
    # --- Scioto Valley FCU: an auto loan refused, then approved; statements; a webinar -----------
    m(
        "p8wa",
        "2025-10-21 17:55",
        SVFCU,
        "We received your auto loan application",
        N(),
        text="""\
Hi Marcus,

Thank you for applying for an auto loan with Scioto Valley Federal Credit Union.

Application #: AL-2025-104477
Amount requested: $14,500 (used vehicle)
Term: 60 months

A loan officer will review your application, usually within one business day. We may contact
you for additional information such as proof of income.

Scioto Valley FCU | Federally insured by NCUA | Equal Housing Opportunity
""",
    ),
    m(
        "b3rm",
        "2025-10-23 10:09",
        SVFCU,
        "Important information about your loan application",
        N(),
        text="""\
Dear Marcus D. Whitaker,

Thank you for your recent application for an auto loan (AL-2025-104477). We regret that we are
unable to approve your application at this time.

Principal reason(s) for our decision:
  - Insufficient verifiable income
  - Debt-to-income ratio

Our decision was based in whole or in part on information obtained in a report from the consumer
reporting agency listed below. You have a right under the Fair Credit Reporting Act to know the
information contained in your credit file...

  Equifax, P.O. Box 740241, Atlanta, GA 30374, 1-800-685-1111

NOTICE: The federal Equal Credit Opportunity Act prohibits creditors from discriminating against
credit applicants on the basis of race, color, religion, national origin, sex, marital status,
age... The federal agency that administers compliance with this law concerning this creditor is
the National Credit Union Administration.

You are welcome to reapply when your circumstances change.

Scioto Valley Federal Credit Union, Lending Department
""",
    ),
    m(
        "t7uc",
        "2026-02-12 12:14",
        SVFCU,
        "Your auto loan is approved!",
        N(),
        text="""\
Congratulations, Marcus!

Your auto loan application AL-2026-011308 has been approved.

  Approved amount: up to $18,000
  APR: 7.49% for 60 months
  Pre-approval valid through: March 14, 2026

Take this approval to the dealer, or shop from our partner network. When you've picked your
vehicle, call 614-555-0177 and we'll send the check to the dealer.

Scioto Valley FCU
""",
    ),
    m(
        "s1nj",
        "2025-09-30 06:10",
        SVFCU,
        "Your September eStatement is ready",
        N(),
        text="""\
Your September 2025 eStatement for account ending 4471 is ready to view in Online Banking.

Log in: https://online.sciotovalleyfcu.example

Scioto Valley FCU never asks for your password or PIN by email or text.
""",
    ),
    m(
        "z6kg",
        "2025-11-30 06:10",
        SVFCU,
        "Your November eStatement is ready",
        N(),
        text="""\
Your November 2025 eStatement for account ending 4471 is ready to view in Online Banking.

Log in: https://online.sciotovalleyfcu.example

Scioto Valley FCU never asks for your password or PIN by email or text.
""",
    ),
    m(
        "a0wf",
        "2026-01-31 06:10",
        SVFCU,
        "Your January eStatement is ready",
        N(),
        text="""\
Your January 2026 eStatement for account ending 4471 is ready to view in Online Banking.

Log in: https://online.sciotovalleyfcu.example
""",
    ),
    m(
        "u5ow",
        "2025-11-13 12:00",
        "Scioto Valley FCU Events <events@sciotovalleyfcu.example>",
        "You're invited: First-Time Homebuyer 101 (free webinar)",
        N(),
        text="""\
Thinking about buying a home in 2026?

Join our mortgage team for a free, one-hour webinar: First-Time Homebuyer 101.
Tuesday, December 2, 6:30 PM on Zoom.

We'll cover how much house you can afford, down-payment assistance through the Ohio Housing
Finance Agency, and what to expect at closing. Bring your questions - we'll interview two
members who just bought their first homes.

A calendar invitation is attached. Zoom link: https://zoom.us/j/91844720153

Scioto Valley FCU | Equal Housing Opportunity
""",
        ics=ics(
            "svfcu-hb101-20251202@sciotovalleyfcu.example",
            "2025-12-02 18:30",
            "Webinar: First-Time Homebuyer 101 (Scioto Valley FCU)",
            ("Scioto Valley FCU Events", "events@sciotovalleyfcu.example"),
            location="https://zoom.us/j/91844720153",
        ),
    ),
    # --- Lakeshore Bank: a credit-card application ----------------------------------------------
    m(
        "g6ep",
        "2025-11-28 22:41",
        LAKESHORE,
        "Thanks for applying for the Lakeshore Cash Rewards Visa",
        N(),
        text="""\
Thanks for your application, Marcus.

We're reviewing your application for the Lakeshore Cash Rewards Visa Signature card. Most
decisions are made within 7-10 business days. We'll send your decision by email and mail.

Reference number: LCR-7713094

Lakeshore Bank, N.A. Member FDIC.
""",
    ),
    m(
        "i0ys",
        "2025-12-03 09:26",
        LAKESHORE,
        "Your application decision is ready",
        N(),
        html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Hi Marcus,</p>
<p>Good news - you've been <b>approved</b> for the Lakeshore Cash Rewards Visa Signature&reg; card!</p>
<p>Credit line: $1,500 &middot; Purchase APR: 27.49% variable</p>
<p>Your card will arrive in 7-10 business days. Earn $150 after you spend $500 in the first 3 months.</p>
<p style="font-size:11px;color:#777">Lakeshore Bank, N.A. Member FDIC. See your Cardmember Agreement for details.</p>
</body></html>""",
    ),
    m(
        "q5ai",
        "2025-12-19 07:30",
        LAKESHORE,
        "Your card is on its way",
        N(),
        text="""\
Your new Lakeshore Cash Rewards Visa Signature card ending in 2219 has shipped and should arrive
within 5 business days. Activate it in the app or at lakeshorebank.example/activate.

Lakeshore Bank, N.A. Member FDIC.
""",
    ),
    # --- Scioto Technical College: a certificate application, not a job ------------------------
    m(
        "m4eu",
        "2025-09-29 15:02",
        STC,
        "Application received - Supply Chain Management Certificate",
        N(),
        text="""\
Dear Marcus,

Thank you for applying to Scioto Technical College! We've received your application for
admission to the Supply Chain Management Certificate (Spring 2026 start).

Student ID: 0042187
Next steps:
  1. Send your high school transcript or GED.
  2. Complete the FAFSA (school code 012345) - you may also qualify for WIOA training funds
     through OhioMeansJobs.
  3. Watch for your admission decision in 1-2 weeks.

Questions? Call Admissions at 614-555-0140.

Office of Admissions, Scioto Technical College
""",
    ),
    m(
        "r9gy",
        "2025-10-09 13:40",
        STC,
        "Congratulations, you're admitted!",
        N(),
        html="""\
<html><body style="font-family:Arial,sans-serif">
<div style="max-width:560px;margin:auto;border-top:8px solid #00594f">
<h1 style="color:#00594f">Welcome to Scioto Tech, Marcus!</h1>
<p>We're excited to offer you admission to the <b>Supply Chain Management Certificate</b> for Spring 2026.</p>
<p>Your next step is to meet with an academic advisor to plan your classes. Schedule online or watch for an invitation from your advisor.</p>
<p><a href="https://my.sciototech.example/admitted">Accept your admission</a></p>
<p>Go Stallions!<br>Office of Admissions</p>
</div></body></html>""",
    ),
    m(
        "x4hr",
        "2025-10-14 10:17",
        "Denise Harmon <dharmon@sciototech.example>",
        "Invitation: Advising appointment - Marcus Whitaker @ Tue Oct 21, 2025 4pm - 4:30pm (EDT)",
        N(),
        text="""\
You have been invited to the following event.

Advising appointment - Marcus Whitaker
When: Tue Oct 21, 2025 4pm - 4:30pm (EDT)
Where: Scioto Tech - Workforce Building, Room 118
Who: Denise Harmon - organizer; mdwhitaker.gc@gmail.com

Hi Marcus, we'll pick your spring classes (SCM 101 and SCM 115 fit evenings) and talk about the
CDL Class A pathway you asked about. - Denise

Invitation from Google Calendar
""",
        ics=ics(
            "8bq2tn5lm0ce1rf7w3dx9ka4hp@google.com",
            "2025-10-21 16:00",
            "Advising appointment - Marcus Whitaker",
            ("Denise Harmon", "dharmon@sciototech.example"),
            minutes=30,
            location="Scioto Tech - Workforce Building, Room 118",
        ),
    ),
    m(
        "f1jc",
        "2025-11-18 09:00",
        STC,
        "Spring 2026 registration is open",
        N(),
        text="""\
Marcus, registration for Spring 2026 is open! Log in to MyScioto to register for your classes.
Classes start January 12. Payment plans are available; the first payment is due January 5.

Registrar, Scioto Technical College
""",
    ),
    m(
        "o7bd",
        "2026-01-09 16:30",
        "Scioto Tech Student Success <success@sciototech.example>",
        "Week 1 checklist: textbooks, parking, Canvas",
        N(),
        text="""\
Hi Marcus,

Classes start Monday! Quick checklist:
 - Your Canvas courses open Sunday night: SCM 101 (Tue/Thu 6:00 PM), SCM 115 (online)
 - Buy or rent books through the bookstore's Inclusive Access program (already on your bill)
 - Evening students can park in Lot C without a permit after 4:30 PM

Need tutoring or help balancing work and school? Book a Student Success coach any time.

Student Success Center, Scioto Technical College
""",
    ),
    # --- Kroger and Meijer offers -----------------------------------------------------------------
    m(
        "j9kr",
        "2025-09-06 07:00",
        KROGER,
        "Your weekly digital deals are here",
        N(),
        headers={"List-Unsubscribe": "<https://www.kroger.com/account/communication-preferences>"},
        html="""\
<html><body style="font-family:Arial,sans-serif">
<div style="background:#21409a;color:#fff;padding:12px;font-size:20px">This week's Digital Deals</div>
<p>Hi Marcus, clip these before they're gone:</p>
<ul><li>$1 off Kroger Brand Chicken Breasts (family pack)</li><li>Buy 5, Save $5 on game-day snacks</li>
<li>4x Fuel Points on gift cards this weekend</li></ul>
<p><a href="https://www.kroger.com/savings/cl/coupons?cid=em_wk36">Clip all</a></p>
<p style="font-size:11px;color:#777">The Kroger Co., 1014 Vine St, Cincinnati, OH 45202</p>
</body></html>""",
    ),
    m(
        "y2vs",
        "2025-10-11 07:00",
        KROGER,
        "Marcus, an exclusive offer just for you",
        N(),
        headers={"List-Unsubscribe": "<https://www.kroger.com/account/communication-preferences>"},
        html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Your personalized offers are ready, Marcus.</p>
<p style="font-size:22px;color:#21409a"><b>$5 off your order of $50 or more</b></p>
<p>Loaded to your Card. Valid through 10/17 in-store and for Pickup. One use per household.</p>
<p><a href="https://www.kroger.com/savings/cl/mycoupons?cid=em_exo_1011">See my offers</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because you have a Kroger digital account.</p>
</body></html>""",
    ),
    m(
        "l4ca",
        "2025-11-22 07:00",
        KROGER,
        "Thanksgiving savings + free turkey offer",
        N(),
        headers={"List-Unsubscribe": "<https://www.kroger.com/account/communication-preferences>"},
        text="""\
Get a FREE Kroger turkey (up to 16 lb) when you buy a qualifying ham or $75 in participating
holiday items. Offer loaded to your Card through 11/27.

Plus: 2x Fuel Points on all purchases Nov 22-23.

Shop the Thanksgiving deals: https://www.kroger.com/pr/thanksgiving?cid=em_tg25
""",
    ),
    m(
        "b8pq",
        "2026-01-10 07:00",
        KROGER,
        "New year, new savings: 20 new digital coupons",
        N(),
        headers={"List-Unsubscribe": "<https://www.kroger.com/account/communication-preferences>"},
        text="""\
Hi Marcus - 20 new digital coupons are ready to clip, including $2 off Simple Truth salad kits and
$1.50 off protein bars. Plus, Boost members get free delivery on orders over $35.

Clip now: https://www.kroger.com/savings/cl/coupons?cid=em_wk02
""",
    ),
    m(
        "e3wt",
        "2025-09-18 06:45",
        MEIJER,
        "mPerks: new offers picked for you",
        N(),
        headers={"List-Unsubscribe": "<https://www.meijer.com/unsubscribe>"},
        text="""\
Hi Marcus,

You have 14 new mPerks offers, including:
 - 10% off school & office supplies
 - $3 off Meijer Brand laundry detergent
 - Earn a $5 reward when you spend $50 on fresh produce & meat this month

Clip them in the Meijer app or at meijer.com/mperks.

Meijer, 2929 Walker Ave NW, Grand Rapids, MI 49544
""",
    ),
    m(
        "h3lz",
        "2025-11-28 05:30",
        MEIJER,
        "Black Friday deals are LIVE - exclusive mPerks offers inside",
        N(),
        headers={"List-Unsubscribe": "<https://www.meijer.com/unsubscribe>"},
        html="""\
<html><body style="font-family:Arial,sans-serif">
<div style="background:#d60000;color:#fff;padding:14px;font-size:24px">BLACK FRIDAY</div>
<p>Doors open at 6 AM. Doorbusters on 65" TVs, air fryers and toys, plus an exclusive mPerks offer:
<b>$10 off $100 in General Merchandise</b>.</p>
<p><a href="https://www.meijer.com/shopping/black-friday.html?cmpid=em_bf25">Shop now</a></p>
</body></html>""",
    ),
    m(
        "n6fi",
        "2025-12-20 09:10",
        MEIJER,
        "Last-minute holiday offers, Marcus",
        N(),
        headers={"List-Unsubscribe": "<https://www.meijer.com/unsubscribe>"},
        text="""\
Still shopping? Order by 2 PM for same-day pickup at Meijer Grove City (Stringtown Rd).

Your offers: $5 off a $25 toy purchase, 20% off holiday decor, free cookie tray with $75 grocery
order. Clip in the app.
""",
    ),
    # --- Brightcart as a shop (not a job) ---------------------------------------------------------
    m(
        "c0nh",
        "2025-10-25 15:33",
        BRIGHTCART_SHOP,
        "Shipped: your Brightcart order #113-4420917",
        N(),
        text="""\
Hi Marcus,

Good news - your order has shipped and will arrive Monday, October 27.

  Wilson NFL Youth Football (size Junior) x 2
  Coaching whistle + lanyard (3-pack)

Track your package: https://www.brightcart.example/orders/113-4420917/track

Thanks for shopping with Brightcart.
""",
    ),
    m(
        "k5ix",
        "2025-12-12 19:58",
        BRIGHTCART_SHOP,
        "Delivered: your Brightcart order #113-5108234",
        N(),
        text="""\
Your package was delivered at 7:51 PM. It was left at the front door.

  Steel-toe work boots, men's 11 (Wide)

How was your delivery? https://www.brightcart.example/orders/113-5108234/feedback
""",
    ),
    # --- Bills, services and accounts ----------------------------------------------------------
    m(
        "t2rq",
        "2025-09-10 05:12",
        COP,
        "Your Central Ohio Power bill is ready",
        N(),
        text="""\
Hi MARCUS WHITAKER,

Your bill for service at 2214 Longview Ct, Grove City is ready.
Amount due: $148.62   Due date: 09/29/2025

View and pay: https://myaccount.centralohiopower.example

Ways to save: Set your thermostat to 78 degrees in summer.
""",
    ),
    m(
        "a7dk",
        "2025-10-10 05:14",
        COP,
        "Your Central Ohio Power bill is ready",
        N(),
        text="""\
Hi MARCUS WHITAKER,

Your bill for service at 2214 Longview Ct, Grove City is ready.
Amount due: $112.07   Due date: 10/29/2025

View and pay: https://myaccount.centralohiopower.example
""",
    ),
    m(
        "g0um",
        "2025-12-10 05:11",
        COP,
        "Your Central Ohio Power bill is ready",
        N(),
        text="""\
Hi MARCUS WHITAKER,

Your bill for service at 2214 Longview Ct, Grove City is ready.
Amount due: $131.40   Due date: 12/29/2025

Having trouble paying? Ask about PIPP Plus and our payment arrangements.
View and pay: https://myaccount.centralohiopower.example
""",
    ),
    m(
        "w6sb",
        "2026-01-26 10:00",
        COP,
        "Service start confirmed: 3900 Hoover Crossing Dr Apt 214",
        N(),
        text="""\
Your request to start electric service is confirmed.

Service address: 3900 Hoover Crossing Dr, Apt 214, Grove City, OH 43123
Start date: 01/31/2026
Service at 2214 Longview Ct will stop on 02/01/2026; your final bill will be mailed there.

Confirmation #: SS-8841720
""",
    ),
    m(
        "i6xa",
        "2025-09-22 03:40",
        BLUEWAVE,
        "Your Bluewave bill is ready",
        N(),
        text="""\
Hi Marcus, your Bluewave Wireless bill is ready.

Amount: $145.00 (3 lines)   AutoPay date: Oct 1
View your bill: https://my.bluewavewireless.example/bill
""",
    ),
    m(
        "s8ol",
        "2025-11-22 03:42",
        BLUEWAVE,
        "Your Bluewave bill is ready",
        N(),
        text="""\
Hi Marcus, your Bluewave Wireless bill is ready.

Amount: $152.80 (3 lines, includes $7.80 international calls)   AutoPay date: Dec 1
View your bill: https://my.bluewavewireless.example/bill
""",
    ),
    m(
        "d1fh",
        "2026-01-06 14:15",
        BLUEWAVE,
        "Exclusive offer: upgrade and get the new phone on us",
        N(),
        html="""\
<html><body style="font-family:Arial,sans-serif">
<p style="font-size:22px;color:#0077c8"><b>Marcus, this offer is just for you.</b></p>
<p>Trade in any phone and get a new flagship phone <b>on us</b> with a new line on an Unlimited plan.
Limited time. Credit approval required.</p>
<p><a href="https://www.bluewavewireless.example/offers/onus?cmp=em_jan26">Claim your offer</a></p>
<p style="font-size:10px;color:#999">Via 36 monthly bill credits; if you cancel, credits stop. See store for details.</p>
</body></html>""",
    ),
    m(
        "p9yr",
        "2025-10-15 11:05",
        "Buckeye Mutual Insurance <service@buckeyemutual.example>",
        "Your auto policy renews November 15",
        N(),
        text="""\
Hi Marcus,

Your auto policy BM-2290133 for the 2014 Chevrolet Silverado renews on November 15, 2025. Your
new 6-month premium is $612.40 (up $38.10). Your renewal documents are ready in the app.

Questions about your coverage? Call your agent, Linda Perez, at 614-555-0166.

Buckeye Mutual Insurance
""",
    ),
    m(
        "j3mo",
        "2026-01-27 12:40",
        "Buckeye Mutual Insurance <service@buckeyemutual.example>",
        "Your renters insurance policy is active",
        N(),
        text="""\
Welcome, Marcus! Your renters policy BR-6105582 is active as of 01/31/2026.

Property: 3900 Hoover Crossing Dr, Apt 214, Grove City, OH
Personal property: $30,000 | Liability: $100,000 | Premium: $14.25/mo

Your proof of insurance (declarations page) is attached so you can send it to your landlord.
""",
        attach=[
            (
                "Declarations_BR-6105582.pdf",
                "application/pdf",
                "%PDF-1.4 Buckeye Mutual renters declarations",
            )
        ],
    ),
    m(
        "r1co",
        "2025-09-27 09:00",
        "Ohio BMV <noreply@bmv.ohio.gov>",
        "Registration renewal reminder",
        N(),
        text="""\
Ohio Bureau of Motor Vehicles

The registration for your vehicle (plate JHK 4418) expires on your birthday, 10/24/2025. Renew
online at OPLATES.com in about 5 minutes, or visit any deputy registrar agency.

This is an automated reminder from the Ohio BMV.
""",
    ),
    m(
        "x8el",
        "2025-10-02 18:20",
        "Credit Karma <notifications@creditkarma.com>",
        "Your credit score changed",
        N(),
        text="""\
Marcus, your TransUnion score went down 14 points.

A new hard inquiry was added to your report. Hard inquiries usually stay on your report for two
years. See what changed: https://www.creditkarma.com/myfinances/creditreport/transunion

Credit Karma, 1100 Broadway, Oakland, CA 94607
""",
    ),
    m(
        "f4az",
        "2026-02-15 18:20",
        "Credit Karma <notifications@creditkarma.com>",
        "Good news about your credit",
        N(),
        text="""\
Marcus, your Equifax score went up 21 points.

Your credit utilization dropped and a late payment aged off your report. Keep it up!
See details: https://www.creditkarma.com/myfinances/creditreport/equifax
""",
    ),
    m(
        "u8gn",
        "2025-10-18 16:44",
        "Grove City Tire & Auto <service@gctireauto.example>",
        "Your vehicle is ready for pickup",
        N(),
        text="""\
Hi Marcus, your 2014 Chevrolet Silverado is ready for pickup.

Work completed: replaced rear brake pads and rotors, oil change, tire rotation.
Total: $486.19. We're open until 6 PM today.

Grove City Tire & Auto, 3740 Broadway, Grove City
""",
    ),
    m(
        "o5kw",
        "2025-11-02 10:30",
        "Columbus Chevy Superstore <internet@colschevy.example>",
        "Marcus, you're pre-approved! Exclusive offer on a 2026 Silverado",
        N(),
        html="""\
<html><body style="font-family:Arial,sans-serif">
<h2>You're PRE-APPROVED, Marcus!</h2>
<p>Based on your 2014 Silverado, you may qualify for an exclusive trade-in offer plus 0.9% APR on select
2026 Silverado 1500 models. This offer expires Sunday!</p>
<p><a href="https://colschevy.example/offers/preapproved?vin=1GCVK...&amp;utm_source=dms">Claim my offer</a></p>
<p style="font-size:10px;color:#999">Pre-approval is not a guarantee of credit. Subject to lender approval. Unsubscribe.</p>
</body></html>""",
    ),
    m(
        "v7tx",
        "2025-09-14 13:20",
        "Cash App <cash@square.com>",
        "You received $40 from Tyrell Whitaker",
        N(),
        text="""\
You received $40 from Tyrell Whitaker.
For: "gas money for the Akron trip 🏈"

Cash App
""",
    ),
    m(
        "b2ni",
        "2025-12-24 21:02",
        "Cash App <cash@square.com>",
        "You sent $100 to Keisha Whitaker",
        N(),
        text="""\
You sent $100 to Keisha Whitaker.
For: "Mom's gift - my half"

Cash App
""",
    ),
    m(
        "q8hd",
        "2025-11-05 17:02",
        "Westside Pharmacy <rx@westsiderx.example>",
        "Your prescription is ready for pickup",
        N(),
        text="""\
MARCUS, your prescription is ready for pickup at Westside Pharmacy - Grove City.
Rx #...4419. Pick up by 11/15. Reply STOP to opt out.
""",
    ),
    m(
        "m7zs",
        "2025-09-07 22:10",
        "ESPN Fantasy <fantasy@espn.com>",
        "Week 1 recap: Southside Showdown",
        N(),
        text="""\
Week 1 is in the books!

Your team, Grove City Grinders, lost 98.4 - 112.6 to Dre's Dawgs.
Top performer: your RB1 with 24.3 points.

Set your Week 2 lineup: https://fantasy.espn.com/football/team?leagueId=482211
""",
    ),
    m(
        "y0bw",
        "2025-12-29 09:00",
        "ESPN Fantasy <fantasy@espn.com>",
        "Championship result: Southside Showdown",
        N(),
        text="""\
The season is over! Grove City Grinders finished 3rd after winning the consolation bracket.
Champion: Dre's Dawgs.

Thanks for playing ESPN Fantasy Football. See you next season.
""",
    ),
    m(
        "e0ov",
        "2026-01-28 07:40",
        "Ohio Valley Logistics Payroll <payroll@ohiovalleylogistics.example>",
        "Your 2025 W-2 is available",
        N(),
        text="""\
Hello Marcus,

Your 2025 Form W-2 from Ohio Valley Logistics, Inc. is now available in the former-employee
portal. Log in with your employee ID (OVL-20417) to view or download it. If you prefer a paper
copy, it was mailed to your address on file by January 31.

Ohio Valley Logistics Payroll
""",
    ),
    m(
        "h6pe",
        "2025-09-05 16:10",
        "Ohio Valley Logistics HR <hr@ohiovalleylogistics.example>",
        "Final pay and benefits information",
        N(),
        text="""\
Marcus,

As discussed, your final paycheck (including 38 hours of unused PTO) will be direct deposited on
Friday, September 12. Your medical, dental and vision coverage ends September 30, 2025. COBRA
continuation paperwork will be mailed to your home by our benefits administrator within 14 days.

Thank you for six years with Ohio Valley Logistics. We're sorry the night-shift closure affected
you, and we wish you the best.

Pam Kessler
HR Manager, Ohio Valley Logistics - Columbus South
""",
    ),
    m(
        "k9uf",
        "2026-01-19 20:30",
        "FileRight Tax <hello@filerighttax.example>",
        "Your W-2 and 1099-G are here. Let's get your refund.",
        N(),
        text="""\
It's tax season, Marcus! Import your W-2 and unemployment 1099-G in seconds and file your federal
and Ohio returns. Simple returns are free. Start now: https://www.filerighttax.example/start
""",
    ),
    m(
        "d8nq",
        "2025-12-05 08:15",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        N(),
        text="""\
A new sign-in on Windows

mdwhitaker.gc@gmail.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't
need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications
""",
    ),
    m(
        "g2xj",
        "2025-10-30 19:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Terrence Hall on the new job",
        N(),
        text="""\
Terrence Hall started a new position as Distribution Center Manager at Polar Point Cold Storage.

Say congrats: https://www.linkedin.com/feed/update/urn:li:activity:7389112098

----
This email was intended for Marcus Whitaker. Unsubscribe: https://www.linkedin.com/e/v2?e=3b7c-mdwhitaker&a=notif-unsub
""",
    ),
    m(
        "n1ab",
        "2026-02-09 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Marcus, 14 people congratulated you on your new position",
        N(),
        text="""\
Andre Wallace, Tamika Brooks and 12 others reacted to your update: "Starting a new position as
Warehouse Operations Supervisor at Corridor Logistics".

See all: https://www.linkedin.com/feed/update/urn:li:activity:7426690014

----
This email was intended for Marcus Whitaker. Unsubscribe: https://www.linkedin.com/e/v2?e=3b7c-mdwhitaker&a=notif-unsub
""",
    ),
    m(
        "c6gv",
        "2026-02-10 14:26",
        "Jerome Hatfield <jhatfield@corridorlogistics.example>",
        "PIT recert - Thursday 2/12 at 1pm",
        N(),
        text="""\
Marcus - you're on the list for the PIT recertification class Thursday at 1:00 in the Bldg 2
training room (sit-down counterbalance and reach). Bring your old card. After that you can sign
off your own team's evaluations.

Also sending this to your personal email since your Outlook account isn't set up yet.

Jerome
""",
    ),
    # --- Newsletters ------------------------------------------------------------------------------
    m(
        "p4ks",
        "2025-09-09 06:00",
        WFW,
        "Q&A with the VP of Operations at Caldwell's distribution network",
        N(),
        html="""\
<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<p style="font-size:11px;color:#888">Warehouse Floor Weekly &middot; September 9, 2025</p>
<h1>"Our best supervisors came off the dock"</h1>
<p><i>This week we interview Renata Soares, VP of Operations for Caldwell's six distribution centers,
including the 1.2 million sq ft DC 6082 in Groveport.</i></p>
<p><b>WFW: You're hiring 40 front-line leads this fall. What do you look for?</b><br>
Soares: People who've run a shift. I'll take someone with a forklift card and six years on a 3PL
floor over a fresh MBA. We promote from within when we can, but peak makes that hard.</p>
<p><b>WFW: How has your interview process changed?</b><br>
Soares: We moved to structured interviews and a short online assessment, and we stopped asking
people to come in three times.</p>
<p><a href="https://warehousefloorweekly.example/2025/09/09/caldwells-qa">Read the full interview</a></p>
<hr><p><b>Also this week:</b> Peak season hiring outlook: Central Ohio 3PLs expect to add 9,000 seasonal jobs. |
Yard management on a budget. | OSHA's new heat rule: what it means for docks.</p>
<p style="font-size:11px;color:#888">You're receiving this because you subscribed. <a href="https://warehousefloorweekly.example/u">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "i5ql",
        "2025-10-07 06:00",
        WFW,
        "Peak is here: slotting, seasonal onboarding, and a dispatcher's war stories",
        N(),
        text="""\
WAREHOUSE FLOOR WEEKLY - October 7, 2025

1. Slotting for peak: move your top 50 SKUs now, not in November.
2. Onboarding 300 seasonal hires in two weeks: one DC's playbook.
3. "Dock Talk" podcast: we interview a dispatcher with 30 years on the radio about the worst
   snowstorm of his career. Listen: https://warehousefloorweekly.example/docktalk/ep41

JOBS BOARD (sponsored): Operations Supervisor - Obetz | Inventory Analyst - Lockbourne | ...

"""
        + _WFW_FOOTER,
    ),
    m(
        "z9dc",
        "2025-11-04 06:00",
        WFW,
        "Q&A: Corridor Logistics' VP of Operations on labor, automation and day shifts",
        N(),
        text="""\
WAREHOUSE FLOOR WEEKLY - November 4, 2025

Q&A: "Day shift is a retention tool"
We sat down with Marcia Delgado, VP of Operations at Corridor Logistics, a 3PL with four
buildings in Obetz and Groveport.

WFW: You've moved most supervisors to days. Why?
Delgado: Turnover. Our night-shift leads were leaving after a year. When we offered a real day
schedule, applications for supervisor roles tripled.

WFW: What does a good supervisor candidate look like to you?
Delgado: Someone who's run a team of 20 and can explain their safety numbers. We'll teach our WMS.

Read more: https://warehousefloorweekly.example/2025/11/04/corridor-qa

"""
        + _WFW_FOOTER,
    ),
    m(
        "s5ye",
        "2025-12-09 06:00",
        WFW,
        "After peak: what to do with your seasonal associates",
        N(),
        text="""\
WAREHOUSE FLOOR WEEKLY - December 9, 2025

- Converting seasonal associates to permanent: the math and the interview.
- Cold storage expansion: Lancaster Cold Storage breaks ground on a second Groveport freezer.
- Reader mailbag: "How do I tell my GM the labor plan is wrong?"

"""
        + _WFW_FOOTER,
    ),
    m(
        "l8fv",
        "2026-01-13 06:00",
        WFW,
        "2026 outlook: wages, robotics and the supervisor shortage",
        N(),
        text="""\
WAREHOUSE FLOOR WEEKLY - January 13, 2026

Our annual outlook: Central Ohio warehouse wages rose 4.1% in 2025. Supervisors with WMS and
people skills remain the hardest roles to fill, according to five DC leaders we interviewed.

Full story: https://warehousefloorweekly.example/2026/01/13/outlook

"""
        + _WFW_FOOTER,
    ),
    m(
        "a3uj",
        "2025-09-19 12:00",
        "Grove City Record <newsletter@grovecityrecord.example>",
        "Brightcart's new Etna fulfillment center to hire 1,000; Stringtown Rd construction",
        N(),
        text="""\
THE GROVE CITY RECORD - Friday Briefing

* Brightcart says its new CMH7 fulfillment center in Etna will hire about 1,000 full- and
  part-time workers by spring. Starting pay is $20.50 an hour; the company is holding
  walk-in hiring events on Saturdays.
* Stringtown Road lane closures continue through October.
* Greyhounds youth football opens its season 2-0.
* Council approves new pickleball courts at Fryer Park.

Read more at grovecityrecord.example
""",
    ),
    m(
        "x1wm",
        "2025-12-12 12:00",
        "Grove City Record <newsletter@grovecityrecord.example>",
        "Holiday lights at Town Center; Grove City youth football honors coaches",
        N(),
        text="""\
THE GROVE CITY RECORD - Friday Briefing

* Holiday lights at Town Center every night through Jan 1.
* Grove City Youth Football's banquet honored volunteer coaches, including 10U head coach
  Marcus Whitaker, whose Greyhounds reached the league semifinal.
* A local food pantry needs drivers for its Saturday delivery route.

Read more at grovecityrecord.example
""",
    ),
    m(
        "r7ha",
        "2025-10-23 10:00",
        "Ohio State Buckeyes <buckeyes@osu-athletics.example>",
        "Tickets are going fast: Buckeyes vs. Penn State",
        N(),
        text="""\
O-H! Limited tickets remain for Ohio State vs. Penn State on Saturday, November 1 at Ohio Stadium.
Get yours before they're gone: https://ohiostatebuckeyes.example/tickets

Unsubscribe: https://ohiostatebuckeyes.example/unsub
""",
    ),
    m(
        "f6cs",
        "2026-01-03 09:00",
        "IronWorks Gym <members@ironworksgym.example>",
        "New year, new you: bring a friend free all January",
        N(),
        text="""\
Marcus, your membership includes a free guest pass all January. Bring a workout partner any time.
New 5:00 AM bootcamp starts Monday. See you on the floor!

IronWorks Gym Grove City
""",
    ),
    # --- more of the same --------------------------------------------------------------------------
    m(
        "z1pn",
        "2025-10-31 06:10",
        SVFCU,
        "Your October eStatement is ready",
        N(),
        text="""\
Your October 2025 eStatement for account ending 4471 is ready to view in Online Banking.

Log in: https://online.sciotovalleyfcu.example
""",
    ),
    m(
        "h5eb",
        "2025-11-10 05:13",
        COP,
        "Your Central Ohio Power bill is ready",
        N(),
        text="""\
Hi MARCUS WHITAKER,

Your bill for service at 2214 Longview Ct, Grove City is ready.
Amount due: $97.55   Due date: 11/28/2025

View and pay: https://myaccount.centralohiopower.example
""",
    ),
    m(
        "m0vd",
        "2025-12-18 08:30",
        "City of Grove City Utilities <utilitybilling@grovecityohio.example>",
        "Your water and sewer bill",
        N(),
        text="""\
City of Grove City - Utility Billing

Account: 0044-21870-02  Service address: 2214 Longview Ct
Amount due: $88.34  Due: 01/08/2026

Pay online at grovecityohio.example/pay. Thank you!
""",
    ),
    m(
        "d7fz",
        "2025-10-08 13:01",
        "StreamFlix <info@streamflix.example>",
        "Your payment didn't go through",
        N(),
        text="""\
Hi Marcus,

We couldn't process your payment for this month's membership. Please update your payment method
to keep watching: https://www.streamflix.example/youraccount

If we don't receive payment by October 15, your membership will be paused.

- The StreamFlix team
""",
    ),
    m(
        "w9ig",
        "2025-12-06 11:15",
        KROGER,
        "Your Pickup order is ready",
        N(),
        text="""\
Your order is ready for Pickup at Kroger Grove City Marketplace (Stringtown Rd).

Pickup window: Today, 11:00 AM - 12:00 PM
Park in a Pickup spot and tap "I'm here" in the app.

Substitutions: 1 (Kroger Large Eggs 18ct for 12ct)
""",
    ),
    m(
        "a2rc",
        "2025-11-25 15:40",
        "Scioto Tech Financial Aid <finaid@sciototech.example>",
        "Your financial aid award letter is ready",
        N(),
        text="""\
Hi Marcus,

Your 2025-26 financial aid offer is ready to review in MyScioto. Based on your FAFSA you have been
offered a Federal Pell Grant for Spring 2026. You must accept or decline each award by December
15. Workforce students may also be eligible for a WIOA training voucher.

Review your award letter: https://my.sciototech.example/finaid/awards

Office of Financial Aid, Scioto Technical College
""",
    ),
    m(
        "k8cj",
        "2025-12-08 10:00",
        "Ohio State Buckeyes <buckeyes@osu-athletics.example>",
        "College Football Playoff tickets: member presale",
        N(),
        text="""\
The Buckeyes are headed to the College Football Playoff! Member presale for the home playoff game
opens Wednesday at 10 AM. Limit 4 per account.

https://ohiostatebuckeyes.example/tickets/cfp
""",
    ),
    m(
        "t3oq",
        "2026-01-21 12:40",
        "Columbus Metro Movers <estimates@columbusmetromovers.example>",
        "Your moving estimate - Grove City to Grove City, Jan 31",
        N(),
        text="""\
Hi Marcus,

Thanks for requesting a quote! Here's your estimate for Saturday, January 31:

  From: 2214 Longview Ct, Grove City
  To: 3900 Hoover Crossing Dr, Apt 214, Grove City
  Crew: 2 movers + 26' truck, 3-hour minimum
  Estimated total: $540 - $660 (hourly at $165/hr, plus $60 truck fee)

Reply YES to book, or call our dispatcher at 614-555-0144. Dates in late January fill fast.

Columbus Metro Movers - local moves since 2009
""",
    ),
]
