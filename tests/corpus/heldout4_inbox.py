"""Fourth held-out corpus: the ordinary inbox (not job mail), in English, German, French,
Spanish and Portuguese, with look-alikes on purpose.

Written by hand; see heldout4.py. Do not use for tuning.
"""

from __future__ import annotations

import hashlib
from email.utils import parseaddr
from typing import Any

from heldout3_util import m as _spec


def _mid(key: str, frm: str) -> str:
    """An opaque Message-ID (the spec key names the message's role and must not leak)."""
    domain = parseaddr(frm)[1].rsplit("@", 1)[-1] or "mail.invalid"
    digest = hashlib.sha1(("heldout4:" + key).encode()).hexdigest().upper()
    return f"<{digest[:14]}.{digest[14:26].lower()}@{domain}>"


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    tz: str = "+0200",
    **kw: Any,
) -> dict[str, Any]:
    kw.setdefault("mid", _mid(key, frm))
    spec: dict[str, Any] = _spec(key, date, frm, subject, t, text, html, tz, **kw)
    return spec


def reply(parent_key: str, parent_from: str) -> dict[str, str]:
    mid = _mid(parent_key, parent_from)
    return {"In-Reply-To": mid, "References": mid}


MAIL: list[dict[str, Any]] = []

NJ_EN = ("not_job", "en")
NJ_DE = ("not_job", "de")
NJ_FR = ("not_job", "fr")
NJ_ES = ("not_job", "es")
NJ_PT = ("not_job", "pt")

MAM = "Amma <lakshmi.raman54@gmail.com>"
MEERA = "Meera Raman <meera.raman@outlook.example>"
JOOST = "Sven Akkerman <sven.akkerman@gmail.com>"

