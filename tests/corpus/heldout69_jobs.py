# ruff: noqa: E501
"""Corpus 69, job mail (data only): see heldout69.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    if day < "2025-11-02" or day >= "2026-03-08":
        return "-0500"
    return "-0600"


m = partial(dated_spec, _tz)
"""One message's spec: its Message-ID and date worked out from the key and the day."""


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def J(cat, src, co=None, role=None):
    return (cat, co, role, None, src, "en")


def ev(
    uid, start, minutes, summary, org, attendees=(), location="", description="", style="google"
):
    out: dict[str, Any] = {
        "uid": uid,
        "start": start,
        "minutes": minutes,
        "summary": summary,
        "organizer": org,
        "attendees": list(attendees),
        "style": style,
    }
    if location:
        out["location"] = location
    if description:
        out["description"] = description
    return out


def re_(mid: str) -> dict[str, str]:
    return {"In-Reply-To": mid, "References": mid}


BP, BPR, BPR2 = (
    "Brightpath Learning",
    "Instructional Designer, K-8 Science",
    "Associate Learning Experience Designer",
)
BRP, BRPR = "Brenton Park Public Schools", "Science Curriculum Coordinator"
MH, MHR = "Marlow Heights School District 62", "Instructional Technology Coach"
CU, CUR = "Calloway University", "Learning Designer, School of Continuing Studies"
HS, HSR = "Harlan State University", "Instructional Designer II"
FL, FLR = "Fernleaf Learning", "Learning Experience Designer"
MA, MAR1, MAR2 = (
    "Meridian Assessment Partners",
    "Instructional Designer, K-12 Science",
    "Science Item Writer (Contract)",
)
SL, SLR = "Sprocket Labs", "Instructional Designer"
HV, HVR = "Harborview Health", "Clinical Education Instructional Designer"
TM, TMR = "Trellis Mutual", "Instructional Designer (Contract, 6 months)"
TT, TTR = "Tandem Tutors", "Curriculum Designer, Middle School Science"
KB, KBR = "Kitebird", "Learning Experience Designer"
LC, LCR = "Lumen Charter Network", "Science Curriculum Developer"
AS, ASR = "Atlas Scholars", "Learning Designer, Science"
CB, CBR = "Cobalt Learning Systems", "Instructional Designer"
PC, PCR = "Pebblecraft", "Instructional Designer, AI Tutoring"
AR, ARR = "Ardent Learning", "Science Content Developer"
LM, LMR = "Lakefront Museum of Science", "Education Program Designer"
OK, OKR = "Orbital Kids", "Instructional Designer"
CE, CER = "Civic Ed Lab", "Curriculum & Instruction Designer"
WL, WLR = "Willowbrook Online Academy", "eLearning Developer"

ME_WORK = "Dana Kowalczyk <dkowalczyk@whitfordms.org>"

