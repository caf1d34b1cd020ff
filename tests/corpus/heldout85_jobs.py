# ruff: noqa: E501
"""Corpus 85, job mail through ATSs, schedulers and DocuSign (data only): see heldout85.py."""

from __future__ import annotations

import functools
from typing import Any

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    if day < "2025-11-02" or day >= "2026-03-08":
        return "-0500"
    return "-0600"


m = functools.partial(H.dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def inv(uid, start, summary, org, minutes=30, desc="", loc="", att=()):
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {_tz(start[:10])}",
        "minutes": minutes,
        "summary": summary,
        "organizer": org,
        "attendees": list(att),
    }
    if desc:
        ev["description"] = desc
    if loc:
        ev["location"] = loc
    return ev


def reply(spec: dict[str, Any]) -> dict[str, Any]:
    return {"headers": {"In-Reply-To": spec["id"], "References": spec["id"]}}


SIG = (
    "\n\n--\nRafael Espinoza-Hart\nAustin, TX | (512) 555-0143\nlinkedin.com/in/rafaespinozahart\n"
)

# --- names ---------------------------------------------------------------------------------
BL, BL1, BL2 = "Brightlane", "Solutions Engineer, Mid-Market", "Technical Account Manager"
CV, CVR = "Corvalis", "Senior Solutions Engineer"
ML, MLR = "Meridian Ledger", "Technical Account Manager"
HH, HHR = "Halvorsen Health", "Solutions Engineer - Healthcare Interoperability"
QS, QSR = "Quarrystone", "Sr. Technical Account Manager"
TS, TSR = "Tessellate AI", "Solutions Architect"
PC, PCR = "Pinecrest Software", "Customer Solutions Engineer"
VS, VSR = "Vantage Shield", "Enterprise Technical Account Manager (Contract-to-Hire)"
FW, FWR = "Fieldwise", "Solutions Engineer"
NS, NSR = "Northstar Freightworks", "Technical Account Manager II"
CR, CRR = "Cobalt Ridge Systems", "Solutions Engineer"
LF, LFR = "Lumenfold", "Founding Solutions Engineer"
AD, ADR = "Arclight Data", "Solutions Engineer, Enterprise"
SW, SWR = "Sablewood", "Senior Technical Account Manager"
OS, OSR = "Ostrander Industrial", "Technical Account Manager - Automation Software"
KL, KLR = "Kindling Labs", "Solutions Engineer"
PS, PSR = "Pallas Security", "Principal Solutions Engineer"
RM, RMR = "Redmarsh Energy", "Solutions Engineer, Grid Software"
TF, TFR = "Tandem Freight", "Technical Account Manager"
GW, GWR = "Glasswing", "Solutions Engineer (Remote, US)"
WM, WMR = "Westmere", "Solutions Consultant"
KL2 = "Senior Solutions Engineer"

# --- 1 Brightlane, SE (Greenhouse) -----------------------------------------------------------
bl_screen_conf = m(
    "71302",
    "2025-09-12 14:05",
    "Brightlane Talent via GoodTime <scheduling@goodtime.io>",
    "Confirmed: Recruiter Screen with Brightlane - Tue, Sep 16",
    A("interview", BL, BL1, 1, "other"),
    "Hi Rafael,\n\nYour interview has been confirmed. Here are the details:\n\nBrightlane - Recruiter Screen (30 min)\nTuesday, September 16, 2025\n11:00 AM - 11:30 AM Central Time (US & Canada)\nInterviewer: Kelsey Tran, Senior Technical Recruiter\n\nJoin Zoom Meeting\nhttps://brightlane.zoom.us/j/84412093317?pwd=Xk2fQ1\nMeeting ID: 844 1209 3317\n\nNeed to reschedule? Use the link in your original scheduling email or reply to your recruiter.\n\nPowered by GoodTime",
    ics=inv(
        "gt-bl-83311@goodtime.io",
        "2025-09-16 11:00",
        "Brightlane - Recruiter Screen: Rafael Espinoza-Hart",
        ("Kelsey Tran", "kelsey.tran@brightlane.com"),
        30,
        "Zoom: https://brightlane.zoom.us/j/84412093317",
        "https://brightlane.zoom.us/j/84412093317",
    ),
)

