# ruff: noqa: E501
"""Corpus 47, job mail (1/2): public sector, housing, university, retail, building society,
football club, accountancy firm, agencies. Shorthand helpers live here for the other modules."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

EN = "en"

APPS: dict[int, tuple[str, str]] = {
    1: ("Pennine Valley Hospitals NHS Foundation Trust", "Finance Business Partner"),
    2: ("Mersey Vale City Council", "Senior Finance Officer"),
    3: ("Northgate Homes", "Management Accountant"),
    4: ("Ardwick Metropolitan University", "Finance Business Partner (Faculty of Science)"),
    5: ("Kittiwake Home", "Commercial Finance Business Partner"),
    6: ("Calder & Ribble Building Society", "Finance Business Partner"),
    7: ("Calder & Ribble Building Society", "FP&A Manager"),
    8: ("Irwell Rovers", "Commercial Finance Manager"),
    9: ("HBW", "Management Accountant"),
    10: ("HBW", "Management Accountant"),
    11: ("Quayside Media Group", "Finance Business Partner"),
    12: ("Brindle Logistics", "Management Accountant"),
    13: ("Office for Regional Growth", "Finance Business Partner"),
}


def uk(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """``m`` with the UK offset of the date (BST until 26 October 2025)."""
    tz = "+0100" if date < "2025-10-26 02:00" else "+0000"
    return m(key, date, frm, subject, t, text, html, tz=tz, **kw)


def j(cat: str, app: int, source: str, apps: dict[int, tuple[str, str]] = APPS) -> tuple:
    company, role = apps[app]
    return (cat, company, role, app, source, EN)


def lead(cat: str, company: str | None, role: str | None, source: str) -> tuple:
    return (cat, company, role, None, source, EN)


NOJOB = ("not_job", EN)

TRAC = "Pennine Valley Hospitals NHS FT <no-reply@trac.jobs>"
PV_HR = "Recruitment Team - PVH <pvh.recruitment@pennine-valley.nhs.uk>"
OLEEO = "Mersey Vale City Council Recruitment <noreply@tal.net>"
EPLOY = "Northgate Homes Careers <careers@northgatehomes.eploy.net>"
ARDWICK = "Ardwick Met Careers <ardwickmet@myworkday.com>"
HF = "Hallam & Foyle Careers <hallamfoyle@myworkday.com>"
CR_SF = "Calder & Ribble Careers <noreply@successfactors.eu>"
WORKABLE_IR = "Irwell Rovers Commercial <noreply@candidates.workablemail.com>"
HBW_LEVER = "HBW <no-reply@hire.lever.co>"
PENDLE = "Sophie Marchetti <sophie.marchetti@pendlefinance.co.uk>"
CSJ = "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>"

SIG_SOPHIE = """
Kind regards,

Sophie Marchetti
Senior Consultant - Accountancy & Finance
Pendle Finance Recruitment
Bridgewater House, 58 Whitworth Street, Manchester M1 6LT
T: 0161 555 0147 | M: 07700 900 318

Pendle Finance Recruitment Ltd is an employment agency and employment business. Registered in
England & Wales no. 09876543."""

MAIL: list[dict[str, Any]] = [
    # 1 -- NHS Foundation Trust via Trac: ack, shortlisting, interview, conditional offer, checks
    uk(
        "pv01",
        "2025-09-08 21:14",
        TRAC,
        "Application acknowledgement - 347-FIN-7120-A",
        j("confirmation", 1, "other"),
        """Dear Callum

Thank you for your application for the post of Finance Business Partner (Band 7), reference
347-FIN-7120-A, at Pennine Valley Hospitals NHS Foundation Trust.

Your application will now be reviewed by the shortlisting panel. We aim to let applicants
know the outcome of shortlisting within two weeks of the closing date (21/09/2025). Please
check your Trac account and your emails (including junk folders) regularly.

If you have any queries please contact the Recruitment Team quoting the reference above.

Regards

