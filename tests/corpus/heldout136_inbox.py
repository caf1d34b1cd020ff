# ruff: noqa: E501, RUF100
"""Corpus 136, the ordinary inbox, part one (data only): see heldout136.py.

Bills, shops, newsletters, lettings, the council, the GP and the look-alikes: rental, loan,
credit-card, volunteer, MSc, school and GP-registration "applications", an admissions
"interview", marketing "offers", newsletters that interview people or talk about hiring."""

from __future__ import annotations

from typing import Any

from heldout136_jobs import N, ics, m

HB = "Harbour Bank <hello@mail.harbourbank.example>"
MWE = "Mosswood Energy <noreply@account.mosswood-energy.example>"
NPM = "Northern Pantry <offers@email.northernpantry.example>"
HM = "Hartley & Moss Lettings <lettings@hartleymoss.example>"
TC = "The Tidy Column <hello@tidycolumn.example>"
NBU = "Northbridge University Admissions <pgadmissions@northbridge.ac.example>"
KM = "Kite Mobile <mybill@kitemobile.example>"
PN = "ParcelNorth <tracking@parcelnorth.example>"
ASHC = "Ashworth Council <noreply@ashworth.gov.example>"

TC_FOOT = """
--
You're receiving The Tidy Column because you subscribed at tidycolumn.example. It's free, it's weekly, and it's written by one person with too many spreadsheets.
Unsubscribe: https://tidycolumn.example/unsubscribe?u=8f31c2 | Past issues: https://tidycolumn.example/archive"""

UNSUB_NP = {
    "List-Unsubscribe": "<mailto:unsubscribe@email.northernpantry.example?subject=unsub-4471902>, <https://email.northernpantry.example/u/4471902>"
}
UNSUB_TC = {
    "List-Unsubscribe": "<https://tidycolumn.example/unsubscribe?u=8f31c2>",
    "List-Id": "The Tidy Column <weekly.tidycolumn.example>",
}