MAIL += [
    # --- rental flat look-alikes
    m(
        "flat-app",
        "2025-06-04 12:10",
        "Huurwoning Plaza <noreply@huurwoningplaza.example>",
        "Your application for Kinkerstraat 112-2 has been received",
        NJ_EN,
        html="""<p>Dear Priya Raman,</p><p>Thank you for applying for the apartment at
<b>Kinkerstraat 112-2, 1053 ED Amsterdam</b> (2 rooms, 58 m², €1,785 per month excl.).</p><p>The
landlord will select candidates for a viewing based on income requirements (3.5x the rent) and
registration date. You will hear from us within 10 working days.</p><p>Please upload your
employer's statement and last three payslips to complete your file.</p><p>Huurwoning Plaza</p>""",
    ),
    m(
        "flat-viewing",
        "2025-06-10 16:45",
        "Huurwoning Plaza <noreply@huurwoningplaza.example>",
        "Invitation: viewing Kinkerstraat 112-2 on Saturday",
        NJ_EN,
        html="""<p>Dear Priya,</p><p>Good news! You have been selected for a group viewing of
<b>Kinkerstraat 112-2</b> on <b>Saturday 14 June, 11:15 - 11:30</b>.</p><p>Please bring a copy of
your ID. After the viewing you can indicate whether you want to be considered for the apartment.</p>
<p>Your rental agent: Jeroen Blok, Blok Makelaardij</p>""",
    ),
    m(
        "flat-rej",
        "2025-06-20 10:02",
        "Jeroen Blok <jeroen@blokmakelaardij.example>",
        "Kinkerstraat 112-2",
        NJ_EN,
        text="""Dear Priya,

Thank you for viewing the apartment at Kinkerstraat and for your application.
Unfortunately the landlord has chosen another tenant. We have kept your details
and will let you know about similar properties in Oud-West.

Kind regards,
Jeroen Blok
Blok Makelaardij""",
    ),
    m(
        "flat2-ok",
        "2025-07-28 09:30",
        "Jeroen Blok <jeroen@blokmakelaardij.example>",
        "Good news - Bilderdijkstraat 58-3",
        NJ_EN,
        text="""Dear Priya,

I'm happy to let you know the owner has accepted your application for
Bilderdijkstraat 58-3! The lease will start on 1 September. I will send you the
rental agreement for signature this week; please transfer the deposit (two
months' rent) and the first month before the key handover.

Congratulations!

Jeroen""",
    ),
    m(
        "flat2-docusign",
        "2025-07-30 14:20",
        "Blok Makelaardij via DocuSign <dse_NA4@docusign.net>",
        "Please DocuSign: Huurovereenkomst Bilderdijkstraat 58-3.pdf",
        NJ_EN,
        html="""<table width="640" style="font-family:Helvetica"><tr><td
style="background:#1e4ca1;color:#fff;padding:24px">
Jeroen Blok sent you a document to review and sign.<br><a
href="https://na4.docusign.net/Signing/x">REVIEW DOCUMENT</a></td></tr>
<tr><td>Hi Priya, here's the rental agreement for Bilderdijkstraat. Please sign by
Friday.</td></tr></table>""",
    ),
    # --- mortgage / loan / cards
    m(
        "mortgage-app",
        "2025-10-02 11:00",
        "Rivierland Bank Hypotheken <hypotheken@rivierlandbank.example>",
        "Your mortgage application - next steps",
        NJ_EN,
        html="""<p>Dear Ms Raman,</p><p>Thank you for your mortgage application (reference
HYP-2025-448120).
Your advisor, Mark Smit, will review your documents. We still need:</p><ul><li>Employer's statement
(werkgeversverklaring)</li><li>Valuation report</li></ul><p>You can upload them in the app. We aim
to
issue a binding offer within 10 working days after receiving everything.</p><p>Kind regards,<br>
Rivierland Bank</p>""",
    ),
    m(
        "mortgage-offer",
        "2025-10-21 15:30",
        "Rivierland Bank Hypotheken <hypotheken@rivierlandbank.example>",
        "Your mortgage offer is ready",
        NJ_EN,
        html="""<p>Dear Ms Raman,</p><p>Good news: your binding mortgage offer is ready. Fixed rate
3.62%
for 10 years. The offer is valid until 21 December 2025. Review and sign it in your Rivierland
app.</p>""",
    ),
    m(
        "cc-approved",
        "2025-06-23 08:12",
        "Amstel Card <service@amstelcard.example>",
        "Your credit card application has been approved",
        NJ_EN,
        html="""<p>Dear Priya Raman,</p><p>Congratulations! Your application for the Amstel Card
Gold has
been approved with a spending limit of €5,000. Your card will arrive within 5 working days.</p>""",
    ),
    m(
        "loan-reject",
        "2025-08-14 10:40",
        "FlexKrediet <noreply@flexkrediet.example>",
        "Decision on your personal loan application",
        NJ_EN,
        text="""Dear Priya Raman,

Thank you for your application for a personal loan of EUR 12,000. After
assessment of your details and your BKR registration, we are unfortunately unable
to offer you a loan at this time. This decision does not affect your credit
score.

FlexKrediet Customer Service""",
    ),
    m(
        "cc-offer",
        "2025-09-14 09:00",
        "Amstel Card <offers@amstelcard.example>",
        "An exclusive offer for you, Priya: 0% on balance transfers",
        NJ_EN,
        html="""<h2>Just for you: 0% for 12 months</h2><p>Transfer your balance and pay no interest
until
September 2026. Offer ends Sunday!</p><p>Apply in 2 minutes in the app.</p>""",
    ),
    # --- visa / IND / school / volunteer
    m(
        "ind-appt",
        "2025-07-01 13:45",
        "IND <noreply@ind.nl>",
        "Confirmation of your appointment at the IND desk",
        NJ_EN,
        text="""Dear Ms P. Raman,

You have made an appointment at the IND desk.

Appointment type: Collecting residence document
Location: IND desk Amsterdam, Wisselwerking 32, Diemen
Date: Tuesday 15 July 2025
Time: 09:40

Bring your passport and this confirmation. If you cannot come, cancel your
appointment at least 24 hours in advance via the link in this email.

Immigration and Naturalisation Service (IND)""",
    ),
    m(
        "visa-uk",
        "2025-09-05 18:22",
        "UK Visas and Immigration <no-reply@tlscontact.example>",
        "Your visa application appointment - The Hague",
        NJ_EN,
        text="""Dear Applicant,

Your appointment at the visa application centre in The Hague is confirmed for
Friday 19 September 2025 at 10:15. Please arrive 15 minutes early with your
passport, printed application form and supporting documents.

Group reference: NLAMS-2025-338190""",
    ),
    m(
        "school-app",
        "2025-11-10 09:00",
        "Aanmeldpunt Basisscholen <aanmelden@amsterdamschoolkeuze.example>",
        "Confirmation: school application for Arjun Raman-Akkerman",
        NJ_EN,
        tz="+0100",
        html="""<p>Dear parent/guardian,</p><p>We have received your application for a primary
school
place for <b>Arjun Raman-Akkerman</b> (born 2022) for the school year 2026-2027. Your
preferences:</p>
<ol><li>OBS De Kinkerhoek</li><li>Montessorischool Oud-West</li><li>De
Bilderdijk</li></ol><p>Placement
results will be sent in April 2026.</p>""",
    ),
    m(
        "volunteer-ack",
        "2025-08-02 11:30",
        "Voedselbank Amsterdam <vrijwilligers@voedselbank-ams.example>",
        "Thanks for your volunteer application!",
        NJ_EN,
        text="""Hi Priya,

Thank you for signing up to volunteer at the food bank distribution centre in
West! We'd love to invite you for a short introduction meeting ("kennismaking")
on Saturday 9 August at 10:00 - you'll get a tour of the warehouse and meet the
Saturday team. No experience needed.

See you there,
Ineke
Volunteer coordinator""",
    ),
    m(
        "volunteer-roster",
        "2025-08-25 19:10",
        "Ineke Dam <ineke@voedselbank-ams.example>",
        "Rota September",
        NJ_EN,
        text="""Hi all,

Here's the September rota. Priya and Ahmed - you're on packing, 6 & 20 Sept.
Please let me know by Thursday if you can't make it.

Thanks for everything you do!
Ineke""",
    ),
    # --- LinkedIn look-alikes
    m(
        "li-congrats",
        "2025-07-17 07:55",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Femke Aalders on starting a new position",
        NJ_EN,
        html="""<table width="512"><tr><td><p>Femke Aalders started a new position as <b>Head of
Planning</b>
at Kroonvogel Cosmetics.</p><p><a href="https://www.linkedin.com/feed/">Say congrats</a></p>
<p style="font-size:11px">You're receiving notifications about your
network.</p></td></tr></table>""",
    ),
    m(
        "li-anniv",
        "2025-10-03 07:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Sanne and 3 others have work anniversaries today",
        NJ_EN,
        html="""<table width="512"><tr><td><p>Celebrate your network's milestones: Sanne de Boer (5
years at
Dekker Distributie), Joris Visser, Aylin Kaya, Mehmet Demir.</p></td></tr></table>""",
    ),
    m(
        "li-post",
        "2025-08-29 12:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Your post is getting attention: 1,204 impressions",
        NJ_EN,
        html="""<p>Your post "Three things I learned negotiating freight contracts in 2025" has
1,204
impressions and 37 reactions.</p>""",
    ),
    # --- podcast / webinar / newsletters
    m(
        "podcast",
        "2025-09-11 06:30",
        "The Logistics Loop <newsletter@thelogisticsloop.example>",
        "New episode: we interview the COO who cut inventory by 30%",
        NJ_EN,
        html="""<h2>The Logistics Loop · Ep. 112</h2><p>This week we interview Dana Okafor, COO of a
European furniture retailer, about killing 30% of safety stock without hurting service levels.
Plus: is nearshoring finally real?</p><p><a href="https://thelogisticsloop.example/112">Listen
now</a></p>""",
    ),
    m(
        "webinar",
        "2025-10-07 15:00",
        "ProcureWise Events <events@procurewise.example>",
        "You're invited: Procurement Outlook 2026 (live webinar, 23 Oct)",
        NJ_EN,
        html="""<p>Hi Priya,</p><p>Join 2,000+ procurement leaders for our live webinar
<b>Procurement
Outlook 2026</b> on 23 October at 16:00 CEST. Speakers from three Fortune 500 CPOs will share how
they're tackling tariffs, AI in sourcing and supplier risk.</p><p><a
href="https://procurewise.example/register">Save my seat</a></p>""",
    ),
    m(
        "webinar-confirm",
        "2025-10-07 15:14",
        "ProcureWise Events <events@procurewise.example>",
        "Registration confirmed: Procurement Outlook 2026",
        NJ_EN,
        html="""<p>Thanks for registering, Priya! Your join link:
https://procurewise.example/live/2026.
Add it to your calendar so you don't miss it.</p>""",
    ),
    m(
        "nl-economist",
        "2025-06-14 08:00",
        "The Week in Trade <briefing@weekintrade.example>",
        "Tariffs, shipping rates and the Rotterdam backlog",
        NJ_EN,
        html="""<h1>The Week in Trade</h1><p>Container rates on Asia-North Europe rose 14% this
week as
congestion at Rotterdam and Antwerp persisted. Plus: what the new EU deforestation rules mean for
cocoa buyers.</p>""",
    ),
    m(
        "nl-morning",
        "2025-11-03 07:00",
        "The Week in Trade <briefing@weekintrade.example>",
        "Red Sea, rail strikes and a record peak season",
        NJ_EN,
        tz="+0100",
        html="""<h1>The Week in Trade</h1><p>Peak season volumes hit records while rail strikes in
Germany
added three days to transit times. Our interview this week: a freight forwarder's CFO on
pricing.</p>""",
    ),
    m(
        "substack",
        "2025-08-03 17:00",
        "Lenny from Ops Corner <opscorner@substack.com>",
        "Why your S&OP meeting is boring (and how to fix it)",
        NJ_EN,
        text="""Hi friends,

This week: a short rant about S&OP meetings that are really just forecast
readouts. Three fixes I've seen work - start with decisions, not numbers; time-box
the demand review; and invite finance to speak first.

Reply and tell me what works for you.

Lenny""",
    ),
    # --- shopping / shipping
    m(
        "bol-order",
        "2025-06-08 21:12",
        "bol <noreply@bol.example>",
        "Thanks for your order 4819 2231 004",
        NJ_EN,
        html="""<p>Hi Priya, thanks for your order!</p><table><tr><td>Philips Hue White starter
kit</td><td>€79.99</td></tr>
<tr><td>Moleskine notebook A5</td><td>€19.95</td></tr></table><p>Expected delivery: tomorrow
between 18:00 and 22:00.</p>""",
    ),
    m(
        "postnl-track",
        "2025-06-09 14:30",
        "PostNL <noreply@postnl.example>",
        "Your parcel is on its way",
        NJ_EN,
        html="""<p>Your parcel from bol will be delivered today between 18:30 and
21:00.</p><p>Track and
trace: 3SBOL4819223</p>""",
    ),
    m(
        "amazon-ship",
        "2025-07-13 10:05",
        "Amazon.nl <shipment-tracking@amazon.nl>",
        'Shipped: "Ergonomic laptop stand" and 1 more item',
        NJ_EN,
        html="""<p>Hello Priya,</p><p>Your package has shipped and will arrive Tuesday, 15
July.</p><p>Order
#403-8812277-1192203</p>""",
    ),
    m(
        "zalando",
        "2025-09-27 19:40",
        "Zalando <info@service-mail.zalando.nl>",
        "Your return has been received",
        NJ_EN,
        html="""<p>Hi Priya, we've received your return (1 item). Your refund of €89.95 will be
processed
within 3 days.</p>""",
    ),
    m(
        "ikea",
        "2025-08-24 13:22",
        "IKEA <noreply@ikea.example>",
        "Your IKEA delivery is booked",
        NJ_EN,
        html="""<p>Hi Priya,</p><p>Your delivery to Bilderdijkstraat 58-3 is booked for Saturday 30
August
between 08:00 and 12:00. Order 1147829001 - PAX wardrobe, KALLAX shelf, 4x SKADIS.</p>""",
    ),
    m(
        "coolblue",
        "2025-11-28 10:50",
        "Coolblue <service@coolblue.example>",
        "Black Friday: our best offers end tonight",
        NJ_EN,
        tz="+0100",
        html="""<h1>Black Friday ends tonight</h1><p>Up to 40% off washing machines, coffee makers
and
laptops. Free delivery and installation.</p><p>Anything for a smile.</p>""",
    ),
    m(
        "ah-receipt",
        "2025-10-18 18:03",
        "Albert Heijn <noreply@ah.example>",
        "Your receipt from AH Bilderdijkstraat",
        NJ_EN,
        html="""<p>Thanks for shopping with us. Total: €63.47 · Bonus savings €7.20 · Paid with
debit card.</p>""",
    ),
    # --- banks / utilities / SaaS
    m(
        "bank-statement",
        "2025-07-02 06:00",
        "Rivierland Bank <service@rivierlandbank.example>",
        "Your statement for June is ready",
        NJ_EN,
        html="""<p>Dear Ms Raman, your June statement for account NL91 RIVL 0417 1643 00 is
available in the app.</p>""",
    ),
    m(
        "bank-salary",
        "2025-09-25 08:30",
        "Rivierland Bank <service@rivierlandbank.example>",
        "Money received: €4,212.18",
        NJ_EN,
        html="""<p>You received €4,212.18 from NOORDZEE DISTRIBUTIE BV, description
SALARIS SEP 2025.</p>""",
    ),
    m(
        "vattenfall",
        "2025-08-05 10:00",
        "Vattenfall <klantenservice@vattenfall.example>",
        "Welcome to Vattenfall - your energy contract",
        NJ_EN,
        html="""<p>Dear Ms Raman,</p><p>Welcome! Your energy contract for Bilderdijkstraat 58-3
starts on 1
September 2025. Estimated monthly payment: €142.</p>""",
    ),
    m(
        "ziggo",
        "2025-08-20 16:20",
        "Ziggo <noreply@ziggo.example>",
        "Your installation appointment is confirmed",
        NJ_EN,
        html="""<p>Hi Priya, our engineer will come to install your internet on Tuesday 2 September
between 13:00 and 17:00.</p>""",
    ),
    m(
        "waternet",
        "2025-11-12 09:00",
        "Waternet <noreply@waternet.example>",
        "Your annual water bill",
        NJ_EN,
        tz="+0100",
        text="""Dear customer,

Your annual bill for drinking water at Bilderdijkstraat 58-3 is ready. Amount due:
EUR 41.20 (credit of EUR 12.80 deducted). Payment by direct debit on 26 November.

Waternet""",
    ),
    m(
        "notion",
        "2025-06-30 17:00",
        "Notion Team <team@makenotion.com>",
        "Your Notion receipt",
        NJ_EN,
        html="""<p>Receipt #2418-9932 · Notion Plus (monthly) · $10.00 · Visa ending 4421</p>""",
    ),
    m(
        "spotify",
        "2025-07-15 03:00",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium Duo receipt",
        NJ_EN,
        html="""<p>Thanks for your payment of €16.99 for Premium Duo.</p>""",
    ),
    m(
        "google-security",
        "2025-10-12 22:14",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        NJ_EN,
        html="""<p>A new sign-in on Windows</p><p>priya.raman.ams@gmail.com</p><p>We noticed a new
sign-in to
your Google Account on a Windows device. If this was you, you don't need to do anything.</p>""",
    ),
    m(
        "dropbox",
        "2025-11-30 11:11",
        "Dropbox <no-reply@dropbox.com>",
        "Your Dropbox is almost full",
        NJ_EN,
        tz="+0100",
        html="""<p>You've used 1.9 GB of your 2 GB. Upgrade to Plus to keep syncing.</p>""",
    ),
    m(
        "zoom-offer",
        "2025-09-02 14:00",
        "Zoom <no-reply@zoom.us>",
        "Limited-time offer: 30% off Zoom Workplace Pro",
        NJ_EN,
        html="""<p>Upgrade now and save 30% on your first year. Offer valid until 15
September.</p>""",
    ),
    # --- travel
    m(
        "klm",
        "2025-08-01 19:20",
        "KLM <noreply@klm.example>",
        "Your booking confirmation - Amsterdam to Chennai",
        NJ_EN,
        html="""<p>Dear Ms Raman,</p><p>Booking code: <b>KX7PQ2</b></p><p>AMS - MAA · KL 877 · Fri
19 Dec 2025
10:35<br>MAA - AMS · KL 878 · Sun 4 Jan 2026 01:35</p><p>Passengers: Priya Raman, Sven Akkerman,
Arjun
Raman-Akkerman (child)</p>""",
    ),
    m(
        "klm-checkin",
        "2025-12-18 10:35",
        "KLM <noreply@klm.example>",
        "Check in now for your flight to Chennai",
        NJ_EN,
        tz="+0100",
        html="""<p>Check-in is open for KL 877 on 19 December. Choose your seats and add extra
baggage.</p>""",
    ),
    m(
        "ns",
        "2025-06-25 07:02",
        "NS <noreply@ns.example>",
        "Your e-ticket Amsterdam Centraal - Utrecht Centraal",
        NJ_EN,
        html="""<p>E-ticket 2nd class, single, Wed 25 June 2025. Price €9.30. Show the QR code on
your phone.</p>""",
    ),
    m(
        "booking",
        "2025-07-20 22:40",
        "Booking.com <noreply@booking.com>",
        "Your booking in Porto is confirmed",
        NJ_EN,
        html="""<p>Casa do Rio Guesthouse · 15-18 August 2025 · 2 adults, 1 child · €412 · Free
cancellation
until 12 August.</p>""",
    ),
    m(
        "airbnb",
        "2025-08-18 09:00",
        "Airbnb <automated@airbnb.com>",
        "Leave a review for your stay in Porto",
        NJ_EN,
        html="""<p>Hi Priya, how was your stay at Casa do Rio? Reviews help hosts and
guests.</p>""",
    ),
    m(
        "eurostar",
        "2025-10-25 20:00",
        "Eurostar <booking@eurostar.example>",
        "Booking confirmed: Amsterdam - London, 8 Nov",
        NJ_EN,
        html="""<p>Your booking ABC123X is confirmed. Amsterdam Centraal 08:16 -> London St Pancras
12:09.
Standard Premier, coach 7 seat 31.</p>""",
    ),
    # --- health
    m(
        "gp-appt",
        "2025-09-08 11:12",
        "Huisartsenpraktijk Oud-West <afspraken@huisartsoudwest.example>",
        "Appointment confirmation - Thursday 11 September",
        NJ_EN,
        text="""Dear Ms Raman,

This confirms your appointment with Dr. Visser on Thursday 11 September 2025 at
08:40 (10 minutes). Please cancel at least 24 hours in advance if you cannot come.

Huisartsenpraktijk Oud-West""",
        ics={
            "uid": "gp-0911-raman@huisartsoudwest.example",
            "summary": "Appointment Dr. Visser (GP)",
            "start": "2025-09-11 08:40:00 +0200",
            "minutes": 10,
            "organizer": ("Huisartsenpraktijk Oud-West", "afspraken@huisartsoudwest.example"),
            "location": "Jan Pieter Heijestraat 99, Amsterdam",
            "style": "outlook",
        },
    ),
    m(
        "dentist",
        "2025-11-20 16:00",
        "Tandartspraktijk De Hallen <noreply@dehallentandarts.example>",
        "Reminder: your dental check-up on 25 November",
        NJ_EN,
        tz="+0100",
        text="""Reminder: you have a check-up on Tuesday 25 November at 15:30 with Dr. Yilmaz.
Reply STOP to opt out of reminders.""",
    ),
    m(
        "gym",
        "2025-06-02 07:30",
        "Basic-Fit <noreply@basic-fit.example>",
        "Your membership renewal",
        NJ_EN,
        html="""<p>Your Premium membership has been renewed for another year (€29.99/4
weeks).</p>""",
    ),
]

