"""The ordinary inbox of the eleventh held-out corpus, with look-alikes on purpose
(do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CST, CDT, EST, EDT, PDT, MDT = "-0600", "-0500", "-0500", "-0400", "-0700", "-0600"

NJ = ("not_job", "en")
MOM_ = "Grace Okafor <grace.okafor54@gmail.com>"
TUNDE = "Tunde Okafor <tunde.okafor@gmail.com>"
MEG = "Megan Sorensen <megsorensen@icloud.com>"
LANDLORD = "Wrigley Row Apartments <leasing@wrigleyrowapts.com>"

MAIL: list[dict[str, Any]] = [
    # --- family and friends
    m(
        "11301",
        "2025-02-02 19:10",
        MOM_,
        "Sunday dinner",
        NJ,
        text="""Dana, are you and Chris coming Sunday? Tunde says he's bringing the jollof so I will do the
chicken. Bring the big cooler back please, your father has been asking for it since Christmas.

Love, Mom
""",
        tz=CST,
    ),
    m(
        "11302",
        "2025-02-02 21:44",
        TUNDE,
        "Re: Sunday dinner",
        NJ,
        text="""I never said I was making jollof. Mom is volunteering me again. Fine. I'll make it.

On Sun, Feb 2, 2025 at 7:10 PM Grace Okafor wrote:
> Dana, are you and Chris coming Sunday?
""",
        headers=reply("11301", MOM_),
        tz=CST,
    ),
    m(
        "11303",
        "2025-02-09 10:03",
        MEG,
        "so?? how's the search going",
        NJ,
        text="""Hiii. How's the job hunt? Any bites? I know you've been applying like a machine. Want to grab a
drink Thursday and vent? The new place on Southport has half-price wine before 7.

xo Meg
""",
        tz=CST,
    ),
    m(
        "11304",
        "2025-03-02 12:20",
        MOM_,
        "Pictures from Aunty Funmi's 60th",
        NJ,
        text="""Here are the pictures. Your aunty looks so happy. Send them to Chris, I don't have his email.

Mom
""",
        attach=[("IMG_4410.txt", "text/plain", "(photo)")],
        tz=CST,
    ),
    m(
        "11305",
        "2025-03-22 08:55",
        "Chris Halvorsen <chris.halvorsen@prairiepost.net>",
        "car",
        NJ,
        text="""Took the Civic in for the oil change, they said the rear brakes are at 3mm. Want me to just do it?
~$380. Also we're out of coffee.
""",
        tz=CDT,
    ),
    m(
        "11306",
        "2025-04-06 18:31",
        MEG,
        "Re: interview outfit emergency",
        NJ,
        text="""The navy blazer, 100%. The green one reads "wedding guest". You're going to crush it.

> On Apr 6, 2025, at 6:02 PM, Dana Okafor wrote:
> Navy or green for a video interview tomorrow??
""",
        tz=CDT,
    ),
    m(
        "11307",
        "2025-05-11 09:00",
        TUNDE,
        "Happy Mother's Day to Mom - card",
        NJ,
        text="""I got the card, you and Chris sign it when you come by. I'll pay for the flowers, you owe me $25.
""",
        tz=CDT,
    ),
    m(
        "11308",
        "2025-06-05 21:12",
        MEG,
        "WAIT",
        NJ,
        text="""Chris just told Jake you got an OFFER?! Call me immediately. Champagne is on me this weekend.
""",
        tz=CDT,
    ),
    m(
        "11309",
        "2025-06-22 15:40",
        MOM_,
        "Proud of you",
        NJ,
        text="""Dana, Daddy and I are so proud of you. Remote work is good, you can come and visit more often now!
We will celebrate when you come on the 4th.

Love, Mom
""",
        tz=CDT,
    ),
    m(
        "11310",
        "2025-07-16 19:22",
        "Chris Halvorsen <chris.halvorsen@prairiepost.net>",
        "Door County",
        NJ,
        text="""Booked the cabin for Aug 15-18. Confirmation below. Dog-friendly, there's a kayak.

Cedar Point Cabins - Conf #CPC-22817 - Check-in 4pm
""",
        tz=CDT,
    ),
    m(
        "11311",
        "2025-08-04 08:12",
        TUNDE,
        "dad's birthday",
        NJ,
        text="""Dad's 65th is Sat Aug 23. I'm thinking Sunda in River North, 12 people. Can you call the
restaurant? You're better at that than me. And bring the Fernway swag lol.
""",
        tz=CDT,
    ),
    # --- apartment and rental look-alikes
    m(
        "11312",
        "2025-02-15 11:30",
        LANDLORD,
        "Your lease renewal offer",
        NJ,
        text="""Dear Resident,

Your lease at 1420 W Addison St, Unit 3B expires on April 30, 2025. We are pleased to offer you a
renewal:

  12-month term: $2,145/month
  6-month term: $2,290/month

Please accept your renewal offer in the resident portal by March 15.

Wrigley Row Apartments Leasing Office
""",
        tz=CST,
    ),
    m(
        "11313",
        "2025-02-19 09:40",
        "Zillow Rentals <rentals@zillow.com>",
        "Your rental application was submitted",
        NJ,
        text="""Hi Dana,

Your rental application for 2211 N Clybourn Ave, Apt 2 has been sent to the landlord, Lincoln
Park Flats LLC. A screening report (credit and background) has been shared with them.

Your application is valid for 30 days and can be reused for other rentals on Zillow.

Zillow Rentals
""",
        tz=CST,
    ),
    m(
        "11314",
        "2025-02-24 14:07",
        "Lincoln Park Flats <office@lpflats.com>",
        "Application status - 2211 N Clybourn #2",
        NJ,
        text="""Hi Dana,

Thank you for applying. Unfortunately the unit has been leased to another applicant who applied
earlier. We have a similar 2-bedroom opening at 2209 N Clybourn in May if you're interested.

Lincoln Park Flats
""",
        tz=CST,
    ),
    m(
        "11315",
        "2025-03-10 16:02",
        LANDLORD,
        "Renewal signed - thank you!",
        NJ,
        text="""Hi Dana, thanks for renewing! Your countersigned lease is in the portal. Your new rent of
$2,145 begins May 1.

Wrigley Row Apartments
""",
        tz=CDT,
    ),
    # --- credit, loans, banks
    m(
        "11316",
        "2025-02-11 08:15",
        "Lakefront Federal <alerts@lakefrontfederal.com>",
        "Your credit card application is under review",
        NJ,
        text="""Dear Dana Okafor,

Thank you for applying for the Lakefront Rewards Visa Signature card. Your application is under
review. We will notify you of our decision within 7-10 business days.

Application reference: LF-2025-0211-8841

Lakefront Federal Credit Union
""",
        tz=CST,
    ),
    m(
        "11317",
        "2025-02-14 12:00",
        "Lakefront Federal <alerts@lakefrontfederal.com>",
        "Congratulations, you're approved!",
        NJ,
        text="""Dear Dana,

Congratulations! Your Lakefront Rewards Visa Signature card has been approved with a credit line of
$12,000. Your card will arrive in 7-10 business days.

Lakefront Federal Credit Union
""",
        tz=CST,
    ),
    m(
        "11318",
        "2025-03-18 07:30",
        "Chase <no.reply.alerts@chase.com>",
        "Your statement is ready",
        NJ,
        text="""Your Chase Freedom statement is ready. Statement balance: $1,284.17. Minimum payment due
04/12/2025: $40.00. Sign in to view.
""",
        tz=CDT,
    ),
    m(
        "11319",
        "2025-04-03 10:22",
        "Midwest Auto Finance <noreply@midwestautofinance.com>",
        "Auto loan application received",
        NJ,
        text="""Hi Dana,

We've received your auto loan application for $18,500 (2022 Honda CR-V, dealer: Lincolnwood Honda).
A loan specialist will review it and contact you within 1 business day.

Application #MAF-774120

Midwest Auto Finance
""",
        tz=CDT,
    ),
    m(
        "11320",
        "2025-04-04 15:45",
        "Midwest Auto Finance <noreply@midwestautofinance.com>",
        "Your loan offer is ready",
        NJ,
        text="""Good news, Dana! You're conditionally approved. Your offer: $18,500 at 6.49% APR for 60 months,
$361.84/month. Review and accept your offer online by April 18.
""",
        tz=CDT,
    ),
    m(
        "11321",
        "2025-05-02 09:00",
        "Chase <no.reply.alerts@chase.com>",
        "You have a new pre-approved offer",
        NJ,
        text="""Dana, you're pre-approved for a Chase Sapphire Preferred card. Earn 60,000 bonus points. This
