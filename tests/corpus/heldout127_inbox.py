# ruff: noqa: E501, RUF100
"""Corpus 127, the ordinary inbox part one (data only): see heldout127.py.

Bills, Revenue, An Post, the flat hunt on Daft.ie, the credit union loan, a credit card, a
part-time course, marketing "offers" and newsletters."""

from __future__ import annotations

from typing import Any

from heldout127_jobs import N, ics, m, thread

_BGE_FOOTER = """
Bord Gáis Energy Limited, One Warrington Place, Dublin 2, D02 HH27. Registered in Ireland No. 463078.
Manage your account at www.bordgaisenergy.ie/myaccount. Please do not reply to this email."""


def _bge_bill(key: str, when: str, period: str, amount: str, due: str) -> dict[str, Any]:
    return m(
        key,
        when,
        "Bord Gáis Energy <noreply@bordgaisenergy.ie>",
        "Your Bord Gáis Energy bill is ready",
        N(),
        text=f"""Hi Clodagh,

Your latest bill for account ending 4471-2 is now ready to view in your online account.

Billing period: {period}
Amount due: €{amount}
Due date: {due} (paid by Direct Debit)

View your bill: https://www.bordgaisenergy.ie/myaccount/bills

Did you know? You can submit a meter reading in the app to make sure your bill is accurate.
{_BGE_FOOTER}
""",
    )


_REV_FOOTER = """
This is an automated notification from Revenue. For security reasons, Revenue will never send you
a link to log in or ask for your bank details by email or text message. Log in directly at
www.revenue.ie.

Revenue – Irish Tax and Customs"""

_DAFT_IONA = m(
    "df1e",
    "2025-09-06 11:32",
    "Daft.ie <noreply@daft.ie>",
    "Your message has been sent to Kavanagh Lettings",
    N(),
    text="""Hi Clodagh,

Your message about the property below has been sent to the advertiser.

Apartment 3, 14 Iona Road, Glasnevin, Dublin 9
€2,150 per month · 2 bed · 1 bath · Apartment

Your message:
"Hi, I'm a professional working in Park West, non-smoker, looking to move in October. Would it be
possible to view the apartment? Thanks, Clodagh"

Advertisers usually reply within 48 hours. Good luck!

Daft.ie – Ireland's largest property website
""",
)

_DAFT_VIEW = m(
    "df2v",
    "2025-09-08 16:05",
    "Kavanagh Lettings <lettings@kavanaghlettings.example>",
    "RE: Apartment 3, 14 Iona Road – viewing",
    N(),
    text="""Hi Clodagh,

Thank you for your enquiry. We are holding a viewing for this property on Thursday 11th September
from 6.00pm to 6.30pm. I've sent a calendar invite; please bring photo ID.

If you would like to apply after the viewing, please complete the application form at the link
below and have two references, your last three payslips and an employer reference ready.

https://www.kavanaghlettings.example/apply/iona-road-3

Kind regards,
Lorraine
Kavanagh Lettings | PSRA Licence No. 004417
""",
    ics=ics(
        "kl-viewing-iona3-20250911@kavanaghlettings.example",
        "2025-09-11 18:00",
        "Viewing – Apt 3, 14 Iona Road, Glasnevin",
        ("Kavanagh Lettings", "lettings@kavanaghlettings.example"),
        minutes=30,
        location="14 Iona Road, Glasnevin, Dublin 9",
    ),
    **thread(_DAFT_IONA),
)

_LL_FIRST = m(
    "df7l",
    "2025-10-14 21:16",
    "Martin Deegan <mdeegan1962@eircom.net>",
    "Re: Daft.ie ad – 1 bed apartment Phibsborough",
    N(),
    text="""Hello Clodagh

Yes its still available. I can show it to you Saturday at 11 if that suits, I'll be there doing
a few bits anyway. The rent is 1750 incl bin charges. No HAP unfortunately.

Martin
""",
)

_CC_APP = m(
    "cc1a",
    "2025-10-20 19:48",
    "Cuan Bank Cards <cards@cuanbank.example>",
    "We've received your credit card application",
    N(),
    text="""Dear Ms Moynihan,

Thank you for applying for a Cuan Bank Everyday Credit Card. Your application reference is
CC-2025-1044871.

We aim to give you a decision within 5 working days. We may contact you if we need any further
information, such as proof of income.

Cuan Bank DAC is regulated by the Central Bank of Ireland.
""",
)

_CU_APP = m(
    "cu1a",
    "2025-09-26 13:12",
    "Phibsborough & District Credit Union <loans@phibsboroughcu.example>",
    "Loan Application Received – Ref L-88214",
    N(),
    text="""Dear Clodagh,

Thank you for your online loan application.

  Loan purpose: Car purchase
  Amount requested: €14,000
  Term requested: 48 months

A member of our lending team will review your application and be in touch within 2 working days.
Please note that we may require supporting documents.

Phibsborough & District Credit Union Limited is regulated by the Central Bank of Ireland.
""",
)