Recruitment Team
Pennine Valley Hospitals NHS Foundation Trust

This is an automated message sent via Trac. Please do not reply to this email.
""",
    ),
    uk(
        "pv02",
        "2025-09-26 10:02",
        TRAC,
        "Shortlisting outcome - 347-FIN-7120-A",
        j("interview", 1, "other"),
        """Dear Callum Ashworth-Begum

Finance Business Partner (Band 7) - 347-FIN-7120-A

I am pleased to inform you that you have been shortlisted for the above post. You will shortly
receive an interview invitation which will allow you to book an interview slot via Trac.

Interviews will be held on Thursday 9 October 2025 at Fairfield Hospital, Education Centre,
Room 3. The interview will be competency-based and you will also be asked to give a 10 minute
presentation on "How finance can support divisional recovery plans".

Regards

Recruitment Team
Pennine Valley Hospitals NHS Foundation Trust
""",
    ),
    uk(
        "pv03",
        "2025-09-26 10:05",
        TRAC,
        "Interview invitation - Finance Business Partner (Band 7)",
        j("interview", 1, "other"),
        None,
        """<html><body style="font-family:Arial">
<p>Dear Callum</p>
<p>You are invited to book an interview for <b>Finance Business Partner (Band 7)</b>
(347-FIN-7120-A).</p>
<p><a href="https://apps.trac.jobs/interview/book?ref=8a7f2c">Book your interview slot</a></p>
<p>Available slots: Thursday 9 October 2025 between 09:30 and 15:30.</p>
<p>Please bring with you: passport or other right to work documents, proof of address, and
original certificates for your CIMA membership.</p>
<p>Regards<br>Recruitment Team<br>Pennine Valley Hospitals NHS Foundation Trust</p>
<p style="font-size:11px;color:#666">Sent via Trac on behalf of Pennine Valley Hospitals NHS
Foundation Trust.</p></body></html>""",
    ),
    uk(
        "pv04",
        "2025-09-26 18:40",
        TRAC,
        "Interview booking confirmation",
        j("interview", 1, "other"),
        """Dear Callum

Your interview has been booked.

Post: Finance Business Partner (Band 7)
Reference: 347-FIN-7120-A
Date: 09/10/2025
Time: 11:15
Venue: Fairfield Hospital, Education Centre, Room 3, Bury Road, Rochdale OL11 4AA

If you are unable to attend please cancel through your Trac account as soon as possible.

Recruitment Team
""",
    ),
    uk(
        "pv05",
        "2025-10-13 16:22",
        TRAC,
        "Conditional offer of employment - 347-FIN-7120-A",
        j("offer", 1, "other"),
        """Dear Callum

Re: Conditional offer of employment - Finance Business Partner (Band 7)

Following your recent interview I am delighted to offer you the above post, a 12-month
fixed-term contract (maternity cover), subject to satisfactory pre-employment checks. The salary will be on Band 7 of Agenda for Change,
point 1 (£47,810 per annum), 37.5 hours per week.

This offer is conditional on:
- two satisfactory references covering the last three years of employment
- a right to work check
- occupational health clearance
- verification of your professional qualifications

Please log in to Trac to accept or decline this conditional offer and to give details of your
referees. A start date will be agreed once all checks are complete.

Yours sincerely

Marianne Okafor
Head of Financial Management, Medicine Division
Pennine Valley Hospitals NHS Foundation Trust
""",
    ),
    uk(
        "pv06",
        "2025-10-14 09:31",
        TRAC,
        "Pre-employment checks - action required",
        lead(
            "other_job",
            "Pennine Valley Hospitals NHS Foundation Trust",
            "Finance Business Partner",
            "other",
        ),
        """Dear Callum

Thank you for accepting our conditional offer. To progress your pre-employment checks please
complete the following in Trac within 5 working days:

* Occupational health questionnaire
* Upload identity and right to work documents
* Confirm referee contact details

If your role requires a DBS check you will receive a separate email from our umbrella body.

