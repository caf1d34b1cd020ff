# ruff: noqa: E501, RUF100
"""Corpus 147, job mail part two (data only): see heldout147.py."""

from __future__ import annotations

from typing import Any

from heldout147_jobs import (
    AB,
    ABR,
    BW,
    BWR,
    DVU,
    DVUR,
    GB,
    GBR,
    IM,
    IMR,
    LB,
    LBR,
    LP,
    LPR,
    MHB,
    NP,
    NPR,
    OC,
    OCR,
    SBH,
    SBHR,
    SP,
    SPR,
    TM,
    TMR,
    A,
    J,
    ics,
    m,
    reply,
)

# --- Ironwood Mutual (Oracle Recruiting Cloud): the offer he accepts ---------------------------

_im_tc = m(
    "f4k9",
    "2025-09-30 12:00",
    "Ironwood Mutual Careers <no-reply@fa.ca3.oraclecloud.com>",
    "Welcome to the Ironwood Talent Community",
    J("alert", "oracle", IM),
    html="""<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:620px;margin:0 auto">
<div style="background:#2f4a2c;padding:18px"><img src="https://careers.ironwoodmutual.example/img/logo-white.png" alt="Ironwood Mutual" height="30"></div>
<h2 style="color:#2f4a2c">You're in. Welcome to our Talent Community.</h2>
<p>Hi Oluwaseun,</p>
<p>Thanks for joining the Ironwood Talent Community. We'll send you job alerts that match the interests you selected:</p>
<ul><li>Finance &amp; Accounting</li><li>Toronto, ON / Waterloo, ON / Remote - Canada</li></ul>
<p>For more than 120 years, The Ironwood Mutual Life Assurance Company of Canada has helped families protect what matters. Today, more than 6,000 of us work across Canada in life, health and group benefits.</p>
<p><a href="https://careers.ironwoodmutual.example/jobs?src=tc_welcome">Browse open roles</a></p>
<p style="font-size:11px;color:#777">You're receiving this email because you joined the Ironwood Mutual Talent Community. <a href="https://careers.ironwoodmutual.example/tc/unsubscribe">Update preferences or unsubscribe</a>.<br>
Ironwood Mutual, 200 King St. W., Toronto, ON M5H 3T4</p>
</div></body></html>""",
    headers={"List-Unsubscribe": "<https://careers.ironwoodmutual.example/tc/unsubscribe>"},
)

_im_code = m(
    "t6b1",
    "2025-10-15 07:41",
    "Ironwood Mutual Careers <no-reply@fa.ca3.oraclecloud.com>",
    "Your one-time passcode",
    J("other_job", "oracle", IM),
    text="""Use this one-time passcode to confirm your identity and continue your job application:

483 902

This code expires in 10 minutes. If you didn't request it, you can safely ignore this email.

Ironwood Mutual Careers
""",
)

_im_conf = m(
    "s2w8",
    "2025-10-15 08:03",
    "Ironwood Mutual Careers <no-reply@fa.ca3.oraclecloud.com>",
    "Thank you for your job application",
    A("confirmation", IM, IMR, 13, "oracle"),
    text="""Dear Oluwaseun,

Thank you for applying to Ironwood Mutual. We received your application for the position below:

Manager, Financial Planning & Analysis (Group Benefits)
Job ID: 25003412
Location: Toronto, ON - hybrid (3 days in office)

Our recruiting team will review your qualifications, and if there is a match, a recruiter will contact you. You can track your application by signing in to your candidate profile:
https://ecsb.fa.ca3.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/my-profile

Ironwood Mutual is committed to an inclusive and barrier-free recruitment experience. If you require accommodation, please contact accessibility.recruiting@ironwoodmutual.example.

Sincerely,
Talent Acquisition
The Ironwood Mutual Life Assurance Company of Canada
""",
)

_im_shl = m(
    "e1h4",
    "2025-10-21 09:30",
    "SHL on behalf of Ironwood Mutual <noreply@shl.com>",
    "Ironwood Mutual - your online assessment",
    A("assessment", IM, IMR, 13, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Oluwaseun Adeyemi-Kowalczyk,</p>
<p>Thank you for your application for the role of <b>Manager, Financial Planning &amp; Analysis</b> at Ironwood Mutual.</p>
<p>As part of the selection process, you are invited to complete the following online assessments:</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Verify - Numerical Reasoning</td><td>approx. 25 minutes (timed)</td></tr>
<tr><td>Occupational Personality Questionnaire (OPQ32r)</td><td>approx. 25 minutes (untimed)</td></tr>
</table>
<p>Please complete both assessments by <b>28 October 2025</b>. Find a quiet place and make sure you won't be interrupted. You will need a calculator and some scrap paper for the numerical test.</p>
<p><a href="https://ca.shl.com/candidate/login?token=IWM-7Q2L-8XKD">Start my assessments</a></p>
<p>If you require adjustments to the assessment due to a disability, please contact the Ironwood recruiter before starting.</p>
<p>Kind regards,<br>SHL Candidate Support on behalf of Ironwood Mutual</p>
<p style="font-size:10px;color:#888">This email was sent by SHL on behalf of the organization named above. SHL processes your data according to its privacy notice: https://www.shl.com/legal/privacy/</p>
</body></html>""",
)

_im_int = m(
    "n8r0",
    "2025-10-30 16:18",
    "Priya Raman <priya.raman@ironwoodmutual.example>",
    "Interview - Manager, FP&A (Group Benefits)",
    A("interview", IM, IMR, 13, "direct"),
    text="""Hi Oluwaseun,

Thank you for completing the SHL assessments. I'm happy to let you know that Daniel Okafor, Director, FP&A - Group Benefits, would like to meet you.

I've sent a Teams invite for Tuesday, November 4 at 10:00 a.m. (45 minutes). Daniel will talk about the team and the planning cycle, and ask about your experience with driver-based forecasting and partnering with operations.

Please accept the invitation or let me know if another time suits better.

Kind regards,

Priya Raman | Senior Talent Advisor, Corporate Functions
Ironwood Mutual
200 King St. W., Toronto, ON
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D2E1A3B9",
        "2025-11-04 10:00",
        "Ironwood Mutual - Interview - Manager, FP&A (Group Benefits)",
        ("Priya Raman", "priya.raman@ironwoodmutual.example"),
        style="outlook",
        minutes=45,
        location="Microsoft Teams Meeting",
        attendees=[("Daniel Okafor", "daniel.okafor@ironwoodmutual.example")],
    ),
)

