"""Everything else in the sixteenth corpus's inbox (a tuning corpus): not job mail, with
look-alikes on purpose (rental, credit, visa and university "applications", marketing
"offers", a podcast "interview", webinars and appointments with calendar parts)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

EST, EDT, PDT = "-0500", "-0400", "-0700"
NJ = ("not_job", "en")
NJF = ("not_job", "fr")


def tz_of(date: str) -> str:
    """Toronto's offset on that day (daylight time from 8 March to 1 November 2026)."""
    return EST if date < "2026-03-08" else EDT


def ics(start: str, uid: str, summary: str, org: tuple[str, str], **kw: Any) -> dict[str, Any]:
    ev = {"start": start, "uid": uid, "summary": summary, "organizer": org}
    ev.update(kw)
    return ev


MONTHS = ["March", "April", "May", "June", "July", "August", "September"]

MAIL: list[dict[str, Any]] = []

# Monthly mail: bank statement, phone bill, hydro bill, music subscription
for i, month in enumerate(MONTHS):
    n = i + 3
    balance = [4210.55, 3877.12, 3120.40, 2894.03, 2511.78, 6120.91, 7342.66][i]
    day = f"2026-{n:02d}-0{2 + i % 3}"
    MAIL.append(
        m(
            f"163{n:02d}1",
            f"{day} 06:15",
            "Harbourfront Bank <estatements@harbourfrontbank.ca>",
            f"Your {month} eStatement is ready",
            NJ,
            text=f"""Hello Nadia,

Your eStatement for Chequing account ending in 4471 is now available in online banking.

Statement period: {month} 2026
Closing balance: ${balance:,.2f}

Sign in to view: https://online.harbourfrontbank.ca

For your security we never ask for your password by e-mail.
Harbourfront Bank
""",
            tz=tz_of(day),
        )
    )
    bill = [68.40, 68.40, 91.15, 68.40, 74.02, 68.40, 68.40][i]
    day = f"2026-{n:02d}-1{i % 4}"
    MAIL.append(
        m(
            f"163{n:02d}2",
            f"{day} 09:00",
            "Northline Mobile <billing@northlinemobile.ca>",
            f"Your Northline bill for {month} is ready",
            NJ,
            text=f"""Hi Nadia,

Your bill of ${bill:.2f} is ready. It will be charged to your Visa ending in 0932 on the
{20 + i % 5}th.

{"Heads up: this bill includes roaming charges (US Travel Pass x 3 days)." if bill > 80 else ""}
View bill: https://my.northlinemobile.ca/bills

Northline Mobile
""",
            tz=tz_of(day),
        )
    )
    kwh = [612, 540, 433, 498, 701, 688, 520][i]
    day = f"2026-{n:02d}-2{i % 5}"
    MAIL.append(
        m(
            f"163{n:02d}3",
            f"{day} 11:30",
            "Lakeshore Hydro <myaccount@lakeshorehydro.ca>",
            "Your electricity bill is available",
            NJ,
            html=f"""<html><body>
<p>Hello NADIA KOWALCZYK,</p>
<p>Your new bill is available. Usage this period: <b>{kwh} kWh</b>.
Amount due: <b>${kwh * 0.142:.2f}</b>, due in 20 days.</p>
<p>Pre-authorized payment is set up on this account; no action is needed.</p>
<p>Lakeshore Hydro &middot; Account 7712-0093-15</p>
</body></html>""",
            tz=tz_of(day),
        )
    )
    day = f"2026-{n:02d}-1{5 + i % 3}"
    MAIL.append(
        m(
            f"163{n:02d}4",
            f"{day} 03:12",
            "Tunewave <no-reply@tunewave.fm>",
            "Your Tunewave Premium receipt",
            NJ,
            text=f"""Thanks for being Premium, Nadia.

Tunewave Premium Individual - {month} 2026
Subtotal $11.99
HST (13%) $1.56
Total $13.55

Card: Visa **** 0932
Receipt #TW-{88213 + i * 977}
""",
            tz="+0000",
        )
    )

# A backend newsletter that talks about hiring and interviews every week or two
TOPICS = [
    (
        "Postgres 18 async I/O, and a hiring-freeze thaw?",
        "Job postings for backend roles rose 6% in February; we interviewed three engineering managers about what they screen for.",  # noqa: E501
    ),
    (
        "Why your Kafka consumer lags",
        "This week's interview: the on-call lead at a Montréal payments company on rotating pager duty.",  # noqa: E501
    ),
    (
        "The great Terraform fork, two years on",
        "Reader question: is it OK to ask about on-call during a first interview? (Yes.)",
    ),
    (
        "Idempotency keys, revisited",
        "Sponsored: Wickerbase is hiring API platform engineers (remote, Canada).",
    ),
    (
        "eBPF for mere mortals",
        "From the mailbag: how do you evaluate a startup's runway before you accept an offer?",
    ),
    (
        "SQLite in production, seriously",
        "We interviewed the author of 'Boring Infrastructure' about the book's second edition.",
    ),
    (
        "Queues vs logs",
        "Layoffs tracker: 11 companies in our space cut staff in May, 19 posted new roles.",
    ),
    (
        "What we got wrong about serverless",
        "Our annual salary survey is open - it takes 5 minutes and results are public.",
    ),
    (
        "Rate limiting at the edge",
        "Interview: a staff engineer on writing design docs people actually read.",
    ),
    (
        "Backpressure, explained with pizza",
        "Salary survey results: median backend base in Toronto is CAD 152k.",
    ),
    (
        "Disaster recovery drills that aren't theatre",
        "Jobs board: 14 new remote-friendly infra roles this week.",
    ),
    ("The return of the monolith", "Thanks for 20,000 subscribers!"),
]
for i, (title, blurb) in enumerate(TOPICS):
    mon = 3 + (i * 6) // len(TOPICS)
    day = f"2026-{mon:02d}-{(i * 9) % 27 + 1:02d}"
    MAIL.append(
        m(
            f"1640{i:02d}",
            f"{day} 08:00",
            "Backend Brief <hello@backendbrief.news>",
            f"Backend Brief #{141 + i}: {title}",
            NJ,
            html=f"""<html><body>
<h1>Backend Brief #{141 + i}</h1>
<h2>{title}</h2>
<p>{blurb}</p>
<p>Plus: five links we liked, a tiny tool of the week, and a reader's war story.</p>
<p style="font-size:11px">You're receiving this because you subscribed at backendbrief.news.
<a href="https://backendbrief.news/unsubscribe">Unsubscribe</a></p>
</body></html>""",
            tz="+0000",
            headers={"List-Unsubscribe": "<https://backendbrief.news/unsubscribe>"},
        )
    )

# Grocery deliveries
for i, (date, total, note) in enumerate(
    [
        ("2026-03-06", 84.12, "2 items were substituted: oat milk (Earth's Own -> Oatly)."),
        ("2026-03-27", 112.40, "All items delivered."),
        ("2026-04-17", 67.85, "1 item out of stock: fresh dill."),
        ("2026-05-15", 95.03, "All items delivered."),
        ("2026-06-12", 141.77, "All items delivered. Thanks for tipping your shopper!"),
        ("2026-07-10", 58.60, "2 items were substituted."),
        ("2026-08-21", 103.18, "All items delivered."),
        ("2026-09-11", 77.09, "All items delivered."),
    ]
):
    MAIL.append(
        m(
            f"1645{i}",
            f"{date} 18:40",
            "FreshCart <orders@freshcart.ca>",
            f"Your FreshCart order #FC{40121 + i * 313} has been delivered",
            NJ,
            text=f"""Hi Nadia,

Your order was delivered at 6:38 PM. {note}

Order total: ${total:.2f}
Rate your shopper: https://freshcart.ca/orders/FC{40121 + i * 313}/rate
""",
            tz=tz_of(date),
        )
    )

