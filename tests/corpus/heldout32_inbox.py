# ruff: noqa: E501
"""The ordinary inbox of the thirty-second held-out corpus, look-alikes included (measured, never tuned on)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply


def n(
    key: str,
    date: str,
    frm: str,
    subject: str,
    text: str | None = None,
    lang: str = "en",
    **kw: Any,
) -> dict[str, Any]:
    """A message that is not about a job, Toronto local time unless told otherwise."""
    kw.setdefault("tz", "-0400" if date < "2025-11-02" else "-0500")
    return _m(key, date, frm, subject, ("not_job", lang), text, **kw)


MOM = "Lakshmi Raman <lakshmi.raman52@gmail.com>"
DAD = "Emeka Okafor <emeka.okafor@rogers-mail.ca>"
SIS = "Anjali Raman-Okafor <anjali.ro@gmail.com>"
BFF = "Chloé Nguyen <chloe.nguyen@fastmail.com>"
TOM = "Tomás Aguilar <tomas.aguilar@protonmail.com>"
BANK = "Maplecrest Credit Union <alerts@maplecrestcu.ca>"
LLORD = "Bernadette Kowal <bkowal.properties@gmail.com>"
PRIYA = "Priya Raman-Okafor <priya.ramanokafor@fastmail.com>"
DDC = "Design Den Club <hello@designden.club>"
LI = "LinkedIn <notifications-noreply@linkedin.com>"

MAIL: list[dict[str, Any]] = [
    # --- family and friends -------------------------------------------------------------
    n(
        "60001",
        "2025-09-02 19:40",
        MOM,
        "Diwali dates this year",
        """Kanna, Diwali is Oct 20 this year. Aunty Meena is hosting in Brampton on the Saturday before. Please tell me if you and Anjali are coming so I can plan food. Also did you send the photos from Ravi's wedding?

Amma""",
    ),
    n(
        "60002",
        "2025-09-02 21:05",
        PRIYA,
        "Re: Diwali dates this year",
        """Yes we'll both come on Saturday! Photos are in the shared album, I'll text you the link.

Love you
P

On Tue, Sep 2, 2025 at 7:40 PM Lakshmi Raman <lakshmi.raman52@gmail.com> wrote:
> Kanna, Diwali is Oct 20 this year.""",
        to=MOM,
        **reply("60001", "lakshmi.raman52@gmail.com"),
    ),
    n(
        "60003",
        "2025-09-14 10:12",
        DAD,
        "Car insurance renewal",
        """Priya, the renewal for the Civic came in at $2,480, up again. Can you check if your credit union has a better rate through their partner? I don't trust the phone calls.