MAIL: list[dict[str, Any]] = [
    # --- 1 Brightpath Learning (Greenhouse): screen, design exercise, panel, rejection ---------
    m(
        "69101",
        "2025-09-08 21:14",
        "Brightpath Learning <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Brightpath!",
        A("confirmation", BP, BPR, 1, "greenhouse"),
        "Hi Dana,\n\nThank you for applying for the Instructional Designer, K-8 Science role at Brightpath Learning. We're so glad you found us.\n\nOur team reads every application (yes, really). If your experience lines up with what we need, a recruiter will be in touch within two weeks to set up an intro call. Because of the volume we receive, we aren't able to respond individually to everyone who is not selected, so please don't read too much into silence.\n\nIn the meantime, check out how our curriculum team works: brightpathlearning.com/blog/how-we-build\n\nWarmly,\nBrightpath Talent",
    ),
    m(
        "69102",
        "2025-09-16 10:02",
        "Jolene Marsh <jolene.marsh@brightpathlearning.com>",
        "Brightpath Learning - intro call?",
        A("interview", BP, BPR, 1, "direct"),
        "Hi Dana,\n\nI'm a recruiter on the Brightpath talent team. Your background teaching 7th and 8th grade science caught my eye for our Instructional Designer, K-8 Science opening, and I'd love to find 30 minutes to chat.\n\nYou can grab a time that works for you here: https://app.goodtime.io/s/brightpath/jmarsh-intro\n\nTalk soon,\nJolene Marsh\nSenior Recruiter | Brightpath Learning\nPronouns: she/her",
    ),
    m(
        "69103",
        "2025-09-16 19:40",
        "GoodTime <scheduling@goodtime.io>",
        "Confirmed: Intro call with Brightpath Learning - Thu Sep 18, 12:15pm CDT",
        A("interview", BP, BPR, 1, "other"),
        "Your interview is confirmed.\n\nCompany: Brightpath Learning\nPosition: Instructional Designer, K-8 Science\nWhen: Thursday, September 18, 2025, 12:15 PM - 12:45 PM (CDT)\nWith: Jolene Marsh\nWhere: Zoom - https://brightpath.zoom.us/j/84120937761\n\nNeed to change this? Use the link in your original scheduling email.\n\nPowered by GoodTime",
        ics=ev(
            "gt-bp-7731@goodtime.io",
            "2025-09-18 12:15:00 -0500",
            30,
            "Brightpath Learning: Intro call (Dana Kowalczyk)",
            ("Jolene Marsh", "jolene.marsh@brightpathlearning.com"),
            location="https://brightpath.zoom.us/j/84120937761",
        ),
    ),
    m(
        "69104",
        "2025-09-22 15:31",
        "Jolene Marsh <jolene.marsh@brightpathlearning.com>",
        "Next step: design exercise",
        A("assessment", BP, BPR, 1, "direct"),
        "Hi Dana,\n\nThanks again for the great conversation Thursday - the team loved hearing about your density lab redesign.\n\nThe next step is a short design exercise. Attached is the brief: you'll storyboard a 15-minute digital lesson on the water cycle for 5th graders and write one formative check. We suggest spending no more than 3 hours on it. Please send it back by Wednesday, October 1.\n\nAfter that we'll set up a portfolio review + panel with the curriculum team.\n\nBest,\nJolene",
        attach=[
            (
                "Brightpath_Design_Exercise_ID_K8.txt",
                "text/plain",
                "BRIGHTPATH LEARNING - DESIGN EXERCISE\nRole: Instructional Designer, K-8 Science\n\n1. Storyboard (6-10 frames) a 15-minute self-paced lesson: The Water Cycle, grade 5.\n2. Include one formative check with feedback for right and wrong answers.\n3. One paragraph on how you would adapt it for multilingual learners.\n\nDue: Oct 1, 2025. Format: PDF or slides link.\n",
            )
        ],
    ),
    m(
        "69105",
        "2025-10-06 09:12",
        "Brightpath Learning <no-reply@us.greenhouse-mail.io>",
        "Interview invitation: Brightpath Learning - Portfolio Review & Panel",
        A("interview", BP, BPR, 1, "greenhouse"),
        "Hi Dana,\n\nYou're invited to a panel interview for Instructional Designer, K-8 Science.\n\nDate: Tuesday, October 14, 2025\nTime: 3:30 PM - 5:00 PM CDT\nFormat: Google Meet (link in the calendar invite)\n\n3:30 - Portfolio walkthrough (20 min) with Priyanka Doshi, Director of Curriculum\n3:50 - Design exercise debrief with Owen Tallis, Sr. Instructional Designer\n4:30 - Values conversation with Maribel Cruz, Learning Science\n\nPlease reply to this email if you need any accommodations.\n\nBrightpath Talent",
        ics=ev(
            "bp-panel-2025-1014@brightpathlearning.com",
            "2025-10-14 15:30:00 -0500",
            90,
            "Panel: Dana Kowalczyk - Instructional Designer, K-8 Science",
            ("Jolene Marsh", "jolene.marsh@brightpathlearning.com"),
            [
                ("Priyanka Doshi", "priyanka.doshi@brightpathlearning.com"),
                ("Owen Tallis", "owen.tallis@brightpathlearning.com"),
            ],
            "https://meet.google.com/bpx-kqte-wmo",
        ),
    ),
    m(
        "69106",
        "2025-10-23 16:48",
        "Brightpath Learning <no-reply@us.greenhouse-mail.io>",
        "Your application",
        A("rejection", BP, BPR, 1, "greenhouse"),
        "Hi Dana,\n\nThank you for the time and care you put into the design exercise and panel. Your water cycle storyboard was one of the most thoughtful we saw, and the team especially appreciated your approach to multilingual learners.\n\nAfter a lot of discussion, we've decided to move forward with a candidate whose background includes more production experience in authoring tools. This was a very close decision.\n\nWe'd love to stay in touch - we expect to open more curriculum roles in the new year.\n\nWith gratitude,\nJolene Marsh and the Brightpath Talent team",
    ),
    # --- 2 Brenton Park Public Schools / District 147 (AppliTrack) -------------------------------
    m(
        "69201",
        "2025-09-11 20:05",
        "Brenton Park School District 147 <donotreply@applitrack.com>",
        "Application Received",
        A("confirmation", BRP, BRPR, 2, "other"),
        "Dear Dana Kowalczyk,\n\nThank you for your interest in employment with Brenton Park School District 147. This email confirms that your application has been received for the following position(s):\n\n  JobID 2291 - Science Curriculum Coordinator (District Office)\n\nYour application will remain active for one year. Qualified applicants will be contacted by the building or department administrator. Please do not reply to this email.\n\nHuman Resources\nBrenton Park School District 147\n\nThis message was sent by Frontline Recruiting and Hiring on behalf of the district.",
    ),
    m(
        "69202",
        "2025-09-29 08:44",
        "Brenton Park School District 147 <donotreply@applitrack.com>",
        "Your application status has changed",
        A("viewed", BRP, BRPR, 2, "other"),
        "Dear Dana Kowalczyk,\n\nThe status of your application for Science Curriculum Coordinator (JobID 2291) has changed to: Under Review.\n\nYou may log in to your applicant account at any time to review your application.\n\nBrenton Park School District 147 - Human Resources",
    ),
    m(
        "69203",
        "2025-10-02 13:20",
        "Angela Petrakis <apetrakis@bpsd147.org>",
        "Interview - Science Curriculum Coordinator",
        A("interview", BRP, BRPR, 2, "direct"),
        "Good afternoon Ms. Kowalczyk,\n\nOn behalf of Dr. Hollis, Assistant Superintendent for Teaching & Learning, I'd like to invite you to interview for the Science Curriculum Coordinator position. Interviews will be held at the Brenton Park Public Schools Administration Center, 400 Alder Ave, Room 214, on Thursday, October 9. Available times: 4:00, 4:45 or 5:30 PM.\n\nPlease reply with your preferred time. Bring a sample unit plan you have written (printed copies for 4 panelists).\n\nThank you,\nAngela Petrakis\nAdministrative Assistant, Human Resources\nBrenton Park Public Schools | District 147\n(847) 555-0142",
    ),
    m(
        "69204",
        "2025-10-02 21:07",
        "Angela Petrakis <apetrakis@bpsd147.org>",
        "RE: Interview - Science Curriculum Coordinator",
        A("interview", BRP, BRPR, 2, "direct"),
        "Thank you, 4:45 is confirmed. Parking is available in the east lot; please check in at the front desk.\n\nAngela\n\n-----Original Message-----\nFrom: Dana Kowalczyk <dana.kowalczyk.sci@gmail.com>\nSent: Thursday, October 2, 2025 7:58 PM\nSubject: Re: Interview - Science Curriculum Coordinator\n\nHi Ms. Petrakis, 4:45 works great for me. Thank you!\nDana",
        **re_("<69203.20251002.44@bpsd147.org>"),
    ),
    m(
        "69205",
        "2025-11-06 10:30",
        "Brenton Park School District 147 <donotreply@applitrack.com>",
        "Your application status has changed",
        A("rejection", BRP, BRPR, 2, "other"),
        "Dear Dana Kowalczyk,\n\nThe status of your application for Science Curriculum Coordinator (JobID 2291) has changed to: Position Filled Internally.\n\nThank you for your interest in Brenton Park School District 147. Your application remains active for other positions for which you may be qualified.\n\nHuman Resources",
    ),
    # --- 3 Marlow Heights SD 62 (SchoolSpring): on hold pending budget ---------------------------
    m(
        "69301",
        "2025-09-14 18:22",
        "SchoolSpring <noreply@schoolspring.com>",
        "Application submitted: Instructional Technology Coach - Marlow Heights SD 62",
        A("confirmation", MH, MHR, 3, "other"),
        html="<html><body><p>Hi Dana,</p><p>Your application for <b>Instructional Technology Coach</b> at <b>Marlow Heights School District 62</b> has been submitted.</p><p>Job ID: 5188204<br>Location: Marlow Heights, IL</p><p>The district will contact you directly if they would like to schedule an interview. Track every application from your <a href='https://www.schoolspring.com/candidate'>SchoolSpring dashboard</a>.</p><p>Good luck!<br>The SchoolSpring Team</p><p style='font-size:11px;color:#777'>SchoolSpring, a PowerSchool company. You received this email because you applied to a job on SchoolSpring.</p></body></html>",
    ),
    m(
        "69302",
        "2025-10-20 11:05",
        "Marlow Heights District 62 Human Resources <hr@mhsd62.org>",
        "Update: Instructional Technology Coach posting",
        A("confirmation", MH, MHR, 3, "direct"),
        "Dear Applicant,\n\nThank you for applying for the Instructional Technology Coach position with Marlow Heights School District 62.\n\nWe are writing to let you know that this position has been placed on hold pending the Board of Education's review of the FY26 budget amendment. We expect a decision after the December board meeting. Your application will remain on file, and we will contact you if the position is reopened.\n\nWe appreciate your patience.\n\nOffice of Human Resources\nMarlow Heights School District 62",
        st="on_hold",
    ),
    # --- 4 Calloway University, School of Continuing Studies (PeopleAdmin) --------------------------
    m(
        "69401",
        "2025-09-19 14:51",
        "Calloway University Human Resources <noreply@calloway.peopleadmin.com>",
        "Thank you for applying - Learning Designer (Req #S04412)",
        A("confirmation", CU, CUR, 4, "other"),
        "Dear Dana,\n\nThank you for your interest in employment at Calloway University. We have received your application for Learning Designer, School of Continuing Studies (Posting #S04412).\n\nThe hiring department will review applications and contact candidates selected for interviews. You may check the status of your application at any time at calloway.peopleadmin.com/hr.\n\nCalloway University is an Equal Opportunity/Affirmative Action employer.\n\nOffice of Human Resources\nCalloway University",
    ),
    m(
        "69402",
        "2025-10-15 09:38",
        "Theresa Voigt <t-voigt@scs.calloway.edu>",
        "SCS Learning Designer search - interview",
        A("interview", CU, CUR, 4, "direct"),
        "Dear Dana,\n\nI chair the search committee for the Learning Designer position in the School of Continuing Studies' Office of Digital Learning. We were impressed with your materials and would like to invite you to a 45-minute Zoom interview with the committee.\n\nPlease choose a slot on the committee's calendar: https://calendly.com/scs-odl/learning-designer-committee\n\nBest regards,\nTheresa Voigt, Ed.D.\nAssistant Director, Office of Digital Learning\nSchool of Continuing Studies",
    ),
    m(
        "69403",
        "2025-10-15 20:12",
        "Calendly <notifications@calendly.com>",
        "New Event: Dana Kowalczyk - 10:00am Wed, Oct 22, 2025 - Learning Designer Committee Interview",
        A("interview", CU, CUR, 4, "other"),
        "Hi Dana Kowalczyk,\n\nA new event has been scheduled.\n\nEvent Type: Learning Designer Committee Interview\nInvitee: Dana Kowalczyk\nEvent Date/Time: 10:00am - 10:45am (Central Time - US & Canada) on Wednesday, October 22, 2025\nLocation: Zoom (details in calendar invitation)\n\nHost: SCS Office of Digital Learning\n\nCancel or reschedule: https://calendly.com/cancellations/6e1d",
        ics=ev(
            "calendly-6e1d88f0@calendly.com",
            "2025-10-22 10:00:00 -0500",
            45,
            "Learning Designer Committee Interview (Dana Kowalczyk)",
            ("SCS Office of Digital Learning", "scs-odl@calloway.edu"),
            location="https://calloway.zoom.us/j/93311408820",
        ),
    ),
    m(
        "69404",
        "2025-11-18 15:02",
        "Calloway University Human Resources <noreply@calloway.peopleadmin.com>",
        "Regarding Posting #S04412",
        A("rejection", CU, CUR, 4, "other"),
        "Dear Dana,\n\nThank you for your interest in the Learning Designer position at Calloway University. The search committee has completed its review, and we regret to inform you that you were not selected for this position.\n\nWe appreciate the time you invested in the process and encourage you to apply for future openings.\n\nSincerely,\nOffice of Human Resources",
    ),
    # --- 5 Harlan State University, Center for Teaching Excellence (Interfolio), ghosted ----------
    m(
        "69501",
        "2025-09-25 16:40",
        "Interfolio <noreply@interfolio.com>",
        "Your application has been submitted",
        A("confirmation", HS, HSR, 5, "other"),
        "Dear Dana Kowalczyk,\n\nYour application to Instructional Designer II - Center for Teaching Excellence at Harlan State University has been successfully submitted.\n\nYou can view your submitted materials at any time from your Interfolio dashboard. The committee may request additional materials; you will be notified by email if so.\n\nInterfolio Support\nhelp.interfolio.com",
    ),
    # --- 6 Fernleaf Learning (Canopy Education Group; Ashby): offer negotiated, accepted -----------
    m(
        "69601",
        "2025-11-10 19:55",
        "Canopy Education Group <no-reply@ashbyhq.com>",
        "Thanks for applying to Fernleaf Learning",
        A("confirmation", FL, FLR, 6, "ashby"),
        "Hi Dana,\n\nThanks for applying to the Learning Experience Designer role at Fernleaf Learning. We've received your application and portfolio link.\n\nWe review applications on a rolling basis and will reach out if there's a match. If you are not selected for this role, we'll let you know by email.\n\n- Fernleaf Learning Recruiting\nA Canopy Education Group company",
    ),
    m(
        "69602",
        "2025-11-17 11:09",
        "Marcus Leland <mleland@canopyedgroup.com>",
        "Fernleaf LXD - let's talk",
        A("interview", FL, FLR, 6, "direct"),
        "Hi Dana,\n\nMarcus here, I recruit for the Fernleaf team at Canopy. Your portfolio (the ecosystems escape room especially) is exactly the kind of learner-centered work our middle-grades team is after.\n\nAre you free for a 30 min phone screen Thursday 11/20 at 4:15pm CT? I'll send a calendar hold.\n\nMarcus Leland\nTalent Partner, Canopy Education Group\nFernleaf Learning | Stackwise | Bright Ladder",
        ics=ev(
            "canopy-ml-20251120@canopyedgroup.com",
            "2025-11-20 16:15:00 -0600",
            30,
            "Fernleaf LXD phone screen - Dana Kowalczyk",
            ("Marcus Leland", "mleland@canopyedgroup.com"),
            location="Phone: Marcus will call",
            style="outlook",
        ),
    ),
    m(
        "69603",
        "2025-11-24 14:30",
        "Canopy Education Group <no-reply@ashbyhq.com>",
        "Fernleaf Learning: portfolio review scheduling",
        A("interview", FL, FLR, 6, "ashby"),
        html="<html><body><p>Hi Dana,</p><p>Great news &mdash; the Fernleaf hiring team would like to move you forward to a <b>portfolio review</b> (60 minutes) with Anneke Brandt (Lead LXD) and Sol Ferreira (Product Manager, Middle Grades).</p><p>Please <a href='https://jobs.ashbyhq.com/canopy-education/interview/schedule/8f2c'>pick a time that works for you</a>. Come ready to walk through two projects and talk about your process from learning objectives to final build.</p><p>Thanks,<br>Fernleaf Learning Recruiting</p></body></html>",
    ),
    m(
        "69604",
        "2025-11-25 08:17",
        "Canopy Education Group <no-reply@ashbyhq.com>",
        "Interview confirmed: Portfolio Review - Tue Dec 2",
        A("interview", FL, FLR, 6, "ashby"),
        "Hi Dana,\n\nYour interview is confirmed.\n\nPortfolio Review - Learning Experience Designer\nTuesday, December 2, 2025 at 1:00 PM CST (60 min)\nInterviewers: Anneke Brandt, Sol Ferreira\nLocation: Google Meet\n\nFernleaf Learning Recruiting",
        ics=ev(
            "ashby-int-8f2c-1@ashbyhq.com",
            "2025-12-02 13:00:00 -0600",
            60,
            "Portfolio Review: Dana Kowalczyk (Fernleaf LXD)",
            ("Fernleaf Learning Recruiting", "recruiting@fernleaflearning.com"),
            [
                ("Anneke Brandt", "anneke.brandt@fernleaflearning.com"),
                ("Sol Ferreira", "sol.ferreira@fernleaflearning.com"),
            ],
            "https://meet.google.com/fnl-pqrs-tuv",
        ),
    ),
    m(
        "69605",
        "2025-12-05 16:22",
        "Marcus Leland <mleland@canopyedgroup.com>",
        "Final round + sample lesson",
        A("interview", FL, FLR, 6, "direct"),
        "Hi Dana,\n\nThe team really enjoyed your portfolio review. We'd like to invite you to the final round on Thursday, Dec 11: a 20-minute sample lesson (teach us a concept from a Fernleaf unit as if we were your 7th graders - we'll send the unit Monday), then 30 minutes each with the VP of Learning and a cross-functional partner.\n\nI'll send the invite through GoodTime shortly.\n\nMarcus",
    ),
    m(
        "69606",
        "2025-12-05 16:40",
        "GoodTime <scheduling@goodtime.io>",
        "Interview Scheduled: Final Round with Fernleaf Learning",
        A("interview", FL, FLR, 6, "other"),
        "Hi Dana,\n\nYour interview with Fernleaf Learning has been scheduled.\n\nThursday, December 11, 2025\n10:00 AM - 11:30 AM Central Time\n\n10:00 Sample lesson - Anneke Brandt, Sol Ferreira\n10:30 VP of Learning - Dr. Camille Ortega\n11:00 Cross-functional - Jae Park, Engineering\n\nJoin: https://meet.google.com/fnl-wxyz-abc\n\nPowered by GoodTime",
        ics=ev(
            "gt-fnl-final-9920@goodtime.io",
            "2025-12-11 10:00:00 -0600",
            90,
            "Fernleaf Learning - Final Round (Dana Kowalczyk)",
            ("Marcus Leland", "mleland@canopyedgroup.com"),
            [("Camille Ortega", "camille.ortega@fernleaflearning.com")],
            "https://meet.google.com/fnl-wxyz-abc",
        ),
    ),
    m(
        "69607",
        "2025-12-17 17:35",
        "Marcus Leland <mleland@canopyedgroup.com>",
        "Good news from Fernleaf",
        A("offer", FL, FLR, 6, "direct"),
        "Hi Dana,\n\nI'm so happy to share that the team would like to offer you the Learning Experience Designer role! Everyone who met you was enthusiastic.\n\nHeadlines: $82,000 base, 5% annual bonus target, remote with Chicago hub access, start date January 20. The formal offer letter from Canopy Education Group will follow once we've talked.\n\nCan we hop on a call tomorrow to walk through it?\n\nCongrats!\nMarcus",
    ),
    m(
        "69608",
        "2025-12-19 12:04",
        "Marcus Leland <mleland@canopyedgroup.com>",
        "Re: Good news from Fernleaf",
        A("offer", FL, FLR, 6, "direct"),
        "Hi Dana,\n\nThanks for being so clear about what matters to you. I took your ask back to the hiring team: we can move the base to $88,500 and add a $3,000 sign-on bonus to help bridge the end of your school year contract. We can also move the start to February 2 so you can finish the semester handoff.\n\nUpdated offer letter attached via DocuSign shortly.\n\nMarcus\n\nOn Thu, Dec 18, 2025 at 8:41 PM Dana Kowalczyk <dana.kowalczyk.sci@gmail.com> wrote:\n> Hi Marcus, thank you again - I'm really excited. Given my 9 years of curriculum work and the\n> market data I've seen for LXD roles in Chicago, I was hoping for a base closer to $90k...\n",
        **re_("<69607.20251217.25@canopyedgroup.com>"),
    ),
    m(
        "69609",
        "2025-12-19 12:30",
        "Canopy Education Group via DocuSign <dse_na2@docusign.net>",
        "Please DocuSign: Dana Kowalczyk - Offer Letter - Learning Experience Designer",
        A("offer", FL, FLR, 6, "docusign"),
        "Marcus Leland sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nMarcus Leland\nmleland@canopyedgroup.com\n\nDana, please review and sign your offer letter for Fernleaf Learning. Let me know if you have any questions.\n\nDo Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.",
    ),
    m(
        "69610",
        "2025-12-22 09:15",
        "Canopy Education Group via DocuSign <dse_na2@docusign.net>",
        "Completed: Dana Kowalczyk - Offer Letter - Learning Experience Designer",
        A("offer", FL, FLR, 6, "docusign"),
        "All parties have completed Dana Kowalczyk - Offer Letter - Learning Experience Designer.\n\nVIEW COMPLETED DOCUMENT\n\nPowered by DocuSign",
        st="accepted",
    ),
    m(
        "69611",
        "2026-01-08 10:00",
        "Canopy People Team <people@canopyedgroup.com>",
        "Welcome to Canopy! Your background check and first-day details",
        J("other_job", "direct", FL, FLR),
        "Hi Dana,\n\nWelcome to the Canopy Education Group family and to the Fernleaf Learning team!\n\nBefore your start date (Monday, February 2) please:\n1. Complete your background check invitation from Checkr (check your inbox).\n2. Fill in your I-9 and direct deposit in Rippling.\n3. Watch for your laptop shipment the week of January 26.\n\nYour onboarding buddy will be Anneke Brandt.\n\nCanopy People Team",
    ),
    m(
        "69612",
        "2026-01-08 10:06",
        "Checkr <no-reply@checkr.com>",
        "Canopy Education Group has requested a background check",
        J("other_job", "other", FL, FLR),
        "Hi Dana,\n\nCanopy Education Group has asked Checkr to conduct a background check as part of your employment process. Please click below to provide your information and consent.\n\nStart background check\n\nQuestions? help.checkr.com\nCheckr, Inc.",
    ),
    # --- 7/8 Meridian Assessment Partners (Workday), two roles -------------------------------------
    m(
        "69701",
        "2025-09-30 22:10",
        "Meridian Assessment Partners <meridianap@myworkday.com>",
        "Application Received",
        A("confirmation", MA, MAR1, 7, "workday"),
        "Dear Dana,\n\nThank you for applying to the Instructional Designer, K-12 Science position (R-104873) at Meridian Assessment Partners. We have received your application and will be reviewing it shortly.\n\nYou can check the status of your application by signing in to your candidate home page.\n\nRegards,\nMeridian Talent Acquisition\n\nThis is an automated message; please do not reply.",
    ),
    m(
        "69702",
        "2025-09-30 22:24",
        "Meridian Assessment Partners <meridianap@myworkday.com>",
        "Application Received",
        A("confirmation", MA, MAR2, 8, "workday"),
        "Dear Dana,\n\nThank you for applying to the Science Item Writer (Contract) position (R-104911) at Meridian Assessment Partners. We have received your application and will be reviewing it shortly.\n\nYou can check the status of your application by signing in to your candidate home page.\n\nRegards,\nMeridian Talent Acquisition\n\nThis is an automated message; please do not reply.",
    ),
    m(
        "69703",
        "2025-10-09 13:47",
        "Meridian Assessment Partners <meridianap@myworkday.com>",
        "Action required: item writing sample",
        A("assessment", MA, MAR2, 8, "workday"),
        "Dear Dana,\n\nAs the next step for Science Item Writer (Contract), please complete the item writing sample task in your candidate home page. You will write three multiple-choice items and one constructed-response item aligned to NGSS MS-PS1-2, following the style guide provided in the task.\n\nThe task will close on October 17, 2025 at 11:59 PM Central.\n\nMeridian Talent Acquisition",
    ),
    m(
        "69704",
        "2025-10-28 07:55",
        "Meridian Assessment Partners <meridianap@myworkday.com>",
        "Update on your application",
        A("rejection", MA, MAR1, 7, "workday"),
        "Dear Dana,\n\nThank you for your interest in the Instructional Designer, K-12 Science position at Meridian. We have carefully reviewed your qualifications and have decided to pursue other candidates whose experience more closely aligns with the requirements of the role.\n\nWe encourage you to continue exploring opportunities with us.\n\nBest regards,\nMeridian Talent Acquisition",
    ),
    # --- 9 Sprocket Labs (LinkedIn Easy Apply), viewed then nothing -------------------------------
    m(
        "69901",
        "2025-10-03 12:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Dana, your application was sent to Sprocket Labs",
        A("confirmation", SL, SLR, 9, "linkedin"),
        html="<html><body><table><tr><td><p>Your application was sent to Sprocket Labs</p><p><b>Instructional Designer</b><br>Sprocket Labs &middot; Chicago, IL (Hybrid)<br>Applied on October 3, 2025</p><p><a href='https://www.linkedin.com/jobs/view/4120558731'>View job</a></p><p>Now, take these next steps for more success with your job search</p><p>Jobs similar to Instructional Designer at Sprocket Labs</p></td></tr></table><p style='font-size:11px'>This email was intended for Dana Kowalczyk (Middle School Science Teacher | Aspiring Learning Experience Designer). &copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p></body></html>",
    ),
    m(
        "69902",
        "2025-10-07 18:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Sprocket Labs",
        A("viewed", SL, SLR, 9, "linkedin"),
        html="<html><body><p>Dana, your application was viewed</p><p><b>Sprocket Labs</b> viewed your application for <b>Instructional Designer</b>.</p><p>Chicago, IL &middot; Applied 4 days ago</p><p><a href='https://www.linkedin.com/jobs/view/4120558731'>View job</a></p><p style='font-size:11px'>You are receiving Jobs notification emails. Unsubscribe &middot; Help</p></body></html>",
    ),
    # --- 10 Harborview Health (Indeed then iCIMS) -----------------------------------------------
    m(
        "69a01",
        "2025-10-12 20:44",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Clinical Education Instructional Designer",
        A("confirmation", HV, HVR, 10, "indeed"),
        "Your application has been submitted\n\nClinical Education Instructional Designer\nHarborview Health - Chicago, IL 60611\n\nThe employer may contact you by email or phone. You can track this application in My Jobs.\n\nGood luck,\nIndeed\n\n\u00a9 2025 Indeed - 6433 Champion Grandview Way, Building 1, Austin, TX 78750",
    ),
    m(
        "69a02",
        "2025-10-13 09:01",
        "Harborview Health Careers <harborviewhealth@talent.icims.com>",
        "Please complete your application - Clinical Education Instructional Designer",
        A("confirmation", HV, HVR, 10, "icims"),
        "Dear Dana,\n\nThank you for applying through Indeed for Clinical Education Instructional Designer (Req 25-3317) at Harborview Health. To be considered, please log in to our careers portal and complete the remaining questions (licensure, work authorization and the voluntary self-identification form).\n\nComplete my application: https://careers-harborviewhealth.icims.com/jobs/25-3317/login\n\nHarborview Health Talent Acquisition",
    ),
    m(
        "69a03",
        "2025-11-03 14:26",
        "Harborview Health Careers <harborviewhealth@talent.icims.com>",
        "Thank you for your interest in Harborview Health",
        A("rejection", HV, HVR, 10, "icims"),
        "Dear Dana,\n\nThank you for applying for Clinical Education Instructional Designer at Harborview Health. While your background in education is impressive, this position requires prior experience designing training for clinical staff, and we have decided to move forward with candidates who more closely meet those requirements.\n\nWe wish you every success.\n\nHarborview Health Talent Acquisition",
    ),
    # --- 11 Keystone Talent Partners (agency) for Trellis Mutual ------------------------------------
    m(
        "69b01",
        "2025-10-16 10:18",
        "Rob Castellanos <rcastellanos@keystonetalent.com>",
        "Contract ID role - Loop - 6 months",
        J("outreach", "agency"),
        "Hi Dana,\n\nHope your week's going well. I'm a recruiter with Keystone Talent Partners - we place contract instructional designers and eLearning developers around Chicagoland.\n\nI have a 6-month contract (likely extension) with a national insurance carrier in the Loop. They need an ID to rebuild onboarding for claims adjusters: storyboards, Articulate Rise, facilitator guides. Hybrid 2 days/week, $48-55/hr W2.\n\nI know corporate is a jump from the classroom, but the manager specifically likes former teachers. Open to a quick call?\n\nRob Castellanos\nSr. Technical Recruiter | Keystone Talent Partners\n(312) 555-0187",
    ),
    m(
        "69b02",
        "2025-10-21 16:50",
        "Rob Castellanos <rcastellanos@keystonetalent.com>",
        "Submitted: Trellis Mutual - Instructional Designer (Contract)",
        A("confirmation", TM, TMR, 11, "agency"),
        "Hi Dana,\n\nGreat talking today. As discussed, I've submitted you to Trellis Mutual for the Instructional Designer contract at $52/hr W2. Attached is the right-to-represent you signed, for your records.\n\nThe hiring manager (Denise in Claims L&D) reviews submittals on Fridays, so I should have feedback early next week.\n\nRob",
    ),
    m(
        "69b03",
        "2025-10-28 11:33",
        "Rob Castellanos <rcastellanos@keystonetalent.com>",
        "Trellis interview Thursday",
        A("interview", TM, TMR, 11, "agency"),
        "Dana - good news, Trellis wants to meet you! Teams video interview with Denise Albright and one of her senior IDs, Thursday 10/30 at 2:00pm, 45 min. Invite coming from their side. Have your Rise sample ready to screen-share.\n\nCall me after!\nRob",
    ),
    m(
        "69b04",
        "2025-10-28 13:02",
        "Denise Albright <denise.albright@trellismutual.com>",
        "Interview: Instructional Designer (Contract) - Dana Kowalczyk",
        A("interview", TM, TMR, 11, "direct"),
        "Interview with Keystone candidate Dana Kowalczyk.\n\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nMeeting ID: 284 119 557 320\nPasscode: q7Fm2a",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000D3A1F2C0B247DC01",
            "2025-10-30 14:00:00 -0500",
            45,
            "Interview: Instructional Designer (Contract) - Dana Kowalczyk",
            ("Denise Albright", "denise.albright@trellismutual.com"),
            [("Rob Castellanos", "rcastellanos@keystonetalent.com")],
            "Microsoft Teams Meeting",
            style="outlook",
        ),
    ),
    m(
        "69b05",
        "2025-11-05 17:12",
        "Rob Castellanos <rcastellanos@keystonetalent.com>",
        "Trellis feedback",
        A("rejection", TM, TMR, 11, "agency"),
        "Hi Dana,\n\nGot feedback from Trellis. Denise really liked you - said you were the best communicator she talked to - but they went with a candidate who has Storyline experience in insurance already, since the timeline is so tight.\n\nDon't be discouraged; this is a solid first corporate interview. I'll keep you in mind for the next one, I have a couple of healthcare clients that are friendlier to career changers.\n\nRob",
    ),
    m(
        "69b06",
        "2026-01-12 09:40",
        "Rob Castellanos <rcastellanos@keystonetalent.com>",
        "Re: new contract - hospital system onboarding",
        J("outreach", "agency"),
        "Hi Dana, happy new year! Checking in - I have a 4-month contract with a hospital system on the near west side, nursing onboarding modules. Still looking?\n\nRob",
    ),
    m(
        "69b07",
        "2026-01-12 09:41",
        "Rob Castellanos <rcastellanos@keystonetalent.com>",
        "Automatic reply: new contract - hospital system onboarding",
        J("other_job", "agency"),
        "Hi, thanks for your message! I'm out of the office from Jan 12 to Jan 14 at our company kickoff with limited access to email. For urgent candidate matters please contact recruiting@keystonetalent.com.\n\nRob Castellanos",
    ),
    # --- 12 Tandem Tutors (Handshake alumni; founder from Gmail), withdrawn --------------------------
    m(
        "69c01",
        "2025-11-21 15:04",
        "Handshake <noreply@joinhandshake.com>",
        "Your application to Tandem Tutors was submitted",
        A("confirmation", TT, TTR, 12, "handshake"),
        "Hi Dana,\n\nYour application for Curriculum Designer, Middle School Science at Tandem Tutors has been submitted. The employer will reach out through Handshake or by email if they'd like to move forward.\n\nSee more jobs for alumni of Carrow College\n\nHandshake",
    ),
    m(
        "69c02",
        "2025-11-24 22:31",
        "Eli Brandvold <eli.brandvold@gmail.com>",
        "your Tandem application :)",
        A("interview", TT, TTR, 12, "direct"),
        "Hi Dana,\n\nEli here, I'm one of the two cofounders at Tandem (we're tiny - 9 people, tutoring + curriculum for grades 6-8). Saw your application on Handshake and honestly your unit on forces with the egg drop + data notebooks is what we want every lesson to feel like.\n\nWould you be up for a video call this week or next? I'm pretty flexible evenings since I know you teach. Just reply with a couple of times.\n\nEli\n(sorry for the gmail, our Workspace migration is half done)",
    ),
    m(
        "69c03",
        "2025-12-03 08:12",
        "Eli Brandvold <eli.brandvold@gmail.com>",
        "Re: your Tandem application :)",
        A("assessment", TT, TTR, 12, "direct"),
        "Thanks for the chat last night, that was fun.\n\nNext step if you're up for it: a sample lesson. Pick any 6th grade Earth science standard and put together a 30-minute lesson plan we could hand to one of our tutors (slides optional). We pay $150 for this since it's real work. No rush - sometime before the holidays is great.\n\nEli",
        **re_("<69c02.20251124.24@gmail.com>"),
    ),
    m(
        "69c04",
        "2025-12-20 13:15",
        "Eli Brandvold <eli.brandvold@gmail.com>",
        "Re: withdrawing",
        A("confirmation", TT, TTR, 12, "direct"),
        "Dana - totally understand, and congrats on Fernleaf, they're lucky. Thanks for being upfront instead of just disappearing. I'll still send the $150 for the lesson you started; please send me your Venmo.\n\nIf things change, door's open.\n\nEli\n\nOn Sat, Dec 20, 2025 at 11:02 AM Dana Kowalczyk wrote:\n> Hi Eli, I wanted to let you know I've accepted another offer and need to withdraw from the\n> Curriculum Designer process. I really enjoyed talking with you...",
        st="withdrawn",
    ),
    # --- 13 Kitebird (Greenhouse, tenant kitebirdinc), ghosted after confirmation ----------------
    m(
        "69d01",
        "2025-10-20 19:19",
        "Kitebird Inc. <no-reply@us.greenhouse-mail.io>",
        "Kitebird Inc. - Application Received",
        A("confirmation", KB, KBR, 13, "greenhouse"),
        "Dear Dana,\n\nThank you for your interest in Kitebird Inc. We have received your application for the Learning Experience Designer position.\n\nUnfortunately, due to the high volume of applications we receive, we may not be able to respond to every applicant personally. If your qualifications match our needs, a member of our team will contact you.\n\nRegards,\nKitebird Recruiting Team\n\nhttps://boards.greenhouse.io/kitebirdinc",
    ),
    # --- 14 Lumen Charter Network: demo lesson interview, rejection --------------------------------
    m(
        "69e01",
        "2025-09-23 17:06",
        "Lumen Charter Network <careers@lumencharter.org>",
        "Application received: Science Curriculum Developer",
        A("confirmation", LC, LCR, 14, "direct"),
        "Hi Dana,\n\nThanks for applying to be a Science Curriculum Developer with Lumen Charter Network! Our network of 11 campuses serves 6,800 scholars on Chicago's south and west sides.\n\nWe'll be in touch within 10 business days regarding next steps.\n\nTeam Lumen Talent",
    ),
    m(
        "69e02",
        "2025-10-01 12:45",
        "Kiara Washington <kwashington@lumencharter.org>",
        "Demo lesson invitation - Lumen Charter Network",
        A("interview", LC, LCR, 14, "direct"),
        "Hi Dana,\n\nWe'd like to invite you to the next round: a demo lesson and debrief at our network office (2100 S. Halsted St). You'll teach a 20-minute excerpt of a Lumen 7th grade science lesson to a small group of our curriculum staff acting as students, then debrief with the Director of Science.\n\nDate: Wednesday, October 8, 4:30 PM\nThe lesson materials are attached. Please confirm by replying to this email.\n\nKiara Washington\nTalent Recruitment Manager\nLumen Charter Network",
        attach=[
            (
                "Lumen_G7_U2_L4_ChemicalReactions.txt",
                "text/plain",
                "Grade 7 Unit 2 Lesson 4: Evidence of Chemical Reactions\nDo Now (5 min) / Mini-lesson (10 min) / Lab stations (20 min) / Exit ticket\n",
            )
        ],
    ),
    m(
        "69e03",
        "2025-10-17 18:10",
        "Kiara Washington <kwashington@lumencharter.org>",
        "Update from Lumen Charter Network",
        A("rejection", LC, LCR, 14, "direct"),
        'Hi Dana,\n\nThank you for teaching a demo lesson for us last week. Your rapport with the "students" was obvious and your questioning was strong.\n\nAfter careful consideration, we are not moving forward with your candidacy for the Science Curriculum Developer role at this time. We hope you\'ll consider Lumen for future opportunities.\n\nKiara',
    ),
    # --- 15 Atlas Scholars (Lever + Calendly) -----------------------------------------------------
    m(
        "69f01",
        "2025-10-24 21:37",
        "Atlas Scholars <no-reply@hire.lever.co>",
        "Thank you for your application to Atlas Scholars",
        A("confirmation", AS, ASR, 15, "lever"),
        "Hi Dana,\n\nThank you for your interest in Atlas Scholars! We wanted to let you know we received your application for Learning Designer, Science, and we are delighted that you would consider joining our team.\n\nOur team will review your application and will be in touch if your qualifications match our needs for the role.\n\nBest,\nThe Atlas Scholars Team",
    ),
    m(
        "69f02",
        "2025-11-04 10:14",
        "Calendly <notifications@calendly.com>",
        "Invitation from Bea Lindqvist: Atlas Scholars - Recruiter Screen",
        A("interview", AS, ASR, 15, "other"),
        'Hi Dana,\n\nBea Lindqvist from Atlas Scholars invited you to schedule: Atlas Scholars - Recruiter Screen (30 min).\n\nSchedule a time: https://calendly.com/bea-atlasscholars/recruiter-screen\n\nMessage from Bea: "Hi Dana, loved your application for our Learning Designer, Science role. Pick any time that works!"\n\nCalendly',
    ),
    m(
        "69f03",
        "2025-11-05 07:51",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Atlas Scholars - Recruiter Screen with Bea Lindqvist on Friday, November 7, 2025",
        A("interview", AS, ASR, 15, "other"),
        "Hi Dana Kowalczyk,\n\nYour event with Bea Lindqvist has been scheduled.\n\nAtlas Scholars - Recruiter Screen\n12:00pm - 12:30pm, Friday, November 7, 2025 (Central Time - US & Canada)\nGoogle Meet: web conferencing details to follow.\n\nCalendly",
        ics=ev(
            "calendly-a7bb4c01@calendly.com",
            "2025-11-07 12:00:00 -0600",
            30,
            "Atlas Scholars - Recruiter Screen (Dana Kowalczyk)",
            ("Bea Lindqvist", "bea@atlasscholars.org"),
            location="https://meet.google.com/atl-sch-rsc",
        ),
    ),
    m(
        "69f04",
        "2025-11-19 15:40",
        "Atlas Scholars <no-reply@hire.lever.co>",
        "Following up from Atlas Scholars",
        A("rejection", AS, ASR, 15, "lever"),
        "Hi Dana,\n\nThanks so much for taking the time to talk with Bea about the Learning Designer, Science role. We genuinely enjoyed learning about your classroom work.\n\nWe've decided to focus on candidates with more experience designing for asynchronous online courses, so we won't be moving ahead with your application. We'll keep your information on file.\n\nWarmly,\nAtlas Scholars Hiring Team",
    ),
    # --- 16 Cobalt Learning Systems (SmartRecruiters), ghosted -------------------------------------
    m(
        "69g01",
        "2025-11-02 20:28",
        "Cobalt Learning Systems <noreply@smartrecruiters.com>",
        "Your application for Instructional Designer",
        A("confirmation", CB, CBR, 16, "smartrecruiters"),
        "Hi Dana,\n\nThank you for applying for the Instructional Designer position at Cobalt Learning Systems, LLC. We've received your application.\n\nWhat happens next? Our recruiting team will review your profile. If you are not selected, we will keep your profile for future openings unless you tell us otherwise. Unfortunately, we cannot provide individual feedback on applications.\n\nKind regards,\nCobalt Learning Systems Recruiting",
    ),
    # --- 17 Pebblecraft (Ashby), quick rejection -----------------------------------------------------
    m(
        "69h01",
        "2025-11-06 13:11",
        "Pebblecraft <no-reply@ashbyhq.com>",
        "Thanks for applying to Pebblecraft",
        A("confirmation", PC, PCR, 17, "ashby"),
        "Hi Dana,\n\nThanks for applying to Pebblecraft for Instructional Designer, AI Tutoring! We'll review your application and get back to you either way.\n\nPebblecraft Hiring",
    ),
    m(
        "69h02",
        "2025-11-08 09:20",
        "Pebblecraft <no-reply@ashbyhq.com>",
        "Update on your Pebblecraft application",
        A("rejection", PC, PCR, 17, "ashby"),
        "Hi Dana,\n\nThank you for your interest in the Instructional Designer, AI Tutoring role. We've reviewed your application and decided not to move forward at this time.\n\nWe appreciate you considering Pebblecraft and wish you the best in your search.\n\nPebblecraft Hiring",
    ),
    # --- 18 Ardent Learning (Ardent Holdings; iCIMS): writing sample, interview, rejection ---------
    m(
        "69i01",
        "2025-11-12 18:00",
        "Ardent Holdings Careers <careers-ardentholdings@talent.icims.com>",
        "Thank you for applying - Science Content Developer",
        A("confirmation", AR, ARR, 18, "icims"),
        "Dear Dana Kowalczyk,\n\nThank you for applying for Science Content Developer (Requisition 2025-7743) with Ardent Learning, an Ardent Holdings company. We have received your application.\n\nIf your skills and experience match the requirements, a recruiter will contact you.\n\nArdent Holdings Talent Acquisition",
    ),
    m(
        "69i02",
        "2025-11-20 11:30",
        "Greta Holm <gholm@ardentlearning.com>",
        "Writing sample - Science Content Developer",
        A("assessment", AR, ARR, 18, "direct"),
        "Hello Dana,\n\nThank you for your interest in Ardent. As a next step, we ask candidates to complete a short writing sample: revise the attached student-edition page on plate tectonics for a grade 6 reading level and write two teacher-edition margin notes. Please return within 5 business days.\n\nRegards,\nGreta Holm\nManaging Editor, Science\nArdent Learning",
    ),
    m(
        "69i03",
        "2025-12-02 14:05",
        "Greta Holm <gholm@ardentlearning.com>",
        "Interview with the Science editorial team",
        A("interview", AR, ARR, 18, "direct"),
        "Hello Dana,\n\nThe team enjoyed your writing sample. Could you join a video interview with me and Peter Nwosu, Executive Editor, on Tuesday, December 9 at 11:00 AM Central? Invitation attached.\n\nGreta",
        ics=ev(
            "ardent-int-7743-dk@ardentlearning.com",
            "2025-12-09 11:00:00 -0600",
            60,
            "Interview - Dana Kowalczyk - Science Content Developer",
            ("Greta Holm", "gholm@ardentlearning.com"),
            [("Peter Nwosu", "pnwosu@ardentlearning.com")],
            "Microsoft Teams Meeting",
            style="outlook",
        ),
    ),
    m(
        "69i04",
        "2025-12-16 10:42",
        "Ardent Holdings Careers <careers-ardentholdings@talent.icims.com>",
        "Your application with Ardent",
        A("rejection", AR, ARR, 18, "icims"),
        "Dear Dana,\n\nThank you for taking the time to interview for the Science Content Developer position. We enjoyed getting to know you and were impressed by your writing sample.\n\nAfter careful consideration, we have selected another candidate for the position.\n\nWe wish you all the best.\n\nArdent Holdings Talent Acquisition",
    ),
    # --- 19 Brightpath re-application (new role) -----------------------------------------------------
    m(
        "69j01",
        "2026-01-06 20:49",
        "Brightpath Learning <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Brightpath!",
        A("confirmation", BP, BPR2, 19, "greenhouse"),
        "Hi Dana,\n\nThank you for applying for the Associate Learning Experience Designer role at Brightpath Learning. We're so glad you found us.\n\nOur team reads every application. If your experience lines up with what we need, a recruiter will be in touch within two weeks.\n\nWarmly,\nBrightpath Talent",
    ),
    m(
        "69j02",
        "2026-01-07 08:30",
        "Jolene Marsh <jolene.marsh@brightpathlearning.com>",
        "Re: Associate LXD",
        A("confirmation", BP, BPR2, 19, "direct"),
        "Hi Dana - so nice to see your name again! Congratulations on Fernleaf - I'd heard through the grapevine. I'm guessing this application went in before you signed? If you'd like me to close it out, just say the word; no hard feelings at all.\n\nJolene",
    ),
    m(
        "69j03",
        "2026-01-07 12:02",
        "Brightpath Learning <no-reply@us.greenhouse-mail.io>",
        "Your application has been withdrawn",
        A("confirmation", BP, BPR2, 19, "greenhouse"),
        "Hi Dana,\n\nThis confirms that your application for Associate Learning Experience Designer at Brightpath Learning has been withdrawn at your request.\n\nWe wish you all the best.\n\nBrightpath Talent",
        st="withdrawn",
    ),
    # --- 20 Lakefront Museum of Science (direct HR) ---------------------------------------------------
    m(
        "69k01",
        "2025-10-26 11:15",
        "Lakefront Museum HR <jobs@lakefrontmsi.org>",
        "Your application",
        A("confirmation", LM, LMR, 20, "direct"),
        "Dear Dana,\n\nThank you for applying for the Education Program Designer position at the Lakefront Museum of Science and Industry. This message confirms that we received your application materials.\n\nDue to the number of applications, only candidates selected for interviews will be contacted.\n\nHuman Resources\nLakefront Museum of Science and Industry",
    ),
    m(
        "69k02",
        "2025-11-12 16:03",
        "Jonah Reyes <jreyes@lakefrontmsi.org>",
        "Education Program Designer - phone interview",
        A("interview", LM, LMR, 20, "direct"),
        "Hi Dana,\n\nI manage the Learning Programs team at the Lakefront Museum. I'd like to set up a 30-minute phone interview to talk about the Education Program Designer role - we design field trip labs and teacher PD, so your classroom experience is very relevant. Are you available Monday 11/17 after 4 PM?\n\nJonah Reyes\nManager, Learning Programs\nLakefront Museum of Science & Industry",
    ),
    m(
        "69k03",
        "2025-12-10 09:28",
        "Lakefront Museum HR <jobs@lakefrontmsi.org>",
        "Education Program Designer",
        A("rejection", LM, LMR, 20, "direct"),
        "Dear Dana,\n\nThank you for your interest in the Lakefront Museum of Science and Industry and for speaking with Jonah about the Education Program Designer role. We have filled the position with a candidate whose experience more closely matched the museum's needs.\n\nWe appreciate your interest and encourage you to visit our careers page for future opportunities.\n\nHuman Resources",
    ),
    # --- 21 Orbital Kids (Lever), auto-reply, ghosted ------------------------------------------------
    m(
        "69l01",
        "2025-11-28 10:53",
        "Orbital Kids <no-reply@hire.lever.co>",
        "Orbital Kids - we got your application!",
        A("confirmation", OK, OKR, 21, "lever"),
        "Hey Dana!\n\nThanks for applying to be an Instructional Designer at Orbital Kids. Blast off! Our small team reviews every application and we'll get back to you if it looks like a match.\n\nThe Orbital Kids crew",
    ),
    m(
        "69l02",
        "2025-12-01 09:05",
        "Tessa Graham <tessa@orbitalkids.com>",
        "Automatic reply: Instructional Designer application - Dana Kowalczyk",
        J("other_job", "direct", OK, OKR),
        "Thanks for your note! I'm out on parental leave until January 5. For recruiting questions, please email jobs@orbitalkids.com.\n\nTessa",
    ),
    # --- 22 Civic Ed Lab (JazzHR), interview, on hold -----------------------------------------------
    m(
        "69m01",
        "2025-10-08 19:33",
        "Civic Ed Lab <notifications@app.jazz.co>",
        "Thank you for applying to Civic Ed Lab",
        A("confirmation", CE, CER, 22, "jazzhr"),
        "Hi Dana,\n\nThank you for your interest in the Curriculum & Instruction Designer position at Civic Ed Lab. We have received your application and will review it shortly.\n\nCivic Ed Lab is a Chicago nonprofit that builds free civics and science-literacy curriculum for public schools.\n\nBest,\nCivic Ed Lab Hiring Team",
    ),
    m(
        "69m02",
        "2025-10-21 13:48",
        "Naomi Fairbanks <naomi@civicedlab.org>",
        "Conversation about the C&I Designer role",
        A("interview", CE, CER, 22, "direct"),
        "Hi Dana,\n\nThanks for applying! I'm Civic Ed Lab's Director of Programs. Would you be free for a 45-minute Zoom on Monday 10/27 at 4:30? I'll send an invite.\n\nNaomi",
        ics=ev(
            "cel-nf-1027@civicedlab.org",
            "2025-10-27 16:30:00 -0500",
            45,
            "Dana Kowalczyk / Naomi Fairbanks - C&I Designer",
            ("Naomi Fairbanks", "naomi@civicedlab.org"),
            location="https://us06web.zoom.us/j/81234409112",
        ),
    ),
    m(
        "69m03",
        "2025-11-14 12:20",
        "Naomi Fairbanks <naomi@civicedlab.org>",
        "C&I Designer search - pausing",
        A("confirmation", CE, CER, 22, "direct"),
        "Hi Dana,\n\nI wanted to let you know personally: one of our major foundation grants was delayed to next fiscal year, so we've had to pause the Curriculum & Instruction Designer search until we know our spring budget. You were one of our two finalists, and we'd love to pick back up with you if and when we can.\n\nI'm sorry to leave this in limbo.\n\nNaomi",
        st="on_hold",
    ),
    # --- 23 Willowbrook Online Academy (Workday, incomplete then submitted), rejection ---------
    m(
        "69n01",
        "2025-12-04 21:02",
        "Willowbrook Online Academy <willowbrook@myworkday.com>",
        "Don't forget to finish your application",
        J("alert", "workday", "Willowbrook Online Academy", WLR),
        "Hi Dana,\n\nYou started an application for eLearning Developer but haven't submitted it yet. Your progress has been saved. Sign in to pick up where you left off.\n\nWillowbrook Online Academy Careers",
    ),
    m(
        "69n02",
        "2025-12-06 10:41",
        "Willowbrook Online Academy <willowbrook@myworkday.com>",
        "Application Received - eLearning Developer",
        A("confirmation", WL, WLR, 23, "workday"),
        "Hi Dana,\n\nThank you for applying for the eLearning Developer position (JR-2207) with Willowbrook Online Academy. Your application is now under review.\n\nWillowbrook Online Academy Talent Team",
    ),
    m(
        "69n03",
        "2026-01-14 15:58",
        "Willowbrook Online Academy <willowbrook@myworkday.com>",
        "Update from Willowbrook Online Academy",
        A("rejection", WL, WLR, 23, "workday"),
        "Hi Dana,\n\nWe appreciate your interest in the eLearning Developer role. The position has been filled, and we are no longer considering applications.\n\nWillowbrook Online Academy Talent Team",
    ),
    # --- forwarded confirmation (school address -> personal), app 24 ---------------------------
    m(
        "69o01",
        "2025-09-26 15:47",
        ME_WORK,
        "Fwd: Thank you for applying to Quarry Hill Learning",
        A(
            "confirmation",
            "Quarry Hill Learning",
            "Instructional Designer, Middle Grades",
            24,
            "workday",
        ),
        "oops, applied from the school email. forwarding to me\n\n---------- Forwarded message ---------\nFrom: Quarry Hill Learning <qhlearning@myworkday.com>\nDate: Fri, Sep 26, 2025 at 3:10 PM\nSubject: Thank you for applying to Quarry Hill Learning\nTo: <dkowalczyk@whitfordms.org>\n\nHi Dana,\n\nThank you for applying for Instructional Designer, Middle Grades (R0039112). We've received your application and our recruiting team will review it. If your background is a match, we'll contact you about next steps.\n\nQuarry Hill Learning Talent Acquisition\n",
    ),
    m(
        "69o02",
        "2025-10-30 06:12",
        "Quarry Hill Learning <qhlearning@myworkday.com>",
        "Your application status",
        A(
            "rejection",
            "Quarry Hill Learning",
            "Instructional Designer, Middle Grades",
            24,
            "workday",
        ),
        "Hi Dana,\n\nThank you for your interest in Quarry Hill Learning. After reviewing your application for Instructional Designer, Middle Grades, we will not be moving forward.\n\nWe know this isn't the news you were hoping for. We encourage you to apply to other roles that fit your skills.\n\nQuarry Hill Learning Talent Acquisition",
    ),
    # --- Meridian contract role: withdrawal via portal (app 8) -------------------------------------
    m(
        "69p01",
        "2025-12-19 18:30",
        "Meridian Assessment Partners <meridianap@myworkday.com>",
        "Your application has been withdrawn",
        A("confirmation", MA, MAR2, 8, "workday"),
        "Dear Dana,\n\nThis confirms that you have withdrawn your application for Science Item Writer (Contract) (R-104911). We appreciate your interest in Meridian Assessment Partners.\n\nMeridian Talent Acquisition",
        st="withdrawn",
    ),
    # --- 25 Stackwise (Canopy sibling? no) -> Glenmoor Schools foundation via LinkedIn InMail
    m(
        "69q01",
        "2025-11-03 11:27",
        "Hollis Ndiaye via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Learning designer role at Verity Health Academy",
        J("outreach", "linkedin", "Verity Health Academy", "Learning Designer"),
        "Hi Dana,\n\nI came across your profile while searching for teachers moving into learning design. Verity Health Academy (we train certified nursing assistants across the Midwest) is hiring a Learning Designer to turn our in-person curriculum into blended courses. Teaching background strongly preferred.\n\nWould you be open to a short call?\n\nHollis Ndiaye\nTalent Acquisition, Verity Health Academy\n\nReply on LinkedIn",
    ),
    m(
        "69q02",
        "2025-11-05 09:10",
        "Hollis Ndiaye <hndiaye@verityhealthacademy.com>",
        "Re: Learning designer role at Verity Health Academy",
        A("confirmation", "Verity Health Academy", "Learning Designer", 25, "direct"),
        "Hi Dana,\n\nThanks for getting back to me. I've gone ahead and submitted your resume to our hiring manager for the Learning Designer role, and you should receive a link to complete a formal application in our system. I'll be in touch once I hear back.\n\nHollis",
    ),
    m(
        "69q03",
        "2025-11-25 16:45",
        "Hollis Ndiaye <hndiaye@verityhealthacademy.com>",
        "Verity Health Academy - Learning Designer",
        A("rejection", "Verity Health Academy", "Learning Designer", 25, "direct"),
        "Hi Dana,\n\nI wanted to close the loop. Our hiring manager has decided to prioritize candidates with healthcare or nursing education backgrounds for this first hire, so we won't be moving forward. I'm sorry - I thought it was a strong match on paper.\n\nAll the best,\nHollis",
    ),
    # --- 26 Harlan State second? no: Ridgeline University (Workday), on hold ---------------
    m(
        "69r01",
        "2025-12-12 13:36",
        "Ridgeline University <ridgeline@myworkday.com>",
        "Application Received: Instructional Designer - College of Health Sciences",
        A(
            "confirmation",
            "Ridgeline University",
            "Instructional Designer, College of Health Sciences",
            26,
            "workday",
        ),
        "Dear Dana Kowalczyk,\n\nThank you for applying for the Instructional Designer position (JR107755) in the Ridgeline University College of Health Sciences. Your application will be reviewed by the hiring department.\n\nRidgeline University Human Resources",
    ),
    m(
        "69r02",
        "2026-01-20 10:02",
        "Ridgeline University <ridgeline@myworkday.com>",
        "Regarding your application for JR107755",
        A(
            "rejection",
            "Ridgeline University",
            "Instructional Designer, College of Health Sciences",
            26,
            "workday",
        ),
        "Dear Dana,\n\nThank you for your interest in employment at Ridgeline University. The requisition for Instructional Designer (JR107755) has been cancelled and is no longer being filled. We encourage you to review other openings at careers.ridgeline.edu.\n\nRidgeline University Human Resources",
    ),
    # --- alerts, community, outreach -----------------------------------------------------------
    m(
        "69s01",
        "2025-09-03 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"instructional designer": 14 new jobs in Chicago, Illinois',
        J("alert", "linkedin"),
        html="<html><body><p>Your job alert for <b>instructional designer</b> in Chicago, Illinois</p><ul><li>Instructional Designer - Sprocket Labs - Chicago, IL (Hybrid)</li><li>Learning Experience Designer - Kitebird - Remote</li><li>eLearning Developer - Halvorsen Insurance - Schaumburg, IL</li><li>Instructional Designer I - Dunmore Community College - Chicago, IL</li></ul><p><a href='https://www.linkedin.com/jobs/search'>See all jobs</a></p></body></html>",
    ),
    m(
        "69s02",
        "2025-09-10 06:05",
        "Indeed <alert@indeed.com>",
        "12 new instructional design jobs in Chicago, IL",
        J("alert", "indeed"),
        "instructional designer jobs near Chicago, IL\n\nClinical Education Instructional Designer\nHarborview Health - Chicago, IL\n$70,000 - $86,000 a year\nEasily apply\n\nCurriculum Writer - Science (Remote)\nMeridian Assessment Partners - Remote\n\nTraining Specialist\nBluepoint Logistics - Elk Grove Village, IL\n\nSee all jobs on Indeed\n\nUnsubscribe | Manage alerts",
    ),
    m(
        "69s03",
        "2025-09-17 09:00",
        "Handshake <noreply@joinhandshake.com>",
        "Jobs for Carrow College alumni: education & learning design",
        J("alert", "handshake"),
        "Hi Dana,\n\nEmployers are looking for Carrow alumni like you. Here are this week's picks:\n\n- Curriculum Designer, Middle School Science - Tandem Tutors (Remote)\n- Program Associate, STEM - Lakefront Museum of Science and Industry\n- Learning Designer - Atlas Scholars (Remote)\n\nUpdate your alumni profile to get better matches.\n\nHandshake",
    ),
    m(
        "69s04",
        "2025-09-24 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"learning experience designer": new jobs in United States',
        J("alert", "linkedin"),
        html="<html><body><p>30+ new jobs match your preferences</p><ul><li>Learning Experience Designer - Fernleaf Learning - Remote</li><li>LXD, Onboarding - Tilecraft Software - Chicago, IL</li><li>Instructional Designer, AI Tutoring - Pebblecraft - Remote</li></ul></body></html>",
    ),
    m(
        "69s05",
        "2025-10-01 16:20",
        "Brightpath Learning <no-reply@us.greenhouse-mail.io>",
        "Welcome to the Brightpath Talent Community",
        J("alert", "greenhouse", BP),
        "Hi Dana,\n\nThanks for joining the Brightpath Talent Community! We'll send you new curriculum and design roles as they open. Joining the community is not an application for a specific job.\n\nBrightpath Talent",
    ),
    m(
        "69s06",
        "2025-10-15 06:00",
        "Indeed <alert@indeed.com>",
        "Curriculum Developer jobs: 8 new",
        J("alert", "indeed"),
        "Curriculum developer jobs near Chicago, IL\n\nScience Content Developer - Ardent Learning - Chicago, IL\nCurriculum Specialist - Brenton Park School District 147 - Brenton Park, IL\nK-12 Science Curriculum Writer - Orchard Press - Remote\n\nSee all jobs",
    ),
    m(
        "69s07",
        "2025-10-29 08:00",
        "SchoolSpring <noreply@schoolspring.com>",
        "New jobs matching: Instructional Coach, Illinois",
        J("alert", "other"),
        html="<html><body><p>Hi Dana, here are new jobs matching your saved search <b>Instructional Coach - Illinois</b>:</p><ul><li>Instructional Coach (STEM) - Fairhaven CUSD 300</li><li>Digital Learning Coach - Oakbrook Valley SD 44</li></ul><p>SchoolSpring, a PowerSchool company</p></body></html>",
    ),
    m(
        "69s08",
        "2025-11-11 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"instructional designer": 9 new jobs in Chicago, Illinois',
        J("alert", "linkedin"),
        html="<html><body><p>Your job alert for <b>instructional designer</b></p><ul><li>Instructional Designer - Cobalt Learning Systems - Remote</li><li>Instructional Designer - Orbital Kids - Remote</li><li>eLearning Developer - Willowbrook Online Academy - Remote</li></ul></body></html>",
    ),
    m(
        "69s09",
        "2025-11-30 10:00",
        "Handshake <noreply@joinhandshake.com>",
        "New jobs for you: learning design (alumni)",
        J("alert", "handshake"),
        "Hi Dana,\n\nNew roles picked for you:\n- Instructional Designer II - Harlan State University\n- Learning Designer - Ridgeline University\n\nHandshake",
    ),
    m(
        "69s10",
        "2025-12-09 06:00",
        "Indeed <alert@indeed.com>",
        "Instructional designer jobs in Chicago: 5 new",
        J("alert", "indeed"),
        "New jobs for instructional designer near Chicago, IL\n\nInstructional Designer, College of Health Sciences - Ridgeline University\neLearning Specialist - Wexley Bank - Chicago, IL\n\nSee all jobs",
    ),
    m(
        "69s11",
        "2025-10-05 14:12",
        "Priya from Lumino Careers <hello@luminocareers.co>",
        "Teachers: land your first ID job in 90 days (cohort starts Oct 20)",
        ("not_job", "en"),
        "Hi Dana,\n\nOur Teacher-to-ID Bootcamp has helped 1,400 educators land instructional design roles. Portfolio coaching, mock interviews and a guaranteed job-search plan.\n\nEnroll by Oct 15 and save $300.\n\nLumino Careers",
    ),
    m(
        "69s12",
        "2025-12-01 13:44",
        "Dev Ramaswamy <dev@fieldnotehq.com>",
        "Curriculum lead at an early-stage edtech?",
        J("outreach", "direct", "Fieldnote", "Curriculum Lead, Science"),
        "Hi Dana,\n\nI'm the CEO of Fieldnote, a seed-stage startup building AI-assisted lab notebooks for middle school science. Our advisor, Ms. Okonjo, mentioned you. We're looking for a founding curriculum lead. Equity-heavy, I'll be honest. Would you want to grab coffee in the West Loop?\n\nDev",
    ),
    m(
        "69s13",
        "2026-01-26 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"learning experience designer": 6 new jobs',
        J("alert", "linkedin"),
        html="<html><body><p>New jobs match your alert</p><ul><li>Associate Learning Experience Designer - Brightpath Learning - Remote</li><li>Senior LXD - Kitebird - Remote</li></ul></body></html>",
    ),
    m(
        "69s14",
        "2025-12-08 10:17",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Ana Whitfield sent you a message",
        J("outreach", "linkedin", "Cobalt Learning Systems"),
        'Ana Whitfield\nRecruiter at Cobalt Learning Systems\n\n"Hi Dana - I see you applied to our ID role last month. We\'re hiring a contract Rise developer too, would you be interested? Happy to chat."\n\nView message\n\nThis email was intended for Dana Kowalczyk.',
    ),
    m(
        "69s15",
        "2025-10-10 11:02",
        "Harlan State University <noreply@interfolio.com>",
        "Harlan State University - update your Interfolio profile",
        J("other_job", "other", HS, HSR),
        "Dear Applicant,\n\nThe Center for Teaching Excellence search committee asks that all applicants confirm their three references are listed with current email addresses. No action is needed if your references are complete.\n\nInterfolio on behalf of Harlan State University",
    ),
    m(
        "69s16",
        "2026-02-10 12:00",
        "Canopy Education Group <no-reply@ashbyhq.com>",
        "How was your candidate experience at Fernleaf Learning?",
        J("other_job", "ashby", FL, FLR),
        "Hi Dana,\n\nYou recently went through our interview process. We'd love 2 minutes of honest feedback on how it went.\n\nTake the survey\n\nCanopy Education Group Talent",
    ),
]