# GitHub notifications from a side project
for i, (date, subject, body) in enumerate(
    [
        (
            "2026-03-14",
            "[nkowal/pgbouncer-exporter] Add pool wait histogram (PR #41)",
            "@tjsmith opened this pull request.\n\nAdds a histogram for client wait time per pool.",
        ),
        (
            "2026-04-04",
            "Re: [nkowal/pgbouncer-exporter] Metrics missing after reload (Issue #38)",
            "@rhea-k commented:\n\nStill seeing it on 1.23. Happy to test a patch.",
        ),
        (
            "2026-05-02",
            "[nkowal/pgbouncer-exporter] Release v0.9.0",
            "v0.9.0 published.\n\n- pool wait histogram\n- fix reload race",
        ),
        (
            "2026-06-20",
            "Re: [nkowal/pgbouncer-exporter] Support SCRAM auth (Issue #44)",
            "@devmarco commented:\n\nWe'd pay for this if you had sponsorship set up :)",
        ),
        (
            "2026-08-09",
            "[nkowal/pgbouncer-exporter] Dependabot: bump golang.org/x/net (PR #47)",
            "Bumps golang.org/x/net from 0.38.0 to 0.41.0.",
        ),
        (
            "2026-09-05",
            "Re: [nkowal/pgbouncer-exporter] Support SCRAM auth (Issue #44)",
            "@nkowal closed this as completed in #49.",
        ),
    ]
):
    MAIL.append(
        m(
            f"1646{i}",
            f"{date} 14:0{i}",
            "GitHub <notifications@github.com>",
            subject,
            NJ,
            text=body + "\n\n--\nReply to this email directly or view it on GitHub.\n",
            tz="+0000",
        )
    )