exclusive offer expires 05/31/2025. Apply now - it only takes a few minutes.
""",
        tz=CDT,
    ),
    m(
        "11322",
        "2025-06-14 11:02",
        "Zelle <alerts@notify.zellepay.com>",
        "You received $60.00 from Megan Sorensen",
        NJ,
        text="""Megan Sorensen sent you $60.00. Memo: champagne was not cheap haha. The money is in your account.
""",
        tz=CDT,
    ),
    m(
        "11323",
        "2025-07-08 07:15",
        "Lakefront Federal <alerts@lakefrontfederal.com>",
        "Direct deposit received",
        NJ,
        text="""A direct deposit of $2,611.42 from FERNWAY INC PAYROLL posted to your checking account ending in
4417 on 07/08/2025.
""",
        tz=CDT,
    ),
    # --- passport, MBA, volunteer and camp "applications"
    m(
        "11324",
        "2025-03-05 13:20",
        "Passport Services <passportstatus_donotreply@state.gov>",
        "Your passport application status",
        NJ,
        text="""The status of your passport application has changed.

Applicant: DANA O OKAFOR
Status: In Process
Your application is being processed. Routine service currently takes 4 to 6 weeks.

Check status: https://passportstatus.state.gov
""",
        tz=CST,
    ),
    m(
        "11325",
        "2025-04-01 09:10",
        "Passport Services <passportstatus_donotreply@state.gov>",
        "Your passport has been mailed",
        NJ,
        text="""Your passport book was mailed on 03/31/2025 by USPS First Class. Tracking number:
9205 5901 2334 1187 0032 41.
""",
        tz=CDT,
    ),
    m(
        "11326",
        "2025-02-20 10:00",
        "Midway University Admissions <gradbiz@midway.edu>",
        "Complete your Part-Time MBA application",
        NJ,
        text="""Hi Dana,

You started your application to the Midway University Part-Time MBA for Fall 2025. The Round 2
deadline is March 1. Still to do: two recommendations and your essay.

Finish your application: https://apply.midway.edu/portal

Office of Graduate Admissions, Midway School of Business
""",
        tz=CST,
    ),
    m(
        "11327",
        "2025-03-03 16:40",
        "Midway University Admissions <gradbiz@midway.edu>",
        "Interview invitation - Part-Time MBA",
        NJ,
        text="""Dear Dana,

Congratulations! The Admissions Committee invites you to interview for the Part-Time MBA program.
Interviews are 30 minutes with an alum and can be held on campus or by Zoom. Please book your
interview slot in the applicant portal by March 14.

Office of Graduate Admissions
""",
        tz=CST,
    ),
    m(
        "11328",
        "2025-04-10 17:00",
        "Midway University Admissions <gradbiz@midway.edu>",
        "Your admission decision is available",
        NJ,
        text="""Dear Dana,

A decision has been posted to your applicant portal. Please log in to view it.

Office of Graduate Admissions, Midway School of Business
""",
        tz=CDT,
    ),
    m(
        "11329",
        "2025-03-15 10:25",
        "Greater Chicago Food Depository <volunteer@gcfd.org>",
        "Thanks for your volunteer application!",
        NJ,
        text="""Hi Dana,

Thank you for applying to volunteer as a Saturday shift lead! Our volunteer team will review your
application and reach out to schedule a short orientation. In the meantime, check out upcoming
shifts in the volunteer portal.

Volunteer Services
""",
        tz=CDT,
    ),
    m(
        "11330",
        "2025-03-27 14:02",
        "Camp Wanake Registration <registrar@campwanake.org>",
        "Camper application received - Ava Halvorsen",
        NJ,
        text="""Thank you for submitting a camper application for Ava Halvorsen (Session 2, July 6-19). A deposit
of $250 has been charged to your card ending 0921. Forms are due May 15.
""",
        tz=CDT,
    ),
    # --- marketing "offers", receipts, deliveries
    m(
        "11331",
        "2025-02-06 11:00",
        "Target <target@em.target.com>",
        "Exclusive offer: 20% off home for Circle members",
        NJ,
        html="""<html><body><h1>20% off home</h1><p>Just for you, Dana. This exclusive Target Circle
offer ends Saturday.</p><p><a href="https://www.target.com">Shop now</a></p></body></html>""",
        tz=CST,
    ),
    m(
        "11332",
        "2025-02-13 18:42",
        "Amazon.com <shipment-tracking@amazon.com>",
        "Your Amazon.com order has shipped",
        NJ,
        text="""Hello Dana,
Your package with "Logitech MX Keys S Wireless Keyboard" has shipped and will arrive Saturday, February 15.
Track your package: https://www.amazon.com/progress-tracker
""",
        tz=CST,
    ),
    m(
        "11333",
        "2025-02-23 20:01",
        "DoorDash <no-reply@doordash.com>",
        "Order Confirmation for Dana from Lao Sze Chuan",
        NJ,
        text="""Thanks for your order, Dana! Lao Sze Chuan is preparing your order. Estimated arrival: 8:35 PM.
Total: $47.82
""",
        tz=CST,
    ),
    m(
        "11334",
        "2025-03-08 09:30",
        "Costco <costco@online.costco.com>",
        "Member-only savings start now",
        NJ,
        text="""Warehouse savings through March 30. Plus: an exclusive offer on Kirkland Signature coffee for
Executive Members. Shop online or in warehouse.
""",
        tz=CST,
    ),
    m(
        "11335",
        "2025-03-12 12:14",
        "Amazon.com <auto-confirm@amazon.com>",
        'Your Amazon.com order of "Ring light with tripod..."',
        NJ,
        text="""Thank you for shopping with us. We'll send a confirmation when your item ships.
Order #112-4471902-5523018
Ring light with tripod stand, 10 inch - $29.99
Arriving Mar 14
""",
        tz=CDT,
    ),
    m(
        "11336",
        "2025-03-19 08:41",
        "UPS <mcinfo@ups.com>",
        "UPS Update: Package Scheduled for Delivery Today",
        NJ,
        text="""Hi Dana, your package is scheduled for delivery today between 12:00 PM and 4:00 PM.
Shipper: WARBY PARKER
Tracking Number: 1Z999AA10123456784
""",
        tz=CDT,
    ),
    m(
        "11337",
        "2025-04-05 15:18",
        "Warby Parker <hello@warbyparker.com>",
        "An offer you'll like",
        NJ,
        text="""Dana, we've got an offer for you: $25 off your next pair of glasses. Because you look great in
the ones you have. Expires April 30.
""",
        tz=CDT,
    ),
    m(
        "11338",
        "2025-04-19 10:55",
        "Venmo <venmo@venmo.com>",
        "Megan Sorensen paid you $18.50",
        NJ,
        text="""Megan Sorensen paid you $18.50 - "trivia night pizza". Transfer to bank.
""",
        tz=CDT,
    ),
    m(
        "11339",
        "2025-05-03 13:00",
        "Nordstrom Rack <nordstromrack@eml.nordstromrack.com>",
        "Final hours: workwear from $19.97",
        NJ,
        text="""Interview-ready looks, blazers, and trousers from $19.97. Plus an extra 25% off clearance. Ends
tonight at midnight.
""",
        tz=CDT,
    ),
    m(
        "11340",
        "2025-05-22 19:07",
        "Amazon.com <shipment-tracking@amazon.com>",
        "Delivered: your package",
        NJ,
        text="""Your package was delivered. It was handed directly to a resident.
Order #112-9001184-3310044 - USB-C docking station
""",
        tz=CDT,
    ),
    m(
        "11341",
        "2025-06-28 11:40",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        NJ,
        text="""Receipt
iCloud+ with 200 GB storage - monthly - $2.99
Billed to Visa .... 0921
Apple ID: dana.okafor@prairiepost.net
""",
        tz=CDT,
    ),
    m(
        "11342",
        "2025-07-02 08:30",
        "FedEx <TrackingUpdates@fedex.com>",
        "Your package is on its way",
        NJ,
        text="""Scheduled delivery: Tuesday 7/8/2025 by end of day.
From: FERNWAY IT / DENVER, CO
Tracking ID: 7712 4490 1185
Signature required.
""",
        tz=CDT,
    ),
    # --- utilities, subscriptions
    m(
        "11343",
        "2025-02-10 06:05",
        "ComEd <noreply@comed.com>",
        "Your ComEd bill is ready",
        NJ,
        text="""Your bill for account ending 5521 is ready. Amount due: $84.36. Due date: 03/03/2025.