Many thanks

Pre-Employment Checks Team
""",
    ),
    uk(
        "pv07",
        "2025-11-17 14:08",
        PV_HR,
        "RE: Start date - Callum Ashworth-Begum",
        j("offer", 1, "direct"),
        """Hi Callum,

Great news - all of your checks are now complete and your offer is unconditional. As agreed
with Marianne, your start date will be Monday 5 January 2026, allowing for your four week
notice period. Your contract will be posted to your home address this week.

Welcome to the Trust!

Kind regards
Aisha Rahman
Recruitment Officer
Pennine Valley Hospitals NHS Foundation Trust | 01706 555 210

-----Original Message-----
From: Callum Ashworth-Begum <callum.ab@fastmail.co.uk>
Sent: 17 November 2025 11:02
Subject: Start date - Callum Ashworth-Begum

Hi Aisha, just checking whether there is any update on my checks - I have handed in my notice
and would be free from 5 January. Many thanks, Callum
""",
        st="accepted",
    ),
    # 2 -- city council via Oleeo: confirmation, numerical test, rejection
    uk(
        "mv01",
        "2025-09-03 12:47",
        OLEEO,
        "Application received - Job reference: MVCC-F0412",
        j("confirmation", 2, "other"),
        """Dear Callum,

Job reference: MVCC-F0412
Post title: Senior Finance Officer (Grade 9)
Directorate: Corporate Resources

Thank you for applying for a position with Mersey Vale City Council. Your application has been
successfully submitted.

Shortlisting will take place after the closing date. If you are shortlisted you will be
contacted by email. Due to the high volume of applications we receive, if you have not heard
from us within 4 weeks of the closing date please assume that you have not been successful.

Yours sincerely,

Recruitment Team
Mersey Vale City Council
""",
    ),
    uk(
        "mv02",
        "2025-09-17 08:15",
        OLEEO,
        "Job reference: MVCC-F0412 - online test",
        j("assessment", 2, "other"),
        """Dear Callum,

Thank you for your interest in the Senior Finance Officer post. As part of the selection
process we would like you to complete an online numerical reasoning test.

The test takes approximately 25 minutes and must be completed by 23:59 on Monday 22
September 2025. Please ensure you are in a quiet environment and have a calculator and paper.

Log in to your candidate account to start the test:
https://mersey-vale.tal.net/candidate/jobboard/vacancy/3/adv/

Yours sincerely,

Recruitment Team
Mersey Vale City Council
""",
    ),
    uk(
        "mv03",
        "2025-10-02 15:50",
        OLEEO,
        "Job reference: MVCC-F0412",
        j("rejection", 2, "other"),
        """Dear Callum,

Re: Senior Finance Officer (Grade 9)

Thank you for taking the time to apply and for completing the online assessment.

We have now completed the shortlisting process and regret to inform you that on this occasion
you have not been shortlisted for interview. We received a large number of applications of a
high standard.

We will keep your details on file for six months in line with our privacy notice, and we hope
this will not deter you from applying for future vacancies with the Council.

Yours sincerely,

Recruitment Team
Mersey Vale City Council
""",
    ),
    # 3 -- housing association via Eploy: confirmation, interview, praise-before-no, neutral subject
    uk(
        "ng01",
        "2025-09-11 19:03",
        EPLOY,
        "Thank you for your application",
        j("confirmation", 3, "other"),
        None,
        """<html><body>
<table width="600"><tr><td><img src="https://northgatehomes.eploy.net/logo.png" alt="Northgate Homes"></td></tr>
<tr><td><p>Hi Callum,</p>
<p>Thanks for applying for the <strong>Management Accountant</strong> role at Northgate Homes. We
provide over 14,000 affordable homes across Greater Manchester and Lancashire, and we're
really glad you'd like to be part of it.</p>
<p>Our Talent team will review your application and be in touch within 10 working days.</p>
<p>Best wishes,<br>The Talent Team, Northgate Homes</p></td></tr></table></body></html>""",
    ),
    uk(
        "ng02",
        "2025-09-24 11:20",
        "Bethan Lloyd <bethan.lloyd@northgatehomes.org.uk>",
        "Northgate Homes - interview invitation (Management Accountant)",
        j("interview", 3, "direct"),
        """Hi Callum,