# Look-alikes: rental, credit, visa, university, volunteer "applications"
MAIL += [
    m(
        "16501",
        "2026-05-09 10:12",
        "Carla Mendes <leasing@annexliving.ca>",
        "Your rental application - 88 Harbord St, Unit 3",
        NJ,
        text="""Hi Nadia,

Thanks for viewing the unit on Thursday. We've received your rental application for 88 Harbord
St, Unit 3 (1 bed + den, $2,650/month, available July 1).

To complete it, please send:
- a letter of employment or your two most recent pay stubs
- consent for a credit check (form attached)

Once we have those, we'll review the application with the owner within 48 hours.

Carla Mendes
Leasing Coordinator, Annex Living Property Management
""",
        attach=[("Credit_check_consent.pdf", "application/pdf", "%PDF-1.4 consent")],
        tz=EDT,
    ),
    m(
        "16502",
        "2026-05-09 13:30",
        "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>",
        "Re: Your rental application - 88 Harbord St, Unit 3",
        NJ,
        text="""Hi Carla,

Attached is the signed consent form. I'm between jobs right now, so instead of pay stubs I've
attached my last three bank statements and my previous employer's reference letter - I hope
that works.

Thanks,
Nadia
""",
        to="Carla Mendes <leasing@annexliving.ca>",
        attach=[("consent_signed.pdf", "application/pdf", "%PDF-1.4 signed")],
        tz=EDT,
        headers=reply("16501", "Carla Mendes <leasing@annexliving.ca>"),
    ),
    m(
        "16503",
        "2026-05-14 16:05",
        "Carla Mendes <leasing@annexliving.ca>",
        "Re: Your rental application - 88 Harbord St, Unit 3",
        NJ,
        text="""Hi Nadia,

Unfortunately the owner has decided to go with another applicant who could provide proof of
current employment. I'm sorry - I know you liked the place. We have a similar unit on Major St
coming up in August; want me to let you know when it's listed?

Carla
""",
        tz=EDT,
        headers=reply("16502", "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>"),
    ),
    m(
        "16504",
        "2026-08-08 11:00",
        "Carla Mendes <leasing@annexliving.ca>",
        "Application approved - 41 Major St, Unit 2",
        NJ,
        text="""Hi Nadia,

Great news: the owner has approved your application for 41 Major St, Unit 2! Your lease will
start September 1. You'll receive the lease agreement through DocuSign shortly.

First and last month's rent ($5,400) is due on signing.

Carla
""",
        tz=EDT,
    ),
    m(
        "16505",
        "2026-08-08 11:20",
        "Carla Mendes via DocuSign <dse_na2@docusign.net>",
        "Please DocuSign: Residential Tenancy Agreement (Ontario) - 41 Major St Unit 2",
        NJ,
        html="""<html><body>
<p>Carla Mendes sent you a document to review and sign.</p>
<p><b>Residential Tenancy Agreement (Ontario) - 41 Major St Unit 2</b></p>
<p><a href="https://na2.docusign.net/Signing/EmailStart.aspx?a=91c0">REVIEW DOCUMENT</a></p>
<p>Hi Nadia, please sign where indicated. Let me know if you have any questions. - Carla</p>
</body></html>""",
        tz=PDT,
    ),
    m(
        "16506",
        "2026-08-10 09:02",
        "Carla Mendes via DocuSign <dse_na2@docusign.net>",
        "Completed: Residential Tenancy Agreement (Ontario) - 41 Major St Unit 2",
        NJ,
        html="""<html><body>
<p><b>Your document has been completed</b></p>
<p>All parties have completed Residential Tenancy Agreement (Ontario) - 41 Major St Unit 2.</p>
<p><a href="https://na2.docusign.net/Signing/EmailStart.aspx?a=91c1">VIEW COMPLETED DOCUMENT</a></p>
</body></html>""",
        tz=PDT,
    ),
    m(
        "16507",
        "2026-05-06 15:44",
        "Annex Living <showings@annexliving.ca>",
        "Showing confirmed: 88 Harbord St, Unit 3 - Thu May 7, 6:30 PM",
        NJ,
        text="""Your showing is confirmed.

88 Harbord St, Unit 3
Thursday, May 7, 2026 at 6:30 PM
Please bring photo ID. Buzz #3; your agent will meet you in the lobby.
""",
        ics=ics(
            "2026-05-07 18:30:00 -0400",
            "showing-88harbord-3-0507@annexliving.ca",
            "Showing: 88 Harbord St, Unit 3",
            ("Annex Living Showings", "showings@annexliving.ca"),
            minutes=30,
            location="88 Harbord St, Toronto, ON",
        ),
        tz=EDT,
    ),
    m(
        "16508",
        "2026-03-19 12:00",
        "Harbourfront Bank <offers@harbourfrontbank.ca>",
        "Nadia, you're pre-approved for the Harbourfront Cashback Visa Infinite",
        NJ,
        html="""<html><body>
<h2>You're pre-approved!*</h2>
<p>Earn 4% cash back on groceries and 2% on transit, with a first-year annual fee rebate.
Apply in 5 minutes - your offer code is <b>HBX-7731</b>.</p>
<p><a href="https://harbourfrontbank.ca/cards/apply?code=HBX-7731">Apply now</a></p>
<p style="font-size:10px">*Subject to credit approval. Offer ends April 30, 2026.</p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "16509",
        "2026-03-22 20:11",
        "Harbourfront Bank <noreply@harbourfrontbank.ca>",
        "We've received your credit card application",
        NJ,
        text="""Hi Nadia,

Thank you for applying for the Harbourfront Cashback Visa Infinite card. Your application number
is CC-2026-0318842. We usually make a decision within 2 business days; in some cases we may
contact you for more information.

Harbourfront Bank
""",
        tz=EDT,
    ),
    m(
        "16510",
        "2026-03-24 10:30",
        "Harbourfront Bank <noreply@harbourfrontbank.ca>",
        "Your application has been approved",
        NJ,
        text="""Congratulations, Nadia!

Your application for the Harbourfront Cashback Visa Infinite card has been approved with a
credit limit of $12,000. Your card will arrive by mail within 7-10 business days.

Harbourfront Bank
""",
        tz=EDT,
    ),
    m(
        "16511",
        "2026-04-27 14:15",
        "Harbourfront Bank <noreply@harbourfrontbank.ca>",
        "Action needed: your line of credit application",
        NJ,
        text="""Hi Nadia,

We're reviewing your application for a personal line of credit and need a little more
information before we can make a decision: proof of income for the last 12 months, or details
of savings and investments.

Upload documents securely: https://online.harbourfrontbank.ca/documents

If we don't hear from you within 15 days, your application will be closed.
""",
        tz=EDT,
    ),
    m(
        "16512",
        "2026-05-11 09:10",
        "Harbourfront Bank <noreply@harbourfrontbank.ca>",
        "An update on your line of credit application",
        NJ,
        text="""Hi Nadia,

After careful review, we're unable to approve your application for a personal line of credit at
this time. This decision was based on your current employment status. You may reapply at any
time; a new application will require another credit check.

You're entitled to a free copy of your credit report from Equifax and TransUnion.
""",
        tz=EDT,
    ),
    m(
        "16513",
        "2026-04-30 22:01",
        "Official ESTA Application Website <noreply@cbp.dhs.gov>",
        "ESTA Application Status",
        NJ,
        text="""Your travel authorization has been APPROVED.

Application Number: 4R7W2PX19QKT
Expiration date: April 30, 2028

This is a system-generated message. Please do not reply.
""",
        tz=EDT,
    ),
    m(
        "16514",
        "2026-03-30 16:22",
        "School of Continuing Studies <scs-admissions@learn.uoftc.ca>",
        "Application received: Certificate in Cloud Architecture",
        NJ,
        text="""Dear Nadia Kowalczyk,

Thank you for your application to the Certificate in Cloud Architecture (part-time, fall 2026
intake). Your application ID is SCS-26-08812.

Our admissions team will review your application and you will be notified of a decision by
e-mail. You can check the status of your application in the student portal.

Admissions Office
School of Continuing Studies
""",
        tz=EDT,
    ),
    m(
        "16515",
        "2026-05-19 10:00",
        "School of Continuing Studies <scs-admissions@learn.uoftc.ca>",
        "Your offer of admission",
        NJ,
        html="""<html><body>
<p>Dear Nadia,</p>
<p>Congratulations! We are pleased to offer you admission to the <b>Certificate in Cloud
Architecture</b>, beginning September 14, 2026.</p>
<p>Please accept your offer of admission in the student portal by June 15 to secure your place.
Tuition for the first course is due August 15.</p>
<p>Welcome to the School of Continuing Studies.</p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "16516",
        "2026-04-05 19:30",
        "Daily Bread Volunteer Team <volunteer@dailybreadto.org>",
        "Thank you for your volunteer application!",
        NJ,
        text="""Hi Nadia,

Thanks for applying to volunteer with us! Our volunteer coordinator will review your
application and contact you to book a short orientation. Saturday sorting shifts (9am-12pm) are
our biggest need right now.

With gratitude,
The Volunteer Team
""",
        tz=EDT,
    ),
    m(
        "16517",
        "2026-07-02 08:45",
        "Passport Program <passport-passeport@canada-online.ca>",
        "Passport application received / Demande de passeport reçue",
        NJ,
        text="""Your passport renewal application has been received and is being processed. Tracking
number: P-7719-3302-88. Standard processing time is 10 business days plus mailing.

Votre demande de renouvellement de passeport a été reçue et est en cours de traitement.
""",
        tz=EDT,
    ),
    m(
        "16518",
        "2026-05-22 13:00",
        "Nest & Fern Realty <listings@nestfern.ca>",
        "Offer accepted on 12 Clinton St - congratulations to our buyers!",
        NJ,
        html="""<html><body>
<p>Another one sold over asking in Little Italy! 12 Clinton St went firm this week with the
buyers' offer accepted after four days on market.</p>
<p>Thinking of buying? Book a free consultation with our team.</p>
<p><a href="https://nestfern.ca/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        tz=EDT,
    ),
]

# Marketing "offers", webinars, a podcast "interview", appointments
MAIL += [
    m(
        "16519",
        "2026-03-13 10:00",
        "Alpenglow Outfitters <news@alpenglowoutfitters.com>",
        "An exclusive offer, just for members",
        NJ,
        html="""<html><body><h1>25% off everything</h1>
<p>Members only, this weekend. Use code SPRING25 at checkout.</p>
<p>Offer valid March 13-16, 2026. Some exclusions apply.</p>
<p><a href="https://alpenglowoutfitters.com/unsub">Unsubscribe</a></p></body></html>""",
        tz=PDT,
    ),
    m(
        "16520",
        "2026-06-26 18:00",
        "SkyPort Air <deals@skyportair.ca>",
        "Your offer expires tonight: Toronto to Halifax from $129",
        NJ,
        html="""<html><body><p>Hi Nadia, seat sale ends at 11:59 PM ET tonight.</p>
<p>Toronto (YYZ) - Halifax (YHZ) from $129 one way. Book by June 26 for travel until
October 15.</p></body></html>""",
        tz=EDT,
    ),
    m(
        "16521",
        "2026-04-18 07:30",
        "Boulder Junction Climbing <hello@boulderjunction.ca>",
        "We'd love to have you back - special offer inside",
        NJ,
        text="""Hi Nadia,

We noticed your membership lapsed in March. Come back this spring and get your first month for
$49 (regularly $95). Offer valid until May 15.

See you on the wall,
Boulder Junction
""",
        tz=EDT,
    ),
    m(
        "16522",
        "2026-04-02 14:00",
        "Tessa Wong <tessa@queuedepth.fm>",
        "Interview request - Queue Depth podcast",
        NJ,
        text="""Hi Nadia,

I host Queue Depth, a podcast about the unglamorous parts of distributed systems. I caught your
talk on backpressure at the Toronto Postgres meetup and would love to interview you for an
episode - about 45 minutes, recorded remotely, lightly edited.

Would sometime in late April work? No preparation needed beyond the talk itself.

Tessa Wong
Host, Queue Depth
""",
        tz=PDT,
    ),
    m(
        "16523",
        "2026-04-03 10:15",
        "Tessa Wong <tessa@queuedepth.fm>",
        "Invitation: Queue Depth recording - Nadia Kowalczyk @ Wed Apr 22, 2026 3pm - 4pm (EDT)",
        NJ,
        text="""Queue Depth recording - Nadia Kowalczyk
Wednesday Apr 22, 2026 3pm - 4pm (EDT)
Riverside.fm studio link: https://riverside.fm/studio/queue-depth

Please use headphones and a wired connection if you can.
""",
        ics=ics(
            "2026-04-22 15:00:00 -0400",
            "7q2c1m8t0rnd3@google.com",
            "Queue Depth recording - Nadia Kowalczyk",
            ("Tessa Wong", "tessa@queuedepth.fm"),
            location="https://riverside.fm/studio/queue-depth",
        ),
        tz=PDT,
    ),
    m(
        "16524",
        "2026-05-27 09:00",
        "Tessa Wong <tessa@queuedepth.fm>",
        "Your episode is live!",
        NJ,
        text="""Hi Nadia,

Episode 58, "Saying no politely: backpressure with Nadia Kowalczyk", is live! Thanks again for
the interview - listeners are already writing in about it.

https://queuedepth.fm/58

Tessa
""",
        tz=PDT,
    ),
    m(
        "16525",
        "2026-03-26 12:00",
        "Stackhaven Events <events@stackhaven.com>",
        "You're registered: Scaling Postgres Without Tears (webinar)",
        NJ,
        text="""Hi Nadia,

You're registered for "Scaling Postgres Without Tears" on Thursday, April 9, 2026 at 1:00 PM
EDT. Add it to your calendar with the attached invite.

Join link: https://stackhaven.zoom.us/webinar/9921

Stackhaven
""",
        ics=ics(
            "2026-04-09 13:00:00 -0400",
            "webinar-9921-nkowalczyk@stackhaven.com",
            "Webinar: Scaling Postgres Without Tears",
            ("Stackhaven Events", "events@stackhaven.com"),
            location="https://stackhaven.zoom.us/webinar/9921",
        ),
        tz=EDT,
    ),
    m(
        "16526",
        "2026-06-15 12:00",
        "Cloudmere <webinars@cloudmere.io>",
        "Live panel: How top startups interview platform engineers",
        NJ,
        html="""<html><body>
<h2>Live panel - June 25, 12 PM ET</h2>
<p>Engineering leaders from three Series B startups share how they structure their interview
loops for platform engineers, what they look for in a take-home, and the mistakes candidates
make most often.</p>
<p><a href="https://cloudmere.io/events/panel-0625">Save my seat</a></p>
<p style="font-size:11px">Cloudmere Inc. &middot; <a href="https://cloudmere.io/unsub">Unsubscribe</a></p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "16527",
        "2026-04-14 08:00",
        "College Street Family Health <appointments@csfht.ca>",
        "Appointment confirmation - Dr. Helen Cho, Tue Apr 21 at 9:40 AM",
        NJ,
        text="""Hello Nadia,

This confirms your appointment:

Provider: Dr. Helen Cho
Date: Tuesday, April 21, 2026 at 9:40 AM
Location: 455 College St, Suite 200

Please bring your OHIP card. To cancel, call 416-555-0110 at least 24 hours ahead.
""",
        ics=ics(
            "2026-04-21 09:40:00 -0400",
            "appt-88213-0421@csfht.ca",
            "Appointment with Dr. Helen Cho",
            ("College Street Family Health", "appointments@csfht.ca"),
            minutes=20,
            location="455 College St, Suite 200, Toronto",
        ),
        tz=EDT,
    ),
    m(
        "16528",
        "2026-07-28 17:30",
        "Bloorcourt Dental <reminders@bloorcourtdental.ca>",
        "Reminder: cleaning on Thursday, July 30 at 4:00 PM",
        NJ,
        text="""Hi Nadia, this is a reminder of your hygiene appointment on Thursday, July 30 at
4:00 PM with Maria. Reply C to confirm or call us to reschedule.

Bloorcourt Dental
""",
        tz=EDT,
    ),
    m(
        "16529",
        "2026-06-03 11:00",
        "Ontario Driver Services <noreply@serviceon-drive.ca>",
        "Your road test appointment has been rescheduled",
        NJ,
        text="""Your G road test booked for June 10, 2026 at 10:15 at the Etobicoke DriveTest centre
has been rescheduled by the centre to June 12, 2026 at 14:30 due to staffing. If this time does
not work, you may change it online at no cost.
""",
        tz=EDT,
    ),
]

