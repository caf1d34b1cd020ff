# ruff: noqa: E501
"""Corpus 34, job mail in English (see heldout34.py). Also holds the ``m()`` shorthand."""

from __future__ import annotations

import hashlib
from typing import Any

_IDS: dict[str, str] = {}


def _tz(day: str) -> str:
    """British Summer Time ends on 26 October 2025; before that the offset is +0100."""
    return "+0100" if day < "2025-10-26 02:00" else "+0000"


def when(local: str) -> str:
    """'2025-09-03 09:14' -> the builder's date format, with the UK offset of that day."""
    return f"{local}:00 {_tz(local)}"


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple,
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    addr = frm.rsplit("<", 1)[-1].rstrip(">")
    domain = addr.split("@", 1)[1]
    if domain in ("gmail.com", "googlemail.com"):
        domain = "mail.gmail.com"
    digest = hashlib.sha1(f"hob34:{key}".encode()).hexdigest()
    mid = f"<{digest[:14]}.{digest[14:22]}@{domain}>"
    _IDS[key] = mid
    spec: dict[str, Any] = {"id": mid, "date": when(date), "from": frm, "subject": subject, "t": t}
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def reply(key: str) -> dict[str, str]:
    mid = _IDS[key]
    return {"In-Reply-To": mid, "References": mid}


def ev(
    uid: str, start: str, summary: str, organizer: tuple[str, str], minutes: int = 60, **kw: Any
) -> dict[str, Any]:
    out = {
        "uid": uid,
        "start": when(start),
        "summary": summary,
        "organizer": organizer,
        "minutes": minutes,
    }
    out.update(kw)
    return out


def J(
    cat: str, company: str | None, role: str | None, app: int | None, source: str, lang: str = "en"
) -> tuple:
    return (cat, company, role, app, source, lang)


N = ("not_job", "en")

# --- people ----------------------------------------------------------------------------------
GEMMA = "Gemma Clough <gemma.clough@penninefinancerec.co.uk>"
GEMMA_SIG = """Gemma Clough
Senior Consultant – Accountancy & Finance
Pennine Finance Recruitment
2nd Floor, 14 Peter Street, Manchester M2 5GP
T: 0161 555 0142 | M: 07700 900 318
www.penninefinancerec.co.uk

Pennine Finance Recruitment Ltd is acting as an employment agency in relation to this vacancy.
This email and any attachments are confidential."""

LIAM = "Liam Sheard <liam@castlefieldsearch.co.uk>"
LIAM_SIG = """Cheers,
Liam

Liam Sheard | Principal Consultant, Finance Interim
Castlefield Search | Manchester · Leeds
DDI 0161 555 0977 | Mob 07700 900 561
castlefieldsearch.co.uk"""

PRIYA = "Priya Kaur <priya.kaur@northpointap.co.uk>"
PRIYA_SIG = """Kind regards

Priya Kaur
Recruitment Consultant | Northpoint Accountancy Personnel
Liverpool office: Suite 4, Water Street Chambers, Liverpool L2 0RG
0151 555 0463

Northpoint Accountancy Personnel is a trading name of Northpoint Personnel Group Ltd,
registered in England & Wales no. 09876123. Please consider the environment before printing."""

MAIL: list[dict[str, Any]] = []
add = MAIL.append

# =============================================================================================
# 1  Halden Foods – Management Accountant (Pennine Finance, client named late)
# =============================================================================================
add(
    m(
        "a1-out",
        "2025-09-03 08:47",
        GEMMA,
        "Management Accountant - Trafford Park - c.£45k + bonus",
        J("outreach", None, "Management Accountant", None, "agency"),
        f"""Hi Hannah,

Hope you're well. I came across your CV on CV-Library and think you could be a great fit for a
role I'm working on exclusively.

My client is a leading manufacturer in Trafford Park – family-owned, around £120m turnover,
supplying own-label chilled products to the major grocers. They're looking for a Management
Accountant to join a team of six reporting into the Financial Controller.

- Month-end close, accruals/prepayments, balance sheet recs
- Standard costing and monthly variance analysis for two production sites
- Supporting budget and reforecast cycles
- Hybrid, 3 days on site, £42-46k + 10% bonus

Would you be free for a quick call today or tomorrow? I'll tell you who the client is when we
speak – just want to make sure it's a good match first.

Thanks,
{GEMMA_SIG}""",
    )
)

add(
    m(
        "a1-sub",
        "2025-09-05 16:12",
        GEMMA,
        "Re: Management Accountant - Trafford Park - c.£45k + bonus",
        J("confirmation", "Halden Foods", "Management Accountant", 1, "agency"),
        f"""Hi Hannah,

Lovely to speak earlier. As discussed, I've now sent your CV across to Halden Foods for the
Management Accountant position – I've included the summary we talked about (the standard
costing project at your current place and your CIMA finals timing).

The hiring manager is Rob Tattersall, Financial Controller. He's usually quick with feedback so
I'd hope to hear something early next week. I'll ring you as soon as I do.

Please don't apply to Halden directly or via anyone else in the meantime so there's no
duplication.

Have a good weekend!
{GEMMA_SIG}

-----Original Message-----
From: Hannah Oyelaran-Brooks <h.oyelaranbrooks@gmail.com>
Sent: 05 September 2025 13:40
To: Gemma Clough <gemma.clough@penninefinancerec.co.uk>
Subject: Re: Management Accountant - Trafford Park - c.£45k + bonus

Hi Gemma, thanks for the call – happy for you to put me forward. Updated CV attached.
Hannah""",
        **reply("a1-out"),
    )
)

add(
    m(
        "a1-int1",
        "2025-09-11 11:03",
        GEMMA,
        "Halden Foods - 1st stage interview confirmed",
        J("interview", "Halden Foods", "Management Accountant", 1, "agency"),
        f"""Hi Hannah,

Great news – Rob would like to meet you! Details below:

Date: Wednesday 17th September
Time: 10:30am (allow 60-75 mins)
Location: Halden Foods, Unit 7 Westinghouse Road, Trafford Park, M17 1PT – sign in at main
reception, visitor parking is on the left as you come in.
With: Rob Tattersall (Financial Controller) and Claire Benn (HR Business Partner)

Format is a competency-based interview followed by a short walk round the factory floor. Expect
questions on month-end under pressure, working with non-finance managers and a time you've
improved a process. Bring a couple of examples on variance analysis – Rob loves a bridge.

I'll give you a call on Tuesday to prep.
{GEMMA_SIG}""",
    )
)

add(
    m(
        "a1-int2",
        "2025-09-22 17:26",
        GEMMA,
        "Next steps - Halden",
        J("interview", "Halden Foods", "Management Accountant", 1, "agency"),
        f"""Hannah,

Really positive feedback from Wednesday – Rob said you were "clearly on top of costing" and
Claire liked how you explained the stock provision example.

They'd like you back for a second stage with the Finance Director, Sunita Mehra:
Thursday 25th September, 2pm, same site. About 45 minutes, more of a conversational one,
plus a 10-minute presentation: "What would your first 90 days look like in this role?" –
no more than 5 slides.

Can you confirm you're OK for that time? Let me know if you want to run your slides past me.

{GEMMA_SIG}""",
    )
)

add(
    m(
        "a1-rej",
        "2025-10-02 09:58",
        GEMMA,
        "Halden Foods feedback",
        J("rejection", "Halden Foods", "Management Accountant", 1, "agency"),
        f"""Hi Hannah,

Sorry I missed you just now – I wanted to give you the update in person rather than by email.

Sunita and Rob both said you interviewed really well and your presentation was one of the
strongest they saw. It came down to two people in the end, and they've offered the role to
someone who covered maternity leave in the team last year and already knows their systems.
So on this occasion it's a no, which I know is frustrating after getting so close.

They've asked me to say they'd be keen to hear from you if anything else comes up, and I'll
definitely be keeping you in mind for my other manufacturing clients.

Speak soon,
{GEMMA_SIG}""",
    )
)

add(
    m(
        "a1-dup",
        "2025-09-09 14:31",
        "Tom Whitcombe <tom.whitcombe@ledgerline.co.uk>",
        "Exciting Management Accountant opportunity - Halden Foods, Trafford Park",
        J("outreach", "Halden Foods", "Management Accountant", None, "agency"),
        """Hi Hannah,

I'm recruiting a Management Accountant for Halden Foods in Trafford Park (chilled food
manufacturer, c.£45k + bonus, hybrid). Your background in manufacturing costing looks spot on.

Are you happy for me to submit your CV? I'd just need your right to work confirmed and your
current notice period. If you've already been put forward by another agency, let me know and
I won't send it, as that can cause problems with the client.

Thanks,
Tom Whitcombe
Ledgerline Talent – Finance & Accountancy
0113 555 0210 | ledgerline.co.uk
Leeds | Manchester | Sheffield""",
    )
)

add(
    m(
        "a1-dup2",
        "2025-09-09 16:05",
        "Tom Whitcombe <tom.whitcombe@ledgerline.co.uk>",
        "RE: Exciting Management Accountant opportunity - Halden Foods, Trafford Park",
        J("other_job", "Halden Foods", "Management Accountant", None, "agency"),
        """No problem at all Hannah, thanks for being upfront – I won't send anything over.

Good luck with it, and I'll add you to my list for anything similar across Leeds and Manchester.

Tom

From: Hannah Oyelaran-Brooks <h.oyelaranbrooks@gmail.com>
Sent: Tuesday, September 9, 2025 3:52 PM
To: Tom Whitcombe <tom.whitcombe@ledgerline.co.uk>
Subject: Re: Exciting Management Accountant opportunity - Halden Foods, Trafford Park

Hi Tom, thanks – I've already been submitted to Halden by another agency, so please don't
send my CV. Happy to hear about other roles though.
Hannah""",
        **reply("a1-dup"),
    )
)

# =============================================================================================
# 2  Medlock Valley NHS Foundation Trust – Management Accountant (NHS Jobs)
# =============================================================================================
NHSJOBS = "NHS Jobs <no-reply@jobs.nhs.uk>"
add(
    m(
        "a2-nudge",
        "2025-09-06 07:00",
        NHSJOBS,
        "You have not submitted your application",
        J("alert", "Medlock Valley NHS Foundation Trust", "Management Accountant", None, "other"),
        """Dear Hannah Oyelaran-Brooks,

You started an application for the following job but you have not submitted it yet.

Job title: Management Accountant
Employer: Medlock Valley NHS Foundation Trust
Reference number: C9351-25-0882
Closing date: 10 September 2025

The closing date is approaching. Sign in to your NHS Jobs account to finish and submit your
application:
https://www.jobs.nhs.uk/candidate/applications

Jobs may close early if they receive a high number of applications.

This is an automated email. Do not reply to this email.

NHS Jobs""",
    )
)