_im_move = m(
    "d3c7",
    "2025-10-31 08:52",
    "Priya Raman <priya.raman@ironwoodmutual.example>",
    "Updated invitation: Ironwood Mutual - Interview - Manager, FP&A (Group Benefits)",
    A("interview", IM, IMR, 13, "direct"),
    text="""Hi Oluwaseun,

Apologies for the shuffle - Daniel has been pulled into a board pre-read on Tuesday morning. Could we move your conversation to Thursday, November 6 at 2:00 p.m.? Same Teams link; the updated invite is attached.

If Thursday doesn't work, just let me know.

Thanks for your flexibility,
Priya
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D2E1A3B9",
        "2025-11-06 14:00",
        "Ironwood Mutual - Interview - Manager, FP&A (Group Benefits)",
        ("Priya Raman", "priya.raman@ironwoodmutual.example"),
        style="outlook",
        minutes=45,
        sequence=1,
        location="Microsoft Teams Meeting",
        attendees=[("Daniel Okafor", "daniel.okafor@ironwoodmutual.example")],
    ),
)

_im_case = m(
    "i5v2",
    "2025-11-12 11:37",
    "Priya Raman <priya.raman@ironwoodmutual.example>",
    "Next stage - case presentation to the panel",
    A("interview", IM, IMR, 13, "direct"),
    text="""Hi Oluwaseun,

Daniel really enjoyed your conversation, and we'd like to invite you to the next stage: a case presentation to a panel.

When: Thursday, November 20, 10:00 - 11:30 a.m.
Where: 200 King St. W., 14th floor, room "Maple" (please bring photo ID for the lobby)
Panel: Daniel Okafor (Director, FP&A - Group Benefits), Sofia Reyes (AVP, Finance Business Partnering), Kevin Tran (Manager, Pricing & Underwriting Analytics)

The case is attached. You'll have 20 minutes to present (no more than 8 slides), followed by Q&A and a broader interview. The case covers a plan-vs-actual miss in our dental line and asks how you'd rebuild the forecast and explain it to the business.

Please let me know if you need any accommodation.

Best,
Priya
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000E7F1C402",
        "2025-11-20 10:00",
        "Panel / case presentation - Manager, FP&A (Group Benefits) - O. Adeyemi-Kowalczyk",
        ("Priya Raman", "priya.raman@ironwoodmutual.example"),
        style="outlook",
        minutes=90,
        location="200 King St. W., 14th floor - Maple",
        attendees=[
            ("Daniel Okafor", "daniel.okafor@ironwoodmutual.example"),
            ("Sofia Reyes", "sofia.reyes@ironwoodmutual.example"),
            ("Kevin Tran", "kevin.tran@ironwoodmutual.example"),
        ],
    ),
    attach=[
        (
            "IWM_FPA_case_GroupDental_Q3.txt",
            "text/plain",
            "CONFIDENTIAL - FOR INTERVIEW USE ONLY\nGroup Dental: Q3 plan vs actual\nClaims cost per member: plan $41.20, actual $46.85\n",
        )
    ],
)

_im_ooo = m(
    "o2j6",
    "2025-11-21 07:14",
    "Priya Raman <priya.raman@ironwoodmutual.example>",
    "Automatic reply: Thank you - case presentation",
    J("other_job", "direct", IM),
    text="""Thank you for your email. I am out of the office until Monday, November 24 with limited access to email.

For urgent recruiting matters, please contact talent.acquisition@ironwoodmutual.example.

Priya Raman | Senior Talent Advisor
Ironwood Mutual
""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
)

_im_final = m(
    "u7p3",
    "2025-12-11 15:05",
    "Priya Raman <priya.raman@ironwoodmutual.example>",
    "Final conversation with our CFO",
    A("interview", IM, IMR, 13, "direct"),
    text="""Hi Oluwaseun,

Thanks for your patience. The panel was unanimous, and our CFO, Margaret Lindqvist, would like to meet you for a final conversation before the holidays.

Tuesday, December 16, 8:30 - 9:00 a.m., at 200 King St. W., 22nd floor (her assistant will meet you at reception).

It will be an informal conversation - no preparation needed.

Best,
Priya
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F0C2A9D1",
        "2025-12-16 08:30",
        "Coffee with Margaret Lindqvist (CFO) - O. Adeyemi-Kowalczyk",
        ("Priya Raman", "priya.raman@ironwoodmutual.example"),
        style="outlook",
        minutes=30,
        location="200 King St. W., 22nd floor",
        attendees=[("Margaret Lindqvist", "margaret.lindqvist@ironwoodmutual.example")],
    ),
)

_im_offer = m(
    "c6m8",
    "2026-01-07 17:44",
    "Priya Raman <priya.raman@ironwoodmutual.example>",
    "Ironwood Mutual - conditional offer",
    A("offer", IM, IMR, 13, "direct"),
    text="""Hi Oluwaseun,

Happy new year! Following our call this afternoon, I'm delighted to confirm in writing that Ironwood Mutual would like to offer you the position of Manager, Financial Planning & Analysis (Group Benefits), reporting to Daniel Okafor.

Highlights of the offer:
- Base salary: $128,500 per year
- Annual incentive: target 12% of base salary
- Group RRSP: Ironwood matches 100% of your contributions up to 4% of salary, plus a 2% DPSP contribution
- Flexible benefits (health, dental, vision, life and disability) from your first day
- 4 weeks' vacation plus 3 personal days
- CPA Ontario dues and PD reimbursed
- Start date: Monday, March 2, 2026

This offer is conditional on satisfactory reference checks and a background check (criminal record, credit, and verification of education and your CPA designation). You'll receive separate emails from Xref (references) and Sterling (background check) in the next few days. The formal offer letter will follow through DocuSign once those are underway.

Congratulations - everyone on the panel is excited to work with you.

Warm regards,
Priya

Priya Raman | Senior Talent Advisor, Corporate Functions
Ironwood Mutual
""",
)

_im_xref = m(
    "x4f1",
    "2026-01-09 10:12",
    "Xref <noreply@xref.com>",
    "Ironwood Mutual has requested your referees",
    J("other_job", "other", IM, IMR),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hi Oluwaseun,</p>
<p>Priya Raman from <b>Ironwood Mutual</b> has asked you to provide referees for the role of <b>Manager, Financial Planning &amp; Analysis (Group Benefits)</b>.</p>
<p>Please nominate <b>2 referees</b>, including at least one current or former direct manager. Your referees will be sent a short online questionnaire; it takes them about 10 minutes.</p>
<p><a href="https://app.xref.com/candidate/r/9KQ2-Z7TM" style="background:#00a6a6;color:#fff;padding:10px 20px;text-decoration:none">Add my referees</a></p>
<p>This request expires in 5 days.</p>
<p>Thanks,<br>The Xref team</p>
<p style="font-size:11px;color:#999">Xref is an automated reference checking platform used by Ironwood Mutual. Questions about the role? Contact your recruiter directly.</p>
</body></html>""",
)

_im_sterling = m(
    "q1s5",
    "2026-01-12 08:06",
    "Sterling Backcheck <noreply@sterlingcheck.com>",
    "Action required: complete your background screening for Ironwood Mutual",
    J("other_job", "other", IM, IMR),
    text="""Hello Oluwaseun,

Ironwood Mutual has asked Sterling to conduct a background screening in connection with your offer of employment.

Your screening includes:
- Criminal record check (name and date of birth)
- Credit check (Equifax Canada) - this is a soft inquiry and will not affect your credit score
- Education verification
- Professional designation verification (CPA Ontario)

To get started, please complete your consent and personal information form within 3 business days:
https://candidate.sterlingcheck.com/ca/start?ref=IWM-20260112-44819

You will need: government photo ID, your address history for the last 5 years, and your SIN is NOT required.

Questions? Contact Sterling candidate support at 1-877-555-0199 (Mon-Fri, 8 a.m.-8 p.m. ET).

Sterling Backcheck | sterlingcheck.com
""",
)

_im_ds = m(
    "b9y2",
    "2026-01-16 14:27",
    "Priya Raman via DocuSign <dse_NA4@docusign.net>",
    "Please DocuSign: Ironwood Mutual - Offer of Employment - O. Adeyemi-Kowalczyk.pdf",
    A("offer", IM, IMR, 13, "docusign"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<p style="font-size:12px;color:#555">DocuSign</p>
<p style="font-size:18px">Priya Raman sent you a document to review and sign.</p>
<p style="text-align:center"><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=4c1f2e1b-77c0-4a6e&amp;etti=24" style="background:#ffc820;color:#333;padding:10px 22px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
<p><b>Priya Raman</b><br>priya.raman@ironwoodmutual.example</p>
<p>Hi Oluwaseun,<br>Please review and sign your offer of employment. Reach out if you have any questions. Welcome aboard!</p>
<p style="font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.</p>
<p style="font-size:11px;color:#666"><b>About DocuSign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</p>
</td></tr></table></body></html>""",
)

