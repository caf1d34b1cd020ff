# ruff: noqa: E501
"""Corpus 47, job mail (2/2): boards (CV-Library, Indeed, LinkedIn, Guardian Jobs, Reed,
Totaljobs), start-ups on Lever / Greenhouse / Workable, a charity on Hireful, a leisure group on
Tribepad, a second agency; alerts, outreach, talent communities, nudges, portal mail."""

from __future__ import annotations

from typing import Any

from heldout3_util import reply
from heldout47_jobs import lead, uk

EN = "en"

APPS: dict[int, tuple[str, str]] = {
    14: ("Fellgate Brewing Co.", "Finance Manager"),
    15: ("Sefton Care Partnership", "Finance Business Partner"),
    16: ("Copperleaf Software", "Senior Financial Analyst"),
    17: ("Northern Arts Trust", "Finance Manager"),
    18: ("Marlow Print Solutions", "Management Accountant"),
    19: ("Anchorage Freight", "Finance Business Partner"),
    20: ("Ledgerly", "FP&A Manager"),
    21: ("Brightloop Energy", "Finance Business Partner"),
    22: ("Tidewater Analytics", "Management Accountant"),
    23: ("Bridgewater Canal Trust", "Finance Business Partner"),
    24: ("Lakeside Lodges", "Finance Business Partner"),
    25: ("Aire Valley Foods", "Commercial Finance Business Partner"),
}


def j(cat: str, app: int, source: str) -> tuple:
    company, role = APPS[app]
    return (cat, company, role, app, source, EN)


GARY = "Gary Fell <garyfell.brews@gmail.com>"
LEDGERLY = "Ledgerly <no-reply@hire.lever.co>"
HK = "Owen Jarvis <owen.jarvis@harlowkemp.co.uk>"
HK_SIG = """
Best regards

Owen Jarvis
Principal Consultant | Finance & Accounting
Harlow Kemp Associates | Park Row, Leeds LS1 5HN
0113 555 0932 | harlowkemp.co.uk
"""