Pay now or set up AutoPay.
""",
        tz=CST,
    ),
    m(
        "11344",
        "2025-03-10 06:05",
        "ComEd <noreply@comed.com>",
        "Your ComEd bill is ready",
        NJ,
        text="""Your bill for account ending 5521 is ready. Amount due: $79.10. Due date: 04/01/2025.
""",
        tz=CDT,
    ),
    m(
        "11345",
        "2025-03-01 02:14",
        "Netflix <info@account.netflix.com>",
        "Your account has been updated",
        NJ,
        text="""Hi Dana, your monthly plan price is changing to $17.99 starting with your next bill on March 15.
""",
        tz=CST,
    ),
    m(
        "11346",
        "2025-04-12 06:20",
        "Peoples Gas <customerservice@peoplesgasdelivery.com>",
        "Your statement is available",
        NJ,
        text="""Your Peoples Gas statement for account ending 0098 is available. Amount due: $112.40.
""",
        tz=CDT,
    ),
    m(
        "11347",
        "2025-05-15 09:00",
        "Spotify <no-reply@spotify.com>",
        "Your Premium receipt",
        NJ,
        text="""Spotify Premium Duo - $16.99 - paid with Visa ending 0921. Next billing date: June 15, 2025.
""",
        tz=CDT,
    ),
    m(
        "11348",
        "2025-06-10 06:05",
        "ComEd <noreply@comed.com>",
        "Your ComEd bill is ready",
        NJ,
        text="""Your bill for account ending 5521 is ready. Amount due: $121.88. Due date: 07/01/2025.
""",
        tz=CDT,
    ),
    m(
        "11349",
        "2025-07-12 08:00",
        "Ventra <noreply@ventrachicago.com>",
        "Auto-load completed",
        NJ,
        text="""Your Ventra account was auto-loaded with $20.00. New transit value: $26.25.
""",
        tz=CDT,
    ),
    m(
        "11350",
        "2025-08-10 06:05",
        "ComEd <noreply@comed.com>",
        "Your ComEd bill is ready",
        NJ,
        text="""Your bill for account ending 5521 is ready. Amount due: $148.02. Due date: 09/01/2025.
""",
        tz=CDT,
    ),
]

PODCAST = "Jordan Vale <jordan@opsandoutcomes.fm>"
LUCIA = "Lucía Herrera <luciaherrera.chi@gmail.com>"

MAIL += [
    # --- LinkedIn social notifications
    m(
        "11351",
        "2025-02-18 12:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Marcus Webb on starting a new position",
        NJ,
        html="""<html><body><p>Marcus Webb started a new position as Director of Marketing Operations at
Halyard Systems.</p><p><a href="https://www.linkedin.com/feed/">Say congrats</a></p>
<p style="font-size:11px">You are receiving notification emails. Unsubscribe.</p></body></html>""",
        tz=CST,
    ),
    m(
        "11352",
        "2025-03-06 08:02",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 27 searches this week",
        NJ,
        html="""<html><body><p>Dana, you appeared in 27 searches this week.</p><p>Top searcher titles:
Recruiter, Talent Acquisition Partner, Marketing Director</p><p><a href="https://www.linkedin.com/me/search-appearances/">See all</a></p></body></html>""",
        tz=CST,
    ),
    m(
        "11353",
        "2025-03-29 19:14",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Jess Alvarado sent you a message",
        NJ,
        html="""<html><body><p><b>Jess Alvarado</b>: Hey! Are we still on for coffee Tuesday? I can do Sawada
at 8:30.</p><p><a href="https://www.linkedin.com/messaging/">Reply</a></p></body></html>""",
        tz=CDT,
    ),
    m(
        "11354",
        "2025-04-16 10:45",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Your post is getting noticed",
        NJ,
        html="""<html><body><p>Your post "5 things I learned cleaning up a 400-field CRM" has 1,204 impressions and
38 reactions.</p><p><a href="https://www.linkedin.com/feed/">View analytics</a></p></body></html>""",
        tz=CDT,
    ),
    m(
        "11355",
        "2025-05-07 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Celebrate Jess Alvarado's 5-year work anniversary",
        NJ,
        html="""<html><body><p>Jess Alvarado is celebrating 5 years at Halden Home.</p>
<p><a href="https://www.linkedin.com/feed/">Congratulate Jess</a></p></body></html>""",
        tz=CDT,
    ),
    m(
        "11356",
        "2025-06-09 12:12",
        "LinkedIn <invitations@linkedin.com>",
        "Dana, please add me to your LinkedIn network",
        NJ,
        html="""<html><body><p><b>Hana Iwasaki</b>, CMO at Fernway, wants to connect.</p>
<p><a href="https://www.linkedin.com/mynetwork/">Accept</a></p></body></html>""",
        tz=CDT,
    ),
    m(
        "11357",
        "2025-07-09 08:20",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "42 people reacted to your new position",
        NJ,
        html="""<html><body><p>Your update "Starting a new position as Head of Marketing Operations at Fernway" is
popular. Tunde Okafor, Megan Sorensen and 40 others reacted.</p></body></html>""",
        tz=CDT,
    ),
    m(
        "11358",
        "2025-08-01 10:04",
        "LinkedIn Premium <premium-noreply@linkedin.com>",
        "Your Premium Career subscription will renew",
        NJ,
        text="""Hi Dana, your LinkedIn Premium Career subscription renews on August 14 for $39.99. Now that
you've landed your new role, you can cancel anytime in Settings.
""",
        tz=CDT,
    ),
    # --- newsletters that talk about hiring and interviews
    m(
        "11359",
        "2025-02-12 06:00",
        "Marketing Brew <crew@morningbrew.com>",
        "Marketing ops is hiring again",
        NJ,
        html="""<html><body><h2>Ops comeback</h2><p>Job postings for marketing operations roles rose 14% in
January, according to a new report. We interviewed three hiring managers about what they're looking
for now: automation chops, budget ownership and, yes, AI.</p><p>Unsubscribe</p></body></html>""",
        tz=CST,
    ),
    m(
        "11360",
        "2025-03-12 06:00",
        "Marketing Brew <crew@morningbrew.com>",
        "An interview with Sonos's CMO",
        NJ,
        html="""<html><body><p>This week we sat down for an interview with the CMO of Sonos about brand
building on a budget. Plus: the agency holding-company shakeup.</p><p>Unsubscribe</p></body></html>""",
        tz=CDT,
    ),
    m(
        "11361",
        "2025-04-09 06:00",
        "Marketing Brew <crew@morningbrew.com>",
        "Layoffs, offers and the talent market",
        NJ,
        html="""<html><body><p>Candidates are receiving fewer offers, and more of them are contract. Recruiters
we spoke with say the average marketing search now takes 11 weeks.</p><p>Unsubscribe</p></body></html>""",
        tz=CDT,
    ),
    m(
        "11362",
        "2025-02-27 07:30",
        "Crain's Chicago Business <newsletters@chicagobusiness.com>",
        "Morning 10: Who's hiring in Chicago",
        NJ,
        text="""Good morning. Today: Which Chicago companies are hiring this spring, a new tower on Wacker, and
the best lunch spots in the Loop. Read more at chicagobusiness.com.
""",
        tz=CST,
    ),
    m(
        "11363",
        "2025-05-14 07:30",
        "Crain's Chicago Business <newsletters@chicagobusiness.com>",
        "Morning 10: Offers pour in for Old Post Office space",
        NJ,
        text="""Offers pour in for the last floors of the Old Post Office. Plus: O'Hare terminal update, and an
interview with the Cubs' new president of business operations.
""",
        tz=CDT,
    ),
    m(
        "11364",
        "2025-03-20 11:00",
        "MOPs Collective <hello@mopscollective.com>",
        "The Ops Digest #57: How to nail the marketing ops interview",
        NJ,
        html="""<html><body><h2>The Ops Digest</h2><p>This issue: how hiring managers evaluate marketing ops
candidates, a template for a 30-60-90 plan, and a salary survey. Plus 12 community members share
their best interview questions.</p><p>You're getting this because you joined MOPs Collective.
Unsubscribe.</p></body></html>""",
        tz=CDT,
    ),
    m(
        "11365",
        "2025-06-19 11:00",
        "MOPs Collective <hello@mopscollective.com>",
        "The Ops Digest #60: Attribution is dead (again)",
        NJ,
        html="""<html><body><p>Multi-touch vs. MMM, a new Marketo release, and member wins: congrats to Dana O.
on her new role!</p><p>Unsubscribe.</p></body></html>""",
        tz=CDT,
    ),
    m(
        "11366",
        "2025-04-30 14:00",
        "Medium Daily Digest <noreply@medium.com>",
        '"I applied to 300 jobs in 90 days. Here\'s what worked"',
        NJ,
        text="""Today's highlights
