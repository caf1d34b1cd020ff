# ruff: noqa: E501, RUF100
"""Corpus 132, job mail part two (data only): see heldout132.py.

Public-sector applications (NEOGOV, Taleo), the search firm, the other foundations, universities
and nonprofits, then job alerts, recruiter outreach and other job mail."""

from __future__ import annotations

from typing import Any

from heldout132_jobs import (
    BP,
    BPR,
    CU,
    CUR,
    EFF,
    EFFR,
    GLC,
    GLCR,
    HEF,
    HEFR,
    HFF,
    HFFR,
    KC,
    KCR,
    LK,
    LKR,
    MCT,
    MCTR,
    MP,
    MPR,
    NWF,
    NWFR,
    PAA,
    PAAR,
    PSH,
    PSHR,
    WHE,
    WHER,
    A,
    J,
    ics,
    m,
    thread,
)

EVELYN = ("Evelyn Marsh", "emarsh@wexfordsearch.example")

_WEX_OUTREACH = m(
    "9b2e61f0c4",
    "2025-10-15 17:33",
    "Evelyn Marsh <emarsh@wexfordsearch.example>",
    "Confidential search - Senior Program Officer, Education",
    J("outreach", "agency", None, HFFR),
    """Dear Keisha,

I lead the social impact practice at Wexford Search Partners, and I'm reaching out in confidence about a search we've been retained to conduct for a well-established family foundation here in Chicago. Our client is hiring a Senior Program Officer, Education, who will manage a portfolio of roughly $6 million a year in grants focused on postsecondary access and early-career pathways for young people on the South and West Sides.

Your name came up more than once as I spoke with people in the youth workforce field - twice, in fact, from grantees of the foundation. Your work connecting summer employment to community college enrollment at Southside Pathways is squarely what the trustees are hoping to build on.

The compensation range is $125,000-$140,000 plus a generous benefits package. The role is hybrid, with the office in the Loop.

Would you be open to a confidential conversation? If so, feel free to send a current resume, or just suggest a time to talk.

With warm regards,

Evelyn Marsh
Managing Director, Social Impact Practice
Wexford Search Partners
70 W. Madison St., Suite 1400, Chicago, IL 60602
m 773.555.0127 | wexfordsearch.example

This message and any attachments are confidential and intended solely for the addressee.
""",
)

_KC_INTERVIEW = m(
    "BY5PR09MB4471",
    "2025-12-04 09:19",
    "Okafor, Chinedu (HR) <chinedu.okafor@kinziecountyil.example>",
    "Interview Scheduling - Workforce Development Program Manager (Req 25-0917)",
    A("interview", KC, KCR, 10, "direct"),
    """Ms. Dombrowski:

The Kinzie County Department of Workforce & Economic Opportunity has selected you for an interview for the position of Workforce Development Program Manager (Requisition 25-0917). Your interview has been scheduled as follows:

    Date:      Thursday, December 11, 2025
    Time:      2:00 PM - 2:45 PM
    Location:  Kinzie County Administration Building
               500 W. Kinzie Blvd., Room 318
               Wheaton Grove, IL 60187

Please arrive 15 minutes early and bring a valid government-issued photo ID to clear building security. The interview panel will consist of three members. You will be asked a standard set of structured questions; all candidates are asked the same questions.

If you require a reasonable accommodation for the interview, or are unable to attend, please notify me no later than 48 hours prior.

Respectfully,

Chinedu Okafor
Human Resources Analyst II
Kinzie County Bureau of Human Resources
500 W. Kinzie Blvd., Wheaton Grove, IL 60187
(630) 555-0174

NOTICE: This e-mail message, including any attachments, is a public record subject to the Illinois Freedom of Information Act and may be disclosed to third parties.
""",
    ics=ics(
        "040000008200E00074C5B7101A82E008000000007C16E0A8A966DC01000000000000000010000000D5",
        "2025-12-11 14:00",
        "Interview - Workforce Development Program Manager (Req 25-0917)",
        ("Okafor, Chinedu (HR)", "chinedu.okafor@kinziecountyil.example"),
        minutes=45,
        style="outlook",
        location="Kinzie County Administration Bldg, 500 W. Kinzie Blvd, Rm 318",
    ),
)

_MCT_SCREEN = m(
    "CAMq7tP2xqZ",
    "2025-11-12 16:05",
    "Priya Shah <pshah@midwaytrust.example>",
    "Quick call about the Neighborhood Grants role?",
    A("interview", MCT, MCTR, 22, "direct"),
    """Hi Keisha,

Thanks for applying to be our Program Officer, Neighborhood Grants. I'd love to set up a 30-minute phone call to hear more about your background and answer questions about the Trust. You can grab a time that works for you here:

https://calendly.com/pshah-midwaytrust/30min

Looking forward to it,
Priya

Priya Shah
Senior Program Officer | Midway Community Trust
The community foundation for Chicago's Southwest Side
""",
)

_CTG_FIRST = m(
    "27b65e36781670cfdb",
    "2025-09-30 11:18",
    "Brianna Koss <bkoss@civictalentgroup.example>",
    "Interim Program Director - 6-month contract",
    J("outreach", "agency", None, "Interim Program Director"),
    """Hi Keisha,

Brianna from Civic Talent Group - we place interim and contract leaders with nonprofits. One of our clients, a large social services agency on the West Side, needs an Interim Program Director for its youth division while their director is on leave (Jan-June 2026, full-time, $55-60/hr W-2).

Given your youth workforce background you'd be a great fit. Any interest? Even if the timing doesn't work, I'd love to get you in our network.

Thanks!
Brianna Koss
Senior Recruiter | Civic Talent Group
Interim leadership for mission-driven organizations
""",
)