MAIL: list[dict[str, Any]] = [
    # 14 -- CV-Library, then the FD from gmail
    uk(
        "fg01",
        "2025-09-02 20:40",
        "CV-Library <noreply@cv-library.co.uk>",
        "Your application has been sent: Finance Manager",
        j("confirmation", 14, "other"),
        """Hi Callum,

Your application for Finance Manager with Fellgate Brewing Co. (Leeds, West Yorkshire) has been
sent. Your CV and cover note have been passed to the recruiter.

Good luck!

Similar jobs you might like:
- Finance Manager, Leeds, £45,000 - £50,000
- Management Accountant, Wakefield, £38,000

The CV-Library Team
""",
    ),
    uk(
        "fg02",
        "2025-09-06 08:52",
        GARY,
        "Finance Manager role at Fellgate",
        j("interview", 14, "direct"),
        """Morning Callum,

Thanks for applying for our finance manager job. Sorry for emailing from my own address, our
IT is a bit of a work in progress! I'm one of the founders and look after the numbers at the
moment but we've outgrown that.

Would you be up for coming to the brewery in Kirkstall for a coffee and a proper chat? Thursday
11th or Friday 12th, any time after 10 works.

Cheers,
Gary

Sent from my iPhone
""",
    ),
    uk(
        "fg03",
        "2025-09-07 19:10",
        GARY,
        "Re: Finance Manager role at Fellgate",
        j("interview", 14, "direct"),
        """Friday 11am perfect. Ask for me at the taproom door.

G

> On 7 Sep 2025, at 17:44, Callum Ashworth-Begum <callum.ab@fastmail.co.uk> wrote:
> Hi Gary, thanks for getting in touch. Friday 12th at 11 would be great if that works?
""",
        **reply("fg02", GARY),
    ),
    uk(
        "fg04",
        "2025-09-19 21:02",
        GARY,
        "Re: Finance Manager role at Fellgate",
        j("rejection", 14, "direct"),
        """Hi Callum,

Really sorry for the slow reply, it's been a mad couple of weeks with the new canning line.
Honestly it was great meeting you and we went back and forth a lot, but we've decided to go
with someone who's done a brewery / drinks business before - the duty side of things scared
us a bit!

Thanks again for coming over and good luck with everything. If you're ever in Kirkstall the
first pint's on me.

Gary
""",
        **reply("fg02", GARY),
    ),
    # 15 -- Indeed: confirmation, viewed, ghosted
    uk(
        "sc01",
        "2025-10-03 12:11",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Finance Business Partner",
        j("confirmation", 15, "indeed"),
        None,
        """<html><body><table width="100%"><tr><td>
<img src="https://www.indeed.com/images/indeed-logo.png" alt="Indeed">
<h3>Application submitted</h3>
<p><b>Finance Business Partner</b><br>Sefton Care Partnership - Bootle, Merseyside</p>
<p>The following items were sent to Sefton Care Partnership. Good luck!</p>
<ul><li>Application</li><li>CV: Callum_Ashworth-Begum_CV_2025.pdf</li></ul>
<p><a href="https://uk.indeed.com/myjobs">Track your application in My Jobs</a></p>
</td></tr></table></body></html>""",
    ),
    uk(
        "sc02",
        "2025-10-07 07:30",
        "Indeed <donotreply@indeed.com>",
        "Your application was viewed by Sefton Care Partnership",
        j("viewed", 15, "indeed"),
        None,
        """<html><body><p>Hi Callum,</p>
<p>Good news: <b>Sefton Care Partnership</b> viewed your application for <b>Finance Business
Partner</b>.</p><p>Employers typically respond within a couple of weeks. Meanwhile, keep your
momentum going.</p><p><a href="https://uk.indeed.com/jobs?q=finance+business+partner">See
similar jobs</a></p></body></html>""",
    ),
    # 16 -- LinkedIn Easy Apply
    uk(
        "cs01",
        "2025-11-05 13:24",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Callum, your application was sent to Copperleaf Software",
        j("confirmation", 16, "linkedin"),
        """Your application was sent to Copperleaf Software

Senior Financial Analyst
Copperleaf Software · United Kingdom (Remote)
Applied on 5 November 2025

View job: https://www.linkedin.com/jobs/view/4071183300/

Now, take these next steps for more success with your job search
Add skills to your profile

This email was intended for Callum Ashworth-Begum (Finance Business Partner | CIMA).
Unsubscribe · Help
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    uk(
        "cs02",
        "2025-11-08 16:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Copperleaf Software",
        j("viewed", 16, "linkedin"),
        """Your application was viewed

Copperleaf Software viewed your application for Senior Financial Analyst.

See more jobs at Copperleaf Software
https://www.linkedin.com/company/copperleaf-software/jobs/

© 2025 LinkedIn Ireland Unlimited Company
""",
    ),
    uk(
        "cs03",
        "2025-11-19 10:15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Senior Financial Analyst at Copperleaf Software",
        j("rejection", 16, "linkedin"),
        """Your update from Copperleaf Software

Thank you for your interest in the Senior Financial Analyst position at Copperleaf Software in
United Kingdom. Unfortunately, we will not be moving forward with your application, but we
appreciate your time and interest in Copperleaf Software.

Regards,
Copperleaf Software

Top jobs for you
Finance Business Partner · Brightloop Energy · Remote
""",
    ),
    # 17 -- Guardian Jobs, then the charity directly
    uk(
        "na01",
        "2025-09-12 15:17",
        "Guardian Jobs <noreply@jobs.theguardian.com>",
        "Your application for Finance Manager - Northern Arts Trust",
        j("confirmation", 17, "other"),
        """Dear Callum,

Thank you for applying for Finance Manager with Northern Arts Trust via Guardian Jobs. Your
application has been sent to the recruiter.

Closing date: 28 September 2025
Location: Liverpool (hybrid)

Good luck with your application.

Guardian Jobs
""",
    ),
    uk(
        "na02",
        "2025-10-09 14:00",
        "Northern Arts Trust HR <hr@northernartstrust.org.uk>",
        "Finance Manager vacancy",
        j("rejection", 17, "direct"),
        """Dear Callum

Thank you for your interest in the position of Finance Manager at Northern Arts Trust and for
the time you took over your application.

We received an overwhelming response, and I'm afraid that you have not been shortlisted for
interview on this occasion. As a small charity we are not able to offer individual feedback
at this stage.

With best wishes,
Joanne Fairclough
HR & Operations Manager
Northern Arts Trust, Registered Charity No. 1123456
""",
    ),
    # 18 -- Reed, then a phone interview; no news after
    uk(
        "mp01",
        "2025-10-14 09:44",
        "reed.co.uk <noreply@reed.co.uk>",
        "Application sent: Management Accountant",
        j("confirmation", 18, "other"),
        """Hi Callum

Your application for Management Accountant has been sent to Marlow Print Solutions.

Location: Liverpool
Salary: £40,000 - £44,000 per annum
Job reference: 55123789

What happens next? The employer will review your CV and get in touch if you're a good match.

Thanks,
The reed.co.uk team
""",
    ),
    uk(
        "mp02",
        "2025-10-20 11:30",
        "Karen Doyle <karen.doyle@marlowprint.co.uk>",
        "Phone interview",
        j("interview", 18, "direct"),
        """Hello Callum

Thank you for your application for the Management Accountant post which we received via Reed.
I would like to arrange an initial telephone interview with our Finance Director, Steve
Hanlon. Would Wednesday 22nd at 3pm be convenient? He will call you on the mobile number on
your CV.

Regards

Karen Doyle
HR Administrator
Marlow Print Solutions Ltd
""",
    ),
    # 19 -- Totaljobs
    uk(
        "af01",
        "2025-11-24 18:08",
        "Totaljobs <noreply@totaljobs.com>",
        "Your application to Anchorage Freight",
        j("confirmation", 19, "other"),
        None,
        """<html><body><p>Hi Callum,</p><p>Thanks for applying for <b>Finance Business Partner</b>
at <b>Anchorage Freight Ltd</b>, Liverpool.</p><p>Your CV has been sent. You can see all your
applications in <a href="https://www.totaljobs.com/myaccount">your account</a>.</p>
<p>The Totaljobs team</p></body></html>""",
    ),
    uk(
        "af02",
        "2025-12-03 10:01",
        "Totaljobs <noreply@totaljobs.com>",
        "An update on your application",
        j("rejection", 19, "other"),
        None,
        """<html><body><p>Hi Callum,</p><p>Anchorage Freight Ltd has reviewed your application for
<b>Finance Business Partner</b> and has decided not to progress it further at this time.</p>
<p>Don't be disheartened - there are 312 new Finance Business Partner jobs near Manchester.</p>
<p><a href="https://www.totaljobs.com/jobs/finance-business-partner">Search jobs</a></p>
</body></html>""",
    ),
    # 20 -- Lever start-up, Calendly, Google invite, praise then no
    uk(
        "lg01",
        "2025-11-10 23:05",
        LEDGERLY,
        "Thanks for applying to Ledgerly!",
        j("confirmation", 20, "lever"),
        """Hey Callum,

Thanks so much for applying for the FP&A Manager role (London, hybrid 2 days). We've got your
application and someone from our People team will take a look within the next week.

Team Ledgerly
""",
    ),
    uk(
        "lg02",
        "2025-11-14 10:20",
        "Maddie Cole <maddie@ledgerly.io>",
        "Ledgerly - FP&A Manager intro call",
        j("interview", 20, "direct"),
        """Hi Callum,

Thanks for your application to Ledgerly - I'd love to set up a 30-min intro call to tell you
more about the team and hear about what you're looking for. Grab any time that works here:
https://calendly.com/maddie-ledgerly/intro-30

Speak soon,
Maddie
People Partner, Ledgerly
""",
    ),
    uk(
        "lg03",
        "2025-11-14 12:47",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Intro call with Maddie Cole on Tuesday, 18 November 2025",
        j("interview", 20, "other"),
        None,
        """<html><body>
<p>Hi Callum Ashworth-Begum,</p><p>Your event has been scheduled.</p>
<table><tr><td><b>Event</b></td><td>Ledgerly intro call (30 min)</td></tr>
<tr><td><b>Date</b></td><td>11:00 - 11:30, Tuesday, 18 November 2025 (Greenwich Mean Time)</td></tr>
<tr><td><b>Location</b></td><td>Google Meet (details in invitation)</td></tr></table>
<p><a href="https://calendly.com/cancellations/a1b2">Cancel</a> or
<a href="https://calendly.com/reschedulings/a1b2">Reschedule</a></p></body></html>""",
    ),
    uk(
        "lg04",
        "2025-11-20 09:14",
        "Nikhil Batra <nikhil@ledgerly.io>",
        "Invitation: FP&A Manager - panel @ Wed 26 Nov 2025 14:00 - 15:00 (GMT)",
        j("interview", 20, "direct"),
        """You have been invited to the following event.

FP&A Manager - panel (Callum Ashworth-Begum)
When: Wednesday 26 Nov 2025 14:00 - 15:00 (GMT)
Where: Ledgerly, 3rd floor, 22 Hatton Garden, London EC1N 8BA
Who: Nikhil Batra (organiser), Sarah Quinn, Callum Ashworth-Begum

Callum - you'll meet me (CFO) and Sarah (VP Revenue). We'll walk through a short model you'll
get 48h before. Travel expenses reimbursed.

Invitation from Google Calendar
""",
        ics={
            "uid": "lg04-panel@ledgerly.io",
            "start": "2025-11-26 14:00:00 +0000",
            "minutes": 60,
            "organizer": ("Nikhil Batra", "nikhil@ledgerly.io"),
            "attendees": [("Sarah Quinn", "sarah@ledgerly.io")],
            "summary": "FP&A Manager - panel (Callum Ashworth-Begum)",
            "location": "Ledgerly, 22 Hatton Garden, London EC1N 8BA",
        },
    ),
    uk(
        "lg05",
        "2025-12-02 17:36",
        "Maddie Cole <maddie@ledgerly.io>",
        "Thank you from Ledgerly",
        j("rejection", 20, "direct"),
        """Hi Callum,

I wanted to say a big thank you for all the time you put into the process. Nikhil and Sarah
were really impressed with your model - your scenario on the churn assumptions was the best
they saw - and the feedback on your communication style was glowing.

It was incredibly close, but we've decided to move forward with another candidate whose
background in SaaS metrics is a little closer to what we need right now. I know that's
disappointing to hear after a final round.

I'd love to stay in touch as we grow the team in 2026.

Warmly,
Maddie
""",
    ),
    # 21 -- Greenhouse, ghosted
    uk(
        "bl01",
        "2025-12-08 14:51",
        "Brightloop Energy <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Brightloop Energy",
        j("confirmation", 21, "greenhouse"),
        """Hi Callum,

Thanks for your interest in Brightloop Energy! We've received your application for Finance
Business Partner (Remote - UK) and our team is reviewing it.

If your experience looks like a match, a member of our team will reach out to you. Either way,
we'll make sure to let you know the outcome.

Best,
The Brightloop Talent Team
""",
    ),
    # 22 -- Workable, confirmation with "unfortunately", then rejection
    uk(
        "tw01",
        "2025-12-15 11:07",
        "Tidewater Analytics <noreply@candidates.workablemail.com>",
        "Application received - Management Accountant",
        j("confirmation", 22, "workable"),
        """Hi Callum,

Thank you for applying for the Management Accountant role at Tidewater Analytics in Liverpool.

We're a small team, so unfortunately we can't always reply to every application straight away,
but we read every single one. You'll hear from us either way by mid-January.

Tidewater Analytics
Powered by Workable
""",
    ),
    uk(
        "tw02",
        "2026-01-14 15:29",
        "Tidewater Analytics <noreply@candidates.workablemail.com>",
        "Your application at Tidewater Analytics",
        j("rejection", 22, "workable"),
        """Hi Callum,

Thank you for your interest in the Management Accountant position. After careful consideration
we've decided to proceed with other candidates whose experience more closely matches our
current needs.

We wish you the best of luck in your search.

Tidewater Analytics
""",
    ),
    # 23 -- Hireful, charity: confirmation, test, rejection
    uk(
        "bc01",
        "2026-01-06 10:33",
        "Bridgewater Canal Trust <noreply@hireful.co.uk>",
        "Bridgewater Canal Trust - application received",
        j("confirmation", 23, "other"),
        """Dear Callum,

Thank you for your application for Finance Business Partner (Ref: BCT-0226) with the
Bridgewater Canal Trust. Your application has been received and will be reviewed once the
advert closes on 18 January 2026.

Best wishes,
People Team, Bridgewater Canal Trust
""",
    ),
    uk(
        "bc02",
        "2026-01-21 09:00",
        "Bridgewater Canal Trust <noreply@hireful.co.uk>",
        "Next stage: online assessment (Ref: BCT-0226)",
        j("assessment", 23, "other"),
        """Dear Callum,

We are pleased to let you know that you have progressed to the next stage. Please complete the
online numerical reasoning and Excel assessment using the link below by 5pm on Tuesday 27
January. It should take no more than 45 minutes.

Start assessment: https://bct.hireful.co.uk/assessment/7781

Best wishes,
People Team, Bridgewater Canal Trust
""",
    ),
    uk(
        "bc03",
        "2026-02-03 16:12",
        "Bridgewater Canal Trust <noreply@hireful.co.uk>",
        "Finance Business Partner (Ref: BCT-0226)",
        j("rejection", 23, "other"),
        """Dear Callum,

Thank you for completing the assessment. The panel has now met to shortlist for interview and
I am sorry to tell you that you have not been successful on this occasion.

Thank you for your interest in the Trust's work.

Best wishes,
People Team, Bridgewater Canal Trust
""",
    ),
    # 24 -- group recruiting for a brand on Tribepad
    uk(
        "ll01",
        "2026-01-12 20:22",
        "Pennant Leisure Group Careers <noreply@tribepad.com>",
        "Lakeside Lodges: we've got your application",
        j("confirmation", 24, "other"),
        """Hi Callum,

Thanks for applying for Finance Business Partner at Lakeside Lodges, part of Pennant Leisure
Group. Based at our Windermere Road support centre with hybrid working.

We'll be in touch soon.
Pennant Leisure Group Talent Team, recruiting for Lakeside Lodges
""",
    ),
    uk(
        "ll02",
        "2026-01-22 12:06",
        "Pennant Leisure Group Careers <noreply@tribepad.com>",
        "Interview invitation - Finance Business Partner, Lakeside Lodges",
        j("interview", 24, "other"),
        """Hi Callum,

We'd like to invite you to a video interview for Finance Business Partner at Lakeside Lodges.
Please use the link below to choose a slot between 28 and 30 January.

https://pennantleisure.tribepad.com/members/interviews/book/31942

Pennant Leisure Group Talent Team
""",
    ),
    uk(
        "ll03",
        "2026-02-09 08:48",
        "Pennant Leisure Group Careers <noreply@tribepad.com>",
        "Your application with Lakeside Lodges",
        j("rejection", 24, "other"),
        """Hi Callum,

Thank you for interviewing with us for the Finance Business Partner position. We have decided
not to move forward with your application at this stage.

Pennant Leisure Group Talent Team
""",
    ),
    # 25 -- second agency, client named late, assessment centre, ghosted
    uk(
        "hk01",
        "2026-01-08 10:25",
        HK,
        "Commercial FBP - Leeds - FMCG",
        lead("outreach", None, "Commercial Finance Business Partner", "agency"),
        """Hi Callum,

I'm recruiting a Commercial Finance Business Partner for a leading FMCG manufacturer on the
outskirts of Leeds (c.£58k + car allowance + 10% bonus). They partner with the commercial team
on promotions, customer profitability and pricing - your retail work would translate well.

Would you be open to a confidential chat this week?
"""
        + HK_SIG,
    ),
    uk(
        "hk02",
        "2026-01-13 16:40",
        HK,
        "RE: Commercial FBP - Leeds - FMCG",
        j("confirmation", 25, "agency"),
        """Hi Callum,

Thanks for the call - as promised, the client is Aire Valley Foods (Morley). Your CV went over
this afternoon and I've flagged that you'd need 4 weeks' notice. JD attached.
"""
        + HK_SIG,
        attach=[("JD_Commercial_FBP_AVF.pdf", "application/pdf", "%PDF-1.4 JD")],
        **reply("hk01", HK),
    ),
    uk(
        "hk03",
        "2026-01-23 13:15",
        HK,
        "Aire Valley Foods - assessment centre 3 Feb",
        j("interview", 25, "agency"),
        """Hi Callum,

Brilliant news - Aire Valley would like you at their assessment centre on Tuesday 3 February,
9:00 to 13:30 at the Morley site. It's a group exercise, a numerical case study and a
competency-based interview with the Commercial Director. Dress is smart casual.

Give me a call when you can and I'll run through how to prep.
"""
        + HK_SIG,
    ),
    # --- alerts, talent communities, nudges --------------------------------------------------
    uk(
        "al01",
        "2025-09-04 07:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201cfinance business partner\u201d in Greater Manchester: 14 new jobs",
        lead("alert", None, None, "linkedin"),
        """14 new jobs match your preferences.

Finance Business Partner
Stockport Homes Group · Stockport (Hybrid)
Actively recruiting

Finance Business Partner - Commercial
Hallam & Foyle plc · Salford (Hybrid)
Easy Apply

Senior Finance Business Partner
Moorside Healthcare · Manchester

See all jobs: https://www.linkedin.com/jobs/search/?savedSearchId=188223
""",
    ),
    uk(
        "al02",
        "2025-09-29 06:45",
        "Indeed <alert@indeed.com>",
        "20+ new management accountant jobs in Manchester",
        lead("alert", None, None, "indeed"),
        None,
        """<html><body><h3>New jobs for management accountant in Manchester</h3>
<p><b>Management Accountant</b> - Tameside Plastics - Ashton-under-Lyne - £42,000 a year - Easily apply</p>
<p><b>Assistant Management Accountant</b> - Vale Foods - Bolton</p>
<p><b>Management Accountant (Part-qualified)</b> - Heywood Logistics - Heywood</p>
<p><a href="https://uk.indeed.com/jobs?q=management+accountant">See more jobs</a></p>
<p style="font-size:10px">You are receiving this because you created a job alert.</p></body></html>""",
    ),
    uk(
        "al03",
        "2025-10-15 18:00",
        "NHS Jobs <noreply@jobs.nhs.uk>",
        "New jobs matching your saved search: Finance Band 7",
        lead("alert", None, None, "other"),
        """Your saved search "Finance Band 7 - 25 miles of M1" has 6 new results.

Finance Business Partner - Surgery | Band 7 | Salford Care Organisation
Management Accountant | Band 6 | Greater Manchester Mental Health
Senior Financial Accountant | Band 7 | Stockport NHS FT

View your results: https://www.jobs.nhs.uk/candidate/search/saved
""",
    ),
    uk(
        "al04",
        "2025-11-03 08:12",
        "reed.co.uk <noreply@reed.co.uk>",
        "Jobs you might be interested in",
        lead("alert", None, None, "other"),
        """Hi Callum

Based on your recent searches we think you'll like these:

Finance Business Partner - Leeds - £50,000 - £55,000 - Permanent
Management Accountant - Liverpool - £40,000 - Hybrid
FP&A Analyst - Manchester - £45,000

Update your job preferences in your reed.co.uk account.
""",
    ),
    uk(
        "al05",
        "2025-12-01 07:20",
        "CV-Library <noreply@cv-library.co.uk>",
        "3 recruiters viewed your CV this week",
        lead("alert", None, None, "other"),
        """Hi Callum,

Your CV is getting noticed! 3 recruiters viewed your CV in the last 7 days.

Keep your CV up to date to stay at the top of recruiter searches.

The CV-Library Team
""",
    ),
    uk(
        "al06",
        "2026-01-05 06:58",
        "Guardian Jobs <jobalerts@jobs.theguardian.com>",
        "Your Guardian Jobs alert: Finance, North West",
        lead("alert", None, None, "other"),
        """Your Guardian Jobs alert

Head of Finance - Lancashire Wildlife Partnership - Preston
Finance Business Partner - University of the North - Manchester
Finance Manager - Merseyside Theatres Trust - Liverpool

Manage alerts: https://jobs.theguardian.com/alerts/
""",
    ),
    uk(
        "al07",
        "2025-09-16 12:00",
        "Hallam & Foyle Careers <hallamfoyle@myworkday.com>",
        "Welcome to the Hallam & Foyle Talent Community",
        lead("alert", "Kittiwake Home", None, "workday"),
        """Hi Callum,

Thanks for joining our Talent Community! We'll send you news and roles across Kittiwake Home,
Foyle Outdoor and our support centres that match your interests (Finance).

Hallam & Foyle plc
""",
    ),
    uk(
        "al08",
        "2025-10-18 10:00",
        "Ardwick Met Careers <ardwickmet@myworkday.com>",
        "You have an incomplete application",
        lead(
            "alert",
            "Ardwick Metropolitan University",
            "Finance Business Partner (Faculty of Science)",
            "workday",
        ),
        """Dear Callum,

You started an application for Finance Business Partner (Faculty of Science) but have not
submitted it yet. The vacancy closes on 26 October 2025 at midnight.

Continue your application from your candidate home.

People & Culture, Ardwick Metropolitan University
""",
    ),
    uk(
        "al09",
        "2025-11-26 09:30",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Reminder: complete your application before the closing date",
        lead("alert", "Office for Regional Growth", "Senior Finance Business Partner", "other"),
        """Dear Callum Ashworth-Begum

You have an unsubmitted application for Senior Finance Business Partner (Grade 7), reference
420115, which closes at 23:55 on 30 November 2025.

Log in to Civil Service Jobs to complete and submit your application.
""",
    ),
    uk(
        "al10",
        "2026-02-02 19:00",
        "Totaljobs <noreply@totaljobs.com>",
        "New jobs for you: Finance Business Partner",
        lead("alert", None, None, "other"),
        None,
        """<html><body><p>Hi Callum, here are today's top matches:</p><ul>
<li>Finance Business Partner - Warrington - up to £55k</li>
<li>Commercial Finance Manager - Leeds - £60k</li></ul>
<p><a href="https://www.totaljobs.com/jobs">View all</a></p></body></html>""",
    ),
    uk(
        "al11",
        "2025-12-16 08:10",
        "Brightloop Energy <no-reply@us.greenhouse-mail.io>",
        "You're in! Welcome to Brightloop's talent network",
        lead("alert", "Brightloop Energy", None, "greenhouse"),
        """Hi Callum,

Thanks for joining the Brightloop talent network. We'll let you know when roles in Finance open
up that match your interests.

Brightloop Energy
""",
    ),
    # --- outreach -----------------------------------------------------------------------------
    uk(
        "or01",
        "2025-09-23 14:44",
        "Ellie Marsh via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Ellie Marsh sent you a message: FBP - Stockport Homes Group",
        lead("outreach", "Stockport Homes Group", "Finance Business Partner", "linkedin"),
        """Hi Callum, I'm the in-house talent partner at Stockport Homes Group. We're hiring a Finance
Business Partner for our Repairs & Maintenance directorate and your background looks a great
fit. Would you be interested in a chat?

Reply: https://www.linkedin.com/messaging/thread/2-Yzg1/
""",
    ),
    uk(
        "or02",
        "2025-12-10 11:31",
        "Tom Hardcastle <tom@redbrickfinance.co.uk>",
        "Interim opportunity - 6 months, Liverpool",
        lead("outreach", None, "Interim Management Accountant", "agency"),
        """Hi Callum,

Hope you're well. I've got a 6-month interim Management Accountant assignment with a
public-sector client in Liverpool, £300-£350 per day inside IR35, starting early January.

Is interim something you'd consider? If not, do you know anyone who might be interested?

Thanks
Tom Hardcastle | Redbrick Finance Recruitment
""",
    ),
    # --- other job mail -------------------------------------------------------------------------
    uk(
        "oj01",
        "2025-10-20 22:04",
        "Ardwick Met Careers <ardwickmet@myworkday.com>",
        "Verify your candidate account",
        lead("other_job", "Ardwick Metropolitan University", None, "workday"),
        """Hi Callum,

Please click the link below to verify your email address and activate your candidate account
at Ardwick Metropolitan University careers.

https://wd3.myworkdaysite.com/verify/abcd1234

This link expires in 24 hours.
""",
    ),
    uk(
        "oj02",
        "2025-10-09 10:40",
        "Mersey Vale City Council <noreply@tal.net>",
        "Tell us about your experience of applying",
        lead("other_job", "Mersey Vale City Council", None, "other"),
        """Dear Callum,

You recently applied for a role with Mersey Vale City Council. We would be grateful if you
could spend 3 minutes telling us about your experience of our recruitment process.

https://mersey-vale.tal.net/survey/candidate

Thank you.
""",
    ),
    uk(
        "oj03",
        "2025-10-28 10:18",
        "Disclosures Team <dbs@umbrella-checks.co.uk>",
        "DBS application - action required",
        lead(
            "other_job",
            "Pennine Valley Hospitals NHS Foundation Trust",
            "Finance Business Partner",
            "other",
        ),
        """Dear Callum Ashworth-Begum

Pennine Valley Hospitals NHS Foundation Trust has requested a Basic DBS check as part of your
pre-employment checks. Please complete your online application using the details below.

Organisation reference: PVH-22140
Application link: https://www.umbrella-checks.co.uk/apply

You will need three forms of identity. The check usually takes up to 14 days.

Disclosures Team
""",
    ),
    uk(
        "oj04",
        "2026-01-26 08:03",
        HK,
        "Automatic reply: Aire Valley Foods - assessment centre 3 Feb",
        lead("other_job", "Aire Valley Foods", None, "agency"),
        """Thank you for your email.

I'm out of the office until Wednesday 28 January with limited access to emails. If your
message is urgent please call the office on 0113 555 0900 and one of the team will help.

Owen
""",
    ),
    uk(
        "oj05",
        "2025-11-24 09:02",
        "Pennine Valley Hospitals NHS FT <no-reply@trac.jobs>",
        "Your Trac account - password reset",
        lead("other_job", "Pennine Valley Hospitals NHS Foundation Trust", None, "other"),
        """Dear Callum

A request was received to reset the password on your Trac account. If this was you, use the
link below within 60 minutes.

https://apps.trac.jobs/reset/7f2a
""",
    ),
]

MAIL += [
    uk(
        "hk04",
        "2026-01-28 09:20",
        HK,
        "RE: Aire Valley Foods - assessment centre 3 Feb",
        j("interview", 25, "agency"),
        """Morning Callum,

All confirmed for Tuesday. Parking is in the visitor bays by Gate 2 off Bruntcliffe Road - just
give your name at the gatehouse and ask for Claire in HR. Bring your passport for the right to
work check.

Good luck! Ring me after.
"""
        + HK_SIG,
        **reply("hk03", HK),
    ),
    uk(
        "fw01",
        "2025-11-09 20:51",
        "Leila Ashworth-Begum <leila.ab@outlook.com>",
        "Fwd: thought of you!!",
        lead("alert", "Sefton Care Partnership", "Head of Finance", "other"),
        """Saw this on Sefton Care's Facebook page - isn't that the place you applied to? They're
hiring a Head of Finance now. x

---------- Forwarded message ---------
From: Sefton Care Partnership <jobs@seftoncare.org.uk>
Date: Sun, 9 Nov 2025 at 18:02
Subject: We're hiring: Head of Finance

Sefton Care Partnership is looking for a Head of Finance to join our senior team in Bootle.
Closing date 30 November. Apply at seftoncare.org.uk/careers
""",
    ),
    uk(
        "ng90",
        "2025-12-11 12:00",
        "Northgate Homes Careers <careers@northgatehomes.eploy.net>",
        "New roles at Northgate Homes that match your profile",
        lead("alert", "Northgate Homes", None, "other"),
        None,
        """<html><body><p>Hi Callum,</p>
<p>Since you last visited, we've posted new roles that match your job alert:</p>
<ul><li>Senior Management Accountant - Manchester - £48,500</li>
<li>Service Charge Accountant - Preston - £39,000</li></ul>
<p><a href="https://northgatehomes.eploy.net/vacancies">See all vacancies</a></p></body></html>""",
    ),
    uk(
        "or03",
        "2026-02-11 14:06",
        "Grace Lim via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Grace Lim: Finance Business Partner opportunity at Moorside Healthcare",
        lead("outreach", "Moorside Healthcare", "Senior Finance Business Partner", "linkedin"),
        """Hi Callum, I lead talent acquisition at Moorside Healthcare (independent hospitals across
the North West). I loved your podcast episode about NHS finance! We're hiring a Senior Finance
Business Partner - happy to share the details if you're open to a conversation, even if the
timing isn't right just now.

Grace
""",
    ),
]
