"""Fourth held-out corpus: application mail and other job mail, mostly in English.

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


ME_ADDR = "priya.raman@grachtpost.nl"

# --- 1 Vandermolen Foods, Supply Chain Analyst (Workday; SHL; interview; rejection) ----------
VDM = ("Vandermolen Foods", "Supply Chain Analyst")

# --- 2 Orveka Logistics, Senior Buyer (Greenhouse; GoodTime; offer; DocuSign) ---------------
ORV = ("Orveka Logistics", "Senior Buyer")
ORV_REC = "Hanna Kowalczyk <hanna.kowalczyk@orveka.example>"

MAIL = [
    # --- 1 Vandermolen Foods
    m(
        "vdm-ack",
        "2025-06-03 09:41",
        "Workday <vandermolen@myworkday.com>",
        "Thank you for applying",
        ("confirmation", *VDM, 1, "workday", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<img src="https://vandermolen.wd3.myworkdayjobs.com/assets/logo.png" alt="Vandermolen Foods"
height="40">
<p>Dear Priya,</p>
<p>Thank you for your interest in joining Vandermolen Foods. We have received your application for
<b>Supply Chain Analyst (R-24817)</b> in Utrecht and our Talent Acquisition team will now review it
against the requirements of the role.</p>
<p>You can follow the status of your application at any time by signing in to your candidate home
on our careers site.</p>
<p>Kind regards,<br>Talent Acquisition<br>Vandermolen Foods</p>
<p style="font-size:11px;color:#888">This mailbox is not monitored. Please do not reply to this
email.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "vdm-shl",
        "2025-06-09 14:02",
        "SHL Assessments <noreply@shl.com>",
        "Vandermolen Foods - Online assessment invitation",
        ("assessment", *VDM, 1, "other", "en"),
        text="""Dear Priya Raman,

As part of your application for the position of Supply Chain Analyst at Vandermolen
Foods, you are invited to complete the following online assessments:

  - Verify Interactive - Numerical Reasoning (approx. 18 minutes)
  - Occupational Personality Questionnaire (approx. 25 minutes)

Please complete both before 16 June 2025, 23:59 CEST.

Start here: https://candidate.shl.com/login?token=7f3a9c21-vdm

Tips: use a laptop or desktop computer, find a quiet place, and make sure you will
not be interrupted. You may use a calculator and scrap paper for the numerical test.

If you require an adjustment because of a disability, contact the recruiter before
starting.

Good luck!
SHL on behalf of Vandermolen Foods

--
SHL, 1 Atwell Place, Thames Ditton, KT7 0NE, United Kingdom
""",
    ),
    m(
        "vdm-int",
        "2025-06-19 11:27",
        "Ruud Hofstede <ruud.hofstede@vandermolenfoods.example>",
        "Invitation: Supply Chain Analyst - first conversation",
        ("interview", *VDM, 1, "direct", "en"),
        text="""Hi Priya,

Your assessment results came back well, so I'd love to get to know you. I have put
a 45-minute video call in for next Wednesday 25 June at 10:00 - the Teams link is
in the invite. Joining from our side will be Femke Aalders, Planning Manager for
the chilled categories.

Nothing to prepare really, but it would help if you could walk us through one
forecasting or S&OP improvement you drove in your current role.

If the slot doesn't work let me know and I'll find another.

Kind regards,
Ruud Hofstede
Talent Acquisition Partner | Vandermolen Foods
Lage Weide, Utrecht
""",
        ics={
            "uid": "vdm-int-0625@vandermolenfoods.example",
            "summary": "Priya Raman <> Vandermolen Foods | Supply Chain Analyst",
            "start": "2025-06-25 10:00:00 +0200",
            "minutes": 45,
            "organizer": ("Ruud Hofstede", "ruud.hofstede@vandermolenfoods.example"),
            "attendees": [("Femke Aalders", "femke.aalders@vandermolenfoods.example")],
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
        },
    ),
    m(
        "vdm-rej",
        "2025-07-08 16:50",
        "Ruud Hofstede <vandermolen@myworkday.com>",
        "Update on your application",
        ("rejection", *VDM, 1, "workday", "en"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Dear Priya,</p>
<p>Thank you again for the time you invested in the Supply Chain Analyst process with us, including
the online assessment and the conversation with Femke and me. We genuinely enjoyed hearing about
your S&amp;OP work, and your structured approach stood out.</p>
<p>It was a close decision, but we have chosen to continue with a candidate whose experience in
fresh-food replenishment is a slightly closer match to what the team needs right now. We will
therefore not be moving your application forward.</p>
<p>We would be glad to see your name again for future vacancies at Vandermolen Foods.</p>
<p>Warm regards,<br>Ruud Hofstede<br>Talent Acquisition Partner</p>
</body></html>""",
    ),
    # --- 2 Orveka Logistics
    m(
        "orv-ack",
        "2025-09-02 20:14",
        "Orveka Logistics <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Orveka Logistics!",
        ("confirmation", *ORV, 2, "greenhouse", "en"),
        text="""Hi Priya,

Thanks for applying for the Senior Buyer role at Orveka! We're a small procurement
team buying for 40+ warehouses across the Benelux, and we read every application
ourselves - no robots here.

If your background looks like a match we'll reach out within two weeks to set up a
first chat. If you don't hear from us, it's not personal - we get a lot of
applications and can't always respond individually.

Cheers,
The Orveka People Team

Orveka Logistics B.V. | Waalhaven Z.z. 21, Rotterdam
""",
    ),
    m(
        "orv-int1",
        "2025-09-10 09:05",
        "Orveka Logistics via GoodTime <scheduling@goodtime.io>",
        "Confirmed: Senior Buyer interview with Orveka Logistics",
        ("interview", *ORV, 2, "other", "en"),
        html="""<html><body>
<div style="font-family:Helvetica,Arial;max-width:560px">
<h2 style="font-weight:normal">You're all set, Priya</h2>
<p>Your interview for <b>Senior Buyer</b> at <b>Orveka Logistics</b> is confirmed.</p>
<table cellpadding="4">
<tr><td>When</td><td>Tuesday, 16 September 2025, 14:00 - 15:00 (CEST)</td></tr>
<tr><td>With</td><td>Joost van Rijn (Head of Procurement), Hanna Kowalczyk (Recruiter)</td></tr>
<tr><td>Where</td><td>Google Meet - link in the calendar invitation</td></tr>
</table>
<p>Need to change the time? <a
href="https://app.goodtime.io/reschedule/orv-88123">Reschedule</a></p>
<p style="color:#999;font-size:11px">Powered by GoodTime</p>
</div></body></html>""",
        ics={
            "uid": "goodtime-orv-88123@goodtime.io",
            "summary": "Interview: Priya Raman - Senior Buyer (Orveka Logistics)",
            "start": "2025-09-16 14:00:00 +0200",
            "organizer": ("Hanna Kowalczyk", "hanna.kowalczyk@orveka.example"),
            "attendees": [("Joost van Rijn", "joost.vanrijn@orveka.example")],
            "location": "https://meet.google.com/qxe-rmhp-tds",
        },
    ),
    m(
        "orv-resched",
        "2025-09-12 17:31",
        ORV_REC,
        "Moving our Tuesday call - Senior Buyer",
        ("interview", *ORV, 2, "direct", "en"),
        text="""Hi Priya,

Apologies for the shuffle - Joost has been pulled into a supplier negotiation in
Antwerp on Tuesday. Could we move to Thursday 18 September, same time (14:00)?
I've sent an updated invite; just accept it if that works, otherwise reply with a
couple of alternatives and I'll make it happen.

Thanks for your flexibility!

Hanna

Hanna Kowalczyk
Talent Partner | Orveka Logistics
+31 10 555 0187
""",
        ics={
            "uid": "goodtime-orv-88123@goodtime.io",
            "summary": "Interview: Priya Raman - Senior Buyer (Orveka Logistics)",
            "start": "2025-09-18 14:00:00 +0200",
            "organizer": ("Hanna Kowalczyk", "hanna.kowalczyk@orveka.example"),
            "attendees": [("Joost van Rijn", "joost.vanrijn@orveka.example")],
            "location": "https://meet.google.com/qxe-rmhp-tds",
            "sequence": 1,
        },
    ),
    m(
        "orv-int2",
        "2025-09-24 10:12",
        ORV_REC,
        "Re: Moving our Tuesday call - Senior Buyer",
        ("interview", *ORV, 2, "direct", "en"),
        text="""Hi Priya,

Great news - Joost really enjoyed Thursday's conversation. Next step is a case
session on site in Rotterdam: you'll get a (fictional) supplier tender for
packaging materials two days in advance and present your recommendation to Joost
and our CFO, Marieke Smulders. Roughly 90 minutes including Q&A.

Would Wednesday 1 October, 10:00 work? Travel costs are of course on us.

Best,
Hanna

On Fri, 12 Sept 2025 at 17:31, Hanna Kowalczyk <hanna.kowalczyk@orveka.example> wrote:
> Hi Priya,
>
> Apologies for the shuffle - Joost has been pulled into a supplier negotiation in
> Antwerp on Tuesday. Could we move to Thursday 18 September, same time (14:00)?
""",
        headers=reply("orv-resched", ORV_REC),
    ),
    m(
        "orv-offer",
        "2025-11-12 18:02",
        ORV_REC,
        "Your offer from Orveka",
        ("offer", *ORV, 2, "direct", "en"),
        text="""Dear Priya,

Thank you for bearing with us while the budget sign-off dragged on - and it's my
absolute pleasure to tell you that we would like you to join Orveka as Senior
Buyer!

As discussed on the phone just now, the headline terms are:
  - Gross annual salary EUR 68,000 (incl. holiday allowance), 13th month
  - 32 vacation days, hybrid (3 days in Rotterdam)
  - Start date: 5 January 2026

Joost and Marieke were very impressed by your tender case - especially your
total-cost-of-ownership view on the corrugated packaging.

The formal offer letter and contract will follow via DocuSign tomorrow. Take a
couple of days to read it and let me know any questions.

Welcome (almost) aboard!
Hanna
""",
        tz="+0100",
    ),
    m(
        "orv-docu-sent",
        "2025-11-13 09:15",
        "Hanna Kowalczyk via DocuSign <dse_NA4@docusign.net>",
        "Please DocuSign: Orveka_Offer_Letter_Priya_Raman.pdf",
        ("offer", *ORV, 2, "docusign", "en"),
        html="""<html><body style="background:#eaeaea">
<table width="640" align="center" style="background:#fff;font-family:Helvetica,Arial">
<tr><td style="background:#1e4ca1;color:#fff;padding:24px">
<p style="font-size:18px">Hanna Kowalczyk sent you a document to review and sign.</p>
<p><a style="background:#ffc820;padding:8px 16px;color:#000"
href="https://na4.docusign.net/Signing/EmailStart.aspx?a=5d1e">REVIEW DOCUMENT</a></p>
</td></tr>
<tr><td style="padding:24px">
<p><b>Hanna Kowalczyk</b><br>hanna.kowalczyk@orveka.example</p>
<p>Hi Priya, please find your offer letter and employment agreement for the Senior Buyer position
attached for signature. Reach out with any questions!</p>
<p style="font-size:11px;color:#666">Do Not Share This Email<br>This email contains a secure link to
DocuSign. Please do not share this email, link, or access code with others.</p>
<p style="font-size:11px;color:#666">About DocuSign<br>Sign documents electronically in just
minutes.
It's safe, secure, and legally binding.</p>
</td></tr></table></body></html>""",
        tz="+0100",
    ),
    m(
        "orv-docu-done",
        "2025-11-14 12:40",
        "DocuSign <dse_NA4@docusign.net>",
        "Completed: Orveka_Offer_Letter_Priya_Raman.pdf",
        ("offer", *ORV, 2, "docusign", "en"),
        html="""<html><body style="background:#eaeaea">
<table width="640" align="center" style="background:#fff;font-family:Helvetica,Arial">
<tr><td style="background:#1e4ca1;color:#fff;padding:24px">
<p style="font-size:18px">Your document has been completed</p>
<p><a style="background:#ffc820;padding:8px 16px;color:#000"
href="https://na4.docusign.net/Member/EmailStart.aspx?m=9a2f">VIEW COMPLETED DOCUMENT</a></p>
</td></tr>
<tr><td style="padding:24px">
<p>All parties have completed Orveka_Offer_Letter_Priya_Raman.pdf.</p>
<p style="font-size:11px;color:#666">Powered by DocuSign</p>
</td></tr></table></body></html>""",
        st="accepted",
        tz="+0100",
    ),
    m(
        "orv-bgcheck",
        "2025-11-17 08:30",
        ORV_REC,
        "Next steps before your start - screening & paperwork",
        ("other_job", "Orveka Logistics", "Senior Buyer", None, "direct", "en"),
        text="""Hi Priya,

Thanks for sending back the signed contract - we're thrilled!

Two things before 5 January:
1. You'll receive an email from our screening partner to complete a standard
   pre-employment check (identity, education, last two employers). It usually
   takes 5-7 working days.
2. Please request a VOG (Certificate of Conduct) via Justis - the application code
   is attached. We reimburse the fee.

Any questions, shout.

Hanna
""",
        attach=[
            (
                "VOG_aanvraag_Orveka.txt",
                "text/plain",
                "Screening profile 84 - procurement / financial authority\n",
            )
        ],
        tz="+0100",
    ),
    m(
        "orv-onboard",
        "2025-12-16 10:00",
        "Orveka People Team <people@orveka.example>",
        "Welcome to Orveka, Priya - your first week",
        ("other_job", "Orveka Logistics", "Senior Buyer", None, "direct", "en"),
        html="""<html><body style="font-family:Helvetica,Arial">
<h1 style="color:#e4572e">See you in the new year!</h1>
<p>Hi Priya,</p>
<p>We can't wait to see you on <b>Monday 5 January at 09:00</b> at our Rotterdam office (reception,
4th floor). Here's what your first week looks like:</p>
<ul><li>Mon - laptop pickup, buddy lunch with Sanne</li><li>Tue - Coupa &amp; SAP S/4 training</li>
<li>Wed - warehouse visit in Moerdijk (bring safety shoes, we'll provide a vest)</li>
<li>Thu/Fri - category handover with Joost</li></ul>
<p>Please fill in your bank details and emergency contact in Personio before the holidays.</p>
<p>See you soon,<br>The People Team</p>
</body></html>""",
        tz="+0100",
    ),
]