_im_done = m(
    "k2e6",
    "2026-01-19 21:04",
    "DocuSign <dse_NA4@docusign.net>",
    "Completed: Ironwood Mutual - Offer of Employment - O. Adeyemi-Kowalczyk.pdf",
    A("offer", IM, IMR, 13, "docusign"),
    st="accepted",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td style="padding:24px">
<p style="font-size:18px">Your document has been completed</p>
<p>All parties have completed Ironwood Mutual - Offer of Employment - O. Adeyemi-Kowalczyk.pdf.</p>
<p><a href="https://na4.docusign.net/Member/EmailStart.aspx?m=8e2d-completed">VIEW COMPLETED DOCUMENT</a></p>
<p style="font-size:11px;color:#666">Powered by DocuSign. Do not share this email.</p>
</td></tr></table></body></html>""",
    attach=[
        (
            "Summary.txt",
            "text/plain",
            "Envelope ID: 4C1F2E1B77C04A6E\nSigners: Oluwaseun Adeyemi-Kowalczyk; Priya Raman\nStatus: Completed\n",
        )
    ],
)

_im_bg_done = m(
    "j8t4",
    "2026-01-22 12:48",
    "Sterling Backcheck <noreply@sterlingcheck.com>",
    "Your background screening is complete",
    J("other_job", "other", IM),
    text="""Hello Oluwaseun,

Your background screening requested by Ironwood Mutual is now complete, and the results have been shared with the employer.

You can request a copy of your report at any time through the candidate portal:
https://candidate.sterlingcheck.com/ca/reports

Thank you for using Sterling.
""",
)

_im_onb = m(
    "h5a3",
    "2026-01-27 10:31",
    "Ironwood People Onboarding <onboarding@ironwoodmutual.example>",
    "Welcome to Ironwood! Getting ready for March 2",
    J("other_job", "direct", IM, IMR),
    html="""<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
<p>Hi Oluwaseun,</p>
<p>Welcome to Ironwood Mutual! We're so glad you're joining the Finance team as Manager, Financial Planning &amp; Analysis.</p>
<p><b>Before your first day</b></p>
<ol>
<li>Complete your new-hire forms in Workday (TD1 federal and Ontario, direct deposit, emergency contacts) - you'll receive a separate login by February 16.</li>
<li>Enrol in your flexible benefits within 31 days of your start date.</li>
<li>Set up your Group RRSP account with our record-keeper - details in your welcome package.</li>
</ol>
<p><b>Your first day:</b> Monday, March 2, 9:00 a.m., 200 King St. W., main lobby. Daniel will meet you there and Corporate Security will take your badge photo.</p>
<p>See you soon!<br>People Onboarding, Ironwood Mutual</p>
</body></html>""",
)

# --- Brightwater Cold Chain, through Halvorsen Finance Staffing (client named late) -----------

_bw_out = m(
    "a3n5",
    "2025-10-22 12:26",
    "Jenna McAllister <jenna.mcallister@halvorsenstaffing.example>",
    "Finance Manager opportunity - Mississauga (confidential)",
    J("outreach", "agency", None, BWR),
    text="""Hi Oluwaseun,

I hope you don't mind the direct note - I came across your profile and your experience in freight and logistics FP&A stood out.

I'm working on a confidential search for a Finance Manager with a leading temperature-controlled logistics provider in Mississauga. It's a newly created role reporting to the VP Finance, leading a team of 3 analysts, owning the budget and monthly forecast, and partnering with operations on warehouse and fleet economics.

- Salary $115K-$130K + 10% bonus
- Hybrid, 3 days on site
- CPA required

Would you be open to a quick call this week? I can share more about the client once we've spoken.

Best regards,

Jenna McAllister
Senior Recruitment Manager, Finance & Accounting
Halvorsen Finance Staffing
T 905-555-0121 | halvorsenstaffing.example

Halvorsen Finance Staffing is an equal opportunity employment agency. To stop receiving job opportunities from us, reply STOP.
""",
)

_bw_sub = m(
    "r6u0",
    "2025-10-24 15:58",
    "Jenna McAllister <jenna.mcallister@halvorsenstaffing.example>",
    "Submitted - Finance Manager (ref. HFS-44871)",
    A("confirmation", BW, BWR, 14, "agency"),
    text="""Hi Seun,

Great speaking with you yesterday! As discussed, I've submitted your resume to my client for the Finance Manager role (our ref. HFS-44871), along with my notes on your Northbridge experience and your salary expectations.

The hiring manager is reviewing profiles this week and I expect to have feedback by early next week. I'll call you as soon as I hear anything.

In the meantime, please don't apply to the role directly or through another agency - it can complicate things with the client.

Talk soon,
Jenna
""",
    **reply(_bw_out["id"], "<CAF7uPq5hW1q@mail.gmail.com>"),
)

_bw_int = m(
    "w2g8",
    "2025-11-04 09:40",
    "Jenna McAllister <jenna.mcallister@halvorsenstaffing.example>",
    "Interview confirmed - Brightwater Cold Chain",
    A("interview", BW, BWR, 14, "agency"),
    text="""Hi Seun,

Good news - the client would like to meet you! Now that we're at interview stage I can tell you who it is: Brightwater Cold Chain Logistics Ltd.

Interview details:
Date: Tuesday, November 11, 2025
Time: 9:00 a.m. (about 60 minutes)
Where: 6100 Dixie Road, Mississauga - ask for Martin Beaulieu at reception (parking at the back of the building)
With: Martin Beaulieu (VP Finance) and Angela Szabo (Director, Operations)

Martin is very numbers-driven, so expect questions on cost per pallet and how you'd set up monthly forecasting with the DC managers. Angela cares a lot about how finance talks to operations - your stories from Northbridge will land well.

Let's do a quick prep call Monday evening if you're free.

Jenna

Jenna McAllister
Senior Recruitment Manager, Finance & Accounting
Halvorsen Finance Staffing
""",
)

_bw_rej = m(
    "y1d9",
    "2025-11-19 17:35",
    "Jenna McAllister <jenna.mcallister@halvorsenstaffing.example>",
    "Brightwater update",
    A("rejection", BW, BWR, 14, "agency"),
    text="""Hi Seun,

I just got off the phone with Martin. He really enjoyed meeting you and said your interview was excellent - particularly the way you handled the question on fleet cost allocation.

Unfortunately, they've decided to offer the role to an internal candidate who has been acting in the position since the summer. I know that's frustrating to hear after a strong interview, and I'm sorry.

I have a couple of other FP&A searches coming up in the new year that I think could be a fit. I'll be in touch.

Jenna
""",
)

# --- Ontario Capital Assets Corporation (SuccessFactors, eSkill) -----------------------------

_oc_conf = m(
    "g0l2",
    "2025-10-28 20:41",
    "OCAC Careers <noreply@successfactors.com>",
    "Your application for Senior Advisor, Financial Planning (Req 4471)",
    A("confirmation", OC, OCR, 15, "other"),
    text="""Dear Oluwaseun,

Thank you for your interest in joining Ontario Capital Assets Corporation (OCAC).

We have received your application for Senior Advisor, Financial Planning (Requisition 4471). Our team will review all applications after the posting closes on November 7, 2025.

OCAC is an agency of the Government of Ontario. As a condition of employment, successful candidates may be required to complete a criminal record check.

We thank all applicants; however, only those selected for an interview will be contacted.

OCAC Talent Acquisition
1 Dundas St. W., Toronto
""",
)

_oc_test = m(
    "v5o7",
    "2025-11-07 13:18",
    "eSkill Assessments <noreply@eskill.com>",
    "Ontario Capital Assets Corporation: skills assessment invitation",
    A("assessment", OC, OCR, 15, "other"),
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Hello Oluwaseun Adeyemi-Kowalczyk,</p>
<p>Ontario Capital Assets Corporation has invited you to complete an online skills assessment as part of your application for <b>Senior Advisor, Financial Planning</b>.</p>
<p><b>Assessment:</b> Microsoft Excel 365 - Advanced (financial modelling)<br>
<b>Duration:</b> 45 minutes<br>
<b>Deadline:</b> November 12, 2025</p>
<p>Click the link below to begin. Once started, the assessment must be completed in one sitting.</p>
<p><a href="https://www.eskill.com/start/?code=OCAC-EX-55102">https://www.eskill.com/start/?code=OCAC-EX-55102</a></p>
<p>Good luck!</p>
<p style="font-size:11px;color:#888">This message was sent by eSkill Corporation on behalf of Ontario Capital Assets Corporation.</p>
</body></html>""",
)

