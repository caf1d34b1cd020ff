# ruff: noqa: E501
"""Corpus 99, the rest of the inbox (data only): see heldout99.py."""

from __future__ import annotations

from typing import Any

from heldout99_jobs import m

N = ("not_job", "en")


def n(key, when, frm, subject, text=None, html=None, **kw):
    return m(key, when, frm, subject, N, text, html, **kw)


def bill(key, when, amount, due):
    return n(
        key,
        when,
        "Pepco <pepco@email.pepco.com>",
        "Your Pepco bill is ready",
        html=f"<html><body><p>Hi Marisol, your bill for account ending 4471 is ready.</p><p>Amount due: <b>${amount}</b><br>Due date: {due}</p>"
        "<p><a href='https://secure.pepco.com/accounts/login'>View and pay</a></p></body></html>",
    )


def smartrip(key, when, amount):
    return n(
        key,
        when,
        "SmarTrip <noreply@smartrip.wmata.com>",
        "SmarTrip Auto-Reload Receipt",
        f"Your SmarTrip card ending 0928 was automatically reloaded.\n\nAmount: ${amount}.00\nPayment: Visa ending 1184\n\nThank you for riding Metro.",
    )


def amazon(key, when, item, total):
    return n(
        key,
        when,
        "Amazon.com <auto-confirm@amazon.com>",
        f'Your Amazon.com order of "{item}"',
        f"Hello Marisol,\n\nThanks for your order. We'll let you know when your item ships.\n\n{item}\nOrder Total: ${total}\n\nShip to: Marisol Okafor-Reyes, Washington, DC 20009",
    )


def venmo(key, when, who, amount, note):
    return n(
        key,
        when,
        "Venmo <venmo@venmo.com>",
        f"{who} paid you ${amount}",
        f'{who} paid you ${amount}\n\n"{note}"\n\nThe money is now in your Venmo account.',
    )


def ward1(key, when, subject, body):
    return m(
        key,
        when,
        "Kalorama-Adams Morgan Neighbors <adamsmorgan-neighbors@groups.io>",
        subject,
        N,
        body,
        headers={"List-Id": "<adamsmorgan-neighbors.groups.io>"},
    )


DANI = "Dani Okafor <dani.okafor84@gmail.com>"
TESS = "Tessa Lindgren <tess.lindgren@gmail.com>"
JUNE = "Junie Park <junepark.dc@gmail.com>"
MOM = "Adaeze Okafor <adaeze.okafor@verizon.net>"