MAIL += [
    # --- 3 Meridian Retail Group
    m(
        "mer-ack",
        "2025-06-05 07:12",
        "Meridian Retail Careers <meridianretail@icims.com>",
        "Meridian Retail Group - Application Received: Store Operations Manager",
        ("confirmation", "Meridian Retail Group", "Store Operations Manager", 3, "icims", "en"),
        html="""<p>Dear Priya Raman,</p><p>Thank you for applying for the position of Store
Operations
Manager (Req ID 2025-11843) at Meridian Retail Group, Amsterdam Kalverstraat. Your application has
been successfully submitted.</p><p>Our recruitment team reviews every application carefully. If your
qualifications match our needs, a member of the team will contact you.</p><p>Sincerely,<br>Meridian
Retail Group Talent Acquisition</p><p style="font-size:10px">Meridian Retail Group is an equal
opportunity employer.</p>""",
    ),
    m(
        "mer-filled",
        "2025-07-21 15:44",
        "Meridian Retail Careers <meridianretail@icims.com>",
        "Your application with Meridian Retail Group",
        ("rejection", "Meridian Retail Group", "Store Operations Manager", 3, "icims", "en"),
        html="""<p>Dear Priya,</p><p>We wanted to let you know that the Store Operations Manager
position (2025-11843) you applied for has now been filled.</p><p>We appreciate the interest you
have shown in Meridian Retail Group and encourage you to keep an eye on our careers page for
roles that fit your experience.</p><p>Best wishes in your search,<br>Talent Acquisition</p>""",
    ),
    # --- 4 Tessel Pharma (ghosted)
    m(
        "tes-ack",
        "2025-06-11 13:20",
        "Tessel Pharma Recruiting <Tessel_Careers@successfactors.eu>",
        "Your application: Procurement Analyst (Job ID 41177)",
        ("confirmation", "Tessel Pharma", "Procurement Analyst", 4, "other", "en"),
        text="""Dear Priya Raman,

Thank you for your application for the position Procurement Analyst (Job ID 41177),
Leiden.

We have successfully received your application documents and will contact you as
soon as we have reviewed them. This may take a few weeks.

Yours sincerely,
Tessel Pharma Human Resources

This is a system-generated email. Please do not reply.""",
    ),
    # --- 5 Halberd Energy
    m(
        "hal-ack",
        "2025-06-14 02:03",
        "Halberd Energy <halberd@taleo.net>",
        "Halberd Energy - Financial Controller - Benelux (2500381)",
        ("confirmation", "Halberd Energy", "Financial Controller", 5, "taleo", "en"),
        text="""Dear Priya,

Thank you for your interest in Halberd Energy. This email confirms that we have
received your application for Financial Controller - Benelux (Job Number 2500381).

To review the status of your submission, please log in to My Jobpage.

Best regards,
Halberd Energy Recruitment Services

*** This is an automated message. Please do not respond to this e-mail. ***""",
    ),
    m(
        "hal-hv",
        "2025-06-20 10:31",
        "Halberd Energy <noreply@hirevue.com>",
        "Next step: on-demand video interview for Financial Controller",
        ("assessment", "Halberd Energy", "Financial Controller", 5, "hirevue", "en"),
        html="""<div style="font-family:Arial"><p>Hi Priya,</p><p>Halberd Energy has invited you to
complete an on-demand video interview for <strong>Financial Controller - Benelux</strong>.</p><p>You
will answer 6 questions on camera, on your own time. You'll have 30 seconds to read each question
and up to 3 minutes to record. Please complete it by <strong>27 June 2025</strong>.</p><p><a
href="https://app.hirevue.com/interviews/k3Jx9">Start interview</a></p><p>Tip: practise questions
are available before you start and don't count.</p><p>HireVue Candidate Support</p></div>""",
    ),
    m(
        "hal-rej",
        "2025-07-15 11:09",
        "Halberd Energy <halberd@taleo.net>",
        "Your application for Financial Controller - Benelux",
        ("rejection", "Halberd Energy", "Financial Controller", 5, "taleo", "en"),
        text="""Dear Priya,

Thank you for taking the time to record your video interview. Our hiring team
reviewed all submissions carefully, and while your profile shows solid
experience in month-end close and IFRS reporting, we have decided to pursue
other candidates whose background more closely fits the current needs of the
role.

We will keep your details on file and may contact you about future openings.

Kind regards,
Halberd Energy Recruitment Services""",
    ),
    # --- 6 Kinnaird & Co (on hold)
    m(
        "kin-ack",
        "2025-06-17 16:45",
        "Kinnaird & Co <no-reply@hire.lever.co>",
        "Thanks for your application to Kinnaird & Co",
        ("confirmation", "Kinnaird & Co", "Operations Analyst", 6, "lever", "en"),
        text="""Hi Priya,

Thank you for your interest in Kinnaird & Co! We've received your application for
Operations Analyst and our team will be reviewing it shortly.

In the meantime, feel free to learn more about how we work at kinnaird.example/life.

Best,
Kinnaird & Co Talent""",
    ),
    m(
        "kin-int",
        "2025-06-24 12:15",
        "Tobias Reinholt <no-reply@hire.lever.co>",
        "Kinnaird & Co - Operations Analyst: chat this week?",
        ("interview", "Kinnaird & Co", "Operations Analyst", 6, "lever", "en"),
        text="""Hi Priya,

Tobias here, I lead operations at Kinnaird. Loved the bit in your CV about
cutting supplier lead-time variance. Do you have 30 minutes on Friday (27th)
morning for an intro call? Pick any slot here:
https://calendly.com/tobias-kinnaird/30min

Tobias

--
Sent via Lever""",
        reply_to="Tobias Reinholt <tobias@kinnaird.example>",
    ),
    m(
        "kin-hold",
        "2025-07-09 09:58",
        "Tobias Reinholt <tobias@kinnaird.example>",
        "Re: Kinnaird & Co - Operations Analyst: chat this week?",
        ("confirmation", "Kinnaird & Co", "Operations Analyst", 6, "direct", "en"),
        st="on_hold",
        text="""Hi Priya,

I owe you an update and I'm sorry it isn't a better one. Following the board
meeting last week we've frozen all new hiring until Q4, including the Operations
Analyst role. This has nothing to do with you - you were one of the two people
we wanted to bring in for the final round.

I'd like to keep your application open and come back to you as soon as the
freeze lifts, if that's OK with you.

Best,
Tobias

On Tue, Jun 24, 2025 at 12:15 PM Tobias Reinholt <no-reply@hire.lever.co> wrote:
> Hi Priya,
>
> Tobias here, I lead operations at Kinnaird. Loved the bit in your CV about
> cutting supplier lead-time variance.""",
        headers=reply("kin-int", "Tobias Reinholt <no-reply@hire.lever.co>"),
    ),
    # --- 7 Brightwater Shipping
    m(
        "brw-ack",
        "2025-06-26 08:03",
        "Brightwater Shipping <no-reply@ashbyhq.com>",
        "Application received - Demand Planner",
        ("confirmation", "Brightwater Shipping", "Demand Planner", 7, "ashby", "en"),
        html="""<p>Hi Priya,</p><p>Thanks for applying to be our next Demand Planner at Brightwater
Shipping. We've got your application and a real person will look at it within the next 10 working
days.</p><p>- Brightwater Talent</p>""",
    ),
    m(
        "brw-int",
        "2025-07-03 14:26",
        "Brightwater Shipping <no-reply@ashbyhq.com>",
        "Brightwater Shipping: please pick a time for your interview",
        ("interview", "Brightwater Shipping", "Demand Planner", 7, "ashby", "en"),
        html="""<p>Hi Priya,</p><p>We'd like to invite you to a 45-minute video interview with Lotte
Verbeek (Planning Lead) for the Demand Planner role.</p><p><a
href="https://jobs.ashbyhq.com/brightwater/interview/schedule/a81c">Choose a time that works for
you</a></p><p>Looking forward to talking!<br>Brightwater Talent</p>""",
    ),
    m(
        "brw-rej",
        "2025-07-22 17:12",
        "Lotte Verbeek <lotte.verbeek@brightwatershipping.example>",
        "Following up",
        ("rejection", "Brightwater Shipping", "Demand Planner", 7, "direct", "en"),
        text="""Hi Priya,

Thanks so much for your time last week - I really enjoyed our conversation about
container imbalance and how you'd model it. You clearly know your way around a
statistical forecast.

After a lot of back and forth we've offered the role to someone with more
ocean-freight specific experience, so we won't be taking your application
further this time. I'm sorry to send this by email.

If a planning role opens up on the inland side I'll personally reach out.

All the best,
Lotte""",
    ),
    # --- 8 Polder Fresh (withdrawn)
    m(
        "pol-ack",
        "2025-07-01 11:11",
        "Polder Fresh <noreply@workablemail.com>",
        "Polder Fresh: thank you for applying",
        ("confirmation", "Polder Fresh", "Accounts Payable Lead", 8, "workable", "en"),
        text="""Hi Priya,

Thank you for applying for the Accounts Payable Lead position at Polder Fresh.

Your application has been received and we'll be in touch once we've had a chance
to review it.

Regards,
Polder Fresh hiring team

Powered by Workable""",
    ),
    m(
        "pol-int",
        "2025-07-07 10:40",
        "Polder Fresh <noreply@workablemail.com>",
        "Interview invitation - Accounts Payable Lead",
        ("interview", "Polder Fresh", "Accounts Payable Lead", 8, "workable", "en"),
        text="""Hi Priya,

We'd like to invite you for an interview for the Accounts Payable Lead role with
Wessel Boom (Finance Manager).

Date: Monday 14 July 2025
Time: 13:30 - 14:30 (Europe/Amsterdam)
Location: Polder Fresh, Tuinbouwweg 8, Aalsmeer

Please confirm your attendance using the link below.
https://apply.workable.com/polder-fresh/interview/confirm/9c2d

Regards,
Polder Fresh hiring team""",
    ),
    m(
        "pol-wd",
        "2025-07-11 15:03",
        "Wessel Boom <w.boom@polderfresh.example>",
        "RE: Withdrawing my application - Accounts Payable Lead",
        ("confirmation", "Polder Fresh", "Accounts Payable Lead", 8, "direct", "en"),
        st="withdrawn",
        text="""Dear Priya,

Thank you for letting us know, and for being upfront about the commute - Aalsmeer
without a car is indeed a challenge. I have withdrawn your application and
cancelled Monday's interview.

Best of luck with your search.

Kind regards,
Wessel Boom
Finance Manager
Polder Fresh B.V.

-----Original Message-----
From: Priya Raman <priya.raman@grachtpost.nl>
Sent: Friday, 11 July 2025 13:47
To: Wessel Boom <w.boom@polderfresh.example>
Subject: Withdrawing my application - Accounts Payable Lead

Dear Mr Boom,

After careful thought I would like to withdraw my application for the Accounts
Payable Lead role. ...""",
    ),
    # --- 9 Cobalt Circuits via LinkedIn
    m(
        "cob-sent",
        "2025-07-02 19:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Priya, your application was sent to Cobalt Circuits",
        ("confirmation", "Cobalt Circuits", "Inventory Analyst", 9, "linkedin", "en"),
        html="""<table width="512"><tr><td><img alt="LinkedIn"
src="https://static.licdn.com/logo.png"></td></tr>
<tr><td><p>Your application was sent to Cobalt Circuits</p>
<p><b>Inventory Analyst</b><br>Cobalt Circuits · Eindhoven, North Brabant, Netherlands (Hybrid)</p>
<p>Applied on July 2, 2025</p><p><a href="https://www.linkedin.com/jobs/view/4038811203">View
job</a></p>
<p style="font-size:11px">This email was intended for Priya Raman (Supply Chain &amp; Procurement |
S&amp;OP | SAP MM). You are receiving LinkedIn notification emails.<br>© 2025 LinkedIn Ireland
Unlimited Company, Wilton Plaza, Dublin 2.</p></td></tr></table>""",
    ),
    m(
        "cob-viewed",
        "2025-07-04 08:50",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Cobalt Circuits viewed your application",
        ("viewed", "Cobalt Circuits", "Inventory Analyst", 9, "linkedin", "en"),
        html="""<table width="512"><tr><td><p>Priya, your application was viewed by Cobalt
Circuits</p>
<p><b>Inventory Analyst</b> · Eindhoven</p><p>This doesn't mean you've been shortlisted, but it's a
good sign. Keep applying to boost your chances.</p>
<p><a href="https://www.linkedin.com/jobs/tracker/applied/">See your applied jobs</a></p>
<p style="font-size:11px">© 2025 LinkedIn Ireland Unlimited Company</p></td></tr></table>""",
    ),
    m(
        "cob-rej",
        "2025-07-18 12:07",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Cobalt Circuits",
        ("rejection", "Cobalt Circuits", "Inventory Analyst", 9, "linkedin", "en"),
        html="""<table width="512"><tr><td><p>Your update from Cobalt Circuits</p>
<p><b>Inventory Analyst</b></p><p>Thank you for your interest in the Inventory Analyst position at
Cobalt Circuits in Eindhoven. Unfortunately, we will not be moving forward with your application,
but we appreciate your time and interest in Cobalt Circuits.</p>
<p>Regards,<br>Cobalt Circuits</p><p><a href="https://www.linkedin.com/jobs/">Find similar
jobs</a></p>
</td></tr></table>""",
    ),
    # --- 10 Strand Mobility via LinkedIn
    m(
        "str-sent",
        "2025-08-05 21:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Priya, your application was sent to Strand Mobility",
        ("confirmation", "Strand Mobility", "Procurement Specialist", 10, "linkedin", "en"),
        html="""<table width="512"><tr><td><p>Your application was sent to Strand Mobility</p>
<p><b>Procurement Specialist</b><br>Strand Mobility · Amsterdam (On-site)</p>
<p>Applied on August 5, 2025</p><p style="font-size:11px">© 2025 LinkedIn</p></td></tr></table>""",
    ),
    m(
        "str-viewed",
        "2025-08-08 07:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Strand Mobility",
        ("viewed", "Strand Mobility", "Procurement Specialist", 10, "linkedin", "en"),
        html="""<table width="512"><tr><td><p>Strand Mobility viewed your application for
<b>Procurement Specialist</b>.</p><p>Applicants who follow up with a message are 2x more likely to
hear back.</p></td></tr></table>""",
    ),
    # --- 11 Greenleaf Grocers via Indeed
    m(
        "grn-indeed",
        "2025-07-06 18:55",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted",
        ("confirmation", "Greenleaf Grocers", "Store Operations Manager", 11, "indeed", "en"),
        html="""<html><body><div style="font-family:Arial;max-width:600px">
<p style="font-size:20px">Application submitted</p>
<table style="border:1px solid #ddd;padding:12px"><tr><td>
<b>Store Operations Manager</b><br>Greenleaf Grocers - Haarlem<br>
<span style="color:#767676">The following items were sent to the employer: CV, cover letter,
answers to 4 questions.</span>
</td></tr></table>
<p>Good luck! We'll let you know if the employer gets back to you.</p>
<p style="font-size:11px;color:#767676">Indeed, Inc. · Blackthorn House, St Stephen's Green, Dublin
2</p>
</div></body></html>""",
    ),
    m(
        "grn-rej",
        "2025-07-29 10:20",
        "Greenleaf Grocers Recruitment <jobs@greenleafgrocers.example>",
        "Thank you for your interest in Greenleaf Grocers",
        ("rejection", "Greenleaf Grocers", "Store Operations Manager", 11, "direct", "en"),
        text="""Dear Priya,

Thanks for applying to manage our Haarlem store. We were impressed by your
numbers on shrink reduction and your multi-site background.

That said, we have decided to go ahead with candidates who bring more hands-on
experience leading large store teams, so we will not be inviting you to the next
round.

We wish you every success.

Greenleaf Grocers | People & Culture""",
    ),
    # --- 12/13 Aurelia Hotels, two roles
    m(
        "aur1-ack",
        "2025-07-14 09:18",
        "Aurelia Hotels <noreply@smartrecruiters.com>",
        "Thanks for applying to Aurelia Hotels",
        ("confirmation", "Aurelia Hotels", "Purchasing Coordinator", 12, "smartrecruiters", "en"),
        html="""<p>Dear Priya,</p><p>Thank you for your application for <b>Purchasing
Coordinator</b>
at Aurelia Hotels Amsterdam Centraal. We've received it and will review it carefully.</p><p>Warm
regards,<br>Aurelia Hotels Talent Team</p><p style="font-size:10px">Powered by
SmartRecruiters</p>""",
    ),
    m(
        "aur2-ack",
        "2025-07-16 20:03",
        "Aurelia Hotels <noreply@smartrecruiters.com>",
        "Thanks for applying to Aurelia Hotels",
        ("confirmation", "Aurelia Hotels", "Supply Chain Analyst", 13, "smartrecruiters", "en"),
        html="""<p>Dear Priya,</p><p>Thank you for your application for <b>Supply Chain Analyst -
EMEA
Support Office</b> at Aurelia Hotels. We've received it and will review it carefully.</p><p>Warm
regards,<br>Aurelia Hotels Talent Team</p><p style="font-size:10px">Powered by
SmartRecruiters</p>""",
    ),
    m(
        "aur1-rej",
        "2025-07-30 13:33",
        "Aurelia Hotels <noreply@smartrecruiters.com>",
        "Your application for Purchasing Coordinator",
        ("rejection", "Aurelia Hotels", "Purchasing Coordinator", 12, "smartrecruiters", "en"),
        html="""<p>Dear Priya,</p><p>Thank you for considering Aurelia Hotels. Since you have also
applied for our Supply Chain Analyst opening, which fits your profile better, we have decided to
close your application for Purchasing Coordinator. Your other application is not affected.</p>
<p>Kind regards,<br>Aurelia Hotels Talent Team</p>""",
    ),
    m(
        "aur2-int",
        "2025-08-04 11:48",
        "Maxime Dubois <maxime.dubois@aureliahotels.example>",
        "Aurelia Hotels | Supply Chain Analyst - interview",
        ("interview", "Aurelia Hotels", "Supply Chain Analyst", 13, "direct", "en"),
        text="""Dear Priya,

Following your application for the Supply Chain Analyst role in our EMEA Support
Office, I would like to invite you for a first interview with myself and Ingrid
Solberg, Director of Procurement EMEA.

Thursday 7 August, 15:00-16:00, at our support office (Stationsplein 45,
Amsterdam, 6th floor). Please bring an ID for reception.

Kindly confirm by replying to this email.

Best regards,
Maxime Dubois
Talent Acquisition Manager EMEA
Aurelia Hotels & Resorts

This e-mail and any attachments are confidential and intended solely for the
addressee. If you received it in error, please notify the sender and delete it.""",
    ),
    m(
        "aur2-rej",
        "2025-08-20 09:12",
        "Maxime Dubois <maxime.dubois@aureliahotels.example>",
        "Aurelia Hotels | Supply Chain Analyst",
        ("rejection", "Aurelia Hotels", "Supply Chain Analyst", 13, "direct", "en"),
        text="""Dear Priya,

Thank you for meeting Ingrid and me, and for the thoughtful questions you asked
about our supplier consolidation. It was a pleasure.

We have now completed the second round with a small group of candidates and,
regretfully, yours is not among the profiles we will take to the final stage.
This was a difficult decision given the strength of the field.

With kind regards,
Maxime Dubois
Talent Acquisition Manager EMEA""",
    ),
    # --- 14/15 Northgate Beverages, re-application
    m(
        "nor1-ack",
        "2025-06-18 10:02",
        "Northgate Beverages <no-reply@teamtailor.com>",
        "We have received your application",
        ("confirmation", "Northgate Beverages", "Logistics Analyst", 14, "teamtailor", "en"),
        html="""<div style="font-family:sans-serif"><p>Hi Priya!</p><p>Thanks for applying for the
position <b>Logistics Analyst</b> at Northgate Beverages. We've received your application and we'll
get back to you as soon as possible.</p><p>Cheers,<br>Northgate Beverages</p></div>""",
    ),
    m(
        "nor1-rej",
        "2025-07-03 16:21",
        "Northgate Beverages <no-reply@teamtailor.com>",
        "Your application to Northgate Beverages",
        ("rejection", "Northgate Beverages", "Logistics Analyst", 14, "teamtailor", "en"),
        html="""<div style="font-family:sans-serif"><p>Hi Priya,</p><p>Thank you so much for your
interest in Logistics Analyst. We really liked your application, but we have decided to move
forward with other candidates who match the profile a little more closely.</p><p>Take care and
best of luck!<br>Northgate Beverages</p></div>""",
    ),
    m(
        "nor2-ack",
        "2025-10-20 08:14",
        "Northgate Beverages <no-reply@teamtailor.com>",
        "We have received your application",
        ("confirmation", "Northgate Beverages", "Logistics Analyst", 15, "teamtailor", "en"),
        html="""<div style="font-family:sans-serif"><p>Hi Priya!</p><p>Thanks for applying for the
position <b>Logistics Analyst</b> at Northgate Beverages. We've received your application and we'll
get back to you as soon as possible.</p><p>Cheers,<br>Northgate Beverages</p></div>""",
    ),
    m(
        "nor2-int",
        "2025-10-28 13:37",
        "Sanna Lindqvist <sanna.lindqvist@northgatebev.example>",
        "Logistics Analyst - nice to see you again!",
        ("interview", "Northgate Beverages", "Logistics Analyst", 15, "direct", "en"),
        tz="+0100",
        text="""Hi Priya,

Good to see your name come up again! The team has grown since the summer and
the role now includes the distributor network in Belgium, which fits your
background much better.

Would you like to meet our Logistics Manager, Bart Claes, for a video interview?
You can book a slot directly via the link below.

https://northgatebeverages.teamtailor.com/meetings/7e21

Best,
Sanna
Recruiter, Northgate Beverages""",
    ),
]