_oc_int = m(
    "l4x6",
    "2025-11-27 11:02",
    "Deborah Kwan <dkwan@ocac-on.example>",
    "Interview invitation - Senior Advisor, Financial Planning",
    A("interview", OC, OCR, 15, "direct"),
    text="""Good morning Oluwaseun,

Thank you for completing the Excel assessment. We would like to invite you to an in-person interview for the Senior Advisor, Financial Planning position.

Wednesday, December 3, 2025, 10:00 - 11:00 a.m.
1 Dundas St. W., Suite 2000, Toronto (Dundas subway station)

The panel will include Rashid Benali, Director, Corporate Planning, and me. Please bring a copy of your resume. A calendar invitation is attached.

Regards,
Deborah Kwan
Manager, Financial Planning | Ontario Capital Assets Corporation
""",
    ics=ics(
        "6q2m8k0f3b7ocac@google.com",
        "2025-12-03 10:00",
        "OCAC interview - Senior Advisor, Financial Planning - Adeyemi-Kowalczyk",
        ("Deborah Kwan", "dkwan@ocac-on.example"),
        location="1 Dundas St. W., Suite 2000, Toronto",
        attendees=[("Rashid Benali", "rbenali@ocac-on.example")],
    ),
)

_oc_rej = m(
    "p9b3",
    "2026-01-09 14:21",
    "Deborah Kwan <dkwan@ocac-on.example>",
    "Your candidacy",
    A("rejection", OC, OCR, 15, "direct"),
    text="""Hello Oluwaseun,

Thank you for meeting with Rashid and me in December, and for your patience over the holidays.

We were impressed with your experience and with your thoughtful answers about multi-year capital forecasting. The competition was very strong, and after much deliberation we have decided to proceed with another candidate whose background in public-sector capital programs more closely matches our current needs.

We will keep your resume on file and may reach out should a suitable opportunity arise. I wish you every success.

Best regards,
Deborah Kwan
Manager, Financial Planning
Ontario Capital Assets Corporation
""",
)

# --- Sable Point Properties (Glassdoor) -----------------------------------------------------

_sp_conf = m(
    "z7k2",
    "2025-11-03 21:50",
    "Glassdoor <noreply@glassdoor.com>",
    "Your application to Sable Point Properties was submitted",
    A("confirmation", SP, SPR, 16, "other"),
    html="""<html><body style="font-family:Arial,sans-serif">
<div style="max-width:600px;margin:auto">
<p style="color:#0caa41;font-size:20px"><b>Glassdoor</b></p>
<p>Nice work, Oluwaseun! Your application has been submitted.</p>
<table style="border:1px solid #ddd;padding:12px;width:100%"><tr><td>
<b>Senior Financial Analyst, Asset Management</b><br>Sable Point Properties · Toronto, ON<br>
<span style="color:#505863">3.6 ★ · Applied Nov 3, 2025</span></td></tr></table>
<p>What happens next? Employers typically review applications within 1-2 weeks. Meanwhile, see what employees say about interviewing at Sable Point Properties.</p>
<p><a href="https://www.glassdoor.ca/Interview/Sable-Point-Properties-Interview-Questions-E9934102.htm">Read interview reviews</a></p>
<p style="font-size:11px;color:#999">Glassdoor, Inc. · 50 Beale Street, San Francisco, CA 94105 · <a href="https://www.glassdoor.ca/profile/emailSettings">Email settings</a></p>
</div></body></html>""",
)

# --- Northshore Pension Investment Board (Greenhouse): interview cancelled, role on hold ------

_np_conf = m(
    "e6w0",
    "2025-11-06 09:09",
    "NPIB Careers <no-reply@us.greenhouse-mail.io>",
    "Thank you for applying to NPIB",
    A("confirmation", NP, NPR, 17, "greenhouse"),
    text="""Dear Oluwaseun,

Thank you for your interest in Northshore Pension Investment Board (NPIB). We have received your application for Senior Analyst, Enterprise Planning & Performance, and our Talent Acquisition team is reviewing it.

Due to the high volume of applications, we will contact you only if your background aligns with the requirements of the role.

NPIB invests on behalf of more than 450,000 members and retirees of Ontario's municipal and broader public sector plans. Learn more about our culture at https://careers.npib.example.

Kind regards,
NPIB Talent Acquisition
""",
)

_np_int = m(
    "m1i5",
    "2025-11-20 16:30",
    "Lauren Petit <no-reply@us.greenhouse-mail.io>",
    "Interview Confirmation: Senior Analyst, Enterprise Planning & Performance",
    A("interview", NP, NPR, 17, "greenhouse"),
    text="""Hi Oluwaseun,

Thanks for sharing your availability. Your interview is confirmed:

Thursday, November 27, 2025
2:00 PM - 3:00 PM EST
Mark Tremblay - Managing Director, Enterprise Planning & Performance
Jasleen Gill - Director, Planning & Budgeting

Location: NPIB, 100 Adelaide St. W., 30th floor. Please check in with reception on arrival.

A calendar invite is attached. If you need to make a change, reply to this email.

Best,
Lauren Petit
Talent Acquisition Coordinator, NPIB
""",
    reply_to="Lauren Petit <lpetit@npib.example>",
    ics=ics(
        "gh-interview-8812047-npib",
        "2025-11-27 14:00",
        "Interview: Oluwaseun Adeyemi-Kowalczyk for Senior Analyst, EPP (NPIB)",
        ("Lauren Petit", "lpetit@npib.example"),
        location="100 Adelaide St. W., 30th floor, Toronto",
        attendees=[
            ("Mark Tremblay", "mtremblay@npib.example"),
            ("Jasleen Gill", "jgill@npib.example"),
        ],
    ),
)

_np_cancel = m(
    "c8q1",
    "2025-11-25 12:55",
    "Lauren Petit <no-reply@us.greenhouse-mail.io>",
    "Cancelled: Interview - Senior Analyst, EPP (NPIB)",
    A("interview", NP, NPR, 17, "greenhouse"),
    text="""Hi Oluwaseun,

I'm sorry for the short notice, but we need to cancel Thursday's interview with Mark and Jasleen. We'll be in touch within the next week or so with more information about next steps for this role.

Apologies for the inconvenience, and thanks for your understanding.

Lauren
""",
    reply_to="Lauren Petit <lpetit@npib.example>",
    ics=ics(
        "gh-interview-8812047-npib",
        "2025-11-27 14:00",
        "Interview: Oluwaseun Adeyemi-Kowalczyk for Senior Analyst, EPP (NPIB)",
        ("Lauren Petit", "lpetit@npib.example"),
        method="CANCEL",
        location="100 Adelaide St. W., 30th floor, Toronto",
        attendees=[
            ("Mark Tremblay", "mtremblay@npib.example"),
            ("Jasleen Gill", "jgill@npib.example"),
        ],
    ),
)

