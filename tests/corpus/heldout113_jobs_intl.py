# ruff: noqa: E501, RUF100
"""Corpus 113, agency and Australian job mail (data only): see heldout113.py."""

from __future__ import annotations

from typing import Any

from heldout113_jobs import AR, ARR2, HS, HSR, A, J, at, m, reply

BU, BUR = "Bunyip Mutual", "Senior Business Analyst"
IW, IWR = "Inland Waters Authority", "Policy Officer (EL1)"
TD, TDR = "Tidewell Analytics", "Business Analyst"
LP, LPR = "Larrikin Pay", "Business Analyst"
SR, SRR = "Southern Reach Consulting", "Senior Consultant, Public Policy"
CT, CTR = "Coastal Transport Authority", "Senior Business Analyst"

BEACON = "Olivia Grant <olivia.grant@beacontalent.co.nz>"
CAPITAL = "Nikau Reid <nikau.reid@capitalrecruitment.co.nz>"
HARBOUR = "Tom Baxter <tom.baxter@harbourline.com.au>"

MAIL: list[dict[str, Any]] = [
    # --- 6 Beacon Talent -> Housing Standards Authority -------------------------------------------
    m(
        "81101",
        "2025-09-18 11:20",
        BEACON,
        "Principal Policy Advisor - central government, 6 month contract",
        J("outreach", "agency"),
        text="""Kia ora Mereana,

I hope you don't mind me reaching out directly. My client, a large central government agency, is looking for a Principal Policy Advisor on a six-month contract (likely extension) to lead work on a regulatory review. It's hybrid, based in Wellington Central, and paying $110-$125 per hour.

From your background at the regulator I think you'd be a strong fit. Do you have 15 minutes for a call tomorrow or Friday? I can share more about the client once we've spoken.

Ngā mihi,
Olivia Grant
Principal Consultant | Public Sector
Beacon Talent Partners
04 830 2277 | 021 660 418""",
    ),
    m(
        "81102",
        "2025-09-22 16:45",
        BEACON,
        "RE: Principal Policy Advisor - central government, 6 month contract",
        A("confirmation", HS, HSR, 6, "agency"),
        text="""Hi Mereana,

Lovely to talk on Friday. As discussed, I've now submitted your CV and cover note for the Principal Policy Advisor contract. Now that you've given me the go-ahead I can tell you the client is the Housing Standards Authority (Te Mana Paerewa Whare) - the role reports to their Director of Policy. I've positioned you around the regulatory stewardship work and your experience leading cross-agency working groups.

They're hoping to shortlist by the end of next week - I'll let you know as soon as I hear.

Ngā mihi,
Olivia

Olivia Grant | Beacon Talent Partners""",
        **reply("<81101.20250918.63@beacontalent.co.nz>"),
    ),
    m(
        "81103",
        "2025-10-01 14:02",
        BEACON,
        "Interview - Housing Standards Authority, Principal Policy Advisor",
        A("interview", HS, HSR, 6, "agency"),
        text="""Hi Mereana,

Great news - the client would like to interview you. HSA would like to meet you - you'd be working for their Director of Policy, Kathryn Aldous.

Interview: Tuesday 7 October, 4.00pm, in person at their office, Level 11, 161 Lambton Quay. Around 45 minutes with Kathryn and a senior advisor.

I'll give you a call tomorrow to prep. Good luck!

Olivia""",
        ics={
            "uid": "beacon-hsa-ppa-fraser",
            "start": at("2025-10-07 16:00"),
            "minutes": 45,
            "organizer": ("Olivia Grant", "olivia.grant@beacontalent.co.nz"),
            "summary": "Interview - HSA Principal Policy Advisor - Mereana Fraser",
            "location": "Level 11, 161 Lambton Quay, Wellington",
        },
    ),
    m(
        "81104",
        "2025-10-13 10:30",
        BEACON,
        "Feedback from HSA",
        A("rejection", HS, HSR, 6, "agency"),
        text="""Hi Mereana,

I tried to call but it went to voicemail. I've had feedback from Kathryn: she really liked your thinking on the stewardship framework and said you interviewed very well. In the end, though, they've gone with a contractor who has led a housing regulatory review before, as they need someone to hit the ground running.

I know that's frustrating after such a good interview. I'll definitely keep you in mind - I have a couple of other agencies with policy needs coming up.

Ngā mihi,
Olivia""",
    ),
    # --- 14 Capital Recruitment -> ARFC BA (fixed-term), on hold ------------------------------------
    m(
        "81110",
        "2025-10-20 09:55",
        CAPITAL,
        "Business Analyst, fixed term - Crown entity",
        J("outreach", "agency"),
        text="""Morena Mereana,

I'm recruiting a Business Analyst for a Crown entity in Wellington - a 12-month fixed-term role on their grants management system replacement. Salary is $105k-$115k pro rata.

It's a good mix of process and policy, which is why I thought of you. Keen to chat?

Kind regards,
Nikau Reid
Consultant - Technology & Change
Capital Recruitment Group""",
    ),
    m(
        "81111",
        "2025-10-23 12:10",
        CAPITAL,
        "RE: Business Analyst, fixed term - Crown entity",
        A("confirmation", AR, ARR2, 14, "agency"),
        text="""Hi Mereana,

Thanks for the chat yesterday. I've put you forward to the Aotearoa Research Funding Commission for the fixed-term BA role. I know you've already been through their process for the Senior Policy Analyst job - I've mentioned that to the hiring manager, who was fine with it as it's a different team.

Will let you know once I hear back.

Cheers,
Nikau

Nikau Reid | Capital Recruitment Group
Level 4, 22 The Terrace, Wellington""",
        **reply("<81110.20251020.43@capitalrecruitment.co.nz>"),
    ),
    m(
        "81112",
        "2025-11-06 15:25",
        CAPITAL,
        "ARFC BA role - on hold",
        A("confirmation", AR, ARR2, 14, "agency"),
        st="on_hold",
        text="""Hi Mereana,

A quick update: ARFC have put the fixed-term BA role on hold while they wait for a budget decision on the grants system project. They still have your CV and liked it, and they expect to know more in the new year.

I'll be in touch if it restarts.

Cheers,
Nikau""",
    ),
    # --- 19 Bunyip Mutual (Workday, Melbourne) ----------------------------------------------------
    m(
        "81120",
        "2025-09-26 12:30",
        "Bunyip Mutual <bunyipmutual@myworkday.com>",
        "Application received: Senior Business Analyst",
        A("confirmation", BU, BUR, 19, "workday"),
        text="""Hi Mereana,

Thanks for your application for Senior Business Analyst (Melbourne, VIC). We have received it and will review it shortly.

Please note that, as an Australian employer, we can only consider applicants with the right to work in Australia. New Zealand citizens are eligible under the Trans-Tasman Travel Arrangement.

Regards,
Bunyip Mutual Talent Acquisition""",
    ),
    m(
        "81121",
        "2025-10-17 17:50",
        "Bunyip Mutual <bunyipmutual@myworkday.com>",
        "Your application with Bunyip Mutual",
        A("rejection", BU, BUR, 19, "workday"),
        text="""Hi Mereana,

Thank you for your interest in the Senior Business Analyst role at Bunyip Mutual.

After reviewing your application, we have decided not to progress it further at this time. This decision was not easy given the quality of candidates.

We encourage you to apply for future roles that match your skills.

Kind regards,
Bunyip Mutual Talent Acquisition""",
    ),
    # --- 20 Inland Waters Authority (PageUp, Canberra) ---------------------------------------------
    m(
        "81125",
        "2025-10-09 22:05",
        "Inland Waters Authority <no-reply@pageuppeople.com>",
        "IWA - Application Acknowledgement",
        A("confirmation", IW, IWR, 20, "other"),
        text="""Dear Mereana,

Thank you for your application for the position of Policy Officer (EL1), Water Policy Branch, Canberra ACT (vacancy IWA/25/311).

Please note that Australian citizenship is a condition of engagement for this role, and the successful candidate must obtain and maintain a Baseline security clearance.

Applications will be assessed by a selection panel after the closing date. We will contact you to advise the outcome.

Regards,
People Branch
Inland Waters Authority""",
    ),
    m(
        "81126",
        "2025-10-30 10:40",
        "Inland Waters Authority <no-reply@pageuppeople.com>",
        "Outcome of your application - IWA/25/311",
        A("rejection", IW, IWR, 20, "other"),
        text="""Dear Mereana,

Thank you for applying for the Policy Officer (EL1) position.

The selection panel has assessed your application. Unfortunately you were not assessed as eligible, as Australian citizenship is a condition of engagement for this role. We thank you for your interest in the Authority.

Regards,
People Branch
Inland Waters Authority""",
    ),
    # --- 21 Tidewell Analytics (SmartRecruiters, Sydney) - forwarded, ghosted ---------------------
    m(
        "81130",
        "2025-10-11 08:14",
        "Mereana Fraser <mereana.fraser@xtra.co.nz>",
        "Fwd: Thank you for applying to Tidewell Analytics",
        A("confirmation", TD, TDR, 21, "smartrecruiters"),
        text="""Oops, applied with my old email. Forwarding so it's all in one place.

---------- Forwarded message ---------
From: Tidewell Analytics <noreply@smartrecruiters.com>
Date: Fri, 10 Oct 2025 at 19:02
Subject: Thank you for applying to Tidewell Analytics
To: <mereana.fraser@xtra.co.nz>

Dear Mereana,

Thank you for your interest in Tidewell Analytics Pty Ltd! We have received your application for the position of Business Analyst (Sydney, NSW - hybrid).

Our recruiting team will review your application. If your profile matches our requirements, we will contact you to discuss next steps.

Best regards,
Tidewell Talent Team""",
    ),
    # --- 22 Larrikin Pay (Greenhouse, Sydney) -----------------------------------------------------
    m(
        "81135",
        "2025-10-02 12:00",
        "Larrikin Pay <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Larrikin!",
        A("confirmation", LP, LPR, 22, "greenhouse"),
        text="""G'day Mereana,

Thanks for applying for the Business Analyst role at Larrikin (remote, Australia & New Zealand). We're stoked you're interested.

We'll take a look and get back to you within a couple of weeks.

Cheers,
Larrikin Talent""",
    ),
    m(
        "81136",
        "2025-10-16 11:05",
        "Bec Hollis <bec.hollis@larrikinpay.com.au>",
        "Larrikin BA - take-home case study",
        A("assessment", LP, LPR, 22, "direct"),
        text="""Hi Mereana,

Thanks for the chat on Tuesday! As mentioned, the next step is a take-home case study. You'll find the brief here: https://larrikinpay.com.au/case/ba-2025 - it's about mapping the refund process for our merchant dashboard and writing user stories for two improvements.

We suggest no more than 3 hours. Please send it back by Friday 24 October.

Cheers,
Bec Hollis
Talent Partner | Larrikin Pay Pty Ltd""",
    ),
    m(
        "81137",
        "2025-11-05 13:30",
        "Larrikin Pay <no-reply@us.greenhouse-mail.io>",
        "Following up on your application",
        A("rejection", LP, LPR, 22, "greenhouse"),
        text="""Hi Mereana,

Thanks so much for the work you put into the case study - the team thought your process map was really clear.

After a lot of discussion, we've decided to go ahead with another candidate who has more payments experience. We won't be moving forward with your application this time.

Thanks again, and all the best.

Larrikin Talent""",
    ),
    # --- 23 Southern Reach Consulting (LinkedIn) --------------------------------------------------
    m(
        "81140",
        "2025-10-19 20:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Mereana, your application was sent to Southern Reach Consulting",
        A("confirmation", SR, SRR, 23, "linkedin"),
        html="""<html><body><p>Your application was sent to Southern Reach Consulting</p><p><b>Senior Consultant, Public Policy</b><br>Southern Reach Consulting · Melbourne, Victoria, Australia</p><p>Applied on 19 Oct 2025</p></body></html>""",
    ),
    m(
        "81141",
        "2025-10-29 14:15",
        "Priscilla Vo <pvo@southernreach.com.au>",
        "Southern Reach - video interview",
        A("interview", SR, SRR, 23, "direct"),
        text="""Hi Mereana,

Thanks for applying through LinkedIn. We'd love to have a 45-minute video chat with you about the Senior Consultant role in our public policy practice. We've got a few NZ government clients, so your background is really relevant.

Invitation attached for Monday 3 November, 11am Melbourne time (1pm for you).

Kind regards,
Priscilla Vo
Associate Director
Southern Reach Consulting""",
        ics={
            "uid": "sr-ppc-fraser-1103",
            "start": at("2025-11-03 13:00"),
            "minutes": 45,
            "organizer": ("Priscilla Vo", "pvo@southernreach.com.au"),
            "summary": "Southern Reach / Mereana Fraser - Senior Consultant interview",
            "location": "Microsoft Teams",
        },
    ),
    m(
        "81142",
        "2025-11-20 09:30",
        "Priscilla Vo <pvo@southernreach.com.au>",
        "RE: Southern Reach - video interview",
        A("rejection", SR, SRR, 23, "direct"),
        text="""Hi Mereana,

Thanks for letting us know you've accepted a role in Wellington - congratulations! We'd been about to come back to you: the team decided to hire locally in Melbourne for this one, so the timing works out for both of us.

Best of luck with the new role.

Priscilla""",
    ),
    # --- 24 Harbourline Recruitment -> Coastal Transport Authority ---------------------------------
    m(
        "81150",
        "2025-10-24 13:00",
        HARBOUR,
        "Senior BA - NSW government client - relocation supported",
        J("outreach", "agency"),
        text="""Hi Mereana,

I'm working on a Senior Business Analyst role for a state government transport client in Sydney. They're open to candidates from New Zealand and will support relocation. 12-month contract, AUD $1,000-$1,100 per day.

Would you be interested? Happy to share more detail.

Regards,
Tom Baxter
Harbourline Recruitment | Sydney""",
    ),
    m(
        "81151",
        "2025-10-28 10:20",
        HARBOUR,
        "RE: Senior BA - NSW government client - relocation supported",
        A("confirmation", CT, CTR, 24, "agency"),
        text="""Hi Mereana,

Thanks for confirming you're happy to be put forward. I've submitted your profile to the Coastal Transport Authority for the Senior BA role. They're reviewing CVs next week and I'll come back to you.

Regards,
Tom""",
        **reply("<81150.20251024.56@harbourline.com.au>"),
    ),
    # --- AU alerts -----------------------------------------------------------------------------
    m(
        "81160",
        "2025-09-21 07:00",
        "SEEK Job Mail <jobmail@s.seek.com.au>",
        "New jobs for senior business analyst in Melbourne",
        J("alert"),
        html="""<html><body><p>Jobs for <b>senior business analyst</b> in All Melbourne VIC</p><ul><li>Senior Business Analyst - Bunyip Mutual - Melbourne CBD</li><li>Senior BA - Data &amp; Reporting - Private Advertiser - Docklands</li></ul><p><a href="https://www.seek.com.au/jobs">See all jobs</a></p></body></html>""",
    ),
    m(
        "81161",
        "2025-10-07 07:00",
        "APS Jobs <noreply@apsjobs.gov.au>",
        "APSJobs notification: 5 new vacancies match your profile",
        J("alert"),
        text="""Dear Mereana,

The following vacancies match your saved search 'policy EL1':

IWA/25/311 Policy Officer (EL1) - Inland Waters Authority - Canberra ACT
Assistant Director, Regulatory Policy - Canberra ACT
Policy Officer - Melbourne VIC

Log in to view the full list. This is an automated message.""",
    ),
    m(
        "81162",
        "2025-11-12 08:00",
        "Indeed <alert@indeed.com>",
        "business analyst jobs in Sydney NSW: 22 new jobs",
        J("alert", "indeed"),
        html="""<html><body><p>22 new <b>business analyst</b> jobs in Sydney NSW</p><ul><li>Business Analyst - Tidewell Analytics - Sydney NSW</li><li>Senior Business Analyst - Harbourline Recruitment - Parramatta NSW</li></ul><p><a href="https://au.indeed.com/jobs">View all jobs</a></p></body></html>""",
    ),
    m(
        "81163",
        "2025-09-24 20:00",
        "Larrikin Pay <no-reply@us.greenhouse-mail.io>",
        "Don't forget to finish your application",
        J("alert", "greenhouse"),
        text="""Hi Mereana,

Looks like you started applying for Business Analyst at Larrikin but didn't quite finish. Your answers have been saved - pick up where you left off any time before the role closes.

Cheers,
Larrikin Talent""",
    ),
]