MAIL += [
    # --- family and friends
    m(
        "mum-1",
        "2025-06-06 17:40",
        MAM,
        "photos from the wedding",
        NJ_EN,
        text="""Kanna,

Attaching some photos from Divya's wedding. Your aunty says you looked too thin!!
Are you eating properly? Call me on Sunday after 4 your time.

Love
Amma

Sent from my iPhone""",
    ),
    m(
        "mum-2",
        "2025-08-10 15:02",
        MAM,
        "Re: news",
        NJ_EN,
        text="""So happy to hear about the new flat! Send me pictures once the furniture comes.
And don't worry about the job, something good will come. Appa is doing his
pooja for you every Friday :)

Amma

On Sat, 9 Aug 2025, 22:13 Priya Raman, <priya.raman@grachtpost.nl> wrote:
> Hi Amma, we got the Bilderdijkstraat flat! Moving on 1 Sept. Still no luck with
> interviews though...""",
        headers=reply("mum-1", MAM),
    ),
    m(
        "mum-3",
        "2025-11-16 14:30",
        MAM,
        "December plans",
        NJ_EN,
        tz="+0530",
        text="""Priya,

Your cousin Karthik is getting engaged on the 27th, so it's good you're coming on
19th. Bring the warm jacket for Arjun for the flight, the planes are cold.
Should I ask Kamala to make the murukku or will you bring chocolates?

Love, Amma""",
    ),
    m(
        "meera-1",
        "2025-06-15 22:05",
        MEERA,
        "omg did you see this",
        NJ_EN,
        text="""https://www.instagram.com/p/C8xyz...

Priya this is literally you at Schiphol last year 😂😂

xx M""",
    ),
    m(
        "meera-2",
        "2025-09-21 10:15",
        MEERA,
        "Re: birthday dinner",
        NJ_EN,
        text="""Yesss count me in! Saturday 4th works. Shall I book that Ethiopian place on
the Overtoom? I'll bring the cake, don't argue.

M

On Sat, Sep 20, 2025 at 9:47 PM Priya Raman <priya.raman@grachtpost.nl> wrote:
> Hiii, dinner for my birthday on the 4th? Just us + Sven + Lotte and Bram.
>""",
    ),
    m(
        "sven-1",
        "2025-07-09 12:44",
        JOOST,
        "daycare",
        NJ_EN,
        text="""hey, the creche called - Arjun has a fever, I'm picking him up now. can you do
the 4pm call from home? I'll take him to the GP tomorrow if it's still high.

x S""",
    ),
    m(
        "sven-2",
        "2025-10-21 19:12",
        JOOST,
        "Fwd: Your mortgage offer is ready",
        NJ_EN,
        text="""saw this, did you read the part about the valuation? let's go through it tonight.
also: I think we should ask for the 20 year fix. talk later x

---------- Forwarded message ---------
From: Rivierland Bank Hypotheken <hypotheken@rivierlandbank.example>
Subject: Your mortgage offer is ready""",
    ),
    m(
        "sven-3",
        "2025-11-12 18:30",
        JOOST,
        "you did it!!",
        NJ_EN,
        tz="+0100",
        text="""just saw your message. SO proud of you. champagne tonight, I'll get it on the
way home. Arjun drew you a 'congratulations' card already (it's a truck).

x""",
    ),
    m(
        "lotte-1",
        "2025-07-31 20:20",
        "Lotte Bakker <lottebakker@hotmail.example>",
        "Vlieland?",
        NJ_EN,
        text="""Hi Priya,

We're going to Vlieland the last weekend of August, the campsite has space for
another tent. Bram says Sven should bring the SUP. Interested?

Lotte""",
    ),
    m(
        "lotte-2",
        "2025-12-05 21:33",
        "Lotte Bakker <lottebakker@hotmail.example>",
        "Sinterklaas leftovers",
        NJ_EN,
        tz="+0100",
        text="""we have SO many pepernoten left. bring Arjun on Sunday and we'll let the kids
destroy them together. also: when do you start at the new place? don't worry
about the commute to Rotterdam, Bram did it for years.

L""",
    ),
    m(
        "school-friend",
        "2025-09-30 05:11",
        "Ananya Krishnan <ananya.k@yahoo.example>",
        "long time!!",
        NJ_EN,
        tz="+0530",
        text="""Priya! I just saw on LinkedIn you're in Amsterdam now. I'm coming to Europe
in November for a conference in Berlin - any chance I could hop over for a
weekend? Would love to meet Arjun finally.

Ananya""",
    ),
    m(
        "old-colleague",
        "2025-07-19 13:00",
        "Daniel Osei <d.osei@outlook.example>",
        "Reference",
        NJ_EN,
        text="""Hi Priya,

Of course, happy to be a reference - just give them my number. It's been a while
since Unilever days! Let me know when you're in London and we'll grab a drink.

Daniel

From: Priya Raman <priya.raman@grachtpost.nl>
Sent: 18 July 2025 21:04
To: Daniel Osei
Subject: Reference

Hi Daniel, would you be willing to act as a reference for me? ...""",
    ),
    m(
        "neighbour",
        "2025-09-06 11:20",
        "Hans & Willeke <hanswilleke@ziggo.example>",
        "Welcome to the building",
        NJ_EN,
        text="""Dear neighbours on the 3rd floor,

Welcome to number 58! We are Hans and Willeke from the 2nd floor. The bins go
out on Tuesday evening, and the bike shed key is with the VvE. Drop by for a
coffee sometime.

Warm regards,
Hans & Willeke""",
    ),
    m(
        "vve",
        "2025-10-22 20:00",
        "VvE Bilderdijkstraat 58 <bestuur.vve58@gmail.com>",
        "Minutes of the general meeting",
        NJ_EN,
        text="""Dear owners and tenants,

Attached are the minutes of the general meeting of 15 October. Main decisions:
roof repair in spring 2026, monthly contribution raised to EUR 145. Tenants: please
share this with your landlord.

The board""",
    ),
    m(
        "creche",
        "2025-11-05 16:10",
        "Kinderdagverblijf De Vlinder <ouders@devlinder.example>",
        "Newsletter November",
        NJ_EN,
        tz="+0100",
        text="""Dear parents,

This month we're doing autumn crafts and the lantern walk for Sint Maarten on
11 November at 17:30 - bring a lantern! Please label all jackets and boots.

Team De Vlinder""",
    ),
    m(
        "creche-invoice",
        "2025-07-01 09:00",
        "Kinderdagverblijf De Vlinder <administratie@devlinder.example>",
        "Invoice July 2025",
        NJ_EN,
        text="""Dear Ms Raman,

Please find the invoice for July attached: 3 days per week, EUR 1,524.60. The
amount will be collected on 5 July.

Administration De Vlinder""",
        attach=[("factuur_2025-07.txt", "text/plain", "Factuur juli 2025 - EUR 1524,60\n")],
    ),
    m(
        "book-club",
        "2025-10-14 20:45",
        "Rosa Martins <rosa.martins@proton.example>",
        "Book club: next pick",
        NJ_EN,
        text="""Hello lovely readers,

Votes are in: next month is "Small Things Like These". Meet at mine on 12 Nov,
8pm. Priya, you promised to bring that cardamom cake again ;)

Rosa""",
    ),
    m(
        "marathon",
        "2025-06-19 10:00",
        "Dam tot Damloop <info@damloop.example>",
        "Your start number is ready",
        NJ_EN,
        html="""<p>Hi Priya, your start number for the Dam tot Damloop on 21 September:
<b>41827</b>,
wave 9 (start 13:42). Good luck with your training!</p>""",
    ),
    m(
        "tax",
        "2025-06-27 09:00",
        "Belastingdienst <noreply@belastingdienst.example>",
        "New message in your Message Box",
        NJ_EN,
        html="""<p>There is a new message in your Message Box on Mijn Belastingdienst. Log in with
DigiD to read it.</p>""",
    ),
    m(
        "digid",
        "2025-06-27 09:05",
        "DigiD <noreply@digid.example>",
        "Login to Mijn Belastingdienst",
        NJ_EN,
        html="""<p>You logged in with DigiD to Belastingdienst on 27-06-2025 at 09:04.</p>""",
    ),
    m(
        "insurance",
        "2025-11-17 08:00",
        "Zilverlijn Insurance <klant@zilverlijn.example>",
        "Your health insurance 2026: new premium",
        NJ_EN,
        tz="+0100",
        html="""<p>Dear Ms Raman,</p><p>Your basic health insurance premium for 2026 will be
€151.25 per month.
You can switch or change your deductible until 31 December.</p>""",
    ),
    m(
        "duolingo",
        "2025-07-03 19:00",
        "Duolingo <hello@duolingo.com>",
        "You're on a 100-day streak! 🔥",
        NJ_EN,
        html="""<p>Incredible! You've practised Dutch for 100 days in a row.</p>""",
    ),
    m(
        "coursera",
        "2025-08-12 15:00",
        "Coursera <no-reply@coursera.org>",
        "Your certificate: Supply Chain Analytics",
        NJ_EN,
        html="""<p>Congratulations, Priya! You've earned your certificate for Supply Chain
Analytics (Rutgers).
Add it to your LinkedIn profile.</p>""",
    ),
    m(
        "apics",
        "2025-09-18 11:00",
        "ASCM <customerservice@ascm.example>",
        "Your CPIM exam appointment",
        NJ_EN,
        text="""Dear Priya Raman,

Your CPIM Part 2 exam is scheduled at the Pearson VUE test centre Amsterdam on
14 October 2025 at 09:00. Bring two forms of ID.

ASCM Certification Team""",
    ),
    m(
        "charity",
        "2025-12-01 12:00",
        "Oxfam Novib <info@oxfamnovib.example>",
        "Giving Tuesday: double your impact",
        NJ_EN,
        tz="+0100",
        html="""<p>Today only, every euro you give is matched. Donate now.</p>""",
    ),
    m(
        "garage",
        "2025-09-16 10:30",
        "Fietsenmaker Kinker <info@fietskinker.example>",
        "Your bike is ready",
        NJ_EN,
        text="""Hi Priya, your bike is ready for pickup. New chain and brake pads, EUR 64.50. Open
till 18:00.""",
    ),
    m(
        "cinema",
        "2025-10-31 19:00",
        "Pathé <tickets@pathe.example>",
        "Your tickets for Saturday",
        NJ_EN,
        tz="+0100",
        html="""<p>2 tickets · Pathé City · Sat 1 Nov 20:15 · Zaal 3, row 7 seats 8-9.</p>""",
    ),
    m(
        "restaurant",
        "2025-10-02 12:30",
        "Restaurant Habesha <reserveringen@habesha.example>",
        "Reservation confirmed: 4 October, 6 people",
        NJ_EN,
        html="""<p>Thank you, Priya. Your table for 6 on Saturday 4 October at 19:30 is
confirmed.</p>""",
    ),
    m(
        "uber",
        "2025-11-08 23:10",
        "Uber Receipts <noreply@uber.com>",
        "Your Saturday night trip with Uber",
        NJ_EN,
        tz="+0000",
        html="""<p>Total £18.40 · St Pancras to Shoreditch · Thanks for riding, Priya.</p>""",
    ),
    m(
        "phone",
        "2025-07-22 09:00",
        "Odido <noreply@odido.example>",
        "Your bill for July",
        NJ_EN,
        html="""<p>Your bill of €32.50 will be debited on 28 July.</p>""",
    ),
    m(
        "github-nope",
        "2025-08-08 11:00",
        "Canva <marketing@canva.com>",
        "Design your CV in minutes",
        NJ_EN,
        html="""<h2>Stand out with a beautiful CV</h2><p>Hundreds of free resume templates. Try
Canva Pro free for 30 days.</p>""",
    ),
    m(
        "hema",
        "2025-12-10 14:00",
        "HEMA <nieuwsbrief@hema.example>",
        "Your December offers are here",
        NJ_EN,
        tz="+0100",
        html="""<p>Gifts under €10, free gift wrapping and 25% off Christmas decoration.</p>""",
    ),
]