Thank you for your application for the Management Accountant role. I'm pleased to let you know
you have been shortlisted and we would like to invite you to a competency-based interview with
Gareth Hume (Financial Controller) and me.

Date: Wednesday 1 October
Time: 14:00 - 15:00
Where: Northgate House, 12 Cheetham Hill Road, Manchester M4 4FB (sign in at reception)

There will also be a short Excel exercise (20 minutes) before the interview. Please bring photo
ID for a right to work check.

Could you confirm you can attend?

Kind regards,
Bethan Lloyd
Talent Partner | Northgate Homes
""",
    ),
    uk(
        "ng03",
        "2025-10-06 17:45",
        "Bethan Lloyd <bethan.lloyd@northgatehomes.org.uk>",
        "Management Accountant - update",
        j("rejection", 3, "direct"),
        """Hi Callum,

Thank you for coming in to meet Gareth and me last week. We both really enjoyed our
conversation, and your Excel exercise was one of the strongest we saw - the panel particularly
liked your approach to the service charge variance.

It was a very close decision, but we have decided to offer the role to a candidate with more
direct experience of housing finance and the sector's regulatory returns. I'm sorry it isn't
better news this time.

I'd be very happy to give more detailed feedback over the phone if that would be useful, and
we would genuinely welcome an application from you for future roles.

Kind regards,
Bethan
""",
        **reply("ng02", "Bethan Lloyd <bethan.lloyd@northgatehomes.org.uk>"),
    ),
    # 4 -- university via Workday: confirmation, then nothing (ghosted)
    uk(
        "aw01",
        "2025-10-20 22:31",
        ARDWICK,
        "Application received: Finance Business Partner (Faculty of Science) - R0004518",
        j("confirmation", 4, "workday"),
        """Dear Callum,

Thank you for applying for the position of Finance Business Partner (Faculty of Science)
(R0004518) at Ardwick Metropolitan University.

We have received your application and it will be reviewed by the recruiting panel after the
closing date. You can check the status of your application at any time by logging in to your
candidate home page.

With best wishes,

People & Culture
Ardwick Metropolitan University
""",
    ),
    # 5 -- retail group (Hallam & Foyle plc, brand Kittiwake Home) via Workday: offer declined
    uk(
        "kt01",
        "2025-09-15 07:58",
        HF,
        "Thank you for applying to Kittiwake Home",
        j("confirmation", 5, "workday"),
        """Hi Callum,

Thank you for your application for Commercial Finance Business Partner (Salford Quays /
hybrid). We're excited you want to join Kittiwake Home.

Our team will review your application and we'll be in touch about next steps. In the
meantime you can track your application in your candidate home.

Kittiwake Home is a trading brand of Hallam & Foyle plc. Registered office: 1 Trafford Wharf
Road, Manchester M17 1AB. Registered in England no. 01234567.
""",
    ),
    uk(
        "kt02",
        "2025-09-18 09:12",
        HF,
        "Next step: online assessment",
        j("assessment", 5, "workday"),
        """Hi Callum,

Thanks again for applying for Commercial Finance Business Partner. The next step is a short
online assessment made up of a numerical reasoning test and a situational judgement
questionnaire. It takes around 40 minutes in total.

Please complete it within 5 days by opening the task in your Workday candidate home.

Good luck!
Talent Acquisition | Hallam & Foyle plc
""",
    ),
    uk(
        "kt03",
        "2025-09-30 13:33",
        "Priya Desai <priya.desai@hallamfoyle.co.uk>",
        "Kittiwake - Commercial Finance BP interview",
        j("interview", 5, "direct"),
        """Hi Callum,