BRINK = "Daan Verhoef <daan.verhoef@brinkmanstaffing.example>"
HALLO = "Olivia Marsh <olivia.marsh@hallowayrecruitment.example>"
MARCO = "Marco de Wit <marcodewit.koffie@gmail.com>"

MAIL += [
    # --- 16 Brinkman Staffing -> Zuidkade Cold Chain
    m(
        "brk-out",
        "2025-08-11 09:34",
        BRINK,
        "Warehouse Operations Lead - temperature controlled - Amsterdam West",
        ("outreach", None, "Warehouse Operations Lead", None, "agency", "en"),
        text="""Hi Priya,

I came across your profile and think you'd be a strong fit for a permanent
Warehouse Operations Lead role I'm recruiting for. My client is a well-established
temperature-controlled logistics provider with a new site in Amsterdam West
(approx. 120 FTE, pharma and fresh).

- Permanent, 40 hrs, day shifts
- EUR 4,800 - 5,600 gross/month + 8% holiday pay + bonus
- Reporting to the Site Manager

I can't share the client name just yet, but happy to tell you more on a call. Do
you have 10 minutes this week?

Kind regards,
Daan Verhoef
Senior Consultant Supply Chain & Logistics
Brinkman Staffing | Amsterdam
+31 20 555 0143""",
    ),
    m(
        "brk-sub",
        "2025-08-14 16:10",
        BRINK,
        "RE: Warehouse Operations Lead - temperature controlled - Amsterdam West",
        ("confirmation", "Zuidkade Cold Chain", "Warehouse Operations Lead", 16, "agency", "en"),
        text="""Hi Priya,

Great speaking earlier. As agreed, I've now submitted your CV to my client -
it's Zuidkade Cold Chain, as mentioned on the phone. I added a short cover note
about your GDP experience at your current employer.

I'll chase them on Monday for feedback and let you know as soon as I hear.

Kind regards,
Daan

From: Daan Verhoef
Sent: Monday, 11 August 2025 09:34
To: Priya Raman
Subject: Warehouse Operations Lead - temperature controlled - Amsterdam West

Hi Priya,
I came across your profile and think you'd be a strong fit ...""",
        headers=reply("brk-out", BRINK),
    ),
    m(
        "brk-int",
        "2025-08-20 11:55",
        BRINK,
        "Interview confirmed - Zuidkade Cold Chain, Fri 22/08 10:00",
        ("interview", "Zuidkade Cold Chain", "Warehouse Operations Lead", 16, "agency", "en"),
        text="""Hi Priya,

Good news - Zuidkade would like to meet you!

When: Friday 22 August, 10:00-11:00
Where: Zuidkade Cold Chain, Cornelis Douwesweg 14, Amsterdam (ask for Ilse Brouwer,
Site Manager)
Format: interview plus a short walk through the site - wear closed shoes, it's
2-8 degrees in the halls so bring a jumper.

Give me a call after and let me know how it went.

Daan""",
    ),
    m(
        "brk-rej",
        "2025-08-28 14:02",
        BRINK,
        "Feedback Zuidkade",
        ("rejection", "Zuidkade Cold Chain", "Warehouse Operations Lead", 16, "agency", "en"),
        text="""Hi Priya,

Just off the phone with Ilse. She was really positive about you - liked your
analytical approach and the way you talked about KPI boards. In the end they've
gone with an internal candidate who has been running the night shift, so it's a
no for now, I'm afraid.

I'll keep you in mind for anything else in cold chain. Chat soon.

Daan

Sent from my iPhone""",
    ),
    # --- 17 Halloway Recruitment -> Fenwick Medical
    m(
        "hlw-sub",
        "2025-09-15 10:41",
        HALLO,
        "Financial Controller opportunity - your application",
        ("confirmation", "Fenwick Medical", "Financial Controller", 17, "agency", "en"),
        text="""Dear Priya,

Thank you for applying via Halloway for the Financial Controller vacancy (ref.
HR-88214). I've reviewed your CV and I'm pleased to say I've put you forward to
my client, a medical devices manufacturer in Hoofddorp. I'll share more detail
once they've confirmed they'd like to meet.

Best regards,
Olivia Marsh
Principal Consultant, Finance & Accounting
Halloway Recruitment Netherlands B.V.

Halloway Recruitment is acting as an employment agency in relation to this
vacancy.""",
    ),
    m(
        "hlw-int",
        "2025-09-22 15:30",
        HALLO,
        "Fenwick Medical - interview invite (Financial Controller)",
        ("interview", "Fenwick Medical", "Financial Controller", 17, "agency", "en"),
        text="""Dear Priya,

I can now tell you that the client is Fenwick Medical. Their CFO, Peter Langeveld,
would like to interview you on Monday 29 September at 11:00 at their Hoofddorp
office (Polarisavenue 120). Expect a competency-based interview with some
technical questions on consolidation and transfer pricing.

Let's do a prep call on Friday - I'll ring you at 12:30 unless you say
otherwise.

Best regards,
Olivia""",
    ),
    m(
        "hlw-rej",
        "2025-10-06 09:14",
        HALLO,
        "Fenwick Medical - update",
        ("rejection", "Fenwick Medical", "Financial Controller", 17, "agency", "en"),
        text="""Dear Priya,

I've heard back from Fenwick. Peter enjoyed meeting you and was impressed by
your stakeholder skills; however, they have decided to progress with a
candidate who has prior medical devices (MDR) experience.

I know that's disappointing. I'd be glad to stay in touch - I have a couple of
controller roles in FMCG coming up in November.

Best regards,
Olivia""",
    ),
    # --- 18 Kade Coffee Roasters (hiring manager from gmail)
    m(
        "kade-int",
        "2025-08-18 22:14",
        MARCO,
        "your application - coffee & a chat?",
        ("interview", "Kade Coffee Roasters", "Operations Manager", 18, "direct", "en"),
        text="""hi Priya

thanks for your note and CV, sorry it took me a bit - we're roasting for three
new restaurant accounts and everything is upside down :)

would you like to come by the roastery for a coffee and a proper chat about the
ops manager job? thursday 21st around 16:00 works for me. address is
Houthavenkade 9, ring the bell at the green door.

cheers
marco

--
Marco de Wit
Founder & Head Roaster
Kade Coffee Roasters
kadecoffee.example | @kadecoffee

Sent from my iPhone""",
    ),
    m(
        "kade-offer",
        "2025-08-29 19:48",
        MARCO,
        "Re: your application - coffee & a chat?",
        ("rejection", "Kade Coffee Roasters", "Operations Manager", 18, "direct", "en"),
        text="""hey Priya,

really liked meeting you last week and Jess did too. honest answer: we think
you're too senior for what we can pay right now, and we'd feel bad hiring you
into a job you'd outgrow in six months. so we're going to go with someone more
junior for now.

if we ever open the second roastery, you're my first call. come by for a cortado
anytime.

marco

On Thu, 21 Aug 2025 at 18:02, Priya Raman <priya.raman@grachtpost.nl> wrote:
> Hi Marco, thanks again for the coffee today - lovely place. ...
""",
        headers=reply("kade-int", MARCO),
    ),
    # --- 19 Hapjes: no name first, Recruitee
    m(
        "hap-out",
        "2025-09-03 13:05",
        "Sofie Jansen <sofie.jansen.talent@gmail.com>",
        "Category Buyer role - fast-growing online grocer",
        ("outreach", None, "Category Buyer", None, "direct", "en"),
        text="""Hi Priya,

I'm helping a fast-growing online grocer in Amsterdam hire a Category Buyer for
fresh & chilled. We're still in stealth ahead of a rebrand, so I can't put the
name in writing yet, but it's a 60-person scale-up with a very hands-on founding
team.

Your time in retail buying looks like exactly the right fit. Would you be open to
a short call?

Best,
Sofie Jansen
(in-house recruiter, freelance)""",
    ),
    m(
        "hap-ack",
        "2025-09-09 10:30",
        "Hapjes <notifications@recruitee.com>",
        "Thanks for applying at Hapjes!",
        ("confirmation", "Hapjes", "Category Buyer", 19, "recruitee", "en"),
        html="""<div style="font-family:Arial"><p>Hi Priya,</p><p>Now that the secret is out: we're
<b>Hapjes</b>, and we're very happy you applied for the <b>Category Buyer</b> role after your call
with Sofie.</p><p>We'll review your application this week. In the meantime, have a look at what
we're building at hapjes.example.</p><p>Team Hapjes 🥕</p></div>""",
    ),
    m(
        "hap-int",
        "2025-09-17 12:00",
        "Hapjes <notifications@recruitee.com>",
        "Interview with Hapjes - Category Buyer",
        ("interview", "Hapjes", "Category Buyer", 19, "recruitee", "en"),
        html="""<div style="font-family:Arial"><p>Hi Priya,</p><p>Great news: we'd love to invite
you
to an interview with Noor El Idrissi (co-founder) and Sofie.</p><p><b>Tuesday 23 September 2025,
11:00 - 12:00</b><br>Hapjes HQ, Jan van Galenstraat 335, Amsterdam</p><p>Please confirm via the
button below.</p><p><a
href="https://hapjes.recruitee.com/o/category-buyer/interview/confirm">Confirm
interview</a></p><p>Team Hapjes</p></div>""",
    ),
    m(
        "hap-rej",
        "2025-10-02 17:45",
        "Noor El Idrissi <noor@hapjes.example>",
        "Thank you, Priya",
        ("rejection", "Hapjes", "Category Buyer", 19, "direct", "en"),
        text="""Hi Priya,

Thanks for spending the morning with us last week - your supplier scorecard idea
is already on our whiteboard.

I'm sorry to say that we've decided not to continue with your application. We are
looking for someone who has bought fresh produce directly from growers, and that
turned out to weigh heavily for us.

Wishing you lots of luck, and thanks again for your energy.

Noor""",
    ),
    # --- 20 Lumen Bikes (BambooHR)
    m(
        "lum-ack",
        "2025-07-23 15:16",
        "Lumen Bikes <notifications@app.bamboohr.com>",
        "Thank you for applying to Lumen Bikes",
        ("confirmation", "Lumen Bikes", "Supply Chain Coordinator", 20, "bamboohr", "en"),
        text="""Hi Priya,

Thanks for your interest in the Supply Chain Coordinator position at Lumen Bikes.
We'll review your application and get in touch if there's a fit.

Ride on,
Lumen Bikes Hiring Team""",
    ),
    m(
        "lum-rej",
        "2025-08-12 09:44",
        "Lumen Bikes <notifications@app.bamboohr.com>",
        "Your application",
        ("rejection", "Lumen Bikes", "Supply Chain Coordinator", 20, "bamboohr", "en"),
        text="""Hi Priya,

We appreciate you taking the time to apply for Supply Chain Coordinator at Lumen
Bikes. After reviewing your experience, we've decided to pursue other candidates
for this role. Please don't let this stop you from applying again in the future.

Lumen Bikes Hiring Team""",
    ),
    # --- 21 Cascade Outdoor (JazzHR) ghosted
    m(
        "cas-ack",
        "2025-08-26 03:22",
        "Cascade Outdoor <no-reply@applytojob.com>",
        "Application received: Purchasing Analyst (Remote - EU)",
        ("confirmation", "Cascade Outdoor", "Purchasing Analyst", 21, "jazzhr", "en"),
        tz="-0700",
        text="""Dear Priya,

Thank you for applying for the Purchasing Analyst (Remote - EU) position with
Cascade Outdoor Co. This is an automated confirmation that your application was
received. If we'd like to move forward we'll reach out directly.

Thanks again,
Cascade Outdoor Co. | Bend, Oregon""",
    ),
    # --- 22 Arbor Biotech (Jobvite) interview cancelled
    m(
        "arb-ack",
        "2025-09-04 09:00",
        "Arbor Biotech Careers <notifications@jobvite.com>",
        "Arbor Biotech - We received your application",
        ("confirmation", "Arbor Biotech", "Procurement Specialist", 22, "other", "en"),
        html="""<p>Hello Priya,</p><p>Thank you for your interest in Arbor Biotech and for applying
for
the Procurement Specialist (Indirect) position in Leiden. Your application has been received.</p>
<p>Best regards,<br>Arbor Biotech Talent Acquisition</p>""",
    ),
    m(
        "arb-int",
        "2025-09-11 14:20",
        "Calendly <notifications@calendly.com>",
        "New Event: Priya Raman - 10:00 Wed, 17 Sep 2025 - Arbor Biotech | Procurement Specialist screen",  # noqa: E501
        ("interview", "Arbor Biotech", "Procurement Specialist", 22, "other", "en"),
        html="""<p>Hi Priya Raman,</p><p>A new event has been scheduled.</p>
<p><b>Event Type:</b> Arbor Biotech | Procurement Specialist screen (30 min)<br>
<b>Invitee:</b> Priya Raman<br><b>Event Date/Time:</b> 10:00 - Wednesday, 17 September 2025
(Central European Time)<br>
<b>Location:</b> Zoom - details in the invitation</p><p>Host: Evelien Stam</p>""",
        ics={
            "uid": "calendly-arb-4411@calendly.com",
            "summary": "Arbor Biotech | Procurement Specialist screen",
            "start": "2025-09-17 10:00:00 +0200",
            "minutes": 30,
            "organizer": ("Evelien Stam", "evelien.stam@arborbiotech.example"),
            "location": "https://zoom.us/j/93827461120",
        },
    ),
    m(
        "arb-cancel",
        "2025-09-16 18:05",
        "Calendly <notifications@calendly.com>",
        "Canceled: Priya Raman - 10:00 Wed, 17 Sep 2025 - Arbor Biotech | Procurement Specialist screen",  # noqa: E501
        ("interview", "Arbor Biotech", "Procurement Specialist", 22, "other", "en"),
        html="""<p>Hi Priya Raman,</p><p>The event below has been canceled by Evelien Stam.</p>
<p><b>Event Type:</b> Arbor Biotech | Procurement Specialist screen<br><b>Event Date/Time:</b>
10:00 - Wednesday, 17 September 2025</p><p><b>Reason:</b> Apologies - I'm off sick tomorrow. I'll
send you a new link to rebook.</p>""",
        ics={
            "uid": "calendly-arb-4411@calendly.com",
            "summary": "Arbor Biotech | Procurement Specialist screen",
            "start": "2025-09-17 10:00:00 +0200",
            "minutes": 30,
            "method": "CANCEL",
            "organizer": ("Evelien Stam", "evelien.stam@arborbiotech.example"),
        },
    ),
    m(
        "arb-rej",
        "2025-10-01 16:16",
        "Evelien Stam <evelien.stam@arborbiotech.example>",
        "Procurement Specialist",
        ("rejection", "Arbor Biotech", "Procurement Specialist", 22, "direct", "en"),
        text="""Dear Priya,

I'm sorry I never got back to you with a new time after I was ill. In the
meantime the hiring manager has selected a candidate from the first round, so we
are closing the vacancy and I won't be able to take your application further.

Apologies again for the lost slot, and thank you for your patience.

Kind regards,
Evelien Stam
Talent Acquisition Specialist | Arbor Biotech""",
    ),
    # --- 23 Tilde Studios (Breezy)
    m(
        "til-ack",
        "2025-10-06 12:12",
        "Tilde Studios <noreply@breezy-mail.com>",
        "Thanks for applying to Tilde Studios",
        ("confirmation", "Tilde Studios", "Finance & Operations Manager", 23, "other", "en"),
        text="""Hi Priya,

We just wanted to let you know we've received your application for the Finance &
Operations Manager position at Tilde Studios. We'll be in touch soon!

Tilde Studios""",
    ),
    m(
        "til-rej",
        "2025-10-23 09:55",
        "Tilde Studios <noreply@breezy-mail.com>",
        "Update on your application",
        ("rejection", "Tilde Studios", "Finance & Operations Manager", 23, "other", "en"),
        text="""Hi Priya,

Thanks for your patience while we reviewed candidates for Finance & Operations
Manager. We really enjoyed reading about your work, but we've decided to move
forward with other applicants at this time.

All the best,
Tilde Studios""",
    ),
    # --- 24 Harcourt Rail (Pinpoint, TestGorilla, offer)
    m(
        "har-ack",
        "2025-10-09 08:45",
        "Harcourt Rail <no-reply@pinpointhq.com>",
        "Your application for Materials Planner",
        ("confirmation", "Harcourt Rail", "Materials Planner", 24, "other", "en"),
        html="""<p>Dear Priya,</p><p>Thank you for applying for the Materials Planner role at
Harcourt
Rail in Amersfoort. We'll review your application and let you know the outcome.</p><p>Harcourt
Rail Recruitment Team</p>""",
    ),
    m(
        "har-tg",
        "2025-10-13 10:02",
        "Harcourt Rail <no-reply@testgorilla.com>",
        "Harcourt Rail invites you to an assessment",
        ("assessment", "Harcourt Rail", "Materials Planner", 24, "other", "en"),
        html="""<p>Hi Priya,</p><p>Harcourt Rail has invited you to take an assessment for the
<b>Materials Planner</b> position. It contains: Microsoft Excel (intermediate), Numerical reasoning,
and one custom question about MRP.</p><p>Total time: about 45 minutes. Please complete it within
5 days.</p><p><a href="https://app.testgorilla.com/s/ab12cd">Start assessment</a></p><p>Good
luck!<br>The TestGorilla team</p>""",
    ),
    m(
        "har-int",
        "2025-10-22 16:31",
        "Gemma Pike <gemma.pike@harcourtrail.example>",
        "Materials Planner - interview",
        ("interview", "Harcourt Rail", "Materials Planner", 24, "direct", "en"),
        text="""Hello Priya,

Thank you for completing the assessment - a strong result. We'd like to invite
you to interview with our Materials Manager, Wouter Hendriks, and me on
Wednesday 29 October at 13:00 at the depot in Amersfoort. An invite is attached.

Kind regards,
Gemma Pike
HR Business Partner, Harcourt Rail Netherlands""",
        ics={
            "uid": "har-int-1029@harcourtrail.example",
            "summary": "Interview Priya Raman - Materials Planner",
            "start": "2025-10-29 13:00:00 +0100",
            "minutes": 60,
            "organizer": ("Gemma Pike", "gemma.pike@harcourtrail.example"),
            "attendees": [("Wouter Hendriks", "wouter.hendriks@harcourtrail.example")],
            "location": "Harcourt Rail depot, Soesterweg 310, Amersfoort",
            "style": "outlook",
        },
    ),
    m(
        "har-offer",
        "2025-11-05 11:20",
        "Gemma Pike <gemma.pike@harcourtrail.example>",
        "Materials Planner - we'd love to have you",
        ("offer", "Harcourt Rail", "Materials Planner", 24, "direct", "en"),
        tz="+0100",
        text="""Hello Priya,

Wouter and I are delighted to offer you the position of Materials Planner at
Harcourt Rail. Please find the offer summary attached: EUR 4,950 gross per
month, 36-hour week, permanent contract after a 12-month first term.

We understand you may have other processes running; we'd appreciate your answer
by 14 November.

Kind regards,
Gemma Pike""",
        attach=[
            ("Harcourt_Rail_offer_summary.txt", "text/plain", "Materials Planner - offer summary\n")
        ],
    ),
    # --- 25 Westbay Foods (Greenhouse + Criteria)
    m(
        "wb-ack",
        "2025-08-21 11:04",
        "Westbay Foods <no-reply@greenhouse.io>",
        "Westbay Foods - thank you for applying",
        ("confirmation", "Westbay Foods", "Demand Planning Analyst", 25, "greenhouse", "en"),
        text="""Dear Priya,

Thank you for your interest in Westbay Foods! We have received your application
for Demand Planning Analyst and will be in touch if your qualifications match
our needs.

Regards,
Westbay Foods Recruiting""",
    ),
    m(
        "wb-crit",
        "2025-08-25 09:30",
        "Criteria <noreply@criteriacorp.com>",
        "Assessment invitation from Westbay Foods",
        ("assessment", "Westbay Foods", "Demand Planning Analyst", 25, "other", "en"),
        text="""Hello Priya Raman,

Westbay Foods has invited you to complete an online assessment as part of your
application for Demand Planning Analyst.

Assessment: CCAT (Criteria Cognitive Aptitude Test) - 15 minutes, 50 questions
Deadline: 29 August 2025

Click here to begin: https://www.ondemandassessment.com/link/westbay-7823

Please ensure you have a stable internet connection. Calculators are not
allowed.

Criteria Corp""",
    ),
    m(
        "wb-rej",
        "2025-09-05 14:48",
        "Westbay Foods <no-reply@greenhouse.io>",
        "Your application to Westbay Foods",
        ("rejection", "Westbay Foods", "Demand Planning Analyst", 25, "greenhouse", "en"),
        text="""Dear Priya,

Thank you for completing our assessment. After careful consideration we have
decided not to move forward with your candidacy for Demand Planning Analyst at
this time.

Regards,
Westbay Foods Recruiting""",
    ),
    # --- 26 Oakridge Capital (Fwd of a Workday confirmation)
    m(
        "oak-fwd",
        "2025-06-28 10:22",
        "Priya Raman <priya.r.1989@hotmail.example>",
        "Fwd: Oakridge Capital - Application Received: FP&A Analyst",
        ("confirmation", "Oakridge Capital", "FP&A Analyst", 26, "workday", "en"),
        text="""sending this to my main address so I don't lose it

Sent from my iPhone

Begin forwarded message:

> From: Emma Jacobs <oakridge@myworkday.com>
> Date: 27 June 2025 at 22:41:05 CEST
> To: priya.r.1989@hotmail.example
> Subject: Oakridge Capital - Application Received: FP&A Analyst
>
> Dear Priya,
>
> Thank you for applying to the FP&A Analyst (JR-10422) position at Oakridge
> Capital. We have received your application and will review it shortly. You
> can check your status in your Candidate Home account.
>
> Kind regards,
> Emma Jacobs
> Talent Acquisition, Oakridge Capital""",
    ),
    # --- 27 Nordwind Packaging via Glassdoor (ghosted)
    m(
        "nwp-gd",
        "2025-07-27 20:10",
        "Glassdoor <noreply@glassdoor.com>",
        "Your application to Nordwind Packaging was submitted",
        ("confirmation", "Nordwind Packaging", "Supply Planner", 27, "other", "en"),
        html="""<div style="font-family:Arial"><p>Application submitted!</p><p><b>Supply
Planner</b><br>
Nordwind Packaging · Zwolle</p><p>We've sent your application to the employer. Check out more
jobs like this one.</p><p style="font-size:11px">Glassdoor, Inc. · Mill Valley, CA</p></div>""",
    ),
    # --- 28 Zilverlijn Insurance (Workday, a person as display name)
    m(
        "zil-ack",
        "2025-11-03 09:26",
        "Anouk de Graaf <zilverlijn@myworkday.com>",
        "Application received - Accounts Payable Lead",
        ("confirmation", "Zilverlijn Insurance", "Accounts Payable Lead", 28, "workday", "en"),
        tz="+0100",
        html="""<p>Hi Priya,</p><p>Thanks for applying to Zilverlijn! I'm Anouk, the recruiter for
the
<b>Accounts Payable Lead</b> role (R0019283). I've got your application and will look at it in the
coming days.</p><p>Anouk de Graaf<br>Recruiter, Zilverlijn Insurance</p>""",
    ),
    m(
        "zil-int",
        "2025-11-12 10:40",
        "Anouk de Graaf <zilverlijn@myworkday.com>",
        "Schedule your interview - Accounts Payable Lead",
        ("interview", "Zilverlijn Insurance", "Accounts Payable Lead", 28, "workday", "en"),
        tz="+0100",
        html="""<p>Hi Priya,</p><p>We'd like to invite you to a first interview for the Accounts
Payable
Lead role. Please select a time slot in Workday (Candidate Home &gt; My Tasks &gt; Schedule
Interview).</p><p>Anouk</p>""",
    ),
    m(
        "zil-rej",
        "2025-12-02 15:10",
        "Workday <zilverlijn@myworkday.com>",
        "Regarding your application at Zilverlijn Insurance",
        ("rejection", "Zilverlijn Insurance", "Accounts Payable Lead", 28, "workday", "en"),
        tz="+0100",
        html="""<p>Dear Priya,</p><p>Thank you for the conversation with our Finance team. We were
impressed with your knowledge of P2P automation, but after careful consideration we have decided
to move on with another candidate for the Accounts Payable Lead position.</p><p>Kind regards,<br>
Zilverlijn Insurance</p>""",
    ),
    # --- 6 Kinnaird reopens (still on hold -> interview)
    m(
        "kin-reopen",
        "2025-10-15 09:12",
        "Tobias Reinholt <tobias@kinnaird.example>",
        "Operations Analyst - we're back",
        ("interview", "Kinnaird & Co", "Operations Analyst", 6, "direct", "en"),
        text="""Hi Priya,

As promised: the hiring freeze has been lifted and the Operations Analyst role is
open again. If you're still interested, I'd love to get you in for the final
round with our COO, Aisha Bello. Thursday 23 October, 14:00, at our office on the
Herengracht?

Tobias""",
    ),
]