# --- German ------------------------------------------------------------------------------------
MAIL += [
    m(
        "de-tante",
        "2025-06-21 19:30",
        "Heike Akkerman <heike.akkerman@web.de>",
        "Sommerbesuch",
        NJ_DE,
        text="""Liebe Priya, lieber Sven,

wir würden euch im August gerne in Amsterdam besuchen, vielleicht vom 8. bis 10.?
Wir nehmen uns ein Hotel, keine Sorge. Arjun bekommt natürlich ein Geschenk von
Oma und Opa!

Ganz liebe Grüße aus Münster
Heike""",
    ),
    m(
        "de-tante-2",
        "2025-08-04 08:12",
        "Heike Akkerman <heike.akkerman@web.de>",
        "AW: Sommerbesuch",
        NJ_DE,
        text="""Super, dann bis Freitag! Wir kommen mit dem Zug um 14:32 an. Sollen wir was
mitbringen? Ich backe einen Apfelkuchen.

Heike

Von: Priya Raman <priya.raman@grachtpost.nl>
Gesendet: Sonntag, 3. August 2025 21:40
An: Heike Akkerman
Betreff: Re: Sommerbesuch

Liebe Heike, das passt perfekt! ...""",
        headers=reply("de-tante", "Heike Akkerman <heike.akkerman@web.de>"),
    ),
    m(
        "de-db",
        "2025-08-07 10:00",
        "DB Reiseservice <buchungsbestaetigung@bahn.example>",
        "Ihre Buchungsbestätigung (Auftrag 481 229 330 772)",
        NJ_DE,
        html="""<p>Vielen Dank für Ihre Buchung, Frau Raman.</p><p>Amsterdam Centraal → Köln Hbf ·
ICE 123 ·
Sa, 11.10.2025, 10:04 · 2. Klasse · Sparpreis 37,90 €</p>""",
    ),
    m(
        "de-db-delay",
        "2025-10-11 09:40",
        "DB Reiseservice <noreply@bahn.example>",
        "Verspätung Ihrer Verbindung ICE 123",
        NJ_DE,
        html="""<p>Ihr Zug ICE 123 hat voraussichtlich 25 Minuten Verspätung. Neue Ankunft in Köln
Hbf: 13:05.
Ihre Fahrgastrechte: ab 60 Minuten Entschädigung.</p>""",
    ),
    m(
        "de-kreditkarte",
        "2025-07-11 14:12",
        "Hanseatische Kreditbank <service@hkb-karte.example>",
        "Ihr Antrag auf die HKB Visa Gold",
        NJ_DE,
        text="""Sehr geehrte Frau Raman,

vielen Dank für Ihren Antrag auf die HKB Visa Gold. Leider können wir Ihrem
Antrag nicht entsprechen, da Sie keinen Wohnsitz in Deutschland haben.

Mit freundlichen Grüßen
Ihre Hanseatische Kreditbank""",
    ),
    m(
        "de-schufa",
        "2025-07-05 12:00",
        "Bonify <noreply@bonify.example>",
        "Dein Bonitäts-Check ist fertig",
        NJ_DE,
        html="""<p>Hallo Priya, dein aktueller Score ist da: 97,4 % – sehr gut! Jetzt passende
Kreditangebote
ansehen.</p>""",
    ),
    m(
        "de-amazon",
        "2025-10-13 16:44",
        "Amazon.de <versandbestaetigung@amazon.de>",
        'Versandbestätigung: Ihre Bestellung von "Brettspiel Catan"',
        NJ_DE,
        html="""<p>Guten Tag Priya Raman,</p><p>Ihr Paket ist unterwegs. Voraussichtliche
Lieferung: Donnerstag,
16. Oktober.</p>""",
    ),
    m(
        "de-hotel",
        "2025-10-01 18:00",
        "Hotel am Dom <reservierung@hotelamdom.example>",
        "Reservierungsbestätigung 11.-12.10.2025",
        NJ_DE,
        text="""Sehr geehrte Frau Raman,

wir bestätigen Ihre Reservierung: 1 Doppelzimmer, 11.-12.10.2025, 1 Nacht,
inkl. Frühstück, 139,00 EUR. Check-in ab 15 Uhr.

Wir freuen uns auf Ihren Besuch!
Hotel am Dom, Köln""",
    ),
    m(
        "de-newsletter-logistik",
        "2025-09-09 07:00",
        "DVZ Morgen <newsletter@dvz-morgen.example>",
        "Morgenbriefing: Luftfracht zieht an, Häfen im Stau",
        NJ_DE,
        html="""<h2>DVZ Morgenbriefing</h2><p>Die Luftfrachtraten ab China steigen wieder. Im
Interview: der
Vorstand eines Duisburger Hafenbetreibers über Kapazitäten und die neue Bahnstrategie.</p>""",
    ),
    m(
        "de-podcast",
        "2025-11-06 06:00",
        "Einkauf & Verhandlung <podcast@einkaufverhandlung.example>",
        "Neue Folge: Interview mit einer CPO über Lieferantenrisiken",
        NJ_DE,
        tz="+0100",
        html="""<p>In Folge 58 sprechen wir mit Dr. Anja Kretschmer über Lieferkettengesetz,
Risiko-Scoring
und warum Einkauf endlich im Vorstand sitzen muss. Jetzt reinhören!</p>""",
    ),
    m(
        "de-webinar",
        "2025-10-20 10:00",
        "SAP Community Events <events@sap-events.example>",
        'Einladung: Webinar "S/4HANA Einkauf in der Praxis"',
        NJ_DE,
        html="""<p>Sehr geehrte Frau Raman,</p><p>wir laden Sie herzlich zu unserem kostenlosen
Webinar am
6. November, 14 Uhr, ein. Jetzt Platz sichern!</p>""",
    ),
    m(
        "de-freund",
        "2025-09-14 21:00",
        "Jan Petersen <jan.petersen@gmx.de>",
        "Oktoberfest-Fotos",
        NJ_DE,
        text="""Hey Priya,

hier endlich die Fotos vom Oktoberfest-Wochenende. Sven mit Lederhose ist unbezahlbar
😂 Wann kommt ihr mal wieder nach Hamburg?

Grüße
Jan""",
    ),
    m(
        "de-angebot",
        "2025-11-21 08:00",
        "Tchibo <newsletter@tchibo.example>",
        "Nur heute: exklusive Angebote für Sie",
        NJ_DE,
        tz="+0100",
        html="""<p>Black Week bei Tchibo: bis zu 50 % auf Kaffeevollautomaten. Nur solange der
Vorrat reicht.</p>""",
    ),
    m(
        "de-paypal",
        "2025-08-29 13:15",
        "PayPal <service@paypal.de>",
        "Sie haben eine Zahlung an Thalia Bücher GmbH gesendet",
        NJ_DE,
        html="""<p>Hallo Priya Raman, Sie haben 24,99 EUR an Thalia Bücher GmbH gesendet.
Transaktionscode 8KX21993MN.</p>""",
    ),
    m(
        "de-vhs",
        "2025-06-24 09:30",
        "Goethe-Institut Niederlande <sprachkurse@goethe-nl.example>",
        "Anmeldebestätigung: Deutsch B2.1 Abendkurs",
        NJ_DE,
        text="""Liebe Frau Raman,

vielen Dank für Ihre Anmeldung zum Kurs Deutsch B2.1 (dienstags und donnerstags,
18:30-20:00, ab 2. September). Die Kursgebühr von 420 EUR überweisen Sie bitte
bis zum 15. August.

Herzliche Grüße
Ihr Goethe-Institut""",
    ),
    m(
        "de-vhs-2",
        "2025-11-27 19:00",
        "Katrin Wolf <k.wolf@goethe-nl.example>",
        "Hausaufgabe für Donnerstag",
        NJ_DE,
        tz="+0100",
        text="""Liebe Kursteilnehmende,

bitte bereitet für Donnerstag einen kurzen Vortrag (3 Minuten) über euren
Arbeitsalltag vor. Ihr dürft du oder Sie benutzen, wie ihr mögt :)

Bis dann
Katrin""",
    ),
    m(
        "de-wohnung",
        "2025-06-29 11:00",
        "ImmoScout24 <noreply@immobilienscout24.de>",
        "Ihre Anfrage für die Wohnung in Düsseldorf-Unterbilk",
        NJ_DE,
        html="""<p>Ihre Kontaktanfrage zur 2-Zimmer-Wohnung (64 m², 1.150 € warm) wurde an den
Anbieter
gesendet. Der Anbieter meldet sich bei Interesse direkt bei Ihnen.</p>""",
    ),
    m(
        "de-versicherung",
        "2025-12-03 10:00",
        "ADAC <service@adac.example>",
        "Ihre Auslandsreise-Krankenversicherung 2026",
        NJ_DE,
        tz="+0100",
        html="""<p>Sehr geehrte Frau Raman, Ihr Vertrag verlängert sich automatisch zum 1.1.2026.
Beitrag: 24,90 € pro Jahr.</p>""",
    ),
]