MAIL: list[dict[str, Any]] = [
    m(
        "71288",
        "2025-09-03 09:47",
        "Brightlane Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Brightlane!",
        A("confirmation", BL, BL1, 1, "greenhouse"),
        "Hi Rafael,\n\nThanks for your interest in Brightlane! We've received your application for Solutions Engineer, Mid-Market and our team is reviewing it now.\n\nIf your background looks like a fit, someone from our recruiting team will reach out about next steps. Because of the volume of applications we get, we're not able to respond to everyone individually -- if you don't hear from us, it means we've decided to move forward with other candidates for this particular role.\n\nIn the meantime, check out our blog to learn more about how we help revenue teams forecast.\n\nBest,\nThe Brightlane Talent Team",
    ),
    m(
        "71297",
        "2025-09-10 16:22",
        "Kelsey Tran <kelsey.tran@brightlane.com>",
        "Brightlane // Solutions Engineer - let's chat",
        A("interview", BL, BL1, 1, "direct"),
        "Hi Rafael,\n\nThanks for applying to the Mid-Market SE role. I'd love to set up a 30 minute intro call to learn more about your background and walk through the role.\n\nYou can grab a time that works for you here: https://app.goodtime.io/s/brightlane/8ac21f\n\nTalk soon,\nKelsey\n\nKelsey Tran | Senior Technical Recruiter\nBrightlane\nAustin, TX",
    ),
    bl_screen_conf,
    m(
        "71340",
        "2025-09-26 10:31",
        "Brightlane Recruiting <no-reply@us.greenhouse-mail.io>",
        "Your application with Brightlane",
        A("rejection", BL, BL1, 1, "greenhouse"),
        "Hi Rafael,\n\nThank you again for taking the time to speak with Kelsey about the Solutions Engineer, Mid-Market position. We genuinely enjoyed learning about your work supporting enterprise rollouts at Quillfeather.\n\nAfter careful consideration, we've decided to move forward with other candidates whose experience more closely matches what the team needs right now.\n\nWe'd love to stay in touch and encourage you to keep an eye on our careers page for future openings.\n\nAll the best,\nBrightlane Talent Team",
    ),
    # --- 17 Brightlane, TAM (Greenhouse), a second role --------------------------------------
    m(
        "74410",
        "2025-12-02 08:15",
        "Brightlane Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Brightlane!",
        A("confirmation", BL, BL2, 17, "greenhouse"),
        "Hi Rafael,\n\nThanks for your interest in Brightlane! We've received your application for Technical Account Manager and our team is reviewing it now.\n\nIf your background looks like a fit, someone from our recruiting team will reach out about next steps.\n\nBest,\nThe Brightlane Talent Team",
    ),
    m(
        "74466",
        "2025-12-19 13:02",
        "Kelsey Tran <kelsey.tran@brightlane.com>",
        "Following up",
        A("rejection", BL, BL2, 17, "direct"),
        "Hi Rafael,\n\nGood to see your name come across my desk again! I shared your profile with the Customer Success leadership team for the TAM opening. They were impressed with your technical depth, but ultimately they're prioritizing candidates with direct experience in revenue-operations tooling, so we won't be moving forward for this one.\n\nI'm sorry it's not better news twice in a row. I'll keep you top of mind for future SE openings in Austin.\n\nHappy holidays,\nKelsey",
    ),
    # --- 2 Corvalis (Lever; Corvalis Technologies, Inc.; CVL) ---------------------------------
    m(
        "71311",
        "2025-12-08 12:40",
        "Corvalis <no-reply@hire.lever.co>",
        "Thank you for your application to Corvalis",
        A("confirmation", CV, CVR, 2, "lever"),
        "Rafael,\n\nThank you for applying for the Senior Solutions Engineer position at Corvalis. We're excited that you're interested in helping us build the data platform for modern field operations.\n\nOur team will review your application and be in touch if there's a match.\n\nCorvalis Talent\n\nCorvalis Technologies, Inc. | 600 Congress Ave, Austin, TX 78701",
    ),
    m(
        "71333",
        "2025-12-15 09:58",
        "Jordan Whitlow <jordan@corvalis.io>",
        "Corvalis SE - intro call",
        A("interview", CV, CVR, 2, "direct"),
        "Hey Rafael,\n\nJordan here, I lead recruiting for our go-to-market team at Corvalis. Your background in post-sales integrations caught my eye. Can we find 30 minutes this week? Here's my Calendly: https://calendly.com/jordan-whitlow-cvl/30min\n\nCheers,\nJordan Whitlow\nRecruiting Lead, GTM | Corvalis",
    ),
    m(
        "71336",
        "2025-12-15 15:17",
        "Calendly <notifications@calendly.com>",
        "New Event: Jordan Whitlow - 30 Minute Meeting",
        A("interview", CV, CVR, 2, "other"),
        "Hi Rafael Espinoza-Hart,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Meeting\nInvitee: Jordan Whitlow (Corvalis)\nEvent Date/Time: 10:00am - 10:30am, Thursday, December 18, 2025 (Central Time - US & Canada)\nLocation: Zoom - https://us06web.zoom.us/j/81234400912\n\nNeed to make changes to this event? Cancel or Reschedule\n\nPowered by Calendly",
        ics=inv(
            "cal-9f1a2c@calendly.com",
            "2025-12-18 10:00",
            "Rafael Espinoza-Hart and Jordan Whitlow",
            ("Jordan Whitlow", "jordan@corvalis.io"),
            30,
            "Corvalis intro call. Zoom: https://us06web.zoom.us/j/81234400912",
            "https://us06web.zoom.us/j/81234400912",
        ),
    ),
    m(
        "71360",
        "2026-01-05 11:20",
        "Jordan Whitlow <jordan@corvalis.io>",
        "CVL take-home: Solutions Engineer demo exercise",
        A("assessment", CV, CVR, 2, "direct"),
        "Hi Rafael,\n\nGreat chatting before the break - the hiring team wants to move you forward! The next step is a short take-home so we can see how you'd approach a real customer scenario.\n\nAttached is the prompt. You'll build a lightweight demo against our sandbox API and prepare a 20-minute walkthrough for a fictional VP of Operations. Please plan on 3-4 hours, no more. Send it back by Tuesday, January 13 and we'll schedule the panel.\n\nSandbox credentials will arrive in a separate email.\n\nThanks,\nJordan",
        attach=[
            (
                "CVL_SE_Take_Home.md",
                "text/markdown",
                "# Corvalis SE exercise\n\nScenario: Harlow Pipe & Supply wants to sync technician work orders...\n",
            )
        ],
    ),
    m(
        "71383",
        "2026-01-14 17:46",
        "ModernLoop <scheduling@modernloop.io>",
        "Your virtual onsite with Corvalis is confirmed",
        A("interview", CV, CVR, 2, "other"),
        text="Hi Rafael,\n\nYour interview schedule with Corvalis Technologies, Inc. is confirmed.\n\nTuesday, January 20, 2026 (Central Time)\n12:00 PM - 12:45 PM  Take-home walkthrough - Priya Natarajan, Dana Kim\n12:45 PM - 1:30 PM   Technical deep dive - Marcus Bell\n1:45 PM - 2:30 PM    Customer scenario role-play - Alison Reyes\n2:30 PM - 3:00 PM    Hiring manager - Theo Barrington, Director of Solutions Engineering\n\nAll sessions use the same Zoom link: https://corvalis.zoom.us/j/97760031184\n\nPlease join a few minutes early. Good luck!\n\nSent by ModernLoop on behalf of Corvalis",
        ics=inv(
            "ml-cvl-20260120-rh@modernloop.io",
            "2026-01-20 12:00",
            "Corvalis Virtual Onsite - Rafael Espinoza-Hart (Senior Solutions Engineer)",
            ("Corvalis Recruiting", "recruiting@corvalis.io"),
            180,
            "Panel interview, four sessions. Zoom: https://corvalis.zoom.us/j/97760031184",
            "https://corvalis.zoom.us/j/97760031184",
            [("Theo Barrington", "theo.barrington@corvalis.io")],
        ),
    ),
    m(
        "71398",
        "2026-01-23 09:12",
        "Jordan Whitlow <jordan@corvalis.io>",
        "Quick call today?",
        A("interview", CV, CVR, 2, "direct"),
        "Hi Rafael,\n\nThanks again for spending your Tuesday afternoon with the team. Do you have 15 minutes this afternoon? Theo and I would like to share some news and talk through next steps. Anytime after 2pm works on my end.\n\nJordan",
    ),
    m(
        "71405",
        "2026-01-26 10:03",
        "Corvalis Technologies via DocuSign <dse_NA3@docusign.net>",
        "Please DocuSign: Corvalis Offer Letter - Rafael Espinoza-Hart",
        A("offer", CV, CVR, 2, "docusign"),
        html="<html><body><table width='100%'><tr><td><p>Jordan Whitlow sent you a document to review and sign.</p><p><a href='https://na3.docusign.net/Signing/EmailStart.aspx?a=4c1f'>REVIEW DOCUMENT</a></p><p><b>Jordan Whitlow</b><br>jordan@corvalis.io</p><p>Hi Rafael - as discussed, attached is your offer letter for the Senior Solutions Engineer role. Please review and sign by January 30. Welcome (almost) to the team!</p><p style='font-size:11px;color:#666'>Do Not Share This Email. This email contains a secure link to DocuSign.</p><p style='font-size:11px;color:#666'>About DocuSign: Sign documents electronically in just minutes.</p></td></tr></table></body></html>",
    ),
    m(
        "71410",
        "2026-01-28 18:40",
        "Corvalis Technologies via DocuSign <dse_NA3@docusign.net>",
        "Completed: Corvalis Offer Letter - Rafael Espinoza-Hart",
        A("offer", CV, CVR, 2, "docusign"),
        html="<html><body><p>All parties have completed <b>Corvalis Offer Letter - Rafael Espinoza-Hart</b>.</p><p><a href='https://na3.docusign.net/Member/EmailStart.aspx?a=77d0'>VIEW COMPLETED DOCUMENT</a></p><p style='font-size:11px;color:#666'>Powered by DocuSign</p></body></html>",
        st="accepted",
    ),
    m(
        "71412",
        "2026-01-29 08:30",
        "Checkr <no-reply@checkr.com>",
        "Corvalis Technologies, Inc. has requested a background check",
        ("other_job", CV, CVR, None, "other", "en"),
        "Hi Rafael,\n\nCorvalis Technologies, Inc. has partnered with Checkr to complete your background check as part of your offer.\n\nPlease complete your information here: https://apply.checkr.com/invite/corvalis/3e9b1\n\nThis link expires in 7 days. Checkr, Inc. | One Montgomery Street, San Francisco, CA",
    ),
    m(
        "71419",
        "2026-02-04 14:55",
        "Checkr <no-reply@checkr.com>",
        "Your background check is complete",
        ("other_job", CV, CVR, None, "other", "en"),
        "Hi Rafael,\n\nYour background check for Corvalis Technologies, Inc. is complete and the results have been shared with the company. You can view your report at any time in the Checkr Candidate Portal.\n\nCheckr",
    ),
]