MAIL: list[dict[str, Any]] = [
    # bills, transit, receipts
    bill("60001", "2025-08-06 05:12", "64.18", "August 27, 2025"),
    bill("60002", "2025-09-05 05:10", "88.40", "September 26, 2025"),
    bill("60003", "2025-10-06 05:09", "71.02", "October 27, 2025"),
    bill("60004", "2025-11-05 05:14", "52.77", "November 26, 2025"),
    bill("60005", "2025-12-05 05:11", "79.35", "December 26, 2025"),
    bill("60006", "2026-01-06 05:13", "112.60", "January 27, 2026"),
    bill("60007", "2026-02-05 05:12", "126.09", "February 26, 2026"),
    smartrip("60010", "2025-08-13 07:48", 40),
    smartrip("60011", "2025-09-24 08:02", 40),
    smartrip("60012", "2025-11-12 07:55", 40),
    smartrip("60013", "2026-01-07 07:41", 60),
    smartrip("60014", "2026-02-09 07:44", 60),
    amazon("60020", "2025-08-09 21:30", "Moleskine Classic Notebook, Large, Ruled", "21.49"),
    amazon("60021", "2025-10-11 13:02", "Kindle Paperwhite Leather Cover", "39.99"),
    amazon("60022", "2025-12-03 20:15", "Women's Merino Wool Blazer - Navy, Size 6", "128.00"),
    amazon("60023", "2025-12-28 10:44", "Insulated Lunch Tote", "24.95"),
    venmo("60030", "2025-08-17 23:10", "Tessa Lindgren", "38.50", "trivia night nachos"),
    venmo("60031", "2025-09-28 18:44", "Junie Park", "65.00", "Nats tickets 🧢"),
    venmo("60032", "2025-11-16 12:20", "Dani Okafor", "20.00", "mom's bday flowers split"),
    venmo(
        "60033",
        "2026-01-11 19:05",
        "Tessa Lindgren",
        "42.00",
        "BRES celebration dinner - my treat was a lie",
    ),
    n(
        "60040",
        "2025-08-02 09:30",
        "Capital Bikeshare <noreply@capitalbikeshare.com>",
        "Your annual membership has been renewed",
        "Hi Marisol,\n\nYour Capital Bikeshare annual membership was renewed for $95.00. Ride on!",
    ),
    n(
        "60041",
        "2025-09-14 17:02",
        "Capital Bikeshare <noreply@capitalbikeshare.com>",
        "Ride receipt: 14th & V St NW to Union Station",
        "Trip duration: 24 min\nCost: $0.00 (member)\nThanks for riding!",
    ),
    n(
        "60042",
        "2025-10-19 15:20",
        "Trader Joe's Fan Club <hello@tjfanclub-newsletter.com>",
        "Pumpkin everything is back",
        html="<html><body><h2>It's that time again</h2><p>Our 14 favorite pumpkin finds this fall, ranked.</p></body></html>",
    ),
    n(
        "60043",
        "2025-11-28 06:00",
        "REI Co-op <rei@notices.rei.com>",
        "Black Friday: member offer inside",
        html="<html><body><h1>Member exclusive: 20% off one full-price item</h1><p>Offer ends Monday. Plus: Opt Outside ideas for the DMV.</p></body></html>",
    ),
    # apartment application (look-alike)
    n(
        "60050",
        "2025-08-23 14:15",
        "The Lindell at Navy Yard <leasing@thelindellnavyyard.com>",
        "We received your rental application",
        "Hi Marisol,\n\nThank you for submitting your application for Apartment 614 (1BR) at The Lindell. Your application fee of $50 "
        "has been processed. Our team will run your credit and income verification and we'll be in touch within 2-3 business days.\n\n"
        "Please note: applications are reviewed in the order they are received. If your application is not approved, your holding deposit will be refunded.\n\nThe Lindell Leasing Team",
    ),
    n(
        "60051",
        "2025-08-27 11:20",
        "RentCheck Screening <no-reply@rentcheckscreening.com>",
        "Action needed: verify your income for your application",
        "Marisol, to complete your rental application for The Lindell at Navy Yard, please upload two recent pay stubs or an offer letter from your employer.",
    ),
    n(
        "60052",
        "2025-09-02 16:40",
        "The Lindell at Navy Yard <leasing@thelindellnavyyard.com>",
        "Update on your application - Apt 614",
        "Hi Marisol,\n\nUnfortunately Apartment 614 was leased to an applicant whose application was completed first. We'd be happy to "
        "transfer your approved application to Apartment 509 (same floor plan, $45/month more). Let us know by Friday!\n\nThe Lindell Leasing Team",
    ),
    n(
        "60053",
        "2025-12-10 18:22",
        "Columbia Heights Flats Leasing <leasing@chflats-dc.com>",
        "Your application for Unit 3B has been approved!",
        "Congratulations Marisol! Your application for Unit 3B has been approved. Your lease offer is attached; please sign within 48 hours "
        "to hold the unit. Move-in date: January 1, 2026.",
        attach=[("Lease_Offer_3B.pdf", "application/pdf", "%PDF-1.4 lease offer\n")],
    ),
    n(
        "60054",
        "2025-12-11 09:05",
        "DocuSign via Columbia Heights Flats <dse_na2@docusign.net>",
        "Completed: Lease Agreement - Unit 3B - Okafor-Reyes",
        html="<html><body><p>All parties have completed <b>Lease Agreement - Unit 3B - Okafor-Reyes</b>.</p><p>View the completed document.</p></body></html>",
    ),
    n(
        "60055",
        "2025-12-29 10:00",
        "Columbia Heights Flats Leasing <leasing@chflats-dc.com>",
        "Move-in day details + elevator reservation",
        "Hi Marisol, your elevator is reserved for Jan 1, 9 AM - 1 PM. Keys at the front desk. Welcome home!",
    ),
    # credit cards, banks (offers / applications)
    n(
        "60060",
        "2025-08-15 10:30",
        "Capital One <capitalone@notification.capitalone.com>",
        "Marisol, you're pre-approved for Venture X",
        html="<html><body><h2>You're pre-approved!</h2><p>Earn 75,000 bonus miles. This offer expires 09/30/2025. Apply in minutes - "
        "checking won't affect your credit score.</p></body></html>",
    ),
    n(
        "60061",
        "2025-10-04 12:12",
        "Chase <no.reply.alerts@chase.com>",
        "Thank you for your application",
        "Thank you for applying for the Chase Sapphire Preferred card. We're reviewing your application and will let you know our decision "
        "by mail within 7-10 business days. Reference number: 7713-2290.",
    ),
    n(
        "60062",
        "2025-10-09 14:40",
        "Chase <no.reply.alerts@chase.com>",
        "Your application is approved",
        "Good news, Marisol. Your Chase Sapphire Preferred card application has been approved. Your card will arrive in 5-7 business days.",
    ),
    n(
        "60063",
        "2025-11-20 09:00",
        "Navy Federal Credit Union <navyfederal@email.navyfederal.org>",
        "A special offer just for you",
        html="<html><body><p>Refinance your auto loan and lower your rate. Offer valid through 12/31.</p></body></html>",
    ),
    n(
        "60064",
        "2026-01-15 08:30",
        "Thrift Savings Plan <tspmail@tsp.gov>",
        "Welcome to the TSP",
        "Your TSP account has been established by your agency. Your account number and initial password will arrive separately by mail.",
    ),
    n(
        "60065",
        "2025-09-09 07:00",
        "Ally Bank <ally@ally.com>",
        "Your monthly statement is available",
        "Your September statement for Online Savings ...2210 is ready to view.",
    ),
    n(
        "60066",
        "2025-12-09 07:00",
        "Ally Bank <ally@ally.com>",
        "Your monthly statement is available",
        "Your December statement for Online Savings ...2210 is ready to view.",
    ),
    # DMV, jury duty, government-but-not-job
    n(
        "60070",
        "2025-09-30 13:15",
        "DC DMV <dmv.notices@dc.gov>",
        "Your vehicle registration renewal notice",
        "Your registration for the vehicle with plate ending 4K2 expires on 10/31/2025. Renew online and avoid the service center line.",
    ),
    n(
        "60071",
        "2025-10-16 08:45",
        "DC DMV <dmv.notices@dc.gov>",
        "Appointment Confirmation: REAL ID - Georgetown Service Center",
        "Your appointment is confirmed.\nService: REAL ID driver license conversion\nDate: 10/24/2025 10:20 AM\nLocation: Georgetown Service Center\nBring proof of identity, SSN and two proofs of DC residency.",
        ics={
            "start": "2025-10-24 10:20:00 -0400",
            "minutes": 30,
            "summary": "DC DMV REAL ID appointment",
            "organizer": ("DC DMV", "dmv.notices@dc.gov"),
            "uid": "dcdmv-appt-5521190@dc.gov",
            "location": "3270 M St NW, Washington, DC",
        },
    ),
    n(
        "60072",
        "2025-11-03 10:00",
        "DC Superior Court Jury Office <juror.eresponse@dcsc.gov>",
        "Juror Summons - Response Required",
        "You have been summoned to serve as a juror in the Superior Court of the District of Columbia on Monday, December 8, 2025. "
        "Please complete your juror qualification questionnaire online within 5 days. Employers may not penalize employees for jury service.",
    ),
    n(
        "60073",
        "2025-12-04 15:30",
        "DC Superior Court Jury Office <juror.eresponse@dcsc.gov>",
        "Reminder: Jury Service Monday, December 8",
        "Please report to the Jurors' Office, 500 Indiana Ave NW, by 8:00 AM. Check the night before whether your group has been excused.",
    ),
    n(
        "60074",
        "2025-12-07 18:00",
        "DC Superior Court Jury Office <juror.eresponse@dcsc.gov>",
        "Your service has been excused",
        "Group 14 is not required to report on Monday, December 8, 2025. Your jury service is complete. Thank you.",
    ),
    n(
        "60075",
        "2025-10-01 09:00",
        "DC Board of Elections <noreply@dcboe.org>",
        "Your voter registration has been updated",
        "Your address change has been processed. Your polling place is Marie Reed Learning Center.",
    ),
    n(
        "60076",
        "2026-01-30 11:25",
        "IRS <irs.gov-noreply@irs.gov>",
        "IRS Online Account: new notice available",
        "A new notice is available in your IRS Online Account. For your security we don't include details in email. Sign in at IRS.gov.",
    ),
    # fellowship application (look-alike)
    n(
        "60080",
        "2025-09-04 17:10",
        "Aldridge Public Service Fellowship <fellowship@aldridgefoundation.org>",
        "Application received - 2026 Aldridge Fellows",
        "Dear Marisol,\n\nThank you for applying to the 2026 Aldridge Public Service Fellowship. Your application, essays and two letters "
        "of recommendation are complete. Finalists will be invited to interview in November. If you are not selected, you will be notified by December 1.\n\nThe Aldridge Foundation",
    ),
    n(
        "60081",
        "2025-11-07 12:00",
        "Aldridge Public Service Fellowship <fellowship@aldridgefoundation.org>",
        "Aldridge Fellowship - finalist interview invitation",
        "Dear Marisol,\n\nCongratulations, you are a finalist for the 2026 Aldridge Public Service Fellowship! Finalist interviews will be held "
        "on Zoom on November 20-21. Please choose a 30-minute slot using the link below.\n\nThe Aldridge Foundation Selection Committee",
    ),
    n(
        "60082",
        "2025-12-01 16:00",
        "Aldridge Public Service Fellowship <fellowship@aldridgefoundation.org>",
        "2026 Aldridge Fellowship decision",
        "Dear Marisol,\n\nThank you for your interest in the Aldridge Fellowship. We received over 900 applications this year and, after much "
        "deliberation, we are unable to offer you a place in the 2026 cohort. We hope you will stay connected with our alumni events.",
    ),
    # newsletters & podcast
    n(
        "60090",
        "2025-08-20 07:00",
        "Halberd Institute <newsletter@halberdinstitute.org>",
        "The Brief: an interview with a former county budget director",
        html="<html><body><h1>The Brief</h1><p><b>Interview:</b> Former Fairlane County budget director Marcus Ebbett on why local "
        "governments can't hire analysts fast enough - and what state personnel systems get wrong.</p><p>Also: federal hiring freeze, explained.</p></body></html>",
    ),
    n(
        "60091",
        "2025-09-17 07:00",
        "Halberd Institute <newsletter@halberdinstitute.org>",
        "The Brief: the future of the federal workforce",
        html="<html><body><h1>The Brief</h1><p>Our fellows interviewed 40 federal hiring managers about Schedule changes, time-to-hire and the "
        "90-day hiring target. Read the report.</p></body></html>",
    ),
    n(
        "60092",
        "2025-10-15 07:00",
        "Halberd Institute <newsletter@halberdinstitute.org>",
        "The Brief: housing vouchers, in five charts",
        html="<html><body><h1>The Brief</h1><p>Five charts on voucher utilization in the DMV.</p></body></html>",
    ),
    n(
        "60093",
        "2025-11-19 07:00",
        "Halberd Institute <newsletter@halberdinstitute.org>",
        "The Brief: shutdown aftermath",
        html="<html><body><h1>The Brief</h1><p>What the shutdown did to federal contractors, and an interview with a furloughed statistician.</p></body></html>",
    ),
    n(
        "60094",
        "2026-01-21 07:00",
        "Halberd Institute <newsletter@halberdinstitute.org>",
        "The Brief: what's in the governor's budget",
        html="<html><body><h1>The Brief</h1><p>Maryland's budget proposal, line by line.</p></body></html>",
    ),
    n(
        "60095",
        "2025-08-28 16:00",
        "Beltway Wonks Podcast <hello@beltwaywonks.fm>",
        'New episode: "How I got my federal job" - interview with a GS-14',
        html="<html><body><p>This week we interview a GS-14 economist about USAJOBS resumes, referral certificates and surviving the security "
        "clearance process. Listen now.</p></body></html>",
    ),
    n(
        "60096",
        "2025-10-23 16:00",
        "Beltway Wonks Podcast <hello@beltwaywonks.fm>",
        "New episode: Data in the time of shutdowns",
        html="<html><body><p>We talk with two agency statisticians about what happens when the lights go off.</p></body></html>",
    ),
    n(
        "60097",
        "2025-12-18 16:00",
        "Beltway Wonks Podcast <hello@beltwaywonks.fm>",
        "Would you come on the show?",
        "Hi Marisol,\n\nWe loved your piece on eviction filing data in Greater Greater DC. Would you be up for a 40-minute interview for an "
        "episode in January? We record on Riverside.fm, totally casual.\n\nMaya & Theo, Beltway Wonks",
    ),
    n(
        "60098",
        "2025-09-10 06:30",
        "Axios DC <dc@axios.com>",
        "Axios DC: Metro's new fare plan",
        html="<html><body><p>Good morning! Today's newsletter is 1,102 words, a 4-minute read.</p><p>1. Metro's new fare plan</p></body></html>",
    ),
    n(
        "60099",
        "2025-11-12 06:30",
        "Axios DC <dc@axios.com>",
        "Axios DC: Federal workers return",
        html="<html><body><p>Federal workers are back on the job after the shutdown. Here's what's next for the region's economy.</p></body></html>",
    ),
    n(
        "60100",
        "2026-01-14 06:30",
        "Axios DC <dc@axios.com>",
        "Axios DC: Snow day",
        html="<html><body><p>OPM says federal offices are closed. Here's where to sled.</p></body></html>",
    ),
    n(
        "60101",
        "2025-10-08 12:00",
        "Greater Greater Washington <info@ggwash.org>",
        "Thanks for your article submission",
        "Hi Marisol, thanks for pitching us! Our editors will review your draft on eviction filings and get back to you within two weeks.",
    ),
    n(
        "60102",
        "2025-11-05 14:00",
        "Greater Greater Washington <info@ggwash.org>",
        "Your article is live",
        'Your piece "What DC\'s eviction filings tell us" published this morning. Thanks for contributing!',
    ),
    # webinars/calendar not interviews
    n(
        "60110",
        "2025-09-16 12:00",
        "APPAM Events <events@appam.org>",
        "Registration confirmed: Evidence Act at Five webinar",
        'You\'re registered for "Evidence Act at Five" on September 30 at 12:00 PM ET.',
        ics={
            "start": "2025-09-30 12:00:00 -0400",
            "summary": "Webinar: Evidence Act at Five",
            "organizer": ("APPAM Events", "events@appam.org"),
            "uid": "appam-web-093025@appam.org",
            "location": "Zoom webinar",
        },
    ),
    n(
        "60111",
        "2025-10-27 09:00",
        "Dupont Dental Studio <appointments@dupontdental.com>",
        "Appointment reminder: cleaning on Nov 4",
        "Hi Marisol, this is a reminder of your cleaning with Dr. Amari on Tuesday, November 4 at 8:00 AM. Reply C to confirm.",
        ics={
            "start": "2025-11-04 08:00:00 -0500",
            "summary": "Dental cleaning - Dupont Dental Studio",
            "organizer": ("Dupont Dental Studio", "appointments@dupontdental.com"),
            "uid": "dds-88102@dupontdental.com",
            "location": "1350 Connecticut Ave NW",
        },
    ),
    n(
        "60112",
        "2026-01-06 15:00",
        "Amara Osei <amara.osei@bres.dlra.gov>",
        "Invitation: Survey Ops weekly sync @ Tue Jan 13 10am",
        "Welcome to the team! Adding you to our weekly sync.",
        ics={
            "start": "2026-01-13 10:00:00 -0500",
            "summary": "Survey Ops weekly sync",
            "organizer": ("Amara Osei", "amara.osei@bres.dlra.gov"),
            "uid": "survops-weekly-2026@bres.dlra.gov",
            "location": "Room 4410 / Teams",
        },
    ),
    n(
        "60113",
        "2026-02-10 13:00",
        "Tessa Lindgren <tess.lindgren@gmail.com>",
        "Invitation: Galentine's brunch @ Sat Feb 14 11am",
        "brunch at Call Your Mother, I made a reservation!!",
        ics={
            "start": "2026-02-14 11:00:00 -0500",
            "summary": "Galentine's brunch",
            "organizer": ("Tessa Lindgren", "tess.lindgren@gmail.com"),
            "uid": "galentines-2026@google.com",
            "location": "Call Your Mother, Columbia Heights",
        },
    ),
    # friends & family
    n(
        "60120",
        "2025-08-07 20:14",
        TESS,
        "guess who got the job",
        "MARISOL. I got it!! The senior comms role at the transit advocacy org. They called this afternoon with an offer and I said yes "
        "on the spot (was that dumb? should I have negotiated?). Drinks this weekend, I'm buying.\n\nT",
    ),
    n(
        "60121",
        "2025-08-08 09:02",
        TESS,
        "Re: guess who got the job",
        "ok I did negotiate a little, they bumped it 4k. start date 9/2. also they're hiring a policy person soon, I'll send it your way\n\n> On Aug 7, 2025, at 8:14 PM, Tessa wrote:\n> MARISOL. I got it!!",
    ),
    n(
        "60122",
        "2025-09-21 11:30",
        JUNE,
        "usajobs is a black hole",
        "how do you stand it?? I applied to 14 jobs in July and I've gotten 'Reviewed' on six and nothing else. my cousin says referred "
        "means nothing until HR calls you. anyway, want to do a resume swap session at the library Sunday?",
    ),
    n(
        "60123",
        "2025-09-22 08:15",
        JUNE,
        "Re: usajobs is a black hole",
        "also apparently you have to mirror the announcement's specialized experience language word for word. who knew. sunday 2pm MLK library?",
    ),
    n(
        "60124",
        "2025-10-23 21:05",
        DANI,
        "mom's birthday",
        "Hey sis - mom's birthday dinner is Nov 15, I booked Zaytinya for 7. Can you pick up the cake? Also how did the county interview go?",
    ),
    n(
        "60125",
        "2025-10-31 22:40",
        MOM,
        "So proud of you",
        "Dani told me you are going to work for the government! Your father would be so proud. Call me this weekend and tell me everything. Love, Mom",
    ),
    n(
        "60126",
        "2025-11-09 10:12",
        JUNE,
        "I'm in!!",
        "Finally got a tentative offer from the Census-adjacent place lol. Now I wait 3 months for the background check. "
        "How long did yours take? And did they make you do the fingerprints in person?",
    ),
    n(
        "60127",
        "2025-12-20 14:00",
        "Kwame Adjei <kwame.adjei@outlook.com>",
        "Holiday party + a question",
        "Hey! Party at ours on the 27th, 7pm. Also, my sister is applying to the county budget office, would you be willing to look at her "
        "cover letter? She's nervous about the written exercise.",
    ),
    n(
        "60128",
        "2026-01-09 19:33",
        TESS,
        "first week??",
        "tell me everything. is it all binders and PIV cards? do you have a window?",
    ),
    n(
        "60129",
        "2026-02-02 12:15",
        DANI,
        "Re: taxes",
        "Yeah use FreeTaxUSA, it handles the two W-2s fine. Did your old job send yours yet?",
    ),
    n(
        "60130",
        "2025-08-31 16:40",
        "Rafael Reyes <rafa.reyes.dc@gmail.com>",
        "Labor day cookout",
        "Cookout at Meridian Hill on Monday, bring the good hot sauce. Also congrats on the fellowship application, fingers crossed!",
    ),
    n(
        "60131",
        "2025-10-12 18:00",
        "Rafael Reyes <rafa.reyes.dc@gmail.com>",
        "new gig",
        "Started at the consulting firm last week. It's all federal contracts. Everyone says 'the client' like it's a person. If you ever "
        "want an intro to their recruiter let me know but honestly I think you'd hate it.",
    ),
    # neighborhood, community, services
    ward1(
        "60140",
        "2025-08-12 21:00",
        "[KAM Neighbors] Lost cat near Lanier Place",
        "Orange tabby, answers to Biscuit, very friendly. Please check garages!",
    ),
    ward1(
        "60141",
        "2025-09-25 08:30",
        "[KAM Neighbors] ANC 1C meeting tonight - bike lanes on 18th",
        "Agenda includes the 18th St protected lane design and a liquor license.",
    ),
    ward1(
        "60142",
        "2025-11-02 19:15",
        "[KAM Neighbors] Free: IKEA bookshelf",
        "Must pick up by Sunday. Columbia Rd near the Safeway.",
    ),
    ward1(
        "60143",
        "2026-01-25 09:40",
        "[KAM Neighbors] Snow shoveling volunteers",
        "Seniors on Ontario Rd need help. Reply if you can grab a block.",
    ),
    n(
        "60144",
        "2025-08-25 12:00",
        "DC Public Library <noreply@dclibrary.org>",
        "Your hold is ready for pickup",
        'The following item is ready for pickup at Mt. Pleasant Library: "The Power Broker" by Robert A. Caro. Pickup by 09/01/2025.',
    ),
    n(
        "60145",
        "2025-10-29 12:00",
        "DC Public Library <noreply@dclibrary.org>",
        "Items due soon",
        '"Weapons of Math Destruction" is due 11/03/2025.',
    ),
    n(
        "60146",
        "2025-09-03 07:00",
        "VeloCore Cycle <hello@velocorecycle.com>",
        "Your class is booked: 6:30 AM Rhythm Ride",
        "See you Thursday at 6:30 AM at the Logan Circle studio. Bike 14.",
    ),
    n(
        "60147",
        "2025-10-18 09:00",
        "VeloCore Cycle <hello@velocorecycle.com>",
        "Special offer: 3 months for the price of 2",
        html="<html><body><h1>Fall offer</h1><p>Lock in 3 months unlimited for the price of 2. Offer ends Oct 31.</p></body></html>",
    ),
    n(
        "60148",
        "2025-11-30 10:00",
        "Comcast Xfinity <online.communications@alerts.comcast.net>",
        "Your moving checklist",
        "Moving? Transfer your Xfinity service in minutes. Schedule installation at your new address.",
    ),
    n(
        "60149",
        "2025-12-30 16:22",
        "Xfinity <online.communications@alerts.comcast.net>",
        "Your installation appointment is confirmed",
        "Technician arrival window: Friday, January 2, 8-10 AM at 3B, 1400 block of Irving St NW.",
    ),
    n(
        "60150",
        "2025-09-19 18:05",
        "Hinge <hello@hinge.co>",
        "You have a new like",
        "Someone liked your photo. Open Hinge to see who.",
    ),
    n(
        "60151",
        "2025-11-14 10:30",
        "Zaytinya <reservations@opentable.com>",
        "Reservation confirmed: Zaytinya, Sat Nov 15, 7:00 PM, party of 6",
        "Your reservation is confirmed. We'll hold your table for 15 minutes.",
    ),
    n(
        "60152",
        "2026-01-03 11:00",
        "Spotify <no-reply@spotify.com>",
        "Your premium plan price is changing",
        "Starting next month, Premium Individual will be $12.99/month.",
    ),
    n(
        "60153",
        "2025-08-29 15:00",
        "Georgetown MPP Alumni <mppalumni@alumni.georgetownpolicy.edu>",
        "Alumni happy hour + career panel: navigating federal hiring",
        "Join fellow alumni at Dacha Beer Garden on Sept 11. Panelists from three agencies will talk about USAJOBS, structured interviews and the Pathways program.",
    ),
    n(
        "60154",
        "2025-11-25 15:00",
        "Georgetown MPP Alumni <mppalumni@alumni.georgetownpolicy.edu>",
        "Class notes: share your news!",
        "New job? New baby? New city? Send us your update for the winter class notes.",
    ),
    n(
        "60155",
        "2026-02-12 09:00",
        "Georgetown MPP Alumni <mppalumni@alumni.georgetownpolicy.edu>",
        "Mentor a current student this spring",
        "We're matching alumni mentors with first-year MPP students. 3 coffees over the semester.",
    ),
    # LinkedIn social
    n(
        "60160",
        "2025-09-03 12:10",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Congratulate Tessa Lindgren on starting a new position",
        html="<html><body><p>Tessa Lindgren started a new position as Senior Communications Manager at Metro Riders Alliance.</p><p>Say congrats</p></body></html>",
    ),
    n(
        "60161",
        "2025-10-05 12:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 14 searches this week",
        html="<html><body><p>Your profile was found by people from: government administration, think tanks, management consulting.</p></body></html>",
    ),
    n(
        "60162",
        "2026-01-06 12:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "42 people reacted to your post",
        html='<html><body><p>Your post "Excited to share that I\'ve started a new position as Program Analyst at ..." is getting attention.</p></body></html>',
    ),
    n(
        "60163",
        "2025-11-21 12:10",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Junie Park has a work anniversary",
        html="<html><body><p>Congratulate Junie Park on 3 years at the Fenwick Institute.</p></body></html>",
    ),
    n(
        "60164",
        "2025-12-02 12:10",
        "LinkedIn <invitations@linkedin.com>",
        "Raymond Lindqvist wants to connect",
        html="<html><body><p>Raymond Lindqvist, Branch Chief at Bureau of Rural Economic Statistics, has invited you to connect.</p></body></html>",
    ),
    # shutdown / health / misc
    n(
        "60170",
        "2025-10-02 09:00",
        "CareFirst BlueCross BlueShield <noreply@carefirst.com>",
        "Your Explanation of Benefits is ready",
        "A new EOB is available for a claim from 09/18/2025.",
    ),
    n(
        "60171",
        "2025-12-12 09:30",
        "FEHB Open Season <fehb.noreply@opm.gov>",
        "New employee? You have 60 days to enroll in FEHB",
        "Newly hired federal employees may enroll in a Federal Employees Health Benefits plan within 60 days of their appointment.",
    ),
    n(
        "60172",
        "2025-08-19 18:30",
        "Instacart <no-reply@instacart.com>",
        "Your order from Harris Teeter is complete",
        "Total: $87.12. Rate your shopper!",
    ),
    n(
        "60173",
        "2025-10-26 18:30",
        "Instacart <no-reply@instacart.com>",
        "Your order from Giant is complete",
        "Total: $64.40.",
    ),
    n(
        "60174",
        "2025-09-06 13:00",
        "Nationals Ticket Office <tickets@mlb-tickets-nationals.com>",
        "Your tickets: Nationals vs. Braves, Sat Sep 27",
        "Section 209, Row F, Seats 3-4. Mobile tickets are in the MLB Ballpark app.",
    ),
    n(
        "60175",
        "2025-11-01 11:00",
        "Moving Made Easy <quotes@movingmadeeasy-dc.com>",
        "Your moving quote is ready",
        "Thanks for requesting a quote. 1BR Adams Morgan to Columbia Heights, 2 movers, est. 4 hrs: $640. This offer is valid for 14 days.",
    ),
    n(
        "60176",
        "2025-12-31 17:00",
        "Moving Made Easy <quotes@movingmadeeasy-dc.com>",
        "Your move is booked for Jan 1",
        "Crew arrives 8:00 AM. Please have elevator reserved and parking permit posted.",
    ),
    n(
        "60177",
        "2025-08-03 10:00",
        "Duolingo <hello@duolingo.com>",
        "You're on a 100 day streak!",
        "Keep it going, Marisol. Spanish is waiting.",
    ),
    n(
        "60178",
        "2026-02-20 10:00",
        "Duolingo <hello@duolingo.com>",
        "We miss you",
        "Your streak ended. Start a new one today.",
    ),
    n(
        "60179",
        "2025-09-12 14:30",
        "Google Calendar <calendar-notification@google.com>",
        "Reminder: Resume swap w/ Junie @ Sun Sep 14 2pm",
        "Resume swap w/ Junie\nSun Sep 14, 2025 2pm - 4pm (EDT)\nMLK Memorial Library",
    ),
    n(
        "60180",
        "2025-10-07 09:15",
        "Google <no-reply@accounts.google.com>",
        "Security alert: new sign-in on Windows",
        "Your Google Account was just signed in to from a new Windows device.",
    ),
    n(
        "60181",
        "2026-02-17 20:40",
        "Etsy <transaction@etsy.com>",
        "Your Etsy order has shipped",
        "Hand-lettered desk nameplate - 'M. Okafor-Reyes' is on its way.",
    ),
    n(
        "60182",
        "2026-02-24 09:00",
        "OPM Retirement Services <noreply@opm.gov>",
        "Benefits webinar for new employees",
        "Learn about FERS, the TSP and FEGLI in this one-hour webinar for employees in their first year of service.",
    ),
    # more of the ordinary inbox
    n(
        "60190",
        "2025-08-10 09:15",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - Rehoboth Beach, Aug 29-Sep 1",
        "You're going to Rehoboth Beach! Check-in Friday after 4 PM. Your host Carol will send arrival details.",
    ),
    n(
        "60191",
        "2025-08-14 16:30",
        "Amtrak <amtrak@e.amtrak.com>",
        "eTicket: Washington to New York, Oct 3",
        "Northeast Regional 170, departs Washington Union Station 7:05 AM. Reservation 4F21C9.",
    ),
    n(
        "60192",
        "2025-09-08 10:00",
        "Mint Mobile <hello@mintmobile.com>",
        "Time to renew your plan",
        "Your 3-month plan ends in 7 days. Renew now and keep your number.",
    ),
    n(
        "60193",
        "2025-09-30 19:00",
        "Capital One <capitalone@notification.capitalone.com>",
        "Last chance: your Venture X offer expires tonight",
        html="<html><body><p>Marisol, your pre-approved offer ends at midnight. Apply now.</p></body></html>",
    ),
    n(
        "60194",
        "2025-10-05 11:11",
        "Netflix <info@account.netflix.com>",
        "New sign-in to your account",
        "A new device signed in to your Netflix account: Roku, Washington DC.",
    ),
    n(
        "60195",
        "2025-10-10 08:00",
        "OPM Status <status-alerts@opm.gov>",
        "Operating status: Federal offices in the Washington, DC area are CLOSED",
        "Due to a lapse in appropriations, federal agencies are operating under shutdown procedures. Non-excepted employees should not report.",
    ),
    n(
        "60196",
        "2025-10-21 17:45",
        DANI,
        "Re: mom's birthday",
        "Cake is from Baked & Wired, ordered under my name. You owe me $20 (see Venmo). And you never answered about the county interview!!",
    ),
    n(
        "60197",
        "2025-10-21 22:10",
        "Marisol Okafor-Reyes <marisol.okaforreyes@gmail.com>",
        "Re: mom's birthday",
        "It went well I think? Panel of four, very structured, they read every question off a sheet and nobody smiled. Still waiting on the federal one too.",
    ),
    n(
        "60198",
        "2025-11-08 12:30",
        "Washington Post <email@washingtonpost.com>",
        "Your subscription offer: $1 for 4 weeks",
        html="<html><body><h2>Special offer</h2><p>Get unlimited access for $1 every 4 weeks. Cancel anytime.</p></body></html>",
    ),
    n(
        "60199",
        "2025-11-17 09:00",
        "Zillow <no-reply@mail.zillow.com>",
        "New listings in Columbia Heights under $2,400",
        html="<html><body><p>3 new rentals match your search.</p><ul><li>1BR, Irving St NW - $2,295</li><li>Studio, Park Rd NW - $1,850</li></ul></body></html>",
    ),
    n(
        "60200",
        "2025-11-22 14:10",
        "Zillow Rentals <rentals@mail.zillow.com>",
        "Your rental application was sent to Columbia Heights Flats",
        "Your Zillow rental application and credit report were shared with Columbia Heights Flats for Unit 3B. The property will contact you about next steps.",
    ),
    n(
        "60201",
        "2025-12-02 20:00",
        JUNE,
        "Re: I'm in!!",
        "mine took 6 weeks from tentative to final, fingerprints at the agency HQ, they were super nice. the eApp form took me a whole weekend though",
    ),
    n(
        "60202",
        "2025-12-14 11:00",
        "Kalorama Yoga <studio@kaloramayoga.com>",
        "Holiday gift cards: buy one, get one 50% off",
        html="<html><body><p>Give the gift of calm. Offer ends 12/24.</p></body></html>",
    ),
    n(
        "60203",
        "2025-12-22 13:00",
        "Southwest Airlines <southwestairlines@ifly.southwest.com>",
        "Your trip to Houston: check in now",
        "Check in for flight 2141, DCA to HOU, departing Dec 23 at 10:15 AM.",
    ),
    n(
        "60204",
        "2026-01-02 09:00",
        "Columbia Heights Flats Leasing <leasing@chflats-dc.com>",
        "Welcome! Resident portal activation",
        "Activate your resident portal to pay rent, submit maintenance requests and reserve the roof deck.",
    ),
    n(
        "60205",
        "2026-01-12 18:25",
        "Kwame Adjei <kwame.adjei@outlook.com>",
        "Re: Holiday party + a question",
        "Thanks again for looking at Efua's letter. She just got an interview with the county! Budget Analyst I. She owes you a drink.",
    ),
    n(
        "60206",
        "2026-01-19 09:30",
        "Beltway Wonks Podcast <hello@beltwaywonks.fm>",
        "Your episode is live!",
        'Hi Marisol, the episode with you is out today: "Eviction data, explained." Thanks for the interview - share it around!',
    ),
    n(
        "60207",
        "2026-01-27 07:00",
        "Pepco <pepco@email.pepco.com>",
        "Service address updated",
        "We've transferred your service to your new address on Irving St NW.",
    ),
    n(
        "60208",
        "2026-02-06 16:00",
        "Tessa Lindgren <tess.lindgren@gmail.com>",
        "our org is hiring (again)",
        "Not for you obviously, Ms. Fed, but if you know any good policy people, our Policy Manager job posted today. Referral bonus is real and I want it.",
    ),
    n(
        "60209",
        "2026-02-18 12:00",
        "Chase <no.reply.alerts@chase.com>",
        "Your statement is ready",
        "Your Sapphire Preferred statement ending in 3310 is ready.",
    ),
    n(
        "60210",
        "2026-02-26 08:00",
        "DC Public Library <noreply@dclibrary.org>",
        "Your hold is ready for pickup",
        '"Recoding America" by Jennifer Pahlka is ready at Mt. Pleasant Library.',
    ),
]