_np_hold = m(
    "u3v8",
    "2025-12-04 10:47",
    "Lauren Petit <no-reply@us.greenhouse-mail.io>",
    "An update on the Senior Analyst, EPP role",
    A("confirmation", NP, NPR, 17, "greenhouse"),
    st="on_hold",
    text="""Hi Oluwaseun,

As promised, an update. Following a reorganization of our Finance function announced this week, the hiring for the Senior Analyst, Enterprise Planning & Performance role has been put on hold until at least the start of our next fiscal year (April 2026).

This is not a reflection of your candidacy - Mark was looking forward to meeting you. Your application will remain active in our system, and if the role reopens we'll reach out to you first before reposting.

Thank you for your patience and understanding.

Warm regards,
Lauren Petit
Talent Acquisition Coordinator | Northshore Pension Investment Board
""",
    reply_to="Lauren Petit <lpetit@npib.example>",
)

# --- Tamarack Consulting Group (Lever): a contract role ---------------------------------------

_tm_conf = m(
    "s9d3",
    "2025-11-14 13:05",
    "Tamarack Consulting Group <no-reply@hire.lever.co>",
    "Tamarack Consulting Group - application received",
    A("confirmation", TM, TMR, 18, "lever"),
    text="""Hi Oluwaseun,

Thanks for applying for the FP&A Consultant (6-month contract) position at Tamarack Consulting Group. We've received your application and will review it shortly.

About the engagement: our client, a Canadian specialty retailer, is replacing its spreadsheet-based planning with Anaplan. The consultant will own the driver-based model design with the client's finance team from January to June 2026. Rate range: $85-$100/hour, incorporated or T4.

We'll be in touch soon.

Tamarack Talent Team
""",
)

_tm_int = m(
    "f2r7",
    "2025-11-21 10:41",
    "Rob Keane <no-reply@hire.lever.co>",
    "Interview with Tamarack Consulting Group",
    A("interview", TM, TMR, 18, "lever"),
    text="""Hi Oluwaseun,

Thanks for your interest in the FP&A Consultant role. I'd love to set up a video call to talk about the engagement and your planning-tool experience.

I've booked Wednesday, November 26 at 4:00 PM ET (45 min) - the Zoom link is in the invite. If that time doesn't work, grab another slot here: https://hire.lever.co/interview-availability/tamarack/4f81c2

Rob Keane
Engagement Manager, Finance Transformation
Tamarack Consulting Group
""",
    reply_to="Rob Keane <rob.keane@tamarackcg.example>",
    ics=ics(
        "lever-4f81c2e0-tamarack",
        "2025-11-26 16:00",
        "Tamarack Consulting Group - FP&A Consultant - video interview",
        ("Rob Keane", "rob.keane@tamarackcg.example"),
        minutes=45,
        location="https://tamarackcg.zoom.us/j/81234567890",
    ),
)

_tm_rej = m(
    "n4e1",
    "2025-12-05 09:58",
    "Rob Keane <no-reply@hire.lever.co>",
    "Re: FP&A Consultant - Anaplan engagement",
    A("rejection", TM, TMR, 18, "lever"),
    text="""Hi Seun,

Thanks again for the conversation last week. I wanted to close the loop with you personally.

Since we spoke, the client has asked for a certified Anaplan Model Builder on the team from day one, and we've decided to go with a consultant who already holds the certification. Your FP&A depth was never in question, and if you get certified at some point, please let me know - we run these engagements several times a year.

All the best,
Rob
""",
    reply_to="Rob Keane <rob.keane@tamarackcg.example>",
)

# --- Don Valley University (own careers portal) -----------------------------------------------

_dvu_conf = m(
    "b7h6",
    "2025-11-17 23:02",
    "DVU Careers <hr-careers-noreply@dvu.example>",
    "Application Received: Senior Budget Analyst (Job ID 3318)",
    A("confirmation", DVU, DVUR, 19, "other"),
    text="""Dear Oluwaseun Adeyemi-Kowalczyk,

Thank you for your application for the position of Senior Budget Analyst (Job ID 3318), Office of Budget & Planning, Don Valley University.

This position is part of the Professional & Managerial Staff Group (Grade 8). Applications will be reviewed after the posting closes. Only candidates selected for an interview will be contacted.

Don Valley University is strongly committed to diversity within its community and especially welcomes applications from racialized persons / persons of colour, women, Indigenous / Aboriginal People of North America, persons with disabilities, LGBTQ2S+ persons, and others who may contribute to the further diversification of ideas.

Human Resources
Don Valley University
""",
)

_dvu_rej = m(
    "g6x0",
    "2026-01-21 16:12",
    "DVU Careers <hr-careers-noreply@dvu.example>",
    "Your candidacy - Job ID 3318",
    A("rejection", DVU, DVUR, 19, "other"),
    text="""Dear Oluwaseun,

Thank you for your interest in the Senior Budget Analyst position (Job ID 3318) at Don Valley University.

The search committee has completed its review, and we regret to inform you that you have not been selected for an interview. We received many applications from highly qualified candidates.

We encourage you to visit our careers site for future opportunities.

Sincerely,
Human Resources, Don Valley University
""",
)

# --- Logistique Boréal (SmartRecruiters), Montréal firm's Toronto office -------------------

_lb_conf = m(
    "k5u2",
    "2025-12-01 09:15",
    "Logistique Boréal <noreply@smartrecruiters.com>",
    "Merci pour votre candidature - Gestionnaire, PAF / Manager, FP&A (Toronto)",
    A("confirmation", LB, LBR, 20, "smartrecruiters", "fr"),
    text="""Bonjour Oluwaseun,

Merci de l'intérêt que vous portez à Logistique Boréal ! Nous avons bien reçu votre candidature pour le poste de Gestionnaire, planification et analyse financières / Manager, FP&A, basé à notre bureau de Toronto (Etobicoke).

Notre équipe d'acquisition de talents étudiera votre profil avec attention. Si votre candidature est retenue, nous communiquerons avec vous dans les prochaines semaines.

Vous pouvez suivre l'état de votre candidature ici : https://jobs.smartrecruiters.com/LogistiqueBoreal/744000093817254

Au plaisir,
L'équipe Talents - Logistique Boréal inc.
Montréal · Québec · Toronto

(English) Thank you for applying to Logistique Boréal. We have received your application and will contact you if your profile is selected.
""",
)