add(
    m(
        "a2-conf",
        "2025-09-08 21:14",
        NHSJOBS,
        "Application submitted - Management Accountant",
        J(
            "confirmation",
            "Medlock Valley NHS Foundation Trust",
            "Management Accountant",
            2,
            "other",
        ),
        """Dear Hannah Oyelaran-Brooks,

Your application has been submitted.

Job title: Management Accountant
Employer: Medlock Valley NHS Foundation Trust
Reference number: C9351-25-0882
Application reference: AR-250908-117734

What happens next
The employer will review your application after the closing date. If you are shortlisted, they
will contact you through your NHS Jobs account and by email.

If you do not hear from the employer within 4 weeks of the closing date, you have not been
successful on this occasion.

You can track your application in your account:
https://www.jobs.nhs.uk/candidate/applications

This is an automated email. Do not reply to this email.

NHS Jobs""",
    )
)

add(
    m(
        "a2-int",
        "2025-09-22 10:40",
        NHSJOBS,
        "Invitation to interview - Management Accountant",
        J("interview", "Medlock Valley NHS Foundation Trust", "Management Accountant", 2, "other"),
        """Dear Hannah Oyelaran-Brooks,

Medlock Valley NHS Foundation Trust has invited you to an interview.

Job title: Management Accountant (Band 6)
Reference number: C9351-25-0882

Message from the employer:
"Thank you for your application. We are pleased to invite you to interview. The panel will be
Andrea Pollitt (Head of Financial Management), Kwame Asante (Senior Management Accountant)
and a service representative from Surgery & Critical Care. Prior to the interview you will
complete a 30-minute Excel exercise on site. Please bring photographic ID and proof of your
qualifications."

You need to choose an interview slot. Slots available:
- Wednesday 1 October 2025, 09:30
- Wednesday 1 October 2025, 11:00
- Wednesday 1 October 2025, 13:30

Location: Finance Department, Level 2, Harpurhey Building, Medlock Valley Hospital, M9 4DE

Sign in to book your slot:
https://www.jobs.nhs.uk/candidate/applications

This is an automated email. Do not reply to this email.

NHS Jobs""",
    )
)

add(
    m(
        "a2-rej",
        "2025-10-08 15:22",
        NHSJOBS,
        "Update on your application - C9351-25-0882",
        J("rejection", "Medlock Valley NHS Foundation Trust", "Management Accountant", 2, "other"),
        """Dear Hannah Oyelaran-Brooks,

Job title: Management Accountant (Band 6)
Employer: Medlock Valley NHS Foundation Trust

Thank you for attending interview for the above post. We regret to inform you that on this
occasion you have been unsuccessful.

The panel were impressed with your Excel exercise and would encourage you to apply for future
vacancies with the Trust. If you would like feedback, please contact the recruiting manager,
Andrea Pollitt, at andrea.pollitt@medlockvalley.nhs.uk.

Thank you for your interest in working for Medlock Valley NHS Foundation Trust.

This is an automated email. Do not reply to this email.

NHS Jobs""",
    )
)

# =============================================================================================
# 3  Calder & Aire Teaching Hospitals NHS Trust – Financial Management Accountant (Trac)
# =============================================================================================
TRAC = "Calder & Aire Teaching Hospitals NHS Trust <noreply@trac.jobs>"
add(
    m(
        "a3-conf",
        "2025-10-02 19:48",
        TRAC,
        "Application received - 281-FIN-7761",
        J(
            "confirmation",
            "Calder & Aire Teaching Hospitals NHS Trust",
            "Financial Management Accountant",
            3,
            "other",
        ),
        """Dear Hannah

Thank you for applying for the post of Financial Management Accountant (Band 7), reference
281-FIN-7761.

Your application has been received and will be passed to the shortlisting panel after the
closing date of 12/10/2025.

Please check your email and your Trac account regularly, as all correspondence about this
vacancy will be sent electronically. Please add noreply@trac.jobs to your safe senders list.

Calder & Aire Teaching Hospitals NHS Trust is committed to safeguarding and promoting the
welfare of children and adults. All appointments are subject to satisfactory pre-employment
checks.

Regards

Recruitment Team
Calder & Aire Teaching Hospitals NHS Trust
Leeds General Road, Leeds LS1 9XA

Please do not reply to this email. This mailbox is not monitored.""",
    )
)

add(
    m(
        "a3-int",
        "2025-10-20 12:05",
        TRAC,
        "Shortlisted for interview - 281-FIN-7761 Financial Management Accountant",
        J(
            "interview",
            "Calder & Aire Teaching Hospitals NHS Trust",
            "Financial Management Accountant",
            3,
            "other",
        ),
        """Dear Hannah

Congratulations, you have been shortlisted for interview for the post of Financial Management
Accountant (Band 7), reference 281-FIN-7761.

Interviews will take place on Tuesday 28/10/2025 at St Gemma Wing, Calder & Aire Hospital,
Leeds. The interview will include a 10 minute presentation on the following topic:
"How would you support a clinical directorate to deliver its cost improvement programme?"

Please log in to your Trac account to book an interview time using the link below. Slots are
allocated on a first come first served basis.

https://www.trac.jobs/vacancy/login

On the day, please bring original documents for ID (passport or driving licence plus a utility
bill), evidence of your right to work in the UK, and qualification certificates.

Kind regards

Recruitment Team
Calder & Aire Teaching Hospitals NHS Trust""",
    )
)

add(
    m(
        "a3-offer",
        "2025-11-10 14:17",
        TRAC,
        "Conditional offer of employment - 281-FIN-7761",
        J(
            "offer",
            "Calder & Aire Teaching Hospitals NHS Trust",
            "Financial Management Accountant",
            3,
            "other",
        ),
        """Dear Hannah

Conditional offer of employment: Financial Management Accountant, Band 7
Reference: 281-FIN-7761

Following your recent interview, I am delighted to offer you the above post, subject to
satisfactory pre-employment checks, including:
- two satisfactory references covering the last three years of employment
- a Basic DBS check
- occupational health clearance
- verification of identity, right to work and professional qualifications

Salary will be at the bottom of Band 7 (£47,810 per annum), pro rata for 37.5 hours per week.

Please log in to your Trac account to accept or decline this conditional offer within 5 working
days. Once you accept, we will request your references and send instructions for completing
your DBS application online.

If you have any questions please contact Jordan Firth, Recruitment Officer, on 0113 555 0719.

Yours sincerely

Recruitment Team
Calder & Aire Teaching Hospitals NHS Trust""",
    )
)

add(
    m(
        "a3-decl",
        "2025-11-14 10:02",
        "Fiona Ackroyd <fiona.ackroyd@calderaire.nhs.uk>",
        "RE: Financial Management Accountant - offer",
        J(
            "offer",
            "Calder & Aire Teaching Hospitals NHS Trust",
            "Financial Management Accountant",
            3,
            "direct",
        ),
        """Hi Hannah,

Thanks for letting me know, and for being so honest about the commute – I completely
understand, Manchester to Leeds five days a week in the first six months is a lot to take on.
I've asked the recruitment team to withdraw the conditional offer on Trac, so you don't need to
do anything further.

It was a pleasure to meet you and I'd really encourage you to keep an eye on our vacancies –
we are looking at more hybrid arrangements next year.

All the best,
Fiona

Fiona Ackroyd
Deputy Head of Financial Management
Calder & Aire Teaching Hospitals NHS Trust

-----Original Message-----
From: Hannah Oyelaran-Brooks <h.oyelaranbrooks@gmail.com>
Sent: 13 November 2025 18:22
To: Ackroyd Fiona (CALDER & AIRE TEACHING HOSPITALS NHS TRUST) <fiona.ackroyd@calderaire.nhs.uk>
Subject: Financial Management Accountant - offer

Dear Fiona,
Thank you so much for the offer. After a lot of thought I've decided to decline it, as the
on-site requirement for the first six months isn't workable for me from Manchester...""",
        st="declined",
    )
)