I applied to 300 jobs in 90 days. Here's what worked - Careers Unfiltered - 9 min read
The rejection email template every recruiter uses - The Startup - 5 min read
""",
        tz=CDT,
    ),
    # --- podcast "interview" look-alike
    m(
        "11367",
        "2025-04-18 10:30",
        PODCAST,
        "Guest interview on Ops & Outcomes?",
        NJ,
        text="""Hi Dana,

I host Ops & Outcomes, a podcast for marketing operations folks (about 6k listeners). Your LinkedIn
post about CRM cleanup blew up in our community and I'd love to interview you for an episode.
We'd record for about 40 minutes over Riverside, whenever suits you in May.

Interested?

Jordan Vale
Host, Ops & Outcomes
""",
        tz=CDT,
    ),
    m(
        "11368",
        "2025-04-19 08:15",
        PODCAST,
        "Re: Guest interview on Ops & Outcomes?",
        NJ,
        text="""Amazing! May 13 at 11 CT it is. I'll send a calendar invite and a short prep doc.

Jordan
""",
        headers=reply("11367", PODCAST),
        tz=CDT,
    ),
    m(
        "11369",
        "2025-04-19 08:20",
        PODCAST,
        "Invitation: Ops & Outcomes recording - Dana Okafor @ Tue May 13, 2025 11am - 12pm (CDT)",
        NJ,
        text="""Ops & Outcomes recording - Dana Okafor
Tuesday May 13, 2025 11am - 12pm Central Time

Riverside studio link: https://riverside.fm/studio/ops-and-outcomes

Invitation from Google Calendar
""",
        ics={
            "uid": "0pso2rec7712@google.com",
            "organizer": ("Jordan Vale", "jordan@opsandoutcomes.fm"),
            "start": "2025-05-13 11:00:00 -0500",
            "summary": "Ops & Outcomes recording - Dana Okafor",
            "location": "https://riverside.fm/studio/ops-and-outcomes",
        },
        tz=CDT,
    ),
    m(
        "11370",
        "2025-06-03 09:00",
        PODCAST,
        "Your episode is live!",
        NJ,
        text="""Hi Dana - your episode "CRM Spring Cleaning with Dana Okafor" is live on Apple and Spotify. Thanks
again for a great interview! Share links below.
""",
        tz=CDT,
    ),
    # --- webinars and appointments with calendar parts
    m(
        "11371",
        "2025-02-25 13:00",
        "HubSpot Academy <webinars@hubspot.com>",
        "You're registered: RevOps in 2025 (Mar 4, 12pm ET)",
        NJ,
        text="""You're registered! RevOps in 2025: Aligning Marketing and Sales Data
Tuesday, March 4, 2025, 12:00 PM ET
Add to calendar below. Join link: https://events.hubspot.com/rev-ops-2025
""",
        ics={
            "uid": "hs-webinar-44091@hubspot.com",
            "organizer": ("HubSpot Academy", "webinars@hubspot.com"),
            "start": "2025-03-04 12:00:00 -0500",
            "summary": "Webinar: RevOps in 2025",
            "location": "https://events.hubspot.com/rev-ops-2025",
        },
        tz=CST,
    ),
    m(
        "11372",
        "2025-05-28 10:00",
        "Marketo Nation <events@adobe.com>",
        "Reminder: Marketo Champions Live - Build a better lead score",
        NJ,
        text="""Your session starts tomorrow at 1:00 PM CT. Speaker interviews, live Q&A and a demo.
""",
        ics={
            "uid": "mkto-live-0529@adobe.com",
            "organizer": ("Adobe Events", "events@adobe.com"),
            "start": "2025-05-29 13:00:00 -0500",
            "summary": "Marketo Champions Live: Lead scoring",
            "location": "Online",
        },
        tz=CDT,
    ),
    m(
        "11373",
        "2025-03-14 16:30",
        "Northwestern Medicine <noreply@nm.org>",
        "Appointment confirmed with Dr. Patel",
        NJ,
        text="""Your appointment is confirmed.
Annual physical - Dr. Anjali Patel, Internal Medicine
Friday, March 28, 2025 at 8:40 AM
Lakeview Primary Care, 1000 W Belmont Ave
Please arrive 15 minutes early.
""",
        ics={
            "uid": "nm-appt-55210941@nm.org",
            "organizer": ("Northwestern Medicine", "noreply@nm.org"),
            "start": "2025-03-28 08:40:00 -0500",
            "minutes": 30,
            "summary": "Annual physical - Dr. Patel",
            "location": "1000 W Belmont Ave, Chicago",
        },
        tz=CDT,
    ),
    m(
        "11374",
        "2025-06-20 12:10",
        "Lakeview Smiles Dental <appointments@lakeviewsmiles.com>",
        "Reminder: cleaning on Thu, Jun 26 at 7:30 AM",
        NJ,
        text="""Hi Dana, this is a reminder of your hygiene appointment with Kelly on Thursday, June 26 at 7:30 AM.
Reply C to confirm or call (773) 555-0190 to reschedule.
""",
        ics={
            "uid": "lvs-8841-0626@lakeviewsmiles.com",
            "organizer": ("Lakeview Smiles Dental", "appointments@lakeviewsmiles.com"),
            "start": "2025-06-26 07:30:00 -0500",
            "minutes": 60,
            "summary": "Dental cleaning",
        },
        tz=CDT,
    ),
    m(
        "11375",
        "2025-04-25 09:00",
        "Zoom <no-reply@zoom.us>",
        "Your Zoom Workplace Pro plan will renew soon",
        NJ,
        text="""Your Zoom Workplace Pro annual plan renews on May 10, 2025 for $149.90. Manage billing in your
account.
""",
        tz=CDT,
    ),
    # --- unemployment, benefits, taxes
    m(
        "11376",
        "2025-02-08 10:00",
        "IDES <ides.noreply@illinois.gov>",
        "Reminder: certify for benefits",
        NJ,
        text="""This is a reminder that your next certification for unemployment insurance benefits is due
between February 9 and February 22. Remember to keep a record of your work search activities.

Illinois Department of Employment Security
""",
        tz=CST,
    ),
    m(
        "11377",
        "2025-03-08 10:00",
        "IDES <ides.noreply@illinois.gov>",
        "Reminder: certify for benefits",
        NJ,
        text="""Your next certification for unemployment benefits is due between March 9 and March 22. Report any
earnings and your work search contacts for each week.
""",
        tz=CST,
    ),
    m(
        "11378",
        "2025-02-21 15:00",
        "Benefits Service Center <cobra@cobra-admin.com>",
        "COBRA election notice - action required",
        NJ,
        text="""Dear Dana Okafor,

Because your employment with Lindenwave Inc. ended on January 31, 2025, you may be eligible to
continue your health coverage under COBRA. You have 60 days to elect coverage. Your election packet
is available online.

Benefits Service Center
""",
        tz=CST,
    ),
    m(
        "11379",
        "2025-03-25 20:05",
        "TurboTax <turbotax@intuit.com>",
        "Your federal return has been accepted",
        NJ,
        text="""Good news, Dana! The IRS accepted your 2024 federal tax return. Expected refund: $1,412.
""",
        tz=CDT,
    ),
    m(
        "11380",
        "2025-07-01 09:30",
        "Blue Cross Blue Shield of Illinois <noreply@bcbsil.com>",
        "Welcome to your new plan",
        NJ,
        text="""Welcome, Dana! Your coverage through Fernway Inc. begins July 7, 2025. Your ID cards are on the
way. Register on Blue Access for Members to find in-network doctors.
""",
        tz=CDT,
    ),
    # --- travel
    m(
        "11381",
        "2025-05-30 18:20",
        "United Airlines <unitedairlines@united.com>",
        "Your trip confirmation - ORD to DEN",
        NJ,
        text="""Confirmation number: K8W2QP
Mon, Jul 14 - UA 1462 - Chicago O'Hare (ORD) 8:05 AM -> Denver (DEN) 9:40 AM
Thu, Jul 17 - UA 2218 - Denver (DEN) 5:30 PM -> Chicago O'Hare (ORD) 8:55 PM
Passenger: DANA OKAFOR
""",
        tz=CDT,
    ),
    m(
        "11382",
        "2025-07-11 09:00",
        "Airbnb <automated@airbnb.com>",
        "Réservation confirmée - Plateau-Mont-Royal",
        ("not_job", "fr"),
        text="""Bonjour Dana,

Votre réservation est confirmée! Loft lumineux sur le Plateau, hôte : Mathieu.
Arrivée : ven. 29 août, 16 h - Départ : lun. 1 sept., 11 h
Code de confirmation : HMQ8K2X4RD