MAIL: list[dict[str, Any]] = [
    # --- 9. City of Lakemont, NEOGOV ------------------------------------------------------
    m(
        "113611093ee7f7e6d9",
        "2025-09-24 20:51",
        "GovernmentJobs.com <noreply@governmentjobs.com>",
        "Please verify your email address",
        J("other_job", "other"),
        """Hi Keisha,

Welcome to GovernmentJobs.com! To finish creating your account, please verify your email address:

https://www.governmentjobs.com/account/verify?token=9a2c04e1bd77

Once verified, you can apply for jobs with the City of Lakemont and thousands of other public sector employers, save job searches, and track your application status.

If you did not create this account, you can ignore this email.

NEOGOV | GovernmentJobs.com
""",
    ),
    m(
        "d5163b2fbf1ba1abb4",
        "2025-09-25 21:34",
        "City of Lakemont <noreply@governmentjobs.com>",
        "Thank you for applying - Management Analyst II - Community Development",
        A("confirmation", LK, LKR, 9, "other"),
        """Dear Keisha Dombrowski,

Thank you for your interest in employment with the City of Lakemont. This email confirms that we have received your application for the position of Management Analyst II - Community Development (Job #2025-00412).

All applications will be reviewed after the closing date of October 3, 2025 to determine which candidates meet the minimum qualifications. Candidates meeting the minimum qualifications will be placed on an eligible list. You will be notified of the status of your application by email.

Please make sure to add noreply@governmentjobs.com to your safe sender list so that you receive future notifications.

City of Lakemont
Human Resources Department
1200 Civic Center Drive, Lakemont, IL 60148
An Equal Opportunity Employer
""",
    ),
    m(
        "3e4d77789a496c9514",
        "2025-10-20 15:08",
        "City of Lakemont <noreply@governmentjobs.com>",
        "Application Status Update - Management Analyst II - Community Development",
        A("viewed", LK, LKR, 9, "other"),
        """Dear Keisha Dombrowski,

Your application for Management Analyst II - Community Development (Job #2025-00412) has been reviewed. You have been found to MEET the minimum qualifications for this position.

Your name has been placed on the eligible list for this classification. The eligible list will be forwarded to the hiring department, which will determine which candidates will be invited to interview. Placement on the eligible list does not guarantee an interview.

You may check the status of your application at any time by logging into your account at www.governmentjobs.com/careers/lakemontil and selecting "Applications."

City of Lakemont Human Resources
""",
    ),
    m(
        "197ae28f3989bf3ef9",
        "2025-11-18 10:42",
        "City of Lakemont <noreply@governmentjobs.com>",
        "Management Analyst II - Community Development: Notice",
        A("rejection", LK, LKR, 9, "other"),
        """Dear Keisha Dombrowski,

Thank you for your interest in the Management Analyst II - Community Development position with the City of Lakemont.

The hiring department has completed its review of the eligible list. We regret to inform you that you were not selected for an interview at this time.

Your name will remain on the eligible list for this classification for twelve (12) months from the date the list was established. Should another vacancy occur in this classification during that period, the list may be used to fill it.

We appreciate your interest in public service with the City of Lakemont and encourage you to apply for future openings.

City of Lakemont Human Resources
""",
    ),
    # --- 10. Kinzie County, Taleo ---------------------------------------------------------
    m(
        "673eeb75845812413f",
        "2025-10-09 23:12",
        "Kinzie County Careers <noreply@taleo.net>",
        "Kinzie County - Job Submission Confirmation",
        A("confirmation", KC, KCR, 10, "taleo"),
        """Dear Keisha Dombrowski,

Thank you for submitting your application for the position Workforce Development Program Manager (Requisition 25-0917) with Kinzie County.

Your application will be reviewed by the Bureau of Human Resources to determine whether you meet the minimum qualifications as posted. Applicants who meet the minimum qualifications will be placed on the eligible list and referred to the hiring department in rank order according to the County's Employment Plan.

You may view the status of your submission at any time by accessing "My Job Page" on the Kinzie County careers site:
https://kinziecounty.taleo.net/careersection/kc_external/mysubmissions.ftl

Sincerely,
Kinzie County Bureau of Human Resources

Please do not reply to this message. This mailbox is not monitored.
""",
    ),
    m(
        "f254ddac06d005ebb4",
        "2025-11-13 12:00",
        "Kinzie County Careers <noreply@taleo.net>",
        "Kinzie County - Eligible List Notification (Req 25-0917)",
        A("viewed", KC, KCR, 10, "taleo"),
        """Dear Keisha Dombrowski,

The Bureau of Human Resources has completed its review of applications for Workforce Development Program Manager (Requisition 25-0917).

Result: QUALIFIED - placed on eligible list
Rank group: Well Qualified
Veterans' preference: Not claimed

Your name has been referred to the hiring department. The hiring department will contact referred candidates directly to schedule interviews. Due to the number of referred candidates, not all candidates will be interviewed.

Kinzie County Bureau of Human Resources
""",
    ),
    _KC_INTERVIEW,
    m(
        "BY5PR09MB4519",
        "2025-12-08 16:44",
        "Okafor, Chinedu (HR) <chinedu.okafor@kinziecountyil.example>",
        "RE: Interview Scheduling - Workforce Development Program Manager (Req 25-0917)",
        A("interview", KC, KCR, 10, "direct"),
        """Ms. Dombrowski,

Confirmed, thank you. Visitor parking is in Lot C off Kinzie Blvd; the Administration Building entrance faces the lot. Please also bring a copy of your resume for each panelist.

Chinedu Okafor
Human Resources Analyst II
Kinzie County Bureau of Human Resources

From: Keisha Dombrowski <keisha.dombrowski@gmail.com>
Sent: Monday, December 8, 2025 3:12 PM
To: Okafor, Chinedu (HR) <chinedu.okafor@kinziecountyil.example>
Subject: Re: Interview Scheduling - Workforce Development Program Manager (Req 25-0917)

Dear Mr. Okafor, thank you - I will be there on Thursday, December 11 at 2:00 pm. Is there visitor parking on site?

Keisha Dombrowski
""",
        **thread(_KC_INTERVIEW["id"], "<CAGx7mPe1Ws@mail.gmail.com>"),
    ),
    # --- 11. Halvorsen Family Foundation, through Wexford Search Partners ------------------
    _WEX_OUTREACH,
    m(
        "0d3c9b1a7e",
        "2025-10-20 12:07",
        "Evelyn Marsh <emarsh@wexfordsearch.example>",
        "Re: Confidential search - Senior Program Officer, Education",
        A("confirmation", HFF, HFFR, 11, "agency"),
        """Keisha,

Received, thank you - your resume and the cover note both came through fine. I'm putting together the first slate for the client now and will include you. I'll be back in touch within two weeks either way; please do keep this one confidential for the time being, as the foundation hasn't announced the opening publicly.

Best,
Evelyn

Evelyn Marsh
Managing Director, Social Impact Practice
Wexford Search Partners
70 W. Madison St., Suite 1400, Chicago, IL 60602
m 773.555.0127

> On Oct 17, 2025, at 8:51 PM, Keisha Dombrowski <keisha.dombrowski@gmail.com> wrote:
>
> Hi Evelyn, thank you for thinking of me. I'd definitely like to learn more - my resume and a short note are attached. Happy to talk any time next week.
>
> Keisha
""",
        **thread(_WEX_OUTREACH["id"], "<CAGx7mPf8Hn@mail.gmail.com>"),
    ),
    m(
        "1e77a0c3d9",
        "2025-11-05 11:52",
        "Evelyn Marsh <emarsh@wexfordsearch.example>",
        "Next steps - Halvorsen Family Foundation",
        A("interview", HFF, HFFR, 11, "agency"),
        """Keisha,

Good news: the search committee reviewed the first slate yesterday and would like to meet you. Now that we're moving into interviews I can share the client's name: the Halvorsen Family Foundation. (You may know their Pathways to Credentials initiative - that's the portfolio this role will lead.)

The first-round conversation will be with three members of the search committee:
  - Margit Halvorsen Boyd, Board Chair
  - Dr. Terrence Wills, Trustee
  - Anita Caldwell, Vice President of Programs

It will be a 60-minute video interview on Thursday, November 13 at 10:00 am Central. I've sent a calendar invitation from our scheduling account; the Teams link is in it. Please hold the time and let me know if it's a problem.

Before then, could we talk for 20 minutes so I can brief you on the committee? Monday or Tuesday afternoon works on my end.

Best,
Evelyn
""",
        ics=ics(
            "2b94e1d0c7@wexfordsearch.example",
            "2025-11-13 10:00",
            "Halvorsen Family Foundation - Sr. Program Officer, Education - First Round (K. Dombrowski)",
            EVELYN,
            minutes=60,
            location="Microsoft Teams Meeting",
            description="Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_HFF_SPO_R1",
            attendees=[("Anita Caldwell", "acaldwell@halvorsenfoundation.example")],
        ),
    ),
    m(
        "3c52f8e1a4",
        "2025-11-25 18:10",
        "Evelyn Marsh <emarsh@wexfordsearch.example>",
        "Halvorsen - second round",
        A("interview", HFF, HFFR, 11, "agency"),
        """Hi Keisha,

Happy almost-Thanksgiving! The committee would like to bring you back for a second round - in person this time, at the foundation's offices at 180 N. Stetson. It would be a half-day (9:30-1:00) on either Tuesday, December 16 or Thursday, December 18, and would include a meeting with the full program staff, a lunch with two grantees, and a 30-minute case discussion with Anita.

Let me know which date you prefer and I'll lock it in. You're one of three finalists.

Evelyn

Sent from my iPhone
""",
    ),
    m(
        "5d08c7b2e6",
        "2025-12-20 10:15",
        "Evelyn Marsh <emarsh@wexfordsearch.example>",
        "Re: Halvorsen - second round",
        A("confirmation", HFF, HFFR, 11, "agency"),
        """Keisha,

Thank you for the call yesterday and for the note. I'm sorry to lose you from the slate, but very happy for you - DHF is a terrific place and Lorraine is a gem. I've let Anita and the committee know that you're withdrawing; they asked me to pass on their congratulations.

Let's get coffee in the spring once you've settled in. I'll be calling you for referrals, you know.

Warmly,
Evelyn

> On Dec 19, 2025, at 12:48 PM, Keisha Dombrowski <keisha.dombrowski@gmail.com> wrote:
>
> Evelyn - as we discussed, I've accepted an offer from the Driscoll-Hart Foundation and need to withdraw from the Halvorsen search. I'm grateful for your advocacy and for the chance to meet the committee.
""",
        st="withdrawn",
    ),
    # --- 12. Prairie State Health Fund, Greenhouse ----------------------------------------
    m(
        "14eb5777ea9c5bf76f",
        "2025-10-27 09:33",
        "Prairie State Health Fund <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Prairie State Health Fund",
        A("confirmation", PSH, PSHR, 12, "greenhouse"),
        """Hi Keisha,

Thanks for your interest in Prairie State Health Fund! We've received your application for the Grants Manager position and our team is reviewing it now.

If your background is a match, we'll be in touch about next steps. In the meantime, you can learn more about our grantmaking at prairiestatehealth.example/grants.

Best,
The Prairie State Health Fund Team
""",
    ),
    m(
        "91d9eebf6b8016d88e",
        "2025-11-06 14:20",
        "Jonah Feld <no-reply@us.greenhouse-mail.io>",
        "Prairie State Health Fund - Grants Manager: writing sample request",
        A("assessment", PSH, PSHR, 12, "greenhouse"),
        """Hi Keisha,

Thank you for your interest in the Grants Manager role. As the next step in our process, we ask all candidates to complete a short exercise that reflects the day-to-day work of the position.

Please use the link below to access the exercise: you'll review a sample grant report from a (fictional) grantee and draft a one-page summary for our program committee, plus a short email to the grantee requesting missing information. You'll have 72 hours from when you open the link, and we estimate it takes about 90 minutes.

Start the exercise: https://app.greenhouse.io/tests/7f1d2c0a9e55b?utm_medium=email&utm_source=TakeHomeTest

If you have any questions, just reply to this email.

Thanks,
Jonah Feld
Director of Grants Management, Prairie State Health Fund
""",
        reply_to="Jonah Feld <jfeld@prairiestatehealth.example>",
    ),
    m(
        "5ff18a6cdbf8c754cb",
        "2025-12-02 17:14",
        "Prairie State Health Fund <no-reply@us.greenhouse-mail.io>",
        "Your application to Prairie State Health Fund",
        A("rejection", PSH, PSHR, 12, "greenhouse"),
        """Hi Keisha,

Thank you for the time and care you put into the grants exercise - our reviewers noted how clear and well-organized your summary was, and your email to the grantee struck exactly the right tone.

This was a very competitive search, and after much deliberation we've decided to move forward with candidates whose grants management systems experience (particularly with Fluxx) more closely matches what we need right now. This was not an easy decision.

We'd be glad to stay connected, and we hope you'll consider us again in the future.

Warmly,
Jonah Feld and the Prairie State Health Fund team
""",
    ),
    # --- 13. Great Lakes Civic Trust, JazzHR (ghosted) -------------------------------------
    m(
        "91fe6df1f533140556",
        "2025-11-12 08:09",
        "Great Lakes Civic Trust <no-reply@applytojob.com>",
        "Great Lakes Civic Trust: Application Received",
        A("confirmation", GLC, GLCR, 13, "jazzhr"),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Hi Keisha,</p>
<p>Thank you for applying for the <strong>Senior Program Associate</strong> position at Great Lakes Civic Trust. We have received your application and will review it shortly.</p>
<p>Should your qualifications match our needs, we will contact you to discuss next steps.</p>
<p>Thank you,<br>Great Lakes Civic Trust</p>
<p style="font-size:10px;color:#999">Sent via <a href="https://www.jazzhr.com">JazzHR</a> | greatlakescivictrust.applytojob.com</p>
</body></html>""",
    ),
    # --- 14. Calder University, through Handshake (alumni access) --------------------------
    m(
        "1e553ee1e0af959e7d",
        "2025-09-12 18:40",
        "Handshake <notifications@joinhandshake.com>",
        "Your application was submitted",
        A("confirmation", CU, CUR, 14, "handshake"),
        """Hi Keisha,

You applied to Associate Director, Office of Community Engagement at Calder University. Nice work!

What's next: Calder University will review your application. Employers usually respond within 2-3 weeks. If they reach out, you'll get a message here in Handshake.

View application: https://stbrendan.joinhandshake.com/applications?ref=app-submitted-email

Keep going - students and alumni who apply to 5+ jobs are 2x more likely to get an interview.

Handshake
St. Brendan University Career Center - Alumni Access
""",
    ),
    m(
        "6383c26d63c22fa3d7",
        "2025-10-10 12:55",
        "Calder University Human Resources <hr-recruitment@calder.example>",
        "Status of your application",
        A("rejection", CU, CUR, 14, "direct"),
        """Dear Keisha Dombrowski,

Thank you for your interest in the position of Associate Director, Office of Community Engagement (Posting #S02418) at Calder University.

The search committee has carefully reviewed all applications. While your background is impressive, we have chosen to pursue other candidates whose qualifications more closely match the specific requirements of the position. Please know that this decision reflects the unusually large and strong applicant pool.

We thank you for your interest in Calder University and wish you success in your career.

Sincerely,

Office of Human Resources
Calder University
5500 S. Woodlawn Ave., Chicago, IL 60637
""",
    ),
    # --- 15. Brightpath Learning Network, LinkedIn Easy Apply (ghosted after viewed) -------
    m(
        "6fe3232ff34b7d7aa8",
        "2025-10-03 12:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Keisha, your application was sent to Brightpath Learning Network",
        A("confirmation", BP, BPR, 15, "linkedin"),
        """Your application was sent to Brightpath Learning Network

Program Manager, Partnerships
Brightpath Learning Network · Chicago, IL (Hybrid)
Applied on October 3, 2025

View job: https://www.linkedin.com/comm/jobs/view/4102887731/?trackingId=Hk2%2BbE

Now, take these next steps for more success:
- Follow Brightpath Learning Network to stay up to date
- Message the hiring team

This email was intended for Keisha Dombrowski (Program Manager at Southside Pathways Collaborative)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "c1620b06decbe23875",
        "2025-10-06 09:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Brightpath Learning Network",
        A("viewed", BP, BPR, 15, "linkedin"),
        """Keisha, your application was viewed

Brightpath Learning Network viewed your application for Program Manager, Partnerships.

That's a good sign! Keep applying to similar jobs to increase your chances.

See similar jobs: https://www.linkedin.com/comm/jobs/collections/similar-jobs/?referenceJobId=4102887731

This email was intended for Keisha Dombrowski (Program Manager at Southside Pathways Collaborative)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    # --- 16. Westside Health Equity Coalition, Indeed ---------------------------------------
    m(
        "2bded666dc60756965",
        "2025-11-04 20:17",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Program Manager, Community Health Workers",
        A("confirmation", WHE, WHER, 16, "indeed"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p style="font-size:18px"><b>Application submitted</b></p>
<p><b>Program Manager, Community Health Workers</b><br>Westside Health Equity Coalition - Chicago, IL 60624</p>
<p>The following items were sent to <b>Westside Health Equity Coalition</b>. Good luck!</p>
<ul><li>Application</li><li>Resume</li><li>Cover letter</li></ul>
<p>Next steps: the employer or job advertiser may reach out to you about your application.</p>
<p><a href="https://www.indeed.com/myjobs?from=applyconfirmation_email">Track your applications on My Jobs</a></p>
<p style="font-size:11px;color:#767676">© 2025 Indeed - <a href="https://www.indeed.com/legal/privacy">Privacy Policy</a> - <a href="https://www.indeed.com/unsubscribe">Unsubscribe</a><br>Indeed, Inc., 6433 Champion Grandview Way, Building 1, Austin, TX 78750</p>
</body></html>""",
    ),
    m(
        "2bb21ff66786378f9c",
        "2025-11-20 13:03",
        "Indeed <donotreply@match.indeed.com>",
        "An update on your application from Westside Health Equity Coalition",
        A("rejection", WHE, WHER, 16, "indeed"),
        """An update on your application

Program Manager, Community Health Workers
Westside Health Equity Coalition - Chicago, IL

Westside Health Equity Coalition reviewed your application and has decided not to move forward at this time.

A message from the employer:
"Thank you for applying. We had a large number of qualified applicants and have chosen candidates with direct CHW supervision experience. We wish you well."

Don't give up - here are similar jobs near Chicago, IL:
https://www.indeed.com/jobs?q=program+manager+community+health&l=Chicago%2C+IL&from=statusupdate

© 2025 Indeed
""",
    ),
    # --- 17. Harborline Energy Foundation, Workday (parent company's tenant) + HireVue -----
    m(
        "c35fa5d73103c58d28",
        "2025-10-13 11:24",
        "Harborline Energy Careers <harborline@myworkday.com>",
        "Thank you for applying to Harborline Energy",
        A("confirmation", HEF, HEFR, 17, "workday"),
        """Hello Keisha,

Thank you for your interest in Harborline Energy. We've received your application for Community Investment Manager - Harborline Energy Foundation (R25-3391).

What's next? Our recruiting team will review your qualifications. If there's a match, we will contact you about next steps. You can track your application in Candidate Home.

https://harborline.wd5.myworkdayjobs.com/HarborlineCareers/userHome

Powering communities,
Harborline Energy Talent Acquisition

Harborline Energy, Inc. and its affiliates, including the Harborline Energy Foundation, are equal opportunity employers.
""",
    ),
    m(
        "b82c89bac5b78b9d40",
        "2025-10-16 08:00",
        "Harborline Energy via HireVue <noreply@hirevue.com>",
        "Harborline Energy invites you to complete a virtual interview",
        A("assessment", HEF, HEFR, 17, "hirevue"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Keisha,</p>
<p>Thank you for your interest in the <b>Community Investment Manager</b> role with Harborline Energy. As the next step in our process, we invite you to complete an on-demand video interview on HireVue.</p>
<p>You'll answer 5 pre-recorded questions at a time that's convenient for you. Each answer can be up to 3 minutes long, and you'll have a chance to practice first.</p>
<p><b>Please complete your interview by Thursday, October 23, 2025.</b></p>
<p><a href="https://app.hirevue.com/interviews/invite/8Kq2mZ0aL1?utm_source=email" style="background:#0a6ebd;color:#fff;padding:10px 18px;text-decoration:none">Start Interview</a></p>
<p>Tips: find a quiet, well-lit place, and use Chrome or the HireVue app.</p>
<p>Good luck!<br>Harborline Energy Talent Acquisition</p>
<p style="font-size:11px;color:#888">HireVue, Inc. | 10876 S. River Front Pkwy, South Jordan, UT 84095 | <a href="https://www.hirevue.com/privacy">Privacy</a></p>
</body></html>""",
    ),
    m(
        "dab1f3d3ae6ab84865",
        "2025-11-10 16:40",
        "Harborline Energy Careers <harborline@myworkday.com>",
        "Your application with Harborline Energy",
        A("rejection", HEF, HEFR, 17, "workday"),
        """Hello Keisha,

Thank you for your interest in the Community Investment Manager - Harborline Energy Foundation position and for taking the time to complete the virtual interview.

We have reviewed your candidacy, and although your background is impressive, we have decided to pursue other candidates for this role at this time.

Please continue to check our careers site, as new positions become available regularly.

Regards,
Harborline Energy Talent Acquisition
""",
    ),
    # --- 18. Equal Footing Fund, Greenhouse; a screen set, cancelled, then filled -----------
    m(
        "ba5b748b1ef1b70f3f",
        "2025-11-17 10:02",
        "Equal Footing Fund <no-reply@us.greenhouse-mail.io>",
        "Application received - Equal Footing Fund",
        A("confirmation", EFF, EFFR, 18, "greenhouse"),
        """Hi Keisha,

Thank you for applying for the Program Manager, Small Business Programs role at Equal Footing Fund. We're a CDFI that lends to and supports small business owners across Chicago's South and West Sides, and we're glad you're interested in joining us.

We review every application and will reach out if there's a fit.

- Equal Footing Fund People & Culture

Equal Footing Loan Fund, Inc. d/b/a Equal Footing Fund is an equal opportunity employer.
""",
    ),
    m(
        "ea93bd1a825419ca9a",
        "2025-11-24 15:31",
        "Renata Oduya <no-reply@us.greenhouse-mail.io>",
        "Interview availability - Equal Footing Fund",
        A("interview", EFF, EFFR, 18, "greenhouse"),
        """Hi Keisha,

Thanks for your interest in Equal Footing Fund! We'd like to schedule a 30-minute phone screen for the Program Manager, Small Business Programs role.

Please let us know your availability using the link below:
https://app.greenhouse.io/scheduling/availability/5106b2e7f1?utm_source=availability_request

Best,
Renata Oduya
People & Culture Manager, Equal Footing Fund
""",
        reply_to="Renata Oduya <roduya@equalfootingfund.example>",
    ),
    m(
        "f310ef47ad481d7d6c",
        "2025-11-25 09:15",
        "Renata Oduya <roduya@equalfootingfund.example>",
        "Invitation: Phone Screen: Keisha Dombrowski (Program Manager, Small Business Programs) @ Tue Dec 2, 2025 10am - 10:30am (CST)",
        A("interview", EFF, EFFR, 18, "direct"),
        """Phone Screen: Keisha Dombrowski (Program Manager, Small Business Programs)
Tuesday Dec 2, 2025 ⋅ 10am - 10:30am
Central Time - Chicago

Renata will call Keisha at 773-555-0163

Guests
Renata Oduya - organizer
keisha.dombrowski@gmail.com

View all guest info: https://calendar.google.com/calendar/event?action=VIEW&eid=M2h2ZmZ0

Invitation from Google Calendar
""",
        ics=ics(
            "2w9s0eff5106@google.com",
            "2025-12-02 10:00",
            "Phone Screen: Keisha Dombrowski (Program Manager, Small Business Programs)",
            ("Renata Oduya", "roduya@equalfootingfund.example"),
            minutes=30,
            description="Renata will call Keisha at 773-555-0163",
        ),
    ),
    m(
        "8900b1fe67b2b2d285",
        "2025-12-01 17:48",
        "Renata Oduya <roduya@equalfootingfund.example>",
        "Canceled event: Phone Screen: Keisha Dombrowski (Program Manager, Small Business Programs) @ Tue Dec 2, 2025 10am - 10:30am (CST)",
        A("interview", EFF, EFFR, 18, "direct"),
        """This event has been canceled.

Phone Screen: Keisha Dombrowski (Program Manager, Small Business Programs)
Tuesday Dec 2, 2025 ⋅ 10am - 10:30am
Central Time - Chicago

Message from organizer: So sorry Keisha - I'm out sick tomorrow. I'll reach out to reschedule as soon as I'm back.

Invitation from Google Calendar
""",
        ics=ics(
            "2w9s0eff5106@google.com",
            "2025-12-02 10:00",
            "Phone Screen: Keisha Dombrowski (Program Manager, Small Business Programs)",
            ("Renata Oduya", "roduya@equalfootingfund.example"),
            minutes=30,
            method="CANCEL",
        ),
    ),
    m(
        "ddb4688fb555886d49",
        "2025-12-09 11:27",
        "Equal Footing Fund <no-reply@us.greenhouse-mail.io>",
        "Following up - Equal Footing Fund",
        A("rejection", EFF, EFFR, 18, "greenhouse"),
        """Hi Keisha,

I'm sorry we weren't able to reconnect after I had to cancel our call last week. In the meantime, we moved forward with a candidate who was further along in our process, and we've now filled the Program Manager, Small Business Programs role.

I apologize for the way the timing worked out - it's not the experience we want any candidate to have. We'd genuinely like to keep you in mind for future openings.

All the best,
Renata Oduya
People & Culture, Equal Footing Fund
""",
    ),
    # --- 19. Near West Family Services, Paycom (forwarded from the work address) -----------
    m(
        "MN2PR14MB3310",
        "2025-12-01 21:26",
        "Keisha Dombrowski <kdombrowski@southsidepathways.example>",
        "Fwd: Thank you for applying to Near West Family Services",
        A("confirmation", NWF, NWFR, 19, "other"),
        """ugh, autofill used my work email. forwarding to myself

________________________________
From: Near West Family Services <no-reply@paycomonline.net>
Sent: Monday, December 1, 2025 9:02 PM
To: Keisha Dombrowski <kdombrowski@southsidepathways.example>
Subject: Thank you for applying to Near West Family Services

Dear Keisha,

Thank you for applying for Program Manager, Adult Education with Near West Family Services. We have received your application and will review it carefully.

If your qualifications meet our needs, a member of our team will contact you to schedule an interview. Please log in to your Paycom applicant account to check the status of your application or update your information.

Thank you,
Near West Family Services Human Resources

This email was sent from an unmonitored mailbox.
""",
        to="Keisha Dombrowski <keisha.dombrowski@gmail.com>",
    ),
    # --- 20. Village of Marlow Park, NEOGOV --------------------------------------------------
    m(
        "691dc0a56325ac2fde",
        "2025-11-21 13:47",
        "Village of Marlow Park <noreply@governmentjobs.com>",
        "Thank you for applying - Assistant to the Village Manager",
        A("confirmation", MP, MPR, 20, "other"),
        """Dear Keisha Dombrowski,

Thank you for applying for the position of Assistant to the Village Manager with the Village of Marlow Park. Your application has been received.

Applications will be screened after the closing date of December 12, 2025. Qualified applicants will be placed on an eligible list, and the most qualified candidates will be invited to interview. You will be notified by email of any change to your application status.

Village of Marlow Park
Human Resources
""",
    ),
    m(
        "5b2e9e5ac0172c0a1b",
        "2026-01-27 14:55",
        "Village of Marlow Park <noreply@governmentjobs.com>",
        "Application Status - Assistant to the Village Manager",
        A("rejection", MP, MPR, 20, "other"),
        """Dear Keisha Dombrowski,

Thank you for your interest in the Assistant to the Village Manager position. Although you were placed on the eligible list, you were not selected for interview. The Village received over 140 applications for this position.

We thank you for your interest in serving the residents of Marlow Park.

Village of Marlow Park
Human Resources
""",
    ),
    # --- 21. Prairie Afterschool Alliance, applied by email (ghosted) ----------------------
    m(
        "14ef7d4c4f5917b659",
        "2025-09-05 16:02",
        "PAA Careers <jobs@prairieafterschool.example>",
        "Re: Application - Regional Program Manager (Chicago)",
        A("confirmation", PAA, PAAR, 21, "direct"),
        """Thank you for your interest in joining the Prairie Afterschool Alliance team. This is an automated confirmation that your application materials have been received.

Due to the volume of applications, we are only able to contact candidates selected for an interview. Applications for the Regional Program Manager (Chicago) position will be reviewed beginning September 22.

Prairie Afterschool Alliance
Expanding quality out-of-school time across Illinois
""",
    ),
    # --- 22. Midway Community Trust, Greenhouse + Calendly --------------------------------
    m(
        "dbb708cae5409ff549",
        "2025-10-30 14:09",
        "Midway Community Trust <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Midway Community Trust",
        A("confirmation", MCT, MCTR, 22, "greenhouse"),
        """Dear Keisha,

Thank you for applying for the Program Officer, Neighborhood Grants position at Midway Community Trust. We have received your materials.

We will be reviewing applications through mid-November and will contact candidates selected for a phone screen.

With appreciation,
Midway Community Trust
""",
    ),
    _MCT_SCREEN,
    m(
        "6d32b715f2cfc1a271",
        "2025-11-12 21:40",
        "Calendly <notifications@calendly.net>",
        "Confirmed: 30 Minute Meeting with Priya Shah on Tuesday, November 18, 2025",
        A("interview", MCT, MCTR, 22, "other"),
        """Hi Keisha Dombrowski,

Your 30 Minute Meeting with Priya Shah at 01:00pm (America/Chicago) on Tuesday, November 18, 2025 is scheduled.

Event: 30 Minute Meeting
Invitee: Keisha Dombrowski
Invitee Email: keisha.dombrowski@gmail.com
Location: Priya will call you at +1 773-555-0163

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/3f8a1c2e
Reschedule: https://calendly.com/reschedulings/3f8a1c2e

Powered by Calendly.com
""",
        ics=ics(
            "3f8a1c2e@calendly.com",
            "2025-11-18 13:00",
            "30 Minute Meeting between Priya Shah and Keisha Dombrowski",
            ("Priya Shah", "pshah@midwaytrust.example"),
            minutes=30,
            location="Priya will call you at +1 773-555-0163",
        ),
    ),
    m(
        "1d8c4f98dafb43d98d",
        "2025-12-04 16:21",
        "Midway Community Trust <no-reply@us.greenhouse-mail.io>",
        "Midway Community Trust - Program Officer, Neighborhood Grants",
        A("rejection", MCT, MCTR, 22, "greenhouse"),
        """Dear Keisha,

Thank you for speaking with Priya about the Program Officer, Neighborhood Grants role. We enjoyed learning about your work with youth employment on the South Side.

We have now completed our first round of conversations, and we will not be moving your candidacy forward. We know this isn't the news you were hoping for, and we are grateful for your interest in the Trust and in the Southwest Side.

Sincerely,
Midway Community Trust
""",
    ),
    m(
        "774c6cf4cb81e82711",
        "2025-12-06 10:00",
        "Midway Community Trust <no-reply@us.greenhouse-mail.io>",
        "How was your candidate experience?",
        J("other_job", "greenhouse", MCT, MCTR),
        """Hi Keisha,

Midway Community Trust is always looking for ways to improve how we hire. Would you take two minutes to tell us about your experience applying for Program Officer, Neighborhood Grants? Your answers are anonymous and won't affect any current or future application.

Take the survey: https://app.greenhouse.io/candidate_surveys/mct/5c0e7d?utm_source=survey_email

Thank you!
Midway Community Trust
""",
    ),
    # --- job alerts, talent-community and board mail ------------------------------------
    m(
        "4d248e31fafef0e0bd",
        "2025-09-10 07:00",
        "Idealist <no-reply@idealist.org>",
        '14 new jobs for "program manager" near Chicago, IL',
        J("alert", "other"),
        """New on Idealist for your saved search: program manager · Chicago, IL · Full time

Programs & Partnerships Manager
Pilsen Arts Corps · Chicago, IL · $62,000-$68,000

Program Manager, Youth Employment
Uptown Works · Chicago, IL · $65,000

Regional Program Manager (Chicago)
Prairie Afterschool Alliance · Chicago, IL · Hybrid

Senior Program Manager, Family Services
Neighbor Forward · Chicago, IL

+ 10 more: https://www.idealist.org/en/jobs?q=program%20manager&location=Chicago&utm_source=saved_search

You're receiving this because you saved a search on Idealist. Change frequency or unsubscribe: https://www.idealist.org/en/email-preferences
""",
    ),
    m(
        "bd10c6538841db2c55",
        "2025-09-18 07:32",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"program officer": Driscoll-Hart Foundation - Program Officer, Economic Mobility and more',
        J("alert", "linkedin"),
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif">
<p>Your job alert for <b>program officer</b> in <b>Chicago, Illinois, United States</b></p>
<p>6 new jobs match your preferences.</p>
<table>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/4107220186/?alertAction=viewjob"><b>Program Officer, Economic Mobility</b></a><br>Driscoll-Hart Foundation · Chicago, IL (Hybrid)<br>Actively recruiting</td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/4107119942/?alertAction=viewjob"><b>Program Officer, Arts &amp; Culture</b></a><br>Lakefront Arts Fund · Chicago, IL</td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/4106983310/?alertAction=viewjob"><b>Senior Program Officer</b></a><br>Midwest Housing Partnership · Chicago, IL · 3 connections work here</td></tr>
</table>
<p><a href="https://www.linkedin.com/comm/jobs/search/?savedSearchId=1839220417">See all jobs</a></p>
<p style="font-size:11px;color:#666">This email was intended for Keisha Dombrowski (Program Manager at Southside Pathways Collaborative). <a href="https://www.linkedin.com/comm/jobs/alerts">Manage job alerts</a> · <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a><br>© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</body></html>""",
    ),
    m(
        "6fd041ab9008cd9dca",
        "2025-10-01 06:14",
        "Indeed <alert@indeed.com>",
        "20+ new program manager nonprofit jobs in Chicago, IL",
        J("alert", "indeed"),
        """Program Manager Nonprofit jobs in Chicago, IL

Program Manager, Community Health Workers
Westside Health Equity Coalition - Chicago, IL 60624
$68,000 - $74,000 a year
Easily apply

Program Coordinator - Youth Services
Catholic Family Outreach of Chicago - Chicago, IL
$52,000 a year

Senior Program Manager
Chicago Literacy Corps - Chicago, IL 60607
Hybrid work

See all jobs: https://www.indeed.com/jobs?q=program+manager+nonprofit&l=Chicago%2C+IL&from=ja

You're receiving this job alert because you signed up at Indeed. Unsubscribe: https://www.indeed.com/alerts/unsubscribe?tk=1hk3
Indeed, Inc., 6433 Champion Grandview Way, Building 1, Austin, TX 78750
""",
    ),
    m(
        "668937ec9ce118a11c",
        "2025-10-14 08:00",
        "Philanthropy Careers Midwest <jobs@philcareersmidwest.example>",
        "This week's foundation jobs: 9 new in Illinois",
        J("alert", "other"),
        """PHILANTHROPY CAREERS MIDWEST - WEEKLY JOBS DIGEST
October 14, 2025

NEW IN ILLINOIS
* Program Officer, Neighborhood Grants - Midway Community Trust (Chicago) - apply by Nov 7
* Grants Manager - Prairie State Health Fund (Chicago) - rolling
* Community Investment Manager - Harborline Energy Foundation (Chicago) - rolling
* Senior Program Associate - Great Lakes Civic Trust (Chicago / hybrid)
* Director of Grantmaking - Fox Valley Community Foundation (Aurora)
... and 4 more at philcareersmidwest.example/jobs?state=IL

CAREER CORNER
"How to talk about grantmaking when you've only ever written grants" - five program officers on making the switch from nonprofit to foundation.

Posting a job? Members post for free. Not a member? Join the network.
Unsubscribe | Update preferences
""",
    ),
    m(
        "56b66a7a339cb8aa7c",
        "2025-10-22 15:00",
        "Handshake <notifications@joinhandshake.com>",
        "New jobs for you: Community Engagement, Higher Ed Administration",
        J("alert", "handshake"),
        """Hi Keisha, here are jobs picked for you this week

Associate Director, Student Leadership - Lakeshore University (Chicago, IL)
Program Manager, Community-Engaged Research - Calder University (Chicago, IL)
Coordinator, Alumni Career Services - St. Brendan University (Chicago, IL)

Explore more: https://stbrendan.joinhandshake.com/job-search?ref=weekly-digest

St. Brendan University Career Center - Alumni Access
Manage notifications: https://stbrendan.joinhandshake.com/notifications
""",
    ),
    m(
        "a206710c7fcacb7df9",
        "2025-11-05 07:00",
        "Idealist <no-reply@idealist.org>",
        'New jobs for "program officer" near Chicago, IL',
        J("alert", "other"),
        """New on Idealist for your saved search: program officer · Chicago, IL

Program Officer, Neighborhood Grants
Midway Community Trust · Chicago, IL · $85,000-$95,000

Program Officer
Chicago Arts Access Fund · Chicago, IL

Grants & Learning Officer
North Shore Women's Fund · Evanston, IL

See all: https://www.idealist.org/en/jobs?q=program%20officer&location=Chicago&utm_source=saved_search

Change frequency or unsubscribe: https://www.idealist.org/en/email-preferences
""",
    ),
    m(
        "1270a7a01d72aca535",
        "2025-11-19 12:00",
        "GovernmentJobs.com <noreply@governmentjobs.com>",
        "New job posting matching your job interest card: Community Programs Supervisor",
        J("alert", "other", LK, "Community Programs Supervisor"),
        """A new job has been posted that matches your Job Interest Card.

Community Programs Supervisor
City of Lakemont
Salary: $78,412.00 - $96,105.00 Annually
Closing date: 12/5/2025

View job and apply: https://www.governmentjobs.com/careers/lakemontil/jobs/4991204

To stop receiving these notifications, edit your Job Interest Cards in your account.
NEOGOV | GovernmentJobs.com
""",
    ),
    m(
        "16a18e8e0d54fe3c3e",
        "2025-12-03 07:41",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Equal Footing Fund is hiring: Senior Program Manager, Capital Access",
        J("alert", "linkedin", EFF, "Senior Program Manager, Capital Access"),
        """Equal Footing Fund is hiring

Senior Program Manager, Capital Access
Equal Footing Fund · Chicago, IL (On-site)

You recently applied to a job at Equal Footing Fund. Here's another role you might be interested in.

View job: https://www.linkedin.com/comm/jobs/view/4119032774/?trk=eml-jobs_hiring

This email was intended for Keisha Dombrowski (Program Manager at Southside Pathways Collaborative)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "bda432c3cc59b920db",
        "2026-01-08 06:20",
        "Indeed <alert@indeed.com>",
        "New jobs for program officer in Chicago, IL",
        J("alert", "indeed"),
        """Program Officer jobs in Chicago, IL

Program Officer, Youth Development
Fairweather Fund - Chicago, IL 60603
$90,000 - $105,000 a year

Associate Program Officer
Illinois Rural Health Trust - Chicago, IL
Remote

See all jobs: https://www.indeed.com/jobs?q=program+officer&l=Chicago%2C+IL&from=ja

Unsubscribe: https://www.indeed.com/alerts/unsubscribe?tk=1hk3
""",
    ),
    m(
        "c267599a98c14310b3",
        "2026-02-04 07:00",
        "Idealist <no-reply@idealist.org>",
        'Still looking? 9 new jobs for "program manager"',
        J("alert", "other"),
        """It's been a while! Here are new listings for your saved search: program manager · Chicago, IL

Program Manager, Immigrant Services
Albany Park Welcome Center · Chicago, IL

Program Manager, Civic Engagement
Lakeshore University · Chicago, IL

See all: https://www.idealist.org/en/jobs?q=program%20manager&location=Chicago&utm_source=saved_search

Found a job? Let us know, and pause your alerts: https://www.idealist.org/en/email-preferences
""",
    ),
    m(
        "980f47059999866bf4",
        "2026-02-10 12:00",
        "Kinzie County Careers <noreply@taleo.net>",
        "Kinzie County - Job Posting Notification",
        J("alert", "taleo", KC),
        """Dear Keisha Dombrowski,

The following position matching your job search criteria has been posted on the Kinzie County careers site:

Youth Services Program Coordinator (Requisition 26-0088)
Department: Workforce & Economic Opportunity
Closing date: 02/27/2026

To view the job description and apply: https://kinziecounty.taleo.net/careersection/kc_external/jobdetail.ftl?job=26-0088

To unsubscribe from job posting notifications, log in and edit your Job Search Agent.

Kinzie County Bureau of Human Resources
""",
    ),
    # --- recruiter outreach ---------------------------------------------------------------
    m(
        "20209b8396a92f44a4",
        "2025-09-16 13:22",
        "Dana Whitlock via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Community Partnerships Manager opportunity at Corevia Health",
        J("outreach", "linkedin", "Corevia Health", "Community Partnerships Manager"),
        """Hi Keisha,

I came across your profile and was impressed by your partnership work at Southside Pathways Collaborative. I'm recruiting for a Community Partnerships Manager at Corevia Health, a value-based primary care company expanding to 6 new Chicago clinics in 2026. You'd build relationships with community organizations, churches and schools to drive patient engagement.

Base is $95-110K + bonus. Would you be open to a quick chat this week?

Dana Whitlock
Senior Talent Partner, Corevia Health

Reply: https://www.linkedin.com/messaging/thread/2-Y2Q4MTYx/?trk=eml-inmail
This email was intended for Keisha Dombrowski (Program Manager at Southside Pathways Collaborative)
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    _CTG_FIRST,
    m(
        "977cb32d6804e5d238",
        "2025-10-07 09:41",
        "Brianna Koss <bkoss@civictalentgroup.example>",
        "Re: Interim Program Director - 6-month contract",
        J("outreach", "agency", NWF, "Interim Program Director"),
        """Hi Keisha - just bumping this up in case it got buried. I can share now that the client is Near West Family Services; they're hoping to have someone identified by Thanksgiving. Totally fine if it's a no!

Brianna

On Tue, Sep 30, 2025 at 11:18 AM Brianna Koss <bkoss@civictalentgroup.example> wrote:
> Hi Keisha,
> Brianna from Civic Talent Group - we place interim and contract leaders with nonprofits. One of our clients, a large social services agency on the West Side, needs an Interim Program Director...
""",
        **thread(_CTG_FIRST["id"]),
    ),
    m(
        "878f342a94966810b1",
        "2025-11-12 12:37",
        "Marguerite Oyelaran <moyelaran@stbrendan.example>",
        "A role at St. Brendan you might like",
        J("outreach", "direct", "St. Brendan University", "Director of Service Learning"),
        """Hi Keisha,

I hope you're well! I'm not sure if you remember me - I was the associate dean when you were in the MPA program. I'm now in Academic Affairs and am chairing the search for our new Director of Service Learning. It's a new position, reporting to the Provost, and I immediately thought of you and the students you used to bring into Southside Pathways' summer program.

No pressure at all - but if you're open to it, I'd love to tell you more over coffee. The posting goes live next week.

All best,
Marguerite

Marguerite Oyelaran, EdD
Associate Provost for Community-Engaged Learning
St. Brendan University
""",
    ),
]
