# ruff: noqa: E501
"""Corpus 43, the ordinary inbox: receipts, family, bills, newsletters and look-alikes."""

from __future__ import annotations

from typing import Any

from heldout43_jobs import m

N = ("not_job", "en")
ES = ("not_job", "es")


def n(k: int, date: str, frm: str, subject: str, text: str = "", **kw: Any) -> dict:
    return m(k, date, frm, subject, kw.pop("t", N), text, **kw)


MAIL: list[dict[str, Any]] = [
    # look-alikes on purpose
    n(
        600,
        "2025-09-03 12:10:00 -0400",
        "Ashford Commons Leasing <leasing@ashfordcommonsapts.com>",
        "Your rental application has been received",
        "Hi Kayla,\n\nThank you for applying to live at Ashford Commons! We received your "
        "application for Unit 2214 (1 bed / 1 bath). Screening usually takes 24-48 hours; we'll "
        "email you once your application is approved. Application fee paid: $65.00.\n\n"
        "Ashford Commons Leasing Office",
    ),
    n(
        601,
        "2025-09-05 16:22:00 -0400",
        "Ashford Commons Leasing <leasing@ashfordcommonsapts.com>",
        "Congratulations - you're approved!",
        "Great news, Kayla! Your application for Unit 2214 has been approved. Please sign your "
        "lease in the resident portal within 72 hours to hold the apartment. Move-in: October 1.",
    ),
    n(
        602,
        "2025-09-11 09:00:00 -0400",
        "Capital One <capitalone@notification.capitalone.com>",
        "Kayla, you're pre-approved for a Quicksilver card",
        html="<html><body><h1>Good news - you're pre-approved!</h1><p>Earn unlimited 1.5% cash "
        "back on every purchase. This offer expires 10/31/2025. Accept your offer in minutes.</p>"
        "<p>No impact to your credit score to see if you're approved.</p></body></html>",
    ),
    n(
        603,
        "2025-10-03 14:40:00 -0400",
        "Emory Sleep & Mood Study <studycoordinator@atlsleepmoodstudy.org>",
        "Eligibility screening interview for the SLEEP-ATL study",
        "Hi Kayla,\n\nThank you for your interest in our research study on sleep and shift work. "
        "Based on your online questionnaire you may be eligible. The next step is a 20-minute "
        "phone screening interview with a study coordinator. Participants who complete the "
        "study receive up to $300.\n\nPlease pick a time: https://calendly.com/sleepatl/screening\n\n"
        "Study Coordinator, SLEEP-ATL (IRB #00097712)",
    ),
    n(
        604,
        "2025-10-15 11:05:00 -0400",
        "Brooke Tillery <brooke@healthcareopspodcast.com>",
        "Podcast interview request - The Front Desk Files",
        "Hi Kayla!\n\nI host The Front Desk Files, a small podcast for people who keep clinics "
        "running. A mutual friend said you'd be a great guest to talk about surviving an Epic "
        "go-live. Would you be up for a 40-minute recorded interview sometime in November?\n\n"
        "Brooke",
    ),
    n(
        605,
        "2025-10-21 13:00:00 -0400",
        "MGMA <events@mgma.org>",
        "Webinar: Interviewing and retaining front-office staff in 2026",
        "You're registered!\n\nInterviewing and Retaining Front-Office Staff in 2026\nThursday, "
        "October 30, 2025, 1:00 PM ET\n\nAdd to calendar using the attached invite. Join link: "
        "https://mgma.zoom.us/webinar/register/WN_fr0nt\n\nMGMA",
        ics={
            "uid": "mgma-web-1030@mgma.org",
            "start": "2025-10-30 13:00:00 -0400",
            "minutes": 60,
            "organizer": ("MGMA Events", "events@mgma.org"),
            "summary": "Webinar: Interviewing and retaining front-office staff",
            "location": "https://mgma.zoom.us/webinar/register/WN_fr0nt",
        },
    ),
    n(
        606,
        "2025-09-08 19:30:00 -0400",
        "Hartwell Elementary PTA <pta@hartwellelementarypta.org>",
        "Volunteer application received - Fall Festival",
        "Thank you for submitting your volunteer application for the Hartwell Elementary Fall "
        "Festival! Because volunteers work with students, APS requires a background check - "
        "watch for an email from the district within a week. Shifts will be assigned by Oct 1.",
    ),
    n(
        607,
        "2025-11-28 06:00:00 -0500",
        "Target <target@em.target.com>",
        "Black Friday offers are here, Kayla",
        html="<html><body><h2>Doorbusters start now</h2><p>Exclusive offers for Target Circle "
        "members: up to 50% off home, toys and more.</p></body></html>",
    ),
    n(
        608,
        "2025-11-12 10:00:00 -0500",
        "Becker's Hospital Review <newsletters@beckershospitalreview.com>",
        "Health systems hiring surge; 5 interview questions CFOs ask",
        "Becker's Hospital Review - Daily\n\n1. Health systems add 14,000 jobs in October\n2. "
        "Interview: How one CEO cut agency staffing by 40%\n3. 5 questions CFOs ask in every "
        "interview\n\nRead more: https://www.beckershospitalreview.com/",
    ),
    n(
        609,
        "2025-10-08 18:05:00 -0400",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Jasmine Okafor on her new job",
        "Jasmine Okafor started a new position as Nurse Manager at Northside Pavilion Hospital.\n"
        "Say congrats: https://www.linkedin.com/feed/\n\nYou're receiving this because you and "
        "Jasmine are connected.",
    ),
    n(
        610,
        "2025-11-02 09:15:00 -0500",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Kayla, you appeared in 23 searches this week",
        "You appeared in 23 searches this week.\nSearchers found you through: Operations, "
        "Scheduling, Epic.\nSee who's looking: https://www.linkedin.com/me/search-appearances/",
    ),
    n(
        611,
        "2025-12-05 12:00:00 -0500",
        "SHRM <shrm@email.shrm.org>",
        "Hiring outlook 2026: what employers are planning",
        "SHRM HR Daily\n\nEmployers expect to slow hiring in Q1 2026; healthcare remains the "
        "exception. Plus: how to run a structured interview.\n\nhttps://www.shrm.org/",
    ),
    n(
        612,
        "2026-01-09 15:30:00 -0500",
        "Zillow <no-reply@mail.zillow.com>",
        "Your offer on 1188 Glenwood Ave was viewed",
        "Your listing activity: the owner of 1188 Glenwood Ave SE viewed your rental inquiry. "
        "Tip: renters who follow up within a day are 3x more likely to tour.",
    ),
    n(
        613,
        "2025-12-11 17:20:00 -0500",
        "Chase <no-reply@alertsp.chase.com>",
        "Your application for Chase Freedom Unlimited",
        "Thank you for applying for the Chase Freedom Unlimited® card. We need a little more "
        "time to review your application. We'll send you a decision by mail within 7-10 "
        "business days.",
    ),
    n(
        614,
        "2026-02-10 11:00:00 -0500",
        "Georgia Society of Healthcare Admins <events@gshca.org>",
        "Invitation: Networking breakfast - Feb 24",
        "Join fellow healthcare administrators for breakfast and a panel on AI in revenue cycle. "
        "Calendar invite attached.",
        ics={
            "uid": "gshca-bkfst-0224@gshca.org",
            "start": "2026-02-24 07:30:00 -0500",
            "minutes": 90,
            "organizer": ("GSHCA Events", "events@gshca.org"),
            "summary": "GSHCA Networking Breakfast",
            "location": "Loudermilk Center, 40 Courtland St NE, Atlanta",
        },
    ),
    # family and friends
    n(
        620,
        "2025-09-07 20:14:00 -0400",
        "Abena Osei <abena.osei58@yahoo.com>",
        "Sunday dinner",
        "Kay, dinner at 5 on Sunday. Your uncle Kwame is bringing the jollof so don't bring "
        "rice this time!! Just dessert. Love, Mom",
    ),
    n(
        621,
        "2025-09-19 22:41:00 -0400",
        "Devon Brennan <devbrennan@gmail.com>",
        "pics from the lake",
        "finally uploaded them. the one of you falling off the paddleboard is my favorite\n"
        "https://photos.app.goo.gl/Lk2v8",
    ),
    n(
        622,
        "2025-10-04 10:03:00 -0400",
        "Tasha Greene <tashag.atl@gmail.com>",
        "Re: brunch saturday?",
        "yesss Ria's at 11? I'll grab a table.\n\nOn Fri, Oct 3, 2025 at 9:17 PM Kayla "
        "Brennan-Osei wrote:\n> brunch saturday? I need to vent about interviews lol",
    ),
    n(
        623,
        "2025-10-11 08:45:00 -0400",
        "Abena Osei <abena.osei58@yahoo.com>",
        "So proud of you",
        "Your father told me about the new job!! We must celebrate. Mom",
    ),
    n(
        624,
        "2025-11-16 14:20:00 -0500",
        "Devon Brennan <devbrennan@gmail.com>",
        "Thanksgiving plan",
        "Mom wants everyone at hers by 2. I'll pick up Grandpa. Can you do the mac and cheese?",
    ),
    n(
        625,
        "2025-12-20 19:00:00 -0500",
        "Lucía Romero <luciaromero.atl@gmail.com>",
        "¡Feliz Navidad!",
        t=ES,
        text="¡Hola Kayla! Te mando un abrazo enorme y mis mejores deseos para estas fiestas. A "
        "ver si nos vemos en enero para ese café que tenemos pendiente. Besos, Lucía",
    ),
    n(
        626,
        "2026-01-03 11:11:00 -0500",
        "Tasha Greene <tashag.atl@gmail.com>",
        "new year new us",
        "signed us up for the Peachtree 10K training group, don't be mad",
    ),
    n(
        627,
        "2026-02-14 09:00:00 -0500",
        "Marcus Reid <marcus.reid.atl@outlook.com>",
        "tonight",
        "Reservation at 7:30 at Lyla Lila. Wear the green dress? ❤️",
    ),
    # bills, receipts, services
    n(
        630,
        "2025-09-01 06:00:00 -0400",
        "Georgia Power <noreply@georgiapower.com>",
        "Your bill is ready",
        "Your Georgia Power bill for account ending 4471 is ready. Amount "
        "due: $142.18. Due date: 09/22/2025. View and pay: https://customerservice2.southern"
        "company.com/",
    ),
    n(
        631,
        "2025-10-01 06:00:00 -0400",
        "Georgia Power <noreply@georgiapower.com>",
        "Your bill is ready",
        "Amount due: $118.40. Due date: 10/22/2025. Account ending 4471.",
    ),
    n(
        632,
        "2025-11-01 06:00:00 -0400",
        "Georgia Power <noreply@georgiapower.com>",
        "Your bill is ready",
        "Amount due: $86.02. Due date: 11/21/2025. Account ending 9902 (new service address).",
    ),
    n(
        633,
        "2025-12-01 06:00:00 -0500",
        "Georgia Power <noreply@georgiapower.com>",
        "Your bill is ready",
        "Amount due: $97.55. Due 12/22/2025.",
    ),
    n(
        634,
        "2026-01-02 06:00:00 -0500",
        "Georgia Power <noreply@georgiapower.com>",
        "Your bill is ready",
        "Amount due: $131.77. Due 01/22/2026. Winter tip: set your thermostat to 68°F.",
    ),
    n(
        635,
        "2025-09-09 14:32:00 -0400",
        "Amazon.com <auto-confirm@amazon.com>",
        "Your Amazon.com order #112-4471823-9930012",
        'Hello Kayla,\n\nThank you for shopping with us. Your order of "Professional Padfolio '
        'Resume Portfolio" and 1 more item will arrive Thursday, September 11.',
    ),
    n(
        636,
        "2025-09-11 18:02:00 -0400",
        "Amazon.com <shipment-tracking@amazon.com>",
        "Delivered: Your Amazon.com order #112-4471823-9930012",
        "Your package was delivered. It was handed directly to a resident.",
    ),
    n(
        637,
        "2025-10-18 10:12:00 -0400",
        "Amazon.com <auto-confirm@amazon.com>",
        "Your Amazon.com order #112-8830041-1128844",
        "Order confirmed: Dansko Professional Clog, Black, size 39. Arriving Oct 21.",
    ),
    n(
        638,
        "2025-11-29 13:01:00 -0500",
        "Amazon.com <auto-confirm@amazon.com>",
        "Your Amazon.com order #112-2210987-5543120",
        "Order confirmed: Instant Pot Duo 6 qt, LEGO Friends Heartlake set. Arriving Dec 2-3.",
    ),
    n(
        639,
        "2025-09-15 08:00:00 -0400",
        "Delta Community Credit Union <alerts@deltacommunitycu.com>",
        "Direct deposit received",
        "A direct deposit of $1,842.66 posted to Checking ****0388.",
    ),
    n(
        640,
        "2025-11-14 08:00:00 -0500",
        "Delta Community Credit Union <alerts@deltacommunitycu.com>",
        "Direct deposit received",
        "A direct deposit of $2,108.30 from PEACHTREE VALLEY posted to Checking ****0388.",
    ),
    n(
        641,
        "2025-12-12 08:00:00 -0500",
        "Delta Community Credit Union <alerts@deltacommunitycu.com>",
        "Low balance alert",
        "Your Savings ****0391 balance fell below $500.00.",
    ),
    n(
        642,
        "2025-09-25 21:00:00 -0400",
        "Netflix <info@account.netflix.com>",
        "Your payment method was declined",
        "We're having some trouble with your current billing "
        "information. Update your payment method to keep watching.",
    ),
    n(
        643,
        "2025-10-02 11:30:00 -0400",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium receipt",
        "Spotify Premium Individual - $11.99. Thanks for being a Premium member.",
    ),
    n(
        644,
        "2025-11-02 11:30:00 -0500",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium receipt",
        "Spotify Premium Individual - $11.99. Next billing date: December 2, 2025.",
    ),
    n(
        645,
        "2025-09-29 17:45:00 -0400",
        "Uber Receipts <noreply@uber.com>",
        "Your Monday evening trip with Uber",
        "Thanks for riding, Kayla. Total $18.62. Midtown to Old Fourth Ward.",
    ),
    n(
        646,
        "2025-10-29 07:12:00 -0400",
        "Uber Receipts <noreply@uber.com>",
        "Your Wednesday morning trip with Uber",
        "Total $22.10. Kirkwood to Calloway County Health Dept Admin Bldg.",
    ),
    n(
        647,
        "2025-09-17 12:00:00 -0400",
        "CVS Pharmacy <CVSPharmacy@pharmacy.cvs.com>",
        "Your prescription is ready",
        "Your prescription is ready for pickup at CVS, 1943 Piedmont Rd. Hours: 8am-9pm.",
    ),
    n(
        648,
        "2025-10-22 10:30:00 -0400",
        "Piedmont Dental Group <appointments@piedmontdentalgroup.net>",
        "Appointment reminder",
        "Hi Kayla, this is a reminder of your cleaning on Tuesday 10/28 at 8:00 AM with Dr. "
        "Farouk. Reply C to confirm.",
        ics={
            "uid": "pdg-appt-1028@piedmontdentalgroup.net",
            "start": "2025-10-28 08:00:00 -0400",
            "minutes": 60,
            "organizer": ("Piedmont Dental Group", "appointments@piedmontdentalgroup.net"),
            "summary": "Dental cleaning - Dr. Farouk",
            "location": "1401 Piedmont Ave NE",
        },
    ),
    n(
        649,
        "2025-09-21 09:00:00 -0400",
        "Kroger <kroger@ds.kroger.com>",
        "Your weekly digital coupons",
        "Kayla, 42 new digital coupons are ready to load. Plus "
        "4X fuel points on gift cards this weekend.",
    ),
    n(
        650,
        "2025-10-19 09:00:00 -0400",
        "Kroger <kroger@ds.kroger.com>",
        "Your pickup order is ready",
        "Your Kroger Pickup order is ready at Ponce de Leon. Pickup window: 10:00-11:00 AM.",
    ),
    n(
        651,
        "2025-12-21 09:00:00 -0500",
        "Kroger <kroger@ds.kroger.com>",
        "Holiday hours & deals",
        "Stores close at 6 PM on Christmas Eve. Holiday baking deals inside.",
    ),
    n(
        652,
        "2025-09-27 10:15:00 -0400",
        "Xfinity <online.communications@alerts.comcast.net>",
        "Your Xfinity installation is confirmed",
        "Installation at 880 Glen Iris Dr NE, Apt 2214 on Wed, Oct 1 between 8-10 AM.",
    ),
    n(
        653,
        "2025-10-26 08:00:00 -0400",
        "Xfinity <online.communications@alerts.comcast.net>",
        "Your bill is ready",
        "Your Xfinity bill of $74.99 is ready. AutoPay on 11/12.",
    ),
    n(
        654,
        "2025-11-26 08:00:00 -0500",
        "Xfinity <online.communications@alerts.comcast.net>",
        "Your bill is ready",
        "Your Xfinity bill of $74.99 is ready. AutoPay on 12/12.",
    ),
    n(
        655,
        "2025-09-30 15:00:00 -0400",
        "Two Men and a Truck <atlanta@twomenandatruck.com>",
        "Your move is booked - Oct 1",
        "Hi Kayla, your move from 415 Lakewood Way to 880 Glen Iris Dr is confirmed for "
        "Wednesday, October 1 at 8 AM. Crew of 3, estimated 4 hours.",
    ),
    n(
        656,
        "2025-10-02 09:00:00 -0400",
        "USPS <USPSInformeddelivery@email.informeddelivery.usps.com>",
        "Your change of address is confirmed",
        "Your Change of Address request has been processed. Mail forwarding begins 10/01/2025.",
    ),
    n(
        657,
        "2025-10-05 07:00:00 -0400",
        "USPS Informed Delivery <USPSInformeddelivery@email.informeddelivery.usps.com>",
        "Your Daily Digest",
        "You have 3 mailpieces arriving today.",
    ),
    n(
        658,
        "2025-11-09 07:00:00 -0500",
        "USPS Informed Delivery <USPSInformeddelivery@email.informeddelivery.usps.com>",
        "Your Daily Digest",
        "You have 2 mailpieces and 1 package arriving today.",
    ),
    n(
        659,
        "2025-12-14 07:00:00 -0500",
        "USPS Informed Delivery <USPSInformeddelivery@email.informeddelivery.usps.com>",
        "Your Daily Digest",
        "You have 5 mailpieces arriving today.",
    ),
    # newsletters and subscriptions
    n(
        660,
        "2025-09-12 06:30:00 -0400",
        "Axios Atlanta <atlanta@axios.com>",
        "Axios Atlanta: BeltLine rail, finally?",
        "Today's newsletter is 1,204 words, a 4.5-minute "
        "read.\n\n1. BeltLine rail vote\n2. Where to eat on Buford Hwy",
    ),
    n(
        661,
        "2025-10-10 06:30:00 -0400",
        "Axios Atlanta <atlanta@axios.com>",
        "Axios Atlanta: Hospital jobs boom",
        "1. Atlanta's hospitals are hiring - we interviewed "
        "three recruiters about what they look for\n2. Weekend events",
    ),
    n(
        662,
        "2025-11-07 06:30:00 -0500",
        "Axios Atlanta <atlanta@axios.com>",
        "Axios Atlanta: Election results",
        "Smart Brevity count: 980 words.\n\n1. Council races recap\n2. MARTA budget",
    ),
    n(
        663,
        "2025-12-19 06:30:00 -0500",
        "Axios Atlanta <atlanta@axios.com>",
        "Axios Atlanta: Holiday lights guide",
        "1. Best light shows around town\n2. Traffic alert",
    ),
    n(
        664,
        "2026-01-23 06:30:00 -0500",
        "Axios Atlanta <atlanta@axios.com>",
        "Axios Atlanta: Ice storm prep",
        "1. What to know before Saturday's ice\n2. School closures",
    ),
    n(
        665,
        "2025-09-18 11:00:00 -0400",
        "Fierce Healthcare <fiercehealthcare@fiercehealthcare.com>",
        "Payers tighten prior auth; telehealth startups lay off staff",
        "FIERCE HEALTHCARE\n\nTop stories: Payers tighten prior auth rules; two telehealth "
        "startups cut staff; Q&A interview with a CMS deputy administrator.",
    ),
    n(
        666,
        "2025-10-23 11:00:00 -0400",
        "Fierce Healthcare <fiercehealthcare@fiercehealthcare.com>",
        "Hospital margins rebound in Q3",
        "Top stories: Hospital margins rebound; Medicare Advantage star ratings released.",
    ),
    n(
        667,
        "2025-12-04 11:00:00 -0500",
        "Fierce Healthcare <fiercehealthcare@fiercehealthcare.com>",
        "The year in healthcare layoffs",
        "Top stories: The year in healthcare layoffs and "
        "hiring; ambulatory surgery centers keep growing.",
    ),
    n(
        668,
        "2025-09-24 17:00:00 -0400",
        "The Skimm <dailyskimm@morning7.theskimm.com>",
        "Daily Skimm: Deadlines",
        "Skimm'd while updating my resume. Here's what you need to know today.",
    ),
    n(
        669,
        "2025-11-05 17:00:00 -0500",
        "The Skimm <dailyskimm@morning7.theskimm.com>",
        "Daily Skimm: The results",
        "What to know about last night's results, plus a recipe.",
    ),
    n(
        670,
        "2025-09-14 08:00:00 -0400",
        "Medium Daily Digest <noreply@medium.com>",
        "How I negotiated a 15% raise as a clinic manager",
        "Stories for Kayla: How I negotiated "
        "a 15% raise; 7 Excel tricks for schedulers; The interview question I always ask.",
    ),
    n(
        671,
        "2025-10-26 08:00:00 -0400",
        "Medium Daily Digest <noreply@medium.com>",
        "Lean in healthcare: a primer",
        "Stories for Kayla: Lean in healthcare; Why your waiting room is slow.",
    ),
    n(
        672,
        "2025-09-20 09:00:00 -0400",
        "Atlanta Botanical Garden <info@atlantabg.org>",
        "Member exclusive: Garden Lights preview",
        "Members get first access to Garden Lights, Holiday Nights tickets on October 1.",
    ),
    n(
        673,
        "2025-11-21 09:00:00 -0500",
        "Atlanta Botanical Garden <info@atlantabg.org>",
        "Your Garden Lights tickets",
        "Thank you for your purchase. 2 tickets, Saturday Dec 6, 6:30 PM entry.",
    ),
    n(
        674,
        "2025-10-07 10:00:00 -0400",
        "Coursera <no-reply@t.mail.coursera.org>",
        "You're enrolled: Healthcare Data Literacy",
        "Welcome to Healthcare Data Literacy from Johns Hopkins. Week 1 starts today.",
    ),
    n(
        675,
        "2025-11-11 10:00:00 -0500",
        "Coursera <no-reply@t.mail.coursera.org>",
        "Your certificate is ready!",
        "Congratulations, Kayla! You earned a certificate for "
        "Healthcare Data Literacy. Share it on LinkedIn.",
    ),
    n(
        676,
        "2025-12-28 10:00:00 -0500",
        "Coursera <no-reply@t.mail.coursera.org>",
        "Special offer: 40% off Coursera Plus",
        "New year, new skills. Get 40% off Coursera Plus annual - offer ends January 5.",
    ),
    # health, civic, misc
    n(
        680,
        "2025-09-22 15:00:00 -0400",
        "MyChart <mychart@piedmonthealthcare-example.org>",
        "New test result available",
        "A new test result is available in MyChart. Log in to view it.",
    ),
    n(
        681,
        "2025-11-19 15:00:00 -0500",
        "MyChart <mychart@piedmonthealthcare-example.org>",
        "Appointment reminder: annual physical",
        "Reminder: annual physical with Dr. Ibekwe on "
        "Tuesday, November 25 at 9:40 AM. eCheck-In is available.",
    ),
    n(
        682,
        "2025-10-14 12:00:00 -0400",
        "Georgia DDS <noreply@dds.georgia.gov>",
        "Address change confirmation",
        "Your address has been updated on your Georgia driver's "
        "license record. A new card will be mailed in 10-14 days.",
    ),
    n(
        683,
        "2025-10-20 09:30:00 -0400",
        "Fulton County Elections <elections@fultoncountyga.gov>",
        "Your voter registration has been updated",
        "Your registration is updated. Polling place: Inman Park UMC.",
    ),
    n(
        684,
        "2026-01-20 13:00:00 -0500",
        "IRS Free File <no-reply@freefile-reminder.com>",
        "Tax season is here",
        "Filing opens January 26. Gather your W-2s and 1099s.",
    ),
    n(
        685,
        "2026-01-31 17:40:00 -0500",
        "Peachtree Valley Health Payroll <payroll@peachtreevalleyhealth.org>",
        "Your 2025 W-2 is available",
        "Your 2025 Form W-2 is now available in Workday > Pay > Tax Documents.",
    ),
    n(
        686,
        "2025-09-26 20:00:00 -0400",
        "Eventbrite <noreply@order.eventbrite.com>",
        "Your tickets for Atlanta Jazz Brunch",
        "Order #8821109. 2 x General Admission, Sunday Oct 12, 11 AM, Ponce City Market rooftop.",
    ),
    n(
        687,
        "2025-10-16 19:00:00 -0400",
        "Nextdoor <reply@rs.email.nextdoor.com>",
        "Lost dog near Glen Iris",
        'Inman Park: "Has anyone seen a small tan terrier named '
        'Biscuit? Last seen on Elizabeth St."',
    ),
    n(
        688,
        "2025-11-23 19:00:00 -0500",
        "Nextdoor <reply@rs.email.nextdoor.com>",
        "Recommendations: plumber",
        "Old Fourth Ward: 14 neighbors recommended Bluebird Plumbing this week.",
    ),
    n(
        689,
        "2025-12-30 19:00:00 -0500",
        "Nextdoor <reply@rs.email.nextdoor.com>",
        "Fireworks tonight",
        "Inman Park: heads up for pet owners, fireworks expected after 11 PM.",
    ),
    n(
        690,
        "2025-09-28 13:00:00 -0400",
        "Instagram <no-reply@mail.instagram.com>",
        "tashag.atl and 3 others shared posts",
        "See what tashag.atl, devbrennan and others shared today.",
    ),
    n(
        691,
        "2025-11-30 13:00:00 -0500",
        "Instagram <no-reply@mail.instagram.com>",
        "You have 2 new follow requests",
        "kwame.osei.sr and one other want to follow you.",
    ),
    n(
        692,
        "2025-10-25 11:00:00 -0400",
        "Facebook <notification@facebookmail.com>",
        "Devon Brennan tagged you in a photo",
        "Devon Brennan tagged you in a photo from Lake Lanier.",
    ),
    n(
        693,
        "2025-12-24 11:00:00 -0500",
        "Facebook <notification@facebookmail.com>",
        "Memories: 5 years ago today",
        "See your memories from December 24, 2020.",
    ),
    n(
        694,
        "2025-09-10 10:00:00 -0400",
        "Peloton <no-reply@members.peloton.com>",
        "Your weekly summary",
        "You rode 3 times and burned 1,120 calories this week.",
    ),
    n(
        695,
        "2025-10-31 10:00:00 -0400",
        "Peloton <no-reply@members.peloton.com>",
        "Halloween ride is live",
        "Take the Halloween ride with Jess King today.",
    ),
    n(
        696,
        "2026-01-15 10:00:00 -0500",
        "Peloton <no-reply@members.peloton.com>",
        "Limited-time offer: 25% off accessories",
        "Exclusive member offer through Jan 20.",
    ),
    n(
        697,
        "2025-11-06 15:12:00 -0500",
        "Delta Air Lines <DeltaAirLines@t.delta.com>",
        "Your flight receipt - ATL to BDL",
        "Confirmation #HX7QLM. ATL 11/26 8:05 AM - BDL 10:22 AM. Return 11/30.",
    ),
    n(
        698,
        "2025-11-25 08:00:00 -0500",
        "Delta Air Lines <DeltaAirLines@t.delta.com>",
        "Check in for your flight",
        "It's time to check in for DL 1148 to Hartford.",
    ),
    n(
        699,
        "2026-02-06 14:00:00 -0500",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - Savannah",
        "Pack your bags! You're going to Savannah, Feb 20-22.",
    ),
    n(
        700,
        "2025-09-16 18:00:00 -0400",
        "Grace Fellowship Atlanta <office@gracefellowshipatl.org>",
        "This week at Grace",
        "Volunteer with the food pantry on Saturday; small groups sign-ups close Friday.",
    ),
    n(
        701,
        "2025-12-09 18:00:00 -0500",
        "Grace Fellowship Atlanta <office@gracefellowshipatl.org>",
        "Christmas Eve services",
        "Services at 4, 6 and 10 PM. Childcare at 4 and 6.",
    ),
    n(
        702,
        "2025-10-13 08:00:00 -0400",
        "Hartwell Elementary PTA <pta@hartwellelementarypta.org>",
        "Fall Festival shift assignment",
        "Thanks for volunteering! You're on the bake sale table, Sat 10/25, 10 AM - noon.",
    ),
    n(
        703,
        "2025-11-03 17:30:00 -0500",
        "Tasha Greene <tashag.atl@gmail.com>",
        "how was day 1???",
        "tell me EVERYTHING. is your badge photo cursed",
    ),
    n(
        704,
        "2025-11-08 12:00:00 -0500",
        "Lyft <no-reply@lyftmail.com>",
        "Your ride with Darnell",
        "Total $14.33. Thanks for riding with Lyft!",
    ),
    n(
        705,
        "2026-01-17 12:00:00 -0500",
        "Lyft <no-reply@lyftmail.com>",
        "Your ride with Alicia",
        "Total $19.08.",
    ),
    n(
        706,
        "2025-12-02 09:00:00 -0500",
        "GoFundMe <no-reply@gofundme.com>",
        "Thank you for your donation",
        'Your $50 donation to "Help the Carters rebuild" was received.',
    ),
    n(
        707,
        "2025-12-16 16:00:00 -0500",
        "Etsy <transaction@etsy.com>",
        "Your Etsy order has shipped",
        "Custom name necklace - shipped via USPS, arriving Dec 19.",
    ),
    n(
        708,
        "2026-01-06 09:00:00 -0500",
        "Planet Fitness <noreply@planetfitness.com>",
        "Welcome to the Judgement Free Zone",
        "Your Black Card membership at Ponce is active.",
    ),
    n(
        709,
        "2026-02-03 09:00:00 -0500",
        "Ashford Commons Leasing <leasing@ashfordcommonsapts.com>",
        "Lease renewal offer",
        "Hi Kayla, your lease renewal offer is ready: 12 months at $1,645/mo. Please respond by "
        "March 1.",
    ),
    n(
        710,
        "2025-10-27 09:00:00 -0400",
        "Canva <marketing@engage.canva.com>",
        "Resume templates that get interviews",
        "Stand out with 300+ free resume templates. Design yours in minutes.",
    ),
    n(
        711,
        "2026-02-12 10:00:00 -0500",
        "Grammarly <info@send.grammarly.com>",
        "Your weekly writing update",
        "You were more productive than 82% of Grammarly users.",
    ),
    n(
        712,
        "2026-01-27 19:00:00 -0500",
        "Devon Brennan <devbrennan@gmail.com>",
        "grandpa's birthday",
        "Party is Feb 8 at Mom's. I'll get the cake, can you do decorations?",
    ),
    n(
        713,
        "2026-02-18 20:00:00 -0500",
        "Abena Osei <abena.osei58@yahoo.com>",
        "Fwd: church cookbook",
        "Kay, can you type up my groundnut soup recipe for the church "
        "cookbook? They need it by Friday.\n\n---------- Forwarded message ---------\nFrom: "
        "Grace Fellowship Atlanta <office@gracefellowshipatl.org>\nSubject: church cookbook\n\n"
        "Recipes due Feb 20!",
    ),
    n(
        720,
        "2025-09-04 07:10:00 -0400",
        "Axios Atlanta <atlanta@axios.com>",
        "Axios Atlanta: Heat advisory",
        "1. Heat advisory through Friday\n2. New Krog St tunnel murals",
    ),
    n(
        721,
        "2025-09-06 12:00:00 -0400",
        "Tasha Greene <tashag.atl@gmail.com>",
        "apartment??",
        "did Ashford approve you yet? if not my cousin's building has a 1br open",
    ),
    n(
        722,
        "2025-09-13 09:30:00 -0400",
        "Venmo <venmo@venmo.com>",
        "Tasha Greene paid you $24.00",
        "Tasha Greene paid you $24.00 - brunch 🥞",
    ),
    n(
        723,
        "2025-10-05 09:30:00 -0400",
        "Venmo <venmo@venmo.com>",
        "You paid Devon Brennan $60.00",
        "You paid Devon Brennan $60.00 - gas for the lake trip",
    ),
    n(
        724,
        "2025-12-07 09:30:00 -0500",
        "Venmo <venmo@venmo.com>",
        "Marcus Reid paid you $35.00",
        "Marcus Reid paid you $35.00 - garden lights tix",
    ),
    n(
        725,
        "2025-09-23 16:00:00 -0400",
        "State Farm <statefarm@email.statefarm.com>",
        "Your renters policy is active",
        "Policy RT-88-1140-A is active as of 10/01/2025 for 880 Glen Iris Dr NE Apt 2214.",
    ),
    n(
        726,
        "2025-10-24 16:00:00 -0400",
        "State Farm <statefarm@email.statefarm.com>",
        "Get a quote: bundle and save",
        "Bundle auto and renters and save up to 17%.",
    ),
    n(
        727,
        "2025-09-26 11:00:00 -0400",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        "iCloud+ 200GB - $2.99. Billed to Visa ****3310.",
    ),
    n(
        728,
        "2025-10-26 11:00:00 -0400",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        "iCloud+ 200GB - $2.99.",
    ),
    n(
        729,
        "2025-11-26 11:00:00 -0500",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        "iCloud+ 200GB - $2.99. Apple Music - $10.99.",
    ),
    n(
        730,
        "2025-10-09 20:00:00 -0400",
        "DoorDash <no-reply@doordash.com>",
        "Order confirmation for Kayla from Poor Calvin's",
        "Your order from Poor Calvin's is confirmed. Estimated arrival 8:35 PM.",
    ),
    n(
        731,
        "2025-11-15 20:00:00 -0500",
        "DoorDash <no-reply@doordash.com>",
        "Order confirmation for Kayla from Antico Pizza",
        "Estimated arrival 7:50 PM. Total $31.44.",
    ),
    n(
        732,
        "2026-01-10 20:00:00 -0500",
        "DoorDash <no-reply@doordash.com>",
        "Your DashPass offer",
        "Exclusive offer: try DashPass free for 30 days.",
    ),
    n(
        733,
        "2025-10-17 08:00:00 -0400",
        "Atlanta Hawks <hawks@email.hawks.com>",
        "Single-game tickets on sale now",
        "Presale offer for fans: opening night vs. Toronto.",
    ),
    n(
        734,
        "2025-11-13 12:30:00 -0500",
        "Jasmine Okafor <jasmine.okafor@gmail.com>",
        "lunch soon?",
        "Now that we're both at new jobs we should do lunch near Midtown. Thursday?",
    ),
    n(
        735,
        "2025-11-22 10:00:00 -0500",
        "Hartwell Elementary PTA <pta@hartwellelementarypta.org>",
        "Thank you volunteers!",
        "Our Fall Festival raised $14,300 for library books. Thank you!",
    ),
    n(
        736,
        "2025-12-03 18:30:00 -0500",
        "Marcus Reid <marcus.reid.atl@outlook.com>",
        "holiday party",
        "My job's holiday party is the 13th - plus one? It's at the Georgian Terrace.",
    ),
    n(
        737,
        "2025-12-10 07:00:00 -0500",
        "Axios Atlanta <atlanta@axios.com>",
        "Axios Atlanta: Airport record",
        "1. ATL expects record holiday crowds\n2. Best hot chocolate",
    ),
    n(
        738,
        "2025-12-22 14:00:00 -0500",
        "UPS <mcinfo@ups.com>",
        "UPS Update: Package Scheduled for Delivery Tomorrow",
        "Tracking 1Z999AA10123456784. Scheduled delivery: Tuesday 12/23 by end of day.",
    ),
    n(
        739,
        "2026-01-05 09:00:00 -0500",
        "Delta Community Credit Union <alerts@deltacommunitycu.com>",
        "Your December statement is ready",
        "Your eStatement for Checking ****0388 is available.",
    ),
    n(
        740,
        "2026-01-08 13:00:00 -0500",
        "Peachtree Valley Health Benefits <benefits@peachtreevalleyhealth.org>",
        "Reminder: update your dependents by Jan 31",
        "All employees: verify dependent information in Workday by January 31.",
    ),
    n(
        741,
        "2026-01-12 18:00:00 -0500",
        "Tasha Greene <tashag.atl@gmail.com>",
        "10k training week 2",
        "we're doing 3 miles thursday at the Beltline, meet at Irwin St 6:15?",
    ),
    n(
        742,
        "2026-01-19 08:00:00 -0500",
        "MyChart <mychart@piedmonthealthcare-example.org>",
        "You have a new message",
        "You have a new message from Dr. Ibekwe's office. Log in to MyChart to read it.",
    ),
    n(
        743,
        "2026-01-22 10:00:00 -0500",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium receipt",
        "Spotify Premium Individual - $11.99.",
    ),
    n(
        744,
        "2026-01-29 16:00:00 -0500",
        "Zillow <no-reply@mail.zillow.com>",
        "New listings in Inman Park",
        "3 new rentals match your saved search: 2 bd under $2,100.",
    ),
    n(
        745,
        "2026-02-01 06:00:00 -0500",
        "Georgia Power <noreply@georgiapower.com>",
        "Your bill is ready",
        "Amount due: $158.20. Due 02/23/2026. Usage up 21% due to cold weather.",
    ),
    n(
        746,
        "2026-02-04 12:00:00 -0500",
        "Lucía Romero <luciaromero.atl@gmail.com>",
        "café el sábado",
        "¿Te va bien el sábado a las 10 en Buford Hwy Farmers Market? Te cuento lo del nuevo trabajo de mi hermana.",
        t=ES,
    ),
    n(
        747,
        "2026-02-08 21:00:00 -0500",
        "Devon Brennan <devbrennan@gmail.com>",
        "party pics",
        "grandpa loved it. album here https://photos.app.goo.gl/Gp80",
    ),
    n(
        748,
        "2026-02-11 07:00:00 -0500",
        "Axios Atlanta <atlanta@axios.com>",
        "Axios Atlanta: Valentine's picks",
        "1. Where to book last-minute\n2. Hawks trade rumors",
    ),
    n(
        749,
        "2026-02-16 09:00:00 -0500",
        "Airbnb <automated@airbnb.com>",
        "Your trip to Savannah is coming up",
        "Check-in is Friday after 4 PM. Your host sent the door code.",
    ),
    n(
        750,
        "2026-02-20 11:00:00 -0500",
        "Fierce Healthcare <fiercehealthcare@fiercehealthcare.com>",
        "Ambulatory hiring outlook 2026",
        "Top stories: ASCs plan to add staff; interview with a health system CHRO on retention.",
    ),
    n(
        751,
        "2026-02-23 08:00:00 -0500",
        "Medium Daily Digest <noreply@medium.com>",
        "What nobody tells you about your first 90 days",
        "Stories for Kayla: first 90 days in a new ops role; building a scheduling dashboard.",
    ),
    n(
        752,
        "2025-09-30 10:00:00 -0400",
        "Capital One <capitalone@notification.capitalone.com>",
        "Reminder: your pre-approved offer expires soon",
        "Kayla, your Quicksilver pre-approval offer expires 10/31. Apply now - it only takes minutes.",
    ),
    n(
        753,
        "2025-10-30 09:00:00 -0400",
        "Emory Sleep & Mood Study <studycoordinator@atlsleepmoodstudy.org>",
        "Screening visit scheduled",
        "Thanks for completing your phone screening interview. Your in-person screening visit is Nov 6 at 7:30 AM (fasting).",
    ),
    n(
        754,
        "2025-11-18 15:00:00 -0500",
        "Brooke Tillery <brooke@healthcareopspodcast.com>",
        "Re: Podcast interview request - The Front Desk Files",
        "Yay! Booked you for Dec 2 at 6 PM. Riverside.fm link coming closer to the date.\n\n> Count me in! - Kayla",
    ),
    n(
        755,
        "2025-12-29 11:00:00 -0500",
        "Chase <no-reply@alertsp.chase.com>",
        "Your application decision",
        "Good news! Your Chase Freedom Unlimited application has been approved. Your card will arrive in 7-10 business days.",
    ),
]