Airbnb
""",
        tz=CDT,
    ),
    m(
        "11383",
        "2025-07-12 14:33",
        "Mathieu (hôte Airbnb) <express@airbnb.com>",
        "Message de Mathieu",
        ("not_job", "fr"),
        text="""Bonjour Dana! Merci pour la réservation. Je vous enverrai le code de la porte la veille de votre
arrivée. Le dépanneur au coin ferme à 23 h. Au plaisir!
""",
        tz=CDT,
    ),
    m(
        "11384",
        "2025-07-15 20:12",
        "Marriott Bonvoy <marriottbonvoy@email-marriott.com>",
        "Your stay at Denver Marriott City Center",
        NJ,
        text="""Thanks for staying with us, Dana. Your folio for July 14-17 is attached. You earned 3,120 points.
""",
        tz=MDT,
    ),
    # --- Spanish-language personal and community mail
    m(
        "11385",
        "2025-02-16 17:45",
        LUCIA,
        "¿Clase de salsa el jueves?",
        ("not_job", "es"),
        text="""¡Hola Dana! ¿Vamos a la clase de salsa del jueves en Pilsen? Empieza a las 7:30. Si quieres paso
por ti, tengo el carro esta semana.

Besos,
Lucía
""",
        tz=CST,
    ),
    m(
        "11386",
        "2025-04-27 12:00",
        LUCIA,
        "Re: ¿Cómo te fue?",
        ("not_job", "es"),
        text="""¡Qué bien que la entrevista fue en español! Te lo dije, tu español está perfecto. Cruzo los
dedos. ¿Nos vemos el sábado en el mercado?

> ¡Mañana tengo la entrevista con la empresa de Houston!
""",
        tz=CDT,
    ),
    m(
        "11387",
        "2025-05-25 10:00",
        "Centro Comunitario Pilsen <boletin@centropilsen.org>",
        "Boletín de mayo: voluntarios para la feria de salud",
        ("not_job", "es"),
        text="""Queridos vecinos:

Buscamos voluntarios para la Feria de Salud del 14 de junio. No se necesita experiencia. Llena la
solicitud de voluntariado en nuestra página web antes del 6 de junio.

Centro Comunitario Pilsen
""",
        tz=CDT,
    ),
    m(
        "11388",
        "2025-07-20 18:30",
        LUCIA,
        "Fotos del cumple",
        ("not_job", "es"),
        text="""Aquí están las fotos de la fiesta. ¡Salimos guapísimas! Felicidades otra vez por el trabajo nuevo.
""",
        tz=CDT,
    ),
]

CHRIS = "Chris Halvorsen <chris.halvorsen@prairiepost.net>"
SCHOOL = "Blaine Elementary <blaine-announcements@cps.edu>"

MAIL += [
    # --- look-alikes: lottery, adoption, Global Entry, user research, offers on a condo
    m(
        "11389",
        "2025-02-26 14:00",
        "Bank of America Chicago Marathon <info@chicagomarathon.com>",
        "Your 2025 application results",
        NJ,
        text="""Dear Dana,

Thank you for applying to the 2025 Bank of America Chicago Marathon through the non-guaranteed
entry drawing. Unfortunately, your application was not selected this year. We received a record
number of applications.

You can still run for a charity partner - see chicagomarathon.com/charity.

Chicago Marathon Team
""",
        tz=CST,
    ),
    m(
        "11390",
        "2025-03-30 11:30",
        "PAWS Chicago Adoptions <adopt@pawschicago.org>",
        "We received your adoption application for Biscuit",
        NJ,
        text="""Hi Dana,

Thank you for applying to adopt Biscuit (2-year-old terrier mix)! An adoption counselor will review
your application and contact you within 48 hours to schedule a meet-and-greet. Please have your
landlord's pet approval ready.

PAWS Chicago
""",
        tz=CDT,
    ),
    m(
        "11391",
        "2025-04-01 16:20",
        "Renee at PAWS Chicago <rdawson@pawschicago.org>",
        "Meet-and-greet with Biscuit",
        NJ,
        text="""Hi Dana! Your application looks great. Can you and Chris come to the Lincoln Park center Saturday
at 11 to meet Biscuit? She's very excited (she's always excited).

Renee Dawson, Adoption Counselor
""",
        tz=CDT,
    ),
    m(
        "11392",
        "2025-04-06 17:05",
        "PAWS Chicago Adoptions <adopt@pawschicago.org>",
        "Congratulations on your adoption!",
        NJ,
        text="""Congratulations on adopting Biscuit! Attached are her medical records and your adoption contract.
Her first vet visit is included free within 14 days.
""",
        tz=CDT,
    ),
    m(
        "11393",
        "2025-03-11 09:15",
        "Trusted Traveler Programs <ttp-noreply@cbp.dhs.gov>",
        "Your Global Entry application has been conditionally approved",
        NJ,
        text="""Your application for Global Entry has been conditionally approved. Schedule an interview at an
enrollment center, or use Enrollment on Arrival when returning from an international trip.

Log in to TTP to schedule your interview.
""",
        tz=CDT,
    ),
    m(
        "11394",
        "2025-05-19 13:00",
        "User Interviews <projects@userinterviews.com>",
        "You're invited: 45-min interview about project management tools ($90)",
        NJ,
        text="""Hi Dana,

You qualified for a paid research study! A software company wants to interview marketing managers
about how they plan campaigns. 45 minutes on Zoom, $90 incentive.

Pick a time: https://www.userinterviews.com/projects/xK2a9/schedule
""",
        tz=CDT,
    ),
    m(
        "11395",
        "2025-07-23 21:40",
        MEG,
        "OUR OFFER WAS ACCEPTED",
        NJ,
        text="""WE GOT THE CONDO!!! They accepted our offer at $412K, closing Sept 12. I'm shaking. Jake is already
measuring for a couch. You and Chris have to come see it.
""",
        tz=CDT,
    ),
    m(
        "11396",
        "2025-07-24 08:02",
        "Redfin <listings@redfin.com>",
        "An offer was accepted on a home you saved",
        NJ,
        text="""Update on 3350 N Seminary Ave #2: Status changed to Pending. An offer was accepted on this home.
See similar homes in Lakeview.
""",
        tz=CDT,
    ),
    # --- former employer and retirement (not a job search)
    m(
        "11397",
        "2025-02-07 12:00",
        "Lindenwave People Ops <peopleops@lindenwave.com>",
        "Your final paycheck and separation documents",
        NJ,
        text="""Hi Dana,

Your final paycheck, including accrued PTO, will be deposited on February 14. Your separation
agreement and severance payment schedule are attached. Please return the signed agreement within
21 days.

Thank you for your four years at Lindenwave. We wish you the best.

Lindenwave People Operations
""",
        attach=[
            (
                "Separation_Agreement_Okafor.txt",
                "text/plain",
                "SEPARATION AGREEMENT AND GENERAL RELEASE ...",
            )
        ],
        tz=CST,
    ),
    m(
        "11398",
        "2025-02-28 10:10",
        "Lindenwave via Docusign <dse_na2@docusign.net>",
        "Completed: Okafor - Separation Agreement",
        NJ,
        text="""All parties have completed Okafor - Separation Agreement.

VIEW COMPLETED DOCUMENT

Lindenwave People Operations
""",
        tz=CST,
    ),
    m(
        "11399",
        "2025-04-14 11:00",
        "Fidelity Investments <Fidelity.Alerts@fidelity.com>",
        "Your 401(k) rollover is complete",
        NJ,
        text="""The rollover of your Lindenwave Inc. 401(k) balance to your Fidelity Rollover IRA is complete. The
funds are invested in your core position until you choose investments.
""",
        tz=CDT,
    ),
    m(
        "11400",
        "2025-06-02 17:20",
        "Priya at Lindenwave <pkumar@lindenwave.com>",
        "reference call",
        ("other_job", "Fernway", None, None, "other", "en"),
        text="""Hey Dana - just had a really nice reference call with Fernway about you. Told them they'd be lucky.
Lunch soon to celebrate?

Priya
""",
        tz=CDT,
    ),
    # --- school and kid stuff
    m(
        "11401",
        "2025-02-21 15:30",
        SCHOOL,
        "Blaine Bulletin - week of Feb 24",
        NJ,
        text="""Dear Blaine families, report cards go home Friday. Parent-teacher conferences are March 12; sign