_COURSE_APP = m(
    "co1a",
    "2025-11-14 10:22",
    "DSRS Admissions <admissions@dsrs.example>",
    "Application received – Professional Certificate in Medical Device Regulation",
    N(),
    text="""Dear Clodagh,

Thank you for your application to the Professional Certificate in Medical Device Regulation
(part-time, online, starting February 2026). Your application number is PCMDR-26-0317.

Applications are assessed on a rolling basis. Suitable applicants will be invited to a short
admissions interview with the programme director.

Kind regards,
Admissions Office
Dublin School of Regulatory Science
""",
)

MAIL: list[dict[str, Any]] = [
    # --- Revenue ---
    m(
        "rv1c",
        "2025-09-04 14:20",
        "Revenue <no-reply@revenue.ie>",
        "myAccount: Rent Tax Credit claim received",
        N(),
        text=f"""Dear Clodagh Moynihan,

Your claim for Rent Tax Credit for the year 2025 has been received. You can view the details of
your claim by logging in to myAccount and selecting "Review your tax" under PAYE Services.

Your tax credits will be updated and your employer will be notified of any change.
{_REV_FOOTER}
""",
    ),
    m(
        "rv2d",
        "2025-10-09 09:02",
        "Revenue <no-reply@revenue.ie>",
        "You have a new document in myDocuments",
        N(),
        text=f"""Dear Clodagh Moynihan,

A new document has been placed in your myDocuments in myAccount. Please log in to view it.
{_REV_FOOTER}
""",
    ),
    m(
        "rv3t",
        "2025-12-18 06:40",
        "Revenue <no-reply@revenue.ie>",
        "Your 2026 Tax Credit Certificate is available",
        N(),
        text=f"""Dear Clodagh Moynihan,

Your Tax Credit Certificate for 2026 is now available to view in myAccount. Your employer has
also been notified of your tax credits and rate band for 2026.

Please check that the information is correct, in particular if you have changed job or
expect to change employer during the year.
{_REV_FOOTER}
""",
    ),
    m(
        "rv4p",
        "2026-01-06 07:12",
        "Revenue <no-reply@revenue.ie>",
        "Preliminary End of Year Statement 2025",
        N(),
        text=f"""Dear Clodagh Moynihan,

Your Preliminary End of Year Statement for 2025 is now available in myAccount. It shows your pay,
tax, USC and PRSI as reported by your employer(s) for 2025.

You may be due a refund if you have, for example, medical expenses, rent, or a remote-working
expense to claim. You can complete your Income Tax Return through PAYE Services.
{_REV_FOOTER}
""",
    ),
    m(
        "rv5e",
        "2026-02-10 11:48",
        "Revenue <no-reply@revenue.ie>",
        "Revenue has replied to your myEnquiries query",
        N(),
        text=f"""Dear Clodagh Moynihan,

Revenue has responded to your enquiry reference 0077412365A (Subject: Medical expenses – 2025).
Please log in to myAccount and select myEnquiries to read the reply.
{_REV_FOOTER}
""",
    ),
    # --- Bord Gáis Energy ---
    _bge_bill("bg01", "2025-09-12 06:05", "12 Jul – 10 Sep 2025", "118.42", "26 Sep 2025"),
    m(
        "bg02",
        "2025-10-01 10:30",
        "Bord Gáis Energy <noreply@bordgaisenergy.ie>",
        "Important information about your account",
        N(),
        text=f"""Hi Clodagh,

From 1 November 2025, there will be a change to the unit rate for your electricity plan. Your new
unit rate will be 36.12c per kWh (incl. VAT). Your standing charge remains unchanged.

You don't need to do anything. If you'd like to review your plan, visit our website or call us on
1850 632 632.
{_BGE_FOOTER}
""",
    ),
    m(
        "bg03",
        "2025-10-29 17:55",
        "Bord Gáis Energy <noreply@bordgaisenergy.ie>",
        "Moving home? We've got you covered",
        N(),
        text=f"""Hi Clodagh,

Thanks for letting us know you're moving on 8 November. Your final meter reading for 41 Cabra Road
will be taken on the day, and your account for 3A Leinster Street North will start the same day.

Remember to take a photo of your meters when you get the keys.
{_BGE_FOOTER}
""",
    ),
    _bge_bill("bg04", "2025-11-12 06:03", "11 Sep – 8 Nov 2025 (final)", "96.10", "27 Nov 2025"),
    _bge_bill(
        "bg06",
        "2025-12-11 06:04",
        "8 Nov – 9 Dec 2025 (Leinster Street North)",
        "71.35",
        "29 Dec 2025",
    ),
    _bge_bill("bg05", "2026-01-13 06:11", "8 Nov 2025 – 9 Jan 2026", "203.77", "28 Jan 2026"),
    # --- eir ---
    m(
        "ei01",
        "2025-09-20 08:15",
        "eir <noreply@eir.ie>",
        "Your eir bill is ready",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Clodagh,</p>
<p>Your eir bill for account 1002778841 is ready. Amount due: <b>€64.99</b>, to be collected by
Direct Debit on or after 3 October 2025.</p>
<p><a href="https://my.eir.ie/bills">View your bill in my eir</a></p>
<p style="font-size:11px">eircom Limited, 2022 Bianconi Avenue, Citywest Business Campus, Dublin 24.</p>
</body></html>""",
    ),
    m(
        "ei02",
        "2025-10-23 12:00",
        "eir <offers@email.eir.ie>",
        "Clodagh, an exclusive offer just for you",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#6a2ed8">Upgrade to 1Gb fibre for €5 extra a month</h1>
<p>Hi Clodagh, as a valued eir customer you can upgrade to our fastest broadband for just €5 a
month more for 12 months. Offer ends 31 October.</p>
<p><a href="https://www.eir.ie/offers/upgrade?cid=em_oct25">Claim my offer</a></p>
<p style="font-size:11px">Terms and conditions apply. <a href="https://www.eir.ie/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.eir.ie/unsubscribe>"},
    ),
    m(
        "ei03",
        "2025-11-05 15:42",
        "eir <noreply@eir.ie>",
        "Your broadband move is booked",
        N(),
        text="""Hi Clodagh,

Your broadband move to 3A Leinster Street North, Phibsborough, Dublin 7 is booked. An engineer
will visit on Monday 10 November between 8am and 1pm.

Order reference: MOV-5512097

eir
""",
    ),
    m(
        "ei04",
        "2026-01-20 08:11",
        "eir <noreply@eir.ie>",
        "Your eir bill is ready",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Clodagh,</p>
<p>Your eir bill for account 1002778841 is ready. Amount due: <b>€69.99</b>, to be collected by
Direct Debit on or after 2 February 2026.</p>
<p><a href="https://my.eir.ie/bills">View your bill in my eir</a></p>
</body></html>""",
    ),
    # --- An Post ---
    m(
        "ap01",
        "2025-09-16 10:02",
        "An Post <noreply@anpost.ie>",
        "Your parcel is on its way",
        N(),
        text="""Hi Clodagh,

Good news – your parcel from ZALANDO is on its way and will be delivered today.

Tracking number: CE 443 129 077 IE
Estimated delivery: 16 September, 12:00 – 16:00

Not going to be home? Redirect to a Post Office or leave in a safe place:
https://www.anpost.com/Post-Parcels/Track

An Post
""",
    ),
    m(
        "ap02",
        "2025-10-24 15:31",
        "An Post <noreply@anpost.ie>",
        "Sorry we missed you",
        N(),
        text="""Hi Clodagh,

We tried to deliver your parcel CE 449 801 662 IE today but nobody was available to take it.

It will be available for collection from Phibsborough Post Office from 12:00 tomorrow. Please
bring photo ID and this tracking number. You can also reschedule delivery online.

An Post
""",
    ),
    m(
        "ap03",
        "2025-11-28 09:40",
        "An Post <noreply@anpost.ie>",
        "Your parcel is on its way",
        N(),
        text="""Hi Clodagh,

Good news – your parcel from Eason is on its way and will be delivered tomorrow.

Tracking number: CE 458 330 915 IE

An Post
""",
    ),
    m(
        "ap04",
        "2025-12-03 11:00",
        "An Post <news@email.anpost.ie>",
        "Christmas posting dates 2025 – don't miss them!",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#004d44">
<h2>Get your cards and parcels on their way in time for Christmas</h2>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Ireland</td><td>Tuesday 16 December</td></tr>
<tr><td>Great Britain</td><td>Friday 12 December</td></tr>
<tr><td>Rest of Europe</td><td>Wednesday 10 December</td></tr>
<tr><td>USA &amp; Canada</td><td>Friday 5 December</td></tr>
</table>
<p>Plus: an exclusive offer – 20% off An Post Insurance home cover for new customers.</p>
<p><a href="https://www.anpost.com/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.anpost.com/unsubscribe>"},
    ),
    # --- Daft.ie and the flat hunt ---
    _DAFT_IONA,
    _DAFT_VIEW,
    m(
        "df3a",
        "2025-09-15 12:47",
        "Kavanagh Lettings <lettings@kavanaghlettings.example>",
        "Application received – Apt 3, 14 Iona Road",
        N(),
        text="""Dear Clodagh,

Thank you for your application for Apartment 3, 14 Iona Road. We have received your completed
application form, references and payslips.

We are reviewing all applications with the landlord this week and will be in touch by Friday.

Kind regards,
Lorraine Kavanagh
Kavanagh Lettings
""",
    ),
    m(
        "df4r",
        "2025-09-24 17:20",
        "Kavanagh Lettings <lettings@kavanaghlettings.example>",
        "Update on your application",
        N(),
        text="""Dear Clodagh,

Thank you for your interest in Apartment 3, 14 Iona Road and for attending the viewing.

We received a very high number of applications for this property. Unfortunately, on this occasion
the landlord has decided to proceed with another applicant.

We will keep your details on file and let you know of suitable properties as they come to the
market.

Kind regards,
Lorraine Kavanagh
Kavanagh Lettings
""",
    ),
    m(
        "df5s",
        "2025-10-04 08:00",
        "Daft.ie <alerts@daft.ie>",
        "12 new properties match your saved search",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Clodagh, here are new properties for <b>Residential to Rent: Dublin 7 / Dublin 9, up to €2,200</b>:</p>
<ul>
<li>1 bed apartment, Phibsborough, Dublin 7 – €1,750</li>
<li>2 bed apartment, Drumcondra, Dublin 9 – €2,195</li>
<li>Studio, Stoneybatter, Dublin 7 – €1,400</li>
</ul>
<p><a href="https://www.daft.ie/saved-searches">See all 12 properties</a></p>
<p style="font-size:11px">You can change how often you receive these alerts in your account.</p>
</body></html>""",
    ),
    _LL_FIRST,
    m(
        "df8o",
        "2025-10-20 20:33",
        "Martin Deegan <mdeegan1962@eircom.net>",
        "Re: Daft.ie ad – 1 bed apartment Phibsborough",
        N(),
        text="""Hello Clodagh

Good news, I'm happy to offer you the apartment. I got your references and they were fine. If you
can transfer the deposit of 1750 and the first month to the account below we can sign the lease
on the 8th Nov when you get the keys. I'll register the tenancy with the RTB.

AIB  IBAN IE29 AIBK 9311 5212 3456 78

Regards
Martin
""",
        **thread(_LL_FIRST),
    ),
    m(
        "df9t",
        "2025-11-20 10:15",
        "Residential Tenancies Board <noreply@rtb.ie>",
        "Tenancy registration – notification to tenant",
        N(),
        text="""Dear Clodagh Moynihan,

A tenancy has been registered with the Residential Tenancies Board at the following address:

  3A Leinster Street North, Phibsborough, Dublin 7
  Tenancy start date: 08/11/2025
  Registration number: RT0085521447

As a tenant you have rights and obligations under the Residential Tenancies Acts. Information is
available at www.rtb.ie.

Residential Tenancies Board
""",
    ),
    # --- Credit union car loan ---
    _CU_APP,
    m(
        "cu2d",
        "2025-09-29 11:05",
        "Niall Fagan <niall.fagan@phibsboroughcu.example>",
        "RE: Loan Application Received – Ref L-88214",
        N(),
        text="""Hi Clodagh,

Thanks for your application. To complete our assessment, could you send in:

  - your last 3 months' bank statements
  - your two most recent payslips
  - a quote or sale agreement for the car

You can upload them securely through the member portal or drop them into the office on the
Phibsborough Road.

Regards,
Niall Fagan
Lending Officer
""",
        **thread(_CU_APP),
    ),
    m(
        "cu3o",
        "2025-10-03 15:22",
        "Phibsborough & District Credit Union <loans@phibsboroughcu.example>",
        "Good news – your loan has been approved",
        N(),
        text="""Dear Clodagh,

We are pleased to let you know that your loan application L-88214 has been approved.

  Amount: €14,000
  Term: 48 months
  Rate: 7.5% (APR 7.76%)
  Monthly repayment: €338.42

Please log in to the member portal to review and e-sign your credit agreement. Funds will be
transferred to your nominated account once the agreement has been signed.

Warning: if you do not meet the repayments on your credit agreement, your account will go into
arrears. This may affect your credit rating, which may limit your ability to access credit in the
future.
""",
    ),
    m(
        "cu4f",
        "2025-10-06 09:44",
        "Phibsborough & District Credit Union <loans@phibsboroughcu.example>",
        "Loan funds transferred",
        N(),
        text="""Dear Clodagh,

Your loan of €14,000 has been transferred to your account ending 3381. Your first repayment will
be collected on 31 October 2025.

Thank you for choosing your credit union.
""",
    ),
    # --- Credit card ---
    _CC_APP,
    m(
        "cc2d",
        "2025-10-27 13:30",
        "Cuan Bank Cards <cards@cuanbank.example>",
        "An update on your application CC-2025-1044871",
        N(),
        text="""Dear Ms Moynihan,

Thank you for your recent application for a Cuan Bank Everyday Credit Card.

We have carefully considered your application and regret that we are unable to approve it at this
time. This decision was based on our lending criteria and information from the Central Credit
Register, including a recent loan drawdown.

You can request a copy of your credit report free of charge from www.centralcreditregister.ie.

Cuan Bank DAC is regulated by the Central Bank of Ireland.
""",
        **thread(_CC_APP),
    ),
    # --- part-time course (an admissions interview and an offer of a place) ---
    _COURSE_APP,
    m(
        "co2i",
        "2025-11-21 14:08",
        "Dr Aoibheann Cronin <a.cronin@dsrs.example>",
        "Admissions interview – PCMDR",
        N(),
        text="""Dear Clodagh,

Thank you for your application to the Professional Certificate in Medical Device Regulation. I'd
like to invite you to a brief admissions interview (15 minutes, Zoom) on Wednesday 26 November at
12:30 to talk about your background and what you hope to get from the programme.

A calendar invitation is attached.

Best wishes,
Dr Aoibheann Cronin
Programme Director, Dublin School of Regulatory Science
""",
        ics=ics(
            "dsrs-pcmdr-adm-0317@dsrs.example",
            "2025-11-26 12:30",
            "PCMDR admissions interview – Clodagh Moynihan",
            ("Aoibheann Cronin", "a.cronin@dsrs.example"),
            minutes=15,
            location="https://dsrs.zoom.us/j/83310245561",
        ),
        **thread(_COURSE_APP),
    ),
    m(
        "co3o",
        "2025-12-05 16:50",
        "DSRS Admissions <admissions@dsrs.example>",
        "Offer of a place – Professional Certificate in Medical Device Regulation",
        N(),
        text="""Dear Clodagh,

Congratulations! We are delighted to offer you a place on the Professional Certificate in Medical
Device Regulation, commencing on 9 February 2026.

To accept your offer, please log in to the applicant portal and pay the deposit of €500 by
19 December 2025. The balance of the fee (€2,450) is due before the start of the programme.
Many employers support participation; a letter for your employer is available in the portal.

We look forward to welcoming you.

Admissions Office
Dublin School of Regulatory Science
""",
    ),
    m(
        "co4r",
        "2025-12-15 09:30",
        "DSRS Admissions <admissions@dsrs.example>",
        "Reminder: accept your offer by 19 December",
        N(),
        text="""Dear Clodagh,

This is a friendly reminder that your offer of a place on the Professional Certificate in
Medical Device Regulation will lapse if not accepted by Friday 19 December 2025.

Accept now: https://apply.dsrs.example/offers/PCMDR-26-0317

Admissions Office
""",
    ),
    # --- banking ---
    m(
        "rb01",
        "2025-10-01 05:30",
        "Revolut <no-reply@revolut.com>",
        "Your September statement is ready",
        N(),
        text="""Hi Clodagh,

Your monthly statement for September 2025 is now available in the app under Accounts >
Statements.

Revolut Bank UAB, Irish branch
""",
    ),
    m(
        "rb02",
        "2026-01-02 05:31",
        "Revolut <no-reply@revolut.com>",
        "Your 2025 in review",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2>Clodagh, your 2025 on Revolut</h2>
<p>You made 412 card payments, visited 6 countries and your top merchant was Tesco. You saved
€2,340 in your Savings Vault.</p>
<p><a href="https://www.revolut.com/wrapped">See your full year</a></p>
</body></html>""",
    ),
    # --- marketing "offers" ---
    m(
        "mk01",
        "2025-09-09 11:00",
        "Aer Lingus <aerlingus@email.aerlingus.com>",
        "Autumn sale: fares from €29.99 one way",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#006272">
<h1>Autumn is calling</h1>
<p>Escape to Lisbon, Barcelona or Rome with fares from <b>€29.99</b> one way, including taxes and
charges. Book by Sunday 14 September.</p>
<p><a href="https://www.aerlingus.com/deals?utm_source=email">Book now</a></p>
<p style="font-size:10px">Fares are one way and subject to availability. <a href="https://www.aerlingus.com/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.aerlingus.com/unsubscribe>"},
    ),
    m(
        "mk02",
        "2025-09-19 07:45",
        "SuperValu Real Rewards <realrewards@supervalu.ie>",
        "Your personalised offers are here, Clodagh",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Clodagh,</p>
<p>This week's personalised offers are loaded on your Real Rewards card:</p>
<ul><li>€5 off when you spend €50</li><li>Double points on Irish beef</li><li>2 for €6 on selected wine</li></ul>
<p>Offers valid until 28 September at your local SuperValu.</p>
<p><a href="https://supervalu.ie/real-rewards/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://supervalu.ie/real-rewards/unsubscribe>"},
    ),
    m(
        "mk03",
        "2025-10-17 18:00",
        "Harvey Norman <news@harveynorman.ie>",
        "0% interest free offer on all beds and mattresses",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2>New home? New bed.</h2>
<p>Enjoy 0% interest free credit over 24 months on all beds and mattresses over €799. Apply in
store or online – approval in minutes.</p>
<p>Representative example: credit amount €1,200, 24 monthly repayments of €50. APR 0%.</p>
<p><a href="https://www.harveynorman.ie/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.harveynorman.ie/unsubscribe>"},
    ),
    m(
        "mk04",
        "2025-11-06 12:15",
        "Boots Ireland <boots@e.boots.ie>",
        "Clodagh, your exclusive Advantage Card offer inside",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Clodagh,</p>
<p>Get <b>4x points</b> on No7 this weekend only – an exclusive offer for Advantage Card members.</p>
<p><a href="https://www.boots.ie/offers">Shop offers</a> · <a href="https://www.boots.ie/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.boots.ie/unsubscribe>"},
    ),
    m(
        "mk05",
        "2025-11-27 06:00",
        "Dunnes Stores <news@dunnesstores.com>",
        "Black Friday offers start NOW",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h1>BLACK FRIDAY</h1>
<p>Up to 50% off homeware, fashion and beauty. In store and online until Monday.</p>
<p><a href="https://www.dunnesstores.com/black-friday">Shop now</a></p>
<p style="font-size:10px"><a href="https://www.dunnesstores.com/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.dunnesstores.com/unsubscribe>"},
    ),
    m(
        "mk06",
        "2025-12-02 13:00",
        "Eason <hello@easons.com>",
        "Members' offer: €10 off when you spend €40",
        N(),
        text="""Hi Clodagh,

As a thank you for being an Eason member, enjoy €10 off when you spend €40 or more on books this
week. Use code XMAS10 online or show this email in store.

Gift ideas: the Irish Book Awards shortlist is here!

Unsubscribe: https://www.easons.com/unsubscribe
""",
        headers={"List-Unsubscribe": "<https://www.easons.com/unsubscribe>"},
    ),
    m(
        "mk07",
        "2025-12-26 08:00",
        "Brown Thomas <news@brownthomas.com>",
        "The Sale starts today",
        N(),
        html="""<html><body style="font-family:Georgia,serif">
<h1>THE SALE</h1>
<p>Up to 50% off selected designer fashion, beauty and home. In store and online from 9am.</p>
<p><a href="https://www.brownthomas.com/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.brownthomas.com/unsubscribe>"},
    ),
    m(
        "mk08",
        "2026-01-21 10:00",
        "Ticketmaster <ticketmaster@email.ticketmaster.ie>",
        "Presale: Lankum – 3Arena, Dublin",
        N(),
        text="""Hi Clodagh,

Because you follow Lankum, you're invited to the presale for their 3Arena show on Saturday
6 June 2026. Presale starts Thursday 22 January at 9am.

Get tickets: https://www.ticketmaster.ie/lankum-tickets

Ticketmaster Ireland
""",
    ),
    m(
        "mk09",
        "2026-01-27 16:25",
        "Laya Healthcare <renewals@layahealthcare.ie>",
        "Your renewal offer is ready",
        N(),
        text="""Dear Clodagh,

Your health insurance policy renews on 1 March 2026. Your renewal quote for the Prime plan is
€1,244.70 for the year (after tax relief at source).

We've also found an offer for you: switch to Prime Plus and get 10% off your first year.

Your renewal documents are available in your online account. If you're happy with your cover, you
don't need to do anything – your policy will renew automatically.

Laya Healthcare
""",
    ),
    m(
        "mk10",
        "2026-02-06 12:00",
        "Aer Lingus <aerlingus@email.aerlingus.com>",
        "Clodagh, we've an offer you'll love",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#006272">
<p>Hi Clodagh,</p>
<p>Save up to 20% on summer holidays to the sun when you book flights and hotel together. Offer ends
Monday.</p>
<p><a href="https://www.aerlingus.com/holidays">Find my holiday</a> · <a href="https://www.aerlingus.com/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.aerlingus.com/unsubscribe>"},
    ),
    m(
        "ei05",
        "2025-11-20 08:09",
        "eir <noreply@eir.ie>",
        "Your eir bill is ready",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Clodagh,</p>
<p>Your eir bill for account 1002778841 is ready. Amount due: <b>€64.99</b>, to be collected by
Direct Debit on or after 3 December 2025. This bill includes a one-off home move charge of €0.00
(waived).</p>
<p><a href="https://my.eir.ie/bills">View your bill in my eir</a></p>
</body></html>""",
    ),
    m(
        "ap05",
        "2026-01-09 13:17",
        "An Post <noreply@anpost.ie>",
        "Your parcel has been delivered",
        N(),
        text="""Hi Clodagh,

Your parcel CE 462 071 553 IE was delivered today at 13:12 and left in your safe place (with
neighbour at No. 3B).

An Post
""",
    ),
    m(
        "rb03",
        "2025-12-01 05:30",
        "Revolut <no-reply@revolut.com>",
        "Your November statement is ready",
        N(),
        text="""Hi Clodagh,

Your monthly statement for November 2025 is now available in the app under Accounts >
Statements.

Revolut Bank UAB, Irish branch
""",
    ),
    m(
        "mk11",
        "2026-01-09 07:45",
        "SuperValu Real Rewards <realrewards@supervalu.ie>",
        "New year, new offers for you",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Clodagh,</p>
<p>Kick off 2026 with personalised offers on your Real Rewards card: 500 bonus points when you spend
€40 on fresh fruit and veg, and €3 off Irish chicken.</p>
<p><a href="https://supervalu.ie/real-rewards/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://supervalu.ie/real-rewards/unsubscribe>"},
    ),
    # --- newsletters and professional mail ---
    m(
        "nl01",
        "2025-09-25 08:00",
        "IRAN Newsletter <news@irishregnet.example>",
        "IRAN Bulletin – September: pharma package, CTIS and our autumn programme",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2>Irish Regulatory Affairs Network – September Bulletin</h2>
<h3>EU pharma package: where are we?</h3>
<p>Trilogue negotiations continue on the revision of the general pharmaceutical legislation. Our
policy group summarises the key positions on regulatory data protection and the new
modulated exclusivity periods.</p>
<h3>Members on the move</h3>
<p>Congratulations to Sorcha Lynch, who has joined a Cork biotech as Head of Regulatory, and to
Barry Kehoe, now Director of Regulatory Operations at a Dublin CRO.</p>
<h3>Autumn programme</h3>
<p>4 November – webinar: Variations Regulation changes in practice<br>
20 November – Cork evening meeting: MDR/IVDR transition, hosted at the Clayton Silver Springs</p>
<p style="font-size:11px">You are receiving this as a member of IRAN. <a href="https://irishregnet.example/unsub">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://irishregnet.example/unsub>"},
    ),
    m(
        "nl02",
        "2025-10-08 07:00",
        "The Irish Times <newsletters@irishtimes.com>",
        "Business Today: ‘We hire for attitude’ – an interview with the head of Ireland's biggest pharma site",
        N(),
        html="""<html><body style="font-family:Georgia,serif">
<h1>Business Today</h1>
<p><b>‘We hire for attitude and train for skill’</b> – In an interview with our Business
Editor, the site leader of one of Ireland's largest pharma plants talks about recruiting 400
people in a tight labour market.</p>
<p><b>Property:</b> Dublin rents rise again, Daft report shows.</p>
<p><b>Markets:</b> Iseq slips as tariff fears weigh on exporters.</p>
<p><a href="https://www.irishtimes.com/newsletters/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.irishtimes.com/newsletters/unsubscribe>"},
    ),
    m(
        "nl03",
        "2025-10-28 12:00",
        "IRAN Events <events@irishregnet.example>",
        "Registration confirmed: Variations Regulation changes in practice (webinar)",
        N(),
        text="""Hi Clodagh,

You're registered for the IRAN webinar "Variations Regulation changes in practice" on Tuesday
4 November 2025, 12:30–13:30. A calendar invitation is attached; the Teams link will be sent the
day before.

Speakers: Dr Ruth Brannigan (independent consultant) and Peadar Healy (regulatory lead,
generics).

IRAN Events
""",
        ics=ics(
            "iran-webinar-20251104@irishregnet.example",
            "2025-11-04 12:30",
            "IRAN webinar: Variations Regulation changes in practice",
            ("IRAN Events", "events@irishregnet.example"),
            location="Microsoft Teams (link to follow)",
        ),
    ),
    m(
        "nl04",
        "2025-11-12 07:00",
        "The Currency <newsletter@thecurrency.news>",
        "The Interview: a biotech founder on raising €40m from Cork",
        N(),
        text="""THE CURRENCY – Wednesday briefing

The Interview: a Cork biotech founder on why she turned down a US acquirer, raising €40m at home
and hiring her first 30 people.

Also today: who is buying the pharma sites the multinationals are selling; a guide to the new
auto-enrolment pension scheme, My Future Fund.

Read online: https://thecurrency.news/briefing
""",
    ),
    m(
        "nl05",
        "2025-12-10 09:00",
        "IRAN Membership <membership@irishregnet.example>",
        "Your IRAN membership renewal for 2026",
        N(),
        text="""Dear Clodagh,

Your membership of the Irish Regulatory Affairs Network expires on 31 December 2025. Renew now for
2026 for €95 (€60 for members in their first five years of practice).

Many employers reimburse professional membership – an invoice in your employer's name is available
on request.

Renew: https://irishregnet.example/renew

IRAN Membership Office
""",
    ),
    m(
        "nl06",
        "2026-02-04 07:00",
        "The Irish Times <newsletters@irishtimes.com>",
        "Business Today: Jobs boost as pharma firm confirms 250 roles for Cork",
        N(),
        html="""<html><body style="font-family:Georgia,serif">
<h1>Business Today</h1>
<p><b>250 jobs for Ringaskiddy:</b> A biologics manufacturer says it will recruit engineers,
scientists and quality staff for its new facility over the next two years.</p>
<p><b>Careers:</b> Should you tell your boss you're interviewing elsewhere?</p>
<p><a href="https://www.irishtimes.com/newsletters/unsubscribe">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.irishtimes.com/newsletters/unsubscribe>"},
    ),
    # --- car and transport ---
    m(
        "tr01",
        "2025-11-18 13:10",
        "Leap Card <noreply@leapcard.ie>",
        "Auto top-up successful",
        N(),
        text="""Hi Clodagh,

Your Leap Card ending 7731 has been topped up by €20.00. The credit will be available the next
time you touch on.

TFI Leap Card
""",
    ),
    m(
        "tr02",
        "2025-12-17 21:40",
        "Iarnród Éireann Irish Rail <bookings@irishrail.ie>",
        "Booking confirmation – Dublin Heuston to Cork Kent",
        N(),
        text="""Booking reference: IR7Q2KXM

Outbound: Tuesday 23 December 2025
  Dublin Heuston 16:00 → Cork Kent 18:35
  Coach C, seat 41 (reserved)

Return: Sunday 28 December 2025
  Cork Kent 15:25 → Dublin Heuston 17:55
  Coach B, seat 12 (reserved)

Total paid: €59.98

Please have your ticket QR code ready for inspection.

Iarnród Éireann Irish Rail
""",
    ),
    m(
        "tr03",
        "2026-01-15 19:02",
        "NCT <noreply@ncts.ie>",
        "NCT Appointment Confirmation",
        N(),
        text="""Dear Clodagh Moynihan,

Your NCT appointment has been booked.

  Vehicle: 191-D-24417
  Centre: Fonthill, Dublin 22
  Date: Tuesday 3 February 2026
  Time: 08:40

Please arrive 10 minutes early and bring your Vehicle Registration Certificate. Remember to
remove any personal items from the boot.

To change or cancel your appointment, visit www.ncts.ie at least 2 working days beforehand.

National Car Testing Service
""",
    ),
    m(
        "tr04",
        "2026-02-03 09:55",
        "NCT <noreply@ncts.ie>",
        "Your NCT result",
        N(),
        text="""Dear Clodagh Moynihan,

Vehicle 191-D-24417 passed its NCT at Fonthill on 03/02/2026. Your NCT certificate will be posted
to you within 10 working days.

Next test due: 02/2028

National Car Testing Service
""",
    ),
    m(
        "tr05",
        "2025-10-30 16:20",
        "motortax.ie <noreply@motortax.ie>",
        "Motor Tax Online – transaction receipt",
        N(),
        text="""Motor Tax Online

Transaction successful.
Vehicle: 191-D-24417
Period: 3 months, November 2025 to January 2026
Amount: €54.00

Your tax disc will be posted to the registered owner within 5 working days.
""",
    ),
    # --- subscriptions ---
    m(
        "su01",
        "2025-10-12 03:14",
        "Netflix <info@account.netflix.com>",
        "Your payment was successful",
        N(),
        text="""Hi Clodagh,

Thanks for your payment of €13.99 for your Netflix Standard plan. Your next billing date is
12 November 2025.

Netflix
""",
    ),
    m(
        "su02",
        "2026-02-12 03:14",
        "Netflix <info@account.netflix.com>",
        "Your payment was successful",
        N(),
        text="""Hi Clodagh,

Thanks for your payment of €14.99 for your Netflix Standard plan. Your next billing date is
12 March 2026.

Netflix
""",
    ),
]