Dad""",
    ),
    n(
        "60004",
        "2025-09-20 16:30",
        BFF,
        "saturday???",
        """are we still doing Evergreen Brick Works market then bikes along the Don? weather looks perfect. I'll bring the good coffee. 10am?""",
    ),
    n(
        "60005",
        "2025-09-27 22:14",
        SIS,
        "this made me think of you",
        """lol https://www.instagram.com/p/Cx9-kerning-memes/

also are you free to help me with my portfolio site? the grid is broken on mobile and I have no idea why""",
    ),
    n(
        "60006",
        "2025-10-05 11:02",
        TOM,
        "Climbing Wednesday?",
        """Hey! Joe Rockheads on Wednesday at 7 still on? I got new shoes and they hurt like hell, be warned about the complaining.

T""",
    ),
    n(
        "60007",
        "2025-10-12 08:55",
        MOM,
        "Fwd: Temple volunteer schedule",
        """See below, they need help on the 19th for the Diwali setup. Can you do 2-5?

---------- Forwarded message ---------
From: Sri Ganesha Temple Volunteers <volunteers@sriganesha-temple.org>
Subject: Temple volunteer schedule

Namaste all, we are looking for volunteers to help with decoration and prasadam on Oct 19. Please reply with your availability.""",
    ),
    n(
        "60008",
        "2025-10-25 20:20",
        BFF,
        "Re: halloween costume",
        """ok fine we'll go as Figma and Sketch but I'm Figma. non-negotiable.

> On Oct 25, 2025, at 7:58 PM, Priya wrote:
> what if we're design tools""",
    ),
    n(
        "60009",
        "2025-11-08 13:40",
        DAD,
        "Photos from Diwali",
        """Attaching a few. The one of you and Anjali with the sparklers is my favourite. Happy Diwali again.

Dad""",
        attach=[("IMG_4412.jpg", "image/jpeg", "placeholder jpeg")],
    ),
    n(
        "60010",
        "2025-11-16 18:00",
        SIS,
        "job stuff",
        """how are the interviews going? mom keeps asking me like I would know. also the Tessellate people seem nice from what I see on their insta. call me this week?""",
    ),
    n(
        "60011",
        "2025-11-30 09:31",
        TOM,
        "Secret santa 🎅",
        """Draw is done! You got... Marcus-from-climbing. Limit $40. Party is Dec 13 at my place, bring a dish.""",
    ),
    n(
        "60012",
        "2025-12-24 11:15",
        MOM,
        "Christmas lunch",
        """Lunch tomorrow at 1. Uncle Chidi is coming with the kids. Please bring the trifle. Don't be late like last year!!""",
    ),
    n(
        "60013",
        "2026-01-09 21:48",
        PRIYA,
        "NEWS",
        """Guys!!! I signed the offer. Senior Product Designer at Tessellate, start Feb 2. Dinner on me Saturday, Banh Mi Boys is not acceptable this time, somewhere nice.

P""",
        to=f"{BFF}, {TOM}, {SIS}",
    ),
    n(
        "60014",
        "2026-01-10 07:45",
        MOM,
        "Re: NEWS",
        """So proud of you kanna. Dad says congratulations, he is already telling the whole WhatsApp group.

Amma""",
        **reply("60013", "priya.ramanokafor@fastmail.com"),
    ),
    n(
        "60015",
        "2026-02-01 17:22",
        BFF,
        "first day tmrw!!",
        """good luck tomorrow!!! wear the green sweater. report back on the snacks situation""",
    ),
    n(
        "60016",
        "2025-12-06 15:02",
        "Chidi Okafor <chidi.okafor@gmail.com>",
        "Mentorship for Kelechi",
        """Hi Priya, hope you're well. Kelechi is applying to OCAD for design in the fall and is nervous about the portfolio interview. Would you have half an hour to look at his work? He'd be very grateful.

Uncle Chidi""",
    ),
    n(
        "60017",
        "2025-10-19 19:10",
        "Neha Iyer <neha.iyer@outlook.com>",
        "Ravi wedding album",
        """Hi Priya! Sharing the full album from the photographer, password is ravineha2025. Thank you again for the gorgeous card design, everyone asked about it.""",
    ),
    # --- housing: landlord, condo, look-alike applications ---------------------------
    n(
        "60101",
        "2025-09-10 12:30",
        LLORD,
        "Radiator in unit 3",
        """Hi Priya, the plumber will come Thursday between 9 and 12 to bleed the radiators before the season. Please make sure someone can let him in or leave the key with Mr. Ferreira downstairs.

Bernadette""",
    ),
    n(
        "60102",
        "2025-11-20 09:14",
        LLORD,
        "Lease renewal 2026",
        """Hi Priya,

Your lease is up on Feb 28. I'm happy to renew at the guideline increase (2.1%), which brings rent to $2,348/month. Let me know by Dec 31 if you want to continue, and I'll send the renewal form.

Thanks,
Bernadette Kowal""",
    ),
    n(
        "60103",
        "2025-12-02 19:00",
        "Liberty Village Lofts Leasing <leasing@lvlofts-rentals.ca>",
        "Your rental application for Unit 812 has been received",
        """Hi Priya,

Thank you for submitting your rental application for 812 - 75 East Liberty St. We have received your application, credit consent and proof of income.

Our leasing team will review your application within 2-3 business days. Please note that an employment letter may be required before approval.

Liberty Village Lofts Leasing Office""",
    ),
    n(
        "60104",
        "2025-12-09 11:25",
        "Liberty Village Lofts Leasing <leasing@lvlofts-rentals.ca>",
        "Update on your application - Unit 812",
        """Hi Priya,

Thank you for your interest in Unit 812. Unfortunately, the landlord has chosen to move forward with another applicant. We'd be happy to let you know about similar units as they become available.

Best regards,
Leasing Office""",
    ),
    n(
        "60105",
        "2025-12-10 08:02",
        PRIYA,
        "Re: Lease renewal 2026",
        """Hi Bernadette, I'd love to renew for another year. Please send the form whenever convenient. Thanks!

Priya""",
        to=LLORD,
        **reply("60102", "bkowal.properties@gmail.com"),
    ),
    n(
        "60106",
        "2026-01-15 16:18",
        "Tenant Insurance <noreply@squarefoot-insure.ca>",
        "Your tenant policy renews in 30 days",
        """Hi Priya, your tenant insurance policy TP-2210094 renews on Feb 14, 2026. Premium: $21.40/month. No action needed unless your details changed.""",
    ),
    # --- finance: credit union, cards, taxes -----------------------------------------
    n(
        "60201",
        "2025-09-05 07:00",
        BANK,
        "Your September e-statement is ready",
        """Your e-statement for Chequing ****2271 is now available in online banking. Log in to view it.

Maplecrest Credit Union · This is an automated message.""",
    ),
    n(
        "60202",
        "2025-10-05 07:00",
        BANK,
        "Your October e-statement is ready",
        """Your e-statement for Chequing ****2271 is now available. Sign in to online banking to review your transactions.""",
    ),
    n(
        "60203",
        "2025-11-05 07:00",
        BANK,
        "Your November e-statement is ready",
        """Your e-statement for Chequing ****2271 and TFSA ****9903 is ready to view.""",
    ),
    n(
        "60204",
        "2025-12-05 07:00",
        BANK,
        "Your December e-statement is ready",
        """Your December e-statement for Chequing ****2271 is available. Happy holidays from all of us at Maplecrest.""",
    ),
    n(
        "60205",
        "2026-01-05 07:00",
        BANK,
        "Your January e-statement is ready",
        """Your January e-statement for Chequing ****2271 is now available in online banking.""",
    ),
    n(
        "60206",
        "2025-09-18 14:33",
        BANK,
        "Interac e-Transfer: Chloé Nguyen sent you $46.50",
        """Chloé Nguyen has sent you $46.50 (CAD). Message: "farmers market + coffee ☕". The money has been automatically deposited.""",
    ),
    n(
        "60207",
        "2025-10-01 11:11",
        "Maplecrest Credit Union <offers@maplecrestcu.ca>",
        "Priya, you're pre-approved for the Maplecrest World Elite card",
        """Good news, Priya! Based on your banking relationship, you're pre-approved for the Maplecrest World Elite Mastercard.

Apply in minutes and earn 40,000 bonus points. Offer ends October 31.

Apply now: https://www.maplecrestcu.ca/cards/world-elite?src=preapp""",
    ),
    n(
        "60208",
        "2025-10-03 20:40",
        "Maplecrest Credit Union <cards@maplecrestcu.ca>",
        "We've received your credit card application",
        """Hi Priya,

Thank you for applying for the Maplecrest World Elite Mastercard. Application reference: CC-5520913.

We'll let you know our decision within 5 business days. You can check your application status in online banking.""",
    ),
    n(
        "60209",
        "2025-10-07 10:05",
        "Maplecrest Credit Union <cards@maplecrestcu.ca>",
        "Congratulations - your application is approved!",
        """Hi Priya, your application for the Maplecrest World Elite Mastercard has been approved with a credit limit of $12,000. Your card will arrive in 7-10 business days.""",
    ),
    n(
        "60210",
        "2025-11-19 09:00",
        "Wealthsimple <support@wealthsimple.com>",
        "Your monthly statement is ready",
        """Hi Priya, your October statement for your TFSA is ready in the app. Nothing you need to do.""",
    ),
    n(
        "60211",
        "2026-02-10 10:30",
        "Maplecrest Credit Union <tax@maplecrestcu.ca>",
        "Your 2025 tax slips are available",
        """Your T5 and RRSP contribution receipts for 2025 are now available in online banking under Documents.""",
    ),
    n(
        "60212",
        "2026-01-28 12:44",
        BANK,
        "Payroll deposit set up confirmation",
        """You've shared your direct deposit details (void cheque PDF) from online banking. If this wasn't you, call us at 1-800-555-0199.""",
    ),
    n(
        "60213",
        "2025-11-27 18:02",
        "Maplecrest Credit Union <offers@maplecrestcu.ca>",
        "Black Friday: a special mortgage offer for members",
        """Thinking about buying? For a limited time, members get a 4.39% 5-year fixed rate with a free pre-approval. Book an appointment with a mortgage specialist today.""",
    ),
    # --- shopping, deliveries, subscriptions ----------------------------------------
    n(
        "60301",
        "2025-09-07 13:20",
        "MEC <orders@mec-outfitters.ca>",
        "Order confirmation #MEC-8841223",
        """Thanks for your order, Priya! 1 x Helmet, Commuter MIPS (Matte Sage) - $119.00. Estimated delivery Sep 10-12.""",
    ),
    n(
        "60302",
        "2025-09-09 16:01",
        "Canada Post <noreply@canadapost-postescanada.ca>",
        "Your parcel is out for delivery",
        """Tracking number 7023 4410 8812 3390: your item is out for delivery today. Sign up for delivery notifications to stay informed.""",
    ),
    n(
        "60303",
        "2025-09-30 09:00",
        "Figma <billing@figma.com>",
        "Your Figma receipt",
        """Receipt #FIG-2025-0930-1182

Professional plan, 1 editor, monthly: USD 16.00
Paid with Mastercard ending 4471.

Thanks for using Figma!""",
    ),
    n(
        "60304",
        "2025-10-30 09:00",
        "Figma <billing@figma.com>",
        "Your Figma receipt",
        """Receipt #FIG-2025-1030-0913

Professional plan, 1 editor, monthly: USD 16.00
Paid with Mastercard ending 4471.""",
    ),
    n(
        "60305",
        "2025-11-30 09:00",
        "Figma <billing@figma.com>",
        "Your Figma receipt",
        """Receipt #FIG-2025-1130-4420 · Professional plan · USD 16.00 · Mastercard ending 4471""",
    ),
    n(
        "60306",
        "2025-10-17 10:11",
        "Kobo <no-reply@kobo-books.ca>",
        "Your eBook is ready: Design for Cognitive Bias",
        """Thanks for your purchase! Your eBook is ready to read on all your devices. Order total: $14.99.""",
    ),
    n(
        "60307",
        "2025-11-28 06:00",
        "SSENSE <news@ssense-mail.com>",
        "Exclusive offer: up to 60% off, today only",
        """Black Friday starts now. An exclusive offer for our members: up to 60% off selected designers. Offer ends at midnight.""",
    ),
    n(
        "60308",
        "2025-12-01 06:00",
        "Air Canada Aeroplan <aeroplan@mail.aeroplan-news.ca>",
        "Priya, a special offer just for you: 30% bonus points",
        """Cyber Monday offer: buy points and get a 30% bonus. Your offer expires Dec 3. Terms apply.""",
    ),
    n(
        "60309",
        "2025-12-11 12:40",
        "Indigo <orders@indigo-books.ca>",
        "Your order has shipped",
        """Good news! Your order #IND-77312 (2 items) has shipped. Track it with Canada Post.""",
    ),
    n(
        "60310",
        "2025-10-08 20:15",
        "Uber Receipts <noreply@uber.com>",
        "Your Wednesday evening trip with Uber",
        """Thanks for riding, Priya. Total CA$23.87. Trip from Queen St W to Joe Rockheads, 14 min.""",
    ),
    n(
        "60311",
        "2025-12-18 23:02",
        "Uber Receipts <noreply@uber.com>",
        "Your Thursday night trip with Uber",
        """Total CA$31.40. Trip from King St W to Dufferin St. Thanks for riding!""",
    ),
    n(
        "60312",
        "2025-09-25 08:30",
        "Spotify <no-reply@spotify.com>",
        "Your Premium receipt",
        """Hi Priya, thanks for being Premium. Amount charged: $12.99 CAD. Next billing date Oct 25.""",
    ),
    n(
        "60313",
        "2026-01-04 11:05",
        "Structube <orders@structube-mail.ca>",
        "We received your order #ST-301929",
        """Thank you, Priya! Desk 'Carter' (walnut) - $399. Delivery between Jan 12 and Jan 16. We'll call to confirm a time window.""",
    ),
    n(
        "60314",
        "2026-01-13 09:30",
        "Structube <orders@structube-mail.ca>",
        "Delivery appointment confirmed",
        """Your delivery is booked for Thursday, January 15 between 1pm and 5pm.""",
    ),
    n(
        "60315",
        "2025-10-22 07:12",
        "Loblaws PC Express <pcexpress@loblaw-mail.ca>",
        "Your pickup order is ready",
        """Order 88312 is ready for pickup at Queen & Portland. Your pickup window: 6-7pm.""",
    ),
    n(
        "60316",
        "2026-02-06 18:30",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        """Receipt: iCloud+ 200 GB, CA$3.99/month. Order ID: MQ2KLP9V3.""",
    ),
    # --- utilities and city ----------------------------------------------------------
    n(
        "60401",
        "2025-09-21 10:00",
        "Toronto Hydro <myaccount@torontohydro-billing.ca>",
        "Your bill is ready",
        """Your electricity bill for Aug 14 - Sep 13 is $58.21, due Oct 8. Paperless billing: thanks for helping the environment.""",
    ),
    n(
        "60402",
        "2025-11-21 10:00",
        "Toronto Hydro <myaccount@torontohydro-billing.ca>",
        "Your bill is ready",
        """Your bill for Oct 14 - Nov 13 is $71.90, due Dec 9.""",
    ),
    n(
        "60403",
        "2025-10-09 14:00",
        "Rogers <billing@rogers-notify.ca>",
        "Your Rogers bill is available",
        """Your October bill of $95.00 for Internet 1Gbps is available in MyRogers. Pre-authorized payment on Oct 24.""",
    ),
    n(
        "60404",
        "2025-12-09 14:00",
        "Rogers <billing@rogers-notify.ca>",
        "Your Rogers bill is available",
        """Your December bill of $95.00 is available. Pre-authorized payment on Dec 24.""",
    ),
    n(
        "60405",
        "2025-10-14 11:30",
        "City of Toronto <noreply@toronto-311.ca>",
        "Your 311 service request #2025-118402 has been updated",
        """Request type: Pothole repair. Location: Shaw St at Dundas St W. Status: Completed. Thank you for helping keep Toronto's roads safe.""",
    ),
    n(
        "60406",
        "2026-01-22 08:15",
        "Toronto Public Library <noreply@tpl-notify.ca>",
        "Item ready for pickup",
        """The following item is ready for pickup at Lillian H. Smith: 'Thinking in Systems'. Please pick it up by Jan 29.""",
    ),
    n(
        "60407",
        "2025-11-03 09:00",
        "Service Canada <noreply@servicecanada-notify.ca>",
        "Passport application received",
        """We have received your passport application (file P-25-0091234). Standard processing time for applications submitted in person is 10 business days. You can check the status of your application online.""",
    ),
    n(
        "60408",
        "2025-11-14 13:20",
        "Service Canada <noreply@servicecanada-notify.ca>",
        "Your passport is ready for pickup",
        """Your passport is ready. Please pick it up at the Toronto Victoria Street office within 30 days. Bring your receipt and the old passport.""",
    ),
    # --- health appointments (calendar look-alikes) ---------------------------------
    n(
        "60501",
        "2025-09-23 15:00",
        "Queen West Dental <appointments@queenwestdental.ca>",
        "Appointment confirmation - Oct 2 at 8:30 AM",
        """Hi Priya, this confirms your hygiene appointment with Dr. Sandhu on Thursday, October 2 at 8:30 AM. Reply C to confirm or call us to reschedule.""",
        ics={
            "start": "2025-10-02 08:30:00 -0400",
            "minutes": 60,
            "uid": "qwd-apt-55120@queenwestdental.ca",
            "organizer": ("Queen West Dental", "appointments@queenwestdental.ca"),
            "summary": "Dental hygiene appointment - Dr. Sandhu",
            "location": "845 Queen St W, Toronto",
        },
    ),
    n(
        "60502",
        "2025-12-03 17:45",
        "Trinity Physio <booking@trinityphysio.janeapp.com>",
        "Your appointment is confirmed",
        """Hi Priya, you're booked for a Physiotherapy Follow-up (30 min) with Ruth Alvarez on Tue Dec 9 at 7:30 AM. Need to cancel? Please give 24 hours notice.""",
    ),
    n(
        "60503",
        "2026-01-26 12:12",
        "Trinity Physio <booking@trinityphysio.janeapp.com>",
        "Reminder: appointment tomorrow",
        """Reminder: Physiotherapy Follow-up with Ruth Alvarez tomorrow, Jan 27 at 7:30 AM.""",
    ),
    n(
        "60504",
        "2025-10-27 09:00",
        "Maple <noreply@getmaple-health.ca>",
        "Your visit summary",
        """Your virtual visit with Dr. Hammond is complete. Your prescription has been sent to Shoppers Drug Mart, Queen & Bathurst.""",
    ),
    # --- design community, events, webinars (interview/hiring look-alikes) -------------
    n(
        "60601",
        "2025-09-11 10:00",
        DDC,
        "Design Den #48: What hiring managers really look for in portfolios",
        """Hi friends,

This month: we interviewed five design leaders about how they read portfolios (spoiler: nobody reads the process slides). Plus: the case for writing your case studies like short essays, and a roundup of Toronto design events.

Read online: https://designden.club/issues/48

Unsubscribe · Design Den Club, Toronto""",
    ),
    n(
        "60602",
        "2025-10-09 10:00",
        DDC,
        "Design Den #49: an interview with a design director on layoffs",
        """This issue: an interview with a design director who rebuilt her team after two rounds of layoffs, why "senior" means different things at different companies, and a free Figma kit for accessibility annotations.""",
    ),
    n(
        "60603",
        "2025-11-13 10:00",
        DDC,
        "Design Den #50: the state of design hiring in Canada",
        """Our 50th issue! We surveyed 600 designers about the hiring market: median time to offer is now 11 weeks, take-home exercises are back, and 38% of respondents were ghosted after a final round. Full report inside.""",
    ),
    n(
        "60604",
        "2025-12-11 10:00",
        DDC,
        "Design Den #51: year in review",
        """Our favourite essays of 2025, the books you recommended, and a holiday gift guide for the designer who already owns every notebook.""",
    ),
    n(
        "60605",
        "2026-01-15 10:00",
        DDC,
        "Design Den #52: mentorship circles are open",
        """Applications for the winter mentorship circles are open until Jan 31. Mentors: tell us your availability. Mentees: tell us what you want to learn.""",
    ),
    n(
        "60606",
        "2025-10-01 12:00",
        "Config Events <events@figma.com>",
        "You're registered: Design Systems Deep Dive (webinar)",
        """Hi Priya, you're registered for Design Systems Deep Dive on Wednesday, October 15 at 1:00 PM ET. Add it to your calendar below.""",
        ics={
            "start": "2025-10-15 13:00:00 -0400",
            "minutes": 60,
            "uid": "figma-webinar-dsdd-1015@figma.com",
            "organizer": ("Figma Events", "events@figma.com"),
            "summary": "Webinar: Design Systems Deep Dive",
            "location": "https://figma.zoom.us/webinar/register/WN_dsdd",
        },
    ),
    n(
        "60607",
        "2025-10-15 11:00",
        "Config Events <events@figma.com>",
        "Starting in 2 hours: Design Systems Deep Dive",
        """Reminder: the webinar starts at 1:00 PM ET. Join link: https://figma.zoom.us/w/9120033. Come with questions for the panel!""",
    ),
    n(
        "60608",
        "2025-09-17 14:10",
        "Toronto UX Meetup <hello@torontouxmeetup.org>",
        "RSVP confirmed: Accessibility Night @ CSI Spadina",
        """You're going to Accessibility Night on Sep 25, 6:30 PM at the Centre for Social Innovation, 192 Spadina Ave. Pizza and lightning talks.""",
    ),
    n(
        "60609",
        "2025-11-06 14:10",
        "Toronto UX Meetup <hello@torontouxmeetup.org>",
        "Call for speakers: winter lightning talks",
        """We're looking for 5-minute lightning talks for our February meetup. Submit your idea by Dec 15. First-time speakers very welcome!""",
    ),
    n(
        "60610",
        "2025-12-14 20:03",
        "Toronto UX Meetup <hello@torontouxmeetup.org>",
        "Your talk proposal has been accepted!",
        """Hi Priya,

Great news: your lightning talk "Designing forms people don't hate" has been accepted for the February 19 meetup! We'll send speaker details in January. Thank you for applying to speak.

The organizers""",
    ),
    n(
        "60611",
        "2025-10-16 09:05",
        "UX Research at Roamwise <research@roamwise.app>",
        "Invitation: 45-minute research interview ($75 gift card)",
        """Hi Priya,

You signed up for Roamwise's research panel. We'd love to interview you about how you plan weekend trips. The session is 45 minutes over Zoom and you'll receive a $75 gift card as a thank you.

Book a time: https://calendly.com/roamwise-research/45min

Thanks,
The Roamwise Research Team""",
    ),
    n(
        "60612",
        "2025-10-17 10:20",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Research interview with Roamwise on Tuesday, October 21, 2025",
        """Hi Priya Raman-Okafor,

Your Research interview (45 min) with Roamwise Research is scheduled.
Tuesday, October 21, 2025, 5:00pm - 5:45pm (Eastern Time - US & Canada)
Location: Zoom

Reschedule or cancel: https://calendly.com/reschedulings/RMW41""",
    ),
    n(
        "60613",
        "2025-11-02 10:30",
        "The Product Room Podcast <hello@productroom.fm>",
        "New episode: an interview with a designer who quit Big Tech",
        """Episode 112 is out! We interview a former big tech design lead about leaving to build a pottery studio, and what product design taught her about clay. Listen wherever you get your podcasts.""",
    ),
    n(
        "60614",
        "2025-12-02 12:00",
        "ADPList <hello@adplist.org>",
        "Your mentorship session is booked",
        """Hi Priya, your session "Portfolio review for early-career designers" with mentee Kelechi O. is booked for Dec 10 at 7:00 PM ET. Thank you for giving back!""",
    ),
    n(
        "60615",
        "2025-09-29 15:45",
        "Dribbble <no-reply@dribbble.com>",
        "Your shot is getting attention",
        """Your shot 'Permit flow, mobile' got 120 likes this week. Keep it up!""",
    ),
    n(
        "60616",
        "2026-01-20 10:00",
        "Smashing Magazine <newsletter@smashingmagazine.com>",
        "Smashing Newsletter: interview techniques for user research",
        """This week: interview techniques for user research that actually get honest answers, CSS container queries in production, and a new workshop on design tokens.""",
    ),
    n(
        "60617",
        "2025-11-19 08:00",
        "Figma <no-reply@figma.com>",
        "Sienna Park invited you to a file",
        """Sienna Park invited you to edit "Design crit - shared kits". Open in Figma.

You're receiving this because someone shared a file with you.""",
    ),
    n(
        "60618",
        "2025-10-28 19:00",
        "OCAD University Alumni <alumni@ocadu-alumni.ca>",
        "Alumni Design Night: RSVP",
        """Join fellow alumni on Nov 12 for an evening of talks and drinks. This year's theme: careers in civic design. Free for alumni.""",
    ),
    # --- LinkedIn social / other notifications (not job) ---------------------------
    n(
        "60701",
        "2025-09-12 09:15",
        LI,
        "Congratulate Kofi Mensah on their new job!",
        """Kofi Mensah started a new position as Senior Product Designer at Tessellate. Say congrats: https://www.linkedin.com/feed/update/urn:li:activity:7372""",
    ),
    n(
        "60702",
        "2025-10-02 09:40",
        LI,
        "You appeared in 23 searches this week",
        """Priya, you appeared in 23 searches this week. Searchers came from companies like Northlake Bank and Brightwater Systems. See who's looking.""",
    ),
    n(
        "60703",
        "2025-10-18 16:20",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Chloé Nguyen sent you a message",
        """Chloé Nguyen: "did you see Maya's post about the design exercise thing?? spicy" View message.""",
    ),
    n(
        "60704",
        "2025-11-07 11:10",
        LI,
        "Hannah Osei commented on your post",
        """Hannah Osei commented on your post "Five things I learned running accessibility audits": "Great list, #3 especially!" """,
    ),
    n(
        "60705",
        "2025-12-01 09:00",
        LI,
        "Your post is getting noticed: 2,413 impressions",
        """Your post about design critique rituals got 2,413 impressions and 87 reactions.""",
    ),
    n(
        "60706",
        "2026-01-10 12:00",
        LI,
        "Congratulate Tomás Aguilar on 5 years at Brightpath",
        """Tomás Aguilar is celebrating a work anniversary. Congratulate him!""",
    ),
    n(
        "60707",
        "2026-02-03 09:05",
        LI,
        "Priya, update your profile: you started a new position",
        """Let your network know about your new role. Add your position at Tessellate to your profile.""",
    ),
    n(
        "60708",
        "2025-11-22 10:30",
        LI,
        "Kelechi Okafor wants to connect",
        """Kelechi Okafor, Student at Etobicoke School of the Arts, wants to connect. Accept | Ignore""",
    ),
    n(
        "60709",
        "2025-12-12 15:00",
        "LinkedIn News <editors-noreply@linkedin.com>",
        "Top Companies 2026: where Canadians want to work",
        """LinkedIn News: the Top Companies list is out, plus why hiring for design roles picked up in Q4 and what recruiters say about AI in interviews.""",
    ),
    n(
        "60710",
        "2025-10-23 07:00",
        "Medium Daily Digest <noreply@medium.com>",
        "The job interview question every designer fails",
        """Today's highlights: The job interview question every designer fails · Why your design system isn't used · 12 Figma plugins I can't live without""",
    ),
    n(
        "60711",
        "2026-01-29 07:00",
        "Medium Daily Digest <noreply@medium.com>",
        "How I negotiated my offer (and you can too)",
        """Today's highlights: How I negotiated my offer · Stop designing dashboards · The quiet power of empty states""",
    ),
    # --- travel ----------------------------------------------------------------------
    n(
        "60801",
        "2025-10-30 14:22",
        "Porter Airlines <reservations@flyporter-mail.com>",
        "Booking confirmation: Toronto (YTZ) - Montréal (YUL)",
        """Your booking is confirmed. Confirmation number P7QX2M. Fri Nov 21, YTZ 17:45 → YUL 19:00. Return Sun Nov 23.""",
    ),
    n(
        "60802",
        "2025-11-20 09:00",
        "Porter Airlines <reservations@flyporter-mail.com>",
        "Check-in is now open",
        """Check in now for your flight PD 459 to Montréal tomorrow. Boarding passes available on the app.""",
    ),
    n(
        "60803",
        "2025-11-01 18:40",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - Plateau-Mont-Royal",
        """You're going to Montréal! Nov 21-23 at Jean-Philippe's place. Check-in after 4 PM. Address: Rue Saint-Dominique (full address in the app).""",
    ),
    n(
        "60804",
        "2025-11-24 10:00",
        "Airbnb <automated@airbnb.com>",
        "Write a review for Jean-Philippe",
        """How was your stay in Plateau-Mont-Royal? Leave a review within 14 days.""",
    ),
    n(
        "60805",
        "2025-12-20 08:00",
        "VIA Rail <noreply@viarail-notify.ca>",
        "Your e-ticket: Toronto - Kingston",
        """Train 52 · Dec 26 · Toronto Union 09:30 → Kingston 12:05 · Car 3 Seat 7A. Present the barcode on board.""",
    ),
    # --- Spanish / Portuguese / French personal ------------------------------------
    n(
        "60901",
        "2025-10-04 12:30",
        "Duolingo <hello@duolingo.com>",
        "¡Tu racha de 100 días!",
        """¡Felicidades, Priya! Llevas 100 días seguidos practicando español. Sigue así: una lección al día es suficiente.""",
        lang="es",
    ),
    n(
        "60902",
        "2025-11-25 21:05",
        "Mariana Costa <mari.costa@uol.com.br>",
        "Fotos da viagem!",
        """Oi Priya!! Que saudade. Mandei as fotos da trilha na Chapada pelo Drive, dá uma olhada quando puder. Quando você volta pro Brasil? Beijo grande!""",
        lang="pt",
        tz="-0300",
    ),
    n(
        "60903",
        "2025-11-26 08:40",
        PRIYA,
        "Re: Fotos da viagem!",
        """Mari, que lindas! Quero voltar em abril, se tudo der certo. Beijos!""",
        lang="pt",
        to="Mariana Costa <mari.costa@uol.com.br>",
        **reply("60902", "mari.costa@uol.com.br"),
    ),
    n(
        "60904",
        "2025-11-22 11:00",
        "Musée des beaux-arts de Montréal <billetterie@mbam-billets.ca>",
        "Vos billets pour l'exposition",
        """Merci pour votre achat ! Billet adulte, samedi 22 novembre, 11 h 30. Présentez ce courriel à l'entrée.""",
        lang="fr",
    ),
    n(
        "60905",
        "2025-12-15 19:20",
        "Lucía Fernández <lucia.fernandez@gmail.com>",
        "¿Nos vemos en Navidad?",
        """¡Hola Priya! Llego a Toronto el 27 para ver a mi hermano. ¿Un café esa semana? Tengo mil cosas que contarte del nuevo trabajo. Besos""",
        lang="es",
        tz="-0300",
    ),
    n(
        "60906",
        "2026-01-18 16:00",
        "Escola Online Fala Mais <contato@falamais-escola.com.br>",
        "Sua inscrição no curso foi confirmada",
        """Olá, Priya! Sua inscrição no curso 'Português para viajantes - nível 2' foi confirmada. As aulas começam em 3 de fevereiro, às terças, 19h (horário de Toronto).""",
        lang="pt",
        tz="-0300",
    ),
    n(
        "60907",
        "2025-09-19 10:10",
        "Club de Lectura Latino TO <clubdelectura.to@gmail.com>",
        "Libro de octubre",
        """Hola a todas: el libro de octubre es 'Temporada de huracanes'. Nos reunimos el jueves 16 en la biblioteca de Palmerston. ¡Traigan snacks!""",
        lang="es",
    ),
    # --- volunteering, courses, other non-job "applications" -----------------------
    n(
        "61001",
        "2025-09-24 13:00",
        "Code for Canada Volunteers <volunteer@codeforcanada-community.org>",
        "Thanks for your volunteer application!",
        """Hi Priya, thanks for applying to volunteer as a designer with our civic tech hack nights. A coordinator will get in touch to schedule a short orientation call.""",
    ),
    n(
        "61002",
        "2025-10-06 15:30",
        "Code for Canada Volunteers <volunteer@codeforcanada-community.org>",
        "Volunteer orientation: Oct 14",
        """Welcome aboard! Orientation is Oct 14 at 6 PM on Zoom. You'll meet project leads and pick a team for the season.""",
    ),
    n(
        "61003",
        "2025-11-10 09:00",
        "Interaction Design Foundation <hello@interaction-design.org>",
        "Your certificate is ready",
        """Congratulations, Priya! You completed 'Accessibility: How to Design for All'. Download your certificate from your dashboard.""",
    ),
    n(
        "61004",
        "2025-12-04 13:00",
        "Toronto Community Garden Network <plots@tcgn-gardens.org>",
        "Garden plot application 2026",
        """Thank you for applying for a plot at the Dufferin Grove community garden for the 2026 season. The waitlist draw is in March; we will contact successful applicants by email.""",
    ),
    n(
        "61005",
        "2026-01-08 14:00",
        "Toronto Public Library <programs@tpl-notify.ca>",
        "Registration confirmed: Intro to Pottery",
        """You're registered for Intro to Pottery (4 sessions), Saturdays from Feb 7, Parkdale branch.""",
    ),
    n(
        "61006",
        "2025-10-11 11:30",
        "Fiverr Learn <learn@fiverr-mail.com>",
        "Exclusive offer: 50% off all courses",
        """An offer you can't miss: 50% off every course this weekend. Level up your UX skills.""",
    ),
    # --- misc services, security ----------------------------------------------------
    n(
        "61101",
        "2025-09-15 22:31",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        """A new sign-in on Mac. priya.ro.design@gmail.com. If this was you, you don't need to do anything.""",
    ),
    n(
        "61102",
        "2025-10-24 17:00",
        "1Password <hello@1password.com>",
        "Your Watchtower report",
        """2 passwords in your vault appeared in a data breach. Review them in Watchtower.""",
    ),
    n(
        "61103",
        "2025-11-12 09:00",
        "Fastmail <billing@fastmail.com>",
        "Fastmail subscription renewed",
        """Your Fastmail Individual plan renewed for one year. Amount: USD 60.00. Thanks for supporting independent email.""",
    ),
    n(
        "61104",
        "2025-12-27 10:15",
        "Squarespace <no-reply@squarespace.com>",
        "Your domain priyaro.design renews soon",
        """Your domain priyaro.design will auto-renew on Jan 10, 2026 for $30.00. Make sure your payment method is up to date.""",
    ),
    n(
        "61105",
        "2026-01-10 10:16",
        "Squarespace <no-reply@squarespace.com>",
        "Domain renewed: priyaro.design",
        """Your domain was renewed successfully. Receipt available in Billing.""",
    ),
    n(
        "61106",
        "2025-09-03 08:00",
        "Notion <team@makenotion.com>",
        "What's new in Notion: September",
        """New this month: layouts for databases, faster search, and AI meeting notes.""",
    ),
    n(
        "61107",
        "2025-10-29 18:30",
        "Strava <no-reply@strava.com>",
        "Chloé gave you kudos",
        """Chloé Nguyen gave you kudos on 'Morning ride along the Don Valley'.""",
    ),
    n(
        "61108",
        "2025-12-31 12:00",
        "Strava <no-reply@strava.com>",
        "Your Year in Sport is here",
        """1,204 km ridden, 38 climbing sessions logged and 11 runs. See your Year in Sport.""",
    ),
    n(
        "61109",
        "2025-11-15 09:00",
        "Calendly <notifications@calendly.com>",
        "New Event: Kelechi Okafor - 07:00pm Wed, Dec 10 - Portfolio chat",
        """A new event has been scheduled.

Event Type: Portfolio chat (mentoring)
Invitee: Kelechi Okafor
Event Date/Time: 07:00pm - Wednesday, December 10, 2025 (Eastern Time)
Location: Google Meet""",
    ),
    n(
        "61110",
        "2025-12-08 20:00",
        TOM,
        "Invitation: Secret Santa party @ Sat Dec 13, 2025 7pm - 11pm (EST)",
        """Tomás Aguilar has invited you to: Secret Santa party. 42 Grace St. Bring a dish!""",
        ics={
            "start": "2025-12-13 19:00:00 -0500",
            "minutes": 240,
            "uid": "ss2025-tomas@protonmail.com",
            "organizer": ("Tomás Aguilar", "tomas.aguilar@protonmail.com"),
            "summary": "Secret Santa party",
            "location": "42 Grace St, Toronto",
        },
    ),
    n(
        "61111",
        "2026-01-30 17:40",
        BFF,
        "Invitation: Farewell-to-unemployment drinks @ Fri Jan 30 (EST)",
        """Chloé Nguyen invited you. Bar Raval, 7pm. Celebrating you, obviously.""",
        ics={
            "start": "2026-01-30 19:00:00 -0500",
            "minutes": 180,
            "uid": "farewell-chloe-0130@fastmail.com",
            "organizer": ("Chloé Nguyen", "chloe.nguyen@fastmail.com"),
            "summary": "Farewell-to-unemployment drinks",
            "location": "Bar Raval, 505 College St",
        },
    ),
    n(
        "61112",
        "2025-09-30 12:00",
        "Canada Revenue Agency <notification@cra-arc-notify.ca>",
        "You have new mail in My Account",
        """There is new mail for you in CRA My Account. For your security, we do not include personal information in emails. Sign in to view.""",
    ),
    n(
        "61113",
        "2026-02-12 12:00",
        "Canada Revenue Agency <notification@cra-arc-notify.ca>",
        "Change to your address or direct deposit",
        """This is to confirm that your direct deposit information was updated on Feb 12, 2026. If you did not make this change, contact us.""",
    ),
    n(
        "61114",
        "2025-10-13 19:00",
        "Good Food Box <hello@goodfoodbox-to.ca>",
        "Happy Thanksgiving! Your box is on its way",
        """Your Thanksgiving box ships today: squash, cranberries, Brussels sprouts and a recipe for maple-roasted everything.""",
    ),
    n(
        "61115",
        "2025-11-29 09:00",
        "Patagonia <email@patagonia-news.com>",
        "Offer inside: Worn Wear trade-in credit",
        """Trade in your gear and get credit toward used items. Limited-time offer for members.""",
    ),
    n(
        "61116",
        "2026-02-14 11:00",
        "Hoptimist Brewery <hi@hoptimist-to.ca>",
        "Your Valentine's tasting booking",
        """Booking confirmed for 2 on Feb 14 at 6:00 PM. See you at the taproom!""",
    ),
    _m(
        "61117",
        "2026-02-05 08:30",
        "Tessellate IT <it-help@tessellate.io>",
        "Your Tessellate laptop has shipped",
        ("other_job", "Tessellate", "Senior Product Designer", None, "direct", "en"),
        """Hi Priya, welcome! Your MacBook Pro has shipped via FedEx (tracking 7719 2210 4432). Please set up Okta before Monday using the link sent to your personal email.""",
        tz="-0500",
    ),
    # --- more everyday mail ----------------------------------------------------------
    n(
        "61201",
        "2025-09-06 09:12",
        "Bike Share Toronto <noreply@bikesharetoronto-mail.ca>",
        "Your annual membership receipt",
        """Thanks for renewing! Annual 45 membership: $115.00 + HST. Valid until Sep 6, 2026.""",
    ),
    n(
        "61202",
        "2025-09-13 18:45",
        TOM,
        "Re: Climbing Wednesday?",
        """bouldering comp is on the 27th btw, wanna sign up as a pair? It's $25 each.""",
        **reply("60006", "tomas.aguilar@protonmail.com"),
    ),
    n(
        "61203",
        "2025-09-22 08:00",
        "The Globe and Mail <newsletters@globe-mail-news.ca>",
        "Morning Update: housing starts slow, TTC budget",
        """Good morning. Housing starts slowed in August; the TTC board debates its 2026 budget; and what to watch at TIFF's closing weekend.""",
    ),
    n(
        "61204",
        "2025-10-02 12:20",
        SIS,
        "Re: this made me think of you",
        """ok the grid is fixed, you're a genius. owe you a bubble tea""",
        **reply("60005", "anjali.ro@gmail.com"),
    ),
    n(
        "61205",
        "2025-10-10 17:00",
        "Hot Docs Cinema <tickets@hotdocs-cinema.ca>",
        "Your tickets: Saturday 7:00 PM",
        """2 tickets for 'The Typeface Wars' on Sat Oct 11 at 7:00 PM. Show this email at the box office.""",
    ),
    n(
        "61206",
        "2025-10-20 09:30",
        "Queen West Dental <appointments@queenwestdental.ca>",
        "We miss you! Book your next cleaning",
        """It's been a while. Book your next hygiene visit online and get a free electric toothbrush head.""",
    ),
    n(
        "61207",
        "2025-10-31 16:45",
        BFF,
        "costume pics",
        """the Figma/Sketch costumes were a HIT. sending the pics, do not post the one where I'm mid-sneeze""",
        attach=[("halloween.jpg", "image/jpeg", "placeholder")],
    ),
    n(
        "61208",
        "2025-11-04 07:30",
        "The Globe and Mail <newsletters@globe-mail-news.ca>",
        "Morning Update: federal budget day",
        """Today: what to expect from the federal budget, why the Bank of Canada is watching wages, and the Leafs' injury list.""",
    ),
    n(
        "61209",
        "2025-11-09 12:00",
        "Presto <noreply@prestocard-notify.ca>",
        "Autoload completed",
        """$40.00 has been loaded to your PRESTO card ending in 3318 with Autoload.""",
    ),
    n(
        "61210",
        "2025-11-18 20:00",
        "Chidi Okafor <chidi.okafor@gmail.com>",
        "Re: Mentorship for Kelechi",
        """Thank you so much Priya! He booked through the link you sent. He's been practicing his presentation on his mother.""",
        **reply("60016", "chidi.okafor@gmail.com"),
    ),
    n(
        "61211",
        "2025-11-23 15:00",
        "Instagram <no-reply@mail.instagram.com>",
        "anjali.ro and 4 others liked your photo",
        """anjali.ro, chloe.ng, tomasclimbs and 2 others liked your photo from Montréal.""",
    ),
    n(
        "61212",
        "2025-12-05 10:00",
        "Presto <noreply@prestocard-notify.ca>",
        "Autoload completed",
        """$40.00 has been loaded to your PRESTO card ending in 3318.""",
    ),
    n(
        "61213",
        "2025-12-16 13:13",
        DAD,
        "Boxing Day",
        """Are you coming to Kingston with us on the 26th? I booked the train for your mother and me, Anjali says she'll drive. Let me know.""",
    ),
    n(
        "61214",
        "2025-12-29 11:00",
        "Sephora <beauty@sephora-news.ca>",
        "Last chance: holiday offer ends tonight",
        """Your exclusive offer: 20% off sitewide for Beauty Insiders. Ends at midnight.""",
    ),
    n(
        "61215",
        "2026-01-02 09:00",
        "Strava <no-reply@strava.com>",
        "Join the January Cycling Challenge",
        """Ride 200 km in January and earn a digital badge. 48 of your friends have joined.""",
    ),
    n(
        "61216",
        "2026-01-07 19:00",
        "Toronto UX Meetup <hello@torontouxmeetup.org>",
        "Speaker details: Feb 19 lightning talks",
        """Hi speakers! Slides due Feb 12, 5 minutes max, 20 slides auto-advancing. Tech check at 6 PM on the night.""",
    ),
    n(
        "61217",
        "2026-01-17 10:45",
        "Lucía Fernández <lucia.fernandez@gmail.com>",
        "Re: ¿Nos vemos en Navidad?",
        """¡Qué lindo verte! Gracias por el café y por escuchar todo mi drama laboral jaja. ¡Mucha suerte con el nuevo trabajo!""",
        lang="es",
        tz="-0300",
        **reply("60905", "lucia.fernandez@gmail.com"),
    ),
    n(
        "61218",
        "2026-01-24 08:00",
        "The Globe and Mail <newsletters@globe-mail-news.ca>",
        "Weekend Update: the winter storm, explained",
        """Up to 40 cm of snow is expected in the GTA. Here's what to know about transit closures and school boards.""",
    ),
    n(
        "61219",
        "2026-02-08 20:30",
        SIS,
        "how was week 1",
        """tell me everything. are the designers nice? is there a snack wall? mom wants a photo of your desk lol""",
    ),
    n(
        "61220",
        "2026-02-18 09:00",
        LLORD,
        "Signed renewal",
        """Hi Priya, attaching the signed renewal for 2026. Thanks for being such a great tenant!

Bernadette""",
        attach=[("Renewal_2026_Unit3.pdf", "application/pdf", "%PDF-1.4 placeholder")],
    ),
    n(
        "61221",
        "2026-02-20 12:00",
        "Toronto UX Meetup <hello@torontouxmeetup.org>",
        "Thank you for speaking!",
        """Thanks for a fantastic talk last night. The recording will be up on our channel next week.""",
    ),
    n(
        "61222",
        "2026-02-22 10:00",
        "Rogers <billing@rogers-notify.ca>",
        "Your Rogers bill is available",
        """Your February bill of $95.00 is available in MyRogers.""",
    ),
]