# --- 3 Meridian Ledger, TAM (Ashby): ghosted ---------------------------------------------------
MAIL += [
    m(
        "71292",
        "2025-09-05 21:14",
        "Meridian Ledger Hiring Team <no-reply@ashbyhq.com>",
        "Thanks for applying to Meridian Ledger",
        A("confirmation", ML, MLR, 3, "ashby"),
        html="<html><body><div style='font-family:Helvetica,Arial'><p>Hi Rafael,</p><p>Thanks for applying to the <strong>Technical Account Manager</strong> role at Meridian Ledger. We've received your application and will review it carefully.</p><p>We aim to get back to every applicant within two weeks.</p><p>- Meridian Ledger Recruiting</p><p style='color:#999;font-size:11px'>Powered by Ashby</p></div></body></html>",
    ),
    # --- 4 Halvorsen Health (Workday, mail from parent Halvorsen Holdings) ----------------------
    m(
        "71301",
        "2025-09-11 07:52",
        "Halvorsen Holdings <halvorsen@myworkday.com>",
        "Application Received - Solutions Engineer - Healthcare Interoperability (R-0048812)",
        A("confirmation", HH, HHR, 4, "workday"),
        "Dear Rafael Espinoza-Hart,\n\nThank you for your interest in Halvorsen Health, a Halvorsen Holdings company. We have received your application for the position of Solutions Engineer - Healthcare Interoperability (R-0048812).\n\nYou may check the status of your application at any time by logging into our Candidate Home.\n\nIf you are selected to move forward, a member of our Talent Acquisition team will contact you. If you are not selected, you will be notified by email.\n\nSincerely,\nHalvorsen Holdings Talent Acquisition\n\nHalvorsen Holdings, Inc. is an Equal Opportunity Employer.",
    ),
    m(
        "71377",
        "2025-10-06 15:30",
        "Halvorsen Holdings <halvorsen@myworkday.com>",
        "Update on your application",
        A("rejection", HH, HHR, 4, "workday"),
        "Dear Rafael,\n\nThank you for your interest in the Solutions Engineer - Healthcare Interoperability position (R-0048812) with Halvorsen Health.\n\nWe have reviewed your qualifications and, while your background is impressive, we have decided to pursue other candidates whose experience more closely aligns with the requirements of this position.\n\nWe encourage you to review other opportunities across Halvorsen Holdings and apply for any that match your interests.\n\nRegards,\nTalent Acquisition\nHalvorsen Holdings, Inc.",
    ),
    # --- 5 Quarrystone (iCIMS) -----------------------------------------------------------------
    m(
        "71318",
        "2025-09-17 11:08",
        "Quarrystone Careers <quarrystone-talent@talent.icims.com>",
        "Thank you for applying - Sr. Technical Account Manager",
        A("confirmation", QS, QSR, 5, "icims"),
        "Hello Rafael,\n\nThank you for applying for the Sr. Technical Account Manager (Req #2025-3391) position at Quarrystone. Your application has been successfully submitted.\n\nUnfortunately, due to the high number of applicants, we are unable to personally respond to every submission. Our recruiters will contact candidates whose qualifications best match the requirements of the role.\n\nThank you,\nQuarrystone Talent Acquisition",
    ),
    m(
        "71349",
        "2025-09-29 10:44",
        "Marla Feeney <mfeeney@quarrystone.com>",
        "Interview invitation: Sr. Technical Account Manager",
        A("interview", QS, QSR, 5, "direct"),
        "Hi Rafael,\n\nI'm the recruiter supporting the Sr. TAM opening on our Enterprise Success team. The hiring manager, Glen Osterhout, would like to schedule a 45-minute video interview with you.\n\nWould any of these work (all Central)?\n- Thu 10/2, 1:00pm\n- Fri 10/3, 10:00am\n- Mon 10/6, 3:30pm\n\nBest regards,\nMarla Feeney\nTalent Acquisition Partner\nQuarrystone | Building smarter supply chains",
    ),
    m(
        "71352",
        "2025-09-30 08:17",
        "Marla Feeney <mfeeney@quarrystone.com>",
        "Invitation: Quarrystone Interview - Rafael Espinoza-Hart / Glen Osterhout @ Fri Oct 3, 2025 10am - 10:45am (CDT)",
        A("interview", QS, QSR, 5, "direct"),
        "You have been invited to the following event.\n\nQuarrystone Interview - Rafael Espinoza-Hart / Glen Osterhout\nFriday Oct 3, 2025 10am - 10:45am (Central Time - Chicago)\nJoining info: Join with Zoom https://quarrystone.zoom.us/j/93301288700\n\nInvitation from Google Calendar",
        ics=inv(
            "3kq0ov8a1b@google.com",
            "2025-10-03 10:00",
            "Quarrystone Interview - Rafael Espinoza-Hart / Glen Osterhout",
            ("Marla Feeney", "mfeeney@quarrystone.com"),
            45,
            "Zoom: https://quarrystone.zoom.us/j/93301288700",
            "https://quarrystone.zoom.us/j/93301288700",
            [("Glen Osterhout", "gosterhout@quarrystone.com")],
        ),
    ),
    m(
        "71391",
        "2025-10-14 16:02",
        "Quarrystone Careers <quarrystone-talent@talent.icims.com>",
        "Your Application Status - Quarrystone",
        A("rejection", QS, QSR, 5, "icims"),
        "Dear Rafael,\n\nThank you for the time you invested in interviewing for the Sr. Technical Account Manager position. We appreciated the opportunity to get to know you and learn about your experience.\n\nAfter much deliberation, we have selected another candidate whose skills more closely match our current needs.\n\nWe wish you success in your search.\n\nQuarrystone Talent Acquisition",
    ),
    # --- 6 Tessellate AI (Jobvite): withdrawn --------------------------------------------------
    m(
        "71324",
        "2025-09-19 13:33",
        "Tessellate AI Recruiting <notification@jobvite.com>",
        "Thank you for your interest in Tessellate AI",
        A("confirmation", TS, TSR, 6, "other"),
        "Dear Rafael,\n\nThank you for applying to the Solutions Architect opening at Tessellate AI. We've received your materials and our recruiting team will be in touch should your experience match our needs.\n\nRegards,\nTessellate Talent Team",
    ),
]
ts_wd = m(
    "71364",
    "2025-10-02 19:10",
    "Rafael Espinoza-Hart <rafa.espinozahart@gmail.com>",
    "Withdrawing my application - Solutions Architect",
    ("other_job", TS, TSR, None, "direct", "en"),
    "Hi Tessellate recruiting team,\n\nI wanted to let you know that I'd like to withdraw my application for the Solutions Architect role. After learning more about the position's travel requirements (60%+), I don't think it's the right fit for me at this time.\n\nThank you for your consideration, and best of luck filling the role."
    + SIG,
    to="Tessellate AI Recruiting <recruiting@tessellate.ai>",
)
MAIL += [
    # (the withdrawal itself went out from Sent mail; only the reply is in the inbox)
    m(
        "71368",
        "2025-10-03 10:21",
        "Noor Haddad <noor.haddad@tessellate.ai>",
        "RE: Withdrawing my application - Solutions Architect",
        A("confirmation", TS, TSR, 6, "direct"),
        "Hi Rafael,\n\nThanks for the heads up, and for being upfront about the travel piece. I've withdrawn your application in our system. If the remote-first SA role we're planning for Q1 opens up, I'll reach out.\n\nBest,\nNoor Haddad\nTechnical Recruiter, Tessellate AI\n\n-----Original Message-----\nFrom: Rafael Espinoza-Hart\nSent: Thursday, October 2, 2025 7:10 PM\nSubject: Withdrawing my application - Solutions Architect\n\nI wanted to let you know that I'd like to withdraw my application for the Solutions Architect role.",
        st="withdrawn",
        **reply(ts_wd),
    ),
    # --- 7 Pinecrest Software (SmartRecruiters) ------------------------------------------------
    m(
        "71327",
        "2025-09-20 10:05",
        "Pinecrest Software <noreply@smartrecruiters.com>",
        "Thank you for your application - Customer Solutions Engineer",
        A("confirmation", PC, PCR, 7, "smartrecruiters"),
        html="<html><body><p>Dear Rafael,</p><p>Thank you for your application for the <b>Customer Solutions Engineer</b> position at <b>Pinecrest Software</b>. We have successfully received it.</p><p>We will review your profile and get back to you. You can follow your application status in your SmartRecruiters candidate profile.</p><p>Kind regards,<br>Pinecrest Software Recruiting</p></body></html>",
    ),
    m(
        "71387",
        "2025-10-10 12:48",
        "Pinecrest Software <noreply@smartrecruiters.com>",
        "Your application for Customer Solutions Engineer",
        A("rejection", PC, PCR, 7, "smartrecruiters"),
        "Dear Rafael,\n\nThank you for your interest in Pinecrest Software and for the time you spent on your application.\n\nWe have reviewed your application carefully, and we won't be moving forward with your candidacy for the Customer Solutions Engineer role at this time.\n\nWe will keep your profile on file and may contact you if a suitable role opens up.\n\nKind regards,\nPinecrest Software Recruiting",
    ),
]