# LinkedIn social mail and newsletters about hiring
MAIL += [
    m(
        "16530",
        "2026-03-10 12:30",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Congratulate Amir Haddad on the new job!",
        NJ,
        text="""Amir Haddad started a new position as Staff Engineer at Corvid Systems.

Say congrats: https://www.linkedin.com/feed/update/urn:li:activity:7301

You're receiving this because you're connected with Amir.
""",
        tz=PDT,
    ),
    m(
        "16531",
        "2026-03-31 09:15",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 23 searches this week",
        NJ,
        text="""Nadia, you appeared in 23 searches this week.

Searchers found you by: Kubernetes, PostgreSQL, Site Reliability
Their titles: Technical Recruiter, Engineering Manager, Founder

See all searches: https://www.linkedin.com/me/search-appearances
""",
        tz=PDT,
    ),
    m(
        "16532",
        "2026-04-24 18:02",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Sara Lindgren and 41 others reacted to your post",
        NJ,
        text="""Your post is getting attention: "I got to talk about backpressure on the Queue Depth
podcast - thanks Tessa for the interview!"

Sara Lindgren and 41 others reacted. 6 comments.
""",
        tz=PDT,
    ),
    m(
        "16533",
        "2026-05-30 08:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Priya Natarajan viewed your profile",
        NJ,
        text="""Someone viewed your profile: Priya Natarajan, Cofounder at Runwell.

See all profile viewers with Premium. Try free for 1 month.
""",
        tz=PDT,
    ),
    m(
        "16534",
        "2026-06-06 10:45",
        "LinkedIn <invitations@linkedin.com>",
        "Nadia, please add me to your LinkedIn network",
        NJ,
        text="""Hi Nadia,
I'd like to join your LinkedIn network.

Olu Bankole
Platform Engineer at Halyard Metrics

Accept: https://www.linkedin.com/mynetwork/invitation-manager/
""",
        tz=PDT,
    ),
    m(
        "16535",
        "2026-08-05 12:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Wish Jorge Alvarez a happy work anniversary",
        NJ,
        text="""Jorge Alvarez is celebrating 3 years at Northwake.

Send a message: https://www.linkedin.com/messaging/
""",
        tz=PDT,
    ),
    m(
        "16536",
        "2026-08-06 19:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Your network is congratulating you on your new role",
        NJ,
        text="""89 people congratulated you on starting a new position as Staff Backend Engineer at
Runwell.

Reply to your network: https://www.linkedin.com/notifications/
""",
        tz=PDT,
    ),
    m(
        "16537",
        "2026-05-04 07:00",
        "Levelset Data <research@levelset.report>",
        "The Q1 2026 tech hiring report is here",
        NJ,
        html="""<html><body>
<h2>Tech Hiring Report, Q1 2026</h2>
<p>Offers to senior backend engineers in Canada were up 9% quarter over quarter, while the
median time from first interview to offer grew to 31 days. Remote roles now make up 38% of
offers. Read the full report for compensation bands by city.</p>
<p><a href="https://levelset.report/q1-2026">Read the report</a></p>
</body></html>""",
        tz=PDT,
    ),
    m(
        "16538",
        "2026-06-19 06:30",
        "The Toronto Tech Letter <editor@torontotechletter.ca>",
        "Who's hiring, who's cutting, and an interview with Marrowbone's founder",
        NJ,
        html="""<html><body>
<p>Good morning, Toronto.</p>
<p><b>Funding:</b> Runwell raised a $9M seed led by Portage North. <b>Cuts:</b> Orbitra
trimmed 4% after closing the Fernwood acquisition. <b>Interview:</b> we sat down with
Marrowbone's founder about building a database company in Canada.</p>
<p><a href="https://torontotechletter.ca/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "16539",
        "2026-07-21 06:30",
        "The Toronto Tech Letter <editor@torontotechletter.ca>",
        "Summer slowdown? Not for infra hiring",
        NJ,
        html="""<html><body>
<p>Platform and infrastructure postings in the GTA were flat in June while every other
engineering category fell. Also: a new co-working space on Queen West, and our meetup calendar.</p>
<p><a href="https://torontotechletter.ca/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        tz=EDT,
    ),
]