# =============================================================================================
# 4, 5  Mersey Vale Homes – two roles (Tribepad)
# =============================================================================================
MVH = "Mersey Vale Homes Careers <careers@merseyvalehomes.org.uk>"
MVH_FOOT = """
Mersey Vale Homes is a registered society under the Co-operative and Community Benefit
Societies Act 2014 and a Registered Provider of social housing (no. L4492).
Recruitment powered by Tribepad."""
add(
    m(
        "a4-conf",
        "2025-09-15 13:33",
        MVH,
        "Thank you for your application – Management Accountant (MVH1142)",
        J("confirmation", "Mersey Vale Homes", "Management Accountant", 4, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center"><tr><td style="background:#00594f;padding:16px">
<span style="color:#fff;font-size:20px">Mersey Vale Homes</span></td></tr>
<tr><td style="padding:20px">
<p>Dear Hannah,</p>
<p>Thank you for applying for the role of <b>Management Accountant</b> (MVH1142) based at our
Birkenhead office.</p>
<p>We'll review all applications once the advert closes on 26 September. Shortlisted candidates
will be contacted by email during the week commencing 29 September.</p>
<p>You can view the status of your application at any time by logging in to your
<a href="https://merseyvalehomes.tribepad.com/members/">candidate account</a>.</p>
<p>Thanks again for your interest in Mersey Vale Homes.</p>
<p>People &amp; Culture Team</p>
</td></tr><tr><td style="font-size:11px;color:#777;padding:12px">Mersey Vale Homes is a
registered society and a Registered Provider of social housing (no. L4492).<br>Recruitment powered
by Tribepad.</td></tr></table></body></html>""",
    )
)

add(
    m(
        "a4-rej",
        "2025-09-30 16:45",
        MVH,
        "Update on your application",
        J("rejection", "Mersey Vale Homes", "Management Accountant", 4, "other"),
        f"""Dear Hannah,

Management Accountant (MVH1142)

Thank you for taking the time to apply for this role. We received a very high number of
applications and, after careful consideration, we have decided to progress with other
candidates whose experience more closely matches the requirements of the role, particularly
around housing sector accounting (SORP and service charge reconciliation).

We'll keep your details on file for six months, and we'd encourage you to look at our other
current vacancies.

Best wishes,

People & Culture Team
Mersey Vale Homes
{MVH_FOOT}""",
    )
)

add(
    m(
        "a5-conf",
        "2025-11-03 09:21",
        MVH,
        "Thank you for your application – Finance Business Partner (MVH1207)",
        J("confirmation", "Mersey Vale Homes", "Finance Business Partner", 5, "other"),
        f"""Dear Hannah,

Thanks for applying for the role of Finance Business Partner (MVH1207), hybrid – Liverpool /
Birkenhead.

We'll be in touch once the advert closes on 9 November. In the meantime you can keep track of
your application through your candidate account:
https://merseyvalehomes.tribepad.com/members/

People & Culture Team
Mersey Vale Homes
{MVH_FOOT}""",
    )
)

add(
    m(
        "a5-test",
        "2025-11-10 11:08",
        MVH,
        "Next step: online assessment – Finance Business Partner",
        J("assessment", "Mersey Vale Homes", "Finance Business Partner", 5, "other"),
        f"""Dear Hannah,

Good news – you've progressed to the next stage for the Finance Business Partner role.

Before we confirm interviews, we ask all shortlisted candidates to complete two short online
assessments:

  1. Numerical reasoning (approx. 20 minutes, timed)
  2. Situational judgement (approx. 25 minutes, untimed)

Please complete both by 23:59 on Sunday 16 November using the link below. You'll need a laptop
or desktop and a calculator; the tests can't be paused once started.

https://merseyvalehomes.tribepad.com/members/assessments/8841207

If you need any reasonable adjustments, just reply to this email and let us know.

People & Culture Team
Mersey Vale Homes
{MVH_FOOT}""",
    )
)

add(
    m(
        "a5-int",
        "2025-11-21 15:50",
        "Dean Molyneux <dean.molyneux@merseyvalehomes.org.uk>",
        "Finance Business Partner - interview invitation",
        J("interview", "Mersey Vale Homes", "Finance Business Partner", 5, "direct"),
        """Hi Hannah,

Thanks for completing the assessments – your numerical score was one of the highest we've had.

I'd like to invite you to a competency-based interview with me and Ruth Okafor (Director of
Finance) on Tuesday 2 December at 11:00, on Teams. I've sent a calendar invitation separately.
We'll ask about business partnering with operational teams (repairs and development), and
you'll have 10 minutes at the start to talk us through how you'd present a quarterly forecast
to a non-finance budget holder.

Any questions in the meantime, give me a shout.

Thanks,
Dean

Dean Molyneux
Head of Financial Planning & Analysis
Mersey Vale Homes
Tel: 0151 555 0388""",
        ics=ev(
            "mvh-fbp-2025-1202@merseyvalehomes.org.uk",
            "2025-12-02 11:00",
            "Interview: Finance Business Partner – Hannah Oyelaran-Brooks",
            ("Dean Molyneux", "dean.molyneux@merseyvalehomes.org.uk"),
            60,
            attendees=[("Ruth Okafor", "ruth.okafor@merseyvalehomes.org.uk")],
            location="Microsoft Teams Meeting",
            description="Competency-based interview. Join on your computer or mobile app: "
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MVH1207",
        ),
    )
)

add(
    m(
        "a5-hold",
        "2025-12-11 12:30",
        "Dean Molyneux <dean.molyneux@merseyvalehomes.org.uk>",
        "Finance Business Partner - update",
        J("confirmation", "Mersey Vale Homes", "Finance Business Partner", 5, "direct"),
        """Hi Hannah,

I wanted to give you an honest update rather than leave you waiting. Following our board
meeting last week we've been asked to pause all non-essential recruitment until the new
financial year while we work through a restructure of the finance function.

That means the Finance Business Partner role is on hold for now – no decision has been made on
any candidate. You were very strong at interview and, if the role is reopened in the spring,
I'd like to come back to you first if you're still looking.

Sorry it's not better news.

Dean""",
        st="on_hold",
    )
)

# =============================================================================================
# 6  Aireborough University – Research Finance Accountant (jobs.ac.uk alert, Jobtrain)
# =============================================================================================
add(
    m(
        "a6-alert",
        "2025-09-26 06:31",
        "jobs.ac.uk <alerts@jobs.ac.uk>",
        "Your jobs.ac.uk alert: 6 new jobs in Finance - North West, Yorkshire",
        J("alert", None, None, None, "other"),
        html="""<html><body style="font-family:Arial">
<p>Hello Hannah,</p><p>Here are the latest jobs matching your alert <b>Finance – North West,
Yorkshire</b>.</p>
<table cellpadding="6">
<tr><td><a href="https://www.jobs.ac.uk/job/DMR418/research-finance-accountant">Research Finance
Accountant</a><br>Aireborough University – Leeds<br>£38,249 to £45,413 per annum (Grade 7)<br>
Closes: 8th October 2025</td></tr>
<tr><td><a href="https://www.jobs.ac.uk/job/DMQ990/management-accountant">Management Accountant</a>
<br>Salford Royal College of Music – Salford<br>£37,174 to £41,732<br>Closes: 3rd October 2025</td></tr>
<tr><td><a href="https://www.jobs.ac.uk/job/DMR105/finance-officer-faculty-of-science">Finance
Officer, Faculty of Science</a><br>University of the Peaks – Sheffield<br>£29,605 to £33,966</td></tr>
<tr><td><a href="https://www.jobs.ac.uk/job/DMR244/financial-planning-analyst">Financial Planning
Analyst</a><br>Mersey Institute of Technology – Liverpool<br>Competitive</td></tr>
</table>
<p><a href="https://www.jobs.ac.uk/account/job-alerts">Manage your job alerts</a> |
<a href="https://www.jobs.ac.uk/unsubscribe">Unsubscribe</a></p>
<p style="font-size:11px;color:#888">jobs.ac.uk, University of Warwick Science Park, Coventry</p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.jobs.ac.uk/unsubscribe>"},
    )
)

JT = "Aireborough University Recruitment <no-reply@jobtrain.co.uk>"
add(
    m(
        "a6-conf",
        "2025-10-01 22:19",
        JT,
        "Aireborough University: application received (Ref AU-02847)",
        J("confirmation", "Aireborough University", "Research Finance Accountant", 6, "other"),
        """Dear Hannah

Thank you for your application for the position of Research Finance Accountant (Ref AU-02847)
in Finance Services.

We confirm that your application has been successfully submitted. Applications will be
considered after the closing date and we aim to contact shortlisted applicants within three
weeks of the closing date.

You can log in to your account at any time to check the progress of your application:
https://www.jobtrain.co.uk/aireborough/Account/Login

Yours sincerely

HR Recruitment Team
Aireborough University

This email was sent by Jobtrain on behalf of Aireborough University.""",
    )
)

add(
    m(
        "a6-int",
        "2025-10-22 09:12",
        "Samira Haddad <s.haddad@aireborough.ac.uk>",
        "Invitation to interview: Research Finance Accountant (AU-02847)",
        J("interview", "Aireborough University", "Research Finance Accountant", 6, "direct"),
        """Dear Hannah,

I am pleased to invite you to interview for the post of Research Finance Accountant.

Date: Monday 3 November 2025
Time: 14:00 – 15:15
Venue: Room 2.14, Bramley Building, Aireborough University, Leeds LS6 3QT
(A campus map is attached; the nearest station is Headingley.)

The selection process will comprise:
- a 20-minute in-tray exercise based on a research grant budget (calculator provided)
- a panel interview (Professor Helen Wragg, Associate Dean for Research; Simon Ellery, Research
  Finance Manager; and myself)

Please confirm your attendance by replying to this email, and let me know if you require any
adjustments to the process.

Best wishes,

Samira Haddad
HR Adviser (Recruitment)
Aireborough University""",
        attach=[
            (
                "campus-map.txt",
                "text/plain",
                "Campus map: Bramley Building is building 14, next to the library.",
            )
        ],
    )
)

add(
    m(
        "a6-rej",
        "2025-11-06 17:02",
        "Samira Haddad <s.haddad@aireborough.ac.uk>",
        "Research Finance Accountant (AU-02847)",
        J("rejection", "Aireborough University", "Research Finance Accountant", 6, "direct"),
        """Dear Hannah,

Thank you for attending the interview for the post of Research Finance Accountant on Monday.

The panel enjoyed meeting you and appreciated the thought you had put into the in-tray
exercise. However, after careful deliberation, we have decided to progress with other candidates
whose experience of post-award research funding was more extensive.

Simon Ellery would be happy to provide feedback if you would find it useful – please let me
know and I will arrange a call.

Thank you again for your interest in working at Aireborough University, and I wish you every
success in your search.

Kind regards,
Samira

Samira Haddad
HR Adviser (Recruitment)""",
    )
)

# =============================================================================================
# 7  Ashworth Athletic FC – FP&A Analyst (Greenhouse)
# =============================================================================================
add(
    m(
        "a7-tc",
        "2025-10-04 10:11",
        "Ashworth Athletic Careers <no-reply@greenhouse.io>",
        "Welcome to the Ashworth Athletic Talent Community",
        J("alert", "Ashworth Athletic FC", None, None, "greenhouse"),
        """Hi Hannah,

Thanks for joining our Talent Community! Whether it's matchday operations, commercial,
hospitality or the club's back office, we'll let you know when roles open up that match your
interests.

You told us you're interested in: Finance, Commercial

Up the Ash!
Ashworth Athletic Football Club Commercial Ltd

You can update your preferences or unsubscribe at any time:
https://boards.greenhouse.io/ashworthathletic/prospects/preferences""",
    )
)

add(
    m(
        "a7-conf",
        "2025-10-06 20:37",
        "Ashworth Athletic Careers <no-reply@greenhouse.io>",
        "Thank you for applying to Ashworth Athletic",
        J("confirmation", "Ashworth Athletic FC", "FP&A Analyst", 7, "greenhouse"),
        """Hi Hannah,

Thanks for your interest in Ashworth Athletic! We've received your application for the FP&A
Analyst position (Commercial) and our team will review it shortly.

If your experience is a good match, someone from our People team will be in touch to talk about
next steps. Due to the volume of applications we receive, it can take up to three weeks for us
to get back to you.

In the meantime, why not have a look at what life is like behind the scenes at Ashworth Park?
https://www.ashworthathletic.co.uk/club/careers

Best,
The Ashworth Athletic People Team""",
    )
)

