"""Corpus 50, the ordinary Seattle inbox with look-alikes (data only): see heldout50.py."""

from __future__ import annotations

from typing import Any


def _tz(day: str) -> str:
    return "-0700" if day < "2025-11-02" or day >= "2026-03-08" else "-0800"


def m(key, when, frm, subject, text=None, html=None, **kw) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec: dict[str, Any] = {"id": f"<{key}.{when[:10].replace('-', '')}@{dom}>",
                            "date": f"{when}:00 {_tz(when[:10])}", "from": frm,
                            "subject": subject, "t": ("not_job", "en")}
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


MAIL: list[dict[str, Any]] = [
    # look-alikes
    m("70001", "2025-10-03 14:20", "Cedar & Lake Apartments <leasing@cedarlakeapts.com>",
      "Your rental application has been received",
      "Hi Priya,\n\nThanks for applying for Unit 4B at Cedar & Lake (Capitol Hill). We've "
      "received your application and the $45 screening fee. Screening usually takes 2-3 "
      "business days; we'll email once your application is approved.\n\nCedar & Lake Leasing"),
    m("70002", "2025-10-07 10:05", "Cedar & Lake Apartments <leasing@cedarlakeapts.com>",
      "Application approved - next steps for Unit 4B",
      "Congratulations! Your application for Unit 4B has been approved. Please sign your "
      "lease in the resident portal within 48 hours to hold the unit. Move-in date: Nov 1."),
    m("70003", "2025-10-12 08:00", "Chase <no.reply.alerts@chase.com>",
      "Priya, you're pre-approved for a special offer",
      html="<p>You've been pre-approved for Chase Sapphire Preferred®. Earn 75,000 bonus "
      "points. This offer expires 12/31/2025. Apply now — it only takes minutes.</p>"),
    m("70004", "2025-11-18 12:31", "Evergreen Home Lending <loans@evergreenhomelending.com>",
      "Your mortgage pre-approval letter",
      "Hi Priya and Sam,\n\nAttached is your pre-approval letter for up to $850,000. It's valid "
      "for 90 days. When you're ready to make an offer on a home, send me the listing and I'll "
      "refresh the letter with the offer amount.\n\nLinda Ochoa, NMLS #448120"),
    m("70005", "2025-10-23 09:12", "TSA PreCheck <noreply@tsaenrollmentbyidemia.com>",
      "TSA PreCheck Application Received",
      "Thank you for submitting your TSA PreCheck® renewal application. Your application "
      "number is TT0194422. Please allow 3-5 days for processing. Status: Pending."),
    m("70006", "2025-11-01 16:45", "TSA PreCheck <noreply@tsaenrollmentbyidemia.com>",
      "Your TSA PreCheck application has been approved",
      "Congratulations! Your Known Traveler Number remains valid through 2030."),
    m("70007", "2025-11-05 11:00", "Maya Chen <maya@shipitpod.fm>",
      "Interview on Ship It podcast?",
      "Hi Priya,\n\nI host Ship It, a podcast about mobile engineering. I loved your talk on "
      "offline-first sync at Droidcon. Would you be up for a 45 min interview for an upcoming "
      "episode? We record remotely.\n\nMaya"),
    m("70008", "2025-12-01 09:30", "Maya Chen <maya@shipitpod.fm>",
      "Invitation: Ship It recording w/ Priya",
      "Booked! Calendar invite attached. Riverside link inside.",
      ics={"uid": "shipit-ep88@shipitpod.fm", "start": "2025-12-10 15:00:00 -0800",
           "minutes": 60, "summary": "Ship It podcast recording — Priya Raghunathan-Cole",
           "organizer": ("Maya Chen", "maya@shipitpod.fm"), "location": "riverside.fm"}),
    m("70009", "2025-10-28 13:37", "MobileConf Program Committee <speakers@mobileconf.dev>",
      "Your talk has been accepted - offer to speak at MobileConf 2026",
      "Dear Priya,\n\nCongratulations! We're pleased to offer you a speaking slot at MobileConf "
      "2026 (Austin, April 14-16) for 'Sync engines that survive the subway'. Please accept "
      "the offer by November 10 via the speaker portal.\n\nThe MobileConf Program Committee"),
    m("70010", "2025-11-07 10:00", "MobileConf Program Committee <speakers@mobileconf.dev>",
      "Speaker onboarding: next steps", "Thanks for accepting! Please upload your bio and "
      "headshot. Travel stipend details inside."),
    m("70011", "2025-10-16 07:00", "The Pragmatic Engineer <pragmaticengineer@substack.com>",
      "The state of tech hiring, fall 2025",
      html="<p>Is the tech job market recovering? This week: data on hiring at Big Tech vs "
      "startups, why recruiters are swamped with AI-generated applications, and an interview "
      "with a hiring manager on how they screen senior engineers.</p>"),
    m("70012", "2025-12-18 07:00", "The Pragmatic Engineer <pragmaticengineer@substack.com>",
      "How offers are negotiated in 2025",
      html="<p>A deep dive into offer negotiation, sign-on bonuses and the rise of "
      "'team matching'. Plus: layoffs tracker.</p>"),
    m("70013", "2025-11-12 15:00", "Datadog Events <events@datadoghq.com>",
      "Invitation: Webinar - Observability for Mobile Apps",
      "You're registered! Join us Thursday, Nov 20 at 10am PT. Add the event to your calendar "
      "with the attached invite.",
      ics={"uid": "dd-webinar-mobile-1120@datadoghq.com", "start": "2025-11-20 10:00:00 -0800",
           "summary": "Webinar: Observability for Mobile Apps",
           "organizer": ("Datadog Events", "events@datadoghq.com"),
           "location": "https://datadog.zoom.us/webinar/42"}),
    m("70014", "2025-11-02 19:22", "Keisha Morgan <keisha.morgan77@gmail.com>",
      "could you refer me at Ferrowell?",
      "Hey Priya!! I saw you interviewed with Ferrowell. Do you know anyone there who could "
      "refer me for their PM role? No pressure at all. Also brunch soon?? xo K"),
    m("70015", "2025-10-20 10:10", "Seattle Public Library <noreply@spl.org>",
      "Your library card application", "Your application for an SPL library card is "
      "approved. Card number ending 2231."),
    m("70016", "2025-11-26 08:15", "REI Co-op <rei@email.rei.com>",
      "Members: exclusive Black Friday offer inside",
      html="<p>Opt outside, then save. Members get 20% off one full-price item. Offer ends "
      "12/1.</p>"),
    m("70017", "2025-12-02 12:00", "Alaska Airlines <alaskaair@ifly.alaskaair.com>",
      "Your Mileage Plan credit card application",
      "Thank you for applying for the Alaska Airlines Visa Signature card. We need a little "
      "more time to review your application. You'll hear from us within 7-10 business days."),
    m("70018", "2026-01-09 13:00", "LinkedIn <messages-noreply@linkedin.com>",
      "Congratulate Dana Whitcomb on 5 years at Ferrowell",
      "Dana Whitcomb is celebrating a work anniversary. Say congrats!"),
    m("70019", "2025-11-15 09:00", "LinkedIn <notifications-noreply@linkedin.com>",
      "You appeared in 14 searches this week",
      "Recruiters from tech companies found you. See who's looking."),
    m("70020", "2026-02-24 09:00", "LinkedIn <messages-noreply@linkedin.com>",
      "Tomás Beltrán and 23 others congratulated you on your new position",
      "Keep the conversation going. Reply to your connections."),
    m("70021", "2025-10-25 18:00", "Nextdoor <no-reply@ss.email.nextdoor.com>",
      "Hiring: dog walker in Capitol Hill", "A neighbor posted: Looking to hire a reliable dog "
      "walker M-F. Offering $25/walk."),
    m("70022", "2026-01-15 10:30", "Meridian Dental <appointments@meridiandentalsea.com>",
      "Appointment confirmation: Jan 22", "Hi Priya, your cleaning with Dr. Fong is confirmed "
      "for Thursday, January 22 at 8:00 AM.",
      ics={"uid": "mdental-5531@meridiandentalsea.com", "start": "2026-01-22 08:00:00 -0800",
           "summary": "Dental cleaning - Dr. Fong",
           "organizer": ("Meridian Dental", "appointments@meridiandentalsea.com"),
           "location": "1400 Broadway, Seattle"}),
    m("70023", "2025-12-05 11:00", "University of Washington <uwpce@uw.edu>",
      "Your certificate program application is complete",
      "Thank you for applying to the Certificate in Machine Learning. Admission decisions are "
      "sent on a rolling basis."),
    m("70024", "2026-02-14 09:00", "Redfin <listings@redfin.com>",
      "Your offer on 2216 E Aloha St was accepted!",
      "Congratulations! The sellers accepted your offer. Your agent will walk you through "
      "escrow next steps."),
    m("70025", "2025-11-19 07:30", "Stack Overflow <do-not-reply@stackoverflow.email>",
      "The Overflow: how developers interview in the age of AI",
      html="<p>This week: we interviewed 30 hiring managers about take-home tests, plus the "
      "results of our developer survey.</p>"),
    m("70026", "2025-10-31 16:00", "Fidelity NetBenefits <fidelity.investments@mail.fidelity.com>",
      "Your rollover application is being processed",
      "We've received your 401(k) rollover application. Funds typically arrive in 7-10 days."),
]