# Family, friends, personal life
MAIL += [
    m(
        "16540",
        "2026-03-01 19:22",
        "Halina Kowalczyk <halina.kowalczyk@sympatico.ca>",
        "Sunday dinner",
        NJ,
        text="""Nadia,

Dad is making pierogi on Sunday, come at 5. Bring Tomek if he's free. And please take the
Tupperware back this time, I'm running out.

Love, Mom
""",
        tz=EST,
    ),
    m(
        "16541",
        "2026-03-15 21:04",
        "Halina Kowalczyk <halina.kowalczyk@sympatico.ca>",
        "photos from Wasaga",
        NJ,
        text="""Found these from when you were little. Look at your hair!!

Mom
""",
        attach=[("wasaga_1998.jpg", "image/jpeg", "JPEGDATA")],
        tz=EDT,
    ),
    m(
        "16542",
        "2026-04-11 10:30",
        "Tomek Kowalczyk <tomek.k@maplepost.ca>",
        "mom's 60th",
        NJ,
        text="""ok so for mom's 60th in June I was thinking we book the back room at Café Polonez
and do a slideshow. can you do the slideshow? you're the one with the computer skills lol.
also I'll cover the deposit, you can pay me back whenever.

T
""",
        tz=EDT,
    ),
    m(
        "16543",
        "2026-04-11 12:02",
        "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>",
        "Re: mom's 60th",
        NJ,
        text="""Yes to the slideshow, no to the "computer skills" joke. Can you scan the albums at
Aunt Basia's? Tuesday 3pm works for me to go over there if you want to come.

N
""",
        to="Tomek Kowalczyk <tomek.k@maplepost.ca>",
        tz=EDT,
        headers=reply("16542", "Tomek Kowalczyk <tomek.k@maplepost.ca>"),
    ),
    m(
        "16544",
        "2026-04-11 12:20",
        "Tomek Kowalczyk <tomek.k@maplepost.ca>",
        "Re: mom's 60th",
        NJ,
        text="""tuesday works. I'll bring the good scanner from work.

> Tuesday 3pm works for me to go over there if you want to come.
""",
        tz=EDT,
        headers=reply("16543", "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>"),
    ),
    m(
        "16545",
        "2026-06-07 22:15",
        "Tomek Kowalczyk <tomek.k@maplepost.ca>",
        "slideshow file",
        NJ,
        text="""She cried. Success. Here's the video file if you want it, Aunt Basia already
asked for a copy.

https://drive.example.net/f/9a7c
""",
        tz=EDT,
    ),
    m(
        "16546",
        "2026-03-18 17:45",
        "Meera Shah <meera.shah88@gmail.com>",
        "cottage weekend??",
        NJ,
        text="""Nads! My cousin said we can have the cottage near Bancroft the last weekend of July.
Four bedrooms, a canoe, very questionable wifi. In? I'm asking Jules and Ben too.

M
""",
        tz=EDT,
    ),
    m(
        "16547",
        "2026-03-18 19:01",
        "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>",
        "Re: cottage weekend??",
        NJ,
        text="""IN. Questionable wifi is a feature. I'll bring the board games and the good coffee.

> Four bedrooms, a canoe, very questionable wifi. In?
""",
        to="Meera Shah <meera.shah88@gmail.com>",
        tz=EDT,
        headers=reply("16546", "Meera Shah <meera.shah88@gmail.com>"),
    ),
    m(
        "16548",
        "2026-07-20 08:30",
        "Meera Shah <meera.shah88@gmail.com>",
        "Re: cottage weekend??",
        NJ,
        text="""Car plan: Ben drives, leaving Friday 3pm from Dufferin station. Grocery list in the
shared doc, please claim something. Bring bug spray, I mean it.

M
""",
        tz=EDT,
        headers=reply("16547", "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>"),
    ),
    m(
        "16549",
        "2026-05-01 20:14",
        "Jules Bérubé <jules.berube@videotron.ca>",
        "Visite à Toronto en juin",
        NJF,
        text="""Salut Nadia!

Je descends à Toronto la fin de semaine du 20 juin pour le concert de ma sœur. Est-ce que je
pourrais dormir sur ton divan le samedi? Je t'amène des bagels de chez St-Viateur, promis.

Bisous,
Jules
""",
        tz=EDT,
    ),
    m(
        "16550",
        "2026-05-02 09:00",
        "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>",
        "Re: Visite à Toronto en juin",
        NJF,
        text="""Salut Jules! Bien sûr, le divan est à toi. Et oui aux bagels, évidemment.

À bientôt!
Nadia
""",
        to="Jules Bérubé <jules.berube@videotron.ca>",
        tz=EDT,
        headers=reply("16549", "Jules Bérubé <jules.berube@videotron.ca>"),
    ),
    m(
        "16551",
        "2026-07-05 16:40",
        "Jules Bérubé <jules.berube@videotron.ca>",
        "Photos du show",
        NJF,
        text="""Merci encore pour l'hébergement! Voici quelques photos du spectacle. Ma sœur a
adoré que tu sois venue.

J
""",
        attach=[("spectacle_01.jpg", "image/jpeg", "JPEGDATA")],
        tz=EDT,
    ),
    m(
        "16552",
        "2026-04-29 13:10",
        "Ben Adler <ben.adler@fastmail.com>",
        "book club - May pick",
        NJ,
        text="""May pick is "The Ministry of Time". Meeting at mine, May 28, 7pm. I'll make the
dal; someone please bring something that isn't chips.

Ben
""",
        tz=EDT,
    ),
    m(
        "16553",
        "2026-08-24 21:00",
        "Ben Adler <ben.adler@fastmail.com>",
        "book club - September",
        NJ,
        text="""September pick: "Tomorrow, and Tomorrow, and Tomorrow" (again, because half of us
never finished it). Sept 24 at Meera's.

Ben
""",
        tz=EDT,
    ),
    m(
        "16554",
        "2026-06-28 11:11",
        "Halina Kowalczyk <halina.kowalczyk@sympatico.ca>",
        "your aunt's number",
        NJ,
        text="""Basia got a new phone, the number is 905-555-0133. Call her, she asked about you
three times.

Mom
""",
        tz=EDT,
    ),
    m(
        "16555",
        "2026-07-24 20:30",
        "Halina Kowalczyk <halina.kowalczyk@sympatico.ca>",
        "So proud",
        NJ,
        text="""Tomek told me about the new company! So proud of you. Dad wants to know if it's the
same one with the coffee man. Come for dinner Sunday, we celebrate.

Love, Mom
""",
        tz=EDT,
    ),
    m(
        "16556",
        "2026-09-02 18:00",
        "Meera Shah <meera.shah88@gmail.com>",
        "housewarming",
        NJ,
        text="""When is the housewarming at the new place?? I have a plant for you and it is
getting impatient.

M
""",
        tz=EDT,
    ),
]