add(
    m(
        "a7-rej",
        "2025-10-20 13:26",
        "Ashworth Athletic Careers <no-reply@greenhouse.io>",
        "Ashworth Athletic – FP&A Analyst",
        J("rejection", "Ashworth Athletic FC", "FP&A Analyst", 7, "greenhouse"),
        """Hi Hannah,

Thank you for applying for the FP&A Analyst role at Ashworth Athletic and for your patience
while we reviewed applications.

We had a great response to this role, and while your background is impressive, we won't be
moving forward with your application at this time. This decision was difficult because of the
strength of candidates.

We'll keep your details in our Talent Community and hope our paths cross again.

All the best,
The Ashworth Athletic People Team""",
    )
)

add(
    m(
        "a7-survey",
        "2025-10-22 10:00",
        "Ashworth Athletic Careers <no-reply@greenhouse.io>",
        "How did we do? 2-minute survey about your application",
        J("other_job", "Ashworth Athletic FC", "FP&A Analyst", None, "greenhouse"),
        """Hi Hannah,

We're always trying to improve how we recruit. Could you spare two minutes to tell us about
your experience applying for the FP&A Analyst role? Your answers are anonymous and won't affect
any current or future applications.

Take the survey: https://www.greenhouse.io/survey/candidate?s=ashworthathletic-84412

Thanks,
Ashworth Athletic People Team""",
    )
)

# =============================================================================================
# 8, 9  Brindle Group plc and Brindle Retail (one Workday site)
# =============================================================================================
BRW = "Brindle Group Careers <brindle@myworkday.com>"
add(
    m(
        "a8-acct",
        "2025-10-08 19:54",
        BRW,
        "Your Brindle Group candidate account has been created",
        J("other_job", "Brindle Group", None, None, "workday"),
        """Hello Hannah,

Your candidate account for Brindle Group careers has been created. Your username is your email
address: h.oyelaranbrooks@gmail.com.

To sign in and manage your applications, visit:
https://brindle.wd3.myworkday.com/brindlecareers/login

If you did not create this account, please ignore this email.

Brindle Group plc""",
    )
)

add(
    m(
        "a8-nudge",
        "2025-10-09 19:55",
        BRW,
        "Don't forget to finish your application",
        J("alert", "Brindle Group", "Group FP&A Analyst", None, "workday"),
        """Hi Hannah,

You started an application for Group FP&A Analyst (R-0012873) but haven't submitted it yet.
Your progress has been saved – pick up where you left off:

https://brindle.wd3.myworkday.com/brindlecareers/job/Manchester-Head-Office/Group-FP-A-Analyst_R-0012873/apply

Brindle Group Talent Acquisition""",
    )
)

add(
    m(
        "a8-conf",
        "2025-10-10 07:41",
        BRW,
        "Thank you for applying: Group FP&A Analyst (R-0012873)",
        J("confirmation", "Brindle Group", "Group FP&A Analyst", 8, "workday"),
        """Dear Hannah,

Thank you for your interest in Brindle Group plc and for applying for the role of Group FP&A
Analyst (R-0012873), Manchester Head Office.

We have received your application and our Talent Acquisition team will now review it against
the requirements of the role. If you are successful in progressing to the next stage, we will
be in touch.

You can check the status of your application at any time by signing in to your candidate home:
https://brindle.wd3.myworkday.com/brindlecareers/userHome

Kind regards,
Brindle Group Talent Acquisition

Brindle Group plc, registered in England and Wales no. 01122334. Registered office: Brindle
House, 1 Chapel Wharf, Salford M3 5LH.""",
    )
)

add(
    m(
        "a8-test",
        "2025-10-16 08:30",
        BRW,
        "Group FP&A Analyst – online assessment",
        J("assessment", "Brindle Group", "Group FP&A Analyst", 8, "workday"),
        """Dear Hannah,

Thank you for your application for Group FP&A Analyst (R-0012873). We'd like to invite you to
complete our online assessments, which form the next stage of our process:

• Numerical reasoning – 18 questions, 25 minutes
• Verbal reasoning – 24 questions, 19 minutes
• Work style questionnaire – untimed

You'll find the link to start the assessments in your candidate home under "My Tasks". Please
complete them within 5 days. We recommend a quiet place, a stable internet connection and a
calculator and paper for the numerical test.

Good luck!
Brindle Group Talent Acquisition""",
    )
)

add(
    m(
        "a8-int",
        "2025-10-29 15:04",
        "Hollie Barraclough <hollie.barraclough@brindlegroup.co.uk>",
        "Invitation: Group FP&A Analyst interview - Hannah Oyelaran-Brooks @ Thu 6 Nov 2025 10:00 - 11:00 (GMT)",
        J("interview", "Brindle Group", "Group FP&A Analyst", 8, "direct"),
        """Hi Hannah,

Following your assessment results, Mark Denholm (Head of Group FP&A) would like to meet you for
a first interview. Please accept the invitation below. It's at our head office at Chapel Wharf
– ask for me at reception and I'll bring you up.

Thanks,
Hollie
Talent Acquisition Partner, Brindle Group plc""",
        ics=ev(
            "7q1n0bd2k9jk4m3p1r@google.com",
            "2025-11-06 10:00",
            "Group FP&A Analyst interview - Hannah Oyelaran-Brooks",
            ("Hollie Barraclough", "hollie.barraclough@brindlegroup.co.uk"),
            60,
            attendees=[("Mark Denholm", "mark.denholm@brindlegroup.co.uk")],
            location="Brindle House, 1 Chapel Wharf, Salford M3 5LH",
            description="First-stage interview with Mark Denholm, Head of Group FP&A.",
        ),
    )
)

add(
    m(
        "a8-rej",
        "2025-11-13 16:38",
        BRW,
        "Your application for Group FP&A Analyst",
        J("rejection", "Brindle Group", "Group FP&A Analyst", 8, "workday"),
        """Dear Hannah,

Thank you for the time you have invested in applying and interviewing for the Group FP&A
Analyst position at Brindle Group plc.

After careful consideration, we regret to inform you that you have not been selected to move
forward in the process. We appreciate your interest and encourage you to apply for future roles
across the Group that match your skills.

Kind regards,
Brindle Group Talent Acquisition""",
    )
)

add(
    m(
        "a9-conf",
        "2025-11-17 12:46",
        "Brindle Retail Careers <brindle@myworkday.com>",
        "Application received: Commercial Finance Analyst (R-0013140)",
        J("confirmation", "Brindle Retail", "Commercial Finance Analyst", 9, "workday"),
        """Dear Hannah,

Thanks for applying for Commercial Finance Analyst (R-0013140) with Brindle Retail Limited, part
of Brindle Group plc. Your application has been received.

Our retail finance team is based at the Brindle Retail Support Centre in Stockport, with two
days a week in the office.

We'll be in touch as soon as we've reviewed your application. You can track progress in your
candidate home: https://brindle.wd3.myworkday.com/brindlecareers/userHome

Brindle Retail Talent Team""",
    )
)

add(
    m(
        "a9-rej",
        "2025-12-02 11:15",
        "Brindle Retail Careers <brindle@myworkday.com>",
        "Commercial Finance Analyst (R-0013140) - update",
        J("rejection", "Brindle Retail", "Commercial Finance Analyst", 9, "workday"),
        """Dear Hannah,

Thank you for applying for Commercial Finance Analyst at Brindle Retail.

We have now reviewed all applications. Unfortunately, on this occasion we will not be taking
your application further, as we have shortlisted candidates with more direct experience of
retail trading and margin analysis.

Thank you for your interest in Brindle.

Brindle Retail Talent Team""",
    )
)

# =============================================================================================
# 10  Kersal Building Society – FP&A Analyst (Oleeo) – accepted
# =============================================================================================
KBS = "Kersal Building Society Recruitment <noreply@kersal.tal.net>"
add(
    m(
        "a10-code",
        "2025-11-04 21:02",
        KBS,
        "Verify your email address",
        J("other_job", "Kersal Building Society", None, None, "other"),
        """Hello,

Please use the following code to verify your email address and complete your registration with
Kersal Building Society Careers:

    481 920

This code expires in 30 minutes. If you didn't request this, you can safely ignore this email.

Kersal Building Society Careers""",
    )
)

add(
    m(
        "a10-conf",
        "2025-11-05 08:02",
        KBS,
        "Your application for FP&A Analyst",
        J("confirmation", "Kersal Building Society", "FP&A Analyst", 10, "other"),
        """Dear Hannah

Thank you for applying for the role of FP&A Analyst (KBS/25/118) at Kersal Building Society.

We've received your application, and you'll soon receive an invitation to complete our online
assessments. As a mutual, we're owned by our members, and we look for people who share our
values: Straightforward, Caring and Together.

You can view your application and track progress here:
https://kersal.tal.net/vx/candidate/applicationform

Kind regards

Recruitment Team
Kersal Building Society
Kersal House, Bury New Road, Salford M7 4QX

Kersal Building Society is authorised by the Prudential Regulation Authority and regulated by
the Financial Conduct Authority and the Prudential Regulation Authority (FRN 100512).""",
    )
)