_lb_int = m(
    "t1o8",
    "2025-12-09 14:33",
    "Geneviève Ouellet <genevieve.ouellet@logistiqueboreal.example>",
    "Entrevue - Gestionnaire, PAF (Toronto)",
    A("interview", LB, LBR, 20, "direct", "fr"),
    text="""Bonjour Oluwaseun,

Merci pour votre candidature. Votre parcours chez Northbridge nous intéresse beaucoup et nous aimerions vous rencontrer (virtuellement) pour en discuter.

Je vous propose le vendredi 12 décembre à 10 h (heure de l'Est), pour environ une heure, sur Teams, avec Philippe Lavoie, contrôleur corporatif. L'entrevue se déroulera en anglais ; une partie pourrait se faire en français si vous êtes à l'aise, mais ce n'est pas une exigence du poste.

L'invitation est jointe. N'hésitez pas à me proposer une autre plage horaire au besoin.

Bonne journée,

Geneviève Ouellet
Conseillère principale, acquisition de talents
Logistique Boréal inc.
1800, boul. Marie-Victorin, Longueuil (Québec)
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000077B2C09E",
        "2025-12-12 10:00",
        "Entrevue Teams - Gestionnaire PAF (Toronto) - O. Adeyemi-Kowalczyk",
        ("Geneviève Ouellet", "genevieve.ouellet@logistiqueboreal.example"),
        style="outlook",
        location="Réunion Microsoft Teams",
        attendees=[("Philippe Lavoie", "philippe.lavoie@logistiqueboreal.example")],
    ),
)

_lb_rej = m(
    "d6s4",
    "2025-12-18 11:48",
    "Logistique Boréal <noreply@smartrecruiters.com>",
    "Votre candidature chez Logistique Boréal",
    A("rejection", LB, LBR, 20, "smartrecruiters", "fr"),
    text="""Bonjour Oluwaseun,

Nous tenons à vous remercier sincèrement pour le temps consacré à votre entrevue avec Philippe et Geneviève. Votre expérience en planification financière dans le secteur du transport a été très appréciée.

Après mûre réflexion, nous avons toutefois retenu une candidature dont le profil correspond davantage à nos besoins actuels, notamment pour la gestion des relations avec nos équipes du Québec.

Nous conserverons votre dossier et n'hésiterons pas à communiquer avec vous si une occasion se présente.

Nous vous souhaitons un bon succès dans vos démarches et de joyeuses fêtes !

L'équipe Talents
Logistique Boréal inc.
""",
)

# --- Ardent Building Products (ADP Workforce Now) --------------------------------------------

_ab_conf = m(
    "r3f9",
    "2025-12-08 18:24",
    "Ardent Building Products <recruitment-noreply@adp.com>",
    "Thank you for applying",
    A("confirmation", AB, ABR, 21, "other"),
    text="""Dear Oluwaseun,

Thank you for your interest in the Finance Manager position at Ardent Building Products Ltd. in Concord, ON.

Your application has been received. We will review your qualifications and contact you if we would like to move forward.

Regards,
Human Resources
Ardent Building Products Ltd.

This email was sent through ADP Workforce Now(R) Recruitment. Please do not reply to this message.
""",
)

_ab_int = m(
    "x0w5",
    "2025-12-15 12:09",
    "Brian Tully <btully@ardentbp.example>",
    "Finance Manager - phone interview",
    A("interview", AB, ABR, 21, "direct"),
    text="""Hi Oluwaseun,

Thanks for applying for our Finance Manager opening. I'm the Controller here at Ardent and I'm doing the first round of calls myself.

Are you free for a 30-minute phone call on Thursday (Dec 18) around 11:30? If not, Friday morning is also open.

Brian Tully, CPA
Controller | Ardent Building Products Ltd.
401 Bradwick Dr., Concord, ON
Sent from my iPhone
""",
)

_ab_rej = m(
    "i9k1",
    "2026-01-14 09:37",
    "Ardent Building Products <recruitment-noreply@adp.com>",
    "Update on your application",
    A("rejection", AB, ABR, 21, "other"),
    text="""Dear Oluwaseun,

Thank you for your interest in the Finance Manager position with Ardent Building Products Ltd. and for taking the time to speak with us.

After careful consideration, we have selected another candidate for this position.

We appreciate your interest in Ardent Building Products and wish you success in your career.

Human Resources
Ardent Building Products Ltd.
""",
)

# --- Lakeport Customs Brokerage (Job Bank posting, owner on Rogers webmail) -------------------

_lp_int = m(
    "m7c2",
    "2025-12-12 19:51",
    "Gary Pellegrini <gpellegrini@rogers.com>",
    "Re: Finance Manager posting - Job Bank #3318842",
    A("interview", LP, LPR, 22, "direct"),
    text="""Hi Seun

Thanks for sending your resume. We're a family business, 22 people, been doing customs brokerage at the airport for 30 years. My bookkeeper is retiring and I need somebody who can take over finance and help me with the bank and the line of credit.

Can you come by the office Wednesday Dec 17 at 10? 6725 Airport Rd unit 4, Mississauga. Should take an hour.

Gary Pellegrini
President, Lakeport Customs Brokerage Inc.
905-555-0168

-----Original Message-----
From: Seun Adeyemi-Kowalczyk <seun.adeyemik@gmail.com>
To: gpellegrini <gpellegrini@rogers.com>
Sent: Wed, Dec 10, 2025 8:12 pm
Subject: Finance Manager posting - Job Bank #3318842

Dear Mr. Pellegrini,

I'm writing to apply for the Finance Manager position posted on Job Bank (#3318842). I'm a CPA with eight years of FP&A and accounting experience in freight and logistics, currently at Northbridge Freight Systems in Mississauga. My resume is attached.

Kind regards,
Oluwaseun (Seun) Adeyemi-Kowalczyk, CPA
""",
    **reply("<CAF7uPq8jB2n@mail.gmail.com>"),
)

_lp_rej = m(
    "w4a7",
    "2026-01-06 08:15",
    "Gary Pellegrini <gpellegrini@rogers.com>",
    "Re: Finance Manager posting - Job Bank #3318842",
    A("rejection", LP, LPR, 22, "direct"),
    text="""Seun

Happy new year. Thanks for coming in before Christmas, enjoyed talking to you. Honestly you're more qualified than what I need and I think you'd be bored here in 6 months. I went with a guy who has brokerage experience.

All the best with the search

Gary
""",
    **reply("<CAF7uPq8jB2n@mail.gmail.com>", _lp_int["id"]),
)

# --- Greenbelt Energy Co-operative (BambooHR, found on Eluta) --------------------------------

_gb_conf = m(
    "o8p6",
    "2026-01-05 14:46",
    "Greenbelt Energy Co-operative <notifications@app.bamboohr.com>",
    "Thanks for applying to Greenbelt Energy Co-operative!",
    A("confirmation", GB, GBR, 23, "bamboohr"),
    text="""Hi Oluwaseun,

Thank you for applying for the Manager, FP&A position at Greenbelt Energy Co-operative. We'll review your application and get back to you if your experience is a good match for the role.

Greenbelt is a member-owned renewable energy co-operative serving communities across southern Ontario.

Thanks again,
Greenbelt Energy Co-operative
""",
)

# --- St. Brendan's Health Centre, re-application; then he withdraws --------------------------

_sbh2_conf = m(
    "y2u3",
    "2026-01-08 07:20",
    "St. Brendan's Health Centre <noreply@taleo.net>",
    "St. Brendan's Health Centre - Application Acknowledgement - 26-0031",
    A("confirmation", SBH, SBHR, 24, "taleo"),
    text="""Dear Oluwaseun Adeyemi-Kowalczyk,

Thank you for your interest in employment opportunities with St. Brendan's Health Centre.

This email confirms that we have received your application for:

Job Number: 26-0031
Position: Manager, Financial Planning & Decision Support
Department: Finance - Decision Support
Status: Permanent Full-Time (Non-Union)

Please note that only applicants selected for an interview will be contacted.

You can review your submission in the career section at any time:
https://sbhc.taleo.net/careersection/ext/mysubmissions.ftl

Human Resources
St. Brendan's Health Centre

*** This is an automated message. Please do not reply. ***
""",
)

_sbh2_int = m(
    "l1j8",
    "2026-01-15 13:57",
    "Colleen Baptiste-Hart <cbaptistehart@stbrendans.example>",
    "Interview - Manager, Financial Planning & Decision Support (26-0031)",
    A("interview", SBH, SBHR, 24, "direct"),
    text="""Dear Oluwaseun,

Thank you for applying to the re-posted position of Manager, Financial Planning & Decision Support (Job Number 26-0031). The hiring committee would like to invite you for an interview.

Date: Friday, January 23, 2026
Time: 9:00 - 10:00 a.m.
Location: Administration Building, 3rd floor boardroom (enter from Queen St. E.; visitor parking in Lot B)

The panel will include the Chief Financial Officer, the Director of Finance, and a member of the Decision Support team. Please reply to confirm your attendance.

Regards,

Colleen Baptiste-Hart
Human Resources Business Partner
St. Brendan's Health Centre
T: 416-555-0114 ext. 3202

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information, including personal health information.
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C6D72A13",
        "2026-01-23 09:00",
        "Interview - Manager, Financial Planning & Decision Support",
        ("Colleen Baptiste-Hart", "cbaptistehart@stbrendans.example"),
        style="outlook",
        location="Administration Building, 3rd floor boardroom",
    ),
)