# Deliveries, transit, library holds
for i, (date, item, carrier) in enumerate(
    [
        ("2026-03-11", "Anker USB-C hub", "Canada Post"),
        ("2026-04-08", "Designing Data-Intensive Applications (2nd ed.)", "Purolator"),
        ("2026-05-20", "Moving boxes (pack of 20)", "Canada Post"),
        ("2026-06-17", "Standing desk mat", "UPS"),
        ("2026-08-19", "Shelf brackets x6", "Intelcom"),
        ("2026-09-08", "Monitor arm", "Purolator"),
    ]
):
    MAIL.append(
        m(
            f"1647{i}",
            f"{date} 07:5{i}",
            "Parcelpoint <ship-confirm@parcelpoint.ca>",
            f'Shipped: "{item}"',
            NJ,
            text=f"""Hi Nadia,

Good news - your order has shipped with {carrier}.

{item}
Estimated delivery: 2-4 business days
Track package: https://parcelpoint.ca/track/PP{771200 + i * 41}
""",
            tz=tz_of(date),
        )
    )
for i, (date, amount) in enumerate(
    [
        ("2026-03-09", 50),
        ("2026-04-06", 50),
        ("2026-05-25", 40),
        ("2026-07-13", 50),
        ("2026-08-31", 100),
    ]
):
    MAIL.append(
        m(
            f"1648{i}",
            f"{date} 08:1{i}",
            "PRESTO <noreply@prestocard.ca>",
            "Autoload complete",
            NJ,
            text=f"""Your PRESTO card ending in 5512 was loaded with ${amount}.00 through Autoload.

Manage your card at prestocard.ca.
""",
            tz=tz_of(date),
        )
    )
for i, (date, title) in enumerate(
    [
        ("2026-03-23", "Piranesi"),
        ("2026-05-12", "The Staff Engineer's Path"),
        ("2026-07-07", "North Woods"),
        ("2026-09-15", "Station Eleven"),
    ]
):
    MAIL.append(
        m(
            f"1649{i}",
            f"{date} 06:0{i}",
            "Toronto Public Library <noreply@torontopubliclibrary.ca>",
            "Your hold is ready for pickup",
            NJ,
            text=f"""Hello NADIA KOWALCZYK,

The following item is ready for pickup at Lillian H. Smith branch:

{title}

It will be held for 7 days.
""",
            tz=tz_of(date),
        )
    )