add(
    m(
        "a10-test",
        "2025-11-07 09:15",
        KBS,
        "Action required: complete your online tests",
        J("assessment", "Kersal Building Society", "FP&A Analyst", 10, "other"),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear Hannah</p>
<p>Thank you for your application for <b>FP&amp;A Analyst</b>. The next stage of our process is
two online assessments:</p>
<ul><li><b>Numerical Reasoning</b> (around 25 minutes)</li>
<li><b>Situational Judgement</b> (around 20 minutes) – a set of realistic scenarios from life at
the Society</li></ul>
<p>Please complete both by <b>Friday 14 November at midnight</b>.</p>
<p><a href="https://kersal.tal.net/vx/candidate/tests/launch?id=33190">Start your assessments</a></p>
<p>Practice questions are available on our careers site. If you need reasonable adjustments, please
reply and let us know before you start.</p>
<p>Good luck,<br>Recruitment Team<br>Kersal Building Society</p></body></html>""",
    )
)

add(
    m(
        "a10-ac",
        "2025-11-26 14:40",
        KBS,
        "Invitation to assessment centre – FP&A Analyst",
        J("interview", "Kersal Building Society", "FP&A Analyst", 10, "other"),
        """Dear Hannah

Congratulations – following your online assessments, we'd like to invite you to our
assessment centre for the FP&A Analyst role.

Date: Thursday 4 December 2025
Time: 09:00 – 13:00
Venue: Kersal House, Bury New Road, Salford M7 4QX

The morning will include:
- a group exercise with other candidates
- a case study: analysing branch network performance and presenting your recommendations
- a short meeting with members of the Finance team

Please book your place in your candidate account by Monday. Lunch is provided; please tell us
about any dietary requirements.

Kind regards
Recruitment Team
Kersal Building Society""",
    )
)

add(
    m(
        "a10-int",
        "2025-12-05 17:11",
        "Nadine Fairhurst <nadine.fairhurst@kersalbs.co.uk>",
        "Final interview - FP&A Analyst",
        J("interview", "Kersal Building Society", "FP&A Analyst", 10, "direct"),
        """Dear Hannah,

Thank you for attending the assessment centre yesterday – you made a great impression on the
team and we'd like to invite you to a final, competency-based interview with myself and our
Chief Financial Officer, Gareth Lomax.

Would Wednesday 10 December at 15:00 suit? It will last around an hour and be held at Kersal
House. We'll focus on our values and on your experience of building forecasting models and
presenting to senior stakeholders.

Best regards,
Nadine

Nadine Fairhurst
Financial Planning & Analysis Manager
Kersal Building Society
Direct: 0161 555 0851""",
    )
)

add(
    m(
        "a10-offer",
        "2025-12-18 10:26",
        "Nadine Fairhurst <nadine.fairhurst@kersalbs.co.uk>",
        "Offer of employment – FP&A Analyst",
        J("offer", "Kersal Building Society", "FP&A Analyst", 10, "direct"),
        """Dear Hannah,

Further to our telephone conversation this morning, I'm delighted to confirm that we would like
to offer you the position of FP&A Analyst at Kersal Building Society.

The main terms are:
- Salary: £48,500 per annum
- Annual bonus scheme: up to 10%
- 27 days' holiday plus bank holidays, rising with service
- Defined contribution pension with up to 8% employer contribution
- Hybrid working, two days per week at Kersal House
- Start date: to be agreed, ideally Monday 2 February 2026

This offer is subject to satisfactory references, a Basic DBS check and a credit check, as is
standard for all roles at the Society. Your formal offer letter and contract will follow from
our HR team via your candidate account.

Please let me know your decision by Friday 2 January. Everyone here is really looking forward to
working with you.

Warm regards,
Nadine

Nadine Fairhurst
Financial Planning & Analysis Manager
Kersal Building Society""",
    )
)

add(
    m(
        "a10-acc",
        "2026-01-05 09:44",
        KBS,
        "Welcome to Kersal Building Society – offer accepted",
        J("offer", "Kersal Building Society", "FP&A Analyst", 10, "other"),
        """Dear Hannah

Thank you for accepting our offer of employment as FP&A Analyst. We're delighted you'll be
joining us, and your provisional start date is Monday 2 February 2026.

As explained in your offer, your employment is conditional on satisfactory references, a Basic
DBS check and a credit check. Our pre-employment screening partner will contact you within the
next few days to collect the details needed.

Please complete the new starter forms in your candidate account (bank details, emergency
contact and equal opportunities) by 16 January.

Kind regards
People Team
Kersal Building Society""",
        st="accepted",
    )
)

add(
    m(
        "a10-dbs",
        "2026-01-07 11:03",
        "Kersal Building Society Screening <screening@kersalbs.co.uk>",
        "Pre-employment checks: references and DBS – action needed",
        J("other_job", "Kersal Building Society", "FP&A Analyst", None, "direct"),
        """Dear Hannah,

To complete your pre-employment checks for the role of FP&A Analyst, please:

1. Provide contact details for two referees covering the last three years (one must be your
   current or most recent line manager). We won't contact your current employer until you tell
   us it is OK to do so.
2. Complete your Basic DBS application online using the link we will send from our DBS partner.
   You'll need your passport or driving licence and two proofs of address.
3. Consent to a credit check (form attached to your candidate account).

If anything is unclear, call me on 0161 555 0803.

Kind regards,
Leanne Howarth
HR Administrator, Kersal Building Society""",
    )
)

# =============================================================================================
# 14, 15  Stretford Packaging – Indeed, then a re-application on their own site
# =============================================================================================
IND = "Indeed Apply <indeedapply@indeed.com>"
add(
    m(
        "a14-conf",
        "2025-09-02 12:18",
        IND,
        "Application submitted: Management Accountant",
        J("confirmation", "Stretford Packaging", "Management Accountant", 14, "indeed"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<div style="max-width:560px;margin:auto">
<p style="font-size:20px"><b>Application submitted</b></p>
<p><b>Management Accountant</b><br>Stretford Packaging Ltd – Stretford, Manchester M32<br>
£40,000 - £44,000 a year</p>
<p>The following items were sent to Stretford Packaging Ltd. Good luck!</p>
<ul><li>Application</li><li>CV: Hannah_Oyelaran-Brooks_CV_2025.pdf</li></ul>
<p>Next steps: the employer or job advertiser may reach out to you about your application.</p>
<p><a href="https://myjobs.indeed.com/applied">Track your applications on My jobs</a></p>
<p style="font-size:11px;color:#767676">Indeed UK Operations Ltd, 1 Grand Canal Square, Dublin 2.
You received this email because you applied for a job on Indeed.</p></div></body></html>""",
    )
)

add(
    m(
        "a14-viewed",
        "2025-09-04 18:02",
        "Indeed <donotreply@indeed.com>",
        "Your application was viewed by Stretford Packaging Ltd",
        J("viewed", "Stretford Packaging", "Management Accountant", 14, "indeed"),
        """Your application was viewed

Stretford Packaging Ltd viewed your application for Management Accountant.

This doesn't guarantee a response, but it's a good sign. While you wait, there are 34 similar
jobs in Manchester:
https://uk.indeed.com/jobs?q=management+accountant&l=Manchester

Indeed""",
    )
)

add(
    m(
        "a14-rej",
        "2025-09-16 09:31",
        "Stretford Packaging Ltd via Indeed <replies@indeed.com>",
        "Management Accountant at Stretford Packaging Ltd",
        J("rejection", "Stretford Packaging", "Management Accountant", 14, "indeed"),
        """Hi Hannah,

Thank you for your interest in the Management Accountant role at Stretford Packaging. We've
now had a chance to review your application and, whilst your CV shows some great experience, we
have decided not to take it forward at this stage.

Best of luck with your job search.

Karen Lees
Office & HR Manager
Stretford Packaging Ltd

--
This message was sent to you via Indeed. Reply directly to this message to respond to the
employer.""",
    )
)

add(
    m(
        "a15-conf",
        "2025-12-01 20:10",
        "Karen Lees <hr@stretfordpackaging.co.uk>",
        "Re: Management Accountant vacancy",
        J("confirmation", "Stretford Packaging", "Management Accountant", 15, "direct"),
        """Hi Hannah,

Thanks for getting back in touch and for your application – I do remember your CV from
September. The previous appointment didn't work out, so we've readvertised the role and I've
passed your details to our Finance Manager, Phil Garside, who'll be shortlisting next week.

I'll let you know either way by the 12th.

Regards,
Karen Lees
Office & HR Manager
Stretford Packaging Ltd | Unit 3, Barton Dock Road, Stretford M32 0ZH | 0161 555 0630

On Mon, 1 Dec 2025 at 18:47, Hannah Oyelaran-Brooks <h.oyelaranbrooks@gmail.com> wrote:
> Dear Karen,
> I noticed the Management Accountant role is being advertised again on your website. I applied
> in September and would still be very interested - I've attached an updated CV and cover letter.
> Kind regards, Hannah""",
    )
)

add(
    m(
        "a15-wd",
        "2026-01-08 14:49",
        "Karen Lees <hr@stretfordpackaging.co.uk>",
        "RE: Management Accountant vacancy",
        J("confirmation", "Stretford Packaging", "Management Accountant", 15, "direct"),
        """Hi Hannah,

Thanks for letting me know and congratulations on the new job! I've withdrawn your application
and let Phil know. Best of luck at Kersal.

Karen

-----Original Message-----
From: Hannah Oyelaran-Brooks <h.oyelaranbrooks@gmail.com>
Sent: 08 January 2026 12:15
To: Karen Lees <hr@stretfordpackaging.co.uk>
Subject: Re: Management Accountant vacancy

Hi Karen, I wanted to let you know I've accepted another offer, so please withdraw my
application. Thanks for your help. Hannah""",
        st="withdrawn",
    )
)