up in the portal. Reminder: spirit day is Thursday - wear green!
""",
        tz=CST,
    ),
    m(
        "11402",
        "2025-03-06 18:05",
        "Ms. Kowalski <jkowalski3@cps.edu>",
        "Ava - conference time",
        NJ,
        text="""Hi Dana and Chris, I have you down for March 12 at 4:20 for Ava's conference. She's doing great in
reading! See you then.

Julie Kowalski, 3rd Grade
""",
        tz=CST,
    ),
    m(
        "11403",
        "2025-04-25 15:30",
        SCHOOL,
        "Blaine Bulletin - field day volunteers needed",
        NJ,
        text="""Field day is May 30! We need 20 parent volunteers. Sign up via the link. Also: the spring book fair
runs May 5-9.
""",
        tz=CDT,
    ),
    m(
        "11404",
        "2025-05-15 20:00",
        "Camp Wanake Registration <registrar@campwanake.org>",
        "Reminder: forms due for Ava Halvorsen",
        NJ,
        text="""Forms due today: medical form and photo release for Ava Halvorsen, Session 2. Upload in CampInTouch.
""",
        tz=CDT,
    ),
    m(
        "11405",
        "2025-08-19 16:00",
        SCHOOL,
        "Welcome back! First day is August 21",
        NJ,
        text="""Welcome to the 2025-26 school year! Drop-off begins at 7:45. Supply lists and bus routes are
posted on the school website.
""",
        tz=CDT,
    ),
    m(
        "11406",
        "2025-04-22 07:45",
        "Lincoln Park Youth Soccer <registrar@lpysoccer.org>",
        "Spring season schedule - U9 Girls Comets",
        NJ,
        text="""Hi Comets families! Games are Saturdays at Oz Park. First game April 26 at 9:00 vs. Rockets. Snack
schedule attached.
""",
        tz=CDT,
    ),
    m(
        "11407",
        "2025-04-22 09:30",
        CHRIS,
        "Re: Spring season schedule - U9 Girls Comets",
        NJ,
        text="""I'll take snack on May 10. Can you do the 17th? I have that thing.
""",
        headers=reply("11406", "Lincoln Park Youth Soccer <registrar@lpysoccer.org>"),
        tz=CDT,
    ),
    # --- accounts, security, SaaS
    m(
        "11408",
        "2025-02-04 22:11",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        NJ,
        text="""A new sign-in on Mac
dana.okafor.mktg@gmail.com
We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to
do anything.
""",
        tz=CST,
    ),
    m(
        "11409",
        "2025-03-26 18:00",
        "Canva <hello@canva.com>",
        "Your Canva Pro trial ends in 3 days",
        NJ,
        text="""Your free Canva Pro trial ends on March 29. Keep creating with Pro for $14.99/month, or take our
special offer: 30% off annual plans.
""",
        tz=CDT,
    ),
    m(
        "11410",
        "2025-04-02 10:42",
        "Dropbox <no-reply@dropbox.com>",
        'Megan shared "Bachelorette planning" with you',
        NJ,
        text="""Megan Sorensen invited you to view the folder "Bachelorette planning". Open in Dropbox.
""",
        tz=CDT,
    ),
    m(
        "11411",
        "2025-05-09 14:27",
        "Notion <team@makenotion.com>",
        "Your verification code",
        NJ,
        text="""Your Notion login code is 488-210. This code expires in 10 minutes.
""",
        tz=CDT,
    ),
    m(
        "11412",
        "2025-06-16 07:55",
        "1Password <hello@1password.com>",
        "New device added to your account",
        NJ,
        text="""A new device was added to your 1Password account: MacBook Pro (Chicago, IL). If this wasn't you,
contact support.
""",
        tz=CDT,
    ),
    # --- city, civic, health
    m(
        "11413",
        "2025-03-17 09:00",
        "Circuit Court of Cook County <jury@cookcountycourt.org>",
        "Jury summons - response required",
        NJ,
        text="""You have been summoned for jury service at the Richard J. Daley Center on April 21, 2025. Complete
your juror questionnaire online within 10 days. Your juror ID is 2025-441207.
""",
        tz=CDT,
    ),
    m(
        "11414",
        "2025-06-01 08:00",
        "City of Chicago <noreply@chicityclerk.com>",
        "Your City Sticker is due",
        NJ,
        text="""Your City of Chicago vehicle sticker for plate ending 7QX expires June 30. Purchase online to avoid
a late fee.
""",
        tz=CDT,
    ),
    m(
        "11415",
        "2025-05-05 13:13",
        "CVS Pharmacy <CVSPharmacy@pharmacy.cvs.com>",
        "Your prescription is ready",
        NJ,
        text="""Your prescription is ready for pickup at CVS, 3046 N Ashland Ave. Pick up by May 12.
""",
        tz=CDT,
    ),
    m(
        "11416",
        "2025-04-10 08:35",
        "Lakeview Animal Hospital <reminders@lakeviewanimal.com>",
        "Biscuit's first visit is booked",
        NJ,
        text="""Biscuit's new-patient wellness exam is booked for Tuesday, April 15 at 5:20 PM with Dr. Moreno.
""",
        ics={
            "uid": "lah-biscuit-0415@lakeviewanimal.com",
            "organizer": ("Lakeview Animal Hospital", "reminders@lakeviewanimal.com"),
            "start": "2025-04-15 17:20:00 -0500",
            "minutes": 30,
            "summary": "Biscuit - wellness exam",
        },
        tz=CDT,
    ),
    # --- fun and social
    m(
        "11417",
        "2025-03-04 12:00",
        "Ticketmaster <customer_support@email.ticketmaster.com>",
        "You got tickets to Khruangbin",
        NJ,
        text="""Order #38-21177/CHI
Khruangbin - Salt Shed - Fri Jun 13 2025 - 2 tickets - Section GA
Your mobile tickets are in the app.
""",
        tz=CST,
    ),
    m(
        "11418",
        "2025-04-20 19:30",
        "Zola <hello@zola.com>",
        "Megan & Jake's wedding - please RSVP",
        NJ,
        text="""You're invited! Megan Sorensen & Jake Albright, October 11, 2025, Geneva, IL. Please RSVP by
August 15.
""",
        tz=CDT,
    ),
    m(
        "11419",
        "2025-05-12 20:45",
        "Book Club (Hannah L.) <hannahlucero@gmail.com>",
        "June book pick",
        NJ,
        text="""June pick is "Tom Lake". Meeting at my place June 18. Bring wine, not opinions about the ending until
everyone's there. Hannah
""",
        tz=CDT,
    ),
    m(
        "11420",
        "2025-06-23 17:15",
        "Eventbrite <noreply@order.eventbrite.com>",
        "Your tickets for Chicago Women in Marketing Summer Social",
        NJ,
        text="""Order #11922017440
Chicago Women in Marketing Summer Social - Thu, Jul 24, 6:00 PM - Soho House Chicago
1 x General Admission - $25.00
""",
        tz=CDT,
    ),
    m(
        "11421",
        "2025-07-28 09:00",
        "Cubs <cubs@email.mlb.com>",
        "Exclusive presale offer for August games",
        NJ,
        text="""Get access to the exclusive presale for Cubs vs. Brewers, August 22-24. Use code BLEACHERS at
checkout. Limited tickets.
""",
        tz=CDT,
    ),
    m(
        "11422",
        "2025-08-12 18:00",
        "GoFundMe <no-reply@gofundme.com>",
        'Thank you for donating to "Help the Ramirez family rebuild"',
        NJ,
        text="""Thank you, Dana! Your $50 donation to "Help the Ramirez family rebuild" was received. The organizer
will share updates.
""",
        tz=CDT,
    ),
    m(
        "11423",
        "2025-08-15 07:30",
        "Uber Receipts <noreply@uber.com>",
        "Your Friday morning trip with Uber",
        NJ,
        text="""Thanks for riding, Dana. Total $38.22. 2025-08-15 from 1420 W Addison St to Chicago O'Hare Terminal 1.
""",
        tz=CDT,
    ),
    m(
        "11424",
        "2025-08-20 12:40",
        "Fernway Slack <feedback@slack.com>",
        "You have 3 unread messages in Fernway",
        NJ,
        text="""Hana Iwasaki: can you take a look at the Q4 attribution deck before Thursday?
Jesse Park: loop me in on the HubSpot migration plan
#marketing-ops: 12 new messages
""",
        tz=CDT,
    ),
]

MAIL += [
    # --- more everyday mail
    m(
        "11425",
        "2025-02-03 08:00",
        "Chicago Public Library <noreply@chipublib.org>",
        "Your hold is ready for pickup",
        NJ,
        text="""The item you placed on hold is ready for pickup at the Merlo branch: "Never Split the Difference".
