# ruff: noqa: E501
"""Corpus 99, alerts, outreach and other job mail (data only): see heldout99.py."""

from __future__ import annotations

from typing import Any

from heldout99_jobs import m


def J(cat, co=None, role=None, src="other"):
    return (cat, co, role, None, src, "en")


def usaj_alert(key, when, search, jobs):
    rows = "".join(
        f"<tr><td><a href='https://www.usajobs.gov/job/{n}'><b>{title}</b></a><br>{agency}<br>{where} | {grade} | Closes {close}</td></tr>"
        for n, title, agency, where, grade, close in jobs
    )
    html = (
        f"<html><body><p>Hello Marisol,</p><p>{len(jobs)} new jobs match your saved search <b>{search}</b>.</p>"
        f"<table>{rows}</table><p>Apply early - some announcements close when they receive a set number of applications.</p>"
        "<p style='font-size:11px'>You're receiving this email because you saved a search on USAJOBS. Manage saved searches in your profile.</p></body></html>"
    )
    return m(
        key,
        when,
        "USAJOBS <no-reply@usajobs.gov>",
        f"USAJOBS Saved Search: {search}",
        J("alert"),
        html=html,
    )


MAIL: list[dict[str, Any]] = [
    usaj_alert(
        "92001",
        "2025-08-04 06:10",
        "program analyst 0343 DC",
        [
            (
                "841120300",
                "Program Analyst",
                "Bureau of Rural Economic Statistics",
                "Washington, DC",
                "GS 12",
                "08/15/2025",
            ),
            (
                "841127715",
                "Management and Program Analyst",
                "Office of Consumer Credit Oversight",
                "Washington, DC",
                "GS 11-12",
                "08/22/2025",
            ),
        ],
    ),
    usaj_alert(
        "92002",
        "2025-09-01 06:12",
        "program analyst 0343 DC",
        [
            (
                "843301982",
                "Program Analyst",
                "Federal Energy Efficiency Administration",
                "Washington, DC",
                "GS 12",
                "09/12/2025",
            ),
            (
                "843305510",
                "Program Analyst (Performance)",
                "Office of the Inspector General, DLRA",
                "Washington, DC",
                "GS 13",
                "09/09/2025",
            ),
            (
                "843310022",
                "Policy Analyst",
                "Office of Consumer Credit Oversight",
                "Washington, DC",
                "GS 12",
                "09/19/2025",
            ),
        ],
    ),
    usaj_alert(
        "92003",
        "2025-10-06 06:09",
        "policy analyst 0301",
        [
            (
                "845511406",
                "Program Analyst",
                "Administration for Coastal Resilience",
                "Silver Spring, MD",
                "GS 12",
                "10/17/2025",
            ),
        ],
    ),
    usaj_alert(
        "92004",
        "2025-12-01 06:15",
        "program analyst 0343 DC",
        [
            (
                "848020117",
                "Program Analyst",
                "U.S. Commission on Workforce Mobility",
                "Washington, DC",
                "GS 11",
                "12/12/2025",
            ),
            (
                "848023390",
                "Management Analyst",
                "Federal Energy Efficiency Administration",
                "Washington, DC",
                "GS 13",
                "12/10/2025",
            ),
        ],
    ),
    m(
        "92010",
        "2025-08-30 19:00",
        "USAJOBS <no-reply@usajobs.gov>",
        "Your application is incomplete",
        J("alert", "Office of the Inspector General, DLRA", "Program Analyst (Performance)"),
        "Hello Marisol,\n\nYou started an application for Program Analyst (Performance), Office of the Inspector General, but it has "
        "not been submitted to the agency. The announcement closes on 09/09/2025 at 11:59 PM Eastern.\n\nTo finish, sign in to USAJOBS "
        "and go to Applications > In Progress.\n\nThis is an automated message.",
    ),
    m(
        "92012",
        "2025-08-11 07:30",
        "Idealist <notifications@idealist.org>",
        '12 new jobs for "policy analyst" in Washington, DC',
        J("alert"),
        html="<html><body><h3>New on Idealist</h3><ul><li><b>Research and Policy Analyst</b> - Tenant Voice DC - Washington, DC</li>"
        "<li><b>Policy Associate</b> - Riverbend Education Fund - Remote (US)</li><li><b>Senior Policy Associate</b> - Open Streets Coalition - "
        "Washington, DC</li><li>Program Officer, Civic Engagement - The Alder Trust - Baltimore, MD</li></ul>"
        "<p><a href='https://www.idealist.org/en/jobs'>See all 12 jobs</a></p><p>Update your alert preferences.</p></body></html>",
    ),
    m(
        "92013",
        "2025-09-22 07:30",
        "Idealist <notifications@idealist.org>",
        'New jobs for "policy analyst" in Washington, DC',
        J("alert"),
        html="<html><body><h3>New on Idealist</h3><ul><li><b>Policy Analyst, Fiscal Transparency</b> - Civic Ledger Institute</li>"
        "<li><b>Housing Justice Organizer</b> - Capital Tenants Network</li><li><b>Research Associate</b> - Anacostia Futures Lab</li></ul></body></html>",
    ),
    m(
        "92014",
        "2026-01-05 07:30",
        "Idealist <notifications@idealist.org>",
        'New jobs for "policy analyst" in Washington, DC',
        J("alert"),
        html="<html><body><h3>New on Idealist</h3><ul><li><b>Policy Analyst, Fiscal Transparency</b> (reposted) - Civic Ledger Institute</li>"
        "<li><b>Senior Research Analyst</b> - Brightwater Policy Center</li></ul></body></html>",
    ),
    m(
        "92015",
        "2025-08-18 09:02",
        "Ashgrove County Government <noreply@governmentjobs.com>",
        "Job Interest Card: New job posted - Housing Policy Analyst",
        J("alert", "Ashgrove County", "Housing Policy Analyst"),
        html="<html><body><p>A job matching your job interest card (<b>Planning/Policy</b>) has been posted by Ashgrove County, MD:</p>"
        "<p><b>Housing Policy Analyst</b> - Department of Housing and Community Affairs - $78,126 - $121,430 annually. Closing: 08/29/2025.</p></body></html>",
    ),
    m(
        "92016",
        "2025-10-20 09:05",
        "governmentjobs.com <noreply@governmentjobs.com>",
        "New jobs matching your Job Alert: analyst, Washington DC area",
        J("alert"),
        html="<html><body><p>5 new jobs match your alert.</p><ul><li>Budget Analyst I - City of Harrow Falls, VA</li>"
        "<li>Program Analyst - District of Columbia Government</li><li>Research Analyst - Fairlane County, VA</li>"
        "<li>Legislative Analyst - Ashgrove County Council</li><li>Grants Analyst - Town of Linden Mill, MD</li></ul></body></html>",
    ),
    m(
        "92017",
        "2025-09-08 08:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"policy analyst": Harborlight Housing Partners - Policy and Data Analyst and more',
        J("alert", src="linkedin"),
        html="<html><body><p>Your job alert for <b>policy analyst</b> in Washington DC-Baltimore Area</p><ul>"
        "<li>Policy and Data Analyst - Harborlight Housing Partners - Washington, DC - Easy Apply</li>"
        "<li>Research Analyst, Health Policy - Brightwater Policy Center - Washington, DC</li>"
        "<li>Senior Associate, Public Sector - Tidewater Advisory - Arlington, VA</li></ul></body></html>",
    ),
    m(
        "92018",
        "2025-11-10 08:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"program analyst": 9 new jobs in Washington, DC',
        J("alert", src="linkedin"),
        html="<html><body><p>9 new jobs for <b>program analyst</b></p><ul><li>Program Analyst - Larchmont Analytics Group - Reston, VA</li>"
        "<li>Program Analyst II - Corvane Federal Solutions - Washington, DC</li><li>Analyst, Grants Management - Fenwick Institute - Washington, DC</li></ul></body></html>",
    ),
    m(
        "92019",
        "2025-08-22 12:30",
        "Civic Ledger Institute <no-reply@us.greenhouse-mail.io>",
        "Welcome to the Civic Ledger talent community",
        J("alert", "Civic Ledger Institute"),
        "Hi Marisol,\n\nThanks for joining our talent community! We'll send you an occasional note when roles open on our state policy, "
        "data and communications teams. Nothing spammy, we promise.\n\nThe Civic Ledger team",
    ),
    m(
        "92020",
        "2025-10-02 10:00",
        "Indeed <alert@indeed.com>",
        "policy analyst jobs in Washington, DC",
        J("alert", src="indeed"),
        "8 new policy analyst jobs in Washington, DC\n\nPolicy Research Associate - Capitol Square Research Associates - $68,000 - $74,000 a year\n"
        "Associate Policy Analyst - Veritan Health Foundation - Easily apply\nResearch Assistant - Potomac Crest University\n\nSee all jobs: https://www.indeed.com/q-policy-analyst-l-washington,-dc-jobs.html",
    ),
    m(
        "92021",
        "2025-08-16 11:45",
        "Interfolio <noreply@interfolio.com>",
        "Welcome to Interfolio Dossier",
        J("other_job"),
        "Hi Marisol,\n\nYour Interfolio Dossier account is ready. Store your CV, writing samples and confidential letters of "
        "recommendation in one place and send them to positions you apply for.\n\nThe Interfolio Team",
    ),
    # outreach
    m(
        "92030",
        "2025-09-17 13:22",
        "Wendell Ahiakpor via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Senior Consultant, State & Local Government - Tidewater Advisory",
        J(
            "outreach",
            "Tidewater Advisory",
            "Senior Consultant, State & Local Government",
            "linkedin",
        ),
        "Hi Marisol,\n\nI lead recruiting for Tidewater Advisory's public sector practice. Your work on housing program evaluation caught "
        "my eye. We're growing our state and local team in Arlington and I think you'd be a great fit for a Senior Consultant role. "
        "Open to a 20-minute chat?\n\nWendell",
    ),
    m(
        "92031",
        "2025-11-03 10:48",
        "Nadia Ferreira <nferreira@corvanefederal.com>",
        "Program Analyst II - Public Trust - Corvane Federal Solutions",
        J("outreach", "Corvane Federal Solutions", "Program Analyst II", "direct"),
        "Hello Marisol,\n\nCorvane Federal Solutions is hiring a Program Analyst II to support a federal statistical agency in DC. "
        "Your background looks like a strong match. If interested, please reply with an updated resume and your availability for a "
        "brief call.\n\nNadia Ferreira | Talent Acquisition Partner\nCorvane Federal Solutions, Inc. | Herndon, VA",
    ),
    m(
        "92032",
        "2025-12-09 14:30",
        "Colby Fairbanks <cfairbanks@keystonefedtalent.com>",
        "Checking in + a new Policy Analyst contract role",
        J("outreach", None, "Policy Analyst", "agency"),
        "Hi Marisol - hope the new federal gig is starting off well (or will be soon!). Just in case you know someone: I have a Policy "
        "Analyst contract role with a health IT client in Rockville, 6-month contract-to-hire. Referrals very welcome.\n\nColby",
    ),
    # other job
    m(
        "92040",
        "2025-09-19 15:06",
        "Priya Anand <priya@civicledger.org>",
        "Automatic reply: Panel interview question",
        J("other_job", "Civic Ledger Institute"),
        "Thanks for your email. I'm out of the office for a team retreat through Monday, September 22 with limited access to email. "
        "For urgent recruiting questions please contact jobs@civicledger.org.\n\nPriya",
    ),
    m(
        "92041",
        "2025-10-14 12:00",
        "Civic Ledger Institute <no-reply@us.greenhouse-mail.io>",
        "How was your interview experience with Civic Ledger?",
        J("other_job", "Civic Ledger Institute", src="greenhouse"),
        "Hi Marisol,\n\nWe're always trying to improve our hiring process. Would you take 3 minutes to tell us about your experience? "
        "Your answers are anonymous and won't affect any current or future application.\n\nhttps://app.greenhouse.io/survey/cx/8812",
    ),
    m(
        "92042",
        "2025-10-15 17:05",
        "Ray Lindqvist <ray.lindqvist@bres.dlra.gov>",
        "Reference check - Marisol Okafor-Reyes (FYI)",
        J(
            "other_job",
            "Bureau of Rural Economic Statistics",
            "Program Analyst (GS-0343-12)",
            "direct",
        ),
        "Hi Marisol,\n\nJust a heads up that we've reached out to the three references you listed (Drs. Kamau and Ellsworth, and Ms. Tran). "
        "Would you please let them know to expect an email from me this week? It helps us move quickly.\n\nThanks,\nRay Lindqvist\n"
        "Branch Chief, Survey Operations, BRES",
    ),
    m(
        "92043",
        "2025-12-15 09:00",
        "USAJOBS <no-reply@usajobs.gov>",
        "Your USAJOBS profile: update your resume",
        J("other_job"),
        "Hello Marisol,\n\nIt's been more than 90 days since you updated your resume in USAJOBS. Keeping your resume current helps "
        "hiring agencies evaluate your qualifications.\n\nThis is an automated message.",
    ),
    m(
        "92044",
        "2025-09-27 09:34",
        "Marisol Okafor-Reyes <m.okafor.reyes@alumni.georgetownpolicy.edu>",
        "Fwd: Thank you for applying - Posting #ADM-2026-0219",
        (
            "confirmation",
            "Ridgeley County Public Schools",
            "Research and Evaluation Analyst",
            12,
            "other",
            "en",
        ),
        "forwarding to my main inbox so I don't lose it\n\n---------- Forwarded message ---------\nFrom: RCPS Careers <noreply@ridgeleyschools.peopleadmin.com>\n"
        "Date: Thu, Aug 28, 2025 at 11:03 AM\nSubject: Thank you for applying - Posting #ADM-2026-0219\nTo: <m.okafor.reyes@alumni.georgetownpolicy.edu>\n\n"
        "Dear Marisol,\n\nThank you for your interest in Ridgeley County Public Schools. This email confirms that we have received your "
        "application for Research and Evaluation Analyst, Posting #ADM-2026-0219.\n\nRCPS Department of Human Resources",
    ),
    m(
        "92045",
        "2025-10-30 08:40",
        "Fairlane County, VA <noreply@governmentjobs.com>",
        "Please take our applicant survey",
        J("other_job", "Fairlane County"),
        html="<html><body><p>Fairlane County Department of Human Resources values your feedback about the application process. "
        "Please complete a brief 5-question survey.</p></body></html>",
    ),
    m(
        "92046",
        "2026-01-20 16:12",
        "Bernadette Quaye <bquaye.tvdc@gmail.com>",
        "Tenant Voice DC - quick favor?",
        J("other_job", "Tenant Voice DC", "Research and Policy Analyst", "direct"),
        "Hi Marisol! Congrats on BRES, I saw your LinkedIn post. Since you're off the market, would you be willing to share the analyst "
        "posting with your MPP network when we reopen it in March? No pressure at all.\n\nB.",
    ),
]