# --- French ------------------------------------------------------------------------------------
MAIL += [
    m(
        "fr-amie",
        "2025-06-18 13:22",
        "Camille Laurent <camille.laurent@orange.fr>",
        "Paris en juillet ?",
        NJ_FR,
        text="""Coucou Priya !

On sera à Paris du 12 au 20 juillet, vous passez nous voir ? On a de la place
pour Arjun, le petit Léo serait ravi d'avoir un copain.

Bisous
Camille""",
    ),
    m(
        "fr-amie-2",
        "2025-07-08 08:45",
        "Camille Laurent <camille.laurent@orange.fr>",
        "Re: Paris en juillet ?",
        NJ_FR,
        text="""Génial !! Le 18 ça marche. Je vous envoie l'adresse et le code de la porte.

Envoyé de mon iPhone

> Le 7 juil. 2025 à 22:10, Priya Raman <priya.raman@grachtpost.nl> a écrit :
>
> On pourrait venir le vendredi 18, ça vous va ?""",
        headers=reply("fr-amie", "Camille Laurent <camille.laurent@orange.fr>"),
    ),
    m(
        "fr-sncf",
        "2025-07-10 12:00",
        "SNCF Connect <noreply@sncf-connect.example>",
        "Confirmation de votre voyage Amsterdam - Paris",
        NJ_FR,
        html="""<p>Bonjour Priya,</p><p>Votre réservation est confirmée : Eurostar 9318, vendredi
18 juillet,
Amsterdam Centraal 10:16 → Paris Nord 13:35. Référence : QPZ7LM.</p>""",
    ),
    m(
        "fr-pret",
        "2025-09-24 10:20",
        "Banque Lumière <conseiller@banquelumiere.example>",
        "Votre demande de prêt immobilier",
        NJ_FR,
        text="""Madame,

Nous avons bien reçu votre demande de simulation de prêt immobilier. Un
conseiller vous contactera sous 48 heures pour étudier votre dossier et vous
proposer une offre adaptée.

Cordialement,
Banque Lumière - Service Crédit""",
    ),
    m(
        "fr-offre",
        "2025-10-16 09:00",
        "Sephora <newsletter@sephora.example>",
        "Offre exclusive : -20 % sur tout le site",
        NJ_FR,
        html="""<p>Seulement ce week-end : -20 % avec le code GLOW20. Livraison offerte dès 50
€.</p>""",
    ),
    m(
        "fr-newsletter",
        "2025-08-21 07:30",
        "Les Échos Logistique <newsletter@echoslogistique.example>",
        "Entrepôts : la pénurie de foncier s'aggrave",
        NJ_FR,
        html="""<p>La demande d'entrepôts en Île-de-France dépasse l'offre. Entretien avec le
directeur
supply chain d'un grand distributeur sur l'automatisation.</p>""",
    ),
    m(
        "fr-webinar",
        "2025-11-13 11:00",
        "Décision Achats <events@decisionachats.example>",
        "Invitation : webinaire « Achats responsables 2026 »",
        NJ_FR,
        tz="+0100",
        html="""<p>Madame, nous avons le plaisir de vous inviter à notre webinaire le 27 novembre à
11h.
Inscription gratuite.</p>""",
    ),
    m(
        "fr-airbnb",
        "2025-07-19 18:10",
        "Airbnb <automated@airbnb.com>",
        "Réservation confirmée à Montreuil",
        NJ_FR,
        html="""<p>Votre séjour chez Sophie à Montreuil du 18 au 20 juillet est confirmé. Total :
236 €.</p>""",
    ),
    m(
        "fr-cours",
        "2025-09-03 17:00",
        "Alliance Française Amsterdam <cours@af-amsterdam.example>",
        "Confirmation d'inscription - Conversation B2",
        NJ_FR,
        text="""Chère Madame Raman,

Nous vous confirmons votre inscription à l'atelier de conversation B2, le mercredi
de 19h à 20h30, à partir du 17 septembre.

À bientôt !
L'équipe pédagogique""",
    ),
    m(
        "fr-decathlon",
        "2025-06-26 15:30",
        "Decathlon <noreply@decathlon.example>",
        "Votre commande est expédiée",
        NJ_FR,
        html="""<p>Bonne nouvelle ! Votre commande n° 88129 (tente Quechua 3 places) a été
expédiée.</p>""",
    ),
    m(
        "fr-podcast",
        "2025-10-09 06:00",
        "Génération Do It Yourself <news@gdiy.example>",
        "Nouvel épisode : l'interview d'une fondatrice qui a révolutionné la logistique du dernier kilomètre",  # noqa: E501
        NJ_FR,
        html="""<p>Cette semaine, 3 heures d'entretien avec une entrepreneuse qui livre 2 millions
de colis
par an à vélo. À écouter partout.</p>""",
    ),
    m(
        "fr-camille-3",
        "2025-12-12 20:00",
        "Camille Laurent <camille.laurent@orange.fr>",
        "Joyeuses fêtes !",
        NJ_FR,
        tz="+0100",
        text="""Coucou la famille,

Bon voyage en Inde ! Envoyez-nous plein de photos. Et bravo encore pour le
nouveau poste, Sven nous a raconté.

Gros bisous
Camille, Thomas et Léo""",
    ),
    m(
        "fr-vinted",
        "2025-08-27 12:40",
        "Vinted <no-reply@vinted.fr>",
        "Ton article a été vendu !",
        NJ_FR,
        html="""<p>Félicitations ! Ton manteau Zara a été vendu 28,00 €. Envoie-le sous 5
jours.</p>""",
    ),
    m(
        "fr-assurance",
        "2025-11-04 09:30",
        "AXA Assistance <noreply@axa-assistance.example>",
        "Votre attestation d'assurance voyage",
        NJ_FR,
        tz="+0100",
        html="""<p>Madame Raman, veuillez trouver ci-joint votre attestation d'assurance voyage
pour votre
séjour en Inde du 19/12/2025 au 04/01/2026.</p>""",
    ),
]