# --- job mail that belongs to no application -------------------------------------------------
MAIL += [
    m(
        "li-alert1",
        "2025-06-07 06:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"supply chain analyst": 12 new jobs in Amsterdam',
        ("alert", None, None, None, "linkedin", "en"),
        html="""<table width="512"><tr><td><p>Your job alert for <b>supply chain analyst</b> in
Amsterdam
Area</p><p>12 new jobs match your preferences.</p>
<p><b>Supply Chain Analyst</b><br>Dekker Distributie · Amsterdam · Easy Apply<br>Actively
recruiting</p>
<p><b>Junior Demand Planner</b><br>Kroonvogel Cosmetics · Amstelveen (Hybrid)</p>
<p><b>S&amp;OP Analyst</b><br>Maasbrug Chemicals · Rotterdam · 3 connections work here</p>
<p><a href="https://www.linkedin.com/jobs/search/?savedSearchId=1711">See all jobs</a></p>
<p style="font-size:11px">You are receiving Job Alert emails. Unsubscribe.</p></td></tr></table>""",
    ),
    m(
        "li-alert2",
        "2025-08-16 06:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Senior Buyer at Kroonvogel Cosmetics and 9 more jobs for you",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<table width="512"><tr><td><p>Jobs you may be interested in</p>
<p><b>Senior Buyer</b> · Kroonvogel Cosmetics · Amstelveen · Be an early applicant</p>
<p><b>Buyer Indirect Spend</b> · Rivierland Bank · Utrecht · Apply now</p>
<p><b>Procurement Lead</b> · Oosterdok Energy · Amsterdam · Promoted</p>
<p><a href="https://www.linkedin.com/jobs/">View all recommendations</a></p></td></tr></table>""",
    ),
    m(
        "li-alert3",
        "2025-11-15 07:20",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Your job alert for financial controller",
        ("alert", None, None, None, "linkedin", "en"),
        tz="+0100",
        html="""<table width="512"><tr><td><p>7 new jobs for <b>financial controller</b> in
Netherlands</p>
<p><b>Financial Controller</b> · Vreeland Agri · Zeist</p><p><b>Plant Controller</b> · Essenburg
Steel · IJmuiden</p><p><b>Business Controller Supply Chain</b> · Dekker Distributie · Amsterdam</p>
</td></tr></table>""",
    ),
    m(
        "indeed-alert",
        "2025-07-19 05:45",
        "Indeed <alert@indeed.com>",
        "Procurement Specialist jobs in Amsterdam - 8 new",
        ("alert", None, None, None, "indeed", "en"),
        html="""<div style="font-family:Arial"><p>8 new jobs for <b>procurement specialist</b> near
Amsterdam</p><p><a href="https://nl.indeed.com/rc/clk?jk=1a2b">Procurement
Specialist</a><br>Veldkamp
Installaties - Amsterdam<br>€3.800 - €4.600 per month · Easily apply</p><p><a
href="https://nl.indeed.com/rc/clk?jk=3c4d">Inkoper / Buyer (English speaking)</a><br>Noorderlicht
Retail - Zaandam</p><p>Apply now and be one of the first applicants!</p></div>""",
    ),
    m(
        "gd-tips",
        "2025-09-20 15:00",
        "Glassdoor Community <community@glassdoor.com>",
        "Ace your next interview: 5 tips + jobs hiring now",
        ("alert", None, None, None, "other", "en"),
        html="""<div style="font-family:Arial"><h2>Interview season is here</h2><p>Prepping for an
interview? Our community shares the questions they were really asked at companies like yours.</p>
<ol><li>Research the company's latest results</li><li>Use STAR for behavioural
questions</li><li>Prepare
two smart questions</li><li>Follow up within 24h</li><li>Negotiate - always</li></ol><h3>Jobs for
you -
apply now</h3><p>Supply Chain Planner · Essenburg Steel · 4.1★</p><p>Buyer · Vreeland Agri ·
3.8★</p></div>""",
    ),
    m(
        "vdm-tc",
        "2025-06-03 09:40",
        "Vandermolen Foods Careers <vandermolen@myworkday.com>",
        "Welcome to the Vandermolen Foods Talent Community",
        ("alert", "Vandermolen Foods", None, None, "workday", "en"),
        html="""<p>Hi Priya,</p><p>Welcome to our Talent Community! You'll now receive updates about
new opportunities that match your interests (Supply Chain, Finance) and news about life at
Vandermolen Foods.</p><p>You can update your preferences at any time.</p>""",
    ),
    m(
        "aur-incomplete",
        "2025-07-15 10:00",
        "Aurelia Hotels <noreply@smartrecruiters.com>",
        "You haven't finished your application",
        ("alert", "Aurelia Hotels", "Revenue Analyst", None, "smartrecruiters", "en"),
        html="""<p>Hi Priya,</p><p>You started applying for <b>Revenue Analyst</b> at Aurelia
Hotels but
didn't submit your application. It only takes a few more minutes!</p><p><a
href="https://jobs.smartrecruiters.com/AureliaHotels/continue">Continue application</a></p>""",
    ),
    m(
        "mer-news",
        "2025-09-25 12:00",
        "Meridian Retail Careers <careers@meridianretail.example>",
        "Inside Meridian: our new Tilburg DC, and who we're hiring this autumn",
        ("alert", "Meridian Retail Group", None, None, "direct", "en"),
        html="""<div style="font-family:Georgia"><h1>Inside Meridian · September</h1><p>Our
brand-new
distribution centre in Tilburg opened its doors this month - 62,000 m² and fully electric
yard trucks. Meet Kees, who went from night-shift picker to DC manager in eight years.</p>
<h3>We're hiring</h3><p>Store Managers (Randstad area) · Replenishment Analysts · Transport
Planners</p>
<p><a href="https://careers.meridianretail.example">See open roles</a></p><p
style="font-size:10px">You
receive this because you joined our talent network. Unsubscribe.</p></div>""",
    ),
    m(
        "li-inmail",
        "2025-10-01 14:12",
        "Rhea Castellanos via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Procurement Manager opportunity - Dekker Distributie",
        ("outreach", "Dekker Distributie", "Procurement Manager", None, "linkedin", "en"),
        html="""<p>Hi Priya,</p><p>I'm the internal recruiter at Dekker Distributie. We're building
out
our central procurement team and I think your background in indirect spend would be a great
match for our Procurement Manager opening. Would you be open to a 20-minute call next week?</p>
<p>Best,<br>Rhea Castellanos · Talent Acquisition Lead at Dekker Distributie</p><p><a
href="https://www.linkedin.com/messaging/">Reply</a></p><p style="font-size:11px">This is a
LinkedIn InMail. © 2025 LinkedIn</p>""",
    ),
    m(
        "li-inmail2",
        "2025-11-19 11:05",
        "Jonas Vermeulen via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Interim controller - 6 months - Vreeland Agri",
        ("outreach", "Vreeland Agri", "Interim Financial Controller", None, "linkedin", "en"),
        tz="+0100",
        html="""<p>Hello Priya,</p><p>I hope you're well. I'm looking for an interim Financial
Controller (6 months, possible extension) for Vreeland Agri in Zeist, starting January. Your
experience with month-end close and Dutch GAAP caught my eye. Interested?</p><p>Jonas Vermeulen ·
Interim Finance Partner</p>""",
    ),
    m(
        "autoreply",
        "2025-10-06 09:20",
        "Olivia Marsh <olivia.marsh@hallowayrecruitment.example>",
        "Automatic reply: Re: Fenwick Medical - update",
        ("other_job", None, None, None, "agency", "en"),
        text="""Thank you for your email. I am out of the office until Monday 13 October with
limited access to email. For urgent matters please contact
finance.nl@hallowayrecruitment.example.

Kind regards,
Olivia Marsh""",
    ),
    m(
        "wd-code",
        "2025-11-03 09:21",
        "Zilverlijn Insurance <zilverlijn@myworkday.com>",
        "Verify your candidate account",
        ("other_job", "Zilverlijn Insurance", None, None, "workday", "en"),
        tz="+0100",
        html="""<p>Hi Priya,</p><p>Please verify your email address to activate your Zilverlijn
Insurance candidate account. Your verification code is <b>481 922</b>.</p><p>The code expires in 24
hours.</p>""",
    ),
    m(
        "survey",
        "2025-07-25 12:00",
        "Vandermolen Foods <surveys@vandermolenfoods.example>",
        "How was your candidate experience?",
        ("other_job", "Vandermolen Foods", None, None, "direct", "en"),
        text="""Hi Priya,

You recently took part in our selection process. Would you spare 3 minutes to
tell us how it went? Your answers are anonymous and help us improve.

https://survey.vandermolenfoods.example/cx?id=88a1

Thank you!
Talent Acquisition, Vandermolen Foods""",
    ),
    m(
        "brk-news",
        "2025-11-27 08:00",
        "Brinkman Staffing <nieuws@brinkmanstaffing.example>",
        "Salary guide 2026: what logistics professionals earn",
        ("alert", None, None, None, "agency", "en"),
        tz="+0100",
        html="""<div><h2>Brinkman Salary Guide 2026</h2><p>Warehouse leads +6.1%, buyers +4.3%,
planners +5.0% - see the full numbers for your role and region.</p><p>Plus: 40 new vacancies in
supply chain this week. <a href="https://brinkmanstaffing.example/vacatures">Apply
now</a></p></div>""",
    ),
]