Pick up by February 10.
""",
        tz=CST,
    ),
    m(
        "11426",
        "2025-02-05 19:30",
        "Instacart <orders@instacart.com>",
        "Your order from Jewel-Osco is complete",
        NJ,
        text="""Your order has been delivered. Total: $96.14. Rate your shopper, Kendra.
""",
        tz=CST,
    ),
    m(
        "11427",
        "2025-02-17 09:12",
        "Nextdoor <no-reply@is.email.nextdoor.com>",
        "Lost dog near Addison & Southport",
        NJ,
        text="""Lakeview: "Has anyone seen a grey schnauzer named Pepper? Last seen near Addison & Southport around
8am." - 34 replies
""",
        tz=CST,
    ),
    m(
        "11428",
        "2025-02-28 17:00",
        "Orangetheory Fitness <studio0142@orangetheory.com>",
        "Your class is booked: Sat 9:00 AM",
        NJ,
        text="""You're booked! 2G class at Orangetheory Lakeview, Saturday March 1 at 9:00 AM with Coach Dre.
""",
        tz=CST,
    ),
    m(
        "11429",
        "2025-03-02 09:40",
        "Orangetheory Fitness <studio0142@orangetheory.com>",
        "Special offer: 3 months at 20% off",
        NJ,
        text="""Hey Dana, loved seeing you in class. Lock in our spring offer: 3 months of Premier membership at
20% off when you sign up by March 15.
""",
        tz=CST,
    ),
    m(
        "11430",
        "2025-03-13 21:03",
        "Uber Eats <uber.us@uber.com>",
        "Your Thursday evening order with Uber Eats",
        NJ,
        text="""Thanks for ordering, Dana. Here's your receipt for Piece Brewery and Pizzeria. Total $41.07.
""",
        tz=CDT,
    ),
    m(
        "11431",
        "2025-03-21 16:45",
        "Wrigley Row Apartments <leasing@wrigleyrowapts.com>",
        "Water shut-off notice - Tuesday 3/25",
        NJ,
        text="""Dear Residents, water will be shut off on Tuesday, March 25 from 9 AM to 1 PM for riser repairs in
the B stack. We apologize for the inconvenience.
""",
        tz=CDT,
    ),
    m(
        "11432",
        "2025-03-31 11:00",
        "Progressive <progressive@email.progressive.com>",
        "Your auto policy renewal",
        NJ,
        text="""Your auto policy renews on May 2, 2025. New 6-month premium: $688 (up $41). Review your coverages
and documents online.
""",
        tz=CDT,
    ),
    m(
        "11433",
        "2025-04-08 07:00",
        "The Chicago Tribune <newsletters@chicagotribune.com>",
        "Daily Briefing: CTA Red Line extension",
        NJ,
        text="""Good morning, Chicago. The CTA Red Line extension gets federal funding; White Sox stadium talks;
and where to find the best Italian beef.
""",
        tz=CDT,
    ),
    m(
        "11434",
        "2025-04-13 14:14",
        CHRIS,
        "biscuit update",
        NJ,
        text="""She ate a sock. She's fine. Vet says it'll pass. This dog.
""",
        tz=CDT,
    ),
    m(
        "11435",
        "2025-04-28 18:20",
        "Sephora <sephora@beauty.sephora.com>",
        "Your Beauty Insider offer is here",
        NJ,
        text="""Dana, your Beauty Insider Rouge offer: 20% off everything April 28 - May 5. Use code YAYSAVE.
""",
        tz=CDT,
    ),
    m(
        "11436",
        "2025-05-01 20:11",
        MOM_,
        "Re: your interview",
        NJ,
        text="""Dana I prayed for your interview today. Call me when you have a moment. Daddy says don't take less
than you are worth.

Mom
""",
        tz=CDT,
    ),
    m(
        "11437",
        "2025-05-04 10:00",
        "Divvy <no-reply@divvybikes.com>",
        "Your Divvy membership receipt",
        NJ,
        text="""Thanks for renewing your annual Divvy membership. Charged $143.90 to Visa ending 0921.
""",
        tz=CDT,
    ),
    m(
        "11438",
        "2025-05-18 11:50",
        "Whole Foods Market <orders@wholefoods.com>",
        "Your Whole Foods Market pickup order is ready",
        NJ,
        text="""Your order is ready for pickup at Whole Foods Market Lakeview. Show this email at the pickup desk.
""",
        tz=CDT,
    ),
    m(
        "11439",
        "2025-05-26 09:00",
        "Hannah Lucero <hannahlucero@gmail.com>",
        "Memorial Day BBQ?",
        NJ,
        text="""We're grilling at 2 if you two are around. Bring the dog! Bring chairs!
""",
        tz=CDT,
    ),
    m(
        "11440",
        "2025-06-07 14:30",
        "Chase <no.reply.alerts@chase.com>",
        "We've received your payment",
        NJ,
        text="""Your payment of $1,284.17 to your Chase Freedom account ending 8832 was received on 06/07/2025.
""",
        tz=CDT,
    ),
    m(
        "11441",
        "2025-06-13 12:00",
        "Khruangbin <news@khruangbin.com>",
        "See you tonight, Chicago",
        NJ,
        text="""Doors 7pm at the Salt Shed. Bag policy: clear bags only. Merch at the north entrance.
""",
        tz=CDT,
    ),
    m(
        "11442",
        "2025-06-25 08:45",
        "Apple Store <noreply@apple.com>",
        "Your Genius Bar reservation",
        NJ,
        text="""Your Genius Bar reservation at Apple North Michigan Avenue is confirmed for Saturday, June 28 at
10:10 AM. Device: iPhone 13.
""",
        tz=CDT,
    ),
    m(
        "11443",
        "2025-07-03 19:50",
        TUNDE,
        "4th",
        NJ,
        text="""Mom wants us there by 3 tomorrow. I'm bringing fireworks, don't tell her.
""",
        tz=CDT,
    ),
    m(
        "11444",
        "2025-07-06 20:30",
        MEG,
        "good luck tomorrow!!",
        NJ,
        text="""First day tomorrow! You're going to be amazing. Send me a pic of your home office setup lol
""",
        tz=CDT,
    ),
    m(
        "11445",
        "2025-07-18 10:05",
        "Marriott Bonvoy <marriottbonvoy@email-marriott.com>",
        "A special offer for your next stay",
        NJ,
        text="""Dana, members save up to 20% on weekend stays this summer. Offer ends August 31.
""",
        tz=CDT,
    ),
    m(
        "11446",
        "2025-07-26 12:30",
        "Instacart <orders@instacart.com>",
        "Your order from Mariano's is on its way",
        NJ,
        text="""Your shopper is on the way! Arriving 12:45-1:15 PM. Total: $132.60.
""",
        tz=CDT,
    ),
    m(
        "11447",
        "2025-07-30 07:00",
        "The Chicago Tribune <newsletters@chicagotribune.com>",
        "Daily Briefing: Lollapalooza weekend",
        NJ,
        text="""Lolla is back in Grant Park. Here's what to know about street closures, the lineup and the weather.
""",
        tz=CDT,
    ),
    m(
        "11448",
        "2025-08-06 08:10",
        "Fidelity Investments <Fidelity.Alerts@fidelity.com>",
        "Your quarterly statement is ready",
        NJ,
        text="""Your Rollover IRA quarterly statement for the period ending June 30, 2025 is ready to view.
""",
        tz=CDT,
    ),
    m(
        "11449",
        "2025-08-22 17:44",
        "Sunda <reservations@opentable.com>",
        "Your reservation is confirmed",
        NJ,
        text="""Party of 12 at Sunda New Asian - Saturday, August 23 at 6:30 PM. Please let us know if your plans
change.
""",
        tz=CDT,
    ),
    m(
        "11450",
        "2025-08-27 09:00",
        "Airbnb <automated@airbnb.com>",
        "Votre voyage à Montréal approche",
        ("not_job", "fr"),
        text="""Plus que 2 jours avant votre séjour sur le Plateau-Mont-Royal! Vérifiez l'itinéraire et les
instructions d'arrivée dans l'application.
""",
        tz=CDT,
    ),
    # --- marketing "interviews" and "applications" that are not jobs
    m(
        "11451",
        "2025-03-24 15:00",
        "Salesforce Trailblazer <trailblazer@salesforce.com>",
        "Apply now: Trailblazer Community Group Leader",
        NJ,
        text="""Love connecting with fellow Trailblazers? Applications are open to become a Community Group Leader