# --- Spanish -----------------------------------------------------------------------------------
MAIL += [
    m(
        "es-nie",
        "2025-06-17 10:05",
        "Cita Previa Extranjería <citaprevia@sede-extranjeria.example>",
        "Justificante de cita previa - Toma de huellas (TIE)",
        NJ_ES,
        text="""JUSTIFICANTE DE CITA

Nombre: PRIYA RAMAN
Trámite: POLICÍA - TOMA DE HUELLAS (EXPEDICIÓN DE TARJETA)
Oficina: CNP Valencia - Avda. Pío Baroja
Fecha: 02/07/2025  Hora: 10:40
Número de cita: 44812

Debe presentarse con el pasaporte original y la tasa 790-012 pagada.""",
    ),
    m(
        "es-amiga",
        "2025-06-28 23:10",
        "Lucía Ferrer <lucia.ferrer@gmail.com>",
        "¡¡Valencia!!",
        NJ_ES,
        tz="+0200",
        text="""Priyaaaa,

¿De verdad venís a Valencia en julio? Tenéis que quedaros en casa, tenemos la
habitación de invitados libre. Y a Arjun le encantará la playa de la Malvarrosa.

Besos,
Lucía""",
    ),
    m(
        "es-amiga-2",
        "2025-07-03 09:00",
        "Lucía Ferrer <lucia.ferrer@gmail.com>",
        "Re: ¡¡Valencia!!",
        NJ_ES,
        text="""Perfecto, os recogemos en el aeropuerto. ¿Qué tal fue lo de las huellas?
Menudo lío la burocracia española jaja.

El jue, 3 jul 2025 a las 0:15, Priya Raman (<priya.raman@grachtpost.nl>) escribió:
> Llegamos el viernes 4 a las 18:40 con Transavia. ¡Gracias!""",
        headers=reply("es-amiga", "Lucía Ferrer <lucia.ferrer@gmail.com>"),
    ),
    m(
        "es-vuelo",
        "2025-06-20 14:50",
        "Transavia <noreply@transavia.example>",
        "Confirmación de tu reserva",
        NJ_ES,
        html="""<p>¡Hola Priya! Tu reserva <b>HV7K2P</b> está confirmada: AMS → VLC, viernes 4 de
julio,
15:55. 3 pasajeros.</p>""",
    ),
    m(
        "es-banco",
        "2025-09-10 11:30",
        "Banco Levante <avisos@bancolevante.example>",
        "Solicitud de préstamo personal: documentación pendiente",
        NJ_ES,
        text="""Estimada clienta:

Hemos recibido su solicitud de préstamo personal. Para continuar con el estudio
necesitamos las dos últimas nóminas y la declaración de la renta. Puede subirlos
desde la banca online.

Atentamente,
Banco Levante""",
    ),
    m(
        "es-oferta",
        "2025-07-25 10:00",
        "El Corte Inglés <ofertas@elcorteingles.example>",
        "Ofertas exclusivas de verano solo para ti",
        NJ_ES,
        html="""<p>Hasta -50 % en moda y hogar. Solo este fin de semana.</p>""",
    ),
    m(
        "es-newsletter",
        "2025-10-27 07:15",
        "Cadena de Suministro Hoy <boletin@cadenasuministrohoy.example>",
        "Boletín: el puerto de Valencia bate récord de contenedores",
        NJ_ES,
        tz="+0100",
        html="""<p>El puerto de Valencia movió 5,4 millones de TEU. Entrevista con la directora de
compras de
una cadena de supermercados sobre proveedores locales.</p>""",
    ),
    m(
        "es-podcast",
        "2025-09-25 06:30",
        "Podcast Logística Sin Filtro <hola@logisticasinfiltro.example>",
        "Episodio 40: entrevistamos al jefe de operaciones de un e-commerce",
        NJ_ES,
        html="""<p>Esta semana entrevistamos a Pablo Ruiz sobre almacenes automáticos y
devoluciones. ¡Escúchalo ya!</p>""",
    ),
    m(
        "es-amiga-3",
        "2025-11-22 18:00",
        "Lucía Ferrer <lucia.ferrer@gmail.com>",
        "fotos del verano",
        NJ_ES,
        tz="+0100",
        text="""Por fin he pasado las fotos del verano al ordenador, te mando el enlace:
https://photos.example/album/valencia2025

¿Cuándo empiezas en el trabajo nuevo? Cuéntame todo.

Lucía""",
    ),
    m(
        "es-voluntariado",
        "2025-07-06 12:00",
        "Fundación Mar Limpio <voluntariado@marlimpio.example>",
        "Tu solicitud de voluntariado ha sido aceptada",
        NJ_ES,
        text="""Hola Priya,

¡Gracias por apuntarte! Tu solicitud para la limpieza de playa del sábado 12 de
julio en la Malvarrosa ha sido aceptada. Punto de encuentro: 9:00 junto a la
pasarela 4. Trae agua y protector solar.

Fundación Mar Limpio""",
    ),
    m(
        "es-spotify",
        "2025-08-15 03:00",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        NJ_ES,
        html="""<p>Gracias por tu pago de 16,99 € para Premium Duo.</p>""",
    ),
    m(
        "es-curso",
        "2025-10-02 09:00",
        "Instituto Cervantes Utrecht <cursos@cervantes-utrecht.example>",
        "Matrícula confirmada: Español B1",
        NJ_ES,
        text="""Estimada Priya:

Le confirmamos su matrícula en el curso de Español B1 (lunes, 19:00-21:00) del
6 de octubre al 15 de diciembre. Le esperamos en el aula 3.

Un cordial saludo,
Secretaría académica""",
    ),
    m(
        "es-hacienda",
        "2025-11-24 10:00",
        "Agencia Tributaria <notificaciones@agenciatributaria.example>",
        "Aviso de notificación electrónica",
        NJ_ES,
        tz="+0100",
        text="""Tiene a su disposición una notificación en la Dirección Electrónica Habilitada
Única. Acceda con su certificado digital o Cl@ve.""",
    ),
    m(
        "es-glovo",
        "2025-07-08 21:30",
        "Glovo <no-reply@glovoapp.com>",
        "Tu pedido está en camino 🛵",
        NJ_ES,
        html="""<p>Tu pedido de Horchatería Daniel llegará en 15-20 minutos.</p>""",
    ),
]