Great news - Tom Braithwaite (Head of Commercial Finance) would like to meet you. I've sent a
Teams invite for Tuesday 7 October at 10:30. It will be a mix of competency questions and a
chat through a trading pack, which I'll send the day before.

Any problems with the time just let me know.

Many thanks,
Priya Desai
Talent Acquisition Partner
Hallam & Foyle plc | Kittiwake Home | Foyle Outdoor
""",
        ics={
            "uid": "kt03-teams@hallamfoyle.co.uk",
            "start": "2025-10-07 10:30:00 +0100",
            "minutes": 60,
            "style": "outlook",
            "organizer": ("Priya Desai", "priya.desai@hallamfoyle.co.uk"),
            "summary": "Interview - Callum Ashworth-Begum - Commercial Finance BP",
            "location": "Microsoft Teams Meeting",
            "description": "Interview with Tom Braithwaite. Join on your computer or mobile app.",
        },
    ),
    uk(
        "kt04",
        "2025-10-16 17:05",
        "Priya Desai <priya.desai@hallamfoyle.co.uk>",
        "Offer - Commercial Finance Business Partner",
        j("offer", 5, "direct"),
        """Hi Callum,

Thanks for taking my call earlier. As discussed, I'm delighted to confirm Tom would like to
offer you the role of Commercial Finance Business Partner on a base salary of £54,000, 10%
bonus, 25 days holiday plus bank holidays and 2 days a week in the Salford Quays office.

The written offer will follow once you confirm you are happy to proceed. Let me know if you
have any questions at all.

Many thanks,
Priya
""",
    ),
    uk(
        "kt05",
        "2025-10-21 12:14",
        "Priya Desai <priya.desai@hallamfoyle.co.uk>",
        "RE: Offer - Commercial Finance Business Partner",
        j("offer", 5, "direct"),
        """Hi Callum,

Thanks for letting me know, and for being so open about it. Of course we're disappointed, but
I completely understand that the NHS role is the better fit for you right now. Tom asked me to
pass on his best wishes.

I'll withdraw the offer on our side. Do keep in touch.

Priya

> From: Callum Ashworth-Begum
> Sent: 21 October 2025 09:40
> Hi Priya, thank you so much for the offer. After a lot of thought I've decided to decline
> as I have accepted another role. Thanks to you and Tom for your time. Callum
""",
        st="declined",
        **reply("kt04", "Priya Desai <priya.desai@hallamfoyle.co.uk>"),
    ),
    # 6, 7 -- building society, two roles (SuccessFactors)
    uk(
        "cr01",
        "2025-09-05 14:28",
        CR_SF,
        "Your application - Finance Business Partner (Req ID 2207)",
        j("confirmation", 6, "other"),
        """Dear Callum

Thank you for your interest in Calder & Ribble Building Society and for applying for the
Finance Business Partner role (Req ID 2207).

We will review your application against the requirements of the role and contact you as soon
as possible. You can log in to our careers site at any time to view your application status.

Kind regards
People Team
Calder & Ribble Building Society
Calder & Ribble Building Society is authorised by the Prudential Regulation Authority and
regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
""",
    ),
    uk(
        "cr02",
        "2025-09-19 10:40",
        CR_SF,
        "Your application - FP&A Manager (Req ID 2231)",
        j("confirmation", 7, "other"),
        """Dear Callum

Thank you for applying for the FP&A Manager role (Req ID 2231) at Calder & Ribble Building
Society.

We will review your application and let you know the outcome. Unfortunately we are unable to
provide individual feedback at the application stage.

Kind regards
People Team
Calder & Ribble Building Society
""",
    ),
    uk(
        "cr03",
        "2025-09-25 16:10",
        "Lorna Pickles <lorna.pickles@calderribble.co.uk>",
        "Interview - Finance Business Partner, Halifax",
        j("interview", 6, "direct"),
        """Dear Callum