# Receipts, travel, insurance, government, services
MAIL += [
    m(
        "16560",
        "2026-03-05 14:22",
        "CRA My Account <noreply-cra@canada-online.ca>",
        "You have new mail in My Account",
        NJ,
        text="""You have new mail from the Canada Revenue Agency.

Sign in to My Account to view it. For security reasons, we do not include details in this e-mail.
""",
        tz=EST,
    ),
    m(
        "16561",
        "2026-05-08 10:02",
        "CRA My Account <noreply-cra@canada-online.ca>",
        "Your notice of assessment is available",
        NJ,
        text="""Your 2025 notice of assessment is available in My Account. Refund: $1,284.19, to be
deposited to your account ending in 4471.
""",
        tz=EDT,
    ),
    m(
        "16562",
        "2026-04-01 09:00",
        "Service Canada <noreply@servicecanada-online.ca>",
        "Your Record of Employment is available",
        NJ,
        text="""A Record of Employment (ROE) issued by your former employer is available in My
Service Canada Account. You may need it to apply for Employment Insurance benefits.
""",
        tz=EDT,
    ),
    m(
        "16563",
        "2026-04-03 16:40",
        "Service Canada <noreply@servicecanada-online.ca>",
        "EI application - confirmation number",
        NJ,
        text="""Thank you. Your application for Employment Insurance regular benefits has been
submitted. Confirmation number: 28841-77312. Keep this number for your records. You will
receive your access code by mail within 7 days.
""",
        tz=EDT,
    ),
    m(
        "16564",
        "2026-04-20 12:00",
        "Service Canada <noreply@servicecanada-online.ca>",
        "Your EI report is due",
        NJ,
        text="""Reminder: your bi-weekly report for Employment Insurance is due. Complete it online
or by phone within 3 days. You must declare any work, earnings, and job search activities.
""",
        tz=EDT,
    ),
    m(
        "16565",
        "2026-03-28 19:45",
        "SkyPort Air <itinerary@skyportair.ca>",
        "Your trip to Montréal: booking confirmation XR7K2P",
        NJ,
        text="""Booking reference: XR7K2P

Fri 17 Apr  YTZ 17:45 -> YUL 18:55  SP 412
Sun 19 Apr  YUL 19:30 -> YTZ 20:40  SP 429

Passenger: KOWALCZYK/NADIA
Total paid: $248.61 CAD
""",
        tz=EDT,
    ),
    m(
        "16566",
        "2026-04-16 17:45",
        "SkyPort Air <checkin@skyportair.ca>",
        "Check-in is open for your flight to Montréal",
        NJ,
        text="""Check in now for SP 412 Toronto (YTZ) to Montréal (YUL), departing tomorrow at
17:45.
Boarding pass: https://skyportair.ca/checkin/XR7K2P
""",
        tz=EDT,
    ),
    m(
        "16567",
        "2026-03-29 11:20",
        "Staybnb <automated@staybnb.com>",
        "Reservation confirmed - Plateau loft, Apr 17-19",
        NJ,
        text="""You're going to Montréal! Your host Élodie has confirmed your stay.

Check-in: Fri, Apr 17 after 3:00 PM
Checkout: Sun, Apr 19 by 11:00 AM
Address: shared 48 hours before check-in
Total: $312.40 CAD
""",
        tz=PDT,
    ),
    m(
        "16568",
        "2026-06-30 10:00",
        "Trillium Auto Insurance <service@trilliumauto.ca>",
        "Your policy renewal documents",
        NJ,
        text="""Hi Nadia,

Your auto policy TR-448120 renews on August 1, 2026. Your new premium is $162.40/month (up 3.1%).
Your renewal documents and pink slips are attached.
""",
        attach=[("renewal_TR-448120.pdf", "application/pdf", "%PDF-1.4 renewal")],
        tz=EDT,
    ),
    m(
        "16569",
        "2026-07-30 13:13",
        "Trillium Auto Insurance <service@trilliumauto.ca>",
        "Quote for your new address",
        NJ,
        text="""Thanks for updating your address to 41 Major St. Your premium from September 1 will
be $155.10/month. No action needed.
""",
        tz=EDT,
    ),
    m(
        "16570",
        "2026-08-25 09:30",
        "Hercules Movers <bookings@herculesmovers.ca>",
        "Your move is booked: Aug 31, 8:00 AM",
        NJ,
        text="""Hi Nadia,

Your move from 220 Dovercourt Rd to 41 Major St is booked for Monday, August 31 at 8:00 AM.
Crew: 2 movers + 16 ft truck. Rate: $149/hr, 3 hour minimum.

Please reserve the elevator at the origin building if applicable.
""",
        tz=EDT,
    ),
    m(
        "16571",
        "2026-08-26 15:00",
        "Lakeshore Hydro <myaccount@lakeshorehydro.ca>",
        "We've received your request to move your service",
        NJ,
        text="""Hello Nadia,

We've received your request to start service at 41 Major St on September 1, 2026 and stop
service at 220 Dovercourt Rd on August 31, 2026. Request number MV-20260826-1174.
""",
        tz=EDT,
    ),
    m(
        "16572",
        "2026-05-16 12:44",
        "Pho Linh <receipts@squareup-mail.ca>",
        "Your receipt from Pho Linh",
        NJ,
        text="""Pho Linh - 1156 Queen St W

2 x Pho tai          $31.00
1 x Spring rolls      $8.50
Tip                   $7.90
Total                $53.78 (incl. HST)

Visa **** 0932
""",
        tz=EDT,
    ),
    m(
        "16573",
        "2026-06-21 13:02",
        "Bikeshare Toronto <no-reply@bikesharetoronto.ca>",
        "Your annual membership has been renewed",
        NJ,
        text="""Your Bike Share Toronto annual membership has been renewed for $120.00 + HST. Valid
until June 21, 2027. Happy riding!
""",
        tz=EDT,
    ),
    m(
        "16574",
        "2026-03-03 08:12",
        "Harbourfront Bank <alerts@harbourfrontbank.ca>",
        "Alert: Interac e-Transfer received",
        NJ,
        text="""TOMEK KOWALCZYK sent you $120.00 (CAD). Message: "concert tix".
The funds have been deposited into your account ending in 4471.
""",
        tz=EST,
    ),
    m(
        "16575",
        "2026-06-02 21:30",
        "Harbourfront Bank <alerts@harbourfrontbank.ca>",
        "Alert: large purchase on your credit card",
        NJ,
        text="""A purchase of $1,149.00 at HERMAN DESKS TORONTO was made on your Visa ending in
0932.
If you don't recognise this transaction, call us at 1-800-555-0199.
""",
        tz=EDT,
    ),
    m(
        "16576",
        "2026-08-28 10:00",
        "Harbourfront Bank <alerts@harbourfrontbank.ca>",
        "Direct deposit received",
        NJ,
        text="""A direct deposit of $4,602.18 from RUNWELL TECHNOLOGIES INC. was received into your
account ending in 4471.
""",
        tz=EDT,
    ),
    m(
        "16577",
        "2026-04-22 12:01",
        "Fidelis Investing <statements@fidelisinvest.ca>",
        "Your TFSA contribution has been received",
        NJ,
        text="""We've received your contribution of $2,000.00 to your TFSA account ending in
7780. It
will be invested according to your portfolio (Balanced Growth).
""",
        tz=EDT,
    ),
    m(
        "16578",
        "2026-07-15 09:00",
        "Northline Mobile <offers@northlinemobile.ca>",
        "A special offer on the new Pixel, just for you",
        NJ,
        html="""<html><body><p>Nadia, upgrade today and get $300 off the new Pixel with a 24-month
plan. Offer ends July 31.</p><p><a href="https://northlinemobile.ca/upgrade">See offer</a></p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "16579",
        "2026-05-24 10:45",
        "Strava <no-reply@strava.com>",
        "Meera Shah gave you kudos",
        NJ,
        text="""Meera Shah gave you kudos on "Sunday long run - High Park loop" (14.2 km).
""",
        tz=PDT,
    ),
    m(
        "16580",
        "2026-09-20 07:00",
        "Toronto Waterfront Marathon <info@torontowaterfront42.ca>",
        "Race kit pickup details",
        NJ,
        text="""Hi Nadia,

Your bib number is 8817 (Half Marathon). Kit pickup runs October 15-17 at the Enercare Centre.
Bring photo ID. See you at the start line!
""",
        tz=EDT,
    ),
    m(
        "16581",
        "2026-04-09 13:05",
        "Stackhaven Events <events@stackhaven.com>",
        "Thanks for attending - here's the recording",
        NJ,
        text="""Thanks for joining "Scaling Postgres Without Tears". The recording and slides are
available here: https://stackhaven.com/webinars/9921/recording
""",
        tz=EDT,
    ),
    m(
        "16582",
        "2026-05-02 18:00",
        "Toronto Postgres Meetup <info@meetup.com>",
        "New event: Postgres & pizza - May lightning talks",
        NJ,
        text="""Toronto Postgres Meetup scheduled a new event:

Postgres & pizza - May lightning talks
Wednesday, May 20, 6:30 PM, Shopify Queen St offices

Speakers wanted! 5-minute talks on anything Postgres. 82 spots left. RSVP on Meetup.
""",
        tz=EDT,
    ),
    m(
        "16583",
        "2026-08-14 11:15",
        "1Password <hello@1password.com>",
        "New sign-in to your 1Password account",
        NJ,
        text="""A new device signed in to your 1Password account: MacBook Pro (macOS 15) in Toronto,
Canada. If this was you, no action is needed.
""",
        tz=PDT,
    ),
    m(
        "16584",
        "2026-09-01 09:00",
        "Rogers Ignite Internet <welcome@ignitehome-mail.ca>",
        "Your internet installation is confirmed",
        NJ,
        text="""Your Ignite Internet installation at 41 Major St is confirmed for Thursday
September 3
between 8 AM and 12 PM. A technician will call 30 minutes before arriving.
""",
        tz=EDT,
    ),
    m(
        "16585",
        "2026-06-10 10:30",
        "Maplepost <no-reply@maplepost.ca>",
        "You're using 90% of your mail storage",
        NJ,
        text="""Hi Nadia, your mailbox is using 13.5 GB of 15 GB. Upgrade to Maplepost Plus for
100 GB
or delete old messages to free space.
""",
        tz=EDT,
    ),
]

# More of an ordinary inbox
MAIL += [
    m(
        "16586",
        "2026-05-05 11:00",
        "Priyanka from Notable <research@notable-app.com>",
        "Quick favour? 30-min user interview ($75 gift card)",
        NJ,
        text="""Hi Nadia,

You've been a Notable user for three years, so we'd love your input. We're running 30-minute
user interviews next week about how you organise technical notes. Everyone who joins gets a
$75 gift card.

Pick a time: https://calendly.com/notable-research/interview

Priyanka, User Research at Notable
""",
        tz=PDT,
    ),
    m(
        "16587",
        "2026-05-05 13:30",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Notable user interview with Priyanka Rao on Tuesday, May 12, 2026",
        NJ,
        text="""Hi Nadia Kowalczyk,

Your Notable user interview (30 min) with Priyanka Rao at 10:00am (Eastern Time - US & Canada)
on Tuesday, May 12, 2026 is scheduled.

Location: Zoom - details in the invitation
""",
        tz=PDT,
    ),
    m(
        "16588",
        "2026-05-12 11:00",
        "Notable Research <research@notable-app.com>",
        "Thanks! Here's your gift card",
        NJ,
        text="""Thanks for the interview today, Nadia - super helpful. Your $75 gift card code:
NTBL-77Q2-9KX1.
""",
        tz=PDT,
    ),
    m(
        "16589",
        "2026-04-26 15:20",
        "Swapsy Marketplace <messages@swapsy.ca>",
        "Your offer was accepted!",
        NJ,
        text="""Good news! The seller accepted your offer of $180 for "IKEA Poäng armchair, birch,
great condition". Arrange pickup in the app: https://swapsy.ca/m/88120
""",
        tz=EDT,
    ),
    m(
        "16590",
        "2026-08-22 09:14",
        "Swapsy Marketplace <messages@swapsy.ca>",
        "New offer on your listing",
        NJ,
        text="""Someone made an offer of $60 on your listing "Bookshelf - white, 5 shelves". Accept,
decline or counter in the app.
""",
        tz=EDT,
    ),
    m(
        "16591",
        "2026-05-25 18:00",
        "Tomek Kowalczyk <tomek.k@maplepost.ca>",
        "Invitation: Mom's 60th @ Sat Jun 6, 2026 6pm - 10pm (EDT)",
        NJ,
        text="""Mom's 60th
Saturday Jun 6, 2026 6pm - 10pm
Café Polonez, 195 Roncesvalles Ave

DON'T TELL HER
""",
        ics=ics(
            "2026-06-06 18:00:00 -0400",
            "2hb7s9d0x1ka@google.com",
            "Mom's 60th",
            ("Tomek Kowalczyk", "tomek.k@maplepost.ca"),
            minutes=240,
            location="Café Polonez, 195 Roncesvalles Ave, Toronto",
        ),
        tz=EDT,
    ),
    m(
        "16592",
        "2026-06-10 08:30",
        "Keele Physio <booking@keelephysio.ca>",
        "Booking confirmed: Physiotherapy assessment",
        NJ,
        text="""Your physiotherapy assessment with Daniel Kim is confirmed for Monday, June 15 at
7:30 AM. Please arrive 10 minutes early to complete intake forms.
""",
        ics=ics(
            "2026-06-15 07:30:00 -0400",
            "kp-2026-0615-0730-dkim@keelephysio.ca",
            "Physiotherapy assessment - Daniel Kim",
            ("Keele Physio", "booking@keelephysio.ca"),
            minutes=45,
        ),
        tz=EDT,
    ),
    m(
        "16593",
        "2026-07-09 19:00",
        "Ticketstand <orders@ticketstand.ca>",
        "Your tickets: Alvvays at Massey Hall",
        NJ,
        text="""Order #TS-551208

Alvvays - Massey Hall - Friday, September 18, 2026, 8:00 PM
2 x Balcony, Row F
Total: $164.82

Your mobile tickets are in the app.
""",
        tz=EDT,
    ),
    m(
        "16594",
        "2026-03-07 23:15",
        "Ryde <receipts@ryde.ca>",
        "Your Saturday night trip with Ryde",
        NJ,
        text="""Thanks for riding, Nadia.

Total $23.14
Trip: Ossington Ave -> Dovercourt Rd, 3.1 km, 11 min
Driver: Amanpreet
""",
        tz=EST,
    ),
    m(
        "16595",
        "2026-06-27 20:44",
        "Ryde Eats <receipts@ryde.ca>",
        "Your Ryde Eats order from Banh Mi Boys",
        NJ,
        text="""Order total: $31.60
2 x Kalbi beef banh mi, 1 x Kimchi fries
Delivered at 8:41 PM
""",
        tz=EDT,
    ),
    m(
        "16596",
        "2026-04-15 10:00",
        "Daily Bread Volunteer Team <volunteer@dailybreadto.org>",
        "Orientation booked - Saturday April 25",
        NJ,
        text="""Hi Nadia, you're booked for volunteer orientation on Saturday April 25 at 9am. Wear
closed-toe shoes! See you then.
""",
        tz=EDT,
    ),
    m(
        "16597",
        "2026-06-30 17:00",
        "Daily Bread Food Bank <donate@dailybreadto.org>",
        "Thank you for your donation - tax receipt enclosed",
        NJ,
        text="""Thank you for your gift of $100.00. Your official tax receipt is attached.
Charitable registration number 11882 8765 RR0001.
""",
        attach=[("receipt_2026_88412.pdf", "application/pdf", "%PDF-1.4 receipt")],
        tz=EDT,
    ),
    m(
        "16598",
        "2026-03-20 10:15",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        NJ,
        text="""A new sign-in on Linux

nadia.kowalczyk.dev@gmail.com
We noticed a new sign-in to your Google Account on a Linux device. If this was you, you don't
need to do anything.
""",
        tz=PDT,
    ),
    m(
        "16599",
        "2026-07-01 12:00",
        "The Pragmatic Byte <byte@substack.com>",
        "How startups really run interviews (and why yours felt weird)",
        NJ,
        html="""<html><body>
<p>This week: I asked 40 founders how they run technical interviews. Most have never written
down a rubric, half use a take-home, and the best predictor of an offer was... a walk.</p>
<p>Paid subscribers get the full survey data.</p>
<p><a href="https://pragmaticbyte.substack.com/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        tz="+0000",
    ),
    m(
        "16600",
        "2026-08-03 16:30",
        "220 Dovercourt Property Office <office@dovercourt220.ca>",
        "Move-out inspection and key return",
        NJ,
        text="""Dear tenant (Unit 5),

We have received your notice to vacate effective August 31, 2026. The move-out inspection is
scheduled for August 31 at 4:00 PM. Please leave all keys and fobs with the superintendent.
Your last month's rent deposit will be applied to August.
""",
        tz=EDT,
    ),
    m(
        "16601",
        "2026-09-10 18:25",
        "41 Major St Landlord <kevin.oduya@gmail.com>",
        "Welcome + a few house notes",
        NJ,
        text="""Hi Nadia,

Welcome to the building! A few notes: garbage and recycling go out Tuesday night, the basement
laundry is coin-op (quarters only, sorry), and the upstairs tenants are lovely but have a
very loud cat.

Text me at 416-555-0177 if anything breaks.

Kevin
""",
        tz=EDT,
    ),
    m(
        "16602",
        "2026-09-14 09:00",
        "School of Continuing Studies <scs-registration@learn.uoftc.ca>",
        "Your course starts today: CLD 101 Cloud Architecture Foundations",
        NJ,
        text="""Welcome to CLD 101! Your first class is tonight at 6:30 PM online. Course materials
are now available in Quercus.
""",
        tz=EDT,
    ),
    m(
        "16603",
        "2026-03-25 07:30",
        "Canadian Blood Services <donor@blood-donor.ca>",
        "Your appointment is tomorrow",
        NJ,
        text="""Reminder: your blood donation appointment is tomorrow, Thursday March 26 at 12:15 PM
at the Toronto Central donor centre. Eat a good meal and drink plenty of water beforehand.
""",
        tz=EDT,
    ),
    m(
        "16604",
        "2026-07-17 14:40",
        "Meera Shah <meera.shah88@gmail.com>",
        "!!!!!",
        NJ,
        text="""Tomek just told me at climbing. DRINKS ON ME. Friday?

m
""",
        tz=EDT,
    ),
    m(
        "16605",
        "2026-05-18 20:02",
        "Halina Kowalczyk <halina.kowalczyk@sympatico.ca>",
        "recipe",
        NJ,
        text="""You asked for the żurek recipe. Here it is, don't skip the marjoram.

- 500 g white sausage
- 1 jar sour rye starter
- 4 potatoes, garlic, marjoram, bay leaf

Boil sausage 20 min, take out, add starter and potatoes, cook 20 min more. Slice sausage back
in. Egg on top.

Mom
""",
        tz=EDT,
    ),
    m(
        "16606",
        "2026-04-19 21:50",
        "Staybnb <automated@staybnb.com>",
        "Leave a review for Élodie",
        NJ,
        text="""How was your stay at Plateau loft? You have 14 days to leave a review for Élodie.
""",
        tz=PDT,
    ),
    m(
        "16607",
        "2026-08-15 10:05",
        "Boulder Junction Climbing <hello@boulderjunction.ca>",
        "Welcome back, Nadia!",
        NJ,
        text="""Your membership is active again. Your first month is $49, then $95/month. Come to
our Tuesday technique night - first one is free for returning members.
""",
        tz=EDT,
    ),
]