# --- Portuguese --------------------------------------------------------------------------------
MAIL += [
    m(
        "pt-amiga",
        "2025-06-12 20:40",
        "Beatriz Souza <bia.souza@yahoo.com.br>",
        "saudades!!",
        NJ_PT,
        tz="-0300",
        text="""Oi Priya!!

Quanto tempo! Vi as fotos de Amsterdã, que lindo. O Arjun tá enorme! Quando vocês
vêm pro Brasil? A gente tem quarto sobrando em Floripa.

Beijos
Bia""",
    ),
    m(
        "pt-amiga-2",
        "2025-09-08 11:15",
        "Beatriz Souza <bia.souza@yahoo.com.br>",
        "Re: saudades!!",
        NJ_PT,
        tz="-0300",
        text="""Aaah que pena que esse ano não dá. Mas ano que vem sem falta, hein!
E boa sorte nas entrevistas, torcendo aqui 🙏

Em dom., 7 de set. de 2025 às 16:02, Priya Raman <priya.raman@grachtpost.nl> escreveu:
> Bia!! Esse ano vamos pra Índia no Natal, mas 2026 com certeza...""",
        headers=reply("pt-amiga", "Beatriz Souza <bia.souza@yahoo.com.br>"),
    ),
    m(
        "pt-cartao",
        "2025-08-19 14:00",
        "Banco Ipanema <cartoes@bancoipanema.example>",
        "Sua proposta de cartão de crédito foi aprovada!",
        NJ_PT,
        tz="-0300",
        html="""<p>Olá, Priya! Boa notícia: sua proposta do cartão Ipanema Internacional foi
aprovada com limite
de R$ 8.000. O cartão chega em até 10 dias úteis.</p>""",
    ),
    m(
        "pt-oferta",
        "2025-11-27 09:00",
        "Magazine Luiza <ofertas@magalu.example>",
        "Black Friday: ofertas imperdíveis só hoje",
        NJ_PT,
        tz="-0300",
        html="""<p>Até 70% de desconto em eletro, celulares e casa. Corre que é só hoje!</p>""",
    ),
    m(
        "pt-podcast",
        "2025-10-15 08:00",
        "Podcast Cadeia de Valor <contato@cadeiadevalor.example>",
        "Novo episódio: entrevista com a diretora de suprimentos de uma cervejaria",
        NJ_PT,
        tz="-0300",
        html="""<p>No episódio 73, entrevistamos Juliana Prado sobre compras de malte, câmbio e
sustentabilidade. Ouça agora!</p>""",
    ),
    m(
        "pt-newsletter",
        "2025-07-17 07:00",
        "Mundo Logístico <news@mundologistico.example>",
        "As 5 tendências de supply chain para o 2º semestre",
        NJ_PT,
        tz="-0300",
        html="""<p>Nearshoring, IA no planejamento e o custo do frete marítimo: leia nossa
análise.</p>""",
    ),
    m(
        "pt-familia-porto",
        "2025-08-12 10:30",
        "Casa do Rio Guesthouse <reservas@casadorio.example>",
        "A sua reserva no Porto",
        NJ_PT,
        tz="+0100",
        text="""Olá Priya,

Obrigado pela sua reserva de 15 a 18 de agosto. O check-in é a partir das 15h;
deixamos a chave no cofre junto à porta - o código será enviado no próprio dia.

Até breve!
Rui e Ana, Casa do Rio""",
    ),
    m(
        "pt-cp",
        "2025-08-16 09:10",
        "CP Comboios de Portugal <noreply@cp.example>",
        "Bilhete: Porto Campanhã - Aveiro",
        NJ_PT,
        tz="+0100",
        html="""<p>Bilhete Intercidades · 16/08/2025 · 10:52 · Porto Campanhã → Aveiro · Carruagem
4, lugar 62.</p>""",
    ),
    m(
        "pt-vacina",
        "2025-12-04 12:00",
        "Clínica do Viajante <agendamento@clinicaviajante.example>",
        "Agendamento confirmado: consulta do viajante",
        NJ_PT,
        tz="+0100",
        text="""Olá Priya Raman,

Sua consulta do viajante (vacinas para a Índia) está confirmada para 9 de dezembro
às 14h20, por videochamada. Tenha em mãos o seu cartão de vacinação.

Clínica do Viajante""",
        ics={
            "uid": "cv-0912-raman@clinicaviajante.example",
            "summary": "Consulta do viajante - Priya Raman",
            "start": "2025-12-09 14:20:00 +0100",
            "minutes": 20,
            "organizer": ("Clínica do Viajante", "agendamento@clinicaviajante.example"),
            "location": "Videochamada",
        },
    ),
    m(
        "pt-bia-3",
        "2025-12-15 22:00",
        "Beatriz Souza <bia.souza@yahoo.com.br>",
        "Feliz Natal 🎄",
        NJ_PT,
        tz="-0300",
        text="""Priya querida, feliz Natal pra vocês três! Boa viagem pra Índia e parabéns
pelo emprego novo, você merece demais.

Bia e Tiago""",
    ),
    m(
        "pt-duolingo",
        "2025-09-29 19:00",
        "Duolingo <hello@duolingo.com>",
        "Não perca sua ofensiva!",
        NJ_PT,
        html="""<p>Você ainda não praticou hoje. Faça uma lição de 5 minutos para manter sua
ofensiva.</p>""",
    ),
    m(
        "pt-nubank",
        "2025-06-30 10:00",
        "Nubank <todomundo@nubank.com.br>",
        "Sua fatura fechou",
        NJ_PT,
        tz="-0300",
        html="""<p>Sua fatura de junho fechou em R$ 312,40. Vencimento: 07/07.</p>""",
    ),
]