# --- 8 agency: Keystone Talent Partners, client named late (Vantage Shield) -------------------
ks1 = m(
    "71330",
    "2025-09-22 08:02",
    "Brett Lindqvist <blindqvist@keystonetalent.com>",
    "Contract-to-hire TAM opportunity - cybersecurity client (Austin hybrid)",
    ("outreach", None, VSR, None, "agency", "en"),
    "Hi Rafael,\n\nI came across your profile and think you'd be a strong fit for an Enterprise Technical Account Manager role I'm recruiting for. My client is a well-funded cybersecurity company with a big Austin presence (I can share the name once we connect).\n\n- 6-month contract-to-hire, W2\n- $70-78/hr on contract, conversion salary $145-160K + bonus\n- Hybrid, 2 days/week in North Austin (Domain area)\n- Supporting 8-10 Fortune 500 accounts on an endpoint security platform\n\nWould you have 15 minutes tomorrow or Wednesday to talk?\n\nBrett Lindqvist\nSenior Technical Recruiter\nKeystone Talent Partners\n(512) 555-0190",
)
ks2 = m(
    "71346",
    "2025-09-25 17:25",
    "Brett Lindqvist <blindqvist@keystonetalent.com>",
    "RE: Contract-to-hire TAM opportunity - cybersecurity client (Austin hybrid)",
    A("confirmation", VS, VSR, 8, "agency"),
    "Rafael,\n\nThanks for the call earlier and for the go-ahead. As promised: the client is Vantage Shield. I've submitted your resume to their hiring manager, Dominic Acevedo, for the Enterprise TAM (contract-to-hire) role with the rate we discussed ($76/hr).\n\nThey typically turn feedback around in 3-5 business days. I'll be in touch as soon as I hear anything.\n\nThanks,\nBrett\n\nBrett Lindqvist | Keystone Talent Partners",
    **reply(ks1),
)
MAIL += [
    ks1,
    ks2,
    m(
        "71372",
        "2025-10-03 14:40",
        "Brett Lindqvist <blindqvist@keystonetalent.com>",
        "Vantage Shield interview - Tuesday 10/7 @ 1pm CT",
        A("interview", VS, VSR, 8, "agency"),
        "Hi Rafael,\n\nGreat news - Vantage Shield wants to meet you! Dominic Acevedo (Sr. Manager, Technical Account Management) will do a 45 minute Teams interview on Tuesday 10/7 at 1:00pm CT. You'll get a calendar invite directly from their team.\n\nSome prep tips: they care a lot about escalation handling and how you've run QBRs. Call me Monday if you want to do a quick prep session.\n\nBrett",
    ),
    m(
        "71376",
        "2025-10-04 09:31",
        "Dominic Acevedo <dominic.acevedo@vantageshield.com>",
        "Invitation: Rafael Espinoza-Hart / Vantage Shield - TAM interview @ Tue Oct 7, 2025 1pm - 1:45pm (CDT)",
        A("interview", VS, VSR, 8, "direct"),
        "You have been invited to the following event.\n\nRafael Espinoza-Hart / Vantage Shield - TAM interview\nTuesday Oct 7, 2025 1pm - 1:45pm (Central Time - Chicago)\nJoining info: Microsoft Teams meeting (link in description)\n\nInvitation from Google Calendar",
        ics=inv(
            "vs-tam-71376@vantageshield.com",
            "2025-10-07 13:00",
            "Rafael Espinoza-Hart / Vantage Shield - TAM interview",
            ("Dominic Acevedo", "dominic.acevedo@vantageshield.com"),
            45,
            "Join on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_vs7781",
            "Microsoft Teams Meeting",
        ),
    ),
    m(
        "71394",
        "2025-10-15 11:11",
        "Brett Lindqvist <blindqvist@keystonetalent.com>",
        "Update on Vantage Shield",
        A("confirmation", VS, VSR, 8, "agency"),
        "Hi Rafael,\n\nWanted to give you a quick update. Dominic really liked your interview, but Vantage Shield just put a freeze on all contractor conversions through the end of the year while they work through budget planning. The role is on hold for now - not closed.\n\nI'll let you know the moment it opens back up. In the meantime I'll keep an eye out for anything similar.\n\nBrett",
        st="on_hold",
    ),
]

MAIL += [
    m(
        "71470",
        "2026-02-04 12:26",
        "Brett Lindqvist <blindqvist@keystonetalent.com>",
        "RE: Update on Vantage Shield",
        A("confirmation", VS, VSR, 8, "agency"),
        "Hi Rafael,\n\nCongrats on the new role - well deserved! Funny timing: Vantage Shield just told me the TAM req is unfrozen. Per your note I've let Dominic know you're withdrawing from consideration, so you're all set on our end.\n\nIf you ever need a contractor for your team at Corvalis, you know where to find me.\n\nBrett\n\nBrett Lindqvist | Keystone Talent Partners",
        st="withdrawn",
    ),
]
