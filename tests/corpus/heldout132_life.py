# ruff: noqa: E501, RUF100
"""Corpus 132, life outside the search (data only): see heldout132.py.

Friends and family (some celebrating their own offers), a volunteer and a mentor application, a
neighborhood association board application, church mail, doctor and dentist appointments with
calendar parts, webinars, newsletters that interview leaders, the library, the gym, alumni mail."""

from __future__ import annotations

from typing import Any

from heldout132_jobs import ME_ADDR, ME_NAME, N, ics, m, thread

_TASHA_NEWS = m(
    "CAPt8sG1kQ",
    "2025-09-09 21:52",
    "Tasha Greene <tashagreene88@gmail.com>",
    "I GOT IT",
    N(),
    """Keish. KEISH. They called me at 4:45 today. Nurse Manager on 6 West, I start October 6!!! They came up on the salary after I pushed back like you told me to. I'm literally shaking. Dinner on me this weekend, Lula Cafe?? Tell me you're free

T
""",
)

_GROUP_THREAD = m(
    "CAgc1nPq7z",
    "2025-10-17 12:14",
    "Jasmine Taylor <jas.taylor.reads@gmail.com>",
    "Friendsgiving 2025 planning 🦃",
    N(),
    """Okay team, it's that time. I'm thinking Saturday Nov 22 at my place (yes the new one, yes there's finally a dining table). I'll do the turkey. Claim your dishes below!

Also, life update since I haven't seen some of you: I accepted an offer from the library - Branch Manager at Austin-Irving! Started two weeks ago and I already have a cart of weeded books following me around.

Keisha, I'm assigning you mac and cheese because you're the only one who does the breadcrumb thing.

Jas
""",
    to="Keisha Dombrowski <keisha.dombrowski@gmail.com>, Priscilla Nwosu <prissy.nwosu@yahoo.com>, Tasha Greene <tashagreene88@gmail.com>, Rob Kwiatkowski <robkwiat@outlook.com>",
)