# --- more of the ordinary inbox ---------------------------------------------------------------
MAIL += [
    m(
        "marktplaats-offer",
        "2025-08-26 20:12",
        "Marktplaats <noreply@marktplaats.example>",
        "Your offer of €45 was accepted",
        NJ_EN,
        html="""<p>Good news, Priya! The seller accepted your offer of €45 for "Thule bike child
seat".
Arrange pickup via messages.</p>""",
    ),
    m(
        "marktplaats-bid",
        "2025-09-03 08:40",
        "Marktplaats <noreply@marktplaats.example>",
        'New bid on your ad "Ikea Hemnes desk"',
        NJ_EN,
        html="""<p>Someone placed a bid of €60 on your ad. Reply quickly to sell faster!</p>""",
    ),
    m(
        "parking",
        "2025-09-02 13:30",
        "Gemeente Amsterdam <noreply@amsterdam.example>",
        "Your application for a parking permit has been received",
        NJ_EN,
        text="""Dear Ms Raman,

We have received your application for a residential parking permit for the area
West-2 (Bilderdijkstraat). There is currently a waiting list of approximately 14
months. You will receive a letter when it is your turn.

Municipality of Amsterdam""",
    ),
    m(
        "registration",
        "2025-09-04 10:00",
        "Gemeente Amsterdam <noreply@amsterdam.example>",
        "Appointment confirmed: change of address",
        NJ_EN,
        text="""Your appointment at Stadsloket West (Bos en Lommerplein 250) on Friday 12
September 2025 at 11:20 is confirmed. Subject: registering a move within
Amsterdam. Bring valid ID for all persons moving.""",
    ),
    m(
        "tennis",
        "2025-06-13 19:00",
        "TC Westerpark <ledenadministratie@tcwesterpark.example>",
        "Your membership application",
        NJ_EN,
        text="""Dear Priya,

Thank you for applying for membership of TC Westerpark. Your application has
been accepted! The intake lesson ("introductieles") is on Sunday 22 June at
10:00. Membership fee: EUR 210 per year.

Welcome to the club,
Member administration""",
    ),
    m(
        "user-research",
        "2025-10-24 11:00",
        "Research at bol <research@bol.example>",
        "Would you join a 30-minute interview about your shopping experience?",
        NJ_EN,
        html="""<p>Hi Priya,</p><p>We're looking for customers to take part in a short video
interview
about how you shop for home appliances. As a thank-you you'll receive a €25 gift card.</p><p><a
href="https://bol.example/research/signup">Pick a time</a></p>""",
    ),
    m(
        "nps",
        "2025-09-03 18:00",
        "Ziggo <noreply@ziggo.example>",
        "How did our engineer do?",
        NJ_EN,
        html="""<p>Rate your installation from 1 to 10. It takes 1 minute.</p>""",
    ),
    m(
        "library",
        "2025-10-29 12:00",
        "OBA Amsterdam <noreply@oba.example>",
        "Items due in 3 days",
        NJ_EN,
        tz="+0100",
        html="""<p>"The Goal" (Goldratt) and "Nijntje in de speeltuin" are due on 1
November.</p>""",
    ),
    m(
        "wise",
        "2025-11-14 09:20",
        "Wise <noreply@wise.com>",
        "Your money's on its way to Lakshmi Raman",
        NJ_EN,
        tz="+0100",
        html="""<p>You sent 500 EUR → 48,212.40 INR. It should arrive by tomorrow.</p>""",
    ),
    m(
        "tikkie",
        "2025-10-05 11:11",
        "Tikkie <noreply@tikkie.example>",
        "Meera sent you a Tikkie: birthday cake",
        NJ_EN,
        html="""<p>Meera asks you for €12.50 for "birthday cake 🎂". Pay via your bank app.</p>""",
    ),
    m(
        "apple",
        "2025-07-29 02:00",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        NJ_EN,
        html="""<p>iCloud+ 200GB · €2.99 · Billed to Visa •••• 4421</p>""",
    ),
    m(
        "slack-digest",
        "2025-11-26 17:00",
        "Slack <feedback@slack.com>",
        "Your weekly summary for Ams Parents Network",
        NJ_EN,
        tz="+0100",
        html="""<p>48 new messages in #swap-and-sell and #daycare-tips this week.</p>""",
    ),
    m(
        "meetup",
        "2025-06-26 20:00",
        "Meetup <info@meetup.com>",
        "New event: Amsterdam Supply Chain Drinks",
        NJ_EN,
        html="""<p>Amsterdam Supply Chain &amp; Logistics Meetup · Thu 10 July, 18:00 · Café de
Zwart.
Networking, bitterballen and a short talk on warehouse robotics.</p>""",
    ),
    m(
        "strava",
        "2025-09-21 17:30",
        "Strava <no-reply@strava.com>",
        "You finished the Dam tot Damloop!",
        NJ_EN,
        html="""<p>16.1 km · 1:31:42 · new personal record 🎉</p>""",
    ),
    m(
        "sister-cv",
        "2025-07-14 21:02",
        MEERA,
        "can you look at my CV??",
        NJ_EN,
        text="""Pri, you're the expert now after applying to half of Europe lol - could you look
at my CV before I send it to the hospital in Leiden? Attached. Be brutal.

M""",
        attach=[("Meera_CV_2025.txt", "text/plain", "Meera Raman - Clinical Nurse\n")],
    ),
    m(
        "mum-4",
        "2025-11-13 04:00",
        MAM,
        "Re: good news",
        NJ_EN,
        tz="+0530",
        text="""Kanna! I told you! Appa cried. Rotterdam is near? Tell us everything on
the weekend call. So proud.

Amma""",
    ),
    m(
        "sven-4",
        "2025-12-12 07:40",
        JOOST,
        "last day!",
        NJ_EN,
        tz="+0100",
        text="""last day at Noordzee! enjoy the drinks, I'll do creche pickup today. don't let
Willem make a speech longer than five minutes :)

x""",
    ),
    m(
        "old-company",
        "2025-12-10 16:00",
        "HR Noordzee Distributie <hr@noordzeedistributie.example>",
        "Your final pay slip and exit documents",
        NJ_EN,
        tz="+0100",
        text="""Dear Priya,

Attached you'll find your final pay slip, the certificate of employment and the
information on your pension transfer. Please return your laptop and access card
to the IT desk on your last day (12 December).

Thank you for five great years - we'll miss you!

HR Noordzee Distributie""",
    ),
    m(
        "team-farewell",
        "2025-12-09 12:30",
        "Willem Jonker <willem.jonker@noordzeedistributie.example>",
        "Farewell drinks Priya - Friday 16:00",
        NJ_EN,
        tz="+0100",
        text="""Hi all,

As most of you know, Priya is leaving us on Friday after five years in
procurement. Let's give her a proper send-off: drinks in the canteen at 16:00.
Contributions for the gift to Anouk by Thursday please.

Willem""",
    ),
    m(
        "outlook-meeting",
        "2025-09-15 08:55",
        "Willem Jonker <willem.jonker@noordzeedistributie.example>",
        "Supplier review Q3 - Sligro contract",
        NJ_EN,
        text="""Hi Priya,

Can you prepare the Q3 supplier scorecard for Thursday's review? Focus on OTIF
and the price indexation clause. Invite attached.

Thanks,
Willem""",
        ics={
            "uid": "q3-review-noordzee@noordzeedistributie.example",
            "summary": "Supplier review Q3",
            "start": "2025-09-18 10:00:00 +0200",
            "minutes": 90,
            "organizer": ("Willem Jonker", "willem.jonker@noordzeedistributie.example"),
            "location": "Meeting room Texel",
            "style": "outlook",
        },
    ),
]
MAIL += [
    m(
        "de-ebay",
        "2025-08-31 10:00",
        "eBay <ebay@ebay.de>",
        "Ihr Preisvorschlag wurde angenommen",
        NJ_DE,
        html="""<p>Glückwunsch! Der Verkäufer hat Ihren Preisvorschlag von 35,00 EUR für
„Kinderwagen-
Regenschutz“ angenommen. Bitte bezahlen Sie innerhalb von 2 Tagen.</p>""",
    ),
    m(
        "de-oma",
        "2025-11-15 12:00",
        "Heike Akkerman <heike.akkerman@web.de>",
        "Herzlichen Glückwunsch!",
        NJ_DE,
        tz="+0100",
        text="""Liebe Priya,

Sven hat uns von deiner neuen Stelle erzählt - herzlichen Glückwunsch! Wir
freuen uns so für dich. Das müssen wir an Weihnachten... ach nein, da seid ihr
ja in Indien. Dann eben an Silvester per Video!

Alles Liebe
Heike & Rolf""",
    ),
    m(
        "de-flixbus",
        "2025-11-02 15:00",
        "FlixBus <noreply@flixbus.de>",
        "Deine Buchung: Amsterdam → Hamburg",
        NJ_DE,
        tz="+0100",
        html="""<p>Hallo Priya, deine Buchung 3012 448 812 ist bestätigt: Fr, 14.11., 23:15,
Amsterdam Sloterdijk → Hamburg ZOB.</p>""",
    ),
    m(
        "fr-impots",
        "2025-08-14 09:00",
        "impots.gouv.fr <ne-pas-repondre@dgfip.example>",
        "Votre avis d'impôt est disponible",
        NJ_FR,
        html="""<p>Madame, votre avis d'impôt sur les revenus 2024 est disponible dans votre espace
particulier.</p>""",
    ),
    m(
        "fr-leboncoin",
        "2025-10-19 17:20",
        "leboncoin <noreply@leboncoin.example>",
        "Vous avez reçu une offre pour votre annonce",
        NJ_FR,
        html="""<p>Bonne nouvelle ! Un acheteur vous propose 120 € pour « Poussette Yoyo ».
Acceptez ou refusez l'offre.</p>""",
    ),
    m(
        "es-renfe",
        "2025-07-10 08:10",
        "Renfe <venta@renfe.example>",
        "Confirmación de compra - Valencia - Madrid",
        NJ_ES,
        html="""<p>Billete AVE · 11/07/2025 · 09:05 Valencia Joaquín Sorolla → 10:52 Madrid Puerta
de Atocha · Coche 5, plaza 8A.</p>""",
    ),
    m(
        "es-piso",
        "2025-06-09 16:30",
        "Idealista <noreply@idealista.example>",
        "Tu solicitud de visita para el piso en Ruzafa",
        NJ_ES,
        html="""<p>Hola Priya, el anunciante ha recibido tu solicitud para visitar el piso de la
calle Sueca
(2 hab., 950 €/mes). Te contactará en breve.</p>""",
    ),
    m(
        "pt-ifood",
        "2025-08-15 20:30",
        "Uber Eats <no-reply@uber.com>",
        "Seu pedido foi entregue",
        NJ_PT,
        tz="+0100",
        html="""<p>Bom apetite, Priya! Seu pedido da Cervejaria Ribeira foi entregue. Total: 38,60
€.</p>""",
    ),
    m(
        "pt-escola",
        "2025-10-20 18:00",
        "Escola Portuguesa de Amesterdão <secretaria@epamsterdao.example>",
        "Inscrição confirmada - aulas de português para crianças",
        NJ_PT,
        text="""Olá Priya,

A inscrição do Arjun nas aulas de português aos sábados (turma 3-5 anos) está
confirmada. Começamos no dia 1 de novembro às 10h.

Até lá!
Secretaria""",
    ),
]