_sbh2_wd = m(
    "e4z9",
    "2026-01-21 10:02",
    "Colleen Baptiste-Hart <cbaptistehart@stbrendans.example>",
    "RE: Interview - Manager, Financial Planning & Decision Support (26-0031)",
    A("confirmation", SBH, SBHR, 24, "direct"),
    st="withdrawn",
    text="""Good morning Oluwaseun,

Thank you for letting us know, and congratulations on your new role. I have withdrawn your application for Job Number 26-0031 and cancelled Friday's interview.

We wish you all the best.

Colleen

From: Seun Adeyemi-Kowalczyk <seun.adeyemik@gmail.com>
Sent: Tuesday, January 20, 2026 9:14 PM
To: Colleen Baptiste-Hart <cbaptistehart@stbrendans.example>
Subject: Re: Interview - Manager, Financial Planning & Decision Support (26-0031)

Dear Colleen,

Thank you very much for the invitation. I have just accepted another offer, so I would like to withdraw my application and free up Friday's slot for another candidate. I'm sorry for the late notice.

Best regards,
Oluwaseun Adeyemi-Kowalczyk
""",
    **reply(_sbh2_int["id"], "<CAF7uPq9Lr4t@mail.gmail.com>"),
)

_sbh2_cancel = m(
    "a6f2",
    "2026-01-21 10:05",
    "Colleen Baptiste-Hart <cbaptistehart@stbrendans.example>",
    "Canceled: Interview - Manager, Financial Planning & Decision Support",
    A("interview", SBH, SBHR, 24, "direct"),
    st="withdrawn",
    text="""Candidate has withdrawn.
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C6D72A13",
        "2026-01-23 09:00",
        "Canceled: Interview - Manager, Financial Planning & Decision Support",
        ("Colleen Baptiste-Hart", "cbaptistehart@stbrendans.example"),
        style="outlook",
        method="CANCEL",
        location="Administration Building, 3rd floor boardroom",
    ),
)

# --- alerts, talent networks, nudges ------------------------------------------------------------

_li_alert1 = m(
    "v6c0",
    "2025-09-04 07:03",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "“fp&a manager”: 12 opportunities in Toronto",
    J("alert", "linkedin"),
    text="""Your job alert for fp&a manager in Toronto, Ontario, Canada
12 new jobs match your preferences.

Senior Manager, FP&A
Maple Harbour Bank · Toronto, ON (Hybrid)
Actively recruiting
https://www.linkedin.com/comm/jobs/view/4299120041/

Manager, Financial Planning & Analysis
Corvid Health · Toronto, ON (Hybrid)
Easy Apply
https://www.linkedin.com/comm/jobs/view/4299876112/

FP&A Manager
Harrowgate Foods · Mississauga, ON (On-site)
3 connections work here
https://www.linkedin.com/comm/jobs/view/4298811735/

Finance Manager, Planning
Northvale Transit Solutions · Vaughan, ON
https://www.linkedin.com/comm/jobs/view/4297630098/

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1744032

----------------------------------------
You're receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts?unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/jobs/alerts?unsubscribe>"},
)