MAIL: list[dict[str, Any]] = [
    m(
        "gljl",
        "2025-09-15 06:12",
        HB,
        "Your September statement is ready",
        N(),
        text="""Hi Priya,

Your statement for Current Account ending 4417 (1 August - 31 August 2025) is now ready to view in the app.

Open the app: https://harbourbank.example/app/statements

We'll never ask for your PIN or passcode by email.

Harbour Bank is a trading name of Harbour Bank UK Ltd, authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA (FRN 731901).
""",
    ),
    m(
        "dyci",
        "2025-09-18 10:40",
        MWE,
        "Your September energy statement",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Priya,</p>
<p>Your latest statement for <b>22 Nell Lane, Chorlton, M21 7SN</b> is ready.</p>
<table cellpadding="6"><tr><td>Electricity</td><td>&pound;48.21</td></tr><tr><td>Gas</td><td>&pound;21.07</td></tr><tr><td><b>Balance</b></td><td><b>&pound;36.90 in credit</b></td></tr></table>
<p>Your Direct Debit of &pound;82.00 will be taken on 1 October.</p>
<p><a href="https://account.mosswood-energy.example/statements">View your statement</a></p>
<p>Thanks for being with Mosswood - 100% renewable electricity, generated in the North.</p>
<p style="font-size:11px;color:#777">Mosswood Energy Ltd, Mosswood House, 44 Bridge Street, Manchester M3 3BW. Registered in England &amp; Wales no. 12603311.</p>
</body></html>""",
    ),
    m(
        "kc8n",
        "2025-09-20 08:02",
        PN,
        "Your parcel from Fernwood Home is on its way",
        N(),
        text="""Good news! Your parcel from Fernwood Home is on its way.

Tracking number: PN7730219554GB
Estimated delivery: Monday 22 September, 10:15 - 11:15

Not going to be in? Choose a safe place or a neighbour: https://parcelnorth.example/t/PN7730219554GB

ParcelNorth - delivering across the North West
""",
    ),
    m(
        "j34p",
        "2025-09-24 17:00",
        NPM,
        "Priya, your weekly offers are here 🛒",
        N(),
        headers=UNSUB_NP,
        html="""<html><body style="margin:0;font-family:Georgia,serif;background:#f6f1e7">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<img src="https://email.northernpantry.example/img/np-logo.png" alt="Northern Pantry">
<h1 style="color:#2f5d3a">This week's offers</h1>
<p>Hi Priya, here's what's good this week at your local Northern Pantry (Chorlton, Barlow Moor Road):</p>
<ul><li>3 for &pound;10 on Pantry Kitchen ready meals</li><li>Half price Lancashire cheeses</li><li>Any 2 bottles of wine for &pound;12 - Pantry Points members only</li></ul>
<p><a href="https://email.northernpantry.example/c/offers-w39?u=4471902">Shop the offers</a></p>
<p style="font-size:10px;color:#777">Offers valid 24-30 September 2025 in England while stocks last. Northern Pantry is a trading name of Halewood Retail Group plc, Halewood House, Pear Mill Way, Stockport SK6 2BP. <a href="https://email.northernpantry.example/u/4471902">Unsubscribe</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "zqv9",
        "2025-09-27 07:30",
        TC,
        "#112: Dashboards nobody opens",
        N(),
        headers=UNSUB_TC,
        text="""Hello spreadsheet people,

This week: why most dashboards die within 90 days, and the three questions I now ask before I build anything.

1. Who will open this on a Monday morning, and what will they do differently?
2. What's the one number that goes at the top?
3. Who owns it when I'm on holiday?

Also in this issue:
- A lovely piece on reproducible reporting in R from a hospital analytics team
- Power BI's new visual calculations, tested honestly
- A reader asks: "How do I stop being the person who fixes everyone's VLOOKUPs?"

Read the full issue: https://tidycolumn.example/112?utm_source=email

Until next week,
Fiona
"""
        + TC_FOOT,
    ),
    m(
        "x3g5",
        "2025-09-29 09:14",
        KM,
        "Your Kite Mobile bill is ready",
        N(),
        text="""Hi Priya,

Your bill for 07700 900533 is ready.

Amount: £14.00
Payment date: 6 October 2025 (Direct Debit)

Data used this month: 11.2GB of 30GB

View your bill: https://my.kitemobile.example/bills

Kite Mobile
""",
    ),
    m(
        "wrs9",
        "2025-10-02 11:21",
        "Chorlton Park Surgery <noreply@chorltonpark-surgery.example>",
        "Your NHS flu vaccination invitation",
        N(),
        text="""Dear Priya Natarajan,

You are eligible for a free NHS flu vaccination this autumn as a parent of a child aged 2 or 3 / as a household contact (please see the attached leaflet for who is eligible).

We are holding Saturday flu clinics on 11th, 18th and 25th October. Please book a slot using the link below or by calling the surgery after 11am:

https://book.chorltonpark-surgery.example/flu2025?p=5521

Children aged 2 and 3 are offered the nasal spray vaccine. You can book Arjun's appointment at the same time.

Kind regards,
The Practice Team
Chorlton Park Surgery
This inbox is not monitored. Please do not reply.
""",
    ),
    m(
        "jssm",
        "2025-10-04 12:05",
        "Nick Hartley <nick@hartleymoss.example>",
        "22 Nell Lane - landlord's intention to sell",
        N(),
        text="""Dear Priya and Rohan,

I'm writing to let you know that your landlord, Mr Aldred, has decided to sell 22 Nell Lane. I appreciate this will be unwelcome news - you've been excellent tenants.

You'll shortly receive formal notice by post. In practice, he's happy for you to stay until the end of January to give you time to find somewhere, and we'll of course give you first look at anything suitable on our books. We currently have a couple of 3-bed properties in Ashworth and Chorlton coming up.

Please give me a ring if you'd like to talk it through.

Kind regards,

Nick Hartley
Director
Hartley & Moss Lettings | 0161 496 0908
Member of Propertymark. Client money protected.
""",
    ),
    m(
        "y1kc",
        "2025-10-07 13:10",
        "HealthData North <events@eventhive.example>",
        "You're registered: HealthData North #14 - NHS data in the real world",
        N(),
        text="""Hi Priya,

You're going to HealthData North #14!

Tuesday 4 November 2025, 18:00 - 20:30
Bruntwood Works, Manchester One, 53 Portland Street, M1 3LD

Talks:
- "Waiting lists are a data quality problem" - a Band 8a analyst's war stories
- Building an R package your whole team will actually use
- Lightning talks (5 mins each, sign up on the night)

Pizza and soft drinks provided. Add it to your calendar with the attached invite.

See you there,
HealthData North organisers
Powered by EventHive
""",
        ics=ics(
            "ehv-hdn14-55c3e1@eventhive.example",
            "2025-11-04 18:00",
            "HealthData North #14 - NHS data in the real world",
            ("HealthData North", "events@eventhive.example"),
            minutes=150,
            location="Bruntwood Works, Manchester One, 53 Portland Street, M1 3LD",
        ),
    ),
    m(
        "g0zh",
        "2025-10-09 18:44",
        "HomeHunt <alerts@homehunt.example>",
        "5 new properties to rent in Chorlton & Ashworth",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Priya, here are new properties matching your alert <b>"3 bed, up to &pound;1,450 pcm, Chorlton / Ashworth"</b>:</p>
<p><b>&pound;1,395 pcm</b> - 3 bedroom semi-detached, Larkhill Road, Whitlow, Ashworth<br>Marketed by Hartley &amp; Moss Lettings - <a href="https://homehunt.example/p/88123011">View property</a></p>
<p><b>&pound;1,450 pcm</b> - 3 bedroom flat, Wilbraham Court, Chorlton<br>Marketed by Hartley &amp; Moss Lettings - <a href="https://homehunt.example/p/88120576">View property</a></p>
<p><b>&pound;1,300 pcm</b> - 3 bedroom terraced, Cavendish Street, Ashworth<br>Marketed by Brook Residential</p>
<p style="font-size:11px;color:#888">You're receiving this because you created an alert on HomeHunt. <a href="https://homehunt.example/alerts">Manage alerts</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://homehunt.example/alerts/unsubscribe?a=31190>"},
    ),
    m(
        "ch8s",
        "2025-10-11 07:30",
        TC,
        "#114: In conversation with an NHS analyst who killed a two-day report",
        N(),
        headers=UNSUB_TC,
        text="""Hello spreadsheet people,

This week's issue is an interview. I sat down with Jess, a Band 7 analyst at a northern acute trust, who took their weekly A&E performance pack from two days of copy-paste to a 20 minute refresh.

Q: Where did you start?
A: By asking the ops managers which of the 46 pages they actually read. The answer was four.

Q: What would you tell someone applying for their first NHS analyst job?
A: Learn what SUS and ECDS are before the interview. And be nice to the coding team.

Q: Tools?
A: SQL Server, R, and a lot of patience with the data warehouse.

Read the full interview: https://tidycolumn.example/114?utm_source=email

Next week: "Stop calling it a data lake."

Fiona
"""
        + TC_FOOT,
    ),
    m(
        "hkfq",
        "2025-10-13 15:02",
        "Pennyworth Loans <decisions@pennyworthloans.example>",
        "Your loan application - our decision",
        N(),
        text="""Dear Ms Natarajan,

Thank you for your recent application for a personal loan of £6,000 over 36 months (reference PW-2025-771902).

We're sorry, but we are unable to offer you a loan at this time. This decision was based on information from your application and from credit reference agencies, including the length of time at your current address and your existing commitments.

This decision does not affect your ability to apply with other lenders. You can ask us to explain the main reasons for our decision, and you have the right to a free copy of your credit file from the credit reference agencies listed below.

Yours sincerely,

Lending Decisions Team
Pennyworth Loans Ltd is authorised and regulated by the Financial Conduct Authority (FRN 681004).
""",
    ),
    m(
        "hork",
        "2025-10-14 09:30",
        HM,
        "Viewing confirmed - Flat 3, Wilbraham Court, Chorlton",
        N(),
        text="""Hi Priya,

Thank you for booking a viewing.

Property: Flat 3, Wilbraham Court, Wilbraham Road, Chorlton M21 9JY
Date: Wednesday 15 October 2025
Time: 17:45
Agent: Ellie Moss

Please arrive a couple of minutes early; parking is on the road outside. A calendar invite is attached.

Hartley & Moss Lettings
""",
        ics=ics(
            "hm-viewing-8812-0576@hartleymoss.example",
            "2025-10-15 17:45",
            "Viewing: Flat 3 Wilbraham Court (Hartley & Moss)",
            ("Hartley & Moss Lettings", "lettings@hartleymoss.example"),
            minutes=20,
            location="Flat 3, Wilbraham Court, Wilbraham Road, Chorlton M21 9JY",
        ),
    ),
    m(
        "wscz",
        "2025-10-16 10:12",
        HM,
        "Thank you for your application - Flat 3, Wilbraham Court",
        N(),
        text="""Dear Priya,

Thank you for submitting an application to rent Flat 3, Wilbraham Court at £1,450 pcm.

We'll put your offer to the landlord today. If the landlord would like to proceed, we'll ask you to pay a holding deposit of one week's rent (£334.61) and you'll be sent a link to complete referencing with LetCheck.

Please note that several applications have been received for this property.

Kind regards,
Ellie Moss
Lettings Negotiator
""",
    ),
    m(
        "zd2m",
        "2025-10-21 16:48",
        "Ellie Moss <ellie@hartleymoss.example>",
        "Wilbraham Court",
        N(),
        text="""Hi Priya,

Sorry to be the bearer of bad news, but the landlord has decided to go ahead with another applicant for Wilbraham Court - they could move in sooner and offered 12 months upfront, which is hard to compete with.

The good news is that Larkhill Road in Whitlow is back on the market (the previous let fell through). It's a lovely semi with a garden, £1,395 pcm. Shall I book you a viewing for this weekend?

Ellie
""",
    ),
    m(
        "u20v",
        "2025-10-23 20:15",
        "Irwell Food Bank <volunteer@irwellfoodbank.example>",
        "Thanks for your volunteer application!",
        N(),
        text="""Hi Priya,

Thank you so much for applying to volunteer with Irwell Food Bank. We've received your application for the Saturday warehouse team (and we've noted you're happy to help with our data and referrals spreadsheet too - brilliant!).

Our volunteer coordinator, Gwen, will be in touch within a week to invite you to an induction session. We just need one reference, which we'll request from the person you named.

Thanks for helping us make sure nobody in our community goes hungry.

Irwell Food Bank
Registered charity 1151887
""",
    ),
    m(
        "i249",
        "2025-10-25 09:00",
        MWE,
        "Energy prices from 1 January 2026",
        N(),
        text="""Dear Priya,

Ofgem has announced the energy price cap for 1 January to 31 March 2026. As you're on our Mosswood Flex tariff, your unit rates and standing charges will change on 1 January.

Electricity unit rate: 26.41p/kWh (was 26.03p)
Gas unit rate: 6.46p/kWh (was 6.33p)

Your Direct Debit will be reviewed after your next meter reading. You don't need to do anything.

If you'd like to fix your prices, have a look at our Mosswood Fix 12 tariff in your account.

Mosswood Energy
""",
    ),
    m(
        "uwt0",
        "2025-10-28 14:36",
        NBU,
        "Application received - MSc Data Science (part-time, online) - 2026 entry",
        N(),
        text="""Dear Priya,

Application ID: NBU-PG-26-044917

Thank you for applying to study MSc Data Science (part-time, online) at Northbridge University, starting September 2026.

Your application will now be considered by the admissions tutor for the programme. For some programmes, applicants are invited to a short interview with the programme team. We aim to make a decision within six weeks.

You can track your application and upload any supporting documents in the Applicant Portal:
https://apply.northbridge.ac.example/portal

Kind regards,
Postgraduate Admissions
Northbridge University
""",
    ),
    m(
        "ny26",
        "2025-10-30 16:10",
        NPM,
        "Your Pantry Points statement: 1,284 points 🎃",
        N(),
        headers=UNSUB_NP,
        html="""<html><body style="font-family:Georgia,serif">
<p>Hi Priya,</p>
<p>You've collected <b>1,284 Pantry Points</b> so far this quarter - that's <b>&pound;12.84</b> to spend.</p>
<p>Plus: spooky savings all weekend - pumpkins from 75p and half price party food.</p>
<p><a href="https://email.northernpantry.example/c/points?u=4471902">See your vouchers</a></p>
<p style="font-size:10px;color:#777">Northern Pantry is a trading name of Halewood Retail Group plc. <a href="https://email.northernpantry.example/u/4471902">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "h89x",
        "2025-11-03 08:00",
        "MCR Tech Weekly <newsletter@mcrtechweekly.example>",
        "Tallyfold's £12m raise, Mosswood's hiring freeze, and the return of the Ancoats meetup",
        N(),
        headers={"List-Unsubscribe": "<https://mcrtechweekly.example/unsub?id=29104>"},
        text="""MCR TECH WEEKLY - 3 November 2025

FUNDING
Tallyfold raises £12m Series A. The Manchester expense-management start-up says it will double its 60-strong team over the next 18 months, with most hires in engineering and data. CEO Amira Qureshi: "Manchester has the talent, we just need to stop losing it to London."

ENERGY
Mosswood Energy is said to be pausing "non-critical hiring" across customer operations as suppliers brace for another difficult winter.

JOBS BOARD
Featured roles this week from our partners: Senior Frontend Engineer (Kiteline Health), Data Engineer (Quayside Media Group), Product Designer (Tallyfold).

EVENTS
- Ancoats Data Drinks is back: Thursday 13 November, Seven Bro7hers Ancoats
- HealthData North #14: Tuesday 4 November

Forwarded this? Subscribe at mcrtechweekly.example
Unsubscribe: https://mcrtechweekly.example/unsub?id=29104
""",
    ),
    m(
        "e61i",
        "2025-11-05 12:20",
        HM,
        "Holding deposit received - 14 Larkhill Road, Whitlow",
        N(),
        text="""Dear Priya and Rohan,

Thank you - we have received your holding deposit of £321.92 for 14 Larkhill Road, Whitlow, Ashworth.

The property is now reserved for you while referencing is completed. Under the Tenant Fees Act 2019, we will hold the deposit for up to 15 days (the "deadline for agreement"), which is 20 November 2025.

Next steps:
1. Complete your LetCheck referencing (link sent separately)
2. We'll send you the tenancy agreement to sign electronically
3. Pay the balance of the first month's rent and the tenancy deposit

Kind regards,
Hartley & Moss Lettings
""",
    ),
    m(
        "g92l",
        "2025-11-06 09:15",
        "LetCheck <noreply@letcheck.example>",
        "Complete your tenant referencing application",
        N(),
        text="""Hi Priya,

Hartley & Moss Lettings has asked us to reference you for 14 Larkhill Road, Whitlow, Ashworth.

Start your application: https://app.letcheck.example/ref/2B8KQ9

You'll need:
- Details of your current employer and salary (we'll contact them to confirm)
- Your current landlord's details
- Three months of bank statements, or open banking access

It usually takes about 15 minutes.

LetCheck - tenant referencing made simple
""",
    ),
    m(
        "rxgo",
        "2025-11-10 11:48",
        "LetCheck <noreply@letcheck.example>",
        "Good news - your referencing is complete",
        N(),
        text="""Hi Priya,

Your referencing for 14 Larkhill Road is complete and the result has been sent to Hartley & Moss Lettings.

Outcome: Accepted

Your employer (Calderbrook Housing) confirmed your employment and income, and your current landlord gave a positive reference.

LetCheck
""",
    ),
    m(
        "i3b3",
        "2025-11-12 15:03",
        "Hartley & Moss Lettings via Docusign <dse@eumail.docusign.net>",
        "Please DocuSign: Assured Shorthold Tenancy - 14 Larkhill Road.pdf",
        N(),
        reply_to="lettings@hartleymoss.example",
        text="""Hartley & Moss Lettings sent you a document to review and sign.

REVIEW DOCUMENT: https://eu.docusign.net/Signing/EmailStart.aspx?a=0f9c2b71-5d4e-4a1a-bd31-73e6c2a8f004&er=5c0d

Dear Priya and Rohan,

Please review and sign the Assured Shorthold Tenancy agreement for 14 Larkhill Road, Whitlow, Ashworth, commencing 10 January 2026. Both tenants need to sign.

Many thanks,
Hartley & Moss Lettings

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""",
    ),
    m(
        "lh7y",
        "2025-11-13 21:30",
        "Docusign <dse@eumail.docusign.net>",
        "Completed: Assured Shorthold Tenancy - 14 Larkhill Road.pdf",
        N(),
        text="""All parties have completed Assured Shorthold Tenancy - 14 Larkhill Road.pdf.

View the completed document: https://eu.docusign.net/Member/EmailStart.aspx?a=63ae1bd0-8c0e-4f3d-a2e2-2a4d9b017c55&er=5c0d

Envelope sent by Hartley & Moss Lettings (lettings@hartleymoss.example)

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.
""",
    ),
    m(
        "fb6c",
        "2025-11-14 19:02",
        "Aldgate Card <no-reply@aldgatecard.example>",
        "Good news about your credit card application",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#6a1b9a">You're approved, Priya!</h2>
<p>We're pleased to tell you that your application for the <b>Aldgate Everyday Rewards</b> credit card has been approved.</p>
<p>Credit limit: &pound;2,500<br>Representative 24.9% APR (variable)</p>
<p>Your card will arrive within 5 working days. You'll need to activate it in the Aldgate app before you can use it.</p>
<p style="font-size:11px;color:#777">Aldgate Card is a trading name of Aldgate Consumer Finance Ltd, authorised and regulated by the Financial Conduct Authority. Credit is subject to status.</p>
</body></html>""",
    ),
    m(
        "jmd6",
        "2025-11-15 10:30",
        "Gwen at Irwell Food Bank <volunteer@irwellfoodbank.example>",
        "Volunteer induction - Saturday 22 November",
        N(),
        text="""Hi Priya,

Great news, your reference came back and we'd love to welcome you to the team!

Your induction is on Saturday 22 November, 9.30-11.30am, at the warehouse (Unit 2, Irwell Trading Estate). We'll cover health and safety, how the vouchers and referrals work, and give you a tour. Wear comfy shoes.

I've attached a calendar invite.

Gwen
Volunteer Coordinator
""",
        ics=ics(
            "ifb-induction-20251122-vol@irwellfoodbank.example",
            "2025-11-22 09:30",
            "Irwell Food Bank volunteer induction",
            ("Gwen Roberts", "volunteer@irwellfoodbank.example"),
            minutes=120,
            location="Unit 2, Irwell Trading Estate",
        ),
    ),
    m(
        "qdgr",
        "2025-11-17 06:10",
        HB,
        "Your October statement is ready",
        N(),
        text="""Hi Priya,

Your statement for Current Account ending 4417 (1 October - 31 October 2025) is now ready to view in the app.

Open the app: https://harbourbank.example/app/statements

We'll never ask for your PIN or passcode by email.

Harbour Bank is a trading name of Harbour Bank UK Ltd, authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA (FRN 731901).
""",
    ),
    m(
        "ik05",
        "2025-11-19 10:05",
        "Dr Helen Adair <h.adair@northbridge.ac.example>",
        "MSc Data Science - invitation to an admissions interview",
        N(),
        text="""Dear Priya,

Thank you for your application to the MSc Data Science (part-time, online). As part of our admissions process for applicants without a mathematics degree, I'd like to invite you to a short online interview to talk about the programme and your background.

It's informal - about 20 minutes - and there's nothing to prepare. I've sent a calendar invitation for Wednesday 26 November at 12:30 (Zoom link inside).

If that time doesn't work please reply with a couple of alternatives.

Best wishes,
Helen

Dr Helen Adair
Programme Director, MSc Data Science (Online)
School of Computing and Mathematics, Northbridge University
""",
        ics=ics(
            "nbu-pgadm-7c30f2a9e1@northbridge.ac.example",
            "2025-11-26 12:30",
            "MSc Data Science admissions interview - Priya Natarajan",
            ("Helen Adair", "h.adair@northbridge.ac.example"),
            minutes=20,
            location="https://northbridge.zoom.example/j/88102391144",
        ),
    ),
    m(
        "wlg3",
        "2025-11-22 09:01",
        KM,
        "Your Kite Mobile bill is ready",
        N(),
        text="""Hi Priya,

Your bill for 07700 900533 is ready.

Amount: £14.00
Payment date: 6 December 2025 (Direct Debit)

Data used this month: 9.8GB of 30GB

View your bill: https://my.kitemobile.example/bills

Kite Mobile
""",
    ),
    m(
        "o40h",
        "2025-11-26 07:30",
        "Fernwood Home <hello@fernwoodhome.example>",
        "Black Friday: our biggest offer EVER starts now",
        N(),
        headers={"List-Unsubscribe": "<https://fernwoodhome.example/unsubscribe?e=cHJpeWE>"},
        html="""<html><body style="font-family:Helvetica,sans-serif;text-align:center">
<h1 style="font-size:40px">UP TO 50% OFF</h1>
<p>Throws, cushions, lamps &amp; more. Exclusive offer for our subscribers - starts now, ends Monday midnight.</p>
<p><a href="https://fernwoodhome.example/sale?utm_campaign=bf25" style="background:#000;color:#fff;padding:12px 30px">SHOP THE OFFER</a></p>
<p style="font-size:10px;color:#888">Fernwood Home Ltd, Macclesfield. You're receiving this because you opted in to marketing. <a href="https://fernwoodhome.example/unsubscribe?e=cHJpeWE">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "dakw",
        "2025-11-29 07:30",
        TC,
        "#117: The interview question I always ask analysts",
        N(),
        headers=UNSUB_TC,
        text="""Hello spreadsheet people,

Slightly off-piste this week. A lot of you have written in about job interviews, so here's the question I always ask when I'm hiring an analyst, and why:

"Tell me about a number you produced that turned out to be wrong."

Everyone has one. What I'm listening for is how they found out, who they told, and what they changed. The worst answer is "that's never happened".

Also:
- SQL window functions: a one-page cheat sheet (printable)
- Reader question: "Is a part-time MSc worth it?" (my honest answer: it depends what you want it for)

Read online: https://tidycolumn.example/117?utm_source=email

Fiona
"""
        + TC_FOOT,
    ),
    m(
        "sa4g",
        "2025-12-01 12:44",
        PN,
        "Delivered: your parcel from Fernwood Home",
        N(),
        text="""Your parcel PN7731840012GB was delivered at 12:41.

Left with: neighbour at number 20

Photo of delivery: https://parcelnorth.example/pod/PN7731840012GB

How did we do? Rate your delivery: https://parcelnorth.example/rate/PN7731840012GB
""",
    ),
    m(
        "f4bl",
        "2025-12-02 16:26",
        "DepositSafe <certificates@depositsafe.example>",
        "Your tenancy deposit is protected",
        N(),
        text="""Dear Priya Natarajan,

Your landlord's agent, Hartley & Moss Lettings, has protected your tenancy deposit with DepositSafe.

Property: 14 Larkhill Road, Whitlow, Ashworth
Deposit amount: £1,609.61
Deposit ID: DS-0028817305
Tenancy start date: 10 January 2026

Your Deposit Protection Certificate is attached. Please keep it safe; you will need the Deposit ID at the end of your tenancy.

DepositSafe is a government-authorised tenancy deposit protection scheme.
""",
        attach=[
            (
                "DPC_DS-0028817305.txt",
                "text/plain",
                "Deposit Protection Certificate DS-0028817305 - 14 Larkhill Road, Whitlow - £1,609.61\n",
            )
        ],
    ),
    m(
        "cn28",
        "2025-12-03 18:20",
        "Skyline Fibre <moving@skylinefibre.example>",
        "Moving home? Let's take your broadband with you",
        N(),
        text="""Hi Priya,

Thanks for letting us know you're moving to 14 Larkhill Road, Whitlow on 10 January.

Good news: full fibre is available at your new address. We'll switch your service over on your moving day and an engineer will need to visit to install a new router point. We'll confirm the appointment nearer the time.

Your contract, price and account number stay the same.

The Skyline Fibre team
""",
    ),
    m(
        "lrto",
        "2025-12-04 09:05",
        "Chorlton Park Surgery <noreply@chorltonpark-surgery.example>",
        "Appointment reminder",
        N(),
        text="""Dear Priya,

This is a reminder of your appointment:

Wednesday 10 December 2025 at 08:40
with Practice Nurse - Gemma
Chorlton Park Surgery, 4 Park Road

If you no longer need this appointment please cancel it so it can be offered to someone else: https://book.chorltonpark-surgery.example/cancel?a=903114

Do not reply to this message.
""",
    ),
    m(
        "drc2",
        "2025-12-06 10:00",
        NPM,
        "Christmas delivery slots are open - book yours now 🎄",
        N(),
        headers=UNSUB_NP,
        html="""<html><body style="font-family:Georgia,serif;background:#0f3d2e;color:#fff">
<table width="600" align="center"><tr><td style="padding:24px">
<h1>Christmas at Northern Pantry</h1>
<p>Christmas delivery slots between 19 and 24 December are now open to Pantry Points members. Book early - they go fast!</p>
<p>Plus this week's offer: our award-winning Lancashire turkey crown, 25% off when you pre-order by 14 December.</p>
<p><a style="color:#ffd966" href="https://email.northernpantry.example/c/xmas-slots?u=4471902">Book a slot</a></p>
<p style="font-size:10px">Northern Pantry is a trading name of Halewood Retail Group plc. <a style="color:#ccc" href="https://email.northernpantry.example/u/4471902">Unsubscribe</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "zbdu",
        "2025-12-08 14:15",
        "MailForward <confirmations@mailforward.example>",
        "Your Redirection application is confirmed",
        N(),
        text="""Dear Priya Natarajan,

Thank you for your application. Your mail redirection is confirmed.

From: 22 Nell Lane, Chorlton, M21 7SN
To: 14 Larkhill Road, Whitlow, Ashworth, AW4 2LR
Start date: 12 January 2026
Duration: 12 months
Names included: Priya Natarajan, Rohan Iyer, Arjun Iyer

A letter with an activation code will be sent to your old address. Please enter it online to activate the service.

MailForward
""",
    ),
    m(
        "s5v6",
        "2025-12-10 11:20",
        "Harbour Bank Research <research@harbourbank.example>",
        "Could we interview you about saving? (£40 voucher)",
        N(),
        text="""Hi Priya,

We're redesigning how Savings Pots work in the Harbour app and we'd love to hear from customers like you.

Would you take part in a 45 minute video interview with one of our user researchers? There are no right or wrong answers - we just want to understand how you save. As a thank you we'll send you a £40 shopping voucher.

Choose a time: https://harbourbank.example/research/book?study=pots-dec25

Slots are available between 15 and 19 December.

Thanks,
The Harbour Bank Research team
""",
    ),
    m(
        "lvhe",
        "2025-12-12 08:45",
        MWE,
        "Moving home? We need your meter readings",
        N(),
        text="""Hi Priya,

You told us you're moving out of 22 Nell Lane on 10 January 2026. To make sure your final bill is accurate, please submit meter readings on your moving day:

https://account.mosswood-energy.example/moving

Good news - we also supply 14 Larkhill Road, so we can switch your account over. Your new tariff will be Mosswood Flex.

Mosswood Energy
""",
    ),
    m(
        "s8l8",
        "2025-12-15 16:55",
        NBU,
        "Your offer from Northbridge University",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p><img src="https://apply.northbridge.ac.example/img/crest.png" alt="Northbridge University"></p>
<p>Dear Priya,</p>
<p><b>Congratulations!</b> I am delighted to offer you a place on the <b>MSc Data Science (part-time, online)</b> starting in September 2026.</p>
<p>Your offer is <b>unconditional</b>. Please log in to the Applicant Portal to accept or decline your offer by <b>6 March 2026</b>.</p>
<p>Tuition fee (2026/27): &pound;4,850 per year for two years. You may be eligible for a Postgraduate Master's Loan.</p>
<p><a href="https://apply.northbridge.ac.example/portal/offer">View and respond to your offer</a></p>
<p>Yours sincerely,<br>Postgraduate Admissions, Northbridge University</p>
</body></html>""",
    ),
    m(
        "akb8",
        "2025-12-17 20:10",
        "RailSaver <tickets@railsaver.example>",
        "Your e-tickets: Manchester Piccadilly to Leicester, 24 Dec",
        N(),
        text="""Booking confirmed - ref RS-8X2KQ4

Outward: Wednesday 24 December 2025
Manchester Piccadilly 10:22 -> Leicester 12:31 (change at Sheffield)
Return: Saturday 27 December 2025
Leicester 15:04 -> Manchester Piccadilly 17:19

2 Adults (Two Together Railcard), 1 Child
Total paid: £71.40

Your e-tickets are in the app. Show the QR code at the barriers.

RailSaver
""",
    ),
    m(
        "q04r",
        "2025-12-20 09:30",
        PN,
        "Your parcel from Bookshelf North is out for delivery",
        N(),
        text="""Your parcel PN7733390871GB is out for delivery today between 13:10 and 14:10.

Your driver is Craig. Track live: https://parcelnorth.example/t/PN7733390871GB
""",
    ),
    m(
        "xcv8",
        "2025-12-30 12:02",
        "RailSaver <delayrepay@railsaver.example>",
        "Your Delay Repay claim has been approved",
        N(),
        text="""Hi Priya,

Good news - your Delay Repay claim (DR-2025-4471933) for the 15:04 Leicester to Manchester Piccadilly on 27 December has been approved.

Delay: 34 minutes
Compensation: £8.35, paid to your original payment card within 5 working days.

Thanks for travelling with us, and sorry again for the delay.

RailSaver
""",
    ),
    m(
        "z7bh",
        "2026-01-03 10:12",
        "Skyline Fibre <appointments@skylinefibre.example>",
        "Engineer visit confirmed: Thursday 15 January",
        N(),
        text="""Hi Priya,

Your engineer visit is confirmed.

Address: 14 Larkhill Road, Whitlow, Ashworth, AW4 2LR
Date: Thursday 15 January 2026
Time: 8am - 1pm

Someone over 18 needs to be home. The engineer will text 30 minutes before arriving.

Need to change it? https://my.skylinefibre.example/appointments

Skyline Fibre
""",
    ),
    m(
        "nahn",
        "2026-01-05 15:40",
        HM,
        "Check-in & inventory - 14 Larkhill Road - Saturday 10 January",
        N(),
        text="""Dear Priya and Rohan,

Your tenancy begins on Saturday 10 January. Please meet our inventory clerk, Paula, at the property at 10:00am for the check-in and key handover. It takes about an hour.

Please make sure the balance of the first month's rent has cleared before then.

Welcome to Whitlow!
Hartley & Moss Lettings
""",
        ics=ics(
            "hm-checkin-14larkhill-20260110@hartleymoss.example",
            "2026-01-10 10:00",
            "Check-in & inventory: 14 Larkhill Road",
            ("Hartley & Moss Lettings", "lettings@hartleymoss.example"),
            location="14 Larkhill Road, Whitlow, Ashworth AW4 2LR",
        ),
    ),
    m(
        "y7p6",
        "2026-01-12 11:30",
        ASHC,
        "Council Tax - your new account",
        N(),
        text="""Dear Ms P Natarajan,

Council Tax account number: 60041873

Thank you for telling us you have moved into 14 Larkhill Road, Whitlow, AW4 2LR on 10/01/2026.

Your property is in Band C. The annual charge for 2025/26 is £2,104.37. Your bill for the period 10/01/2026 to 31/03/2026 (£470.22) will be sent by post and is also available online.

You can set up a Direct Debit or sign up for e-billing at https://www.ashworth.gov.example/counciltax

Revenues and Benefits
Ashworth Metropolitan Borough Council
""",
    ),
    m(
        "l08y",
        "2026-01-14 21:05",
        "Ashworth Council School Admissions <admissions@ashworth.gov.example>",
        "Primary school application received - reference AW26-R-03318",
        N(),
        text="""Dear Priya Natarajan,

Thank you for your application for a Reception place for Arjun Iyer, starting in September 2026.

Application reference: AW26-R-03318

Your preferences:
1. Whitlow Primary School
2. St Mary's CE Primary School, Ashworth
3. Larkhill Community Primary School

As you have recently moved into the borough, please upload proof of your new address (tenancy agreement and a utility bill or council tax bill) by 30 January 2026.

The closing date is 15 January 2026. National Offer Day is 16 April 2026, when you will receive an email telling you which school has been offered.

School Admissions Team
Ashworth Council
""",
    ),
    m(
        "asig",
        "2026-01-13 09:00",
        "Irwell Water <welcome@irwellwater.example>",
        "Welcome to Irwell Water",
        N(),
        text="""Hello Priya,

Welcome to your new home! We supply water and wastewater services to 14 Larkhill Road.

Your account number is 8820 1174 4401. Your first bill will be based on your meter reading on 10 January - please submit it online if you haven't already.

Set up a Direct Debit: https://my.irwellwater.example/dd

Irwell Water
""",
    ),
    m(
        "lnoa",
        "2026-01-17 07:30",
        TC,
        "#121: What hiring managers actually look for in 2026",
        N(),
        headers=UNSUB_TC,
        text="""Hello spreadsheet people,

Happy new year! I asked 14 analytics managers - NHS, councils, retail, fintech - what they look for when hiring a data analyst this year. Some themes:

- "Can you explain it to my director?" beats "can you write Python?"
- Almost everyone mentioned SQL. Nobody mentioned blockchain.
- Public sector managers said personal statements that ignore the person spec go straight in the no pile.
- Two managers said they read cover letters first. Twelve said they don't read them at all.

Full write-up (with the quotes they let me publish): https://tidycolumn.example/121?utm_source=email

Fiona
"""
        + TC_FOOT,
    ),
    m(
        "w7f8",
        "2026-01-16 10:22",
        MWE,
        "Your final bill for 22 Nell Lane",
        N(),
        text="""Hi Priya,

Here's your final bill for 22 Nell Lane, Chorlton (1 December 2025 - 10 January 2026).

Electricity: £61.44
Gas: £58.19
Credit on account: £36.90
Amount due: £82.73, collected by Direct Debit on 26 January

Your account for 14 Larkhill Road is now set up.

Mosswood Energy
""",
    ),
    m(
        "ei4g",
        "2026-01-19 06:15",
        HB,
        "Your December statement is ready",
        N(),
        text="""Hi Priya,

Your statement for Current Account ending 4417 (1 December - 31 December 2025) is now ready to view in the app.

Open the app: https://harbourbank.example/app/statements

Harbour Bank is a trading name of Harbour Bank UK Ltd, authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA (FRN 731901).
""",
    ),
    m(
        "j35q",
        "2026-01-22 12:00",
        "Ashworth Matters <news@ashworth.gov.example>",
        "Ashworth Matters - January 2026",
        N(),
        headers={"List-Unsubscribe": "<https://www.ashworth.gov.example/newsletter/unsubscribe>"},
        html="""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#004b87">Ashworth Matters</h1>
<p><b>Bin collections</b> - collections return to normal from Monday 12 January. Real Christmas trees can be left out for collection until 23 January.</p>
<p><b>Council budget consultation</b> - have your say on next year's spending plans by 6 February.</p>
<p><b>Could you foster?</b> We urgently need foster carers in Ashworth. Come to an information evening on 29 January.</p>
<p><b>Working for Ashworth</b> - from school crossing patrols to social workers, see all our current vacancies at <a href="https://www.jobtrain.co.uk/penninesharedservices">our jobs site</a>.</p>
<p><b>Whitlow Park</b> - the new play area opens in March.</p>
<p style="font-size:11px;color:#666">You are receiving this because you signed up to Ashworth Council's e-newsletter. <a href="https://www.ashworth.gov.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "f9c2",
        "2026-01-26 07:00",
        "Fernwood Home <hello@fernwoodhome.example>",
        "Last chance: January sale offer ends midnight",
        N(),
        headers={"List-Unsubscribe": "<https://fernwoodhome.example/unsubscribe?e=cHJpeWE>"},
        text="""Last chance, Priya!

Our January sale ends at midnight - up to 40% off bedding, rugs and lighting, plus an extra 10% off with code NEWHOME10 (perfect if you've just moved!).

Shop now: https://fernwoodhome.example/sale?utm_campaign=jan26-last

Fernwood Home Ltd. Unsubscribe: https://fernwoodhome.example/unsubscribe?e=cHJpeWE
""",
    ),
    m(
        "q582",
        "2026-01-29 13:20",
        "Northern Mutual Pensions <statements@northernmutual.example>",
        "Your annual pension statement is ready",
        N(),
        text="""Dear Ms Natarajan,

Your annual benefit statement for the Calderbrook Housing Group Personal Pension Plan is now available in your online account.

Plan number: NMP/0771903
Value at 31 December 2025: £18,442.10

If you're changing jobs, you can keep your plan with us or transfer it. Speak to a financial adviser before making any decisions.

Northern Mutual Pensions
""",
    ),
    m(
        "yk7o",
        "2026-02-02 15:45",
        "Whitlow Medical Centre <whitlow.medical@nhs-practice.example>",
        "New patient registration - application received",
        N(),
        text="""Dear Priya Natarajan,

Thank you for your application to register with Whitlow Medical Centre. We have received online registration forms for:

Priya Natarajan
Rohan Iyer
Arjun Iyer

Your registration will be processed within 5 working days. Your medical records will then be transferred from your previous practice through the NHS. You will be invited to a new patient health check.

Whitlow Medical Centre
""",
    ),
    m(
        "ag18",
        "2026-02-04 20:40",
        "Stage Door Tickets <orders@stagedoortickets.example>",
        "Your tickets: Tiny Harbour - Albert Hall Manchester - 14 March",
        N(),
        text="""Order confirmed - SDT-55190271

Tiny Harbour
+ support
Albert Hall, Peter Street, Manchester
Saturday 14 March 2026, doors 19:00

2 x Standing, £32.50 each
Total (inc. fees): £71.20

Your mobile tickets will be available in the app 48 hours before the show.

Stage Door Tickets
""",
    ),
    m(
        "gqia",
        "2026-02-07 09:10",
        NBU,
        "Reminder: please respond to your offer by 6 March",
        N(),
        text="""Dear Priya,

Application ID: NBU-PG-26-044917

This is a reminder that you have an offer for MSc Data Science (part-time, online) and we have not yet received your response. Please accept or decline your offer in the Applicant Portal by 6 March 2026.

If you are planning to defer or have any questions, please contact the admissions team.

Postgraduate Admissions
Northbridge University
""",
    ),
    m(
        "o24a",
        "2026-02-10 18:03",
        "Whitlow Dental Care <appointments@whitlowdental.example>",
        "Appointment confirmation",
        N(),
        text="""Dear Priya,

Your appointment is confirmed:

New patient examination
Tuesday 24 February 2026 at 17:20
with Dr Omar Sadiq
Whitlow Dental Care, 3 Church Lane, Whitlow

Please arrive 10 minutes early to complete your medical history form.

We have attached a calendar invite for your convenience. To cancel or rearrange, please give at least 24 hours' notice.
""",
        ics=ics(
            "wdc-appt-0224-1720-pn@whitlowdental.example",
            "2026-02-24 17:20",
            "Dental appointment - Whitlow Dental Care",
            ("Whitlow Dental Care", "appointments@whitlowdental.example"),
            minutes=30,
            style="outlook",
            location="Whitlow Dental Care, 3 Church Lane, Whitlow",
        ),
    ),
    m(
        "r6gz",
        "2026-02-14 07:30",
        TC,
        "#125: I changed jobs. Here's what I learned",
        N(),
        headers=UNSUB_TC,
        text="""Hello spreadsheet people,

Some personal news: after six years I'm leaving my job at the council to join a small consultancy. A few of you have asked about the process, so here's the honest version: 31 applications, 9 interviews, 2 offers, one spectacular failure at a live coding test.

What helped: a one-page portfolio, asking for feedback every time, and a recruiter who actually read my CV.
What didn't: applying for everything on a Sunday night.

The newsletter isn't going anywhere.

Fiona
"""
        + TC_FOOT,
    ),
    m(
        "f9p0",
        "2026-02-16 09:02",
        KM,
        "Your Kite Mobile bill is ready",
        N(),
        text="""Hi Priya,

Your bill for 07700 900533 is ready.

Amount: £14.00
Payment date: 6 March 2026 (Direct Debit)

Good news: you're eligible for an upgrade. Check out our latest offers in the app.

View your bill: https://my.kitemobile.example/bills

Kite Mobile
""",
    ),
    m(
        "rnen",
        "2026-02-19 10:40",
        MWE,
        "Your February energy statement",
        N(),
        text="""Hi Priya,

Your latest statement for 14 Larkhill Road, Whitlow is ready.

Electricity: £71.30
Gas: £64.88
Balance: £12.40 in debit

Your Direct Debit of £110.00 will be taken on 1 March.

View your statement: https://account.mosswood-energy.example/statements

Mosswood Energy
""",
    ),
    m(
        "wiyu",
        "2026-02-27 11:00",
        ASHC,
        "Your Council Tax bill for 2026/27",
        N(),
        text="""Dear Ms P Natarajan,

Council Tax account number: 60041873

Your Council Tax bill for 2026/27 is now available to view online.

Property: 14 Larkhill Road, Whitlow, AW4 2LR (Band C)
Annual charge: £2,209.59
Instalments: 10 monthly payments of £220.96 from 1 April 2026 by Direct Debit

View your bill: https://www.ashworth.gov.example/counciltax/ebilling

Revenues and Benefits
Ashworth Metropolitan Borough Council
""",
    ),
    m(
        "ap2l",
        "2026-03-03 06:14",
        HB,
        "Your February statement is ready",
        N(),
        text="""Hi Priya,

Your statement for Current Account ending 4417 (1 February - 28 February 2026) is now ready to view in the app.

Open the app: https://harbourbank.example/app/statements

Harbour Bank is a trading name of Harbour Bank UK Ltd, authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA (FRN 731901).
""",
    ),
]