I'm pleased to invite you to a first-stage interview for the Finance Business Partner role.
The interview will be held at our head office, Ribble House, Commercial Street, Halifax, on
Friday 3 October at 9:30 with Andrew Sykes (Head of Finance) and myself. It will last about an
hour and will include competency-based questions around stakeholder management.

Kind regards
Lorna Pickles
Recruitment Adviser
""",
    ),
    uk(
        "cr04",
        "2025-10-08 11:55",
        "Lorna Pickles <lorna.pickles@calderribble.co.uk>",
        "Your recent interview",
        j("rejection", 6, "direct"),
        """Dear Callum

Thank you for attending interview for the Finance Business Partner role. Unfortunately on this
occasion you have not been successful. The panel felt that other candidates had more
experience of building society capital and liquidity reporting.

Your application for the FP&A Manager role is still being considered and I will update you
separately.

Kind regards
Lorna
""",
    ),
    uk(
        "cr05",
        "2025-10-24 09:05",
        CR_SF,
        "Update on your application - FP&A Manager (Req ID 2231)",
        j("confirmation", 7, "other"),
        """Dear Callum

We wanted to let you know that the FP&A Manager vacancy (Req ID 2231) has been placed on hold
while the Society reviews the structure of the finance team. We will contact you if the role
is reopened.

Thank you for your patience.

People Team
Calder & Ribble Building Society
""",
        st="on_hold",
    ),
    # 8 -- football club's commercial arm via Workable, withdrawal
    uk(
        "ir01",
        "2025-10-01 20:19",
        WORKABLE_IR,
        "Thanks for applying to Irwell Rovers Commercial",
        j("confirmation", 8, "workable"),
        None,
        """<html><body><div style="max-width:560px;font-family:Helvetica,Arial">
<h2>Irwell Rovers Commercial Ltd</h2>
<p>Hi Callum,</p><p>Thanks for applying for the <b>Commercial Finance Manager</b> position. Your
application has been received and our hiring team will review it shortly.</p>
<p>Up the Rovers!<br>Irwell Rovers Commercial</p>
<p style="color:#999;font-size:11px">Powered by Workable</p></div></body></html>""",
    ),
    uk(
        "ir02",
        "2025-10-09 15:37",
        "Dan Whitworth <dan.whitworth@irwellrovers.co.uk>",
        "Commercial Finance Manager - chat?",
        j("interview", 8, "direct"),
        """Hi Callum,

Thanks for your application. I'm the Finance Director here and would love to have a quick
30-minute video call to talk through the role - matchday and hospitality revenue, retail and
the stadium events business. Are you free Wednesday 15th at 12:00 or Thursday 16th at 16:30?

Cheers
Dan Whitworth
Finance Director, Irwell Rovers Commercial Ltd
""",
    ),
    uk(
        "ir03",
        "2025-10-10 08:02",
        "Dan Whitworth <dan.whitworth@irwellrovers.co.uk>",
        "Re: Commercial Finance Manager - chat?",
        j("interview", 8, "direct"),
        """Thursday 16:30 it is - I'll send a Teams link.

Dan

On Thu, 9 Oct 2025 at 18:12, Callum Ashworth-Begum <callum.ab@fastmail.co.uk> wrote:
> Hi Dan, thanks - Thursday at 16:30 works well for me. Callum
""",
        **reply("ir02", "Dan Whitworth <dan.whitworth@irwellrovers.co.uk>"),
    ),
    uk(
        "ir04",
        "2025-10-22 13:48",
        "Dan Whitworth <dan.whitworth@irwellrovers.co.uk>",
        "Re: Commercial Finance Manager",
        j("confirmation", 8, "direct"),
        """Hi Callum,

No problem at all, thanks for letting me know before the second round and congratulations on
the NHS role. I've taken you out of the process. If you ever fancy a move into sport, give me
a shout.

All the best,
Dan
""",
        st="withdrawn",
    ),
    # 9, 10 -- accountancy firm by its initials (Lever): rejection, then re-application
    uk(
        "hb01",
        "2025-09-09 16:44",
        HBW_LEVER,
        "Thank you for your application to HBW",
        j("confirmation", 9, "lever"),
        """Hi Callum,