_indeed_alert1 = m(
    "p5m2",
    "2025-09-20 06:41",
    "Indeed <alert@indeed.com>",
    "15 new Financial Planning Manager jobs in Toronto, ON",
    J("alert", "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:600px">
<p><b>15 new jobs</b> for Financial Planning Manager in Toronto, ON</p>
<p><a href="https://ca.indeed.com/rc/clk?jk=7c2a11e90b3f">Manager, FP&amp;A</a><br>Lakeshore Dairy Co-op - Mississauga, ON<br>$105,000 - $125,000 a year · Easily apply</p>
<p><a href="https://ca.indeed.com/rc/clk?jk=1a9f5c0e2d77">Senior Financial Analyst</a><br>Cobalt Ridge Packaging - Brampton, ON<br>Responsive employer</p>
<p><a href="https://ca.indeed.com/rc/clk?jk=66b0c4d1e8a2">Finance Manager</a><br>Parkdale Home Health - Toronto, ON<br>Hiring multiple candidates</p>
<p><a href="https://ca.indeed.com/jobs?q=Financial+Planning+Manager&amp;l=Toronto%2C+ON&amp;fromage=1">See all new jobs</a></p>
<p style="font-size:11px;color:#767676">You received this job alert because you subscribed on Indeed. <a href="https://ca.indeed.com/alert/unsubscribe">Unsubscribe</a></p>
</div></body></html>""",
    headers={"List-Unsubscribe": "<https://ca.indeed.com/alert/unsubscribe>"},
)

_beaumont_tn = m(
    "h0n4",
    "2025-09-23 12:15",
    "Beaumont Group Careers <careers-beaumontgroup@talent.icims.com>",
    "Welcome to the Beaumont Group Talent Network",
    J("alert", "icims", "Beaumont Group"),
    text="""Hi Oluwaseun,

Welcome to the Beaumont Group Talent Network! You'll now receive emails when new jobs matching your interests are posted across our banners - Urban Pantry, Valu-Mart Express and Beaumont Pharmacy - and in our support offices.

Your interests: Finance, Corporate Support Office, Toronto / North York

Manage your preferences: https://careers-beaumontgroup.icims.com/connect

Beaumont Group Talent Acquisition
""",
)

_glassdoor_alert = m(
    "s3t7",
    "2025-10-11 08:20",
    "Glassdoor Jobs <jobalerts-noreply@glassdoor.com>",
    "Senior Financial Analyst: new jobs near Toronto, ON",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,sans-serif">
<p><b>Jobs for you</b> · Senior Financial Analyst · Toronto, ON</p>
<p><a href="https://www.glassdoor.ca/partner/jobListing.htm?jobListingId=1009541">Senior Financial Analyst, Asset Management</a> - Sable Point Properties - Toronto · 3.6★</p>
<p><a href="https://www.glassdoor.ca/partner/jobListing.htm?jobListingId=1009622">Senior Analyst, FP&amp;A</a> - Westway Logistics - Mississauga · 3.9★</p>
<p><a href="https://www.glassdoor.ca/partner/jobListing.htm?jobListingId=1009855">Financial Analyst II</a> - Brightpath Credit Union - Toronto · 4.1★</p>
<p style="font-size:11px;color:#999">Glassdoor, Inc. · <a href="https://www.glassdoor.ca/profile/emailSettings">Unsubscribe</a></p>
</body></html>""",
)

_eluta_alert = m(
    "b4r1",
    "2025-10-29 05:30",
    "Eluta.ca <alerts@eluta.ca>",
    "New jobs for 'FP&A' at Canada's Top Employers",
    J("alert", "other"),
    text="""eluta.ca - new jobs from Canada's Top 100 Employers and other top employers

Your search: FP&A, Toronto ON (25 km)

Manager, FP&A
Greenbelt Energy Co-operative - Guelph/Toronto (hybrid)
Selected as one of Greater Toronto's Top Employers (2025)
https://www.eluta.ca/spl/manager-fpa-greenbelt-3b1e

Senior Financial Analyst, Capital
Ontario Capital Assets Corporation - Toronto
https://www.eluta.ca/spl/senior-financial-analyst-ocac-91c0

Senior Budget Analyst
Don Valley University - Toronto
Selected as one of Canada's Top Employers for Young People (2025)
https://www.eluta.ca/spl/senior-budget-analyst-dvu-7a42

To stop receiving these alerts: https://www.eluta.ca/alerts/remove?id=8810224
""",
)

_mhb_nudge = m(
    "q8e5",
    "2025-10-30 19:00",
    "Maple Harbour Careers <mhbfg@myworkday.com>",
    "You have an application in progress",
    J("alert", "workday", MHB, "Director, Finance Business Partner – Wealth"),
    text="""Hi Oluwaseun,

You started an application for Director, Finance Business Partner – Wealth (R-0419672) but haven't submitted it yet.

Pick up where you left off: https://mhbfg.wd3.myworkdayjobs.com/en-US/MHB_External/job/Toronto-ON/Director--Finance-Business-Partner---Wealth_R-0419672/apply

This posting closes on November 7, 2025.

Maple Harbour Financial Group
""",
)

_jobbank_alert = m(
    "f7g3",
    "2025-11-12 04:12",
    "Job Bank / Guichet-Emplois <noreply-pasdereponse@jobbank.gc.ca>",
    "Job Alert: 6 new jobs / Alerte-emploi : 6 nouveaux emplois",
    J("alert", "other"),
    text="""Job Bank - Job Alert
Alert name: finance manager - Mississauga/Toronto

6 new jobs match your criteria:

- Finance Manager - Lakeport Customs Brokerage Inc. - Mississauga (ON) - $95,000 to $110,000 annually - Job number 3318842
- Financial manager - Sunrise Tile Distributors Ltd. - Vaughan (ON) - $48.00 hourly
- Controller - Golden Horseshoe Plastics - Brampton (ON) - $115,000 annually
- Finance manager - Paramount Auto Glass - Toronto (ON) - $90,000 annually

View all results: https://www.jobbank.gc.ca/jobsearch/jobsearch?searchstring=finance+manager&locationstring=Mississauga

---

Guichet-Emplois - Alerte-emploi
6 nouveaux emplois correspondent à vos critères. Voir les résultats : https://www.guichetemplois.gc.ca/

To stop receiving this alert, sign in to your Job Bank account. / Pour ne plus recevoir cette alerte, connectez-vous à votre compte Guichet-Emplois.
""",
)

_li_alert2 = m(
    "i2y6",
    "2025-12-02 07:10",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "Logistique Boréal and 7 other companies are hiring for Manager, FP&A",
    J("alert", "linkedin"),
    text="""Jobs similar to Manager, FP&A at Logistique Boréal

Manager, FP&A
Logistique Boréal · Toronto, ON (Hybrid)
Posted 6 days ago

Finance Manager
Ardent Building Products · Concord, ON
Be an early applicant

Senior Manager, Financial Planning
Corvid Health · Toronto, ON (Hybrid)
Promoted

See all jobs: https://www.linkedin.com/comm/jobs/collections/recommended/

----------------------------------------
You're receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts?unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/jobs/alerts?unsubscribe>"},
)

_indeed_alert2 = m(
    "z5l8",
    "2026-02-03 06:52",
    "Indeed <alert@indeed.com>",
    "Finance Manager: 9 new jobs near Toronto, ON",
    J("alert", "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p><b>9 new jobs</b> for Finance Manager near Toronto, ON</p>
<p><a href="https://ca.indeed.com/rc/clk?jk=91ae03f7b2cc">Finance Manager</a><br>Harbourview Marine Supply - Toronto, ON<br>Urgently hiring</p>
<p><a href="https://ca.indeed.com/rc/clk?jk=c03d7e4a1f55">Manager, Financial Planning &amp; Analysis</a><br>Eastlake Brewing Company - Toronto, ON</p>
<p style="font-size:11px;color:#767676"><a href="https://ca.indeed.com/alert/unsubscribe">Unsubscribe</a> from this alert.</p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://ca.indeed.com/alert/unsubscribe>"},
)

# --- recruiter outreach -----------------------------------------------------------------------

_corvid = m(
    "n3w2",
    "2025-11-26 15:14",
    "Simone Achterberg via LinkedIn <hit-reply@linkedin.com>",
    "Senior Manager, FP&A at Corvid Health - open to a chat?",
    J("outreach", "linkedin", "Corvid Health", "Senior Manager, FP&A"),
    text="""Simone Achterberg
Talent Acquisition Lead at Corvid Health

Hi Oluwaseun,

I lead finance hiring at Corvid Health (we run 40+ community clinics and a virtual-care platform across Ontario). We're building out our FP&A function after our Series C and I'm looking for a Senior Manager who can own the consolidated plan and board reporting.

Your mix of CPA, operational finance and logistics complexity is exactly the profile our CFO asked for. Would you be open to a 20-minute call next week?

Best,
Simone

Reply: https://www.linkedin.com/comm/messaging/thread/2-ZTE4NjQ0YjAt/

----------------------------------------
This is an InMail from Simone Achterberg. You are receiving InMail notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
)

_ashgrove = m(
    "k7a0",
    "2026-02-09 11:03",
    "Colin Thackeray <cthackeray@ashgrovesearch.example>",
    "Controller - PE-backed distribution business (confidential)",
    J("outreach", "agency", None, "Controller"),
    text="""Oluwaseun,

I lead the finance practice at Ashgrove Search Partners. We've been retained by a private-equity backed industrial distribution business (approx. $400M revenue, GTA head office) to find their next Controller. The role reports to the CFO and carries meaningful equity participation.

Your name came up through two separate referrals as someone with real operational depth in logistics finance. I appreciate the timing may not be right, but would you be open to a confidential conversation?

Kind regards,

Colin Thackeray
Partner, Finance & Accounting Practice
Ashgrove Search Partners
Bay Adelaide Centre, Toronto
M 647-555-0190
""",
)

_ashgrove2 = m(
    "u1r4",
    "2026-02-17 08:44",
    "Colin Thackeray <cthackeray@ashgrovesearch.example>",
    "Re: Controller - PE-backed distribution business (confidential)",
    J("outreach", "agency", None, "Controller"),
    text="""Oluwaseun - just floating this back to the top of your inbox. Even a quick "not now" is helpful, and I'm happy to keep you in mind for later in the year.

Colin

On Mon, Feb 9, 2026 at 11:03 AM Colin Thackeray <cthackeray@ashgrovesearch.example> wrote:
> Oluwaseun,
>
> I lead the finance practice at Ashgrove Search Partners. We've been retained by a private-equity backed industrial distribution business (approx. $400M revenue, GTA head office) to find their next Controller.
""",
    **reply(_ashgrove["id"]),
)

MAIL: list[dict[str, Any]] = [
    _im_tc,
    _im_code,
    _im_conf,
    _im_shl,
    _im_int,
    _im_move,
    _im_case,
    _im_ooo,
    _im_final,
    _im_offer,
    _im_xref,
    _im_sterling,
    _im_ds,
    _im_done,
    _im_bg_done,
    _im_onb,
    _bw_out,
    _bw_sub,
    _bw_int,
    _bw_rej,
    _oc_conf,
    _oc_test,
    _oc_int,
    _oc_rej,
    _sp_conf,
    _np_conf,
    _np_int,
    _np_cancel,
    _np_hold,
    _tm_conf,
    _tm_int,
    _tm_rej,
    _dvu_conf,
    _dvu_rej,
    _lb_conf,
    _lb_int,
    _lb_rej,
    _ab_conf,
    _ab_int,
    _ab_rej,
    _lp_int,
    _lp_rej,
    _gb_conf,
    _sbh2_conf,
    _sbh2_int,
    _sbh2_wd,
    _sbh2_cancel,
    _li_alert1,
    _indeed_alert1,
    _beaumont_tn,
    _glassdoor_alert,
    _eluta_alert,
    _mhb_nudge,
    _jobbank_alert,
    _li_alert2,
    _indeed_alert2,
    _corvid,
    _ashgrove,
    _ashgrove2,
]
