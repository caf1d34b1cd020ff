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
    ("Postgres 18 async I/O, and a hiring-freeze thaw?", "Job postings for backend roles rose 6% in February; we interviewed three engineering managers about what they screen for."),
    ("Why your Kafka consumer lags", "This week's interview: the on-call lead at a Montréal payments company on rotating pager duty."),
    ("The great Terraform fork, two years on", "Reader question: is it OK to ask about on-call during a first interview? (Yes.)"),
    ("Idempotency keys, revisited", "Sponsored: Wickerbase is hiring API platform engineers (remote, Canada)."),
    ("eBPF for mere mortals", "From the mailbag: how do you evaluate a startup's runway before you accept an offer?"),
    ("SQLite in production, seriously", "We interviewed the author of 'Boring Infrastructure' about the book's second edition."),
    ("Queues vs logs", "Layoffs tracker: 11 companies in our space cut staff in May, 19 posted new roles."),
    ("What we got wrong about serverless", "Our annual salary survey is open - it takes 5 minutes and results are public."),
    ("Rate limiting at the edge", "Interview: a staff engineer on writing design docs people actually read."),
    ("Backpressure, explained with pizza", "Salary survey results: median backend base in Toronto is CAD 152k."),
    ("Disaster recovery drills that aren't theatre", "Jobs board: 14 new remote-friendly infra roles this week."),
    ("The return of the monolith", "Thanks for 20,000 subscribers!"),
]
for i, (title, blurb) in enumerate(TOPICS):
    month = 3 + (i * 6) // len(TOPICS)
    day = f"2026-{month:02d}-{(i * 9) % 27 + 1:02d}"
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
        ("2026-03-14", "[nkowal/pgbouncer-exporter] Add pool wait histogram (PR #41)", "@tjsmith opened this pull request.\n\nAdds a histogram for client wait time per pool."),
        ("2026-04-04", "Re: [nkowal/pgbouncer-exporter] Metrics missing after reload (Issue #38)", "@rhea-k commented:\n\nStill seeing it on 1.23. Happy to test a patch."),
        ("2026-05-02", "[nkowal/pgbouncer-exporter] Release v0.9.0", "v0.9.0 published.\n\n- pool wait histogram\n- fix reload race"),
        ("2026-06-20", "Re: [nkowal/pgbouncer-exporter] Support SCRAM auth (Issue #44)", "@devmarco commented:\n\nWe'd pay for this if you had sponsorship set up :)"),
        ("2026-08-09", "[nkowal/pgbouncer-exporter] Dependabot: bump golang.org/x/net (PR #47)", "Bumps golang.org/x/net from 0.38.0 to 0.41.0."),
        ("2026-09-05", "Re: [nkowal/pgbouncer-exporter] Support SCRAM auth (Issue #44)", "@nkowal closed this as completed in #49."),
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