Thank you for your interest in HBW (Hartley Blaine Whitcombe LLP). We have received your
application for the Management Accountant - Outsourced Finance role in our Manchester office.

Our recruitment team will review your CV and be in touch.

Best regards,
The HBW Talent Team
""",
    ),
    uk(
        "hb02",
        "2025-09-16 09:21",
        HBW_LEVER,
        "Your application to HBW",
        j("rejection", 9, "lever"),
        """Hi Callum,

Thank you for taking the time to apply for the Management Accountant - Outsourced Finance role.
We've reviewed your application carefully and, on this occasion, we have decided not to take it
further - we are looking for someone with more practice experience of multi-client reporting.

We'll keep your details on file and may be in touch should a suitable opportunity arise.

Best regards,
The HBW Talent Team
""",
    ),
    uk(
        "hb03",
        "2026-01-26 19:55",
        HBW_LEVER,
        "Thank you for your application to HBW",
        j("confirmation", 10, "lever"),
        """Hi Callum,

Thank you for your interest in HBW. We have received your application for the Management
Accountant role in our Leeds office (Outsourced Finance, hybrid).

Our recruitment team will review your CV and be in touch.

Best regards,
The HBW Talent Team
""",
    ),
    uk(
        "hb04",
        "2026-02-04 10:10",
        "Rachel Ng <rachel.ng@hbw-llp.co.uk>",
        "HBW Leeds - Management Accountant interview",
        j("interview", 10, "direct"),
        """Hi Callum,

Thanks for re-applying - I remember your application from last autumn, and your public sector
experience since then is really relevant for our NHS and charity clients.

Could you do a video interview with our Outsourced Finance partner, Imran Siddiqui, next
Tuesday (10 Feb)? Use the link below to pick a slot that suits.

https://calendly.com/rachel-ng-hbw/45min

Kind regards,
Rachel Ng
Senior Talent Acquisition Partner | HBW
""",
    ),
    uk(
        "hb05",
        "2026-02-04 13:26",
        "Calendly <notifications@calendly.com>",
        "New Event: Callum Ashworth-Begum - 13:00 Tue, 10 Feb 2026 - HBW interview (45 min)",
        j("interview", 10, "other"),
        """Hi Callum Ashworth-Begum,

A new event has been scheduled.

Event Type:
HBW interview (45 min)

Invitee:
Callum Ashworth-Begum
callum.ab@fastmail.co.uk

Event Date/Time:
13:00 - Tuesday, 10 February 2026 (GMT)

Location:
This is a Microsoft Teams web conference. Details to follow.

View event in Calendly
https://calendly.com/events/7c2f/invitee
""",
    ),
    # 11, 12 -- agency: exclusive role, client named late; second client
    uk(
        "pf01",
        "2025-10-27 09:12",
        PENDLE,
        "Exclusive FBP role - Salford Quays",
        lead("outreach", None, "Finance Business Partner", "agency"),
        """Hi Callum,

I hope you don't mind me reaching out - I came across your profile on CV-Library and I'm
working on an exclusive role with a well-known client in Salford Quays. They're looking for a
CIMA-qualified Finance Business Partner to support their content and production teams.

- £55-60k + bonus + excellent benefits
- Hybrid (2 days in the office)
- Fantastic exposure to senior stakeholders

I can't name the client just yet but I'd love to have a quick chat - are you free for a call
today or tomorrow?
"""
        + SIG_SOPHIE,
    ),
    uk(
        "pf02",
        "2025-10-28 17:30",
        PENDLE,
        "RE: Exclusive FBP role - Salford Quays",
        j("confirmation", 11, "agency"),
        """Hi Callum,

Great to speak earlier. As discussed, the client is Quayside Media Group - the role sits in
their production finance team at MediaCity. I've now submitted your CV with the notes we
talked through (notice period 4 weeks, salary expectation £56k).

