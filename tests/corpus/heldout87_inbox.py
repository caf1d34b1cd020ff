# ruff: noqa: E501
"""Corpus 87, ordinary Sydney mail with look-alikes (data only): see heldout87.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    if day < "2025-10-05" or day >= "2026-04-05":
        return "+1000"
    return "+1100"


m = partial(dated_spec, _tz)
N = ("not_job", "en")

MAIL: list[dict[str, Any]] = [
    # --- rental application via a property portal -------------------------------------------
    m(
        "880101",
        "2025-10-04 10:12",
        "2Apply <noreply@2apply.com.au>",
        "Your application for 14/22 Wattle Street, Marrickville has been submitted",
        N,
        html=(
            "<html><body><p>Hi Lachlan,</p><p>Your rental application for <b>14/22 Wattle Street, Marrickville NSW 2204</b> has been sent to "
            "Inner West Property Co.</p><p>Applicants: Lachlan Mercer-Doyle, Hannah Mercer-Doyle. Documents: payslips (3), ID, rental ledger.</p>"
            "<p>The agent will contact you about the outcome. You can update your application in your 2Apply profile.</p></body></html>"
        ),
    ),
    m(
        "880102",
        "2025-10-09 15:40",
        "Zoe Papadakis <zoe@innerwestproperty.com.au>",
        "14/22 Wattle St - application outcome",
        N,
        text=(
            "Hi Lachlan and Hannah,\n\nThank you for your application for 14/22 Wattle Street. The landlord has reviewed all applications and has accepted another "
            "applicant on this occasion. We will keep your details on file and let you know about similar properties.\n\nKind regards,\nZoe Papadakis\nProperty Manager | Inner West Property Co."
        ),
    ),
    m(
        "880103",
        "2025-10-11 09:00",
        "realestate.com.au <noreply@updates.realestate.com.au>",
        "Inspection booked: 3 Lyndhurst Ave, Dulwich Hill - Sat 11:15am",
        N,
        html="<html><body><p>You're registered for the open inspection at <b>3 Lyndhurst Avenue, Dulwich Hill NSW</b>, Saturday 18 October 11:15am - 11:30am.</p><p>Add to calendar · Get directions</p></body></html>",
    ),
    m(
        "880104",
        "2025-10-21 17:02",
        "Marcus Yeo <marcus.yeo@hallidayrealty.com.au>",
        "Congratulations - 3 Lyndhurst Ave approved",
        N,
        text=(
            "Hi Lachlan,\n\nGreat news - the owner has approved your application for 3 Lyndhurst Avenue, Dulwich Hill. Lease start 8 November, 12 months, $920 per week.\n\n"
            "Please pay the holding deposit (one week's rent) within 24 hours to secure the property and we'll send the lease via DocuSign.\n\nMarcus Yeo\nLeasing Consultant | Halliday Realty"
        ),
    ),
    m(
        "880105",
        "2025-10-22 11:30",
        "Halliday Realty via DocuSign <dse_na2@docusign.net>",
        "Please DocuSign: Residential Tenancy Agreement - 3 Lyndhurst Ave Dulwich Hill",
        N,
        html="<html><body><p>Marcus Yeo sent you a document to review and sign.</p><p><b>Residential Tenancy Agreement - 3 Lyndhurst Ave Dulwich Hill</b></p><p>REVIEW DOCUMENT</p><p>Do Not Share This Email.</p></body></html>",
    ),
    m(
        "880106",
        "2025-10-29 09:14",
        "NSW Fair Trading <noreply@rentalbonds.nsw.gov.au>",
        "Rental bond lodged - RBO reference 7730-1189",
        N,
        text="Dear Lachlan Mercer-Doyle\n\nA rental bond of $3,680.00 has been lodged for 3 Lyndhurst Avenue, Dulwich Hill NSW 2203.\nBond number: 7730-1189\n\nNSW Fair Trading | Rental Bonds Online",
    ),
    # --- myGov / ATO ----------------------------------------------------------------------------
    m(
        "880201",
        "2025-10-15 08:00",
        "myGov <noreply@my.gov.au>",
        "You have a new message in your myGov Inbox",
        N,
        text="You have a new message from Australian Taxation Office.\n\nSign in to myGov to read it. For your security, we never include links in our emails.\n\nmyGov",
    ),
    m(
        "880202",
        "2025-10-28 18:10",
        "Keri Balasuriya <keri@balasuriyaaccounting.com.au>",
        "Your 2025 tax return - ready to lodge",
        N,
        text=(
            "Hi Lachlan,\n\nI've prepared your 2024-25 return. Estimated refund $2,184 (work-related car and PPE deductions, plus the redundancy payment treated as "
            "a genuine redundancy - tax-free up to the limit). Please e-sign the attached and I'll lodge with the ATO.\n\nKeri\nBalasuriya Accounting Pty Ltd"
        ),
    ),
    m(
        "880203",
        "2025-11-20 08:00",
        "myGov <noreply@my.gov.au>",
        "You have a new message in your myGov Inbox",
        N,
        text="You have a new message from Australian Taxation Office.\n\nSign in to myGov to read it.\n\nmyGov",
    ),
    m(
        "880204",
        "2026-01-09 08:00",
        "myGov <noreply@my.gov.au>",
        "You have a new message in your myGov Inbox",
        N,
        text="You have a new message from Services Australia.\n\nSign in to myGov to read it.\n\nmyGov",
    ),
    # --- Opal, council, utilities --------------------------------------------------------------
    m(
        "880301",
        "2025-10-07 07:40",
        "Opal <noreply@opal.com.au>",
        "Your Opal card has been topped up",
        N,
        text="Hi Lachlan,\n\nAuto top up of $40.00 was applied to your Opal card ending 4418 on 07/10/2025.\n\nTransport for NSW",
    ),
    m(
        "880302",
        "2025-11-18 07:38",
        "Opal <noreply@opal.com.au>",
        "Your Opal card has been topped up",
        N,
        text="Hi Lachlan,\n\nAuto top up of $40.00 was applied to your Opal card ending 4418 on 18/11/2025.\n\nTransport for NSW",
    ),
    m(
        "880303",
        "2026-01-28 07:41",
        "Opal <noreply@opal.com.au>",
        "Your Opal card has been topped up",
        N,
        text="Hi Lachlan,\n\nAuto top up of $40.00 was applied to your Opal card ending 4418 on 28/01/2026.\n\nTransport for NSW",
    ),
    m(
        "880304",
        "2026-03-02 16:20",
        "Opal <noreply@opal.com.au>",
        "Opal fare changes from 2 March",
        N,
        html="<html><body><p>Fares on metro, train, bus, ferry and light rail services change from Monday 2 March. The weekly travel cap is now $50.70 for adults.</p></body></html>",
    ),
    m(
        "880305",
        "2025-11-25 09:00",
        "Wollongong City Council <rates@wollongong.nsw.gov.au>",
        "Rates notice - 2nd instalment due 28 November",
        N,
        text="Dear Mr L Mercer-Doyle\n\nYour second rates instalment of $498.00 for 6/18 Pioneer Road, Bellambi is due on 28 November 2025. We have also updated your postal address to Dulwich Hill.\n\nPay via BPAY, Biller code 1774.\n\nRevenue Services\nWollongong City Council",
    ),
    m(
        "880306",
        "2026-02-03 10:00",
        "Inner West Council <noreply@innerwest.nsw.gov.au>",
        "Your bulky waste collection is booked",
        N,
        text="Hi Lachlan\n\nYour booked clean-up collection for 3 Lyndhurst Ave Dulwich Hill is confirmed for Thursday 12 February. Place items on the kerb the night before.\n\nInner West Council",
    ),
    m(
        "880307",
        "2025-12-02 06:30",
        "AGL <noreply@agl.com.au>",
        "Your electricity bill is ready",
        N,
        text="Hi Lachlan, your AGL bill for 3 Lyndhurst Ave is $214.60, due 23 December. Pay via the app or direct debit.",
    ),
    m(
        "880308",
        "2026-03-03 06:30",
        "AGL <noreply@agl.com.au>",
        "Your electricity bill is ready",
        N,
        text="Hi Lachlan, your AGL bill for 3 Lyndhurst Ave is $301.95, due 24 March. Summer air-con adds up - see tips in the app.",
    ),
    m(
        "880309",
        "2025-11-10 12:00",
        "Sydney Water <noreply@sydneywater.com.au>",
        "Moving in? Your water account",
        N,
        text="Hi Lachlan, thanks for letting us know you've moved. Water usage is billed to your landlord, who may pass it on to you under your lease.",
    ),
    # --- bank, card, insurance "applications" and "offers" ------------------------------------
    m(
        "880401",
        "2025-10-13 12:40",
        "CommBank <NetBankNotification@cba.com.au>",
        "Your credit card application - next steps",
        N,
        text=(
            "Hi Lachlan,\n\nThanks for applying for a CommBank Low Rate credit card. We need a little more information before we can assess your application: "
            "please upload your last two payslips in the CommBank app.\n\nIf you are not approved we'll tell you why. Commonwealth Bank of Australia ABN 48 123 123 124"
        ),
    ),
    m(
        "880402",
        "2025-10-20 09:02",
        "CommBank <NetBankNotification@cba.com.au>",
        "Good news - your application is approved",
        N,
        text="Hi Lachlan,\n\nYour application for a Low Rate credit card has been approved with a limit of $6,000. Your card will arrive in 5-7 business days.\n\nCommBank",
    ),
    m(
        "880403",
        "2025-11-05 19:00",
        "Qantas Frequent Flyer <qantasff@e.qantas.com>",
        "Lachlan, an exclusive offer: 80,000 bonus points",
        N,
        html="<html><body><h2>Your exclusive offer is waiting</h2><p>Apply for a partner credit card by 30 November and earn up to 80,000 bonus Qantas Points. Conditions apply.</p></body></html>",
    ),
    m(
        "880404",
        "2025-12-10 09:15",
        "NRMA Insurance <noreply@nrma.com.au>",
        "Your car insurance renewal offer",
        N,
        text="Hi Lachlan, your Comprehensive Car Insurance for the 2019 Ranger renews on 2 January. Your renewal offer is $1,412.30/year. No action needed if paying by direct debit.",
    ),
    m(
        "880405",
        "2026-01-15 11:11",
        "Aware Super <noreply@aware.com.au>",
        "Your rollover request has been received",
        N,
        text="Hi Lachlan, we've received a request to roll over your balance from Cbus Super. We'll let you know once it's complete (usually 3 business days).",
    ),
    m(
        "880406",
        "2026-02-24 10:35",
        "Loan Market <noreply@loanmarket.com.au>",
        "Home loan pre-approval - application lodged",
        N,
        text=(
            "Hi Lachlan and Hannah,\n\nI've lodged your pre-approval application with the lender. With the new role at Harbourstone, they'll want your signed letter of "
            "offer and first payslip - I'll chase those when you start. Usually 5-10 business days for an outcome.\n\nCheers,\nDaniel Prasad\nMortgage Broker | Loan Market"
        ),
    ),
    # --- footy club ---------------------------------------------------------------------------
    m(
        "880501",
        "2025-10-02 20:15",
        "Dulwich Hill Dragons JRLFC <secretary@dhdragons.com.au>",
        "2026 season - coaches and managers wanted",
        N,
        text=(
            "Hi Dragons families,\n\nRegistrations for the 2026 junior league season open in November. We're also after volunteer coaches and team managers for "
            "U8s to U12s - expressions of interest to the secretary. No experience needed, just a WWCC.\n\nGo the Dragons!\nMel Fonua\nSecretary"
        ),
    ),
    m(
        "880502",
        "2025-11-14 19:40",
        "PlayRugbyLeague <noreply@playrugbyleague.com>",
        "Registration received - Oscar Mercer-Doyle (U9s)",
        N,
        html="<html><body><p>Thanks for registering <b>Oscar Mercer-Doyle</b> with Dulwich Hill Dragons JRLFC for the 2026 season. Status: Pending club approval. Fee: $210.00 paid.</p></body></html>",
    ),
    m(
        "880503",
        "2026-01-30 18:00",
        "Dulwich Hill Dragons JRLFC <secretary@dhdragons.com.au>",
        "Team manager - U9s",
        N,
        text=(
            "Hi Lachlan,\n\nThanks for putting your hand up to manage the U9 Blues - application approved by the committee! We'll need a copy of your WWCC and "
            "you're booked into the sports trainer course on 14 Feb.\n\nMel"
        ),
    ),
    m(
        "880504",
        "2026-02-14 09:00",
        "Dulwich Hill Dragons JRLFC <secretary@dhdragons.com.au>",
        "Sports trainer course today - Hensley Field",
        N,
        text="Reminder: Level 1 sports trainer course, 9am-3pm, clubhouse at Hensley Field. Bring lunch and a water bottle.",
        ics={
            "uid": "dhd-sportstrainer-2026@dhdragons.com.au",
            "start": "2026-02-14 09:00:00 +1100",
            "summary": "Sports trainer course - Dragons",
            "organizer": ("Mel Fonua", "secretary@dhdragons.com.au"),
            "minutes": 360,
            "style": "google",
            "location": "Hensley Field clubhouse, Dulwich Hill",
        },
    ),
    m(
        "880505",
        "2026-03-12 20:30",
        "Dulwich Hill Dragons JRLFC <secretary@dhdragons.com.au>",
        "Round 1 draw + grading day",
        N,
        text="Hi all, Round 1 is 22 March. U9 Blues v Earlwood Saints, 9:15am at Steel Park. Grading day was a success - thanks to all our coaches and managers.",
    ),
    # --- newsletters with 'interview' / hiring -------------------------------------------------
    m(
        "880601",
        "2025-10-16 06:30",
        "The Urban Developer <news@theurbandeveloper.com>",
        "Interview: the project director behind Sydney's newest metro station",
        N,
        html="<html><body><h2>In conversation</h2><p>We sat down with the project director delivering the Crows Nest precinct to talk about over-station development, programme pressure and why he still walks site every morning.</p><p>Also: Brisbane build costs up 6%; ten tower cranes back on the skyline.</p></body></html>",
    ),
    m(
        "880602",
        "2025-11-13 06:30",
        "Engineers Australia <news@engineersaustralia.org.au>",
        "create digest: skills shortages, hiring trends and an interview with a tunnelling pioneer",
        N,
        html="<html><body><p><b>Skills shortage deepens:</b> infrastructure employers report record vacancies for project managers and site engineers.</p><p><b>Interview:</b> 40 years underground with a tunnelling pioneer.</p><p>CPD events this month.</p></body></html>",
    ),
    m(
        "880603",
        "2025-12-04 06:30",
        "Infrastructure Magazine <editor@infrastructuremagazine.com.au>",
        "Who's hiring: the $120bn pipeline and the people to deliver it",
        N,
        html="<html><body><p>This week: the national infrastructure pipeline needs an estimated 140,000 more workers. We look at how tier-1 contractors are recruiting, and the rise of JV resourcing hubs.</p></body></html>",
    ),
    m(
        "880604",
        "2026-01-22 06:30",
        "The Urban Developer <news@theurbandeveloper.com>",
        "Offer accepted: developer snaps up Parramatta site",
        N,
        html="<html><body><p>A Melbourne developer has had an offer accepted on a 4,000 sqm Parramatta CBD site. Plus: BTR pipeline, and our interview with a fitout boss.</p></body></html>",
    ),
    m(
        "880605",
        "2026-02-19 06:30",
        "Engineers Australia <news@engineersaustralia.org.au>",
        "create digest: how to nail your next interview (and other career tips)",
        N,
        html="<html><body><p>Career coach tips for your next job interview, salary negotiation in a hot market, and a new member benefit.</p></body></html>",
    ),
    m(
        "880606",
        "2025-10-24 12:00",
        "ABC Listen <noreply@listen.abc.net.au>",
        "New episode: Conversations - an interview with a bridge builder",
        N,
        text="New episode available: Conversations. Sarah talks with a bridge engineer about the Sydney Harbour Bridge restoration and life on the arch.",
    ),
    m(
        "880607",
        "2026-03-05 06:30",
        "AFR Weekend <newsletters@afr.com>",
        "The job market has turned. Here's who is still hiring",
        N,
        html="<html><body><p>Unemployment ticked up to 4.4%, but construction and infrastructure employers are still hiring. Plus: the return-to-office fight.</p></body></html>",
    ),
    # --- LinkedIn social --------------------------------------------------------------------
    m(
        "880701",
        "2025-10-17 12:10",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Congratulate Sandra Oyelaran on 10 years at Pellmore Civil",
        N,
        html="<html><body><p>Sandra Oyelaran is celebrating a work anniversary. Say congrats!</p></body></html>",
    ),
    m(
        "880702",
        "2025-11-22 12:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Your post is getting noticed - 1,204 impressions",
        N,
        html='<html><body><p>Lachlan, your post "After 9 years at Pellmore, I\'m open to new opportunities..." has 1,204 impressions and 47 reactions.</p></body></html>',
    ),
    m(
        "880703",
        "2026-01-12 12:10",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Tom Haverfield has a new position",
        N,
        html="<html><body><p>Tom Haverfield started a new position as Board Advisor at Corvale Civil. Congratulate Tom.</p></body></html>",
    ),
    m(
        "880704",
        "2026-02-26 12:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 38 searches this week",
        N,
        html="<html><body><p>You appeared in 38 searches this week. Your profile was found by people from Lendmark, Corvale Civil and 3 others.</p></body></html>",
    ),
    m(
        "880705",
        "2026-03-09 17:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "52 people reacted to your new position",
        N,
        html='<html><body><p>Your update "Starting a new position as Senior Project Manager at Harbourstone" has 52 reactions and 19 comments.</p></body></html>',
    ),
    # --- friends and family -----------------------------------------------------------------
    m(
        "880801",
        "2025-10-05 21:03",
        "Dom Kalogeropoulos <domk82@gmail.com>",
        "Re: sorry to hear mate",
        N,
        text=(
            "Mate that's rough, Pellmore cutting a whole division. You'll land something in no time - everyone's screaming for PMs. If you want I can flick your "
            "CV to our estimating manager but honestly you'd be bored at a subbie. Beers Friday?\n\nDom"
        ),
    ),
    m(
        "880802",
        "2025-11-08 16:22",
        "Hannah Mercer-Doyle <hannahmd@outlook.com.au>",
        "school holiday care",
        N,
        text="Hey love, OOSH holiday program applications close Monday - I've filled in most of it, can you do the medical bit for Oscar? Also pick up milk xx",
    ),
    m(
        "880803",
        "2025-12-06 10:44",
        "Priya Nadarajah <priya.nadarajah@yahoo.com.au>",
        "my interview went well!!",
        N,
        text=(
            "Lachy! Just a quick one - I had the interview for the head of nursing job at Westmead on Thursday and I think it went well?? They said they'd let "
            "me know before Christmas. Fingers crossed. How's your hunt going? Give Hannah a squeeze.\n\nP"
        ),
    ),
    m(
        "880804",
        "2026-01-03 14:10",
        "Dom Kalogeropoulos <domk82@gmail.com>",
        "offer",
        N,
        text="Did you end up taking that JV offer or not? I heard through the grapevine they're still looking. Also - cricket at the SCG on the 7th, I've got a spare ticket.",
    ),
    m(
        "880805",
        "2026-02-12 20:44",
        "Mum <jenny.doyle48@bigpond.com>",
        "Congratulations darling!!",
        N,
        text="Hannah just told me about the new job!! So proud of you. Dad says it's about time they realised how good you are. Lunch at ours Sunday to celebrate? Love Mum xxx",
    ),
    m(
        "880806",
        "2026-03-14 09:30",
        "Sandra Oyelaran <sandra.oyelaran@gmail.com>",
        "reference call + coffee",
        N,
        text="Hey Lachlan, Megan from Harbourstone called me last month, gave you a glowing wrap of course. Now you're in, coffee soon? I want to hear about Kemps Creek.\n\nSandra",
    ),
    # --- misc look-alikes ---------------------------------------------------------------------
    m(
        "880901",
        "2025-10-26 08:00",
        "Service NSW <noreply@service.nsw.gov.au>",
        "Your Working with Children Check application",
        N,
        text="Hi Lachlan, we've received your Working with Children Check application (APP 4419-22870). Visit a Service NSW Centre within 3 months with ID to complete it.",
    ),
    m(
        "880902",
        "2025-11-21 13:00",
        "Service NSW <noreply@service.nsw.gov.au>",
        "Your Working with Children Check is approved",
        N,
        text="Your WWCC number is WWC2298817V. It is valid until November 2030. Give this number to your volunteer organisation.",
    ),
    m(
        "880903",
        "2025-12-01 09:30",
        "Dr Rebecca Ngo - Marrickville Dental <appointments@marrickvilledental.com.au>",
        "Appointment reminder - Mon 8 Dec 4:15pm",
        N,
        text="Hi Lachlan, reminder of your check-up and clean with Dr Ngo on Monday 8 December at 4:15pm. Reply Y to confirm.",
    ),
    m(
        "880904",
        "2026-01-06 11:00",
        "UNSW Alumni <alumni@unsw.edu.au>",
        "Your application to mentor: Engineering Alumni Mentoring Program",
        N,
        text="Hi Lachlan, thanks for applying to be a mentor in the 2026 Engineering Alumni Mentoring Program. Mentees are matched in February; we'll be in touch.",
    ),
    m(
        "880905",
        "2025-12-15 10:00",
        "Amazon.com.au <shipment-tracking@amazon.com.au>",
        "Your Amazon.com.au order has been dispatched",
        N,
        text="Hi Lachlan, your order of 'Steel-cap Boots Size 10' has shipped and will arrive by Thursday 18 December.",
    ),
    m(
        "880906",
        "2025-12-19 14:00",
        "Qantas <noreply@qantas.com>",
        "Your booking confirmation - SYD to BNE, 27 Dec",
        N,
        text="Booking reference QF7YKL. Sydney to Brisbane, QF 520, Sat 27 December 2025 07:00. Passengers: 4.",
    ),
    m(
        "880907",
        "2025-11-27 18:30",
        "Teams <noreply@email.teams.microsoft.com>",
        "You're invited: Dragons committee meeting",
        N,
        text="Mel Fonua has invited you to a Microsoft Teams meeting: Dragons committee meeting, Tuesday 2 December 7:30pm.",
        ics={
            "uid": "dhd-committee-1202@dhdragons.com.au",
            "start": "2025-12-02 19:30:00 +1100",
            "summary": "Dragons committee meeting",
            "organizer": ("Mel Fonua", "secretary@dhdragons.com.au"),
            "minutes": 60,
            "style": "outlook",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "880908",
        "2026-02-25 12:00",
        "Woolworths Rewards <rewards@e.woolworthsrewards.com.au>",
        "Your personalised offers are here, Lachlan",
        N,
        html="<html><body><h2>This week's offers</h2><p>Boost to get 2,000 bonus points when you spend $80. Offer ends Tuesday.</p></body></html>",
    ),
]


# Routine mail that arrives every week or month, written out from a few facts each.
_BANK = [
    ("2025-10-01", "September", "$4,812.55"),
    ("2025-11-01", "October", "$9,102.10"),
    ("2025-12-01", "November", "$7,655.00"),
    ("2026-01-01", "December", "$5,120.42"),
    ("2026-02-01", "January", "$3,988.18"),
    ("2026-03-01", "February", "$6,402.90"),
]
for i, (day, month, bal) in enumerate(_BANK):
    MAIL.append(
        m(
            f"8810{i:02d}",
            f"{day} 10:{10 + i:02d}",
            "ING <noreply@ing.com.au>",
            f"Your {month} eStatement is ready",
            N,
            text=f"Hi Lachlan,\n\nYour Orange Everyday statement for {month} is now available in the ING app. Closing balance: {bal}.\n\nING, a business name of ING Bank (Australia) Limited",
        )
    )

_UBER = [
    ("2025-10-03 19:40", "Sydney Airport to Dulwich Hill", "$48.20"),
    ("2025-10-31 23:12", "Surry Hills to Dulwich Hill", "$27.90"),
    ("2025-11-12 17:55", "Eastern Creek to Blacktown Station", "$31.40"),
    ("2025-12-12 22:30", "Darling Harbour to Dulwich Hill", "$33.10"),
    ("2026-01-23 10:05", "Kemps Creek to St Marys Station", "$29.75"),
    ("2026-02-28 00:41", "Newtown to Dulwich Hill", "$18.60"),
]
for i, (when, trip, fare) in enumerate(_UBER):
    MAIL.append(
        m(
            f"8811{i:02d}",
            when,
            "Uber Receipts <noreply@uber.com>",
            f"Your trip with Uber - {fare}",
            N,
            html=f"<html><body><p>Thanks for riding, Lachlan</p><p>{trip}</p><p>Total <b>{fare}</b></p><p>Payment: Visa ••4431</p></body></html>",
        )
    )

_DOMAIN = [
    ("2025-10-03", "12 new rentals in Marrickville, Dulwich Hill"),
    ("2025-10-10", "New listings: 3 bed houses for rent under $950"),
    ("2025-10-17", "Price drop: 7 Hercules St, Dulwich Hill"),
    ("2026-01-16", "Sold in your area: Dulwich Hill weekly wrap"),
    ("2026-02-13", "Your property alert: 3 bed houses for sale, Inner West"),
    ("2026-03-13", "Auction results: Inner West, Saturday"),
]
for i, (day, subj) in enumerate(_DOMAIN):
    MAIL.append(
        m(
            f"8812{i:02d}",
            f"{day} 17:{i:02d}",
            "Domain <alerts@e.domain.com.au>",
            subj,
            N,
            html=f"<html><body><h3>{subj}</h3><p>Properties matching your saved search. Inspect this weekend.</p></body></html>",
        )
    )

_NEWS = [
    ("2025-10-08", "Cranes, cost blowouts and a courtroom: the week in construction"),
    ("2025-10-22", "Western Sydney Airport: the final push"),
    ("2025-11-05", "Why subcontractors are still going bust"),
    ("2025-11-19", "The alliance model under pressure"),
    ("2025-12-03", "Year in review: NSW infrastructure"),
    ("2026-01-14", "2026 outlook: transport, energy and water"),
    ("2026-01-28", "The return of the D&C contract?"),
    ("2026-02-11", "Modular is back - again"),
    ("2026-02-25", "Rail possessions and the Easter shutdown"),
    ("2026-03-11", "Inside the Brisbane 2032 venues programme"),
]
for i, (day, subj) in enumerate(_NEWS):
    MAIL.append(
        m(
            f"8813{i:02d}",
            f"{day} 06:45",
            "Build Sydney Weekly <hello@buildsydneyweekly.com.au>",
            subj,
            N,
            html=f"<html><body><h2>{subj}</h2><p>Your Wednesday read on the projects shaping Sydney and beyond. Five stories, five minutes.</p><p>Unsubscribe</p></body></html>",
        )
    )

_DRAGONS = [
    ("2025-10-13", "Presentation night photos are up"),
    ("2025-11-03", "Canteen roster - volunteers needed"),
    ("2025-12-08", "Christmas sausage sizzle this Saturday"),
    ("2026-01-19", "Pre-season training starts 3 Feb"),
    ("2026-02-09", "Jersey sizing night - Wed 6pm"),
    ("2026-03-02", "Sponsors wanted for 2026 - can you help?"),
]
for i, (day, subj) in enumerate(_DRAGONS):
    MAIL.append(
        m(
            f"8814{i:02d}",
            f"{day} 20:{10 + i:02d}",
            "Dulwich Hill Dragons JRLFC <news@dhdragons.com.au>",
            subj,
            N,
            text=f"Hi Dragons families,\n\n{subj}. More details on the club website and the TeamApp.\n\nGo the Dragons!",
        )
    )

_SPOTIFY = [
    ("2025-10-19", "Your Daily Mix is fresh"),
    ("2025-12-02", "Your 2025 Wrapped is here"),
    ("2026-02-03", "New release from an artist you follow"),
]
for i, (day, subj) in enumerate(_SPOTIFY):
    MAIL.append(
        m(
            f"8815{i:02d}",
            f"{day} 18:00",
            "Spotify <no-reply@spotify.com>",
            subj,
            N,
            html=f"<html><body><p>{subj}. Listen now on Spotify.</p></body></html>",
        )
    )

_SCHOOL = [
    ("2025-10-14", "Term 4 newsletter - Week 2"),
    ("2025-10-28", "Term 4 newsletter - Week 4"),
    ("2025-11-11", "Remembrance Day assembly and Week 6 news"),
    ("2025-11-25", "Term 4 newsletter - Week 8"),
    ("2025-12-09", "End of year concert and reports"),
    ("2026-02-03", "Welcome back! Term 1 Week 1"),
    ("2026-02-17", "Swimming carnival and Week 3 news"),
    ("2026-03-03", "Parent-teacher interviews - book now"),
    ("2026-03-17", "Term 1 newsletter - Week 7"),
]
for i, (day, subj) in enumerate(_SCHOOL):
    MAIL.append(
        m(
            f"8816{i:02d}",
            f"{day} 15:{20 + i:02d}",
            "Dulwich Hill Public School <dulwichhill-p.school@det.nsw.edu.au>",
            subj,
            N,
            text=f"Dear parents and carers,\n\n{subj}. Please read the attached newsletter and check the Compass app for permission notes.\n\nPrincipal",
        )
    )

_WOOLIES = [
    ("2025-10-12", "$187.40"),
    ("2025-11-02", "$203.15"),
    ("2025-11-23", "$176.90"),
    ("2025-12-21", "$312.55"),
    ("2026-01-18", "$191.05"),
    ("2026-02-08", "$205.70"),
    ("2026-03-08", "$198.35"),
]
for i, (day, amt) in enumerate(_WOOLIES):
    MAIL.append(
        m(
            f"8817{i:02d}",
            f"{day} 11:{30 + i:02d}",
            "Woolworths <orders@woolworths.com.au>",
            f"Your order is on its way - {amt}",
            N,
            html=f"<html><body><p>Hi Lachlan, your delivery order totalling <b>{amt}</b> will arrive between 2pm and 4pm today.</p></body></html>",
        )
    )

MAIL += [
    m(
        "882001",
        "2025-10-23 14:02",
        "Nina Castellano <nina@sitediaries.fm>",
        "Podcast invite - Site Diaries",
        N,
        text=(
            "Hi Lachlan,\n\nI host Site Diaries, a podcast for people who build things. Sandra Oyelaran suggested you - we'd love to interview you about delivering "
            "the Pellmore bridge replacements under traffic. 45 minutes, recorded remotely, no prep needed. Any chance in the next few weeks?\n\nNina"
        ),
    ),
    m(
        "882002",
        "2025-11-06 09:12",
        "Nina Castellano <nina@sitediaries.fm>",
        "Recording: Site Diaries x Lachlan",
        N,
        text="Locked in! Calendar invite attached - we'll record on Riverside. Just a decent mic and headphones.",
        ics={
            "uid": "sitediaries-ep62@sitediaries.fm",
            "start": "2025-11-13 16:00:00 +1100",
            "summary": "Site Diaries podcast recording - Lachlan Mercer-Doyle",
            "organizer": ("Nina Castellano", "nina@sitediaries.fm"),
            "minutes": 60,
            "style": "google",
            "location": "https://riverside.fm/studio/site-diaries",
        },
    ),
    m(
        "882003",
        "2025-12-11 07:00",
        "Nina Castellano <nina@sitediaries.fm>",
        "Your episode is live!",
        N,
        text="Hi Lachlan, episode 62 is out today: 'Bridges under traffic with Lachlan Mercer-Doyle'. Thanks again for a great interview - share away!",
    ),
    m(
        "882004",
        "2025-11-01 10:30",
        "OOSH Dulwich Hill <enrolments@dhoosh.org.au>",
        "Vacation care application received",
        N,
        text="Dear Lachlan and Hannah,\n\nThank you for your vacation care application for Oscar and Ruby (Summer 2025-26). Bookings are confirmed in order of receipt; we'll email your outcome by 28 November.\n\nDH OOSH",
    ),
    m(
        "882005",
        "2025-11-26 16:10",
        "OOSH Dulwich Hill <enrolments@dhoosh.org.au>",
        "Vacation care - your bookings are confirmed",
        N,
        text="Good news! Oscar and Ruby are booked for 12 days of vacation care. Your CCS will be applied. See you in January.",
    ),
    m(
        "882006",
        "2025-10-30 11:20",
        "Australian Passport Office <noreply@passports.gov.au>",
        "Passport application received",
        N,
        text="Your passport application for RUBY MERCER-DOYLE has been received and is being processed. Standard processing time is up to 6 weeks.",
    ),
    m(
        "882007",
        "2025-12-05 12:05",
        "Australian Passport Office <noreply@passports.gov.au>",
        "Your passport has been dispatched",
        N,
        text="The passport for RUBY MERCER-DOYLE has been printed and dispatched by registered post.",
    ),
    m(
        "882008",
        "2025-12-20 08:00",
        "Service NSW <noreply@service.nsw.gov.au>",
        "Your vehicle registration is due",
        N,
        text="Hi Lachlan, registration for CJ 44 RT (Ford Ranger) expires on 17 January 2026. Your eSafety check has been received. Renew online.",
    ),
    m(
        "882009",
        "2025-11-30 09:00",
        "Linkt <noreply@linkt.com.au>",
        "Your Linkt statement is available",
        N,
        text="Hi Lachlan, your November statement is ready. Trips: 34. Total: $212.48 (M4, M8, WestConnex). Auto top-up active.",
    ),
    m(
        "882010",
        "2026-01-31 09:00",
        "Linkt <noreply@linkt.com.au>",
        "Your Linkt statement is available",
        N,
        text="Hi Lachlan, your January statement is ready. Trips: 18. Total: $97.30.",
    ),
    m(
        "882011",
        "2025-10-18 13:33",
        "Telstra <noreply@telstra.com>",
        "An offer just for you, Lachlan",
        N,
        html="<html><body><h2>Upgrade offer</h2><p>Get the new phone on a 24-month plan and save $200. Offer ends soon.</p></body></html>",
    ),
    m(
        "882012",
        "2025-11-15 08:00",
        "Telstra <noreply@telstra.com>",
        "Your Telstra bill",
        N,
        text="Hi Lachlan, your bill of $139.00 for account 2201 889 412 is due 2 December. Direct debit will apply.",
    ),
    m(
        "882013",
        "2026-02-15 08:00",
        "Telstra <noreply@telstra.com>",
        "Your Telstra bill",
        N,
        text="Hi Lachlan, your bill of $139.00 for account 2201 889 412 is due 4 March. Direct debit will apply.",
    ),
    m(
        "882014",
        "2025-12-14 15:00",
        "Hannah Mercer-Doyle <hannahmd@outlook.com.au>",
        "RE: my job",
        N,
        text=(
            "Hey - so I spoke to Fiona and they want me to step up to practice manager from Feb. More money, more admin. I said I'd think about it over "
            "Christmas. Let's talk tonight? Also don't forget Oscar's concert Tuesday.\n\nH x"
        ),
    ),
    m(
        "882015",
        "2026-01-10 19:31",
        "Dom Kalogeropoulos <domk82@gmail.com>",
        "new gig",
        N,
        text=(
            "Big news, I'm finally leaving the subbie - starting as estimating manager at a fitout mob in Alexandria in March. Interview was the easiest I've "
            "ever had, they basically offered me on the spot. Drinks on me next week."
        ),
    ),
    m(
        "882016",
        "2025-12-22 18:20",
        "Priya Nadarajah <priya.nadarajah@yahoo.com.au>",
        "GOT IT",
        N,
        text="I got the head of nursing job!!!! Start in Feb. Still in shock. Merry Christmas to you all - and your turn is next, I can feel it.",
    ),
    m(
        "882017",
        "2025-10-25 09:00",
        "Anytime Fitness Marrickville <marrickville@anytimefitness.com.au>",
        "Welcome! Your membership application is approved",
        N,
        text="Hi Lachlan, welcome to Anytime Fitness Marrickville. Your key fob is ready at the desk. First PT session is on us.",
    ),
    m(
        "882018",
        "2026-02-02 09:00",
        "Anytime Fitness Marrickville <marrickville@anytimefitness.com.au>",
        "Your fortnightly payment was successful",
        N,
        text="Hi Lachlan, your payment of $36.95 was processed. Keep up the good work!",
    ),
    m(
        "882019",
        "2025-11-29 10:00",
        "NRL Tipping <noreply@nrltipping.example.com.au>",
        "Dragons parents' footy tipping - 2026 comp is open",
        N,
        text="Mel has invited you to join 'Dragons Parents 2026' on NRL Tipping. Round 1 lockout is 5 March.",
    ),
    m(
        "882020",
        "2026-01-25 16:45",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - Kiama, 30 Jan - 2 Feb",
        N,
        text="Your reservation is confirmed. You're going to Kiama! Check-in Friday 30 January after 3pm. Host: Leanne.",
    ),
    m(
        "882021",
        "2026-01-07 13:10",
        "Medicare <noreply@servicesaustralia.gov.au>",
        "Your Medicare claim has been paid",
        N,
        text="A Medicare benefit of $42.85 has been paid to your nominated bank account for a claim dated 5 January 2026.",
    ),
    m(
        "882022",
        "2025-11-19 10:00",
        "UNSW Canberra Professional Education <pe@unsw.edu.au>",
        "Your enrolment application: Contract Management Short Course",
        N,
        text="Dear Lachlan,\n\nThank you for your application to enrol in 'Advanced Contract Management (NEC and AS4000)', starting 9 February. Your place is confirmed on payment of the invoice.",
    ),
    m(
        "882023",
        "2026-03-20 17:30",
        "Megan Tuilagi <megan.tuilagi@harbourstone.com.au>",
        "Friday drinks - Parramatta office",
        N,
        text="Hi all, welcome drinks for our March starters (Lachlan, Aisha, Tom) this Friday from 4:30 at the Roxy. See you there!",
    ),
    m(
        "882024",
        "2026-03-16 08:05",
        "Harbourstone IT <servicedesk@harbourstoneholdings.com.au>",
        "Your password will expire in 7 days",
        N,
        text="Hi Lachlan, your Harbourstone network password expires in 7 days. Change it in the self-service portal.",
    ),
    m(
        "882025",
        "2025-12-28 12:00",
        "Bunnings <receipts@bunnings.com.au>",
        "Your Bunnings eReceipt",
        N,
        text="Thanks for shopping at Bunnings Marrickville. Total $86.40. Items: 3x garden stakes, potting mix, hose fitting, sausage (donation).",
    ),
    m(
        "882026",
        "2026-03-25 19:02",
        "Dom Kalogeropoulos <domk82@gmail.com>",
        "Re: first month",
        N,
        text="Haha told you you'd be fine. My first week at the new place has been chaos - three tenders due Friday. Catch up at the footy Sunday?",
    ),
]