MAIL: list[dict[str, Any]] = [
    # --- friends and family -----------------------------------------------------------------
    _TASHA_NEWS,
    m(
        "CAPt8sG1kR",
        "2025-09-10 07:03",
        "Tasha Greene <tashagreene88@gmail.com>",
        "Re: I GOT IT",
        N(),
        """Saturday 7pm, I made the reservation. And yes I accepted already, I signed the offer letter last night before I could chicken out 😂 Now it's your turn. Send me the foundation one when it posts.

On Tue, Sep 9, 2025 at 10:31 PM Keisha Dombrowski <keisha.dombrowski@gmail.com> wrote:
> TASHA!!! I'm screaming. I told you. You deserve every cent. Yes to Lula, Saturday after 6?
""",
        **thread(_TASHA_NEWS["id"], "<CAGx7mPq1Aa@mail.gmail.com>"),
    ),
    _GROUP_THREAD,
    m(
        "CAgc1nPq8a",
        "2025-10-17 13:02",
        "Rob Kwiatkowski <robkwiat@outlook.com>",
        "Re: Friendsgiving 2025 planning 🦃",
        N(),
        """Congrats Jas!! Library life suits you. I'm bringing pierogi from Kasia's obviously. Also I can't believe nobody has asked me about MY interview - the one at the Park District went great, they said they'd decide by Halloween. Fingers crossed 🤞

Rob
""",
        to="Jasmine Taylor <jas.taylor.reads@gmail.com>, Keisha Dombrowski <keisha.dombrowski@gmail.com>, Priscilla Nwosu <prissy.nwosu@yahoo.com>, Tasha Greene <tashagreene88@gmail.com>",
        **thread(_GROUP_THREAD["id"]),
    ),
    m(
        "CAgc1nPq9b",
        "2025-11-03 18:26",
        "Rob Kwiatkowski <robkwiat@outlook.com>",
        "Re: Friendsgiving 2025 planning 🦃",
        N(),
        """Update from yours truly: Park District offered me the Recreation Supervisor job and I said YES. Starting Dec 1. Pierogi AND champagne now.

Rob
""",
        to="Jasmine Taylor <jas.taylor.reads@gmail.com>, Keisha Dombrowski <keisha.dombrowski@gmail.com>, Priscilla Nwosu <prissy.nwosu@yahoo.com>, Tasha Greene <tashagreene88@gmail.com>",
        **thread(_GROUP_THREAD["id"]),
    ),
    m(
        "97957845e6a3c1c366",
        "2025-09-07 19:45",
        "Bernadette Dombrowski <bdombrowski57@att.net>",
        "Sunday",
        N(),
        """Hi honey,

Dad says the Tigers game was a disaster so don't bring it up when you call. Aunt Carol is having her knee done on the 18th, send her a card if you can, her address is the same.

Are you still looking at those foundation jobs? I saw a thing on the news about a foundation giving money to the schools in Detroit and thought of you. You would be so good at giving away other people's money. (That came out wrong but you know what I mean.)

Love you,
Mom
""",
    ),
    m(
        "80d451062b5093e835",
        "2025-12-20 11:12",
        "Bernadette Dombrowski <bdombrowski57@att.net>",
        "Re: NEWS",
        N(),
        """Oh Keisha I am so proud of you I cried at the kitchen table. Dad wants to know if you have to wear a suit now. We are telling everyone at church tomorrow, I'm sorry, you can't stop me.

Are you still coming the 24th? I'll make the pączki from Grandma's recipe.

Love,
Mom

-----Original Message-----
From: Keisha Dombrowski <keisha.dombrowski@gmail.com>
Sent: Fri, Dec 19, 2025 8:40 pm
Subject: NEWS

Mom, I took the foundation job! Program Officer. I start January 20. Call you tomorrow.
""",
    ),
    m(
        "f15645c04c4d8584a7",
        "2025-10-02 22:30",
        "Danielle Dombrowski-Price <dani.price@icloud.com>",
        "interview outfit help",
        N(),
        """ok I know you're busy with your own interviews but I have my second round at the school district on Monday (instructional coach!!) and I need a vote. Navy blazer or the green one? Pics attached. Also any tips for the "tell us about a time you disagreed with a supervisor" question, because the honest answer is "every Tuesday."

Love you
D

Sent from my iPhone
""",
        attach=[
            ("IMG_4471.jpg", "image/jpeg", "jpeg placeholder"),
            ("IMG_4472.jpg", "image/jpeg", "jpeg placeholder"),
        ],
    ),
    m(
        "8532b07b9a9a8c1ce2",
        "2025-10-15 17:55",
        "Danielle Dombrowski-Price <dani.price@icloud.com>",
        "Re: interview outfit help",
        N(),
        """THEY OFFERED ME THE JOB. green blazer for the win. I'm going to negotiate though, like you said - asking for step 4 instead of step 2. wish me luck!!!

D
""",
    ),
    m(
        "f88b49bb89d15a157e",
        "2026-01-13 12:40",
        "Monique Fields <mfields@southsidepathways.example>",
        "your going-away lunch!",
        N(),
        """Keisha,

We are NOT letting you slip away quietly. Going-away lunch Friday 1/16 at noon at Virtue, the whole program team is coming and Dr. Ellis is paying (he doesn't know yet). Also please tell me you'll still come to the summer jobs kickoff in June as a funder, it would be so fun to make you sit at the "special guests" table.

Monique
Monique Fields | Youth Programs Coordinator
Southside Pathways Collaborative
""",
        to="Keisha Dombrowski <keisha.dombrowski@gmail.com>, Keisha Dombrowski <kdombrowski@southsidepathways.example>",
    ),
    m(
        "CAFq8d0Mx2",
        "2026-02-06 20:18",
        "Priscilla Nwosu <prissy.nwosu@yahoo.com>",
        "how's week 3??",
        N(),
        """Okay Miss Program Officer, how is it?? Do they give you a fancy pen? Are people nice to you now that you have money? Lol. Call me this weekend, I have gossip about the food pantry board.

Also unrelated, I'm applying to the MSW program at Calder for fall - can you read my personal statement?? No rush. (Ok some rush. Due March 1.)

P
""",
    ),
    # --- volunteer, mentoring, neighborhood board, church --------------------------------
    m(
        "28cfe6987a6e4ca93a",
        "2025-09-23 11:05",
        "Avondale Community Pantry <volunteer@avondalepantry.example>",
        "Volunteer application received",
        N(),
        """Hi Keisha,

Thank you for applying to volunteer with Avondale Community Pantry! We've received your volunteer application.

Next step: all new and returning volunteers must attend a 45-minute orientation before signing up for shifts. Please choose an orientation session here: https://avondalepantry.example/orientation

Once you've completed orientation, you'll receive access to the shift calendar.

With thanks,
Graciela Mendez
Volunteer Coordinator, Avondale Community Pantry
""",
    ),
    m(
        "e9c31fd8a7ca2db54a",
        "2025-09-25 09:30",
        "Graciela Mendez <volunteer@avondalepantry.example>",
        "Invitation: Volunteer Orientation @ Sat Oct 4, 2025 9am - 9:45am (CDT)",
        N(),
        """Volunteer Orientation
Saturday Oct 4, 2025 ⋅ 9am - 9:45am
Avondale Community Pantry, 3020 N. Central Park Ave (lower level, use the alley door)

Please wear closed-toe shoes.

Invitation from Google Calendar
""",
        ics=ics(
            "9h3kpan1004@google.com",
            "2025-10-04 09:00",
            "Volunteer Orientation",
            ("Graciela Mendez", "volunteer@avondalepantry.example"),
            minutes=45,
            location="Avondale Community Pantry, 3020 N. Central Park Ave",
        ),
    ),
    m(
        "ad44ac8a95f68116e1",
        "2025-10-14 15:20",
        "Chicago Mentoring Collaborative <mentor@chimentoring.example>",
        "Next step in your mentor application: schedule your interview",
        N(),
        """Hi Keisha,

Thank you for applying to become a mentor with Chicago Mentoring Collaborative! We've received your application and your references.

The next step is a one-hour interview with a match specialist. This helps us understand your interests and find the right young person for you. Please book a time here:
https://chimentoring.example/mentor/interview-booking?app=M-66120

After your interview, we'll complete a background check (free of charge to you) and mentor training.

Thank you for investing in Chicago's young people!
The CMC Match Team
""",
    ),
    m(
        "4ae321960d823418b3",
        "2025-10-17 10:44",
        "Chicago Mentoring Collaborative <mentor@chimentoring.example>",
        "Your mentor interview is confirmed - Oct 23 at 6:00 pm",
        N(),
        """Hi Keisha,

Your mentor interview is confirmed:

Thursday, October 23, 2025, 6:00-7:00 pm (Zoom)
Match specialist: Kendra Osei
Zoom: https://us02web.zoom.us/j/81155260419

Please have a photo ID handy for identity verification.

The CMC Match Team
""",
        ics=ics(
            "M-66120-int@chimentoring.example",
            "2025-10-23 18:00",
            "Mentor Interview - Keisha Dombrowski",
            ("Kendra Osei", "mentor@chimentoring.example"),
            location="https://us02web.zoom.us/j/81155260419",
        ),
    ),
    m(
        "e4b5e8e70b81107a0f",
        "2025-10-27 20:10",
        "Avondale Neighbors Association <board@avondaleneighbors.example>",
        "ANA Board nominations - thank you for applying",
        N(),
        """Dear Keisha,

Thank you for submitting an application to serve on the Avondale Neighbors Association Board of Directors for the 2026-2027 term.

The Nominating Committee will hold brief interviews with all applicants in mid-November (20 minutes, in person at the Fieldhouse or by phone). Hector will reach out to schedule. The committee will then present a slate for a vote at the December 11 general meeting.

We're thrilled to have someone with your nonprofit experience interested - our grants committee in particular could use you!

Neighborly,
Hector Villanueva
Chair, Nominating Committee
Avondale Neighbors Association
""",
    ),
    m(
        "af0a03ed73ff6e0da2",
        "2025-11-10 19:02",
        "Hector Villanueva <hector.villanueva@gmail.com>",
        "ANA nominating committee interview",
        N(),
        """Hi Keisha - would Thursday the 13th at 6:30 at the Avondale Park fieldhouse work for your nominating committee interview? It's very informal, just me, Ruth and Sam, we'll ask why you want to serve and what committees interest you. 20 minutes tops.

Hector
""",
    ),
    m(
        "a96b2b0d766eea2614",
        "2025-12-12 08:15",
        "Avondale Neighbors Association <board@avondaleneighbors.example>",
        "Welcome to the ANA Board!",
        N(),
        """Dear Keisha,

Congratulations! At last night's general meeting, members voted to elect the 2026-2027 slate, and we're delighted to welcome you to the Board of Directors. Your term begins January 1.

The first board meeting is Tuesday, January 13 at 7 pm. You'll receive the board packet, the bylaws and the conflict of interest form next week.

Thank you for stepping up for the neighborhood!

Ruth Abernathy, President
Avondale Neighbors Association
""",
    ),
    m(
        "226f423090ca8f13b8",
        "2025-10-05 07:00",
        "Good Shepherd Lutheran Church <office@goodshepherdavondale.example>",
        "This Week at Good Shepherd - Oct 5",
        N(),
        html="""<html><body style="font-family:Georgia,serif">
<h2>This Week at Good Shepherd</h2>
<p><b>Sunday worship</b> 9:30 am (bilingual) &amp; 11:00 am. Blessing of the Animals after the 11:00 service - bring your pets (on leashes, please!).</p>
<p><b>Council nominations</b> are open for three seats on Church Council. Talk to Pastor Ingrid if you feel called to serve.</p>
<p><b>Food pantry</b> partners with Avondale Community Pantry - volunteers needed 2nd Saturdays.</p>
<p><b>Job seekers group</b> meets Wednesdays at 7 pm in the library. All welcome, members or not.</p>
<p style="font-size:11px">Good Shepherd Lutheran Church, 2900 N. Kimball Ave, Chicago, IL 60618 | <a href="https://goodshepherdavondale.example/give">Give online</a> | Unsubscribe</p>
</body></html>""",
    ),
    m(
        "bd04590a29e86dbf36",
        "2025-12-07 07:00",
        "Good Shepherd Lutheran Church <office@goodshepherdavondale.example>",
        "Advent at Good Shepherd + Christmas Eve schedule",
        N(),
        """Advent blessings!

Christmas Eve services: 4:00 pm (family, with pageant) and 10:00 pm (candlelight, lessons & carols).
Giving Tree: pick up a tag in the narthex by December 14.
Year-end giving statements will be emailed in late January.

Pastor Ingrid Sorensen
Good Shepherd Lutheran Church
""",
    ),
    # --- health -------------------------------------------------------------------------------
    m(
        "da1fcbfc8dea0e385c",
        "2025-09-15 12:30",
        "Logan Square Family Medicine <appointments@lsfamilymed.example>",
        "Appointment confirmation: Dr. Amara Iyer - Sep 30, 8:40 AM",
        N(),
        """Hello Keisha,

Your appointment has been scheduled.

Provider: Amara Iyer, MD
Date: Tuesday, September 30, 2025
Time: 8:40 AM (please arrive 15 minutes early)
Visit type: Annual physical
Location: Logan Square Family Medicine, 2645 N. Milwaukee Ave, Suite 200

Please complete your pre-visit questionnaire in the patient portal. Fasting is required for your lab work - nothing but water after midnight.

To cancel or reschedule, call (773) 555-0110 at least 24 hours in advance.
""",
        ics=ics(
            "lsfm-appt-558120@lsfamilymed.example",
            "2025-09-30 08:40",
            "Annual physical - Dr. Amara Iyer",
            ("Logan Square Family Medicine", "appointments@lsfamilymed.example"),
            minutes=40,
            location="Logan Square Family Medicine, 2645 N. Milwaukee Ave, Suite 200",
        ),
    ),
    m(
        "e5c1f93a846e31fb7d",
        "2025-10-02 16:22",
        "Logan Square Family Medicine <noreply@lsfamilymed.example>",
        "New test results are available",
        N(),
        """Hello Keisha,

New test results are available in your patient portal. Dr. Iyer has added a note.

To protect your privacy, we do not include results in email. Log in at https://portal.lsfamilymed.example to view them.

Logan Square Family Medicine
""",
    ),
    m(
        "bf61ffb2c2e23121ed",
        "2026-01-16 09:05",
        "Logan Square Family Medicine <appointments@lsfamilymed.example>",
        "Appointment reminder: Dr. Amara Iyer - Jan 22, 5:20 PM",
        N(),
        """Hello Keisha,

This is a reminder of your upcoming appointment:

Provider: Amara Iyer, MD
Date: Thursday, January 22, 2026
Time: 5:20 PM
Visit type: Follow-up (15 min)

Reply C to confirm or call (773) 555-0110 to reschedule.
""",
        ics=ics(
            "lsfm-appt-601177@lsfamilymed.example",
            "2026-01-22 17:20",
            "Follow-up - Dr. Amara Iyer",
            ("Logan Square Family Medicine", "appointments@lsfamilymed.example"),
            minutes=15,
            location="Logan Square Family Medicine, 2645 N. Milwaukee Ave, Suite 200",
        ),
    ),
    m(
        "a820b0fafae35069a1",
        "2025-10-29 10:00",
        "Kimball Dental Studio <reminders@kimballdental.example>",
        "Keisha, your cleaning is coming up",
        N(),
        """Hi Keisha! Just a reminder of your appointment with Tricia (hygienist) on Wednesday, November 5 at 7:30 AM.

Kimball Dental Studio, 3345 W. Belmont Ave
Confirm: https://kimballdental.example/c/8812

Please reply or call 24 hours ahead to reschedule.
""",
    ),
    m(
        "302e9abc744a98cf61",
        "2025-11-08 13:44",
        "CVS Pharmacy <CVSPharmacy@pharmacy.cvs.com>",
        "Your prescription is ready for pickup",
        N(),
        """Your prescription is ready at CVS Pharmacy, 2624 N. Milwaukee Ave.

Ready for pickup: 1 prescription for KEISHA
Pick up by: 11/18/2025

Skip the line: use Express Pickup in the CVS app.
""",
    ),
    # --- webinars and professional associations ------------------------------------------
    m(
        "f1c54873efdd42d97c",
        "2025-09-29 13:00",
        "Illinois Grantmakers Forum <events@ilgrantmakers.example>",
        "You're registered: Trust-Based Philanthropy in Practice (Oct 8)",
        N(),
        """Hi Keisha,

You're registered for:

Trust-Based Philanthropy in Practice: What Changes When Funders Listen
Wednesday, October 8, 2025, 12:00-1:15 pm CT (Zoom webinar)

Panelists include program officers from three Chicago foundations and two grantee partners. This webinar is open to nonprofit staff as well as IGF members.

Join link: https://us06web.zoom.us/webinar/register/WN_tbp1008
Add to calendar: the attached invitation

Illinois Grantmakers Forum
""",
        ics=ics(
            "igf-tbp-1008@ilgrantmakers.example",
            "2025-10-08 12:00",
            "IGF Webinar: Trust-Based Philanthropy in Practice",
            ("Illinois Grantmakers Forum", "events@ilgrantmakers.example"),
            minutes=75,
            location="https://us06web.zoom.us/webinar/register/WN_tbp1008",
        ),
    ),
    m(
        "68ec0ddab9e66c97e6",
        "2025-10-09 10:00",
        "Illinois Grantmakers Forum <events@ilgrantmakers.example>",
        "Thanks for attending - recording and slides",
        N(),
        """Thank you for joining us for "Trust-Based Philanthropy in Practice."

Recording: https://ilgrantmakers.example/resources/tbp-recording
Slides: https://ilgrantmakers.example/resources/tbp-slides.pdf

Coming up: "Multi-Year General Operating Support: The Numbers" (Nov 12). Members register free.

Illinois Grantmakers Forum
""",
    ),
    m(
        "521449d90e1558fb92",
        "2025-11-06 11:30",
        "Nonprofit Leadership Lab <hello@nplab.example>",
        "Invitation: Negotiating Your Salary in the Social Sector - Nov 13 (webinar)",
        N(),
        """Hi Keisha,

You're in! "Negotiating Your Salary in the Social Sector" is this Thursday, November 13 at 7:00 pm CT.

We'll cover: reading a foundation's 990 to find salary ranges, counteroffers at nonprofits with fixed pay bands, and negotiating PTO and professional development when the number won't move.

Calendar invitation attached. The replay will be available for 7 days.

Nonprofit Leadership Lab
""",
        ics=ics(
            "nll-sal-1113@nplab.example",
            "2025-11-13 19:00",
            "Webinar: Negotiating Your Salary in the Social Sector",
            ("Nonprofit Leadership Lab", "hello@nplab.example"),
            minutes=60,
            location="https://nplab.example/live/salary-negotiation",
        ),
    ),
    m(
        "82c5429cdbc2f5a1d9",
        "2026-01-20 17:00",
        "Chicago Young Philanthropists Network <info@chiypn.example>",
        "January mixer + Giving Circle applications open",
        N(),
        """Happy New Year, CYPN!

January Mixer: Thursday 1/29, 6-8 pm at Revival Social Club, River North. First drink on us.

Giving Circle 2026: Applications are now open for nonprofits (budgets under $1M) seeking a $25,000 grant from this year's circle. Members vote in April. Know a great organization? Send them our way.

Chicago Young Philanthropists Network
""",
    ),
    # --- newsletters that "interview" someone -----------------------------------------------
    m(
        "26b316a2b994c29458",
        "2025-09-16 06:30",
        "Chicago Nonprofit Weekly <newsletter@chinonprofitweekly.example>",
        "The Interview: Lorraine Driscoll-Hart on 20 years of DHF",
        N(),
        html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<p style="font-size:12px;color:#888">CHICAGO NONPROFIT WEEKLY · September 16, 2025</p>
<h1>The Interview: Lorraine Driscoll-Hart</h1>
<p>As the Driscoll-Hart Foundation turns 20, its president talks about the decision to move to multi-year general operating grants, why DHF is hiring program officers from the nonprofit side, and what she'd tell her younger self. <a href="https://chinonprofitweekly.example/2025/09/interview-driscoll-hart?utm_source=newsletter">Read the interview</a></p>
<h3>Also this week</h3>
<ul>
<li>Chicago's summer youth employment numbers are in - and they're up 8%</li>
<li>Moves: Three executive director appointments on the West Side</li>
<li>Job board: 42 new postings, including program officer roles at two foundations</li>
</ul>
<p style="font-size:11px;color:#999">You're receiving this because you subscribed at chinonprofitweekly.example. <a href="https://chinonprofitweekly.example/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "27e7ed9e40751376b0",
        "2025-10-21 06:30",
        "Chicago Nonprofit Weekly <newsletter@chinonprofitweekly.example>",
        '"We interviewed 40 grantees before we changed anything" - and more',
        N(),
        """CHICAGO NONPROFIT WEEKLY · October 21, 2025

THE INTERVIEW
Anita Caldwell, VP of Programs at the Halvorsen Family Foundation, on listening tours, the Pathways to Credentials initiative, and why "capacity building" is a phrase she's retiring.
Read more: https://chinonprofitweekly.example/2025/10/caldwell

NEWS
- State budget delays leave youth contracts in limbo
- Lakeshore University launches a $10M civic engagement fund

MOVES
- Darnell Hughes marks 10 years as ED of Roseland Youth Collective

Unsubscribe: https://chinonprofitweekly.example/unsubscribe
""",
    ),
    m(
        "0d99f7ce8bcd02e2f6",
        "2026-01-27 06:30",
        "Chicago Nonprofit Weekly <newsletter@chinonprofitweekly.example>",
        "Moves: New program officers at DHF, Halvorsen and Midway Community Trust",
        N(),
        """CHICAGO NONPROFIT WEEKLY · January 27, 2026

MOVES
- Keisha Dombrowski joins the Driscoll-Hart Foundation as Program Officer, Economic Mobility, from Southside Pathways Collaborative.
- The Halvorsen Family Foundation names Dr. Lena Abboud Senior Program Officer, Education.
- Midway Community Trust welcomes Terrell Banks as Program Officer, Neighborhood Grants.

THE INTERVIEW
Kinzie County's new workforce director on what federal WIOA changes mean for local programs.

Unsubscribe: https://chinonprofitweekly.example/unsubscribe
""",
    ),
    m(
        "24e6d62d808361d526",
        "2025-11-04 07:15",
        "The Giving Ledger <editors@givingledger.example>",
        "5 questions for a foundation CEO who gave away her endowment",
        N(),
        """THE GIVING LEDGER
Philanthropy news, weekly

In this week's Q&A, we sit down with the CEO of a Minneapolis foundation that decided to spend down its entire endowment by 2035. "Our grantees needed the money now, not in perpetuity." Read the interview: https://givingledger.example/qa/spend-down

ALSO
- Survey: 61% of program officers came from the nonprofit side
- The offer letter you should never sign: a compensation consultant on foundation pay bands
- Webinar: Writing for trustees

Forward to a friend · Unsubscribe
""",
    ),
    m(
        "7bbac84f377bb407b3",
        "2026-01-13 07:15",
        "The Giving Ledger <editors@givingledger.example>",
        "Interview: what a deputy mayor wants from funders in 2026",
        N(),
        """THE GIVING LEDGER

Q&A: Chicago's Deputy Mayor for Community Safety on public-private partnerships, violence prevention funding and why city hiring freezes slow down grant-funded programs.

Read: https://givingledger.example/qa/deputy-mayor-2026

Forward to a friend · Unsubscribe
""",
    ),
    m(
        "39e558e8f91d534b9d",
        "2025-12-02 06:00",
        "Windy City Business Daily <daily@wcbd.example>",
        "Harborline Energy Foundation pledges $15M; CEO interview",
        N(),
        """WINDY CITY BUSINESS DAILY - Tuesday, December 2, 2025

TOP STORY: Harborline Energy's foundation will commit $15 million over five years to workforce programs in the utility's service territory. We interview CEO Marcus Lindqvist on why the company is hiring a team of community investment managers.

Also:
- Medical District expansion: Lakeshore University Medical Center breaks ground on a community health pavilion
- Cook County property tax bills are late again

Subscribe to WCBD Premium - exclusive offer: 3 months for $1.
""",
    ),
    m(
        "9ef0d7905efb2489f8",
        "2025-11-10 11:00",
        "Lakefront Public Media <membership@lakefrontpublic.example>",
        "This week on City Desk: an interview with the County Board President",
        N(),
        """Hi Keisha,

Thanks for being a sustaining member! Here's what's coming up this week:

City Desk (Mon-Thu, 9 am): An extended interview with the Kinzie County Board President on the new budget, public health staffing and the county's hiring backlog.
Curious City: Why does Chicago have alleys?

Your membership: $10/month, renews monthly. Thank you gift: tote bag shipped 10/30.

Lakefront Public Media
""",
    ),
    # --- library, gym, alumni, neighborhood ------------------------------------------------
    m(
        "e6f2d314ce80fc9f1b",
        "2025-10-01 10:03",
        "Chicago Public Library <noreply@chipublib.org>",
        "Your hold is ready for pickup",
        N(),
        """The following item is ready for pickup at Avondale branch:

Decolonizing Wealth / Edgar Villanueva
Pickup by: 10/08/2025

Chicago Public Library
""",
    ),
    m(
        "c933230dd141cff864",
        "2026-01-14 10:05",
        "Chicago Public Library <noreply@chipublib.org>",
        "Items due soon",
        N(),
        """The following items are due in 3 days:

The Nonprofit Program Officer's Handbook - due 01/17/2026
Winning Grants Step by Step - due 01/17/2026

Renew at chipublib.org or in the CPL app.
""",
    ),
    m(
        "c665db8ecc841f402c",
        "2025-09-01 09:00",
        "First Ascent Avondale <avondale@firstascentclimbing.example>",
        "September at First Ascent: new routes + member offer",
        N(),
        """New routes on the north wall this week! Plus: bring a friend free every Tuesday in September, and members get 20% off shoes through 9/15 - our best offer of the year.

First Ascent Avondale, 3516 N. Spaulding Ave
""",
    ),
    m(
        "a74fa18aeef0c79395",
        "2025-10-20 12:00",
        "St. Brendan University Alumni <alumni@stbrendan.example>",
        "Alumni spotlight: MPA grads leading Chicago's nonprofits",
        N(),
        """ST. BRENDAN ALUMNI NEWS - October 2025

ALUMNI SPOTLIGHT: We interviewed five MPA alumni who now lead Chicago nonprofits about the class that changed their careers. "Public Budgeting with Professor Oyelaran. Still use the spreadsheet."

HOMECOMING: November 1. Tailgate at 11, kickoff at 1.

CAREER SERVICES: Did you know alumni have lifetime access to Handshake and one free career coaching session per year? Book at stbrendan.example/alumni/careers.

GIVE: Support the MPA Community Fellows scholarship.
""",
    ),
    m(
        "78e1a812146d5324bd",
        "2025-11-03 14:31",
        "St. Brendan University Graduate Admissions <gradadmit@stbrendan.example>",
        "Application received: Graduate Certificate in Philanthropy & Grantmaking",
        N(),
        """Dear Keisha,

Thank you for submitting your application to the Graduate Certificate in Philanthropy & Grantmaking (Spring 2026 start).

Application ID: GC-2026-00718
Status: Complete - under review

As an alumna of the MPA program, your application fee has been waived and no transcripts are required. Decisions are released on a rolling basis, typically within three weeks.

Office of Graduate Admissions
St. Brendan University
""",
    ),
    m(
        "e6fe852e2514aa30f8",
        "2025-11-19 15:00",
        "St. Brendan University Graduate Admissions <gradadmit@stbrendan.example>",
        "Your admission decision is available",
        N(),
        """Dear Keisha,

An admission decision has been posted for your application to the Graduate Certificate in Philanthropy & Grantmaking. Please log in to the applicant portal to view your decision letter.

https://apply.stbrendan.example/portal/status

Office of Graduate Admissions
""",
    ),
    m(
        "c7d3ece10cb0a4db61",
        "2025-10-19 18:00",
        "Nextdoor <no-reply@rs.email.nextdoor.com>",
        "Avondale: Lost cat near Belmont & Kedzie, and 5 more posts",
        N(),
        """Top posts in Avondale

Lost cat near Belmont & Kedzie - grey tabby, answers to "Pierogi"
Who has a good plumber? (47 replies)
Free: IKEA bookcase, must pick up tonight
Avondale Neighbors Association board nominations due Oct 31

See more on Nextdoor
""",
    ),
    m(
        "e4e9067a3752058bb8",
        "2025-12-01 10:10",
        "Belmont Animal Clinic <frontdesk@belmontanimal.example>",
        "Reminder: Biscuit is due for vaccines",
        N(),
        """Hi Keisha,

Biscuit is due for his FVRCP and rabies boosters. Book online at belmontanimal.example/book or call (773) 555-0181.

Don't forget to update your address if you've moved!

Belmont Animal Clinic
""",
    ),
    m(
        "e267c3e57a5eb6a2ec",
        "2025-11-12 21:06",
        "Ruth Abernathy <ruth.abernathy@comcast.net>",
        "Book club - December pick",
        N(),
        """Hi all,

We voted and December's book is "The Covenant of Water." Meeting Sunday the 14th at Liz's, 4 pm. Bring a dish if you like; Liz says no more kale salads please.

Ruth
""",
        to="Book Club <ruth.abernathy@comcast.net>",
        cc=f"{ME_NAME} <{ME_ADDR}>",
    ),
    m(
        "267dfff4a99ec5d840",
        "2025-10-30 16:45",
        "Illinois Families for Paid Leave <action@ilpaidleave.example>",
        "Keisha, can you add your name before Friday?",
        N(),
        """Keisha -

The General Assembly returns for veto session next week. We need 500 more Chicagoans to sign the petition for paid family leave before Friday. Add your name: https://ilpaidleave.example/sign?src=em1030

Thank you,
Illinois Families for Paid Leave
""",
    ),
    # --- more life through the winter -------------------------------------------------------
    m(
        "a0b57399d7adb1f826",
        "2025-11-02 16:10",
        "Walt Dombrowski <waltdombrowski@att.net>",
        "Fw: FW: Funny",
        N(),
        """Thought you would like this one. Mom says call her.
Dad

----- Forwarded Message -----
From: Stan Kowalczyk
Subject: FW: Funny

A nonprofit director, a grant writer and a program officer walk into a bar. The program officer asks for a logic model before ordering.
""",
    ),
    m(
        "b366a2e6d76fdc7049",
        "2025-12-28 13:20",
        "Bernadette Dombrowski <bdombrowski57@att.net>",
        "Christmas pictures",
        N(),
        """Here are the pictures from Christmas Eve. Dad closed his eyes in every single one. The one of you and Dani with the pączki is going on the fridge.

Drive safe back to Chicago.
Love, Mom
""",
        attach=[
            ("IMG_1287.jpg", "image/jpeg", "jpeg placeholder"),
            ("IMG_1290.jpg", "image/jpeg", "jpeg placeholder"),
        ],
    ),
    m(
        "303b741017f6d3a511",
        "2026-01-30 12:00",
        "Evite <info@mailva.evite.com>",
        "You're invited: Jas's 35th - Karaoke at Gman Tavern",
        N(),
        """Jasmine Taylor invited you to:

Jas's 35th - Karaoke Night
Saturday, February 14, 2026, 8:00 PM
Gman Tavern, Chicago

RSVP: https://www.evite.com/event/0381JAS35/rsvp

"No gifts! Just come sing Whitney with me."

Evite
""",
    ),
    m(
        "5b34ce7821924bd192",
        "2026-01-08 18:45",
        "Ruth Abernathy <ruth.abernathy@comcast.net>",
        "ANA Board - Jan 13 meeting + packet",
        N(),
        """Board members,

Attached is the packet for Tuesday's meeting: agenda, December minutes, the treasurer's report and the draft 2026 budget. New members (welcome Keisha and Sam!), please also bring your signed conflict of interest form.

We'll meet in person at the fieldhouse; Zoom link in the calendar invitation for anyone who can't make it.

Ruth
""",
        attach=[
            ("ANA_Board_Packet_2026-01-13.pdf", "application/pdf", "%PDF-1.7 packet (placeholder)")
        ],
        ics=ics(
            "ana-board-20260113@avondaleneighbors.example",
            "2026-01-13 19:00",
            "ANA Board of Directors Meeting",
            ("Ruth Abernathy", "ruth.abernathy@comcast.net"),
            minutes=90,
            location="Avondale Park Fieldhouse, 3516 W. School St. / Zoom",
        ),
    ),
    m(
        "5215f658fedd450d44",
        "2025-12-01 13:40",
        "Dr. Helena Marsh-Obi <hmarshobi@calder.example>",
        "Invitation to participate in a research interview (nonprofit workforce study)",
        N(),
        """Dear Ms. Dombrowski,

I am an associate professor at Calder University's School of Social Service Administration. With support from the Illinois Nonprofit Workforce Initiative, my team is studying why mid-career nonprofit staff in Chicago stay in or leave the sector.

We would be grateful if you would participate in a confidential 45-minute interview by Zoom at a time of your choosing. Participants receive a $50 gift card. Your responses will be de-identified.

If you are willing, please choose a time here: https://calder.example/ssa/nwstudy/schedule

This study has been approved by the Calder University IRB (Protocol #2025-1147).

With thanks,
Helena Marsh-Obi, PhD
Associate Professor, School of Social Service Administration
Calder University
""",
    ),
    m(
        "6270d076fe9d6e4db7",
        "2026-02-05 15:22",
        "Marcus Gentry <marcus@mainstreetmicpodcast.example>",
        "Podcast interview request - Main Street Mic",
        N(),
        """Hi Keisha,

I host Main Street Mic, a podcast about Chicago neighborhoods and the people working in them. Monique Fields at Southside Pathways told me about the summer jobs program you built, and I'd love to have you on for a 40-minute interview - now that you're on the foundation side, I'd especially love to hear how you think about it looking back.

We record at the Hairpin Arts Center on Tuesday evenings. Any chance you'd be up for March 3 or March 10?

Marcus Gentry
Host, Main Street Mic
""",
    ),
    m(
        "0069d0c36c4dcf076a",
        "2025-10-13 09:00",
        "Lakefront 10K <results@lakefront10k.example>",
        "Your official results - Lakefront 10K 2025",
        N(),
        """Congratulations, Keisha!

Bib #4172
Chip time: 58:41
Pace: 9:27/mi
Overall: 2,211 of 6,804 | Women 35-39: 142 of 611

Download your finisher certificate and race photos: https://lakefront10k.example/results/4172
""",
    ),
    m(
        "d3091a7c36e31f9adb",
        "2025-11-24 18:00",
        "Duolingo <hello@duolingo.com>",
        "Keisha, your weekly progress report",
        N(),
        """Your week in Spanish

XP earned: 640 (+12%)
Streak: 88 days 🔥
League: Sapphire, 4th place

Keep it up! Practice now: https://www.duolingo.com/learn
""",
    ),
    m(
        "6117979dbb07360901",
        "2026-01-25 07:00",
        "Good Shepherd Lutheran Church <office@goodshepherdavondale.example>",
        "Your 2025 giving statement",
        N(),
        """Dear Keisha,

Thank you for your generosity in 2025. Your contribution statement for tax purposes is attached.

Total 2025 contributions: $1,040.00

No goods or services were provided in exchange for these contributions other than intangible religious benefits.

Good Shepherd Lutheran Church
2900 N. Kimball Ave, Chicago, IL 60618
""",
        attach=[
            (
                "2025_Giving_Statement_Dombrowski.pdf",
                "application/pdf",
                "%PDF-1.7 statement (placeholder)",
            )
        ],
    ),
    m(
        "033ca8cb1439ae9f97",
        "2026-01-18 18:00",
        "Nextdoor <no-reply@rs.email.nextdoor.com>",
        "Avondale: Snow shoveling volunteers needed, and 4 more posts",
        N(),
        """Top posts in Avondale

Snow shoveling volunteers needed for seniors on Kimball - ANA is organizing
Recommendation: best tax preparer in the neighborhood?
Someone is stealing packages on Sacramento
Free firewood

See more on Nextdoor
""",
    ),
    m(
        "b1e415898db78f6193",
        "2025-11-26 11:02",
        "Danielle Dombrowski-Price <dani.price@icloud.com>",
        "pick up",
        N(),
        """I'll get you at DTW arrivals, text me when you land. Kids made a sign. It says WELCOM AUNTIE KEISH. I'm not correcting it.

D
""",
    ),
    m(
        "8ecfa69bd00857cc5b",
        "2025-10-09 14:15",
        "Eventbrite <noreply@order.eventbrite.com>",
        "Your tickets for Southside Pathways: Spark Gala 2025",
        N(),
        """Order #10029448811

Southside Pathways: Spark Gala 2025
Thursday, November 6, 2025, 6:00 PM - 9:30 PM
Venue Six10, 610 S. Michigan Ave, Chicago

1 x Staff Comp Ticket - $0.00

View your tickets in the Eventbrite app.
""",
    ),
    m(
        "d674e781a6ee143187",
        "2025-11-05 16:00",
        "Chicago Mentoring Collaborative <mentor@chimentoring.example>",
        "You're matched! Meet your mentee",
        N(),
        """Hi Keisha,

We're excited to share that you've been matched with your mentee, Aaliyah (age 15, Kelvyn Park High School). Your match meeting with Aaliyah and her mom will be Saturday, November 15 at 11:00 am at our office.

Welcome to the CMC family!
Kendra Osei, Match Specialist
""",
    ),
]