I'll chase them for feedback by the end of the week.
"""
        + SIG_SOPHIE,
        **reply("pf01", PENDLE),
    ),
    uk(
        "pf03",
        "2025-10-30 11:03",
        PENDLE,
        "Another one for you - Trafford Park",
        j("confirmation", 12, "agency"),
        """Hi Callum,

Following our chat yesterday, I've also put you forward for the Management Accountant role at
Brindle Logistics in Trafford Park (month-end, standard costing, supporting the warehouse ops
managers). Salary up to £50k, 1 day WFH.

I know it's a step back on title from Quayside but the FD is keen to grow the person into a
business partnering role. Will keep you posted on both.
"""
        + SIG_SOPHIE,
    ),
    uk(
        "pf04",
        "2025-11-04 15:16",
        PENDLE,
        "Quayside - interview Monday",
        j("interview", 11, "agency"),
        """Hi Callum,

Good news! Quayside Media Group would like to meet you on Monday 10 November at 2pm at
Quayside House, MediaCity, with Helen Armitage (Head of Finance Partnering). It'll be a
competency-based interview plus a 15-minute case study they'll give you on the day.

Can you confirm and I'll lock it in?
"""
        + SIG_SOPHIE,
    ),
    uk(
        "pf05",
        "2025-11-13 12:41",
        PENDLE,
        "Feedback",
        j("rejection", 11, "agency"),
        """Hi Callum,

Thanks for your patience. I've had feedback from Helen - she really liked you and said you
came across as very personable and commercially minded. Unfortunately they've decided to go
with a candidate who has media and production accounting experience.

Sorry it's not better news. Still nothing back from Brindle - I'll keep chasing.
"""
        + SIG_SOPHIE,
    ),
    # 13 -- civil-service style department
    uk(
        "og01",
        "2025-09-22 13:00",
        CSJ,
        "Application submitted: Finance Business Partner (SEO) - 412870",
        j("confirmation", 13, "other"),
        """Dear Callum Ashworth-Begum

Thank you for submitting your application for the following vacancy:

Vacancy title: Finance Business Partner
Department: Office for Regional Growth
Grade: Senior Executive Officer (SEO)
Reference: 412870
Location: Manchester or Leeds (hybrid)

You can view your application in your account on Civil Service Jobs.

Please do not reply to this email.

Civil Service Jobs
""",
    ),
    uk(
        "og02",
        "2025-10-15 10:30",
        CSJ,
        "Reference 412870: sift outcome",
        j("interview", 13, "other"),
        """Dear Callum Ashworth-Begum

We are pleased to inform you that your application for Finance Business Partner (412870) was
successful at the sift stage. You are now invited to interview.

Interviews will be held by video between 3 and 7 November 2025. You will be assessed against
the following Success Profiles: Behaviours (Communicating and Influencing, Making Effective
Decisions, Working Together) and Technical. You will be asked to prepare a 5-minute
presentation.

Please log in to your account to book an interview slot.

Regards
ORG Recruitment Team
""",
    ),
    uk(
        "og03",
        "2025-11-20 09:45",
        CSJ,
        "Reference 412870: outcome",
        j("rejection", 13, "other"),
        """Dear Callum Ashworth-Begum

Thank you for attending interview for Finance Business Partner (412870).

We regret to inform you that you were not successful on this occasion. You met the minimum
standard at interview but were not placed high enough on the merit list to receive an offer.
Your scores and feedback are available in your account.

Regards
ORG Recruitment Team
""",
    ),
]

MAIL += [
    uk(
        "pf06",
        "2025-11-06 10:02",
        PENDLE,
        "RE: Quayside - interview Monday",
        j("interview", 11, "agency"),
        """Hi Callum,

Quick one - Helen's diary has changed, could you do 3pm on Monday instead of 2pm? Same place.
"""
        + SIG_SOPHIE,
        **reply("pf04", PENDLE),
    ),
]
