# ruff: noqa: E501  (message bodies are data, wrapped as the senders wrap them)
"""Third held-out corpus: the rest of the inbox in English (not job mail, look-alikes on purpose)."""

from __future__ import annotations

import heldout3_util as _util

# (key, date, from, subject, body); a body starting with "<" is HTML.
_ROWS = [
    (
        "en-flat-app",
        "2025-05-06 11:20",
        "Harbourline Lettings <lettings@harbourline-homes.co.uk>",
        "Your rental application - Flat 3, 12 Eldon Road",
        """Dear Nadia,

Thank you for submitting your rental application for Flat 3, 12 Eldon Road. Our
referencing partner will contact you within 48 hours to verify your employment and
income. Please have three months of payslips ready.

Kind regards,
Harbourline Lettings
""",
    ),
    (
        "en-cc-app",
        "2025-05-08 09:02",
        "Northway Card Services <no-reply@northwaycard.com>",
        "Your credit card application has been approved",
        """Hi Nadia,

Good news! Your application for the Northway Travel Card has been approved. Your card
will arrive within 7 working days. Your credit limit is EUR 4,000.

Northway Card Services
""",
    ),
    (
        "en-loan",
        "2025-05-14 15:40",
        "Clearbridge Loans <applications@clearbridgeloans.com>",
        "Application ID 55-9102: next steps for your personal loan",
        """Hello Nadia,

We've received your loan application. To continue, please upload a photo ID and your
latest bank statement. An adviser may call you to schedule a short interview about your
finances.

Clearbridge Loans
""",
    ),
    (
        "en-insurance",
        "2025-05-16 10:10",
        "Pebblestone Insurance <service@pebblestone-insure.com>",
        "Your application for contents insurance",
        """Dear Ms Berger,

Thank you for your application for home contents insurance. We are pleased to offer you
cover starting 1 June 2025. Your policy documents are attached. Premium: EUR 9.40 per
month.

Pebblestone Insurance
""",
    ),
    (
        "en-visa",
        "2025-06-05 12:00",
        "UK Visas and Immigration <no-reply@visas-immigration.example.gov.uk>",
        "Visitor visa application: biometric appointment confirmed",
        """Dear Nadia Berger,

Your appointment to provide biometric information for your Standard Visitor visa
application has been confirmed for 12 June 2025 at 09:30, Munich visa application centre.

Bring your passport and the appointment confirmation.
""",
    ),
    (
        "en-msc",
        "2025-05-23 16:45",
        "Graduate Admissions <admissions@univ-halloway.ac.uk>",
        "Your application to MSc Human-Computer Interaction",
        """Dear Nadia,

Thank you for applying to the MSc in Human-Computer Interaction (part-time). Your
application is complete and has been forwarded to the academic department for review. We
may invite you to an interview with the programme director.

Graduate Admissions Office, University of Halloway
""",
    ),
    (
        "en-scholarship",
        "2025-07-17 09:30",
        "Aldwin Foundation <scholarships@aldwinfoundation.org>",
        "Scholarship application outcome",
        """Dear Nadia,

Thank you for applying for the Aldwin Women in Tech Scholarship. Unfortunately we are
unable to offer you a scholarship this year. We received over 900 applications.

We encourage you to apply again next year.

The Aldwin Foundation
""",
    ),
    (
        "en-promo-offer",
        "2025-05-29 07:00",
        "Loomwear <news@loomwear-shop.com>",
        "Nadia, your exclusive offer ends tonight",
        """<html><body><h1>Exclusive offer: 30% off everything</h1>
<p>Hi Nadia, as a valued member you get early access. Apply code SUMMER30 at checkout.</p>
<p>Offer ends at midnight. <a href="https://loomwear-shop.com/sale">Shop now</a></p>
<p style="font-size:10px">Unsubscribe</p></body></html>""",
    ),
    (
        "en-promo-airline",
        "2025-06-15 08:00",
        "Skylark Air <offers@skylark-air.com>",
        "An offer you can't refuse: Munich to Lisbon from EUR 39",
        """<html><body><p>Summer sale! Fly Munich to Lisbon from EUR 39 one way.</p>
<p>Book by Sunday. Terms apply.</p><p>Manage preferences | Unsubscribe</p></body></html>""",
    ),
    (
        "en-hrtech-news",
        "2025-06-19 14:00",
        "Hirewise Weekly <newsletter@hirewise.io>",
        "The State of Candidate Experience 2025 + 5 interview trends",
        """<html><body>
<h2>Hirewise Weekly</h2>
<p>This week: why 62% of candidates drop out after a one-way video interview, how to write
rejection emails that candidates thank you for, and our webinar on structured interviews.</p>
<p>Book a demo of Hirewise ATS and get your first 3 months free - exclusive offer.</p>
<p>You're receiving this because you signed up at hirewise.io. Unsubscribe.</p>
</body></html>""",
    ),
    (
        "en-hrtech-news2",
        "2025-09-18 14:00",
        "Hirewise Weekly <newsletter@hirewise.io>",
        "Offer letters that close: templates inside",
        """<html><body>
<h2>Hirewise Weekly</h2>
<p>Recruiters: how to send offer letters that get signed, what candidates expect after the
final interview, and 10 templates for application confirmations.</p>
<p>Unsubscribe</p></body></html>""",
    ),
    (
        "en-li-digest",
        "2025-07-24 19:12",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Marcus Feld started a new position at Pinecrest AI",
        """Congratulate Marcus on his new role

Marcus Feld started a new position as Staff Engineer at Pinecrest AI.

Say congrats | View profile

You are receiving LinkedIn notification emails.
""",
    ),
    (
        "en-li-post",
        "2025-08-09 18:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Jenny Cho shared a post: Our interview process, explained",
        """Jenny Cho shared a post

"We rewrote our frontend interview process: no more leetcode, just a pairing session on a
real feature. Here's what we learned after 40 interviews..."

128 reactions - 34 comments

See post
""",
    ),
    (
        "en-li-newsletter",
        "2025-10-11 09:00",
        "LinkedIn News <editors-noreply@linkedin.com>",
        "Top stories: hiring slows across European tech",
        """Top stories for you

- Hiring slows across European tech as funding dries up
- Why more companies are putting roles on hold
- The return of the four-day week

Read more on LinkedIn News
""",
    ),
    (
        "en-github",
        "2025-05-10 22:14",
        "GitHub <noreply@github.com>",
        "[nberger/datepick] Fix focus trap in month view (#142)",
        """@ljung commented on this pull request.

Looks great, thanks! Could you add a test for the shift+tab case before we merge?

Reply to this email directly or view it on GitHub.
""",
    ),
    (
        "en-github2",
        "2025-08-02 11:05",
        "GitHub <noreply@github.com>",
        "[GitHub] A new SSH key was added to your account",
        """Hey nberger!

A new public key was added to your account. If you did not add this key, please remove
it and review your security settings.

Thanks, The GitHub Team
""",
    ),
    (
        "en-npm",
        "2025-09-27 13:30",
        "npm <support@npmjs.com>",
        "Successfully published @nberger/datepick@3.2.0",
        """Hi nberger!

A new version of the package @nberger/datepick (3.2.0) was published at
2025-09-27T11:30:02Z.

If you have questions, contact npm support.
""",
    ),
    (
        "en-vercel",
        "2025-06-28 03:12",
        "Vercel <notifications@vercel.com>",
        "Failed production deployment on portfolio-site",
        """There was an error deploying portfolio-site to production.

Error: Command "npm run build" exited with 1

View build logs
""",
    ),
    (
        "en-aws-bill",
        "2025-07-03 02:00",
        "AWS Notifications <no-reply@aws-billing.example.com>",
        "Your AWS invoice for June 2025 is available",
        """Greetings from Amazon Web Services,

Your invoice for the billing period June 1 - June 30, 2025 is available. Total: USD 4.12.
""",
    ),
    (
        "en-zoom",
        "2025-07-19 09:00",
        "Zoom <no-reply@zoom.us>",
        "Your Zoom Pro plan renews on August 1",
        """Hi Nadia,

Your Zoom Pro annual plan will renew automatically on August 1, 2025 for EUR 139.90.

The Zoom Team
""",
    ),
    (
        "en-spotify",
        "2025-08-20 10:00",
        "Spotify <no-reply@spotify.com>",
        "Your receipt from Spotify",
        """Thanks for your payment. Premium Duo, EUR 14.99, 20 August 2025.
""",
    ),
    (
        "en-friend-wedding",
        "2025-05-18 20:12",
        "Emma Clarke <emma.clarke88@gmail.com>",
        "Save the date!!",
        """Hi lovely,

It's official - Jake and I are getting married on 13 September in Bath! Proper invite
coming but please save the date. Would love you there.

Emma xx
""",
    ),
    (
        "en-friend-reply",
        "2025-06-01 12:30",
        "Emma Clarke <emma.clarke88@gmail.com>",
        "Re: Save the date!!",
        """Yay!! So happy you can come. Hotel block is at the Abbey Inn, I'll send the code.

Also how's the job hunt going? Fingers crossed for the interviews!

E

On Sat, 31 May 2025 at 21:04, Nadia Berger <nadia.berger@mailbucht.de> wrote:
> Of course I'll be there! Congratulations again!!
""",
    ),
    (
        "en-friend-jobchat",
        "2025-07-02 21:50",
        "Sam Whitfield <sam.whitfield@gmail.com>",
        "beers friday?",
        """Hey! Heard you had a rough week with interviews. Beers on Friday to forget about
recruiters for a bit? 7pm at the usual place.

Sam
""",
    ),
    (
        "en-meetup",
        "2025-08-04 17:00",
        "Meetup <info@meetup.com>",
        "ReactJS Munich: Summer Meetup - Aug 11",
        """ReactJS Munich

Summer Meetup: Server Components in production + lightning talks
Monday, August 11, 2025, 6:30 PM, Isarblick Media office

You're going! Add to calendar.
""",
    ),
    (
        "en-conf-ticket",
        "2025-09-03 10:00",
        "JSNation Tickets <tickets@jsnation.example.com>",
        "Your ticket for FrontConf Amsterdam",
        """Hi Nadia,

Here's your ticket for FrontConf Amsterdam, October 9-10, 2025. Ticket type: Early Bird.
Show the QR code at the entrance.
""",
    ),
    (
        "en-hotel",
        "2025-09-12 14:22",
        "Stayfinder <reservations@stayfinder.com>",
        "Booking confirmed: Canal House Hotel, Amsterdam",
        """Your booking is confirmed.

Canal House Hotel, Amsterdam
Check-in: Wed 8 Oct 2025 - Check-out: Sat 11 Oct 2025
Confirmation number: 4418829133

Free cancellation until 6 Oct.
""",
    ),
    (
        "en-train",
        "2025-09-14 08:45",
        "Railhop <tickets@railhop.eu>",
        "Your e-ticket: Munich - Amsterdam",
        """Your journey on 8 October 2025: Munich Hbf 07:28 - Amsterdam Centraal 15:52.
Seat 45, coach 12. Booking reference QZ8N4K.
""",
    ),
    (
        "en-course",
        "2025-06-07 16:00",
        "Frontend Masters <hello@frontendmasters.example.com>",
        "New course: Advanced TypeScript Patterns",
        """<html><body><p>New this week: Advanced TypeScript Patterns with Mara Lind.</p>
<p>Plus: prepare for frontend interviews with our Interviewing for Front-End Engineers
course. Members get 20% off this week only.</p></body></html>""",
    ),
    (
        "en-newsletter-tech",
        "2025-07-11 07:30",
        "Frontend Digest <digest@frontenddigest.dev>",
        "Frontend Digest #212: CSS anchor positioning lands",
        """Frontend Digest #212

- CSS anchor positioning is now in all browsers
- A deep dive on React compiler
- Jobs board: 40 new remote frontend roles (sponsored)

Unsubscribe
""",
    ),
    (
        "en-newsletter-tech2",
        "2025-10-03 07:30",
        "Frontend Digest <digest@frontenddigest.dev>",
        "Frontend Digest #224: View transitions everywhere",
        """Frontend Digest #224

- View transitions across documents
- Testing library 16 released
- Interview with the maintainer of Vite

Unsubscribe
""",
    ),
    (
        "en-bank-statement",
        "2025-06-03 06:00",
        "Kestrel Bank <no-reply@kestrelbank.com>",
        "Your May statement is ready",
        """Hi Nadia, your account statement for May 2025 is now available in the app.

Kestrel Bank
""",
    ),
    (
        "en-bank-security",
        "2025-08-16 23:10",
        "Kestrel Bank <security@kestrelbank.com>",
        "New login from Chrome on macOS",
        """We noticed a new login to your account from Chrome on macOS in Munich, Germany. If
this was you, no action is needed.
""",
    ),
    (
        "en-parcel",
        "2025-05-25 13:00",
        "Parcelia <tracking@parcelia.com>",
        "Your parcel is out for delivery",
        """Good news! Your parcel 1Z884A0 from Loomwear is out for delivery today between 13:00
and 17:00.
""",
    ),
    (
        "en-order",
        "2025-05-24 18:20",
        "Loomwear <orders@loomwear-shop.com>",
        "Order confirmation #LW-229104",
        """Thanks for your order, Nadia!

1 x Linen shirt, sand, M - EUR 49.00
Shipping: free

We'll email you when it ships.
""",
    ),
    (
        "en-appstore",
        "2025-07-29 20:00",
        "Appleseed Store <no_reply@appleseed-store.example.com>",
        "Your receipt",
        """Receipt. Noteshelf Pro, EUR 9.99. Order ID MX0PQ81.
""",
    ),
    (
        "en-dentist",
        "2025-08-25 09:00",
        "Smile Studio Schwabing <termine@smilestudio.example.com>",
        "Appointment reminder",
        """Reminder: your appointment for a check-up is on Thursday, 28 August 2025 at 08:30.
Please reply to cancel or reschedule.
""",
    ),
    (
        "en-gym",
        "2025-09-01 07:00",
        "Boulderhaus <info@boulderhaus.example.com>",
        "Your membership offer: 3 months for the price of 2",
        """Hi Nadia, come back to the wall! Exclusive comeback offer for former members: 3 months
for the price of 2. Valid until 15 September.
""",
    ),
    (
        "en-volunteer",
        "2025-09-08 12:10",
        "Code Club Munich <hello@codeclub-munich.org>",
        "Thanks for signing up as a volunteer mentor",
        """Hi Nadia,

Thank you for your application to volunteer as a mentor! We'd love to have a short
intro call to match you with a school. No experience with kids needed.

Code Club Munich
""",
    ),
    (
        "en-research",
        "2025-10-14 15:00",
        "Figment Research <research@figment-app.com>",
        "Invitation: 30-min user interview (EUR 50 voucher)",
        """Hi Nadia,

You use Figment for prototyping. We'd love to interview you about how you hand off designs
to developers. 30 minutes on Zoom, EUR 50 voucher as a thank you.

Pick a slot: https://calendly.com/figment-research/30min
""",
    ),
    (
        "en-podcast",
        "2025-10-22 18:00",
        "Shipping Pixels Podcast <hello@shippingpixels.fm>",
        "New episode: How I got my first staff engineer offer",
        """New episode out now: Priya R. on negotiating a staff engineer offer, bombing a
system design interview and why rejection isn't personal.

Listen on your favourite app.
""",
    ),
    (
        "en-family",
        "2025-10-05 11:45",
        "Lukas Berger <lukas.berger@mailbucht.de>",
        "Fotos vom Wochenende / photos",
        """Hey sis, photos from the weekend in the shared album. Mum says call her!

L
""",
    ),
    (
        "en-landlord",
        "2025-10-27 09:30",
        "Harbourline Lettings <lettings@harbourline-homes.co.uk>",
        "Your application was unsuccessful - 12 Eldon Road",
        """Dear Nadia,

Thank you for your interest in Flat 3, 12 Eldon Road. Unfortunately the landlord has
decided to proceed with another applicant. We'll let you know about similar properties.

Harbourline Lettings
""",
    ),
    (
        "en-charity",
        "2025-11-01 10:00",
        "Open Shelves Library Fund <donate@openshelves.example.org>",
        "Thank you for your donation",
        """Dear Nadia, thank you for your gift of EUR 25. Your receipt is attached.
""",
    ),
    (
        "en-password",
        "2025-06-22 17:32",
        "Figment <no-reply@figment-app.com>",
        "Reset your password",
        """Someone requested a password reset for your Figment account. Use this link within 30
minutes. If you did not request this, ignore this email.
""",
    ),
    (
        "en-calendar-friend",
        "2025-07-08 10:15",
        "Emma Clarke <emma.clarke88@gmail.com>",
        "Invitation: Hen weekend planning call @ Thu Jul 10, 2025 8pm",
        """Emma Clarke has invited you to Hen weekend planning call.
Thursday 10 July 2025, 20:00 - 21:00 (BST). Join with Google Meet.
""",
    ),
    (
        "en-mortgage",
        "2025-10-09 14:05",
        "Heronsgate Mortgages <hello@heronsgate-mortgages.com>",
        "Your mortgage in principle - offer ready",
        """Hi Nadia,

Your Mortgage in Principle is ready: up to EUR 420,000 over 25 years. This is not a
formal mortgage offer. Book a call with an adviser to start your full application.
""",
    ),
    (
        "en-tax",
        "2025-07-15 08:00",
        "TaxEase <support@taxease.example.com>",
        "Your tax return has been submitted",
        """Hi Nadia, your 2024 tax return was submitted successfully. Expected refund: EUR 612.
""",
    ),
    (
        "en-phone",
        "2025-09-25 06:00",
        "Brightcell <billing@brightcell-mobile.com>",
        "Your bill is ready",
        """Your Brightcell bill for September is EUR 19.99 and will be collected on 1 October.
""",
    ),
    (
        "en-survey-shop",
        "2025-06-02 11:00",
        "Loomwear <feedback@loomwear-shop.com>",
        "How did we do?",
        """Hi Nadia, tell us about your recent order and get 10% off your next one.
""",
    ),
    (
        "en-ebook",
        "2025-08-30 16:40",
        "Pagewise Books <orders@pagewise.example.com>",
        "Your ebook: Cracking the Frontend Interview",
        """Thanks for your purchase! Cracking the Frontend Interview (2nd ed.) is now in your
library. Download: EPUB, PDF.
""",
    ),
    (
        "en-notion",
        "2025-05-13 18:00",
        "Notion <notify@mail.notion.so>",
        "Nadia, your Job Hunt 2025 page was edited",
        """Lukas Berger edited Job Hunt 2025: added 3 comments on "Applications tracker".
""",
    ),
    (
        "en-weather",
        "2025-11-06 06:00",
        "Alpwetter <alerts@alpwetter.example.com>",
        "Storm warning for Munich",
        """Weather alert: strong winds expected in Munich tonight from 22:00.
""",
    ),
]

MAIL = []
for _key, _date, _from, _subject, _body in _ROWS:
    _kw = {"html": _body} if _body.startswith("<") else {"text": _body}
    MAIL.append(_util.m(_key, _date, _from, _subject, ("not_job", "en"), **_kw))