_PLAIN = [
    ("71001", "2025-10-01 08:12", "Amazon.com <auto-confirm@amazon.com>", "Your Amazon.com order #112-4419 has shipped", "Your package with USB-C hub and 2 more items is on the way. Arriving Friday."),
    ("71002", "2025-10-02 19:40", "Sam Cole <sam.cole.rides@gmail.com>", "dinner thurs?", "Pho or that new Georgian place on 15th? I'm voting khachapuri."),
    ("71003", "2025-10-04 09:00", "Seattle City Light <noreply@seattle.gov>", "Your bill is ready", "Your City Light bill of $84.22 is due October 24."),
    ("71004", "2025-10-05 20:10", "Mom <lakshmi.raghunathan@yahoo.com>", "Diwali plans", "Kanna, are you and Sam coming to Portland for Diwali? Amma is making murukku. Let me know by next week so I can plan."),
    ("71005", "2025-10-06 07:30", "Morning Brew <crew@morningbrew.com>", "☕ Fed math", "Markets rallied after the Fed hinted at another cut. Also: why everyone's buying pickleball paddles."),
    ("71006", "2025-10-08 12:00", "Venmo <venmo@venmo.com>", "Sam Cole paid you $38.50", "Sam Cole paid you $38.50 for 🍜"),
    ("71007", "2025-10-09 18:22", "GitHub <noreply@github.com>", "[priya-rc/syncspike] Pull request #14 merged", "Merged #14 into main: fix conflict resolution for tombstones."),
    ("71008", "2025-10-10 10:00", "Spotify <no-reply@spotify.com>", "Your Premium receipt", "Thanks for your payment of $11.99 for Spotify Premium."),
    ("71009", "2025-10-11 09:45", "Orangetheory Fitness <capitolhill@orangetheory.com>", "You're booked: Saturday 10:15 AM", "See you at Capitol Hill studio. Late cancel fee applies within 8 hrs."),
    ("71010", "2025-10-13 17:30", "Jenna Park <jenna.park@fastmail.com>", "Re: book club - October pick", "We're doing 'The Ministry of Time'. Meet at mine on the 30th?\n\n> On Oct 12, Priya wrote:\n> I'm in!"),
    ("71011", "2025-10-14 08:00", "Costco <costco@online.costco.com>", "Your warehouse receipt", "Thank you for shopping at Costco Seattle. Total $211.64."),
    ("71012", "2025-10-15 11:11", "Google <no-reply@accounts.google.com>", "Security alert", "A new sign-in on Mac. If this was you, you don't need to do anything."),
    ("71013", "2025-10-17 15:00", "Ali Bakir <ali.bakir@protonmail.com>", "photos from the climbing trip", "Shared album link: 84 photos from Index. That beta on Thin Fingers was wild."),
    ("71014", "2025-10-18 08:30", "Zillow <no-reply@zillow.com>", "New listings in Capitol Hill", "3 new homes match your saved search. 2 bd, 1.5 ba, $789,000."),
    ("71015", "2025-10-19 20:00", "Netflix <info@account.netflix.com>", "New on Netflix this week", "Your next obsession is here."),
    ("71016", "2025-10-21 12:40", "Sound Transit <orca@soundtransit.org>", "ORCA card autoload", "We loaded $50.00 to your ORCA card ending 8812."),
    ("71017", "2025-10-22 09:00", "Wells Fargo <alerts@notify.wellsfargo.com>", "Deposit received", "A deposit of $3,120.00 was made to your account ending 4410."),
    ("71018", "2025-10-24 18:15", "Sam Cole <sam.cole.rides@gmail.com>", "Fwd: vet appt for Biscuit", "---------- Forwarded message ---------\nFrom: Capitol Hill Vet\nBiscuit's annual checkup is Nov 3 at 5:30pm."),
    ("71019", "2025-10-27 07:00", "Substack <no-reply@substack.com>", "New post from Platformer", "Why the chip wars are heating up again."),
    ("71020", "2025-10-29 14:05", "Uber Receipts <noreply@uber.com>", "Your Tuesday afternoon trip with Uber", "Total $23.18. Thanks for riding, Priya."),
    ("71021", "2025-10-30 21:00", "Jenna Park <jenna.park@fastmail.com>", "thanks for coming!", "Great discussion tonight. Next month is your pick!"),
    ("71022", "2025-11-01 09:00", "Cedar & Lake Apartments <residents@cedarlakeapts.com>", "Welcome home! Move-in checklist", "Your keys are ready at the front desk. Parking stall #22."),
    ("71023", "2025-11-03 08:00", "Comcast Xfinity <online.communications@alerts.comcast.net>", "Your internet service is scheduled", "Your installation is confirmed for Nov 4, 12-2pm."),
    ("71024", "2025-11-04 10:30", "PG&E <no-reply@puget.com>", "Welcome to Puget Sound Energy", "Your new service at 1820 E Pike St starts today."),
    ("71025", "2025-11-06 19:00", "Dad <ravi.raghunathan@gmail.com>", "article for you", "Saw this about AI taking coding jobs. Don't worry, I know you'll be fine. Call your mother. - Appa"),
    ("71026", "2025-11-08 11:20", "Target <orders@oe.target.com>", "Your order is ready for pickup", "Order #9021 is ready at Target Broadway & Pike."),
    ("71027", "2025-11-09 16:00", "Ali Bakir <ali.bakir@protonmail.com>", "gym sat?", "Vertical World at 9? I'll bring the chalk."),
    ("71028", "2025-11-10 07:15", "Morning Brew <crew@morningbrew.com>", "☕ Holiday shopping starts now", "Retailers are pulling Black Friday earlier than ever."),
    ("71029", "2025-11-11 13:00", "Apple <no_reply@email.apple.com>", "Your receipt from Apple", "iCloud+ 200GB $2.99"),
    ("71030", "2025-11-13 18:40", "Keisha Morgan <keisha.morgan77@gmail.com>", "Re: could you refer me at Ferrowell?", "omg thank you for connecting me with Dana!! I owe you a mimosa.\n\n> I don't have anyone left there but Dana the recruiter was lovely."),
    ("71031", "2025-11-14 10:00", "King County Elections <elections@kingcounty.gov>", "Your ballot has been accepted", "Your ballot for the November 4 General Election has been counted."),
    ("71032", "2025-11-17 12:12", "DoorDash <no-reply@doordash.com>", "Order confirmation from Taqueria El Sabor", "Your order is being prepared. Estimated arrival 12:45 PM."),
    ("71033", "2025-11-20 08:45", "Duolingo <hello@duolingo.com>", "🦉 Don't lose your 120 day streak!", "Practice Spanish now to keep your streak."),
    ("71034", "2025-11-22 15:30", "Sam Cole <sam.cole.rides@gmail.com>", "thanksgiving grocery list", "turkey breast, cranberries, sweet potatoes, the good butter, gf stuffing for Ali"),
    ("71035", "2025-11-24 09:00", "Chase <no.reply.alerts@chase.com>", "Your statement is available", "Your Freedom Unlimited statement is ready. Minimum payment $35.00 due 12/18."),
    ("71036", "2025-11-27 10:00", "Mom <lakshmi.raghunathan@yahoo.com>", "Happy Thanksgiving!", "Missing you both today. Send photos of the turkey!"),
    ("71037", "2025-11-28 07:00", "Best Buy <BestBuyInfo@emailinfo.bestbuy.com>", "Black Friday deals are live", "Doorbusters on laptops, TVs, headphones."),
    ("71038", "2025-11-29 14:20", "Airbnb <automated@airbnb.com>", "Reservation confirmed - Leavenworth", "You're going to Leavenworth! Dec 19-21. Check-in after 4pm."),
    ("71039", "2025-12-01 09:30", "GitHub <noreply@github.com>", "[GitHub] A third-party OAuth application has been added", "Raycast was recently authorized to access your account."),
    ("71040", "2025-12-03 18:00", "Jenna Park <jenna.park@fastmail.com>", "December book club", "Your pick! No pressure but I'd love something short lol."),
    ("71041", "2025-12-04 08:10", "Sound Transit <orca@soundtransit.org>", "Service alert: 1 Line", "Weekend single-tracking between SODO and Stadium."),
    ("71042", "2025-12-06 11:00", "Etsy <transaction@etsy.com>", "Your Etsy purchase from PaperLeafStudio", "Thanks for your order of 'custom pet portrait'."),
    ("71043", "2025-12-07 20:30", "Ali Bakir <ali.bakir@protonmail.com>", "holiday party at mine 12/13", "Bring a white elephant gift under $25."),
    ("71044", "2025-12-08 07:20", "Morning Brew <crew@morningbrew.com>", "☕ The year in tech layoffs", "Plus: the companies still hiring engineers."),
    ("71045", "2025-12-09 12:00", "Wells Fargo <alerts@notify.wellsfargo.com>", "Your payment is scheduled", "A $1,200 payment to Cedar & Lake is scheduled for 12/01."),
    ("71046", "2025-12-11 19:05", "Sam Cole <sam.cole.rides@gmail.com>", "proud of you", "Whatever happens with all these offers, you've crushed it this fall. Love you."),
    ("71047", "2025-12-13 09:00", "USPS Informed Delivery <USPSInformeddelivery@email.informeddelivery.usps.com>", "Your Daily Digest", "You have 3 mailpieces arriving today."),
    ("71048", "2025-12-14 16:30", "Venmo <venmo@venmo.com>", "You paid Ali Bakir $25.00", "🎁 white elephant"),
    ("71049", "2025-12-16 10:00", "Alaska Airlines <alaskaair@ifly.alaskaair.com>", "Your trip to Portland", "Confirmation code QWXK2L. SEA → PDX Dec 24, 9:05am."),
    ("71050", "2025-12-19 08:00", "Airbnb <automated@airbnb.com>", "Check-in info for your stay", "Door code and Wi-Fi details for your Leavenworth cabin."),
    ("71051", "2025-12-22 14:00", "Amazon.com <auto-confirm@amazon.com>", "Delivered: Your Amazon.com order", "Your package was left near the front door."),
    ("71052", "2025-12-24 21:00", "Mom <lakshmi.raghunathan@yahoo.com>", "safe travels", "Appa will pick you up at PDX. Text when you land."),
    ("71053", "2025-12-27 11:00", "Strava <no-reply@strava.com>", "Your 2025 Year in Sport is here", "You ran 612 miles this year."),
    ("71054", "2025-12-29 09:00", "Chase <no.reply.alerts@chase.com>", "Large purchase alert", "A charge of $642.10 at BEST BUY was made on your card."),
    ("71055", "2026-01-02 08:00", "Morning Brew <crew@morningbrew.com>", "☕ New year, new budget", "How to actually stick to a budget in 2026."),
    ("71056", "2026-01-03 17:45", "Jenna Park <jenna.park@fastmail.com>", "Re: December book club", "Finished it in one sitting. Great pick!"),
    ("71057", "2026-01-05 10:00", "IRS <noreply@irs.gov>", "Your IRS Online Account", "Your tax documents are available to view."),
    ("71058", "2026-01-07 19:00", "Ali Bakir <ali.bakir@protonmail.com>", "ski trip crystal?", "Weekend of the 24th? Sam too."),
    ("71059", "2026-01-10 12:30", "Fidelity Investments <fidelity.investments@mail.fidelity.com>", "Your rollover is complete", "Your funds have been deposited into your Rollover IRA."),
    ("71060", "2026-01-11 09:15", "Orangetheory Fitness <capitolhill@orangetheory.com>", "New Year challenge: sign up", "Join the 6-week transformation challenge."),
    ("71061", "2026-01-13 07:10", "The Seattle Times <newsletters@seattletimes.com>", "Morning Brief: snow possible", "Lowland snow possible Thursday; plus, Amazon's new HQ plans."),
    ("71062", "2026-01-17 16:20", "Sam Cole <sam.cole.rides@gmail.com>", "house tour sunday", "Redfin agent can show the Aloha St one Sunday at 1. You in?"),
    ("71063", "2026-01-19 10:00", "Redfin <listings@redfin.com>", "Tour confirmed: 2216 E Aloha St", "Your tour with Redfin agent Carla is confirmed for Sunday, Jan 25 at 1:00 PM."),
    ("71064", "2026-01-21 08:00", "Comcast Xfinity <online.communications@alerts.comcast.net>", "Your bill is ready", "Your Xfinity bill of $70.00 is ready."),
    ("71065", "2026-01-24 07:00", "Crystal Mountain <info@crystalmountainresort.com>", "Conditions report", "8 inches new overnight. Gondola opens 9am."),
    ("71066", "2026-01-27 12:00", "Uber Receipts <noreply@uber.com>", "Your Monday morning trip with Uber", "Total $17.40."),
    ("71067", "2026-01-30 18:30", "Dad <ravi.raghunathan@gmail.com>", "taxes", "Did you get the 1099 from the brokerage? Uncle Suresh can help if you need."),
    ("71068", "2026-02-01 09:00", "Evergreen Home Lending <loans@evergreenhomelending.com>", "Rates update", "Rates dipped this week. Want me to refresh your pre-approval?"),
    ("71069", "2026-02-03 07:00", "Morning Brew <crew@morningbrew.com>", "☕ Super Bowl ads", "Here's what a 30-second spot costs now."),
    ("71070", "2026-02-04 20:00", "Keisha Morgan <keisha.morgan77@gmail.com>", "I got it!!!", "Ferrowell PM offer!! Drinks on me. THANK YOU."),
    ("71071", "2026-02-07 11:00", "Zillow <no-reply@zillow.com>", "Price cut on a home you viewed", "2216 E Aloha St: price reduced $15,000."),
    ("71072", "2026-02-10 16:00", "Sam Cole <sam.cole.rides@gmail.com>", "we should offer on aloha?", "I ran the numbers again. If we go 10k over ask we're still fine with your new salary."),
    ("71073", "2026-02-13 08:00", "Netflix <info@account.netflix.com>", "Your payment method was updated", "Thanks for updating your billing details."),
    ("71074", "2026-02-15 19:00", "Mom <lakshmi.raghunathan@yahoo.com>", "HOUSE!!!", "Sam told us!! So happy for you both. Send pictures."),
    ("71075", "2026-02-18 09:30", "DocuSign via Evergreen Home Lending <dse_NA3@docusign.net>", "Please DocuSign: Loan Estimate - 2216 E Aloha St", "Linda Ochoa sent you a document to review and sign."),
    ("71076", "2026-02-21 12:00", "Costco <costco@online.costco.com>", "Your warehouse receipt", "Thank you for shopping at Costco Seattle. Total $184.09."),
    ("71077", "2026-02-23 07:30", "Stack Overflow <do-not-reply@stackoverflow.email>", "The Overflow #311", "Kotlin Multiplatform in production: a case study."),
    ("71078", "2026-02-26 18:20", "Ali Bakir <ali.bakir@protonmail.com>", "last day at the old job drinks?", "Friday at Linda's? congrats on Quillon!!"),
    ("71079", "2026-03-01 10:00", "Puget Sound Energy <no-reply@puget.com>", "Your bill is ready", "Amount due $96.41."),
    ("71080", "2026-03-03 08:00", "Google Workspace <workspace-noreply@google.com>", "Your storage is almost full", "You've used 92% of your 15 GB."),
    ("71081", "2026-03-05 12:00", "Escrow Northwest <closing@escrownw.com>", "Closing scheduled - 2216 E Aloha St", "Signing appointment set for March 12 at 10am."),
    ("71082", "2026-03-09 09:00", "Sound Transit <orca@soundtransit.org>", "ORCA card autoload", "We loaded $50.00 to your ORCA card ending 8812."),
    ("71083", "2026-03-12 17:00", "Sam Cole <sam.cole.rides@gmail.com>", "WE OWN A HOUSE", "keys!!!! 🔑🏡"),
    ("71084", "2026-03-15 10:00", "Jenna Park <jenna.park@fastmail.com>", "housewarming?", "You have to host book club at the new place."),
    ("71085", "2025-10-26 11:00", "Patagonia <patagonia@email.patagonia.com>", "Worn Wear trade-in offer", "Trade in your used gear and get credit toward your next purchase."),
    ("71086", "2025-11-23 09:00", "Google Calendar <calendar-notification@google.com>", "Reminder: Biscuit grooming", "Sat Nov 29 10am."),
    ("71087", "2025-12-10 08:00", "Headspace <hello@headspace.com>", "A special offer just for you", "Get 40% off annual — offer ends Sunday."),
    ("71088", "2026-01-26 14:00", "Coursera <no-reply@coursera.org>", "Congratulations on completing Kotlin Coroutines", "Your certificate is ready to share."),
    ("71089", "2026-02-08 10:30", "Slack <feedback@slack.com>", "Seattle Android Devs: 12 new messages", "#jobs: someone posted a role at Ferrowell. #general: meetup on the 19th."),
    ("71090", "2026-02-19 18:00", "Meetup <info@meetup.com>", "Seattle Android Devs: RSVP for Feb meetup", "Talk: Compose performance deep dive. Pizza provided."),
    ("71091", "2025-10-09 12:10", "Gusto <no-reply@gusto.com>", "Your final paycheck from Ridgefield is on its way", "Your last pay stub from Ridgefield Software is available."),
    ("71092", "2025-10-15 09:40", "Washington ESD <noreply@esd.wa.gov>", "Your weekly claim was received", "Your weekly claim for the week ending 10/11/2025 has been received."),
    ("71093", "2025-12-20 13:00", "Ali Bakir <ali.bakir@protonmail.com>", "Re: are you hiring at your new place?", "lol not yet I don't even work there. will ask once I start!"),
    ("71094", "2026-01-28 11:20", "ADP <SecurityServices_NoReply@adp.com>", "Your W-2 is available", "Your 2025 Form W-2 from Ridgefield Software is now available."),
    ("71095", "2025-10-02 08:05", "Chewy <no-reply@chewy.com>", "Your Autoship is on its way", "Biscuit's kibble ships today. Estimated delivery Oct 4."),
    ("71096", "2025-10-07 21:30", "Sam Cole <sam.cole.rides@gmail.com>", "Re: lease", "Signed my half. Did the building say anything about bike storage?"),
    ("71097", "2025-10-12 13:14", "Instacart <no-reply@instacart.com>", "Your order from PCC is complete", "Your shopper, Luis, delivered 18 items. Rate your order."),
    ("71098", "2025-10-18 17:00", "Lyft <no-reply@lyftmail.com>", "Your ride with Marco on October 18", "Thanks for riding with Lyft! $14.62 charged to Visa ••4410."),
    ("71099", "2025-10-25 09:50", "Kindle <digital-no-reply@amazon.com>", "Your Kindle book: The Ministry of Time", "Your book is ready to read on your Kindle devices."),
    ("71100", "2025-11-05 20:30", "Ali Bakir <ali.bakir@protonmail.com>", "that podcast!", "wait you're going to be on Ship It?? famous"),
    ("71101", "2025-11-09 08:40", "Seattle Parks and Recreation <noreply@seattle.gov>", "Registration confirmed: Pottery Wheel I", "You're registered for Pottery Wheel I at Miller Community Center, Tuesdays 6:30pm."),
    ("71102", "2025-11-16 12:00", "Figma <no-reply@figma.com>", "Ali Bakir invited you to a file", "Ali Bakir invited you to edit 'climbing gym wayfinding'."),
    ("71103", "2025-11-21 19:45", "Mom <lakshmi.raghunathan@yahoo.com>", "Re: Diwali plans", "Photos attached from the party. Next year you two must come!!"),
    ("71104", "2025-11-25 11:30", "Capitol Hill Vet <frontdesk@caphillvet.com>", "Reminder: Biscuit's vaccines are due", "Rabies and DHPP are due by December 15."),
    ("71105", "2025-12-02 07:45", "Morning Brew <crew@morningbrew.com>", "☕ Cyber Monday recap", "Shoppers spent a record amount online."),
    ("71106", "2025-12-12 15:00", "Google Photos <noreply-photos@google.com>", "You have a new memory", "Rediscover this day 3 years ago."),
    ("71107", "2025-12-15 10:00", "Evergreen Home Lending <loans@evergreenhomelending.com>", "Document checklist", "To keep your file current, please upload your two most recent pay stubs and bank statements."),
    ("71108", "2025-12-17 18:10", "Jenna Park <jenna.park@fastmail.com>", "secret santa", "You got Ali. Budget $30. Don't tell!"),
    ("71109", "2025-12-23 09:00", "Alaska Airlines <alaskaair@ifly.alaskaair.com>", "Check in for your flight", "It's time to check in for your flight to Portland."),
    ("71110", "2025-12-31 16:00", "Ali Bakir <ali.bakir@protonmail.com>", "nye?", "we're doing fondue at mine, come by after 9"),
    ("71111", "2026-01-06 08:15", "Chase <no.reply.alerts@chase.com>", "Your application for Chase Sapphire Preferred", "Thank you for applying. We've approved your application; your card will arrive in 7-10 business days."),
    ("71112", "2026-01-12 10:45", "Duolingo <hello@duolingo.com>", "You're on fire! 🔥 150 days", "Keep the streak alive."),
    ("71113", "2026-01-18 14:20", "Sam Cole <sam.cole.rides@gmail.com>", "Fwd: inspection report", "---------- Forwarded message ---------\nFrom: Cascade Home Inspections\nAttached is the inspection report for 2216 E Aloha St. Roof has ~8 years left."),
    ("71114", "2026-01-23 07:00", "The Seattle Times <newsletters@seattletimes.com>", "Morning Brief: housing market thaws", "Inventory is up 12% in King County."),
    ("71115", "2026-01-31 10:00", "Spotify <no-reply@spotify.com>", "Your Premium receipt", "Thanks for your payment of $11.99."),
    ("71116", "2026-02-02 19:00", "Dad <ravi.raghunathan@gmail.com>", "Re: news", "Congratulations on the new job, kanna! Quillon sounds like a very good company. Amma already told everyone."),
    ("71117", "2026-02-11 12:00", "Apple <no_reply@email.apple.com>", "Your receipt from Apple", "AppleCare+ for MacBook Pro."),
    ("71118", "2026-02-16 09:00", "Wells Fargo <alerts@notify.wellsfargo.com>", "Wire transfer sent", "Your wire of $42,500.00 to Escrow Northwest was sent."),
    ("71119", "2026-02-22 17:30", "Jenna Park <jenna.park@fastmail.com>", "Re: housewarming?", "Also: can I apply to be your official plant-sitter? lol"),
    ("71120", "2026-02-27 08:00", "Morning Brew <crew@morningbrew.com>", "☕ Interview with a chip CEO", "Our interview with the CEO of a startup taking on Nvidia. Plus: hiring is back (sort of)."),
    ("71121", "2026-03-04 11:00", "Cedar & Lake Apartments <leasing@cedarlakeapts.com>", "Notice to vacate received", "We've received your 30-day notice. Move-out inspection will be scheduled for April."),
    ("71122", "2026-03-07 16:45", "U-Haul <noreply@uhaul.com>", "Your reservation is confirmed", "10' truck, pickup March 14 at 9:00 AM, Capitol Hill location."),
    ("71123", "2026-03-10 09:00", "Comcast Xfinity <online.communications@alerts.comcast.net>", "Moving? Transfer your service", "Schedule your service transfer to your new address."),
    ("71124", "2026-03-13 13:00", "Ali Bakir <ali.bakir@protonmail.com>", "moving help sat", "I'll be there at 9 with coffee. You owe me pizza."),
]

MAIL += [m(k, w, f, s, t) for k, w, f, s, t in _PLAIN]