# =============================================================================================
# 16  Ordsall Freight – Assistant Financial Controller (Reed)
# =============================================================================================
add(
    m(
        "a16-conf",
        "2025-09-10 08:27",
        "reed.co.uk <noreply@reed.co.uk>",
        "Your application has been sent to Ordsall Freight Ltd",
        J("confirmation", "Ordsall Freight", "Assistant Financial Controller", 16, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Hannah,</p>
<p>Good news! Your application for <b>Assistant Financial Controller</b> has been sent to
<b>Ordsall Freight Ltd</b>.</p>
<p>Salford, Greater Manchester · £45,000 - £50,000 per annum · Permanent, full-time</p>
<p><b>What happens next?</b><br>The recruiter will review your application and contact you if
you're shortlisted. You can see all your applications in
<a href="https://www.reed.co.uk/account/applications">My applications</a>.</p>
<p>Why not boost your chances? <a href="https://www.reed.co.uk/courses">Browse finance courses</a></p>
<p style="color:#888;font-size:11px">reed.co.uk · Reed Online Ltd, Academy Court, 94 Chancery Lane,
London WC2A 1DT</p></body></html>""",
    )
)

add(
    m(
        "a16-rej",
        "2025-09-25 12:58",
        "Sanjay Bhatt <sanjay.bhatt@ordsallfreight.co.uk>",
        "Assistant Financial Controller application",
        J("rejection", "Ordsall Freight", "Assistant Financial Controller", 16, "direct"),
        """Dear Hannah,

Thank you for applying for the Assistant Financial Controller role via Reed.

We have been overwhelmed by the response and I'm sorry to say that on this occasion we will not
be inviting you to interview. We were looking for someone with more exposure to multi-currency
consolidation and freight accruals.

Kind regards,
Sanjay Bhatt
Financial Controller, Ordsall Freight Ltd""",
    )
)

# =============================================================================================
# 17  Bramhall Interiors Group – Management Accountant (Totaljobs) – ghosted
# =============================================================================================
add(
    m(
        "a17-conf",
        "2025-09-19 13:05",
        "Totaljobs <noreply@totaljobs.com>",
        "You applied for Management Accountant at Bramhall Interiors Group",
        J("confirmation", "Bramhall Interiors Group", "Management Accountant", 17, "other"),
        """Hi Hannah,

Thanks for applying. Your application for Management Accountant at Bramhall Interiors Group
(Stockport) has been sent.

A message from the recruiter:
"Thank you for your interest in joining Bramhall Interiors. Unfortunately, due to the volume of
applications we receive, we are not able to respond to every applicant individually. If you have
not heard from us within 14 days, please assume that your application has not been successful
on this occasion."

See your applications: https://www.totaljobs.com/profile/applications

Good luck!
The Totaljobs team""",
    )
)

# =============================================================================================
# 18  Marple Engineering Services – Finance Analyst (CV-Library) – withdrawn
# =============================================================================================
add(
    m(
        "a18-conf",
        "2025-10-03 10:36",
        "CV-Library <noreply@cv-library.co.uk>",
        "Application sent: Finance Analyst",
        J("confirmation", "Marple Engineering Services", "Finance Analyst", 18, "other"),
        """Hi Hannah,

Your application for the following job has been sent:

Finance Analyst
Marple Engineering Services Ltd
Marple, Stockport | £38,000 - £42,000

Applied with: Hannah OB CV Sept 2025.docx

We'll let you know if the recruiter views your application.

Team CV-Library
www.cv-library.co.uk""",
    )
)

add(
    m(
        "a18-viewed",
        "2025-10-07 16:22",
        "CV-Library <noreply@cv-library.co.uk>",
        "Marple Engineering Services Ltd has viewed your application",
        J("viewed", "Marple Engineering Services", "Finance Analyst", 18, "other"),
        """Hi Hannah,

Good news – Marple Engineering Services Ltd has viewed your application for Finance Analyst.

Keep your momentum going: 12 new Finance Analyst jobs near Manchester were posted this week.
https://www.cv-library.co.uk/finance-analyst-jobs-in-manchester

Team CV-Library""",
    )
)

add(
    m(
        "a18-wd",
        "2025-10-24 11:10",
        "Joanne Pickford <joanne.pickford@marple-eng.co.uk>",
        "Re: Finance Analyst – interview availability",
        J("confirmation", "Marple Engineering Services", "Finance Analyst", 18, "direct"),
        """Hi Hannah,

That's absolutely fine, thanks for letting us know – I've removed you from the process. Best of
luck with the other roles.

Joanne

Joanne Pickford | HR Advisor | Marple Engineering Services Ltd

From: Hannah Oyelaran-Brooks
Sent: 23 October 2025 20:41
Subject: Re: Finance Analyst – interview availability

Hi Joanne, thank you for the invitation. Having read the full job description, the role is
more transactional than I'd understood, so I'd like to withdraw my application.
Kind regards, Hannah

From: Joanne Pickford
Sent: 22 October 2025 09:05
Subject: Finance Analyst – interview availability

Dear Hannah, we'd like to invite you for a first interview for the Finance Analyst role.
Could you let me know your availability next week?""",
        st="withdrawn",
    )
)

# =============================================================================================
# 19  Tidewater Analytics – FP&A Analyst (Remote, LinkedIn)
# =============================================================================================
add(
    m(
        "a19-conf",
        "2025-10-21 08:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Hannah, your application was sent to Tidewater Analytics",
        J("confirmation", "Tidewater Analytics", "FP&A Analyst", 19, "linkedin"),
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial">
<table width="512"><tr><td>
<p style="font-size:16px">Your application was sent to Tidewater Analytics</p>
<p><b>FP&amp;A Analyst (Remote, UK)</b><br>Tidewater Analytics · United Kingdom (Remote)</p>
<p>Applied on 21 October 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4103377812/">View job</a></p>
<p>Now, take these next steps for more success with your job search</p>
<p><a href="https://www.linkedin.com/jobs/">See more jobs</a></p>
<p style="font-size:11px;color:#666">This email was intended for Hannah Oyelaran-Brooks (Management
Accountant | FP&amp;A | CIMA finalist). © 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza,
Dublin 2.</p></td></tr></table></body></html>""",
    )
)

add(
    m(
        "a19-viewed",
        "2025-10-23 13:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Tidewater Analytics",
        J("viewed", "Tidewater Analytics", "FP&A Analyst", 19, "linkedin"),
        """Your application was viewed by Tidewater Analytics

FP&A Analyst (Remote, UK)
Tidewater Analytics · United Kingdom (Remote)

The hiring team viewed your application. We'll notify you if there are any updates.

View application status: https://www.linkedin.com/jobs-tracker/

----------------------------------------
This email was intended for Hannah Oyelaran-Brooks.
© 2025 LinkedIn Ireland Unlimited Company""",
    )
)

add(
    m(
        "a19-rej",
        "2025-11-04 23:05",
        "Tidewater Talent <talent@tidewateranalytics.io>",
        "Your application to Tidewater Analytics",
        J("rejection", "Tidewater Analytics", "FP&A Analyst", 19, "direct"),
        """Hi Hannah,

Thanks so much for applying for our FP&A Analyst role and for your interest in Tidewater.

We've reviewed your application carefully, and although we really liked your experience in
manufacturing finance, we've decided to move forward with candidates whose background is closer
to SaaS metrics (ARR, churn and cohort modelling) for this particular role.

We wish you the very best in your search.

Cheers,
Maddie
Talent Team @ Tidewater Analytics""",
    )
)

# =============================================================================================
# 20  Northern Arts Trust – Finance Manager (Guardian Jobs)
# =============================================================================================
add(
    m(
        "a20-conf",
        "2025-09-23 22:47",
        "Guardian Jobs <noreply@jobs.theguardian.com>",
        "Application sent: Finance Manager, Northern Arts Trust",
        J("confirmation", "Northern Arts Trust", "Finance Manager", 20, "other"),
        """Dear Hannah,

Your application for the following job has been sent to the recruiter.

Finance Manager
Northern Arts Trust
Liverpool (hybrid) | £42,000 | Closing date: 5 October 2025

Your cover letter and CV have been forwarded. The recruiter will contact you directly.

Good luck with your application.
Guardian Jobs

Guardian News & Media Limited, Kings Place, 90 York Way, London N1 9GU""",
    )
)

add(
    m(
        "a20-int",
        "2025-10-09 10:05",
        "Jules Tanaka <jules.tanaka@northernartstrust.org.uk>",
        "Finance Manager – interview",
        J("interview", "Northern Arts Trust", "Finance Manager", 20, "direct"),
        """Dear Hannah,

Thank you for applying for the post of Finance Manager with Northern Arts Trust. I'm pleased to
say we'd like to invite you to interview on Thursday 16 October at 2.30pm at our offices in the
Baltic Triangle (Unit 5, Jamaica Street, Liverpool L1 0AF).

The panel will be me, our Chair of the Finance & Audit Committee, and our Executive Director.
We'll ask you to talk for five minutes about how you would explain restricted and unrestricted
funds to a board of trustees – no slides needed.

Travel expenses are reimbursed at standard class rail fare.

With best wishes,
Jules Tanaka
Director of Resources
Northern Arts Trust
Registered charity no. 1154872""",
    )
)

add(
    m(
        "a20-rej",
        "2025-10-24 15:19",
        "Jules Tanaka <jules.tanaka@northernartstrust.org.uk>",
        "Thank you",
        J("rejection", "Northern Arts Trust", "Finance Manager", 20, "direct"),
        """Dear Hannah,

Thank you so much for coming to see us last week. The panel really enjoyed meeting you – your
explanation of fund accounting was one of the clearest we heard, and we loved your enthusiasm
for the arts.

It was a very difficult decision, but we have offered the post to a candidate with several
years of charity sector experience, which we felt was important given the Arts Council
reporting cycle next spring.

I'm sorry to bring disappointing news, and I hope our paths cross again.

Warmest wishes,
Jules""",
    )
)

# =============================================================================================
# 21  Fallowfield Coffee Roasters – Management Accountant (part-time) – owner's gmail; ghosted
# =============================================================================================
add(
    m(
        "a21-conf",
        "2025-11-06 07:58",
        IND,
        "Application submitted: Part-time Management Accountant",
        J("confirmation", "Fallowfield Coffee Roasters", "Management Accountant", 21, "indeed"),
        """Application submitted

Part-time Management Accountant (3 days/week)
Fallowfield Coffee Roasters – Manchester M14
£24,000 - £27,000 a year (pro rata)

Your application has been sent to Fallowfield Coffee Roasters.

Track your application: https://myjobs.indeed.com/applied

Indeed""",
    )
)

add(
    m(
        "a21-int",
        "2025-11-08 09:37",
        "Ben Adeyemi <benadeyemi.coffee@gmail.com>",
        "your application - coffee + chat?",
        J("interview", "Fallowfield Coffee Roasters", "Management Accountant", 21, "direct"),
        """Hi Hannah

Ben here, I own Fallowfield Coffee Roasters - you applied for our part time management
accountant job on Indeed. Sorry for using my personal email, the shop account is a mess!

Your CV jumped out. We're growing fast (3 cafes + wholesale) and our numbers are basically in
Xero and my head, so we need someone to build proper monthly management accounts and cashflow.

Fancy coming in for an informal chat at the roastery? Tuesday 11th at 3pm or Thursday 13th
any time after 10 work for me. Address is Unit 2, Wilmslow Road Arches, M14 6XQ.

Cheers
Ben
07700 900 884

Sent from my iPhone""",
    )
)

# =============================================================================================
# 22  Vantage Dental Group – Interim FP&A Analyst (Castlefield Search)
# =============================================================================================
add(
    m(
        "a22-out",
        "2025-10-14 12:20",
        LIAM,
        "6 month interim FP&A role - Cheshire - £300/day",
        J("outreach", None, "Interim FP&A Analyst", None, "agency"),
        f"""Hi Hannah,

Hope all's good. Gemma at Pennine mentioned you might be open to interim work too? (We're
friendly rivals!) If not, no worries.

I've got a 6-month interim FP&A Analyst role with a fast-growing dental group headquartered in
Cheshire – about 60 practices, PE-backed, rolling out a new budgeting tool (Adaptive
Planning) and need someone to own the monthly forecast while they implement it.

£280-320 per day inside IR35 via umbrella, hybrid (2 days in Wilmslow). Start ASAP.

Worth a chat?

{LIAM_SIG}""",
    )
)

add(
    m(
        "a22-sub",
        "2025-10-16 09:03",
        LIAM,
        "RE: 6 month interim FP&A role - Cheshire - £300/day",
        J("confirmation", "Vantage Dental Group", "Interim FP&A Analyst", 22, "agency"),
        f"""Morning Hannah,

As promised – your CV has gone over to Vantage Dental Group this morning, with a note on your
availability (4 weeks' notice) and day rate (£300). The hiring manager is Alistair Pope, Head
of FP&A.

They're keen to move quickly, so if they want to meet I'd expect it to be early next week.

{LIAM_SIG}""",
        **reply("a22-out"),
    )
)

add(
    m(
        "a22-int",
        "2025-10-17 16:48",
        LIAM,
        "Vantage - video interview Tues",
        J("interview", "Vantage Dental Group", "Interim FP&A Analyst", 22, "agency"),
        f"""Hannah,

Alistair wants to meet you! Tuesday 21st October at 4pm on Teams, 45 mins. He'll send the
invite directly but here's the link in case it gets stuck in spam:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_VDG-interim-fpa

He'll want to go through a forecast model you've built and how you'd handle practice managers
who don't submit numbers on time. Give me a call Monday and we'll prep.

{LIAM_SIG}""",
    )
)

add(
    m(
        "a22-chase",
        "2025-10-24 10:30",
        LIAM,
        "Vantage feedback",
        J("other_job", "Vantage Dental Group", "Interim FP&A Analyst", None, "agency"),
        f"""Hi Hannah,

Just a quick one – I've chased Alistair for feedback twice; he's been at a practice acquisition
all week. I'll keep pushing and let you know the minute I hear anything.

{LIAM_SIG}""",
    )
)

add(
    m(
        "a22-rej",
        "2025-10-29 13:14",
        LIAM,
        "RE: Vantage feedback",
        J("rejection", "Vantage Dental Group", "Interim FP&A Analyst", 22, "agency"),
        f"""Hi Hannah,

Finally heard back. Alistair liked you – he said you came across as very capable and calm – but
they've decided to go with an interim who has already implemented Adaptive Planning elsewhere,
as the timescales are so tight. Not the answer we wanted, sorry.

I've got a couple of other interim conversations going on so I'll be in touch.

{LIAM_SIG}""",
        **reply("a22-chase"),
    )
)

# =============================================================================================
# 23  Wirral & Mersey Insurance – Finance Analyst (Northpoint) – withdrawn
# =============================================================================================
add(
    m(
        "a23-out",
        "2025-11-18 11:52",
        PRIYA,
        "Finance Analyst opportunity - Liverpool city centre",
        J("outreach", None, "Finance Analyst", None, "agency"),
        f"""Hi Hannah,

I hope you don't mind me reaching out – I saw you'd applied for one of our roles on Reed earlier
in the year and thought this might interest you.

My client is a well-established insurer based in Liverpool city centre (mutual, around 400
staff). They're looking for a Finance Analyst to join their FP&A team on a permanent basis:
- monthly reporting and KPI pack for the executive committee
- budget/reforecast support and scenario modelling
- £42,000 - £46,000 + 8% bonus, 60% home working

Could we have a 10 minute chat this week? If you're interested I'll send the full job spec.

{PRIYA_SIG}""",
    )
)

add(
    m(
        "a23-sub",
        "2025-11-20 15:28",
        PRIYA,
        "CV submitted - Wirral & Mersey Insurance",
        J("confirmation", "Wirral & Mersey Insurance", "Finance Analyst", 23, "agency"),
        f"""Hi Hannah,

Thanks for your time on the phone. Just confirming I've submitted your CV to Wirral & Mersey
Insurance for the Finance Analyst role as agreed. Attached is the full job description and a
bit of background on the company.

I'll chase for feedback on Monday.

{PRIYA_SIG}""",
        attach=[
            (
                "WMI Finance Analyst JD.txt",
                "text/plain",
                "Job title: Finance Analyst\nReports to: FP&A Manager\nLocation: Liverpool L2 / hybrid\n",
            )
        ],
    )
)

add(
    m(
        "a23-int",
        "2025-12-01 16:04",
        PRIYA,
        "Interview invite - Wirral & Mersey - Weds 3rd Dec",
        J("interview", "Wirral & Mersey Insurance", "Finance Analyst", 23, "agency"),
        f"""Hi Hannah,

Great news, W&M would like to interview you! I've put a placeholder in your calendar for
Wednesday 3rd December, 1pm, at their office on Old Hall Street. You'll meet Craig Sumner (FP&A
Manager) and someone from HR. It'll be competency based with a short Excel task at the end.

Please accept the invite so I know it's in your diary.

{PRIYA_SIG}""",
        ics=ev(
            "northpoint-wmi-hob-20251203",
            "2025-12-03 13:00",
            "Interview - Wirral & Mersey Insurance - Finance Analyst",
            ("Priya Kaur", "priya.kaur@northpointap.co.uk"),
            75,
            location="Wirral & Mersey Insurance, 20 Old Hall Street, Liverpool L3 9XT",
            description="Competency-based interview with Craig Sumner (FP&A Manager) and HR, "
            "followed by an Excel task. Arrive 10 minutes early and sign in at reception.",
        ),
    )
)

add(
    m(
        "a23-ooo",
        "2025-12-04 09:01",
        PRIYA,
        "Automatic reply: Interview feedback?",
        J("other_job", None, None, None, "agency"),
        """Thank you for your email. I am out of the office until Monday 8th December with limited
access to emails. For anything urgent please contact the Liverpool office on 0151 555 0460 or
email liverpool@northpointap.co.uk.

Kind regards
Priya""",
    )
)

add(
    m(
        "a23-2nd",
        "2025-12-09 12:16",
        PRIYA,
        "Wirral & Mersey - 2nd stage",
        J("interview", "Wirral & Mersey Insurance", "Finance Analyst", 23, "agency"),
        f"""Hi Hannah,

Sorry for the delay – I was off last week. Feedback from Craig was positive and they'd like you
back for a second interview with the Finance Director. They've suggested early January given
the Christmas break – Tuesday 6th or Wednesday 7th January. Which works better?

{PRIYA_SIG}""",
    )
)

add(
    m(
        "a23-wd",
        "2026-01-05 15:35",
        PRIYA,
        "RE: Wirral & Mersey - 2nd stage",
        J("confirmation", "Wirral & Mersey Insurance", "Finance Analyst", 23, "agency"),
        f"""Hi Hannah,

Congratulations on the Kersal offer – that's brilliant news, and well deserved! I've let Craig
know you're withdrawing from the process and cancelled Wednesday's interview. They were
disappointed but wished you luck.

Do keep in touch, and if you ever need to hire into your team, you know where I am!

{PRIYA_SIG}""",
        st="withdrawn",
        **reply("a23-out"),
    )
)

# =============================================================================================
# 24  Don Valley Holdings – Management Accountant (Eploy) – ghosted after the test
# =============================================================================================
DVH = "Don Valley Holdings Recruitment <recruitment@donvalleyholdings.co.uk>"
add(
    m(
        "a24-conf",
        "2025-10-28 18:14",
        DVH,
        "Application Received - Management Accountant - Ref 4471",
        J("confirmation", "Don Valley Holdings", "Management Accountant", 24, "other"),
        """Dear Hannah,

Thank you for your application for the position of Management Accountant (Ref 4471) at our
Attercliffe site in Sheffield.

Our recruitment team will review your application and be in touch in due course. Please log in
to your candidate portal to keep your details up to date:
https://careers.donvalleyholdings.co.uk/candidate/login

Kind regards,
Recruitment Team
Don Valley Holdings Ltd

This email was sent via Eploy. Please do not reply directly.""",
    )
)

add(
    m(
        "a24-sjt",
        "2025-11-03 10:00",
        DVH,
        "Management Accountant - Situational Judgement Questionnaire",
        J("assessment", "Don Valley Holdings", "Management Accountant", 24, "other"),
        """Dear Hannah,

As part of our selection process for the Management Accountant role, we would like you to
complete a short situational judgement questionnaire. It presents a series of workplace
scenarios and asks you to rate possible responses; there are no trick questions.

It takes around 30 minutes. Please complete it by Monday 10 November:
https://careers.donvalleyholdings.co.uk/candidate/assessments/sjq?ref=4471

Kind regards,
Recruitment Team
Don Valley Holdings Ltd""",
    )
)

# =============================================================================================
# 25  Sefton Leisure Trust – Finance Business Partner (Hireful)
# =============================================================================================
SLT = "Sefton Leisure Trust <noreply@hireful.co.uk>"
add(
    m(
        "a25-conf",
        "2025-11-12 12:09",
        SLT,
        "We've received your application",
        J("confirmation", "Sefton Leisure Trust", "Finance Business Partner", 25, "other"),
        """Hi Hannah,

Thanks for applying for Finance Business Partner with Sefton Leisure Trust! We've got your
application and our team will take a look after the closing date (23 November).

Want to know more about what we do? We run 11 leisure centres and pools across Sefton, from
Bootle to Southport, helping 40,000 members stay active.

Speak soon,
The Sefton Leisure Trust recruitment team

Powered by Hireful""",
    )
)

add(
    m(
        "a25-rej",
        "2025-11-28 16:31",
        SLT,
        "Finance Business Partner – your application",
        J("rejection", "Sefton Leisure Trust", "Finance Business Partner", 25, "other"),
        """Hi Hannah,

Thank you for your interest in the Finance Business Partner role with Sefton Leisure Trust.

We've now completed shortlisting, and I'm sorry to let you know that you have been unsuccessful
on this occasion. We had a lot of applications from people with leisure or public sector
experience, which was a key requirement for this role.

We'd love you to keep an eye on our careers page for future opportunities.

Best wishes,
The Sefton Leisure Trust recruitment team

Powered by Hireful""",
    )
)

# =============================================================================================
# 26  Roundhay Home Products – Commercial Accountant (Pennine Finance)
# =============================================================================================
add(
    m(
        "a26-out",
        "2025-12-08 09:44",
        GEMMA,
        "Something in Leeds?",
        J("outreach", None, "Commercial Accountant", None, "agency"),
        f"""Morning Hannah,

I know you were open to Leeds for the right role. I've just taken on a Commercial Accountant
vacancy with a homewares manufacturer and brand owner just off the ring road in north Leeds –
sells into John Lewis, Dunelm and online. It's more commercial than your Halden role would have
been: pricing, customer profitability, promotional spend. £48-52k, 2 days in office.

Shall I tell you more? I'll name them once I know you're keen – they're sensitive about
confidentiality as the incumbent doesn't know yet!

{GEMMA_SIG}""",
    )
)

add(
    m(
        "a26-sub",
        "2025-12-09 14:02",
        GEMMA,
        "RE: Something in Leeds?",
        J("confirmation", "Roundhay Home Products", "Commercial Accountant", 26, "agency"),
        f"""Thanks Hannah – great to catch up. As discussed, the client is Roundhay Home Products and
I've now sent your CV to their Finance Director, Mike Arundel. Please keep it confidential for
the moment.

They're interviewing the week before Christmas, so we should hear quickly.

{GEMMA_SIG}""",
        **reply("a26-out"),
    )
)

add(
    m(
        "a26-rej",
        "2025-12-16 17:40",
        GEMMA,
        "Roundhay update",
        J("rejection", "Roundhay Home Products", "Commercial Accountant", 26, "agency"),
        f"""Hi Hannah,

Quick update on Roundhay – Mike has reviewed the CVs and has decided to progress with other
candidates who have worked directly with the big retailers on trade terms. He did say your CV
was strong technically.

Sorry it's not better news before Christmas. Let's speak in the new year – and good luck with
the Kersal offer, fingers crossed for you!

{GEMMA_SIG}""",
    )
)

# =============================================================================================
# Alerts, outreach and other job mail not tied to one application
# =============================================================================================
add(
    m(
        "x-reed-alert1",
        "2025-09-08 07:05",
        "reed.co.uk <jobalerts@reed.co.uk>",
        "14 new Management Accountant jobs in Manchester",
        J("alert", None, None, None, "other"),
        html="""<html><body style="font-family:Arial"><p>Hi Hannah,</p>
<p>Here are the newest jobs matching <b>Management Accountant, Manchester, within 15 miles</b>:</p>
<p><a href="https://www.reed.co.uk/jobs/management-accountant/55120431">Management Accountant</a> –
Salford Quays – £42,000 - £47,000 – Pennine Finance Recruitment</p>
<p><a href="https://www.reed.co.uk/jobs/management-accountant/55119002">Management Accountant
(Manufacturing)</a> – Oldham – £40,000 – Brightwork Solutions</p>
<p><a href="https://www.reed.co.uk/jobs/assistant-financial-controller/55118847">Assistant Financial
Controller</a> – Salford – £45,000 - £50,000 – Ordsall Freight Ltd</p>
<p><a href="https://www.reed.co.uk/jobs">See all 14 jobs</a></p>
<p style="font-size:11px">You're receiving this because you created a job alert on reed.co.uk.
<a href="https://www.reed.co.uk/account/jobalerts">Manage alerts</a></p></body></html>""",
        headers={"List-Unsubscribe": "<https://www.reed.co.uk/account/jobalerts/unsubscribe>"},
    )
)

add(
    m(
        "x-li-alert1",
        "2025-09-15 18:20",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“fp&a analyst”: 8 opportunities in Greater Manchester",
        J("alert", None, None, None, "linkedin"),
        """Your job alert for fp&a analyst in Greater Manchester
8 new jobs match your preferences.

FP&A Analyst
Kestrel Outdoor Brands · Manchester (Hybrid)
Actively recruiting

Financial Planning & Analysis Analyst
Parkhill Healthcare Group · Cheadle (On-site)
Be an early applicant

Senior FP&A Analyst
Quayline Telecom · Salford (Hybrid)
2 connections work here

See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=fp%26a%20analyst

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/job-alerts
© 2025 LinkedIn Ireland Unlimited Company""",
    )
)

add(
    m(
        "x-ind-alert1",
        "2025-09-29 05:45",
        "Indeed <alert@indeed.com>",
        "Management Accountant jobs in Liverpool",
        J("alert", None, None, None, "indeed"),
        """New jobs for management accountant in Liverpool

Management Accountant – Wirral Growers Co-operative – Birkenhead – £38,000 - £41,000 a year
Easily apply

Management Accountant (Part Time) – Cressington Care Homes – Liverpool L19
£22 an hour

Management Accountant – Stanley Dock Hotels Ltd – Liverpool L3 – Urgently needed

See more jobs: https://uk.indeed.com/jobs?q=management+accountant&l=Liverpool

Unsubscribe from these alerts: https://uk.indeed.com/alert/unsubscribe
Indeed, 1 Grand Canal Square, Dublin 2""",
    )
)

add(
    m(
        "x-tj-alert",
        "2025-10-12 08:00",
        "Totaljobs <jobs@totaljobs.com>",
        "Hannah, 9 new jobs you might like",
        J("alert", None, None, None, "other"),
        """Hi Hannah,

Based on your recent searches for "Finance Business Partner" in Leeds, here are 9 new jobs:

Finance Business Partner – Aire Valley Logistics – Leeds – £50k
Commercial Finance Business Partner – Harrogate Spring Foods – Harrogate – £52k - £55k
Finance Business Partner (Operations) – Wakefield Council Services Ltd – Wakefield – £46,000

View all jobs: https://www.totaljobs.com/jobs/finance-business-partner/in-leeds

You can change your email preferences at any time.
The Totaljobs team""",
    )
)

add(
    m(
        "x-guardian-alert",
        "2025-11-01 07:12",
        "Guardian Jobs <jobalerts@jobs.theguardian.com>",
        "Your Guardian Jobs alert: Finance, North West",
        J("alert", None, None, None, "other"),
        """Jobs matching your alert "Finance, North West, Charities and Arts"

Head of Finance – Merseyside Youth Theatre – Liverpool – £48,000
Finance Manager (maternity cover) – Irk Valley Environmental Trust – Manchester – £40,000 pro rata
Management Accountant – The Whitebeam Foundation – Remote – £39,500

View all: https://jobs.theguardian.com/jobs/finance/north-west/
Unsubscribe or manage your alerts: https://jobs.theguardian.com/myjobs/alerts""",
    )
)

add(
    m(
        "x-nhs-alert",
        "2025-11-19 06:00",
        NHSJOBS,
        "New jobs matching your saved search",
        J("alert", None, None, None, "other"),
        """Dear Hannah Oyelaran-Brooks,

There are 5 new jobs matching your saved search "Finance – Band 6 and 7 – 20 miles of M1".

Management Accountant – Irwell Mental Health NHS Trust – Prestwich – Band 6
Senior Financial Accountant – Northern Pathology Partnership – Manchester – Band 7
Costing Accountant – Medlock Valley NHS Foundation Trust – Manchester – Band 6

Sign in to see all jobs: https://www.jobs.nhs.uk/candidate/search
To stop receiving these emails, change your saved search settings in your account.

This is an automated email. Do not reply to this email.
NHS Jobs""",
    )
)

add(
    m(
        "x-ind-alert2",
        "2026-01-19 05:40",
        "Indeed <alert@indeed.com>",
        "15 new Fp&a Analyst jobs in Remote",
        J("alert", None, None, None, "indeed"),
        """15 new jobs match your search: fp&a analyst, Remote

FP&A Analyst – Brightlake Software – Remote
£45,000 - £55,000 a year

Financial Analyst – Harrow & Pike Insurance Services – Remote
Responsive employer

You're receiving this because you subscribed to Indeed job alerts.
Unsubscribe: https://uk.indeed.com/alert/unsubscribe""",
    )
)

add(
    m(
        "x-cvl-viewed",
        "2025-10-15 12:00",
        "CV-Library <noreply@cv-library.co.uk>",
        "3 recruiters viewed your CV this week",
        J("alert", None, None, None, "other"),
        """Hi Hannah,

Your CV was viewed 3 times this week by recruiters and employers, including:
- Ledgerline Talent
- Castlefield Search
- A recruiter in Sheffield

Keep your CV up to date to stay at the top of recruiter searches:
https://www.cv-library.co.uk/candidate/cv

Team CV-Library""",
    )
)

add(
    m(
        "x-li-inmail",
        "2025-11-25 19:22",
        "Rachel Dunmore via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Finance Business Partner opportunity – Tessel Energy",
        J("outreach", "Tessel Energy", "Finance Business Partner", None, "linkedin"),
        """Hi Hannah,

I lead talent acquisition at Tessel Energy – we're a renewables developer headquartered in
Sheffield with a portfolio of solar and battery storage sites across the North.

We're building out our finance team and I think your mix of management accounting and
forecasting could be a great fit for our Finance Business Partner role supporting our
construction division (£50-55k, hybrid, Sheffield).

Would you be open to a quick chat next week?

Best,
Rachel Dunmore
Talent Acquisition Lead, Tessel Energy

Reply: https://www.linkedin.com/messaging/thread/2-NjY4MzI1/
This message was sent to Hannah Oyelaran-Brooks. © 2025 LinkedIn Ireland Unlimited Company""",
    )
)

add(
    m(
        "x-brightwork",
        "2025-10-20 09:00",
        "Aisha Malik <aisha.malik@brightworksolutions.co.uk>",
        "Are you still looking? - Management Accountant roles",
        J("outreach", None, "Management Accountant", None, "agency"),
        """Hi Hannah,

I hope you're well. I'm a finance recruiter at Brightwork Solutions covering Oldham, Rochdale
and Bury. I have two Management Accountant roles with manufacturing clients (one is a very
well-known bakery brand) that look a good match for your CV.

If you're still looking, reply with a good time to call, and I'll tell you more.

Kind regards,
Aisha Malik
Brightwork Solutions – Accountancy & Finance Division
01706 555 0233""",
    )
)

add(
    m(
        "x-ledger-news",
        "2026-01-14 12:00",
        "Ledgerline Talent <news@ledgerline.co.uk>",
        "Ledgerline Salary Guide 2026: what finance professionals are earning",
        N,
        html="""<html><body style="font-family:Georgia,serif"><h2>Salary Guide 2026</h2>
<p>Dear Hannah,</p><p>Our annual salary guide is here. Management accountants in Leeds saw a 4.2%
rise in 2025, and hiring for FP&amp;A talent remains strong across Yorkshire and the North West.</p>
<p><a href="https://www.ledgerline.co.uk/salary-guide-2026">Download the guide</a> and browse our
latest roles: <a href="https://www.ledgerline.co.uk/jobs">ledgerline.co.uk/jobs</a></p>
<p style="font-size:11px">You are receiving this email as a registered candidate of Ledgerline
Talent. <a href="https://www.ledgerline.co.uk/unsubscribe">Unsubscribe</a></p></body></html>""",
    )
)