in Chicago. Volunteer role, about 4 hours a month. Apply by April 15.
""",
        tz=CDT,
    ),
    m(
        "11452",
        "2025-05-21 14:00",
        "Chicago Women in Marketing <board@chicagowim.org>",
        "Board nominations: your application is complete",
        NJ,
        text="""Hi Dana, thank you for submitting your application for the CWiM volunteer board (Programs Chair).
The nominating committee will conduct short interviews in June and announce the slate in July.
""",
        tz=CDT,
    ),
    m(
        "11453",
        "2025-06-26 10:30",
        "Chicago Women in Marketing <board@chicagowim.org>",
        "Welcome to the CWiM board!",
        NJ,
        text="""Congratulations, Dana! You've been elected Programs Chair for the 2025-26 term. Our first board
meeting is July 15 at 6 PM.
""",
        tz=CDT,
    ),
    m(
        "11454",
        "2025-04-03 13:20",
        "Crain's Chicago Business <events@chicagobusiness.com>",
        "40 Under 40: nominations close Friday",
        NJ,
        text="""Know a rising Chicago leader? Nominations for the 2025 40 Under 40 close Friday. Finalists will be
interviewed by our editors.
""",
        tz=CDT,
    ),
    m(
        "11455",
        "2025-06-11 16:00",
        "SurveyMonkey on behalf of Lakeview Smiles <member@surveymonkeyuser.com>",
        "How was your visit?",
        NJ,
        text="""Thanks for visiting Lakeview Smiles Dental. Please take our 1-minute survey about your recent visit.
""",
        tz=CDT,
    ),
    m(
        "11456",
        "2025-07-10 11:15",
        "HubSpot <noreply@hubspot.com>",
        "Welcome to your HubSpot portal",
        NJ,
        text="""Hi Dana, you've been added to the Fernway HubSpot account by Jesse Park as a Super Admin. Log in to
get started.
""",
        tz=CDT,
    ),
    m(
        "11457",
        "2025-08-08 09:30",
        "Zoom <no-reply@zoom.us>",
        "Cloud recording is now available",
        NJ,
        text="""Your cloud recording "Fernway Marketing Weekly" is now available. Share the recording link with
your team.
""",
        tz=CDT,
    ),
]

MAIL += [
    m(
        "11458",
        "2025-02-12 17:25",
        CHRIS,
        "dinner",
        NJ,
        text="""Picking up Ava at 5:30, then Trader Joe's. Tacos tonight? Text me if you need anything.
""",
        tz=CST,
    ),
    m(
        "11459",
        "2025-02-22 10:30",
        "Amazon.com <auto-confirm@amazon.com>",
        'Your Amazon.com order of "The Ops Manager\'s Playbook"',
        NJ,
        text="""Thank you for your order. Order #112-5520193-1180442. "The Ops Manager's Playbook" (Paperback)
- $24.99. Arriving Tuesday.
""",
        tz=CST,
    ),
    m(
        "11460",
        "2025-03-07 12:00",
        "Lakefront Federal <alerts@lakefrontfederal.com>",
        "Your card has been activated",
        NJ,
        text="""Your Lakefront Rewards Visa Signature card ending 0921 is now active. Add it to your digital wallet.
""",
        tz=CST,
    ),
    m(
        "11461",
        "2025-03-15 20:40",
        MEG,
        "Re: so?? how's the search going",
        NJ,
        text="""Ugh, ghosted by like half of them? That's so rude. At least the credit union one sounded promising.
Thursday drinks are still on.
""",
        headers=reply("11303", MEG),
        tz=CDT,
    ),
    m(
        "11462",
        "2025-04-04 08:45",
        "Midwest Auto Finance <noreply@midwestautofinance.com>",
        "Documents signed - welcome!",
        NJ,
        text="""Thanks, Dana! Your loan documents are signed and funding has been sent to Lincolnwood Honda. Your
first payment of $361.84 is due May 20.
""",
        tz=CDT,
    ),
    m(
        "11463",
        "2025-04-17 19:19",
        "Google Calendar <calendar-notification@google.com>",
        "Updated invitation: Meg + Dana drinks @ Thu Apr 17 7pm",
        NJ,
        text="""This event has been changed. New time: 7:30pm - 9:30pm. Where: Southport Lanes.
""",
        tz=CDT,
    ),
    m(
        "11464",
        "2025-04-21 06:45",
        "Circuit Court of Cook County <jury@cookcountycourt.org>",
        "Reminder: jury service today",
        NJ,
        text="""Reminder: report to the Richard J. Daley Center, 50 W Washington, at 8:30 AM today. Bring this summons.
""",
        tz=CDT,
    ),
    m(
        "11465",
        "2025-05-07 21:10",
        TUNDE,
        "Re: you up?",
        NJ,
        text="""Yeah. Good luck with round 2 tomorrow. You got this. Don't do the nervous laugh.
""",
        tz=CDT,
    ),
    m(
        "11466",
        "2025-05-20 12:00",
        "Peoples Gas <customerservice@peoplesgasdelivery.com>",
        "Your statement is available",
        NJ,
        text="""Your Peoples Gas statement for account ending 0098 is available. Amount due: $41.22.
""",
        tz=CDT,
    ),
    m(
        "11467",
        "2025-06-02 15:30",
        "Venmo <venmo@venmo.com>",
        "You paid Tunde Okafor $25.00",
        NJ,
        text="""You paid Tunde Okafor $25.00 - "mom's flowers".
""",
        tz=CDT,
    ),
    m(
        "11468",
        "2025-06-15 09:00",
        "Orangetheory Fitness <studio0142@orangetheory.com>",
        "Your membership has been paused",
        NJ,
        text="""As requested, your membership is paused from June 15 to July 15. We'll miss you!
""",
        tz=CDT,
    ),
    m(
        "11469",
        "2025-07-05 16:00",
        "Amazon.com <shipment-tracking@amazon.com>",
        "Your Amazon.com order has shipped",
        NJ,
        text="""Your package with "Ergonomic mesh office chair" has shipped and will arrive Monday, July 7.
""",
        tz=CDT,
    ),
    m(
        "11470",
        "2025-07-14 22:10",
        CHRIS,
        "how's Denver",
        NJ,
        text="""Biscuit misses you. Ava made you a "welcome to your new job" card, don't be mad that it's glitter.
""",
        tz=MDT,
    ),
    m(
        "11471",
        "2025-07-31 07:00",
        "Marketing Brew <crew@morningbrew.com>",
        "CMOs are interviewing for a new kind of ops role",
        NJ,
        html="""<html><body><p>Companies are creating "growth operations" roles that blend RevOps and brand.
We interviewed four recruiters about what the job actually is.</p><p>Unsubscribe</p></body></html>""",
        tz=CDT,
    ),
    m(
        "11472",
        "2025-08-05 19:00",
        "Zola <hello@zola.com>",
        "Reminder: RSVP for Megan & Jake",
        NJ,
        text="""Don't forget to RSVP by August 15 for Megan & Jake's wedding in Geneva, IL.
""",
        tz=CDT,
    ),
    m(
        "11473",
        "2025-08-13 10:45",
        "Lakeview Animal Hospital <reminders@lakeviewanimal.com>",
        "Biscuit is due for vaccines",
        NJ,
        text="""Biscuit is due for her DHPP booster. Book online or call (773) 555-0117.
""",
        tz=CDT,
    ),
    m(
        "11474",
        "2025-08-18 13:00",
        "Cedar Point Cabins <stay@cedarpointcabins.com>",
        "Thanks for staying with us",
        NJ,
        text="""We hope you enjoyed Door County! Leave a review and get 10% off your next stay.
""",
        tz=CDT,
    ),
    m(
        "11475",
        "2025-08-25 08:00",
        "ComEd <noreply@comed.com>",
        "Peak Time Savings: save tomorrow 2-6 PM",
        NJ,
        text="""Tomorrow is a Peak Time Savings hour. Reduce your usage between 2 and 6 PM to earn a bill credit.
""",
        tz=CDT,
    ),
    m(
        "11476",
        "2025-03-27 11:11",
        "Glassdoor Community <noreply@glassdoor.com>",
        "Your bowl has new posts: Marketing Pros",
        NJ,
        text="""Marketing Pros: "Anyone else getting AI-written rejection emails?" - 212 comments. "Salary
check: marketing ops manager in Chicago" - 87 comments.
""",
        tz=CDT,
    ),
    m(
        "11477",
        "2025-05-30 17:30",
        "Hannah Lucero <hannahlucero@gmail.com>",
        "Re: June book pick",
        NJ,
        text="""Also - congrats on making the final round!! Dana the ops queen. See you on the 18th.
""",
        headers=reply("11419", "Book Club (Hannah L.) <hannahlucero@gmail.com>"),
        tz=CDT,
    ),
]
